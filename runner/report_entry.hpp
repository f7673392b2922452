// A worker's report entry completed by the coordinator as text (report.cpp).
// Apart from report.hpp, which much of the program includes, so that this
// declaration does not rebuild it all.
#pragma once

#include <string>
#include <string_view>

#include "runner/report.hpp"

namespace akn {

// A worker's entry (document_json of its DocumentReport) with the members
// the coordinator sets once the conversion is done, note, seconds,
// converted and runId, written from `d`'s fields, the other members copied
// as they are: what document_json writes of the entry read back with those
// fields set, without reading it into fields and writing them again (the
// coordinator's per-document work on small text dumps). An entry not in
// document_json's form is read and written again. Throws ReportError when
// it is not one JSON object.
std::string entry_with_run_fields(std::string_view entry, const DocumentReport& d);

}  // namespace akn
