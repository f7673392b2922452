// A PCRE2 pattern behind a pre-check that reads a few bytes: where the
// pre-check fails, the pattern cannot match, so the call (several hundred
// instructions even on a short line) is skipped. Each pass that guards its
// patterns lists them, and the test "pre-checks never hide a match" tries
// every list on a varied set of lines, so that a pattern edited without its
// pre-check fails it. Internal to cleanup/.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "core/regex.hpp"

namespace akn::detail {

struct GuardedPattern {
  std::string_view name;
  const Regex& pattern;
  bool whole;                          // tried with full_match (true) or search (false)
  std::function<bool(std::string_view)> may_match;  // false only where the pattern cannot match
};

// remove_furniture's line rules (one alternation; cleanup/furniture.cpp).
// The other lists: unwrap_patterns.hpp, note_mark_patterns.hpp.
const std::vector<GuardedPattern>& furniture_guarded_patterns();
// parse_masthead's fields that have cue words (cleanup/masthead.cpp).
const std::vector<GuardedPattern>& masthead_guarded_patterns();
// strip_markdown's line patterns, each behind a literal it prints (cleanup/markdown.cpp).
const std::vector<GuardedPattern>& markdown_guarded_patterns();
// The note openings of collect_footnotes and link_footnotes, behind their
// first byte (cleanup/footnotes.cpp).
const std::vector<GuardedPattern>& footnote_guarded_patterns();
// A letter's signature mark, behind its bracket (cleanup/signature.cpp).
const std::vector<GuardedPattern>& signature_guarded_patterns();
// unwrap_lines' enacting formula, behind the comma it ends with (cleanup/unwrap.cpp).
const std::vector<GuardedPattern>& enacting_formula_guarded_patterns();

}  // namespace akn::detail
