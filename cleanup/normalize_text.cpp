// normalize_text: characters that must not reach the output, or that only
// look different. Non-breaking and other Unicode spaces become spaces; soft
// hyphens, zero-width characters and control characters are removed;
// typographic ligatures are expanded; TeX-style and doubled quotes become
// curly quotes. The document's own curly and straight quotes are kept.
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "cleanup/cleanup.hpp"
#include "cleanup/pass_util.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "normalize_text";

struct Rewrite {
  std::string_view kind;
  std::string replacement;
  std::string reason;
};

std::string code_point_name(char32_t cp) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
  return buf;
}

// The rewrite for one code point, or nullopt to keep it.
std::optional<Rewrite> rewrite_for(char32_t cp) {
  if (cp == 0xA0 || cp == 0x202F || cp == 0x2007)
    return Rewrite{"normalize_space", " ", "non-breaking space " + code_point_name(cp) + " kept as a space"};
  if ((cp >= 0x2000 && cp <= 0x200A) || cp == 0x205F || cp == 0x3000 || cp == 0x1680)
    return Rewrite{"normalize_space", " ", "Unicode space " + code_point_name(cp) + " kept as a space"};
  if (cp == 0xAD) return Rewrite{"remove_soft_hyphen", "", "soft hyphen U+00AD is invisible in print"};
  if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF)
    return Rewrite{"remove_invisible", "", "zero-width character " + code_point_name(cp)};
  if ((cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F))
    return Rewrite{"remove_control", "", "control character " + code_point_name(cp) + " is not text"};
  if (cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xFDD0 && cp <= 0xFDEF) || !is_xml_char(cp))
    return Rewrite{"remove_control", "", "non-character " + code_point_name(cp)};
  switch (cp) {
    case 0xFB00: return Rewrite{"expand_ligature", "ff", "typographic ligature"};
    case 0xFB01: return Rewrite{"expand_ligature", "fi", "typographic ligature"};
    case 0xFB02: return Rewrite{"expand_ligature", "fl", "typographic ligature"};
    case 0xFB03: return Rewrite{"expand_ligature", "ffi", "typographic ligature"};
    case 0xFB04: return Rewrite{"expand_ligature", "ffl", "typographic ligature"};
    default: return std::nullopt;
  }
}
// Printable ASCII other than the quote marks `doubled quotes` are made of:
// nothing to rewrite, and most of any text (skipped without decoding).
bool plain(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x20 && u < 0x7F && c != '`' && c != '\'';
}
// Whether the eight bytes at `p` are all plain(): most of a text is passed
// over so, eight bytes a step (bytes of 0x80 and above, below 0x20, DEL,
// '`' and '\'' are looked for in the word at once).
bool plain8(const char* p) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  std::uint64_t v = 0;
  std::memcpy(&v, p, 8);
  const auto has_zero = [&](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  const std::uint64_t below_space = (v - 0x20 * kOnes) & ~v & kHighs;
  return ((v & kHighs) | below_space | has_zero(v ^ (0x7F * kOnes)) | has_zero(v ^ (0x60 * kOnes)) |
          has_zero(v ^ (0x27 * kOnes))) == 0;
}
}  // namespace

void normalize_text(Document& doc, const PassContext&) {
  for (const detail::LineRef ref : detail::line_refs(doc)) {
    Line& line = detail::at(doc, ref);
    std::size_t i = 0;
    while (i < line.text.size()) {
      if (i + 8 <= line.text.size() && plain8(line.text.data() + i)) {
        i += 8;
        continue;
      }
      if (plain(line.text[i])) {
        ++i;
        continue;
      }
      const std::size_t start = i;
      const char32_t cp = next_code_point(line.text, i);
      // Doubled quotes: `` and '' (TeX, typewriter transcriptions).
      if ((cp == '`' || cp == '\'') && i < line.text.size() && line.text[i] == static_cast<char>(cp)) {
        const std::string curly = cp == '`' ? "\u201C" : "\u201D";
        const std::string before = line.text.substr(start, 2);
        line.replace(start, 2, curly);
        detail::record_line_edit(doc, kPass, "normalize_quote", ref, start, before, curly,
                                 "doubled quote mark written as a curly double quote");
        i = start + curly.size();
        continue;
      }
      auto rw = rewrite_for(cp);
      if (!rw) continue;
      const std::string before = line.text.substr(start, i - start);
      line.replace(start, i - start, rw->replacement);
      detail::record_line_edit(doc, kPass, rw->kind, ref, start, before, rw->replacement, rw->reason);
      i = start + rw->replacement.size();
    }
    if (line.role == LineRole::body && is_blank(line.text)) line.role = LineRole::blank;
  }
}

}  // namespace akn
