#include "core/dates.hpp"

#include <array>
#include <cstdio>
#include <utility>
#include <vector>

#include "core/digits.hpp"
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

// Dates in the six languages, as the UN prints them: "18 December 2002",
// "1er mars 2022", "18 décembre 2002", "18 de diciembre de 2002",
// "18 декабря 2002 года", "18 كانون الأول/ديسمبر 2002" (with Western or
// Arabic-Indic digits), "2002年12月18日".
#define AKN_DAY "(?:[0-3]?[0-9]|[\u0660-\u0663]?[\u0660-\u0669])"
#define AKN_YEAR "(?:1[89][0-9]{2}|20[0-9]{2}|[\u0661\u0662][\u0660-\u0669]{3})"
#define AKN_EN_MONTHS "January|February|March|April|May|June|July|August|September|October|November|December"
#define AKN_FR_MONTHS "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
#define AKN_ES_MONTHS "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
#define AKN_RU_MONTHS "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
#define AKN_AR_MONTHS "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيه|يونيو|يوليه|يوليو|أغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر"
const char* const kDatePattern =
    "(?:" AKN_DAY "\\s+(?:" AKN_EN_MONTHS ")\\s*" AKN_YEAR
    "|" AKN_DAY "(?:er)?\\s+(?:" AKN_FR_MONTHS ")\\s+" AKN_YEAR
    "|" AKN_DAY "\\s+de\\s+(?:" AKN_ES_MONTHS ")\\s+de\\s+" AKN_YEAR
    "|" AKN_DAY "\\s+(?:" AKN_RU_MONTHS ")\\s+" AKN_YEAR "(?:\\s+года|\\s+г\\.)?"
    "|" AKN_DAY "\\s+(?:[\u0621-\u064A]+(?:\\s[\u0621-\u064A]+)?\\s*/\\s*)?(?:" AKN_AR_MONTHS ")\\s+" AKN_YEAR
    "|" AKN_YEAR "\\s*年\\s*[01]?[0-9]\\s*月\\s*[0-3]?[0-9]\\s*日)";

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

namespace {
// Calls visit(name, month) for each month name of the six languages (English,
// French, Spanish, Russian genitive, Arabic, a second spelling after a "+":
// "septiembre+setiembre", "يونيه+يونيو") until it returns true; returns
// that month, 0 if it never does.
template <typename Visit>
int find_month_name(Visit visit) {
  for (std::size_t i = 0; i < kMonths.size(); ++i)
    if (visit(kMonths[i])) return static_cast<int>(i) + 1;
  static constexpr std::array<std::string_view, 4> kLists = {
      AKN_FR_MONTHS, "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre+setiembre|octubre|noviembre|diciembre",
      AKN_RU_MONTHS, "يناير|فبراير|مارس|أبريل+ابريل|مايو|يونيه+يونيو|يوليه+يوليو|أغسطس|سبتمبر|أكتوبر+اكتوبر|نوفمبر|ديسمبر"};
  for (std::string_view list : kLists) {
    int month = 1;
    for (std::size_t from = 0; from <= list.size(); ++month) {
      std::size_t bar = list.find('|', from);
      if (bar == std::string_view::npos) bar = list.size();
      const std::string_view names = list.substr(from, bar - from);
      const std::size_t plus = names.find('+');
      if (visit(names.substr(0, plus)) || (plus != std::string_view::npos && visit(names.substr(plus + 1)))) return month;
      from = bar + 1;
    }
  }
  return 0;
}
}  // namespace

int month_number_in_any_language(std::string_view name) {
  if (const int m = month_number(name)) return m;
  const std::string lower = to_lower(name);
  return find_month_name([&](std::string_view known) { return known == lower; });
}

int month_number_in_any_case(std::string_view word) {
  if (const int m = month_number_in_any_language(word)) return m;
  // Russian months' stems, in month order; May's forms are whole words ("май",
  // "мая", "мае"), its stem "ма" being too short to tell.
  static constexpr std::array<std::string_view, 12> kRussianStems = {
      "январ", "феврал", "март", "апрел", "", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"};
  const std::string lower = to_lower(word);
  if (lower == "май" || lower == "мая" || lower == "мае") return 5;
  for (std::size_t i = 0; i < kRussianStems.size(); ++i)
    if (!kRussianStems[i].empty() && lower.starts_with(kRussianStems[i])) return static_cast<int>(i) + 1;
  return 0;
}

int month_number_within_edits(std::string_view word, std::size_t max_edits) {
  // The month names' code points, in find_month_name's order, made once.
  static const std::vector<std::pair<std::u32string, int>> kNames = [] {
    std::vector<std::pair<std::u32string, int>> out;
    std::vector<std::u32string> names;
    (void)find_month_name([&](std::string_view known) {
      names.push_back(code_points(known));
      return false;  // visit them all
    });
    // Each name's month: find_month_name again, stopping at the n-th name.
    for (std::size_t n = 0; n < names.size(); ++n) {
      std::size_t seen = 0;
      out.emplace_back(names[n], find_month_name([&](std::string_view) { return seen++ == n; }));
    }
    return out;
  }();
  const std::u32string lower = code_points(to_lower(word));
  for (const auto& [known, number] : kNames) {
    // Lengths further apart than max_edits are more edits apart.
    const std::size_t gap = lower.size() > known.size() ? lower.size() - known.size() : known.size() - lower.size();
    if (gap <= max_edits && levenshtein(lower, known) <= max_edits) return number;
  }
  return 0;
}

namespace {
// The value of a run of Western or Arabic-Indic digits.
int digits_value(std::string_view digits) {
  int v = 0;
  for (std::size_t i = 0; i < digits.size();) {
    if (const int d = decimal_digit_value(next_code_point(digits, i)); d >= 0) v = v * 10 + d;
  }
  return v;
}
}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  // Day, month, year in that order; the year may be set against the month:
  // some PDFs print "4 December2024". Other words between them ("de",
  // "года", an Arabic month's Syriac name before its slash) are allowed by
  // kDatePattern, which the whole text must match.
  static const Regex kWhole("^\\s*(?:" + std::string(kDatePattern) + ")\\s*$", "i");
  static const Regex kDayMonthYear(
      "^\\s*(" AKN_DAY ")(?:er)?\\s+(?:de\\s+)?(?:[\u0621-\u064A]+(?:\\s[\u0621-\u064A]+)?\\s*/\\s*)?(\\p{L}+?)\\s*(?:de\\s+)?"
      "(" AKN_YEAR ")");
  static const Regex kChinese("^\\s*(" AKN_YEAR ")\\s*年\\s*([01]?[0-9])\\s*月\\s*([0-3]?[0-9])\\s*日");
  if (!kWhole.search(text)) return std::nullopt;
  Date d;
  if (auto m = kChinese.search(text)) {
    d.year = digits_value(m->str(text, 1));
    d.month = digits_value(m->str(text, 2));
    d.day = digits_value(m->str(text, 3));
  } else if (auto n = kDayMonthYear.search(text)) {
    d.day = digits_value(n->str(text, 1));
    d.month = month_number_in_any_language(n->str(text, 2));
    d.year = digits_value(n->str(text, 3));
  } else {
    return std::nullopt;
  }
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in(d.year, d.month)) return std::nullopt;
  d.printed = collapse_spaces(text);
  return d;
}

std::optional<Date> parse_date_misread_month(std::string_view text, std::size_t max_edits) {
  static const Regex kLine(
      "^\\s*(" AKN_DAY ")(?:er)?\\s+(?:de\\s+)?(?:[\u0621-\u064A]+(?:\\s[\u0621-\u064A]+)?\\s*/\\s*)?(\\p{L}+)\\s+"
      "(?:de\\s+)?(" AKN_YEAR ")(?:\\s+года|\\s+г\\.)?\\s*$");
  if (parse_date(text)) return std::nullopt;
  const auto m = kLine.search(text);
  if (!m || code_points(m->str(text, 2)).size() < kMisreadMonthMinLetters) return std::nullopt;
  Date d;
  d.day = digits_value(m->str(text, 1));
  d.month = month_number_within_edits(m->str(text, 2), max_edits);
  d.year = digits_value(m->str(text, 3));
  if (d.month < 1 || d.day < 1 || d.day > days_in(d.year, d.month)) return std::nullopt;
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

namespace {
constexpr std::array<std::string_view, 20> kUnitsOrd = {
    "",        "first",    "second",     "third",      "fourth",     "fifth",      "sixth",
    "seventh", "eighth",   "ninth",      "tenth",      "eleventh",   "twelfth",    "thirteenth",
    "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
constexpr std::array<std::string_view, 10> kTensOrd = {
    "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
    "eightieth", "ninetieth"};
constexpr std::array<std::string_view, 10> kTens = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
}  // namespace

std::string ordinal_words(int n) {
  if (n < 1 || n > 99) return {};
  const auto u = static_cast<std::size_t>(n);
  if (u < kUnitsOrd.size()) return std::string(kUnitsOrd[u]);
  if (u % 10 == 0) return std::string(kTensOrd[u / 10]);
  return std::string(kTens[u / 10]) + "-" + std::string(kUnitsOrd[u % 10]);
}

std::optional<int> parse_ordinal_words(std::string_view words) {
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
