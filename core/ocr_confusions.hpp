// What OCR reads for what was printed: the glyph confusions that both the
// reader (ingest/ocr.cpp, which reads a doubted word's box again) and the
// correction of OCR words (cleanup/ocr_correction.cpp) reason with.
//
// Header-only; pure functions, thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace akn {

struct OcrConfusion {
  std::string_view seen, meant;
  // Shapes that differ by a stroke or a gap (1/l, rn/m, cl/d): a dictionary
  // word is enough. Vowels and round letters read for each other (a/o,
  // c/e) give real words too easily ("losed" -> "lased"): the document
  // must print the word confidently.
  bool strong = true;
};

// What Tesseract reads for what was printed, in typewritten and photocopied
// UN documents.
inline constexpr OcrConfusion kOcrConfusions[] = {
    {"1", "l"}, {"1", "I"}, {"l", "1"}, {"I", "l"}, {"l", "I"}, {"0", "O"}, {"0", "o"}, {"O", "0"},
    {"rn", "m"}, {"m", "rn"}, {"cl", "d"}, {"d", "cl"}, {"vv", "w"}, {"ii", "ll"}, {"ii", "il"}, {"ii", "li"},
    {"i", "l"}, {"l", "i"}, {"fi", "h"}, {"li", "h"}, {"in", "m"}, {"ni", "m"}, {"tl", "d"}, {"5", "S"},
    {"8", "B"}, {"u", "ti"}, {"n", "ri"}, {"ri", "n"}, {"lu", "In"}, {"v", "y"}, {"y", "v"},
    {"c", "e", false}, {"e", "c", false}, {"u", "n", false}, {"n", "u", false}, {"a", "o", false},
    {"o", "a", false}, {"f", "t", false}, {"t", "f", false}, {"h", "b", false}, {"b", "h", false},
    {"c", "o", false}, {"e", "o", false}, {"r", "t", false}, {"a", "e", false}, {"e", "a", false},
};

// A reading of a word with one confusion undone: which, and whether it is
// a strong one.
struct UndoneConfusion {
  std::string rule;  // "rn read for m"
  bool strong = true;
};

// Every reading of `word` with one confusion of kOcrConfusions undone
// (`both_ways`: also each confusion the other way round, "t" read for "r"
// as well as "r" for "t": a printed word OCR turned into another real word
// may have been either), added to `out`; a reading found by a strong and a
// weak confusion counts as strong.
inline void undo_one_confusion(const std::string& word, std::map<std::string, UndoneConfusion>& out,
                               bool both_ways = false) {
  const auto add = [&](std::string_view seen, std::string_view meant, bool strong) {
    for (std::size_t at = word.find(seen); at != std::string::npos; at = word.find(seen, at + 1)) {
      std::string candidate = word;
      candidate.replace(at, seen.size(), meant);
      UndoneConfusion u{std::string(seen) + " read for " + std::string(meant), strong};
      auto [it, fresh] = out.emplace(candidate, u);
      if (!fresh && strong && !it->second.strong) it->second = u;
    }
  };
  for (const OcrConfusion& c : kOcrConfusions) {
    add(c.seen, c.meant, c.strong);
    if (both_ways) add(c.meant, c.seen, c.strong);
  }
}

}  // namespace akn
