#include "runner/config.hpp"

#include <toml++/toml.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/sha256.hpp"

namespace akn {

namespace fs = std::filesystem;

namespace {
std::string resolve(const std::string& base, const std::string& p) {
  if (p.empty() || fs::path(p).is_absolute()) return p;
  return (fs::path(base) / p).lexically_normal().string();
}

template <typename T>
T get(const toml::table& t, const char* section, const char* key, T fallback, const std::string& file) {
  const toml::node* node = t.at_path(std::string(section) + "." + key).node();
  if (!node) return fallback;
  if (auto v = node->value<T>()) return *v;
  throw ConfigError(file + ": " + section + "." + key + " has the wrong type");
}

// A number written as 30 or 30.5.
double get_number(const toml::table& t, const char* section, const char* key, double fallback, const std::string& file) {
  const toml::node* node = t.at_path(std::string(section) + "." + key).node();
  if (!node) return fallback;
  if (auto v = node->value<double>()) return *v;
  throw ConfigError(file + ": " + section + "." + key + " must be a number");
}

std::vector<std::string> get_strings(const toml::table& t, const char* section, const char* key,
                                     std::vector<std::string> fallback, const std::string& file) {
  const toml::node* node = t.at_path(std::string(section) + "." + key).node();
  if (!node) return fallback;
  const toml::array* arr = node->as_array();
  if (!arr) throw ConfigError(file + ": " + section + "." + key + " must be an array of strings");
  std::vector<std::string> out;
  for (const toml::node& n : *arr) {
    auto s = n.value<std::string>();
    if (!s) throw ConfigError(file + ": " + section + "." + key + " must be an array of strings");
    out.push_back(*s);
  }
  return out;
}
}  // namespace

PipelineConfig default_config(const std::string& base_dir) {
  PipelineConfig c;
  c.schema_dir = resolve(base_dir, "../shared/akn");
  return c;
}

PipelineConfig load_config(const std::string& path) {
  toml::table t;
  try {
    t = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    std::ostringstream msg;
    msg << path << ":" << e.source().begin.line << ": " << e.description();
    throw ConfigError(msg.str());
  }
  const std::string base = fs::absolute(path).parent_path().string();
  PipelineConfig c = default_config(base);
  c.source = path;
  const auto bytes = get<std::int64_t>(t, "ingest", "max_text_bytes", static_cast<std::int64_t>(c.ingest.max_text_bytes), path);
  if (bytes <= 0) throw ConfigError(path + ": ingest.max_text_bytes must be positive");
  c.ingest.max_text_bytes = static_cast<std::size_t>(bytes);
  const auto pdf_bytes = get<std::int64_t>(t, "ingest", "max_pdf_bytes", static_cast<std::int64_t>(c.ingest.max_pdf_bytes), path);
  if (pdf_bytes <= 0) throw ConfigError(path + ": ingest.max_pdf_bytes must be positive");
  c.ingest.max_pdf_bytes = static_cast<std::size_t>(pdf_bytes);
  const auto pages = get<std::int64_t>(t, "ingest", "max_pages", static_cast<std::int64_t>(c.ingest.max_pages), path);
  if (pages <= 0) throw ConfigError(path + ": ingest.max_pages must be positive");
  c.ingest.max_pages = static_cast<std::size_t>(pages);
  const std::string mode = get<std::string>(t, "ocr", "mode", ocr_mode_name(c.ingest.ocr.mode), path);
  if (auto m = parse_ocr_mode(mode)) c.ingest.ocr.mode = *m;
  else throw ConfigError(path + ": ocr.mode must be \"auto\", \"always\" or \"never\"");
  c.ingest.ocr.languages = get<std::string>(t, "ocr", "languages", c.ingest.ocr.languages, path);
  if (c.ingest.ocr.languages.empty()) throw ConfigError(path + ": ocr.languages must name at least one language");
  const auto dpi = get<std::int64_t>(t, "ocr", "dpi", c.ingest.ocr.dpi, path);
  if (dpi < 70 || dpi > 1200) throw ConfigError(path + ": ocr.dpi must be between 70 and 1200");
  c.ingest.ocr.dpi = static_cast<int>(dpi);
  const auto pixels = get<std::int64_t>(t, "ocr", "max_pixels", static_cast<std::int64_t>(c.ingest.ocr.max_pixels), path);
  if (pixels <= 0) throw ConfigError(path + ": ocr.max_pixels must be positive");
  c.ingest.ocr.max_pixels = static_cast<std::size_t>(pixels);
  c.ingest.ocr.orientation = get<bool>(t, "ocr", "orientation", c.ingest.ocr.orientation, path);
  c.ingest.ocr.deskew = get<bool>(t, "ocr", "deskew", c.ingest.ocr.deskew, path);
  const std::string binarize = get<std::string>(t, "ocr", "binarize", binarize_name(c.ingest.ocr.binarize), path);
  if (auto b = parse_binarize(binarize)) c.ingest.ocr.binarize = *b;
  else throw ConfigError(path + ": ocr.binarize must be \"auto\", \"always\" or \"never\"");
  c.ingest.ocr.remove_borders = get<bool>(t, "ocr", "remove_borders", c.ingest.ocr.remove_borders, path);
  c.ingest.ocr.despeckle = get<bool>(t, "ocr", "despeckle", c.ingest.ocr.despeckle, path);

  c.cleanup.passes = get_strings(t, "cleanup", "passes", c.cleanup.passes, path);
  for (const std::string& p : c.cleanup.passes)
    if (!find_pass(p)) {
      std::string known;
      for (const PassInfo& info : all_passes()) known += std::string(known.empty() ? "" : ", ") + std::string(info.name);
      throw ConfigError(path + ": cleanup.passes: unknown pass \"" + p + "\" (known: " + known + ")");
    }
  c.cleanup.dictionary_dir = get<std::string>(t, "cleanup", "dictionary_dir", c.cleanup.dictionary_dir, path);
  if (!c.cleanup.dictionary_dir.empty()) c.cleanup.dictionary_dir = resolve(base, c.cleanup.dictionary_dir);
  c.cleanup.dictionary_language = get<std::string>(t, "cleanup", "dictionary_language", c.cleanup.dictionary_language, path);
  c.cleanup.language_dictionaries =
      get_strings(t, "cleanup", "language_dictionaries", c.cleanup.language_dictionaries, path);
  // phrase_files corrected any word one edit from a word of a listed
  // phrase; confusion_files lists the errors themselves. An old
  // configuration is refused rather than silently ignored.
  if (t.at_path("cleanup.phrase_files").node())
    throw ConfigError(path + ": cleanup.phrase_files was replaced by cleanup.confusion_files: files of known "
                             "errors, one \"wrong phrase => right phrase\" a line (see cleanup/confusions.txt)");
  c.cleanup.confusion_files = get_strings(t, "cleanup", "confusion_files", {}, path);
  for (std::string& f : c.cleanup.confusion_files) f = resolve(base, f);
  c.cleanup.correct_spelling = get<bool>(t, "cleanup", "correct_spelling", c.cleanup.correct_spelling, path);
  c.cleanup.ocr_correct_below = get<double>(t, "cleanup", "ocr_correct_below", c.cleanup.ocr_correct_below, path);
  if (c.cleanup.ocr_correct_below < 0 || c.cleanup.ocr_correct_below > 100)
    throw ConfigError(path + ": cleanup.ocr_correct_below must be between 0 and 100");

  const std::string notes = get<std::string>(t, "export", "text_notes", "end", path);
  if (notes == "end") c.text.notes = TextNotes::end;
  else if (notes == "omit") c.text.notes = TextNotes::omit;
  else throw ConfigError(path + ": export.text_notes must be \"end\" or \"omit\"");
  c.validate = get<bool>(t, "export", "validate", c.validate, path);
  c.schema_dir = resolve(base, get<std::string>(t, "export", "schema_dir", "../shared/akn", path));

  BatchConfig& b = c.batch;
  const auto jobs = get<std::int64_t>(t, "batch", "jobs", b.jobs, path);
  if (jobs < 0 || jobs > 1024) throw ConfigError(path + ": batch.jobs must be between 0 (one per core) and 1024");
  b.jobs = static_cast<unsigned>(jobs);
  b.timeout = get_number(t, "batch", "timeout", b.timeout, path);
  if (!(b.timeout > 0)) throw ConfigError(path + ": batch.timeout must be a positive number of seconds");
  b.page_timeout = get_number(t, "batch", "page_timeout", b.page_timeout, path);
  if (!(b.page_timeout > 0)) throw ConfigError(path + ": batch.page_timeout must be a positive number of seconds");
  const auto memory = get<std::int64_t>(t, "batch", "memory_limit_mb", static_cast<std::int64_t>(b.memory_limit_mb), path);
  if (memory < 0 || (memory > 0 && memory < 128))
    throw ConfigError(path + ": batch.memory_limit_mb must be 0 (no limit) or at least 128");
  b.memory_limit_mb = static_cast<std::size_t>(memory);
  b.formats = get_strings(t, "batch", "formats", b.formats, path);
  for (const std::string& f : b.formats)
    if (!is_output_format(f))
      throw ConfigError(path + ": batch.formats: unknown format \"" + f + "\" (known: akn, txt, edits, jsonl, layout, pages)");
  if (b.formats.empty()) throw ConfigError(path + ": batch.formats must name at least one format");
  b.min_quality = get_number(t, "batch", "min_quality", b.min_quality, path);
  if (b.min_quality < 0 || b.min_quality > 1) throw ConfigError(path + ": batch.min_quality must be between 0 and 1");
  b.durable = get<bool>(t, "batch", "durable", b.durable, path);
  b.include = get_strings(t, "batch", "include", b.include, path);
  b.exclude = get_strings(t, "batch", "exclude", b.exclude, path);
  return c;
}

std::vector<std::string> config_search_path() {
  std::vector<std::string> paths = {"pipeline.toml"};
#ifdef AKN_SOURCE_DIR
  paths.push_back(std::string(AKN_SOURCE_DIR) + "/pipeline.toml");
#endif
  return paths;
}

bool is_output_format(const std::string& name) {
  return name == "akn" || name == "txt" || name == "edits" || name == "jsonl" || name == "layout" || name == "pages";
}

namespace {
toml::table conversion_table(const PipelineConfig& c) {
  toml::array passes;
  for (const auto& p : c.cleanup.passes) passes.push_back(p);
  toml::array confusions, languages;
  for (const auto& p : c.cleanup.confusion_files) confusions.push_back(p);
  for (const auto& l : c.cleanup.language_dictionaries) languages.push_back(l);
  toml::table t{
      {"ingest", toml::table{{"max_text_bytes", static_cast<std::int64_t>(c.ingest.max_text_bytes)},
                             {"max_pdf_bytes", static_cast<std::int64_t>(c.ingest.max_pdf_bytes)},
                             {"max_pages", static_cast<std::int64_t>(c.ingest.max_pages)}}},
      {"ocr", toml::table{{"mode", ocr_mode_name(c.ingest.ocr.mode)},
                          {"languages", c.ingest.ocr.languages},
                          {"dpi", static_cast<std::int64_t>(c.ingest.ocr.dpi)},
                          {"max_pixels", static_cast<std::int64_t>(c.ingest.ocr.max_pixels)},
                          {"orientation", c.ingest.ocr.orientation},
                          {"deskew", c.ingest.ocr.deskew},
                          {"binarize", binarize_name(c.ingest.ocr.binarize)},
                          {"remove_borders", c.ingest.ocr.remove_borders},
                          {"despeckle", c.ingest.ocr.despeckle}}},
      {"cleanup", toml::table{{"passes", passes},
                              {"dictionary_dir", c.cleanup.dictionary_dir},
                              {"dictionary_language", c.cleanup.dictionary_language},
                              {"language_dictionaries", languages},
                              {"confusion_files", confusions},
                              {"correct_spelling", c.cleanup.correct_spelling},
                              {"ocr_correct_below", c.cleanup.ocr_correct_below}}},
      {"export", toml::table{{"text_notes", c.text.notes == TextNotes::end ? "end" : "omit"},
                             {"validate", c.validate},
                             {"schema_dir", c.schema_dir}}},
  };
  return t;
}

// The bytes of a file the configuration names ("" when unreadable: the
// pipeline reports that itself).
std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

std::string to_toml(const PipelineConfig& c) {
  toml::table t = conversion_table(c);
  toml::array formats, include, exclude;
  for (const auto& f : c.batch.formats) formats.push_back(f);
  for (const auto& g : c.batch.include) include.push_back(g);
  for (const auto& g : c.batch.exclude) exclude.push_back(g);
  t.insert("batch", toml::table{{"jobs", static_cast<std::int64_t>(c.batch.jobs)},
                                {"timeout", c.batch.timeout},
                                {"page_timeout", c.batch.page_timeout},
                                {"memory_limit_mb", static_cast<std::int64_t>(c.batch.memory_limit_mb)},
                                {"formats", formats},
                                {"min_quality", c.batch.min_quality},
                                {"durable", c.batch.durable},
                                {"include", include},
                                {"exclude", exclude}});
  std::ostringstream out;
  out << t << "\n";
  return out.str();
}

std::string config_hash(const PipelineConfig& c, const std::function<std::string(const std::string&)>& file_hash) {
  std::ostringstream all;
  all << conversion_table(c) << "\n";
  std::vector<std::string> files = c.cleanup.confusion_files;
  if (!c.cleanup.dictionary_dir.empty()) {
    std::vector<std::string> names = {c.cleanup.dictionary_language};
    names.insert(names.end(), c.cleanup.language_dictionaries.begin(), c.cleanup.language_dictionaries.end());
    for (const std::string& name : names)
      for (const char* ext : {".aff", ".dic"}) files.push_back(c.cleanup.dictionary_dir + "/" + name + ext);
  }
  for (const std::string& f : files) all << f << "\n" << (file_hash ? file_hash(f) : sha256_hex(file_bytes(f))) << "\n";
  return sha256_hex(all.str());
}

}  // namespace akn
