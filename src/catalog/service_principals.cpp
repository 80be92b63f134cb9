#include "catalog/service_principals.h"

#include <algorithm>

#include "catalog/name_suggestions.h"
#include "util/strings.h"

namespace slim {
namespace {

// The service part of a principal: "lambda" for "lambda.amazonaws.com", "ec2" for
// "ec2.amazonaws.com.cn". Comparing only this part keeps the shared suffix from making unrelated
// principals look close.
std::string_view ServicePart(std::string_view principal) {
  for (std::string_view suffix : {".amazonaws.com.cn", ".amazonaws.com"}) {
    if (EndsWith(principal, suffix)) return principal.substr(0, principal.size() - suffix.size());
  }
  return principal;
}

std::string_view Suffix(std::string_view principal) { return principal.substr(ServicePart(principal).size()); }

}  // namespace

const std::vector<ServicePrincipalInfo>& ServicePrincipalTable::All() const {
  std::call_once(once_, [this] {
    catalog_text::LineReader reader(text_);
    std::string_view line;
    while (reader.Next(line)) {
      if (!catalog_text::IsDataLine(line)) continue;
      auto f = catalog_text::SplitTabs<2>(line);
      if (!f[0].empty()) principals_.push_back({f[0], catalog_text::DelimitedList(f[1])});
    }
    auto less = [](const ServicePrincipalInfo& a, const ServicePrincipalInfo& b) { return a.name < b.name; };
    if (!std::is_sorted(principals_.begin(), principals_.end(), less)) {
      std::stable_sort(principals_.begin(), principals_.end(), less);
    }
  });
  return principals_;
}

const ServicePrincipalInfo* ServicePrincipalTable::Find(std::string_view principal) const {
  const auto& all = All();
  auto it = std::lower_bound(all.begin(), all.end(), principal,
                             [](const ServicePrincipalInfo& p, std::string_view key) { return p.name < key; });
  if (it == all.end() || it->name != principal) return nullptr;
  return &*it;
}

std::optional<std::string> ServicePrincipalTable::Suggest(std::string_view unknown) const {
  std::string_view part = ServicePart(unknown);
  if (part.empty()) return std::nullopt;
  std::string_view suffix = Suffix(unknown);
  // First principals with the query's suffix (.amazonaws.com vs .amazonaws.com.cn), then the rest.
  for (int pass = 0; pass < 2; ++pass) {
    ClosestName closest(part, ShortNameBudget(part));
    for (const ServicePrincipalInfo& p : All()) {
      if ((Suffix(p.name) == suffix) != (pass == 0) || p.name == unknown) continue;
      closest.Consider(ServicePart(p.name));
    }
    if (!closest.best()) continue;
    // ServicePart() is a prefix view of the principal, so the winner's data() identifies it.
    for (const ServicePrincipalInfo& p : All()) {
      if (p.name.data() == closest.best()->data()) return std::string(p.name);
    }
  }
  return std::nullopt;
}

}  // namespace slim
