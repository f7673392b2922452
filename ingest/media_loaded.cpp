// The PDF and image readers of akn-ingest (media.hpp): the module, loaded
// by the first document that needs it.
#include <filesystem>
#include <system_error>

#include "ingest/media.hpp"

namespace akn::detail {

namespace {
// Where the module is: beside the program (the build tree), else in
// <libdir>/akn-ingest beside its bin/ (installed). Found from the program's
// own path, not by dlopen's search of a RUNPATH: under AddressSanitizer
// dlopen is called from the sanitizer's library, whose RUNPATH is not ours.
std::string module_file() {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path dir = fs::read_symlink("/proc/self/exe", ec).parent_path();
  if (ec) return AKN_MEDIA_MODULE;  // dlopen's own search
  const fs::path beside = dir / AKN_MEDIA_MODULE, installed = dir / AKN_MEDIA_MODULE_INSTALLED / AKN_MEDIA_MODULE;
  return (!fs::exists(beside, ec) && fs::exists(installed, ec) ? installed : beside).string();
}
}  // namespace

const MediaApi& media() {
  // Thread-safe; a load that throws is tried again by the next call.
  static const MediaModule module(module_file());
  return module.api();
}

}  // namespace akn::detail
