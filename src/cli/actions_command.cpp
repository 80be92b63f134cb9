// `slim-lint actions PATTERN...`: what an action pattern expands to, with access levels and
// resource types, from the built-in catalog (or --catalog DIR).
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/subcommands.h"
#include "util/strings.h"

namespace slim {
namespace {

std::string ResourceTypes(const ActionInfo& action) {
  std::vector<std::string> types;
  for (const ActionResourceType& type : action.resource_types()) {
    types.push_back(std::string(type.name) + (type.required ? "*" : ""));
  }
  return types.empty() ? "(\"*\" only)" : Join(types, ", ");
}

}  // namespace

int RunActionsCommand(const std::vector<std::string>& args, CommandIo& io) {
  std::vector<std::string> patterns;
  bool json = false;
  std::string catalog_dir;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format" && i + 1 < args.size()) json = args[++i] == "json";
    else if (args[i] == "--format=json") json = true;
    else if (args[i] == "--catalog" && i + 1 < args.size()) catalog_dir = args[++i];
    else patterns.push_back(args[i]);
  }
  if (patterns.empty()) {
    io.err << "slim-lint: error: usage: slim-lint actions PATTERN... [--format json] (for example: slim-lint actions 's3:Get*')\n";
    return static_cast<int>(ExitStatus::kUsage);
  }
  std::unique_ptr<Catalog> loaded;
  if (!catalog_dir.empty()) {
    auto result = Catalog::LoadFromDirectory(catalog_dir);
    if (!result.ok()) {
      io.err << "slim-lint: error: --catalog: " << result.error().ToString() << '\n';
      return static_cast<int>(ExitStatus::kUsage);
    }
    loaded = std::move(result.value());
  }
  const Catalog& catalog = loaded ? *loaded : Catalog::Embedded();
  std::vector<const ActionInfo*> actions;
  for (const std::string& pattern : patterns) {
    auto expanded = catalog.ExpandAction(pattern);
    if (expanded.empty()) {
      std::string hint;
      size_t colon = pattern.find(':');
      if (colon != std::string::npos && !catalog.FindService(pattern.substr(0, colon))) {
        if (auto s = catalog.SuggestService(pattern.substr(0, colon))) hint = " (did you mean the service \"" + *s + "\"?)";
      } else if (colon != std::string::npos && !HasWildcard(pattern)) {
        if (auto s = catalog.SuggestAction(pattern.substr(0, colon), pattern.substr(colon + 1))) hint = " (did you mean " + *s + "?)";
      }
      io.err << "slim-lint: " << pattern << " matches no action" << hint << '\n';
    }
    actions.insert(actions.end(), expanded.begin(), expanded.end());
  }
  if (json) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartArray();
    for (const ActionInfo* a : actions) {
      w.StartObject();
      w.Key("action");
      std::string full = a->FullName();
      w.String(full.c_str());
      w.Key("access_level");
      std::string level(AccessLevelName(a->access_level));
      w.String(level.c_str());
      w.Key("permission_only");
      w.Bool(a->permission_only);
      w.Key("resource_types");
      w.StartArray();
      for (const ActionResourceType& type : a->resource_types()) {
        w.StartObject();
        w.Key("name");
        w.String(type.name.data(), static_cast<rapidjson::SizeType>(type.name.size()));
        w.Key("required");
        w.Bool(type.required);
        w.Key("arn_formats");
        w.StartArray();
        if (const ResourceTypeInfo* info = catalog.FindResourceType(a->service_prefix, type.name)) {
          for (std::string_view arn : info->arn_formats) w.String(arn.data(), static_cast<rapidjson::SizeType>(arn.size()));
        }
        w.EndArray();
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    io.out << buffer.GetString() << '\n';
  } else {
    size_t width = 0;
    for (const ActionInfo* a : actions) width = std::max(width, a->FullName().size());
    for (const ActionInfo* a : actions) {
      io.out << fmt::format("{:<{}}  {:<22}  {}\n", a->FullName(), width, AccessLevelName(a->access_level), ResourceTypes(*a));
    }
    io.out << Plural(actions.size(), "action") << " (resource types marked * are required)\n";
  }
  return actions.empty() ? static_cast<int>(ExitStatus::kFindings) : 0;
}

}  // namespace slim
