// Running heads and page furniture with geometry (remove_furniture): pages
// laid out word by word as UN documents print them, and every real PDF of
// ../shared/corpus/born_digital and ../shared/unakn/pdf checked for what
// its own metadata and page-1 title say its furniture is.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <cstdlib>
#include <set>

#include <unistd.h>

#include "core/regex.hpp"
#include "core/text.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

// A part of a line: its text spread over [x0, x1].
struct Run {
  std::string text;
  double x0, x1;
};

// A line at height y0 in type of `size` pt, made of runs (several runs on
// one baseline with a wide gap between them are a line of segments).
Line placed(const std::vector<Run>& runs, double y0, double size) {
  Line line;
  line.font_size = size;
  for (const Run& run : runs) {
    if (!line.text.empty()) line.text += ' ';
    std::vector<std::string> words;
    for (std::size_t at = 0; at < run.text.size();) {
      const std::size_t end = std::min(run.text.find(' ', at), run.text.size());
      words.push_back(run.text.substr(at, end - at));
      at = end + 1;
    }
    const double per_char = (run.x1 - run.x0) / static_cast<double>(run.text.size());
    double x = run.x0;
    for (std::size_t k = 0; k < words.size(); ++k) {
      Word w;
      w.begin = line.text.size();
      line.text += words[k];
      w.end = line.text.size();
      if (k + 1 < words.size()) line.text += ' ';
      const double width = per_char * static_cast<double>(words[k].size());
      w.box = Box{x, y0, x + width, y0 + 1.1 * size};
      w.font_size = size;
      x += width + per_char;
      line.words.push_back(w);
    }
  }
  line.box = line.words.front().box;
  for (const Word& w : line.words) line.box = line.box->united(*w.box);
  return line;
}

Line text_line(const std::string& text, double y0, double size = 10, double x0 = 123.4) {
  return placed({{text, x0, x0 + 3.6 * static_cast<double>(text.size())}}, y0, size);
}

// A US Letter page of body lines, one every 12 pt from `top`.
Page page_of(int number, std::vector<Line> head, const std::vector<std::string>& body, double top = 73.5) {
  Page page;
  page.number = number;
  page.width = 612;
  page.height = 792;
  page.lines = std::move(head);
  for (std::size_t i = 0; i < body.size(); ++i) page.lines.push_back(text_line(body[i], top + 12.0 * static_cast<double>(i)));
  return page;
}

// Page 1 of a short resolution: the number and title in 12 pt, then body.
Page first_page(const std::string& title) {
  Page page = page_of(1, {}, {"The General Assembly,", "Recalling its resolutions on the subject,",
                              "Noting the report of the Secretary-General on the question,"},
                      400);
  page.lines.insert(page.lines.begin(), text_line(title, 356.8, 12, 72.4));
  page.lines.push_back(text_line("23-24932 (E) 201223", 738.7, 10, 65.4));
  return page;
}

const std::vector<std::string> kBody = {
    "organizations, and commends them to the attention of Governments and international",
    "organizations without prejudice to the question of their future adoption or other",
    "appropriate action;", "2. Requests the Secretary-General to update the compilation of decisions of"};

Document short_resolution(std::vector<Line> head) {
  Document doc;
  doc.source.kind = "pdf";
  doc.meta.symbol.emplace("A/RES/78/114");
  doc.pages.push_back(first_page("78/114. Responsibility of international organizations"));
  doc.pages.push_back(page_of(2, std::move(head), kBody));
  doc.pages.back().lines.push_back(text_line("2/2", 749.4, 8.5, 60));
  return doc;
}

std::vector<std::string> texts_with(const Document& doc, LineRole role) {
  std::vector<std::string> out;
  for (const Page& p : doc.pages)
    for (const Line& l : p.lines)
      if (l.role == role) out.push_back(l.text);
  return out;
}

std::vector<std::string> furniture_warnings(const Document& doc) {
  std::vector<std::string> out;
  for (const Diagnostic& d : doc.log.warnings())
    if (d.pass == "remove_furniture") out.push_back(d.message);
  return out;
}

bool contains(std::string_view text, std::string_view what) { return text.find(what) != std::string_view::npos; }

}  // namespace

TEST_CASE("a two-page resolution's one running head, symbol and short title on one baseline, is furniture",
          "[cleanup][remove_furniture][geometry]") {
  // A/RES/78/114: the head occurs once, so recurrence cannot find it. The
  // layout may give it as one line of two segments or as two lines.
  const bool split = GENERATE(false, true);
  INFO((split ? "two lines" : "one line of two segments"));
  std::vector<Line> head;
  if (split) {
    head.push_back(placed({{"A/RES/78/114", 60, 111}}, 53.2, 8.5));
    head.push_back(placed({{"Responsibility of international organizations", 380, 552}}, 53.2, 8.5));
  } else {
    head.push_back(placed({{"A/RES/78/114", 60, 111}, {"Responsibility of international organizations", 380, 552}}, 53.2, 8.5));
  }
  Document doc = short_resolution(head);
  run_passes(doc, {"remove_furniture"});
  const auto removed = edits_of(doc, "remove_running_head");
  REQUIRE(removed.size() == head.size());
  for (const Edit& e : removed) {
    CHECK(e.where.page == 2);
    CHECK(contains(e.reason, "page header"));
  }
  CHECK(contains(removed.front().reason, "the document symbol A/RES/78/114"));
  CHECK(contains(removed.back().reason, "words of the title"));
  // The body under it, and the title on page 1, stay text.
  const auto body = texts_with(doc, LineRole::body);
  for (const std::string& line : kBody) CHECK(std::count(body.begin(), body.end(), line) == 1);
  CHECK(doc.pages[0].lines[0].role == LineRole::body);
  CHECK(furniture_warnings(doc).empty());
  // The job number printed on page 1 is the document's.
  CHECK(doc.meta.job_number == "23-24932");
}

TEST_CASE("alternating heads with a title wrapped over two lines: each line is furniture on every page",
          "[cleanup][remove_furniture][geometry]") {
  // A/RES/78/101: even pages print the symbol left, odd pages right, on the
  // baseline of the title's second line; 2 pages of 3 carry each form.
  Document doc;
  doc.meta.symbol.emplace("A/RES/78/101");
  doc.pages.push_back(first_page("78/101. Implementation of the Declaration on the Granting of Independence"));
  doc.pages[0].lines.insert(doc.pages[0].lines.begin() + 1, text_line("to Colonial Countries and Peoples", 370.2, 12));
  const std::string first = "Implementation of the Declaration on the Granting of";
  const std::string second = "Independence to Colonial Countries and Peoples";
  doc.pages.push_back(page_of(2,
                              {placed({{first, 357, 552}}, 43.4, 8.5),
                               placed({{"A/RES/78/101", 60, 111}, {second, 376, 552}}, 53.2, 8.5)},
                              kBody));
  doc.pages.push_back(page_of(3,
                              {placed({{first, 60, 255}}, 43.4, 8.5),
                               placed({{second, 60, 240}, {"A/RES/78/101", 501, 552}}, 53.2, 8.5)},
                              {"status of Tokelau, monitored by the United Nations;",
                               "8. Requests the Special Committee to continue to seek suitable means for the"}));
  run_passes(doc, {"remove_furniture"});
  for (std::size_t p = 1; p < 3; ++p) {
    INFO("page " << p + 1);
    CHECK(doc.pages[p].lines[0].role == LineRole::furniture);
    CHECK(doc.pages[p].lines[1].role == LineRole::furniture);
    CHECK(doc.pages[p].lines[2].role == LineRole::body);
  }
  CHECK(edits_of(doc, "remove_running_head").size() == 4);
  CHECK(furniture_warnings(doc).empty());
}

TEST_CASE("the 1990s continuation head: symbol, second symbol, language and page, in body type",
          "[cleanup][remove_furniture][geometry]") {
  // A/49/230-S/1994/822 page 2: four lines set like the body, 26 pt above it.
  Document doc;
  doc.meta.symbol.emplace("A/49/230");
  doc.meta.other_symbols = {"S/1994/822"};
  doc.pages.push_back(page_of(1, {}, {"herewith a declaration by the European Union on the visit by Chairman Arafat to",
                                      "Gaza/Jericho, issued on 11 July 1994."}, 360));
  Page second = page_of(2,
                        {text_line("A/49/230", 36.6, 10, 64.8), text_line("S/1994/822", 48.3, 10, 64.8),
                         text_line("English", 60.0, 10, 64.8), text_line("Page 2", 71.7, 10, 64.8)},
                        {"illegal settlement activities. All of the above indeed represent a very",
                         "inauspicious and dangerous beginning by the Israeli Government following the"},
                        105.4);
  doc.pages.push_back(second);
  run_passes(doc, {"remove_furniture"});
  CHECK(texts_with(doc, LineRole::furniture) == std::vector<std::string>{"A/49/230", "S/1994/822", "English", "Page 2"});
  CHECK(texts_with(doc, LineRole::body).size() == 4);
  // Each with its reason: the page number by its pattern, the rest as the
  // head beside it.
  REQUIRE(doc.log.edits().size() == 4);
  CHECK(edits_of(doc, "remove_page_number").size() == 1);
  for (const Edit& e : edits_of(doc, "remove_running_head")) CHECK(contains(e.reason, "page header"));
  CHECK(contains(doc.log.edits().back().reason, "the language name"));
}

TEST_CASE("a note line at the foot of a page is not a footer, even a symbol recurring at the same height",
          "[cleanup][remove_furniture][geometry]") {
  // A/RES/78/253 pages 16 and 20: the last line of a note, "A/78/7/Add.23.",
  // sits where another page's note ends; the footer is 15 pt below it.
  Document doc;
  doc.meta.symbol.emplace("A/RES/78/253");
  doc.pages.push_back(first_page("78/253. Special subjects relating to the proposed programme budget for 2024"));
  for (int n = 2; n <= 3; ++n) {
    Page page = page_of(n, {placed({{"A/RES/78/253", 60, 111}}, 53.2, 8.5)}, kBody);
    page.lines.push_back(text_line("__________________", 681.4, 8, 99.6));
    page.lines.push_back(text_line("A/78/7/Add.1, A/78/7/Add.2, A/78/7/Add.3, A/78/7/Add.4, A/78/7/Add.5 and", 714.4, 8.5, 114.3));
    page.lines.push_back(text_line(n == 2 ? "A/78/7/Add.21." : "A/78/7/Add.23.", 724.9, 8.5));
    page.lines.push_back(placed({{std::to_string(n) + "/3", 60, 75}, {"23-26236", 520, 552}}, 749.1, 7));
    doc.pages.push_back(page);
  }
  run_passes(doc, {"remove_furniture"});
  for (std::size_t p = 1; p < 3; ++p) {
    INFO("page " << p + 1);
    const auto& lines = doc.pages[p].lines;
    CHECK(lines[lines.size() - 2].role == LineRole::body);
    CHECK(lines[lines.size() - 3].role == LineRole::body);
    CHECK(lines.back().role == LineRole::furniture);
  }
}

TEST_CASE("a scan whose masthead symbol OCR misread: the running head of the symbol page 1's resolution number makes is furniture",
          "[cleanup][remove_furniture][geometry][ocr][tables]") {
  // A/RES/80/195 scanned: OCR read the masthead's symbol "A RES x0 195", so
  // no symbol is known; page 1 prints "80/195." before the title. The head
  // of page 2, the symbol far from the title, was kept as text, and its two
  // parts with the numbered paragraphs below ("1.   Reaffirms", a number set
  // apart from its text) read as a table of three columns: the paragraphs
  // lost their numbers. The head's symbol is the one the number makes.
  const bool same_number = GENERATE(true, false);
  INFO((same_number ? "the head prints the symbol of page 1's number" : "the head prints another resolution's symbol"));
  Document doc;
  doc.source.kind = "pdf";
  doc.pages.push_back(first_page("80/195. The right of the Palestinian people to self-determination"));
  std::vector<Line> head;
  head.push_back(placed({{same_number ? "A/RES/80/195" : "A/RES/79/12", 60, 111},
                         {"The right of the Palestinian people to self-determination", 340, 551}},
                        53.3, 8.5));
  Page page = page_of(2, std::move(head), {});
  const std::vector<std::pair<std::string, std::string>> paragraphs = {
      {"1.", "Reaffirms the right of the Palestinian people to self-determination,"},
      {"2.", "Urges all States and the specialized agencies and organizations of the"},
      {"3.", "Decides to remain seized of the matter and to consider it further at its"}};
  double y = 79.2;
  for (const auto& [number, text] : paragraphs) {
    page.lines.push_back(placed({{number, 148, 155}, {text, 172, 487}}, y, 10));
    page.lines.push_back(text_line("including the right to their independent State of Palestine;", y + 12));
    y += 30;
  }
  page.lines.push_back(text_line("2/2", 749.4, 8.5, 60));
  doc.pages.push_back(std::move(page));
  for (Page& p : doc.pages) p.ocr = true;
  run_passes(doc, {"remove_furniture", "find_tables"});
  const Line& head_line = doc.pages[1].lines[0];
  if (same_number) {
    CHECK(head_line.role == LineRole::furniture);
    const auto removed = edits_of(doc, "remove_running_head");
    REQUIRE(removed.size() == 1);
    CHECK(contains(removed.front().reason, "A/RES/80/195"));
    CHECK(furniture_warnings(doc).empty());
    // The numbered paragraphs are no table.
    CHECK(doc.tables.empty());
  } else {
    // Another resolution's symbol is not explained: kept, with a warning.
    CHECK(head_line.role == LineRole::body);
    CHECK(furniture_warnings(doc).size() == 1);
  }
  // Page 1's title stays text.
  CHECK(doc.pages[0].lines[0].role == LineRole::body);
}

TEST_CASE("a line of the head zone that nothing explains is kept as text, with a warning",
          "[cleanup][remove_furniture][geometry]") {
  Document doc = short_resolution({placed({{"Advance unedited version", 60, 160}}, 43.4, 8.5),
                                   placed({{"A/RES/78/114", 60, 111}}, 53.2, 8.5)});
  run_passes(doc, {"remove_furniture"});
  CHECK(doc.pages[1].lines[0].role == LineRole::body);
  CHECK(doc.pages[1].lines[1].role == LineRole::furniture);
  const auto warnings = furniture_warnings(doc);
  REQUIRE(warnings.size() == 1);
  CHECK(contains(warnings[0], "Advance unedited version"));
}

TEST_CASE("a page with no head: title words in body type at its top stay text, without a warning",
          "[cleanup][remove_furniture][geometry]") {
  // An annex heading that repeats the title, first on its page.
  Document doc = short_resolution({});
  doc.pages[1].lines.insert(doc.pages[1].lines.begin(), text_line("Responsibility of international organizations", 60));
  run_passes(doc, {"remove_furniture"});
  CHECK(doc.pages[1].lines[0].role == LineRole::body);
  CHECK(edits_of(doc, "remove_running_head").empty());
  CHECK(furniture_warnings(doc).empty());
}

namespace {

// Words as the check compares them: lower case, without punctuation.
std::set<std::string> word_set(std::string_view text) {
  std::set<std::string> out;
  std::string w;
  for (const char c : std::string(text) + " ") {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (c == ' ' && !w.empty()) {
      out.insert(w);
      w.clear();
    }
  }
  return out;
}

// The furniture a converted PDF must not carry in its paragraphs and notes,
// from its own metadata (symbols, job number, page count) and the title on
// its page 1; and no line of a continuation page's head (top band, type
// smaller than the body's, made of the symbol and words of the title) may be
// left as text. Returns how many head lines it found.
std::size_t check_furniture_gone(const Conversion& c) {
  const Document& doc = c.document;
  std::vector<std::string> symbols;
  if (doc.meta.symbol) symbols.push_back(*doc.meta.symbol);
  for (const std::string& s : doc.meta.other_symbols) symbols.push_back(s);
  std::vector<std::string> texts;
  for (const AknPart& part : c.akn_parts)
    if (part.eid != "preface") texts.push_back(part.text);
  for (const Footnote& f : c.resolution.footnotes) texts.push_back(f.text);
  const std::size_t pages = doc.pages.size();
  for (const std::string& text : texts) {
    INFO(text);
    for (const std::string& s : symbols) CHECK_FALSE(contains(text, s));
    if (doc.meta.job_number) CHECK_FALSE(contains(text, *doc.meta.job_number));
  }
  // A page's number, in any of the forms pages print it ("3", "- 3 -",
  // "3/8", "Page 3"), is not a line of a paragraph taken from that page,
  // nor the end of a note.
  for (const AknPart& part : c.akn_parts)
    for (std::size_t k = 0; k < part.source.size() && part.eid.find("table_") == std::string::npos; ++k) {  // a table's cell may hold any figure
      const Origin& o = part.source[k];
      const std::size_t end = k + 1 < part.source.size() ? part.source[k + 1].offset : part.text.size();
      const std::string n = std::to_string(o.page);
      const Regex footer("^\\s*(?:" + n + "|- ?" + n + " ?-|" + n + " ?/ ?" + std::to_string(pages) + "|Page " + n + ")\\s*$");
      INFO(part.text);
      CHECK_FALSE(footer.full_match(std::string_view(part.text).substr(o.offset, end - o.offset)));
    }
  const Regex note_end("\\s[0-9]{1,3}/" + std::to_string(pages) + "$");
  for (const Footnote& f : c.resolution.footnotes) CHECK_FALSE(note_end.search(f.text));
  // The head lines, as the pages print them.
  std::set<std::string> title;
  if (c.resolution.title) title = word_set(c.resolution.title->text);
  if (c.resolution.number) title.merge(word_set(*c.resolution.number));
  const double body = [&] {
    SizeTally sizes;
    for (const Page& p : doc.pages)
      for (const Line& l : p.lines)
        if (l.role != LineRole::furniture && l.role != LineRole::masthead && l.font_size > 0) sizes.add(l.font_size, l.text.size());
    return sizes.most_common();
  }();
  std::size_t heads = 0;
  for (std::size_t p = 1; p < pages; ++p)
    for (const Line& line : doc.pages[p].lines) {
      if (!line.box || line.box->y1 > 0.12 * doc.pages[p].height || line.font_size > body - 0.5) continue;
      std::string rest = line.text;
      for (const std::string& s : symbols)
        if (const std::size_t at = rest.find(s); at != std::string::npos) rest.erase(at, s.size());
      const std::set<std::string> words = word_set(rest);
      const bool head = !words.empty() && std::includes(title.begin(), title.end(), words.begin(), words.end());
      if (head || words.empty()) {
        INFO("page " << p + 1 << ": " << line.text);
        CHECK(line.role == LineRole::furniture);
        ++heads;
      }
    }
  return heads;
}

struct Checked {
  std::size_t documents = 0, with_symbol = 0, with_job_number = 0;
  std::size_t continuation_pages = 0, head_lines = 0;
};

Checked check_directory(const std::string& dir) {
  namespace fs = std::filesystem;
  Checked n;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".pdf") continue;
    INFO(entry.path().filename().string());
    const Conversion c = pipeline().convert(entry.path().filename().string(), read_file(entry.path().string()));
    n.head_lines += check_furniture_gone(c);
    n.continuation_pages += c.document.pages.size() - 1;
    ++n.documents;
    if (c.document.meta.symbol) ++n.with_symbol;
    if (c.document.meta.job_number) ++n.with_job_number;
  }
  return n;
}

}  // namespace

TEST_CASE("corpus PDFs: no paragraph or note holds the document's running head, symbol, job number or page footer",
          "[pdf][corpus][furniture]") {
  const Checked n = check_directory(shared_dir() + "/corpus/born_digital");
  CHECK(n.documents == 15);
  CHECK(n.with_symbol == 15);
  CHECK(n.with_job_number == 15);
  CHECK(n.head_lines >= n.continuation_pages / 2);
}

TEST_CASE("UN-AKN PDFs: no paragraph or note holds the document's running head, symbol, job number or page footer",
          "[pdf][unakn][furniture][sweep]") {
  const Checked n = check_directory(shared_dir() + "/unakn/pdf");
  CHECK(n.documents == 123);
  CHECK(n.with_symbol == 123);
  CHECK(n.with_job_number == 123);
  CHECK(n.head_lines >= n.continuation_pages);  // every continuation page has its head
}

TEST_CASE("A/RES/78/253: a note's last line at the foot of page 20, a symbol, stays in the note", "[pdf][corpus][furniture]") {
  const Conversion c = pipeline().convert("A_RES_78_253.pdf", read_file(shared_dir() + "/corpus/born_digital/A_RES_78_253.pdf"));
  bool found = false;
  for (const Footnote& f : c.resolution.footnotes)
    if (f.marker == "53") {
      found = true;
      CHECK(f.text.ends_with("A/78/7/Add.5, A/78/7/Add.6 and A/78/7/Add.23."));
    }
  CHECK(found);
}

TEST_CASE("1990s letters: the continuation head (symbol, second symbol, language, page) is furniture, line by line",
          "[pdf][corpus][furniture]") {
  for (const char* name : {"A_49_230-EN.pdf", "A_53_568-EN.pdf"}) {
    INFO(name);
    const Conversion c = pipeline().convert(name, read_file(shared_dir() + "/corpus/born_digital/" + name));
    REQUIRE(c.document.pages.size() >= 2);
    REQUIRE(c.document.meta.other_symbols.size() == 1);
    const std::vector<Line>& lines = c.document.pages[1].lines;
    REQUIRE(lines.size() > 4);
    CHECK(lines[0].text == *c.document.meta.symbol);
    CHECK(lines[1].text == c.document.meta.other_symbols[0]);
    CHECK(lines[2].text == "English");
    CHECK(lines[3].text == "Page 2");
    for (std::size_t i = 0; i < 4; ++i) CHECK(lines[i].role == LineRole::furniture);
    CHECK(lines[4].role != LineRole::furniture);
    CHECK_FALSE(contains(c.text, "English"));
  }
}

// A job-number footer OCR read with noise ("93-09403 3927a (E) 180293
// 180293 Lees") is furniture with its number named in the edit; when no
// footer read exactly, masthead or ODS marker gave the document a job
// number, that number is the document's. Generated two-page documents.
TEST_CASE("the job number a noisy OCR footer prints becomes the document's job number", "[cleanup][remove_furniture][geometry][ocr]") {
  int ran = 0;
  for (const auto& [footer, number] : std::vector<std::pair<std::string, std::string>>{
           {"85-12781 1381n (El / .. .", "85-12781"},
           {"93-09403 3927a (E) 180293 180293 Lees", "93-09403"},
           {"92-84340 4465a (E) 241292 /...", "92-84340"}}) {
    CAPTURE(footer);
    Document doc = short_resolution({});
    for (Page& page : doc.pages)  // no footer read exactly
      std::erase_if(page.lines, [](const Line& line) { return line.text.find("23-24932") != std::string::npos; });
    doc.pages[1].lines.back() = text_line(footer, 749.4, 8.5, 60);
    run_passes(doc, {"remove_furniture"});
    CHECK(doc.pages[1].lines.back().role == LineRole::furniture);
    CHECK(doc.meta.job_number == number);
    ++ran;
  }
  CHECK(ran == 3);
  // A job number read otherwise stays the document's.
  Document doc = short_resolution({});
  doc.pages[1].lines.back() = text_line("85-12781 1381n (El / .. .", 749.4, 8.5, 60);
  run_passes(doc, {"remove_furniture"});
  CHECK(doc.meta.job_number == "23-24932");
}

TEST_CASE("OCR-damaged furniture: the symbol misread and a noisy job-number footer and a head set below the band are furniture",
          "[cleanup][remove_furniture][geometry][ocr]") {
  // Old OCR layers and scans misread the symbol a head or footer prints
  // (',' for '.', 'l' for '1', spaces inside) and add specks to the job
  // line. In a head or footer zone they are still furniture, each with its
  // reason; the same text in the body, or a symbol two edits away, is not.
  SECTION("the symbol with OCR confusions, in heads and footers") {
    int ran = 0;
    for (const std::string printed : {"A/RES,78/114", "A/RES/78/ll4", "A/ RES/ 78/114", "A/RES/78/1I4"}) {
      CAPTURE(printed);
      Document doc = short_resolution({placed({{printed, 60, 111}}, 53.2, 8.5)});
      run_passes(doc, {"remove_furniture"});
      CHECK(doc.pages[1].lines[0].role == LineRole::furniture);
      const auto heads = edits_of(doc, "remove_running_head");
      CHECK(std::any_of(heads.begin(), heads.end(), [](const Edit& e) { return contains(e.reason, "as OCR read it"); }));
      ++ran;
    }
    CHECK(ran == 4);
  }
  SECTION("a page number and a symbol shaped as one, when the masthead gave no symbol") {
    Document doc = short_resolution({});
    doc.meta.symbol.reset();
    doc.pages[1].lines.back() = placed({{"651", 300, 312}, {"A/C,4/SR.985", 480, 560}}, 744, 8.5);
    run_passes(doc, {"remove_furniture"});
    CHECK(doc.pages[1].lines.back().role == LineRole::furniture);
  }
  SECTION("what is not the symbol stays") {
    // Two edits from the symbol, in the head zone: kept (with the warning
    // for an unexplained head line).
    Document doc = short_resolution({placed({{"A/RES/77/214", 60, 111}}, 53.2, 8.5)});
    run_passes(doc, {"remove_furniture"});
    CHECK(doc.pages[1].lines[0].role == LineRole::body);
    // The symbol misread in the body is text.
    Document body = short_resolution({});
    body.pages[1].lines.insert(body.pages[1].lines.begin() + 2, text_line("A/RES,78/114", 97.5));
    run_passes(body, {"remove_furniture"});
    CHECK(texts_with(body, LineRole::furniture) == std::vector<std::string>{"23-24932 (E) 201223", "2/2"});
  }
  SECTION("job-number footers as OCR reads them") {
    int ran = 0;
    for (const std::string footer : {"85-12781 1381n (El / .. .", "93-09403 3927a (E) 180293 180293 Lees",
                                      "92-84340 4465a (E) 241292 /..."}) {
      CAPTURE(footer);
      Document doc = short_resolution({});
      doc.pages[1].lines.back() = text_line(footer, 749.4, 8.5, 60);
      run_passes(doc, {"remove_furniture"});
      CHECK(doc.pages[1].lines.back().role == LineRole::furniture);
      ++ran;
    }
    CHECK(ran == 3);
    // A line that opens with such figures but goes on in words is text.
    Document doc = short_resolution({});
    doc.pages[1].lines.back() = text_line("85-12781 1381n persons were displaced in the region", 749.4, 8.5, 60);
    run_passes(doc, {"remove_furniture"});
    CHECK(doc.pages[1].lines.back().role == LineRole::body);
  }
  SECTION("a job-number footer whose language letter OCR misread: the date agrees with the job number's year") {
    // "26-03312 (E) 040326" read on a noisy scan as "26-03312 CF) 040326":
    // on main's code it stayed text and was appended to the note above it.
    // The date (a day, a month, the job number's year) makes it sure; a
    // date of another year, no date or words in the letter's place stay text.
    struct Case {
      std::string text;
      bool furniture;
    };
    int ran = 0;
    // The footer as the scan prints it: the job line, and "Please recycle"
    // standing apart at the right.
    for (const Case& c : std::vector<Case>{{"26-03312 CF) 040326", true},
                                           {"26-03312 (F 040326", true},
                                           {"23-24932 {E] 201223", true},
                                           {"26-03312 CF) 040325", false},
                                           {"26-03312 CF) 043326", false},
                                           {"26-03312 Geneva 040326", false},
                                           {"26-03312 CF)", false}}) {
      CAPTURE(c.text);
      Document doc = short_resolution({});
      doc.pages[1].lines.back() = placed({{c.text, 60, 130}, {"Please recycle", 480, 540}}, 749.4, 8.5);
      run_passes(doc, {"remove_furniture"});
      CHECK((doc.pages[1].lines.back().role == LineRole::furniture) == c.furniture);
      ++ran;
    }
    CHECK(ran == 7);
  }
  SECTION("the 1990s head on a page scanned smaller: symbol, second symbol, language, page, down to a fifth of it") {
    Document doc;
    doc.source.kind = "pdf";
    doc.meta.symbol.emplace("A/40/281");
    doc.meta.other_symbols = {"S/17146"};
    doc.pages.push_back(first_page("Letter dated 2 May 1985 from the Acting Chairman"));
    Page page = page_of(2, {}, {"According to the weekly of 5 April, a youth was critically injured and tens",
                                "of youths arrested on 3 April as the army broke up a demonstration."},
                        119);
    page.width = 464;
    page.height = 628;
    page.lines.insert(page.lines.begin(), {text_line("A/40/281", 62, 8, 40), text_line("S/17146", 71, 8, 41),
                                           text_line("English", 83, 8, 41), text_line("Page 2", 92, 8, 41)});
    doc.pages.push_back(std::move(page));
    run_passes(doc, {"remove_furniture"});
    for (std::size_t l = 0; l < 4; ++l) CHECK(doc.pages[1].lines[l].role == LineRole::furniture);
    CHECK(doc.pages[1].lines[4].role == LineRole::body);
    CHECK(doc.pages[1].lines[5].role == LineRole::body);
  }
}

TEST_CASE("a line of specks or a stamp that OCR read as text is furniture and printed text with punctuation is not",
          "[cleanup][remove_furniture][ocr]") {
  Document doc = doc_from_text(
      "(Signed) Oscar ORAMAS-OLIVA\n"
      "*-~,.~\"T-?~---~;..---,.-y ..I \". .,l ,\n"
      "Examen des projets de résolution (suite) . . . . . . . . . . 651\n"
      "(a) - (b); (c) - (d); (e) - (f).\n"
      "Acting Chairman\n"
      "Guinea . . . . . . . . . . . . . . . . . . . . . . . . . . Mr. Fall\n");
  run_passes(doc, {"remove_furniture"});
  const auto& lines = doc.pages[0].lines;
  REQUIRE(lines.size() == 6);
  CHECK(lines[1].role == LineRole::furniture);
  for (const std::size_t l : {0U, 2U, 3U, 4U, 5U}) CHECK(lines[l].role == LineRole::body);
  CHECK(edits_of(doc, "remove_ocr_noise").size() == 1);
}

TEST_CASE("on scans a running head read differently on each page, at another height, is furniture, and head-like text left is warned",
          "[cleanup][remove_furniture][geometry][ocr]") {
  // OCR reads a head differently from page to page ("séimce" for "séance",
  // "Pago" for "Page", "s/" for "S/", "Enql ish"), and a scanned page sets
  // it higher or lower than the next. The masthead gave no symbol.
  const std::vector<std::vector<std::string>> heads = {
      {"985ème séance - 4 décembre 1959", "S/21225", "Enql ish", "Pago 2"},
      {"985ème séimce - 4 décembre 1959", "s/21225", "English", "Page 3"},
      {"985ème séance - 4 décembre l959", "S/21225", "English", "Page I"}};
  const std::vector<std::string> body = {"tient à faire observer, tout d'abord, qu'il n'a pas pris la parole en",
                                         "qualité de rapporteur du Comité des renseignements, mais en celle"};
  auto scan = [&](bool ocr, const std::string& extra = "") {
    Document doc;
    doc.source.kind = "pdf";
    doc.pages.push_back(first_page("Letter dated 2 May 1985 from the Acting Chairman"));
    doc.pages.front().lines.insert(doc.pages.front().lines.begin(), text_line("UNlTE#", 40, 10, 60));
    for (std::size_t p = 0; p < heads.size(); ++p) {
      std::vector<Line> head;
      const double top = 20 + 9.0 * static_cast<double>(p), left = p % 2 ? 400 : 60;
      for (std::size_t l = 0; l < heads[p].size(); ++l)
        head.push_back(text_line(heads[p][l], top + 10 * static_cast<double>(l), 8, left));
      if (p == 1 && !extra.empty()) head.push_back(text_line(extra, top + 40, 8, left));
      doc.pages.push_back(page_of(static_cast<int>(p) + 2, std::move(head), body, 110));
    }
    for (Page& page : doc.pages) page.ocr = ocr;
    run_passes(doc, {"remove_furniture"});
    return doc;
  };
  const Document doc = scan(true);
  int ran = 0;
  for (std::size_t p = 1; p < doc.pages.size(); ++p)
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      CAPTURE(p, l);
      CHECK(doc.pages[p].lines[l].role == (l < heads[p - 1].size() ? LineRole::furniture : LineRole::body));
      ++ran;
    }
  CHECK(ran == 18);
  const auto heads_removed = edits_of(doc, "remove_running_head");
  CHECK(std::any_of(heads_removed.begin(), heads_removed.end(),
                    [](const Edit& e) { return e.before == "985ème séimce - 4 décembre 1959" && contains(e.reason, "as OCR read it"); }));
  // The masthead's name garbled on page 1 stays text, with a warning.
  CHECK(doc.pages[0].lines[0].role == LineRole::body);
  const auto warned = furniture_warnings(doc);
  CHECK(std::any_of(warned.begin(), warned.end(), [](const std::string& w) { return contains(w, "UNlTE#"); }));
  // A head line of one page only that nothing explains stays text, with a
  // warning.
  const Document once = scan(true, "Annex I");
  CHECK(once.pages[2].lines[heads[1].size()].text == "Annex I");
  CHECK(once.pages[2].lines[heads[1].size()].role == LineRole::body);
  const auto warned_once = furniture_warnings(once);
  CHECK(std::any_of(warned_once.begin(), warned_once.end(), [](const std::string& w) { return contains(w, "Annex I"); }));
}

TEST_CASE("on Chinese scans a running head whose title OCR misread a character of is furniture, and not on a text layer",
          "[cleanup][remove_furniture][geometry][ocr]") {
  // Chinese is written without spaces: each character of a head is a word
  // of the title, and OCR misreads one here and there (the six-language
  // fixture's scan: "不容忍" read "不容恕" on one page, "不容如" on another).
  // A head of the symbol and the title so read is furniture on a scan; on a
  // text layer, or with a third of the title other characters, it is not.
  const std::string title = "打击基于宗教或信仰原因而针对他人实施的不容忍、丑化、";
  const std::string title2 = "污蔑、歧视、煽动暴力和暴力侵害行为";
  const std::vector<std::string> body = {"重申各国有义务禁止基于宗教或信仰原因的歧视和暴力，并执行措施，保障平",
                                         "等和有效的法律保护，"};
  auto scan = [&](bool ocr, const std::string& head_title) {
    Document doc = short_resolution({});
    doc.meta.symbol.emplace("A/RES/78/214");
    doc.pages[0] = first_page("78/214. " + title);
    doc.pages[0].lines.insert(doc.pages[0].lines.begin() + 1, text_line(title2, 370.2, 12));
    doc.pages[1] = page_of(2, {placed({{"A/RES/78/214", 60, 111}, {head_title, 200, 552}}, 53.2, 8.5)}, body);
    for (Page& page : doc.pages) page.ocr = ocr;
    run_passes(doc, {"remove_furniture"});
    return doc;
  };
  const std::string misread = "打击基于宗教或信仰原因而针对他人实施的不容恕、丑化、污蔑、歧视、煽动暴力和暴力侵害行为";
  const Document scanned = scan(true, misread);
  CHECK(scanned.pages[1].lines[0].role == LineRole::furniture);
  CHECK(scanned.pages[1].lines[1].role == LineRole::body);
  CHECK(edits_of(scanned, "remove_running_head").size() == 1);
  const Document layer = scan(false, misread);
  CHECK(layer.pages[1].lines[0].role == LineRole::body);
  const Document other = scan(true, "打击基于宗教或信仰原因而针对他人实施的其他行为、关于发展、和平与安全问题的报告");
  CHECK(other.pages[1].lines[0].role == LineRole::body);
}

TEST_CASE("on scans a running head long in bytes but not in characters, Arabic or Russian, is tried as a Latin one",
          "[cleanup][remove_furniture][geometry][ocr]") {
  // An Arabic or Cyrillic letter takes 2 bytes: a head of 45 characters is
  // 73 bytes. Its lengths are counted in characters, so that a head OCR
  // read differently on each page (one letter: "الأول" and "الاول",
  // "заседание" and "заседанне") recurs as a Latin one does.
  struct Case {
    std::string lang;
    std::vector<std::string> heads;
    std::vector<std::string> body;
  };
  const std::vector<Case> cases = {
      {"ar",
       {"الجلسة العامة 985 - 4 كانون الأول/ديسمبر 1959", "الجلسة العامة 985 - 4 كانون الاول/ديسمبر 1959"},
       {"وإذ تؤكد من جديد التعهد الذي قطعته جميع الدول بموجب ميثاق الأمم المتحدة",
        "بأن تعزز وتشجع احترام جميع حقوق الإنسان والحريات الأساسية"}},
      {"ru",
       {"985-е пленарное заседание — 4 декабря 1959 года", "985-е пленарное заседанне — 4 декабря 1959 года"},
       {"вновь подтверждая обязательство всех государств в соответствии с Уставом",
        "поощрять и развивать всеобщее уважение и соблюдение прав человека"}}};
  int ran = 0;
  for (const Case& c : cases) {
    CAPTURE(c.lang);
    Document doc;
    doc.source.kind = "pdf";
    doc.pages.push_back(first_page("Letter dated 2 May 1985 from the Acting Chairman"));
    for (std::size_t p = 0; p < c.heads.size(); ++p)
      doc.pages.push_back(page_of(static_cast<int>(p) + 2,
                                  {text_line(c.heads[p], 30 + 6.0 * static_cast<double>(p), 8, 60)}, c.body, 110));
    for (Page& page : doc.pages) page.ocr = true;
    run_passes(doc, {"remove_furniture"});
    for (std::size_t p = 1; p < doc.pages.size(); ++p) {
      CAPTURE(p);
      CHECK(doc.pages[p].lines[0].role == LineRole::furniture);
      for (std::size_t l = 1; l < doc.pages[p].lines.size(); ++l) CHECK(doc.pages[p].lines[l].role == LineRole::body);
    }
    const auto removed = edits_of(doc, "remove_running_head");
    CHECK(std::any_of(removed.begin(), removed.end(), [](const Edit& e) { return contains(e.reason, "as OCR read it"); }));
    ++ran;
  }
  CHECK(ran == 2);
}

TEST_CASE("a two-page Arabic resolution's running head of the symbol and title is furniture with no warning of its length",
          "[cleanup][remove_furniture][geometry]") {
  // The head of the symbol and the title in Arabic: 120 characters, 212
  // bytes. Heads are short in characters (kSwallowingFurnitureChars), not
  // in bytes, so it goes without a warning that it may hold text.
  const std::string title = "مكافحة التعصب والقولبة السلبية والوصم والتمييز والتحريض على العنف";
  const std::string title2 = "وممارسته ضد الأشخاص بسبب دينهم أو معتقدهم";
  Document doc = short_resolution({});
  doc.meta.symbol.emplace("A/RES/78/214");
  doc.pages[0] = first_page("78/214. " + title);
  doc.pages[0].lines.insert(doc.pages[0].lines.begin() + 1, text_line(title2, 370.2, 12, 72.4));
  doc.pages[1] = page_of(2, {placed({{"A/RES/78/214", 60, 111}, {title + " " + title2, 160, 552}}, 53.2, 8.5)},
                              {"وإذ تؤكد من جديد التعهد الذي قطعته جميع الدول بموجب ميثاق الأمم المتحدة",
                               "بأن تعزز وتشجع احترام جميع حقوق الإنسان والحريات الأساسية"});
  run_passes(doc, {"remove_furniture"});
  CHECK(doc.pages[1].lines[0].role == LineRole::furniture);
  CHECK(doc.pages[1].lines[1].role == LineRole::body);
  const auto warned = furniture_warnings(doc);
  CHECK(std::none_of(warned.begin(), warned.end(), [](const std::string& w) { return contains(w, "taken for page furniture"); }));
}

TEST_CASE("on scans a long running head read differently on most pages is furniture and long lines opening two pages alike are not",
          "[cleanup][remove_furniture][geometry][ocr]") {
  // The six-language fixture's Arabic head: the symbol and the title on one
  // line, over 60 characters, each page's read with other letters dropped.
  // A line that long recurs as OCR read it only when most pages hold it
  // (at least 3 and half the pages after page 1): a running head does,
  // two paragraphs that open alike at the top of two pages do not.
  const std::string head =
      "A/RES/78/214 مكافحة التعصب والقولبة السلبية والوصم والتمييز والتحريض على العنف وممارسته ضد الأشخاص";
  const std::vector<std::string> heads = {head, "A/RES/78/214 مكافة التعصب والقولبة السلبية والوصم والقبيز والتحريض على العنف وممارسته ضد الأشخاص",
                                          "A/RES/78/214 مكالفة التعصب والقولبة السلبية والوصم والقييز والتحريض على العنف وبمارسته ضد الأشخاص"};
  const std::vector<std::string> body = {"وإذ تؤكد من جديد التعهد الذي قطعته جميع الدول بموجب ميثاق الأمم المتحدة",
                                         "بأن تعزز وتشجع احترام جميع حقوق الإنسان والحريات الأساسية"};
  auto scan = [&](const std::vector<std::string>& tops, std::size_t pages) {
    Document doc = short_resolution({});
    doc.pages.pop_back();
    for (std::size_t p = 0; p + 1 < pages; ++p) {
      std::vector<Line> top;
      if (p < tops.size()) top.push_back(text_line(tops[p], 30 + 4.0 * static_cast<double>(p), 8, 60));
      doc.pages.push_back(page_of(static_cast<int>(p) + 2, std::move(top), body, 110));
    }
    for (Page& page : doc.pages) page.ocr = true;
    run_passes(doc, {"remove_furniture"});
    return doc;
  };
  const Document heads_read = scan(heads, 4);
  int ran = 0;
  for (std::size_t p = 1; p < heads_read.pages.size(); ++p) {
    CAPTURE(p);
    CHECK(heads_read.pages[p].lines[0].role == LineRole::furniture);
    CHECK(heads_read.pages[p].lines[1].role == LineRole::body);
    ++ran;
  }
  CHECK(ran == 3);
  // Two long lines that open alike, at the top of two of four pages.
  const std::vector<std::string> prose = {
      "2 - تطلب إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتها التاسعة والسبعين تقريرا عن تنفيذ هذا القرار",
      "3 - تطلب إلى الأمين العام أن يقدم إلى الجمعية العامة في دورتها التاسعة والسبعين تقريرا عن تنفيذ ذلك القرار"};
  const Document opening_alike = scan(prose, 5);
  CHECK(opening_alike.pages[1].lines[0].role == LineRole::body);
  CHECK(opening_alike.pages[2].lines[0].role == LineRole::body);
}

namespace {

// A page whose foot holds a note under a rule and, under it, the page's
// footer as given (one line, or none when the footer is in the note's).
Page page_with_note(int number, std::vector<Line> foot) {
  Page page = page_of(number, {}, kBody, 98);
  page.lines.push_back(text_line("__________________", 700.2, 8, 99.6));
  page.lines.push_back(placed({{"*", 100, 104}, {"A/45/50.", 112, 150}}, 716.3, 8.5));
  for (Line& line : foot) page.lines.push_back(std::move(line));
  return page;
}

Document letter_with_note(std::vector<Line> foot) {
  Document doc;
  doc.source.kind = "pdf";
  doc.meta.symbol.emplace("A/45/189");
  doc.pages.push_back(page_with_note(1, std::move(foot)));
  doc.pages.push_back(page_of(2, {text_line("A/45/189", 36.6, 10, 64.8), text_line("Page 2", 48.3, 10, 64.8)}, kBody, 90));
  return doc;
}

}  // namespace

TEST_CASE("a job-number footer under the notes that an old OCR layer letter-spaced is furniture, not the note's text",
          "[cleanup][remove_furniture][geometry][ocr]") {
  // A/45/189 page 1: "90-08730 1921a (E)" read "90-08730 1 9 2 1 a ( E )";
  // on main it stayed body text and collect_footnotes made it the end of
  // note *.
  struct Case {
    std::string footer;
    bool furniture;
  };
  int ran = 0;
  for (const Case& c : {Case{"90-08730 1 9 2 1 a ( E ) /* . .", true}, Case{"93-09403 3 9 2 7 a ( E ) 180293", true},
                        Case{"85-12781 1 3 8 1 n (El / .. .", true}, Case{"90-08730 1 9 2 1 a ( E ) i n t h e r e g i o n", false},
                        Case{"90-08730 persons were displaced in the region", false}}) {
    CAPTURE(c.footer);
    Document doc = letter_with_note({text_line(c.footer, 748.0, 8.5, 68.6)});
    run_passes(doc, {"remove_furniture", "collect_footnotes"});
    CHECK((doc.pages[0].lines.back().role == LineRole::furniture) == c.furniture);
    if (c.furniture)
      for (const Footnote& note : doc.footnotes) CHECK(note.text.find("90-08730") == std::string::npos);
    ++ran;
  }
  CHECK(ran == 5);
}

TEST_CASE("a job-number footer read at the end of the page's last line, the last note's, is cut from it with an edit",
          "[cleanup][remove_furniture][geometry][ocr]") {
  // The OCR layer may give the footer printed under the notes as the end
  // of the note's own line. By its position (the page's lowest line, in
  // the footer band) and the job-number pattern it is cut off; the note
  // keeps its text.
  int ran = 0;
  for (const std::string footer : {"90-08730 1921a (E) /...", "90-08730 1 9 2 1 a ( E )", "23-24932 (E) 201223"}) {
    CAPTURE(footer);
    Document doc = letter_with_note({});
    Line& note = doc.pages[0].lines.back();
    note = placed({{"*", 100, 104}, {"A/45/50.", 112, 150}, {footer, 380, 560}}, 740.3, 8.5);
    run_passes(doc, {"remove_furniture", "collect_footnotes"});
    CHECK(doc.pages[0].lines.back().text == "* A/45/50.");
    const auto cut = edits_of(doc, "remove_job_number");
    REQUIRE(cut.size() == 1);
    CHECK(cut[0].before == " " + footer);
    CHECK(cut[0].after.empty());
    CHECK(contains(cut[0].reason, "below the notes"));
    for (const Footnote& n : doc.footnotes) CHECK(n.text == "A/45/50.");
    ++ran;
  }
  CHECK(ran == 3);
  SECTION("a number of that shape in text, or on a line that is not the page's last, stays") {
    Document doc = letter_with_note({text_line("90-08730 1921a (E)", 748.0, 8.5, 68.6)});
    doc.pages[0].lines[2].text = "appropriate action 90-08730 1921a (E)";
    Document words = letter_with_note({});
    words.pages[0].lines.back() = placed({{"*", 100, 104}, {"See file 90-08730 of the registry.", 112, 300}}, 740.3, 8.5);
    run_passes(doc, {"remove_furniture"});
    run_passes(words, {"remove_furniture"});
    CHECK(doc.pages[0].lines[2].text == "appropriate action 90-08730 1921a (E)");
    CHECK(words.pages[0].lines.back().text == "* See file 90-08730 of the registry.");
    CHECK(edits_of(words, "remove_job_number").empty());
  }
}

namespace {

// Two pages cut from a longer resolution: no masthead, each page its head
// (`first`, `second`: lines at the top, in 8.5 pt) over body text.
Document cut_pages(std::vector<Line> first, std::vector<Line> second) {
  Document doc;
  doc.source.kind = "pdf";
  doc.pages.push_back(page_of(3, std::move(first), kBody, 80));
  doc.pages.back().lines.push_back(placed({{"23-26236", 60, 100}, {"3/25", 530, 552}}, 749.1, 7));
  doc.pages.push_back(page_of(4, std::move(second), {"encourages the Court to continue to work towards the completion of the full",
                                                     "digitization of archives within the existing resources;"},
                              80));
  doc.pages.back().lines.push_back(placed({{"4/25", 60, 75}, {"23-26236", 512, 552}}, 749.1, 7));
  return doc;
}

void check_heads_gone(const Document& doc, std::size_t heads) {
  std::size_t furniture = 0;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines) {
      INFO("page " << page.number << ": " << line.text);
      const bool head = line.box->y1 < 70;
      if (head) CHECK(line.role == LineRole::furniture);
      if (!head && line.box->y0 < 700) CHECK(line.role == LineRole::body);
      if (head) ++furniture;
    }
  CHECK(furniture == heads);
  CHECK(furniture_warnings(doc).empty());
}

}  // namespace

TEST_CASE("pages cut from a resolution with no masthead: heads of two lines recurring on two pages are furniture",
          "[cleanup][remove_furniture][geometry]") {
  // pdfseparate/pdfunite pages 3-4 of A/RES/78/253: on main "for 2024"
  // (the head's second line, beside the symbol on odd pages) stayed in
  // the body, and so did the symbol on page 1 of the cut.
  const std::string title = "Special subjects relating to the proposed programme budget";
  const bool apart = GENERATE(false, true);
  INFO((apart ? "the even page's symbol on a line of its own" : "the even page's symbol and title on one line"));
  std::vector<Line> even = {placed({{title, 330, 552}}, 43.4, 8.5)};
  if (apart) {
    even.push_back(placed({{"for 2024", 520, 552}}, 53.2, 8.5));
    even.push_back(placed({{"A/RES/78/253", 60, 111}}, 54.0, 8.5));
  } else {
    even.push_back(placed({{"A/RES/78/253", 60, 111}, {"for 2024", 520, 552}}, 53.2, 8.5));
  }
  const std::size_t heads = 2 + even.size();
  Document doc = cut_pages({placed({{title, 60, 280}}, 43.4, 8.5), placed({{"for 2024", 60, 92}, {"A/RES/78/253", 501, 552}}, 53.2, 8.5)},
                           std::move(even));
  run_passes(doc, {"remove_furniture"});
  check_heads_gone(doc, heads);
}

TEST_CASE("pages cut from a resolution: a one-line head that odd and even pages print in another order is furniture",
          "[cleanup][remove_furniture][geometry]") {
  // A/RES/80/222 pages 3-4: "Title      A/RES/80/222" and "A/RES/80/222      Title".
  const std::string title = "Situation of human rights in the Islamic Republic of Iran";
  Document doc = cut_pages({placed({{title, 60, 270}, {"A/RES/80/222", 501, 552}}, 53.2, 8.5)},
                           {placed({{"A/RES/80/222", 60, 111}, {title, 340, 552}}, 53.2, 8.5)});
  run_passes(doc, {"remove_furniture"});
  check_heads_gone(doc, 2);
  SECTION("a line of the head zone with a part that recurs and one that nothing explains stays") {
    Document kept = cut_pages({placed({{title, 60, 270}, {"A/RES/80/222", 501, 552}}, 53.2, 8.5)},
                              {placed({{"Advance unedited version", 60, 160}, {title, 340, 552}}, 53.2, 8.5)});
    run_passes(kept, {"remove_furniture"});
    CHECK(kept.pages[1].lines[0].role == LineRole::body);
  }
}

TEST_CASE("a head's second line that repeats words of page 1's masthead line is furniture",
          "[cleanup][remove_furniture][geometry]") {
  // A/RES/79/249 pages 3-4: the masthead pass takes page 1's
  // "United Nations      A/RES/79/249" (the head's second line); page 2's
  // "A/RES/79/249      United Nations" recurs part by part.
  const std::string first = "Scale of assessments for the apportionment of the expenses of the";
  Document doc = cut_pages({placed({{first, 60, 295}}, 43.4, 8.5), placed({{"United Nations", 60, 110}, {"A/RES/79/249", 501, 552}}, 53.2, 8.5)},
                           {placed({{first, 317, 552}}, 43.4, 8.5), placed({{"A/RES/79/249", 60, 111}, {"United Nations", 500, 552}}, 53.2, 8.5)});
  doc.meta.symbol.emplace("A/RES/79/249");
  doc.pages[0].lines[1].role = LineRole::masthead;
  run_passes(doc, {"remove_furniture"});
  CHECK(doc.pages[0].lines[0].role == LineRole::furniture);
  CHECK(doc.pages[1].lines[0].role == LineRole::furniture);
  CHECK(doc.pages[1].lines[1].role == LineRole::furniture);
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines)
      if (line.box->y1 > 70 && line.box->y0 < 700) CHECK(line.role == LineRole::body);
}

namespace {
bool repeated_header(const Document& doc, const std::string& text) {
  const auto repeated = edits_of(doc, "table_header_repeated");
  return std::any_of(repeated.begin(), repeated.end(), [&](const Edit& e) { return e.before == text; });
}
}  // namespace

TEST_CASE("two-page cuts of real resolutions and a report: no head line in the body and no body line taken",
          "[pdf][corpus][furniture][slow]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("akn-cuts-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  int ran = 0;
  for (const std::string name : {"A_RES_78_253", "A_RES_79_249", "A_RES_80_222", "S_2012_197-EN"}) {
    CAPTURE(name);
    const std::string src = shared_dir() + "/corpus/born_digital/" + name + ".pdf";
    const std::string cut = (dir / (name + "_p3-4.pdf")).string();
    const std::string page = (dir / "p-%d.pdf").string();
    REQUIRE(std::system(("pdfseparate -f 3 -l 4 '" + src + "' '" + page + "' 2>/dev/null").c_str()) == 0);
    REQUIRE(std::system(("pdfunite '" + (dir / "p-3.pdf").string() + "' '" + (dir / "p-4.pdf").string() + "' '" + cut + "' 2>/dev/null").c_str()) == 0);
    const Conversion c = pipeline().convert(name + "_p3-4.pdf", read_file(cut));
    REQUIRE(c.document.pages.size() == 2);
    for (const Page& p : c.document.pages) {
      // The head: the lines above the body, in the top 8% of the page.
      for (const Line& line : p.lines) {
        if (!line.box || is_blank(line.text)) continue;
        INFO("page " << p.number << ": " << line.text);
        if (line.box->y1 < 0.08 * p.height) CHECK((line.role == LineRole::furniture || line.role == LineRole::masthead));
        // Body lines stay (a separator rule over the notes and a table's
        // header row printed again on page 2, which find_tables takes, aside).
        else if (line.box->y0 > 0.1 * p.height && line.box->y1 < 0.9 * p.height &&
                 line.text.find_first_not_of("_") != std::string::npos && !repeated_header(c.document, line.text))
          CHECK(line.role != LineRole::furniture);
      }
    }
    ++ran;
  }
  fs::remove_all(dir);
  CHECK(ran == 4);
}

namespace {
// Pages `first` to `last` of a PDF of the shared corpus, cut with
// pdfseparate and pdfunite into `dir`, converted.
Conversion convert_cut(const std::filesystem::path& dir, const std::string& name, int first, int last) {
  const std::string src = shared_dir() + "/corpus/born_digital/" + name + ".pdf";
  const std::string pages = (dir / "p-%d.pdf").string();
  REQUIRE(std::system(("pdfseparate -f " + std::to_string(first) + " -l " + std::to_string(last) + " '" + src + "' '" + pages +
                       "' 2>/dev/null")
                          .c_str()) == 0);
  std::string unite = "pdfunite";
  for (int p = first; p <= last; ++p) unite += " '" + (dir / ("p-" + std::to_string(p) + ".pdf")).string() + "'";
  const std::string cut = (dir / (name + "_cut.pdf")).string();
  REQUIRE(std::system((unite + " '" + cut + "' 2>/dev/null").c_str()) == 0);
  return pipeline().convert(name + "_cut.pdf", read_file(cut));
}
}  // namespace

TEST_CASE("cuts of a resolution in parts whose page 1 opens with a part keep that part and its heading",
          "[pdf][corpus][furniture][structure][slow]") {
  // A/RES/78/253 pages 3-4 (2 pages), 2-4 (3 pages) and 21-22: page 1 of
  // the cut opens under its running head with a part's number alone and
  // its heading. On main the heads are furniture (85b527a) and the text
  // then opened with the number, kept in the preface as a line of no
  // word, and the heading, taken for the document's title: the part's
  // paragraphs stood in no part. Pages 24-25 open in a paragraph.
  if (!have_program("pdfseparate") || !have_program("pdfunite")) {
    WARN("skipped: pdfseparate or pdfunite (poppler-utils) is not installed");
    return;
  }
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("akn-part-cuts-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  struct Cut {
    int first, last;
    std::vector<std::string> parts;
    bool opens_with_part;
  };
  const std::vector<Cut> cuts = {{3, 4, {"III", "IV"}, true},
                                 {2, 4, {"II", "III", "IV"}, true},
                                 {21, 22, {"XVIII", "XIX"}, true},
                                 {24, 25, {"XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI"}, false}};
  int ran = 0;
  for (const Cut& cut : cuts) {
    CAPTURE(cut.first, cut.last);
    const Conversion c = convert_cut(dir, "A_RES_78_253", cut.first, cut.last);
    REQUIRE(c.document.pages.size() == static_cast<std::size_t>(cut.last - cut.first + 1));
    const Resolution& r = c.resolution;
    std::vector<std::string> parts;
    for (const Section& s : r.sections) {
      parts.push_back(s.num);
      CHECK(s.heading);
      CHECK(s.preamble.size() + s.operative.size() > 0);
    }
    CHECK(parts == cut.parts);
    if (cut.opens_with_part) {
      CHECK_FALSE(r.title);
      CHECK(r.other_preface.empty());
      CHECK(r.operative.empty());
    }
    // No line of a running head is left in the text.
    CHECK(c.text.find("Special subjects relating to the proposed programme budget") == std::string::npos);
    CHECK(c.text.find("A/RES/78/253") == std::string::npos);
    ++ran;
  }
  fs::remove_all(dir);
  CHECK(ran == 4);
}

namespace {

// Words of a report in three languages: a paragraph whose first line ends
// mid-sentence, its continuation, a list of three items, and a head.
struct ReportWords {
  std::string opening, continuation, item_a, item_b, item_c, head;
};

const ReportWords kReportWords[] = {
    {"6. The Committee considered the question at its 3rd meeting and adopted the",
     "following recommendations, which appear in chapter 2 of the report; 5 States commented.",
     "a) Member States are invited to submit their views before 1 June.",
     "b) The Secretariat will prepare a report on the question.",
     "c) The question will be considered at the eighty-first session.", "Report of the Special Committee"},
    {"6. Le Comité a examiné la question à sa 3e séance et a adopté les",
     "recommandations suivantes, qui figurent au chapitre 2 du rapport ; 5 États ont formulé des observations.",
     "a) Les États Membres sont invités à présenter leurs vues avant le 1er juin.",
     "b) Le Secrétariat établira un rapport sur la question.",
     "c) La question sera examinée à la quatre-vingt-et-unième session.", "Rapport du Comité spécial"},
    {"6. El Comité examinó la cuestión en su 3ª sesión y aprobó las",
     "recomendaciones siguientes, que figuran en el capítulo 2 del informe; 5 Estados presentaron observaciones.",
     "a) Se invita a los Estados Miembros a presentar sus opiniones antes del 1 de junio.",
     "b) La Secretaría preparará un informe sobre la cuestión.",
     "c) La cuestión se examinará en el octogésimo primer período de sesiones.", "Informe del Comité Especial"},
};

// A report of `pages` A4 pages, each headed by `w.head`, a sentence of
// the body recurring at the same height on each. A 2-page report ends both
// pages with the list; in a 4-page one, pages 1 and 3 end with a
// paragraph's first line, cut mid-sentence, and pages 2 and 4 open with
// its continuation and end with the list.
Document report_of(const ReportWords& w, std::size_t pages) {
  Document doc;
  doc.source.kind = "pdf";
  const std::string recurring = "The Committee took note of the views expressed, and decided to revert to the matter.";
  for (std::size_t p = 0; p < pages; ++p) {
    Page page;
    page.number = static_cast<int>(p + 1);
    page.width = 595;
    page.height = 842;
    page.lines.push_back(text_line(w.head, 28, 10, 56.8));
    const bool cut = pages > 2 && p % 2 == 0;
    std::vector<std::string> body;
    if (pages > 2 && !cut) body.push_back(w.continuation);
    for (int i = 0; i < 38; ++i)
      body.push_back(i == 20 ? recurring : "Paragraph text " + std::to_string(p) + "." + std::to_string(i) + " of the report continues here.");
    if (cut) {
      body.push_back(w.opening);
    } else {
      body.push_back(w.item_a);
      body.push_back(w.item_b);
      body.push_back(w.item_c);
    }
    for (std::size_t i = 0; i < body.size(); ++i) page.lines.push_back(text_line(body[i], 42 + 18.0 * static_cast<double>(i), 10, 56.8));
    doc.pages.push_back(std::move(page));
  }
  return doc;
}

}  // namespace

TEST_CASE("a line recurring on two pages that opens a list item is body, a repeated sentence mid-page stays, a head on every page goes",
          "[cleanup][remove_furniture][geometry]") {
  int runs = 0;
  for (const ReportWords& w : kReportWords)
    for (const std::size_t pages : {std::size_t{2}, std::size_t{4}}) {
      INFO(w.head << ", " << pages << " pages");
      Document doc = report_of(w, pages);
      run_passes(doc, {"remove_furniture"});
      ++runs;
      std::size_t heads = 0, items = 0, recurring = 0;
      for (const Page& page : doc.pages)
        for (const Line& line : page.lines) {
          if (line.text == w.head) {
            ++heads;
            CHECK(line.role == LineRole::furniture);
          }
          // A continuation line heading the page is left out: keeping it
          // kept real two-page heads on unakn: that rule was withdrawn.
          if (line.text == w.item_a || line.text == w.item_b || line.text == w.item_c ||
              contains(line.text, "revert to the matter")) {
            CHECK(line.role == LineRole::body);
            items += line.text == w.item_c ? 1U : 0U;
            recurring += contains(line.text, "revert") ? 1U : 0U;
          }
        }
      CHECK(heads == pages);
      CHECK(items == 2);
      CHECK(recurring == pages);
      // No reason of a text layer speaks of OCR.
      for (const Edit& e : edits_of(doc, "remove_running_head")) CHECK_FALSE(contains(e.reason, "OCR"));
    }
  CHECK(runs == 6);
}

// A translation's page-1 footer prints the original's date and its own
// ("27-00417 (F)    120127    130127"); a review's French resolution kept
// it, in the PDF inside its last note, in its dumps inside a paragraph
// with the notes around it (quality 0.69 and 0.17, where the same file
// with one date scored 0.98).
TEST_CASE("a translation's job-number footer with two dates is furniture", "[cleanup][remove_furniture][languages]") {
  int ran = 0;
  for (const std::string footer : {"27-00417 (F)    120127    130127", "27-00417 (F)    120127", "27-00417 (S) 120127 130127"}) {
    CAPTURE(footer);
    const std::string dump =
        "Nations Unies                                                    A/RES/81/77\n\n"
        "Assemblée générale                                               Distr. générale\n"
        "                                                                 14 décembre 2027\n\n"
        "Résolution adoptée par l'Assemblée générale le 10 décembre 2027\n\n"
        "81/77. Coopération entre l'Organisation des Nations Unies et les organisations régionales\n\n"
        "L'Assemblée générale,\n\n"
        "Rappelant ses résolutions antérieures sur la coopération entre l'Organisation des Nations Unies\n"
        "et les organisations régionales,\n\n"
        "1. Prie le Secrétaire général de lui présenter un rapport sur l'application de la présente\n"
        "résolution ;\n\n"
        + footer + "\n\f"
        "A/RES/81/77\n\n"
        "2. Décide d'inscrire à l'ordre du jour provisoire de sa quatre-vingt-deuxième session la question\n"
        "intitulée « Coopération entre l'Organisation des Nations Unies et les organisations régionales ».\n\n"
        "                                                            52e séance plénière\n"
        "                                                            10 décembre 2027\n";
    const Conversion c = convert(dump, "dump.txt");
    INFO(c.text);
    CHECK_FALSE(contains(c.text, "27-00417"));
    CHECK_FALSE(contains(c.text, "120127"));
    CHECK(edits_of(c.document, "remove_job_number").size() == 1);
    ++ran;
  }
  CHECK(ran == 3);
}
