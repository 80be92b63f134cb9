// Fuzzes the whole lint pipeline on one file, fixes included. The first byte picks the file
// kind (policy JSON, shell script, Markdown); the rest is the file, except that a script may
// carry a policy after a "\n--8<--\n" line, written next to it as policy.json so that
// `file://policy.json` resolves. Every rule runs; every finding must point inside a file of the
// run; every safe and unsafe fix is applied in memory and must leave a file that parsed still
// parsing. The text and SARIF reporters format every finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "catalog/catalog.h"
#include "engine/fix_stage.h"
#include "engine/lint_run.h"
#include "engine/registry.h"
#include "fuzz_check.h"
#include "inputs/shell_lexer.h"
#include "json/json_parser.h"
#include "remediation/text_edits.h"
#include "report/reporter.h"

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kPolicySeparator = "\n--8<--\n";

const fs::path& WorkDir() {
  static const fs::path dir = [] {
    std::string pattern = (fs::temp_directory_path() / "slim-pipeline-fuzz-XXXXXX").string();
    char* made = ::mkdtemp(pattern.data());
    FUZZ_CHECK(made != nullptr);
    return fs::path(made);
  }();
  return dir;
}

void WriteFile(const fs::path& path, std::string_view contents) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  FUZZ_CHECK(static_cast<bool>(out));
}

class Collector final : public slim::LintConsumer {
 public:
  explicit Collector(slim::LintConsumer& next) : next_(next) {}
  void OnInputError(const slim::Error& error) override {
    FUZZ_CHECK(!error.message.empty());
    next_.OnInputError(error);
  }
  void OnFindings(std::vector<slim::Finding> findings) override {
    for (const slim::Finding& finding : findings) this->findings.push_back(finding);
    next_.OnFindings(std::move(findings));
  }
  void OnScript(const slim::ScriptInput& script) override { next_.OnScript(script); }
  void OnInputs(const slim::RunInputs& inputs) override { next_.OnInputs(inputs); }

  std::vector<slim::Finding> findings;

 private:
  slim::LintConsumer& next_;
};

class Sink final : public slim::LintConsumer {
 public:
  void OnInputError(const slim::Error&) override {}
  void OnFindings(std::vector<slim::Finding>) override {}
};

void CheckLocation(const slim::Location& location) {
  FUZZ_CHECK(location.file != nullptr);
  FUZZ_CHECK(location.span.begin <= location.span.end);
  FUZZ_CHECK(location.span.end <= location.file->text().size());
  FUZZ_CHECK(location.start() <= location.end());
}

bool Parses(const std::string& path, std::string_view text) {
  if (path.ends_with(".json")) return slim::ParseJson(text).root.has_value();
  return true;
}

// The fixes FixStage would accept, applied per file: a fix that collides with an accepted one
// waits, exactly as in FixStage::OnFindings.
void CheckFixes(const std::vector<slim::Finding>& findings) {
  struct FileEdits {
    slim::SourceFilePtr file;
    std::vector<slim::Replacement> replacements;
  };
  std::map<std::string, FileEdits> by_file;
  for (const slim::Finding& finding : findings) {
    const slim::Fix& fix = finding.remediation.fix;
    if (fix.edits.empty() || fix.applicability == slim::FixApplicability::kNone) continue;
    bool collides = false;
    for (const slim::TextEdit& edit : fix.edits) {
      FUZZ_CHECK(edit.file != nullptr);
      FUZZ_CHECK(edit.span.begin <= edit.span.end && edit.span.end <= edit.file->text().size());
      for (const slim::Replacement& r : by_file[edit.file->path()].replacements) {
        bool overlap = r.span == edit.span || (r.span.begin < edit.span.end && edit.span.begin < r.span.end);
        collides |= overlap && !(r.span == edit.span && r.text == edit.replacement);
      }
    }
    if (collides) continue;
    for (const slim::TextEdit& edit : fix.edits) {
      FileEdits& entry = by_file[edit.file->path()];
      entry.file = edit.file;
      entry.replacements.push_back({edit.span, edit.replacement});
    }
  }
  for (auto& [path, entry] : by_file) {
    if (!entry.file) continue;
    std::string_view before = entry.file->text();
    auto after = slim::ApplyReplacements(before, entry.replacements);
    FUZZ_CHECK(after.ok());
    if (Parses(path, before)) {
      if (!Parses(path, *after)) {
        std::fprintf(stderr, "fix leaves %s unparseable:\n--- before\n%.*s\n--- after\n%s\n", path.c_str(),
                     static_cast<int>(before.size()), before.data(), after->c_str());
      }
      FUZZ_CHECK(Parses(path, *after));
    }
    std::string diff = slim::UnifiedDiff(path, before, entry.replacements);
    FUZZ_CHECK(*after == before || !diff.empty());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kNames[] = {"policy.json", "setup.sh", "README.md"};
  std::string name = kNames[data[0] % 3];
  std::string_view body(reinterpret_cast<const char*>(data) + 1, size - 1);
  const fs::path& dir = WorkDir();
  std::error_code ec;
  fs::remove(dir / "policy.json", ec);
  std::string_view policy;
  if (name != "policy.json") {
    if (size_t cut = body.find(kPolicySeparator); cut != std::string_view::npos) {
      policy = body.substr(cut + kPolicySeparator.size());
      body = body.substr(0, cut);
      WriteFile(dir / "policy.json", policy);
    }
  }
  fs::path input = dir / name;
  WriteFile(input, body);

  slim::RuleSelection selection;  // every rule
  slim::LintRequest request;
  request.paths = {input.string()};
  request.selection = &selection;
  request.catalog = &slim::Catalog::Embedded();
  request.jobs = 1;

  // Lint -> collect -> fix stage in --diff mode (exercises its collision and parse checks) ->
  // nothing.
  Sink sink;
  std::ostringstream diff_out, fix_err;
  slim::FixStage differ(sink, {false, true, true}, diff_out, fix_err);
  Collector collector(differ);
  slim::LintStats stats = slim::RunLint(request, collector);
  // The file exists and is small; only a script with NUL bytes is refused (as binary).
  FUZZ_CHECK(stats.input_errors == 0 || (name != "policy.json" && body.find('\0') != std::string_view::npos));

  for (const slim::Finding& finding : collector.findings) {
    FUZZ_CHECK(finding.rule != nullptr);
    FUZZ_CHECK(!finding.message.empty());
    CheckLocation(finding.location);
    for (const slim::RelatedLocation& related : finding.related) {
      if (related.location) CheckLocation(*related.location);
    }
  }
  CheckFixes(collector.findings);

  for (std::string_view format : {"text", "sarif"}) {
    std::ostringstream out, err;
    slim::ReportOptions options;
    auto reporter = slim::MakeReporter(format, out, err, options);
    FUZZ_CHECK(reporter != nullptr);
    reporter->Begin();
    slim::RunSummary summary;
    for (const slim::Finding& finding : collector.findings) reporter->OnFinding(finding);
    reporter->End(summary);
  }
  return 0;
}
