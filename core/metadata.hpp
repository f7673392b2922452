// Values about a document recovered on the way: from tool markers (ODS), the
// masthead, the preface lines and the conclusions. Each is optional: a value
// the document does not state stays empty and is never invented.
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
  std::optional<std::string> organization;    // "United Nations"
  std::optional<std::string> body;            // "General Assembly"
  std::optional<std::string> distribution;    // "General", "Limited", ...
  std::optional<Date> issue_date;             // masthead date
  std::optional<std::string> session;         // "Fifty-seventh session"
  std::optional<int> session_number;          // 57
  std::optional<std::string> committee;       // "Third Committee": the Main Committee a draft is before
  std::optional<std::string> agenda_item;     // "Agenda item 109 (b)"
  std::optional<std::string> agenda_title;    // the title of the agenda item printed under it
  std::optional<std::string> language;        // ISO 639-2/B, "eng"
  std::vector<std::string> other_symbols;     // further symbols of the same text
  std::optional<std::string> symbol_note;     // a note mark printed on the symbol ("S/2012/197***": a reissue note)
  // How the symbol was derived when the document does not print it ("the
  // number 58/170 of a General Assembly resolution"); empty when printed.
  std::optional<std::string> symbol_derivation;
  std::vector<std::pair<std::string, std::string>> other_markers;  // unknown ODS markers
};

}  // namespace akn
