// rejoin_hyphenated_lines and unwrap_lines: from printed lines back to
// paragraphs.
//
// unwrap_lines reads the layout of the whole document first (are lines
// hard-wrapped at a width? double-spaced? where do paragraphs indent?) and
// then decides at each line boundary whether a paragraph continues, using
// text cues that hold for every source: a continuation starts lowercase, a
// paragraph number starts a paragraph, a footnote block or page break in the
// middle of a sentence does not end it. Each join is an edit.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_set>

#include "cleanup/cleanup.hpp"
#include "cleanup/dictionary.hpp"
#include "cleanup/dump_hyphens.hpp"
#include "cleanup/line_end.hpp"
#include "cleanup/note_mark_patterns.hpp"
#include "cleanup/pass_util.hpp"
#include "cleanup/signature.hpp"
#include "cleanup/unwrap_patterns.hpp"
#include "core/bidi.hpp"
#include "core/regex.hpp"
#include "core/symbol_match.hpp"
#include "core/language.hpp"
#include "core/preambular_leads.hpp"
#include "core/un_patterns.hpp"
#include "core/text.hpp"
#include "core/text_scan.hpp"

namespace akn {

namespace {
constexpr std::string_view kUnwrap = "unwrap_lines";
constexpr std::string_view kHyphen = "rejoin_hyphenated_lines";
// The join of a line that ends without punctuation, where nothing else
// (geometry, case, a connective) says it goes on.
constexpr std::string_view kMidSentence = "the line ends mid-sentence";

// Body lines in reading order, with what lies between them.
struct BodyLine {
  detail::LineRef ref;
  int gap = 0;               // blank lines since the previous body line
  bool interrupted = false;  // footnotes or furniture since the previous body line
};

std::vector<BodyLine> body_lines(const Document& doc) {
  std::vector<BodyLine> out;
  int gap = 0;
  bool interrupted = false;
  for (const detail::LineRef ref : detail::line_refs(doc)) {
    const Line& line = detail::at(doc, ref);
    if (line.role == LineRole::blank) { ++gap; continue; }
    // A tool's artefact taken out with its text (a raised mark a dump
    // printed on a line of its own, a line's left end printed above it, a
    // page the dump repeats) stands between nothing; a line left blank by
    // ODS markers taken out interrupts as before.
    if (line.role == LineRole::marker && !is_blank(line.text)) continue;
    if (line.role != LineRole::body) { interrupted = true; continue; }
    out.push_back({ref, gap, interrupted});
    gap = 0;
    interrupted = false;
  }
  return out;
}

struct Layout {
  // A line's width is counted in code points in a Cyrillic or Arabic text,
  // in bytes elsewhere (line_width).
  bool width_in_code_points = false;
  std::size_t wrap_width = 0;  // 0 when lines are not hard-wrapped
  // Hard-wrapped by a wrapper that counts characters (a text dump wrapped
  // at a width), not lines of proportional type dumped as printed: where a
  // line goes on, the next word never fitted on it (wrapped_by_characters).
  bool wrapped_by_characters = false;
  int base_gap = 0;            // blank lines inside a paragraph (1 when double-spaced)
  int base_indent = 0;
  // By page: the indent of most of its body lines (page_indents); a dump
  // laid out as printed (pdftotext -layout) sets each page's left margin
  // apart, by its own widest line, so odd and even pages differ.
  std::vector<int> page_indent;
  // With geometry: the document sets its numbered paragraphs apart by
  // vertical space, so a line followed without space or indent goes on.
  bool spaced_paragraphs = false;
  // With geometry: the document opens its paragraphs with a first-line
  // indent and sets them apart by vertical space (a typed letter), so a
  // line that follows flush and without space is inside a paragraph.
  bool indented_spaced_paragraphs = false;
  // With geometry: the space between two lines of one paragraph above which
  // they are apart, in em: kParagraphSpaceEm, or more in a double-spaced
  // document (a typescript: A/L.632 sets its lines 0.7 em apart).
  double paragraph_space_em = 0;
  // By page: whether its fonts are an OCR engine's guesses (an OCR page, an
  // old OCR text layer): the weight of a word says little there.
  std::vector<bool> guessed_fonts;
  // By page: the median height of the boxes of its OCR body lines; 0 when
  // it has none (ocr_line_space).
  std::vector<double> ocr_line_height;
  // By page, the usual pitch of its right-to-left OCR body lines (from
  // baseline to baseline); 0 when unknown (right_to_left_ocr_pitches).
  std::vector<double> right_to_left_pitch;
};

// Thresholds of unwrap_lines' geometry: between two lines of one paragraph
// the space is under kParagraphSpaceEm of the type size; a document sets its
// paragraphs apart by space when at least kSpacedShare of at least
// kSpacedMinimum numbered paragraphs follow such space. A first-line indent
// is more than kLeadIndentEm of the type size right of the body's left edge.
constexpr double kParagraphSpaceEm = 0.45;
constexpr double kLeadIndentEm = 0.9;
constexpr std::size_t kSpacedMinimum = 4;
constexpr double kSpacedShare = 0.9;
// A document opens its paragraphs with an indent and space when at least
// kSpacedShare of at least kIndentSpacedMinimum lines set with a first-line
// indent after a line that ends with punctuation follow such space (a
// two-page letter has two or three paragraphs a page).
constexpr std::size_t kIndentSpacedMinimum = 2;
// A text dump laid out as printed (pdftotext -layout) sets a paragraph's
// first line at least kDumpFirstLineIndent columns further in than its
// page's body lines (the UN's first-line indent prints 4 to 6), and the
// line before it at most kDumpBodyIndentSlack columns off that indent.
constexpr int kDumpFirstLineIndent = 3;
constexpr int kDumpBodyIndentSlack = 1;
// Two lines are in one type size when their sizes differ by at most this
// share. OCR sizes come from a row's x-height, measured in whole pixels at
// about 10 px (the 2758 (XXVI) crop: a line with no descenders reads 17%
// smaller than the line above it), so between OCR lines only a larger
// difference is a change of type.
constexpr double kSameSizeShare = 0.1;
constexpr double kSameOcrSizeShare = 0.25;
// Tesseract may misread a row's x-height by far more (the Russian 2758
// (XXVI) page: "признавая, что представители правительства" read 7.3 pt
// between lines of 11.7 pt). The width a character takes on the line says
// the size too: between two OCR lines of at least kAdvanceMinChars
// characters that agree on it within kSameAdvanceShare, the sizes are one
// (notes set in 8 pt under 10 pt text take a fifth less: 4.5 against
// 5.5 pt a character on that page).
constexpr std::size_t kAdvanceMinChars = 24;
constexpr double kSameAdvanceShare = 0.08;
// A right-to-left OCR line that ends more than kShortOfMarginEm of its type
// short of the margin, where the next line's first word would have fitted,
// ends its paragraph though OCR lost its punctuation
// (short_right_to_left_ocr_line).
constexpr double kShortOfMarginEm = 2.5;
// Where OCR lost a line of a right-to-left paragraph, the next line read
// stands kLostLinePitchesMin to kLostLinePitchesMax of the page's usual
// pitch below (lost_right_to_left_line).
constexpr double kLostLinePitchesMin = 1.7;
constexpr double kLostLinePitchesMax = 3.5;
// Tesseract may split a speck or a piece of a line's first word off as a
// line of its own, read as a figure or a sign (the six-language fixture's
// Arabic scan, page 4: "3", 2.6 by 3.4 pt, inside the band of the line read
// before it): a line of at most kFragmentMaxChars characters, less than
// kFragmentHeightEm of the type high, standing within the height of the
// line before it (from kFragmentHeightEm above its top to its bottom). It
// is no line of the column: the line after it is joined or not as the
// line before it says (fragment_of_line_above).
constexpr std::size_t kFragmentMaxChars = 3;
constexpr double kFragmentHeightEm = 0.5;
// The turnover of a heading set flush starts within kHeadingFlushEm of the
// type size of the heading's first line (a bold heading wrapped after its
// colon, geometry_reason).
constexpr double kHeadingFlushEm = 0.3;
// Plain pdftotext cuts a line justified with wide gaps into pieces, and
// prints the pieces right of the first as blocks of their own, each
// between blank lines, after the block that holds the first ("Determined" /
// "disarmament," / "to" / "work" / "collectively towards the realization" /
// "of nuclear": A/RES/78/27; "Acogiendo" / "con" / "beneplácito," / "a" /
// "este" / ...: the Spanish A/RES/78/214; "касающиеся": the Russian
// S/RES/2735). Such a piece (set_apart_pieces) is a line of a text dump of
// at most kPieceMaxWords words, with more blank lines (or furniture) on both
// sides than the dump sets inside a paragraph, opening in lower case with at
// least kPieceMinLetters letters (a word of one letter only next to another
// piece: Spanish "a", Russian "в"; a table's note letter "a" alone is
// none), or capitalised after a piece that ends no clause ("the" /
// "Programme of"): no paragraph of a UN document is so. It goes on the paragraph
// before it in the order printed; where that paragraph had ended a clause,
// its place is uncertain and a warning names the pieces.
constexpr std::size_t kPieceMaxWords = 2;
constexpr std::size_t kPieceMinLetters = 2;
// The confidence of a preambular paragraph split in a text dump
// (split_preambular_paragraph): a lead word after a clause's end, with no
// indent or space to show the new paragraph.
constexpr double kPreambularSplitConfidence = 0.8;
// The confidence of a dump's heading or clause kept apart from the number
// under it (split_at_dump_number): the number's shape is sure, the
// heading's less so.
constexpr double kDumpNumberSplitConfidence = 0.9;
// The confidence of the enacting formula kept apart from the line after it
// (keep_formula_apart): the formula's words are sure, the first line read
// as it less so.
constexpr double kFormulaApartConfidence = 0.8;

// The mean width of a character of a line (its box over its code points,
// spaces included); 0 when the line is too short to tell.
double char_advance(const Line& l) {
  if (!l.box) return 0;
  std::size_t chars = 0;
  for (std::size_t i = 0; i < l.text.size();) {
    next_code_point(l.text, i);
    ++chars;
  }
  return chars >= kAdvanceMinChars ? l.box->width() / static_cast<double>(chars) : 0;
}

// Whether two lines are set in one type size (as far as their source can tell).
bool same_size(const Line& p, const Line& c) {
  const double size = std::max(p.font_size, c.font_size);
  const bool ocr = (!p.words.empty() && p.words.front().confidence >= 0) || (!c.words.empty() && c.words.front().confidence >= 0);
  if (std::abs(p.font_size - c.font_size) <= (ocr ? kSameOcrSizeShare : kSameSizeShare) * size) return true;
  if (!ocr) return false;
  const double ap = char_advance(p), ac = char_advance(c);
  return ap > 0 && ac > 0 && std::abs(ap - ac) <= kSameAdvanceShare * std::max(ap, ac);
}

bool is_ocr_line(const Line& l) { return !l.words.empty() && l.words.front().confidence >= 0; }

// By page, the median height of its OCR body lines' boxes (0 where none).
std::vector<double> ocr_line_heights(const Document& doc) {
  std::vector<double> out(doc.pages.size(), 0);
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    std::vector<double> heights;
    for (const Line& l : doc.pages[p].lines)
      if (l.role == LineRole::body && l.box && !l.vertical && is_ocr_line(l)) heights.push_back(l.box->height());
    if (heights.empty()) continue;
    std::nth_element(heights.begin(), heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2), heights.end());
    out[p] = heights[heights.size() / 2];
  }
  return out;
}

// The baseline of an OCR line whose box is its band (ingest/ocr.cpp
// line_band: kSteadyDescentEm of its type below the baseline).
constexpr double kBandDescentEm = 0.25;
double band_baseline(const Line& l) { return l.box->y1 - kBandDescentEm * l.font_size; }

// By page, the median pitch between consecutive right-to-left OCR body
// lines (baseline to baseline, the next line below), where at least
// kPitchMinPairs pairs say it; 0 otherwise.
constexpr std::size_t kPitchMinPairs = 5;
std::vector<double> right_to_left_ocr_pitches(const Document& doc) {
  std::vector<double> out(doc.pages.size(), 0);
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    std::vector<double> pitches;
    const Line* prev = nullptr;
    for (const Line& l : doc.pages[p].lines) {
      if (l.role != LineRole::body || !l.box || !l.right_to_left || !is_ocr_line(l) || l.font_size <= 0) continue;
      if (prev && band_baseline(l) > band_baseline(*prev)) pitches.push_back(band_baseline(l) - band_baseline(*prev));
      prev = &l;
    }
    if (pitches.size() < kPitchMinPairs) continue;
    std::nth_element(pitches.begin(), pitches.begin() + static_cast<std::ptrdiff_t>(pitches.size() / 2), pitches.end());
    out[p] = pitches[pitches.size() / 2];
  }
  return out;
}

// The space between line `c` and the line `p` above it on one page. A
// text layer's boxes span the font's ascent and descent: the space between
// them. An OCR line's box spans its ink, whose top stands lower on a line
// without capitals or ascenders (Cyrillic in lower case: on the Russian
// six-language scan "взаимозависимы и взаимосвязаны," stood 0.55 em under
// the line above, where lines of a paragraph stand 0.3 em apart, and was
// read as a paragraph of its own) and whose bottom stands higher on a line
// without descenders. Between OCR lines the space is the least of what the
// facing edges, the tops and the bottoms say, a pitch less the page's
// usual line height (`usual`; 0 when unknown: the facing edges alone).
double line_space(const Line& p, const Line& c, double usual) {
  const double facing = c.box->y0 - p.box->y1;
  if (usual <= 0 || !is_ocr_line(p) || !is_ocr_line(c)) return facing;
  const double height = std::max({usual, p.box->height(), c.box->height()});
  return std::min({facing, c.box->y0 - p.box->y0 - height, c.box->y1 - p.box->y1 - height});
}

using detail::is_enacting_formula;
using detail::is_meeting_line;
using detail::is_number_only;
using detail::is_section_label;
using detail::starts_numbered;
bool starts_numbered(std::string_view t) { return starts_numbered(Subject(t)); }

// The usual space between the lines of a paragraph, in em, where lines
// that obviously go on (after a line that ends no sentence, starting
// lowercase) are set further apart than kParagraphSpaceEm: at least
// kDoubleSpacedMinimum such pairs, kDoubleSpacedShare of them that far
// apart; their median space plus kParagraphSpaceEm then sets paragraphs
// apart. kParagraphSpaceEm otherwise.
bool terminated(std::string_view t);
constexpr std::size_t kDoubleSpacedMinimum = 2;
constexpr double kDoubleSpacedShare = 0.6;
double paragraph_space(const Document& doc, const std::vector<BodyLine>& lines) {
  std::vector<double> gaps;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const Line& p = detail::at(doc, lines[i - 1].ref);
    const Line& c = detail::at(doc, lines[i].ref);
    if (lines[i - 1].ref.page != lines[i].ref.page || !p.box || !c.box || p.vertical || c.vertical) continue;
    const double size = std::max(p.font_size, c.font_size);
    if (size <= 0 || c.box->y0 < p.box->y1 - 0.3 * size || !same_size(p, c)) continue;
    const std::string_view ct = trim(c.text);
    std::size_t k = 0;
    if (ct.empty() || !is_lower_letter(next_code_point(ct, k)) || terminated(trim(p.text))) continue;
    gaps.push_back((c.box->y0 - p.box->y1) / size);
  }
  const auto apart = static_cast<std::size_t>(std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > kParagraphSpaceEm; }));
  if (gaps.size() < kDoubleSpacedMinimum || static_cast<double>(apart) < kDoubleSpacedShare * static_cast<double>(gaps.size()))
    return kParagraphSpaceEm;
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2), gaps.end());
  return gaps[gaps.size() / 2] + kParagraphSpaceEm;
}

bool numbered_paragraphs_spaced(const Document& doc, const std::vector<BodyLine>& lines, double space_em) {
  std::size_t numbered = 0, spaced = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const Line& p = detail::at(doc, lines[i - 1].ref);
    const Line& c = detail::at(doc, lines[i].ref);
    if (lines[i - 1].ref.page != lines[i].ref.page || !p.box || !c.box || p.vertical || c.vertical) continue;
    if (c.box->y0 < p.box->y1 || !starts_numbered(trim(c.text))) continue;
    ++numbered;
    if (c.box->y0 - p.box->y1 > space_em * std::max(p.font_size, c.font_size)) ++spaced;
  }
  return numbered >= kSpacedMinimum && static_cast<double>(spaced) >= kSpacedShare * static_cast<double>(numbered);
}

// Whether the lines that open with a first-line indent (relative to the
// line above, on its page, in its type) after a line that ends with
// punctuation follow vertical space: the document's paragraphs are set
// apart by indent and space together.
bool indented_paragraphs_spaced(const Document& doc, const std::vector<BodyLine>& lines, double space_em) {
  std::size_t indented = 0, spaced = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const Line& p = detail::at(doc, lines[i - 1].ref);
    const Line& c = detail::at(doc, lines[i].ref);
    if (lines[i - 1].ref.page != lines[i].ref.page || !p.box || !c.box || p.vertical || c.vertical) continue;
    const double size = std::max(p.font_size, c.font_size);
    if (size <= 0 || c.box->y0 < p.box->y1 || !same_size(p, c) || !terminated(trim(p.text))) continue;
    if (c.box->x0 <= p.box->x0 + kLeadIndentEm * size) continue;
    ++indented;
    if (c.box->y0 - p.box->y1 > space_em * size) ++spaced;
  }
  return indented >= kIndentSpacedMinimum && static_cast<double>(spaced) >= kSpacedShare * static_cast<double>(indented);
}

// A text line's width, in the unit wrap widths are counted in: code points
// in a Cyrillic text, whose letters take two bytes each in UTF-8 (counted
// in bytes, a plain dump of a Russian resolution, 75 to 85 characters a
// line, measured 140 to 160, beyond any wrap width, and its hard wrap was
// not seen: "... 2017 года6," / "37/38 от 23 марта ..." split a recital);
// in an Arabic text likewise (its vowel marks counted too); bytes
// elsewhere, where the thresholds below were measured (a French or Spanish
// line holds a few accented letters; Han dumps are not read as
// hard-wrapped: their lines' ends are decided by the other rules).
std::size_t line_width(std::string_view text, bool in_code_points) {
  return in_code_points ? code_point_count(text) : text.size();
}

// Whether most letters of the body lines are Cyrillic or Arabic, two bytes
// a letter in UTF-8: their widths are counted in code points (line_width),
// else a dump's line of Arabic, some 150 bytes, reads as no hard-wrapped
// text at all and no line ending a clause is joined to the next.
bool counted_in_code_points(const Document& doc, const std::vector<BodyLine>& lines) {
  std::vector<detail::LineRef> refs;
  for (const BodyLine& b : lines) refs.push_back(b.ref);
  const Script script = dominant_script(detail::script_sample(doc, refs));
  return script == Script::cyrillic || script == Script::arabic;
}

// In text hard-wrapped at `width` characters, whether the first word of
// `next` would have fitted on `line` (its indent counted) after a space: a
// wrapper breaks a line only where the next word does not fit, so the line
// was ended there on purpose (a note of its own, "[1] ... No. 10485." over
// "[2] ...", a heading, a line of a list), as a short line ends a paragraph
// in a PDF.
bool next_word_fitted(std::string_view line, std::string_view next, std::size_t width, bool in_code_points) {
  const std::size_t word = line_width(next.substr(0, std::min(next.find_first_of(" \t"), next.size())), in_code_points);
  return word > 0 && line_width(trim_right(line), in_code_points) + 1 + word <= width;
}

// Thresholds of a text wrapped by characters: of at least kCharWrapMinPairs
// obvious continuations (a line that ends no sentence, the next starting
// lowercase, nothing between), at most kCharWrapFittedShare had room for
// the next word. Lines of proportional type dumped as printed (pdftotext)
// vary in characters, so a short word often fits on the line before it.
constexpr std::size_t kCharWrapMinPairs = 5;
constexpr double kCharWrapFittedShare = 0.05;

bool wrapped_by_characters(const Document& doc, const std::vector<BodyLine>& lines, std::size_t width,
                           bool in_code_points) {
  std::size_t pairs = 0, fitted = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const Line& p = detail::at(doc, lines[i - 1].ref);
    const Line& c = detail::at(doc, lines[i].ref);
    const std::string_view ct = trim(c.text);
    std::size_t k = 0;
    if (lines[i].gap > 0 || lines[i].interrupted || p.box || ct.empty() || !is_lower_letter(next_code_point(ct, k)) ||
        terminated(trim(p.text)))
      continue;
    ++pairs;
    if (next_word_fitted(p.text, ct, width, in_code_points)) ++fitted;
  }
  return pairs >= kCharWrapMinPairs && static_cast<double>(fitted) <= kCharWrapFittedShare * static_cast<double>(pairs);
}

// The indent of most body lines of each page, where the page holds at
// least kPageIndentMinLines of them; `base` (the document's) elsewhere. A
// -layout dump of S/2012/197 sets its body 13 spaces in on page 2, 17 on
// page 3, 18 on page 4: measured against the document's 13, every line of
// page 3 was indented, and each sentence that ended a line ended its
// paragraph (137 paragraphs against the PDF's 114).
constexpr std::size_t kPageIndentMinLines = 8;

std::vector<int> page_indents(const Document& doc, const std::vector<BodyLine>& lines, int base) {
  std::vector<std::map<int, std::size_t>> counts(doc.pages.size());
  for (const BodyLine& b : lines) ++counts[b.ref.page][indent_width(detail::at(doc, b.ref).text)];
  std::vector<int> out(doc.pages.size(), base);
  for (std::size_t p = 0; p < counts.size(); ++p) {
    std::size_t total = 0, best = 0;
    for (const auto& [indent, n] : counts[p]) {
      total += n;
      if (n > best) {
        best = n;
        out[p] = indent;
      }
    }
    if (total < kPageIndentMinLines) out[p] = base;
  }
  return out;
}

Layout read_layout(const Document& doc, const std::vector<BodyLine>& lines) {
  Layout layout;
  layout.paragraph_space_em = kParagraphSpaceEm;
  if (lines.size() < 4) return layout;
  std::vector<std::size_t> lengths;
  std::map<int, int> indents;
  layout.width_in_code_points = counted_in_code_points(doc, lines);
  for (const BodyLine& b : lines) {
    const Line& line = detail::at(doc, b.ref);
    lengths.push_back(line_width(trim(line.text), layout.width_in_code_points));
    ++indents[indent_width(line.text)];
  }
  layout.wrap_width = detail::wrap_width_of(lengths);
  if (layout.wrap_width > 0)
    layout.wrapped_by_characters =
        wrapped_by_characters(doc, lines, layout.wrap_width, layout.width_in_code_points);
  layout.paragraph_space_em = paragraph_space(doc, lines);
  layout.ocr_line_height = ocr_line_heights(doc);
  for (const Page& page : doc.pages) layout.guessed_fonts.push_back(page.ocr || page.ocr_layer);
  layout.right_to_left_pitch = right_to_left_ocr_pitches(doc);
  layout.spaced_paragraphs = numbered_paragraphs_spaced(doc, lines, layout.paragraph_space_em);
  layout.indented_spaced_paragraphs = indented_paragraphs_spaced(doc, lines, layout.paragraph_space_em);
  layout.base_indent = std::max_element(indents.begin(), indents.end(), [](const auto& a, const auto& b) {
                         return a.second < b.second;
                       })->first;
  layout.page_indent = page_indents(doc, lines, layout.base_indent);
  if (layout.wrap_width > 0) {
    // Double spacing shows in the obvious continuations (a line that ends
    // no clause, the next starting lowercase): are they separated by one
    // blank line? (A Russian recital opens in lower case after the comma
    // that ends the one before: a paragraph's start, set apart or not.)
    std::size_t continuations = 0, spaced = 0;
    for (std::size_t i = 1; i < lines.size(); ++i) {
      const std::string_view t = trim(detail::at(doc, lines[i].ref).text);
      std::size_t k = 0;
      if (t.empty() || !is_lower_letter(next_code_point(t, k)) || lines[i].interrupted ||
          terminated(trim(detail::at(doc, lines[i - 1].ref).text)))
        continue;
      ++continuations;
      if (lines[i].gap == 1) ++spaced;
    }
    if (continuations >= 3 && spaced * 10 >= continuations * 6) layout.base_gap = 1;
  }
  return layout;
}

bool terminated(const Subject& subject) {
  const std::string_view t = subject.text();
  if (t.empty()) return true;
  // Punctuation followed by a footnote number ("human rights,1").
  if (detail::ends_with_note_after_punctuation(subject)) return true;
  // Latin, Arabic (comma, semicolon, question mark) and full-width (Chinese) punctuation.
  static const std::string_view kEnds[] = {".", ",", ";", ":", "!", "?", ")", "]", "\"", "\u201D", "\u2019",
                                           "\u060C", "\u061B", "\u061F", "\u3002", "\uFF0C", "\uFF1B", "\uFF1A",
                                           "\uFF09", "\u201D", "\u300B"};
  for (std::string_view e : kEnds)
    if (t.ends_with(e)) return true;
  return false;
}
bool terminated(std::string_view t) { return terminated(Subject(t)); }

bool all_bold(const Line& l) {
  if (l.words.empty()) return false;
  for (const Word& w : l.words)
    if (!w.bold) return false;
  return true;
}

// Threshold of a line set in regular type: at most kRegularMaxBoldShare of
// its characters (in its words) are set in bold. A line above it and below
// it mixes weights: an old OCR text layer gives each word the font its
// engine guessed (A/45/189 page 3: "an official document ... of" in bold
// and "the" in Courier; A/45/155 page 1: the words of a title's first two
// lines in bold and regular, alternately), so its weight says nothing.
constexpr double kRegularMaxBoldShare = 0.2;

bool set_in_regular(const Line& l) {
  std::size_t bold = 0, all = 0;
  for (const Word& w : l.words) {
    const std::size_t n = w.end > w.begin ? w.end - w.begin : 0;
    all += n;
    if (w.bold) bold += n;
  }
  return all > 0 && static_cast<double>(bold) <= kRegularMaxBoldShare * static_cast<double>(all);
}

// Whether the weight of the type changes from `p` to `c` (a heading in
// bold over its text, or text under it): one line wholly in bold and the
// other in regular type. A line that mixes the weights is no change of
// type, so the other signs decide (the space, the indent, the margin, the
// centring, the punctuation).
bool weight_changes(const Line& p, const Line& c) {
  return (all_bold(p) && set_in_regular(c)) || (set_in_regular(p) && all_bold(c));
}

// The right edge of the text column on each page: most full lines end there.
std::vector<double> right_margins(const Document& doc) {
  std::vector<double> out(doc.pages.size(), 0);
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    std::vector<double> ends;
    for (const Line& l : doc.pages[p].lines)
      if (l.role == LineRole::body && l.box && !l.vertical) ends.push_back(l.box->x1);
    if (ends.size() < 3) continue;
    std::sort(ends.begin(), ends.end());
    out[p] = ends[ends.size() * 8 / 10];
  }
  return out;
}

// The right edge that each body line is set against: the page's column
// margin, or, inside a run of at least three lines set apart by space above
// and below (a sponsor list, a title), the run's own right edge when it is
// set narrower than the column.
std::vector<double> line_edges(const Document& doc, const std::vector<BodyLine>& lines,
                               const std::vector<double>& margins) {
  std::vector<double> edges(lines.size(), 0);
  auto joined = [&](std::size_t i) {  // lines i-1 and i belong to one run
    const Line& p = detail::at(doc, lines[i - 1].ref);
    const Line& c = detail::at(doc, lines[i].ref);
    if (!p.box || !c.box || p.vertical || c.vertical || lines[i - 1].ref.page != lines[i].ref.page) return false;
    const double size = std::max(p.font_size, c.font_size);
    return size > 0 && std::abs(p.font_size - c.font_size) <= 0.1 * size && c.box->y0 >= p.box->y1 - 0.3 * size &&
           c.box->y0 - p.box->y1 <= 0.45 * size;
  };
  for (std::size_t b = 0; b < lines.size();) {
    std::size_t e = b + 1;
    while (e < lines.size() && joined(e)) ++e;
    const double margin = margins[lines[b].ref.page];
    double edge = margin;
    if (e - b >= 3) {
      double widest = 0;
      for (std::size_t k = b; k < e; ++k) widest = std::max(widest, detail::at(doc, lines[k].ref).box->x1);
      if (margin <= 0 || widest < margin) edge = widest;
    }
    for (std::size_t k = b; k < e; ++k) edges[k] = edge;
    b = e;
  }
  return edges;
}

// A hanging number ("73/6.  Fiftieth anniversary ...", "1.  Welcomes"):
// the line `c` under `p` aligns with the text after p's number, which is no
// indent.
bool hangs_under(const Line& p, const Line& c) {
  static const Regex kLabel(std::string("^(?:[0-9]{1,4}/[0-9]{1,4}\\.|") + masthead::kParagraphNumberPattern + "|" +
                            masthead::kPointLabelPattern + "|\\([0-9]{1,3}\\)|[IVXL]{1,6}\\.)$");
  if (!c.box || p.words.empty() || p.words[0].end > p.text.size() ||
      !kLabel.full_match(std::string_view(p.text).substr(p.words[0].begin, p.words[0].end - p.words[0].begin)))
    return false;
  for (std::size_t k = 1; k < p.words.size() && k < 3; ++k)
    if (p.words[k].box && std::abs(p.words[k].box->x0 - c.box->x0) < 2) return true;
  return false;
}

// Whether `t` ends with a word no sentence or heading ends with in the
// six languages' Latin and Cyrillic texts: an article, a preposition or a
// conjunction ("... addressed to the" / "Secretary-General"). Case is
// ignored; a word of one letter is one only in lower case ("a", "à", "y",
// "и", "в"), so that a line ending with a letter ("Annex A") is not one.
bool ends_with_connective(std::string_view t) {
  static const std::unordered_set<std::string_view> kWords = {
      // English
      "the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "by", "for", "from", "with", "into", "upon",
      // French
      "le", "la", "les", "de", "du", "des", "et", "au", "aux", "par", "pour", "sur", "dans", "\u00E0",
      // Spanish
      "el", "los", "las", "del", "y", "en", "por", "para", "con",
      // Russian
      "\u0438", "\u0432", "\u043D\u0430", "\u043E", "\u043F\u043E", "\u0441", "\u043A", "\u0434\u043B\u044F"};
  const std::size_t space = t.find_last_of(' ');
  if (space == std::string_view::npos) return false;  // a line of one word
  std::string word(t.substr(space + 1));
  for (char& ch : word)
    if (ch >= 'A' && ch <= 'Z' && word.size() > 1) ch = static_cast<char>(ch - 'A' + 'a');
  return kWords.contains(word);
}

// Thresholds of a title set in capitals: at least kCapitalsMinLetters
// capital letters, none in lower case (a script without case, Chinese or
// Arabic, has no titles in capitals).
constexpr std::size_t kCapitalsMinLetters = 8;

bool capitals_only(std::string_view t) {
  std::size_t capitals = 0;
  for (std::size_t i = 0; i < t.size();) {
    const char32_t cp = next_code_point(t, i);
    if (is_lower_letter(cp)) return false;
    if (is_upper_letter(cp)) ++capitals;
  }
  return capitals >= kCapitalsMinLetters;
}

bool has_lowercase(std::string_view t) {
  for (std::size_t i = 0; i < t.size();)
    if (is_lower_letter(next_code_point(t, i))) return true;
  return false;
}

// What the page geometry says about `c` following `p`: nullopt when it has
// nothing to say (no boxes, a page or column change), else whether `c`
// continues `p`'s paragraph and why (an empty reason means it does not).
std::optional<std::string> geometry_reason(const Line& p, const Line& c, const BodyLine& pb, const BodyLine& cb,
                                           double margin, const Layout& layout) {
  const bool spaced_paragraphs = layout.spaced_paragraphs;
  if (!p.box || !c.box || p.font_size <= 0 || c.font_size <= 0 || pb.ref.page != cb.ref.page || p.vertical ||
      c.vertical)
    return std::nullopt;
  if (c.box->y0 < p.box->y1 - 0.3 * p.font_size) return std::nullopt;  // a new column
  const double size = std::max(p.font_size, c.font_size);
  if (!same_size(p, c)) return std::string();  // a change of type size
  const double usual = cb.ref.page < layout.ocr_line_height.size() ? layout.ocr_line_height[cb.ref.page] : 0;
  const double gap = line_space(p, c, usual);
  if (gap > layout.paragraph_space_em * size) return std::string();  // space between paragraphs
  // A centred title over two lines: the same middle, the first not closed.
  const double mid_p = (p.box->x0 + p.box->x1) / 2, mid_c = (c.box->x0 + c.box->x1) / 2;
  const bool centred = std::abs(mid_p - mid_c) < 0.3 * size && std::abs(p.box->x0 - c.box->x0) > 2 * size &&
                       !terminated(trim(p.text));
  // A heading in bold; where the fonts are an OCR engine's guesses, the
  // centring of a title's lines says more than their weight (A/45/155:
  // the text layer sets a title's last line alone in bold).
  const bool guessed = cb.ref.page < layout.guessed_fonts.size() && layout.guessed_fonts[cb.ref.page];
  if (weight_changes(p, c) && !(guessed && centred)) return std::string();
  // A title set in capitals ends where a line in lower case follows it
  // (A/L.632: "OF CHINA IN THE UNITED NATIONS" over its sponsors,
  // "Australia, Colombia, ..."), unless it runs to the margin (a line of
  // acronyms inside a paragraph).
  if (!(margin > 0 && p.box->x1 >= margin - 2.5 * size) && capitals_only(trim(p.text)) && has_lowercase(trim(c.text)))
    return std::string();
  if (!terminated(trim(p.text)) && ends_with_connective(trim(p.text)))
    return std::string("the line ends with a word that ends no sentence or heading (an article, preposition or conjunction)");
  // A heading in bold wrapped after its colon ("Food aid in the context of
  // conflict settlement:" / "Afghanistan and other crisis areas", S/PV.4507):
  // the next line in the same bold type and size, flush under it (no
  // paragraph indent) and without space, continues it. A colon ends no
  // heading that goes on in its own type (a heading over its text is
  // followed by the text's type, or by space).
  if (all_bold(p) && all_bold(c) && trim(p.text).ends_with(":") && std::abs(c.box->x0 - p.box->x0) <= kHeadingFlushEm * size)
    return std::string("a bold heading wrapped after its colon: the next line, in its bold type, flush and without space, continues it");
  if (centred) return std::string("centred lines of one heading, the first not closed");
  if (c.box->x0 > p.box->x0 + 0.9 * size) {
    const bool hanging = hangs_under(p, c);
    // A full line that stops mid-sentence goes on, even on a line set with
    // a paragraph's indent (a slip of the typesetter: A/RES/79/145 "... by
    // the Food and Agriculture" / indented "Organization of the United
    // Nations,"). UN paragraphs end with punctuation; a heading is not full.
    if (!hanging && margin > 0 && p.box->x1 >= margin - 2.5 * size && !terminated(trim(p.text)))
      return std::string("the line runs to the right margin mid-sentence; the indent of the next is a slip");
    if (!hanging) return std::string();  // a first-line indent
  }
  const std::string_view pt = trim(p.text);
  if (margin > 0 && p.box->x1 < margin - 2.5 * size && terminated(pt)) {
    // A short line ends its paragraph, unless the next line's first word
    // would not have fitted after it: then it is ragged-right wrapping (a
    // sponsor list, a title set narrower than the column).
    const Box* first = !c.words.empty() && c.words.front().box ? &*c.words.front().box : nullptr;
    if (first && p.box->x1 + 0.25 * size + first->width() > margin + 0.5)
      return std::string("the next line's first word would not fit on this line (ragged-right wrapping)");
    // Where paragraphs are set apart by space, a comma does not end one
    // that goes on without space or indent (S/1996/112: "Mr. René Préval," /
    // "President Aristide's Prime Minister ...").
    if (spaced_paragraphs && pt.ends_with(","))
      return std::string("the line ends with a comma and the next follows without the space that sets paragraphs apart");
    // Where paragraphs open with an indent after space, a line that ends a
    // clause (a comma or semicolon: a list of names run into a sentence,
    // A/47/892 "... from Gaza;" / "Ghassan Abdel Hadi ...") goes on when
    // the next follows flush and without space. A full stop may end the
    // paragraph there (a signature, an address).
    if (layout.indented_spaced_paragraphs && (pt.ends_with(",") || pt.ends_with(";")))
      return std::string("the line ends a clause (comma or semicolon) and the next follows without the indent and "
                         "space that open this document's paragraphs");
    return std::string();  // a short last line
  }
  if (margin > 0 && p.box->x1 >= margin - 2.5 * size)
    return std::string("the line runs to the right margin and the next follows without space or indent");
  return std::nullopt;
}

// Why the line `c` continues the paragraph of `p`; empty when it does not.
// The left edge of the body text on each page: where most body lines start.
std::vector<double> left_edges(const Document& doc) {
  std::vector<double> out(doc.pages.size(), 0);
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    std::map<long, int> starts;
    for (const Line& l : doc.pages[p].lines)
      if (l.role == LineRole::body && l.box && !l.vertical) ++starts[std::lround(l.box->x0)];
    int best = 0;
    for (const auto& [x, n] : starts)
      if (n > best) {
        best = n;
        out[p] = static_cast<double>(x);
      }
  }
  return out;
}

// Across a page break: a full last line, and a first line on the next page
// set flush at the body's left edge (no first-line indent) in the same type,
// continue one paragraph when no sentence ended: even after a comma
// ("tuberculosis," / "HIV and AIDS").
bool runs_over_page_break(const Line& p, const Line& c, const BodyLine& pb, const BodyLine& cb, double margin,
                          const std::vector<double>& lefts) {
  if (!p.box || !c.box || pb.ref.page == cb.ref.page || cb.ref.page != pb.ref.page + 1 || p.vertical || c.vertical ||
      p.font_size <= 0 || margin <= 0)
    return false;
  const double size = std::max(p.font_size, c.font_size);
  // A sentence that ends with the page may end the paragraph too.
  const std::string_view pt = trim(p.text);
  static const Regex kSentenceEnd("[.;:!?][\"\u201D\u2019)]?(?:[0-9]{1,3})?$");
  if (kSentenceEnd.search(pt)) return false;
  const double left = lefts[cb.ref.page];
  return same_size(p, c) && all_bold(p) == all_bold(c) &&
         p.box->x1 >= margin - 1.0 * size && left > 0 && std::abs(c.box->x0 - left) < 0.3 * size;
}

// A text dump (no geometry) breaks its pages with a form feed, the page's
// furniture around it (page number, job line, running head). A body line
// that stops after a word (no full stop, colon, semicolon or comma: no
// sentence or clause ends there) and fills its line (at least
// kDumpFullLineShare of the dump's wrap width, so no heading or label),
// goes on at the head of the next page, whatever the case of the first
// word there ("... Inhuman or Degrading Treatment or" | "Punishment 1 and
// ...", "... the intention of my" | "Personal Envoy ..."), when that line
// opens with a letter; one that stops after figures, whatever its width,
// goes on where the next page opens with a Chinese unit of them ("和 21"
// | "日主办的 ..."). A page that opens with a paragraph's number or a
// section label was told apart above.
constexpr double kDumpFullLineShare = 0.6;

// Whether the figures `t` ends with stand after a Han character, one space
// apart at most ("和 21"): a number of the text. After punctuation they
// are a note's mark ("行动计划》，14").
bool after_han_figures(std::string_view t) {
  std::size_t at = t.size();
  while (at > 0 && t[at - 1] >= '0' && t[at - 1] <= '9') --at;
  if (at > 0 && t[at - 1] == ' ') --at;
  return at > 0 && script_of(last_code_point(t.substr(0, at))) == Script::han;
}

bool runs_over_dump_page_break(const Line& p, const Line& c, const BodyLine& pb, const BodyLine& cb,
                               const Layout& layout) {
  if (p.box || c.box || cb.ref.page <= pb.ref.page) return false;
  const std::string_view pt = trim(p.text);
  if (pt.empty() || trim(c.text).empty()) return false;
  // Figures after a Han character, before a Chinese unit the next page
  // opens with, are one number ("… 7 月 20 日和 21" | "日主办的 …": the
  // 21st), whatever the line's width; after punctuation they are a mark.
  if (pt.back() >= '0' && pt.back() <= '9') return after_han_figures(pt) && detail::han_number_follows(trim(c.text));
  if (layout.wrap_width == 0 || capitals_only(pt) ||
      static_cast<double>(line_width(pt, layout.width_in_code_points)) <
          kDumpFullLineShare * static_cast<double>(layout.wrap_width))
    return false;
  std::size_t i = pt.size();
  while (i > 0 && (static_cast<unsigned char>(pt[i - 1]) & 0xC0) == 0x80) --i;  // the last code point
  if (i == 0) return false;
  std::size_t k = i - 1, n = 0;
  // A date cut at the page's end: its year opens the next page ("... المؤرخ
  // 1 نيسان/أبر يل" | "112022 و ...", the year and a note's mark).
  // The next page opens with the year (after a note's mark at most: a job
  // number "24-12345" or a page count "2/15" is none).
  const std::string_view ct = trim(c.text);
  if (!ct.empty() && ct.front() >= '0' && ct.front() <= '9') {
    static const Regex kYearFirst("^[0-9]{0,3}(?:19|20)[0-9]{2}(?![0-9/\\-])");
    const std::string before = std::string(pt) + " ";
    return kYearFirst.search(ct, 0).has_value() && (detail::month_before(before) || detail::split_month_before(before));
  }
  // The next page goes on with a word: a line opening with figures may be
  // a running head OCR misread ("985ème séimce - 4 décembre 1959 653").
  return is_letter(next_code_point(pt, k)) && is_letter(next_code_point(ct, n));
}

// After a page break or a footnote block, a line set with a first-line
// indent whose first word is italic while the line before ends in roman
// type opens a paragraph: the UN prints the lead words of preambular and
// operative paragraphs in italics in every language, and in Russian,
// French or Spanish they may start lowercase ("будучи обеспокоена"), so
// the lowercase start says nothing there.
bool italic_lead_after_break(const Line& p, const Line& c, const BodyLine& pb, const BodyLine& cb,
                             const std::vector<double>& lefts) {
  if (!cb.interrupted && pb.ref.page == cb.ref.page) return false;
  if (!c.box || c.vertical || c.words.empty() || p.words.empty() || c.font_size <= 0) return false;
  if (!c.words.front().italic || p.words.back().italic) return false;
  const double left = lefts[cb.ref.page];
  return left > 0 && c.box->x0 > left + kLeadIndentEm * c.font_size;
}

// The same where OCR lost the italics: after a page break or a footnote
// block, an OCR line set with a first-line indent after a line that ends
// with punctuation opens a paragraph, whatever its case (the Russian
// six-language scan: "... сближения культур," at the foot of page 2, then
// "будучи обеспокоена ..." indented at the head of page 3, was read as one
// sentence going on). A sentence that goes on over the break goes on flush
// at the left edge (runs_over_page_break).
bool indent_after_break(const Line& p, const Line& c, const BodyLine& pb, const BodyLine& cb,
                        const std::vector<double>& lefts) {
  if (!cb.interrupted && pb.ref.page == cb.ref.page) return false;
  if (!c.box || c.vertical || c.font_size <= 0 || !is_ocr_line(c) || !is_ocr_line(p) || !terminated(trim(p.text)))
    return false;
  const double left = lefts[cb.ref.page];
  return left > 0 && c.box->x0 > left + kLeadIndentEm * c.font_size;
}

// Chinese sets its paragraphs justified, the first line indented and the
// others flush at the left edge, so every line but a paragraph's last runs
// to the margin. On an OCR page, a line at the first-line indent that ends
// with punctuation, followed by a line of Han at that same indent, was a
// paragraph of one line: the next opens a paragraph (the Chinese
// six-language scan: "表示深为关切……精神的行为，" filled its line and ran
// into "重申既不能……").
bool han_indent_again(const Line& p, const Line& c, const BodyLine& pb, const BodyLine& cb,
                      const std::vector<double>& lefts) {
  if (pb.ref.page != cb.ref.page || !p.box || !c.box || p.vertical || c.vertical || c.font_size <= 0 ||
      !is_ocr_line(p) || !is_ocr_line(c))
    return false;
  const std::string_view pt = trim(p.text), ct = trim(c.text);
  std::size_t i = 0;
  if (!terminated(pt) || !is_unspaced_script(last_code_point(pt)) || ct.empty() ||
      script_of(next_code_point(ct, i)) != Script::han)
    return false;
  const double left = lefts[cb.ref.page], indent = kLeadIndentEm * c.font_size;
  return left > 0 && p.box->x0 > left + indent && c.box->x0 > left + indent && std::abs(p.box->x0 - c.box->x0) < indent;
}

// A right-to-left OCR line (in its page's steady type, mirrored) that ends
// more than kShortOfMarginEm short of the margin, where the next line's
// first word would have fitted after it, ends its paragraph, though OCR
// lost the punctuation that ends it: Tesseract's `ara` drops the commas
// and the letters of this type (the six-language fixture's Arabic scan:
// its formula "إن الجمعية العامة،" read "إن المعية العامة" ran into the
// first preambular paragraph under it once its lines were read in one
// type). A line of a paragraph that goes on is full: its next word did not
// fit.
bool short_right_to_left_ocr_line(const Line& p, const Line& c, const BodyLine& pb, const BodyLine& cb, double margin) {
  if (!p.right_to_left || !c.right_to_left || !is_ocr_line(p) || !is_ocr_line(c) || pb.ref.page != cb.ref.page ||
      !p.box || !c.box || margin <= 0 || c.font_size <= 0)
    return false;
  const double size = c.font_size;
  if (p.box->x1 >= margin - kShortOfMarginEm * size) return false;
  // The first word read, mirrored: the leftmost.
  const Word* first = nullptr;
  for (const Word& w : c.words)
    if (w.box && (!first || w.box->x0 < first->box->x0)) first = &w;
  return first && p.box->x1 + 0.25 * size + first->box->width() <= margin;
}

// Tesseract's `ara` loses whole lines of Arabic text (the six-language
// fixture's scan: "والتعبير والاحترام الكامل ..." under "... حرية الرأي"),
// which leaves the space of a line between two lines of one paragraph. A
// right-to-left OCR line that runs to the margin and ends no sentence,
// followed on its page, after kLostLinePitchesMin to kLostLinePitchesMax
// of the page's usual pitch, by a line set flush (no first-line indent),
// goes on into it: a paragraph is not set apart by space there, but by an
// indent. Both lines stand in the text's column (a running head above the
// text spans more). The join is warned (text is missing).
bool lost_right_to_left_line(const Line& p, const Line& c, const BodyLine& pb, const BodyLine& cb, const Layout& layout,
                             double margin, const std::vector<double>& lefts) {
  if (!p.right_to_left || !c.right_to_left || !is_ocr_line(p) || !is_ocr_line(c) || pb.ref.page != cb.ref.page ||
      !p.box || !c.box || margin <= 0 || c.font_size <= 0 || cb.ref.page >= layout.right_to_left_pitch.size())
    return false;
  const double pitch = layout.right_to_left_pitch[cb.ref.page], size = c.font_size, left = lefts[cb.ref.page];
  const double apart = band_baseline(c) - band_baseline(p);
  if (pitch <= 0 || left <= 0 || apart < kLostLinePitchesMin * pitch || apart > kLostLinePitchesMax * pitch) return false;
  // Both in the text's column (a running head spans more).
  auto in_column = [&](const Line& l) {
    return l.box->x0 >= left - kLeadIndentEm * size && l.box->x1 <= margin + kLeadIndentEm * size;
  };
  return in_column(p) && in_column(c) && p.box->x1 >= margin - kShortOfMarginEm * size && !terminated(trim(p.text)) &&
         c.box->x0 <= left + kLeadIndentEm * size;
}

// Whether OCR line `f` is a fragment split off the line `above` read
// before it (see kFragmentMaxChars): boxes as OCR read them (`f`, `above`),
// the type of `above` as unwrap_lines reads it (`size`: steady on a
// right-to-left page).
bool fragment_of_line_above(const Line& f, const Line& above, const BodyLine& fb, const BodyLine& ab, double size) {
  if (!is_ocr_line(f) || !f.box || !above.box || fb.ref.page != ab.ref.page || size <= 0) return false;
  if (code_points(trim(f.text)).size() > kFragmentMaxChars) return false;
  const double reach = kFragmentHeightEm * size;
  return f.box->height() < reach && f.box->y0 >= above.box->y0 - reach && f.box->y1 <= above.box->y1;
}


// A line that opens its own line however the text is wrapped, even after a
// line that ends a sentence: a bracketed line, "Resolution adopted ...",
// the enacting formula. opens_own_line also takes any line "The ...,"
// (a formula whose body no pattern names), which only a line stopping
// mid-sentence leaves on a line of its own: after a full stop, "The
// Committee notes the report," is a sentence going on in its paragraph.
bool opens_own_line_however_wrapped(const Subject& s, std::string_view t) {
  static const Regex kMarkedStart("^(?:\\[|Resolution\\s+adopted\\s)");
  return (!t.empty() && (t.front() == '[' || t.front() == 'R') && kMarkedStart.search(s).has_value()) || is_enacting_formula(t);
}

// An operative paragraph opens with the lead verb of a decision, printed
// in italics (OCR may lose them) at the start of a line, after the
// preamble, whose paragraphs end with a comma. A line that opens with such
// a verb after a line ending in a comma or semicolon, once the enacting
// formula has been read, starts a paragraph: a paragraph never runs from
// the preamble into an operative clause (2758 (XXVI): "... of the Security
// Council," / "Decides to restore ...").
//
// Where the text carries font styles (a born-digital PDF), the typography
// decides: the UN prints the lead in italics in every language but
// Chinese, which prints it in bold; the clause opens with the first word
// in that style after a line that ends in roman type. A verb of the lists
// printed in roman type is a word of the sentence ("..., вновь\n
// подтверждает", "..., و\nيطلب"). Where the text carries none (OCR, which
// loses the italics; text dumps), the lead verbs of the UN's texts in each
// language tell (the UN's AKN of the six resolutions of
// ../shared/unakn/languages for Russian and Arabic). Chinese wraps
// anywhere, so a line may open with any word: only the typography tells
// there. The punctuation of the line before is the script's own ("，"
// "；", "،" "؛").
//
// Returns why the clause opens at `c` (for the edit log), or empty.
std::string opens_with_operative_verb(const Subject& next);

// `t` without the number of a note set apart after its last word (a text
// dump prints a note's raised number so: "... Rights Council, 1"): the
// clause before the space (dump_terminated); else `t`.
std::string_view without_note_number(std::string_view t) {
  const std::optional<detail::ClauseEnd> end = detail::dump_terminated(t);
  return end && end->spaced ? end->clause : t;
}

std::string operative_clause_sign(const Line& p, const Line& c, std::string_view prev, const Subject& next_subject,
                                  bool styled) {
  const std::string_view next = next_subject.text();
  static const std::string_view kEnds[] = {",", ";", "\uFF0C", "\uFF1B", "\u060C", "\u061B"};
  // Without font styles, the raised note number is figures like any other.
  if (!styled) prev = without_note_number(prev);
  if (std::none_of(std::begin(kEnds), std::end(kEnds), [&](std::string_view e) { return prev.ends_with(e); })) return {};
  if (styled) {
    if (c.words.empty() || p.words.empty()) return {};
    const Word& first = c.words.front();
    const Word& last = p.words.back();
    std::size_t i = 0;
    const bool han = !next.empty() && script_of(next_code_point(next, i)) == Script::han;
    if (han ? first.bold && !last.bold : first.italic && !last.italic)
      return std::string("an operative clause opens: the line starts in ") + (han ? "bold" : "italics") +
             " after a line that ends in regular type and a comma or semicolon";
    return {};
  }
  const std::string verb = opens_with_operative_verb(next_subject);
  if (verb.empty()) return {};
  return "an operative clause opens: the line starts with the lead verb \"" + verb +
         "\" after a comma or semicolon (the text carries no font styles)";
}

// The lead verb `next` opens with, or empty.
std::string opens_with_operative_verb(const Subject& next) {
  static const Regex kLead(
      "^(Decides|Requests|Calls|Urges|Invites|Recommends|Authorizes|Approves|Adopts|Affirms|Reaffirms|"
      "Encourages|Welcomes|Takes|Expresses|Condemns|Demands|Endorses|Emphasizes|Stresses|Appeals|Declares|"
      "Commends|Deplores|Designates|Establishes|Proclaims|Reiterates|Instructs|Directs|Urgently|Strongly|"
      "D\u00E9cide|Prie|Demande|Engage|Exhorte|Recommande|Autorise|Approuve|Adopte|R\u00E9affirme|Condamne|"
      "Proclame|"
      "Pide|Solicita|Insta|Exhorta|Invita|Recomienda|Autoriza|Aprueba|Reafirma|Condena|Exige|Proclama)\\s+\\p{Ll}");
  // Russian and Arabic verbs, followed by a word of any case ("просит
  // Генерального секретаря").
  static const Regex kLeadAnyCase(
      "^((?:вновь\\s+|настоятельно\\s+)?(?:постановляет|просит|призывает|предлагает|рекомендует|уполномочивает|"
      "утверждает|одобряет|подтверждает|заявляет|приветствует|осуждает|требует|подчеркивает|провозглашает|"
      "выражает|поручает|обращается|признает|отвергает)|"
      "(?:ت|ي)(?:قرر|طلب|هيب|حث|دعو|وصي|ؤكد|عيد\\s+تأكيد|كرر|رحب|دين|عرب|شجع|شدد|طالب|علن|أذن|وافق|عتمد|قر|"
      "حيط\\s+علما|ناشد|شجب|رفض))\\s+\\p{L}");
  for (const Regex* re : {&kLead, &kLeadAnyCase})
    if (const auto m = re->search(next)) return std::string(m->str(next.text(), 1));
  return {};
}

// Whether any word of the body is set in italics or bold: the typography
// of the page is known (a born-digital PDF), not lost (OCR, text dumps).
// Where the text has an enacting formula, the words after it tell: a
// typescript underlines its lead words, and an old OCR layer sets a stamp
// or the masthead in italics or bold (A/L.632), which says nothing of the
// leads.
bool carries_font_styles(const Document& doc, const std::vector<BodyLine>& lines) {
  auto styled = [&](const BodyLine& b) {
    const Line& l = detail::at(doc, b.ref);
    return std::any_of(l.words.begin(), l.words.end(), [](const Word& w) { return w.italic || w.bold; });
  };
  const auto formula = std::find_if(lines.begin(), lines.end(),
                                    [&](const BodyLine& b) { return is_enacting_formula(trim(detail::at(doc, b.ref).text)); });
  if (formula != lines.end() && std::next(formula) != lines.end()) return std::any_of(std::next(formula), lines.end(), styled);
  return std::any_of(lines.begin(), lines.end(), styled);
}

// In a text dump laid out as printed (-layout), a right-to-left line ends
// at the right, where its paragraph's lines end, and sets its first-line
// indent there: its left padding is no indent. The short last line of a
// justified Arabic paragraph is set far in from the left (S/RES/2720's
// "حسبما يكون منطبقا،", 75 columns in under lines at 15, stood as a recital
// of its own); -layout's columns place Arabic glyphs too roughly (full
// lines end 83 to 102 columns in) to compare right ends instead. (Only
// dumps reach this: lines with boxes are measured by their geometry.)
// A line that ends a sentence may stand over a heading or a line of its
// own set in from the left: there the padding decides as before.
bool right_to_left_padding(const Line& p, const Line& c) {
  if (!c.right_to_left || !p.right_to_left) return false;
  const std::string_view t = trim_right(p.text);
  for (const std::string_view end : {".", ":", "!", "?", "\u061F"})
    if (t.ends_with(end)) return false;
  return true;
}

// In a text dump laid out as printed, a line set at a first-line indent
// (kDumpFirstLineIndent columns or more right of its page's body lines)
// after a line at the body's indent that ends a clause (then a note's
// number set apart at most) opens a paragraph, whatever its case: Russian
// opens its recitals in lower case ("религии или убеждений," / "
// приветствуя резолюции ..."), which "the next line starts lowercase"
// joined into one paragraph (the six-language fixture's Russian -layout
// dumps: 5 recitals of A/RES/78/214's 27).
bool first_line_indent_in_dump(const Line& p, const Line& c, const Subject& ps, const BodyLine& cb,
                               const Layout& layout) {
  if (p.box || c.box || layout.page_indent.empty()) return false;
  const int indent = cb.ref.page < layout.page_indent.size() ? layout.page_indent[cb.ref.page] : layout.base_indent;
  if (indent_width(c.text) < indent + kDumpFirstLineIndent || std::abs(indent_width(p.text) - indent) > kDumpBodyIndentSlack)
    return false;
  return terminated(ps) || terminated(without_note_number(trim(p.text)));
}

// Whether a Chinese line ends inside a document symbol and the next goes
// on with its rest: the line's last token and the next one's first each
// hold a slash, and the break cuts a part of capitals, the one's last part
// and the other's first being capitals only ("…的 GC(69)/RE" | "S/10 号决
// 议"). Chinese lines break anywhere, also inside a symbol, with no
// hyphen; they join with no space. Parts of figures may be whole symbols
// or numbers ("A/78/1" | "A/78/2", "2021/22" | "2022/23"): they keep the
// space.
bool splits_symbol(std::string_view before, std::string_view after) {
  const std::size_t space = before.find_last_of(' ');
  const std::string_view last = space == std::string_view::npos ? before : before.substr(space + 1);
  const std::string_view first = after.substr(0, std::min(after.find(' '), after.size()));
  const std::size_t last_slash = last.find_last_of('/'), first_slash = first.find('/');
  if (last_slash == std::string_view::npos || first_slash == std::string_view::npos) return false;
  const auto capitals = [](std::string_view part) {
    return !part.empty() && std::all_of(part.begin(), part.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  return capitals(last.substr(last_slash + 1)) && capitals(first.substr(0, first_slash));
}

std::string continuation_reason(const Line& p, const Line& c, const BodyLine& pb, const BodyLine& cb,
                                const Layout& layout, double margin, const std::vector<double>& lefts) {
  const std::string_view pt = trim(p.text), ct = trim(c.text);
  // A heading ends with its line, unless it runs on (a Markdown heading
  // wrapped by its dump, strip_markdown: not ended by a hard break).
  if (p.hard_break || p.heading != c.heading) return {};
  const Subject ps(pt), cs(ct);  // each checked once for the patterns below
  if (is_section_label(ps) || is_section_label(cs) || is_meeting_line(ps)) return {};
  if (is_number_only(ps)) return "a paragraph number on a line of its own";
  if (starts_numbered(cs)) return {};
  // A text dump's point label alone on its line opens the point, though it
  // starts lowercase: French, Spanish and Russian print their points "a)",
  // "а)" without an opening bracket, and a plain dump sets the label apart
  // from its text ("... médias ;" / "b)" / "Créer ..."). (A number alone,
  // "024.", may be the end of a URL fold cut: the other rules decide.)
  if (!c.box && is_number_only(cs) && [&] {
        std::size_t i = 0;
        return is_lower_letter(next_code_point(ct, i));
      }())
    return {};
  // So does a bracketed label alone ("(c)") after a clause and the word
  // that joins the last point ("... from Gaza; and" / "(c)" / "Phase 3:
  // ...": S/RES/2735), which reads as a line stopping mid-sentence.
  if (!c.box && is_number_only(cs) && ct.front() == '(' && ends_with_connective(pt)) {
    const std::string_view clause = trim_right(pt.substr(0, pt.find_last_of(' ')));
    if (clause.ends_with(';') || clause.ends_with(',')) return {};
  }
  if (italic_lead_after_break(p, c, pb, cb, lefts) || indent_after_break(p, c, pb, cb, lefts) ||
      han_indent_again(p, c, pb, cb, lefts))
    return {};
  if (short_right_to_left_ocr_line(p, c, pb, cb, margin)) return {};
  if (lost_right_to_left_line(p, c, pb, cb, layout, margin, lefts))
    return "the line runs to the margin mid-sentence and the next goes on flush, after the space of a line or two: "
           "lines OCR lost (text is missing here)";
  if (runs_over_page_break(p, c, pb, cb, margin, lefts))
    return "the last line of the page is full and the next page goes on at the left edge, without indent";
  if (auto geo = geometry_reason(p, c, pb, cb, margin, layout)) {
    if (geo->empty()) return {};
    const bool lower = [&] {
      std::size_t i = 0;
      return !ct.empty() && is_lower_letter(next_code_point(ct, i));
    }();
    if (lower || !terminated(ps) || c.box->x0 <= p.box->x0 + 0.9 * c.font_size || hangs_under(p, c)) return *geo;
  }
  const bool lower = !ct.empty() && [&] {
    std::size_t i = 0;
    return is_lower_letter(next_code_point(ct, i));
  }();
  if (lower && first_line_indent_in_dump(p, c, ps, cb, layout)) return {};
  if (lower && (cb.gap <= layout.base_gap || cb.interrupted || !terminated(ps)))
    return cb.interrupted ? "the sentence continues after a footnote block or page break"
                          : "the next line starts lowercase";
  if (cb.interrupted && !terminated(ps) && cb.gap <= layout.base_gap + 3)
    return "the sentence continues after a footnote block or page break";
  if (runs_over_dump_page_break(p, c, pb, cb, layout) && !opens_own_line_however_wrapped(cs, ct))
    return "the last line of the page stops after a word, mid-sentence, and the sentence goes on at the head of the "
           "next page";
  if (cb.gap > layout.base_gap || cb.interrupted) return {};
  // A line that stops mid-sentence continues on the next, unless the next
  // opens something of its own (a bracketed line, the enacting formula).
  // A text dump's line that ends a clause and then a note's number set
  // apart ("... Human Rights; 3" over "3.") stops no sentence.
  const bool ended = terminated(ps) || (!p.box && terminated(without_note_number(pt)));
  if (!ended && !detail::opens_own_line(cs) && !is_meeting_line(ps)) return std::string(kMidSentence);
  // Character counts say nothing about lines set in proportional type.
  if (layout.wrap_width == 0 || (p.box && c.box)) return {};
  const int indent = cb.ref.page < layout.page_indent.size() ? layout.page_indent[cb.ref.page] : layout.base_indent;
  if (indent_width(c.text) > indent && !right_to_left_padding(p, c)) return {};
  // A paragraph's number alone on its line ("3."), the enacting formula, a
  // bracketed line and the meeting line of the conclusions ("50-е
  // пленарное заседание") open their own line, however the text is wrapped.
  if (is_number_only(cs) || opens_own_line_however_wrapped(cs, ct) || is_meeting_line(cs)) return {};
  if (terminated(ps) && line_width(pt, layout.width_in_code_points) * 10 < layout.wrap_width * 6) return {};
  if (layout.wrapped_by_characters && next_word_fitted(p.text, ct, layout.wrap_width, layout.width_in_code_points))
    return {};
  return "hard-wrapped line (the text is wrapped at about " + std::to_string(layout.wrap_width) + " characters)";
}

// A line's text [begin, end) with white space collapsed, and the marks in
// it moved along (offsets from `begin`).
std::pair<std::string, std::vector<NoteMark>> collapsed(const Line& line, std::size_t begin = 0,
                                                        std::size_t end = std::string::npos) {
  end = std::min(end, line.text.size());
  // Most lines hold single spaces between words and no tab: the text
  // between the first and last word is already collapsed, and a mark's
  // offset moves back by the white space before the first word (a mark in
  // the trailing white space goes to the end). may_need_collapsing also
  // sends lines with other control characters to the loops below, which
  // give them the same text.
  if (begin <= end) {
    const std::string_view t = std::string_view(line.text).substr(begin, end - begin);
    std::size_t first = 0, last = t.size();
    while (first < last && (t[first] == ' ' || t[first] == '\t')) ++first;
    if (first == last && line.marks.empty()) return {std::string(), {}};
    if (first < last) {
      while (t[last - 1] == ' ' || t[last - 1] == '\t') --last;
      const std::string_view words = t.substr(first, last - first);
      if (!may_need_collapsing(words)) {
        const bool whole = begin == 0 && end == line.text.size();
        std::vector<NoteMark> marks;
        for (NoteMark m : line.marks) {
          if (!whole && (m.offset < begin || m.offset > end)) continue;
          const std::size_t at = std::min(m.offset, end) - begin;
          m.offset = std::min(at > first ? at - first : 0, words.size());
          marks.push_back(std::move(m));
        }
        return {std::string(words), std::move(marks)};
      }
    }
  }
  std::string out;
  out.reserve(end - begin);
  if (line.marks.empty()) {  // the others: word by word, no offsets to map
    const std::string_view t(line.text);
    for (std::size_t i = begin; i < end;) {
      while (i < end && (t[i] == ' ' || t[i] == '\t')) ++i;
      std::size_t j = i;
      while (j < end && t[j] != ' ' && t[j] != '\t') ++j;
      if (i == j) break;
      if (!out.empty()) out += ' ';
      out.append(t.substr(i, j - i));
      i = j;
    }
    return {std::move(out), {}};
  }
  // The offset map is needed only to move marks (most lines have none).
  std::vector<std::size_t> map(line.marks.empty() ? 0 : end - begin + 1, 0);
  bool pending = false;
  for (std::size_t i = begin; i < end; ++i) {
    const char c = line.text[i];
    if (!map.empty()) map[i - begin] = out.size() + (pending && !out.empty() ? 1 : 0);
    if (c == ' ' || c == '\t') { pending = true; continue; }
    if (pending && !out.empty()) out += ' ';
    pending = false;
    out += c;
  }
  if (!map.empty()) map[end - begin] = out.size();
  const bool whole = begin == 0 && end == line.text.size();
  std::vector<NoteMark> marks;
  for (NoteMark m : line.marks) {
    if (!whole && (m.offset < begin || m.offset > end)) continue;
    m.offset = std::min(map[std::min(m.offset, end) - begin], out.size());
    marks.push_back(std::move(m));
  }
  return {out, marks};
}

// The blocks of table t (Document::tables): one per cell, row by row, each
// cell's lines joined; each cell records its block.
void table_blocks(Document& doc, std::size_t t) {
  for (PrintedRow& row : doc.tables[t].rows)
    for (PrintedCell& cell : row.cells) {
      Block block;
      for (const CellPiece& pc : cell.pieces) {
        const Line& line = doc.pages[pc.page].lines[pc.line];
        const std::size_t begin = line.words[pc.first_word].begin, end = line.words[pc.end_word - 1].end;
        auto [text, marks] = collapsed(line, begin, end);
        const std::size_t base = block.text.empty() ? 0 : block.text.size() + 1;
        if (!block.text.empty()) {
          const std::string tail(tail_bytes(block.text, 20)), head(head_bytes(text, 20));
          detail::record_line_edit(doc, kUnwrap, "join_cell_lines", {pc.page, pc.line}, begin,
                                   tail + "\n" + head, tail + " " + head,
                                   "a table cell's text continues on the next line of its column", 0.9);
          block.text += ' ';
        }
        block.text += text;
        for (NoteMark& m : marks) {
          m.offset += base;
          block.marks.push_back(std::move(m));
        }
        block.origins.push_back(Origin{base, static_cast<int>(pc.page) + 1, static_cast<int>(pc.line), begin});
      }
      cell.block = doc.blocks.size();
      doc.blocks.push_back(std::move(block));
    }
}

// Thresholds of the type of right-to-left OCR lines: the page's type size
// is the median of the sizes of at least kSteadyMinLines such body lines;
// a line's box spans kSteadyAscentEm of it above its baseline and
// kSteadyDescentEm below, as OCR gives a right-to-left word's box (the
// line's band, ingest/ocr.cpp line_band).
constexpr std::size_t kSteadyMinLines = 5;
constexpr double kSteadyAscentEm = 0.8;
constexpr double kSteadyDescentEm = 0.25;

// Tesseract measures the type of an Arabic row from its x-height, which
// Arabic letters do not have: the row's measure changes with the dots and
// marks the line happens to have (the six-language fixture's Arabic scan
// reads lines of one paragraph 7.6 and 19 pt, and lines whose boxes then
// overlap the line above), so that the size, space and column decisions
// of unwrap_lines split its paragraphs at one line in three (53
// preambular paragraphs for 27). Its baseline is steady: in `geo`, each
// right-to-left OCR body line of a page with at least kSteadyMinLines of
// them is given the page's median size and a box of that size around its
// baseline, so that only the baselines' pitch and the indents decide.
void steady_right_to_left_ocr_lines(Document& geo) {
  for (Page& page : geo.pages) {
    auto steadied = [](const Line& l) {
      return l.right_to_left && l.role == LineRole::body && l.box && l.font_size > 0 && is_ocr_line(l);
    };
    std::vector<double> sizes;
    for (const Line& l : page.lines)
      if (steadied(l)) sizes.push_back(l.font_size);
    if (sizes.size() < kSteadyMinLines) continue;
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
    const double size = sizes[sizes.size() / 2];
    for (Line& l : page.lines) {
      if (!steadied(l)) continue;
      const double baseline = l.box->y1 - kSteadyDescentEm * l.font_size;
      l.box->y0 = baseline - kSteadyAscentEm * size;
      l.box->y1 = baseline + kSteadyDescentEm * size;
      l.font_size = size;
      for (Word& w : l.words) {
        if (w.font_size > 0) w.font_size = size;
        if (w.box) w.box->y0 = l.box->y0, w.box->y1 = l.box->y1;
      }
    }
  }
}

// The page geometry that unwrap_lines reads, with every right-to-left line
// (Arabic: its first-line indent on the right, its short last line ending
// on the left, its words running leftwards) mirrored about the middle of
// its page, so that the decisions measured from the left edge hold for it
// too, and right-to-left OCR lines in their page's steady type
// (steady_right_to_left_ocr_lines). nullopt when no line is right to left
// (or the page has no width).
std::optional<Document> mirrored_right_to_left(const Document& doc) {
  bool any = false;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines) any = any || (line.right_to_left && page.width > 0);
  if (!any) return std::nullopt;
  Document geo;
  geo.pages = doc.pages;
  for (Page& page : geo.pages) {
    if (page.width <= 0) continue;
    const auto mirror = [&](std::optional<Box>& b) {
      if (b) *b = Box{page.width - b->x1, b->y0, page.width - b->x0, b->y1};
    };
    for (Line& line : page.lines) {
      if (!line.right_to_left) continue;
      mirror(line.box);
      for (Word& w : line.words) mirror(w.box);
    }
  }
  steady_right_to_left_ocr_lines(geo);
  return geo;
}

}  // namespace

void rejoin_hyphenated_lines(Document& doc, const PassContext& ctx) {
  const auto lines = body_lines(doc);
  if (lines.size() < 2) return;
  {
    // Plain pdftotext dropped the hyphens of the words it joined at line
    // ends (dump_hyphens.hpp): those of compounds are put back first.
    std::vector<detail::LineRef> refs;
    for (const BodyLine& b : lines) refs.push_back(b.ref);
    detail::restore_dropped_hyphens(doc, refs, ctx);
  }
  detail::Vocabulary vocab(doc, ctx);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    Line& p = detail::at(doc, lines[i].ref);
    const Line& c = detail::at(doc, lines[i + 1].ref);
    if (p.in_table || c.in_table) continue;  // a table's rows and cells are not wrapped text
    const auto join = detail::join_at_line_end(p.text, c.text, ctx, vocab);
    if (!join) {
      // A text dump's, in a document whose dashes are not spaced hyphens
      // (a PDF's or an OCR reading's spaced hyphen is as printed).
      const auto doubt = p.box ? std::nullopt : detail::undecided_spaced_hyphen(p.text, c.text);
      if (doubt && !vocab.prints_spaced_dashes())
        doc.log.warn(std::string(kHyphen), doc.position_of(lines[i].ref.page, lines[i].ref.line), *doubt);
      continue;
    }
    p.replace(join->cut_at, p.text.size() - join->cut_at, join->kept);
    p.join_without_space = !join->end.space;
    detail::record_line_edit(doc, kHyphen, join->end.kind, lines[i].ref, join->dash_at, join->before, join->after, join->end.why,
                             join->end.confidence);
    if (!join->end.doubt.empty())
      doc.log.warn(std::string(kHyphen), doc.position_of(lines[i].ref.page, lines[i].ref.line), join->end.doubt);
  }
}

// At a line boundary that `reason` would join, the rule `kind` keeps the
// lines apart: an edit of the unchanged boundary (the end of the line
// above, the start of this one) saying why it was kept (`why`) and why it
// would have been joined; `reason` is cleared.
void keep_boundary(Document& doc, detail::LineRef where, const Line& p, const Line& c, std::string_view kind,
                   const std::string& why, double confidence, std::string& reason) {
  const std::string boundary =
      std::string(tail_bytes(trim(p.text), 20)) + "\n" + std::string(head_bytes(trim(c.text), 20));
  detail::record_line_edit(doc, kUnwrap, kind, where, 0, boundary, boundary, why + "; not joined although " + reason,
                           confidence);
  reason.clear();
}

// At a line that would continue the paragraph above (`reason`), an
// operative clause that opens there keeps it apart: the decision is an edit
// of the unchanged line boundary (the end of the line above, the start of
// this one), with why it was kept and why it would have been joined, and
// `reason` is cleared.
void split_operative_clause(Document& doc, detail::LineRef where, const Line& p, const Line& c, bool styled,
                            std::string& reason) {
  const std::string_view pt = trim(p.text), ct = trim(c.text);
  const std::string sign = operative_clause_sign(p, c, pt, Subject(ct), styled);
  if (sign.empty()) return;
  keep_boundary(doc, where, p, c, "split_operative_clause", sign, styled ? 0.9 : 0.8, reason);
}

// A text dump (lines without geometry or font styles: plain pdftotext,
// a hard-wrapped text) loses the blank line between two preambular
// paragraphs where the first ends on a full line ("... for more than half
// a century," / "Recognizing the major contribution ...": A/RES/78/107) or
// on its note's number ("... for 2023, 1" / "Recalling its resolution ...":
// A/RES/78/101). In the preamble (after the enacting formula, before the
// first numbered paragraph), a line that opens with a preambular lead word
// of the document's language (core/preambular_leads.hpp) after a line that
// ends a clause with a comma or semicolon (then a note's number at most),
// where the paragraph it would go on opened with such a lead too (the
// preamble's shape), opens a paragraph. Returns why, or empty.
std::string preambular_lead_sign(const Line& p, const Line& c, std::string_view paragraph, std::string_view language) {
  if (p.box || c.box) return {};
  // The clause before a note's number, set apart or not ("... 2024 年报告，1").
  const std::optional<detail::ClauseEnd> noted = detail::dump_terminated(trim(p.text));
  const std::string_view pt = noted ? noted->clause : trim(p.text), ct = trim(c.text);
  static constexpr std::string_view kClauseEnds[] = {",", ";", "\uFF0C", "\uFF1B", "\u060C", "\u061B"};
  // In Arabic only the first recital opens with a bare "إذ" (the others
  // with "وإذ"), and the formula keeps apart from it (keep_formula_apart):
  // a line opening "إذ" after a comma goes on a sentence ("...، إذ أدى ذلك").
  if (language == "ar") {
    std::string head;  // the line's first word, its vowel marks dropped
    for (std::size_t i = 0; i < ct.size() && ct[i] != ' ';) {
      const std::size_t at = i;
      if (!is_combining_mark(next_code_point(ct, i))) head.append(ct.substr(at, i - at));
    }
    if (head == "إذ" || head == "اذ") return {};
  }
  if (std::none_of(std::begin(kClauseEnds), std::end(kClauseEnds), [&](std::string_view e) { return pt.ends_with(e); }) ||
      !opens_with_preambular_lead(ct, language) || !opens_with_preambular_lead(paragraph, language))
    return {};
  return "a preambular paragraph opens: the line starts with a lead word (\"" +
         std::string(language == "zh" ? head_bytes(ct, 12) : ct.substr(0, ct.find(' '))) +
         "\") after a line that ends a clause, in a preamble whose paragraphs open so (the text carries no "
         "font styles or geometry)";
}

// An Arabic line at least kFullLinePercent of the wrap width long that
// ends with a comma fills its line: the recital may go on after it ("...،
// وإذ تشير أيضا إلى ..." inside one recital of A/RES/78/214), and Arabic
// prints no capital to tell a lead from a word of the sentence; a recital's
// last line usually stops short of the margin. The split stands, with a
// warning.
constexpr std::size_t kFullLinePercent = 95;

// At a line that would continue a preambular paragraph (`reason`), a
// preambular paragraph that opens there (preambular_lead_sign) keeps it
// apart: an edit of the unchanged line boundary, as split_operative_clause
// records one, and `reason` is cleared.
void split_preambular_paragraph(Document& doc, detail::LineRef where, const Line& p, const Line& c,
                                std::string_view paragraph, std::string_view language, const Layout& layout,
                                std::string& reason) {
  const std::string sign = preambular_lead_sign(p, c, paragraph, language);
  if (sign.empty()) return;
  keep_boundary(doc, where, p, c, "split_preambular_paragraph", sign, kPreambularSplitConfidence, reason);
  if (language == "ar" && layout.wrap_width > 0 &&
      line_width(trim(p.text), layout.width_in_code_points) * 100 >= layout.wrap_width * kFullLinePercent)
    doc.log.warn(std::string(kUnwrap), doc.position_of(where.page, where.line),
                 "a recital opened at the lead \"" + std::string(trim(c.text).substr(0, trim(c.text).find(' '))) +
                     "\" after a full line ending with a comma: Arabic prints no capital to tell a recital's lead "
                     "from a word of the sentence going on (\"...، وإذ تشير أيضا ...\" inside one recital), check the "
                     "paragraphs here");
}

// The enacting formula is a paragraph of its own: where the first line
// read as one stands alone in its block (opens_own_line_however_wrapped
// opened the block with it), the next line opens the preamble whatever it
// starts with. The Russian version opens its recitals lowercase
// ("Генеральная Ассамблея," / "подтверждая ..."), and a plain dump, which
// prints no blank line, would run the formula into the first recital. Only
// the first formula of the text: a later line reading so (an annex quoting a
// resolution) is left to the other rules. The decision is an edit of the
// unchanged boundary, and `reason` is cleared.
void keep_formula_apart(Document& doc, detail::LineRef where, const Line& p, const Line& c, std::string_view block,
                        std::size_t formulas_read, std::string& reason) {
  if (formulas_read != 1 || !is_enacting_formula(trim(block))) return;
  keep_boundary(doc, where, p, c, "keep_formula_apart", "the enacting formula is a paragraph of its own",
                kFormulaApartConfidence, reason);
}

// Inside a signature block (the mark's line, the name, the titles) a line
// that ends without punctuation ends no sentence: where only that would
// join it to the next (`reason`), the next is a line of its own (A/45/189:
// "Ambassador" over "Acting Permanent Representative"). The decision is an
// edit of the unchanged boundary, and `reason` is cleared.
void keep_signature_line(Document& doc, detail::LineRef where, const Line& p, const Line& c, std::string& reason) {
  if (reason != kMidSentence) return;
  keep_boundary(doc, where, p, c, "keep_signature_line", "a line of a signature block (name, title) stands on its own",
                0.8, reason);
}

// A plain dump (pdftotext without -layout) prints a chapter's heading and
// the number of the paragraph under it on lines of their own ("I.
// Introduction" over "1." over "The present report ..."; "V. Humanitarian
// activities and human rights" over "A." over "Persons unaccounted for
// ..."). A block of text without geometry that reads as a heading (a roman
// numeral or a capital letter and a full stop, then at most
// kDumpHeadingMaxChars characters with no full stop at the end) ends before
// a line that is a paragraph's or a section's number alone or opens with
// one, or with a section's letter ("IV. Activities on the ground" over "A.
// Military activity" in a -layout dump): the number starts what follows the
// heading. So does a paragraph's number alone on its line after a block
// that ends a clause and a note's number ("... resolution 58/21; 8" over
// "2." over "Notes the engagement ...").
constexpr std::size_t kDumpHeadingMaxChars = 120;

namespace {
// Whether s holds more than n code points: a prefix of 2n bytes counted
// first, which decides for any text of mostly one- and two-byte characters
// (the blocks asked about are mostly whole paragraphs, far over the limit),
// then the whole where it does not.
bool more_code_points_than(std::string_view s, std::size_t n) {
  if (s.size() <= n) return false;
  if (s.size() > 2 * n && code_point_count(s.substr(0, 2 * n)) > n) return true;
  return code_point_count(s) > n;
}
}  // namespace

std::string dump_heading_over_number(const Line& c, std::string_view block, std::string_view next) {
  static const Regex kHeading("^(?:[IVXLC]{1,7}|[A-Z])\\.\\s+\\S.*[^.:;,]$");
  static const Regex kLetterLabel("^[A-Z]\\.(?:\\s|$)");
  if (c.box) return {};
  const Subject ns(trim(next));
  if (is_number_only(ns) && detail::ends_clause_and_note_number(block, ".;:"))
    return "a paragraph's number alone on its line after a block that ends a clause and a note's number (a text dump)";
  if (more_code_points_than(block, kDumpHeadingMaxChars) || !kHeading.search(block)) return {};
  if (is_number_only(ns) || starts_numbered(ns) || kLetterLabel.search(trim(next)).has_value())
    return "a heading (a numeral or a capital letter and a full stop) over a line that opens with a number (a text "
           "dump)";
  return {};
}

// At a line that would continue the block above (`reason`), a number that
// starts what follows a dump's heading or clause (dump_heading_over_number)
// keeps it apart: an edit of the unchanged line boundary, as
// split_operative_clause records one, and `reason` is cleared.
void split_at_dump_number(Document& doc, detail::LineRef where, const Line& p, const Line& c, std::string_view block,
                          std::string_view next, std::string& reason) {
  const std::string sign = dump_heading_over_number(c, block, next);
  if (sign.empty()) return;
  keep_boundary(doc, where, p, c, "split_at_dump_number", sign, kDumpNumberSplitConfidence, reason);
}

// Whether `t` is one square bracket from its first character to its last
// ("[on the report of the Third Committee (A/78/481/Add.2, para. 139)]").
bool bracketed_whole(std::string_view t) {
  if (t.size() < 2 || t.front() != '[' || t.back() != ']') return false;
  int depth = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    depth += t[i] == '[' ? 1 : t[i] == ']' ? -1 : 0;
    if (depth == 0 && i + 1 < t.size()) return false;
  }
  return depth == 0;
}

// Before the enacting formula, the resolution's number printed on a line
// of its own keeps apart from the lines about it, as a plain dump of a
// Chinese resolution prints it between the title and the formula (the
// title's lines, "78/214.", "大会，"): a number alone over the formula opens
// no paragraph of the formula's, the document's own number (its symbol's)
// alone on its line over the formula is no word of the title's sentence
// above it (between two lines of the title, as a -layout dump may set it,
// the title goes on around it: structure takes it out), a
// Council's number line ("第2720(2023)号决议") does not run into the
// adoption line under it, and the committee's line in square brackets
// ("[دون الإحالة إلى لجنة رئيسية (A/ES-11/L.1 ...)]") takes in nothing
// under it (the number "ES-11/1" an Arabic resolution prints under it).
// An edit of the unchanged boundary, and `reason` is cleared.
void keep_resolution_number_apart(Document& doc, detail::LineRef where, const Line& p, const Line& c,
                                  std::string_view block, std::string_view next, std::string_view after_next,
                                  std::size_t formulas_read, std::string& reason) {
  // A Council's number line in the six languages ("Resolution 2720 (2023)",
  // "第2720(2023)号决议"): the adoption line under it is no word of it.
  static const Regex kCouncilNumber(
      "^(?:(?:Resolution|Résolution|Resolución|Резолюция|القرار)\\s+[0-9]{1,5}\\s*\\((?:19|20)[0-9]{2}\\)|"
      "第\\s*[0-9]{1,5}\\s*[(\uFF08]\\s*(?:19|20)[0-9]{2}\\s*[)\uFF09]\\s*号\\s*决议)$");
  if (formulas_read != 0) return;
  std::string sign;
  if (is_number_only(Subject(trim(block))) && is_enacting_formula(trim(next)))
    sign = "a number alone on its line over the enacting formula opens no paragraph of the formula's";
  else if (kCouncilNumber.search(trim(block)))
    sign = "the Council's resolution number is a line of its own";
  else if (bracketed_whole(trim(block)))
    sign = "a line in square brackets before the enacting formula (the committee that reported) is a line of its own";
  else if (const std::string own = doc.meta.symbol ? resolution_number_of_symbol(*doc.meta.symbol) : std::string();
           !own.empty() && (trim(next) == own || trim(next) == own + ".") && is_enacting_formula(after_next))
    sign = "the resolution's own number (its symbol's) alone on its line is no word of the line above";
  if (sign.empty()) return;
  keep_boundary(doc, where, p, c, "keep_number_apart", sign, kDumpNumberSplitConfidence, reason);
}

// How far unwrap_lines has read a resolution's parts, with the two facts of
// the document that the rules keeping paragraphs apart ask.
struct PartsRead {
  std::string language;           // the document's language (language_of)
  bool styled = false;            // its lines carry font styles (carries_font_styles)
  bool after_formula = false;     // the enacting formula has been read
  std::size_t formulas_read = 0;  // lines read as the enacting formula so far
  bool in_preamble = false;       // ... and no numbered paragraph since

  // Takes note of the line `line` (trimmed), taken into the blocks.
  void take(const Subject& line) {
    if (is_enacting_formula(line.text())) {
      after_formula = in_preamble = true;
      ++formulas_read;
    }
    else if (is_number_only(line) || starts_numbered(line)) in_preamble = false;
  }
};

// At a line `c` (text `next`) that would continue the last block after
// `p` (`reason`), the signs of a paragraph opening there that the geometry
// does not show keep it apart, each an edit of the unchanged boundary that
// clears `reason`: the enacting formula is a paragraph of its own
// (keep_formula_apart), an operative clause after it opens one
// (split_operative_clause), so does a number under a dump's heading or
// clause (split_at_dump_number), and a preambular lead in the preamble
// (split_preambular_paragraph).
void keep_paragraphs_apart(Document& doc, detail::LineRef where, const Line& p, const Line& c, std::string_view next,
                           std::string_view after_next, const PartsRead& parts, const Layout& layout, std::string& reason) {
  if (!reason.empty()) keep_formula_apart(doc, where, p, c, doc.blocks.back().text, parts.formulas_read, reason);
  if (!reason.empty())
    keep_resolution_number_apart(doc, where, p, c, doc.blocks.back().text, next, after_next, parts.formulas_read,
                                 reason);
  if (!reason.empty() && parts.after_formula) split_operative_clause(doc, where, p, c, parts.styled, reason);
  if (!reason.empty()) split_at_dump_number(doc, where, p, c, doc.blocks.back().text, next, reason);
  if (!reason.empty() && parts.in_preamble && !parts.styled)
    split_preambular_paragraph(doc, where, p, c, doc.blocks.back().text, parts.language, layout, reason);
}

// A line of a text dump shaped as a piece of a justified line that plain
// pdftotext set apart (see kPieceMaxWords): its letters (0 when it is not
// so shaped) and whether it opens in lower case.
struct PieceShape {
  std::size_t letters = 0;
  bool lower = false;
};

PieceShape piece_shape(const Document& doc, const std::vector<BodyLine>& lines, std::size_t i, const Layout& layout) {
  const Line& l = detail::at(doc, lines[i].ref);
  const auto apart = [&](const BodyLine& b) { return b.gap > layout.base_gap || b.interrupted; };
  if (l.box || i == 0 || !apart(lines[i]) || (i + 1 < lines.size() && !apart(lines[i + 1]))) return {};
  const std::string_view t = trim(l.text);
  std::size_t at = 0;
  if (t.empty()) return {};
  const char32_t first = next_code_point(t, at);
  if (!is_letter(first)) return {};
  const Subject subject(t);
  if (starts_numbered(subject) || is_number_only(subject)) return {};
  // Words only: letters, the signs inside or after a word; no figure nor
  // symbol ("s/14938**" is a document's symbol, "(E)" a language's mark).
  static constexpr std::u32string_view kWordSigns = U"-\u2010'\u2019,.;:!?\u00AB\u00BB\u201C\u201D\"";
  std::size_t words = 1, letters = 0;
  for (std::size_t k = 0; k < t.size();) {
    const char32_t cp = next_code_point(t, k);
    if (cp == U' ') words += 1;
    else if (is_letter(cp)) ++letters;
    else if (kWordSigns.find(cp) == std::u32string_view::npos) return {};
  }
  return words <= kPieceMaxWords ? PieceShape{letters, is_lower_letter(first)} : PieceShape{};
}

// Whether a capitalised line of a piece's shape opens something of its own:
// a section's label ("I", "Annex") or a preambular lead ("Welcoming" /
// "particularly,": a lead the justified line cut, A/RES/78/214).
bool opens_apart(std::string_view t, std::string_view language) {
  return is_section_label(Subject(t)) || opens_with_preambular_lead(t, language);
}

// By body line, whether it is a piece set apart from a justified line: in
// lower case with kPieceMinLetters letters; a one-letter word next to such a
// line or to one capitalised ("в" / "Уставе Организации"); a capitalised
// one after a piece that ends no clause ("the" / "Programme of"), unless it
// opens something of its own (opens_apart).
std::vector<bool> set_apart_pieces(const Document& doc, const std::vector<BodyLine>& lines, const Layout& layout,
                                   std::string_view language) {
  std::vector<PieceShape> shape(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) shape[i] = piece_shape(doc, lines, i, layout);
  std::vector<bool> piece(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) piece[i] = shape[i].lower && shape[i].letters >= kPieceMinLetters;
  const auto worded = [&](std::size_t k) { return k < lines.size() && shape[k].letters >= kPieceMinLetters; };
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (piece[i] || shape[i].letters == 0) continue;
    if (shape[i].lower) piece[i] = worded(i - 1) || worded(i + 1);
    else piece[i] = piece[i - 1] && !terminated(trim(detail::at(doc, lines[i - 1].ref).text)) &&
                    !opens_apart(trim(detail::at(doc, lines[i].ref).text), language);
  }
  return piece;
}

// The pieces set apart from one justified line (set_apart_pieces) that
// start at body line `i`, as printed, one after the other.
std::string pieces_from(const Document& doc, const std::vector<BodyLine>& lines, const std::vector<bool>& piece,
                        std::size_t i) {
  std::string out;
  for (std::size_t k = i; k < lines.size() && piece[k]; ++k)
    out.append(out.empty() ? "\"" : " / \"").append(trim(detail::at(doc, lines[k].ref).text)).append("\"");
  return out;
}

// A roman numeral alone on its line, with no full stop (`c`), right under
// a capitalised word alone on its line of a text dump (`p`), that word
// going on a paragraph and ending no clause, is that name's number, no
// section's label: plain pdftotext prints a justified line's words one
// under another (the Russian A/RES/78/214: "короля" / "Иордании" /
// "Абдаллы" / "II" / "Всемирной" / "недели", which made "II" a section and
// the rest of the recital a paragraph after it). A title over a section's
// label is a line of its own and of several words ("Doha Programme of
// Action for the Least Developed Countries" / "I" / "Introduction"). At
// most kNameNumberMaxLetters letters (Elizabeth II, Pius XII); the name has
// at least kNameMinLetters letters.
constexpr std::size_t kNameNumberMaxLetters = 4;
constexpr std::size_t kNameMinLetters = 3;

bool name_number(const Line& p, const Line& c, const BodyLine& cb) {
  if (p.box || c.box || cb.gap > 0 || cb.interrupted) return false;
  const std::string_view ct = trim(c.text), pt = trim(p.text);
  if (ct.empty() || ct.size() > kNameNumberMaxLetters ||
      ct.find_first_not_of("IVX") != std::string_view::npos || terminated(pt))
    return false;
  // The name: one word, capitalised, of letters only.
  std::size_t at = 0, letters = 0;
  if (pt.empty() || pt.find(' ') != std::string_view::npos || !is_upper_letter(next_code_point(pt, at))) return false;
  for (std::size_t k = 0; k < pt.size(); ++letters)
    if (!is_letter(next_code_point(pt, k))) return false;
  return letters >= kNameMinLetters;
}

// At body line `i`, a piece set apart from a justified line
// (set_apart_pieces) goes on the paragraph before it, whatever ends that
// (`reason`, empty when no other rule joined it); where it is the first of
// its run and the line before ended a clause, their place is uncertain and
// the document is warned once for the run.
void join_set_apart_piece(Document& doc, const std::vector<BodyLine>& lines, const std::vector<bool>& piece,
                          std::size_t i, const Line& p, std::string& reason) {
  const bool clause_ended = terminated(trim(p.text));
  if (reason.empty() || clause_ended)
    reason = "a piece of a justified line that plain pdftotext set apart (a few words in lower case between blank "
             "lines): it goes on the paragraph before it, in the order printed";
  if (!clause_ended || piece[i - 1]) return;
  doc.log.warn(std::string(kUnwrap), doc.position_of(lines[i].ref.page, lines[i].ref.line),
               "words plain pdftotext set apart from a justified line (" + pieces_from(doc, lines, piece, i) +
                   ") are kept on the paragraph before them, in the order printed; their place in it is uncertain "
                   "(compare with the PDF)");
}

// After a piece set apart from a justified line, a line set apart that
// opens with a preambular lead opens a paragraph in the preamble, though it
// starts in lower case (Russian) and the piece ends no clause; one that
// opens in lower case otherwise goes on the paragraph the pieces went on,
// though a piece ends with a comma (the rest of the paragraph, printed
// after the pieces of its cut line: "Welcoming" / "particularly," / "all
// international ...").
void line_after_pieces(Document& doc, const std::vector<BodyLine>& lines, const std::vector<bool>& piece, std::size_t k,
                       std::size_t i, const Line& p, const Line& c, const PartsRead& parts, std::string& reason) {
  if (!piece[k] || piece[i] || lines[i].gap == 0) return;
  const std::string_view ct = trim(c.text);
  const bool lead = opens_with_preambular_lead(ct, parts.language);
  std::size_t at = 0;
  if (reason.empty() && !lead && !ct.empty() && is_lower_letter(next_code_point(ct, at)) && !starts_numbered(Subject(ct)))
    reason = "the paragraph goes on after the pieces plain pdftotext set apart from one of its lines";
  if (reason.empty() || !parts.in_preamble || !lead) return;
  keep_boundary(doc, lines[i].ref, p, c, "split_preambular_paragraph",
                "a preambular paragraph opens: the line starts with a lead word after a piece of a justified line "
                "that plain pdftotext set apart",
                kPreambularSplitConfidence, reason);
}

void unwrap_lines(Document& doc, const PassContext& ctx) {
  const auto lines = body_lines(doc);
  std::vector<detail::LineRef> refs;
  for (const BodyLine& b : lines) refs.push_back(b.ref);
  detail::mend_signature_marks(doc, refs, kUnwrap, ctx.dictionary);
  const std::vector<bool> signature = detail::signature_blocks(doc, refs);
  // Right-to-left lines are measured mirrored: `geo` is the geometry read.
  const std::optional<Document> mirrored = mirrored_right_to_left(doc);
  const Document& geo = mirrored ? *mirrored : doc;
  const Layout layout = read_layout(geo, lines);
  const std::vector<double> edges = line_edges(geo, lines, right_margins(geo));
  const std::vector<double> lefts = left_edges(geo);
  doc.blocks.clear();
  // A table's cells are blocks of their own, made where its first line
  // stands; the text after it starts a block.
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> table_of;
  for (std::size_t t = 0; t < doc.tables.size(); ++t)
    for (const PrintedRow& row : doc.tables[t].rows)
      for (const PrintedCell& cell : row.cells)
        for (const CellPiece& pc : cell.pieces) table_of.emplace(std::pair{pc.page, pc.line}, t);
  std::vector<bool> made(doc.tables.size(), false);
  std::size_t prev_i = std::string::npos;  // the last line of text (not of a table) taken
  PartsRead parts{language_of(doc), carries_font_styles(geo, lines)};
  const std::vector<bool> piece = set_apart_pieces(geo, lines, layout, parts.language);
  bool prev_joined = false;                // the last line taken went on the block before it
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& line = detail::at(doc, lines[i].ref);
    if (line.in_table) {
      if (auto t = table_of.find({lines[i].ref.page, lines[i].ref.line}); t != table_of.end() && !made[t->second]) {
        made[t->second] = true;
        table_blocks(doc, t->second);
      }
      prev_i = std::string::npos;
      continue;
    }
    auto [text, marks] = collapsed(line);
    std::string reason;
    if (prev_i != std::string::npos && prev_i + 1 == i && !doc.blocks.empty()) {
      // After a fragment joined to the line above it, or a name's number
      // (name_number), that line decides.
      std::size_t k = i - 1;
      const bool after_fragment =
          prev_joined && i >= 2 &&
          fragment_of_line_above(detail::at(doc, lines[i - 1].ref), detail::at(doc, lines[i - 2].ref), lines[i - 1],
                                 lines[i - 2], detail::at(geo, lines[i - 2].ref).font_size);
      const bool after_name_number = prev_joined && i >= 2 &&
                                     name_number(detail::at(geo, lines[i - 2].ref), detail::at(geo, lines[i - 1].ref),
                                                 lines[i - 1]);
      if (after_fragment || after_name_number) k = i - 2;
      const Line& p = detail::at(geo, lines[k].ref);
      const Line& c = detail::at(geo, lines[i].ref);
      reason = continuation_reason(p, c, lines[k], lines[i], layout, edges[k], lefts);
      if (reason.empty() && prev_joined && name_number(p, c, lines[i]))
        reason = "a roman numeral alone after a name, mid-sentence: the name's number (\"" +
                 std::string(tail_bytes(trim(p.text), 20)) + " " + std::string(trim(c.text)) + "\"), no section's label";
      if (piece[i]) join_set_apart_piece(doc, lines, piece, i, p, reason);
      line_after_pieces(doc, lines, piece, k, i, p, c, parts, reason);
      // A letter's signature block ends the letter: what the next page
      // prints (an annex's heading or date) never goes on after it.
      if (signature[k] && lines[k].ref.page != lines[i].ref.page) reason.clear();
      if (!reason.empty() && signature[k] && signature[i]) keep_signature_line(doc, lines[i].ref, p, c, reason);
      if (!reason.empty() && k + 1 < i)
        reason += " (over \"" + std::string(trim(detail::at(doc, lines[i - 1].ref).text)) +
                  (after_fragment ? "\" before it, a fragment OCR split off the line above)"
                                  : "\" before it, the number of the name that line ends with)");
      if (!reason.empty() && lost_right_to_left_line(p, c, lines[k], lines[i], layout, edges[k], lefts))
        doc.log.warn(std::string(kUnwrap), doc.position_of(lines[i].ref.page, lines[i].ref.line),
                     "the space of a line or two between two lines of one paragraph: lines OCR lost? (joined; "
                     "compare with the page image)");
      keep_paragraphs_apart(doc, lines[i].ref, p, c, text,
                            i + 1 < lines.size() ? trim(detail::at(doc, lines[i + 1].ref).text) : std::string_view(),
                            parts, layout, reason);
    }
    parts.take(Subject(trim(line.text)));
    prev_joined = !reason.empty();
    prev_i = i;
    const Origin origin{0, static_cast<int>(lines[i].ref.page) + 1, static_cast<int>(lines[i].ref.line)};
    if (reason.empty()) {
      Block block;
      block.text = std::move(text);
      block.marks = std::move(marks);
      block.origins.push_back(origin);
      doc.blocks.push_back(std::move(block));
      continue;
    }
    Block& block = doc.blocks.back();
    const Line& prev = detail::at(doc, lines[i - 1].ref);
    // After a note mark ending the line, the space the mark stands before
    // on a line's inside ("号、1 2012年").
    const bool after_mark = !block.marks.empty() && block.marks.back().offset >= block.text.size();
    // No script sets a space inside a bracket: a line that ends with one
    // opened joins the next with none where the next closes it ("المادة 2 ("
    // | "4)": Article 2 (4)); OCR's specks ("UBRAR'(" | "ocr i - 1.w") keep
    // their space.
    const char open = block.text.empty() ? '\0' : block.text.back();
    const std::size_t closed = text.find(open == '(' ? ')' : ']'), reopened = text.find(open);
    const bool bracket_open = (open == '(' || open == '[') && closed != std::string_view::npos && closed < reopened;
    const std::string_view glue =
        prev.join_without_space || (joins_unspaced(block.text, text) && !after_mark) ||
                (doc.language == "zh" && splits_symbol(block.text, text)) || bracket_open
            ? ""
            : " ";
    // Whole characters around the join, each edit text made in one allocation.
    const std::string_view tail = tail_bytes(block.text, 20), head = head_bytes(text, 20);
    std::string before, after;
    before.reserve(tail.size() + 1 + head.size());
    before.append(tail).append("\n").append(head);
    after.reserve(tail.size() + glue.size() + head.size());
    after.append(tail).append(glue).append(head);
    block.text += glue;
    const std::size_t base = block.text.size();
    block.text += text;
    for (NoteMark& m : marks) {
      m.offset += base;
      block.marks.push_back(m);
    }
    block.origins.push_back(Origin{base, origin.page, origin.line});
    detail::record_line_edit(doc, kUnwrap, "join_lines", lines[i].ref, 0, std::move(before), std::move(after),
                             reason, 0.9);
  }
}


}  // namespace akn
