// The page numbers a document's pages print, as remove_furniture logged
// them. Read by order_pages (cleanup/page_order.cpp), which puts pages back
// in the order they print when that is certain, and by the quality check
// (verify/quality.hpp page_sequence_faults), which warns of pages out of
// order or missing: one reading, so the two never disagree.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/page_index.hpp"

namespace akn {

// The whole-line forms of a page number in the six UN languages, as the
// 1990s heads and the later footers print them: "Page 3" (English,
// French), "Page 3 of 5", "Página 3" (Spanish), "Страница 3" and "Стр. 3"
// (Russian), "الصفحة 3" (Arabic), "第3页" (Chinese). remove_furniture takes a
// line of one of them, in the page's head or foot, as a page number.
std::string page_word_line_pattern();

// remove_furniture's reason for a number alone as a page number ("3",
// "- 3 -"), whole line or one part of a footer set apart by wide gaps
// ("2      12-27711", "12-27711      3": "page footer: bare page number +
// job-number footer"). printed_page_numbers reads the part by it.
inline constexpr std::string_view kBarePageNumberReason = "bare page number";
// remove_furniture's reason for the continuation mark "/..." a page prints
// at its foot when the text goes on overleaf (whole line or part of one).
inline constexpr std::string_view kContinuationMarkReason = "continuation mark";

struct PrintedNumber {
  long number = 0;
  long total = 0;  // 0: the page prints no total
  int line = 0;    // Position::line of the furniture line that prints it
};

// Each page's printed number, indexed as doc.pages holds the pages (in the
// order they are read), when the furniture remove_furniture logged on it
// prints exactly one: "N/M" set apart by spaces (not a part of a symbol
// "A/RES/80/95"), the page words above ("Page N", "Page N of M"), or a
// number alone as the whole of a line taken for a page number, or as the
// first or last part of a line of parts taken for furniture ("2
// 12-27711", "12-27711 3": the reason names the parts in order). A page
// printing two different numbers has none, and so have pages printing the
// same number (a printing error: A/RES/79/313 prints "2/12" on every even
// page; or a page printed twice).
std::vector<std::optional<PrintedNumber>> printed_page_numbers(const Document& doc);

}  // namespace akn
