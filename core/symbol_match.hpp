// Where a document symbol stands whole in a text: not inside a longer
// symbol or word. "A/RES/78/1" stands in "See A/RES/78/1." and "(A/RES/78/1)",
// never in "A/RES/78/15", "A/RES/78/1/Add.1" or "XA/RES/78/1". Shared by
// remove_furniture (a line printing the document's own symbol) and the
// quality check (the symbol left in the text), so the two read it alike.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace akn {

// The first offset at or after `from` where `symbol` stands whole in
// `text`: the bytes next to it are no letter, figure or '/'; npos when it
// stands nowhere (or `symbol` is empty).
std::size_t find_whole_symbol(std::string_view text, std::string_view symbol, std::size_t from = 0);

// Whether `symbol` stands whole anywhere in `text`.
inline bool prints_whole_symbol(std::string_view text, std::string_view symbol) {
  return find_whole_symbol(text, symbol) != std::string_view::npos;
}

// The number of the General Assembly resolution whose symbol is `symbol`,
// as the resolution prints it before its title: "78/214" of A/RES/78/214,
// "ES-11/1" of A/RES/ES-11/1, "S-27/2" of A/RES/S-27/2; empty for any other
// symbol.
std::string resolution_number_of_symbol(std::string_view symbol);

}  // namespace akn
