// Dates as UN documents print them ("18 December 2002", "26 February  2003").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace akn {

struct Date {
  int year = 0, month = 0, day = 0;
  std::string printed;  // as in the document, white space collapsed

  [[nodiscard]] std::string iso() const;  // "2002-12-18"
  bool operator==(const Date&) const = default;
};

// Parses exactly one date as the UN prints it in any of its six languages
// (see kDatePattern; surrounding white space allowed, Western or
// Arabic-Indic digits). Rejects impossible days.
std::optional<Date> parse_date(std::string_view text);
// Parses one date whose month name OCR misread by at most `max_edits` edits
// (code points; "دسمبر" for "ديسمبر", "Decernber"): the day, the month (an
// Arabic month's Syriac name and slash before it allowed, as parse_date
// allows them) and the year, nothing else on the line. Only month words of
// at least kMisreadMonthMinLetters letters are read so (one edit in "mai"
// makes "mars"). nullopt when parse_date reads it as printed, or when it is
// no such date.
constexpr std::size_t kMisreadMonthMinLetters = 4;
std::optional<Date> parse_date_misread_month(std::string_view text, std::size_t max_edits);

// Month number 1..12 for an English month name, 0 if not one.
int month_number(std::string_view name);
// Month number 1..12 for a month name as a date in any of the six
// languages prints it (French, Spanish, Russian genitive, Arabic), 0 if none.
int month_number_in_any_language(std::string_view name);
// Month number 1..12 for a month word as running text prints it in any of
// the six languages: the names month_number_in_any_language reads, and a
// Russian month in any of its cases ("январь", "в январе", "мае"), read by
// its stem; 0 if none.
int month_number_in_any_case(std::string_view word);
// The month (1..12) whose name, in any of the six languages, is at most
// `max_edits` edits (code points, case ignored) from `word`: a month name
// as OCR may misread it ("Aprii", "avrll"); 0 if none is that close.
int month_number_within_edits(std::string_view word, std::size_t max_edits);

// Regex fragment (PCRE2) that matches a printed date in any of the six
// languages ("18 December 2002", "18 décembre 2002", "18 de diciembre de
// 2002", "18 декабря 2002 года", "18 كانون الأول/ديسمبر 2002", "2002年12月18日");
// one group-free pattern so callers can embed it.
extern const char* const kDatePattern;

// A time of day as UN meeting records print it ("11.50 a.m.", "3 p.m.",
// "10:15 a.m.", "12 noon").
struct ClockTime {
  int hour = 0, minute = 0;  // 24-hour clock
  std::string printed;       // as in the document, white space collapsed

  [[nodiscard]] std::string iso() const;  // "11:50:00"
  bool operator==(const ClockTime&) const = default;
};

// Parses exactly one such time (surrounding white space allowed); rejects
// impossible hours and minutes.
std::optional<ClockTime> parse_time(std::string_view text);

// Regex fragment (PCRE2) that matches a printed time; group-free.
extern const char* const kTimePattern;

// English ordinal word for a session number: 57 -> "fifty-seventh" and back.
std::optional<int> parse_ordinal_words(std::string_view words);
// The English ordinal words of 1..99 ("fifty-seventh"), empty outside.
std::string ordinal_words(int n);

}  // namespace akn
