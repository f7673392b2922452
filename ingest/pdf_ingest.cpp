// Born-digital PDFs through Poppler's C++ API: per page, the words of the text
// layer with their boxes, font names and sizes, in Poppler's reading order,
// assembled into lines (layout.hpp). Pages are read one at a time and
// released, so memory follows the text, not the page count.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <exception>
#include <climits>
#include <cmath>
#include <limits>
#include <memory>
#include <mutex>
#include <string_view>
#include <system_error>
#include <thread>
#include <unordered_map>

#include "core/error.hpp"
#include "core/language.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"
#include "core/un_patterns.hpp"
#include "ingest/ingest.hpp"
#include "ingest/drawn_rules.hpp"
#include "core/note_type.hpp"
#include "ingest/ingest_detail.hpp"
#include "ingest/layout.hpp"
#include "ingest/ocr.hpp"
#include "ingest/pdf_core.hpp"

namespace akn::detail {

namespace {

// Poppler reports damage through one process-wide callback; each thread
// collects the messages of the document it is reading.
thread_local std::vector<std::string>* t_poppler_messages = nullptr;

void collect_poppler_message(const std::string& message, void*) {
  if (t_poppler_messages != nullptr && t_poppler_messages->size() < 1000)
    t_poppler_messages->push_back(message);
}

class PopplerMessages {
 public:
  PopplerMessages() {
    static std::once_flag installed;
    std::call_once(installed, [] { poppler::set_debug_error_function(collect_poppler_message, nullptr); });
    t_poppler_messages = &messages_;
  }
  ~PopplerMessages() { t_poppler_messages = nullptr; }
  PopplerMessages(const PopplerMessages&) = delete;
  PopplerMessages& operator=(const PopplerMessages&) = delete;

  // Moves what was collected since the last call.
  std::vector<std::string> take() { return std::exchange(messages_, {}); }

 private:
  std::vector<std::string> messages_;
};

// A ustring holds UTF-16 code units in host order. Decoded here rather than
// by ustring::to_utf8, which opens an iconv converter for every word (a
// tenth of the time of reading a born-digital PDF). A lone surrogate (a
// broken font map) becomes U+FFFD and sets `repaired`.
std::string utf8(const poppler::ustring& s, bool& repaired) {
  std::string out;
  out.reserve(s.size());
  if (append_utf16(out, s.size(), [&](std::size_t i) { return s[i]; }) > 0) repaired = true;
  return out;
}

// Poppler writes a control character of its messages as "<XX>" (two hex
// digits), so a message it ends with a newline reads "...reconstruct<0a>".
// Such escapes of whitespace (tab, line feed, carriage return) become spaces.
std::string readable_poppler_message(std::string_view message) {
  std::string out;
  out.reserve(message.size());
  for (std::size_t i = 0; i < message.size(); ++i) {
    const std::string_view rest = message.substr(i);
    if (rest.starts_with("<0a>") || rest.starts_with("<0d>") || rest.starts_with("<09>") ||
        rest.starts_with("<0A>") || rest.starts_with("<0D>")) {
      out += ' ';
      i += 3;
    } else {
      out += message[i];
    }
  }
  return std::string(trim(collapse_spaces(out)));
}

std::string summarize(const std::vector<std::string>& messages) {
  std::string out;
  for (std::size_t i = 0; i < messages.size() && i < 3; ++i) {
    if (!out.empty()) out += "; ";
    out += readable_poppler_message(messages[i]);
  }
  if (messages.size() > 3) out += "; and " + std::to_string(messages.size() - 3) + " more";
  return out;
}

// Whether the text layer prints a separator rule as text (Word's line of
// underscores): then nothing drawn needs to be looked for.
bool prints_rule_as_text(const std::vector<PlacedWord>& words) {
  return std::any_of(words.begin(), words.end(), [](const PlacedWord& w) {
    return w.text.size() >= 5 && w.text.find_first_not_of('_') == std::string::npos;
  });
}

// Whether a page may hold notes under a drawn separator: words in type
// smaller than the page's body type (at most kNoteTypeRatio of the size
// that 90% of its words do not exceed) in its lower part (below kNoteZoneTop of its height). The
// page is rendered only then: most pages hold no notes.
constexpr double kNoteTypeRatio = kNoteTypeShare;
constexpr double kNoteZoneTop = 0.4;

bool may_hold_notes(const std::vector<PlacedWord>& words, double page_height) {
  std::vector<double> sizes;
  sizes.reserve(words.size());
  for (const PlacedWord& w : words) sizes.push_back(w.font_size);
  const std::size_t at = sizes.size() * 9 / 10;  // a page of notes has a few body lines
  std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(at), sizes.end());
  const double usual = sizes[at];
  return std::any_of(words.begin(), words.end(), [&](const PlacedWord& w) {
    return w.font_size > 0 && w.font_size <= kNoteTypeRatio * usual && w.box.y0 >= kNoteZoneTop * page_height;
  });
}

// The horizontal rules drawn on a page whose text layer prints none
// (drawn_rules.hpp), from a render at kRuleDpi. None when the page cannot
// be rendered or is turned (its image would not match the words' boxes).
// Through the core reader when there is one: from what the display of the
// words saw drawn when that is enough (CoreWordReader::rules_from_marks),
// else from a render without the glyphs (which the search masks out);
// else through poppler-cpp.
std::vector<Box> drawn_rules(poppler::page& page, int number, CoreWordReader* core,
                             const std::vector<PlacedWord>& words) {
  if (words.empty() || prints_rule_as_text(words) || page.orientation() != poppler::page::portrait ||
      !may_hold_notes(words, page.page_rect().height()))
    return {};
  std::vector<Box> boxes;
  boxes.reserve(words.size());
  for (const PlacedWord& w : words) boxes.push_back(w.box);
  std::vector<Box> rules;
  if (core) {
    if (auto from_marks = core->rules_from_marks(number, boxes)) return std::move(*from_marks);
    core->render_without_text(number, kRuleDpi,
                              [&](const GreyImage& image) { rules = find_drawn_rules(image, kRuleDpi, boxes); });
    return rules;
  }
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  const poppler::image image = renderer.render_page(&page, kRuleDpi, kRuleDpi);
  if (!image.is_valid()) return {};
  return find_drawn_rules(GreyImage{image.width(), image.height(), image.bytes_per_row(),
                                    reinterpret_cast<const std::uint8_t*>(image.const_data())},
                          kRuleDpi, boxes);
}

// The words of a page through poppler-cpp (ingest.pdf_reader = "cpp").
std::vector<PlacedWord> cpp_words(poppler::page& page, bool& bad_text) {
  std::vector<PlacedWord> words;
  for (const poppler::text_box& tb : page.text_list(poppler::page::text_list_include_font)) {
    PlacedWord w;
    w.text = utf8(tb.text(), bad_text);
    const poppler::rectf b = tb.bbox();
    w.box = Box{b.left(), b.top(), b.right(), b.bottom()};
    w.font_size = tb.get_font_size();
    w.space_after = tb.has_space_after();
    w.rotation = tb.rotation() * 90;
    style_from_font_name(tb.get_font_name(), w.bold, w.italic);
    words.push_back(std::move(w));
  }
  return words;
}

// Opens a PDF held in memory, with the checks every reader of it makes.
std::unique_ptr<poppler::document> open_pdf(const std::string& file, std::string_view bytes, std::size_t max_bytes,
                                            std::size_t max_pages, PopplerMessages& messages) {
  if (bytes.empty()) throw DocumentError(file, "empty file: no PDF to read");
  if (!looks_like_pdf(bytes)) throw DocumentError(file, "not a PDF: no %PDF- header in the first 1024 bytes");
  if (bytes.size() > static_cast<std::size_t>(INT_MAX) || bytes.size() > max_bytes)
    throw DocumentError(file, "PDF of " + std::to_string(bytes.size()) + " bytes exceeds the limit of " +
                                  std::to_string(max_bytes));
  pin_substitute_fonts();
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) {
    const auto why = messages.take();
    throw DocumentError(file, "damaged PDF: Poppler cannot open it" + (why.empty() ? "" : " (" + summarize(why) + ")"));
  }
  if (pdf->is_locked()) throw DocumentError(file, "encrypted PDF: it cannot be opened without a password");
  const int page_count = pdf->pages();
  if (page_count <= 0) throw DocumentError(file, "damaged PDF: no pages could be found");
  if (static_cast<std::size_t>(page_count) > max_pages)
    throw DocumentError(file, "PDF of " + std::to_string(page_count) + " pages exceeds the limit of " +
                                  std::to_string(max_pages) + " pages");
  return pdf;
}
}  // namespace

void render_pdf_pages(std::string_view name, std::string_view bytes, std::size_t max_pages,
                      const std::function<double(double, double, int)>& dpi_for,
                      const std::function<void(int, const GreyImage&)>& each) {
  const std::string file(name);
  PopplerMessages messages;
  const auto pdf = open_pdf(file, bytes, std::numeric_limits<std::size_t>::max(), max_pages, messages);
  for (int i = 0; i < pdf->pages(); ++i) {
    std::unique_ptr<poppler::page> p(pdf->create_page(i));
    if (!p) throw DocumentError(file, "damaged PDF: the page cannot be read", i + 1);
    const poppler::rectf rect = p->page_rect();
    const double dpi = dpi_for(rect.width(), rect.height(), i + 1);
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    const poppler::image image = renderer.render_page(p.get(), dpi, dpi);
    if (!image.is_valid()) throw DocumentError(file, "the page could not be rendered", i + 1);
    each(i + 1, GreyImage{image.width(), image.height(), image.bytes_per_row(),
                          reinterpret_cast<const std::uint8_t*>(image.const_data())});
    messages.take();
  }
}

namespace {

// Old OCR text layers (issue 19). A page's text layer is itself an OCR
// program's reading of the page's image when its text is drawn invisibly
// (text render mode 3) over the image, as Acrobat Capture and Paper
// Capture, ocrmypdf and ABBYY draw it: either over a page image (one image
// or horizontal strips), or, in Acrobat Capture's formatted output, over
// the pictures of the words it was unsure of, printed in place of them. A
// born-digital page draws its text visibly and holds no page image: it is
// never one (is_ocr_layer).
constexpr double kInvisibleShare = 0.5;         // a page image's layer: at least this share of the characters invisible
constexpr double kPageImageCover = 0.5;         // ... on images covering at least this share of the page
constexpr std::size_t kMinSuspectChars = 10;    // formatted output: at least this many invisible characters on images
constexpr double kSuspectOnImageShare = 0.8;    // ... that are at least this share of the invisible characters
// The doubtful band: an OCR layer is read again from its image when under
// kDoubtfulKnown of its words are known to the dictionary of the page's
// language, or over kDoubtfulOdd of its characters are odd (measured on
// ../shared/corpus/scan_ocr: Capture's poor layers hold 84 to 96% known
// words, with "~", "#" and "¥" read into words; a clean Paper Capture layer
// holds over 97% and under 0.3% odd characters).
constexpr double kDoubtfulKnown = 0.97;
constexpr double kDoubtfulOdd = 0.005;
// The fresh reading replaces the layer when it has as many words (at least
// kMinWordsKept of the layer's: it lost no text), is confident (mean word
// confidence at least kMinConfidence) and reads better: at least
// kBetterKnown more of its words known, with no more odd characters than
// the layer plus kOddTolerance; or, where no dictionary judges the page,
// kBetterOdd fewer odd characters.
constexpr double kMinWordsKept = 0.8;
constexpr double kMinConfidence = 70;
// A layer that holds under kMinLayerAgreement of the words of four letters
// or more a confident, plausible fresh reading (at least kMismatchKnown of
// its words known) finds on the page image, of at least kAgreementWords
// such words, is not this page's text (another document's layer, pages'
// layers swapped): the fresh reading replaces it whatever the dictionary
// says of the two. A poor layer of the same page (Capture's "Pgrmanr~nt")
// shares most of its words with the image's.
constexpr double kMinLayerAgreement = 0.5;
constexpr double kMismatchKnown = 0.8;
constexpr std::size_t kAgreementWords = 20;
constexpr std::size_t kAgreementLetters = 4;
constexpr double kBetterKnown = 0.01;
constexpr double kOddTolerance = 0.002;
constexpr double kBetterOdd = 0.005;
// A layer kept is mended word by word: a word of it that the dictionary
// does not know ("Govornment", "Gaoa") takes the fresh reading's word of
// other letters at its place when exactly one word of that reading lies
// there (its centre in the layer word's box and the layer word's centre in
// its box), the dictionary knows it, Tesseract read it with a confidence
// of at least kMendConfidence, and its width is within kMendWidthRatio of
// the layer word's either way (no words run together). Only when the page
// image was read unturned and skewed by under kMendMaxSkew degrees, so the
// boxes are on the layer's page.
// A number of the layer with odd characters ("~9 September 1971" for 29,
// "~." for a paragraph's "2.") is mended by the same test, when the fresh
// reading's word has as many characters and reads a digit for each odd
// one, the rest as the layer: only the unreadable characters change.
constexpr double kMendConfidence = 85;
constexpr double kMendWidthRatio = 1.4;
constexpr double kMendMaxSkew = 1.0;
// Pictures of text the layer left unread. Acrobat Capture's formatted
// output prints, in place of a region it could not read at all (an
// underlined title), the region's picture with no text over it. In a
// document whose text layer is an OCR program's (a page of it is_ocr_layer),
// a picture at least kTextPictureMinWidthPt wide, at most
// kTextPictureMaxHeightPt high (a few lines of type) and at least
// kTextPictureMinAspect times as wide as high, that no word of the layer
// lies on (no word's centre in it), is such a region: it is read from the
// page image with OCR. The reading is taken (an edit) when it holds at
// least kTextPictureMinWords words, read with a mean confidence of at least
// kMinConfidence, at least kTextPictureMinKnown of them known where a
// dictionary judges the page; otherwise nothing is taken, with a warning.
// A reading with no letter nor figure at all (blanks, specks read as signs:
// a rule, a stamp's border) is no evidence of text: it is left out quietly.
constexpr double kTextPictureMinWidthPt = 144;
constexpr double kTextPictureMaxHeightPt = 96;
constexpr double kTextPictureMinAspect = 4;
constexpr std::size_t kTextPictureMinWords = 2;
constexpr double kTextPictureMinKnown = 0.8;
// A heading's word the layer left unread (an "ANNEX" label set in bold
// capitals, printed as its picture): a picture too narrow for the rule
// above, on a line of its own (no word of the layer on its height) and
// centred on the page's text or on the page (its middle within
// kHeadingPictureCentreShare of the text's width from the middle of the
// text's extent, the extent from the kTextExtentShare quantiles of the
// words' edges, or within that share of the page's width from the page's
// middle: a page of short lines, a list, says little of the text's
// extent), at least
// kHeadingPictureMinWidthPt wide, kHeadingPictureMinHeightPt to
// kHeadingPictureMaxHeightPt high (one line of type) and at least
// kHeadingPictureMinAspect times as wide as high (a word, not a speck or a
// stroke), with no word of the layer on it. It is read with a margin of
// kHeadingPictureMarginEm of its height of the white around it (OCR needs
// white around a word), and the reading taken only when every word of it
// is known (one word is enough: a heading may be one word), or it is an
// annex's label (core/un_patterns.hpp) in any language.
constexpr double kHeadingPictureMinWidthPt = 18;
constexpr double kHeadingPictureMinHeightPt = 5;
constexpr double kHeadingPictureMaxHeightPt = 24;
constexpr double kHeadingPictureMinAspect = 2;
constexpr double kHeadingPictureCentreShare = 0.1;
constexpr double kHeadingPictureMarginEm = 0.5;
constexpr double kTextExtentShare = 0.05;

// A fresh reading replaces a Tesseract layer (below) when it reads as
// well: confident and keeping the words (reads_better's thresholds), with
// no more than kTesseractKnownSlack fewer of its words known and no more
// odd characters. A fresh reading that reads worse (the page rendered
// again poorer than the image Tesseract read) leaves the layer, warned.
constexpr double kTesseractKnownSlack = 0.01;
bool reads_as_well(const ReadingMeasure& ocr, double confidence, const ReadingMeasure& layer) {
  if (static_cast<double>(ocr.words) < kMinWordsKept * static_cast<double>(layer.words) || confidence < kMinConfidence)
    return false;
  if (ocr.known >= 0 && layer.known >= 0)
    return ocr.known >= layer.known - kTesseractKnownSlack && ocr.odd <= layer.odd + kOddTolerance;
  return ocr.odd <= layer.odd + kOddTolerance;
}

// A layer that is Tesseract's own reading (its PDF renderer's
// "GlyphLessFont": tesseract's pdf output, ocrmypdf) holds what a fresh
// reading holds, less the typography the structure reads: its words come
// in sizes rounded to its lines' heights, its raised note marks as figures
// of the words before them. Read again, such a page gets its type sizes
// and note marks back (a clean 300-dpi scan of A/RES/80/32 under
// tesseract's layer: quality 0.12, 19 preambular paragraphs for 6, no
// note; read from its image: 0.95, 6, the note), when it reads as well
// (reads_as_well).
bool is_tesseract_layer(const TextLayerEvidence& e) {
  return e.invisible >= kMinSuspectChars && static_cast<double>(e.glyphless) >= kInvisibleShare * static_cast<double>(e.invisible);
}

bool is_ocr_layer(const TextLayerEvidence& e) {
  const std::size_t chars = e.visible + e.invisible;
  const bool over_page_image = chars > 0 && static_cast<double>(e.invisible) >= kInvisibleShare * static_cast<double>(chars) &&
                               e.image_cover >= kPageImageCover;
  const bool over_word_images = e.invisible_on_image >= kMinSuspectChars &&
                                static_cast<double>(e.invisible_on_image) >= kSuspectOnImageShare * static_cast<double>(e.invisible);
  return over_page_image || over_word_images;
}

std::vector<std::string> texts_of(const std::vector<PlacedWord>& words) {
  std::vector<std::string> texts;
  texts.reserve(words.size());
  for (const PlacedWord& w : words) texts.push_back(w.text);
  return texts;
}

// A reading's plausibility in the language of `layer_words` (the page's
// text layer): known words by that language's dictionary (the configured
// one when the language is unclear), odd characters.
std::function<bool(std::string_view)> speller_for(const std::vector<PlacedWord>& layer_words, const IngestOptions& options) {
  std::string text;
  for (const PlacedWord& w : layer_words) text += w.text + ' ';
  const std::string language = detect_text_language(text);
  return !language.empty() && options.known_word_in ? options.known_word_in(language) : options.known_word;
}

ReadingMeasure measure_in_language(const std::vector<PlacedWord>& words, const std::vector<PlacedWord>& layer_words,
                                   const IngestOptions& options) {
  return measure_reading(texts_of(words), speller_for(layer_words, options));
}

// Whether a word of at least two letters is known (as measure_reading
// judges it: punctuation stripped, or in lower case); words of fewer
// letters count as known (nothing to mend).
bool known_word_of(const std::string& w, const std::function<bool(std::string_view)>& known) {
  std::size_t i = 0, letters = 0;
  std::string bare;
  while (i < w.size()) {
    const std::size_t from = i;
    const char32_t cp = next_code_point(w, i);
    if (is_letter(cp)) ++letters;
    if (!(cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '(' || cp == ')' || cp == '"' || cp == '\''))
      bare.append(w, from, i - from);
  }
  return letters < 2 || known(bare) || known(to_lower_ascii(bare));
}

// The letters of a word, in order: a reading that differs from the layer
// only in punctuation, digits or marks ("list*" read "list", losing a note
// mark) mends nothing.
std::string letters_of(const std::string& w) {
  std::string out;
  std::size_t i = 0;
  while (i < w.size()) {
    const std::size_t from = i;
    if (is_letter(next_code_point(w, i))) out.append(w, from, i - from);
  }
  return out;
}

bool centre_in(const Box& a, const Box& b) {
  const double x = (a.x0 + a.x1) / 2, y = (a.y0 + a.y1) / 2;
  return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
}

// The one word of the fresh reading `read` at the place of the layer's
// word `w` (each centre in the other's box), confident and of about its
// width (the constants above); null when none or several.
const PlacedWord* fresh_word_at(const PlacedWord& w, const OcrPage& read) {
  const PlacedWord* match = nullptr;
  int overlapping = 0;
  for (const PlacedWord& o : read.words)
    if (centre_in(o.box, w.box) && centre_in(w.box, o.box)) ++overlapping, match = &o;
  if (overlapping != 1 || match->confidence < kMendConfidence) return nullptr;
  const double ratio = (match->box.x1 - match->box.x0) / std::max(1e-6, w.box.x1 - w.box.x0);
  if (ratio > kMendWidthRatio || ratio < 1 / kMendWidthRatio) return nullptr;
  return match;
}

// Whether `fresh` reads the layer's number `layer` ("~9", "~.") with digits
// where the layer has odd characters ("29", "2."): as many characters, no
// letter in either, every character that differs an odd one of the layer
// (not a text character, nor the "*" of a note mark) and a digit in
// `fresh`; so the layer's digits and punctuation are kept.
bool reads_unreadable_digits(const std::string& layer, const std::string& fresh) {
  const std::u32string a = code_points(layer), b = code_points(fresh);
  if (a.size() != b.size() || a == b) return false;
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (is_letter(a[k]) || is_letter(b[k])) return false;
    if (a[k] != b[k] && (detail::is_text_character(a[k]) || a[k] == '*' || b[k] < '0' || b[k] > '9')) return false;
  }
  return true;
}

// What the fresh reading makes of the layer's word `w`, with why; empty
// when the layer's word stays.
std::pair<std::string, std::string> mended_word(const PlacedWord& w, const OcrPage& read,
                                                const std::function<bool(std::string_view)>& known) {
  const bool unknown_word = !known_word_of(w.text, known);
  if (!unknown_word && letters_of(w.text).size() >= 2) return {};
  const PlacedWord* match = fresh_word_at(w, read);
  if (!match) return {};
  char conf[96];
  std::snprintf(conf, sizeof conf, " (confidence %.0f) at its place", match->confidence);
  if (unknown_word && letters_of(match->text).size() >= 2 && letters_of(match->text) != letters_of(w.text) &&
      known_word_of(match->text, known))
    return {match->text, "the OCR text layer's word is not in the dictionary; a fresh reading of the page image reads a known word" +
                             std::string(conf)};
  if (reads_unreadable_digits(w.text, match->text))
    return {match->text, "the OCR text layer's number holds characters that are no digits; a fresh reading of the page image "
                         "reads digits in their place and the layer's own digits" + std::string(conf)};
  return {};
}

// The layer's unknown words and unreadable numbers mended from the fresh
// reading (the constants above), each an edit; how many.
std::size_t mend_layer_words(std::vector<PlacedWord>& layer, const OcrPage& read, int page,
                             const std::function<bool(std::string_view)>& known, Document& doc) {
  if (!known || read.quarter_turns != 0 || read.quarter_turns_after != 0 || std::abs(read.deskew_degrees) >= kMendMaxSkew)
    return 0;
  std::size_t mended = 0;
  for (PlacedWord& w : layer) {
    auto [after, why] = mended_word(w, read, known);
    if (after.empty()) continue;
    Edit e;
    e.pass = "ingest";
    e.kind = "ocr_layer_word";
    e.where = Position{page, 0, 0};
    e.before = w.text;
    e.after = after;
    e.reason = std::move(why);
    e.confidence = 0.8;
    e.box = w.box;
    doc.log.add(std::move(e));
    w.text = std::move(after);
    ++mended;
  }
  return mended;
}

// The share of the words of kAgreementLetters letters or more of `fresh`
// that `layer` holds too (each as often as it holds it); 1 when `fresh`
// has fewer than kAgreementWords such words (too few to tell).
double layer_agreement(const std::vector<PlacedWord>& layer, const std::vector<PlacedWord>& fresh) {
  std::unordered_map<std::string, int> held;
  for (const PlacedWord& w : layer)
    if (std::string k = to_lower(letters_of(w.text)); code_point_count(k) >= kAgreementLetters) ++held[k];
  std::size_t words = 0, found = 0;
  for (const PlacedWord& w : fresh) {
    const std::string k = to_lower(letters_of(w.text));
    if (code_point_count(k) < kAgreementLetters) continue;
    ++words;
    if (auto it = held.find(k); it != held.end() && it->second > 0) {
      --it->second;
      ++found;
    }
  }
  return words < kAgreementWords ? 1.0 : static_cast<double>(found) / static_cast<double>(words);
}

bool doubtful(const ReadingMeasure& m) {
  return m.words >= 10 && ((m.known >= 0 && m.known < kDoubtfulKnown) || m.odd > kDoubtfulOdd);
}

// Whether the fresh reading `ocr` (mean word confidence `confidence`) is
// better than the layer's reading `layer` (the constants above).
bool reads_better(const ReadingMeasure& ocr, double confidence, const ReadingMeasure& layer) {
  if (static_cast<double>(ocr.words) < kMinWordsKept * static_cast<double>(layer.words) || confidence < kMinConfidence)
    return false;
  if (ocr.known >= 0 && layer.known >= 0)
    return ocr.known >= layer.known + kBetterKnown && ocr.odd <= layer.odd + kOddTolerance;
  return ocr.odd + kBetterOdd <= layer.odd;
}

std::string describe(const ReadingMeasure& m) {
  char buf[120];
  if (m.known >= 0)
    std::snprintf(buf, sizeof buf, "%.1f%% of %zu words known, %.2f%% odd characters", m.known * 100, m.words, m.odd * 100);
  else
    std::snprintf(buf, sizeof buf, "%zu words, %.2f%% odd characters", m.words, m.odd * 100);
  return buf;
}

// A picture a page's OCR layer may have left unread: its box, the box
// read (with the white around a heading's word), and whether it is a
// heading's word (heading_word) rather than lines of type.
struct TextPicture {
  Box box, read;
  bool heading = false;
};

// Why a page is read from its image.
enum class OcrReason : std::uint8_t { none, no_layer, always, implausible, doubtful, tesseract_layer };

// A page as the text layer gives it, and whether OCR reads it.
struct PagePlan {
  Page page;
  std::vector<PlacedWord> words;
  bool readable = true, bad_text = false;
  OcrReason reason = OcrReason::none;
  std::string because;    // implausible: the layer's check
  ReadingMeasure layer;   // doubtful: the layer's measure
  std::vector<std::string> damage;  // Poppler's messages
  std::vector<TextPicture> text_pictures;  // pictures that may be text the layer left unread
};

// Whether the picture `p` is shaped as a few lines of type (the constants above).
bool lines_of_type(const Box& p) {
  return p.width() >= kTextPictureMinWidthPt && p.height() <= kTextPictureMaxHeightPt &&
         p.width() >= kTextPictureMinAspect * p.height();
}

// Whether the picture `p` is a heading's word: shaped as a word of one line
// of type, alone on its line and centred on the text of `words` (the page's
// layer) or on the page (`page_width` points wide), by the constants above.
bool heading_word(const Box& p, const std::vector<PlacedWord>& words, double page_width) {
  if (words.empty() || p.width() < kHeadingPictureMinWidthPt || p.height() < kHeadingPictureMinHeightPt ||
      p.height() > kHeadingPictureMaxHeightPt || p.width() < kHeadingPictureMinAspect * p.height())
    return false;
  std::vector<double> lefts, rights;
  for (const PlacedWord& w : words) {
    lefts.push_back(w.box.x0);
    rights.push_back(w.box.x1);
    const double cy = (w.box.y0 + w.box.y1) / 2;
    if (cy >= p.y0 && cy <= p.y1) return false;  // a word beside it: not a line of its own
  }
  // The text's extent without the few words set out of it (a stamp, a
  // mark in the margin): the kTextExtentShare quantiles of the words' edges.
  const auto at = [](std::vector<double>& v, double share) {
    const auto k = static_cast<std::ptrdiff_t>(share * static_cast<double>(v.size() - 1));
    std::nth_element(v.begin(), v.begin() + k, v.end());
    return v[static_cast<std::size_t>(k)];
  };
  const double left = at(lefts, kTextExtentShare), right = at(rights, 1 - kTextExtentShare);
  const double middle = (p.x0 + p.x1) / 2;
  const bool on_text = right > left && std::abs(middle - (left + right) / 2) <= kHeadingPictureCentreShare * (right - left);
  return on_text || std::abs(middle - page_width / 2) <= kHeadingPictureCentreShare * page_width;
}

// The pictures among `pictures` shaped as a few lines of type, or as a
// heading's word, that no word of `words` lies on (the constants above),
// on a page `page_width` points wide.
std::vector<TextPicture> unread_text_pictures(const std::vector<Box>& pictures, const std::vector<PlacedWord>& words,
                                              double page_width) {
  std::vector<TextPicture> out;
  for (const Box& p : pictures) {
    const bool lines = lines_of_type(p);
    if (!lines && !heading_word(p, words, page_width)) continue;
    const bool covered = std::any_of(words.begin(), words.end(), [&](const PlacedWord& w) {
      const double cx = (w.box.x0 + w.box.x1) / 2, cy = (w.box.y0 + w.box.y1) / 2;
      return cx >= p.x0 && cx <= p.x1 && cy >= p.y0 && cy <= p.y1;
    });
    if (covered) continue;
    if (lines) {
      out.push_back({p, p, false});
      continue;
    }
    const double m = kHeadingPictureMarginEm * p.height();
    out.push_back({p, Box{p.x0 - m, p.y0 - m, p.x1 + m, p.y1 + m}, true});
  }
  return out;
}

// Tesseract's boxes of words set over an underline run into each other (each
// word's box takes in the underline to the next word's): on a line where
// one box overlaps the next, the words are laid out again across the line's
// extent by their characters, a space of one character between them, so
// that later passes read the word spaces Tesseract read.
void spread_overlapping_words(OcrPage& read) {
  std::size_t first = 0;
  while (first < read.words.size()) {
    std::size_t end = first + 1;
    while (end < read.words.size() && end < read.line_of.size() && read.line_of[end] == read.line_of[first]) ++end;
    bool overlap = false;
    double x0 = read.words[first].box.x0, x1 = read.words[first].box.x1, chars = -1;
    for (std::size_t k = first; k < end; ++k) {
      const Box& b = read.words[k].box;
      overlap = overlap || (k + 1 < end && b.x1 > read.words[k + 1].box.x0);
      x0 = std::min(x0, b.x0), x1 = std::max(x1, b.x1);
      chars += static_cast<double>(code_points(read.words[k].text).size()) + 1;
    }
    if (overlap && chars > 0) {
      const double width = (x1 - x0) / chars;
      double at = x0;
      for (std::size_t k = first; k < end; ++k) {
        Box& b = read.words[k].box;
        b.x0 = at;
        b.x1 = at + width * static_cast<double>(code_points(read.words[k].text).size());
        at = b.x1 + width;
      }
    }
    first = end;
  }
}

// The words OCR reads in `boxes` (points) of page `index` (0-based), placed
// on the page, one reading per box; empty readings where the page cannot be
// rendered.
std::vector<OcrPage> read_text_pictures(poppler::document& pdf, int index, const std::vector<TextPicture>& pictures,
                                        const IngestOptions& options) {
  std::vector<Box> boxes;
  for (const TextPicture& t : pictures) boxes.push_back(t.read);
  std::vector<OcrPage> out(boxes.size());
  std::unique_ptr<poppler::page> p(pdf.create_page(index));
  if (!p) return out;
  const OcrOptions& ocr = options.ocr;
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
  const poppler::image image = renderer.render_page(p.get(), ocr.dpi, ocr.dpi);
  if (!image.is_valid()) return out;
  const double scale = ocr.dpi / 72.0;
  const auto* pixels = reinterpret_cast<const std::uint8_t*>(image.const_data());
  for (std::size_t k = 0; k < boxes.size(); ++k) {
    const Box& b = boxes[k];
    const int x0 = std::clamp(static_cast<int>(std::floor(b.x0 * scale)), 0, image.width());
    const int y0 = std::clamp(static_cast<int>(std::floor(b.y0 * scale)), 0, image.height());
    const int x1 = std::clamp(static_cast<int>(std::ceil(b.x1 * scale)), 0, image.width());
    const int y1 = std::clamp(static_cast<int>(std::ceil(b.y1 * scale)), 0, image.height());
    if (x1 - x0 < 8 || y1 - y0 < 8) continue;
    const GreyImage crop{x1 - x0, y1 - y0, image.bytes_per_row(),
                         pixels + static_cast<std::ptrdiff_t>(y0) * image.bytes_per_row() + x0};
    out[k] = recognize(crop, ocr.dpi, index + 1, ocr, {}, dictionary_by_language(options));
    if (out[k].quarter_turns != 0 || out[k].quarter_turns_after != 0) out[k].words.clear();  // not on the page
    spread_overlapping_words(out[k]);
    for (PlacedWord& w : out[k].words) {
      const double dx = x0 / scale, dy = y0 / scale;
      w.box = Box{w.box.x0 + dx, w.box.y0 + dy, w.box.x1 + dx, w.box.y1 + dy};
    }
  }
  return out;
}

// What OCR made of one page image.
struct PageReading {
  bool rendered = false;
  OcrPage read;
  std::vector<std::string> damage;
  std::exception_ptr error;
};

PageReading read_page_image(poppler::document& pdf, int index, const IngestOptions& options, std::string_view hint,
                            PopplerMessages& messages) {
  const OcrOptions& ocr = options.ocr;
  PageReading r;
  try {
    std::unique_ptr<poppler::page> p(pdf.create_page(index));
    if (p) {
      poppler::page_renderer renderer;
      renderer.set_image_format(poppler::image::format_gray8);
      renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
      renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
      const poppler::image image = renderer.render_page(p.get(), ocr.dpi, ocr.dpi);
      if (image.is_valid()) {
        r.rendered = true;
        const GreyImage grey{image.width(), image.height(), image.bytes_per_row(),
                             reinterpret_cast<const std::uint8_t*>(image.const_data())};
        r.read = recognize(grey, ocr.dpi, index + 1, ocr, hint, dictionary_by_language(options));
      }
    }
  } catch (const PageOutOfMemory&) {
    r.error = std::current_exception();
  } catch (const std::bad_alloc&) {
    r.error = std::make_exception_ptr(PageOutOfMemory(index + 1));
  } catch (...) {
    r.error = std::current_exception();
  }
  r.damage = messages.take();
  return r;
}

// The pixels of the largest of the pages `todo` rendered at `dpi`.
double largest_rendering(poppler::document& pdf, const std::vector<int>& todo, int dpi) {
  double largest = 0;
  for (const int index : todo) {
    const std::unique_ptr<poppler::page> p(pdf.create_page(index));
    if (!p) continue;
    const poppler::rectf box = p->page_rect();
    largest = std::max(largest, box.width() * dpi / 72.0 * box.height() * dpi / 72.0);
  }
  return largest;
}

// Reads the images of the pages `todo` (0-based, in order): the first on
// this thread, so that its language is the hint of the others (whatever
// the number of threads, every page after the first starts in the first
// one's language: the output does not depend on it), the others on up to
// `threads` threads, each with its own document and OCR engine.
std::vector<PageReading> read_page_images(poppler::document& pdf, std::string_view bytes, const std::vector<int>& todo,
                                          const IngestOptions& options, PopplerMessages& messages) {
  std::vector<PageReading> out(todo.size());
  if (todo.empty()) return out;
  std::mutex progress;
  const auto started = [&](std::size_t k) {
    if (!options.on_page) return;
    const std::lock_guard<std::mutex> lock(progress);
    options.on_page(todo[k] + 1, pdf.pages());
  };
  started(0);
  out[0] = read_page_image(pdf, todo[0], options, {}, messages);
  const std::string hint = out[0].read.languages;
  const std::size_t threads = page_readers_in_room(
      std::min<std::size_t>(todo.size() - 1, static_cast<std::size_t>(std::max(1, options.ocr.page_threads))),
      largest_rendering(pdf, todo, options.ocr.dpi), PageDepth::grey, memory_room());
  std::atomic<std::size_t> next{1};
  const auto work = [&](poppler::document& doc, PopplerMessages& own) {
    for (std::size_t k = next++; k < todo.size(); k = next++) {
      try {
        started(k);
      } catch (...) {  // a caller's progress callback: its error is the page's, not the thread's end
        out[k].error = std::current_exception();
        continue;
      }
      out[k] = read_page_image(doc, todo[k], options, hint, own);
    }
  };
  if (threads <= 1) {
    work(pdf, messages);
    return out;
  }
  std::vector<std::thread> pool;
  pool.reserve(threads);
  try {
    for (std::size_t t = 0; t < threads; ++t)
      pool.emplace_back([&] {
        PopplerMessages own;
        std::unique_ptr<poppler::document> doc(
            poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
        if (doc) work(*doc, own);
      });
  } catch (...) {
    // No more threads (or no memory for one): those started read the
    // pages, the rest below.
  }
  for (std::thread& t : pool) t.join();
  // A thread that could not open the document left its pages: read here.
  for (std::size_t k = 1; k < todo.size(); ++k)
    if (!out[k].rendered && !out[k].error) out[k] = read_page_image(pdf, todo[k], options, hint, messages);
  return out;
}

// Pass 1 for one page: its text layer, and whether OCR reads it.
PagePlan plan_page(poppler::document& pdf, int i, CoreWordReader* core, const IngestOptions& options,
                   const std::string& file) {
  PagePlan plan;
  plan.page.number = i + 1;
  std::unique_ptr<poppler::page> p(pdf.create_page(i));
  if (!p) {
    plan.readable = false;
    return plan;
  }
  const poppler::rectf rect = p->page_rect();
  plan.page.width = rect.width();
  plan.page.height = rect.height();
  plan.words = core ? core->words(i + 1, plan.bad_text) : cpp_words(*p, plan.bad_text);
  if (core) plan.page.image_cover = core->evidence().image_cover;
  // A page with no text layer (a scan) is read from its image, rendered
  // in memory at the configured resolution; with ocr = "always", every page.
  const OcrOptions& ocr = options.ocr;
  if (ocr.mode == OcrMode::always) plan.reason = OcrReason::always;
  else if (ocr.mode == OcrMode::automatic && plan.words.empty()) plan.reason = OcrReason::no_layer;
  else if (ocr.mode == OcrMode::automatic) {
    // An old OCR layer (Acrobat Capture) may be too poor to keep: judged
    // by its words and characters, it is read again from the image.
    const TextLayerCheck check = check_text_layer(texts_of(plan.words), options.known_word);
    if (check.implausible) {
      plan.reason = OcrReason::implausible;
      plan.because = check.summary;
    } else if (ocr.recheck_ocr_layers && core && is_ocr_layer(core->evidence())) {
      plan.page.ocr_layer = true;
      plan.layer = measure_in_language(plan.words, plan.words, options);
      if (is_tesseract_layer(core->evidence())) plan.reason = OcrReason::tesseract_layer;
      else if (doubtful(plan.layer)) plan.reason = OcrReason::doubtful;
    }
  }
  if (plan.reason != OcrReason::none) {
    const double px_w = plan.page.width * ocr.dpi / 72.0, px_h = plan.page.height * ocr.dpi / 72.0;
    if (px_w * px_h > static_cast<double>(ocr.max_pixels))
      throw DocumentError(file, "page image at " + std::to_string(ocr.dpi) + " dpi would exceed the limit of " +
                                    std::to_string(ocr.max_pixels) + " pixels", i + 1);
  }
  // A doubtful layer may be kept: its rules are looked for now, while the
  // core reader holds the page.
  if ((plan.reason == OcrReason::none || plan.reason == OcrReason::doubtful) && !plan.words.empty()) {
    if (ocr.recheck_ocr_layers && core) plan.text_pictures = unread_text_pictures(core->pictures(), plan.words, plan.page.width);
    plan.page.rules = drawn_rules(*p, i + 1, core, plan.words);
  }
  return plan;
}

// The measurements of a layer and of the fresh reading of its page, for
// the warnings.
std::string layer_against_reading(const ReadingMeasure& layer, const ReadingMeasure& fresh, const OcrPage& read) {
  char conf[40];
  std::snprintf(conf, sizeof conf, ", mean confidence %.0f", read.mean_confidence);
  return "the text layer (" + describe(layer) + ") against a fresh reading as " +
         (read.languages.empty() ? std::string("configured") : read.languages) + " (" + describe(fresh) + conf + ")";
}

// Pass 3 for a page OCR read: its words replaced by the reading (or, for a
// doubtful layer the reading does not better, kept), with the log.
void apply_reading(PagePlan& plan, PageReading& r, const IngestOptions& options, Document& doc) {
  const int n = plan.page.number;
  if (!r.rendered) {
    doc.log.warn("ingest", Position{n, 0, 0}, "the page could not be rendered for OCR");
    return;
  }
  OcrPage& read = r.read;
  if (plan.reason == OcrReason::tesseract_layer) {
    const ReadingMeasure fresh = measure_in_language(read.words, plan.words, options);
    const std::string both = layer_against_reading(plan.layer, fresh, read);
    if (!reads_as_well(fresh, read.mean_confidence, plan.layer)) {
      doc.log.warn("ingest", Position{n, 0, 0},
                   "the text layer is Tesseract's reading (tesseract's or ocrmypdf's PDF), without type sizes or raised note "
                   "marks, and kept: " + both + " reads worse");
      return;
    }
    plan.because = both;
  }
  if (plan.reason == OcrReason::doubtful) {
    const ReadingMeasure fresh = measure_in_language(read.words, plan.words, options);
    const std::string both = layer_against_reading(plan.layer, fresh, read);
    const double agreement = layer_agreement(plan.words, read.words);
    const bool other_text = agreement < kMinLayerAgreement && read.mean_confidence >= kMinConfidence &&
                            fresh.known >= kMismatchKnown;
    if (other_text) {
      char share[80];
      std::snprintf(share, sizeof share, "%.0f%%", agreement * 100);
      plan.because = both + ": the layer holds only " + share +
                     " of the words read from the page image, so it is not this page's text";
    } else if (!reads_better(fresh, read.mean_confidence, plan.layer)) {
      const auto known = speller_for(plan.words, options);
      const std::size_t mended = mend_layer_words(plan.words, read, n, known, doc);
      std::string after;
      if (mended > 0)
        after = "; " + std::to_string(mended) + " of its unknown words or unreadable numbers taken from the fresh reading (" +
                describe(measure_reading(texts_of(plan.words), known)) + ")";
      doc.log.warn("ingest", Position{n, 0, 0}, "doubtful OCR text layer kept: " + both + " reads no better" + after);
      return;
    }
    if (!other_text) plan.because = both + " reads better";
  }
  for (Edit& e : read.edits) doc.log.add(std::move(e));
  for (const std::string& w : read.warnings) doc.log.warn("ingest", Position{n, 0, 0}, w);
  const bool had_text = !plan.words.empty();
  plan.words = std::move(read.words);
  Page& page = plan.page;
  page.rules.clear();
  take_reading(page, read);  // the words are on the image as OCR turned it
  const std::string why =
      plan.reason == OcrReason::implausible
          ? "implausible text layer (" + plan.because + "): the page was OCRed again from its image"
      : plan.reason == OcrReason::doubtful ? "doubtful OCR text layer replaced: " + plan.because
      : plan.reason == OcrReason::tesseract_layer
          ? "the text layer is Tesseract's reading (tesseract's or ocrmypdf's PDF), without type sizes or raised note "
            "marks: the page was read again from its image (" + plan.because + ")"
      : had_text                           ? "text layer replaced by OCR (ocr = \"always\")"
                                           : "no text layer: the page was OCRed";
  doc.log.warn("ingest", Position{n, 0, 0}, why + (plan.words.empty() ? "; OCR found no text" : ""));
}

// The words of reading `read` put in `words` (a page's, in reading order)
// before the first word whose middle is below the picture `box`.
void insert_picture_words(std::vector<PlacedWord>& words, std::vector<PlacedWord> read, const Box& box) {
  const auto below = std::find_if(words.begin(), words.end(),
                                  [&](const PlacedWord& w) { return (w.box.y0 + w.box.y1) / 2 > box.y1; });
  words.insert(below, std::make_move_iterator(read.begin()), std::make_move_iterator(read.end()));
}

// Whether `text` is an annex's label in any of the six languages ("ANNEX",
// "Annexe II", "Приложение"): a heading's word the dictionary of a page of
// names and figures (an annex's list, whose language is unclear) may not know.
bool annex_label(std::string_view text) {
  static const Regex re(std::string("^") + masthead::kAnnexLabelPattern + "$");
  return re.search(text).has_value();
}

// Whether `text` holds a letter or a figure: a reading of a picture that
// holds none is no evidence of text.
bool holds_letter_or_figure(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = next_code_point(text, i);
    if (is_letter(cp) || (cp >= '0' && cp <= '9')) return true;
  }
  return false;
}

// Pass 3 for a page whose OCR text layer was kept: the pictures of text the
// layer left unread (unread_text_pictures) read with OCR, each reading taken
// (an edit) or left out (a warning) by the constants above; a reading
// with no letter nor figure is left out quietly.
void take_text_pictures(poppler::document& pdf, PagePlan& plan, const IngestOptions& options, Document& doc) {
  const int n = plan.page.number;
  std::vector<OcrPage> readings = read_text_pictures(pdf, n - 1, plan.text_pictures, options);
  for (std::size_t k = 0; k < readings.size(); ++k) {
    OcrPage& read = readings[k];
    const TextPicture& picture = plan.text_pictures[k];
    const Box& box = picture.box;
    std::string text;
    for (const PlacedWord& w : read.words) text += (text.empty() ? "" : " ") + w.text;
    if (!holds_letter_or_figure(text)) continue;  // no text read: nothing to take or warn about
    const ReadingMeasure m = measure_in_language(read.words, plan.words, options);
    char conf[40];
    std::snprintf(conf, sizeof conf, "mean confidence %.0f", read.mean_confidence);
    const std::string quoted = "\"" + std::string(head_bytes(text, 80)) + "\" (" + describe(m) + ", " + conf + ")";
    const bool plausible = picture.heading ? m.words >= 1 && (m.known >= 1.0 || annex_label(text))
                                           : m.words >= kTextPictureMinWords && (m.known < 0 || m.known >= kTextPictureMinKnown);
    if (!plausible || read.mean_confidence < kMinConfidence) {
      doc.log.warn("ingest", Position{n, 0, 0},
                   "a picture of text that the OCR text layer left unread was read with OCR as " + quoted +
                       ": not plausible, left out (compare it with the page image)");
      continue;
    }
    Edit e;
    e.pass = "ingest";
    e.kind = "ocr_text_picture";
    e.where = Position{n, 0, 0};
    e.after = text;
    e.reason = picture.heading
                   ? "a picture of a word, alone on its line and centred as a heading, on a page of an OCR text layer "
                     "holds no word of the layer (the OCR program left it unread): read from the page image"
                   : "a picture of a few lines of type on a page of an OCR text layer holds no word of the layer (the OCR "
                     "program left it unread): read from the page image";
    e.confidence = 0.8;
    e.box = box;
    doc.log.add(std::move(e));
    doc.log.warn("ingest", Position{n, 0, 0},
                 "a picture of text that the OCR text layer left unread was read with OCR as " + quoted + ": taken");
    insert_picture_words(plan.words, std::move(read.words), box);
  }
}

}  // namespace

Document ingest_pdf(std::string_view name, std::string_view bytes, const IngestOptions& options) {
  const std::string file(name);
  PopplerMessages messages;
  const auto pdf = open_pdf(file, bytes, options.max_pdf_bytes, options.max_pages, messages);
  const int page_count = pdf->pages();

  Document doc;
  doc.source.name = file;
  doc.source.kind = "pdf";
  doc.source.sha256 = source_sha256(bytes, options);
  doc.source.bytes = bytes.size();
  if (auto early = messages.take(); !early.empty())
    doc.log.warn("ingest", {}, "the PDF is damaged; Poppler repaired what it could: " + summarize(early));

  // The words through Poppler's core unless the old reader is asked for
  // (or the core cannot open what poppler-cpp opened).
  std::unique_ptr<CoreWordReader> core;
  if (options.pdf_reader == PdfReader::core) {
    core = std::make_unique<CoreWordReader>(bytes);
    if (!core->ok()) core.reset();
  }
  // Pass 1: every page's text layer, in order; the pages OCR must read.
  const auto over_limit = [&](std::size_t total, int page) {
    if (total > options.max_text_bytes)
      throw DocumentError(file, "the text layer exceeds the limit of " + std::to_string(options.max_text_bytes) + " bytes", page);
  };
  std::vector<PagePlan> plans;
  std::vector<int> todo;
  std::size_t layer_text = 0;
  for (int i = 0; i < page_count; ++i) {
    if (options.on_page) options.on_page(i + 1, page_count);
    plans.push_back(plan_page(*pdf, i, core.get(), options, file));
    PagePlan& plan = plans.back();
    if (plan.reason != OcrReason::none) todo.push_back(i);
    else for (const PlacedWord& w : plan.words) layer_text += w.text.size() + 1;
    over_limit(layer_text, i + 1);
    plan.damage = messages.take();
  }
  // Pass 2: the page images, read in parallel when threads are given.
  std::vector<PageReading> readings = read_page_images(*pdf, bytes, todo, options, messages);
  // A document whose text layer is an OCR program's reading.
  const bool ocr_layer_document = std::any_of(plans.begin(), plans.end(), [](const PagePlan& p) { return p.page.ocr_layer; });
  // Pass 3: in page order, the readings applied and the lines assembled.
  std::vector<int> unreadable;
  std::size_t total_text = 0;
  std::size_t next_reading = 0;
  for (PagePlan& plan : plans) {
    const int n = plan.page.number;
    if (!plan.readable) {
      unreadable.push_back(n);
      doc.pages.push_back(std::move(plan.page));
      continue;
    }
    if (plan.reason != OcrReason::none) {
      PageReading& r = readings[next_reading++];
      if (r.error) std::rethrow_exception(r.error);
      apply_reading(plan, r, options, doc);
      plan.damage.insert(plan.damage.end(), r.damage.begin(), r.damage.end());
    } else if (plan.words.empty()) {
      doc.log.warn("ingest", Position{n, 0, 0}, "no text layer and OCR is off (ocr = \"never\"): the page is empty");
    }
    if (ocr_layer_document && !plan.page.ocr && !plan.text_pictures.empty()) take_text_pictures(*pdf, plan, options, doc);
    for (const PlacedWord& w : plan.words) total_text += w.text.size() + 1;
    over_limit(total_text, n);
    if (plan.bad_text) doc.log.warn("ingest", Position{n, 0, 0}, "invalid UTF-8 in the text layer was replaced by U+FFFD");
    std::vector<ColumnReading> columns;
    plan.page.lines = assemble_lines(plan.words, &columns);
    if (!plan.damage.empty())
      doc.log.warn("ingest", Position{n, 0, 0}, "page " + std::to_string(n) + " is damaged; Poppler repaired what it could: " + summarize(plan.damage));
    doc.pages.push_back(std::move(plan.page));
    log_column_readings(doc, columns);
  }
  if (!unreadable.empty()) {
    std::string list;
    for (int n : unreadable) list += (list.empty() ? "" : ", ") + std::to_string(n);
    if (static_cast<int>(unreadable.size()) == page_count)
      throw DocumentError(file, "damaged PDF: none of its " + std::to_string(page_count) + " pages could be read");
    doc.log.warn("ingest", {}, "pages that could not be read and are left empty: " + list);
  }
  return doc;
}

}  // namespace akn::detail
