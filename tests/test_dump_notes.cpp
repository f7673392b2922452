// Notes and page furniture of text dumps made from real resolutions
// (written at test time by scripts/make-dump-fixtures.py from ../shared into
// a temporary directory: the UN's texts are not committed): pdftotext's plain and
// -layout text of A/RES/80/33 (3 pages, 13 notes) and A/RES/80/7 (2 pages,
// 2 notes), and dumps of the UN's own AKN hard-wrapped at 65 and 80 columns
// that gather the notes after the text, under a heading ("Notes", "Notas")
// or a separator, in English, French and Spanish. A note is known by its
// form: a number opening a short line (or alone on its line over its text)
// in a run after the text or under a separator; each is linked to the
// reference of the same number. Running heads and footers a layout dump
// prints at its page breaks (the symbol beside the title, "2/3   25-19825")
// are furniture. A wrapped Markdown dump's emphasis that spans lines (a
// note's italic title) leaves no asterisk.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <system_error>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "tests/support.hpp"
#include "warnings.hpp"

using namespace akn;
using namespace akn::test;

namespace {

// The dumps' directory, written once per run of the tests and removed at exit.
struct DumpsDir {
  std::filesystem::path path = std::filesystem::temp_directory_path() / ("akn-dumps-" + std::to_string(::getpid()));
  DumpsDir() {
    const std::string command = "python3 '" + source_dir() + "/scripts/make-dump-fixtures.py' '" + shared_dir() + "' '" +
                                path.string() + "'";
    ok = std::system(command.c_str()) == 0;
  }
  ~DumpsDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  DumpsDir(const DumpsDir&) = delete;
  DumpsDir& operator=(const DumpsDir&) = delete;
  bool ok = false;
};

std::string dump(const std::string& name) {
  static const DumpsDir dir;
  REQUIRE(dir.ok);  // scripts/make-dump-fixtures.py needs python3, pdftotext and ../shared
  return read_file((dir.path / name).string());
}

bool contains(std::string_view text, std::string_view what) { return text.find(what) != std::string_view::npos; }

std::size_t count(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::size_t referenced_notes(const Conversion& c) {
  std::size_t n = 0;
  for (const Footnote& f : c.document.footnotes) n += f.referenced ? 1 : 0;
  return n;
}

bool has_annex(const Conversion& c, std::string_view name) {
  for (const Annex& a : c.resolution.annexes)
    if (a.name == name) return true;
  return false;
}

// Every note is linked or named by a warning: never left silently unlinked.
std::size_t warned_unlinked(const Conversion& c) {
  std::size_t n = 0;
  for (const Footnote& f : c.document.footnotes)
    if (!f.referenced)
      for (const auto& w : c.document.log.warnings())
        if (w.message == "footnote " + f.marker + " has no reference in the text") {
          ++n;
          break;
        }
  return n;
}

struct NotesDump {
  std::string file;
  std::size_t notes;
  std::size_t linked;     // references found ("Gobernadores”3;" is not taken;
                          // "Bangkok 8 and Pelindaba 9", a name's number set apart
                          // with no punctuation, is, as the next note)
  std::string last_note;  // how the last note's text opens
};

}  // namespace

TEST_CASE("notes gathered after the text of a hard-wrapped dump are notes, linked to their references",
          "[footnotes][dumps][languages]") {
  const std::vector<NotesDump> dumps = {
      {"A_RES_80_33-notes80.txt", 13, 13, "A/51/218, annex."},
      {"A_RES_80_33-notes65.txt", 13, 13, "A/51/218, annex."},
      {"A_RES_80_7-notes80.fr.txt", 3, 3, "Voir la résolution GC(67)/RES/15 de la Conférence générale"},
      {"A_RES_80_7-notes80.es.txt", 3, 2, "Véase la resolución GC(67)/RES/15 de la Conferencia General"},
      {"A_RES_79_100-notes65.fr.txt", 8, 8, "Résolution 70/1."},
      {"A_RES_79_100-notes65.es.txt", 8, 8, "Resolución 70/1."}};
  std::size_t runs = 0;
  for (const NotesDump& d : dumps) {
    INFO(d.file);
    const Conversion c = pipeline().convert(d.file, dump(d.file));
    ++runs;
    CHECK(c.document.footnotes.size() == d.notes);
    CHECK(referenced_notes(c) == d.linked);
    CHECK(warned_unlinked(c) == d.notes - d.linked);
    if (!c.document.footnotes.empty()) CHECK(c.document.footnotes.back().text.starts_with(d.last_note));
    // Neither the notes nor their heading are text after the conclusions:
    // the clean text prints the notes once, under its own "Notes".
    CHECK_FALSE(has_annex(c, "textAfterConclusions"));
    CHECK(count(c.text, "\nNotes") == 1);
    CHECK_FALSE(contains(c.text, "\nNotas"));
    CHECK(edits_of(c.document, "notes_heading").size() == (contains(d.file, "notes80") ? 1U : 0U));
    CHECK(c.conservation.unaccounted.empty());
  }
  CHECK(runs == 6);
}

TEST_CASE("pdftotext dumps keep their notes, whose numbers stand alone over their text, and lose their page furniture",
          "[footnotes][furniture][dumps]") {
  struct Case {
    std::string file;
    std::size_t notes, linked;
  };
  const std::vector<Case> cases = {{"A_RES_80_33-layout.txt", 13, 13}, {"A_RES_80_7-layout.txt", 3, 3},
                                   {"A_RES_80_7-pdftotext.txt", 3, 3}};
  std::size_t runs = 0;
  for (const Case& k : cases) {
    INFO(k.file);
    const Conversion c = pipeline().convert(k.file, dump(k.file));
    ++runs;
    CHECK(c.document.footnotes.size() == k.notes);
    CHECK(referenced_notes(c) == k.linked);
    CHECK(warned_unlinked(c) == k.notes - k.linked);
    // No note number was taken for a page number.
    for (const Edit& e : edits_of(c.document, "remove_page_number")) CHECK(contains(e.reason, "N/M"));
    CHECK(c.quality.furniture_in_text == 0);
    CHECK_FALSE(has_annex(c, "textAfterConclusions"));
  }
  CHECK(runs == 3);
}

TEST_CASE("a Markdown dump wrapped at a width leaves no asterisk of an emphasis that spans lines",
          "[markdown][footnotes][dumps]") {
  const std::string seed = read_file(shared_dir() + "/seeds/002_a9666ded5ad1a509.txt");
  std::size_t runs = 0;
  for (const std::size_t width : {65u, 80u}) {
    INFO("width " << width);
    // Each line of the seed broken at the last space before the width.
    std::string md;
    std::istringstream in(seed);
    for (std::string line; std::getline(in, line);) {
      while (code_point_count(line) > width) {
        std::size_t cut = line.rfind(' ', width);
        if (cut == std::string::npos || cut == 0) break;
        md += line.substr(0, cut) + "\n";
        line = line.substr(cut + 1);
      }
      md += line + "\n";
    }
    const Conversion c = pipeline().convert("wrapped-002.md", md);
    ++runs;
    REQUIRE(c.document.footnotes.size() >= 3);
    const Footnote& third = c.document.footnotes[2];
    CHECK(third.marker == "3");
    CHECK_FALSE(contains(third.text, "*"));
    CHECK(contains(third.text, "Official Records of the Economic and Social Council, 2003, Supplement No. 3 (E/2003/23), chap. II"));
    CHECK_FALSE(contains(c.text, "*"));
  }
  CHECK(runs == 2);
}

TEST_CASE("a note's line broken after an abbreviation goes on with the note and the conclusions printed before the notes stay conclusions",
          "[footnotes][dumps][languages]") {
  // The UN's French A/RES/78/214 wrapped at 72 under "Notes": ten of its
  // fifteen notes break "..., chap." over "III, sect. A.".
  const std::string file = "A_RES_78_214-notes72.fr.txt";
  const Conversion c = pipeline().convert(file, dump(file));
  REQUIRE(c.document.footnotes.size() == 15);
  CHECK(c.document.footnotes[1].text == "Ibid., soixante-septième session, Supplément no 53 (A/67/53), chap. III, sect. A.");
  CHECK(c.document.footnotes.back().text == "A/78/241.");
  CHECK(referenced_notes(c) + warned_unlinked(c) == 15);
  REQUIRE(c.resolution.conclusion);
  CHECK(c.resolution.conclusion->meeting == "50e séance plénière");
  CHECK(c.resolution.conclusion->date);
  REQUIRE_FALSE(c.resolution.operative.empty());
  const std::string& last = c.resolution.operative.back().text.text;
  CHECK_FALSE(contains(last, "séance plénière"));
  CHECK_FALSE(contains(last, "Ibid."));
  CHECK_FALSE(has_annex(c, "textAfterConclusions"));

  // A note's line no rule reads as its continuation ("Trois, sect. A.") is
  // left as text, but the conclusions (meeting and date on one line,
  // before the notes) are never joined to it nor to the last paragraph.
  std::string text = dump(file);
  const std::size_t at = text.find("chap.\nIII, sect. A.");
  REQUIRE(at != std::string::npos);
  text.replace(at, 19, "chap.\nTrois, sect. A.");
  const Conversion broken = pipeline().convert(file, text);
  REQUIRE(broken.resolution.conclusion);
  CHECK(broken.resolution.conclusion->meeting == "50e séance plénière");
  CHECK(broken.resolution.conclusion->date);
  REQUIRE_FALSE(broken.resolution.operative.empty());
  CHECK_FALSE(contains(broken.resolution.operative.back().text.text, "séance plénière"));
}

TEST_CASE("a plain pdftotext dump's page number N/M under the notes' separator is furniture and never a note number",
          "[footnotes][furniture][dumps]") {
  struct Case {
    std::string file;
    std::string page_number;  // "N/M" of a page with notes
  };
  const std::vector<Case> cases = {{"A_RES_78_101-pdftotext.txt", "2/4"}, {"A_RES_78_153-pdftotext.txt", "6/13"}};
  std::size_t runs = 0;
  for (const Case& k : cases) {
    INFO(k.file);
    const Conversion c = pipeline().convert(k.file, dump(k.file));
    ++runs;
    bool removed = false;
    for (const Edit& e : edits_of(c.document, "remove_page_number"))
      removed = removed || (contains(e.reason, "N/M") && contains(e.before, k.page_number));
    CHECK(removed);
    CHECK_FALSE(contains(c.text, "\n" + k.page_number + "\n"));
    CHECK(c.quality.furniture_in_text == 0);
  }
  CHECK(runs == 2);
}

TEST_CASE("references set apart after punctuation are read again after three in a row that are not found",
          "[footnotes][dumps]") {
  // pdftotext -layout of A/RES/79/145: notes 16 to 18 are referred to with
  // no punctuation before their numbers ("decision VII/11 16"); the
  // references after commas further on ("that Convention, 19") are linked.
  // 45 since the 4-line running head goes whole: its last lines cut the
  // sentences that hold notes 48 and 49 ("seventy-fifth session,48").
  const std::string file = "A_RES_79_145-layout.txt";
  const Conversion c = pipeline().convert(file, dump(file));
  REQUIRE(c.document.footnotes.size() == 50);
  CHECK(referenced_notes(c) == 45);
  CHECK(warned_unlinked(c) == 50 - referenced_notes(c));
  for (const char* marker : {"19", "20", "50"}) {
    INFO("note " << marker);
    bool linked = false;
    for (const Footnote& f : c.document.footnotes) linked = linked || (f.marker == marker && f.referenced);
    CHECK(linked);
  }
}

TEST_CASE("a plain pdftotext dump's notes whose numbers stand apart from their texts are collected, plain and folded",
          "[footnotes][furniture][dumps]") {
  // Plain pdftotext prints a note's raised number on its own line, after
  // the zone's texts ("A/79/69." "1"), with the job number between it and
  // its text ("3" "24-24688" "ST/SGB/2013/4 ..."), or all numbers first
  // ("2" "3" "2/4" "Resolution 1514 (XV)."); fold -s breaks the long
  // lines. A/RES/78/13 has 2 pages.
  struct Case {
    std::string name;
    std::vector<std::string> notes;  // the UN's texts, in order
  };
  const std::vector<Case> cases = {
      {"A_RES_79_249",
       {"Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 11 and addendum (A/79/11 and "
        "A/79/11/Add.1).",
        "A/79/69.", "ST/SGB/2013/4 and ST/SGB/2013/4/Amend.1."}},
      {"A_RES_78_101",
       {"Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 23 (A/78/23).",
        "Resolution 1514 (XV).", "Resolution 217 A (III).", "A/56/61, annex."}},
      {"A_RES_78_13",
       {"Official Records of the General Assembly, Thirty-fourth Session, Supplement No. 45 and corrigendum (A/34/45 "
        "and A/34/45/Corr.1).",
        "A/57/759-S/2003/332, annex I",
        "Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 29 (A/78/29)."}}};
  std::size_t runs = 0;
  for (const Case& k : cases)
    for (const std::string suffix : {"-plain.txt", "-plain-fold65.txt", "-plain-fold80.txt"}) {
      const std::string file = k.name + suffix;
      INFO(file);
      const Conversion c = pipeline().convert(file, dump(file));
      ++runs;
      REQUIRE(c.document.footnotes.size() == k.notes.size());
      for (std::size_t n = 0; n < k.notes.size(); ++n) {
        CHECK(c.document.footnotes[n].marker == std::to_string(n + 1));
        CHECK(c.document.footnotes[n].text == k.notes[n]);
      }
      // No note's text is left in a paragraph, and no note number was
      // taken for a page number.
      const std::size_t notes_at = c.text.rfind("\nNotes");
      REQUIRE(notes_at != std::string::npos);
      for (const std::string& note : k.notes) CHECK_FALSE(contains(c.text.substr(0, notes_at), note));
      for (const Edit& e : edits_of(c.document, "remove_page_number"))
        for (std::size_t n = 1; n <= k.notes.size(); ++n)
          CHECK_FALSE((e.reason == "bare page number" && trim(e.before) == std::to_string(n)));
      CHECK(warned_unlinked(c) == k.notes.size() - referenced_notes(c));
      CHECK(c.conservation.unaccounted.size() <= 1);  // the title block's order, as before
    }
  CHECK(runs == 9);
}

TEST_CASE("a plain pdftotext dump's recitals that lost the blank line between them are read apart, plain and folded",
          "[dumps][structure]") {
  // A/RES/78/101 (4 pages): "... for 2023, 1" (a note's number) over
  // "Recalling its resolution ...", and full lines ending a recital over the
  // next one's lead. Main read 7 preambular paragraphs for the UN's 10.
  const std::vector<std::string> leads = {"Having",      "Recalling", "Bearing", "Recognizing", "Regretting",
                                          "Reiterating", "Noting",    "Stressing", "Noting",    "Noting"};
  std::size_t runs = 0;
  for (const std::string suffix : {"-plain.txt", "-plain-fold65.txt", "-plain-fold80.txt"}) {
    const std::string file = "A_RES_78_101" + suffix;
    INFO(file);
    const Conversion c = pipeline().convert(file, dump(file));
    ++runs;
    REQUIRE(c.resolution.preamble.size() == leads.size());
    for (std::size_t i = 0; i < leads.size(); ++i) {
      CHECK(c.resolution.preamble[i].text.text.starts_with(leads[i] + " "));
      CHECK(c.resolution.preamble[i].text.text.ends_with(","));
    }
    CHECK(c.resolution.operative.size() == 20);
  }
  CHECK(runs == 3);
}

TEST_CASE("a plain dump's note text left under a page's separator is warned of and lowers the quality score",
          "[footnotes][quality][dumps]") {
  // A/RES/79/249's first page with the number "1" printed after the
  // zone's texts dropped: the zone holds two texts and one number, which
  // no rule reads with certainty, so its texts stay in the body (in
  // operative paragraph 3). That must not pass silently.
  const std::string file = "A_RES_79_249-plain.txt";
  const std::string whole = dump(file);
  const Conversion good = pipeline().convert(file, whole);
  std::string text = whole;
  const std::size_t at = text.find("A/79/69.\n1\n");
  REQUIRE(at != std::string::npos);
  text.erase(at + std::string_view("A/79/69.\n").size(), 2);
  const Conversion c = pipeline().convert(file, text);
  CHECK(c.document.footnotes.size() < good.document.footnotes.size());
  CHECK(akn::test::warnings_saying(c.document.log.warnings(), "note text under the page's separator") >= 1);
  CHECK(c.quality.furniture_in_text >= 1);
  // The plain dump itself leaves 2 of its 3 notes unreferenced, which its
  // notes part holds against it; the damaged text, whose notes were not
  // collected at all, is judged by its furniture.
  CHECK(c.quality.furniture < good.quality.furniture);
  CHECK(c.quality.score < config().batch.min_quality);
  CHECK(good.quality.furniture_in_text == 0);
}

namespace {

// A report's plain dump of three pages (form feeds), each ending with its
// own number printed bare, as pdftotext prints a report's pages: page 2's
// notes area holds one ordinary note ("1" over its text) and the page's
// number "2" under it.
std::string report_dump() {
  return "S/2099/17\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n5 April 2099\nOriginal: English\n\n"
         "Report of the Secretary-General on the situation in the region\n"
         "I. Introduction\n"
         "1. The present report is submitted pursuant to Security Council resolution 2999\n"
         "(2098) and covers developments since the issuance of my last report on the\n"
         "situation in the region and the progress of the talks between the parties.\n"
         "2. The reporting period was marked by a number of significant developments in\n"
         "the region, including demonstrations held periodically in the major towns.\n"
         "\n99-27711 (E) 170499\n\n*9927711*\n\f"
         "S/2099/17\n\n"
         "3. In letters addressed to me, the parties called for the protection of the\n"
         "population and the release of those arrested after the incident.1 The\n"
         "Government reported that it was treating the incident as a matter of order.\n"
         "4. My Special Representative visited the area and met with a range of officials\n"
         "and local leaders, and the Mission deployed an officer to the area.\n"
         "\n99-27711\n\n__________________\n\n1\nSee S/2098/100.\n2\n\fS/2099/17\n\n"
         "5. The text contains provisions related to the regions and was followed by\n"
         "elections held in the territory and the formation of a new government.\n"
         "6. The polls were also held in the territory, although their legality has not\n"
         "been determined by the parties to the talks.\n"
         "\n99-27711\n\n3\n";
}

}  // namespace

TEST_CASE("a report's page number under a page's one note, continuing the page numbering, is furniture and not a note's",
          "[footnotes][furniture][dumps]") {
  // Whole, and without its cover page (the dump's page 1 then prints "2").
  const std::string whole = report_dump();
  const std::string nocover = "S/2099/17\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n5 April 2099\n"
                              "Original: English\n\nReport of the Secretary-General on the situation in the region\n" +
                              whole.substr(whole.find('\f') + 1);
  std::size_t runs = 0;
  for (const std::string& text : {whole, nocover}) {
    const Conversion c = pipeline().convert("report-note.txt", text);
    ++runs;
    INFO(runs);
    REQUIRE(c.document.footnotes.size() == 1);
    CHECK(c.document.footnotes[0].marker == "1");
    CHECK(contains(c.akn, "See S/2098/100."));
    CHECK_FALSE(contains(c.akn, "<p>2</p>"));
    CHECK_FALSE(contains(c.text, "\n2\n"));
    bool page_number = false;
    for (const auto& e : c.document.log.edits())
      page_number = page_number || (e.reason == "bare page number" && trim(e.before) == "2");
    CHECK(page_number);
  }
  CHECK(runs == 2);
}

TEST_CASE("a note's text printed alike at the foot of several pages of a plain dump is the notes' text, never a running footer",
          "[footnotes][furniture][dumps]") {
  // A/RES/78/152 prints "Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1,
  // decision 1/CP.21." as notes 10, 12, 13, 25 and 26, under the separator
  // of pages 3, 4, 5 and 11, past their notes' numbers; A/RES/78/229 prints
  // note 53 ("See CTOC/COP/2022/9, sect. I.A.") alike under two pages.
  struct Case {
    std::string file;
    std::size_t notes;
    std::vector<std::size_t> repeated;  // the notes printing `text`
    std::string text;
  };
  const std::vector<Case> cases = {
      {"A_RES_78_152-plain.txt", 31, {10, 12, 13, 25, 26},
       "Adopted under the UNFCCC in FCCC/CP/2015/10/Add.1, decision 1/CP.21."},
      {"A_RES_78_229-plain.txt", 53, {53}, "See CTOC/COP/2022/9, sect. I.A."}};
  std::size_t runs = 0;
  for (const Case& k : cases) {
    INFO(k.file);
    const Conversion c = pipeline().convert(k.file, dump(k.file));
    ++runs;
    REQUIRE(c.document.footnotes.size() == k.notes);
    for (std::size_t n = 0; n < k.notes; ++n) CHECK(c.document.footnotes[n].marker == std::to_string(n + 1));
    for (const std::size_t n : k.repeated) CHECK(c.document.footnotes[n - 1].text == k.text);
    for (const Edit& e : edits_of(c.document, "remove_running_head")) CHECK_FALSE(contains(e.before, k.text));
    CHECK_FALSE(contains(c.text, "support and 53 cooperation"));
  }
  CHECK(runs == 2);
}

TEST_CASE("a bare note number over a short note text ('32' over 'Ibid.') is a note's number, not a page number",
          "[footnotes][furniture][dumps]") {
  // A/RES/79/227 page 9: "__________________" "32" "Ibid." "24-24319 ... 9/20".
  // "Ibid." is as short as a paragraph's label ("1.", "(a)") but is text.
  std::size_t runs = 0;
  for (const std::string file : {"A_RES_79_227-plain.txt", "A_RES_79_227-layout.txt"}) {
    INFO(file);
    const Conversion c = pipeline().convert(file, dump(file));
    ++runs;
    REQUIRE(c.document.footnotes.size() == 41);
    CHECK(c.document.footnotes[31].marker == "32");
    CHECK(c.document.footnotes[31].text == "Ibid.");
    for (const Edit& e : edits_of(c.document, "remove_page_number")) CHECK(trim(e.before) != "32");
  }
  CHECK(runs == 2);
}

TEST_CASE("a hard-wrapped dump's paragraph number alone on its line, the enacting formula and a bracketed line open their own lines",
          "[footnotes][dumps]") {
  // A/RES/79/245's plain dump folded at 65: its 22 notes collected, the
  // rest reads as wrapped at 63 characters, and the short lines before
  // "The General Assembly,", "[on the report ...]" and "3." end there.
  const std::string file = "A_RES_79_245-plain-fold65.txt";
  const Conversion c = pipeline().convert(file, dump(file));
  CHECK(c.document.footnotes.size() == 22);
  CHECK(contains(c.text, "\nThe General Assembly,\n"));
  CHECK(contains(c.text, "\n[on the report of the Fifth Committee (A/79/640, para. 6)]\n"));
  CHECK(contains(c.text, "\n3. Reaffirms that the Board of Auditors"));
  CHECK_FALSE(contains(c.text, "Auditors The General Assembly"));
  CHECK(c.conservation.unaccounted.empty());
}

TEST_CASE("a plain dump's note citing a symbol that opens with the document's own (A/RES/80/71 in A/RES/80/7) keeps its number",
          "[footnotes][furniture][dumps]") {
  // A/RES/80/7's note 1 made to read "See A/RES/80/71.": the document's own
  // symbol A/RES/80/7 is no part of it, so the "1" over it is the note's
  // number, not a page number, and the note is not run into paragraph 2.
  std::size_t runs = 0;
  for (const std::string file : {"A_RES_80_7-pdftotext.txt", "A_RES_80_7-fold65.txt", "A_RES_80_7-fold80.txt"}) {
    INFO(file);
    std::string text = dump(file);
    const std::size_t at = text.find("See A/80/348.");
    REQUIRE(at != std::string::npos);
    text.replace(at, std::string_view("See A/80/348.").size(), "See A/RES/80/71.");
    const Conversion c = pipeline().convert(file, text);
    ++runs;
    REQUIRE(c.document.footnotes.size() == 3);
    CHECK(c.document.footnotes[0].marker == "1");
    CHECK(c.document.footnotes[0].text == "See A/RES/80/71.");
    CHECK(referenced_notes(c) == 3);
    CHECK_FALSE(contains(c.text, "agreement See A/RES/80/71."));
    for (const Edit& e : edits_of(c.document, "remove_page_number")) CHECK(trim(e.before) != "1");
  }
  CHECK(runs == 3);
}

TEST_CASE("a running footer under a dump page's own number below the notes' separator is furniture, not a note's text",
          "[footnotes][furniture][dumps]") {
  // The report's pages 2 and 3 end with their own number and a footer line
  // ("Situation in the region S/2099/17"); page 2 prints its note, number
  // and text on one line, under its separator. The page's own number (a
  // page number) is no note's number: the footer under it recurs, as on
  // page 3, and goes; the note keeps its text alone.
  const std::string footer = "Situation in the region S/2099/17";
  std::string text = report_dump();
  const std::string notes = "\n1\nSee S/2098/100.\n2\n";
  const std::size_t at = text.find(notes);
  REQUIRE(at != std::string::npos);
  text.replace(at, notes.size(), "\n1 See S/2098/100.\n2\n" + footer + "\n");
  text += footer + "\n";
  const Conversion c = pipeline().convert("report-footer.txt", text);
  REQUIRE(c.document.footnotes.size() == 1);
  CHECK(c.document.footnotes[0].text == "See S/2098/100.");
  CHECK_FALSE(contains(c.text, footer));
  std::size_t footers = 0;
  for (const Edit& e : edits_of(c.document, "remove_running_head")) footers += trim(e.before) == footer ? 1U : 0U;
  CHECK(footers == 2);
}

TEST_CASE("a plain dump whose notes' separator is a dashed rule collects its notes as under an underscore rule",
          "[footnotes][dumps][quality]") {
  // A/RES/80/7 (2 pages, 3 notes) with its separators printed as dashes
  // ("---------------"), as other producers print them: remove_furniture
  // takes the line for a separator rule as it takes "_______________", and
  // collect_footnotes reads the notes under it the same way.
  const std::string underscores = dump("A_RES_80_7-pdftotext.txt");
  std::string text = underscores;
  std::size_t rules = 0;
  for (std::size_t at = text.find("\n_____"); at != std::string::npos; at = text.find("\n_____", at + 1)) {
    const std::size_t end = text.find('\n', at + 1);
    text.replace(at + 1, end - at - 1, std::string(end - at - 1, '-'));
    ++rules;
  }
  REQUIRE(rules == 2);
  const Conversion plain = pipeline().convert("A_RES_80_7-pdftotext.txt", underscores);
  const Conversion c = pipeline().convert("A_RES_80_7-dashes.txt", text);
  REQUIRE(plain.document.footnotes.size() == 3);
  REQUIRE(c.document.footnotes.size() == plain.document.footnotes.size());
  for (std::size_t n = 0; n < c.document.footnotes.size(); ++n)
    CHECK(c.document.footnotes[n].text == plain.document.footnotes[n].text);
  CHECK(akn::test::warnings_saying(c.document.log.warnings(), "note text under the page's separator") == 0);
  CHECK(c.quality.furniture_in_text == 0);
}

TEST_CASE("a dashed line in a plain dump's body over no note numbers takes no body text for notes",
          "[footnotes][dumps]") {
  // Do no harm: a dashed line a dump prints between two paragraphs, with
  // no note number under it, opens no notes zone: the paragraph after it
  // stays in the body and the notes stay those printed.
  std::string text = dump("A_RES_80_7-pdftotext.txt");
  const std::size_t at = text.find("\n40th plenary meeting");
  REQUIRE(at != std::string::npos);
  text.insert(at + 1, "---------------\n");
  const Conversion c = pipeline().convert("A_RES_80_7-dashed-body.txt", text);
  CHECK(c.document.footnotes.size() == 3);
  for (const Footnote& f : c.document.footnotes) CHECK_FALSE(contains(f.text, "plenary meeting"));
}

namespace {
// A 2-page plain pdftotext dump whose first page's notes zone stacks its
// note numbers one under another over the texts ("1" "2" then "Official
// Records ..." "A/AC.109/2025/7.", as A/RES/80/95 and A/RES/79/145 print),
// the job line and barcode after them; the second page's zone prints its
// number over its text. `words` gives the language's words.
struct StackedDump {
  std::string formula, lead1, lead2, lead3, verb, note1, note2, note3;
};

std::string stacked_dump(const StackedDump& w) {
  return "A/RES/80/95\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: General\n11 December 2025\n\n"
         "Eightieth session\nAgenda item 58\n\n80/95.\n\nQuestion of French Polynesia\n" +
         w.formula + "\n" + w.lead1 + " of the Special Committee for 2025, 1\n" + w.lead2 +
         " prepared by the Secretariat, 2 which contained\navailable updates requested by the Assembly,\n\n"
         "_______________\n1\n2\n\n" +
         w.note1 + "\n" + w.note2 + "\n\n25-20352 (E)\n\n*2520352*\n\n\f" +
         "A/RES/80/95\n\nQuestion of French Polynesia\n\n" + w.lead3 +
         " of the Final Document of the Summit, 3\n1.\n" + w.verb +
         " the inalienable right of the people of French Polynesia;\n\n_______________\n3\n\n" + w.note3 +
         "\n2/2\n\n25-20352\n\f";
}
}  // namespace

TEST_CASE("a plain pdftotext dump's notes whose numbers are stacked over their texts are collected in order, 2 pages, "
          "English and French",
          "[footnotes][dumps]") {
  const std::vector<StackedDump> cases = {
      {"The General Assembly,", "Having examined the report", "Taking note of the working paper",
       "Taking note of the section", "Reaffirms",
       "Official Records of the General Assembly, Eightieth Session, Supplement No. 23 (A/80/23).",
       "A/AC.109/2025/7.", "See A/79/PV.12."},
      {"L’Assemblée générale,", "Ayant examiné le rapport", "Prenant note du document de travail",
       "Prenant note de la section", "Réaffirme",
       "Documents officiels de l’Assemblée générale, quatre-vingtième session, Supplément no 23 (A/80/23).",
       "A/AC.109/2025/7.", "Voir A/79/PV.12."}};
  std::size_t runs = 0;
  for (const StackedDump& w : cases) {
    INFO(w.formula);
    const Conversion c = pipeline().convert("A_RES_80_95-stacked.txt", stacked_dump(w));
    ++runs;
    REQUIRE(c.document.footnotes.size() == 3);
    const std::vector<std::string> texts = {w.note1, w.note2, w.note3};
    for (std::size_t n = 0; n < 3; ++n) {
      CHECK(c.document.footnotes[n].marker == std::to_string(n + 1));
      CHECK(c.document.footnotes[n].text == texts[n]);
    }
    // No note's text stays in a paragraph, and the stacked numbers are no text.
    CHECK(count(c.text, "A/AC.109/2025/7.") == 1);
    CHECK(c.quality.furniture_in_text == 0);
  }
  CHECK(runs == 2);
}
