#include "cleanup/note_mark_patterns.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <set>
#include <string>

#include "core/dates.hpp"
#include "core/text.hpp"

namespace akn::detail {

const Regex& note_after_punctuation_mark() {
  static const Regex r(
      "(?:(?<=\\p{L})|(?<=\\b(?:1[89]|20)[0-9]{2})|(?<=[)\u201D\u2019\"]))"
      "(?|([,;:.)\u201D\u2019\u060C\u061B])|(\u201C)(?=[0-9]{1,3}[\u060C\u061B]))([0-9]{1,3})(?=[\\s\u060C\u061B]|$)");
  return r;
}
const Regex& note_after_word_mark() {
  static const Regex r("(?<=\\p{Ll}\\p{Ll}|[\u0620-\u064A\u066E-\u06D3]{3})([0-9]{1,2})(?=[\\s,;:.\u060C\u061B]|$)");
  return r;
}
const Regex& note_after_year_mark() {
  static const Regex r("\\b((?:1[89]|20)[0-9]{2})([0-9]{1,2})\\b");
  return r;
}
const Regex& note_before_year_mark() {
  static const Regex r("(?<![0-9])([0-9]{1,3})((?:19|20)[0-9]{2})(?![0-9])");
  return r;
}
const Regex& star_mark() {
  static const Regex r("(?<=[\\p{L}),;:.\u201D\u2019])(\\*{1,3})(?=\\s|$)");
  return r;
}
const Regex& full_width_alone_figures() {
  static const Regex r("(?<=[\u3001\u3002\uFF0C\uFF1B\uFF1A\uFF09\u300B])([0-9]{1,3})(?=\\s|$)");
  return r;
}

// Full-width punctuation, closing title marks and quotes a mark follows.
constexpr std::string_view kHanBeforeMark = "\\x{3001}\\x{3002}\\x{FF0C}\\x{FF1B}\\x{FF1A}\\x{FF09}\\x{300B}\\x{300D}\\x{201D}";
const Regex& han_dump_mark(bool loose) {
  // Glued to a Han character, the figures end at a space, punctuation or
  // the line's end ("号11 和"): a dump sets the text's own numbers apart,
  // and figures run on into Han are a number typed so ("目标2的", "下午2时").
  // After punctuation they may run on into Han ("决议，2以及").
  const std::string punctuation = "[" + std::string(kHanBeforeMark) + "]";
  const std::string figures = "([0-9]{1,3})(?![0-9./\\-])";
  const std::string glued = "(?<!\\x{7B2C})(?<=\\p{Han})" + figures + "(?=\\s|[\\x{3001}\\x{3002}\\x{FF0C}\\x{FF1B}\\x{FF1A}]|$)";
  const std::string after_punctuation = "(?:(?<=" + punctuation + ")|(?<=" + punctuation + " ))" + figures +
                                        "(?=\\s|[\\p{Han}\\x{3001}\\x{3002}\\x{FF0C}\\x{FF1B}\\x{FF1A}]|$)";
  const std::string set_apart = "(?<!\\x{7B2C} )(?:(?<=\\p{Han} )|(?<=\\p{Han}\\n)|(?<=" + punctuation + "\\n))" + figures +
                                "(?=\\s|[\\p{Han}\\x{3001}\\x{3002}\\x{FF0C}\\x{FF1B}\\x{FF1A}]|$)";
  static const Regex strict("(?|" + glued + "|" + after_punctuation + ")");
  static const Regex relaxed("(?|" + glued + "|" + after_punctuation + "|" + set_apart + ")");
  return loose ? relaxed : strict;
}
bool han_number_follows(std::string_view after) {
  // 年 月 日 号 段 章 节 款 页 天 票 万 亿 千 百 元 % ％, 小时, 分钟; a range's,
  // a list's or a score's sign: 至 到 或 和 比 、 ~ ～ - –.
  static const Regex kUnit(
      "^ ?(?:[\\x{5E74}\\x{6708}\\x{65E5}\\x{53F7}\\x{6BB5}\\x{7AE0}\\x{8282}\\x{6B3E}\\x{9875}\\x{5929}\\x{7968}"
      "\\x{4E07}\\x{4EBF}\\x{5343}\\x{767E}\\x{5143}%\\x{FF05}]|\\x{5C0F}\\x{65F6}|\\x{5206}\\x{949F}"
      "|[\\x{81F3}\\x{5230}\\x{6216}\\x{548C}\\x{6BD4}\\x{3001}~\\x{FF5E}\\-\\x{2013}] ?[0-9]{1,3}(?![0-9]))");
  return kUnit.search(after, 0).has_value() || quantity_follows(trim_left(after));
}

namespace {
// The length in bytes of the white space character at `t[i]` (0 when none):
// ASCII white space, and with `unicode` the characters PCRE2's \s reads
// with UCP (U+0085, Unicode's separators: U+00A0, U+1680, U+2000 to
// U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, and U+180E).
std::size_t white_space_at(std::string_view t, std::size_t i, bool unicode) {
  if (i >= t.size()) return 0;
  const auto b = [&](std::size_t k) { return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0u; };
  if (const unsigned c = b(0); c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  if (!unicode) return 0;
  if (b(0) == 0xC2 && (b(1) == 0xA0 || b(1) == 0x85)) return 2;  // no-break space, next line (NEL)
  if (b(0) == 0xE1 && b(1) == 0xA0 && b(2) == 0x8E) return 3;     // Mongolian vowel separator (PCRE2 \h)
  if (b(0) == 0xE1 && b(1) == 0x9A && b(2) == 0x80) return 3;
  if (b(0) == 0xE2 && b(1) == 0x80 && (b(2) <= 0x8A || b(2) == 0xA8 || b(2) == 0xA9 || b(2) == 0xAF)) return 3;
  if (b(0) == 0xE2 && b(1) == 0x81 && b(2) == 0x9F) return 3;
  if (b(0) == 0xE3 && b(1) == 0x80 && b(2) == 0x80) return 3;
  return 0;
}
bool figure_at(std::string_view t, std::size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; }
}  // namespace

std::optional<LeadingNoteNumber> leading_note_number(std::string_view t, const NoteNumberForm& form) {
  std::size_t i = 0, indent = 0;
  while (const std::size_t w = white_space_at(t, i, form.unicode_spaces)) i += w, ++indent;
  if (indent > form.max_indent) return std::nullopt;
  const bool bracket = form.bracketed && i < t.size() && t[i] == '[';
  LeadingNoteNumber out;
  out.figures_begin = i += bracket ? 1 : 0;
  while (figure_at(t, i)) ++i;
  out.figures_end = i;
  const std::size_t figures = out.figures_end - out.figures_begin;
  if (figures == 0 || figures > kMaxLeadingNoteFigures) return std::nullopt;
  if (bracket && (i >= t.size() || t[i++] != ']')) return std::nullopt;
  const bool space_or_tab = i < t.size() && (t[i] == ' ' || t[i] == '\t');
  if (!form.unicode_spaces && !space_or_tab) return std::nullopt;
  std::size_t gap = 0;
  while (const std::size_t w = white_space_at(t, i, form.unicode_spaces)) i += w, ++gap;
  if (gap == 0 || i >= t.size()) return std::nullopt;
  out.text_begin = i;
  for (std::size_t k = out.figures_begin; k < out.figures_end; ++k) out.number = out.number * 10 + (t[k] - '0');
  return out;
}

// (Shared by link_footnotes and collect_dump_note_blocks.) Whether `before` ends with a month's name, in any of the six languages,
// and white space: the figures after it are a date's year ("1 April 2022",
// "1er avril 2022", "1 de abril de 2022", "1 апреля 2022", "1 نيسان/أبريل
// 2022"), and figures run into it are a note's mark ("202211": 2022 and
// note 11). Until 2026-12-06 only the English names were read, and a
// French, Spanish or Russian date's mark stayed in the text ("1er avril
// 202211 et").
bool month_before(std::string_view before) {
  auto last_word = [](std::string_view& text) {
    const std::string_view word_end = trim_right(text);
    if (word_end.size() == text.size()) return std::string_view();
    const std::size_t from = std::min(word_end.size(), word_end.find_last_of(" \t\n") + 1);
    text = word_end.substr(0, from);
    return word_end.substr(from);
  };
  std::string_view word = last_word(before);
  if (word == "de") word = last_word(before);  // Spanish: "de abril de 2022"
  if (const std::size_t slash = word.rfind('/'); slash != std::string_view::npos) word = word.substr(slash + 1);
  return !word.empty() && month_number_in_any_language(word) > 0;
}

namespace {
// The last word of `text` (after trailing white space), and `text` cut
// before it.
std::string_view cut_last_word(std::string_view& text) {
  const std::string_view word_end = trim_right(text);
  const std::size_t from = word_end.find_last_of(" \t\n");
  const std::size_t start = from == std::string_view::npos ? 0 : from + 1;
  text = word_end.substr(0, start);
  return word_end.substr(start);
}
}  // namespace

bool split_month_before(std::string_view before) {
  const std::string_view second = cut_last_word(before);
  const std::string_view first = cut_last_word(before);
  if (first.empty() || second.empty()) return false;
  std::string word = std::string(first) + std::string(second);
  if (const std::size_t slash = word.rfind('/'); slash != std::string::npos) word = word.substr(slash + 1);
  return month_number_in_any_language(word) > 0;
}

bool arabic_year_word_before(std::string_view before) {
  static const std::set<std::string, std::less<>> kYearWords = {
      "\u0639\u0627\u0645",                  // عام
      "\u0627\u0644\u0639\u0627\u0645",      // العام
      "\u0644\u0639\u0627\u0645",            // لعام
      "\u0628\u0639\u0627\u0645",            // بعام
      "\u0648\u0639\u0627\u0645",            // وعام
      "\u0633\u0646\u0629",                  // سنة
      "\u0627\u0644\u0633\u0646\u0629",      // السنة
      "\u0644\u0633\u0646\u0629"};           // لسنة
  return kYearWords.count(cut_last_word(before)) > 0;
}

bool ends_note_sentence(std::string_view text, bool ideographic_full_stop) {
  while (!text.empty() && (text.back() == ' ' || (text.back() >= '\t' && text.back() <= '\r'))) text.remove_suffix(1);
  if (text.empty()) return false;
  return text.back() == '.' || text.back() == ')' || text.back() == ']' || (ideographic_full_stop && text.ends_with("\u3002"));
}

namespace {
constexpr std::uint64_t kEveryByte = 0x0101010101010101ull;
// Whether any of the eight bytes of x is zero (exact: no byte is missed).
constexpr bool has_zero_byte(std::uint64_t x) { return ((x - kEveryByte) & ~x & (kEveryByte * 0x80)) != 0; }
}  // namespace

// The cues, in one pass: what comes right before each digit, and the
// longest run of digits. A digit after a byte of a multi-byte character
// may follow a letter of another script (\p{Ll}) or a closing quote (” ’,
// whose last byte is 0x9D or 0x99): both count.
NoteMarkCues note_mark_cues(std::string_view t) {
  static constexpr std::string_view kPunctuation = ",;:.)\"";
  static constexpr std::size_t kYearRun = 5;  // four digits of a year and one of a note
  NoteMarkCues cues;
  std::size_t run = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    // Eight bytes at a time while they hold no '*' and no byte 0x30-0x3F
    // (the digits among them): such bytes change no cue and end any run of
    // digits. Most of a paragraph is passed over so.
    while (i + 8 <= t.size()) {
      std::uint64_t x = 0;
      std::memcpy(&x, t.data() + i, 8);
      if (has_zero_byte(x ^ kEveryByte * '*') || has_zero_byte((x ^ kEveryByte * 0x30) & kEveryByte * 0xF0)) break;
      i += 8;
      run = 0;
    }
    if (i >= t.size()) break;
    const char c = t[i];
    if (c == '*') cues.star = true;
    if (c < '0' || c > '9') {
      run = 0;
      continue;
    }
    if (++run >= kYearRun) cues.after_year = true;
    if (i == 0) continue;
    const char before = t[i - 1];
    if (kPunctuation.find(before) != std::string_view::npos) cues.after_punctuation = true;
    const bool non_ascii = (static_cast<unsigned char>(before) & 0x80) != 0;
    cues.after_non_ascii = cues.after_non_ascii || non_ascii;
    if ((before >= 'a' && before <= 'z') || non_ascii) {
      cues.after_word = true;
      cues.after_punctuation = cues.after_punctuation || non_ascii;
    }
  }
  return cues;
}

const std::vector<GuardedPattern>& note_mark_guarded_patterns() {
  static const std::vector<GuardedPattern> patterns = {
      {"digits after punctuation", note_after_punctuation_mark(), false,
       [](std::string_view t) { return note_mark_cues(t).after_punctuation; }},
      {"digits after a word", note_after_word_mark(), false, [](std::string_view t) { return note_mark_cues(t).after_word; }},
      {"digits after a year", note_after_year_mark(), false, [](std::string_view t) { return note_mark_cues(t).after_year; }},
      {"asterisk", star_mark(), false, [](std::string_view t) { return note_mark_cues(t).star; }},
      {"figures after full-width punctuation", full_width_alone_figures(), false,
       [](std::string_view t) { return note_mark_cues(t).after_non_ascii; }},
  };
  return patterns;
}

// Chinese measure words (classifiers): a figure followed by one counts
// what it names ("，2名代表" two representatives, "3个国家", "5项决议",
// "2次会议", "15国"), as figures before 年, 月 or 日 are a date: a quantity
// printed in the line's type, never a raised note mark.
constexpr std::array<std::string_view, 16> kChineseClassifiers = {"名", "个", "项", "次", "国", "位", "件", "条",
                                                                  "份", "种", "届", "家", "周", "倍", "岁", "人"};
// Words that open with a classifier's character, with which the text after
// a raised mark may go on ("，¹²国际社会", "，³项目", "，⁴种族歧视"): there
// the character is no classifier, and the figures before it may be a mark.
constexpr std::array<std::string_view, 26> kWordsOpeningWithClassifiers = {
    "国际", "国家", "次区域", "项目", "个人", "个别", "名称", "名单", "名义", "位于", "条约", "条件", "条例",
    "种族", "家庭", "周年", "份额", "届时", "人权", "人民", "人道", "人类", "人口", "人员", "人士", "人身"};

// Whether `after`, the text right after figures on a Chinese line, opens
// with a measure word (kChineseClassifiers) that opens no word of
// kWordsOpeningWithClassifiers: the figures are a quantity.
bool quantity_follows(std::string_view after) {
  const auto opens = [&](std::string_view w) { return after.starts_with(w); };
  return std::any_of(kChineseClassifiers.begin(), kChineseClassifiers.end(), opens) &&
         std::none_of(kWordsOpeningWithClassifiers.begin(), kWordsOpeningWithClassifiers.end(), opens);
}

bool reads_as_han_number(std::string_view after) {
  // 之 的 了 着 与 及 等
  static const Regex kParticle("^\\s*[\\x{4E4B}\\x{7684}\\x{4E86}\\x{7740}\\x{4E0E}\\x{53CA}\\x{7B49}]");
  return han_number_follows(after) || kParticle.search(after, 0).has_value();
}

bool is_notes_heading(std::string_view text) {
  static const std::set<std::string, std::less<>> kHeadings = {
      "Notes", "NOTES", "Note", "Footnotes", "FOOTNOTES", "Notas", "NOTAS", "Nota", "Notes de bas de page",
      "Примечания", "Сноски", "注", "附注", "الحواشي", "حواشي"};
  std::string_view t = trim(text);
  if (!t.empty() && t.back() == ':') t.remove_suffix(1);
  return kHeadings.count(t) > 0;
}

}  // namespace akn::detail
