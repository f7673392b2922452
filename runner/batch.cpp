// The batch: list the inputs, decide what needs converting from the state,
// convert in worker processes, record, report. See runner.hpp.
#include <dirent.h>
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
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/sha256.hpp"
#include "core/text.hpp"
#include "runner/cross_language.hpp"
#include "runner/fd_io.hpp"
#include "runner/inputs.hpp"
#include "runner/plan.hpp"
#include "runner/pool.hpp"
#include "runner/report.hpp"
#include "runner/report_entry.hpp"
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
      {"akn", ".akn.xml"}, {"txt", ".txt"}, {"edits", ".edits.json"}, {"layout", ".layout.json"}, {"pages", ".pages.txt"}, {"hocr", ".hocr"}};
  return kinds;
}

bool wants(const std::vector<std::string>& formats, const std::string& f) {
  return std::find(formats.begin(), formats.end(), f) != formats.end();
}

// As (fs::path(out_dir) / (stem + ext)).string(), without parsing paths:
// the plan asks it for every input (1,000 on an unchanged rerun of 1,000
// documents).
std::string output_path(const std::string& out_dir, const std::string& stem, const std::string& ext) {
  std::string path;
  path.reserve(out_dir.size() + 1 + stem.size() + ext.size());
  path = out_dir;
  if (!path.empty() && path.back() != '/') path += '/';
  path += stem;
  path += ext;
  return path;
}

std::size_t count_points(const std::vector<Point>& pts) {
  std::size_t n = pts.size();
  for (const Point& p : pts) n += count_points(p.points);
  return n;
}

std::uint64_t read_limit(const IngestOptions& o) { return std::max(o.max_pdf_bytes, o.max_text_bytes); }

// The SHA-256 of a file, read in 1 MB pieces. The buffer is allocated once
// per thread: a megabyte allocated and zeroed for each of a thousand 5 KB
// text dumps was a tenth of the coordinator's time on a first run.
std::string hash_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DocumentError(path, std::string("cannot open the file for reading: ") + std::strerror(errno));
  Sha256 h;
  thread_local std::string buffer(1 << 20, '\0');
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
// in place, and describe the result: its report entry (a line of JSON), the
// key of its clean text (a line), then the corpus record. The coordinator
// parses the report entry once and nothing else (it parsed, re-serialised
// and parsed again a whole result object: a third of its work per document).
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
  std::string corpus_key;  // the hash of the clean text, when converted
  std::string corpus;      // the corpus record, when converted
  int current_page = 0;
  const auto track = [&](int page, int pages) {
    current_page = page;
    on_page(page, pages);
  };
  // The machine's fault (a language's data missing, an allocation inside a
  // library failed), not the input's: retried by the next run.
  const auto machine_fault = [&](const std::exception& e) {
    d.status = Status::failed;
    d.reason = e.what();
    d.page = current_page;
    d.retry = true;
    d.outputs.clear();
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
      Conversion c = ctx.pipeline.convert(d.relative, bytes, track, d.sha256, job.value("pageThreads", 0));
      if (!c.validation_errors.empty())
        throw DocumentError(d.relative, "the AKN output is not schema-valid (" + std::to_string(c.validation_errors.size()) +
                                            " errors; first: " + c.validation_errors.front() + ")");
      const std::string layout = wants(ctx.formats, "layout") ? write_layout_json(c.document, c.resolution, c.akn_parts) : std::string();
      const std::string pages = wants(ctx.formats, "pages") ? write_page_text(c.document) : std::string();
      const std::string hocr = wants(ctx.formats, "hocr") ? write_hocr(c.document, ocr_system_name()) : std::string();
      const std::map<std::string, const std::string*> content = {{"akn", &c.akn},       {"txt", &c.text},
                                                                 {"edits", &c.edits_json}, {"layout", &layout},
                                                                 {"pages", &pages},    {"hocr", &hocr}};
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
      // Operative paragraphs are a resolution's, a decision's or a draft's; a
      // letter's, report's or record's body paragraphs are counted apart.
      const bool statement = is_statement(r);
      d.counts = {{"pages", c.document.pages.size()},
                  {"pagesOcr", ocr_pages},
                  {"preamble", preambular_count(r)},
                  {"operative", statement ? operative_count(r) : 0},
                  {"paragraphs", statement ? 0 : operative_count(r)},
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
      d.type = type_name(r.type);
      d.language = r.meta.language.value_or("");
      d.quality = c.quality;
      corpus = std::move(c.corpus);
      corpus_key = sha256_hex(collapse_spaces(c.text));
    } catch (const std::bad_alloc& e) {
      // A limit of the run, not a fault of the input: retried next run.
      const auto* page_short = dynamic_cast<const PageOutOfMemory*>(&e);
      const std::size_t mb = ctx.pipeline.config().batch.memory_limit_mb;
      d.retry = true;
      throw DocumentError(d.relative,
                          "out of memory" + (mb > 0 ? " (the limit per worker is " + std::to_string(mb) +
                                                          " MB: batch.memory_limit_mb, --memory-limit)"
                                                    : std::string()),
                          page_short ? page_short->page() : current_page);
    }
  } catch (const EnvironmentError& e) {
    // Not the input's fault: not recorded as its failure, retried next run.
    d.status = Status::failed;
    d.reason = std::string("environment: ") + e.what();
    d.page = current_page;
    d.retry = true;
    d.outputs.clear();
  } catch (const DocumentError& e) {
    d.status = Status::failed;
    d.reason = e.reason();
    d.page = e.page();
    d.outputs.clear();
  } catch (const ResourceError& e) {
    machine_fault(e);
  } catch (const RunError& e) {
    machine_fault(e);  // an output could not be written (disk full, permissions)
  } catch (const std::exception& e) {
    d.status = Status::failed;
    d.reason = std::string("internal error: ") + e.what();
    d.page = current_page;
    d.outputs.clear();
  }
  // The corpus record (the whole clean text) follows as it is, so that the
  // coordinator parses only the small report.
  return document_json(d) + "\n" + corpus_key + "\n" + corpus;
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
  if (fd < 0) throw RunError("cannot write " + tmp + ": " + std::strerror(errno));
  bool ok = write_all(fd, bytes.data(), bytes.size());
  const int saved = ok ? 0 : errno;
  if (ok && how.durable && ::fsync(fd) != 0) ok = false;
  if (::close(fd) != 0) ok = false;
  if (!ok) {
    ::unlink(tmp.c_str());
    throw RunError("cannot write " + path + ": " + std::strerror(saved ? saved : errno));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const int e = errno;
    ::unlink(tmp.c_str());
    throw RunError("cannot move " + tmp + " into place as " + path + ": " + std::strerror(e));
  }
}

namespace {

// The state database and the file system, as the plan asks about them.
// The records are read in one query when the plan starts: a query per
// input was half of an unchanged rerun's planning.
class StatePrior : public Prior {
 public:
  StatePrior(const StateStore& state, std::string out, std::vector<std::string> formats)
      : state_(state), out_(std::move(out)), formats_(std::move(formats)) {
    for (StateRecord& r : state_.records()) {
      std::string stem = r.stem;
      by_stem_.emplace(std::move(stem), std::move(r));
    }
  }
  std::optional<StateRecord> at(const std::string& stem) const override {
    const auto it = by_stem_.find(stem);
    if (it == by_stem_.end()) return std::nullopt;
    return it->second;
  }
  std::vector<StateRecord> with_content(const std::string& sha256, const std::string& config_hash,
                                        const std::string& version) const override {
    return state_.with_content(sha256, config_hash, version, false);
  }
  std::vector<std::pair<std::string, std::string>> sources() const override {
    std::vector<std::pair<std::string, std::string>> out;
    out.reserve(by_stem_.size());
    for (const auto& [stem, r] : by_stem_) out.emplace_back(stem, r.source);
    return out;
  }
  // Each output directory is listed once (an unchanged rerun of 1,000
  // documents asked 3,000 stats, an eighth of its time); an entry that is
  // no regular file by its listing is asked as before (a link, a file
  // system that does not say).
  bool outputs_present(const std::string& stem) const override {
    const std::string path = output_path(out_, stem, "");
    const std::size_t slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const Listing& listing = listed(dir);
    for (const auto& [kind, ext] : output_kinds()) {
      if (!wants(formats_, kind)) continue;
      const std::string file = name + ext;
      if (listing.regular.contains(file)) continue;
      if (!listing.other.contains(file)) return false;
      struct stat st {};
      if (::stat((dir + "/" + file).c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
    }
    return true;
  }
  bool exists(const std::string& source) const override {
    std::error_code ec;
    return fs::exists(fs::symlink_status(source, ec));
  }

 private:
  const StateStore& state_;
  std::string out_;
  std::vector<std::string> formats_;
  std::map<std::string, StateRecord> by_stem_;  // in stem order, as sources() gives them
  // A directory's entries by name: regular files, and those whose kind the
  // listing does not give as one (links, unknown).
  struct Listing {
    std::unordered_set<std::string> regular, other;
  };
  mutable std::unordered_map<std::string, Listing> listings_;

  const Listing& listed(const std::string& dir) const {
    const auto found = listings_.find(dir);
    if (found != listings_.end()) return found->second;
    Listing& l = listings_[dir];
    if (DIR* d = ::opendir(dir.c_str())) {
      while (const dirent* e = ::readdir(d)) {
        if (e->d_type == DT_DIR) continue;
        (e->d_type == DT_REG ? l.regular : l.other).emplace(e->d_name);
      }
      ::closedir(d);
    }
    return l;
  }
};

// What one run holds while it goes: settings, the state, the log, and per
// input its report and corpus record.
struct Batch {
  Batch(const PipelineConfig& c, const RunOptions& o)
      : config(c), options(o), out(o.out_dir),
        suffix(o.shards > 1 ? ".shard-" + std::to_string(o.shard) + "-of-" + std::to_string(o.shards) : "") {}
  const PipelineConfig& config;
  const RunOptions& options;
  std::string out, suffix, version = AKN_VERSION, hash, tmp_dir;
  WriteOptions write;
  std::unique_ptr<StateStore> state;
  std::unique_ptr<RunLog> log;
  InputListing listing;
  RunReport report;
  std::vector<std::string> corpus, corpus_key;  // per input: its corpus record and clean-text key
  std::vector<bool> settled;                    // per input: reported to the log
  std::vector<std::size_t> to_convert;

  [[nodiscard]] bool wants(const std::string& format) const { return akn::wants(config.batch.formats, format); }
  [[nodiscard]] DocumentReport& doc(std::size_t i) { return report.documents[i]; }
};

// The output directory's temporary directory and the state (the caller holds the lock).
void open_output(Batch& b, std::string& state_warning) {
  std::error_code ec;
  // Temporary files of an earlier run that was killed are removed here.
  b.tmp_dir = (fs::path(b.out) / (".akn-tmp" + b.suffix)).string();
  fs::remove_all(b.tmp_dir, ec);
  fs::create_directories(b.tmp_dir, ec);
  if (ec) throw RunError("cannot create " + b.tmp_dir + ": " + ec.message());
  b.write = WriteOptions{b.tmp_dir, b.config.batch.durable};
  try {
    b.state = std::make_unique<StateStore>(b.options.state_path.empty()
                                               ? (fs::path(b.out) / (".akn-state" + b.suffix + ".sqlite")).string()
                                               : b.options.state_path,
                                           state_warning);
  } catch (const StateError& e) {
    throw RunError(e.what());
  }
}

// The configuration's hash. The dictionary's (half a megabyte read on every
// run) comes from the state's hash cache when its size and time are unchanged.
std::string hash_configuration(Batch& b) {
  return config_hash(b.config, [&](const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return sha256_hex(std::string());  // as an empty file, like config_hash's own reading
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (auto cached = b.state->cached_hash(path, size, mtime_ns_of(st))) return *cached;
    try {
      std::string h = hash_file(path);
      b.state->remember_hash(path, size, mtime_ns_of(st), h);
      return h;
    } catch (const DocumentError&) {
      return sha256_hex(std::string());
    }
  });
}

// Content hashes: from the cache when size and time are unchanged.
std::vector<PlannedInput> hash_inputs(Batch& b) {
  const std::uint64_t limit = read_limit(b.config.ingest);
  std::vector<PlannedInput> inputs;
  b.state->begin();
  for (const InputFile& f : b.listing.files) {
    PlannedInput in{f, {}, {}};
    if (f.skip.empty() && f.size <= limit && !g_signal) {
      if (auto cached = b.state->cached_hash(f.path, f.size, f.mtime_ns)) {
        in.sha256 = *cached;
      } else {
        try {
          in.sha256 = hash_file(f.path);
          b.state->remember_hash(f.path, f.size, f.mtime_ns, in.sha256);
        } catch (const DocumentError& e) {
          in.hash_error = e.reason();
        }
      }
    }
    inputs.push_back(std::move(in));
  }
  b.state->commit();
  return inputs;
}

// The report of an input whose outputs come from an earlier record: that
// conversion's figures (time included), this input's names. report.json
// copies the stored entry (DocumentReport::stored_entry), so only the
// fields the run reads are filled (document_from_stored), but for a
// renamed input, whose entry is written from its fields. Throws
// ReportError when the stored entry cannot be read.
DocumentReport from_record(const StateRecord& r, const DocumentReport& now, Status status) {
  DocumentReport d = status == Status::renamed ? document_from_json(r.report) : document_from_stored(r.report);
  if (status == Status::renamed) d.stored_entry = r.report;
  d.status = status;
  d.input = now.input;
  d.relative = now.relative;
  d.stem = now.stem;
  d.note = now.note;
  return d;
}

// A stored entry that cannot be read (a damaged database, an entry of
// another program): its input is converted again, never reported from it.
void unreadable_record(Batch& b, const StateRecord& r, const ReportError& e) {
  b.log->message("warning", "the stored report entry of " + r.input + " cannot be read (" + e.what() + "); converting again");
}

// The outputs of `r` moved to input i's stem. False when they cannot be
// (the input is then converted).
bool apply_rename(Batch& b, std::size_t i, const StateRecord& r) {
  DocumentReport& d = b.doc(i);
  DocumentReport moved;
  try {
    moved = from_record(r, d, Status::renamed);
  } catch (const ReportError& e) {
    unreadable_record(b, r, e);
    return false;
  }
  try {
    move_outputs(b.out, r.stem, d.stem, d.relative, b.config.batch.formats, b.write);
  } catch (const std::exception& e) {
    b.log->message("warning", "cannot move the outputs of " + r.input + " to " + d.stem + ": " + e.what() + "; converting again");
    return false;
  }
  moved.stored_entry.clear();  // its outputs are named afresh
  moved.note = "renamed from " + r.input + ": its outputs were moved, not made again";
  for (const auto& [kind, ext] : output_kinds())
    if (moved.outputs.count(kind)) moved.outputs[kind] = output_path(b.out, d.stem, ext);
  StateRecord record = b.state->at(r.stem, true).value_or(r);
  record.stem = d.stem;
  record.input = d.relative;
  record.source = source_path(d.input);
  record.report = document_json(moved);
  b.state->erase(r.stem);
  b.state->put(record);
  b.corpus[i] = record.corpus;
  b.corpus_key[i] = record.corpus_key;
  d = std::move(moved);
  return true;
}

// An unchanged or not-retried input reported from its record. False when
// the record's entry cannot be read (the input is then converted).
bool settle_from_record(Batch& b, std::size_t i, const Decision& x) {
  DocumentReport& d = b.doc(i);
  try {
    d = from_record(*x.record, d, x.action == Action::unchanged ? Status::unchanged : Status::failed);
  } catch (const ReportError& e) {
    unreadable_record(b, *x.record, e);
    return false;
  }
  if (x.action == Action::not_retried) {
    d.note = "not retried: it failed with the same content, configuration and version before (--force retries)";
    return true;
  }
  if (b.wants("jsonl")) {
    const auto full = b.state->at(d.stem, true);
    b.corpus[i] = full ? full->corpus : std::string();
  }
  b.corpus_key[i] = x.record->corpus_key;
  return true;
}

// Every decision but `convert` carried out; the inputs to convert listed.
void settle(Batch& b, const std::vector<PlannedInput>& inputs, const Plan& plan) {
  const std::size_t n = inputs.size();
  b.state->begin();  // the renames' moves of records, in one transaction
  for (std::size_t i = 0; i < n; ++i) {
    DocumentReport& d = b.doc(i);
    const Decision& x = plan.decisions[i];
    d.sha256 = inputs[i].sha256;
    switch (x.action) {
      case Action::skip:
      case Action::fail:
      case Action::pending:
        d.status = x.action == Action::skip ? Status::skipped : x.action == Action::fail ? Status::failed : Status::pending;
        d.reason = x.reason;
        break;
      case Action::duplicate:
        d.status = Status::duplicate;
        d.duplicate_of = inputs[x.primary].file.path;
        break;
      case Action::unchanged:
      case Action::not_retried:
        if (!settle_from_record(b, i, x)) b.to_convert.push_back(i);
        break;
      case Action::rename:
        if (!apply_rename(b, i, *x.record)) b.to_convert.push_back(i);
        break;
      case Action::convert:
        b.to_convert.push_back(i);
        break;
    }
  }
  b.state->commit();
}

// A worker's result recorded: the report entry, the state record, the corpus record.
void record_result(Batch& b, const WorkerEvent& e) {
  DocumentReport& d = b.doc(e.job);
  const std::string_view result(e.result);
  const std::size_t line = std::min(result.find('\n'), result.size());
  const std::size_t key_end = line < result.size() ? std::min(result.find('\n', line + 1), result.size()) : line;
  const std::string corpus_key(line < result.size() ? result.substr(line + 1, key_end - line - 1) : std::string_view());
  std::string record = key_end < result.size() ? e.result.substr(key_end + 1) : std::string();
  // The entry the state stores and report.json copies: the worker's, with
  // this run's members spliced in (not read and written again).
  d.seconds = e.seconds;
  d.run_id = b.report.run_id;
  d.converted = b.report.run_id.empty() ? std::string() : iso8601_now();
  std::string entry = entry_with_run_fields(result.substr(0, line), d);
  DocumentReport r = document_from_json(entry);
  r.stem = d.stem;
  r.stored_entry = entry;
  d = std::move(r);
  StateRecord rec{d.stem, d.sha256, b.hash, b.version, d.relative, status_name(d.status), std::move(entry),
                  std::move(record), corpus_key, b.listing.files[e.job].source};
  // A failure of the run, not of the input, is not recorded: the next run retries it.
  if (!d.sha256.empty() && !d.retry) b.state->put(rec);
  b.corpus[e.job] = std::move(rec.corpus);
  b.corpus_key[e.job] = rec.corpus_key;
}

void record_lost(Batch& b, const WorkerEvent& e) {
  DocumentReport& d = b.doc(e.job);
  d.status = Status::failed;
  d.reason = e.reason + (e.page > 0 ? " (while on page " + std::to_string(e.page) + " of " + std::to_string(e.pages) + ")" : "");
  d.page = e.page;
  d.messages = e.messages;
  d.seconds = e.seconds;
  d.retry = true;
}

}  // namespace

// The pipeline of a run after which the process exits
// (RunOptions::process_exits_after): reachable, never freed. Outside the
// anonymous namespace on purpose: a pointer only this file could read, and
// never reads, lets the compiler drop the store (it did at -O1), and then
// LeakSanitizer reports the whole pipeline as leaked.
extern const Pipeline* g_pipeline_left_to_exit;
const Pipeline* g_pipeline_left_to_exit = nullptr;

namespace {

// Thresholds of recording results: a transaction is committed after this
// many results or this long after it was opened, whichever comes first (and
// at the end of the conversions).
constexpr std::size_t kResultsPerCommit = 64;
constexpr std::chrono::milliseconds kCommitInterval{1000};

// The open transaction of the results recorded since the last commit.
class ResultTransaction {
 public:
  // Left open by an exception, the transaction is rolled back when the
  // state closes (as a transaction per wait was).
  explicit ResultTransaction(StateStore& state) : state_(state) {}
  ResultTransaction(const ResultTransaction&) = delete;
  ResultTransaction& operator=(const ResultTransaction&) = delete;

  [[nodiscard]] bool open() const { return open_; }
  void begin() {
    state_.begin();
    open_ = true;
    results_ = 0;
    opened_ = std::chrono::steady_clock::now();
  }
  void count() { ++results_; }
  [[nodiscard]] bool due() const {
    return open_ && (results_ >= kResultsPerCommit || std::chrono::steady_clock::now() - opened_ >= kCommitInterval);
  }
  void commit() {
    if (!open_) return;
    open_ = false;
    state_.commit();
  }

 private:
  StateStore& state_;
  bool open_ = false;
  std::size_t results_ = 0;
  std::chrono::steady_clock::time_point opened_;
};

// The threads that may read one document's page images (ocr.page_threads):
// the jobs asked for that no other document will use, with `busy` workers
// at work and `queued` documents waiting after it; at least one. So a
// batch's last documents, or a single one, read their pages in parallel.
// Under a worker's memory limit (batch.memory_limit_mb), each thread that
// reads pages needs room for its own OCR engine, page images, stack and
// malloc arena: measured about 50 to 60 MB a thread with the English model
// over one thread's needs (a 4-page TIFF under a 320 MB limit converted on
// one thread and ran out of memory on three). One thread a
// kMemoryPerPageThreadMb of the limit: a document that fits on one thread
// is not made to fail by the threads given to it (4096 MB: at most 8).
constexpr std::size_t kMemoryPerPageThreadMb = 512;

int page_threads(const Batch& b, std::size_t busy, std::size_t queued) {
  // Asked once: glibc reads /sys for it on every call, and this is asked for
  // every document dispatched (a thirtieth of the coordinator's time on
  // small text dumps).
  static const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t jobs = b.config.batch.jobs == 0 ? cores : b.config.batch.jobs;
  const int cap = b.config.ingest.ocr.page_threads;
  const std::size_t spare = jobs > busy + queued ? jobs - busy - queued : 1;
  std::size_t threads = std::min<std::size_t>(spare, cap > 0 ? static_cast<std::size_t>(cap) : jobs);
  const std::size_t memory = b.config.batch.memory_limit_mb;
  if (memory > 0) threads = std::min(threads, memory / kMemoryPerPageThreadMb);
  return static_cast<int>(std::max<std::size_t>(1, threads));
}

// The inputs to convert, converted by the worker pool.
void convert_all(Batch& b, bool process_exits_after) {
  // Loaded once here, before the workers are forked: they share it. OCR
  // keeps Tesseract's hOCR of a page only for the hocr output format.
  PipelineConfig config = b.config;
  config.ingest.ocr.keep_hocr = wants(config.batch.formats, "hocr");
  auto loaded = std::make_unique<const Pipeline>(config);
  const Pipeline& pipeline = *loaded;
  const WorkerContext ctx{pipeline, b.out, b.write, b.config.batch.formats};
  const BatchConfig& batch = b.config.batch;
  WorkerPool pool(b.report.jobs, PoolLimits{batch.timeout, batch.page_timeout, batch.memory_limit_mb},
                  [&ctx](const std::string& job, const std::function<void(int, int)>& page) {
                    return convert_in_worker(ctx, job, page);
                  });
  std::size_t next = 0;
  const auto dispatch = [&] {
    while (next < b.to_convert.size() && pool.has_idle() && !g_signal) {
      const std::size_t i = b.to_convert[next++];
      const InputFile& f = b.listing.files[i];
      const Json job = {{"path", f.path},          {"relative", f.relative}, {"stem", f.stem},
                        {"sha256", b.doc(i).sha256}, {"size", f.size},         {"mtimeNs", f.mtime_ns},
                        {"pageThreads", page_threads(b, pool.busy(), b.to_convert.size() - next)}};
      try {
        b.log->started(b.doc(i), pool.submit(i, job.dump()), f.size);
      } catch (const std::runtime_error& e) {
        throw RunError(e.what());
      }
    }
  };
  ResultTransaction results(*b.state);
  dispatch();
  while ((next < b.to_convert.size() || pool.busy() > 0) && !g_signal) {
    std::vector<WorkerEvent> events = pool.wait(std::chrono::milliseconds(200));
    // The workers that finished get their next documents before their
    // results are recorded: they convert while the coordinator parses,
    // stores and logs (a tenth of the time of a small text dump).
    dispatch();
    // The results of several waits are recorded in one transaction (a
    // commit per document was a quarter of the coordinator's time on small
    // text dumps). A record left uncommitted by a crash only makes the next
    // run convert its document again, to the outputs in place.
    for (WorkerEvent& e : events) {
      if (e.kind == WorkerEvent::Kind::page) {
        b.log->page(b.doc(e.job), e.page, e.pages);
        continue;
      }
      if (!results.open()) results.begin();
      if (e.kind == WorkerEvent::Kind::done) record_result(b, e);
      else record_lost(b, e);
      b.settled[e.job] = true;
      results.count();
    }
    if (results.due()) results.commit();
    for (WorkerEvent& e : events)
      if (e.kind != WorkerEvent::Kind::page) b.log->finished(b.doc(e.job), b.listing.files[e.job].size);
    b.log->tick();
  }
  results.commit();
  if (g_signal) pool.kill_all();
  if (process_exits_after) g_pipeline_left_to_exit = loaded.release();
}

bool in_corpus(Status s) { return s == Status::ok || s == Status::unchanged || s == Status::renamed; }

// The corpus: this run's documents and the kept ones of earlier runs, the
// best of each clean text, by path.
void write_corpus(Batch& b, const Plan& plan) {
  std::vector<CorpusCandidate> candidates;
  std::vector<std::size_t> doc_of;  // candidate -> input, or n for a kept record
  const std::size_t n = b.report.documents.size();
  for (std::size_t i = 0; i < n; ++i) {
    DocumentReport& d = b.doc(i);
    if (b.corpus[i].empty() || !in_corpus(d.status)) continue;
    const double score = d.quality ? d.quality->score : 0;
    if (score < b.config.batch.min_quality) {
      d.corpus = "excluded: quality " + format_fixed(score, 2) + " is under min_quality " + format_fixed(b.config.batch.min_quality, 2);
      continue;
    }
    const std::string links = cross_language::corpus_links(d);
    candidates.push_back({d.relative, b.corpus_key[i], score,
                          links.empty() ? b.corpus[i] : "{" + links + b.corpus[i].substr(1)});
    doc_of.push_back(i);
  }
  for (const std::string& stem : plan.kept) {
    const auto r = b.state->at(stem, true);
    if (!r || r->status != "ok" || r->corpus.empty()) continue;
    const DocumentReport d = document_from_json(r->report);
    const double score = d.quality ? d.quality->score : 0;
    if (score < b.config.batch.min_quality) continue;
    candidates.push_back({r->input, r->corpus_key, score, r->corpus});
    doc_of.push_back(n);
  }
  const std::vector<std::size_t> chosen = choose_corpus(candidates);
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    if (doc_of[c] == n) continue;
    b.doc(doc_of[c]).corpus =
        chosen[c] == c ? "included" : "excluded: the same clean text as " + candidates[chosen[c]].path;
  }
  b.report.corpus_path = (fs::path(b.out) / ("corpus" + b.suffix + ".jsonl")).string();
  if (!b.report.interrupted) write_file_atomically(b.report.corpus_path, corpus_lines(candidates, chosen), b.write);
}

// Outputs of inputs that are gone: reported, and deleted with --prune.
void handle_stale(Batch& b, const Plan& plan) {
  b.report.stale = plan.stale;
  b.report.kept = plan.kept.size();
  if (!b.options.prune || plan.stale.empty()) return;
  std::error_code ec;
  b.state->begin();
  for (const std::string& stem : plan.stale) {
    for (const auto& [kind, ext] : output_kinds()) fs::remove(output_path(b.out, stem, ext), ec);
    b.state->erase(stem);
  }
  b.state->commit();
  b.report.pruned = true;
}

void describe_run(Batch& b) {
  RunReport& r = b.report;
  r.config_hash = b.hash;
  r.version = b.version;
  r.out_dir = b.options.out_dir;
  std::error_code ec;
  r.working_directory = fs::current_path(ec).string();
  r.shard = b.options.shard;
  r.shards = b.options.shards;
  r.excluded = b.listing.excluded;
  r.other_shards = b.listing.other_shards;
  r.report_path = (fs::path(b.out) / ("report" + b.suffix + ".json")).string();
  if (!deterministic_run()) {
    r.run_id = new_run_id();
    r.started = iso8601_now();
  }
  r.documents.resize(b.listing.files.size());
  for (std::size_t i = 0; i < b.listing.files.size(); ++i) {
    const InputFile& f = b.listing.files[i];
    r.documents[i].input = f.path;
    r.documents[i].relative = f.relative;
    r.documents[i].stem = f.stem;
    r.documents[i].note = f.note;
  }
}

}  // namespace

RunReport run_batch(const PipelineConfig& config, const RunOptions& options, std::ostream& log_stream) {
  const auto t0 = std::chrono::steady_clock::now();
  Batch b(config, options);
  std::string state_warning;
  std::error_code ec;
  fs::create_directories(b.out, ec);
  if (ec || !fs::is_directory(b.out))
    throw RunError("cannot create the output directory " + b.out + (ec ? ": " + ec.message() : ""));
  const RunLock lock((fs::path(b.out) / (".akn-state" + b.suffix + ".lock")).string());
  open_output(b, state_warning);
  b.hash = hash_configuration(b);

  const SignalGuard signals;
  b.log = make_run_log(options.log_format, options.quiet, false, log_stream);
  b.listing = list_inputs(options.inputs, b.out, {config.batch.include, config.batch.exclude, options.shard, options.shards});
  describe_run(b);
  b.log->identify(b.report.run_id, b.report.started);
  for (const std::string& notice : options.notices) b.log->message("notice", notice);
  if (!state_warning.empty()) b.log->message("warning", state_warning);
  if (!b.listing.out_skipped.empty())
    b.log->message("info", "the output directory " + b.listing.out_skipped + " inside an input is not read");
  if (b.listing.repeated > 0)
    b.log->message("info", std::to_string(b.listing.repeated) + " inputs named more than once (directly and in a directory) are read once");

  const std::size_t n = b.listing.files.size();
  b.corpus.assign(n, {});
  b.corpus_key.assign(n, {});
  const std::vector<PlannedInput> inputs = hash_inputs(b);
  PlanSettings settings{b.hash, b.version, options.force, read_limit(config.ingest), {}};
  for (const std::string& root : options.inputs) settings.roots.push_back(source_path(root));
  const Plan plan = plan_batch(inputs, settings, StatePrior(*b.state, b.out, config.batch.formats));
  settle(b, inputs, plan);

  // Largest first, so one big document does not run alone at the end.
  std::stable_sort(b.to_convert.begin(), b.to_convert.end(),
                   [&](std::size_t x, std::size_t y) { return b.listing.files[x].size > b.listing.files[y].size; });
  std::uint64_t bytes = 0;
  for (std::size_t i : b.to_convert) bytes += b.listing.files[i].size;
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  b.report.jobs = static_cast<unsigned>(std::max<std::size_t>(
      1, std::min<std::size_t>(config.batch.jobs == 0 ? cores : config.batch.jobs, b.to_convert.size())));
  b.log->begin(n, b.to_convert.size(), bytes, b.report.jobs);
  b.settled.assign(n, true);
  for (std::size_t i : b.to_convert) b.settled[i] = false;
  for (std::size_t i = 0; i < n; ++i)
    if (b.settled[i]) b.log->finished(b.doc(i), 0);

  if (!b.to_convert.empty() && !g_signal) convert_all(b, options.process_exits_after);
  b.report.interrupted = g_signal;
  for (std::size_t i : b.to_convert)
    if (!b.settled[i]) {
      b.doc(i).status = Status::pending;
      b.doc(i).reason = "not converted: the run was interrupted";
    }
  // The same documents in other languages: their structures must agree. After
  // the state records are stored, so that a rerun compares afresh.
  cross_language::check_versions(b.report.documents);

  if (!b.report.interrupted) handle_stale(b, plan);
  if (b.wants("jsonl")) write_corpus(b, plan);
  b.report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!b.report.started.empty()) b.report.finished = iso8601_now();
  write_file_atomically(b.report.report_path, report_json(b.report), b.write);
  b.log->end(b.report);
  fs::remove_all(b.tmp_dir, ec);
  return std::move(b.report);  // not copied: a thousand documents' copy was 4% of an unchanged rerun
}

}  // namespace akn
