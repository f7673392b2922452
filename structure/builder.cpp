// recover_structure: one StructureBuilder per document, reading its blocks in
// order and placing each in the zone it belongs to. One method per zone:
// the preface (adoption line, report line, number and title, sponsors), the
// preamble (formula, preambular paragraphs with their points), the operative
// part (numbered paragraphs, points, headings between paragraphs, parts with
// their own numbers), texts the resolution adopts, annexes, conclusions;
// a document with no enacting formula is read as a record (a sequence of
// paragraphs under its headings).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "core/dates.hpp"
#include "core/digits.hpp"
#include "core/language.hpp"
#include "core/preambular_leads.hpp"
#include "core/regex.hpp"
#include "core/symbol_match.hpp"
#include "core/text.hpp"
#include "core/un_vocabulary.hpp"
#include "structure/helpers.hpp"
#include "structure/note_homes.hpp"
#include "structure/numbering.hpp"
#include "structure/patterns.hpp"
#include "structure/structure.hpp"
#include "structure/typography.hpp"

namespace akn {

namespace {
using structure::BlockStyle;
using structure::Patterns;

constexpr std::string_view kStage = "structure";

// Thresholds of the structure builder.
// A heading or title line is at most this long (bytes); a paragraph is longer.
constexpr std::size_t kMaxHeadingBytes = 300;
// A heading between operative paragraphs that the source does not set in its
// own type (a text dump) is taken only when it is this short.
constexpr std::size_t kMaxPlainSubheadingBytes = 160;
// Unnumbered text after an operative paragraph that ends on an article or
// preposition is a doubt of the structure (a cut sentence) when it has at
// least this many words: a line of running text (A/RES/80/7's "Appeals to
// Member States to continue to support the activities of the": 12), not a
// table's cell ("Congo, Democratic Republic of the": 5).
constexpr std::size_t kCutLineWords = 8;
constexpr std::size_t kCutExcerptBytes = 40;  // of such text, quoted in the warning
// Title lines taken under an annex label, and under a text the resolution adopts.
constexpr std::size_t kAnnexTitleLines = 4;
constexpr std::size_t kAdoptedTitleLines = 3;
// The type of a document is read from at most this many of its opening
// texts (a scanned masthead may leave several lines of noise before the title).
constexpr std::size_t kOpeningTexts = 12;
// A record's "Held at ... on <day>" line stands among its first blocks.
constexpr std::size_t kOpeningBlocks = 16;
// Lead words in italics longer than this are not a paragraph's lead.
constexpr std::size_t kMaxLeadBytes = 80;
// What a paragraph announces is items of their own when every block is
// prose: a closed sentence, or an open one at least this long, with at most
// this share of words that are figures (else they are a table's rows).
constexpr std::size_t kMinOpenProseBytes = 120;
constexpr double kMaxProseFigureShare = 0.1;
// Another resolution printed after the conclusions has its enacting formula
// within this many blocks (its number, its title over a line or two, a
// running head read between them).
constexpr std::size_t kMaxHeadBlocks = 4;

// Notes the notes pass did not collect on an OCR page (no separator read
// over them: the 1971 volume's right column) are set in type at most this
// share of the body's median size (8 pt under 10 pt; OCR sizes are rough,
// so the share is lower than the 0.92 a text layer allows).
constexpr double kFootTypeShare = 0.85;

// A date line (the masthead's date of issue) is never the title, even as OCR
// misread it: its one word is at most this many edits from a month name of
// the six languages ("Aprii", "avrll"), beside a year of this many figures.
constexpr std::size_t kDateLineMonthEdits = 1;
constexpr std::size_t kDateLineYearFigures = 4;
// A title names something in words: it prints at least this many letters in
// words of two letters or more ("I I'", specks of a stamp that OCR read as
// letters standing alone, names nothing).
constexpr std::size_t kTitleMinWordLetters = 4;
// A text that opens with a part (take_opening_part) is told by the next
// part's number: roman numerals are read up to this value.
constexpr int kMaxPartNumeral = 100;
// A first text that closes a sentence and is at least this long is a
// paragraph of the text (a scan whose title OCR did not read), never the
// title: the document is given no title, and no later text is taken for it.
constexpr std::size_t kMinParagraphBytes = 120;
// The most digits a paragraph number has (kParagraphNumberPattern's "12.", "١٢ -").
constexpr std::size_t kMaxParagraphNumberDigits = 3;
// A preambular paragraph OCR ran into the one before it (preambular_cuts):
// the line before ends a clause with at most this many marks (characters)
// after its comma ("!°", a note's number misread), and the line that opens
// the paragraph is indented at least this many ems (its type's size) past
// the page's left margin (the UN indents a paragraph's first line by about
// 3.5 ems; a point's label hangs further still).
constexpr std::size_t kMaxMarkJunk = 4;
// A resolution's number read in a document that is not a resolution's
// (no "/RES/" symbol) is a resolution's only when the enacting formula
// follows within this many blocks of text (its title: own_number_alone).
constexpr std::size_t kNumberAloneToFormula = 2;
constexpr double kMinLeadIndentEm = 1.5;

// The separator between a resolution's number and its title as the text
// writes it (Patterns::number_title's group 2): ". " after a full stop, the
// dash with a space on each side it has one ("79/100 – Title"), else " ".
std::string separator_as_printed(std::string_view printed) {
  const std::size_t dash = printed.find_first_not_of(" \t\n\r\f\v");
  if (dash == std::string_view::npos) return " ";
  if (printed[dash] == '.') return ". ";
  std::size_t end = dash;
  (void)next_code_point(printed, end);
  return std::string(dash > 0 ? " " : "") + std::string(printed.substr(dash, end - dash)) + (end < printed.size() ? " " : "");
}

// The symbol `symbol` (derived from a resolution's number) as a page's
// masthead or furniture prints it (the running heads, the stamp line over
// the masthead), read tolerantly: OCR may put spaces around its slashes,
// read a slash as "v", "l", "I", "1", "|" or "\\", or change the case of
// its letters ("Avres/78/171" for "A/RES/78/171"); its figures must be
// those of the number. The text matched on the first line that has it, or
// nullopt.
std::optional<std::string> symbol_in_furniture(const Document& doc, const std::string& symbol) {
  std::string pattern = "(?<![\\p{L}0-9])";
  for (const char c : symbol) {
    if (c == '/') pattern += " ?[/vlI1|\\\\]? ?";
    else if (c == '.') pattern += "\\.?";
    else if (std::isalnum(static_cast<unsigned char>(c))) pattern += c;
    else pattern += std::string("\\") + c;
  }
  pattern += "(?![0-9])";
  const Regex tolerant(pattern, "i");
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines) {
      if (line.role != LineRole::furniture && line.role != LineRole::masthead) continue;
      if (auto m = tolerant.search(line.text)) return std::string(m->str(line.text));
    }
  return std::nullopt;
}

// Another symbol of the same series that the masthead or furniture prints
// exactly ("A/RES/78/172" where the number read is 78/171), or nullopt.
std::optional<std::string> other_symbol_in_furniture(const Document& doc, const std::string& prefix,
                                                     const std::string& symbol) {
  std::string escaped;
  for (const char c : prefix) escaped += std::isalnum(static_cast<unsigned char>(c)) ? std::string(1, c) : "\\" + std::string(1, c);
  const Regex exact("(?<![\\p{L}0-9])" + escaped + "[0-9]+(?:/[0-9]+)*(?![0-9/])");
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines) {
      if (line.role != LineRole::furniture && line.role != LineRole::masthead) continue;
      for (const auto& m : exact.find_all(line.text))
        if (m.str(line.text) != symbol) return std::string(m.str(line.text));
    }
  return std::nullopt;
}

// Lines of a table that a paragraph announces, kept in it as text.
struct TableRun {
  std::size_t first_block = 0, rows = 0;
  std::string para;
};

class StructureBuilder {
 public:
  // `first`: the block to start at; a resolution printed after another's
  // conclusions (`following`) starts there, and takes none of the page's
  // masthead values (they are the first resolution's), only its language
  // and body.
  explicit StructureBuilder(const Document& doc, std::size_t first = 0, bool following = false)
      : doc_(doc), re_(structure::patterns()), first_(first), following_(following) {
    res_.source = doc.source;
    if (following) {
      res_.meta.language = doc.meta.language;
      res_.meta.body = doc.meta.body;
    } else {
      res_.meta = doc.meta;
    }
    res_.footnotes = doc.footnotes;
    for (std::size_t i = 0; i < doc.footnotes.size(); ++i) note_index_.emplace(doc.footnotes[i].marker, i);
    if (!res_.meta.language) {
      const std::string lang = doc.language ? *doc.language : detect_language(doc);
      if (!lang.empty()) res_.meta.language = lang;
    }
    // When no pass built blocks, every body line is a block.
    if (doc.blocks.empty()) {
      for (std::size_t p = 0; p < doc.pages.size(); ++p)
        for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l)
          if (doc.pages[p].lines[l].role == LineRole::body)
            line_blocks_.push_back(Block{collapse_spaces(doc.pages[p].lines[l].text),
                                         {Origin{0, static_cast<int>(p) + 1, static_cast<int>(l)}}, {}});
      blocks_ = &line_blocks_;
    }
    index_tables();
    styles_.reserve(blocks_->size());
    for (const Block& block : *blocks_) styles_.push_back(structure::style_of(doc, block));
  }

  Resolution build() {
    for (std::size_t b = first_; b < blocks_->size() && next_start_ == kNoBlock; ++b) {
      if (is_blank(text_at(b))) continue;
      place(b);
    }
    if (!res_.formula && res_.preamble.empty() && res_.operative.empty() && res_.sections.empty() &&
        !preface_blocks_.empty() && blocks_ == &doc_.blocks) {
      read_as_record();
    } else {
      for (std::size_t b : preface_blocks_)
        warn(b, "text before the enacting formula kept in the preface: \"" + std::string(head_bytes(text_at(b), 60)) + "\"");
    }
    finish();
    if (!following_) {
      read_following();
      place_notes_of_following();
    }
    return std::move(res_);
  }

 private:
  enum class Zone { preface, preamble, operative, conclusions, annex };

  // Places block b (and any blocks it takes with it, advancing b).
  void place(std::size_t& b) {
    if (take_table(b) || take_annex(b) || take_conclusions(b)) return;
    if (take_misread_label(b)) return;
    if ((zone_ == Zone::preamble || zone_ == Zone::operative) && take_foot_notes(b)) return;
    if (zone_ == Zone::conclusions && take_following_resolution(b)) return;
    if (zone_ == Zone::annex) {
      if (take_heading(b, res_.annexes.back().paragraphs)) return;
      place_paragraph(res_.annexes.back().paragraphs, b, false);
      return;
    }
    if (zone_ == Zone::preface) {
      take_preface(b);
      return;
    }
    if (take_section(b) || take_adopted_text(b)) return;
    const std::string_view t = text_at(b);
    std::vector<OperativeParagraph>& operative = current_operative();
    if (re_.operative.search(t)) {
      if (zone_ == Zone::conclusions) warn(b, "numbered paragraph after the conclusions");
      zone_ = Zone::operative;
      place_paragraph(operative, b, false);
      announced_ = t.ends_with(":");
      announced_items_.reset();
      table_announced_ = false;
      return;
    }
    if (zone_ == Zone::operative && re_.point.search(t) && !operative.empty()) {
      place_paragraph(operative, b, false);
      announced_ = false;
      return;
    }
    if (zone_ == Zone::preamble) {
      // The adoption line a plain text dump prints after the title's line
      // that ends with the formula, before the first preambular paragraph.
      if (res_.preamble.empty() && !res_.adoption_line && take_adoption_lines(b)) return;
      take_preamble(b);
      return;
    }
    if (zone_ == Zone::operative && !operative.empty()) {
      if (take_heading(b, operative)) return;
      place_paragraph(operative, b, true);
      return;
    }
    if (zone_ == Zone::conclusions) {
      take_text_after_conclusions(b);
      return;
    }
    warn(b, "text after the conclusions not placed in the body: \"" + std::string(head_bytes(t, 60)) + "\"");
    res_.other_preface.push_back(rich(b));
  }

  // Whether block b's first line was read by OCR.
  bool read_by_ocr(std::size_t b) const {
    if (b >= blocks_->size() || (*blocks_)[b].origins.empty()) return false;
    const Origin& o = (*blocks_)[b].origins.front();
    return o.page >= 1 && static_cast<std::size_t>(o.page) <= doc_.pages.size() &&
           doc_.pages[static_cast<std::size_t>(o.page - 1)].ocr;
  }

  // The median type size of the OCR lines of block b; 0 when its lines
  // were not read by OCR or carry no size. Right-to-left lines carry none
  // that tells small type: Tesseract measures a row's type from its
  // x-height, which Arabic letters do not have (the six-language fixture's
  // Arabic scan reads lines of one paragraph 7.6 and 19 pt; its point (h)
  // at the foot of page 4 was taken for notes in small type and moved to
  // the end of the document).
  double ocr_block_size(std::size_t b) const {
    if (b >= blocks_->size()) return 0;
    std::vector<double> sizes;
    for (const Origin& o : (*blocks_)[b].origins) {
      if (o.page < 1 || static_cast<std::size_t>(o.page) > doc_.pages.size()) continue;
      const Page& page = doc_.pages[static_cast<std::size_t>(o.page - 1)];
      if (!page.ocr || o.line < 0 || static_cast<std::size_t>(o.line) >= page.lines.size()) continue;
      if (page.lines[static_cast<std::size_t>(o.line)].right_to_left) continue;
      const double size = page.lines[static_cast<std::size_t>(o.line)].font_size;
      if (size > 0) sizes.push_back(size);
    }
    if (sizes.empty()) return 0;
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
    return sizes[sizes.size() / 2];
  }

  // The median type size of the document's OCR body lines; 0 when none.
  double ocr_body_size() const {
    std::vector<double> sizes;
    for (const Page& page : doc_.pages)
      if (page.ocr)
        for (const Line& line : page.lines)
          if (line.role == LineRole::body && line.font_size > 0) sizes.push_back(line.font_size);
    if (sizes.empty()) return 0;
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
    return sizes[sizes.size() / 2];
  }

  // Where small type at the foot of an OCR page (take_foot_notes) that
  // starts at block b ends; 0 when none starts there.
  std::size_t foot_notes_end(std::size_t b) {
    if (body_size_ < 0) body_size_ = ocr_body_size();
    const double small = kFootTypeShare * body_size_;
    auto is_small = [&](std::size_t k) {
      const double size = ocr_block_size(k);
      return size > 0 && size <= small;
    };
    if (body_size_ <= 0 || b == 0 || b >= blocks_->size() || !is_small(b) || is_small(b - 1)) return 0;
    const int page = (*blocks_)[b].origin_at(0).page;
    std::size_t end = b;
    while (end < blocks_->size() && (is_blank(text_at(end)) || ((*blocks_)[end].origin_at(0).page == page && is_small(end)))) ++end;
    if (end < blocks_->size() && (*blocks_)[end].origin_at(0).page == page) return 0;  // text goes on under them
    return end;
  }

  // Small type at the foot of an OCR page after the text (notes the notes
  // pass did not collect: their separator was not read): from block b,
  // every block to the end of the page is in type of at most
  // kFootTypeShare of the body's, and the block before b is not. They do
  // not become paragraphs: they are kept in reading order, apart, in an
  // attachment of their own ("notesNotCollected"), with a warning; the
  // text goes on on the next page in the zone it was in.
  bool take_foot_notes(std::size_t& b) {
    const std::size_t end = foot_notes_end(b);
    if (end == 0) return false;
    warn(b, std::to_string(end - b) + " blocks in small type at the foot of the page after the text (notes whose separator "
            "was not read?) kept apart from the paragraphs, in reading order, as an attachment: \"" +
            std::string(head_bytes(text_at(b), 60)) + "\"");
    Annex notes;
    notes.name = "notesNotCollected";
    for (std::size_t k = b; k < end; ++k)
      if (!is_blank(text_at(k))) notes.paragraphs.push_back(OperativeParagraph{"", rich(k), {}, std::nullopt});
    res_.annexes.push_back(std::move(notes));
    b = end - 1;  // the text may go on on the next page, in the zone it was in
    return true;
  }

  // Text after the conclusions: a page that prints several resolutions one
  // after another (an Official Records volume), or matter printed under
  // them. It is neither dropped nor moved before the text: it opens an
  // attachment of its own, "textAfterConclusions", whose paragraphs keep it
  // in reading order up to the end (another resolution's formula and
  // conclusions included), with a warning.
  void take_text_after_conclusions(std::size_t b) {
    warn(b, "text after the conclusions kept in reading order as an attachment of its own (another resolution "
            "printed on the same page?): \"" + std::string(text_at(b).substr(0, 60)) + "\"");
    Annex after;
    after.name = "textAfterConclusions";
    res_.annexes.push_back(std::move(after));
    zone_ = Zone::annex;
    place_paragraph(res_.annexes.back().paragraphs, b, false);
  }

  // Another resolution printed after the conclusions (an Official Records
  // volume): its enacting formula follows within a few blocks (its number
  // and title before it), before any conclusions. This resolution ends
  // before block b; the next is read from b by a builder of its own
  // (read_following).
  bool take_following_resolution(std::size_t b) {
    for (std::size_t k = b, seen = 0; k < blocks_->size() && seen <= kMaxHeadBlocks; ++k) {
      const std::string_view t = text_at(k);
      if (is_blank(t)) continue;
      if (re_.meeting.search(t)) return false;
      if (re_.formula.search(t) || !garbled_formula_body(t).empty()) {
        next_start_ = b;
        return true;
      }
      ++seen;
    }
    return false;
  }

  // The resolutions printed after this one, each read from where the one
  // before it ended, kept in reading order with its own structure and
  // date; their warnings and edits are this document's.
  void read_following() {
    for (std::size_t start = next_start_; start != kNoBlock;) {
      StructureBuilder builder(doc_, start, true);
      Resolution next = builder.build();
      const std::string name = next.number ? next.number_prefix + *next.number : std::string("with no number");
      warn(start, "another resolution printed after the conclusions (" + name +
                      ") kept in reading order, with its own structure, as an attachment");
      warn_cut_off(start, next, name);
      for (Diagnostic& d : next.warnings) {
        d.message = "resolution " + name + ": " + d.message;
        res_.warnings.push_back(std::move(d));
      }
      for (Edit& e : next.edits) res_.edits.push_back(std::move(e));
      next.warnings.clear();
      next.edits.clear();
      res_.following.push_back(std::move(next));
      following_starts_.push_back(start);
      start = builder.next_start_;
    }
  }

  // The notes no reference was linked to, on pages that print several
  // resolutions: each goes with the resolution that holds its mark, as the
  // order of the notes and marks tells it (structure/note_homes.hpp).
  void place_notes_of_following() {
    if (res_.following.empty()) return;
    auto name = [](const Resolution& r) { return r.number ? r.number_prefix + *r.number : std::string("with no number"); };
    std::vector<std::string> names{name(res_)};
    for (const Resolution& r : res_.following) names.push_back(name(r));
    NoteHomes homes = place_unlinked_notes(doc_, *blocks_, first_, following_starts_, note_index_, names);
    res_.note_home = std::move(homes.home);
    for (Diagnostic& d : homes.warnings) res_.warnings.push_back(std::move(d));
  }

  // A resolution printed after another's conclusions closes with
  // conclusions of its own, as the one before it did. One that has none
  // where the text ends goes on on a page this document does not hold (a
  // page of a volume cut out of it): its text is read only as far as it
  // is printed, and the document says so.
  void warn_cut_off(std::size_t start, const Resolution& next, const std::string& name) {
    if (next.conclusion || !res_.conclusion) return;
    std::string last;
    if (!next.operative.empty()) last = next.operative.back().text.text;
    else if (!next.preamble.empty()) last = next.preamble.back().text.text;
    const bool mid_preamble = next.operative.empty() && !next.preamble.empty();
    warn(start, "resolution " + name + " has no conclusions (meeting and date), though the resolution before it has: its text "
                "probably goes on on a page this document does not hold, and is read only as far as it is printed" +
                (mid_preamble ? std::string(", ending in its preamble (\"") + std::string(tail_bytes(last, 40)) + "\")" : std::string()));
  }

  // The tables cleanup found (Document::tables): which block each starts
  // with and ends with (its cells are consecutive blocks, row by row).
  void index_tables() {
    if (blocks_ != &doc_.blocks) return;
    for (std::size_t t = 0; t < doc_.tables.size(); ++t) {
      std::size_t first = kNoBlock, last = 0;
      for (const PrintedRow& row : doc_.tables[t].rows)
        for (const PrintedCell& cell : row.cells) {
          if (cell.block == kNoBlock || cell.block >= blocks_->size()) continue;
          first = std::min(first, cell.block);
          last = std::max(last, cell.block);
        }
      if (first == kNoBlock) continue;
      table_first_.emplace(first, std::pair{t, last});
      if (table_block_.size() <= last) table_block_.resize(last + 1, false);
      std::fill(table_block_.begin() + static_cast<std::ptrdiff_t>(first), table_block_.begin() + static_cast<std::ptrdiff_t>(last) + 1, true);
    }
  }

  // Table t as structure keeps it: each cell's text with its notes and origins.
  Table table_of(std::size_t t) const {
    const PrintedTable& printed = doc_.tables[t];
    Table out;
    out.columns = printed.columns;
    for (const PrintedRow& row : printed.rows) {
      TableRow r;
      r.header = row.header;
      for (const PrintedCell& cell : row.cells)
        if (cell.block != kNoBlock && cell.block < blocks_->size()) r.cells.push_back(TableCell{cell.column, cell.span, rich(cell.block)});
      if (!r.cells.empty()) out.rows.push_back(std::move(r));
    }
    return out;
  }

  // A table starting at block b: taken whole (b advances to its last cell),
  // printed after the paragraph before it. In the preface its first block
  // stands for it until the text is known to be a record.
  bool take_table(std::size_t& b) {
    const auto it = table_first_.find(b);
    if (it == table_first_.end()) return false;
    const std::size_t first = b;
    b = it->second.second;
    Table table = table_of(it->second.first);
    if (zone_ == Zone::preface && !read_as_record_) {
      preface_blocks_.push_back(first);
      keep_as_text(std::move(table), first);
      return true;
    }
    place_table(std::move(table), first);
    return true;
  }

  // Whether block b is a cell of a table: no heading or title line.
  bool table_block(std::size_t b) const { return b < table_block_.size() && table_block_[b]; }

  // The table after the last paragraph of the operative part, an annex or a
  // record (on its own, in an unnumbered paragraph without text, where none
  // precedes it: under an annex's title); elsewhere (a preamble, the
  // conclusions) its rows are kept as text, in reading order.
  void place_table(Table table, std::size_t first) {
    std::vector<OperativeParagraph>* target = nullptr;
    if (zone_ == Zone::annex) target = &res_.annexes.back().paragraphs;
    else if (zone_ == Zone::operative || read_as_record_) target = &current_operative();
    if (!target) {
      keep_as_text(std::move(table), first);
      return;
    }
    if (target->empty()) target->push_back(OperativeParagraph{"", RichText{}, {}, std::nullopt});
    target->back().tables.push_back(std::move(table));
    table_announced_ = announced_ || table_announced_;
    announced_ = false;
  }

  // Appends `more` to `into`, `glue` (a space) between them when `into`
  // holds text, no space where Chinese text joins with none
  // (joins_unspaced: "所载的原" and "则；", which a plain dump set apart by
  // a blank line); its note references and source lines move along. Its
  // italic runs are not carried: they mark a paragraph's lead words, and
  // `more` goes on a paragraph.
  static void append_text(RichText& into, const RichText& more, std::string_view glue = " ") {
    if (!into.text.empty()) into.text += glue == " " && joins_unspaced(into.text, more.text) ? "" : glue;
    const std::size_t base = into.text.size();
    into.text += more.text;
    for (NoteRef n : more.notes) into.notes.push_back({n.offset + base, n.footnote});
    for (Origin o : more.source) into.source.push_back(Origin{o.offset + base, o.page, o.line, o.column});
  }

  // A table's rows as text, each row one paragraph of its cells in order.
  void keep_as_text(Table table, std::size_t first) {
    std::vector<RichText> rows;
    for (TableRow& row : table.rows) {
      RichText r;
      for (const TableCell& cell : row.cells) append_text(r, cell.text);
      rows.push_back(std::move(r));
    }
    if (zone_ == Zone::preface && !read_as_record_) {
      for (RichText& r : rows) res_.other_preface.push_back(std::move(r));
      return;
    }
    warn(first, "a table of " + std::to_string(rows.size()) + " rows where no paragraph announces it: kept as text, row by row");
    for (RichText& r : rows) {
      if (read_as_record_) {
        current_operative().push_back(OperativeParagraph{"", std::move(r), {}, std::nullopt});
      } else if (zone_ == Zone::preamble) {
        auto& preamble = res_.sections.empty() ? res_.preamble : res_.sections.back().preamble;
        preamble.push_back(PreambularParagraph{"", std::move(r)});
      } else if (zone_ == Zone::operative || zone_ == Zone::annex) {
        std::vector<OperativeParagraph>& target = zone_ == Zone::annex ? res_.annexes.back().paragraphs : current_operative();
        target.push_back(OperativeParagraph{"", std::move(r), {}, std::nullopt});
      } else {
        res_.other_preface.push_back(std::move(r));
      }
    }
  }

  // An annex label ("Annex II", "ANNEX 1 - Title") opens an annex.
  bool take_annex(std::size_t& b) {
    const std::string_view t = text_at(b);
    Annex annex;
    if (re_.annex.search(t)) {
      annex.label = std::string(t);
      if (annex.label.back() == '.') {
        annex.label.pop_back();
        record_label(b, std::string(t), annex.label, "an annex's label is kept without its closing full stop");
      }
      annex.heading = title_lines(b, kAnnexTitleLines);
    } else if (auto m = re_.annex_with_title.search(t); m && zone_ != Zone::preface) {
      annex.label = std::string(m->str(t, 1));
      record_label(b, std::string(trim(t.substr(0, m->groups[2].first))), annex.label,
                   "an annex's label is kept apart from the title printed after it on its line");
      annex.heading.push_back(rich(b, m->groups[2].first));
      std::vector<RichText> more = title_lines(b, kAnnexTitleLines - 1);
      annex.heading.insert(annex.heading.end(), more.begin(), more.end());
    } else {
      return false;
    }
    zone_ = Zone::annex;
    res_.annexes.push_back(std::move(annex));
    return true;
  }

  // The conclusions; they also close a text the resolution adopted (but
  // not an annex printed after them).
  bool take_conclusions(std::size_t b) {
    const std::string_view t = text_at(b);
    if (auto m = re_.meeting.search(t); m && zone_ != Zone::preface && !(zone_ == Zone::annex && res_.conclusion)) {
      zone_ = Zone::conclusions;
      if (!res_.conclusion) res_.conclusion.emplace();
      res_.conclusion->meeting = std::string(m->str(t, 1));
      if (m->has(2)) res_.conclusion->date = parse_date(m->str(t, 2));
      record_conclusions_bare(b, m->has(2) ? std::string(m->str(t, 1)) + " " + std::string(m->str(t, 2)) : std::string(m->str(t, 1)));
      return true;
    }
    // Its words misread by OCR, above the date: taken, with a warning.
    if (auto m = re_.misread_meeting.search(t);
        m && (zone_ == Zone::preamble || zone_ == Zone::operative) && !res_.conclusion &&
        re_.date_only.search(text_at(b + 1))) {
      zone_ = Zone::conclusions;
      res_.conclusion.emplace();
      res_.conclusion->meeting = std::string(m->str(t, 1));
      record_conclusions_bare(b, *res_.conclusion->meeting);
      warn(b, "meeting line read as printed, \"" + std::string(t) +
                  "\", though its words are not the known ones (misread?): taken for the conclusions, above their date");
      return true;
    }
    if (auto m = re_.date_only.search(t); m && zone_ == Zone::conclusions && res_.conclusion && !res_.conclusion->date) {
      res_.conclusion->date = parse_date(m->str(t, 1));
      record_conclusions_bare(b, std::string(m->str(t, 1)));
      return true;
    }
    return take_misread_conclusions_date(b);
  }

  // Under the meeting line, the date of the conclusions with its month
  // name misread by OCR (at most kDateLineMonthEdits edits: "دسمبر" for
  // "ديسمبر") is still their date, not text after them: taken as read,
  // with a warning. Where the adoption line gave the date, the one read
  // must fall in its month and year; where it gave none, the date read
  // does not date the Work (its day may be misread too: "9" for "19").
  bool take_misread_conclusions_date(std::size_t b) {
    if (zone_ != Zone::conclusions || !res_.conclusion || res_.conclusion->date) return false;
    const std::string_view t = text_at(b);
    const std::optional<Date> d = parse_date_misread_month(t, kDateLineMonthEdits);
    if (!d) return false;
    const std::optional<Date>& adopted = res_.adoption_date;
    if (adopted && (adopted->year != d->year || adopted->month != d->month)) return false;
    res_.conclusion->date = d;
    conclusions_date_misread_ = true;
    record_conclusions_bare(b, d->printed);
    warn(b, "date of the conclusions read with its month name misread, \"" + d->printed + "\": taken as " + d->iso() +
                (adopted && adopted->day != d->day ? " (the adoption line says " + adopted->iso() + ")" : "") +
                (adopted ? "" : "; it does not date the Work") + "; compare with the page image");
    return true;
  }

  // The adoption line ("Resolution adopted by the General Assembly on 19
  // December 2023", "Adopted by the Security Council at its 9650th
  // meeting, on ...") and the report line ("[on the report of the Second
  // Committee (...)]"), each a block of its own or, as a plain text dump
  // runs them into one paragraph, the adoption line with the report line
  // after it (split where the "[" opens).
  bool take_adoption_lines(std::size_t b) {
    const std::string_view t = text_at(b);
    if (take_adoption_line(t, b) || take_report_line(t)) return true;
    const std::size_t bracket = t.find(" [");
    if (bracket == std::string_view::npos) return false;
    const std::string_view head = t.substr(0, bracket), tail = t.substr(bracket + 1);
    if (!re_.report.search(tail) || !take_adoption_line(head, b)) return false;
    take_report_line(tail);
    record_label(b, std::string(t), std::string(head) + "\n" + std::string(tail),
                 "the adoption line and the report line after it, run into one paragraph, are read as the two lines they are",
                 "adoption_line_split");
    return true;
  }

  bool take_adoption_line(std::string_view t, std::size_t b) {
    if (auto m = re_.adopted.search(t)) {
      res_.adoption_line = std::string(t);
      res_.adoption_body = std::string(m->str(t, 1));
      if (res_.body.empty()) res_.body = vocabulary::english_body_name(m->str(t, 1));
      if (m->has(2)) res_.adoption_date = parse_date(m->str(t, 2));
      return true;
    }
    if (auto m = re_.adopted_at.search(t)) {
      res_.adoption_line = std::string(t);
      if (res_.body.empty() && m->has(1)) res_.body = vocabulary::english_body_name(m->str(t, 1));
      res_.adoption_meeting = std::string(m->str(t, 2));
      res_.adoption_date = parse_date(m->str(t, 3));
      if (!res_.adoption_date) take_misread_adoption_date(m->str(t, 3), b);
      return true;
    }
    return false;
  }

  // The date of an adoption line whose month name OCR misread ("10 حزيران
  // /بونيه 2024"): taken when the word is within kDateLineMonthEdits edits
  // of a month name, with a warning; else the line stays undated, with a
  // warning too.
  void take_misread_adoption_date(std::string_view printed, std::size_t b) {
    res_.adoption_date = parse_date_misread_month(printed, kDateLineMonthEdits);
    if (res_.adoption_date) {
      warn(b, "date of the adoption line read with its month name misread, \"" + std::string(printed) + "\": taken as " +
                  res_.adoption_date->iso() + "; compare with the page image");
      return;
    }
    warn(b, "the adoption line's date \"" + std::string(printed) + "\" names no month (misread on the scan?): it does not date the Work");
  }

  bool take_report_line(std::string_view t) {
    auto m = re_.report.search(t);
    if (!m) return false;
    res_.report_line = std::string(t);
    if (m->has(1)) res_.committee = std::string(m->str(t, 1));
    return true;
  }

  // The body an enacting formula names (re_.formula's match in `t`): the
  // English name it prints, with or without its comma, or a localized
  // one's English name.
  static std::string body_of_formula(const Regex::Match& m, std::string_view t) {
    if (m.has(1)) return std::string(m.str(t, 1));
    if (m.has(2)) return std::string(m.str(t, 2));
    return vocabulary::english_body_name(m.str(t, 3));
  }

  void take_preface(std::size_t b) {
    const std::string_view t = text_at(b);
    if (take_adoption_lines(b)) return;
    if (auto m = re_.formula.search(t)) {
      res_.formula = std::string(t);
      res_.body = body_of_formula(*m, t);
      zone_ = Zone::preamble;
      take_heading_before_sponsors();
      return;
    }
    if (auto m = re_.sponsors.search(t); m && !res_.sponsors && !res_.number) {
      Sponsors sp;
      sp.line = rich(b);
      sp.kind = std::string(m->str(t, 2));
      const std::string_view list = std::string_view(sp.line.text).substr(0, sp.line.text.rfind(':'));
      sp.names = sponsor_names(list);
      res_.sponsors = std::move(sp);
      // The title follows the sponsors; what came before was preface
      // (unless no title follows: take_heading_before_sponsors).
      if (res_.title) {
        heading_before_sponsors_ = title_like(res_.title->text) && only_blank_between(title_block_, b);
        res_.other_preface.insert(res_.other_preface.begin(), std::move(*res_.title));
        res_.title.reset();
      }
      return;
    }
    // Before the title: a misread formula after "Resolution 2999 (2026)"
    // is not the resolution's title.
    if (take_garbled_formula(b) || take_number_and_title(b)) return;
    res_.other_preface.push_back(rich(b));
    preface_blocks_.push_back(b);
  }

  // An enacting formula OCR misread ("The Securit: cil,"): near one known
  // body's formula and followed by a paragraph, as a formula is. The
  // printed text is kept as the formula and a warning says which body it
  // was taken for; a resolution's structure with a warning is better than
  // none (read_as_record).
  bool take_garbled_formula(std::size_t b) {
    const std::string_view t = text_at(b);
    const std::string body = garbled_formula_body(t);
    if (body.empty()) return false;
    std::size_t next = b + 1;
    while (next < blocks_->size() && is_blank(text_at(next))) ++next;
    if (next == blocks_->size() || text_at(next).size() <= t.size()) return false;
    res_.formula = std::string(t);
    res_.body = body;
    zone_ = Zone::preamble;
    take_heading_before_sponsors();
    warn(b, "enacting formula read as printed, \"" + std::string(t) + "\", taken for the formula of the " + body +
                " (a misread formula; the body comes from it)");
    return true;
  }

  // A draft whose formula follows its sponsor line with no title between
  // them, and that prints a heading right above the sponsor line (a 1970s
  // draft: the title of its agenda item as its heading): that heading is
  // its title, printed before the sponsors.
  void take_heading_before_sponsors() {
    if (!heading_before_sponsors_ || res_.title || !res_.sponsors || res_.other_preface.empty()) return;
    res_.title = std::move(res_.other_preface.front());
    res_.other_preface.erase(res_.other_preface.begin());
    res_.title_before_sponsors = true;
    heading_before_sponsors_ = false;
  }

  // Whether only blank blocks lie between blocks a and b (a < b).
  bool only_blank_between(std::size_t a, std::size_t b) const {
    for (std::size_t k = a + 1; k < b; ++k)
      if (!is_blank(text_at(k))) return false;
    return a < b;
  }

  // The line taken for the title before a numbered title or a number line
  // (block b) was found is preface matter: it goes to the preface, and a
  // warning says so (the title a reader sees changed).
  void demote_title(std::size_t b) {
    warn(title_block_, "the line first taken for the title, \"" + std::string(head_bytes(res_.title->text, 60)) +
                           "\", kept in the preface: the number printed after it (\"" +
                           std::string(head_bytes(text_at(b), 40)) + "\") opens the resolution");
    res_.other_preface.push_back(std::move(*res_.title));
    preface_blocks_.push_back(title_block_);
    res_.title.reset();
  }

  // "57/224. Title", "Resolution 2397 (2017)", or the first unplaced line as
  // the title. A numbered title, or a Council's number line, found after
  // another line was taken as the title replaces it (that line was preface
  // matter, such as the title of an agenda item, or a masthead line OCR
  // misread: "مجلس الأمن لمنتعدة© :ننوز[" for the organ and "Distr.:
  // General"). A meeting record prints no title: its masthead names the
  // meeting, and its first line is text (the list of members).
  bool take_number_and_title(std::size_t b) {
    const std::string_view t = text_at(b);
    if (!res_.number) {
      if (auto m = re_.number_alone.search(t); m && own_number_alone(b, m->str(t, 1))) {
        take_number_alone(b, std::string(m->str(t, 1)));
        return true;
      }
      // A title opens with a capital (in a script with case): "3/4 of the
      // work is done" is a fraction going on its sentence.
      if (auto m = re_.number_title.search(t); m && !starts_lowercase(m->str(t, 3))) {
        if (res_.title) demote_title(b);
        res_.number = session_numeral_read(b, std::string(m->str(t, 1)));
        res_.number_separator = separator_as_printed(m->str(t, 2));
        const std::size_t formula_at = formula_after_title(t, m->groups[3].first);
        res_.title = rich(b, title_start(b, m->groups[3].first), formula_at);
        title_block_ = b;
        if (formula_at != std::string_view::npos) take_formula_after_title(b, formula_at);
        return true;
      }
      if (auto m = re_.sc_number.search(t)) {
        if (res_.title) demote_title(b);
        res_.number_prefix = std::string(m->str(t, 1));
        res_.number = std::string(m->str(t, 2));
        res_.number_suffix = std::string(m->str(t, 3));
        return true;
      }
    }
    if (!res_.title && !res_.meta.meeting && !record_symbol() && !title_closed_) {
      if (!prints_a_letter(t)) return refuse_letterless_title(b);
      if (is_date_line(t)) return refuse_date_line_title(b);
      if (word_letters(t) < kTitleMinWordLetters) return refuse_wordless_title(b);
      if (re_.section_alone.search(t)) return refuse_part_number_title(b);
      if (is_masthead_matter(t) || (masthead_unread_ && opens_with_organ_in_capitals(t))) return refuse_masthead_title(b);
      if (is_paragraph(t)) return refuse_paragraph_title(b, "a sentence closed");
      if (ends_inside_sentence(t)) return refuse_paragraph_title(b, "ending in a comma or a semicolon, inside its sentence");
      res_.title = rich(b, title_after_number_alone(b));
      title_block_ = b;
      take_number_beside_title(b);
      return true;
    }
    return false;
  }

  // Whether text glued after `t` would be inside its word or figure: `t`
  // ends with a figure or a letter of a script that sets spaces between
  // words (not Han, not punctuation).
  static bool inside_word(std::string_view t) {
    const char32_t c = last_code_point(t);
    if (c < 0x80) return std::isalnum(static_cast<unsigned char>(c)) != 0;
    const Script script = script_of(c);
    return script != Script::han && script != Script::none;
  }
  // Han, or the punctuation set among it ("、", "，", full-width forms).
  static bool chinese(char32_t c) {
    return script_of(c) == Script::han || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
  }
  static bool ends_chinese(std::string_view t) { return !t.empty() && chinese(last_code_point(t)); }
  static bool starts_with_han(std::string_view t) {
    std::size_t i = 0;
    return !t.empty() && script_of(next_code_point(t, i)) == Script::han;
  }

  // The resolution's own number (its symbol's: "78/214" of A/RES/78/214)
  // printed at the end of one of the title's lines, before the formula
  // and with no number read yet: a -layout dump of a right-to-left page
  // sets it at the right of the title's first line, which the line gives
  // last ("... على العنف      78/214"), so the title read "... على العنف
  // 78/214 وممارسته ..."; a Chinese one sets "78/214." between the title's
  // two lines. The number is taken out of the title (a Chinese title's
  // lines then join without a space); an edit says where.
  void take_number_beside_title(std::size_t b) {
    if (res_.number || !res_.meta.symbol) return;
    const std::string own = resolution_number_of_symbol(*res_.meta.symbol);
    const Block& block = (*blocks_)[b];
    const std::string_view t = text_at(b);
    if (own.empty() || block.origins.size() < 2) return;
    for (std::size_t i = 0; i < block.origins.size(); ++i) {
      const std::size_t end = i + 1 < block.origins.size() ? block.origins[i + 1].offset : t.size();
      std::string_view line = trim_right(t.substr(0, end));
      const bool stop = line.ends_with(own + ".");
      if (stop) line.remove_suffix(1);
      if (!line.ends_with(own) || line.size() == own.size() || line.size() < block.origins[i].offset + own.size()) continue;
      const std::size_t at = line.size() - own.size();
      const std::string_view before = trim_right(t.substr(0, at));
      if (before.size() == at && inside_word(before)) continue;
      RichText title = rich(b, 0, before.size());
      if (end < t.size()) {
        RichText rest = rich(b, end);
        // Chinese goes on without a space (the Chinese title's two lines).
        append_text(title, rest, ends_chinese(title.text) && starts_with_han(rest.text) ? "" : " ");
      }
      res_.number = own;
      res_.number_separator = stop ? ". " : " ";
      record_number_read_first(b, at, b, "number_split_from_title",
                               "the resolution's own number, printed at the end of a line of its title, opens the title");
      res_.title = std::move(title);
      return;
    }
  }

  // The resolution's number alone in its block, as a plain dump prints it
  // on a line of its own ("78/214.", "ES-11/1.", Arabic "79/100"). Printed
  // between the title and the enacting formula (a Chinese dump: the
  // title's lines, "78/214.", "大会，"), it leaves the title taken right
  // before it; printed first, the title is the next line
  // (title_after_number_alone), and a line taken for the title before it
  // was preface matter (demote_title).
  void take_number_alone(std::size_t b, std::string number) {
    const bool after_title = res_.title && only_blank_between(title_block_, b) && formula_within(b, 1);
    if (res_.title && !after_title) demote_title(b);
    if (after_title)
      record_number_read_first(b, 0, title_block_, "number_read_first",
                               "the resolution's own number, printed on a line of its own after its title, opens the title");
    res_.number = session_numeral_read(b, std::move(number));
    res_.number_separator = text_at(b).ends_with('.') ? ". " : " ";
    number_alone_block_ = b;
  }

  // Whether a resolution's number alone in block b (`number`) numbers the
  // resolution the document is: in a resolution's document (its symbol
  // "A/RES/..."), as the symbol's own number ("78/214" of A/RES/78/214)
  // when that can be read; in any other document (a report's or a letter's
  // symbol, or none) only with the enacting formula within
  // kNumberAloneToFormula blocks of text after it (a fraction or a cited
  // resolution's number set apart on its line, "3/4", "77/225", is the
  // text's).
  bool own_number_alone(std::size_t b, std::string_view number) const {
    if (res_.meta.symbol && res_.meta.symbol->find("/RES/") != std::string::npos) {
      const std::string own = resolution_number_of_symbol(*res_.meta.symbol);
      return own.empty() || own == number;
    }
    return formula_within(b, kNumberAloneToFormula);
  }

  // Whether one of the `blocks` blocks of text after block b reads as the
  // enacting formula.
  bool formula_within(std::size_t b, std::size_t blocks) const {
    std::size_t seen = 0;
    for (std::size_t next = b + 1; next < blocks_->size() && seen < blocks; ++next) {
      if (is_blank(text_at(next))) continue;
      if (re_.formula.search(text_at(next))) return true;
      ++seen;
    }
    return false;
  }

  // Where the title taken from block b starts: past the separator dash that
  // opens its line right under the number alone on its line (the Arabic
  // "79/100" over "– مسألة أنغويلا": the dash goes with the number, as in
  // number_title), recorded as the number's separator; else 0.
  std::size_t title_after_number_alone(std::size_t b) {
    static const Regex kDash("^([\u2013\u2014]|-(?=\\s))\\s*");
    if (number_alone_block_ == kNoBlock || !only_blank_between(number_alone_block_, b)) return 0;
    const std::string_view t = text_at(b);
    const auto m = kDash.search(t);
    if (!m) return 0;
    res_.number_separator = " " + std::string(m->str(t, 1)) + " ";
    return m->groups[0].second;
  }

  // Where an enacting formula ("The General Assembly,", in any of the six
  // languages) printed at the end of the numbered title's line begins, as
  // a plain text dump runs the number, the title and the formula into one
  // paragraph ("78/152. Disaster risk reduction The General Assembly,"):
  // the formula that ends the line: the last word from which the rest of
  // the line is a formula, taken back over the words before it while the
  // rest still is one (its article: "La Asamblea General,"), with a title
  // before it; npos when the line does not end with one. The first such
  // word would take a title's own capitalised words into the formula ("...
  // and The Hague Conference on Private International Law The General
  // Assembly,": the generic "The ... Conference ... Assembly," form).
  std::size_t formula_after_title(std::string_view t, std::size_t title_from) const {
    if (!t.ends_with(",") && !t.ends_with("،") && !t.ends_with("，")) return std::string_view::npos;
    std::size_t found = std::string_view::npos;
    for (std::size_t at = t.rfind(' '); at != std::string_view::npos && at > title_from; at = t.rfind(' ', at - 1)) {
      const bool formula = re_.formula.search(t.substr(at + 1)).has_value();
      if (formula) found = at + 1;
      else if (found != std::string_view::npos) break;
      if (at == 0) break;
    }
    return found;
  }

  // The formula split from the title's line (formula_after_title) opens
  // the preamble; the title keeps its words as printed, and an edit says
  // where the line was split.
  void take_formula_after_title(std::size_t b, std::size_t formula_at) {
    const std::string_view t = text_at(b);
    const std::string_view formula = t.substr(formula_at);
    auto m = re_.formula.search(formula);
    res_.formula = std::string(formula);
    res_.body = body_of_formula(*m, formula);
    zone_ = Zone::preamble;
    std::string title(t.substr(0, formula_at));
    while (title.ends_with(' ')) title.pop_back();
    record_label(b, std::string(t), title + "\n" + std::string(formula),
                 "the enacting formula printed at the end of the numbered title's line ends the title and opens the preamble",
                 "formula_split_from_title");
  }

  // Where the title after the number starts: past a stray quote OCR read
  // between the number and Han text ("78/214. ”打击", see
  // structure::stray_quote_after_label), an edit.
  std::size_t title_start(std::size_t b, std::size_t from) {
    const std::string_view t = text_at(b);
    const auto r = structure::stray_quote_after_label(t, from, read_by_ocr(b));
    if (!r) return from;
    const std::size_t after = t.find(r->printed, from) + r->printed.size();
    record_label(b, std::string(head_bytes(t, after + 12)), std::string(t.substr(0, from)) + std::string(head_bytes(t.substr(after), 12)),
                 r->reason, "stray_quote_removed");
    return after;
  }

  // A line with no letter ("/", "-- .", a speck OCR read as punctuation)
  // names nothing: it is never the title. It stays in the preface, as
  // printed, and a warning says the document was given no title from it.
  bool refuse_letterless_title(std::size_t b) {
    warn(b, "the first line of text, \"" + std::string(head_bytes(text_at(b), 40)) +
                "\", prints no letter (a speck or a mark read as text?): not taken for the title");
    refused_title_blocks_.push_back(b);
    return false;
  }

  // The masthead's date of issue left in the text ("12 April 1990", or as
  // OCR misread it, ": I 2 Aprii 1990") names nothing either: never the
  // title. It stays as printed (no day is guessed from it), with a warning.
  bool refuse_date_line_title(std::size_t b) {
    warn(b, "the first line of text, \"" + std::string(head_bytes(text_at(b), 40)) +
                "\", is a date line (the date of issue, misread?): not taken for the title");
    refused_title_blocks_.push_back(b);
    return false;
  }

  // A line whose letters stand alone or in too few words (kTitleMinWordLetters:
  // "I I'", a stamp's specks OCR read as letters) names nothing: never the
  // title. It stays in the preface, as printed, with a warning.
  bool refuse_wordless_title(std::size_t b) {
    warn(b, "the first line of text, \"" + std::string(head_bytes(text_at(b), 40)) +
                "\", prints no word (specks or a stamp read as letters?): not taken for the title");
    refused_title_blocks_.push_back(b);
    return false;
  }

  // A part's number on a line of its own ("XVIII", "Part II") names no
  // document: never the title (a text that opens with a part:
  // take_opening_part). It stays in the preface, as printed, with a warning.
  bool refuse_part_number_title(std::size_t b) {
    warn(b, "the first line of text, \"" + std::string(head_bytes(text_at(b), 40)) +
                "\", is a part's number alone: not taken for the title");
    refused_title_blocks_.push_back(b);
    return false;
  }

  // The organization's name left in the text, with what the masthead sets
  // beside it (is_masthead_matter), names the issuer, not the document:
  // never the title. It stays in the preface, as printed, with a warning.
  // Below it, the lines of that masthead that open with an issuing organ's
  // name in capitals (opens_with_organ_in_capitals) are refused alike.
  bool refuse_masthead_title(std::size_t b) {
    warn(b, "the first line of text, \"" + std::string(head_bytes(text_at(b), 40)) +
                (masthead_unread_ ? "\", opens with an issuing organ's name in capitals under the masthead's organization name"
                                  : "\", is the masthead's organization name with what is set beside it") +
                " (the masthead misread?): not taken for the title");
    refused_title_blocks_.push_back(b);
    masthead_unread_ = true;
    return false;
  }

  // Whether `t` opens with an issuing organ's name as a masthead sets it, in
  // capitals (a title is never the organ's name): its first word or two,
  // where OCR broke the name ("TRUSTEESHIP _ ... COUNCIL"), accents as a
  // typewriter may leave them out ("ASSEMBLEE GENERALE").
  static bool opens_with_organ_in_capitals(std::string_view t) {
    static const Regex kOrgan(
        "^[^\\p{L}]*(?:GENERAL\\s+ASSEMBLY|SECURITY\\s+COUNCIL|ECONOMIC\\s+AND\\s+SOCIAL|TRUSTEESHIP\\b|"
        "ASSEMBL[EÉ]E\\s+G[EÉ]N[EÉ]RALE|CONSEIL\\s+DE\\s+S[EÉ]CURIT[EÉ]|CONSEIL\\s+DE\\s+TUTELLE|CONSEIL\\s+[EÉ]CONOMIQUE|"
        "ASAMBLEA\\s+GENERAL|CONSEJO\\s+DE\\s+SEGURIDAD|CONSEJO\\s+ECON[OÓ]MICO|"
        "ГЕНЕРАЛЬНАЯ\\s+АССАМБЛЕЯ|СОВЕТ\\s+БЕЗОПАСНОСТИ|ЭКОНОМИЧЕСКИЙ\\s+И\\s+СОЦИАЛЬНЫЙ)");
    return kOrgan.search(t).has_value();
  }

  // A verbatim or summary record, by its symbol ("S/PV.4507",
  // "A/C.4/SR.985"): it prints no title (its masthead names the meeting).
  bool record_symbol() const {
    const std::string symbol = res_.meta.symbol.value_or("");
    return symbol.find("/PV.") != std::string::npos || symbol.find("/SR.") != std::string::npos;
  }

  // Whether `t` opens with the organization's name as a masthead prints it
  // (in any of the six languages) and what follows does not continue that
  // name: nothing but specks (fewer than kTitleMinWordLetters letters in
  // words), or a first word in another case than the name (a masthead sets
  // the name in a type of its own: "Nations Unies" beside the organ in
  // capitals, "UNITED NATIONS" beside OCR garbage in lower case). A title
  // that names a body of the organization continues the name in its case
  // ("United Nations Conference on ...", "UNITED NATIONS CONFERENCE ON ...").
  static bool is_masthead_matter(std::string_view t) {
    static const Regex kName(
        "^\\s*(?:United\\s+Nations|Nations\\s+Unies|Naciones\\s+Unidas|Организация\\s+Объединенных\\s+Наций|"
        "الأمم\\s+المتحدة|联合国)(?![\\p{L}\\p{N}])",
        "i");
    const auto m = kName.search(t);
    if (!m) return false;
    const std::string_view rest = t.substr(m->end);
    if (word_letters(rest) < kTitleMinWordLetters) return true;
    const bool name_capitals = in_capitals(t.substr(m->begin, m->end - m->begin));
    std::string word;  // the first word of two letters or more
    for (std::size_t i = 0; i <= rest.size();) {
      const char32_t c = i < rest.size() ? next_code_point(rest, i) : U' ';
      if (is_letter(c)) {
        append_utf8(word, c);
        continue;
      }
      if (code_points(word).size() >= 2) {
        if (!starts_uppercase(word) && !starts_lowercase(word)) return false;  // a caseless script shows no change of type
        return in_capitals(word) != name_capitals;
      }
      word.clear();
      if (i == rest.size()) break;
    }
    return false;
  }

  // Whether every cased letter of `t` is a capital (and one is).
  static bool in_capitals(std::string_view t) {
    bool upper = false;
    for (std::size_t i = 0; i < t.size();) {
      const char32_t c = next_code_point(t, i);
      if (is_lower_letter(c)) return false;
      upper = upper || is_upper_letter(c);
    }
    return upper;
  }

  // A paragraph of the text where the title would stand (a scan whose
  // title OCR did not read, the masthead above it taken): no title rather
  // than its first paragraph, which stays in the text (a numbered title
  // printed after it is still taken: finish() warns when none is).
  // A text that ends in a comma or a semicolon (a preambular paragraph, an
  // operative one, or the end of one where pages cut from a longer
  // document open in it) is a paragraph alike: a title never ends inside
  // its sentence (heading_like says the same of headings).
  bool refuse_paragraph_title(std::size_t b, const std::string& why) {
    warn(b, "the first line of text, \"" + std::string(head_bytes(text_at(b), 40)) + "\", is a paragraph (" + why +
                "), not a title: not taken for the title, nor any line after it but a numbered title");
    title_closed_ = true;
    return false;
  }

  // The letters of `t` in words of two letters or more.
  static std::size_t word_letters(std::string_view t) {
    std::size_t total = 0, run = 0;
    for (std::size_t i = 0; i <= t.size();) {
      const bool letter = i < t.size() && is_letter(next_code_point(t, i));
      if (letter) {
        ++run;
        continue;
      }
      if (run >= 2) total += run;
      run = 0;
      if (i == t.size()) break;
    }
    return total;
  }

  // A text of at least kMinParagraphBytes that closes a sentence (a full
  // stop, a question or exclamation mark, a closing quote after it).
  static bool is_paragraph(std::string_view t) {
    std::string_view end = trim(t);
    while (!end.empty() && (end.ends_with("\"") || end.ends_with("'") || end.ends_with("\u201D") || end.ends_with("\u2019")))
      end.remove_suffix(end.ends_with("\"") || end.ends_with("'") ? 1 : std::string_view("\u201D").size());
    return end.size() >= kMinParagraphBytes && (end.ends_with(".") || end.ends_with("?") || end.ends_with("!")) &&
           !end.ends_with("...");
  }

  // Whether `t` ends in a comma or a semicolon (closing quotes and spaces
  // after it aside).
  static bool ends_inside_sentence(std::string_view t) {
    std::string_view end = trim(t);
    while (!end.empty() && (end.ends_with("\"") || end.ends_with("\u201D")))
      end.remove_suffix(end.ends_with("\"") ? 1 : std::string_view("\u201D").size());
    return end.ends_with(",") || end.ends_with(";") || end.ends_with("\uFF0C") || end.ends_with("\uFF1B") ||
           end.ends_with("\u061B") || end.ends_with("\u060C");
  }

  // A date as the six languages print it, or a line of one word at most
  // kDateLineMonthEdits from a month name, a year of kDateLineYearFigures
  // figures, and otherwise figures, punctuation, letters OCR reads for
  // figures ("I2", "l990") and the words dates print ("de", "1er", "года").
  static bool is_date_line(std::string_view t) {
    if (parse_date(t)) return true;
    std::size_t months = 0, others = 0, figures = 0;
    bool year = false;
    std::string word;
    const auto end_word = [&] {
      if (!word.empty() && !is_date_filler(word)) ++(month_number_within_edits(word, kDateLineMonthEdits) != 0 ? months : others);
      word.clear();
    };
    for (std::size_t i = 0; i < t.size();) {
      const char32_t c = next_code_point(t, i);
      if (is_letter(c)) {
        append_utf8(word, c);
        continue;
      }
      end_word();
      // A word that is no month, or a second month: no date line, whatever
      // follows (a paragraph is not read to its end).
      if (others > 0 || months > 1) return false;
      const bool figure = (c >= U'0' && c <= U'9') || (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9);
      year = year || (!figure && figures == kDateLineYearFigures);
      figures = figure ? figures + 1 : 0;
    }
    end_word();
    year = year || figures == kDateLineYearFigures;
    return year && months == 1 && others == 0;
  }

  // Letters OCR reads for figures ("I2", "l990") and the words dates print
  // around their figures ("de", "1er", "года", "г.").
  static bool is_date_filler(const std::string& word) {
    static constexpr std::string_view kDateWords[] = {"de", "er", "года", "г"};
    return word.find_first_not_of("IlOo") == std::string::npos ||
           std::find(std::begin(kDateWords), std::end(kDateWords), to_lower(word)) != std::end(kDateWords);
  }

  static bool prints_a_letter(std::string_view t) {
    for (std::size_t i = 0; i < t.size();) {
      const char32_t c = next_code_point(t, i);
      if (is_letter(c)) return true;
    }
    return false;
  }

  // A resolution's number with its session's roman numeral as OCR misread
  // it ("2751 (ХХУГ)"): the numeral's look-alikes read as the letters they
  // stand for ("2751 (XXVI)"), recorded as an edit of the printed text.
  std::string session_numeral_read(std::size_t b, std::string number) {
    const std::size_t open = number.find('(');
    if (open == std::string::npos) return number;
    static constexpr std::pair<std::string_view, std::string_view> kLookAlikes[] = {
        {"\u0425", "X"}, {"\u0423", "V"}, {"\u0413", "I"}, {"1", "I"}, {"l", "I"}, {"|", "I"}, {"!", "I"}};
    std::string read = number.substr(0, open);
    for (std::size_t i = open; i < number.size();) {
      bool swapped = false;
      for (const auto& [seen, meant] : kLookAlikes)
        if (std::string_view(number).substr(i).starts_with(seen)) {
          read += meant;
          i += seen.size();
          swapped = true;
          break;
        }
      if (!swapped) read += number[i++];
    }
    if (read != number)
      record_label(b, number, read, "the session's roman numeral of a resolution's number, as OCR misread it: its look-alikes read as the numeral's letters",
                   "read_session_numeral");
    return read;
  }

  // A part with its own number and heading; it may open with preambular
  // paragraphs of its own.
  bool take_section(std::size_t& b) {
    const std::string_view t = text_at(b);
    if (zone_ == Zone::conclusions || re_.operative.search(t)) return false;
    // A lettered heading under a paragraph that announces a table or list
    // ("as set out in the table below:") heads part of that table, not a
    // part of the resolution.
    Section sec;
    std::string label;
    const std::size_t taken = section_at(b, sec, &label);
    if (taken == 0) return false;
    // A lettered heading right over a table it announces, whatever its
    // level, heads that table (its lines: the letter, then the title); once
    // an announced table is placed, only a heading right over the next table
    // does ("B." over table B): a lettered heading over text after it is a
    // part of the resolution again.
    const bool over_table = table_first_.count(b + taken) != 0;
    const bool in_table = zone_ == Zone::operative &&
                          ((announced_ && (sec.level == 2 || over_table)) || (table_announced_ && over_table));
    if (in_table) {
      table_heading_ = {b, b + taken};
      return false;
    }
    push_section(b, std::move(sec), label);
    b += taken - 1;
    zone_ = Zone::preamble;
    return true;
  }

  // "Adopts the following political declaration ...:" and the text it
  // adopts, under its own title, up to the conclusions.
  bool take_adopted_text(std::size_t& b) {
    if ((zone_ != Zone::preamble && zone_ != Zone::operative) || !re_.adopts.search(text_at(b)) ||
        !title_like(text_at(b + 1)) || table_block(b + 1))
      return false;
    place_paragraph(current_operative(), b, false);
    Annex adopted;
    adopted.name = "adoptedText";
    adopted.heading = title_lines(b, kAdoptedTitleLines);
    res_.annexes.push_back(std::move(adopted));
    zone_ = Zone::annex;
    return true;
  }

  // A paragraph number or point label OCR misread, read from the numbering
  // it stands in (structure/numbering.hpp): "12, Solicita" after paragraph
  // 11 is read "12." and "1) Adoptar" between e) and g) is read "f)", each
  // an edit, and then placed as such. A label the sequence does not confirm
  // on both sides ("9)" after c), the last point) is kept as printed: the
  // block is placed as the list's next point (true), with a warning.
  bool take_misread_label(std::size_t b) {
    if (zone_ != Zone::preamble && zone_ != Zone::operative) return false;
    const bool taken = read_misread_label(b);
    if (!taken) blank_stray_quote(b);
    return taken;
  }

  // A stray quote OCR read between the label (as read again, if misread)
  // and Han text (structure/numbering.hpp): blanked, an edit.
  void blank_stray_quote(std::size_t b) {
    const std::string_view t = text_at(b);
    auto m = re_.operative.search(t);
    if (!m) m = re_.point.search(t);
    if (!m || !m->has(1)) return;
    auto r = structure::stray_quote_after_label(t, m->groups[1].second, read_by_ocr(b));
    if (!r) return;
    const std::string label(m->str(t, 1));
    record_label(b, label + " " + r->printed, label, r->reason, "stray_quote_removed");
    read_again_[b] = std::move(r->text);
  }

  bool read_misread_label(std::size_t b) {
    const std::string_view t = text_at(b);
    if (re_.operative.search(t) || re_.point.search(t)) return false;
    std::vector<OperativeParagraph>& operative = current_operative();
    if (read_paragraph_number(b, operative)) return false;
    if (zone_ != Zone::operative || operative.empty() || operative.back().points.empty()) return false;
    std::size_t next = b + 1;
    while (next < blocks_->size() && is_blank(text_at(next))) ++next;
    auto p = structure::misread_point_label(t, operative.back().points.back().num, text_at(next));
    if (!p) return false;
    if (p->confirmed) {
      record_label(b, p->confirmed->printed, p->confirmed->read, p->confirmed->reason, "point_label_read");
      read_again_[b] = std::move(p->confirmed->text);
      return false;
    }
    warn(b, "a point's label read \"" + p->printed + "\" where the list's sequence puts " + p->expected +
                ": taken for the list's next point, its label kept as printed (misread?); compare it with the page image");
    add_point(operative.back(), Point{p->printed, rich(b, p->printed.size()), {}}, b);
    announced_ = false;
    return true;
  }

  // A paragraph number OCR misread at the start of block b, read from the
  // numbering of `paragraphs` (structure/numbering.hpp): its full stop read
  // as another mark ("12, Solicita"), or noise about it ("$5."; with a
  // warning too); an edit, and the block read again. False when b opens
  // with no such number.
  bool read_paragraph_number(std::size_t b, const std::vector<OperativeParagraph>& paragraphs) {
    const std::string_view t = text_at(b);
    const std::size_t expected = next_paragraph_number(paragraphs);
    auto r = structure::misread_paragraph_number(t, expected);
    const bool noisy = !r;
    if (!r) r = structure::noisy_paragraph_number(t, expected, next_number_after(b));
    if (!r) return false;
    record_label(b, r->printed, r->read, r->reason, "paragraph_number_read");
    if (noisy)
      warn(b, "a line read \"" + std::string(head_bytes(t, r->printed.size() + 24)) + "\" opens paragraph " + r->read +
                  " (its number read \"" + r->printed + "\" by OCR, where the numbering puts " + r->read +
                  "); compare it with the page image");
    read_again_[b] = std::move(r->text);
    return true;
  }

  // The number of the next block after b that opens a numbered paragraph
  // (as printed), before the conclusions or an annex; 0 when none does.
  std::size_t next_number_after(std::size_t b) const {
    for (std::size_t k = b + 1; k < blocks_->size(); ++k) {
      const std::string_view t = text_at(k);
      if (re_.meeting.search(t) || re_.annex.search(t)) return 0;
      if (const auto m = re_.operative.search(t))
        if (const auto n = leading_number(m->str(t, 1), kMaxParagraphNumberDigits)) return n->value;
    }
    return 0;
  }

  // The number of the numbered paragraph after the last one of `operative`; 1 when none is numbered.
  static std::size_t next_paragraph_number(const std::vector<OperativeParagraph>& operative) {
    for (auto it = operative.rbegin(); it != operative.rend(); ++it) {
      // Western or Arabic-Indic digits ("12.", "١٢ -"), by their value.
      if (const auto n = leading_number(it->num, kMaxParagraphNumberDigits)) return n->value + 1;
    }
    return 1;
  }

  // Whether `t` ends on an article, preposition or conjunction ("... to
  // support the activities of the"): a sentence cut short, never a title
  // (plain pdftotext printed A/RES/80/7's paragraph 4 as "4." "Agency;"
  // "Appeals to Member States ... of the", whose first line had become
  // paragraph 5's heading, silently).
  bool ends_cut(std::string_view t) const {
    const std::size_t space = t.find_last_of(' ');
    return is_stop_word(space == std::string_view::npos ? t : t.substr(space + 1), res_.meta.language.value_or(""));
  }
  // A line of running text cut short: ending so, and as long as a line of
  // the body (a table's cell, "Congo, Democratic Republic of the", is a
  // name, not a cut sentence).
  bool running_text_cut(std::string_view t) const {
    return ends_cut(t) && static_cast<std::size_t>(std::count(t.begin(), t.end(), ' ')) + 1 >= kCutLineWords;
  }

  // A heading between numbered paragraphs: an unnumbered title line that a
  // numbered paragraph follows, set in its own type (bold or italic) or,
  // where the source states no typography, short and after a paragraph that
  // ended. It becomes the heading of the paragraph that follows.
  bool take_heading(std::size_t b, std::vector<OperativeParagraph>& target) {
    const std::string_view t = text_at(b);
    if (announced_ || target.empty() || !title_like(t) || !re_.operative.search(text_at(b + 1)) ||
        re_.figures.search(t))
      return false;
    const BlockStyle& style = styles_[b];
    bool heading = false;
    if (style.known) {
      heading = style.bold || style.italic;
    } else {
      const std::string& last = target.back().wrap_up ? target.back().wrap_up->text : target.back().text.text;
      heading = t.size() <= kMaxPlainSubheadingBytes && starts_uppercase(t) && !last.empty() &&
                (last.back() == ';' || last.back() == '.') && !ends_cut(t);
    }
    if (!heading) return false;
    pending_heading_ = rich(b);
    return true;
  }

  void take_preamble(std::size_t b) {
    const std::string_view t = text_at(b);
    auto& preamble = res_.sections.empty() ? res_.preamble : res_.sections.back().preamble;
    // Points of a preambular paragraph that ends with a colon.
    if (auto m = re_.point.search(t);
        m && !preamble.empty() && (!preamble.back().points.empty() || preamble.back().text.text.ends_with(":"))) {
      preamble.back().points.push_back(Point{std::string(m->str(t, 1)), rich(b, m->groups[2].first), {}});
      return;
    }
    const char last = t.back();
    bool operative_like;
    if (!res_.sections.empty()) {
      // Inside a part, preambular paragraphs end with a comma; anything
      // else is the part's (unnumbered) operative text.
      operative_like = last != ',';
    } else {
      // A lone unnumbered operative paragraph ends with a full stop, before
      // the conclusions or an annex. A resolution does not end on a
      // preambular paragraph: the last one before them that does not end as
      // preambular paragraphs do (with a comma or semicolon) is operative
      // too, its full stop lost (OCR: "постановляет принять Бахрейн в члены
      // Организации Объединенных Наций" above "1934-е пленарное заседание").
      const bool closes = b + 1 == blocks_->size() || re_.meeting.search(text_at(b + 1)).has_value() ||
                          re_.annex.search(text_at(b + 1)).has_value() ||
                          (re_.misread_meeting.search(text_at(b + 1)) && re_.date_only.search(text_at(b + 2))) ||
                          foot_notes_end(b + 1) == blocks_->size();
      static constexpr std::string_view kPreambularEnds[] = {",", ";", ":", "\u060C", "\u061B", "\uFF0C", "\uFF1B", "\uFF1A"};
      operative_like = closes && std::none_of(std::begin(kPreambularEnds), std::end(kPreambularEnds),
                                              [&](std::string_view e) { return t.ends_with(e); });
    }
    if (operative_like) {
      zone_ = Zone::operative;
      current_operative().push_back(OperativeParagraph{"", rich(b), {}, std::nullopt});
      return;
    }
    // One preambular paragraph, or several that OCR ran together.
    std::size_t from = 0;
    for (const std::size_t at : preambular_cuts(b)) {
      preamble.push_back(PreambularParagraph{from == 0 ? lead_for(b) : lead_of(text_at(b).substr(from)), rich(b, from, at)});
      from = at;
    }
    preamble.push_back(PreambularParagraph{from == 0 ? lead_for(b) : lead_of(text_at(b).substr(from)), rich(b, from)});
  }

  // Where block b, read as one preambular paragraph, holds more than one
  // (OCR ran a paragraph into the one before it: "... Disabled Persons, !°
  // Recalling its resolution ..."): the byte offsets of the lines that open
  // one, each with a warning. A line opens a paragraph when it opens with
  // a preambular lead word of the document's language (core/preambular_leads.hpp)
  // after a line that ended a clause (ends_clause) and the page shows it
  // (lead_shown). Where the page shows neither that nor the contrary (no
  // geometry, no indent), the text is kept in the paragraph, with a warning.
  std::vector<std::size_t> preambular_cuts(std::size_t b) {
    std::vector<std::size_t> cuts;
    const Block& block = (*blocks_)[b];
    const std::string language = res_.meta.language.value_or("");
    const std::string_view t = text_at(b);
    for (std::size_t i = 1; i < block.origins.size(); ++i) {
      const std::size_t at = block.origins[i].offset;
      if (at >= t.size() || t[at] == ' ' || !opens_with_preambular_lead(t.substr(at), language) ||
          !ends_clause(t.substr(0, at)))
        continue;
      const std::string_view before = tail_bytes(trim(t.substr(0, at)), 40), after = head_bytes(t.substr(at), 40);
      const std::optional<bool> shown = lead_shown(block.origins[i]);
      if (shown == true) {
        cuts.push_back(at);
        warn_at(b, at, "a preambular paragraph run into the one before it: the line \"" + std::string(after) +
                           "...\" opens with a lead word on a new, indented line after \"..." + std::string(before) +
                           "\", which ended a clause; read as a paragraph of its own");
      } else if (!shown) {
        warn_at(b, at, "the line \"" + std::string(after) + "...\" opens with a preambular lead word after \"..." +
                           std::string(before) + "\", which ended a clause, but the page does not show a new paragraph "
                           "(no indent): kept in the paragraph before it; compare it with the page image");
      }
    }
    return cuts;
  }

  // Whether `before` (a paragraph's text up to a line) ends a clause: a
  // comma, semicolon or full stop, then at most kMaxMarkJunk marks
  // that are no letters (a note's number misread: "!°", "'°", "10").
  static bool ends_clause(std::string_view before) {
    static const Regex kEnd("[,;.]\\s?[^\\p{L}\\s]{0," + std::to_string(kMaxMarkJunk) + "}\\s*$");
    return kEnd.search(before).has_value();
  }

  // Whether the page shows that the line at `o` opens a paragraph: on a
  // page that states typography, its first word is in italics (a lead);
  // read by OCR, the line is indented at least kMinLeadIndentEm past the
  // page's left edge (where most of its body lines start). nullopt
  // when the page shows neither (no geometry, an OCR line not indented).
  std::optional<bool> lead_shown(const Origin& o) const {
    if (o.page < 1 || static_cast<std::size_t>(o.page) > doc_.pages.size()) return std::nullopt;
    const Page& page = doc_.pages[static_cast<std::size_t>(o.page - 1)];
    if (o.line < 0 || static_cast<std::size_t>(o.line) >= page.lines.size()) return std::nullopt;
    const Line& line = page.lines[static_cast<std::size_t>(o.line)];
    if (!page.ocr && !line.words.empty() && line.font_size > 0) return line.words.front().italic;
    if (!line.box) return std::nullopt;
    // The left edge: where most body lines of the page start (the leftmost of equals).
    std::map<long, int> starts;
    for (const Line& l : page.lines)
      if (l.role == LineRole::body && l.box && !is_blank(l.text)) ++starts[std::lround(l.box->x0)];
    if (starts.empty()) return std::nullopt;
    const auto edge = std::max_element(starts.begin(), starts.end(), [](const auto& a, const auto& c) { return a.second < c.second; });
    const double em = line.font_size > 0 ? line.font_size : line.box->height();
    if (line.box->x0 - static_cast<double>(edge->first) >= kMinLeadIndentEm * em) return true;
    return std::nullopt;
  }

  // The lead words of a preambular paragraph: as printed in italics, else
  // the UN's usual leads.
  std::string lead_for(std::size_t b) const {
    const std::string& lead = styles_[b].lead;
    if (!lead.empty() && lead.size() <= kMaxLeadBytes && text_at(b).starts_with(lead)) return lead;
    return lead_of(text_at(b));
  }

  // A block in the operative part or an annex: a numbered paragraph, a
  // point of the last numbered one, or an unnumbered paragraph. Lines of a
  // table that a paragraph announces ("as follows:") are kept in it as text:
  // one warning per table, not one per row.
  void place_paragraph(std::vector<OperativeParagraph>& target, std::size_t b, bool append_unnumbered) {
    const std::string_view t = text_at(b);
    if (auto m = re_.operative.search(t)) {
      target.push_back(OperativeParagraph{collapse_spaces(m->str(t, 1)), rich(b, m->groups[2].first), {}, std::nullopt});
      target.back().heading = std::exchange(pending_heading_, std::nullopt);
      return;
    }
    if (!target.empty() && !target.back().tables.empty()) {
      // Text after a table: a paragraph of its own, so that it stays after the table.
      target.push_back(OperativeParagraph{"", rich(b), {}, std::nullopt});
      return;
    }
    if (auto m = re_.point.search(t); m && !target.empty()) {
      if (!opens_no_list(target.back(), b, m->str(t, 1))) {
        add_point(target.back(), Point{std::string(m->str(t, 1)), rich(b, m->groups[2].first), {}}, b);
        return;
      }
    }
    if (append_unnumbered && !target.empty()) {
      append_unnumbered_text(target, b);
      return;
    }
    target.push_back(OperativeParagraph{"", rich(b), {}, std::nullopt});
    target.back().heading = std::exchange(pending_heading_, std::nullopt);
  }

  // A label that would open the list of `para` but that no list opens with,
  // and that the next block does not continue (structure/numbering.hpp,
  // opens_no_list: "(w) Johanan BEIN", a signature's "(Signed)" misread):
  // no point; the block stays text, with a warning.
  bool opens_no_list(const OperativeParagraph& para, std::size_t b, std::string_view label) {
    if (!para.points.empty()) return false;
    std::size_t next = b + 1;
    while (next < blocks_->size() && is_blank(text_at(next))) ++next;
    if (!structure::opens_no_list(label, text_at(next))) return false;
    warn(b, "a bracketed label \"" + std::string(label) +
                "\" opens no list (no point before it, and the next block is not the point after it): kept as text, "
                "not numbered (a signature's \"(Signed)\" misread?); compare it with the page image");
    return true;
  }

  // A roman point nests under the lettered point before it, unless it is
  // the letter that follows ("(h)" then "(i)").
  void add_point(OperativeParagraph& para, Point p, std::size_t b) {
    keep_text_between_points(para, p, b);
    if (is_roman(point_label(p.num)) && !para.points.empty()) {
      const std::string_view prev = point_label(para.points.back().num), label = point_label(p.num);
      const bool next_letter = prev.size() == 1 && label.size() == 1 && prev[0] + 1 == label[0];
      if (!next_letter || !para.points.back().points.empty()) {
        para.points.back().points.push_back(std::move(p));
        return;
      }
    }
    para.points.push_back(std::move(p));
  }

  // Unlabelled text after a paragraph's points was taken for their wrap-up
  // (append_unnumbered_text); a point that follows it shows it was text
  // between two points, whose label OCR lost or misread (the six-language
  // fixture's Arabic scan: points (c) to (h) of paragraph 7 read "اج اتش
  // 08", "7", "6" ...): it goes on the point before, in reading order, with
  // a warning, not after the points that follow it.
  void keep_text_between_points(OperativeParagraph& para, const Point& next, std::size_t b) {
    if (!para.wrap_up || para.points.empty()) return;
    Point* last = &para.points.back();
    while (!last->points.empty()) last = &last->points.back();
    append_text(last->text, *para.wrap_up);
    para.wrap_up.reset();
    warn(b, "unlabelled text between points " + last->num + " and " + next.num + " of operative paragraph " + para.num +
                " kept on point " + last->num + ", in reading order (a point whose label OCR lost or misread?)");
  }

  // Prose, not a table's row: a closed sentence, or a long run of words
  // with few figures.
  bool prose(std::string_view t) const {
    if (re_.figures.search(t)) return false;
    std::size_t words = 0, figures = 0;
    for (std::size_t i = 0; i < t.size();) {
      const std::size_t end = std::min(t.find(' ', i), t.size());
      const std::string_view w = t.substr(i, end - i);
      if (!w.empty()) {
        ++words;
        if (w.front() >= '0' && w.front() <= '9') ++figures;
      }
      i = end + 1;
    }
    if (static_cast<double>(figures) > kMaxProseFigureShare * static_cast<double>(words)) return false;
    const char last = t.back();
    return last == '.' || last == ';' || last == ':' || last == ',' || t.size() >= kMinOpenProseBytes;
  }

  // Whether the unnumbered blocks from b up to the next numbered paragraph
  // are items of what the paragraph before announces ("on the following
  // themes:", quoted rules): every one of them prose. Otherwise they are
  // the rows of a table, and stay in the paragraph.
  bool items_follow(std::size_t b) const {
    std::size_t all = 0;
    for (std::size_t k = b; k < blocks_->size(); ++k) {
      const std::string_view t = text_at(k);
      if (is_blank(t)) continue;
      if (re_.operative.search(t) || re_.meeting.search(t) || re_.annex.search(t)) break;
      if (!prose(t)) return false;
      ++all;
    }
    return all > 0;
  }

  void append_unnumbered_text(std::vector<OperativeParagraph>& target, std::size_t b) {
    // A lettered heading of a table that a paragraph announces ("A. ...",
    // a table, "B. ...", a table) heads the table after it: a paragraph of
    // its own that holds that table, so that it is printed before it.
    if (b >= table_heading_.first && b < table_heading_.second && table_first_.count(table_heading_.second)) {
      if (b == table_heading_.first) {
        target.push_back(OperativeParagraph{"", rich(b), {}, std::nullopt});
      } else {
        append_text(target.back().text, rich(b));
      }
      return;
    }
    OperativeParagraph& para = target.back();
    if (!para.points.empty() && !para.wrap_up) {
      para.wrap_up = rich(b);
      return;
    }
    // What a paragraph announces ("as follows:", "on the following
    // themes:"): quoted text or unlabelled items, each a paragraph of its
    // own, as the UN marks them; the rows of a table stay in the paragraph.
    if (announced_ && !announced_items_) announced_items_ = items_follow(b);  // decided once, for the whole run
    if (announced_ && *announced_items_) {
      target.push_back(OperativeParagraph{"", rich(b), {}, std::nullopt});
      return;
    }
    if (announced_) {
      if (tables_.empty() || tables_.back().para != para.num || tables_.back().first_block + tables_.back().rows != b)
        tables_.push_back(TableRun{b, 0, para.num});
      ++tables_.back().rows;
    } else if (running_text_cut(text_at(b))) {
      // Text that ends on an article or preposition ends no paragraph: the
      // dump printed the paragraph's lines out of order, or lost the rest.
      warn(b, "unnumbered text after operative paragraph " + (para.num.empty() ? std::string("(unnumbered)") : para.num) +
                  " ends cut short (\"" + std::string(tail_bytes(text_at(b), kCutExcerptBytes)) +
                  "\"): the dump may print its paragraph's lines out of order; kept in the paragraph before it");
    } else {
      warn(b, para.num.empty() ? std::string("unnumbered text after an unnumbered operative paragraph appended to it")
                               : "unnumbered text after operative paragraph " + para.num + " appended to it");
    }
    // After the points, the text after their wrap-up goes on it, in reading
    // order (on the paragraph's own text it would be read before them).
    append_text(para.wrap_up ? *para.wrap_up : para.text, rich(b));
  }

  // No enacting formula: a report, a letter, a meeting record. Its text is
  // a sequence of paragraphs (numbered where it numbers them) under its
  // headings, not preface matter.
  void read_as_record() {
    res_.other_preface.clear();
    read_as_record_ = true;
    for (std::size_t k = 0; k < preface_blocks_.size(); ++k) {
      std::size_t b = preface_blocks_[k];
      if (take_opening_part(k)) continue;
      if (std::find(refused_title_blocks_.begin(), refused_title_blocks_.end(), b) != refused_title_blocks_.end()) {
        res_.other_preface.push_back(rich(b));
        continue;
      }
      if (take_table(b)) continue;
      Section sec;
      std::string label;
      if (const std::size_t taken = section_at(b, sec, &label)) {
        push_section(b, std::move(sec), label);
        if (taken == 2 && k + 1 < preface_blocks_.size() && preface_blocks_[k + 1] == b + 1) ++k;
        continue;
      }
      // A record numbers its paragraphs too: a number OCR misread is read from that numbering.
      if (!re_.operative.search(text_at(b))) read_paragraph_number(b, current_operative());
      place_paragraph(current_operative(), b, false);
    }
    res_.warnings.push_back({std::string(kStage), {},
                             "no enacting formula: the text is read as a sequence of " +
                                 std::to_string(operative_count(res_)) + " paragraphs (a report, letter or record)"});
  }

  // A text that opens with a part (pages cut from a longer document, the
  // text of one part): its number alone on the first line ("III", "B",
  // "Part II"), which was not taken for the title (refuse_wordless_title,
  // refuse_part_number_title), and its heading on the next line, which was
  // taken for the title. The numbering tells a part's number from specks:
  // only when a later block of the text opens the next part ("IV" after
  // "III", "C" after "B") is the first line a part's number and the title
  // its heading. The part is placed as the first part, the document keeps
  // no title, with a warning. preface_blocks_[k] is the first line.
  bool take_opening_part(std::size_t k) {
    const std::size_t b = preface_blocks_[k];
    if (!res_.title || title_block_ != b + 1 ||
        std::find(refused_title_blocks_.begin(), refused_title_blocks_.end(), b) == refused_title_blocks_.end())
      return false;
    Section sec;
    std::string label;
    if (section_at(b, sec, &label) != 2) return false;
    const std::string next = next_part_number(sec.num);
    const auto later = std::find_if(preface_blocks_.begin() + static_cast<std::ptrdiff_t>(k + 1), preface_blocks_.end(),
                                    [&](std::size_t c) { return !next.empty() && part_number_at(c) == next; });
    if (later == preface_blocks_.end()) return false;
    warn(b, "the text opens with part " + sec.num + " (its number alone on the first line, its heading \"" +
                std::string(head_bytes(res_.title->text, 60)) + "\" on the next; part " + next +
                " follows it): the heading is the part's, not the document's title, and the document is given no title");
    res_.title.reset();
    push_section(b, std::move(sec), label);
    return true;
  }

  // The number of the part block c opens on a line of its own or before its
  // heading ("IV", "Part IV", "C. Heading"), or empty.
  std::string part_number_at(std::size_t c) const {
    const std::string_view t = text_at(c);
    if (auto m = re_.section_alone.search(t)) return std::string(m->str(t, 1));
    if (auto m = re_.section_inline.search(t)) return std::string(m->str(t, 1));
    return {};
  }

  // The number of the part after part `num`: the next roman numeral
  // ("III" -> "IV") or the next capital letter ("B" -> "C"); empty when
  // `num` is neither. A letter that is also a numeral ("I", "V", "X") is
  // read as the numeral, as section_at reads it (a part, not a subdivision).
  static std::string next_part_number(std::string_view num) {
    if (const int value = roman_value(num); value > 0 && value < kMaxPartNumeral) return roman_of(value + 1);
    if (num.size() == 1 && num[0] >= 'A' && num[0] < 'Z') return std::string(1, static_cast<char>(num[0] + 1));
    return {};
  }

  // The value of an upper-case roman numeral written in the usual form
  // ("XIV" = 14), 0 when `num` is not one.
  static int roman_value(std::string_view num) {
    if (!is_upper_roman(num)) return 0;
    for (int v = 1; v <= kMaxPartNumeral; ++v)
      if (roman_of(v) == num) return v;
    return 0;
  }

  static std::string roman_of(int v) {
    static constexpr std::pair<int, std::string_view> kDigits[] = {{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"},
                                                                    {9, "IX"},   {5, "V"},   {4, "IV"}, {1, "I"}};
    std::string out;
    for (const auto& [value, digits] : kDigits)
      for (; v >= value; v -= value) out += digits;
    return out;
  }

  void finish() {
    // The AKN, the report and the corpus name a language: one the text
    // did not tell is said so (the AKN then names English, eng).
    if (!following_ && (!res_.meta.language || res_.meta.language->empty()))
      res_.warnings.push_back({std::string(kStage), {},
                               "the document's language could not be told from its text (no language's common words "
                               "make a clear share of it): the AKN names English (eng), its default"});
    if (pending_heading_) {
      // A heading no paragraph followed: kept as an unnumbered paragraph.
      current_operative().push_back(OperativeParagraph{"", std::move(*pending_heading_), {}, std::nullopt});
      pending_heading_.reset();
    }
    for (const TableRun& t : tables_)
      warn(t.first_block, std::to_string(t.rows) + " lines of what paragraph " +
                              (t.para.empty() ? std::string("(unnumbered)") : t.para) +
                              " announces (a table or list) kept in it as text; tables are not marked up as tables");
    for (std::size_t k = 0; k < res_.sections.size(); ++k) {
      const Section& s = res_.sections[k];
      const bool has_subdivisions = k + 1 < res_.sections.size() && res_.sections[k + 1].level > s.level;
      if (s.preamble.empty() && s.operative.empty() && !has_subdivisions)
        res_.warnings.push_back({std::string(kStage), {}, "part " + s.num + " has no paragraphs"});
    }
    if (title_closed_ && !res_.title)
      res_.warnings.push_back({std::string(kStage), {},
                               "the document is given no title: its first text is a paragraph, its title is not in the text "
                               "(compare it with the page image)"});
    if (res_.body.empty() && res_.meta.body) res_.body = *res_.meta.body;
    res_.actor = actor_for_body(res_.body);
    classify();
    derive_symbol();
    // A date read with its month misread does not date the Work (its day
    // may be misread too).
    if (!res_.adoption_date && res_.conclusion && res_.conclusion->date && !conclusions_date_misread_)
      res_.adoption_date = res_.conclusion->date;
    if (!work_date(res_))
      res_.warnings.push_back({std::string(kStage), {},
                               "no date was read (no adoption, letter, meeting or issue date recognised, no year in the "
                               "number or symbol): the Work is dated only as not before 24 October 1945; a date the "
                               "document prints in a form not recognised, or misread, is not in the metadata"});
    warn_work_dated_by_issue();
    if (!res_.formula && !read_as_record_)
      res_.warnings.push_back({std::string(kStage), {}, "no enacting formula (\"The General Assembly,\") found"});
    if (operative_count(res_) == 0) res_.warnings.push_back({std::string(kStage), {}, "no operative paragraphs found"});
  }

  // An adopted text (a resolution or decision, not a draft) is dated by its
  // adoption (AKN4UN: the Work date is the adoption date). When it prints no
  // adoption date, the Work is dated by the masthead's date of issue, which
  // is later and which the language versions may print differently (two
  // Work IRIs for one resolution): said so.
  void warn_work_dated_by_issue() {
    if (res_.type != DocumentType::resolution && res_.type != DocumentType::decision) return;
    const std::optional<WorkDate> work = work_date(res_);
    if (!work || work->name != "issue") return;
    res_.warnings.push_back({std::string(kStage), {},
                             "no adoption date is printed (no adoption line, no date in the conclusions): the Work is "
                             "dated by the date of issue, " + work->date.iso() +
                                 ", which is not the adoption date and may differ between language versions; compare "
                                 "with the record of the meeting that adopted it"});
  }

  // What the document is, as it says itself: its sponsor line, its symbol,
  // its adoption line, its title, its enacting formula, in that order.
  void classify() {
    const std::string symbol = res_.meta.symbol.value_or("");
    auto set = [&](DocumentType type, std::string why) {
      res_.type = type;
      res_.type_evidence = std::move(why);
    };
    if (res_.sponsors) {
      const bool decision = res_.sponsors->kind.find("decision") != std::string::npos;
      return set(decision ? DocumentType::draft_decision : DocumentType::draft_resolution,
                 "its sponsor line (\"...: " + res_.sponsors->kind + "\")");
    }
    if (symbol.find("/PV.") != std::string::npos || symbol.find("/SR.") != std::string::npos) {
      // A record is dated by the meeting its masthead names, or the line
      // under its title says was held.
      if (res_.meta.meeting_date) res_.document_date = res_.meta.meeting_date;
      else res_.document_date = held_on();
      return set(DocumentType::meeting_record, "its symbol " + symbol);
    }
    if (symbol.find("/RES/") != std::string::npos) return set(DocumentType::resolution, "its symbol " + symbol);
    if (symbol.find("/PRST/") != std::string::npos) return set(DocumentType::presidential_statement, "its symbol " + symbol);
    if (symbol.find("/DEC/") != std::string::npos) return set(DocumentType::decision, "its symbol " + symbol);
    // A symbol of limited distribution ("A/80/L.11", "A/C.3/80/L.30") is a
    // draft's: with an enacting formula, a draft resolution (its sponsor
    // line, above, would tell a draft decision).
    if (symbol.find("/L.") != std::string::npos && res_.formula)
      return set(DocumentType::draft_resolution, "its symbol " + symbol + " (a draft's) and its enacting formula");
    // A masthead that names a meeting and its day is a record's (a 1950s
    // record's masthead prints no symbol: "QUATRIEME COMMISSION, 985e
    // SEANCE", "Vendredi 4 décembre 1959").
    if (res_.meta.meeting && res_.meta.meeting_date) {
      res_.document_date = res_.meta.meeting_date;
      return set(DocumentType::meeting_record, "its masthead's meeting (\"" + *res_.meta.meeting + "\")");
    }
    if (res_.adoption_line) {
      const bool decision = res_.adoption_line->starts_with("Decision");
      return set(decision ? DocumentType::decision : DocumentType::resolution, "its adoption line");
    }
    if (!res_.number_prefix.empty()) return set(DocumentType::resolution, "its number (\"" + res_.number_prefix + *res_.number + "\")");
    // A numbered title and an enacting formula are a resolution's whatever
    // the title says ("80/7. Report of the International Atomic Energy
    // Agency", printed with no masthead).
    if (res_.number && res_.formula)
      return set(DocumentType::resolution, "its number (\"" + *res_.number + "\") and its enacting formula");
    // A letter's title first: an agenda item's title above it may read
    // "Report of the ..." (A/47/892), a letter's never reads otherwise.
    const std::vector<const std::string*> opening = opening_texts();
    for (const std::string* t : opening)
      if (auto m = re_.letter_title.search(*t)) {
        res_.document_date = parse_date(m->str(*t, 1));
        return set(DocumentType::letter, "its title (\"" + std::string(head_bytes(*t, 40)) + "...\")");
      }
    for (const std::string* t : opening) {
      const DocumentType by_title = re_.report_title.search(*t)  ? DocumentType::report
                                    : re_.note_title.search(*t)  ? DocumentType::note
                                    : re_.record_title.search(*t) ? DocumentType::meeting_record
                                                                  : DocumentType::other;
      if (by_title == DocumentType::meeting_record)
        res_.document_date = res_.meta.meeting_date ? res_.meta.meeting_date : held_on();
      if (by_title != DocumentType::other) return set(by_title, "its title (\"" + std::string(head_bytes(*t, 40)) + "...\")");
    }
    if (res_.formula) return set(DocumentType::resolution, "its enacting formula");
    res_.type_evidence = "no symbol, adoption line, title or formula that tells its type";
    res_.warnings.push_back({std::string(kStage), {}, "the document's type could not be told (" + res_.type_evidence + ")"});
  }

  // The day of the meeting a record's opening says it was held ("Held at
  // Headquarters, New York, on Wednesday, 29 October 2025, at 10 a.m.",
  // under "Summary record of the 12th meeting"; "Tenue au Siège, à New
  // York, le mercredi 29 octobre 2025", "Celebrada en la Sede, Nueva York,
  // el miércoles 29 de octubre de 2025"), among its first blocks.
  std::optional<Date> held_on() const {
    static const Regex kHeld(std::string("(?i)(?:^|\\s)(?:Held\\s+at\\s+.{1,80}?\\bon|Tenue\\s+au\\s+.{1,80}?\\ble|"
                                         "Celebrada\\s+en\\s+.{1,80}?\\bel)\\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|"
                                         "Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|"
                                         "martes|miércoles|jueves|viernes|sábado|domingo),?\\s+)?(") +
                             kDatePattern + ")");
    for (std::size_t b = first_; b < blocks_->size() && b < first_ + kOpeningBlocks; ++b)
      if (const auto m = kHeld.search(text_at(b))) return parse_date(m->str(text_at(b), 1));
    return std::nullopt;
  }

  // The first texts of the document in reading order: its title, preface
  // lines, and the first paragraphs of a text read as a record.
  std::vector<const std::string*> opening_texts() const {
    std::vector<const std::string*> out;
    if (res_.title) out.push_back(&res_.title->text);
    for (const RichText& t : res_.other_preface) out.push_back(&t.text);
    for (const OperativeParagraph& p : res_.operative) out.push_back(&p.text.text);
    if (!res_.sections.empty() && res_.sections.front().heading) out.push_back(&res_.sections.front().heading->text);
    if (out.size() > kOpeningTexts) out.resize(kOpeningTexts);
    return out;
  }

  // A resolution's symbol, when the document does not print it but its
  // number and body make it certain: "58/170." of the General Assembly is
  // A/RES/58/170, "Resolution 2397 (2017)" of the Security Council is
  // S/RES/2397 (2017). Recorded with how it was derived.
  void derive_symbol() {
    if (res_.meta.symbol || res_.type != DocumentType::resolution || !res_.number) return;
    const std::string& n = *res_.number;
    if (n.find("\u2026") != std::string::npos || n.find("...") != std::string::npos) return;
    std::string prefix;
    if (res_.actor == "unga") prefix = "A/RES/";
    else if (res_.actor == "unsc") prefix = "S/RES/";
    else if (res_.actor == "unchr") prefix = "E/CN.4/RES/";
    if (prefix.empty()) return;
    res_.meta.symbol = prefix + n;
    // The masthead's symbol OCR misread is still printed in the running
    // heads or in the masthead as read: no derivation, no warning.
    if (symbol_in_furniture(doc_, *res_.meta.symbol)) return;
    res_.meta.symbol_derivation = "not printed: derived from the number " + n + " of a resolution of the " + res_.body;
    std::string warning = "symbol " + *res_.meta.symbol + " " + *res_.meta.symbol_derivation;
    if (const auto other = other_symbol_in_furniture(doc_, prefix, *res_.meta.symbol))
      warning += "; the page furniture prints another symbol, " + *other + ": check which is the document's";
    res_.warnings.push_back({std::string(kStage), {}, warning});
  }

  // A section starting at block b: its level, number and heading; the
  // number of blocks it takes (0 when b does not start one).
  std::size_t section_at(std::size_t b, Section& sec, std::string* label = nullptr) const {
    const std::string_view t = text_at(b);
    std::string num;
    std::optional<RichText> heading;
    std::size_t taken = 1;
    if (auto m = re_.section_alone.search(t)) {
      num = std::string(m->str(t, 1));
      if (label) *label = std::string(t);
      if (title_like(text_at(b + 1)) && !table_block(b + 1)) {
        heading = rich(b + 1);
        taken = 2;
      }
    } else if (auto m2 = re_.section_inline.search(t)) {
      const char last = t.back();
      if (last == '.' || last == ',' || last == ';' || last == ':') return 0;
      num = std::string(m2->str(t, 1));
      if (label) *label = std::string(trim(t.substr(0, m2->groups[2].first)));
      heading = rich(b, m2->groups[2].first);
    } else {
      return 0;
    }
    // Level: roman numerals are parts, letters their subdivisions; a letter
    // that follows the previous letter ("H" then "I") stays a letter.
    int level = is_upper_roman(num) ? 1 : 2;
    if (level == 1 && num.size() == 1 && !res_.sections.empty() && res_.sections.back().level == 2 &&
        res_.sections.back().num.size() == 1 && res_.sections.back().num[0] + 1 == num[0])
      level = 2;
    if (level == 2 && std::none_of(res_.sections.begin(), res_.sections.end(), [](const Section& s) { return s.level == 1; }))
      level = 1;
    sec = Section{level, num, std::move(heading), {}, {}};
    return taken;
  }

  // Block b's text, as read again where its label was misread (read_again_).
  std::string_view text_at(std::size_t b) const {
    if (const auto it = read_again_.find(b); it != read_again_.end()) return it->second;
    return b < blocks_->size() ? std::string_view((*blocks_)[b].text) : std::string_view();
  }

  // A heading line: short, not a paragraph of its own, no closing comma or semicolon.
  bool heading_like(std::string_view t) const {
    if (t.empty() || t.size() > kMaxHeadingBytes || re_.operative.search(t) || re_.point.search(t) ||
        re_.section_alone.search(t) || re_.annex.search(t) || re_.meeting.search(t))
      return false;
    const char last = t.back();
    return last != ',' && last != ';' && last != ':';
  }
  // A title line: a heading line that is not a closed sentence either.
  bool title_like(std::string_view t) const { return heading_like(t) && !t.ends_with("."); }

  // The title lines after block b, at most `most`; a table's rows are not
  // titles. Advances b past them.
  std::vector<RichText> title_lines(std::size_t& b, std::size_t most) {
    std::vector<RichText> lines;
    while (lines.size() < most && title_like(text_at(b + 1)) && !re_.figures.search(text_at(b + 1)) && !table_block(b + 1)) {
      lines.push_back(rich(b + 1));
      ++b;
    }
    return lines;
  }

  std::vector<OperativeParagraph>& current_operative() {
    return res_.sections.empty() ? res_.operative : res_.sections.back().operative;
  }

  // The text of block b from byte `from`, trimmed, with its note marks, its
  // source lines and its italic lead.
  RichText rich(std::size_t b, std::size_t from = 0, std::size_t to = std::string_view::npos) const {
    const Block& block = (*blocks_)[b];
    RichText t;
    const std::string_view text = text_at(b);
    std::size_t begin = from, end = std::min(to, text.size());
    while (begin < end && text[begin] == ' ') ++begin;
    while (end > begin && text[end - 1] == ' ') --end;
    t.text = std::string(text.substr(begin, end - begin));
    for (const NoteMark& m : block.marks) {
      if (m.offset < from || (to != std::string_view::npos && m.offset > to)) continue;
      // A mark its place linked (a table's letter "a") names its note.
      if (m.note && *m.note < res_.footnotes.size()) {
        t.notes.push_back(NoteRef{std::clamp(m.offset, begin, end) - begin, *m.note});
        continue;
      }
      auto it = note_index_.find(m.marker);
      if (it == note_index_.end()) continue;
      t.notes.push_back(NoteRef{std::clamp(m.offset, begin, end) - begin, it->second});
    }
    for (std::size_t i = 0; i < block.origins.size(); ++i) {
      const Origin& o = block.origins[i];
      const std::size_t stop = i + 1 < block.origins.size() ? block.origins[i + 1].offset : text.size();
      if (stop <= begin || o.offset >= end) continue;
      t.source.push_back(Origin{std::max(o.offset, begin) - begin, o.page, o.line, o.column});
    }
    const std::string& lead = styles_[b].lead;
    if (!lead.empty() && lead.size() <= kMaxLeadBytes && std::string_view(t.text).starts_with(lead))
      t.italic.push_back(StyledRun{0, lead.size(), styles_[b].lead_bold});
    return t;
  }

  // Records that structure placed `before`, printed at the start of block
  // b, as `after` (a label without the words or punctuation around it), so
  // that the edit log still accounts for every printed character.
  void record_label(std::size_t b, std::string before, std::string after, std::string reason,
                    std::string kind = "label_kept_bare") {
    if (before == after) return;
    const Origin o = (*blocks_)[b].origin_at(0);
    Position pos = o.page >= 1 ? doc_.position_of(static_cast<std::size_t>(o.page - 1), static_cast<std::size_t>(o.line))
                               : Position{};
    pos.column = 1;
    res_.edits.push_back(Edit{std::string(kStage), std::move(kind), pos, std::move(before), std::move(after),
                              std::move(reason), 1.0, std::nullopt});
  }

  // The resolution's number printed after (a line of) its title, at byte
  // `at` of block `number_b` (a Chinese version's dump: the title's lines,
  // then "78/214.", then the formula; or "78/214." between the title's two
  // lines), is read first, as the AKN and the text give it ("78/214. 打击
  // …"): a move edit to the start of block `title_b`'s first line, which the
  // conservation check replays.
  void record_number_read_first(std::size_t number_b, std::size_t at, std::size_t title_b, std::string kind, std::string reason) {
    const std::string_view t = text_at(number_b);
    std::size_t end = at;
    while (end < t.size() && t[end] != ' ' && t[end] != '\n') ++end;
    const std::string printed(t.substr(at, end - at));
    const Origin n = (*blocks_)[number_b].origin_at(at), first = (*blocks_)[title_b].origin_at(0);
    if (printed.empty() || n.page < 1 || first.page < 1) return;
    const Page& page = doc_.pages[static_cast<std::size_t>(n.page - 1)];
    if (static_cast<std::size_t>(n.line) >= page.lines.size()) return;
    const std::size_t column = page.lines[static_cast<std::size_t>(n.line)].text.find(printed);
    if (column == std::string::npos) return;
    Position where = doc_.position_of(static_cast<std::size_t>(n.page - 1), static_cast<std::size_t>(n.line));
    where.column = static_cast<int>(column) + 1;
    Position read = doc_.position_of(static_cast<std::size_t>(first.page - 1), static_cast<std::size_t>(first.line));
    read.column = 1;
    Edit e{std::string(kStage), std::move(kind), where, printed, printed, std::move(reason), 1.0, std::nullopt};
    e.read_at = read;
    res_.edits.push_back(std::move(e));
  }

  // The conclusions keep the meeting and date without the punctuation an
  // old volume prints after them ("1976th plenary meeting," "25 October 1971.").
  void record_conclusions_bare(std::size_t b, std::string kept) {
    const std::string printed = collapse_spaces(text_at(b));
    if (printed == kept) return;
    record_label(b, printed, std::move(kept), "the conclusions keep the meeting and the date without the punctuation printed after them");
  }

  // A part found at block b, its number as printed (`label`) recorded as kept bare.
  void push_section(std::size_t b, Section sec, const std::string& label) {
    record_label(b, label, sec.num, "a part's number is kept as its number alone, without \"Part\" or the full stop printed with it");
    res_.sections.push_back(std::move(sec));
  }

  void warn(std::size_t b, std::string message) { warn_at(b, 0, std::move(message)); }

  // A warning at the line of block b that holds byte `offset` of its text.
  void warn_at(std::size_t b, std::size_t offset, std::string message) {
    Position pos;
    if (b < blocks_->size()) {
      const Origin o = (*blocks_)[b].origin_at(offset);
      pos.page = o.page;
      if (o.page >= 1 && static_cast<std::size_t>(o.page) <= doc_.pages.size()) {
        const auto& lines = doc_.pages[static_cast<std::size_t>(o.page - 1)].lines;
        if (o.line >= 0 && static_cast<std::size_t>(o.line) < lines.size()) {
          const Line& line = lines[static_cast<std::size_t>(o.line)];
          pos.line = line.source_line > 0 ? line.source_line : o.line + 1;
        }
      }
    }
    res_.warnings.push_back(Diagnostic{std::string(kStage), pos, std::move(message)});
  }

  const Document& doc_;
  const Patterns& re_;
  std::size_t first_ = 0;  // the block this resolution starts at
  bool following_ = false;  // printed after another resolution's conclusions
  std::size_t next_start_ = kNoBlock;  // where the resolution printed after this one starts
  std::vector<std::size_t> following_starts_;  // where each resolution printed after this one starts
  Resolution res_;
  std::map<std::string, std::size_t> note_index_;
  std::vector<Block> line_blocks_;
  const std::vector<Block>* blocks_ = &doc_.blocks;
  std::vector<BlockStyle> styles_;
  Zone zone_ = Zone::preface;
  bool conclusions_date_misread_ = false;  // taken by take_misread_conclusions_date
  std::vector<std::size_t> preface_blocks_;  // blocks kept in the preface beyond the title
  // Lines refused as the title (no letter, a date line): preface matter
  // printed before the title, kept there when the text is read as a record.
  std::vector<std::size_t> refused_title_blocks_;
  bool title_closed_ = false;  // a paragraph of the text came first: no title is taken
  bool masthead_unread_ = false;  // the masthead's organization name was refused as the title
  std::size_t title_block_ = 0;              // the block the title was taken from
  std::size_t number_alone_block_ = kNoBlock;  // the block of the number alone on its line (take_number_alone)
  bool heading_before_sponsors_ = false;     // the title was right above the sponsor line
  std::vector<TableRun> tables_;
  std::map<std::size_t, std::pair<std::size_t, std::size_t>> table_first_;  // a table's first block: (table, last block)
  std::vector<bool> table_block_;  // by block: a cell of a table
  bool announced_ = false;        // the last operative paragraph ends with ":" and no point followed
  std::optional<bool> announced_items_;  // what it announces are items of their own (not a table's rows)
  bool table_announced_ = false;  // a table the last operative paragraph announces was placed
  std::pair<std::size_t, std::size_t> table_heading_{kNoBlock, kNoBlock};  // the blocks of the last lettered heading of an announced table
  bool read_as_record_ = false;   // no formula: the text was read as plain paragraphs
  double body_size_ = -1;         // the median size of OCR body lines (ocr_body_size), once asked
  std::optional<RichText> pending_heading_;  // a heading waiting for its paragraph
  // Blocks whose paragraph number or point label OCR misread, as read from
  // the numbering (take_misread_label): the same length as the printed text.
  std::map<std::size_t, std::string> read_again_;
};

}  // namespace

Resolution recover_structure(const Document& doc) { return StructureBuilder(doc).build(); }

}  // namespace akn
