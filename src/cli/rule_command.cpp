// `slim-lint rule CODE`: prints the rule's documentation page, the same text as docs/rules/.
#include "cli/cli.h"
#include "cli/subcommands.h"
#include "config/did_you_mean.h"
#include "core/rule.h"
#include "embed/embedded_files.h"
#include "engine/registry.h"

namespace slim {

int RunRuleCommand(const std::vector<std::string>& args, CommandIo& io) {
  if (args.size() != 1) {
    io.err << "slim-lint: error: usage: slim-lint rule CODE (for example: slim-lint rule SL3002; slim-lint --list-rules lists them)\n";
    return static_cast<int>(ExitStatus::kUsage);
  }
  const Rule* rule = FindRule(args[0]);
  if (!rule) {
    io.err << "slim-lint: error: no rule '" << args[0] << "'" << DidYouMean(args[0], RuleNames())
           << " (slim-lint --list-rules lists every rule)\n";
    return static_cast<int>(ExitStatus::kUsage);
  }
  std::string_view page = FindEmbeddedFile(rule->info().doc_path());
  if (page.empty()) {
    io.err << "slim-lint: error: " << rule->info().code << " has no documentation page\n";
    return static_cast<int>(ExitStatus::kUsage);
  }
  io.out << page;
  return 0;
}

}  // namespace slim
