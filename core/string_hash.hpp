// Hashing for unordered maps keyed by std::string that are looked up by
// std::string_view without building a string (C++20 heterogeneous lookup):
//   std::unordered_map<std::string, int, StringHash, std::equal_to<>>
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>

namespace akn {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

}  // namespace akn
