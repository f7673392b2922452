// The pipeline configuration: one plain struct with documented defaults,
// read once from pipeline.toml (toml++) and validated before any document is
// touched. Every field has the default the shipped pipeline.toml states.
#pragma once

#include <stdexcept>
#include <functional>
#include <string>
#include <vector>

#include "cleanup/cleanup.hpp"
#include "export/export.hpp"
#include "ingest/ingest.hpp"

namespace akn {

class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// How a batch runs: none of it changes what a document converts to, so none
// of it is part of config_hash().
struct BatchConfig {
  unsigned jobs = 0;                  // worker processes; 0: one per core
  double timeout = 1800;              // seconds one document may take in all
  double page_timeout = 300;          // seconds without a page read before a document counts as hung
  std::size_t memory_limit_mb = 4096; // address space of a worker (setrlimit); 0: none
  std::vector<std::string> formats = {"akn", "txt", "edits"};  // of akn, txt, edits, jsonl, layout
  double min_quality = 0.75;          // documents under this score stay out of the corpus (damaged: README "Quality")
  bool durable = true;                // fsync outputs before recording them as done
  std::vector<std::string> include;   // globs; empty: every file
  std::vector<std::string> exclude;
};

struct PipelineConfig {
  IngestOptions ingest;
  CleanupOptions cleanup = CleanupOptions::defaults();
  TextOptions text;
  bool validate = true;             // validate every AKN output against the schema
  std::string schema_dir;           // holds akomantoso30.xsd and xml.xsd
  std::string source;               // the file it was read from; "" for defaults
  BatchConfig batch;

  [[nodiscard]] std::string schema_path() const { return schema_dir + "/akomantoso30.xsd"; }
};

// Built-in defaults; relative paths resolve against `base_dir`.
PipelineConfig default_config(const std::string& base_dir);

// Reads a pipeline.toml. Relative paths in it resolve against the file's
// directory. Throws ConfigError naming the file, key and problem.
PipelineConfig load_config(const std::string& path);

// Where the default configuration is looked for, in order: ./pipeline.toml,
// then pipeline.toml in the source tree the binary was built from.
std::vector<std::string> config_search_path();

// The effective configuration as TOML (for --print-config).
std::string to_toml(const PipelineConfig& config);
// The hash of everything that decides what a document converts to: the
// conversion settings (not [batch]) and the contents of the dictionary and
// confusion files they name. The batch state keys finished documents by it.
// `file_hash` gives a file's SHA-256 (hex); by default it reads the file.
std::string config_hash(const PipelineConfig& config,
                        const std::function<std::string(const std::string& path)>& file_hash = {});

// The formats --format and batch.formats accept.
bool is_output_format(const std::string& name);

}  // namespace akn
