// Byte scans of core/text.cpp that the cleanup passes run on every line,
// eight bytes at a time. Apart from core/text.hpp, which nearly every file
// includes.
#pragma once

#include <string_view>

namespace akn {

// Whether `s` may need collapsing inside (collapse_spaces): it holds a
// control character (tab, line or page break ...) or two spaces in a row.
// False means every white space byte of `s` is a single space.
bool may_need_collapsing(std::string_view s);

}  // namespace akn
