#include "rules/resources/action_resources.h"

#include <unordered_map>

#include "catalog/catalog.h"

namespace slim {

namespace {

ActionResources Compute(const ArnFormatIndex& index, const ActionInfo& action) {
  ActionResources out;
  for (bool required : {true, false}) {
    for (const ActionResourceType& type : action.resource_types()) {
      if (type.required != required) continue;
      auto formats = index.TypeFormats(action.service_prefix, type.name);
      if (formats.empty()) out.unknown_format = true;
      out.formats.insert(out.formats.end(), formats.begin(), formats.end());
    }
  }
  return out;
}

}  // namespace

const ActionResources& ResourcesOf(const Catalog& catalog, const ActionInfo& action) {
  // Keyed by the format index, which lives as long as the process (like ArnMatchCache).
  thread_local const ArnFormatIndex* owner = nullptr;
  thread_local std::unordered_map<const ActionInfo*, ActionResources> memo;
  const ArnFormatIndex& index = ArnFormatIndex::For(catalog);
  if (owner != &index) {
    memo.clear();
    owner = &index;
  }
  auto it = memo.find(&action);
  if (it == memo.end()) it = memo.emplace(&action, Compute(index, action)).first;
  return it->second;
}

}  // namespace slim
