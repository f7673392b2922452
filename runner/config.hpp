// The pipeline configuration: one plain struct with documented defaults,
// read once from pipeline.toml (toml++) and validated before any document is
// touched. Every field has the default the shipped pipeline.toml states.
//
// One table of settings (all_settings(): key, type, range, help, whether it
// changes what a document converts to, and the field it is) drives loading,
// checking, printing, hashing and the command-line overrides.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cleanup/cleanup.hpp"
#include "core/error.hpp"
#include "export/export.hpp"
#include "ingest/ingest.hpp"

namespace akn {


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
  // Where each setting given was given ("batch.jobs" -> "FILE:12" or
  // "--jobs"), for messages; settings left at their default are absent.
  std::map<std::string, std::string> origin;

  [[nodiscard]] std::string schema_path() const { return schema_dir + "/akomantoso30.xsd"; }
};

// A setting's value as TOML holds it.
using SettingValue = std::variant<bool, std::int64_t, double, std::string, std::vector<std::string>>;

enum class SettingType {
  integer,  // a whole number
  number,   // 30 or 30.5
  boolean,
  text,     // a string
  choice,   // one of `choices`
  list,     // an array of strings; with `choices`, each one of them
  path,     // a string; relative: against the configuration file's folder
  paths,    // an array of paths
};

// The values a number may take: [min, max], or above min, or 0 / at least min.
struct SettingRange {
  enum class Kind { between, above, zero_or_at_least };
  Kind kind = Kind::between;
  double min = 0, max = 0;
};

struct Setting {
  std::string_view table, key;
  SettingType type = SettingType::text;
  std::string_view help;             // one line: what it does (--print-config prints it)
  bool conversion = true;            // part of config_hash(): it changes what a document converts to
  std::optional<SettingRange> range;
  std::vector<std::string_view> choices;
  bool non_empty = false;            // a text or list that must not be empty
  std::function<SettingValue(const PipelineConfig&)> get;
  std::function<void(PipelineConfig&, const SettingValue&)> set;

  [[nodiscard]] std::string name() const { return std::string(table) + "." + std::string(key); }
};

// Every setting, in the order pipeline.toml lists them.
const std::vector<Setting>& all_settings();
const Setting* find_setting(std::string_view name);  // "batch.jobs"

// Built-in defaults; relative paths resolve against `base_dir`.
PipelineConfig default_config(const std::string& base_dir);

// Reads a pipeline.toml: unknown tables and keys are refused with the line
// and the nearest known key, values of the wrong type with their line.
// Relative paths resolve against the file's folder. Ranges are not checked
// (check_config does that, once, after the command line's overrides).
PipelineConfig read_config(const std::string& path);

// Sets one setting from text (a command-line option: "4" for batch.jobs,
// "akn,txt" for a list, "true" for a boolean). Throws ConfigError naming
// `origin` when the text is not of the setting's type.
void set_setting(PipelineConfig& config, std::string_view name, std::string_view text, const std::string& origin);

// Checks every setting's range and choices, and that each cleanup pass runs
// after the passes it needs. Throws ConfigError naming where the value came
// from (FILE:LINE or the option).
void check_config(const PipelineConfig& config);

// read_config then check_config. Throws ConfigError naming the file, line,
// key and problem.
PipelineConfig load_config(const std::string& path);

// Where the default configuration is looked for, in order: ./pipeline.toml;
// the installed one beside the binary (<prefix>/etc/akn-ingest/pipeline.toml);
// when the binary runs from its build tree, the source tree's pipeline.toml;
// /etc/akn-ingest/pipeline.toml.
std::vector<std::string> config_search_path();

// The effective configuration as TOML, each key under its help line (for
// --print-config).
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
