// Words kept as read in a script they may not be printed in: the warnings
// of correct_ocr_words' mixed scripts (mixed_scripts.cpp: a word mixing
// Latin and Cyrillic letters, or a word of the other script made of
// look-alikes, "poe" in a Russian document) and of normalize_text's
// ligature artefacts (Latin letters inside an Arabic word of a text layer).
// Each is a word the reader must compare with the page: the quality score
// counts them as doubtful words (runner/pipeline.cpp).
#pragma once

#include <string_view>

#include "core/edit_log.hpp"

namespace akn {

// How such a warning ends (mixed scripts) or what it says (ligatures).
inline constexpr std::string_view kMixedScriptKept = ": kept as read (compare it with the page image)";
inline constexpr std::string_view kLigatureKept = "inside an Arabic word, kept as printed";

// Whether `d` is one of those warnings.
inline bool script_doubt(const Diagnostic& d) {
  return (d.pass == "correct_ocr_words" && d.message.ends_with(kMixedScriptKept)) ||
         (d.pass == "normalize_text" && d.message.find(kLigatureKept) != std::string::npos);
}

}  // namespace akn
