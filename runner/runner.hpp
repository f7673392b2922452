// The batch runner: finds inputs, runs every stage on each document, writes
// outputs atomically and reports. The only component that touches the file
// system besides configuration loading.
//
// One Pipeline per worker: it owns what is expensive to load (dictionary,
// lexicon, schema) and is reused for every document.
#pragma once

#include <chrono>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "export/export.hpp"
#include "runner/config.hpp"
#include "structure/resolution.hpp"

namespace akn {

// Everything one document produced, in memory.
struct Conversion {
  Document document;
  Resolution resolution;
  std::string akn;
  std::string text;
  std::string edits_json;
  std::vector<std::string> validation_errors;  // empty when valid or not validated
  bool validated = false;
};

class Pipeline {
 public:
  // Throws ConfigError when the dictionary, lexicon or schema cannot be loaded.
  explicit Pipeline(const PipelineConfig& config);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Converts one input held in memory. Throws DocumentError for input that
  // cannot be converted.
  [[nodiscard]] Conversion convert(const std::string& name, std::string_view bytes) const;
  // The stages after ingest, on a document ingested already (convert is
  // ingest then finish): cleanup, structure, export, validation. Lets a
  // caller compare configurations without reading a scan twice.
  [[nodiscard]] Conversion finish(Document document) const;
  // Ingest alone, with this pipeline's options.
  [[nodiscard]] Document read(const std::string& name, std::string_view bytes) const;
  [[nodiscard]] const PipelineConfig& config() const { return config_; }

 private:
  PipelineConfig config_;
  std::unique_ptr<Cleaner> cleaner_;
  std::unique_ptr<SchemaValidator> validator_;
};

enum class Status { ok, failed, skipped };

struct DocumentReport {
  std::string input;     // as found (path)
  std::string relative;  // relative to its input root, or the file name
  Status status = Status::ok;
  std::string reason;    // why it failed or was skipped
  std::map<std::string, std::string> outputs;  // "akn" -> path, ...
  std::map<std::string, std::size_t> counts;   // pages, paragraphs, notes, edits, ...
  std::map<std::string, std::size_t> edits_by_kind;
  std::vector<std::string> warnings;
  std::string symbol;
  std::string note;  // e.g. how an output-name collision was resolved
};

struct RunOptions {
  std::vector<std::string> inputs;
  std::string out_dir = "out";
};

struct RunReport {
  std::vector<DocumentReport> documents;
  [[nodiscard]] std::size_t count(Status s) const;
  // 0 when nothing failed, 1 when some input failed.
  [[nodiscard]] int exit_code() const;
};

// Converts every input and writes DIR/report.json. Progress lines go to
// `log`. Never throws for a document's problem; throws std::runtime_error
// when the output directory cannot be written.
RunReport run_batch(const Pipeline& pipeline, const RunOptions& options, std::ostream& log);

// report.json for a run.
std::string report_json(const RunReport& report, const PipelineConfig& config);

// Writes `bytes` to `path` through a temporary file in the same directory
// and a rename, so `path` is either absent, the old file or the new one.
void write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace akn
