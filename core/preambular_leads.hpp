// The words a preambular paragraph of a UN resolution opens with (its
// lead, printed in italics: "Recalling", "Rappelant", "Recordando"), in the
// languages whose preambles are read paragraph by paragraph where the page
// does not set them apart. A line that opens with one after a clause ended
// opens a paragraph: read by OCR, where the page indents it (structure's
// preambular_cuts); in a text dump, where the preamble so far opens its
// paragraphs so (unwrap_lines' split_preambular_paragraph).
#pragma once

#include <string_view>

namespace akn {

// Whether `text` (a line's text, white space before it aside) opens with a
// preambular lead word of `language` ("en", "fr", "es", "ru", "ar", "zh"; other
// languages have none here): the word as the UN prints it (capitalised;
// lowercase in Russian, which prints its leads so; "وإذ", "وقد", "واقتناعا
// منها" in Arabic), followed by
// a space, a comma ("Recalling, in this context, its ...") or the end; in
// Chinese, which sets no space after a word, by the rest of the line. In
// English, French and Spanish a lead the table lacks is read by its form
// (a capitalised participle or gerund, "Mesurant l’importance"; see the
// .cpp). False for a language without a table.
bool opens_with_preambular_lead(std::string_view text, std::string_view language);

}  // namespace akn
