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
// writes no one-letter word apart; a part under four letters the
// dictionary accepts is a word only where the document prints it apart,
// or it is a short word of Arabic's closed classes, and two such short
// parts are joined only where the second has at most two letters; a
// second part of two letters opening with ي is a piece of a word unless
// Arabic writes it as a word: see the .cpp). The article alone ("ال
// دولي") goes on the word after it, unless it may end the word before it;
// on a line pdftotext letter-spaced (two spaces or more certainly inside
// words after letters that join the next: a letter alone or the article
// alone on one side), the spaces inside words after joining letters are
// closed too; a piece between a credible word and a token it makes a word
// with goes with that token. Two parts that are both words stay
// apart; when the document also prints them whole, both readings stand and
// the line is kept with a warning. With no Arabic dictionary no part is
// joined. A line's left end that pdftotext printed on a line of its own
// above it, where a vowel mark stands over the word cut there ("ظ ِم
// للعلاقة بين" over "... المن ّ"), is read back after it (edit
// arabic_left_end) where the two pieces make a word.
void repair_arabic_dump_words(Document& doc, const PassContext& ctx);

}  // namespace akn::detail
