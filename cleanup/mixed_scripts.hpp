// Letters of two scripts in one OCR word (see mixed_scripts.cpp).
#pragma once

#include "core/document.hpp"

namespace akn {

// On OCR pages, a word mixing Latin and Cyrillic letters whose odd letters
// have a look-alike in its main script, or a one-letter word of the other
// script in a document written in one (a Spanish point label "c)" read as
// Cyrillic "с)"), is written in that script, each change an edit of
// `pass`; other mixed words are kept and warned of.
void mend_mixed_script_words(Document& doc, std::string_view pass);

}  // namespace akn
