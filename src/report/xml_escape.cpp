#include "report/xml_escape.h"

#include "report/utf8.h"

namespace slim {

std::string XmlEscape(std::string_view text, XmlContext context) {
  bool attribute = context == XmlContext::kAttribute;
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    std::optional<Utf8Char> c = DecodeUtf8(text, i);
    if (!c) {
      out += kReplacement;
      ++i;
      continue;
    }
    switch (c->code_point) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\'': out += attribute ? "&apos;" : "'"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (c->code_point < 0x20 || c->code_point == 0xFFFE || c->code_point == 0xFFFF) out += kReplacement;
        else out.append(text.substr(i, c->length));
    }
    i += c->length;
  }
  return out;
}

}  // namespace slim
