#include "review/review.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/error.hpp"
#include "core/sha256.hpp"
#include "core/text.hpp"
#include "ingest/ingest.hpp"
#include "review/assets.hpp"
#include "runner/report.hpp"

namespace akn {

namespace {
namespace fs = std::filesystem;
using Json = nlohmann::json;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Written beside, then renamed over: a reader never sees half a page.
void write_file(const fs::path& path, std::string_view bytes) {
  fs::create_directories(path.parent_path());
  const fs::path tmp = path.string() + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) throw ReviewError("cannot write " + path.string());
  }
  fs::rename(tmp, path);
}

std::string esc(std::string_view s) { return xml_escape(s); }

// JSON for a <script type="application/json"> element: "</" cannot end it.
std::string script_json(const Json& j) {
  std::string s = j.dump(-1, ' ', false, Json::error_handler_t::replace);
  for (std::size_t at = s.find("</"); at != std::string::npos; at = s.find("</", at + 3)) s.replace(at, 2, "<\\/");
  return s;
}

// A percentage of `whole` with two decimals, as CSS wants it.
std::string pct(double v, double whole) {
  if (whole <= 0) return "0%";
  return format_fixed(std::clamp(v / whole * 100.0, 0.0, 100.0), 2) + "%";
}

std::string number(const Json& j, const char* key, int decimals) {
  if (!j.contains(key) || !j[key].is_number()) return "";
  return format_fixed(j[key].get<double>(), decimals);
}

// A title attribute listing the parts of a document's quality score (the
// figure, and the count it was made from).
std::string quality_parts(const DocumentReport& entry) {
  if (!entry.quality) return {};
  const Quality& q = *entry.quality;
  std::string s;
  auto part = [&](const char* label, double figure, std::optional<std::size_t> count = std::nullopt, const char* what = nullptr) {
    if (figure < 0) return;  // not measured (no OCR, no dictionary)
    s += std::string(s.empty() ? "" : "\n") + label + " " + format_fixed(figure, 2);
    if (count) s += " (" + std::to_string(*count) + " " + what + ")";
  };
  part("OCR confidence", q.ocr_confidence);
  part("dictionary", q.dictionary);
  part("script", q.script);
  if (!q.unchecked.empty()) s += std::string(s.empty() ? "" : "\n") + "unchecked: " + q.unchecked;
  part("conservation", q.conservation, q.unaccounted, "unaccounted");
  part("furniture", q.furniture, q.furniture_in_text, "left in the text");
  part("reading order", q.reading_order, q.order_breaks, "breaks");
  part("metadata", q.metadata);
  part("structure", q.structure);
  return s.empty() ? s : " title=\"" + esc(s) + "\"";
}

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  [[nodiscard]] Box united(const Box& o) const {
    return {std::min(x0, o.x0), std::min(y0, o.y0), std::max(x1, o.x1), std::max(y1, o.y1)};
  }
};

std::optional<Box> box_of(const Json& j) {
  if (!j.contains("box") || !j["box"].is_array() || j["box"].size() != 4) return std::nullopt;
  const Json& b = j["box"];
  for (const Json& v : b)
    if (!v.is_number()) return std::nullopt;
  return Box{b[0].get<double>(), b[1].get<double>(), b[2].get<double>(), b[3].get<double>()};
}

// What a box on the page shows; each has its colour and legend entry.
enum class Category { paragraph, body, furniture, masthead, marker, footnote, mark, correction, join, edit };
struct CategoryInfo {
  const char* css;
  const char* legend;
  bool shown;  // drawn when the page opens (the legend toggles each)
};
CategoryInfo info(Category c) {
  switch (c) {
    case Category::paragraph: return {"para", "body paragraph (labelled with its AKN eId)", true};
    case Category::body: return {"body", "other body text (preface, formula)", true};
    case Category::furniture: return {"furniture", "removed page furniture", true};
    case Category::masthead: return {"masthead", "masthead (kept as metadata)", true};
    case Category::marker: return {"marker", "tool marker (kept as metadata)", true};
    case Category::footnote: return {"footnote", "footnote zone", true};
    case Category::mark: return {"mark", "footnote reference mark", true};
    case Category::correction: return {"correction", "corrected word", true};
    case Category::join: return {"join", "dehyphenation, split-word repair", true};
    case Category::edit: return {"edit", "other edit (line joins, normalisation)", false};
  }
  return {"edit", "edit", false};
}
constexpr Category kCategories[] = {Category::paragraph, Category::body,   Category::furniture, Category::masthead,
                                    Category::marker,    Category::footnote, Category::mark,    Category::correction,
                                    Category::join,      Category::edit};

Category edit_category(const std::string& pass, const std::string& kind) {
  if (kind.starts_with("correct_")) return Category::correction;
  if (pass == "rejoin_hyphenated_lines" || pass == "repair_split_words" || kind == "join_split_word") return Category::join;
  if (kind == "mark_footnote_reference" || kind == "superscript_note_mark" || kind == "link_footnote_reference")
    return Category::mark;
  return Category::edit;
}

Category role_category(const std::string& role) {
  if (role == "furniture") return Category::furniture;
  if (role == "masthead") return Category::masthead;
  if (role == "marker") return Category::marker;
  if (role == "footnote") return Category::footnote;
  return Category::body;
}

// One drawn box (or, for a page without geometry, one listed line).
struct Mark {
  Category category;
  Box box;
  std::string eid;                 // paragraph boxes
  bool first_of_part = false;      // carries the eId label
  std::vector<std::size_t> edits;  // indices into the layout's edits
  std::string title;               // the hover text
  int line = 0;                    // 1-based line on the page, when it is one line (or the first)
  bool from_edit = false;          // an edit's box, not a line's
};

std::string edit_title(const Json& e) {
  std::string t = e.value("pass", "") + " / " + e.value("kind", "") + ": " + e.value("reason", "");
  const std::string before = e.value("before", ""), after = e.value("after", "");
  if (!before.empty() || !after.empty()) t += " [" + std::string(head_bytes(before, 80)) + " \xE2\x86\x92 " + std::string(head_bytes(after, 80)) + "]";
  return t;
}

struct Doc {
  DocumentReport entry;  // report.json's record
  std::string stem;    // output path under OUT, without extension
  fs::path layout, text;
  fs::path input;
  std::string problem;
};

std::string legend_html() {
  std::string h = "<div class=\"legend\" role=\"group\" aria-label=\"What the boxes show\">";
  for (Category c : kCategories) {
    const CategoryInfo i = info(c);
    h += "<label><input type=\"checkbox\" data-cat=\"" + std::string(i.css) + "\"" + (i.shown ? " checked" : "") +
         "><span class=\"sw " + i.css + "\"></span>" + esc(i.legend) + "</label>";
  }
  return h + "</div>";
}

// Page figures of a document with geometry, and the list of its parts.
class DocumentPage {
 public:
  explicit DocumentPage(const Json& layout) : layout_(layout) {
    for (const Json& p : layout_["pages"]) pages_[p.value("number", 0)] = p;
    for (const Json& l : layout_["lines"]) lines_[{l.value("page", 0), l.value("line", 0)}] = &l;
    geometry_ = std::any_of(layout_["lines"].begin(), layout_["lines"].end(), [](const Json& l) { return l.contains("box"); });
    collect();
  }

  [[nodiscard]] bool geometry() const { return geometry_; }

  // The marks of page `n`, in drawing order (zones under words).
  [[nodiscard]] const std::vector<Mark>& marks(int n) const {
    static const std::vector<Mark> none;
    auto it = marks_.find(n);
    return it == marks_.end() ? none : it->second;
  }

  [[nodiscard]] const std::map<int, Json>& pages() const { return pages_; }

 private:
  // Edits found at (page, line), by the layout's positions (1-based line
  // on the page; a text input's edits are by source line).
  void collect() {
    // A text input's edits are positioned by source line, and its one page
    // holds the lines of the file.
    std::map<std::pair<int, int>, std::pair<int, int>> by_source_line;  // (page, source line) -> (page, line)
    for (const auto& [key, l] : lines_)
      if (l->contains("sourceLine")) by_source_line.emplace(std::pair<int, int>{key.first, (*l)["sourceLine"].get<int>()}, key);
    auto line_key = [&](const Json& pos) {
      std::pair<int, int> key{pos.value("page", 0), pos.value("line", 0)};
      if (!geometry_)
        if (auto s = by_source_line.find(key); s != by_source_line.end()) key = s->second;
      return key;
    };
    std::map<std::pair<int, int>, std::vector<std::size_t>> at_line;
    const Json& edits = layout_["edits"];
    std::set<std::size_t> placed;
    for (std::size_t i = 0; i < edits.size(); ++i) at_line[line_key(edits[i]["position"])].push_back(i);
    // Lines: role zones, and paragraph lines by their AKN part.
    std::map<std::pair<int, int>, std::string> part_of;  // line -> eId
    for (const Json& part : layout_["parts"]) {
      const std::string eid = part.value("eid", "");
      for (const Json& pl : part["lines"]) part_of.emplace(std::pair<int, int>{pl[0].get<int>(), pl[1].get<int>()}, eid);
    }
    std::set<std::string> labelled;
    for (const auto& [key, l] : lines_) {
      const std::string role = l->value("role", "body");
      if (role == "blank") continue;
      Mark m;
      m.line = key.second;
      if (auto b = box_of(*l)) m.box = *b;
      else if (geometry_) continue;
      auto part = part_of.find(key);
      if (role == "body" && part != part_of.end()) {
        m.category = Category::paragraph;
        m.eid = part->second;
        m.title = part->second + ": " + std::string(head_bytes(l->value("text", ""), 120));
      } else {
        m.category = role_category(role);
        m.title = info(m.category).legend + std::string(": ") + std::string(head_bytes(l->value("text", ""), 120));
      }
      // The edits that decided this line's role go with its box.
      if (m.category != Category::paragraph && m.category != Category::body)
        if (auto e = at_line.find(key); e != at_line.end())
          for (std::size_t i : e->second)
            if (edit_category(edits[i].value("pass", ""), edits[i].value("kind", "")) == Category::edit) {
              m.edits.push_back(i);
              placed.insert(i);
            }
      if (!m.edits.empty()) m.title = edit_title(edits[m.edits.front()]);
      auto& list = marks_[key.first];
      // Consecutive lines of one paragraph (or one zone) on a page make one
      // box; the eId label goes on the first.
      if (!list.empty() && geometry_ && list.back().category == m.category && list.back().eid == m.eid &&
          (m.category == Category::paragraph || m.category == Category::footnote) && last_line_[key.first] + 1 == key.second) {
        list.back().box = list.back().box.united(m.box);
      } else {
        m.first_of_part = m.category == Category::paragraph && labelled.insert(m.eid).second;
        list.push_back(std::move(m));
      }
      last_line_[key.first] = key.second;
    }
    // Edits of words: corrections, joins, reference marks, the rest.
    for (std::size_t i = 0; i < edits.size(); ++i) {
      if (placed.count(i)) continue;
      const Json& e = edits[i];
      const Category c = edit_category(e.value("pass", ""), e.value("kind", ""));
      const std::pair<int, int> key = line_key(e["position"]);
      Mark m;
      m.from_edit = true;
      m.category = c;
      m.edits = {i};
      m.line = key.second;
      m.title = edit_title(e);
      if (auto b = box_of(e)) m.box = *b;
      else if (geometry_ || key.first == 0) continue;
      marks_[key.first].push_back(std::move(m));
    }
  }

  const Json& layout_;
  std::map<int, Json> pages_;
  std::map<std::pair<int, int>, const Json*> lines_;
  std::map<int, int> last_line_;
  std::map<int, std::vector<Mark>> marks_;
  bool geometry_ = false;
};

std::string mark_attrs(const Mark& m) {
  std::string a = " class=\"box " + std::string(info(m.category).css) + "\"";
  if (!m.eid.empty()) a += " data-eid=\"" + esc(m.eid) + "\"";
  if (!m.edits.empty()) {
    std::string list;
    for (std::size_t i : m.edits) list += (list.empty() ? "" : " ") + std::to_string(i);
    a += " data-edits=\"" + list + "\"";
  }
  if (m.line > 0) a += " data-line=\"" + std::to_string(m.line) + "\"";
  a += " title=\"" + esc(m.title) + "\"";
  return a;
}

std::string structure_html(const Json& layout) {
  std::string h = "<h2>Structure</h2><ol class=\"parts\">";
  for (const Json& part : layout["parts"]) {
    const std::string eid = part.value("eid", "");
    std::string text = part.value("text", "");
    if (text.size() > 160) text = std::string(head_bytes(text, 160)) + "\xE2\x80\xA6";
    const bool placed = !part["lines"].empty();
    h += "<li><a class=\"part" + std::string(placed ? "" : " unplaced") + "\" href=\"#\" data-eid=\"" + esc(eid) + "\">" +
         esc(eid) + "</a> " + esc(text) + "</li>";
  }
  h += "</ol>";
  if (!layout["footnotes"].empty()) {
    h += "<h2>Footnotes</h2><ol class=\"notes\">";
    for (const Json& f : layout["footnotes"])
      h += "<li><b>" + esc(f.value("marker", "")) + "</b> " + esc(f.value("text", "")) +
           (f.value("referenced", false) ? "" : " <em>(no reference found)</em>") + "</li>";
    h += "</ol>";
  }
  return h;
}

std::string page_turn_note(const Json& p) {
  std::string s;
  if (!p.value("ocr", false)) return s;
  s = "OCR, mean word confidence " + number(p, "ocrConfidence", 0);
  const int q = p.value("quarterTurns", 0) + p.value("quarterTurnsAfter", 0);
  if (q % 4 != 0) s += ", turned " + std::to_string((q % 4) * 90) + "\xC2\xB0";
  if (const double d = p.value("deskewDegrees", 0.0); d != 0) s += ", deskewed " + format_fixed(d, 2) + "\xC2\xB0";
  return s;
}

struct Rendered {
  std::map<int, std::pair<int, int>> sizes;  // page -> image pixels
  std::string problem;
};

// Renders the input's pages into `dir` unless the images there are of the
// same input and width (a stamp file says which).
Rendered render_images(const Doc& doc, const Json& layout, const fs::path& dir, const ReviewOptions& options,
                       std::size_t& rendered_count) {
  Rendered r;
  const std::string stamp = layout["source"].value("sha256", "") + " " + std::to_string(options.image_width) + "\n";
  const fs::path stamp_path = dir / "stamp";
  std::error_code ec;
  if (read_file(stamp_path) == stamp) {
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      const std::string name = entry.path().filename().string();
      if (!name.ends_with(".jpg")) continue;
      const std::string meta = read_file(entry.path().string() + ".size");
      int w = 0, h = 0;
      if (std::sscanf(meta.c_str(), "%d %d", &w, &h) == 2) r.sizes[std::atoi(name.c_str())] = {w, h};
    }
    if (!r.sizes.empty()) return r;
  }
  if (doc.input.empty() || !fs::is_regular_file(doc.input, ec)) {
    r.problem = "the input " + doc.input.string() + " is not there: pages drawn without their images";
    return r;
  }
  const std::string bytes = read_file(doc.input);
  if (bytes.empty() || layout["source"].value("sha256", "") != sha256_hex(bytes)) {
    r.problem = "the input " + doc.input.string() + " has changed since it was converted: pages drawn without their images";
    return r;
  }
  RenderOptions ro;
  ro.width = options.image_width;
  for (const Json& p : layout["pages"])
    ro.turns.push_back(PageTurns{p.value("quarterTurns", 0), p.value("deskewDegrees", 0.0), p.value("quarterTurnsAfter", 0)});
  fs::remove_all(dir, ec);
  fs::create_directories(dir);
  try {
    render_pages(doc.entry.relative, bytes, ro, [&](PageImage image) {
      write_file(dir / (std::to_string(image.page) + ".jpg"), image.jpeg);
      write_file(dir / (std::to_string(image.page) + ".jpg.size"),
                 std::to_string(image.width) + " " + std::to_string(image.height) + "\n");
      r.sizes[image.page] = {image.width, image.height};
      ++rendered_count;
    });
    write_file(stamp_path, stamp);
  } catch (const DocumentError& e) {
    r.problem = "page images: " + std::string(e.what());
  }
  return r;
}

std::string document_html(const Doc& doc, const Json& layout, const std::string& clean_text,
                          const Rendered& images, const std::string& images_dir, const std::string& index_href) {
  const DocumentPage page(layout);
  const DocumentReport& e = doc.entry;
  const std::string& name = e.relative;
  const std::string symbol = layout.value("symbol", Json()).is_string() ? layout["symbol"].get<std::string>() : "";
  std::string h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                  "<title>Review: " + esc(symbol.empty() ? name : symbol + " (" + name + ")") + "</title><style>" +
                  std::string(review_css()) + "</style></head><body class=\"document\">";
  h += "<header><p><a href=\"" + esc(index_href) + "\">\xE2\x86\x90 all documents</a></p><h1>" +
       esc(symbol.empty() ? name : symbol) + " <small>" + esc(name) + "</small></h1><p class=\"facts\">";
  h += std::string("status <b>") + status_name(e.status) + "</b> \xC2\xB7 " + std::to_string(count_of(e, "pages")) + " pages \xC2\xB7 " +
       std::to_string(count_of(e, "pagesOcr")) + " by OCR \xC2\xB7 quality <b>" +
       (e.quality ? format_fixed(e.quality->score, 2) : std::string("\xE2\x80\x94")) + "</b> \xC2\xB7 " +
       std::to_string(layout["edits"].size()) + " edits \xC2\xB7 " + std::to_string(count_of(e, "warnings")) + " warnings</p>";
  if (!doc.problem.empty() || !images.problem.empty())
    h += "<p class=\"problem\">" + esc(!doc.problem.empty() ? doc.problem : images.problem) + "</p>";
  if (!e.warnings.empty()) {
    h += "<details class=\"warnings\"><summary>Warnings</summary><ul>";
    for (const std::string& w : e.warnings) h += "<li>" + esc(w) + "</li>";
    h += "</ul></details>";
  }
  h += legend_html() + "</header><main><section class=\"pages\">";
  for (const auto& [n, p] : page.pages()) {
    const double pw = p.value("width", 0.0), ph = p.value("height", 0.0);
    const std::string note = page_turn_note(p);
    h += "<figure class=\"page\" id=\"page-" + std::to_string(n) + "\"><figcaption>Page " + std::to_string(n) +
         (note.empty() ? "" : " \xC2\xB7 " + esc(note)) + "</figcaption>";
    if (page.geometry() && pw > 0 && ph > 0) {
      h += "<div class=\"sheet\" style=\"aspect-ratio: " + format_fixed(pw, 2) + " / " + format_fixed(ph, 2) + "\">";
      if (auto img = images.sizes.find(n); img != images.sizes.end()) {
        // The first pages at once; the others are fetched by the page's
        // script as they come near the screen (browsers' own loading="lazy"
        // is not applied everywhere: headless Chromium fetches all 110
        // images of a 110-page review at once). Without scripts, the
        // <noscript> copy loads.
        const std::string src = esc(images_dir + "/" + std::to_string(n) + ".jpg");
        const std::string rest = "\" width=\"" + std::to_string(img->second.first) + "\" height=\"" +
                                 std::to_string(img->second.second) + "\" alt=\"Page " + std::to_string(n) + "\">";
        if (n <= 2) h += "<img src=\"" + src + rest;
        else h += "<img data-src=\"" + src + rest + "<noscript><img loading=\"lazy\" src=\"" + src + rest + "</noscript>";
      }
      for (const Mark& m : page.marks(n)) {
        h += "<div" + mark_attrs(m) + " style=\"left:" + pct(m.box.x0, pw) + ";top:" + pct(m.box.y0, ph) +
             ";width:" + pct(std::max(0.0, m.box.x1 - m.box.x0), pw) + ";height:" + pct(std::max(0.0, m.box.y1 - m.box.y0), ph) +
             "\">";
        if (m.first_of_part) h += "<span class=\"tag\">" + esc(m.eid) + "</span>";
        h += "</div>";
      }
      h += "</div>";
    } else {
      // No geometry (a text dump): the source lines, each with its role.
      h += "<div class=\"listing\">";
      std::map<int, std::vector<const Mark*>> edits_of_line;
      std::map<int, const Mark*> line_mark;
      for (const Mark& m : page.marks(n)) {
        if (m.from_edit) edits_of_line[m.line].push_back(&m);
        else line_mark[m.line] = &m;
      }
      for (const Json& l : layout["lines"]) {
        if (l.value("page", 0) != n) continue;
        const int ln = l.value("line", 0);
        const auto found = line_mark.find(ln);
        const Mark* m = found == line_mark.end() ? nullptr : found->second;
        h += m ? "<div" + mark_attrs(*m) + ">" : std::string("<div class=\"row blank\">");
        h += "<span class=\"ln\">" + std::to_string(l.value("sourceLine", ln)) + "</span>";
        if (m && m->first_of_part) h += "<span class=\"tag\">" + esc(m->eid) + "</span>";
        h += esc(l.value("text", ""));
        for (const Mark* x : edits_of_line[ln]) h += " <span" + mark_attrs(*x) + ">" + esc(layout["edits"][x->edits.front()].value("after", "")) + "</span>";
        h += "</div>";
      }
      h += "</div>";
    }
    h += "</figure>";
  }
  h += "</section><aside><div id=\"detail\" aria-live=\"polite\"><p>Point at a box to see what it is; click it for its "
       "edit-log entry. Click a paragraph below to find it on the page.</p></div>";
  h += structure_html(layout);
  h += "<h2>Clean text</h2><pre class=\"clean\">" + esc(clean_text) + "</pre></aside></main>";
  h += "<script type=\"application/json\" id=\"edits\">" + script_json(layout["edits"]) + "</script>";
  h += "<script>" + std::string(review_document_js()) + "</script></body></html>\n";
  return h;
}

std::size_t corrections(const DocumentReport& entry) {
  std::size_t n = 0;
  for (const auto& [kind, count] : entry.edits_by_kind)
    if (kind.starts_with("correct_")) n += count;
  return n;
}

std::string index_html(const std::vector<Doc>& docs, const std::set<std::size_t>& with_page, const ReviewOptions& options,
                       const RunReport& report) {
  std::string h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                  "<title>Review of the run</title><style>" + std::string(review_css()) + "</style></head><body class=\"index\">";
  h += "<header><h1>Review of the run</h1><p class=\"facts\">" + std::to_string(docs.size()) + " inputs \xC2\xB7 ";
  std::size_t pages = 0;
  for (const DocumentReport& d : report.documents)
    if (d.status == Status::ok) pages += count_of(d, "pages");
  for (Status st : kStatuses)
    if (report.count(st) > 0) h += std::to_string(report.count(st)) + " " + status_name(st) + " \xC2\xB7 ";
  h += std::to_string(pages) + " pages converted</p>";
  h += "<div class=\"filters\" role=\"group\" aria-label=\"Show\">"
       "<button data-filter=\"all\" class=\"on\">all</button>"
       "<button data-filter=\"failed\">failed</button>"
       "<button data-filter=\"low\">low quality (under " + format_fixed(options.low_quality, 2) + ")</button>"
       "<button data-filter=\"corrections\">many corrections (" + std::to_string(options.many_corrections) + " or more)</button>"
       "<button data-filter=\"warnings\">with warnings</button>"
       "<input type=\"search\" id=\"find\" placeholder=\"name or symbol\" aria-label=\"Find\"></div></header>";
  h += "<main><table id=\"documents\"><thead><tr>"
       "<th data-key=\"name\" data-type=\"text\">document</th><th data-key=\"symbol\" data-type=\"text\">symbol</th>"
       "<th data-key=\"status\" data-type=\"text\">status</th><th data-key=\"pages\">pages</th>"
       "<th data-key=\"ocr\">OCR pages</th><th data-key=\"quality\">quality</th><th data-key=\"edits\">edits</th>"
       "<th data-key=\"corrections\">corrections</th><th data-key=\"warnings\">warnings</th>"
       "<th data-key=\"reason\" data-type=\"text\">reason or note</th></tr></thead><tbody>";
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const DocumentReport& e = docs[i].entry;
    const std::string status = status_name(e.status);
    const std::string quality = e.quality ? format_fixed(e.quality->score, 2) : "";
    std::size_t edits = count_of(e, "edits");
    const std::size_t fixes = corrections(e), warnings = e.warnings.size();
    const bool low = !quality.empty() && std::stod(quality) < options.low_quality;
    std::string classes = "status-" + status;
    if (low) classes += " low";
    if (fixes >= options.many_corrections) classes += " many";
    if (warnings > 0) classes += " warned";
    const std::string& name = e.relative;
    h += "<tr class=\"" + classes + "\" data-name=\"" + esc(name) + "\" data-symbol=\"" + esc(e.symbol) +
         "\" data-status=\"" + esc(status) + "\" data-pages=\"" + std::to_string(count_of(e, "pages")) + "\" data-ocr=\"" +
         std::to_string(count_of(e, "pagesOcr")) + "\" data-quality=\"" + (quality.empty() ? "-1" : quality) +
         "\" data-edits=\"" + std::to_string(edits) + "\" data-corrections=\"" + std::to_string(fixes) + "\" data-warnings=\"" +
         std::to_string(warnings) + "\" data-reason=\"" + esc(e.reason.empty() ? e.note : e.reason) + "\">";
    h += "<td>" + (with_page.count(i) ? "<a href=\"" + esc(docs[i].stem) + ".html\">" + esc(name) + "</a>" : esc(name)) + "</td>";
    h += "<td>" + esc(e.symbol) + "</td><td>" + esc(status) + "</td><td>" +
         std::to_string(count_of(e, "pages")) + "</td><td>" + std::to_string(count_of(e, "pagesOcr")) + "</td><td" +
         quality_parts(e) + ">" + quality + "</td><td>" + std::to_string(edits) + "</td><td>" +
         std::to_string(fixes) + "</td><td";
    if (warnings > 0) {
      std::string all;
      for (const std::string& w : e.warnings) all += w + "\n";
      h += " title=\"" + esc(all) + "\"";
    }
    h += ">" + std::to_string(warnings) + "</td><td>";
    std::string reason = e.reason;
    if (reason.empty() && !e.duplicate_of.empty()) reason = "the same as " + e.duplicate_of;
    if (reason.empty()) reason = e.note;
    if (!docs[i].problem.empty()) reason += (reason.empty() ? "" : "; ") + docs[i].problem;
    h += esc(reason) + "</td></tr>";
  }
  h += "</tbody></table></main><script>" + std::string(review_index_js()) + "</script></body></html>\n";
  return h;
}

}  // namespace

ReviewSummary write_review(const ReviewOptions& options) {
  const fs::path out(options.out_dir);
  const fs::path report_path = out / "report.json";
  if (!fs::exists(report_path)) throw ReviewError(report_path.string() + ": no report of a run (convert into this directory first)");
  RunReport report;
  try {
    report = read_report(report_path.string());
  } catch (const ReportError& e) {
    throw ReviewError(report_path.string() + ": not a readable report of akn-ingest (" + e.what() + ")");
  }
  // Paths in the report are as the run saw them; they are found again under
  // OUT (which may have moved) and against the run's working directory.
  const std::string run_out = report.out_dir;
  const fs::path run_cwd = report.working_directory;
  auto in_out = [&](const std::string& recorded) -> fs::path {
    if (!run_out.empty() && recorded.starts_with(run_out + "/")) return out / recorded.substr(run_out.size() + 1);
    return fs::path(recorded);
  };
  ReviewSummary summary;
  const fs::path dir = out / "review";
  std::vector<Doc> docs;
  std::set<std::size_t> with_page;
  for (const DocumentReport& entry : report.documents) {
    Doc d;
    d.entry = entry;
    const std::string& input = entry.input;
    d.input = fs::path(input).is_relative() && !run_cwd.empty() ? run_cwd / input : fs::path(input);
    if (const auto layout = entry.outputs.find("layout"); layout != entry.outputs.end()) {
      d.layout = in_out(layout->second);
      std::string rel = fs::relative(d.layout, out).generic_string();
      d.stem = rel.substr(0, rel.size() - std::string(".layout.json").size());
      if (const auto txt = entry.outputs.find("txt"); txt != entry.outputs.end()) d.text = in_out(txt->second);
    } else if (entry.status == Status::ok || entry.status == Status::unchanged || entry.status == Status::renamed) {
      d.problem = "no layout recorded: convert with --review (or --format layout) to review it";
    }
    docs.push_back(std::move(d));
  }
  for (std::size_t i = 0; i < docs.size(); ++i) {
    Doc& d = docs[i];
    if (d.layout.empty()) {
      if (!d.problem.empty()) summary.problems.push_back(d.entry.relative + ": " + d.problem);
      continue;
    }
    Json layout;
    try {
      layout = Json::parse(read_file(d.layout));
    } catch (const Json::exception&) {
      d.problem = "the layout " + d.layout.string() + " is missing or damaged";
      summary.problems.push_back(d.entry.relative + ": " + d.problem);
      continue;
    }
    for (const char* key : {"pages", "lines", "parts", "footnotes", "edits"})
      if (!layout.contains(key) || !layout[key].is_array()) layout[key] = Json::array();
    if (!layout.contains("source") || !layout["source"].is_object()) layout["source"] = Json::object();
    const fs::path html = dir / (d.stem + ".html");
    const fs::path images_dir = dir / (d.stem + ".pages");
    const bool geometry = std::any_of(layout["lines"].begin(), layout["lines"].end(), [](const Json& l) { return l.contains("box"); });
    Rendered images;
    if (geometry) images = render_images(d, layout, images_dir, options, summary.images_rendered);
    if (!images.problem.empty()) summary.problems.push_back(d.entry.relative + ": " + images.problem);
    std::string text = d.text.empty() ? std::string() : read_file(d.text);
    if (text.empty())
      for (const Json& part : layout["parts"]) text += part.value("text", "") + "\n\n";
    const std::size_t depth = static_cast<std::size_t>(std::count(d.stem.begin(), d.stem.end(), '/'));
    std::string up;
    for (std::size_t k = 0; k < depth; ++k) up += "../";
    write_file(html, document_html(d, layout, text, images, images_dir.filename().string(), up + "index.html"));
    with_page.insert(i);
    ++summary.pages_written;
  }
  summary.documents = docs.size();
  summary.index = (dir / "index.html").string();
  write_file(dir / "index.html", index_html(docs, with_page, options, report));
  return summary;
}

}  // namespace akn
