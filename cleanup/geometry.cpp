// The passes that read glyph geometry (PDF text layers, OCR words). On
// sources without word boxes they do nothing.
//
// read_superscripts: a footnote reference is printed as a superscript
// (smaller glyphs above the baseline). Plain extraction turns it into a
// spaced number ("Human Rights, 1 the"); here the number becomes a NoteMark
// at its place and leaves the text.
//
// repair_split_words: justified text makes the text layer put spurious
// spaces into words ("Fact -Finding", "est imated", "co st-recovery",
// "( 2005)", "3– 14"). In text dumps, which have no gaps to measure, the
// Arabic words split at letters that do not join (arabic_dump_words.hpp)
// and the French raised letters set apart ("8979 e séance", "n o 53":
// french_dump_signs.hpp) are joined. Real word spaces are wider than spurious ones (see
// the thresholds below), so a narrow gap is a candidate; punctuation, the
// dictionary and the document's own vocabulary confirm the join.
#include <algorithm>
#include <set>
#include <cmath>
#include <map>
#include <optional>
#include <string_view>

#include "cleanup/arabic_dump_words.hpp"
#include "cleanup/cleanup.hpp"
#include "cleanup/dictionary.hpp"
#include "cleanup/french_dump_signs.hpp"
#include "cleanup/pass_util.hpp"
#include "core/digits.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kSuper = "read_superscripts";
constexpr std::string_view kSplit = "repair_split_words";
// Thresholds of repair_split_words, in em of the font size. Measured on the
// 15 PDFs of ../shared/corpus/born_digital and the 123 resolutions of
// ../shared/unakn/pdf: real word spaces are at least 0.167 em wide
// ("States’ commitment"; in justified lines they measure about the line's
// median space), spurious ones at most 0.152 em, or 0.161 em beside a dash
// ("5 –13", 0.46 of its line's spaces). Real spaces beside a dash glued to
// a word ("short- and", "and -driven") measure 0.245 em and more, 0.97 of
// their line's spaces and more.
//
// A gap narrower than kMaxSpuriousGap, and at most kShareOfLineSpace of the
// line's median space, is not a word space; punctuation or the dictionary
// confirms the join.
constexpr double kMaxSpuriousGap = 0.155;
constexpr double kShareOfLineSpace = 0.6;
// After an opening bracket, before a closing one, or beside a dash glued to
// the word on its other side ("3– 14", "5 –13"), the punctuation confirms
// the join of any gap narrower than kMaxGapBesideDash that is at most
// kShareOfLineSpace of the line's spaces.
constexpr double kMaxGapBesideDash = 0.2;
// A gap narrower than kSureSpuriousGap (well under the narrowest real space
// measured, 0.167 em) and at most kSureShareOfLineSpace of the line's
// median space is no word space even when both halves are words
// ("inter sectoral" at 0.10 em in A/RES/80/145, where "intersectoral" is not
// in the dictionary).
constexpr double kSureSpuriousGap = 0.12;
constexpr double kSureShareOfLineSpace = 0.5;
// ... when each half has at least this many letters (a letter-spaced word
// of an old OCR layer, "R a s m i e h", has boxes that are not glyphs').
constexpr std::size_t kSureMinPartBytes = 3;

std::string context(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t from = begin >= 16 ? begin - 16 : 0;
  return std::string(excerpt(text, from, end + 16));  // whole characters
}

// Whether the byte `end` of `text` starts a letter of a script with case
// (Latin, Cyrillic, Greek): what no note mark is followed by.
bool glued_before_letter(std::string_view text, std::size_t end) {
  if (end >= text.size()) return false;
  std::size_t i = end;
  const char32_t cp = next_code_point(text, i);
  return is_lower_letter(cp) || is_upper_letter(cp);
}

bool is_note_marker(std::string_view t) {
  static const Regex kMarker("^(?:[0-9]{1,3}|[*\u2020\u2021]{1,3})$");
  return kMarker.full_match(t);
}

}  // namespace

void read_superscripts(Document& doc, const PassContext&) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      Line& line = doc.pages[p].lines[l];
      if (line.role != LineRole::body || line.words.size() < 2) continue;
      // A barcode's printed digits (*2520911*): its stars stand high, and
      // are no note marks (remove_furniture knows the line by them).
      static const Regex kBarcode("^\\s*\\*[0-9]{7,9}\\*\\s*$");
      if (kBarcode.full_match(line.text)) continue;
      bool changed = false;
      for (std::size_t k = line.words.size(); k-- > 0;) {
        const Word w = line.words[k];
        if (!w.superscript || w.end <= w.begin) continue;
        const std::string token = line.text.substr(w.begin, w.end - w.begin);
        if (!is_note_marker(token)) continue;
        // "300 km2": a raised 2 or 3 after a unit of length is an exponent.
        if (token == "2" || token == "3") {
          std::size_t u = w.begin;
          if (u > 0 && line.text[u - 1] == ' ') --u;
          std::size_t a = u;
          while (a > 0 && line.text[a - 1] >= 'a' && line.text[a - 1] <= 'z') --a;
          const std::string unit = line.text.substr(a, u - a);
          static const std::set<std::string, std::less<>> kUnits = {"km", "m", "cm", "mm", "ft", "mi", "yd", "in"};
          if (kUnits.count(unit) && (a == 0 || line.text[a - 1] == ' ' || line.text[a - 1] == '(')) {
            const std::string power = token == "2" ? "\u00B2" : "\u00B3";
            const std::string before = context(line.text, u, w.end);
            line.replace(u, w.end - u, power);
            line.words.erase(line.words.begin() + static_cast<std::ptrdiff_t>(k));
            std::string after = line.text;
            detail::record_line_edit(doc, kSuper, "superscript_exponent", {p, l}, u, before,
                                     context(after, u, u + power.size()),
                                     "superscript " + detail::quoted(token) + " after the unit " + detail::quoted(unit) +
                                         " is an exponent, not a footnote reference",
                                     0.9, w.box);
            continue;
          }
        }
        // A note mark stands after its word, never glued before a letter:
        // inside a line, a raised figure followed by a letter of a script
        // with case ("l1Assemblée", "d1une") is an apostrophe or a letter
        // that an old OCR layer read as a small figure. It stays as
        // printed. (At a line's start it is a note's own number, which a
        // text layer may glue to the note's first word: "3See".)
        if (!is_blank(std::string_view(line.text).substr(0, w.begin)) && glued_before_letter(line.text, w.end)) {
          doc.log.warn(std::string(kSuper), doc.position_of(p, l),
                       "raised " + detail::quoted(token) + " glued before a letter (" +
                           detail::quoted(context(line.text, w.begin, w.end)) +
                           ") is no note reference (a note mark follows its word): kept as text");
          continue;
        }
        // The space the extractor put before the mark goes with it (also
        // before punctuation after the mark: "год 3," is "год³,"); at the
        // start of a line (a footnote's own number) the space after goes.
        std::size_t begin = w.begin, end = w.end;
        const bool space_before = begin > 0 && line.text[begin - 1] == ' ';
        const bool space_after = end < line.text.size() && line.text[end] == ' ';
        const bool punctuation_after = end < line.text.size() && std::string_view(",.;:").find(line.text[end]) != std::string_view::npos;
        if (space_before && (space_after || punctuation_after || end == line.text.size())) --begin;
        else if (begin == 0 && space_after) ++end;
        const std::string before = context(line.text, begin, end);
        line.replace(begin, end - begin, "");
        line.marks.push_back(NoteMark{begin, token, MarkSource::superscript});
        line.words.erase(line.words.begin() + static_cast<std::ptrdiff_t>(k));
        changed = true;
        std::string after = line.text;
        after.insert(begin, "[^" + token + "]");
        detail::record_line_edit(doc, kSuper, "superscript_note_mark", {p, l}, begin, before,
                                 context(after, begin, begin + token.size() + 3),
                                 "superscript " + detail::quoted(token) + " (" +
                                     std::to_string(w.font_size).substr(0, 4) + " pt on a " +
                                     std::to_string(line.font_size).substr(0, 4) +
                                     " pt line, above its baseline) is a footnote reference",
                                 0.95, w.box);
      }
      if (changed)
        std::sort(line.marks.begin(), line.marks.end(),
                  [](const NoteMark& a, const NoteMark& b) { return a.offset < b.offset; });
    }
  }
}

namespace {
// The letters at the end of `s` and at the start of `t`.
std::string trailing_letters(std::string_view s) {
  std::size_t b = s.size();
  while (b > 0) {
    const std::size_t k = previous_code_point_start(s, b);
    if (!is_letter(last_code_point(s.substr(k, b - k)))) break;
    b = k;
  }
  return std::string(s.substr(b));
}

std::string leading_letters(std::string_view s) {
  std::size_t i = 0, end = 0;
  while (i < s.size()) {
    if (!is_letter(next_code_point(s, i))) break;
    end = i;
  }
  return std::string(s.substr(0, end));
}

std::map<std::string, int> word_counts(const Document& doc) {
  static const Regex kWord("\\p{L}+");
  std::map<std::string, int> counts;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines)
      for (const auto& m : kWord.find_all(line.text)) ++counts[to_lower_ascii(m.str(line.text))];
  return counts;
}

// The space between two words next to each other in reading order, on
// whichever side the second one is printed: right of the first in a
// left-to-right line, left of it in a right-to-left one (Arabic lines are in
// reading order, their words going leftwards).
double word_gap(const Box& a, const Box& b) { return std::max(b.x0 - a.x1, a.x0 - b.x1); }

double median_gap(const Line& line) {
  std::vector<double> gaps;
  for (std::size_t k = 1; k < line.words.size(); ++k) {
    const Word& a = line.words[k - 1];
    const Word& b = line.words[k];
    if (a.box && b.box && b.begin == a.end + 1) gaps.push_back(word_gap(*a.box, *b.box));
  }
  if (gaps.empty()) return 0;
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2), gaps.end());
  return gaps[gaps.size() / 2];
}
}  // namespace

namespace {
// Hyphens and the en dash; the em dash is spaced in UN texts ("needs — and").
bool is_dash(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2013; }

// "( 2005)", "(2005 )", "3– 14", "5 –13": a bracket that opens before the gap
// or closes after it, or a dash glued to a word on its far side.
bool beside_bracket_or_dash(std::string_view left, std::string_view right) {
  const char32_t l = last_code_point(left), r = first_code_point(right);
  if (l == '(' || l == '[' || r == ')' || r == ']') return true;
  const auto dash_bytes = [](char32_t c) { return c < 0x80 ? 1u : 3u; };
  return (is_dash(l) && left.size() > dash_bytes(l)) || (is_dash(r) && right.size() > dash_bytes(r));
}

// Letters that only ever end a word: Arabic teh marbuta and alef maksura
// ("الأساسية كافة"). After one, a gap however narrow is a word space (an
// Arabic line justified by widening its spaces has spurious gaps as wide
// as its real ones: both 0.12 em in LibreOffice's Amiri).
bool ends_word_only(char32_t c) { return c == 0x0629 || c == 0x0649; }

struct JoinReason {
  std::string reason;
  double confidence = 0.9;
};

// Why the narrow gap between `left` and `right` is not a word space, or
// nullopt when nothing confirms it (warned when both halves are words).
std::optional<JoinReason> confirm_join(Document& doc, Position where, std::string_view left, std::string_view right,
                                       const std::string& em, bool sure, bool loose_boxes, const PassContext& ctx,
                                       const std::map<std::string, int>& vocab) {
  const char r0 = right.front();
  const bool right_letter = is_letter(first_code_point(right));
  if (right_letter && ends_word_only(last_code_point(left))) return std::nullopt;
  if (!right_letter && !is_ascii_digit(r0))
    return JoinReason{"punctuation set against the word (a gap of " + em + ", narrower than a word space)", 0.9};
  if (left.back() == '-' || left.back() == '/') return JoinReason{"a word continues after its hyphen (a gap of " + em + ")", 0.9};
  if (is_ascii_digit(left.back()) && is_ascii_digit(r0)) return JoinReason{"a number split by a gap of " + em, 0.9};
  const std::string head = trailing_letters(left), tail = leading_letters(right);
  if (head.empty() || tail.empty()) return std::nullopt;
  const std::string joined = head + tail;
  const bool dict_joined = ctx.dictionary && ctx.dictionary->accepts(joined);
  const bool doc_joined = vocab.count(to_lower_ascii(joined)) > 0;
  // A word of the dictionary of two letters or more (single letters are a
  // letter-spaced word's: "J a n").
  const auto word = [&](const std::string& w) {
    return ctx.dictionary && code_point_count(w) >= 2 && ctx.dictionary->accepts(w);
  };
  // On a page read by OCR (its boxes are OCR's, looser than a text
  // layer's glyphs), two words that also make one ("par le" and "parle")
  // are joined only across a gap far narrower than any word space; else
  // they are kept apart, warned.
  if ((dict_joined || doc_joined) && loose_boxes && !sure && word(head) && word(tail)) {
    doc.log.warn(std::string(kSplit), where,
                 "narrow gap (" + em + ") between \"" + std::string(left) + "\" and \"" + std::string(right) +
                     "\", both words, and \"" + joined + "\" a word too: left as two words");
    return std::nullopt;
  }
  if (dict_joined || doc_joined)
    return JoinReason{"a gap of " + em + " inside \"" + joined + "\", which " +
                          (doc_joined ? "the document writes elsewhere" : "the dictionary has"),
                      doc_joined ? 0.97 : 0.93};
  if (sure && head.size() >= kSureMinPartBytes && tail.size() >= kSureMinPartBytes)
    return JoinReason{"a gap of " + em + ", under half the line's word spaces and far narrower than any word space, inside \"" +
                          joined + "\"",
                      0.85};
  if (ctx.dictionary && ctx.dictionary->accepts(head) && ctx.dictionary->accepts(tail)) {
    doc.log.warn(std::string(kSplit), where,
                 "narrow gap (" + em + ") between \"" + std::string(left) + "\" and \"" + std::string(right) +
                     "\", but both are words and \"" + joined + "\" is not: left as two words");
    return std::nullopt;
  }
  // Nothing confirms the join: on a page read by OCR, a gap at the edge of
  // the spurious ones beside a word ("qu'en présen-") may be a word space.
  if (loose_boxes && !sure && (word(head) || word(tail))) return std::nullopt;
  return JoinReason{"a gap of " + em + " is not a word space (no dictionary confirms \"" + joined + "\")", 0.75};
}

// Removes the space between words k-1 and k of `line`, which become one
// word, and records the edit.
void join_words(Document& doc, std::size_t p, std::size_t l, std::size_t k, const JoinReason& why) {
  Line& line = doc.pages[p].lines[l];
  const Word& a = line.words[k - 1];
  const Word& b = line.words[k];
  const std::string before = line.text.substr(a.begin, b.end - a.begin);
  const Box box = a.box->united(*b.box);
  const std::size_t at = a.end;
  line.replace(at, 1, "");
  Word& merged = line.words[k - 1];
  merged.end = line.words[k].end;
  merged.box = box;
  line.words.erase(line.words.begin() + static_cast<std::ptrdiff_t>(k));
  detail::record_line_edit(doc, kSplit, "join_split_word", {p, l}, at, before,
                           line.text.substr(merged.begin, merged.end - merged.begin), why.reason, why.confidence, box);
}

// Why the space before word k of a line is not a word space; nullopt when
// it may be one or nothing confirms the join.
std::optional<JoinReason> split_at(Document& doc, std::size_t p, std::size_t l, std::size_t k, double typical,
                                   const PassContext& ctx, std::map<std::string, int>& vocab, bool& vocab_built) {
  const Line& line = doc.pages[p].lines[l];
  const Word& a = line.words[k - 1];
  const Word& b = line.words[k];
  if (!a.box || !b.box || a.superscript || b.superscript || b.begin != a.end + 1 || line.text[a.end] != ' ')
    return std::nullopt;
  const double size = std::max(a.font_size, b.font_size);
  const double gap = word_gap(*a.box, *b.box);
  if (size <= 0 || std::abs(a.font_size - b.font_size) > 0.1 * size) return std::nullopt;  // a change of size is a boundary
  const std::string_view left = std::string_view(line.text).substr(a.begin, a.end - a.begin);
  const std::string_view right = std::string_view(line.text).substr(b.begin, b.end - b.begin);
  const bool bracket_or_dash = typical > 0 && beside_bracket_or_dash(left, right);
  if (gap >= (bracket_or_dash ? kMaxGapBesideDash : kMaxSpuriousGap) * size || (typical > 0 && gap > kShareOfLineSpace * typical))
    return std::nullopt;
  if (!vocab_built) {
    vocab = word_counts(doc);
    vocab_built = true;
  }
  const std::string em = std::to_string(gap / size).substr(0, 4) + " em";
  const bool sure = typical > 0 && gap < kSureSpuriousGap * size && gap <= kSureShareOfLineSpace * typical;
  if (gap < kMaxSpuriousGap * size)
    if (auto why = confirm_join(doc, doc.position_of(p, l), left, right, em, sure,
                                doc.pages[p].ocr || doc.pages[p].ocr_layer, ctx, vocab))
      return why;
  if (!bracket_or_dash) return std::nullopt;
  return JoinReason{"a gap of " + em + " beside the bracket or dash, where the line's word spaces measure " +
                        std::to_string(typical / size).substr(0, 4) + " em",
                    0.9};
}
}  // namespace

void repair_split_words(Document& doc, const PassContext& ctx) {
  // A text dump has no gaps to read: its Arabic words are judged by letters.
  detail::repair_arabic_dump_words(doc, ctx);
  detail::rejoin_french_raised_letters(doc);
  std::map<std::string, int> vocab;
  bool vocab_built = false;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    // OCR boxes are not glyph boxes: their gaps say nothing about spaces.
    if (doc.pages[p].ocr) continue;
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      Line& line = doc.pages[p].lines[l];
      // Note lines too: the pass may run before or after collect_footnotes.
      if ((line.role != LineRole::body && line.role != LineRole::footnote) || line.words.size() < 2 || line.vertical) continue;
      const double typical = median_gap(line);
      // From the right; a joined word is tried again with the word after
      // it ("18 – 22": "18–" then "18–22").
      for (std::size_t k = line.words.size() - 1; k > 0;) {
        const auto why = split_at(doc, p, l, k, typical, ctx, vocab, vocab_built);
        if (why) join_words(doc, p, l, k, *why);
        if (!why || k == line.words.size()) --k;
      }
    }
  }
}

}  // namespace akn
