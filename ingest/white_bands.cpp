#include "ingest/white_bands.hpp"

#include <leptonica/allheaders.h>

#include <cstddef>
#include <utility>
#include <vector>

namespace akn::detail {

// The runs (first, length) of the positions kept along one axis, where
// `ink[i]` says whether row or column i holds ink.
namespace {

std::vector<std::pair<int, int>> kept_runs(const std::vector<bool>& ink) {
  std::vector<std::pair<int, int>> runs;
  auto keep = [&runs](int from, int length) {
    if (length <= 0) return;
    if (!runs.empty() && runs.back().first + runs.back().second == from) runs.back().second += length;
    else runs.emplace_back(from, length);
  };
  const int n = static_cast<int>(ink.size());
  for (int i = 0; i < n;) {
    int end = i + 1;
    while (end < n && ink[static_cast<std::size_t>(end)] == ink[static_cast<std::size_t>(i)]) ++end;
    const int length = end - i;
    const int cut = !ink[static_cast<std::size_t>(i)] && length > kOrientBandKept
                        ? (length - kOrientBandKept) / kOrientBlock * kOrientBlock : 0;
    const int head = (length - cut) / 2;
    keep(i, head);
    keep(i + head + cut, length - head - cut);
    i = end;
  }
  return runs;
}

}  // namespace

PixPtr without_long_white_bands(Pix* binary) {
  const l_int32 w = pixGetWidth(binary), h = pixGetHeight(binary), wpl = pixGetWpl(binary);
  const l_uint32* data = pixGetData(binary);
  std::vector<bool> row_ink(static_cast<std::size_t>(h)), column_ink(static_cast<std::size_t>(w));
  std::vector<l_uint32> columns(static_cast<std::size_t>(wpl), 0);
  const l_uint32 last_mask = w % 32 == 0 ? ~0u : ~(~0u >> (w % 32));  // pixels past the width are padding
  for (l_int32 y = 0; y < h; ++y) {
    const l_uint32* line = data + static_cast<std::ptrdiff_t>(y) * wpl;
    l_uint32 any = 0;
    for (l_int32 i = 0; i < wpl; ++i) {
      const l_uint32 word = i == wpl - 1 ? line[i] & last_mask : line[i];
      any |= word;
      columns[static_cast<std::size_t>(i)] |= word;
    }
    row_ink[static_cast<std::size_t>(y)] = any != 0;
  }
  for (l_int32 x = 0; x < w; ++x) column_ink[static_cast<std::size_t>(x)] = GET_DATA_BIT(columns.data(), x) != 0;
  const std::vector<std::pair<int, int>> rows = kept_runs(row_ink), cols = kept_runs(column_ink);
  if (rows.size() <= 1 && cols.size() <= 1) return PixPtr(pixClone(binary));
  int kept_w = 0, kept_h = 0;
  for (const auto& c : cols) kept_w += c.second;
  for (const auto& r : rows) kept_h += r.second;
  PixPtr out(pixCreate(kept_w, kept_h, 1));
  if (!out) return PixPtr(pixClone(binary));
  int to_y = 0;
  for (const auto& [from_y, rh] : rows) {
    int to_x = 0;
    for (const auto& [from_x, cw] : cols) {
      pixRasterop(out.get(), to_x, to_y, cw, rh, PIX_SRC, binary, from_x, from_y);
      to_x += cw;
    }
    to_y += rh;
  }
  return out;
}

}  // namespace akn::detail
