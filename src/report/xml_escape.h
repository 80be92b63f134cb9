// Text for the XML formats (checkstyle, junit).
#pragma once

#include <string>
#include <string_view>

namespace slim {

enum class XmlContext { kAttribute, kContent };

// Escapes `text` for an XML 1.0 attribute value (always double-quoted) or element content.
// '&', '<' and '>' become entities, and in attributes quotes too. In attributes tab and newline
// become character references, so that attribute-value normalization does not turn a
// multi-line message into one line; carriage return always does, or parsers would drop it.
// Characters XML 1.0 cannot carry at all (other C0 controls, U+FFFE, U+FFFF) and broken UTF-8
// become U+FFFD.
std::string XmlEscape(std::string_view text, XmlContext context = XmlContext::kAttribute);

}  // namespace slim
