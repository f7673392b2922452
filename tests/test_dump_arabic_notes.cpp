// Notes of Arabic text dumps. An Arabic UN document prints a note's number
// in brackets before its text ("(1) انظر ..."), and the mark in the body
// after the word, punctuation or year it follows, which in a right-to-left
// line stands left of it. pdftotext gives a left-to-right run's characters
// in the order of their glyphs, so a year and its mark come out "12011"
// (note 1 after 2011). The notes are printed with no separator line over
// them (LibreOffice draws it, pdftotext does not print it). Until
// 2026-12-07 no note of an Arabic dump was collected: the notes stayed in
// the body as paragraphs, the first run into the recital above it, with no
// warning and a notes score of 1.

#include <catch2/catch.hpp>

#include <string>

#include "cleanup/note_mark_patterns.hpp"
#include "tests/dump_text.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// `dump` with `lines` inserted after the line of its formula ("إن الجمعية
// العامة،"), where the recitals begin.
void insert_after_formula(std::string& dump, const std::string& lines) {
  const std::size_t formula = dump.find(rtl("إن الجمعية العامة" + ltr("،")));
  REQUIRE(formula != std::string::npos);
  dump.insert(dump.find('\n', formula) + 1, lines);
}

// A one- or two-page Arabic resolution as pdftotext writes it (`layout`:
// -layout, its lines indented), whose recitals mark three notes per page:
// after a year (the mark printed left of it; a date's on page 1), after a word before
// the Arabic semicolon, and after a word before the Arabic comma, in one
// left-to-right run with it ("،3": the comma printed left of the mark). The
// notes stand at each page's foot, their numbers in brackets.
std::string arabic_notes_dump(std::size_t pages, bool layout) {
  const std::string in = layout ? std::string(15, ' ') : "";
  const std::string note_in = layout ? std::string(22, ' ') : "";
  std::string s = rtl("الأمــم المتحـدة") + "\n\n" + rtl(ltr("A/RES/80/7")) + "\n\n";
  s += in + rtl("الجمعية العامة") + "\n\n" + rtl(ltr("Distr.: General")) + "\n" + rtl(ltr("18 November 2025")) + "\n\n";
  s += rtl("قرار اتخذته الجمعية العامة في " + ltr(" 14") + "تشرين الثاني" + ltr("/") + "نوفمبر " + ltr("2025")) + "\n\n";
  s += rtl(ltr("80/7")) + "\n\n" + in + rtl("تقرير الوكالة الدولية للطاقة الذرية") + "\n\n";
  s += in + rtl("إن الجمعية العامة" + ltr("،")) + "\n";
  int note = 0;
  for (std::size_t p = 0; p < pages; ++p) {
    if (p > 0) s += "\f" + rtl(ltr("A/RES/80/7")) + "\n\n" + rtl("تقرير الوكالة الدولية للطاقة الذرية") + "\n\n";
    const int first = note + 1;
    // Page 1: a date's year; page 2: a year after "لعام" (of the year),
    // no date: its mark is taken as the next note's before the Arabic
    // "and" that joins the list.
    s += in + rtl(p == 0 ? "وإذ تشير إلى قرار مجلس حقوق الإنسان " + ltr(" 16/18") + "المؤرخ " + ltr(" 24") + "آذار" + ltr("/") + "مارس"
                         : std::string("وإذ تشير إلى تقرير الوكالة لعام")) + "\n";
    s += in + rtl(ltr(" " + std::to_string(++note) + "2011") + "و" + ltr(" 19/25") + "المؤرخ " + ltr(" 23") + "آذار" +
                  ltr("/") + "مارس " + ltr(" 2012")) + "\n\n";
    s += in + rtl("وإذ تحيط علما بتقرير الأمين العام" + ltr(std::to_string(++note)) + "؛") + "\n\n";
    s += in + rtl("وإذ تشير إلى الإعلان المتعلق بالعلاقات الودية" + ltr("،" + std::to_string(++note))) + "\n\n";
    s += note_in + rtl("(" + ltr(")" + std::to_string(first)) + "انظر الوثائق الرسمية للجمعية العامة" + ltr(" ،") +
                       "الدورة السادسة والستون" + ltr(".")) + "\n";
    s += note_in + rtl("(" + ltr(")" + std::to_string(first + 1)) + "المرجع نفسه" + ltr(" ،") + "الدورة السابعة والستون" +
                       ltr(".")) + "\n";
    s += note_in + rtl("(" + ltr(")" + std::to_string(first + 2)) + "القرار " + ltr("( 2625") + "د" + ltr(" ،)25-") +
                       "المرفق" + ltr(".")) + "\n";
  }
  s += "\f" + rtl(ltr("A/RES/80/7")) + "\n\n" + in + rtl(ltr(" - 1") + "تحيط علما مع التقدير بتقرير الوكالة الدولية للطاقة الذرية؛") + "\n";
  return s + "\f";
}

}  // namespace

TEST_CASE("Arabic text dumps: notes numbered in brackets at the page's foot are collected and their marks linked",
          "[dumps][footnotes][dump-ar-zh]") {
  std::size_t ran = 0;
  for (const bool layout : {false, true})
    for (const std::size_t pages : {1UL, 2UL}) {
      INFO("layout " << layout << " pages " << pages);
      const Conversion c = convert(arabic_notes_dump(pages, layout), "A_RES_80_7.ar.txt");
      ++ran;
      CHECK(c.document.language == std::optional<std::string>("ar"));
      REQUIRE(c.document.footnotes.size() == 3 * pages);
      for (std::size_t i = 0; i < c.document.footnotes.size(); ++i) {
        const Footnote& f = c.document.footnotes[i];
        CHECK(f.marker == std::to_string(i + 1));
        CHECK(f.referenced);
        CHECK(f.page == static_cast<int>(i / 3) + 1);
      }
      CHECK(c.document.footnotes[0].text == "انظر الوثائق الرسمية للجمعية العامة، الدورة السادسة والستون.");
      CHECK(c.document.footnotes[2].text.rfind("القرار 2625 (د-25)", 0) == 0);
      // The notes left the body: no recital holds a note's text, and the
      // year keeps its four figures with the mark after it.
      CHECK(c.resolution.preamble.size() == 3 * pages);
      CHECK(count_of(c.text, "الدورة السادسة والستون") == pages);
      CHECK(c.text.find("12011") == std::string::npos);
      CHECK(c.text.find("آذار/مارس 2011 و") != std::string::npos);
      CHECK(c.akn.find("2011<sup class=\"footnote\"><authorialNote marker=\"1\"") != std::string::npos);
      CHECK(c.akn.find("الأمين العام<sup class=\"footnote\"><authorialNote marker=\"2\"") != std::string::npos);
      CHECK(c.akn.find("الودية<sup class=\"footnote\"><authorialNote marker=\"3\"") != std::string::npos);
      CHECK(c.conservation.unaccounted.empty());
      CHECK(c.validation_errors.empty());
    }
  CHECK(ran == 4);
}

TEST_CASE("Arabic text dumps: bracketed numbers the body does not mark stay as printed, with a warning",
          "[dumps][footnotes][dump-ar-zh]") {
  // The same dump with the marks taken out of the body: the lines at the
  // foot read as notes by their form, but nothing refers to them. An
  // amount run together like a year and a mark, "12000", is no mark of
  // note 1 (only a month's name or the word for "year" before it makes it
  // one). A plain dump sets the notes flush under the body, as run-in
  // notes, whose unmarked numbered lines are otherwise taken for body text
  // silently: an Arabic note's bracketed number is no body line's (until
  // this change the plain A/RES/ES-11/1 kept its 3 notes in the body with
  // no warning).
  std::size_t ran = 0;
  for (const bool layout : {false, true}) {
    INFO("layout " << layout);
    std::string dump = arabic_notes_dump(1, layout);
    insert_after_formula(dump, std::string(layout ? 15 : 0, ' ') + rtl("وإذ تلاحظ أن المبلغ بلغ " + ltr(" 12000") + "دولار") + "\n\n");
    for (const std::string& mark : {ltr(" 12011"), ltr("2") + "؛", ltr("،3")}) {
      const std::size_t at = dump.find(mark);
      REQUIRE(at != std::string::npos);
      const std::string plain = mark == ltr(" 12011") ? ltr(" 2011") : mark == ltr("2") + "؛" ? std::string("؛") : ltr("،");
      dump.replace(at, mark.size(), plain);
    }
    const Conversion c = convert(dump, "A_RES_80_7.ar.txt");
    ++ran;
    CHECK(c.document.footnotes.empty());
    CHECK(c.text.find("(1)انظر الوثائق الرسمية") != std::string::npos);
    bool warned = false;
    for (const Diagnostic& d : c.document.log.warnings())
      warned = warned || d.message.find("does not mark notes 1, 2, 3") != std::string::npos;
    CHECK(warned);
    // Bracketed, they are notes by their form: the quality counts them as
    // notes left in the text.
    CHECK(c.quality.notes_in_text == 3);
    CHECK(c.quality.notes == 0.25);
  }
  CHECK(ran == 2);
}

TEST_CASE("Arabic text dumps: a date's day is no note's mark", "[dumps][footnotes][dump-ar-zh]") {
  // "المؤرخ 1 نيسان/أبريل": figures before a month's two names are a day.
  // The dump's mark of note 1 is lost (its year printed alone): the day
  // stands where the next mark would, and must not be taken for it.
  std::string dump = arabic_notes_dump(1, true);
  const std::size_t mark = dump.find(ltr(" 12011"));
  REQUIRE(mark != std::string::npos);
  dump.replace(mark, ltr(" 12011").size(), ltr(" 2011"));
  const std::string day = rtl("وإذ تشير إلى قرار المجلس " + ltr(" 49/31") + "المؤرخ " + ltr(" 1") + "نيسان" + ltr("/") + "أبريل") + "\n\n";
  insert_after_formula(dump, day);
  const Conversion c = convert(dump, "A_RES_80_7.ar.txt");
  CHECK(c.text.find("المؤرخ 1 نيسان/أبريل") != std::string::npos);
  CHECK(c.akn.find("المؤرخ <sup") == std::string::npos);
}

// pdftotext sets a note's bracketed number in one left-to-right run with
// a citation in Latin letters that opens the note's text, in the order of
// the glyphs, with no space between: "(2) A/AC.109/2024/2." comes out
// "(‪.A/AC.109/2024/2)2‬", "(3) A/56/61، المرفق." comes out "(‪ ،A/56/61)3‬
// المرفق.". Until this change such a line opened no note: the page's notes
// stayed in the body with a warning (A/RES/79/100: notes 1 to 4 of 8; ES-11/1,
// 78/214 likewise). The UN's own Arabic notes may end with no full stop
// (A/RES/78/214, notes 11 and 12): a note under which the next opens with
// its bracketed number needs none.
TEST_CASE("Arabic text dumps: a note whose text opens with a Latin citation keeps its bracketed number",
          "[dumps][footnotes][dump-ar-zh]") {
  std::size_t ran = 0;
  for (const bool layout : {false, true})
    for (const std::size_t pages : {1UL, 2UL}) {
      INFO("layout " << layout << " pages " << pages);
      std::string dump = arabic_notes_dump(pages, layout);
      for (std::size_t p = 0; p < pages; ++p) {
        const std::string n = std::to_string(3 * p + 2), m = std::to_string(3 * p + 3);
        const std::string note1 = ltr(")" + std::to_string(3 * p + 1)) + "انظر الوثائق الرسمية للجمعية العامة" + ltr(" ،") +
                                  "الدورة السادسة والستون" + ltr(".");
        const std::string note2 = "(" + ltr(")" + n) + "المرجع نفسه" + ltr(" ،") + "الدورة السابعة والستون" + ltr(".");
        const std::string note3 = "(" + ltr(")" + m) + "القرار " + ltr("( 2625") + "د" + ltr(" ،)25-") + "المرفق" + ltr(".");
        for (const auto& [from, to] : {std::pair{note2, "(" + ltr(".A/AC.109/2024/2)" + n)},
                                       std::pair{note3, "(" + ltr(" ،A/56/61)" + m) + "المرفق" + ltr(".")},
                                       // Note 1 ends with no full stop.
                                       std::pair{note1, note1.substr(0, note1.size() - ltr(".").size())}}) {
          const std::size_t at = dump.find(from);
          REQUIRE(at != std::string::npos);
          dump.replace(at, from.size(), to);
        }
      }
      const Conversion c = convert(dump, "A_RES_80_7.ar.txt");
      ++ran;
      INFO(c.text);
      REQUIRE(c.document.footnotes.size() == 3 * pages);
      for (std::size_t p = 0; p < pages; ++p) {
        CHECK(c.document.footnotes[3 * p].text == "انظر الوثائق الرسمية للجمعية العامة، الدورة السادسة والستون");
        CHECK(c.document.footnotes[3 * p + 1].text == "A/AC.109/2024/2.");
        CHECK(c.document.footnotes[3 * p + 2].text == "A/56/61، المرفق.");
      }
      for (const Footnote& f : c.document.footnotes) CHECK(f.referenced);
      std::size_t read_out = 0;
      for (const Edit& e : edits_of(c.document, "note_number"))
        read_out += e.reason.find("after the left-to-right text it stands against") != std::string::npos;
      CHECK(read_out == 2 * pages);
      CHECK(c.resolution.preamble.size() == 3 * pages);  // the notes out of the body
      for (const auto& recital : c.resolution.preamble) CHECK(recital.text.text.find("A/") == std::string::npos);
      CHECK(c.conservation.unaccounted.empty());
      CHECK(c.validation_errors.empty());
    }
  CHECK(ran == 4);
}

TEST_CASE("Arabic text dumps: a note with no full stop over the next note's bracketed number is a note",
          "[dumps][footnotes][dump-ar-zh]") {
  // The UN's own Arabic A/RES/78/214 ends its notes 11 and 12 with no full
  // stop; note 13 opens under them with its bracketed number.
  std::size_t ran = 0;
  for (const bool layout : {false, true}) {
    INFO("layout " << layout);
    std::string dump = arabic_notes_dump(1, layout);
    const std::string end1 = "الدورة السادسة والستون" + ltr(".");
    const std::size_t at = dump.find(end1);
    REQUIRE(at != std::string::npos);
    dump.replace(at, end1.size(), "الدورة السادسة والستون");
    const Conversion c = convert(dump, "A_RES_80_7.ar.txt");
    ++ran;
    REQUIRE(c.document.footnotes.size() == 3);
    CHECK(c.document.footnotes[0].text == "انظر الوثائق الرسمية للجمعية العامة، الدورة السادسة والستون");
    CHECK(c.document.footnotes[1].text == "المرجع نفسه، الدورة السابعة والستون.");
  }
  CHECK(ran == 2);
}

TEST_CASE("Arabic text dumps: a note whose number the dump garbled leaves the page's notes as printed, with a warning",
          "[dumps][footnotes][dump-ar-zh]") {
  // Note 2's number read out of its run is 7: no note 2 opens, and note
  // 3's line must not be taken for the rest of note 1.
  std::size_t ran = 0;
  for (const bool layout : {false, true}) {
    INFO("layout " << layout);
    std::string dump = arabic_notes_dump(1, layout);
    const std::string note2 = "(" + ltr(")2") + "المرجع نفسه" + ltr(" ،") + "الدورة السابعة والستون" + ltr(".");
    const std::size_t at = dump.find(note2);
    REQUIRE(at != std::string::npos);
    dump.replace(at, note2.size(), "(" + ltr(".A/AC.109/2024/2)7"));
    const Conversion c = convert(dump, "A_RES_80_7.ar.txt");
    ++ran;
    CHECK(c.document.footnotes.empty());
    CHECK(c.text.find("(3)القرار 2625") != std::string::npos);
    CHECK(c.text.find("(A/AC.109/2024/2)7.") != std::string::npos);
    bool warned = false;
    for (const Diagnostic& d : c.document.log.warnings())
      warned = warned || d.message.find("bracketed numbers before Arabic text as notes do (1, 7, 3)") != std::string::npos;
    CHECK(warned);
    CHECK(c.quality.notes_in_text == 3);  // the three notes the page prints, in the body
    // Over two pages the notes expected stay at 1 past the first page kept
    // as printed: the second page's notes are the three after, not the
    // same three again (a review found six notes in the text counted 3).
    std::string two = arabic_notes_dump(2, layout);
    const std::size_t at2 = two.find(note2);
    REQUIRE(at2 != std::string::npos);
    two.replace(at2, note2.size(), "(" + ltr(".A/AC.109/2024/2)7"));
    const Conversion c2 = convert(two, "A_RES_80_7.ar.txt");
    CHECK(c2.document.footnotes.empty());
    CHECK(c2.quality.notes_in_text == 6);
    // A note whose line the dump left with no number readable at all
    // (80/7 -layout: "(3)" read, note 2's line not) is counted among those
    // read after it.
    std::string unread = arabic_notes_dump(1, layout);
    const std::size_t at3 = unread.find(note2);
    REQUIRE(at3 != std::string::npos);
    unread.replace(at3, note2.size(), "المرجع نفسه" + ltr("."));
    const Conversion c3 = convert(unread, "A_RES_80_7.ar.txt");
    INFO(c3.text);
    CHECK(c3.document.footnotes.empty());
    CHECK(c3.quality.notes_in_text == 3);
  }
  CHECK(ran == 2);
  // Nor is a line whose bracket holds figures alone or Arabic text: a
  // number in brackets, or the body's own bracket ("(د-25)"), before
  // figures is no citation the note's number was read after.
  std::size_t kept = 0;
  for (const std::string& garbled : {std::string("(") + ltr("1)2") + "المرجع نفسه" + ltr("."),
                                     "(د" + ltr("-25)2") + "المرجع نفسه" + ltr(".")}) {
    std::string dump = arabic_notes_dump(1, false);
    const std::string note2 = "(" + ltr(")2") + "المرجع نفسه" + ltr(" ،") + "الدورة السابعة والستون" + ltr(".");
    const std::size_t at = dump.find(note2);
    REQUIRE(at != std::string::npos);
    dump.replace(at, note2.size(), garbled);
    const Conversion c = convert(dump, "A_RES_80_7.ar.txt");
    INFO(c.text);
    kept += c.document.footnotes.empty();
  }
  CHECK(kept == 2);
}

TEST_CASE("Arabic text dumps: a year's mark is read on its left only, and numbers, units and lists keep their figures",
          "[dumps][footnotes][dump-ar-zh]") {
  // Bugs a review found in the first version of the Arabic notes (each
  // silent): "182019" (2019 and note 18) was also read as 1820 and note 19,
  // and lost "19"; "12000" (an amount) before the Arabic comma became 2000
  // and note 1; "كم2" (km²) took note 2; a list numbered "(1)" "(2)" under
  // a paragraph citing "الفقرتين 1 و 2" became notes marked by those figures.
  SECTION("notes 18 and 19") {
    std::string s = rtl(ltr("A/RES/80/7")) + "\n\n" + rtl("إن الجمعية العامة" + ltr("،")) + "\n";
    std::string notes;
    for (int n = 1; n <= 19; ++n) {
      s += n == 18 ? rtl("وإذ تشير إلى قرار المجلس المؤرخ " + ltr(" 22") + "آذار" + ltr("/") + "مارس " + ltr(" 182019") + "،") + "\n\n"
                   : rtl("وإذ تحيط علما بتقرير الأمين العام عن البند" + ltr(std::to_string(n)) + "؛") + "\n\n";
      notes += rtl("(" + ltr(")" + std::to_string(n)) + "المرجع نفسه" + ltr(".")) + "\n";
    }
    const Conversion c = convert(s + notes + "\f", "A_RES_80_7.ar.txt");
    REQUIRE(c.document.footnotes.size() == 19);
    for (const Footnote& f : c.document.footnotes) CHECK(f.referenced);
    CHECK(c.akn.find("آذار/مارس 2019<sup class=\"footnote\"><authorialNote marker=\"18\"") != std::string::npos);
    CHECK(c.akn.find("البند<sup class=\"footnote\"><authorialNote marker=\"19\"") != std::string::npos);
  }
  SECTION("an amount and a unit") {
    std::string dump = arabic_notes_dump(1, false);
    const std::string extra = rtl("وإذ تلاحظ أن المبلغ بلغ " + ltr("،12000") + "وأن المساحة " + ltr(" 500") + "كم" + ltr("2")) + "\n\n";
    insert_after_formula(dump, extra);
    const Conversion c = convert(dump, "A_RES_80_7.ar.txt");
    REQUIRE(c.document.footnotes.size() == 3);
    CHECK(c.text.find("12000،") != std::string::npos);
    CHECK(c.text.find("500 كم2") != std::string::npos);
    CHECK(c.akn.find("2011<sup class=\"footnote\"><authorialNote marker=\"1\"") != std::string::npos);
    CHECK(c.akn.find("الأمين العام<sup class=\"footnote\"><authorialNote marker=\"2\"") != std::string::npos);
  }
  SECTION("a date whose month the dump split") {
    // pdftotext sets a space where a month's glyphs stand apart ("آذار/م
    // ارس"): the year after it is still a date's, its mark note 1's.
    std::string dump = arabic_notes_dump(1, false);
    const std::string month = ltr("/") + "مارس" + "\u202C\n";
    const std::size_t at = dump.find(month);
    REQUIRE(at != std::string::npos);
    dump.replace(at, month.size(), ltr("/") + "م ارس" + "\u202C\n");
    const Conversion c = convert(dump, "A_RES_80_7.ar.txt");
    REQUIRE(c.document.footnotes.size() == 3);
    CHECK(c.document.footnotes[0].referenced);
    CHECK(c.akn.find("ارس 2011<sup class=\"footnote\"><authorialNote marker=\"1\"") != std::string::npos);
  }
  SECTION("a list numbered in brackets") {
    const std::string in(15, ' ');
    std::string s = rtl(ltr("A/RES/80/7")) + "\n\n" + in + rtl("إن الجمعية العامة" + ltr("،")) + "\n";
    s += in + rtl("وإذ تشير إلى الفقرتين " + ltr(" 1") + "و " + ltr(" 2") + "من قرارها السابق" + ltr("،")) + "\n\n";
    s += in + rtl(ltr(" - 1") + "تقرر أن تتخذ الخطوات التالية" + ltr(":")) + "\n\n";
    s += std::string(22, ' ') + rtl("(" + ltr(")1") + "إنشاء فريق عامل مفتوح العضوية" + ltr(".")) + "\n";
    s += std::string(22, ' ') + rtl("(" + ltr(")2") + "تقديم تقرير إلى الجمعية العامة في دورتها المقبلة" + ltr(".")) + "\n\f";
    const Conversion c = convert(s, "A_RES_80_7.ar.txt");
    CHECK(c.document.footnotes.empty());
    CHECK(c.text.find("الفقرتين 1 و 2") != std::string::npos);
    CHECK(c.text.find("(1)إنشاء فريق") != std::string::npos);
  }
}

TEST_CASE("the note mark patterns read Arabic marks and leave Chinese quotes and units alone", "[footnotes][dump-ar-zh]") {
  // The figures each match takes for a mark (group `group`).
  const auto found = [](const Regex& re, const std::string& text, std::size_t group = 1) {
    std::vector<std::string> out;
    for (const auto& m : re.find_all(text)) out.emplace_back(m.str(text, group));
    return out;
  };
  const Regex& punct = detail::note_after_punctuation_mark();
  CHECK(found(punct, "والشعوب المستعمرة،3", 2) == std::vector<std::string>{"3"});
  CHECK(found(punct, "لمجلس المحافظين“3؛ والبند", 2) == std::vector<std::string>{"3"});
  CHECK(found(punct, "题为“2 年期审查”的").empty());
  CHECK(found(punct, "the so-called“2 per cent").empty());
  const Regex& word = detail::note_after_word_mark();
  CHECK(found(word, "بتقرير الأمين العام15؛") == std::vector<std::string>{"15"});
  CHECK(found(word, "مساحتها 500 كم2 تقريبا").empty());
  const Regex& before = detail::note_before_year_mark();
  CHECK(found(before, "آذار/مارس 182019،") == std::vector<std::string>{"18"});
}

// The same shape in a document in English is no note: "(A/70/1)1." is
// not how a Latin note prints its number (that is "1 A/70/1."), and a
// line opening with a bracketed symbol and a mark is body text.
TEST_CASE("A Latin dump's line opening with a bracketed citation and figures is no note", "[dumps][footnotes][dump-ar-zh]") {
  const std::string s =
      "United Nations\n\nA/RES/80/9\n\nGeneral Assembly\n\nDistr.: General\n2 December 2025\n\n"
      "Resolution adopted by the General Assembly on 1 December 2025\n\n80/9. International cooperation\n\n"
      "The General Assembly,\nRecalling its resolution 70/1 of 25 September 2015,1\n"
      "Noting the report of the Secretary-General,2\n1. Decides to remain seized of the matter.\n"
      "(A/70/1)1.\n(A/78/241)2.\n\f";
  const Conversion c = convert(s, "A_RES_80_9.txt");
  INFO(c.text);
  REQUIRE(c.document.language == std::optional<std::string>("en"));
  CHECK(c.document.footnotes.empty());
  CHECK(c.text.find("(A/70/1)1.") != std::string::npos);
}

// A plain dump of a right-to-left page prints a raised mark past a line's
// last word on a line of its own right over that line (the UN's ES-11/1:
// "2" over "... لعام 1949"; 78/214: "13" over "... والسياسية"). Until this
// change the body did not mark that note, and the page's notes stayed in
// the body (ES-11/1: silently). The mark stands at the end of the line
// under it, before its closing punctuation; where the page holds its
// figures alone twice, the page stays as printed, with a warning.
TEST_CASE("Arabic text dumps: a mark printed on a line of its own marks the end of the line under it",
          "[dumps][footnotes][dump-ar-zh]") {
  const std::string marked = ltr("2") + "؛";
  std::size_t ran = 0;
  for (const bool layout : {false, true})
    for (const bool punctuated : {false, true}) {
      INFO("layout " << layout << " punctuated " << punctuated);
      std::string dump = arabic_notes_dump(1, layout);
      const std::size_t at = dump.find(marked);
      REQUIRE(at != std::string::npos);
      const std::size_t line_start = dump.rfind('\n', at) + 1;
      const std::string in = layout ? std::string(15, ' ') : "";
      // The recital's line without its mark, under the mark's line.
      dump.replace(at, marked.size(), punctuated ? std::string("؛") : " عن أعمال المنظمة");
      if (!punctuated) dump.insert(dump.find('\n', at) + 1, in + rtl("في الفترة الماضية" + ltr("؛")) + "\n");
      dump.insert(line_start, std::string(layout ? 17 : 0, ' ') + rtl(ltr("2")) + "\n");
      const Conversion c = convert(dump, "A_RES_80_7.ar.txt");
      ++ran;
      INFO(c.text);
      REQUIRE(c.document.footnotes.size() == 3);
      for (const Footnote& f : c.document.footnotes) CHECK(f.referenced);
      CHECK(c.akn.find(punctuated ? "الأمين العام<sup class=\"footnote\"><authorialNote marker=\"2\""
                                  : "عن أعمال المنظمة<sup class=\"footnote\"><authorialNote marker=\"2\"") !=
            std::string::npos);
      CHECK(edits_of(c.document, "lone_note_mark").size() == 1);
      CHECK(c.resolution.preamble.size() == 3);
      CHECK(c.conservation.unaccounted.empty());
    }
  CHECK(ran == 4);
  // The figures alone twice on the page: which one is the mark?
  std::string dump = arabic_notes_dump(1, false);
  const std::size_t at = dump.find(marked);
  REQUIRE(at != std::string::npos);
  dump.replace(at, marked.size(), "؛");
  const std::size_t line_start = dump.rfind('\n', at) + 1;
  dump.insert(line_start, rtl(ltr("2")) + "\n");
  insert_after_formula(dump, rtl("وإذ تشير إلى الجدول") + "\n" + rtl(ltr("2")) + "\n" + rtl("وإذ تلاحظ ذلك" + ltr("،")) + "\n");
  const Conversion c = convert(dump, "A_RES_80_7.ar.txt");
  CHECK(c.document.footnotes.empty());
  bool warned = false;
  for (const Diagnostic& d : c.document.log.warnings())
    warned = warned || d.message.find("does not mark note 2") != std::string::npos;
  CHECK(warned);
}

// A date cut at a page's end: its month ends page 1's body, its year and a
// note's mark open page 2 ("... نيسان/أبر يل" | "112022 و ...": A/RES/78/214,
// notes 11 to 13). The page's body held no month before the mark, so page
// 2's notes stayed in the body (with a warning), and the recital was cut at
// the page break. The mark is read with the page before's last line as
// context, and the recital goes on over the break.
TEST_CASE("Arabic text dumps: a date cut at a page's end goes on, and its year's mark on the next page is read",
          "[dumps][footnotes][dump-ar-zh]") {
  std::size_t ran = 0;
  for (const bool layout : {false, true}) {
    INFO("layout " << layout);
    const std::string in = layout ? std::string(15, ' ') : "", note_in = layout ? std::string(22, ' ') : "";
    std::string s = rtl("الأمــم المتحـدة") + "\n\n" + rtl(ltr("A/RES/80/7")) + "\n\n" + in + rtl("الجمعية العامة") + "\n\n";
    s += rtl(ltr("80/7")) + "\n\n" + in + rtl("تقرير الوكالة الدولية للطاقة الذرية") + "\n\n";
    s += in + rtl("إن الجمعية العامة" + ltr("،")) + "\n";
    s += in + rtl("وإذ تشير إلى قراراتها السابقة المتعلقة بتقرير الوكالة الدولية للطاقة الذرية وإلى بيان") + "\n";
    s += in + rtl("المدير العام للوكالة الذي قدم فيه معلومات إضافية عن التطورات الرئيسية في أنشطة الوكالة" + ltr("،")) + "\n";
    s += in + rtl("وإذ ترحب بقرارات مجلس حقوق الإنسان ذات الصلة بالموضوع التي اتخذها في دوراته السابقة") + "\n";
    s += in + rtl("ولا سيما القرار " + ltr(" 16/18") + "المؤرخ " + ltr(" 24") + "آذار" + ltr("/") + "مارس " + ltr(" 12011") +
                  "والقرار " + ltr(" 49/31") + "المؤرخ " + ltr(" 1") + "نيسان" + ltr("/") + "أبريل") + "\n\n";
    s += note_in + rtl("(" + ltr(")1") + "انظر الوثائق الرسمية للجمعية العامة" + ltr(".")) + "\n";
    s += rtl(ltr(")A( 25-18769")) + "\n\n\n";
    s += "\f" + rtl(ltr("A/RES/80/7")) + "\n\n\n";
    s += in + rtl(ltr(" ،22022") + "وقرارات الجمعية العامة ذات الصلة بالموضوع التي اتخذتها في دوراتها السابقة") + "\n";
    s += in + rtl("بشأن التعاون بين الأمم المتحدة والوكالة الدولية للطاقة الذرية في مجالات عديدة" + ltr("،")) + "\n\n";
    s += in + rtl("وإذ تحيط علما بتقرير الأمين العام" + ltr("3") + "؛") + "\n\n";
    s += note_in + rtl("(" + ltr(")2") + "المرجع نفسه" + ltr(".")) + "\n";
    s += note_in + rtl("(" + ltr(")3") + "القرار المذكور" + ltr(".")) + "\n";
    s += "\f" + rtl(ltr("A/RES/80/7")) + "\n\n" + in + rtl(ltr(" - 1") + "تحيط علما مع التقدير بتقرير الوكالة الدولية للطاقة الذرية؛") + "\n\f";
    const Conversion c = convert(s, "A_RES_80_7.ar.txt");
    ++ran;
    INFO(c.text);
    REQUIRE(c.document.footnotes.size() == 3);
    for (const Footnote& f : c.document.footnotes) CHECK(f.referenced);
    REQUIRE(c.resolution.preamble.size() == 3);
    CHECK(c.resolution.preamble[1].text.text.find("نيسان/أبريل 2022، وقرارات الجمعية العامة") != std::string::npos);
    CHECK(c.akn.find("2022<sup class=\"footnote\"><authorialNote marker=\"2\"") != std::string::npos);
  }
  CHECK(ran == 2);
}

// The date rule in English: a page's full last line ending with a month
// goes on where the next page opens with the year ("from 11 to 15 March" |
// "2019, ...": A/RES/78/155), not where it opens with other figures ("2/15
// ...", a count or a page's number).
TEST_CASE("a dump's page ending with a month goes on only where the next page opens with a year", "[dumps][unwrap]") {
  const std::string filler =
      "Recalling its resolutions on the promotion of international cooperation in the field of human rights and\n"
      "the reports of the Secretary-General on the question, and the reports of the Special Rapporteur on the\n";
  const auto dump = [&](const std::string& next) {
    return "The General Assembly,\n\n" + filler +
           "question, in particular the report on the session held at Geneva from 11 to 15 March\n\f" + next +
           " of the States that took part in the session held at Geneva, and the report on it,\n\n"
           "1. Decides to remain seized of the matter.\n";
  };
  const Conversion year = convert(dump("2019,"));
  INFO(year.text);
  CHECK(year.text.find("from 11 to 15 March 2019, of the States") != std::string::npos);
  const Conversion count = convert(dump("2/15"));
  INFO(count.text);
  CHECK(count.text.find("15 March 2/15") == std::string::npos);
}
