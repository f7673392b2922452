// The PDF and image readers of akn-ingest (media.hpp): the module, loaded
// by the first document that needs it, found through the program's RUNPATH.
#include "ingest/media.hpp"

namespace akn::detail {

const MediaApi& media() {
  // Thread-safe; a load that throws is tried again by the next call.
  static const MediaModule module(AKN_MEDIA_MODULE);
  return module.api();
}

}  // namespace akn::detail
