// strip_markdown: Markdown conversions of UN documents (pandoc, converters)
// carry headings, emphasis, <sup> footnote marks, rules and hard breaks.
// Runs only on documents ingest recognised as Markdown, so a '*' in a plain
// text dump is never touched. Superscript marks and pandoc/GFM footnote
// references ("[^1]") become footnote marks, definitions ("[^1]: text")
// notes (cleanup/markdown_notes.cpp); rules
// and headings end a paragraph. Fenced code blocks (``` or ~~~) are kept as
// printed, each line its own, with a warning: no Markdown, note or quote
// rule touches them. A pipe table's rows are kept a line each (its
// delimiter row "|---|---|" is furniture), with a warning that the table
// is not read as one.
#include <algorithm>
#include <optional>

#include "cleanup/cleanup.hpp"
#include "cleanup/guarded_pattern.hpp"
#include "cleanup/markdown_notes.hpp"
#include "cleanup/pass_util.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "strip_markdown";

// The line patterns, tried on every line of a Markdown document. Each
// match prints a literal (`needle`), looked for first (memchr): most lines
// hold none. The test "pre-checks never hide a match"
// (tests/test_guarded_patterns.cpp) checks each needle against its pattern.
struct Pattern {
  Regex re;
  std::string_view needle;
  [[nodiscard]] bool may_match(std::string_view text) const { return text.find(needle) != std::string_view::npos; }
};
struct Patterns {
  Pattern heading{Regex("^\\s{0,3}(#{1,6})\\s+"), "#"};
  Regex rule{"^\\s{0,3}(?:(?:-\\s*){3,}|(?:\\*\\s*){3,}|(?:_\\s*){3,})$"};  // tried where may_be_rule
  Pattern sup{Regex("<sup>\\s*([^<\\s]{1,8})\\s*</sup>"), "<sup>"};
  Pattern stars{Regex("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*"), "**"};
  Pattern unders{Regex("__(?=\\S)(.+?)(?<=\\S)__"), "__"};
  Pattern emphasis{Regex("(?<![*\\w\\\\])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![*\\w])"), "*"};
  Pattern underscore{Regex("(?<![_\\w\\\\])_(?=\\S)([^_]+?)(?<=\\S)_(?![_\\w])"), "_"};
  Pattern link{Regex("\\[([^\\]]+)\\]\\([^)\\s]+\\)"), "]("};
  Pattern break_tag{Regex("<br\\s*/?>\\s*$"), "<br"};
  Pattern escape{Regex("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|])"), "\\"};
  Pattern entity{Regex("&(amp|lt|gt|quot|nbsp|#39);"), "&"};
};
const Patterns& patterns() {
  static const Patterns p;
  return p;
}

// Verbatim regions of a Markdown document, found before any conversion.
// A fence is three or more '`' or '~' indented at most three spaces; the
// block runs to a fence of the same character at least as long with
// nothing after it (CommonMark). A fence never closed is left as text: a
// dump cut short is likelier than a code block running to the end.
// A pipe table is a line holding '|' followed by a delimiter row (cells of
// '-' with optional ':' parted by '|'), then the lines holding '|' up to
// a blank line.
const Regex& fence_re() {
  static const Regex re("^\\s{0,3}(`{3,}|~{3,})");
  return re;
}
const Regex& delimiter_row_re() {
  static const Regex re("^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)+\\|?\\s*$|^\\s*\\|\\s*:?-+:?\\s*\\|\\s*$");
  return re;
}

enum class Verbatim : std::uint8_t { none, fence, code, table_row, table_delimiter };

// Whether line `k` closes the fence `open` ("```" or "~~~~").
bool closes_fence(std::string_view text, std::string_view open) {
  const auto m = fence_re().search(text);
  if (!m || m->str(text, 1)[0] != open[0] || m->str(text, 1).size() < open.size()) return false;
  return is_blank(text.substr(m->end));
}

void mark_fenced_code(const Document& doc, const std::vector<detail::LineRef>& refs, std::vector<Verbatim>& kinds) {
  for (std::size_t k = 0; k < refs.size(); ++k) {
    const std::string_view text = detail::at(doc, refs[k]).text;
    if (kinds[k] != Verbatim::none || (text.find("```") == std::string_view::npos && text.find("~~~") == std::string_view::npos)) continue;
    const auto open = fence_re().search(text);
    if (!open) continue;
    const std::string fence(open->str(text, 1));
    std::size_t close = k + 1;
    while (close < refs.size() && !closes_fence(detail::at(doc, refs[close]).text, fence)) ++close;
    if (close == refs.size()) continue;
    kinds[k] = kinds[close] = Verbatim::fence;
    for (std::size_t j = k + 1; j < close; ++j) kinds[j] = Verbatim::code;
    k = close;
  }
}

void mark_pipe_tables(const Document& doc, const std::vector<detail::LineRef>& refs, std::vector<Verbatim>& kinds) {
  for (std::size_t k = 0; k + 1 < refs.size(); ++k) {
    const std::string_view head = detail::at(doc, refs[k]).text;
    const std::string_view next = detail::at(doc, refs[k + 1]).text;
    if (kinds[k] != Verbatim::none || kinds[k + 1] != Verbatim::none || head.find('|') == std::string_view::npos ||
        next.find('|') == std::string_view::npos || !delimiter_row_re().full_match(next))
      continue;
    kinds[k] = Verbatim::table_row;
    kinds[k + 1] = Verbatim::table_delimiter;
    std::size_t j = k + 2;
    for (; j < refs.size() && kinds[j] == Verbatim::none; ++j) {
      const Line& row = detail::at(doc, refs[j]);
      if (row.role != LineRole::body || row.text.find('|') == std::string::npos) break;
      kinds[j] = Verbatim::table_row;
    }
    k = j - 1;
  }
}

std::vector<Verbatim> verbatim_lines(const Document& doc, const std::vector<detail::LineRef>& refs) {
  std::vector<Verbatim> kinds(refs.size(), Verbatim::none);
  mark_fenced_code(doc, refs, kinds);
  mark_pipe_tables(doc, refs, kinds);
  return kinds;
}

// Ends the paragraph of the last text line before line k (blank lines
// between do not end it: unwrap_lines reads a hard break on a text line).
void end_paragraph_before(Document& doc, const std::vector<detail::LineRef>& refs, std::size_t k) {
  while (k > 0) {
    Line& line = detail::at(doc, refs[--k]);
    if (line.role == LineRole::body && !is_blank(line.text)) {
      line.hard_break = true;
      return;
    }
  }
}

// Sets the verbatim lines apart: fences and delimiter rows are furniture,
// code lines and table rows end a paragraph each (so is the line above
// them), and each region gets one warning. Returns which lines are kept
// verbatim (no other Markdown rule may touch them).
std::vector<bool> set_verbatim_apart(Document& doc, const std::vector<detail::LineRef>& refs) {
  const std::vector<Verbatim> kinds = verbatim_lines(doc, refs);
  std::vector<bool> verbatim(refs.size(), false);
  for (std::size_t k = 0; k < refs.size(); ++k) {
    if (kinds[k] == Verbatim::none) continue;
    verbatim[k] = true;
    const bool opens = k == 0 || kinds[k - 1] == Verbatim::none;
    if (opens) end_paragraph_before(doc, refs, k);
    const detail::LineRef r = refs[k];
    if (kinds[k] == Verbatim::fence) {
      detail::set_role(doc, kPass, "remove_markdown", r, LineRole::furniture,
                       opens ? "Markdown code fence (opens a code block)" : "Markdown code fence (closes a code block)");
      if (opens)
        doc.log.warn(std::string(kPass), doc.position_of(r.page, r.line),
                     "a Markdown code block: its lines are kept one paragraph each, no Markdown or note rule applied to them (later cleanup passes may still correct their words)");
      continue;
    }
    if (kinds[k] == Verbatim::table_delimiter) {
      detail::set_role(doc, kPass, "remove_markdown", r, LineRole::furniture,
                       "Markdown table delimiter row (the line of dashes between a table's header and its rows; no text)");
      continue;
    }
    detail::at(doc, r).hard_break = true;
    if (opens && kinds[k] == Verbatim::table_row)
      doc.log.warn(std::string(kPass), doc.position_of(r.page, r.line),
                   "a Markdown table: each row is kept as a line of its own, cells parted by '|'; it is not read as a table");
  }
  return verbatim;
}
// A rule is made of three or more '-', '*' or '_'.
// Whether any byte of `t` is one of the bytes of `set` (a few ASCII
// bytes): one loop over `t`, where find_first_of calls memchr over the set
// for every byte of `t`.
template <std::size_t N>
bool holds_any_of(std::string_view t, const char (&set)[N]) {
  return std::any_of(t.begin(), t.end(), [&](char c) {
    for (std::size_t k = 0; k + 1 < N; ++k)
      if (c == set[k]) return true;
    return false;
  });
}

bool may_be_rule(std::string_view text) { return holds_any_of(text, "-*_"); }

// Replaces every match of `p` by its group 1, recording each.
void unwrap_matches(Document& doc, detail::LineRef ref, const Pattern& p, std::string_view reason) {
  Line& line = detail::at(doc, ref);
  if (!p.may_match(line.text)) return;
  const Regex& re = p.re;
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
// Emphasis that opens inside a line ("See *Official Records ... 2003,")
// and closes on a later one ("Supplement No. 3 (E/2003/23)*, chap. II"), as
// a dump wrapped at a width leaves it: an opening delimiter after white
// space or punctuation, before a letter; a closing one after a letter,
// before white space or punctuation. Group 1 is the delimiter.
const Regex& emphasis_opens_inside() {
  static const Regex re("(?<![*_\\w\\\\])(\\*{1,2}|_{1,2})(?=[^\\s*_])");
  return re;
}
const Regex& emphasis_closes(std::string_view delim) {
  static const Regex star("(?<=[^\\s*_])\\*(?![*_\\w])"), stars("(?<=[^\\s*_])\\*\\*(?![*_\\w])");
  static const Regex under("(?<=[^\\s*_])_(?![*_\\w])"), unders("(?<=[^\\s*_])__(?![*_\\w])");
  if (delim == "*") return star;
  if (delim == "**") return stars;
  return delim == "_" ? under : unders;
}
bool may_hold_emphasis(std::string_view t) { return holds_any_of(t, "*_"); }

// The opening delimiter of `line` that no delimiter closes on the line.
std::optional<Regex::Match> unclosed_emphasis(std::string_view text) {
  if (!may_hold_emphasis(text)) return std::nullopt;
  std::size_t from = 0;
  while (auto open = emphasis_opens_inside().search(text, from)) {
    const std::string_view delim = open->str(text, 1);
    if (!emphasis_closes(delim).search(text, open->end)) return open;
    from = open->end;
  }
  return std::nullopt;
}

// Emphasis opened on one line and closed on a later line of the same
// paragraph ("*77th plenary meeting  " / "22 December 2003*", "See
// *Official Records ... 2003," / "Supplement No. 3 (E/2003/23)*, chap.").
// Where the line that opens it is a heading, the lines down to the one that
// closes it are that heading, hard-wrapped by the dump ("### **58/170.
// Enhancement ... of human" / "rights**"): they go on one another
// (unwrap_lines) and end the heading after the last.
void close_spanning_emphasis(Document& doc, const std::vector<bool>& verbatim) {
  const auto refs = detail::line_refs(doc);
  for (std::size_t i = 0; i < refs.size(); ++i) {
    Line& first = detail::at(doc, refs[i]);
    if ((first.role != LineRole::body && first.role != LineRole::footnote) || verbatim[i]) continue;
    auto open = unclosed_emphasis(first.text);
    if (!open) continue;
    const std::string delim(open->str(first.text, 1));
    for (std::size_t j = i + 1; j < refs.size() && j <= i + 8; ++j) {
      Line& last = detail::at(doc, refs[j]);
      if (last.role != first.role || verbatim[j]) break;
      auto close = may_hold_emphasis(last.text) ? emphasis_closes(delim).search(last.text) : std::nullopt;
      if (!close) continue;
      const std::size_t at = close->begin;
      last.replace(at, delim.size(), "");
      detail::record_line_edit(doc, kPass, "remove_markdown", refs[j], at, delim, "", "Markdown emphasis (closing, opened on an earlier line)");
      first.replace(open->groups[1].first, delim.size(), "");
      detail::record_line_edit(doc, kPass, "remove_markdown", refs[i], open->groups[1].first, delim, "", "Markdown emphasis (opening, closed on a later line)");
      if (first.heading) {
        for (std::size_t k = i; k <= j; ++k) {
          Line& l = detail::at(doc, refs[k]);
          l.heading = true;
          l.hard_break = k == j;
        }
      }
      break;
    }
  }
}
}  // namespace

void strip_markdown(Document& doc, const PassContext&) {
  if (doc.source.kind != "markdown") return;
  const Patterns& pat = patterns();
  const std::vector<detail::LineRef> refs = detail::line_refs(doc);
  const std::vector<bool> verbatim = set_verbatim_apart(doc, refs);
  for (std::size_t k = 0; k < refs.size(); ++k) {
    const detail::LineRef ref = refs[k];
    Line& line = detail::at(doc, ref);
    if (line.role != LineRole::body || verbatim[k]) continue;
    // Hard breaks: two trailing spaces, a trailing backslash, or <br>.
    if (line.text.size() >= 2 && line.text.compare(line.text.size() - 2, 2, "  ") == 0)
      line.hard_break = true;
    if (auto m = pat.break_tag.may_match(line.text) ? pat.break_tag.re.search(line.text) : std::nullopt) {
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
    if (may_be_rule(line.text) && pat.rule.full_match(line.text)) {
      detail::set_role(doc, kPass, "remove_rule", ref, LineRole::furniture,
                       "Markdown horizontal rule (a separator, not text)");
      continue;
    }
    if (auto m = pat.heading.may_match(line.text) ? pat.heading.re.search(line.text) : std::nullopt) {
      const std::string before(m->str(line.text));
      line.replace(0, m->end, "");
      detail::record_line_edit(doc, kPass, "remove_markdown", ref, 0, before, "", "Markdown heading marker");
      line.hard_break = true;
      line.heading = true;
    }
    // Superscripts are footnote marks: remove the digits, keep a mark.
    while (auto m = pat.sup.may_match(line.text) ? pat.sup.re.search(line.text) : std::nullopt) {
      const std::string before(m->str(line.text));
      const std::string marker(m->str(line.text, 1));
      line.replace(m->begin, m->end - m->begin, "");
      line.marks.push_back(NoteMark{m->begin, marker, MarkSource::markup});
      detail::record_line_edit(doc, kPass, "mark_footnote_reference", ref, m->begin, before, "[^" + marker + "]",
                               "superscript " + marker + " is a footnote mark");
    }
    unwrap_matches(doc, ref, pat.stars, "Markdown strong emphasis");
    unwrap_matches(doc, ref, pat.unders, "Markdown strong emphasis");
    unwrap_matches(doc, ref, pat.emphasis, "Markdown emphasis");
    unwrap_matches(doc, ref, pat.underscore, "Markdown emphasis");
    unwrap_matches(doc, ref, pat.link, "Markdown link (text kept, target dropped)");
    unwrap_matches(doc, ref, pat.escape, "Markdown escape");
    Line& l = detail::at(doc, ref);
    std::size_t from = 0;
    while (auto m = pat.entity.may_match(l.text) ? pat.entity.re.search(l.text, from) : std::nullopt) {
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
  close_spanning_emphasis(doc, verbatim);
  // Pandoc/GFM footnotes, once their text is free of Markdown.
  detail::read_markdown_notes(doc, kPass, verbatim);
}

namespace detail {
const std::vector<GuardedPattern>& markdown_guarded_patterns() {
  const Patterns& p = patterns();
  const auto search = [](std::string_view name, const Pattern& q) {
    return GuardedPattern{name, q.re, false, [&q](std::string_view t) { return q.may_match(t); }};
  };
  static const std::vector<GuardedPattern> all = {
      search("heading", p.heading), GuardedPattern{"rule", p.rule, true, may_be_rule}, search("sup", p.sup),
      search("stars", p.stars), search("unders", p.unders), search("emphasis", p.emphasis),
      search("underscore", p.underscore), search("link", p.link), search("break_tag", p.break_tag),
      search("escape", p.escape), search("entity", p.entity),
      GuardedPattern{"emphasis opens inside", emphasis_opens_inside(), false, may_hold_emphasis}};
  return all;
}
}  // namespace detail

}  // namespace akn
