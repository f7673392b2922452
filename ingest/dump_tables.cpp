// A table's rows in a text dump (pdftotext -layout prints each row on a
// line, its cells apart by runs of spaces, aligned at the same columns row
// after row). A text dump gives no geometry for find_tables to read cells
// from, and unwrap_lines would join the rows into one paragraph: each row
// is kept a line of its own (a hard break after it and after the line
// above the table), with a warning that the table is not read as one.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "ingest/ingest_detail.hpp"

namespace akn::detail {

namespace {

// Thresholds of the rows (one block).
constexpr std::size_t kCellGap = 3;           // spaces that part two cells of a row
constexpr std::size_t kMinCells = 3;          // cells a row has
constexpr std::size_t kMinRows = 4;           // rows a table has, one after the other
constexpr double kAlignedShare = 0.75;        // of the rows that share a cell edge's column
constexpr std::size_t kMinAlignedEdges = 2;   // such shared edges, beside the rows' first cell's start

// The cells' edges of a line (code point columns): each cell's start and
// end, cells parted by kCellGap spaces or more.
struct Cells {
  std::vector<std::size_t> starts, ends;
};

Cells cells_of(std::string_view text) {
  Cells c;
  std::size_t col = 0, spaces = 0;
  bool in = false;
  for (std::size_t i = 0; i < text.size(); ++col) {
    const char32_t cp = next_code_point(text, i);
    const bool ink = cp != ' ' && cp != '\t';
    if (ink) {
      if (!in) {
        if (c.starts.empty() || spaces >= kCellGap) {
          c.starts.push_back(col);
        } else {
          c.ends.pop_back();  // a word space: the cell goes on
        }
      }
      in = true;
      spaces = 0;
    } else {
      if (in) c.ends.push_back(col);
      in = false;
      ++spaces;
    }
  }
  if (in) c.ends.push_back(col);
  return c;
}

// Whether rows [from, to) of `rows` share kMinAlignedEdges cell edges (a
// column where kAlignedShare of them start or end a cell), the first cell's
// start aside.
bool aligned(const std::vector<Cells>& rows, std::size_t from, std::size_t to) {
  std::map<std::size_t, std::size_t> edges;
  for (std::size_t r = from; r < to; ++r) {
    std::vector<std::size_t> seen(rows[r].starts.begin() + 1, rows[r].starts.end());
    seen.insert(seen.end(), rows[r].ends.begin(), rows[r].ends.end());
    std::sort(seen.begin(), seen.end());
    seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
    for (std::size_t e : seen) ++edges[e];
  }
  std::size_t shared = 0;
  for (const auto& [col, n] : edges) shared += static_cast<double>(n) >= kAlignedShare * static_cast<double>(to - from);
  return shared >= kMinAlignedEdges;
}

void keep_rows(Document& doc, Page& page, const std::vector<std::size_t>& rows) {
  for (std::size_t r : rows) page.lines[r].hard_break = true;
  for (std::size_t k = rows.front(); k-- > 0;)
    if (!is_blank(page.lines[k].text)) {
      page.lines[k].hard_break = true;
      break;
    }
  const Line& first = page.lines[rows.front()];
  doc.log.warn("ingest", doc.position_of(static_cast<std::size_t>(&page - doc.pages.data()), rows.front()),
               "page " + std::to_string(page.number) + ": " + std::to_string(rows.size()) +
                   " lines from \"" + std::string(head_bytes(trim(first.text), 40)) +
                   "\" are a table's rows (cells apart by spaces, aligned at the same columns line after line); a "
                   "text dump gives no cells: each row is kept a paragraph of its own, not read as a table");
}

void keep_page_rows(Document& doc, Page& page) {
  std::vector<Cells> cells;
  // A line with no kCellGap spaces in a row is one cell: it is not walked.
  for (const Line& l : page.lines) cells.push_back(has_blank_run(l.text, kCellGap) ? cells_of(l.text) : Cells{});
  std::vector<std::size_t> rows;  // lines of the current run, blank lines between them passed over
  std::vector<Cells> run;
  auto close = [&] {
    if (rows.size() >= kMinRows && aligned(run, 0, run.size())) keep_rows(doc, page, rows);
    rows.clear();
    run.clear();
  };
  for (std::size_t k = 0; k < page.lines.size(); ++k) {
    if (is_blank(page.lines[k].text)) continue;
    if (cells[k].starts.size() >= kMinCells) {
      rows.push_back(k);
      run.push_back(cells[k]);
    } else {
      close();
    }
  }
  close();
}

}  // namespace

void keep_dump_table_rows(Document& doc) {
  for (Page& page : doc.pages) keep_page_rows(doc, page);
}

}  // namespace akn::detail
