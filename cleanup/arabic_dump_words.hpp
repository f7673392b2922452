// Arabic words a text dump splits (part of repair_split_words).
#pragma once

#include "cleanup/cleanup.hpp"

namespace akn::detail {

// On the lines of a text dump (no word boxes) of a document in Arabic:
// pdftotext sets a space after a letter that does not join the next one
// (ا د ذ ر ز و ...) where the glyphs stand apart ("الجار ية"), and gives a
// vowel mark apart from its letter ("وتباد ُل", "موزعة ً"). A mark never
// opens a word: the space before it goes (edit arabic_detached_mark),
// except before a mark alone at the line's end, which may be the next
// line's (kept, with a warning), unless it is tanwin al-fath after a
// final alif ("وفقا ً"), which is written on that alif. Two
// parts are joined (edit arabic_split_word) when the first ends with a
// non-joining letter, the two together are a word (the Arabic dictionary
// accepts it, or the document prints it whole elsewhere) and the parts are
// not both words of the dictionary (a part of one letter is none: Arabic
// writes no one-letter word apart). Two parts that are both words stay
// apart; when the document also prints them whole, both readings stand and
// the line is kept with a warning. With no Arabic dictionary no part is
// joined.
void repair_arabic_dump_words(Document& doc, const PassContext& ctx);

}  // namespace akn::detail
