// Values about a document recovered on the way: from tool markers (ODS), the
// masthead, the preface lines and the conclusions. Each is optional: a value
// the document does not state stays empty and is never invented.
//
// A meeting record's masthead names the meeting rather than a date of
// issue: its number, the day and hour it was held and the place
// (meeting_*), and the record's status ("Provisional"). Its date is not
// copied into issue_date: the record states when the meeting was held,
// not when the record was issued.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/dates.hpp"

namespace akn {

struct Metadata {
  std::optional<std::string> symbol;          // "A/RES/57/224"
  std::optional<std::string> ods_job_number;  // "N0255394E"
  std::optional<std::string> job_number;      // printed footer form "02-55394"
  // The organization, the organ(s) and the distribution are kept twice: in
  // English, normalised, where they serve as identifiers (the organ names
  // the actor of the IRIs, the report's values), and as the page prints
  // them ("Nations Unies", "Assemblée générale", "Distr. générale"), which
  // the cover page shows. A printed form is empty when the page does not
  // print the value on one line (1990s "Distr." over "GENERAL").
  std::optional<std::string> organization;    // "United Nations"
  std::optional<std::string> organization_printed;  // "Nations Unies", "الأمــم المتحـدة"
  std::optional<std::string> body;            // "General Assembly"
  std::optional<std::string> body_printed;    // "Assemblée générale"
  std::vector<std::string> other_bodies;      // a joint document's further organs: "Security Council" beside "General Assembly"
  std::vector<std::string> other_bodies_printed;  // as printed, one for each of other_bodies
  std::optional<std::string> distribution;    // "General", "Limited", ...
  std::optional<std::string> distribution_printed;  // "Distr.: General", "Distr. générale"
  std::optional<Date> issue_date;             // masthead date
  std::optional<std::string> session;         // "Fifty-seventh session"
  std::optional<int> session_number;          // 57
  std::optional<std::string> year;            // "Fifty-seventh year": the Security Council's year of work, as printed
  std::optional<int> year_number;             // 57
  std::optional<std::string> committee;       // "Third Committee": the Main Committee a draft is before
  std::optional<std::string> agenda_item;     // "Agenda item 109 (b)"
  // The title of each agenda item printed under the agenda line, in the
  // order the items are numbered; one title, all the lines joined, when the
  // masthead lists several items whose titles could not be told apart.
  std::vector<std::string> agenda_titles;
  std::optional<std::string> agenda_item_note;  // a note mark printed on the agenda item ("Item 38 of the preliminary list*")
  std::optional<std::string> status;          // a record's status printed in its masthead: "Provisional"
  std::optional<std::string> meeting;         // "4507th meeting", as printed
  std::optional<int> meeting_number;          // 4507
  std::optional<Date> meeting_date;           // the day the meeting was held ("Thursday, 4 April 2002")
  std::optional<ClockTime> meeting_time;      // the hour it was called ("11.50 a.m.")
  std::optional<std::string> meeting_place;   // "New York"
  std::optional<std::string> language;        // BCP 47, "en" (core/language.hpp)
  std::vector<std::string> original_languages;  // BCP 47 tags of "Original: English" (a text may have several)
  std::vector<std::string> other_symbols;     // further symbols of the same text
  std::optional<std::string> symbol_note;     // a note mark printed on the symbol ("S/2012/197***": a reissue note)
  // How the symbol was derived when the document does not print it ("the
  // number 58/170 of a General Assembly resolution"); empty when printed.
  std::optional<std::string> symbol_derivation;
  std::vector<std::pair<std::string, std::string>> other_markers;  // unknown ODS markers
};

}  // namespace akn
