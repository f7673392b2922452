#include "cleanup/typing_errors.hpp"

#include <array>
#include <cstdlib>

#include "core/text.hpp"

namespace akn {

namespace {
// The letter rows of each keyboard. Each row sits half a key further right
// than the one above, so the key at (r, c) touches (r-1, c), (r-1, c+1),
// (r+1, c-1) and (r+1, c) besides its row neighbours.
using Rows = std::array<std::string_view, 3>;
constexpr Rows kQwerty = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
constexpr Rows kAzerty = {"azertyuiop", "qsdfghjklm", "wxcvbn"};

// What is known of typing in a language: its keyboard, and the letters that,
// added at the end, make another form of the same word (English
// "renewable"/"renewables", "disaggregate"/"disaggregated",
// "States"/"States'"; French plurals in s and x, feminines in e:
// "social"/"sociale"; Spanish plurals in s).
struct Typing {
  std::string_view language;
  const Rows* rows;
  std::string_view endings;
};
constexpr Typing kTyping[] = {
    {"en", &kQwerty, "sd'"},
    {"es", &kQwerty, "s"},
    {"fr", &kAzerty, "sxe"},
};
const Typing* typing_of(std::string_view language) {
  for (const Typing& t : kTyping)
    if (t.language == language) return &t;
  return nullptr;
}

struct Key {
  int row = -1, col = -1;
};
Key key_of(char c, const Rows& rows) {
  if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (std::size_t r = 0; r < rows.size(); ++r)
    if (const auto at = rows[r].find(c); at != std::string_view::npos) return {static_cast<int>(r), static_cast<int>(at)};
  return {};
}

bool word_chars(std::string_view w) {
  for (char c : w)
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c == '-')) return false;
  return !w.empty();
}

std::string letter(char c) { return std::string(1, c); }

// `longer` is `shorter` with one character more: the slips that explain
// the extra one (at any place where taking it out gives `shorter`).
std::optional<std::string> extra_key(std::string_view longer, std::string_view shorter, const Typing& typing) {
  for (std::size_t i = 0; i < longer.size(); ++i) {
    if (longer.substr(0, i) != shorter.substr(0, i) || longer.substr(i + 1) != shorter.substr(i)) continue;
    const char x = longer[i];
    if (i + 1 == longer.size() && typing.endings.find(x) != std::string_view::npos) return std::nullopt;
    const char before = i > 0 ? longer[i - 1] : 0, after = i + 1 < longer.size() ? longer[i + 1] : 0;
    if (x == before || x == after) return letter(x) + " typed twice";
    if ((before && neighbouring_keys(x, before, typing.language)) ||
        (after && neighbouring_keys(x, after, typing.language)))
      return letter(x) + ", a neighbouring key, typed as well";
  }
  return std::nullopt;
}
}  // namespace

bool neighbouring_keys(char a, char b, std::string_view language) {
  const Typing* typing = typing_of(language);
  if (!typing) return false;
  const Key x = key_of(a, *typing->rows), y = key_of(b, *typing->rows);
  if (x.row < 0 || y.row < 0) return false;
  if (x.row == y.row) return std::abs(x.col - y.col) == 1;
  if (x.row + 1 == y.row) return y.col == x.col || y.col == x.col - 1;
  if (y.row + 1 == x.row) return x.col == y.col || x.col == y.col - 1;
  return false;
}

std::optional<std::string> typing_slip(std::string_view printed, std::string_view meant, std::string_view language) {
  const Typing* typing = typing_of(language);
  if (!typing || !word_chars(printed) || !word_chars(meant) || to_lower_ascii(printed) == to_lower_ascii(meant)) return std::nullopt;
  if (printed.size() == meant.size()) {
    std::size_t i = 0;
    while (printed[i] == meant[i]) ++i;  // they differ somewhere
    const char p = printed[i], m = meant[i];
    if (i + 1 < printed.size() && printed[i + 1] == m && meant[i + 1] == p && printed.substr(i + 2) == meant.substr(i + 2))
      return letter(m) + " and " + letter(p) + " swapped";
    if (printed.substr(i + 1) != meant.substr(i + 1)) return std::nullopt;
    const bool spelling = (p == 's' && m == 'z') || (p == 'z' && m == 's');
    if (!spelling && neighbouring_keys(p, m, language)) return letter(p) + ", a neighbouring key, typed for " + letter(m);
    return std::nullopt;
  }
  if (printed.size() == meant.size() + 1) return extra_key(printed, meant, *typing);
  if (printed.size() + 1 == meant.size()) {
    // A letter left out: the one `meant` has more (not an ending).
    for (std::size_t i = 0; i < meant.size(); ++i)
      if (meant.substr(0, i) == printed.substr(0, i) && meant.substr(i + 1) == printed.substr(i)) {
        if (i + 1 == meant.size() && typing->endings.find(meant[i]) != std::string_view::npos) return std::nullopt;
        return letter(meant[i]) + " left out";
      }
  }
  return std::nullopt;
}

}  // namespace akn
