// See note_homes.hpp.
#include "structure/note_homes.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string_view>

#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kStage = "structure";
// A raised note figure OCR reads as one of these, glued to the end of the
// word it follows ("Nations’,", "1974-1975°,").
// An opening quote there (“ ‘) opens nothing: it is read for a mark too.
constexpr char32_t kLookalikes[] = {U'\u2019', U'\u201D', U'\u201C', U'\u2018', U'"', U'\'', U'\u00B0', U'*', U'^', U'`'};
// How much of the word before an unread mark a warning quotes.
constexpr std::size_t kQuotedWordBytes = 24;

struct Event {
  std::size_t block = 0, offset = 0;
  std::optional<std::size_t> note;  // a linked mark's note; unset: an unread mark
  std::string glyph;                // an unread mark's look-alike
};

bool is_lookalike(char32_t cp) { return std::find(std::begin(kLookalikes), std::end(kLookalikes), cp) != std::end(kLookalikes); }

// Whether the quotation mark `cp` at byte `at` of `text` closes a quotation
// opened before it in the same paragraph.
bool closes_quotation(std::string_view text, std::size_t at, char32_t cp) {
  std::size_t opened = 0, closed = 0, straight = 0;
  for (std::size_t i = 0; i < at;) {
    const std::size_t start = i;
    const char32_t c = next_code_point(text, i);
    if (c == U'\u201C' || c == U'\u2018') ++opened;
    if (c == U'\u201D') ++closed;
    if (c == cp && (cp == U'"' || cp == U'\'') && (start == 0 || text[start - 1] == ' ' || text[start - 1] == '('))
      ++straight;
  }
  if (cp == U'"' || cp == U'\'') return straight > 0;
  if (cp == U'\u201D' || cp == U'\u2019') return opened > closed;
  return false;
}

// The unread marks of `text`: a look-alike right after a letter, a figure or
// a closing bracket, or a space after one (a mark set off by a thin space),
// followed by punctuation or the end of the paragraph.
std::vector<std::pair<std::size_t, std::string>> unread_marks(std::string_view text) {
  std::vector<std::pair<std::size_t, std::string>> out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const char32_t cp = next_code_point(text, i);
    if (!is_lookalike(cp) || at == 0) continue;
    std::size_t p = previous_code_point_start(text, at);
    if (text[p] == ' ' && p > 0) p = previous_code_point_start(text, p);
    const char32_t before = next_code_point(text, p);
    if (!is_letter(before) && !(before >= U'0' && before <= U'9') && before != U')') continue;
    const std::string_view rest = text.substr(i);
    const bool at_end = rest.find_first_not_of(' ') == std::string_view::npos;
    if (!at_end && std::string_view(",.;:").find(rest[0]) == std::string_view::npos) continue;
    if (closes_quotation(text, at, cp)) continue;
    out.emplace_back(at, std::string(text.substr(at, i - at)));
  }
  return out;
}

class Placer {
 public:
  Placer(const Document& doc, const std::vector<Block>& blocks, std::size_t first, const std::vector<std::size_t>& starts,
         const std::map<std::string, std::size_t>& note_index, const std::vector<std::string>& names)
      : doc_(doc), blocks_(blocks), first_(first), starts_(starts), note_index_(note_index), names_(names) {
    for (std::size_t b = first_; b < blocks_.size(); ++b)
      for (const NoteMark& m : blocks_[b].marks)
        if (auto n = note_of(m)) linked_.insert(*n);
  }

  NoteHomes run() {
    std::set<int> pages;
    for (std::size_t i = 0; i < doc_.footnotes.size(); ++i)
      if (unlinked(i)) pages.insert(doc_.footnotes[i].page);
    for (int page : pages) place_page(page);
    return std::move(out_);
  }

 private:
  std::optional<std::size_t> note_of(const NoteMark& m) const {
    if (m.note) return *m.note < doc_.footnotes.size() ? m.note : std::nullopt;
    const auto it = note_index_.find(m.marker);
    if (it == note_index_.end()) return std::nullopt;
    return it->second;
  }
  bool unlinked(std::size_t i) const { return !doc_.footnotes[i].referenced && !linked_.count(i); }
  std::size_t resolution_of(std::size_t block) const {
    return static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), block) - starts_.begin());
  }

  // The linked marks and unread marks on `page`, in reading order.
  std::vector<Event> events_on(int page) const {
    std::vector<Event> events;
    for (std::size_t b = first_; b < blocks_.size(); ++b) {
      const Block& block = blocks_[b];
      std::vector<Event> here;
      for (const NoteMark& m : block.marks) {
        const auto n = note_of(m);
        if (n && block.origin_at(m.offset).page == page && doc_.footnotes[*n].page == page)
          here.push_back(Event{b, m.offset, n, ""});
      }
      for (auto& [at, glyph] : unread_marks(block.text))
        if (block.origin_at(at).page == page) here.push_back(Event{b, at, std::nullopt, glyph});
      std::stable_sort(here.begin(), here.end(), [](const Event& a, const Event& c) { return a.offset < c.offset; });
      events.insert(events.end(), here.begin(), here.end());
    }
    return events;
  }

  // The one resolution whose text is on `page`, if only one's is.
  std::optional<std::size_t> only_resolution_on(int page) const {
    std::set<std::size_t> found;
    for (std::size_t b = first_; b < blocks_.size(); ++b)
      for (const Origin& o : blocks_[b].origins)
        if (o.page == page && !is_blank(blocks_[b].text)) found.insert(resolution_of(b));
    if (found.size() != 1) return std::nullopt;
    return *found.begin();
  }

  void place(std::size_t note, std::size_t resolution, int page, const std::string& why) {
    out_.home[note] = resolution;
    warn(page, "note " + doc_.footnotes[note].marker + " has no reference read in the text; " + why +
                   ": kept with the notes of resolution " + names_[resolution]);
  }
  void warn(int page, std::string message) {
    Position pos;
    pos.page = page;
    out_.warnings.push_back(Diagnostic{std::string(kStage), pos, std::move(message)});
  }

  void place_page(int page) {
    const std::vector<Event> events = events_on(page);
    // The linked notes of the page whose marks are on it, in the order of
    // their numbers; their marks must come in the same order.
    std::vector<std::size_t> notes, anchors;  // notes of the page; indexes into events
    std::vector<std::optional<std::size_t>> anchor_of;  // per note of the page: its event, when linked here
    for (std::size_t i = 0; i < doc_.footnotes.size(); ++i)
      if (doc_.footnotes[i].page == page) notes.push_back(i);
    for (std::size_t n : notes) {
      std::optional<std::size_t> e;
      for (std::size_t k = 0; k < events.size() && !e; ++k)
        if (events[k].note == n) e = k;
      anchor_of.push_back(e);
    }
    bool ordered = true;
    std::optional<std::size_t> last;
    for (const auto& e : anchor_of)
      if (e) {
        if (last && *e <= *last) ordered = false;
        last = e;
      }
    if (!ordered) {
      // A mark read with another number than printed: the notes it was
      // linked to are doubtful, and no order is taken from them.
      warn(page, "the note marks read on page " + std::to_string(page) +
                     " do not come in the order of their notes' numbers (a mark's number misread?): the notes linked "
                     "there may stand with the wrong text; compare them with the page image");
      std::fill(anchor_of.begin(), anchor_of.end(), std::nullopt);
    }
    // Each run of unlinked notes between two anchors (or the page's ends).
    std::optional<std::size_t> before;  // event of the anchor before the run
    std::vector<std::size_t> run;
    for (std::size_t k = 0; k <= notes.size(); ++k) {
      if (k < notes.size() && !anchor_of[k]) {
        if (unlinked(notes[k])) run.push_back(notes[k]);
        continue;
      }
      const std::optional<std::size_t> after = k < notes.size() ? anchor_of[k] : std::nullopt;
      if (!run.empty()) place_run(page, events, run, before, after);
      run.clear();
      before = after;
    }
  }

  // Whether the notes of `run` are numbered one after another, from the
  // number after the linked note before them (or, with none, after the last
  // numbered note of an earlier page, or from 1) up to the one before the
  // linked note after them: only then do their marks come in their order
  // (a starred note, or a note left uncollected, breaks it).
  bool numbered_without_gap(const std::vector<std::size_t>& run, std::optional<std::size_t> before,
                            std::optional<std::size_t> after) const {
    auto number = [&](std::size_t n) -> long {
      const std::string& m = doc_.footnotes[n].marker;
      if (m.empty() || m.size() > 3 || !std::all_of(m.begin(), m.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return -1;
      return std::stol(m);
    };
    long expected = 1;
    if (before) {
      expected = number(*before) + 1;
    } else {
      for (std::size_t i = 0; i < run.front(); ++i)
        if (doc_.footnotes[i].page < doc_.footnotes[run.front()].page && number(i) > 0) expected = number(i) + 1;
    }
    for (std::size_t n : run) {
      if (expected <= 0 || number(n) != expected) return false;
      ++expected;
    }
    return !after || number(*after) == expected;
  }

  void place_run(int page, const std::vector<Event>& events, const std::vector<std::size_t>& run,
                 std::optional<std::size_t> before, std::optional<std::size_t> after) {
    if (before && after && resolution_of(events[*before].block) == resolution_of(events[*after].block)) {
      const std::size_t r = resolution_of(events[*before].block);
      for (std::size_t n : run)
        place(n, r, page,
              "its mark lies between those of notes " + doc_.footnotes[*events[*before].note].marker + " and " +
                  doc_.footnotes[*events[*after].note].marker + ", both in resolution " + names_[r]);
      return;
    }
    std::vector<const Event*> unread;
    for (std::size_t k = before ? *before + 1 : 0; k < (after ? *after : events.size()); ++k)
      if (!events[k].note) unread.push_back(&events[k]);
    if (unread.size() == run.size() && numbered_without_gap(run, before ? events[*before].note : std::nullopt,
                                                            after ? events[*after].note : std::nullopt)) {
      for (std::size_t i = 0; i < run.size(); ++i) {
        const Event& e = *unread[i];
        const std::string_view text = blocks_[e.block].text;
        const std::size_t from = e.offset > kQuotedWordBytes ? e.offset - kQuotedWordBytes : 0;
        place(run[i], resolution_of(e.block), page,
              "by the order of the notes and of the marks on page " + std::to_string(page) + ", its mark is the \"" +
                  e.glyph + "\" read after \"" + std::string(excerpt(text, from, e.offset)) + "\"");
      }
      return;
    }
    if (const auto r = only_resolution_on(page)) {
      for (std::size_t n : run) place(n, *r, page, "page " + std::to_string(page) + " prints the text of that resolution only");
      return;
    }
    for (std::size_t n : run)
      warn(page, "note " + doc_.footnotes[n].marker + " on page " + std::to_string(page) +
                     " has no reference read in the text, and neither the order of the notes nor the marks read tell "
                     "which of the resolutions printed on the page it belongs to: kept with the document's own notes");
  }

  const Document& doc_;
  const std::vector<Block>& blocks_;
  std::size_t first_;
  const std::vector<std::size_t>& starts_;
  const std::map<std::string, std::size_t>& note_index_;
  const std::vector<std::string>& names_;
  std::set<std::size_t> linked_;
  NoteHomes out_;
};
}  // namespace

NoteHomes place_unlinked_notes(const Document& doc, const std::vector<Block>& blocks, std::size_t first,
                               const std::vector<std::size_t>& starts,
                               const std::map<std::string, std::size_t>& note_index,
                               const std::vector<std::string>& names) {
  if (starts.empty() || names.size() != starts.size() + 1) return {};
  return Placer(doc, blocks, first, starts, note_index, names).run();
}

}  // namespace akn
