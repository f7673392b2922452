// akn-make-scan: makes a scan of known text from a born-digital PDF, for
// the OCR fixtures and benchmarks. Each page is rendered with Poppler, then
// degraded the way scanners and cameras degrade pages: a small skew, pages
// turned sideways or upside down, uneven lighting, blur, grain, dust specks,
// underlined lines (a typeset rule, or a typewriter's row of underscores),
// a picture printed on the first page (an emblem beside the masthead),
// and written as a multi-page CCITT G4 TIFF, an image-only PDF, or one JPEG
// or PNG per page. The noise comes from a seeded generator of fixed
// definition, so the same command makes the same pixels on any machine.
//
// Not part of the pipeline: a development tool (scripts/make-scan-fixtures.sh).
#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "ingest/leptonica_ptr.hpp"

namespace {

using akn::detail::PixaPtr;
using akn::detail::PixPtr;

struct Options {
  int dpi = 300;
  double skew = 0;             // degrees, counter-clockwise positive
  std::map<int, int> turn;     // page (1-based) -> degrees clockwise (90, 180, 270)
  double shade = 0;            // 0..1: darkening from the left edge to the right one
  int blur = 0;                // half-width of a box blur, in pixels
  double grain = 0;            // standard deviation of grey noise, in grey levels
  int specks = 0;              // dust specks per page
  bool binary = false;         // threshold to black and white
  int quality = 75;            // JPEG quality
  int columns = 1;             // pages set side by side on one sheet, as a two-column print
  std::vector<std::string> underline;  // printed lines starting with one of these are underlined
  bool typed = false;          // underlines typed (underscores per character cell), else a typeset rule
  double underline_drop = -1;  // under the baseline, in em (-1: the style's own, 0.1 rule, 0.2 typed)
  double underline_weight = -1;  // thickness, in em (-1: the style's own, 0.05 rule, 0.07 typed)
  std::string picture;         // an image printed on page 1 (an emblem, a seal), empty for none
  double picture_x = 0, picture_y = 0;  // its top left corner, in points from the page's
  std::uint32_t seed = 1;
  int first = 1, last = 0;     // page range (last 0: to the end)
  std::string input, output;
};

[[noreturn]] void usage(const std::string& error) {
  std::fprintf(stderr,
               "akn-make-scan: %s\n"
               "Usage: akn-make-scan [options] IN.pdf OUT.{tif,pdf,jpg,png}\n"
               "  --dpi N         resolution (300)\n"
               "  --skew DEG      rotate every page by DEG degrees\n"
               "  --turn P:DEG    turn page P by 90, 180 or 270 degrees clockwise (repeatable)\n"
               "  --shade F       darken towards the right edge by F (0..1)\n"
               "  --blur R        box blur of half-width R pixels\n"
               "  --grain S       grey noise of standard deviation S\n"
               "  --specks N      N dust specks per page\n"
               "  --binary        black and white (G4 in TIFF and PDF)\n"
               "  --quality Q     JPEG quality (75)\n"
               "  --columns N     set N consecutive pages side by side on one sheet (a\n"
               "                  two-column print: the type keeps its size, the sheet widens)\n"
               "  --underline T   underline every printed line that starts with T; several\n"
               "                  starts separated by '|' (repeatable)\n"
               "  --underline-style rule|typed\n"
               "                  a typeset rule just under the baseline, crossed by the\n"
               "                  descenders (rule), or a typewriter's underscores, one per\n"
               "                  character cell, at the depth of the descenders (typed)\n"
               "  --underline-drop EM    the underlines EM em under the baseline (rule 0.1,\n"
               "                  typed 0.2)\n"
               "  --underline-weight EM  the underlines EM em thick (rule 0.05, typed 0.07)\n"
               "  --picture IMG@X,Y\n"
               "                  print the image IMG (at the output's resolution: an emblem,\n"
               "                  a seal) on page 1, its top left corner X,Y points from the\n"
               "                  page's top left corner, its ink over the page's\n"
               "  --pages A-B     page range\n"
               "  --seed N        noise seed (1)\n"
               "JPEG and PNG outputs get one file per page: OUT-1.jpg, OUT-2.jpg, ... unless\n"
               "the range is one page.\n",
               error.c_str());
  std::exit(2);
}

Options parse(int argc, char** argv) {
  Options o;
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(a + " needs a value");
      return argv[++i];
    };
    if (a == "--dpi") o.dpi = std::stoi(value());
    else if (a == "--skew") o.skew = std::stod(value());
    else if (a == "--turn") {
      const std::string v = value();
      const auto colon = v.find(':');
      if (colon == std::string::npos) usage("--turn takes PAGE:DEGREES");
      o.turn[std::stoi(v.substr(0, colon))] = std::stoi(v.substr(colon + 1));
    } else if (a == "--shade") o.shade = std::stod(value());
    else if (a == "--blur") o.blur = std::stoi(value());
    else if (a == "--grain") o.grain = std::stod(value());
    else if (a == "--specks") o.specks = std::stoi(value());
    else if (a == "--binary") o.binary = true;
    else if (a == "--quality") o.quality = std::stoi(value());
    else if (a == "--columns") o.columns = std::max(1, std::stoi(value()));
    else if (a == "--underline") {
      const std::string v = value();
      for (std::size_t at = 0; at <= v.size();) {
        const std::size_t bar = std::min(v.find('|', at), v.size());
        if (bar > at) o.underline.push_back(v.substr(at, bar - at));
        at = bar + 1;
      }
    } else if (a == "--underline-style") {
      const std::string v = value();
      if (v != "rule" && v != "typed") usage("--underline-style takes rule or typed");
      o.typed = v == "typed";
    } else if (a == "--underline-drop") {
      o.underline_drop = std::stod(value());
    } else if (a == "--underline-weight") {
      o.underline_weight = std::stod(value());
    } else if (a == "--picture") {
      const std::string v = value();
      const auto at = v.rfind('@'), comma = v.rfind(',');
      if (at == std::string::npos || comma == std::string::npos || comma < at) usage("--picture takes IMG@X,Y");
      o.picture = v.substr(0, at);
      o.picture_x = std::stod(v.substr(at + 1, comma - at - 1));
      o.picture_y = std::stod(v.substr(comma + 1));
    } else if (a == "--seed") o.seed = static_cast<std::uint32_t>(std::stoul(value()));
    else if (a == "--pages") {
      const std::string v = value();
      const auto dash = v.find('-');
      o.first = std::stoi(v.substr(0, dash));
      o.last = dash == std::string::npos ? o.first : std::stoi(v.substr(dash + 1));
    } else if (!a.empty() && a[0] == '-') usage("unknown option " + a);
    else positional.push_back(a);
  }
  if (positional.size() != 2) usage("an input PDF and an output file are needed");
  o.input = positional[0];
  o.output = positional[1];
  return o;
}

// Uniform in [0, 1) from the generator's raw output: std::uniform_real_distribution
// is not specified bit for bit, and fixtures must not change with the library.
double uniform(std::mt19937& rng) { return static_cast<double>(rng()) / 4294967296.0; }
double gaussian(std::mt19937& rng) {  // Irwin-Hall approximation, mean 0, sd 1
  double sum = 0;
  for (int k = 0; k < 12; ++k) sum += uniform(rng);
  return sum - 6.0;
}

PixPtr render(poppler::page& page, int dpi) {
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  const poppler::image image = renderer.render_page(&page, dpi, dpi);
  if (!image.is_valid()) throw std::runtime_error("a page could not be rendered");
  PixPtr pix(pixCreate(image.width(), image.height(), 8));
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(image.const_data());
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x)
      SET_DATA_BYTE(data + static_cast<std::ptrdiff_t>(y) * wpl, x, bytes[static_cast<std::ptrdiff_t>(y) * image.bytes_per_row() + x]);
  pixSetResolution(pix.get(), dpi, dpi);
  return pix;
}

// A printed line of a page, in pixels of its render: its text, box and the
// size of its type.
struct PrintedLine {
  std::string text;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double em = 0;
};

// The page's words gathered into printed lines: a word continues the line
// before when it stands to the right of it on the same baseline (Poppler
// gives the words of a line one after another).
std::vector<PrintedLine> printed_lines(poppler::page& page, int dpi) {
  const double scale = dpi / 72.0;
  std::vector<PrintedLine> lines;
  for (const poppler::text_box& word : page.text_list(poppler::page::text_list_include_font)) {
    const poppler::rectf r = word.bbox();
    const double x0 = r.left() * scale, y0 = r.top() * scale, x1 = r.right() * scale, y1 = r.bottom() * scale;
    const poppler::byte_array utf8 = word.text().to_utf8();
    const std::string text(utf8.begin(), utf8.end());
    const double em = (word.has_font_info() && word.get_font_size() > 0 ? word.get_font_size() * scale : (y1 - y0) / 1.15);
    if (!lines.empty()) {
      PrintedLine& last = lines.back();
      const double middle = (y0 + y1) / 2, last_middle = (last.y0 + last.y1) / 2;
      if (x0 >= last.x1 - 1 && std::fabs(middle - last_middle) < (last.y1 - last.y0) / 2) {
        last.text += " " + text;
        last.x1 = x1;
        last.y0 = std::min(last.y0, y0);
        last.y1 = std::max(last.y1, y1);
        last.em = std::max(last.em, em);
        continue;
      }
    }
    lines.push_back({text, x0, y0, x1, y1, em});
  }
  return lines;
}

// The baseline of `line` on the render: the lowest row of its x-height
// band, the last row whose count of dark pixels is at least a third of the
// densest row's (the descenders' rows below are sparse).
int baseline_of(Pix* pix, const PrintedLine& line) {
  const int w = pixGetWidth(pix), h = pixGetHeight(pix);
  const int x0 = std::clamp(static_cast<int>(line.x0), 0, w - 1), x1 = std::clamp(static_cast<int>(line.x1), 0, w - 1);
  const int y0 = std::clamp(static_cast<int>(line.y0), 0, h - 1), y1 = std::clamp(static_cast<int>(line.y1), 0, h - 1);
  std::vector<int> dark(static_cast<std::size_t>(y1 - y0 + 1), 0);
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x) {
      l_uint32 v = 255;
      pixGetPixel(pix, x, y, &v);
      if (v < 128) ++dark[static_cast<std::size_t>(y - y0)];
    }
  int most = 0;
  for (int d : dark) most = std::max(most, d);
  int baseline = y1;
  for (int y = y0; y <= y1; ++y)
    if (most > 0 && 3 * dark[static_cast<std::size_t>(y - y0)] >= most) baseline = y;
  return baseline;
}

// Draws the underlines --underline asks for on a page's render: a typeset
// rule (0.05 em thick, 0.1 em under the baseline, as fonts place it, so the
// descenders cross it), or a typewriter's underscores, one a character cell
// with a hair's gap between them, 0.07 em thick at the depth of the
// descenders (0.2 em), each a pixel or so higher or lower than the next.
// --underline-drop and --underline-weight set the depth and thickness.
void underline(Pix* pix, poppler::page& page, const Options& o, std::mt19937& rng) {
  if (o.underline.empty()) return;
  const int w = pixGetWidth(pix), h = pixGetHeight(pix);
  auto fill = [&](double x0, double x1, int top, int thickness, l_uint8 ink) {
    for (int y = std::max(0, top); y < std::min(h, top + thickness); ++y)
      for (int x = std::max(0, static_cast<int>(std::lround(x0))); x < std::min(w, static_cast<int>(std::lround(x1))); ++x)
        pixSetPixel(pix, x, y, ink);
  };
  for (const PrintedLine& line : printed_lines(page, o.dpi)) {
    const bool chosen = std::any_of(o.underline.begin(), o.underline.end(),
                                    [&](const std::string& start) { return line.text.rfind(start, 0) == 0; });
    if (!chosen) continue;
    const int baseline = baseline_of(pix, line);
    const double drop = o.underline_drop >= 0 ? o.underline_drop : o.typed ? 0.2 : 0.1;
    const double weight = o.underline_weight > 0 ? o.underline_weight : o.typed ? 0.07 : 0.05;
    if (!o.typed) {
      fill(line.x0, line.x1, baseline + static_cast<int>(std::lround(drop * line.em)),
           std::max(1, static_cast<int>(std::lround(weight * line.em))), 0);
      continue;
    }
    std::size_t cells = 0;  // code points, the spaces included
    for (char c : line.text) cells += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    const double cell = (line.x1 - line.x0) / static_cast<double>(std::max<std::size_t>(1, cells));
    const double gap = std::max(1.0, 0.03 * line.em);
    const int thickness = std::max(2, static_cast<int>(std::lround(weight * line.em)));
    const double jitter = std::max(1.0, 0.02 * line.em);
    for (std::size_t k = 0; k < cells; ++k) {
      const int shift = static_cast<int>(std::lround((2 * uniform(rng) - 1) * jitter));
      const double left = line.x0 + static_cast<double>(k) * cell;
      fill(left, left + cell - gap, baseline + static_cast<int>(std::lround(drop * line.em)) + shift, thickness, 40);
    }
  }
}

PixPtr degrade(PixPtr pix, int page_number, const Options& o, std::mt19937& rng) {
  if (o.skew != 0)
    pix.reset(pixRotate(pix.get(), static_cast<l_float32>(o.skew * M_PI / 180.0), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
  if (o.blur > 0) pix.reset(pixBlockconv(pix.get(), o.blur, o.blur));
  const int w = pixGetWidth(pix.get()), h = pixGetHeight(pix.get());
  l_uint32* data = pixGetData(pix.get());
  const int wpl = pixGetWpl(pix.get());
  if (o.shade > 0 || o.grain > 0) {
    for (int y = 0; y < h; ++y) {
      l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wpl;
      for (int x = 0; x < w; ++x) {
        double v = GET_DATA_BYTE(line, x);
        v *= 1.0 - o.shade * static_cast<double>(x) / w;
        if (o.grain > 0) v += o.grain * gaussian(rng);
        SET_DATA_BYTE(line, x, static_cast<l_uint8>(std::lround(std::clamp(v, 0.0, 255.0))));
      }
    }
  }
  for (int k = 0; k < o.specks; ++k) {  // round-ish dots of 1 to 2 pixels
    const int cx = static_cast<int>(uniform(rng) * (w - 4)) + 2, cy = static_cast<int>(uniform(rng) * (h - 4)) + 2;
    const int size = 1 + static_cast<int>(uniform(rng) * 2);
    for (int dy = 0; dy < size; ++dy)
      for (int dx = 0; dx < size; ++dx) SET_DATA_BYTE(data + static_cast<std::ptrdiff_t>(cy + dy) * wpl, cx + dx, 20);
  }
  if (o.binary) pix.reset(pixConvertTo1(pix.get(), 150));
  if (auto t = o.turn.find(page_number); t != o.turn.end()) pix.reset(pixRotateOrth(pix.get(), (t->second / 90) % 4));
  pixSetResolution(pix.get(), o.dpi, o.dpi);
  return pix;
}

// Pages i, i+1, ... set side by side, left to right, on one white sheet as
// wide as their sum and as high as the highest: the pages' margins make the
// gutter. Done before degrading, so skew and noise apply to the whole sheet.
PixPtr side_by_side(const std::vector<PixPtr>& pages) {
  int w = 0, h = 0;
  for (const PixPtr& p : pages) {
    w += pixGetWidth(p.get());
    h = std::max(h, pixGetHeight(p.get()));
  }
  PixPtr sheet(pixCreate(w, h, 8));
  pixSetAllArbitrary(sheet.get(), 255);
  int x = 0;
  for (const PixPtr& p : pages) {
    pixRasterop(sheet.get(), x, 0, pixGetWidth(p.get()), pixGetHeight(p.get()), PIX_SRC, p.get(), 0, 0);
    x += pixGetWidth(p.get());
  }
  return sheet;
}

// Prints --picture's image on the render of page 1: its dark pixels over
// the page's (a printed emblem's ink), before the page is degraded.
void print_picture(Pix* pix, const Options& o) {
  if (o.picture.empty()) return;
  PixPtr image(pixRead(o.picture.c_str()));
  if (!image) usage("cannot read the picture " + o.picture);
  PixPtr grey(pixConvertTo8(image.get(), 0));
  if (!grey || pixGetDepth(pix) != 8) usage("cannot print the picture " + o.picture);
  const int x0 = static_cast<int>(std::lround(o.picture_x * o.dpi / 72.0));
  const int y0 = static_cast<int>(std::lround(o.picture_y * o.dpi / 72.0));
  const int w = pixGetWidth(grey.get()), h = pixGetHeight(grey.get());
  for (int y = 0; y < h && y0 + y < static_cast<int>(pixGetHeight(pix)); ++y)
    for (int x = 0; x < w && x0 + x < static_cast<int>(pixGetWidth(pix)); ++x) {
      l_uint32 ink = 255, page = 255;
      pixGetPixel(grey.get(), x, y, &ink);
      pixGetPixel(pix, x0 + x, y0 + y, &page);
      pixSetPixel(pix, x0 + x, y0 + y, std::min(ink, page));
    }
}

std::string extension(const std::string& path) {
  const auto dot = path.rfind('.');
  return dot == std::string::npos ? "" : path.substr(dot + 1);
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = parse(argc, argv);
  setMsgSeverity(L_SEVERITY_WARNING);
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(o.input));
  if (!doc) usage("cannot open " + o.input);
  const int last = o.last > 0 ? std::min(o.last, doc->pages()) : doc->pages();
  std::mt19937 rng(o.seed);
  PixaPtr pages(pixaCreate(0));
  for (int n = o.first; n <= last; n += o.columns) {
    std::vector<PixPtr> rendered;
    for (int k = n; k < n + o.columns && k <= last; ++k) {
      std::unique_ptr<poppler::page> page(doc->create_page(k - 1));
      if (!page) usage("cannot read page " + std::to_string(k));
      rendered.push_back(render(*page, o.dpi));
      underline(rendered.back().get(), *page, o, rng);
      if (k == 1) print_picture(rendered.back().get(), o);
    }
    PixPtr pix = rendered.size() == 1 ? std::move(rendered.front()) : side_by_side(rendered);
    // --turn names pages; with --columns, sheets (1, 2, ...).
    const int number = o.columns == 1 ? n : (n - o.first) / o.columns + 1;
    pix = degrade(std::move(pix), number, o, rng);
    pixaAddPix(pages.get(), pix.release(), L_INSERT);
  }
  const std::string ext = extension(o.output);
  const int count = pixaGetCount(pages.get());
  int failed = 0;
  if (ext == "tif" || ext == "tiff") {
    for (int i = 0; i < count; ++i) {
      PixPtr pix(pixaGetPix(pages.get(), i, L_CLONE));
      const int format = pixGetDepth(pix.get()) == 1 ? IFF_TIFF_G4 : IFF_TIFF_ZIP;
      failed |= pixWriteTiff(o.output.c_str(), pix.get(), format, i == 0 ? "w" : "a");
    }
  } else if (ext == "pdf") {
    failed |= pixaConvertToPdf(pages.get(), o.dpi, 1.0f, o.binary ? L_G4_ENCODE : L_JPEG_ENCODE, o.quality, nullptr,
                               o.output.c_str());
  } else if (ext == "jpg" || ext == "jpeg" || ext == "png") {
    const std::string stem = o.output.substr(0, o.output.size() - ext.size() - 1);
    for (int i = 0; i < count; ++i) {
      PixPtr pix(pixaGetPix(pages.get(), i, L_CLONE));
      const std::string path = count == 1 ? o.output : stem + "-" + std::to_string(i + 1) + "." + ext;
      failed |= ext == "png" ? pixWrite(path.c_str(), pix.get(), IFF_PNG) : pixWriteJpeg(path.c_str(), pix.get(), o.quality, 0);
    }
  } else {
    usage("the output must end in .tif, .pdf, .jpg or .png");
  }
  if (failed) {
    std::fprintf(stderr, "akn-make-scan: writing %s failed\n", o.output.c_str());
    return 1;
  }
  return 0;
}
