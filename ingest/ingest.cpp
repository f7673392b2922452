// ingest(): recognises the kind of an input and hands it to its reader.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "core/error.hpp"
#include "core/language.hpp"
#include "core/regex.hpp"
#include "core/sha256.hpp"
#include "core/text.hpp"
#include "ingest/ingest.hpp"
#include "ingest/ingest_detail.hpp"
#include "ingest/layout.hpp"
#include "ingest/media.hpp"
#include "ingest/ocr.hpp"

namespace akn {

InputKind detect_kind(std::string_view name, std::string_view bytes) {
  std::string lower = to_lower_ascii(name);
  auto ends_with = [&](std::string_view suffix) {
    return lower.size() >= suffix.size() && lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (detail::looks_like_pdf(bytes) || ends_with(".pdf")) return InputKind::pdf;
  if (detail::looks_like_image(bytes)) return InputKind::image;
  for (const char* ext : {".png", ".jpg", ".jpeg", ".tif", ".tiff"})
    if (ends_with(ext)) return InputKind::image;
  if (ends_with(".md") || ends_with(".markdown")) return InputKind::markdown;
  if (!(ends_with(".txt") || ends_with(".text"))) return InputKind::unsupported;
  // A .txt written by a Markdown converter: count distinct kinds of syntax.
  static const Regex kHeading("(?m)^#{1,6} \\S");
  static const Regex kStrong("\\*\\*[^*\\n]+\\*\\*");
  // A barcode's printed digits between stars ("*2518769*", under a plain
  // pdftotext dump's job line) are no emphasis: with a dashed separator
  // rule they made two kinds, and a plain dump was read as Markdown.
  static const Regex kEmphasis("(?<![*\\w])\\*(?!\\d+\\*)[^*\\s][^*\\n]*\\*(?![*\\w])");
  static const Regex kSup("<sup>[^<\\n]{1,8}</sup>");
  static const Regex kRule("(?m)^(?:---+|\\*\\*\\*+)\\s*$");
  const std::string_view head = bytes.substr(0, 1u << 16);
  int kinds = 0;
  for (const Regex* re : {&kHeading, &kStrong, &kEmphasis, &kSup, &kRule})
    if (is_valid_utf8(head) && re->search(head)) ++kinds;
  return kinds >= 2 ? InputKind::markdown : InputKind::text;
}

namespace {
// OcrMode and Binarize share their three settings and their names.
template <typename Mode>
std::optional<Mode> parse_auto_always_never(std::string_view name) {
  if (name == "auto") return Mode::automatic;
  if (name == "always") return Mode::always;
  if (name == "never") return Mode::never;
  return std::nullopt;
}

template <typename Mode>
std::string auto_always_never_name(Mode mode) {
  return mode == Mode::always ? "always" : mode == Mode::never ? "never" : "auto";
}
}  // namespace

std::optional<OcrMode> parse_ocr_mode(std::string_view name) { return parse_auto_always_never<OcrMode>(name); }
std::string ocr_mode_name(OcrMode mode) { return auto_always_never_name(mode); }

std::optional<PdfReader> parse_pdf_reader(std::string_view name) {
  if (name == "core") return PdfReader::core;
  if (name == "cpp") return PdfReader::cpp;
  return std::nullopt;
}
std::string pdf_reader_name(PdfReader reader) { return reader == PdfReader::core ? "core" : "cpp"; }
std::optional<Binarize> parse_binarize(std::string_view name) { return parse_auto_always_never<Binarize>(name); }
std::string binarize_name(Binarize mode) { return auto_always_never_name(mode); }

std::string tesseract_package(std::string_view language) {
  std::string name = "tesseract-ocr-" + to_lower_ascii(language);
  for (char& c : name)
    if (c == '_') c = '-';
  return name;
}

std::vector<std::string> tessdata_dirs() {
  std::vector<std::string> candidates;
  if (const char* prefix = std::getenv("TESSDATA_PREFIX"); prefix && *prefix) {
    candidates = {prefix, std::string(prefix) + "/tessdata"};
  } else {
    candidates = {"/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                  "/usr/share/tessdata", "/usr/local/share/tessdata"};
  }
  std::vector<std::string> dirs;
  for (const std::string& d : candidates)
    if (std::filesystem::is_directory(d)) dirs.push_back(d);
  return dirs;
}

namespace {
// The punctuation running text prints, in the six UN languages: the ASCII
// signs (also in their full-width forms, U+FF01..U+FF5E, which Chinese
// text sets, with "！" and "？"), typographic quotes and dashes, CJK punctuation ("、", "。",
// "《", "》", "「", "【", "·", "…"), guillemets, Arabic punctuation ("،",
// "؛", "؟", "٪") and "№", "§". A text layer's odd characters are the
// others: stamps and emblems read as "%C.* *, ." are mostly signs outside
// this set, while a page in Chinese, Arabic or Russian is not.
constexpr std::u32string_view kTextPunctuation =
    U".,;:'\"()-/%&[]\u2019\u2018\u201C\u201D\u2013\u2014\u2026\u00AB\u00BB\u00B7\u00A7\u2116"
    U"\u3001\u3002\u3008\u3009\u300A\u300B\u300C\u300D\u300E\u300F\u3010\u3011\u30FB"
    U"\u060C\u061B\u061F\u066A\u066B\u066C\u06D4";

}  // namespace

namespace detail {
bool is_text_character(char32_t cp) {
  if (is_letter(cp) || (cp >= '0' && cp <= '9') || (cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9))
    return true;
  if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670) return true;
  if (cp == 0xFF01 || cp == 0xFF1F) return true;   // "！", "？"
  if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;  // full-width forms of ASCII
  return kTextPunctuation.find(cp) != std::u32string_view::npos;
}
}  // namespace detail
using detail::is_text_character;

// A page reads as English when at least kEnglishPercent of its words are
// English stop words; it prints French or Spanish text too when at least
// kOtherLanguagePercent of them are stop words of those languages (an
// English page prints a few "de", "la" in names: under 1%).
constexpr std::size_t kEnglishPercent = 8;
constexpr std::size_t kOtherLanguagePercent = 3;

TextLayerCheck check_text_layer(const std::vector<std::string>& words,
                                const std::function<bool(std::string_view)>& known_word) {
  TextLayerCheck check;
  std::size_t chars = 0, odd = 0, english = 0, other_language = 0, letters_only = 0, known = 0;
  static const std::set<std::string, std::less<>> kEnglish = {"the", "of", "and", "to", "in", "that", "is", "for", "by", "on"};
  for (const std::string& w : words) {
    std::size_t i = 0, letters = 0, other = 0;
    while (i < w.size()) {
      const char32_t cp = next_code_point(w, i);
      ++chars;
      if (is_letter(cp)) ++letters;
      else if (!is_text_character(cp)) ++other;
    }
    odd += other;
    if (letters < 2) continue;
    ++check.words;
    std::string bare;
    for (char c : w)
      if (!(c == '.' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '\'')) bare += c;
    const std::string lower = to_lower_ascii(bare);
    if (kEnglish.count(lower)) ++english;
    else if (is_stop_word(lower, "fr") || is_stop_word(lower, "es")) ++other_language;
    if (letters_only < 400 && known_word && bare.size() >= 2) {
      ++letters_only;
      if (known_word(bare) || known_word(to_lower_ascii(bare))) ++known;
    }
  }
  check.odd = chars ? static_cast<double>(odd) / static_cast<double>(chars) : 0;
  // The dictionary speaks English: it judges only pages that read as
  // English, and not a page that also prints French or Spanish text (an
  // annex, a quotation: its words are no English, and the layer is sound).
  if (letters_only >= 20 && english * 100 >= check.words * kEnglishPercent &&
      other_language * 100 < check.words * kOtherLanguagePercent)
    check.known = static_cast<double>(known) / static_cast<double>(letters_only);
  check.implausible = check.words >= 10 && (check.odd > 0.04 || (check.known >= 0 && check.known < 0.80));
  char buf[160];
  if (check.known >= 0)
    std::snprintf(buf, sizeof buf, "%.0f%% of %zu words known, %.1f%% odd characters", check.known * 100, letters_only, check.odd * 100);
  else
    std::snprintf(buf, sizeof buf, "%zu words, %.1f%% odd characters", check.words, check.odd * 100);
  check.summary = buf;
  return check;
}

ReadingMeasure measure_reading(const std::vector<std::string>& words,
                               const std::function<bool(std::string_view)>& known_word) {
  ReadingMeasure m;
  std::size_t chars = 0, odd = 0, judged = 0, known = 0;
  for (const std::string& w : words) {
    std::size_t i = 0, letters = 0;
    std::string bare;
    while (i < w.size()) {
      const std::size_t from = i;
      const char32_t cp = next_code_point(w, i);
      ++chars;
      if (is_letter(cp)) ++letters;
      else if (!is_text_character(cp)) ++odd;
      if (!(cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '(' || cp == ')' || cp == '"' || cp == '\''))
        bare.append(w, from, i - from);
    }
    if (letters < 2) continue;
    ++m.words;
    if (!known_word) continue;
    ++judged;
    if (known_word(bare) || known_word(to_lower_ascii(bare))) ++known;
  }
  m.odd = chars ? static_cast<double>(odd) / static_cast<double>(chars) : 0;
  if (judged > 0) m.known = static_cast<double>(known) / static_cast<double>(judged);
  return m;
}

namespace detail {
bool looks_like_pdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

bool looks_like_image(std::string_view bytes) {
  using namespace std::string_view_literals;
  auto starts = [&](std::string_view magic) { return bytes.substr(0, magic.size()) == magic; };
  return starts("\x89PNG\r\n\x1a\n"sv) || starts("\xff\xd8\xff"sv) || starts("II*\0"sv) || starts("MM\0*"sv);
}

std::string source_sha256(std::string_view bytes, const IngestOptions& options) {
  return options.sha256.empty() ? sha256_hex(bytes) : options.sha256;
}
}  // namespace detail

Document ingest(std::string_view name, std::string_view bytes, const IngestOptions& options) {
  switch (const InputKind kind = detect_kind(name, bytes)) {
    case InputKind::pdf: {
      Document doc = detail::media().ingest_pdf(name, bytes, options);
      put_right_to_left_lines_in_reading_order(doc);
      warn_words_out_of_order(doc);
      return doc;
    }
    case InputKind::image: {
      Document doc = detail::media().ingest_image(name, bytes, options);
      put_right_to_left_lines_in_reading_order(doc);
      warn_words_out_of_order(doc);
      return doc;
    }
    case InputKind::text:
    case InputKind::markdown:
      return detail::ingest_text(name, bytes, kind, options);
    case InputKind::unsupported:
      break;
  }
  throw DocumentError(std::string(name), "unsupported file kind (expected .pdf, .png, .jpg, .tif, .txt, .text, .md or .markdown)");
}

void render_pages(std::string_view name, std::string_view bytes, const RenderOptions& options,
                  const std::function<void(PageImage)>& each) {
  const InputKind kind = detect_kind(name, bytes);
  if (kind == InputKind::text || kind == InputKind::markdown) return;  // no page images, no module needed
  detail::media().render_pages(name, bytes, options, each);
}

std::string ocr_system_name() { return detail::media().ocr_system_name(); }

}  // namespace akn
