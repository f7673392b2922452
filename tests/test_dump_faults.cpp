// Silent faults of conversions of pdftotext dumps of documents that are not
// resolutions (a draft, a committee's draft with 17 notes, a letter, a
// record), found by a reviewer. The dumps are made at test time from the
// corpus PDFs (../shared/corpus/born_digital; the UN's texts are not
// committed) with pdftotext, plain and -layout.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

#include "export/export.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

// pdftotext's dump of a corpus PDF (`layout`: with -layout), read back.
std::string pdftotext_dump(const std::string& pdf, bool layout) {
  const std::filesystem::path out = std::filesystem::temp_directory_path() /
                                    ("akn-dump-" + std::to_string(::getpid()) + (layout ? "-layout.txt" : "-plain.txt"));
  const std::string command = std::string("pdftotext ") + (layout ? "-layout " : "") + "'" + shared_dir() +
                              "/corpus/born_digital/" + pdf + "' '" + out.string() + "' 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);  // needs pdftotext and ../shared
  std::string text = read_file(out.string());
  std::error_code ignored;
  std::filesystem::remove(out, ignored);
  return text;
}

}  // namespace

TEST_CASE("notes a dump leaves unreferenced lower the quality, in the notes part", "[quality][dumps]") {
  // A/C.3/80/L.30 -layout: 3 of 17 notes have no reference in the text (9
  // before marks set apart after a word were read, cleanup/dump_bare_refs.hpp);
  // main scored it 0.9946. The PDF's notes all link.
  const Conversion dump = convert(pdftotext_dump("A_C.3_80_L.30.pdf", true), "A_C.3_80_L.30_layout.txt");
  const Quality& q = dump.quality;
  REQUIRE(!dump.document.footnotes.empty());
  CHECK(q.unreferenced_notes > 0);
  // An unreferenced note costs half a note (its text is kept, its place lost).
  CHECK(q.notes == Approx(1 - 0.5 * static_cast<double>(q.unreferenced_notes) /
                                  static_cast<double>(dump.document.footnotes.size())));
  CHECK(q.unreferenced_notes == 3);
  CHECK(q.notes < 1);
  const std::string json = write_quality_json(q);
  CHECK(json.find("\"unreferencedNotes\":" + std::to_string(q.unreferenced_notes)) != std::string::npos);
}

TEST_CASE("a resolution whose notes all link keeps the notes part at 1", "[quality][dumps]") {
  const Conversion c = convert(
      "The General Assembly,\n\nRecalling its resolution 57/224 of 18 December 2002,1\n\n"
      "1. Decides to continue its consideration of the question at its fifty-ninth session.\n\n"
      "__________________\n1 A/57/100.\n");
  CHECK(c.quality.unreferenced_notes == 0);
  CHECK(c.quality.notes == 1);
}

TEST_CASE("a pdftotext dump's final form feed is no page", "[ingest][dumps]") {
  // A/49/230 prints 2 pages; every pdftotext dump ended with one too many.
  for (bool layout : {false, true}) {
    CAPTURE(layout);
    const Conversion c = convert(pdftotext_dump("A_49_230-EN.pdf", layout), "A_49_230.txt");
    CHECK(c.document.pages.size() == 2);
  }
}

namespace {
// A plain dump of a draft: its sponsor line right under the agenda title,
// with no blank line between (pdftotext without -layout).
std::string plain_draft(const std::string& symbol, const std::string& sponsor_line) {
  return symbol + "\n\nUnited Nations\n\nGeneral Assembly\n\nDistr.: Limited\n6 November 2025\nOriginal: English\n\n"
         "Eightieth session\nAgenda item 13\nIntegrated and coordinated implementation of and follow-up\n"
         "to the outcomes of the major United Nations conferences\n" +
         sponsor_line +
         "\n\nInternational Day of Women and Girls\nThe General Assembly,\n"
         "Reaffirming the purposes and principles of the Charter of the United Nations,\n"
         "1. Decides to proclaim 1 June the International Day of Women and Girls;\n"
         "2. Requests the Secretary-General to bring the present resolution to the attention of all Member States.\n";
}
}  // namespace

TEST_CASE("a draft's plain dump is a draft resolution, and its sponsor line is no agenda title", "[structure][dumps]") {
  int ran = 0;
  for (const std::string sponsors : {"Bolivia (Plurinational State of):* draft resolution",
                                     "Chile, Mexico and Peru: draft resolution"}) {
    CAPTURE(sponsors);
    const Conversion c = convert(plain_draft("A/80/L.99", sponsors), "draft_plain.txt");
    CHECK(c.resolution.type == DocumentType::draft_resolution);
    REQUIRE(c.document.meta.agenda_titles.size() == 1);
    CHECK(c.document.meta.agenda_titles[0] ==
          "Integrated and coordinated implementation of and follow-up to the outcomes of the major United Nations "
          "conferences");
    ++ran;
  }
  CHECK(ran == 2);
  // Without a sponsor line, the symbol tells a draft.
  const Conversion bare = convert(plain_draft("A/C.2/80/L.7", ""), "draft_plain.txt");
  CHECK(bare.resolution.type == DocumentType::draft_resolution);
  // The corpus PDF's plain dump.
  const Conversion dump = convert(pdftotext_dump("A_80_L.11.pdf", false), "A_80_L.11_plain.txt");
  CHECK(dump.resolution.type == DocumentType::draft_resolution);
  for (const std::string& t : dump.document.meta.agenda_titles) CHECK(t.find("draft resolution") == std::string::npos);
  // Its preambular paragraphs, run together by the dump, are read apart
  // (unwrap_lines' split_preambular_paragraph): no doubt is left.
  CHECK(dump.quality.structure_doubts == 0);
  // A lead word after a clause in a recital that opened with none stays in
  // it, with a warning: each such doubt lowers the structure part.
  const Conversion doubt = convert(
      "The General Assembly,\n"
      "Its Member States having asked for a study of the question over several sessions, and in its view,\n"
      "Recalling its resolution 70/1 of 25 September 2015,\n"
      "1. Decides to keep the question under review;\n"
      "2. Requests the Secretary-General to report on it at its next session.\n",
      "doubt_plain.txt");
  CHECK(doubt.quality.structure_doubts == 1);
  CHECK(doubt.quality.structure < 1);
}

namespace {
std::size_t warnings_containing(const Conversion& c, std::string_view what) {
  return static_cast<std::size_t>(std::count_if(c.document.log.warnings().begin(), c.document.log.warnings().end(),
                                                [&](const Diagnostic& d) { return d.message.find(what) != std::string::npos; }));
}

// A page of `rows` lines in two columns side by side, as pdftotext -layout
// prints a record: some rows hold both columns, some only the left or the
// right one (the columns' lines do not share baselines).
std::string two_column_page(int rows, std::size_t gutter_at) {
  const std::string left = "the representative said that his delegation would";
  const std::string right = "vote for the draft resolution before the Council";
  std::string page;
  for (int r = 0; r < rows; ++r) {
    std::string l = r % 3 == 2 ? std::string() : left.substr(0, gutter_at - 4);
    if (r % 3 != 1) l += std::string(gutter_at + 2 - l.size(), ' ') + right;
    page += l + "\n";
  }
  return page;
}
}  // namespace

TEST_CASE("a -layout dump of two columns side by side is read column by column, not warned of", "[quality][dumps]") {
  int ran = 0;
  for (std::size_t gutter : {std::size_t{40}, std::size_t{46}}) {
    CAPTURE(gutter);
    const Conversion c = convert(two_column_page(30, gutter) + "\f" + two_column_page(30, gutter), "record_layout.txt");
    CHECK(warnings_containing(c, "two columns side by side") == 0);
    CHECK(edits_of(c.document, "read_columns").size() == 2);
    CHECK(c.quality.reading_order == 1);
    ++ran;
  }
  CHECK(ran == 2);
  // The S/PV.4507 record: every page of its -layout dump after the first is
  // two columns, read in order (tests/test_dump_columns.cpp compares it with
  // the PDF path).
  const Conversion pv = convert(pdftotext_dump("S_PV.4507-EN.pdf", true), "S_PV.4507_layout.txt");
  CHECK(warnings_containing(pv, "two columns side by side") == 0);
  CHECK(pv.quality.reading_order > 0.9);
  // One column: its plain dump, and a draft's -layout dump.
  const Conversion plain = convert(pdftotext_dump("S_PV.4507-EN.pdf", false), "S_PV.4507_plain.txt");
  CHECK(warnings_containing(plain, "two columns side by side") == 0);
  CHECK(edits_of(plain.document, "read_columns").empty());
  const Conversion draft = convert(pdftotext_dump("A_C.3_80_L.30.pdf", true), "A_C.3_80_L.30_layout.txt");
  CHECK(warnings_containing(draft, "two columns side by side") == 0);
  CHECK(edits_of(draft.document, "read_columns").empty());
}
