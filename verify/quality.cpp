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

#include "cleanup/page_numbers.hpp"
#include "cleanup/separator_rule.hpp"
#include "core/digits.hpp"
#include "core/language.hpp"
#include "core/known_words.hpp"
#include "core/regex.hpp"
#include "core/text_columns.hpp"
#include "core/symbol_match.hpp"
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

// The document's own symbols standing alone in a text (not a reference in
// brackets or after "document").
void own_symbols(const Document& doc, const Resolution& res, const RichText& t, std::vector<Residue>& out) {
  std::vector<std::string> symbols = res.meta.other_symbols;
  if (res.meta.symbol) symbols.push_back(*res.meta.symbol);
  for (const std::string& symbol : symbols) {
    if (symbol.size() < 5) continue;
    for (std::size_t at = find_whole_symbol(t.text, symbol); at != std::string::npos;
         at = find_whole_symbol(t.text, symbol, at + 1)) {
      const std::string_view before = std::string_view(t.text).substr(0, at);
      if (before.ends_with("(") || before.ends_with("document ") || before.ends_with("documents ")) continue;
      out.push_back({"symbol", symbol, position_at(doc, t, at)});
    }
  }
}
}  // namespace

// A text dump's page whose separator rule is followed by text that no note
// took: a note's text (a plain pdftotext dump prints a note's number apart
// from it, and a zone collect_footnotes could not read with certainty stays
// in the body, inside a paragraph). One residue per page, at its first
// such line. Pages with geometry are judged by their type, not here.
void notes_left_in_text(const Document& doc, std::vector<Residue>& out) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    bool under = false;
    for (std::size_t l = 0; l < page.lines.size(); ++l) {
      const Line& line = page.lines[l];
      if (line.box) break;
      if (line.role == LineRole::furniture && is_separator_rule(line.text)) under = true;
      if (under && line.role == LineRole::body && !is_blank(line.text)) {
        out.push_back({"note text under the page's separator", collapse_spaces(line.text), doc.position_of(p, l)});
        break;
      }
    }
  }
}

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
  notes_left_in_text(doc, out);
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

namespace {
// The lines (page, line) from which a logged move (Edit::read_at) reads
// text at another place: their order was repaired, and is not the text
// layer's any more.
std::set<std::pair<int, int>> moved_lines(const Document& doc) {
  std::set<std::pair<int, int>> out;
  for (const Edit& e : doc.log.edits())
    if (e.read_at) out.emplace(e.where.page, e.where.line);
  return out;
}
}  // namespace

std::vector<Position> reading_order_breaks(const Document& doc) {
  std::vector<Position> out;
  const std::set<std::pair<int, int>> moved = moved_lines(doc);
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const auto& lines = doc.pages[p].lines;
    const Line* prev = nullptr;
    for (std::size_t l = 0; l < lines.size(); ++l) {
      const Line& line = lines[l];
      if ((line.role != LineRole::body && line.role != LineRole::footnote) || !line.box) continue;
      const Position at = doc.position_of(p, l);
      if (moved.count({at.page, at.line})) continue;  // read where a logged move puts it: a repaired order
      if (prev) {
        const Box &a = *prev->box, &b = *line.box;
        const double overlap = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
        const double smaller = std::min(a.height(), b.height());
        if (smaller > 0 && overlap > kSameBaseline * smaller && b.x1 <= a.x0 + kLeftTolerance)
          out.push_back(at);
      }
      prev = &line;
    }
  }
  return out;
}

std::vector<Position> interleaved_column_pages(const Document& doc) {
  std::vector<Position> out;
  if (doc.source.kind != "text") return out;
  for (const Page& page : doc.pages)
    if (const auto at = dump_page_gutter(page))
      out.push_back(Position{page.number, page.lines.empty() ? 0 : page.lines.front().source_line, static_cast<int>(*at) + 1});
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

// Whether the numbers a run jumps over (from `from` to `to`) are exactly
// those of the run abandoned when it started (`abandoned`, in steps of one):
// "3 1 2 4" read 3 too early, and the numbering did not start anew at 1.
bool jumps_over_abandoned(long from, long to, const std::vector<long>& abandoned) {
  if (abandoned.empty() || to - from - 1 != static_cast<long>(abandoned.size())) return false;
  for (std::size_t i = 0; i < abandoned.size(); ++i)
    if (abandoned[i] != from + 1 + static_cast<long>(i)) return false;
  return true;
}

// The breaks of one run of numbered paragraphs (numbering_breaks).
void numbering_breaks_in(const Document& doc, const std::vector<OperativeParagraph>& paragraphs,
                         std::vector<NumberingBreak>& out) {
  std::vector<long> run;        // the numbers read since the sequence (re)started
  std::vector<long> abandoned;  // the run before the last restart
  for (const OperativeParagraph& p : paragraphs) {
    const auto n = paragraph_number(p.num);
    if (!n) continue;
    if (run.empty() || *n > run.back()) {
      if (!run.empty() && jumps_over_abandoned(run.back(), *n, abandoned)) {
        NumberingBreak b{paragraph_position(doc, p), abandoned};
        b.seen.insert(b.seen.end(), run.begin(), run.end());
        b.seen.push_back(*n);
        out.push_back(std::move(b));
        abandoned.clear();
      }
      run.push_back(*n);
      continue;
    }
    // Lower than the number before it: read late when the run skipped it
    // (went from a number under it to one over it) and has not read it.
    std::size_t skipped = run.size();
    for (std::size_t i = 0; i + 1 < run.size() && skipped == run.size(); ++i)
      if (run[i] < *n && *n < run[i + 1]) skipped = i;
    if (skipped == run.size() || std::find(run.begin(), run.end(), *n) != run.end()) {
      abandoned = std::move(run);
      run = {*n};  // a numbering of its own starts, unless it then jumps over the abandoned run
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
// The lower-case roman numbers a list of points labels with, from 1.
constexpr std::string_view kRomanLabels[] = {"i",  "ii",  "iii",  "iv", "v",  "vi",  "vii",  "viii",  "ix",  "x",
                                             "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"};

// The value of a point's label in its list: a Latin letter ("(c)" 3) or,
// in a roman list, a lower-case roman number ("(iv)" 4); 0 when it is
// neither (another script's label, "(aa)").
long point_value(std::string_view num, bool roman) {
  while (!num.empty() && num.front() == '(') num.remove_prefix(1);
  while (!num.empty() && num.back() == ')') num.remove_suffix(1);
  if (!roman) return num.size() == 1 && num[0] >= 'a' && num[0] <= 'z' ? num[0] - 'a' + 1 : 0;
  for (std::size_t v = 0; v < std::size(kRomanLabels); ++v)
    if (kRomanLabels[v] == num) return static_cast<long>(v + 1);
  return 0;
}

// What a label of value v is called in a message: "5", "(c)", "(iv)".
std::string label_name(long v, const std::string& kind) {
  if (kind == "letters") return "(" + std::string(1, static_cast<char>('a' + v - 1)) + ")";
  if (kind == "roman") return "(" + std::string(kRomanLabels[static_cast<std::size_t>(v - 1)]) + ")";
  return std::to_string(v);
}

// The gaps and repeats of one run of labels (values in reading order, 0 for
// one not judged), each at its position; `what` names the run ("operative
// paragraphs", "the points of operative paragraph 3."), `kind` how labels
// are written ("numbers", "letters", "roman"). `from_one`: the run starts at 1.
void gaps_in(const std::vector<std::pair<long, Position>>& run, const std::string& what, const std::string& kind, bool from_one,
             std::vector<NumberingGap>& out) {
  std::set<long> seen;
  for (const auto& [v, where] : run) seen.insert(v);
  long before = from_one ? 0 : -1;
  for (const auto& [v, where] : run) {
    if (v <= 0) continue;
    if (v == before) {
      out.push_back({where, "two of the " + what + " are labelled " + label_name(v, kind) +
                                " (one misread, or a paragraph read twice?); compare them with the page image"});
    } else if (before >= 0 && v > before + 1) {
      std::string missing;
      for (long k = before + 1; k < v; ++k)
        if (!seen.count(k)) missing += (missing.empty() ? "" : ", ") + label_name(k, kind);
      if (!missing.empty())
        out.push_back({where, "the " + what + " go from " + (before == 0 ? std::string("the start") : label_name(before, kind)) +
                                  " to " + label_name(v, kind) + ": no " + missing +
                                  " (misread and run into the text before it, or not read?); compare with the page image"});
    }
    before = v;
  }
}

void point_gaps(const Document& doc, const std::vector<Point>& points, const std::string& owner, std::vector<NumberingGap>& out) {
  if (points.size() < 2) {
    for (const Point& p : points) point_gaps(doc, p.points, "point " + p.num + " of " + owner, out);
    return;
  }
  // A roman list opens "(i)", "(ii)"; a list of letters "(a)" (its "(i)" after "(h)" is a letter).
  const bool roman = point_value(points[0].num, true) == 1 && point_value(points[1].num, true) == 2;
  std::vector<std::pair<long, Position>> run;
  for (const Point& p : points) {
    run.emplace_back(point_value(p.num, roman), p.text.source.empty() ? Position{} : position_at(doc, p.text, 0));
    point_gaps(doc, p.points, "point " + p.num + " of " + owner, out);
  }
  if (run.front().first == 1) gaps_in(run, "points of " + owner, roman ? "roman" : "letters", true, out);
}

void paragraph_gaps(const Document& doc, const std::vector<OperativeParagraph>& paragraphs, const std::string& what,
                    bool from_one, std::vector<NumberingGap>& out) {
  std::vector<std::pair<long, Position>> run;
  for (const OperativeParagraph& p : paragraphs) {
    const auto n = paragraph_number(p.num);
    if (n) run.emplace_back(*n, paragraph_position(doc, p));
    point_gaps(doc, p.points, p.num.empty() ? std::string("an unnumbered paragraph") : "paragraph " + p.num, out);
  }
  gaps_in(run, what, "numbers", from_one, out);
}
}  // namespace

std::vector<NumberingGap> numbering_gaps(const Document& doc, const Resolution& res) {
  std::vector<NumberingGap> out;
  for (const PreambularParagraph& p : res.preamble) point_gaps(doc, p.points, "a preambular paragraph", out);
  paragraph_gaps(doc, res.operative, "operative paragraphs", is_statement(res) && res.sections.empty(), out);
  for (const Section& s : res.sections) paragraph_gaps(doc, s.operative, "operative paragraphs of part " + s.num, false, out);
  for (const Resolution& next : res.following)
    for (NumberingGap& g : numbering_gaps(doc, next)) out.push_back(std::move(g));
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
// What script_count counts as a fragment a text of another script prints.
// A point's label: at most this many small letters in brackets ("(a)", "(iv)").
constexpr std::size_t kLabelLetters = 4;
// An abbreviation: at least this many capitals, and nothing but capitals,
// figures, hyphens and dots ("UNRWA", "COVID-19", "U.N.").
constexpr std::size_t kAbbreviationCapitals = 2;

std::string utf8_of(std::u32string_view w) {
  std::string out;
  for (char32_t c : w) append_utf8(out, c);
  return out;
}

// White space between fragments (Chinese sets an ideographic space too).
bool is_space(char32_t c) {
  return c == U' ' || c == U'\n' || c == U'\t' || c == U'\r' || c == U'\f' || c == U'\u00A0' || c == U'\u2009' ||
         c == U'\u202F' || c == U'\u3000';
}

Script script_of_language(std::string_view language) {
  if (language == "zh") return Script::han;
  if (language == "ar") return Script::arabic;
  if (language == "ru") return Script::cyrillic;
  return Script::latin;
}

bool replacement_or_private(char32_t c) {
  return c == U'\uFFFD' || (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0x10FFFD);
}

// `fragment` (no character of the expected script, its brackets and
// punctuation at the edges kept) is one that text of any script prints.
bool expected_fragment(std::u32string_view fragment) {
  static const Regex kSymbol(std::string("^(?:") + masthead::kSymbolPattern + ")$");
  static const Regex kLabel("^[(\uFF08]\\p{Ll}{1," + std::to_string(kLabelLetters) + "}[)\uFF09]$|^\\p{Ll}{1," +
                            std::to_string(kLabelLetters) + "}[)\uFF09]$");
  static const Regex kAbbreviation("^\\p{Lu}[\\p{Lu}\\p{Nd}.\\-]*$");
  auto edge = [](char32_t c) { return !is_letter(c) && decimal_digit_value(c) < 0; };
  std::size_t from = 0, to = fragment.size();
  const std::string whole = utf8_of(fragment);
  if (kLabel.search(whole)) return true;
  while (from < to && edge(fragment[from])) ++from;
  while (to > from && edge(fragment[to - 1])) --to;
  const std::string core = utf8_of(fragment.substr(from, to - from));
  if (core.find("://") != std::string::npos || core.find('@') != std::string::npos || core.starts_with("www.")) return true;
  if (kSymbol.full_match(core)) return true;
  std::size_t capitals = 0;
  for (char32_t c : fragment.substr(from, to - from)) capitals += is_upper_letter(c) ? 1U : 0U;
  return capitals >= kAbbreviationCapitals && kAbbreviation.full_match(core);
}
}  // namespace

double ScriptCount::share() const {
  const std::size_t all = expected + unexpected;
  return all == 0 ? -1 : static_cast<double>(expected) / static_cast<double>(all);
}

ScriptCount script_count(std::string_view text, std::string_view language) {
  const Script script = script_of_language(language);
  ScriptCount count;
  // Fragments: runs without a space or a letter of the expected script.
  std::u32string fragment;
  auto close = [&] {
    std::size_t letters = 0, odd = 0;
    for (char32_t c : fragment) {
      if (replacement_or_private(c)) ++odd;
      else if (is_letter(c)) ++letters;
    }
    if (letters > 0 && !expected_fragment(fragment)) count.unexpected += letters;
    count.unexpected += odd;
    fragment.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    if (is_letter(c) && script_of(c) == script) {
      ++count.expected;
      close();
    } else if (is_space(c)) {
      close();
    } else {
      fragment.push_back(c);
    }
  }
  close();
  return count;
}

namespace {

// ---- Page numbers (page_sequence_faults) -------------------------------------
// The numbers each page prints are read by cleanup/page_numbers.hpp, from
// the furniture remove_furniture logged; the pages are judged in the order
// they are read (order_pages may have put them in their printed order).

constexpr std::string_view kOrderPass = "order_pages";
// A first page printing no number before a second printing N counts as
// page 1, so N of 3 or more leaves pages 2..N-1 missing; a gap of more
// than this many pages per page present is a volume's numbering (a
// record's pages print 653, 654), not pages lost.
constexpr long kMaxLeadingGapPerPage = 1;

// A page printing a number: its place in the reading order (1-based), its
// number in the source (Page::number, as positions name it) and what it prints.
struct Numbered {
  std::size_t at = 0;
  int page = 0;
  long number = 0;
};

std::string page_prints(const Numbered& n) {
  return "page " + std::to_string(n.page) + " prints page number " + std::to_string(n.number);
}

std::string pages_word(long n) { return std::to_string(n) + (n == 1 ? " page" : " pages"); }

// The printed numbers of 1..total no page of `run` prints ("3-13"), but
// those of the pages before its first that print none: the document's
// first page is page 1 (a UN masthead page prints no number), any others
// the numbers just before the first printed.
std::string numbers_not_printed(const std::vector<Numbered>& run, long total, std::size_t from) {
  std::set<long> printed;
  for (const Numbered& n : run) printed.insert(n.number);
  const long unnumbered = static_cast<long>(run.front().at - from);
  if (unnumbered > 0) printed.insert(1);
  for (long n = std::max(1L, run.front().number - unnumbered + 1); n < run.front().number; ++n) printed.insert(n);
  std::string out;
  for (long n = 1; n <= total; ++n) {
    if (printed.count(n) > 0) continue;
    long last = n;
    while (last + 1 <= total && printed.count(last + 1) == 0) ++last;
    out += (out.empty() ? "" : ", ") + std::to_string(n) + (last > n ? "-" + std::to_string(last) : std::string());
    n = last;
  }
  return out;
}

// Each page of `run` printing a number not above the one before: a fault.
// Returns whether the run is in order.
bool judge_order(const std::vector<Numbered>& run, std::vector<PageFault>& out) {
  bool in_order = true;
  for (std::size_t i = 1; i < run.size(); ++i) {
    if (run[i].number > run[i - 1].number) continue;
    in_order = false;
    out.push_back({Position{run[i].page, 0, 0},
                   page_prints(run[i]) + " after " + page_prints(run[i - 1]) + ": pages out of order; kept in the order given"});
  }
  return in_order;
}

// A first page printing none (a masthead page: page 1) before the
// second page of `run`'s document printing 3 or more: the pages between
// are missing (one fault), unless the gap is a volume's numbering
// (kMaxLeadingGapPerPage).
void judge_leading_gap(const std::vector<Numbered>& run, int first_page, std::size_t from, std::size_t to,
                       std::vector<PageFault>& out) {
  if (run.front().at != from + 1) return;
  const long missing = run.front().number - 2;
  const long present = static_cast<long>(to - from + 1);
  if (missing < 1 || missing > kMaxLeadingGapPerPage * present) return;
  const std::string numbers = missing == 1 ? "2" : "2-" + std::to_string(run.front().number - 1);
  out.push_back({Position{run.front().page, 0, 0}, page_prints(run.front()) + " after page " + std::to_string(first_page) +
                                                     ", which prints none (page 1): " + pages_word(missing) +
                                                     " missing between them (page numbers no page prints: " + numbers + ")"});
}

// Judges one run of numbered pages (one document of a compilation):
// `run` holds the pages printing a number in reading order; `total` its
// printed total (0 when none); the run's document spans the pages read at
// `from` to `to`. Pages out of order are faults (judge_order); with a
// total, pages missing are the total less the pages present (one fault);
// without one, and in order, a gap between two numbered pages wider than
// the pages between them is one, and so is a second page printing 3 or
// more after a first printing none (judge_leading_gap; a volume's
// numbers, 653, may start anywhere).
void judge_run(const Document& doc, const std::vector<Numbered>& run, long total, std::size_t from, std::size_t to,
               std::vector<PageFault>& out) {
  if (run.empty()) return;
  const bool in_order = judge_order(run, out);
  const long present = static_cast<long>(to - from + 1);
  if (total > present) {
    out.push_back({Position{run.front().page, 0, 0},
                   "the pages print page numbers of " + std::to_string(total) + " pages and " + std::to_string(present) +
                       " are present: " + pages_word(total - present) +
                       " missing (page numbers no page prints: " + numbers_not_printed(run, total, from) + ")"});
    return;
  }
  if (total > 0 || !in_order) return;
  judge_leading_gap(run, doc.pages[from - 1].number, from, to, out);
  for (std::size_t i = 1; i < run.size(); ++i) {
    const long between = static_cast<long>(run[i].at - run[i - 1].at);
    if (run[i].number - run[i - 1].number > between)
      out.push_back({Position{run[i].page, 0, 0}, page_prints(run[i]) + " after " + page_prints(run[i - 1]) + ": " +
                                                    pages_word(run[i].number - run[i - 1].number - between) +
                                                    " missing between them"});
  }
}

// The last page read, when its furniture prints the continuation mark
// "/..." (the text goes on overleaf): the pages after it are missing.
std::optional<PageFault> ends_continued(const Document& doc) {
  if (doc.pages.empty()) return std::nullopt;
  const int last = doc.pages.back().number;
  for (const Edit& e : doc.log.edits()) {
    if (e.pass != "remove_furniture" || e.role != "furniture" || e.where.page != last) continue;
    if (e.reason == kContinuationMarkReason || e.reason.find(": " + std::string(kContinuationMarkReason)) != std::string::npos ||
        e.reason.find("+ " + std::string(kContinuationMarkReason)) != std::string::npos)
      return PageFault{Position{last, 0, 0}, "the last page, page " + std::to_string(last) +
                                                 ", ends with the continuation mark \"/...\": the pages after it are missing"};
  }
  return std::nullopt;
}

}  // namespace

std::vector<PageFault> page_sequence_faults(const Document& doc) {
  const auto numbers = printed_page_numbers(doc);
  std::vector<PageFault> out;
  std::vector<Numbered> run;
  long total = 0;
  std::size_t from = 1;  // where the run's document starts in the reading order
  for (std::size_t k = 0; k < numbers.size(); ++k) {
    if (!numbers[k]) continue;
    const long t = numbers[k]->total;
    if (t != 0 && total != 0 && t != total) {  // another document's numbering
      judge_run(doc, run, total, from, k, out);
      from = k + 1;
      run.clear();
      total = 0;
    }
    if (t != 0) total = t;
    run.push_back({k + 1, doc.pages[k].number, numbers[k]->number});
  }
  judge_run(doc, run, total, from, numbers.size(), out);
  if (auto continued = ends_continued(doc)) out.push_back(std::move(*continued));
  // What order_pages found and warned of: a page printed twice, pages it
  // put in their printed order.
  for (const Diagnostic& d : doc.log.warnings())
    if (d.pass == kOrderPass) out.push_back({d.where, d.message, true});
  return out;
}

bool looks_like_resolution(const Resolution& res) {
  return (res.meta.symbol && res.meta.symbol->find("/RES/") != std::string::npos) || res.adoption_line || res.number ||
         res.sponsors;
}

}  // namespace akn
