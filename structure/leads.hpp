// The words a preambular paragraph of a UN resolution opens with (its
// lead, printed in italics: "Recalling", "Rappelant", "Recordando"), in the
// languages whose resolutions structure reads paragraph by paragraph from
// OCR. A line that opens with one after a clause ended opens a paragraph
// (StructureBuilder's preambular_cuts). Internal to structure/.
#pragma once

#include <string_view>

namespace akn::structure {

// Whether `text` (a line's text, white space before it aside) opens with a
// preambular lead word of `language` ("en", "fr", "es"; other languages
// have none here): the word as the UN prints it, capitalised, followed by
// a space or the end. False for a language without a table.
bool opens_with_preambular_lead(std::string_view text, std::string_view language);

}  // namespace akn::structure
