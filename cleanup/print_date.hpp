// The print date of a job-number footer: the day the page was printed, as
// six figures DDMMYY ("25-17792 (E) 111125" prints "111125"). Shared by
// remove_page_furniture (a dump's print date on a line of its own, next to
// the job number) and collect_footnotes (a plain dump's notes zone, where
// the date is the page's furniture, not a note). Internal to cleanup/.
#pragma once

#include <string_view>

#include "core/text.hpp"

namespace akn::detail {

// The text, trimmed, is six figures that read as a date: day 1-31, month
// 1-12 (the year is any two figures).
inline bool print_date_figures(std::string_view text) {
  const std::string_view t = trim(text);
  if (t.size() != 6 || t.find_first_not_of("0123456789") != std::string_view::npos) return false;
  const int day = (t[0] - '0') * 10 + (t[1] - '0');
  const int month = (t[2] - '0') * 10 + (t[3] - '0');
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

}  // namespace akn::detail
