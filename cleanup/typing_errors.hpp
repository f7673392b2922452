// What a typist gets wrong: the one-keystroke slips that fix_typos accepts
// as the explanation of a misspelling, on the keyboard of the document's
// language (QWERTY for English and Spanish, AZERTY for French; for other
// languages no slip is judged). A difference that is a form of the word (an
// inflection, a change of case, a British or American spelling) is never a
// typing error.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace akn {

// How `printed` comes from typing `meant` with one slip, in words for an edit
// reason ("e and m swapped"), or nullopt when no slip explains it:
// - two neighbouring letters swapped ("Assmebly");
// - a letter left out ("goverment"), except a final letter that inflects
//   the word (English s, d or apostrophe: "renewable" for "renewables";
//   French s, x, e; Spanish s);
// - a letter typed twice, or a neighbouring key typed as well ("commitee",
//   "informaition"), except a final inflecting letter;
// - a neighbouring key typed instead ("villaye" for "village"), except s
//   and z ("organisation" is a spelling, not a slip).
// Both words must be ASCII letters (and ' or -) and differ in more than case.
// `language` is as detect_language names it ("en").
std::optional<std::string> typing_slip(std::string_view printed, std::string_view meant,
                                       std::string_view language = "en");

// Whether two letters sit side by side (or above one another) on the
// keyboard of `language`; case is ignored. False for a language with no
// keyboard here.
bool neighbouring_keys(char a, char b, std::string_view language = "en");

}  // namespace akn
