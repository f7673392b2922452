#pragma once

#include <vector>

#include "core/document.hpp"

namespace akn::detail {

// Pandoc/GFM footnotes of a Markdown document: each reference "[^label]"
// becomes a footnote mark, each definition "[^label]: text" (with its
// continuation lines) a note of Document::footnotes, its lines set apart
// from the body. A reference with no definition, or a definition never
// referenced, is kept as printed, with a warning. Called by strip_markdown
// after its other conversions, so the notes' text is free of Markdown.
// Lines flagged in `verbatim` (by index in line_refs(doc): code blocks,
// tables) hold neither references nor definitions.
void read_markdown_notes(Document& doc, std::string_view pass, const std::vector<bool>& verbatim);

}  // namespace akn::detail
