#include "core/language.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text.hpp"

namespace akn {

namespace {
// Thresholds of the detection.
// - kScriptShare: a script decides the language when it writes this share
//   of the letters (a Russian text quoting "A/RES/78/1" or "UNESCO" is
//   still Russian; a page half Latin, half Cyrillic is not decided).
// - kMinLetters: fewer letters than this in the script are too little text.
// - kMinVotes / kVoteShare: Latin text needs this many common words, and
//   this share of them from one language (English quotes in a French text
//   do not outvote it).
constexpr double kScriptShare = 0.6;
constexpr std::size_t kMinLetters = 40;
constexpr int kMinVotes = 10;
constexpr double kVoteShare = 0.7;

struct Language {
  std::string_view tag, terminology, bibliographic, english;
};
constexpr std::array<Language, 7> kLanguages = {{{"en", "eng", "eng", "English"},
                                                {"fr", "fra", "fre", "French"},
                                                {"es", "spa", "spa", "Spanish"},
                                                {"ru", "rus", "rus", "Russian"},
                                                {"ar", "ara", "ara", "Arabic"},
                                                {"zh", "zho", "chi", "Chinese"},
                                                {"de", "deu", "ger", "German"}}};

// Words that make up a large share of any running text in their language
// and are not words of the other two (French and Spanish share "de", "en",
// "la", "que": those do not vote).
const std::map<std::string, std::string_view, std::less<>>& stop_words() {
  static const std::map<std::string, std::string_view, std::less<>> kWords = [] {
    std::map<std::string, std::string_view, std::less<>> m;
    for (const char* w : {"the", "of", "and", "to", "in", "for", "with", "that", "on", "by", "its", "is", "which", "as"})
      m.emplace(w, "en");
    for (const char* w : {"le", "les", "des", "et", "du", "une", "dans", "pour", "sur", "au", "aux", "est", "qui", "par",
                          "ses", "leur", "avec", "il", "ce"})
      m.emplace(w, "fr");
    for (const char* w : {"el", "los", "las", "y", "del", "una", "por", "para", "con", "al", "sus", "su", "lo", "como",
                          "sobre"})
      m.emplace(w, "es");
    return m;
  }();
  return kWords;
}

}  // namespace

bool is_stop_word(std::string_view word, std::string_view language) {
  const auto it = stop_words().find(word);
  return it != stop_words().end() && it->second == language;
}

namespace {

// What the detection counts in a text: letters by script, and the stop
// words of each Latin language (kVoters order). Read in one pass over the
// code points, with no allocation: a word is kept lowercased in a small
// buffer only while it can still be a stop word (ASCII, short).
constexpr std::array<std::string_view, 3> kVoters = {"en", "es", "fr"};  // the order the votes are read in
constexpr std::size_t kScripts = static_cast<std::size_t>(Script::other) + 1;
struct Counts {
  std::array<std::size_t, kScripts> letters{};
  std::array<int, kVoters.size()> votes{};
  int total = 0;
};

std::size_t voter_of(std::string_view tag) {
  return static_cast<std::size_t>(std::find(kVoters.begin(), kVoters.end(), tag) - kVoters.begin());
}

// The stop words packed into integers (their bytes, little-endian), in an
// open-addressing table of kStopSlots slots (a power of two, under a
// quarter full): a word ends in one multiply and, most often, one compare,
// where a binary search over the packed words took about sixty
// instructions a word.
constexpr std::size_t kStopSlots = 256;
struct StopWords {
  std::array<std::uint64_t, kStopSlots> keys{};  // 0: empty (no word packs to 0)
  std::array<std::uint8_t, kStopSlots> voter{};
  std::size_t longest = 0;  // bytes of the longest stop word: a longer word is none
  // The top eight bits of a multiplicative hash: one of the 256 slots.
  static std::size_t slot(std::uint64_t key) { return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 56); }
  // The voter of the word packed in `key`, or kVoters.size() for none.
  [[nodiscard]] std::size_t find(std::uint64_t key) const {
    for (std::size_t i = slot(key);; i = (i + 1) % kStopSlots) {
      if (keys[i] == key) return voter[i];
      if (keys[i] == 0) return kVoters.size();
    }
  }
};

const StopWords& packed_stop_words() {
  static const StopWords kPacked = [] {
    StopWords t;
    for (const auto& [w, language] : stop_words()) {
      if (w.empty() || w.size() > sizeof(std::uint64_t)) throw std::logic_error("a stop word packs into eight bytes");
      std::uint64_t key = 0;
      std::memcpy(&key, w.data(), w.size());
      std::size_t i = StopWords::slot(key);
      while (t.keys[i] != 0) i = (i + 1) % kStopSlots;
      t.keys[i] = key;
      t.voter[i] = static_cast<std::uint8_t>(voter_of(language));
      t.longest = std::max(t.longest, w.size());
    }
    return t;
  }();
  return kPacked;
}

// What a non-ASCII code point counts as: a letter or not, its script, and
// its lowercase. ICU is asked three times per code point; a Russian,
// Arabic or Chinese text repeats a few hundred code points, so the answers
// are kept in a small direct-mapped cache (per thread: workers share no state).
struct CodePointClass {
  char32_t cp = 0;  // 0: an empty entry (U+0000 is ASCII, never asked here)
  bool letter = false;
  Script script = Script::none;
  char32_t lower = 0;
};
const CodePointClass& class_of(char32_t cp) {
  static constexpr std::size_t kCacheSize = 1024;  // a power of two
  thread_local std::array<CodePointClass, kCacheSize> cache{};
  CodePointClass& c = cache[cp & (kCacheSize - 1)];
  if (c.cp != cp) {
    c.cp = cp;
    c.letter = is_letter(cp);
    c.script = c.letter ? script_of(cp) : Script::none;
    c.lower = c.letter ? to_lower(cp) : cp;
  }
  return c;
}

// The lowercase of each ASCII letter, 0 for any other byte (a byte of a
// code point outside ASCII included): a letter is told and folded by one load.
constexpr std::array<unsigned char, 256> kAsciiLower = [] {
  std::array<unsigned char, 256> t{};
  for (unsigned c = 'a'; c <= 'z'; ++c) t[c] = t[c - 'a' + 'A'] = static_cast<unsigned char>(c);
  return t;
}();

// Counts the letters of `text` by script and its stop words (runs of
// letters, lowercased) by language. A run of ASCII letters (most of any
// Latin text) is read by a loop of its own, which packs only the bytes a
// stop word can have.
void count(std::string_view text, Counts& counts) {
  const StopWords& stop = packed_stop_words();
  const std::size_t longest = stop.longest;
  // The word's bytes so far, packed as the stop words are (their bytes,
  // little-endian), as they are read: no copy per word. A word stops being
  // able to match once it is longer than the longest stop word or has a
  // letter outside ASCII in lowercase.
  std::uint64_t word_key = 0;
  std::size_t length = 0;
  bool in_word = false, can_match = true;
  std::size_t latin = 0;  // ASCII letters, added to counts.letters at the end
  auto end_word = [&] {
    if (can_match && length > 0) {
      if (const std::size_t v = stop.find(word_key); v < kVoters.size()) {
        ++counts.votes[v];
        ++counts.total;
      }
    }
    in_word = false;
    can_match = true;
    length = 0;
    word_key = 0;
  };
  auto add_letter = [&](char32_t lower) {
    in_word = true;
    if (lower >= 0x80 || length == longest) can_match = false;
    if (can_match) word_key |= std::uint64_t{lower} << (8 * length++);
  };
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {  // ASCII: a letter is Latin, decided without ICU
      if (kAsciiLower[c] == 0) {
        ++i;
        if (in_word) end_word();
        continue;
      }
      // The run of ASCII letters from here, added as add_letter would add
      // them one by one: packed while the word can still be a stop word,
      // then passed over.
      const std::size_t start = i;
      if (can_match) {
        std::uint64_t key = word_key;
        std::size_t packed = length;
        for (unsigned char lower; i < n && (lower = kAsciiLower[static_cast<unsigned char>(text[i])]) != 0; ++i) {
          if (packed == longest) {
            can_match = false;
            break;
          }
          key |= std::uint64_t{lower} << (8 * packed++);
        }
        word_key = key;
        length = packed;
      }
      while (i < n && kAsciiLower[static_cast<unsigned char>(text[i])] != 0) ++i;
      latin += i - start;
      in_word = true;
      continue;
    }
    // Decoded through a copy of i, so that i (whose address would escape)
    // stays in a register through the ASCII loops.
    std::size_t next = i;
    const CodePointClass& k = class_of(next_code_point(text, next));
    i = next;
    if (!k.letter) {
      if (in_word) end_word();
      continue;
    }
    ++counts.letters[static_cast<std::size_t>(k.script)];
    add_letter(k.lower);
  }
  if (in_word) end_word();
  counts.letters[static_cast<std::size_t>(Script::latin)] += latin;
}

Script decide_script(const Counts& counts) {
  std::size_t total = 0, best = 0;
  Script script = Script::none;
  for (std::size_t s = 0; s < kScripts; ++s) {
    const std::size_t n = counts.letters[s];
    total += n;
    if (static_cast<Script>(s) != Script::none && n > best) {
      best = n;
      script = static_cast<Script>(s);
    }
  }
  if (total == 0) return Script::none;
  return static_cast<double>(best) >= kScriptShare * static_cast<double>(total) ? script : Script::other;
}

// The language of text in `script`, from its letters and common words.
std::string decide_language(const Counts& counts) {
  const Script script = decide_script(counts);
  if (counts.letters[static_cast<std::size_t>(script)] < kMinLetters) return {};
  switch (script) {
    case Script::cyrillic: return "ru";
    case Script::arabic: return "ar";
    case Script::han: return "zh";
    case Script::latin: break;
    default: return {};
  }
  for (std::size_t v = 0; v < kVoters.size(); ++v)
    if (counts.total >= kMinVotes && counts.votes[v] >= kVoteShare * counts.total) return std::string(kVoters[v]);
  return {};
}

const Language* find_language(std::string_view code) {
  std::string lower = to_lower_ascii(code);
  // "fr_FR", "fr-CA", "chi_sim": the language part.
  if (const std::size_t cut = lower.find_first_of("_-"); cut != std::string::npos) lower.resize(cut);
  for (const Language& l : kLanguages)
    if (lower == l.tag || lower == l.terminology || lower == l.bibliographic) return &l;
  return nullptr;
}

// Names of the six languages as the mastheads of each language version
// print them, lowercased, with their tag.
const std::map<std::string, std::string_view, std::less<>>& language_names() {
  static const std::map<std::string, std::string_view, std::less<>> kNames = {
      {"english", "en"},    {"french", "fr"},      {"spanish", "es"},      {"russian", "ru"},
      {"arabic", "ar"},     {"chinese", "zh"},     {"anglais", "en"},      {"français", "fr"},
      {"espagnol", "es"},   {"russe", "ru"},       {"arabe", "ar"},        {"chinois", "zh"},
      {"inglés", "en"},     {"francés", "fr"},     {"español", "es"},      {"ruso", "ru"},
      {"árabe", "ar"},      {"chino", "zh"},       {"английский", "en"},   {"французский", "fr"},
      {"испанский", "es"},  {"русский", "ru"},     {"арабский", "ar"},     {"китайский", "zh"},
      {"الإنكليزية", "en"}, {"الإنجليزية", "en"},  {"الفرنسية", "fr"},     {"الإسبانية", "es"},
      {"الروسية", "ru"},    {"العربية", "ar"},     {"الصينية", "zh"},      {"بالإنكليزية", "en"},
      {"بالإنجليزية", "en"}, {"بالفرنسية", "fr"},  {"بالإسبانية", "es"},   {"بالروسية", "ru"},
      {"بالعربية", "ar"},   {"بالصينية", "zh"},    {"英文", "en"},         {"法文", "fr"},
      {"西班牙文", "es"},   {"俄文", "ru"},        {"阿拉伯文", "ar"},     {"中文", "zh"}};
  return kNames;
}
}  // namespace

Script script_of(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  switch (uscript_getScript(static_cast<UChar32>(cp), &status)) {
    case USCRIPT_LATIN: return Script::latin;
    case USCRIPT_CYRILLIC: return Script::cyrillic;
    case USCRIPT_ARABIC: return Script::arabic;
    case USCRIPT_HAN: return Script::han;
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED: return Script::none;
    default: return Script::other;
  }
}

bool is_unspaced_script(char32_t cp) {
  return script_of(cp) == Script::han || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

bool joins_unspaced(std::string_view before, std::string_view after) {
  if (before.empty() || after.empty()) return false;
  const char32_t last = last_code_point(before);
  const char32_t first = first_code_point(after);
  auto digit = [](char32_t cp) { return cp >= '0' && cp <= '9'; };
  // A figure's percent sign is the figure's ("35%的"; the full-width "％" is
  // of the unspaced forms already).
  const bool figure_last =
      digit(last) || (last == '%' && before.size() >= 2 && digit(static_cast<unsigned char>(before[before.size() - 2])));
  return (is_unspaced_script(last) && (is_unspaced_script(first) || digit(first))) ||
         (figure_last && is_unspaced_script(first));
}

Script dominant_script(std::string_view text) {
  Counts counts;
  count(text, counts);
  return decide_script(counts);
}

std::string detect_text_language(std::string_view text) {
  Counts counts;
  count(text, counts);
  return decide_language(counts);
}

namespace {
// The counts of the document's text, of its first page only when
// `first_page`.
Counts document_counts(const Document& doc, bool first_page) {
  Counts counts;
  if (!doc.blocks.empty()) {
    for (const Block& block : doc.blocks)
      if (!first_page || block.origins.front().page <= 1) count(block.text, counts);
  } else {
    for (std::size_t p = 0; p < doc.pages.size() && (!first_page || p == 0); ++p)
      for (const Line& line : doc.pages[p].lines)
        if (line.role == LineRole::body) count(line.text, counts);
  }
  return counts;
}
}  // namespace

std::string detect_language(const Document& doc) {
  // A document whose annex is in another language (a French resolution
  // with an English annex) may give no language a clear share of its
  // whole text: its first page, its own text, decides then. (The first
  // page alone does not decide over the whole: a French note verbale may
  // transmit an English text under an English masthead.)
  if (std::string whole = decide_language(document_counts(doc, false)); !whole.empty()) return whole;
  if (doc.pages.size() < 2) return {};
  return decide_language(document_counts(doc, true));
}

const std::string& language_of(Document& doc) {
  if (!doc.language) doc.language = detect_language(doc);
  return *doc.language;
}

std::string language_tag(std::string_view code) {
  const Language* l = find_language(code);
  return l ? std::string(l->tag) : std::string();
}

std::string terminology_code(std::string_view code) {
  const Language* l = find_language(code);
  return l ? std::string(l->terminology) : std::string(code);
}

std::string official_language_code(std::string_view name) {
  std::string lower;
  const std::string_view t = trim(name);
  for (std::size_t i = 0; i < t.size();) append_utf8(lower, to_lower(next_code_point(t, i)));
  if (auto it = language_names().find(lower); it != language_names().end()) return std::string(it->second);
  return {};
}

std::string official_language_name(std::string_view code) {
  const Language* l = find_language(code);
  return l && l->tag != "de" ? std::string(l->english) : std::string();
}

}  // namespace akn
