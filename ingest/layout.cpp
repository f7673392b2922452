#include "ingest/layout.hpp"

#include <algorithm>
#include <cmath>

#include "core/text.hpp"

namespace akn {

namespace {

double height(const Box& b) { return b.y1 - b.y0; }

double vertical_overlap(const Box& a, const Box& b) {
  return std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
}

// The size most of a run's characters are set in.
double dominant_size(const std::vector<PlacedWord>& words) {
  SizeTally sizes;
  for (const PlacedWord& w : words) sizes.add(w.font_size, w.text.size());
  return sizes.most_common();
}

// The vertical band of a line's text in its main size: superscripts and
// subscripts hang off it without moving it.
Box body_band(const std::vector<PlacedWord>& words) {
  const double size = dominant_size(words);
  Box band{0, 1e300, 0, -1e300};
  for (const PlacedWord& w : words) {
    if (std::abs(w.font_size - size) > 0.05 * size + 0.01) continue;
    band.y0 = std::min(band.y0, w.box.y0);
    band.y1 = std::max(band.y1, w.box.y1);
  }
  if (band.y0 > band.y1) band = words.back().box;
  return band;
}

bool same_line(const std::vector<PlacedWord>& line, const PlacedWord& w) {
  const PlacedWord& last = line.back();
  if (w.rotation != last.rotation) return false;
  if (w.rotation != 0) {
    // Vertical text runs along y; consecutive words of one run overlap in x.
    const double overlap = std::min(w.box.x1, last.box.x1) - std::max(w.box.x0, last.box.x0);
    return overlap > 0.5 * std::min(w.box.x1 - w.box.x0, last.box.x1 - last.box.x0);
  }
  if (w.box.x0 < last.box.x0 - 0.5) return false;  // the text runs backwards: a new line
  const Box band = body_band(line);
  const double overlap = vertical_overlap(band, w.box);
  return overlap >= 0.5 * std::min(height(band), height(w.box));
}

// A run too short to be a line of its own: up to 4 characters, or up to 8
// digits and punctuation (the date part of a job number "18-17962 (E) 021118"
// that the text layer emitted after a footnote).
bool is_fragment(const std::vector<PlacedWord>& line) {
  if (line.size() > 2 || line.front().rotation != 0) return false;
  std::size_t chars = 0;
  bool numeric = true;
  for (const PlacedWord& w : line) {
    chars += w.text.size();
    for (char c : w.text)
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) numeric = false;
  }
  return chars <= 4 || (numeric && chars <= 8);
}

Box extent(const std::vector<PlacedWord>& line) {
  Box b = line.front().box;
  for (const PlacedWord& w : line) {
    b.x0 = std::min(b.x0, w.box.x0);
    b.y0 = std::min(b.y0, w.box.y0);
    b.x1 = std::max(b.x1, w.box.x1);
    b.y1 = std::max(b.y1, w.box.y1);
  }
  return b;
}

// A short fragment that shares a baseline band with another line and sits
// right beside it belongs to that line: footnote numbers that the text layer
// emits after all the notes, a symbol's prefix set in a larger font.
// A paragraph number ("6.", "(a)", "73/6.") set apart from its text.
bool is_number_label(const std::vector<PlacedWord>& line) {
  if (line.size() != 1) return false;
  const std::string& t = line.front().text;
  std::size_t digits = 0;
  for (char c : t) digits += (c >= '0' && c <= '9') ? 1 : 0;
  if (t.size() >= 2 && t.back() == '.' && digits + 1 == t.size() && digits <= 3) return true;
  return t.size() >= 3 && t.size() <= 6 && t.front() == '(' && t.back() == ')';
}

void attach_fragments(std::vector<std::vector<PlacedWord>>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty() || !is_fragment(lines[i])) continue;
    const bool label = is_number_label(lines[i]);
    const Box f = extent(lines[i]);
    std::size_t best = lines.size();
    double best_gap = 0;
    for (std::size_t j = 0; j < lines.size(); ++j) {
      if (j == i || lines[j].empty() || lines[j].front().rotation != 0) continue;
      const Box band = body_band(lines[j]);
      if (vertical_overlap(band, f) < 0.5 * std::min(height(band), height(f))) continue;
      const Box e = extent(lines[j]);
      const double size = dominant_size(lines[j]);
      double gap = -1;
      if (f.x1 <= e.x0 + 1) gap = e.x0 - f.x1;
      else if (e.x1 <= f.x0 + 1) gap = f.x0 - e.x1;
      // A number hangs up to three ems left of its paragraph's first line.
      const double reach = label && f.x1 <= e.x0 + 1 ? 3.0 * size : 1.5 * size;
      if (gap < -1 || gap > reach) continue;
      if (best == lines.size() || gap < best_gap) {
        best = j;
        best_gap = gap;
      }
    }
    if (best == lines.size()) continue;
    // The source printed them apart: a space goes between.
    for (PlacedWord& w : lines[i]) w.space_after = true;
    if (extent(lines[best]).x1 <= f.x0 + 1) lines[best].back().space_after = true;
    // A number the stream gives before its text line (with other lines in
    // between) keeps its place in the reading order: the text joins it.
    const std::size_t keep = label && i < best ? i : best, drop = keep == i ? best : i;
    auto& target = lines[keep];
    target.insert(target.end(), lines[drop].begin(), lines[drop].end());
    std::stable_sort(target.begin(), target.end(),
                     [](const PlacedWord& a, const PlacedWord& b) { return a.box.x0 < b.box.x0; });
    lines[drop].clear();
  }
}

Line make_line(const std::vector<PlacedWord>& words) {
  Line line;
  line.vertical = words.front().rotation != 0;
  line.font_size = dominant_size(words);
  const Box band = body_band(words);
  const double baseline = band.y1;
  line.box = extent(words);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const PlacedWord& w = words[i];
    if (i > 0) {
      const PlacedWord& prev = words[i - 1];
      // A space the source did not see may still be there: words that were
      // re-attached, or a gap wider than a third of the font size.
      const bool gap = w.box.x0 - prev.box.x1 > 0.3 * std::max(w.font_size, prev.font_size);
      if (prev.space_after || gap) line.text += ' ';
    }
    Word word;
    word.begin = line.text.size();
    line.text += w.text;
    word.end = line.text.size();
    word.box = w.box;
    word.font_size = w.font_size;
    word.confidence = w.confidence;
    word.bold = w.bold;
    word.italic = w.italic;
    word.superscript = !line.vertical && line.font_size > 0 && w.font_size <= 0.8 * line.font_size &&
                       w.box.y1 < baseline - 0.12 * line.font_size;
    line.words.push_back(word);
  }
  return line;
}

}  // namespace

void style_from_font_name(std::string_view font_name, bool& bold, bool& italic) {
  const std::string name = to_lower_ascii(font_name);
  bold = name.find("bold") != std::string::npos || name.find("black") != std::string::npos ||
         name.find("heavy") != std::string::npos || name.find("semibold") != std::string::npos;
  italic = name.find("italic") != std::string::npos || name.find("oblique") != std::string::npos;
}

std::vector<Line> assemble_lines(const std::vector<PlacedWord>& words) {
  std::vector<std::vector<PlacedWord>> groups;
  for (const PlacedWord& w : words) {
    if (w.text.empty()) continue;
    if (groups.empty() || !same_line(groups.back(), w)) groups.emplace_back();
    groups.back().push_back(w);
  }
  attach_fragments(groups);
  std::vector<Line> lines;
  for (const auto& g : groups)
    if (!g.empty()) lines.push_back(make_line(g));
  return lines;
}

}  // namespace akn
