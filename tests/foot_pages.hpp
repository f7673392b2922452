// Shared by the tests of notes read by OCR (test_footnotes, test_scan_notes).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"

namespace akn::test {

// OCR pages of `pages`' lines (an empty string is the blank line the
// reading makes of a drawn rule), in body type (10 pt), each line 12 pt
// under the one before and the last 72 pt over the foot of an A4 page, where
// notes and their separator are printed; the blank line has the thin box of
// a separator a quarter of the text wide, the other lines span the text from
// x0 102. With `word_confidence` given, each line also has its words (split
// at spaces), each read with that confidence.
Document ocr_foot_pages(const std::vector<std::vector<std::string>>& pages, std::optional<double> word_confidence = {});

}  // namespace akn::test
