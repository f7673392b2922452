// Worker processes for a batch. Each worker is forked from the coordinating
// process (after the pipeline's dictionary and schema are loaded, so they
// are shared copy-on-write), runs one document at a time and answers over a
// pipe. A worker that crashes, hangs or runs out of memory takes only its
// document with it: the pool reports what happened and starts another.
//
// Not thread-safe; used from the coordinator's single thread. The
// coordinator must not have started threads of its own before the first
// fork (OCR engines are only ever started inside workers).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace akn {

struct PoolLimits {
  double timeout = 1800;             // seconds a document may take in all
  double page_timeout = 300;         // seconds a document may go without starting a page
  std::size_t memory_limit_mb = 0;   // RLIMIT_AS of each worker; 0: none
};

// What a worker reports while it works. `page` is 0 until ingest starts
// reading pages.
struct WorkerEvent {
  enum class Kind { page, done, lost };
  Kind kind = Kind::done;
  std::size_t job = 0;
  pid_t worker = 0;
  int page = 0, pages = 0;
  std::string result;   // done: what the work function returned
  std::string reason;   // lost: why ("crashed (SIGSEGV)", "timed out after 30 s", ...)
  std::string messages; // lost: the last lines the worker wrote on stderr
  double seconds = 0;   // done or lost: time spent on the job
};

class WorkerPool {
 public:
  // Runs inside a worker for each job: the job's payload in, a result out.
  // `page(n, of)` reports progress (and resets the page watchdog). Must not
  // throw; a worker whose work throws exits and counts as crashed.
  using Work = std::function<std::string(const std::string& job, const std::function<void(int, int)>& page)>;

  WorkerPool(unsigned workers, PoolLimits limits, Work work);
  ~WorkerPool();  // kills and reaps every worker
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  // Whether submit() would find a worker free now.
  [[nodiscard]] bool has_idle() const;
  [[nodiscard]] std::size_t busy() const;
  // Hands a job to an idle worker (starting one when needed) and returns
  // the worker's process id. Throws std::runtime_error when no worker can
  // be started (fork fails).
  pid_t submit(std::size_t job, const std::string& payload);
  // Waits up to `max_wait` for events: progress, results, workers lost
  // (crashed, killed, over a time limit; each is replaced on demand).
  // Returns early, possibly with no events, when a signal arrives.
  std::vector<WorkerEvent> wait(std::chrono::milliseconds max_wait);
  // Kills every worker now (an interrupted run); busy jobs are abandoned.
  void kill_all();

 private:
  struct Worker;
  void start(Worker& w);
  void lose(Worker& w, const std::string& reason, std::vector<WorkerEvent>& events);
  PoolLimits limits_;
  Work work_;
  std::vector<std::unique_ptr<Worker>> workers_;
};

// "SIGSEGV (segmentation fault)" for a signal number.
std::string signal_description(int signal);

}  // namespace akn
