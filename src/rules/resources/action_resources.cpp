#include "rules/resources/action_resources.h"

#include "catalog/catalog.h"

namespace slim {

ActionResources ResourcesOf(const Catalog& catalog, const ActionInfo& action) {
  const ArnFormatIndex& index = ArnFormatIndex::For(catalog);
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

}  // namespace slim
