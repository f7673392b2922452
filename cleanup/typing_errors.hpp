// What a typist gets wrong: the one-keystroke slips that fix_typos accepts
// as the explanation of a misspelling, on a QWERTY keyboard. A difference
// that is a form of the word (an inflection, a change of case, a British or
// American spelling) is never a typing error.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace akn {

// How `printed` comes from typing `meant` with one slip, in words for an edit
// reason ("e and m swapped"), or nullopt when no slip explains it:
// - two neighbouring letters swapped ("Assmebly");
// - a letter left out ("goverment"), except a final s, d or apostrophe
//   (inflections: "renewable" for "renewables");
// - a letter typed twice, or a neighbouring key typed as well ("commitee",
//   "informaition"), except a final s, d or apostrophe;
// - a neighbouring key typed instead ("villaye" for "village"), except s
//   and z ("organisation" is a spelling, not a slip).
// Both words must be ASCII letters (and ' or -) and differ in more than case.
std::optional<std::string> typing_slip(std::string_view printed, std::string_view meant);

// Whether two letters sit side by side (or above one another) on a QWERTY
// keyboard; case is ignored.
bool neighbouring_keys(char a, char b);

}  // namespace akn
