#include "runner/environment.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "cleanup/dictionary.hpp"
#include "core/error.hpp"
#include "ingest/ingest.hpp"

namespace akn {

namespace fs = std::filesystem;

namespace {

bool has_schema(const std::string& dir) { return !dir.empty() && fs::is_regular_file(fs::path(dir) / "akomantoso30.xsd"); }

// Tesseract names languages joined with '+' ("eng+fra").
std::vector<std::string> split_languages(const std::string& languages) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at <= languages.size()) {
    const std::size_t plus = std::min(languages.find('+', at), languages.size());
    if (plus > at) out.push_back(languages.substr(at, plus - at));
    at = plus + 1;
  }
  return out;
}

bool has_language(const std::vector<std::string>& dirs, const std::string& language) {
  for (const std::string& d : dirs)
    if (fs::is_regular_file(fs::path(d) / (language + ".traineddata"))) return true;
  return false;
}

struct Missing {
  std::vector<std::string> what, packages;
  void add(std::string thing, std::string package) {
    what.push_back(std::move(thing));
    packages.push_back(std::move(package));
  }
};

void check_languages(const PipelineConfig& config, Missing& missing) {
  if (config.ingest.ocr.mode == OcrMode::never) return;
  const std::vector<std::string> dirs = tessdata_dirs();
  std::string where;
  for (const std::string& d : dirs) where += (where.empty() ? "" : ", ") + d;
  // Under "auto" a page is read in English first and OSD names its script;
  // the other languages are used when installed, so only these two are needed.
  const std::vector<std::string> needed = config.ingest.ocr.languages == "auto"
                                              ? std::vector<std::string>{"eng", "osd"}
                                              : split_languages(config.ingest.ocr.languages);
  for (const std::string& language : needed)
    if (!has_language(dirs, language))
      missing.add("Tesseract's data for the OCR language \"" + language + "\" (" + language + ".traineddata, not in " +
                      (where.empty() ? "any tessdata directory" : where) + ")",
                  tesseract_package(language));
}

void check_dictionaries(const PipelineConfig& config, Missing& missing) {
  const CleanupOptions& o = config.cleanup;
  if (o.dictionary_dir.empty()) return;
  std::vector<std::string> names = {o.dictionary_language};
  names.insert(names.end(), o.language_dictionaries.begin(), o.language_dictionaries.end());
  for (const std::string& name : names) {
    const fs::path base = fs::path(o.dictionary_dir) / name;
    if (!fs::is_regular_file(base.string() + ".aff") || !fs::is_regular_file(base.string() + ".dic"))
      missing.add("the Hunspell dictionary " + name + " (" + base.string() + ".aff and .dic)", hunspell_package(name));
  }
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : separator) + s;
  return out;
}

}  // namespace

std::vector<std::string> schema_search_path(const std::string& configured) {
  std::vector<std::string> dirs;
  if (!configured.empty()) dirs.push_back(configured);
  if (const char* env = std::getenv("AKN_SCHEMA_DIR"); env && *env) dirs.emplace_back(env);
  dirs.emplace_back("/usr/local/share/akn-ingest/schema");
  dirs.emplace_back("/usr/share/xml/akomantoso");
  return dirs;
}

std::string find_schema_dir(const std::string& configured) {
  for (const std::string& d : schema_search_path(configured))
    if (has_schema(d)) return d;
  return {};
}

std::vector<std::string> check_environment(PipelineConfig& config, bool require_schema) {
  std::vector<std::string> notices;
  Missing missing;
  if (config.validate) {
    const std::string found = find_schema_dir(config.schema_dir);
    const std::string tried = joined(schema_search_path(config.schema_dir), ", ");
    if (!found.empty()) {
      config.schema_dir = found;
    } else if (require_schema) {
      missing.add("the Akoma Ntoso schema akomantoso30.xsd (looked for in " + tried + "; the official schema is at " +
                      kSchemaUrl + ")",
                  "");
    } else {
      config.validate = false;
      notices.push_back("the Akoma Ntoso schema (akomantoso30.xsd) is in none of " + tried +
                        ": converting without schema validation (schemaValid is null in report.json). The official "
                        "schema is published by OASIS at " + std::string(kSchemaUrl) +
                        "; put it in one of these directories, or set export.schema_dir or AKN_SCHEMA_DIR");
    }
  }
  check_languages(config, missing);
  check_dictionaries(config, missing);
  if (missing.what.empty()) return notices;
  std::vector<std::string> packages;
  for (const std::string& p : missing.packages)
    if (!p.empty()) packages.push_back(p);
  throw EnvironmentError("this machine lacks " + joined(missing.what, "; ") +
                             (packages.empty() ? std::string() : ". Install: " + joined(packages, " ")),
                         joined(packages, " "));
}

}  // namespace akn
