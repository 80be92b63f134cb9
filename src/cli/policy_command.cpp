// `slim-lint policy NAME`: an AWS managed policy's document (pretty JSON on stdout, so it can
// be piped or saved), with its ARN, version and deprecation on stderr.
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/subcommands.h"
#include "model/role_model.h"

namespace slim {

int RunPolicyCommand(const std::vector<std::string>& args, CommandIo& io) {
  if (args.size() != 1) {
    io.err << "slim-lint: error: usage: slim-lint policy NAME_OR_ARN (for example: slim-lint policy AmazonSQSFullAccess)\n";
    return static_cast<int>(ExitStatus::kUsage);
  }
  const Catalog& catalog = Catalog::Embedded();
  const std::string& wanted = args[0];
  const ManagedPolicy* policy =
      wanted.rfind("arn:", 0) == 0 ? catalog.FindManagedPolicyByArn(wanted) : catalog.FindManagedPolicyByName(wanted);
  if (!policy) {
    std::string name(wanted.rfind("arn:", 0) == 0 ? PolicyNameFromArn(wanted) : wanted);
    io.err << "slim-lint: error: no AWS managed policy named " << name;
    if (auto suggestion = catalog.SuggestManagedPolicy(name)) io.err << " (did you mean " << *suggestion << "?)";
    io.err << '\n';
    return static_cast<int>(ExitStatus::kUsage);
  }
  rapidjson::Document document;
  document.Parse(policy->document_json.data(), policy->document_json.size());
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 2);
  document.Accept(writer);
  io.err << policy->name << ": " << (policy->arn.empty() ? std::string("(ARN unknown)") : std::string(policy->arn)) << ", version "
         << policy->version;
  if (policy->deprecated) {
    io.err << ", deprecated";
    if (!policy->successor.empty()) io.err << " (use " << policy->successor << ")";
  }
  io.err << '\n';
  io.out << buffer.GetString() << '\n';
  return 0;
}

}  // namespace slim
