#include "rules/support/document_util.h"

namespace slim {

std::vector<AwsCall> UpdateCallsForDocument(const DocumentCheck& check, const TemplateValue& document) {
  std::vector<AwsCall> calls;
  for (const DocumentUse& use : check.uses()) {
    switch (use.role) {
      case DocumentRole::kTrust:
        calls.push_back(AwsCall{"iam", "update-assume-role-policy", {}}.Param("role-name", use.principal_name).Json("policy-document", document));
        break;
      case DocumentRole::kInline: {
        std::string noun = use.principal_kind == PrincipalKind::kUser ? "user" : use.principal_kind == PrincipalKind::kGroup ? "group" : "role";
        calls.push_back(AwsCall{"iam", "put-" + noun + "-policy", {}}
                            .Param(noun + "-name", use.principal_name)
                            .Param("policy-name", use.policy_name)
                            .Json("policy-document", document));
        break;
      }
      case DocumentRole::kManaged:
      case DocumentRole::kManagedVersion: {
        const CustomerPolicy* policy = check.model ? check.model->FindCustomerPolicy(use.policy_name) : nullptr;
        std::string path = policy ? policy->path : "/";
        if (path.empty() || path.back() != '/') path += '/';
        TemplateValue arn("arn:aws:iam::");
        arn.Append(std::string(TemplateValue::kAccountPlaceholder));
        arn.Append(":policy" + path + use.policy_name);
        calls.push_back(AwsCall{"iam", "create-policy-version", {}}.Param("policy-arn", arn).Json("policy-document", document).Flag("set-as-default"));
        break;
      }
    }
  }
  return calls;
}

std::vector<size_t> FindAccountIds(std::string_view text) {
  std::vector<size_t> out;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i - start == 12) out.push_back(start);
  }
  return out;
}

}  // namespace slim
