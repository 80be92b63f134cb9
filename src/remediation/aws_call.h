// One AWS API call in a remediation, rendered both as an AWS CLI command and as boto3 code,
// so the two forms can never disagree.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace slim {

// A value that may contain the caller's account ID, looked up at run time. Literal text is
// kept apart from the placeholder, so rendering can quote each for its target language.
class TemplateValue {
 public:
  TemplateValue() = default;
  TemplateValue(std::string literal) { Append(std::move(literal)); }  // NOLINT: implicit on purpose
  TemplateValue(const char* literal) : TemplateValue(std::string(literal)) {}

  // Literal text that may contain kAccountPlaceholder where the account ID goes.
  static constexpr std::string_view kAccountPlaceholder = "\xEE\x80\x80" "ACCOUNT_ID" "\xEE\x80\x80";

  void Append(std::string literal);
  bool uses_account() const;
  // The parts in order: literal text, with empty strings standing for the account ID.
  struct Part {
    bool account = false;
    std::string text;
  };
  std::vector<Part> parts() const;
  // The value with the account filled in (for a known account) or with ${ACCOUNT_ID}.
  std::string Fill(std::string_view account) const;
  const std::string& raw() const { return raw_; }

 private:
  std::string raw_;
};

struct AwsCallParam {
  std::string cli_name;  // "role-name"
  TemplateValue value;
  bool is_json = false;  // a JSON document: boto3 gets json.dumps(<python literal>)
  bool is_flag = false;  // a boolean CLI flag such as --set-as-default
};

struct AwsCall {
  std::string service;    // "iam"
  std::string operation;  // "attach-role-policy"
  std::vector<AwsCallParam> params;

  AwsCall& Param(std::string cli_name, TemplateValue value);
  AwsCall& Json(std::string cli_name, TemplateValue document);
  AwsCall& Flag(std::string cli_name);
  bool uses_account() const;
};

// `aws iam attach-role-policy --role-name X ...`, every value shell-quoted; the account
// placeholder becomes "${ACCOUNT_ID}".
std::string RenderCli(const AwsCall& call);
// `iam.attach_role_policy(RoleName="X", ...)`; the placeholder becomes the account_id variable.
std::string RenderBoto3(const AwsCall& call);

// A Python expression for a template value: string literals, joined with account_id.
std::string PythonStringFor(const TemplateValue& value);

// The inverse of RenderCli, for the plan, which reorders and deduplicates the lines that
// findings carry: `aws SERVICE OPERATION --name value ...` where each word is bare,
// single-quoted, backslash-escaped or "${ACCOUNT_ID}". Anything else (pipes, other
// expansions, command substitution) is no call and yields nullopt, so a line the plan does not
// understand is never passed on.
std::optional<AwsCall> ParseCliLine(std::string_view line);
// Whether `line` is exactly CliAccountLookup().
bool IsCliAccountLookup(std::string_view line);

// The shell line and Python line that define the account ID at run time.
std::string_view CliAccountLookup();
std::string_view Boto3AccountLookup();

// "attach-role-policy" -> "attach_role_policy"; "role-name" -> "RoleName".
std::string SnakeCase(std::string_view kebab);
std::string PascalCase(std::string_view kebab);

// A JSON text (with placeholders) as a Python expression: objects become dicts, strings
// with the account become concatenations with account_id.
std::string JsonToPython(std::string_view json, int indent = 0);

}  // namespace slim
