#include "rules/resources/arn_analysis.h"

#include <algorithm>

#include "catalog/catalog.h"
#include "util/strings.h"

namespace slim {
namespace {

ArnAnalysis Analyze(const ArnFields& fields, std::vector<const ArnFormat*> formats) {
  ArnAnalysis analysis{fields, std::move(formats), {}};
  std::string resource = PolicyFieldGlob(fields.resource());
  for (const ArnFormat* f : analysis.formats) {
    if (GlobsIntersect(f->resource_glob, resource)) analysis.matching.push_back(f);
  }
  return analysis;
}

bool AllUse(const std::vector<const ArnFormat*>& formats, FieldUse ArnFormat::*field, FieldUse use) {
  return !formats.empty() && std::all_of(formats.begin(), formats.end(), [&](const ArnFormat* f) { return f->*field == use; });
}

}  // namespace

std::optional<ArnAnalysis> FindArnProblem(const Catalog& catalog, std::string_view text,
                                          const std::function<bool(const ArnAnalysis&)>& problem) {
  auto fields = SplitArn(text);
  if (!fields || fields->service().empty() || PolicyFieldIsPattern(fields->service())) return std::nullopt;
  const ArnFormatIndex& index = ArnFormatIndex::For(catalog);
  std::vector<const ArnFormat*> own = index.OwnSectionFormats(fields->service());
  if (!own.empty() && !problem(Analyze(*fields, std::move(own)))) return std::nullopt;
  std::vector<const ArnFormat*> all = index.ServiceFormats(fields->service());
  if (all.empty()) return std::nullopt;
  ArnAnalysis analysis = Analyze(*fields, std::move(all));
  if (!problem(analysis)) return std::nullopt;
  return analysis;
}

bool RegionNotAllowed(const ArnAnalysis& a) {
  return !a.fields.region().empty() && !PolicyFieldMayBeEmpty(a.fields.region()) && AllUse(a.matching, &ArnFormat::region, FieldUse::kNone);
}

bool RegionMissing(const ArnAnalysis& a) {
  return a.fields.region().empty() && !a.fields.account().empty() && AllUse(a.matching, &ArnFormat::region, FieldUse::kRequired);
}

bool AccountNotAllowed(const ArnAnalysis& a) {
  return !a.fields.account().empty() && !PolicyFieldMayBeEmpty(a.fields.account()) &&
         AllUse(a.matching, &ArnFormat::account, FieldUse::kNone);
}

std::string DescribeFormats(const std::vector<const ArnFormat*>& formats, size_t limit) {
  std::vector<std::string> items;
  for (size_t i = 0; i < formats.size() && i < limit; ++i) items.push_back(formats[i]->type_name + " (" + formats[i]->text + ")");
  if (formats.size() > limit) items.push_back(std::to_string(formats.size() - limit) + " more");
  return JoinWithAnd(items);
}

std::string FirstOf(const std::vector<std::string>& items, size_t limit) {
  std::vector<std::string> shown(items.begin(), items.begin() + std::min(limit, items.size()));
  if (items.size() > limit) shown.push_back(std::to_string(items.size() - limit) + " more");
  return JoinWithAnd(shown);
}

std::string TypesSubject(std::string_view service, const std::vector<const ArnFormat*>& formats, std::string_view verb_singular,
                         std::string_view verb_plural) {
  std::string svc(service);
  if (formats.size() == 1) return "the " + svc + " resource type " + DescribeFormats(formats) + " " + std::string(verb_singular);
  if (formats.size() == 2) return "the " + svc + " resource types " + DescribeFormats(formats) + " " + std::string(verb_plural);
  // The shortest format is the most general one, the clearest example.
  const ArnFormat* example = *std::min_element(formats.begin(), formats.end(),
                                               [](const ArnFormat* a, const ArnFormat* b) { return a->text.size() < b->text.size(); });
  return "all " + std::to_string(formats.size()) + " " + svc + " resource types it can name (such as " + DescribeFormats({example}, 1) +
         ") " + std::string(verb_plural);
}

ArnFieldSpan FieldSpan(const PolicyDocument& document, const JsonValue& node, const ArnFields& fields,
                       ArnFields::Field field, std::string replacement) {
  size_t length = fields.text[field].size();
  ArnFieldSpan out{SubstringSpan(document, node, fields.offset[field], length), std::nullopt};
  if (out.span.size() == length && length > 0) out.edit = DocumentEdit{out.span, std::move(replacement)};
  return out;
}

}  // namespace slim
