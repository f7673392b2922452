#include "runner/run_log.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include <sys/types.h>

#include <nlohmann/json.hpp>

#include "core/text.hpp"

namespace akn {

namespace {

using Clock = std::chrono::steady_clock;
using Json = nlohmann::ordered_json;

std::string duration_text(double s) {
  if (!(s >= 0) || s > 1e7) return "?";
  const auto t = static_cast<long long>(std::llround(s));
  if (t < 60) return std::to_string(t) + "s";
  if (t < 3600) return std::to_string(t / 60) + "m" + (t % 60 < 10 ? "0" : "") + std::to_string(t % 60) + "s";
  return std::to_string(t / 3600) + "h" + (t % 3600 / 60 < 10 ? "0" : "") + std::to_string(t % 3600 / 60) + "m";
}

// A long name cut in its middle: "...".
std::string shorten(const std::string& s, std::size_t width) {
  if (s.size() <= width) return s;
  return "..." + std::string(tail_bytes(s, width - 3));  // not inside a character
}

std::size_t pages_of(const DocumentReport& d) {
  const auto it = d.counts.find("pages");
  return it == d.counts.end() ? 0 : it->second;
}

// Counters every format keeps.
struct Tally {
  Clock::time_point start = Clock::now();
  std::size_t documents = 0, to_convert = 0, done = 0, converted = 0, failed = 0, pages = 0;
  std::uint64_t bytes = 0, bytes_done = 0;
  unsigned jobs = 1;
  // Pages: those of finished conversions, and of the running ones their
  // page reached and count, so far (known once a worker reports a page).
  struct Running {
    std::string input;
    std::uint64_t bytes = 0;
    int page = 0, pages = 0;
  };
  std::map<pid_t, Running> running;
  std::size_t pages_finished = 0;       // pages of finished conversions (ok or failed)
  std::uint64_t bytes_finished = 0;     // ... and their input bytes
  std::string current;                  // the input and page last reported

  void plan(std::size_t inputs, std::size_t queued, std::uint64_t input_bytes, unsigned workers) {
    documents = inputs;
    to_convert = queued;
    bytes = input_bytes;
    jobs = workers;
  }
  double elapsed() const { return std::chrono::duration<double>(Clock::now() - start).count(); }
  void started(const DocumentReport& d, pid_t worker, std::uint64_t size) {
    running[worker] = Running{d.input, size, 0, 0};
    current = d.input;
  }
  void paged(const DocumentReport& d, int page, int of) {
    for (auto& [pid, r] : running)
      if (r.input == d.input) r.page = page, r.pages = of;
    current = d.input + " p" + std::to_string(page) + "/" + std::to_string(of);
  }
  // Time left, by pages: the pages still to read of the running documents
  // (known) and of the queued ones (estimated from their bytes at the pages
  // per byte seen so far), at the time per page seen so far. A scan's pages
  // take the time OCR takes, so the estimate follows what is left to OCR
  // instead of the share of bytes read.
  double eta() const {
    const double t = elapsed();
    double pages_done = static_cast<double>(pages_finished), pages_left = 0, bytes_running = 0;
    for (const auto& [pid, r] : running) {
      if (r.pages == 0) continue;  // no page reported yet: estimated as a queued one
      pages_done += std::max(0, r.page - 1);
      pages_left += std::max(0, r.pages - r.page + 1);
      bytes_running += static_cast<double>(r.bytes);
    }
    if (pages_done < 1 || t < 1) return -1;
    const double queued_bytes =
        std::max(0.0, static_cast<double>(bytes) - static_cast<double>(bytes_finished) - bytes_running);
    const double pages_per_byte =
        bytes_finished > 0 ? static_cast<double>(pages_finished) / static_cast<double>(bytes_finished) : 0;
    pages_left += queued_bytes * pages_per_byte;
    return t * pages_left / pages_done;
  }
  void count(const DocumentReport& d, std::uint64_t size) {
    ++done;
    for (auto it = running.begin(); it != running.end(); ++it)
      if (it->second.input == d.input) {
        running.erase(it);
        break;
      }
    if (d.status == Status::ok || d.status == Status::failed) {
      bytes_done += size;
      bytes_finished += size;
      pages_finished += d.status == Status::ok ? pages_of(d) : static_cast<std::size_t>(std::max(0, d.page));
    }
    if (d.status == Status::ok) {
      ++converted;
      pages += pages_of(d);
    }
    if (d.status == Status::failed) ++failed;
  }
};

std::string document_line(const DocumentReport& d) {
  std::string line = std::string(status_name(d.status));
  line.resize(std::max<std::size_t>(line.size(), 9), ' ');
  line += " " + d.input;
  if (d.status == Status::failed || d.status == Status::skipped)
    line += ": " + d.reason + (d.page > 0 ? " (page " + std::to_string(d.page) + ")" : "");
  else if (d.status == Status::duplicate)
    line += ": same content as " + d.duplicate_of;
  else if (d.status == Status::ok) {
    const auto get = [&](const char* k) { const auto it = d.counts.find(k); return it == d.counts.end() ? std::size_t{0} : it->second; };
    // A letter's, report's or record's body paragraphs are no operative ones.
    const bool operative = get("operative") > 0 || get("paragraphs") == 0;
    line += " (" + std::to_string(get("pages")) + " pages, " +
            (operative ? std::to_string(get("operative")) + " operative paragraphs, " : std::to_string(get("paragraphs")) + " paragraphs, ") +
            std::to_string(get("edits")) + " edits" + (d.quality ? ", quality " + format_fixed(d.quality->score, 2) : "") +
            ", " + format_fixed(d.seconds, 2) + " s)";
  }
  return line;
}

class TextLog : public RunLog {
 public:
  TextLog(std::ostream& out, bool quiet) : out_(out), quiet_(quiet) {}
  void identify(const std::string& run_id, const std::string& started) override {
    if (!quiet_ && !run_id.empty()) out_ << "run " << run_id << " started " << started << "\n";
  }
  void begin(std::size_t documents, std::size_t to_convert, std::uint64_t bytes, unsigned jobs) override {
    tally_.plan(documents, to_convert, bytes, jobs);
    if (!quiet_)
      out_ << documents << " inputs, " << to_convert << " to convert with " << jobs << " worker"
           << (jobs == 1 ? "" : "s") << "\n";
  }
  void started(const DocumentReport& d, pid_t worker, std::uint64_t bytes) override { tally_.started(d, worker, bytes); }
  void page(const DocumentReport& d, int page, int pages) override { tally_.paged(d, page, pages); }
  void finished(const DocumentReport& d, std::uint64_t bytes) override {
    tally_.count(d, bytes);
    if (!quiet_ || d.status == Status::failed) out_ << document_line(d) << "\n";
  }
  void message(const std::string& level, const std::string& text) override { out_ << level << ": " << text << "\n"; }
  void end(const RunReport& report) override { out_ << run_summary(report) << std::flush; }

 protected:
  std::ostream& out_;
  bool quiet_;
  Tally tally_;
};

// A bar redrawn in place on one terminal line; documents that fail are
// printed above it.
class BarLog : public TextLog {
 public:
  BarLog(std::ostream& out, bool quiet) : TextLog(out, quiet) {}
  void started(const DocumentReport& d, pid_t worker, std::uint64_t bytes) override {
    TextLog::started(d, worker, bytes);
    draw();
  }
  void page(const DocumentReport& d, int page, int pages) override {
    TextLog::page(d, page, pages);
    tick();
  }
  void finished(const DocumentReport& d, std::uint64_t bytes) override {
    tally_.count(d, bytes);
    if (d.status == Status::failed) {
      clear();
      out_ << document_line(d) << "\n";
    }
    draw();
  }
  void message(const std::string& level, const std::string& text) override {
    clear();
    TextLog::message(level, text);
    draw();
  }
  void tick() override {
    if (Clock::now() - last_draw_ >= std::chrono::milliseconds(200)) draw();
  }
  void end(const RunReport& report) override {
    clear();
    TextLog::end(report);
  }

 private:
  void clear() {
    if (drawn_) out_ << "\r\033[K";
    drawn_ = false;
  }
  void draw() {
    last_draw_ = Clock::now();
    if (quiet_) return;
    const double share = tally_.documents == 0 ? 1 : static_cast<double>(tally_.done) / static_cast<double>(tally_.documents);
    constexpr int kWidth = 24;
    const int filled = static_cast<int>(share * kWidth);
    std::string bar = "[" + std::string(static_cast<std::size_t>(filled), '#') +
                      std::string(static_cast<std::size_t>(kWidth - filled), '.') + "]";
    const double t = tally_.elapsed();
    std::string line = bar + " " + std::to_string(tally_.done) + "/" + std::to_string(tally_.documents) + " docs, " +
                       std::to_string(tally_.pages) + " pages";
    if (t >= 1) line += ", " + format_fixed(static_cast<double>(tally_.pages) / t, 1) + " pages/s";
    if (const double eta = tally_.eta(); eta >= 0) line += ", ETA " + duration_text(eta);
    if (tally_.failed > 0) line += ", " + std::to_string(tally_.failed) + " failed";
    if (!tally_.current.empty() && !tally_.running.empty()) line += " | " + shorten(tally_.current, 48);
    out_ << "\r\033[K" << line << std::flush;
    drawn_ = true;
  }
  bool drawn_ = false;
  Clock::time_point last_draw_{};
};

// One JSON object per line: {"event": ..., "t": seconds since the start, ...}.
class JsonLog : public RunLog {
 public:
  JsonLog(std::ostream& out, bool quiet) : out_(out), quiet_(quiet) {}
  void identify(const std::string& run_id, const std::string& started) override {
    run_id_ = run_id;
    (void)started;  // every line carries its own time
  }
  void begin(std::size_t documents, std::size_t to_convert, std::uint64_t bytes, unsigned jobs) override {
    tally_.plan(documents, to_convert, bytes, jobs);
    emit({{"event", "begin"}, {"documents", documents}, {"toConvert", to_convert}, {"bytes", bytes}, {"jobs", jobs}});
  }
  void started(const DocumentReport& d, pid_t worker, std::uint64_t bytes) override {
    tally_.started(d, worker, bytes);
    if (!quiet_) emit({{"event", "start"}, {"input", d.input}, {"worker", worker}});
  }
  void page(const DocumentReport& d, int page, int pages) override {
    (void)d, (void)page, (void)pages;  // pages are summed in "document" events; per-page lines would flood a log
  }
  void finished(const DocumentReport& d, std::uint64_t bytes) override {
    tally_.count(d, bytes);
    if (quiet_ && d.status != Status::failed) return;
    Json j = {{"event", "document"}, {"input", d.input}, {"status", status_name(d.status)}};
    if (!d.reason.empty()) j["reason"] = d.reason;
    if (d.page > 0) j["page"] = d.page;
    if (!d.duplicate_of.empty()) j["duplicateOf"] = d.duplicate_of;
    if (d.status == Status::ok) {
      j["pages"] = pages_of(d);
      j["seconds"] = std::round(d.seconds * 1000) / 1000;
      if (d.quality) j["quality"] = std::round(d.quality->score * 10000) / 10000;
    }
    j["done"] = tally_.done;
    j["of"] = tally_.documents;
    emit(std::move(j));
  }
  void message(const std::string& level, const std::string& text) override {
    emit({{"event", "message"}, {"level", level}, {"message", text}});
  }
  void end(const RunReport& report) override {
    Json j = {{"event", "summary"}};
    for (Status s : {Status::ok, Status::unchanged, Status::renamed, Status::duplicate, Status::failed, Status::skipped,
                     Status::pending})
      j[status_name(s)] = report.count(s);
    j["pages"] = tally_.pages;
    j["seconds"] = std::round(report.seconds * 1000) / 1000;
    if (report.interrupted) j["interrupted"] = report.interrupted;
    j["report"] = report.report_path;
    j["exitStatus"] = report.exit_code();
    emit(std::move(j));
  }

 private:
  void emit(Json j) {
    Json line = {{"t", std::round(tally_.elapsed() * 1000) / 1000}};
    if (!run_id_.empty()) {
      line["time"] = iso8601_now();
      line["runId"] = run_id_;
    }
    line.update(j);
    out_ << line.dump(-1, ' ', false, Json::error_handler_t::replace) << "\n" << std::flush;
  }
  std::ostream& out_;
  bool quiet_;
  Tally tally_;
  std::string run_id_;
};

}  // namespace

std::unique_ptr<RunLog> make_run_log(LogFormat format, bool quiet, bool tty, std::ostream& out) {
  if (format == LogFormat::automatic) format = tty ? LogFormat::bar : LogFormat::json;
  switch (format) {
    case LogFormat::bar: return std::make_unique<BarLog>(out, quiet);
    case LogFormat::json: return std::make_unique<JsonLog>(out, quiet);
    default: return std::make_unique<TextLog>(out, quiet);
  }
}

std::string run_summary(const RunReport& r) {
  std::string s;
  std::size_t pages = 0, ocr = 0;
  std::vector<std::pair<double, std::string>> quality;
  std::map<std::string, std::size_t> reasons;
  for (const DocumentReport& d : r.documents) {
    if (d.status == Status::ok) {
      pages += pages_of(d);
      if (auto it = d.counts.find("pagesOcr"); it != d.counts.end()) ocr += it->second;
    }
    if (d.quality && (d.status == Status::ok || d.status == Status::unchanged || d.status == Status::renamed))
      quality.emplace_back(d.quality->score, d.relative);
    if (d.status == Status::failed) {
      // Group by the reason's kind: its text before any detail in brackets or after a colon.
      // Figures become N, so "image of 12500 x 12500 pixels" and "of 20000 x 20000" group.
      std::string key;
      for (char c : d.reason.substr(0, d.reason.find_first_of("(:;")))
        if (!std::isdigit(static_cast<unsigned char>(c))) key += c;
        else if (key.empty() || key.back() != 'N') key += 'N';
      while (!key.empty() && key.back() == ' ') key.pop_back();
      ++reasons[key];
    }
  }
  s += "akn-ingest: " + std::to_string(r.documents.size()) + " inputs in " + duration_text(r.seconds) + " with " +
       std::to_string(r.jobs) + " worker" + (r.jobs == 1 ? "" : "s") + (r.interrupted ? " (INTERRUPTED)" : "") + "\n";
  s += "  " + std::to_string(r.count(Status::ok)) + " converted, " + std::to_string(r.count(Status::unchanged)) +
       " unchanged, " + std::to_string(r.count(Status::renamed)) + " renamed, " +
       std::to_string(r.count(Status::duplicate)) + " duplicates, " + std::to_string(r.count(Status::failed)) +
       " failed, " + std::to_string(r.count(Status::skipped)) + " skipped" +
       (r.count(Status::pending) ? ", " + std::to_string(r.count(Status::pending)) + " not reached" : "") + "\n";
  if (pages > 0)
    s += "  pages converted: " + std::to_string(pages) + " (" + std::to_string(ocr) + " by OCR), " +
         format_fixed(r.seconds > 0 ? static_cast<double>(pages) / r.seconds : 0, 1) + " pages/s\n";
  if (!quality.empty()) {
    std::sort(quality.begin(), quality.end());
    s += "  quality: median " + format_fixed(quality[quality.size() / 2].first, 2) + ", lowest " +
         format_fixed(quality.front().first, 2) + " (" + quality.front().second + ")\n";
  }
  if (!reasons.empty()) {
    std::vector<std::pair<std::size_t, std::string>> by_count;
    for (const auto& [k, n] : reasons) by_count.emplace_back(n, k);
    std::sort(by_count.begin(), by_count.end(), [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
    s += "  failures:\n";
    for (std::size_t i = 0; i < by_count.size() && i < 8; ++i)
      s += "    " + std::to_string(by_count[i].first) + "  " + by_count[i].second + "\n";
    if (by_count.size() > 8) s += "    ... " + std::to_string(by_count.size() - 8) + " other reasons\n";
  }
  if (r.excluded > 0) s += "  " + std::to_string(r.excluded) + " files left out by include/exclude\n";
  if (!r.stale.empty())
    s += "  " + std::to_string(r.stale.size()) + " outputs of inputs that are gone" + (r.pruned ? " deleted" : " (--prune deletes them)") + "\n";
  s += "  report: " + r.report_path + "\n";
  if (!r.corpus_path.empty()) s += "  corpus: " + r.corpus_path + "\n";
  return s;
}

}  // namespace akn
