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
  // Throws ConfigError when the dictionary, a confusion file or the schema cannot be loaded.
  explicit Pipeline(const PipelineConfig& config);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Converts one input held in memory. Throws DocumentError for input that
  // cannot be converted.
  // `on_page(n, of)` is called before each page is read. `sha256` is the
  // digest of `bytes` when the caller has it (empty: computed).
  [[nodiscard]] Conversion convert(const std::string& name, std::string_view bytes,
                                   const std::function<void(int, int)>& on_page = {},
                                   const std::string& sha256 = {}) const;
  // The stages after ingest, on a document ingested already (convert is
  // ingest then finish): cleanup, structure, export, validation. Lets a
  // caller compare configurations without reading a scan twice.
  [[nodiscard]] Conversion finish(Document document) const;
  // Ingest alone, with this pipeline's options.
  [[nodiscard]] Document read(const std::string& name, std::string_view bytes,
                              const std::function<void(int, int)>& on_page = {},
                              const std::string& sha256 = {}) const;
  [[nodiscard]] const PipelineConfig& config() const { return config_; }

 private:
  PipelineConfig config_;
  std::unique_ptr<Cleaner> cleaner_;
  std::unique_ptr<SchemaValidator> validator_;
};

// What became of an input in a run.
//   ok         converted in this run
//   unchanged  converted before from the same content, configuration and
//              program version; its outputs are in place, nothing was done
//   renamed    its content was converted before under another name that is
//              gone now: the outputs were moved, not made again
//   duplicate  the same content as another input of this run, which was
//              converted; no outputs of its own
//   failed     could not be converted (the reason says why, and where)
//   skipped    not a document (unsupported kind, a link out of the tree)
//   pending    not reached: the run was interrupted
enum class Status { ok, unchanged, renamed, duplicate, failed, skipped, pending };
const char* status_name(Status s);

// Another language version of a document in the same run (cross_language.hpp).
struct LanguageVersion {
  std::string language;  // as DocumentReport::language; empty when unknown
  std::string relative;  // its input, as DocumentReport::relative
};

struct DocumentReport {
  std::string input;     // as found (path)
  std::string relative;  // relative to its input root, or the file name
  std::string stem;      // outputs: OUT/stem.akn.xml, ...
  Status status = Status::ok;
  std::string reason;    // why it failed or was skipped
  int page = 0;          // the page a failure happened on; 0 when not known or not page-specific
  std::map<std::string, std::string> outputs;  // "akn" -> path, ...
  std::map<std::string, std::size_t> counts;   // pages, pagesOcr, paragraphs, notes, edits, ...
  std::map<std::string, std::size_t> edits_by_kind;
  std::vector<std::string> warnings;
  std::string symbol;
  std::string type;  // what the document is: "resolution", "letter", ... (structure/resolution.hpp type_name)
  std::string language;  // the language structure found (Resolution::meta.language); empty when unsure
  std::vector<LanguageVersion> language_versions;  // the same symbol in other languages in this run
  std::string sha256;
  std::string note;          // e.g. how an output-name collision was resolved
  std::string duplicate_of;  // duplicate: the input that was converted
  std::string corpus;        // whether it is in corpus.jsonl and why not
  std::string messages;      // what a crashed or killed worker last wrote on stderr
  double seconds = 0;        // time spent in this run
  std::optional<Quality> quality;
  bool retry = false;        // a failure of the run, not of the input (crash, time limit): retried next run
};

enum class LogFormat { automatic, bar, text, json };
std::optional<LogFormat> parse_log_format(const std::string& name);

struct RunOptions {
  std::vector<std::string> inputs;
  std::string out_dir = "out";
  std::string state_path;   // "" : OUT/.akn-state.sqlite (per shard: .akn-state.shard-K-of-N.sqlite)
  bool force = false;       // convert everything again, whatever the state says
  bool prune = false;       // delete the outputs of inputs that are gone
  unsigned shard = 0, shards = 1;
  LogFormat log_format = LogFormat::automatic;
  bool quiet = false;       // only failures and the summary
};

struct RunReport {
  std::vector<DocumentReport> documents;
  std::vector<std::string> stale;  // outputs (stems) of earlier inputs that are gone
  bool pruned = false;             // ... and were deleted
  std::size_t excluded = 0;        // left out by include/exclude globs
  std::size_t other_shards = 0;    // left to the other shards
  unsigned jobs = 1;
  double seconds = 0;
  int interrupted = 0;             // the signal that stopped the run, 0 when none
  std::string config_hash;  // config_hash() of the run's configuration
  std::string report_path;
  std::string corpus_path;
  [[nodiscard]] std::size_t count(Status s) const;
  // 0 when nothing failed, 1 when some input failed, 128+signal when interrupted.
  [[nodiscard]] int exit_code() const;
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

// report.json for a run.
std::string report_json(const RunReport& report, const RunOptions& options);

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
