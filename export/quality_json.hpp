// The quality figures as a JSON object (nlohmann::ordered_json), for the
// writers that embed it in a larger JSON document (the corpus record,
// report.json) without dumping and parsing it again. write_quality_json
// (export.hpp) is its text.
#pragma once

#include <nlohmann/json.hpp>

#include "export/export.hpp"

namespace akn {

// The object write_quality_json dumps: the same keys, order and values.
nlohmann::ordered_json quality_object(const Quality& q);

}  // namespace akn
