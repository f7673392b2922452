#include "ingest/pdf_core.hpp"

#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/SplashOutputDev.h>
#include <poppler/splash/SplashBitmap.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-version.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>

#include "core/language.hpp"
#include "core/text.hpp"

// The reader relies on the layout of TextOutputDev's words and on the
// conversions poppler-cpp 22.12 makes (it must give the same words): CMake
// pins the version, this checks that the headers are the pinned ones.
static_assert(POPPLER_VERSION_MAJOR == 22 && POPPLER_VERSION_MINOR == 12,
              "ingest/pdf_core.cpp is written against Poppler 22.12's core (TextOutputDev)");

namespace akn::detail {

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
// through drawChar too once Splash does not interpret them).
class SplashWithoutText final : public SplashOutputDev {
 public:
  using SplashOutputDev::SplashOutputDev;
  bool interpretType3Chars() override { return false; }
  void drawChar(GfxState*, double, double, double, double, double, double, CharCode, int, const Unicode*, int) override {}
};

}  // namespace

struct CoreWordReader::Impl {
  std::unique_ptr<PDFDoc> doc;
  TextOutputDev text{nullptr, false, 0, false, false};
  // Style by font name, looked up once per document.
  std::unordered_map<std::string, Style> styles;

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
}  // namespace

CoreWordReader::CoreWordReader(std::string_view bytes) : impl_(std::make_unique<Impl>()) {
  // poppler-cpp's open document keeps Poppler's global parameters alive;
  // these hold them too, for a reader used alone.
  static const GlobalParamsIniter params(nullptr);
  auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  impl_->doc = std::make_unique<PDFDoc>(stream);
}

CoreWordReader::~CoreWordReader() = default;

bool CoreWordReader::ok() const { return impl_->doc->isOk() && impl_->text.isOk(); }

std::vector<PlacedWord> CoreWordReader::words(int page, bool& repaired) {
  std::vector<PlacedWord> out;
  if (page < 1 || page > impl_->doc->getNumPages()) return out;
  // As poppler-cpp's page::text_list: 72 dpi, no rotation, the crop box.
  impl_->doc->displayPageSlice(&impl_->text, page, 72, 72, 0, false, false, false, -1, -1, -1, -1, nullptr, nullptr,
                               nullptr, nullptr, true);
  const std::unique_ptr<TextWordList> list = impl_->text.makeWordList();
  if (!list) return out;
  out.reserve(static_cast<std::size_t>(list->getLength()));
  for (int i = 0; i < list->getLength(); ++i) {
    const TextWord* word = list->get(i);
    PlacedWord w;
    const std::unique_ptr<GooString> text(word->getText());
    w.text = word_text(*text, repaired);
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    word->getBBox(&x0, &y0, &x1, &y1);
    // poppler::rectf's arithmetic, to the last bit: right = x + (x1 - x).
    w.box = Box{x0, y0, x0 + (x1 - x0), y0 + (y1 - y0)};
    w.font_size = word->getFontSize();
    w.space_after = word->hasSpaceAfter();
    w.rotation = word->getRotation() * 90;
    const Style& style = impl_->style_of(word->getLength() > 0 ? word->getFontName(0) : nullptr);
    w.bold = style.bold;
    w.italic = style.italic;
    const auto style_of = [this](const GooString* name) { return impl_->style_of(name); };
    if (!split_at_style_changes(style_of, *word, w, out)) out.push_back(std::move(w));
  }
  return out;
}

bool CoreWordReader::render_without_text(int page, double dpi, const std::function<void(const GreyImage&)>& use) {
  if (page < 1 || page > impl_->doc->getNumPages()) return false;
  SplashColor paper;
  paper[0] = paper[1] = paper[2] = 0xff;
  SplashWithoutText splash(splashModeMono8, 4, false, paper, true, splashThinLineDefault);
  splash.setFontAntialias(false);
  splash.setVectorAntialias(true);
  splash.setFreeTypeHinting(false, false);
  splash.startDoc(impl_->doc.get());
  impl_->doc->displayPageSlice(&splash, page, dpi, dpi, 0, false, true, false, -1, -1, -1, -1, nullptr, nullptr, nullptr,
                               nullptr, true);
  SplashBitmap* bitmap = splash.getBitmap();
  if (bitmap == nullptr || bitmap->getWidth() <= 0 || bitmap->getHeight() <= 0) return false;
  use(GreyImage{bitmap->getWidth(), bitmap->getHeight(), bitmap->getRowSize(),
                reinterpret_cast<const std::uint8_t*>(bitmap->getDataPtr())});
  return true;
}

}  // namespace akn::detail
