// Review: a static HTML report of a run, for checking a conversion by
// looking at it (`akn-ingest --review`, `akn-ingest review OUT`).
//
// The stage contract: it reads only an output directory (report.json and
// each document's X.layout.json, X.txt) and the inputs report.json names
// (for page images), and writes OUT/review/: index.html (every document,
// sortable and filterable) and, per document with a layout, X.html with its
// page images and the recovered layout drawn over them, and X.pages/N.jpg.
// No server, no network: the pages open from the file system.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <vector>

namespace akn {

// The output directory cannot be reviewed (no report.json, unreadable).
class ReviewError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ReviewOptions {
  std::string out_dir;       // a run's output directory
  int image_width = 1100;    // pixels across each page image
  double low_quality = 0.75;  // the index's "low quality" filter: score under this (batch.min_quality's default)
  std::size_t many_corrections = 10;  // the index's "many corrections" filter
};

struct ReviewSummary {
  std::string index;                 // OUT/review/index.html
  std::size_t documents = 0;         // listed in the index
  std::size_t pages_written = 0;     // document pages written
  std::size_t images_rendered = 0;   // page images rendered (not reused)
  // Documents reviewed without something, and why ("a.pdf: no layout
  // recorded: convert with --review"): also shown on the pages themselves.
  std::vector<std::string> problems;
};

// Writes OUT/review/. Page images are rendered again only when the input or
// the image width changed since the last review. A document whose images
// cannot be rendered (input gone, unreadable) still gets its page, with the
// layout on blank pages and the reason. Throws ReviewError when OUT has no
// readable report.json.
ReviewSummary write_review(const ReviewOptions& options);

}  // namespace akn
