// The PDF and image readers linked into the program (media.hpp): the
// tests, benchmarks and fuzzers, and the module itself, whose one exported
// symbol hands this table to the program that loads it.
#include "ingest/ingest_detail.hpp"
#include "ingest/media.hpp"
#include "ingest/ocr.hpp"

namespace akn::detail {

namespace {
const MediaApi kLinked{MediaAbi{}, &ingest_pdf, &ingest_image, &render_page_images, &tesseract_system_name};
}  // namespace

const MediaApi& media() { return kLinked; }

}  // namespace akn::detail

extern "C" __attribute__((visibility("default"))) const akn::detail::MediaApi* akn_media_api() {
  return &akn::detail::media();
}
