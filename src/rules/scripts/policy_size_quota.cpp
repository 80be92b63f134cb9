// SL8003 policy-size-quota: a policy longer than IAM (or AWS Organizations) accepts. IAM counts
// characters other than whitespace outside strings: a customer managed policy may have 6,144,
// a role's trust policy 2,048 by default (an adjustable quota, up to 8,192 on request), a
// role's inline policies 10,240 together, a user's 2,048, a group's 5,120. AWS Organizations
// counts every character of a policy saved through the CLI or an SDK, whitespace included: an
// SCP or an RCP may have 5,120. The create or put call fails when the script runs.
#include "engine/check.h"
#include "rules/scripts/scripts.h"
#include "rules/support/policy_size.h"

namespace slim {
namespace {

constexpr size_t kManaged = 6144, kTrust = 2048, kTrustMax = 8192, kOrganizationPolicy = 5120;
constexpr size_t kRoleInline = 10240, kUserInline = 2048, kGroupInline = 5120;

class PolicySizeQuota final : public Rule {
 public:
  PolicySizeQuota()
      : Rule({"SL8003", "policy-size-quota", Severity::kError, "a policy, or a principal's inline policies together, longer than the quota",
              {"POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA", "POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA",
               "POLICY_SIZE_EXCEEDS_SCP_QUOTA"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    // AWS managed policies are not held to the customer managed quota.
    if (check.document.anchor || !check.document.managed_policy_name.empty() || !check.document.policy.root) return;
    const JsonValue& root = *check.document.policy.root;
    std::string_view text = check.document.source.text().substr(root.span().begin, root.span().size());
    PolicyType type = check.type();
    if (type == PolicyType::kScp || type == PolicyType::kRcp) {
      size_t size = CharacterCount(text);
      const char* what = type == PolicyType::kScp ? "service control policy" : "resource control policy";
      if (size > kOrganizationPolicy) {
        Finding& f = Over(check, what, size, kOrganizationPolicy, " (AWS Organizations counts every character, whitespace too)");
        if (type == PolicyType::kScp) f.aws_issue_code = "POLICY_SIZE_EXCEEDS_SCP_QUOTA";
        f.remediation.summary = "remove the whitespace (save it minified), or split the statements into two policies attached "
                                "to the same target";
      }
      return;
    }
    size_t size = NonWhitespaceSize(text);
    if (type == PolicyType::kTrust && size > kTrust) {
      Finding& f = Over(check, "trust policy", size, kTrust,
                        " unless the account's Role trust policy length quota was raised (up to " + WithThousandsSeparators(kTrustMax) + ")");
      f.aws_issue_code = "POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA";
      // A role has exactly one trust policy: it cannot be split like a permissions policy.
      f.remediation.summary = "shorten it (one statement per principal type, principals listed together in one array, "
                              "shorter Sids), or request a higher Role trust policy length quota in Service Quotas (up to " +
                              WithThousandsSeparators(kTrustMax) + " characters)" +
                              (size > kTrustMax ? "; at this size it must be shortened" : "");
    } else if (type == PolicyType::kIdentity && size > kManaged && IsManaged(check)) {
      Finding& f = Over(check, "managed policy", size, kManaged, "");
      f.aws_issue_code = "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA";
      // The document is the policy, whichever roles it is attached to: its create-policy fails.
      f.principal.reset();
      f.remediation.summary = "split it into several managed policies, or use wildcards and shorter Sids where they keep the meaning";
    }
  }

  // Inline policies count together, per principal.
  void CheckPrincipal(const PrincipalCheck& check) const override {
    const IamPrincipal& p = check.principal;
    if (p.inline_policies.empty()) return;
    size_t limit = p.kind == PrincipalKind::kUser ? kUserInline : p.kind == PrincipalKind::kGroup ? kGroupInline : kRoleInline;
    size_t total = 0;
    for (const InlinePolicy& policy : p.inline_policies) {
      if (!policy.document || !policy.document->policy.root) continue;
      const JsonValue& root = *policy.document->policy.root;
      total += NonWhitespaceSize(policy.document->source.text().substr(root.span().begin, root.span().size()));
      if (total <= limit) continue;
      Finding& f = check.Report(policy.location, "the inline policies of " + std::string(PrincipalKindName(p.kind)) + " " + p.name +
                                                     " reach " + WithThousandsSeparators(total) + " characters with " + policy.name +
                                                     "; IAM allows " + WithThousandsSeparators(limit) + " in all, so this put fails");
      f.aws_issue_code = "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA";
      f.principal = p.ref();
      f.remediation.summary = "move statements into a customer managed policy (6,144 characters each) and attach it";
      return;
    }
  }

 private:
  // A standalone document is judged as a managed policy, the usual home of a policy file.
  static bool IsManaged(const DocumentCheck& check) {
    const auto& uses = check.uses();
    if (uses.empty()) return true;
    for (const DocumentUse& use : uses) {
      if (use.role == DocumentRole::kManaged || use.role == DocumentRole::kManagedVersion) return true;
    }
    return false;
  }

  static Finding& Over(const DocumentCheck& check, const char* what, size_t size, size_t limit, const std::string& note) {
    const JsonValue& root = *check.document.policy.root;
    return check.ReportSpan({root.span().begin, root.span().begin + 1},
                            "this " + std::string(what) + " has " + WithThousandsSeparators(size) + " characters; the quota is " +
                                WithThousandsSeparators(limit) + note,
                            "");
  }
};

}  // namespace

RulePtr MakePolicySizeQuota() { return std::make_unique<PolicySizeQuota>(); }

}  // namespace slim
