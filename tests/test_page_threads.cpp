// The pages of one scan read on several threads (ocr.page_threads): what
// a batch's last document, or a single one, does with the cores no other
// document uses. The document must be the one read on one thread, and the
// threads must not multiply the cores' work.
#include <omp.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "ingest/ocr.hpp"
#include "runner/runner.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;
namespace fs = std::filesystem;

namespace {

// A scratch directory of this process, removed when the test ends.
struct Scratch {
  fs::path path = fs::temp_directory_path() / ("akn-test-page-threads-" + std::to_string(::getpid()));
  Scratch() { fs::create_directories(path); }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
};

// What libgomp lets Tesseract's parallel regions use on a thread that has
// just read a page: read on a thread of its own, like the threads that
// read a document's pages.
int omp_levels_after_reading_on_a_new_thread() {
  int levels = -1;
  std::thread reader([&levels] {
    std::vector<std::uint8_t> white(600 * 600, 255);
    OcrOptions options;
    options.languages = "eng";
    options.keep_hocr = false;
    (void)detail::recognize(detail::GreyImage{600, 600, 600, white.data()}, 300, 1, options);
    levels = omp_get_max_active_levels();
  });
  reader.join();
  return levels;
}

}  // namespace

// libgomp keeps max-active-levels per thread: set once per process, as it
// was, only the first thread that read a page ran Tesseract's parallel
// regions serially; the others each started an OpenMP team, and an
// 11-page scan read on two threads took 69 s, against 22 s on one. Two
// threads in turn: whichever read first, the second must be serial too.
TEST_CASE("every thread that reads pages runs Tesseract's OpenMP regions on itself alone", "[ocr]") {
  CHECK(omp_levels_after_reading_on_a_new_thread() == 0);
  CHECK(omp_levels_after_reading_on_a_new_thread() == 0);
}

// A four-page TIFF (the G4 a scanner writes) read on three threads: the
// same outputs, byte for byte, as on one thread; each page announced once.
TEST_CASE("a multi-page TIFF read on several threads is the document read on one", "[ocr][slow]") {
  const Scratch scratch;
  const std::string tif = (scratch.path / "four.tif").string();
  const std::string command = std::string("'") + AKN_MAKE_SCAN + "' --dpi 300 --binary --skew 0.3 --seed 5 '" + source_dir() +
                              "/fixtures/pdf/ga_four_pages.pdf' '" + tif + "' > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  const std::string bytes = read_file(tif);
  const Pipeline& p = pipeline();
  const Conversion one = p.convert("four.tif", bytes, {}, {}, 1);
  std::mutex m;
  std::vector<int> announced;
  const Conversion three = p.convert(
      "four.tif", bytes,
      [&](int page, int of) {
        const std::lock_guard<std::mutex> lock(m);
        CHECK(of == 4);
        announced.push_back(page);
      },
      {}, 3);
  REQUIRE(one.document.pages.size() == 4);
  REQUIRE(three.document.pages.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) CHECK(three.document.pages[i].number == static_cast<int>(i) + 1);
  CHECK(three.akn == one.akn);
  CHECK(three.text == one.text);
  CHECK(three.edits_json == one.edits_json);
  std::sort(announced.begin(), announced.end());
  CHECK(announced == std::vector<int>{1, 2, 3, 4});
  CHECK(one.validation_errors.empty());
}
