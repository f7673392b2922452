// The PDF and image readers (Poppler, Tesseract, Leptonica) behind ingest()
// and render_pages(), as one table of functions (internal to ingest/).
//
// Those libraries and what they need are some 60 of the program's shared
// libraries: loading and relocating them was 15% of an unchanged rerun,
// which converts nothing. So akn-ingest does not link them: the readers are
// a module (libakn-ingest-media.so, beside the program in the build tree,
// in <libdir>/akn-ingest when installed) that
// media_loaded.cpp loads when the first PDF or image is read. The tests,
// benchmarks and fuzzers link the readers in instead (media_linked.cpp).
// Whichever of the two files a program links defines media().
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "core/error.hpp"
#include "ingest/ingest.hpp"

namespace akn::detail {

// What a program and a module must agree on to call each other: the
// table's version, and the sizes of what crosses (a module built from
// other sources is refused, not called).
struct MediaAbi {
  int version = 1;
  std::size_t document = sizeof(Document), ingest_options = sizeof(IngestOptions),
              render_options = sizeof(RenderOptions), page_image = sizeof(PageImage);
  bool operator==(const MediaAbi&) const = default;
};

struct MediaApi {
  MediaAbi abi;
  Document (*ingest_pdf)(std::string_view name, std::string_view bytes, const IngestOptions& options);
  Document (*ingest_image)(std::string_view name, std::string_view bytes, const IngestOptions& options);
  void (*render_pages)(std::string_view name, std::string_view bytes, const RenderOptions& options,
                       const std::function<void(PageImage)>& each);
  std::string (*ocr_system_name)();
};

// The readers in use: those linked in (media_linked.cpp), or those of the
// module, loaded on the first call (media_loaded.cpp). Throws ModuleError
// when the module cannot be loaded; a later call tries again.
const MediaApi& media();

// The module's one exported symbol: extern "C" const MediaApi* akn_media_api().
inline constexpr const char* kMediaEntry = "akn_media_api";

// The module cannot be loaded (missing, unreadable, a library it needs is
// missing, or built from other sources). A fault of the installation, not
// of a document: the document fails with this reason and is retried by the
// next run; text inputs are converted as ever.
class ModuleError : public EnvironmentError {
 public:
  ModuleError(std::string module, const std::string& reason)
      : EnvironmentError("the PDF and image module " + module + " cannot be loaded (" + reason +
                         "): PDFs and images cannot be read until it can"),
        module_(std::move(module)) {}
  [[nodiscard]] const std::string& module() const { return module_; }

 private:
  std::string module_;
};

// A loaded module (RAII: dlopen, dlclose). Opened RTLD_NODELETE: the
// readers' threads (OpenMP) and thread-local engines may outlive the
// handle, so the code stays mapped until the process ends.
class MediaModule {
 public:
  // `file` as dlopen takes it (a path, or a name dlopen looks for).
  // Throws ModuleError.
  explicit MediaModule(std::string file);
  ~MediaModule();
  MediaModule(const MediaModule&) = delete;
  MediaModule& operator=(const MediaModule&) = delete;

  [[nodiscard]] const MediaApi& api() const { return *api_; }

 private:
  std::string file_;
  void* handle_ = nullptr;
  const MediaApi* api_ = nullptr;
};

}  // namespace akn::detail
