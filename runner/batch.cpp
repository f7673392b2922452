// The batch: list the inputs, decide what needs converting from the state,
// convert in worker processes, record, report. See runner.hpp.
#include <fcntl.h>
#include <sys/stat.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <new>
#include <ostream>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/sha256.hpp"
#include "core/text.hpp"
#include "runner/cross_language.hpp"
#include "runner/fd_io.hpp"
#include "runner/inputs.hpp"
#include "runner/pool.hpp"
#include "runner/run_log.hpp"
#include "runner/runner.hpp"
#include "runner/state.hpp"

namespace akn {

namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

volatile sig_atomic_t g_signal = 0;
void on_signal(int sig) { g_signal = sig; }

// SIGINT, SIGTERM and SIGHUP stop the run cleanly while it is installed.
class SignalGuard {
 public:
  SignalGuard() {
    g_signal = 0;
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: poll() returns at once
    for (std::size_t i = 0; i < 3; ++i) ::sigaction(kSignals[i], &sa, &old_[i]);
  }
  ~SignalGuard() {
    for (std::size_t i = 0; i < 3; ++i) ::sigaction(kSignals[i], &old_[i], nullptr);
  }
  SignalGuard(const SignalGuard&) = delete;
  SignalGuard& operator=(const SignalGuard&) = delete;

 private:
  static constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};
  struct sigaction old_[3] {};
};

// An exclusive lock on a file, held for the run (flock: released by the
// kernel when the process dies, kill -9 included).
class RunLock {
 public:
  explicit RunLock(const std::string& path) {
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) throw RunError("cannot create the lock file " + path + ": " + std::strerror(errno));
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      ::close(fd_);
      throw RunError("another akn-ingest run is writing to this output directory (it holds " + path + ")");
    }
  }
  ~RunLock() { ::close(fd_); }
  RunLock(const RunLock&) = delete;
  RunLock& operator=(const RunLock&) = delete;

 private:
  int fd_ = -1;
};

const std::vector<std::pair<std::string, std::string>>& output_kinds() {
  static const std::vector<std::pair<std::string, std::string>> kinds = {
      {"akn", ".akn.xml"}, {"txt", ".txt"}, {"edits", ".edits.json"}, {"layout", ".layout.json"}};
  return kinds;
}

bool wants(const std::vector<std::string>& formats, const std::string& f) {
  return std::find(formats.begin(), formats.end(), f) != formats.end();
}

std::string output_path(const std::string& out_dir, const std::string& stem, const std::string& ext) {
  return (fs::path(out_dir) / (stem + ext)).string();
}

bool outputs_present(const std::string& out_dir, const std::string& stem, const std::vector<std::string>& formats) {
  std::error_code ec;
  for (const auto& [kind, ext] : output_kinds())
    if (wants(formats, kind) && !fs::is_regular_file(output_path(out_dir, stem, ext), ec)) return false;
  return true;
}

std::size_t count_points(const std::vector<Point>& pts) {
  std::size_t n = pts.size();
  for (const Point& p : pts) n += count_points(p.points);
  return n;
}

Json quality_json(const Quality& q) { return Json::parse(write_quality_json(q)); }

Quality quality_from(const Json& j) {
  Quality q;
  auto fig = [&](const char* k, double otherwise) { return j.contains(k) && j[k].is_number() ? j[k].get<double>() : otherwise; };
  auto count = [&](const char* k) { return j.contains(k) && j[k].is_number_unsigned() ? j[k].get<std::size_t>() : 0; };
  q.score = std::max(0.0, fig("score", 0));
  q.ocr_confidence = fig("ocrConfidence", -1);
  q.dictionary = fig("dictionary", -1);
  q.conservation = fig("conservation", 1);
  q.unaccounted = count("unaccounted");
  q.furniture = fig("furniture", 1);
  q.furniture_in_text = count("furnitureInText");
  q.reading_order = fig("readingOrder", 1);
  q.order_breaks = count("orderBreaks");
  q.metadata = fig("metadata", 1);
  q.structure = fig("structure", 1);
  q.schema_valid = j.contains("schemaValid") && j["schemaValid"].is_boolean() ? (j["schemaValid"].get<bool>() ? 1 : 0) : -1;
  q.ocr_pages = count("ocrPages");
  return q;
}

Json document_json(const DocumentReport& d) {
  Json x = {{"input", d.input}, {"relative", d.relative}, {"status", status_name(d.status)}};
  if (!d.reason.empty()) x["reason"] = d.reason;
  if (d.page > 0) x["page"] = d.page;
  if (d.retry) x["retry"] = true;
  if (!d.duplicate_of.empty()) x["duplicateOf"] = d.duplicate_of;
  if (!d.sha256.empty()) x["sha256"] = d.sha256;
  if (!d.symbol.empty()) x["symbol"] = d.symbol;
  if (!d.type.empty()) x["type"] = d.type;
  if (!d.language.empty()) x["language"] = d.language;
  for (const LanguageVersion& v : d.language_versions)
    x["languageVersions"].push_back({{"language", v.language}, {"input", v.relative}});
  if (!d.outputs.empty()) x["outputs"] = d.outputs;
  if (!d.counts.empty()) x["counts"] = d.counts;
  if (d.quality) x["quality"] = quality_json(*d.quality);
  if (!d.corpus.empty()) x["corpus"] = d.corpus;
  if (!d.edits_by_kind.empty()) x["editsByKind"] = d.edits_by_kind;
  if (!d.warnings.empty()) x["warnings"] = d.warnings;
  if (!d.note.empty()) x["note"] = d.note;
  if (!d.messages.empty()) x["messages"] = d.messages;
  x["seconds"] = std::round(d.seconds * 1000) / 1000;
  return x;
}

Status status_from(const std::string& s) {
  for (Status x : {Status::ok, Status::unchanged, Status::renamed, Status::duplicate, Status::failed, Status::skipped,
                   Status::pending})
    if (s == status_name(x)) return x;
  return Status::failed;
}

DocumentReport document_from(const Json& x) {
  DocumentReport d;
  d.input = x.value("input", "");
  d.relative = x.value("relative", "");
  d.status = status_from(x.value("status", "failed"));
  d.reason = x.value("reason", "");
  d.page = x.value("page", 0);
  d.retry = x.value("retry", false);
  d.duplicate_of = x.value("duplicateOf", "");
  d.sha256 = x.value("sha256", "");
  d.symbol = x.value("symbol", "");
  d.type = x.value("type", "");
  d.language = x.value("language", "");
  if (x.contains("outputs")) d.outputs = x["outputs"].get<std::map<std::string, std::string>>();
  if (x.contains("counts")) d.counts = x["counts"].get<std::map<std::string, std::size_t>>();
  if (x.contains("quality")) d.quality = quality_from(x["quality"]);
  d.corpus = x.value("corpus", "");
  if (x.contains("editsByKind")) d.edits_by_kind = x["editsByKind"].get<std::map<std::string, std::size_t>>();
  if (x.contains("warnings")) d.warnings = x["warnings"].get<std::vector<std::string>>();
  d.note = x.value("note", "");
  d.messages = x.value("messages", "");
  d.seconds = x.value("seconds", 0.0);
  return d;
}

std::uint64_t read_limit(const IngestOptions& o) { return std::max(o.max_pdf_bytes, o.max_text_bytes); }

std::string too_large(std::uint64_t size, std::uint64_t limit) {
  return "file of " + std::to_string(size) + " bytes exceeds the input limit of " + std::to_string(limit) +
         " bytes (ingest.max_pdf_bytes, ingest.max_text_bytes)";
}

// The SHA-256 of a file, read in 1 MB pieces.
std::string hash_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DocumentError(path, std::string("cannot open the file for reading: ") + std::strerror(errno));
  Sha256 h;
  std::string buffer(1 << 20, '\0');
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    h.update(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
  }
  if (in.bad()) throw DocumentError(path, "read error while hashing the file");
  return h.hex();
}

std::string read_input(const std::string& path, std::uint64_t limit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DocumentError(path, std::string("cannot open the file for reading: ") + std::strerror(errno));
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec && size > limit) throw DocumentError(path, too_large(size, limit));
  std::string bytes;
  bytes.resize(ec ? 0 : static_cast<std::size_t>(size));
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

// What a worker does with one document: read, convert, write the outputs
// in place, and describe the result: a line of JSON, then the corpus record.
struct WorkerContext {
  const Pipeline& pipeline;
  std::string out_dir;
  WriteOptions write;
  std::vector<std::string> formats;
};

std::string convert_in_worker(const WorkerContext& ctx, const std::string& payload,
                              const std::function<void(int, int)>& on_page) {
  const Json job = Json::parse(payload);
  DocumentReport d;
  d.input = job["path"].get<std::string>();
  d.relative = job["relative"].get<std::string>();
  d.stem = job["stem"].get<std::string>();
  Json result;
  std::string corpus;  // the corpus record, when converted
  int current_page = 0;
  const auto track = [&](int page, int pages) {
    current_page = page;
    on_page(page, pages);
  };
  try {
    try {
      const std::string bytes = read_input(d.input, read_limit(ctx.pipeline.config().ingest));
      // The coordinator's digest holds while the file has the size and time
      // it had when hashed (the rule of the state's hash cache); otherwise
      // the file changed since, and what was read is hashed.
      struct stat st {};
      const std::string known = job.value("sha256", "");
      const bool same = !known.empty() && ::stat(d.input.c_str(), &st) == 0 &&
                        static_cast<std::uint64_t>(st.st_size) == bytes.size() &&
                        job.value("size", std::uint64_t{0}) == bytes.size() &&
                        job.value("mtimeNs", std::int64_t{0}) == mtime_ns_of(st);
      d.sha256 = same ? known : sha256_hex(bytes);
      Conversion c = ctx.pipeline.convert(d.relative, bytes, track, d.sha256);
      if (!c.validation_errors.empty())
        throw DocumentError(d.relative, "the AKN output is not schema-valid (" + std::to_string(c.validation_errors.size()) +
                                            " errors; first: " + c.validation_errors.front() + ")");
      const std::string layout = wants(ctx.formats, "layout") ? write_layout_json(c.document, c.resolution, c.akn_parts) : std::string();
      const std::map<std::string, const std::string*> content = {
          {"akn", &c.akn}, {"txt", &c.text}, {"edits", &c.edits_json}, {"layout", &layout}};
      for (const auto& [kind, ext] : output_kinds()) {
        if (!wants(ctx.formats, kind)) continue;
        const std::string path = output_path(ctx.out_dir, d.stem, ext);
        write_file_atomically(path, *content.at(kind), ctx.write);
        d.outputs[kind] = path;
      }
      const Resolution& r = c.resolution;
      std::size_t points = 0, ocr_pages = 0;
      for (const auto& p : r.operative) points += count_points(p.points);
      for (const Section& s : r.sections)
        for (const auto& p : s.operative) points += count_points(p.points);
      for (const Page& p : c.document.pages) ocr_pages += p.ocr ? 1 : 0;
      d.counts = {{"pages", c.document.pages.size()},
                  {"pagesOcr", ocr_pages},
                  {"preamble", preambular_count(r)},
                  {"operative", operative_count(r)},
                  {"sections", r.sections.size()},
                  {"annexes", r.annexes.size()},
                  {"points", points},
                  {"footnotes", r.footnotes.size()},
                  {"edits", c.document.log.edits().size() + r.edits.size()},
                  {"warnings", c.document.log.warnings().size() + r.warnings.size()}};
      d.edits_by_kind = c.document.log.counts_by_kind();
      for (const Edit& e : r.edits) ++d.edits_by_kind[e.kind];
      for (const Diagnostic& w : c.document.log.warnings())
        d.warnings.push_back(w.pass + (w.where.page > 0 ? " (page " + std::to_string(w.where.page) + ")" : "") + ": " + w.message);
      for (const Diagnostic& w : r.warnings) d.warnings.push_back(w.pass + ": " + w.message);
      if (r.meta.symbol) d.symbol = *r.meta.symbol;
      if (r.meta.language) d.language = *r.meta.language;
      d.type = type_name(r.type);
      d.quality = c.quality;
      corpus = std::move(c.corpus);
      result["corpusKey"] = sha256_hex(collapse_spaces(c.text));
    } catch (const std::bad_alloc&) {
      // A limit of the run, not a fault of the input: retried next run.
      const std::size_t mb = ctx.pipeline.config().batch.memory_limit_mb;
      d.retry = true;
      throw DocumentError(d.relative,
                          "out of memory" + (mb > 0 ? " (the limit per worker is " + std::to_string(mb) +
                                                          " MB: batch.memory_limit_mb, --memory-limit)"
                                                    : std::string()),
                          current_page);
    }
  } catch (const DocumentError& e) {
    d.status = Status::failed;
    d.reason = e.reason();
    d.page = e.page();
    d.outputs.clear();
  } catch (const std::exception& e) {
    d.status = Status::failed;
    d.reason = std::string("internal error: ") + e.what();
    d.page = current_page;
    d.outputs.clear();
  }
  result["report"] = document_json(d);
  // The corpus record (the whole clean text) follows the result's line
  // as it is, so that the coordinator parses only the small report.
  return result.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n" + corpus;
}

// A record's outputs moved to a new stem; the edit log names the new input.
void move_outputs(const std::string& out_dir, const std::string& from, const std::string& to,
                  const std::string& relative, const std::vector<std::string>& formats, const WriteOptions& how) {
  for (const auto& [kind, ext] : output_kinds()) {
    if (!wants(formats, kind)) continue;
    const std::string a = output_path(out_dir, from, ext), b = output_path(out_dir, to, ext);
    fs::create_directories(fs::path(b).parent_path());
    if (kind == "edits") {
      std::ifstream in(a, std::ios::binary);
      Json j = Json::parse(in);
      j["source"]["name"] = relative;
      write_file_atomically(b, j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n", how);
      fs::remove(a);
    } else {
      fs::rename(a, b);
    }
  }
}

}  // namespace

const char* status_name(Status s) {
  switch (s) {
    case Status::ok: return "ok";
    case Status::unchanged: return "unchanged";
    case Status::renamed: return "renamed";
    case Status::duplicate: return "duplicate";
    case Status::failed: return "failed";
    case Status::skipped: return "skipped";
    case Status::pending: return "pending";
  }
  return "failed";
}

std::optional<LogFormat> parse_log_format(const std::string& name) {
  if (name == "auto") return LogFormat::automatic;
  if (name == "bar") return LogFormat::bar;
  if (name == "text") return LogFormat::text;
  if (name == "json") return LogFormat::json;
  return std::nullopt;
}

namespace {
// Whether `path` is a regular file (not a link) holding exactly `bytes`,
// read only when the sizes agree; with `durable`, it is then flushed too, in
// case the run that wrote it was not durable.
bool already_in_place(const std::string& path, std::string_view bytes, bool durable) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0) return false;
  struct stat st {};
  std::string held;
  bool same = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::uint64_t>(st.st_size) == bytes.size();
  if (same) {
    held.resize(bytes.size());
    same = read_all(fd, held.data(), held.size()) && held == bytes;
  }
  if (same && durable) same = ::fsync(fd) == 0;
  ::close(fd);
  return same;
}
}  // namespace

void write_file_atomically(const std::string& path, std::string_view bytes, const WriteOptions& how) {
  static std::atomic<unsigned long> counter{0};
  const fs::path target(path);
  if (target.has_parent_path()) fs::create_directories(target.parent_path());
  // The bytes in place already (a document converted again to the same
  // output): the file is left as it is, with its time, instead of being
  // replaced by a copy.
  if (already_in_place(path, bytes, how.durable)) return;
  const std::string unique = std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".tmp";
  const std::string tmp = how.tmp_dir.empty() ? path + "." + unique : (fs::path(how.tmp_dir) / unique).string();
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error("cannot write " + tmp + ": " + std::strerror(errno));
  bool ok = write_all(fd, bytes.data(), bytes.size());
  const int saved = ok ? 0 : errno;
  if (ok && how.durable && ::fsync(fd) != 0) ok = false;
  if (::close(fd) != 0) ok = false;
  if (!ok) {
    ::unlink(tmp.c_str());
    throw std::runtime_error("cannot write " + path + ": " + std::strerror(saved ? saved : errno));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int e = errno;
    ::unlink(tmp.c_str());
    throw std::runtime_error("cannot move " + tmp + " into place as " + path + ": " + std::strerror(e));
  }
}

std::size_t RunReport::count(Status s) const {
  return static_cast<std::size_t>(std::count_if(documents.begin(), documents.end(),
                                                [s](const DocumentReport& d) { return d.status == s; }));
}

int RunReport::exit_code() const {
  if (interrupted) return 128 + interrupted;
  return count(Status::failed) > 0 ? 1 : 0;
}

RunReport run_batch(const PipelineConfig& config, const RunOptions& options, std::ostream& log_stream) {
  const auto t0 = std::chrono::steady_clock::now();
  const BatchConfig& batch = config.batch;
  const std::string version = AKN_VERSION;
  const std::string& out = options.out_dir;
  const std::string suffix =
      options.shards > 1 ? ".shard-" + std::to_string(options.shard) + "-of-" + std::to_string(options.shards) : "";

  std::error_code ec;
  fs::create_directories(out, ec);
  if (ec || !fs::is_directory(out)) throw RunError("cannot create the output directory " + out + (ec ? ": " + ec.message() : ""));
  const RunLock lock((fs::path(out) / (".akn-state" + suffix + ".lock")).string());
  // Temporary files of an earlier run that was killed are removed here.
  const std::string tmp_dir = (fs::path(out) / (".akn-tmp" + suffix)).string();
  fs::remove_all(tmp_dir, ec);
  fs::create_directories(tmp_dir, ec);
  if (ec) throw RunError("cannot create " + tmp_dir + ": " + ec.message());
  const WriteOptions write{tmp_dir, batch.durable};

  std::string state_warning;
  std::unique_ptr<StateStore> state;
  try {
    state = std::make_unique<StateStore>(
        options.state_path.empty() ? (fs::path(out) / (".akn-state" + suffix + ".sqlite")).string() : options.state_path,
        state_warning);
  } catch (const StateError& e) {
    throw RunError(e.what());
  }

  // The dictionary's hash (half a megabyte read on every run) comes from
  // the state's hash cache when its size and time are unchanged.
  const std::string hash = config_hash(config, [&](const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return sha256_hex(std::string());  // as an empty file, like config_hash's own reading
    const std::int64_t mtime = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (auto cached = state->cached_hash(path, size, mtime)) return *cached;
    try {
      std::string h = hash_file(path);
      state->remember_hash(path, size, mtime, h);
      return h;
    } catch (const DocumentError&) {
      return sha256_hex(std::string());
    }
  });

  const SignalGuard signals;
  auto log = make_run_log(options.log_format, options.quiet, false, log_stream);
  if (!state_warning.empty()) log->message("warning", state_warning);

  InputFilter filter{batch.include, batch.exclude, options.shard, options.shards};
  const InputListing listing = list_inputs(options.inputs, out, filter);
  RunReport report;
  report.config_hash = hash;
  report.excluded = listing.excluded;
  report.other_shards = listing.other_shards;
  report.report_path = (fs::path(out) / ("report" + suffix + ".json")).string();
  if (!listing.out_skipped.empty()) log->message("info", "the output directory " + listing.out_skipped + " inside an input is not read");

  const std::size_t n = listing.files.size();
  std::vector<DocumentReport>& docs = report.documents;
  docs.resize(n);
  std::vector<std::string> corpus(n), corpus_key(n);
  std::vector<std::size_t> to_convert;
  std::set<std::string> claimed;
  for (std::size_t i = 0; i < n; ++i) {
    const InputFile& f = listing.files[i];
    docs[i].input = f.path;
    docs[i].relative = f.relative;
    docs[i].stem = f.stem;
    docs[i].note = f.note;
    if (!f.stem.empty()) claimed.insert(f.stem);
  }

  // Content hashes: from the cache when size and time are unchanged.
  const std::uint64_t limit = read_limit(config.ingest);
  state->begin();
  for (std::size_t i = 0; i < n && !g_signal; ++i) {
    const InputFile& f = listing.files[i];
    DocumentReport& d = docs[i];
    if (!f.skip.empty()) continue;
    if (f.size > limit) continue;  // refused below, unread
    if (auto cached = state->cached_hash(f.path, f.size, f.mtime_ns)) {
      d.sha256 = *cached;
      continue;
    }
    try {
      d.sha256 = hash_file(f.path);
      state->remember_hash(f.path, f.size, f.mtime_ns, d.sha256);
    } catch (const DocumentError& e) {
      d.status = Status::failed;
      d.reason = e.reason();
    }
  }
  state->commit();

  // Of identical inputs, the one converted is the one whose outputs are up
  // to date already, else the first: a copy appearing does not move them.
  std::map<std::string, std::size_t> first_with_content;
  for (std::size_t i = 0; i < n; ++i) {
    const DocumentReport& d = docs[i];
    if (d.sha256.empty() || d.status == Status::failed || !listing.files[i].skip.empty()) continue;
    auto [it, fresh] = first_with_content.emplace(d.sha256, i);
    if (fresh || options.force) continue;
    const auto record = state->at(d.stem, false);
    if (record && record->sha256 == d.sha256 && record->config_hash == hash && record->version == version &&
        record->status == "ok" && outputs_present(out, d.stem, batch.formats)) {
      const auto held = state->at(docs[it->second].stem, false);
      if (!held || held->sha256 != d.sha256) it->second = i;
    }
  }

  // What each input needs.
  for (std::size_t i = 0; i < n; ++i) {
    const InputFile& f = listing.files[i];
    DocumentReport& d = docs[i];
    if (!f.skip.empty()) {
      d.status = f.failed ? Status::failed : Status::skipped;
      d.reason = f.skip;
      continue;
    }
    if (f.size > limit) {
      d.status = Status::failed;
      d.reason = too_large(f.size, limit);
      continue;
    }
    if (f.size == 0) {  // not a duplicate of every other empty file
      d.status = Status::failed;
      d.reason = "empty file (0 bytes)";
      continue;
    }
    if (d.status == Status::failed || d.sha256.empty()) {
      if (d.sha256.empty() && d.reason.empty()) {
        d.status = Status::pending;
        d.reason = "not converted: the run was interrupted";
      }
      continue;
    }
    if (const std::size_t primary = first_with_content.at(d.sha256); primary != i) {
      d.status = Status::duplicate;
      d.duplicate_of = docs[primary].input;
      continue;
    }
    if (!options.force) {
      const auto record = state->at(f.stem, wants(batch.formats, "jsonl"));
      if (record && record->sha256 == d.sha256 && record->config_hash == hash && record->version == version) {
        DocumentReport before = document_from(Json::parse(record->report));
        if (record->status == "ok" && outputs_present(out, f.stem, batch.formats)) {
          before.status = Status::unchanged;
          before.input = d.input;
          before.relative = d.relative;
          before.stem = d.stem;
          before.note = d.note;
          before.seconds = 0;
          d = std::move(before);
          corpus[i] = record->corpus;
          corpus_key[i] = record->corpus_key;
          continue;
        }
        if (record->status == "failed") {
          before.status = Status::failed;
          before.input = d.input;
          before.relative = d.relative;
          before.seconds = 0;
          before.note = "not retried: it failed with the same content, configuration and version before (--force retries)";
          d = std::move(before);
          continue;
        }
      }
      // The same content converted before under a name that is gone.
      bool moved = false;
      for (const StateRecord& r : state->with_content(d.sha256, hash, version, wants(batch.formats, "jsonl"))) {
        if (r.status != "ok" || claimed.count(r.stem) || !outputs_present(out, r.stem, batch.formats)) continue;
        try {
          move_outputs(out, r.stem, f.stem, d.relative, batch.formats, write);
        } catch (const std::exception& e) {
          log->message("warning", "cannot move the outputs of " + r.input + " to " + f.stem + ": " + e.what() +
                                      "; converting again");
          break;
        }
        DocumentReport before = document_from(Json::parse(r.report));
        before.status = Status::renamed;
        before.input = d.input;
        before.relative = d.relative;
        before.stem = f.stem;
        before.note = "renamed from " + r.input + ": its outputs were moved, not made again";
        before.seconds = 0;
        for (const auto& [kind, ext] : output_kinds())
          if (before.outputs.count(kind)) before.outputs[kind] = output_path(out, f.stem, ext);
        StateRecord moved_record = r;
        moved_record.stem = f.stem;
        moved_record.input = d.relative;
        moved_record.report = document_json(before).dump();
        state->begin();
        state->erase(r.stem);
        state->put(moved_record);
        state->commit();
        corpus[i] = r.corpus;
        corpus_key[i] = r.corpus_key;
        d = std::move(before);
        moved = true;
        break;
      }
      if (moved) continue;
    }
    to_convert.push_back(i);
  }

  // Largest first, so one big document does not run alone at the end.
  std::stable_sort(to_convert.begin(), to_convert.end(),
                   [&](std::size_t a, std::size_t b) { return listing.files[a].size > listing.files[b].size; });
  std::uint64_t bytes = 0;
  for (std::size_t i : to_convert) bytes += listing.files[i].size;
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  report.jobs = static_cast<unsigned>(
      std::max<std::size_t>(1, std::min<std::size_t>(batch.jobs == 0 ? cores : batch.jobs, to_convert.size())));
  log->begin(n, to_convert.size(), bytes, report.jobs);
  std::vector<bool> settled(n, true);
  for (std::size_t i : to_convert) settled[i] = false;
  for (std::size_t i = 0; i < n; ++i)
    if (settled[i]) log->finished(docs[i], 0);

  if (!to_convert.empty() && !g_signal) {
    // Loaded once here, before the workers are forked: they share it.
    const Pipeline pipeline(config);
    const WorkerContext ctx{pipeline, out, write, batch.formats};
    WorkerPool pool(report.jobs, PoolLimits{batch.timeout, batch.page_timeout, batch.memory_limit_mb},
                    [&ctx](const std::string& job, const std::function<void(int, int)>& page) {
                      return convert_in_worker(ctx, job, page);
                    });
    std::size_t next = 0;
    const auto dispatch = [&] {
      while (next < to_convert.size() && pool.has_idle() && !g_signal) {
        const std::size_t i = to_convert[next++];
        const Json job = {{"path", docs[i].input}, {"relative", docs[i].relative}, {"stem", docs[i].stem},
                          {"sha256", docs[i].sha256}, {"size", listing.files[i].size},
                          {"mtimeNs", listing.files[i].mtime_ns}};
        try {
          log->started(docs[i], pool.submit(i, job.dump()));
        } catch (const std::runtime_error& e) {
          throw RunError(e.what());
        }
      }
    };
    dispatch();
    while ((next < to_convert.size() || pool.busy() > 0) && !g_signal) {
      std::vector<WorkerEvent> events = pool.wait(std::chrono::milliseconds(200));
      // The workers that finished get their next documents before their
      // results are recorded: they convert while the coordinator parses,
      // stores and logs (a tenth of the time of a small text dump).
      dispatch();
      for (WorkerEvent& e : events) {
        DocumentReport& d = docs[e.job];
        if (e.kind == WorkerEvent::Kind::page) {
          log->page(d, e.page, e.pages);
          continue;
        }
        if (e.kind == WorkerEvent::Kind::done) {
          const std::size_t line = std::min(e.result.find('\n'), e.result.size());
          const Json result = Json::parse(std::string_view(e.result).substr(0, line));
          std::string record = line < e.result.size() ? e.result.substr(line + 1) : std::string();
          DocumentReport r = document_from(result["report"]);
          r.stem = d.stem;
          r.note = d.note;
          r.seconds = e.seconds;
          d = std::move(r);
          StateRecord rec{d.stem, d.sha256, hash, version, d.relative, status_name(d.status), document_json(d).dump(),
                          std::move(record), result.value("corpusKey", "")};
          if (!d.sha256.empty() && !d.retry) state->put(rec);
          corpus[e.job] = rec.corpus;
          corpus_key[e.job] = rec.corpus_key;
        } else {
          d.status = Status::failed;
          d.reason = e.reason + (e.page > 0 ? " (while on page " + std::to_string(e.page) + " of " + std::to_string(e.pages) + ")" : "");
          d.page = e.page;
          d.messages = e.messages;
          d.seconds = e.seconds;
          d.retry = true;
        }
        settled[e.job] = true;
        log->finished(d, listing.files[e.job].size);
      }
      log->tick();
    }
    if (g_signal) pool.kill_all();
  }
  report.interrupted = g_signal;
  for (std::size_t i : to_convert)
    if (!settled[i]) {
      docs[i].status = Status::pending;
      docs[i].reason = "not converted: the run was interrupted";
    }

  // The same documents in other languages: their structures must agree.
  cross_language::check_versions(docs);

  // The corpus: documents in input order, the best of each clean text.
  if (wants(batch.formats, "jsonl")) {
    std::map<std::string, std::size_t> best;
    for (std::size_t i = 0; i < n; ++i) {
      DocumentReport& d = docs[i];
      if (corpus[i].empty() || !(d.status == Status::ok || d.status == Status::unchanged || d.status == Status::renamed)) continue;
      const double score = d.quality ? d.quality->score : 0;
      if (score < batch.min_quality) {
        d.corpus = "excluded: quality " + format_fixed(score, 2) + " is under min_quality " + format_fixed(batch.min_quality, 2);
        continue;
      }
      auto [it, fresh] = best.emplace(corpus_key[i], i);
      if (!fresh) {
        const std::size_t j = it->second;
        const double other = docs[j].quality ? docs[j].quality->score : 0;
        const std::size_t loser = score > other ? j : i;
        if (score > other) it->second = i;
        docs[loser].corpus = "excluded: the same clean text as " + docs[it->second].relative;
      }
    }
    std::string lines;
    for (std::size_t i = 0; i < n; ++i) {
      const auto it = best.find(corpus_key[i]);
      if (it == best.end() || it->second != i || corpus[i].size() < 2) continue;
      docs[i].corpus = "included";
      lines += "{\"path\":" + Json(docs[i].relative).dump(-1, ' ', false, Json::error_handler_t::replace) + "," +
               cross_language::corpus_links(docs[i]) + corpus[i].substr(1) + "\n";
    }
    report.corpus_path = (fs::path(out) / ("corpus" + suffix + ".jsonl")).string();
    if (!report.interrupted) write_file_atomically(report.corpus_path, lines, write);
  }

  // Outputs of inputs that are gone.
  if (!report.interrupted) {
    for (const std::string& stem : state->stems())
      if (!claimed.count(stem)) report.stale.push_back(stem);
    if (options.prune && !report.stale.empty()) {
      state->begin();
      for (const std::string& stem : report.stale) {
        for (const auto& [kind, ext] : output_kinds()) fs::remove(output_path(out, stem, ext), ec);
        state->erase(stem);
      }
      state->commit();
      report.pruned = true;
    }
  }

  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  write_file_atomically(report.report_path, report_json(report, options), write);
  log->end(report);
  fs::remove_all(tmp_dir, ec);
  return report;
}

std::string report_json(const RunReport& report, const RunOptions& options) {
  Json j;
  j["tool"] = "akn-ingest";
  j["version"] = AKN_VERSION;
  j["configHash"] = report.config_hash;
  // Where the paths below are relative to: `review` finds the outputs and
  // the inputs again from another directory.
  j["out"] = options.out_dir;
  {
    std::error_code ec;
    j["workingDirectory"] = fs::current_path(ec).string();
  }
  if (options.shards > 1) j["shard"] = {{"index", options.shard}, {"count", options.shards}};
  std::size_t pages = 0, ocr = 0;
  for (const DocumentReport& d : report.documents)
    if (d.status == Status::ok) {
      if (auto it = d.counts.find("pages"); it != d.counts.end()) pages += it->second;
      if (auto it = d.counts.find("pagesOcr"); it != d.counts.end()) ocr += it->second;
    }
  Json summary = {{"inputs", report.documents.size()}};
  for (Status s : {Status::ok, Status::unchanged, Status::renamed, Status::duplicate, Status::failed, Status::skipped,
                   Status::pending})
    summary[status_name(s)] = report.count(s);
  summary["excluded"] = report.excluded;
  summary["otherShards"] = report.other_shards;
  summary["pagesConverted"] = pages;
  summary["pagesOcr"] = ocr;
  summary["jobs"] = report.jobs;
  summary["seconds"] = std::round(report.seconds * 1000) / 1000;
  if (report.interrupted) summary["interrupted"] = signal_description(report.interrupted);
  summary["exitStatus"] = report.exit_code();
  j["summary"] = std::move(summary);
  Json docs = Json::array();
  for (const DocumentReport& d : report.documents) docs.push_back(document_json(d));
  j["documents"] = std::move(docs);
  if (!report.stale.empty()) {
    j["stale"] = report.stale;
    j["staleDeleted"] = report.pruned;
  }
  if (!report.corpus_path.empty()) j["corpus"] = report.corpus_path;
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace akn
