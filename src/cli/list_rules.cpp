#include "cli/list_rules.h"

#include <fmt/format.h>

#include "engine/registry.h"
#include "report/finding_json.h"
#include "util/strings.h"

namespace slim {

void ListRules(std::ostream& out, bool json) {
  if (!json) {
    out << fmt::format("{:<6}  {:<44} {:<10} {}\n", "CODE", "NAME", "SEVERITY", "SUMMARY");
    for (const Rule* rule : AllRules()) {
      const RuleInfo& r = rule->info();
      std::string summary = r.summary;
      // The Access Analyzer checks, for teams that know the rule by its issue code.
      if (!r.aws_issue_codes.empty()) summary += " (Access Analyzer: " + Join(r.aws_issue_codes, ", ") + ")";
      out << fmt::format("{}  {:<44} {:<10} {}\n", r.code, r.name, SeverityName(r.severity), summary);
    }
    return;
  }
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartArray();
  for (const Rule* rule : AllRules()) {
    const RuleInfo& r = rule->info();
    w.StartObject();
    w.Key("code");
    WriteString(w, r.code);
    w.Key("name");
    WriteString(w, r.name);
    w.Key("severity");
    WriteString(w, SeverityName(r.severity));
    w.Key("summary");
    WriteString(w, r.summary);
    w.Key("aws_issue_codes");
    w.StartArray();
    for (const std::string& code : r.aws_issue_codes) WriteString(w, code);
    w.EndArray();
    w.Key("checks_aws_managed");
    w.Bool(r.checks_aws_managed);
    w.Key("options");
    w.StartArray();
    for (const RuleOption& option : r.options) {
      w.StartObject();
      w.Key("name");
      WriteString(w, option.name);
      w.Key("default");
      w.Int64(option.default_value);
      w.Key("min");
      w.Int64(option.min);
      w.Key("max");
      w.Int64(option.max);
      w.Key("help");
      WriteString(w, option.help);
      w.EndObject();
    }
    w.EndArray();
    w.Key("doc");
    WriteString(w, r.doc_path());
    w.EndObject();
  }
  w.EndArray();
  out << buffer.GetString() << '\n';
}

}  // namespace slim
