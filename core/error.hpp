// The errors a stage throws. DocumentError is fatal to one document (never
// to a batch): what went wrong, in which file, and where when known.
// EnvironmentError and ResourceError are faults of the machine, not of a
// document: a run checks what it needs before it starts (exit 3), and a
// document that still meets one is retried by the next run. Recoverable
// damage is a Diagnostic in the document's EditLog instead; our own bugs
// are asserts.
#pragma once

#include <new>
#include <stdexcept>
#include <string>
#include <utility>

namespace akn {

class DocumentError : public std::runtime_error {
 public:
  DocumentError(std::string file, std::string reason, int page = 0)
      : std::runtime_error(format(file, reason, page)), file_(std::move(file)),
        reason_(std::move(reason)), page_(page) {}

  [[nodiscard]] const std::string& file() const { return file_; }
  [[nodiscard]] const std::string& reason() const { return reason_; }
  [[nodiscard]] int page() const { return page_; }  // 0 when not page-specific

 private:
  static std::string format(const std::string& file, const std::string& reason, int page) {
    return file + (page > 0 ? ", page " + std::to_string(page) : std::string()) + ": " + reason;
  }
  std::string file_;
  std::string reason_;
  int page_;
};

// A setting that cannot be used (a key, a value, a pass order, a file the
// configuration names): exit 2, nothing converted.
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Something the machine lacks: OCR data for a language, a dictionary, the
// schema. `package` names what to install (Debian), "" when not known.
class EnvironmentError : public std::runtime_error {
 public:
  EnvironmentError(const std::string& what, std::string package = {})
      : std::runtime_error(what), package_(std::move(package)) {}
  [[nodiscard]] const std::string& package() const { return package_; }

 private:
  std::string package_;
};

// A resource ran out inside a library (an image or XML buffer could not be
// allocated): a limit of the run, not a fault of the input.
class ResourceError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Memory ran out while one page was read: a limit of the run, like any
// std::bad_alloc (retried next run), that knows the page. Pages read on
// several threads are announced before they are read, so the page last
// announced may not be the one that ran out.
class PageOutOfMemory : public std::bad_alloc {
 public:
  explicit PageOutOfMemory(int page) : page_(page) {}
  [[nodiscard]] int page() const { return page_; }
  [[nodiscard]] const char* what() const noexcept override { return "out of memory reading a page"; }

 private:
  int page_;
};

}  // namespace akn
