// Replays every input saved in tests/data/fuzz/<target>/ (the crashes and
// hangs fuzzing found, each named after the bug) and the project's own
// fixtures through the fuzz targets: none may abort.
#include <catch2/catch.hpp>

#include <filesystem>

#include "fuzz/targets.hpp"
#include "support.hpp"

using namespace akn::test;
namespace fs = std::filesystem;

TEST_CASE("fuzz regressions: every saved input runs through its target without breaking an invariant", "[fuzz]") {
  std::size_t replayed = 0;
  for (const auto& t : akn::fuzz::targets()) {
    const fs::path dir = fs::path(source_dir()) / "tests/data/fuzz" / t.name;
    if (!fs::is_directory(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir)) {
      INFO(t.name << ": " << e.path().filename().string());
      t.run(read_file(e.path().string()));
      ++replayed;
    }
  }
  // Every saved input: 3 for akn_writer, 9 for report_entry. A new one
  // saved (a crash fuzzing found) is counted here too.
  CHECK(replayed == 12);
}

TEST_CASE("fuzz targets accept the fixtures and their truncations", "[fuzz]") {
  // Every prefix of a fixture at a few cut points: truncated downloads.
  auto cuts = [](const std::string& bytes) {
    std::vector<std::string> out;
    for (std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{16}, bytes.size() / 3, bytes.size() / 2, bytes.size()})
      out.push_back(bytes.substr(0, std::min(n, bytes.size())));
    return out;
  };
  // Page images of the PDF and scan fixtures, whole and cut, turned every way.
  for (const char* f : {"/fixtures/pdf/sc_resolution.pdf", "/fixtures/scan/sc_resolution_g4.tif"})
    for (const std::string& b : cuts(read_file(source_dir() + f)))
      for (char lead : {'\0', '\1', '\6', '\37'}) akn::fuzz::page_images(std::string(1, lead) + b);
  for (const char* f : {"/fixtures/text/archives_wrapped_cp1252.txt", "/fixtures/markdown/human_rights_education.md"})
    for (const std::string& b : cuts(read_file(source_dir() + f))) {
      akn::fuzz::text_pipeline(std::string(1, '\0') + b);  // as text
      akn::fuzz::text_pipeline(std::string(1, '\1') + b);  // as Markdown
    }
  for (const char* f : {"/fixtures/pdf/sc_resolution.pdf", "/fixtures/pdf/ga_parts.pdf"})
    for (const std::string& b : cuts(read_file(source_dir() + f))) akn::fuzz::pdf_pipeline(b);
  static const char kFields[] = "A/RES/1/1\0General Assembly\0" "1/1\0Title\0The General Assembly,\0" "1\0A note\0R\0D\0";
  akn::fuzz::akn_writer(std::string_view(kFields, sizeof kFields - 1));
  // Control characters, markup, bytes that are not UTF-8, a CDATA end.
  static const char kHostile[] = "\x01\x02<&>\0\xff\xfe\0]]>\0";
  akn::fuzz::akn_writer(std::string_view(kHostile, sizeof kHostile - 1));
}
