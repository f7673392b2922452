// Helpers shared by the cleanup passes (internal to cleanup/).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>
#include <string>
#include <string_view>

#include "core/document.hpp"

namespace akn::detail {

// A flat index of (page, line) pairs, for passes that look ahead and behind.
struct LineRef {
  std::size_t page = 0, line = 0;
};
std::vector<LineRef> line_refs(const Document& doc);

inline Line& at(Document& doc, LineRef r) { return doc.pages[r.page].lines[r.line]; }
inline const Line& at(const Document& doc, LineRef r) { return doc.pages[r.page].lines[r.line]; }

// Records an edit at a line (column 1-based from a byte offset). The edit's
// box is `box` when given, else the line's box when the source has one.
// Returns the edit as logged.
Edit& record_line_edit(Document& doc, std::string_view pass, std::string_view kind, LineRef where,
                       std::size_t offset, std::string before, std::string after,
                       std::string reason, double confidence = 1.0, std::optional<Box> box = std::nullopt);

// Marks a whole line with `role`, recording the decision (an edit whose
// `role` names it, with the line's text as `before`).
void set_role(Document& doc, std::string_view pass, std::string_view kind, LineRef where,
              LineRole role, std::string reason, double confidence = 1.0);

// Records that bytes [begin, end) of line `where` are read at byte `at` of
// line `to` (right after the text that ends there) instead of where the
// source gives them (a table's cell the text layer gives after rows below
// it). The text is unchanged; the conservation check replays the move.
void move_text(Document& doc, std::string_view pass, std::string_view kind, LineRef where, std::size_t begin,
               std::size_t end, LineRef to, std::size_t at, std::string reason, double confidence = 1.0);

// The font size most body text is set in (0 when the source has none); the
// lines of tables (find_tables) do not count: a long table in smaller type
// may hold more letters than the text.
double body_font_size(const Document& doc);

// Whether a pattern anchored at the start of `text` behind \s (ASCII or
// Unicode white space: "^\\s*\\(") may match: the first byte after the
// leading white space and control bytes passes `opens`, or lies outside
// ASCII (it may be a space of another script, which \s reads). A cheap
// pre-check: where it is false the pattern cannot match, and the search
// (several hundred instructions even on a short line) is skipped.
template <typename Opens>
bool may_open_with(std::string_view text, Opens opens) {
  std::size_t i = 0;
  while (i < text.size() && static_cast<unsigned char>(text[i]) <= ' ') ++i;
  if (i == text.size()) return false;
  const auto c = static_cast<unsigned char>(text[i]);
  return c >= 0x80 || opens(static_cast<char>(c));
}

// Whether a whole line is a job-number footer ("18-16895 (E) 241018") or
// a barcode's text ("*1816895*"), by remove_furniture's own rules.
bool is_job_number_or_barcode_line(std::string_view text);

// The first kScriptSampleBytes bytes of `lines`, a line a row: enough to
// tell the script most of their letters are in (dominant_script).
constexpr std::size_t kScriptSampleBytes = 4000;
std::string script_sample(const Document& doc, const std::vector<LineRef>& lines);

// The width a text's lines are wrapped at, from the widths of its body
// lines: the 90th percentile, where it is a plausible line's (30 to 130)
// and at least 40% of the lines come within 70% of it; 0 when the lines
// are not wrapped (a paragraph a line, a text laid out by geometry).
std::size_t wrap_width_of(const std::vector<std::size_t>& lengths);

// Quotes a string for use inside a reason.
std::string quoted(std::string_view s);

}  // namespace akn::detail
