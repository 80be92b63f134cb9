#include "engine/settings.h"

namespace slim {

bool AnalysisSettings::IsKnownAccount(std::string_view account) const {
  if (account == account_id) return true;
  for (const std::string& known : known_accounts) {
    if (known == account) return true;
  }
  return false;
}

}  // namespace slim
