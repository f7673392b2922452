// akn-ingest: the command line. Parses arguments, loads the configuration,
// runs the batch and maps the outcome to the documented exit status.
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "runner/config.hpp"
#include "review/review.hpp"
#include "runner/inputs.hpp"
#include "runner/runner.hpp"

namespace {

constexpr const char* kUsage = R"(Usage: akn-ingest [options] INPUT...
       akn-ingest merge [--out DIR] SHARD_DIR...
       akn-ingest review [--width PIXELS] OUT

Converts UN documents (PDFs, scanned PDFs and images read by OCR, text and
Markdown exports: .pdf, .png, .jpg, .jpeg, .tif, .tiff, .txt, .text, .md,
.markdown; PDFs and images are also recognised by their header) into Akoma
Ntoso 3.0 XML (AKN4UN), clean text, an edit log and a training corpus.

An INPUT is a file or a directory (walked recursively, in sorted order;
files of unsupported kinds found there are reported as skipped; symbolic
links are followed only to files inside the directory). For a file a/b/X.ext
under a directory INPUT, outputs go to OUT/a/b/X.akn.xml, X.txt (clean text)
and X.edits.json (every edit the cleanup made, and its warnings); for a file
given directly, to OUT/X.*. With several directories, each one's outputs go
under OUT/<its name>/. Two inputs that would share outputs (X.pdf and X.tif)
are both named after their full file name (X.pdf.akn.xml, X.tif.akn.xml).

Documents are converted by worker processes. A document that crashes, runs
out of memory or time fails alone; its worker is replaced. The state of the
run is kept in OUT/.akn-state.sqlite: an input whose content, configuration
and program version are those of its outputs is not converted again, a
renamed input has its outputs moved, and identical inputs are converted
once. Outputs are written to temporary files and renamed into place (an
output whose bytes are in place already is left as it is); a run that is
killed is finished by the next one.
OUT/report.json lists every input with its status (ok, unchanged, renamed,
duplicate, failed, skipped, pending), reason, page, outputs, counts, edits by
kind and quality figures.

Options:
  --out DIR          output directory (default: out)
  --config FILE      pipeline configuration (default: the first of
                     ./pipeline.toml and <source tree>/pipeline.toml that
                     exists; built-in defaults if neither does)
  -j, --jobs N       worker processes (default: batch.jobs; 0 = one per core)
  --timeout SECONDS  time limit per document (default: batch.timeout)
  --memory-limit MB  address-space limit per worker, 0 for none
                     (default: batch.memory_limit_mb)
  --format LIST      outputs, comma-separated, of: akn, txt, edits, jsonl
                     (OUT/corpus.jsonl, one record per distinct document),
                     layout (X.layout.json: lines, boxes and AKN parts on
                     the page), pages (X.pages.txt: each page's text, a
                     form feed between pages, as pdftotext writes it)
                     (default: batch.formats, akn,txt,edits)
  --review           also write OUT/review/index.html, an index of the run,
                     and per document a page showing its page images with
                     what the pipeline found and changed drawn over them
                     (adds the layout format; see `review` below)
  --min-quality Q    leave documents whose quality score (0-1) is under Q
                     out of the corpus; they are still converted and reported
                     (default: batch.min_quality, 0.75: damaged documents)
  --include GLOB     convert only files matching GLOB (repeatable); a GLOB
  --exclude GLOB     without '/' matches file names, one with '/' the path
                     under the input directory ('*' then crosses '/')
  --force            convert every input again, whatever the state says
  --prune            delete the outputs of inputs that are gone: inputs that
                     were under an INPUT of this run and no longer exist
                     (a run on some files keeps the others' outputs)
  --files-from FILE  also convert the files FILE names, one per line or
                     NUL-separated (find -print0); - reads standard input
  --state FILE       the state database (default: OUT/.akn-state.sqlite)
  --shard K/N        convert only share K (0 to N-1) of the inputs, chosen by
                     a hash of each input's path; writes report.shard-K-of-N.json
                     and corpus.shard-K-of-N.jsonl, which `merge` combines
  --validate         validate every AKN output against the schema (default,
                     unless the configuration says export.validate = false)
  --no-validate      do not validate
  --ocr MODE         auto (OCR pages without a text layer, and images),
                     always (OCR every page), never; overrides ocr.mode
  --lang LANGS       Tesseract languages, such as eng or eng+fra; overrides
                     ocr.languages (each needs its tesseract-ocr-* package)
  --log-format FMT   auto (a progress bar on a terminal, JSON lines
                     otherwise), bar, text (a line per document) or json
                     (one JSON object per line: begin, start, document,
                     message, summary events); on standard error
  -q, --quiet        only failures and the summary
  --print-config     print the effective configuration as TOML and exit
  -h, --help         this text
  --version          the program version

review writes OUT/review/ for a finished run in OUT: index.html lists every
input (sortable; filters for failed, low-quality and much-corrected ones),
and each document converted with the layout format gets X.html: its pages
(rendered again from the input, --width pixels across, default 1100) with
body paragraphs labelled by AKN eId, removed furniture, footnote zones,
reference marks, corrected words and rejoined words boxed in colours, each
box showing its edit-log entry when clicked, beside the structure and the
clean text. Static files: no server, no network. Exit 2 when OUT holds no
report.json.

merge combines the reports and corpora of the shards found in each
SHARD_DIR into OUT/report.json and OUT/corpus.jsonl (default OUT: the first
SHARD_DIR), de-duplicating the corpus across shards.

Exit status:
  0    every input was converted or was up to date (skipped files do not
       count as failures)
  1    some inputs failed; the others were still converted and written
       (merge: a shard is missing or failed)
  2    usage or configuration error; nothing was converted
  3    the run could not go on: the output directory cannot be written,
       another run is using it, or the state database is unusable
  130  interrupted by SIGINT (143: SIGTERM, 129: SIGHUP); finished
       documents are kept and recorded, report.json says what was left
)";

int usage_error(const std::string& message) {
  std::cerr << "akn-ingest: " << message << "\nTry 'akn-ingest --help'.\n";
  return 2;
}

}  // namespace

bool parse_number(const std::string& text, double& out) {
  if (text.empty()) return false;
  char* end = nullptr;
  out = std::strtod(text.c_str(), &end);
  return end && *end == '\0' && std::isfinite(out);
}

int merge_command(const std::vector<std::string>& args) {
  std::string out;
  std::vector<std::string> dirs;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--out" || args[i] == "-o") {
      if (i + 1 >= args.size()) return usage_error("--out needs a directory");
      out = args[++i];
    } else if (args[i].rfind("--out=", 0) == 0) {
      out = args[i].substr(6);
    } else if (args[i] == "-h" || args[i] == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (!args[i].empty() && args[i][0] == '-') {
      return usage_error("unknown option for merge: " + args[i]);
    } else {
      dirs.push_back(args[i]);
    }
  }
  if (dirs.empty()) return usage_error("merge needs the directories holding the shards' reports");
  if (out.empty()) out = dirs.front();
  return akn::merge_shards(dirs, out, std::cerr);
}

// Writes OUT/review and says where; problems are listed, not fatal.
int review_dir(const std::string& out, int width, bool quiet) {
  akn::ReviewOptions options;
  options.out_dir = out;
  options.image_width = width;
  try {
    const akn::ReviewSummary s = akn::write_review(options);
    for (const std::string& p : s.problems) std::cerr << "akn-ingest: review: " << p << "\n";
    if (!quiet)
      std::cerr << "akn-ingest: review: " << s.index << " (" << s.documents << " documents, " << s.pages_written
                << " with pages; " << s.images_rendered << " page images rendered)\n";
    return 0;
  } catch (const akn::ReviewError& e) {
    std::cerr << "akn-ingest: review: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "akn-ingest: review: " << e.what() << "\n";
    return 3;
  }
}

int review_command(const std::vector<std::string>& args) {
  std::string out;
  double width = 1100;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--width" || args[i].rfind("--width=", 0) == 0) {
      const std::string v = args[i].rfind("--width=", 0) == 0 ? args[i].substr(8) : (i + 1 < args.size() ? args[++i] : "");
      if (!parse_number(v, width) || width < 200 || width > 4000 || width != std::floor(width))
        return usage_error("--width needs a whole number of pixels from 200 to 4000");
    } else if (args[i] == "-h" || args[i] == "--help") {
      std::cout << kUsage;
      return 0;
    } else if (!args[i].empty() && args[i][0] == '-') {
      return usage_error("unknown option for review: " + args[i]);
    } else if (out.empty()) {
      out = args[i];
    } else {
      return usage_error("review takes one output directory");
    }
  }
  if (out.empty()) return usage_error("review needs the output directory of a run");
  return review_dir(out, static_cast<int>(width), false);
}

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args.front() == "merge") return merge_command({args.begin() + 1, args.end()});
  if (!args.empty() && args.front() == "review") return review_command({args.begin() + 1, args.end()});
  std::optional<akn::OcrMode> ocr_mode;
  std::string languages;
  akn::RunOptions run;
  std::string config_path;
  int validate = -1;  // -1: as configured
  bool print_config = false, quiet = false, options_done = false, review = false, files_from = false;
  double number = 0;
  struct {
    std::optional<unsigned> jobs;
    std::optional<double> timeout, min_quality;
    std::optional<std::size_t> memory_limit;
    std::optional<std::vector<std::string>> formats;
    std::vector<std::string> include, exclude;
  } batch;
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
    } else if (a == "-j" || a == "--jobs" || a.rfind("--jobs=", 0) == 0) {
      const std::string v = a.rfind("--jobs=", 0) == 0 ? a.substr(7) : (value("--jobs") ? args[i] : "");
      if (!parse_number(v, number) || number < 0 || number > 1024 || number != static_cast<long>(number))
        return usage_error("--jobs needs a whole number from 0 (one per core) to 1024");
      batch.jobs = static_cast<unsigned>(number);
    } else if (a == "--timeout" || a.rfind("--timeout=", 0) == 0) {
      const std::string v = a.rfind("--timeout=", 0) == 0 ? a.substr(10) : (value("--timeout") ? args[i] : "");
      if (!parse_number(v, number) || !(number > 0)) return usage_error("--timeout needs a positive number of seconds");
      batch.timeout = number;
    } else if (a == "--memory-limit" || a.rfind("--memory-limit=", 0) == 0) {
      const std::string v = a.rfind("--memory-limit=", 0) == 0 ? a.substr(15) : (value("--memory-limit") ? args[i] : "");
      if (!parse_number(v, number) || number < 0 || (number > 0 && number < 128))
        return usage_error("--memory-limit needs megabytes: 0 (no limit) or at least 128");
      batch.memory_limit = static_cast<std::size_t>(number);
    } else if (a == "--format" || a.rfind("--format=", 0) == 0) {
      const std::string v = a.rfind("--format=", 0) == 0 ? a.substr(9) : (value("--format") ? args[i] : "");
      std::vector<std::string> formats;
      for (std::size_t at = 0; at <= v.size();) {
        const std::size_t comma = std::min(v.find(',', at), v.size());
        const std::string f = v.substr(at, comma - at);
        if (!akn::is_output_format(f)) return usage_error("--format takes a comma-separated list of akn, txt, edits, jsonl, layout, pages");
        formats.push_back(f);
        at = comma + 1;
      }
      batch.formats = formats;
    } else if (a == "--min-quality" || a.rfind("--min-quality=", 0) == 0) {
      const std::string v = a.rfind("--min-quality=", 0) == 0 ? a.substr(14) : (value("--min-quality") ? args[i] : "");
      if (!parse_number(v, number) || number < 0 || number > 1) return usage_error("--min-quality needs a number from 0 to 1");
      batch.min_quality = number;
    } else if (a == "--include" || a == "--exclude") {
      if (!value(a.c_str())) return usage_error(a + " needs a glob");
      (a == "--include" ? batch.include : batch.exclude).push_back(args[i]);
    } else if (a == "--review") {
      review = true;
    } else if (a == "--force") {
      run.force = true;
    } else if (a == "--prune") {
      run.prune = true;
    } else if (a == "--files-from" || a.rfind("--files-from=", 0) == 0) {
      const std::string v = a.rfind("--files-from=", 0) == 0 ? a.substr(13) : (value("--files-from") ? args[i] : "");
      if (v.empty()) return usage_error("--files-from needs a file (- for standard input)");
      std::ostringstream list;
      if (v == "-") {
        list << std::cin.rdbuf();
      } else {
        std::ifstream in(v, std::ios::binary);
        if (!in) return usage_error("cannot read the list of inputs " + v);
        list << in.rdbuf();
      }
      for (std::string& name : akn::parse_file_list(list.str())) run.inputs.push_back(std::move(name));
      files_from = true;
    } else if (a == "--state") {
      if (!value("--state")) return usage_error("--state needs a file");
      run.state_path = args[i];
    } else if (a == "--shard" || a.rfind("--shard=", 0) == 0) {
      const std::string v = a.rfind("--shard=", 0) == 0 ? a.substr(8) : (value("--shard") ? args[i] : "");
      unsigned k = 0, n = 0;
      char slash = 0, extra = 0;
      if (std::sscanf(v.c_str(), "%u%c%u%c", &k, &slash, &n, &extra) != 3 || slash != '/' || n == 0 || k >= n)
        return usage_error("--shard needs K/N with K from 0 to N-1, such as 3/8 (got '" + v + "')");
      run.shard = k;
      run.shards = n;
    } else if (a == "--log-format" || a.rfind("--log-format=", 0) == 0) {
      const std::string v = a.rfind("--log-format=", 0) == 0 ? a.substr(13) : (value("--log-format") ? args[i] : "");
      const auto f = akn::parse_log_format(v);
      if (!f) return usage_error("--log-format must be auto, bar, text or json");
      run.log_format = *f;
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
  if (batch.jobs) config.batch.jobs = *batch.jobs;
  if (batch.timeout) config.batch.timeout = *batch.timeout;
  if (batch.memory_limit) config.batch.memory_limit_mb = *batch.memory_limit;
  if (batch.formats) config.batch.formats = *batch.formats;
  if (review && std::find(config.batch.formats.begin(), config.batch.formats.end(), "layout") == config.batch.formats.end())
    config.batch.formats.push_back("layout");
  if (batch.min_quality) config.batch.min_quality = *batch.min_quality;
  if (!batch.include.empty()) config.batch.include = batch.include;
  config.batch.exclude.insert(config.batch.exclude.end(), batch.exclude.begin(), batch.exclude.end());
  if (print_config) {
    std::cout << "# effective configuration" << (config.source.empty() ? " (built-in defaults)" : " from " + config.source)
              << "\n" << akn::to_toml(config);
    return 0;
  }
  if (run.inputs.empty()) return usage_error(files_from ? "the --files-from list names no input" : "no INPUT given");

  if (run.log_format == akn::LogFormat::automatic)
    run.log_format = ::isatty(STDERR_FILENO) ? akn::LogFormat::bar : akn::LogFormat::json;
  run.quiet = quiet;
  try {
    const akn::RunReport report = akn::run_batch(config, run, std::cerr);
    const int status = report.exit_code();
    if (review && !report.interrupted) {
      const int reviewed = review_dir(run.out_dir, 1100, quiet);
      if (reviewed != 0 && status == 0) return reviewed;
    }
    return status;
  } catch (const akn::ConfigError& e) {
    std::cerr << "akn-ingest: configuration error: " << e.what() << "\n";
    return 2;
  } catch (const std::invalid_argument& e) {
    return usage_error(e.what());
  } catch (const std::exception& e) {
    std::cerr << "akn-ingest: " << e.what() << "\n";
    return 3;
  }
}
