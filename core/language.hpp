// The language a document is written in, guessed from its commonest words.
// Cleanup asks it before correcting words with a dictionary (a French
// document is not corrected with an English one); structure records it.
#pragma once

#include <string>

#include "core/document.hpp"

namespace akn {

// ISO 639-2/B code of the document's language ("eng", "fre", "spa", "rus"),
// from its common words; empty when unsure. Reads the blocks when a pass has
// built them, else the body lines.
std::string detect_language(const Document& doc);

}  // namespace akn
