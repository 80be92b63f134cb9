// SL2018 mismatched-action-for-principal: users of an identity provider assume a role through
// one STS call only: sts:AssumeRoleWithSAML for a SAML provider, sts:AssumeRoleWithWebIdentity
// for an OIDC or built-in web identity provider. A trust statement that names the provider but
// allows another action (often sts:AssumeRole, copied from an account trust) lets none of them
// in. The reverse mistake, one of these actions in a statement that trusts no provider of that
// kind, grants nothing. Access Analyzer reports both as MISMATCHED_ACTION_FOR_PRINCIPAL.
#include <algorithm>

#include "engine/check.h"
#include "remediation/json_edit.h"
#include "rules/principals/principals.h"
#include "rules/principals/trust_support.h"
#include "rules/support/rule_util.h"
#include "util/strings.h"

namespace slim {
namespace {

std::string_view KindNoun(FederationKind kind) { return kind == FederationKind::kSaml ? "SAML provider" : "OIDC provider"; }
std::string_view WithArticle(FederationKind kind) { return kind == FederationKind::kSaml ? "a SAML provider" : "an OIDC provider"; }
FederationKind Other(FederationKind kind) { return kind == FederationKind::kSaml ? FederationKind::kOidc : FederationKind::kSaml; }

// The kinds of provider the statement trusts, or nothing when one of its Federated values is
// no provider (SL2017's) or it trusts everyone.
struct Trusted {
  bool saml = false, oidc = false;
  bool has(FederationKind kind) const { return kind == FederationKind::kSaml ? saml : oidc; }
};
std::optional<Trusted> TrustedKinds(const Statement& s) {
  if (s.principal.wildcard) return std::nullopt;
  Trusted trusted;
  for (const PrincipalEntry& entry : s.principal.entries) {
    for (const JsonValue* value : entry.values) {
      if (entry.member->key == "AWS" && value->text() == "*") return std::nullopt;
      if (entry.member->key != "Federated") continue;
      std::optional<FederatedProvider> provider = ParseFederated(value->text());
      if (!provider) return std::nullopt;
      (provider->kind == FederationKind::kSaml ? trusted.saml : trusted.oidc) = true;
    }
  }
  return trusted;
}

bool LacksItsAction(const Statement& s, const Trusted& trusted) {
  for (FederationKind kind : {FederationKind::kSaml, FederationKind::kOidc}) {
    if (trusted.has(kind) && FindActionGrant(s, AssumeActionFor(kind)).coverage == ActionCoverage::kNone) return true;
  }
  return false;
}

std::string ActionList(const Statement& s) {
  std::vector<std::string> names;
  for (const JsonValue* action : s.action.values) names.push_back(action->text());
  return JoinWithAnd(names);
}

bool OnlyFederated(const Statement& s) {
  const PrincipalElement& p = s.principal;
  if (p.wildcard || p.entries.empty()) return false;
  return std::all_of(p.entries.begin(), p.entries.end(), [](const PrincipalEntry& e) { return e.member->key == "Federated"; });
}

// When only providers are trusted, replaces an action none of them can use (sts:AssumeRole, or
// the other kind's AssumeRoleWith*); otherwise adds the action.
std::optional<DocumentEdit> ActionEdit(const PolicyDocument& document, const Statement& s, FederationKind kind) {
  std::string_view needed = AssumeActionFor(kind);
  std::optional<Trusted> trusted = TrustedKinds(s);
  if (OnlyFederated(s) && trusted) {
    for (const JsonValue* action : s.action.values) {
      const std::string& text = action->text();
      bool useless = EqualsIgnoreCase(text, "sts:AssumeRole") ||
                     (EqualsIgnoreCase(text, AssumeActionFor(Other(kind))) && !trusted->has(Other(kind)));
      if (useless) return DocumentEdit{action->span(), JsonQuote(needed)};
    }
  }
  return AddActionsEdit(document, s, {std::string(needed)});
}

class MismatchedActionForPrincipal final : public Rule {
 public:
  MismatchedActionForPrincipal()
      : Rule({"SL2018", "mismatched-action-for-principal", Severity::kError,
              "a SAML provider trusted without sts:AssumeRoleWithSAML, an OIDC provider without "
              "sts:AssumeRoleWithWebIdentity, or one of these actions with no such provider",
              {"MISMATCHED_ACTION_FOR_PRINCIPAL"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    if (check.type() != PolicyType::kTrust) return;
    for (const Statement& s : check.document.policy.statements) {
      if (!s.allows()) continue;
      CheckProviders(check, s);
      CheckActions(check, s);
    }
  }

 private:
  // Providers whose users cannot assume the role: one finding per kind, at its first provider.
  static void CheckProviders(const DocumentCheck& check, const Statement& s) {
    for (FederationKind kind : {FederationKind::kSaml, FederationKind::kOidc}) {
      std::string_view needed = AssumeActionFor(kind);
      if (FindActionGrant(s, needed).coverage != ActionCoverage::kNone) continue;
      std::vector<const JsonValue*> providers;
      bool domains_only = true;
      for (const PrincipalEntry* entry : s.principal.EntriesFor("Federated")) {
        for (const JsonValue* value : entry->values) {
          auto provider = ParseFederated(value->text());
          if (!provider || provider->kind != kind) continue;
          providers.push_back(value);
          domains_only &= provider->web_identity_domain;
        }
      }
      if (providers.empty()) continue;
      std::vector<std::string> names;
      for (const JsonValue* p : providers) names.push_back(p->text());
      std::string allowed = s.action.present() ? " (it allows " + ActionList(s) + ")" : "";
      std::string noun = domains_only ? "web identity provider" : std::string(KindNoun(kind));
      std::string who = noun + (names.size() > 1 ? "s " : " ") + JoinWithAnd(names);
      Finding& f = check.Report(*providers.front(), who + " can only be used to assume a role with " + std::string(needed) +
                                                        ", which this statement does not allow" + allowed +
                                                        ": no user of the provider can assume this role");
      f.aws_issue_code = "MISMATCHED_ACTION_FOR_PRINCIPAL";
      f.remediation.summary = "allow \"" + std::string(needed) + "\" in the statement";
      if (auto edit = ActionEdit(check.document, s, kind)) {
        f.remediation.fix = MakeFix(FixApplicability::kUnsafe, "allow " + std::string(needed), ToFileEdits(check.document, {*edit}));
      }
    }
  }

  // AssumeRoleWith* actions that no principal of the statement can use. A statement whose
  // provider lacks its own action has had its finding above, which names the action it has.
  static void CheckActions(const DocumentCheck& check, const Statement& s) {
    std::optional<Trusted> trusted = TrustedKinds(s);
    if (!trusted || s.principal.entries.empty() || LacksItsAction(s, *trusted)) return;
    for (const JsonValue* action : s.action.values) {
      for (FederationKind kind : {FederationKind::kSaml, FederationKind::kOidc}) {
        if (!EqualsIgnoreCase(action->text(), AssumeActionFor(kind)) || trusted->has(kind)) continue;
        Finding& f = check.Report(*action, action->text() + " is only called by the users of " + std::string(WithArticle(kind)) +
                                               ", and this statement trusts no " + std::string(KindNoun(kind)) +
                                               ", so the action grants nothing");
        f.aws_issue_code = "MISMATCHED_ACTION_FOR_PRINCIPAL";
        f.remediation.summary = kind == FederationKind::kSaml
                                    ? "trust the SAML provider (\"Federated\": \"arn:aws:iam::<account>:saml-provider/<name>\"), "
                                      "or remove the action"
                                    : "trust the OIDC provider (\"Federated\": \"arn:aws:iam::<account>:oidc-provider/<host>\"), "
                                      "or remove the action";
      }
    }
  }
};

}  // namespace

RulePtr MakeMismatchedActionForPrincipal() { return std::make_unique<MismatchedActionForPrincipal>(); }

}  // namespace slim
