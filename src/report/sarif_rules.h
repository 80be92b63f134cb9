// The SARIF description of slim-lint's rules (tool.driver.rules): what code scanning shows
// next to an alert, taken from the registry and the embedded rule pages.
#pragma once

#include <string_view>

#include "core/rule.h"
#include "core/severity.h"
#include "report/finding_json.h"

namespace slim {

// Where the rule pages are published: helpUri and the relative links of help.markdown are
// resolved against it. A fixed repository URL for now; it is meant to become configurable for
// forks and mirrors.
inline constexpr std::string_view kDocsBaseUrl = "https://github.com/slim-lint/slim-lint/blob/main/";

// SARIF's result levels: error, warning, note (security findings are errors).
std::string_view SarifLevel(Severity severity);

// One reportingDescriptor: id, name, descriptions, help, default level and properties.
void WriteSarifRule(JsonWriter& writer, const RuleInfo& rule);

}  // namespace slim
