#include "catalog/removed_actions.h"

#include <algorithm>

#include "catalog/catalog_text.h"

namespace slim {

using catalog_text::CompareIgnoreCase;
using catalog_text::LessIgnoreCase;

const std::vector<RemovedAction>& RemovedActionTable::All() const {
  std::call_once(once_, [this] {
    catalog_text::LineReader reader(text_);
    std::string_view line;
    while (reader.Next(line)) {
      if (!catalog_text::IsDataLine(line)) continue;
      auto f = catalog_text::SplitTabs<4>(line);  // prefix:Action, last_seen, level code, doc page
      size_t colon = f[0].find(':');
      if (colon == std::string_view::npos) continue;
      RemovedAction a;
      a.full_name = f[0];
      a.service_prefix = f[0].substr(0, colon);
      a.name = f[0].substr(colon + 1);
      a.last_seen = f[1];
      a.access_level = ParseAccessLevel(f[2]);
      a.doc_page = f[3];
      actions_.push_back(a);
    }
    auto less = [](const RemovedAction& x, const RemovedAction& y) { return LessIgnoreCase(x.full_name, y.full_name); };
    if (!std::is_sorted(actions_.begin(), actions_.end(), less)) std::stable_sort(actions_.begin(), actions_.end(), less);
  });
  return actions_;
}

const RemovedAction* RemovedActionTable::Find(std::string_view full_action) const {
  const auto& all = All();
  auto it = std::lower_bound(all.begin(), all.end(), full_action, [](const RemovedAction& a, std::string_view key) {
    return LessIgnoreCase(a.full_name, key);
  });
  if (it == all.end() || CompareIgnoreCase(it->full_name, full_action) != 0) return nullptr;
  return &*it;
}

}  // namespace slim
