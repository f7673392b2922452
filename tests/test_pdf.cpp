// Born-digital PDFs: layout assembly on synthetic words, and the real UN PDFs
// in ../shared/corpus/born_digital. The counts below were read off the
// printed pages (pdftotext -layout and the PDFs themselves), not off our
// output.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>

#include "core/error.hpp"
#include "core/regex.hpp"
#include "ingest/ingest.hpp"
#include "ingest/layout.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

PlacedWord word(std::string text, double x0, double y0, double x1, double y1, double size, bool space = true) {
  PlacedWord w;
  w.text = std::move(text);
  w.box = Box{x0, y0, x1, y1};
  w.font_size = size;
  w.space_after = space;
  return w;
}

std::string corpus(const std::string& name) { return shared_dir() + "/corpus/born_digital/" + name; }

const Conversion& converted(const std::string& name) {
  static std::map<std::string, Conversion> cache;
  auto it = cache.find(name);
  if (it == cache.end()) it = cache.emplace(name, pipeline().convert(name, read_file(corpus(name)))).first;
  return it->second;
}

bool contains(const std::string& text, std::string_view what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("lines are cut where the baseline changes and superscripts are marked", "[ingest][pdf][layout]") {
  const std::vector<PlacedWord> words = {
      word("Declaration", 100, 100, 150, 111, 10), word("of", 153, 100, 162, 111, 10),
      word("Rights,", 165, 100, 195, 111, 10), word("1", 196, 101, 199, 107, 6.5),
      word("the", 202, 100, 215, 111, 10, false),
      word("next", 100, 112, 120, 123, 10), word("line", 123, 112, 140, 123, 10, false)};
  const auto lines = assemble_lines(words);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "Declaration of Rights, 1 the");
  CHECK(lines[0].font_size == Approx(10));
  REQUIRE(lines[0].words.size() == 5);
  CHECK(lines[0].words[3].superscript);
  CHECK_FALSE(lines[0].words[2].superscript);
  CHECK(lines[1].text == "next line");
}

TEST_CASE("footnote numbers emitted after their notes are put back beside them", "[ingest][pdf][layout]") {
  // Poppler's order on A/RES/73/3 page 2: note texts first, their numbers last.
  const std::vector<PlacedWord> words = {
      word("Resolution", 122, 662, 160, 671, 8.5), word("70/1.", 162, 662, 180, 671, 8.5, false),
      word("Resolution", 122, 672, 160, 681, 8.5), word("69/313.", 162, 672, 185, 681, 8.5, false),
      word("1", 117, 662.7, 119.8, 667.7, 5.5, false), word("2", 117, 673.2, 119.8, 678.2, 5.5, false)};
  const auto lines = assemble_lines(words);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "1 Resolution 70/1.");
  CHECK(lines[1].text == "2 Resolution 69/313.");
  CHECK(lines[0].words.front().superscript);
}

TEST_CASE("a paragraph number the text layer gives before the line above it keeps its place (78/253 p. 23)", "[ingest][pdf][layout]") {
  // Stream order: "6.", then the second line, then the first line's text.
  const std::vector<PlacedWord> words = {
      word("6.", 147.1, 73.5, 154.9, 84.5, 10), word("Nations;", 123.4, 85.5, 159.4, 96.5, 10, false),
      word("Reiterates", 170.9, 73.5, 215, 84.5, 10), word("its", 218, 73.5, 230, 84.5, 10),
      word("request", 233, 73.5, 262, 84.5, 10, false)};
  const auto lines = assemble_lines(words);
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].text == "6. Reiterates its request");
  CHECK(lines[1].text == "Nations;");
}

TEST_CASE("a file that is not a PDF or is cut short fails with a reason naming it", "[ingest][pdf]") {
  try {
    (void)ingest("dump/report.pdf", "this is not a PDF at all", IngestOptions{});
    FAIL("expected a DocumentError");
  } catch (const DocumentError& e) {
    CHECK(e.file() == "dump/report.pdf");
    CHECK(contains(e.reason(), "not a PDF"));
  }
  const std::string whole = read_file(corpus("A_RES_80_222.pdf"));
  for (const std::size_t keep : {std::size_t{9}, std::size_t{2000}, whole.size() / 2}) {
    INFO("first " << keep << " bytes");
    try {
      const Conversion c = pipeline().convert("cut.pdf", std::string_view(whole).substr(0, keep));
      // Poppler rebuilt what it could: the result is still valid, with warnings.
      CHECK(c.validation_errors.empty());
      CHECK_FALSE(c.document.log.warnings().empty());
    } catch (const DocumentError& e) {
      CHECK(e.file() == "cut.pdf");
      CHECK_FALSE(e.reason().empty());
    }
  }
}

TEST_CASE("every born-digital PDF of the corpus converts to valid AKN without page furniture", "[pdf][corpus]") {
  namespace fs = std::filesystem;
  static const Regex kJobNumber("\\b[0-9]{2}-[0-9]{5}\\**\\s*\\(E\\)");
  static const Regex kBarcode("\\*[0-9]{7,9}\\*");
  static const Regex kPageOfPages("(?m)^\\s*[0-9]{1,3}/[0-9]{1,3}\\s*$|\\b[0-9]{1,3}/[0-9]{1,3} [0-9]{2}-[0-9]{5}\\b");
  static const Regex kSplitHyphen("\\p{L} -\\p{L}|\\p{Ll}- \\p{Ll}{3,}\\b(?<!and|or|to)");
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(shared_dir() + "/corpus/born_digital")) {
    if (entry.path().extension() != ".pdf") continue;
    const std::string name = entry.path().filename().string();
    INFO(name);
    const Conversion& c = converted(name);
    ++n;
    CHECK(c.validated);
    CHECK(c.validation_errors.empty());
    CHECK_FALSE(kJobNumber.search(c.text));
    CHECK_FALSE(kBarcode.search(c.text));
    CHECK_FALSE(kPageOfPages.search(c.text));
    CHECK_FALSE(contains(c.text, "Please recycle"));
    CHECK_FALSE(contains(c.text, "_____"));
    CHECK_FALSE(kSplitHyphen.search(c.text));
    for (const Page& page : c.document.pages) CHECK_FALSE(page.ocr);  // a born-digital layer is never replaced
    // Every note found is referenced in the text or reported as unreferenced.
    for (const Footnote& f : c.document.footnotes) {
      INFO("note " << f.marker);
      if (!f.referenced) {
        bool warned = false;
        for (const Diagnostic& d : c.document.log.warnings()) warned |= contains(d.message, "footnote " + f.marker + " has no reference");
        CHECK(warned);
      }
    }
  }
  CHECK(n == 15);
}

TEST_CASE("resolution PDFs: paragraph and footnote counts match the printed pages", "[pdf][corpus]") {
  struct Expect {
    const char* file;
    std::size_t preambular, operative, notes;
  };
  for (const Expect& e : {Expect{"A_RES_80_222.pdf", 3, 37, 17}, Expect{"A_RES_73_7-EN.pdf", 13, 28, 9},
                          Expect{"A_RES_79_249.pdf", 4, 18, 3}, Expect{"A_80_L.11.pdf", 11, 3, 14},
                          Expect{"A_C.3_80_L.49.pdf", 16, 55, 16}, Expect{"A_C.3_80_L.30.pdf", 3, 37, 17},
                          Expect{"A_RES_73_6-EN.pdf", 25, 14, 6}}) {
    INFO(e.file);
    const Conversion& c = converted(e.file);
    CHECK(c.resolution.preamble.size() == e.preambular);
    CHECK(c.resolution.operative.size() == e.operative);
    CHECK(c.document.footnotes.size() == e.notes);
    std::set<std::string> markers;
    for (const Footnote& f : c.document.footnotes) markers.insert(f.marker);
    CHECK(markers.size() == e.notes);  // each note once, none split in two
  }
}

TEST_CASE("A/RES/80/222: masthead, superscript references, split words, page breaks", "[pdf][corpus]") {
  const Conversion& c = converted("A_RES_80_222.pdf");
  const Resolution& r = c.resolution;
  CHECK(r.meta.symbol == "A/RES/80/222");
  CHECK(r.meta.agenda_item == "Agenda item 71 (c)");
  CHECK(r.meta.agenda_title ==
        "Promotion and protection of human rights: human rights situations and reports of special rapporteurs and representatives");
  REQUIRE(r.adoption_date);
  CHECK(r.adoption_date->iso() == "2025-12-18");
  CHECK(r.number == "80/222");
  // "Universal Declaration of Human Rights, 1 the International Covenants
  // on Human Rights 2 and": two superscripts, linked where they stand.
  REQUIRE_FALSE(r.preamble.empty());
  const RichText& guided = r.preamble[0].text;
  REQUIRE(guided.notes.size() == 2);
  CHECK(guided.text.substr(0, guided.notes[0].offset).ends_with("Declaration of Human Rights,"));
  CHECK(guided.text.substr(0, guided.notes[1].offset).ends_with("International Covenants on Human Rights"));
  CHECK(r.footnotes[guided.notes[0].footnote].text == "Resolution 217 A (III).");
  // "Fact -" / "Finding": a justified split and a line-end compound.
  CHECK(contains(c.text, "Independent International Fact-Finding Mission on the Islamic Republic of Iran and of the Special Rapporteur on"));
  // Footnote 3 continues on a second line in the note zone.
  for (const Footnote& f : c.document.footnotes)
    if (f.marker == "3")
      CHECK(f.text == "See Official Records of the General Assembly, Eightieth Session, Supplement No. 53 (A/80/53), chap. V, sect. A.");
}

TEST_CASE("A/RES/73/3: words split by justification are repaired, sentences run over page breaks", "[pdf][corpus]") {
  const Conversion& c = converted("A_RES_73_3-EN.pdf");
  for (const char* split : {"framew ork", "includi ng", "high -level", "Women ’s", "th e disease", "drug -"}) {
    INFO(split);
    CHECK_FALSE(contains(c.text, split));
  }
  CHECK(contains(c.text, "accountability framework, which contributed"));
  CHECK(contains(c.text, "the Delhi End TB Summit"));
  // Page 1 to page 2, over the footer, the running head and the notes.
  CHECK(contains(c.text, "one that addresses the social and economic determinants of the epidemic and that protects"));
  CHECK(contains(c.text, "including its drug-resistant forms"));
  // Page 2 to page 3 after a comma: the next page goes on flush left.
  CHECK(contains(c.text, "the heavy burden of tuberculosis, HIV and AIDS, and other co-morbidities"));
  // The notes printed with their numbers after them are whole and in order.
  REQUIRE(c.document.footnotes.size() >= 6);
  CHECK(c.document.footnotes[0].marker == "1");
  CHECK(c.document.footnotes[0].text == "Resolution 70/1.");
  CHECK(c.document.footnotes[1].text == "Resolution 69/313, annex.");
  CHECK(c.document.footnotes[3].text ==
        "See Official Records of the General Assembly, Seventy-first Session, Supplement No. 53A and corrigendum (A/71/53/Add.1 and A/71/53/Add.1/Corr.1), chap. II.");
  // Running heads of both page sides are gone.
  CHECK_FALSE(contains(c.text, "on the fight against tuberculosis A/RES/73/3"));
  // The resolution adopts the declaration printed after it: one operative
  // paragraph, then the declaration under its title with its own 53
  // paragraphs, then the resolution's conclusions.
  const Resolution& r = c.resolution;
  CHECK(r.formula == "The General Assembly");
  REQUIRE(r.operative.size() == 1);
  CHECK(r.operative[0].text.text.starts_with("Adopts the following political declaration"));
  REQUIRE(r.annexes.size() == 1);
  const Annex& d = r.annexes[0];
  CHECK(d.name == "adoptedText");
  CHECK(d.label.empty());
  REQUIRE(d.heading.size() == 2);
  CHECK(d.heading[1].text == "United to end tuberculosis: an urgent global response to a global epidemic");
  REQUIRE(d.paragraphs.size() == 54);
  CHECK(d.paragraphs[0].num.empty());  // "We, Heads of State and Government ... we therefore:"
  for (std::size_t i = 1; i < d.paragraphs.size(); ++i) CHECK(d.paragraphs[i].num == std::to_string(i) + ".");
  REQUIRE(r.conclusion);
  CHECK(r.conclusion->meeting == "18th plenary meeting");
  CHECK(c.text.find("18th plenary meeting") > c.text.find("53. Also request"));
  CHECK(contains(c.akn, "<doc name=\"adoptedText\">"));
}

TEST_CASE("S/PV.4507: a two-column meeting record reads column by column", "[pdf][corpus]") {
  const Conversion& c = converted("S_PV.4507-EN.pdf");
  CHECK(contains(c.text, "Two years ago, when I served as the Secretary-General’s Special Envoy in the Horn of Africa"));
  CHECK(contains(c.text, "we were able to mobilize $240 million to deliver almost half a million metric tons of food."));
}

namespace {
// A fixture's source (fixtures-src/pdf/NAME.txt, see
// scripts/make-pdf-fixtures.py): what it prints, counted from the markup.
struct FixtureSource {
  std::map<std::string, std::string> head;
  std::vector<std::pair<char, std::string>> body;  // code, text with [[notes]]
  std::vector<std::string> notes;
};

FixtureSource read_source(const std::string& path) {
  FixtureSource src;
  std::string text = read_file(path);
  bool in_body = false;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t nl = text.find('\n', at);
    if (nl == std::string::npos) nl = text.size();
    const std::string line = text.substr(at, nl - at);
    at = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    if (line == "---") { in_body = true; continue; }
    if (!in_body) {
      const std::size_t colon = line.find(':');
      src.head[line.substr(0, colon)] = line.substr(colon + 2);
      continue;
    }
    src.body.emplace_back(line[0], line.substr(2));
    for (std::size_t b = line.find("[["); b != std::string::npos; b = line.find("[[", b + 2))
      src.notes.push_back(line.substr(b + 2, line.find("]]", b) - b - 2));
  }
  return src;
}

std::string without_notes(std::string s) {
  for (std::size_t b = s.find("[["); b != std::string::npos; b = s.find("[["))
    s.erase(b, s.find("]]", b) + 2 - b);
  return s;
}
}  // namespace

TEST_CASE("own born-digital fixtures: every paragraph, note and part of the source, and no furniture", "[pdf][fixtures]") {
  namespace fs = std::filesystem;
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(source_dir() + "/fixtures-src/pdf")) {
    const std::string stem = entry.path().stem().string();
    INFO(stem);
    const FixtureSource src = read_source(entry.path().string());
    const std::string pdf = source_dir() + "/fixtures/pdf/" + stem + ".pdf";
    const Conversion c = pipeline().convert(stem + ".pdf", read_file(pdf));
    ++n;
    CHECK(c.validation_errors.empty());
    // Each paragraph of the source is one paragraph of the clean text,
    // whole: joined across lines and page breaks, its note marks taken out.
    std::size_t preambular = 0, operative = 0, points = 0, parts = 0, annexes = 0;
    bool before_operative = true;
    for (const auto& [code, text] : src.body) {
      const std::string para = without_notes(text);
      INFO(para);
      CHECK(contains(c.text, para));
      if (code == 'p') (before_operative || operative == 0 ? preambular : operative) += 1;
      if (code == 'n') { ++operative; before_operative = false; }
      if (code == 's') ++points;
      if (code == 'a') ++annexes;
      if (code == 'h' && Regex("^[IVX]+$").full_match(para)) { ++parts; before_operative = true; }
    }
    const Resolution& r = c.resolution;
    std::size_t annex_paragraphs = 0;
    for (const Annex& a : r.annexes) annex_paragraphs += a.paragraphs.size();
    CHECK(preambular_count(r) == preambular);
    CHECK(operative_count(r) + annex_paragraphs == operative);
    CHECK(r.sections.size() == parts);
    CHECK(r.annexes.size() == annexes);
    std::size_t found_points = 0;
    for (const OperativeParagraph& p : r.operative) found_points += p.points.size();
    CHECK(found_points == points);
    // Every note collected whole and linked at its reference.
    REQUIRE(r.footnotes.size() == src.notes.size());
    for (std::size_t i = 0; i < src.notes.size(); ++i) {
      CHECK(r.footnotes[i].text == src.notes[i]);
      CHECK(r.footnotes[i].referenced);
    }
    // Masthead values are metadata; the furniture is gone from the text.
    CHECK(r.meta.symbol == src.head.at("symbol"));
    CHECK(r.meta.body == src.head.at("body"));
    CHECK_FALSE(contains(c.text, src.head.at("symbol")));
    CHECK_FALSE(contains(c.text, src.head.at("job").substr(0, 8)));
    CHECK_FALSE(contains(c.text, src.head.at("barcode")));
    CHECK_FALSE(contains(c.text, "Please recycle"));
    CHECK_FALSE(contains(c.text, "Distr."));
    // Each line of the running head occurs in the text only where the
    // source's paragraphs and notes say it.
    if (src.head.count("short-title")) {
      std::string printed;
      for (const auto& [code, text] : src.body) printed += without_notes(text) + "\n";
      for (const std::string& note : src.notes) printed += note + "\n";
      auto count = [](const std::string& in, const std::string& what) {
        std::size_t times = 0;
        for (std::size_t at = in.find(what); at != std::string::npos; at = in.find(what, at + 1)) ++times;
        return times;
      };
      const std::string& head = src.head.at("short-title");
      for (std::size_t at = 0; at <= head.size();) {
        const std::size_t bar = std::min(head.find('|', at), head.size());
        const std::string part = head.substr(at, bar - at);
        INFO("running head " << part);
        CHECK(count(c.text, part) == count(printed, part));
        at = bar + 1;
      }
    }
    // Line-end hyphens of compounds ("cost-" / "recovery") are kept.
    CHECK_FALSE(contains(c.text, "costrecovery"));
    CHECK_FALSE(contains(c.text, "multiyear"));
  }
  CHECK(n == 5);
}

TEST_CASE("A/RES/78/253: parts I to XXVI with their headings, preambles and paragraphs", "[pdf][corpus]") {
  const Resolution& r = converted("A_RES_78_253.pdf").resolution;
  // Numbered paragraphs per part, counted on the printed pages; parts XX to
  // XXV have one unnumbered paragraph each.
  const std::vector<std::size_t> numbered = {2, 6, 11, 11, 10, 2, 11, 5, 5, 4, 5, 17, 18, 17, 28, 13, 4, 16, 26, 0, 0, 0, 0, 0, 0, 2};
  REQUIRE(r.sections.size() == numbered.size());
  const char* roman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
                         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI"};
  for (std::size_t i = 0; i < numbered.size(); ++i) {
    const Section& s = r.sections[i];
    INFO("part " << roman[i]);
    CHECK(s.num == roman[i]);
    CHECK(s.level == 1);
    REQUIRE(s.heading);
    const std::size_t expected = numbered[i] == 0 ? 1 : numbered[i];
    REQUIRE(s.operative.size() == expected);
    for (std::size_t k = 0; numbered[i] > 0 && k < s.operative.size(); ++k) CHECK(s.operative[k].num == std::to_string(k + 1) + ".");
  }
  CHECK(r.sections[0].heading->text == "Enterprise resource planning project, Umoja");
  CHECK(r.sections[2].heading->text == "Request for a subvention to the Residual Special Court for Sierra Leone");
  CHECK(r.sections[3].heading->text == "Request for a subvention to the Extraordinary Chambers in the Courts of Cambodia");
  CHECK(r.sections[0].preamble.size() == 2);
  CHECK(r.sections[5].preamble.size() == 3);  // VI: Recalling, Having considered, Having also considered
  // The lead words as printed in italics (the UN names containers so: "Having also examined").
  CHECK(r.sections[5].preamble[2].lead == "Having also considered");
  // II, 6: the lettered list after "resulting from:" stays in the paragraph.
  CHECK(r.sections[1].operative[5].points.size() == 4);
  // XXIV: an unnumbered paragraph with its own points (a) and (b).
  CHECK(r.sections[23].operative[0].points.size() == 2);
  // VII, 6: the staffing tables' "A." and "B." head the table, not new parts.
  CHECK(r.sections[6].operative.size() == 11);
  REQUIRE(r.conclusion);
  CHECK(r.conclusion->meeting == "50th (resumed) plenary meeting");
  CHECK(r.preamble.empty());
  CHECK(r.operative.empty());
}

TEST_CASE("drafts: the sponsors, the Main Committee and the title, the star note linked", "[pdf][corpus]") {
  {
    const Conversion& c = converted("A_C.3_80_L.49.pdf");
    const Resolution& r = c.resolution;
    REQUIRE(r.sponsors);
    CHECK(r.sponsors->kind == "draft resolution");
    REQUIRE(r.sponsors->names.size() == 47);
    auto name = [&](std::size_t i) { return r.sponsors->line.text.substr(r.sponsors->names[i].first, r.sponsors->names[i].second); };
    CHECK(name(0) == "Andorra");
    CHECK(name(3) == "Bosnia and Herzegovina");
    CHECK(name(29) == "Netherlands (Kingdom of the)");
    CHECK(name(45) == "Ukraine");
    CHECK(name(46) == "United Kingdom of Great Britain and Northern Ireland");
    CHECK(r.meta.committee == "Third Committee");
    CHECK(r.meta.agenda_item == "Agenda item 71 (a)");
    CHECK(r.meta.agenda_title == "Promotion and protection of human rights: implementation of human rights instruments");
    REQUIRE(r.title);
    CHECK(r.title->text == "Torture and other cruel, inhuman or degrading treatment or punishment");
    CHECK(r.other_preface.empty());
    CHECK(document_name(r) == "resolutionDraft");
    CHECK(contains(c.akn, "<statement name=\"resolutionDraft\""));
    CHECK(contains(c.akn, "<FRBRdate date=\"2025-11-04\" name=\"issue\"/>"));
  }
  {
    const Conversion& c = converted("A_80_L.11.pdf");
    const Resolution& r = c.resolution;
    REQUIRE(r.sponsors);
    REQUIRE(r.sponsors->names.size() == 1);
    CHECK(r.sponsors->line.text == "Bolivia (Plurinational State of): draft resolution");
    REQUIRE(r.sponsors->line.notes.size() == 1);
    CHECK(r.footnotes[r.sponsors->line.notes[0].footnote].marker == "*");
    CHECK(r.title->text == "International Day of the World\u2019s Indigenous Women and Girls");
  }
}

TEST_CASE("reports and letters: 1990s mastheads, parts and annexes", "[pdf][corpus]") {
  const Resolution& r = converted("S_1996_112-EN.pdf").resolution;
  // "UNITED" / "NATIONS S", "Distr." above "GENERAL", "ORIGINAL: ENGLISH".
  CHECK(r.meta.organization == "United Nations");
  CHECK(r.meta.symbol == "S/1996/112");
  CHECK(r.meta.body == "Security Council");
  CHECK(r.meta.distribution == "General");
  REQUIRE(r.meta.issue_date);
  CHECK(r.meta.issue_date->iso() == "1996-02-14");
  REQUIRE(r.title);
  CHECK(r.title->text == "REPORT OF THE SECRETARY-GENERAL ON THE UNITED NATIONS MISSION IN HAITI");  // two centred lines
  // Parts "I. INTRODUCTION" to "X. OBSERVATIONS", paragraphs numbered through.
  REQUIRE(r.sections.size() == 10);
  CHECK(r.sections[0].heading->text == "INTRODUCTION");
  CHECK(r.sections[9].num == "X");
  CHECK(r.sections[9].heading->text == "OBSERVATIONS");
  const Resolution& joint = converted("A_49_230-EN.pdf").resolution;
  CHECK(joint.meta.symbol == "A/49/230");
  CHECK(joint.meta.other_symbols == std::vector<std::string>{"S/1994/822"});
  CHECK(joint.meta.session_number == 49);
  CHECK(joint.meta.agenda_item == "Item 38 of the preliminary list");
  REQUIRE(r.annexes.size() == 3);
  CHECK(r.annexes[0].label == "Annex I");
  CHECK(r.annexes[1].label == "Annex II");
  CHECK(r.annexes[2].label == "Annex III");
  const Conversion& c = converted("S_2015_246-EN.pdf");
  REQUIRE(c.resolution.annexes.size() == 1);
  CHECK(contains(c.akn, "<attachment eId=\"att_1\">"));
  CHECK(c.validation_errors.empty());
}

TEST_CASE("an encrypted PDF fails with a reason, one with only a permissions password converts", "[pdf]") {
  const std::string dir = source_dir() + "/tests/data/";
  try {
    (void)pipeline().convert("encrypted_user_password.pdf", read_file(dir + "encrypted_user_password.pdf"));
    FAIL("a PDF that needs a password converted");
  } catch (const DocumentError& e) {
    CHECK(e.file() == "encrypted_user_password.pdf");
    CHECK(contains(e.reason(), "encrypted PDF"));
  }
  const Conversion c = pipeline().convert("encrypted_owner_password.pdf", read_file(dir + "encrypted_owner_password.pdf"));
  CHECK(c.validation_errors.empty());
  CHECK(operative_count(c.resolution) == 6);
}

TEST_CASE("S/2012/197: a raised 2 after km is an exponent, the reissue note hangs on the symbol", "[pdf][corpus]") {
  const Conversion& c = converted("S_2012_197-EN.pdf");
  CHECK(contains(c.text, "More than 300 km\u00B2 of known minefields"));
  CHECK(contains(c.text, "the entire 266,000 km\u00B2 of the Territory"));
  for (const Diagnostic& d : c.document.log.warnings()) CHECK_FALSE(contains(d.message, "footnote mark 2 has no footnote text"));
  CHECK(edits_of(c.document, "superscript_exponent").size() == 3);
  // "S/2012/197***": the reissue note is referenced from the masthead symbol.
  CHECK(c.resolution.meta.symbol == "S/2012/197");
  CHECK(c.resolution.meta.symbol_note == "***");
  for (const Footnote& f : c.document.footnotes) CHECK(f.referenced);
  CHECK(contains(c.akn, "<docNumber refersTo=\"#symbol\">S/2012/197</docNumber><sup class=\"footnote\"><authorialNote marker=\"***\""));
  CHECK_FALSE(contains(c.akn, "unlinkedNotes"));
  // Part IV is divided into A to I; it is not an empty part.
  for (const Diagnostic& d : c.resolution.warnings) CHECK_FALSE(contains(d.message, "has no paragraphs"));
}

TEST_CASE("reports: every numbered paragraph, in order, under its part", "[pdf][corpus]") {
  struct Expect {
    const char* file;
    std::size_t numbered, parts;
  };
  // The last paragraph number printed, and the parts (I., II., ... and A., B., ...).
  for (const Expect& e : {Expect{"S_1996_112-EN.pdf", 65, 10}, Expect{"S_2012_197-EN.pdf", 114, 23},
                          Expect{"S_2015_246-EN.pdf", 81, 14}}) {
    INFO(e.file);
    const Resolution& r = converted(e.file).resolution;
    std::vector<std::string> nums;
    for (const OperativeParagraph& p : r.operative)
      if (!p.num.empty()) nums.push_back(p.num);
    for (const Section& sec : r.sections)
      for (const OperativeParagraph& p : sec.operative)
        if (!p.num.empty()) nums.push_back(p.num);
    REQUIRE(nums.size() == e.numbered);
    for (std::size_t i = 0; i < nums.size(); ++i) CHECK(nums[i] == std::to_string(i + 1) + ".");
    CHECK(r.sections.size() == e.parts);
  }
}
