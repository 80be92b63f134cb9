#include "config/config.h"

#include <charconv>
#include <fstream>
#include <iterator>
#include <algorithm>

#include "config/did_you_mean.h"
#include "core/severity.h"
#include "engine/registry.h"
#include "json/json_parser.h"
#include "model/arn.h"
#include "util/strings.h"

namespace slim {
namespace fs = std::filesystem;

std::optional<fs::path> FindConfig(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  while (!ec && !dir.empty()) {
    if (fs::is_regular_file(dir / ".slim-lint.json", ec)) return dir / ".slim-lint.json";
    if (fs::exists(dir / ".git", ec) || dir == dir.root_path()) break;
    dir = dir.parent_path();
  }
  return std::nullopt;
}

namespace {

// Validates and reads one config document, reporting the first problem at its position.
class ConfigReader {
 public:
  explicit ConfigReader(SourceFilePtr file) : file_(std::move(file)) {}

  Result<Config> Read() {
    JsonParseResult parsed = ParseJson(file_->text());
    if (parsed.error) return Fail(parsed.error->offset, "invalid JSON: " + parsed.error->message);
    const JsonValue& root = *parsed.root;
    if (!root.is_object()) return Fail(root.span().begin, "the configuration must be a JSON object");
    Config config;
    config.file = file_;
    static const std::vector<std::string> kKeys = {"$schema", "select",         "ignore", "severity", "fail_on",
                                                   "account", "known_accounts", "rules",  "ignores"};
    for (const JsonMember& m : root.members()) {
      if (std::find(kKeys.begin(), kKeys.end(), m.key) == kKeys.end()) {
        return Fail(m.key_span.begin, "unknown setting \"" + m.key + "\"" + DidYouMean(m.key, kKeys) +
                                          " (settings: select, ignore, severity, fail_on, account, known_accounts, rules, ignores)");
      }
      std::optional<Error> error;
      if (m.key == "select") error = Selectors(m.value, config.select);
      else if (m.key == "ignore") error = Selectors(m.value, config.ignore);
      else if (m.key == "known_accounts") error = Accounts(m.value, config.known_accounts);
      else if (m.key == "fail_on") error = FailOn(m.value, config.fail_on);
      else if (m.key == "account") error = Account(m.value, config.account);
      else if (m.key == "severity") error = Severities(m.value, config.severity);
      else if (m.key == "rules") error = RuleOptions(m.value, config.rule_options);
      else if (m.key == "ignores") error = Ignores(m.value, config.ignores);
      if (error) return *error;
    }
    return config;
  }

 private:
  Error Fail(uint32_t offset, std::string message) const { return Error{std::move(message), file_->path(), file_->PositionAt(offset)}; }

  std::optional<Error> Strings(const JsonValue& v, std::vector<std::string>& out) const {
    if (!v.is_array()) return Fail(v.span().begin, "expected an array of strings");
    for (const JsonValue& item : v.items()) {
      if (!item.is_string()) return Fail(item.span().begin, "expected a string");
      out.push_back(item.text());
    }
    return std::nullopt;
  }

  std::optional<Error> Selectors(const JsonValue& v, std::vector<std::string>& out) const {
    if (auto error = Strings(v, out)) return error;
    for (size_t i = 0; i < out.size(); ++i) {
      if (!NamesAnyRule(out[i])) return Fail(v.items()[i].span().begin, NoRule(out[i]));
    }
    return std::nullopt;
  }

  static std::string NoRule(std::string_view selector) {
    std::string_view bare = selector.starts_with('-') ? selector.substr(1) : selector;
    return "\"" + std::string(selector) + "\" names no rule" + DidYouMean(bare, RuleNames()) + " (see slim-lint --list-rules)";
  }

  static bool NamesAnyRule(std::string_view selector) {
    if (selector.starts_with('-')) selector.remove_prefix(1);
    for (const Rule* rule : AllRules()) {
      if (RuleMatches(*rule, selector)) return true;
    }
    return false;
  }

  std::optional<Error> Accounts(const JsonValue& v, std::vector<std::string>& out) const {
    if (auto error = Strings(v, out)) return error;
    for (size_t i = 0; i < out.size(); ++i) {
      if (!IsAccountId(out[i])) return Fail(v.items()[i].span().begin, "\"" + out[i] + "\" is not a 12-digit account ID");
    }
    return std::nullopt;
  }

  std::optional<Error> Account(const JsonValue& v, std::optional<std::string>& out) const {
    if (!v.is_string() || !IsAccountId(v.text())) return Fail(v.span().begin, "account must be a 12-digit account ID in a string");
    out = v.text();
    return std::nullopt;
  }

  std::optional<Error> FailOn(const JsonValue& v, std::optional<std::string>& out) const {
    if (!v.is_string() || (v.text() != "none" && !ParseSeverity(v.text()))) {
      return Fail(v.span().begin, "fail_on must be one of error, security, warning, suggestion, none");
    }
    out = v.text();
    return std::nullopt;
  }

  std::optional<Error> Severities(const JsonValue& v, std::map<std::string, std::string, std::less<>>& out) const {
    if (!v.is_object()) return Fail(v.span().begin, "severity must map rules to severities, e.g. {\"SL4001\": \"error\"}");
    for (const JsonMember& m : v.members()) {
      if (!NamesAnyRule(m.key)) return Fail(m.key_span.begin, NoRule(m.key));
      if (!m.value.is_string() || !ParseSeverity(m.value.text())) {
        return Fail(m.value.span().begin, "the severity of \"" + m.key + "\" must be error, security, warning or suggestion");
      }
      out[m.key] = m.value.text();
    }
    return std::nullopt;
  }

  // Options are checked against what each rule declares, so a typo fails loudly here rather
  // than being ignored.
  std::optional<Error> RuleOptions(const JsonValue& v, std::map<std::string, std::map<std::string, std::string>, std::less<>>& out) const {
    if (!v.is_object()) return Fail(v.span().begin, "rules must map rule codes to option objects, e.g. {\"SL8002\": {\"quota\": 20}}");
    for (const JsonMember& rule_member : v.members()) {
      const Rule* rule = FindRule(rule_member.key);
      if (!rule) return Fail(rule_member.key_span.begin, "no rule is called \"" + rule_member.key + "\"" + DidYouMean(rule_member.key, RuleNames()));
      if (!rule_member.value.is_object()) return Fail(rule_member.value.span().begin, "the options of \"" + rule_member.key + "\" must be an object");
      for (const JsonMember& option : rule_member.value.members()) {
        const RuleOption* spec = nullptr;
        for (const RuleOption& candidate : rule->info().options) {
          if (candidate.name == option.key) spec = &candidate;
        }
        if (!spec) {
          std::vector<std::string> known;
          for (const RuleOption& candidate : rule->info().options) known.push_back(candidate.name);
          return Fail(option.key_span.begin, rule->info().code + " has no option \"" + option.key + "\"" + DidYouMean(option.key, known) +
                                                 (known.empty() ? " (it takes none)" : " (options: " + Join(known, ", ") + ")"));
        }
        long long value = 0;
        auto [end, ec] = std::from_chars(option.value.text().data(), option.value.text().data() + option.value.text().size(), value);
        if (!option.value.is_number() || ec != std::errc() || end != option.value.text().data() + option.value.text().size() ||
            value < spec->min || value > spec->max) {
          return Fail(option.value.span().begin, rule->info().code + " option \"" + spec->name + "\" must be a whole number from " +
                                                     std::to_string(spec->min) + " to " + std::to_string(spec->max));
        }
        out[rule->info().code][spec->name] = std::to_string(value);
      }
    }
    return std::nullopt;
  }

  std::optional<Error> Ignores(const JsonValue& v, std::vector<IgnoreEntry>& out) const {
    if (!v.is_array()) return Fail(v.span().begin, "ignores must be an array of {\"rule\", \"path\", \"reason\"} objects");
    for (const JsonValue& item : v.items()) {
      if (!item.is_object()) return Fail(item.span().begin, "an ignore entry must be an object");
      IgnoreEntry entry;
      entry.span = item.span();
      for (const JsonMember& m : item.members()) {
        if (!m.value.is_string()) return Fail(m.value.span().begin, "\"" + m.key + "\" must be a string");
        if (m.key == "rule") entry.rule = m.value.text();
        else if (m.key == "path") entry.path = m.value.text();
        else if (m.key == "sid") entry.sid = m.value.text();
        else if (m.key == "pointer") entry.pointer = m.value.text();
        else if (m.key == "reason") entry.reason = m.value.text();
        else {
          static const std::vector<std::string> kFields = {"rule", "path", "sid", "pointer", "reason"};
          return Fail(m.key_span.begin, "unknown field \"" + m.key + "\" in an ignore entry" + DidYouMean(m.key, kFields) +
                                            " (fields: rule, path, sid, pointer, reason)");
        }
        if (m.key == "rule" && !NamesAnyRule(entry.rule)) return Fail(m.value.span().begin, NoRule(entry.rule));
        if (m.key == "pointer" && !entry.pointer.empty() && !entry.pointer.starts_with('/')) {
          return Fail(m.value.span().begin, "a JSON pointer starts with '/', e.g. \"/Statement/0/Resource\"");
        }
      }
      if (entry.rule.empty()) return Fail(item.span().begin, "an ignore entry needs \"rule\": the code, name or glob of the rule it accepts");
      if (Trim(entry.reason).empty()) {
        return Fail(item.span().begin, "an ignore entry needs a \"reason\": say why the finding is accepted, e.g. \"reason\": \"read-only bucket, reviewed 2025-01\"");
      }
      out.push_back(std::move(entry));
    }
    return std::nullopt;
  }

  SourceFilePtr file_;
};

}  // namespace

Result<Config> LoadConfig(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{"cannot read the configuration file", path.string()};
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Named relative to the working directory when it is below it, as findings name files.
  std::error_code ec;
  fs::path shown = fs::relative(path, fs::current_path(ec), ec);
  std::string display = (ec || shown.empty() || shown.begin()->string() == "..") ? path.lexically_normal().generic_string()
                                                                               : shown.generic_string();
  auto config = ConfigReader(std::make_shared<SourceFile>(display, std::move(text))).Read();
  if (config.ok()) config->dir = fs::absolute(path, ec).parent_path().lexically_normal();
  return config;
}

}  // namespace slim
