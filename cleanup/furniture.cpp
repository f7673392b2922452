// remove_furniture: what the printed page adds around the text. Separator
// rules, page numbers (2, - 2 -, 2/8, Page 2), job-number footers
// (02 55394, 23-25993 (E) 100124), barcodes (*2325993*), "Please recycle",
// "/..." continuation marks, and running heads: lines that repeat verbatim
// (digits aside) or that are the document's own symbol. Lines are given the
// furniture role, never deleted; each decision is an edit with its reason.
#include <cmath>
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
    r.push_back({Regex("^\\s*[A-Z]?[0-9]{2}[- ]?[0-9]{5}[A-Z]?\\**(?:\\s*\\([A-Z]\\))?(?:\\s+[0-9]{6})?\\s*$"),
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
std::string shape_of(std::string_view text, bool in_band = false) {
  std::string s = collapse_spaces(text);
  int letters = 0;
  for (char c : s)
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ++letters;
  if (letters >= 3 || in_band)
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
// Where a line sits on its page, when the source has geometry.
enum class Band { none, top, body, bottom };

// The top and bottom bands hold running heads and footers: 12% of the page
// height (95 pt on A4 or Letter), which clears the first and last body lines
// of UN documents.
Band band_of(const Document& doc, const detail::LineRef ref) {
  const Page& page = doc.pages[ref.page];
  const Line& line = detail::at(doc, ref);
  if (page.height <= 0 || !line.box) return Band::none;
  if (line.box->y1 <= 0.12 * page.height) return Band::top;
  if (line.box->y0 >= 0.88 * page.height) return Band::bottom;
  return Band::body;
}

// The parts of a line set apart by a wide gap (more than two em): a footer
// "2/10      18-16895" is a page number and a job number.
std::vector<std::string> segments_of(const Line& line) {
  std::vector<std::string> out;
  if (line.words.empty()) {
    out.emplace_back(line.text);
    return out;
  }
  std::size_t from = line.words.front().begin;
  for (std::size_t k = 1; k < line.words.size(); ++k) {
    const Word& a = line.words[k - 1];
    const Word& b = line.words[k];
    const double size = std::max({a.font_size, b.font_size, 1.0});
    if (a.box && b.box && b.box->x0 - a.box->x1 > 2 * size) {
      out.emplace_back(trim(std::string_view(line.text).substr(from, a.end - from)));
      from = b.begin;
    }
  }
  out.emplace_back(trim(std::string_view(line.text).substr(from)));
  return out;
}
}  // namespace

void remove_furniture(Document& doc, const PassContext&) {
  static const Regex kFormula("^\\s*The\\s+(?:" + std::string(masthead::kBodyPattern) + "|Commission|Council|Conference)[^,]{0,60},\\s*$");
  const auto refs = detail::line_refs(doc);

  // Pattern rules.
  for (const detail::LineRef ref : refs) {
    Line& line = detail::at(doc, ref);
    if (line.role != LineRole::body) continue;
    const Band band = band_of(doc, ref);
    // With geometry, a line of several parts is furniture when every part is.
    if (band == Band::top || band == Band::bottom) {
      const auto parts = segments_of(line);
      if (parts.size() > 1) {
        std::string kinds;
        bool all = true;
        for (const std::string& part : parts) {
          const Rule* hit = nullptr;
          for (const Rule& rule : rules())
            if (rule.re.full_match(part)) {
              hit = &rule;
              break;
            }
          const bool symbol = doc.meta.symbol && collapse_spaces(part) == *doc.meta.symbol;
          if (!hit && !symbol) {
            all = false;
            break;
          }
          kinds += (kinds.empty() ? "" : " + ") + (hit ? std::string(hit->reason) : "the document symbol");
        }
        if (all) {
          detail::set_role(doc, kPass, "remove_page_furniture", ref, LineRole::furniture,
                           std::string(band == Band::top ? "page header" : "page footer") + ": " + kinds);
          continue;
        }
      }
    }
    for (const Rule& rule : rules()) {
      // With geometry, page numbers are looked for where pages print them.
      if (rule.kind == "remove_page_number" && band == Band::body) continue;
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
  // With geometry, a running head repeats in the top or bottom band of its
  // pages; a line of the body that happens to repeat (a footnote "See
  // resolution 70/1.") is not one.
  auto shape_at = [&](const detail::LineRef ref) {
    const Band band = band_of(doc, ref);
    return shape_of(detail::at(doc, ref).text, band == Band::top || band == Band::bottom);
  };
  // Each shape's occurrences, by the height of their top (0 without geometry).
  std::map<std::string, std::vector<double>> occurrences;
  for (const detail::LineRef ref : refs) {
    const Line& line = detail::at(doc, ref);
    if (line.role == LineRole::body && could_be_running_head(line.text) && band_of(doc, ref) != Band::body)
      occurrences[shape_at(ref)].push_back(line.box ? line.box->y0 : 0.0);
  }
  // With geometry a running head comes back at the same height: count the
  // occurrences within 4 pt of this one.
  auto repeats = [&](const detail::LineRef ref) {
    const Line& line = detail::at(doc, ref);
    const std::vector<double>& tops = occurrences[shape_at(ref)];
    if (!line.box) return static_cast<int>(tops.size());
    int n = 0;
    for (double y : tops) n += std::abs(y - line.box->y0) <= 4 ? 1 : 0;
    return n;
  };
  for (std::size_t i = 0; i < refs.size(); ++i) {
    Line& line = detail::at(doc, refs[i]);
    if (line.role != LineRole::body || !could_be_running_head(line.text)) continue;
    const std::string text = collapse_spaces(line.text);
    const Band band = band_of(doc, refs[i]);
    if (band == Band::body) continue;
    if (doc.meta.symbol && (text == *doc.meta.symbol || text.rfind(*doc.meta.symbol + " ", 0) == 0) &&
        shape_of(text).size() <= 40) {
      detail::set_role(doc, kPass, "remove_running_head", refs[i], LineRole::furniture,
                       "running head: the document symbol " + *doc.meta.symbol);
      continue;
    }
    // A line opening with a superscript mark is a footnote, not a heading.
    if (!line.marks.empty() && line.marks.front().offset == 0) continue;
    const int n = repeats(refs[i]);
    // Geometry says where the line is, so the title before the formula on
    // page 1 (in the body band) cannot be mistaken for a running head.
    const bool before_formula = band == Band::none && formula_index < refs.size() && i < formula_index;
    if (n >= 2 && !before_formula) {
      const std::string where = band == Band::top ? " in the page header" : band == Band::bottom ? " in the page footer" : "";
      detail::set_role(doc, kPass, "remove_running_head", refs[i], LineRole::furniture,
                       "running head: the line occurs " + std::to_string(n) + " times" + where,
                       n >= 3 ? 0.95 : 0.8);
    }
  }
  // A short title printed beside the symbol in a continuation page's header
  // is a running head even when the document has too few pages for it to
  // recur: it repeats the title on page 1.
  std::string first_page;
  for (const detail::LineRef ref : refs)
    if (ref.page == 0 && detail::at(doc, ref).role == LineRole::body)
      first_page += collapse_spaces(detail::at(doc, ref).text) + " ";
  for (std::size_t i = 0; i < refs.size(); ++i) {
    Line& line = detail::at(doc, refs[i]);
    const Band band = band_of(doc, refs[i]);
    if (refs[i].page == 0 || line.role != LineRole::body || (band != Band::top && band != Band::bottom)) continue;
    bool beside_symbol = false;
    for (std::size_t k = i >= 3 ? i - 3 : 0; k < refs.size() && k <= i + 3; ++k) {
      const Line& other = detail::at(doc, refs[k]);
      if (k == i || refs[k].page != refs[i].page || other.role != LineRole::furniture || band_of(doc, refs[k]) != band ||
          !doc.meta.symbol || collapse_spaces(other.text).find(*doc.meta.symbol) == std::string::npos)
        continue;
      // The header's own lines: set close together in the header's type.
      const double size = std::max(other.font_size, line.font_size);
      beside_symbol |= !line.box || !other.box ||
                       (std::abs(line.box->y0 - other.box->y0) <= 1.6 * size && line.font_size <= other.font_size + 0.5);
    }
    const std::string text = collapse_spaces(line.text);
    if (beside_symbol && text.size() >= 3 && first_page.find(text) != std::string::npos)
      detail::set_role(doc, kPass, "remove_running_head", refs[i], LineRole::furniture,
                       "running head: the document's title, printed beside its symbol", 0.85);
  }
}

}  // namespace akn
