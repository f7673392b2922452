#include "structure/typography.hpp"

#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn::structure {

namespace {
// A block is bold or italic when at least this share of its letters are.
constexpr double kStyledShare = 0.9;
// Lead words: at most this many words open a paragraph in italics.
constexpr std::size_t kMaxLeadWords = 8;

const Line* line_of(const Document& doc, const Origin& o) {
  if (o.page < 1 || static_cast<std::size_t>(o.page) > doc.pages.size()) return nullptr;
  const Page& page = doc.pages[static_cast<std::size_t>(o.page - 1)];
  if (o.line < 0 || static_cast<std::size_t>(o.line) >= page.lines.size() || page.ocr) return nullptr;
  return &page.lines[static_cast<std::size_t>(o.line)];
}

std::string_view word_text(const Line& line, const Word& w) {
  return std::string_view(line.text).substr(w.begin, w.end - w.begin);
}

bool is_number_word(std::string_view w) {
  static const Regex kNumber("^(?:[0-9]{1,3}\\.|\\([a-z]{1,4}\\)|\\([0-9]{1,3}\\)|[IVXLC]{1,7}\\.)$");
  return kNumber.full_match(w);
}

// The words at the start of `line`, after a paragraph number, printed in
// the style `styled` says (italic, or bold).
std::string styled_lead(const Line& line, bool Word::*styled) {
  std::string lead;
  std::size_t k = 0, words = 0;
  while (k < line.words.size() && !(line.words[k].*styled) && is_number_word(word_text(line, line.words[k]))) ++k;
  for (; k < line.words.size() && line.words[k].*styled && !line.words[k].superscript && words < kMaxLeadWords; ++k, ++words)
    lead += (lead.empty() ? "" : " ") + std::string(word_text(line, line.words[k]));
  if (words == kMaxLeadWords && k < line.words.size() && line.words[k].*styled) return {};
  while (!lead.empty() && (lead.back() == ',' || lead.back() == ';' || lead.back() == ':')) lead.pop_back();
  return lead;
}
}  // namespace

BlockStyle style_of(const Document& doc, const Block& block) {
  BlockStyle s;
  std::size_t letters = 0, bold = 0, italic = 0;
  for (const Origin& o : block.origins) {
    const Line* line = line_of(doc, o);
    if (!line || line->words.empty() || line->font_size <= 0) continue;
    s.known = true;
    for (const Word& w : line->words) {
      if (w.superscript) continue;
      const std::size_t n = w.end - w.begin;
      letters += n;
      bold += w.bold ? n : 0;
      italic += w.italic ? n : 0;
    }
  }
  if (!s.known || letters == 0) return s;
  s.bold = static_cast<double>(bold) >= kStyledShare * static_cast<double>(letters);
  s.italic = static_cast<double>(italic) >= kStyledShare * static_cast<double>(letters);
  // The lead in italics; in bold where no word is italic and the block is
  // not all bold (the UN's Chinese prints its leads so).
  if (!s.italic)
    if (const Line* first = line_of(doc, block.origins.front())) {
      s.lead = styled_lead(*first, &Word::italic);
      if (s.lead.empty() && !s.bold && italic == 0) {
        s.lead = styled_lead(*first, &Word::bold);
        s.lead_bold = !s.lead.empty();
      }
    }
  return s;
}

}  // namespace akn::structure
