// A compiled PCRE2 pattern (UTF-8, Unicode properties), owned RAII-style.
//
// Why PCRE2 rather than std::regex: libstdc++'s std::regex recurses per
// character and overflows the stack on long lines, which untrusted input is
// full of; PCRE2 backtracks on the heap, has match limits and is JIT-compiled.
//
// Thread safety: a Regex is immutable after construction; concurrent searches
// are safe (each call uses its own match data).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace akn {

// Text checked once for valid UTF-8, to be searched by several patterns
// without each search checking it again (a line that a pass tries a dozen
// rules on). An invalid text matches no pattern, as a plain search makes it.
class Subject {
 public:
  explicit Subject(std::string_view text);
  [[nodiscard]] std::string_view text() const { return text_; }
  [[nodiscard]] bool valid() const { return valid_; }

 private:
  std::string_view text_;
  bool valid_;
};

class Regex {
 public:
  struct Match {
    std::size_t begin = 0, end = 0;
    // [begin, end) of each capture group; group 0 is the whole match.
    // An unset group has begin == npos.
    std::vector<std::pair<std::size_t, std::size_t>> groups;

    [[nodiscard]] bool has(std::size_t i) const {
      return i < groups.size() && groups[i].first != std::string_view::npos;
    }
    // The text of group i in `subject` ("" when unset).
    [[nodiscard]] std::string_view str(std::string_view subject, std::size_t i = 0) const;
  };

  // Compiles `pattern`. Flags: "i" case-insensitive, "x" extended, "m"
  // multi-line. Throws std::invalid_argument for a malformed pattern (a bug).
  explicit Regex(std::string_view pattern, std::string_view flags = "");
  ~Regex();
  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;

  // First match at or after byte `start`. REQUIRES: subject is valid UTF-8.
  [[nodiscard]] std::optional<Match> search(std::string_view subject,
                                            std::size_t start = 0) const;
  // The same, on a subject checked already (offsets into subject.text()).
  [[nodiscard]] std::optional<Match> search(const Subject& subject, std::size_t start = 0) const;
  // True when the pattern matches the whole subject.
  [[nodiscard]] bool full_match(std::string_view subject) const;
  [[nodiscard]] bool full_match(const Subject& subject) const;
  // All non-overlapping matches, left to right.
  [[nodiscard]] std::vector<Match> find_all(std::string_view subject) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace akn
