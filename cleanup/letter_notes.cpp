// Notes marked by raised lowercase letters: the UN marks the notes of a
// table so ("Military observers a", "64 c" in its cells; under it
// "a Authorized military strength is 246 ..."), and the letters restart at
// "a" in the next table.
//
// A run of letter notes is a block of lines, on one page, each opening with
// a raised lowercase letter followed by text (its note), with the lines
// that continue them. Each raised lowercase letter set after a word or a
// figure belongs to the nearest run of letter notes that follows it (on its
// page or the next: a table run over prints its notes on its last page).
// A run is linked when it can be linked whole: every note's letter is
// printed once in it, every note has at least one mark, and each mark of
// the run's letters finds its note. Then the notes move to
// Document::footnotes and the marks become NoteMarks naming their note by
// index, each with an edit. Otherwise nothing moves: the marks and the
// notes stay in the text as printed, and a warning says why.
//
// A raised letter whose letter opens no note in its run and no note line on
// its page or a later one marks nothing ("50e", an ordinal) and says
// nothing; a raised "e", "o" or "a" glued to figures in running text is an
// ordinal's sign (French "50e", Spanish "1o", "2a") and is no mark.
#include "cleanup/letter_notes.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "cleanup/cleanup.hpp"
#include "cleanup/line_end.hpp"
#include "cleanup/pass_util.hpp"
#include "core/text.hpp"

namespace akn::detail {

namespace {
constexpr std::string_view kPass = "collect_footnotes";
// Thresholds of link_letter_notes.
//
// A table's notes are printed under it: on the page of its marks, or on the
// next one when the table runs over a page. A mark looks for its notes at
// most kMostPagesToNotes pages on.
constexpr std::size_t kMostPagesToNotes = 1;
// A line continues a letter note when it is set in the note's type: its
// size within kContinuationSizeSlack points of the note's first line.
constexpr double kContinuationSizeSlack = 0.5;

struct Mark {
  std::size_t page = 0, line = 0, word = 0;
  std::string letter;
  bool alone_in_cell = false;  // the letter is a table cell's only word
};
struct Note {
  std::size_t line = 0;
  std::string letter;
  std::vector<std::size_t> more;  // the lines that continue it
};
struct Run {
  std::size_t page = 0;
  std::vector<Note> notes;
  std::vector<std::size_t> marks;  // indexes into the marks found
};

// A single lowercase letter (of a script with case).
bool is_letter_mark(std::string_view t) {
  std::size_t i = 0;
  if (t.empty()) return false;
  const char32_t cp = next_code_point(t, i);
  return i == t.size() && is_lower_letter(cp);
}

// Whether byte `end` of `text` starts a letter of a script with case: a
// note mark is never glued before one.
bool glued_before_letter(std::string_view text, std::size_t end) {
  if (end >= text.size()) return false;
  std::size_t i = end;
  const char32_t cp = next_code_point(text, i);
  return is_lower_letter(cp) || is_upper_letter(cp);
}

std::string word_text(const Line& line, const Word& w) { return line.text.substr(w.begin, w.end - w.begin); }

// The raised letter that opens `line`, with text after it (a note: "a
// Authorized military strength is 246"), or empty.
std::string opening_letter(const Line& line) {
  if (line.role != LineRole::body || line.in_table || line.words.size() < 2) return {};
  const Word& w = line.words.front();
  if (!w.superscript || w.end <= w.begin || !is_blank(std::string_view(line.text).substr(0, w.begin))) return {};
  std::string token = word_text(line, w);
  return is_letter_mark(token) ? token : std::string();
}

bool ends_sentence(std::string_view text) {
  const std::string_view t = trim(text);
  return !t.empty() && (t.back() == '.' || t.back() == ';');
}

// Whether line `l` of `page` continues the note whose first line is
// `first` and whose last line so far is `last`: body text out of tables, in
// the note's type, opening no note, and the line above not ending a
// sentence (or this one opening in lowercase).
bool continues_note(const Page& page, std::size_t first, std::size_t last, std::size_t l) {
  const Line& line = page.lines[l];
  if (line.role != LineRole::body || line.in_table || !opening_letter(line).empty()) return false;
  const double size = page.lines[first].font_size;
  if (size > 0 && line.font_size > 0 && std::abs(line.font_size - size) > kContinuationSizeSlack) return false;
  return !ends_sentence(page.lines[last].text) || starts_lowercase(trim_left(line.text));
}

// The runs of letter notes, in reading order.
std::vector<Run> letter_runs(const Document& doc) {
  std::vector<Run> runs;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    std::optional<std::size_t> open;  // index in runs of the run going on
    for (std::size_t l = 0; l < page.lines.size(); ++l) {
      const Line& line = page.lines[l];
      const std::string letter = opening_letter(line);
      if (!letter.empty()) {
        if (!open) {
          open = runs.size();
          runs.push_back(Run{p, {}, {}});
        }
        runs[*open].notes.push_back(Note{l, letter, {}});
        continue;
      }
      if (!open || line.role == LineRole::blank) continue;
      Note& note = runs[*open].notes.back();
      if (continues_note(page, note.line, note.more.empty() ? note.line : note.more.back(), l)) note.more.push_back(l);
      else open.reset();
    }
  }
  return runs;
}

// Whether the raised `letter` ending at `w` is an ordinal's sign: an "e",
// "o" or "a" glued to figures in running text ("50e séance", "1o", "2a").
bool ordinal_sign(const Line& line, const Word& w, std::string_view letter) {
  if (line.in_table || w.begin == 0 || (letter != "e" && letter != "o" && letter != "a")) return false;
  const char before = line.text[w.begin - 1];
  return before >= '0' && before <= '9';
}

// Whether word k of line l on page p is a table cell's only word.
bool alone_in_cell(const Document& doc, std::size_t p, std::size_t l, std::size_t k) {
  for (const PrintedTable& t : doc.tables)
    for (const PrintedRow& row : t.rows)
      for (const PrintedCell& cell : row.cells)
        for (const CellPiece& pc : cell.pieces)
          if (pc.page == p && pc.line == l && pc.first_word == k && pc.end_word == k + 1) return true;
  return false;
}

// The raised lowercase letters set after a word or a figure, in reading
// order, out of the notes' own lines.
std::vector<Mark> letter_marks(const Document& doc, const std::vector<Run>& runs) {
  std::set<std::pair<std::size_t, std::size_t>> note_lines;
  for (const Run& r : runs)
    for (const Note& n : r.notes) {
      note_lines.insert({r.page, n.line});
      for (std::size_t l : n.more) note_lines.insert({r.page, l});
    }
  std::vector<Mark> marks;
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      const Line& line = doc.pages[p].lines[l];
      if (line.role != LineRole::body || note_lines.count({p, l})) continue;
      for (std::size_t k = 0; k < line.words.size(); ++k) {
        const Word& w = line.words[k];
        if (!w.superscript || w.end <= w.begin || is_blank(std::string_view(line.text).substr(0, w.begin))) continue;
        const std::string token = word_text(line, w);
        if (!is_letter_mark(token) || glued_before_letter(line.text, w.end) || ordinal_sign(line, w, token)) continue;
        marks.push_back(Mark{p, l, k, token, alone_in_cell(doc, p, l, k)});
      }
    }
  return marks;
}

// The run a mark belongs to: the nearest that follows it, within
// kMostPagesToNotes pages; nullopt when none does.
std::optional<std::size_t> run_of(const Mark& m, const std::vector<Run>& runs) {
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const Run& run = runs[r];
    const std::size_t first = run.notes.front().line;
    if (run.page < m.page || (run.page == m.page && first < m.line)) continue;
    if (run.page > m.page + kMostPagesToNotes) return std::nullopt;
    return r;
  }
  return std::nullopt;
}

bool has_letter(const Run& run, std::string_view letter) {
  return std::any_of(run.notes.begin(), run.notes.end(), [&](const Note& n) { return n.letter == letter; });
}

// Why `run` cannot be linked whole (empty when it can), given its marks.
std::string why_not_linked(const Document& doc, const Run& run, const std::vector<Mark>& marks) {
  std::map<std::string, int> printed, marked;
  for (const Note& n : run.notes) ++printed[n.letter];
  for (const auto& [letter, count] : printed)
    if (count > 1) return "note " + quoted(letter) + " is printed " + std::to_string(count) + " times in one run of notes";
  for (std::size_t i : run.marks) {
    if (marks[i].alone_in_cell) return "the mark " + quoted(marks[i].letter) + " stands alone in its table cell";
    ++marked[marks[i].letter];
  }
  for (const Note& n : run.notes) {
    if (!marked.count(n.letter)) return "no raised " + quoted(n.letter) + " is printed above its note";
    if (!doc.pages[run.page].lines[n.line].marks.empty()) return "note " + quoted(n.letter) + " holds a raised figure";
  }
  return {};
}

std::string letters_of(const Run& run) {
  std::string named;
  for (const Note& n : run.notes) named += (named.empty() ? "" : ", ") + quoted(n.letter);
  return named;
}

// The note's text: its first line after the letter, its continuation lines
// joined as notes' lines are (a line-end hyphen decided, with an edit).
std::string note_text(Document& doc, const PassContext& ctx, std::optional<Vocabulary>& vocab, std::size_t p,
                      const Note& n) {
  const Line& first = doc.pages[p].lines[n.line];
  std::string text(trim(collapse_spaces(std::string_view(first.text).substr(first.words.front().end))));
  std::size_t prev = n.line;
  for (std::size_t l : n.more) {
    const std::string next = collapse_spaces(doc.pages[p].lines[l].text);
    if (!vocab) vocab.emplace(doc, ctx);
    const auto join = join_at_line_end(text, next, ctx, *vocab);
    if (!join) {
      text += " " + std::string(trim(next));
    } else {
      text.erase(join->cut_at);
      text += join->kept + (join->end.space ? " " : "") + std::string(trim(next));
      record_line_edit(doc, kPass, join->end.kind, {p, prev}, doc.pages[p].lines[prev].text.size(), join->before,
                       join->after, join->end.why + " (in a letter note)", join->end.confidence);
    }
    prev = l;
  }
  return text;
}

// Takes the raised letter of mark `m` out of its line as a NoteMark naming
// note `index`, with an edit; the word goes, and table cells' word ranges
// on the line move with it.
void take_mark(Document& doc, const Mark& m, std::size_t index, const Run& run) {
  Line& line = doc.pages[m.page].lines[m.line];
  const Word w = line.words[m.word];
  std::size_t begin = w.begin;
  const std::size_t end = w.end;
  if (begin > 0 && line.text[begin - 1] == ' ' && (end == line.text.size() || line.text[end] == ' ')) --begin;
  const std::size_t from = begin >= 16 ? begin - 16 : 0;
  const std::string before(excerpt(line.text, from, end + 16));
  line.replace(begin, end - begin, "");
  line.marks.push_back(NoteMark{begin, m.letter, MarkSource::superscript, index});
  std::sort(line.marks.begin(), line.marks.end(), [](const NoteMark& a, const NoteMark& b) { return a.offset < b.offset; });
  line.words.erase(line.words.begin() + static_cast<std::ptrdiff_t>(m.word));
  for (PrintedTable& t : doc.tables)
    for (PrintedRow& row : t.rows)
      for (PrintedCell& cell : row.cells)
        for (CellPiece& pc : cell.pieces)
          if (pc.page == m.page && pc.line == m.line) {
            if (pc.first_word > m.word) --pc.first_word;
            if (pc.end_word > m.word) --pc.end_word;
          }
  std::string after = line.text;
  after.insert(begin, "[^" + m.letter + "]");
  record_line_edit(doc, kPass, "letter_note_mark", {m.page, m.line}, begin, before,
                   std::string(excerpt(after, from, begin + m.letter.size() + 3 + 16)),
                   "raised " + quoted(m.letter) + " is the mark of note " + quoted(m.letter) +
                       ", printed in the nearest run of letter notes below it (page " + std::to_string(run.page + 1) +
                       ")",
                   0.9, w.box);
}

// Moves the notes of `run` to Document::footnotes and takes its marks.
void link_run(Document& doc, const PassContext& ctx, std::optional<Vocabulary>& vocab, const Run& run,
              const std::vector<Mark>& marks) {
  std::map<std::string, std::size_t> index;
  for (const Note& n : run.notes) {
    std::string text = note_text(doc, ctx, vocab, run.page, n);
    index[n.letter] = doc.footnotes.size();
    set_role(doc, kPass, "collect_letter_note", {run.page, n.line}, LineRole::footnote,
             "note " + quoted(n.letter) + " (a raised letter opening the line, as a table's notes are marked) moved "
             "to the notes: its marks stand above it");
    for (std::size_t l : n.more)
      set_role(doc, kPass, "collect_letter_note", {run.page, l}, LineRole::footnote,
               "continuation of note " + quoted(n.letter));
    doc.footnotes.push_back(Footnote{n.letter, std::move(text), static_cast<int>(run.page) + 1,
                                     static_cast<int>(n.line), true});
  }
  // Right to left, so that the word indexes of marks still to take hold.
  for (auto it = run.marks.rbegin(); it != run.marks.rend(); ++it) {
    const Mark& m = marks[*it];
    const auto note = index.find(m.letter);
    if (note != index.end()) take_mark(doc, m, note->second, run);
  }
}

void warn_run(Document& doc, const Run& run, const std::string& why) {
  const Line& note = doc.pages[run.page].lines[run.notes.front().line];
  // Each table's letters start again at "a": named with their page, so
  // that a run left here is not taken for another table's notes collected.
  std::vector<std::string> letters;
  for (const Note& n : run.notes) letters.push_back(n.letter + " (page " + std::to_string(run.page + 1) + ")");
  doc.log.warn_notes_in_text(std::string(kPass), doc.position_of(run.page, run.notes.front().line),
                             "raised letters " + letters_of(run) + " mark notes printed on this page (" +
                                 quoted(std::string(head_bytes(note.text, 48))) + "), as a table's notes are marked, but they are not "
                                 "linked (" + why + "): the marks stay in the text after their words and the notes stay paragraphs, "
                                 "as printed (compare them with the page image)",
                             std::move(letters));
}

// Whether `letter` opens a note line of `runs` on page p or a later one.
bool note_later(const std::vector<Run>& runs, std::size_t p, std::string_view letter) {
  return std::any_of(runs.begin(), runs.end(), [&](const Run& r) { return r.page >= p && has_letter(r, letter); });
}
}  // namespace

void link_letter_notes(Document& doc, const PassContext& ctx) {
  std::vector<Run> runs = letter_runs(doc);
  if (runs.empty()) return;
  const std::vector<Mark> marks = letter_marks(doc, runs);
  std::vector<bool> marked_before(runs.size(), false);  // a mark of its letters stands before it
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const auto r = run_of(marks[i], runs);
    if (r && has_letter(runs[*r], marks[i].letter)) {
      runs[*r].marks.push_back(i);
      continue;
    }
    // A mark whose letter opens no note of its run marks nothing, unless a
    // note line of its letter follows it further on: then say so.
    if (note_later(runs, marks[i].page, marks[i].letter)) {
      const Line& line = doc.pages[marks[i].page].lines[marks[i].line];
      const Word& w = line.words[marks[i].word];
      doc.log.warn(std::string(kPass), doc.position_of(marks[i].page, marks[i].line),
                   "raised " + quoted(marks[i].letter) + " (" + quoted(std::string(excerpt(line.text, w.begin >= 16 ? w.begin - 16 : 0, w.end))) +
                       ") looks like a note mark, but the nearest notes below it print no note " + quoted(marks[i].letter) +
                       ": kept as printed");
    }
  }
  for (std::size_t r = 0; r < runs.size(); ++r)
    for (const Mark& m : marks)
      if ((m.page < runs[r].page || (m.page == runs[r].page && m.line < runs[r].notes.front().line)) &&
          has_letter(runs[r], m.letter))
        marked_before[r] = true;
  std::optional<Vocabulary> vocab;
  // In reading order, so that the notes follow one another as printed (the
  // marks of one line all belong to one run).
  for (std::size_t r = 0; r < runs.size(); ++r) {
    if (runs[r].marks.empty()) {
      if (marked_before[r]) warn_run(doc, runs[r], "no raised letter of theirs stands above them, before an earlier run");
      continue;
    }
    const std::string why = why_not_linked(doc, runs[r], marks);
    if (why.empty()) link_run(doc, ctx, vocab, runs[r], marks);
    else warn_run(doc, runs[r], why);
  }
}

}  // namespace akn::detail
