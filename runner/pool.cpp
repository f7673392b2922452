#include "runner/pool.hpp"
#include "runner/runner.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <stdexcept>

#include "core/text.hpp"
#include "runner/fd_io.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define AKN_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AKN_ASAN 1
#endif
#endif

namespace akn {

namespace {

using Clock = std::chrono::steady_clock;

constexpr char kJob = 'J', kPage = 'P', kDone = 'D';
constexpr std::size_t kMessageTail = 4096;  // bytes of a worker's stderr kept for the report

// A frame: 4-byte length of the payload, a type byte, the payload.
bool send_frame(int fd, char type, const std::string& payload) {
  const auto length = static_cast<std::uint32_t>(payload.size());
  char header[5];
  std::memcpy(header, &length, 4);
  header[4] = type;
  return write_all(fd, header, 5) && write_all(fd, payload.data(), payload.size());
}

bool receive_frame(int fd, char& type, std::string& payload) {
  char header[5];
  if (!read_all(fd, header, 5)) return false;
  std::uint32_t length = 0;
  std::memcpy(&length, header, 4);
  type = header[4];
  payload.resize(length);
  return read_all(fd, payload.data(), length);
}

// In a new worker: every descriptor but stdio and its two pipes is closed,
// so a worker holds no lock or file of the coordinator's.
void close_other_descriptors(int keep_a, int keep_b) {
  std::vector<int> fds;
  if (DIR* d = ::opendir("/proc/self/fd")) {
    while (const dirent* e = ::readdir(d)) {
      char* end = nullptr;
      const long fd = std::strtol(e->d_name, &end, 10);
      if (end != e->d_name && *end == '\0') fds.push_back(static_cast<int>(fd));
    }
    ::closedir(d);
  }
  for (int fd : fds)
    if (fd > 2 && fd != keep_a && fd != keep_b) ::close(fd);
}

// What libraries print when an allocation fails (glibc, libstdc++,
// Leptonica, Tesseract): a crash after one of these was likely out of memory.
bool mentions_allocation_failure(const std::string& messages) {
  for (const char* m : {"bad_alloc", "out of memory", "Out of memory", "Cannot allocate memory", "malloc fail",
                        "alloc fail", "failed to allocate"})
    if (messages.find(m) != std::string::npos) return true;
  return false;
}

std::string seconds_text(double s) { return format_fixed(s, s < 10 ? 1 : 0) + " s"; }

}  // namespace

std::string signal_description(int sig) {
  const char* name = sigabbrev_np(sig);
  const char* what = sigdescr_np(sig);
  std::string out = name ? std::string("SIG") + name : "signal " + std::to_string(sig);
  if (what) out += std::string(" (") + what + ")";
  return out;
}

struct WorkerPool::Worker {
  pid_t pid = -1;
  int to = -1, from = -1, err = -1;
  std::string in;        // result-pipe bytes not yet parsed
  std::string messages;  // the tail of the worker's stderr for the current job
  bool busy = false;
  std::size_t job = 0;
  Clock::time_point started, last_page;
  int page = 0, pages = 0;

  // Keeps the last kMessageTail bytes of what the worker wrote on stderr.
  void keep_tail() {
    if (messages.size() > kMessageTail) messages.erase(0, messages.size() - kMessageTail);
  }
  // Reads what is left on its stderr pipe (the worker has died).
  void drain_messages() {
    char buffer[4096];
    for (ssize_t r; (r = ::read(err, buffer, sizeof buffer)) > 0;) messages.append(buffer, static_cast<std::size_t>(r));
    keep_tail();
  }

  void close_pipes() {
    for (int* fd : {&to, &from, &err})
      if (*fd >= 0) {
        ::close(*fd);
        *fd = -1;
      }
    in.clear();
  }
};

WorkerPool::WorkerPool(unsigned workers, PoolLimits limits, Work work) : limits_(limits), work_(std::move(work)) {
  ::signal(SIGPIPE, SIG_IGN);  // a worker that died is seen on its pipe, not by a signal
  for (unsigned i = 0; i < std::max(1u, workers); ++i) workers_.push_back(std::make_unique<Worker>());
}

WorkerPool::~WorkerPool() { kill_all(); }

void WorkerPool::start(Worker& w) {
  int job_pipe[2], result_pipe[2], err_pipe[2];
  if (::pipe2(job_pipe, O_CLOEXEC) != 0) throw RunError(std::string("cannot create a pipe: ") + std::strerror(errno));
  if (::pipe2(result_pipe, O_CLOEXEC) != 0 || ::pipe2(err_pipe, O_CLOEXEC) != 0) {
    ::close(job_pipe[0]);
    ::close(job_pipe[1]);
    throw RunError(std::string("cannot create a pipe: ") + std::strerror(errno));
  }
  const pid_t parent = ::getpid();
  const pid_t pid = ::fork();
  if (pid < 0) {
    for (int fd : {job_pipe[0], job_pipe[1], result_pipe[0], result_pipe[1], err_pipe[0], err_pipe[1]}) ::close(fd);
    throw RunError(std::string("cannot start a worker process: ") + std::strerror(errno));
  }
  if (pid == 0) {
    // The worker. It dies with the coordinator (kill -9 included), leaves
    // interrupts to it, and writes its library chatter into a pipe the
    // coordinator keeps for the report.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(0);
    ::signal(SIGINT, SIG_IGN);
    ::signal(SIGTERM, SIG_IGN);
    ::signal(SIGPIPE, SIG_DFL);
    ::dup2(err_pipe[1], STDOUT_FILENO);
    ::dup2(err_pipe[1], STDERR_FILENO);
    const int in = job_pipe[0], out = result_pipe[1];
    close_other_descriptors(in, out);
#ifndef AKN_ASAN  // AddressSanitizer reserves terabytes of address space
    if (limits_.memory_limit_mb > 0) {
      const rlim_t bytes = static_cast<rlim_t>(limits_.memory_limit_mb) << 20;
      const rlimit limit{bytes, bytes};
      ::setrlimit(RLIMIT_AS, &limit);
    }
#endif
    char type = 0;
    std::string payload;
    while (receive_frame(in, type, payload)) {
      if (type != kJob) break;
      const std::string result = work_(payload, [out](int page, int pages) {
        if (!send_frame(out, kPage, std::to_string(page) + " " + std::to_string(pages))) ::_exit(0);
      });
      if (!send_frame(out, kDone, result)) break;
    }
    ::_exit(0);
  }
  ::close(job_pipe[0]);
  ::close(result_pipe[1]);
  ::close(err_pipe[1]);
  w.pid = pid;
  w.to = job_pipe[1];
  w.from = result_pipe[0];
  w.err = err_pipe[0];
  ::fcntl(w.from, F_SETFL, O_NONBLOCK);
  ::fcntl(w.err, F_SETFL, O_NONBLOCK);
  w.busy = false;
}

bool WorkerPool::has_idle() const {
  for (const auto& w : workers_)
    if (!w->busy) return true;
  return false;
}

std::size_t WorkerPool::busy() const {
  std::size_t n = 0;
  for (const auto& w : workers_) n += w->busy ? 1u : 0u;
  return n;
}

pid_t WorkerPool::submit(std::size_t job, const std::string& payload) {
  for (auto& slot : workers_) {
    Worker& w = *slot;
    if (w.busy) continue;
    for (int attempt = 0; attempt < 2; ++attempt) {
      if (w.pid < 0) start(w);
      if (send_frame(w.to, kJob, payload)) {
        w.busy = true;
        w.job = job;
        w.started = w.last_page = Clock::now();
        w.page = w.pages = 0;
        w.messages.clear();
        return w.pid;
      }
      // It died while idle (killed from outside): start another.
      ::kill(w.pid, SIGKILL);
      ::waitpid(w.pid, nullptr, 0);
      w.close_pipes();
      w.pid = -1;
    }
    throw RunError("a new worker process died before it could take a document");
  }
  throw std::logic_error("WorkerPool::submit without an idle worker");
}

void WorkerPool::lose(Worker& w, const std::string& reason, std::vector<WorkerEvent>& events) {
  if (w.busy) {
    WorkerEvent e;
    e.kind = WorkerEvent::Kind::lost;
    e.job = w.job;
    e.worker = w.pid;
    e.page = w.page;
    e.pages = w.pages;
    e.reason = reason;
    e.messages = w.messages;
    e.seconds = std::chrono::duration<double>(Clock::now() - w.started).count();
    events.push_back(std::move(e));
  }
  w.close_pipes();
  w.pid = -1;
  w.busy = false;
}

std::vector<WorkerEvent> WorkerPool::wait(std::chrono::milliseconds max_wait) {
  std::vector<WorkerEvent> events;
  const auto now = Clock::now();
  auto deadline = now + max_wait;
  const auto total = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(limits_.timeout));
  const auto per_page = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(limits_.page_timeout));
  for (const auto& w : workers_)
    if (w->busy) deadline = std::min({deadline, w->started + total, w->last_page + per_page});
  std::vector<pollfd> fds;
  std::vector<Worker*> owners;
  for (auto& w : workers_)
    if (w->pid > 0) {
      fds.push_back({w->from, POLLIN, 0});
      fds.push_back({w->err, POLLIN, 0});
      owners.push_back(w.get());
      owners.push_back(w.get());
    }
  const auto wait_ms = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count();
  const int ready = ::poll(fds.data(), fds.size(), static_cast<int>(std::clamp<long long>(wait_ms + 1, 0, 60000)));
  if (ready < 0 && errno == EINTR) return events;

  char buffer[65536];
  for (std::size_t i = 0; ready > 0 && i < fds.size(); ++i) {
    Worker& w = *owners[i];
    if (w.pid < 0 || fds[i].revents == 0) continue;
    const bool is_err = i % 2 == 1;
    bool eof = false;
    for (;;) {
      const ssize_t r = ::read(fds[i].fd, buffer, sizeof buffer);
      if (r > 0) {
        (is_err ? w.messages : w.in).append(buffer, static_cast<std::size_t>(r));
        continue;
      }
      if (r < 0 && errno == EINTR) continue;
      eof = r == 0;
      break;
    }
    if (is_err) {
      w.keep_tail();
      continue;
    }
    // Whole frames: progress and results.
    while (w.in.size() >= 5) {
      std::uint32_t length = 0;
      std::memcpy(&length, w.in.data(), 4);
      if (w.in.size() < 5 + static_cast<std::size_t>(length)) break;
      const char type = w.in[4];
      std::string payload = w.in.substr(5, length);
      w.in.erase(0, 5 + static_cast<std::size_t>(length));
      if (!w.busy) continue;
      WorkerEvent e;
      e.job = w.job;
      e.worker = w.pid;
      if (type == kPage) {
        std::sscanf(payload.c_str(), "%d %d", &w.page, &w.pages);
        w.last_page = Clock::now();
        e.kind = WorkerEvent::Kind::page;
        e.page = w.page;
        e.pages = w.pages;
      } else {
        e.kind = WorkerEvent::Kind::done;
        e.result = std::move(payload);
        e.page = w.page;
        e.pages = w.pages;
        e.seconds = std::chrono::duration<double>(Clock::now() - w.started).count();
        w.busy = false;
      }
      events.push_back(std::move(e));
    }
    if (eof) {
      // The worker is gone: read the rest of what it wrote, then why.
      w.drain_messages();
      int status = 0;
      ::waitpid(w.pid, &status, 0);
      std::string reason;
      if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        reason = sig == SIGKILL ? "the worker was killed (SIGKILL) from outside, by the system's out-of-memory killer or an operator"
                                : "the worker crashed: " + signal_description(sig);
      } else {
        reason = "the worker exited unexpectedly with status " + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1);
      }
      if (limits_.memory_limit_mb > 0 && mentions_allocation_failure(w.messages))
        reason += "; it was probably out of memory (batch.memory_limit_mb = " + std::to_string(limits_.memory_limit_mb) + ")";
      lose(w, reason, events);
    }
  }

  // Time limits.
  const auto after = Clock::now();
  for (auto& slot : workers_) {
    Worker& w = *slot;
    if (!w.busy) continue;
    std::string reason;
    if (after - w.started >= total)
      reason = "timed out: still running after " + seconds_text(limits_.timeout) + " (batch.timeout, --timeout)";
    else if (after - w.last_page >= per_page)
      reason = "hung: no progress for " + seconds_text(limits_.page_timeout) + " (batch.page_timeout)";
    if (reason.empty()) continue;
    ::kill(w.pid, SIGKILL);
    ::waitpid(w.pid, nullptr, 0);
    w.drain_messages();
    lose(w, reason, events);
  }
  return events;
}

void WorkerPool::kill_all() {
  for (auto& w : workers_)
    if (w->pid > 0) {
      ::kill(w->pid, SIGKILL);
      ::waitpid(w->pid, nullptr, 0);
      w->close_pipes();
      w->pid = -1;
      w->busy = false;
    }
}

}  // namespace akn
