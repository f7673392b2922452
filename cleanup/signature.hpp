// The signature of a UN letter (internal to cleanup/). A letter closes with
// its closing formula ("I have the honour to request that the present
// letter be circulated ...", "Veuillez agréer ..."), then the signature:
// "(Signed) Name SURNAME" ("(Signé)", "(Firmado)", "(Подпись)" in the other
// languages), the surname in capitals, and the signatory's title lines
// ("Ambassador", "Permanent Representative"). An annex may follow on the
// next page.
#pragma once

#include <string_view>
#include <vector>

#include "cleanup/pass_util.hpp"

namespace akn {
class Dictionary;
}

namespace akn::detail {

// On pages read by OCR (or an OCR text layer), a line of `lines` (body
// lines in reading order) that opens with a short bracketed token that is
// no word ("(w) Johanan BEIN", "(U) Aryeh LEVIN") where the signature's
// mark stands is the mark OCR damaged. It is mended to the mark of the
// document's language (an edit of pass `pass`) when the position is clear:
// the letter's closing formula in the lines before it, and a name in
// capitals on its line or a title line after it, and no list around it
// (no bracketed label opening a line near it). Where only part of that holds, it is kept, with a warning.
void mend_signature_marks(Document& doc, const std::vector<LineRef>& lines, std::string_view pass,
                          const Dictionary* dictionary);

// For each of `lines`, whether it is a line of a signature block: a line
// that opens with the signature's mark, and the lines after it on its page
// up to kSignatureBlockLines (the name and title lines). No line of the
// text goes on after such a line across a page break.
std::vector<bool> signature_blocks(const Document& doc, const std::vector<LineRef>& lines);

}  // namespace akn::detail
