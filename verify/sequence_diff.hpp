// The differences between two sequences of code points (internal to verify/).
//
// Myers' O(ND) greedy algorithm on what is left between anchors: common
// prefix and suffix are taken off first, then runs of `kAnchor` code points
// that occur exactly once in each side are matched in order (the longest
// increasing run of them, as patience diff does with unique lines), and only
// the gaps between them are diffed. Two texts of a million code points with
// a few hundred differences spread over them are compared in linear time,
// where plain Myers would take N x D steps.
//
// Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace akn::verify {

// a[a_begin, a_end) is replaced by b[b_begin, b_end): a deletion when the
// b range is empty, an insertion when the a range is.
struct Hunk {
  std::size_t a_begin = 0, a_end = 0;
  std::size_t b_begin = 0, b_end = 0;
};

// The hunks that turn `a` into `b`, in order, none overlapping or touching
// (adjacent ones are merged). A gap between anchors that Myers cannot finish
// within `max_edits` differences, or within the 1,023 that bound the memory
// Myers' trace takes (4 MB), is one hunk (the whole gap), so the time and
// the memory stay bounded on texts that have nothing in common.
std::vector<Hunk> diff(std::u32string_view a, std::u32string_view b, std::size_t max_edits = 2000);

}  // namespace akn::verify
