// trace_empty_pages: a page that gives the body no text is named, with why.
//
// A page whose printed text cleanup has all given to the page furniture
// (running head, page number, job number) adds nothing to the document's
// text: a page holding a map or a figure as a picture, whose words are not
// in the text layer, or a page the text layer holds only the furniture of.
// Nothing of it reaches the AKN or the clean text, so a reader must be told
// that the page is there and why it gives nothing. The pass changes
// nothing; it warns once for each such page. Pages with no text at all are
// ingest's to report (no text layer and OCR off, OCR found no text, a page
// that could not be read), and a page whose only text is notes or the
// masthead gives the document its notes or its metadata.
#include <string>

#include "cleanup/cleanup.hpp"
#include "cleanup/pass_util.hpp"
#include "core/text.hpp"

namespace akn {

namespace {

constexpr std::string_view kPass = "trace_empty_pages";

// A page whose images cover at least this share of its area holds a
// picture (a map or a figure fills most of its page; a logo or a signature
// stays under a tenth of it).
constexpr double kPictureCover = 0.25;
// The warning quotes at most this many furniture lines of the page, each
// cut to this many bytes.
constexpr std::size_t kMaxQuoted = 4;
constexpr std::size_t kMaxQuotedBytes = 80;

// Whether a line gives the document anything: text in the body (a table's
// cells included), a note or the masthead's values.
bool contributes(const Line& line) {
  return line.role != LineRole::furniture && line.role != LineRole::blank && !trim(line.text).empty();
}

// The page's furniture as printed, quoted: its first kMaxQuoted lines,
// each cut to kMaxQuotedBytes ("\"S/2015/246\", \"15-05716 19/19\"").
std::string furniture_lines(const Page& page) {
  std::string out;
  std::size_t quoted = 0, lines = 0;
  for (const Line& line : page.lines) {
    const std::string_view text = trim(line.text);
    if (line.role != LineRole::furniture || text.empty()) continue;
    ++lines;
    if (quoted == kMaxQuoted) continue;
    ++quoted;
    out += (out.empty() ? "" : ", ") + detail::quoted(head_bytes(text, kMaxQuotedBytes));
  }
  if (lines > quoted) out += " and " + std::to_string(lines - quoted) + " more lines";
  return out;
}

// Why page `page` gives the body nothing, in words.
std::string why_empty(const Page& page) {
  std::string why = "the page gives no text to the document: its only text is page furniture (" + furniture_lines(page) + ")";
  if (page.ocr) return why + ", as OCR read it";
  if (page.image_cover >= kPictureCover)
    return why + "; images cover " + std::to_string(static_cast<int>(page.image_cover * 100 + 0.5)) +
           "% of it: a picture (a map, a figure) whose content the text layer does not hold is left out";
  return why;
}

}  // namespace

void trace_empty_pages(Document& doc, const PassContext& /*ctx*/) {
  for (const Page& page : doc.pages) {
    bool has_text = false, contributes_any = false;
    for (const Line& line : page.lines) {
      has_text = has_text || !trim(line.text).empty();
      contributes_any = contributes_any || contributes(line);
    }
    if (has_text && !contributes_any) doc.log.warn(std::string(kPass), Position{page.number, 0, 0}, why_empty(page));
  }
}

}  // namespace akn
