#include "core/symbol_match.hpp"

#include "core/regex.hpp"

namespace akn {

namespace {
// A byte that would make the symbol part of a longer one: a letter, a
// figure or the '/' between a symbol's parts.
bool symbol_char(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '/'; }
}  // namespace

std::size_t find_whole_symbol(std::string_view text, std::string_view symbol, std::size_t from) {
  if (symbol.empty()) return std::string_view::npos;
  for (std::size_t at = text.find(symbol, from); at != std::string_view::npos; at = text.find(symbol, at + 1)) {
    const std::size_t end = at + symbol.size();
    if ((at > 0 && symbol_char(text[at - 1])) || (end < text.size() && symbol_char(text[end]))) continue;
    return at;
  }
  return std::string_view::npos;
}

std::string resolution_number_of_symbol(std::string_view symbol) {
  static const Regex kResolutionSymbol("^A/RES/((?:ES-|S-)?[0-9]{1,4}/[0-9]{1,4})$");
  const auto m = kResolutionSymbol.search(symbol);
  return m ? std::string(m->str(symbol, 1)) : std::string();
}

}  // namespace akn
