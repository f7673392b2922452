#include <catch2/catch.hpp>

#include "core/error.hpp"
#include "ingest/ingest.hpp"
#include "ingest/media.hpp"
#include "support.hpp"

using namespace akn;

TEST_CASE("Windows-1252 text is decoded without losing a character", "[ingest]") {
  std::string enc;
  const std::string out = decode_text("\x93Global Agenda\x94 \x96 caf\xE9 \x80", enc);
  CHECK(enc == "windows-1252");
  CHECK(out == "\u201CGlobal Agenda\u201D \u2013 caf\u00E9 \u20AC");
}

TEST_CASE("UTF-8 with a BOM and UTF-16 with a BOM are recognised", "[ingest]") {
  std::string enc;
  CHECK(decode_text("\xEF\xBB\xBFThe General Assembly,", enc) == "The General Assembly,");
  CHECK(enc == "utf-8 (with BOM)");
  const std::string utf16le("\xFF\xFEO\0k\0\x1C\x20", 8);
  CHECK(decode_text(utf16le, enc) == "Ok\u201C");
  CHECK(enc == "utf-16le");
}

TEST_CASE("form feeds split pages and lines keep their source line numbers", "[ingest]") {
  Document doc = ingest("x.txt", "first\nsecond\fthird\nfourth\n", IngestOptions{});
  REQUIRE(doc.pages.size() == 2);
  CHECK(doc.pages[0].lines.size() == 2);
  CHECK(doc.pages[1].number == 2);
  CHECK(doc.pages[1].lines[0].text == "third");
  CHECK(doc.pages[1].lines[1].source_line == 3);
}

// pdftotext ends every page, the last too, with a form feed: the one after
// the last page starts no page. A blank page inside the document is a page.
TEST_CASE("a final form feed followed by nothing or white space makes no page", "[ingest][dumps]") {
  CHECK(ingest("x.txt", "page one\n\fpage two\n\f", IngestOptions{}).pages.size() == 2);
  CHECK(ingest("x.txt", "page one\n\fpage two\n\f\n  \n", IngestOptions{}).pages.size() == 2);
  CHECK(ingest("x.txt", "page one\n\f\fpage three\n\f", IngestOptions{}).pages.size() == 3);
  CHECK(ingest("x.txt", "page one\n\fpage two\n", IngestOptions{}).pages.size() == 2);
  CHECK(ingest("x.txt", "page one\f", IngestOptions{}).pages.size() == 1);
}

TEST_CASE("a .txt written by a Markdown converter is read as Markdown", "[ingest]") {
  CHECK(detect_kind("a.txt", "# General Assembly\n\n*Recalling* its resolution<sup>1</sup>\n") == InputKind::markdown);
  CHECK(detect_kind("a.txt", "The General Assembly,\n\nRecalling its resolution 56/149,\n") == InputKind::text);
  CHECK(detect_kind("a.md", "anything") == InputKind::markdown);
  CHECK(detect_kind("a.doc", "anything") == InputKind::unsupported);
}

TEST_CASE("a PDF is recognised by its header whatever its name, or by its extension", "[ingest][pdf]") {
  CHECK(detect_kind("a.pdf", "%PDF-1.4\n") == InputKind::pdf);
  CHECK(detect_kind("download.txt", "%PDF-1.7\n%\xE2\xE3\n") == InputKind::pdf);
  CHECK(detect_kind("broken.PDF", "") == InputKind::pdf);
}

TEST_CASE("binary and empty inputs fail with a reason naming the file", "[ingest]") {
  try {
    (void)ingest("dump/bad.txt", std::string("abc\0def", 7), IngestOptions{});
    FAIL("expected a DocumentError");
  } catch (const DocumentError& e) {
    CHECK(e.file() == "dump/bad.txt");
    CHECK(std::string(e.what()).find("NUL") != std::string::npos);
  }
  CHECK_THROWS_AS(ingest("empty.txt", "  \n\n", IngestOptions{}), DocumentError);
  IngestOptions small;
  small.max_text_bytes = 10;
  CHECK_THROWS_AS(ingest("big.txt", std::string(100, 'a'), small), DocumentError);
}

// The module akn-ingest loads its PDF and image readers from (media.hpp).
TEST_CASE("the PDF and image module reads as the linked readers do and a module that cannot load is a typed error naming it", "[ingest][pdf]") {
  const std::string missing = "/nonexistent/libakn-ingest-media.so";
  CHECK_THROWS_AS(detail::MediaModule(missing), detail::ModuleError);
  try {
    detail::MediaModule module(missing);
  } catch (const detail::ModuleError& e) {
    CHECK(e.module() == missing);
    CHECK(std::string(e.what()).find(missing + " cannot be loaded") != std::string::npos);
  }
  // A library that is not the module: no table in it.
  CHECK_THROWS_AS(detail::MediaModule("libz.so.1"), detail::ModuleError);

  const detail::MediaModule module(AKN_MEDIA_MODULE_PATH);
  const std::string pdf = test::read_file(test::source_dir() + "/fixtures/pdf/ga_two_pages.pdf");
  const Document loaded = module.api().ingest_pdf("ga_two_pages.pdf", pdf, IngestOptions{});
  const Document linked = detail::media().ingest_pdf("ga_two_pages.pdf", pdf, IngestOptions{});
  REQUIRE(loaded.pages.size() == 2);
  REQUIRE(linked.pages.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    REQUIRE(loaded.pages[i].lines.size() == linked.pages[i].lines.size());
    for (std::size_t j = 0; j < linked.pages[i].lines.size(); ++j)
      CHECK(loaded.pages[i].lines[j].text == linked.pages[i].lines[j].text);
  }
  CHECK(linked.pages[0].lines.size() > 10);
  CHECK(module.api().ocr_system_name() == ocr_system_name());
  // A damaged PDF: the module's DocumentError is caught here by its type.
  CHECK_THROWS_AS(module.api().ingest_pdf("bad.pdf", "%PDF-1.4 nothing more", IngestOptions{}), DocumentError);
}
