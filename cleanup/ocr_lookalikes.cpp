// OCR look-alikes (part of correct_ocr_words, on OCR pages only, whatever
// the words' confidence): glyphs Tesseract reads as others of their shape
// where what surrounds them in any UN document says what was printed.
// 1. A bar "|" standing as a word after a numbering word ("paragraph |
//    (a)", "annex |") is the numeral one: "1" after a word numbered in
//    figures, "I" after one numbered in roman numerals. Which of the two
//    is what the document prints after the same word elsewhere ("annex
//    II" -> roman); where it prints neither, the word's usage in UN texts
//    (kNumberingWords); where that does not decide either ("section"), the
//    bar is kept, with a warning. A line with two bars is a table's row:
//    its bars are rules and left alone. A bar between two capitalised
//    words ("Part | Total", a table's or a heading's row whose column rule
//    OCR read as a glyph) is no evidence of a numeral: kept, with a
//    warning.
// 2. A bar between a paragraph's number and the capitalised verb that
//    opens it ("4. | Expresses") is a speck read as a glyph: dropped. At
//    the start of a line without a number before it ("| Decides"), it is
//    the paragraph's number misread when the document's own numbering
//    says which: the nearest body line before it that opens with a
//    paragraph number prints n, the nearest after it n + 2, each on the
//    bar's page or the next to it: the bar is read as "n + 1.", with a
//    warning too. Otherwise it is kept, with a warning.
// 3. "§" opening a token that is otherwise a UN document symbol
//    ("§/PRST/1996/17", "§/2003/332") is its series letter S. A section
//    sign before a space ("§ 3") is left alone.
// 4. A line that is a date but for its day, read with letters for figures
//    ("Ll April 2025", "l1 avril 2025": l, I, L, | for 1, O for 0), is that
//    date when the figures give a day the month has (parse_date reads the
//    whole line); the conclusions' and the masthead's dates stand alone on
//    their lines so. A token like "L1" elsewhere is left as read.
// 5. A bar that ends a line, glued to what it closes, where a square
//    bracket opened on that line or the one before is still open ("[on
//    the report of the First Committee (A/80/534, para. 7)|") is the
//    closing bracket: Tesseract reads "]" so at 300 dpi on most UN
//    resolutions, and the line is then no report line.
// 6. (warn_later_symbols, run by fix_typos, when the masthead is read) A
//    General Assembly symbol whose session is later than the document's
//    own session, or a symbol whose year is later than the document's
//    year, by more than one ("(A/580/L.7)" read for A/80/L.7 on a 150-dpi
//    scan of a resolution of the eightieth session), cites a document
//    that cannot exist yet: a misread figure. It is kept as read, with a
//    warning the quality score counts (kSymbolWarningOpening).
#include "cleanup/ocr_lookalikes.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cleanup/cleanup.hpp"
#include "cleanup/pass_util.hpp"
#include "core/dates.hpp"
#include "core/regex.hpp"
#include "core/digits.hpp"
#include "core/text.hpp"

namespace akn {
namespace {

// ---------------------------------------------------------------------------
// Thresholds and confidences of the look-alike readings.
// The confidence of a bar read as the numeral the document itself prints
// after the same word, and of one read by the word's usage alone.
constexpr double kBarNumeralByDocument = 0.8;
constexpr double kBarNumeralByUsage = 0.7;
// A stray bar between a paragraph's number and its verb.
constexpr double kStrayBar = 0.8;
// A bar opening a line read as the paragraph number the numbers around it
// leave.
constexpr double kBarParagraphNumber = 0.75;
// The numbered lines around such a bar stand on its page or the one next
// to it, at most kMaxNeighbourPages pages away: numbers further off leave
// a paragraph's number only if nothing between them is lost or misread.
constexpr std::size_t kMaxNeighbourPages = 1;
// "§" for the S of a document symbol.
constexpr double kSectionSignSymbol = 0.8;
// A date line's day read with letters for figures.
constexpr double kDateDay = 0.7;
// The General Assembly's first session was held in 1946: session n in
// the year 1945 + n.
constexpr int kFirstSessionYear = 1945;
// A line-end bar read as the bracket a square bracket before it leaves open.
constexpr double kClosingBracket = 0.85;
// A document cites documents of its own session or year, or the next one's
// at most (a provisional agenda): a later one is a misread.
constexpr int kLaterSessionsCited = 1;
// The most figures of a paragraph's number ("123.").
constexpr std::size_t kMaxParagraphNumberDigits = 3;
// The longest day token read (two figures).
constexpr std::size_t kMaxDayChars = 2;
// The longest roman numeral the document's print is counted by ("XXVIII"
// is six letters): a longer run of I, V, X, L, C is a word in capitals.
constexpr std::size_t kMaxRomanNumeralChars = 6;
// How many bytes of the text after an opening bar a warning quotes.
constexpr std::size_t kQuotedHeadBytes = 30;
// ---------------------------------------------------------------------------

enum class Numerals { arabic, roman, either };

struct NumberingWord {
  std::string_view word;  // lower case, as printed after a capital is lowered
  Numerals usage;         // how UN texts number what it names
};

// Words a number follows, in English, French and Spanish (singular and
// plural); a bar after any other word is left alone.
constexpr std::array kNumberingWords = {
    NumberingWord{"paragraph", Numerals::arabic},  NumberingWord{"paragraphs", Numerals::arabic},
    NumberingWord{"subparagraph", Numerals::arabic}, NumberingWord{"article", Numerals::arabic},
    NumberingWord{"articles", Numerals::arabic},    NumberingWord{"annex", Numerals::roman},
    NumberingWord{"annexes", Numerals::roman},      NumberingWord{"chapter", Numerals::roman},
    NumberingWord{"part", Numerals::roman},         NumberingWord{"section", Numerals::either},
    NumberingWord{"paragraphe", Numerals::arabic},  NumberingWord{"paragraphes", Numerals::arabic},
    NumberingWord{"alinéa", Numerals::arabic},      NumberingWord{"annexe", Numerals::roman},
    NumberingWord{"chapitre", Numerals::roman},     NumberingWord{"partie", Numerals::roman},
    NumberingWord{"párrafo", Numerals::arabic},     NumberingWord{"párrafos", Numerals::arabic},
    NumberingWord{"artículo", Numerals::arabic},    NumberingWord{"anexo", Numerals::roman},
    NumberingWord{"capítulo", Numerals::roman},     NumberingWord{"parte", Numerals::roman},
    NumberingWord{"sección", Numerals::either}};

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The word without an elided article before it ("l'article" -> "article").
std::string_view without_elision(std::string_view word) {
  for (std::string_view apostrophe : {"'", "\xE2\x80\x99"})
    if (const std::size_t at = word.rfind(apostrophe); at != std::string_view::npos && at <= 2)
      word.remove_prefix(at + apostrophe.size());
  return word;
}

const NumberingWord* numbering_word(std::string_view word) {
  const std::string w = lowered(without_elision(word));
  for (const NumberingWord& n : kNumberingWords)
    if (n.word == w) return &n;
  return nullptr;
}

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool closes_number(char c) { return c == ',' || c == ';' || c == ':' || c == '.' || c == ')'; }

// Whether the bar at `at` stands as a word: a space or the line's start
// before it, a space, punctuation or the line's end after it.
bool standing_bar(std::string_view text, std::size_t at) {
  if (text[at] != '|') return false;
  const bool starts = at == 0 || is_space(text[at - 1]);
  const bool ends = at + 1 == text.size() || is_space(text[at + 1]) || closes_number(text[at + 1]);
  return starts && ends;
}

bool roman_numeral(std::string_view t) {
  return !t.empty() && t.size() <= kMaxRomanNumeralChars && t.find_first_not_of("IVXLC") == std::string_view::npos;
}
bool figures(std::string_view t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return is_ascii_digit(c); });
}

// Words of a line split at spaces.
std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && is_space(text[i])) ++i;
    const std::size_t b = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i > b) out.push_back(text.substr(b, i - b));
  }
  return out;
}

// What the document prints after each numbering word: how many times a
// roman numeral and how many times figures.
struct Printed {
  int roman = 0, arabic = 0;
};
std::map<std::string, Printed> numbers_printed(const Document& doc) {
  std::map<std::string, Printed> out;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines) {
      const auto words = words_of(line.text);
      for (std::size_t k = 0; k + 1 < words.size(); ++k) {
        if (!numbering_word(words[k])) continue;
        std::string_view n = words[k + 1];
        while (!n.empty() && closes_number(n.back())) n.remove_suffix(1);
        Printed& p = out[lowered(without_elision(words[k]))];
        if (roman_numeral(n)) ++p.roman;
        else if (figures(n)) ++p.arabic;
      }
    }
  return out;
}

// The word before the bar at `at` of line l (the previous line's last word
// when the bar opens its line).
std::string_view word_before(const Page& page, std::size_t l, std::size_t at) {
  std::string_view text = page.lines[l].text;
  std::string_view head = text.substr(0, at);
  while (!head.empty() && is_space(head.back())) head.remove_suffix(1);
  if (head.empty() && l > 0) head = page.lines[l - 1].text;
  while (!head.empty() && is_space(head.back())) head.remove_suffix(1);
  const std::size_t space = head.find_last_of(" \t");
  return space == std::string_view::npos ? head : head.substr(space + 1);
}

struct Context {
  Document& doc;
  std::string_view pass;
  std::map<std::string, Printed> printed;
};

// Rule 1: the bar at `at` after a numbering word.
void read_bar_as_numeral(Context& c, std::size_t p, std::size_t l, std::size_t at, std::string_view before) {
  const NumberingWord* word = numbering_word(before);
  const Printed printed = c.printed[lowered(without_elision(before))];
  Numerals numerals = word->usage;
  double confidence = kBarNumeralByUsage;
  std::string how = "UN texts number it so";
  if ((printed.roman > 0) != (printed.arabic > 0)) {
    numerals = printed.roman > 0 ? Numerals::roman : Numerals::arabic;
    confidence = kBarNumeralByDocument;
    how = "the document prints " + std::string(printed.roman > 0 ? "roman numerals" : "figures") + " after \"" +
          std::string(before) + "\" elsewhere";
  }
  if (numerals == Numerals::either) {
    c.doc.log.warn(std::string(c.pass), c.doc.position_of(p, l),
                   "\"" + std::string(before) + " |\": a bar where a number is printed (1 or I?); the document does not "
                   "say which: kept as read; compare it with the page image");
    return;
  }
  const std::string numeral = numerals == Numerals::roman ? "I" : "1";
  c.doc.pages[p].lines[l].replace(at, 1, numeral);
  detail::record_line_edit(c.doc, c.pass, "correct_ocr_lookalike", {p, l}, at, "|", numeral,
                           "a bar standing as a word after \"" + std::string(before) + "\" is the number one OCR read as "
                           "a bar: " + numeral + ", as " + how,
                           confidence);
}

// The end of a paragraph number opening `text` ("4."), 0 when none: a
// year or an amount before a table's bar ("2024 | Total") is none.
std::size_t number_label_end(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && i < kMaxParagraphNumberDigits && is_ascii_digit(text[i])) ++i;
  if (i == 0 || i >= text.size() || text[i] != '.') return 0;
  return i + 1;
}

bool capitalised_word_at(std::string_view text, std::size_t at) {
  return at + 2 < text.size() && std::isupper(static_cast<unsigned char>(text[at])) &&
         std::islower(static_cast<unsigned char>(text[at + 1])) != 0;
}

// The number of the nearest body line before (step -1) or after (step
// +1) line l of page p that opens with a paragraph number before a
// capitalised word, at most kMaxNeighbourPages pages away; nullopt when
// none.
std::optional<int> neighbour_number(const Document& doc, std::size_t p, std::size_t l, int step) {
  std::ptrdiff_t pi = static_cast<std::ptrdiff_t>(p), li = static_cast<std::ptrdiff_t>(l);
  for (;;) {
    li += step;
    while (li < 0 || li >= static_cast<std::ptrdiff_t>(doc.pages[static_cast<std::size_t>(pi)].lines.size())) {
      pi += step;
      if (pi < 0 || pi >= static_cast<std::ptrdiff_t>(doc.pages.size())) return std::nullopt;
      if (static_cast<std::size_t>(std::abs(pi - static_cast<std::ptrdiff_t>(p))) > kMaxNeighbourPages) return std::nullopt;
      li = step > 0 ? 0 : static_cast<std::ptrdiff_t>(doc.pages[static_cast<std::size_t>(pi)].lines.size()) - 1;
    }
    const Line& line = doc.pages[static_cast<std::size_t>(pi)].lines[static_cast<std::size_t>(li)];
    if (line.role != LineRole::body) continue;
    const std::string_view text = line.text;
    const std::size_t label = number_label_end(text);
    if (label == 0 || label + 1 >= text.size() || !is_space(text[label])) continue;
    std::size_t word = label;
    while (word < text.size() && is_space(text[word])) ++word;
    if (word >= text.size() || !std::isupper(static_cast<unsigned char>(text[word]))) continue;
    return std::stoi(std::string(text.substr(0, label - 1)));
  }
}

// Rule 2, a bar opening a line: the paragraph's number when the numbers
// before and after it leave exactly it. Returns whether it was restored.
bool restore_paragraph_number(Context& c, std::size_t p, std::size_t l, std::size_t at) {
  const std::optional<int> before = neighbour_number(c.doc, p, l, -1);
  const std::optional<int> after = neighbour_number(c.doc, p, l, +1);
  if (!before || !after || *after != *before + 2) return false;
  const std::string number = std::to_string(*before + 1) + ".";
  c.doc.pages[p].lines[l].replace(at, 1, number);
  detail::record_line_edit(c.doc, c.pass, "correct_ocr_lookalike", {p, l}, at, "|", number,
                           "a bar opening the line before its capitalised first word, between paragraphs " +
                               std::to_string(*before) + " and " + std::to_string(*after) +
                               ": the number of the paragraph between them, misread by OCR",
                           kBarParagraphNumber);
  c.doc.log.warn(std::string(c.pass), c.doc.position_of(p, l),
                 "a bar opening the line read as paragraph number " + number + ", restored from the numbering around it (" +
                     std::to_string(*before) + " and " + std::to_string(*after) + "); compare it with the page image");
  return true;
}

// Rule 2: a bar opening a paragraph before its verb. Returns whether it
// was one (dropped or warned of).
bool read_opening_bar(Context& c, std::size_t p, std::size_t l, std::size_t at) {
  const std::string_view text = c.doc.pages[p].lines[l].text;
  const std::size_t label = number_label_end(text);
  std::size_t before = label;
  while (before < at && is_space(text[before])) ++before;
  if (before != at || at + 2 >= text.size() || !is_space(text[at + 1]) || !capitalised_word_at(text, at + 2)) return false;
  if (label == 0 && restore_paragraph_number(c, p, l, at)) return true;
  if (label == 0) {
    c.doc.log.warn(std::string(c.pass), c.doc.position_of(p, l),
                   "a bar opens the line before \"" + std::string(head_bytes(text.substr(at + 2), kQuotedHeadBytes)) +
                       "\": a speck, or the paragraph's number misread? Kept as read; compare it with the page image");
    return true;
  }
  const std::string number(text.substr(0, label));
  c.doc.pages[p].lines[l].replace(at, 2, "");
  detail::record_line_edit(c.doc, c.pass, "correct_ocr_lookalike", {p, l}, at, "| ", "",
                           "a bar between the paragraph's number \"" + number +
                               "\" and its first word is a speck OCR read as a glyph: dropped",
                           kStrayBar);
  return true;
}

// Whether the bar at `at` stands between two capitalised words, as a
// table's column rule does between a row's cells ("Part | Total").
bool between_capitalised_words(std::string_view text, std::size_t at, std::string_view before) {
  const std::string_view word = without_elision(before);
  if (word.empty() || !std::isupper(static_cast<unsigned char>(word.front()))) return false;
  std::size_t next = at + 1;
  while (next < text.size() && is_space(text[next])) ++next;
  return next > at + 1 && capitalised_word_at(text, next);
}

void warn_column_rule(Context& c, std::size_t p, std::size_t l, std::string_view before) {
  c.doc.log.warn(std::string(c.pass), c.doc.position_of(p, l),
                 "\"" + std::string(before) + " |\" before a capitalised word: a table's column rule, or the number one "
                 "(I or 1)? Kept as read; compare it with the page image");
}

void mend_bars(Context& c, std::size_t p, std::size_t l) {
  const Page& page = c.doc.pages[p];
  const std::string_view text = page.lines[l].text;
  if (std::count(text.begin(), text.end(), '|') != 1) return;  // none, or a table's rules
  const std::size_t at = text.find('|');
  if (!standing_bar(text, at)) return;
  const std::string before(word_before(page, l, at));
  if (numbering_word(before) && between_capitalised_words(text, at, before)) warn_column_rule(c, p, l, before);
  else if (numbering_word(before)) read_bar_as_numeral(c, p, l, at, before);
  else read_opening_bar(c, p, l, at);
}

// Rule 3. The length of a UN symbol's body after "§/" at `from`: series
// words and slashes ("PRST/"), then figures and slashes; 0 when none.
std::size_t symbol_body(std::string_view text, std::size_t from) {
  std::size_t i = from;
  for (;;) {
    std::size_t j = i;
    while (j < text.size() && std::isupper(static_cast<unsigned char>(text[j]))) ++j;
    if (j == i || j >= text.size() || text[j] != '/') break;
    i = j + 1;
  }
  if (i >= text.size() || !is_ascii_digit(text[i])) return 0;
  while (i < text.size() && (is_ascii_digit(text[i]) || text[i] == '/')) ++i;
  return i - from;
}

void mend_section_signs(Context& c, std::size_t p, std::size_t l) {
  static constexpr std::string_view kSign = "\xC2\xA7/";
  Line& line = c.doc.pages[p].lines[l];
  for (std::size_t at = line.text.find(kSign); at != std::string::npos; at = line.text.find(kSign, at + 1)) {
    const char prev = at > 0 ? line.text[at - 1] : ' ';
    if (std::isalnum(static_cast<unsigned char>(prev)) || prev == '/') continue;
    const std::size_t body = symbol_body(line.text, at + kSign.size());
    if (body == 0) continue;
    const std::string read = line.text.substr(at, kSign.size() + body);
    const std::string symbol = "S" + read.substr(2);
    line.replace(at, 2, "S");
    detail::record_line_edit(c.doc, c.pass, "correct_ocr_lookalike", {p, l}, at, "\xC2\xA7", "S",
                             detail::quoted(read) + " is the document symbol " + detail::quoted(symbol) +
                                 ": OCR read its series letter S as a section sign",
                             kSectionSignSymbol);
  }
}

// Rule 4. The day token `day` with its look-alike letters read as
// figures; nullopt when it has none or holds another glyph.
std::optional<std::string> day_as_figures(std::string_view day) {
  if (day.empty() || day.size() > kMaxDayChars) return std::nullopt;
  std::string out;
  bool letter = false;
  for (char ch : day) {
    if (is_ascii_digit(ch)) {
      out += ch;
      continue;
    }
    if (ch != 'l' && ch != 'I' && ch != 'L' && ch != '|' && ch != 'O') return std::nullopt;
    out += ch == 'O' ? '0' : '1';
    letter = true;
  }
  if (!letter) return std::nullopt;
  return out;
}

void mend_date_day(Context& c, std::size_t p, std::size_t l) {
  Line& line = c.doc.pages[p].lines[l];
  const std::string_view text = line.text;
  const std::size_t begin = text.find_first_not_of(" \t");
  if (begin == std::string_view::npos) return;
  const std::size_t end = text.find_first_of(" \t", begin);
  if (end == std::string_view::npos) return;
  const std::string_view day = text.substr(begin, end - begin);
  const std::optional<std::string> read = day_as_figures(day);
  if (!read || parse_date(text) || !parse_date(*read + std::string(text.substr(end)))) return;
  const std::string before(day);
  line.replace(begin, day.size(), *read);
  detail::record_line_edit(c.doc, c.pass, "correct_ocr_lookalike", {p, l}, begin, before, *read,
                           "a date line whose day OCR read with letters for figures (l, I, L as 1, O as 0): \"" +
                               std::string(line.text) + "\", whose month and year are as printed",
                           kDateDay);
}

// Rule 5. Whether a square bracket opened in `text` is still open at its end.
bool bracket_open(std::string_view text) {
  const std::size_t open = text.rfind('[');
  return open != std::string_view::npos && text.find(']', open) == std::string_view::npos;
}

void mend_closing_bracket(Context& c, std::size_t p, std::size_t l) {
  Line& line = c.doc.pages[p].lines[l];
  const std::string_view text = trim_right(line.text);
  if (text.size() < 2 || text.back() != '|' || is_space(text[text.size() - 2]) || std::count(text.begin(), text.end(), '|') != 1)
    return;
  const std::string_view before = text.substr(0, text.size() - 1);
  const bool opened_here = bracket_open(before);
  const bool opened_above = before.find(']') == std::string_view::npos && l > 0 && bracket_open(c.doc.pages[p].lines[l - 1].text);
  if (!opened_here && !opened_above) return;
  const std::size_t at = text.size() - 1;
  line.replace(at, 1, "]");
  detail::record_line_edit(c.doc, c.pass, "correct_ocr_lookalike", {p, l}, at, "|", "]",
                           "a bar ending the line, where a square bracket opened before it is still open: the closing "
                           "bracket OCR read as a bar",
                           kClosingBracket);
}
// Rule 6. The latest session and year a document may cite: its own
// (masthead session, or the year of its date of issue), plus
// kLaterSessionsCited; 0 where the document does not tell.
struct CitedBounds {
  int session = 0, year = 0;
};
CitedBounds cited_bounds(const Document& doc) {
  CitedBounds b;
  if (doc.meta.issue_date && doc.meta.issue_date->year > 0) b.year = doc.meta.issue_date->year + kLaterSessionsCited;
  if (doc.meta.session_number) b.session = *doc.meta.session_number + kLaterSessionsCited;
  else if (b.year > 0) b.session = b.year - kFirstSessionYear + kLaterSessionsCited;
  return b;
}

void warn_later_symbols(Document& doc, std::string_view pass, const CitedBounds& bounds, std::size_t p, std::size_t l) {
  static const Regex kSessionSymbol("(?<![A-Za-z0-9/.])(A/(?:C\\.[1-6]/|ES-|S-)?([0-9]{2,3})/[A-Za-z0-9./]*[A-Za-z0-9])");
  static const Regex kYearSymbol("(?<![A-Za-z0-9/.])([SE]/(?:[A-Z]+(?:\\.[0-9]+)?/)*((?:19|20)[0-9]{2})/[0-9][A-Za-z0-9./]*)");
  const std::string& text = doc.pages[p].lines[l].text;
  if (text.find('/') == std::string::npos) return;
  const auto warn = [&](std::string_view symbol, const std::string& why) {
    doc.log.warn(std::string(pass), doc.position_of(p, l),
                   std::string(kSymbolWarningOpening) + detail::quoted(symbol) + " " + why + ": kept as read; compare it "
                   "with the page image");
  };
  if (bounds.session > 0)
    for (const auto& m : kSessionSymbol.find_all(text))
      if (std::stoi(std::string(m.str(text, 2))) > bounds.session)
        warn(m.str(text, 1), "names session " + std::string(m.str(text, 2)) + ", later than the document's");
  if (bounds.year > 0)
    for (const auto& m : kYearSymbol.find_all(text))
      if (std::stoi(std::string(m.str(text, 2))) > bounds.year)
        warn(m.str(text, 1), "names the year " + std::string(m.str(text, 2)) + ", later than the document's");
}
}  // namespace

void warn_later_symbols(Document& doc, std::string_view pass) {
  const CitedBounds bounds = cited_bounds(doc);
  if (bounds.session == 0 && bounds.year == 0) return;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    if (!doc.pages[p].ocr) continue;
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l)
      if (doc.pages[p].lines[l].role == LineRole::body || doc.pages[p].lines[l].role == LineRole::footnote)
        warn_later_symbols(doc, pass, bounds, p, l);
  }
}

void mend_ocr_lookalikes(Document& doc, std::string_view pass) {
  Context c{doc, pass, numbers_printed(doc)};
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    if (!doc.pages[p].ocr) continue;
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      mend_bars(c, p, l);
      mend_section_signs(c, p, l);
      mend_date_day(c, p, l);
      mend_closing_bracket(c, p, l);
    }
  }
}

}  // namespace akn
