// The pipeline configuration: one plain struct with documented defaults,
// read once from pipeline.toml (toml++) and validated before any document is
// touched. Every field has the default the shipped pipeline.toml states.
#pragma once

#include <stdexcept>
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

struct PipelineConfig {
  IngestOptions ingest;
  CleanupOptions cleanup = CleanupOptions::defaults();
  TextOptions text;
  bool validate = true;             // validate every AKN output against the schema
  std::string schema_dir;           // holds akomantoso30.xsd and xml.xsd
  std::string source;               // the file it was read from; "" for defaults

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

// The effective configuration as TOML (for --print-config), and its hash.
std::string to_toml(const PipelineConfig& config);
std::string config_hash(const PipelineConfig& config);

}  // namespace akn
