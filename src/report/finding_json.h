// The contract's JSON shape of one finding (docs/output.md), shared by every JSON-based format.
#pragma once

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "core/finding.h"

namespace slim {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void WriteFindingJson(JsonWriter& writer, const Finding& finding);
void WriteRangeJson(JsonWriter& writer, const Location& location);
void WriteString(JsonWriter& writer, std::string_view text);

}  // namespace slim
