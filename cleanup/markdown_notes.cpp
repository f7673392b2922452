// Pandoc/GFM footnotes in Markdown documents (see markdown_notes.hpp).
//
// A note's number is its label when the label is a number ("[^3]") or a
// sign ("[^*]"), else the order of the label's first reference among the
// labels referenced ("[^sources]" first referenced third is note 3), skipping
// the numbers numeric labels take.
#include "cleanup/markdown_notes.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "cleanup/pass_util.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn::detail {

namespace {
// Thresholds of the Markdown notes.
//
// A definition's continuation paragraph (after a blank line) is indented by
// at least kContinuationIndent spaces (or a tab), as pandoc requires.
constexpr std::size_t kContinuationIndent = 4;
// A note's label ("[^3]", "[^sources]") holds at most kMaxLabelChars
// characters, none of them white space or "]": a longer bracket is text.
constexpr std::size_t kMaxLabelChars = 40;
// A label that is a number ("[^12]") names its note by that number when it
// has at most kMaxNumberLabelFigures figures; a longer run of figures is a
// label like any other, numbered by its first reference.
constexpr std::size_t kMaxNumberLabelFigures = 4;

const std::string& label_pattern() {
  static const std::string p = "\\[\\^([^\\]\\s]{1," + std::to_string(kMaxLabelChars) + "})\\]";
  return p;
}
const Regex& definition_re() {
  static const Regex re("^ {0,3}" + label_pattern() + ":[ \\t]*");
  return re;
}
const Regex& reference_re() {
  static const Regex re(label_pattern());
  return re;
}

struct Definition {
  std::string label;
  std::vector<std::size_t> lines;  // indices into refs, the first opens it
  std::size_t prefix = 0;          // bytes of "[^label]: " on the first line
};
struct Reference {
  std::size_t line = 0;  // index into refs
  std::size_t begin = 0, end = 0;
  std::string label;
};

bool is_continuation_indent(std::string_view t) {
  return t.starts_with('\t') || t.find_first_not_of(' ') >= kContinuationIndent;
}

// The byte ranges of a line's code spans (`...`, ``...``): a reference
// inside one is code, not a reference.
std::vector<std::pair<std::size_t, std::size_t>> code_spans(std::string_view t) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t i = t.find('`');
  while (i != std::string_view::npos) {
    std::size_t run = t.find_first_not_of('`', i);
    if (run == std::string_view::npos) break;
    const std::string_view fence = t.substr(i, run - i);
    const std::size_t close = t.find(fence, run);
    if (close == std::string_view::npos) break;
    out.emplace_back(i, close + fence.size());
    i = t.find('`', close + fence.size());
  }
  return out;
}

std::vector<Definition> find_definitions(const Document& doc, const std::vector<LineRef>& refs,
                                         const std::vector<bool>& verbatim) {
  std::vector<Definition> defs;
  for (std::size_t k = 0; k < refs.size(); ++k) {
    const Line& line = at(doc, refs[k]);
    if (line.role != LineRole::body || verbatim[k]) continue;
    auto m = line.text.find("[^") != std::string::npos ? definition_re().search(line.text) : std::nullopt;
    if (!m) continue;
    Definition d{std::string(m->str(line.text, 1)), {k}, m->end};
    std::size_t j = k + 1;
    // Lazy continuation lines, then indented paragraphs after blank lines.
    while (j < refs.size()) {
      const Line& next = at(doc, refs[j]);
      if (next.role == LineRole::body && !next.heading && !verbatim[j] && !definition_re().search(next.text)) {
        d.lines.push_back(j++);
        continue;
      }
      std::size_t after = j;
      while (after < refs.size() && at(doc, refs[after]).role == LineRole::blank) ++after;
      if (after == j || after >= refs.size()) break;
      const Line& para = at(doc, refs[after]);
      if (para.role != LineRole::body || verbatim[after] || !is_continuation_indent(para.text)) break;
      j = after;
    }
    k = d.lines.back();
    defs.push_back(std::move(d));
  }
  return defs;
}

std::vector<Reference> find_references(const Document& doc, const std::vector<LineRef>& refs,
                                       const std::set<std::size_t>& definition_lines, const std::vector<bool>& verbatim) {
  std::vector<Reference> out;
  for (std::size_t k = 0; k < refs.size(); ++k) {
    const Line& line = at(doc, refs[k]);
    if (line.role != LineRole::body || verbatim[k] || definition_lines.count(k) || line.text.find("[^") == std::string::npos) continue;
    const auto spans = code_spans(line.text);
    for (const auto& m : reference_re().find_all(line.text)) {
      const bool in_code = std::any_of(spans.begin(), spans.end(),
                                       [&](const auto& s) { return m.begin >= s.first && m.begin < s.second; });
      if (!in_code) out.push_back({k, m.begin, m.end, std::string(m.str(line.text, 1))});
    }
  }
  return out;
}

bool is_number(std::string_view s) {
  return !s.empty() && s.size() <= kMaxNumberLabelFigures && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool is_sign(std::string_view s) {
  return std::none_of(s.begin(), s.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u == '_' || u == '-';
  });
}

// The marker of each label referenced and defined (see the file's head).
std::map<std::string, std::string> number_labels(const std::vector<Reference>& found,
                                                 const std::set<std::string>& defined) {
  std::map<std::string, std::string> marker;
  std::set<int> taken;
  for (const Reference& r : found)
    if (defined.count(r.label) && (is_number(r.label) || is_sign(r.label))) {
      marker[r.label] = is_number(r.label) ? std::to_string(std::stoi(r.label)) : r.label;
      if (is_number(r.label)) taken.insert(std::stoi(r.label));
    }
  int order = 0;
  std::set<std::string> seen;
  for (const Reference& r : found) {
    if (!defined.count(r.label) || !seen.insert(r.label).second) continue;
    ++order;
    if (marker.count(r.label)) continue;
    int n = order;
    while (taken.count(n)) ++n;
    taken.insert(n);
    marker[r.label] = std::to_string(n);
  }
  return marker;
}

void collect_definition(Document& doc, std::string_view pass, const std::vector<LineRef>& refs, const Definition& d,
                        const std::string& marker) {
  Line& first = at(doc, refs[d.lines.front()]);
  const std::string before = first.text.substr(0, d.prefix);
  first.replace(0, d.prefix, "");
  // The notes print the note's number: the edit's "[^N]" says so (verify/conservation.cpp).
  record_line_edit(doc, pass, "remove_markdown", refs[d.lines.front()], 0, before, "[^" + marker + "]",
                   "Markdown footnote definition [^" + d.label + "]: the text of footnote " + marker);
  std::string text;
  for (std::size_t k = 0; k < d.lines.size(); ++k) {
    Line& line = at(doc, refs[d.lines[k]]);
    if (!text.empty()) text += ' ';
    text += trim(line.text);
    line.marks.clear();
    set_role(doc, pass, "collect_footnote", refs[d.lines[k]], LineRole::footnote,
             k == 0 ? "footnote " + marker + " moved to the notes (Markdown definition [^" + d.label + "])"
                    : "continuation of footnote " + marker);
  }
  const LineRef r = refs[d.lines.front()];
  doc.footnotes.push_back(Footnote{marker, collapse_spaces(text), static_cast<int>(r.page) + 1, static_cast<int>(r.line), false});
}

// Replaces the references of one line, last first so offsets hold.
void mark_references(Document& doc, std::string_view pass, const std::vector<LineRef>& refs,
                     const std::vector<Reference>& found, const std::map<std::string, std::string>& marker) {
  for (auto it = found.rbegin(); it != found.rend(); ++it) {
    const auto m = marker.find(it->label);
    Line& line = at(doc, refs[it->line]);
    if (m == marker.end()) {
      doc.log.warn(std::string(pass), doc.position_of(refs[it->line].page, refs[it->line].line),
                   "Markdown footnote reference [^" + it->label + "] has no definition: kept as printed");
      continue;
    }
    const std::string before = line.text.substr(it->begin, it->end - it->begin);
    line.replace(it->begin, it->end - it->begin, "");
    line.marks.push_back(NoteMark{it->begin, m->second, MarkSource::markup});
    std::sort(line.marks.begin(), line.marks.end(), [](const NoteMark& a, const NoteMark& b) { return a.offset < b.offset; });
    record_line_edit(doc, pass, "mark_footnote_reference", refs[it->line], it->begin, before, "[^" + m->second + "]",
                     "Markdown footnote reference [^" + it->label + "] is a mark of footnote " + m->second);
  }
}
}  // namespace

void read_markdown_notes(Document& doc, std::string_view pass, const std::vector<bool>& verbatim) {
  const std::vector<LineRef> refs = line_refs(doc);
  const std::vector<Definition> defs = find_definitions(doc, refs, verbatim);
  if (defs.empty() && std::none_of(refs.begin(), refs.end(), [&](LineRef r) {
        return at(doc, r).text.find("[^") != std::string::npos;
      }))
    return;
  std::set<std::size_t> definition_lines;
  std::set<std::string> defined;
  for (const Definition& d : defs) {
    definition_lines.insert(d.lines.begin(), d.lines.end());
    defined.insert(d.label);
  }
  const std::vector<Reference> found = find_references(doc, refs, definition_lines, verbatim);
  const std::map<std::string, std::string> marker = number_labels(found, defined);
  std::set<std::string> collected;
  for (const Definition& d : defs) {
    const LineRef first = refs[d.lines.front()];
    if (collected.contains(d.label)) {
      // Pandoc keeps the first definition of a label: a second one is kept
      // as printed, never a second note of the same number.
      doc.log.warn(std::string(pass), doc.position_of(first.page, first.line),
                   "Markdown footnote [^" + d.label + "] is defined again: the first definition is its note, this one is kept as printed");
      continue;
    }
    if (const auto m = marker.find(d.label); m != marker.end()) {
      collected.insert(d.label);
      collect_definition(doc, pass, refs, d, m->second);
      continue;
    }
    const LineRef r = refs[d.lines.front()];
    doc.log.warn_notes_in_text(std::string(pass), doc.position_of(r.page, r.line),
                               "Markdown footnote definition [^" + d.label + "] is never referenced: kept as printed",
                               {"[^" + d.label + "]"});
  }
  mark_references(doc, pass, refs, found, marker);
}

}  // namespace akn::detail
