// SL6001 privilege-escalation: the permissions of one principal, all its policies together
// (inline, customer managed, attached AWS managed, its groups'), contain a known escalation
// path, e.g. iam:PassRole + lambda:CreateFunction + lambda:InvokeFunction: run code as a more
// powerful role. One finding per principal: the message names the gravest path, and the notes
// name every action of every path and where it is granted.
#include <algorithm>

#include "engine/check.h"
#include "rules/risk/escalation.h"
#include "rules/risk/risk.h"
#include "util/strings.h"

namespace slim {
namespace {

// Taking over a more powerful role (a new or existing passed role, or another principal)
// before changing one's own policies; well-documented methods first; shorter paths first.
int Gravity(const PrivilegeEscalationMethod& m) {
  static constexpr std::string_view kOrder[] = {"new-passrole", "existing-passrole", "principal-access", "self-escalation"};
  for (int i = 0; i < 4; ++i) {
    if (m.category == kOrder[i]) return i;
  }
  return 4;
}

bool Documented(const PrivilegeEscalationMethod& m) {
  return std::any_of(m.sources.begin(), m.sources.end(), [](std::string_view s) { return s.rfind("rhino:", 0) == 0; });
}

std::string Actions(const EscalationPath& path) {
  std::vector<std::string> actions;
  for (const EscalationStep& step : path.steps) actions.push_back(step.action);
  return JoinWithAnd(actions);
}

// "customer managed policy Deploy, statement 2 and group devs: inline policy Pass, statement 1".
std::string GrantedBy(const EscalationPath& path) {
  std::vector<std::string> places;
  for (const EscalationStep& step : path.steps) {
    std::string place = step.grant->Describe();
    if (std::find(places.begin(), places.end(), place) == places.end()) places.push_back(std::move(place));
  }
  return JoinWithAnd(places);
}

std::string Lowercase(std::string_view description) {
  std::string text(description);
  if (!text.empty() && text.back() == '.') text.pop_back();
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && !(text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z')) {
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  }
  return text;
}

class PrivilegeEscalation final : public Rule {
 public:
  PrivilegeEscalation()
      : Rule({"SL6001", "privilege-escalation", Severity::kSecurity,
              "a principal's policies together contain a known privilege-escalation path", {}}) {}

  void CheckPrincipal(const PrincipalCheck& check) const override {
    const PermissionSet& permissions = check.permissions();
    if (permissions.administrator()) return;  // SL5001/SL5002: every path is open
    const IamPrincipal& p = check.principal;
    std::string_view self_name = p.kind == PrincipalKind::kDocument ? std::string_view() : std::string_view(p.name);
    std::vector<EscalationPath> paths = FindEscalationPaths(permissions, check.catalog, self_name);
    if (paths.empty()) return;
    std::stable_sort(paths.begin(), paths.end(), [](const EscalationPath& a, const EscalationPath& b) {
      return std::make_tuple(Gravity(*a.method), !Documented(*a.method), a.steps.size()) <
             std::make_tuple(Gravity(*b.method), !Documented(*b.method), b.steps.size());
    });
    const EscalationPath& gravest = paths.front();
    std::optional<Location> where = gravest.steps.front().grant->Where();
    if (!where) where = check.principal.created_at;
    if (!where) return;
    std::string subject = p.kind == PrincipalKind::kDocument ? "whoever has this policy" : std::string(PrincipalKindName(p.kind)) + " " + p.name;
    std::string message = subject + " can escalate its privileges: " + Lowercase(gravest.method->description) + " (" +
                          Actions(gravest) + ")";
    if (paths.size() > 1) message += "; " + std::to_string(paths.size() - 1) + " more " + (paths.size() > 2 ? "paths" : "path") + " in the notes";
    Finding& f = check.Report(*where, std::move(message));
    if (p.kind != PrincipalKind::kDocument) f.principal = p.ref();
    for (const EscalationStep& step : gravest.steps) {
      f.related.push_back({step.grant->Where(), step.action + " is granted by " + step.grant->Describe()});
    }
    for (size_t i = 1; i < paths.size(); ++i) {
      f.related.push_back({paths[i].steps.front().grant->Where(), "also: " + Lowercase(paths[i].method->description) + " (" +
                                                                      Actions(paths[i]) + "), granted by " + GrantedBy(paths[i])});
    }
    bool pass_role = std::any_of(paths.begin(), paths.end(), [](const EscalationPath& path) {
      return std::any_of(path.steps.begin(), path.steps.end(), [](const EscalationStep& s) { return s.action == "iam:PassRole"; });
    });
    f.remediation.summary = pass_role ? "break the paths: limit iam:PassRole to the roles the workload passes (their ARNs) "
                                        "with an iam:PassedToService condition, and remove the actions it does not use"
                                      : "break the paths: remove the actions the workload does not use, or limit them "
                                        "to its own resources";
  }
};

}  // namespace

RulePtr MakePrivilegeEscalation() { return std::make_unique<PrivilegeEscalation>(); }

}  // namespace slim
