// Findings that wait until no unit of a run still to come can report at a smaller path. Each
// path's findings are handed on together, sorted, in path order: the order a run's output has
// whatever finished first.
#pragma once

#include <algorithm>
#include <cassert>
#include <map>
#include <string>
#include <vector>

#include "core/finding.h"
#include "engine/lint_run.h"

namespace slim {

class PathOrderBuffer {
 public:
  void Add(std::vector<Finding> findings) {
    for (Finding& finding : findings) {
      // A unit whose first path was misjudged would print out of order.
      assert(finding.location.path() > released_ && "a finding came after its path was released");
      by_path_[finding.location.path()].push_back(std::move(finding));
    }
  }

  // The paths before `bound` (all of them without one), or up to and including it.
  void ReleaseBefore(const std::string* bound, LintConsumer& consumer) { Release(bound, false, consumer); }
  void ReleaseThrough(const std::string& limit, LintConsumer& consumer) {
    Release(&limit, true, consumer);
    released_ = std::max(released_, limit);
  }

 private:
  void Release(const std::string* bound, bool inclusive, LintConsumer& consumer) {
    auto due = [&](const std::string& path) { return !bound || path < *bound || (inclusive && path == *bound); };
    while (!by_path_.empty() && due(by_path_.begin()->first)) {
      auto node = by_path_.extract(by_path_.begin());
      released_ = node.key();
      std::sort(node.mapped().begin(), node.mapped().end(), FindingLess);
      if (!node.mapped().empty()) consumer.OnFindings(std::move(node.mapped()));
    }
  }

  std::map<std::string, std::vector<Finding>> by_path_;
  std::string released_;  // the largest path released so far
};

}  // namespace slim
