// Fingerprints that are unique within one report, for SARIF and GitLab Code Quality.
#pragma once

#include <map>
#include <string>

#include "core/finding.h"

namespace slim {

// Fingerprint() is the same for two findings of one rule on the same text about the same
// principal in one file: the same account ID on two lines, two problems with one ARN. GitHub
// code scanning and GitLab would merge them into one alert, so the second such finding gets
// "<fingerprint>:2", the third ":3" (GitHub's own primaryLocationLineHash does the same); the
// first keeps the plain fingerprint, the one baselines store. Findings arrive file by file and
// the fingerprint covers the path, so only the current file's fingerprints are remembered.
class FingerprintOccurrences {
 public:
  std::string Next(const Finding& finding);

 private:
  std::string path_;
  std::map<std::string, unsigned, std::less<>> seen_;
};

}  // namespace slim
