#include "cleanup/pass_util.hpp"

#include <algorithm>

namespace akn::detail {

std::vector<LineRef> line_refs(const Document& doc) {
  std::vector<LineRef> refs;
  refs.reserve(doc.line_count());
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) refs.push_back({p, l});
  return refs;
}

Edit& record_line_edit(Document& doc, std::string_view pass, std::string_view kind, LineRef where,
                       std::size_t offset, std::string before, std::string after,
                       std::string reason, double confidence, std::optional<Box> box) {
  Position pos = doc.position_of(where.page, where.line);
  pos.column = static_cast<int>(offset) + 1;
  if (!box) box = at(doc, where).box;
  return doc.log.add(Edit{std::string(pass), std::string(kind), pos, std::move(before), std::move(after),
                          std::move(reason), confidence, box});
}

void set_role(Document& doc, std::string_view pass, std::string_view kind, LineRef where,
              LineRole role, std::string reason, double confidence) {
  Line& line = at(doc, where);
  line.role = role;
  record_line_edit(doc, pass, kind, where, 0, line.text, "", std::move(reason), confidence).role = to_string(role);
}

void move_text(Document& doc, std::string_view pass, std::string_view kind, LineRef where, std::size_t begin,
               std::size_t end, LineRef to, std::size_t at, std::string reason, double confidence) {
  const std::string text = detail::at(doc, where).text.substr(begin, end - begin);
  Edit& e = record_line_edit(doc, pass, kind, where, begin, text, text, std::move(reason), confidence);
  Position p = doc.position_of(to.page, to.line);
  p.column = static_cast<int>(at) + 1;
  e.read_at = p;
}

std::string script_sample(const Document& doc, const std::vector<LineRef>& lines) {
  std::string sample;
  for (const LineRef r : lines) {
    if (sample.size() >= kScriptSampleBytes) break;
    sample.append(at(doc, r).text).push_back('\n');
  }
  return sample;
}

std::size_t wrap_width_of(const std::vector<std::size_t>& lengths) {
  if (lengths.empty()) return 0;
  std::vector<std::size_t> sorted = lengths;
  std::sort(sorted.begin(), sorted.end());
  const std::size_t p90 = sorted[sorted.size() * 9 / 10];
  std::size_t near_width = 0;
  for (std::size_t len : lengths)
    if (len * 10 >= p90 * 7) ++near_width;
  return p90 >= 30 && p90 <= 130 && near_width * 10 >= lengths.size() * 4 ? p90 : 0;
}

double body_font_size(const Document& doc) {
  SizeTally sizes;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines)
      if (line.role == LineRole::body && !line.in_table && line.font_size > 0) sizes.add(line.font_size, line.text.size());
  return sizes.most_common();
}

std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

}  // namespace akn::detail
