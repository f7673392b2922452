#include "core/document.hpp"

#include <algorithm>

namespace akn {

std::string_view to_string(LineRole role) {
  switch (role) {
    case LineRole::body: return "body";
    case LineRole::blank: return "blank";
    case LineRole::furniture: return "furniture";
    case LineRole::masthead: return "masthead";
    case LineRole::marker: return "marker";
    case LineRole::footnote: return "footnote";
  }
  return "body";
}

namespace {
// Where an offset at or after the edited range moves to.
std::size_t shift(std::size_t at, std::size_t pos, std::size_t len, std::size_t new_len) {
  if (at < pos) return at;
  if (at < pos + len) return pos;  // inside the replaced range: to its start
  return at - len + new_len;
}
}  // namespace

void Line::replace(std::size_t pos, std::size_t len, std::string_view with) {
  text.replace(pos, len, with);
  for (Word& w : words) {
    const std::size_t b = shift(w.begin, pos, len, with.size());
    std::size_t e = w.end > pos + len ? w.end - len + with.size() : std::max(b, std::min(w.end, pos + with.size()));
    w.begin = b;
    w.end = e;
  }
  for (NoteMark& m : marks)
    if (m.offset > pos) m.offset = shift(m.offset, pos, len, with.size());
}

void Block::replace(std::size_t pos, std::size_t len, std::string_view with) {
  text.replace(pos, len, with);
  for (NoteMark& m : marks)
    if (m.offset > pos) m.offset = shift(m.offset, pos, len, with.size());
  for (std::size_t i = 1; i < origins.size(); ++i)
    origins[i].offset = shift(origins[i].offset, pos, len, with.size());
}

Origin Block::origin_at(std::size_t offset) const {
  Origin found = origins.empty() ? Origin{} : origins.front();
  for (const Origin& o : origins) {
    if (o.offset > offset) break;
    found = o;
  }
  return found;
}

std::size_t Document::line_count() const {
  std::size_t n = 0;
  for (const Page& p : pages) n += p.lines.size();
  return n;
}

Position Document::position_of(std::size_t page_index, std::size_t line_index) const {
  if (page_index >= pages.size()) return {};
  const Page& page = pages[page_index];
  Position pos{page.number, static_cast<int>(line_index) + 1, 0};
  if (line_index < page.lines.size() && page.lines[line_index].source_line > 0)
    pos.line = page.lines[line_index].source_line;
  return pos;
}

Position Document::position_in_block(std::size_t block_index, std::size_t offset) const {
  if (block_index >= blocks.size()) return {};
  const Block& block = blocks[block_index];
  const Origin o = block.origin_at(offset);
  Position pos = position_of(static_cast<std::size_t>(o.page - 1), static_cast<std::size_t>(o.line));
  pos.column = static_cast<int>(offset - std::min(offset, o.offset) + o.column) + 1;
  return pos;
}

std::optional<Box> Document::box_in_block(std::size_t block_index, std::size_t offset) const {
  if (block_index >= blocks.size()) return std::nullopt;
  const Origin o = blocks[block_index].origin_at(offset);
  if (o.page < 1 || static_cast<std::size_t>(o.page) > pages.size()) return std::nullopt;
  const Page& page = pages[static_cast<std::size_t>(o.page - 1)];
  if (o.line < 0 || static_cast<std::size_t>(o.line) >= page.lines.size()) return std::nullopt;
  const Line& line = page.lines[static_cast<std::size_t>(o.line)];
  // The word under the offset when the line has words (block text is the
  // line's text with white space collapsed, so this is approximate by at
  // most the collapsed spaces).
  const std::size_t in_line = offset - std::min(offset, o.offset) + o.column;
  for (const Word& w : line.words)
    if (w.box && in_line >= w.begin && in_line <= w.end) return w.box;
  return line.box;
}

}  // namespace akn
