#include "report/fingerprint_occurrences.h"

#include "core/fingerprint.h"

namespace slim {

std::string FingerprintOccurrences::Next(const Finding& finding) {
  if (finding.location.path() != path_) {
    path_ = finding.location.path();
    seen_.clear();
  }
  std::string fingerprint = Fingerprint(finding);
  unsigned occurrence = ++seen_[fingerprint];
  return occurrence == 1 ? fingerprint : fingerprint + ":" + std::to_string(occurrence);
}

}  // namespace slim
