#include "cleanup/page_numbers.hpp"

#include <charconv>
#include <map>
#include <string>

#include "core/regex.hpp"

namespace akn {

namespace {

// ---- Page numbers ------------------------------------------------------------
// Larger numbers are not page numbers of one document.
constexpr long kMaxPrintedPage = 9999;
constexpr std::string_view kFurniturePass = "remove_furniture";

// The page words, each followed by the number and, after its own word
// for "of", the total (groups 1 and 2 where they capture).
const std::string kPageWords =
    "Page|P[\u00E1a]gina|\u0421\u0442\u0440\u0430\u043D\u0438\u0446\u0430|\u0421\u0442\u0440\\.?|\u0627\u0644\u0635\u0641\u062D\u0629";
const std::string kOfWords = "of|de|sur|\u0438\u0437|\u0645\u0646";
// Chinese: the number between its words, "\u7B2C 3 \u9875", and the total after "\u5171".
const std::string kChinesePage = "\u7B2C\\s*([0-9]{1,4})\\s*\u9875(?:\\s*[\uFF0C,]?\\s*\u5171\\s*([0-9]{1,4})\\s*\u9875)?";
const std::string kWordsAndNumber = "(?:" + kPageWords + ")\\s*([0-9]{1,4})(?:\\s+(?:" + kOfWords + ")\\s+([0-9]{1,4}))?";

long to_long(std::string_view digits) {
  long v = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
  return error == std::errc() && end == digits.data() + digits.size() ? v : 0;
}

// The parts a line of furniture in parts was taken for, in order, as its
// reason names them ("page footer: bare page number + job-number footer").
std::vector<std::string_view> reason_parts(std::string_view reason) {
  std::vector<std::string_view> parts;
  const std::size_t colon = reason.find(": ");
  if (colon == std::string_view::npos) return parts;
  reason.remove_prefix(colon + 2);
  for (std::size_t at = reason.find(" + "); at != std::string_view::npos; at = reason.find(" + ")) {
    parts.push_back(reason.substr(0, at));
    reason.remove_prefix(at + 3);
  }
  parts.push_back(reason);
  return parts;
}

// The bare page numbers a line of furniture prints: the whole line
// ("3", "- 3 -"), or its first or last part when its reason names that
// part a bare page number ("2      12-27711", "12-27711      3"; a part
// between others is not read: the text no longer shows where parts part).
std::vector<long> bare_numbers(const Edit& e) {
  static const Regex kBare("^\\s*(?:-\\s*)?([0-9]{1,4})(?:\\s*-)?\\s*$");
  static const Regex kFirst("^\\s*(?:-\\s*)?([0-9]{1,4})(?:\\s*-)?(?=\\s)");
  static const Regex kLast("(?:^|\\s)(?:-\\s*)?([0-9]{1,4})(?:\\s*-)?\\s*$");
  std::vector<long> out;
  if (e.kind == "remove_page_number") {
    if (const auto m = kBare.search(e.before)) out.push_back(to_long(m->str(e.before, 1)));
    return out;
  }
  if (e.kind != "remove_page_furniture") return out;
  const auto parts = reason_parts(e.reason);
  if (parts.size() < 2) return out;
  if (parts.front() == kBarePageNumberReason)
    if (const auto m = kFirst.search(e.before)) out.push_back(to_long(m->str(e.before, 1)));
  if (parts.back() == kBarePageNumberReason)
    if (const auto m = kLast.search(e.before)) out.push_back(to_long(m->str(e.before, 1)));
  return out;
}

// The page numbers one furniture edit prints (none, or more when a line
// prints two: a page that is two pages of a compilation is not judged).
std::vector<PrintedNumber> printed_numbers(const Edit& e) {
  static const Regex kOfTotal("(?:^|\\s)([0-9]{1,4})\\s*/\\s*([0-9]{1,4})(?=\\s|$)");
  static const Regex kPage("(?i)(?:^|\\s)" + kWordsAndNumber + "(?=\\s|$)");
  static const Regex kPageZh(kChinesePage);
  std::vector<PrintedNumber> out;
  for (const long n : bare_numbers(e))
    if (n >= 1 && n <= kMaxPrintedPage) out.push_back({n, 0, e.where.line});
  for (const Regex* re : {&kOfTotal, &kPage, &kPageZh})
    for (const Regex::Match& m : re->find_all(e.before)) {
      PrintedNumber p{to_long(m.str(e.before, 1)), m.has(2) ? to_long(m.str(e.before, 2)) : 0, e.where.line};
      if (p.number >= 1 && p.number <= kMaxPrintedPage && (p.total == 0 || p.number <= p.total)) out.push_back(p);
    }
  return out;
}

bool may_print_page_number(const Edit& e) {
  return e.pass == kFurniturePass && e.role == "furniture" &&
         (e.kind == "remove_page_number" || e.kind == "remove_page_furniture" || e.kind == "remove_running_head");
}

}  // namespace

std::string page_word_line_pattern() {
  // Groups do not capture in a rule of remove_furniture (each rule is a group of its own).
  std::string forms = kWordsAndNumber + "|" + kChinesePage;
  for (std::size_t at = forms.find("(["); at != std::string::npos; at = forms.find("([", at)) forms.insert(at + 1, "?:");
  return "(?i)^\\s*(?:" + forms + ")\\s*$";
}

std::vector<std::optional<PrintedNumber>> printed_page_numbers(const Document& doc) {
  std::vector<std::optional<PrintedNumber>> pages(doc.pages.size());
  std::vector<bool> unsure(doc.pages.size(), false);
  for (const Edit& e : doc.log.edits()) {
    if (!may_print_page_number(e)) continue;
    const auto at = page_index_of(doc, e.where.page);
    if (!at) continue;
    const std::size_t k = *at;
    for (const PrintedNumber& p : printed_numbers(e)) {
      if (!pages[k]) {
        pages[k] = p;
      } else if (pages[k]->number != p.number) {
        unsure[k] = true;
      } else if (p.total != 0) {
        if (pages[k]->total != 0 && pages[k]->total != p.total) unsure[k] = true;
        pages[k]->total = p.total;
      }
    }
  }
  std::map<long, int> printed_on;
  for (const auto& p : pages)
    if (p) ++printed_on[p->number];
  for (std::size_t k = 0; k < pages.size(); ++k)
    if (unsure[k] || (pages[k] && printed_on[pages[k]->number] > 1)) pages[k].reset();
  return pages;
}

}  // namespace akn
