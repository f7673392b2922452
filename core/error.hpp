// The error that is fatal to one document (never to a batch): what went
// wrong, in which file, and where when known. Recoverable damage is a
// Diagnostic in the document's EditLog instead; our own bugs are asserts.
#pragma once

#include <stdexcept>
#include <string>

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

// What the machine lacks to convert a document (an OCR language, a program
// or data file): not the input's fault. The batch reports it as a failure
// of the run and retries the document on the next run, without --force.
class EnvironmentError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace akn
