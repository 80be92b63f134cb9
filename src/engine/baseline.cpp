#include "engine/baseline.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "core/fingerprint.h"
#include "core/rule.h"
#include "engine/registry.h"
#include "json/json_parser.h"
#include "remediation/text_edits.h"
#include "report/finding_json.h"

namespace slim {

void BaselineWriter::OnFindings(std::vector<Finding> findings) {
  for (const Finding& f : findings) entries_.push_back({Fingerprint(f), f.rule->code, f.location.path(), f.message});
}

Result<bool> BaselineWriter::Write(const std::filesystem::path& path) const {
  // One entry per line keeps the file reviewable in diffs.
  std::string text = "{\"slim_lint_baseline\": 1, \"findings\": [\n";
  for (size_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    w.Key("fingerprint");
    WriteString(w, e.fingerprint);
    w.Key("rule");
    WriteString(w, e.rule);
    w.Key("path");
    WriteString(w, e.path);
    w.Key("message");
    WriteString(w, e.message);
    w.EndObject();
    text += buffer.GetString();
    text += i + 1 < entries_.size() ? ",\n" : "\n";
  }
  text += "]}\n";
  std::ofstream touch(path, std::ios::app);  // the atomic writer needs an existing file whose mode it keeps
  touch.close();
  return WriteFileAtomically(path, text);
}

Result<std::unique_ptr<BaselineStage>> BaselineStage::Load(const std::filesystem::path& path, LintConsumer& next,
                                                           const RuleSelection& selection) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot read the baseline", path.string()};
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto file = std::make_shared<SourceFile>(path.lexically_normal().generic_string(), std::move(text));
  JsonParseResult parsed = ParseJson(file->text());
  auto fail = [&](uint32_t offset, const std::string& message) {
    return Error{message, file->path(), file->PositionAt(offset)};
  };
  if (parsed.error) return fail(parsed.error->offset, "invalid JSON: " + parsed.error->message);
  const JsonValue* findings = parsed.root->is_object() ? parsed.root->Get("findings") : nullptr;
  if (!findings || !findings->is_array()) return fail(0, "not a slim-lint baseline (no \"findings\" array)");
  std::unique_ptr<BaselineStage> stage(new BaselineStage(next, selection));
  stage->file_ = file;
  for (const JsonValue& item : findings->items()) {
    const JsonValue* fingerprint = item.is_object() ? item.Get("fingerprint") : nullptr;
    const JsonValue* rule = item.is_object() ? item.Get("rule") : nullptr;
    const JsonValue* finding_path = item.is_object() ? item.Get("path") : nullptr;
    if (!fingerprint || !fingerprint->is_string() || !rule || !rule->is_string()) {
      return fail(item.span().begin, "a baseline entry needs \"fingerprint\" and \"rule\" strings");
    }
    std::string entry_path = finding_path && finding_path->is_string() ? finding_path->text() : "";
    stage->entries_.emplace(fingerprint->text(), Entry{rule->text(), std::move(entry_path), item.span(), false});
  }
  return stage;
}

void BaselineStage::OnInputs(const RunInputs& inputs) {
  linted_.insert(inputs.files.begin(), inputs.files.end());
  next_.OnInputs(inputs);
}

void BaselineStage::OnFindings(std::vector<Finding> findings) {
  std::vector<Finding> kept;
  for (Finding& f : findings) {
    auto [begin, end] = entries_.equal_range(Fingerprint(f));
    bool matched = false;
    for (auto it = begin; it != end && !matched; ++it) {
      if (!it->second.used) it->second.used = matched = true;
    }
    if (matched) ++baselined_;
    else kept.push_back(std::move(f));
  }
  if (!kept.empty()) next_.OnFindings(std::move(kept));
}

void BaselineStage::Finish() {
  const Rule* unused = FindRule("SL9001");
  if (!unused || !selection_.enabled(*unused)) return;
  std::vector<Finding> findings;
  for (const auto& [fingerprint, entry] : entries_) {
    if (entry.used || !linted_.contains(entry.path)) continue;
    Finding& f = findings.emplace_back();
    f.rule = &unused->info();
    f.severity = selection_.severity(*unused);
    f.location = {file_, entry.span};
    f.message = "baseline entry " + fingerprint + " (" + entry.rule + ") matches no finding: the finding was fixed";
    f.remediation.summary = "write the baseline again with --write-baseline";
  }
  std::sort(findings.begin(), findings.end(), FindingLess);
  if (!findings.empty()) next_.OnFindings(std::move(findings));
}

}  // namespace slim
