// remove_furniture: what the printed page adds around the text. Separator
// rules, page numbers (2, - 2 -, 2/8, Page 2), job-number footers
// (02 55394, 23-25993 (E) 100124), barcodes (*2325993*), "Please recycle",
// "/..." continuation marks, and running heads: lines that repeat verbatim
// (digits aside) or that are the document's own symbol. Lines are given the
// furniture role, never deleted; each decision is an edit with its reason.
#include <map>

#include "cleanup/cleanup.hpp"
#include "core/un_patterns.hpp"
#include "cleanup/pass_util.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "remove_furniture";
constexpr std::size_t kMaxRunningHead = 120;  // bytes; longer lines are body

struct Rule {
  Regex re;
  std::string_view kind;
  std::string_view reason;
};

const std::vector<Rule>& rules() {
  static const std::vector<Rule> all = [] {
    std::vector<Rule> r;
    r.push_back({Regex("^\\s*[-_=*~\u2014\u2013.\u00B7\u2022]{3,}\\s*$"), "remove_separator", "separator rule"});
    r.push_back({Regex("^\\s*(?:-\\s*)?[0-9]{1,4}(?:\\s*-)?\\s*$"), "remove_page_number", "bare page number"});
    r.push_back({Regex("^\\s*[0-9]{1,4}\\s*/\\s*[0-9]{1,4}\\s*$"), "remove_page_number", "page number N/M"});
    r.push_back({Regex("^\\s*Page\\s+[0-9]{1,4}(?:\\s+of\\s+[0-9]{1,4})?\\s*$", "i"), "remove_page_number", "page number"});
    r.push_back({Regex("^\\s*[A-Z]?[0-9]{2}[- ]?[0-9]{5}[A-Z]?(?:\\s*\\([A-Z]\\))?(?:\\s+[0-9]{6})?\\s*$"),
                 "remove_job_number", "job-number footer"});
    r.push_back({Regex("^\\s*\\*[0-9]{7,9}\\*\\s*$"), "remove_barcode", "barcode text"});
    r.push_back({Regex("^\\s*Please\\s+recycle\\s*$", "i"), "remove_recycle_note", "\"Please recycle\" footer"});
    r.push_back({Regex("^\\s*/\\s*\\.\\.\\.\\s*$|^\\s*/\u2026\\s*$"), "remove_continuation_mark", "continuation mark"});
    return r;
  }();
  return all;
}

// A line's shape for repetition: white space collapsed, digits folded to '#'
// when the line has words too (so "Page 2" and "Page 3" repeat).
std::string shape_of(std::string_view text) {
  std::string s = collapse_spaces(text);
  int letters = 0;
  for (char c : s)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ++letters;
  if (letters >= 3)
    for (char& c : s)
      if (c >= '0' && c <= '9') c = '#';
  return s;
}

bool could_be_running_head(std::string_view text) {
  static const Regex kNumberOnly("^\\s*\\(?[0-9a-z]{1,4}[.)]\\s*$");
  const std::string_view t = trim(text);
  if (t.empty() || t.size() > kMaxRunningHead) return false;
  if (kNumberOnly.full_match(t)) return false;  // "1." or "(a)": paragraph numbers
  const char last = t.back();
  return last != ',' && last != ';' && last != ':';
}
}  // namespace

void remove_furniture(Document& doc, const PassContext&) {
  static const Regex kFormula("^\\s*The\\s+(?:" + std::string(masthead::kBodyPattern) + "|Commission|Council|Conference)[^,]{0,60},\\s*$");
  const auto refs = detail::line_refs(doc);

  // Pattern rules.
  for (const detail::LineRef ref : refs) {
    Line& line = detail::at(doc, ref);
    if (line.role != LineRole::body) continue;
    for (const Rule& rule : rules()) {
      if (rule.re.full_match(line.text)) {
        std::string reason(rule.reason);
        if (rule.kind == "remove_job_number" && doc.meta.ods_job_number) {
          std::string digits;
          for (char c : line.text)
            if (c >= '0' && c <= '9') digits += c;
          if (!digits.empty() && doc.meta.ods_job_number->find(digits.substr(0, 7)) != std::string::npos) {
            reason += " (matches ODS job number " + *doc.meta.ods_job_number + ")";
            doc.meta.job_number = collapse_spaces(line.text);
          }
        }
        detail::set_role(doc, kPass, rule.kind, ref, LineRole::furniture, reason);
        break;
      }
    }
  }

  // The document's own symbol on a line of its own is a running head (the
  // masthead has already been taken out).
  // Lines that repeat: running heads. Occurrences before the enacting
  // formula may be the title and are kept.
  std::size_t formula_index = refs.size();
  for (std::size_t i = 0; i < refs.size(); ++i)
    if (detail::at(doc, refs[i]).role == LineRole::body && kFormula.full_match(detail::at(doc, refs[i]).text)) {
      formula_index = i;
      break;
    }
  std::map<std::string, int> counts;
  for (const detail::LineRef ref : refs) {
    const Line& line = detail::at(doc, ref);
    if (line.role == LineRole::body && could_be_running_head(line.text)) ++counts[shape_of(line.text)];
  }
  for (std::size_t i = 0; i < refs.size(); ++i) {
    Line& line = detail::at(doc, refs[i]);
    if (line.role != LineRole::body || !could_be_running_head(line.text)) continue;
    const std::string text = collapse_spaces(line.text);
    if (doc.meta.symbol && (text == *doc.meta.symbol || text.rfind(*doc.meta.symbol + " ", 0) == 0) &&
        shape_of(text).size() <= 40) {
      detail::set_role(doc, kPass, "remove_running_head", refs[i], LineRole::furniture,
                       "running head: the document symbol " + *doc.meta.symbol);
      continue;
    }
    const int n = counts[shape_of(line.text)];
    const bool before_formula = formula_index < refs.size() && i < formula_index;
    if (n >= 2 && !before_formula) {
      detail::set_role(doc, kPass, "remove_running_head", refs[i], LineRole::furniture,
                       "running head: the line occurs " + std::to_string(n) + " times",
                       n >= 3 ? 0.95 : 0.8);
    }
  }
}

}  // namespace akn
