#include "core/dates.hpp"

#include <array>
#include <cstdio>

#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int days_in(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[static_cast<std::size_t>(m - 1)];
}
}  // namespace

const char* const kDatePattern =
    "(?:[0-3]?[0-9])\\s+(?:January|February|March|April|May|June|July|August|September|"
    "October|November|December)\\s*(?:1[89][0-9]{2}|20[0-9]{2})";

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

int month_number(std::string_view name) {
  const std::string lower = to_lower_ascii(name);
  for (std::size_t i = 0; i < kMonths.size(); ++i)
    if (lower == kMonths[i]) return static_cast<int>(i) + 1;
  return 0;
}

std::optional<Date> parse_date(std::string_view text) {
  // The year may be set against the month: some PDFs print "4 December2024".
  static const Regex kRe("^\\s*([0-3]?[0-9])\\s+([A-Za-z]+?)\\s*([0-9]{4})\\s*$");
  auto m = kRe.search(text);
  if (!m) return std::nullopt;
  Date d;
  d.day = std::stoi(std::string(m->str(text, 1)));
  d.month = month_number(m->str(text, 2));
  d.year = std::stoi(std::string(m->str(text, 3)));
  if (d.month == 0 || d.day < 1 || d.day > days_in(d.year, d.month)) return std::nullopt;
  d.printed = collapse_spaces(text);
  return d;
}

const char* const kTimePattern =
    "(?:(?:1[0-2]|0?[0-9])(?:[.:][0-5][0-9])?\\s*[ap]\\.\\s?m\\.|12\\s+noon|noon|12\\s+midnight|midnight)";

std::string ClockTime::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d:00", hour, minute);
  return buf;
}

std::optional<ClockTime> parse_time(std::string_view text) {
  static const Regex kClock("^\\s*(1[0-2]|0?[0-9])(?:[.:]([0-5][0-9]))?\\s*([ap])\\.\\s?m\\.\\s*$");
  static const Regex kNoon("^\\s*(?:12\\s+)?(noon|midnight)\\s*$");
  ClockTime t;
  if (auto m = kClock.search(text)) {
    const int h = std::stoi(std::string(m->str(text, 1)));
    t.minute = m->has(2) ? std::stoi(std::string(m->str(text, 2))) : 0;
    const bool pm = m->str(text, 3) == "p";
    // 12 a.m. is midnight, 12 p.m. is noon.
    t.hour = (h % 12) + (pm ? 12 : 0);
  } else if (auto n = kNoon.search(text)) {
    t.hour = n->str(text, 1) == "noon" ? 12 : 0;
  } else {
    return std::nullopt;
  }
  t.printed = collapse_spaces(text);
  return t;
}

std::optional<int> parse_ordinal_words(std::string_view words) {
  static constexpr std::array<std::string_view, 20> kUnitsOrd = {
      "",        "first",    "second",     "third",      "fourth",     "fifth",      "sixth",
      "seventh", "eighth",   "ninth",      "tenth",      "eleventh",   "twelfth",    "thirteenth",
      "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
  static constexpr std::array<std::string_view, 10> kTensOrd = {
      "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
      "eightieth", "ninetieth"};
  static constexpr std::array<std::string_view, 10> kTens = {
      "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  const std::string w = to_lower_ascii(trim(words));
  for (std::size_t i = 1; i < kUnitsOrd.size(); ++i)
    if (w == kUnitsOrd[i]) return static_cast<int>(i);
  for (std::size_t t = 2; t < kTens.size(); ++t) {
    if (w == kTensOrd[t]) return static_cast<int>(t * 10);
    const std::string prefix = std::string(kTens[t]) + "-";
    if (w.rfind(prefix, 0) == 0) {
      const std::string rest = w.substr(prefix.size());
      for (std::size_t u = 1; u < 10; ++u)
        if (rest == kUnitsOrd[u]) return static_cast<int>(t * 10 + u);
    }
  }
  return std::nullopt;
}

}  // namespace akn
