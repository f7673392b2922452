// fix_typos: corrections of typing errors in paragraphs, only on evidence.
//
// 1. Known confusions: a phrase of the confusion list (cleanup/confusions.txt
//    and the files of cleanup.confusion_files), found whole and exactly, is
//    replaced by the phrase meant ("Untied Nations" -> "United Nations").
//    These are the real-word errors a spell-checker accepts. Nothing is
//    corrected for being merely near a known phrase: "Member State",
//    "Goal 14" and "Children’s" are right as printed.
// 2. Typing errors: a word the dictionary of the document's language rejects
//    (cleanup.dictionary_language, or one of cleanup.language_dictionaries;
//    none: no correction) becomes a word the document itself prints when
//    all of these hold:
//    - the word is printed once, starts lowercase (an unknown capitalised
//      word is probably a name: it is left), has kMinLetters letters or
//      more and no digit;
//    - the other word is printed at least kMinUses times, starts lowercase
//      too, and the dictionary accepts it;
//    - one keystroke slip explains the difference (typing_slip: letters
//      swapped, left out, doubled, a neighbouring key of the language's
//      keyboard), never an inflection
//      ("antimicrobials", "replenishments" are plurals, not slips of
//      "antimicrobial", "replenishment"), a change of case or a spelling;
//    - exactly one word of the document qualifies, and nothing else explains
//      the word as well: it stands alone (not glued to a symbol, quote or
//      bracket before it, as in OCR text: "~emander") and is not two words the document prints,
//      run together ("afait": "n'a fait" with a lost space).
// 3. Split words: a text dump prints "r eligious" where a PDF's first glyph
//    stood apart. A letter alone before a word the dictionary rejects is
//    joined to it when letter + word is a word the document prints and the
//    dictionary accepts (edit join_split_word, as repair_split_words makes
//    from glyph gaps); after a lone letter that makes no such word, no slip
//    that puts a letter before the word is corrected: it would double the
//    letter ("r religious"); other slips are ("a villaye" -> "a village").
//    In a text dump's line the dictionary's word is enough ("c ivilizations"):
//    the document need not print it.
// 4. Gaps inside words of a text dump (a line with no glyph boxes), where
//    pdftotext put a space at a kerning gap:
//    - a space before a hyphen or en dash that goes on at once into the
//      next word ("Secretary -General", "COVID -19", "2018 –2028") is
//      closed when the compound is one the document prints elsewhere, or
//      its two words are letters the dictionary accepts as a compound, or
//      (an en dash) both are numbers: a range. A hyphen between letters
//      that none of these explain is kept, with a warning, and so is one
//      after a compound and one word: a suspended compound ("country-owned
//      and -driven");
//    - two words of two letters or more run apart by one space
//      ("Colo nialism", "effectiv ely") are joined when one of them is a
//      word the dictionary rejects and the whole is one it accepts or the
//      document prints elsewhere; a single letter after a word
//      ("Conferenc e") only when the document prints the whole word and the
//      dictionary accepts it. Two words the dictionary accepts are never
//      joined ("any one", "to day", "a way"); where the document prints
//      the whole elsewhere, twice or more and more often than either
//      part on its own, they are kept with a warning the quality score
//      counts ("inter nationally").
// A word the dictionary accepts (a typographic apostrophe asked as a
// straight one) or the document prints twice is never changed. Anything less
// certain is left as printed.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <deque>
#include <map>
#include <string_view>
#include <unordered_map>

#include "cleanup/cleanup.hpp"
#include "cleanup/confusions.hpp"
#include "cleanup/dictionary.hpp"
#include "cleanup/ocr_lookalikes.hpp"
#include "cleanup/pass_util.hpp"
#include "cleanup/typing_errors.hpp"
#include "core/language.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "fix_typos";

// Typing errors (rule 2).
// Words shorter than this have too many neighbours one slip away.
constexpr std::size_t kMinLetters = 5;
// The correction must be printed at least this often in the document.
constexpr int kMinUses = 2;
// Confidence recorded with each kind of correction.
constexpr double kConfusionConfidence = 0.95;
constexpr double kSlipConfidence = 0.85;

// Split words (rule 3).
// The word after a lone letter must have this many bytes or more ("r eligious").
constexpr std::size_t kMinSplitRest = 3;
constexpr double kSplitJoinConfidence = 0.9;
// A lone letter is one code point: at most this many bytes in UTF-8 (a
// longer token, most words, is passed over before it is decoded).
constexpr std::size_t kMaxLetterBytes = 4;

// Gaps inside words of a text dump (rule 4).
// Each half of a word run apart must have this many bytes or more, but for a
// single letter after a word the document prints whole ("Conferenc e").
constexpr std::size_t kMinGapPart = 2;
// A piece of an English word a gap cut off has at most this many letters
// ("nd", "s"); longer pieces are judged by the dictionary.
constexpr std::size_t kMaxFragmentLetters = 2;
// A whole of at most this many letters that a fragment makes ("ah" of
// "a h") must be printed kMinUses times: short words are names' pieces too.
constexpr std::size_t kShortWholeLetters = 3;
constexpr double kGapJoinConfidence = 0.85;

// A word of a block: its byte range, and a view of it that is valid until
// the block changes (after that, take the word again with word_at).
struct Token {
  std::size_t begin, end;
  std::string_view text;
};

std::string_view word_at(const Block& block, const Token& tok) {
  return std::string_view(block.text).substr(tok.begin, tok.end - tok.begin);
}

// Whether code point `cp` (its UTF-8 is `ch`) is a letter or a number
// (\p{L}, \p{N}): ASCII decided here, anything else by PCRE2's Unicode
// tables, once per code point and thread.
bool letter_or_number(char32_t cp, std::string_view ch) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || ((cp | 0x20u) >= 'a' && (cp | 0x20u) <= 'z');
  static const Regex kLetterOrNumber("[\\p{L}\\p{N}]");
  thread_local std::unordered_map<char32_t, bool> known;
  auto it = known.find(cp);
  if (it == known.end()) it = known.emplace(cp, kLetterOrNumber.full_match(ch)).first;
  return it->second;
}

// The words of a text: a letter or number, then letters, numbers,
// apostrophes and hyphens ([\p{L}\p{N}][\p{L}\p{N}'\u2019-]*), scanned
// in one pass without a regex match (and its allocations) per word.
std::vector<Token> tokens_of(const std::string& text) {
  std::vector<Token> out;
  out.reserve(text.size() / 6);  // about a word in six bytes of running text
  const std::string_view t(text);
  // ASCII, decided by table: 1 a letter or digit, 2 an apostrophe or hyphen.
  static const std::array<unsigned char, 128> kAscii = [] {
    std::array<unsigned char, 128> a{};
    for (char32_t c = 0; c < 128; ++c) a[c] = letter_or_number(c, {}) ? 1 : 0;
    a['\''] = a['-'] = 2;
    return a;
  }();
  // Whether the character at i (ASCII or not) continues (or, `first`,
  // starts) a word; `next` is set to the byte after it.
  auto word_char = [&](std::size_t i, std::size_t& next, bool first) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) {  // ASCII, decided without decoding
      next = i + 1;
      return kAscii[c] == 1 || (!first && kAscii[c] == 2);
    }
    next = i;
    const char32_t cp = next_code_point(t, next);
    if (!first && (cp == '\'' || cp == 0x2019 || cp == '-')) return true;
    return letter_or_number(cp, t.substr(i, next - i));
  };
  const std::size_t n = t.size();
  std::size_t i = 0, next = 0;
  while (i < n) {
    // Bytes between words and ASCII runs within a word are read by the
    // table alone, in loops of their own (most of any text).
    if (static_cast<unsigned char>(t[i]) < 0x80 && kAscii[static_cast<unsigned char>(t[i])] != 1) {
      ++i;
      continue;
    }
    if (!word_char(i, next, true)) {
      i = next;
      continue;
    }
    const std::size_t begin = i;
    i = next;
    while (i < n) {
      const auto c = static_cast<unsigned char>(t[i]);
      if (c < 0x80) {
        if (kAscii[c] == 0) break;
        ++i;
      } else if (word_char(i, next, false)) {
        i = next;
      } else {
        break;
      }
    }
    out.push_back({begin, i, t.substr(begin, i - begin)});
  }
  return out;
}

// Whether any of the eight bytes of v is an ASCII digit (0x30 to 0x39), by
// the "byte between m and n" test of the bit-twiddling hacks (m = 0x2F,
// n = 0x3A): bytes of 0x80 and over never count.
constexpr bool digit_byte_in(std::uint64_t v) {
  constexpr std::uint64_t kOnes = ~std::uint64_t{0} / 255, kLow7 = kOnes * 127, kHigh = kOnes * 128;
  const std::uint64_t low = v & kLow7;
  return (((kOnes * (127 + 0x3A) - low) & ~v & (low + kOnes * (127 - 0x2F))) & kHigh) != 0;
}

// Whether a byte of v is a hyphen-minus (0x2D): a zero byte of v ^ 0x2D..,
// by the bit-twiddling hacks' exact "has a zero byte" test.
constexpr bool hyphen_byte_in(std::uint64_t v) {
  constexpr std::uint64_t kOnes = ~std::uint64_t{0} / 255, kHigh = kOnes * 128;
  const std::uint64_t x = v ^ (kOnes * 0x2D);
  return ((x - kOnes) & ~x & kHigh) != 0;
}

// Whether `test` finds its byte in s: eight bytes at a time, the tail read
// as overlapping loads (a byte read twice is found all the same), fewer
// than four bytes as one word of them with zero bytes, which no test finds.
template <class Test>
bool any_byte_block(std::string_view s, Test test) {
  const char* p = s.data();
  const std::size_t n = s.size();
  std::uint64_t v = 0;
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 <= n; i += 8) {
      std::memcpy(&v, p + i, 8);
      if (test(v)) return true;
    }
    std::memcpy(&v, p + n - 8, 8);
    return test(v);
  }
  if (n >= 4) {
    std::uint32_t first = 0, last = 0;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + n - 4, 4);
    return test(first | (std::uint64_t{last} << 32));
  }
  if (n == 0) return false;
  v = static_cast<unsigned char>(p[0]) | (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
      (std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
  return test(v);
}

// Whether s holds an ASCII digit. Asked of about every pair of words of a
// dump (rule 4), where a byte loop per word was a call of 40 instructions.
bool has_digit(std::string_view s) { return any_byte_block(s, digit_byte_in); }

// Whether s holds an ASCII digit or a hyphen, in one reading.
bool has_digit_or_hyphen(std::string_view s) {
  return any_byte_block(s, [](std::uint64_t v) { return digit_byte_in(v) || hyphen_byte_in(v); });
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Whether only spaces separate tokens a and b of the block (a phrase is
// matched across spaces, not across punctuation).
bool only_spaces_between(const std::string& text, const Token& a, const Token& b) {
  for (std::size_t i = a.end; i < b.begin; ++i)
    if (text[i] != ' ') return false;
  return a.end < b.begin;
}

// Whether the confusion list's entry e starts at token i.
bool entry_at(const std::string& text, const std::vector<Token>& toks, std::size_t i, const ConfusionList::Entry& e) {
  if (i + e.wrong.size() > toks.size()) return false;
  for (std::size_t k = 0; k < e.wrong.size(); ++k) {
    if (toks[i + k].text != e.wrong[k]) return false;
    if (k > 0 && !only_spaces_between(text, toks[i + k - 1], toks[i + k])) return false;
  }
  return true;
}

// Rule 1 in one block: every known confusion found, all on one
// tokenisation, applied from the last word to the first so that earlier
// offsets stay valid, and logged in reading order. Returns whether the
// block changed.
bool fix_confusions(Document& doc, std::size_t b, const ConfusionList& list, const std::vector<Token>& toks) {
  struct Fix {
    std::size_t token;
    const ConfusionList::Entry* entry;
    std::size_t word;  // which word of the entry
  };
  std::vector<Fix> fixes;
  for (std::size_t i = 0; i < toks.size(); ++i)
    for (std::size_t e : list.starting_with(toks[i].text)) {
      const ConfusionList::Entry& entry = list.entries()[e];
      if (!entry_at(doc.blocks[b].text, toks, i, entry)) continue;
      for (std::size_t k = 0; k < entry.wrong.size(); ++k)
        if (entry.wrong[k] != entry.right[k]) fixes.push_back({i + k, &entry, k});
      i += entry.wrong.size() - 1;  // one entry a run of words
      break;
    }
  std::vector<Edit> edits;
  for (auto it = fixes.rbegin(); it != fixes.rend(); ++it) {
    const Token& tok = toks[it->token];
    const std::string& to = it->entry->right[it->word];
    std::string before(word_at(doc.blocks[b], tok));
    std::string reason = detail::quoted(joined(it->entry->wrong)) + " is a known confusion for " +
                         detail::quoted(joined(it->entry->right)) + " (" + it->entry->source + ")";
    const Position where = doc.position_in_block(b, tok.begin);
    const std::optional<Box> box = doc.box_in_block(b, tok.begin);
    doc.blocks[b].replace(tok.begin, tok.end - tok.begin, to);
    edits.push_back(Edit{std::string(kPass), "correct_confusion", where, std::move(before), to, std::move(reason),
                         kConfusionConfidence, box});
  }
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) doc.log.add(std::move(*it));
  return !fixes.empty();
}

// Rule 2's evidence: the document's words, how often each is printed, and
// whether the dictionary accepts it (asked once a word). The words are
// copied, back to back, into one string the index views: the blocks change
// as slips are corrected. An open-addressing table over those views, with
// a hash of eight bytes at a time, because every word of the document is
// looked up here and a node (and string) per word in a std::unordered_map
// was most of the pass's time.
class Vocabulary {
 public:
  Vocabulary(const std::vector<std::vector<Token>>& tokens, const Dictionary& dictionary) : dictionary_(dictionary) {
    std::size_t bytes = 0, words = 0;
    for (const auto& toks : tokens)
      for (const Token& t : toks) bytes += t.text.size(), ++words;
    arena_.reserve(bytes);  // never reallocated: the entries view it
    entries_.reserve(words);
    std::size_t capacity = 16;
    while (capacity < 2 * words) capacity *= 2;
    slots_.assign(capacity, 0);
    token_entries_.resize(tokens.size());
    // As add() does, written out here: as a call per word, add() cost a
    // third more on every document.
    for (std::size_t b = 0; b < tokens.size(); ++b) {
      token_entries_[b].reserve(tokens[b].size());
      for (const Token& t : tokens[b]) {
        const std::uint64_t h = hash(t.text);
        std::uint32_t& slot = slots_[slot_of(t.text, h)];
        if (slot != 0) {
          ++entries_[slot - 1].count;
          token_entries_[b].push_back(slot - 1);
          continue;
        }
        const std::size_t at = arena_.size();
        arena_ += t.text;
        entries_.push_back({std::string_view(arena_).substr(at, t.text.size()), h, 1, -1});
        slot = static_cast<std::uint32_t>(entries_.size());
        token_entries_[b].push_back(slot - 1);
      }
    }
    list_recurring();
  }
  // The words of the blocks `changed` read again from `tokens` (rule 4
  // changed them): the counts and entries become those a vocabulary read
  // afresh from `tokens` would hold, without hashing every other word again.
  void reread(const std::vector<std::vector<Token>>& tokens, const std::vector<std::size_t>& changed) {
    for (const std::size_t b : changed) {
      for (const std::uint32_t e : token_entries_[b]) --entries_[e].count;
      token_entries_[b].clear();
      while (2 * (entries_.size() + tokens[b].size()) > slots_.size()) grow();
      for (const Token& t : tokens[b]) token_entries_[b].push_back(add(t.text));
    }
    list_recurring();
  }
  // How often the word of token k of block b is printed: count() of the
  // token's text as it was when the vocabulary was read, without hashing it.
  [[nodiscard]] int count_of_token(std::size_t b, std::size_t k) const { return entries_[token_entries_[b][k]].count; }
  // accepts() of the token's text as it was read, without hashing it.
  [[nodiscard]] bool accepts_token(std::size_t b, std::size_t k) const { return accepts(entries_[token_entries_[b][k]]); }
  [[nodiscard]] int count(std::string_view w) const {
    const Entry* e = find(w);
    return e ? e->count : 0;
  }
  // Dictionary::accepts, remembered for the words of the document.
  [[nodiscard]] bool accepts(std::string_view w) const {
    const Entry* e = find(w);
    return e ? accepts(*e) : dictionary_.accepts(w);
  }
  // The lowercase words printed at least kMinUses times whose length is
  // within one of n: three lists (of n - 1, n and n + 1 bytes), in no
  // particular order (the words are not copied, merged nor sorted for each
  // word asked about).
  [[nodiscard]] std::array<const std::vector<std::string_view>*, 3> recurring_near(std::size_t n) const {
    static const std::vector<std::string_view> kNone;
    const auto of = [&](std::size_t len) { return len < recurring_.size() ? &recurring_[len] : &kNone; };
    return {of(n - 1), of(n), of(n + 1)};
  }

 private:
  struct Entry {
    std::string_view word;
    std::uint64_t hash;
    int count;
    mutable signed char accepted;  // -1 not asked yet
  };

  // Eight bytes at a time, the last (fewer than eight) bytes read as two
  // overlapping four-byte loads or three single bytes: fixed-size copies
  // the compiler makes loads of, where a copy of the tail's variable size
  // was a call into the C library for every word of the document.
  static std::uint64_t hash(std::string_view s) {
    std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    const char* p = s.data();
    std::size_t n = s.size();
    for (; n >= 8; p += 8, n -= 8) {
      std::uint64_t v = 0;
      std::memcpy(&v, p, 8);
      h = (h ^ v) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    }
    std::uint64_t v = 0;
    if (n >= 4) {
      std::uint32_t first = 0, last = 0;
      std::memcpy(&first, p, 4);
      std::memcpy(&last, p + n - 4, 4);
      v = first | (std::uint64_t{last} << 32);
    } else if (n > 0) {
      v = static_cast<unsigned char>(p[0]) | (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
          (std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
    }
    h = (h ^ v) * 0xC4CEB9FE1A85EC53ull;
    return h ^ (h >> 29);
  }
  // a == b, short words (most) compared by two overlapping loads of four or
  // eight bytes instead of a call into the C library.
  static bool same_bytes(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    if (n > 16 || n < 4) return a == b;
    const auto ends_agree = [&](auto word) {  // the first and last sizeof(word) bytes
      constexpr std::size_t k = sizeof(word);
      decltype(word) a0 = 0, a1 = 0, b0 = 0, b1 = 0;
      std::memcpy(&a0, a.data(), k);
      std::memcpy(&b0, b.data(), k);
      std::memcpy(&a1, a.data() + n - k, k);
      std::memcpy(&b1, b.data() + n - k, k);
      return a0 == b0 && a1 == b1;
    };
    return n >= 8 ? ends_agree(std::uint64_t{}) : ends_agree(std::uint32_t{});
  }
  // Where `w` is in slots_ (which holds its entry's index + 1), or the empty
  // slot (0) where it goes.
  [[nodiscard]] std::size_t slot_of(std::string_view w, std::uint64_t h) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint32_t slot = slots_[i];
      if (slot == 0) return i;
      const Entry& e = entries_[slot - 1];
      if (e.hash == h && same_bytes(e.word, w)) return i;
    }
  }
  [[nodiscard]] bool accepts(const Entry& e) const {
    if (e.accepted < 0) e.accepted = dictionary_.accepts(e.word) ? 1 : 0;
    return e.accepted == 1;
  }
  // The entry of word w, counted once more (a new one if the word is new).
  // The slots must have room for it (at most half full after).
  std::uint32_t add(std::string_view w) {
    const std::uint64_t h = hash(w);
    std::uint32_t& slot = slots_[slot_of(w, h)];
    if (slot != 0) {
      ++entries_[slot - 1].count;
      return slot - 1;
    }
    entries_.push_back({stored(w), h, 1, -1});
    slot = static_cast<std::uint32_t>(entries_.size());
    return slot - 1;
  }
  // A lasting copy of w: in the arena while it has room (it never
  // reallocates), else in a string of its own (a word rule 4 made).
  std::string_view stored(std::string_view w) {
    if (arena_.size() + w.size() <= arena_.capacity()) {
      const std::size_t at = arena_.size();
      arena_ += w;
      return std::string_view(arena_).substr(at, w.size());
    }
    return added_.emplace_back(w);
  }
  // Twice the slots, the entries placed again (kept at most half full).
  void grow() {
    slots_.assign(slots_.size() * 2, 0);
    for (std::size_t i = 0; i < entries_.size(); ++i)
      slots_[slot_of(entries_[i].word, entries_[i].hash)] = static_cast<std::uint32_t>(i + 1);
  }
  void list_recurring() {
    recurring_.clear();
    for (const Entry& e : entries_)
      if (e.count >= kMinUses && starts_lowercase(e.word)) {
        if (recurring_.size() <= e.word.size()) recurring_.resize(e.word.size() + 1);
        recurring_[e.word.size()].push_back(e.word);
      }
  }
  [[nodiscard]] const Entry* find(std::string_view w) const {
    const std::uint32_t slot = slots_[slot_of(w, hash(w))];
    return slot == 0 ? nullptr : &entries_[slot - 1];
  }

  const Dictionary& dictionary_;
  std::string arena_;
  std::deque<std::string> added_;  // words past the arena's room: a deque never moves them
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> slots_;  // a power of two, at most half full
  std::vector<std::vector<std::uint32_t>> token_entries_;  // the entry of each token, by block
  std::vector<std::vector<std::string_view>> recurring_;  // by length in bytes
};

// Whether the word stands alone in the text: white space (or the start)
// before it, white space or punctuation after it. A word glued to a
// symbol, a quote or a bracket may have lost a letter to it, as OCR text
// does ("de ~emander", "de \u201Cemander" for "de demander"): the typist is
// not the only explanation.
bool stands_alone(const std::string& text, const Token& tok) {
  static constexpr std::string_view kAfter = " \t\n.,;:)]\"'!?";
  static const std::string_view kClosing[] = {"\u201D", "\u2019", "\u00BB"};
  const bool before = tok.begin == 0 || text[tok.begin - 1] == ' ' || text[tok.begin - 1] == '\t' || text[tok.begin - 1] == '\n';
  const bool after = tok.end == text.size() || kAfter.find(text[tok.end]) != std::string_view::npos ||
                     std::any_of(std::begin(kClosing), std::end(kClosing),
                                 [&](std::string_view q) { return text.compare(tok.end, q.size(), q) == 0; });
  return before && after;
}

// Whether the word is two words the document prints (and the dictionary
// accepts) run together: a lost space explains it as well as a slip does
// ("afait" is "a fait"; "reprot" is no "rep rot").
bool two_words(std::string_view w, const Vocabulary& vocab) {
  for (std::size_t i = 1; i < w.size(); ++i) {
    if ((static_cast<unsigned char>(w[i]) & 0xC0) == 0x80) continue;
    const std::string_view head = w.substr(0, i), tail = w.substr(i);
    if (vocab.count(head) > 0 && vocab.count(tail) > 0 && vocab.accepts(head) && vocab.accepts(tail))
      return true;
  }
  return false;
}

// Rule 2 for one word: the single word of the document that one typing
// slip explains, with the slip; nullopt when none or several, or when
// another explanation is as good (a stray symbol, a lost space).
struct Slip {
  std::string word, how;
};
// The token is word k of block b, as the vocabulary read it.
std::optional<Slip> slip_correction(const std::string& text, const Token& tok, std::size_t b, std::size_t k,
                                    const Vocabulary& vocab, const std::string& language) {
  const std::string_view printed = tok.text;
  if (printed.size() < kMinLetters || has_digit(printed) || !starts_lowercase(printed) ||
      vocab.count_of_token(b, k) > 1 || vocab.accepts_token(b, k))
    return std::nullopt;
  std::optional<Slip> found;
  // Which words qualify, not their order, decides: one is taken, two are none.
  for (const std::vector<std::string_view>* words : vocab.recurring_near(printed.size()))
    for (const std::string_view w : *words) {
      auto how = typing_slip(printed, w, language);
      if (!how || !vocab.accepts(w)) continue;
      if (found) return std::nullopt;  // two candidates: no evidence for either
      found = Slip{std::string(w), *how};
    }
  if (found && (!stands_alone(text, tok) || two_words(printed, vocab))) return std::nullopt;
  return found;
}

// Rule 3: a letter standing alone before word k of block b (only spaces
// between), as a text dump prints a word whose first glyph stood apart in
// the PDF ("r eligious"). `joins`: the word is one the dictionary rejects
// and letter + word is one the document prints and the dictionary accepts
// ("religious"); `blocks`: a lone letter stands there but does not make a
// word the document prints: no slip that puts a letter before the word is
// corrected (the letter may be the word's own, and the slip would double
// it: "r religious"); another slip is ("a villaye" -> "a village").
enum class LoneLetter { none, joins, blocks };
// The tokens' views may be stale (a correction after them changed the
// block): their text is taken again from the block.
LoneLetter lone_letter_before(const Block& block, const std::vector<Token>& toks, std::size_t b, std::size_t k,
                              const Vocabulary& vocab, bool dump) {
  if (k == 0) return LoneLetter::none;
  const Token& before = toks[k - 1];
  if (before.end - before.begin > kMaxLetterBytes) return LoneLetter::none;
  const std::string_view letter = word_at(block, before), word = word_at(block, toks[k]);
  std::size_t at = 0;
  const char32_t cp = letter.empty() ? 0 : next_code_point(letter, at);
  if (letter.empty() || at != letter.size() || !is_letter(cp) || !only_spaces_between(block.text, before, toks[k]))
    return LoneLetter::none;
  if (word.size() < kMinSplitRest || has_digit(word) || vocab.accepts_token(b, k)) return LoneLetter::none;
  const std::string whole = std::string(letter) + std::string(word);
  const bool printed = vocab.count(whole) > 0 || vocab.count(to_lower(whole)) > 0;
  // A dump's line (rule 4) needs no second printing: the dictionary's word is evidence enough.
  return (printed || dump) && vocab.accepts(whole) ? LoneLetter::joins : LoneLetter::blocks;
}

// Joins the lone letter before word k of block b to it (rule 3), with an
// edit like repair_split_words'.
void join_lone_letter(Document& doc, std::size_t b, const Token& letter, const Token& word, const Vocabulary& vocab) {
  const std::string before = doc.blocks[b].text.substr(letter.begin, word.end - letter.begin);
  const std::string after = std::string(word_at(doc.blocks[b], letter)) + std::string(word_at(doc.blocks[b], word));
  const int printed = std::max(vocab.count(after), vocab.count(to_lower(after)));
  const std::string reason = "a letter alone before " + detail::quoted(std::string(word_at(doc.blocks[b], word))) +
                             ", which the dictionary rejects: the text dump split " + detail::quoted(after) +
                             (printed > 0 ? ", which the document prints " + std::to_string(printed) + " times"
                                          : ", which the dictionary accepts");
  const Position where = doc.position_in_block(b, letter.begin);
  const std::optional<Box> box = doc.box_in_block(b, letter.begin);
  doc.blocks[b].replace(letter.begin, word.end - letter.begin, after);
  doc.log.add(Edit{std::string(kPass), "join_split_word", where, before, after, reason, kSplitJoinConfidence, box});
}

// Whether the line an origin names has no glyph boxes: a text dump's,
// whose spaces are pdftotext's guesses.
bool dump_line_at(const Document& doc, const Origin& o) {
  if (o.page < 1 || static_cast<std::size_t>(o.page) > doc.pages.size()) return false;
  const Page& page = doc.pages[static_cast<std::size_t>(o.page) - 1];
  return o.line >= 0 && static_cast<std::size_t>(o.line) < page.lines.size() &&
         page.lines[static_cast<std::size_t>(o.line)].words.empty();
}

// Whether the byte at an offset of a block comes from a dump line. Read
// once per block: a block whose origins all name dump lines (or none does)
// answers for every offset without looking its origin up, which was a walk
// over the block's origins for every word. The pass changes the blocks'
// text, never their origins' lines nor the pages.
class DumpLines {
 public:
  explicit DumpLines(const Document& doc) : doc_(doc), whole_(doc.blocks.size(), kNone) {
    // Markdown has no glyph boxes either, but its spaces are the writer's.
    if (doc.source.kind != "text") return;
    for (std::size_t b = 0; b < doc.blocks.size(); ++b) whole_[b] = agreement(doc.blocks[b]);
  }
  [[nodiscard]] bool at(std::size_t b, std::size_t offset) const {
    if (whole_[b] != kMixed) return whole_[b] == kAll;
    return dump_line_at(doc_, doc_.blocks[b].origin_at(offset));
  }

 private:
  static constexpr signed char kNone = 0, kAll = 1, kMixed = -1;
  // origin_at gives one of the block's origins, or Origin{} when it has none.
  [[nodiscard]] signed char agreement(const Block& block) const {
    if (block.origins.empty()) return dump_line_at(doc_, Origin{}) ? kAll : kNone;
    const bool first = dump_line_at(doc_, block.origins.front());
    for (const Origin& o : block.origins)
      if (dump_line_at(doc_, o) != first) return kMixed;
    return first ? kAll : kNone;
  }
  const Document& doc_;
  std::vector<signed char> whole_;
};

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Rule 4, a spaced dash: what stands between tokens a and b ("-" or the en
// dash) when it is one space then the dash, the next word following at once.
std::string_view spaced_dash_between(const std::string& text, const Token& a, const Token& b) {
  static constexpr std::string_view kDashes[] = {"-", "\u2013"};
  if (a.end >= b.begin || text[a.end] != ' ') return {};
  const std::string_view between = std::string_view(text).substr(a.end + 1, b.begin - a.end - 1);
  for (std::string_view d : kDashes)
    if (between == d) return d;
  return {};
}

// Why the spaced dash between words `left` and `right` is a gap in one
// compound; empty when nothing says so.
std::string dash_gap_reason(std::string_view left, std::string_view dash, std::string_view right,
                            const Vocabulary& vocab) {
  const std::string compound = std::string(left) + std::string(dash) + std::string(right);
  if (vocab.count(compound) > 0)
    return "the document prints " + detail::quoted(compound) + " " + std::to_string(vocab.count(compound)) + " times";
  if (dash == "-" && !has_digit(left) && !has_digit(right) && vocab.accepts(compound))
    return "the dictionary accepts " + detail::quoted(compound);
  if (dash != "-" && all_digits(left) && all_digits(right)) return "an en dash between two numbers is a range";
  return {};
}

// Rule 4 for the spaced dashes of block b: closed from the last to the
// first (earlier offsets stay valid). Returns whether the block changed.
bool close_dash_gaps(Document& doc, std::size_t b, const std::vector<Token>& toks, const Vocabulary& vocab,
                     const DumpLines& dump) {
  bool changed = false;
  for (std::size_t k = toks.size(); k-- > 1;) {
    const std::string& text = doc.blocks[b].text;
    const std::string_view dash = spaced_dash_between(text, toks[k - 1], toks[k]);
    if (dash.empty() || !dump.at(b, toks[k - 1].end)) continue;
    const std::string left(word_at(doc.blocks[b], toks[k - 1])), right(word_at(doc.blocks[b], toks[k]));
    // A suspended compound ("country-owned and -driven"): the word before is
    // itself a compound, and the hyphen is printed so.
    if (k >= 2 && word_at(doc.blocks[b], toks[k - 2]).find('-') != std::string_view::npos) continue;
    const std::string reason = dash_gap_reason(left, dash, right, vocab);
    const Position where = doc.position_in_block(b, toks[k - 1].end);
    if (reason.empty()) {
      if (!has_digit(left) && !has_digit(right))
        doc.log.warn(std::string(kPass), where,
                     "kept " + detail::quoted(left + " " + std::string(dash) + right) +
                         " as printed: a text dump's space before a dash, in a compound neither the document nor the dictionary knows");
      continue;
    }
    const std::string before = " " + std::string(dash);
    doc.blocks[b].replace(toks[k - 1].end, before.size(), dash);
    doc.log.add(Edit{std::string(kPass), "join_split_word", where, left + before + right,
                     left + std::string(dash) + right, "a text dump's space before a dash inside a compound: " + reason,
                     kGapJoinConfidence, std::nullopt});
    changed = true;
  }
  return changed;
}

// Rule 4, a piece of an English word that a text dump's kerning gap cut off:
// one or two ASCII letters that are no English word of that length ("nd" of
// "a nd", "s" of "right s", "t" of "t he", "ll" of "we ll"). The dictionary
// is no judge here: it accepts every letter, and "ll", "st" or "fo", as
// words; English's own words of one and two letters are few and known.
// Each short word is a key of its lower-case letters, the first in the high
// byte ("am" is 'a' << 8 | 'm', "a" is 'a' << 8), sorted: every pair of
// tokens of an English dump asks, and most tokens are short.
constexpr std::uint16_t short_word_key(char first, char second) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(first) << 8 | static_cast<unsigned char>(second));
}
bool english_fragment(std::string_view piece) {
  static constexpr std::array<std::uint16_t, 26> kShortWords = {
      short_word_key('a', 0),   short_word_key('a', 'm'), short_word_key('a', 'n'), short_word_key('a', 's'),
      short_word_key('a', 't'), short_word_key('b', 'e'), short_word_key('b', 'y'), short_word_key('d', 'o'),
      short_word_key('g', 'o'), short_word_key('h', 'e'), short_word_key('i', 0),   short_word_key('i', 'f'),
      short_word_key('i', 'n'), short_word_key('i', 's'), short_word_key('i', 't'), short_word_key('m', 'e'),
      short_word_key('m', 'y'), short_word_key('n', 'o'), short_word_key('o', 'f'), short_word_key('o', 'n'),
      short_word_key('o', 'r'), short_word_key('s', 'o'), short_word_key('t', 'o'), short_word_key('u', 'p'),
      short_word_key('u', 's'), short_word_key('w', 'e')};
  static_assert(std::is_sorted(kShortWords.begin(), kShortWords.end()));
  if (piece.empty() || piece.size() > kMaxFragmentLetters) return false;
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!letter(piece[0]) || (piece.size() == 2 && !letter(piece[1]))) return false;
  const auto lower = [](char c) { return static_cast<char>(c | 0x20); };
  const std::uint16_t key = short_word_key(lower(piece[0]), piece.size() == 2 ? lower(piece[1]) : '\0');
  return !std::binary_search(kShortWords.begin(), kShortWords.end(), key);
}

// Whether tokens a and b stand in a run of single letters: a letter that is
// no word ("a" and "I" are) stands alone before a or after b ("J a n",
// "A l i", "A b d el": a name or month typed letter-spaced, which
// join_letter_spaced_words reads whole), where joining one pair of letters
// would leave the word in pieces ("a nd a strengthened" is joined).
bool in_letter_spaced_run(const Block& block, const std::vector<Token>& toks, std::size_t a, std::size_t b) {
  const auto single_letter = [&](std::size_t k) {
    const std::string_view w = word_at(block, toks[k]);
    return w.size() == 1 && w != "a" && w != "I" && ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z'));
  };
  // Only a letter one space away: "Laye r, t he" is two words cut.
  const auto next_to = [&](std::size_t first, std::size_t second) { return toks[first].end + 1 == toks[second].begin; };
  return (a > 0 && next_to(a - 1, a) && single_letter(a - 1)) ||
         (b + 1 < toks.size() && next_to(b, b + 1) && single_letter(b + 1));
}

// Rule 4, a word run apart: whether tokens a and b of the block (one space
// between, both from a dump line) may be one word, before any look-up: no
// hyphen (a compound is printed so) and no digit in either, each byte read
// once; a single letter before the gap only where a piece is a fragment
// ("a nd", "o f").
bool may_be_one_word(std::string_view a, std::string_view b, bool fragment) {
  return (a.size() >= kMinGapPart || (fragment && !a.empty())) && !b.empty() && !has_digit_or_hyphen(a) &&
         !has_digit_or_hyphen(b);
}

// Why tokens a and b are one word by the dictionary: it rejects one of them
// and the document prints the whole, or it rejects both and accepts the
// whole; empty when not.
std::string dictionary_gap_reason(std::string_view a, std::string_view b, bool a_word, bool b_word,
                                  const Vocabulary& vocab) {
  if (a_word && b_word) return {};  // two words ("any one")
  const std::string whole = std::string(a) + std::string(b);
  const int printed = vocab.count(whole);
  if (b.size() < kMinGapPart) {  // a single letter after the word: the word must be printed whole
    if (printed == 0 || !vocab.accepts(whole)) return {};
  } else if (printed == 0 && (a_word || b_word || !vocab.accepts(whole))) {
    // With one part a word, only the document's own printing of the whole
    // joins: the dictionary accepts "perse" as well as "per se".
    return {};
  }
  return printed > 0 ? "the document prints " + detail::quoted(whole) + " " + std::to_string(printed) + " times"
                     : "the dictionary accepts " + detail::quoted(whole);
}

// Why tokens a and b (may_be_one_word) are one word; empty when they are
// not. `a_word`, `b_word`: whether the dictionary accepts each; `fragment`:
// whether one is an English word's piece (english_fragment), which joins
// where the document prints the whole and the dictionary accepts it: after
// a word ("right s", "we ll", "a nd"), or before a piece that is no word.
std::string word_gap_reason(std::string_view a, std::string_view b, bool a_word, bool b_word, bool fragment,
                            const Vocabulary& vocab) {
  const std::string reason = dictionary_gap_reason(a, b, a_word, b_word, vocab);
  if (!reason.empty()) return "a text dump's space inside a word the dictionary rejects a part of: " + reason;
  if (!fragment) return {};
  // A piece before a word is a label or a name as often as a cut word's
  // start ("paragraph 1 c are", "hepatitis B and", "Mr. Ma in", "UN IT"):
  // it joins only a piece that is no word itself ("o f", "h umankind").
  if (english_fragment(a) && b_word && !english_fragment(b)) return {};
  const std::string whole = std::string(a) + std::string(b);
  const int printed = vocab.count(whole);
  const int needed = whole.size() <= kShortWholeLetters ? kMinUses : 1;
  if (printed < needed || !vocab.accepts(whole)) return {};
  return "a text dump's space inside a word, a piece of which is no word: the document prints " + detail::quoted(whole) +
         " " + std::to_string(printed) + " times, and " + detail::quoted(english_fragment(a) ? a : b) +
         " is no English word";
}

// Warns about two words of a text dump's line, left apart, that the
// document prints run together elsewhere ("inter nationally" where it
// prints "internationally" 9 times, "t hat" where it prints "that" 47
// times): pdftotext's space may be a kerning gap, or the words two. The
// whole must be printed at least kMinUses times and more often than
// either part on its own: a phrase whose parts are words of their own
// prints them more often than the compound ("fresh water" beside
// "freshwater", "health care", "over time", "every day", "any one", "en
// fin", "si no": a review's false alarms, each a tenth off the score).
void warn_kept_gap(Document& doc, std::size_t b, const Token& a, std::string_view left, std::string_view right,
                   const Vocabulary& vocab, const std::string& language) {
  if (is_stop_word(left, language) || is_stop_word(right, language)) return;
  const std::string whole = std::string(left) + std::string(right);
  const int printed = vocab.count(whole);
  if (printed < kMinUses || vocab.count(left) >= printed || vocab.count(right) >= printed || !vocab.accepts(whole)) return;
  doc.log.warn(std::string(kPass), doc.position_in_block(b, a.begin),
               std::string(kSplitWordWarningOpening) + detail::quoted(std::string(left) + " " + std::string(right)) +
                   ": the document prints " + detail::quoted(whole) + " " + std::to_string(printed) +
                   " times, and both parts are words of the dictionary; kept as printed (compare with the PDF)");
}

// Rule 4: joins the words run apart in block b (from the last to the first).
// `fresh`: toks are the words the vocabulary read (the block is unchanged
// since), so the dictionary's answer for each is its entry's, not hashed
// again; a join leaves the words before it as they were.
bool join_word_gaps(Document& doc, std::size_t b, const std::vector<Token>& toks, const Vocabulary& vocab,
                    const DumpLines& dump, bool fresh, const std::string& language) {
  const bool english = language == "en";
  const auto accepted = [&](std::size_t k, std::string_view w) { return fresh ? vocab.accepts_token(b, k) : vocab.accepts(w); };
  bool changed = false;
  for (std::size_t k = toks.size(); k-- > 1;) {
    const Token &a = toks[k - 1], &t = toks[k];
    if (t.begin != a.end + 1 || doc.blocks[b].text[a.end] != ' ' || !dump.at(b, a.end)) continue;
    const std::string_view left = word_at(doc.blocks[b], a), right = word_at(doc.blocks[b], t);
    const bool fragment = english && (english_fragment(left) || english_fragment(right)) &&
                          !in_letter_spaced_run(doc.blocks[b], toks, k - 1, k);
    if (!may_be_one_word(left, right, fragment)) continue;
    const std::string reason = word_gap_reason(left, right, accepted(k - 1, left), accepted(k, right), fragment, vocab);
    if (reason.empty()) {
      warn_kept_gap(doc, b, a, left, right, vocab, language);
      continue;
    }
    const Position where = doc.position_in_block(b, a.begin);
    std::string before = std::string(left) + " " + std::string(right), after = std::string(left) + std::string(right);
    doc.blocks[b].replace(a.end, 1, "");  // left and right are stale from here
    doc.log.add(Edit{std::string(kPass), "join_split_word", where, std::move(before), std::move(after), reason,
                     kGapJoinConfidence, std::nullopt});
    changed = true;
    --k;  // the joined word is not joined again to the one before it
  }
  return changed;
}

// Rule 4 over the document: the gaps of text dumps closed; the blocks
// changed are tokenised again, and the vocabulary reads their words again
// once every block is done (each block is decided on the words as printed).
void close_dump_gaps(Document& doc, std::vector<std::vector<Token>>& tokens, Vocabulary& vocab,
                     const DumpLines& dump, const std::string& language) {
  std::vector<std::size_t> changed;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const bool dashes = close_dash_gaps(doc, b, tokens[b], vocab, dump);
    if (dashes) tokens[b] = tokens_of(doc.blocks[b].text);
    const bool gaps = join_word_gaps(doc, b, tokens[b], vocab, dump, !dashes, language);
    if (gaps) tokens[b] = tokens_of(doc.blocks[b].text);
    if (dashes || gaps) changed.push_back(b);
  }
  if (!changed.empty()) vocab.reread(tokens, changed);
}

bool any_dump_line(const Document& doc) {
  if (doc.source.kind != "text") return false;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines)
      if (line.words.empty() && !line.text.empty()) return true;
  return false;
}

void fix_slips(Document& doc, const std::vector<std::vector<Token>>& tokens, const Vocabulary& vocab,
               const std::string& language, const DumpLines& dump) {
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    // From the last word back: a correction leaves the offsets (and views)
    // of the words before it valid.
    for (std::size_t k = tokens[b].size(); k-- > 0;) {
      const LoneLetter lone =
          lone_letter_before(doc.blocks[b], tokens[b], b, k, vocab, k > 0 && dump.at(b, tokens[b][k - 1].end));
      if (lone == LoneLetter::joins) {
        join_lone_letter(doc, b, tokens[b][k - 1], tokens[b][k], vocab);
        --k;  // the letter is in the word now
        continue;
      }

      // A word printed twice is never changed (slip_correction): most words,
      // passed over here without hashing them again. The words before a
      // correction keep their text, so their entries still hold.
      if (vocab.count_of_token(b, k) > 1) continue;
      Token tok = tokens[b][k];
      tok.text = word_at(doc.blocks[b], tok);
      const auto slip = slip_correction(doc.blocks[b].text, tok, b, k, vocab, language);
      if (!slip) continue;
      // A letter put before the word, after a lone letter, would double it.
      if (lone == LoneLetter::blocks && slip->word.size() > tok.text.size() && std::string_view(slip->word).ends_with(tok.text))
        continue;
      const std::string before(tok.text);
      const std::string reason = "the dictionary rejects " + detail::quoted(before) + "; the document prints " +
                                 detail::quoted(slip->word) + " " + std::to_string(vocab.count(slip->word)) +
                                 " times, and one typing slip makes one of the other (" + slip->how + ")";
      const Position where = doc.position_in_block(b, tok.begin);
      const std::optional<Box> box = doc.box_in_block(b, tok.begin);
      doc.blocks[b].replace(tok.begin, tok.end - tok.begin, slip->word);
      doc.log.add(Edit{std::string(kPass), "correct_spelling", where, before, slip->word, reason, kSlipConfidence, box});
    }
  }
}
}  // namespace

void fix_typos(Document& doc, const PassContext& ctx) {
  warn_later_symbols(doc, kPass);
  // Each block tokenised once (again only where a confusion changed it).
  std::vector<std::vector<Token>> tokens(doc.blocks.size());
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    tokens[b] = tokens_of(doc.blocks[b].text);
    if (fix_confusions(doc, b, ctx.confusions, tokens[b])) tokens[b] = tokens_of(doc.blocks[b].text);
  }
  if (!ctx.options.correct_spelling) return;
  // A dictionary corrects only the language it spells.
  const std::string& language = language_of(doc);
  if (const Dictionary* dictionary = ctx.dictionaries.for_language(language)) {
    const DumpLines dump(doc);
    Vocabulary vocab(tokens, *dictionary);
    if (any_dump_line(doc)) close_dump_gaps(doc, tokens, vocab, dump, language);
    fix_slips(doc, tokens, vocab, language, dump);
  }
}

}  // namespace akn
