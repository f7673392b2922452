#include <catch2/catch.hpp>
#include <unicode/uchar.h>

#include <string>
#include <vector>

#include "core/dates.hpp"
#include "core/document.hpp"
#include "core/regex.hpp"
#include "core/sha256.hpp"
#include "core/symbol_match.hpp"
#include "core/text.hpp"

using namespace akn;

TEST_CASE("sha256 matches the FIPS 180-4 test vectors", "[core]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000, 'a')) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
  CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256 objects are independent and movable (a hasher per file read in pieces)", "[core]") {
  Sha256 a, b;
  a.update("ab");
  b.update("x");
  Sha256 moved = std::move(a);
  moved.update("c");
  CHECK(moved.hex() == sha256_hex("abc"));
  CHECK(b.hex() == sha256_hex("x"));
}

TEST_CASE("sha256 fed in pieces of any size gives the one-piece digest", "[core]") {
  std::string bytes;
  for (int i = 0; i < 3001; ++i) bytes += static_cast<char>((i * 37) % 251);
  for (std::size_t piece : {1u, 7u, 63u, 64u, 65u, 1000u, 5000u}) {
    Sha256 h;
    for (std::size_t at = 0; at < bytes.size(); at += piece) h.update(std::string_view(bytes).substr(at, piece));
    INFO(piece);
    CHECK(h.hex() == sha256_hex(bytes));
  }
}

TEST_CASE("UTF-8 validation rejects overlongs, surrogates and truncation", "[core]") {
  CHECK(is_valid_utf8("Untied Nations \xE2\x80\x9Cquoted\xE2\x80\x9D"));
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(is_valid_utf8("abc\xE2\x80"));       // truncated
  CHECK_FALSE(is_valid_utf8("\x93quoted\x94"));    // Windows-1252 quotes
}

// Warnings and edit logs quote a few bytes of text around what they name:
// Arabic and Chinese characters take 2 and 3 bytes, and an Arabic letter
// carries its harakat as further code points. An excerpt is cut on a
// character boundary, never inside either.
TEST_CASE("the first and last characters of a text are whole code points in any script", "[core]") {
  CHECK(first_code_point("") == 0);
  CHECK(last_code_point("") == 0);
  CHECK(last_code_point("abc") == U'c');
  CHECK(first_code_point("重申") == U'重');
  CHECK(last_code_point("重申") == U'申');
  CHECK(last_code_point("Ассамблея") == U'я');
  CHECK(last_code_point("A/78/L.1 😀") == U'😀');
  const std::string s = "aé申😀";  // 1, 2, 3 and 4 bytes
  CHECK(previous_code_point_start(s, s.size()) == 6);
  CHECK(previous_code_point_start(s, 6) == 3);
  CHECK(previous_code_point_start(s, 3) == 1);
  CHECK(previous_code_point_start(s, 1) == 0);
  CHECK(previous_code_point_start(s, 0) == 0);
}

TEST_CASE("excerpts of Arabic and Chinese text are cut between characters, never inside one", "[core]") {
  const std::string arabic = "تُؤكِّدُ من جديد الحقَّ في حرية الفكر";  // marks on their letters
  const std::string chinese = "重申人人享有思想、良心和宗教自由的权利";
  std::size_t checked = 0;
  for (const std::string& s : {arabic, chinese}) {
    for (std::size_t n = 0; n <= s.size(); ++n) {
      INFO(s << " " << n);
      const std::string_view head = head_bytes(s, n), tail = tail_bytes(s, n);
      CHECK(head.size() <= n);
      CHECK(tail.size() <= n);
      CHECK(is_valid_utf8(head));
      CHECK(is_valid_utf8(tail));
      CHECK(s.starts_with(head));
      CHECK(s.ends_with(tail));
      // No mark cut off from its letter.
      CHECK(is_grapheme_boundary(s, head.size()));
      CHECK(is_grapheme_boundary(s, s.size() - tail.size()));
      const std::string_view mid = excerpt(s, n / 2, n);
      CHECK(is_valid_utf8(mid));
      ++checked;
    }
  }
  CHECK(checked == arabic.size() + chinese.size() + 2);
  // Whole characters: "تُ" (a letter and its damma) stays together.
  CHECK(head_bytes("تُؤ", 3) == "");
  CHECK(head_bytes("تُؤ", 4) == "تُ");
  CHECK(tail_bytes("ؤكِّ", 6) == "كِّ");
  CHECK(tail_bytes("ؤكِّ", 4) == "");
  CHECK(head_bytes("重申人", 4) == "重");
  CHECK(tail_bytes("重申人", 4) == "人");
  CHECK(excerpt("重申人", 4, 5) == "申");
  CHECK(head_bytes("abc", 2) == "ab");
}

TEST_CASE("dates are parsed as UN documents print them", "[core]") {
  auto d = parse_date("26 February  2003");
  REQUIRE(d);
  CHECK(d->iso() == "2003-02-26");
  CHECK(d->printed == "26 February 2003");
  CHECK_FALSE(parse_date("31 February 2003"));
  CHECK_FALSE(parse_date("18 Decembre 2002"));
  CHECK(parse_date("29 February 2004"));
  CHECK_FALSE(parse_date("29 February 2003"));
  // A/RES/79/85 prints its conclusions' date with the year set against the
  // month; the printed form is kept as printed.
  auto glued = parse_date("4 December2024");
  REQUIRE(glued);
  CHECK(glued->iso() == "2024-12-04");
  CHECK(glued->printed == "4 December2024");
  CHECK_FALSE(parse_date("4 December202"));
}

TEST_CASE("session ordinals in words are read as numbers", "[core]") {
  CHECK(parse_ordinal_words("Fifty-seventh") == 57);
  CHECK(parse_ordinal_words("first") == 1);
  CHECK(parse_ordinal_words("Sixtieth") == 60);
  CHECK(parse_ordinal_words("twelfth") == 12);
  CHECK_FALSE(parse_ordinal_words("Fifty-seventeenth"));
}

TEST_CASE("Line::replace keeps marks on their characters", "[core]") {
  Line line;
  line.text = "in 1993, for enhancing";
  line.marks.push_back({8, "1", MarkSource::markup});  // after "1993,"
  line.replace(0, 2, "within");                         // text before the mark grows by 4
  CHECK(line.text == "within 1993, for enhancing");
  CHECK(line.marks[0].offset == 12);
  line.replace(13, 3, "to");                            // text after the mark changes
  CHECK(line.marks[0].offset == 12);
}

// ASCII is decided without ICU (issue 22): the answers must be ICU's.
TEST_CASE("ASCII letters and their case are those of the Unicode database", "[core][text]") {
  int letters = 0;
  for (char32_t cp = 0; cp < 0x80; ++cp) {
    INFO(static_cast<int>(cp));
    const bool alpha = u_isalpha(static_cast<UChar32>(cp)) != 0;
    CHECK(is_letter(cp) == alpha);
    CHECK(is_lower_letter(cp) == (alpha && u_isULowercase(static_cast<UChar32>(cp)) != 0));
    CHECK(is_upper_letter(cp) == (alpha && u_isUUppercase(static_cast<UChar32>(cp)) != 0));
    letters += is_letter(cp) ? 1 : 0;
  }
  CHECK(letters == 52);
}

TEST_CASE("a Subject checked once matches as a plain search does, and an invalid one never", "[core]") {
  const Regex re("\\p{L}+$");
  const Regex whole("[a-z ]+");
  const std::vector<std::string> texts = {"plain words", "caf\u00E9", "bad \xC3", "x\xFF y"};
  for (const std::string& text : texts) {
    INFO(text);
    const Subject subject(text);
    CHECK(subject.valid() == is_valid_utf8(text));
    const auto a = re.search(text), b = re.search(subject);
    REQUIRE(a.has_value() == b.has_value());
    if (a) CHECK(a->begin == b->begin);
    CHECK(whole.full_match(text) == whole.full_match(subject));
  }
  // A start inside a character matches nothing, as with the check.
  const Subject cafe("caf\u00E9");
  CHECK_FALSE(re.search(cafe, 4).has_value());
  CHECK(re.search(cafe, 3).has_value());
}

TEST_CASE("Regex handles very long lines without recursion", "[core]") {
  const std::string long_line(2'000'000, 'a');
  const Regex re("(a|b)+c");
  CHECK_FALSE(re.search(long_line));
  CHECK(Regex("^a+$").full_match(long_line));
}

TEST_CASE("ill-formed UTF-8 is repaired to valid UTF-8, never re-encoded as garbage", "[core][utf8]") {
  // A text layer with a broken font map can hand over any bytes; decoding
  // them as if valid produced surrogates and out-of-range code points.
  for (const std::string_view bad : {std::string_view("\xC0\xAF"), std::string_view("\xED\xA0\x80"),
                                     std::string_view("abc\xE2\x80"), std::string_view("\xFF\xF7\xBF\xBF\xBF")}) {
    const std::string fixed = to_valid_utf8(bad);
    CHECK(is_valid_utf8(fixed));
    CHECK(fixed.find("\xEF\xBF\xBD") != std::string::npos);
  }
  CHECK(to_valid_utf8("Untied \xE2\x80\x9CNations\xE2\x80\x9D") == "Untied \xE2\x80\x9CNations\xE2\x80\x9D");
  CHECK(to_valid_utf8("a\x80" "b") == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("UTF-16 code units become UTF-8: pairs joined, a lone surrogate replaced and counted", "[core]") {
  const auto decode = [](std::u16string_view units, std::size_t& replaced) {
    std::string out;
    replaced = append_utf16(out, units.size(), [&](std::size_t i) { return units[i]; });
    return out;
  };
  std::size_t replaced = 0;
  CHECK(decode(u"A\u00e9\u2019", replaced) == "A\u00e9\u2019");
  CHECK(replaced == 0);
  CHECK(decode(u"\U0001F600", replaced) == "\U0001F600");  // a surrogate pair
  CHECK(replaced == 0);
  const char16_t high_then_letter[] = {0xD83D, u'x'}, high_at_end[] = {u'a', 0xD83D}, low_alone[] = {0xDE00, u'b'};
  CHECK(decode({high_then_letter, 2}, replaced) == "\uFFFDx");  // the letter after it is kept
  CHECK(replaced == 1);
  CHECK(decode({high_at_end, 2}, replaced) == "a\uFFFD");
  CHECK(replaced == 1);
  CHECK(decode({low_alone, 2}, replaced) == "\uFFFDb");
  CHECK(replaced == 1);
}

TEST_CASE("text helpers shared by CER, formulas and XML writers: code points, Levenshtein, XML escapes", "[core][text]") {
  CHECK(akn::levenshtein(std::string_view("kitten"), std::string_view("sitting")) == 3);
  CHECK(akn::levenshtein(std::string_view(""), std::string_view("abc")) == 3);
  // Over code points a Cyrillic letter is one edit, over bytes two.
  CHECK(akn::levenshtein(akn::code_points("Ассамблея"), akn::code_points("Ассамблeя")) == 1);
  CHECK(akn::levenshtein(std::string_view("Ассамблея"), std::string_view("Ассамблeя")) == 2);
  CHECK(akn::code_points("  a \n\t b\f c ", true) == U"a b c");
  CHECK(akn::code_points("a\nb") == U"a\nb");
  CHECK(akn::code_points("a\xffz") == U"a\uFFFDz");
  CHECK(akn::xml_escape("<a href=\"x\">Tom & Jerry's</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  CHECK(akn::xml_escape("bad \xff byte") == "bad \xEF\xBF\xBD byte");
}

TEST_CASE("a document symbol is found whole, never inside a longer symbol", "[core][furniture][quality]") {
  // Standing whole: alone, before a title, in brackets, before a full stop.
  CHECK(prints_whole_symbol("A/RES/78/1", "A/RES/78/1"));
  CHECK(prints_whole_symbol("A/RES/78/1 Political declaration", "A/RES/78/1"));
  CHECK(prints_whole_symbol("Political declaration A/RES/78/1", "A/RES/78/1"));
  CHECK(prints_whole_symbol("(A/RES/78/1)", "A/RES/78/1"));
  CHECK(prints_whole_symbol("See A/RES/78/1.", "A/RES/78/1"));
  // Inside a longer symbol or word: never.
  CHECK_FALSE(prints_whole_symbol("See A/RES/78/15.", "A/RES/78/1"));
  CHECK_FALSE(prints_whole_symbol("A/RES/78/1/Add.1", "A/RES/78/1"));
  CHECK_FALSE(prints_whole_symbol("XA/RES/78/1", "A/RES/78/1"));
  CHECK_FALSE(prints_whole_symbol("anything", ""));
  // The first whole one, past one inside a longer symbol.
  CHECK(find_whole_symbol("A/RES/78/15 and A/RES/78/1", "A/RES/78/1") == 16);
  CHECK(find_whole_symbol("A/RES/78/1 and A/RES/78/1", "A/RES/78/1", 1) == 15);
}
