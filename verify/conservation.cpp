#include "verify/conservation.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <unordered_map>

#include "core/text.hpp"
#include "verify/sequence_diff.hpp"

namespace akn {

namespace {
constexpr std::string_view kStage = "conservation";
// An edit's `before` is looked for at most this many lines before and after
// its own line (an edit of a paragraph may start on the line above: the
// context of a footnote reference).
constexpr std::size_t kWindowLines = 200;
// A run added in one place and lost in another is a move when it is at
// least this many characters long (shorter runs, "a" or ",", match by chance).
constexpr std::size_t kMovedAtLeast = 2;
// The words quoted in a warning: at most this many bytes, the middle elided.
constexpr std::size_t kQuoteBytes = 160;

inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

// Calls f(code point, byte offset) for every code point of `s` that is not
// white space. Bytes that are not UTF-8 are skipped: an edit's context cut
// inside a character ("gén\xC3") still matches the text it was cut from.
template <class F>
void for_each_char(std::string_view s, F&& f) {
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // most of the text: no decoding
      if (!is_space(c)) f(static_cast<char32_t>(c), i);
      ++i;
      continue;
    }
    const std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > s.size() || !is_valid_utf8(s.substr(i, len))) {
      ++i;
      continue;
    }
    const std::size_t at = i;
    const char32_t cp = next_code_point(s, i);
    if (!is_space(cp)) f(cp, at);
  }
}

std::u32string without_space(std::string_view s) {
  std::u32string out;
  for_each_char(s, [&](char32_t cp, std::size_t) { out.push_back(cp); });
  return out;
}

// An edit's `after` with its footnote marks ("[^1]") as the notes print them
// (the marker) or as the clean text does (nothing).
std::string marks_resolved(std::string_view after, bool in_notes) {
  std::string out;
  for (std::size_t i = 0; i < after.size();) {
    const std::size_t open = after.find("[^", i);
    const std::size_t close = open == std::string_view::npos ? open : after.find(']', open);
    if (close == std::string_view::npos) {
      out.append(after.substr(i));
      break;
    }
    out.append(after.substr(i, open - i));
    if (in_notes) out.append(after.substr(open + 2, close - open - 2));
    i = close + 1;
  }
  return out;
}

// A character of the replayed source: where it was printed.
struct Char {
  char32_t cp = 0;
  std::uint32_t line = 0;  // global line index (page by page)
  std::uint32_t byte = 0;  // offset in the line as ingested
};

enum class Stream : std::uint8_t { text, notes, gone };

Stream stream_of(LineRole role) {
  switch (role) {
    case LineRole::body: return Stream::text;
    case LineRole::footnote: return Stream::notes;
    default: return Stream::gone;
  }
}

// The index in `source` of the page numbered `number`: page p of the
// cleaned document unless order_pages moved it.
std::size_t source_page(const SourceText& source, int number, std::size_t p) {
  if (p < source.numbers.size() && source.numbers[p] == number) return p;
  const auto at = std::find(source.numbers.begin(), source.numbers.end(), number);
  return at == source.numbers.end() ? p : static_cast<std::size_t>(at - source.numbers.begin());
}

// The recorded text with the edit log applied, line by line.
class Replay {
 public:
  Replay(const SourceText& source, const Document& doc) {
    std::size_t lines = 0, bytes = 0;
    for (std::size_t p = 0; p < source.lines.size(); ++p)
      for (const std::string& line : source.lines[p]) bytes += line.size();
    for (const Page& page : doc.pages) lines += page.lines.size();
    printed_.reserve(bytes);  // one allocation: a big text costs its page faults
    span_.reserve(lines);
    for (std::size_t p = 0; p < doc.pages.size(); ++p)
      for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
        const auto g = static_cast<std::uint32_t>(where_.size());
        const Position pos = doc.position_of(p, l);
        by_position_.emplace(key(pos.page, pos.line), g);
        where_.push_back(pos);
        place_.emplace_back(p, l);
        stream_.push_back(stream_of(doc.pages[p].lines[l].role));
        const std::size_t begin = printed_.size();
        const std::size_t from = source_page(source, doc.pages[p].number, p);
        const std::string& text = from < source.lines.size() && l < source.lines[from].size() ? source.lines[from][l] : empty_;
        for_each_char(text, [&](char32_t cp, std::size_t at) { printed_.push_back({cp, g, static_cast<std::uint32_t>(at)}); });
        span_.emplace_back(begin, printed_.size());
      }
    edited_.assign(span_.size(), kNotEdited);
    role_logged_.assign(span_.size(), false);
  }

  // Applies one edit of the log; counts it in `report`.
  void apply(const Edit& e, ConservationReport& report) {
    const auto found = by_position_.find(key(e.where.page, e.where.line));
    if (e.read_at) {
      // Text moved in the reading order, unchanged.
      const auto to = by_position_.find(key(e.read_at->page, e.read_at->line));
      if (found == by_position_.end() || to == by_position_.end() || e.where.column < 1) {
        ++report.edits_unplaced;
        return;
      }
      const auto begin = static_cast<std::uint32_t>(e.where.column - 1);
      const auto at = e.read_at->column > 0 ? static_cast<std::uint32_t>(e.read_at->column - 1) : kWhole;
      moves_.push_back(Move{found->second, begin, begin + static_cast<std::uint32_t>(e.before.size()), to->second, at});
      ++report.edits_replayed;
      return;
    }
    if (!e.role.empty()) {
      if (found != by_position_.end()) role_logged_[found->second] = true;
      return;
    }
    if (found == by_position_.end()) {
      // Not tied to a line (line 0: a mark on the masthead's symbol, a
      // document-wide decision): nothing of the text to replay it on.
      if (e.where.line > 0 && without_space(e.before) != without_space(marks_resolved(e.after, false)))
        ++report.edits_unplaced;
      return;
    }
    const std::uint32_t g = found->second;
    const std::u32string needle = without_space(e.before);
    const std::u32string with = without_space(marks_resolved(e.after, stream_[g] == Stream::notes));
    if (needle == with) return;  // white space only (joins, split words)
    if (needle.empty() || !replace(g, needle, with, e.where.column)) {
      if (stream_[g] != Stream::gone) ++report.edits_unplaced;  // a line that left the text does not matter
      return;
    }
    ++report.edits_replayed;
  }

  [[nodiscard]] std::size_t lines() const { return span_.size(); }
  // A run of a line's characters in reading order: those printed at bytes
  // [begin, end) of line g.
  struct Piece {
    std::uint32_t g, begin, end;
  };
  // The text in reading order: each line as given, with the logged moves
  // applied in the order they were logged.
  [[nodiscard]] std::vector<Piece> order() const {
    std::vector<Piece> out;
    out.reserve(span_.size() + 2 * moves_.size());
    for (std::uint32_t g = 0; g < span_.size(); ++g) out.push_back({g, 0, kWhole});
    // Cuts the piece of line g that holds byte `at` in two there.
    auto cut = [&](std::uint32_t g, std::uint32_t at) {
      for (std::size_t k = 0; k < out.size(); ++k)
        if (out[k].g == g && out[k].begin < at && at < out[k].end) {
          const Piece tail{g, at, out[k].end};
          out[k].end = at;
          out.insert(out.begin() + static_cast<std::ptrdiff_t>(k) + 1, tail);
          return;
        }
    };
    for (const Move& m : moves_) {
      cut(m.g, m.begin);
      cut(m.g, m.end);
      std::vector<Piece> moved;
      for (std::size_t k = 0; k < out.size();)
        if (out[k].g == m.g && out[k].begin >= m.begin && out[k].end <= m.end) {
          moved.push_back(out[k]);
          out.erase(out.begin() + static_cast<std::ptrdiff_t>(k));
        } else {
          ++k;
        }
      std::size_t into = out.size();
      if (m.at == kWhole || m.at > 0) {
        if (m.at != kWhole) cut(m.to, m.at);
        for (std::size_t k = 0; k < out.size(); ++k)
          if (out[k].g == m.to && out[k].end == m.at) into = k + 1;
      } else {
        for (std::size_t k = 0; k < out.size() && into == out.size(); ++k)
          if (out[k].g == m.to && out[k].begin == 0) into = k;
      }
      out.insert(out.begin() + static_cast<std::ptrdiff_t>(into), moved.begin(), moved.end());
    }
    return out;
  }
  // Line g's characters as the edits so far left them.
  [[nodiscard]] std::span<const Char> text(std::size_t g) const {
    if (edited_[g] != kNotEdited) return edited_lines_[edited_[g]];
    return std::span<const Char>(printed_).subspan(span_[g].first, span_[g].second - span_[g].first);
  }
  [[nodiscard]] Stream stream(std::size_t g) const { return stream_[g]; }
  [[nodiscard]] bool role_logged(std::size_t g) const { return role_logged_[g]; }
  [[nodiscard]] Position position(std::size_t g) const { return where_[g]; }
  [[nodiscard]] std::pair<std::size_t, std::size_t> place(std::size_t g) const { return place_[g]; }

 private:
  static std::uint64_t key(int page, int line) {
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(page)) << 32) | static_cast<std::uint32_t>(line);
  }

  struct Ref {
    std::uint32_t line;
    std::size_t index;
  };

  // Replaces the occurrence of `needle` that overlaps line g (the one
  // nearest `column` when there are several) by `with`.
  bool replace(std::uint32_t g, const std::u32string& needle, const std::u32string& with, int column) {
    std::u32string window;
    std::vector<Ref> refs;
    auto take = [&](std::uint32_t h) {
      const std::span<const Char> chars = text(h);
      for (std::size_t i = 0; i < chars.size(); ++i) {
        window.push_back(chars[i].cp);
        refs.push_back({h, i});
      }
    };
    std::vector<std::uint32_t> above;
    std::size_t have = 0;
    for (std::uint32_t h = g, seen = 0; h-- > 0 && have < needle.size() && seen < kWindowLines; ++seen)
      if (stream_[h] == stream_[g]) {
        above.push_back(h);
        have += text(h).size();
      }
    for (auto it = above.rbegin(); it != above.rend(); ++it) take(*it);
    const std::size_t begin = window.size();
    take(g);
    const std::size_t end = window.size();
    for (std::uint32_t h = g + 1; h < span_.size() && window.size() - end < needle.size() && h - g <= kWindowLines; ++h)
      if (stream_[h] == stream_[g]) take(h);
    // The column, as an index into the window.
    std::size_t estimate = begin;
    for (const Char& c : text(g))
      if (column > 0 && c.byte < static_cast<std::uint32_t>(column - 1)) ++estimate;
    std::size_t best = std::u32string::npos, best_distance = SIZE_MAX;
    for (std::size_t at = window.find(needle); at != std::u32string::npos; at = window.find(needle, at + 1)) {
      const bool overlaps = begin == end ? at == begin : at < end && at + needle.size() > begin;
      if (!overlaps) continue;
      const std::size_t distance = at > estimate ? at - estimate : estimate - at;
      if (distance < best_distance) {
        best = at;
        best_distance = distance;
      }
    }
    if (best == std::u32string::npos) return false;
    const Ref first = refs[best];
    const Char tag = text(first.line)[first.index];
    // Remove the matched characters, last line first so indices hold.
    for (std::size_t k = best + needle.size(); k > best;) {
      const std::uint32_t h = refs[k - 1].line;
      const std::size_t last = refs[k - 1].index;
      while (k > best && refs[k - 1].line == h) --k;
      auto& chars = editable(h);
      chars.erase(chars.begin() + static_cast<std::ptrdiff_t>(refs[k].index),
                  chars.begin() + static_cast<std::ptrdiff_t>(last + 1));
    }
    std::vector<Char> inserted;
    for (char32_t cp : with) inserted.push_back({cp, tag.line, tag.byte});
    auto& chars = editable(first.line);
    chars.insert(chars.begin() + static_cast<std::ptrdiff_t>(first.index), inserted.begin(), inserted.end());
    return true;
  }

  // Line g as a copy the edits may change (made at its first edit).
  std::vector<Char>& editable(std::uint32_t g) {
    if (edited_[g] == kNotEdited) {
      const std::span<const Char> chars = text(g);
      edited_[g] = edited_lines_.size();
      edited_lines_.emplace_back(chars.begin(), chars.end());
    }
    return edited_lines_[edited_[g]];
  }

  static constexpr std::size_t kNotEdited = SIZE_MAX;
  static constexpr std::uint32_t kWhole = UINT32_MAX;  // the end of a line
  // Bytes [begin, end) of line g read at byte `at` of line `to` (kWhole: after it).
  struct Move {
    std::uint32_t g, begin, end, to, at;
  };
  std::vector<Move> moves_;
  std::string empty_;
  std::vector<Char> printed_;                                // every line's characters as ingested, in order
  std::vector<std::pair<std::size_t, std::size_t>> span_;    // per line: its range in printed_
  std::vector<std::size_t> edited_;                          // per line: its copy in edited_lines_, or kNotEdited
  std::vector<std::vector<Char>> edited_lines_;
  std::vector<Stream> stream_;
  std::vector<bool> role_logged_;
  std::vector<Position> where_;
  std::vector<std::pair<std::size_t, std::size_t>> place_;
  std::unordered_map<std::uint64_t, std::uint32_t> by_position_;
};

// Where a character of a sequence sits: for the source, the line and the
// byte in it as printed; for the output, the byte in the output text (line
// unused). Trivial, so that a vector of them is sized without a loop.
struct Place {
  std::uint32_t line, byte;
};

// A text's non-white-space characters, and where each sits.
struct Sequence {
  std::u32string cps;
  std::vector<Place> at;
};

Sequence output_sequence(const std::string& text) {
  Sequence s;
  s.cps.resize(text.size());  // an upper bound, cut to size below: one allocation
  s.at.resize(text.size());
  std::size_t n = 0;
  for_each_char(text, [&](char32_t cp, std::size_t at) {
    s.cps[n] = cp;
    s.at[n++] = {0, static_cast<std::uint32_t>(at)};
  });
  s.cps.resize(n);
  s.at.resize(n);
  return s;
}

// `s` cut to kQuoteBytes with its middle elided, on character boundaries.
std::string quote(std::string s) {
  if (s.size() <= kQuoteBytes) return s;
  return std::string(head_bytes(s, kQuoteBytes / 2)) + " \u2026 " + std::string(tail_bytes(s, kQuoteBytes / 3));
}

// [begin, end) of `text` widened to whole words (white space bounds them).
std::string whole_words(std::string_view text, std::size_t begin, std::size_t end) {
  auto space_at = [&](std::size_t i) { return text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r'; };
  begin = std::min(begin, text.size());
  end = std::min(std::max(end, begin), text.size());
  while (begin > 0 && !space_at(begin - 1)) --begin;
  while (end < text.size() && !space_at(end)) ++end;
  std::string out;
  for (std::size_t i = begin; i < end; ++i) out.push_back(space_at(i) ? ' ' : text[i]);
  return quote(collapse_spaces(out));
}

// The byte just after the code point that starts at `at`.
std::size_t after_code_point(std::string_view text, std::size_t at) {
  if (at >= text.size()) return text.size();
  std::size_t i = at;
  next_code_point(text, i);
  return i;
}

class Reporter {
 public:
  Reporter(const SourceText& source, const Replay& replay) : source_(source), replay_(replay) {}

  // The printed words of source characters [begin, end) (an empty range:
  // the word before it, or after it at the start).
  [[nodiscard]] std::pair<Position, std::string> printed(const Sequence& s, std::size_t begin, std::size_t end) const {
    if (s.at.empty()) return {{}, {}};
    if (begin == end) {
      const std::size_t k = begin > 0 ? begin - 1 : 0;
      return printed(s, std::min(k, s.at.size() - 1), std::min(k, s.at.size() - 1) + 1);
    }
    const Place first = s.at[begin];
    const Place last = s.at[end - 1];
    std::string words;
    for (std::uint32_t g = first.line; g <= last.line; ++g) {
      const auto [p, l] = replay_.place(g);
      const std::string_view text = source_.lines[p][l];
      const std::size_t from = g == first.line ? first.byte : 0;
      const std::size_t to = g == last.line ? after_code_point(text, last.byte) : text.size();
      if (g != first.line && replay_.stream(g) != replay_.stream(first.line)) continue;
      const std::string part = whole_words(text, from, std::max(from, to));
      if (!part.empty()) words += (words.empty() ? "" : " ") + part;
    }
    return {replay_.position(first.line), quote(words)};
  }

 private:
  const SourceText& source_;
  const Replay& replay_;
};

std::string output_words(const std::string& text, const Sequence& s, std::size_t begin, std::size_t end) {
  if (s.at.empty()) return {};
  if (begin == end) {
    // The gap: the word before it and the word after it.
    const std::size_t from = begin > 0 ? s.at[begin - 1].byte : 0;
    const std::size_t to = begin < s.at.size() ? after_code_point(text, s.at[begin].byte) : text.size();
    return whole_words(text, from, to);
  }
  return whole_words(text, s.at[begin].byte, after_code_point(text, s.at[end - 1].byte));
}

// Hunks separated by a run of equal text no longer than the smaller of
// them become one: a diff aligns stray letters ("the", "of") inside a moved
// or rewritten passage, and the reader wants the passage.
std::vector<verify::Hunk> merge_close(const std::vector<verify::Hunk>& hunks) {
  auto size = [](const verify::Hunk& h) { return (h.a_end - h.a_begin) + (h.b_end - h.b_begin); };
  std::vector<verify::Hunk> out;
  for (const verify::Hunk& h : hunks) {
    if (!out.empty()) {
      verify::Hunk& last = out.back();
      const std::size_t gap = h.a_begin - last.a_end;
      if (gap <= std::min(size(last), size(h))) {
        last.a_end = h.a_end;
        last.b_end = h.b_end;
        continue;
      }
    }
    out.push_back(h);
  }
  return out;
}

// Every hunk's source characters in order, each with its hunk, and which of
// them a move has claimed.
struct Removed {
  std::u32string cps;
  std::vector<std::size_t> hunk, offset;  // per character: its hunk, its index in the source
  std::vector<bool> claimed;
};

Removed removed_text(const std::vector<verify::Hunk>& hunks, const Sequence& source) {
  Removed r;
  for (std::size_t i = 0; i < hunks.size(); ++i)
    for (std::size_t k = hunks[i].a_begin; k < hunks[i].a_end; ++k) {
      r.cps.push_back(source.cps[k]);
      r.hunk.push_back(i);
      r.offset.push_back(k);
    }
  r.claimed.assign(r.cps.size(), false);
  return r;
}

// Where the output run of hunk i was printed, when it is text that another
// hunk took out: the source range, its characters claimed.
std::optional<std::pair<std::size_t, std::size_t>> moved_from(std::u32string_view put, std::size_t i, Removed& removed) {
  for (std::size_t at = std::u32string_view(removed.cps).find(put); at != std::u32string::npos;
       at = std::u32string_view(removed.cps).find(put, at + 1)) {
    bool free = true;
    for (std::size_t k = at; k < at + put.size() && free; ++k) free = !removed.claimed[k] && removed.hunk[k] != i;
    if (!free) continue;
    std::fill(removed.claimed.begin() + static_cast<std::ptrdiff_t>(at),
              removed.claimed.begin() + static_cast<std::ptrdiff_t>(at + put.size()), true);
    return std::pair{removed.offset[at], removed.offset[at + put.size() - 1] + 1};
  }
  return std::nullopt;
}

// The same characters on both sides of the hunk, in another order: words
// swapped ("rights human" for "human rights").
bool reordered(const Sequence& source, const Sequence& output, const verify::Hunk& h) {
  std::u32string a = source.cps.substr(h.a_begin, h.a_end - h.a_begin), b = output.cps.substr(h.b_begin, h.b_end - h.b_begin);
  if (a.size() != b.size()) return false;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return a == b;
}

// The last words of the output before its character `at` (up to `words`
// of them): where a moved run was put.
std::string output_before(const std::string& text, const Sequence& s, std::size_t at, std::size_t words = 6) {
  auto space = [&](std::size_t i) { return text[i] == ' ' || text[i] == '\n'; };
  const std::size_t end = at < s.at.size() ? s.at[at].byte : text.size();
  std::size_t begin = end;
  for (std::size_t seen = 0; seen < words; ++seen) {
    while (begin > 0 && space(begin - 1)) --begin;
    if (begin == 0) break;
    while (begin > 0 && !space(begin - 1)) --begin;
  }
  return quote(collapse_spaces(std::string_view(text).substr(begin, end - begin)));
}

void compare(const char* stream, const Sequence& source, const Sequence& output, const std::string& output_text,
             const Reporter& reporter, ConservationReport& report) {
  const std::vector<verify::Hunk> hunks = merge_close(verify::diff(source.cps, output.cps));
  // A run that one hunk puts in and another takes out was moved: reported
  // once, where it was put; the hunk it left is then not reported.
  Removed removed = removed_text(hunks, source);
  std::vector<std::optional<std::pair<std::size_t, std::size_t>>> from(hunks.size());
  for (std::size_t i = 0; i < hunks.size(); ++i)
    if (hunks[i].b_end - hunks[i].b_begin >= kMovedAtLeast)
      from[i] = moved_from(std::u32string_view(output.cps).substr(hunks[i].b_begin, hunks[i].b_end - hunks[i].b_begin), i, removed);
  std::vector<bool> all_claimed(hunks.size(), true);
  for (std::size_t k = 0; k < removed.cps.size(); ++k)
    if (!removed.claimed[k]) all_claimed[removed.hunk[k]] = false;
  auto add = [&](DiscrepancyKind kind, std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) {
    Discrepancy d;
    d.kind = kind;
    d.stream = stream;
    d.chars = std::max(a1 - a0, b1 - b0);
    auto [where, printed] = reporter.printed(source, a0, a1);
    d.where = where;
    d.printed = std::move(printed);
    d.output = output_words(output_text, output, b0, b1);
    report.unaccounted.push_back(std::move(d));
  };
  for (std::size_t i = 0; i < hunks.size(); ++i) {
    const verify::Hunk& h = hunks[i];
    const bool taken_out = h.a_end > h.a_begin && !all_claimed[i];
    if (from[i]) {
      add(DiscrepancyKind::moved, from[i]->first, from[i]->second, h.b_begin, h.b_end);
      report.unaccounted.back().output = output_before(output_text, output, h.b_begin);
      if (taken_out) add(DiscrepancyKind::lost, h.a_begin, h.a_end, h.b_begin, h.b_begin);
      continue;
    }
    if (!taken_out && h.b_end == h.b_begin) continue;  // moved elsewhere, reported there
    const DiscrepancyKind kind = h.b_end == h.b_begin ? DiscrepancyKind::lost
                                 : !taken_out         ? DiscrepancyKind::added
                                 : reordered(source, output, h) ? DiscrepancyKind::moved
                                                      : DiscrepancyKind::changed;
    add(kind, taken_out ? h.a_begin : h.a_end, h.a_end, h.b_begin, h.b_end);
    if (kind == DiscrepancyKind::moved) report.unaccounted.back().output = output_words(output_text, output, h.b_begin, h.b_end);
  }
}

// Lines that left the text with no role edit saying so.
void check_gone_lines(const SourceText& source, const Replay& replay, ConservationReport& report) {
  for (std::size_t g = 0; g < replay.lines(); ++g) {
    if (replay.stream(g) != Stream::gone || replay.text(g).empty() || replay.role_logged(g)) continue;
    const auto [p, l] = replay.place(g);
    Discrepancy d;
    d.kind = DiscrepancyKind::lost;
    d.stream = "text";
    d.where = replay.position(g);
    d.printed = quote(collapse_spaces(source.lines[p][l]));
    d.chars = replay.text(g).size();
    report.unaccounted.push_back(std::move(d));
  }
}
}  // namespace

const char* to_string(DiscrepancyKind kind) {
  switch (kind) {
    case DiscrepancyKind::lost: return "lost";
    case DiscrepancyKind::added: return "added";
    case DiscrepancyKind::changed: return "changed";
    case DiscrepancyKind::moved: return "moved";
  }
  return "lost";
}

std::size_t ConservationReport::unaccounted_chars() const {
  std::size_t n = 0;
  for (const Discrepancy& d : unaccounted) n += d.chars;
  return n;
}

SourceText record_source(const Document& ingested) {
  SourceText s;
  s.lines.reserve(ingested.pages.size());
  for (const Page& page : ingested.pages) {
    s.numbers.push_back(page.number);
    std::vector<std::string> lines;
    lines.reserve(page.lines.size());
    for (const Line& line : page.lines) lines.push_back(line.text);
    s.lines.push_back(std::move(lines));
  }
  s.edits_before = ingested.log.edits().size();
  return s;
}

ConservationReport check_conservation(const SourceText& source, const Document& cleaned, const Resolution& res,
                                      const std::string& body_text) {
  ConservationReport report;
  Replay replay(source, cleaned);
  const auto& edits = cleaned.log.edits();
  for (std::size_t i = source.edits_before; i < edits.size(); ++i) replay.apply(edits[i], report);
  for (const Edit& e : res.edits) replay.apply(e, report);

  Sequence text, notes;
  std::size_t sizes[2] = {0, 0};
  for (std::size_t g = 0; g < replay.lines(); ++g)
    if (replay.stream(g) != Stream::gone) sizes[replay.stream(g) == Stream::text ? 0 : 1] += replay.text(g).size();
  for (std::size_t k = 0; k < 2; ++k) {
    (k == 0 ? text : notes).cps.resize(sizes[k]);
    (k == 0 ? text : notes).at.resize(sizes[k]);
  }
  std::size_t filled[2] = {0, 0};
  for (const Replay::Piece& piece : replay.order()) {
    const std::uint32_t g = piece.g;
    if (replay.stream(g) == Stream::gone) continue;
    const std::size_t k = replay.stream(g) == Stream::text ? 0 : 1;
    Sequence& into = k == 0 ? text : notes;
    for (const Char& c : replay.text(g)) {
      if (c.byte < piece.begin || c.byte >= piece.end) continue;
      into.cps[filled[k]] = c.cp;
      into.at[filled[k]++] = {c.line, c.byte};
    }
  }
  std::string notes_text;
  for (const Footnote& f : res.footnotes) notes_text += f.marker + " " + f.text + "\n";
  const Sequence out_text = output_sequence(body_text), out_notes = output_sequence(notes_text);
  report.source_chars = text.cps.size() + notes.cps.size();
  report.output_chars = out_text.cps.size() + out_notes.cps.size();

  const Reporter reporter(source, replay);
  check_gone_lines(source, replay, report);
  compare("text", text, out_text, body_text, reporter, report);
  compare("notes", notes, out_notes, notes_text, reporter, report);
  return report;
}

void warn_discrepancies(const ConservationReport& report, EditLog& log, std::size_t most) {
  std::size_t n = 0;
  for (const Discrepancy& d : report.unaccounted) {
    if (n++ == most) {
      log.warn(std::string(kStage), {},
               std::to_string(report.unaccounted.size() - most) + " more differences between the printed text and the output");
      break;
    }
    const std::string in = d.stream == "notes" ? " in the notes" : "";
    std::string message;
    switch (d.kind) {
      case DiscrepancyKind::lost:
        message = "\"" + d.printed + "\" is printed but not in the output" + in + " (there: \"" + d.output +
                  "\"), and no edit removes it";
        break;
      case DiscrepancyKind::added:
        message = "the output" + in + " has \"" + d.output + "\" after the printed \"" + d.printed +
                  "\", and no edit adds it";
        break;
      case DiscrepancyKind::changed:
        message = "\"" + d.printed + "\" is printed, the output" + in + " has \"" + d.output + "\", and no edit changes it";
        break;
      case DiscrepancyKind::moved:
        message = "\"" + d.printed + "\" is out of reading order in the output" + in +
                  (d.output.empty() ? std::string(" (it comes first)") : " (there: \"" + d.output + "\")") +
                  ", and no edit moves it";
        break;
    }
    log.warn(std::string(kStage), d.where, "unaccounted difference (" + std::string(to_string(d.kind)) + "): " + message);
  }
}

}  // namespace akn
