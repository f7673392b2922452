// Running the akn-ingest binary as a user would, for the tests that drive
// it from outside (test_batch.cpp, test_review.cpp): a scratch directory,
// and the running process with its standard error read line by line.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "support.hpp"

extern char** environ;

namespace akn::test {

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    static int counter = 0;
    path = std::filesystem::temp_directory_path() / ("akn-batch-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

// Writes `bytes` to `p`, its directories made first.
inline void write(const std::filesystem::path& p, std::string_view bytes) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The akn-ingest binary, running, with its standard error readable line by line.
class Run {
 public:
  explicit Run(std::vector<std::string> args, bool with_config = true) {
    std::vector<std::string> argv = {AKN_BINARY};
    if (with_config && (args.empty() || args.front() != "merge")) {
      argv.push_back("--config");
      argv.push_back(source_dir() + "/pipeline.toml");
    }
    argv.insert(argv.end(), args.begin(), args.end());
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    std::vector<char*> raw;
    for (std::string& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    REQUIRE(posix_spawn(&pid_, raw[0], &actions, nullptr, raw.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    err_ = ::fdopen(fds[0], "r");
  }
  ~Run() {
    if (pid_ > 0) {
      ::kill(pid_, SIGKILL);
      wait();
    }
    if (err_) std::fclose(err_);
  }
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;

  // The next line on standard error; false at its end.
  bool line(std::string& out) {
    out.clear();
    char buf[8192];
    while (std::fgets(buf, sizeof buf, err_)) {
      out += buf;
      if (!out.empty() && out.back() == '\n') {
        out.pop_back();
        log_ += out + "\n";
        return true;
      }
    }
    log_ += out;
    return !out.empty();
  }
  // The next JSON log event for which `pred` holds (requires --log-format json).
  nlohmann::json until(const std::function<bool(const nlohmann::json&)>& pred) {
    for (std::string l; line(l);) {
      const nlohmann::json j = nlohmann::json::parse(l, nullptr, false);
      if (!j.is_discarded() && pred(j)) return j;
    }
    return nlohmann::json();
  }
  int wait() {
    if (pid_ <= 0) return status_;
    for (std::string l; line(l);) {
    }
    int st = 0;
    ::waitpid(pid_, &st, 0);
    pid_ = -1;
    status_ = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    return status_;
  }
  pid_t pid() const { return pid_; }
  const std::string& log() const { return log_; }

 private:
  pid_t pid_ = -1;
  int status_ = -1;
  FILE* err_ = nullptr;
  std::string log_;
};

}  // namespace akn::test
