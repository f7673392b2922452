// OCR with Tesseract's C++ API on Leptonica images. See ocr.hpp.
#include "ingest/ocr.hpp"

#include <leptonica/allheaders.h>
#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <cmath>
#include <memory>
#include <mutex>
#include <stdexcept>

#include "core/error.hpp"
#include "core/sha256.hpp"
#include "core/text.hpp"

namespace akn::detail {

namespace {

struct PixDeleter {
  void operator()(Pix* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;
struct PixaDeleter {
  void operator()(Pixa* p) const { pixaDestroy(&p); }
};
using PixaPtr = std::unique_ptr<Pixa, PixaDeleter>;
struct TextDeleter {
  void operator()(char* p) const { delete[] p; }
};
using TessText = std::unique_ptr<char, TextDeleter>;

// The engine of this thread: initialised once per language set and reused.
struct Engine {
  tesseract::TessBaseAPI api;
  std::string languages;
};

// Leptonica reports failures on stderr; ours go to the document's report.
void quiet_leptonica() {
  static std::once_flag once;
  std::call_once(once, [] { setMsgSeverity(L_SEVERITY_NONE); });
}

Engine& engine_for(const OcrOptions& options) {
  thread_local std::unique_ptr<Engine> engine;
  if (engine && engine->languages == options.languages) return *engine;
  // Tesseract's OpenMP threads would compete with the batch's workers for
  // the cores (a page is several times slower with them): its parallel
  // regions run on one thread. Inactive nesting is set once, process-wide.
  static std::once_flag serial;
  std::call_once(serial, [] { omp_set_max_active_levels(0); });
  auto fresh = std::make_unique<Engine>();
  fresh->languages = options.languages;
  if (fresh->api.Init(nullptr, options.languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0)
    throw std::runtime_error("Tesseract cannot be initialised for the languages \"" + options.languages +
                             "\" (is tesseract-ocr-<lang> installed?)");
  fresh->api.SetPageSegMode(tesseract::PSM_AUTO);
  fresh->api.SetVariable("debug_file", "/dev/null");  // no progress chatter on stderr
  engine = std::move(fresh);
  return *engine;
}

OcrPage recognize_pix(Pix* pix, int dpi, const OcrOptions& options) {
  if (dpi <= 0) dpi = 300;
  Engine& engine = engine_for(options);
  tesseract::TessBaseAPI& api = engine.api;
  api.SetImage(pix);
  api.SetSourceResolution(dpi);
  OcrPage page;
  page.dpi = dpi;
  const double scale = 72.0 / dpi;
  page.width = pixGetWidth(pix) * scale;
  page.height = pixGetHeight(pix) * scale;
  if (api.Recognize(nullptr) != 0) {
    api.Clear();
    return page;
  }
  std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
  double confidence_sum = 0;
  if (it) {
    do {
      TessText text(it->GetUTF8Text(tesseract::RIL_WORD));
      if (!text || *text == '\0') continue;
      int l = 0, t = 0, r = 0, b = 0;
      if (!it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b)) continue;
      PlacedWord w;
      w.text = to_valid_utf8(text.get());
      w.box = Box{l * scale, t * scale, r * scale, b * scale};
      w.confidence = it->Confidence(tesseract::RIL_WORD);
      // The line's height stands for the type size; a raised small word
      // (a footnote number) is marked by Tesseract itself.
      float row_height = 0, descenders = 0, ascenders = 0;
      it->RowAttributes(&row_height, &descenders, &ascenders);
      w.font_size = row_height > 0 ? row_height * scale : (b - t) * scale;
      if (it->SymbolIsSuperscript()) w.font_size *= 0.6;
      w.space_after = !it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD);
      confidence_sum += w.confidence;
      page.words.push_back(std::move(w));
    } while (it->Next(tesseract::RIL_WORD));
  }
  api.Clear();
  if (!page.words.empty()) page.mean_confidence = confidence_sum / static_cast<double>(page.words.size());
  return page;
}

void check_size(Pix* pix, const OcrOptions& options, const std::string& file, int page) {
  const std::size_t pixels = static_cast<std::size_t>(pixGetWidth(pix)) * static_cast<std::size_t>(pixGetHeight(pix));
  if (pixels > options.max_pixels)
    throw DocumentError(file, "page image of " + std::to_string(pixGetWidth(pix)) + " x " + std::to_string(pixGetHeight(pix)) +
                                  " pixels exceeds the limit of " + std::to_string(options.max_pixels) + " pixels", page);
}

}  // namespace

bool looks_like_image(std::string_view bytes) {
  using namespace std::string_view_literals;
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  return starts("\x89PNG\r\n\x1a\n"sv) || starts("\xff\xd8\xff"sv) || starts("II*\0"sv) || starts("MM\0*"sv);
}

OcrPage recognize(const GreyImage& image, int dpi, const OcrOptions& options) {
  PixPtr pix(pixCreateNoInit(image.width, image.height, 8));
  if (!pix) throw std::runtime_error("Leptonica cannot allocate a page image");
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < image.height; ++y) {
    l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wpl;
    const std::uint8_t* row = image.pixels + static_cast<std::ptrdiff_t>(y) * image.stride;
    for (int x = 0; x < image.width; ++x) SET_DATA_BYTE(line, x, row[x]);
  }
  pixSetResolution(pix.get(), dpi, dpi);
  return recognize_pix(pix.get(), dpi, options);
}

Document ingest_image(std::string_view name, std::string_view bytes, const IngestOptions& options) {
  const std::string file(name);
  if (bytes.empty()) throw DocumentError(file, "empty file: no image to read");
  quiet_leptonica();
  if (options.ocr.mode == OcrMode::never)
    throw DocumentError(file, "an image needs OCR, and OCR is off (ocr = \"never\")");
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  std::vector<PixPtr> images;
  l_int32 format = IFF_UNKNOWN;
  findFileFormatBuffer(data, &format);
  if (format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_G3 || format == IFF_TIFF_LZW ||
      format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS || format == IFF_TIFF_RLE || format == IFF_TIFF_JPEG) {
    PixaPtr pages(pixaReadMemMultipageTiff(data, bytes.size()));
    if (!pages) throw DocumentError(file, "damaged TIFF: Leptonica cannot read it");
    for (l_int32 i = 0; i < pixaGetCount(pages.get()); ++i) images.emplace_back(pixaGetPix(pages.get(), i, L_COPY));
  } else {
    PixPtr pix(pixReadMem(data, bytes.size()));
    if (!pix) throw DocumentError(file, "not an image Leptonica can read (damaged or of an unknown format)");
    images.push_back(std::move(pix));
  }
  if (images.empty()) throw DocumentError(file, "damaged image: no page could be read");
  Document doc;
  doc.source.name = file;
  doc.source.kind = "image";
  doc.source.sha256 = sha256_hex(bytes);
  doc.source.bytes = bytes.size();
  for (std::size_t i = 0; i < images.size(); ++i) {
    Pix* pix = images[i].get();
    if (!pix) throw DocumentError(file, "damaged image: a page could not be read", static_cast<int>(i) + 1);
    check_size(pix, options.ocr, file, static_cast<int>(i) + 1);
    const int dpi = pixGetXRes(pix) > 0 ? pixGetXRes(pix) : 300;
    OcrPage ocr = recognize_pix(pix, dpi, options.ocr);
    Page page;
    page.number = static_cast<int>(i) + 1;
    page.width = ocr.width;
    page.height = ocr.height;
    page.ocr = true;
    page.ocr_confidence = ocr.mean_confidence;
    page.lines = assemble_lines(ocr.words);
    if (ocr.words.empty()) doc.log.warn("ingest", Position{page.number, 0, 0}, "OCR found no text on this page");
    doc.pages.push_back(std::move(page));
  }
  return doc;
}

}  // namespace akn::detail
