// The page a position names. Position::page is a page's number in the
// source (Page::number); doc.pages holds the pages in the order they are
// read, which is the source's unless cleanup's order_pages put them in the
// order their printed numbers give.
#pragma once

#include <cstddef>
#include <optional>

#include "core/document.hpp"

namespace akn {

// The index in doc.pages of the page whose Page::number is `number`;
// nullopt when none.
inline std::optional<std::size_t> page_index_of(const Document& doc, int number) {
  if (number >= 1 && static_cast<std::size_t>(number) <= doc.pages.size() &&
      doc.pages[static_cast<std::size_t>(number - 1)].number == number)
    return static_cast<std::size_t>(number - 1);  // the source's order
  for (std::size_t k = 0; k < doc.pages.size(); ++k)
    if (doc.pages[k].number == number) return k;
  return std::nullopt;
}

}  // namespace akn
