#include "verify/sequence_diff.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>

namespace akn::verify {

namespace {
// Anchors: runs of this many code points (about two words) found once on
// each side. Shorter anchors are tried when a long gap has none.
constexpr std::size_t kAnchorLength = 16;
constexpr std::size_t kShortestAnchor = 4;
// Gaps up to this many code points (both sides together) go to Myers directly.
constexpr std::size_t kDirectDiff = 4096;
// Myers on a gap of n code points may take n x D steps: D is capped so that a
// gap takes at most this many steps, and a gap that needs more is one hunk.
constexpr std::size_t kMaxSteps = 50'000'000;
// Myers keeps, for each number of differences d, the furthest point on each
// of its 2d + 1 diagonals, so that the path can be walked back: (D + 1)^2
// entries for D differences. D is capped so that this trace stays within
// kMaxTraceEntries (4 bytes each: 4 MB); a gap that needs more differences
// is one hunk, as one over kMaxSteps is. Uncapped, one 4,096-character gap
// of unlike text held 134 MB, and the 502-page bench PDF's worker peaked on it.
constexpr std::size_t kMaxTraceEntries = std::size_t{1} << 20;

using View = std::u32string_view;

void add(std::vector<Hunk>& out, Hunk h) {
  if (h.a_begin == h.a_end && h.b_begin == h.b_end) return;
  if (!out.empty() && out.back().a_end == h.a_begin && out.back().b_end == h.b_begin) {
    out.back().a_end = h.a_end;
    out.back().b_end = h.b_end;
    return;
  }
  out.push_back(h);
}

// Myers' greedy algorithm on a[a0, a1) and b[b0, b1). Appends the hunks and
// returns true, or returns false (appending nothing) when more than
// `max_edits` differences would be needed.
bool myers(View a, View b, std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1, std::size_t max_edits,
           std::vector<Hunk>& out) {
  const auto n = static_cast<std::ptrdiff_t>(a1 - a0), m = static_cast<std::ptrdiff_t>(b1 - b0);
  if (n > INT32_MAX || m > INT32_MAX) return false;  // the trace holds positions in 32 bits
  const std::ptrdiff_t most = std::min<std::ptrdiff_t>(n + m, static_cast<std::ptrdiff_t>(max_edits));
  // trace[d * d + k + d] is the furthest x on diagonal k after d differences.
  std::vector<std::int32_t> trace;
  std::vector<std::ptrdiff_t> v(static_cast<std::size_t>(2 * most + 3), 0);
  const std::ptrdiff_t off = most + 1;
  auto at = [&](std::ptrdiff_t k) -> std::ptrdiff_t& { return v[static_cast<std::size_t>(k + off)]; };
  std::ptrdiff_t found = -1;
  for (std::ptrdiff_t d = 0; d <= most && found < 0; ++d) {
    for (std::ptrdiff_t k = -d; k <= d; k += 2) {
      std::ptrdiff_t x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      std::ptrdiff_t y = x - k;
      while (x < n && y < m && a[a0 + static_cast<std::size_t>(x)] == b[b0 + static_cast<std::size_t>(y)]) ++x, ++y;
      at(k) = x;
      if (x >= n && y >= m) found = d;
    }
    for (std::ptrdiff_t k = -d; k <= d; ++k) trace.push_back(static_cast<std::int32_t>(at(k)));
  }
  if (found < 0) return false;
  // Walk back from (n, m), collecting one-character steps in reverse.
  struct Step {
    std::ptrdiff_t x, y;
    bool insertion;
  };
  std::vector<Step> steps;
  std::ptrdiff_t x = n, y = m;
  for (std::ptrdiff_t d = found; d > 0; --d) {
    const std::ptrdiff_t prev = (d - 1) * (d - 1);
    auto prev_at = [&](std::ptrdiff_t k) -> std::ptrdiff_t { return trace[static_cast<std::size_t>(prev + k + d - 1)]; };
    const std::ptrdiff_t k = x - y;
    const bool down = k == -d || (k != d && prev_at(k - 1) < prev_at(k + 1));
    const std::ptrdiff_t pk = down ? k + 1 : k - 1;
    const std::ptrdiff_t px = prev_at(pk), py = px - pk;
    steps.push_back(down ? Step{px, py, true} : Step{px, py, false});
    x = px;
    y = py;
  }
  for (auto it = steps.rbegin(); it != steps.rend(); ++it) {
    const auto sx = a0 + static_cast<std::size_t>(it->x), sy = b0 + static_cast<std::size_t>(it->y);
    add(out, it->insertion ? Hunk{sx, sx, sy, sy + 1} : Hunk{sx, sx + 1, sy, sy});
  }
  return true;
}

// The most differences whose trace fits kMaxTraceEntries: (D + 1)^2 entries.
constexpr std::size_t max_trace_edits() {
  std::size_t d = 0;
  while ((d + 2) * (d + 2) <= kMaxTraceEntries) ++d;
  return d;
}
static_assert(max_trace_edits() == 1023);

struct Anchor {
  std::size_t a = 0, b = 0;
};

// Anchors are looked for among one window in kSampleEvery, chosen by content
// (by its hash), so both sides keep the same windows: the sort is that much
// shorter and a unique run of text still yields anchors every few words.
constexpr std::uint64_t kSampleEvery = 8;

// Hashes of the sampled windows of `k` code points of s[from, to), with their start.
std::vector<std::pair<std::uint64_t, std::size_t>> windows(View s, std::size_t from, std::size_t to, std::size_t k) {
  constexpr std::uint64_t kBase = 1'000'003;
  std::vector<std::pair<std::uint64_t, std::size_t>> out;
  if (to - from < k) return out;
  out.reserve((to - from) / kSampleEvery * 2);
  std::uint64_t power = 1, h = 0;
  for (std::size_t i = 0; i + 1 < k; ++i) power *= kBase;
  for (std::size_t i = from; i < to; ++i) {
    if (i >= from + k) h -= power * s[i - k];
    h = h * kBase + s[i];
    if (i + 1 >= from + k && ((h * 0x9E3779B97F4A7C15ULL) >> 32) % kSampleEvery == 0) out.emplace_back(h, i + 1 - k);
  }
  return out;
}

// The hashes that occur once in `w` (sorted by hash), with their start.
std::vector<std::pair<std::uint64_t, std::size_t>> unique_only(std::vector<std::pair<std::uint64_t, std::size_t>> w) {
  std::sort(w.begin(), w.end());
  std::vector<std::pair<std::uint64_t, std::size_t>> out;
  for (std::size_t i = 0; i < w.size();) {
    std::size_t j = i + 1;
    while (j < w.size() && w[j].first == w[i].first) ++j;
    if (j == i + 1) out.push_back(w[i]);
    i = j;
  }
  return out;
}

// Windows found once on each side, in an order both sides agree on (the
// longest increasing run by position in b of those sorted by position in a).
std::vector<Anchor> anchors(View a, View b, std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1,
                            std::size_t k) {
  const auto ua = unique_only(windows(a, a0, a1, k)), ub = unique_only(windows(b, b0, b1, k));
  std::vector<Anchor> pairs;
  for (std::size_t i = 0, j = 0; i < ua.size() && j < ub.size();) {
    if (ua[i].first < ub[j].first) ++i;
    else if (ub[j].first < ua[i].first) ++j;
    else {
      if (a.substr(ua[i].second, k) == b.substr(ub[j].second, k)) pairs.push_back({ua[i].second, ub[j].second});
      ++i, ++j;
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const Anchor& x, const Anchor& y) { return x.a < y.a; });
  // Longest increasing subsequence of b positions (patience sorting).
  std::vector<std::size_t> tails, parent(pairs.size(), SIZE_MAX);
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    auto it = std::lower_bound(tails.begin(), tails.end(), pairs[i].b,
                               [&](std::size_t t, std::size_t value) { return pairs[t].b < value; });
    if (it != tails.begin()) parent[i] = *(it - 1);
    if (it == tails.end()) tails.push_back(i);
    else *it = i;
  }
  std::vector<Anchor> chain;
  for (std::size_t i = tails.empty() ? SIZE_MAX : tails.back(); i != SIZE_MAX; i = parent[i]) chain.push_back(pairs[i]);
  std::reverse(chain.begin(), chain.end());
  return chain;
}

void diff_range(View a, View b, std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1, std::size_t k,
                std::size_t max_edits, std::vector<Hunk>& out);

// Matched runs from the anchors (overlapping anchors on one diagonal are one
// run; an anchor crossing a run on another diagonal is dropped), each grown
// as far as the texts agree (up to its neighbours), and the gaps between
// them diffed.
void diff_between(View a, View b, std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1,
                  const std::vector<Anchor>& chain, std::size_t k, std::size_t max_edits, std::vector<Hunk>& out) {
  struct Run {
    std::size_t a, b, len;
  };
  std::vector<Run> runs;
  for (const Anchor& x : chain) {
    if (!runs.empty()) {
      Run& r = runs.back();
      if (x.a < r.a + r.len || x.b < r.b + r.len) {
        if (x.a - r.a == x.b - r.b) r.len = std::max(r.len, x.a - r.a + k);
        continue;
      }
    }
    runs.push_back({x.a, x.b, k});
  }
  std::size_t pa = a0, pb = b0;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    Run r = runs[i];
    while (r.a > pa && r.b > pb && a[r.a - 1] == b[r.b - 1]) --r.a, --r.b, ++r.len;
    const std::size_t limit_a = i + 1 < runs.size() ? runs[i + 1].a : a1, limit_b = i + 1 < runs.size() ? runs[i + 1].b : b1;
    while (r.a + r.len < limit_a && r.b + r.len < limit_b && a[r.a + r.len] == b[r.b + r.len]) ++r.len;
    diff_range(a, b, pa, r.a, pb, r.b, k, max_edits, out);
    pa = r.a + r.len;
    pb = r.b + r.len;
  }
  diff_range(a, b, pa, a1, pb, b1, k, max_edits, out);
}

void diff_range(View a, View b, std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1, std::size_t k,
                std::size_t max_edits, std::vector<Hunk>& out) {
  while (a0 < a1 && b0 < b1 && a[a0] == b[b0]) ++a0, ++b0;
  while (a1 > a0 && b1 > b0 && a[a1 - 1] == b[b1 - 1]) --a1, --b1;
  if (a0 == a1 || b0 == b1) {
    add(out, Hunk{a0, a1, b0, b1});
    return;
  }
  const std::size_t size = (a1 - a0) + (b1 - b0);
  if (size > kDirectDiff && k >= kShortestAnchor) {
    const std::vector<Anchor> chain = anchors(a, b, a0, a1, b0, b1, k);
    if (!chain.empty()) {
      diff_between(a, b, a0, a1, b0, b1, chain, k, max_edits, out);
      return;
    }
    diff_range(a, b, a0, a1, b0, b1, k / 2, max_edits, out);
    return;
  }
  const std::size_t cap = std::max<std::size_t>(1, std::min({max_edits, kMaxSteps / size, max_trace_edits()}));
  if (!myers(a, b, a0, a1, b0, b1, cap, out)) add(out, Hunk{a0, a1, b0, b1});
}
}  // namespace

std::vector<Hunk> diff(std::u32string_view a, std::u32string_view b, std::size_t max_edits) {
  std::vector<Hunk> out;
  diff_range(a, b, 0, a.size(), 0, b.size(), kAnchorLength, max_edits, out);
  return out;
}

}  // namespace akn::verify
