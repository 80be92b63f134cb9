// Applying text edits to a file's text, showing them as a unified diff, and writing the
// result back without ever losing data.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "core/result.h"

namespace slim {

struct Replacement {
  ByteSpan span;
  std::string text;
  auto operator<=>(const Replacement&) const = default;
};

// The text with every replacement applied. Replacements must not overlap (identical ones are
// applied once); an overlap is an error.
Result<std::string> ApplyReplacements(std::string_view text, std::vector<Replacement> replacements);

// A unified diff (3 lines of context, "a/" and "b/" paths) of applying `replacements` to
// `before`. Hunks come from the edits themselves, so the diff is exact and cheap on any size.
std::string UnifiedDiff(const std::string& path, std::string_view before, std::vector<Replacement> replacements);

// Writes `contents` to `path` through a temporary file in the same folder and a rename, so a
// crash leaves either the old or the new file; the file's permission bits are kept.
Result<bool> WriteFileAtomically(const std::filesystem::path& path, std::string_view contents);

}  // namespace slim
