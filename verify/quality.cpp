#include "verify/quality.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "core/digits.hpp"
#include "core/known_words.hpp"
#include "core/regex.hpp"
#include "core/un_patterns.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
// Two lines stand on one baseline when their heights overlap by more than
// this share of the smaller one.
constexpr double kSameBaseline = 0.5;
// A line is wholly to the left of another when it ends at most this many
// points (or pixels) into it.
constexpr double kLeftTolerance = 1.0;
// A paragraph's number has at most this many digits (more is a year, a
// figure, not a numbering).
constexpr std::size_t kParagraphNumberDigits = 6;

// Every text of `res` that export writes as body text, with what it is.
void for_each_text(const Resolution& res, const std::function<void(const RichText&)>& f) {
  std::function<void(const std::vector<Point>&)> points = [&](const std::vector<Point>& pts) {
    for (const Point& p : pts) {
      f(p.text);
      points(p.points);
    }
  };
  auto operative = [&](const std::vector<OperativeParagraph>& ops) {
    for (const OperativeParagraph& op : ops) {
      f(op.text);
      points(op.points);
      if (op.wrap_up) f(*op.wrap_up);
      for (const Table& t : op.tables)
        for (const TableRow& row : t.rows)
          for (const TableCell& c : row.cells) f(c.text);
    }
  };
  if (res.title) f(*res.title);
  for (const RichText& t : res.other_preface) f(t);
  for (const PreambularParagraph& p : res.preamble) f(p.text);
  operative(res.operative);
  for (const Section& s : res.sections) {
    if (s.heading) f(*s.heading);
    for (const PreambularParagraph& p : s.preamble) f(p.text);
    operative(s.operative);
  }
  for (const Annex& a : res.annexes) {
    for (const RichText& h : a.heading) f(h);
    operative(a.paragraphs);
  }
  for (const Resolution& next : res.following) for_each_text(next, f);
}

// Every note of `res` and of the resolutions printed after it.
void for_each_note(const Resolution& res, const std::function<void(const Footnote&)>& f) {
  for (const Footnote& note : res.footnotes) f(note);
  for (const Resolution& next : res.following) for_each_note(next, f);
}

Position position_at(const Document& doc, const RichText& t, std::size_t offset) {
  if (t.source.empty()) return {};
  Origin o = t.source.front();
  for (const Origin& x : t.source)
    if (x.offset <= offset) o = x;
  if (o.page < 1) return {};
  return doc.position_of(static_cast<std::size_t>(o.page - 1), static_cast<std::size_t>(o.line));
}

bool word_char(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '/'; }

// The document's own symbols standing alone in a text (not a reference in
// brackets or after "document").
void own_symbols(const Document& doc, const Resolution& res, const RichText& t, std::vector<Residue>& out) {
  std::vector<std::string> symbols = res.meta.other_symbols;
  if (res.meta.symbol) symbols.push_back(*res.meta.symbol);
  for (const std::string& symbol : symbols) {
    if (symbol.size() < 5) continue;
    for (std::size_t at = t.text.find(symbol); at != std::string::npos; at = t.text.find(symbol, at + 1)) {
      const std::size_t end = at + symbol.size();
      if ((at > 0 && word_char(t.text[at - 1])) || (end < t.text.size() && word_char(t.text[end]))) continue;
      const std::string_view before = std::string_view(t.text).substr(0, at);
      if (before.ends_with("(") || before.ends_with("document ") || before.ends_with("documents ")) continue;
      out.push_back({"symbol", symbol, position_at(doc, t, at)});
    }
  }
}
}  // namespace

std::vector<Residue> furniture_in_text(const Document& doc, const Resolution& res) {
  // A job number as the footer prints it: "23-25993", "23-25993 (E) 100124".
  static const Regex kJob("(?<![\\w/.-])[0-9]{2}-[0-9]{5}(?:\\s*\\([A-Z]\\))?(?:\\s+[0-9]{6})?(?![\\w-])");
  static const Regex kPageOf("(?<![\\w/.-])([0-9]{1,3})/([0-9]{1,3})(?![\\w/-])");
  static const Regex kContinued("/\\s?\\.\\s?\\.\\s?\\.");
  static const Regex kCites("(?:resolutions?|decisions?|and|or|to|,)\\s*$");
  // Masthead values no body text prints: the distribution, the language of
  // the original, an organ in capitals with its year or session ("SECURITY
  // COUNCIL Forty-ninth year"), "UNITED NATIONS" with the series letters of
  // the logo, or "United Nations" and a symbol, as a whole text.
  static const Regex kMasthead(
      "\\bDistr\\.\\s*:?\\s*(?:General|GENERAL|Limited|LIMITED|Restricted|RESTRICTED)\\b|"
      "\\b(?:ORIGINAL|Original)\\s*:\\s*(?:ENGLISH|FRENCH|SPANISH|RUSSIAN|ARABIC|CHINESE|English|French|Spanish|Russian|"
      "Arabic|Chinese)\\b|"
      "\\b(?:GENERAL ASSEMBLY|SECURITY COUNCIL|ECONOMIC AND SOCIAL COUNCIL)\\s+[A-Z][a-z]+(?:-[a-z]+)?\\s+(?:year|session)\\b|"
      "^\\s*UNITED\\s+NATIONS(?:\\s+[AES]{1,2})?\\s*$|^\\s*United\\s+Nations\\s+[A-Z]{1,2}/[A-Z0-9./-]+\\s*$");
  const std::size_t pages = doc.pages.size();
  std::vector<Residue> out;
  for_each_text(res, [&](const RichText& t) {
    own_symbols(doc, res, t, out);
    for (const auto& m : kJob.find_all(t.text)) out.push_back({"job number", std::string(m.str(t.text)), position_at(doc, t, m.begin)});
    for (const auto& m : kPageOf.find_all(t.text)) {
      const int n = std::stoi(std::string(m.str(t.text, 1))), of = std::stoi(std::string(m.str(t.text, 2)));
      if (pages < 2 || of != static_cast<int>(pages) || n < 1 || n > of) continue;
      const std::string_view before = std::string_view(t.text).substr(0, m.begin);
      if (kCites.search(tail_bytes(before, 20))) continue;
      out.push_back({"page number", std::string(m.str(t.text)), position_at(doc, t, m.begin)});
    }
    for (const auto& m : kMasthead.find_all(t.text))
      out.push_back({"masthead", std::string(m.str(t.text)), position_at(doc, t, m.begin)});
    for (const auto& m : kContinued.find_all(t.text))
      out.push_back({"continuation mark", std::string(m.str(t.text)), position_at(doc, t, m.begin)});
  });
  // A note prints no job number nor continuation mark: the page's footer,
  // read into the last note above it.
  for_each_note(res, [&](const Footnote& note) {
    const Position where =
        note.page >= 1 ? doc.position_of(static_cast<std::size_t>(note.page - 1), static_cast<std::size_t>(note.line)) : Position{};
    for (const auto& m : kJob.find_all(note.text)) out.push_back({"job number in a note", std::string(m.str(note.text)), where});
    for (const auto& m : kContinued.find_all(note.text))
      out.push_back({"continuation mark in a note", std::string(m.str(note.text)), where});
  });
  return out;
}

std::vector<Position> reading_order_breaks(const Document& doc) {
  std::vector<Position> out;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const auto& lines = doc.pages[p].lines;
    const Line* prev = nullptr;
    for (std::size_t l = 0; l < lines.size(); ++l) {
      const Line& line = lines[l];
      if ((line.role != LineRole::body && line.role != LineRole::footnote) || !line.box) continue;
      if (prev) {
        const Box &a = *prev->box, &b = *line.box;
        const double overlap = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
        const double smaller = std::min(a.height(), b.height());
        if (smaller > 0 && overlap > kSameBaseline * smaller && b.x1 <= a.x0 + kLeftTolerance)
          out.push_back(doc.position_of(p, l));
      }
      prev = &line;
    }
  }
  return out;
}

namespace {
// The number of a paragraph numbered in figures alone ("17.", "(17)",
// "17 -", in Western or either set of Arabic-Indic digits: "١٧ -", "۱۷ -";
// leading_number reads them); none for "1.1", "17 bis", "A.", digits of
// two sets or an unnumbered paragraph.
std::optional<long> paragraph_number(std::string_view num) {
  const std::size_t first = num.starts_with('(') ? 1 : 0;
  const auto n = leading_number(num.substr(first), kParagraphNumberDigits);
  if (!n) return std::nullopt;
  const std::string_view rest = num.substr(first + n->bytes);
  for (std::size_t i = 0; i < rest.size();) {
    const char32_t c = next_code_point(rest, i);
    if (is_letter(c) || decimal_digit_value(c) >= 0) return std::nullopt;
  }
  return static_cast<long>(n->value);
}

// Where a paragraph starts: its text's first line, or its heading's.
Position paragraph_position(const Document& doc, const OperativeParagraph& p) {
  if (!p.text.source.empty()) return position_at(doc, p.text, 0);
  return p.heading ? position_at(doc, *p.heading, 0) : Position{};
}

// The breaks of one run of numbered paragraphs (numbering_breaks).
void numbering_breaks_in(const Document& doc, const std::vector<OperativeParagraph>& paragraphs,
                         std::vector<NumberingBreak>& out) {
  std::vector<long> run;  // the numbers read since the sequence (re)started
  for (const OperativeParagraph& p : paragraphs) {
    const auto n = paragraph_number(p.num);
    if (!n) continue;
    if (run.empty() || *n > run.back()) {
      run.push_back(*n);
      continue;
    }
    // Lower than the number before it: read late when the run skipped it
    // (went from a number under it to one over it) and has not read it.
    std::size_t skipped = run.size();
    for (std::size_t i = 0; i + 1 < run.size() && skipped == run.size(); ++i)
      if (run[i] < *n && *n < run[i + 1]) skipped = i;
    if (skipped == run.size() || std::find(run.begin(), run.end(), *n) != run.end()) {
      run = {*n};  // a numbering of its own starts
      continue;
    }
    NumberingBreak b{paragraph_position(doc, p), {run.begin() + static_cast<std::ptrdiff_t>(skipped), run.end()}};
    b.seen.push_back(*n);
    out.push_back(std::move(b));
    run.push_back(*n);
  }
}
}  // namespace

std::vector<NumberingBreak> numbering_breaks(const Document& doc, const Resolution& res) {
  std::vector<NumberingBreak> out;
  numbering_breaks_in(doc, res.operative, out);
  for (const Section& s : res.sections) numbering_breaks_in(doc, s.operative, out);
  for (const Annex& a : res.annexes) numbering_breaks_in(doc, a.paragraphs, out);
  for (const Resolution& next : res.following)
    for (NumberingBreak& b : numbering_breaks(doc, next)) out.push_back(std::move(b));
  return out;
}

namespace {
// The words of `text`: runs between spaces, without the punctuation around
// them ("(Signed)", "Palestine,"); each with its byte offset.
std::vector<std::pair<std::string, std::size_t>> words_of(std::string_view text) {
  static const Regex kWord("[^\\s]+");
  static const Regex kTrim("^[\\p{P}\\p{S}]*(.*?)[\\p{P}\\p{S}]*$");
  std::vector<std::pair<std::string, std::size_t>> out;
  for (const auto& m : kWord.find_all(text)) {
    const std::string_view run = m.str(text);
    const auto t = kTrim.search(run);
    const std::string_view word = t ? t->str(run, 1) : run;
    if (!word.empty()) out.emplace_back(std::string(word), m.begin + static_cast<std::size_t>(word.data() - run.data()));
  }
  return out;
}

}  // namespace

namespace {
// How a title's word that the dictionary does not spell as a whole is
// told from a misreading (doubtful_title_word).
//
// Elisions: a French or Italian word cut before a vowel and joined to the
// next by an apostrophe ("d'affaires", "L'Organisation", "qu'il",
// "dell'Europa"); the word after it is what is judged.
constexpr std::array<std::string_view, 22> kElisions = {
    "c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",  // French
    "all", "dall", "dell", "nell", "sull", "un", "quest", "quell"};                              // Italian
// A dotted abbreviation ("a.i.", "U.N.", "Ph.D.") is runs of at most this
// many letters with a dot after each but perhaps the last.
constexpr int kAbbreviationRun = 2;

// Capitals are often printed without their accents (typewritten French:
// "QUATRIEME", "SECURITE"): a word in capitals the dictionary does not know
// is asked again with accents put back on at most kAccentsPutBack of its
// letters, in at most kAccentForms forms.
constexpr int kAccentsPutBack = 3;
constexpr std::size_t kAccentForms = 300;

// What judges a title's words: the dictionary, the document's words, and
// whether the title prints small letters (a title in capitals prints every
// word in capitals, initialisms among them).
struct TitleWords {
  const std::function<bool(std::string_view)>& known;
  WordTest in_document;
  bool lowercase = false;
};

std::size_t letters(std::string_view word, bool (*which)(char32_t)) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < word.size();)
    if (which(next_code_point(word, i))) ++n;
  return n;
}

// "A.I", "a.i", "U.N" (the dot after the last run is punctuation, taken
// off), or a single letter with a dot after it (an initial: "J.").
bool abbreviation(std::string_view word, bool dot_after) {
  static const Regex kDotted("^\\p{L}{1," + std::to_string(kAbbreviationRun) + "}(?:\\.\\p{L}{1," +
                             std::to_string(kAbbreviationRun) + "})+$");
  if (kDotted.full_match(word)) return true;
  std::size_t i = 0;
  return dot_after && !word.empty() && is_letter(next_code_point(word, i)) && i == word.size();
}

// A word of capitals in a title that prints small letters: an initialism
// ("UNRWA") or a name as UN documents print surnames ("AL-KIDWA"), which no
// dictionary spells. Two letters at least, none small.
bool initialism(std::string_view word, const TitleWords& title) {
  return title.lowercase && letters(word, is_upper_letter) >= 2 && letters(word, is_lower_letter) == 0;
}

// The accented capitals of the Latin-script languages of the UN, by the
// letter they are printed as without their accent.
const std::map<char32_t, std::u32string>& accented_capitals() {
  static const std::map<char32_t, std::u32string> kAccented = {
      {U'A', U"\u00C0\u00C2\u00C1"},         {U'C', U"\u00C7"}, {U'E', U"\u00C9\u00C8\u00CA\u00CB"},
      {U'I', U"\u00CE\u00CF\u00CD"},         {U'N', U"\u00D1"}, {U'O', U"\u00D4\u00D3"},
      {U'U', U"\u00D9\u00DB\u00DC\u00DA"}};
  return kAccented;
}

// Whether `known` spells `word` with accents put back on `changes` more of
// its letters from `from` on; `asked` counts the forms asked.
bool known_with_accents(std::u32string& word, std::size_t from, int changes, std::size_t& asked,
                        const std::function<bool(std::string_view)>& known) {
  if (changes == 0) {
    std::string form;
    for (char32_t c : word) append_utf8(form, c);
    return asked++ < kAccentForms && known(form);
  }
  for (std::size_t i = from; i < word.size() && asked < kAccentForms; ++i) {
    const auto accented = accented_capitals().find(word[i]);
    if (accented == accented_capitals().end()) continue;
    const char32_t bare = word[i];
    bool found = false;
    for (std::size_t k = 0; k < accented->second.size() && !found; ++k) {
      word[i] = accented->second[k];
      found = known_with_accents(word, i + 1, changes - 1, asked, known);
    }
    word[i] = bare;
    if (found) return true;
  }
  return false;
}

// Whether the dictionary knows `word` with its accents other than printed:
// without them (a loanword: "Chargé" in an English title), or, a word in
// capitals, with some put back ("QUATRIEME": "QUATRIÈME").
bool known_but_accents(std::string_view word, const TitleWords& title) {
  const std::string bare = without_accents(word);
  if (bare != word && title.known(bare)) return true;
  if (letters(word, is_lower_letter) > 0) return false;
  std::u32string capitals = code_points(bare);
  std::size_t asked = 0;
  for (int n = 1; n <= kAccentsPutBack; ++n)
    if (known_with_accents(capitals, 0, n, asked, title.known)) return true;
  return false;
}

// The word after the apostrophe (straight or typographic) of an elided
// form ("d'affaires" -> "affaires"); empty when `word` is none.
std::string_view after_elision(std::string_view word) {
  for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    const std::size_t at = word.find(apostrophe);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string before = to_lower(word.substr(0, at));
    if (std::find(kElisions.begin(), kElisions.end(), before) != kElisions.end())
      return word.substr(at + apostrophe.size());
  }
  return {};
}

// Whether a word of the title is one neither the dictionary nor the document
// knows (unknown_to_dictionary_and_document), once what no dictionary
// spells is set apart: a dotted abbreviation or an initial, an initialism,
// a word printed with its accents other than the dictionary spells it, and
// an elided form, judged by the word after its apostrophe.
bool doubtful_title_word(std::string_view word, bool dot_after, const TitleWords& title) {
  if (abbreviation(word, dot_after) || initialism(word, title)) return false;
  auto unknown = [&](std::string_view w) {
    return unknown_to_dictionary_and_document(w, title.known, title.in_document) && !known_but_accents(w, title);
  };
  if (!unknown(word)) return false;
  const std::string_view rest = after_elision(word);
  return rest.empty() || unknown(rest);
}

// The words OCR read on the title's lines (Tesseract's, or an OCR text
// layer kept), each with the least confidence it was read with (-1: none
// given, as on a text layer) and whether a text layer gave it.
std::map<std::string, DoubtfulWord, std::less<>> read_by_ocr(const Document& doc, const RichText& title) {
  std::map<std::string, DoubtfulWord, std::less<>> read;
  for (const Origin& o : title.source) {
    if (o.page < 1 || static_cast<std::size_t>(o.page) > doc.pages.size()) continue;
    const Page& page = doc.pages[static_cast<std::size_t>(o.page - 1)];
    if (!(page.ocr || page.ocr_layer) || static_cast<std::size_t>(o.line) >= page.lines.size()) continue;
    const Line& line = page.lines[static_cast<std::size_t>(o.line)];
    for (const Word& w : line.words) {
      if (w.end > line.text.size() || w.begin >= w.end) continue;
      for (const auto& [word, at] : words_of(std::string_view(line.text).substr(w.begin, w.end - w.begin))) {
        const auto [it, fresh] = read.emplace(word, DoubtfulWord{word, w.confidence, {}, page.ocr_layer});
        if (!fresh) it->second.confidence = std::min(it->second.confidence, w.confidence);
      }
    }
  }
  return read;
}
}  // namespace

std::vector<DoubtfulWord> doubtful_title_words(const Document& doc, const Resolution& res,
                                               const std::function<bool(std::string_view)>& known) {
  if (!res.title || !known) return {};
  const RichText& title = *res.title;
  const auto read = read_by_ocr(doc, title);
  if (read.empty()) return {};
  // The document's words, compared without case and accents: a title in
  // capitals prints "QUATRIEME" for the "Quatrième" of the text.
  std::set<std::string, std::less<>> elsewhere;
  for_each_text(res, [&](const RichText& t) {
    if (&t == &title) return;
    for (auto& [word, at] : words_of(t.text)) elsewhere.insert(without_case_and_accents(word));
  });
  TitleWords words{known, [&](std::string_view w) { return elsewhere.contains(without_case_and_accents(w)); },
                   letters(title.text, is_lower_letter) > 0};
  std::vector<DoubtfulWord> out;
  for (const auto& [word, at] : words_of(title.text)) {
    const auto r = read.find(word);
    const std::size_t end = at + word.size();
    if (r == read.end() || !doubtful_title_word(word, end < title.text.size() && title.text[end] == '.', words)) continue;
    DoubtfulWord w = r->second;
    w.where = position_at(doc, title, at);
    out.push_back(std::move(w));
  }
  return out;
}

namespace {
// What legitimately surrounds a word in a clean text (dictionary_word), in
// the languages with a dictionary (Latin and Cyrillic scripts).
// Before a word: opening quotes and brackets, Spanish opening marks.
constexpr std::u32string_view kOpening = U"([{\"'\u201C\u2018\u00AB\u201E\u201A\u2039\u00BF\u00A1";
// After it: closing quotes and brackets, final punctuation.
constexpr std::u32string_view kClosing = U")]}\"'\u201D\u2019\u00BB\u203A.,;:!?\u2026";
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
  // apostrophes, hyphens, dots, slashes and brackets; its case changes only
  // from capitals to small letters. The dictionary is not asked before:
  // Hunspell accepts "'Article" or "tutelle.C'est" as French.
  if (w.empty() || !(is_letter(w.front()) || decimal_digit_value(w.front()) >= 0) || one_of(kApostrophes, w.back()))
    return DictionaryWord::unknown;
  for (char32_t c : w)
    if (!is_letter(c) && !one_of(kApostrophes, c) && !one_of(kHyphens, c) && c != U'.' && c != U'/' && c != U'(' &&
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

bool looks_like_resolution(const Resolution& res) {
  return (res.meta.symbol && res.meta.symbol->find("/RES/") != std::string::npos) || res.adoption_line || res.number ||
         res.sponsors;
}

}  // namespace akn
