#include "rules/pack/pack_rules.h"

#include <re2/re2.h>

#include <atomic>
#include <map>
#include <memory>
#include <unordered_map>

#include "embed/embedded_files.h"
#include "json/json_parser.h"
#include "engine/check.h"
#include "util/string_memo.h"
#include "util/strings.h"

namespace slim {
namespace {

// One pattern of a pack rule: which element values it tests and what it says on a match.
struct PackMatch {
  std::string element;                  // "Action", "Resource", "Principal.AWS", "Condition.key", "Sid", ...
  std::shared_ptr<const RE2> pattern;  // shared: RE2 matching is thread-safe
  bool report_when_matched = true;      // "unless" patterns report values that do not match
  std::string effect;                   // "Allow", "Deny" or empty for both
  std::vector<PolicyType> policy_types; // empty: every type
  std::string message;                  // "{value}" is replaced by the value
  std::string aws_issue_code;
  uint64_t id = 0;                      // unique in the process, unlike an address: keys its memo
};

class PackRule final : public Rule {
 public:
  PackRule(RuleInfo info, std::vector<PackMatch> matches) : Rule(std::move(info)), matches_(std::move(matches)) {}

  void CheckDocument(const DocumentCheck& check) const override {
    for (const PackMatch& match : matches_) {
      if (!match.policy_types.empty() &&
          std::find(match.policy_types.begin(), match.policy_types.end(), check.type()) == match.policy_types.end()) {
        continue;
      }
      for (const Statement& statement : check.document.policy.statements) {
        if (match.effect == "Allow" && !statement.allows()) continue;
        if (match.effect == "Deny" && !statement.denies()) continue;
        ForEachValue(statement, match.element, [&](const JsonValue& node, std::string_view value) {
          if (Matches(match, value) != match.report_when_matched) return;
          std::string message = match.message;
          for (size_t at; (at = message.find("{value}")) != std::string::npos;) message.replace(at, 7, value);
          Finding& finding = check.Report(node, std::move(message));
          finding.aws_issue_code = match.aws_issue_code;
        });
      }
    }
  }

 private:
  // RE2 spends several hundred instructions setting up any match, and these patterns run on
  // every action and ARN of every policy, which repeat across statements and files: each
  // thread remembers its answers per pattern, up to a bound.
  static bool Matches(const PackMatch& match, std::string_view value) {
    thread_local std::unordered_map<uint64_t, StringMemo<bool>> memos;  // by the match's id
    StringMemo<bool>& memo = memos.try_emplace(match.id, 16384).first->second;
    return memo.Get(match.id, value, [&] { return RE2::PartialMatch(value, *match.pattern); });
  }

  template <typename Fn>
  static void ForEachValue(const Statement& s, std::string_view element, Fn&& fn) {
    auto strings = [&](const StringListElement& e) {
      for (const JsonValue* v : e.values) fn(*v, v->text());
    };
    if (element == "Action") return strings(s.action);
    if (element == "NotAction") return strings(s.not_action);
    if (element == "Resource") return strings(s.resource);
    if (element == "NotResource") return strings(s.not_resource);
    if (element == "Sid") {
      if (s.sid && s.sid->value.is_string()) fn(s.sid->value, s.sid->value.text());
      return;
    }
    if (element == "Condition.key") {
      for (const ConditionClause& c : s.conditions) fn(c.key_member->value, c.key_member->key);
      return;
    }
    if (StartsWith(element, "Condition.value:")) {
      std::string_view key = element.substr(16);
      for (const ConditionClause& c : s.conditions) {
        if (!EqualsIgnoreCase(c.key_member->key, key)) continue;
        for (const JsonValue* v : c.values) {
          if (v->is_string()) fn(*v, v->text());
        }
      }
      return;
    }
    for (std::string_view prefix : {"Principal.", "NotPrincipal."}) {
      if (!StartsWith(element, prefix)) continue;
      const PrincipalElement& principal = prefix == "Principal." ? s.principal : s.not_principal;
      for (const PrincipalEntry* entry : principal.EntriesFor(element.substr(prefix.size()))) {
        for (const JsonValue* v : entry->values) fn(*v, v->text());
      }
    }
  }

  std::vector<PackMatch> matches_;
};

struct PackStore {
  std::vector<RuleInfo> infos;
  std::vector<std::vector<PackMatch>> matches;
  std::map<std::string, std::vector<std::string>, std::less<>> lists;
};

std::vector<std::string> Strings(const JsonValue* node) {
  std::vector<std::string> out;
  if (!node) return out;
  if (node->is_string()) out.push_back(node->text());
  for (const JsonValue& item : node->items()) {
    if (item.is_string()) out.push_back(item.text());
  }
  return out;
}

std::string Text(const JsonValue& object, std::string_view key) {
  const JsonValue* v = object.Get(key);
  return v && v->is_string() ? v->text() : std::string();
}

PackMatch ReadMatch(const JsonValue& node) {
  static std::atomic<uint64_t> next_id{1};
  PackMatch match;
  match.id = next_id++;
  match.element = Text(node, "element");
  std::string pattern = Text(node, "pattern");
  std::string unless = Text(node, "unless");
  match.report_when_matched = unless.empty();
  RE2::Options options;
  options.set_log_errors(false);
  match.pattern = std::make_shared<const RE2>(unless.empty() ? pattern : unless, options);
  match.effect = Text(node, "effect");
  for (const std::string& type : Strings(node.Get("policy_types"))) {
    if (auto parsed = ParsePolicyType(type)) match.policy_types.push_back(*parsed);
  }
  match.message = Text(node, "message");
  match.aws_issue_code = Text(node, "aws_issue_code");
  return match;
}

// Packs are our own embedded files, so a malformed one is caught by the pack test; here a
// bad entry is skipped rather than taking the tool down.
const PackStore& Store() {
  static const PackStore store = [] {
    PackStore s;
    for (const EmbeddedFile& file : EmbeddedFiles()) {
      if (!StartsWith(file.path(), "rules/packs/")) continue;
      JsonParseResult parsed = ParseJson(file.contents());
      if (!parsed.root || !parsed.root->is_object()) continue;
      if (const JsonValue* data = parsed.root->Get("data"); data && data->is_object()) {
        for (const JsonMember& m : data->members()) s.lists[m.key] = Strings(&m.value);
      }
      const JsonValue* rules = parsed.root->Get("rules");
      if (!rules) continue;
      for (const JsonValue& entry : rules->items()) {
        const JsonValue* matches = entry.Get("matches");
        if (!entry.is_object() || !matches || !matches->is_array()) continue;
        RuleInfo info;
        info.code = Text(entry, "code");
        info.name = Text(entry, "name");
        info.severity = ParseSeverity(Text(entry, "severity")).value_or(Severity::kWarning);
        info.summary = Text(entry, "summary");
        info.aws_issue_codes = Strings(entry.Get("aws_issue_codes"));
        std::vector<PackMatch> list;
        for (const JsonValue& m : matches->items()) {
          PackMatch match = ReadMatch(m);
          if (match.pattern->ok()) list.push_back(std::move(match));
        }
        s.infos.push_back(std::move(info));
        s.matches.push_back(std::move(list));
      }
    }
    return s;
  }();
  return store;
}

}  // namespace

std::vector<RulePtr> LoadPackRules() {
  const PackStore& store = Store();
  std::vector<RulePtr> rules;
  for (size_t i = 0; i < store.infos.size(); ++i) {
    rules.push_back(std::make_unique<PackRule>(store.infos[i], store.matches[i]));
  }
  return rules;
}

const std::vector<std::string>& PackList(std::string_view name) {
  static const std::vector<std::string> kEmpty;
  auto it = Store().lists.find(name);
  return it == Store().lists.end() ? kEmpty : it->second;
}

}  // namespace slim
