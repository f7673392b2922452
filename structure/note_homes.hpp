// Where a note whose reference was not linked belongs, on pages that print
// several resolutions one after another (an Official Records volume, a
// yearbook): the notes at a page's foot are numbered in the order of their
// marks in the text above them, whichever resolution holds each mark. A note
// no mark was linked to (OCR read its raised figure as a quote, a degree
// sign, or not at all) is placed by that order:
//
//  - between two linked notes of one resolution (notes 2 and 4 both marked
//    in resolution X), it is X's: its mark lies between theirs;
//  - else, when as many unread marks (a raised-mark look-alike glued to the
//    end of a word: ’ ” “ ‘ " ' ° * ^ ` before punctuation or the end of the
//    paragraph, not closing a quotation) lie in the text between the linked
//    marks around it as there are unlinked notes between their numbers,
//    and those notes are numbered one after another with no gap (a starred
//    note, or one left uncollected, breaks the order), each note is the
//    resolution of its look-alike, in order;
//  - else, when the text on the note's page is one resolution's, it is that
//    one's.
// Otherwise the note stays with the document's own notes, with a warning
// naming the page. The printed text is not changed: a look-alike stays
// where it was read.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "core/edit_log.hpp"

namespace akn {

struct NoteHomes {
  // Footnote index -> resolution: 0 the document's own, k the k-th printed
  // after it (Resolution::following[k - 1]).
  std::map<std::size_t, std::size_t> home;
  std::vector<Diagnostic> warnings;
};

// `blocks` in reading order; the document's own resolution starts at block
// `first`, the k-th resolution printed after it at starts[k - 1] (sorted);
// `note_index`: a mark's number -> its footnote, as structure links them;
// `names`: each resolution's number, for the warnings (starts.size() + 1).
NoteHomes place_unlinked_notes(const Document& doc, const std::vector<Block>& blocks, std::size_t first,
                               const std::vector<std::size_t>& starts,
                               const std::map<std::string, std::size_t>& note_index,
                               const std::vector<std::string>& names);

}  // namespace akn
