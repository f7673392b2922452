// Mixed scripts in OCR words. Tesseract run with the models of several
// languages reads a letter of one script as its look-alike of another: a
// Spanish scan's point label "c)" as Cyrillic "с)" (U+0441), a Russian
// word's "о" as Latin "o". No UN document prints a word that mixes Latin
// and Cyrillic letters, and the text around says which script it is in:
// - a word (a run of letters) mixing the two is written in the script most
//   of its letters are in (the document's on a tie), when every other
//   letter has a look-alike there; otherwise it is kept and warned of;
// - in a Russian document a word all in Latin letters is kept as printed;
//   it is warned of (a Russian word read in its Latin look-alikes: "poe",
//   "APB") unless it is what such a document prints in Latin
//   (printed_latin): a point label "a)" ... "h)", a roman numeral, a
//   symbol's part ("A/RES/2758"), or a word with a letter that has no
//   Cyrillic look-alike (a name, a quotation: "UNESCO");
// - a word of one letter of the other script (nothing else but signs
//   around it: a label "с)", not a symbol's "A/RES"), in a document whose
//   letters are at least kDocumentScriptShare of one script, is written in
//   it when it has a look-alike; longer words of the other script are a
//   quotation or a misreading: kept, and warned of when every letter of
//   theirs has a look-alike (nothing then tells them apart).
// Only OCR words are looked at: a text layer says which character it prints.
#include "cleanup/mixed_scripts.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cleanup/pass_util.hpp"
#include "cleanup/script_doubts.hpp"
#include "core/text.hpp"

namespace akn {

namespace {

constexpr double kDocumentScriptShare = 0.9;

enum class Script { other, latin, cyrillic };

Script script_of(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7))
    return Script::latin;
  if (cp >= 0x0400 && cp <= 0x04FF) return Script::cyrillic;
  return Script::other;
}

// Letters of the Russian alphabet (the UN's one Cyrillic language) and the
// Latin letters printed alike. Letters of other Cyrillic alphabets
// ("һ", "і", "ј") are never what a UN document prints: no Latin letter is
// written as one of them.
constexpr std::array<std::pair<char32_t, char32_t>, 19> kLookAlikes = {{
    {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'},
    {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'}, {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'}, {0x041E, 'O'},
    {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'}, {0x0425, 'X'}, {0x0423, 'Y'},
}};
// How sure a look-alike rewriting is (Edit::confidence).
constexpr double kMendConfidence = 0.9;

// `cp`'s look-alike in `to`, or 0.
char32_t look_alike(char32_t cp, Script to) {
  for (const auto& [cyrillic, latin] : kLookAlikes) {
    if (to == Script::latin && cp == cyrillic) return latin;
    if (to == Script::cyrillic && cp == latin) return cyrillic;
  }
  return 0;
}

bool ocr_line(const Line& l) {
  for (const Word& w : l.words)
    if (w.confidence >= 0) return true;
  return false;
}

// The script of at least kDocumentScriptShare of the OCR lines' letters.
Script document_script(const Document& doc) {
  std::size_t latin = 0, cyrillic = 0;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines) {
      if (!ocr_line(line)) continue;
      for (std::size_t i = 0; i < line.text.size();) {
        const Script s = script_of(next_code_point(line.text, i));
        latin += s == Script::latin;
        cyrillic += s == Script::cyrillic;
      }
    }
  const auto total = static_cast<double>(latin + cyrillic);
  if (total <= 0) return Script::other;
  if (static_cast<double>(latin) >= kDocumentScriptShare * total) return Script::latin;
  if (static_cast<double>(cyrillic) >= kDocumentScriptShare * total) return Script::cyrillic;
  return Script::other;
}

struct LetterRun {
  std::size_t begin = 0, end = 0;  // bytes
  std::u32string letters;
};

std::vector<LetterRun> letter_runs(const std::string& t) {
  std::vector<LetterRun> runs;
  bool open = false;
  for (std::size_t i = 0; i < t.size();) {
    const std::size_t at = i;
    const char32_t cp = next_code_point(t, i);
    if (script_of(cp) == Script::other) {
      open = false;
      continue;
    }
    if (!open) runs.push_back(LetterRun{at, at, {}});
    open = true;
    runs.back().end = i;
    runs.back().letters.push_back(cp);
  }
  return runs;
}

// The script a run is written in, or other when it is all one script that
// needs nothing.
Script intended_script(const LetterRun& run, Script document) {
  std::size_t latin = 0, cyrillic = 0;
  for (const char32_t cp : run.letters) (script_of(cp) == Script::latin ? latin : cyrillic) += 1;
  if (latin > 0 && cyrillic > 0) return latin > cyrillic ? Script::latin : cyrillic > latin ? Script::cyrillic : document;
  const Script own = latin > 0 ? Script::latin : Script::cyrillic;
  return document != Script::other && own != document ? document : Script::other;
}

// The run written in `to`, or empty when a letter has no look-alike there.
std::string rewritten(const LetterRun& run, Script to) {
  std::string out;
  for (const char32_t cp : run.letters) {
    const char32_t c = script_of(cp) == to ? cp : look_alike(cp, to);
    if (c == 0) return {};
    append_utf8(out, c);
  }
  return out;
}

const char* name_of(Script s) { return s == Script::latin ? "Latin" : "Cyrillic"; }

// Whether the run is the only letter or figure of its word (between
// spaces) and no slash stands there: a label "с)", not a symbol's series
// letter ("A/RES/78/214", "S/2023/1").
bool word_alone(const std::string& t, const LetterRun& run) {
  std::size_t from = run.begin, to = run.end;
  while (from > 0 && t[from - 1] != ' ') --from;
  while (to < t.size() && t[to] != ' ') ++to;
  for (std::size_t i = from; i < to;) {
    const std::size_t at = i;
    const char32_t cp = next_code_point(t, i);
    if (at >= run.begin && at < run.end) continue;
    if (cp == '/' || is_letter(cp) || (cp >= '0' && cp <= '9')) return false;
  }
  return true;
}

// The word (between spaces) that holds the run.
std::string_view word_around(const std::string& t, const LetterRun& run) {
  std::size_t from = run.begin, to = run.end;
  while (from > 0 && t[from - 1] != ' ') --from;
  while (to < t.size() && t[to] != ' ') ++to;
  return std::string_view(t).substr(from, to - from);
}

// Whether every letter is a roman numeral's, all in one case ("XXVI", "xiv").
bool roman_numeral(const LetterRun& run) {
  const auto in = [&](std::u32string_view set) {
    return std::all_of(run.letters.begin(), run.letters.end(), [&](char32_t c) { return set.find(c) != std::u32string_view::npos; });
  };
  return in(U"IVXLCDM") || in(U"ivxlcdm");
}

// Whether a run all in Latin letters, in a Russian document, is what such a
// document prints in Latin: a point label of one letter ("a)"), a roman
// numeral ("XXVI"), a part of a symbol (its word holds a slash or a figure:
// "A/RES/2758"), or a word with a letter that has no Cyrillic look-alike
// (a name or a quotation: "UNESCO"). A longer word of look-alikes only
// ("poe", "APB") may be a Russian word read in Latin.
bool printed_latin(const std::string& t, const LetterRun& run) {
  if (run.letters.size() == 1 || roman_numeral(run)) return true;
  const std::string_view word = word_around(t, run);
  if (word.find_first_of("/0123456789") != std::string_view::npos) return true;
  return std::any_of(run.letters.begin(), run.letters.end(), [](char32_t c) { return look_alike(c, Script::cyrillic) == 0; });
}

bool one_script(const LetterRun& run) {
  const Script first = script_of(run.letters.front());
  return std::all_of(run.letters.begin(), run.letters.end(), [&](char32_t c) { return script_of(c) == first; });
}

void mend_line(Document& doc, std::string_view pass, detail::LineRef ref, Script document) {
  Line& line = detail::at(doc, ref);
  const std::vector<LetterRun> runs = letter_runs(line.text);
  for (auto run = runs.rbegin(); run != runs.rend(); ++run) {
    const Script to = intended_script(*run, document);
    if (to == Script::other) continue;
    const bool alone = one_script(*run);
    // Russian UN documents print Latin words of their own (printed_latin);
    // any other word all in Latin look-alikes is warned of below.
    if (alone && document == Script::cyrillic && script_of(run->letters.front()) == Script::latin &&
        printed_latin(line.text, *run))
      continue;
    const std::string before = line.text.substr(run->begin, run->end - run->begin);
    const std::string after = rewritten(*run, to);
    const bool label = alone && run->letters.size() == 1;
    if (label && !word_alone(line.text, *run)) continue;
    if (!after.empty() && (!alone || label)) {
      line.replace(run->begin, before.size(), after);
      detail::record_line_edit(doc, pass, "mend_mixed_script", ref, run->begin, before, after,
                               std::string(alone ? "a one-letter word in another script than the document's"
                                                 : "a word mixing Latin and Cyrillic letters") +
                                   ": written in " + name_of(to) + " with the look-alike letters",
                               kMendConfidence);
      continue;
    }
    if (alone && run->letters.size() > 1 && after.empty()) continue;  // a word of its own script: a quotation
    const char* why = !alone ? " mixes Latin and Cyrillic letters, one with no look-alike in the other script"
                      : after.empty()
                          ? " is a letter of another script than the document's, with no look-alike in it"
                          : " is in another script than the document's, each letter a look-alike of one of its own";
    doc.log.warn(std::string(pass), doc.position_of(ref.page, ref.line),
                 detail::quoted(before) + why + std::string(kMixedScriptKept));
  }
}

}  // namespace

void mend_mixed_script_words(Document& doc, std::string_view pass) {
  const Script document = document_script(doc);
  for (const detail::LineRef ref : detail::line_refs(doc)) {
    const Line& line = detail::at(doc, ref);
    if (!doc.pages[ref.page].ocr || !ocr_line(line)) continue;
    mend_line(doc, pass, ref, document);
  }
}

}  // namespace akn
