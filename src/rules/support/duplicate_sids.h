// Shared by SL1016 and SL1021: the statements whose Sid repeats an earlier one.
#pragma once

#include "engine/check.h"

namespace slim {

// Reports every statement whose Sid an earlier statement already uses.
void ReportDuplicateSids(const DocumentCheck& check, const char* aws_issue_code, const char* consequence);

}  // namespace slim
