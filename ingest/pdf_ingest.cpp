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
#include <climits>
#include <limits>
#include <memory>
#include <mutex>

#include "core/error.hpp"
#include "core/text.hpp"
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

std::string summarize(const std::vector<std::string>& messages) {
  std::string out;
  for (std::size_t i = 0; i < messages.size() && i < 3; ++i) {
    if (!out.empty()) out += "; ";
    out += collapse_spaces(messages[i]);
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

}  // namespace

bool looks_like_pdf(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

namespace {
// Opens a PDF held in memory, with the checks every reader of it makes.
std::unique_ptr<poppler::document> open_pdf(const std::string& file, std::string_view bytes, std::size_t max_bytes,
                                            std::size_t max_pages, PopplerMessages& messages) {
  if (bytes.empty()) throw DocumentError(file, "empty file: no PDF to read");
  if (!looks_like_pdf(bytes)) throw DocumentError(file, "not a PDF: no %PDF- header in the first 1024 bytes");
  if (bytes.size() > static_cast<std::size_t>(INT_MAX) || bytes.size() > max_bytes)
    throw DocumentError(file, "PDF of " + std::to_string(bytes.size()) + " bytes exceeds the limit of " +
                                  std::to_string(max_bytes));
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
  std::vector<int> unreadable;
  std::size_t total_text = 0;
  std::string ocr_language;  // the language OCR read the page before in
  for (int i = 0; i < page_count; ++i) {
    if (options.on_page) options.on_page(i + 1, page_count);
    Page page;
    page.number = i + 1;
    std::unique_ptr<poppler::page> p(pdf->create_page(i));
    if (!p) {
      unreadable.push_back(i + 1);
      doc.pages.push_back(std::move(page));
      continue;
    }
    const poppler::rectf rect = p->page_rect();
    page.width = rect.width();
    page.height = rect.height();
    bool bad_text = false;
    const std::size_t text_before_page = total_text;
    std::vector<PlacedWord> words = core ? core->words(i + 1, bad_text) : cpp_words(*p, bad_text);
    for (const PlacedWord& w : words) total_text += w.text.size() + 1;
    // A page with no text layer (a scan) is read from its image, rendered
    // in memory at the configured resolution; with ocr = "always", every page.
    const OcrOptions& ocr = options.ocr;
    // An old OCR layer (Acrobat Capture) may be too poor to keep: judged
    // by its words and characters, it is read again from the image.
    std::string replaced_because;
    if (!words.empty() && ocr.mode == OcrMode::automatic) {
      std::vector<std::string> texts;
      texts.reserve(words.size());
      for (const PlacedWord& w : words) texts.push_back(w.text);
      const TextLayerCheck check = check_text_layer(texts, options.known_word);
      if (check.implausible) replaced_because = check.summary;
    }
    if ((words.empty() && ocr.mode == OcrMode::automatic) || ocr.mode == OcrMode::always || !replaced_because.empty()) {
      const double px_w = page.width * ocr.dpi / 72.0, px_h = page.height * ocr.dpi / 72.0;
      if (px_w * px_h > static_cast<double>(ocr.max_pixels))
        throw DocumentError(file, "page image at " + std::to_string(ocr.dpi) + " dpi would exceed the limit of " +
                                      std::to_string(ocr.max_pixels) + " pixels", i + 1);
      poppler::page_renderer renderer;
      renderer.set_image_format(poppler::image::format_gray8);
      renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
      renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
      const poppler::image image = renderer.render_page(p.get(), ocr.dpi, ocr.dpi);
      if (!image.is_valid()) {
        doc.log.warn("ingest", Position{i + 1, 0, 0}, "the page could not be rendered for OCR");
      } else {
        const GreyImage grey{image.width(), image.height(), image.bytes_per_row(),
                             reinterpret_cast<const std::uint8_t*>(image.const_data())};
        OcrPage read = recognize(grey, ocr.dpi, i + 1, ocr, ocr_language);
        ocr_language = read.languages;
        for (Edit& e : read.edits) doc.log.add(std::move(e));
        for (const std::string& w : read.warnings) doc.log.warn("ingest", Position{i + 1, 0, 0}, w);
        const bool had_text = !words.empty();
        words = std::move(read.words);
        page.ocr = true;
        page.ocr_confidence = read.mean_confidence;
        page.hocr = std::move(read.hocr);
        // The words are on the image as OCR turned it (sideways pages swap
        // width and height).
        page.width = read.width;
        page.height = read.height;
        page.quarter_turns = read.quarter_turns;
        page.deskew_degrees = read.deskew_degrees;
        page.quarter_turns_after = read.quarter_turns_after;
        std::string why = !replaced_because.empty()
                              ? "implausible text layer (" + replaced_because + "): the page was OCRed again from its image"
                          : had_text ? "text layer replaced by OCR (ocr = \"always\")"
                                     : "no text layer: the page was OCRed";
        doc.log.warn("ingest", Position{i + 1, 0, 0}, why + (words.empty() ? "; OCR found no text" : ""));
      }
      total_text = text_before_page;
      for (const PlacedWord& w : words) total_text += w.text.size() + 1;
    } else if (words.empty()) {
      doc.log.warn("ingest", Position{i + 1, 0, 0}, "no text layer and OCR is off (ocr = \"never\"): the page is empty");
    } else {
      page.rules = drawn_rules(*p, i + 1, core.get(), words);
    }
    if (total_text > options.max_text_bytes)
      throw DocumentError(file, "the text layer exceeds the limit of " + std::to_string(options.max_text_bytes) + " bytes", i + 1);
    if (bad_text) doc.log.warn("ingest", Position{i + 1, 0, 0}, "invalid UTF-8 in the text layer was replaced by U+FFFD");
    page.lines = assemble_lines(words);
    if (auto why = messages.take(); !why.empty())
      doc.log.warn("ingest", Position{i + 1, 0, 0}, "page " + std::to_string(i + 1) + " is damaged: " + summarize(why));
    doc.pages.push_back(std::move(page));
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
