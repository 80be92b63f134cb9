#include "catalog/risk_data.h"

#include "catalog/catalog_text.h"
#include "util/strings.h"

namespace slim {
namespace {

using catalog_text::DelimitedList;

std::vector<std::string_view> List(std::string_view field) { return DelimitedList(field).ToVector(); }

}  // namespace

const PrivilegeEscalationMethod* RiskData::FindMethod(std::string_view id) const {
  for (const auto& m : privilege_escalation) {
    if (m.id == id) return &m;
  }
  return nullptr;
}

std::string_view RiskData::SeverityOf(std::string_view finding) const {
  for (const auto& [name, severity] : cloudsplaining_severity) {
    if (name == finding) return severity;
  }
  return {};
}

Result<RiskData> ParseRiskData(std::string_view text) {
  if (!StartsWith(text, catalog_text::kHeaderPrefix)) {
    return Error{"not a slim-lint catalog file (missing header)", "", {}};
  }
  RiskData data;
  catalog_text::LineReader reader(text);
  std::string_view line;
  uint32_t line_number = 0;
  while (reader.Next(line)) {
    ++line_number;
    if (!catalog_text::IsDataLine(line)) continue;
    if (line.size() < 2 || line[1] != '\t') {
      return Error{"malformed risk data line", "", Position{line_number, 1}};
    }
    switch (line[0]) {
      case 'M': {
        auto f = catalog_text::SplitTabs<15>(line);
        PrivilegeEscalationMethod m;
        m.id = f[1];
        m.name = f[2];
        m.category = f[3];
        m.actions_all_of = List(f[4]);
        for (std::string_view group : DelimitedList(f[5], ';')) m.actions_any_of.push_back(List(group));
        m.sources = List(f[6]);
        m.pathfinding_ids = List(f[7]);
        m.also_matches = List(f[8]);
        m.same_actions_as = List(f[9]);
        m.actions_not_in_catalog = List(f[10]);
        m.cloudsplaining_name = f[11];
        m.description = f[12];
        m.notes = f[13];
        if (m.id.empty() || m.actions_all_of.empty()) {
          return Error{"privilege-escalation method without id or actions", "", Position{line_number, 1}};
        }
        data.privilege_escalation.push_back(std::move(m));
        break;
      }
      case 'E': data.data_exfiltration_actions.push_back(catalog_text::SplitTabs<2>(line)[1]); break;
      case 'e': data.data_exfiltration_extra_actions.push_back(catalog_text::SplitTabs<2>(line)[1]); break;
      case 'C': data.credentials_exposure_actions.push_back(catalog_text::SplitTabs<2>(line)[1]); break;
      case 'c': {
        auto f = catalog_text::SplitTabs<4>(line);
        data.credentials_not_in_catalog.push_back({f[1], f[2], f[3]});
        break;
      }
      case 'P': {
        auto f = catalog_text::SplitTabs<6>(line);
        data.compute_service_principals.push_back({f[1], f[2], f[3] == "yes", List(f[4]), f[5]});
        break;
      }
      case 'O': {
        auto f = catalog_text::SplitTabs<3>(line);
        data.role_consuming_principals.emplace_back(f[1], List(f[2]));
        break;
      }
      case 'V': {
        auto f = catalog_text::SplitTabs<3>(line);
        data.cloudsplaining_severity.emplace_back(f[1], f[2]);
        break;
      }
      default:
        break;  // unknown line types are for newer readers
    }
  }
  if (data.privilege_escalation.empty()) return Error{"no privilege-escalation methods", "", {}};
  return data;
}

}  // namespace slim
