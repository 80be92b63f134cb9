// Files compiled into the binary at build time (rule packs, the AWS catalog, rule pages).
#pragma once

#include <span>
#include <string_view>

namespace slim {

struct EmbeddedFile {
  const char* name;   // path relative to the repository root, e.g. "rules/packs/principals.json"
  const char* begin;
  const char* end;

  std::string_view path() const { return name; }
  std::string_view contents() const { return {begin, static_cast<size_t>(end - begin)}; }
};

// Every embedded file, sorted by path.
std::span<const EmbeddedFile> EmbeddedFiles();

// The contents of the embedded file at `path`, or an empty view when there is none.
std::string_view FindEmbeddedFile(std::string_view path);

}  // namespace slim
