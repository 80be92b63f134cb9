// SL7014 tag-key-missing: a per-tag condition key without its tag ("aws:ResourceTag" instead of
// "aws:ResourceTag/Environment", or "s3:ExistingObjectTag/"). No request carries the bare key, so
// the tag is never checked.
#include "engine/check.h"
#include "rules/conditions/condition_support.h"
#include "rules/conditions/conditions.h"
#include "util/strings.h"

namespace slim {
namespace {

class TagKeyMissing final : public Rule {
 public:
  TagKeyMissing()
      : Rule({"SL7014", "tag-key-missing", Severity::kError,
              "a per-tag condition key (aws:RequestTag, aws:ResourceTag, aws:PrincipalTag, ...) without the tag key",
              {"MISSING_TAG_KEY_IN_CONDITION"}}) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const Statement& s : check.document.policy.statements) {
      for (const ConditionClause& clause : s.conditions) {
        const std::string& key = clause.key_member->key;
        std::string_view templ = conditions::MissingTagKeyTemplate(check.catalog, key);
        if (templ.empty()) continue;
        std::string base(conditions::TagTemplateBase(templ));
        Finding& f = check.ReportKey(*clause.key_member, "\"" + key + "\" names no tag: the key is " + base +
                                                             "/<tag-key>, and no request carries " + base +
                                                             " on its own, so the tag is never checked");
        f.aws_issue_code = "MISSING_TAG_KEY_IN_CONDITION";
        f.remediation.summary = "write the tag key after the slash, such as " + base + "/Environment";
      }
    }
  }
};

}  // namespace

RulePtr MakeTagKeyMissing() { return std::make_unique<TagKeyMissing>(); }

}  // namespace slim
