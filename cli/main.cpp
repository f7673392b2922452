// akn-ingest: the command line. Parses arguments (CLI11), loads the
// configuration, applies the options that override it, checks it once,
// checks the machine, runs the batch and maps the outcome to the
// documented exit status.
#include <unistd.h>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cleanup/dictionary.hpp"
#include "runner/config.hpp"
#include "runner/environment.hpp"
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
links are followed only to files inside the directory), or - alone: one
document read from standard input (kept as OUT/.akn-stdin/stdin.txt, its
outputs OUT/stdin.*; a PDF or an image is known by its header). For a file a/b/X.ext
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

Options take their value as --opt VALUE or --opt=VALUE, short ones also
as -j4. An option that overrides a setting of the configuration is checked
with the configuration's own rules.
  -o, --out DIR      output directory (default: out)
  --config FILE      pipeline configuration (default: the first that exists
                     of ./pipeline.toml, <prefix>/etc/akn-ingest/pipeline.toml
                     beside the installed binary, the source tree's
                     pipeline.toml for a binary in its build tree, and
                     /etc/akn-ingest/pipeline.toml; built-in defaults if
                     none does). Unknown keys are errors.
  -j, --jobs N       worker processes (default: batch.jobs; 0 = one per core)
  --timeout SECONDS  time limit per document (default: batch.timeout)
  --memory-limit MB  address-space limit per worker, 0 for none
                     (default: batch.memory_limit_mb)
  --format LIST      outputs, comma-separated, of: akn, txt, edits, jsonl
                     (OUT/corpus.jsonl, one record per distinct document),
                     layout (X.layout.json: lines, boxes and AKN parts on
                     the page), pages (X.pages.txt: each page's text, a
                     form feed between pages, as pdftotext writes it),
                     hocr (X.hocr: Tesseract's hOCR of the OCRed pages,
                     an empty body when no page was OCRed)
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
                     unless the configuration says export.validate = false);
                     the schema is looked for in export.schema_dir, then
                     $AKN_SCHEMA_DIR, /usr/local/share/akn-ingest/schema and
                     /usr/share/xml/akomantoso. Without --validate, a run
                     that finds it nowhere converts without validation
                     (schemaValid null in report.json) and says so
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
  2    usage or configuration error (an unknown option or key, a value
       of the wrong type or out of range, passes in an order that cannot
       work); nothing was converted
  3    the run could not go on: the machine lacks what it needs (Tesseract's
       data for an OCR language, a dictionary, the schema with --validate;
       the message names the packages to install), the output directory
       cannot be written, another run is using it, or the state database
       is unusable
  130  interrupted by SIGINT (143: SIGTERM, 129: SIGHUP); finished
       documents are kept and recorded, report.json says what was left
)";

int usage_error(const std::string& message) {
  std::cerr << "akn-ingest: " << message << "\nTry 'akn-ingest --help'.\n";
  return 2;
}

// Every option name of `app` ("--jobs", "-j").
std::vector<std::string> option_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::Option* o : app.get_options()) {
    for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
    for (const std::string& s : o->get_snames()) names.push_back("-" + s);
  }
  return names;
}

// The option of `app` nearest `name` (a typing slip or two); "" when none is near.
std::string nearest_option(const CLI::App& app, const std::string& name) {
  std::string best;
  int best_distance = 4;
  for (const std::string& known : option_names(app)) {
    const int d = akn::edit_distance(name, known, best_distance);
    if (d < best_distance) {
      best_distance = d;
      best = known;
    }
  }
  return best;
}

// A parse error as the user should read it: an unknown option with the
// nearest known one.
int parse_error(const CLI::App& app, const CLI::ParseError& e) {
  if (!dynamic_cast<const CLI::ExtrasError*>(&e)) return usage_error(e.what());
  for (const std::string& arg : app.remaining()) {
    if (arg.size() < 2 || arg[0] != '-') continue;
    const std::string name = arg.substr(0, arg.find('='));
    const std::string best = nearest_option(app, name);
    return usage_error("unknown option " + name + (best.empty() ? "" : "; did you mean " + best + "?"));
  }
  return usage_error(e.what());
}

// An option that takes one value; given twice, the last one counts.
CLI::Option* one(CLI::Option* o) { return o->multi_option_policy(CLI::MultiOptionPolicy::TakeLast); }

// A setting of the configuration given on the command line, applied (and
// checked with the configuration's rules) after the file is read.
struct Override {
  std::string setting, value, option;
};

CLI::Option* overrides_setting(CLI::App& app, const std::string& names, const std::string& setting,
                               std::vector<Override>& out) {
  const std::string shown = names.substr(names.rfind(',') == std::string::npos ? 0 : names.rfind(',') + 1);
  return one(app.add_option_function<std::string>(
      names, [&out, setting, shown](const std::string& v) { out.push_back({setting, v, shown}); }));
}

int merge_command(const std::vector<std::string>& args) {
  CLI::App app("akn-ingest merge", "akn-ingest merge");
  app.set_help_flag();
  std::string out;
  std::vector<std::string> dirs;
  bool help = false;
  one(app.add_option("-o,--out", out));
  app.add_flag("-h,--help", help);
  app.add_option("dirs", dirs);
  try {
    app.parse(std::vector<std::string>(args.rbegin(), args.rend()));
  } catch (const CLI::ParseError& e) {
    return parse_error(app, e);
  }
  if (help) {
    std::cout << kUsage;
    return 0;
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
  CLI::App app("akn-ingest review", "akn-ingest review");
  app.set_help_flag();
  int width = 1100;
  std::vector<std::string> outs;
  bool help = false;
  one(app.add_option("--width", width))->check(CLI::Range(200, 4000));
  app.add_flag("-h,--help", help);
  app.add_option("out", outs);
  try {
    app.parse(std::vector<std::string>(args.rbegin(), args.rend()));
  } catch (const CLI::ParseError& e) {
    if (dynamic_cast<const CLI::ValidationError*>(&e) || dynamic_cast<const CLI::ConversionError*>(&e))
      return usage_error("--width needs a whole number of pixels from 200 to 4000");
    return parse_error(app, e);
  }
  if (help) {
    std::cout << kUsage;
    return 0;
  }
  if (outs.empty()) return usage_error("review needs the output directory of a run");
  if (outs.size() > 1) return usage_error("review takes one output directory");
  return review_dir(outs.front(), width, false);
}

// What the command line asks of a conversion run.
struct Command {
  akn::RunOptions run;
  std::string config_path;
  std::vector<Override> overrides;  // in the order of the options' definitions
  std::vector<std::string> include, exclude;
  std::string shard, log_format;
  std::string files_from;  // --files-from: a list of inputs, "-" for standard input
  bool validate = false, no_validate = false, print_config = false, review = false, help = false, version = false;
};

// The options, one line each. Those that override a setting only record
// their text: the configuration's own rules check it (check_config).
void define_options(CLI::App& app, Command& c) {
  one(app.add_option("-o,--out", c.run.out_dir));
  one(app.add_option("--config", c.config_path));
  overrides_setting(app, "-j,--jobs", "batch.jobs", c.overrides);
  overrides_setting(app, "--timeout", "batch.timeout", c.overrides);
  overrides_setting(app, "--memory-limit", "batch.memory_limit_mb", c.overrides);
  overrides_setting(app, "--format", "batch.formats", c.overrides);
  overrides_setting(app, "--min-quality", "batch.min_quality", c.overrides);
  overrides_setting(app, "--ocr", "ocr.mode", c.overrides);
  overrides_setting(app, "--lang", "ocr.languages", c.overrides);
  app.add_option("--include", c.include)->allow_extra_args(false);
  app.add_option("--exclude", c.exclude)->allow_extra_args(false);
  app.add_flag("--validate", c.validate);
  app.add_flag("--no-validate", c.no_validate);
  app.add_flag("--review", c.review);
  app.add_flag("--force", c.run.force);
  app.add_flag("--prune", c.run.prune);
  one(app.add_option("--files-from", c.files_from));
  one(app.add_option("--state", c.run.state_path));
  one(app.add_option("--shard", c.shard));
  one(app.add_option("--log-format", c.log_format));
  app.add_flag("-q,--quiet", c.run.quiet);
  app.add_flag("--print-config", c.print_config);
  app.add_flag("-h,--help", c.help);
  app.add_flag("--version", c.version);
  app.add_option("inputs", c.run.inputs);
}

// The options that are not settings: --shard and --log-format. "" when fine.
std::string apply_run_options(Command& c) {
  if (!c.shard.empty()) {
    unsigned k = 0, n = 0;
    char slash = 0, extra = 0;
    if (std::sscanf(c.shard.c_str(), "%u%c%u%c", &k, &slash, &n, &extra) != 3 || slash != '/' || n == 0 || k >= n)
      return "--shard needs K/N with K from 0 to N-1, such as 3/8 (got '" + c.shard + "')";
    c.run.shard = k;
    c.run.shards = n;
  }
  if (!c.log_format.empty()) {
    const auto f = akn::parse_log_format(c.log_format);
    if (!f) return "--log-format must be auto, bar, text or json";
    c.run.log_format = *f;
  }
  return {};
}

// The configuration file, the command line's overrides, checked once.
akn::PipelineConfig effective_config(Command& c) {
  if (c.config_path.empty())
    for (const std::string& candidate : akn::config_search_path())
      if (std::filesystem::is_regular_file(candidate)) {
        c.config_path = candidate;
        break;
      }
  if (!c.config_path.empty() && !std::filesystem::is_regular_file(c.config_path))
    throw akn::ConfigError("configuration file not found: " + c.config_path);
  akn::PipelineConfig config = c.config_path.empty() ? akn::default_config(std::filesystem::current_path().string())
                                                     : akn::read_config(c.config_path);
  for (const Override& o : c.overrides) akn::set_setting(config, o.setting, o.value, o.option);
  if (c.validate) akn::set_setting(config, "export.validate", "true", "--validate");
  if (c.no_validate) akn::set_setting(config, "export.validate", "false", "--no-validate");
  auto& formats = config.batch.formats;
  if (c.review && std::find(formats.begin(), formats.end(), "layout") == formats.end()) formats.push_back("layout");
  if (!c.include.empty()) config.batch.include = c.include;
  config.batch.exclude.insert(config.batch.exclude.end(), c.exclude.begin(), c.exclude.end());
  akn::check_config(config);
  return config;
}

// `-` as the one input: standard input kept as OUT/.akn-stdin/stdin.txt
// (a stable path, so a rerun converts it again only when it changed).
std::string stdin_input(const std::string& out_dir) {
  const std::filesystem::path dir = std::filesystem::path(out_dir) / ".akn-stdin";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "stdin.txt").string();
  std::ostringstream bytes;
  bytes << std::cin.rdbuf();
  akn::write_file_atomically(path, bytes.str());
  return path;
}

// The inputs a --files-from list names (newline or NUL separated).
std::string read_files_from(Command& c) {
  std::ostringstream list;
  if (c.files_from == "-") {
    list << std::cin.rdbuf();
  } else {
    std::ifstream in(c.files_from, std::ios::binary);
    if (!in) return "cannot read the list of inputs " + c.files_from;
    list << in.rdbuf();
  }
  for (std::string& name : akn::parse_file_list(list.str())) c.run.inputs.push_back(std::move(name));
  return {};
}

int run_command(Command& c, const akn::PipelineConfig& configured) {
  akn::PipelineConfig config = configured;
  if (!c.files_from.empty())
    if (const std::string problem = read_files_from(c); !problem.empty()) return usage_error(problem);
  if (c.run.inputs.empty())
    return usage_error(c.files_from.empty() ? "no INPUT given" : "the --files-from list names no input");
  const bool from_stdin = std::find(c.run.inputs.begin(), c.run.inputs.end(), "-") != c.run.inputs.end();
  if (from_stdin && c.run.inputs.size() > 1) return usage_error("- (standard input) must be the only INPUT");
  try {
    c.run.notices = akn::check_environment(config, c.validate);
  } catch (const akn::EnvironmentError& e) {
    std::cerr << "akn-ingest: " << e.what() << "\n";
    return 3;
  }
  if (c.run.log_format == akn::LogFormat::automatic)
    c.run.log_format = ::isatty(STDERR_FILENO) ? akn::LogFormat::bar : akn::LogFormat::json;
  try {
    if (from_stdin) c.run.inputs = {stdin_input(c.run.out_dir)};
    c.run.process_exits_after = true;
    const akn::RunReport report = akn::run_batch(config, c.run, std::cerr);
    const int status = report.exit_code();
    if (c.review && !report.interrupted) {
      const int reviewed = review_dir(c.run.out_dir, 1100, c.run.quiet);
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

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && args.front() == "merge") return merge_command({args.begin() + 1, args.end()});
  if (!args.empty() && args.front() == "review") return review_command({args.begin() + 1, args.end()});
  CLI::App app("akn-ingest", "akn-ingest");
  app.set_help_flag();
  Command c;
  define_options(app, c);
  try {
    app.parse(std::vector<std::string>(args.rbegin(), args.rend()));  // CLI11 takes them last first
  } catch (const CLI::ParseError& e) {
    return parse_error(app, e);
  }
  if (c.help) {
    std::cout << kUsage;
    return 0;
  }
  if (c.version) {
    std::cout << "akn-ingest " << AKN_VERSION << "\n";
    return 0;
  }
  if (const std::string problem = apply_run_options(c); !problem.empty()) return usage_error(problem);
  akn::PipelineConfig config;
  try {
    config = effective_config(c);
  } catch (const akn::ConfigError& e) {
    std::cerr << "akn-ingest: configuration error: " << e.what() << "\n";
    return 2;
  }
  if (c.print_config) {
    std::cout << "# effective configuration" << (config.source.empty() ? " (built-in defaults)" : " from " + config.source)
              << "\n" << akn::to_toml(config);
    return 0;
  }
  return run_command(c, config);
}
