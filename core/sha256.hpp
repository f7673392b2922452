// SHA-256 of a byte string, as lowercase hex. Used for content identity
// (incremental state, duplicate detection, stable ids).
#pragma once

#include <string>
#include <string_view>

namespace akn {

std::string sha256_hex(std::string_view bytes);

}  // namespace akn
