#include "model/arn.h"

namespace slim {

std::optional<Arn> ParseArn(std::string_view text) {
  if (text.substr(0, 4) != "arn:") return std::nullopt;
  std::string_view fields[5];
  size_t offsets[5];
  size_t pos = 4;
  for (int i = 0; i < 4; ++i) {
    size_t colon = text.find(':', pos);
    if (colon == std::string_view::npos) return std::nullopt;
    fields[i] = text.substr(pos, colon - pos);
    offsets[i] = pos;
    pos = colon + 1;
  }
  Arn arn;
  arn.partition = fields[0];
  arn.service = fields[1];
  arn.region = fields[2];
  arn.account = fields[3];
  arn.account_offset = offsets[3];
  arn.resource = text.substr(pos);
  return arn;
}

bool IsAccountId(std::string_view text) {
  if (text.size() != 12) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace slim
