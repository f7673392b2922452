// correct_ocr_words: OCR-aware correction from word confidences.
//
// Only words Tesseract itself doubted (confidence below
// CleanupOptions::ocr_correct_below) are candidates, and only when neither
// the dictionary nor the document's confident words know them. A candidate
// is corrected when exactly one reading is found:
// 1. Figures: in a run mostly made of digits, letters that look like digits
//    are digits ("l97l" -> "1971", "A/45/l89" -> "A/45/189").
// 2. One character confusion typical of OCR (1/l/I, 0/O, rn/m, cl/d, vv/w,
//    ii/ll, i/l, c/e, u/n, u/ti, ...) that gives a known word ("Genera1" ->
//    "General", "Aprii" -> "April", "Assernbly" -> "Assembly",
//    "luformation" -> "Information").
// 3. Else one edit (insert, delete, substitute, swap) from a word the
//    document itself prints with confidence: at least twice (three times
//    for words under four letters), or once if the dictionary knows it.
// "Known" means accepted by the dictionary (on a page where most confident
// words are dictionary words, so a French page is not "corrected" into
// English) or printed confidently at least twice in the document. Every
// correction is an edit with the word's confidence and box; high-confidence
// words are never touched, whatever the dictionary says.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "cleanup/cleanup.hpp"
#include "cleanup/dictionary.hpp"
#include "cleanup/pass_util.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "correct_ocr_words";
// A word read with at least this confidence counts as the document's own.
constexpr double kConfident = 90;

bool ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// The word without the punctuation around it: [first, last) in the token.
std::pair<std::size_t, std::size_t> core_of(std::string_view token) {
  std::size_t a = 0, b = token.size();
  while (a < b && !ascii_alnum(token[a]) && static_cast<unsigned char>(token[a]) < 0x80) ++a;
  while (b > a && !ascii_alnum(token[b - 1]) && static_cast<unsigned char>(token[b - 1]) < 0x80) --b;
  return {a, b};
}

bool all_letters(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return is_alpha(c) || c == '-' || c == '\''; });
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
      if (is_digit(out[j])) ++digits;
      else ++letters;
      ++j;
    }
    if (digits >= 2 && digits >= letters) {
      for (std::size_t k = i; k < j; ++k)
        if (!is_digit(out[k])) {
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

struct Confusion {
  std::string_view seen, meant;
  // Shapes that differ by a stroke or a gap (1/l, rn/m, cl/d): a dictionary
  // word is enough. Vowels and round letters read for each other (a/o,
  // c/e) give real words too easily ("losed" -> "lased"): the document
  // must print the word confidently.
  bool strong = true;
};
// What Tesseract reads for what was printed, in typewritten and photocopied
// UN documents.
constexpr Confusion kConfusions[] = {
    {"1", "l"}, {"1", "I"}, {"l", "1"}, {"I", "l"}, {"l", "I"}, {"0", "O"}, {"0", "o"}, {"O", "0"},
    {"rn", "m"}, {"m", "rn"}, {"cl", "d"}, {"d", "cl"}, {"vv", "w"}, {"ii", "ll"}, {"ii", "il"}, {"ii", "li"},
    {"i", "l"}, {"l", "i"}, {"fi", "h"}, {"li", "h"}, {"in", "m"}, {"ni", "m"}, {"tl", "d"}, {"5", "S"},
    {"8", "B"}, {"u", "ti"}, {"n", "ri"}, {"ri", "n"}, {"lu", "In"}, {"v", "y"}, {"y", "v"},
    {"c", "e", false}, {"e", "c", false}, {"u", "n", false}, {"n", "u", false}, {"a", "o", false},
    {"o", "a", false}, {"f", "t", false}, {"t", "f", false}, {"h", "b", false}, {"b", "h", false},
    {"c", "o", false}, {"e", "o", false}, {"r", "t", false}, {"a", "e", false}, {"e", "a", false},
};

struct Vocabulary {
  std::map<std::string, int, std::less<>> confident;  // word -> times read confidently
  bool dictionary_language = false;  // most confident words are dictionary words
};

// Every reading of `word` with one confusion undone: the rule, and
// whether the confusion is a strong one. (Two confusions were tried and
// dropped: "constuction" became the known word "constriction", where one
// insertion gives "construction".)
struct Undone {
  std::string rule;
  bool strong = true;
};
void undo_confusion(const std::string& word, std::map<std::string, Undone>& out) {
  for (const Confusion& c : kConfusions)
    for (std::size_t at = word.find(c.seen); at != std::string::npos; at = word.find(c.seen, at + 1)) {
      std::string candidate = word;
      candidate.replace(at, c.seen.size(), c.meant);
      Undone u{std::string(c.seen) + " read for " + std::string(c.meant), c.strong};
      auto [it, fresh] = out.emplace(candidate, u);
      if (!fresh && c.strong && !it->second.strong) it->second = u;
    }
}

}  // namespace

void correct_ocr_words(Document& doc, const PassContext& ctx) {
  const double below = ctx.options.ocr_correct_below;
  if (below <= 0) return;
  bool any_ocr = false;
  for (const Page& p : doc.pages) any_ocr = any_ocr || p.ocr;
  if (!any_ocr) return;

  std::map<std::string, bool, std::less<>> accepted;
  auto in_dictionary = [&](const std::string& w) {
    if (!ctx.dictionary) return false;
    auto it = accepted.find(w);
    if (it != accepted.end()) return it->second;
    return accepted[w] = ctx.dictionary->accepts(w);
  };

  // The document's confident vocabulary, and whether its language is the
  // dictionary's.
  Vocabulary vocab;
  std::size_t checked = 0, known = 0;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines)
      for (const Word& w : line.words) {
        if (w.confidence >= 0 && w.confidence < kConfident) continue;
        const std::string_view token = std::string_view(line.text).substr(w.begin, w.end - w.begin);
        const auto [a, b] = core_of(token);
        if (b <= a) continue;
        const std::string core(token.substr(a, b - a));
        ++vocab.confident[core];
        if (all_letters(core) && core.size() >= 3 && checked < 2000) {
          ++checked;
          if (in_dictionary(core)) ++known;
        }
      }
  vocab.dictionary_language = checked >= 5 && known * 2 >= checked;

  auto is_known = [&](const std::string& w) {
    auto it = vocab.confident.find(w);
    if (it != vocab.confident.end() && it->second >= 2) return true;
    return vocab.dictionary_language && in_dictionary(w);
  };

  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    Page& page = doc.pages[p];
    if (!page.ocr) continue;
    for (std::size_t l = 0; l < page.lines.size(); ++l) {
      Line& line = page.lines[l];
      for (std::size_t k = line.words.size(); k-- > 0;) {
        const Word w = line.words[k];
        if (w.confidence < 0 || w.confidence >= below || w.end <= w.begin) continue;
        const std::string token = line.text.substr(w.begin, w.end - w.begin);
        const auto [a, b] = core_of(token);
        if (b <= a) continue;
        const std::string core = token.substr(a, b - a);
        if (!is_valid_utf8(core)) continue;
        const bool has_digit = std::any_of(core.begin(), core.end(), is_digit);
        std::string fix, how;
        const bool alone = line.words.size() == 1 && a == 0 && b == token.size();
        if (core.starts_with("\u00A7/") && core.size() > 3 && is_digit(core[3])) {
          fix = "S/" + core.substr(3);  // "§/25309": the S of a Security Council symbol
          how = "a document symbol whose S was read as \u00A7";
        } else if (auto label = alone ? as_roman_label(core) : std::nullopt) {
          fix = *label;
          how = "a part number alone on its line, with I read as l, i, 1 or |";
        } else if (auto figures = as_figures(core)) {
          fix = *figures;
          how = "letters that look like digits in a run of figures";
        } else if (!has_digit && is_known(core)) {
          continue;
        } else if (core.size() >= 3) {
          std::map<std::string, Undone> readings;
          undo_confusion(core, readings);
          std::set<std::string> found;
          std::string rule;
          for (const auto& [candidate, undone] : readings) {
            if (candidate.empty() || std::any_of(candidate.begin(), candidate.end(), is_digit)) continue;
            // A dictionary word is enough for a strong confusion in a word
            // of four letters or more; otherwise the document must print it.
            const auto seen = vocab.confident.find(candidate);
            const bool printed = seen != vocab.confident.end() && seen->second >= (core.size() < 4 ? 3 : 1);
            if (printed || (undone.strong && core.size() >= 4 && is_known(candidate))) {
              found.insert(candidate);
              rule = undone.rule;
            }
          }
          if (found.size() == 1) {
            fix = *found.begin();
            how = "one OCR confusion away (" + rule + ")";
          } else if (found.empty() && !has_digit) {
            // One edit from a word the document prints confidently, with
            // the same first-letter case: twice (three times for a short
            // word), or once when the dictionary knows it too.
            std::string best;
            int candidates = 0;
            for (const auto& [word, count] : vocab.confident) {
              if (word.size() + 1 < core.size() || word.size() > core.size() + 1) continue;
              const bool short_word = core.size() < 4;
              if (short_word ? count < 3 : count < 2 && !(count == 1 && vocab.dictionary_language && in_dictionary(word)))
                continue;
              if (starts_uppercase(word) != starts_uppercase(core) || !all_letters(word)) continue;
              if (edit_distance(word, core, 1) != 1) continue;
              best = word;
              ++candidates;
            }
            if (candidates == 1) {
              fix = best;
              const int times = vocab.confident[best];
              how = "one edit from \"" + best + "\", which the document prints confidently " +
                    (times == 1 ? std::string("once (and the dictionary knows)") : std::to_string(times) + " times");
            }
          }
        }
        if (fix.empty() || fix == core) continue;
        const std::size_t at = w.begin + a;
        line.replace(at, core.size(), fix);
        detail::record_line_edit(doc, kPass, "correct_ocr_word", {p, l}, at, core, fix,
                                 "OCR confidence " + format_fixed(w.confidence, 0) + ": " + detail::quoted(core) +
                                     " is not a known word; " + detail::quoted(fix) + " is " + how,
                                 0.8, w.box);
      }
    }
  }
}

}  // namespace akn
