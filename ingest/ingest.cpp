// ingest(): recognises the kind of an input and hands it to its reader.
#include "core/error.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"
#include "ingest/ingest.hpp"
#include "ingest/ingest_detail.hpp"
#include "ingest/ocr.hpp"

namespace akn {

InputKind detect_kind(std::string_view name, std::string_view bytes) {
  std::string lower = to_lower_ascii(name);
  auto ends_with = [&](std::string_view suffix) {
    return lower.size() >= suffix.size() && lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (detail::looks_like_pdf(bytes) || ends_with(".pdf")) return InputKind::pdf;
  if (detail::looks_like_image(bytes)) return InputKind::image;
  for (const char* ext : {".png", ".jpg", ".jpeg", ".tif", ".tiff"})
    if (ends_with(ext)) return InputKind::image;
  if (ends_with(".md") || ends_with(".markdown")) return InputKind::markdown;
  if (!(ends_with(".txt") || ends_with(".text"))) return InputKind::unsupported;
  // A .txt written by a Markdown converter: count distinct kinds of syntax.
  static const Regex kHeading("(?m)^#{1,6} \\S");
  static const Regex kStrong("\\*\\*[^*\\n]+\\*\\*");
  static const Regex kEmphasis("(?<![*\\w])\\*[^*\\s][^*\\n]*\\*(?![*\\w])");
  static const Regex kSup("<sup>[^<\\n]{1,8}</sup>");
  static const Regex kRule("(?m)^(?:---+|\\*\\*\\*+)\\s*$");
  const std::string_view head = bytes.substr(0, 1u << 16);
  int kinds = 0;
  for (const Regex* re : {&kHeading, &kStrong, &kEmphasis, &kSup, &kRule})
    if (is_valid_utf8(head) && re->search(head)) ++kinds;
  return kinds >= 2 ? InputKind::markdown : InputKind::text;
}

std::optional<OcrMode> parse_ocr_mode(std::string_view name) {
  if (name == "auto") return OcrMode::automatic;
  if (name == "always") return OcrMode::always;
  if (name == "never") return OcrMode::never;
  return std::nullopt;
}

std::string ocr_mode_name(OcrMode mode) {
  switch (mode) {
    case OcrMode::automatic: return "auto";
    case OcrMode::always: return "always";
    case OcrMode::never: return "never";
  }
  return "auto";
}

Document ingest(std::string_view name, std::string_view bytes, const IngestOptions& options) {
  switch (const InputKind kind = detect_kind(name, bytes)) {
    case InputKind::pdf:
      return detail::ingest_pdf(name, bytes, options);
    case InputKind::image:
      return detail::ingest_image(name, bytes, options);
    case InputKind::text:
    case InputKind::markdown:
      return detail::ingest_text(name, bytes, kind, options);
    case InputKind::unsupported:
      break;
  }
  throw DocumentError(std::string(name), "unsupported file kind (expected .pdf, .png, .jpg, .tif, .txt, .text, .md or .markdown)");
}

}  // namespace akn
