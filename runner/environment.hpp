// What a run needs from the machine, checked before any document is touched:
// the Akoma Ntoso schema, Tesseract's data for the OCR languages, the
// dictionaries. A missing piece is a fault of the machine, not of the
// documents: the run does not start (exit 3) and says what to install,
// instead of failing every document as it meets it.
#pragma once

#include <string>
#include <vector>

#include "runner/config.hpp"

namespace akn {

// Where the official schema is published (OASIS LegalDocML, Akoma Ntoso 3.0).
inline constexpr const char* kSchemaUrl = "https://docs.oasis-open.org/legaldocml/akn-core/v1.0/os/part2-specs/schemas/";

// Where the schema is looked for, in order: the configured export.schema_dir,
// $AKN_SCHEMA_DIR, /usr/local/share/akn-ingest/schema, /usr/share/xml/akomantoso.
std::vector<std::string> schema_search_path(const std::string& configured);
// The first of schema_search_path() that holds akomantoso30.xsd; "" when none.
std::string find_schema_dir(const std::string& configured);

// Fits `config` to the machine and checks what the run needs. With
// validation on, schema_dir becomes the first directory found holding the
// schema; when none does, validation is turned off (schemaValid null in
// report.json) and the returned notices say where it was looked for and
// where to get it, unless `require_schema` (an explicit --validate), which
// makes it missing. The OCR languages are checked unless ocr.mode is never,
// and the dictionaries when dictionary_dir is set. Throws EnvironmentError
// naming everything missing and the Debian packages that install it.
std::vector<std::string> check_environment(PipelineConfig& config, bool require_schema);

}  // namespace akn
