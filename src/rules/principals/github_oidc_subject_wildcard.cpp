// SL2006 github-oidc-subject-wildcard: a StringLike condition on the subject of GitHub Actions
// tokens (token.actions.githubusercontent.com:sub) whose pattern leaves the owner, the
// repository or the branch open. GitHub issues tokens to every workflow of every repository on
// github.com, so "repo:my-org/*" lets any repository of the organization assume the role, and
// "repo:my-org*" any organization whose name starts with my-org, which anyone can create.
// GitHub writes the subject as repo:<owner>/<repository>:<context>, where the context is
// ref:refs/heads/<branch>, ref:refs/tags/<tag>, environment:<name> or pull_request. GitLab.com
// tokens (gitlab.com:sub) are checked the same way, in GitLab's form
// project_path:<group>/<project>:ref_type:<branch|tag>:ref:<name>. Subjects in a customized
// format are left alone; a subject with no condition at all, or only "*", is SL2005's.
#include <span>

#include "engine/check.h"
#include "rules/principals/principals.h"
#include "rules/principals/trust_support.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

// A form of the context part of a subject: "ref:refs/heads/<branch>".
struct ContextKind {
  std::string_view prefix, noun;
};
constexpr ContextKind kGitHubContexts[] = {{"ref:refs/heads/", "branch"}, {"ref:refs/tags/", "tag"}, {"environment:", "environment"}};
constexpr ContextKind kGitLabContexts[] = {{"ref_type:branch:ref:", "branch"}, {"ref_type:tag:ref:", "tag"}};

struct CiIssuer {
  std::string_view subject_prefix;  // "repo:"
  std::string_view who;             // "a GitHub Actions workflow"
  std::string_view owner;           // "owner"
  std::string_view repository;      // "repository"
  bool nested_groups;               // GitLab groups nest: the project is after the last '/'
  bool github;
  std::span<const ContextKind> contexts;
};

constexpr CiIssuer kGitHub{"repo:", "a GitHub Actions workflow", "owner", "repository", false, true, kGitHubContexts};
constexpr CiIssuer kGitLab{"project_path:", "a GitLab CI/CD job", "group", "project", true, false, kGitLabContexts};

const CiIssuer* IssuerOfSubjectKey(std::string_view key) {
  if (!EndsWith(ToLower(key), ":sub")) return nullptr;
  std::string_view prefix = key.substr(0, key.size() - 4);
  if (IsGitHubActionsIssuer(prefix)) return &kGitHub;
  if (EqualsIgnoreCase(prefix, "gitlab.com")) return &kGitLab;
  return nullptr;
}

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// "any branch whose name matches "release-*"" for the part of a subject after the path.
std::string ContextScope(const CiIssuer& ci, std::string_view context) {
  if (OnlyWildcards(context)) return "any branch, tag, pull request or environment";
  for (const ContextKind& kind : ci.contexts) {
    if (!StartsWith(context, kind.prefix)) continue;
    // The owner, repository and prefix have no wildcard, so the name has.
    std::string_view name = context.substr(kind.prefix.size());
    std::string any = "any " + std::string(kind.noun);
    return OnlyWildcards(name) ? any : any + " whose name matches " + Quoted(name);
  }
  return "any run whose context matches " + Quoted(context);
}

// Who a subject pattern lets assume the role, or nothing when it names one repository and one
// branch, tag or environment (or is in a format this rule does not know).
std::optional<std::string> Scope(const CiIssuer& ci, std::string_view value) {
  std::string who(ci.who), repository(ci.repository), owner_noun(ci.owner);
  std::string anyone = who + " in any " + repository + ", of any " + owner_noun + ",";
  if (!HasWildcard(value)) return std::nullopt;
  if (!StartsWith(value, ci.subject_prefix)) {
    if (value.front() == '*' || value.front() == '?') return anyone;
    return std::nullopt;
  }
  std::string_view rest = value.substr(ci.subject_prefix.size());
  size_t colon = rest.find(':');
  std::string_view path = rest.substr(0, colon);
  size_t slash = ci.nested_groups ? path.rfind('/') : path.find('/');
  std::string_view owner = path.substr(0, slash);
  std::string_view name = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
  if (HasWildcard(owner)) {
    if (!OnlyWildcards(owner)) {
      return who + " in a " + repository + " of any " + owner_noun + " whose name matches " + Quoted(owner) +
             " (anyone can register such a name)";
    }
    // Names cannot hold ':', so "*/reports:..." only matches repositories named reports.
    if (!name.empty() && !HasWildcard(name)) return who + " in a " + repository + " named " + std::string(name) + " of any " + owner_noun;
    return anyone;
  }
  if (slash == std::string_view::npos) return std::nullopt;
  if (HasWildcard(name)) {
    std::string in = who + " in any " + repository + " of " + std::string(owner);
    if (!OnlyWildcards(name)) return in + " whose name matches " + Quoted(name);
    return ci.nested_groups ? in + " or of its subgroups" : in;
  }
  if (colon == std::string_view::npos) return std::nullopt;
  return who + " of " + std::string(path) + " on " + ContextScope(ci, rest.substr(colon + 1));
}

class GithubOidcSubjectWildcard final : public Rule {
 public:
  GithubOidcSubjectWildcard()
      : Rule({"SL2006", "github-oidc-subject-wildcard", Severity::kSecurity,
              "GitHub OIDC trust whose token.actions.githubusercontent.com:sub allows any repo, org or branch",
              {"SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kTrust) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows()) continue;
      for (const ConditionClause& clause : s.conditions) {
        const CiIssuer* ci = IssuerOfSubjectKey(clause.key_member->key);
        if (!ci || clause.op.base != "StringLike" || !IsPositiveClause(clause)) continue;
        // Only wildcards and nothing else: there is no subject condition at all (SL2005).
        if (!ConditionNamesValue(s, clause.key_member->key)) continue;
        for (const JsonValue* value : clause.values) {
          if (!value->is_string()) continue;
          std::optional<std::string> scope = Scope(*ci, value->text());
          if (!scope) continue;
          Finding& f = check.Report(*value, Quoted(value->text()) + " lets " + *scope + " assume this role");
          if (ci->github) f.aws_issue_code = "SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED";
          f.remediation.summary =
              ci->github ? "name the repository and the branch or environment, with StringEquals: "
                           "\"repo:<owner>/<repository>:ref:refs/heads/<branch>\" or "
                           "\"repo:<owner>/<repository>:environment:<environment>\" (pin the branch of an environment "
                           "with a token.actions.githubusercontent.com:ref condition)"
                         : "name the project and the branch, with StringEquals: "
                           "\"project_path:<group>/<project>:ref_type:branch:ref:<branch>\"";
        }
      }
    }
  }
};

}  // namespace

RulePtr MakeGithubOidcSubjectWildcard() { return std::make_unique<GithubOidcSubjectWildcard>(); }

}  // namespace slim
