// What a test asks of the warnings a conversion gave: shared, so that each
// test file does not write its own search of them.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace akn::test {

// How many of `warnings` say `part` somewhere in their message.
inline std::size_t warnings_saying(const std::vector<Diagnostic>& warnings, std::string_view part) {
  return static_cast<std::size_t>(std::count_if(warnings.begin(), warnings.end(), [&](const Diagnostic& d) {
    return d.message.find(part) != std::string::npos;
  }));
}

// Whether a warning of `doc`'s log says `part`.
inline bool has_warning(const Document& doc, std::string_view part) {
  return warnings_saying(doc.log.warnings(), part) > 0;
}

}  // namespace akn::test
