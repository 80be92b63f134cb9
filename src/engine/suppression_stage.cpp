#include "engine/suppression_stage.h"

#include <re2/re2.h>

#include <algorithm>
#include <filesystem>

#include "config/did_you_mean.h"
#include "engine/registry.h"
#include "util/strings.h"

namespace slim {

struct SuppressionStage::Directive {
  std::vector<std::string> selectors;
  SourceFilePtr file;
  ByteSpan comment;
  uint32_t first_line = 0, last_line = 0;  // the command it covers
  // Why the directive cannot apply (no reason, unreadable); empty when it is valid.
  std::string problem;
  bool used = false;
};

namespace {

bool NamesAnyRule(std::string_view selector) {
  for (const Rule* rule : AllRules()) {
    if (RuleMatches(*rule, selector)) return true;
  }
  return false;
}

constexpr std::string_view kDirectiveForm = "# slim-lint: ignore SL5003 -- why it is accepted";

}  // namespace

SuppressionStage::SuppressionStage(LintConsumer& next, const Config& config, const RuleSelection& selection)
    : next_(next), config_(config), selection_(selection), config_used_(config.ignores.size(), false) {}

SuppressionStage::~SuppressionStage() = default;

void SuppressionStage::OnScript(const ScriptInput& script) {
  next_.OnScript(script);
  static const RE2 kIntroducer(R"(^\s*slim-lint:\s*ignore\b.*)");
  static const RE2 kDirective(R"(^\s*slim-lint:\s*ignore\s+([A-Za-z0-9*?,\s-]+?)\s*(?:--\s*(.*))?$)");
  const SourceFile& file = *script.file;
  for (const ShellComment& comment : script.shell.comments) {
    if (!RE2::FullMatch(comment.text, kIntroducer)) continue;
    Directive d;
    d.file = script.file;
    d.comment = comment.span;
    std::string selectors, reason;
    bool parsed = RE2::FullMatch(comment.text, kDirective, &selectors, &reason);
    for (std::string_view part : Split(selectors, ',')) {
      for (std::string_view word : Split(Trim(part), ' ')) {
        if (!Trim(word).empty()) d.selectors.emplace_back(Trim(word));
      }
    }
    // "ignore -- reason" and "ignore SL5003 - reason" parse as selectors starting with '-'.
    bool readable = parsed && !d.selectors.empty() &&
                    std::none_of(d.selectors.begin(), d.selectors.end(), [](const std::string& s) { return s.starts_with('-'); });
    if (!readable) {
      d.problem = "this is not a suppression slim-lint can read; write `" + std::string(kDirectiveForm) + "`";
    } else if (Trim(reason).empty()) {
      // A reason is what a reviewer reads when the suppression comes back in a diff.
      d.problem = "this suppression has no reason, so it suppresses nothing; write `# slim-lint: ignore " + Join(d.selectors, ", ") +
                  " -- why it is accepted`";
    }
    uint32_t comment_line = file.PositionAt(comment.span.begin).line;
    // The directive covers the command on its own line (a trailing comment) or the first
    // command that starts on a later line, with all of that command's lines.
    for (const ShellCommand& command : script.shell.commands) {
      uint32_t first = file.PositionAt(command.span.begin).line, last = file.PositionAt(command.span.end).line;
      if (last == comment_line || first > comment_line) {
        d.first_line = first;
        d.last_line = last;
        break;
      }
    }
    directives_[file.path()].push_back(std::move(d));
  }
}

void SuppressionStage::OnInputs(const RunInputs& inputs) {
  // The file list is only for judging ignore entries with a path; a large run does not keep
  // one path per input for nothing.
  inputs_.has_directory = inputs.has_directory;
  if (std::any_of(config_.ignores.begin(), config_.ignores.end(), [](const IgnoreEntry& e) { return !e.path.empty(); })) {
    inputs_.files = inputs.files;
  }
  next_.OnInputs(inputs);
}

bool SuppressionStage::PathMatches(const IgnoreEntry& entry, const std::string& path) const {
  if (entry.path.empty() || WildcardMatch(entry.path, path, false)) return true;
  if (config_.dir.empty()) return false;
  // Findings print paths relative to the working directory; the config is written relative
  // to its own folder, which is the repository root when slim-lint runs from a subfolder.
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec).lexically_normal();
  if (ec) return false;
  std::filesystem::path relative = absolute.lexically_relative(config_.dir);
  return !relative.empty() && *relative.begin() != ".." && WildcardMatch(entry.path, relative.generic_string(), false);
}

bool SuppressionStage::Suppressed(const Finding& finding) {
  const Rule* rule = FindRule(finding.rule->code);
  if (auto it = directives_.find(finding.location.path()); it != directives_.end()) {
    uint32_t line = finding.location.start().line;
    for (Directive& d : it->second) {
      if (!d.problem.empty() || line < d.first_line || line > d.last_line) continue;
      for (const std::string& selector : d.selectors) {
        if (RuleMatches(*rule, selector)) {
          d.used = true;
          return true;
        }
      }
    }
  }
  for (size_t i = 0; i < config_.ignores.size(); ++i) {
    const IgnoreEntry& e = config_.ignores[i];
    if (!RuleMatches(*rule, e.rule)) continue;
    if (!PathMatches(e, finding.location.path())) continue;
    if (!e.sid.empty() && finding.statement_sid != e.sid) continue;
    if (!e.pointer.empty() && finding.json_pointer != e.pointer && !StartsWith(finding.json_pointer, e.pointer + "/")) continue;
    config_used_[i] = true;
    return true;
  }
  return false;
}

void SuppressionStage::OnFindings(std::vector<Finding> findings) {
  // Filtered in place: findings are large, and nearly all of them are kept.
  auto gone = std::remove_if(findings.begin(), findings.end(), [&](const Finding& f) { return Suppressed(f); });
  suppressed_ += static_cast<size_t>(findings.end() - gone);
  findings.erase(gone, findings.end());
  if (!findings.empty()) next_.OnFindings(std::move(findings));
}

// A suppression for rules the run did not use is not reported unused: --select narrowed the run.
bool SuppressionStage::AnyEnabled(const std::vector<std::string>& selectors) const {
  for (const Rule* rule : AllRules()) {
    if (!selection_.enabled(*rule) || rule->info().code == "SL9001") continue;
    for (const std::string& selector : selectors) {
      if (RuleMatches(*rule, selector)) return true;
    }
  }
  return false;
}

void SuppressionStage::Finish() {
  const Rule* unused = FindRule("SL9001");
  if (!unused || !selection_.enabled(*unused)) return;
  std::map<std::string, std::vector<Finding>> by_file;
  auto add = [&](Location where, std::string message, std::string fix) {
    Finding f;
    f.rule = &unused->info();
    f.severity = selection_.severity(*unused);
    f.location = std::move(where);
    f.message = std::move(message);
    f.remediation.summary = std::move(fix);
    by_file[f.location.path()].push_back(std::move(f));
  };
  static const std::vector<std::string> kRuleNames = RuleNames();
  for (auto& [path, list] : directives_) {
    for (const Directive& d : list) {
      Location where{d.file, d.comment};
      if (!d.problem.empty()) {
        add(where, d.problem, "give the reason after `--`");
        continue;
      }
      // A typo in a code would otherwise silently suppress nothing, whatever rules run.
      std::vector<std::string> unknown;
      for (const std::string& selector : d.selectors) {
        if (!NamesAnyRule(selector)) unknown.push_back(selector);
      }
      for (const std::string& selector : unknown) {
        add(where, "this suppression names \"" + selector + "\", which is no rule" + DidYouMean(selector, kRuleNames),
            "use a code, name or glob from slim-lint --list-rules");
      }
      if (unknown.empty() && !d.used && AnyEnabled(d.selectors)) {
        add(where, "this suppression (" + Join(d.selectors, ", ") + ") matches no finding", "remove the suppression");
      }
    }
  }
  for (size_t i = 0; i < config_.ignores.size(); ++i) {
    const IgnoreEntry& e = config_.ignores[i];
    if (config_used_[i] || !config_.file || !AnyEnabled({e.rule})) continue;
    // An entry is judged only when the run read a file it could apply to: one its path
    // matches, or for an entry without a path, a whole tree.
    bool in_scope = e.path.empty() ? inputs_.has_directory
                                   : std::any_of(inputs_.files.begin(), inputs_.files.end(),
                                                 [&](const std::string& f) { return PathMatches(e, f); });
    if (in_scope) {
      add({config_.file, e.span}, "ignore entry for " + e.rule + (e.path.empty() ? "" : " in " + e.path) + " matches no finding",
          "remove the suppression");
    }
  }
  for (auto& [path, list] : by_file) {
    std::sort(list.begin(), list.end(), FindingLess);
    next_.OnFindings(std::move(list));
  }
}

}  // namespace slim
