// MediaModule (media.hpp): the PDF and image module, opened with dlopen.
#include <dlfcn.h>

#include <cstring>
#include <utility>

#include "ingest/media.hpp"

namespace akn::detail {

namespace {
std::string last_dl_error() {
  const char* e = dlerror();
  return e ? e : "no reason given";
}
}  // namespace

MediaModule::MediaModule(std::string file) : file_(std::move(file)) {
  handle_ = dlopen(file_.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!handle_) throw ModuleError(file_, last_dl_error());
  using Entry = const MediaApi* (*)();
  // POSIX's way from a symbol's address to a function pointer.
  void* symbol = dlsym(handle_, kMediaEntry);
  Entry entry = nullptr;
  static_assert(sizeof entry == sizeof symbol);
  std::memcpy(&entry, &symbol, sizeof entry);
  const MediaApi* api = entry ? entry() : nullptr;
  std::string reason = !entry ? std::string("no ") + kMediaEntry + " in it"
                       : !api || !(api->abi == MediaAbi{}) ? "built from other sources than this program"
                                                           : "";
  if (!reason.empty()) {
    dlclose(handle_);
    throw ModuleError(file_, reason);
  }
  api_ = api;
}

MediaModule::~MediaModule() { dlclose(handle_); }

}  // namespace akn::detail
