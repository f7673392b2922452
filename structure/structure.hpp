// Structure: a cleaned Document in, a Resolution out.
//
// Reads the blocks built by cleanup (or one block per body line when no
// pass built blocks) and the metadata and footnotes collected on the way,
// and places every block: preface (adoption line, committee report line,
// number and title), formula, preambular paragraphs, operative paragraphs
// with their sub-paragraphs, conclusions. A block it cannot place is kept
// (as preface text or appended to the previous paragraph) and reported in
// Resolution::warnings. Never throws for content; pure function.
#pragma once

#include "core/document.hpp"
#include "core/language.hpp"  // detect_language, moved to core for cleanup
#include "structure/resolution.hpp"

namespace akn {

Resolution recover_structure(const Document& doc);

// The AKN4UN actor for an issuing body, as the UN writes it: "General
// Assembly" -> "unga"; "un" for a body not in core/un_vocabulary.hpp.
std::string actor_for_body(std::string_view body);

}  // namespace akn
