// The readers behind ingest(), one per input kind (internal to ingest/).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "core/document.hpp"
#include "ingest/ingest.hpp"
#include "ingest/ocr.hpp"

namespace akn::detail {

Document ingest_text(std::string_view name, std::string_view bytes, InputKind kind, const IngestOptions& options);
Document ingest_pdf(std::string_view name, std::string_view bytes, const IngestOptions& options);
bool looks_like_pdf(std::string_view bytes);

// A text dump's right-to-left stretches, which pdftotext writes between
// bidi embedding controls, in reading order (ingest/dump_bidi.cpp); a
// warning for each stretch kept as written.
void read_dump_right_to_left_lines(Document& doc);

// The pages of a text dump set in two columns side by side (pdftotext
// -layout), read column by column where the gutter is clear and both sides
// read as prose (ingest/dump_columns.cpp); an edit for each stretch read, a
// warning for each left as given.
void read_dump_columns(Document& doc);

// A table's rows in a text dump (cells apart by spaces, aligned at the same
// columns line after line) kept a line each: a hard break after each, and
// a warning (ingest/dump_tables.cpp).
void keep_dump_table_rows(Document& doc);

// The source's SHA-256 (hex): IngestOptions::sha256 when the caller gave
// it, computed from `bytes` otherwise.
std::string source_sha256(std::string_view bytes, const IngestOptions& options);

// Renders each page of a PDF in grey, at the resolution `dpi_for(page
// width, page height)` (points) returns, and hands it to `each` (1-based
// page number). Throws DocumentError when the PDF cannot be opened.
void render_pdf_pages(std::string_view name, std::string_view bytes, std::size_t max_pages,
                      const std::function<double(double, double, int)>& dpi_for,
                      const std::function<void(int, const GreyImage&)>& each);

// render_pages (ingest.hpp) of a PDF or image, read by Poppler and
// Leptonica: the module's side of it (media.hpp).
void render_page_images(std::string_view name, std::string_view bytes, const RenderOptions& options,
                        const std::function<void(PageImage)>& each);

// A character of a real text in any script: a letter, a digit (Western or
// Arabic-Indic), a combining mark (Arabic vowel signs, decomposed accents)
// or text punctuation; the others are a reading's odd characters.
bool is_text_character(char32_t cp);

}  // namespace akn::detail
