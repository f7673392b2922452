#include "export/export.hpp"

namespace akn {

namespace {
void points_text(std::string& out, const std::vector<Point>& pts) {
  for (const Point& p : pts) {
    out += "\n" + p.num + " " + p.text.text + "\n";
    points_text(out, p.points);
  }
}
}  // namespace

std::string write_text(const Resolution& res, const TextOptions& options) {
  std::string out;
  auto para = [&](const std::string& s) {
    if (s.empty()) return;
    if (!out.empty()) out += "\n";
    out += s + "\n";
  };
  std::string head;
  if (res.adoption_line) head += *res.adoption_line + "\n";
  if (res.report_line) head += *res.report_line + "\n";
  if (!head.empty()) {
    head.pop_back();
    para(head);
  }
  for (const RichText& t : res.other_preface) para(t.text);
  if (res.number || res.title) {
    std::string t = res.number ? *res.number + res.number_separator : "";
    if (res.title) t += res.title->text;
    para(t);
  }
  if (res.formula) para(*res.formula);
  for (const PreambularParagraph& p : res.preamble) para(p.text.text);
  for (const OperativeParagraph& p : res.operative) {
    para(p.num.empty() ? p.text.text : p.num + " " + p.text.text);
    points_text(out, p.points);
    if (p.wrap_up) para(p.wrap_up->text);
  }
  if (res.conclusion) {
    std::string c;
    if (res.conclusion->meeting) c += *res.conclusion->meeting;
    if (res.conclusion->date) c += (c.empty() ? "" : "\n") + res.conclusion->date->printed;
    para(c);
  }
  if (options.notes == TextNotes::end && !res.footnotes.empty()) {
    std::string notes = "Notes";
    for (const Footnote& f : res.footnotes) notes += "\n[" + f.marker + "] " + f.text;
    para(notes);
  }
  return out;
}

}  // namespace akn
