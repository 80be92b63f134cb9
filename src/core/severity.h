#pragma once

#include <optional>
#include <string_view>

namespace slim {

// Ordered lowest to highest so that `a >= b` reads as "at least as severe".
enum class Severity { kSuggestion = 0, kWarning = 1, kSecurity = 2, kError = 3 };

std::string_view SeverityName(Severity severity);
std::optional<Severity> ParseSeverity(std::string_view name);

}  // namespace slim
