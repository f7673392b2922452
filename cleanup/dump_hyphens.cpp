#include "cleanup/dump_hyphens.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "cleanup/dictionary.hpp"
#include "cleanup/line_end.hpp"
#include "core/dates.hpp"
#include "core/language.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn::detail {

namespace {

constexpr std::string_view kPass = "rejoin_hyphenated_lines";

// Where a printed line ended. A word is broken at a line's hyphen only when
// the line is full, so a join ends a printed line of at least kFullLineMin
// of the wrap width (the 90th percentile of the body lines' widths), hyphen
// counted, and no full line is wider than kFullLineMax of it: the k-th join
// of a dumped line (pdftotext may join three printed lines, "Secretary-" /
// "General ... 2021-" / "2030") is between k times the one and k times the
// other from the line's start, and two joins are at least kFullLineMin of
// the width apart. A dumped line wider than kJoinedLine of the wrap width is
// two printed lines: a join happened in it for certain.
constexpr double kFullLineMin = 0.7;
constexpr double kFullLineMax = 1.15;
constexpr double kJoinedLine = 1.25;
// Each half of a compound holds at least kMinHalf letters or figures, and
// at least kMinDictionaryHalf letters where only the dictionary tells (it
// has "ed", "co" and "un", which are no halves of compounds: "cohost|ed").
constexpr std::size_t kMinHalf = 2;
constexpr std::size_t kMinDictionaryHalf = 3;
// Halves this long are compounds' without the document printing them.
constexpr std::size_t kLongHalf = 4;
// A word longer than this is no word (a run of figures or a garbled line).
constexpr std::size_t kMaxWordBytes = 120;
// Years run together are a range only between these years.
constexpr int kFirstYear = 1900, kLastYear = 2099;
// The document's witness: a hyphenated form printed at least this many
// times and the joined one never (outside the join) outweighs a dictionary
// that knows the joined word ("non-governmental" against the dictionary's
// "nongovernmental").
constexpr int kWitnessOverDictionary = 2;
// A hyphen set apart from its word by a kerning gap ("Secretary -" /
// "General") leaves the dump's space where the line ended: "Secretary
// General". Words whose compounds come from phrasal verbs and adverbial
// phrases ("follow-up" beside "to follow up", "in-depth" beside "in
// depth") are printed both ways, so the document's witness cannot tell
// which a spaced pair at a line's end was.
constexpr std::string_view kParticles[] = {"up", "down", "in", "out", "on", "off", "over", "back", "through", "away", "by"};
// A compound printed in another form is a witness of the same two words
// inflected ("государства-члены" of "государствами" + "членами"): each
// half and the printed one share a stem of at least kMinStem letters, and
// differ only in endings of at most kMostEnding letters.
constexpr std::size_t kMinStem = 4;
constexpr std::size_t kMostEnding = 3;
// Confidences of the evidence.
constexpr double kYearsConfidence = 0.95, kCapitalConfidence = 0.9, kWitnessConfidence = 0.9,
                 kSuspendedConfidence = 0.85, kOrdinalConfidence = 0.95, kDictionaryConfidence = 0.8,
                 kInflectedConfidence = 0.8;

// The pairs of words the document joins by a hyphen ("self-governing" in
// "non-self-governing"), lowercased, with how often, in any of its lines
// (its title's "Follow-up" too); and each pair written joined
// ("selfgoverning"), to tell at once whether a word may have a witness.
struct Compounds {
  std::unordered_map<std::string, int> pairs;
  std::unordered_set<std::string> joined;
  // The compounds of two words printed as such, as printed
  // ("Secretary-General"; not "of-society" of "whole-of-society", nor a
  // piece of an address, "un.org/minority-rights"), with how often: a
  // witness of two words spaced at a line's end; and their first words,
  // lowercased, to pass over at once the spaced words that cannot be one.
  std::unordered_map<std::string, int> two_words;
  std::unordered_set<std::string> lefts;
};

// Whether the compound at [begin, end) of `text` is a piece of an address
// (a URL, a file name, an e-mail): a slash, dot or at sign against it.
bool in_address(std::string_view text, std::size_t begin, std::size_t end) {
  constexpr std::string_view kAddress = "/.@_=";
  return (begin > 0 && kAddress.find(text[begin - 1]) != std::string_view::npos) ||
         (end < text.size() && text[end] != '.' && kAddress.find(text[end]) != std::string_view::npos) ||
         (end + 1 < text.size() && text[end] == '.' && std::isalnum(static_cast<unsigned char>(text[end + 1])) != 0);
}

const Regex& token_pattern() {
  static const Regex kToken("[\\p{L}\\p{N}]+");
  return kToken;
}

Compounds read_compounds(const Document& doc) {
  static const Regex kCompound("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)+");
  Compounds out;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines) {
      if (line.text.find('-') == std::string::npos) continue;
      for (const auto& m : kCompound.find_all(line.text)) {
        const std::string c = to_lower(m.str(line.text));
        if (std::count(c.begin(), c.end(), '-') == 1 && !in_address(line.text, m.begin, m.end)) {
          ++out.two_words[std::string(m.str(line.text))];
          out.lefts.insert(c.substr(0, c.find('-')));
        }
        for (std::size_t from = 0, dash = c.find('-'); dash != std::string::npos;) {
          const std::size_t next = c.find('-', dash + 1);
          const std::string pair = c.substr(from, (next == std::string::npos ? c.size() : next) - from);
          ++out.pairs[pair];
          out.joined.insert(pair.substr(0, dash - from) + pair.substr(dash - from + 1));
          from = dash + 1;
          dash = next;
        }
      }
    }
  return out;
}

// How often the document prints each word whole (letters or figures,
// lowercased, not touching a hyphen), in any of its lines.
std::unordered_map<std::string, int> count_whole_words(const Document& doc) {
  std::unordered_map<std::string, int> whole;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines)
      for (const auto& m : token_pattern().find_all(line.text)) {
        // A part of a compound is no word printed whole: "sub" of
        // "sub-item", or of "sub -item" as a dump sets it apart at a kerning gap.
        const std::string_view after = std::string_view(line.text).substr(m.end);
        const bool in_compound = (m.begin > 0 && line.text[m.begin - 1] == '-') || after.starts_with("-") ||
                                 (after.starts_with(" -") && after.size() > 2 && after[2] != ' ');
        if (!in_compound) ++whole[to_lower(m.str(line.text))];
      }
  return whole;
}

int count_of(const std::unordered_map<std::string, int>& map, const std::string& key) {
  const auto it = map.find(key);
  return it == map.end() ? 0 : it->second;
}

// The text is Latin or Cyrillic (the scripts whose printers hyphenate):
// its language says so when it was told (Arabic and Chinese are not), or
// else its letters.
bool hyphenated_script(const Document& doc, const std::vector<LineRef>& lines) {
  if (doc.language && !doc.language->empty()) return *doc.language != "ar" && *doc.language != "zh";
  const Script s = dominant_script(script_sample(doc, lines));
  return s == Script::latin || s == Script::cyrillic;
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

bool all_letters(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (!is_letter(next_code_point(s, i))) return false;
  return !s.empty();
}

// The evidence that a hyphen was at a place.
struct Evidence {
  std::string why;
  double confidence = 0;
  // A space goes after the hyphen: it is suspended ("low- and middle-income").
  bool space = false;
};

// A place where the join may be, and its evidence.
struct Restore {
  std::size_t at = 0;  // byte offset of the join in the line
  std::size_t word_begin = 0, word_end = 0;
  Evidence evidence;
  // The hyphen replaces the space at `at` ("Secretary General").
  bool spaced = false;
  // Code points from the line's first letter to where the next printed
  // line starts.
  double join = 0;
};

// Whether a printed line may end `printed` characters into a dumped line:
// after some number of full printed lines.
bool may_end_printed_line(double printed, double wrap) {
  for (double k = 1; k * kFullLineMin * wrap <= printed; ++k)
    if (printed <= k * kFullLineMax * wrap) return true;
  return false;
}

// Whether a printed line may end between `low` and `high` characters into
// a dumped line.
bool may_end_within(double low, double high, double wrap) {
  for (double k = 1; k * kFullLineMin * wrap <= high; ++k)
    if (low <= k * kFullLineMax * wrap) return true;
  return false;
}

// The words of a dumped line (letters or figures): byte offsets, and code
// points from the line's first letter (a dump laid out as printed indents
// its lines) to the word and in it. Read once for each way a place is sought.
struct Token {
  std::size_t begin = 0, end = 0;
  double from = 0, letters = 0;
};

std::vector<Token> tokens_of(std::string_view text) {
  std::vector<Token> out;
  const std::size_t lead = std::min(text.find_first_not_of(" \t"), text.size());
  double before = 0;
  std::size_t counted = lead;
  for (const auto& m : token_pattern().find_all(text)) {
    before += static_cast<double>(code_point_count(text.substr(counted, m.begin - counted)));
    const auto letters = static_cast<double>(code_point_count(m.str(text)));
    out.push_back({m.begin, m.end, before, letters});
    before += letters;
    counted = m.end;
  }
  return out;
}

// Calls `place(left, right, begin, cut, printed)` for each split of each
// word of `text` where a printed line may have ended at a hyphen, when
// `weigh(word)` says the word is worth it: `begin` is the word's byte
// offset, `cut` the split's within it, `printed` the width of the printed
// line it would end. Words longer than kMaxWordBytes are no words (and
// their splits would cost their length squared).
template <typename Weigh, typename Place>
void for_each_place(std::string_view text, const std::vector<Token>& tokens, double wrap, Weigh weigh, Place place) {
  const auto min_half = static_cast<double>(kMinHalf);
  for (const Token& t : tokens) {
    const std::string_view word = text.substr(t.begin, t.end - t.begin);
    if (word.size() > kMaxWordBytes || t.letters < 2 * min_half ||
        !may_end_within(t.from + min_half + 1, t.from + t.letters - min_half + 1, wrap) || !weigh(word))
      continue;
    double letters = 0;
    for (std::size_t cut = 0; cut < word.size();) {
      next_code_point(word, cut);
      ++letters;
      if (letters < min_half || t.letters - letters < min_half) continue;
      const double printed = t.from + letters + 1;  // the hyphen counted
      if (may_end_printed_line(printed, wrap)) place(word.substr(0, cut), word.substr(cut), t.begin, cut, printed);
    }
  }
}

// Calls `place(left, right, begin, space, printed)` for each two words of
// `text` one space apart where a printed line may have ended at a hyphen
// set apart from the first ("Secretary -"): `begin` is the first word's
// byte offset, `space` the space's, `printed` the width of the printed line
// it would end (the space and the hyphen counted).
template <typename Place>
void for_each_spaced_place(std::string_view text, const std::vector<Token>& tokens, double wrap, Place place) {
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    const Token &a = tokens[k - 1], &b = tokens[k];
    if (b.begin != a.end + 1 || text[a.end] != ' ' || !may_end_printed_line(a.from + a.letters + 2, wrap)) continue;
    place(text.substr(a.begin, a.end - a.begin), text.substr(b.begin, b.end - b.begin), a.begin, a.end,
          a.from + a.letters + 2);
  }
}

// What a place in a dumped line tells of a join there.
struct Where {
  bool joined_line = false;     // the line holds two printed lines for certain (kJoinedLine)
  bool first_of_two = false;    // the join of a joined line of two printed lines, each at most kFullLineMax
  bool ends_paragraph = false;  // the line ends in punctuation (then a note's mark, at most)
  std::string_view rest;        // the line after the word
};

class Restorer {
 public:
  // The document's compounds are read at once (its lines with a hyphen);
  // the words it prints whole only when a word is first weighed.
  Restorer(const Document& doc, const PassContext& ctx, const std::vector<LineRef>& lines, double wrap)
      : doc_(doc), lines_(lines), wrap_(wrap), compounds_(read_compounds(doc)), dictionary_(ctx.dictionary) {}

  // Whether a word at a place may have lost a hyphen at all: figures (a
  // range), a pair the document prints hyphenated, or a word the
  // dictionary does not know. Most words at line ends are none, and are
  // passed over with one lookup.
  bool worth_weighing(std::string_view word) const {
    if (all_digits(word) || !dictionary_ || !dictionary_->accepts(word)) return true;
    return !compounds_.joined.empty() && compounds_.joined.count(to_lower(word)) > 0;
  }

  // The evidence that `left` + `right`, printed joined at `where`, lost a
  // compound's hyphen; nullopt when there is none.
  std::optional<Evidence> evidence(const std::string& left, const std::string& right, const Where& where) const {
    // A dumped line no wider than a printed one holds a join only where its
    // second printed line ended a paragraph.
    if (!where.joined_line && !where.ends_paragraph) return std::nullopt;
    const std::string joined = left + right;
    if (all_digits(left) && all_digits(right)) return years(left, right);
    if (auto w = witness(left, right, joined)) return w;
    if (!all_letters(left) || !all_letters(right)) return std::nullopt;
    if ((dictionary_ && dictionary_->accepts(joined)) ||
        count_of(whole(), to_lower(joined)) > count_of(at_places(), to_lower(joined)))
      return std::nullopt;  // a word: printed whole elsewhere, or the dictionary's ("into", "volet")
    if (auto s = suspended(left, right, where.rest)) return s;
    if (auto i = inflected_witness(left, right)) return i;
    if (english() && parse_ordinal_words(left + "-" + right))
      return Evidence{"an English ordinal (\"" + left + "-" + right + "\") is hyphenated", kOrdinalConfidence};
    // A name printed in camel case ("BirdLife", "WorldFish") is printed
    // whole: only a line that holds two printed lines tells.
    if (where.joined_line && camel_case(left, right) && is_word(left) && is_word(right))
      return Evidence{"the line holds two printed lines, and a capital follows a lower-case letter inside a word, both "
                      "halves words: \"" + left + "-" + right + "\", a compound",
                      kCapitalConfidence};
    // UN English is not hyphenated at syllables, so a word broken at a
    // line's end in English is a compound's; in other languages the
    // dictionary cannot tell a compound from a syllable break whose halves
    // are words ("пере-" / "направления"). Only the first join of a line
    // holding two printed lines, where the place is surest.
    if (!english() || !where.first_of_two || !dictionary_halves(left, right) || british_spelling_known(joined) ||
        other_dictionary_split(left, right))
      return std::nullopt;
    return Evidence{"the line holds two printed lines, and the en dictionary has \"" + left + "\" and \"" + right +
                        "\" but not \"" + joined + "\": a compound",
                    kDictionaryConfidence};
  }

  // Whether two words one space apart at a place may have lost a hyphen
  // set apart from the first, in English: a pair the document prints
  // hyphenated, or ordinal words ("twenty fourth"). Other languages print
  // words of their own hyphenated that are two words spaced ("peut-être"
  // beside "peut être", "как-то" beside "как то").
  bool spaced_worth_weighing(std::string_view left, std::string_view right) const {
    static const std::unordered_set<std::string_view> kTens = {"twenty", "thirty", "forty", "fifty",
                                                               "sixty",  "seventy", "eighty", "ninety"};
    if (!english()) return false;
    const std::string first = to_lower(left);
    if (compounds_.lefts.count(first) > 0 &&
        compounds_.two_words.count(std::string(left) + "-" + std::string(right)) > 0)
      return true;
    return kTens.count(first) > 0 && parse_ordinal_words(first + "-" + std::string(right));
  }

  // English ordinal words one space apart ("twenty fourth"), hyphenated.
  std::optional<Evidence> spaced_ordinal(const std::string& left, const std::string& right) const {
    const std::string hyphenated = left + "-" + right;
    if (!english() || !parse_ordinal_words(hyphenated)) return std::nullopt;
    return Evidence{"an English ordinal (\"" + hyphenated + "\") is hyphenated", kOrdinalConfidence};
  }

  // The evidence that `left` and `right`, one space apart where a printed
  // line ended, were a compound broken at a hyphen set apart from `left`.
  std::optional<Evidence> spaced_evidence(const std::string& left, const std::string& right) const {
    const auto particle = [](const std::string& w) {
      return std::find(std::begin(kParticles), std::end(kParticles), to_lower(w)) != std::end(kParticles);
    };
    if (particle(left) || particle(right)) return std::nullopt;
    if (auto ordinal = spaced_ordinal(left, right)) return ordinal;
    const std::string hyphenated = left + "-" + right, spaced = left + " " + right;
    // Printed hyphenated, in the same case ("Health Care" in a name is no
    // "health-care"), and never spaced but where the rule could act.
    const int printed = count_of(compounds_.two_words, hyphenated);
    const int elsewhere = std::max(0, count_spaced(left, right) - count_of(at_spaced_places(), to_lower(spaced)));
    if (printed == 0 || elsewhere > 0) return std::nullopt;
    return Evidence{"the document prints \"" + hyphenated + "\" " + std::to_string(printed) + " time(s) and \"" + spaced +
                        "\" " + std::to_string(elsewhere) + " time(s) elsewhere",
                    kWitnessConfidence};
  }

 private:
  // Two years run together ("20212030"), or a year and the next one's last
  // two figures ("202425": a biennium, "2024-25").
  static std::optional<Evidence> years(const std::string& left, const std::string& right) {
    if (left.size() != 4 || (right.size() != 4 && right.size() != 2)) return std::nullopt;
    const int a = std::stoi(left), b = std::stoi(right);
    if (a < kFirstYear || a > kLastYear) return std::nullopt;
    if (right.size() == 2 ? b != (a + 1) % 100 : (b > kLastYear || b <= a)) return std::nullopt;
    return Evidence{"two years run together (\"" + left + right + "\"): a range", kYearsConfidence};
  }

  // A word, a conjunction ("and", "et", "y") and a compound after it
  // ("lowand middle-income"): a hyphen suspended at a line's end, a space
  // after it.
  std::optional<Evidence> suspended(const std::string& left, const std::string& right, std::string_view rest) const {
    static const Regex kCompoundNext("^ +\\p{L}+-\\p{L}");
    if (!suspends_hyphen(right) || !all_letters(left) || !is_word(left) || !kCompoundNext.search(rest)) return std::nullopt;
    Evidence e{"\"" + right + "\" before a compound suspends the hyphen (\"low- and middle-income\")", kSuspendedConfidence};
    e.space = true;
    return e;
  }

  bool english() const { return dictionary_ && dictionary_->language() == "en"; }

  static bool camel_case(const std::string& left, const std::string& right) {
    std::size_t i = previous_code_point_start(left, left.size()), k = 0;
    const char32_t last = next_code_point(left, i), first = next_code_point(right, k);
    return is_lower_letter(last) && is_upper_letter(first) && k < right.size() && is_lower_letter(next_code_point(right, k));
  }

  // Another split of the word also gives two words of the dictionary
  // ("hots|pots" beside "hot|spots"): the split is not known.
  bool other_dictionary_split(const std::string& left, const std::string& right) const {
    const std::string word = left + right;
    for (std::size_t cut = 0; cut < word.size();) {
      next_code_point(word, cut);
      if (cut >= word.size() || cut == left.size()) continue;
      const std::string a = word.substr(0, cut), b = word.substr(cut);
      if (code_point_count(a) >= kMinDictionaryHalf && code_point_count(b) >= kMinDictionaryHalf &&
          dictionary_->accepts(a) && dictionary_->accepts(b))
        return true;
    }
    return false;
  }

  // Both halves are words of the dictionary that no prefix or ending
  // imitates: long ones, or ones the document prints as words of their own
  // ("long|term", "self|sustaining"; not "sub|regional", "cohost|ed").
  bool dictionary_halves(const std::string& left, const std::string& right) const {
    const std::size_t l = code_point_count(left), r = code_point_count(right);
    // A half in the UN's British spelling is a word too ("labour", "centred").
    const auto word = [&](const std::string& half) { return dictionary_->accepts(half) || british_spelling_known(half); };
    if (l < kMinDictionaryHalf || r < kMinDictionaryHalf || !word(left) || !word(right)) return false;
    const auto printed = [&](const std::string& half) { return count_of(whole(), to_lower(half)) > 0; };
    return (l >= kLongHalf && r >= kLongHalf) || (printed(left) && printed(right));
  }

  // The word is English in the UN's British spelling, which the American
  // dictionary does not know, of a word it knows: "channelling",
  // "labour", "centred", "programme", "analyse", "organisation".
  bool british_spelling_known(const std::string& word) const {
    static const std::pair<std::string_view, std::string_view> kBritish[] = {
        {"lling", "ling"}, {"lled", "led"}, {"ller", "ler"}, {"our", "or"}, {"tre", "ter"}, {"tred", "tered"},
        {"mme", "m"},      {"yse", "yze"},  {"ise", "ize"},  {"isation", "ization"}};
    for (const auto& [british, american] : kBritish)
      for (std::size_t at = word.find(british); at != std::string::npos; at = word.find(british, at + 1)) {
        std::string variant = word;
        variant.replace(at, british.size(), american);
        if (dictionary_->accepts(variant)) return true;
      }
    return false;
  }

  // The document prints the hyphenated form more often than it prints the
  // joined one outside the places where a printed line may end; past a
  // dictionary that knows the joined word only with kWitnessOverDictionary
  // prints and no joined one.
  std::optional<Evidence> witness(const std::string& left, const std::string& right, const std::string& joined) const {
    const int hyphenated = count_of(compounds_.pairs, to_lower(left + "-" + right));
    const int elsewhere = std::max(0, count_of(whole(), to_lower(joined)) - count_of(at_places(), to_lower(joined)));
    if (hyphenated == 0 || hyphenated <= elsewhere) return std::nullopt;
    if (dictionary_ && dictionary_->accepts(joined) && (hyphenated < kWitnessOverDictionary || elsewhere > 0))
      return std::nullopt;
    return Evidence{"the document prints \"" + left + "-" + right + "\" " + std::to_string(hyphenated) +
                        " time(s) and \"" + joined + "\" " + std::to_string(elsewhere) + " time(s) elsewhere",
                    kWitnessConfidence};
  }

  // The document prints the same two words hyphenated in another form
  // (Russian, French and Spanish inflect both halves: "государства-члены",
  // "государств-членов"), both halves are words of the dictionary and the
  // joined word is not (checked by the caller): a compound of the
  // language. Of several such compounds, the most printed names the
  // evidence.
  std::optional<Evidence> inflected_witness(const std::string& left, const std::string& right) const {
    if (!dictionary_ || !dictionary_->accepts(left) || !dictionary_->accepts(right)) return std::nullopt;
    const std::string l = to_lower(left), r = to_lower(right);
    const std::pair<const std::string, int>* best = nullptr;
    for (const auto& entry : compounds_.pairs) {
      const std::string_view pair = entry.first;
      const std::size_t dash = pair.find('-');
      if (!same_stem(l, pair.substr(0, dash)) || !same_stem(r, pair.substr(dash + 1))) continue;
      if (!best || entry.second > best->second || (entry.second == best->second && entry.first < best->first))
        best = &entry;
    }
    if (!best) return std::nullopt;
    return Evidence{"the document prints \"" + best->first + "\" " + std::to_string(best->second) +
                        " time(s), the same words in another form: \"" + left + "-" + right + "\", a compound",
                    kInflectedConfidence};
  }

  // Two forms of one word: a stem of kMinStem letters or more, and endings
  // of at most kMostEnding letters past it.
  static bool same_stem(std::string_view a, std::string_view b) {
    std::size_t i = 0, k = 0, shared = 0;
    while (i < a.size() && k < b.size()) {
      const std::size_t ai = i, bk = k;
      if (next_code_point(a, i) != next_code_point(b, k)) {
        i = ai;
        k = bk;
        break;
      }
      ++shared;
    }
    return shared >= kMinStem && code_point_count(a.substr(i)) <= kMostEnding &&
           code_point_count(b.substr(k)) <= kMostEnding;
  }

  bool is_word(const std::string& w) const {
    return (dictionary_ && dictionary_->accepts(w)) || count_of(whole(), to_lower(w)) > 0;
  }

  const std::unordered_map<std::string, int>& whole() const {
    if (!whole_) whole_ = count_whole_words(doc_);
    return *whole_;
  }

  // The words of the lines (lowercased) that stand where a printed line may
  // have ended: no witness of how the document prints them.
  const std::unordered_map<std::string, int>& at_places() const {
    if (at_places_) return *at_places_;
    at_places_.emplace();
    for (const LineRef r : lines_) {
      const std::string_view text = at(doc_, r).text;
      std::size_t last = std::string::npos;
      for_each_place(
          text, tokens_of(text), wrap_, [](std::string_view) { return true; },
          [&](std::string_view left, std::string_view right, std::size_t begin, std::size_t, double) {
            if (begin == last) return;
            last = begin;
            ++(*at_places_)[to_lower(std::string(left) + std::string(right))];
          });
    }
    return *at_places_;
  }

  // How often the document prints `left` and `right` as words one space
  // or line break apart, case aside (counted once for each pair).
  int count_spaced(const std::string& left, const std::string& right) const {
    const std::string key = to_lower(left + " " + right);
    if (const auto it = spaced_counts_.find(key); it != spaced_counts_.end()) return it->second;
    return spaced_counts_[key] = count_spaced_in_text(left, right);
  }

  int count_spaced_in_text(const std::string& left, const std::string& right) const {
    if (!lowered_) {
      lowered_.emplace();
      for (const Page& page : doc_.pages)
        for (const Line& line : page.lines) lowered_->append(to_lower(line.text)).push_back('\n');
    }
    const std::string_view text = *lowered_;
    const std::string l = to_lower(left), r = to_lower(right);
    const auto word_char = [](char32_t c) { return is_letter(c) || (c >= '0' && c <= '9') || c == '-'; };
    int n = 0;
    for (std::size_t at = text.find(l); at != std::string_view::npos; at = text.find(l, at + 1)) {
      const std::size_t gap = at + l.size();
      if (at > 0) {
        std::size_t i = previous_code_point_start(text, at);
        if (word_char(next_code_point(text, i))) continue;
      }
      if (gap >= text.size() || (text[gap] != ' ' && text[gap] != '\n') || text.substr(gap + 1, r.size()) != r) continue;
      std::size_t end = gap + 1 + r.size();
      if (end < text.size() && word_char(next_code_point(text, end))) continue;
      ++n;
    }
    return n;
  }

  // The pairs of words one space apart (lowercased, "secretary general")
  // that stand where a printed line may have ended at a hyphen set apart,
  // in a line that holds a join for certain (too wide for one printed
  // line), where the rule may act.
  const std::unordered_map<std::string, int>& at_spaced_places() const {
    if (at_spaced_places_) return *at_spaced_places_;
    at_spaced_places_.emplace();
    for (const LineRef r : lines_) {
      const std::string_view text = at(doc_, r).text;
      if (static_cast<double>(code_point_count(trim(text))) <= kFullLineMax * wrap_) continue;
      for_each_spaced_place(text, tokens_of(text), wrap_,
                            [&](std::string_view left, std::string_view right, std::size_t, std::size_t, double) {
                              ++(*at_spaced_places_)[to_lower(std::string(left) + " " + std::string(right))];
                            });
    }
    return *at_spaced_places_;
  }

  const Document& doc_;
  const std::vector<LineRef>& lines_;
  double wrap_;
  Compounds compounds_;
  const Dictionary* dictionary_;
  // Read when first needed (mutable: a cache).
  mutable std::optional<std::unordered_map<std::string, int>> whole_, at_places_, at_spaced_places_;
  mutable std::optional<std::string> lowered_;
  mutable std::unordered_map<std::string, int> spaced_counts_;
};

// The places in `text` where a printed line may have ended at a hyphen
// that the dump dropped and the evidence at each: of a word's splits, those
// of the strongest evidence ("co|hosted", printed so elsewhere, over
// "cohost|ed", two words of the dictionary).
std::vector<Restore> places(std::string_view text, std::size_t wrap_width, const Restorer& restorer) {
  const double wrap = static_cast<double>(wrap_width);
  static const Regex kParagraphEnd("\\p{P}[0-9]{0,3}\\s*$");
  const double width = static_cast<double>(code_point_count(trim(text)));
  Where where;
  where.joined_line = width > kJoinedLine * wrap;
  where.ends_paragraph = kParagraphEnd.search(text).has_value();
  std::vector<Restore> out;
  const std::vector<Token> tokens = tokens_of(text);
  for_each_place(
      text, tokens, wrap, [&](std::string_view word) { return restorer.worth_weighing(word); },
      [&](std::string_view left, std::string_view right, std::size_t begin, std::size_t cut, double printed) {
    const std::size_t end = begin + left.size() + right.size();
    where.rest = text.substr(end);
    where.first_of_two =
        where.joined_line && printed <= kFullLineMax * wrap && width - printed + 1 <= kFullLineMax * wrap;
    auto e = restorer.evidence(std::string(left), std::string(right), where);
    if (!e) return;
    const auto rank = [](const Evidence& v) { return v.confidence; };
    if (!out.empty() && out.back().word_begin == begin) {
      if (rank(*e) < rank(out.back().evidence)) return;
      if (rank(*e) > rank(out.back().evidence))
        std::erase_if(out, [&](const Restore& r) { return r.word_begin == begin; });
    }
    out.push_back({begin + cut, begin, end, std::move(*e), false, printed - 1});
  });
  // Two words spaced are a phrase as often as a compound: the place must be
  // where a printed line ended for certain, the first full printed line
  // after the last join before it (or the line's start), with the rest of
  // the dumped line too wide for one printed line.
  for_each_spaced_place(text, tokens, wrap,
                        [&](std::string_view left, std::string_view right, std::size_t begin, std::size_t space, double printed) {
    double start = 0;
    for (const Restore& r : out)
      if (r.join < printed) start = std::max(start, r.join);
    const bool certain = printed - start >= kFullLineMin * wrap && printed - start <= kFullLineMax * wrap &&
                         width - start > kFullLineMax * wrap;
    // English ordinal words spaced ("eighty fourth") are no English: they
    // need only a place where a join may be, as a word's halves do.
    if ((!certain && !where.joined_line && !where.ends_paragraph) || !restorer.spaced_worth_weighing(left, right))
      return;
    auto e = certain ? restorer.spaced_evidence(std::string(left), std::string(right))
                     : restorer.spaced_ordinal(std::string(left), std::string(right));
    if (e) out.push_back({space, begin, space + 1 + right.size(), std::move(*e), true, printed - 1});
  });
  std::stable_sort(out.begin(), out.end(), [](const Restore& a, const Restore& b) { return a.at < b.at; });
  return out;
}

// Whether the places found in one line can all be joins: one a word, each
// at least a short printed line from the next.
bool one_join_each(std::string_view text, const std::vector<Restore>& found, double wrap) {
  for (std::size_t k = 1; k < found.size(); ++k)
    if (found[k].word_begin == found[k - 1].word_begin ||
        static_cast<double>(code_point_count(text.substr(found[k - 1].at, found[k].at - found[k - 1].at))) <
            kFullLineMin * wrap)
      return false;
  return true;
}

// The words of `found`, quoted, each once.
std::string words_of(std::string_view text, const std::vector<Restore>& found) {
  std::string words;
  for (std::size_t k = 0; k < found.size(); ++k)
    if (k == 0 || found[k].word_begin != found[k - 1].word_begin)
      words += (words.empty() ? "\"" : ", \"") +
               std::string(text.substr(found[k].word_begin, found[k].word_end - found[k].word_begin)) + "\"";
  return words;
}

// Puts the hyphen back at `r` in the line `ref`, as an edit with its evidence.
void restore(Document& doc, LineRef ref, const Restore& r) {
  Line& line = at(doc, ref);
  const std::string before = line.text.substr(r.word_begin, r.word_end - r.word_begin);
  const std::size_t cut = r.at - r.word_begin;
  if (r.spaced) {
    const std::string after = before.substr(0, cut) + "-" + before.substr(cut + 1);
    line.replace(r.at, 1, "-");
    record_line_edit(doc, kPass, "restore_line_end_hyphen", ref, r.word_begin, before, after,
                     "a text dump joined a line that ended in a hyphen set apart from its word and dropped the hyphen, "
                     "keeping the space; " + r.evidence.why,
                     r.evidence.confidence);
    return;
  }
  const std::string hyphen = r.evidence.space ? "- " : "-";
  const std::string after = before.substr(0, cut) + hyphen + before.substr(cut);
  line.replace(r.at, 0, hyphen);
  record_line_edit(doc, kPass, "restore_line_end_hyphen", ref, r.word_begin, before, after,
                   "a text dump joined a word broken at a line's hyphen and dropped the hyphen; " + r.evidence.why,
                   r.evidence.confidence);
}

// A dump that joined its line-end hyphens, as plain pdftotext does: text
// (not Markdown, whose lines are the writer's) with no geometry, at most
// kKeptLineEndHyphens of its body lines ending in a hyphen after a letter
// (plain pdftotext keeps one where a column or page ends: 1 line of the
// 123 plain dumps of ../shared/unakn), and no line laid out as printed,
// set in or with a run of spaces inside (pdftotext -layout, which keeps its
// hyphens, sets its masthead and margins so: 145 of the 167 -layout dumps
// of ../shared/unakn and ../shared/corpus, none of the 123 plain ones).
constexpr std::size_t kKeptLineEndHyphens = 1;

bool laid_out(std::string_view text) {
  static constexpr std::string_view kRun = "   ";
  const std::size_t first = text.find_first_not_of(' ');
  return first != std::string_view::npos && (first >= kRun.size() || text.find(kRun, first) < trim_right(text).size());
}

bool dehyphenated_dump(const Document& doc, const std::vector<LineRef>& lines) {
  if (doc.source.kind != "text") return false;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines)
      if (line.box || laid_out(line.text)) return false;
  std::size_t hyphens = 0;
  for (const LineRef r : lines) {
    const std::string_view t = trim_right(at(doc, r).text);
    if (t.size() < 2 || t.back() != '-') continue;
    // A hyphen after a letter (ASCII, or a byte of a letter beyond it).
    const auto before = static_cast<unsigned char>(t[t.size() - 2]);
    if (std::isalpha(before) != 0 || before >= 0x80) ++hyphens;
  }
  return hyphens <= kKeptLineEndHyphens;
}

// The width the dump's printed lines were wrapped at, in characters, read
// from its lines of prose (at least kProseSpaces spaces between words: a
// table's rows, "Afghanistan 0.006", would make a scale of assessments read
// as wrapped at a dozen characters); the lines over 1.25 times the median
// (kJoinedLine) are left out, since they hold two printed lines (a text
// with many joins would otherwise read as wrapped at their width).
constexpr std::size_t kProseSpaces = 4;

std::size_t printed_width(const Document& doc, const std::vector<LineRef>& lines) {
  std::vector<std::size_t> lengths;
  for (const LineRef r : lines) {
    const std::string_view text = trim(at(doc, r).text);
    if (static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) >= kProseSpaces)
      lengths.push_back(code_point_count(text));
  }
  if (lengths.empty()) return 0;
  std::vector<std::size_t> sorted = lengths;
  std::sort(sorted.begin(), sorted.end());
  const auto median = static_cast<double>(sorted[sorted.size() / 2]);
  std::erase_if(lengths, [&](std::size_t n) { return static_cast<double>(n) > kJoinedLine * median; });
  return wrap_width_of(lengths);
}

}  // namespace

void restore_dropped_hyphens(Document& doc, const std::vector<LineRef>& lines, const PassContext& ctx) {
  constexpr std::size_t kMinLines = 4;
  if (lines.size() < kMinLines || !dehyphenated_dump(doc, lines) || !hyphenated_script(doc, lines)) return;
  const std::size_t wrap_width = printed_width(doc, lines);
  if (wrap_width == 0) return;
  const double wrap = static_cast<double>(wrap_width);
  std::optional<Restorer> restorer;
  for (const LineRef ref : lines) {
    Line& line = at(doc, ref);
    if (line.box || line.in_table || static_cast<double>(code_point_count(trim(line.text))) < kFullLineMin * wrap)
      continue;
    if (!restorer) restorer.emplace(doc, ctx, lines, wrap);
    const std::vector<Restore> found = places(line.text, wrap_width, *restorer);
    if (found.empty()) continue;
    if (!one_join_each(line.text, found, wrap)) {
      doc.log.warn(std::string(kPass), doc.position_of(ref.page, ref.line),
                   "a dropped line-end hyphen may be in more than one place (" + words_of(line.text, found) +
                       "): the text is kept as the dump gives it");
      continue;
    }
    // From the last: each insertion leaves the offsets before it as they were.
    for (auto r = found.rbegin(); r != found.rend(); ++r) restore(doc, ref, *r);
  }
}

}  // namespace akn::detail
