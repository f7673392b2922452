// The fast paths of the scans that every cleanup pass runs over each line
// or paragraph (issue 22), against the plain byte-by-byte readings they
// replace: note_mark_cues' eight-byte skip, collapse_spaces' one-pass copy,
// and the language detection's stop-word table and code-point cache. Each
// mark or space is put at every offset of a text longer than two of the
// eight-byte steps, so that a step that misses a byte at its edge fails.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "cleanup/note_mark_patterns.hpp"
#include "core/language.hpp"
#include "core/text.hpp"
#include "core/text_scan.hpp"

using namespace akn;

namespace {

// note_mark_cues as it was written before the eight-byte skip.
detail::NoteMarkCues cues_byte_by_byte(std::string_view t) {
  static constexpr std::string_view kPunctuation = ",;:.)\"";
  detail::NoteMarkCues cues;
  std::size_t run = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '*') cues.star = true;
    if (c < '0' || c > '9') {
      run = 0;
      continue;
    }
    if (++run >= 5) cues.after_year = true;
    if (i == 0) continue;
    const char before = t[i - 1];
    if (kPunctuation.find(before) != std::string_view::npos) cues.after_punctuation = true;
    if ((before >= 'a' && before <= 'z') || (static_cast<unsigned char>(before) & 0x80) != 0) {
      cues.after_word = true;
      cues.after_punctuation = cues.after_punctuation || (static_cast<unsigned char>(before) & 0x80) != 0;
    }
  }
  return cues;
}

// collapse_spaces as it was written before the one-pass copy.
std::string collapse_byte_by_byte(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  std::size_t b = 0, e = s.size();
  while (b < e && space(s[b])) ++b;
  while (e > b && space(s[e - 1])) --e;
  std::string out;
  for (std::size_t i = b; i < e;) {
    std::size_t j = i;
    while (j < e && !space(s[j])) ++j;
    out.append(s.substr(i, j - i));
    i = j;
    while (i < e && space(s[i])) ++i;
    if (i < e) out += ' ';
  }
  return out;
}

}  // namespace

TEST_CASE("note mark cues are read at every offset of the eight-byte steps", "[cleanup][link_footnotes]") {
  const std::string padding = "the resolution adopted by the Assembly on that day";  // no digit, no '*'
  const std::vector<std::string> marks = {"7",    "word3",  "word12",   "1990",   "19903",  ".4",     "\"5",
                                          "*",    "a)**",   "\u00E9" "2", "\u201D" "3", "0123456789", "ABC9",
                                          ":?>;", "/0",     "@:",       "9 9 9",  "3a"};
  int checked = 0;
  for (const std::string& mark : marks)
    for (std::size_t at = 0; at <= 2 * 8 + 3; ++at) {
      const std::string text = padding.substr(0, at) + mark + padding.substr(at);
      const detail::NoteMarkCues want = cues_byte_by_byte(text), got = detail::note_mark_cues(text);
      INFO(text);
      CHECK(got.after_punctuation == want.after_punctuation);
      CHECK(got.after_word == want.after_word);
      CHECK(got.after_year == want.after_year);
      CHECK(got.star == want.star);
      ++checked;
    }
  CHECK(checked == 18 * 20);
}

TEST_CASE("collapse_spaces collapses every kind of white space at every offset", "[text]") {
  const std::string padding = "General Assembly  resolution\t78/1 of\n\n2023 ";
  const std::vector<std::string> spaces = {" ", "  ", "\t", "\r\n", "\f\v", " \t \n", "\x01", "\xC2\xA0", ""};
  int checked = 0;
  for (const std::string& space : spaces)
    for (std::size_t at = 0; at <= padding.size(); ++at) {
      const std::string text = padding.substr(0, at) + space + padding.substr(at);
      INFO(text);
      CHECK(collapse_spaces(text) == collapse_byte_by_byte(text));
      CHECK(collapse_spaces(space + text + space) == collapse_byte_by_byte(space + text + space));
      ++checked;
    }
  CHECK(checked == 9 * static_cast<int>(padding.size() + 1));
  CHECK(collapse_spaces("") == "");
  CHECK(collapse_spaces(" \t\n ") == "");
}

// The copy of a line already single-spaced (may_need_collapsing false):
// a second space, a tab or a control character at every offset of a
// single-spaced text must still be collapsed, and the text alone copied.
TEST_CASE("collapse_spaces copies single-spaced text and finds a second space at every offset", "[text]") {
  const std::string padding = "the General Assembly adopted resolution 78/1 on that day, \u00E9t\u00E9 \u201Cso\u201D";
  const std::vector<std::string> inserts = {"", " ", "  ", "\t", "\n", "\x1F", "\x7F", "\xC2\xA0", " x "};
  int checked = 0;
  for (const std::string& insert : inserts)
    for (std::size_t at = 0; at <= padding.size(); ++at) {
      const std::string text = padding.substr(0, at) + insert + padding.substr(at);
      INFO(text);
      CHECK(collapse_spaces(text) == collapse_byte_by_byte(text));
      // False only where collapsing changes nothing inside; true wherever it does.
      if (!may_need_collapsing(text)) CHECK(collapse_byte_by_byte(text) == trim(text));
      if (insert == "  " || insert == "\t" || insert == "\n") CHECK(may_need_collapsing(text));
      ++checked;
    }
  CHECK(checked == 9 * static_cast<int>(padding.size() + 1));
}

TEST_CASE("code_point_count counts at every offset of its eight-byte steps", "[core][text]") {
  const std::string padding = "resolution 78/1 on that day";
  const std::vector<std::string> inserts = {"", "\u00E9", "\u201C", "\U0001F600", "\xE9", "\x80\x80", "\u4E2D\u6587"};
  const auto by_byte = [](std::string_view s) {
    std::size_t n = 0;
    for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
  };
  int checked = 0;
  for (const std::string& insert : inserts)
    for (std::size_t at = 0; at <= padding.size(); ++at) {
      const std::string text = padding.substr(0, at) + insert + padding.substr(at);
      CHECK(code_point_count(text) == by_byte(text));
      ++checked;
    }
  CHECK(checked == 7 * static_cast<int>(padding.size() + 1));
}

// Stop words of six letters and more, stop words of another case, and
// letters outside ASCII whose lowercase is ASCII (KELVIN SIGN is "k")
// decide as they did with the sorted list of stop words.
TEST_CASE("language detection reads stop words by their table, whatever their case and length", "[languages]") {
  std::string english, french, spanish, russian;
  for (int i = 0; i < 12; ++i) {
    english += "THE report of the Committee and its work, which is for the Council. ";
    french += "Le rapport du Comité et les travaux dans une session pour le Conseil. ";
    spanish += "El informe del Comité y los trabajos para una sesión sobre el Consejo. ";
    russian += "Доклад Комитета о работе сессии Совета. ";
  }
  CHECK(detect_text_language(english) == "en");
  CHECK(detect_text_language(french) == "fr");
  CHECK(detect_text_language(spanish) == "es");
  CHECK(detect_text_language(russian) == "ru");
  // Words that start like stop words but are longer vote for nothing: a text
  // of them alone has no majority.
  std::string longer;
  for (int i = 0; i < 20; ++i) longer += "theory offer andante tonight inside forward within whichever ";
  CHECK(detect_text_language(longer).empty());
  // "\u212Ahe" lowercases to "khe", no stop word; "\u0130n" (I with a dot)
  // lowercases to "in" with a combining dot in ICU's simple mapping, or "i"
  // followed by "n": either way the text stays English by its other words.
  CHECK(detect_text_language(english + " \u212Ahe \u0130n ") == "en");
}

// is_valid_utf8 passes over ASCII sixteen and eight bytes at a time: a bad
// byte or a good character at any offset of those steps is still read.
TEST_CASE("UTF-8 validation reads every offset of its sixteen-byte steps", "[core][text]") {
  const std::string padding(40, 'a');
  int checked = 0;
  for (std::size_t at = 0; at <= padding.size(); ++at) {
    const std::string before = padding.substr(0, at), after = padding.substr(at);
    INFO(at);
    CHECK(is_valid_utf8(before + "\xE2\x80\x9C" + after));   // a quote
    CHECK_FALSE(is_valid_utf8(before + "\x93" + after));     // Windows-1252
    CHECK_FALSE(is_valid_utf8(before + "\xC0\xAF" + after)); // overlong
    CHECK_FALSE(is_valid_utf8(before + "\xE2\x80"));         // truncated at the end
    ++checked;
  }
  CHECK(checked == 41);
}
