// What the printed page says about a block beyond its text: whether it is
// set in bold or italics, and which of its first words are italic (the lead
// words of UN paragraphs, which the UN prints in italics in every language
// but Chinese, where they are bold).
// Internal to structure/.
#pragma once

#include <string>

#include "core/document.hpp"

namespace akn::structure {

struct BlockStyle {
  bool known = false;   // the source states typography (a PDF text layer)
  bool bold = false;    // (nearly) every letter is bold
  bool italic = false;  // (nearly) every letter is italic
  // The italic words that open the block's first line after its number
  // ("12.", "(a)"), as printed with single spaces; empty when none, or when
  // the whole block is italic (then nothing stands out as its lead). Where
  // no word of the block is italic, the bold words that open it (Chinese
  // leads), and then lead_bold is set.
  std::string lead;
  bool lead_bold = false;
};

BlockStyle style_of(const Document& doc, const Block& block);

}  // namespace akn::structure
