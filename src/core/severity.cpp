#include "core/severity.h"

namespace slim {

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kSuggestion: return "suggestion";
    case Severity::kWarning: return "warning";
    case Severity::kSecurity: return "security";
    case Severity::kError: return "error";
  }
  return "error";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  for (Severity s : {Severity::kSuggestion, Severity::kWarning, Severity::kSecurity, Severity::kError}) {
    if (SeverityName(s) == name) return s;
  }
  return std::nullopt;
}

}  // namespace slim
