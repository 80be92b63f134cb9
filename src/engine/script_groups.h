// Scripts that the role model links must be modeled together; scripts it does not link give
// the same findings modeled apart. Grouping them lets a run build, analyze and release one
// small model at a time and stream its findings, instead of holding every script, document and
// finding of a large tree until the end.
#pragma once

#include <string>
#include <vector>

#include "engine/document_loader.h"
#include "inputs/script_input.h"

namespace slim {

// What the first pass learns about one script without reading the documents it names.
struct ScriptLinks {
  std::vector<std::string> keys;             // what ties it to other scripts
  std::vector<std::string> reads;  // canonical paths of the documents it reads
  std::string first_path;                    // the smallest path a finding from it can name
};

// The keys are each principal and customer managed policy the script names (RoleModel::LinksOf,
// case-folded: IAM names differ by more than case, so folding only merges more), each document
// it reads and the script itself (by canonical path: another script may read it as a document).
ScriptLinks LinkScript(const ScriptInput& script, const std::string& canonical, const FileDocumentLoader& files);

struct ScriptGroup {
  std::vector<size_t> scripts;  // indexes, increasing: the group's model sees them in run order
  std::string first_path;       // the smallest path any of its findings can name
};

// Partitions scripts into groups that share no key (union-find), in order of first path (then
// of first script).
std::vector<ScriptGroup> GroupScripts(const std::vector<ScriptLinks>& scripts);

}  // namespace slim
