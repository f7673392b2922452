#include "ingest/doubtful_lines.hpp"

#include <algorithm>

#include "core/digits.hpp"
#include "core/text.hpp"

namespace akn::detail {

namespace {
bool letter_or_digit(char32_t cp) { return is_letter(cp) || (cp >= '0' && cp <= '9'); }

std::size_t letters_in(std::string_view w) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < w.size();)
    if (is_letter(next_code_point(w, i))) ++n;
  return n;
}

// The runs of kKeptFigures ASCII figures or more in a line's text.
void add_figure_runs(std::string_view text, std::vector<std::string>& runs) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_ascii_digit(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_ascii_digit(text[end])) ++end;
    if (end - i >= kKeptFigures) runs.emplace_back(text.substr(i, end - i));
    i = end;
  }
}
}  // namespace

std::string line_text(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to) {
  std::string text;
  for (std::size_t k = from; k < to; ++k) text += words[k].text + (k + 1 < to && words[k].space_after ? " " : "");
  return text;
}

std::string_view bare_word(std::string_view text) {
  std::size_t from = 0;
  while (from < text.size()) {
    std::size_t next = from;
    if (letter_or_digit(next_code_point(text, next))) break;
    from = next;
  }
  std::size_t to = text.size();
  while (to > from) {
    const std::size_t start = previous_code_point_start(text, to);
    if (letter_or_digit(first_code_point(text.substr(start)))) break;
    to = start;
  }
  return text.substr(from, to - from);
}

PageVocabulary::PageVocabulary(const std::vector<PlacedWord>& words) {
  for (const PlacedWord& w : words) ++counts_[std::string(bare_word(w.text))];
}

WordTest PageVocabulary::elsewhere(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to) const {
  return [this, &words, from, to](std::string_view word) {
    const auto it = counts_.find(word);
    if (it == counts_.end()) return false;
    int on_line = 0;
    for (std::size_t k = from; k < to; ++k) on_line += bare_word(words[k].text) == word ? 1 : 0;
    return it->second > on_line;
  };
}

LineJudgement judge_line(const std::vector<PlacedWord>& words, std::size_t from, std::size_t to,
                         const WordTest& dictionary, const WordTest& document) {
  LineJudgement j;
  double sum = 0;
  for (std::size_t k = from; k < to; ++k) {
    sum += words[k].confidence;
    const std::string_view word = bare_word(words[k].text);
    if (letters_in(word) < kDoubtfulLetters) continue;
    if (unknown_to_dictionary_and_document(word, dictionary, document)) {
      ++j.unknown;
      j.unknown_words.emplace_back(word);
    } else {
      ++j.known;
      j.known_words.emplace_back(word);
    }
  }
  if (to > from) j.confidence = sum / static_cast<double>(to - from);
  add_figure_runs(line_text(words, from, to), j.figures);
  std::sort(j.figures.begin(), j.figures.end());
  std::sort(j.known_words.begin(), j.known_words.end());
  return j;
}

bool reads_more_plausibly(const LineJudgement& again, const LineJudgement& first) {
  return again.unknown < first.unknown && again.known >= first.known && again.confidence >= first.confidence &&
         std::includes(again.figures.begin(), again.figures.end(), first.figures.begin(), first.figures.end()) &&
         std::includes(again.known_words.begin(), again.known_words.end(), first.known_words.begin(),
                       first.known_words.end());
}

namespace {
bool all_of_range(std::string_view s, bool (*test)(char)) {
  return !s.empty() && std::all_of(s.begin(), s.end(), test);
}
bool roman_capital(char c) { return std::string_view("IVXLC").find(c) != std::string_view::npos; }
bool roman_small(char c) { return std::string_view("ivxlc").find(c) != std::string_view::npos; }
bool small_letter(char c) { return c >= 'a' && c <= 'z'; }

// The most characters of a label's body: letters ("XVIII") and figures
// ("123": no UN document numbers a thousand paragraphs, and "2011." is a
// year at a sentence's end).
constexpr std::size_t kLongestLabel = 5;
constexpr std::size_t kMostLabelFigures = 3;

// Whether the horizontal extents of `a` and `b` overlap by at least
// kSameWordOverlap of the wider.
bool same_place(const Box& a, const Box& b) {
  const double overlap = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
  const double wider = std::max(a.x1 - a.x0, b.x1 - b.x0);
  return wider > 0 && overlap >= kSameWordOverlap * wider;
}

// Whether the first reading's word `first` is plausible where the word read
// again in its place, `again`, is not (see kSameWordOverlap).
bool first_more_plausible(std::string_view first, std::string_view again, const WordTest& dictionary,
                          const WordTest& document) {
  if (first == again) return false;
  if (numbering_label(first)) return true;
  const std::string_view a = bare_word(first), b = bare_word(again);
  if (!dictionary || letters_in(a) == 0) return false;
  const auto known = [&](std::string_view w) {
    return letters_in(w) > 0 && !unknown_to_dictionary_and_document(w, dictionary, document);
  };
  return known(a) && !known(b);
}
}  // namespace

bool numbering_label(std::string_view text) {
  if (text.size() >= 3 && text.front() == '(' && text.back() == ')') {
    const std::string_view body = text.substr(1, text.size() - 2);
    if (body.size() > kLongestLabel) return false;
    return (body.size() <= kMostLabelFigures && all_of_range(body, is_ascii_digit)) ||
           (body.size() <= 2 && all_of_range(body, small_letter)) || all_of_range(body, roman_small);
  }
  if (text.size() >= 2 && text.back() == '.') {
    const std::string_view body = text.substr(0, text.size() - 1);
    if (body.size() > kLongestLabel) return false;
    return (body.size() <= kMostLabelFigures && all_of_range(body, is_ascii_digit)) || all_of_range(body, roman_capital) ||
           (body.size() == 1 && body[0] >= 'A' && body[0] <= 'Z');
  }
  return false;
}

MergedLine keep_plausible_first_words(const std::vector<PlacedWord>& first, std::size_t from, std::size_t to,
                                      std::vector<PlacedWord> again, const WordTest& dictionary,
                                      const WordTest& document) {
  MergedLine out;
  for (PlacedWord& w : again) {
    std::size_t match = to, matches = 0;
    for (std::size_t k = from; k < to; ++k)
      if (same_place(first[k].box, w.box)) {
        match = k;
        ++matches;
      }
    if (matches == 1 && first_more_plausible(first[match].text, w.text, dictionary, document)) {
      out.kept.push_back("\"" + first[match].text + "\" for \"" + w.text + "\"");
      const bool space_after = w.space_after;
      w = first[match];
      w.space_after = space_after;
    }
    out.words.push_back(std::move(w));
  }
  return out;
}

bool more_doubtful(const LineJudgement& a, const LineJudgement& b) {
  if (a.unknown != b.unknown) return a.unknown > b.unknown;
  return a.confidence < b.confidence;
}

}  // namespace akn::detail
