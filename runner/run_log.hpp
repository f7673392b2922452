// What a batch tells the person or the job running it while it runs: a
// progress bar on a terminal, one JSON object per line for cron, systemd
// and cluster logs, or plain lines. Internal to the runner.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <memory>
#include <ostream>
#include <string>

#include "runner/runner.hpp"

namespace akn {

class RunLog {
 public:
  virtual ~RunLog() = default;
  // The run's id and start time (ISO 8601), before begin(); both "" in a
  // deterministic run.
  virtual void identify(const std::string& run_id, const std::string& started) = 0;
  // `documents` listed, `to_convert` of them to convert, `bytes` to read.
  virtual void begin(std::size_t documents, std::size_t to_convert, std::uint64_t bytes, unsigned jobs) = 0;
  virtual void started(const DocumentReport& d, pid_t worker, std::uint64_t bytes) = 0;
  virtual void page(const DocumentReport& d, int page, int pages) = 0;
  // Every document once, converted or not; `bytes` is the input's size.
  virtual void finished(const DocumentReport& d, std::uint64_t bytes) = 0;
  virtual void message(const std::string& level, const std::string& text) = 0;
  // Called often (every 200 ms at least while documents run).
  virtual void tick() {}
  virtual void end(const RunReport& report) = 0;
};

// `format` automatic: a bar when `tty`, else JSON lines. `quiet`: failures
// and the summary only (no bar, no per-document lines).
std::unique_ptr<RunLog> make_run_log(LogFormat format, bool quiet, bool tty, std::ostream& out);

// The one-screen summary printed at the end of a run.
std::string run_summary(const RunReport& report);

}  // namespace akn
