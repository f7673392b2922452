// Fuzz targets: each parser of untrusted input, driven with arbitrary bytes.
// A target returns normally for any input (a DocumentError is an expected
// answer to bad input); it aborts when an invariant breaks: an AKN output
// that is not schema-valid, clean text that is not UTF-8. libFuzzer drives
// them (fuzz/fuzz_main.cpp, built with -DAKN_FUZZ=ON and clang); the test
// suite replays every input saved in tests/data/fuzz/<target>/ through the
// same functions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace akn::fuzz {

// Text and Markdown ingestion, every cleanup pass, structure, and every
// writer with schema validation. The first byte picks .txt or .md.
void text_pipeline(std::string_view bytes);
// PDF ingestion (Poppler; OCR off), then the rest of the pipeline.
void pdf_pipeline(std::string_view bytes);
// Image ingestion (Leptonica decoding, preprocessing, Tesseract) of small images.
void image_pipeline(std::string_view bytes);
// Page images for the review (render_pages: Poppler rendering, Leptonica
// decoding, turning, scaling, JPEG) of a PDF (first byte even) or an image;
// every page it hands back must be a non-empty JPEG of the width asked for.
void page_images(std::string_view bytes);
// The AKN, text and corpus writers on a Resolution whose fields are cut from
// the bytes; the AKN must be schema-valid.
void akn_writer(std::string_view bytes);
// A stored report entry (the state database's text, read back by every
// rerun): our JSON reader must report nlohmann's events and verdict, and an
// entry document_from_json accepts (it throws only ReportError) must give
// the same report.json whether its stored text is copied or its fields are
// written again.
void report_entry(std::string_view bytes);

// The SAX events a JSON reader reports for `text`, one per line, or
// "refused" when it refuses the text: ours (runner/json_events) or
// nlohmann's own sax_parse.
std::string json_events(std::string_view text, bool ours);

struct Target {
  const char* name;
  void (*run)(std::string_view);
};
const std::vector<Target>& targets();

}  // namespace akn::fuzz
