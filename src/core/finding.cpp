#include "core/finding.h"

#include <tuple>

#include "core/rule.h"

namespace slim {

const std::string& Location::path() const {
  static const std::string kNone;
  return file ? file->path() : kNone;
}

Position Location::start() const { return file ? file->PositionAt(span.begin) : Position{}; }
Position Location::end() const { return file ? file->PositionAt(span.end) : Position{}; }

std::string_view FixApplicabilityName(FixApplicability applicability) {
  switch (applicability) {
    case FixApplicability::kNone: return "none";
    case FixApplicability::kSafe: return "safe";
    case FixApplicability::kUnsafe: return "unsafe";
  }
  return "none";
}

std::string_view PrincipalKindName(PrincipalKind kind) {
  switch (kind) {
    case PrincipalKind::kRole: return "role";
    case PrincipalKind::kUser: return "user";
    case PrincipalKind::kGroup: return "group";
    case PrincipalKind::kPolicy: return "policy";
    case PrincipalKind::kDocument: return "document";
  }
  return "role";
}

bool FindingLess(const Finding& a, const Finding& b) {
  return std::forward_as_tuple(a.location.path(), a.location.span.begin, a.rule->code, a.location.span.end, a.message) <
         std::forward_as_tuple(b.location.path(), b.location.span.begin, b.rule->code, b.location.span.end, b.message);
}

}  // namespace slim
