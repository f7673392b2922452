// The record of what cleanup did and what it could not decide.
//
// Every change a pass makes to a document's text or to a line's role is an
// Edit; anything a pass noticed but would not decide on is a Diagnostic
// (warning). Both carry the pass name and a source position, so a reader of
// X.edits.json can find each decision on the page.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/box.hpp"

namespace akn {

struct Position {
  int page = 0;    // 1-based; 0 when not tied to a page
  int line = 0;    // 1-based line of the source file for text inputs,
                   // 1-based line index on the page for laid-out inputs
  int column = 0;  // 1-based byte column; 0 when not known
};

struct Edit {
  std::string pass;    // e.g. "strip_ods_markers"
  std::string kind;    // e.g. "remove_marker", "join_lines", "correct_phrase"
  Position where;
  std::string before;  // the original text ("" for pure insertions)
  std::string after;   // the replacement ("" for removals)
  std::string reason;  // why, in words a reviewer can check
  double confidence = 1.0;  // the pass's confidence in the decision, 0..1
  std::optional<Box> box;   // what was changed, on the page, when the source has geometry
  // For an edit that gave a whole line a role (detail::set_role): the role,
  // as to_string(LineRole) names it ("furniture", "footnote", ...). Empty for
  // edits of the text. The conservation check (verify/) reads it: a line
  // leaves the text only by such an edit.
  std::string role = {};
  // For an edit that moved text in the reading order (detail::move_text:
  // `before` at `where`, unchanged): where it is now read. At byte
  // column - 1 of that line, right after the text that ends there (the
  // line's start when that is 0); column 0: after the whole line. The
  // conservation check replays it.
  std::optional<Position> read_at = std::nullopt;
};

// What a warning says was left as printed, typed so that the quality
// figures count it without reading its words.
enum class Doubt : unsigned char {
  none,
  // Notes seen but not collected: their text left in the body as printed
  // (or not found at all). Diagnostic::notes names them by marker; a
  // warning that cannot name its note stands for one.
  notes_in_text,
};

struct Diagnostic {
  std::string pass;
  Position where;
  std::string message;
  Doubt doubt = Doubt::none;
  // For Doubt::notes_in_text: the notes' markers ("3", as Footnote::marker
  // spells it, so that a note a later pass collects is not counted; a
  // table's letter notes with their page, "b (page 18)", as each table's
  // letters start again; a Markdown label "[^label]": no pass collects
  // those later).
  std::vector<std::string> notes = {};
};

class EditLog {
 public:
  Edit& add(Edit edit) {
    edits_.push_back(std::move(edit));
    return edits_.back();
  }
  void warn(std::string pass, Position where, std::string message) {
    warnings_.push_back({std::move(pass), where, std::move(message)});
  }
  // A warning that notes `notes` (markers; empty: one note not named) were
  // not collected and stay in the text as printed.
  void warn_notes_in_text(std::string pass, Position where, std::string message, std::vector<std::string> notes) {
    warnings_.push_back({std::move(pass), where, std::move(message), Doubt::notes_in_text, std::move(notes)});
  }
  [[nodiscard]] const std::vector<Edit>& edits() const { return edits_; }
  [[nodiscard]] const std::vector<Diagnostic>& warnings() const { return warnings_; }
  // Number of edits per kind, ordered by kind name.
  [[nodiscard]] std::map<std::string, std::size_t> counts_by_kind() const;

 private:
  std::vector<Edit> edits_;
  std::vector<Diagnostic> warnings_;
};

}  // namespace akn
