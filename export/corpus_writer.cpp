#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "export/export.hpp"
#include "export/quality_json.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
using Json = nlohmann::ordered_json;

// Figures rounded to 4 places, so records do not carry float noise.
double round4(double v) { return std::round(v * 10000.0) / 10000.0; }

Json figure(double v) { return v < 0 ? Json(nullptr) : Json(round4(v)); }

Json notes_of(const RichText& t, const Resolution& res) {
  Json refs = Json::array();
  for (const NoteRef& r : t.notes)
    if (r.footnote < res.footnotes.size()) refs.push_back({{"offset", r.offset}, {"note", res.footnotes[r.footnote].marker}});
  return refs;
}

void add_paragraph(Json& out, const char* kind, const std::string& num, const RichText& text, const Resolution& res,
                   const std::string& section = {}) {
  Json p = {{"kind", kind}};
  if (!num.empty()) p["num"] = num;
  if (!section.empty()) p["section"] = section;
  p["text"] = text.text;
  if (!text.source.empty() && text.source.front().page > 0) p["page"] = text.source.front().page;
  if (!text.notes.empty()) p["notes"] = notes_of(text, res);
  out.push_back(std::move(p));
}

// Unicode code points in bytes [begin, end) of UTF-8 text.
std::size_t code_points(const std::string& text, std::size_t begin, std::size_t end) {
  if (begin >= text.size() || end <= begin) return 0;
  return code_point_count(std::string_view(text).substr(begin, end - begin));
}

// Where each page's text starts in the clean text: the offset (in code
// points) of the first paragraph that starts on the page, found in the text
// in reading order. Pages no paragraph starts on are not listed. The code
// points are counted on from the last offset (paragraphs are found in
// order), not from the start of the text for each page.
Json page_offsets(const Json& paragraphs, const std::string& clean_text) {
  Json pages = Json::array();
  std::size_t cursor = 0;
  std::size_t counted = 0, points = 0;  // code points in bytes [0, counted)
  int last = 0;
  for (const Json& p : paragraphs) {
    const std::string text = p.value("text", "");
    if (text.empty()) continue;
    const std::size_t at = clean_text.find(text, cursor);
    if (at == std::string::npos) continue;  // written otherwise in the text (a number before it, say): skipped
    cursor = at + text.size();
    const int page = p.value("page", 0);
    if (page <= last) continue;
    points += code_points(clean_text, counted, at);
    counted = at;
    pages.push_back({{"page", page}, {"offset", points}});
    last = page;
  }
  return pages;
}

void add_points(Json& out, const std::vector<Point>& points, const Resolution& res, const std::string& section) {
  for (const Point& pt : points) {
    add_paragraph(out, "point", pt.num, pt.text, res, section);
    add_points(out, pt.points, res, section);
  }
}

// A table's rows: each a "tableRow" (or "tableHeader") with its cells, and
// its text the cells separated by tabs.
void add_table(Json& out, const Table& t, const std::string& section) {
  for (const TableRow& row : t.rows) {
    Json p = {{"kind", row.header ? "tableHeader" : "tableRow"}};
    if (!section.empty()) p["section"] = section;
    Json cells = Json::array();
    std::string text;
    for (const TableCell& c : row.cells) {
      cells.push_back({{"column", c.column}, {"span", c.span}, {"text", c.text.text}});
      text += (text.empty() ? "" : "\t") + c.text.text;
    }
    p["text"] = text;
    p["cells"] = std::move(cells);
    out.push_back(std::move(p));
  }
}

void add_operative(Json& out, const std::vector<OperativeParagraph>& ops, const Resolution& res, const char* kind,
                   const std::string& section) {
  for (const OperativeParagraph& op : ops) {
    if (op.heading) add_paragraph(out, "heading", {}, *op.heading, res, section);
    if (!op.holds_only_tables()) add_paragraph(out, kind, op.num, op.text, res, section);
    add_points(out, op.points, res, section);
    if (op.wrap_up) add_paragraph(out, "wrapUp", {}, *op.wrap_up, res, section);
    for (const Table& t : op.tables) add_table(out, t, section);
  }
}
// The kind of a body paragraph, by what the document is: "operative" in a
// resolution, decision or draft (what the AKN writes as a statement);
// "paragraph" in a letter, report, note or meeting record (the AKN's
// paragraph of a doc's mainBody), which operate nothing.
const char* body_kind(const Resolution& res) { return is_statement(res) ? "operative" : "paragraph"; }

void add_annexes(Json& out, const Resolution& res) {
  for (const Annex& a : res.annexes) {
    const std::string name = a.label.empty() ? a.name : a.label;
    for (const RichText& h : a.heading) add_paragraph(out, "annexHeading", {}, h, res, name);
    add_operative(out, a.paragraphs, res, "annex", name);
  }
}
// Every date the AKN metadata holds, each under its name: "adopted", "issued"
// (the masthead's date of issue, the Expression's publication), "meeting"
// (a resolution's conclusions, or the meeting a record records), "letter"
// (the date a letter's title gives), "year" (only a year is stated, as the
// Work's date). The Work's date is always among them.
Json dates_of(const Resolution& res) {
  Json dates = Json::object();
  if (res.adoption_date) dates["adopted"] = res.adoption_date->iso();
  if (res.meta.issue_date) dates["issued"] = res.meta.issue_date->iso();
  if (res.conclusion && res.conclusion->date) dates["meeting"] = res.conclusion->date->iso();
  else if (res.meta.meeting_date) dates["meeting"] = res.meta.meeting_date->iso();
  const std::optional<WorkDate> work = work_date(res);
  if (!work) return dates;
  static const std::map<std::string, std::string, std::less<>> kKeyOfWorkDate = {
      {"adoption", "adopted"}, {"issue", "issued"}, {"meeting", "meeting"}, {"letter", "letter"}, {"year", "year"}};
  const auto key = kKeyOfWorkDate.find(work->name);
  if (key == kKeyOfWorkDate.end() || dates.contains(key->second)) return dates;
  dates[key->second] = work->name == "year" ? std::to_string(work->date.year) : work->date.iso();
  return dates;
}
}  // namespace

double quality_score(const Quality& q) {
  if (q.schema_valid == 0) return 0;
  double score = 1;
  for (double part :
       {q.ocr_confidence, q.dictionary, q.script, q.conservation, q.furniture, q.reading_order, q.title, q.pages,
        q.notes, q.doubtful, q.metadata, q.structure})
    if (part >= 0) score *= part;
  return q.unchecked.empty() ? score : std::min(score, kUncheckedCap);
}

Json quality_object(const Quality& q) {
  return {{"score", round4(q.score)},
          {"ocrConfidence", figure(q.ocr_confidence)},
          {"dictionary", figure(q.dictionary)},
          {"script", figure(q.script)},
          {"unchecked", q.unchecked.empty() ? Json(nullptr) : Json(q.unchecked)},
          {"conservation", round4(q.conservation)},
          {"unaccounted", q.unaccounted},
          {"furniture", round4(q.furniture)},
          {"furnitureInText", q.furniture_in_text},
          {"readingOrder", round4(q.reading_order)},
          {"orderBreaks", q.order_breaks},
          {"title", round4(q.title)},
          {"titleDoubtfulWords", q.title_doubtful_words},
          {"pages", round4(q.pages)},
          {"pageFaults", q.page_faults},
          {"notes", round4(q.notes)},
          {"unreferencedNotes", q.unreferenced_notes},
          {"notesInText", q.notes_in_text},
          {"doubtful", round4(q.doubtful)},
          {"doubtfulWords", q.doubtful_words},
          {"metadata", round4(q.metadata)},
          {"structure", round4(q.structure)},
          {"structureDoubts", q.structure_doubts},
          {"schemaValid", q.schema_valid < 0 ? Json(nullptr) : Json(q.schema_valid == 1)},
          {"ocrPages", q.ocr_pages}};
}

std::string write_quality_json(const Quality& q) { return quality_object(q).dump(); }

std::string write_corpus_record(const Resolution& res, const std::string& clean_text, const Quality& q) {
  Json j;
  j["id"] = res.source.sha256;
  j["symbol"] = res.meta.symbol ? Json(*res.meta.symbol) : Json(nullptr);
  if (!res.meta.other_symbols.empty()) j["otherSymbols"] = res.meta.other_symbols;
  j["language"] = res.meta.language ? Json(*res.meta.language) : Json(nullptr);
  j["type"] = type_name(res.type);
  j["body"] = res.body.empty() ? Json(nullptr) : Json(res.body);
  j["number"] = res.number ? Json(*res.number) : Json(nullptr);
  j["title"] = res.title ? Json(res.title->text) : Json(nullptr);
  j["dates"] = dates_of(res);
  Json paragraphs = Json::array();
  for (const PreambularParagraph& p : res.preamble) {
    add_paragraph(paragraphs, "preamble", {}, p.text, res);
    add_points(paragraphs, p.points, res, {});
  }
  const char* body = body_kind(res);
  add_operative(paragraphs, res.operative, res, body, {});
  for (const Section& s : res.sections) {
    if (s.heading) add_paragraph(paragraphs, "heading", s.num, *s.heading, res, s.num);
    for (const PreambularParagraph& p : s.preamble) {
      add_paragraph(paragraphs, "preamble", {}, p.text, res, s.num);
      add_points(paragraphs, p.points, res, s.num);
    }
    add_operative(paragraphs, s.operative, res, body, s.num);
  }
  add_annexes(paragraphs, res);
  // The resolutions printed after it on the same pages: their paragraphs,
  // each under the resolution's number as its section.
  for (const Resolution& next : res.following) {
    const std::string section = next.number ? next.number_prefix + *next.number : std::string("following");
    if (next.title) add_paragraph(paragraphs, "heading", {}, *next.title, next, section);
    for (const PreambularParagraph& p : next.preamble) {
      add_paragraph(paragraphs, "preamble", {}, p.text, next, section);
      add_points(paragraphs, p.points, next, section);
    }
    add_operative(paragraphs, next.operative, next, body_kind(next), section);
    add_annexes(paragraphs, next);
  }
  j["paragraphs"] = std::move(paragraphs);
  Json notes = Json::array();
  for (const Footnote& f : res.footnotes) notes.push_back({{"num", f.marker}, {"text", f.text}});
  j["footnotes"] = std::move(notes);
  j["text"] = clean_text;
  j["pages"] = page_offsets(j["paragraphs"], clean_text);
  j["quality"] = quality_object(q);
  j["source"] = {{"sha256", res.source.sha256}, {"kind", res.source.kind}, {"bytes", res.source.bytes}};
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace akn
