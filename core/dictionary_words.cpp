#include "core/dictionary_words.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/bidi.hpp"
#include "core/digits.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"
#include "core/un_patterns.hpp"

namespace akn {

namespace {
// What legitimately surrounds a word in a clean text (dictionary_word), in
// the languages with a dictionary (Latin and Cyrillic scripts).
// Before a word: opening quotes and brackets, Spanish opening marks.
constexpr std::u32string_view kOpening = U"([{\"'\u201C\u2018\u00AB\u201E\u201A\u2039\u00BF\u00A1";
// After it: closing quotes and brackets, final punctuation (Arabic comma,
// semicolon, question mark and full stop too).
constexpr std::u32string_view kClosing = U")]}\"'\u201D\u2019\u00BB\u203A.,;:!?\u2026\u060C\u061B\u061F\u06D4";
// Inside it: apostrophes, hyphens (compounds), dots (abbreviations), a
// slash ("and/or"), brackets around a plural ("State(s)").
constexpr std::u32string_view kApostrophes = U"'\u2019";
constexpr std::u32string_view kHyphens = U"-\u2010\u2011";
// Dashes between words part them like spaces ("Nations—the").
constexpr std::u32string_view kDashes = U"\u2013\u2014";
// A word has at least this many letters (a single letter is a label, an
// initial, an article: not judged).
constexpr std::size_t kMinWordLetters = 2;
// The endings of an ordinal or a decade printed in figures ("21st",
// "1990s", "984ème", "1re"): a number, not a word.
constexpr std::array<std::u32string_view, 12> kOrdinalEndings = {U"st", U"nd", U"rd", U"th", U"s",  U"er",
                                                                 U"re", U"e",  U"\u00E8me", U"eme", U"i\u00E8me", U"\u00E8re"};
// The languages whose words elide before a vowel ("l'", "qu'": kElisions).
constexpr std::array<std::string_view, 2> kEliding = {"fr", "it"};

bool one_of(std::u32string_view set, char32_t c) { return set.find(c) != std::u32string_view::npos; }

std::string utf8(std::u32string_view w) {
  std::string out;
  for (char32_t c : w) append_utf8(out, c);
  return out;
}

std::size_t letter_count(std::u32string_view w) {
  return static_cast<std::size_t>(std::count_if(w.begin(), w.end(), [](char32_t c) { return is_letter(c); }));
}

// Case changes inside the word: a capital after a small letter ("lOCatiOnS", "thF").
bool mixed_case(std::u32string_view w) {
  for (std::size_t i = 1; i < w.size(); ++i)
    if (is_upper_letter(w[i]) && is_lower_letter(w[i - 1])) return true;
  return false;
}

// Figures then an ordinal's or a decade's ending: "21st", "1990s", "984ème".
bool ordinal_number(std::u32string_view w) {
  std::size_t i = 0;
  while (i < w.size() && decimal_digit_value(w[i]) >= 0) ++i;
  if (i == 0) return false;
  std::u32string ending;
  for (char32_t c : w.substr(i)) ending.push_back(to_lower(c));
  return std::find(kOrdinalEndings.begin(), kOrdinalEndings.end(), ending) != kOrdinalEndings.end();
}

struct WordJudge {
  std::string_view language;
  const std::function<bool(std::string_view)>& known;

  DictionaryWord judge(std::u32string_view w) const;
  DictionaryWord parts(std::u32string_view w, std::u32string_view separators, bool may_end_empty) const;
  std::optional<DictionaryWord> elided(std::u32string_view w) const;
};

// Every part of `w` between `separators` a word or no word at all (figures);
// an empty part only at the end when `may_end_empty` ("pre-").
DictionaryWord WordJudge::parts(std::u32string_view w, std::u32string_view separators, bool may_end_empty) const {
  bool any_word = false;
  std::size_t from = 0;
  for (std::size_t i = 0; i <= w.size(); ++i) {
    if (i < w.size() && !one_of(separators, w[i])) continue;
    const std::u32string_view part = w.substr(from, i - from);
    from = i + 1;
    if (part.empty()) {
      if (i < w.size() || !may_end_empty) return DictionaryWord::unknown;
      continue;
    }
    if (letter_count(part) == 0) {
      if (!std::all_of(part.begin(), part.end(), [](char32_t c) { return decimal_digit_value(c) >= 0; }))
        return DictionaryWord::unknown;
      continue;
    }
    const DictionaryWord j = letter_count(part) < kMinWordLetters && !mixed_case(part) &&
                                     std::all_of(part.begin(), part.end(), [](char32_t c) { return is_letter(c); })
                                 ? DictionaryWord::not_a_word
                                 : judge(part);
    if (j == DictionaryWord::unknown) return j;
    any_word = any_word || j == DictionaryWord::known;
  }
  return any_word ? DictionaryWord::known : DictionaryWord::not_a_word;
}

// A French or Italian elision ("l'Organisation", "qu'il") judged by the
// word after its apostrophe; none when `w` is no elision.
std::optional<DictionaryWord> WordJudge::elided(std::u32string_view w) const {
  if (std::find(kEliding.begin(), kEliding.end(), language) == kEliding.end()) return std::nullopt;
  for (std::size_t at = 1; at < w.size(); ++at) {
    if (!one_of(kApostrophes, w[at])) continue;
    if (std::find(kElisions.begin(), kElisions.end(), to_lower(utf8(w.substr(0, at)))) == kElisions.end()) return std::nullopt;
    return judge(w.substr(at + 1));
  }
  return std::nullopt;
}

DictionaryWord WordJudge::judge(std::u32string_view w) const {
  // A word opens with a letter or a figure and ends with one, a bracket
  // closing inside it or a hyphen ("pre-"); it holds no sign but
  // apostrophes, hyphens, dots, slashes and brackets (and the combining
  // marks of its letters: Arabic vowel signs "تعزِّز"); its case changes only
  // from capitals to small letters. The dictionary is not asked before:
  // Hunspell accepts "'Article" or "tutelle.C'est" as French.
  if (w.empty() || !(is_letter(w.front()) || decimal_digit_value(w.front()) >= 0) || one_of(kApostrophes, w.back()))
    return DictionaryWord::unknown;
  for (char32_t c : w)
    if (!is_letter(c) && !is_combining_mark(c) && !one_of(kApostrophes, c) && !one_of(kHyphens, c) && c != U'.' && c != U'/' && c != U'(' &&
        c != U')' && decimal_digit_value(c) < 0)
      return DictionaryWord::unknown;  // a sign no word holds: "l&year", "alinéa~"
  if (mixed_case(w)) return DictionaryWord::unknown;
  if (w.find(U'/') != std::u32string_view::npos) return parts(w, U"/", false);
  if (w.find(U'.') != std::u32string_view::npos) {
    static const Regex kDotted("^\\p{L}{1," + std::to_string(kAbbreviationRun) + "}(?:\\.\\p{L}{1," +
                               std::to_string(kAbbreviationRun) + "})+$");
    if (kDotted.full_match(utf8(w))) return DictionaryWord::not_a_word;
    return parts(w, U".", false);
  }
  if (w.size() > 3 && w.ends_with(U")") && w[w.size() - 3] == U'(' && is_letter(w[w.size() - 2]) && is_letter(w[w.size() - 4]))
    return judge(w.substr(0, w.size() - 3));  // "State(s)"
  if (w.find_first_of(U"()") != std::u32string_view::npos) return DictionaryWord::unknown;
  const bool figures = std::any_of(w.begin(), w.end(), [](char32_t c) { return decimal_digit_value(c) >= 0; });
  if (w.find_first_of(kHyphens) != std::u32string_view::npos)  // "Secretary-General", "15-year-old"
    return !figures && known(utf8(w)) ? DictionaryWord::known : parts(w, kHyphens, true);
  if (figures) return ordinal_number(w) ? DictionaryWord::not_a_word : DictionaryWord::unknown;  // "21st"; "l9th"
  if (const auto e = elided(w)) return *e;
  if (known(utf8(w))) return DictionaryWord::known;
  if (w.size() > 2 && w[w.size() - 1] == U's' && one_of(kApostrophes, w[w.size() - 2]))
    return judge(w.substr(0, w.size() - 2));  // "Council's"
  return DictionaryWord::unknown;  // misspelt
}

// A web or e-mail address: not a word of the language.
bool address(std::string_view run) {
  return run.find("://") != std::string_view::npos || run.find('@') != std::string_view::npos || run.starts_with("www.");
}
}  // namespace

DictionaryWord dictionary_word(std::string_view run, std::string_view language,
                               const std::function<bool(std::string_view)>& known) {
  static const Regex kSymbol(std::string("^(?:") + masthead::kSymbolPattern + ")$");
  std::u32string w = code_points(run);
  if (letter_count(w) < kMinWordLetters || address(run)) return DictionaryWord::not_a_word;
  // An apostrophe before the word opens a quotation only when one closes it
  // after the word ('word'); alone it is garbage or an elision cut off its
  // word ("l 'Australie"). After the word it closes a plural's possessive
  // ("States'"), except in the languages that elide: there it is an elision
  // cut off its word ("del' Article").
  std::size_t last = w.size();
  while (last > 0 && one_of(kClosing, w[last - 1]) && !one_of(kApostrophes, w[last - 1])) --last;
  const bool quoted = !w.empty() && one_of(kApostrophes, w.front()) && last > 1 && one_of(kApostrophes, w[last - 1]);
  const bool eliding = std::find(kEliding.begin(), kEliding.end(), language) != kEliding.end();
  std::size_t from = 0, to = w.size();
  while (from < to && one_of(kOpening, w[from]) && (quoted || !one_of(kApostrophes, w[from]))) ++from;
  // A closing bracket whose opening one is in the word stays ("State(s)").
  auto opened_inside = [&](char32_t closing) {
    const std::size_t k = std::u32string_view(U")]}").find(closing);
    return k != std::u32string_view::npos && std::u32string_view(w).substr(from, to - from).find(U"([{"[k]) != std::u32string_view::npos;
  };
  while (to > from && one_of(kClosing, w[to - 1]) && (quoted || !eliding || !one_of(kApostrophes, w[to - 1])) &&
         !opened_inside(w[to - 1]))
    --to;
  const std::u32string_view core = std::u32string_view(w).substr(from, to - from);
  if (core.find(U'/') != std::u32string_view::npos && kSymbol.full_match(utf8(core))) return DictionaryWord::not_a_word;
  return WordJudge{language, known}.judge(core);
}

double DictionaryCount::share() const {
  return words == 0 ? -1 : static_cast<double>(known) / static_cast<double>(words);
}

DictionaryCount dictionary_count(std::string_view text, std::string_view language,
                                 const std::function<bool(std::string_view)>& known) {
  DictionaryCount count;
  std::map<std::string, DictionaryWord, std::less<>> judged;  // each distinct run judged once
  auto add = [&](std::string_view run) {
    if (run.empty()) return;
    auto it = judged.find(run);
    if (it == judged.end()) it = judged.emplace(std::string(run), dictionary_word(run, language, known)).first;
    if (it->second == DictionaryWord::not_a_word) return;
    ++count.words;
    if (it->second == DictionaryWord::known) ++count.known;
  };
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const char32_t c = next_code_point(text, i);
    if (c == U' ' || c == U'\n' || c == U'\t' || c == U'\r' || c == U'\f' || c == U'\u00A0' || c == U'\u202F' ||
        c == U'\u2009' || one_of(kDashes, c)) {
      add(text.substr(start, at - start));
      start = i;
    }
  }
  add(text.substr(start));
  return count;
}

}  // namespace akn
