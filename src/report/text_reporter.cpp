#include "report/text_reporter.h"

#include <fmt/format.h>

#include <algorithm>

#include "core/rule.h"
#include "util/strings.h"

namespace slim {
namespace {

struct Style {
  bool on;
  std::string Wrap(std::string_view code, std::string_view text) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : std::string(text);
  }
};

std::string_view SeverityColor(Severity severity) {
  switch (severity) {
    case Severity::kError: return "1;31";
    case Severity::kSecurity: return "1;35";
    case Severity::kWarning: return "1;33";
    case Severity::kSuggestion: return "1;36";
  }
  return "1";
}

// Replaces control characters (an input may hold terminal escapes) and broken UTF-8 with '?',
// one per code point, so carets still line up under the printed line.
// Printable ASCII and tabs only. Counted without branching so that the compiler checks 16 or
// 32 bytes at a step: every finding prints a source line, and policy lines run to hundreds of
// bytes.
bool IsPlain(std::string_view text) {
  size_t unusual = 0;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    unusual += static_cast<size_t>((byte < 0x20) & (byte != '\t')) | static_cast<size_t>(byte >= 0x7f);
  }
  return unusual == 0;
}

std::string Printable(std::string_view text) {
  if (IsPlain(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    auto byte = static_cast<unsigned char>(text[i]);
    size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
    bool valid = length > 0 && i + length <= text.size();
    for (size_t k = 1; valid && k < length; ++k) valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (!valid) {
      out += '?';
      ++i;
    } else if (length == 1 && ((byte < 0x20 && byte != '\t') || byte == 0x7f)) {
      out += '?';
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

// The same, written straight to the stream: plain text (nearly all of it) is not copied.
struct PrintableText {
  std::string_view text;
};
PrintableText Shown(std::string_view text) { return {text}; }
std::ostream& operator<<(std::ostream& out, PrintableText p) {
  if (IsPlain(p.text)) return out.write(p.text.data(), static_cast<std::streamsize>(p.text.size()));
  return out << Printable(p.text);
}

class TextReporter final : public Reporter {
 public:
  TextReporter(std::ostream& out, std::ostream& err, const ReportOptions& options)
      : out_(out), err_(err), options_(options), style_{options.color} {}

  void OnFinding(const Finding& f) override {
    Position start = f.location.start();
    out_ << style_.Wrap("1", fmt::format("{}:{}:{}:", Printable(f.location.path()), start.line, start.column)) << ' '
         << style_.Wrap(SeverityColor(f.severity), SeverityName(f.severity)) << ": " << Shown(f.message) << ' '
         << style_.Wrap("2", fmt::format("[{} {}]", f.rule->code, f.rule->name)) << '\n';
    if (options_.quiet) return;
    PrintSnippet(f);
    if (f.principal) {
      out_ << "   = " << PrincipalKindName(f.principal->kind) << ": " << Shown(f.principal->name) << '\n';
    }
    for (const RelatedLocation& related : f.related) {
      out_ << "   = note: ";
      if (related.location) {
        Position p = related.location->start();
        out_ << fmt::format("{}:{}:{}: ", Printable(related.location->path()), p.line, p.column);
      }
      out_ << Shown(related.message) << '\n';
    }
    PrintRemediation(f.remediation);
    out_ << '\n';
  }

  void OnInputError(const Error& error) override {
    std::string where = error.path.empty() ? "slim-lint" : error.path;
    if (error.position.known()) where += fmt::format(":{}:{}", error.position.line, error.position.column);
    err_ << style_.Wrap("1", Printable(where) + ":") << ' ' << style_.Wrap("1;31", "error") << ": "
         << Shown(error.message) << '\n';
  }

  void End(const RunSummary& s) override {
    if (options_.quiet) return;
    if (s.total() == 0) {
      out_ << fmt::format("No findings in {}.", Plural(s.files, "file")) << '\n';
    } else {
      std::vector<std::string> parts;
      for (Severity sev : {Severity::kError, Severity::kSecurity, Severity::kWarning, Severity::kSuggestion}) {
        size_t n = s.by_severity[static_cast<int>(sev)];
        if (n) parts.push_back(fmt::format("{} {}", n, SeverityName(sev)));
      }
      out_ << fmt::format("Found {} ({}) in {}.", Plural(s.total(), "finding"), Join(parts, ", "), Plural(s.files, "file"))
           << '\n';
    }
    if (s.suppressed) out_ << fmt::format("{} suppressed by configuration or comments.", Plural(s.suppressed, "finding")) << '\n';
    if (s.baselined) out_ << fmt::format("{} in the baseline not shown.", Plural(s.baselined, "finding")) << '\n';
    if (s.fixed) out_ << fmt::format("Fixed {}.", Plural(s.fixed, "finding")) << '\n';
  }

 private:
  void PrintSnippet(const Finding& f) {
    if (!f.location.file) return;
    const SourceFile& file = *f.location.file;
    Position start = f.location.start();
    std::string_view line = file.LineText(start.line);
    uint32_t line_start = file.LineStart(start.line);
    // The span as byte offsets into the line; a span that goes on to later lines is marked
    // to the end of this one.
    size_t begin = std::min<size_t>(f.location.span.begin - std::min(f.location.span.begin, line_start), line.size());
    size_t end = std::clamp<size_t>(f.location.span.end - std::min(f.location.span.end, line_start), begin, line.size());
    // A long line (minified JSON, a one-line script) is shown as a window around the span:
    // the whole line under each of thousands of findings would print gigabytes.
    size_t shown_begin = 0, shown_end = line.size();
    if (line.size() > kLongLine) {
      shown_begin = begin > kContext ? begin - kContext : 0;
      shown_end = std::min(line.size(), std::min(end, begin + kMaxMarked) + kContext);
      while (shown_begin > 0 && IsContinuationByte(line[shown_begin])) --shown_begin;
      while (shown_end < line.size() && IsContinuationByte(line[shown_end])) ++shown_end;
    }
    const char* left = shown_begin > 0 ? "..." : "";
    const char* right = shown_end < line.size() ? "..." : "";
    std::string number = std::to_string(start.line);
    std::string gutter(number.size(), ' ');
    out_ << style_.Wrap("1;34", fmt::format(" {} |", number)) << ' ' << left
         << Shown(line.substr(shown_begin, shown_end - shown_begin)) << right << '\n';
    // The caret line repeats the line's tabs so that it lines up in any terminal.
    std::string marks(std::string_view(left).size(), ' ');
    std::string_view before = line.substr(shown_begin, begin - std::min(begin, shown_begin));
    if (IsPlain(before) && before.find('\t') == std::string_view::npos) {
      marks.append(before.size(), ' ');  // the usual line: one space per byte
    } else {
      for (char c : before) {
        if (!IsContinuationByte(c)) marks += c == '\t' ? '\t' : ' ';  // one mark per code point
      }
    }
    size_t marked_end = std::min(end, shown_end);
    uint32_t width = std::max<uint32_t>(1, CountCodePoints(line.substr(begin, marked_end - begin)));
    marks += '^';
    if (width > 1) marks += std::string(width - 1, '~');
    out_ << style_.Wrap("1;34", fmt::format(" {} |", gutter)) << ' ' << style_.Wrap(SeverityColor(f.severity), marks) << '\n';
  }

  static bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
  static constexpr size_t kLongLine = 400;   // bytes; shorter lines are printed whole
  static constexpr size_t kContext = 80;     // bytes shown before and after the span
  static constexpr size_t kMaxMarked = 160;  // bytes of a long span that are shown

  void PrintRemediation(const Remediation& r) {
    if (options_.remediation == RemediationMode::kNone || r.empty()) return;
    out_ << "   = " << style_.Wrap("1;32", "fix") << ": " << Shown(r.summary);
    if (r.fix.applicability != FixApplicability::kNone && !r.fix.edits.empty()) {
      out_ << (r.fix.applicability == FixApplicability::kSafe ? " (slim-lint --fix applies it)"
                                                                : " (slim-lint --fix --unsafe-fixes applies it)");
    }
    out_ << '\n';
    if (options_.remediation == RemediationMode::kCli) {
      // Documents the commands read (file://); `slim-lint plan` writes them before the commands.
      for (const GeneratedDocument& d : r.documents) out_ << "       # writes " << Shown(d.path) << '\n';
      for (const std::string& line : r.cli) out_ << "       " << Shown(line) << '\n';
    } else {
      for (std::string_view line : Split(r.sdk, '\n')) {
        if (!line.empty()) out_ << "       " << Shown(line) << '\n';
      }
    }
  }

  std::ostream& out_;
  std::ostream& err_;
  ReportOptions options_;
  Style style_;
};

}  // namespace

std::unique_ptr<Reporter> MakeTextReporter(std::ostream& out, std::ostream& err, const ReportOptions& options) {
  return std::make_unique<TextReporter>(out, err, options);
}

}  // namespace slim
