// Finds boto3 calls in Python source without running it: `boto3.client("sqs")` (or a session's
// client, or a resource) assigned to a name, then `name.send_message(QueueUrl="...")`. A small
// tokenizer, not a parser: strings and comments are recognized so that neither hides nor fakes
// a call, and everything else is matched on the token stream.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace slim {

struct Boto3Call {
  std::string service;  // the boto3 service name as written, "sqs"
  std::string method;   // "send_message"; for paginators, the paginated operation
  bool resource = false;  // made on a boto3.resource (or one of its sub-resources)
  uint32_t line = 0;    // 1-based
  // String literals passed by keyword: {"QueueUrl", "https://..."}.
  std::vector<std::pair<std::string, std::string>> keyword_strings;
};

std::vector<Boto3Call> ScanBoto3(std::string_view python);

}  // namespace slim
