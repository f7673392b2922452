// Notes marked by raised lowercase letters, as the UN marks the notes of a
// table ("Troops a" ... "a Authorized strength is 246."). Internal to
// cleanup/: collect_footnotes runs it once the numbered notes are taken.
#pragma once

#include "core/document.hpp"

namespace akn {
struct PassContext;
}

namespace akn::detail {

// Links each run of letter notes to the raised letters above it (see
// letter_notes.cpp): the notes move to Document::footnotes, each mark
// becomes a NoteMark that names its note by index (letters restart from
// table to table). A run that cannot be linked whole stays as printed,
// with a warning.
void link_letter_notes(Document& doc, const PassContext& ctx);

}  // namespace akn::detail
