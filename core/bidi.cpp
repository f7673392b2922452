#include "core/bidi.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "core/text.hpp"

namespace akn {

namespace {

// Digits (European and Arabic-Indic) and Latin letters: what reads left to
// right inside a right-to-left line.
bool reads_left_to_right(char32_t cp) {
  const auto d = u_charDirection(static_cast<UChar32>(cp));
  return d == U_LEFT_TO_RIGHT || d == U_EUROPEAN_NUMBER || d == U_ARABIC_NUMBER;
}

std::string utf8_of(const std::u32string& cps) {
  std::string out;
  for (char32_t cp : cps) append_utf8(out, cp);
  return out;
}

}  // namespace

bool is_strong_right_to_left(char32_t cp) {
  const auto d = u_charDirection(static_cast<UChar32>(cp));
  return d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC;
}

bool reads_right_to_left(std::string_view text) {
  std::size_t rtl = 0, ltr = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if (is_strong_right_to_left(cp)) ++rtl;
    else if (u_charDirection(static_cast<UChar32>(cp)) == U_LEFT_TO_RIGHT) ++ltr;
  }
  return rtl > ltr;
}

namespace {

enum class Flow { ltr, rtl, neutral };

// Digits (European and Arabic-Indic) and Latin letters read left to right
// inside a right-to-left line; Arabic and Hebrew letters right to left;
// the rest (spaces, punctuation, brackets, marks) go with their neighbours.
Flow flow_of(char32_t cp) {
  if (is_strong_right_to_left(cp)) return Flow::rtl;
  return reads_left_to_right(cp) ? Flow::ltr : Flow::neutral;
}

bool is_letter_ltr(char32_t cp) { return u_charDirection(static_cast<UChar32>(cp)) == U_LEFT_TO_RIGHT; }

// Where the left-to-right run that starts at `a` ends (one past its last
// character): it takes in punctuation between left-to-right characters
// ("A/78/481/Add.2", "16/18"), and a space only between Latin letters
// ("Distr. General"): numbers apart are read one by one, right to left.
std::size_t ltr_run_end(const std::u32string& line, std::size_t a) {
  std::size_t end = a + 1;
  for (std::size_t i = a + 1; i < line.size();) {
    if (flow_of(line[i]) == Flow::ltr) {
      end = i + 1;
      ++i;
      continue;
    }
    if (flow_of(line[i]) == Flow::rtl) break;
    std::size_t j = i;
    bool space = false;
    for (; j < line.size() && flow_of(line[j]) == Flow::neutral; ++j) space = space || u_isUWhiteSpace(static_cast<UChar32>(line[j]));
    if (j == line.size() || flow_of(line[j]) != Flow::ltr) break;
    if (space && !(is_letter_ltr(line[i - 1]) && is_letter_ltr(line[j]))) break;
    i = j;
  }
  return end;
}

// The place in reading order of each character of a right-to-left line
// given in printed order: the line read from the right, its left-to-right
// runs each read from their left.
std::vector<std::size_t> reading_places(const std::u32string& line) {
  const std::size_t n = line.size();
  std::vector<std::size_t> place(n);
  for (std::size_t i = 0; i < n;) {
    if (flow_of(line[i]) != Flow::ltr) {
      place[i] = n - 1 - i;
      ++i;
      continue;
    }
    const std::size_t end = ltr_run_end(line, i);
    for (std::size_t k = i; k < end; ++k) place[k] = n - end + (k - i);
    i = end;
  }
  return place;
}

}  // namespace

LogicalLine logical_line(const std::vector<std::string>& printed_words) {
  LogicalLine out;
  out.words.resize(printed_words.size());
  // The printed line, one space between words; each word's code points.
  std::u32string line;
  std::vector<std::pair<std::size_t, std::size_t>> range;
  for (const std::string& w : printed_words) {
    if (!line.empty()) line += U' ';
    const std::u32string cps = code_points(w);
    range.emplace_back(line.size(), line.size() + cps.size());
    line += cps;
  }
  const std::vector<std::size_t> to = reading_places(line);
  std::vector<std::pair<std::size_t, std::size_t>> starts;  // (first reading place, printed index)
  for (std::size_t k = 0; k < printed_words.size(); ++k) {
    const auto [b, e] = range[k];
    std::vector<std::pair<std::size_t, char32_t>> placed;  // (reading place, character)
    for (std::size_t i = b; i < e; ++i) placed.emplace_back(to[i], line[i]);
    // The check: digits and Latin letters printed side by side keep their
    // order; the word's characters stay together.
    for (std::size_t i = b; i + 1 < e; ++i)
      if (out.checked && reads_left_to_right(line[i]) && reads_left_to_right(line[i + 1]) && to[i + 1] != to[i] + 1) {
        out.checked = false;
        out.problem = "digits or Latin letters out of their printed order in \"" + printed_words[k] + "\"";
      }
    std::sort(placed.begin(), placed.end());
    if (out.checked && !placed.empty() && placed.back().first - placed.front().first + 1 != placed.size()) {
      out.checked = false;
      out.problem = "the characters of \"" + printed_words[k] + "\" do not stay together";
    }
    std::u32string text;
    for (const auto& [at, cp] : placed) text += cp;
    out.words[k] = utf8_of(text);
    starts.emplace_back(placed.empty() ? 0 : placed.front().first, k);
  }
  std::stable_sort(starts.begin(), starts.end());
  for (const auto& [at, k] : starts) out.order.push_back(k);
  return out;
}

bool is_combining_mark(char32_t cp) { return u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK; }

bool is_tanwin(char32_t cp) { return (cp >= 0x064B && cp <= 0x064D) || (cp >= 0x08F0 && cp <= 0x08F2); }

std::size_t detached_mark(std::string_view text) {
  bool based = false;  // the character before is a letter or a mark on one
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const char32_t cp = next_code_point(text, i);
    if (is_combining_mark(cp)) {
      if (!based) return at;
    } else {
      based = u_isalpha(static_cast<UChar32>(cp)) != 0;
    }
  }
  return std::string_view::npos;
}

namespace {
// +1 for an opening bracket, -1 for a closing one, 0 otherwise.
int bracket_of(char32_t cp) {
  if (cp == '(' || cp == '[' || cp == '{') return 1;
  if (cp == ')' || cp == ']' || cp == '}') return -1;
  return 0;
}
}  // namespace

bool brackets_balanced(std::string_view text) {
  int depth = 0;
  for (std::size_t i = 0; i < text.size();) {
    depth += bracket_of(next_code_point(text, i));
    if (depth < 0) return false;
  }
  return depth == 0;
}

bool brackets_inverted(std::string_view text) {
  int depth = 0;
  for (std::size_t i = 0; i < text.size();) {
    depth += bracket_of(next_code_point(text, i));
    if (depth < 0) return true;
  }
  return false;
}

std::string brackets_mirrored(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    append_utf8(out, bracket_of(cp) != 0 ? static_cast<char32_t>(u_charMirror(static_cast<UChar32>(cp))) : cp);
  }
  return out;
}

std::string printed_word(std::string_view logical) {
  // Reading a word from the right reverses it, its left-to-right runs kept:
  // the same operation maps reading order back to printed order.
  const std::u32string cps = code_points(logical);
  const std::vector<std::size_t> to = reading_places(cps);
  std::u32string printed(cps.size(), U' ');
  for (std::size_t i = 0; i < cps.size(); ++i) printed[to[i]] = cps[i];
  return utf8_of(printed);
}

}  // namespace akn
