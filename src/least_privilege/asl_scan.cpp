#include "least_privilege/asl_scan.h"

#include <cctype>

#include "catalog/sdk_map.h"
#include "least_privilege/evidence.h"
#include "util/strings.h"

namespace slim {
namespace {

constexpr std::string_view kOwnAccount = "${aws:PrincipalAccount}";

// A parameter's literal string value; empty for a missing or dynamic ("Key.$") parameter.
std::string Parameter(const JsonValue& task, std::string_view key) {
  for (std::string_view container : {"Parameters", "Arguments"}) {  // JSONPath and JSONata states
    const JsonValue* params = task.Get(container);
    if (!params || !params->is_object()) continue;
    const JsonValue* value = params->Get(key);
    if (value && value->is_string() && value->text().find("{%") == std::string::npos) return value->text();
  }
  return {};
}

std::string FunctionArn(std::string_view name) {
  std::string arn = StartsWith(name, "arn:") ? GeneralizeArnAccount(name)
                                              : "arn:aws:lambda:*:" + std::string(kOwnAccount) + ":function:" + std::string(name);
  return arn;
}

std::vector<std::string> FunctionResources(std::string_view name) {
  if (name.empty()) return {};
  std::string arn = FunctionArn(name);
  // A function without a qualifier: versions and aliases are invoked as <arn>:<qualifier>.
  size_t colons = 0;
  for (char c : name) colons += c == ':';
  if (colons == 0 || (StartsWith(name, "arn:") && colons == 6)) return {arn, arn + ":*"};
  return {arn};
}

std::string BatchArn(std::string_view value, std::string_view type) {
  if (value.empty()) return {};
  if (StartsWith(value, "arn:")) return GeneralizeArnAccount(value);
  std::string arn = "arn:aws:batch:*:" + std::string(kOwnAccount) + ":" + std::string(type) + "/" + std::string(value);
  if (type == "job-definition" && value.find(':') == std::string_view::npos) arn += ":*";  // any revision
  return arn;
}

std::string TableArn(std::string_view value) {
  if (value.empty()) return {};
  if (StartsWith(value, "arn:")) return GeneralizeArnAccount(value);
  return "arn:aws:dynamodb:*:" + std::string(kOwnAccount) + ":table/" + std::string(value);
}

std::string QueueArn(std::string_view url) { return url.empty() ? std::string() : SqsQueueArnFromUrl(url); }

std::string EventsRule(std::string_view name) {
  return "arn:aws:events:*:" + std::string(kOwnAccount) + ":rule/" + std::string(name);
}

std::vector<std::string> NonEmpty(std::initializer_list<std::string> values) {
  std::vector<std::string> out;
  for (const std::string& v : values) {
    if (!v.empty()) out.push_back(v);
  }
  return out;
}

class Scan {
 public:
  explicit Scan(const SdkMap& sdk) : sdk_(sdk) {}

  void States(const JsonValue& states) {
    if (!states.is_object()) return;
    for (const JsonMember& m : states.members()) State(m.value);
  }

  std::vector<AslAction> out;

 private:
  void Add(std::string action, std::vector<std::string> resources = {}) {
    out.push_back({std::move(action), std::move(resources)});
  }

  void State(const JsonValue& state) {
    if (!state.is_object()) return;
    if (const JsonValue* branches = state.Get("Branches"); branches && branches->is_array()) {
      for (const JsonValue& b : branches->items()) {
        if (const JsonValue* s = b.Get("States")) States(*s);
      }
    }
    for (std::string_view key : {"Iterator", "ItemProcessor"}) {
      if (const JsonValue* inner = state.Get(key); inner && inner->is_object()) {
        if (const JsonValue* s = inner->Get("States")) States(*s);
      }
    }
    const JsonValue* type = state.Get("Type");
    const JsonValue* resource = state.Get("Resource");
    if (!type || type->text() != "Task" || !resource || !resource->is_string()) return;
    Task(state, resource->text());
  }

  void Task(const JsonValue& task, std::string_view resource) {
    if (StartsWith(resource, "arn:aws:lambda:") || StartsWith(resource, "arn:aws-cn:lambda:") ||
        StartsWith(resource, "arn:aws-us-gov:lambda:")) {
      Add("lambda:InvokeFunction", FunctionResources(resource));
      return;
    }
    // arn:<partition>:states:::<service>:<api>[.sync[:2]|.waitForTaskToken]
    size_t at = resource.find(":states:::");
    if (!StartsWith(resource, "arn:") || at == std::string_view::npos) return;
    std::string_view integration = resource.substr(at + 10);
    bool sync = integration.find(".sync") != std::string_view::npos;
    integration = integration.substr(0, integration.find('.'));
    if (StartsWith(integration, "aws-sdk:")) {
      std::string_view rest = integration.substr(8);
      size_t colon = rest.find(':');
      if (colon == std::string_view::npos) return;
      SdkOperation(rest.substr(0, colon), rest.substr(colon + 1));
      return;
    }
    if (integration == "lambda:invoke") {
      Add("lambda:InvokeFunction", FunctionResources(Parameter(task, "FunctionName")));
    } else if (integration == "batch:submitJob") {
      // Step Functions submits the job, then for .sync watches it through an EventBridge rule it
      // manages (and may terminate it when the execution stops).
      Add("batch:SubmitJob", NonEmpty({BatchArn(Parameter(task, "JobDefinition"), "job-definition"),
                                       BatchArn(Parameter(task, "JobQueue"), "job-queue")}));
      if (sync) {
        Add("batch:DescribeJobs");
        Add("batch:TerminateJob");
        SyncRule("StepFunctionsGetEventsForBatchJobsRule");
      }
    } else if (integration == "sqs:sendMessage") {
      Add("sqs:SendMessage", NonEmpty({QueueArn(Parameter(task, "QueueUrl"))}));
    } else if (integration == "sns:publish") {
      std::string topic = Parameter(task, "TopicArn");
      Add("sns:Publish", NonEmpty({topic.empty() ? topic : GeneralizeArnAccount(topic)}));
    } else if (StartsWith(integration, "dynamodb:")) {
      std::string api(integration.substr(9));
      if (!api.empty()) api[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(api[0])));
      Add("dynamodb:" + api, NonEmpty({TableArn(Parameter(task, "TableName"))}));
    } else if (integration == "ecs:runTask") {
      Add("ecs:RunTask");
      if (sync) {
        Add("ecs:StopTask");
        Add("ecs:DescribeTasks");
        SyncRule("StepFunctionsGetEventsForECSTaskRule");
      }
    } else if (integration == "states:startExecution") {
      std::string machine = Parameter(task, "StateMachineArn");
      Add("states:StartExecution", NonEmpty({machine.empty() ? machine : GeneralizeArnAccount(machine)}));
      if (sync) {
        Add("states:DescribeExecution");
        Add("states:StopExecution");
        SyncRule("StepFunctionsGetEventsForStepFunctionsExecutionRule");
      }
    } else if (integration == "glue:startJobRun") {
      Add("glue:StartJobRun");
      if (sync) {
        Add("glue:GetJobRun");
        Add("glue:GetJobRuns");
        Add("glue:BatchStopJobRun");
      }
    } else {
      size_t colon = integration.find(':');
      if (colon != std::string_view::npos) SdkOperation(integration.substr(0, colon), integration.substr(colon + 1));
    }
  }

  void SyncRule(std::string_view rule) {
    for (const char* action : {"events:PutTargets", "events:PutRule", "events:DescribeRule"}) {
      Add(action, {EventsRule(rule)});
    }
  }

  void SdkOperation(std::string_view service, std::string_view operation) {
    if (const slim::SdkOperation* op = sdk_.FindOperation(service, operation)) {
      for (const SdkAction& a : op->actions) Add(a.FullName());
      return;
    }
    std::string name(operation);
    if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    std::string prefix(service);
    if (auto iam = sdk_.IamPrefixOf(service)) prefix = std::string(*iam);
    Add(prefix + ":" + name);
  }

  const SdkMap& sdk_;
};

}  // namespace

bool IsStateMachineDefinition(const JsonValue& value) {
  if (!value.is_object()) return false;
  const JsonValue* states = value.Get("States");
  const JsonValue* start = value.Get("StartAt");
  return states && states->is_object() && start && start->is_string();
}

std::vector<AslAction> ScanStateMachine(const JsonValue& definition, const SdkMap& sdk) {
  Scan scan(sdk);
  if (const JsonValue* states = definition.Get("States")) scan.States(*states);
  return std::move(scan.out);
}

}  // namespace slim
