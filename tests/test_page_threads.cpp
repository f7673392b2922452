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
#include <exception>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/error.hpp"
#include "ingest/ocr.hpp"
#include "runner/runner.hpp"
#include "tests/process.hpp"
#include "tests/support.hpp"
#include "tests/warnings.hpp"

using namespace akn;
using namespace akn::test;
namespace fs = std::filesystem;

namespace {

// ga_four_pages.pdf scanned by akn-make-scan as a 4-page black-and-white
// TIFF at `dpi`, written in `dir`: its path.
std::string four_page_tiff(const fs::path& dir, int dpi) {
  const std::string tif = (dir / "four.tif").string();
  const std::string command = std::string("'") + AKN_MAKE_SCAN + "' --dpi " + std::to_string(dpi) + " --binary --seed 5 '" +
                              source_dir() + "/fixtures/pdf/ga_four_pages.pdf' '" + tif + "' > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  return tif;
}

// A TIFF's integers in its byte order ("II": little-endian, "MM": big).
struct TiffBytes {
  std::string bytes;
  bool little() const { return bytes.compare(0, 2, "II") == 0; }
  std::uint32_t get(std::size_t at, int width) const {
    std::uint32_t v = 0;
    for (int i = 0; i < width; ++i) {
      const auto byte = static_cast<std::uint8_t>(bytes.at(at + static_cast<std::size_t>(little() ? width - 1 - i : i)));
      v = (v << 8) | byte;
    }
    return v;
  }
  void put(std::size_t at, int width, std::uint32_t v) {
    for (int i = 0; i < width; ++i) {
      const int shift = 8 * (little() ? i : width - 1 - i);
      bytes.at(at + static_cast<std::size_t>(i)) = static_cast<char>((v >> shift) & 0xFF);
    }
  }
  // The byte offset of tag `tag`'s entry in the directory of page `page`
  // (0-based); fails the test when there is none.
  std::size_t entry(int page, std::uint32_t tag) const {
    std::size_t dir = get(4, 4);
    for (int p = 0; p < page; ++p) dir = get(dir + 2 + 12 * get(dir, 2), 4);
    for (std::size_t i = 0, n = get(dir, 2); i < n; ++i)
      if (get(dir + 2 + 12 * i, 2) == tag) return dir + 2 + 12 * i;
    FAIL("no tag " << tag << " on page " << page + 1);
    return 0;
  }
  // Writes directory `page` (0-based) again at the file's end with a LONG
  // entry `tag` = `value` added in tag order, and links the chain to it.
  void add_entry(int page, std::uint32_t tag, std::uint32_t value) {
    constexpr std::uint32_t kLong = 4;
    std::size_t link = 4;
    std::size_t dir = get(4, 4);
    for (int p = 0; p < page; ++p) {
      link = dir + 2 + 12 * get(dir, 2);
      dir = get(link, 4);
    }
    const std::size_t n = get(dir, 2);
    if (bytes.size() % 2 != 0) bytes.push_back('\0');
    const std::size_t at = bytes.size();
    bytes.resize(at + 2 + 12 * (n + 1) + 4);
    put(at, 2, static_cast<std::uint32_t>(n + 1));
    std::size_t out = at + 2;
    bool placed = false;
    const auto place = [&] {
      put(out, 2, tag);
      put(out + 2, 2, kLong);
      put(out + 4, 4, 1);
      put(out + 8, 4, value);
      out += 12;
      placed = true;
    };
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t entry = dir + 2 + 12 * i;
      if (!placed && get(entry, 2) > tag) place();
      bytes.replace(out, 12, bytes, entry, 12);
      out += 12;
    }
    if (!placed) place();
    put(out, 4, get(dir + 2 + 12 * n, 4));
    put(link, 4, static_cast<std::uint32_t>(at));
  }
};
constexpr std::uint32_t kBitsPerSample = 258, kStripOffsets = 273, kNewSubfileType = 254, kTileWidth = 322;

// A one-page TIFF in 8-bit grey, 256 x 256 pixels stored uncompressed in
// four tiles of 128 x 128, a checkerboard: what tiffcp -t writes.
std::string tiled_tiff() {
  constexpr std::uint32_t kSide = 256, kTile = 128, kTiles = 4, kEntries = 11, kShort = 3, kLong = 4;
  constexpr std::size_t kDir = 8, kOffsets = kDir + 2 + 12 * kEntries + 4, kCounts = kOffsets + 4 * kTiles,
                        kPixels = kCounts + 4 * kTiles;
  TiffBytes t{std::string(kPixels + kTiles * kTile * kTile, '\0')};
  t.bytes.replace(0, 2, "II");
  t.put(2, 2, 42);
  t.put(4, 4, kDir);
  t.put(kDir, 2, kEntries);
  const std::uint32_t entries[kEntries][4] = {
      {256, kShort, 1, kSide}, {257, kShort, 1, kSide}, {258, kShort, 1, 8},        {259, kShort, 1, 1},
      {262, kShort, 1, 1},     {277, kShort, 1, 1},     {284, kShort, 1, 1},        {322, kShort, 1, kTile},
      {323, kShort, 1, kTile}, {324, kLong, kTiles, kOffsets}, {325, kLong, kTiles, kCounts}};
  for (std::size_t i = 0; i < kEntries; ++i) {
    const std::size_t at = kDir + 2 + 12 * i;
    t.put(at, 2, entries[i][0]);
    t.put(at + 2, 2, entries[i][1]);
    t.put(at + 4, 4, entries[i][2]);
    t.put(at + 8, entries[i][1] == kShort ? 2 : 4, entries[i][3]);
  }
  for (std::uint32_t k = 0; k < kTiles; ++k) {
    t.put(kOffsets + 4 * k, 4, static_cast<std::uint32_t>(kPixels) + k * kTile * kTile);
    t.put(kCounts + 4 * k, 4, kTile * kTile);
  }
  for (std::size_t i = kPixels; i < t.bytes.size(); ++i) {
    const std::size_t x = (i - kPixels) % kTile, y = (i - kPixels) / kTile % kTile;
    t.bytes[i] = ((x / 16 + y / 16) % 2 != 0) ? '\xff' : '\0';
  }
  return t.bytes;
}

// A one-page TIFF in 24-bit colour, `side` x `side` pixels, white, in
// PackBits runs of 128 bytes: a few MB that decode to side^2 x 4 bytes.
[[maybe_unused]] std::string white_colour_tiff(std::uint32_t side) {  // unused in sanitizer builds
  constexpr std::uint32_t kEntries = 11, kShort = 3, kLong = 4, kRun = 128;
  const std::uint32_t row_bytes = side * 3, runs = (row_bytes + kRun - 1) / kRun;
  std::string row;
  for (std::uint32_t r = 0, left = row_bytes; r < runs; ++r, left -= std::min(left, kRun)) {
    row += static_cast<char>(1 - static_cast<int>(std::min(left, kRun)));  // repeat the next byte this many times
    row += '\xff';
  }
  constexpr std::size_t kDir = 8, kDepth = kDir + 2 + 12 * kEntries + 4, kPixels = kDepth + 6;
  TiffBytes t{std::string(kPixels, '\0')};
  t.bytes.replace(0, 2, "II");
  t.put(2, 2, 42);
  t.put(4, 4, kDir);
  t.put(kDir, 2, kEntries);
  for (std::size_t k = 0; k < 3; ++k) t.put(kDepth + 2 * k, 2, 8);
  const auto strip = static_cast<std::uint32_t>(row.size()) * side;
  const std::uint32_t entries[kEntries][4] = {
      {256, kLong, 1, side},        {257, kLong, 1, side},  {258, kShort, 3, static_cast<std::uint32_t>(kDepth)},
      {259, kShort, 1, 32773},      {262, kShort, 1, 2},    {273, kLong, 1, static_cast<std::uint32_t>(kPixels)},
      {277, kShort, 1, 3},          {278, kLong, 1, side},  {279, kLong, 1, strip},
      {284, kShort, 1, 1},          {296, kShort, 1, 1}};
  for (std::size_t i = 0; i < kEntries; ++i) {
    const std::size_t at = kDir + 2 + 12 * i;
    t.put(at, 2, entries[i][0]);
    t.put(at + 2, 2, entries[i][1]);
    t.put(at + 4, 4, entries[i][2]);
    t.put(at + 8, entries[i][1] == kShort && entries[i][2] == 1 ? 2 : 4, entries[i][3]);
  }
  t.bytes.reserve(kPixels + row.size() * side);
  for (std::uint32_t y = 0; y < side; ++y) t.bytes += row;
  return t.bytes;
}

// The text of a page's lines as read, one line each.
std::string page_text(const Page& page) {
  std::string out;
  for (const Line& line : page.lines) out += line.text + "\n";
  return out;
}

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
    try {
      (void)detail::recognize(detail::GreyImage{600, 600, 600, white.data()}, 300, 1, options);
      levels = omp_get_max_active_levels();
    } catch (const std::exception&) {
      levels = -2;  // no engine (the model missing): the check fails, the run goes on
    }
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
  const TempDir scratch;
  const std::string bytes = read_file(four_page_tiff(scratch.path, 300));
  const Pipeline& p = pipeline();
  const Conversion one = p.convert("four.tif", bytes, {}, {}, 1);
  std::mutex m;
  std::vector<int> announced;
  std::set<std::thread::id> readers;
  const Conversion three = p.convert(
      "four.tif", bytes,
      [&](int page, int of) {
        const std::lock_guard<std::mutex> lock(m);
        CHECK(of == 4);
        announced.push_back(page);
        readers.insert(std::this_thread::get_id());
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
  CHECK(readers.size() >= 2);  // read in parallel, not in turn
  CHECK(one.validation_errors.empty());
}

// A TIFF whose page 2 cannot be decoded (its strips point past the file's
// end): the error names the file and page 2, on one thread or three, and
// the pages after it are not read (a long TIFF's damage was found only
// after every page had been read, found by a review).
TEST_CASE("a multi-page TIFF with a damaged page names that page, however many threads read it", "[ocr][slow]") {
  const TempDir scratch;
  // Page 2's one strip offset moved past the file's end.
  TiffBytes tiff{read_file(four_page_tiff(scratch.path, 150))};
  const std::size_t strips = tiff.entry(1, kStripOffsets);
  REQUIRE(tiff.get(strips + 4, 4) == 1);
  tiff.put(strips + 8, 4, static_cast<std::uint32_t>(tiff.bytes.size() + 4096));
  const std::string& bytes = tiff.bytes;
  std::size_t ran = 0;
  for (const int threads : {1, 3}) {
    CAPTURE(threads);
    std::mutex m;
    std::set<int> announced;
    try {
      (void)pipeline().convert(
          "damaged.tif", bytes,
          [&](int page, int) {
            const std::lock_guard<std::mutex> lock(m);
            announced.insert(page);
          },
          {}, threads);
      FAIL("a damaged page was read");
    } catch (const DocumentError& e) {
      CHECK(e.page() == 2);
      CHECK(std::string(e.what()).find("damaged.tif") != std::string::npos);
      CHECK(std::string(e.what()).find("page 2") != std::string::npos);
    }
    if (threads == 1) CHECK(announced == std::set<int>{1, 2});  // page 3 and 4 never begun
    ++ran;
  }
  CHECK(ran == 2);
}

// Each thread that reads pages needs its own engine and images: under a
// worker's memory limit a 4-page TIFF that converts on one thread ran out
// of memory on three (320 MB, found by a review), and failed again on
// every rerun. The batch gives a document no more page threads than its
// memory limit has room for (kMemoryPerPageThreadMb in runner/batch.cpp).
// Sanitizer builds apply no memory limit: there the run shows nothing.
TEST_CASE("a batch gives a scan no more page threads than the memory limit has room for", "[ocr][slow][batch]") {
  const TempDir scratch;
  const fs::path in = scratch.path / "in";
  fs::create_directories(in);
  (void)four_page_tiff(in, 300);
  const fs::path out = scratch.path / "out";
  const std::string run = std::string("'") + AKN_BINARY + "' -q -j 3 --memory-limit 320 --lang eng --out '" + out.string() +
                          "' '" + in.string() + "' > /dev/null 2>&1";
  CHECK(std::system(run.c_str()) == 0);
  const std::string report = read_file((out / "report.json").string());
  CHECK(report.find("\"status\": \"ok\"") != std::string::npos);
}

// Leptonica stops at the first page whose directory it cannot read: a TIFF
// cut short, or one whose page 2 has no strips, read as a shorter
// document with status ok (found by an attack: 4 pages became 1, quality
// 0.95, no warning). The chain of directories names the pages: one named
// and not read is a damaged page, named in the error.
TEST_CASE("a TIFF cut short or with a page missing its strips is damaged, not a shorter document", "[ocr]") {
  const TempDir scratch;
  const std::string bytes = read_file(four_page_tiff(scratch.path, 100));
  // Page 2's StripOffsets tag renamed to a private tag: no strips.
  TiffBytes nostrips{bytes};
  nostrips.put(nostrips.entry(1, kStripOffsets), 2, 65000);
  const struct {
    const char* name;
    std::string bytes;
  } cases[] = {{"cut.tif", bytes.substr(0, bytes.size() * 3 / 5)}, {"nostrips.tif", nostrips.bytes}};
  std::size_t ran = 0;
  for (const auto& c : cases) {
    CAPTURE(c.name);
    try {
      (void)pipeline().convert(c.name, c.bytes);
      FAIL("a damaged TIFF converted");
    } catch (const DocumentError& e) {
      CHECK(std::string(e.what()).find("damaged TIFF: page ") != std::string::npos);
      CHECK(e.page() >= 2);
      CHECK(e.file() == c.name);
    }
    ++ran;
  }
  CHECK(ran == 2);
  // The whole file reads as its four pages.
  CHECK(pipeline().convert("four.tif", bytes).document.pages.size() == 4);
}

// A TIFF may hold, besides its pages, reduced-resolution copies of them
// (thumbnails, marked by NewSubfileType), which Leptonica reads as pages
// like any other: each page's text came twice, the second time garbled
// at a thumbnail's resolution, with no warning (found by a review). They
// are no pages: skipped, each with a warning.
TEST_CASE("a TIFF's reduced-resolution copy of a page is not read as a page", "[ocr]") {
  const TempDir scratch;
  const std::string bytes = read_file(four_page_tiff(scratch.path, 100));
  TiffBytes thumb{bytes};
  thumb.add_entry(1, kNewSubfileType, 1);  // directory 2: a reduced copy
  const Conversion whole = pipeline().convert("four.tif", bytes);
  const Conversion skipped = pipeline().convert("thumb.tif", thumb.bytes);
  REQUIRE(whole.document.pages.size() == 4);
  REQUIRE(skipped.document.pages.size() == 3);
  CHECK(page_text(skipped.document.pages[1]) == page_text(whole.document.pages[2]));
  CHECK(has_warning(skipped.document, "directory 2 of the TIFF is a reduced-resolution copy of a page"));
  // A page marked as one page of many (NewSubfileType 2) is a page.
  TiffBytes paged{bytes};
  paged.add_entry(1, kNewSubfileType, 2);
  CHECK(pipeline().convert("paged.tif", paged.bytes).document.pages.size() == 4);
}

// Found by a review of the above: the walk over the directories stopped
// after ingest.max_pages + 1 directories, thumbnails counted, so a later
// thumbnail was read as a page (or the page limit refused a file within
// it); a thumbnail Leptonica cannot read failed the document; and the
// review's page images still took directory N for page N (four images for
// three pages, the boxes of pages 2 and 3 over the wrong ones).
TEST_CASE("a TIFF's thumbnails are no pages past the page limit's count, unreadable or in the review's images", "[ocr]") {
  const TempDir scratch;
  const std::string bytes = read_file(four_page_tiff(scratch.path, 100));
  TiffBytes thumbs{bytes};
  thumbs.add_entry(1, kNewSubfileType, 1);
  thumbs.add_entry(3, kNewSubfileType, 1);  // page, thumbnail, page, thumbnail
  PipelineConfig two_pages = akn::test::config();
  two_pages.ingest.max_pages = 2;
  const Conversion c = Pipeline(two_pages).convert("thumbs.tif", thumbs.bytes);
  CHECK(c.document.pages.size() == 2);
  CHECK(has_warning(c.document, "directory 4 of the TIFF is a reduced-resolution copy"));
  // A thumbnail Leptonica cannot read (3 bits a sample) is skipped too.
  TiffBytes odd{bytes};
  odd.add_entry(1, kNewSubfileType, 1);
  odd.put(odd.entry(1, kBitsPerSample) + 8, 2, 3);
  const Conversion skipped = pipeline().convert("odd.tif", odd.bytes);
  CHECK(skipped.document.pages.size() == 3);
  CHECK(has_warning(skipped.document, "directory 2 of the TIFF is a reduced-resolution copy of a page or a mask, which "
                                      "Leptonica cannot read"));
  // The review draws the three pages, each of a page's size.
  std::vector<PageImage> images;
  RenderOptions render;
  render.width = 200;
  render_pages("thumbs.tif", odd.bytes, render, [&](PageImage image) { images.push_back(std::move(image)); });
  CHECK(images.size() == 3);
}

// Leptonica reads no TIFF stored in tiles: such a file was called damaged
// (found by a review), and an archivist would look for a broken file
// where a conversion to strips is all it needs.
TEST_CASE("a TIFF stored in tiles is unsupported, named with its page, not damaged", "[ocr]") {
  const TempDir scratch;
  TiffBytes tiled{read_file(four_page_tiff(scratch.path, 100))};
  tiled.add_entry(2, kTileWidth, 128);
  try {
    (void)pipeline().convert("tiled.tif", tiled.bytes);
    FAIL("a tiled TIFF converted");
  } catch (const DocumentError& e) {
    CHECK(std::string(e.what()).find("unsupported TIFF: page 3 is stored in tiles") != std::string::npos);
    CHECK(e.page() == 3);
  }
  // A file whose tiles are all there, as tiffcp writes it: Leptonica reads
  // its directory, not its image.
  try {
    (void)pipeline().convert("whole-tiles.tif", tiled_tiff());
    FAIL("a tiled TIFF converted");
  } catch (const DocumentError& e) {
    CHECK(std::string(e.what()).find("unsupported TIFF: page 1 is stored in tiles") != std::string::npos);
    CHECK(e.page() == 1);
  }
}

// Leptonica returns no image when it has no memory to decode one: under a
// worker's memory limit a sound 600-dpi colour page was reported as "damaged
// TIFF: page 1 cannot be read" and not retried (found by a review). It is
// out of memory on that page, with the limit named, and retried next run.
// Sanitizer builds apply no memory limit.
#if !defined(__SANITIZE_ADDRESS__)
TEST_CASE("a page with no room to decode it under the memory limit is out of memory, not damaged", "[ocr][batch]") {
  const TempDir scratch;
  const fs::path in = scratch.path / "in", out = scratch.path / "out";
  fs::create_directories(in);
  write(in / "big.tif", white_colour_tiff(9000));  // 81 million pixels: 324 MB decoded
  const std::string run = std::string("'") + AKN_BINARY + "' -q -j 1 --memory-limit 256 --lang eng --out '" + out.string() +
                          "' '" + in.string() + "' > /dev/null 2>&1";
  (void)std::system(run.c_str());
  const std::string report = read_file((out / "report.json").string());
  INFO(report);
  CHECK(report.find("\"reason\": \"out of memory (the limit per worker is 256 MB") != std::string::npos);
  CHECK(report.find("\"page\": 1") != std::string::npos);
  CHECK(report.find("\"retry\": true") != std::string::npos);
  CHECK(report.find("damaged") == std::string::npos);
}
#endif

// The threads a scan's pages are read on fit the worker's memory limit as
// the pages' size and depth need: one thread a 512 MB of the limit, as
// the batch gives them, ran a 4096 MB worker out of memory on eight A3
// colour pages at 600 dpi (70 million pixels each), found by a review.
TEST_CASE("the threads that read pages are as many as their pages leave room for", "[ocr]") {
  const double a4_300 = 2480.0 * 3508, a3_600 = 7016.0 * 9921;
  // No limit: as many as asked.
  CHECK(detail::page_readers_in_room(7, a3_600, detail::PageDepth::colour, {}) == 7);
  // Small black-and-white pages: as many as asked.
  CHECK(detail::page_readers_in_room(7, a4_300, detail::PageDepth::binary, {4096, 300}) == 7);
  // Large pages: fewer, and fewer in colour than in grey.
  const std::size_t grey = detail::page_readers_in_room(7, a3_600, detail::PageDepth::grey, {4096, 600});
  const std::size_t colour = detail::page_readers_in_room(7, a3_600, detail::PageDepth::colour, {4096, 600});
  CHECK(colour < grey);
  CHECK(detail::page_readers_in_room(7, a3_600, detail::PageDepth::grey, {2048, 600}) < grey);
  CHECK(colour >= 2);  // measured: 3 such threads fit under 4096 MB
  // No room left: the caller reads alone.
  CHECK(detail::page_readers_in_room(7, a4_300, detail::PageDepth::binary, {512, 500}) == 1);
  CHECK(detail::page_readers_in_room(0, a4_300, detail::PageDepth::binary, {}) == 1);
}
