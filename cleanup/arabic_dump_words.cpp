#include "cleanup/arabic_dump_words.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "cleanup/dictionary.hpp"
#include "cleanup/pass_util.hpp"
#include "core/bidi.hpp"
#include "core/language.hpp"
#include "core/text.hpp"

namespace akn::detail {

namespace {

constexpr std::string_view kPass = "repair_split_words";
// Confidence of a join the dictionary or the document confirms; a mark
// set apart is always joined.
constexpr double kSplitWordConfidence = 0.9;
// The Arabic dictionary (Debian hunspell-ar) accepts most short strings:
// measured on random strings of Arabic letters, 67% of those of two
// letters, 36% of three, 12% of four, 2% of five. Its word for a part
// shorter than kCredibleWordLetters says little: such a part counts as a
// word only where the document also prints it apart, where a dump sets no
// space inside a word (PartsApart), or is one of Arabic's short words
// (kShortWords). Measured on the UN's own Arabic text
// of six resolutions (no word split there), this joins no two words.
constexpr std::size_t kCredibleWordLetters = 4;
// Two parts the dictionary accepts are joined only where the second has at
// most kMaxDoubtedSecondLetters letters (the dump's piece "يق", "يع", "يه",
// "يل" of "طريق", "تسريع", "تشويه", "تحويل"): a second part of three letters
// is too often a word ("أحد أهم", "يضر بهم", "بما لهم", whose wholes the
// dictionary accepts as a prefix, a stem and a pronoun).
constexpr std::size_t kMaxDoubtedSecondLetters = 2;
// A second part of two letters opening with ي is the dump's piece of a
// word (pdftotext splits before a medial ي: "مشار يع", "تعاز يه", "أبر يل")
// however credible the first part is ("مشار" is a word too), unless it is
// one of the few words Arabic writes so: "يد" (hand), "يم" (sea), "ين" (the
// yen: "مليار ين" is no "مليارين", two billion). Not the
// vocative "يا": a UN text addresses no one, and the dump splits the names
// that end in it ("سور يا", "كور يا", "كمبود يا"). Only the document
// printing the part apart, or a first part of Arabic's closed classes
// (kShortWords: "ما", "لا", ...), keeps it apart.
constexpr std::string_view kTwoLetterYehWords[] = {"يد", "يم", "ين"};
// The article, and the letter yeh.
constexpr std::string_view kArticle = "\u0627\u0644";
constexpr std::string_view kYeh = "\u064A";
// A justified line pdftotext letter-spaced (its spacing set between the
// letters: ES-11/1's "من الق انون ال دولي الإنس اني احترام ا ص ارما"; 78/214's
// "الم ؤرخ ... آذار/م ارس") has spaces inside words after letters that join
// the next, where no glyph stands apart. Where a line holds at least this
// many such spaces that are certainly inside a word (the two sides make a
// word, and one side is a letter alone or the article "ال" alone, which
// does not go with the token after it; a token counted in one such space
// only; a string the dictionary rejects is no such evidence: a name), it
// is letter-spaced, and its other spaces after letters that join the next
// are closed too, where the two sides make a word and one is none, or both
// are words of the dictionary, not both credible, and the document prints
// the whole; never between a word and a piece that goes with the token
// after it.
constexpr std::size_t kLetterSpacedPieces = 2;
// A first part printed before this many different words is a word of its
// own: a dump's piece of a word is followed by the word's rest alone.
constexpr std::size_t kFollowersOfAWord = 2;
// The short words of Arabic's closed classes (prepositions, particles,
// pronouns, demonstratives, the relatives): words wherever they stand,
// though a short document may print one only after a letter that does not
// join the next ("لا بد من" prints "من" after "بد"). Not the vocative "يا"
// (kTwoLetterYehWords).
constexpr std::string_view kShortWords[] = {
    "في", "من", "عن", "مع", "أن", "إن", "لا", "ما", "لم", "لن", "قد", "هو", "هي", "هم", "كل", "أو", "إذ",
    "به", "له", "لو", "بل", "ثم", "كي", "أي", "إلى", "على", "حتى", "منذ", "لدى", "عند", "بين", "ضد",
    "غير", "سوى", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "لها", "بها", "فيه", "منه", "عنه", "معه", "أنه",
    "إنه", "كما", "لكن", "ليس", "كان", "قبل", "بعد", "دون", "نحو", "حول", "ضمن", "عبر", "وفق", "أما", "إما",
    "إذا", "ولا", "وما", "ومن", "وفي", "وعن", "ومع", "وأن", "وهو", "وهي", "وقد", "فلا", "ألا", "إلا", "لأن"};

bool is_arabic_letter(char32_t cp) {
  return (cp >= 0x0621 && cp <= 0x064A) || (cp >= 0x0671 && cp <= 0x06D3) || (cp >= 0x06FA && cp <= 0x06FF);
}

// Letters that never join the letter after them: the dump may set a space
// after each inside a word. The ta marbuta and alif maqsura (ة ى) only end
// words, so a space after them is a word space.
bool joins_no_next(char32_t cp) {
  switch (cp) {
    case 0x0621: case 0x0622: case 0x0623: case 0x0624: case 0x0625: case 0x0627:  // ء آ أ ؤ إ ا
    case 0x062F: case 0x0630: case 0x0631: case 0x0632: case 0x0648: case 0x0671:  // د ذ ر ز و ٱ
      return true;
    default:
      return false;
  }
}

struct Token {
  std::size_t begin = 0, end = 0;  // bytes of the line
};

// The bytes of `text` token `t` spans.
std::string_view text_of(std::string_view text, const Token& t) { return text.substr(t.begin, t.end - t.begin); }

std::vector<Token> tokens_of(std::string_view text) {
  std::vector<Token> out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t end = std::min(text.find(' ', i), text.size());
    if (end > i) out.push_back({i, end});
    i = end + 1;
  }
  return out;
}

// The Arabic letters of a token, marks and tatweel dropped, with what
// stands before and after them (brackets, punctuation) cut off; empty
// when anything but Arabic letters stands between its first and last.
std::string letters_of(std::string_view token) {
  std::string out;
  bool started = false, ended = false;
  for (std::size_t i = 0; i < token.size();) {
    const std::size_t at = i;
    const char32_t cp = next_code_point(token, i);
    if (is_arabic_letter(cp)) {
      if (ended) return {};
      started = true;
      out.append(token.substr(at, i - at));
    } else if (is_combining_mark(cp) || cp == 0x0640) {
      continue;
    } else if (started) {
      ended = true;
    } else if (is_letter(cp) || (cp >= '0' && cp <= '9')) {
      return {};
    }
  }
  return out;
}

// The token's last letter, when Arabic letters (and marks) end it.
char32_t last_letter(std::string_view token) {
  char32_t last = 0;
  for (std::size_t i = 0; i < token.size();) {
    const char32_t cp = next_code_point(token, i);
    if (is_combining_mark(cp)) continue;
    last = cp;
  }
  return is_arabic_letter(last) ? last : 0;
}

// Whether the token opens with a combining mark (a mark set apart).
bool opens_with_mark(std::string_view token) {
  std::size_t i = 0;
  return !token.empty() && is_combining_mark(next_code_point(token, i));
}
// Whether the token is combining marks alone.
bool only_marks(std::string_view token) {
  for (std::size_t i = 0; i < token.size();)
    if (!is_combining_mark(next_code_point(token, i))) return false;
  return !token.empty();
}
// Whether the token opens with an Arabic letter.
bool opens_with_letter(std::string_view token) {
  std::size_t i = 0;
  return !token.empty() && is_arabic_letter(next_code_point(token, i));
}

// The letters of a token as the first part of a split word: after its
// last slash ("نيسان/أبر" of "نيسان/أبر يل": a month's two names are
// printed with a slash between them).
std::string first_part_letters(std::string_view token) {
  const std::size_t slash = token.rfind('/');
  return letters_of(slash == std::string_view::npos ? token : token.substr(slash + 1));
}

// The letters of a token as the second part: before its first slash
// ("يران/يونيه" of "حز يران/يونيه").
std::string second_part_letters(std::string_view token) { return letters_of(token.substr(0, token.find('/'))); }

using WordCounts = std::map<std::string, int, std::less<>>;

// The words the document prints, each side of a slash a word
// ("آذار/مارس"); `skip(line)`: lines whose spaces say nothing
// (letter-spaced ones, whose pieces are no words).
template <typename Skip>
WordCounts document_words(const Document& doc, const Skip& skip) {
  WordCounts counts;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines) {
      if (skip(line)) continue;
      for (const Token& t : tokens_of(line.text)) {
        std::string_view token = text_of(line.text, t);
        for (std::size_t slash = 0; slash != std::string_view::npos;) {
          slash = token.find('/');
          if (const std::string w = letters_of(token.substr(0, slash)); !w.empty()) ++counts[w];
          if (slash != std::string_view::npos) token.remove_prefix(slash + 1);
        }
      }
    }
  return counts;
}

// The words the document prints apart where a dump sets no space inside a
// word: as a second part, first on a line or after a word that does not
// end with a non-joining letter (after which a dump splits words); as a
// first part, last on a line, before punctuation or anything but an
// Arabic word, or before at least kFollowersOfAWord different words.
struct PartsApart {
  std::set<std::string, std::less<>> seconds, firsts;
};

bool ends_with_letter(std::string_view token) {
  std::size_t i = 0;
  char32_t last = 0;
  while (i < token.size()) last = next_code_point(token, i);
  return is_arabic_letter(last) || is_combining_mark(last);
}

// `skip(line)`: lines whose spaces say nothing (letter-spaced ones).
template <typename Skip>
PartsApart parts_apart(const Document& doc, const Skip& skip) {
  PartsApart out;
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> followers;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines) {
      if (skip(line)) continue;
      const std::vector<Token> tokens = tokens_of(line.text);
      for (std::size_t k = 0; k < tokens.size(); ++k) {
        const std::string_view token = text_of(line.text, tokens[k]);
        const std::string second = second_part_letters(token), first = first_part_letters(token);
        const std::string_view before = k == 0 ? std::string_view() : text_of(line.text, tokens[k - 1]);
        if (!second.empty() && (k == 0 || !ends_with_letter(before) || !joins_no_next(last_letter(before))))
          out.seconds.insert(second);
        if (first.empty()) continue;
        const std::string next = k + 1 < tokens.size() ? second_part_letters(text_of(line.text, tokens[k + 1])) : std::string();
        if (k + 1 == tokens.size() || !ends_with_letter(token) || next.empty() || !opens_with_letter(std::string_view(line.text).substr(tokens[k + 1].begin)))
          out.firsts.insert(first);
        else
          followers[first].insert(next);
      }
    }
  for (const auto& [w, after] : followers)
    if (after.size() >= kFollowersOfAWord) out.firsts.insert(w);
  return out;
}

enum class Verdict { keep, join, doubt };

struct Judge {
  const Dictionary* dictionary;
  const WordCounts& words;
  const PartsApart& apart;
  std::string why;

  // A part the dictionary accepts that is long enough for that to say it
  // is a word, or that the document prints apart (PartsApart).
  bool credible(const std::string& part, bool first) const {
    const std::set<std::string, std::less<>>& printed = first ? apart.firsts : apart.seconds;
    return code_points(part).size() >= kCredibleWordLetters || printed.contains(part) || short_word(part) ||
           (!first && two_letter_yeh_word(part));
  }

  static bool short_word(const std::string& part) {
    return std::find(std::begin(kShortWords), std::end(kShortWords), part) != std::end(kShortWords);
  }

  // A part the dictionary accepts, of more than one letter: Arabic writes
  // no one-letter word apart (و ب ل ف ك are written on the word after).
  bool is_word(const std::string& part) const {
    if (part.empty()) return false;
    std::size_t i = 0;
    next_code_point(part, i);
    return i < part.size() && dictionary->accepts(part);
  }

  static bool two_letter_yeh_word(const std::string& part) {
    return std::find(std::begin(kTwoLetterYehWords), std::end(kTwoLetterYehWords), part) != std::end(kTwoLetterYehWords);
  }

  // A second part that is a piece of a word whatever the first is
  // (kTwoLetterYehWords).
  bool yeh_piece(const std::string& a, const std::string& b) const {
    return code_points(b).size() == 2 && b.starts_with(kYeh) && !two_letter_yeh_word(b) &&
           !apart.seconds.contains(b) && !short_word(a);
  }

  // The two parts of a space's sides (a month's two names are printed with
  // a slash between them: the first part is the word after it, "نيسان/أبر
  // يل", the second the word before it, "حز يران/يونيه"), whether together
  // they make a word, and how it is known (`how`).
  struct Parts {
    std::string a, b;
    bool whole_word = false;
    std::string how;
  };
  Parts parts(std::string_view left, std::string_view right) const {
    Parts out;
    out.a = first_part_letters(left);
    out.b = second_part_letters(right);
    if (out.a.empty() || out.b.empty() || !opens_with_letter(right)) return out;
    const std::string whole = out.a + out.b;
    const bool in_dictionary = dictionary->accepts(whole);
    const auto printed = words.find(whole);
    out.whole_word = in_dictionary || printed != words.end();
    if (out.whole_word)
      out.how = in_dictionary ? "the Arabic dictionary has " + quoted(whole)
                              : "the document prints " + quoted(whole) + " whole " + std::to_string(printed->second) +
                                    (printed->second == 1 ? " time" : " times");
    return out;
  }

  // Whether one of the parts is no word: one letter, the article alone, a
  // string the dictionary rejects.
  bool one_is_none(const Parts& p) const { return !is_word(p.a) || !is_word(p.b); }

  // Whether `left` ends with a letter that joins the next, after which only
  // a letter-spaced line sets a space inside a word. (The word-final ة ى
  // make no word with what follows, for the dictionary or the document.)
  static bool after_joining_letter(std::string_view left) {
    const char32_t last = last_letter(left);
    return last != 0 && !joins_no_next(last);
  }

  // Whether the dictionary has `w`, or the document prints it.
  bool makes_word(const std::string& w) const { return dictionary->accepts(w) || words.contains(w); }

  // Whether the piece `b` (no word), after `a`, goes with the token after
  // it (`next`; empty when none) rather than with `a`: b and next's letters
  // make a word (a vowel mark opening next dropped: "ي ُرتكب"), and a, b and
  // next together do not ("في ز يادة": "زيادة"; "تشكل ت حر": "تحر"; "في ال
  // دول": "الدول"; but "الوز ر اء" is "الوزراء").
  bool goes_with_next(const std::string& a, const std::string& b, std::string_view next) const {
    if (next.empty() || b.empty() || is_word(b)) return false;
    const std::string n = second_part_letters(next);
    return !n.empty() && makes_word(b + n) && !makes_word(a + b + n);
  }

  // A space after a letter that joins the next, certainly inside a word:
  // the sides make a word, one is one letter or the article alone, and that
  // piece does not go with the token after it (kLetterSpacedPieces). A
  // string the dictionary rejects is no such evidence: names ("سري لانكا").
  bool spaced_piece(std::string_view left, std::string_view right, std::string_view next) const {
    if (!after_joining_letter(left)) return false;
    const Parts p = parts(left, right);
    const auto lone = [](const std::string& part) { return code_points(part).size() == 1 || part == kArticle; };
    return p.whole_word && (lone(p.a) || lone(p.b)) && !goes_with_next(p.a, p.b, next);
  }

  // The article alone before a word it makes a word with, on any line,
  // unless it may end the word before it (`before`, the token before it,
  // not a short word of a closed class: "أعم ال عنف" is "أعمال عنف", "في
  // ال دول" is "في الدول" though hunspell-ar accepts "فيال").
  Verdict article_alone(std::string_view before, std::string_view left, std::string_view right) {
    if (first_part_letters(left) != kArticle || left.find('/') != std::string_view::npos) return Verdict::keep;
    const std::string b = first_part_letters(before);
    if (!b.empty() && !short_word(b) && makes_word(b + std::string(kArticle))) return Verdict::keep;
    const Parts p = parts(left, right);
    if (!p.whole_word) return Verdict::keep;
    why = p.how + "; the article " + quoted(p.a) + " is never written apart";
    return Verdict::join;
  }

  // A space after a letter that joins the next, on a letter-spaced line
  // (`pieces`: how many such spaces are certainly inside words).
  Verdict spaced_word(std::string_view left, std::string_view right, std::size_t pieces) {
    const Parts p = parts(left, right);
    if (!p.whole_word) return Verdict::keep;
    const bool piece = one_is_none(p) || yeh_piece(p.a, p.b);
    // Two words of the dictionary ("بمن فيهم", "تضع في") are joined only
    // where the document prints the whole elsewhere and they are not both
    // credible words.
    const auto printed = words.find(p.a + p.b);
    if (!piece && (printed == words.end() || (credible(p.a, true) && credible(p.b, false)))) return Verdict::keep;
    why = p.how + "; the line is letter-spaced (" + std::to_string(pieces) +
          " of its spaces stand after a letter that joins the next, between parts that make a word, one of them a "
          "letter alone or the article alone), and " +
          (piece ? "one of " + quoted(p.a) + " and " + quoted(p.b) + " is no word, or a piece a dump splits off"
                 : quoted(p.a) + " and " + quoted(p.b) + " are not both credible words, and the document prints " +
                       quoted(p.a + p.b) + " whole");
    return Verdict::join;
  }

  Verdict split_word(std::string_view left, std::string_view right) {
    if (!joins_no_next(last_letter(left)) || !opens_with_letter(right)) return Verdict::keep;
    const Parts p = parts(left, right);
    if (!p.whole_word) return Verdict::keep;
    const std::string& a = p.a;
    const std::string& b = p.b;
    const auto printed = words.find(a + b);
    why = p.how;
    if (is_word(a) && is_word(b)) {
      const bool piece = yeh_piece(a, b);
      if (!piece && (code_points(b).size() > kMaxDoubtedSecondLetters || credible(a, true) || credible(b, false)))
        return printed == words.end() ? Verdict::keep : Verdict::doubt;
      why += "; the dictionary accepts " + quoted(a) + " and " + quoted(b) + " too, but " +
             (piece ? quoted(b) + ", two letters opening with \u064A, is no word Arabic writes apart: pdftotext splits a "
                                  "word before a medial \u064A, and the document prints it apart nowhere else"
                    : "it accepts most strings that short, and the document prints neither apart elsewhere; " + quoted(a) +
                          " ends with a letter that does not join the next, after which a dump sets a space");
      return Verdict::join;
    }
    why += ", and not both " + quoted(a) + " and " + quoted(b) + "; " + quoted(a) +
           " ends with a letter that does not join the next, after which a dump sets a space";
    return Verdict::join;
  }
};

// pdftotext may print a right-to-left line's left end (its last words in
// reading order) on a line of its own right above it, where a vowel mark
// stands over the word cut there: the line ends with the word's first
// letters and the marks set apart ("... وبالاتفاق المن ّ"), the short line
// above opens with the word's rest ("ظ ِم للعلاقة بين": A/RES/80/7; 79/100's
// "أن ت َ ّ" under "طلع عن طر يق المملكة", "م َ ّ" under "كن المشاركين").
// Where the two pieces make a word (the Arabic dictionary, or the document
// printing it whole), the line above is the shorter and the two together
// fit on one line of the text (at most kLeftEndSlack times its wrap width,
// in characters), it is read after the line (edit arabic_left_end), the
// marks on the rest's first letter, over which they stand ("المنظِّم",
// "تطَّلع", "مكَّن"), in Unicode's order.
constexpr double kLeftEndSlack = 1.15;

// `word` with each run of combining marks in canonical order (by combining class).
std::string marks_in_order(std::string_view word) {
  std::u32string cps = code_points(word);
  for (std::size_t i = 0; i < cps.size();) {
    std::size_t j = i;
    while (j < cps.size() && is_combining_mark(cps[j])) ++j;
    std::stable_sort(cps.begin() + static_cast<std::ptrdiff_t>(i), cps.begin() + static_cast<std::ptrdiff_t>(j),
                     [](char32_t a, char32_t b) {
                       return u_getCombiningClass(static_cast<UChar32>(a)) < u_getCombiningClass(static_cast<UChar32>(b));
                     });
    i = j == i ? i + 1 : j;
  }
  std::string out;
  for (const char32_t cp : cps) append_utf8(out, cp);
  return out;
}

// Reads the left end printed above line `l` of page `p` back after it, where it is one.
void read_left_end_back(Document& doc, std::size_t p, std::size_t l, const Judge& judge, std::size_t wrap_width) {
  Line& line = doc.pages[p].lines[l];
  const Line& above = doc.pages[p].lines[l - 1];
  const std::vector<Token> tokens = tokens_of(line.text), rest = tokens_of(above.text);
  std::size_t k = tokens.size();
  while (k > 0 && only_marks(text_of(line.text, tokens[k - 1]))) --k;
  if (k == tokens.size() || k == 0 || rest.empty()) return;
  // A copy: the line's text is replaced below.
  const std::string piece = std::string(text_of(line.text, tokens[k - 1]));
  const std::string_view first = text_of(above.text, rest[0]);
  // A word whose last letter ends words only (ة ى) or whose marks hold
  // tanwin, which only ends a word ("وفقا ً"), is whole: nothing was cut.
  const char32_t last = last_letter(piece);
  if (last == 0 || last == 0x0629 || last == 0x0649 || !opens_with_letter(first) || letters_of(piece).empty()) return;
  for (std::size_t t = k; t < tokens.size(); ++t)
    for (const char32_t cp : code_points(text_of(line.text, tokens[t])))
      if (is_tanwin(cp)) return;
  const std::size_t end_chars = code_points(trim(above.text)).size(), line_chars = code_points(trim(line.text)).size();
  if (end_chars >= line_chars || static_cast<double>(end_chars + line_chars) > kLeftEndSlack * static_cast<double>(wrap_width))
    return;
  // The word's rest: the first word above, and the next when it opens with
  // a mark ("ظ" "ِم").
  std::size_t taken = 1;
  std::string word_rest(first);
  if (rest.size() > 1 && opens_with_mark(std::string_view(above.text).substr(rest[1].begin)))
    word_rest += text_of(above.text, rest[1]), taken = 2;
  const std::string whole = letters_of(piece) + letters_of(word_rest);
  const bool in_dictionary = judge.dictionary && judge.dictionary->accepts(whole);
  if (letters_of(word_rest).empty() || !(in_dictionary || judge.words.contains(whole))) return;
  std::string marks;
  for (std::size_t t = k; t < tokens.size(); ++t) marks += text_of(line.text, tokens[t]);
  std::size_t first_letter = 0;
  next_code_point(word_rest, first_letter);
  std::string tail = marks_in_order(std::string(piece) + word_rest.substr(0, first_letter) + marks + word_rest.substr(first_letter));
  if (taken < rest.size()) tail += " " + std::string(trim(std::string_view(above.text).substr(rest[taken].begin)));
  const std::string before = line.text.substr(tokens[k - 1].begin);
  set_role(doc, kPass, "arabic_left_end", {p, l - 1}, LineRole::marker,
           "the left end of the line under it, which pdftotext printed on a line of its own above it where a vowel "
           "mark stands over the word cut there: read after that line",
           kSplitWordConfidence);
  line.replace(tokens[k - 1].begin, before.size(), tail);
  record_line_edit(doc, kPass, "arabic_left_end", {p, l}, tokens[k - 1].begin, before, tail,
                   "the line's end, printed by pdftotext on the line above it: " + quoted(letters_of(piece)) + " and " +
                       quoted(letters_of(word_rest)) + " make " + quoted(whole) +
                       (in_dictionary ? " (the Arabic dictionary has it)" : " (the document prints it whole)") +
                       ", and the marks set apart stand over the rest's first letter",
                   kSplitWordConfidence);
}

// How many of the line's spaces are certainly inside a word, after a
// letter that joins the next (Judge::spaced_piece): kLetterSpacedPieces
// or more make a letter-spaced line.
// A token counts in one piece at most: a letter alone between two words
// makes a word with one of them only ("تشكل ت حر": one space inside a word).
std::size_t spaced_pieces(const std::string& text, const std::vector<Token>& tokens, const Judge& judge) {
  std::size_t pieces = 0;
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    const std::string_view next = k + 1 < tokens.size() && tokens[k + 1].begin == tokens[k].end + 1
                                      ? text_of(text, tokens[k + 1])
                                      : std::string_view();
    if (tokens[k].begin == tokens[k - 1].end + 1 && judge.spaced_piece(text_of(text, tokens[k - 1]), text_of(text, tokens[k]), next)) {
      ++pieces;
      ++k;
    }
  }
  return pieces;
}

// Whether the line is letter-spaced (kLetterSpacedPieces).
bool letter_spaced(const std::string& text, const Judge& judge) {
  return judge.dictionary && spaced_pieces(text, tokens_of(text), judge) >= kLetterSpacedPieces;
}

void repair_line(Document& doc, LineRef where, Judge& judge) {
  Line& line = at(doc, where);
  std::vector<Token> tokens = tokens_of(line.text);
  const std::size_t pieces = judge.dictionary ? spaced_pieces(line.text, tokens, judge) : 0;
  for (std::size_t k = 1; k < tokens.size();) {
    const Token a = tokens[k - 1], b = tokens[k];
    const std::string_view text = line.text;
    const std::string_view left = text_of(text, a), right = text_of(text, b);
    if (b.begin != a.end + 1) { ++k; continue; }
    std::string kind, reason;
    double confidence = 1.0;
    if (only_marks(right) && k + 1 == tokens.size() && !(right == "\u064B" && last_letter(left) == 0x0627)) {
      // A mark alone at the line's end may be the next line's (tanwin ends
      // a word: "وهو ٌ" over "أمر" is "أمرٌ"): its letter is not shown.
      // But for tanwin al-fath after a final alif ("وفقا ً"), which Arabic
      // writes on that alif: it is that word's.
      doc.log.warn(std::string(kPass), doc.position_of(where.page, where.line),
                   "kept the vowel mark " + quoted(right) +
                       " set apart at the line's end: the dump does not show which letter it is on");
      ++k;
      continue;
    }
    if (opens_with_mark(right) && last_letter(left) != 0) {
      kind = "arabic_detached_mark";
      reason = "a vowel mark never opens a word: it goes on the letter before it";
    } else if (judge.dictionary) {
      const bool spaced = pieces >= kLetterSpacedPieces && Judge::after_joining_letter(left);
      const std::string_view next =
          k + 1 < tokens.size() && tokens[k + 1].begin == b.end + 1 ? text_of(text, tokens[k + 1]) : std::string_view();
      const std::string_view before =
          k >= 2 && tokens[k - 2].end + 1 == a.begin ? text_of(text, tokens[k - 2]) : std::string_view();
      // A piece between a credible word and a token it makes a word with
      // goes with that token ("احتراما ك املا": "كاملا").
      const std::string a_letters = first_part_letters(left), b_letters = second_part_letters(right);
      const bool to_next = judge.credible(a_letters, true) && judge.goes_with_next(a_letters, b_letters, next);
      const Verdict v = to_next                                               ? Verdict::keep
                        : spaced                                              ? judge.spaced_word(left, right, pieces)
                        : judge.article_alone(before, left, right) == Verdict::join ? Verdict::join
                                                                                    : judge.split_word(left, right);
      if (v == Verdict::doubt)
        doc.log.warn(std::string(kPass), doc.position_of(where.page, where.line),
                     "kept " + quoted(std::string(left) + " " + std::string(right)) + " as two words, though " +
                         judge.why + ": both parts are words too");
      if (v != Verdict::join) { ++k; continue; }
      kind = "arabic_split_word";
      reason = judge.why;
      confidence = kSplitWordConfidence;
    } else {
      ++k;
      continue;
    }
    const std::string before = std::string(left) + " " + std::string(right);
    const std::string after = std::string(left) + std::string(right);
    line.replace(a.end, 1, "");
    record_line_edit(doc, kPass, kind, where, a.begin, before, after, reason, confidence);
    tokens[k - 1].end = b.end - 1;
    tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(k));
    for (std::size_t j = k; j < tokens.size(); ++j) {
      --tokens[j].begin;
      --tokens[j].end;
    }
  }
}

}  // namespace

void repair_arabic_dump_words(Document& doc, const PassContext& ctx) {
  // Text dumps only: pdftotext's spaces after non-joining letters; typed
  // text (Markdown, an ODS export) spaces its words as written.
  if (language_of(doc) != "ar" || doc.source.kind != "text") return;
  const Dictionary* dictionary = ctx.dictionaries.for_measuring("ar");
  // Letter-spaced lines print words apart where no word ends: their pieces
  // are no evidence of words printed whole or apart (the lines are found
  // with every line's words first).
  const WordCounts all_words = document_words(doc, [](const Line&) { return false; });
  const PartsApart none;
  const Judge spacing{dictionary, all_words, none, {}};
  std::set<const Line*> spaced_lines;  // read once for both counts below
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines)
      if (letter_spaced(line.text, spacing)) spaced_lines.insert(&line);
  const auto spaced = [&](const Line& line) { return spaced_lines.contains(&line); };
  const WordCounts words = document_words(doc, spaced);
  const PartsApart apart = parts_apart(doc, spaced);
  Judge judge{dictionary, words, apart, {}};
  // The text's line width, in characters (wrap_width_of: 0 when the lines
  // are not of one measure).
  std::vector<std::size_t> lengths;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines)
      if (line.role == LineRole::body && !is_blank(line.text)) lengths.push_back(code_points(trim(line.text)).size());
  const std::size_t wrap_width = wrap_width_of(lengths);
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    if (doc.pages[p].ocr) continue;
    for (std::size_t l = 1; l < doc.pages[p].lines.size() && wrap_width > 0; ++l) {
      const Line& line = doc.pages[p].lines[l];
      const Line& above = doc.pages[p].lines[l - 1];
      if (line.words.empty() && above.words.empty() && line.role == LineRole::body && above.role == LineRole::body)
        read_left_end_back(doc, p, l, judge, wrap_width);
    }
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      const Line& line = doc.pages[p].lines[l];
      // Lines with word boxes are read from their gaps (split_at).
      if (!line.words.empty() || (line.role != LineRole::body && line.role != LineRole::footnote)) continue;
      repair_line(doc, {p, l}, judge);
    }
  }
}

}  // namespace akn::detail
