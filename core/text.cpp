#include "core/text.hpp"
#include "core/text_scan.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace akn {

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    // ASCII eight bytes at a time: most of any UN text, and every regex
    // search checks its subject (core/regex.cpp).
    while (i + 16 <= n) {  // two words a step: half the loop's overhead on long lines
      std::uint64_t a = 0, b = 0;
      std::memcpy(&a, s.data() + i, 8);
      std::memcpy(&b, s.data() + i + 8, 8);
      if (((a | b) & 0x8080808080808080ull) != 0) break;
      i += 16;
    }
    while (i + 8 <= n) {
      std::uint64_t chunk = 0;
      std::memcpy(&chunk, s.data() + i, 8);
      if ((chunk & 0x8080808080808080ull) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    std::size_t len = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1Fu; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0Fu; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07u; }
    else return false;
    if (i + len > n) return false;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) return false;
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  char32_t cp = len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (std::size_t k = 1; k < len && i + k < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  i += len;
  return cp;
}

std::string to_valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len > 0 && i + len <= s.size() && is_valid_utf8(s.substr(i, len))) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
    }
  }
  return out;
}

std::size_t previous_code_point_start(std::string_view s, std::size_t end) {
  if (end == 0) return 0;
  std::size_t k = end - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return k;
}

char32_t first_code_point(std::string_view s) {
  std::size_t i = 0;
  return s.empty() ? 0 : next_code_point(s, i);
}

char32_t last_code_point(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t i = previous_code_point_start(s, s.size());
  return next_code_point(s, i);
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_xml_char(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim_left(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && is_space(s[i])) ++i;
  return s.substr(i);
}
std::string_view trim_right(std::string_view s) {
  std::size_t n = s.size();
  while (n > 0 && is_space(s[n - 1])) --n;
  return s.substr(0, n);
}
std::string_view trim(std::string_view s) { return trim_right(trim_left(s)); }
bool is_blank(std::string_view s) { return trim(s).empty(); }

bool has_blank_run(std::string_view s, std::size_t n) {
  std::size_t run = 0;
  for (char c : s) {
    run = c == ' ' || c == '\t' ? run + 1 : 0;
    if (run >= n) return true;
  }
  return n == 0;
}

std::string format_fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

// Run by run (appended whole), not character by character: every pass
// and writer collapses lines.
// One pass writing into a string sized once (no append and its capacity
// check per word); the trimmed text neither starts nor ends with a space, so
// a space is written only before the next non-space byte.
namespace {
constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;
// 0x80 in each byte of v that is zero, exactly (no borrow between bytes).
std::uint64_t zero_bytes(std::uint64_t v) {
  const std::uint64_t t = (v & ~kHighs) + ~kHighs;
  return ~(t | v | ~kHighs);
}
std::uint64_t load8(const char* p) {
  std::uint64_t v = 0;
  std::memcpy(&v, p, 8);
  return v;
}
}  // namespace

bool may_need_collapsing(std::string_view s) {
  const char* p = s.data();
  std::size_t n = s.size();
  bool space_before = false;  // the last byte read was a space
#if defined(__SSE2__)
  // Sixteen bytes a step where SSE2 is there (every x86-64): the passes ask
  // this of nearly every line, several times.
  for (; n >= 16; p += 16, n -= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Any byte below 0x20, unsigned: min(v, 0x1F) == v.
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v)) != 0) return true;
    const auto spaces = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' '))));
    if ((spaces & (spaces >> 1)) != 0 || (space_before && (spaces & 1u) != 0)) return true;
    space_before = (spaces >> 15) != 0;
  }
#endif
  for (; n >= 8; p += 8, n -= 8) {
    const std::uint64_t v = load8(p);
    // Any byte below 0x20 (bytes of 0x80 and above are left out by ~v).
    if (((v - 0x20 * kOnes) & ~v & kHighs) != 0) return true;
    const std::uint64_t spaces = zero_bytes(v ^ (0x20 * kOnes));
    // A space after a space, within the eight bytes (little or big
    // endian alike: adjacent bytes are adjacent in the word) or across.
    if ((spaces & (spaces >> 8)) != 0 || (spaces & (spaces << 8)) != 0) return true;
    const bool first = (static_cast<unsigned char>(p[0]) == ' '), last = (static_cast<unsigned char>(p[7]) == ' ');
    if (space_before && first) return true;
    space_before = last;
  }
  for (; n > 0; ++p, --n) {
    const auto c = static_cast<unsigned char>(*p);
    if (c < 0x20 || (c == ' ' && space_before)) return true;
    space_before = c == ' ';
  }
  return false;
}

std::string collapse_spaces(std::string_view s) {
  const std::string_view t = trim(s);
  if (!may_need_collapsing(t)) return std::string(t);
  std::string out(t.size(), ' ');
  std::size_t n = 0;
  bool space = false;
  for (const char c : t) {
    if (static_cast<unsigned char>(c) <= ' ' && is_space(c)) {
      space = true;
      continue;
    }
    if (space) out[n++] = ' ';
    space = false;
    out[n++] = c;
  }
  out.resize(n);
  return out;
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

int indent_width(std::string_view s) {
  int w = 0;
  for (char c : s) {
    if (c == ' ') ++w;
    else if (c == '\t') w = (w / 8 + 1) * 8;
    else break;
  }
  return w;
}

// Case and letters by the Unicode character database (ICU): every script
// with case (Latin Extended "Ł", Greek, Cyrillic, Armenian ...) and the
// caseless letters of Arabic and Han.
namespace {
// A code point that belongs to the character before it: a combining mark,
// a joiner or a variation selector, or what follows a joiner.
bool extends_character(char32_t cp) {
  const auto type = u_charType(static_cast<UChar32>(cp));
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK || cp == 0x200D ||
         (cp >= 0xFE00 && cp <= 0xFE0F);
}
bool continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

bool is_grapheme_boundary(std::string_view s, std::size_t at) {
  if (at == 0 || at >= s.size()) return true;
  if (continuation_byte(s[at])) return false;
  std::size_t i = at;
  const char32_t cp = next_code_point(s, i);
  if (extends_character(cp)) return false;
  std::size_t before = at - 1;
  while (before > 0 && continuation_byte(s[before])) --before;
  return next_code_point(s, before) != 0x200D;  // what follows a joiner is joined
}

std::string_view head_bytes(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t end = max_bytes;
  while (end > 0 && !is_grapheme_boundary(s, end)) --end;
  return s.substr(0, end);
}

std::string_view tail_bytes(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t from = s.size() - max_bytes;
  while (from < s.size() && !is_grapheme_boundary(s, from)) ++from;
  return s.substr(from);
}

std::string_view excerpt(std::string_view s, std::size_t from, std::size_t to) {
  to = std::min(to, s.size());
  from = std::min(from, to);
  while (from > 0 && !is_grapheme_boundary(s, from)) --from;
  while (to < s.size() && !is_grapheme_boundary(s, to)) ++to;
  return s.substr(from, to - from);
}


// ASCII is answered without ICU (its letters are A-Z and a-z, as the
// database says): most text is ASCII, and the passes ask of every character.
bool is_lower_letter(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_isULowercase(static_cast<UChar32>(cp)) != 0 && is_letter(cp);
}
bool is_upper_letter(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return is_letter(cp) && (u_isUUppercase(static_cast<UChar32>(cp)) != 0 || u_istitle(static_cast<UChar32>(cp)) != 0);
}
bool is_letter(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20u) >= 'a' && (cp | 0x20u) <= 'z';
  const auto type = u_charType(static_cast<UChar32>(cp));
  return u_isalpha(static_cast<UChar32>(cp)) != 0 && type != U_NON_SPACING_MARK && type != U_COMBINING_SPACING_MARK;
}
char32_t to_lower(char32_t cp) { return static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))); }
std::string to_lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) append_utf8(out, to_lower(next_code_point(s, i)));
  return out;
}

static char32_t first_letter(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const char32_t cp = next_code_point(s, i);
    if (is_letter(cp)) return cp;
    if (cp == ' ' || cp == '\t' || cp == '"' || cp == '\'' || cp == '(' || cp == '[' ||
        cp == 0x201C || cp == 0x2018 || cp == 0xAB)
      continue;
    return 0;  // a digit or other sign comes first
  }
  return 0;
}

bool starts_lowercase(std::string_view s) { return is_lower_letter(first_letter(s)); }
bool starts_uppercase(std::string_view s) { return is_upper_letter(first_letter(s)); }

std::size_t code_point_count(std::string_view s) {
  // Eight bytes at a time: the bytes that continue a sequence (10xxxxxx)
  // counted by a multiply that sums their flags, then taken from the size.
  const char* p = s.data();
  std::size_t n = s.size(), continuing = 0;
  for (; n >= 8; p += 8, n -= 8) {
    const std::uint64_t v = load8(p);
    const std::uint64_t flags = ((v & ~(v << 1)) & kHighs) >> 7;  // bit 7 set, bit 6 clear
    continuing += static_cast<std::size_t>((flags * kOnes) >> 56);
  }
  for (; n > 0; ++p, --n) continuing += (static_cast<unsigned char>(*p) & 0xC0) == 0x80 ? 1 : 0;
  return s.size() - continuing;
}

std::u32string code_points(std::string_view s, bool collapse_spaces) {
  const std::string valid = to_valid_utf8(s);
  std::u32string out;
  bool space = false;
  for (std::size_t i = 0; i < valid.size();) {
    const char32_t cp = next_code_point(valid, i);
    if (collapse_spaces && (cp == U' ' || cp == U'\n' || cp == U'\t' || cp == U'\r' || cp == U'\f')) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(U' ');
    space = false;
    out.push_back(cp);
  }
  return out;
}

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (const char c : to_valid_utf8(s)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace akn
