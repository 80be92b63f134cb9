// --format json: {"version", "findings": [...], "errors": [...], "summary": {...}}, written as
// findings arrive so memory does not grow with the number of findings.
#include <ostream>

#include "report/finding_json.h"
#include "report/reporter.h"

namespace slim {
namespace {

class JsonReporter final : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out) {}

  void Begin() override { out_ << "{\"version\":\"" SLIM_VERSION "\",\"findings\":["; }

  void OnFinding(const Finding& finding) override {
    rapidjson::StringBuffer buffer;
    JsonWriter writer(buffer);
    WriteFindingJson(writer, finding);
    out_ << (first_ ? "\n" : ",\n") << buffer.GetString();
    first_ = false;
  }

  void OnInputError(const Error& error) override { errors_.push_back(error); }

  void End(const RunSummary& s) override {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartArray();
    for (const Error& e : errors_) {
      w.StartObject();
      w.Key("path");
      WriteString(w, e.path);
      if (e.position.known()) {
        w.Key("line");
        w.Uint(e.position.line);
        w.Key("column");
        w.Uint(e.position.column);
      }
      w.Key("message");
      WriteString(w, e.message);
      w.EndObject();
    }
    w.EndArray();
    out_ << "\n],\"errors\":" << buffer.GetString();
    out_ << ",\"summary\":{\"files\":" << s.files << ",\"findings\":" << s.total() << ",\"error\":" << s.by_severity[3]
         << ",\"security\":" << s.by_severity[2] << ",\"warning\":" << s.by_severity[1]
         << ",\"suggestion\":" << s.by_severity[0] << ",\"suppressed\":" << s.suppressed
         << ",\"baselined\":" << s.baselined << ",\"fixed\":" << s.fixed << ",\"input_errors\":" << s.input_errors
         << "}}\n";
  }

 private:
  std::ostream& out_;
  bool first_ = true;
  std::vector<Error> errors_;
};

}  // namespace

std::unique_ptr<Reporter> MakeJsonReporter(std::ostream& out) { return std::make_unique<JsonReporter>(out); }

}  // namespace slim
