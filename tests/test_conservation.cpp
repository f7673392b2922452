// The conservation check (verify/conservation.hpp): the output is the
// printed text minus what the edit log removed. It must find nothing on the
// documents we convert correctly, and find every way of breaking that on
// purpose, with its page, line and words.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "export/export.hpp"
#include "structure/structure.hpp"
#include "support.hpp"
#include "verify/conservation.hpp"
#include "verify/sequence_diff.hpp"

using namespace akn;
using namespace akn::test;
namespace fs = std::filesystem;

namespace {

// A conversion with the source it was checked against, so a test can break
// the output and check again.
struct Checked {
  SourceText source;
  Conversion c;
};

Checked convert_checked(const std::string& path) {
  Document doc = pipeline().read(fs::path(path).filename().string(), read_file(path));
  SourceText source = record_source(doc);
  return {std::move(source), pipeline().finish(std::move(doc))};
}

ConservationReport recheck(const Checked& k, const Document& doc, const Resolution& res) {
  return check_conservation(k.source, doc, res, write_text(res, {TextNotes::omit}));
}

std::string describe(const ConservationReport& r) {
  std::string s;
  for (const Discrepancy& d : r.unaccounted)
    s += std::string(to_string(d.kind)) + " " + d.stream + " p" + std::to_string(d.where.page) + " l" +
         std::to_string(d.where.line) + ": \"" + d.printed + "\" / \"" + d.output + "\"\n";
  return s;
}

// The position of the source line that holds byte `offset` of `text`.
Position position_in(const Document& doc, const RichText& text, std::size_t offset) {
  Origin o = text.source.front();
  for (const Origin& x : text.source)
    if (x.offset <= offset) o = x;
  return doc.position_of(static_cast<std::size_t>(o.page - 1), static_cast<std::size_t>(o.line));
}

std::string fixture(const std::string& name) { return source_dir() + "/fixtures/" + name; }

}  // namespace

TEST_CASE("the diff finds each difference, also between anchors far apart", "[conservation]") {
  using verify::diff;
  CHECK(diff(U"abcdef", U"abcdef").empty());
  auto h = diff(U"the human rights council", U"the rights council");
  REQUIRE(h.size() == 1);
  CHECK(h[0].a_begin == 4);
  CHECK(h[0].a_end == 10);
  CHECK(h[0].b_begin == h[0].b_end);
  // Two texts of 200,000 characters, three differences far apart: found
  // through the anchors, each where it is.
  std::u32string a;
  for (std::size_t i = 0; a.size() < 200000; ++i)
    a += U"paragraph " + std::u32string(1, static_cast<char32_t>(U'a' + i % 26)) + U" " + std::u32string(i % 7 + 1, U'x') + U" ";
  std::u32string b = a;
  b.erase(150000, 3);
  b.insert(100000, U"QQ");
  b[5000] = U'#';
  h = diff(a, b);
  REQUIRE(h.size() == 3);
  CHECK(h[0].a_begin == 5000);
  CHECK(h[1].b_end - h[1].b_begin == 2);
  CHECK(h[2].a_end - h[2].a_begin == 3);
}

TEST_CASE("the diff's memory is bounded: a gap of more than about a thousand differences is one hunk",
          "[conservation]") {
  using verify::diff;
  // Every other character of a run with no anchor changed: n substitutions
  // are 2n differences (a deletion and an insertion each).
  const auto changed = [](std::size_t substitutions) {
    std::u32string a(2 * substitutions + 100, U'x'), b = a;
    for (std::size_t i = 0; i < substitutions; ++i) b[2 * i] = U'y';
    return std::pair{a, b};
  };
  // 300 substitutions (600 differences): each found where it is.
  auto [a1, b1] = changed(300);
  const auto fine = diff(a1, b1);
  std::size_t deleted = 0, inserted = 0;
  for (const auto& h : fine) deleted += h.a_end - h.a_begin, inserted += h.b_end - h.b_begin;
  CHECK(fine.size() >= 150);
  CHECK(deleted == 300);
  CHECK(inserted == 300);
  // 700 substitutions (1,400 differences): Myers' trace would hold about two
  // million entries; the gap is one hunk, covering both sides whole.
  auto [a2, b2] = changed(700);
  const auto whole = diff(a2, b2);
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].a_begin == 0);
  CHECK(whole[0].a_end == 1399);
  CHECK(whole[0].b_begin == 0);
  CHECK(whole[0].b_end == 1399);
}

namespace {
// "NAME: pages 1-3, 5 from the text layer; page 4 by OCR (why)", one line.
std::string page_sources(const std::string& name, const Document& doc) {
  std::string layer, ocr;
  for (const Page& p : doc.pages) {
    std::string& list = p.ocr ? ocr : layer;
    list += (list.empty() ? "" : ", ") + std::to_string(p.number);
    if (!p.ocr) continue;
    for (const Diagnostic& d : doc.log.warnings())
      if (d.pass == "ingest" && d.where.page == p.number && d.message.find("OCR") != std::string::npos)
        ocr += " (" + d.message + ")";
  }
  return name + ": pages " + (layer.empty() ? "none" : layer) + " from the text layer; by OCR: " + (ocr.empty() ? "none" : ocr) +
         "\n";
}
}  // namespace

TEST_CASE("nothing unaccounted on the born-digital corpus, the text layers of the old scans, the seeds and fixtures",
          "[conservation][corpus]") {
  std::vector<std::string> inputs;
  for (const char* dir : {"/corpus/born_digital", "/corpus/scan_ocr", "/seeds"})
    for (const auto& e : fs::directory_iterator(shared_dir() + dir)) inputs.push_back(e.path().string());
  for (const auto& e : fs::recursive_directory_iterator(source_dir() + "/fixtures"))
    if (e.is_regular_file()) inputs.push_back(e.path().string());
  std::sort(inputs.begin(), inputs.end());
  std::size_t checked = 0, from_text_layer = 0;
  std::string sources;  // where each old scan's pages were read from, and why OCR read a page
  for (const std::string& path : inputs) {
    const Conversion c = pipeline().convert(fs::path(path).filename().string(), read_file(path));
    const bool ocr = std::any_of(c.document.pages.begin(), c.document.pages.end(), [](const Page& p) { return p.ocr; });
    if (path.find("/scan_ocr/") != std::string::npos) sources += page_sources(fs::path(path).filename().string(), c.document);
    // The old scans are checked where they are read from their text layer.
    if (path.find("/scan_ocr/") != std::string::npos && ocr) continue;
    from_text_layer += path.find("/scan_ocr/") != std::string::npos;
    INFO(path << "\n" << describe(c.conservation));
    CHECK(c.conservation.unaccounted.empty());
    CHECK(c.conservation.edits_unplaced == 0);
    CHECK(c.conservation.source_chars > 100);
    ++checked;
  }
  // 15 born-digital PDFs, 6 of the 7 old scans from their layer, 5 seeds,
  // 21 fixtures (four texts, Markdown, ten PDFs, four PDFs of notes under
  // a drawn rule, two scans).
  INFO("the old scans' pages by source (a font package installed since may change what OCR reads of a page "
       "drawn in fonts it does not embed):\n" << sources);
  CHECK(from_text_layer == 6);
  CHECK(checked == 15 + 6 + 5 + 21);
}

TEST_CASE("a word dropped from a paragraph is reported lost, with its page, line and word", "[conservation]") {
  const Checked k = convert_checked(fixture("pdf/sc_resolution.pdf"));
  REQUIRE(k.c.conservation.unaccounted.empty());
  Resolution res = k.c.resolution;
  RichText& text = res.operative.at(0).text;  // "Demands that all parties to the conflict immediately cease ..."
  const std::size_t at = text.text.find("immediately ");
  REQUIRE(at != std::string::npos);
  const Position expected = position_in(k.c.document, text, at);
  text.text.erase(at, 12);
  const ConservationReport r = recheck(k, k.c.document, res);
  INFO(describe(r));
  REQUIRE(r.unaccounted.size() == 1);
  const Discrepancy& d = r.unaccounted[0];
  CHECK(d.kind == DiscrepancyKind::lost);
  CHECK(d.stream == "text");
  CHECK(d.printed == "immediately");
  CHECK(d.where.page == expected.page);
  CHECK(d.where.line == expected.line);
}

TEST_CASE("two words swapped in a paragraph are reported out of order", "[conservation]") {
  const Checked k = convert_checked(fixture("pdf/sc_resolution.pdf"));
  Resolution res = k.c.resolution;
  RichText& text = res.operative.at(0).text;
  const std::size_t at = text.text.find("safe, rapid");
  REQUIRE(at != std::string::npos);
  const Position expected = position_in(k.c.document, text, at);
  text.text.replace(at, 11, "rapid, safe");
  const ConservationReport r = recheck(k, k.c.document, res);
  INFO(describe(r));
  REQUIRE(r.unaccounted.size() == 1);
  const Discrepancy& d = r.unaccounted[0];
  CHECK(d.kind == DiscrepancyKind::moved);
  CHECK(d.printed.find("safe, rapid") != std::string::npos);
  CHECK(d.output.find("rapid, safe") != std::string::npos);
  CHECK(d.where.page == expected.page);
  CHECK(d.where.line == expected.line);
}

TEST_CASE("a running head's text put into a paragraph is reported added: its line was logged as removed",
          "[conservation]") {
  const Checked k = convert_checked(fixture("pdf/sc_resolution.pdf"));
  std::string head;
  for (const Edit& e : k.c.document.log.edits())
    if (e.kind == "remove_running_head") head = e.before;
  REQUIRE(head == "S/RES/2999 (2026)");
  Resolution res = k.c.resolution;
  RichText& text = res.operative.at(2).text;  // "Encourages Member States to contribute ..."
  const std::size_t at = text.text.find(" to contribute");
  REQUIRE(at != std::string::npos);
  const Position expected = position_in(k.c.document, text, at);
  text.text.insert(at, " " + head);
  const ConservationReport r = recheck(k, k.c.document, res);
  INFO(describe(r));
  REQUIRE(r.unaccounted.size() == 1);
  const Discrepancy& d = r.unaccounted[0];
  CHECK(d.kind == DiscrepancyKind::added);
  CHECK(d.output.find("S/RES/2999 (2026)") != std::string::npos);
  CHECK(d.printed.find("States") != std::string::npos);  // the printed word it follows
  CHECK(d.where.page == expected.page);
  CHECK(d.where.line == expected.line);
}

TEST_CASE("a word a pass changes without an edit is reported changed, logged ones are not", "[conservation]") {
  Checked k = convert_checked(fixture("pdf/sc_resolution.pdf"));
  Document doc = k.c.document;
  std::size_t b = 0;
  while (b < doc.blocks.size() && doc.blocks[b].text.find("Central Emergency") == std::string::npos) ++b;
  REQUIRE(b < doc.blocks.size());
  const std::size_t at = doc.blocks[b].text.find("Emergency");
  const Position expected = doc.position_in_block(b, at);
  SECTION("without an edit") {
    doc.blocks[b].replace(at, 9, "Emergence");
    const ConservationReport r = recheck(k, doc, recover_structure(doc));
    INFO(describe(r));
    REQUIRE(r.unaccounted.size() == 1);
    const Discrepancy& d = r.unaccounted[0];
    CHECK(d.kind == DiscrepancyKind::changed);
    CHECK(d.printed == "Emergency");
    CHECK(d.output == "Emergence");
    CHECK(d.where.page == expected.page);
    CHECK(d.where.line == expected.line);
  }
  SECTION("with its edit") {
    doc.blocks[b].replace(at, 9, "Emergence");
    doc.log.add(Edit{"test", "correct_word", expected, "Emergency", "Emergence", "a test", 1.0, std::nullopt});
    const ConservationReport r = recheck(k, doc, recover_structure(doc));
    INFO(describe(r));
    CHECK(r.unaccounted.empty());
    CHECK(r.edits_replayed == k.c.conservation.edits_replayed + 1);
  }
}

TEST_CASE("a line that leaves the text without a role edit is reported lost", "[conservation]") {
  Document doc = doc_from_text(
      "The General Assembly,\n\nRecalling its resolution 58/270,\n\n1. Decides to consider the question.\n\n"
      "2. Requests the Secretary-General to report.\n");
  const SourceText source = record_source(doc);
  run_passes(doc, {"normalize_text", "remove_furniture"});
  Line& line = doc.pages[0].lines[2];
  REQUIRE(line.text == "Recalling its resolution 58/270,");
  line.role = LineRole::furniture;  // as a pass would that forgot set_role
  run_passes(doc, {"collect_footnotes", "rejoin_hyphenated_lines", "unwrap_lines", "link_footnotes", "fix_typos"});
  const Resolution res = recover_structure(doc);
  const ConservationReport r = check_conservation(source, doc, res, write_text(res, {TextNotes::omit}));
  INFO(describe(r));
  REQUIRE(r.unaccounted.size() == 1);
  CHECK(r.unaccounted[0].kind == DiscrepancyKind::lost);
  CHECK(r.unaccounted[0].printed == "Recalling its resolution 58/270,");
  CHECK(r.unaccounted[0].where.line == 3);
}

TEST_CASE("each finding is a warning with its page, line and words", "[conservation]") {
  ConservationReport r;
  r.unaccounted.push_back({DiscrepancyKind::lost, "text", {2, 14, 0}, "immediately", "parties to the conflict cease", 11});
  EditLog log;
  warn_discrepancies(r, log);
  REQUIRE(log.warnings().size() == 1);
  CHECK(log.warnings()[0].pass == "conservation");
  CHECK(log.warnings()[0].where.page == 2);
  CHECK(log.warnings()[0].where.line == 14);
  CHECK(log.warnings()[0].message.find("\"immediately\" is printed but not in the output") != std::string::npos);
}
