#include "ingest/doubtful_lines.hpp"

#include <algorithm>

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
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
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
// One word of either reading of a line: `again` says which.
struct Placed {
  const PlacedWord* word;
  bool again;
};

// The words of both readings, from left to right, in places (see
// merge_line_readings).
std::vector<std::vector<Placed>> places_of(const std::vector<PlacedWord>& first, std::size_t from, std::size_t to,
                                           const std::vector<PlacedWord>& again) {
  std::vector<Placed> all;
  for (std::size_t k = from; k < to; ++k) all.push_back({&first[k], false});
  for (const PlacedWord& w : again) all.push_back({&w, true});
  std::stable_sort(all.begin(), all.end(), [](const Placed& a, const Placed& b) { return a.word->box.x0 < b.word->box.x0; });
  std::vector<std::vector<Placed>> places;
  double x0 = 0, x1 = 0;
  for (const Placed& p : all) {
    const Box& b = p.word->box;
    const double overlap = std::min(x1, b.x1) - b.x0;
    if (!places.empty() && overlap > 0 && overlap > kAlignShare * std::min(b.width(), x1 - x0)) {
      places.back().push_back(p);
      x1 = std::max(x1, b.x1);
      continue;
    }
    places.push_back({p});
    x0 = b.x0;
    x1 = b.x1;
  }
  return places;
}

std::string text_of(const std::vector<const PlacedWord*>& words) {
  std::string out;
  for (const PlacedWord* w : words) out += (out.empty() ? "" : " ") + w->text;
  return out;
}

// The words of a place that are judged (kDoubtfulLetters letters or more):
// how many the dictionary or the document knows and how many not.
std::pair<std::size_t, std::size_t> known_unknown(const std::vector<const PlacedWord*>& words, const WordTest& dictionary,
                                                  const WordTest& document) {
  std::size_t known = 0, unknown = 0;
  for (const PlacedWord* w : words) {
    const std::string_view word = bare_word(w->text);
    if (letters_in(word) < kDoubtfulLetters) continue;
    ++(unknown_to_dictionary_and_document(word, dictionary, document) ? unknown : known);
  }
  return {known, unknown};
}

// The letters and figures of words, one after the other.
std::string bare_text(const std::vector<const PlacedWord*>& words) {
  std::string out;
  for (const PlacedWord* w : words) out += bare_word(w->text);
  return out;
}

// Whether the first reading `one` of a place is a part of a word cut
// short that the reading `again` gives whole ("ac" of "acts"): no word
// the dictionary or the document knows, however short, and its letters
// and figures stand inside again's, which has more.
bool cut_short(const std::vector<const PlacedWord*>& one, const std::vector<const PlacedWord*>& again,
               const WordTest& dictionary, const WordTest& document) {
  const std::string part = bare_text(one), whole = bare_text(again);
  return unknown_to_dictionary_and_document(part, dictionary, document) && part.size() < whole.size() &&
         whole.find(part) != std::string::npos;
}

}  // namespace

MergedLine merge_line_readings(const std::vector<PlacedWord>& first, std::size_t from, std::size_t to,
                               const std::vector<PlacedWord>& again, const WordTest& dictionary,
                               const WordTest& document) {
  MergedLine merged;
  for (const std::vector<Placed>& place : places_of(first, from, to, again)) {
    std::vector<const PlacedWord*> one, two;
    for (const Placed& p : place) (p.again ? two : one).push_back(p.word);
    const auto [known_again, unknown_again] = known_unknown(two, dictionary, document);
    const bool better = known_again > 0 && unknown_again == 0;
    if (one.empty()) {
      if (better && known_again == two.size()) {
        for (const PlacedWord* w : two) merged.words.push_back(*w);
        ++merged.taken;
      } else {
        merged.kept.push_back("nothing (again \"" + text_of(two) + "\")");
      }
      continue;
    }
    const bool doubtful = known_unknown(one, dictionary, document).second > 0 || cut_short(one, two, dictionary, document);
    if (!two.empty() && doubtful && better) {
      for (const PlacedWord* w : two) merged.words.push_back(*w);
      merged.words.back().space_after = one.back()->space_after;
      ++merged.taken;
      continue;
    }
    for (const PlacedWord* w : one) merged.words.push_back(*w);
    if (text_of(one) != text_of(two)) merged.kept.push_back("\"" + text_of(one) + "\" (again \"" + text_of(two) + "\")");
  }
  return merged;
}

bool more_doubtful(const LineJudgement& a, const LineJudgement& b) {
  if (a.unknown != b.unknown) return a.unknown > b.unknown;
  return a.confidence < b.confidence;
}

}  // namespace akn::detail
