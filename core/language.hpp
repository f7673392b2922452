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

// The six official languages of the United Nations, as mastheads name them
// ("Original: English", "ORIGINAL: FRENCH"): the ISO 639-2/B code of a name
// in any case, and the English name of a code; empty for any other.
std::string official_language_code(std::string_view name);
std::string official_language_name(std::string_view code);

}  // namespace akn
