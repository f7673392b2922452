// normalize_text: characters that must not reach the output, or that only
// look different. Non-breaking and other Unicode spaces become spaces; soft
// hyphens, zero-width characters and control characters are removed;
// typographic ligatures are expanded; TeX-style and doubled quotes become
// curly quotes. The document's own curly and straight quotes are kept.
// A Latin letter inside an Arabic word is never printed: one accented
// letter alone between Arabic letters is a ligature's glyph that the
// producer coded as a Latin-1 character (pdftocairo re-embeds part of an
// Arabic font under WinAnsi: the lam-kaf ligature of "الكراهية" came out
// as U+00EF) and is removed; other Latin letters there are warned of.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "cleanup/cleanup.hpp"
#include "cleanup/pass_util.hpp"
#include "cleanup/script_doubts.hpp"
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
bool arabic_letter(char32_t cp) {
  return (cp >= 0x0620 && cp <= 0x065F) || (cp >= 0x066E && cp <= 0x06D3) || (cp >= 0x06FA && cp <= 0x06FF) ||
         (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC);
}
// A Latin-1 or Latin Extended-A/B letter: the codes a WinAnsi re-encoding
// gives a glyph it has no Unicode for.
bool coded_latin_letter(char32_t cp) { return cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7; }
// A sign no text prints between two letters of a word, which such a
// re-encoding gives a ligature too ("تح@ترم" for "تحترم").
bool coded_sign(char32_t cp) {
  static constexpr std::u32string_view kSigns = U"@#$%&*^~|\\{}<>";
  return kSigns.find(cp) != std::u32string_view::npos || (cp >= 0xA1 && cp <= 0xBF && cp != 0xAB && cp != 0xBB);
}
bool ascii_letter(char32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

// The code point before byte `at` of `t` (0 at its start).
char32_t code_point_before(const std::string& t, std::size_t at) {
  std::size_t k = at;
  while (k > 0 && (static_cast<unsigned char>(t[k - 1]) & 0xC0) == 0x80) --k;
  if (k == 0) return 0;
  std::size_t start = k - 1;
  return next_code_point(t, start);
}

bool has_arabic_letter(const std::string& t) {
  const auto lead = [](char c) {  // of U+0600..U+06FF or of the presentation forms
    const auto u = static_cast<unsigned char>(c);
    return (u >= 0xD8 && u <= 0xDB) || u == 0xEF;
  };
  if (std::none_of(t.begin(), t.end(), lead)) return false;
  for (std::size_t i = 0; i < t.size();)
    if (arabic_letter(next_code_point(t, i))) return true;
  return false;
}

// The glyph coded `cp` at bytes [start, end) of a line, between two Arabic
// letters, removed; false when it stands elsewhere (kept).
bool remove_coded_glyph(Document& doc, detail::LineRef ref, std::size_t start, std::size_t end, char32_t cp) {
  Line& line = detail::at(doc, ref);
  std::size_t after = end;
  if (!arabic_letter(code_point_before(line.text, start)) || end >= line.text.size() ||
      !arabic_letter(next_code_point(line.text, after)))
    return false;
  const std::string before = line.text.substr(start, end - start);
  line.replace(start, end - start, "");
  detail::record_line_edit(doc, kPass, "remove_ligature_artefact", ref, start, before, "",
                           code_point_name(cp) +
                               " between two Arabic letters of a word: a ligature's glyph coded as a Latin-1 character");
  return true;
}

// Latin letters between two Arabic letters of one word: the coded
// ligature glyph is removed, other runs are warned of.
void mend_latin_in_arabic_words(Document& doc, detail::LineRef ref) {
  Line& line = detail::at(doc, ref);
  for (std::size_t i = 0; i < line.text.size();) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(line.text, i);
    if (coded_sign(cp)) {
      if (remove_coded_glyph(doc, ref, start, i, cp)) i = start;
      continue;
    }
    if (!coded_latin_letter(cp) && !ascii_letter(cp)) continue;
    std::size_t end = i;
    bool ascii = ascii_letter(cp);
    std::size_t letters = 1;
    while (end < line.text.size()) {
      std::size_t k = end;
      const char32_t c = next_code_point(line.text, k);
      if (!coded_latin_letter(c) && !ascii_letter(c)) break;
      ascii = ascii || ascii_letter(c);
      ++letters;
      end = k;
    }
    std::size_t after = end;
    const char32_t next = end < line.text.size() ? next_code_point(line.text, after) : 0;
    if (!arabic_letter(code_point_before(line.text, start)) || !arabic_letter(next)) {
      i = end;
      continue;
    }
    const std::string before = line.text.substr(start, end - start);
    if (letters == 1 && !ascii) {
      remove_coded_glyph(doc, ref, start, end, cp);
      i = start;
      continue;
    }
    doc.log.warn(std::string(kPass), doc.position_of(ref.page, ref.line),
                 "Latin letters \"" + before + "\" " + std::string(kLigatureKept) +
                     ": the text layer may misread a ligature");
    i = end;
  }
}
}  // namespace

void normalize_text(Document& doc, const PassContext&) {
  // In Markdown, backticks delimit code (a span "``x``", a fence "```"):
  // never a TeX opening quote.
  const bool backticks_are_code = doc.source.kind == "markdown";
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
      if (((cp == '`' && !backticks_are_code) || cp == '\'') && i < line.text.size() && line.text[i] == static_cast<char>(cp)) {
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
    if (has_arabic_letter(line.text)) mend_latin_in_arabic_words(doc, ref);
    if (line.role == LineRole::body && is_blank(line.text)) line.role = LineRole::blank;
  }
}

}  // namespace akn
