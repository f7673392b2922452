#include "runner/json_events.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstdint>
#include <string>

#include "core/text.hpp"

namespace akn {

namespace {

using Json = nlohmann::ordered_json;
using Sax = nlohmann::json_sax<Json>;

// Nesting deeper than this is refused (a report entry nests three deep):
// the reader recurses once per level.
constexpr int kMaxDepth = 512;

class Reader {
 public:
  Reader(std::string_view text, Sax& sax) : s_(text), sax_(sax) {}

  bool document() {
    skip_space();
    if (!value(0)) return false;
    skip_space();
    return i_ == s_.size() || fail("text after the value");
  }

 private:
  bool fail(const char* what) {
    if (failed_) return false;
    failed_ = true;
    const auto e = nlohmann::detail::parse_error::create(101, i_ + 1, what, nullptr);
    sax_.parse_error(i_, std::string(s_.substr(i_, 1)), e);
    return false;
  }

  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }

  bool value(int depth) {
    if (i_ >= s_.size()) return fail("unexpected end of input");
    switch (s_[i_]) {
      case '{': return depth < kMaxDepth ? object(depth + 1) : fail("nested too deep");
      case '[': return depth < kMaxDepth ? array(depth + 1) : fail("nested too deep");
      case '"': return string() && sax_.string(text_);
      case 't': return literal("true") && sax_.boolean(true);
      case 'f': return literal("false") && sax_.boolean(false);
      case 'n': return literal("null") && sax_.null();
      default: return number();
    }
  }

  bool literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return fail("invalid literal");
    i_ += word.size();
    return true;
  }

  bool object(int depth) {
    ++i_;
    if (!sax_.start_object(static_cast<std::size_t>(-1))) return false;
    skip_space();
    if (i_ < s_.size() && s_[i_] == '}') return ++i_, sax_.end_object();
    for (;;) {
      skip_space();
      if (i_ >= s_.size() || s_[i_] != '"') return fail("expected a key");
      if (!string() || !sax_.key(text_)) return false;
      skip_space();
      if (i_ >= s_.size() || s_[i_] != ':') return fail("expected ':'");
      ++i_;
      skip_space();
      if (!value(depth)) return false;
      skip_space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == '}') return ++i_, sax_.end_object();
      return fail("expected ',' or '}'");
    }
  }

  bool array(int depth) {
    ++i_;
    if (!sax_.start_array(static_cast<std::size_t>(-1))) return false;
    skip_space();
    if (i_ < s_.size() && s_[i_] == ']') return ++i_, sax_.end_array();
    for (;;) {
      skip_space();
      if (!value(depth)) return false;
      skip_space();
      if (i_ < s_.size() && s_[i_] == ',') {
        ++i_;
        continue;
      }
      if (i_ < s_.size() && s_[i_] == ']') return ++i_, sax_.end_array();
      return fail("expected ',' or ']'");
    }
  }

  // The bytes a string holds as they are: ASCII but control characters,
  // quotes and backslashes (one look-up a byte: testing the four was a
  // tenth of an unchanged rerun's reading of its stored entries).
  static constexpr std::array<bool, 256> kPlain = [] {
    std::array<bool, 256> plain{};
    for (unsigned c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
    return plain;
  }();

  // A string into text_, escapes decoded, its UTF-8 checked.
  bool string() {
    text_.clear();
    ++i_;
    for (;;) {
      const std::size_t run = i_;
      while (i_ < s_.size() && kPlain[static_cast<unsigned char>(s_[i_])]) ++i_;
      text_.append(s_, run, i_ - run);
      if (i_ >= s_.size()) return fail("unterminated string");
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') return ++i_, true;
      if (c < 0x20) return fail("control character in a string");
      if (c == '\\' ? !escape() : !utf8_sequence()) return false;
    }
  }

  bool escape() {
    if (++i_ >= s_.size()) return fail("unterminated escape");
    const char e = s_[i_++];
    switch (e) {
      case '"': text_ += '"'; return true;
      case '\\': text_ += '\\'; return true;
      case '/': text_ += '/'; return true;
      case 'b': text_ += '\b'; return true;
      case 'f': text_ += '\f'; return true;
      case 'n': text_ += '\n'; return true;
      case 'r': text_ += '\r'; return true;
      case 't': text_ += '\t'; return true;
      case 'u': return unicode_escape();
      default: return fail("invalid escape");
    }
  }

  // Four hex digits after \u, into `out`.
  bool hex4(std::uint32_t& out) {
    if (i_ + 4 > s_.size()) return fail("incomplete \\u escape");
    out = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = s_[i_++];
      const int v = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (v < 0) return fail("invalid \\u escape");
      out = out * 16 + static_cast<std::uint32_t>(v);
    }
    return true;
  }

  bool unicode_escape() {
    std::uint32_t cp = 0;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return fail("a low surrogate alone");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      std::uint32_t low = 0;
      if (s_.substr(i_, 2) != "\\u") return fail("a high surrogate alone");
      i_ += 2;
      if (!hex4(low)) return false;
      if (low < 0xDC00 || low > 0xDFFF) return fail("a high surrogate alone");
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(text_, static_cast<char32_t>(cp));
    return true;
  }

  // One multi-byte UTF-8 character, well-formed (RFC 3629: no overlong
  // forms, no surrogates, nothing over U+10FFFF), copied as it is.
  bool utf8_sequence() {
    const auto at = [&](std::size_t k) { return i_ + k < s_.size() ? static_cast<unsigned char>(s_[i_ + k]) : 0u; };
    const unsigned lead = at(0);
    unsigned lo = 0x80, hi = 0xBF;  // the range of the second byte
    std::size_t length = 0;
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead == 0xE0) length = 3, lo = 0xA0;
    else if (lead == 0xED) length = 3, hi = 0x9F;
    else if (lead >= 0xE1 && lead <= 0xEF) length = 3;
    else if (lead == 0xF0) length = 4, lo = 0x90;
    else if (lead == 0xF4) length = 4, hi = 0x8F;
    else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
    else return fail("ill-formed UTF-8 byte");
    if (at(1) < lo || at(1) > hi) return fail("ill-formed UTF-8 byte");
    for (std::size_t k = 2; k < length; ++k)
      if (at(k) < 0x80 || at(k) > 0xBF) return fail("ill-formed UTF-8 byte");
    text_.append(s_, i_, length);
    i_ += length;
    return true;
  }

  bool digits() {
    const std::size_t from = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    return i_ > from;
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  bool number() {
    const std::size_t from = i_;
    const bool negative = s_[i_] == '-';
    if (negative) ++i_;
    if (i_ >= s_.size() || s_[i_] < '0' || s_[i_] > '9') return fail("invalid value");
    if (s_[i_] == '0') ++i_;
    else digits();
    bool integral = true;
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_, integral = false;
      if (!digits()) return fail("invalid number");
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_, integral = false;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (!digits()) return fail("invalid number");
    }
    const char* first = s_.data() + from;
    const char* last = s_.data() + i_;
    if (integral && negative) {
      std::int64_t v = 0;
      if (std::from_chars(first, last, v).ec == std::errc()) return sax_.number_integer(v);
    } else if (integral) {
      std::uint64_t v = 0;
      if (std::from_chars(first, last, v).ec == std::errc()) return sax_.number_unsigned(v);
    }
    text_.assign(first, last);
    double d = 0;
    if (std::from_chars(first, last, d).ec != std::errc()) {
      // Out of range: an underflow reads as strtod reads it (as nlohmann
      // does), an overflow is refused (as nlohmann refuses it).
      d = std::strtod(text_.c_str(), nullptr);
      if (!std::isfinite(d)) return fail("number overflow");
    }
    return sax_.number_float(d, text_);
  }

  std::string_view s_;
  Sax& sax_;
  std::size_t i_ = 0;
  std::string text_;  // the last string or number read
  bool failed_ = false;
};

}  // namespace

bool read_json_events(std::string_view text, Sax& handler) { return Reader(text, handler).document(); }

}  // namespace akn
