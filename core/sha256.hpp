// SHA-256 of a byte string, as lowercase hex. Used for content identity
// (incremental state, duplicate detection, stable ids).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace akn {

std::string sha256_hex(std::string_view bytes);

// The same, fed in pieces (a file read in chunks).
class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  // The digest as lowercase hex; the object is spent afterwards.
  std::string hex();

 private:
  std::array<std::uint32_t, 8> h_;
  std::array<unsigned char, 64> block_{};
  std::size_t used_ = 0;      // bytes in block_
  std::uint64_t length_ = 0;  // bytes fed in all
};

}  // namespace akn
