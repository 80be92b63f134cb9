// BuildPlan: findings' CLI lines -> ordered, deduplicated steps with their documents.
#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/rule.h"
#include "remediation/plan.h"

namespace slim {
namespace {

PlanPhase PhaseOf(std::string_view operation) {
  if (operation == "create-policy-version") return PlanPhase::kUpdate;
  if (operation.starts_with("create-")) return PlanPhase::kCreate;
  if (operation.starts_with("attach-") || operation.starts_with("add-")) return PlanPhase::kAttach;
  if (operation.starts_with("detach-") || operation.starts_with("remove-") || operation.starts_with("delete-")) {
    return PlanPhase::kDetach;
  }
  return PlanPhase::kUpdate;
}

std::string SafeFileName(std::string_view text) {
  std::string out;
  for (char c : text) {
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    out += keep ? c : '_';
  }
  if (out.size() > 60) out.resize(60);
  return out;
}

std::string BaseName(std::string_view path) {
  size_t slash = path.find_last_of('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

// A readable name for a document: the file it came from, else what the call changes.
std::string DocumentHint(const AwsCall& call, std::string_view source_path) {
  if (!source_path.empty()) return BaseName(source_path);
  std::string hint;
  for (const char* name : {"role-name", "user-name", "group-name", "policy-name"}) {
    for (const AwsCallParam& p : call.params) {
      if (p.cli_name == name && !p.value.uses_account()) hint += (hint.empty() ? "" : "-") + p.value.raw();
    }
  }
  for (const AwsCallParam& p : call.params) {
    if (hint.empty() && p.cli_name == "policy-arn") hint = BaseName(p.value.Fill("account"));
  }
  if (call.operation == "update-assume-role-policy") hint += "-trust";
  if (hint.empty()) hint = call.operation;
  return hint + ".json";
}

// A call and the findings' documents it reads, before it joins the plan.
struct PendingStep {
  PlanStep step;
  std::vector<std::pair<size_t, std::pair<TemplateValue, std::string>>> documents;  // param -> (content, hint)
  std::string key;         // the call with its documents' contents: equal keys are one step
  std::string target_key;  // the call without its documents: what it changes
};

class PlanBuilder {
 public:
  PlanBuilder(Plan& plan, const DocumentReader& read) : plan_(plan), read_(read) {}

  void Add(const Finding& f) {
    const Remediation& r = f.remediation;
    if (r.cli.empty()) return;
    PlanOrigin origin{f.location.path(), f.location.start().line, f.rule ? f.rule->code : "",
                      f.rule ? f.rule->name : ""};
    std::vector<PendingStep> pending;
    for (const std::string& line : r.cli) {
      if (IsCliAccountLookup(line)) continue;
      std::optional<AwsCall> call = ParseCliLine(line);
      if (!call) return Skip(origin, "a command the plan cannot read back; run the finding's commands by hand");
      PendingStep p;
      p.step.phase = PhaseOf(call->operation);
      p.step.make_room_for_version = call->operation == "create-policy-version";
      p.key = call->service + " " + call->operation;
      p.target_key = p.key;
      for (size_t i = 0; i < call->params.size(); ++i) {
        AwsCallParam& param = call->params[i];
        std::string entry = "\n--" + param.cli_name + (param.is_flag ? "" : "=");
        auto document = DocumentFor(r, param);
        if (!document) return Skip(origin, "reads " + param.value.raw() + ", which cannot be read");
        if (document->first.raw().empty() && !param.is_json && !param.value.raw().starts_with("file://")) {
          p.key += entry + param.value.raw();
          p.target_key += entry + param.value.raw();
          continue;
        }
        p.key += entry + "document:" + document->first.raw();
        p.target_key += entry + "document";
        p.documents.push_back({i, {document->first, DocumentHint(*call, document->second)}});
      }
      p.step.call = std::move(*call);
      pending.push_back(std::move(p));
    }
    // Two findings that write different documents to the same place would undo each other:
    // the first one wins, and the other is left for the next plan.
    for (const PendingStep& p : pending) {
      if (p.documents.empty()) continue;
      auto it = targets_.find(p.target_key);
      if (it != targets_.end() && it->second != p.key) {
        return Skip(origin, "another finding changes the same document first; run slim-lint plan again after this plan");
      }
    }
    for (PendingStep& p : pending) {
      if (auto it = steps_.find(p.key); it != steps_.end()) {
        auto& origins = plan_.steps[it->second].origins;
        if (origins.empty() || origins.back().path != origin.path || origins.back().line != origin.line ||
            origins.back().code != origin.code) {
          origins.push_back(origin);
        }
        continue;
      }
      for (auto& [param, document] : p.documents) p.step.documents[param] = Intern(document.first, document.second);
      p.step.origins.push_back(origin);
      if (!p.documents.empty()) targets_[p.target_key] = p.key;
      steps_[p.key] = plan_.steps.size();
      plan_.steps.push_back(std::move(p.step));
    }
    if (!pending.empty()) plan_.fixes.push_back(origin);
  }

 private:
  // The document a parameter passes, with the path it was read from: empty content for a
  // plain value, nullopt for a file:// that cannot be read.
  std::optional<std::pair<TemplateValue, std::string>> DocumentFor(const Remediation& r, const AwsCallParam& param) {
    if (param.is_json) return std::pair{param.value, std::string()};
    const std::string& raw = param.value.raw();
    if (!raw.starts_with("file://")) return std::pair{TemplateValue(), std::string()};
    std::string path = raw.substr(7);
    for (const GeneratedDocument& generated : r.documents) {
      if (generated.path == path) return std::pair{TemplateValue(generated.text()), path};
    }
    if (param.value.uses_account()) return std::nullopt;
    std::optional<std::string> text = read_ ? read_(path) : std::nullopt;
    if (!text) return std::nullopt;
    return std::pair{TemplateValue(*text), path};
  }

  size_t Intern(const TemplateValue& content, const std::string& hint) {
    if (auto it = documents_.find(content.raw()); it != documents_.end()) return it->second;
    size_t index = plan_.documents.size();
    std::string number = std::to_string(index + 1);
    if (number.size() < 2) number = "0" + number;
    plan_.documents.push_back({number + "-" + SafeFileName(hint), content});
    documents_[content.raw()] = index;
    return index;
  }

  void Skip(const PlanOrigin& origin, std::string reason) { plan_.skipped.push_back({origin, std::move(reason)}); }

  Plan& plan_;
  const DocumentReader& read_;
  std::map<std::string, size_t> steps_;
  std::map<std::string, std::string> targets_;
  std::map<std::string, size_t> documents_;
};

}  // namespace

bool Plan::uses_account() const {
  for (const PlanStep& step : steps) {
    if (step.call.uses_account()) return true;
  }
  for (const PlanDocument& document : documents) {
    if (document.content.uses_account()) return true;
  }
  return false;
}

bool Plan::makes_room_for_versions() const {
  return std::any_of(steps.begin(), steps.end(), [](const PlanStep& s) { return s.make_room_for_version; });
}

std::vector<std::string> Plan::services() const {
  std::set<std::string> names;
  for (const PlanStep& step : steps) names.insert(step.call.service);
  return {names.begin(), names.end()};
}

Plan BuildPlan(const std::vector<Finding>& findings, const DocumentReader& read) {
  Plan plan;
  PlanBuilder builder(plan, read);
  for (const Finding& f : findings) builder.Add(f);
  std::stable_sort(plan.steps.begin(), plan.steps.end(),
                   [](const PlanStep& a, const PlanStep& b) { return a.phase < b.phase; });
  return plan;
}

std::string CommentText(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (u < 0x20 || u == 0x7f) out += '?';
    else out += c;
  }
  return out;
}

std::string DescribeOrigin(const PlanOrigin& origin) {
  return CommentText(origin.path) + ":" + std::to_string(origin.line) + " " + CommentText(origin.code) + " " +
         CommentText(origin.name);
}

std::string PlanSummaryComments(const Plan& plan) {
  std::string out;
  if (plan.fixes.empty()) {
    out += "# Nothing to fix: no finding has AWS commands to run.\n";
  } else {
    out += fmt::format("# It fixes {} finding{}:\n", plan.fixes.size(), plan.fixes.size() == 1 ? "" : "s");
    for (const PlanOrigin& origin : plan.fixes) out += "#   " + DescribeOrigin(origin) + "\n";
  }
  for (const PlanSkip& skip : plan.skipped) {
    out += "# Not planned: " + DescribeOrigin(skip.origin) + ": " + CommentText(skip.reason) + "\n";
  }
  return out;
}

const TemplateValue* PolicyArnOf(const AwsCall& call) {
  for (const AwsCallParam& p : call.params) {
    if (p.cli_name == "policy-arn") return &p.value;
  }
  return nullptr;
}

}  // namespace slim
