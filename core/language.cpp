#include "core/language.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
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

// Counts the letters of `text` by script and its stop words (runs of
// letters, lowercased) by language.
void count(std::string_view text, Counts& counts) {
  static constexpr std::size_t kLongest = 8;  // longer than any stop word
  // The word's bytes so far, packed as kPacked packs the stop words (their
  // bytes, little-endian), as they are read: no copy per word.
  std::uint64_t word_key = 0;
  std::size_t length = 0;
  bool in_word = false, can_match = true;
  // The stop words packed into integers (their bytes, little-endian), in
  // order: a word is looked up by a binary search over integers, without a
  // string comparison.
  static const std::vector<std::pair<std::uint64_t, std::size_t>> kPacked = [] {
    std::vector<std::pair<std::uint64_t, std::size_t>> packed;
    for (const auto& [w, language] : stop_words()) {
      std::uint64_t key = 0;
      std::memcpy(&key, w.data(), std::min(w.size(), kLongest));
      packed.emplace_back(key, voter_of(language));
    }
    std::sort(packed.begin(), packed.end());
    return packed;
  }();
  static_assert(kLongest == sizeof(std::uint64_t), "a word of up to kLongest bytes packs into a key");
  auto end_word = [&] {
    if (can_match && length > 0) {
      const auto it = std::lower_bound(kPacked.begin(), kPacked.end(), std::pair<std::uint64_t, std::size_t>{word_key, 0});
      if (it != kPacked.end() && it->first == word_key) {
        ++counts.votes[it->second];
        ++counts.total;
      }
    }
    in_word = false;
    can_match = true;
    length = 0;
    word_key = 0;
  };
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    char32_t lower = 0;
    if (c < 0x80) {  // ASCII: a letter is Latin, decided without ICU
      ++i;
      if (((c | 0x20u) < 'a' || (c | 0x20u) > 'z')) {
        if (in_word) end_word();
        continue;
      }
      ++counts.letters[static_cast<std::size_t>(Script::latin)];
      lower = c | 0x20u;
    } else {
      const char32_t cp = next_code_point(text, i);
      if (!is_letter(cp)) {
        if (in_word) end_word();
        continue;
      }
      ++counts.letters[static_cast<std::size_t>(script_of(cp))];
      lower = to_lower(cp);
    }
    in_word = true;
    if (lower >= 0x80 || length == kLongest) can_match = false;
    else word_key |= std::uint64_t{lower} << (8 * length++);
  }
  if (in_word) end_word();
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
  return (is_unspaced_script(last) && (is_unspaced_script(first) || digit(first))) ||
         (digit(last) && is_unspaced_script(first));
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

std::string detect_language(const Document& doc) {
  Counts counts;
  if (!doc.blocks.empty()) {
    for (const Block& block : doc.blocks) count(block.text, counts);
  } else {
    for (const Page& page : doc.pages)
      for (const Line& line : page.lines)
        if (line.role == LineRole::body) count(line.text, counts);
  }
  return decide_language(counts);
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
