// Paragraph numbers and point labels as OCR misreads them, read from the
// numbering sequence they stand in: "12, Solicita" after paragraph 11 is
// paragraph 12 ("12." with its full stop read as a comma); "1) Adoptar"
// between points e) and g) is point f) (its letter read as a figure).
// Pure functions of the printed text and the labels around it; the
// structure builder records each reading as an edit. Internal to
// structure/.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace akn::structure {

// A label read otherwise than printed: `text` is the block's text with the
// label replaced (the same length in bytes, so that offsets into the block
// stay valid), `printed` and `read` the label as printed and as read.
struct LabelReading {
  std::string text;
  std::string printed, read;
  std::string reason;
};

// `text` opens with paragraph number `expected` (the number after the last
// numbered paragraph, 1 when none) whose full stop OCR read as another
// mark (",", ":", ";"), then a word: the number read with its full stop.
// Before Han text, which may follow the label without a space, the mark
// may be full-width ("10，呼吁") or lost ("5 确认"); the text read again is
// then padded with spaces to the printed length. nullopt when `text` opens
// otherwise, or with another number.
std::optional<LabelReading> misread_paragraph_number(std::string_view text, std::size_t expected);

// `text` opens with paragraph number `expected` as OCR read it with noise
// about it: a stray sign before the number ("$5.", "|5.", "‘5.": a speck or
// a mark of the margin read beside it), or figures read as their look-alikes
// ("l2." for "12.", "1O." for "10.", "$." or "S." for "5."),
// then a full stop (or the mark misread_paragraph_number reads for it) and
// a word. Read only when the figures read as their look-alikes give
// `expected` and the numbering leaves exactly that room: the next numbered
// paragraph (`next`, its number; 0 when none follows) is expected + 1, or
// none follows. A label of letters only ("S." for "5.") is read so only
// when the next numbered paragraph follows (a part's "I." or "B." opens a
// part where no paragraph of that number is missing); a correct label is
// no misreading (nullopt). The text read again
// is padded with spaces to the printed length.
std::optional<LabelReading> noisy_paragraph_number(std::string_view text, std::size_t expected, std::size_t next);

// A point label as a list of one-letter labels prints it ("f)"), read as
// a figure or a letter out of the sequence ("1)", "5)", "9)"): `text`
// opens with one character and ")" that is not the letter after
// `previous` (the label of the point before it, "e)"), and then a word.
// When the point after it (`next`, the text of the next block; empty when
// none) is labelled with the letter after that one, the sequence says
// which letter it is: the label is read as it ("confirmed"). Otherwise the
// block is still the next point of the list, but its label is kept as
// printed (the caller warns). nullopt when `text` is no such point.
struct PointReading {
  std::optional<LabelReading> confirmed;  // the label read as the sequence's letter
  std::string printed;                    // the label as printed ("9)")
  std::string expected;                   // the sequence's letter ("d)")
};
std::optional<PointReading> misread_point_label(std::string_view text, std::string_view previous, std::string_view next);

// A bracketed label that would open a list but cannot: `label` ("(w)",
// "w)") is one Latin letter other than a, or a roman number other than i,
// so no list starts with it, and `next` (the text of the next block; empty
// when none) does not open with the label after it ("(x)"). Such a token
// is no point of a list: at a letter's end it is mostly an OCR misreading
// of a signature's "(Signed)" ("(w) Johanan BEIN"). False for labels of
// other scripts (an Arabic list's letters, read as they are).
bool opens_no_list(std::string_view label, std::string_view next);

// A quote mark OCR read between a paragraph's number or a point's label
// and its Han text ("2. ”表示", "(e) “声讨"; the scan's marks beside the
// label's bold type): a closing quote cannot open the text; an opening one
// that nothing in the text closes is no quotation when the text was read
// by OCR (`ocr`; a born-digital quotation may run over several
// paragraphs). `label_end`: where the label ends in `text`. The text with
// the quote blanked (spaces, the same length), `printed` the quote;
// nullopt when there is none, or when Han does not follow it.
std::optional<LabelReading> stray_quote_after_label(std::string_view text, std::size_t label_end, bool ocr);

}  // namespace akn::structure
