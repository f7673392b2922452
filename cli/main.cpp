// akn-ingest: the command line. Parses arguments, loads the configuration,
// runs the batch and maps the outcome to the documented exit status.
#include <filesystem>
#include <optional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "runner/config.hpp"
#include "runner/runner.hpp"

namespace {

constexpr const char* kUsage = R"(Usage: akn-ingest [options] INPUT...

Converts UN documents (PDFs, scanned PDFs and images read by OCR, text and
Markdown exports: .pdf, .png, .jpg, .jpeg, .tif, .tiff, .txt, .text, .md,
.markdown; PDFs and images are also recognised by their header) into Akoma
Ntoso 3.0 XML (AKN4UN), clean text and an edit log.

An INPUT is a file or a directory (walked recursively, in sorted order;
files of unsupported kinds found there are reported as skipped). For a file
a/b/X.ext found under a directory given as INPUT, outputs go to
OUT/a/b/X.akn.xml, X.txt (clean text) and X.edits.json (every edit the
cleanup made, and its warnings); for a file given directly, to OUT/X.*.
OUT/report.json lists every input with its status, reason, outputs and counts.

Options:
  --out DIR          output directory (default: out)
  --config FILE      pipeline configuration (default: the first of
                     ./pipeline.toml and <source tree>/pipeline.toml that
                     exists; built-in defaults if neither does)
  --validate         validate every AKN output against the schema (default,
                     unless the configuration says export.validate = false)
  --no-validate      do not validate
  --ocr MODE         auto (OCR pages without a text layer, and images),
                     always (OCR every page), never; overrides ocr.mode
  --lang LANGS       Tesseract languages, such as eng or eng+fra; overrides
                     ocr.languages (each needs its tesseract-ocr-* package)
  --print-config     print the effective configuration as TOML and exit
  -q, --quiet        no per-document progress lines
  -h, --help         this text
  --version          the program version

Exit status:
  0  every input was converted (skipped files do not count as failures)
  1  some inputs failed; the others were still converted and written
  2  usage or configuration error; nothing was converted
)";

int usage_error(const std::string& message) {
  std::cerr << "akn-ingest: " << message << "\nTry 'akn-ingest --help'.\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::optional<akn::OcrMode> ocr_mode;
  std::string languages;
  akn::RunOptions run;
  std::string config_path;
  int validate = -1;  // -1: as configured
  bool print_config = false, quiet = false, options_done = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* name) -> const std::string* {
      if (i + 1 >= args.size()) return nullptr;
      (void)name;
      return &args[++i];
    };
    if (options_done || a.empty() || a[0] != '-' || a == "-") {
      run.inputs.push_back(a);
    } else if (a == "--") {
      options_done = true;
    } else if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--version") {
      std::cout << "akn-ingest " << AKN_VERSION << "\n";
      return 0;
    } else if (a == "--out" || a == "-o") {
      const std::string* v = value("--out");
      if (!v) return usage_error("--out needs a directory");
      run.out_dir = *v;
    } else if (a.rfind("--out=", 0) == 0) {
      run.out_dir = a.substr(6);
    } else if (a == "--config") {
      const std::string* v = value("--config");
      if (!v) return usage_error("--config needs a file");
      config_path = *v;
    } else if (a.rfind("--config=", 0) == 0) {
      config_path = a.substr(9);
    } else if (a == "--validate") {
      validate = 1;
    } else if (a == "--no-validate") {
      validate = 0;
    } else if (a == "--print-config") {
      print_config = true;
    } else if (a == "-q" || a == "--quiet") {
      quiet = true;
    } else if (a == "--ocr" || a.rfind("--ocr=", 0) == 0) {
      const std::string* v = a == "--ocr" ? value("--ocr") : nullptr;
      const std::string mode = a == "--ocr" ? (v ? *v : std::string()) : a.substr(6);
      ocr_mode = akn::parse_ocr_mode(mode);
      if (!ocr_mode) return usage_error("--ocr must be auto, always or never");
    } else if (a == "--lang" || a.rfind("--lang=", 0) == 0) {
      const std::string* v = a == "--lang" ? value("--lang") : nullptr;
      languages = a == "--lang" ? (v ? *v : std::string()) : a.substr(7);
      if (languages.empty()) return usage_error("--lang needs Tesseract language codes, such as eng or eng+fra");
    } else {
      return usage_error("unknown option " + a);
    }
  }

  akn::PipelineConfig config;
  try {
    if (config_path.empty())
      for (const std::string& candidate : akn::config_search_path())
        if (std::filesystem::is_regular_file(candidate)) {
          config_path = candidate;
          break;
        }
    if (!config_path.empty() && !std::filesystem::is_regular_file(config_path))
      return usage_error("configuration file not found: " + config_path);
    config = config_path.empty() ? akn::default_config(std::filesystem::current_path().string())
                                 : akn::load_config(config_path);
  } catch (const akn::ConfigError& e) {
    std::cerr << "akn-ingest: configuration error: " << e.what() << "\n";
    return 2;
  }
  if (validate >= 0) config.validate = validate == 1;
  if (ocr_mode) config.ingest.ocr.mode = *ocr_mode;
  if (!languages.empty()) config.ingest.ocr.languages = languages;
  if (print_config) {
    std::cout << "# effective configuration" << (config.source.empty() ? " (built-in defaults)" : " from " + config.source)
              << "\n" << akn::to_toml(config);
    return 0;
  }
  if (run.inputs.empty()) return usage_error("no INPUT given");

  try {
    const akn::Pipeline pipeline(config);
    std::ostringstream sink;
    std::ostream& log = quiet ? static_cast<std::ostream&>(sink) : std::cerr;
    const akn::RunReport report = akn::run_batch(pipeline, run, log);
    if (quiet && report.exit_code() != 0)
      std::cerr << "akn-ingest: " << report.count(akn::Status::failed) << " input(s) failed; see "
                << run.out_dir << "/report.json\n";
    return report.exit_code();
  } catch (const akn::ConfigError& e) {
    std::cerr << "akn-ingest: configuration error: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "akn-ingest: " << e.what() << "\n";
    return 2;
  }
}
