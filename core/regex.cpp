#define PCRE2_CODE_UNIT_WIDTH 8
#include "core/regex.hpp"

#include <pcre2.h>

#include <stdexcept>

#include "core/text.hpp"

namespace akn {

namespace {
struct CodeDeleter {
  void operator()(pcre2_code* c) const { pcre2_code_free(c); }
};
struct MatchDataDeleter {
  void operator()(pcre2_match_data* m) const { pcre2_match_data_free(m); }
};
using CodePtr = std::unique_ptr<pcre2_code, CodeDeleter>;
using MatchDataPtr = std::unique_ptr<pcre2_match_data, MatchDataDeleter>;
}  // namespace

struct Regex::Impl {
  CodePtr code;
  CodePtr anchored;  // same pattern, anchored at both ends, for full_match
  std::uint32_t groups = 0;  // capture groups of `code` (and `anchored`)
};

std::string_view Regex::Match::str(std::string_view subject, std::size_t i) const {
  if (!has(i)) return {};
  return subject.substr(groups[i].first, groups[i].second - groups[i].first);
}

static CodePtr compile(std::string_view pattern, std::uint32_t options) {
  int error = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                   options, &error, &offset, nullptr);
  if (code == nullptr) {
    PCRE2_UCHAR message[256];
    pcre2_get_error_message(error, message, sizeof message);
    throw std::invalid_argument("bad regex at " + std::to_string(offset) + ": " +
                                reinterpret_cast<const char*>(message) + " in " +
                                std::string(pattern));
  }
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);  // falls back to the interpreter
  return CodePtr(code);
}

Regex::Regex(std::string_view pattern, std::string_view flags) : impl_(std::make_unique<Impl>()) {
  std::uint32_t options = PCRE2_UTF | PCRE2_UCP;
  for (char f : flags) {
    if (f == 'i') options |= PCRE2_CASELESS;
    if (f == 'x') options |= PCRE2_EXTENDED;
    if (f == 'm') options |= PCRE2_MULTILINE;
  }
  impl_->code = compile(pattern, options);
  std::string whole = "(?:" + std::string(pattern) + ")\\z";
  impl_->anchored = compile(whole, options | PCRE2_ANCHORED);
  pcre2_pattern_info(impl_->code.get(), PCRE2_INFO_CAPTURECOUNT, &impl_->groups);
}

Regex::~Regex() = default;
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;

namespace {
// Match data for patterns of up to kScratchPairs - 1 groups, one per thread
// and reused: the passes match millions of short lines, and allocating match
// data for each was a fifth of their time.
constexpr std::uint32_t kScratchPairs = 32;

struct Matched {
  int rc = 0;
  pcre2_match_data* data = nullptr;
  MatchDataPtr own;  // for patterns with more groups than the scratch holds
};

// Whether `subject` may be searched from `start` without PCRE2's own UTF
// check: valid UTF-8 (checked here, eight ASCII bytes at a time, where PCRE2
// checks a character at a time on every call: a third of the cleanup
// passes' time went to it, as each rule searched the same line again) and
// `start` on a character boundary. What fails is no match, as PCRE2's
// check makes it.
bool searchable(std::string_view subject, std::size_t start) {
  if (start < subject.size() && (static_cast<unsigned char>(subject[start]) & 0xC0) == 0x80) return false;
  return is_valid_utf8(subject);
}

Matched match(const pcre2_code* code, std::uint32_t groups, std::string_view subject, std::size_t start,
              std::uint32_t options) {
  thread_local const MatchDataPtr scratch(pcre2_match_data_create(kScratchPairs, nullptr));
  Matched m;
  if ((options & PCRE2_NO_UTF_CHECK) == 0) {
    if (!searchable(subject, start)) {
      m.rc = PCRE2_ERROR_BADUTFOFFSET;
      return m;
    }
    options |= PCRE2_NO_UTF_CHECK;
  }
  if (groups + 1 <= kScratchPairs && scratch) {
    m.data = scratch.get();
  } else {
    m.own.reset(pcre2_match_data_create_from_pattern(code, nullptr));
    m.data = m.own.get();
  }
  m.rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(subject.data()), subject.size(), start, options, m.data, nullptr);
  return m;
}
}  // namespace

static std::optional<Regex::Match> run(const pcre2_code* code, std::uint32_t groups, std::string_view subject,
                                       std::size_t start, std::uint32_t options) {
  if (start > subject.size()) return std::nullopt;
  const Matched matched = match(code, groups, subject, start, options);
  const int rc = matched.rc;
  if (rc <= 0) return std::nullopt;  // no match, or a limit hit: treated as no match
  const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(matched.data);
  const std::uint32_t pairs = groups + 1;
  Regex::Match m;
  m.groups.reserve(pairs);
  for (std::uint32_t i = 0; i < pairs; ++i) {
    const PCRE2_SIZE b = ov[2 * i], e = ov[2 * i + 1];
    if (b == PCRE2_UNSET || i >= static_cast<std::uint32_t>(rc))
      m.groups.emplace_back(std::string_view::npos, std::string_view::npos);
    else
      m.groups.emplace_back(b, e);
  }
  m.begin = m.groups[0].first;
  m.end = m.groups[0].second;
  return m;
}

std::optional<Regex::Match> Regex::search(std::string_view subject, std::size_t start) const {
  return run(impl_->code.get(), impl_->groups, subject, start, 0);
}

bool Regex::full_match(std::string_view subject) const {
  return match(impl_->anchored.get(), impl_->groups, subject, 0, 0).rc > 0;
}

Subject::Subject(std::string_view text) : text_(text), valid_(is_valid_utf8(text)) {}

std::optional<Regex::Match> Regex::search(const Subject& subject, std::size_t start) const {
  const std::string_view s = subject.text();
  // The start must still fall on a character boundary (as the check makes it).
  if (!subject.valid() || (start < s.size() && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)) return std::nullopt;
  return run(impl_->code.get(), impl_->groups, s, start, PCRE2_NO_UTF_CHECK);
}

bool Regex::full_match(const Subject& subject) const {
  return subject.valid() && match(impl_->anchored.get(), impl_->groups, subject.text(), 0, PCRE2_NO_UTF_CHECK).rc > 0;
}

std::vector<Regex::Match> Regex::find_all(std::string_view subject) const {
  std::vector<Match> all;
  std::size_t start = 0;
  std::uint32_t options = 0;
  while (start <= subject.size()) {
    auto m = run(impl_->code.get(), impl_->groups, subject, start, options);
    if (!m) break;
    options = PCRE2_NO_UTF_CHECK;  // the subject was checked by the first call
    start = m->end;
    if (m->end == m->begin) {  // empty match: step over one UTF-8 character
      ++start;
      while (start < subject.size() && (static_cast<unsigned char>(subject[start]) & 0xC0) == 0x80)
        ++start;
    }
    all.push_back(std::move(*m));
  }
  return all;
}

}  // namespace akn
