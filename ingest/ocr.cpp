// OCR with Tesseract's C++ API on Leptonica images. See ocr.hpp.
#include "ingest/ocr.hpp"

#include <leptonica/allheaders.h>
#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <exception>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <set>
#include <sys/resource.h>
#include <unistd.h>
#include <thread>
#include <stdexcept>
#include <system_error>
#include <utility>

#include "core/bidi.hpp"
#include "core/digits.hpp"
#include "core/error.hpp"
#include "core/language.hpp"
#include "core/ocr_confusions.hpp"
#include "core/regex.hpp"
#include "core/un_patterns.hpp"
#include "ingest/doubtful_lines.hpp"
#include "ingest/ingest_detail.hpp"
#include "core/text.hpp"
#include "ingest/leptonica_ptr.hpp"
#include "ingest/merged_rows.hpp"
#include "ingest/rotate.hpp"
#include "ingest/scan_rules.hpp"
#include "ingest/underlines.hpp"
#include "ingest/white_bands.hpp"

namespace akn::detail {

namespace {

struct TextDeleter {
  void operator()(char* p) const { delete[] p; }
};
using TessText = std::unique_ptr<char, TextDeleter>;

// The engine of this thread: initialised once per language set and reused.
struct Engine {
  tesseract::TessBaseAPI api;
  std::string languages;
};

// Leptonica's image data, allocated with every memory page of the block
// written once (kPageBytes apart, and the last byte) before Leptonica
// touches it. Leptonica's first touch of a new image is pixSetPadBits'
// read-and-write of each row's last word: on memory the process never
// used, the read maps the kernel's shared zero page and the write faults a
// second time to replace it, and while other threads read pages on other
// cores, each such fault waits for every core to drop the page from its
// TLB. A 6-page TIFF read on two threads spent 4 s of 17 in the kernel so
// (3.4 s of it in those flushes); a write first takes one plain fault.
constexpr std::size_t kPageBytes = 4096;

void* image_alloc(std::size_t bytes) {
  auto* block = static_cast<unsigned char*>(std::malloc(bytes));
  if (!block || bytes == 0) return block;
  volatile unsigned char* touch = block;
  for (std::size_t at = 0; at < bytes; at += kPageBytes) touch[at] = 0;
  touch[bytes - 1] = 0;
  return block;
}

// Leptonica reports failures on stderr; ours go to the document's report.
void quiet_leptonica() {
  static std::once_flag once;
  std::call_once(once, [] {
    setMsgSeverity(L_SEVERITY_NONE);
    setPixMemoryManager(image_alloc, [](void* block) { std::free(block); });
  });
}

// The engine of this thread for `languages` ("eng", "rus", "osd"): each
// language set is initialised once per thread and kept (a document in
// auto mode may need two, and OSD a third).
Engine& engine_for(const std::string& languages) {
  thread_local std::vector<std::unique_ptr<Engine>> engines;
  for (auto& e : engines)
    if (e->languages == languages) return *e;
  // Tesseract's OpenMP threads would compete with the batch's workers for
  // the cores (a page is several times slower with them): its parallel
  // regions run on one thread. libgomp keeps max-active-levels per thread
  // (a task ICV since GCC 11): set once in every thread that reads pages,
  // not once per process, or the threads that read one document's pages in
  // parallel each start an OpenMP team (an 11-page scan read on 2 threads
  // took 69 s, against 22 s on one).
  thread_local const bool serial = [] {
    omp_set_max_active_levels(0);
    return true;
  }();
  (void)serial;
  auto fresh = std::make_unique<Engine>();
  fresh->languages = languages;
  if (fresh->api.Init(nullptr, languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0)
    throw EnvironmentError("Tesseract cannot be initialised for the languages \"" + languages +
                               "\" (is each tesseract-ocr-<lang> installed?)");
  fresh->api.SetPageSegMode(tesseract::PSM_AUTO);
  fresh->api.SetVariable("debug_file", "/dev/null");  // no progress chatter on stderr
  engines.push_back(std::move(fresh));
  return *engines.back();
}

Edit page_edit(std::string kind, int page, std::string reason, double confidence) {
  return Edit{"ocr_preprocess", std::move(kind), Position{page, 0, 0}, "", "", std::move(reason), confidence, std::nullopt};
}

std::size_t count_on(Pix* binary) {
  l_int32 n = 0;
  pixCountPixels(binary, &n, nullptr);
  return static_cast<std::size_t>(n);
}

// How preprocessing turned the image (OcrPage's fields).
struct Turns {
  int quarter_turns = 0;
  double deskew_degrees = 0;
  std::vector<std::string> steps_skipped;  // OcrPage::steps_skipped
};

// An image that declares no resolution (a PNG without pHYs, a crop) is
// given the one at which its text has the x-height of body type: the median
// height of its marks of letter size is taken as the x-height. Tesseract
// told 300 dpi of a 100-dpi crop drops its italic words as specks
// ("Ri izing that the ives" for "Recognizing that the representatives").
constexpr double kBodyXHeightPoints = 5.0;  // 11-12 pt type, x-height 0.43 to 0.45 em
constexpr int kAssumedDpi = 300;            // when the image has too few marks to measure
constexpr int kLeastDpi = 70, kMostDpi = 600;
// A skew is corrected when a line drifts across the page's width by at
// least this share of the x-height.
constexpr double kSkewDriftShare = 0.5;
// Specks removed (despeckle): marks no bigger than this each way, in mm.
constexpr double kSpeckMm = 0.2;
// Orientation is measured first on the page reduced 2 x 2 (rank
// reduction, from kOrientReduceDpi: about 150 dpi, a quarter of the work).
// A page that measure finds upright is upright. One it cannot decide is
// measured again at full resolution only when its type is small there: the
// measure counts ascenders and descenders, and where the median height of
// the page's letter marks (median_mark_height: about 0.7 em, capitals and
// ascenders included) is at least kOrientReducedMarkHeight pixels on the
// reduced image, the reduced measure saw them, and the page was undecided
// for too little text. The median mark is in fact a lowercase letter of
// x-height: 11 to 12 pt body type scanned at 300 dpi measures 10 on the
// reduced image (all five bench scans), so this skips the full measure only
// for larger type. Where it is not skipped the full measure does add
// evidence (the bench scan sc_resolution-2, three lines: no confidence on
// the reduced page, upright 8.3 on the full one; the G4 fixture's upside-down
// page 2, as few lines: none, then -7.9, the lean on which its reading is
// turned), and it is made cheap
// instead: it reads the page without its long white bands
// (white_bands.hpp), the same confidences for 17% of that page's area.
// A page the reduced measure would turn is measured again, and turned only
// on the full measure.
constexpr int kOrientReduceDpi = 250;
constexpr int kOrientReducedMarkHeight = 12;

// The median height in pixels of the marks of letter size on a binary
// image (about the x-height of its body type); 0 when there are too few.
// `known`, when given, holds the boxes of the image's 8-connected marks
// measured before it was turned `quarter_turns` (a quarter turn swaps each
// box's width and height).
int median_mark_height(Pix* binary, Boxa* known = nullptr, int quarter_turns = 0) {
  BoxaPtr measured(known ? nullptr : pixConnCompBB(binary, 8));
  Boxa* boxes = known ? known : measured.get();
  if (!boxes) return 0;
  std::vector<int> heights;
  for (l_int32 i = 0; i < boxaGetCount(boxes); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h);
    if (quarter_turns % 2 == 1) std::swap(w, h);
    if (h >= 4 && w >= 2 && w <= 3 * h && h <= pixGetHeight(binary) / 8) heights.push_back(h);
  }
  if (heights.size() < 50) return 0;
  std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
  return heights[heights.size() / 2];
}

int estimate_dpi(Pix* pix, int& x_height) {
  x_height = 0;
  PixPtr grey(pixGetDepth(pix) == 1 ? pixClone(pix) : pixConvertTo8(pix, 0));
  PixPtr binary(grey && pixGetDepth(grey.get()) == 8 ? pixConvertTo1(grey.get(), 128) : grey ? pixClone(grey.get()) : nullptr);
  if (binary) x_height = median_mark_height(binary.get());
  if (x_height == 0) return kAssumedDpi;
  return std::clamp(static_cast<int>(std::lround(x_height * 72.0 / kBodyXHeightPoints)), kLeastDpi, kMostDpi);
}

// Leptonica's orientation measure counts ascenders against descenders,
// which Latin lowercase has in that proportion and Cyrillic does not
// (most of its lowercase letters have neither, and р, у, д, ф, ц, щ
// descend): a Russian page reads "upside down" to it. A page it would turn
// over is turned only when Tesseract's own orientation detection (OSD, by
// the shapes of the script's letters) does not find it upright with at
// least kUprightConfidence.
constexpr float kUprightConfidence = 2.0f;

// Whether OSD finds the page image upright with confidence; false when OSD
// is not installed or cannot tell.
bool osd_finds_upright(Pix* pix, int dpi, float& confidence) {
  Engine* osd = nullptr;
  try {
    osd = &engine_for("osd");
  } catch (const EnvironmentError&) {
    return false;
  }
  osd->api.SetPageSegMode(tesseract::PSM_OSD_ONLY);
  osd->api.SetImage(pix);
  osd->api.SetSourceResolution(dpi);
  int degrees = -1;
  float script_confidence = 0;
  const char* name = nullptr;
  confidence = 0;
  const bool found = osd->api.DetectOrientationScript(&degrees, &confidence, &name, &script_confidence);
  osd->api.Clear();
  return found && degrees == 0 && confidence >= kUprightConfidence;
}

// Whether any ink of `binary` reaches its outermost rows or columns: a
// border is a mark touching the edge, so a page without ink there has none
// (what pixRemoveBorderConnComps would take is empty), and the search for
// it, a fill of the whole page, is skipped. Four rows of pixels are read.
bool ink_on_edge(Pix* binary) {
  const l_int32 w = pixGetWidth(binary), h = pixGetHeight(binary);
  const std::array<std::array<l_int32, 4>, 4> edges{{{0, 0, w, 1}, {0, h - 1, w, 1}, {0, 0, 1, h}, {w - 1, 0, 1, h}}};
  for (const auto& [x, y, ew, eh] : edges) {
    LeptonicaBoxPtr box(boxCreate(x, y, ew, eh));
    PixPtr strip(box ? pixClipRectangle(binary, box.get(), nullptr) : nullptr);
    l_int32 empty = 0;
    if (!strip || pixZero(strip.get(), &empty) != 0 || empty == 0) return true;
  }
  return false;
}

// The grey levels of the page's background: the 5% and 95% ranks of the
// background of its tiles of `tile` pixels; false when it cannot be measured.
bool background_range(Pix* grey, int tile, l_uint32& low, l_uint32& high) {
  Pix* map_raw = nullptr;
  if (pixGetBackgroundGrayMap(grey, nullptr, tile, tile, 100, tile * tile / 3, &map_raw) != 0 || !map_raw) return false;
  PixPtr map(map_raw);
  pixGetRankValue(map.get(), 1, 0.05f, &low);
  pixGetRankValue(map.get(), 1, 0.95f, &high);
  return true;
}

// Binarisation is wanted where the background's levels (tiles of a quarter
// inch) differ by more than kUnevenBackground. A page of at least
// kHalvedBackgroundDpi is first measured at half its resolution (2 x 2
// pixels averaged, tiles of the same quarter inch: a quarter of the pixels
// to sort); where the levels there differ by at most kFlatBackground, half
// the step, the background is flat and the full measure (1.9% of the CPU
// of the bench scans) is not taken. Otherwise the full measure decides, as
// before, and gives the levels the edit states.
constexpr l_uint32 kUnevenBackground = 40;
constexpr l_uint32 kFlatBackground = kUnevenBackground / 2;
constexpr int kHalvedBackgroundDpi = 200;

// Whether the background of the grey page is uneven; `why` says how.
bool uneven_background(Pix* grey, int dpi, std::string& why) {
  l_uint32 low = 0, high = 0;
  PixPtr halved(dpi >= kHalvedBackgroundDpi ? pixScaleAreaMap2(grey) : nullptr);
  if (halved && background_range(halved.get(), std::max(8, dpi / 8), low, high) && high <= low + kFlatBackground)
    return false;
  if (!background_range(grey, std::max(16, dpi / 4), low, high) || high <= low + kUnevenBackground) return false;
  why = "the background varies from grey level " + std::to_string(low) + " to " + std::to_string(high);
  return true;
}

// The largest speck, in pixels each way (see the despeckle step).
int speck_most(int dpi) { return std::max(1, static_cast<int>(std::floor(dpi * kSpeckMm / 25.4))); }

// Specks of at most kSpeckBoxOneMark pixels each way are removed from the
// boxes of the page's marks, in one pass that also gives the x-height
// (median_mark_height): every ink pixel inside a box so small touches
// every other, so it is the speck's own, and the speck is erased pixel by
// pixel in its box. Leptonica's size selection built an image of every
// mark, and the mask of the specks was applied over the whole page (with
// the x-height's own pass, 1.1% of the CPU of the bench scans).
constexpr int kSpeckBoxOneMark = 2;

// Erases from `binary` and `work` (grey or the same binary) the marks of
// `binary` no bigger than speck_most(dpi) <= kSpeckBoxOneMark each way,
// with an edit; the boxes of all the marks found, specks included.
BoxaPtr remove_specks(Pix* binary, Pix* work, int page, int dpi, std::vector<Edit>& edits) {
  const int most = speck_most(dpi);
  BoxaPtr boxes(pixConnCompBB(binary, 8));
  if (!boxes) return boxes;
  const bool grey = pixGetDepth(work) == 8;
  l_uint32* bits = pixGetData(binary);
  const l_int32 bits_wpl = pixGetWpl(binary);
  l_uint32* grey_data = grey ? pixGetData(work) : nullptr;
  const l_int32 grey_wpl = grey ? pixGetWpl(work) : 0;
  int n = 0;
  for (l_int32 i = 0; i < boxaGetCount(boxes.get()); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h);
    if (w > most || h > most) continue;
    ++n;
    for (l_int32 row = y; row < y + h; ++row)
      for (l_int32 col = x; col < x + w; ++col) {
        l_uint32* line = bits + static_cast<std::ptrdiff_t>(row) * bits_wpl;
        if (!GET_DATA_BIT(line, col)) continue;
        CLEAR_DATA_BIT(line, col);  // in work too when it is the same image
        if (grey) SET_DATA_BYTE(grey_data + static_cast<std::ptrdiff_t>(row) * grey_wpl, col, 255);
      }
  }
  if (n > 0)
    edits.push_back(page_edit("remove_specks", page,
                              std::to_string(n) + " specks of at most " + std::to_string(most) + " x " +
                                  std::to_string(most) + " pixels (0.2 mm) removed",
                              0.9));
  return boxes;
}

// Orientation, from the statistics of ascenders and descenders (Latin,
// Cyrillic, Greek). Measured first at about 150 dpi (a quarter of the
// work); a page not found upright there is measured again at full
// resolution, which small type needs, and that decides, unless the
// reduced measure saw letters large enough (kOrientReducedMarkHeight).
// Turns `work` and `binary` upright; `marks` are the binary page's marks
// when the speck removal found them (else null).
void turn_upright(PixPtr& work, PixPtr& binary, Boxa* marks, int dpi, int page, std::vector<Edit>& edits, int& lean,
                  Turns& turns) {
  auto detect = [](Pix* image, l_float32& up, l_float32& left) {
    l_int32 orient = L_TEXT_ORIENT_UNKNOWN;
    PixPtr measured(image ? without_long_white_bands(image) : nullptr);
    if (!measured || pixOrientDetect(measured.get(), &up, &left, 0, 0) != 0 ||
        makeOrientDecision(up, left, 0.0f, 0.0f, &orient, 0) != 0)
      return static_cast<l_int32>(L_TEXT_ORIENT_UNKNOWN);
    return orient;
  };
  l_float32 up = 0, left = 0;
  l_int32 orient = L_TEXT_ORIENT_UNKNOWN;
  if (dpi >= kOrientReduceDpi) {
    PixPtr small(pixReduceRankBinaryCascade(binary.get(), 1, 0, 0, 0));
    orient = detect(small.get(), up, left);
  }
  // The full-resolution measure, only where the reduced one could have
  // missed the letters (kOrientReducedMarkHeight).
  const int reduced_mark_height = dpi >= kOrientReduceDpi && marks ? median_mark_height(binary.get(), marks) / 2 : 0;
  const bool reduced_saw_letters = reduced_mark_height >= kOrientReducedMarkHeight;
  if (orient == L_TEXT_ORIENT_UNKNOWN && reduced_saw_letters) turns.steps_skipped.emplace_back("orientation_full_resolution");
  else if (orient != L_TEXT_ORIENT_UP) orient = detect(binary.get(), up, left);
  if (orient == L_TEXT_ORIENT_UNKNOWN && std::max(std::fabs(up), std::fabs(left)) >= 4.0f)
    lean = std::fabs(up) >= std::fabs(left) ? (up < 0 ? 2 : 0) : (left > 0 ? 1 : 3);
  float upright = 0;
  if (orient == L_TEXT_ORIENT_DOWN && osd_finds_upright(binary.get(), dpi, upright)) {
    edits.push_back(page_edit("orient_kept", page,
                              "the ascenders and descenders read the text as upside down (confidence " +
                                  format_fixed(std::max(std::fabs(up), std::fabs(left)), 1) +
                                  "), but Tesseract's orientation detection finds it upright (confidence " +
                                  format_fixed(upright, 1) + "): the page was left as it is",
                                0.8));
    orient = L_TEXT_ORIENT_UP;
  }
  if (orient != L_TEXT_ORIENT_UNKNOWN && orient != L_TEXT_ORIENT_UP) {
    const int quads = orient == L_TEXT_ORIENT_LEFT ? 1 : orient == L_TEXT_ORIENT_DOWN ? 2 : 3;
    PixPtr turned(pixRotateOrth(work.get(), quads));
    PixPtr turned_binary(binary.get() == work.get() ? nullptr : pixRotateOrth(binary.get(), quads));
    if (turned) {
      work = std::move(turned);
      turns.quarter_turns = quads;
      binary = turned_binary ? std::move(turned_binary) : PixPtr(pixClone(work.get()));
      const double strength = std::max(std::fabs(up), std::fabs(left));
      edits.push_back(page_edit("orient", page,
                                "the text was " + std::string(quads == 2 ? "upside down" : "sideways") +
                                    ": the page was turned " + std::to_string(quads * 90) +
                                    " degrees clockwise (orientation confidence " + format_fixed(strength, 1) + ")",
                                std::min(1.0, strength / 20.0)));
    }
  }
}

// Binarisation, where the background is uneven (or ocr.binarize =
// "always"): Tesseract's global threshold would lose the text in the
// shadows or fill the bright parts. `work` is grey on entry.
void binarize_if_uneven(PixPtr& work, int dpi, int page, Binarize binarize, std::vector<Edit>& edits, Turns& turns) {
  std::string why = "ocr.binarize = \"always\"";
  const bool wanted = binarize == Binarize::always || uneven_background(work.get(), dpi, why);
  if (!wanted) {
    turns.steps_skipped.emplace_back("binarize");
    return;
  }
  l_int32 threshold = 0;
  PixPtr binary(pixOtsuThreshOnBackgroundNorm(work.get(), nullptr, 10, 15, 100, 50, 255, 2, 2, 0.1f, &threshold));
  if (!binary) return;
  work = std::move(binary);
  edits.push_back(page_edit("binarize", page,
                            why + ": background normalised, then thresholded at " + std::to_string(threshold), 0.9));
}

// Takes the ink of `mask` out of `work` (grey: set to white) and of its
// black-and-white copy `binary` (the same image when `work` is binary).
void whiten(Pix* work, Pix* binary, Pix* mask) {
  if (pixGetDepth(work) == 1) pixSubtract(work, work, mask);
  else pixSetMasked(work, mask, 255);
  if (binary != work) pixSubtract(binary, binary, mask);
}

// Scanner borders: dark regions touching the edge of the image, at least
// a tenth of the page long (a glyph cut by the margin is not one).
void remove_border(Pix* work, Pix* binary, int page, std::vector<Edit>& edits, Turns& turns) {
  if (!ink_on_edge(binary)) {
    turns.steps_skipped.emplace_back("remove_borders");
    return;
  }
  PixPtr inner(pixRemoveBorderConnComps(binary, 8));
  PixPtr touching(inner ? pixXor(nullptr, binary, inner.get()) : nullptr);
  l_int32 changed = 0;
  PixPtr border(touching ? pixSelectBySize(touching.get(), pixGetWidth(work) / 10, pixGetHeight(work) / 10, 8,
                                           L_SELECT_IF_EITHER, L_SELECT_IF_GTE, &changed)
                         : nullptr);
  const std::size_t n = border ? count_on(border.get()) : 0;
  if (n == 0) return;
  whiten(work, binary, border.get());
  edits.push_back(page_edit("remove_border", page,
                            "dark border touching the page edge removed (" + std::to_string(n) + " pixels)", 0.9));
}

// Specks: isolated marks no bigger than kSpeckMm each way (dust, toner).
// A full stop at 8 pt is larger, but thresholded it keeps only its dark
// core: at 200 dpi the full stops of a note's small type are 2 x 2
// pixels (0.25 mm). The size is rounded down, never past kSpeckMm
// (rounded, 200 dpi allowed 2 pixels, and the full stops of the notes
// and the dots of their "i"s were erased: "See www icriforum org").
// Returns the binary page's marks when the specks were found from them
// (remove_specks), else null.
BoxaPtr despeckle(Pix* work, Pix* binary, int dpi, int page, std::vector<Edit>& edits) {
  const int most = speck_most(dpi);
  if (most <= kSpeckBoxOneMark) return remove_specks(binary, work, page, dpi, edits);
  l_int32 changed = 0;
  PixPtr kept(pixSelectBySize(binary, most, most, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GT, &changed));
  if (!kept || !changed) return nullptr;
  PixPtr specks(pixXor(nullptr, binary, kept.get()));
  l_int32 n = 0;
  if (specks) pixCountConnComp(specks.get(), 8, &n);
  if (n == 0) return nullptr;
  whiten(work, binary, specks.get());
  edits.push_back(page_edit("remove_specks", page,
                            std::to_string(n) + " specks of at most " + std::to_string(most) + " x " +
                                std::to_string(most) + " pixels (0.2 mm) removed",
                            0.9));
  return nullptr;
}

// A black-and-white copy of `work` for the measurements (the same pixels
// when the page is already binary).
PixPtr black_and_white(Pix* work) {
  PixPtr binary(pixGetDepth(work) == 1 ? pixClone(work) : pixConvertTo1(work, 128));
  if (!binary) throw ResourceError("Leptonica cannot threshold the page image");
  return binary;
}

// Skew of up to 7 degrees, corrected from 0.1 degree when the measure is
// confident (Leptonica's own thresholds). A skew whose drift across the
// page stays under kSkewDriftShare of the x-height is left to Tesseract,
// which follows it: turning the image resamples every glyph (on the 2758
// crop, skewed 0.25 degrees, 1.9% CER turned against 0.3% as it was).
// Turns `work` straight and thresholds `binary` from it again.
void deskew(PixPtr& work, PixPtr& binary, int x_height, int page, std::vector<Edit>& edits, Turns& turns) {
  auto drifts = [&](l_float32 degrees) {
    return x_height == 0 || pixGetWidth(work.get()) * std::tan(std::fabs(static_cast<double>(degrees)) * M_PI / 180.0) >=
                                kSkewDriftShare * x_height;
  };
  l_float32 angle = 0, confidence = 0;
  const bool helps = pixFindSkew(binary.get(), &angle, &confidence) == 0 && confidence > 3.0f &&
                     std::fabs(angle) >= 0.1f && drifts(angle);
  if (!helps) {
    turns.steps_skipped.emplace_back("deskew");
    return;
  }
  const auto radians = static_cast<l_float32>(static_cast<double>(angle) * M_PI / 180.0);
  // A grey page is interpolated (rotate.hpp: Leptonica's area map, white
  // paper written at once), a binary one sampled.
  PixPtr turned(pixGetDepth(work.get()) == 8 ? rotate_grey(work.get(), radians)
                                             : PixPtr(pixRotate(work.get(), radians, L_ROTATE_SAMPLING, L_BRING_IN_WHITE, 0, 0)));
  if (!turned) return;
  work = std::move(turned);
  binary = black_and_white(work.get());
  turns.deskew_degrees = static_cast<double>(angle);
  edits.push_back(page_edit("deskew", page,
                            "the page was skewed by " + format_fixed(angle, 2) + " degrees and was turned back (skew confidence " +
                                format_fixed(confidence, 1) + ")",
                            std::min(1.0, static_cast<double>(confidence) / 10.0)));
}

// Underlines under lines of text (underlines.hpp), on the straight page.
void remove_underlines(Pix* work, Pix* binary, int x_height, int page, std::vector<Edit>& edits) {
  std::vector<Underline> found = find_underlines(binary, x_height);
  if (found.empty()) return;
  const std::size_t erased = erase_underlines(work, binary, found, x_height);
  edits.push_back(page_edit("remove_underlines", page, describe_underlines(found, erased, x_height), 0.8));
}

// The page image Tesseract reads, after the configured steps. Each step
// that changes the image adds an edit. `source` is not modified.
// `lean` is set, for a page whose orientation was not decided, to the
// quarter turns the measure leaned to (0 when it did not lean): the
// recognition tries that turn when its first reading is poor.
PixPtr preprocess(Pix* source, int dpi, int page, const OcrOptions& o, std::vector<Edit>& edits, int& lean, Turns& turns) {
  lean = 0;
  // Tesseract and the steps below take 1 or 8 bits per pixel.
  PixPtr work(pixGetDepth(source) == 1 && !pixGetColormap(source) ? pixCopy(nullptr, source) : pixConvertTo8(source, 0));
  if (!work) throw ResourceError("Leptonica cannot convert the page image to grey");
  if (pixGetDepth(work.get()) == 8 && o.binarize != Binarize::never) binarize_if_uneven(work, dpi, page, o.binarize, edits, turns);
  PixPtr binary = black_and_white(work.get());
  if (o.remove_borders) remove_border(work.get(), binary.get(), page, edits, turns);
  BoxaPtr marks = o.despeckle ? despeckle(work.get(), binary.get(), dpi, page, edits) : nullptr;
  if (o.orientation) turn_upright(work, binary, marks.get(), dpi, page, edits, lean, turns);
  const int x_height = o.deskew || o.remove_underlines ? median_mark_height(binary.get(), marks.get(), turns.quarter_turns) : 0;
  if (o.deskew) deskew(work, binary, x_height, page, edits, turns);
  if (o.remove_underlines) remove_underlines(work.get(), binary.get(), x_height, page, edits);
  return work;
}

// Tesseract's blocks in reading order, by recursive XY-cut on their boxes.
// A group with a column gutter (an empty vertical band through all of it,
// with at least a sixth of the group's width on each side: a column of
// paragraph numbers is not a column) is read left side first. A group
// with none is cut into bands at every empty horizontal band, read top to
// bottom; consecutive bands that share a gutter are read as one group, so
// that the two columns of a page are not interleaved where their paragraph
// gaps happen to line up. A band with no gutter keeps Tesseract's order.
struct BlockBox {
  int id = 0;
  Box box;
};

// Where the widest empty vertical band through `blocks` runs, when it is a
// column gutter.
std::optional<double> column_gutter(const std::vector<BlockBox>& blocks) {
  if (blocks.size() < 2) return std::nullopt;
  std::vector<std::pair<double, double>> spans;
  double x0 = blocks.front().box.x0, x1 = blocks.front().box.x1;
  for (const BlockBox& b : blocks) {
    spans.emplace_back(b.box.x0, b.box.x1);
    x0 = std::min(x0, b.box.x0), x1 = std::max(x1, b.box.x1);
  }
  std::sort(spans.begin(), spans.end());
  double widest = 0, at = 0, reach = -1e18;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    if (i > 0 && spans[i].first - reach > widest) widest = spans[i].first - reach, at = (spans[i].first + reach) / 2;
    reach = std::max(reach, spans[i].second);
  }
  if (widest <= 0 || at - x0 < (x1 - x0) / 6 || x1 - at < (x1 - x0) / 6) return std::nullopt;
  return at;
}

// `blocks` cut at every empty horizontal band, top to bottom.
std::vector<std::vector<BlockBox>> horizontal_bands(std::vector<BlockBox> blocks) {
  std::stable_sort(blocks.begin(), blocks.end(), [](const BlockBox& a, const BlockBox& b) { return a.box.y0 < b.box.y0; });
  std::vector<std::vector<BlockBox>> bands;
  double reach = -1e18;
  for (const BlockBox& b : blocks) {
    if (bands.empty() || b.box.y0 > reach) bands.emplace_back();
    bands.back().push_back(b);
    reach = std::max(reach, b.box.y1);
  }
  // Tesseract's order within a band.
  for (auto& band : bands)
    std::sort(band.begin(), band.end(), [](const BlockBox& a, const BlockBox& b) { return a.id < b.id; });
  return bands;
}

void order_blocks(std::vector<BlockBox> blocks, std::vector<int>& order) {
  if (blocks.size() <= 1) {
    for (const BlockBox& b : blocks) order.push_back(b.id);
    return;
  }
  if (const auto gutter = column_gutter(blocks)) {
    std::vector<BlockBox> left, right;
    for (const BlockBox& b : blocks) (b.box.x1 <= *gutter ? left : right).push_back(b);
    order_blocks(std::move(left), order);
    order_blocks(std::move(right), order);
    return;
  }
  const auto bands = horizontal_bands(std::move(blocks));
  if (bands.size() == 1) {
    for (const BlockBox& b : bands.front()) order.push_back(b.id);
    return;
  }
  std::vector<BlockBox> group = bands.front();
  for (std::size_t i = 1; i < bands.size(); ++i) {
    std::vector<BlockBox> joined = group;
    joined.insert(joined.end(), bands[i].begin(), bands[i].end());
    if (column_gutter(group) && column_gutter(bands[i]) && column_gutter(joined)) {
      group = std::move(joined);
      continue;
    }
    order_blocks(std::exchange(group, bands[i]), order);
  }
  order_blocks(std::move(group), order);
}

// A raised mark at the end of a word (see raised_mark).
struct RaisedMark {
  std::array<int, 4> box{};  // pixels
  std::size_t symbols = 0;   // the mark's symbols
  std::size_t trailing = 0;  // the word's symbols after it (punctuation)
  bool digits = false;       // read as digits (run into a number), not as a look-alike
  bool own_word = false;     // the figures are a word of their own with the punctuation after them ("4.")
  std::array<int, 4> trailing_box{};
  // Found by the height of the punctuation after the word (see
  // mark_in_punctuation): read again with quotes allowed, so that a quote
  // is read as one and only a figure is a mark.
  bool in_punctuation = false;
  // Inside a word of a script written without spaces (see inner_mark):
  // the word's text after the mark (RaisedMark::trailing symbols) goes on
  // on the baseline.
  bool inner = false;
  double x_height = 0;  // pixels, of the word's line
};

// Words of a recognition, with the Tesseract block each belongs to.
struct Reading {
  std::vector<PlacedWord> words;
  std::vector<int> block_of;  // per word
  std::vector<int> line_of;   // per word: Tesseract's text line
  // Per word: its line's band (points, top and bottom) from the baseline,
  // ascenders and descenders Tesseract found for the line; 0, 0 unknown.
  std::vector<std::pair<double, double>> band_of;
  std::vector<BlockBox> blocks;
  // Blocks Tesseract read as vertical text, in pixels (l, t, r, b).
  std::vector<std::array<int, 4>> vertical;
  // Raised small marks glued to the end of a word, read as a quote or a
  // star ("2018),'" for a superscript 1) or as digits fused into a number
  // ("20111" for "2011" and note 1): the index of the word, the mark.
  std::vector<std::pair<std::size_t, RaisedMark>> marks;
};

// A word's last symbols when they are raised above the line's baseline by
// more than a third of the x-height, follow at least one symbol on the
// baseline, and are read as what a small raised note number turns into:
// one of the look-alike characters, or up to kMostMarkDigits digits (the
// French, Spanish and Russian versions print the mark before the comma,
// "2011¹,", and Tesseract runs it into the year: "20111"). Their box and
// count.
constexpr std::size_t kMostMarkDigits = 2;
// A raised mark read again alone is taken when Tesseract's confidence in
// the reading is at least this.
constexpr int kMarkRereadConfidence = 50;

// A raised mark Tesseract ran into the punctuation after it. The French,
// Spanish and Russian versions of UN documents print the mark before the
// comma ("2011¹,", "года¹,"); Tesseract's symbol boxes there are guesses
// that split the pair's ink between its symbols, so neither is raised:
// it reads a quote, "!" or nothing before the comma, and gives the comma
// (or the quote) a box that reaches up to the mark. A comma, semicolon or
// full stop stays below the x-height; punctuation (with the look-alike
// before it) whose ink rises more than kPunctuationRiseXHeights x-heights
// above the baseline holds a raised mark, which is read again above
// kMarkFloorXHeights of an x-height over the baseline (clear of the comma:
// a superscript figure stands a third of an em, 0.7 x-height, up).
constexpr double kPunctuationRiseXHeights = 1.25;
constexpr double kMarkFloorXHeights = 0.5;
// Tesseract's boxes are guesses there ("loi," gets a comma box as high as
// a mark's): the mark must be ink, a figure at least kMarkInkXHeights of an
// x-height high, standing wholly between the floor and the box's top
// (looked at up to kMarkHeadroomXHeights above it: a descender of the
// line above, or a speck cut by the box, reaches out of it).
constexpr double kMarkInkXHeights = 0.6;
constexpr double kMarkHeadroomXHeights = 0.5;

struct MarkSymbol {
  std::string text;
  std::array<int, 4> box{};
};

// Whether `s` is read as one ASCII figure.
bool one_figure(const MarkSymbol& s) { return s.text.size() == 1 && is_ascii_digit(s.text[0]); }

// The box that holds both `a` and `b` (pixels: left, top, right, bottom).
std::array<int, 4> united(const std::array<int, 4>& a, const std::array<int, 4>& b) {
  return {std::min(a[0], b[0]), std::min(a[1], b[1]), std::max(a[2], b[2]), std::max(a[3], b[3])};
}

// The symbols of `word` as Tesseract read them, each with its box; nullopt
// when Tesseract gives one of them no text or no box. The one reading of a
// word's symbols that raised_mark, raised_word_after_unspaced and
// raised_of reason with.
std::optional<std::vector<MarkSymbol>> symbols_of(const tesseract::ResultIterator& word) {
  std::vector<MarkSymbol> out;
  tesseract::ResultIterator sym(word);
  do {
    MarkSymbol s;
    TessText t(sym.GetUTF8Text(tesseract::RIL_SYMBOL));
    if (!t || !sym.BoundingBox(tesseract::RIL_SYMBOL, &s.box[0], &s.box[1], &s.box[2], &s.box[3])) return std::nullopt;
    s.text = t.get();
    out.push_back(std::move(s));
    if (sym.IsAtFinalElement(tesseract::RIL_WORD, tesseract::RIL_SYMBOL)) break;
  } while (sym.Next(tesseract::RIL_SYMBOL));
  return out;
}

// The baseline Tesseract gives for `word` at `level` (RIL_TEXTLINE: its
// line's; RIL_WORD: its row's, across the word), in pixels.
std::optional<LineBaseline> baseline_of(const tesseract::ResultIterator& word, tesseract::PageIteratorLevel level) {
  int bx1 = 0, by1 = 0, bx2 = 0, by2 = 0;
  if (!word.Baseline(level, &bx1, &by1, &bx2, &by2)) return std::nullopt;
  return LineBaseline{static_cast<double>(bx1), static_cast<double>(by1), static_cast<double>(bx2),
                      static_cast<double>(by2)};
}

// The baseline's height (pixels) under the middle of `box`, a whole pixel.
double baseline_under(const LineBaseline& baseline, const std::array<int, 4>& box) {
  return baseline.at(static_cast<double>((box[0] + box[2]) / 2));
}

// Whether the thresholded page `binary` holds, in the box of a mark found
// in punctuation, ink that stands as a raised figure does (see above).
bool raised_ink(Pix* binary, const RaisedMark& m) {
  if (!binary) return false;
  const int headroom = static_cast<int>(kMarkHeadroomXHeights * m.x_height);
  const int top = std::max(0, m.box[1] - headroom);
  BOX* area = boxCreate(m.box[0], top, m.box[2] - m.box[0], m.box[3] - top);
  if (!area) return false;
  PixPtr crop(pixClipRectangle(binary, area, nullptr));
  boxDestroy(&area);
  BOX* fg = nullptr;
  if (!crop || pixClipToForeground(crop.get(), nullptr, &fg) != 0 || !fg) return false;
  l_int32 x = 0, y = 0, w = 0, h = 0;
  boxGetGeometry(fg, &x, &y, &w, &h);
  boxDestroy(&fg);
  const int height = m.box[3] - top;
  return y > 0 && y + h < height && h >= kMarkInkXHeights * m.x_height;
}

// `symbols`: the word's, the last `trail` of them punctuation on the
// baseline; `baseline`: the baseline's height (pixels) under them.
std::optional<RaisedMark> mark_in_punctuation(const std::vector<MarkSymbol>& symbols, std::size_t trail,
                                              double baseline, double x_height_px) {
  // Quotes and "!", and the Cyrillic "з" a raised 3 is read as in Russian.
  static const std::set<std::string, std::less<>> kLookalikes = {"'", "\u2019", "\u2018", "\u201D", "\u201C", "\"", "`", "!", "\u0437"};
  const std::size_t end = symbols.size() - trail;
  if (end == 0) return std::nullopt;
  const std::size_t looks = end >= 2 && kLookalikes.count(symbols[end - 1].text) ? 1 : 0;
  if (end - looks == 0) return std::nullopt;
  std::array<int, 4> ink = symbols[end - looks].box;
  for (std::size_t i = end - looks; i < symbols.size(); ++i) ink = united(ink, symbols[i].box);
  if (ink[1] > baseline - kPunctuationRiseXHeights * x_height_px) return std::nullopt;
  // Only the ink right of the word's last letter: Tesseract's boxes
  // overlap, and the stem of an "i" read alone is a "1".
  const int left = std::max(ink[0], symbols[end - looks - 1].box[2] + 1);
  RaisedMark out;
  out.box = {left, ink[1], ink[2], static_cast<int>(baseline - kMarkFloorXHeights * x_height_px)};
  if (out.box[3] <= out.box[1] || out.box[2] <= out.box[0]) return std::nullopt;
  out.symbols = looks;
  out.trailing = trail;
  out.in_punctuation = true;
  out.x_height = x_height_px;
  const auto& first = symbols[end].box;
  out.trailing_box = {first[0], first[1], symbols.back().box[2], symbols.back().box[3]};
  return out;
}

// A word of its own made of up to kMostMarkDigits figures and the
// punctuation after them ("3," "4."): Tesseract's symbol boxes there split
// the ink of a raised figure and a comma on the baseline between them, so
// neither looks raised. It is a candidate mark, as a mark found in
// punctuation is: raised_ink then wants a figure standing wholly above
// kMarkFloorXHeights of an x-height over the baseline, which a figure of
// the text's own size ("paragraph 4.") does not.
std::optional<RaisedMark> figures_before_punctuation(const std::array<int, 4>& first, const std::array<int, 4>& last,
                                                     const std::array<int, 4>& punctuation,
                                                     const std::array<int, 4>& end, std::size_t figures,
                                                     std::size_t trail, double baseline, double x_height_px) {
  RaisedMark out;
  out.box = {first[0], std::min(first[1], last[1]), std::max(last[2], end[2]),
             static_cast<int>(baseline - kMarkFloorXHeights * x_height_px)};
  if (out.box[3] <= out.box[1] || out.box[2] <= out.box[0]) return std::nullopt;
  out.symbols = figures;
  out.trailing = trail;
  out.in_punctuation = true;
  out.own_word = true;
  out.x_height = x_height_px;
  out.trailing_box = {punctuation[0], punctuation[1], end[2], end[3]};
  return out;
}

// Han text is printed without spaces, and Tesseract runs a raised note
// mark into the text after it as well as before it: "号、³2004年" is read
// as one word whose raised figure stands between symbols on the baseline
// ("、32004"). Up to kMostMarkDigits raised figures after a symbol of a
// script written without spaces (is_unspaced_script: Han, full-width
// punctuation) and followed by symbols on the baseline are such a mark;
// the text after it becomes a word of its own. `raised` per symbol.
std::optional<RaisedMark> inner_mark(const std::vector<MarkSymbol>& symbols, const std::vector<bool>& raised) {
  std::size_t i = 1;
  while (i < symbols.size() && !raised[i]) ++i;
  if (i >= symbols.size() || symbols[i - 1].text.empty() ||
      !is_unspaced_script(first_code_point(symbols[i - 1].text)))
    return std::nullopt;
  std::size_t j = i;
  while (j < symbols.size() && raised[j] && one_figure(symbols[j])) ++j;
  if (j == i || j - i > kMostMarkDigits || j == symbols.size() ||
      std::any_of(raised.begin() + static_cast<std::ptrdiff_t>(j), raised.end(), [](bool r) { return r; }))
    return std::nullopt;
  RaisedMark out;
  out.box = symbols[i].box;
  for (std::size_t k = i; k < j; ++k) out.box = united(out.box, symbols[k].box);
  out.symbols = j - i;
  out.trailing = symbols.size() - j;
  out.digits = true;
  out.inner = true;
  out.trailing_box = symbols[j].box;
  for (std::size_t k = j; k < symbols.size(); ++k) out.trailing_box = united(out.trailing_box, symbols[k].box);
  return out;
}

// A word of up to kMostMarkDigits figures, all raised, after a word that
// ends in a script written without spaces (the word before on its line:
// `after`), is a note mark Tesseract read apart ("号¹¹ 和" read "号 4
// 和"): read again as a mark. After a word of a spaced script such a word
// stays as read.
std::optional<RaisedMark> raised_word_after_unspaced(const tesseract::ResultIterator& word, double x_height_px,
                                                     std::string_view after) {
  if (after.empty() || !is_unspaced_script(last_code_point(after)) || x_height_px <= 0) return std::nullopt;
  const std::optional<LineBaseline> baseline = baseline_of(word, tesseract::RIL_TEXTLINE);
  if (!baseline) return std::nullopt;
  const std::optional<std::vector<MarkSymbol>> symbols = symbols_of(word);
  if (!symbols) return std::nullopt;
  RaisedMark out;
  out.box = {1 << 30, 1 << 30, -1, -1};
  for (const MarkSymbol& s : *symbols) {
    if (!one_figure(s) || s.box[3] > baseline_under(*baseline, s.box) - x_height_px / 3 || ++out.symbols > kMostMarkDigits)
      return std::nullopt;
    out.box = united(out.box, s.box);
  }
  if (out.symbols == 0) return std::nullopt;
  out.digits = true;
  out.own_word = true;
  out.x_height = x_height_px;
  return out;
}

std::optional<RaisedMark> raised_mark(const tesseract::ResultIterator& word, double x_height_px) {
  if (x_height_px <= 0) return std::nullopt;
  const std::optional<LineBaseline> baseline = baseline_of(word, tesseract::RIL_TEXTLINE);
  if (!baseline) return std::nullopt;
  const std::optional<std::vector<MarkSymbol>> read = symbols_of(word);
  if (!read) return std::nullopt;
  const std::vector<MarkSymbol>& symbols = *read;
  std::vector<bool> raised;  // per symbol
  for (const MarkSymbol& s : symbols) raised.push_back(s.box[3] <= baseline_under(*baseline, s.box) - x_height_px / 3);
  static const std::set<std::string, std::less<>> kLookalikes = {"'", "\u2019", "\u2018", "*", "\u00B0", "\u201D", "\u201C",
                                                                 "\"", "`", "^", "!", "?", "%"};
  static const std::set<std::string, std::less<>> kTrailing = {",", ";", ".", ":"};
  auto mark_like = [](const MarkSymbol& x) { return kLookalikes.count(x.text) || one_figure(x); };
  // Punctuation on the baseline after the mark ("2011¹,") stays a word of
  // its own after it.
  std::size_t trail = 0;
  while (trail < symbols.size() && !raised[symbols.size() - 1 - trail] &&
         kTrailing.count(symbols[symbols.size() - 1 - trail].text))
    ++trail;
  const std::size_t end = symbols.size() - trail;
  std::size_t run = 0;
  while (run < end && raised[end - 1 - run]) ++run;
  if (run == 0 && trail == 0) {
    if (auto inner = inner_mark(symbols, raised)) {
      inner->x_height = x_height_px;
      return inner;
    }
  }
  if (run == 0 && trail > 0 && end >= 1 && end <= kMostMarkDigits &&
      std::all_of(symbols.begin(), symbols.begin() + static_cast<std::ptrdiff_t>(end), one_figure))
    return figures_before_punctuation(symbols[0].box, symbols[end - 1].box, symbols[end].box, symbols.back().box, end,
                                      trail, baseline_under(*baseline, symbols[0].box), x_height_px);
  if (run == 0 && trail > 0) return mark_in_punctuation(symbols, trail, baseline_under(*baseline, symbols[end].box), x_height_px);
  // A raised figure OCR made a word of its own with the punctuation after
  // it ("4." for "Наций³,"): the word's box reaches down to the comma on
  // the baseline, so the word is not raised, though its figures are. It is
  // a mark as one glued to its word is (a paragraph number "4." stands on
  // the baseline).
  const bool own_word = run == end && run > 0 && trail > 0;
  if (run == 0 || (run == end && !own_word) || run > kMostMarkDigits) return std::nullopt;
  if (!std::all_of(symbols.begin() + static_cast<std::ptrdiff_t>(end - run),
                   symbols.begin() + static_cast<std::ptrdiff_t>(end), mark_like))
    return std::nullopt;
  RaisedMark out;
  out.box = symbols[end - run].box;
  for (std::size_t i = end - run; i < end; ++i) out.box = united(out.box, symbols[i].box);
  out.symbols = run;
  out.trailing = trail;
  out.digits = std::all_of(symbols.begin() + static_cast<std::ptrdiff_t>(end - run),
                           symbols.begin() + static_cast<std::ptrdiff_t>(end), one_figure);
  if (own_word && !out.digits) return std::nullopt;
  out.own_word = own_word;
  if (trail > 0) out.trailing_box = {symbols[end].box[0], symbols[end].box[1], symbols.back().box[2], symbols.back().box[3]};
  return out;
}

// What of `word`'s own ink stands raised above its line's baseline
// (raised_ink_of), in pixels: the baseline Tesseract gives for the word
// (its row's, across the word), its box, and for a word with a figure (a
// note mark run into a number) its symbols' boxes. Asked of each word
// itself, so that the order a line's words are read in does not matter.
PlacedWord::Raised raised_of(const tesseract::ResultIterator& word, std::string_view text, double x_height_px) {
  int l = 0, t = 0, r = 0, b = 0;
  if (x_height_px <= 0) return {};
  const std::optional<LineBaseline> baseline = baseline_of(word, tesseract::RIL_WORD);
  if (!baseline || !word.BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) return {};
  std::vector<PlacedSymbol> symbols;
  if (std::any_of(text.begin(), text.end(), is_ascii_digit)) {
    const std::optional<std::vector<MarkSymbol>> read = symbols_of(word);
    if (!read) return {};
    for (const MarkSymbol& s : *read)
      symbols.push_back({s.text, Box{static_cast<double>(s.box[0]), static_cast<double>(s.box[1]),
                                     static_cast<double>(s.box[2]), static_cast<double>(s.box[3])}});
  }
  return raised_ink_of(Box{static_cast<double>(l), static_cast<double>(t), static_cast<double>(r), static_cast<double>(b)},
                       symbols, *baseline, x_height_px);
}

// The band of the line `word` is on at x (pixels), in points, as a text
// layer gives a word's box: the font's ascent above the baseline and its
// descent below, in em of the type size (x_height / 0.45, as collect
// measures it).
constexpr double kAscentEm = 0.8;
constexpr double kDescentEm = 0.25;
std::pair<double, double> line_band(const tesseract::ResultIterator& word, int x, double x_height, double scale) {
  if (x_height <= 0) return {0, 0};
  const std::optional<LineBaseline> baseline = baseline_of(word, tesseract::RIL_TEXTLINE);
  if (!baseline) return {0, 0};
  const double base = baseline->at(static_cast<double>(x));
  const double size = x_height / 0.45;
  return {(base - kAscentEm * size) * scale, (base + kDescentEm * size) * scale};
}

// Collects the words of the last Recognize into `out`. With
// `vertical_apart`, the words of blocks of vertical text are left out and
// their rectangles noted instead. With `vertical_apart` or `marks`, the
// raised marks at the ends of words are noted (Reading::marks).
void collect(tesseract::TessBaseAPI& api, double scale, bool vertical_apart, Reading& out, bool marks = false) {
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  if (!it) return;
  bool skip_block = false;
  int line = out.line_of.empty() ? -1 : *std::max_element(out.line_of.begin(), out.line_of.end());
  // A line starts after the last word of the line before (in reading
  // order: for a right-to-left line the iterator's IsAtBeginningOf does
  // not say so at its first word read).
  bool line_start = true;
  do {
    // Each asked once per word: the result iterator works out the line's
    // reading order to answer.
    const bool block_start = it->IsAtBeginningOf(tesseract::RIL_BLOCK);
    const bool line_end = it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD);
    const bool first_on_line = line_start || block_start;
    if (first_on_line) ++line;
    line_start = line_end;
    if (block_start || out.blocks.empty()) {
      out.blocks.push_back(BlockBox{static_cast<int>(out.blocks.size()), Box{1e9, 1e9, -1e9, -1e9}});
      skip_block = false;
      if (vertical_apart && it->BlockType() == tesseract::PT_VERTICAL_TEXT) {
        std::array<int, 4> r{};
        if (it->BoundingBox(tesseract::RIL_BLOCK, &r[0], &r[1], &r[2], &r[3])) out.vertical.push_back(r);
        skip_block = true;
      }
    }
    if (skip_block) continue;
    TessText text(it->GetUTF8Text(tesseract::RIL_WORD));
    if (!text || *text == '\0') continue;
    int l = 0, t = 0, r = 0, b = 0;
    if (!it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) continue;
    PlacedWord w;
    w.text = to_valid_utf8(text.get());
    w.box = Box{l * scale, t * scale, r * scale, b * scale};
    w.confidence = it->Confidence(tesseract::RIL_WORD);
    // The type size, from the line's x-height (steady from line to line,
    // where the full row height changes with the ascenders and descenders
    // a line happens to have): the x-height of the serif faces of UN
    // documents is about 0.45 em. A raised small word (a footnote number)
    // is marked by Tesseract itself.
    float row_height = 0, descenders = 0, ascenders = 0;
    it->RowAttributes(&row_height, &descenders, &ascenders);
    const double x_height = static_cast<double>(row_height - ascenders + descenders);
    w.font_size = x_height > 0 ? x_height * scale / 0.45 : row_height > 0 ? row_height * scale : (b - t) * scale;
    if (it->SymbolIsSuperscript()) w.font_size *= 0.6;
    w.space_after = !line_end;
    w.raised = raised_of(*it, w.text, x_height);
    if ((vertical_apart || marks) && x_height > 0) {
      std::optional<RaisedMark> mark = raised_mark(*it, x_height);
      if (!mark && !first_on_line && !out.words.empty())
        mark = raised_word_after_unspaced(*it, x_height, out.words.back().text);
      if (mark) out.marks.emplace_back(out.words.size(), *mark);
    }
    Box& bb = out.blocks.back().box;
    bb = Box{std::min(bb.x0, w.box.x0), std::min(bb.y0, w.box.y0), std::max(bb.x1, w.box.x1), std::max(bb.y1, w.box.y1)};
    out.block_of.push_back(out.blocks.back().id);
    out.line_of.push_back(line);
    out.band_of.push_back(line_band(*it, (l + r) / 2, x_height, scale));
    out.words.push_back(std::move(w));
  } while (it->Next(tesseract::RIL_WORD));
}

// Tesseract gives the words of a right-to-left line (Arabic) in reading
// order, right to left; the layout takes a line's words as a text layer
// gives them, in printed order, left to right (a word left of the one
// before starts a new line), and put_right_to_left_lines_in_reading_order
// then reads them back from the right. So the words of each of
// Tesseract's lines that holds a right-to-left letter are put in x order
// (`index`: the words in reading order of blocks), and given the height
// of the line's type around its baseline, as a text layer gives a word's
// box (line_band): the dots and marks of Arabic letters reach into
// the lines above and below (a line's words span 1.7 times the line
// pitch of the six-language fixture), and lines whose boxes overlap so
// would be taken for one printed line. Read as they came, an Arabic line
// fell apart into one line per word wherever a short word ("م", a mark
// read alone) did not share the line's band: on the six-language
// fixture's Arabic scan, 0 of 27 preambular paragraphs were found.
bool has_right_to_left(std::string_view text) {
  for (std::size_t i = 0; i < text.size();)
    if (is_strong_right_to_left(next_code_point(text, i))) return true;
  return false;
}

void put_right_to_left_lines_as_printed(Reading& reading, std::vector<std::size_t>& index) {
  for (std::size_t from = 0; from < index.size();) {
    std::size_t to = from + 1;
    while (to < index.size() && reading.line_of[index[to]] == reading.line_of[index[from]]) ++to;
    const auto first = index.begin() + static_cast<std::ptrdiff_t>(from), last = index.begin() + static_cast<std::ptrdiff_t>(to);
    if (std::any_of(first, last, [&](std::size_t i) { return has_right_to_left(reading.words[i].text); })) {
      std::stable_sort(first, last, [&](std::size_t a, std::size_t b) { return reading.words[a].box.x0 < reading.words[b].box.x0; });
      // A space after every word but the line's last, now its leftmost.
      for (auto k = first; k != last; ++k) {
        PlacedWord& w = reading.words[*k];
        w.space_after = k + 1 != last;
        const auto [top, bottom] = reading.band_of[*k];
        if (top < bottom) w.box.y0 = top, w.box.y1 = bottom, w.band_box = true;
      }
    }
    from = to;
  }
}

// Ink of a picture (the UN emblem beside the masthead, a seal): a connected
// mark taller and wider than kPictureMarkPt (a letter of the largest
// heading is smaller, a rule is thin) whose ink covers at least
// kPictureFill of its bounding box (a frame or a table's rules cover far
// less). The picture spans the mark's box and kPictureMargin of its smaller
// side around it (the emblem's wreath and ribbon, in marks apart from its globe). A
// word Tesseract doubted (confidence under kPictureWordConfidence) with at
// least kPictureBoxShare of its box inside a picture is the picture read as
// letters ("Py", "Nhe.", "S214" from the wreath and globe of A/47/892's
// emblem), not text.
constexpr double kPictureMarkPt = 24;
constexpr double kPictureFill = 0.1;
constexpr double kPictureMargin = 0.5;
constexpr double kPictureWordConfidence = 70;
constexpr double kPictureBoxShare = 0.8;

// The boxes (pixels) of the pictures' marks on the thresholded page `binary`.
std::vector<std::array<int, 4>> picture_boxes(Pix* binary, int dpi) {
  std::vector<std::array<int, 4>> out;
  const int least = static_cast<int>(kPictureMarkPt * dpi / 72.0);
  l_int32 changed = 0;
  PixPtr marks(pixSelectBySize(binary, least, least, 8, L_SELECT_IF_BOTH, L_SELECT_IF_GT, &changed));
  if (!marks || count_on(marks.get()) == 0) return out;
  Pixa* raw_pixa = nullptr;
  BoxaPtr boxes(pixConnComp(marks.get(), &raw_pixa, 8));
  PixaPtr pixa(raw_pixa);
  if (!boxes || !pixa) return out;
  for (l_int32 i = 0; i < boxaGetCount(boxes.get()); ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h);
    PixPtr mark(pixaGetPix(pixa.get(), i, L_CLONE));
    if (!mark || w <= 0 || h <= 0) continue;
    const int margin = static_cast<int>(kPictureMargin * std::min(w, h));
    if (static_cast<double>(count_on(mark.get())) >= kPictureFill * static_cast<double>(w) * static_cast<double>(h))
      out.push_back({x - margin, y - margin, x + w + margin, y + h + margin});
  }
  return out;
}

// Which words of `reading` are a picture's ink on the thresholded page `binary`.
std::vector<bool> picture_words(Pix* binary, int dpi, double scale, const Reading& reading) {
  std::vector<bool> out(reading.words.size(), false);
  if (binary == nullptr || std::none_of(reading.words.begin(), reading.words.end(), [](const PlacedWord& w) {
        return w.confidence < kPictureWordConfidence;
      }))
    return out;
  const std::vector<std::array<int, 4>> pictures = picture_boxes(binary, dpi);
  for (std::size_t i = 0; i < reading.words.size() && !pictures.empty(); ++i) {
    const PlacedWord& w = reading.words[i];
    if (w.confidence >= kPictureWordConfidence) continue;
    const double x0 = w.box.x0 / scale, y0 = w.box.y0 / scale, x1 = w.box.x1 / scale, y1 = w.box.y1 / scale;
    const double area = std::max(1.0, (x1 - x0) * (y1 - y0));
    for (const auto& p : pictures) {
      const double inside = std::max(0.0, std::min<double>(x1, p[2]) - std::max<double>(x0, p[0])) *
                            std::max(0.0, std::min<double>(y1, p[3]) - std::max<double>(y0, p[1]));
      if (inside >= kPictureBoxShare * area) out[i] = true;
    }
  }
  return out;
}

// Tesseract reads a drawn separator (the rule over the notes) as a word of
// no text whose box is the rule's, which the notes pass looks for. On the
// right-to-left pages of Arabic, whose separator stands at the right end
// of the text, it gives that word a box of no width (x from 0 to 0: on the
// six-language fixture's Arabic scan, every page's separator), and the
// notes under it were taken for body text. Such a word gets the extent
// of the ink of the rule on the page read (Tesseract's own thresholded
// image has its rules taken out): the longest run of columns holding ink,
// gaps of up to kRuleGapPixels (specks, a cut in a thin rule) bridged.
// The box Tesseract gives may stand a few pixels off the rule's ink (5
// pixels under it on the Arabic fixture's page 1 at 300 dpi, when its
// notes are set flush right): the rule is the row within kRuleSearchInches
// of the box whose run is longest, measured with the rows within
// kRuleRows of it (a thin rule skewed by a tenth of a degree crosses
// rows), and it must run at least kRuleMinInches (half an inch, the
// shortest separator anyone draws); the box is moved onto those rows.
constexpr int kRuleGapPixels = 3;
constexpr double kRuleSearchInches = 0.03;
constexpr int kRuleRows = 2;
constexpr double kRuleMinInches = 0.5;

// The longest run of columns holding ink in the rows [top, bottom] of a
// 1-bit image, gaps of up to kRuleGapPixels bridged: {from, to}, to < from
// when there is none.
std::pair<int, int> longest_ink_run(const l_uint32* data, int wpl, int width, int top, int bottom) {
  int best_from = 0, best_to = -1, from = -1, last = -kRuleGapPixels - 2;
  for (int x = 0; x < width; ++x) {
    bool ink = false;
    for (int y = top; y <= bottom && !ink; ++y) ink = GET_DATA_BIT(data + y * wpl, x) != 0;
    if (!ink) continue;
    if (x - last > kRuleGapPixels + 1) from = x;
    last = x;
    if (last - from > best_to - best_from) best_from = from, best_to = last;
  }
  return {best_from, best_to};
}

void measure_rules_without_width(Pix* pix, int dpi, double scale, Reading& reading) {
  PixPtr binary;
  const int search = std::max(1, static_cast<int>(kRuleSearchInches * dpi));
  for (PlacedWord& w : reading.words) {
    if (!is_blank(w.text) || w.box.x1 > w.box.x0) continue;
    if (!binary) binary.reset(pixGetDepth(pix) == 1 ? pixClone(pix) : pixConvertTo1(pix, 128));
    if (!binary || pixGetDepth(binary.get()) != 1) return;
    const int width = pixGetWidth(binary.get()), height = pixGetHeight(binary.get());
    const int top = std::max(0, static_cast<int>(w.box.y0 / scale) - search);
    const int bottom = std::min(height - 1, static_cast<int>(w.box.y1 / scale) + search);
    const l_uint32* data = pixGetData(binary.get());
    const int wpl = pixGetWpl(binary.get());
    int row = -1, row_length = 0;
    for (int y = top; y <= bottom; ++y) {
      const auto [from, to] = longest_ink_run(data, wpl, width, y, y);
      if (to - from + 1 > row_length) row = y, row_length = to - from + 1;
    }
    if (row < 0) continue;
    const int y0 = std::max(0, row - kRuleRows), y1 = std::min(height - 1, row + kRuleRows);
    const auto [from, to] = longest_ink_run(data, wpl, width, y0, y1);
    if (to - from + 1 < kRuleMinInches * dpi) continue;
    // The rows within kRuleRows of the row found that hold ink under it.
    int ink_top = row, ink_bottom = row;
    for (int y = y0; y <= y1; ++y) {
      bool ink = false;
      for (int x = from; x <= to && !ink; ++x) ink = GET_DATA_BIT(data + y * wpl, x) != 0;
      if (ink) ink_top = std::min(ink_top, y), ink_bottom = std::max(ink_bottom, y);
    }
    w.box = Box{from * scale, ink_top * scale, (to + 1) * scale, (ink_bottom + 1) * scale};
  }
}

// Tesseract seldom reads a short separator over the notes as a word of
// no text (scan_rules.hpp): where its reading of the page has no such word
// in the lower part of the page, the separator is looked for on the page
// as it thresholded it (`whole_binary`, its rules still in), and each one
// found becomes the word of no text Tesseract would have read, a line and
// a block of its own, so that the notes pass finds it as it finds a read
// one; an edit says where it was found.
bool reads_low_rule(const Reading& reading, double page_height) {
  return std::any_of(reading.words.begin(), reading.words.end(), [&](const PlacedWord& w) {
    return is_blank(w.text) && w.box.y0 >= kSeparatorLeastDepth * page_height && w.box.width() >= kRuleMinInches * 72 &&
           w.box.height() <= kSeparatorMostThicknessPt;
  });
}

// The boxes (pixels) of the lines of text of `reading`, and whether most
// of its words are written right to left.
std::pair<std::vector<ReadLineBox>, bool> read_lines(const Reading& reading, double scale) {
  std::map<int, ReadLineBox> by_line;
  std::size_t right_to_left = 0, words = 0;
  for (std::size_t i = 0; i < reading.words.size(); ++i) {
    const PlacedWord& w = reading.words[i];
    if (is_blank(w.text)) continue;
    ++words;
    right_to_left += has_right_to_left(w.text) ? 1U : 0U;
    const ReadLineBox b{static_cast<int>(w.box.x0 / scale), static_cast<int>(w.box.y0 / scale),
                        static_cast<int>(std::ceil(w.box.x1 / scale)), static_cast<int>(std::ceil(w.box.y1 / scale))};
    auto [at, fresh] = by_line.emplace(reading.line_of[i], b);
    if (!fresh)
      at->second = ReadLineBox{std::min(at->second.x0, b.x0), std::min(at->second.y0, b.y0), std::max(at->second.x1, b.x1),
                               std::max(at->second.y1, b.y1)};
  }
  std::vector<ReadLineBox> lines;
  for (const auto& [line, box] : by_line) lines.push_back(box);
  return {lines, 2 * right_to_left > words};
}

// The word is given the page's mean confidence, which it leaves as it was.
void add_unread_separators(Pix* whole_binary, int dpi, int page_number, double confidence, Reading& reading,
                           std::vector<Edit>& edits) {
  if (!whole_binary || reading.words.empty()) return;
  const double scale = 72.0 / dpi;
  if (reads_low_rule(reading, pixGetHeight(whole_binary) * scale)) return;
  const auto [lines, right_to_left] = read_lines(reading, scale);
  int line = *std::max_element(reading.line_of.begin(), reading.line_of.end());
  for (const SeparatorRule& r : find_note_separators(whole_binary, dpi, lines, right_to_left)) {
    PlacedWord w;
    w.text = " ";
    w.box = Box{r.x * scale, r.y * scale, (r.x + r.width) * scale, (r.y + r.thickness) * scale};
    w.space_after = false;
    w.confidence = confidence;
    reading.blocks.push_back(BlockBox{static_cast<int>(reading.blocks.size()), w.box});
    reading.block_of.push_back(reading.blocks.back().id);
    reading.line_of.push_back(++line);
    reading.band_of.emplace_back(0, 0);
    edits.push_back(page_edit("note_separator", page_number,
                              "a short rule over the foot of the page, white above and below, at the start of the "
                              "text's lines and over a line of text that starts at its end, which Tesseract read as "
                              "nothing: taken as the separator over the notes (" +
                                  format_fixed(w.box.width(), 0) + " pt long, " + format_fixed(w.box.y0, 0) +
                                  " pt down)",
                              0.8));
    reading.words.push_back(std::move(w));
  }
}

// A page in a script other than Latin is read with English beside it, for
// the Latin symbols it prints (kLatinCompanion). Where Tesseract's
// line finding sees a line of the page's own script badly (a bold title,
// a running head), the English model can win its words and give Latin
// nonsense in their place: on the Chinese scan of the six-language fixture
// "污蔑、歧视、煽动暴力和暴力侵害行为" came out "To, BOL, Piola HARA
// RETA", words of confidence 19 to 51, where the symbols and the masthead's
// English the page prints read at 75 to 96. A line holding at least
// kDoubtfulLatinWords words of Latin letters only (no figure, no slash: a
// symbol is not one) read under kDoubtfulLatinConfidence is read again
// alone, in the page's own language without the companion; that reading
// replaces the line's words, with an edit `latin_read_again` that gives
// both readings, when it is more confident than the line was and not
// itself Latin.
constexpr std::string_view kLatinCompanion = "eng";
constexpr std::size_t kDoubtfulLatinWords = 2;
constexpr double kDoubtfulLatinConfidence = 60;

bool doubtful_latin_word(const PlacedWord& w) {
  if (w.confidence >= kDoubtfulLatinConfidence) return false;
  std::size_t letters = 0;
  for (std::size_t i = 0; i < w.text.size();) {
    const char32_t cp = next_code_point(w.text, i);
    if ((cp >= '0' && cp <= '9') || cp == '/') return false;
    const Script s = script_of(cp);
    if (s == Script::latin) ++letters;
    else if (s != Script::none) return false;
  }
  return letters >= 2;
}

// The mean confidence of words [from, to) of `words`.
double mean_confidence(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to) {
  double sum = 0;
  for (std::size_t k = from; k < to; ++k) sum += words[k].confidence;
  return to > from ? sum / static_cast<double>(to - from) : 0;
}

// The words of the rectangle `box` (points) of the page image `pix`,
// with a margin, read alone as a single line in `languages`; boxes on the
// page. With `x_height` (pixels, > 0), underlines found under the line
// (find_underlines) are erased from a copy of the rectangle first; without
// it, with `marks`, the raised marks at the ends of words are noted
// (Reading::marks, boxes on the page).
Reading read_line_alone(Pix* pix, int dpi, double scale, const std::string& languages, const Box& box, int x_height,
                        bool marks = false) {
  Reading again;
  const int margin = dpi / 50;
  const int l = std::max(0, static_cast<int>(box.x0 / scale) - margin), t = std::max(0, static_cast<int>(box.y0 / scale) - margin);
  const int r = std::min(pixGetWidth(pix), static_cast<int>(box.x1 / scale) + margin);
  // Below, room for an underline at the depth of the descenders.
  const int below = x_height > 0 ? std::max(margin, x_height) : margin;
  const int bottom = std::min(pixGetHeight(pix), static_cast<int>(box.y1 / scale) + below);
  if (r <= l || bottom <= t) return again;
  PixPtr clean;
  if (x_height > 0) {
    LeptonicaBoxPtr area(boxCreate(l, t, r - l, bottom - t));
    PixPtr crop(area ? pixClipRectangle(pix, area.get(), nullptr) : nullptr);
    PixPtr binary(crop ? (pixGetDepth(crop.get()) == 1 ? pixCopy(nullptr, crop.get()) : pixConvertTo1(crop.get(), 128)) : nullptr);
    std::vector<Underline> found = binary ? find_underlines(binary.get(), x_height) : std::vector<Underline>{};
    if (!found.empty()) {
      erase_underlines(crop.get(), binary.get(), found, x_height);
      clean = std::move(crop);
    }
  }
  tesseract::TessBaseAPI& api = engine_for(languages).api;
  api.SetImage(clean ? clean.get() : pix);
  api.SetSourceResolution(dpi);
  api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
  if (!clean) api.SetRectangle(l, t, r - l, bottom - t);
  if (api.Recognize(nullptr) == 0) collect(api, scale, false, again, marks && !clean);
  api.SetPageSegMode(tesseract::PSM_AUTO);
  api.Clear();
  if (clean)
    for (PlacedWord& w : again.words)
      w.box = Box{w.box.x0 + l * scale, w.box.y0 + t * scale, w.box.x1 + l * scale, w.box.y1 + t * scale};
  return again;
}

// The box around words [from, to).
Box box_of(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to) {
  Box b{1e9, 1e9, -1e9, -1e9};
  for (std::size_t k = from; k < to; ++k) {
    const Box& w = words[k].box;
    b = Box{std::min(b.x0, w.x0), std::min(b.y0, w.y0), std::max(b.x1, w.x1), std::max(b.y1, w.y1)};
  }
  return b;
}

// Replaces words [from, to) of `reading` (one line) by `again`'s, on that
// line and in its block.
void replace_line_words(Reading& reading, std::size_t from, std::size_t to, Reading& again) {
  const int block = reading.block_of[from], id = reading.line_of[from];
  const auto f = static_cast<std::ptrdiff_t>(from), t = static_cast<std::ptrdiff_t>(to);
  reading.words.erase(reading.words.begin() + f, reading.words.begin() + t);
  reading.block_of.erase(reading.block_of.begin() + f, reading.block_of.begin() + t);
  reading.line_of.erase(reading.line_of.begin() + f, reading.line_of.begin() + t);
  reading.band_of.erase(reading.band_of.begin() + f, reading.band_of.begin() + t);
  const std::size_t n = again.words.size();
  reading.words.insert(reading.words.begin() + f, std::make_move_iterator(again.words.begin()), std::make_move_iterator(again.words.end()));
  reading.block_of.insert(reading.block_of.begin() + f, n, block);
  reading.line_of.insert(reading.line_of.begin() + f, n, id);
  reading.band_of.insert(reading.band_of.begin() + f, again.band_of.begin(), again.band_of.end());
  // The raised marks of the line are those of its new reading; the
  // indexes of the marks after it move with the words.
  std::vector<std::pair<std::size_t, RaisedMark>> marks;
  for (const auto& [index, mark] : reading.marks)
    if (index < from) marks.emplace_back(index, mark);
  for (const auto& [index, mark] : again.marks) marks.emplace_back(from + index, mark);
  for (const auto& [index, mark] : reading.marks)
    if (index >= to) marks.emplace_back(index - (to - from) + n, mark);
  reading.marks = std::move(marks);
}

// The edit of a line of Latin nonsense (words [from, to) of `reading`)
// read again in `alone` as `again`.
Edit latin_reread_edit(int page_number, const Reading& reading, std::size_t from, std::size_t to, const std::string& alone,
                       const Reading& again) {
  const Box box = box_of(reading.words, from, to);
  return Edit{"ocr_preprocess", "latin_read_again", Position{page_number, 0, 0}, line_text(reading.words, from, to),
              line_text(again.words, 0, again.words.size()),
              "the line read with the Latin companion (" + std::string(kLatinCompanion) + ") held at least " +
                  std::to_string(kDoubtfulLatinWords) + " words of Latin letters read under " +
                  format_fixed(kDoubtfulLatinConfidence, 0) + " (mean confidence " +
                  format_fixed(mean_confidence(reading.words, from, to), 0) + "); read again alone as one line in " +
                  alone + ", it is not Latin and more confident (" +
                  format_fixed(mean_confidence(again.words, 0, again.words.size()), 0) + ")",
              0.8, box};
}

// Reads the line of words [from, to) again in `alone`; true when its words
// were replaced, with an edit that gives both readings.
bool reread_line_alone(Pix* pix, int dpi, double scale, const std::string& alone, Reading& reading, std::size_t from,
                       std::size_t to, int page_number, std::vector<Edit>& edits) {
  Reading again = read_line_alone(pix, dpi, scale, alone, box_of(reading.words, from, to), 0);
  std::string text;
  for (const PlacedWord& w : again.words) text += w.text + ' ';
  if (again.words.empty() || dominant_script(text) == Script::latin ||
      mean_confidence(again.words, 0, again.words.size()) <= mean_confidence(reading.words, from, to))
    return false;
  edits.push_back(latin_reread_edit(page_number, reading, from, to, alone, again));
  replace_line_words(reading, from, to, again);
  return true;
}

// Reads again, in the page's own language alone, each line of Latin
// nonsense of a page read with the Latin companion (see above). The
// lines go from the last, so that the indexes before a line still hold.
void reread_doubtful_latin_lines(Pix* pix, int dpi, double scale, const std::string& languages, int page_number,
                                 Reading& reading, std::vector<Edit>& edits) {
  const std::string suffix = "+" + std::string(kLatinCompanion);
  if (languages.size() <= suffix.size() || !languages.ends_with(suffix)) return;
  const std::string alone = languages.substr(0, languages.size() - suffix.size());
  for (std::size_t to = reading.words.size(); to > 0;) {
    std::size_t from = to - 1;
    while (from > 0 && reading.line_of[from - 1] == reading.line_of[to - 1]) --from;
    const auto doubtful = std::count_if(reading.words.begin() + static_cast<std::ptrdiff_t>(from),
                                        reading.words.begin() + static_cast<std::ptrdiff_t>(to), doubtful_latin_word);
    if (static_cast<std::size_t>(doubtful) >= kDoubtfulLatinWords)
      reread_line_alone(pix, dpi, scale, alone, reading, from, to, page_number, edits);
    to = from;
  }
}

// On a page of Han text read with the Latin companion, the English model
// also wins the few Han characters of a line made mostly of figures: the
// dates and citations of a Chinese resolution ("2020年6月22日第43/34号、⁹"
// read "6 A 22 A 43/34 5. °": 月 and 日 as lone capitals, the raised note
// mark as a degree sign), and the raised note marks on such a line are
// lost with it. Han text prints no word of one to kMostStrayLetters Latin
// letters standing alone (the Latin a Chinese page prints is symbols,
// with slashes, and words in full); a line holding Han characters and at
// least kLeastStrayWords such stray Latin words (no slash, no bracket: a
// symbol or a Roman numeral is not one) is read again alone in the page's
// own language without the companion, its raised marks noted as the
// page's reading notes them, before they are read (read_raised_marks).
// The new reading replaces the line's words, with an edit, when it is
// plausible as Han text: fewer stray Latin words, more Han characters, and
// a mean confidence at most kStrayRereadSlack under the line's.
constexpr std::size_t kMostStrayLetters = 3;
constexpr std::size_t kLeastStrayWords = 2;
constexpr double kStrayRereadSlack = 10;

bool stray_latin_word(const PlacedWord& w) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < w.text.size();) {
    const char32_t cp = next_code_point(w.text, i);
    if (cp == '/' || cp == '(' || cp == ')' || cp == '[' || cp == ']') return false;
    const Script s = script_of(cp);
    if (s == Script::latin) ++letters;
    else if (s != Script::none) return false;
  }
  return letters >= 1 && letters <= kMostStrayLetters;
}

// What tells a line of Han text read right from one the companion won.
struct HanLine {
  std::size_t stray = 0, han = 0;
  double confidence = 0;
};

HanLine han_line(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to) {
  HanLine h;
  for (std::size_t k = from; k < to; ++k) {
    h.stray += stray_latin_word(words[k]) ? 1U : 0U;
    for (std::size_t i = 0; i < words[k].text.size();)
      h.han += script_of(next_code_point(words[k].text, i)) == Script::han ? 1U : 0U;
  }
  h.confidence = mean_confidence(words, from, to);
  return h;
}

// Reads line [from, to) again alone in `alone` with its raised marks (see
// above); true when its words were replaced.
bool reread_han_line(Pix* pix, int dpi, double scale, const std::string& alone, int page_number, Reading& reading,
                     std::size_t from, std::size_t to, std::vector<Edit>& edits) {
  const Box line = box_of(reading.words, from, to);
  Reading again = read_line_alone(pix, dpi, scale, alone, line, 0, true);
  const std::size_t n = again.words.size();
  const HanLine was = han_line(reading.words, from, to), is = han_line(again.words, 0, n);
  if (n == 0 || is.stray >= was.stray || is.han <= was.han || is.confidence < was.confidence - kStrayRereadSlack)
    return false;
  Edit& e = edits.emplace_back(page_edit(
      "latin_read_again", page_number,
      "a line of Han text held " + std::to_string(was.stray) + " stray Latin words of at most " +
          std::to_string(kMostStrayLetters) + " letters (mean confidence " + format_fixed(was.confidence, 0) +
          "), the Latin companion's reading of Han characters among figures; read again alone as " + alone +
          ", it holds " + std::to_string(is.stray) + " and " + std::to_string(is.han - was.han) +
          " Han characters more (mean confidence " + format_fixed(is.confidence, 0) + "), and " +
          std::to_string(again.marks.size()) + " raised marks to read",
      0.8));
  e.before = line_text(reading.words, from, to);
  e.after = line_text(again.words, 0, n);
  e.box = line;
  replace_line_words(reading, from, to, again);
  return true;
}

// Reads again each line of Han text with stray Latin words of a page of
// Han text read with the Latin companion (see above), from the last, so
// that the indexes before a line still hold.
void reread_han_lines_with_stray_latin(Pix* pix, int dpi, double scale, const std::string& languages, int page_number,
                                       Reading& reading, std::vector<Edit>& edits) {
  const std::string suffix = "+" + std::string(kLatinCompanion);
  if (languages.size() <= suffix.size() || !languages.ends_with(suffix)) return;
  std::string all;
  for (const PlacedWord& w : reading.words) all += w.text + ' ';
  if (dominant_script(all) != Script::han) return;
  const std::string alone = languages.substr(0, languages.size() - suffix.size());
  for (std::size_t to = reading.words.size(); to > 0;) {
    std::size_t from = to - 1;
    while (from > 0 && reading.line_of[from - 1] == reading.line_of[to - 1]) --from;
    const HanLine h = han_line(reading.words, from, to);
    if (h.han > 0 && h.stray >= kLeastStrayWords)
      reread_han_line(pix, dpi, scale, alone, page_number, reading, from, to, edits);
    to = from;
  }
}

// Tesseract's page layout analysis loses whole lines of Arabic text: the
// dots and marks of letters fill the gap between lines set close, and it
// takes two printed lines for one, of which it reads one (on the
// six-language fixture's Arabic scan, "والتعبير والاحترام الكامل ..." of
// page 2 is read by no setting of the page but a single block). The
// lines are there when the block is read again as one uniform block of
// text (PSM_SINGLE_BLOCK, which finds its lines by their baselines). So on
// a page read in a right-to-left language each block of at least
// kLeastRereadLines lines (and no drawn rule) is read again so; the new reading replaces the
// block's words when it finds more lines with at least as many words, at a
// mean confidence at most kRereadConfidenceSlack under the first. Reading
// blocks again nearly doubles the time of such a page.
constexpr std::size_t kLeastRereadLines = 3;
constexpr double kRereadConfidenceSlack = 5;

bool reads_right_to_left(const std::string& languages) {
  return languages == "ara" || languages.starts_with("ara+");
}

std::size_t distinct_lines(const std::vector<int>& line_of, std::size_t from, std::size_t to) {
  std::set<int> lines(line_of.begin() + static_cast<std::ptrdiff_t>(from), line_of.begin() + static_cast<std::ptrdiff_t>(to));
  return lines.size();
}

// Replaces words [from, to) of `reading` (one block) by the words of
// `again`, in that block, on lines of their own; the raised marks found in
// the block are those of `again`.
// The type size of the block's words stays the one the page's reading
// measured (the uniform block's row heights take in the letters' dots and
// marks: read so, whole pages of body type came out larger, and the notes'
// type, measured against the body's, no longer told them apart).
double median_font_size(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to) {
  std::vector<double> sizes;
  for (std::size_t k = from; k < to; ++k) sizes.push_back(words[k].font_size);
  if (sizes.empty()) return 0;
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
  return sizes[sizes.size() / 2];
}

void replace_block_words(Reading& reading, std::size_t from, std::size_t to, Reading& again) {
  const int block = reading.block_of[from];
  const double measured = median_font_size(reading.words, from, to), read = median_font_size(again.words, 0, again.words.size());
  if (measured > 0 && read > 0)
    for (PlacedWord& w : again.words) w.font_size *= measured / read;
  const int first_line = *std::max_element(reading.line_of.begin(), reading.line_of.end()) + 1;
  const auto f = static_cast<std::ptrdiff_t>(from), e = static_cast<std::ptrdiff_t>(to);
  const std::size_t n = again.words.size();
  reading.words.erase(reading.words.begin() + f, reading.words.begin() + e);
  reading.block_of.erase(reading.block_of.begin() + f, reading.block_of.begin() + e);
  reading.line_of.erase(reading.line_of.begin() + f, reading.line_of.begin() + e);
  reading.band_of.erase(reading.band_of.begin() + f, reading.band_of.begin() + e);
  reading.words.insert(reading.words.begin() + f, std::make_move_iterator(again.words.begin()),
                       std::make_move_iterator(again.words.end()));
  reading.block_of.insert(reading.block_of.begin() + f, n, block);
  for (int& l : again.line_of) l += first_line;
  reading.line_of.insert(reading.line_of.begin() + f, again.line_of.begin(), again.line_of.end());
  reading.band_of.insert(reading.band_of.begin() + f, again.band_of.begin(), again.band_of.end());
  std::vector<std::pair<std::size_t, RaisedMark>> marks;
  for (const auto& [index, m] : reading.marks) {
    if (index < from) marks.emplace_back(index, m);
    else if (index >= to) marks.emplace_back(index - (to - from) + n, m);
  }
  for (const auto& [index, m] : again.marks) marks.emplace_back(index + from, m);
  std::sort(marks.begin(), marks.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  reading.marks = std::move(marks);
}

// Reads each block of several lines of a right-to-left page again as one
// uniform block (see above), from the last, so that the indexes before a
// block still hold.
void reread_blocks_with_lost_lines(tesseract::TessBaseAPI& api, Pix* pix, int dpi, double scale, int page_number,
                                   Reading& reading, std::vector<Edit>& edits) {
  for (std::size_t to = reading.words.size(); to > 0;) {
    std::size_t from = to - 1;
    while (from > 0 && reading.block_of[from - 1] == reading.block_of[to - 1]) --from;
    const std::size_t lines = distinct_lines(reading.line_of, from, to);
    // A block holding a drawn rule (a word of no text: the separator over
    // the notes) keeps its reading, which alone gives the rule.
    const bool rule = std::any_of(reading.words.begin() + static_cast<std::ptrdiff_t>(from),
                                  reading.words.begin() + static_cast<std::ptrdiff_t>(to),
                                  [](const PlacedWord& w) { return is_blank(w.text); });
    if (lines >= kLeastRereadLines && !rule) {
      Box b{1e9, 1e9, -1e9, -1e9};
      for (std::size_t k = from; k < to; ++k) {
        const Box& w = reading.words[k].box;
        b = Box{std::min(b.x0, w.x0), std::min(b.y0, w.y0), std::max(b.x1, w.x1), std::max(b.y1, w.y1)};
      }
      const int margin = dpi / 100;
      const int l = std::max(0, static_cast<int>(b.x0 / scale) - margin), t = std::max(0, static_cast<int>(b.y0 / scale) - margin);
      const int r = std::min(pixGetWidth(pix), static_cast<int>(b.x1 / scale) + margin);
      const int bottom = std::min(pixGetHeight(pix), static_cast<int>(b.y1 / scale) + margin);
      api.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
      api.SetRectangle(l, t, r - l, bottom - t);
      Reading again;
      if (r > l && bottom > t && api.Recognize(nullptr) == 0) collect(api, scale, true, again);
      if (again.vertical.empty() && distinct_lines(again.line_of, 0, again.words.size()) > lines &&
          again.words.size() >= to - from &&
          mean_confidence(again.words, 0, again.words.size()) >= mean_confidence(reading.words, from, to) - kRereadConfidenceSlack) {
        Edit& e = edits.emplace_back(page_edit(
            "block_read_again", page_number,
            "the page's layout analysis read a block as " + std::to_string(lines) + " lines of " + std::to_string(to - from) +
                " words; read again as one block of text, it has " +
                std::to_string(distinct_lines(again.line_of, 0, again.words.size())) + " lines of " +
                std::to_string(again.words.size()) + " words (lines of Arabic set close are lost as one)",
            0.8));
        e.box = b;
        replace_block_words(reading, from, to, again);
      }
    }
    to = from;
  }
  api.SetPageSegMode(tesseract::PSM_AUTO);
}

// Tesseract's Arabic model drops figures of the Western numbers an Arabic
// page prints, and keeps the word's box: on the six-language fixture's
// Arabic scan "2013" came out "3" in a box four figures wide, "24" "4" in
// one two wide. A word of figures alone whose box is wider than its figures
// by at least kDroppedFigureShare of a figure (the page's figure width:
// the median, per figure, of the numbers of at least two figures read
// with a confidence of at least kFigureWidthConfidence) is read again in
// kLatinCompanion as one word of figures; the new reading replaces it when
// it holds more figures, no more than the box holds, read with a
// confidence of at least kFigureRereadConfidence. A word whose box stands
// taller than kRaisedFigureHeight times the page's figures (their median
// height, measured as their width) holds a raised note mark beside the
// number ("2013³" read "3"): read again, the mark runs into the number
// ("39013"), so such a word stays as read.
constexpr double kDroppedFigureShare = 0.8;
constexpr double kRaisedFigureHeight = 1.15;
constexpr double kFigureWidthConfidence = 80;
constexpr double kFigureRereadConfidence = 60;

bool all_figures(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The median width of a figure on the page and the median height of the
// numbers (points); 0 when no number tells.
std::pair<double, double> figure_size(const Reading& reading) {
  std::vector<double> widths, heights;
  for (const PlacedWord& w : reading.words)
    if (w.text.size() >= 2 && all_figures(w.text) && w.confidence >= kFigureWidthConfidence) {
      widths.push_back(w.box.width() / static_cast<double>(w.text.size()));
      heights.push_back(w.box.height());
    }
  if (widths.empty()) return {0, 0};
  auto median = [](std::vector<double>& v) {
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(v.size() / 2), v.end());
    return v[v.size() / 2];
  };
  return {median(widths), median(heights)};
}

void reread_numbers_with_dropped_figures(Pix* pix, int dpi, double scale, int page_number, Reading& reading,
                                         std::vector<Edit>& edits) {
  const auto [figure, height] = figure_size(reading);
  if (figure <= 0) return;
  Engine* latin = nullptr;
  try {
    latin = &engine_for(std::string(kLatinCompanion));
  } catch (const EnvironmentError&) {
    return;
  }
  tesseract::TessBaseAPI& api = latin->api;
  bool set = false;
  for (PlacedWord& w : reading.words) {
    if (!all_figures(w.text) || w.box.width() < (static_cast<double>(w.text.size()) + kDroppedFigureShare) * figure ||
        w.box.height() > kRaisedFigureHeight * height)
      continue;
    if (!set) {
      api.SetImage(pix);
      api.SetSourceResolution(dpi);
      api.SetPageSegMode(tesseract::PSM_SINGLE_WORD);
      api.SetVariable("tessedit_char_whitelist", "0123456789");
      set = true;
    }
    const int margin = dpi / 100;
    const int l = std::max(0, static_cast<int>(w.box.x0 / scale) - margin), t = std::max(0, static_cast<int>(w.box.y0 / scale) - margin);
    const int r = std::min(pixGetWidth(pix), static_cast<int>(w.box.x1 / scale) + margin);
    const int b = std::min(pixGetHeight(pix), static_cast<int>(w.box.y1 / scale) + margin);
    if (r <= l || b <= t) continue;
    api.SetRectangle(l, t, r - l, b - t);
    if (api.Recognize(nullptr) != 0) continue;
    TessText text(api.GetUTF8Text());
    const std::string again = text ? std::string(trim(text.get())) : std::string();
    const int confidence = api.MeanTextConf();
    const auto fits = static_cast<std::size_t>(std::lround(w.box.width() / figure));
    if (all_figures(again) && again.size() > w.text.size() && again.size() <= fits && confidence >= kFigureRereadConfidence) {
      Edit& e = edits.emplace_back(page_edit(
          "number_read_again", page_number,
          "the Arabic reading \"" + w.text + "\" (confidence " +
              std::to_string(std::lround(w.confidence)) + ") stands in a box " + std::to_string(fits) +
              " figures wide: read again as figures, \"" + again + "\" (confidence " + std::to_string(confidence) + ")",
          0.8));
      e.box = w.box;
      w.text = again;
      w.confidence = confidence;
    }
  }
  if (set) {
    api.SetVariable("tessedit_char_whitelist", "");
    api.SetPageSegMode(tesseract::PSM_AUTO);
    api.Clear();
  }
}

// Tesseract's layout analysis runs an Arabic line into the line above
// where the dots and marks of the two meet (the block reading above finds
// most of them, not all), and then reads the opening of a paragraph or a
// point, its number or its bracketed label standing alone at the right end,
// as the other line's ink: on the six-language fixture's Arabic scan
// "(ج) التشجيع على" came out "اج اتش 08", "(ه)" as "7", "(ز)" as "6". Read
// alone as one line, in the band of the page's type around its own baseline,
// the same line gives "(ج) التشجيع على". So on a right-to-left page each
// line that opens a paragraph (its right end stands at least
// kOpeningIndentPitch of a line pitch in from the right end most lines
// share), whose first word may be a misread number or label (it holds a
// figure or a bracket, or was read under kDoubtfulOpeningConfidence) and
// that does not open with a number ("7 -", "7-") or a label ("(ب)"), is
// read again alone, from kAbovePitch of a pitch over its baseline to
// kBelowPitch under it (the pitch: the page's step from baseline to
// baseline within a paragraph, its lower quartile; Tesseract's type size
// of an Arabic row is not steady); the new reading replaces the line when
// it opens with a number or a label, holds at least kOpeningWordsShare of
// the line's words and reads with a mean confidence at most
// kOpeningConfidenceSlack under the line's, with an edit. A line holding a
// raised note mark split off above keeps its reading (read again, the mark
// would run into its word). On the fixture's Arabic scan 6 labels and one
// number come back (labels 4 to 9 with the sequence of correct_ocr_words).
constexpr double kOpeningIndentPitch = 0.5;
constexpr double kAbovePitch = 0.9;
constexpr double kBelowPitch = 0.4;
constexpr double kDoubtfulOpeningConfidence = 50;
constexpr std::size_t kLeastPitchLines = 4;
constexpr double kSameRowPt = 1;
constexpr double kLeadingEm = 1.25;  // a line of type takes 1.25 em (12 pt type on 15 pt)
constexpr double kOpeningWordsShare = 0.6;
constexpr double kOpeningConfidenceSlack = 10;
constexpr double kMarkFontShare = 0.7;  // a split-off mark is set at 0.6 of its word's size

bool decimal_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9); }

// Whether `first` (and `second`, the word after it in reading order) open a
// numbered paragraph or a lettered point: "7 -", "7-", "(ب)", "(1)". A
// paragraph is numbered from 1: "0 -" opens none.
bool opens_paragraph(std::string_view first, std::string_view second) {
  const std::u32string a = code_points(first);
  if (a.size() >= 3 && a.size() <= 4 && a.front() == U'(' && a.back() == U')') return true;
  std::size_t digits = 0;
  while (digits < a.size() && decimal_digit(a[digits])) ++digits;
  if (digits == 0 || digits > 2 || a[0] == U'0' || a[0] == 0x0660 || a[0] == 0x06F0) return false;
  if (digits == a.size() - 1 && a.back() == U'-') return true;
  return digits == a.size() && second == "-";
}

// The right end (points) that most lines of `reading` reach: the median of
// the lines' right ends.
double common_right_end(const Reading& reading) {
  std::map<int, double> right;
  for (std::size_t k = 0; k < reading.words.size(); ++k) {
    auto [it, fresh] = right.try_emplace(reading.line_of[k], reading.words[k].box.x1);
    if (!fresh) it->second = std::max(it->second, reading.words[k].box.x1);
  }
  std::vector<double> ends;
  for (const auto& [line, end] : right) ends.push_back(end);
  if (ends.empty()) return 0;
  std::nth_element(ends.begin(), ends.begin() + static_cast<std::ptrdiff_t>(ends.size() / 2), ends.end());
  return ends[ends.size() / 2];
}

// The baseline (points) of line [from, to): Tesseract's, from the band
// collect gave its first word that has one (line_band); none when no word has.
std::optional<double> baseline_of(const Reading& reading, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to; ++k) {
    const auto [top, bottom] = reading.band_of[k];
    if (bottom > top) return bottom - kDescentEm * (bottom - top) / (kAscentEm + kDescentEm);
  }
  return std::nullopt;
}

// The distance (points) from one baseline to the next within a paragraph:
// the lower quartile of the steps between the baselines of the page's
// lines at least half as wide as its median line (gaps between paragraphs
// and lines OCR lost make longer steps); 0 when too few lines tell.
double line_pitch(const Reading& reading) {
  std::vector<std::pair<double, double>> lines;  // baseline, width
  for (std::size_t from = 0; from < reading.words.size();) {
    std::size_t to = from + 1;
    while (to < reading.words.size() && reading.line_of[to] == reading.line_of[from]) ++to;
    if (const auto base = baseline_of(reading, from, to)) lines.emplace_back(*base, box_of(reading.words, from, to).width());
    from = to;
  }
  if (lines.size() < kLeastPitchLines) return 0;
  std::vector<double> widths;
  for (const auto& l : lines) widths.push_back(l.second);
  std::nth_element(widths.begin(), widths.begin() + static_cast<std::ptrdiff_t>(widths.size() / 2), widths.end());
  const double least = widths[widths.size() / 2] / 2;
  std::vector<double> bases;
  for (const auto& [base, width] : lines)
    if (width >= least) bases.push_back(base);
  std::sort(bases.begin(), bases.end());
  std::vector<double> steps;
  for (std::size_t k = 1; k < bases.size(); ++k)
    if (bases[k] - bases[k - 1] > kSameRowPt) steps.push_back(bases[k] - bases[k - 1]);
  if (steps.size() + 1 < kLeastPitchLines) return 0;
  std::nth_element(steps.begin(), steps.begin() + static_cast<std::ptrdiff_t>(steps.size() / 4), steps.end());
  return steps[steps.size() / 4];
}

// The first two words of line [from, to) in reading order (the rightmost
// first); indexes into `words`, `to` where the line has fewer.
std::pair<std::size_t, std::size_t> opening_words(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to) {
  std::vector<std::size_t> order;
  for (std::size_t k = from; k < to; ++k)
    if (!is_blank(words[k].text)) order.push_back(k);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return words[a].box.x1 > words[b].box.x1; });
  return {order.empty() ? to : order[0], order.size() < 2 ? to : order[1]};
}

std::pair<std::string, std::string> opening_text(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to) {
  const auto [a, b] = opening_words(words, from, to);
  return {a < to ? words[a].text : "", b < to ? words[b].text : ""};
}

// Whether the word opening a line may be a number or a label OCR misread:
// it holds a figure or a bracket, or OCR doubted it.
bool doubtful_opening(const PlacedWord& w) {
  if (w.confidence < kDoubtfulOpeningConfidence) return true;
  const std::u32string t = code_points(w.text);
  return std::any_of(t.begin(), t.end(), [](char32_t c) { return decimal_digit(c) || c == U'(' || c == U')'; });
}

bool holds_split_mark(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to) {
  std::vector<double> sizes;
  for (std::size_t k = from; k < to; ++k) sizes.push_back(words[k].font_size);
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
  const double median = sizes[sizes.size() / 2];
  return std::any_of(words.begin() + static_cast<std::ptrdiff_t>(from), words.begin() + static_cast<std::ptrdiff_t>(to),
                     [&](const PlacedWord& w) { return w.font_size > 0 && w.font_size < kMarkFontShare * median; });
}

// Reads line [from, to) again alone in its baseline's band (see above);
// true when its words were replaced.
bool reread_opening(Pix* pix, int dpi, double scale, const std::string& languages, double pitch, int page_number,
                    Reading& reading, std::size_t from, std::size_t to, std::vector<Edit>& edits) {
  const auto base = baseline_of(reading, from, to);
  if (!base) return false;
  Box line = box_of(reading.words, from, to);
  line.y0 = *base - kAbovePitch * pitch;
  line.y1 = *base + kBelowPitch * pitch;
  line.x1 += pitch / 2;  // the label's bracket, which a merged line's box may cut
  Reading again = read_line_alone(pix, dpi, scale, languages, line, 0);
  const auto [first, second] = opening_text(again.words, 0, again.words.size());
  const double before = mean_confidence(reading.words, from, to), after = mean_confidence(again.words, 0, again.words.size());
  if (!opens_paragraph(first, second) || static_cast<double>(again.words.size()) < kOpeningWordsShare * static_cast<double>(to - from) ||
      after < before - kOpeningConfidenceSlack)
    return false;
  const auto [old_first, old_second] = opening_text(reading.words, from, to);
  Edit& e = edits.emplace_back(page_edit(
      "opening_read_again", page_number,
      "a line opening a paragraph (indented at its right end) read \"" + old_first + " " + old_second +
          "\" where a number or a label stands (mean confidence " + format_fixed(before, 0) +
          "); read again alone in the band of its baseline, it opens with \"" + first + " " + second +
          "\" (mean confidence " + format_fixed(after, 0) + "; Arabic lines set close are run into the line above)",
      0.7));
  e.before = old_first + " " + old_second;
  e.after = first + " " + second;
  e.box = box_of(reading.words, from, to);
  // The page's type size and band around the line's own baseline (the
  // reading alone measures its type from letters without an x-height).
  const double size = median_font_size(reading.words, 0, reading.words.size()), em = pitch / kLeadingEm;
  for (PlacedWord& w : again.words) w.font_size = size;
  for (auto& band : again.band_of) band = {*base - kAscentEm * em, *base + kDescentEm * em};
  replace_line_words(reading, from, to, again);
  return true;
}

// Reads again each paragraph-opening line of a right-to-left page whose
// number or label OCR lost (see above), from the last line.
void reread_lost_openings(Pix* pix, int dpi, double scale, const std::string& languages, int page_number, Reading& reading,
                          std::vector<Edit>& edits) {
  const double right = common_right_end(reading), pitch = line_pitch(reading);
  if (right <= 0 || pitch <= 0) return;
  for (std::size_t to = reading.words.size(); to > 0;) {
    std::size_t from = to - 1;
    while (from > 0 && reading.line_of[from - 1] == reading.line_of[to - 1]) --from;
    const auto [first, second] = opening_words(reading.words, from, to);
    if (first < to && has_right_to_left(line_text(reading.words, from, to)) &&
        box_of(reading.words, from, to).x1 <= right - kOpeningIndentPitch * pitch && doubtful_opening(reading.words[first]) &&
        !opens_paragraph(reading.words[first].text, second < to ? reading.words[second].text : "") &&
        !holds_split_mark(reading.words, from, to))
      reread_opening(pix, dpi, scale, languages, pitch, page_number, reading, from, to, edits);
    to = from;
  }
}

// The whole page read by Tesseract's layout analysis into `reading`
// (`api` holds the page image). Returns the whole page as Tesseract
// thresholds it, copied before its layout analysis takes the rules out of
// its own (the raised marks are looked for in it), and sets `page_binary`
// to the page as that analysis left it. Thresholded here, Recognize reuses
// it; asked for after the readings of rectangles, the whole page was
// thresholded a second time (2% of the bench scans' CPU).
PixPtr read_whole_page(tesseract::TessBaseAPI& api, Pix* pix, int dpi, int page_number, bool keep_hocr, OcrPage& page,
                       Reading& reading, PixPtr& page_binary) {
  const double scale = 72.0 / dpi;
  // Under a memory limit, Recognize can return success with nothing read
  // when an allocation inside it failed (errno ENOMEM): that is running out
  // of memory, not a page without text, and must not pass for one.
  errno = 0;
  const PixPtr thresholded(api.GetThresholdedImage());
  PixPtr whole_binary(thresholded ? pixCopy(nullptr, thresholded.get()) : nullptr);
  if (api.Recognize(nullptr) == 0) {
    collect(api, scale, true, reading);
    page_binary.reset(api.GetThresholdedImage());
    measure_rules_without_width(pix, dpi, scale, reading);
    // The page in hOCR, as Tesseract's renderer writes it, from this same
    // recognition (the readings of rectangles below would replace it).
    if (keep_hocr) {
      const TessText hocr(api.GetHOCRText(page_number - 1));
      if (hocr) page.hocr = hocr.get();
    }
    if (reads_right_to_left(page.languages))
      reread_blocks_with_lost_lines(api, pix, dpi, scale, page_number, reading, page.edits);
  }
  if (reading.words.empty() && errno == ENOMEM) throw std::bad_alloc();
  return whole_binary;
}

// A narrow column of characters (the note numbers beside the notes, a
// list of item numbers) is taken by the layout analysis for vertical
// text and read sideways ("1 2 3 4" as "RWNPR"). Such a block is read
// again as lines of a single column; a real vertical stamp, read so,
// gives no confident words and is left out.
void read_vertical_blocks_as_columns(tesseract::TessBaseAPI& api, Pix* pix, int dpi, Reading& reading) {
  if (reading.vertical.empty()) return;
  const double scale = 72.0 / dpi;
  api.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
  for (const auto& r : reading.vertical) {
    const int margin = dpi / 30;
    const int l = std::max(0, r[0] - margin), t = std::max(0, r[1] - margin);
    api.SetRectangle(l, t, std::min(pixGetWidth(pix), r[2] + margin) - l, std::min(pixGetHeight(pix), r[3] + margin) - t);
    Reading column;
    if (api.Recognize(nullptr) == 0) collect(api, scale, false, column);
    const int first_line = reading.line_of.empty() ? 0 : *std::max_element(reading.line_of.begin(), reading.line_of.end()) + 1;
    for (std::size_t i = 0; i < column.words.size(); ++i) {
      if (column.words[i].confidence < 50) continue;
      const int id = static_cast<int>(reading.blocks.size()) + column.block_of[i];
      reading.words.push_back(column.words[i]);
      reading.block_of.push_back(id);
      reading.line_of.push_back(first_line + column.line_of[i]);
      reading.band_of.push_back(column.band_of[i]);
    }
    for (BlockBox b : column.blocks) {
      b.id += static_cast<int>(reading.blocks.size());
      reading.blocks.push_back(b);
    }
  }
}

// A raised mark read again on its own and found a note number: the index
// of the word it ends, where it was, and the mark as a word.
struct FoundMark {
  std::size_t index = 0;
  RaisedMark at;
  PlacedWord mark;
};

// Reads one raised mark `m` of the word `index` again on its own, as one
// character among the digits and the star (see read_raised_marks); the
// mark as a word when it is a note number.
// A mark that is a raised figure standing alone (RaisedMark::own_word)
// and whose number cannot be read again with confidence adds a warning to
// `warnings`: the printed text is kept.
std::optional<PlacedWord> read_mark(tesseract::TessBaseAPI& api, Pix* pix, int dpi, int page_number,
                                    const Reading& reading, std::size_t index, const RaisedMark& m,
                                    std::vector<std::string>& warnings) {
  // A mark found in the punctuation after a word may be a quote there:
  // read with the quotes allowed, it is a figure only when it is one.
  static constexpr const char* kMarkOnly = "0123456789*";
  static constexpr const char* kMarkOrQuote = "0123456789*'\"!\u2019\u201D\u201C";
  const double scale = 72.0 / dpi;
  // A mark read as a look-alike is read as one character. One run into
  // a number is read as a word, with up to a digit's width more on the
  // right, short of the next word on the line: the second digit of
  // such a mark ("2023¹²" read "20231") is often dropped.
  const auto& r = m.box;
  api.SetPageSegMode(m.digits ? tesseract::PSM_SINGLE_WORD : tesseract::PSM_SINGLE_CHAR);
  api.SetVariable("tessedit_char_whitelist", m.in_punctuation ? kMarkOrQuote : kMarkOnly);
  const int margin = dpi / 50;
  int right = r[2] + margin + (m.digits ? (r[3] - r[1]) * 6 / 10 : 0);
  if (m.digits && reading.words[index].space_after && index + 1 < reading.words.size())
    right = std::min(right, std::max(r[2] + margin / 2, static_cast<int>(reading.words[index + 1].box.x0 / scale) - 1));
  // A mark inside a word: short of the text after it.
  if (m.inner) right = std::min(right, std::max(r[2] + 1, m.trailing_box[0] - 1));
  const int l = m.in_punctuation ? r[0] : std::max(0, r[0] - margin), t = std::max(0, r[1] - margin);
  api.SetRectangle(l, t, std::min(pixGetWidth(pix), right) - l, std::min(pixGetHeight(pix), r[3] + margin) - t);
  if (api.Recognize(nullptr) != 0) return std::nullopt;
  TessText text(api.GetUTF8Text());
  const std::string digit = text ? std::string(trim(text.get())) : std::string();
  const int confidence = api.MeanTextConf();
  // Notes are numbered from 1: a raised "0" is the ordinal or degree
  // sign of "n° 53" (French) and "n.º" (Spanish), not a note.
  const bool figures = !digit.empty() && std::all_of(digit.begin(), digit.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digit.empty() || digit.size() > 3 || digit[0] == '0' || confidence < kMarkRereadConfidence ||
      (m.in_punctuation && !figures)) {
    // A raised figure standing alone is a note mark whatever it reads:
    // its number unread, the printed text is kept, and said so.
    if (m.own_word)
      warnings.push_back("\"" + reading.words[index].text + "\" on page " + std::to_string(page_number) +
                         " is a raised figure (a note mark)" + (m.trailing > 0 ? std::string(" before punctuation") : std::string()) +
                         ", but its number could not be "
                         "read again with confidence (" + (digit.empty() ? std::string("nothing") : "\"" + digit + "\"") +
                         ", confidence " + std::to_string(confidence) + "): kept as printed");
    return std::nullopt;
  }
  const PlacedWord& word = reading.words[index];
  PlacedWord mark;
  mark.text = digit;
  mark.box = Box{r[0] * scale, r[1] * scale, r[2] * scale, r[3] * scale};
  mark.font_size = word.font_size * 0.6;
  mark.confidence = confidence;
  mark.space_after = m.trailing == 0 && word.space_after;
  return mark;
}

// The last `n` code points of `text`, cut off.
std::string cut_last(std::string& text, std::size_t n) {
  std::size_t last = text.size();
  for (std::size_t k = 0; k < n && last > 0; ++k) last = previous_code_point_start(text, last);
  std::string tail = text.substr(last);
  text.erase(last);
  return tail;
}

// Splits each word of a found mark into the word, the mark, and the
// punctuation after the mark; from the back, so that the indexes still
// hold.
void split_off_marks(std::vector<FoundMark>& found, double scale, Reading& reading) {
  for (auto f = found.rbegin(); f != found.rend(); ++f) {
    PlacedWord& word = reading.words[f->index];
    const int block = reading.block_of[f->index];
    auto after = reading.words.begin() + static_cast<std::ptrdiff_t>(f->index) + 1;
    auto after_block = reading.block_of.begin() + static_cast<std::ptrdiff_t>(f->index) + 1;
    std::vector<PlacedWord> inserted;
    PlacedWord punctuation;
    punctuation.text = cut_last(word.text, f->at.trailing);
    cut_last(word.text, f->at.symbols);
    if (!punctuation.text.empty()) {
      const auto& r = f->at.trailing_box;
      punctuation.box = Box{r[0] * scale, r[1] * scale, r[2] * scale, r[3] * scale};
      punctuation.font_size = word.font_size;
      punctuation.confidence = word.confidence;
      punctuation.space_after = word.space_after;
    }
    word.box.x1 = std::min(word.box.x1, f->mark.box.x0);
    word.space_after = false;
    word.raised.tail = 0;  // the raised end is the mark's now
    inserted.push_back(std::move(f->mark));
    if (!punctuation.text.empty()) inserted.push_back(std::move(punctuation));
    if (word.text.empty()) {
      // The mark was a word of its own: the mark and its punctuation
      // take the word's place.
      word = std::move(inserted.front());
      inserted.erase(inserted.begin());
    }
    reading.block_of.insert(after_block, inserted.size(), block);
    reading.line_of.insert(reading.line_of.begin() + static_cast<std::ptrdiff_t>(f->index) + 1, inserted.size(),
                           reading.line_of[f->index]);
    reading.band_of.insert(reading.band_of.begin() + static_cast<std::ptrdiff_t>(f->index) + 1, inserted.size(),
                           std::pair<double, double>{0, 0});
    reading.words.insert(after, std::make_move_iterator(inserted.begin()), std::make_move_iterator(inserted.end()));
  }
}

// Raised marks read again on their own, as one character among the
// digits and the star: a found digit becomes a word of its own, small
// and raised, which read_superscripts takes as a note reference. (The
// image stays set across these readings; each names its rectangle.) A
// mark found in punctuation is read only where `whole_binary` holds ink
// standing as a raised figure does.
void read_raised_marks(tesseract::TessBaseAPI& api, Pix* pix, int dpi, int page_number, Pix* whole_binary,
                       Reading& reading, std::vector<std::string>& warnings) {
  if (reading.marks.empty()) return;
  std::vector<FoundMark> found;
  for (const auto& [index, m] : reading.marks) {
    if (m.in_punctuation && !raised_ink(whole_binary, m)) continue;
    if (std::optional<PlacedWord> mark = read_mark(api, pix, dpi, page_number, reading, index, m, warnings))
      found.push_back({index, m, std::move(*mark)});
  }
  api.SetVariable("tessedit_char_whitelist", "");
  split_off_marks(found, 72.0 / dpi, reading);
}

// The words that are ink of a picture (picture_words), with an edit that
// lists them.
std::vector<bool> pictures_left_out(Pix* page_binary, int dpi, int page_number, const Reading& reading,
                                    std::vector<Edit>& edits) {
  const std::vector<bool> picture = picture_words(page_binary, dpi, 72.0 / dpi, reading);
  std::string pictured;
  for (std::size_t i = 0; i < picture.size(); ++i)
    if (picture[i])
      pictured += (pictured.empty() ? "\"" : ", \"") + reading.words[i].text + "\" (" +
                  std::to_string(std::lround(reading.words[i].confidence)) + ")";
  if (!pictured.empty())
    edits.push_back(page_edit("picture_ink", page_number,
                              "ink of a picture (a mark over " + format_fixed(kPictureMarkPt, 0) +
                                  " pt tall and wide: an emblem, a seal) that OCR read as words is not text: " +
                                  pictured + " left out",
                              0.8));
  return picture;
}

// Two printed rows Tesseract took for one line (merged_rows.hpp): on a
// right-to-left page, a line box of at least kTallLineShare times the
// page's median line height whose image parts at a white gap into two rows
// of text's height is read again as two lines, each part alone
// (PSM_SINGLE_LINE). The two readings replace the line's, with an edit
// `rows_read_again` giving both, when no other line of the page spans
// kRowReadElsewhere of either row (a row read as a line of its own, into
// which the tall box only reaches), and together they hold at least
// kMoreRowWords times the line's words (the row the line left out is
// found) at a mean confidence at most kRereadConfidenceSlack under it.
//
// Thresholds of reading a right-to-left page's lines again
// (reread_merged_rows, reread_masthead_symbol), in one place; the row
// search's own are in merged_rows.hpp.
// The two rows' readings hold at least this many times the line's words.
constexpr double kMoreRowWords = 1.3;
// Another line spanning at least this share of a row's height read it.
constexpr double kRowReadElsewhere = 0.5;
// The confidence of an edit rows_read_again: the gap in the image is sure,
// the new readings less so.
constexpr double kRowsReadAgainConfidence = 0.8;
// The masthead's top line starts within this share of the page's height
// from its top.
constexpr double kSymbolMastheadDepth = 0.15;
// The confidence of an edit symbol_read_again: the new reading is shaped as
// a UN symbol whole.
constexpr double kSymbolReadAgainConfidence = 0.8;

// The ink per pixel row of the rectangle (pixels) of `pix`; empty when
// Leptonica cannot crop it.
std::vector<int> ink_of_rows(Pix* pix, int l, int t, int w, int h) {
  LeptonicaBoxPtr area(boxCreate(l, t, w, h));
  PixPtr crop(area ? pixClipRectangle(pix, area.get(), nullptr) : nullptr);
  PixPtr grey(crop ? pixConvertTo8(crop.get(), 0) : nullptr);
  if (!grey) return {};
  const int cw = pixGetWidth(grey.get()), ch = pixGetHeight(grey.get()), wpl = pixGetWpl(grey.get());
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(cw) * static_cast<std::size_t>(ch));
  const l_uint32* data = pixGetData(grey.get());
  for (int y = 0; y < ch; ++y)
    for (int x = 0; x < cw; ++x)
      bytes[static_cast<std::size_t>(y) * static_cast<std::size_t>(cw) + static_cast<std::size_t>(x)] =
          static_cast<std::uint8_t>(GET_DATA_BYTE(data + static_cast<std::ptrdiff_t>(y) * wpl, x));
  return ink_per_row(bytes.data(), cw, ch, cw);
}

// The median height (pixels) of the page's text lines, each line the
// words of one Tesseract line (the rules, words of no text, left out).
double median_line_height(const Reading& reading, double scale) {
  std::vector<double> heights;
  for (std::size_t to = reading.words.size(); to > 0;) {
    std::size_t from = to - 1;
    while (from > 0 && reading.line_of[from - 1] == reading.line_of[to - 1]) --from;
    if (!is_blank(reading.words[from].text)) heights.push_back(box_of(reading.words, from, to).height() / scale);
    to = from;
  }
  if (heights.empty()) return 0;
  std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
  return heights[heights.size() / 2];
}

// Whether a line of `lines` other than `self`, beside the rows from `top`
// to `bottom` (points) between `left` and `right`, spans at least
// kRowReadElsewhere of their height: that row was read there, as a line of
// its own (or as part of one).
bool row_read_elsewhere(const std::vector<Box>& lines, std::size_t self, double left, double right, double top, double bottom) {
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const Box& o = lines[k];
    const double shared = std::min(o.y1, bottom) - std::max(o.y0, top);
    if (k != self && o.x0 < right && o.x1 > left && shared >= kRowReadElsewhere * (bottom - top)) return true;
  }
  return false;
}

// Reads the line of words [from, to) again as the two rows its image
// shows, when it shows two; true when their readings replaced it.
bool reread_merged_line(Pix* pix, int dpi, double scale, const std::string& languages, double median, int page_number,
                        Reading& reading, std::size_t from, std::size_t to, std::vector<Edit>& edits,
                        const std::vector<Box>& lines, std::size_t self) {
  const Box b = box_of(reading.words, from, to);
  const int l = std::max(0, static_cast<int>(b.x0 / scale)), t = std::max(0, static_cast<int>(b.y0 / scale));
  const int r = std::min(pixGetWidth(pix), static_cast<int>(std::ceil(b.x1 / scale)));
  const int bottom = std::min(pixGetHeight(pix), static_cast<int>(std::ceil(b.y1 / scale)));
  if (r <= l || bottom <= t) return false;
  const std::optional<int> gap = split_row(ink_of_rows(pix, l, t, r - l, bottom - t), median);
  if (!gap) return false;
  const double cut = (t + *gap) * scale;
  // A row another line spans was read there: the line's box only reaches
  // into it (its dots and marks).
  if (row_read_elsewhere(lines, self, b.x0, b.x1, b.y0, cut) || row_read_elsewhere(lines, self, b.x0, b.x1, cut, b.y1))
    return false;
  Reading upper = read_line_alone(pix, dpi, scale, languages, Box{b.x0, b.y0, b.x1, cut}, 0, true);
  Reading lower = read_line_alone(pix, dpi, scale, languages, Box{b.x0, cut, b.x1, b.y1}, 0, true);
  const std::size_t words = upper.words.size() + lower.words.size();
  double sum = 0;
  for (const Reading* part : {&upper, &lower})
    for (const PlacedWord& w : part->words) sum += w.confidence;
  const double confidence = words > 0 ? sum / static_cast<double>(words) : 0;
  if (upper.words.empty() || lower.words.empty() || static_cast<double>(words) < kMoreRowWords * static_cast<double>(to - from) ||
      confidence < mean_confidence(reading.words, from, to) - kRereadConfidenceSlack)
    return false;
  Reading both = std::move(upper);
  const std::size_t first_lower = both.words.size();
  both.line_of.assign(first_lower, 0);
  for (auto& [index, mark] : lower.marks) both.marks.emplace_back(index + first_lower, mark);
  both.words.insert(both.words.end(), std::make_move_iterator(lower.words.begin()), std::make_move_iterator(lower.words.end()));
  both.band_of.insert(both.band_of.end(), lower.band_of.begin(), lower.band_of.end());
  both.line_of.resize(both.words.size(), 1);
  Edit& e = edits.emplace_back(Edit{
      "ocr_preprocess", "rows_read_again", Position{page_number, 0, 0}, line_text(reading.words, from, to),
      line_text(both.words, 0, first_lower) + "\n" + line_text(both.words, first_lower, both.words.size()),
      "a line box " + format_fixed(b.height() / scale / median, 1) + " times the page's median line height, whose image "
          "parts at a white gap " + std::to_string(*gap) + " pixels down into two rows of text, read " +
          std::to_string(to - from) + " words (mean confidence " + format_fixed(mean_confidence(reading.words, from, to), 0) +
          "); each row read again alone as one line: " + std::to_string(words) + " words (" + format_fixed(confidence, 0) + ")",
      kRowsReadAgainConfidence, std::nullopt});
  e.box = b;
  replace_block_words(reading, from, to, both);
  return true;
}

// Reads again each line of a right-to-left page that holds two printed
// rows (see above), from the last, so that the indexes before a line
// still hold.
void reread_merged_rows(Pix* pix, int dpi, double scale, const std::string& languages, int page_number, Reading& reading,
                        std::vector<Edit>& edits) {
  const double median = median_line_height(reading, scale);
  if (median <= 0) return;
  // The boxes of the page's lines as first read, from the last.
  std::vector<Box> lines;
  for (std::size_t to = reading.words.size(); to > 0;) {
    std::size_t from = to - 1;
    while (from > 0 && reading.line_of[from - 1] == reading.line_of[to - 1]) --from;
    lines.push_back(box_of(reading.words, from, to));
    to = from;
  }
  std::size_t self = 0;
  for (std::size_t to = reading.words.size(); to > 0; ++self) {
    std::size_t from = to - 1;
    while (from > 0 && reading.line_of[from - 1] == reading.line_of[to - 1]) --from;
    if (!is_blank(reading.words[from].text) && lines[self].height() / scale >= kTallLineShare * median)
      reread_merged_line(pix, dpi, scale, languages, median, page_number, reading, from, to, edits, lines, self);
    to = from;
  }
}

// The document's symbol, printed in Latin letters at the top of the
// masthead of an Arabic page, is read by `ara` alone as look-alike figures
// ("2111114" for "A/RES/78/214": the Arabic model has no Latin capitals),
// and the document loses its symbol. A word of the page's top line (the
// line whose top is highest, within kSymbolMastheadDepth of the page's
// height) holding no right-to-left letter is read again alone in
// kLatinCompanion; the new reading, its spaces dropped, replaces the word,
// with an edit `symbol_read_again`, when it is shaped as a UN symbol whole
// (masthead::kSymbolPattern): only a symbol is taken, and nothing else of
// the page is read in Latin.
void reread_masthead_symbol(Pix* pix, int dpi, double scale, int page_number, Reading& reading, std::vector<Edit>& edits) {
  static const Regex kSymbol(std::string("^(?:") + masthead::kSymbolPattern + ")$");
  std::optional<std::size_t> top;
  for (std::size_t i = 0; i < reading.words.size(); ++i)
    if (!is_blank(reading.words[i].text) && (!top || reading.words[i].box.y0 < reading.words[*top].box.y0)) top = i;
  if (!top || reading.words[*top].box.y0 > kSymbolMastheadDepth * pixGetHeight(pix) * scale) return;
  const int line = reading.line_of[*top];
  for (std::size_t i = 0; i < reading.words.size(); ++i) {
    PlacedWord& w = reading.words[i];
    if (reading.line_of[i] != line || is_blank(w.text) || has_right_to_left(w.text)) continue;
    Reading again = read_line_alone(pix, dpi, scale, std::string(kLatinCompanion), w.box, 0);
    std::string text;
    for (const PlacedWord& a : again.words) text += a.text;
    if (text == w.text || !kSymbol.full_match(Subject(text))) continue;
    Edit& e = edits.emplace_back(Edit{"ocr_preprocess", "symbol_read_again", Position{page_number, 0, 0}, w.text, text,
                                      "a word of no Arabic letter on the masthead's top line of a page read in Arabic "
                                      "alone; read again alone in " + std::string(kLatinCompanion) +
                                          ", it is shaped as a UN symbol",
                                      kSymbolReadAgainConfidence, std::nullopt});
    e.box = w.box;
    w.text = text;
  }
}

// Moves the words of `reading` that are not `picture` into `page`: words
// keep their order within a block; blocks go in reading order.
void put_in_reading_order(Reading& reading, const std::vector<bool>& picture, OcrPage& page) {
  std::vector<BlockBox> filled;
  for (const BlockBox& b : reading.blocks)
    if (b.box.x1 >= b.box.x0) filled.push_back(b);
  std::vector<int> order;
  order_blocks(filled, order);
  std::vector<int> rank(reading.blocks.size(), 0);
  for (std::size_t i = 0; i < order.size(); ++i) rank[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
  std::vector<std::size_t> index(reading.words.size());
  for (std::size_t i = 0; i < index.size(); ++i) index[i] = i;
  std::stable_sort(index.begin(), index.end(), [&](std::size_t a, std::size_t b) {
    return rank[static_cast<std::size_t>(reading.block_of[a])] < rank[static_cast<std::size_t>(reading.block_of[b])];
  });
  put_right_to_left_lines_as_printed(reading, index);
  page.words.reserve(index.size());
  for (std::size_t i : index)
    if (!picture[i]) {
      page.words.push_back(std::move(reading.words[i]));
      page.line_of.push_back(reading.line_of[i]);
    }
}

OcrPage read_page(Pix* pix, int dpi, int page_number, const std::string& languages, bool keep_hocr) {
  Engine& engine = engine_for(languages);
  tesseract::TessBaseAPI& api = engine.api;
  api.SetImage(pix);
  api.SetSourceResolution(dpi);
  OcrPage page;
  page.dpi = dpi;
  page.languages = languages;
  const double scale = 72.0 / dpi;
  page.width = pixGetWidth(pix) * scale;
  page.height = pixGetHeight(pix) * scale;
  Reading reading;
  PixPtr page_binary;  // the whole page as Tesseract's layout analysis left it
  const PixPtr whole_binary = read_whole_page(api, pix, dpi, page_number, keep_hocr, page, reading, page_binary);
  read_vertical_blocks_as_columns(api, pix, dpi, reading);
  // Before the raised marks: a line read again brings its own.
  reread_han_lines_with_stray_latin(pix, dpi, scale, languages, page_number, reading, page.edits);
  read_raised_marks(api, pix, dpi, page_number, whole_binary.get(), reading, page.warnings);
  api.SetPageSegMode(tesseract::PSM_AUTO);  // for the next page
  api.Clear();
  reread_doubtful_latin_lines(pix, dpi, scale, languages, page_number, reading, page.edits);
  if (reads_right_to_left(languages)) {
    reread_merged_rows(pix, dpi, scale, languages, page_number, reading, page.edits);
    reread_masthead_symbol(pix, dpi, scale, page_number, reading, page.edits);
    reread_lost_openings(pix, dpi, scale, languages, page_number, reading, page.edits);
    reread_numbers_with_dropped_figures(pix, dpi, scale, page_number, reading, page.edits);
  }
  std::vector<bool> picture = pictures_left_out(page_binary.get(), dpi, page_number, reading, page.edits);
  std::size_t text_words = 0;
  double confidence_sum = 0;
  for (std::size_t i = 0; i < reading.words.size(); ++i)
    if (!picture[i]) {
      ++text_words;
      confidence_sum += reading.words[i].confidence;
    }
  if (text_words == 0) return page;
  page.mean_confidence = confidence_sum / static_cast<double>(text_words);
  add_unread_separators(whole_binary.get(), dpi, page_number, page.mean_confidence, reading, page.edits);
  picture.resize(reading.words.size(), false);
  put_in_reading_order(reading, picture, page);
  return page;
}

// The text of words [from, to), as a line gives it.
std::string quoted_list(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "\"" : ", \"") + w + "\"";
  return out;
}

// `parts` joined by ", ".
std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

Edit reread_edit(int page_number, const Box& box, const std::string& before, const std::string& after,
                 const LineJudgement& first, const LineJudgement& again, const std::vector<std::string>& kept) {
  Edit e{"ocr_preprocess", "reread_line", Position{page_number, 0, 0}, before, after,
         "the line read with its page held " + std::to_string(first.unknown) + " word" + (first.unknown == 1 ? "" : "s") +
             " neither the dictionary nor the rest of the page knows (" + quoted_list(first.unknown_words) +
             ", mean confidence " + format_fixed(first.confidence, 0) + "); read again alone as one line, it holds " +
             std::to_string(again.unknown) + " and " + std::to_string(again.known) + " known words against " +
             std::to_string(first.known) + " (mean confidence " + format_fixed(again.confidence, 0) + ")" +
             (kept.empty() ? std::string()
                           : "; the first reading's plausible words kept where they stood (a numbering label, a known "
                             "word for an unknown one): " +
                                 joined(kept)),
         0.8, box};
  return e;
}

// The box of words [from, to) widened to the printed line they may be part
// of: Tesseract drops the ends of a line it sees badly ("80/901." and
// "acts" of an underlined title). To the left and right it reaches the
// nearest word of another line standing beside it (their heights overlap
// by more than half: another column), else the extent of the page's words.
Box printed_line_box(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to) {
  const Box line = box_of(words, from, to);
  const Box page = box_of(words, 0, words.size());
  Box out{page.x0, line.y0, page.x1, line.y1};
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (k >= from && k < to) continue;
    const Box& w = words[k].box;
    const double overlap = std::min(w.y1, line.y1) - std::max(w.y0, line.y0);
    if (overlap <= 0.5 * std::min(w.height(), line.height())) continue;
    if (w.x1 <= line.x0) out.x0 = std::max(out.x0, w.x1);
    else if (w.x0 >= line.x1) out.x1 = std::min(out.x1, w.x0);
  }
  return out;
}

// Drops from a line read again the words without a letter or digit that
// lie wholly beside `line` (the box of the words first read): what the
// widened cut takes in there is a column's rule or a speck ("|", "_").
void drop_marks_beyond(std::vector<PlacedWord>& words, const Box& line) {
  std::erase_if(words, [&](const PlacedWord& w) {
    return bare_word(w.text).empty() && (w.box.x1 <= line.x0 || w.box.x0 >= line.x1);
  });
}

// Words [from, to) of `page` replaced by `words`, which take their line.
void replace_words(OcrPage& page, std::size_t from, std::size_t to, std::vector<PlacedWord> words) {
  const int line = page.line_of[from];
  const auto f = static_cast<std::ptrdiff_t>(from), e = static_cast<std::ptrdiff_t>(to);
  page.words.erase(page.words.begin() + f, page.words.begin() + e);
  page.line_of.erase(page.line_of.begin() + f, page.line_of.begin() + e);
  page.line_of.insert(page.line_of.begin() + f, words.size(), line);
  page.words.insert(page.words.begin() + f, std::make_move_iterator(words.begin()), std::make_move_iterator(words.end()));
}

// A line of a page read with a word nothing knows: words [from, to) and
// their judgement.
struct DoubtfulLine {
  std::size_t from = 0, to = 0;
  LineJudgement first;
};

// The doubtful lines of `page` (right-to-left lines left out: their words
// were put in printed order), the most doubtful first.
std::vector<DoubtfulLine> doubtful_lines(const OcrPage& page, const PageVocabulary& vocabulary, const WordTest& dictionary) {
  std::vector<DoubtfulLine> lines;
  for (std::size_t to = page.words.size(); to > 0;) {
    std::size_t from = to - 1;
    while (from > 0 && page.line_of[from - 1] == page.line_of[to - 1]) --from;
    LineJudgement first = judge_line(page.words, from, to, dictionary, vocabulary.elsewhere(page.words, from, to));
    if (first.unknown > 0 && !has_right_to_left(line_text(page.words, from, to)))
      lines.push_back({from, to, std::move(first)});
    to = from;
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const DoubtfulLine& a, const DoubtfulLine& b) { return more_doubtful(a.first, b.first); });
  return lines;
}

// The warning of a page whose doubtful lines past kMostLinesReadAgain
// (`skipped`) were not read again.
std::string skipped_lines_warning(const std::vector<DoubtfulLine>& skipped) {
  std::vector<std::string> words;
  for (const DoubtfulLine& line : skipped) words.push_back(line.first.unknown_words.front());
  return std::to_string(skipped.size()) + " more line" + (skipped.size() == 1 ? "" : "s") +
         " with words neither the dictionary nor the rest of the page knows not read again alone (at most " +
         std::to_string(kMostLinesReadAgain) + " a page, the most doubtful first), kept as read: " + quoted_list(words);
}

// Reads again alone the lines of `page` (read from `pix`) holding a word
// neither `dictionary` nor the rest of the page knows, at most
// kMostLinesReadAgain of them, the most doubtful first, and takes the new
// reading where it reads more plausibly (doubtful_lines.hpp), with an edit
// that gives both readings; a warning names the lines left unread. From
// the last line read again, so that the indexes before a line still hold.
void reread_doubtful_lines(Pix* pix, int dpi, int page_number, const WordTest& dictionary, OcrPage& page) {
  if (!dictionary || page.words.empty()) return;
  const double scale = 72.0 / dpi;
  const PageVocabulary vocabulary(page.words);
  std::vector<DoubtfulLine> lines = doubtful_lines(page, vocabulary, dictionary);
  if (lines.size() > kMostLinesReadAgain) {
    page.warnings.push_back(skipped_lines_warning({lines.begin() + static_cast<std::ptrdiff_t>(kMostLinesReadAgain), lines.end()}));
    lines.resize(kMostLinesReadAgain);
  }
  std::sort(lines.begin(), lines.end(), [](const DoubtfulLine& a, const DoubtfulLine& b) { return a.from > b.from; });
  bool replaced = false;
  for (const DoubtfulLine& line : lines) {
    const auto [from, to] = std::pair{line.from, line.to};
    const WordTest elsewhere = vocabulary.elsewhere(page.words, from, to);
    const Box box = printed_line_box(page.words, from, to);
    const int x_height = static_cast<int>(std::lround(page.words[from].font_size * 0.45 / scale));
    Reading again = read_line_alone(pix, dpi, scale, page.languages, box, x_height);
    drop_marks_beyond(again.words, box_of(page.words, from, to));
    const LineJudgement second = judge_line(again.words, 0, again.words.size(), dictionary, elsewhere);
    if (!again.words.empty() && reads_more_plausibly(second, line.first)) {
      MergedLine merged = keep_plausible_first_words(page.words, from, to, std::move(again.words), dictionary, elsewhere);
      page.edits.push_back(reread_edit(page_number, box, line_text(page.words, from, to),
                                       line_text(merged.words, 0, merged.words.size()), line.first, second, merged.kept));
      replace_words(page, from, to, std::move(merged.words));
      replaced = true;
    }
  }
  if (replaced) page.mean_confidence = mean_confidence(page.words, 0, page.words.size());
}

// A real word OCR made of another: "lawful tights" for the printed
// "lawful rights" (2758 (XXVI), "tights" read at confidence 81). The
// dictionary accepts what was read, so neither the line re-reading nor
// the correction of unknown words sees it. A word of at least
// kConfusableLetters letters that the dictionary of the page's language
// accepts and that one OCR confusion (core/ocr_confusions.hpp, either way
// round: "t" read for "r") turns into another word that dictionary
// accepts is read again alone, as one word in its own box, when
// Tesseract doubted it (confidence under kConfusableBelow, the
// cleanup.ocr_correct_below default: a confident word is never changed);
// at most kMostWordsReadAgain a page, the least confident first. The second reading is only recorded
// (Page::rereadings): correct_ocr_words decides, with the document's
// words beside it.
constexpr std::size_t kConfusableLetters = 4;
constexpr double kConfusableBelow = 90;
constexpr std::size_t kMostWordsReadAgain = 10;

// The words one confusion from `word` (either way round) that
// `dictionary` accepts, in order; empty when none.
std::vector<std::string> confusable_neighbours(const std::string& word, const WordTest& dictionary) {
  std::map<std::string, UndoneConfusion> readings;
  undo_one_confusion(word, readings, true);
  std::vector<std::string> out;
  for (const auto& [candidate, undone] : readings)
    if (candidate != word && std::none_of(candidate.begin(), candidate.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        dictionary(candidate))
      out.push_back(candidate);
  return out;
}

// The word in the box `box` (points) of `pix`, with a margin, read alone
// as one word in `languages`: its text and confidence; empty when nothing.
std::pair<std::string, double> read_word_alone(Pix* pix, int dpi, double scale, const std::string& languages, const Box& box) {
  const int margin = dpi / 50;
  const int l = std::max(0, static_cast<int>(box.x0 / scale) - margin), t = std::max(0, static_cast<int>(box.y0 / scale) - margin);
  const int r = std::min(pixGetWidth(pix), static_cast<int>(box.x1 / scale) + margin);
  const int b = std::min(pixGetHeight(pix), static_cast<int>(box.y1 / scale) + margin);
  if (r <= l || b <= t) return {};
  tesseract::TessBaseAPI& api = engine_for(languages).api;
  api.SetImage(pix);
  api.SetSourceResolution(dpi);
  api.SetPageSegMode(tesseract::PSM_SINGLE_WORD);
  api.SetRectangle(l, t, r - l, b - t);
  Reading again;
  if (api.Recognize(nullptr) == 0) collect(api, scale, false, again);
  api.SetPageSegMode(tesseract::PSM_AUTO);
  api.Clear();
  std::string text;
  double confidence = again.words.empty() ? -1 : mean_confidence(again.words, 0, again.words.size());
  for (const PlacedWord& w : again.words) text += w.text;
  return {std::string(bare_word(text)), confidence};
}

// Reads again alone the words of `page` (read from `pix`) that may be one
// real word OCR made of another (see above), into page.rereadings.
void reread_confusable_words(Pix* pix, int dpi, const WordTest& dictionary, OcrPage& page) {
  if (!dictionary || page.words.empty()) return;
  const double scale = 72.0 / dpi;
  std::vector<std::size_t> chosen;
  for (std::size_t k = 0; k < page.words.size(); ++k) {
    const PlacedWord& w = page.words[k];
    if (w.confidence < 0 || w.confidence >= kConfusableBelow) continue;
    const std::string word(bare_word(w.text));
    if (word.size() < kConfusableLetters || has_right_to_left(word) || !dictionary(word)) continue;
    if (!confusable_neighbours(word, dictionary).empty()) chosen.push_back(k);
  }
  std::stable_sort(chosen.begin(), chosen.end(),
                   [&](std::size_t a, std::size_t b) { return page.words[a].confidence < page.words[b].confidence; });
  if (chosen.size() > kMostWordsReadAgain) chosen.resize(kMostWordsReadAgain);
  std::sort(chosen.begin(), chosen.end());
  const std::string languages = page.languages.substr(0, page.languages.find('+'));
  for (const std::size_t k : chosen) {
    const PlacedWord& w = page.words[k];
    auto [again, confidence] = read_word_alone(pix, dpi, scale, languages, w.box);
    page.rereadings.push_back({w.box, std::string(bare_word(w.text)), std::move(again), confidence});
  }
}

// How much a reading is worth: its words weighted by their confidence.
double reading_score(const OcrPage& page) {
  return page.mean_confidence < 0 ? 0 : page.mean_confidence * static_cast<double>(page.words.size());
}

// The language of a page. A reading is plausible for its language when
// Tesseract was confident of it and the language's commonest words make up
// a share of its words that any page of prose in it reaches. Under "auto",
// a page is first read in the language of the page before (English for the
// first); a reading implausible for it is followed by Tesseract's script
// detection (OSD), and the page is read again in the installed language of
// that script (Latin: the one whose common words the reading holds most);
// that reading is kept when it is plausible, more confident and written in
// that script, with a warning when OSD was unsure of the script (it gives
// a Chinese page 0.5 to 1.3). A named language whose reading is
// implausible is kept, with a warning that names the script found.
constexpr std::string_view kAutoLanguage = "auto";
constexpr std::string_view kFirstLanguage = "eng";
constexpr std::size_t kLanguageJudgedFrom = 12;  // words with letters: a page with fewer is not judged
constexpr double kCommonWordShare = 0.06;        // English prose: 20 to 30% of its words are these
constexpr double kPlausibleConfidence = 50;      // mean word confidence (an English page read as English: 75 to 96)
constexpr double kScriptConfidence = 2.0;        // OSD sure of its script (an English crop gave 0.65 for Cyrillic, a Chinese page 0.5 to 1.3 for Han)

struct CommonWords {
  std::string_view language;
  std::string_view script;  // as OSD names it
  std::set<std::string, std::less<>> words;
  bool right_to_left = false;
};

const std::vector<CommonWords>& common_words() {
  static const std::vector<CommonWords> table = {
      {"eng", "Latin", {"the", "of", "and", "to", "in", "that", "is", "for", "by", "on", "with", "as", "its", "be", "this", "are", "a"}},
      {"fra", "Latin", {"de", "la", "le", "les", "et", "des", "du", "en", "que", "à", "au", "aux", "pour", "par", "sur", "dans", "une", "est", "l'"}},
      {"spa", "Latin", {"de", "la", "el", "los", "las", "y", "del", "que", "en", "por", "para", "con", "una", "su", "se", "al"}},
      {"rus", "Cyrillic", {"и", "в", "на", "не", "что", "с", "по", "о", "к", "от", "для", "из", "как", "его", "об", "члены"}},
      {"ara", "Arabic", {"في", "من", "على", "أن", "إلى", "التي", "الذي", "عن", "مع", "و"}, true},
      {"chi_sim", "Han", {}},  // no spaces between words: judged by confidence alone
  };
  return table;
}

const CommonWords* common_words_of(std::string_view language) {
  for (const CommonWords& c : common_words())
    if (c.language == language) return &c;
  return nullptr;
}

// `word` without the ASCII punctuation around it.
std::string_view trim_punctuation(std::string_view word) {
  constexpr std::string_view kPunctuation = ".,;:!?()[]\"'*";
  while (!word.empty() && kPunctuation.find(word.front()) != std::string_view::npos) word.remove_prefix(1);
  while (!word.empty() && kPunctuation.find(word.back()) != std::string_view::npos) word.remove_suffix(1);
  return word;
}

struct LanguageFit {
  std::size_t words = 0;  // words with a letter
  double common = -1;     // share of the language's common words; -1 when it has no list
  bool plausible = true;
};

// How well `page` reads as `language` (one Tesseract code).
LanguageFit language_fit(const OcrPage& page, std::string_view language) {
  LanguageFit fit;
  const CommonWords* list = common_words_of(language);
  std::size_t common = 0;
  for (const PlacedWord& w : page.words) {
    std::size_t i = 0;
    bool letter = false;
    while (i < w.text.size() && !letter) letter = is_letter(next_code_point(w.text, i));
    if (!letter) continue;
    ++fit.words;
    const std::string bare = to_lower_ascii(trim_punctuation(w.text));
    if (list && list->words.count(bare)) ++common;
  }
  if (fit.words < kLanguageJudgedFrom) return fit;
  if (list && !list->words.empty()) fit.common = static_cast<double>(common) / static_cast<double>(fit.words);
  fit.plausible = page.mean_confidence >= kPlausibleConfidence && (fit.common < 0 || fit.common >= kCommonWordShare);
  return fit;
}

// The best fit among the languages of "eng+fra".
LanguageFit languages_fit(const OcrPage& page, std::string_view languages) {
  LanguageFit best;
  bool first = true;
  for (std::size_t at = 0; at <= languages.size();) {
    const std::size_t plus = std::min(languages.find('+', at), languages.size());
    const LanguageFit fit = language_fit(page, languages.substr(at, plus - at));
    if (first || (fit.plausible && !best.plausible) || (fit.plausible == best.plausible && fit.common > best.common)) best = fit;
    first = false;
    at = plus + 1;
  }
  return best;
}

std::string describe(const LanguageFit& fit, std::string_view languages, double confidence) {
  std::string out = "mean word confidence " + format_fixed(std::max(0.0, confidence), 0);
  if (fit.common >= 0)
    out += ", " + format_fixed(fit.common * 100, 0) + "% of its " + std::to_string(fit.words) + " words common " +
           std::string(languages) + " words";
  return out;
}

struct Script {
  std::string name;
  double confidence = 0;
};

// The script of the page image, by Tesseract's OSD; none when OSD is not
// installed or cannot tell.
std::optional<Script> detect_script(Pix* pix, int dpi) {
  Engine* osd = nullptr;
  try {
    osd = &engine_for("osd");
  } catch (const std::runtime_error&) {
    return std::nullopt;
  }
  osd->api.SetPageSegMode(tesseract::PSM_OSD_ONLY);
  osd->api.SetImage(pix);
  osd->api.SetSourceResolution(dpi);
  int degrees = 0;
  float orientation_confidence = 0, script_confidence = 0;
  const char* name = nullptr;
  std::optional<Script> out;
  if (osd->api.DetectOrientationScript(&degrees, &orientation_confidence, &name, &script_confidence) && name)
    out = Script{name, static_cast<double>(script_confidence)};
  osd->api.Clear();
  return out;
}

bool installed(const std::string& language) {
  std::vector<std::string> all;
  engine_for(std::string(kFirstLanguage)).api.GetAvailableLanguagesAsVector(&all);
  return std::find(all.begin(), all.end(), language) != all.end();
}

// The installed language to read a page of `script` in: for the Latin
// script, the one whose common words `reading` holds most.
std::string language_for(const Script& script, const OcrPage& reading) {
  std::string best;
  double best_share = -1;
  for (const CommonWords& c : common_words()) {
    if (c.script != script.name || !installed(std::string(c.language))) continue;
    const LanguageFit fit = language_fit(reading, c.language);
    if (fit.common > best_share || best.empty()) best = c.language, best_share = fit.common;
  }
  return best;
}

// A page in another script prints Latin too: the document's symbol
// ("A/RES/78/214"), the symbols it cites ("A/78/481/Add.2"), the masthead's
// "Distr.: General" and date in the Russian, Arabic and Chinese versions of
// UN documents. A model of one non-Latin language reads them as look-alikes
// of its own script ("А/ВЕ5/78/214"), and the symbol no longer identifies
// the running heads or the document. A set of languages none of which is
// written in Latin script is therefore read together with kLatinCompanion
// when that is installed ("rus" as "rus+eng"): Tesseract reads each word in
// the language that recognises it best. A language whose script is not
// known here is read as named. A right-to-left script is read as named
// too: Tesseract's English model then wins the Arabic words it reads with
// low confidence, and turns them into Latin garbage in left-to-right runs
// ("OLAS" for "الإنسان"; on the six-language fixture the Arabic scan's CER
// rose from 0.51 to 0.55, where the Russian one fell from 0.125 to 0.076
// and the Chinese one from 0.20 to 0.16). kLatinCompanion is defined
// above read_page, which reads Latin nonsense on such a page again.

// Whether an engine for `languages` can be initialised (the engine is kept
// for the reading that follows); remembered per thread when it cannot.
bool engine_available(const std::string& languages) {
  thread_local std::set<std::string, std::less<>> unavailable;
  if (unavailable.count(languages)) return false;
  try {
    engine_for(languages);
    return true;
  } catch (const EnvironmentError&) {
    unavailable.insert(languages);
    return false;
  }
}

std::string with_latin_companion(const std::string& languages) {
  for (std::size_t at = 0; at <= languages.size();) {
    const std::size_t plus = std::min(languages.find('+', at), languages.size());
    const CommonWords* known = common_words_of(std::string_view(languages).substr(at, plus - at));
    if (!known || known->script == "Latin" || known->right_to_left) return languages;
    at = plus + 1;
  }
  const std::string both = languages + "+" + std::string(kLatinCompanion);
  return engine_available(both) ? both : languages;
}

// The script OSD names ("Han", "Cyrillic") as language.hpp knows it.
akn::Script script_named(std::string_view osd_name) {
  if (osd_name == "Latin") return akn::Script::latin;
  if (osd_name == "Cyrillic") return akn::Script::cyrillic;
  if (osd_name == "Arabic") return akn::Script::arabic;
  if (osd_name == "Han" || osd_name == "HanS" || osd_name == "HanT") return akn::Script::han;
  return akn::Script::other;
}

// All the words of a reading, for its script.
std::string text_of(const OcrPage& page) {
  std::string text;
  for (const PlacedWord& w : page.words) text += w.text + ' ';
  return text;
}

// Reads the page again in the installed language of the script OSD found,
// when `page`, read as `first`, was implausible; the new reading when it
// is plausible in its language, more confident than `page` and written in
// that script (OSD may be unsure, and a model reads a page of another
// script too: what the reading says decides), else none.
std::optional<OcrPage> read_in_script_language(Pix* prepared, int dpi, int page_number, const Script& script,
                                               const OcrPage& page, const std::string& first, bool keep_hocr,
                                               std::vector<Edit>& edits) {
  const std::string found_language = language_for(script, page);
  if (found_language.empty()) return std::nullopt;
  const std::string other = with_latin_companion(found_language);
  if (other == first) return std::nullopt;
  OcrPage again = read_page(prepared, dpi, page_number, other, keep_hocr);
  const LanguageFit again_fit = language_fit(again, found_language);
  if (!again_fit.plausible || again.mean_confidence <= page.mean_confidence ||
      akn::dominant_script(text_of(again)) != script_named(script.name))
    return std::nullopt;
  const std::string found = " (OSD finds " + script.name + " script, confidence " + format_fixed(script.confidence, 1) + ")";
  edits.push_back(page_edit("language", page_number,
                            "read as " + first + ", the page was implausible (" +
                                describe(languages_fit(page, first), first, page.mean_confidence) + ")" + found +
                                ": read again as " + other + " (" + describe(again_fit, other, again.mean_confidence) + ")",
                            std::min(1.0, script.confidence / 10.0)));
  if (script.confidence < kScriptConfidence)
    again.warnings.push_back("OSD was unsure of the page's script" + found + ": the page was read as " + other +
                             ", whose reading is plausible, in that script and more confident than the " + first +
                             " one; check the document's language");
  return again;
}

// Reads `prepared` in `languages` or, under "auto", in the language that
// fits it (see above); edits and warnings say what was decided.
OcrPage read_in_language(Pix* prepared, int dpi, int page_number, const OcrOptions& options,
                         std::string_view hint, std::vector<Edit>& edits) {
  const bool automatic = options.languages == kAutoLanguage;
  const std::string first = !automatic ? with_latin_companion(options.languages)
                            : hint.empty() ? std::string(kFirstLanguage) : std::string(hint);
  OcrPage page = read_page(prepared, dpi, page_number, first, options.keep_hocr);
  const LanguageFit fit = languages_fit(page, first);
  if (fit.plausible) return page;
  const std::optional<Script> script = detect_script(prepared, dpi);
  if (automatic && script)
    if (std::optional<OcrPage> again = read_in_script_language(prepared, dpi, page_number, *script, page, first, options.keep_hocr, edits))
      return std::move(*again);
  const std::string found = script ? " (OSD finds " + script->name + " script, confidence " + format_fixed(script->confidence, 1) + ")" : "";
  page.warnings.push_back("the text OCR read as " + first + " is implausible in that language (" +
                          describe(fit, first, page.mean_confidence) + ")" + found +
                          (automatic ? "" : ": the page may be in another language (--lang auto reads it in the installed language of its script)"));
  return page;
}

OcrPage recognize_pix(Pix* source, int dpi, int page_number, const OcrOptions& options, std::string_view hint,
                      const SpellerIn& speller_in) {
  quiet_leptonica();
  if (dpi <= 0) dpi = 300;
  std::vector<Edit> edits;
  int lean = 0;
  Turns turns;
  PixPtr prepared = preprocess(source, dpi, page_number, options, edits, lean, turns);
  OcrPage page = read_in_language(prepared.get(), dpi, page_number, options, hint, edits);
  // A page whose orientation the image statistics left open (little text)
  // but leaned on is read again turned, when the first reading is poor;
  // the better reading is kept.
  if (lean != 0 && page.mean_confidence < 65) {
    PixPtr turned(pixRotateOrth(prepared.get(), lean));
    OcrPage again = turned ? read_page(turned.get(), dpi, page_number, page.languages, options.keep_hocr) : OcrPage{};
    if (reading_score(again) > 1.5 * reading_score(page) && again.mean_confidence > page.mean_confidence + 10) {
      edits.push_back(page_edit("orient", page_number,
                                "the page was turned " + std::to_string(lean * 90) +
                                    " degrees clockwise: read that way, the mean word confidence rose from " +
                                    format_fixed(std::max(0.0, page.mean_confidence), 0) + " to " + format_fixed(again.mean_confidence, 0),
                                0.8));
      page = std::move(again);
      page.quarter_turns_after = lean;
    }
  }
  // Lines with words nothing knows, read again alone on the page as read
  // (not on one turned after).
  if (page.quarter_turns_after == 0 && speller_in) {
    const std::string_view first = std::string_view(page.languages).substr(0, page.languages.find('+'));
    const WordTest dictionary = speller_in(language_tag(first));
    reread_doubtful_lines(prepared.get(), dpi, page_number, dictionary, page);
    reread_confusable_words(prepared.get(), dpi, dictionary, page);
  }
  page.quarter_turns = turns.quarter_turns;
  page.deskew_degrees = turns.deskew_degrees;
  page.steps_skipped = std::move(turns.steps_skipped);
  edits.insert(edits.end(), page.edits.begin(), page.edits.end());  // after the preprocessing, what the reading left out
  page.edits = std::move(edits);
  return page;
}

void check_size(Pix* pix, const OcrOptions& options, const std::string& file, int page) {
  const std::size_t pixels = static_cast<std::size_t>(pixGetWidth(pix)) * static_cast<std::size_t>(pixGetHeight(pix));
  if (pixels > options.max_pixels)
    throw DocumentError(file, "page image of " + std::to_string(pixGetWidth(pix)) + " x " + std::to_string(pixGetHeight(pix)) +
                                  " pixels exceeds the limit of " + std::to_string(options.max_pixels) + " pixels", page);
}

}  // namespace

OcrPage recognize(const GreyImage& image, int dpi, int page_number, const OcrOptions& options, std::string_view hint,
                  const SpellerIn& speller_in) {
  quiet_leptonica();  // Leptonica's allocator set before its first image, and before other threads read pages
  PixPtr pix = pix_from_grey(image.width, image.height, image.stride, image.pixels);
  if (!pix) throw ResourceError("Leptonica cannot allocate a page image");
  pixSetResolution(pix.get(), dpi, dpi);
  return recognize_pix(pix.get(), dpi, page_number, options, hint, speller_in);
}

namespace {

bool is_tiff(l_int32 format) {
  return format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_G3 || format == IFF_TIFF_LZW ||
         format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS || format == IFF_TIFF_RLE || format == IFF_TIFF_JPEG;
}

[[noreturn]] void too_many_pixels(const std::string& file, l_int32 w, l_int32 h, std::size_t max_pixels, int page) {
  throw DocumentError(file, "image of " + std::to_string(w) + " x " + std::to_string(h) + " pixels exceeds the limit of " +
                                std::to_string(max_pixels) + " pixels (ocr.max_pixels); it was not decoded",
                      page);
}

// What a TIFF's directory says of its image, for the page count.
struct TiffDirectory {
  bool complete = false;  // its entries and the offset of the next lie inside the file
  bool reduced = false;   // a reduced-resolution copy (a thumbnail) or a transparency mask: no page
  bool tiled = false;     // stored in tiles, which Leptonica does not read
};

// A TIFF may hold this many directories a page (its thumbnails, masks)
// before the walk stops: a chain of millions is a bomb, not a scan.
constexpr std::size_t kMostDirectoriesPerPage = 8;

// The directories a TIFF's chain names, up to the one that makes `most` + 1
// pages (reduced copies do not count) or kMostDirectoriesPerPage times as
// many directories: each offset the chain gives counts, also one that
// points outside the file (a page cut off, not complete); the walk stops
// at the end of the chain, at a directory it cannot read whole, or at one
// it has seen (a loop). Empty for a file that is not a classic TIFF
// (BigTIFF, which Leptonica does not read either).
std::vector<TiffDirectory> tiff_directories(const l_uint8* data, std::size_t size, std::size_t most) {
  constexpr std::size_t kHeaderBytes = 8, kEntryBytes = 12;
  // Tags (TIFF 6.0): NewSubfileType's bit 0 marks a reduced-resolution
  // image, bit 2 a transparency mask; the old SubfileType's 2 a reduced one.
  constexpr std::uint32_t kNewSubfileType = 254, kSubfileType = 255, kTileWidth = 322;
  constexpr std::uint32_t kReducedBit = 1, kMaskBit = 4, kOldReduced = 2;
  constexpr std::uint32_t kShort = 3, kLong = 4;
  std::vector<TiffDirectory> out;
  if (size < kHeaderBytes) return out;
  const bool little = data[0] == 'I' && data[1] == 'I';
  if (!little && !(data[0] == 'M' && data[1] == 'M')) return out;
  const auto u16 = [&](std::size_t at) -> std::uint32_t {
    return little ? static_cast<std::uint32_t>(data[at] | (data[at + 1] << 8))
                  : static_cast<std::uint32_t>((data[at] << 8) | data[at + 1]);
  };
  const auto u32 = [&](std::size_t at) -> std::uint32_t {
    return little ? (u16(at) | (u16(at + 2) << 16)) : ((u16(at) << 16) | u16(at + 2));
  };
  // An entry's single value, held in the entry itself.
  const auto value = [&](std::size_t entry) -> std::uint32_t {
    const std::uint32_t type = u16(entry + 2);
    return type == kShort ? u16(entry + 8) : type == kLong ? u32(entry + 8) : 0;
  };
  if (u16(2) != 42) return out;
  std::set<std::uint32_t> seen;
  std::size_t pages = 0;
  const std::size_t most_directories = kMostDirectoriesPerPage * (most + 1);
  for (std::uint32_t at = u32(4);
       at != 0 && pages <= most && out.size() < most_directories && seen.insert(at).second;) {
    TiffDirectory& dir = out.emplace_back();
    if (static_cast<std::size_t>(at) + 2 > size) break;
    const std::size_t entries = u16(at);
    const std::size_t next = static_cast<std::size_t>(at) + 2 + entries * kEntryBytes;
    if (next + 4 > size) break;
    dir.complete = true;
    for (std::size_t e = static_cast<std::size_t>(at) + 2; e < next; e += kEntryBytes) {
      const std::uint32_t tag = u16(e);
      if (tag == kNewSubfileType) dir.reduced = dir.reduced || (value(e) & (kReducedBit | kMaskBit)) != 0;
      if (tag == kSubfileType) dir.reduced = dir.reduced || value(e) == kOldReduced;
      if (tag == kTileWidth) dir.tiled = true;
    }
    if (!dir.reduced) ++pages;
    at = u32(next);
  }
  return out;
}

// An image file's bytes and what its headers say: one page, or a TIFF's
// pages. Every page's header is checked against the limits before any
// page is decoded (a small file can declare 20,000 x 20,000 pixels: a
// decompression bomb).
struct ImageFile {
  std::string name;
  const l_uint8* data = nullptr;
  std::size_t size = 0;
  bool tiff = false;
  std::size_t pages = 1;
  TiffPages layout;  // a TIFF's
};

}  // namespace

// Each directory Leptonica reads whose image is no reduced copy (a
// thumbnail) of another is a page, its header checked against the limits;
// a reduced copy Leptonica cannot read is skipped too. Leptonica stops at
// the first directory it cannot read: a file cut short, or a page without
// what every page has (its strips, its width), read as a shorter
// document, status ok, silently (found by an attack on the page threads:
// a 4-page TIFF whose page 2 lacks its strips gave a 1-page document). The
// chain of directories names the pages: one named and not read is
// damaged, one stored in tiles is unsupported, each an error naming the
// page.
TiffPages tiff_pages(const std::string& name, std::string_view bytes, std::size_t max_pages, std::size_t max_pixels) {
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  const std::size_t size = bytes.size();
  TiffPages out;
  const std::vector<TiffDirectory> named = tiff_directories(data, size, max_pages);
  const auto reduced = [&](std::size_t d) { return d < named.size() && named[d].reduced; };
  const auto page_of = [&](std::size_t d) {  // the page directory d is, or is the first after
    std::size_t page = 1;
    for (std::size_t k = 0; k < d; ++k)
      if (!reduced(k)) ++page;
    return page;
  };
  const auto unsupported_tiles = [&](std::size_t d) {
    throw DocumentError(name, "unsupported TIFF: page " + std::to_string(page_of(d)) +
                                  " is stored in tiles, which Leptonica cannot read; convert the file to strips "
                                  "first (tiffcp -s, or ImageMagick's convert)",
                        static_cast<int>(page_of(d)));
  };
  const auto skip = [&](l_int32 d, const std::string& what) {
    out.skipped.emplace_back(static_cast<int>(out.directories.size()),
                             "directory " + std::to_string(d + 1) + " of the TIFF is " + what +
                                 ", no page of its own: not read");
  };
  // The walk stopped at its cap: a directory past it is not known to be a
  // page, and is not read as one.
  const std::size_t most_directories = kMostDirectoriesPerPage * (max_pages + 1);
  const auto too_many_directories = [&] {
    throw DocumentError(name, "TIFF of more than " + std::to_string(most_directories) + " directories, over " +
                                  std::to_string(kMostDirectoriesPerPage) + " a page of the limit (ingest.max_pages)");
  };
  l_int32 unreadable_copy = 0;  // the last directory skipped as a reduced copy Leptonica cannot read (1-based)
  l_int32 d = 0;
  for (;; ++d) {
    const auto u = static_cast<std::size_t>(d);
    l_int32 pw = 0, ph = 0, pbps = 0, pspp = 0, pres = 0, pcmap = 0, pformat = 0;
    if (readHeaderMemTiff(data, size, d, &pw, &ph, &pbps, &pspp, &pres, &pcmap, &pformat) != 0) {
      if (!reduced(u) || !named[u].complete) break;
      skip(d, "a reduced-resolution copy of a page or a mask, which Leptonica cannot read");
      unreadable_copy = d + 1;
      continue;
    }
    if (u >= named.size() && named.size() >= most_directories) too_many_directories();
    if (reduced(u)) {
      skip(d, "a reduced-resolution copy of a page (" + std::to_string(pw) + " x " + std::to_string(ph) + " pixels) or a mask");
      continue;
    }
    if (out.directories.size() >= max_pages)
      throw DocumentError(name, "TIFF of more than " + std::to_string(max_pages) + " pages exceeds the limit (ingest.max_pages)");
    if (static_cast<double>(pw) * static_cast<double>(ph) > static_cast<double>(max_pixels))
      too_many_pixels(name, pw, ph, max_pixels, static_cast<int>(out.directories.size()) + 1);
    if (u < named.size() && named[u].tiled) unsupported_tiles(u);
    out.directories.push_back(d);
    out.largest_pixels = std::max(out.largest_pixels, static_cast<double>(pw) * static_cast<double>(ph));
    const PageDepth depth = pcmap != 0 || pspp > 1 || pbps > 8 ? PageDepth::colour : pbps > 1 ? PageDepth::grey : PageDepth::binary;
    out.depth = std::max(out.depth, depth);
  }
  const auto read = static_cast<std::size_t>(d);
  if (read < named.size()) {
    if (named[read].complete && named[read].tiled) unsupported_tiles(read);
    const std::size_t pages_named =
        static_cast<std::size_t>(std::count_if(named.begin(), named.end(), [](const TiffDirectory& t) { return !t.reduced; }));
    if (reduced(read))
      throw DocumentError(name, "damaged TIFF: directory " + std::to_string(read + 1) + ", a reduced copy after page " +
                                    std::to_string(page_of(read) - 1) + ", cannot be read, and the pages after it with it",
                          static_cast<int>(page_of(read)));
    throw DocumentError(name,
                        "damaged TIFF: page " + std::to_string(page_of(read)) + " of the " + std::to_string(pages_named) +
                            " its directories name cannot be read" +
                            (unreadable_copy > 0 ? " (after directory " + std::to_string(unreadable_copy) +
                                                       ", a reduced copy of a page that cannot be read either)"
                                                 : std::string()),
                        static_cast<int>(page_of(read)));
  }
  if (out.directories.empty() && !out.skipped.empty())
    throw DocumentError(name, "TIFF without a page: every directory is a reduced copy or a mask");
  if (out.directories.empty()) throw DocumentError(name, "damaged TIFF: Leptonica cannot read it");
  return out;
}

namespace {

ImageFile checked_image_file(std::string_view name, std::string_view bytes, const IngestOptions& options) {
  ImageFile f;
  f.name = std::string(name);
  f.data = reinterpret_cast<const l_uint8*>(bytes.data());
  f.size = bytes.size();
  l_int32 format = IFF_UNKNOWN;
  findFileFormatBuffer(f.data, &format);
  l_int32 hformat = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
  if (pixReadHeaderMem(f.data, f.size, &hformat, &w, &h, &bps, &spp, &cmap) == 0 && w > 0 && h > 0 &&
      static_cast<double>(w) * static_cast<double>(h) > static_cast<double>(options.ocr.max_pixels))
    too_many_pixels(f.name, w, h, options.ocr.max_pixels, 1);
  f.tiff = is_tiff(format);
  if (!f.tiff) return f;
  f.layout = tiff_pages(f.name, bytes, options.max_pages, options.ocr.max_pixels);
  f.pages = f.layout.directories.size();
  return f;
}

// Whether the decoded image of page `index` of `f` cannot be allocated
// now: a page Leptonica did not decode for want of memory. (errno is no
// witness: libtiff's clean-up after the failed allocation overwrites it.)
bool no_room_to_decode(const ImageFile& f, std::size_t index) {
  l_int32 w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
  const bool header = f.tiff ? readHeaderMemTiff(f.data, f.size, f.layout.directories.at(index), &w, &h, &bps, &spp, &res, &cmap, &format) == 0
                             : pixReadHeaderMem(f.data, f.size, &format, &w, &h, &bps, &spp, &cmap) == 0;
  if (!header || w <= 0 || h <= 0) return false;
  // Leptonica holds a colour pixel in 4 bytes, a grey one in 1, 8 to a
  // byte in black and white; a colour TIFF is decoded into a raster of as
  // many bytes first, a grey or black-and-white one line by line (asking
  // twice a grey page's size called a damaged page out of memory, found
  // by a review).
  const double pixels = static_cast<double>(w) * static_cast<double>(h);
  const bool colour = cmap != 0 || spp > 1 || bps > 8;
  const double bytes = pixels * (colour ? (f.tiff ? 8.0 : 4.0) : bps > 1 ? 1.0 : 0.125);
  // Through a volatile pointer: the compiler may not drop the allocation
  // and take it as granted.
  void* volatile probe = std::malloc(static_cast<std::size_t>(bytes));
  const bool none = probe == nullptr;
  std::free(probe);
  return none;
}

// One page of an image file read: the reading, and the resolution the page
// was read at when the image declares none (an edit of the document's).
struct ImagePageReading {
  OcrPage read;
  std::optional<Edit> resolution;
  std::exception_ptr error;
};

// Decodes page `index` (0-based) of `f` and reads it; an error is kept
// for the caller, who throws the first in page order. Each page is decoded
// where it is read, so a long TIFF holds only the pages being read.
ImagePageReading read_image_page(const ImageFile& f, std::size_t index, const IngestOptions& options,
                                 std::string_view hint) {
  ImagePageReading r;
  const int number = static_cast<int>(index) + 1;
  try {
    PixPtr pix(f.tiff ? pixReadMemTiff(f.data, f.size, f.layout.directories.at(index)) : pixReadMem(f.data, f.size));
    // Leptonica returns no image when it has no memory for one: under a
    // worker's memory limit, not damage (a 600-dpi colour page read on
    // seven threads under 4096 MB was called a damaged page).
    if (!pix && no_room_to_decode(f, index)) throw PageOutOfMemory(number);
    if (!pix && f.tiff) throw DocumentError(f.name, "damaged TIFF: page " + std::to_string(number) + " cannot be read", number);
    if (!pix) throw DocumentError(f.name, "not an image Leptonica can read (damaged or of an unknown format)");
    check_size(pix.get(), options.ocr, f.name, number);
    int dpi = pixGetXRes(pix.get());
    if (dpi <= 0) {
      int x_height = 0;
      dpi = estimate_dpi(pix.get(), x_height);
      if (x_height > 0)
        r.resolution = page_edit("resolution", number,
                                 "the image declares no resolution: read at " + std::to_string(dpi) +
                                     " dpi, at which its median letter height of " + std::to_string(x_height) +
                                     " pixels is the x-height of body type",
                                 0.7);
    }
    r.read = recognize_pix(pix.get(), dpi, number, options.ocr, hint, dictionary_by_language(options));
  } catch (const PageOutOfMemory&) {
    r.error = std::current_exception();
  } catch (const std::bad_alloc&) {
    r.error = std::make_exception_ptr(PageOutOfMemory(number));
  } catch (...) {
    r.error = std::current_exception();
  }
  return r;
}

// Reads every page of `f`: the first on this thread, so that its language
// is the hint of the others (whatever the number of threads, every page
// after the first starts in the first one's language, as a PDF's pages
// do: the output does not depend on the threads), the others on up to
// ocr.page_threads threads, each with its own OCR engine. A page that
// fails ends the reading: no page after it is begun (every page before it
// was begun already, so the first failure in page order is the one the
// caller reports), and the pages after it are left unread.
std::vector<ImagePageReading> read_image_pages(const ImageFile& f, const IngestOptions& options) {
  std::vector<ImagePageReading> out(f.pages);
  std::mutex progress;
  std::atomic<std::size_t> end{f.pages};  // pages from here on are not begun
  const auto read = [&](std::size_t k, std::string_view hint) {
    try {
      if (options.on_page) {
        const std::lock_guard<std::mutex> lock(progress);
        options.on_page(static_cast<int>(k) + 1, static_cast<int>(f.pages));
      }
      out[k] = read_image_page(f, k, options, hint);
    } catch (...) {
      out[k].error = std::current_exception();
    }
    if (!out[k].error) return;
    for (std::size_t e = end.load(); k < e && !end.compare_exchange_weak(e, k);) {
    }
  };
  read(0, {});
  if (out[0].error) return out;
  const std::string hint = out[0].read.languages;
  std::atomic<std::size_t> next{1};
  const auto work = [&] {
    for (std::size_t k = next++; k < end.load(); k = next++) read(k, hint);
  };
  const std::size_t threads = page_readers_in_room(
      std::min<std::size_t>(f.pages - 1, static_cast<std::size_t>(std::max(1, options.ocr.page_threads))), f.layout.largest_pixels,
      f.layout.depth, memory_room());
  if (threads <= 1) {
    work();
    return out;
  }
  std::vector<std::thread> pool;
  pool.reserve(threads);
  try {
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(work);
  } catch (...) {
    // No more threads (or no memory for one): those started read the
    // pages; with none, this one.
  }
  if (pool.empty()) work();
  for (std::thread& t : pool) t.join();
  return out;
}

}  // namespace

// What a thread that reads pages needs of the address space, measured on
// 4-page TIFFs of an A4 resolution read on one thread and on three
// (VmPeak, 2026-12-07): each thread past the first added 100 MB for a
// 300-dpi black-and-white page, and for 600-dpi pages (33.7 million
// pixels) 157 MB in black and white, 228 MB in grey and 458 MB in colour.
// So about 80 MB for the engine, malloc arena and stack, and per pixel of
// the page about 2.3, 4.4 and 11.2 bytes; rounded up. The process keeps
// kReadersMarginMb besides, for the cleanup and export after the reading.
constexpr std::size_t kPageReaderBaseMb = 96;
constexpr double kBinaryBytesPerPixel = 2.5, kGreyBytesPerPixel = 5.0, kColourBytesPerPixel = 12.0;
constexpr std::size_t kReadersMarginMb = 64;

MemoryRoom memory_room() {
  MemoryRoom room;
  rlimit limit{};
  if (::getrlimit(RLIMIT_AS, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return room;
  room.limit_mb = static_cast<std::size_t>(limit.rlim_cur >> 20);
  std::ifstream statm("/proc/self/statm");
  std::size_t pages = 0;
  if (statm >> pages) room.used_mb = pages * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE)) >> 20;
  return room;
}

std::size_t page_readers_in_room(std::size_t wanted, double largest_pixels, PageDepth depth, const MemoryRoom& room) {
  if (room.limit_mb == 0 || wanted <= 1) return std::max<std::size_t>(1, wanted);
  const double per_pixel = depth == PageDepth::colour ? kColourBytesPerPixel
                           : depth == PageDepth::grey ? kGreyBytesPerPixel
                                                      : kBinaryBytesPerPixel;
  const double need_mb = static_cast<double>(kPageReaderBaseMb) + largest_pixels * per_pixel / (1 << 20);
  const std::size_t spent = room.used_mb + kReadersMarginMb;
  if (room.limit_mb <= spent) return 1;
  const auto fit = static_cast<std::size_t>(static_cast<double>(room.limit_mb - spent) / need_mb);
  return std::clamp<std::size_t>(fit, 1, wanted);
}

Document ingest_image(std::string_view name, std::string_view bytes, const IngestOptions& options) {
  const std::string file(name);
  if (bytes.empty()) throw DocumentError(file, "empty file: no image to read");
  quiet_leptonica();
  if (options.ocr.mode == OcrMode::never)
    throw DocumentError(file, "an image needs OCR, and OCR is off (ocr = \"never\")");
  const ImageFile image = checked_image_file(name, bytes, options);
  std::vector<ImagePageReading> readings = read_image_pages(image, options);
  Document doc;
  for (const auto& [after, warning] : image.layout.skipped) doc.log.warn("ingest", Position{std::max(after, 1), 0, 0}, warning);
  doc.source.name = file;
  doc.source.kind = "image";
  doc.source.sha256 = source_sha256(bytes, options);
  doc.source.bytes = bytes.size();
  for (std::size_t i = 0; i < readings.size(); ++i) {
    ImagePageReading& r = readings[i];
    if (r.error) std::rethrow_exception(r.error);
    if (r.resolution) doc.log.add(std::move(*r.resolution));
    OcrPage& ocr = r.read;
    for (Edit& e : ocr.edits) doc.log.add(std::move(e));
    for (const std::string& warning : ocr.warnings) doc.log.warn("ingest", Position{static_cast<int>(i) + 1, 0, 0}, warning);
    Page page;
    page.number = static_cast<int>(i) + 1;
    take_reading(page, ocr);
    std::vector<ColumnReading> columns;
    page.lines = assemble_lines(ocr.words, &columns);
    if (ocr.words.empty()) doc.log.warn("ingest", Position{page.number, 0, 0}, "OCR found no text on this page");
    doc.pages.push_back(std::move(page));
    log_column_readings(doc, columns);
  }
  return doc;
}

SpellerIn dictionary_by_language(const IngestOptions& options) {
  if (options.known_word_in) return options.known_word_in;
  if (!options.known_word) return {};
  return [known = options.known_word](std::string_view) { return known; };
}

void take_reading(Page& page, OcrPage& ocr) {
  page.width = ocr.width;
  page.height = ocr.height;
  page.ocr = true;
  page.ocr_confidence = ocr.mean_confidence;
  page.hocr = std::move(ocr.hocr);
  page.rereadings = std::move(ocr.rereadings);
  page.quarter_turns = ocr.quarter_turns;
  page.deskew_degrees = ocr.deskew_degrees;
  page.quarter_turns_after = ocr.quarter_turns_after;
}

std::string tesseract_system_name() { return std::string("tesseract ") + tesseract::TessBaseAPI::Version(); }

}  // namespace akn::detail
