// The batch runner: finds inputs, runs every stage on each document, writes
// outputs atomically and reports. The only component that touches the file
// system besides configuration loading.
//
// One Pipeline per worker: it owns what is expensive to load (dictionary,
// confusion list, schema) and is reused for every document.
#pragma once

#include <chrono>
#include <functional>
#include <iosfwd>
#include <stdexcept>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/document.hpp"
#include "export/export.hpp"
#include "runner/config.hpp"
#include "runner/report.hpp"
#include "structure/resolution.hpp"
#include "verify/conservation.hpp"

namespace akn {

// Everything one document produced, in memory.
struct Conversion {
  Document document;
  Resolution resolution;
  std::string akn;
  std::vector<AknPart> akn_parts;  // what the AKN carries and where it came from (write_layout_json)
  std::string text;
  std::string edits_json;
  std::vector<std::string> validation_errors;  // empty when valid or not validated
  bool validated = false;
  ConservationReport conservation;  // the output against the printed text and the edit log
  Quality quality;
  std::string corpus;  // the corpus record (one JSON line, no newline)
};

class Pipeline {
 public:
  // Throws EnvironmentError when the dictionary or the schema is missing,
  // ConfigError when a confusion file or a pass cannot be used.
  explicit Pipeline(const PipelineConfig& config);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Converts one input held in memory. Throws DocumentError for input that
  // cannot be converted.
  // `on_page(n, of)` is called before each page is read; when the pages
  // of a scan are read on several threads (`page_threads`), from those
  // threads, one call at a time, not in page order. `sha256` is the
  // digest of `bytes` when the caller has it (empty: computed).
  // `page_threads`, when positive, replaces ocr.page_threads.
  [[nodiscard]] Conversion convert(const std::string& name, std::string_view bytes,
                                   const std::function<void(int, int)>& on_page = {},
                                   const std::string& sha256 = {}, int page_threads = 0) const;
  // The stages after ingest, on a document ingested already (convert is
  // ingest then finish): cleanup, structure, export, validation. Lets a
  // caller compare configurations without reading a scan twice.
  [[nodiscard]] Conversion finish(Document document) const;
  // Ingest alone, with this pipeline's options.
  [[nodiscard]] Document read(const std::string& name, std::string_view bytes,
                              const std::function<void(int, int)>& on_page = {},
                              const std::string& sha256 = {}, int page_threads = 0) const;
  [[nodiscard]] const PipelineConfig& config() const { return config_; }

 private:
  PipelineConfig config_;
  std::unique_ptr<Cleaner> cleaner_;
  std::unique_ptr<SchemaValidator> validator_;
};

enum class LogFormat { automatic, bar, text, json };
std::optional<LogFormat> parse_log_format(const std::string& name);

struct RunOptions {
  std::vector<std::string> inputs;
  std::string out_dir = "out";
  std::string state_path;   // "" : OUT/.akn-state.sqlite (per shard: .akn-state.shard-K-of-N.sqlite)
  bool force = false;       // convert everything again, whatever the state says
  bool prune = false;       // delete the outputs of inputs that are gone (their input was under an INPUT of this run)
  unsigned shard = 0, shards = 1;
  LogFormat log_format = LogFormat::automatic;
  bool quiet = false;       // only failures and the summary
  std::vector<std::string> notices;  // said once at the start of the run's log (check_environment)
  // The process ends after this run (the command line): the pipeline (the
  // parsed schema, the dictionaries) is left to the operating system
  // instead of freed piece by piece, a twentieth of a one-PDF run. It
  // stays reachable (a leak checker does not report it). Outputs, state
  // and report are written and synced as ever.
  bool process_exits_after = false;
};

// The run could not go on (the output directory cannot be written, another
// run holds it, the state database is unusable): exit status 3.
class RunError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Converts every input with worker processes and writes OUT/report.json
// (report.shard-K-of-N.json for a shard). Progress goes to `log` in the
// chosen format. The pipeline (dictionary, schema) is loaded only when some
// input needs converting. Never throws for a document's problem; throws
// RunError, or ConfigError when the pipeline cannot be loaded.
RunReport run_batch(const PipelineConfig& config, const RunOptions& options, std::ostream& log);

// Combines shard reports and corpora (report.shard-K-of-N.json and
// corpus.shard-K-of-N.jsonl found in `dirs`) into OUT/report.json and
// OUT/corpus.jsonl, de-duplicating the corpus by content. Returns the exit
// status: 0, 1 when a document failed or a shard is missing, 3 on I/O errors.
int merge_shards(const std::vector<std::string>& dirs, const std::string& out_dir, std::ostream& log);

struct WriteOptions {
  std::string tmp_dir;   // where the temporary file is made ("": beside the target)
  bool durable = false;  // fsync the file before the rename
};
// Writes `bytes` to `path` through a temporary file and a rename, so `path`
// is either absent, the old file or the new one. A regular file at `path`
// that holds exactly `bytes` already is left in place, with its time: a
// conversion done again (--force, a new configuration or version) rewrites
// only the outputs whose content changed.
void write_file_atomically(const std::string& path, std::string_view bytes, const WriteOptions& how = {});

}  // namespace akn
