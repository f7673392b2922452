// correct_ocr_words: OCR-aware correction from word confidences.
//
// Only words Tesseract itself doubted (confidence below
// CleanupOptions::ocr_correct_below) are candidates, and only when neither
// the dictionary nor the document's confident words know them. A candidate
// is corrected only when a misreading of glyph shapes explains it and
// exactly one reading is found:
// 0. A part number alone on its line whose I strokes were read as l, i, 1
//    or | ("lI" -> "II"), of the height of text (not a speck); a Security
//    Council symbol's S read as § ("§/25309").
// 1. Figures: in a run mostly made of digits, letters that look like digits
//    are digits ("l97l" -> "1971", "A/45/l89" -> "A/45/189").
// 2. One confusion of the table kOcrConfusions (core/ocr_confusions.hpp) (1/l/I, 0/O, rn/m, cl/d, li/h,
//    vv/w, ii/ll, 5/S, c/e, ...) that gives a known word ("Genera1" ->
//    "General", "Aprii" -> "April", "Assernbly" -> "Assembly",
//    "luformation" -> "Information"). Confusions of a stroke or a gap
//    (strong: 1/l, rn/m, cl/d) need a known word; confusions of round
//    letters and vowels (weak: c/e, a/o, u/n), which make real words too
//    easily, need the word printed confidently in the document.
// A lowercase word the dictionary knows capitalised is a name read in the
// wrong case ("ali" is the printed "Ali", not "all"). A capitalised word is
// probably a name, and a name the document prints
// is still no evidence ("Jabbar" is not a misreading of "Jabber", nor
// "Salam" of "Salem"): it takes a strong confusion and a reading the
// document prints confidently (twice, or once when the dictionary knows it)
// or the dictionary knows as a common word ("General"). Without a dictionary of the document's language, only
// strong confusions to words the document prints confidently twice.
// 3. On a right-to-left line, the Arabic comma that Tesseract's Arabic
//    model reads as a closing guillemet (see restore_arabic_commas), in
//    any word, whatever its confidence.
// 4. In an Arabic document, a point's letter label that Tesseract read as
//    figures ("(1)" for "(أ)"), when the other labels of its list say
//    which letter it is (see read_arabic_point_labels).
// 3b. On OCR pages, whatever the confidence: a word mixing Latin and
//    Cyrillic letters, or a one-letter word of the other script ("с)" for
//    a Spanish "c)"), written in its script (see cleanup/mixed_scripts.cpp).
// 5. On OCR pages, old OCR text layers and OCR-read pictures, whatever the
//    confidence: a hyphenated UN term with one part misread
//    ("Secretar: -General"), see mend_hyphenated_terms.
// 5b. On the same pages, whatever the confidence: a document symbol's
//    series letter read as a figure ("A/37/118-5/14910" for the printed
//    "S/14910"), read as the letter when the document prints the symbol
//    with it elsewhere (see mend_symbol_series); kept with a warning when
//    it does not but the token follows a symbol and a hyphen.
// 5c. On OCR pages, whatever the confidence: look-alikes the context
//    decides ("paragraph | (a)", "annex |", "4. | Expresses",
//    "§/PRST/1996/17", "Ll April 2025"), see cleanup/ocr_lookalikes.cpp.
// 6. Real words OCR made of others ("lawful tights" for the printed "lawful
//    rights"): see weigh_real_words below. A dictionary word is changed
//    only when its box read alone gives the other word and the document
//    prints that word; on weaker evidence it is kept, with a warning.
// Nothing else is guessed: a word one edit from another is not thereby
// misread ("droits", "Goverment" are left as read), and half a word
// hyphenated across lines is no word ("cult\u00e9s" of "diffi-cult\u00e9s" is not
// read as "cuit\u00e9s").
// Words kept as read that are unknown are listed, a warning a page: those
// Tesseract doubted, and those it read confidently ("Israél" at 95 in a
// French document) but for words all in capitals (initialisms, numerals).
// Unknown to the dictionary of the document's language (the one that only
// measures it, Arabic, included) and to the document; without such a
// dictionary no word is judged, and a warning says so.
// "Known" means accepted by the dictionary of the document's language
// (detect_language, then DictionarySet::for_language; a French page is not
// "corrected" into English, and a page in a language with no dictionary
// has none), or printed confidently at least twice in the document. Every correction is an edit with the word's confidence and box;
// high-confidence words are never touched, whatever the dictionary says.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

#include "cleanup/cleanup.hpp"
#include "cleanup/dictionary.hpp"
#include "cleanup/mixed_scripts.hpp"
#include "cleanup/ocr_lookalikes.hpp"
#include "cleanup/pass_util.hpp"
#include "core/digits.hpp"
#include "core/known_words.hpp"
#include "core/language.hpp"
#include "core/ocr_confusions.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"
#include "core/un_patterns.hpp"
#include "core/un_vocabulary.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "correct_ocr_words";
// A word read with at least this confidence counts as the document's own.
constexpr double kConfident = 90;
// A strong confusion may give a dictionary word only in words this long.
constexpr std::size_t kMinDictionaryLetters = 4;
// Times the document prints a reading confidently for a weak confusion to
// be believed: in short words, and in longer ones.
constexpr int kPrintedShort = 3;
constexpr int kPrintedLong = 1;
// Times the document must print a word for it to count as known.
constexpr int kKnownPrinted = 2;
// A part number alone on its line is at least this share of the height of
// the document's typical confident word (a speck read as "i" is not one).
constexpr double kLabelMinHeight = 0.5;
// Doubted words kept as read that no dictionary or document knows are
// warned, once per page: words of at least this many letters (a lone "0"
// or "rn" is a speck as often as a word), at most this many named.
constexpr std::size_t kWarnMinLetters = 3;
constexpr std::size_t kWarnNamed = 8;

bool ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The word without the punctuation around it: [first, last) in the token.
std::pair<std::size_t, std::size_t> core_of(std::string_view token) {
  std::size_t a = 0, b = token.size();
  while (a < b && !ascii_alnum(token[a]) && static_cast<unsigned char>(token[a]) < 0x80) ++a;
  while (b > a && !ascii_alnum(token[b - 1]) && static_cast<unsigned char>(token[b - 1]) < 0x80) --b;
  return {a, b};
}

// Letters OCR reads for digits in a run of figures.
char digit_for(char c) {
  switch (c) {
    case 'l': case 'I': case 'i': case '|': case '!': return '1';
    case 'O': case 'o': case 'D': case 'Q': return '0';
    case 'S': return '5';  // not 's': "1990s"
    case 'B': return '8';
    case 'Z': return '2';
    case 'G': return '6';
    default: return 0;
  }
}

// Rule 1: runs of letters and digits with at least as many digits as letters, inside
// a token that is otherwise figures and separators, read as digits.
std::optional<std::string> as_figures(std::string_view w) {
  std::string out(w);
  bool changed = false;
  std::size_t i = 0;
  while (i < out.size()) {
    if (!ascii_alnum(out[i]) && out[i] != '|' && out[i] != '!') {
      ++i;
      continue;
    }
    std::size_t j = i;
    int digits = 0, letters = 0;
    while (j < out.size() && (ascii_alnum(out[j]) || out[j] == '|' || out[j] == '!')) {
      if (is_ascii_digit(out[j])) ++digits;
      else ++letters;
      ++j;
    }
    if (digits >= 2 && digits >= letters) {
      for (std::size_t k = i; k < j; ++k)
        if (!is_ascii_digit(out[k])) {
          if (const char d = digit_for(out[k])) {
            out[k] = d;
            changed = true;
          } else {
            return std::nullopt;  // a letter that is no digit: not a figure ("25th")
          }
        }
    }
    i = j;
  }
  return changed ? std::optional<std::string>(out) : std::nullopt;
}

// Rule 0: a part label alone on its line ("II", "III", "IV"), where OCR
// reads the strokes of I as l, i, 1 or |: "lI" -> "II", "Ii" -> "III"
// is not guessed (a stroke lost is not a confusion).
std::optional<std::string> as_roman_label(std::string_view w) {
  if (w.empty() || w.size() > 6) return std::nullopt;
  std::string out;
  bool changed = false;
  for (char c : w) {
    if (c == 'I' || c == 'V' || c == 'X') {
      out += c;
    } else if (c == 'l' || c == 'i' || c == '1' || c == '|') {
      out += 'I';
      changed = true;
    } else {
      return std::nullopt;
    }
  }
  static const std::set<std::string, std::less<>> kNumerals = {
      "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
      "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX"};
  if (!changed || !kNumerals.count(out)) return std::nullopt;
  return out;
}

// What the document says about words: how often it prints each
// confidently, and whether the dictionary speaks its language.
class Vocabulary {
 public:
  Vocabulary(const Document& doc, const std::string& language, const DictionarySet& dictionaries)
      : dictionary_(dictionaries.for_language(language)), judging_(dictionaries.for_measuring(language)) {
    std::vector<double> heights;
    for (const Page& page : doc.pages)
      for (const Line& line : page.lines)
        for (const Word& w : line.words) {
          if (w.confidence >= 0 && w.confidence < kConfident) continue;
          const std::string_view token = std::string_view(line.text).substr(w.begin, w.end - w.begin);
          const auto [a, b] = core_of(token);
          if (b > a) ++confident_[std::string(token.substr(a, b - a))];
          if (w.box) heights.push_back(w.box->height());
        }
    collect_pairs(doc);
    if (!heights.empty()) {
      std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
      typical_height_ = heights[heights.size() / 2];
    }
  }
  // Whether the document prints `left` and `right` side by side on a line,
  // both read confidently ("lawful rights").
  [[nodiscard]] bool printed_pair(std::string_view left, std::string_view right) const {
    return pairs_.count(std::string(left) + '\n' + std::string(right)) > 0;
  }
  // Whether the dictionary of the document's language accepts `w`.
  [[nodiscard]] bool in_dictionary(std::string_view w) const { return dictionary_ && dictionary_->accepts(w); }
  // The median height of the confident words' boxes; 0 when none has one.
  [[nodiscard]] double typical_height() const { return typical_height_; }
  // Times the document prints `w` with confidence.
  [[nodiscard]] int printed(std::string_view w) const {
    auto it = confident_.find(w);
    return it == confident_.end() ? 0 : it->second;
  }
  // The dictionary accepts it (in the dictionary's language), or the
  // document prints it confidently kKnownPrinted times.
  [[nodiscard]] bool known(const std::string& w) const {
    return printed(w) >= kKnownPrinted || (dictionary_ && dictionary_->accepts(w));
  }
  // A capitalised word that the dictionary knows in lowercase too: a common
  // word set with a capital ("General", "Secretary-General", a sentence's
  // first word in any cased script: "Генеральная"), not a name ("Hamah";
  // "Al-Hamah" lowercase only in part).
  [[nodiscard]] bool common_word(const std::string& w) const {
    if (!dictionary_ || w.empty() || !is_valid_utf8(w)) return false;
    std::size_t i = 0;
    return is_upper_letter(next_code_point(w, i)) && dictionary_->accepts(to_lower(w));
  }
  // A lowercase word the dictionary knows capitalised: a name read in the
  // wrong case ("ali" for the printed "Ali"), so a word after all.
  [[nodiscard]] bool name_in_lowercase(const std::string& w) const {
    if (!dictionary_ || w.empty() || w[0] < 'a' || w[0] > 'z') return false;
    std::string capital = w;
    capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
    return dictionary_->accepts(capital);
  }
  // Whether the dictionary speaks the document's language: only then can a
  // doubted word be told to be no word.
  [[nodiscard]] bool has_dictionary() const { return dictionary_ != nullptr; }
  // The dictionary's test (empty without one) and the document's (a word
  // printed confidently kKnownPrinted times), for
  // unknown_to_dictionary_and_document.
  [[nodiscard]] WordTest dictionary_test() const {
    if (!dictionary_) return {};
    return [d = dictionary_](std::string_view w) { return d->accepts(w); };
  }
  // The test of the dictionary that judges the document's words without
  // correcting them: the correcting one, or one that only measures its
  // language (Arabic); empty without one. Never another language's.
  [[nodiscard]] WordTest judging_test() const {
    if (!judging_) return {};
    return [d = judging_](std::string_view w) { return d->accepts(w); };
  }
  [[nodiscard]] WordTest document_test() const {
    return [this](std::string_view w) { return printed(w) >= kKnownPrinted; };
  }
  [[nodiscard]] bool dictionary_accepts(const std::string& w) const { return dictionary_ && dictionary_->accepts(w); }
  // The compounds joined by hyphens ("Commander-in-Chief") that the
  // document prints confidently kKnownPrinted times.
  [[nodiscard]] std::vector<std::string> hyphenated_words() const {
    std::vector<std::string> out;
    for (const auto& [word, times] : confident_)
      if (times >= kKnownPrinted && word.find('-') != std::string::npos && word.front() != '-' && word.back() != '-')
        out.push_back(word);
    return out;
  }

 private:
  void collect_pairs(const Document& doc) {
    for (const Page& page : doc.pages)
      for (const Line& line : page.lines)
        for (std::size_t k = 1; k < line.words.size(); ++k) {
          const Word &x = line.words[k - 1], &y = line.words[k];
          if (x.confidence < kConfident || y.confidence < kConfident) continue;
          const std::string_view tx = std::string_view(line.text).substr(x.begin, x.end - x.begin);
          const std::string_view ty = std::string_view(line.text).substr(y.begin, y.end - y.begin);
          const auto [a, b] = core_of(tx);
          const auto [c, d] = core_of(ty);
          // A pair across punctuation ("rights, of") is no phrase.
          if (b < tx.size() || c > 0 || b <= a || d <= c) continue;
          pairs_.insert(std::string(tx.substr(a, b - a)) + '\n' + std::string(ty.substr(c, d - c)));
        }
  }
  std::set<std::string, std::less<>> pairs_;
  std::map<std::string, int, std::less<>> confident_;
  const Dictionary* dictionary_;  // null when it does not speak the document's language
  const Dictionary* judging_;     // judging_test's; null when no dictionary speaks it
  double typical_height_ = 0;
};

// Every reading of `word` with one confusion of kOcrConfusions undone.
// (Two confusions were tried and dropped: "constuction" became the known
// word "constriction", where one insertion gives "construction".)
using Undone = UndoneConfusion;
void undo_confusion(const std::string& word, std::map<std::string, Undone>& out) { undo_one_confusion(word, out); }

// A corrected reading and how it was found (for the edit's reason).
struct Reading {
  std::string word, how;
};

// Rule 2: the one reading of `core` that one confusion explains and the
// evidence supports; nullopt when none or several.
// - A strong confusion in a word of kMinDictionaryLetters or more may give a
//   known word. For a capitalised word, which may be a name, the reading
//   must be a common word ("General"), or be printed confidently: twice, or
//   once and known to the dictionary. A name the dictionary knows but the
//   document does not print is no evidence ("Al-Hainah" is not thereby a
//   misreading of the town "Al-Hamah").
// - Otherwise the document must print the reading confidently, the word
//   must not be capitalised, and the dictionary must speak the document's
//   language (without it, the doubted word may be a word: French "soient",
//   "cas").
std::optional<Reading> confusion_reading(const std::string& core, const Vocabulary& vocab) {
  if (core.size() < 3) return std::nullopt;
  const bool name_like = starts_uppercase(core);
  std::map<std::string, Undone> readings;
  undo_confusion(core, readings);
  std::optional<Reading> found;
  for (const auto& [candidate, undone] : readings) {
    if (candidate.empty() || std::any_of(candidate.begin(), candidate.end(), is_ascii_digit)) continue;
    const bool evidence = name_like ? vocab.printed(candidate) >= kKnownPrinted || vocab.common_word(candidate) ||
                                          (vocab.printed(candidate) >= 1 && vocab.known(candidate))
                                    : vocab.known(candidate);
    const bool strong = undone.strong && core.size() >= kMinDictionaryLetters && evidence;
    const bool printed = !name_like && vocab.has_dictionary() &&
                         vocab.printed(candidate) >= (core.size() < kMinDictionaryLetters ? kPrintedShort : kPrintedLong);
    if (!strong && !printed) continue;
    if (found) return std::nullopt;  // two readings: no evidence for either
    found = Reading{candidate, "one OCR confusion away (" + undone.rule + ")"};
  }
  return found;
}

// The reading of a doubted word's core, by rules 0 to 2; nullopt to leave it.
std::optional<Reading> read_again(const std::string& core, const Word& word, bool alone_on_line,
                                  const Vocabulary& vocab) {
  if (core.starts_with("\u00A7/") && core.size() > 3 && is_ascii_digit(core[3]))
    return Reading{"S/" + core.substr(3), "a document symbol whose S was read as \u00A7"};
  const bool label_sized =
      !word.box || vocab.typical_height() <= 0 || word.box->height() >= kLabelMinHeight * vocab.typical_height();
  if (auto label = alone_on_line && label_sized ? as_roman_label(core) : std::nullopt)
    return Reading{*label, "a part number alone on its line, with I read as l, i, 1 or |"};
  if (auto figures = as_figures(core)) return Reading{*figures, "letters that look like digits in a run of figures"};
  const bool has_digit = std::any_of(core.begin(), core.end(), is_ascii_digit);
  if (!has_digit && (vocab.known(core) || vocab.name_in_lowercase(core))) return std::nullopt;
  return confusion_reading(core, vocab);
}

// Whether word k of line l is half of a word hyphenated across lines: the
// last word, ending in a hyphen, or the first word after a line that ends
// in one ("diffi-" / "cult\u00e9s"). A half is no word: it is not compared
// with the dictionary (rejoin_hyphenated_lines joins it later).
bool hyphen_fragment(const Page& page, std::size_t l, std::size_t k, std::string_view token) {
  const Line& line = page.lines[l];
  if (k + 1 == line.words.size() && token.ends_with('-')) return true;
  if (k > 0 || l == 0) return false;
  const std::string_view before = trim_right(page.lines[l - 1].text);
  return before.ends_with('-') && !before.ends_with(" -");
}

// A doubted word kept as read that is no known word: the reader should
// look at it in the page image ("Perman 0 rver" for "Permanent Observer").
struct Doubted {
  std::size_t line = 0, column = 0;  // where it is read, for the order of the list
  std::string word;
  double confidence = 0;
};

// Letters of every script count ("Организацин", an Arabic word), and the
// dictionary is the document's language's (judging_test): a word is never
// judged by another language's dictionary.
bool unknown_word(const std::string& core, const Vocabulary& vocab) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < core.size() && letters < kWarnMinLetters;) letters += is_letter(next_code_point(core, i)) ? 1U : 0U;
  if (letters < kWarnMinLetters) return false;
  return unknown_to_dictionary_and_document(core, vocab.judging_test(), vocab.document_test());
}

// A word read confidently is not listed when all its letters are capitals:
// such a word is an initialism, a roman numeral or a symbol's part
// ("UNESCO", "XXVI"), which no dictionary holds. (Letters with no case,
// Arabic, are listed.)
bool all_capitals(std::string_view core) {
  for (std::size_t i = 0; i < core.size();) {
    const char32_t cp = next_code_point(core, i);
    if (is_letter(cp) && !is_upper_letter(cp)) return false;
  }
  return true;
}

// The signs OCR reads for a small raised note mark at a word's end
// ("Women®" for "Women⁶", "Child,’" for "Child,⁷"), besides the ASCII ones
// ("!", "?", "'", "*", "^") that core_of strips already.
constexpr std::string_view kRaisedMarkSigns[] = {"\u00AE", "\u00B0", "\u2122", "\u00A9", "\u2019", "\u201D", "\u2018"};

// The word before the signs OCR reads for a raised note mark at its end,
// and the punctuation among them ("Women" of "Women®", "Child" of
// "Child,’"); empty when no such sign ends it.
std::string_view before_raised_mark_signs(std::string_view core) {
  static constexpr std::string_view kAsciiSigns = "!?'*^\"";
  static constexpr std::string_view kPunctuation = ",;:.";
  std::size_t b = core.size();
  bool sign = false;
  for (bool more = true; more && b > 0;) {
    more = false;
    if (kAsciiSigns.find(core[b - 1]) != std::string_view::npos || kPunctuation.find(core[b - 1]) != std::string_view::npos) {
      sign = sign || kAsciiSigns.find(core[b - 1]) != std::string_view::npos;
      --b;
      more = true;
      continue;
    }
    for (const std::string_view s : kRaisedMarkSigns)
      if (core.substr(0, b).ends_with(s)) {
        b -= s.size();
        sign = more = true;
        break;
      }
  }
  return sign ? core.substr(0, b) : std::string_view{};
}

// Whether a doubted word is unknown only for the signs OCR reads for a
// raised note mark at its end: the word before them is known, or a number
// ("2021!"). Such a word is no doubted word to list: its sign is a note
// mark's, which collect_footnotes weighs after this pass (it takes the sign
// for its note's reference with an edit, or warns that it kept it as read).
bool unknown_for_mark_sign(std::string_view core, const Vocabulary& vocab) {
  const std::string_view word = before_raised_mark_signs(core);
  if (word.empty()) return false;
  if (std::all_of(word.begin(), word.end(), is_ascii_digit)) return true;
  return !unknown_word(std::string(word), vocab);
}

// One warning for the page's unknown words kept as read: those OCR doubted,
// or (`confident`) those it read confidently.
void warn_doubted(Document& doc, std::size_t p, std::vector<Doubted> doubted, bool confident = false) {
  if (doubted.empty()) return;
  std::sort(doubted.begin(), doubted.end(),
            [](const Doubted& x, const Doubted& y) { return std::tie(x.line, x.column) < std::tie(y.line, y.column); });
  std::string list;
  for (std::size_t i = 0; i < doubted.size() && i < kWarnNamed; ++i)
    list += (i ? ", " : "") + detail::quoted(doubted[i].word) + " (" + format_fixed(doubted[i].confidence, 0) + ")";
  if (doubted.size() > kWarnNamed) list += " and " + std::to_string(doubted.size() - kWarnNamed) + " more";
  const std::string how = confident ? " OCR read confidently but" : " OCR doubted,";
  doc.log.warn(std::string(kPass), doc.position_of(p, 0),
               std::to_string(doubted.size()) + " word" + (doubted.size() == 1 ? "" : "s") + how +
                   " known to neither the dictionary nor the document, kept as read (OCR confidence): " + list +
                   "; compare them with the page image");
}

// Said once when no dictionary speaks the language of a document OCR read:
// its words are judged by none (never by another language's), so no word
// is listed as unknown.
void warn_no_dictionary(Document& doc, const std::string& language) {
  doc.log.warn(std::string(kPass), doc.position_of(0, 0),
               "no dictionary of the document's language (" + (language.empty() ? std::string("not found") : language) +
                   ") is at hand: its OCR words were judged by no dictionary, and none is listed as unknown");
}

// Rule 5. A word the dictionary accepts may still be a misreading of
// another that one OCR confusion, either way round, turns it into
// ("tights" of the printed "rights": r read as t). The evidence for the
// other word (the candidate), each stated in the edit or warning:
// - Tesseract doubted the word (confidence under ocr_correct_below);
// - the document prints the candidate confidently (it is its own word);
// - the document prints the candidate confidently beside the same word
//   as here ("lawful rights" in the title, "lawful tights" below);
// - the word's box read again alone (Page::rereadings, ingest/ocr.hpp)
//   gave the candidate, more confidently than the first reading.
// The re-reading and the document's words are independent witnesses:
// a doubted word is changed only when both speak for the one candidate
// (the re-reading, and the document printing the candidate; a confident
// word is never changed, as ocr_correct_below promises). It is kept, with
// a warning naming the word, page and candidate, when only one speaks
// (the re-reading alone; a doubted word whose candidate the document
// prints beside the same word, or prints and a stroke confusion explains;
// even a confident word whose candidate the document prints beside the
// same word of kRealWordLetters letters or more, and more often than the
// word read: "lawful rights" in the title and "lawful tights" read at 96
// where the r's ink is damaged).
// A confident word whose box read again gives itself is never doubted: a
// document that says "tights" keeps it. Words of fewer than
// kRealWordLetters letters are not weighed ("than"/"then" is no evidence
// either way), nor any word without a dictionary of the document's
// language (a French page is not weighed against English words).
constexpr std::size_t kRealWordLetters = 4;

enum class RealWordChoice : std::uint8_t { keep, warn, correct };

struct RealWordEvidence {
  std::string candidate, rule;
  bool strong = false;         // a stroke or gap confusion (rn/m, cl/d), not round letters
  bool doubted = false;        // OCR confidence under ocr_correct_below
  int printed = 0;             // times the document prints the candidate confidently
  bool beside_same = false;    // ... beside the same word as here
  bool beside_same_long = false;  // ... and that word has kRealWordLetters letters or more (not "the")
  bool reread_agrees = false;  // the box read alone gave the candidate, more confidently
};

RealWordChoice choose(const RealWordEvidence& e) {
  const bool document = e.printed > 0 || e.beside_same;
  if (e.doubted && e.reread_agrees && document) return RealWordChoice::correct;
  if (e.reread_agrees || e.beside_same_long || (e.doubted && (e.beside_same || (e.strong && e.printed > 0))))
    return RealWordChoice::warn;
  return RealWordChoice::keep;
}

std::string describe(const RealWordEvidence& e, double confidence) {
  std::string out = "OCR confidence " + format_fixed(confidence, 0);
  if (e.printed > 0) out += "; the document prints " + detail::quoted(e.candidate) + " " + std::to_string(e.printed) + " time" + (e.printed == 1 ? "" : "s");
  if (e.beside_same) out += ", beside the same word as here";
  if (e.reread_agrees) out += "; its box read again alone gives " + detail::quoted(e.candidate);
  return out;
}

// The core of word k of `line` (empty when none).
std::string core_at(const Line& line, std::size_t k) {
  const Word& w = line.words[k];
  const std::string_view token = std::string_view(line.text).substr(w.begin, w.end - w.begin);
  const auto [a, b] = core_of(token);
  return std::string(token.substr(a, b - a));
}

// The second reading of the word whose box is `box`, or null.
const WordRereading* reread_of(const Page& page, const std::optional<Box>& box) {
  if (!box) return nullptr;
  for (const WordRereading& r : page.rereadings)
    if (r.box.x0 == box->x0 && r.box.y0 == box->y0 && r.box.x1 == box->x1 && r.box.y1 == box->y1) return &r;
  return nullptr;
}

// The evidence for each dictionary word one confusion from `core` (word k
// of `line` on `page`) that any evidence speaks for.
std::vector<RealWordEvidence> real_word_candidates(const Page& page, const Line& line, std::size_t k, const std::string& core,
                                                   const Vocabulary& vocab, double below) {
  const Word& w = line.words[k];
  const WordRereading* again = reread_of(page, w.box);
  if (again && again->again == core) return {};  // read again alone, it reads the same
  const std::string before = k > 0 ? core_at(line, k - 1) : std::string();
  const std::string after = k + 1 < line.words.size() ? core_at(line, k + 1) : std::string();
  std::map<std::string, UndoneConfusion> readings;
  undo_one_confusion(core, readings, true);
  std::vector<RealWordEvidence> out;
  for (const auto& [candidate, undone] : readings) {
    if (candidate == core || std::any_of(candidate.begin(), candidate.end(), is_ascii_digit) || !vocab.in_dictionary(candidate)) continue;
    RealWordEvidence e{candidate, undone.rule, undone.strong, w.confidence < below, vocab.printed(candidate), false, false};
    const bool left = !before.empty() && vocab.printed_pair(before, candidate);
    const bool right = !after.empty() && vocab.printed_pair(candidate, after);
    e.beside_same = left || right;
    // For a confident word, the candidate must also be the document's
    // commoner word: of "lawful rights" and "lawful tights" each printed
    // once, neither is doubted more than the other.
    e.beside_same_long = ((left && before.size() >= kRealWordLetters) || (right && after.size() >= kRealWordLetters)) &&
                         vocab.printed(candidate) > vocab.printed(core);
    e.reread_agrees = again && again->again == candidate && again->confidence > w.confidence;
    if (choose(e) != RealWordChoice::keep) out.push_back(std::move(e));
  }
  return out;
}

void weigh_real_words(Document& doc, std::size_t p, const Vocabulary& vocab, double below) {
  if (!vocab.has_dictionary()) return;
  for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l)
    for (std::size_t k = doc.pages[p].lines[l].words.size(); k-- > 0;) {
      Line& line = doc.pages[p].lines[l];
      const Word w = line.words[k];
      if (w.confidence < 0 || w.end <= w.begin || hyphen_fragment(doc.pages[p], l, k, line.text.substr(w.begin, w.end - w.begin))) continue;
      const std::string core = core_at(line, k);
      if (core.size() < kRealWordLetters || !is_valid_utf8(core) || !vocab.in_dictionary(core)) continue;
      const std::vector<RealWordEvidence> found = real_word_candidates(doc.pages[p], line, k, core, vocab, below);
      if (found.empty()) continue;
      const std::size_t at = w.begin + core_of(line.text.substr(w.begin, w.end - w.begin)).first;
      if (found.size() == 1 && choose(found.front()) == RealWordChoice::correct) {
        const RealWordEvidence& e = found.front();
        line.replace(at, core.size(), e.candidate);
        detail::record_line_edit(doc, kPass, "correct_ocr_real_word", {p, l}, at, core, e.candidate,
                                 describe(e, w.confidence) + ": " + detail::quoted(core) + " is a dictionary word, but one OCR confusion (" +
                                     e.rule + ") from " + detail::quoted(e.candidate) + ", which both the second reading and the document give",
                                 0.7, w.box);
        continue;
      }
      for (const RealWordEvidence& e : found)
        doc.log.warn(std::string(kPass), Position{doc.position_of(p, l).page, doc.position_of(p, l).line, static_cast<int>(at) + 1},
                     std::string(kRealWordWarningOpening) + detail::quoted(core) + " on page " + std::to_string(doc.pages[p].number) +
                         " may be " + detail::quoted(e.candidate) + " misread (" + e.rule + "; " + describe(e, w.confidence) +
                         "): kept as read; compare it with the page image");
    }
}

}  // namespace

namespace {
// Tesseract's Arabic model reads the Arabic comma "،" as a closing
// guillemet "»" set against the word before it ("الإنسان» بما" for
// "الإنسان، بما"): on the six-language fixture's Arabic scan it
// read 109 "»" and none of the text's 103 commas, and paragraphs, which
// end in a comma, ran together. A guillemet closes a quotation that "«"
// opened before it. On a right-to-left line of an OCR page, a "»" set
// against an Arabic letter while no quotation is open (the guillemets of
// the document's lines counted in reading order) is the comma. Each is an
// edit.
bool arabic_letter(char32_t cp) { return cp >= 0x0620 && cp <= 0x064A; }

void restore_arabic_commas(Document& doc) {
  static const std::string kClose = "\u00BB", kComma = "\u060C";
  int open = 0;  // quotations opened and not closed so far
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      Line& line = doc.pages[p].lines[l];
      for (std::size_t i = 0; i < line.text.size();) {
        const std::size_t at = i;
        const char32_t cp = next_code_point(line.text, i);
        if (cp == 0x00AB) ++open;
        if (cp != 0x00BB) continue;
        if (open > 0) {
          --open;
          continue;
        }
        if (!doc.pages[p].ocr || !line.right_to_left || at == 0) continue;
        std::size_t before = previous_code_point_start(line.text, at), b = before;
        if (!arabic_letter(next_code_point(line.text, b))) continue;
        line.replace(at, kClose.size(), kComma);
        detail::record_line_edit(doc, kPass, "arabic_comma", {p, l}, at, std::string(line.text.substr(before, at - before)) + kClose,
                                 std::string(line.text.substr(before, at - before)) + kComma,
                                 "on a right-to-left OCR line, \"\u00BB\" set against an Arabic letter with no quotation "
                                 "open (no \"\u00AB\" before it) is the Arabic comma, which Tesseract reads so",
                                 0.9);
      }
    }
}

// Arabic lists label their points with letters in abjad order ("(أ)",
// "(ب)", "(ج)", "(د)", "(ه)", "(و)", ...), never with figures (figures in
// brackets, "(1)", number Arabic notes). Tesseract's Arabic model reads the
// alef of "(أ)" as the figure "1". A list is the lines opening with a
// label in brackets after a line that ends with a colon (the paragraph
// that announces it), up to the next numbered paragraph or colon. In a
// list of an Arabic document's OCR pages that holds both labels read as
// letters and labels read as figures, where every label's place in the
// sequence (a letter's in abjad order, a figure's its value) runs strictly
// upwards through the list, each figure is the letter of its place, with an
// edit. A list that does not run so keeps its figures, with a warning.
// Lines OCR lost leave gaps in a list's places ("(1)", "(ب)", "(و)"): a
// gap does not break the run, a step back does (see settle_arabic_list).
constexpr std::string_view kAbjad[] = {"أ", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن",
                                       "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ"};

struct ArabicLabel {
  detail::LineRef at;
  std::size_t begin = 0, size = 0;  // the label's text inside its brackets
  int place = 0;                    // its place in the sequence, from 1
  bool figure = false;
};

// The place of a label as read: a letter's in abjad order ("ا" and "هـ"
// too), figures' their value (Western or Arabic-Indic); 0 when neither.
int label_place(std::string_view label, bool& figure) {
  figure = false;
  for (std::size_t i = 0; i < std::size(kAbjad); ++i)
    if (label == kAbjad[i]) return static_cast<int>(i) + 1;
  if (label == "\u0627") return 1;
  if (label == "\u0647\u0640") return 5;
  int value = 0;
  for (std::size_t i = 0; i < label.size();) {
    const char32_t cp = next_code_point(label, i);
    if (cp >= '0' && cp <= '9') value = value * 10 + static_cast<int>(cp - '0');
    else if (cp >= 0x0660 && cp <= 0x0669) value = value * 10 + static_cast<int>(cp - 0x0660);
    else return 0;
  }
  figure = value > 0;
  return value <= static_cast<int>(std::size(kAbjad)) ? value : 0;
}

// Reads the figures of one run of labels as its letters, or warns (see
// above).
void settle_arabic_run(Document& doc, const std::vector<ArabicLabel>& list) {
  const bool figures = std::any_of(list.begin(), list.end(), [](const ArabicLabel& a) { return a.figure; });
  const bool letters = std::any_of(list.begin(), list.end(), [](const ArabicLabel& a) { return !a.figure; });
  if (!figures || !letters) return;
  bool upwards = true;
  for (std::size_t i = 1; i < list.size(); ++i) upwards = upwards && list[i].place > list[i - 1].place;
  for (auto it = list.rbegin(); it != list.rend(); ++it) {
    if (!it->figure) continue;
    Line& line = detail::at(doc, it->at);
    const std::string read = line.text.substr(it->begin, it->size);
    if (!upwards) {
      doc.log.warn(std::string(kPass), Position{static_cast<int>(it->at.page) + 1, static_cast<int>(it->at.line), 0},
                   "a point's label read as figures \"(" + read + ")\" in an Arabic list whose other labels are "
                   "letters, out of their sequence: kept as printed");
      continue;
    }
    const std::string letter(kAbjad[static_cast<std::size_t>(it->place - 1)]);
    line.replace(it->begin, it->size, letter);
    detail::record_line_edit(doc, kPass, "arabic_point_label", it->at, it->begin, "(" + read + ")", "(" + letter + ")",
                             "an Arabic list labels its points with letters in abjad order (its other labels read as "
                             "letters, and every label's place runs upwards): \"(" + read + ")\" is its point " +
                                 read + ", \"(" + letter + ")\", misread as figures",
                             0.7);
  }
}

// A list's labels in runs: a label read as a letter whose place is not
// after the label before it starts a run of its own (a letter read is
// believed: a new list, whose announcing line or paragraph number OCR
// lost, or merged into a running head). A figure never starts one.
void settle_arabic_list(Document& doc, const std::vector<ArabicLabel>& list) {
  std::size_t begin = 0;
  for (std::size_t i = 1; i <= list.size(); ++i) {
    if (i < list.size() && (list[i].figure || list[i].place > list[i - 1].place)) continue;
    settle_arabic_run(doc, std::vector<ArabicLabel>(list.begin() + static_cast<std::ptrdiff_t>(begin),
                                                    list.begin() + static_cast<std::ptrdiff_t>(i)));
    begin = i;
  }
}

void read_arabic_point_labels(Document& doc) {
  if (language_of(doc) != "ar") return;
  // A speck OCR read as a mark before the bracket ("ّ (و)") is no text.
  static const Regex kLabel("^(?:\\p{Mn}\\s*)?\\(([0-9\u0660-\u0669]{1,2}|\\p{Arabic}{1,2})\\)\\s*(?=\\p{Arabic})");
  static const Regex kNumbered(std::string("^(?:") + masthead::kParagraphNumberPattern + ")");
  std::vector<ArabicLabel> list;
  bool open = false;  // a line ending with a colon announced a list
  for (const detail::LineRef ref : detail::line_refs(doc)) {
    const Line& line = detail::at(doc, ref);
    if (!doc.pages[ref.page].ocr || line.role != LineRole::body) continue;
    const std::string_view text = line.text;
    if (kNumbered.search(text)) {
      settle_arabic_list(doc, std::exchange(list, {}));
      open = false;
    } else if (const auto m = kLabel.search(text); m && open) {
      ArabicLabel label{ref, m->groups[1].first, m->groups[1].second - m->groups[1].first, 0, false};
      label.place = label_place(m->str(text, 1), label.figure);
      if (label.place > 0) list.push_back(label);
    }
    if (const std::string_view t = trim(text); t.ends_with(":")) {
      settle_arabic_list(doc, std::exchange(list, {}));
      open = true;
    }
  }
  settle_arabic_list(doc, list);
}

// Tesseract's Arabic model drops a figure of a paragraph number standing
// at the right end of a line run into the one above ("10 -" read "0 -",
// "11 -" read "1 -"). The numbered paragraphs of an Arabic document's OCR
// pages run 1, 2, 3, ...: the numbers read in sequence (each greater than
// the one read before it; a gap is a paragraph whose line OCR lost) are
// believed, and a run of numbers that breaks the sequence between two
// believed ones is read as the places between them only when those places
// are exactly as many as the run's numbers and each number read is its
// place with figures dropped (its figures, in order, among the place's),
// with an edit; otherwise the run is kept as read, with a warning. A "1 -"
// followed by "2 -" after the sequence starts a new one (an annex).
struct ArabicNumber {
  detail::LineRef at;
  std::size_t size = 0;  // the figures' bytes at the line's start
  int value = 0;
};

// Whether the figures `read` are those of `place` with some dropped.
bool figures_dropped_from(std::string_view read, int place) {
  const std::string whole = std::to_string(place);
  std::size_t k = 0;
  for (const char c : whole)
    if (k < read.size() && read[k] == c) ++k;
  return k == read.size() && read.size() < whole.size();
}

// Reads the run [from, to) of `numbers`, between believed numbers `before`
// and `after`, as the places between them, or warns (see above).
void settle_number_run(Document& doc, const std::vector<ArabicNumber>& numbers, std::size_t from, std::size_t to, int before,
                       int after) {
  bool fits = after - before - 1 == static_cast<int>(to - from);
  for (std::size_t k = from; fits && k < to; ++k)
    fits = figures_dropped_from(detail::at(doc, numbers[k].at).text.substr(0, numbers[k].size), before + 1 + static_cast<int>(k - from));
  for (std::size_t k = from; k < to; ++k) {
    Line& line = detail::at(doc, numbers[k].at);
    const std::string read = line.text.substr(0, numbers[k].size);
    if (!fits) {
      doc.log.warn(std::string(kPass), Position{static_cast<int>(numbers[k].at.page) + 1, static_cast<int>(numbers[k].at.line), 0},
                   "a paragraph number read \"" + read + "\" breaks the sequence of the numbers around it (" +
                       std::to_string(before) + " before, " + (after > 0 ? std::to_string(after) : std::string("none")) +
                       " after) and cannot be placed in it: kept as read");
      continue;
    }
    const std::string place = std::to_string(before + 1 + static_cast<int>(k - from));
    line.replace(0, numbers[k].size, place);
    detail::record_line_edit(doc, kPass, "arabic_paragraph_number", numbers[k].at, 0, read, place,
                             "the paragraph numbers around it run " + std::to_string(before) + " to " + std::to_string(after) +
                                 " with exactly " + std::to_string(to - from) + " place" + (to - from == 1 ? "" : "s") +
                                 " between them: \"" + read + "\" is paragraph " + place + " with figures dropped by OCR",
                             0.7);
  }
}

void read_arabic_paragraph_numbers(Document& doc) {
  if (language_of(doc) != "ar") return;
  static const Regex kNumbered("^([0-9]{1,3})\\s?[-–](?=\\s+\\p{Arabic})");
  std::vector<ArabicNumber> numbers;
  for (const detail::LineRef ref : detail::line_refs(doc)) {
    const Line& line = detail::at(doc, ref);
    if (!doc.pages[ref.page].ocr || line.role != LineRole::body) continue;
    if (const auto m = kNumbered.search(line.text))
      numbers.push_back({ref, m->groups[1].second, std::stoi(std::string(m->str(line.text, 1)))});
  }
  int believed = 0;
  std::size_t run = 0;  // the first number after the last believed one
  for (std::size_t k = 0; k < numbers.size(); ++k) {
    // "1 -", "2 -" after the sequence: a new one (an annex's paragraphs).
    const bool restart = numbers[k].value == 1 && k + 1 < numbers.size() && numbers[k + 1].value == 2 && believed > 0;
    if (restart) {
      if (k > run) settle_number_run(doc, numbers, run, k, believed, 0);
      believed = 0;
      run = k;
    }
    if (numbers[k].value <= believed) continue;
    if (k > run) settle_number_run(doc, numbers, run, k, believed, numbers[k].value);
    believed = numbers[k].value;
    run = k + 1;
  }
  // A run after the last believed number has no neighbour after it: kept.
  if (run < numbers.size() && believed > 0) settle_number_run(doc, numbers, run, numbers.size(), believed, 0);
}

// An OCR text's compound joined by hyphens one part of which OCR misread
// ("Secretar: -General" for "Secretary-General"): the words on either side
// of a hyphen, spaces around it dropped, compared part by part with the
// UN's hyphenated titles (vocabulary::kHyphenatedTerms) and the compounds
// the document prints confidently. A compound is mended when exactly one
// term has as many parts, all equal to the read ones (case aside) but one,
// and that one is within one edit per kCompoundCharsPerEdit characters of
// the term's part and is no word the dictionary or the document knows
// ("Secretaries-General" stays); a document's compound mends no
// capitalised part (a name). On OCR pages and OCR text layers only;
// each is an edit.
constexpr std::size_t kCompoundCharsPerEdit = 6;
constexpr std::size_t kMinCompoundPartLetters = 3;

std::vector<std::string> split_parts(std::string_view compound) {
  std::vector<std::string> out;
  for (std::size_t at = 0;;) {
    const std::size_t end = std::min(compound.find('-', at), compound.size());
    out.emplace_back(compound.substr(at, end - at));
    if (end == compound.size()) return out;
    at = end + 1;
  }
}

// The term `read` is, one part misread; empty when none or several.
// `un_terms`: how many of `terms`, from the first, are the UN's titles;
// the others are the document's compounds, which mend no capitalised part
// (a name: "Al-Hadi" is not misread for the document's "Al-Kadi").
std::string compound_term(const std::string& read, const std::vector<std::string>& terms, std::size_t un_terms,
                          const Vocabulary& vocab) {
  const std::vector<std::string> parts = split_parts(read);
  std::string found;
  for (std::size_t t = 0; t < terms.size(); ++t) {
    const std::string& term = terms[t];
    const std::vector<std::string> want = split_parts(term);
    if (want.size() != parts.size() || to_lower_ascii(read) == to_lower_ascii(term)) continue;
    std::size_t differ = want.size();
    bool fits = true;
    for (std::size_t k = 0; k < want.size() && fits; ++k) {
      if (to_lower_ascii(parts[k]) == to_lower_ascii(want[k])) continue;
      fits = differ == want.size();
      differ = k;
    }
    if (!fits || differ == want.size()) continue;
    const std::string& misread = parts[differ];
    const auto [a, b] = core_of(misread);
    const std::string core = misread.substr(a, b - a);
    const auto letters = std::count_if(core.begin(), core.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
    if (static_cast<std::size_t>(letters) < kMinCompoundPartLetters || vocab.known(core) || vocab.name_in_lowercase(core)) continue;
    if (t >= un_terms && starts_uppercase(core)) continue;
    if (levenshtein(to_lower_ascii(misread), to_lower_ascii(want[differ])) > std::max<std::size_t>(1, want[differ].size() / kCompoundCharsPerEdit)) continue;
    if (!found.empty() && found != term) return {};
    found = term;
  }
  return found;
}

// The compound around the hyphen at `h` of `text`: [begin, end) without
// the punctuation around it, and as read with spaces next to the hyphen
// dropped. Nullopt when a side is empty.
struct ReadCompound {
  std::size_t begin = 0, end = 0;
  std::string joined;
};
std::optional<ReadCompound> compound_at(std::string_view text, std::size_t h) {
  std::size_t l = h;
  if (l > 0 && text[l - 1] == ' ') --l;
  std::size_t begin = l;
  while (begin > 0 && text[begin - 1] != ' ') --begin;
  std::size_t r = h + 1;
  if (r < text.size() && text[r] == ' ') ++r;
  std::size_t end = r;
  while (end < text.size() && text[end] != ' ') ++end;
  while (begin < l && !ascii_alnum(text[begin]) && static_cast<unsigned char>(text[begin]) < 0x80) ++begin;
  while (end > r && !ascii_alnum(text[end - 1]) && static_cast<unsigned char>(text[end - 1]) < 0x80) --end;
  if (begin >= l || r >= end) return std::nullopt;
  return ReadCompound{begin, end, std::string(text.substr(begin, l - begin)) + "-" + std::string(text.substr(r, end - r))};
}

// Whether a word of `line` within [begin, end) was read by OCR (has a
// confidence): a picture of text an OCR text layer left unread, read with
// OCR on a page of the layer.
bool ocr_words_in(const Line& line, std::size_t begin, std::size_t end) {
  return std::any_of(line.words.begin(), line.words.end(),
                     [&](const Word& w) { return w.confidence >= 0 && w.begin < end && w.end > begin; });
}

void mend_hyphenated_terms(Document& doc, const Vocabulary& vocab) {
  std::vector<std::string> terms(std::begin(vocabulary::kHyphenatedTerms), std::end(vocabulary::kHyphenatedTerms));
  const std::size_t un_terms = terms.size();
  // The document's own compounds count when each part is a word the
  // dictionary knows: a compound name ("Al-Kadi") is no evidence that
  // another name one letter away is misread.
  for (std::string& w : vocab.hyphenated_words()) {
    const std::vector<std::string> parts = split_parts(w);
    const bool words = std::all_of(parts.begin(), parts.end(), [&](const std::string& part) {
      return vocab.dictionary_accepts(part) || vocab.dictionary_accepts(to_lower_ascii(part));
    });
    if (words && std::find(terms.begin(), terms.end(), w) == terms.end()) terms.push_back(std::move(w));
  }
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const bool ocr_page = doc.pages[p].ocr || doc.pages[p].ocr_layer;
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      Line& line = doc.pages[p].lines[l];
      for (std::size_t h = line.text.rfind('-'); h != std::string::npos && h > 0; h = line.text.rfind('-', h - 1)) {
        const auto read = compound_at(line.text, h);
        if (!read || (!ocr_page && !ocr_words_in(line, read->begin, read->end))) continue;
        std::string term = compound_term(read->joined, terms, un_terms, vocab);
        if (term.empty()) continue;
        const bool capitals = std::none_of(read->joined.begin(), read->joined.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (capitals)
          for (char& c : term) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        const std::string before = line.text.substr(read->begin, read->end - read->begin);
        line.replace(read->begin, before.size(), term);
        detail::record_line_edit(doc, kPass, "correct_ocr_compound", {p, l}, read->begin, before, term,
                                 detail::quoted(before) + " is the compound " + detail::quoted(term) +
                                     " with one part misread by OCR (the other parts as printed, the part read is no "
                                     "known word and one OCR slip from the term's)",
                                 0.8);
        h = read->begin;
        if (h == 0) break;
      }
    }
  }
}

// Rule 5b. The series letters of UN symbols that OCR reads as figures of
// their shape: S as 5, A as 4, E and B as 8.
std::string_view series_letters_for(char figure) {
  switch (figure) {
    case '5': return "S";
    case '4': return "A";
    case '8': return "EB";
    default: return {};
  }
}

bool symbol_char(char c) { return is_ascii_digit(c) || c == '/' || c == '.'; }

// The end of the symbol token starting at `at` ("5/14910" in
// "5/14910),"): figures, slashes and dots, without a closing dot.
std::size_t symbol_end(std::string_view text, std::size_t at) {
  std::size_t end = at;
  while (end < text.size() && (symbol_char(text[end]) || (end > at && std::isupper(static_cast<unsigned char>(text[end])))))
    ++end;
  while (end > at && text[end - 1] == '.') --end;
  return end;
}

// Where the document prints `symbol` (a whole token) other than at line
// (p, l), byte `skip`: a line of it, when that print is not a doubted OCR
// word (a layer's words have no confidence; OCR's must be confident).
std::optional<detail::LineRef> printed_elsewhere(const Document& doc, const std::string& symbol, detail::LineRef self,
                                                 std::size_t skip) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      const Line& line = doc.pages[p].lines[l];
      for (std::size_t at = line.text.find(symbol); at != std::string::npos; at = line.text.find(symbol, at + 1)) {
        if (p == self.page && l == self.line && at == skip) continue;
        const bool starts = at == 0 || !(ascii_alnum(line.text[at - 1]) || line.text[at - 1] == '/');
        const std::size_t end = at + symbol.size();
        const bool ends = end >= line.text.size() || !(ascii_alnum(line.text[end]) || line.text[end] == '/');
        const bool doubted = std::any_of(line.words.begin(), line.words.end(), [&](const Word& w) {
          return w.confidence >= 0 && w.confidence < kConfident && w.begin < end && w.end > at;
        });
        if (starts && ends && !doubted) return detail::LineRef{p, l};
      }
    }
  return std::nullopt;
}

// Whether the token at `at` follows a symbol and a hyphen ("A/37/118-").
bool after_symbol_and_hyphen(std::string_view text, std::size_t at) {
  if (at < 4 || text[at - 1] != '-') return false;
  std::size_t begin = at - 1;
  while (begin > 0 && (symbol_char(text[begin - 1]) || std::isupper(static_cast<unsigned char>(text[begin - 1])))) --begin;
  const std::string_view before = text.substr(begin, at - 1 - begin);
  return before.size() >= 3 && std::isupper(static_cast<unsigned char>(before[0])) && before.find('/') != std::string_view::npos;
}

std::string where_printed(const Position& at) {
  return (at.page > 0 ? " on page " + std::to_string(at.page) + ", line " : " at line ") + std::to_string(at.line);
}

void mend_symbol_series(Document& doc) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    if (!doc.pages[p].ocr && !doc.pages[p].ocr_layer) continue;
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      Line& line = doc.pages[p].lines[l];
      for (std::size_t at = 0; at + 2 < line.text.size(); ++at) {
        const std::string_view letters = series_letters_for(line.text[at]);
        if (letters.empty() || line.text[at + 1] != '/' || !is_ascii_digit(line.text[at + 2])) continue;
        if (at > 0 && (ascii_alnum(line.text[at - 1]) || line.text[at - 1] == '/' || line.text[at - 1] == '.')) continue;
        const std::size_t end = symbol_end(line.text, at);
        const std::string read = line.text.substr(at, end - at);
        std::optional<std::pair<std::string, detail::LineRef>> found;
        bool two = false;
        for (char letter : letters) {
          const std::string symbol = std::string(1, letter) + read.substr(1);
          if (auto where = printed_elsewhere(doc, symbol, {p, l}, at)) {
            two = two || found.has_value();
            found = std::pair{symbol, *where};
          }
        }
        if (found && !two) {
          const Position there = doc.position_of(found->second.page, found->second.line);
          line.replace(at, read.size(), found->first);
          detail::record_line_edit(doc, kPass, "correct_ocr_symbol", {p, l}, at, read, found->first,
                                   detail::quoted(read) + " is the symbol " + detail::quoted(found->first) +
                                       " with its series letter read as a figure: the document prints " +
                                       detail::quoted(found->first) + where_printed(there),
                                   0.8);
        } else if (!found && after_symbol_and_hyphen(line.text, at)) {
          doc.log.warn(std::string(kPass), doc.position_of(p, l),
                       detail::quoted(read) + " follows a document symbol and a hyphen: a symbol whose series letter OCR "
                       "read as a figure (S as 5, A as 4, E or B as 8)? The document prints no such symbol; kept as "
                       "read; compare it with the page image");
        }
        at = end > at ? end - 1 : at;
      }
    }
  }
}

bool has_ocr_word(const Page& page) {
  return std::any_of(page.lines.begin(), page.lines.end(), [](const Line& line) {
    return std::any_of(line.words.begin(), line.words.end(), [](const Word& w) { return w.confidence >= 0; });
  });
}

// What the document prints, every word counted wherever it stands (its text
// layer, lines read with any confidence): the evidence a name gives for
// itself by recurring.
class DocumentWords {
 public:
  explicit DocumentWords(const Document& doc) {
    for (const Page& page : doc.pages)
      for (const Line& line : page.lines) {
        std::size_t i = 0;
        const std::string_view text = line.text;
        while (i < text.size()) {
          while (i < text.size() && text[i] == ' ') ++i;
          std::size_t j = text.find(' ', i);
          if (j == std::string_view::npos) j = text.size();
          const auto [a, b] = core_of(text.substr(i, j - i));
          if (b > a) ++times_[std::string(text.substr(i + a, b - a))];
          i = j;
        }
      }
  }
  [[nodiscard]] int times(std::string_view w) const {
    auto it = times_.find(w);
    return it == times_.end() ? 0 : it->second;
  }

 private:
  std::map<std::string, int, std::less<>> times_;
};

// A confident unknown word the document vouches for is no doubt to list
// (names of countries, persons, places and organisations, symbols drowned
// the real misreadings):
// - a word written as a number (figures, with an ordinal's letters after
//   them or a code's letters before: "24th", "COVID-19"), or a document
//   symbol (kSymbolPattern): no dictionary holds them; figures inside or
//   opening a word ("Assemb1y", "5ecurity") are a misreading, still listed;
// - a capitalised word the document prints kVouchedTimes times (anywhere:
//   its text layer, other lines, whatever the confidence): a name recurs;
// - a capitalised word beside another capitalised word of its script read
//   confidently that is no common word set with a capital ("Ghassan Abdel
//   Hadi Barghouti", "Chiang Kai-shek"): a run of names.
// Except a capitalised word one OCR confusion from a word the document
// prints ("Netions" of "United Nations", "Iscie" of "Iscia"): that is a
// misreading of the document's own word, and stays listed.
constexpr int kVouchedTimes = 2;
// The letters an ordinal prints after its figures ("th", "ème", "º").
constexpr std::size_t kMaxOrdinalLetters = 3;

bool capitalised(std::string_view core) {
  std::size_t i = 0;
  return !core.empty() && is_upper_letter(next_code_point(core, i));
}

bool misreads_printed_word(const std::string& core, const DocumentWords& words) {
  std::map<std::string, UndoneConfusion> readings;
  undo_one_confusion(core, readings, true);
  return std::any_of(readings.begin(), readings.end(), [&](const auto& r) { return words.times(r.first) > 0; });
}

// Whether word k of `line` stands beside a capitalised word of its script,
// read with a confidence of at least `below`, that is no common word.
bool in_run_of_names(const Line& line, std::size_t k, const std::string& core, const Vocabulary& vocab, double below) {
  const Script script = dominant_script(core);
  for (const std::size_t n : {k - 1, k + 1}) {
    if (n >= line.words.size()) continue;  // k - 1 wraps round at k == 0
    const Word& w = line.words[n];
    if (w.confidence < below || w.end <= w.begin) continue;
    const std::string token = line.text.substr(w.begin, w.end - w.begin);
    const auto [a, b] = core_of(token);
    if (b <= a) continue;
    const std::string other = token.substr(a, b - a);
    if (!is_valid_utf8(other) || !capitalised(other) || all_capitals(other) || vocab.common_word(other)) continue;
    if (dominant_script(other) == script) return true;
  }
  return false;
}

// Whether `core`, which holds figures, is written as a number or a code is:
// figures with at most an ordinal's letters after them ("24th", "1er",
// "3º"), or letters then figures ("A3", "COVID-19"). Figures between
// letters ("Assemb1y") or opening a word ("5ecurity") are a misreading.
bool written_as_number(std::string_view core) {
  std::size_t i = 0, letters_after = 0;
  bool figures = false, letter_before = false;
  while (i < core.size()) {
    const char32_t cp = next_code_point(core, i);
    if (cp >= '0' && cp <= '9') {
      if (letters_after > 0) return false;  // letters between figures
      figures = true;
    } else if (is_letter(cp)) {
      if (figures) ++letters_after;
      else letter_before = true;
    }
  }
  return figures && (letters_after == 0 || (!letter_before && letters_after <= kMaxOrdinalLetters));
}

bool vouched_for(const Line& line, std::size_t k, const std::string& core, const Vocabulary& vocab,
                 const DocumentWords& words, double below) {
  static const Regex symbol(masthead::kSymbolPattern);
  if (symbol.full_match(core)) return true;
  if (std::any_of(core.begin(), core.end(), is_ascii_digit)) return written_as_number(core);
  if (!capitalised(core) || misreads_printed_word(core, words)) return false;
  return words.times(core) >= kVouchedTimes || in_run_of_names(line, k, core, vocab, below);
}

// Word k of line l, read with a confidence of at least ocr_correct_below,
// added to `out` when neither the dictionary of the document's language
// nor the document knows it ("atin", "Israél" read at 90 and more): no
// correction touches it, but the reader should compare it with the page.
void list_confident_unknown(const Page& page, std::size_t l, std::size_t k, const Vocabulary& vocab,
                            const DocumentWords& words, double below, std::vector<Doubted>& out) {
  const Line& line = page.lines[l];
  const Word& w = line.words[k];
  if (w.end <= w.begin) return;
  const std::string token = line.text.substr(w.begin, w.end - w.begin);
  const auto [a, b] = core_of(token);
  if (b <= a) return;
  const std::string core = token.substr(a, b - a);
  if (!is_valid_utf8(core) || all_capitals(core) || hyphen_fragment(page, l, k, token)) return;
  if (unknown_word(core, vocab) && !unknown_for_mark_sign(core, vocab) && !vouched_for(line, k, core, vocab, words, below))
    out.push_back({l, w.begin, core, w.confidence});
}

}  // namespace

void correct_ocr_words(Document& doc, const PassContext& ctx) {
  const double below = ctx.options.ocr_correct_below;
  if (below <= 0) return;
  if (std::none_of(doc.pages.begin(), doc.pages.end(), [](const Page& p) { return p.ocr || p.ocr_layer || has_ocr_word(p); }))
    return;
  restore_arabic_commas(doc);
  mend_mixed_script_words(doc, kPass);
  read_arabic_point_labels(doc);
  read_arabic_paragraph_numbers(doc);
  const std::string language = language_of(doc);
  const Vocabulary vocab(doc, language, ctx.dictionaries);
  if (!vocab.judging_test() && std::any_of(doc.pages.begin(), doc.pages.end(), [](const Page& p) { return p.ocr && has_ocr_word(p); }))
    warn_no_dictionary(doc, language);
  mend_hyphenated_terms(doc, vocab);
  mend_symbol_series(doc);
  mend_ocr_lookalikes(doc, kPass);
  const DocumentWords printed(doc);
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    Page& page = doc.pages[p];
    if (!page.ocr) continue;
    std::vector<Doubted> doubted, confident;
    for (std::size_t l = 0; l < page.lines.size(); ++l) {
      Line& line = page.lines[l];
      for (std::size_t k = line.words.size(); k-- > 0;) {
        const Word w = line.words[k];
        if (w.confidence >= below) list_confident_unknown(page, l, k, vocab, printed, below, confident);
        if (w.confidence < 0 || w.confidence >= below || w.end <= w.begin) continue;
        const std::string token = line.text.substr(w.begin, w.end - w.begin);
        const auto [a, b] = core_of(token);
        if (b <= a) continue;
        const std::string core = token.substr(a, b - a);
        if (!is_valid_utf8(core)) continue;
        if (hyphen_fragment(page, l, k, token)) continue;
        const bool alone = line.words.size() == 1 && a == 0 && b == token.size();
        const auto fix = read_again(core, w, alone, vocab);
        if (!fix && unknown_word(core, vocab) && !unknown_for_mark_sign(core, vocab))
          doubted.push_back({l, w.begin, core, w.confidence});
        if (!fix || fix->word == core) continue;
        const std::size_t at = w.begin + a;
        line.replace(at, core.size(), fix->word);
        detail::record_line_edit(doc, kPass, "correct_ocr_word", {p, l}, at, core, fix->word,
                                 "OCR confidence " + format_fixed(w.confidence, 0) + ": " + detail::quoted(core) +
                                     " is not a known word; " + detail::quoted(fix->word) + " is " + fix->how,
                                 0.8, w.box);
      }
    }
    warn_doubted(doc, p, std::move(doubted));
    warn_doubted(doc, p, std::move(confident), true);
    weigh_real_words(doc, p, vocab, below);
  }
}

}  // namespace akn
