// SHA-256 of a byte string, as lowercase hex (OpenSSL's libcrypto). Used for content identity
// (incremental state, duplicate detection, stable ids).
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX

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
  struct ContextFree {
    void operator()(evp_md_ctx_st* ctx) const;
  };
  std::unique_ptr<evp_md_ctx_st, ContextFree> ctx_;
};

}  // namespace akn
