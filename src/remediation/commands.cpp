#include "remediation/commands.h"

#include <set>

#include "rules/support/rule_util.h"

namespace slim {

void SetCalls(Remediation& remediation, const std::vector<AwsCall>& calls) {
  remediation.cli.clear();
  bool account = false;
  std::set<std::string> clients;
  for (const AwsCall& call : calls) {
    account |= call.uses_account();
    clients.insert(call.service);
  }
  if (account) remediation.cli.emplace_back(CliAccountLookup());
  std::string sdk = "import json\nimport boto3\n\n";
  for (const std::string& client : clients) sdk += SnakeCase(client) + " = boto3.client(\"" + client + "\")\n";
  if (account) sdk += std::string(Boto3AccountLookup()) + "\n";
  for (const AwsCall& call : calls) {
    remediation.cli.push_back(RenderCli(call));
    sdk += RenderBoto3(call) + "\n";
  }
  remediation.sdk = calls.empty() ? std::string() : sdk;
}

std::string CorrectedDocument(std::string_view text, const std::vector<DocumentEdit>& edits) {
  return MinifyJson(ApplyDocumentEdits(text, edits));
}

}  // namespace slim
