// A text dump's notes with no separator printed over them (LibreOffice,
// LaTeX and InDesign draw the separator as a line, which pdftotext does
// not print). Internal to cleanup/: collect_footnotes runs it first.
#pragma once

#include "core/document.hpp"

namespace akn {
struct PassContext;
}

namespace akn::detail {

// In a text dump none of whose pages prints a separator, the block of
// notes at each page's foot is read by what identifies notes in any UN
// document (see dump_note_blocks.cpp): at the foot, numbered in sequence
// from the document's numbering, each number marked in the body above on
// the same page. Such a block moves to Document::footnotes (edits with a
// reason); one whose form reads as notes but whose marks the body does not
// hold stays as printed, with a warning naming the page.
void collect_dump_note_blocks(Document& doc, const PassContext& ctx);

// An Arabic note's number printed in brackets at its line's start ("(1)انظر",
// "(١) انظر") written as notes are, "1 انظر": an edit of line `where`
// (page and line indices) with its reason, so that the printed brackets are
// accounted for. Lines that do not read right to left, or do not open so,
// are left as they are.
void unbracket_note_number(Document& doc, std::size_t page, std::size_t line, const std::string& marker);

}  // namespace akn::detail
