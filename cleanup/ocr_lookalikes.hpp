// Glyphs OCR reads as look-alikes of other glyphs, whatever its confidence
// (see ocr_lookalikes.cpp).
#pragma once

#include <string_view>

#include "core/document.hpp"

namespace akn {

// On OCR pages only: a bar "|" standing as the number after a numbering
// word ("paragraph | (a)", "annex |"), a stray bar between a paragraph's
// number and its operative verb ("4. | Expresses"), the S of a UN symbol
// read as "§" ("§/PRST/1996/17") and the day of a date line read with
// letters for figures ("Ll April 2025") are read as printed, each an edit
// of `pass`, and so is a report line's closing bracket read as a bar; where
// the context does not decide, the text is kept with a warning.
void mend_ocr_lookalikes(Document& doc, std::string_view pass);

// On OCR pages, after the masthead is read: a symbol citing a session or
// year later than the document's (its masthead session or year of issue,
// plus one) is warned about as a misread (kSymbolWarningOpening).
void warn_later_symbols(Document& doc, std::string_view pass);

}  // namespace akn
