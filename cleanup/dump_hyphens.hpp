// Compound hyphens a plain text dump dropped at line ends. Internal to
// cleanup/ (rejoin_hyphenated_lines calls it).
//
// Plain pdftotext joins a word the PDF breaks at a line's hyphen and drops
// the hyphen, whatever the word: "Secretary-" / "General on 23 ..." comes
// out as one line "... the SecretaryGeneral on 23 ...", "2021-" / "2030"
// as "20212030", "социально-" / "экономического" as
// "социальноэкономического". UN documents in English break no word at a
// syllable, so nearly every such join loses a compound's hyphen; in other
// languages a syllable break joined is right. The join leaves no sign in the
// text but its place: the piece before it ended a full printed line.
#pragma once

#include <cstddef>
#include <vector>

#include "cleanup/cleanup.hpp"
#include "cleanup/pass_util.hpp"

namespace akn::detail {

// In the body lines `lines` of a text dump that joined its line-end
// hyphens (plain pdftotext: no geometry, no line laid out as printed,
// hardly a line ending in a hyphen), at the places where a printed line
// would have ended (from the width its lines are wrapped at, in
// characters), a word that certainly lost a compound's hyphen gets it back,
// as an edit with its evidence. A dumped line no wider than a printed one
// holds a join only where it ends a paragraph (in punctuation); there and
// in a line too wide for one printed line, the evidence is:
//  - two years run together ("20212030", "202425": a range);
//  - the document prints the hyphenated form more often than the joined
//    one outside such places (twice and never joined where the dictionary
//    knows the joined word: "non-governmental");
//  - for a word neither the dictionary nor the document knows whole: a
//    conjunction after the hyphen with a compound after it ("lowand
//    middle-income": "low- and"), or an English ordinal ("seventyninth").
// Only in a line too wide for one printed line (a join happened in it):
//  - a capital inside a word after a lower-case letter, both halves words
//    ("SecretaryGeneral"; a name printed so, "BirdLife", stays);
//  - in English (UN English breaks no word at a syllable), at the join of a
//    line of two printed lines, both halves words of the dictionary or the
//    British spelling of one ("centred"; of at least 4 letters, or printed
//    whole by the document), the joined word
//    unknown, no British spelling of a word it knows ("channelling") and no
//    other split into two such words ("hot|spots", "hots|pots").
// A hyphen a PDF sets apart from its word by a kerning gap ("Secretary -")
// is dropped too, and the dump keeps the space: "the Secretary General
// on". Two words spaced are a phrase as often as a compound ("in the long
// term;" beside "long-term plans"), so in English only, the hyphen comes
// back in place of the space: for English ordinal words ("twenty fourth",
// no English spaced) at any place where a join may be, as a word's halves;
// for other words only where a printed line ended for certain (the first
// full printed line after the line's start or its last join found, the
// rest of the dumped line being too wide for one printed line), where the
// document prints the two words as a compound of their own, in the same
// case ("Secretary-General"; not "of-society" of "whole-of-society", nor a
// piece of an address), and never spaced outside such places; never when
// either is a particle ("follow up" beside "follow-up", "in depth" beside
// "in-depth": printed both ways).
// Where two places of one line that are less than a printed line apart
// could each be a join, none is chosen and a warning names their words.
// The printed width is read from the dump's lines of prose (a table's
// short rows left out).
// Only Latin and Cyrillic text: Arabic and Han are not hyphenated.
void restore_dropped_hyphens(Document& doc, const std::vector<LineRef>& lines, const PassContext& ctx);

}  // namespace akn::detail
