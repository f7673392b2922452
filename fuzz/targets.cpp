#include "fuzz/targets.hpp"

#include <cstdlib>
#include <cstdio>

#include "core/error.hpp"
#include "core/text.hpp"
#include "export/export.hpp"
#include "ingest/ingest.hpp"
#include "runner/config.hpp"
#include "runner/json_events.hpp"
#include "runner/report.hpp"
#include "runner/runner.hpp"

namespace akn::fuzz {

namespace {

[[noreturn]] void broken(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz invariant broken: %s: %.4000s\n", what, detail.c_str());
  std::abort();
}

PipelineConfig base_config() {
  PipelineConfig c = default_config(AKN_SOURCE_DIR);
  c.schema_dir = std::string(AKN_SHARED_DIR) + "/akn";
  c.ingest.max_text_bytes = 1 << 20;
  c.ingest.max_pdf_bytes = 4 << 20;
  c.ingest.max_pages = 50;
  c.ingest.ocr.max_pixels = 4'000'000;
  return c;
}

const Pipeline& pipeline(OcrMode mode) {
  static const Pipeline off([] {
    PipelineConfig c = base_config();
    c.ingest.ocr.mode = OcrMode::never;
    return c;
  }());
  static const Pipeline on([] {
    PipelineConfig c = base_config();
    c.ingest.ocr.mode = OcrMode::automatic;
    return c;
  }());
  return mode == OcrMode::never ? off : on;
}

void check(const Conversion& c) {
  if (!c.validation_errors.empty()) broken("AKN output not schema-valid", c.validation_errors.front() + "\n" + c.akn);
  if (!is_valid_utf8(c.text)) broken("clean text not UTF-8", c.text);
  if (!is_valid_utf8(c.corpus)) broken("corpus record not UTF-8", c.corpus);
}

void convert(const Pipeline& p, const std::string& name, std::string_view bytes) {
  try {
    check(p.convert(name, bytes));
  } catch (const DocumentError&) {
    // The expected answer to bad input.
  }
}

RichText rich(std::string_view s) { return RichText{std::string(s), {}}; }

using Json = nlohmann::ordered_json;

// Every SAX event, as text, and whether the text was refused.
class Recorder : public nlohmann::json_sax<Json> {
 public:
  std::string events;
  bool refused = false;
  bool null() override { return add("null"); }
  bool boolean(bool v) override { return add(v ? "true" : "false"); }
  bool number_integer(number_integer_t v) override { return add("i" + std::to_string(v)); }
  bool number_unsigned(number_unsigned_t v) override { return add("u" + std::to_string(v)); }
  bool number_float(number_float_t v, const string_t& s) override { return add("f" + Json(v).dump() + "/" + s); }
  bool string(string_t& v) override { return add("s" + v); }
  bool binary(binary_t&) override { return add("binary"); }
  bool start_object(std::size_t) override { return add("{"); }
  bool end_object() override { return add("}"); }
  bool start_array(std::size_t) override { return add("["); }
  bool end_array() override { return add("]"); }
  bool key(string_t& k) override { return add("k" + k); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    refused = true;
    return false;
  }

 private:
  bool add(const std::string& e) {
    events += e + "\n";
    return true;
  }
};

// report.json of one document read back from `stored`, with the stored
// text copied (first) and with its fields written again (second).
std::pair<std::string, std::string> report_both_ways(const std::string& stored) {
  RunReport r;
  r.version = "1.0";
  r.config_hash = "fuzz";
  // As an unchanged rerun reads it (the members only report.json reads
  // left in the text), and every field read.
  r.documents.push_back(document_from_stored(stored));
  r.documents.back().status = Status::unchanged;
  const std::string copied = report_json(r);
  r.documents.back() = document_from_json(stored);
  r.documents.back().status = Status::unchanged;
  return {copied, report_json(r)};
}

}  // namespace

void text_pipeline(std::string_view bytes) {
  if (bytes.empty()) return;
  const bool markdown = (static_cast<unsigned char>(bytes[0]) & 1) != 0;
  convert(pipeline(OcrMode::never), markdown ? "fuzz.md" : "fuzz.txt", bytes.substr(1));
}

void pdf_pipeline(std::string_view bytes) { convert(pipeline(OcrMode::never), "fuzz.pdf", bytes); }

void image_pipeline(std::string_view bytes) { convert(pipeline(OcrMode::automatic), "fuzz.png", bytes); }

void page_images(std::string_view bytes) {
  if (bytes.empty()) return;
  const bool pdf = (static_cast<unsigned char>(bytes[0]) & 1) == 0;
  RenderOptions options;
  options.width = 120;
  options.max_pages = 20;
  options.max_pixels = 4'000'000;
  // Turns as OCR may have recorded them, taken from the first byte.
  options.turns.push_back(PageTurns{bytes[0] & 3, (bytes[0] & 4) ? 1.5 : 0.0, (bytes[0] >> 3) & 3});
  try {
    render_pages(pdf ? "fuzz.pdf" : "fuzz.png", bytes.substr(1), options, [](PageImage image) {
      if (image.jpeg.empty() || image.jpeg.substr(0, 2) != "\xff\xd8") broken("page image is not a JPEG", std::to_string(image.page));
      if (image.width != 120 || image.height <= 0) broken("page image of the wrong size", std::to_string(image.width));
    });
  } catch (const DocumentError&) {
    // Bad input is an expected answer.
  }
}

void akn_writer(std::string_view bytes) {
  // Fields are cut at NUL bytes, in this order; the rest are paragraphs.
  std::vector<std::string_view> f;
  for (std::size_t at = 0; at <= bytes.size() && f.size() < 64;) {
    const std::size_t end = std::min(bytes.find('\0', at), bytes.size());
    f.push_back(bytes.substr(at, end - at));
    at = end + 1;
  }
  auto field = [&](std::size_t i) { return i < f.size() ? f[i] : std::string_view(); };
  Resolution r;
  r.source.name = "fuzz";
  r.source.sha256 = std::string(64, '0');
  if (!field(0).empty()) r.meta.symbol = std::string(field(0));
  r.body = std::string(field(1));
  r.actor = "un";
  if (!field(2).empty()) r.number = std::string(field(2));
  if (!field(3).empty()) r.title = rich(field(3));
  if (!field(4).empty()) r.formula = std::string(field(4));
  if (!field(5).empty()) r.footnotes.push_back(Footnote{std::string(field(5)).substr(0, 4), std::string(field(6)), 1, 0, true});
  for (std::size_t i = 7; i < f.size(); ++i) {
    if (i % 3 == 0) {
      r.preamble.push_back(PreambularParagraph{std::string(field(i)).substr(0, 20), rich(f[i])});
      // Italic lead words and points of a preambular paragraph, at offsets
      // the input decides.
      r.preamble.back().text.italic.push_back(StyledRun{f[i].size() / 3, f[i].size() / 2});
      if (i % 2 == 0) r.preamble.back().points.push_back(Point{"(a)", rich(f[i]), {}});
    } else {
      OperativeParagraph op;
      op.num = std::to_string(i) + ".";
      op.text = rich(f[i]);
      if (!r.footnotes.empty() && !f[i].empty()) op.text.notes.push_back(NoteRef{f[i].size() / 2, 0});
      if (i % 3 == 2) op.points.push_back(Point{"(a)", rich(f[i]), {}});
      if (i % 4 == 1) op.heading = rich(f[i]);
      r.operative.push_back(std::move(op));
    }
  }
  static const SchemaValidator validator(std::string(AKN_SHARED_DIR) + "/akn/akomantoso30.xsd");
  const std::string akn = write_akn(r);
  if (const auto errors = validator.validate(akn); !errors.empty()) broken("AKN output not schema-valid", errors.front() + "\n" + akn);
  const std::string text = write_text(r, TextOptions{});
  if (!is_valid_utf8(text)) broken("clean text not UTF-8", text);
  const std::string record = write_corpus_record(r, text, Quality{});
  if (!is_valid_utf8(record)) broken("corpus record not UTF-8", record);
}

std::string json_events(std::string_view text, bool ours) {
  Recorder r;
  if (ours) {
    read_json_events(text, r);
  } else {
    Json::sax_parse(text, &r);
  }
  return r.refused ? "refused" : r.events;
}

void report_entry(std::string_view bytes) {
  const std::string ours = json_events(bytes, true);
  // nlohmann's lexer takes a NUL byte for the end of the input (its C-string
  // convention), so it accepts a value followed by a NUL and anything else
  // ("400\0F\0d", found by fuzzing). JSON allows only white space after the
  // value, and a stored entry holding a NUL is damaged: our reader refuses
  // every text that holds one.
  const bool has_nul = bytes.find('\0') != std::string_view::npos;
  const std::string theirs = has_nul ? "refused" : json_events(bytes, false);
  if (ours != theirs) broken("JSON reader disagrees with nlohmann's", ours + "\n---\n" + theirs);
  const std::string stored(bytes);
  std::pair<std::string, std::string> both;
  bool as_written = false;
  bool read_for_copying = false;
  try {
    (void)document_from_stored(stored);
    read_for_copying = true;
    both = report_both_ways(stored);
    as_written = document_json(document_from_json(stored)) == stored;
  } catch (const ReportError&) {
    // Not an entry: the batch converts the document again, whichever way it reads it.
    bool read_whole = true;
    try {
      (void)document_from_json(stored);
    } catch (const ReportError&) {
      read_whole = false;
    }
    if (read_whole != read_for_copying) broken("the two readers of a stored entry disagree on whether it is one", stored);
    return;
  }
  Json copied, fields;
  try {
    copied = Json::parse(both.first);
    fields = Json::parse(both.second);
  } catch (const Json::exception&) {
    broken("report.json with a copied entry is not JSON", both.first);
  }
  // An entry as this program writes it is copied to the same report; one
  // another build wrote is copied as stored (it describes the outputs that
  // build made), but for the members every run sets afresh.
  const Json& a = copied["documents"][0];
  const Json& b = fields["documents"][0];
  if (as_written ? copied != fields : (a["input"] != b["input"] || a["status"] != b["status"]))
    broken("copied entry differs from its fields", both.first + "\n=====\n" + both.second);
}

const std::vector<Target>& targets() {
  static const std::vector<Target> all = {{"text_pipeline", text_pipeline},
                                          {"pdf_pipeline", pdf_pipeline},
                                          {"image_pipeline", image_pipeline},
                                          {"page_images", page_images},
                                          {"akn_writer", akn_writer},
                                          {"report_entry", report_entry}};
  return all;
}

}  // namespace akn::fuzz
