#include "core/text.hpp"
#include "export/export.hpp"

namespace akn {

namespace {
void points_text(std::string& out, const std::vector<Point>& pts) {
  for (const Point& p : pts) {
    out += "\n" + p.num + " " + p.text.text + "\n";
    points_text(out, p.points);
  }
}

// A table as text: a line per row, header first, its cells in order
// separated by tabs, a column without text in the row an empty cell (but
// after the last cell).
std::string table_text(const Table& t) {
  std::string out;
  for (const TableRow& row : t.rows) {
    if (!out.empty()) out += '\n';
    std::size_t column = 0;
    for (std::size_t k = 0; k < row.cells.size(); ++k) {
      const TableCell& c = row.cells[k];
      if (k > 0) out += '\t';                               // after the cell before
      for (; column < c.column; ++column) out += '\t';      // the columns without text
      out += c.text.text;
      column = c.column + c.span;
    }
  }
  return out;
}

std::string trim_right_newlines(std::string s) {
  while (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

template <class Para>
void paragraphs_text(const std::vector<OperativeParagraph>& paras, Para&& para, std::string& out) {
  for (const OperativeParagraph& p : paras) {
    if (p.heading) para(p.heading->text);
    para(p.num.empty() ? p.text.text : p.num + " " + p.text.text);
    points_text(out, p.points);
    if (p.wrap_up) para(p.wrap_up->text);
    for (const Table& t : p.tables) para(table_text(t));
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
  auto number_and_title = [&] {
    if (res.number || res.title) {
      std::string t = res.number ? res.number_prefix + *res.number + res.number_suffix + (res.title ? res.number_separator : "") : "";
      if (res.title) t += res.title->text;
      para(t);
    }
  };
  if (!res.number_prefix.empty()) number_and_title();
  std::string head;
  if (res.adoption_line) head += *res.adoption_line + "\n";
  if (res.report_line) head += *res.report_line + "\n";
  if (!head.empty()) {
    head.pop_back();
    para(head);
  }
  for (const RichText& t : res.other_preface) para(t.text);
  if (res.number_prefix.empty() && res.title_before_sponsors) number_and_title();
  if (res.sponsors) para(res.sponsors->line.text);
  if (res.number_prefix.empty() && !res.title_before_sponsors) number_and_title();
  if (res.formula) para(*res.formula);
  auto preambular = [&](const PreambularParagraph& p) {
    para(p.text.text);
    points_text(out, p.points);
  };
  for (const PreambularParagraph& p : res.preamble) preambular(p);
  paragraphs_text(res.operative, para, out);
  for (const Section& s : res.sections) {
    para(s.heading ? s.num + "\n" + s.heading->text : s.num);
    for (const PreambularParagraph& p : s.preamble) preambular(p);
    paragraphs_text(s.operative, para, out);
  }
  // A text the resolution adopts is printed before its conclusions.
  auto annex_text = [&](const Annex& a) {
    std::string annex_head = a.label;
    for (const RichText& h : a.heading) annex_head += (annex_head.empty() ? "" : "\n") + h.text;
    para(annex_head);
    paragraphs_text(a.paragraphs, para, out);
  };
  for (const Annex& a : res.annexes)
    if (a.name == "adoptedText") annex_text(a);
  if (res.conclusion) {
    std::string c;
    if (res.conclusion->meeting) c += *res.conclusion->meeting;
    if (res.conclusion->date) c += (c.empty() ? "" : "\n") + res.conclusion->date->printed;
    para(c);
  }
  // Annexes, and text printed after the conclusions, follow them.
  for (const Annex& a : res.annexes)
    if (a.name != "adoptedText") annex_text(a);
  // The resolutions printed after it on the same pages, each whole, in order.
  for (const Resolution& next : res.following) para(trim_right_newlines(write_text(next, TextOptions{TextNotes::omit})));
  if (options.notes == TextNotes::end && !res.footnotes.empty()) {
    std::string notes = "Notes";
    for (const Footnote& f : res.footnotes) notes += "\n[" + f.marker + "] " + f.text;
    para(notes);
  }
  // A last guard, as write_akn has for XML: ingest hands on valid UTF-8, but
  // a Resolution built otherwise must not make the corpus undecodable.
  if (!is_valid_utf8(out)) out = to_valid_utf8(out);
  return out;
}

std::string write_page_text(const Document& doc) {
  std::string out;
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    if (i > 0) out += '\f';
    for (const Line& line : doc.pages[i].lines) out += line.text + "\n";
  }
  if (!is_valid_utf8(out)) out = to_valid_utf8(out);
  return out;
}

}  // namespace akn
