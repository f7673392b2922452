// strip_markdown: Markdown conversions of UN documents (pandoc, converters)
// carry headings, emphasis, <sup> footnote marks, rules and hard breaks.
// Runs only on documents ingest recognised as Markdown, so a '*' in a plain
// text dump is never touched. Superscript marks become footnote marks; rules
// and headings end a paragraph.
#include "cleanup/cleanup.hpp"
#include "cleanup/pass_util.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "strip_markdown";

// Replaces every match of `re` by its group 1, recording each.
void unwrap_matches(Document& doc, detail::LineRef ref, const Regex& re, std::string_view reason) {
  Line& line = detail::at(doc, ref);
  std::size_t from = 0;
  while (auto m = re.search(line.text, from)) {
    const std::string before(m->str(line.text));
    const std::string inner(m->str(line.text, 1));
    line.replace(m->begin, m->end - m->begin, inner);
    detail::record_line_edit(doc, kPass, "remove_markdown", ref, m->begin, before, inner,
                             std::string(reason));
    from = m->begin + inner.size();
  }
}
// Emphasis opened on one line and closed on a later line of the same
// paragraph ("*77th plenary meeting  " / "22 December 2003*").
void close_spanning_emphasis(Document& doc) {
  static const Regex kOpen("^\\s*(\\*{1,2}|_{1,2})(?=\\S)");
  const auto refs = detail::line_refs(doc);
  for (std::size_t i = 0; i < refs.size(); ++i) {
    Line& first = detail::at(doc, refs[i]);
    if (first.role != LineRole::body) continue;
    auto open = kOpen.search(first.text);
    if (!open) continue;
    const std::string delim(open->str(first.text, 1));
    if (first.text.find(delim, open->end) != std::string::npos) continue;  // closed on its own line
    for (std::size_t j = i + 1; j < refs.size() && j <= i + 8; ++j) {
      Line& last = detail::at(doc, refs[j]);
      if (last.role != LineRole::body) break;
      const std::string_view t = trim_right(last.text);
      if (!t.ends_with(delim) || t.size() <= delim.size()) continue;
      const std::size_t at = t.size() - delim.size();
      last.replace(at, delim.size(), "");
      detail::record_line_edit(doc, kPass, "remove_markdown", refs[j], at, delim, "", "Markdown emphasis (closing, opened on an earlier line)");
      first.replace(open->groups[1].first, delim.size(), "");
      detail::record_line_edit(doc, kPass, "remove_markdown", refs[i], open->groups[1].first, delim, "", "Markdown emphasis (opening, closed on a later line)");
      break;
    }
  }
}
}  // namespace

void strip_markdown(Document& doc, const PassContext&) {
  if (doc.source.kind != "markdown") return;
  static const Regex kHeading("^\\s{0,3}(#{1,6})\\s+");
  static const Regex kRule("^\\s{0,3}(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,})$");
  static const Regex kSup("<sup>\\s*([^<\\s]{1,8})\\s*</sup>");
  static const Regex kStars("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
  static const Regex kUnders("__(?=\\S)(.+?)(?<=\\S)__");
  static const Regex kEmphasis("(?<![*\\w\\\\])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![*\\w])");
  static const Regex kUnderscore("(?<![_\\w\\\\])_(?=\\S)([^_]+?)(?<=\\S)_(?![_\\w])");
  static const Regex kLink("\\[([^\\]]+)\\]\\([^)\\s]+\\)");
  static const Regex kBreakTag("<br\\s*/?>\\s*$");
  static const Regex kEscape("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|])");
  static const Regex kEntity("&(amp|lt|gt|quot|nbsp|#39);");

  for (const detail::LineRef ref : detail::line_refs(doc)) {
    Line& line = detail::at(doc, ref);
    if (line.role != LineRole::body) continue;
    // Hard breaks: two trailing spaces, a trailing backslash, or <br>.
    if (line.text.size() >= 2 && line.text.compare(line.text.size() - 2, 2, "  ") == 0)
      line.hard_break = true;
    if (auto m = kBreakTag.search(line.text)) {
      const std::string before(m->str(line.text));
      line.replace(m->begin, m->end - m->begin, "");
      detail::record_line_edit(doc, kPass, "remove_markdown", ref, m->begin, before, "", "HTML line break");
      line.hard_break = true;
    }
    if (!line.text.empty() && trim_right(line.text).ends_with('\\') && !trim_right(line.text).ends_with("\\\\")) {
      const std::size_t at = trim_right(line.text).size() - 1;
      line.replace(at, 1, "");
      detail::record_line_edit(doc, kPass, "remove_markdown", ref, at, "\\", "", "Markdown hard line break");
      line.hard_break = true;
    }
    if (kRule.full_match(line.text)) {
      detail::set_role(doc, kPass, "remove_rule", ref, LineRole::furniture,
                       "Markdown horizontal rule (a separator, not text)");
      continue;
    }
    if (auto m = kHeading.search(line.text)) {
      const std::string before(m->str(line.text));
      line.replace(0, m->end, "");
      detail::record_line_edit(doc, kPass, "remove_markdown", ref, 0, before, "", "Markdown heading marker");
      line.hard_break = true;
      line.heading = true;
    }
    // Superscripts are footnote marks: remove the digits, keep a mark.
    while (auto m = kSup.search(line.text)) {
      const std::string before(m->str(line.text));
      const std::string marker(m->str(line.text, 1));
      line.replace(m->begin, m->end - m->begin, "");
      line.marks.push_back(NoteMark{m->begin, marker, MarkSource::markup});
      detail::record_line_edit(doc, kPass, "mark_footnote_reference", ref, m->begin, before, "[^" + marker + "]",
                               "superscript " + marker + " is a footnote mark");
    }
    unwrap_matches(doc, ref, kStars, "Markdown strong emphasis");
    unwrap_matches(doc, ref, kUnders, "Markdown strong emphasis");
    unwrap_matches(doc, ref, kEmphasis, "Markdown emphasis");
    unwrap_matches(doc, ref, kUnderscore, "Markdown emphasis");
    unwrap_matches(doc, ref, kLink, "Markdown link (text kept, target dropped)");
    unwrap_matches(doc, ref, kEscape, "Markdown escape");
    Line& l = detail::at(doc, ref);
    std::size_t from = 0;
    while (auto m = kEntity.search(l.text, from)) {
      const std::string name(m->str(l.text, 1));
      const std::string with = name == "amp" ? "&" : name == "lt" ? "<" : name == "gt" ? ">"
                               : name == "quot" ? "\"" : name == "#39" ? "'" : " ";
      const std::string before(m->str(l.text));
      l.replace(m->begin, m->end - m->begin, with);
      detail::record_line_edit(doc, kPass, "remove_markdown", ref, m->begin, before, with, "HTML entity");
      from = m->begin + with.size();
    }
    if (is_blank(l.text)) l.role = LineRole::blank;
  }
  close_spanning_emphasis(doc);
}

}  // namespace akn
