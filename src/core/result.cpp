#include "core/result.h"

namespace slim {

std::string Error::ToString() const {
  std::string out;
  if (!path.empty()) {
    out += path;
    if (position.known()) {
      out += ':';
      out += std::to_string(position.line);
      out += ':';
      out += std::to_string(position.column);
    }
    out += ": ";
  }
  out += message;
  return out;
}

}  // namespace slim
