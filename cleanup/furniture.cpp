// remove_furniture: what the printed page adds around the text. Separator
// rules, page numbers (2, - 2 -, 2/8, Page 2), job-number footers
// (02 55394, 23-25993 (E) 100124), barcodes (*2325993*), "Please recycle",
// "/..." continuation marks, and running heads. Lines are given the
// furniture role, never deleted; each decision is an edit with its reason.
//
// With geometry (PDFs, scans), running heads and footers are read page by
// page from the zone where they are printed: the lines at the top (foot) of
// a page, set off from the body by a vertical gap wider than the body's own
// line spacing. A zone line is furniture when what identifies furniture in
// any UN document explains it: the document's symbols, words of the title
// printed on page 1, a page number, a job number, the language name, or
// recurrence at the same height; words of the title and the language name
// only count in a zone that has a surer sign (symbol, page number,
// recurrence) or in a line set smaller than the body. A line of a header
// zone that nothing explains is kept, with a warning. Without geometry (text
// dumps) a running head is the symbol on a line, or a short line that
// recurs at the top (foot) of pages the dump breaks with form feeds; a dump
// with no page breaks has no other heads (see remove_repeated_lines).
// A head may also recur segment by segment (two-line heads, odd and even
// pages that set the symbol and the title in another order); a page 1 with
// no masthead whose head recurs so is a continuation page (a cut). A
// job-number footer that OCR read at the end of a page's last line (the
// last note's) is cut from that line with an edit.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "cleanup/cleanup.hpp"
#include "cleanup/dictionary.hpp"
#include "cleanup/guarded_pattern.hpp"
#include "cleanup/note_mark_patterns.hpp"
#include "cleanup/page_numbers.hpp"
#include "cleanup/pass_util.hpp"
#include "cleanup/print_date.hpp"
#include "cleanup/separator_rule.hpp"
#include "cleanup/unwrap_patterns.hpp"
#include "core/language.hpp"
#include "core/regex.hpp"
#include "core/symbol_match.hpp"
#include "core/text.hpp"
#include "core/text_scan.hpp"
#include "core/un_patterns.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "remove_furniture";

// ---- Thresholds ------------------------------------------------------------
// Lengths of heads and footers are counted in characters (code points, see
// code_point_count), not bytes: an Arabic or Cyrillic letter takes 2 bytes, a
// Han character 3, and a head in those scripts is tried as a Latin one is.
// Longest running head a line can be (characters); longer lines are body.
constexpr std::size_t kMaxRunningHead = 120;
// A line recurring at the same height on at most kFewRecurrences pages
// recurs weakly (odd and even pages print different heads, so a head may
// recur on only half the pages): it is a head or footer only when it does
// not open with list or paragraph numbering (opens_numbered); else it is
// kept with a warning. (A line running on from the text above is not
// evidence enough: real two-page heads of unakn, A/RES/78/27, read so.)
constexpr int kFewRecurrences = 2;
// Longest list or paragraph number a numbered line opens with ("12.", "iv)").
constexpr std::size_t kMaxNumberingChars = 4;
// Text dumps: a line opening with the symbol is a running head when what
// follows is short (characters, digits folded); longer, it is a sentence.
constexpr std::size_t kMaxSymbolLedHead = 40;
// Text dumps with page breaks (form feeds): a running head or footer is
// among the first (last) this many non-blank lines of a page (the 1990s
// head prints four: symbol, second symbol, language, page), and has at most
// kMaxDumpHeadWords words (a symbol and a title's line).
constexpr std::size_t kDumpZoneLines = 4;
constexpr std::size_t kMaxDumpHeadWords = 16;
// A line at a page's top that opens with figures as a note does ("10
// December 1982 relating to ...", a long title's line printed as a head)
// is a head only when it recurs there on at least this many pages: the
// notes run on from a page's foot differ from page to page.
constexpr std::size_t kNoteShapedHeadPages = 3;
// A head block longer than the zone (A/RES/79/145 prints its symbol over
// its 4-line title on even pages): up to this many more lines under the
// zone are heads too when every non-blank line above them on their page
// is furniture and they recur there on at least kNoteShapedHeadPages pages.
constexpr std::size_t kHeadBlockExtraLines = 2;
// Text dumps without page breaks: a short line standing alone that occurs
// this many times is kept, with a warning.
constexpr std::size_t kWarnRepeatedLine = 3;
// Text dumps: a paragraph's label alone on its line ("(iv)", "12.") has at
// most this many characters; a bare page number at most this many figures.
constexpr std::size_t kMaxLabelChars = 6;
constexpr std::size_t kMaxPageNumberFigures = 4;
// Text dumps: a number alone on its line is a page number only when the
// printed numbers of at least this many pages, at their heads or feet, run
// with one offset from the pages' order (n on page k, n + 1 on page k + 1);
// else only when it is the page's own place in the dump (offset 1: the
// dump's first page, index 0, prints 1).
constexpr std::size_t kMinPagesInSequence = 2;
// A note's number a plain dump prints alone under its page's separator has
// at most this many figures.
constexpr std::size_t kMaxNoteNumberFigures = 3;
// The bands where pages print heads and footers: the top and bottom 12% of
// the page (95 pt on A4 or Letter). UN heads end 61 pt from the top, the
// 1990s "Symbol / English / Page 2" head at 80 pt; the body starts lower.
constexpr double kBandShare = 0.12;
// A head (footer) zone ends where the next line is further below (above) it
// than two lines of one body paragraph are apart, plus this many ems of body
// type. Measured: a head's own lines are 0.1-0.4 em apart, body lines 0.1 em
// (0.4 em in the 1990s layout), paragraphs 0.6-0.9 em, the first body line
// at least 1.17 em below the head and notes 1.5 em above the footer.
constexpr double kZoneGapEm = 0.3;
// Header type: set smaller than the body's type by at least this (pt).
constexpr double kSmallerType = 0.5;
// Title type on page 1: larger than the body's type by at least this (pt).
constexpr double kTitleType = 0.5;
// A running head comes back at the same height, within this (pt).
constexpr double kSameHeight = 4.0;
// OCR reads a running head differently on each page ("985ème séimce" for
// "985ème séance", "Pago 5" for "Page 5", "s/21225" for "S/21225"), and a
// scanned page sets it higher or lower than the next. A head line also
// recurs when the same zone of another page holds a line equal
// to it once both are folded (ocr_head_key: case, spaces, the glyphs OCR
// confuses, every figure one class), within one edit per
// kHeadCharsPerEdit characters of the folded line, at any height of the
// zone. (Typeset heads recur as printed: the rule finds nothing more in
// the born-digital corpus and UN-AKN PDFs.) Folded lines shorter than kMinFuzzyHead characters must be equal;
// lines longer than kMaxFuzzyHeadChars characters may be prose (a paragraph at the top
// of two pages, "2. Requests ..." and "3. Requests ..."), not heads: such a
// line (up to kMaxRunningHead) recurs so only when the same zone of at
// least kLongHeadMinPages pages, and of at least half the pages after
// page 1, holds it, as a running head recurs on every page and two
// paragraphs that open alike do not (the six-language fixture's Arabic
// head, the symbol and the title: 118 characters).
constexpr std::size_t kHeadCharsPerEdit = 5;
constexpr std::size_t kMinFuzzyHead = 4;
constexpr std::size_t kMaxFuzzyHeadChars = 60;
constexpr std::size_t kLongHeadMinPages = 3;
// A head in a script written without spaces, read by OCR, is words of the
// title when it holds at least kOcrTitleMinCharacters characters and all
// but one in kOcrTitleCharactersPerMiss are the title's, in order
// (title_words).
constexpr std::size_t kOcrTitleMinCharacters = 10;
constexpr std::size_t kOcrTitleCharactersPerMiss = 10;
// A line of a head zone (page 1's too) that nothing explains, no longer than kMaxOddHeadChars characters (a masthead's emblem or name
// as OCR read it: "UNlTE#"), is kept as text with a warning.
constexpr std::size_t kMaxOddHeadChars = 40;
// A scan's masthead prints the symbol in the top part of page 1: down to
// this share of the page (S/14938: 0.21).
constexpr double kPageOneSymbolShare = 0.3;
// A General Assembly resolution prints its number before its title on page
// 1 ("80/195. The right of ..."), in the upper part of the page: down to
// this share of it. When neither the masthead nor the top of page 1 gives a
// symbol (OCR misread the masthead's), the symbol that number makes
// (A/RES/80/195) explains the running heads of the pages after page 1.
constexpr double kPageOneTitleShare = 0.5;
// Parts of one line further apart than this many ems are separate segments
// ("2/10      18-16895": a page number and a job number).
constexpr double kSegmentGapEm = 2.0;
// A text dump laid out as printed (pdftotext -layout) sets a footer's parts
// apart by runs of spaces ("2/3        25-19825"): parts of a line without
// geometry are apart where at least kDumpSegmentSpaces spaces (or a tab)
// stand between them; words of a sentence stand one space apart.
constexpr std::size_t kDumpSegmentSpaces = 3;
// A dump's head of the symbol beside the title (symbol_beside_title) prints
// at least kMinDumpTitleWords words of it (title_word_count: each Han
// character a word): one or two words may be any line's.
constexpr std::size_t kMinDumpTitleWords = 3;
// A title printed again on its own lines beside a later page's symbol
// (titles_beside_symbol_heads) prints at least this share of the words of
// page 1's title over the formula.
constexpr double kMinDumpTitleShare = 0.5;
// How sure each kind of decision is (Edit::confidence).
constexpr double kSureHead = 0.95;      // the symbol, a page number
constexpr double kRecurringHead = 0.9;  // the line recurs
constexpr double kTitleHead = 0.85;     // title words beside a surer sign or in header type
// OCR damages the symbol a head or footer prints ("A/C,4/SR.985" for
// A/C.4/SR.985, "A/40/28l", "A/ 40/ 281"). In a head or footer zone a part
// of a line is the symbol when, spaces dropped and the glyphs OCR confuses
// folded (',' and '.', 'l' 'I' '|' and '1', 'O' 'o' and '0'), it is within
// one edit of it per kSymbolCharsPerEdit characters, and the symbol has
// at least kMinTolerantSymbol characters (a shorter one leaves too little
// to tell it from other text). A document with no symbol known (its
// masthead unread) has a part of such a line taken for a symbol when,
// folded, it is shaped as one (masthead::kSymbolPattern) and another part
// of the line is a page number.
constexpr std::size_t kSymbolCharsPerEdit = 10;
constexpr std::size_t kMinTolerantSymbol = 8;
// A head or footer zone lies in the band (kBandShare); past it, down (up)
// to kZoneReachShare of the page, lines that what identifies furniture
// explains (explain_line) start or carry on a zone: a scanned page reduced
// to a smaller size sets the 1990s "Symbol / English / Page 2" head lower
// than the band, and a typed page its job line higher. Body text below a
// page that prints no head stays out of the zone.
constexpr double kZoneReachShare = 0.2;
// A job-number footer as OCR reads it on a scan or an old OCR layer:
// "85-12781 1381n (El / .. .", "93-09403 3927a (E) 180293 180293 Lees".
// In a head or footer zone, a line that opens with the job number and the
// typist's code (four figures and a letter) is the footer when what
// follows, beyond the "(E)" language letter and six-figure dates, holds at
// most kMaxJobNoiseLetters letters (specks and a misread "/..." mark).
constexpr std::size_t kMaxJobNoiseLetters = 6;
// A job-number footer whose "(E)" OCR misread ("26-03312 CF) 040326") has
// at most kMaxJobMarkChars characters in its place, at most
// kMaxJobMarkLetters of them letters (see job_footer_with_misread_letter).
constexpr std::size_t kMaxJobMarkChars = 4;
constexpr std::size_t kMaxJobMarkLetters = 2;
// A line of specks and strokes OCR read from a stamp, a signature or dirt
// ("*-~,.~\"T-?~---~;..---,.-y ..I"): at least kNoiseMinChars characters
// other than spaces, of which under kNoiseLetterShare are letters or figures,
// and no word: no run of kNoiseMaxRun letters or figures ("Guinea . . . .
// . . Mr. Fall", a dotted leader, is text).
constexpr std::size_t kNoiseMinChars = 12;
constexpr double kNoiseLetterShare = 0.25;
constexpr std::size_t kNoiseMaxRun = 3;
// Conservation: heads and footers are short (a title, the symbol, a page
// and job number; about 100 characters at most). A line of more than this
// many characters taken for furniture is kept so, with a warning.
constexpr std::size_t kSwallowingFurnitureChars = 160;
// A printing imprint: the press's line at the foot of a page of the 1950s
// and 1960s UN documents ("Litho in U.N.", "Printed in U.N.", "Imprimé
// aux Nations Unies") and the printing-job line beside it (job number,
// month and year, print run: "77402-July 1960-950"). Taken for furniture
// in a page's footer zone only; the same line elsewhere is kept, with a
// warning.
// A stamp set on the page (an archive's "BEST COPY AVAILABLE"): a line of
// at least kStampMinWords words and kStampMinLetters letters, at least
// kStampCapitalShare of them capitals (OCR reads the stamp's last letters
// cut at the page's edge as small ones: "BEST COPY Al"), no longer than
// kMaxStampChars characters, with no other body line within its own height
// above or below it, that reaches beyond the right edge of the text (the
// kTextEdgeShare quantile of the right ends of the body's lines) by at
// least kStampOutsideEm ems of its type: out of the text's flow. In
// capitals and out of the flow but beside other lines, it is kept, with a
// warning.
constexpr std::size_t kStampMinWords = 2;
constexpr std::size_t kStampMinLetters = 6;
constexpr double kStampCapitalShare = 0.8;
constexpr std::size_t kMaxStampChars = 40;
constexpr double kTextEdgeShare = 0.95;
constexpr double kStampOutsideEm = 2.0;
constexpr double kStampConfidence = 0.85;  // Edit::confidence of a stamp taken
// The foot of a scanned page 1 (and the job line of the pages after): the
// job number, the barcode, the recycling logo and its phrase ("Please
// recycle", "Merci de recycler", ...), which OCR reads as one line with
// specks around them ("{NNO a YW A ed Ee Please rec , ee)"). Among the
// last kScanFootLines lines of text of an OCR page, in the lowest
// kScanFootShare of its height, a line that holds the recycling phrase (cut
// or whole) or a job number (the document's own, when known) is furniture
// when the rest of it is OCR garbage: at most kScanFootStrayWords words of
// at least kScanFootWordLetters letters that the dictionary accepts and
// that were read with a confidence of kScanFootWordConfidence or more
// (unknown confidence counts as high), and no reference a note cites
// ("E/CN.4/1998/53/Add.2": a note OCR read on the job line's level). A line with more such words,
// longer than kScanFootMaxChars characters, or opening with a note's number
// ("2 Ibid., para. 4. 23-24531": a short note OCR read on the job number's
// line), is kept, with a warning. A line below such a sign line among those
// last lines (the barcode read apart from the phrase: "{MON A A") is
// furniture too when it holds no word read for sure at all, no reference,
// no note's number and at most kScanFootMaxChars characters; otherwise it
// is kept, as before.
constexpr std::size_t kScanFootLines = 3;
constexpr double kScanFootShare = 0.2;
constexpr std::size_t kScanFootStrayWords = 1;
constexpr std::size_t kScanFootWordLetters = 4;
constexpr double kScanFootWordConfidence = 80;
constexpr std::size_t kScanFootMaxChars = 90;
// ----------------------------------------------------------------------------

// What a rule finds. The decisions that depend on it (a bare number may be
// a note's, a separator opens a page's notes) ask this, never the rule's
// edit kind or reason, which are words for the log.
enum class Form {
  separator,          // "______", "-----", "***", "......"
  bare_number,        // "2", "- 2 -"
  number_of_pages,    // "2/8"
  page_word,          // "Page 2", "Página 2", "第2页"
  job_number,         // "23-25993 (E) 100124"
  barcode,            // "*2325993*"
  recycle_note,       // "Please recycle"
  continuation_mark,  // "/..."
};

struct Rule {
  std::string pattern;
  Form form;
  std::string_view kind;  // the edit's kind
  std::string_view reason;
};

bool is(const Rule* r, Form form) { return r && r->form == form; }
// A page number in any of its forms ("2", "2/8", "Page 2").
bool page_number_form(const Rule* r) {
  return is(r, Form::bare_number) || is(r, Form::number_of_pages) || is(r, Form::page_word);
}

const std::vector<Rule>& rules() {
  static const std::vector<Rule> all = [] {
    std::vector<Rule> r;
    r.push_back({"^\\s*[-_=*~\u2014\u2013.\u00B7\u2022]{3,}\\s*$", Form::separator, "remove_separator", "separator rule"});
    r.push_back({"^\\s*(?:-\\s*)?[0-9]{1,4}(?:\\s*-)?\\s*$", Form::bare_number, "remove_page_number", kBarePageNumberReason});
    r.push_back({"^\\s*[0-9]{1,4}\\s*/\\s*[0-9]{1,4}\\s*$", Form::number_of_pages, "remove_page_number", "page number N/M"});
    // "Page 3", "Página 3", "Страница 3", "第3页" ... (cleanup/page_numbers.hpp).
    r.push_back({page_word_line_pattern(), Form::page_word, "remove_page_number", "page number"});
    // "25-12345 (E) 100125"; a translation prints the original's date and
    // its own: "25-12345 (F) 100125 130125".
    r.push_back({"^\\s*[A-Z]?[0-9]{2}[- ]?[0-9]{5}[A-Z]?\\**(?:\\s*\\([A-Z]\\))?(?:\\s+[0-9]{6}){0,2}\\s*$",
                 Form::job_number, "remove_job_number", "job-number footer"});
    r.push_back({"^\\s*\\*[0-9]{7,9}\\*\\s*$", Form::barcode, "remove_barcode", "barcode text"});
    r.push_back({"(?i)^\\s*Please\\s+recycle\\s*$", Form::recycle_note, "remove_recycle_note", "\"Please recycle\" footer"});
    // "/...", "/…", and "/. . ." as typewriters and old OCR layers space it.
    r.push_back({"^\\s*/\\s*(?:\\.\\s*){3}$|^\\s*/\u2026\\s*$", Form::continuation_mark, "remove_continuation_mark", kContinuationMarkReason});
    return r;
  }();
  return all;
}

// Every rule in one pattern, each whole line in a group of its own, in the
// rules' order: one search per line finds the first rule that matches the
// whole line, as trying them one by one did (an alternation tries its
// branches in order, each to the end of the line).
const Regex& all_rules() {
  static const Regex re = [] {
    std::string p = "^(?:";
    for (std::size_t i = 0; i < rules().size(); ++i)
      p += (i == 0 ? "(" : "|(") + std::string("(?:") + rules()[i].pattern + ")\\z)";
    return Regex(p + ")");
  }();
  return re;
}

// Whether any rule may match `text`: past leading white space, every rule
// opens with a digit, a separator or sign ("-", "_", "=", "*", "~", ".",
// "/"), "Page" or "Please" in either case, or a job number's letter
// followed by a digit. A first character outside ASCII (a dash, a bullet,
// a wide space) is left to the pattern.
bool may_match_a_rule(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && std::string_view(" \t\n\v\f\r").find(text[i]) != std::string_view::npos) ++i;
  if (i == text.size()) return false;  // every rule needs a character besides spaces
  const char c = text[i];
  if ((static_cast<unsigned char>(c) & 0x80) != 0) return true;
  if ((c >= '0' && c <= '9') || std::string_view("-_=*~./Pp").find(c) != std::string_view::npos) return true;
  return c >= 'A' && c <= 'Z' && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9';
}

const Rule* search_rules(std::string_view text) {
  const auto m = all_rules().search(text);
  if (!m) return nullptr;
  for (std::size_t i = 0; i < rules().size(); ++i)
    if (m->has(i + 1)) return &rules()[i];
  return nullptr;
}

// rule_for's answers, by the line's text: the rules are fixed, so the
// answer depends on the text alone. The scans of the pass ask again for the
// same lines (the notes zone, the page's ends, the segments of each line:
// about 2.4 times a line on the plain dumps), and each search of the joined
// rules cost about 1,500 instructions. At most kRuleMemoMaxLines texts are
// kept per thread (then forgotten at once), each of at most
// kRuleMemoMaxBytes (longer lines are searched every time).
constexpr std::size_t kRuleMemoMaxLines = 8192;
constexpr std::size_t kRuleMemoMaxBytes = 256;

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

const Rule* rule_for(std::string_view text) {
  if (!may_match_a_rule(text)) return nullptr;
  if (text.size() > kRuleMemoMaxBytes) return search_rules(text);
  thread_local std::unordered_map<std::string, const Rule*, TextHash, std::equal_to<>> memo;
  if (const auto it = memo.find(text); it != memo.end()) return it->second;
  if (memo.size() >= kRuleMemoMaxLines) memo.clear();
  const Rule* rule = search_rules(text);
  memo.emplace(std::string(text), rule);
  return rule;
}

// A line's shape for repetition: white space collapsed, digits folded to '#'
// when the line has words too (so "Page 2" and "Page 3" repeat), or always.
std::string shape_of(std::string_view text, bool fold_digits = false) {
  std::string s = collapse_spaces(text);
  int letters = 0;  // counted up to the three that decide
  for (const char c : s)
    if (((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) && ++letters == 3) break;
  if (letters >= 3 || fold_digits)
    for (char& c : s)
      if (c >= '0' && c <= '9') c = '#';
  return s;
}

// Where a line sits on its page, when the source has geometry.
enum class Band { none, top, body, bottom };

Band band_of(const Page& page, const Line& line) {
  if (page.height <= 0 || !line.box) return Band::none;
  if (line.box->y1 <= kBandShare * page.height) return Band::top;
  if (line.box->y0 >= (1 - kBandShare) * page.height) return Band::bottom;
  return Band::body;
}

bool has_geometry(const Document& doc) {
  for (const Page& page : doc.pages)
    if (page.height > 0)
      for (const Line& line : page.lines)
        if (line.box) return true;
  return false;
}

// Whether a trimmed dump line holds a gap: a tab, or kDumpSegmentSpaces
// spaces in a row.
bool has_dump_gap(std::string_view t) {
  // Neither a control byte (a tab is one) nor two spaces in a row: no gap,
  // read eight bytes a step.
  if (!may_need_collapsing(t)) return false;
  std::size_t spaces = 0;
  for (const char c : t) {
    if (c == '\t') return true;
    spaces = c == ' ' ? spaces + 1 : 0;
    if (spaces >= kDumpSegmentSpaces) return true;
  }
  return false;
}

// The parts of a dump's line set apart by kDumpSegmentSpaces spaces or a
// tab (views into `text`).
std::vector<std::string_view> dump_segments_of(std::string_view text) {
  std::vector<std::string_view> out;
  const std::string_view t = trim(text);
  if (!has_dump_gap(t)) {  // most lines: one part
    out.push_back(t);
    return out;
  }
  std::size_t from = 0, at = 0;
  while (at < t.size()) {
    std::size_t end = at;
    while (end < t.size() && (t[end] == ' ' || t[end] == '\t')) ++end;
    const bool gap = end > at && (end - at >= kDumpSegmentSpaces || t.substr(at, end - at).find('\t') != std::string_view::npos);
    if (gap) {
      out.push_back(t.substr(from, at - from));
      from = end;
    }
    at = end > at ? end : at + 1;
  }
  out.push_back(t.substr(from));
  return out;
}

// Whether segments_of(line) gives two parts or more, without making them:
// most lines are one part, and are passed over without a vector.
bool has_segments(const Line& line) {
  if (line.words.empty()) return has_dump_gap(trim(line.text));
  for (std::size_t k = 1; k < line.words.size(); ++k) {
    const Word& a = line.words[k - 1];
    const Word& b = line.words[k];
    const double size = std::max({a.font_size, b.font_size, 1.0});
    if (a.box && b.box && b.box->x0 - a.box->x1 > kSegmentGapEm * size) return true;
  }
  return false;
}

// The parts of a line set apart by a wide gap: a footer "2/10      18-16895"
// is a page number and a job number; a head "Title      A/RES/78/101" is a
// title and a symbol. Views into the line's text.
std::vector<std::string_view> segments_of(const Line& line) {
  if (line.words.empty()) return dump_segments_of(line.text);
  std::vector<std::string_view> out;
  std::size_t from = line.words.front().begin;
  for (std::size_t k = 1; k < line.words.size(); ++k) {
    const Word& a = line.words[k - 1];
    const Word& b = line.words[k];
    const double size = std::max({a.font_size, b.font_size, 1.0});
    if (a.box && b.box && b.box->x0 - a.box->x1 > kSegmentGapEm * size) {
      out.push_back(trim(std::string_view(line.text).substr(from, a.end - from)));
      from = b.begin;
    }
  }
  out.push_back(trim(std::string_view(line.text).substr(from)));
  return out;
}

// ---- Pattern rules: every line, every page ----------------------------------

// The job number a footer prints ("23-24977" of "23-24977 (E) 201223").
std::string job_number_in(std::string_view footer) {
  static const Regex kNumber("[A-Z]?[0-9]{2}[- ]?[0-9]{5}[A-Z]?");
  const auto m = kNumber.search(footer);
  return m ? std::string(m->str(footer)) : std::string();
}

// A job-number footer's reason; records the number as the document's.
std::string job_number_reason(Document& doc, const Rule& rule, std::string_view text) {
  std::string reason(rule.reason);
  if (doc.meta.ods_job_number) {
    std::string digits;
    for (char c : text)
      if (c >= '0' && c <= '9') digits += c;
    if (!digits.empty() && doc.meta.ods_job_number->find(digits.substr(0, 7)) != std::string::npos) {
      reason += " (matches ODS job number " + *doc.meta.ods_job_number + ")";
      doc.meta.job_number = collapse_spaces(text);
    }
  } else if (const std::string number = job_number_in(text); !number.empty()) {
    if (!doc.meta.job_number) doc.meta.job_number = number;
    if (*doc.meta.job_number == number) reason += " (the document's job number " + number + ")";
  }
  return reason;
}

// With geometry, a line of several parts in a band is furniture when every
// part is: "2/10      18-16895", "94-28529 (E) 140794      /...".
bool mark_multi_part_line(Document& doc, detail::LineRef ref, Band band) {
  if (!has_segments(detail::at(doc, ref))) return false;
  const auto parts = segments_of(detail::at(doc, ref));
  if (parts.size() < 2) return false;
  std::string kinds;
  // A dump's line of bare figures ("12      15") may be a table's row: one
  // part at least must be a surer sign (a job number, N/M, the symbol).
  bool sure = band != Band::none;
  for (const std::string_view part : parts) {
    const Rule* hit = rule_for(part);
    const bool symbol = doc.meta.symbol && collapse_spaces(part) == *doc.meta.symbol;
    if (!hit && !symbol) return false;
    sure = sure || symbol || !is(hit, Form::bare_number);
    if (is(hit, Form::job_number)) (void)job_number_reason(doc, *hit, part);
    kinds += (kinds.empty() ? "" : " + ") + (hit ? std::string(hit->reason) : "the document symbol");
  }
  if (!sure) return false;
  detail::set_role(doc, kPass, "remove_page_furniture", ref, LineRole::furniture,
                   std::string(band == Band::top ? "page header" : band == Band::bottom ? "page footer" : "page furniture in parts") +
                       ": " + kinds);
  return true;
}

// The share of letters and figures, when `text` is OCR noise; else nullopt.
std::optional<std::string> ocr_noise(std::string_view text) {
  std::size_t chars = 0, letters = 0, run = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    const bool alnum = is_letter(cp) || (cp >= '0' && cp <= '9');
    run = alnum ? run + 1 : 0;
    if (run >= kNoiseMaxRun) return std::nullopt;  // a word: no noise, whatever follows
    if (cp == ' ' || cp == '\t') continue;
    ++chars;
    if (alnum) ++letters;
  }
  if (chars < kNoiseMinChars || static_cast<double>(letters) >= kNoiseLetterShare * static_cast<double>(chars))
    return std::nullopt;
  return std::to_string(letters) + " of its " + std::to_string(chars) + " characters are letters or figures";
}

// A paragraph's label on a line of its own: figures, one letter or a roman
// number closed by "." or ")" ("1.", "(a)", "iv)"); "Ibid." is a note's text.
bool paragraph_label(std::string_view t) {
  if (t.size() < 2 || t.size() > kMaxLabelChars || (t.back() != '.' && t.back() != ')')) return false;
  std::string_view core = t.substr(0, t.size() - 1);
  if (core.starts_with("(")) core.remove_prefix(1);
  if (core.empty()) return false;
  if (core.find_first_not_of("0123456789") == std::string_view::npos) return true;
  if (core.size() == 1) return std::isalpha(static_cast<unsigned char>(core[0])) != 0;
  return core.find_first_not_of("ivxlIVXL") == std::string_view::npos;
}

bool text_line(const Line& line) {
  const std::string_view t = trim(line.text);
  return line.role == LineRole::body && !t.empty() && !paragraph_label(t) && rule_for(line.text) == nullptr &&
         dump_segments_of(line.text).size() == 1;
}

// Whether another bare number than refs[i] stands on its page under the
// separator: a page prints its own number once, a plain dump's notes print
// theirs apart ("2" "A/79/69." "1" on page 1).
bool another_bare_number(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t i) {
  std::size_t k = i;
  while (k > 0 && refs[k - 1].page == refs[i].page) --k;
  bool under = false;
  for (; k < refs.size() && refs[k].page == refs[i].page; ++k) {
    const Rule* r = rule_for(detail::at(doc, refs[k]).text);
    under = under || is(r, Form::separator);
    if (under && k != i && is(r, Form::bare_number)) return true;
  }
  return false;
}

// Whether a separator rule stands above refs[i] on its page: a bare number
// under it may be a note's, whose numbers run on from page to page as page
// numbers do.
bool under_separator(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t i) {
  for (std::size_t k = i; k-- > 0 && refs[k].page == refs[i].page;) {
    const Rule* r = rule_for(detail::at(doc, refs[k]).text);
    if (is(r, Form::separator)) return true;
  }
  return false;
}

bool ends_page_with(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t page, long value) {
  std::size_t seen = 0;
  for (std::size_t k = refs.size(); k-- > 0 && seen < kDumpZoneLines;) {
    if (refs[k].page != page) continue;
    const Line& line = detail::at(doc, refs[k]);
    if (is_blank(line.text)) continue;
    ++seen;
    const Rule* rule = rule_for(line.text);
    if (is(rule, Form::bare_number) && trim(line.text) == std::to_string(value))
      return !under_separator(doc, refs, k);
  }
  return false;
}

// Whether the bare number `number` continues the page numbering of the
// pages next to `page`: the page before ends with number - 1 printed bare,
// or the page after with number + 1, among its last kDumpZoneLines
// non-blank lines and under no separator ("4" ending page 4, "6" ending page 6 of a report, or "5"
// and "7" when the dump starts past the cover). It is then `page`'s own
// number, even beside a note's number under the rule ("1" "See
// S/2011/100." "5"). A resolution numbers its pages "2/8", so its page 1's
// "1" after the notes' texts is a note's.
bool continues_page_numbering(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t page,
                              std::string_view number) {
  if (number.empty() || number.size() > kMaxPageNumberFigures) return false;
  const long n = std::stol(std::string(number));
  return (page > 0 && ends_page_with(doc, refs, page - 1, n - 1)) ||
         (page + 1 < doc.pages.size() && ends_page_with(doc, refs, page + 1, n + 1));
}

// Whether `line` prints the document's symbol (its masthead, a running
// head): whole, not inside a longer one (a note citing A/RES/78/15 in
// A/RES/78/1).
bool prints_own_symbol(const Document& doc, const Line& line) {
  return doc.meta.symbol && prints_whole_symbol(line.text, *doc.meta.symbol);
}

// A dump's note number printed alone on its line (pdftotext sets a note's
// raised number on a line of its own: "1" over "United Nations, Treaty
// Series ..."): a bare number under a separator rule of its page, with a
// line of body text (no furniture, no masthead: an ODS export's page number
// over the masthead it prints at its end) next on the page, past the foot's
// job number, N/M, barcode or the next notes' numbers a plain dump prints
// between a number and its text ("3" "24-24688" "ST/SGB/2013/4.", "2" "3"
// "2/4" "Resolution 1514 (XV)."). A plain dump also prints a
// note's number after the zone's texts ("A/79/69." "1"): a bare number
// under the rule with notes' text above it is a note's too, unless it is
// the page's own number and no other bare number stands under the rule.
// It is no page number.
bool lone_note_number(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t i) {
  const std::size_t page = refs[i].page;
  bool rule_above = false;
  bool text_above = false;
  bool symbol_above = false;  // a masthead or running head between the rule and the number: no notes zone
  for (std::size_t k = i; k-- > 0 && refs[k].page == page && !rule_above;) {
    const Rule* r = rule_for(detail::at(doc, refs[k]).text);
    rule_above = is(r, Form::separator);
    text_above = text_above || (!rule_above && text_line(detail::at(doc, refs[k])));
    symbol_above = symbol_above || (!rule_above && prints_own_symbol(doc, detail::at(doc, refs[k])));
  }
  if (!rule_above || symbol_above) return false;
  for (std::size_t k = i + 1; k < refs.size() && refs[k].page == page; ++k) {
    const Line& next = detail::at(doc, refs[k]);
    if (is_blank(next.text)) continue;
    const Rule* r = rule_for(next.text);
    if (is(r, Form::separator)) break;
    const bool figures = trim(next.text).find_first_not_of("0123456789") == std::string_view::npos;
    if (r && (!is(r, Form::bare_number) || figures))
      continue;  // a job number, N/M, a barcode, the numbers of the notes after ("2" "3")
    // A line printing the document's symbol is its masthead or a running
    // head, no note's text: an ODS export prints its pages' numbers ("2"
    // "3") over the masthead it sets at its end.
    if (text_line(next) && !prints_own_symbol(doc, next)) return true;
    break;
  }
  const std::string_view number = trim(detail::at(doc, refs[i]).text);
  if (!text_above || number.find_first_not_of("0123456789") != std::string_view::npos) return false;
  if (continues_page_numbering(doc, refs, page, number)) return false;
  return number != std::to_string(page + 1) || another_bare_number(doc, refs, i);
}

std::vector<bool> dump_page_numbers(Document& doc, const std::vector<detail::LineRef>& refs);
std::set<std::size_t> dump_pages_of_pages(const Document& doc, const std::vector<detail::LineRef>& refs);

void apply_pattern_rules(Document& doc, const std::vector<detail::LineRef>& refs) {
  const std::vector<bool> dump_page_number = dump_page_numbers(doc, refs);
  const std::set<std::size_t> dump_pages_of = dump_pages_of_pages(doc, refs);
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const detail::LineRef ref = refs[i];
    Line& line = detail::at(doc, ref);
    if (line.role != LineRole::body) continue;
    const Band band = band_of(doc.pages[ref.page], line);
    if ((band == Band::top || band == Band::bottom || (band == Band::none && line.words.empty())) &&
        mark_multi_part_line(doc, ref, band))
      continue;
    const Rule* rule = rule_for(line.text);
    if (!rule) {
      if (const auto noise = ocr_noise(line.text)) {
        detail::set_role(doc, kPass, "remove_ocr_noise", ref, LineRole::furniture,
                         "specks or a stamp read as text: " + *noise, 0.8);
        continue;
      }
    }
    // With geometry, page numbers are looked for where pages print them.
    if (!rule || (page_number_form(rule) && band == Band::body)) continue;
    if (is(rule, Form::number_of_pages) && !line.box && !dump_pages_of.count(i)) continue;
    // Only a bare number may be a note's: "2/4" (N/M) or "Page 2" never is.
    if (is(rule, Form::bare_number) && band == Band::none && lone_note_number(doc, refs, i))
      continue;
    // A dump's number alone is a page number only by its place and sequence.
    if (is(rule, Form::bare_number) && band == Band::none && !dump_page_number[i]) continue;
    std::string reason(rule->reason);
    if (is(rule, Form::job_number)) reason = job_number_reason(doc, *rule, line.text);
    detail::set_role(doc, kPass, rule->kind, ref, LineRole::furniture, reason);
  }
}

// ---- Text dumps: the job line's print date -------------------------------------

// A job-number footer prints the day it was printed as six figures, DDMMYY
// ("25-17792 (E) 111125"). A plain dump sets it on a line of its own, next
// to the job number (blank lines aside): a line of six figures that reads
// as a date (day 1-31, month 1-12) with a job number as the nearest
// printed line before or after it on its page is that print
// date, furniture on any page (collect_footnotes marked it only under a
// plain dump's notes zone, so it stayed in the body of a page with none).
// The figures are read by detail::print_date_figures (print_date.hpp).

// The nearest line that is not blank before (step -1) or after (step +1)
// refs[i] on its page; npos when none.
std::size_t nearest_printed(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t i, int step) {
  for (std::size_t k = i; step < 0 ? k-- > 0 : ++k < refs.size();) {
    if (refs[k].page != refs[i].page) break;
    if (!is_blank(detail::at(doc, refs[k]).text)) return k;
  }
  return std::string::npos;
}

void remove_dump_print_dates(Document& doc, const std::vector<detail::LineRef>& refs) {
  auto job_line = [&](std::size_t k) {
    if (k == std::string::npos) return false;
    const Rule* r = rule_for(detail::at(doc, refs[k]).text);
    return is(r, Form::job_number);
  };
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const Line& line = detail::at(doc, refs[i]);
    if (line.role != LineRole::body || !detail::print_date_figures(line.text)) continue;
    if (!job_line(nearest_printed(doc, refs, i, -1)) && !job_line(nearest_printed(doc, refs, i, 1))) continue;
    detail::set_role(doc, kPass, "remove_print_date", refs[i], LineRole::furniture,
                     "the print date of the job-number footer (DDMMYY), on a line of its own next to the job number");
  }
}

// ---- Text dumps: the symbol on a line, lines that repeat ----------------------

// A paragraph number alone ("1.", "(a)"), and its pre-check: before
// trailing white space it ends with '.' or ')' (a wide space after it is
// left to the pattern).
const Regex& number_only_line() {
  static const Regex re("^\\s*\\(?[0-9a-z]{1,4}[.)]\\s*$");
  return re;
}
bool may_be_number_only_line(std::string_view t) {
  const std::size_t i = t.find_last_not_of(" \t\n\v\f\r");
  if (i == std::string_view::npos) return false;
  return t[i] == '.' || t[i] == ')' || (static_cast<unsigned char>(t[i]) & 0x80) != 0;
}

// The enacting formula on a line of its own ("The General Assembly,"), and
// its pre-check: past leading white space it opens with "The" (a wide space
// before it is left to the pattern).
const Regex& formula_line() {
  static const Regex re("^\\s*The\\s+(?:" + std::string(masthead::kBodyPattern) +
                        "|Commission|Council|Conference)[^,]{0,60},\\s*$");
  return re;
}
bool may_be_formula_line(std::string_view t) {
  const std::size_t i = t.find_first_not_of(" \t\n\v\f\r");
  if (i == std::string_view::npos) return false;
  return (static_cast<unsigned char>(t[i]) & 0x80) != 0 || t.substr(i).starts_with("The");
}

// code_point_count(collapse_spaces(t)) of a trimmed `t`, without the copy:
// a run of white space counts as one.
std::size_t collapsed_code_point_count(std::string_view t) {
  std::size_t n = 0;
  bool space = false;
  for (const char c : t) {
    const auto b = static_cast<unsigned char>(c);
    if (b <= ' ' && std::string_view(" \t\n\r\f\v").find(c) != std::string_view::npos) {  // collapse_spaces' set
      space = true;
      continue;
    }
    if (space) ++n;
    space = false;
    if ((b & 0xC0) != 0x80) ++n;
  }
  return n;
}

bool could_be_running_head(std::string_view text) {
  const std::string_view t = trim(text);
  // A code point is at most four bytes: longer lines are not counted. A
  // dump laid out as printed sets a head's parts apart by runs of spaces
  // ("A/RES/80/33        Justice on the legality ..."): they are counted as
  // one space.
  if (t.empty() || t.size() > 4 * kMaxRunningHead) return false;
  // A line of at most kMaxRunningHead bytes has at most as many code points.
  // Collapsing changes the count only where may_need_collapsing says it may.
  if (t.size() > kMaxRunningHead && code_point_count(t) > kMaxRunningHead &&
      (!may_need_collapsing(t) || collapsed_code_point_count(t) > kMaxRunningHead))
    return false;
  if (may_be_number_only_line(t) && number_only_line().full_match(t)) return false;  // "1." or "(a)": paragraph numbers
  const char last = t.back();
  return last != ',' && last != ';' && last != ':';
}

// Whether the last non-blank line before refs[i] is a meeting line of
// conclusions ("1934th plenary meeting", "1934th plenary meeting,").
bool after_meeting_line(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t i) {
  static const Regex kMeeting(std::string("^\\s*(?:") + masthead::kMeetingPattern + ")[,.]?\\s*$");
  while (i-- > 0) {
    const Line& before = detail::at(doc, refs[i]);
    if (is_blank(before.text)) continue;
    return kMeeting.full_match(before.text);
  }
  return false;
}

// ---- Without geometry: text dumps -------------------------------------------
//
// A text dump (an ODS export, pdftotext's text) has no page geometry, only
// the page breaks it gives (form feeds). A running head or footer is printed
// at a page break: it is among the first (last) kDumpZoneLines non-blank
// lines of a page, and the same text comes back in that zone of another
// page. Figures are folded only for a page number in a page number's
// position: set apart by a wide space at the line's end, or in a head at
// its start. A line opening with a note number is a note; a line under a
// line that does not end a sentence continues a paragraph (hard-wrapped
// text): neither is a head. Where a dump gives no page breaks, a line that
// repeats is text (a document may repeat a line): kept, with a warning when
// it stands alone as a head would.

enum class DumpZone { none, top, bottom };

bool figure(char c) { return c >= '0' && c <= '9'; }

// The length of a page number ("7", "7/12") at the start of `t`, 0 if none.
std::size_t page_number_length(std::string_view t) {
  std::size_t i = 0;
  while (i < t.size() && figure(t[i])) ++i;
  if (i == 0 || i > 4) return 0;
  if (i < t.size() && t[i] == '/') {
    std::size_t j = i + 1;
    while (j < t.size() && figure(t[j])) ++j;
    if (j == i + 1 || j - i > 5) return 0;
    i = j;
  }
  return i;
}

// Whether `t` at `at` holds a wide space: a tab or two spaces.
bool wide_space_at(std::string_view t, std::size_t at) {
  return at < t.size() && (t[at] == '\t' || (t[at] == ' ' && at + 1 < t.size() && t[at + 1] == ' '));
}

// A note's first line: a number of up to three figures (or in brackets,
// "[3]"), a space, text; indented as far as the dump sets it.
bool opens_with_note_number(std::string_view text) {
  return detail::leading_note_number(text, {.bracketed = true}).has_value();
}

// A note's first line: at the foot of a page, a line opening with a note
// number; at its top, one whose number is not set apart as a page number.
bool note_line(std::string_view text, DumpZone zone) {
  if (!opens_with_note_number(text)) return false;
  const std::string_view t = trim_left(text);
  return zone != DumpZone::top || !wide_space_at(t, page_number_length(t));
}

// A dump line's shape for recurrence: white space collapsed, the document's
// symbol at its start or end taken out, a page number set apart at its end
// (in a head, at its start: pages print it at the outer edge) taken out and
// marked " #".
std::string dump_shape(std::string_view text, DumpZone zone, const std::optional<std::string>& symbol) {
  std::string_view t = trim(text);
  // The document's symbol at the line's start or end is furniture too: odd
  // and even pages print it at the outer edge, beside the head's words.
  if (symbol && t.size() > symbol->size()) {
    const std::size_t n = symbol->size();
    if (t.starts_with(*symbol) && (t[n] == ' ' || t[n] == '\t'))
      t = trim_left(t.substr(n));
    else if (t.ends_with(*symbol) && (t[t.size() - n - 1] == ' ' || t[t.size() - n - 1] == '\t'))
      t = trim_right(t.substr(0, t.size() - n));
  }
  bool numbered = false;
  if (const std::size_t n = page_number_length(t); zone == DumpZone::top && n > 0 && wide_space_at(t, n)) {
    t = trim_left(t.substr(n));
    numbered = true;
  }
  std::size_t start = t.size();
  while (start > 0 && (figure(t[start - 1]) || t[start - 1] == '/')) --start;
  if (!numbered && start >= 2 && start < t.size() && page_number_length(t.substr(start)) == t.size() - start &&
      wide_space_at(t, start - 2)) {
    t = trim_right(t.substr(0, start));
    numbered = true;
  }
  return collapse_spaces(t) + (numbered ? " #" : "");
}

// The words of `text` (runs of bytes between spaces and tabs), counted up
// to `limit` + 1: past that the count no longer matters to the caller.
std::size_t word_count(std::string_view text, std::size_t limit = std::string_view::npos - 1) {
  std::size_t n = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word && ++n > limit) return n;
    in_word = !space;
  }
  return n;
}

// The words of a title's text: runs between spaces, each character of a
// script written without spaces counted as a word ("国际原子能机构的报告"
// is 10), so that a Chinese title is measured as a Latin one is.
std::size_t title_word_count(std::string_view text) {
  std::size_t n = 0;
  bool in_word = false;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    const bool space = cp == ' ' || cp == '\t';
    if (!space && is_unspaced_script(cp)) {
      ++n;
      in_word = false;
      continue;
    }
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// Whether a line ends a sentence (or a heading's own punctuation closes it).
bool ends_sentence(std::string_view text) {
  const std::string_view t = trim_right(text);
  if (t.empty()) return true;
  return std::string_view(".;:!?)]\"").find(t.back()) != std::string_view::npos ||
         t.ends_with("\u201D") || t.ends_with("\u00BB");
}

// The zone of each line: the first (last) kDumpZoneLines non-blank lines of
// each page when the dump gives page breaks; when it gives none, those of
// the whole text if `whole_text` (else none).
std::vector<DumpZone> dump_zones(const Document& doc, const std::vector<detail::LineRef>& refs,
                                 bool whole_text = false) {
  std::vector<DumpZone> zones(refs.size(), DumpZone::none);
  if (doc.pages.size() < 2 && !whole_text) return zones;
  for (std::size_t begin = 0, end = 0; begin < refs.size(); begin = end) {
    while (end < refs.size() && refs[end].page == refs[begin].page) ++end;
    std::size_t seen = 0;
    for (std::size_t i = begin; i < end && seen < kDumpZoneLines; ++i)
      if (!is_blank(detail::at(doc, refs[i]).text)) {
        zones[i] = DumpZone::top;
        ++seen;
      }
    seen = 0;
    for (std::size_t i = end; i-- > begin && seen < kDumpZoneLines;)
      if (!is_blank(detail::at(doc, refs[i]).text)) {
        if (zones[i] == DumpZone::none) zones[i] = DumpZone::bottom;
        ++seen;
      }
  }
  return zones;
}

// The "N/M" lines of a text dump (by index into `refs`) that number its
// pages, N at most M and not the document's own resolution number
// ("78/214" of A/RES/78/214, which the Arabic version prints without a
// full stop on a line of its own): those whose N runs with the pages (one
// offset, N - the page's place, on at least kMinPagesInSequence pages of
// that M, or M the dump's number of pages and N the page's own place; in a
// text without page breaks, N rising by one from each such line to the
// next of that M), and those with the M of such a numbering or
// of the dump's number of pages among the first or last kDumpZoneLines
// non-blank lines of their page (pages bound out of order; a footer field
// that printed another page's number: A/RES/79/313 prints "2/12" at the
// foot of its even pages). A text of one page (an extract) may open or
// end with its number ("2/8"). So a table's cells ("3/4", "12/15") and a
// resolution number wrapped onto a line of its own ("77/225") are no page
// numbers. Lines with geometry are left to their band.
std::set<std::size_t> dump_pages_of_pages(const Document& doc, const std::vector<detail::LineRef>& refs) {
  struct Candidate {
    std::size_t i;
    long n, m, offset;
  };
  std::vector<Candidate> candidates;
  std::map<std::pair<long, long>, std::set<std::size_t>> pages_of;  // (M, offset) -> pages
  const std::string own = doc.meta.symbol ? resolution_number_of_symbol(*doc.meta.symbol) : std::string();
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const Line& line = detail::at(doc, refs[i]);
    if (line.box || !is(rule_for(line.text), Form::number_of_pages)) continue;
    const std::string_view t = trim(line.text);
    const std::size_t slash = t.find('/');
    const std::string n(trim(t.substr(0, slash))), m(trim(t.substr(slash + 1)));
    if (n + "/" + m == own) continue;
    const long nv = std::stol(n), mv = std::stol(m);
    if (nv < 1 || nv > mv) continue;
    const long offset = nv - static_cast<long>(refs[i].page);
    candidates.push_back({i, nv, mv, offset});
    pages_of[{mv, offset}].insert(refs[i].page);
  }
  std::set<std::size_t> out;
  std::set<long> totals = {static_cast<long>(doc.pages.size())};  // the M of the pages' numbering
  std::map<long, const Candidate*> last;  // without page breaks: the line last read of each M
  for (const Candidate& c : candidates) {
    const bool run = pages_of[{c.m, c.offset}].size() >= kMinPagesInSequence ||
                     (c.m == static_cast<long>(doc.pages.size()) && c.offset == 1);
    const bool rises = doc.pages.size() < 2 && last.count(c.m) && last[c.m]->n + 1 == c.n;
    if (run || rises) {
      totals.insert(c.m);
      out.insert(c.i);
    }
    if (rises) out.insert(last[c.m]->i);
    last[c.m] = &c;
  }
  // A text of one page (an extract: "2/8") ends or opens with its number.
  std::size_t first = refs.size(), last_line = refs.size();
  for (std::size_t i = 0; i < refs.size(); ++i)
    if (!is_blank(detail::at(doc, refs[i]).text)) {
      if (first == refs.size()) first = i;
      last_line = i;
    }
  const std::vector<DumpZone> zones = dump_zones(doc, refs, true);
  for (const Candidate& c : candidates)
    if ((totals.count(c.m) && zones[c.i] != DumpZone::none) ||
        (doc.pages.size() < 2 && (c.i == first || c.i == last_line)))
      out.insert(c.i);
  return out;
}

// Whether a body line may be a head or footer of a dump by its own text.
bool head_shaped(const Line& line) {
  if (line.role != LineRole::body || !could_be_running_head(line.text)) return false;
  if (word_count(line.text, kMaxDumpHeadWords) > kMaxDumpHeadWords) return false;
  // A line opening with a superscript mark is a footnote, not a heading.
  return line.marks.empty() || line.marks.front().offset != 0;
}

// ---- Text dumps: which numbers alone are page numbers --------------------------
//
// A plain dump sets each figure of a table's column on a line of its own
// ("Argentina" "3" "0" "0" "3"), a number that opens a heading ("4507"
// "th meeting") or a figure in a hard-wrapped sentence too. A number alone
// on its line is a page number by position and sequence: it is among the
// first or last kDumpZoneLines non-blank lines of its page, it is not
// inside a sentence (the line before ends none and the next goes on in
// lower case, or in a script without case) nor under another number alone
// (a column), and its value runs with the other pages' numbers (n on page
// k, n + 1 on page k + 1, one offset for the document, held by at least
// kMinPagesInSequence pages; else offset 1, the page's own place: the page
// of index k prints k + 1). A dump with no page breaks has one page number
// at most: the number alone that ends it, or else one alone at its head
// (mark_number_at_head). A candidate at a page's head or foot that fits no
// sequence is kept, with a warning.

struct PageNumberCandidate {
  std::size_t ref = 0;  // index into refs
  long value = 0;
};

// The value of a bare number ("3", "- 3 -"); nullopt past kMaxPageNumberFigures figures.
std::optional<long> bare_number_value(std::string_view text) {
  std::string digits;
  for (const char c : text)
    if (c >= '0' && c <= '9') digits += c;
  if (digits.empty() || digits.size() > kMaxPageNumberFigures) return std::nullopt;
  return std::stol(digits);
}

// Whether a line ends a sentence in any script: also "。" (Chinese),
// "؛" "؟" (Arabic), the full-width "！" "？" "；" "：".
bool ends_sentence_any_script(std::string_view text) {
  const std::string_view t = trim_right(text);
  if (ends_sentence(t)) return true;
  for (const std::string_view stop : {"\u3002", "\u061B", "\u061F", "\uFF01", "\uFF1F", "\uFF1B", "\uFF1A"})
    if (t.ends_with(stop)) return true;
  return false;
}

// Whether `below` goes on with the sentence of `above`: `above` ends none
// and `below` opens in lower case (any cased script: "été", "был"), or with a
// letter of a script without case (Arabic, Han) after a line ending no
// sentence of that script either.
bool opens_caseless_letter(std::string_view text);
bool goes_on_below(std::string_view above, std::string_view below) {
  if (ends_sentence_any_script(above)) return false;
  return starts_lowercase(below) || opens_caseless_letter(below);
}

// Whether `text` opens (past quotes and opening brackets) with a letter of a script without case.
bool opens_caseless_letter(std::string_view text) {
  const std::string_view t = trim(text);
  std::size_t i = 0;
  char32_t cp = 0;
  while (i < t.size()) {
    cp = next_code_point(t, i);
    if (cp != '"' && cp != '\'' && cp != '(' && cp != '[' && cp != 0x201C && cp != 0x2018 && cp != 0xAB) break;
  }
  return cp != 0 && is_letter(cp) && !is_lower_letter(cp) && !is_upper_letter(cp);
}

// Whether refs[i], a number alone, sits inside a sentence or under another number alone (a column's figure).
bool number_inside_text(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t i) {
  const std::size_t before = nearest_printed(doc, refs, i, -1);
  const std::size_t after = nearest_printed(doc, refs, i, 1);
  if (before == std::string::npos) return false;
  if (after == std::string::npos) return is(rule_for(detail::at(doc, refs[before]).text), Form::bare_number);
  const std::string_view above = detail::at(doc, refs[before]).text;
  const std::string_view below = detail::at(doc, refs[after]).text;
  if (goes_on_below(above, below)) return true;
  return is(rule_for(above), Form::bare_number);  // under a number alone: a column's
}

// The numbers alone at the heads and feet of the dump's pages.
std::vector<PageNumberCandidate> page_number_candidates(const Document& doc, const std::vector<detail::LineRef>& refs) {
  std::vector<PageNumberCandidate> out;
  for (std::size_t begin = 0, end = 0; begin < refs.size(); begin = end) {
    while (end < refs.size() && refs[end].page == refs[begin].page) ++end;
    std::vector<std::size_t> printed;
    for (std::size_t i = begin; i < end; ++i)
      if (!is_blank(detail::at(doc, refs[i]).text)) printed.push_back(i);
    for (std::size_t n = 0; n < printed.size(); ++n) {
      if (n >= kDumpZoneLines && n + kDumpZoneLines < printed.size()) continue;
      const std::size_t i = printed[n];
      const Line& line = detail::at(doc, refs[i]);
      if (line.role != LineRole::body || !is(rule_for(line.text), Form::bare_number)) continue;
      const auto value = bare_number_value(line.text);
      if (!value || number_inside_text(doc, refs, i)) continue;
      out.push_back({i, *value});
    }
  }
  return out;
}

// The offset (value - page index) the page numbers run with; nullopt when none holds.
std::optional<long> page_number_offset(const std::vector<detail::LineRef>& refs,
                                       const std::vector<PageNumberCandidate>& candidates) {
  std::map<long, std::set<std::size_t>> pages;
  for (const PageNumberCandidate& c : candidates)
    pages[c.value - static_cast<long>(refs[c.ref].page)].insert(refs[c.ref].page);
  std::optional<long> best;
  std::size_t most = 0;
  for (const auto& [offset, held] : pages)
    if (held.size() > most || (held.size() == most && offset == 1)) {
      best = offset;
      most = held.size();
    }
  if (most >= kMinPagesInSequence) return best;
  return pages.contains(1) ? std::optional<long>(1) : std::nullopt;
}

// Whether no more than one page prints a candidate of `offset`.
bool held_by_one_page(const std::vector<detail::LineRef>& refs, const std::vector<PageNumberCandidate>& candidates,
                      long offset) {
  std::set<std::size_t> pages;
  for (const PageNumberCandidate& c : candidates)
    if (c.value - static_cast<long>(refs[c.ref].page) == offset) pages.insert(refs[c.ref].page);
  return pages.size() < kMinPagesInSequence;
}

// Whether the dump numbers its pages in another form ("2/4", "Page 2"): a
// number alone then is no page number unless a sequence of them holds.
bool numbers_pages_otherwise(const Document& doc, const std::vector<detail::LineRef>& refs) {
  return std::any_of(refs.begin(), refs.end(), [&](const detail::LineRef& ref) {
    const Rule* r = rule_for(detail::at(doc, ref).text);
    return is(r, Form::number_of_pages) || is(r, Form::page_word);
  });
}

// A two-column page's number, printed under the columns, comes out of a
// plain dump between the columns' texts, set apart by a blank line above
// and below ("... put an end" "" "2" "" "to major famines ..."): on a page
// with no number at its head or foot, the one number alone so set apart
// whose value the document's sequence gives the page is its page number
// (a sentence's figure wrapped alone has no blank lines around it).
//
// numbers_between_columns: for each page but those `numbered`, the line of
// the one number alone set apart so whose value `offset` gives the page
// (pages with none or several are left out); mark_numbers_between_columns
// marks them in `out`.
std::map<std::size_t, std::size_t> numbers_between_columns(const Document& doc, const std::vector<detail::LineRef>& refs,
                                                           long offset, const std::set<std::size_t>& numbered) {
  std::map<std::size_t, std::vector<std::size_t>> found;  // page -> lines
  for (std::size_t i = 1; i + 1 < refs.size(); ++i) {
    const std::size_t page = refs[i].page;
    if (numbered.contains(page) || refs[i - 1].page != page || refs[i + 1].page != page) continue;
    const Line& line = detail::at(doc, refs[i]);
    if (line.role != LineRole::body || !is(rule_for(line.text), Form::bare_number)) continue;
    if (!is_blank(detail::at(doc, refs[i - 1]).text) || !is_blank(detail::at(doc, refs[i + 1]).text)) continue;
    const auto value = bare_number_value(line.text);
    if (value && *value - static_cast<long>(page) == offset) found[page].push_back(i);
  }
  std::map<std::size_t, std::size_t> one;
  for (const auto& [page, lines] : found)
    if (lines.size() == 1) one.emplace(page, lines[0]);
  return one;
}

void mark_numbers_between_columns(const Document& doc, const std::vector<detail::LineRef>& refs, long offset,
                                  const std::set<std::size_t>& numbered, std::vector<bool>& out) {
  for (const auto& [page, line] : numbers_between_columns(doc, refs, offset, numbered)) out[line] = true;
}

// A dump with no page breaks prints one page number at most: the number
// alone that ends the text, under a line that ends a sentence and is no
// number alone (a table's column ends there too).
void mark_number_ending_text(const Document& doc, const std::vector<detail::LineRef>& refs,
                             const std::vector<PageNumberCandidate>& candidates, std::vector<bool>& out) {
  if (candidates.empty()) return;
  const std::size_t last = candidates.back().ref;
  if (nearest_printed(doc, refs, last, 1) != std::string::npos) return;
  const std::size_t above = nearest_printed(doc, refs, last, -1);
  if (above == std::string::npos) return;
  const std::string_view text = detail::at(doc, refs[above]).text;
  if (ends_sentence(text) && !is(rule_for(text), Form::bare_number)) out[last] = true;
}

// A dump with no page breaks (an ODS export, a dump whose form feeds were
// lost) prints each page's number among that page's other furniture: a
// number alone whose nearest printed line above or below, past other
// numbers alone, is a separator rule or prints the document's own symbol
// (its running head) is a page number ("------" "2" "3", "A/RES/57/224"
// "2"). A table's figures stand among names and figures, never so.
bool beside_page_furniture(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t i,
                           const std::set<std::size_t>& numbers) {
  for (const int step : {-1, 1}) {
    std::size_t k = i;
    do k = nearest_printed(doc, refs, k, step);
    while (k != std::string::npos && numbers.contains(k));
    if (k == std::string::npos) continue;
    const Line& line = detail::at(doc, refs[k]);
    if (is(rule_for(line.text), Form::separator) || prints_own_symbol(doc, line)) return true;
  }
  return false;
}

void mark_numbers_beside_furniture(const Document& doc, const std::vector<detail::LineRef>& refs, std::vector<bool>& out) {
  std::set<std::size_t> numbers;  // every number alone, wherever it stands
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const Line& line = detail::at(doc, refs[i]);
    if (line.role == LineRole::body && is(rule_for(line.text), Form::bare_number) && bare_number_value(line.text))
      numbers.insert(i);
  }
  for (const std::size_t i : numbers)
    if (beside_page_furniture(doc, refs, i, numbers)) out[i] = true;
}

// A one-page text (an extract of an even page) may print its number at
// the head instead, under the symbol or running head: a number alone among
// the first kDumpZoneLines non-blank lines, the only one there, with no
// line running on into it (the line above is the symbol, furniture, or
// ends a sentence) and none going on from it below. A number there that
// the line above runs into, or one of several, is a doubt: kept, warned of.
bool symbol_head(const Document& doc, const Line& line);
bool symbol_shaped(std::string_view text);
bool runs_on_into(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t i) {
  const std::size_t above = nearest_printed(doc, refs, i, -1);
  if (above == std::string::npos) return false;
  const Line& line = detail::at(doc, refs[above]);
  if (line.role != LineRole::body || prints_own_symbol(doc, line) || symbol_head(doc, line)) return false;
  const std::string_view t = trim(line.text);
  if (symbol_shaped(t.substr(0, t.find(' ')))) return false;
  return !ends_sentence_any_script(t);
}

void mark_number_at_head(Document& doc, const std::vector<detail::LineRef>& refs,
                         const std::vector<PageNumberCandidate>& candidates, std::vector<bool>& out) {
  std::vector<std::size_t> head;
  // Candidates come in the text's order: the printed lines before each are
  // counted on from the last, and none past the head zone is at the head.
  std::size_t printed_before = 0, counted = 0;
  for (const PageNumberCandidate& c : candidates) {
    for (; counted < c.ref; ++counted)
      if (!is_blank(detail::at(doc, refs[counted]).text)) ++printed_before;
    if (printed_before >= kDumpZoneLines) break;
    const std::size_t above = nearest_printed(doc, refs, c.ref, -1), below = nearest_printed(doc, refs, c.ref, 1);
    if (below != std::string::npos) {
      const std::string_view next = detail::at(doc, refs[below]).text;
      if (starts_lowercase(next)) continue;  // "4507" "th meeting"
      if (above != std::string::npos && goes_on_below(detail::at(doc, refs[above]).text, next)) continue;
    }
    head.push_back(c.ref);
  }
  if (head.size() == 1 && !runs_on_into(doc, refs, head[0])) {
    out[head[0]] = true;
    return;
  }
  if (!head.empty())
    doc.log.warn(std::string(kPass), doc.position_of(refs[head[0]].page, refs[head[0]].line),
                 std::to_string(head.size()) +
                     " number(s) alone at a one-page text's head, inside its text or one of several: kept as text");
}

// The offset the page numbers run with, `found` or, when no offset is
// held by kMinPagesInSequence pages at heads and feet, the one offset of
// a single page's number that a two-column page's number between its
// columns continues ("5" at page 1's foot, "6" between page 2's columns).
std::optional<long> confirmed_offset(const Document& doc, const std::vector<detail::LineRef>& refs,
                                     const std::vector<PageNumberCandidate>& candidates, std::optional<long> found) {
  if (found && !held_by_one_page(refs, candidates, *found)) return found;
  // Each offset's pages are read once: candidates mostly share a few.
  std::map<long, std::map<std::size_t, std::size_t>> between;  // offset -> its pages
  for (const PageNumberCandidate& c : candidates) {
    const long offset = c.value - static_cast<long>(refs[c.ref].page);
    auto it = between.find(offset);
    if (it == between.end()) it = between.emplace(offset, numbers_between_columns(doc, refs, offset, {})).first;
    // Another page than the candidate's own.
    const auto& pages = it->second;
    if (pages.size() > 1 || (pages.size() == 1 && pages.begin()->first != refs[c.ref].page)) return offset;
  }
  return found;
}

// For each of refs, whether it is a page number a dump prints alone on its
// line (false everywhere for a document with geometry). Warns of the
// numbers alone at a page's head or foot that fit no sequence, kept.
std::vector<bool> dump_page_numbers(Document& doc, const std::vector<detail::LineRef>& refs) {
  std::vector<bool> out(refs.size(), false);
  if (has_geometry(doc)) return out;
  const std::vector<PageNumberCandidate> candidates = page_number_candidates(doc, refs);
  if (doc.pages.size() < 2) {
    mark_number_ending_text(doc, refs, candidates, out);
    mark_numbers_beside_furniture(doc, refs, out);
    if (std::find(out.begin(), out.end(), true) == out.end()) mark_number_at_head(doc, refs, candidates, out);
    return out;
  }
  const std::optional<long> sequence = confirmed_offset(doc, refs, candidates, page_number_offset(refs, candidates));
  const bool holds = sequence && !(held_by_one_page(refs, candidates, *sequence) && numbers_pages_otherwise(doc, refs));
  std::vector<std::size_t> kept;
  std::set<std::size_t> numbered;  // pages whose number was found at the head or foot
  for (const PageNumberCandidate& c : candidates) {
    if (holds && c.value - static_cast<long>(refs[c.ref].page) == *sequence) {
      out[c.ref] = true;
      numbered.insert(refs[c.ref].page);
    }
    else if (!lone_note_number(doc, refs, c.ref)) kept.push_back(c.ref);  // a note's number is no doubt
  }
  if (holds && !numbered.empty()) mark_numbers_between_columns(doc, refs, *sequence, numbered, out);
  // Only where the dump's numbering is unknown is a number kept a doubt:
  // beside a sequence of pages or another form, it is text.
  const bool known = (holds && numbered.size() >= kMinPagesInSequence) || numbers_pages_otherwise(doc, refs);
  if (!kept.empty() && !known)
    doc.log.warn(std::string(kPass), doc.position_of(refs[kept[0]].page, refs[kept[0]].line),
                 std::to_string(kept.size()) +
                     " number(s) alone at a page's head or foot do not run with the pages' numbering: kept as text");
  return out;
}

// Whether refs[i] continues the text above it on its page: the last
// non-blank line above it is text (not furniture) that ends no sentence. A
// blank line does not end a paragraph: dumps print them inside paragraphs.
bool continues_paragraph(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t i) {
  const std::size_t page = refs[i].page;
  while (i-- > 0 && refs[i].page == page) {
    const Line& before = detail::at(doc, refs[i]);
    if (is_blank(before.text)) continue;
    if (before.role == LineRole::furniture || before.role == LineRole::masthead) return false;
    return !ends_sentence(before.text);
  }
  return false;
}

// The index of the enacting formula among refs (refs.size() if none).
std::size_t formula_index_of(const Document& doc, const std::vector<detail::LineRef>& refs) {
  for (std::size_t i = 0; i < refs.size(); ++i)
    if (const Line& line = detail::at(doc, refs[i]);
        line.role == LineRole::body && ((may_be_formula_line(line.text) && formula_line().full_match(line.text)) ||
                                        detail::is_enacting_formula(trim(line.text))))
      return i;
  return refs.size();
}

// The document's own symbol on a line of its own, or leading a short line.
bool symbol_head(const Document& doc, const Line& line) {
  if (!doc.meta.symbol || line.role != LineRole::body || !could_be_running_head(line.text)) return false;
  const std::string text = collapse_spaces(line.text);
  return (text == *doc.meta.symbol || text.rfind(*doc.meta.symbol + " ", 0) == 0) &&
         code_point_count(shape_of(line.text)) <= kMaxSymbolLedHead;
}

// A dump with no page breaks: a short line standing alone (after the
// enacting formula, when there is one; not a note, not a conclusions' date)
// that occurs kWarnRepeatedLine times or more stays text, with one warning.
void warn_repeated_lines(Document& doc, const std::vector<detail::LineRef>& refs, std::size_t formula) {
  std::map<std::string, std::vector<std::size_t>> at;
  for (std::size_t i = formula < refs.size() ? formula + 1 : 0; i < refs.size(); ++i) {
    const Line& line = detail::at(doc, refs[i]);
    if (head_shaped(line) && !opens_with_note_number(line.text) && !continues_paragraph(doc, refs, i) &&
        !after_meeting_line(doc, refs, i))
      at[collapse_spaces(line.text)].push_back(i);
  }
  for (const auto& [text, where] : at)
    if (where.size() >= kWarnRepeatedLine)
      doc.log.warn(std::string(kPass), doc.position_of(refs[where[0]].page, refs[where[0]].line),
                   "the line \"" + text + "\" occurs " + std::to_string(where.size()) +
                       " times in a text with no page breaks: kept as text; check whether it is a running head");
}

// A head a dump laid out as printed sets on a page after the first: two
// parts set apart by a wide gap, the document's symbol and words the text
// before the enacting formula prints on page 1 (the title), in either
// order ("A/RES/80/7      Report of the International Atomic Energy
// Agency"). A two-page document prints it once: it cannot recur.
bool symbol_beside_title(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t i,
                         std::size_t formula) {
  if (!doc.meta.symbol || refs[i].page == 0 || formula >= refs.size()) return false;
  const auto parts = dump_segments_of(detail::at(doc, refs[i]).text);
  if (parts.size() != 2) return false;
  const bool first = collapse_spaces(parts[0]) == *doc.meta.symbol;
  if (!first && collapse_spaces(parts[1]) != *doc.meta.symbol) return false;
  const std::string title = collapse_spaces(parts[first ? 1 : 0]);
  if (title_word_count(title) < kMinDumpTitleWords) return false;
  std::string before;
  for (std::size_t k = 0; k < formula && refs[k].page == 0; ++k) before += " " + detail::at(doc, refs[k]).text;
  return collapse_spaces(before).find(title) != std::string::npos;
}

// A plain dump may print the symbol and the title's first words on one line
// and the title's rest under it ("A/RES/78/214 Combating intolerance, ...
// incitement to violence and violence" / "against persons, based on religion
// or belief", the head of an even page whose symbol and title pdftotext
// runs together): the page's first line, in its head zone, opening with the
// symbol and a space, and the lines under it, up to a blank line, while
// they go on with words of the title page 1 prints.
std::vector<std::size_t> title_led_by_symbol(const Document& doc, const std::vector<detail::LineRef>& refs,
                                             std::size_t begin, std::size_t end, const std::vector<DumpZone>& zones,
                                             const std::string& title) {
  std::size_t first = begin;
  while (first < end && is_blank(detail::at(doc, refs[first]).text)) ++first;
  const auto head_line = [&](std::size_t i) {
    return zones[i] == DumpZone::top && detail::at(doc, refs[i]).role == LineRole::body;
  };
  if (first >= end || !head_line(first)) return {};
  const std::string lead = *doc.meta.symbol + " ", opening = collapse_spaces(detail::at(doc, refs[first]).text);
  if (!opening.starts_with(lead)) return {};
  std::vector<std::size_t> lines{first};
  std::string text = opening.substr(lead.size());
  for (std::size_t i = first + 1; i < end && head_line(i) && !is_blank(detail::at(doc, refs[i]).text); ++i) {
    const std::string longer = text + " " + collapse_spaces(detail::at(doc, refs[i]).text);
    if (title.find(longer) == std::string::npos) break;
    text = longer;
    lines.push_back(i);
  }
  if (title_word_count(text) < kMinDumpTitleWords ||
      static_cast<double>(title_word_count(text)) < kMinDumpTitleShare * static_cast<double>(title_word_count(title)) ||
      title.find(text) == std::string::npos)
    return {};
  return lines;
}

// The lines of the title a plain dump prints apart from the symbol head on a
// page after the first: the lines between the page's start and the symbol
// (the title above "A/RES/78/13"), or, when the symbol opens the page, the
// lines after it up to the first blank line (the title under it), when all
// are in the page's head zone and together are words the text before the
// enacting formula prints (the title on page 1). A two-page document prints
// them once: they cannot recur.
std::vector<std::size_t> title_beside_symbol_head(const Document& doc, const std::vector<detail::LineRef>& refs,
                                                  std::size_t begin, std::size_t end, const std::vector<DumpZone>& zones,
                                                  const std::string& title) {
  std::size_t symbol = begin;
  // The symbol alone on its line, or set apart after the title's last words
  // (`tail`: "persons, based on religion or belief      A/RES/78/214", the
  // head of a -layout dump's odd page, the title's first line above it).
  std::string tail;
  const auto prints_symbol = [&](std::size_t i) {
    tail.clear();
    const std::string& t = detail::at(doc, refs[i]).text;
    if (collapse_spaces(t) == *doc.meta.symbol) return true;
    const auto parts = dump_segments_of(t);
    if (parts.size() != 2 || collapse_spaces(parts[1]) != *doc.meta.symbol) return false;
    tail = collapse_spaces(parts[0]);
    return true;
  };
  while (symbol < end && (zones[symbol] == DumpZone::top || is_blank(detail::at(doc, refs[symbol]).text)) &&
         !prints_symbol(symbol))
    ++symbol;
  if (symbol >= end || zones[symbol] != DumpZone::top) return title_led_by_symbol(doc, refs, begin, end, zones, title);
  std::vector<std::size_t> lines;
  for (std::size_t i = begin; i < symbol; ++i)
    if (!is_blank(detail::at(doc, refs[i]).text)) lines.push_back(i);
  if (lines.empty() && !tail.empty()) return {};  // one line: symbol_beside_title's
  if (lines.empty())
    for (std::size_t i = symbol + 1; i < end; ++i) {
      if (is_blank(detail::at(doc, refs[i]).text)) {
        if (lines.empty()) continue;
        break;
      }
      lines.push_back(i);
    }
  std::string text;
  for (std::size_t i : lines) {
    const Line& line = detail::at(doc, refs[i]);
    if (zones[i] != DumpZone::top || line.role != LineRole::body) return {};
    text += " " + line.text;
  }
  text = collapse_spaces(text + " " + tail);
  if (title_word_count(text) < kMinDumpTitleWords ||
      static_cast<double>(title_word_count(text)) < kMinDumpTitleShare * static_cast<double>(title_word_count(title)) ||
      title.find(text) == std::string::npos)
    return {};
  return lines;
}

// title_beside_symbol_head on every page after the first (and after the
// enacting formula's): the title is page 1's run of lines right over the
// formula (blank lines between them aside), and the head must print at
// least kMinDumpTitleShare of its words: a few words of the masthead or the
// adoption line ("the General Assembly on") wrapped under page 2's symbol
// are no running title.
std::set<std::size_t> titles_beside_symbol_heads(const Document& doc, const std::vector<detail::LineRef>& refs,
                                                 std::size_t formula, const std::vector<DumpZone>& zones) {
  std::set<std::size_t> out;
  if (!doc.meta.symbol || formula >= refs.size() || refs[formula].page != 0) return out;
  // The title is the run of lines over the formula; where that run is the
  // resolution's number alone ("80/7.", which a Chinese version's plain
  // dump prints between the title and the formula), the run over it.
  const auto blank = [&](std::size_t k) { return is_blank(detail::at(doc, refs[k]).text); };
  const auto run_over = [&](std::size_t end) {
    std::size_t k = end;
    while (k > 0 && blank(k - 1)) --k;
    while (k > 0 && !blank(k - 1)) --k;
    return k;
  };
  static const Regex kNumberAlone("^(?:[A-Z]{1,2}-)?[0-9]{1,4}/[0-9]{1,4}\\.?$");
  std::size_t first = run_over(formula);
  if (first < formula && !blank(first) && kNumberAlone.full_match(trim(detail::at(doc, refs[first]).text)) &&
      (first + 1 == formula || blank(first + 1)))
    first = run_over(first);
  std::string title;
  for (std::size_t k = first; k < formula; ++k) title += " " + detail::at(doc, refs[k]).text;
  title = collapse_spaces(title);
  // Past an annex's label the pages print the annex: a heading under the
  // symbol there may be the annex's own, which repeats the resolution's
  // title (a declaration annexed to the resolution adopting it), and is
  // kept unless it recurs as a head.
  static const Regex kAnnexLabel(std::string("^") + masthead::kAnnexLabelPattern + "$");
  std::size_t annex = formula;
  while (annex < refs.size() && !kAnnexLabel.full_match(trim(detail::at(doc, refs[annex]).text))) ++annex;
  for (std::size_t begin = 0, end = 0; begin < refs.size(); begin = end) {
    while (end < refs.size() && refs[end].page == refs[begin].page) ++end;
    if (refs[begin].page == 0 || begin <= formula || begin > annex) continue;
    for (std::size_t i : title_beside_symbol_head(doc, refs, begin, end, zones, title)) out.insert(i);
  }
  return out;
}

// Whether refs[i] stands under its page's separator rule past a bare note
// number ("__________________" "13" "14" "23-25903" "Adopted under the
// UNFCCC ..."): a note's text, even one printed alike at the foot of two
// pages, and never a running footer. The page's own number, which
// apply_pattern_rules took for furniture (lone_note_number said it is no
// note's), is no note number: a footer under it may recur.
bool under_note_number(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t i) {
  const std::size_t page = refs[i].page;
  bool number = false;
  for (std::size_t k = i; k-- > 0 && refs[k].page == page;) {
    const Line& line = detail::at(doc, refs[k]);
    const std::string_view t = trim(line.text);
    const Rule* r = rule_for(t);
    if (is(r, Form::separator)) return number;
    number = number || (line.role == LineRole::body && !t.empty() && t.size() <= kMaxNoteNumberFigures &&
                        t.find_first_not_of("0123456789") == std::string_view::npos);
  }
  return false;
}

// Whether `text` opens with list or paragraph numbering: "a)", "(b)",
// "12.", "iv)" followed by a space (kMaxNumberingChars).
bool opens_numbered(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i < text.size() && text[i] == '(') ++i;
  const std::size_t from = i;
  while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])) != 0) ++i;
  if (i == from || i - from > kMaxNumberingChars || i + 1 >= text.size()) return false;
  const std::string_view mark = text.substr(from, i - from);
  const bool digits = std::all_of(mark.begin(), mark.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
  const bool letters = std::all_of(mark.begin(), mark.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; });
  if (!digits && !(letters && (mark.size() == 1 || mark.find_first_not_of("ivxl") == std::string_view::npos))) return false;
  return (text[i] == ')' || text[i] == '.') && text[i + 1] == ' ';
}

// Whether a line recurring `recurs` times recurs weakly (kFewRecurrences).
bool recurs_weakly(int recurs) { return recurs <= kFewRecurrences; }

// The lines (by index into `refs`) right under the top zone of their page,
// at most kHeadBlockExtraLines non-blank ones: where a long head block ends
// (weighed as heads: a short page's line there is no footer).
std::vector<bool> under_top_zone(const Document& doc, const std::vector<detail::LineRef>& refs,
                                 const std::vector<DumpZone>& zones) {
  std::vector<bool> out(refs.size(), false);
  for (std::size_t i = 0, extra = 0; i < refs.size(); ++i) {
    if (i == 0 || refs[i].page != refs[i - 1].page) extra = 0;
    // Past the top zone: the first lines of the page that are in no zone,
    // or in the bottom one (a short page, the last).
    if (zones[i] == DumpZone::top || is_blank(detail::at(doc, refs[i]).text) || extra >= kHeadBlockExtraLines) continue;
    bool above_in_top = false;
    for (std::size_t k = i; k-- > 0 && refs[k].page == refs[i].page;)
      if (!is_blank(detail::at(doc, refs[k]).text)) {
        above_in_top = zones[k] == DumpZone::top || out[k];
        break;
      }
    if (!above_in_top) {
      extra = kHeadBlockExtraLines;
      continue;
    }
    out[i] = true;
    ++extra;
  }
  return out;
}

// Whether every non-blank line above refs[i] on its page is furniture.
bool only_furniture_above(const Document& doc, const std::vector<detail::LineRef>& refs, std::size_t i) {
  for (std::size_t k = i; k-- > 0 && refs[k].page == refs[i].page;) {
    const Line& line = detail::at(doc, refs[k]);
    if (!is_blank(line.text) && line.role != LineRole::furniture) return false;
  }
  return true;
}

// Each head candidate's shape (nullopt: no candidate), whether it opens as
// a note does, and the pages whose zone holds each shape.
struct Recurrences {
  std::vector<std::optional<std::string>> shapes;
  std::vector<bool> note_shaped;
  std::map<std::pair<DumpZone, std::string>, std::set<std::size_t>> pages;
};

Recurrences read_recurrences(const Document& doc, const std::vector<detail::LineRef>& refs,
                             const std::vector<DumpZone>& zones) {
  Recurrences r{std::vector<std::optional<std::string>>(refs.size()), std::vector<bool>(refs.size(), false), {}};
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const Line& line = detail::at(doc, refs[i]);
    if (zones[i] == DumpZone::none || !head_shaped(line) || under_note_number(doc, refs, i)) continue;
    if (note_line(line.text, zones[i])) {
      if (zones[i] != DumpZone::top) continue;
      r.note_shaped[i] = true;  // a head only where it recurs widely (kNoteShapedHeadPages)
    }
    r.shapes[i] = dump_shape(line.text, zones[i], doc.meta.symbol);
    r.pages[{zones[i], *r.shapes[i]}].insert(refs[i].page);
  }
  return r;
}

void remove_repeated_lines(Document& doc, const std::vector<detail::LineRef>& refs) {
  const std::size_t formula = formula_index_of(doc, refs);
  const std::vector<DumpZone> zones = dump_zones(doc, refs);
  // Lines under the top zone are weighed as heads too, more strictly (below).
  const std::vector<bool> extra = under_top_zone(doc, refs, zones);
  std::vector<DumpZone> head_zones = zones;
  for (std::size_t i = 0; i < refs.size(); ++i)
    if (extra[i]) head_zones[i] = DumpZone::top;
  const Recurrences r = read_recurrences(doc, refs, head_zones);
  const auto& shapes = r.shapes;
  const auto& pages = r.pages;
  const std::set<std::size_t> titles = titles_beside_symbol_heads(doc, refs, formula, zones);
  for (std::size_t i = 0; i < refs.size(); ++i) {
    if (symbol_head(doc, detail::at(doc, refs[i]))) {
      detail::set_role(doc, kPass, "remove_running_head", refs[i], LineRole::furniture,
                       "running head: the document symbol " + *doc.meta.symbol);
      continue;
    }
    if (zones[i] == DumpZone::top && detail::at(doc, refs[i]).role == LineRole::body &&
        symbol_beside_title(doc, refs, i, formula)) {
      detail::set_role(doc, kPass, "remove_running_head", refs[i], LineRole::furniture,
                       "running head: the document symbol " + *doc.meta.symbol + " beside words of the title page 1 prints",
                       kTitleHead);
      continue;
    }
    // A title line that recurs is taken below, as any recurring head.
    const bool recurs =
        shapes[i] && pages.at({head_zones[i], *shapes[i]}).size() >= (r.note_shaped[i] ? kNoteShapedHeadPages : 2);
    if (titles.count(i) && !recurs && detail::at(doc, refs[i]).role == LineRole::body) {
      const bool led = collapse_spaces(detail::at(doc, refs[i]).text).starts_with(*doc.meta.symbol + " ");
      detail::set_role(doc, kPass, "remove_running_head", refs[i], LineRole::furniture,
                       led ? "running head: the document symbol " + *doc.meta.symbol +
                                 " and words of the title page 1 prints after it"
                           : "running head: words of the title page 1 prints, on their own lines beside the document symbol " +
                                 *doc.meta.symbol,
                       kTitleHead);
      continue;
    }
    // Occurrences on page 1 before the enacting formula may be the title
    // and are kept (a title is printed on page 1: a letter's annex that
    // opens a draft resolution on page 3 does not keep the letter's heads);
    // the date under a meeting line is a resolution's conclusions (a page
    // printing several resolutions adopted at one meeting repeats both).
    if (!shapes[i] || (i < formula && formula < refs.size() && refs[i].page == 0)) continue;
    const std::size_t n = pages.at({head_zones[i], *shapes[i]}).size();
    if (n < 2 || ((r.note_shaped[i] || extra[i]) && n < kNoteShapedHeadPages) ||
        (extra[i] && !only_furniture_above(doc, refs, i)) || after_meeting_line(doc, refs, i) ||
        continues_paragraph(doc, refs, i))
      continue;
    if (recurs_weakly(static_cast<int>(n)) && opens_numbered(detail::at(doc, refs[i]).text)) {
      doc.log.warn(std::string(kPass), doc.position_of(refs[i].page, refs[i].line),
                   "a line (" + detail::quoted(collapse_spaces(detail::at(doc, refs[i]).text)) + ") recurs on " +
                       std::to_string(n) + " pages but opens with numbering: kept as text");
      continue;
    }
    detail::set_role(doc, kPass, "remove_running_head", refs[i], LineRole::furniture,
                     std::string("running ") + (head_zones[i] == DumpZone::top ? "head" : "footer") +
                         ": the line recurs at the " + (head_zones[i] == DumpZone::top ? "top" : "foot") + " of " +
                         std::to_string(n) + " pages",
                     n >= 3 ? 0.95 : 0.8);
  }
  if (doc.pages.size() < 2) warn_repeated_lines(doc, refs, formula);
}

// ---- With geometry: the head and footer zones of each page -----------------

// What a document prints in its heads: its symbols and the words of the
// title on page 1 (in type larger than the body's, and the agenda item's
// title the masthead gives).
struct HeadVocabulary {
  std::vector<std::string> symbols;
  std::vector<std::vector<std::string>> titles;  // normalised words, in order
  bool from_masthead = false;  // the symbols are the masthead's (else page 1's, as OCR read them)
  bool ocr = false;            // page 1, and so its title, was read by OCR
};

// A word as compared with the title's: ASCII lower case, punctuation,
// quotes and dashes left out ("Anti-Personnel," and "anti-personnel" agree).
std::string folded_word(std::string_view w) {
  std::string out;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const auto c = static_cast<unsigned char>(w[i]);
    if (c == 0xE2 && i + 2 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0x80) {
      const auto d = static_cast<unsigned char>(w[i + 2]);
      if ((d >= 0x90 && d <= 0x95) || (d >= 0x98 && d <= 0x9F)) {  // dashes, quotes
        i += 2;
        continue;
      }
    }
    if (c < 0x80 && !std::isalnum(c)) continue;
    out += c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
  }
  return out;
}

// The words of `text`, folded. In a script written without spaces
// (Chinese) each character is a word: a running head prints the title
// whole where page 1 breaks it over lines.
std::vector<std::string> folded_words(std::string_view text) {
  std::vector<std::string> out;
  auto add = [&](std::string_view word) {
    std::string run;
    for (std::size_t i = 0; i < word.size();) {
      const std::size_t from = i;
      const char32_t cp = next_code_point(word, i);
      if (!is_unspaced_script(cp)) {
        run.append(word.substr(from, i - from));
        continue;
      }
      if (!run.empty()) out.push_back(std::exchange(run, {}));
      out.emplace_back(word.substr(from, i - from));
    }
    if (!run.empty()) out.push_back(std::move(run));
  };
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    if (std::string w = folded_word(text.substr(at, end - at)); !w.empty()) add(w);
    at = end + 1;
  }
  return out;
}

// When the masthead gave no symbol (a scan's), the symbol page 1 prints at
// its top (down to kPageOneSymbolShare of the page), as OCR read it there:
// a word shaped as a symbol once upper-cased, a note's stars after it
// ("s/14938**"). Continuation heads print it so.
std::vector<std::string> symbols_printed_on_page_one(const Document& doc) {
  std::vector<std::string> out;
  if (doc.pages.empty() || doc.pages.front().height <= 0) return out;
  const Page& page = doc.pages.front();
  for (const Line& line : page.lines) {
    if (!line.box || line.box->y1 > kPageOneSymbolShare * page.height) continue;
    for (std::size_t at = 0; at < line.text.size();) {
      const std::size_t end = std::min(line.text.find(' ', at), line.text.size());
      const std::string word = line.text.substr(at, end - at);
      at = end + 1;
      std::string shape = word.substr(0, word.find_last_not_of('*') + 1);
      for (char& c : shape) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      static const Regex kShape(std::string("^(?:") + masthead::kSymbolPattern + ")$");
      if (shape.find('/') != std::string::npos && kShape.full_match(shape) &&
          std::find(out.begin(), out.end(), word) == out.end())
        out.push_back(word);
    }
  }
  return out;
}

// The symbols of the General Assembly resolutions whose numbers page 1
// prints before a title, in its upper part (kPageOneTitleShare): "80/195.
// The right of ..." is A/RES/80/195, as structure derives it.
std::vector<std::string> resolution_symbols_of_page_one(const Document& doc) {
  std::vector<std::string> out;
  if (doc.pages.empty() || doc.pages.front().height <= 0) return out;
  const Page& page = doc.pages.front();
  static const Regex kNumbered("^([0-9]{1,3}/[0-9]{1,4})\\.(?: |$)");
  for (const Line& line : page.lines) {
    if (line.role != LineRole::body || !line.box || line.box->y1 > kPageOneTitleShare * page.height) continue;
    const std::string text = collapse_spaces(line.text);
    if (const auto m = kNumbered.search(text)) {
      std::string symbol = "A/RES/" + std::string(m->str(text, 1));
      if (std::find(out.begin(), out.end(), symbol) == out.end()) out.push_back(std::move(symbol));
    }
  }
  return out;
}

HeadVocabulary head_vocabulary(const Document& doc, double body_size) {
  HeadVocabulary v;
  if (doc.meta.symbol) v.symbols.push_back(collapse_spaces(*doc.meta.symbol));
  for (const std::string& s : doc.meta.other_symbols) v.symbols.push_back(collapse_spaces(s));
  v.from_masthead = !v.symbols.empty();
  if (v.symbols.empty()) v.symbols = symbols_printed_on_page_one(doc);
  if (v.symbols.empty()) v.symbols = resolution_symbols_of_page_one(doc);
  std::string title;
  if (!doc.pages.empty() && body_size > 0)
    for (const Line& line : doc.pages.front().lines)
      if (line.role == LineRole::body && line.font_size >= body_size + kTitleType) title += " " + line.text;
  if (!title.empty()) v.titles.push_back(folded_words(collapse_spaces(title)));
  v.ocr = !doc.pages.empty() && doc.pages.front().ocr;
  for (const std::string& t : doc.meta.agenda_titles) v.titles.push_back(folded_words(t));
  return v;
}

// How many of `words` a subsequence of `title` matches, in order (the
// longest common subsequence's length).
std::size_t words_in_order(const std::vector<std::string>& words, const std::vector<std::string>& title) {
  std::vector<std::size_t> row(title.size() + 1, 0), next(title.size() + 1, 0);
  for (const std::string& w : words) {
    for (std::size_t t = 0; t < title.size(); ++t)
      next[t + 1] = w == title[t] ? row[t] + 1 : std::max(row[t + 1], next[t]);
    std::swap(row, next);
  }
  return row.back();
}

// Whether `word` is a character of a script written without spaces, which
// folded_words makes a word of its own.
bool unspaced_character(const std::string& word) {
  std::size_t i = 0;
  return !word.empty() && is_unspaced_script(next_code_point(word, i)) && i == word.size();
}

// Words of one of the titles, in its order (a short title leaves words out).
// Where page 1 was read by OCR, in a script written without
// spaces (Chinese), each character is a word, and OCR misreads one here
// and there in the title and in each head ("不容忍" read "不容恕" on one
// page, "不容如" on another): a head of at least kOcrTitleMinCharacters such
// characters, all in the title in order but one in kOcrTitleCharactersPerMiss,
// is the title as OCR read it.
bool title_words(std::string_view text, const HeadVocabulary& v) {
  const std::vector<std::string> words = folded_words(text);
  if (words.empty()) return false;
  for (const std::vector<std::string>& title : v.titles) {
    std::size_t k = 0;
    for (std::size_t t = 0; t < title.size() && k < words.size(); ++t) if (title[t] == words[k]) ++k;
    if (k == words.size()) return true;
  }
  if (!v.ocr) return false;
  const auto characters = static_cast<std::size_t>(std::count_if(words.begin(), words.end(), unspaced_character));
  if (characters < kOcrTitleMinCharacters || characters < words.size()) return false;
  return std::any_of(v.titles.begin(), v.titles.end(), [&](const std::vector<std::string>& title) {
    return words.size() - words_in_order(words, title) <= words.size() / kOcrTitleCharactersPerMiss;
  });
}

bool language_name(std::string_view text) {
  static const Regex kLanguage("^(?:English|French|Spanish|Russian|Arabic|Chinese|Fran\u00E7ais|Anglais|Espa\u00F1ol|Ingl\u00E9s)$",
                               "i");
  return kLanguage.full_match(text);
}

// How well a head line (or one of its parts) is explained: `sure` by the
// symbol, a page or job number; `title` by words of the title or the
// language name alone, which body text can also be.
enum class Explained : std::uint8_t { no, title, sure };
struct Explanation {
  Explained level = Explained::no;
  std::string why;
};

// `text` with spaces dropped, the glyphs OCR confuses folded and letters
// in upper case.
std::string ocr_folded(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == ' ') continue;
    if (c == ',') out += '.';
    else if (c == 'l' || c == 'I' || c == '|') out += '1';
    else if (c == 'O' || c == 'o') out += '0';
    else if (c >= 'a' && c <= 'z') out += static_cast<char>(c - 'a' + 'A');  // "s/14938" for S/14938
    else out += c;
  }
  return out;
}

// Whether `text` is `symbol` as OCR may have read it (kSymbolCharsPerEdit).
// Its note mark printed after it ("s/14938**") is no misreading; a short
// symbol is taken only when it folds to the same.
bool ocr_reads_symbol(std::string_view text, std::string_view symbol) {
  while (text.ends_with('*')) text.remove_suffix(1);
  const std::string a = ocr_folded(text), b = ocr_folded(symbol);
  if (a == b) return true;
  if (symbol.size() < kMinTolerantSymbol) return false;
  return levenshtein(a, b) <= b.size() / kSymbolCharsPerEdit;
}

// Whether `text`, spaces dropped and commas read as dots, is shaped as a UN
// symbol ("A/C,4/SR.985", "A/ 40/ 281").
bool symbol_shaped(std::string_view text) {
  static const Regex kShape(std::string("^(?:") + masthead::kSymbolPattern + ")$");
  std::string s;
  for (const char c : text)
    if (c != ' ') s += c == ',' ? '.' : c;
  return s.size() >= kMinTolerantSymbol && s.find('/') != std::string::npos && kShape.full_match(s);
}

// A job-number footer whose language letter OCR misread ("26-03312 CF)
// 040326" for "26-03312 (E) 040326"): the job number, at most
// kMaxJobMarkChars characters in the place of "(E)" of which at most
// kMaxJobMarkLetters letters, and the six-figure date, which must be a day
// and a month and end in the job number's year (UN job numbers open with
// the year's two last figures, "26-" in 2026): the number and the date
// agreeing is what makes it sure. The job number, or empty.
std::string job_footer_with_misread_letter(std::string_view text) {
  static const Regex kDated("^\\s*([A-Z]?([0-9]{2})-[0-9]{5})\\s+(\\S+)\\s+([0-3][0-9])([01][0-9])([0-9]{2})\\s*$");
  const auto m = kDated.search(text);
  if (!m) return {};
  const std::string mark(m->str(text, 3));
  const auto letters = std::count_if(mark.begin(), mark.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  const int day = std::stoi(std::string(m->str(text, 4))), month = std::stoi(std::string(m->str(text, 5)));
  if (mark.size() > kMaxJobMarkChars || static_cast<std::size_t>(letters) > kMaxJobMarkLetters || day < 1 || day > 31 ||
      month < 1 || month > 12 || m->str(text, 2) != m->str(text, 6))
    return {};
  return std::string(m->str(text, 1));
}

// `text` with letters and figures that stand one by one read as one word,
// and a bracket's inner spaces dropped: an old OCR layer letter-spaces a
// job line's typist code and language mark ("90-08730 1 9 2 1 a ( E )" for
// "90-08730 1921a (E)"). Only the job-number patterns read it so.
std::string joined_single_characters(std::string_view text) {
  std::vector<std::string> tokens;
  bool run = false;  // the last token is a run of single letters or figures
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    const std::string_view token = text.substr(at, end - at);
    at = end + 1;
    if (token.empty()) continue;
    const bool single = token.size() == 1 && std::isalnum(static_cast<unsigned char>(token[0])) != 0;
    if (single && run) tokens.back() += token;
    else tokens.emplace_back(token);
    run = single;
  }
  std::string out;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    // "( E )": the bracket and its one or two characters, as one word.
    if (tokens[k] == "(" && k + 2 < tokens.size() && tokens[k + 1].size() <= 2 && tokens[k + 2].size() == 1 &&
        std::string_view(")]lI1|").find(tokens[k + 2][0]) != std::string_view::npos) {
      out += (out.empty() ? "(" : " (") + tokens[k + 1] + tokens[k + 2];
      k += 2;
      continue;
    }
    out += (out.empty() ? "" : " ") + tokens[k];
  }
  return out;
}

// A job-number footer as OCR read it (kMaxJobNoiseLetters), letter-spaced
// or not (joined_single_characters), or nullopt.
std::optional<std::string> ocr_job_footer_as_read(std::string_view text);
std::optional<std::string> ocr_job_footer(std::string_view text) {
  if (auto job = ocr_job_footer_as_read(text)) return job;
  const std::string joined = joined_single_characters(text);
  if (joined == collapse_spaces(text)) return std::nullopt;
  return ocr_job_footer_as_read(joined);
}

std::optional<std::string> ocr_job_footer_as_read(std::string_view text) {
  if (std::string number = job_footer_with_misread_letter(text); !number.empty()) return number;
  static const Regex kOpening("^\\s*([A-Z]?[0-9]{2}[- ]?[0-9]{5})[A-Z]?\\s+[0-9]{4}[a-zA-Z](?=\\s|$)");
  static const Regex kKnown("\\([A-Z][)lI1|]?|\\b[0-9]{6}\\b");
  const auto m = kOpening.search(text);
  if (!m) return std::nullopt;
  std::string rest(text.substr(m->end));
  for (const auto& k : kKnown.find_all(rest)) std::fill(rest.begin() + static_cast<std::ptrdiff_t>(k.begin), rest.begin() + static_cast<std::ptrdiff_t>(k.end), ' ');
  std::size_t letters = 0;
  for (const char c : rest) letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
  if (letters > kMaxJobNoiseLetters) return std::nullopt;
  return std::string(m->str(text, 1));
}

// A printing imprint line of the 1950s and 1960s, its white space
// collapsed: the press's imprint, and the printing-job line (job number,
// month and year, print run).
const Regex& imprint_press() {
  static const Regex re(
      "^(?:Litho(?:graphed)?|Printed)\\s+in\\s+(?:U\\s*\\.?\\s*N\\s*\\.?|the\\s+United\\s+Nations|United\\s+Nations)$|"
      "^(?:Imprim\u00E9|Lithographi\u00E9)\\s+aux\\s+Nations\\s+Unies$|^Impreso\\s+en\\s+las\\s+Naciones\\s+Unidas$");
  return re;
}
const Regex& imprint_job() {
  static const Regex re(
      "^[0-9]{3,6}\\s*[-\u2013\u2014]\\s*(?:January|February|March|April|May|June|July|August|September|October|November|"
      "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|janvier|f\u00E9vrier|mars|avril|mai|juin|juillet|ao\u00FBt|"
      "septembre|octobre|novembre|d\u00E9cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
      "noviembre|diciembre)\\.?\\s+(?:19|20)[0-9]{2}\\s*[-\u2013\u2014]\\s*[0-9][0-9,.]{0,6}$",
      "i");
  return re;
}
// Both imprint patterns are anchored at the start: the press's imprint
// opens with "Litho", "Printed", "Imprim\u00E9" or "Impreso", the job line
// with kImprintJobMinFigures figures or more. Any other start after the
// white space that collapse_spaces trims cannot open a match (most lines,
// paragraphs numbered "1." among them, are passed over without the copy
// and the two searches).
constexpr std::size_t kImprintJobMinFigures = 3;  // imprint_job's [0-9]{3,6}
bool may_be_imprint(std::string_view raw) {
  const std::string_view lead = trim_left(raw);
  if (lead.empty()) return false;
  const char c = lead.front();
  if (c == 'L' || c == 'P' || c == 'I') return true;
  const auto digit = [](char d) { return d >= '0' && d <= '9'; };
  return lead.size() >= kImprintJobMinFigures && std::all_of(lead.begin(), lead.begin() + kImprintJobMinFigures, digit);
}

// What a printing imprint line is ("the press's imprint", "the
// printing-job line"), or empty.
std::string imprint_of(std::string_view raw) {
  if (!may_be_imprint(raw)) return {};
  const std::string text = collapse_spaces(raw);
  if (imprint_press().search(text)) return "the press's imprint";
  if (imprint_job().search(text)) return "the printing-job line (job number, month and year, print run)";
  return {};
}

// What a line is when it is a printing imprint whole or every part of it
// is one ("Litho in U.N.      77402-July 1960-950"), or empty.
std::string imprint_line(const Line& line) {
  if (std::string whole = imprint_of(line.text); !whole.empty()) return whole;
  // A dump's line opens with its first part: when that cannot be an
  // imprint, no part list is made.
  if (line.words.empty() && !may_be_imprint(line.text)) return {};
  if (!has_segments(line)) return {};
  const std::vector<std::string_view> parts = segments_of(line);
  if (parts.size() < 2) return {};
  std::string why;
  for (const std::string_view part : parts) {
    const std::string one = imprint_of(part);
    if (one.empty()) return {};
    why += (why.empty() ? "" : " + ") + one;
  }
  return why;
}

Explanation explain_segment(std::string_view raw, const HeadVocabulary& v, bool page_number_beside = false);

// A part of a head or footer line that is a symbol OCR damaged: the
// document's own (ocr_reads_symbol), or, when the document has no symbol
// known, one shaped as a symbol beside a page number. Tried on the part's
// words from either end, so that the rest of the part is explained too
// ("651 A/C,4/SR.985").
Explanation explain_ocr_symbol(const std::string& text, const HeadVocabulary& v, bool page_number_beside) {
  std::vector<std::string> words;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    words.emplace_back(text.substr(at, end - at));
    at = end + 1;
  }
  auto joined = [&](std::size_t from, std::size_t to, const char* sep) {
    std::string out;
    for (std::size_t k = from; k < to; ++k) out += (k > from ? sep : "") + words[k];
    return out;
  };
  for (std::size_t from = 0; from < words.size(); ++from)
    for (std::size_t to = words.size(); to > from; --to) {
      if (from > 0 && to < words.size()) continue;  // the symbol leads or ends the part
      const std::string candidate = joined(from, to, "");
      const std::string rest = joined(0, from, " ") + (from > 0 && to < words.size() ? " " : "") + joined(to, words.size(), " ");
      std::string why;
      for (const std::string& symbol : v.symbols)
        if (ocr_reads_symbol(candidate, symbol) && joined(from, to, " ") != symbol) {
          why = "the document symbol " + symbol + " as OCR read it (" + detail::quoted(joined(from, to, " ")) + ")";
          break;
        }
      const bool page_beside = page_number_beside || (!rest.empty() && [&] {
        return page_number_form(rule_for(rest));
      }());
      if (why.empty() && !v.from_masthead && page_beside && symbol_shaped(candidate))
        why = "a document symbol as OCR read it (" + detail::quoted(joined(from, to, " ")) +
              "), beside a page number; the masthead gave none";
      if (why.empty()) continue;
      if (rest.empty()) return {Explained::sure, why};
      const Explanation other = explain_segment(rest, v);
      if (other.level != Explained::no) return {Explained::sure, why + " + " + other.why};
    }
  return {};
}

Explanation explain_segment(std::string_view raw, const HeadVocabulary& v, bool page_number_beside) {
  const std::string text = collapse_spaces(raw);
  for (const std::string& symbol : v.symbols) {
    if (text == symbol) return {Explained::sure, "the document symbol " + symbol};
    const bool leads = text.starts_with(symbol + " ");
    const bool ends = text.ends_with(" " + symbol);
    if (!leads && !ends) continue;
    const std::string rest =
        leads ? text.substr(symbol.size() + 1) : text.substr(0, text.size() - symbol.size() - 1);
    const Explanation other = explain_segment(rest, v);
    if (other.level != Explained::no) return {Explained::sure, "the document symbol " + symbol + " + " + other.why};
  }
  if (const Rule* rule = rule_for(text)) return {Explained::sure, std::string(rule->reason)};
  if (const auto job = ocr_job_footer(text))
    return {Explained::sure, "job-number footer as OCR read it (job number " + *job + ")"};
  if (Explanation e = explain_ocr_symbol(text, v, page_number_beside); e.level != Explained::no) return e;
  if (language_name(text)) return {Explained::title, "the language name"};
  if (title_words(text, v)) return {Explained::title, "words of the title on page 1"};
  return {};
}

Explanation explain_line(const Line& line, const HeadVocabulary& v) {
  // A job line's parts stand apart ("85-12781      1381n (El      / .. ."):
  // read whole.
  if (const auto job = ocr_job_footer(collapse_spaces(line.text)))
    return {Explained::sure, "job-number footer as OCR read it (job number " + *job + ")"};
  Explanation all{Explained::title, ""};
  const std::vector<std::string_view> parts = segments_of(line);
  const bool page_number = std::any_of(parts.begin(), parts.end(), [](std::string_view part) {
    return page_number_form(rule_for(part));
  });
  for (const std::string_view part : parts) {
    // A part of one or two dots, commas or colons standing apart is a speck
    // a scan left and OCR read as punctuation ("2/3 : 26-03312"): it
    // explains nothing, and stands in the way of nothing.
    if (!part.empty() && part.size() <= 2 && part.find_first_not_of(".,:;'`") == std::string::npos && parts.size() > 1)
      continue;
    const Explanation e = explain_segment(part, v, page_number);
    if (e.level == Explained::no) return {};
    all.level = std::max(all.level, e.level);
    all.why += (all.why.empty() ? "" : " + ") + e.why;
  }
  return all;
}

// The job number of a job-number footer as OCR read it, printed by `line`
// whole or by one of its parts; empty when none.
std::string ocr_job_number_of(const Line& line) {
  if (const auto job = ocr_job_footer(collapse_spaces(line.text))) return *job;
  for (const std::string_view part : segments_of(line))
    if (const auto job = ocr_job_footer(collapse_spaces(part))) return *job;
  return {};
}

// The page's geometry as the zones need it.
struct PageGeometry {
  double body_size = 0;  // the body's type size (pt)
  double zone_gap = 0;   // the widest gap inside a zone (pt)
};

// The white between two lines of one body paragraph: the most common gap
// between a body-size line and the next one below it, in the same column.
double body_line_gap(const Document& doc, double body_size) {
  SizeTally gaps;
  for (const Page& page : doc.pages) {
    std::vector<const Line*> lines;
    for (const Line& line : page.lines)
      if (line.role == LineRole::body && line.box && std::abs(line.font_size - body_size) < kSmallerType)
        lines.push_back(&line);
    std::sort(lines.begin(), lines.end(), [](const Line* a, const Line* b) { return a->box->y0 < b->box->y0; });
    for (std::size_t i = 1; i < lines.size(); ++i) {
      const Box& a = *lines[i - 1]->box;
      const Box& b = *lines[i]->box;
      const double gap = b.y0 - a.y1;
      if (gap >= 0 && gap <= body_size && b.x0 < a.x1 && a.x0 < b.x1) gaps.add(gap, 1);
    }
  }
  return gaps.most_common();
}

// The lines of a page's head (top = true) or footer zone: from the top (foot)
// of the band, each within `zone_gap` of the one before; past the band,
// to kZoneReachShare, only lines explained as furniture.
std::vector<std::size_t> zone_of(const Page& page, bool top, double zone_gap, const HeadVocabulary& v) {
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < page.lines.size(); ++i) {
    const Line& line = page.lines[i];
    if (line.box && !line.vertical && !is_blank(line.text) &&
        (line.role == LineRole::body || line.role == LineRole::furniture))
      order.push_back(i);
  }
  auto edge = [&](std::size_t i) { return top ? page.lines[i].box->y0 : -page.lines[i].box->y1; };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return edge(a) < edge(b); });
  const Band band = top ? Band::top : Band::bottom;
  std::vector<std::size_t> zone;
  double reach = 0;  // the zone's lowest bottom (highest top)
  for (const std::size_t i : order) {
    const Box& box = *page.lines[i].box;
    const bool in_reach = (top ? box.y1 <= kZoneReachShare * page.height : box.y0 >= (1 - kZoneReachShare) * page.height) &&
                          explain_line(page.lines[i], v).level != Explained::no;
    if (band_of(page, page.lines[i]) != band && !in_reach) break;
    if (!zone.empty() && (top ? box.y0 - reach : reach - box.y1) > zone_gap) break;
    reach = zone.empty() ? (top ? box.y1 : box.y0) : (top ? std::max(reach, box.y1) : std::min(reach, box.y0));
    zone.push_back(i);
  }
  return zone;
}

struct Zone {
  std::size_t page = 0;
  bool top = true;
  std::vector<std::size_t> lines;
};

// A head line as compared across the pages (OCR reads it differently on each): ASCII
// lower case, spaces dropped, ',' read as '.', 'l' 'i' '|' '!' as '1' and
// 'o' as '0', then every figure '#'; as code points, so that one letter
// misread is one edit in every script.
std::u32string ocr_head_key(std::string_view text) {
  std::string out;
  for (const char raw : text) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(raw)));
    if (c == ' ' || c == '\t') continue;
    if (c == ',') out += '.';
    else if (c == 'l' || c == 'i' || c == '|' || c == '!' || c == 'o' || (c >= '0' && c <= '9')) out += '#';
    else out += c;
  }
  return code_points(out);
}

// Each zone line's shape (digits folded) and height, to count recurrences,
// and its page, zone and folded key (ocr_head_key).
struct ZoneLine {
  std::string shape;
  double top = 0;
  std::size_t page = 0;
  bool top_zone = true;
  std::u32string key;
  std::vector<std::string> parts;  // the shapes of its segments (segments_of)
};

// The shapes (digits folded) of a line's segments that hold a letter.
std::vector<std::string> part_shapes(const Line& line) {
  std::vector<std::string> out;
  for (const std::string_view part : segments_of(line))
    if (std::any_of(part.begin(), part.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }))
      out.push_back(shape_of(part, true));
  return out;
}

ZoneLine zone_line(const Line& line, std::size_t page, bool top_zone) {
  return {shape_of(line.text, true), line.box->y0, page, top_zone, ocr_head_key(line.text), part_shapes(line)};
}

// Whether a segment of this shape is a segment of a line in the same zone
// (head or footer) of another page, at any height of the zone.
bool part_recurs(const std::vector<ZoneLine>& all, const std::string& shape, std::size_t page, bool top_zone) {
  return std::any_of(all.begin(), all.end(), [&](const ZoneLine& z) {
    return z.page != page && z.top_zone == top_zone && std::find(z.parts.begin(), z.parts.end(), shape) != z.parts.end();
  });
}

// A head of two lines, or one that odd and even pages set in another order
// ("Title      A/RES/80/222", "A/RES/80/222      Title"), recurs part by
// part where no line recurs whole: a zone line is furniture when each of
// its segments is explained as furniture for sure (the symbol, a page
// number) or recurs as a segment of the same zone of another page
// (part_recurs), and one at least recurs. The reason, or empty.
std::string parts_recurring(const std::vector<ZoneLine>& all, const Line& line, std::size_t page, bool top_zone,
                            const HeadVocabulary& v) {
  std::string why;
  bool recurs = false;
  for (const std::string_view part : segments_of(line)) {
    if (part.empty()) continue;
    const Explanation e = explain_segment(part, v);
    const bool letters =
        std::any_of(part.begin(), part.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; });
    if (e.level != Explained::sure && !(letters && part_recurs(all, shape_of(part, true), page, top_zone))) return {};
    recurs |= e.level != Explained::sure;
    why += (why.empty() ? "" : " + ") +
           (e.level == Explained::sure ? e.why : detail::quoted(part) + " recurs in the same zone of another page");
  }
  return recurs ? why : std::string();
}

bool ocr_same_head(const std::u32string& a, const std::u32string& b) {
  if (a.size() < kMinFuzzyHead || b.size() < kMinFuzzyHead) return a == b;
  const std::size_t bound = std::max(a.size(), b.size()) / kHeadCharsPerEdit;
  const std::size_t apart = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  return apart <= bound && levenshtein(a, b) <= bound;
}

// How many zone lines of the document have this line's shape at its height;
// at least one more than the other pages whose same zone holds it as OCR
// read it there (ocr_same_head); a long line (kLongHeadMinPages) only
// when most pages hold it.
int recurrences(const std::vector<ZoneLine>& all, const Line& line, std::size_t page, bool top_zone, bool* fuzzy) {
  const std::string shape = shape_of(line.text, true);
  int n = 0;
  for (const ZoneLine& z : all) n += std::abs(z.top - line.box->y0) <= kSameHeight && z.shape == shape ? 1 : 0;
  const std::size_t length = code_point_count(line.text);
  const bool long_line = length > kMaxFuzzyHeadChars;
  if (n >= 2 || length > kMaxRunningHead) return n;
  const std::u32string key = ocr_head_key(line.text);
  std::vector<std::size_t> pages;
  for (const ZoneLine& z : all)
    if (z.page != page && z.top_zone == top_zone && ocr_same_head(z.key, key) &&
        std::find(pages.begin(), pages.end(), z.page) == pages.end())
      pages.push_back(z.page);
  if (pages.empty()) return n;
  if (long_line) {
    std::size_t last_page = 0;
    for (const ZoneLine& z : all) last_page = std::max(last_page, z.page);
    if (pages.size() + 1 < kLongHeadMinPages || 2 * (pages.size() + 1) < last_page) return n;
  }
  *fuzzy = true;
  return static_cast<int>(pages.size()) + 1;
}

// A short line of a head zone, shaped as a head is
// (kMaxOddHeadChars): what a masthead's emblem or a head becomes when OCR
// garbles it past recognition.
bool odd_head(const Line& line) {
  return code_point_count(line.text) <= kMaxOddHeadChars && could_be_running_head(line.text);
}

// Whether every word of `line` (folded) is a word of page `zone.page`'s
// body lines outside the zone.
bool words_in_text_below(const Document& doc, const Zone& zone, const Line& line) {
  const std::vector<std::string> words = folded_words(line.text);
  if (words.empty()) return false;
  std::set<std::string> text;
  const std::vector<Line>& lines = doc.pages[zone.page].lines;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].role == LineRole::body && std::find(zone.lines.begin(), zone.lines.end(), i) == zone.lines.end())
      for (std::string& w : folded_words(lines[i].text)) text.insert(std::move(w));
  return std::all_of(words.begin(), words.end(), [&](const std::string& w) { return text.count(w) > 0; });
}

void decide_zone(Document& doc, const Zone& zone, const std::vector<ZoneLine>& zone_lines, const HeadVocabulary& v,
                 const PageGeometry& g) {
  const std::string where = zone.top ? "page header" : "page footer";
  struct Reading {
    Explanation e;
    int recurs = 0;
    bool fuzzy = false;  // recurs as OCR read it on other pages
    std::string parts;   // why its parts recur (parts_recurring), or empty
  };
  std::vector<Reading> readings;
  bool anchored = false;  // a surer sign than title words: the symbol, a page number, recurrence
  for (const std::size_t i : zone.lines) {
    const Line& line = doc.pages[zone.page].lines[i];
    Reading r{explain_line(line, v), 0, false, {}};
    if (!zone.top && r.e.level == Explained::no)
      if (std::string imprint = imprint_line(line); !imprint.empty()) r.e = {Explained::sure, "printing imprint: " + imprint};
    // A line opening with a superscript mark is a footnote, not a head.
    if (could_be_running_head(line.text) && (line.marks.empty() || line.marks.front().offset > 0)) {
      r.recurs = recurrences(zone_lines, line, zone.page, zone.top, &r.fuzzy);
      // Heads only: a note's last line at the foot of two pages may be
      // shaped alike ("A/78/7/Add.21.", "A/78/7/Add.23.").
      if (zone.top && r.e.level != Explained::sure && r.recurs < 2)
        r.parts = parts_recurring(zone_lines, line, zone.page, zone.top, v);
    }
    anchored |= line.role == LineRole::furniture || r.e.level == Explained::sure || r.recurs >= 2 || !r.parts.empty();
    readings.push_back(std::move(r));
  }
  // Page 1's head is the masthead and its title the title; footers print no
  // title, and a note above one may be made of words of the title.
  const bool continuation = zone.page > 0;
  for (std::size_t k = 0; k < zone.lines.size(); ++k) {
    const detail::LineRef ref{zone.page, zone.lines[k]};
    const Line& line = detail::at(doc, ref);
    if (line.role != LineRole::body) continue;
    const Reading& r = readings[k];
    const bool header_type = g.body_size > 0 && line.font_size > 0 && line.font_size <= g.body_size - kSmallerType;
    // On page 1, a short line in the head band whose every word page 1's
    // text below the band uses too (the title's last line "Nations", its
    // date "19 September 1992", which the text repeats) is the title, kept
    // as text with no warning: only a line the text does not explain (the
    // emblem or a stamp read as words) is in doubt.
    const bool title_line_of_page_one = !continuation && words_in_text_below(doc, zone, line);
    if (r.e.level == Explained::sure) {
      detail::set_role(doc, kPass, "remove_running_head", ref, LineRole::furniture, where + ": " + r.e.why, kSureHead);
      // The job number such a footer prints is the document's when nothing
      // else gave one (the masthead, an ODS marker, a footer read exactly).
      if (!doc.meta.job_number)
        if (std::string job = ocr_job_number_of(line); !job.empty()) doc.meta.job_number = std::move(job);
    } else if (r.recurs >= 2 && recurs_weakly(r.recurs) && opens_numbered(line.text)) {
      doc.log.warn(std::string(kPass), doc.position_of(ref.page, ref.line),
                   "a line of the " + where + " (" + detail::quoted(collapse_spaces(line.text)) + ") recurs on " +
                       std::to_string(r.recurs) + " pages but opens with numbering: kept as text");
    } else if (r.recurs >= 2) {
      detail::set_role(doc, kPass, "remove_running_head", ref, LineRole::furniture,
                       where + (r.fuzzy ? ": the line occurs" + std::string(doc.pages[ref.page].ocr ? ", as OCR read it," : ", nearly alike,") + " in the " + where + " of " +
                                              std::to_string(r.recurs) + " pages"
                                        : ": the line occurs " + std::to_string(r.recurs) + " times at this height"),
                       kRecurringHead);
    } else if (continuation && zone.top && r.e.level == Explained::title && (anchored || header_type)) {
      detail::set_role(doc, kPass, "remove_running_head", ref, LineRole::furniture,
                       where + ": " + r.e.why +
                           (anchored ? ", beside the symbol, a page number or a recurring line" : ", in header type"),
                       kTitleHead);
    } else if (!r.parts.empty()) {
      detail::set_role(doc, kPass, "remove_running_head", ref, LineRole::furniture,
                       where + ": its parts recur or are furniture: " + r.parts, kRecurringHead);
    } else if (zone.top && ((continuation && (anchored || header_type)) || (odd_head(line) && !title_line_of_page_one))) {
      doc.log.warn(std::string(kPass), doc.position_of(ref.page, ref.line),
                   "a line of the " + where + " (" + detail::quoted(collapse_spaces(line.text)) +
                       ") is not the document's symbol, title, page number or language, nor does it recur: kept as text");
    }
  }
}

// The zones' lines, and the lines of page 1's masthead set in its head
// band (a head may repeat the masthead's words: "United Nations").
std::vector<ZoneLine> zone_lines_of(const Document& doc, const std::vector<Zone>& zones) {
  std::vector<ZoneLine> out;
  for (const Zone& zone : zones)
    for (const std::size_t i : zone.lines) out.push_back(zone_line(doc.pages[zone.page].lines[i], zone.page, zone.top));
  if (!doc.pages.empty())
    for (const Line& line : doc.pages.front().lines)
      if (line.role == LineRole::masthead && line.box && band_of(doc.pages.front(), line) == Band::top)
        out.push_back(zone_line(line, 0, true));
  return out;
}

// Whether page 1 is a continuation page (pages cut from a longer
// document): it prints no masthead, and a line of its head zone recurs,
// whole or part by part, in the head zone of another page. Then the
// symbol it prints in its head is the running head's, as on the pages
// after it.
bool continuation_first_page(const Document& doc, const std::vector<Zone>& zones, const std::vector<ZoneLine>& all) {
  if (doc.pages.size() < 2) return false;
  for (const Line& line : doc.pages.front().lines)
    if (line.role == LineRole::masthead) return false;
  for (const Zone& zone : zones) {
    if (zone.page != 0 || !zone.top) continue;
    for (const std::size_t i : zone.lines) {
      const ZoneLine z = zone_line(doc.pages[0].lines[i], 0, true);
      if (std::any_of(z.parts.begin(), z.parts.end(), [&](const std::string& part) { return part_recurs(all, part, 0, true); }))
        return true;
    }
  }
  return false;
}

void remove_page_zones(Document& doc) {
  PageGeometry g;
  g.body_size = detail::body_font_size(doc);
  const double em = g.body_size > 0 ? g.body_size : 10;
  g.zone_gap = body_line_gap(doc, g.body_size) + kZoneGapEm * em;
  const HeadVocabulary v = head_vocabulary(doc, g.body_size);
  std::vector<Zone> zones;
  // Symbols page 1 prints explain the heads of the pages after it, not
  // page 1's own lines, unless page 1 is itself a continuation page
  // (continuation_first_page).
  HeadVocabulary first = v;
  if (!v.from_masthead) first.symbols.clear();
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (const bool top : {true, false}) zones.push_back({p, top, zone_of(doc.pages[p], top, g.zone_gap, p == 0 ? first : v)});
  std::vector<ZoneLine> zone_lines = zone_lines_of(doc, zones);
  if (!v.from_masthead && continuation_first_page(doc, zones, zone_lines)) {
    first = v;
    for (Zone& zone : zones)
      if (zone.page == 0) zone.lines = zone_of(doc.pages[0], zone.top, g.zone_gap, v);
    zone_lines = zone_lines_of(doc, zones);
  }
  for (const Zone& zone : zones) decide_zone(doc, zone, zone_lines, zone.page == 0 ? first : v, g);
}

// ---- Stamps and stray imprints ------------------------------------------------

// Whether `text` is shaped as a stamp's words (kStampMinWords, kStampMinLetters,
// kStampCapitalShare, kMaxStampChars).
bool stamp_words(std::string_view text) {
  if (code_point_count(text) > kMaxStampChars) return false;
  std::size_t letters = 0, capitals = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = next_code_point(text, i);
    if (!is_letter(cp)) continue;
    ++letters;
    if (is_upper_letter(cp)) ++capitals;
  }
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words >= kStampMinWords && letters >= kStampMinLetters &&
         static_cast<double>(capitals) >= kStampCapitalShare * static_cast<double>(letters);
}

// The right edge of the document's text: the kTextEdgeShare quantile of the
// right ends of its body lines (0 when it has none).
double text_right_edge(const Document& doc) {
  std::vector<double> ends;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines)
      if (line.role == LineRole::body && line.box && !line.vertical && !is_blank(line.text)) ends.push_back(line.box->x1);
  if (ends.empty()) return 0;
  const auto k = static_cast<std::ptrdiff_t>(kTextEdgeShare * static_cast<double>(ends.size() - 1));
  std::nth_element(ends.begin(), ends.begin() + k, ends.end());
  return ends[static_cast<std::size_t>(k)];
}

// Whether no other body line of `page` lies within line `l`'s own height
// above or below it.
bool stands_alone(const Page& page, std::size_t l) {
  const Box& b = *page.lines[l].box;
  const double h = b.y1 - b.y0;
  for (std::size_t i = 0; i < page.lines.size(); ++i) {
    const Line& other = page.lines[i];
    if (i == l || other.role != LineRole::body || !other.box || is_blank(other.text)) continue;
    if (other.box->y1 >= b.y0 - h && other.box->y0 <= b.y1 + h) return false;
  }
  return true;
}

// Stamps set on the page out of the text's flow (the constants above).
void remove_stamps(Document& doc) {
  const double edge = text_right_edge(doc);
  if (edge <= 0) return;
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      const Line& line = doc.pages[p].lines[l];
      if (line.role != LineRole::body || !line.box || line.vertical || !stamp_words(trim(line.text))) continue;
      const double em = line.font_size > 0 ? line.font_size : 10;
      const double beyond = line.box->x1 - edge;
      if (beyond < kStampOutsideEm * em) continue;
      char how[96];
      std::snprintf(how, sizeof how, "its right end %.0f pt beyond the right edge of the text", beyond);
      if (!stands_alone(doc.pages[p], l)) {
        doc.log.warn(std::string(kPass), doc.position_of(p, l),
                     "a line in capitals out of the text's flow (" + detail::quoted(collapse_spaces(line.text)) + ", " + how +
                         ") stands beside other lines: a stamp? Kept as text");
        continue;
      }
      detail::set_role(doc, kPass, "remove_stamp", {p, l}, LineRole::furniture,
                       "a stamp set on the page: a short line in capitals standing alone out of the text's flow (" +
                           std::string(how) + ")",
                       kStampConfidence);
    }
}

// A line shaped as a printing imprint that no footer zone took: kept, with
// a warning.
void warn_stray_imprints(Document& doc) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      const Line& line = doc.pages[p].lines[l];
      if (line.role != LineRole::body) continue;
      if (const std::string what = imprint_line(line); !what.empty())
        doc.log.warn(std::string(kPass), doc.position_of(p, l),
                     "a line shaped as a printing imprint (" + what + ": " + detail::quoted(collapse_spaces(line.text)) +
                         ") is not in a page's footer: kept as text");
    }
}

// ---- A footer read into the last line of a page -------------------------------

// The lowest line of page `p` that is still body text and reaches into the
// footer band, or npos.
std::size_t last_body_line(const Page& page) {
  std::size_t found = std::string::npos;
  for (std::size_t i = 0; i < page.lines.size(); ++i) {
    const Line& line = page.lines[i];
    if (!line.box || line.vertical || is_blank(line.text)) continue;
    if (found == std::string::npos || line.box->y1 > page.lines[found].box->y1) found = i;
  }
  if (found == std::string::npos) return found;
  const Line& line = page.lines[found];
  return line.role == LineRole::body && line.box->y1 >= (1 - kBandShare) * page.height ? found : std::string::npos;
}

// Where the job-number footer that ends `text` starts (a job number after
// other text, and what follows it read as a footer by the job-number
// patterns), or npos.
std::size_t footer_tail_start(std::string_view text) {
  static const Regex kJobNumber("(?<=\\s)[A-Z]?[0-9]{2}-[0-9]{5}(?=\\s|$)");
  for (const auto& m : kJobNumber.find_all(text)) {
    const std::string_view tail = text.substr(m.begin);
    const Rule* rule = rule_for(tail);
    if (is(rule, Form::job_number) || ocr_job_footer(collapse_spaces(tail))) return m.begin;
  }
  return std::string::npos;
}

// The job-number footer printed under a page's notes, which the OCR layer
// read at the end of the page's last line (the last note's): cut from the
// line, with an edit. Only at the foot of a page (the page's lowest line,
// reaching into the footer band) and only by the UN job-number pattern
// followed by what a footer prints (ocr_job_footer).
void cut_footer_tails(Document& doc) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    Page& page = doc.pages[p];
    if (page.height <= 0) continue;
    const std::size_t l = last_body_line(page);
    if (l == std::string::npos) continue;
    Line& line = page.lines[l];
    std::size_t at = footer_tail_start(line.text);
    if (at == std::string::npos || is_blank(std::string_view(line.text).substr(0, at))) continue;
    while (at > 0 && line.text[at - 1] == ' ') --at;
    const std::string tail = line.text.substr(at);
    std::optional<Box> box;
    for (const Word& w : line.words)
      if (w.begin >= at && w.box) box = box ? box->united(*w.box) : *w.box;
    line.replace(at, tail.size(), "");
    std::erase_if(line.words, [](const Word& w) { return w.end <= w.begin; });
    if (!line.words.empty() && line.words.front().box) {
      line.box = line.words.front().box;
      for (const Word& w : line.words)
        if (w.box) line.box = line.box->united(*w.box);
    }
    const std::string number = ocr_job_footer(collapse_spaces(tail)).value_or(job_number_in(tail));
    detail::record_line_edit(doc, kPass, "remove_job_number", {p, l}, at, tail, "",
                             "page footer read at the end of the page's last line (below the notes): job-number footer " +
                                 detail::quoted(collapse_spaces(tail)) + " (job number " + number + ")",
                             0.9, box);
  }
}

// ---- The foot of a scanned page: job number, barcode, "Please recycle" ------

// The recycling phrase UN documents print beside the logo on page 1, in the
// six languages, as OCR may cut it: its first word and the start of the
// next ("Please rec", "Please ree", "Merci de recy").
const Regex& recycle_phrase() {
  static const Regex re(
      "(?i)(?:^|\\s)(?:please\\s+re(?:c(?:y[a-z]*)?|e)\\b|merci\\s+de\\s+re(?:c(?:y[a-z]*)?|e)\\b|s[i\u00ed]rvase\\s+recic[a-z]*"
      "|\u043f\u0440\u043e\u0441\u044c\u0431\u0430\\s+\u043e\u0442\u043f\u0440\u0430\u0432[\\p{L}]*(?:\\s+\\p{L}+){0,3}"
      "|\u064a\u0631\u062c\u0649\\s+\u0625\u0639\u0627\u062f\u0629(?:\\s+\\p{L}+)?|\u8bf7\u56de\u6536)");
  return re;
}

// The job number a foot prints as a word of its own ("23-24531").
const Regex& foot_job_number() {
  static const Regex re("(?:^|\\s)([0-9]{2}-[0-9]{5})(?=\\s|$|\\()");
  return re;
}

// The document's own job number (known from page 1) as OCR may read it on
// a later page's foot, a figure read as a look-alike ("25-1982]" for
// 25-19821, beside the page number "2/2"): what it is and its bytes.
std::optional<std::pair<std::string, std::pair<std::size_t, std::size_t>>> misread_own_job_number(const Document& doc,
                                                                                                  std::string_view text) {
  static const Regex kShaped("(?:^|\\s)([0-9]{2}-[0-9\\]|lI!O]{5})(?=\\s|$)");
  if (!doc.meta.job_number) return std::nullopt;
  const auto m = kShaped.search(text);
  if (!m) return std::nullopt;
  std::string read(m->str(text, 1)), figures = read;
  for (char& c : figures)
    if (c == ']' || c == '|' || c == 'l' || c == 'I' || c == '!') c = '1';
    else if (c == 'O') c = '0';
  if (figures == read || doc.meta.job_number->find(figures) == std::string::npos) return std::nullopt;
  return std::make_pair("the job number " + figures + " (read \"" + read + "\")",
                        std::make_pair(m->groups[1].first, m->groups[1].second));
}

struct FootSign {
  std::string what;                                  // for the edit's reason
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // bytes [begin, end) the signs cover
};

// The recycling phrase and the job number a line prints, or nothing. A job
// number other than the document's own (once known) is no sign.
std::optional<FootSign> foot_signs(const Document& doc, std::string_view text) {
  FootSign sign;
  if (auto m = recycle_phrase().search(text)) {
    sign.what = "the recycling note " + detail::quoted(trim(m->str(text)));
    sign.spans.emplace_back(m->begin, m->end);
  }
  if (auto m = foot_job_number().search(text)) {
    const std::string number(m->str(text, 1));
    const bool own = !doc.meta.job_number || doc.meta.job_number->find(number) != std::string::npos;
    if (own) {
      sign.what += (sign.what.empty() ? "" : " and ") + std::string("the job number ") + number;
      sign.spans.emplace_back(m->begin, m->end);
    }
  } else if (auto misread = misread_own_job_number(doc, text)) {
    sign.what += (sign.what.empty() ? "" : " and ") + misread->first;
    sign.spans.push_back(misread->second);
  }
  if (sign.spans.empty()) return std::nullopt;
  // The page number the foot prints on the job number's baseline ("2/2").
  static const Regex kPageOfPages("(?:^|\\s)(([0-9]{1,3})/([0-9]{1,3}))(?=\\s|$)");
  for (const auto& m : kPageOfPages.find_all(text))
    if (std::stoi(std::string(m.str(text, 2))) <= std::stoi(std::string(m.str(text, 3)))) {
      sign.what += " and the page number " + std::string(m.str(text, 1));
      sign.spans.emplace_back(m.groups[1].first, m.groups[1].second);
    }
  return sign;
}

// Whether bytes [b, e) of a line lie inside one of the signs' spans.
bool inside_signs(const FootSign& sign, std::size_t b, std::size_t e) {
  for (const auto& [from, to] : sign.spans)
    if (b >= from && e <= to) return true;
  return false;
}

// A reference a note cites ("E/CN.4/1998/53/Add.2,"): a slash between
// letters or figures, and figures.
bool reference_shaped(std::string_view word) {
  const std::size_t slash = word.find('/');
  if (slash == std::string_view::npos || slash == 0 || slash + 1 >= word.size()) return false;
  return std::count_if(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }) >= 2;
}

// A word OCR read for sure: letters enough, in the dictionary, read with
// a high confidence (or one not known).
bool sure_word(std::string_view word, double confidence, const Dictionary* dictionary) {
  std::string letters_only;
  std::size_t letters = 0;
  for (std::size_t i = 0; i < word.size();) {
    const std::size_t at = i;
    if (is_letter(next_code_point(word, i))) {
      ++letters;
      letters_only.append(word.substr(at, i - at));
    }
  }
  if (letters < kScanFootWordLetters) return false;
  if (confidence >= 0 && confidence < kScanFootWordConfidence) return false;
  return !dictionary || dictionary->accepts(letters_only);
}

// The words of `line` outside the signs, with their confidence (-1 when
// not known).
std::vector<std::pair<std::string_view, double>> words_beside(const Line& line, const FootSign& sign) {
  const std::string_view text(line.text);
  std::vector<std::pair<std::string_view, double>> out;
  if (!line.words.empty()) {
    for (const Word& w : line.words)
      if (!inside_signs(sign, w.begin, w.end)) out.emplace_back(text.substr(w.begin, w.end - w.begin), w.confidence);
    return out;
  }
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t e = i;
    while (e < text.size() && text[e] != ' ') ++e;
    if (e > i && !inside_signs(sign, i, e)) out.emplace_back(text.substr(i, e - i), -1);
    i = e;
  }
  return out;
}

// Whether the rest of a foot line beside its signs holds text: more than
// kScanFootStrayWords words read for sure, or a reference.
bool text_beside(const Line& line, const FootSign& sign, const Dictionary* dictionary, std::size_t& sure) {
  sure = 0;
  bool reference = false;
  for (const auto& [word, confidence] : words_beside(line, sign)) {
    reference = reference || reference_shaped(word);
    if (sure_word(word, confidence, dictionary)) ++sure;
  }
  return reference || sure > kScanFootStrayWords;
}

// The last lines of text of an OCR page that lie in its foot, bottom up.
std::vector<std::size_t> scan_foot_lines(const Page& page) {
  std::vector<std::size_t> out;
  for (std::size_t l = page.lines.size(); l-- > 0 && out.size() < kScanFootLines;) {
    const Line& line = page.lines[l];
    if (line.role == LineRole::blank || is_blank(line.text) || line.vertical) continue;
    if (!line.box || line.box->y0 < (1 - kScanFootShare) * page.height) break;
    out.push_back(l);
  }
  return out;
}

// The foot of each OCR page: the job number, barcode and recycling note
// read with the specks of the barcode and logo around them.
// Lines below a foot line removed for its signs (scan_foot_lines gives
// them bottom up, so they come before it): the barcode's specks read on a
// line of their own, furniture when they hold no word read for sure.
void remove_specks_below(Document& doc, const Dictionary* dictionary, std::size_t p,
                         const std::vector<std::size_t>& below, std::size_t signs) {
  for (const std::size_t l : below) {
    const Line& line = doc.pages[p].lines[l];
    if (line.role != LineRole::body && line.role != LineRole::footnote) continue;
    std::size_t sure = 0;
    if (text_beside(line, FootSign{}, dictionary, sure) || sure > 0 ||
        code_point_count(line.text) > kScanFootMaxChars || opens_with_note_number(line.text))
      continue;
    detail::set_role(doc, kPass, "remove_scan_foot", {p, l}, LineRole::furniture,
                     "foot of scanned page " + std::to_string(p + 1) + ": below its line " + std::to_string(signs + 1) +
                         " of foot signs (job number, recycling note), OCR specks of the barcode and logo with no word "
                         "read for sure");
  }
}

void remove_scan_foot(Document& doc, const Dictionary* dictionary) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    if (!page.ocr || page.height <= 0) continue;
    const std::vector<std::size_t> foot = scan_foot_lines(page);
    std::optional<std::size_t> lowest_signs;  // index in `foot` of the lowest line removed for its signs
    for (std::size_t k = 0; k < foot.size(); ++k) {
      const std::size_t l = foot[k];
      const Line& line = page.lines[l];
      const auto sign = foot_signs(doc, line.text);
      if (sign && line.role == LineRole::furniture && !lowest_signs) lowest_signs = k;  // taken by its pattern
      if (line.role != LineRole::body && line.role != LineRole::footnote) continue;
      if (!sign) continue;
      std::size_t sure = 0;
      if (text_beside(line, *sign, dictionary, sure) || code_point_count(line.text) > kScanFootMaxChars ||
          opens_with_note_number(line.text)) {
        doc.log.warn(std::string(kPass), doc.position_of(p, l),
                     "a line at the foot of page " + std::to_string(p + 1) + " holds " + sign->what +
                         " but also words of text: kept; check whether it is the page's foot furniture");
        continue;
      }
      detail::set_role(doc, kPass, "remove_scan_foot", {p, l}, LineRole::furniture,
                       "foot of scanned page " + std::to_string(p + 1) + " (among its last lines): " + sign->what +
                           ", the rest OCR specks of the barcode and logo (" + std::to_string(sure) + " dictionary word(s) read for sure)");
      if (!lowest_signs) lowest_signs = k;
    }
    if (lowest_signs && *lowest_signs > 0)
      remove_specks_below(doc, dictionary, p, std::vector<std::size_t>(foot.begin(), foot.begin() + static_cast<std::ptrdiff_t>(*lowest_signs)),
                          foot[*lowest_signs]);
  }
}
}  // namespace

namespace detail {
const std::vector<GuardedPattern>& furniture_guarded_patterns() {
  static const std::vector<GuardedPattern> patterns = {
      {"furniture rules", all_rules(), false, may_match_a_rule},
      {"number-only line", number_only_line(), true, may_be_number_only_line},
      {"formula line", formula_line(), true, may_be_formula_line},
      {"imprint press", imprint_press(), false, may_be_imprint},
      {"imprint job", imprint_job(), false, may_be_imprint},
  };
  return patterns;
}

bool is_job_number_or_barcode_line(std::string_view text) {
  const Rule* r = rule_for(text);
  return is(r, Form::job_number) || is(r, Form::barcode);
}
}  // namespace detail

bool is_separator_rule(std::string_view line) { return is(rule_for(line), Form::separator); }

void remove_furniture(Document& doc, const PassContext& ctx) {
  const auto refs = detail::line_refs(doc);
  std::vector<bool> was_body;
  for (const detail::LineRef ref : refs) was_body.push_back(detail::at(doc, ref).role == LineRole::body);
  apply_pattern_rules(doc, refs);
  if (has_geometry(doc)) {
    remove_page_zones(doc);
    cut_footer_tails(doc);
    remove_scan_foot(doc, ctx.dictionary);
    remove_stamps(doc);
  }
  else {
    remove_dump_print_dates(doc, refs);
    remove_repeated_lines(doc, refs);
  }
  warn_stray_imprints(doc);
  // Conservation: furniture is short; a long line taken for it may hold text.
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const Line& line = detail::at(doc, refs[i]);
    if (was_body[i] && line.role == LineRole::furniture && code_point_count(line.text) > kSwallowingFurnitureChars)
      doc.log.warn(std::string(kPass), doc.position_of(refs[i].page, refs[i].line),
                   "a line of " + std::to_string(code_point_count(line.text)) +
                       " characters was taken for page furniture, longer than heads and footers are: check that it holds no text");
  }
}

}  // namespace akn
