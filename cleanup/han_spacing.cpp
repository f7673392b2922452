// close_han_spacing: Chinese is printed without spaces between words, and
// the UN's Chinese text sets figures and Latin symbols against Han
// characters without one ("2024年", "第2712(2023)号决议", "见A/80/348").
// The typesetter's extra gap around Western text, and the letter-spacing
// of a justified line ("号 决 议 、 题 为 “ 人"), reach a text dump
// (pdftotext) as spaces; this pass closes them in a Chinese document.
#include <string>
#include <vector>

#include "cleanup/cleanup.hpp"
#include "core/language.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "close_han_spacing";
// Thresholds of close_han_spacing.
//
// The rule is by script, so a closing is as sure as the script of the two
// characters beside the space.
constexpr double kClosingConfidence = 1.0;

bool is_han(char32_t cp) { return script_of(cp) == Script::han; }
bool is_ascii_alnum(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
}
// Han, CJK or full-width punctuation, or the curly quotes Chinese text
// prints about a title (“核安全”).
bool is_chinese(char32_t cp) { return is_unspaced_script(cp) || (cp >= 0x2018 && cp <= 0x201D); }

// A text dump shows its typesetter's gaps about figures at least this many
// times ("2024 年 12 月", "第 74/19 号"); fewer, the text is typed, not dumped.
constexpr std::size_t kMinDumpGaps = 3;

// The code point before byte `at` of `s` (0 at the start).
char32_t before(std::string_view s, std::size_t at) {
  return at == 0 ? 0 : last_code_point(s.substr(0, at));
}
char32_t after(std::string_view s, std::size_t at) { return at >= s.size() ? 0 : first_code_point(s.substr(at)); }

// Whether the figures and letters that end at byte `end` stand alone after
// punctuation ("号、 4 2016", "决议， 12 以及"): a note's mark as a dump
// prints it, which keeps its spaces (link_footnotes reads it so).
bool mark_after_punctuation(std::string_view s, std::size_t end) {
  std::size_t at = end;
  while (at > 0 && is_ascii_alnum(static_cast<unsigned char>(s[at - 1]))) --at;
  if (at == 0) return false;
  if (s[at - 1] != ' ') return false;
  while (at > 0 && s[at - 1] == ' ') --at;
  const char32_t c = before(s, at);
  return is_chinese(c) && !is_han(c);
}

// Whether the character at byte `at` of `s` (a curly quote) has Han after it.
bool quotes_han(std::string_view s, std::size_t at) {
  std::size_t i = at;
  next_code_point(s, i);
  return is_han(after(s, i));
}

// Whether the spaces [from, to) of `s` are no space of the printed text:
// between two Chinese characters; after a Han character and before a
// figure or Latin letter; after a figure, a Latin letter or a closing
// bracket and before Chinese, unless the figures are a mark (above).
bool closes(std::string_view s, std::size_t from, std::size_t to) {
  const char32_t l = before(s, from), r = after(s, to);
  if (l == 0 || r == 0) return false;
  if (is_chinese(l) && is_chinese(r)) return true;
  if (is_han(l) && is_ascii_alnum(r)) return true;
  // A curly quote after a Latin word opens Latin text ("entitled “Green
  // Climate Fund”") unless Han follows it ("A/80/1 “核安全”").
  if ((is_ascii_alnum(l) || l == ')') && is_chinese(r) && (is_unspaced_script(r) || quotes_han(s, to)))
    return !mark_after_punctuation(s, from);
  return false;
}

// Whether a note's mark link_footnotes took sits at the spaces [from, to]:
// they are the mark's own (the UN's text keeps "号、 2012年" where the mark
// of "号、 1 2012年" was).
bool at_mark(const Block& block, std::size_t from, std::size_t to) {
  for (const NoteMark& m : block.marks)
    if (m.offset >= from && m.offset <= to) return true;
  return false;
}

// The runs of spaces in a block that close, from the last to the first
// (so that each removal leaves the offsets before it valid).
std::vector<std::pair<std::size_t, std::size_t>> closings(const Block& block) {
  const std::string_view s = block.text;
  std::vector<std::pair<std::size_t, std::size_t>> found;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] != ' ') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && s[j] == ' ') ++j;
    if (closes(s, i, j) && !at_mark(block, i, j)) found.emplace_back(i, j);
    i = j;
  }
  return {found.rbegin(), found.rend()};
}

void close_in_block(Document& doc, std::size_t b) {
  std::vector<Edit> edits;
  for (const auto& [from, to] : closings(doc.blocks[b])) {
    const std::string_view s = doc.blocks[b].text;
    const std::size_t l = previous_code_point_start(s, from);
    std::size_t r_end = to;
    next_code_point(s, r_end);
    std::string was(s.substr(l, r_end - l));
    std::string now = std::string(s.substr(l, from - l)) + std::string(s.substr(to, r_end - to));
    const Position where = doc.position_in_block(b, from);
    const std::optional<Box> box = doc.box_in_block(b, from);
    doc.blocks[b].replace(from, to - from, "");
    edits.push_back(Edit{std::string(kPass), "close_han_space", where, std::move(was), std::move(now),
                         "Chinese text prints no space between Han characters, nor between Han and figures or Latin "
                         "letters: a space a dump puts there is the typesetter's gap",
                         kClosingConfidence, box});
  }
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) doc.log.add(std::move(*it));
}
// How many spaces of the document's blocks stand between a figure and a
// Han character, either way round.
std::size_t dump_gaps(const Document& doc) {
  std::size_t gaps = 0;
  for (const Block& block : doc.blocks) {
    const std::string_view s = block.text;
    for (std::size_t i = s.find(' '); i != std::string_view::npos; i = s.find(' ', i + 1)) {
      const char32_t l = before(s, i), r = after(s, i + 1);
      const bool figure_l = l >= '0' && l <= '9', figure_r = r >= '0' && r <= '9';
      if ((figure_l && is_han(r)) || (is_han(l) && figure_r)) ++gaps;
      if (gaps >= kMinDumpGaps) return gaps;
    }
  }
  return gaps;
}
}  // namespace

void close_han_spacing(Document& doc, const PassContext&) {
  // Text dumps only: a PDF's text layer and OCR give their own spacing,
  // which this pass has not been measured on. And only a text that shows a
  // dump's gaps (kMinDumpGaps spaces between figures and Han: "2024 年");
  // typed Chinese (an ODS export, an OCR reading saved as text) prints
  // "2024年", and its other spaces are as printed.
  if (language_of(doc) != "zh" || doc.source.kind != "text" || dump_gaps(doc) < kMinDumpGaps) return;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) close_in_block(doc, b);
}

}  // namespace akn
