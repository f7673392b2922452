#include <array>
#include <cmath>
#include <nlohmann/json.hpp>

#include "export/export.hpp"
#include "core/page_index.hpp"

namespace akn {

namespace {
using Json = nlohmann::ordered_json;

Json position(const Position& p) {
  Json j = Json::object();
  if (p.page > 0) j["page"] = p.page;
  if (p.line > 0) j["line"] = p.line;
  if (p.column > 0) j["column"] = p.column;
  return j;
}

Json metadata(const Metadata& m) {
  Json j = Json::object();
  auto put = [&](const char* k, const std::optional<std::string>& v) { if (v) j[k] = *v; };
  put("symbol", m.symbol);
  put("odsJobNumber", m.ods_job_number);
  put("jobNumber", m.job_number);
  put("organization", m.organization);
  put("body", m.body);
  put("distribution", m.distribution);
  if (m.issue_date) j["issueDate"] = m.issue_date->iso();
  put("session", m.session);
  if (m.session_number) j["sessionNumber"] = *m.session_number;
  put("committee", m.committee);
  put("agendaItem", m.agenda_item);
  // One title as a string; the titles of several items as a list, in the
  // items' order.
  if (m.agenda_titles.size() == 1) j["agendaItemTitle"] = m.agenda_titles.front();
  if (m.agenda_titles.size() > 1) j["agendaItemTitles"] = m.agenda_titles;
  put("language", m.language);
  if (!m.other_symbols.empty()) j["otherSymbols"] = m.other_symbols;
  put("symbolNote", m.symbol_note);
  put("symbolDerivation", m.symbol_derivation);
  for (const auto& [k, v] : m.other_markers) j["markers"][k] = v;
  return j;
}

// Points (PDF, and scans at their resolution), rounded to a tenth: enough
// to draw it.
Json box_json(const Box& b) {
  auto r = [](double v) { return std::round(v * 10.0) / 10.0; };
  return Json::array({r(b.x0), r(b.y0), r(b.x1), r(b.y1)});
}

Json edit_json(const Edit& e) {
  Json x = {{"pass", e.pass}, {"kind", e.kind}};
  x["position"] = position(e.where);
  x["before"] = e.before;
  x["after"] = e.after;
  if (!e.role.empty()) x["role"] = e.role;
  if (e.read_at) x["readAt"] = position(*e.read_at);
  x["reason"] = e.reason;
  x["confidence"] = e.confidence;
  if (e.box) x["box"] = box_json(*e.box);
  return x;
}

Json source_json(const SourceInfo& s) {
  return {{"name", s.name}, {"kind", s.kind}, {"encoding", s.encoding}, {"sha256", s.sha256}, {"bytes", s.bytes}};
}

double overlap(const Box& a, const Box& b) {
  const double w = std::min(a.x1, b.x1) - std::max(a.x0, b.x0), h = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

// The OCR confidence of the word an edit's box covers most; -1 when the
// edit is not on an OCRed word.
double ocr_confidence_at(const Document& doc, const Edit& e) {
  const auto at = page_index_of(doc, e.where.page);
  if (!e.box || !at) return -1;
  const Page& page = doc.pages[*at];
  if (!page.ocr) return -1;
  double best = 0, confidence = -1;
  for (const Line& line : page.lines)
    for (const Word& w : line.words)
      if (w.box && w.confidence >= 0)
        if (const double o = overlap(*w.box, *e.box); o > best) {
          best = o;
          confidence = w.confidence;
        }
  return confidence;
}
}  // namespace

namespace {
// The edit log's edits and warnings (3 MB on a 165-page PDF) written
// straight into the output, as nlohmann's dump(2) writes them (building the
// tree first was a twentieth of a born-digital PDF's worker time): the same
// indentation, the same shortest round-trip numbers, and any string that is
// not plain printable ASCII escaped by nlohmann itself.
class PrettyJson {
 public:
  explicit PrettyJson(std::string& out) : out_(out) {}
  void open(char bracket) { out_ += bracket; ++depth_; first_ = true; }
  void close(char bracket) {
    --depth_;
    if (first_) {  // nothing inside: "{}" or "[]"
      out_ += bracket;
      first_ = false;
      return;
    }
    newline();
    out_ += bracket;
  }
  // Starts the next member of an object (then write its value).
  void key(std::string_view k) {
    item();
    string(k);
    out_ += ": ";
  }
  // Starts the next element of an array.
  void item() {
    if (!first_) out_ += ',';
    first_ = false;
    newline();
  }
  void string(std::string_view s) {
    for (const char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        out_ += Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
      }
    }
    out_ += '"';
    out_ += s;
    out_ += '"';
  }
  void integer(long long v) { out_ += std::to_string(v); }
  void number(double v) {
    if (!std::isfinite(v)) {
      out_ += "null";
      return;
    }
    std::array<char, 64> buffer{};
    const char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), v);
    out_.append(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
  }
  // A value nlohmann writes (dumped at this depth).
  void value(const Json& j) {
    const std::string text = j.dump(2, ' ', false, Json::error_handler_t::replace);
    const std::string indent = "\n" + std::string(2 * static_cast<std::size_t>(depth_), ' ');
    for (const char c : text) {
      if (c == '\n') out_ += indent;  // a dumped string has no raw newline
      else out_ += c;
    }
    first_ = false;
  }

 private:
  void newline() {
    out_ += '\n';
    out_.append(2 * static_cast<std::size_t>(depth_), ' ');
  }
  std::string& out_;
  int depth_ = 0;
  bool first_ = true;
};

void write_position(PrettyJson& w, const Position& p) {
  w.open('{');
  if (p.page > 0) { w.key("page"); w.integer(p.page); }
  if (p.line > 0) { w.key("line"); w.integer(p.line); }
  if (p.column > 0) { w.key("column"); w.integer(p.column); }
  w.close('}');
}

void write_edit(PrettyJson& w, const Edit& e) {
  w.item();
  w.open('{');
  w.key("pass"); w.string(e.pass);
  w.key("kind"); w.string(e.kind);
  w.key("position"); write_position(w, e.where);
  w.key("before"); w.string(e.before);
  w.key("after"); w.string(e.after);
  if (!e.role.empty()) { w.key("role"); w.string(e.role); }
  if (e.read_at) { w.key("readAt"); write_position(w, *e.read_at); }
  w.key("reason"); w.string(e.reason);
  w.key("confidence"); w.number(e.confidence);
  if (e.box) {
    const auto r = [](double v) { return std::round(v * 10.0) / 10.0; };  // as box_json
    w.key("box");
    w.open('[');
    for (const double v : {e.box->x0, e.box->y0, e.box->x1, e.box->y1}) {
      w.item();
      w.number(r(v));
    }
    w.close(']');
  }
  w.close('}');
}

void write_warning(PrettyJson& w, const Diagnostic& d) {
  w.item();
  w.open('{');
  w.key("stage"); w.string(d.pass);
  w.key("position"); write_position(w, d.where);
  w.key("message"); w.string(d.message);
  if (d.doubt == Doubt::notes_in_text) {  // a reader filters on it without reading the message
    w.key("notesInText");
    w.open('[');
    for (const std::string& marker : d.notes) {
      w.item();
      w.string(marker);
    }
    w.close(']');
  }
  w.close('}');
}
}  // namespace

std::string write_edits_json(const Document& doc, const Resolution& res) {
  std::string out;
  PrettyJson w(out);
  w.open('{');
  w.key("source"); w.value(source_json(doc.source));
  w.key("metadata"); w.value(metadata(res.meta));
  w.key("type"); w.string(type_name(res.type));
  w.key("typeEvidence"); w.string(res.type_evidence);
  w.key("edits");
  w.open('[');
  for (const Edit& e : doc.log.edits()) write_edit(w, e);
  for (const Edit& e : res.edits) write_edit(w, e);
  w.close(']');
  w.key("warnings");
  w.open('[');
  for (const Diagnostic& d : doc.log.warnings()) write_warning(w, d);
  for (const Diagnostic& d : res.warnings) write_warning(w, d);
  w.close(']');
  w.close('}');
  out += '\n';
  return out;
}

std::string write_layout_json(const Document& doc, const Resolution& res, const std::vector<AknPart>& parts) {
  Json j;
  j["source"] = source_json(doc.source);
  j["symbol"] = res.meta.symbol ? Json(*res.meta.symbol) : Json(nullptr);
  Json pages = Json::array(), lines = Json::array();
  for (const Page& p : doc.pages) {
    Json page = {{"number", p.number}, {"width", p.width}, {"height", p.height}, {"ocr", p.ocr}};
    if (p.ocr) {
      page["ocrConfidence"] = std::round(p.ocr_confidence * 10.0) / 10.0;
      page["quarterTurns"] = p.quarter_turns;
      page["deskewDegrees"] = std::round(p.deskew_degrees * 1000.0) / 1000.0;
      page["quarterTurnsAfter"] = p.quarter_turns_after;
    }
    pages.push_back(std::move(page));
    for (std::size_t l = 0; l < p.lines.size(); ++l) {
      const Line& line = p.lines[l];
      Json x = {{"page", p.number}, {"line", l + 1}, {"role", std::string(to_string(line.role))}};
      if (line.source_line > 0) x["sourceLine"] = line.source_line;
      if (line.box) x["box"] = box_json(*line.box);
      x["text"] = line.text;
      lines.push_back(std::move(x));
    }
  }
  j["pages"] = std::move(pages);
  j["lines"] = std::move(lines);
  Json out_parts = Json::array();
  for (const AknPart& part : parts) {
    Json from = Json::array();
    for (const Origin& o : part.source) from.push_back(Json::array({o.page, o.line + 1}));
    out_parts.push_back({{"eid", part.eid}, {"text", part.text}, {"lines", std::move(from)}});
  }
  j["parts"] = std::move(out_parts);
  Json notes = Json::array();
  for (const Footnote& f : res.footnotes)
    notes.push_back({{"marker", f.marker}, {"text", f.text}, {"page", f.page}, {"line", f.line + 1}, {"referenced", f.referenced}});
  j["footnotes"] = std::move(notes);
  Json edits = Json::array();
  for (const Edit& e : doc.log.edits()) {
    Json x = edit_json(e);
    if (const double c = ocr_confidence_at(doc, e); c >= 0) x["ocrConfidence"] = std::round(c * 10.0) / 10.0;
    edits.push_back(std::move(x));
  }
  j["edits"] = std::move(edits);
  return j.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace akn
