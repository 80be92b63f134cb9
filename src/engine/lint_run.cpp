#include "engine/lint_run.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <thread>
#include <variant>

#include "catalog/catalog.h"
#include "engine/document_loader.h"
#include "engine/model_pass.h"
#include "engine/ordered_pool.h"
#include "engine/path_order_buffer.h"
#include "engine/rule_runner.h"
#include "engine/script_groups.h"
#include "inputs/script_input.h"
#include "least_privilege/repository_scan.h"
#include "util/strings.h"

namespace slim {
namespace fs = std::filesystem;
namespace {

// Canonical paths of inputs, as strings (a run keeps one per input, and a path keeps each of
// its components). Resolving a path costs a readlink per component, so each folder is resolved
// once and a file that is no symbolic link is its folder's path and its own name.
class CanonicalPaths {
 public:
  std::string Of(const InputPath& input) {
    if (input.path.empty()) return {};
    std::error_code ec;
    fs::path path(input.path);
    if (path.has_filename() && path.filename() != "." && path.filename() != ".." && !fs::is_symlink(fs::symlink_status(path, ec))) {
      fs::path parent = path.parent_path();
      auto [it, inserted] = folders_.try_emplace(parent.empty() ? fs::path(".") : parent);
      if (inserted) it->second = Resolve(it->first);
      if (it->second) return (*it->second / path.filename()).string();
    }
    return Resolve(path).value_or(path).string();
  }

 private:
  static std::optional<fs::path> Resolve(const fs::path& path) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(path, ec);
    if (ec) return std::nullopt;
    return canonical;
  }

  std::map<fs::path, std::optional<fs::path>> folders_;
};

bool LooksLikeBinary(std::string_view text) { return text.find('\0') != std::string_view::npos; }

// A .json file met in a directory walk that does not parse: reported when it is empty, binary
// or UTF-16 (never a valid policy), or mentions a policy element; JSON-with-comments config
// files and other tools' data are left alone.
bool BrokenFileWorthReporting(std::string_view text) {
  if (Trim(text).empty() || LooksLikeBinary(text.substr(0, 4096))) return true;
  for (std::string_view element : {"\"Statement\"", "\"Effect\"", "\"Action\"", "\"Principal\"", "\"Version\""}) {
    if (text.find(element) != std::string_view::npos) return true;
  }
  return false;
}

// A script or Markdown page met in the first pass. It is read again when its group is
// analyzed, so no script text or parse lives for the whole run.
struct PendingScript {
  const InputPath* input = nullptr;
  bool markdown = false;
  SourceFilePtr kept;  // standard input, which cannot be read twice
};

// The run's units of work in output order: groups in order of the first path their findings
// can name, merged with the JSON files in path order (a group first on a tie). When a unit is
// done, no unit still to come can report before the next one's path, so every finding before
// it can go out.
struct Unit {
  bool group = false;
  size_t index = 0;  // into the groups or the JSON inputs
};

struct StandaloneResult {
  std::vector<Finding> findings;
  std::optional<Error> error;
  size_t bytes = 0;
  bool analyzed = false;
};

struct GroupResult {
  std::vector<std::unique_ptr<ScriptInput>> scripts;  // handed to OnScript, then dropped
  std::vector<Error> errors;                          // scripts that could not be read again
  ModelPassResult pass;
  std::vector<StandaloneResult> unread;  // inputs its scripts claimed but could not read
};

using UnitResult = std::variant<StandaloneResult, GroupResult>;

}  // namespace

LintStats RunLint(const LintRequest& request, LintConsumer& consumer) {
  LintStats stats;
  DiscoveredInputs discovered = DiscoverInputs(request.paths);
  for (const Error& error : discovered.errors) {
    consumer.OnInputError(error);
    ++stats.input_errors;
  }

  {
    RunInputs inputs;  // released at once: a consumer that needs the list keeps its own
    for (const InputPath& input : discovered.files) inputs.files.push_back(input.display);
    for (const std::string& path : request.paths) {
      std::error_code ec;
      if (path != "-" && fs::is_directory(path, ec)) inputs.has_directory = true;
    }
    consumer.OnInputs(inputs);
  }

  // The repository the paths belong to, read for least-privilege evidence when a rule asks.
  AnalysisSettings settings = request.settings;
  if (!settings.repository) settings.repository = std::make_shared<const RepositoryEvidenceCache>(request.paths);
  RuleRunner runner(*request.selection, *request.catalog, settings);

  // Canonical paths tell which inputs the scripts read; a run of JSON files alone (a policy
  // folder, a pre-commit hook) has no script, and skips resolving them.
  DisplayPaths display_paths;  // canonical path -> display, for every input
  std::vector<std::string> canonical(discovered.files.size());
  bool any_script = std::any_of(discovered.files.begin(), discovered.files.end(),
                                [](const InputPath& input) { return !input.kind || *input.kind != InputKind::kJson; });
  if (any_script) {
    CanonicalPaths paths;
    for (size_t i = 0; i < discovered.files.size(); ++i) {
      canonical[i] = paths.Of(discovered.files[i]);
      display_paths[canonical[i]] = discovered.files[i].display;
    }
  }
  const FileDocumentLoader files(display_paths, request.limits);

  // First pass: scripts and Markdown are read for what links them and which documents they
  // read (which decides what those documents are); JSON files wait for the second pass.
  std::vector<size_t> json_inputs;  // indexes into discovered.files, in path order
  std::vector<PendingScript> scripts;
  std::vector<ScriptLinks> links;  // what links each script, until the groups are made
  PathOrderBuffer buffer;
  for (size_t i = 0; i < discovered.files.size(); ++i) {
    const InputPath& input = discovered.files[i];
    bool maybe_script = !input.kind || *input.kind != InputKind::kJson;
    if (!maybe_script) {
      json_inputs.push_back(i);
      continue;
    }
    auto file = ReadInput(input, request.limits);
    if (!file.ok()) {
      consumer.OnInputError(file.error());
      ++stats.input_errors;
      continue;
    }
    InputKind kind = input.kind ? *input.kind : SniffKind((*file)->text());
    if (kind == InputKind::kJson) {
      // A named file or stdin that holds JSON is analyzed now: stdin cannot be read twice.
      auto document = ParsePolicyDocument(SourceText::WholeFile(*file), input.display);
      ApplyForcedType(*document, request.forced_type);
      ++stats.files;
      ++stats.documents;
      stats.bytes += (*file)->text().size();
      std::vector<Finding> findings;
      runner.RunStandalone(*document, findings);
      buffer.Add(std::move(findings));
      continue;
    }
    if (LooksLikeBinary((*file)->text())) {
      consumer.OnInputError({"binary file (it contains NUL bytes); not a script or policy", input.display});
      ++stats.input_errors;
      continue;
    }
    ++stats.files;
    stats.bytes += (*file)->text().size();
    bool markdown = kind == InputKind::kMarkdown;
    ScriptInput script = ReadScript(*file, markdown);
    scripts.push_back({&input, markdown, input.path.empty() ? *file : nullptr});
    links.push_back(LinkScript(script, canonical[i], files));
  }

  // A JSON input that a script reads is no unit of its own, under any of the names the run
  // meets it by: the group that reads it analyzes it, and if its scripts could not read it
  // after all, analyzes it alone under the name the group's first path already counts with.
  std::vector<ScriptGroup> groups = GroupScripts(links);
  std::vector<std::vector<size_t>> claimed_inputs(groups.size());  // indexes into discovered.files
  {
    std::map<std::string_view, size_t> group_of;  // canonical path -> the group that reads it
    for (size_t g = 0; g < groups.size(); ++g) {
      for (size_t s : groups[g].scripts) {
        for (const std::string& path : links[s].reads) group_of.emplace(path, g);
      }
    }
    std::vector<size_t> unclaimed;
    for (size_t i : json_inputs) {
      auto claim = discovered.files[i].path.empty() ? group_of.end() : group_of.find(canonical[i]);
      if (claim == group_of.end()) {
        unclaimed.push_back(i);
      } else if (display_paths.at(canonical[i]) == discovered.files[i].display) {
        claimed_inputs[claim->second].push_back(i);
      }
    }
    json_inputs = std::move(unclaimed);
  }
  links = {};
  std::vector<Unit> units;  // sorted by first_path() below
  size_t next_group = 0;
  for (size_t j = 0; j < json_inputs.size(); ++j) {
    const std::string& display = discovered.files[json_inputs[j]].display;
    while (next_group < groups.size() && groups[next_group].first_path <= display) units.push_back({true, next_group++});
    units.push_back({false, j});
  }
  while (next_group < groups.size()) units.push_back({true, next_group++});
  auto first_path = [&](const Unit& unit) -> const std::string& {
    return unit.group ? groups[unit.index].first_path : discovered.files[json_inputs[unit.index]].display;
  };

  auto analyze_file = [&](const InputPath& input) {
    StandaloneResult result;
    auto file = ReadInput(input, request.limits);
    if (!file.ok()) {
      result.error = file.error();
      return result;
    }
    result.bytes = (*file)->text().size();
    auto document = ParsePolicyDocument(SourceText::WholeFile(*file), input.display);
    // A directory walk meets package.json and friends: only policies (or broken files that
    // mention a policy element) are linted unless the file was named.
    bool is_policy = document->parsed() ? LooksLikePolicy(*document->root) : BrokenFileWorthReporting((*file)->text());
    if (!input.named && !is_policy && !request.forced_type) return result;
    ApplyForcedType(*document, request.forced_type);
    runner.RunStandalone(*document, result.findings);
    std::sort(result.findings.begin(), result.findings.end(), FindingLess);
    result.analyzed = true;
    return result;
  };

  auto analyze_group = [&](const ScriptGroup& group) {
    GroupResult result;
    std::vector<const ScriptInput*> members;
    for (size_t s : group.scripts) {
      const PendingScript& pending = scripts[s];
      Result<SourceFilePtr> file = pending.kept ? Result<SourceFilePtr>(pending.kept) : ReadInput(*pending.input, request.limits);
      if (!file.ok()) {
        result.errors.push_back(file.error());
        continue;
      }
      result.scripts.push_back(std::make_unique<ScriptInput>(ReadScript(*file, pending.markdown)));
      members.push_back(result.scripts.back().get());
    }
    result.pass = RunModelPass(members, FileDocumentLoader(display_paths, request.limits), runner, request.forced_type);
    for (size_t i : claimed_inputs[&group - groups.data()]) {
      if (std::find(result.pass.read.begin(), result.pass.read.end(), canonical[i]) == result.pass.read.end()) {
        result.unread.push_back(analyze_file(discovered.files[i]));
      }
    }
    return result;
  };
  // Second pass: groups and JSON files, in parallel, consumed in order.
  std::set<std::string> read;  // documents the groups did read
  std::function<UnitResult(size_t)> work = [&](size_t u) -> UnitResult {
    const Unit& unit = units[u];
    if (unit.group) return analyze_group(groups[unit.index]);
    return analyze_file(discovered.files[json_inputs[unit.index]]);
  };
  auto count_file = [&](StandaloneResult& result) {
    if (result.error) {
      consumer.OnInputError(*result.error);
      ++stats.input_errors;
      return false;
    }
    ++stats.files;
    stats.bytes += result.bytes;
    stats.documents += result.analyzed ? 1 : 0;
    return true;
  };
  std::function<void(size_t, UnitResult)> consume = [&](size_t u, UnitResult unit_result) {
    if (auto* group = std::get_if<GroupResult>(&unit_result)) {
      for (const auto& script : group->scripts) consumer.OnScript(*script);
      for (const Error& error : group->errors) {
        consumer.OnInputError(error);
        ++stats.input_errors;
      }
      read.insert(group->pass.read.begin(), group->pass.read.end());
      stats.documents += group->pass.documents;
      buffer.Add(std::move(group->pass.findings));
      for (StandaloneResult& unread : group->unread) {
        if (count_file(unread)) buffer.Add(std::move(unread.findings));
      }
      buffer.ReleaseBefore(u + 1 < units.size() ? &first_path(units[u + 1]) : nullptr, consumer);
      return;
    }
    StandaloneResult& result = std::get<StandaloneResult>(unit_result);
    buffer.ReleaseThrough(discovered.files[json_inputs[units[u].index]].display, consumer);
    if (count_file(result) && !result.findings.empty()) consumer.OnFindings(std::move(result.findings));
  };
  unsigned jobs = request.jobs ? request.jobs : std::max(1u, std::thread::hardware_concurrency());
  OrderedParallelMap<UnitResult>(units.size(), jobs, 256, work, consume);
  buffer.ReleaseBefore(nullptr, consumer);
  stats.files += read.size();
  return stats;
}

}  // namespace slim
