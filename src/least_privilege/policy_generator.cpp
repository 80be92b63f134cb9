#include "least_privilege/policy_generator.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "catalog/catalog.h"
#include "remediation/json_edit.h"
#include "util/strings.h"

namespace slim {
namespace {

constexpr size_t kManagedPolicyQuota = 6144;

std::string Normalized(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (std::string_view noise : {"fullaccess", "amazon", "aws"}) {
    for (size_t at; (at = out.find(noise)) != std::string::npos;) out.erase(at, noise.size());
  }
  return out;
}

// "arn:${Partition}:sqs:${Region}:${Account}:${QueueName}" -> "arn:aws:sqs:*:${aws:PrincipalAccount}:*":
// any resource of that type in the caller's own account, in any region.
std::string OwnResourcePattern(std::string_view format) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  for (int i = 0; i < 5; ++i) {
    size_t colon = format.find(':', start);
    if (colon == std::string_view::npos) return {};
    fields.push_back(format.substr(start, colon - start));
    start = colon + 1;
  }
  if (fields[0] != "arn") return {};
  std::string_view region = fields[3], account = fields[4];
  std::string out = "arn:aws:" + std::string(fields[2]) + ":" + (region.empty() ? "" : "*") + ":";
  if (account == "${Account}") out += "${aws:PrincipalAccount}";
  else if (account.find("${") != std::string_view::npos) out += "*";
  else out += std::string(account);
  return out + ":*";
}

std::vector<std::string> OwnResources(const ActionInfo& action, const Catalog& catalog) {
  std::set<std::string> patterns;
  for (const ActionResourceType& type : action.resource_types()) {
    const ResourceTypeInfo* info = catalog.FindResourceType(action.service_prefix, type.name);
    if (!info) continue;
    for (std::string_view format : info->arn_formats) {
      if (std::string p = OwnResourcePattern(format); !p.empty()) patterns.insert(p);
    }
  }
  if (patterns.empty()) return {"*"};
  return {patterns.begin(), patterns.end()};
}

struct StatementDraft {
  std::string sid;
  std::vector<std::string> actions;    // sorted
  std::vector<std::string> resources;  // sorted
};

std::string Render(const std::vector<StatementDraft>& statements) {
  std::string out = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n";
  for (size_t i = 0; i < statements.size(); ++i) {
    const StatementDraft& s = statements[i];
    out += "    {\n      \"Sid\": " + JsonQuote(s.sid) + ",\n      \"Effect\": \"Allow\",\n      \"Action\": [\n";
    for (size_t a = 0; a < s.actions.size(); ++a) {
      out += "        " + JsonQuote(s.actions[a]) + (a + 1 < s.actions.size() ? ",\n" : "\n");
    }
    out += "      ],\n      \"Resource\": ";
    if (s.resources.size() == 1) {
      out += JsonQuote(s.resources[0]) + "\n";
    } else {
      out += "[\n";
      for (size_t r = 0; r < s.resources.size(); ++r) {
        out += "        " + JsonQuote(s.resources[r]) + (r + 1 < s.resources.size() ? ",\n" : "\n");
      }
      out += "      ]\n";
    }
    out += std::string("    }") + (i + 1 < statements.size() ? ",\n" : "\n");
  }
  return out + "  ]\n}\n";
}

// "DescribeInstances" -> "Describe".
std::string_view Verb(std::string_view name) {
  size_t end = 1;
  while (end < name.size() && !std::isupper(static_cast<unsigned char>(name[end]))) ++end;
  return name.substr(0, end);
}

// Replaces runs of actions by "svc:Verb*" where every action the pattern matches is in `set`,
// so the pattern grants nothing more than the list (as of this catalog).
std::vector<std::string> Compress(const std::vector<const ActionInfo*>& set, const Catalog& catalog) {
  std::set<std::string> names;
  for (const ActionInfo* a : set) names.insert(a->FullName());
  std::map<std::string, std::vector<const ActionInfo*>> by_verb;
  for (const ActionInfo* a : set) by_verb[std::string(a->service_prefix) + ":" + std::string(Verb(a->name)) + "*"].push_back(a);
  std::vector<std::string> out;
  for (const auto& [pattern, actions] : by_verb) {
    bool whole = actions.size() > 1;
    if (whole) {
      for (const ActionInfo* match : catalog.ExpandAction(pattern)) whole &= names.count(match->FullName()) > 0;
    }
    if (whole) {
      out.push_back(pattern);
    } else {
      for (const ActionInfo* a : actions) out.push_back(a->FullName());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<StatementDraft> Fallback(const std::string& service, const std::vector<const ActionInfo*>& granted,
                                     bool with_write, const Catalog& catalog) {
  std::vector<const ActionInfo*> any, own;
  std::set<std::string> own_resources;
  for (const ActionInfo* a : granted) {
    if (!EqualsIgnoreCase(a->service_prefix, service)) continue;
    bool wanted = a->access_level == AccessLevel::kList || a->access_level == AccessLevel::kRead ||
                  (with_write && a->access_level == AccessLevel::kWrite);
    if (!wanted || a->FullName() == "iam:PassRole") continue;
    std::vector<std::string> resources = OwnResources(*a, catalog);
    if (resources.size() == 1 && resources[0] == "*") {
      any.push_back(a);
    } else {
      own.push_back(a);
      own_resources.insert(resources.begin(), resources.end());
    }
  }
  std::vector<StatementDraft> out;
  if (!any.empty()) out.push_back({"NonAdministrativeActions", Compress(any, catalog), {"*"}});
  if (!own.empty()) {
    out.push_back({"NonAdministrativeActionsOnOwnResources", Compress(own, catalog), {own_resources.begin(), own_resources.end()}});
  }
  return out;
}

}  // namespace

size_t PolicySizeWithoutWhitespace(std::string_view document) {
  size_t size = 0;
  bool in_string = false;
  for (size_t i = 0; i < document.size(); ++i) {
    char c = document[i];
    if (in_string) {
      ++size;
      if (c == '\\' && i + 1 < document.size()) {
        ++size;
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (!std::isspace(static_cast<unsigned char>(c))) {
      ++size;
      in_string = c == '"';
    }
  }
  return size;
}

std::optional<std::string> PrimaryService(std::string_view policy_name, const std::vector<const ActionInfo*>& granted,
                                          const Catalog& catalog) {
  std::map<std::string, size_t> counts;
  for (const ActionInfo* a : granted) counts[std::string(a->service_prefix)]++;
  std::string name = Normalized(policy_name);
  std::optional<std::string> best_named, most;
  size_t most_count = 0;
  for (const auto& [prefix, count] : counts) {
    const ServiceInfo* service = catalog.FindService(prefix);
    if (!service || count < service->actions.size()) continue;  // only services granted in full
    std::string normalized = Normalized(prefix);
    if (!normalized.empty() && name.find(normalized) != std::string::npos &&
        (!best_named || normalized.size() > Normalized(*best_named).size())) {
      best_named = prefix;
    }
    if (count > most_count) {
      most = prefix;
      most_count = count;
    }
  }
  return best_named ? best_named : most;
}

std::optional<GeneratedPolicy> GenerateLeastPrivilegePolicy(std::string_view policy_name,
                                                            const std::vector<const ActionInfo*>& granted,
                                                            const RepositoryEvidence& evidence, const Catalog& catalog) {
  std::optional<std::string> service = PrimaryService(policy_name, granted, catalog);
  if (!service) return std::nullopt;
  GeneratedPolicy out;
  out.service = *service;
  std::set<std::string> granted_names, others;
  for (const ActionInfo* a : granted) {
    granted_names.insert(a->FullName());
    if (!EqualsIgnoreCase(a->service_prefix, *service)) others.insert(std::string(a->service_prefix));
  }
  out.other_services.assign(others.begin(), others.end());

  // Evidence: source -> resources -> actions, each source's statements in first-seen order.
  std::map<EvidenceSource, std::map<std::vector<std::string>, std::set<std::string>>> grouped;
  // An action already granted on these resources by an earlier source's statement is not
  // repeated (the statement would be redundant).
  std::map<std::string, std::set<std::string>> covered;
  for (const EvidenceItem& item : evidence.ForService(*service)) {
    size_t colon = item.action.find(':');
    if (!EqualsIgnoreCase(std::string_view(item.action).substr(0, colon), *service) || !granted_names.count(item.action)) continue;
    const ActionInfo* info = catalog.FindAction(item.action);
    if (!info) continue;
    std::vector<std::string> resources;
    if (info->resource_types().empty()) resources = {"*"};
    else if (!item.resources.empty()) resources = item.resources;
    else resources = OwnResources(*info, catalog);
    std::sort(resources.begin(), resources.end());
    resources.erase(std::unique(resources.begin(), resources.end()), resources.end());
    std::set<std::string>& done = covered[item.action];
    bool redundant = done.count("*") > 0 ||
                     std::all_of(resources.begin(), resources.end(), [&](const std::string& r) { return done.count(r) > 0; });
    out.files.insert(item.file);
    if (redundant) continue;
    done.insert(resources.begin(), resources.end());
    grouped[item.source][resources].insert(item.action);
  }

  std::vector<StatementDraft> statements;
  std::set<std::string> distinct;
  for (const auto& [source, by_resources] : grouped) {
    out.sources.push_back(source);
    size_t n = 0;
    for (const auto& [resources, actions] : by_resources) {
      std::string sid(EvidenceSid(source));
      if (n++) sid += std::to_string(n);
      statements.push_back({sid, {actions.begin(), actions.end()}, resources});
      distinct.insert(actions.begin(), actions.end());
    }
  }
  out.from_evidence = !statements.empty();
  if (!out.from_evidence) {
    // Write in an identity service makes principals and credentials: never granted unseen.
    static const std::set<std::string, std::less<>> kIdentityServices = {"iam", "organizations", "sso", "sts",
                                                                         "identitystore"};
    bool with_write = !kIdentityServices.count(ToLower(*service));
    out.write_omitted = !with_write;
    if (!with_write) out.write_omitted_reason = "Write in " + *service + " creates principals and credentials";
    statements = Fallback(*service, granted, with_write, catalog);
    if (PolicySizeWithoutWhitespace(Render(statements)) > kManagedPolicyQuota) {
      statements = Fallback(*service, granted, false, catalog);
      out.write_omitted = true;
      out.write_omitted_reason = "all of them exceed the policy size quota";
    }
    if (PolicySizeWithoutWhitespace(Render(statements)) > kManagedPolicyQuota) {
      // Still too big (EC2): one statement on "*", so that verb patterns span both groups.
      std::vector<const ActionInfo*> reads;
      for (const ActionInfo* a : granted) {
        if (EqualsIgnoreCase(a->service_prefix, *service) &&
            (a->access_level == AccessLevel::kList || a->access_level == AccessLevel::kRead)) {
          reads.push_back(a);
        }
      }
      statements = {{"NonAdministrativeReadActions", Compress(reads, catalog), {"*"}}};
      out.any_resource = true;
    }
    for (const StatementDraft& s : statements) distinct.insert(s.actions.begin(), s.actions.end());
  }
  if (statements.empty()) return std::nullopt;
  out.actions = distinct.size();
  out.document = Render(statements);
  return out;
}

}  // namespace slim
