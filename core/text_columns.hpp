// Two columns side by side in a text dump (pdftotext -layout of a record):
// where the gutter between them stands. Read by ingest (which reads the
// columns one after the other, ingest/dump_columns.cpp) and by the quality
// measure (verify/quality.hpp interleaved_column_pages, for the pages
// ingest left as given).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace akn {

// The thresholds of the gutter (one block; see dump_page_gutter).
constexpr std::size_t kMinColumnPageLines = 12;       // text lines a page needs to be judged
constexpr std::size_t kMinReadColumnPageLines = 6;    // ... to be read as columns (ingest: the last page of a record)
constexpr std::size_t kGutterWidth = 3;               // spaces the gutter spans
constexpr double kGutterClearShare = 0.95;            // of the page's text lines leave the gutter clear
constexpr double kColumnLineShare = 0.25;             // of its lines have a column's text on each side
constexpr std::size_t kMinColumnText = 15;            // characters beside the gutter that make a column's line
constexpr double kGutterFrom = 0.3, kGutterTo = 0.7;  // where the gutter may stand, in the widest line

// Which characters (code points) of a line are not spaces.
std::vector<bool> inked(std::string_view text);

// The gutter's first column (0-based, in code points) on a page of a text
// dump set in two columns side by side: kGutterWidth spaces at one
// position, between kGutterFrom and kGutterTo of the page's widest line,
// that at least kGutterClearShare of the page's text lines leave clear, with
// kMinColumnText characters or more left of it on kColumnLineShare of them
// and right of it on as many; nullopt when none, or when the page has fewer
// than `min_lines` text lines. Of the positions that pass, the one
// most lines leave clear (the leftmost of equals).
std::optional<std::size_t> dump_page_gutter(const Page& page, std::size_t min_lines = kMinColumnPageLines);

}  // namespace akn
