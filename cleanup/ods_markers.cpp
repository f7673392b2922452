// strip_ods_markers: the UN Official Document System wraps values in paired
// markers (<<ODS JOB NO>>N0255394E<<ODS JOB NO>>) and Word comment anchors
// ([DU1]) survive in its text exports. The markers go; their values are kept
// as metadata.
#include "cleanup/cleanup.hpp"
#include "cleanup/pass_util.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "strip_ods_markers";

// Stores a marker's value; returns what the reason should say about it.
std::string keep_value(Document& doc, std::string_view name, std::string_view raw) {
  const std::string value = collapse_spaces(raw);
  if (value.empty()) return "empty marker";
  if (name == "JOB NO") {
    doc.meta.ods_job_number = value;
    return "value kept as metadata odsJobNumber=" + value;
  }
  if (name.rfind("DOC SYMBOL", 0) == 0) {
    if (!doc.meta.symbol) {
      doc.meta.symbol = value;
      return "value kept as metadata symbol=" + value;
    }
    if (*doc.meta.symbol != value) {
      doc.meta.other_symbols.push_back(value);
      return "value kept as metadata otherSymbol=" + value;
    }
    return "same symbol as already recorded";
  }
  doc.meta.other_markers.emplace_back(std::string(name), value);
  return "value kept as metadata marker " + std::string(name) + "=" + value;
}
}  // namespace

void strip_ods_markers(Document& doc, const PassContext&) {
  static const Regex kPaired("<<ODS ([A-Z0-9 ]{1,40}?)>>(.{0,400}?)<<ODS \\1>>");
  static const Regex kLone("<<ODS [A-Z0-9 ]{1,40}>>");
  static const Regex kAnchor("\\[[A-Z]{1,4}[0-9]{1,3}\\]");
  for (const detail::LineRef ref : detail::line_refs(doc)) {
    Line& line = detail::at(doc, ref);
    if (line.text.find('<') == std::string::npos && line.text.find('[') == std::string::npos) continue;
    bool changed = false;
    while (auto m = kPaired.search(line.text)) {
      const std::string before(m->str(line.text));
      const std::string reason = "ODS marker " + std::string(m->str(line.text, 1)) + ": " +
                                 keep_value(doc, m->str(line.text, 1), m->str(line.text, 2));
      line.replace(m->begin, m->end - m->begin, "");
      detail::record_line_edit(doc, kPass, "remove_marker", ref, m->begin, before, "", reason);
      changed = true;
    }
    while (auto m = kLone.search(line.text)) {
      const std::string before(m->str(line.text));
      line.replace(m->begin, m->end - m->begin, "");
      detail::record_line_edit(doc, kPass, "remove_marker", ref, m->begin, before, "",
                               "unpaired ODS marker");
      changed = true;
    }
    while (auto m = kAnchor.search(line.text)) {
      const std::string before(m->str(line.text));
      line.replace(m->begin, m->end - m->begin, "");
      detail::record_line_edit(doc, kPass, "remove_comment_anchor", ref, m->begin, before, "",
                               "Word comment anchor left in the export");
      changed = true;
    }
    if (changed && line.role == LineRole::body && is_blank(line.text)) line.role = LineRole::marker;
  }
}

}  // namespace akn
