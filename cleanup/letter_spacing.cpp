// join_letter_spaced_words: old OCR layers (Acrobat Capture over typewritten
// pages) and Tesseract on a typewriter's letter-spaced emphasis give words
// as letters set apart one by one: "N a s s e r", "I h a v e t h e h o n o u
// r". Such a run is read again as words: the letters are joined and cut
// where the dictionary of the document's language, the document's own words
// and capital letters (names) say; a run that cannot be read so whole is
// kept as printed, with a warning.
#include <algorithm>
#include <limits>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include "cleanup/cleanup.hpp"
#include "cleanup/dictionary.hpp"
#include "cleanup/pass_util.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "join_letter_spaced_words";
// Thresholds of join_letter_spaced_words.
//
// A run of at least kMinRunLetters single letters of an alphabet (Latin,
// Cyrillic, Greek), one space apart, is letter-spaced: running text has no
// four one-letter words in a row. Shorter runs ("a I a") are left alone.
constexpr std::size_t kMinRunLetters = 4;
// A one-letter word ("a", "I", "à", "y") is one only when the document
// uses it alone at least this often outside letter-spaced runs.
constexpr std::size_t kMinSingleLetterUses = 3;
// A name (a capital and at least kMinNameLetters - 1 small letters the
// dictionary does not know: "Nasser", "Ketziot") may be followed in the
// same capitalised stretch by dictionary words of at least
// kMinWordAfterName letters ("K e t z i o t d e t e n t i o n" -> "Ketziot
// detention"); a shorter word there is more likely the name's own end
// ("Abdel", not "Ab del"; "Yaabed", not "Ya abed"; "Harzallah", not "Harz
// allah"). So is a word after a
// lone capital, of at least kMinWordAfterLetter letters ("I have" stays a
// reading; "J ad aw a" is none).
constexpr std::size_t kMinNameLetters = 3;
constexpr std::size_t kMinWordAfterName = 6;
constexpr std::size_t kMinWordAfterLetter = 4;
// A word in capitals alone ("U N I T E D") is taken from the dictionary
// only from this many letters on.
constexpr std::size_t kMinCapitalsWord = 3;
// The longest word tried (in letters).
constexpr std::size_t kMaxWordLetters = 24;
// The edit's confidence: every word known, or a name among them.
constexpr double kKnownConfidence = 0.85;
constexpr double kNameConfidence = 0.7;
// A run kept as printed is warned about when it holds small letters or at
// least this many letters (a table's column letters "A B C D" are no word).
constexpr std::size_t kWarnRunLetters = 6;

const Regex& run_pattern() {
  static const Regex kRun("(?<![\\p{L}\\p{M}\\p{N}])(?:[\\p{Latin}\\p{Cyrillic}\\p{Greek}] ){" +
                          std::to_string(kMinRunLetters - 1) +
                          ",}[\\p{Latin}\\p{Cyrillic}\\p{Greek}]"
                          "(?![\\p{L}\\p{M}\\p{N}])");
  return kRun;
}

// Whether `text` holds two single characters set apart by spaces (" N a "),
// which the middle of every letter-spaced run is: a line without them is
// not searched (run_pattern tries each position with its look-behind).
bool may_hold_run(std::string_view text) {
  auto length_at = [&](std::size_t i) -> std::size_t {  // of the UTF-8 character at byte i
    const auto c = static_cast<unsigned char>(text[i]);
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  };
  int singles = 0;
  for (std::size_t i = text.find(' '); i != std::string_view::npos && i + 1 < text.size();) {
    const std::size_t j = i + 1, k = j + length_at(j);
    if (text[j] != ' ' && k < text.size() && text[k] == ' ') {
      if (++singles >= 2) return true;
      i = k;
    } else {
      singles = 0;
      i = text.find(' ', j);
    }
  }
  return false;
}

// The words the document prints whole (lowercased, two letters or more),
// and how often it uses each one-letter word alone; letter-spaced runs do
// not count.
struct DocumentWords {
  std::unordered_set<std::string> words;
  std::map<std::string, std::size_t> single_letters;
};

DocumentWords document_words(const Document& doc) {
  static const Regex kWord("[\\p{L}][\\p{L}\\p{M}'\u2019]*");
  // A one-letter word stands between spaces, before a word ("I have", "a
  // list"): not an initial ("J. Smith"), nor a symbol's letter ("S/23329").
  static const Regex kSingle("(?:^|\\s)(\\p{L})(?=\\s+\\p{L})");
  DocumentWords out;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines) {
      std::string text = line.text;
      if (may_hold_run(line.text))
        for (const auto& m : run_pattern().find_all(line.text))
          std::fill(text.begin() + static_cast<std::ptrdiff_t>(m.begin), text.begin() + static_cast<std::ptrdiff_t>(m.end), '#');
      for (const auto& m : kWord.find_all(text)) {
        const std::string w(m.str(text));
        std::size_t k = 0;
        next_code_point(w, k);
        if (k < w.size()) out.words.insert(to_lower(w));
      }
      for (const auto& m : kSingle.find_all(text)) ++out.single_letters[std::string(m.str(text, 1))];
    }
  return out;
}

// English spellings of the UN (Oxford) that an en_US dictionary spells
// otherwise: "honour" (honor), "centre" (center), "organisation"
// (organization). Asked as their American form.
std::vector<std::string> american_forms(const std::string& word) {
  std::vector<std::string> out;
  auto swap_last = [&](std::string_view from, std::string_view to) {
    const std::size_t at = word.rfind(from);
    if (at != std::string::npos) out.push_back(word.substr(0, at) + std::string(to) + word.substr(at + from.size()));
  };
  swap_last("our", "or");
  swap_last("is", "iz");
  if (word.ends_with("tre")) out.push_back(word.substr(0, word.size() - 3) + "ter");
  return out;
}

// One letter of a run: its bytes and its case.
struct Letter {
  std::string text;
  bool upper = false;
};

std::vector<Letter> letters_of(std::string_view run) {
  std::vector<Letter> out;
  for (std::size_t i = 0; i < run.size();) {
    const std::size_t from = i;
    const char32_t c = next_code_point(run, i);
    if (c == ' ') continue;
    out.push_back({std::string(run.substr(from, i - from)), is_upper_letter(c)});
  }
  return out;
}

std::string join(const std::vector<Letter>& letters, std::size_t from, std::size_t to) {
  std::string s;
  for (std::size_t k = from; k < to; ++k) s += letters[k].text;
  return s;
}

// How a stretch of letters is read as one word: a word the document prints
// whole elsewhere, a word only the dictionary knows, or a name.
enum class Piece { none, printed, spelled, name };

class Segmenter {
 public:
  Segmenter(const PassContext& ctx, const DocumentWords& words) : ctx_(ctx), words_(words) {}

  // The run read as words, or empty when no reading covers it whole;
  // `names` counts the words read as names.
  std::vector<std::string> read(const std::vector<Letter>& letters, std::size_t& names) const {
    struct Best {
      std::size_t unknown = std::numeric_limits<std::size_t>::max(), words = 0, from = 0;
      Piece piece = Piece::none;
      std::size_t capital = 0;  // the letters of the last word when it starts with a capital, else 0
    };
    const std::size_t n = letters.size();
    if (n == 0) return {};
    std::vector<Best> best;
    best.push_back(Best{0, 0, 0, Piece::none, 0});  // the empty start
    best.resize(n + 1);
    for (std::size_t to = 1; to <= n; ++to)
      for (std::size_t from = to > kMaxWordLetters ? to - kMaxWordLetters : 0; from < to; ++from) {
        if (best[from].unknown == std::numeric_limits<std::size_t>::max()) continue;
        const Piece piece = classify(letters, from, to, best[from].capital);
        if (piece == Piece::none) continue;
        // The reading with the fewest letters in names, then the fewest
        // words. (A bad OCR layer prints many short false words, so the
        // document's words weigh no more than the dictionary's.)
        const std::size_t unknown = best[from].unknown + (piece == Piece::name ? to - from : 0);
        const std::size_t count = best[from].words + 1;
        if (unknown < best[to].unknown || (unknown == best[to].unknown && count < best[to].words))
          best[to] = {unknown, count, from, piece, letters[from].upper ? to - from : 0};
      }
    if (best[n].unknown == std::numeric_limits<std::size_t>::max()) return {};
    std::vector<std::string> out;
    names = 0;
    for (std::size_t to = n; to > 0; to = best[to].from) {
      out.push_back(join(letters, best[to].from, to));
      if (best[to].piece == Piece::name) ++names;
    }
    std::reverse(out.begin(), out.end());
    return out;
  }

 private:
  // Letters [from, to) as one word after a word read as `previous`.
  Piece classify(const std::vector<Letter>& letters, std::size_t from, std::size_t to, std::size_t previous_capital) const {
    const std::size_t size = to - from;
    const std::string word = join(letters, from, to);
    // Case inside a word: all small, all capitals, or a capital first.
    bool small_after_first = true, all_upper = true;
    for (std::size_t k = from; k < to; ++k) {
      if (k > from && letters[k].upper) small_after_first = false;
      if (!letters[k].upper) all_upper = false;
    }
    if (!small_after_first && !all_upper) return Piece::none;
    // A word that goes on in small letters right after a capitalised word
    // (a name, or a name's first letters that the dictionary or the
    // document happens to know: "Ab", "J", "I") is the name's own end
    // unless it is long ("I have", "Ketziot detention").
    const bool after_name_in_stretch = previous_capital > 0 && !letters[from].upper;
    const std::size_t min_after = previous_capital == 1 ? kMinWordAfterLetter : kMinWordAfterName;
    if (size == 1) {
      const auto uses = words_.single_letters.find(word);
      return !after_name_in_stretch && uses != words_.single_letters.end() && uses->second >= kMinSingleLetterUses
                 ? Piece::printed
                 : Piece::none;
    }
    const bool in_document = words_.words.count(to_lower(word)) > 0;
    // Capitals alone: the dictionary knows many two-letter abbreviations
    // ("AB", "CD"), so a short one must be printed whole in the document.
    const bool by_dictionary = ctx_.dictionary && (!all_upper || size >= kMinCapitalsWord) && spelled(word);
    if ((in_document || by_dictionary) && (!after_name_in_stretch || size >= min_after))
      return in_document ? Piece::printed : Piece::spelled;
    return name_or_none(letters, from, to, all_upper);
  }

  // A name: a capital, then small letters the dictionary does not know as
  // a word ("Nasser"); what follows it in small letters must be a long
  // known word (above).
  static Piece name_or_none(const std::vector<Letter>& letters, std::size_t from, std::size_t to, bool all_upper) {
    return letters[from].upper && !all_upper && to - from >= kMinNameLetters ? Piece::name : Piece::none;
  }

  bool spelled(const std::string& word) const {
    if (ctx_.dictionary->accepts(word)) return true;
    if (ctx_.dictionary->language() != "en") return false;
    const auto forms = american_forms(word);
    return std::any_of(forms.begin(), forms.end(), [&](const std::string& f) { return ctx_.dictionary->accepts(f); });
  }

  const PassContext& ctx_;
  const DocumentWords& words_;
};

// Reads the letter-spaced runs of one line as words.
void read_line(Document& doc, detail::LineRef where, const Segmenter& segmenter) {
  Line& line = detail::at(doc, where);
  if (!may_hold_run(line.text)) return;
  const auto runs = run_pattern().find_all(line.text);
  for (std::size_t r = runs.size(); r-- > 0;) {
    const std::string run(runs[r].str(line.text));
    const std::vector<Letter> letters = letters_of(run);
    std::size_t names = 0;
    const std::vector<std::string> words = segmenter.read(letters, names);
    if (words.empty()) {
      const bool has_small = std::any_of(letters.begin(), letters.end(), [](const Letter& l) { return !l.upper; });
      if (has_small || letters.size() >= kWarnRunLetters)
        doc.log.warn(std::string(kPass), doc.position_of(where.page, where.line),
                     "letters set apart one by one (" + detail::quoted(run) +
                         ") are kept as printed: the dictionary and the document's words do not read them as words");
      continue;
    }
    std::string after;
    for (const std::string& w : words) after += (after.empty() ? "" : " ") + w;
    line.replace(runs[r].begin, runs[r].end - runs[r].begin, after);
    detail::record_line_edit(doc, kPass, "join_letter_spaced", where, runs[r].begin, run, after,
                             "letters set apart one by one (letter-spacing, or an old OCR layer's spacing) read as " +
                                 std::to_string(words.size()) + (words.size() == 1 ? " word" : " words") +
                                 (names ? " (" + std::to_string(names) + " by their capitals: names)" : "") +
                                 " that the dictionary and the document know",
                             names ? kNameConfidence : kKnownConfidence);
  }
}
}  // namespace

void join_letter_spaced_words(Document& doc, const PassContext& ctx) {
  const auto refs = detail::line_refs(doc);
  const bool any = std::any_of(refs.begin(), refs.end(), [&](const detail::LineRef& r) {
    const std::string& text = detail::at(doc, r).text;
    return may_hold_run(text) && run_pattern().search(text).has_value();
  });
  if (!any) return;  // most documents
  const DocumentWords words = document_words(doc);
  const Segmenter segmenter(ctx, words);
  for (const detail::LineRef& r : refs) read_line(doc, r, segmenter);
}

}  // namespace akn
