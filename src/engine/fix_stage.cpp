#include "engine/fix_stage.h"

#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "inputs/shell_lexer.h"
#include "json/json_parser.h"
#include "remediation/text_edits.h"
#include "util/strings.h"

namespace slim {
namespace {

bool Overlaps(ByteSpan a, ByteSpan b) {
  if (a == b) return true;
  return a.begin < b.end && b.begin < a.end;
}

// A fix must not leave a file that its reader rejects.
bool StillParses(const std::string& path, std::string_view before, std::string_view after) {
  if (EndsWith(ToLower(path), ".json")) return ParseJson(after).root.has_value() || !ParseJson(before).root.has_value();
  return LexShell(after).errors.size() <= LexShell(before).errors.size();
}

std::string ReadAll(const std::string& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  ok = static_cast<bool>(in);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

bool FixStage::Wanted(const Fix& fix) const {
  if (fix.edits.empty()) return false;
  return fix.applicability == FixApplicability::kSafe || (options_.unsafe && fix.applicability == FixApplicability::kUnsafe);
}

void FixStage::OnFindings(std::vector<Finding> findings) {
  // Accept fixes in order; a fix whose edits collide with an accepted different edit waits for
  // the next run (a second run then picks it up).
  struct FileEdits {
    SourceFilePtr file;
    std::vector<Replacement> replacements;
    std::vector<size_t> findings;
  };
  std::map<std::string, FileEdits> by_file;
  std::set<size_t> accepted;
  for (size_t i = 0; i < findings.size(); ++i) {
    const Fix& fix = findings[i].remediation.fix;
    if (!Wanted(fix)) continue;
    bool collides = false, from_stdin = false;
    for (const TextEdit& edit : fix.edits) {
      from_stdin |= edit.file->path() == "<stdin>";
      for (const Replacement& r : by_file[edit.file->path()].replacements) {
        collides |= Overlaps(r.span, edit.span) && !(r.span == edit.span && r.text == edit.replacement);
      }
    }
    if (collides || from_stdin) continue;
    for (const TextEdit& edit : fix.edits) {
      FileEdits& entry = by_file[edit.file->path()];
      entry.file = edit.file;
      entry.replacements.push_back({edit.span, edit.replacement});
    }
    by_file[fix.edits.front().file->path()].findings.push_back(i);
    accepted.insert(i);
  }
  std::set<std::string> done;  // files whose fixes were written (or shown)
  for (auto& [path, entry] : by_file) {
    if (!entry.file) continue;
    auto after = ApplyReplacements(entry.file->text(), entry.replacements);
    bool ok = after.ok() && StillParses(path, entry.file->text(), *after);
    if (ok && options_.diff) {
      diff_out_ << UnifiedDiff(path, entry.file->text(), entry.replacements);
      ++diffs_;
    } else if (ok && options_.apply) {
      bool readable = false;
      std::string on_disk = ReadAll(path, readable);
      if (!readable || on_disk != entry.file->text()) {
        err_ << path << ": not fixed: the file changed while slim-lint was reading it\n";
        ok = false;
      } else if (auto written = WriteFileAtomically(path, *after); !written.ok()) {
        err_ << written.error().ToString() << '\n';
        ok = false;
      }
    } else if (!ok) {
      err_ << path << ": fix not applied: it would leave the file unreadable\n";
    }
    if (ok) done.insert(path);
    else ++failed_;
  }
  // A finding counts as fixed when every file its fix touches was written.
  std::set<size_t> fixed;
  for (size_t i : accepted) {
    bool all = true;
    for (const TextEdit& edit : findings[i].remediation.fix.edits) all &= done.contains(edit.file->path());
    if (all) fixed.insert(i);
  }
  std::vector<Finding> remaining;
  for (size_t i = 0; i < findings.size(); ++i) {
    if (fixed.contains(i) && options_.apply && !options_.diff) {
      ++fixed_;
      continue;
    }
    remaining.push_back(std::move(findings[i]));
  }
  if (!remaining.empty()) next_.OnFindings(std::move(remaining));
}

}  // namespace slim
