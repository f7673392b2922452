#include "ingest/pdf_core.hpp"

#include <fontconfig/fontconfig.h>
#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/SplashOutputDev.h>
#include <poppler/splash/Splash.h>
#include <poppler/splash/SplashBitmap.h>
#include <poppler/splash/SplashPath.h>
#include <poppler/splash/SplashPattern.h>
#include <poppler/splash/SplashState.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>
#include <poppler/UTF.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-version.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/bidi.hpp"
#include "core/language.hpp"
#include "core/text.hpp"
#include "ingest/drawn_rules.hpp"

// The reader relies on the layout of TextOutputDev's words and on the
// conversions poppler-cpp 22.12 makes (it must give the same words): CMake
// pins the version, this checks that the headers are the pinned ones.
static_assert(POPPLER_VERSION_MAJOR == 22 && POPPLER_VERSION_MINOR == 12,
              "ingest/pdf_core.cpp is written against Poppler 22.12's core (TextOutputDev)");

namespace akn::detail {

namespace {
// The configuration pin_substitute_fonts makes current: the system's rules
// (aliases, hinting), and of its fonts only those of the packages
// scripts/install-deps.sh installs, by their Debian paths (a font file the
// accept globs do not name is rejected, whatever installed it; the reject
// glob names files, *.*, as fontconfig applies it to the directories it
// walks too).
constexpr const char* kPinnedFonts = R"(<?xml version="1.0"?>
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont>
    <acceptfont>
      <glob>/usr/share/fonts/truetype/liberation/*</glob>
      <glob>/usr/share/fonts/truetype/dejavu/*</glob>
      <glob>/usr/share/fonts/opentype/noto/NotoSansCJK-*</glob>
      <glob>/usr/share/fonts/opentype/noto/NotoSerifCJK-*</glob>
      <glob>/usr/share/fonts/opentype/fonts-hosny-amiri/*</glob>
      <glob>/usr/share/fonts/truetype/libreoffice/opens___.ttf</glob>
    </acceptfont>
    <rejectfont><glob>*.*</glob></rejectfont>
  </selectfont>
</fontconfig>
)";

struct FcConfigRelease {
  void operator()(FcConfig* c) const { FcConfigDestroy(c); }
};
}  // namespace

bool pin_substitute_fonts() {
  static const bool pinned = [] {
    const std::unique_ptr<FcConfig, FcConfigRelease> config(FcConfigCreate());
    if (!config || !FcConfigParseAndLoadFromMemory(config.get(), reinterpret_cast<const FcChar8*>(kPinnedFonts), FcTrue) ||
        !FcConfigBuildFonts(config.get()))
      return false;
    // None of the set-up's fonts at their paths (another distribution):
    // the system's configuration as it is rather than no fonts at all.
    const FcFontSet* fonts = FcConfigGetFonts(config.get(), FcSetSystem);
    if (fonts == nullptr || fonts->nfont == 0) return false;
    return FcConfigSetCurrent(config.get()) == FcTrue;  // the current configuration holds a reference of its own
  }();
  return pinned;
}

namespace {

// A word's text as poppler-cpp's reader gives it: Poppler's UTF-8 up to the
// first NUL (it reads a C string); kept as it is when valid, otherwise
// passed through poppler-cpp's own conversion (which yields an empty word
// for what iconv rejects) and back, a lone surrogate as U+FFFD.
std::string word_text(const GooString& s, bool& repaired) {
  const std::string& bytes = s.toStr();
  const std::size_t nul = bytes.find('\0');
  const std::string_view text(bytes.data(), nul == std::string::npos ? bytes.size() : nul);
  if (is_valid_utf8(text)) return std::string(text);
  const poppler::ustring u = poppler::ustring::from_utf8(std::string(text).c_str());
  std::string out;
  out.reserve(u.size());
  if (append_utf16(out, u.size(), [&](std::size_t i) { return u[i]; }) > 0) repaired = true;
  return out;
}

struct Style {
  bool bold = false, italic = false;
};

// Splash drawing no glyphs (Type 3 glyphs, which are drawn as paths, go
// through drawChar too once Splash does not interpret them), and no
// pictures (is_picture: the base OutputDev's drawing skips an inline
// image's data), for a display at `dpi`.
class SplashWithoutText final : public SplashOutputDev {
 public:
  SplashWithoutText(double dpi, SplashColorMode mode, SplashColor paper)
      : SplashOutputDev(mode, 4, false, paper, true, splashThinLineDefault), dpi_(dpi) {}
  bool interpretType3Chars() override { return false; }
  void drawChar(GfxState*, double, double, double, double, double, double, CharCode, int, const Unicode*, int) override {}
  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert, bool interpolate,
                     bool inline_image) override {
    if (is_picture(state->getCTM(), dpi_))
      OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_image);
    else
      SplashOutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_image);
  }
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* colours,
                 bool interpolate, const int* mask_colours, bool inline_image) override {
    if (is_picture(state->getCTM(), dpi_))
      OutputDev::drawImage(state, ref, str, width, height, colours, interpolate, mask_colours, inline_image);
    else
      SplashOutputDev::drawImage(state, ref, str, width, height, colours, interpolate, mask_colours, inline_image);
  }
  void drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* colours,
                       bool interpolate, Stream* mask, int mask_width, int mask_height, bool mask_invert,
                       bool mask_interpolate) override {
    if (is_picture(state->getCTM(), dpi_)) return;  // never inline
    SplashOutputDev::drawMaskedImage(state, ref, str, width, height, colours, interpolate, mask, mask_width, mask_height,
                                     mask_invert, mask_interpolate);
  }
  void drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* colours,
                           bool interpolate, Stream* mask, int mask_width, int mask_height,
                           GfxImageColorMap* mask_colours, bool mask_interpolate) override {
    if (is_picture(state->getCTM(), dpi_)) return;  // never inline
    SplashOutputDev::drawSoftMaskedImage(state, ref, str, width, height, colours, interpolate, mask, mask_width,
                                         mask_height, mask_colours, mask_interpolate);
  }

 private:
  double dpi_;
};

// A path in device space, as SplashOutputDev hands it to Splash (its
// convertPath, dropping empty subpaths) but with the points transformed as
// Splash transforms them: replayed through an identity matrix, it rasterises
// to the same pixels.
struct PathOp {
  enum Kind : std::uint8_t { move, line, curve, close } kind = move;
  double p[6] = {};
};
using DevicePath = std::vector<PathOp>;

DevicePath device_path(const GfxState* state) {
  DevicePath out;
  const GfxPath* path = state->getPath();
  auto at = [&](const GfxSubpath* sub, int j, double* xy) { state->transform(sub->getX(j), sub->getY(j), xy, xy + 1); };
  for (int i = 0; i < path->getNumSubpaths(); ++i) {
    const GfxSubpath* sub = path->getSubpath(i);
    const int n = sub->getNumPoints();
    if (n <= 1) continue;
    PathOp op;
    at(sub, 0, op.p);
    out.push_back(op);
    for (int j = 1; j < n;) {
      PathOp next;
      if (sub->getCurve(j) && j + 2 < n) {
        next.kind = PathOp::curve;
        at(sub, j, next.p), at(sub, j + 1, next.p + 2), at(sub, j + 2, next.p + 4);
        j += 3;
      } else {
        next.kind = PathOp::line;
        at(sub, j, next.p);
        ++j;
      }
      out.push_back(next);
    }
    if (sub->isClosed()) out.push_back(PathOp{PathOp::close, {}});
  }
  return out;
}

SplashPath splash_path(const DevicePath& path) {
  SplashPath out;
  for (const PathOp& op : path) switch (op.kind) {
      case PathOp::move: out.moveTo(op.p[0], op.p[1]); break;
      case PathOp::line: out.lineTo(op.p[0], op.p[1]); break;
      case PathOp::curve: out.curveTo(op.p[0], op.p[1], op.p[2], op.p[3], op.p[4], op.p[5]); break;
      case PathOp::close: out.close(); break;
    }
  return out;
}

// The clip paths in force, innermost last.
struct ClipNode {
  DevicePath path;
  bool even_odd = false;
  std::shared_ptr<const ClipNode> outer;
};

// A fill a render of the page draws as a plain Splash fill: solid colour,
// opaque, normal blending, no transfer function.
struct PlainFill {
  DevicePath path;
  bool even_odd = false;
  unsigned char grey = 0;
  std::shared_ptr<const ClipNode> clip;
};

// A glyph as the content stream draws it, in the stream's order: its
// character, the device x of its origin and of the end of its advance (a
// combining mark's advance is none), its baseline and type size. A
// character of an ActualText span (`spread`) stands somewhere in the
// span's extent, x0 to x1.
struct DrawnGlyph {
  char32_t cp = 0;
  double x0 = 0, x1 = 0, y = 0, size = 0;
  bool spread = false;
};

// TextOutputDev that also records what is drawn besides text, from the same
// display as the words (CoreWordReader::marks, rules_from_marks): the box of
// every mark, and the plain fills (the rules of Word and most converters)
// with their clip, to be rasterised without a second display. Image
// XObjects reach it (it needs non-text content); their data is not decoded.
// Shadings are taken whole (their clip). What a plain replay could not
// stand for anywhere on the page (pattern colours, soft masks, transparency
// groups, clips to a stroke) sets must_render.
class MarkRecorder final : public TextOutputDev {
 public:
  MarkRecorder() : TextOutputDev(nullptr, false, 0, false, false) {}
  std::vector<Box> marks, opaque, pictures, images;  // images: every image drawn, pictures or not (TextLayerEvidence)
  std::vector<PlainFill> fills;
  // The centres (points, origin at the top left) of the characters drawn
  // invisibly, and how many were drawn visibly (TextLayerEvidence).
  std::vector<std::pair<double, double>> invisible_chars;
  std::size_t glyphless_chars = 0;
  std::size_t visible_chars = 0;
  // The glyphs of one character each, in the order drawn, from the page's
  // first combining mark on (the marks are put on letters drawn after
  // them: put_marks_before_their_letters); none on a page without marks.
  std::vector<DrawnGlyph> glyphs;
  bool must_render = false;
  double page_width = 0, page_height = 0;
  double base_ctm[6] = {};

  bool needNonText() override { return true; }
  bool useShadedFills(int) override { return true; }

  void startPage(int number, GfxState* state, XRef* xref) override {
    marks.clear(), opaque.clear(), pictures.clear(), images.clear(), fills.clear(), saved_.clear();
    invisible_chars.clear();
    glyphless_chars = 0;
    visible_chars = 0;
    glyphs.clear();
    span_ = ActualSpan{};
    clip_.reset();
    must_render = false;
    page_width = state->getPageWidth(), page_height = state->getPageHeight();
    std::copy_n(state->getCTM(), 6, base_ctm);
    TextOutputDev::startPage(number, state, xref);
  }
  void saveState(GfxState* state) override {
    TextOutputDev::saveState(state);
    saved_.push_back(clip_);
  }
  void restoreState(GfxState* state) override {
    TextOutputDev::restoreState(state);
    if (!saved_.empty()) clip_ = std::move(saved_.back()), saved_.pop_back();
  }
  void clip(GfxState* state) override { push_clip(state, false); }
  void eoClip(GfxState* state) override { push_clip(state, true); }
  void clipToStrokePath(GfxState*) override { must_render = true; }
  void updateFillColorSpace(GfxState* state) override { note_pattern(state->getFillColorSpace()); }
  void updateStrokeColorSpace(GfxState* state) override { note_pattern(state->getStrokeColorSpace()); }
  void updatePatternOpacity(GfxState*) override { must_render = true; }
  void setSoftMask(GfxState*, const double*, bool, Function*, GfxColor*) override { must_render = true; }
  void setSoftMaskFromImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                                bool inline_image, double* base) override {
    must_render = true;
    OutputDev::setSoftMaskFromImageMask(state, ref, str, width, height, invert, inline_image, base);
  }
  void beginTransparencyGroup(GfxState*, const double*, GfxColorSpace*, bool, bool, bool) override { must_render = true; }

  void stroke(GfxState* state) override {
    TextOutputDev::stroke(state);
    // Half the line width in any direction, to the miter's point: bounded
    // by the sum of the matrix's entries times the width.
    const double* m = state->getCTM();
    const double scale = std::abs(m[0]) + std::abs(m[1]) + std::abs(m[2]) + std::abs(m[3]);
    const double reach = 0.5 * state->getLineWidth() * scale * std::max(state->getMiterLimit(), std::sqrt(2.0));
    if (path_mark(state, reach)) opaque.push_back(marks.back());
  }
  void fill(GfxState* state) override {
    TextOutputDev::fill(state);
    record_fill(state, false);
  }
  void eoFill(GfxState* state) override {
    TextOutputDev::eoFill(state);
    record_fill(state, true);
  }
  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert, bool interpolate,
                     bool inline_image) override {
    OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_image);
    image_mark(state);
  }
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* colours,
                 bool interpolate, const int* mask_colours, bool inline_image) override {
    OutputDev::drawImage(state, ref, str, width, height, colours, interpolate, mask_colours, inline_image);
    image_mark(state);
  }
  void drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* colours,
                       bool interpolate, Stream* mask, int mask_width, int mask_height, bool mask_invert,
                       bool mask_interpolate) override {
    OutputDev::drawMaskedImage(state, ref, str, width, height, colours, interpolate, mask, mask_width, mask_height,
                               mask_invert, mask_interpolate);
    image_mark(state);
  }
  void drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* colours,
                           bool interpolate, Stream* mask, int mask_width, int mask_height,
                           GfxImageColorMap* mask_colours, bool mask_interpolate) override {
    OutputDev::drawSoftMaskedImage(state, ref, str, width, height, colours, interpolate, mask, mask_width, mask_height,
                                   mask_colours, mask_interpolate);
    image_mark(state);
  }
  // A marked-content span with an ActualText (LibreOffice draws a letter's
  // harakat so) gives Poppler's words the span's text, spread evenly from
  // the origin of its first glyph to the end of its last: its characters
  // are recorded as glyphs there, as Poppler places them (TextPage::addChar).
  void beginActualText(GfxState* state, const GooString* actual) override {
    TextOutputDev::beginActualText(state, actual);
    span_ = ActualSpan{};
    span_.open = true;
    Unicode* u = nullptr;
    const int n = TextStringToUCS4(actual->toStr(), &u);
    for (int i = 0; i < n; ++i) span_.cps += static_cast<char32_t>(u[i]);
    gfree(u);
  }
  void endActualText(GfxState* state) override {
    if (span_.open && span_.glyphs > 0 && !span_.cps.empty()) {
      double x = 0, y = 0, cx = 0, cy = 0, w = 0, h = 0;
      state->transform(span_.x0, span_.y0, &x, &y);
      state->textTransformDelta(state->getCharSpace() * state->getHorizScaling(), 0, &cx, &cy);
      state->transformDelta(span_.x1 - span_.x0 - cx, span_.y1 - span_.y0 - cy, &w, &h);
      for (const char32_t cp : span_.cps)
        if (recording(cp))
          glyphs.push_back(DrawnGlyph{cp, std::min(x, x + w), std::max(x, x + w), y + h / 2, state->getTransformedFontSize(), true});
    }
    span_ = ActualSpan{};
    TextOutputDev::endActualText(state);
  }
  void drawChar(GfxState* state, double x, double y, double dx, double dy, double origin_x, double origin_y, CharCode code,
                int bytes, const Unicode* u, int u_length) override {
    TextOutputDev::drawChar(state, x, y, dx, dy, origin_x, origin_y, code, bytes, u, u_length);
    if (span_.open) {
      if (span_.glyphs++ == 0) span_.x0 = x, span_.y0 = y;
      span_.x1 = x + dx, span_.y1 = y + dy;
    } else if (u_length == 1 && u[0] != ' ' && u[0] != 0 && recording(static_cast<char32_t>(u[0]))) {
      DrawnGlyph g{static_cast<char32_t>(u[0]), 0, 0, 0, state->getTransformedFontSize()};
      state->transform(x, y, &g.x0, &g.y);
      double end_y = 0;
      state->transform(x + dx, y + dy, &g.x1, &end_y);
      glyphs.push_back(g);
    }
    if (u_length <= 0 || (u_length == 1 && (u[0] == ' ' || u[0] == 0))) return;
    if ((state->getRender() & 3) != 3) {
      ++visible_chars;
      return;
    }
    // The middle of the glyph's advance, a third of the type size above
    // its baseline (device space runs down the page).
    double cx = 0, cy = 0;
    state->transform(x + dx / 2, y + dy / 2, &cx, &cy);
    invisible_chars.emplace_back(cx, cy - state->getTransformedFontSize() / 3);
    // Tesseract's PDF renderer (tesseract's pdf output, ocrmypdf) draws its
    // reading in a font of no glyphs of its own name.
    const std::shared_ptr<GfxFont>& font = state->getFont();
    if (font && font->getName() && font->getName()->find("GlyphLessFont") != std::string::npos) ++glyphless_chars;
  }
  bool functionShadedFill(GfxState* state, GfxFunctionShading*) override { return clip_mark(state); }
  bool axialShadedFill(GfxState* state, GfxAxialShading*, double, double) override { return clip_mark(state); }
  bool radialShadedFill(GfxState* state, GfxRadialShading*, double, double) override { return clip_mark(state); }
  bool gouraudTriangleShadedFill(GfxState* state, GfxGouraudTriangleShading*) override { return clip_mark(state); }
  bool patchMeshShadedFill(GfxState* state, GfxPatchMeshShading*) override { return clip_mark(state); }

 private:
  // The ActualText span being drawn: its text, its glyphs' extent (user
  // space, as Poppler's ActualText takes it).
  struct ActualSpan {
    bool open = false;
    std::u32string cps;
    std::size_t glyphs = 0;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  };
  ActualSpan span_;
  std::shared_ptr<const ClipNode> clip_;
  std::vector<std::shared_ptr<const ClipNode>> saved_;

  // Whether glyph `cp` is kept: once the page has drawn a combining mark
  // (none lies below U+0300, the first block of them).
  bool recording(char32_t cp) const { return !glyphs.empty() || (cp >= 0x300 && is_combining_mark(cp)); }

  void note_pattern(const GfxColorSpace* space) {
    if (space != nullptr && space->getMode() == csPattern) must_render = true;
  }
  void push_clip(GfxState* state, bool even_odd) {
    clip_ = std::make_shared<const ClipNode>(ClipNode{device_path(state), even_odd, clip_});
  }
  void record_fill(GfxState* state, bool even_odd) {
    if (!path_mark(state, 0) || state->getFillColorSpace()->isNonMarking()) return;
    Function** transfer = state->getTransfer();
    const bool plain = state->getBlendMode() == gfxBlendNormal && state->getFillOpacity() == 1 &&
                       std::all_of(transfer, transfer + 4, [](const Function* f) { return f == nullptr; });
    if (!plain) {
      opaque.push_back(marks.back());
      return;
    }
    GfxGray grey = 0;
    state->getFillGray(&grey);
    fills.push_back(PlainFill{device_path(state), even_odd, colToByte(grey), clip_});
  }
  // Records the device box [x0, x1] x [y0, y1] grown by `reach`, cut to
  // the clip; whether anything of it is left.
  bool mark(const GfxState* state, double x0, double y0, double x1, double y1, double reach) {
    double cx0 = 0, cy0 = 0, cx1 = 0, cy1 = 0;
    state->getClipBBox(&cx0, &cy0, &cx1, &cy1);
    const Box b{std::max(x0 - reach, cx0), std::max(y0 - reach, cy0), std::min(x1 + reach, cx1), std::min(y1 + reach, cy1)};
    if (!(b.x0 <= b.x1 && b.y0 <= b.y1)) return false;
    marks.push_back(b);
    return true;
  }
  bool path_mark(const GfxState* state, double reach) {
    const GfxPath* path = state->getPath();
    double x0 = HUGE_VAL, y0 = HUGE_VAL, x1 = -HUGE_VAL, y1 = -HUGE_VAL;
    for (int i = 0; i < path->getNumSubpaths(); ++i) {
      const GfxSubpath* sub = path->getSubpath(i);
      for (int j = 0; j < sub->getNumPoints(); ++j) {
        double x = 0, y = 0;
        state->transform(sub->getX(j), sub->getY(j), &x, &y);
        x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
      }
    }
    return x0 <= x1 && mark(state, x0, y0, x1, y1, reach);
  }
  // An image fills the unit square of its matrix; a picture is no mark
  // (is_picture), but is kept apart.
  void image_mark(const GfxState* state) {
    double x0 = HUGE_VAL, y0 = HUGE_VAL, x1 = -HUGE_VAL, y1 = -HUGE_VAL;
    for (const auto& [ux, uy] : {std::pair{0.0, 0.0}, {1.0, 0.0}, {0.0, 1.0}, {1.0, 1.0}}) {
      double x = 0, y = 0;
      state->transform(ux, uy, &x, &y);
      x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
    }
    if (!is_picture(state->getCTM(), 72)) {
      if (mark(state, x0, y0, x1, y1, 0)) opaque.push_back(marks.back()), images.push_back(marks.back());
    } else if (mark(state, x0, y0, x1, y1, 0)) {
      pictures.push_back(marks.back());
      images.push_back(marks.back());
      marks.pop_back();
    }
  }
  bool clip_mark(const GfxState* state) {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    state->getClipBBox(&x0, &y0, &x1, &y1);
    if (mark(state, x0, y0, x1, y1, 0)) opaque.push_back(marks.back());
    return true;
  }
};

}  // namespace

struct CoreWordReader::Impl {
  std::unique_ptr<PDFDoc> doc;
  MarkRecorder text;
  int last_page = 0;  // the page text and its marks are of
  // Style by font name, looked up once per document.
  std::unordered_map<std::string, Style> styles;
  // The page on which rules_from_marks draws the fills, kept from page to
  // page while the size is the same: a new one per page (two buffers of
  // half a megabyte each) was mapped and faulted in again on every page.
  // Splash::clear sets every pixel and alpha before each use.
  std::unique_ptr<SplashBitmap> rule_page;
  // The device of render_without_text, kept from page to page at one
  // resolution (as pdftoppm keeps its one): its page is drawn again only
  // when the size changes, its fonts are loaded once.
  std::unique_ptr<SplashOutputDev> render_device;
  double render_dpi = 0;

  const Style& style_of(const GooString* name) {
    static const std::string kNone;
    const std::string& key = name != nullptr ? name->toStr() : kNone;
    auto it = styles.find(key);
    if (it == styles.end()) {
      Style s;
      style_from_font_name(key, s.bold, s.italic);
      it = styles.emplace(key, s).first;
    }
    return it->second;
  }
};

namespace {
// Poppler ends a word at a space, not at a change of font: in a script
// written without spaces (Chinese), a bold or italic lead run into the
// text ("重申各国依照...") comes as one word styled as its first character.
// Such a word is split where the style changes next to a character of
// that script, each piece with its own style, box and no space between
// them; any other word is left whole (a Latin word's roman comma after
// italics stays with it). Returns whether `w` was split into `out`.
template <typename StyleOf>
bool split_at_style_changes(const StyleOf& style_of, const TextWord& word, const PlacedWord& w,
                            std::vector<PlacedWord>& out) {
  const int n = word.getLength();
  auto style_at = [&](int i) { return style_of(word.getFontName(i)); };
  auto code_point = [&](int i) { return static_cast<char32_t>(*word.getChar(i)); };
  std::vector<int> cuts;
  for (int i = 1; i < n; ++i) {
    const Style a = style_at(i - 1), b = style_at(i);
    if ((a.bold != b.bold || a.italic != b.italic) && (is_unspaced_script(code_point(i - 1)) || is_unspaced_script(code_point(i))))
      cuts.push_back(i);
  }
  if (cuts.empty()) return false;
  cuts.push_back(n);
  int from = 0;
  for (const int to : cuts) {
    PlacedWord piece = w;
    piece.text.clear();
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    for (int i = from; i < to; ++i) {
      if (code_point(i) != 0) append_utf8(piece.text, code_point(i));
      double cx0 = 0, cy0 = 0, cx1 = 0, cy1 = 0;
      word.getCharBBox(i, &cx0, &cy0, &cx1, &cy1);
      if (i == from) x0 = cx0, y0 = cy0, x1 = cx1, y1 = cy1;
      x0 = std::min(x0, cx0), y0 = std::min(y0, cy0), x1 = std::max(x1, cx1), y1 = std::max(y1, cy1);
    }
    piece.box = Box{x0, y0, x1, y1};
    const Style style = style_at(from);
    piece.bold = style.bold;
    piece.italic = style.italic;
    piece.space_after = to == n ? w.space_after : false;
    out.push_back(std::move(piece));
    from = to;
  }
  return true;
}

// Combining marks of a right-to-left line drawn in visual order (Arabic
// harakat, shadda, tanwin). A shaper that lays a right-to-left run out
// left to right (HarfBuzz: LibreOffice, browsers) draws each cluster's
// marks right before its letter, each mark with no advance, placed over
// the letter by its own offset: its origin may stand over the letter
// beside it (a shadda drawn 1.5 pt left of its letter, inside the box of
// the final letter before it). Poppler's words put a mark where its origin
// stands, in another word or apart, so the letter it belongs to is the
// one the stream draws right after it (other marks of the cluster between
// them), when that letter stands within kMarkBaseReachEm of the mark.
// The mark is moved into that letter's word, right before the letter
// (the reading order puts it right after it). A mark with no such letter
// stays where Poppler put it (the reading order's check warns of a mark
// it cannot place). Thresholds (points or em of the mark's type size):
constexpr double kMarkBaseReachEm = 0.5;   // the letter's advance lies this close to the mark's origin
constexpr std::size_t kMarksOfACluster = 4;  // marks drawn between a mark and its letter, at most
constexpr double kSameGlyphPt = 0.05;      // a word's character is a glyph drawn when their origins are this close
// A word of marks alone that went to its letters leaves the words on either
// side of it: a space stands between them when they stand further apart
// than kWordSpaceEm (the mark's origin, not the letters, decided the
// spaces Poppler saw around it). Between the letters of one Arabic word a
// non-joining letter leaves up to 0.12 em ("بحرِّية": 1.4 pt at 12 pt
// after its reh); the narrowest word space of a justified line measured in
// the Arabic fixtures is 0.29 em.
constexpr double kWordSpaceEm = 0.2;

// A word's band is what its font declares from the baseline up (ascent)
// and down (descent). Producers declare it differently for one font:
// LibreOffice gave Amiri 1.3 em, pdftocairo the same font 1.76 em, so
// that the lines of a paragraph overlapped by a third of an em and no
// space was left between paragraphs (A/RES/78/214 in Arabic re-made by
// pdftocairo: 33 preambular paragraphs for 27; the last word of a point
// read into the point above). Text faces declare 1.1 em (Times,
// Liberation Serif) to 1.3 em (Amiri as LibreOffice embeds it): a band
// taller than kTallestBandEm of the type size is shrunk about its
// baseline to kUsualTallBandEm, its ascent and descent in the font's
// proportion (well apart, so that no band at the usual height is moved by
// rounding).
constexpr double kTallestBandEm = 1.5;
constexpr double kUsualTallBandEm = 1.3;

Box usual_band(const Box& box, double baseline, double size) {
  const double height = box.y1 - box.y0;
  if (size <= 0 || height <= kTallestBandEm * size) return box;
  if (baseline < box.y0 || baseline > box.y1) return box;  // a baseline outside its box: keep what the font says
  const double k = kUsualTallBandEm * size / height;
  return Box{box.x0, baseline - (baseline - box.y0) * k, box.x1, baseline + (box.y1 - baseline) * k};
}

// A word's characters with the x of each one's origin; `usable` when the
// word's text is those characters, one for one.
struct WordGlyphs {
  std::u32string cps;
  std::vector<double> x0;
  double y0 = 0, y1 = 0;
  bool usable = false, changed = false;
  bool glued_to_next = false;  // no space after it: a mark between it and the next word went to the next
};

WordGlyphs glyphs_of(const TextWord& word, const std::string& text) {
  WordGlyphs g;
  for (int i = 0; i < word.getLength(); ++i) {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    word.getCharBBox(i, &x0, &y0, &x1, &y1);
    g.cps += static_cast<char32_t>(*word.getChar(i));
    g.x0.push_back(x0);
  }
  double x0 = 0, x1 = 0;
  word.getBBox(&x0, &g.y0, &x1, &g.y1);
  g.usable = code_points(text) == g.cps;
  return g;
}

// The letter the stream draws a mark for (see kMarkBaseReachEm): the
// index of the first glyph after glyph `m` that is no mark, when it is a
// right-to-left letter on the mark's line whose advance reaches the mark.
std::optional<std::size_t> base_of_mark(const std::vector<DrawnGlyph>& glyphs, std::size_t m) {
  const DrawnGlyph& mark = glyphs[m];
  std::size_t j = m + 1;
  while (j < glyphs.size() && j - m <= kMarksOfACluster && is_combining_mark(glyphs[j].cp)) ++j;
  if (j >= glyphs.size() || is_combining_mark(glyphs[j].cp) || !is_strong_right_to_left(glyphs[j].cp)) return std::nullopt;
  const DrawnGlyph& base = glyphs[j];
  const double reach = kMarkBaseReachEm * std::max(mark.size, base.size);
  const double lo = std::min(base.x0, base.x1) - reach, hi = std::max(base.x0, base.x1) + reach;
  if (std::max(mark.x0, mark.x1) < lo || std::min(mark.x0, mark.x1) > hi || std::abs(mark.y - base.y) > std::max(mark.size, base.size))
    return std::nullopt;
  return j;
}

// The word and place of the character drawn as glyph `g` (its character,
// its origin, on its line); nullopt when no usable word holds it.
std::optional<std::pair<std::size_t, std::size_t>> place_of(const std::vector<WordGlyphs>& words, const DrawnGlyph& g) {
  for (std::size_t w = 0; w < words.size(); ++w) {
    const WordGlyphs& word = words[w];
    if (!word.usable || g.y < word.y0 - g.size || g.y > word.y1 + g.size) continue;
    for (std::size_t k = 0; k < word.cps.size(); ++k) {
      const bool there = g.spread ? word.x0[k] >= g.x0 - kSameGlyphPt && word.x0[k] <= g.x1 + kSameGlyphPt
                                  : std::abs(word.x0[k] - g.x0) <= kSameGlyphPt;
      if (word.cps[k] == g.cp && there) return std::make_pair(w, k);
    }
  }
  return std::nullopt;
}

// Moves every mark the stream draws for a right-to-left letter right
// before that letter in its word (see kMarkBaseReachEm); the marks of one
// letter keep the order they are drawn in.
void put_marks_before_their_letters(std::vector<WordGlyphs>& words, const std::vector<DrawnGlyph>& glyphs) {
  for (std::size_t m = 0; m < glyphs.size(); ++m) {
    if (!is_combining_mark(glyphs[m].cp) || (!glyphs[m].spread && std::abs(glyphs[m].x1 - glyphs[m].x0) > kSameGlyphPt)) continue;
    const auto base = base_of_mark(glyphs, m);
    if (!base) continue;
    const auto from = place_of(words, glyphs[m]), to = place_of(words, glyphs[*base]);
    if (!from || !to || (from->first == to->first && from->second + 1 == to->second)) continue;
    WordGlyphs &a = words[from->first], &b = words[to->first];
    const char32_t cp = a.cps[from->second];
    const double x = a.x0[from->second];
    a.cps.erase(from->second, 1);
    a.x0.erase(a.x0.begin() + static_cast<std::ptrdiff_t>(from->second));
    std::size_t at = to->second;
    if (from->first == to->first && from->second < at) --at;
    b.cps.insert(at, 1, cp);
    b.x0.insert(b.x0.begin() + static_cast<std::ptrdiff_t>(at), x);
    a.changed = b.changed = true;
    // Poppler saw a space between the word the mark ended and the word of
    // its letter after it, measured from the mark's origin: the letters
    // on both sides are one word's ("تسلّم" drawn "م", shadda, "لست").
    const bool letters_left = std::any_of(a.cps.begin(), a.cps.end(), [](char32_t c) { return !is_combining_mark(c); });
    if (letters_left && to->first == from->first + 1 && from->second == a.cps.size()) a.glued_to_next = true;
    if (letters_left && from->first == to->first + 1 && from->second == 0) b.glued_to_next = true;
  }
}
}  // namespace

CoreWordReader::CoreWordReader(std::string_view bytes) : impl_(std::make_unique<Impl>()) {
  // poppler-cpp's open document keeps Poppler's global parameters alive;
  // these hold them too, for a reader used alone.
  pin_substitute_fonts();
  static const GlobalParamsIniter params(nullptr);
  auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  impl_->doc = std::make_unique<PDFDoc>(stream);
}

CoreWordReader::~CoreWordReader() = default;

bool CoreWordReader::ok() const { return impl_->doc->isOk() && impl_->text.isOk(); }

std::vector<PlacedWord> CoreWordReader::words(int page, bool& repaired) {
  std::vector<PlacedWord> out;
  if (page < 1 || page > impl_->doc->getNumPages()) return out;
  // As poppler-cpp's page::text_list: 72 dpi, no rotation, the crop box;
  // but on the document's own cross-reference table (copyXRef false, as
  // pdftotext): a copy per page, as poppler-cpp makes for its threads,
  // starts with an empty cache and parses the fonts' and resources'
  // object streams again on every page.
  impl_->doc->displayPageSlice(&impl_->text, page, 72, 72, 0, false, false, false, -1, -1, -1, -1, nullptr, nullptr,
                               nullptr, nullptr, false);
  impl_->last_page = page;
  const std::unique_ptr<TextWordList> list = impl_->text.makeWordList();
  if (!list) return out;
  out.reserve(static_cast<std::size_t>(list->getLength()));
  std::vector<std::string> texts;
  std::vector<WordGlyphs> glyphs;
  const bool has_marks = !impl_->text.glyphs.empty();  // the first glyph kept is a mark
  for (int i = 0; i < list->getLength(); ++i) {
    const std::unique_ptr<GooString> text(list->get(i)->getText());
    texts.push_back(word_text(*text, repaired));
    if (has_marks) glyphs.push_back(glyphs_of(*list->get(i), texts.back()));
  }
  if (has_marks) put_marks_before_their_letters(glyphs, impl_->text.glyphs);
  for (int i = 0; i < list->getLength(); ++i) {
    const TextWord* word = list->get(i);
    PlacedWord w;
    const bool changed = has_marks && glyphs[static_cast<std::size_t>(i)].changed;
    w.text = texts[static_cast<std::size_t>(i)];
    if (changed) {
      w.text.clear();
      for (const char32_t cp : glyphs[static_cast<std::size_t>(i)].cps) append_utf8(w.text, cp);
      if (w.text.empty()) {  // marks alone, moved to their letters
        if (!out.empty() && i + 1 < list->getLength()) {
          double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
          list->get(i + 1)->getBBox(&x0, &y0, &x1, &y1);
          out.back().space_after = x0 - out.back().box.x1 > kWordSpaceEm * std::max(out.back().font_size, word->getFontSize());
        }
        continue;
      }
    }
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    word->getBBox(&x0, &y0, &x1, &y1);
    // poppler::rectf's arithmetic, to the last bit: right = x + (x1 - x).
    w.box = Box{x0, y0, x0 + (x1 - x0), y0 + (y1 - y0)};
    w.font_size = word->getFontSize();
    if (word->getRotation() == 0) w.box = usual_band(w.box, word->getBaseline(), w.font_size);
    w.space_after = word->hasSpaceAfter() && !(changed && glyphs[static_cast<std::size_t>(i)].glued_to_next);
    w.rotation = word->getRotation() * 90;
    const Style& style = impl_->style_of(word->getLength() > 0 ? word->getFontName(0) : nullptr);
    w.bold = style.bold;
    w.italic = style.italic;
    const auto style_of = [this](const GooString* name) { return impl_->style_of(name); };
    if (changed || !split_at_style_changes(style_of, *word, w, out)) out.push_back(std::move(w));
  }
  return out;
}

int CoreWordReader::pages() const { return impl_->doc->getNumPages(); }

std::pair<double, double> CoreWordReader::page_size(int page) const {
  return {impl_->doc->getPageCropWidth(page), impl_->doc->getPageCropHeight(page)};
}

namespace {
// Cells a side of the grid on which the images' cover of a page is counted.
constexpr int kCoverGrid = 64;

bool inside(const Box& b, double x, double y) { return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1; }
}  // namespace

TextLayerEvidence CoreWordReader::evidence() const {
  const MarkRecorder& r = impl_->text;
  TextLayerEvidence e;
  e.visible = r.visible_chars;
  e.invisible = r.invisible_chars.size();
  e.glyphless = r.glyphless_chars;
  const auto on_image = [&](double x, double y) {
    return std::any_of(r.images.begin(), r.images.end(), [&](const Box& b) { return inside(b, x, y); });
  };
  for (const auto& [x, y] : r.invisible_chars)
    if (on_image(x, y)) ++e.invisible_on_image;
  if (r.images.empty() || r.page_width <= 0 || r.page_height <= 0) return e;
  int covered = 0;
  for (int row = 0; row < kCoverGrid; ++row)
    for (int col = 0; col < kCoverGrid; ++col)
      if (on_image((col + 0.5) * r.page_width / kCoverGrid, (row + 0.5) * r.page_height / kCoverGrid)) ++covered;
  e.image_cover = static_cast<double>(covered) / (kCoverGrid * kCoverGrid);
  return e;
}

const std::vector<Box>& CoreWordReader::marks() const { return impl_->text.marks; }

const std::vector<Box>& CoreWordReader::pictures() const { return impl_->text.pictures; }

std::optional<std::vector<Box>> CoreWordReader::rules_from_marks(int page, const std::vector<Box>& text_boxes) {
  static_assert(kRuleDpi == 72, "the marks are recorded at 72 dpi, the words' display");
  const MarkRecorder& r = impl_->text;
  if (r.must_render || page != impl_->last_page) return std::nullopt;
  switch (plan_rule_search(r.marks, r.opaque, r.page_width, r.page_height, kRuleDpi, text_boxes)) {
    case RuleSearch::none: return std::vector<Box>{};
    case RuleSearch::render: return std::nullopt;
    case RuleSearch::from_marks: break;
  }
  // The plain fills drawn as render_without_text draws them: SplashOutputDev's
  // page (its size, alpha over white paper, stroke adjustment, clipped to the
  // crop box as a display with crop does), the page's matrix already applied.
  const int w = std::max(1, static_cast<int>(r.page_width + 0.5)), h = std::max(1, static_cast<int>(r.page_height + 0.5));
  if (!impl_->rule_page || impl_->rule_page->getWidth() != w || impl_->rule_page->getHeight() != h)
    impl_->rule_page = std::make_unique<SplashBitmap>(w, h, 4, splashModeMono8, true);
  SplashBitmap& bitmap = *impl_->rule_page;
  Splash splash(&bitmap, true);
  SplashColor black{}, paper{};
  paper[0] = 0xff;
  splash.setStrokePattern(new SplashSolidColor(black));
  splash.setFillPattern(new SplashSolidColor(black));
  splash.setLineCap(splashLineCapButt);
  splash.setLineJoin(splashLineJoinMiter);
  splash.setLineDash({}, 0);
  splash.setMiterLimit(10);
  splash.setFlatness(1);
  splash.setStrokeAdjust(true);
  splash.clear(paper, 0);
  const PDFRectangle* crop = impl_->doc->getPage(page)->getCropBox();
  const double* m = r.base_ctm;
  auto device = [m](double x, double y) { return std::pair{m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]}; };
  SplashPath crop_path;
  const auto [ax, ay] = device(crop->x1, crop->y1);
  const auto [bx, by] = device(crop->x2, crop->y1);
  const auto [cx, cy] = device(crop->x2, crop->y2);
  const auto [dx, dy] = device(crop->x1, crop->y2);
  crop_path.moveTo(ax, ay), crop_path.lineTo(bx, by), crop_path.lineTo(cx, cy), crop_path.lineTo(dx, dy), crop_path.close();
  splash.clipToPath(&crop_path, false);
  std::vector<const ClipNode*> chain;
  for (const PlainFill& f : r.fills) {
    splash.saveState();
    chain.clear();
    for (const ClipNode* c = f.clip.get(); c != nullptr; c = c->outer.get()) chain.push_back(c);
    for (auto c = chain.rbegin(); c != chain.rend(); ++c) {
      SplashPath clip = splash_path((*c)->path);
      splash.clipToPath(&clip, (*c)->even_odd);
    }
    SplashColor grey{};
    grey[0] = f.grey;
    splash.setFillPattern(new SplashSolidColor(grey));
    SplashPath path = splash_path(f.path);
    splash.fill(&path, f.even_odd);
    splash.restoreState();
  }
  composite_over_white(bitmap.getDataPtr(), bitmap.getRowSize(), bitmap.getAlphaPtr(), bitmap.getWidth(),
                       bitmap.getHeight());
  return find_drawn_rules(GreyImage{bitmap.getWidth(), bitmap.getHeight(), bitmap.getRowSize(),
                                    reinterpret_cast<const std::uint8_t*>(bitmap.getDataPtr())},
                          kRuleDpi, text_boxes);
}

void composite_over_white(std::uint8_t* pixels, std::ptrdiff_t stride, const std::uint8_t* alpha, int width, int height) {
  static constexpr std::size_t kChunk = 256;
  static const std::uint8_t kClear[kChunk] = {};
  auto clear = [&](const std::uint8_t* a) {
    for (int x = 0; x < width; x += static_cast<int>(kChunk))
      if (std::memcmp(a + x, kClear, std::min(kChunk, static_cast<std::size_t>(width - x))) != 0) return false;
    return true;
  };
  for (int y = 0; y < height; ++y) {
    std::uint8_t* p = pixels + y * stride;
    const std::uint8_t* a = alpha + static_cast<std::ptrdiff_t>(y) * width;
    if (clear(a)) {
      std::memset(p, 0xff, static_cast<std::size_t>(width));
      continue;
    }
    for (int x = 0; x < width; ++x) {
      const int v = (255 - a[x]) * 255 + a[x] * p[x];  // Splash's div255 of it
      p[x] = static_cast<std::uint8_t>((v + (v >> 8) + 0x80) >> 8);
    }
  }
}

bool CoreWordReader::render_without_text(int page, double dpi, const std::function<void(const GreyImage&)>& use) {
  if (page < 1 || page > impl_->doc->getNumPages()) return false;
  if (!impl_->render_device || impl_->render_dpi != dpi) {
    SplashColor paper;
    paper[0] = paper[1] = paper[2] = 0xff;
    impl_->render_device = std::make_unique<SplashWithoutText>(dpi, splashModeMono8, paper);
    impl_->render_dpi = dpi;
    SplashOutputDev& device = *impl_->render_device;
    device.setFontAntialias(false);
    device.setVectorAntialias(true);
    device.setFreeTypeHinting(false, false);
    device.startDoc(impl_->doc.get());
  }
  SplashOutputDev& splash = *impl_->render_device;
  // On the document's own cross-reference table, as the words' display.
  impl_->doc->displayPageSlice(&splash, page, dpi, dpi, 0, false, true, false, -1, -1, -1, -1, nullptr, nullptr, nullptr,
                               nullptr, false);
  SplashBitmap* bitmap = splash.getBitmap();
  if (bitmap == nullptr || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0) return false;
  use(GreyImage{bitmap->getWidth(), bitmap->getHeight(), bitmap->getRowSize(),
                reinterpret_cast<const std::uint8_t*>(bitmap->getDataPtr())});
  return true;
}

}  // namespace akn::detail
