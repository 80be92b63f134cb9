#include "remediation/aws_call.h"

#include "json/json_parser.h"
#include "remediation/shell_quote.h"
#include "util/strings.h"

namespace slim {

void TemplateValue::Append(std::string literal) { raw_ += literal; }

bool TemplateValue::uses_account() const { return raw_.find(kAccountPlaceholder) != std::string::npos; }

std::vector<TemplateValue::Part> TemplateValue::parts() const {
  std::vector<Part> out;
  size_t pos = 0;
  while (true) {
    size_t at = raw_.find(kAccountPlaceholder, pos);
    std::string literal = raw_.substr(pos, at == std::string::npos ? std::string::npos : at - pos);
    if (!literal.empty()) out.push_back({false, std::move(literal)});
    if (at == std::string::npos) break;
    out.push_back({true, {}});
    pos = at + kAccountPlaceholder.size();
  }
  return out;
}

std::string TemplateValue::Fill(std::string_view account) const {
  std::string out;
  for (const Part& part : parts()) out += part.account ? std::string(account) : part.text;
  return out;
}

AwsCall& AwsCall::Param(std::string cli_name, TemplateValue value) {
  params.push_back({std::move(cli_name), std::move(value), false, false});
  return *this;
}

AwsCall& AwsCall::Json(std::string cli_name, TemplateValue document) {
  params.push_back({std::move(cli_name), std::move(document), true, false});
  return *this;
}

AwsCall& AwsCall::Flag(std::string cli_name) {
  params.push_back({std::move(cli_name), {}, false, true});
  return *this;
}

bool AwsCall::uses_account() const {
  for (const auto& p : params) {
    if (p.value.uses_account()) return true;
  }
  return false;
}

namespace {

// Shell word for a template value: literal runs quoted, the account as "${ACCOUNT_ID}".
std::string ShellWordFor(const TemplateValue& value) {
  auto parts = value.parts();
  if (parts.empty()) return "''";
  std::string out;
  for (const auto& part : parts) out += part.account ? "\"${ACCOUNT_ID}\"" : ShellQuote(part.text);
  return out;
}

}  // namespace

std::string PythonStringFor(const TemplateValue& value) {
  auto parts = value.parts();
  if (parts.empty()) return "\"\"";
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += " + ";
    out += parts[i].account ? "account_id" : PythonQuote(parts[i].text);
  }
  return out;
}

namespace {

void AppendPython(const JsonValue& value, int indent, int depth, std::string& out) {
  std::string pad(static_cast<size_t>(indent * (depth + 1)), ' ');
  std::string close_pad(static_cast<size_t>(indent * depth), ' ');
  std::string newline = indent ? "\n" : "";
  switch (value.kind()) {
    case JsonKind::kNull: out += "None"; break;
    case JsonKind::kBool: out += value.boolean() ? "True" : "False"; break;
    case JsonKind::kNumber: out += value.text(); break;
    case JsonKind::kString: out += PythonStringFor(TemplateValue(value.text())); break;
    case JsonKind::kArray:
      out += "[" + newline;
      for (size_t i = 0; i < value.items().size(); ++i) {
        out += pad;
        AppendPython(value.items()[i], indent, depth + 1, out);
        out += (i + 1 < value.items().size() ? ", " : "");
        out += newline;
      }
      out += (indent ? close_pad : "") + "]";
      break;
    case JsonKind::kObject:
      out += "{" + newline;
      for (size_t i = 0; i < value.members().size(); ++i) {
        const JsonMember& m = value.members()[i];
        out += pad + PythonStringFor(TemplateValue(m.key)) + ": ";
        AppendPython(m.value, indent, depth + 1, out);
        out += (i + 1 < value.members().size() ? ", " : "");
        out += newline;
      }
      out += (indent ? close_pad : "") + "}";
      break;
  }
}

}  // namespace

std::string RenderCli(const AwsCall& call) {
  std::string out = "aws " + ShellQuote(call.service) + " " + ShellQuote(call.operation);
  for (const auto& p : call.params) {
    out += " --" + ShellQuote(p.cli_name);
    if (!p.is_flag) out += " " + ShellWordFor(p.value);
  }
  return out;
}

std::string RenderBoto3(const AwsCall& call) {
  std::string out = SnakeCase(call.service == "s3api" ? "s3" : call.service) + "." + SnakeCase(call.operation) + "(";
  bool first = true;
  for (const auto& p : call.params) {
    if (!first) out += ", ";
    first = false;
    out += PascalCase(p.cli_name) + "=";
    if (p.is_flag) out += "True";
    else if (p.is_json) out += "json.dumps(" + JsonToPython(p.value.raw()) + ")";
    else out += PythonStringFor(p.value);
  }
  return out + ")";
}

namespace {

struct CliWord {
  TemplateValue value;
  bool quoted = false;  // some part was quoted or escaped: never an option name
};

// Splits a line into words by the quoting rules RenderCli uses; nullopt on anything else.
std::optional<std::vector<CliWord>> SplitCliWords(std::string_view line) {
  constexpr std::string_view kAccount = "\"${ACCOUNT_ID}\"";
  std::vector<CliWord> words;
  std::optional<CliWord> word;
  size_t i = 0;
  auto current = [&]() -> CliWord& {
    if (!word) word.emplace();
    return *word;
  };
  while (i < line.size()) {
    char c = line[i];
    if (c == ' ') {
      if (word) words.push_back(std::move(*word));
      word.reset();
      ++i;
    } else if (c == '\'') {
      size_t close = line.find('\'', i + 1);
      if (close == std::string_view::npos) return std::nullopt;
      current().value.Append(std::string(line.substr(i + 1, close - i - 1)));
      current().quoted = true;
      i = close + 1;
    } else if (c == '\\') {
      if (i + 1 >= line.size() || line[i + 1] == '\n') return std::nullopt;
      current().value.Append(std::string(1, line[i + 1]));
      current().quoted = true;
      i += 2;
    } else if (line.substr(i, kAccount.size()) == kAccount) {
      current().value.Append(std::string(TemplateValue::kAccountPlaceholder));
      current().quoted = true;
      i += kAccount.size();
    } else if (IsPlainShellChar(c)) {
      current().value.Append(std::string(1, c));
      ++i;
    } else {
      return std::nullopt;  // an operator, an expansion or a glob: not a plain call
    }
  }
  if (word) words.push_back(std::move(*word));
  return words;
}

bool IsName(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

}  // namespace

std::optional<AwsCall> ParseCliLine(std::string_view line) {
  auto words = SplitCliWords(line);
  if (!words || words->size() < 3) return std::nullopt;
  auto literal = [](const CliWord& w) -> std::optional<std::string> {
    if (w.value.uses_account()) return std::nullopt;
    return w.value.raw();
  };
  auto aws = literal((*words)[0]), service = literal((*words)[1]), operation = literal((*words)[2]);
  if (!aws || *aws != "aws" || !service || !IsName(*service) || !operation || !IsName(*operation)) return std::nullopt;
  AwsCall call{*service, *operation, {}};
  for (size_t i = 3; i < words->size(); ++i) {
    const CliWord& w = (*words)[i];
    auto name = literal(w);
    // Every word after the operation is an option, then at most one value.
    if (!name || !name->starts_with("--") || !IsName(name->substr(2))) return std::nullopt;
    bool has_value = i + 1 < words->size();
    if (has_value) {
      const CliWord& next = (*words)[i + 1];
      auto next_text = literal(next);
      has_value = next.quoted || !next_text || !next_text->starts_with("--");
    }
    if (!has_value) {
      call.Flag(name->substr(2));
      continue;
    }
    const CliWord& value = (*words)[++i];
    std::string text = value.value.raw();
    if (!text.empty() && (text.front() == '{' || text.front() == '[')) call.Json(name->substr(2), value.value);
    else call.Param(name->substr(2), value.value);
  }
  return call;
}

bool IsCliAccountLookup(std::string_view line) { return line == CliAccountLookup(); }

std::string_view CliAccountLookup() { return "ACCOUNT_ID=$(aws sts get-caller-identity --query Account --output text)"; }
std::string_view Boto3AccountLookup() { return "account_id = boto3.client(\"sts\").get_caller_identity()[\"Account\"]"; }

std::string SnakeCase(std::string_view kebab) {
  std::string out(kebab);
  for (char& c : out) {
    if (c == '-') c = '_';
  }
  return out;
}

std::string PascalCase(std::string_view kebab) {
  // The few IAM parameters whose API names keep an acronym in capitals.
  if (kebab == "aws-service-name") return "AWSServiceName";
  if (kebab == "saml-provider-arn") return "SAMLProviderArn";
  if (kebab == "open-id-connect-provider-arn") return "OpenIDConnectProviderArn";
  std::string out;
  bool upper = true;
  for (char c : kebab) {
    if (c == '-') {
      upper = true;
      continue;
    }
    out += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    upper = false;
  }
  return out;
}

std::string JsonToPython(std::string_view json, int indent) {
  JsonParseResult parsed = ParseJson(json);
  if (!parsed.root) return "json.loads(" + PythonQuote(json) + ")";
  std::string out;
  AppendPython(*parsed.root, indent, 0, out);
  return out;
}

}  // namespace slim
