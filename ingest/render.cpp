// Page images for people to look at (render_pages, ingest.hpp): PDF pages
// rendered by Poppler, scans decoded by Leptonica, turned the way OCR
// turned them, scaled to the width asked for and JPEG-encoded.
#include <cmath>
#include <algorithm>
#include <string>

#include "core/error.hpp"
#include "ingest/ingest.hpp"
#include "ingest/ingest_detail.hpp"
#include "ingest/leptonica_ptr.hpp"
#include "ingest/ocr.hpp"

namespace akn {

namespace {
using detail::PixPtr;

struct BytesDeleter {
  void operator()(l_uint8* p) const { lept_free(p); }
};

PageTurns turns_of(const RenderOptions& options, int page) {
  const auto i = static_cast<std::size_t>(page - 1);
  return i < options.turns.size() ? options.turns[i] : PageTurns{};
}

// Turns `pix` as OCR turned it, scales it to `width` pixels across and
// encodes it.
PageImage finish(const std::string& file, int page, PixPtr pix, const PageTurns& t, int width) {
  auto fail = [&](const char* what) { return DocumentError(file, std::string("the page image could not be ") + what, page); };
  if (!pix) throw fail("decoded");
  if (pixGetDepth(pix.get()) != 8 || pixGetColormap(pix.get())) {
    pix.reset(pixConvertTo8(pix.get(), 0));
    if (!pix) throw fail("converted to grey");
  }
  if (t.quarter_turns % 4 != 0) pix.reset(pixRotateOrth(pix.get(), ((t.quarter_turns % 4) + 4) % 4));
  if (pix && std::fabs(t.deskew_degrees) > 0)
    pix.reset(pixRotate(pix.get(), static_cast<l_float32>(t.deskew_degrees * M_PI / 180.0), L_ROTATE_AREA_MAP,
                        L_BRING_IN_WHITE, 0, 0));
  if (pix && t.quarter_turns_after % 4 != 0) pix.reset(pixRotateOrth(pix.get(), ((t.quarter_turns_after % 4) + 4) % 4));
  if (!pix) throw fail("turned");
  if (pixGetWidth(pix.get()) != width && width > 0) {
    const auto factor = static_cast<l_float32>(static_cast<double>(width) / pixGetWidth(pix.get()));
    pix.reset(factor < 1 ? pixScaleAreaMap(pix.get(), factor, factor) : pixScale(pix.get(), factor, factor));
    if (!pix) throw fail("scaled");
  }
  l_uint8* raw = nullptr;
  std::size_t size = 0;
  if (pixWriteMemJpeg(&raw, &size, pix.get(), 80, 0) != 0 || !raw) throw fail("encoded");
  const std::unique_ptr<l_uint8, BytesDeleter> bytes(raw);
  return PageImage{page, pixGetWidth(pix.get()), pixGetHeight(pix.get()),
                   std::string(reinterpret_cast<const char*>(raw), size)};
}
}  // namespace

namespace detail {

void render_page_images(std::string_view name, std::string_view bytes, const RenderOptions& options,
                        const std::function<void(PageImage)>& each) {
  const std::string file(name);
  setMsgSeverity(L_SEVERITY_NONE);
  const int width = std::max(16, options.width);
  switch (detect_kind(name, bytes)) {
    case InputKind::pdf: {
      // Rendered at the resolution that gives `width` pixels across once
      // turned (a page turned sideways is as wide as it was high).
      auto dpi_for = [&](double w, double h, int page) {
        const PageTurns t = turns_of(options, page);
        const double across = (t.quarter_turns + t.quarter_turns_after) % 2 != 0 ? h : w;
        return across > 0 ? std::clamp(width * 72.0 / across, 9.0, 600.0) : 72.0;
      };
      detail::render_pdf_pages(name, bytes, options.max_pages, dpi_for, [&](int page, const detail::GreyImage& g) {
        each(finish(file, page, detail::pix_from_grey(g.width, g.height, g.stride, g.pixels), turns_of(options, page), width));
      });
      return;
    }
    case InputKind::image: {
      const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
      l_int32 format = IFF_UNKNOWN;
      findFileFormatBuffer(data, &format);
      const bool tiff = format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_G3 || format == IFF_TIFF_LZW ||
                        format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS || format == IFF_TIFF_RLE ||
                        format == IFF_TIFF_JPEG;
      if (tiff) {
        // The pages ingest_image reads, by their directories (a thumbnail
        // is no page: drawn as one, it shifted every later page's boxes).
        const detail::TiffPages pages = detail::tiff_pages(file, bytes, options.max_pages, options.max_pixels);
        for (std::size_t k = 0; k < pages.directories.size(); ++k) {
          const int page = static_cast<int>(k) + 1;
          PixPtr pix(pixReadMemTiff(data, bytes.size(), pages.directories[k]));
          each(finish(file, page, std::move(pix), turns_of(options, page), width));
        }
        return;
      }
      l_int32 w = 0, h = 0, bps = 0, spp = 0, cmap = 0, f = 0;
      if (pixReadHeaderMem(data, bytes.size(), &f, &w, &h, &bps, &spp, &cmap) != 0)
        throw DocumentError(file, "not an image Leptonica can read (damaged or of an unknown format)");
      if (static_cast<double>(w) * static_cast<double>(h) > static_cast<double>(options.max_pixels))
        throw DocumentError(file, "image of " + std::to_string(w) + " x " + std::to_string(h) + " pixels exceeds the limit", 1);
      each(finish(file, 1, PixPtr(pixReadMem(data, bytes.size())), turns_of(options, 1), width));
      return;
    }
    case InputKind::text:
    case InputKind::markdown:
      return;
    case InputKind::unsupported:
      break;
  }
  throw DocumentError(file, "unsupported file kind: no page images");
}

}  // namespace detail

}  // namespace akn
