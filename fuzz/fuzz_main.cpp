// libFuzzer entry: one binary per target, chosen at compile time
// (AKN_FUZZ_TARGET names a function of fuzz/targets.hpp).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  akn::fuzz::AKN_FUZZ_TARGET(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
