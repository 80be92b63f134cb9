// Which actions a statement covers and which condition keys they have in their request context.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "model/policy.h"

namespace slim::conditions {

// True when the action lists the key (exactly or through a template such as
// "aws:ResourceTag/${TagKey}"): at request level, for one of its resource types on its row, or
// on those resource types themselves.
bool ActionSupportsKey(const Catalog& catalog, const ActionInfo& action, std::string_view key);

// The actions an Action element names, patterns expanded; values the catalog cannot resolve are
// left out.
struct ExpandedActions {
  struct Entry {
    const JsonValue* node;                   // the value as written
    std::vector<const ActionInfo*> actions;  // what it covers
  };
  std::vector<Entry> entries;
};
ExpandedActions ExpandActionElement(const Catalog& catalog, const StringListElement& element);

// The service prefixes the statement covers (through Action, or everything NotAction leaves)
// where no covered action carries `key`; services the catalog does not know are left out.
std::vector<std::string> ServicesWithoutKey(const Catalog& catalog, const Statement& statement, std::string_view key);

}  // namespace slim::conditions
