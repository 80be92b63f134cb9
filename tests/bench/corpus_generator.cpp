// Writes a deterministic benchmark corpus: identity policies built from real catalog actions
// and ARN formats, trust policies for real service principals, and set-up scripts, so the
// benchmark exercises the same code paths as real repositories.
//
//   slim_corpus small DIR                one small identity policy
//   slim_corpus policies DIR N S         N identity policies of S statements each
//   slim_corpus files DIR N              N files: policies, trust policies and scripts mixed
//   slim_corpus managed DIR              every AWS managed policy document, one file each
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "catalog/catalog.h"
#include "remediation/json_edit.h"

namespace fs = std::filesystem;
using slim::Catalog;

namespace {

// A fixed-seed generator, so every run writes byte-identical files.
std::mt19937_64 rng(20261127);

template <typename T>
const T& Pick(const std::vector<T>& items) {
  return items[rng() % items.size()];
}

// Per service: its actions, and for each action the ARNs its resource types accept.
struct ServicePool {
  std::vector<std::string> actions;
  std::vector<std::vector<std::string>> arns;  // parallel to actions; empty: "*" only
};

struct Pools {
  std::vector<ServicePool> services;
  std::vector<std::string> principals = {"lambda.amazonaws.com", "states.amazonaws.com", "batch.amazonaws.com",
                                         "ec2.amazonaws.com", "ecs-tasks.amazonaws.com", "events.amazonaws.com"};
};

// "arn:${Partition}:sqs:${Region}:${Account}:${QueueName}" with plausible values; accounts are
// mostly the caller's own (a variable), sometimes written out, as in real repositories.
std::string FillArn(std::string_view format) {
  std::string arn(format);
  for (size_t at = 0; (at = arn.find("${", at)) != std::string::npos;) {
    size_t end = arn.find('}', at);
    std::string name = arn.substr(at + 2, end - at - 2);
    std::string value = name == "Partition" ? "aws"
                        : name == "Region"  ? "us-east-1"
                        : name == "Account" ? (rng() % 5 ? "${aws:PrincipalAccount}" : "210987654321")
                                            : "workflow-" + std::to_string(rng() % 50);
    arn.replace(at, end - at + 1, value);
    at += value.size();  // a value may itself be a policy variable
  }
  return arn;
}

Pools BuildPools(const Catalog& catalog) {
  Pools pools;
  for (std::string_view prefix : {"s3", "sqs", "lambda", "batch", "logs", "dynamodb", "sns", "states", "ecr", "kms"}) {
    ServicePool service;
    for (const slim::ActionInfo* action : catalog.ExpandAction(std::string(prefix) + ":*")) {
      std::vector<std::string> arns;
      for (const slim::ActionResourceType& type : action->resource_types()) {
        if (const slim::ResourceTypeInfo* info = catalog.FindResourceType(prefix, type.name)) {
          for (std::string_view format : info->arn_formats) arns.push_back(FillArn(format));
        }
      }
      service.actions.push_back(action->FullName());
      service.arns.push_back(std::move(arns));
    }
    pools.services.push_back(std::move(service));
  }
  return pools;
}

// One statement per service and kind, as people write them: actions that take resources on
// their ARNs, and actions that take none (List*, Describe*) in a statement of their own with
// "*", so the corpus is not full of redundancy findings real policies do not have.
std::string IdentityPolicy(const Pools& pools, int statements) {
  std::string out = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [";
  for (int i = 0; i < statements; ++i) {
    const ServicePool& service = Pick(pools.services);
    bool scoped = rng() % 3 != 0;
    std::vector<std::string> actions, resources;
    int count = 1 + static_cast<int>(rng() % 5);
    for (int attempt = 0; attempt < 50 && static_cast<int>(actions.size()) < count; ++attempt) {
      size_t k = rng() % service.actions.size();
      if (service.arns[k].empty() == scoped) continue;
      if (std::find(actions.begin(), actions.end(), service.actions[k]) != actions.end()) continue;
      actions.push_back(service.actions[k]);
      if (!scoped) continue;
      const std::string& arn = service.arns[k][rng() % service.arns[k].size()];
      if (std::find(resources.begin(), resources.end(), arn) == resources.end()) resources.push_back(arn);
    }
    if (actions.empty()) actions.push_back(service.actions.front());
    if (resources.empty()) resources.push_back("*");
    out += i ? ",\n" : "\n";
    out += "    {\n      \"Sid\": \"Statement" + std::to_string(i) + "\",\n      \"Effect\": \"" +
           std::string(rng() % 10 ? "Allow" : "Deny") + "\",\n      \"Action\": [";
    for (size_t a = 0; a < actions.size(); ++a) out += (a ? ", " : "") + slim::JsonQuote(actions[a]);
    out += "],\n      \"Resource\": [";
    for (size_t r = 0; r < resources.size(); ++r) out += (r ? ", " : "") + slim::JsonQuote(resources[r]);
    out += "]";
    if (rng() % 4 == 0) out += ",\n      \"Condition\": {\"StringEquals\": {\"aws:RequestedRegion\": \"us-east-1\"}}";
    out += "\n    }";
  }
  return out + "\n  ]\n}\n";
}

std::string TrustPolicy(const Pools& pools) {
  return "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n"
         "      \"Principal\": {\"Service\": " + slim::JsonQuote(Pick(pools.principals)) + "},\n"
         "      \"Action\": \"sts:AssumeRole\"\n    }\n  ]\n}\n";
}

std::string Script(int index) {
  std::string role = "Worker" + std::to_string(index);
  return "#!/usr/bin/env bash\nset -euo pipefail\n"
         "aws iam create-role --role-name " + role + " \\\n    --assume-role-policy-document file://trust-" + std::to_string(index) + ".json\n"
         "aws iam put-role-policy --role-name " + role + " --policy-name inline \\\n    --policy-document file://policy-" + std::to_string(index) + ".json\n"
         "aws iam attach-role-policy --role-name " + role + " --policy-arn arn:aws:iam::aws:policy/AmazonSQSFullAccess\n";
}

void Write(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: slim_corpus small|policies|files|managed DIR [N [S]]\n");
    return 2;
  }
  std::string kind = argv[1];
  fs::path dir = argv[2];
  fs::remove_all(dir);
  fs::create_directories(dir);
  const Catalog& catalog = Catalog::Embedded();
  if (kind == "managed") {
    for (const slim::ManagedPolicy* policy : catalog.ManagedPolicies()) {
      Write(dir / (std::string(policy->name) + ".json"), std::string(policy->document_json));
    }
    return 0;
  }
  Pools pools = BuildPools(catalog);
  if (kind == "small") {
    Write(dir / "policy.json", IdentityPolicy(pools, 3));
  } else if (kind == "policies") {
    int n = argc > 3 ? std::stoi(argv[3]) : 1000, statements = argc > 4 ? std::stoi(argv[4]) : 20;
    for (int i = 0; i < n; ++i) Write(dir / ("policy-" + std::to_string(i) + ".json"), IdentityPolicy(pools, statements));
  } else if (kind == "files") {
    int n = argc > 3 ? std::stoi(argv[3]) : 10000;
    for (int i = 0; i < n; ++i) {
      // Groups of ten files: a script, the trust policy and inline policy it uses, seven standalone policies.
      int group = i / 10, slot = i % 10;
      fs::path sub = dir / ("team-" + std::to_string(group / 100)) / ("service-" + std::to_string(group));
      fs::create_directories(sub);
      if (slot == 0) Write(sub / "setup.sh", Script(group));
      else if (slot == 1) Write(sub / ("trust-" + std::to_string(group) + ".json"), TrustPolicy(pools));
      else if (slot == 2) Write(sub / ("policy-" + std::to_string(group) + ".json"), IdentityPolicy(pools, 4));
      else Write(sub / ("extra-" + std::to_string(slot) + ".json"), IdentityPolicy(pools, 1 + static_cast<int>(rng() % 8)));
    }
  } else {
    std::fprintf(stderr, "unknown corpus kind %s\n", kind.c_str());
    return 2;
  }
  return 0;
}
