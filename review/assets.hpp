// The style sheet and scripts the review pages carry inline (no file to
// lose, no network). Internal to review/.
#pragma once

#include <string_view>

namespace akn {

std::string_view review_css();
// The document page: legend toggles, a box's edit-log entry on click,
// paragraphs found on the page from the structure list.
std::string_view review_document_js();
// The index: sorting by any column, filters, search.
std::string_view review_index_js();

}  // namespace akn
