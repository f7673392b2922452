// close_han_spacing: Chinese is printed without spaces between words, and
// the UN's Chinese text sets figures and Latin symbols against Han
// characters without one ("2024年", "第2712(2023)号决议", "见A/80/348").
// The typesetter's extra gap around Western text, and the letter-spacing
// of a justified line ("号 决 议 、 题 为 “ 人"), reach a text dump
// (pdftotext) as spaces; this pass closes them in a Chinese document.
#include <string>
#include <utility>
#include <vector>

#include "cleanup/cleanup.hpp"
#include "cleanup/note_mark_patterns.hpp"
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

// Whether a note's mark link_footnotes took sits at the spaces [from, to]:
// they are the mark's own (the UN's text keeps "号、 2012年" where the mark
// of "号、 1 2012年" was).
bool at_mark(const Block& block, std::size_t from, std::size_t to) {
  for (const NoteMark& m : block.marks)
    if (m.offset >= from && m.offset <= to) return true;
  return false;
}

// Whether the figures and letters that end at byte `end` stand alone after
// punctuation ("号、 4 2016", "决议， 12 以及"): a note's mark as a dump
// prints it, which keeps its spaces (link_footnotes reads it so). Not
// where link_footnotes took a mark in the spaces before them: they are
// the text after it ("号、 [^1]2016"), nor before a unit or a measure word:
// they are a number ("决议、 2012 年", "号、 2 名").
bool mark_after_punctuation(const Block& block, std::size_t end) {
  const std::string_view s = block.text;
  const std::string_view rest = s.substr(end);
  if (detail::han_number_follows(rest)) return false;
  std::size_t at = end;
  while (at > 0 && is_ascii_alnum(static_cast<unsigned char>(s[at - 1]))) --at;
  if (at == 0) return false;
  if (s[at - 1] != ' ') return false;
  const std::size_t figures = at;
  while (at > 0 && s[at - 1] == ' ') --at;
  const char32_t c = before(s, at);
  return is_chinese(c) && !is_han(c) && !at_mark(block, at, figures);
}

// Whether the character at byte `at` of `s` (a curly quote) has Han after it.
bool quotes_han(std::string_view s, std::size_t at) {
  std::size_t i = at;
  next_code_point(s, i);
  return is_han(after(s, i));
}

// Whether the spaces [from, to) of `block`'s text are no space of the
// printed text: between two Chinese characters; after a Han character and
// before a figure or Latin letter; after a figure, a Latin letter or a
// closing bracket and before Chinese, unless the figures are a mark
// (above).
bool closes(const Block& block, std::size_t from, std::size_t to) {
  const std::string_view s = block.text;
  const char32_t l = before(s, from), r = after(s, to);
  if (l == 0 || r == 0) return false;
  if (is_chinese(l) && is_chinese(r)) return true;
  if (is_han(l) && is_ascii_alnum(r)) return true;
  // A curly quote after a Latin word opens Latin text ("entitled “Green
  // Climate Fund”") unless Han follows it ("A/80/1 “核安全”").
  if ((is_ascii_alnum(l) || l == ')') && is_chinese(r) && (is_unspaced_script(r) || quotes_han(s, to)))
    return !mark_after_punctuation(block, from);
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
    if (closes(block, i, j) && !at_mark(block, i, j)) found.emplace_back(i, j);
    i = j;
  }
  return {found.rbegin(), found.rend()};
}

// The closing of the spaces [from, to) of `text` as an edit's "was" and
// "now": the characters on either side with and without them.
std::pair<std::string, std::string> closing_context(std::string_view text, std::size_t from, std::size_t to) {
  const std::size_t l = previous_code_point_start(text, from);
  std::size_t r_end = to;
  next_code_point(text, r_end);
  return {std::string(text.substr(l, r_end - l)), std::string(text.substr(l, from - l)) + std::string(text.substr(to, r_end - to))};
}

constexpr std::string_view kClosingReason =
    "Chinese text prints no space between Han characters, nor between Han and figures or Latin letters: a space a dump "
    "puts there is the typesetter's gap";

void close_in_block(Document& doc, std::size_t b) {
  std::vector<Edit> edits;
  for (const auto& [from, to] : closings(doc.blocks[b])) {
    auto [was, now] = closing_context(doc.blocks[b].text, from, to);
    const Position where = doc.position_in_block(b, from);
    const std::optional<Box> box = doc.box_in_block(b, from);
    doc.blocks[b].replace(from, to - from, "");
    edits.push_back(Edit{std::string(kPass), "close_han_space", where, std::move(was), std::move(now), std::string(kClosingReason),
                         kClosingConfidence, box});
  }
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) doc.log.add(std::move(*it));
}

// The same closings in a note's text, as collect_footnotes joined it from
// the dump's lines ("补编第 53 号" -> "补编第53号"); each edit is placed at
// the note's first line.
void close_in_note(Document& doc, Footnote& note) {
  Block block;
  block.text = note.text;
  const auto found = closings(block);
  if (found.empty()) return;
  const bool placed = note.page >= 1 && static_cast<std::size_t>(note.page) <= doc.pages.size() && note.line >= 0;
  const Position where = placed ? doc.position_of(static_cast<std::size_t>(note.page - 1), static_cast<std::size_t>(note.line))
                                : Position{};
  std::vector<Edit> edits;
  for (const auto& [from, to] : found) {
    auto [was, now] = closing_context(note.text, from, to);
    note.text.erase(from, to - from);
    edits.push_back(Edit{std::string(kPass), "close_han_space", where, std::move(was), std::move(now),
                         std::string(kClosingReason) + " (in note " + note.marker + ")", kClosingConfidence, std::nullopt});
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
  for (Footnote& note : doc.footnotes) close_in_note(doc, note);
}

}  // namespace akn
