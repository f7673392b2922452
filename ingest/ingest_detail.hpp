// The readers behind ingest(), one per input kind (internal to ingest/).
#pragma once

#include <string_view>

#include "core/document.hpp"
#include "ingest/ingest.hpp"

namespace akn::detail {

Document ingest_text(std::string_view name, std::string_view bytes, InputKind kind, const IngestOptions& options);
Document ingest_pdf(std::string_view name, std::string_view bytes, const IngestOptions& options);
bool looks_like_pdf(std::string_view bytes);

}  // namespace akn::detail
