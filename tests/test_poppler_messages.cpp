// Poppler's messages in warnings: a PDF that pdfunite joined (a cut, two
// copies of one resolution) makes Poppler rebuild its cross-reference table
// ("xref num 38 not found but needed, try to reconstruct"). The warning names
// the page and says Poppler repaired it, in plain words: Poppler's escape of
// the newline that ends its message ("<0a>") is not shown to the user, and
// the pages still read as the original's.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "ingest/ingest.hpp"
#include "support.hpp"

using namespace akn;
using namespace akn::test;

TEST_CASE("Poppler's repair of a joined PDF is warned of in plain words and its pages read whole",
          "[pdf][corpus][ingest]") {
  namespace fs = std::filesystem;
  REQUIRE(have_program("pdfunite"));  // poppler-utils, installed by scripts/install-deps.sh
  const std::string src = shared_dir() + "/corpus/born_digital/A_80_L.11.pdf";
  REQUIRE(fs::exists(src));
  const fs::path dir = fs::temp_directory_path() / ("akn-poppler-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string twice = (dir / "twice.pdf").string();
  REQUIRE(std::system(("pdfunite '" + src + "' '" + src + "' '" + twice + "' 2>/dev/null").c_str()) == 0);

  const Document one = ingest("A_80_L.11.pdf", read_file(src), config().ingest);
  const Document two = ingest("twice.pdf", read_file(twice), config().ingest);
  fs::remove_all(dir);
  REQUIRE(two.pages.size() == 2 * one.pages.size());

  int damage = 0;
  for (const Diagnostic& w : two.log.warnings()) {
    if (w.message.find("Poppler") == std::string::npos) continue;
    INFO(w.message);
    ++damage;
    CHECK(w.message.find("<0a>") == std::string::npos);
    CHECK(w.message.find("repaired") != std::string::npos);
    CHECK(w.message.back() != ' ');
  }
  CHECK(damage >= 1);  // Poppler 22.12 rebuilds the table of such a file
  // Each page of the second copy reads as the same page of the first
  // (as read before cleanup, which treats a first page apart).
  int compared = 0;
  for (std::size_t p = 0; p < one.pages.size(); ++p) {
    const Page& a = two.pages[p];
    const Page& b = two.pages[p + one.pages.size()];
    REQUIRE(a.lines.size() == b.lines.size());
    for (std::size_t i = 0; i < a.lines.size(); ++i) CHECK(a.lines[i].text == b.lines[i].text);
    ++compared;
  }
  CHECK(compared == static_cast<int>(one.pages.size()));
}
