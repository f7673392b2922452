// The page-1 masthead of any UN document is metadata, not text: a meeting
// record's (the symbol, the organ, its status, the session or the Security
// Council's year, the meeting, its day, hour and place) and a 1990s
// document's in capitals ("UNITED" / "NATIONS A", "Distr." over "GENERAL",
// "ENGLISH" over "ORIGINAL: SPANISH") are read into Metadata, none of it
// reaches the text, and a record is typed and dated by its meeting.
#include <catch2/catch.hpp>

#include <filesystem>
#include <optional>
#include <string>

#include <unistd.h>

#include "export/export.hpp"
#include "structure/helpers.hpp"
#include "structure/structure.hpp"
#include "support.hpp"

using namespace akn;
using namespace akn::test;
namespace fs = std::filesystem;

namespace {

bool contains(const std::string& s, std::string_view what) { return s.find(what) != std::string::npos; }

Conversion convert_fixture(const std::string& rel) {
  return pipeline().convert(fs::path(rel).filename().string(), read_file(source_dir() + "/fixtures/" + rel));
}

Conversion convert_corpus(const std::string& rel) {
  return pipeline().convert(fs::path(rel).filename().string(), read_file(shared_dir() + "/corpus/" + rel));
}

// Whether `line` is a whole line (paragraph) of the clean text.
bool has_line(const std::string& text, const std::string& line) {
  return text == line || text.starts_with(line + "\n") || contains(text, "\n" + line + "\n") || text.ends_with("\n" + line);
}

std::size_t masthead_lines(const Document& doc) {
  std::size_t n = 0;
  for (const Page& p : doc.pages)
    for (const Line& l : p.lines) n += l.role == LineRole::masthead;
  return n;
}

}  // namespace

TEST_CASE("a General Assembly plenary record's masthead names the meeting, which types and dates the record",
          "[masthead][structure]") {
  const Conversion c = convert_fixture("text/record_ga_plenary.txt");
  const Metadata& m = c.resolution.meta;
  CHECK(m.organization == "United Nations");
  CHECK(m.symbol == "A/79/PV.12");
  CHECK(m.body == "General Assembly");
  CHECK(m.session_number == 79);
  CHECK(m.status == "Official Records");
  CHECK(m.meeting == "12th plenary meeting");
  CHECK(m.meeting_number == 12);
  REQUIRE(m.meeting_date);
  CHECK(m.meeting_date->iso() == "2024-09-24");
  REQUIRE(m.meeting_time);
  CHECK(m.meeting_time->iso() == "15:00:00");
  CHECK(m.meeting_place == "New York");
  // The meeting's day is not a date of issue.
  CHECK_FALSE(m.issue_date);
  CHECK(masthead_lines(c.document) == 8);

  CHECK(c.resolution.type == DocumentType::meeting_record);
  const auto d = work_date(c.resolution);
  REQUIRE(d);
  CHECK(d->name == "meeting");
  CHECK(d->date.iso() == "2024-09-24");
  CHECK(contains(c.akn, "/akn/un/doc/meetingRecord/"));
  CHECK(contains(c.akn, "2024-09-24"));
  CHECK_FALSE(contains(c.akn, "undated"));
  // No masthead value is text; the record's own text is.
  for (const char* masthead : {"Seventy-ninth session", "12th plenary meeting", "New York", "Official Records"})
    CHECK_FALSE(contains(c.text, masthead));
  CHECK(contains(c.text, "The meeting was called to order at 3.05 p.m."));
  CHECK(contains(c.akn, "<docNumber refersTo=\"#symbol\">A/79/PV.12</docNumber>"));
  CHECK(c.validation_errors.empty());
}

TEST_CASE("a Security Council record's masthead glued into one line is read whole", "[masthead][structure]") {
  const Conversion c = convert_fixture("text/record_sc_glued.txt");
  const Metadata& m = c.resolution.meta;
  CHECK(m.symbol == "S/PV.9931");
  CHECK(m.body == "Security Council");
  CHECK(m.status == "Provisional");
  CHECK(m.year_number == 80);
  CHECK(m.meeting_number == 9931);
  REQUIRE(m.meeting_date);
  CHECK(m.meeting_date->iso() == "2025-06-02");
  REQUIRE(m.meeting_time);
  CHECK(m.meeting_time->iso() == "10:00:00");
  CHECK(m.meeting_place == "Geneva");
  CHECK(masthead_lines(c.document) == 1);
  CHECK(c.resolution.type == DocumentType::meeting_record);
  REQUIRE(work_date(c.resolution));
  CHECK(work_date(c.resolution)->name == "meeting");
  CHECK_FALSE(contains(c.text, "9931st meeting"));
  CHECK(contains(c.text, "The agenda was adopted."));
  CHECK(c.validation_errors.empty());
}

TEST_CASE("a 1990s masthead in capitals stays out of the title and the text", "[masthead][structure]") {
  const Conversion c = convert_fixture("text/letter_1990s_capitals.txt");
  const Metadata& m = c.resolution.meta;
  CHECK(m.organization == "United Nations");
  CHECK(m.symbol == "A/48/215");
  CHECK(m.body == "General Assembly");
  CHECK(m.distribution == "General");
  REQUIRE(m.issue_date);
  CHECK(m.issue_date->iso() == "1993-06-25");
  CHECK(m.original_languages == std::vector<std::string>{"es"});
  CHECK(m.session_number == 48);
  CHECK(m.agenda_item == "Item 97 of the preliminary list");
  CHECK(m.agenda_titles == std::vector<std::string>{"HUMAN RIGHTS QUESTIONS"});
  CHECK(masthead_lines(c.document) == 12);
  CHECK(c.resolution.type == DocumentType::letter);
  REQUIRE(c.resolution.title);
  CHECK(c.resolution.title->text.starts_with("Letter dated 21 June 1993"));
  for (const char* masthead : {"UNITED", "NATIONS A", "GENERAL\n", "ENGLISH", "ORIGINAL", "HUMAN RIGHTS QUESTIONS"})
    CHECK_FALSE(contains(c.text, masthead));
  CHECK(contains(c.akn, "Original: Spanish"));
  CHECK(c.validation_errors.empty());
}

TEST_CASE("a line of text under a meeting's date is not its place unless the date gives the hour", "[masthead][cleanup]") {
  // A record's masthead ends at the place; a letter's first line after its
  // masthead is text even when it is a short capitalised phrase.
  const Conversion c = convert(
      "United Nations A/99/PV.3\nGeneral Assembly\nNinety-ninth session\n3rd plenary meeting\n"
      "Friday, 1 October 2044, 10 a.m.\nNew York\nOpening Remarks\n\nThe President: I declare the meeting open.\n",
      "record.txt");
  CHECK(c.resolution.meta.meeting_place == "New York");
  CHECK(contains(c.text, "Opening Remarks"));
  CHECK(masthead_lines(c.document) == 6);
}

TEST_CASE("a 1990s masthead whose organ and 'Distr.' share a baseline is read from that line", "[masthead][cleanup]") {
  // A text layer read line by line joins the organ and "Distr." printed on
  // one baseline; the distribution is on the next line.
  const Conversion c = convert(
      "UNITED NATIONS\nEconomic and Social Council Distr.\nGENERAL\n\nE/1999/12\n1 March 1999\n\nORIGINAL: FRENCH\n\n"
      "Letter dated 26 February 1999 from the Permanent Representative of France to the United Nations "
      "addressed to the President of the Council\n\nI have the honour to transmit herewith a statement.\n",
      "ecosoc_letter.txt");
  const Metadata& m = c.resolution.meta;
  CHECK(m.body == "Economic and Social Council");
  CHECK(m.distribution == "General");
  CHECK(m.symbol == "E/1999/12");
  CHECK(m.original_languages == std::vector<std::string>{"fr"});
  CHECK(masthead_lines(c.document) == 6);
  CHECK_FALSE(contains(c.text, "Distr."));
  CHECK_FALSE(has_line(c.text, "GENERAL"));
  CHECK(c.resolution.type == DocumentType::letter);
}

TEST_CASE("S/PV.4507: the record's masthead is metadata, the record a meetingRecord of its meeting's day",
          "[masthead][pdf][corpus]") {
  const Conversion c = convert_corpus("born_digital/S_PV.4507-EN.pdf");
  const Metadata& m = c.resolution.meta;
  CHECK(m.symbol == "S/PV.4507");
  CHECK(m.body == "Security Council");
  CHECK(m.status == "Provisional");
  CHECK(m.year_number == 57);
  CHECK(m.meeting_number == 4507);
  REQUIRE(m.meeting_date);
  CHECK(m.meeting_date->iso() == "2002-04-04");
  REQUIRE(m.meeting_time);
  CHECK(m.meeting_time->iso() == "11:50:00");
  CHECK(m.meeting_place == "New York");
  CHECK(c.resolution.type == DocumentType::meeting_record);
  REQUIRE(work_date(c.resolution));
  CHECK(work_date(c.resolution)->name == "meeting");
  CHECK(work_date(c.resolution)->date.iso() == "2002-04-04");
  for (const char* masthead : {"Fifty-seventh year", "Provisional", "New York\n"}) CHECK_FALSE(contains(c.text, masthead));
  CHECK(contains(c.text, "President:"));
  CHECK(c.validation_errors.empty());
}

TEST_CASE("1990s ODS letters and reports: no masthead column in the title or the text", "[masthead][pdf][corpus]") {
  int checked = 0;
  for (const char* file : {"A_49_230-EN.pdf", "A_53_568-EN.pdf", "S_1996_112-EN.pdf"}) {
    INFO(file);
    const Conversion c = convert_corpus(std::string("born_digital/") + file);
    REQUIRE(c.resolution.title);
    // The title is the document's own: a letter's or a report's.
    CHECK((c.resolution.title->text.starts_with("Letter dated") || c.resolution.title->text.starts_with("REPORT OF")));
    // No line of the text is a masthead value.
    for (const char* masthead : {"UNITED", "NATIONS", "NATIONS AS", "NATIONS S", "Distr.", "GENERAL", "ENGLISH",
                                 "ORIGINAL: ENGLISH", "GENERAL ASSEMBLY SECURITY COUNCIL"})
      CHECK_FALSE(has_line(c.text, masthead));
    CHECK_FALSE(contains(c.text, "ORIGINAL:"));
    CHECK(c.resolution.meta.original_languages == std::vector<std::string>{"en"});
    ++checked;
  }
  CHECK(checked == 3);
  // The star note of the agenda item ("Item 38 of the preliminary list*"),
  // set in the body's type under the rule, is a note referenced from the
  // masthead, not a paragraph.
  const Conversion letter = convert_corpus("born_digital/A_49_230-EN.pdf");
  REQUIRE(letter.resolution.footnotes.size() == 1);
  CHECK(letter.resolution.footnotes[0].marker == "*");
  CHECK(letter.resolution.footnotes[0].text == "A/49/50/Rev.1.");
  CHECK(letter.resolution.footnotes[0].referenced);
  CHECK_FALSE(contains(letter.text, "\n* A/49/50/Rev.1."));  // not a paragraph (the notes follow as "[*] ...")
  CHECK(contains(letter.akn, "Item 38 of the preliminary list</inline><sup class=\"footnote\"><authorialNote marker=\"*\""));
}

TEST_CASE("an agenda item titled 'Report of ...' is the masthead's agenda title, not text of the resolution",
          "[masthead][pdf][unakn]") {
  // A/RES/80/189, 79/130 and 80/7 print under "Agenda item N" the item's
  // title "Report of the Human Rights Council" (of the Committee on
  // Relations with the Host Country, of the International Atomic Energy
  // Agency), in the masthead's type, flush with it.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"A_RES_80_189.pdf", "Report of the Human Rights Council"},
      {"A_RES_79_130.pdf", "Report of the Committee on Relations with the Host Country"},
      {"A_RES_80_7.pdf", "Report of the International Atomic Energy Agency"}};
  std::size_t checked = 0;
  for (const auto& [file, title] : cases) {
    INFO(file);
    const Conversion c = pipeline().convert(file, read_file(shared_dir() + "/unakn/pdf/" + file));
    CHECK(c.document.meta.agenda_titles == std::vector<std::string>{title});
    CHECK(c.conservation.unaccounted.empty());
    ++checked;
  }
  CHECK(checked == 3);
}

// The masthead of the other five versions, as their pages print it (the
// UN's AKN of A/RES/78/214 in each language shows these forms): the cover
// page says what the page prints ("Nations Unies", "Assemblée générale",
// "Distr. générale"), Metadata keeps the English organ as the identifier,
// and the session and agenda item are read as masthead values, not left
// glued into a preface line. Arabic stretches the Organization's name with
// tatweel ("الأمــم المتحـدة"). Each version is a text export of its
// masthead, the adoption line, the number and title, the formula, one
// preambular and one operative paragraph.
TEST_CASE("mastheads in the five other languages: the cover page says what the page prints",
          "[masthead][languages]") {
  struct Version {
    const char* lang;
    const char* organization;
    const char* body;
    const char* distribution;
    const char* date;
    const char* session;
    std::optional<int> session_number;
    const char* agenda;
    const char* rest;  // the adoption line and the text
  };
  const Version versions[] = {
      {"fr", "Nations Unies", "Assemblée générale", "Distr. générale", "22 décembre 2023",
       "Soixante-dix-huitième session", 78, "Point 72 b) de l’ordre du jour",
       "Résolution adoptée par l’Assemblée générale le 19 décembre 2023\n\n78/214. Lutte contre l’intolérance\n\n"
       "L’Assemblée générale,\n\nRappelant ses résolutions antérieures,\n\n1. Réaffirme son engagement;\n"},
      {"es", "Naciones Unidas", "Asamblea General", "Distr. general", "22 de diciembre de 2023",
       "Septuagésimo octavo período de sesiones", 78, "Tema 71 b) del programa",
       "Resolución aprobada por la Asamblea General el 19 de diciembre de 2023\n\n78/214. Lucha contra la intolerancia\n\n"
       "La Asamblea General,\n\nRecordando sus resoluciones anteriores,\n\n1. Reafirma su compromiso;\n"},
      {"ru", "Организация Объединенных Наций", "Генеральная Ассамблея", "Distr.: General", "22 December 2023",
       "Семьдесят восьмая сессия", 78, "Пункт 71 b) повестки дня",
       "Резолюция, принятая Генеральной Ассамблеей 19 декабря 2023 года\n\n78/214. Борьба с нетерпимостью\n\n"
       "Генеральная Ассамблея,\n\nссылаясь на свои предыдущие резолюции,\n\n1. вновь подтверждает свою приверженность;\n"},
      {"ar", "الأمــم المتحـدة", "الجمعية العامة", "Distr.: General", "22 December 2023", "الدورة الثامنة والسبعون",
       78, "البند 71 (ب) من جدول الأعمال",
       "قرار اتخذته الجمعية العامة في 19 كانون الأول/ديسمبر 2023\n\n78/214 مكافحة التعصب\n\n"
       "إن الجمعية العامة،\n\nإذ تشير إلى قراراتها السابقة،\n\n1 - تؤكد من جديد التزامها؛\n"},
      {"zh", "联合国", "大会", "Distr.: General", "22 December 2023", "第七十八届会议", 78, "议程项目71 (b)",
       "2023年12月19日大会决议\n\n78/214. 打击不容忍\n\n大会,\n\n回顾其以往各项决议,\n\n1. 重申其承诺;\n"},
  };
  std::size_t checked = 0;
  for (const Version& v : versions) {
    INFO(v.lang);
    const std::string text = std::string(v.organization) + "          A/RES/78/214\n" + v.body + "          " +
                             v.distribution + "\n                    " + v.date + "\n" + v.session + "\n" + v.agenda +
                             "\n\n" + v.rest;
    const Conversion c = pipeline().convert(std::string("A_RES_78_214.") + v.lang + ".txt", text);
    const Metadata& m = c.resolution.meta;
    // The English identifiers stay.
    CHECK(m.organization == "United Nations");
    CHECK(m.body == "General Assembly");
    CHECK(m.distribution == "General");
    CHECK(contains(c.akn, "/akn/un/"));
    // The page's own forms.
    CHECK(m.organization_printed == std::optional<std::string>(v.organization));
    CHECK(m.body_printed == std::optional<std::string>(v.body));
    CHECK(m.distribution_printed == std::optional<std::string>(v.distribution));
    CHECK(m.session == std::optional<std::string>(v.session));
    CHECK(m.session_number == v.session_number);
    CHECK(m.agenda_item == std::optional<std::string>(v.agenda));
    const std::size_t cover = c.akn.find("<coverPage>"), end = c.akn.find("</coverPage>");
    REQUIRE(cover != std::string::npos);
    REQUIRE(end != std::string::npos);
    const std::string page = c.akn.substr(cover, end - cover);
    CHECK(contains(page, std::string(">") + v.organization + "</docAuthority>"));
    CHECK(contains(page, std::string(">") + v.body + "</docAuthority>"));
    CHECK(contains(page, std::string(">") + v.distribution + "</inline>"));
    CHECK(contains(page, std::string(">") + v.session + "</"));
    CHECK(contains(page, std::string(">") + v.agenda + "</inline>"));
    // Nothing the page does not print.
    CHECK_FALSE(contains(page, "United Nations"));
    CHECK_FALSE(contains(page, "General Assembly"));
    // The session and the agenda item are no text of the document.
    CHECK_FALSE(contains(c.text, v.session));
    CHECK_FALSE(contains(c.text, v.agenda));
    for (const Diagnostic& d : c.document.log.warnings()) CHECK(d.message.find(v.session) == std::string::npos);
    CHECK(c.validation_errors.empty());
    ++checked;
  }
  CHECK(checked == 5);
}

// The title under the agenda item wraps over lines; Chinese has no spaces
// between words, so a word broken at the line end ("基" / "本自由") is
// joined without one, while English lines join with a space.
TEST_CASE("an agenda item's title over two lines joins without a space in Chinese, with one in English",
          "[masthead][languages]") {
  struct Version {
    const char* name;
    const char* masthead;
    const char* title;
  };
  const Version versions[] = {
      {"A_RES_78_214.zh.txt",
       "联合国          A/RES/78/214\n大会          Distr.: General\n                    22 December 2023\n"
       "第七十八届会议\n议程项目71 (b)\n增进和保护人权：人权问题，包括增进人权和基\n本自由切实享受的各种途径\n\n"
       "2023年12月19日大会决议\n\n78/214. 打击不容忍\n\n大会,\n\n回顾其以往各项决议,\n\n1. 重申其承诺;\n",
       "增进和保护人权：人权问题，包括增进人权和基本自由切实享受的各种途径"},
      {"A_RES_78_214.txt",
       "United Nations          A/RES/78/214\nGeneral Assembly          Distr.: General\n"
       "                    22 December 2023\nSeventy-eighth session\nAgenda item 71 (b)\n"
       "Promotion and protection of human rights: human rights\nquestions\n\n"
       "Resolution adopted by the General Assembly on 19 December 2023\n\n78/214. Combating intolerance\n\n"
       "The General Assembly,\n\nRecalling its previous resolutions,\n\n1. Reaffirms its commitment;\n",
       "Promotion and protection of human rights: human rights questions"},
  };
  std::size_t checked = 0;
  for (const Version& v : versions) {
    INFO(v.name);
    const Conversion c = pipeline().convert(v.name, v.masthead);
    CHECK(c.resolution.meta.agenda_titles == std::vector<std::string>{v.title});
    ++checked;
  }
  CHECK(checked == 2);
}

namespace {

// A line of a typed page: where it starts (points from the top left) and
// what OCR read.
struct TypedLine {
  double x, y;
  std::string text;
};

// A typewritten page as OCR reads it: 10-pt type at the typewriter's pitch
// of 6 pt a character, each word boxed.
Page typed_page(int number, const std::vector<TypedLine>& lines) {
  constexpr double kPitch = 6, kSize = 10;
  Page page;
  page.number = number;
  page.width = 612;
  page.height = 792;
  page.ocr = true;
  page.ocr_confidence = 88;
  for (const TypedLine& t : lines) {
    Line l;
    l.text = t.text;
    l.font_size = kSize;
    double x = t.x;
    for (std::size_t at = 0; at < t.text.size();) {
      std::size_t end = t.text.find(' ', at);
      if (end == std::string::npos) end = t.text.size();
      Word w;
      w.begin = at;
      w.end = end;
      w.box = Box{x, t.y, x + kPitch * static_cast<double>(end - at), t.y + kSize};
      w.font_size = kSize;
      w.confidence = 88;
      l.words.push_back(w);
      x += kPitch * static_cast<double>(end - at + 1);
      at = end + 1;
    }
    l.box = Box{t.x, t.y, x - kPitch, t.y + kSize};
    page.lines.push_back(std::move(l));
  }
  return page;
}

// A typed 1970s draft resolution of two pages as a scan's OCR reads it: a
// library's stamp above the masthead, the organ in spaced capitals over two
// lines, the date's day and the session's ordinal misread, the title of
// the agenda item as the draft's heading above its sponsors.
Document typed_draft() {
  Document doc;
  doc.source.name = "typed_draft.pdf";
  doc.source.kind = "pdf";
  doc.pages.push_back(typed_page(
      1, {{220, 40, "UN LIBRARY"},
          {215, 62, "NOV 2 - 1973"},
          {30, 113, "UNITED NATIONS"},
          {30, 145, "GENERAL"},
          {30, 174, "ASSEMBLY"},
          {418, 124, "Distr."},
          {418, 136, "LIMITED"},
          {418, 160, "A/L.701"},
          {418, 173, "~2 November 1973"},
          {418, 197, "ORIGINAL: FRENCH"},
          {35, 235, "Twenty-elghth session"},
          {35, 247, "Agenda item 41"},
          {150, 283, "QUESTION OF THE PEACEFUL USES OF THE SEA-BED"},
          {122, 320, "Belgium, Ghana, Mexico, Norway, Sri Lanka and Tunisia: draft resolution"},
          {63, 356, "The General Assembly,"},
          {63, 375, "Recalling its resolution 2750 (XXV) of 17 December 1970,"},
          {63, 394, "Noting with appreciation the report of the Committee on the Peaceful Uses of"},
          {34, 406, "the Sea-Bed and the Ocean Floor beyond the Limits of National Jurisdiction,"},
          {63, 425, "1. Requests the Secretary-General to continue the study of the question and"},
          {34, 437, "to report to the General Assembly at its twenty-ninth session;"},
          {32, 738, "73-21458"}}));
  doc.pages.push_back(typed_page(
      2, {{470, 40, "A/L.701"},
          {470, 52, "Page 2"},
          {63, 100, "2. Decides to include in the provisional agenda of its twenty-ninth session the"},
          {34, 112, "item entitled \"Question of the peaceful uses of the sea-bed\"."}}));
  return doc;
}

std::size_t warnings_with(const Conversion& c, std::string_view text) {
  std::size_t n = 0;
  for (const Diagnostic& d : c.document.log.warnings()) n += contains(d.message, text);
  for (const Diagnostic& d : c.resolution.warnings) n += contains(d.message, text);
  return n;
}

}  // namespace

TEST_CASE("a typed draft resolution read by OCR keeps stamp and masthead out of the text and its heading as title",
          "[masthead][structure][ocr]") {
  const Conversion c = pipeline().finish(typed_draft());
  const Metadata& m = c.resolution.meta;
  CHECK(m.symbol == "A/L.701");
  CHECK(m.body == "General Assembly");
  CHECK(m.distribution == "Limited");
  CHECK(m.original_languages == std::vector<std::string>{"fr"});
  CHECK(m.session_number == 28);
  CHECK(m.agenda_item == "Agenda item 41");
  // The day cannot be read: no date of issue is guessed, a warning says why.
  CHECK_FALSE(m.issue_date);
  CHECK(warnings_with(c, "has an unreadable day") == 1);
  CHECK(warnings_with(c, "\"Twenty-elghth\" is no word") == 1);
  CHECK(warnings_with(c, "printed above the masthead") == 2);
  INFO(c.text);
  for (const char* masthead : {"UN LIBRARY", "NOV 2", "GENERAL\n", "ASSEMBLY", "session\n", "Agenda item", "~2 November", "ORIGINAL"})
    CHECK_FALSE(contains(c.text, masthead));
  CHECK(c.resolution.type == DocumentType::draft_resolution);
  REQUIRE(c.resolution.title);
  CHECK(c.resolution.title->text == "QUESTION OF THE PEACEFUL USES OF THE SEA-BED");
  CHECK(c.resolution.other_preface.empty());
  // Printed order: the heading, then the sponsors, then the formula.
  CHECK(c.text.starts_with("QUESTION OF THE PEACEFUL USES OF THE SEA-BED\n\nBelgium, Ghana"));
  CHECK(contains(c.akn, "<docTitle>QUESTION OF THE PEACEFUL USES OF THE SEA-BED</docTitle>"));
  CHECK(c.resolution.preamble.size() == 2);
  CHECK(c.resolution.operative.size() == 2);
  CHECK(c.validation_errors.empty());
}

TEST_CASE("a draft resolution's title is the line under its sponsors or the heading above them when none is under them",
          "[masthead][structure]") {
  // A born-digital draft of today: the agenda item's title in the masthead,
  // the draft's own title under the sponsor line.
  const std::string masthead =
      "United Nations A/99/L.12\nGeneral Assembly Distr.: Limited\n3 November 2044\nOriginal: English\n"
      "Ninety-ninth session\nAgenda item 17\nSustainable development\n\n";
  const Conversion today = convert(masthead +
                                       "Chile, Fiji and Norway: draft resolution\n\nProtection of coral reefs\n\n"
                                       "The General Assembly,\n\nRecalling its resolution 98/150,\n\n"
                                       "1. Decides to remain seized of the matter.\n",
                                   "A_99_L.12.txt");
  REQUIRE(today.resolution.title);
  CHECK(today.resolution.title->text == "Protection of coral reefs");
  CHECK(contains(today.text, "Chile, Fiji and Norway: draft resolution\n\nProtection of coral reefs\n\nThe General Assembly,"));
  CHECK(today.resolution.meta.agenda_titles == std::vector<std::string>{"Sustainable development"});

  // A draft whose heading is printed above the sponsor line and nothing
  // under it but the formula (as drafts of the 1970s print the title of
  // their agenda item): the heading is its title, kept in that order.
  const Conversion older = convert(
      "A/L.699\n\nQUESTION OF CORAL REEFS\n\nChile, Fiji and Norway: draft resolution\n\n"
      "The General Assembly,\n\nRecalling its resolution 2750 (XXV),\n\n1. Decides to remain seized of the matter.\n",
      "A_L.699.txt");
  REQUIRE(older.resolution.title);
  CHECK(older.resolution.title->text == "QUESTION OF CORAL REEFS");
  CHECK(contains(older.text, "QUESTION OF CORAL REEFS\n\nChile, Fiji and Norway: draft resolution\n\nThe General Assembly,"));
  CHECK(contains(older.akn, "<docTitle>QUESTION OF CORAL REEFS</docTitle>"));
  CHECK(older.resolution.type == DocumentType::draft_resolution);
  CHECK(older.validation_errors.empty());
}

namespace {

// Page 1 read from an old OCR text layer (Acrobat Capture) instead of by
// Tesseract: the same boxes, the page's flags as ingest sets them.
Page layer_page(int number, const std::vector<TypedLine>& lines) {
  Page page = typed_page(number, lines);
  page.ocr = false;
  page.ocr_layer = true;
  return page;
}

// Body lines of a letter, to follow a masthead.
std::vector<TypedLine> letter_body(double y) {
  return {{110, y, "Letter dated 1 August 1991 from the Permanent Representative of"},
          {160, y + 12, "Morocco to the United Nations addressed to the Secretary-General"},
          {60, y + 40, "I have the honour to transmit herewith the text of a statement issued"},
          {30, y + 52, "on 30 July 1991 by the Government of the Kingdom of Morocco."},
          {60, y + 76, "I should be grateful if you would have this letter circulated as an"},
          {30, y + 88, "official document of the General Assembly and of the Security Council."}};
}

Document scanned_letter(std::vector<TypedLine> masthead, const std::vector<std::vector<TypedLine>>& heads, bool layer) {
  Document doc;
  doc.source.name = "scanned_letter.pdf";
  doc.source.kind = "pdf";
  for (const TypedLine& l : letter_body(300)) masthead.push_back(l);
  doc.pages.push_back(layer ? layer_page(1, masthead) : typed_page(1, masthead));
  int number = 2;
  for (std::vector<TypedLine> page : heads) {
    page.push_back({60, 120, "The Government of the Kingdom of Morocco reaffirms its commitment to"});
    page.push_back({30, 132, "the settlement plan and to the referendum it provides for."});
    doc.pages.push_back(layer ? layer_page(number, page) : typed_page(number, page));
    ++number;
  }
  return doc;
}

// A 1990s GA/SC letter of two pages read from an OCR layer: the logo's
// letters and specks read before "UNITED", a speck read as "." in the
// masthead column, a speck glued to the symbol ("A/46/312K"), the colon of
// "ORIGINAL:" read as ";", the agenda items wrapped over two lines.
Document joint_letter() {
  return scanned_letter(
      {{520, 12, "AS"},
       {400, 30, ".--- -----~--- ______"},
       {30, 20, "UNITED"},
       {30, 34, "NATIONS"},
       {80, 80, "General Assembly Security Council"},
       {430, 90, "Distr."},
       {430, 102, "GENERAL"},
       {480, 114, "."},
       {430, 126, "A/46/312K"},
       {430, 138, "S/22871"},
       {430, 150, "3 August 1991"},
       {430, 174, "ORIGINAL; ENGLISH"},
       {30, 222, "GENERAL ASSEMBLY"},
       {30, 234, "Forty-sixth session"},
       {30, 246, "Items 12 and 97 of the preliminary"},
       {42, 258, "list*"},
       {30, 270, "QUESTION OF WESTERN SAHARA"},
       {430, 222, "SECURITY COUNCIL"},
       {430, 234, "Forty-sixth year"}},
      {{{36, 40, "A/46/312"}, {36, 52, "S/22871"}, {36, 64, "English"}, {36, 76, "Page 2"}}}, true);
}

}  // namespace

TEST_CASE("a scanned joint letter: a speck line and a letter glued to the symbol do not hide the masthead",
          "[masthead][ocr]") {
  const Conversion c = pipeline().finish(joint_letter());
  const Metadata& m = c.resolution.meta;
  CHECK(m.symbol == "A/46/312");
  CHECK(m.other_symbols == std::vector<std::string>{"S/22871"});
  CHECK(m.original_languages == std::vector<std::string>{"en"});
  CHECK(m.agenda_item == "Items 12 and 97 of the preliminary list");
  CHECK(warnings_with(c, "masthead symbol printed as \"A/46/312K\": taken for A/46/312") == 1);
  CHECK(warnings_with(c, "\"ORIGINAL;\" as ORIGINAL:") == 1);
  CHECK(warnings_with(c, "is not the document's symbol") == 0);
  INFO(c.text);
  CHECK(c.text.starts_with("Letter dated 1 August 1991"));
  for (const char* masthead : {"A/46/312", "S/22871", "ORIGINAL", "list*", "SECURITY COUNCIL", "WESTERN SAHARA", "Page 2"})
    CHECK_FALSE(contains(c.text, masthead));
  CHECK(c.resolution.type == DocumentType::letter);
}

TEST_CASE("a scanned Security Council letter: the running heads of later pages correct a misread masthead symbol",
          "[masthead][ocr]") {
  // Another organ, read by Tesseract: the masthead's symbol misread by one
  // figure, its labels misread ("Councll", "ORIGHAL"); three later pages,
  // two of whose heads print the symbol legibly.
  const Conversion c = pipeline().finish(scanned_letter(
      {{30, 20, "UNITED NATIONS"},
       {30, 60, "Security Councll"},
       {430, 62, "Distr."},
       {430, 74, "GENERAL"},
       {430, 98, "S/23185"},
       {430, 110, "14 October 1991"},
       {430, 134, "ORIGHAL: ENGLISH"}},
      {{{470, 40, "S/23105"}, {470, 52, "English"}, {470, 64, "Page 2"}},
       {{470, 40, "S/23105"}, {470, 52, "English"}, {470, 64, "Page 3"}},
       {{470, 40, "S/231#5"}, {470, 52, "English"}, {470, 64, "Page 4"}}},
      false));
  const Metadata& m = c.resolution.meta;
  CHECK(m.symbol == "S/23105");
  CHECK(m.body == "Security Council");
  CHECK(m.original_languages == std::vector<std::string>{"en"});
  CHECK(warnings_with(c, "masthead symbol read as S/23185, but the pages' running heads print S/23105") == 1);
  CHECK(warnings_with(c, "\"Councll\" as Council") == 1);
  CHECK(warnings_with(c, "\"ORIGHAL:\" as ORIGINAL:") == 1);
  INFO(c.text);
  CHECK(c.text.starts_with("Letter dated 1 August 1991"));
  CHECK_FALSE(contains(c.text, "ORIGHAL"));
  CHECK_FALSE(contains(c.text, "Councll"));
}

TEST_CASE("a scanned Trusteeship Council document whose masthead lost its symbol takes it from the running heads",
          "[masthead][ocr]") {
  const Conversion c = pipeline().finish(scanned_letter(
      {{30, 20, "UNITED NATIONS"},
       {30, 60, "TRUSTEESHIP"},
       {30, 74, "COUNCIL"},
       {430, 62, "Distr."},
       {430, 74, "GENERAL"},
       {430, 110, "12 May 1953"},
       {430, 134, "ORIGINAL: ENGLISH"}},
      {{{470, 40, "T/PET.11/142"}, {470, 52, "Page 2"}}, {{470, 40, "T/PET.11/142"}, {470, 52, "Page 3"}}}, false));
  const Metadata& m = c.resolution.meta;
  CHECK(m.symbol == "T/PET.11/142");
  CHECK(m.body == "Trusteeship Council");
  CHECK(warnings_with(c, "no symbol was read from the masthead: the symbol T/PET.11/142 is taken from the pages' running heads") ==
        1);
  INFO(c.text);
  CHECK_FALSE(contains(c.text, "T/PET.11/142"));
}

TEST_CASE("a scanned French masthead: a speck line, a glued letter and a misread label are read as a French masthead",
          "[masthead][ocr][languages]") {
  const Conversion c = pipeline().finish(scanned_letter(
      {{30, 20, "Nations Unies"},
       {30, 60, "Conseil de sécurité"},
       {430, 62, "Distr. générale"},
       {480, 74, "/"},
       {430, 86, "S/24017J"},
       {430, 98, "2 juin 1992"},
       {430, 122, "Français"},
       {430, 134, "Origlnal : anglais"}},
      {{{470, 40, "S/24017"}, {470, 52, "Page 2"}}}, true));
  const Metadata& m = c.resolution.meta;
  CHECK(m.symbol == "S/24017");
  CHECK(m.body == "Security Council");
  CHECK(m.language == "fr");
  CHECK(m.original_languages == std::vector<std::string>{"en"});
  CHECK(warnings_with(c, "masthead symbol printed as \"S/24017J\"") == 1);
  CHECK(warnings_with(c, "\"Origlnal\" as Original") == 1);
  INFO(c.text);
  for (const char* masthead : {"S/24017", "Origlnal", "juin 1992", "Français"}) CHECK_FALSE(contains(c.text, masthead));
  CHECK_FALSE(c.text.starts_with("/"));
}

// A letter's title and first paragraph, after a speck line the cases put first.
constexpr const char* kLetterAfterSpeck =
    "\n\nLetter dated 3 May 1990 from the Permanent Representative of Chile addressed to the "
    "Secretary-General\n\nI have the honour to transmit herewith a statement.\n";

TEST_CASE("a line with no letter is never a document's title", "[masthead][structure]") {
  // A speck read as "/" (or a rule read as dashes) before the first line of
  // text: no title is taken from it, a warning says so, and the text keeps it.
  std::size_t checked = 0;
  for (const char* speck : {"/", "-- . --", "*"}) {
    INFO(speck);
    const Conversion c = convert(std::string(speck) + kLetterAfterSpeck);
    REQUIRE(c.resolution.title);
    CHECK(c.resolution.title->text.starts_with("Letter dated 3 May 1990"));
    CHECK(warnings_with(c, "prints no letter") == 1);
    ++checked;
  }
  CHECK(checked == 3);
}

TEST_CASE("a scanned letter whose page 1 ingest could not tell from born-digital text is read as a scan",
          "[masthead][ocr]") {
  // Ingest flags an old OCR layer page by page; on A/45/189 it flagged
  // every page but the first. The masthead of such a scan is read as one.
  Document doc = joint_letter();
  doc.pages.front().ocr_layer = false;
  const Conversion c = pipeline().finish(std::move(doc));
  CHECK(c.resolution.meta.symbol == "A/46/312");
  CHECK(c.resolution.meta.other_symbols == std::vector<std::string>{"S/22871"});
  INFO(c.text);
  CHECK(c.text.starts_with("Letter dated 1 August 1991"));
}

TEST_CASE("a date line (even as OCR misread it) is never a document's title", "[masthead][structure]") {
  // The masthead's date of issue left before the first line of text (A/45/189:
  // ": I 2 Aprii 1990"): no title is taken from it, a warning quotes it, the
  // text keeps it as printed, and no date is guessed from it.
  std::size_t checked = 0;
  for (const char* date : {": I 2 Aprii 1990", "I2 Aprii 1990", "12 avrll 1990", "12 April 1990", "12 de abrll de 1990"}) {
    INFO(date);
    const Conversion c = convert(std::string(date) +
                                 "\n\nLetter dated 3 May 1990 from the Permanent Representative of Chile addressed to the "
                                 "Secretary-General\n\nI have the honour to transmit herewith a statement.\n");
    REQUIRE(c.resolution.title);
    CHECK(c.resolution.title->text.starts_with("Letter dated 3 May 1990"));
    CHECK(warnings_with(c, "\"" + std::string(date) + "\", is a date line") == 1);
    CHECK(contains(c.text, date));
    CHECK(warnings_with(c, "unaccounted") == 0);
    ++checked;
  }
  CHECK(checked == 5);
}

TEST_CASE("a title that prints a date stays the title", "[masthead][structure]") {
  const Conversion c = convert("Letter dated 12 April 1990 from the Permanent Representative of Chile addressed to the "
                               "Secretary-General\n\nI have the honour to transmit herewith a statement.\n");
  REQUIRE(c.resolution.title);
  CHECK(c.resolution.title->text.starts_with("Letter dated 12 April 1990"));
  CHECK(warnings_with(c, "is a date line") == 0);
}

namespace {

// A 1990s joint GA/SC letter of two pages read from an OCR layer, as
// A/45/189's is read: the date of issue with its month misread and a
// stamp's scrap before it (": I 2 Aprii 1991"), a stamp's specks read as
// letters standing alone ("I I'", "\ ,I\' ..: ,-.-") below it, the lower
// masthead block (organ in capitals, session, agenda item and its title),
// "ORIGINAL; ENGLISH" read after it (the layer's order), the Security
// Council's year with its hyphen doubled. `title`: whether the layer has
// the letter's title (A/45/189's lost its underlined title).
Document joint_letter_with_specks(bool title) {
  std::vector<TypedLine> page1 = {{520, 12, "AS"},
                                  {30, 20, "UNITED"},
                                  {30, 34, "NATIONS"},
                                  {80, 80, "General Assembly Security Council"},
                                  {430, 90, "Distr."},
                                  {430, 102, "GENERAL"},
                                  {430, 126, "A/46/312"},
                                  {430, 138, "S/22871"},
                                  {410, 150, ": I 2 Aprii 1991"},
                                  {320, 168, "I I'"},
                                  {320, 172, "\\ ,I\\' \\ ..: ,-.- ,+..'"},
                                  {30, 222, "GENERAL ASSEMBLY"},
                                  {30, 234, "Forty-sixth session"},
                                  {30, 246, "Item 12 of the preliminary list*"},
                                  {30, 258, "QUESTION OF WESTERN SAHARA"},
                                  {430, 174, "ORIGINAL; ENGLISH"},
                                  {430, 222, "SECURITY COUNCIL"},
                                  {430, 234, "Forty--sixth year"}};
  Document doc = scanned_letter(page1, {{{36, 40, "A/46/312"}, {36, 52, "S/22871"}, {36, 64, "English"}, {36, 76, "Page 2"}}},
                                true);
  if (!title) {
    auto& lines = doc.pages.front().lines;
    lines.erase(std::find_if(lines.begin(), lines.end(), [](const Line& l) { return l.text.starts_with("Letter dated"); }));
    lines.erase(std::find_if(lines.begin(), lines.end(), [](const Line& l) { return l.text.starts_with("Morocco to"); }));
  }
  return doc;
}

}  // namespace

TEST_CASE("a scanned joint letter: a misread date and a stamp's lone letters do not stop its masthead nor become its title",
          "[masthead][ocr]") {
  const Conversion c = pipeline().finish(joint_letter_with_specks(true));
  const Metadata& m = c.resolution.meta;
  CHECK(m.symbol == "A/46/312");
  CHECK(m.agenda_item == "Item 12 of the preliminary list");
  CHECK(m.original_languages == std::vector<std::string>{"en"});
  CHECK(m.year_number == 46);
  CHECK_FALSE(m.issue_date);  // no date is guessed from a misread month
  CHECK(warnings_with(c, "\"2 Aprii 1991\" prints a month name OCR misread") == 1);
  REQUIRE(c.resolution.title);
  CHECK(c.resolution.title->text.starts_with("Letter dated 1 August 1991"));
  INFO(c.text);
  CHECK(c.text.starts_with("Letter dated 1 August 1991"));
  for (const char* masthead : {"Aprii", "I I'", "GENERAL ASSEMBLY", "Forty", "WESTERN SAHARA", "ORIGINAL", "SECURITY COUNCIL"})
    CHECK_FALSE(contains(c.text, masthead));
  const auto specks = std::count_if(c.document.log.edits().begin(), c.document.log.edits().end(), [](const Edit& e) {
    return e.kind == "remove_ocr_noise" && e.pass == "parse_masthead";
  });
  CHECK(specks == 2);
}

TEST_CASE("a scanned letter whose title the OCR layer lost is given no title and not its specks or its first paragraph",
          "[masthead][ocr]") {
  const Conversion c = pipeline().finish(joint_letter_with_specks(false));
  CHECK(c.resolution.meta.symbol == "A/46/312");
  CHECK_FALSE(c.resolution.title);
  CHECK(warnings_with(c, "is a paragraph (a sentence closed), not a title") == 1);
  CHECK(warnings_with(c, "the document is given no title") == 1);
  INFO(c.text);
  CHECK(c.text.starts_with("I have the honour to transmit herewith"));
  CHECK(contains(c.text, "official document of the General Assembly and of the Security Council."));
}

TEST_CASE("a line of letters standing alone is never a document's title", "[masthead][structure]") {
  // Specks of a stamp read as one-letter scraps before the first line of
  // text (A/45/189: "I I'"): no title is taken from them, a warning says
  // so, and the text keeps them as printed.
  std::size_t checked = 0;
  for (const char* speck : {"I I'", "l . i", "' I , J -", "Ш ."}) {
    INFO(speck);
    const Conversion c = convert(std::string(speck) + kLetterAfterSpeck);
    REQUIRE(c.resolution.title);
    CHECK(c.resolution.title->text.starts_with("Letter dated 3 May 1990"));
    CHECK(warnings_with(c, "prints no word") == 1);
    CHECK(contains(c.text, speck));
    ++checked;
  }
  CHECK(checked == 4);
  // A short title of real words stays the title.
  const Conversion short_title = convert("Ghana\n\nI have the honour to transmit herewith a statement.\n");
  REQUIRE(short_title.resolution.title);
  CHECK(short_title.resolution.title->text == "Ghana");
}

TEST_CASE("a first paragraph of text is never a document's title", "[masthead][structure]") {
  std::size_t checked = 0;
  for (const char* language : {"en", "fr"}) {
    INFO(language);
    const std::string first =
        std::string(language) == "en"
            ? "I have been instructed by my Government to call your urgent attention to the wave of assassinations "
              "carried out against the population of the region."
            : "Sur les instructions de mon gouvernement, j'ai l'honneur d'appeler votre attention sur la vague "
              "d'assassinats perpétrés contre la population de la région.";
    const Conversion c = convert(first + "\n\n" +
                                 (std::string(language) == "en" ? "I should be grateful if this letter were circulated.\n"
                                                                : "Je vous serais reconnaissant de faire distribuer cette lettre.\n"));
    CHECK_FALSE(c.resolution.title);
    CHECK(warnings_with(c, "is a paragraph (a sentence closed), not a title") == 1);
    CHECK(contains(c.text, first));
    ++checked;
  }
  CHECK(checked == 2);
}

namespace {

// A scanned summary record of `pages` pages whose masthead prints no
// symbol (a 1959 French record), page 1's footer printing the page number
// and the symbol as `footer`, the later pages' heads no symbol.
Document record_with_footer(const std::string& footer, int pages, const std::string& later_footer = "") {
  Document doc;
  doc.source.name = "scanned_record.pdf";
  doc.source.kind = "pdf";
  std::vector<TypedLine> page1 = {{30, 40, "Nations Unies"},
                                  {30, 60, "ASSEMBLEE GENERALE"},
                                  {60, 200, "La séance est ouverte à 10 h 50."},
                                  {60, 220, "Le PRESIDENT invite la Commission à poursuivre le débat sur la question."}};
  for (int k = 0; k < 12; ++k)  // the footer far below the masthead's first lines
    page1.push_back({60, 240.0 + 12 * k, "M. MARTIN dit que sa délégation appuie le projet de résolution."});
  page1.push_back({300, 745, footer});
  doc.pages.push_back(layer_page(1, page1));
  for (int n = 2; n <= pages; ++n) {
    std::vector<TypedLine> page = {{30, 40, std::to_string(650 + n) + " Assemblée générale - Quatrième Commission"},
                                   {60, 120, "M. DUPONT dit que sa délégation votera pour le projet de résolution."}};
    if (!later_footer.empty()) page.push_back({300, 745, later_footer});
    doc.pages.push_back(layer_page(n, page));
  }
  return doc;
}

}  // namespace

TEST_CASE("a scan whose masthead prints no symbol takes the one its page footer prints", "[masthead][ocr]") {
  struct Case {
    std::string footer;
    int pages;
    std::string later;
    std::optional<std::string> symbol;
    bool comma;
  };
  const std::vector<Case> cases = {
      {"651 A/C,4/SR.985", 2, "", "A/C.4/SR.985", true},      // beside the page number, a comma for the dot
      {"A/C.4/SR.985 651", 1, "", "A/C.4/SR.985", false},     // one page, the number after it
      {"E/CN,4/SR.120", 2, "E/CN,4/SR.120", "E/CN.4/SR.120", true},
      {"651 A/C,4/SR.985", 2, "A/C.4/SR.986", std::nullopt, false},  // footers disagree: none taken
      {"651 A/4,5/SR.985", 2, "", std::nullopt, false},       // a comma between figures: no dot is guessed
  };
  std::size_t checked = 0;
  for (const Case& k : cases) {
    INFO(k.footer << " / " << k.later);
    const Conversion c = pipeline().finish(record_with_footer(k.footer, k.pages, k.later));
    CHECK(c.resolution.meta.symbol == k.symbol);
    CHECK(warnings_with(c, "is taken from the footer of page 1") == (k.symbol ? 1 : 0));
    CHECK(warnings_with(c, "(a comma read as a dot)") == (k.comma ? 1 : 0));
    ++checked;
  }
  CHECK(checked == 5);
}

TEST_CASE("a scan whose footer symbol OCR misread takes it with its figures and known parts mended", "[masthead][ocr]") {
  struct Case {
    std::string footer;
    int pages;
    std::optional<std::string> symbol;
  };
  const std::vector<Case> cases = {
      {"T/PEE.1L/142", 2, "T/PET.11/142"},          // a Trusteeship petition: a part and a figure misread
      {"651 E/CN.4/SR.l2O", 1, "E/CN.4/SR.120"},    // figures only, beside the page number, one page
      {"A/C.4/SR.98S 651", 2, "A/C.4/SR.985"},      // a summary record, the number after it
      {"A/C.4/SR.9B5", 2, std::nullopt},             // B is no figure OCR misreads: nothing guessed
      {"T/PXX.1L/142", 2, "T/PXX.11/142"},          // a part two edits from any known stays as read
      {"A/C.4/SK.98S", 2, "A/C.4/SK.985"},          // so does one as near SR as ST
      {"T/PEE.lL/l42", 2, std::nullopt},             // more than two characters mended: nothing guessed
  };
  std::size_t checked = 0;
  for (const Case& k : cases) {
    INFO(k.footer);
    const Conversion c = pipeline().finish(record_with_footer(k.footer, k.pages));
    CHECK(c.resolution.meta.symbol == k.symbol);
    CHECK(warnings_with(c, "taken for the figures and the known parts of UN symbols nearest them") == (k.symbol ? 1 : 0));
    ++checked;
  }
  CHECK(checked == 7);
}

TEST_CASE("a resolution's numbered title after a paragraph of text is still its title", "[masthead][structure]") {
  // A 1971 volume prints a note of the resolution before in the column,
  // above the next resolution's number and title.
  const Conversion c = convert(
      "1 Official Records of the General Assembly, Twenty-sixth Session, Annexes, agenda item 21, document A/8273 and the "
      "corrigendum thereto.\n\n2754 (XXVI). Admission of Oman to membership in the United Nations\n\nThe General Assembly,\n\n"
      "Having received the application of Oman for admission to membership in the United Nations,\n\n"
      "1. Decides to admit Oman to membership in the United Nations.\n");
  REQUIRE(c.resolution.title);
  CHECK(c.resolution.title->text == "Admission of Oman to membership in the United Nations");
  CHECK(warnings_with(c, "the document is given no title") == 0);
}

TEST_CASE("the organization's name with masthead matter beside it is never a document's title", "[masthead][structure]") {
  // A masthead the masthead reader did not take (OCR garbage beside the
  // name, a French meeting record's organ in capitals beside "Nations
  // Unies"): no title is taken from its first line, a warning says so, and
  // the text keeps it as printed. The title printed after it is taken.
  std::size_t checked = 0;
  for (const char* masthead : {"UNITED NATIONS owas. ~", "Nations Unies QUATRIEME COMMISSION, 9g5e", "UNITED NATIONS",
                               "Naciones Unidas CONSEJO ECONOMICO", "ОРГАНИЗАЦИЯ ОБЪЕДИНЕННЫХ НАЦИЙ Совет",
                               "United Nations ~ %C.* I I'"}) {
    INFO(masthead);
    const Conversion c = convert(std::string(masthead) + kLetterAfterSpeck);
    REQUIRE(c.resolution.title);
    CHECK(c.resolution.title->text.starts_with("Letter dated 3 May 1990"));
    CHECK(warnings_with(c, "is the masthead's organization name with what is set beside it") == 1);
    CHECK(contains(c.text, masthead));
    ++checked;
  }
  CHECK(checked == 6);
  // A title that names a body of the organization continues the name in its
  // case: it stays the title.
  for (const char* title : {"United Nations Conference on Trade and Development", "UNITED NATIONS CONFERENCE ON THE LAW OF THE SEA",
                            "Nations Unies et le droit international"}) {
    INFO(title);
    const Conversion c = convert(std::string(title) + "\n\nI have the honour to transmit herewith a statement.\n");
    REQUIRE(c.resolution.title);
    CHECK(c.resolution.title->text == title);
    CHECK(warnings_with(c, "organization name") == 0);
  }
}

TEST_CASE("the lines of an unread masthead that open with an organ in capitals are never a document's title", "[masthead][structure]") {
  // Under the organization's name refused as the title, the organ as the
  // masthead sets it (OCR broke its name, misread its labels) is refused
  // too; the title printed under the masthead is taken.
  std::size_t checked = 0;
  for (const auto& [organ, title] :
       {std::pair<std::string, std::string>{"TRUSTEESHIP _ 4 parecer COUNCIL ORIGHAL: ENGLISH",
                                            "PETITION FROM MR. ABDI ADE CONCERNING SOMALILAND"},
        {"CONSEIL DE TUTELLE ORIGINAL: ANGLAIS", "PETITION DE M. ABDI ADE CONCERNANT LA SOMALIE"},
        {"ASSEMBLEE GENERALE SEANCE", "Lettre datee du 3 mai 1990 adressee au Secretaire general"}}) {
    INFO(organ);
    const Conversion c =
        convert("UNITED NATIONS owas. ~\n\n" + organ + "\n\n" + title + "\n\nI have the honour to transmit herewith a statement.\n");
    REQUIRE(c.resolution.title);
    CHECK(c.resolution.title->text == title);
    CHECK(warnings_with(c, "opens with an issuing organ's name in capitals") == 1);
    CHECK(contains(c.text, organ));
    ++checked;
  }
  CHECK(checked == 3);
  // Without the organization's name refused above it, a title that opens
  // with an organ in capitals stays.
  const Conversion c = convert("GENERAL ASSEMBLY RESOLUTIONS ON DISARMAMENT\n\nI have the honour to transmit herewith a statement.\n");
  REQUIRE(c.resolution.title);
  CHECK(c.resolution.title->text == "GENERAL ASSEMBLY RESOLUTIONS ON DISARMAMENT");
}

TEST_CASE("a summary or verbatim record known by its symbol is given no title from its unread masthead", "[masthead][structure]") {
  // A 1959 French summary record whose masthead was not read (no "Distr.",
  // no symbol in it): its symbol known otherwise (ingest, the footer of a
  // scanned page), none of the masthead's lines is its title.
  std::size_t checked = 0;
  for (const char* symbol : {"A/C.4/SR.985", "S/PV.4507"}) {
    INFO(symbol);
    Document doc = pipeline().read(
        "record.txt",
        "Nations Unies QUATRIEME COMMISSION, 9g5e\n\nASSEMBLEE GENERALE SEANCE\n\nQUATORZIEME SESSION\n\nSOMMAIRE\n\n"
        "1. M. CARPIO (Philippines) admet que l'interprétation de l'Article 73 de la Charte peut donner lieu à des "
        "divergences.\n");
    doc.meta.symbol = symbol;
    const Conversion c = pipeline().finish(std::move(doc));
    CHECK(c.resolution.meta.symbol == symbol);
    CHECK(c.resolution.type == DocumentType::meeting_record);
    CHECK_FALSE(c.resolution.title);
    CHECK(contains(c.text, "ASSEMBLEE GENERALE SEANCE"));
    ++checked;
  }
  CHECK(checked == 2);
}

namespace {

// A 1959 summary record's masthead, which prints neither "Distr." nor a
// symbol, in one of three languages: the left column (the organization,
// the organ over two lines, the session, the status) and the right (the
// Main Committee and the meeting's number, the meeting word under them,
// the day, the hour under it, the place), as an old OCR text layer gives
// them: line by line in the order the layer holds them, the two columns
// interleaved, the place before the status on their shared baseline.
struct OldRecord {
  std::string language;
  std::vector<TypedLine> masthead;
  std::string body;
  std::string footer;
};

const std::vector<OldRecord>& old_records() {
  static const std::vector<OldRecord> records = {
      {"fr",
       {{30, 43, "Nations Unies"}, {366, 43, "QUATRIEME COMMISSION, 985e"}, {30, 60, "ASSEMBLEE"}, {30, 84, "GENERALE"},
        {526, 60, "SEANCE"}, {437, 88, "Vendredi 4 décembre 1959,"}, {516, 98, "à 10 h 50"}, {30, 110, "QUATORZIEME SESSION"},
        {490, 122, "NEW YORK"}, {30, 122, "Documents officiels"}},
       "M. CARPIO (Philippines) admet que l'interprétation de l'Article 73 de la Charte peut donner lieu à des divergences.",
       "651 A/C,4/SR.985"},
      {"en",
       {{30, 43, "United Nations"}, {366, 43, "FOURTH COMMITTEE, 985th"}, {30, 60, "GENERAL"}, {30, 84, "ASSEMBLY"},
        {520, 60, "MEETING"}, {420, 88, "Friday, 4 December 1959,"}, {500, 98, "at 10.50 a.m."}, {30, 110, "FOURTEENTH SESSION"},
        {490, 122, "NEW YORK"}, {30, 122, "Official Records"}},
       "Mr. CARPIO (Philippines) said that Article 73 of the Charter might be interpreted in different ways.",
       "A/C.4/SR.985 651"},
      {"es",
       {{30, 43, "Naciones Unidas"}, {366, 43, "CUARTA COMISION, 985a"}, {30, 60, "ASAMBLEA"}, {30, 84, "GENERAL"},
        {526, 60, "SESION"}, {400, 88, "Viernes 4 de diciembre de 1959,"}, {480, 98, "a las 10.50 horas"},
        {30, 110, "DECIMOCUARTO PERIODO DE SESIONES"}, {490, 122, "NUEVA YORK"}, {30, 122, "Documentos Oficiales"}},
       "El Sr. CARPIO (Filipinas) dice que el Artículo 73 de la Carta puede interpretarse de distintas maneras.",
       "651 A/C.4/SR.985"},
  };
  return records;
}

// The record of `pages` pages read from an old OCR text layer, its
// masthead's lines as `masthead` gives them, the symbol in page 1's footer.
Document old_record(const OldRecord& r, const std::vector<TypedLine>& masthead, int pages) {
  Document doc;
  doc.source.name = "old_record.pdf";
  doc.source.kind = "pdf";
  std::vector<TypedLine> page1 = masthead;
  page1.push_back({140, 150, r.language == "fr" ? "SOMMAIRE" : r.language == "es" ? "SUMARIO" : "CONTENTS"});
  for (int k = 0; k < 12; ++k) page1.push_back({30, 170.0 + 12 * k, r.body});
  page1.push_back({300, 745, r.footer});
  doc.pages.push_back(layer_page(1, page1));
  for (int n = 2; n <= pages; ++n) doc.pages.push_back(layer_page(n, {{30, 40, std::to_string(650 + n)}, {30, 120, r.body}}));
  return doc;
}

}  // namespace

TEST_CASE("a 1959 record's masthead without Distr. or symbol is read from its meeting line in three languages",
          "[masthead][ocr]") {
  std::size_t checked = 0;
  for (const OldRecord& r : old_records()) {
    for (int pages : {1, 2}) {
      INFO(r.language << ", " << pages << " page(s)");
      const Conversion c = pipeline().finish(old_record(r, r.masthead, pages));
      const Metadata& m = c.resolution.meta;
      CHECK(m.symbol == "A/C.4/SR.985");  // from the footer, as before
      CHECK(m.organization == "United Nations");
      CHECK(m.body == "General Assembly");
      CHECK(m.committee == "Fourth Committee");
      CHECK(m.meeting_number == 985);
      CHECK(m.session_number == 14);  // "DECIMOCUARTO PERIODO DE SESIONES" in Spanish
      CHECK(m.status);
      REQUIRE(m.meeting_date);
      CHECK(m.meeting_date->iso() == "1959-12-04");
      REQUIRE(m.meeting_time);
      CHECK(m.meeting_time->iso() == "10:50:00");
      CHECK(m.meeting_place);
      CHECK_FALSE(m.issue_date);
      CHECK(masthead_lines(c.document) == 10);
      CHECK(c.resolution.type == DocumentType::meeting_record);
      const auto d = work_date(c.resolution);
      REQUIRE(d);
      CHECK(d->name == "meeting");
      CHECK(d->date.iso() == "1959-12-04");
      for (const TypedLine& l : r.masthead) CHECK_FALSE(has_line(c.text, l.text));
      CHECK(contains(c.text, r.body));
      CHECK(warnings_with(c, "not explained by masthead fields") == 0);
      CHECK(c.validation_errors.empty());
      ++checked;
    }
  }
  CHECK(checked == 6);
}

TEST_CASE("a 1959 record's meeting number OCR misread is no number and is said so", "[masthead][ocr]") {
  // "9g5e": the meeting line anchors the masthead; no number is guessed.
  OldRecord r = old_records().front();
  r.masthead[1].text = "QUATRIEME COMMISSION, 9g5e";
  const Conversion c = pipeline().finish(old_record(r, r.masthead, 2));
  const Metadata& m = c.resolution.meta;
  CHECK(m.meeting == "QUATRIEME COMMISSION, 9g5e SEANCE");
  CHECK_FALSE(m.meeting_number);
  CHECK(warnings_with(c, "the meeting's number \"9g5\"") == 1);
  CHECK(m.session_number == 14);
  CHECK(masthead_lines(c.document) == 10);
  // In a text export (no OCR), such a line is no meeting and anchors nothing.
  const Conversion t = convert("Nations Unies\n\nQUATRIEME COMMISSION, 9g5e SEANCE\n\nQUATORZIEME SESSION\n\n" + r.body + "\n");
  CHECK_FALSE(t.resolution.meta.meeting);
  CHECK(contains(t.text, "QUATRIEME COMMISSION, 9g5e SEANCE"));
}

TEST_CASE("a 1959 record's masthead line no field explains stops it and stays in the text with a warning", "[masthead][ocr]") {
  OldRecord r = old_records().front();
  std::vector<TypedLine> masthead = r.masthead;
  masthead.insert(masthead.begin() + 6, {437, 92, "Séance reportée"});
  const Conversion c = pipeline().finish(old_record(r, masthead, 2));
  CHECK(contains(c.text, "Séance reportée"));
  CHECK(warnings_with(c, "not explained by masthead fields; kept in the text: \"Séance reportée\"") == 1);
  CHECK(c.resolution.meta.meeting_number == 985);
}

TEST_CASE("a 1959 record's masthead as text, its columns one after the other, is read in three languages",
          "[masthead][structure]") {
  struct Case {
    std::string text;
    int session;
  };
  const std::vector<Case> cases = {
      {"Nations Unies\n\nASSEMBLEE GENERALE\n\nQUATORZIEME SESSION\n\nDocuments officiels\n\n"
       "QUATRIEME COMMISSION, 985e SEANCE\n\nVendredi 4 décembre 1959, à 10 h 50\n\nNEW YORK\n\nSOMMAIRE\n\n"
       "1. M. CARPIO (Philippines) admet que l'interprétation de l'Article 73 de la Charte peut donner lieu à des "
       "divergences.\n",
       14},
      {"United Nations\n\nGENERAL ASSEMBLY\n\nFOURTEENTH SESSION\n\nOfficial Records\n\nFOURTH COMMITTEE, 985th MEETING\n\n"
       "Friday, 4 December 1959, at 10.50 a.m.\n\nNEW YORK\n\nCONTENTS\n\n"
       "1. Mr. CARPIO (Philippines) said that Article 73 of the Charter might be interpreted in different ways.\n",
       14},
      {"Naciones Unidas\n\nASAMBLEA GENERAL\n\nDECIMOCUARTO PERIODO DE SESIONES\n\nDocumentos Oficiales\n\n"
       "CUARTA COMISION, 985a SESION\n\n"
       "Viernes 4 de diciembre de 1959, a las 10.50 horas\n\nNUEVA YORK\n\nSUMARIO\n\n"
       "1. El Sr. CARPIO (Filipinas) dice que el Artículo 73 de la Carta puede interpretarse de distintas maneras.\n",
       14},
  };
  std::size_t checked = 0;
  for (const Case& k : cases) {
    INFO(k.text.substr(0, 40));
    const Conversion c = convert(k.text);
    const Metadata& m = c.resolution.meta;
    CHECK(m.body == "General Assembly");
    CHECK(m.committee == "Fourth Committee");
    CHECK(m.meeting_number == 985);
    CHECK(m.session_number == k.session);
    REQUIRE(m.meeting_date);
    CHECK(m.meeting_date->iso() == "1959-12-04");
    REQUIRE(m.meeting_time);
    CHECK(m.meeting_time->iso() == "10:50:00");
    CHECK(m.meeting_place);
    CHECK(m.status);
    CHECK(c.resolution.type == DocumentType::meeting_record);
    REQUIRE(work_date(c.resolution));
    CHECK(work_date(c.resolution)->name == "meeting");
    CHECK(contains(c.text, "CARPIO"));
    CHECK_FALSE(contains(c.text, "985"));
    CHECK_FALSE(contains(c.text, "YORK"));
    ++checked;
  }
  CHECK(checked == 3);
  // A conclusion's meeting near the top of a short text is no anchor.
  const Conversion r = convert("The General Assembly,\n\n1. Decides to adjourn.\n\n77th plenary meeting\n\n4 December 1959\n");
  CHECK_FALSE(r.resolution.meta.meeting_number);
}

TEST_CASE("a scanned resolution's title lines at the top of page 1 are its title and no head in doubt", "[masthead][ocr]") {
  // An Official Records resolution (2758 (XXVI), 47/1): page 1 opens with
  // the title, its last line short ("Nations", "19 September 1992"), words
  // the text below uses too; no symbol, page number or recurring line
  // beside it. In English and French. A line of words the text does not
  // use (the emblem read as words) is still warned about.
  const std::vector<std::vector<TypedLine>> titles = {
      {{60, 40, "2758 (XXVI). Restoration of the lawful rights of the People's"},
       {90, 52, "Republic of China in the United"},
       {150, 64, "Nations"}},
      {{60, 40, "47/1. Recommendation of the Security Council of"},
       {150, 52, "19 September 1992"}},
      {{60, 40, "2758 (XXVI). Rétablissement des droits légitimes de la République"},
       {90, 52, "populaire de Chine à l'Organisation des"},
       {150, 64, "Nations Unies"}}};
  int ran = 0;
  for (std::vector<TypedLine> page : titles) {
    const bool french = page.front().text.find("Rétablissement") != std::string::npos;
    const std::string last_title_line = page.back().text;
    CAPTURE(last_title_line);
    page.push_back({90, 100, french ? "L'Assemblée générale," : "The General Assembly,"});
    page.push_back({60, 124, french ? "Rappelant les droits de la Chine à l'Organisation des Nations Unies et considérant"
                                    : "Recalling the rights of China in the United Nations and"});
    page.push_back({30, 136, french ? "que le rétablissement des droits légitimes est essentiel à la Charte,"
                                    : "considering the recommendation of the Council of 19 September 1992,"});
    page.push_back({60, 160, french ? "1. Décide de rétablir la République populaire de Chine dans tous ses droits;"
                                    : "1. Decides to restore all its rights to the People's Republic of China;"});
    Document doc;
    doc.source.name = "scanned_resolution.pdf";
    doc.source.kind = "pdf";
    doc.pages.push_back(typed_page(1, page));
    const Conversion c = pipeline().finish(std::move(doc));
    std::string warned;
    for (const Diagnostic& d : c.document.log.warnings()) warned += d.message + "\n";
    INFO(warned);
    CHECK(warnings_with(c, "is not the document's symbol, title, page number or language") == 0);
    CHECK(c.text.find(last_title_line) != std::string::npos);
    ++ran;
  }
  CHECK(ran == 3);
  std::vector<TypedLine> emblem = {{60, 40, "2758 (XXVI). Restoration of the lawful rights of the People's"},
                                   {150, 52, "55\u00B0 zt"},
                                   {90, 100, "The General Assembly,"},
                                   {60, 124, "Recalling the principles of the Charter of the United Nations and"},
                                   {60, 160, "1. Decides to restore all its rights to the People's Republic;"}};
  Document doc;
  doc.source.name = "scanned_resolution.pdf";
  doc.source.kind = "pdf";
  doc.pages.push_back(typed_page(1, emblem));
  const Conversion c = pipeline().finish(std::move(doc));
  CHECK(warnings_with(c, "is not the document's symbol, title, page number or language") == 1);
}

// A resolution's agenda item may be titled as a letter or a report is
// ("Letter dated 28 February 2014 from the Permanent Representative of
// Ukraine ...", A/RES/ES-11/1; "Report of the Human Rights Council",
// A/RES/80/189). Without geometry such lines were never an agenda title
// (they may be a letter's own title): the title stayed in the preface,
// after the adoption line, a move the conservation check could not account
// for (plain and -layout dumps of A/RES/79/130, 80/7 and 80/189 scored
// 0.23 to 0.25). A resolution's symbol says it is no letter: the line right
// under its agenda line is the item's title. A letter's stays its own.
TEST_CASE("a resolution's agenda item titled as a letter or report is the item's title in a text dump", "[masthead]") {
  const std::string head =
      "United Nations                                     A/RES/ES-11/1\n"
      "General Assembly                                   Distr.: General\n"
      "                                                   18 March 2022\n\n"
      "Eleventh emergency special session\nAgenda item 5\n";
  const std::string title = "Letter dated 28 February 2014 from the Permanent\n"
                            "Representative of Ukraine to the United Nations addressed\n"
                            "to the President of the Security Council (S/2014/136)\n\n";
  const std::string rest = "Resolution adopted by the General Assembly on 2 March 2022\n\n"
                           "ES-11/1. Aggression against Ukraine\n\n"
                           "The General Assembly,\n\n"
                           "Reaffirming the paramount importance of the Charter of the United Nations,\n\n"
                           "1. Demands that the Russian Federation immediately cease its use of force.\n";
  const Conversion c = convert(head + title + rest);
  CHECK(c.resolution.meta.agenda_titles ==
        std::vector<std::string>{"Letter dated 28 February 2014 from the Permanent Representative of Ukraine to the United "
                                 "Nations addressed to the President of the Security Council (S/2014/136)"});
  CHECK_FALSE(contains(c.text, "Letter dated"));
  CHECK(c.quality.conservation == 1);
  CHECK(c.resolution.type == DocumentType::resolution);

  // A letter's own title under its agenda line stays its title.
  const Conversion letter = convert(
      "United Nations                                     A/76/712\n"
      "General Assembly                                   Distr.: General\n"
      "                                                   1 March 2022\n\n"
      "Seventy-sixth session\nAgenda item 5\n"
      "Letter dated 28 February 2022 from the Permanent Representative of\n"
      "Ukraine to the United Nations addressed to the Secretary-General\n\n"
      "I have the honour to transmit herewith the statement of the Ministry.\n");
  CHECK(letter.resolution.meta.agenda_titles.empty());
  CHECK(letter.resolution.type == DocumentType::letter);
  CHECK(contains(letter.text, "Letter dated 28 February 2022"));
}

namespace {
// A one-page statement or letter as a producer may write it: the
// masthead's left column ("United Nations", the organ) first, then the
// title under the rule, and only then the right column (the symbol,
// "Distr.: General", the date, "Original: English"), then the text; the
// title's line overlaps the right column's last line in height, so that
// reading order puts it between the two columns.
std::string masthead_columns_apart(const std::string& symbol, const std::string& organ, const std::string& title,
                                   const std::vector<std::string>& text) {
  std::string c = "BT /F1 12 Tf 72 740 Td (United Nations) Tj 0 -18 Td (" + organ + ") Tj ET\n";
  c += "BT /F2 14 Tf 72 684 Td (" + title + ") Tj ET\n";
  c += "BT /F1 12 Tf 400 740 Td (" + symbol + ") Tj 0 -18 Td (Distr.: General) Tj 0 -14 Td (14 November 2026) Tj"
       " 0 -14 Td (Original: English) Tj ET\n";
  c += "BT /F1 11 Tf 72 620 Td 14 TL\n";
  for (const std::string& l : text) c += "(" + l + ") '\n";
  c += "ET\n";
  return pdf_of_text_pages({c}, {"Times-Roman", "Times-Bold"});
}
}  // namespace

// Found by a review: a LibreOffice statement by the President of the
// Security Council (S/PRST/...) came out as a resolution whose enacting
// formula was the masthead's organ, "Security Council", its "United
// Nations" in the preface, quality 0.975: the walks from "Distr.: General"
// never reached the left column, read before the title. Lines within the
// masthead's height made of masthead values are the masthead's in any
// content order, an organ's name alone is no enacting formula, and the
// symbol types the statement.
TEST_CASE("a masthead whose left column the PDF writes before the title is read whole, and types a statement",
          "[masthead][structure][pdf]") {
  const std::string pdf = masthead_columns_apart(
      "S/PRST/2026/7", "Security Council", "Statement by the President of the Security Council",
      {"At the 10143rd meeting of the Security Council, held on 14 November 2026, in connection with",
       "the Council's consideration of the item entitled \"The situation in the region\", the President",
       "of the Security Council made the following statement on behalf of the Council:",
       "\"The Security Council welcomes the holding of the first session of the national dialogue.",
       "\"The Security Council requests the Secretary-General to keep it informed of developments.\""});
  const Conversion c = pipeline().convert("prst.pdf", pdf);
  const Metadata& m = c.resolution.meta;
  CHECK(m.symbol == "S/PRST/2026/7");
  CHECK(m.organization == "United Nations");
  CHECK(m.body == "Security Council");
  CHECK(c.resolution.type == DocumentType::presidential_statement);
  CHECK_FALSE(c.resolution.formula);
  REQUIRE(c.resolution.title);
  CHECK(c.resolution.title->text == "Statement by the President of the Security Council");
  INFO(c.text);
  CHECK_FALSE(contains(c.text, "United Nations"));
  CHECK(c.text.starts_with("Statement by the President of the Security Council\n"));
  CHECK(masthead_lines(c.document) == 6);
  for (const Diagnostic& w : c.document.log.warnings()) CHECK_FALSE(contains(w.message, "not explained by masthead fields"));

  // The organ's name alone, in any case or language, is no misread formula.
  CHECK(garbled_formula_body("Security Council").empty());
  CHECK(garbled_formula_body("SECURITY COUNCIL").empty());
  CHECK(garbled_formula_body("Conseil de sécurité").empty());
  CHECK(garbled_formula_body("The Securit: Council,") == "Security Council");
}

// The UN prints a joint document's symbols joined by an en dash now
// ("A/80/123–S/2025/456"); a review's letter so printed lost both symbols
// (an id of its own in the IRIs) and its running heads stayed in the text.
TEST_CASE("a joint document's symbols joined by an en dash are both its symbols", "[masthead][pdf]") {
  const std::string pdf = masthead_columns_apart(
      "A/81/123\x96S/2026/456", "General Assembly", "Letter dated 10 November 2026 from the Permanent Representative",
      {"I have the honour to transmit herewith the report of my Government on the situation in the region,",
       "and I would be grateful if the present letter could be circulated as a document of the General",
       "Assembly and of the Security Council."});
  const Conversion c = pipeline().convert("joint.pdf", pdf);
  CHECK(c.resolution.meta.symbol == "A/81/123");
  CHECK(c.resolution.meta.other_symbols == std::vector<std::string>{"S/2026/456"});
  CHECK(c.resolution.type == DocumentType::letter);
  INFO(c.text);
  CHECK_FALSE(contains(c.text, "S/2026/456"));
}

// Found by the scan benchmark (bench/scan-measure.sh) after the rule
// above: a sheet scanned two pages up (ga_two_pages, page 2 printed beside
// page 1) sets page 2's short text, its conclusions' "10 December 2025",
// at the height of page 1's masthead; the date was taken as a second date
// of issue and lost from the conclusions. Only fields the masthead's walks
// did not read are taken from its height out of order.
TEST_CASE("a sheet scanned two pages up keeps page 2's conclusions out of page 1's masthead", "[masthead][ocr][slow]") {
  const fs::path dir = fs::temp_directory_path() / ("akn-test-two-up-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path tif = dir / "two_up.tif";
  const std::string command = std::string("'") + AKN_MAKE_SCAN + "' --dpi 300 --columns 2 '" + source_dir() +
                              "/fixtures/pdf/ga_two_pages.pdf' '" + tif.string() + "' > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  const Conversion c = pipeline().convert("two_up.tif", read_file(tif.string()));
  fs::remove_all(dir);
  REQUIRE(c.resolution.meta.issue_date);
  CHECK(c.resolution.meta.issue_date->iso() == "2025-12-15");
  REQUIRE(work_date(c.resolution));
  CHECK(work_date(c.resolution)->date.iso() == "2025-12-10");
  INFO(c.text);
  CHECK(contains(c.text, "46th plenary meeting\n10 December 2025"));
}
