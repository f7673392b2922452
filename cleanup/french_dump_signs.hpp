// French raised letters a text dump sets apart (part of repair_split_words).
#pragma once

#include "core/document.hpp"

namespace akn::detail {

// On the lines of a text dump (no word boxes) of a document in French: the
// UN prints an ordinal's sign and the "o" of "no" (numéro) raised, and
// pdftotext may set them apart from the figures or the "n" they belong to
// ("sa 8979 e séance", "le 1 er août 1975", "Supplément n o 53", "n os 970
// à 973"). No French word is "e", "er", "re", "es", "ers" or "res" after
// figures or a Roman numeral, nor a lone "n" before "o" and figures: the
// space goes (edit french_raised_letters_rejoined), "8979e séance", "no 53".
void rejoin_french_raised_letters(Document& doc);

}  // namespace akn::detail
