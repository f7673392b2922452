// The structure stage's helpers: leads, numerals, sponsor names, the body's
// actor, the language guess, and counts over a Resolution. The builder
// itself is in builder.cpp.
#include "structure/structure.hpp"

#include <algorithm>
#include <map>
#include <span>

#include "core/regex.hpp"
#include "core/text.hpp"
#include "core/un_vocabulary.hpp"
#include "structure/helpers.hpp"
#include "structure/patterns.hpp"

namespace akn {

namespace {

// Lead words of preambular paragraphs that take a second word.
const std::map<std::string, std::vector<std::string>, std::less<>>& two_word_leads() {
  static const std::map<std::string, std::vector<std::string>, std::less<>> m = {
      {"Bearing", {"in mind"}}, {"Taking", {"note", "into account"}}, {"Deeply", {"concerned", "alarmed", "disturbed", "convinced"}},
      {"Gravely", {"concerned", "alarmed"}}, {"Having", {"considered", "examined", "heard", "received", "adopted", "regard"}},
      {"Keeping", {"in mind"}}, {"Expressing", {"concern", "appreciation", "its"}}, {"Further", {"recalling", "recognizing", "noting"}},
  };
  return m;
}

}  // namespace

std::string lead_of(std::string_view text) {
  const Regex& kFirst = structure::patterns().first_words;
  auto m = kFirst.search(text);
  if (!m) return {};
  std::string lead(m->str(text, 1));
  const auto& two = two_word_leads();
  auto it = two.find(lead);
  const std::string_view rest = text.substr(m->groups[1].second);
  if (it != two.end()) {
    for (const std::string& w : it->second)
      if (rest.starts_with(" " + w)) return lead + " " + w;
  }
  for (std::string_view w : {"also", "further", "moreover", "again", "with appreciation", "with concern", "with satisfaction"})
    if (rest.starts_with(" " + std::string(w) + " ") || rest == " " + std::string(w)) return lead + " " + std::string(w);
  return lead;
}

bool is_roman(std::string_view s) {
  for (char c : s)
    if (c != 'i' && c != 'v' && c != 'x' && c != 'l') return false;
  return !s.empty();
}

bool is_upper_roman(std::string_view s) {
  for (char c : s)
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C') return false;
  return !s.empty();
}

// Sponsor names in "A, B, Bosnia and Herzegovina and C": split at commas
// and at the last " and " that is not inside a State's own name.
std::vector<std::pair<std::size_t, std::size_t>> sponsor_names(std::string_view list) {
  static constexpr std::string_view kWithAnd[] = {
      "Antigua and Barbuda", "Bosnia and Herzegovina", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines",
      "Sao Tome and Principe", "Trinidad and Tobago", "United Kingdom of Great Britain and Northern Ireland",
      "Heard Island and McDonald Islands", "Wallis and Futuna", "Turks and Caicos Islands"};
  std::vector<std::pair<std::size_t, std::size_t>> out;
  auto push = [&](std::size_t b, std::size_t e) {
    while (b < e && list[b] == ' ') ++b;
    while (e > b && list[e - 1] == ' ') --e;
    if (e > b) out.emplace_back(b, e - b);
  };
  std::size_t start = 0;
  int depth = 0;
  for (std::size_t i = 0; i <= list.size(); ++i) {
    if (i < list.size() && list[i] == '(') ++depth;
    if (i < list.size() && list[i] == ')' && depth > 0) --depth;
    if (i < list.size() && (list[i] != ',' || depth > 0)) continue;
    // The item [start, i): an " and " outside a known name separates two.
    std::string_view item = list.substr(start, i - start);
    std::size_t split = std::string_view::npos;
    for (std::size_t k = item.find(" and "); k != std::string_view::npos; k = item.find(" and ", k + 1)) {
      bool inside = false;
      for (std::string_view name : kWithAnd) {
        const std::size_t at = item.find(name);
        if (at != std::string_view::npos && at < k && k < at + name.size()) inside = true;
      }
      if (!inside) split = k;
    }
    if (split != std::string_view::npos) {
      push(start, start + split);
      push(start + split + 5, i);
    } else {
      push(start, i);
    }
    start = i + 1;
  }
  return out;
}

namespace {
// A formula read by OCR is the known one when at most this share of the
// known formula's characters (code points) must be changed (25%: "The
// Securit: cil," is 5 edits from the 21 characters of "The Security
// Council,"; "إن المعية العامة" 2 from the 18 of "إن الجمعية العامة،"; two
// known formulas are further apart than that), and the nearest known one
// is nearer than the next body's by at least kFormulaMargin edits.
constexpr double kFormulaEditShare = 0.25;
constexpr std::size_t kFormulaMargin = 2;

// The formulas of the six languages: what precedes the body's name in its
// script (an article in Latin script, "إن" in Arabic, nothing in Cyrillic
// and Han), and a comma of the six languages after it, the Arabic one set
// close or, as some Arabic versions print it, after a space ("إن مجلس الأمن
// ،": a misread comma is then one edit from it, not two).
constexpr std::string_view kLatinOpenings[] = {"The ", "L’", "L'", "Le ", "La ", "El "};
constexpr std::string_view kArabicOpenings[] = {"إن "};
constexpr std::string_view kNoOpening[] = {""};
constexpr std::string_view kFormulaCommas[] = {",", "،", "，", " ،"};

std::span<const std::string_view> openings_of(std::string_view name) {
  std::size_t at = 0;
  const char32_t first = next_code_point(name, at);
  if (first < 0x0250) return kLatinOpenings;
  if (first >= 0x0600 && first <= 0x06FF) return kArabicOpenings;
  return kNoOpening;
}

// A known formula, its code points prepared once: the opening, the name a
// body is printed by and a comma, the English name it stands for, and the
// most edits (kFormulaEditShare of its code points) that still read as it.
struct KnownFormula {
  std::u32string code_points;
  std::string_view english;
  std::size_t max_edits;
};

std::vector<KnownFormula> known_formulas() {
  std::vector<KnownFormula> out;
  auto add = [&](std::string_view name, std::string_view english) {
    for (std::string_view opening : openings_of(name))
      for (std::string_view comma : kFormulaCommas) {
        std::u32string f = code_points(std::string(opening) + std::string(name) + std::string(comma));
        // d <= share * size, d whole: the largest such d.
        std::size_t max_edits = 0;
        while (static_cast<double>(max_edits + 1) <= kFormulaEditShare * static_cast<double>(f.size())) ++max_edits;
        out.push_back({std::move(f), english, max_edits});
      }
  };
  for (const vocabulary::Body& b : vocabulary::kBodies) add(b.name, b.name);
  for (const vocabulary::BodyName& n : vocabulary::kBodyNames) add(n.printed, n.english);
  return out;
}

const std::vector<KnownFormula>& formulas() {
  static const std::vector<KnownFormula> f = known_formulas();
  return f;
}

// The Levenshtein distance from `a` to `b` when it is at most `limit`, else
// limit + 1: no need to finish a table whose every cell of a row is past
// the limit (a row's least cell never falls in the rows after it), nor to
// start one whose lengths differ by more than it.
std::size_t distance_within(const std::u32string& a, const std::u32string& b, std::size_t limit,
                            std::vector<std::size_t>& row) {
  const std::size_t longer = std::max(a.size(), b.size()), shorter = std::min(a.size(), b.size());
  if (longer - shorter > limit) return limit + 1;
  row.resize(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    std::size_t least = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
      least = std::min(least, row[j]);
    }
    if (least > limit) return limit + 1;
  }
  return std::min(row[b.size()], limit + 1);
}
}  // namespace

namespace {
// Whether `text` is an organ's name alone, whatever its case and closing
// punctuation, in a language whose formula is more than the name: English,
// French, Spanish and Arabic formulas open with an article or "إن" ("The
// Security Council,"), while the Russian and Chinese formula is the name
// itself ("Генеральная Ассамблея,", "大会，"), which OCR may read without its
// comma.
bool is_organ_name(std::string_view text) {
  std::string_view t = trim(text);
  while (!t.empty() && (t.back() == '.' || t.back() == ',' || t.back() == ':')) t.remove_suffix(1);
  const std::string lowered = to_lower(std::string(trim(t)));
  for (const vocabulary::Body& b : vocabulary::kBodies)
    if (to_lower(std::string(b.name)) == lowered) return true;
  for (const vocabulary::BodyName& n : vocabulary::kBodyNames) {
    const char32_t first = first_code_point(n.printed);
    const bool name_is_formula = (first >= 0x0400 && first < 0x0530) || first >= 0x2E80;  // Cyrillic, Han
    if (!name_is_formula && to_lower(std::string(n.printed)) == lowered) return true;
  }
  return false;
}
}  // namespace

std::string garbled_formula_body(std::string_view text) {
  constexpr std::size_t kMaxBytes = 80;  // no formula is longer: skip paragraphs at once
  if (text.empty() || text.size() > kMaxBytes) return {};
  // An organ's name as a masthead or heading prints it ("Security
  // Council", "Conseil de sécurité") is no formula, misread or not.
  if (is_organ_name(text)) return {};
  const std::u32string t = code_points(text);
  // The nearest of each body (English), over the formulas it is printed by:
  // those within their edit share only.
  std::map<std::string_view, std::size_t> nearest;
  std::vector<std::size_t> row;
  for (const KnownFormula& f : formulas()) {
    const std::size_t d = distance_within(t, f.code_points, f.max_edits, row);
    if (d > f.max_edits) continue;
    auto [at, added] = nearest.emplace(f.english, d);
    if (!added) at->second = std::min(at->second, d);
  }
  std::size_t best = std::string::npos, second = std::string::npos;
  std::string_view name;
  for (const auto& [english, d] : nearest) {
    if (d < best) {
      second = best;
      best = d;
      name = english;
    } else if (d < second) {
      second = d;
    }
  }
  if (best == 0 || best == std::string::npos || (second != std::string::npos && second < best + kFormulaMargin)) return {};
  return std::string(name);
}

std::string actor_for_body(std::string_view body) {
  const vocabulary::Body* b = vocabulary::body_named(body);
  return b ? std::string(b->actor) : "un";
}

namespace {
// Each type's name in the AKN (FRBRname, the element's name) and in the
// corpus and reports, and whether the AKN writes it as a statement.
struct TypeNames {
  DocumentType type;
  std::string_view akn, corpus;
  bool statement;
};
constexpr TypeNames kTypeNames[] = {
    {DocumentType::resolution, "resolution", "resolution", true},
    {DocumentType::decision, "decision", "decision", true},
    {DocumentType::draft_resolution, "resolutionDraft", "draftResolution", true},
    {DocumentType::draft_decision, "decisionDraft", "draftDecision", true},
    {DocumentType::letter, "letter", "letter", false},
    {DocumentType::report, "report", "report", false},
    {DocumentType::note, "note", "note", false},
    {DocumentType::meeting_record, "meetingRecord", "meetingRecord", false},
    {DocumentType::presidential_statement, "presidentialStatement", "presidentialStatement", false},
    {DocumentType::other, "document", "document", false},
};

const TypeNames& names_of(DocumentType type) {
  for (const TypeNames& n : kTypeNames)
    if (n.type == type) return n;
  return kTypeNames[std::size(kTypeNames) - 1];
}
}  // namespace

std::string document_name(const Resolution& res) { return std::string(names_of(res.type).akn); }

bool is_statement(const Resolution& res) { return names_of(res.type).statement; }

std::string type_name(DocumentType type) { return std::string(names_of(type).corpus); }

namespace {
// A year a document's number or symbol states: "2002/…" (a Commission's
// resolution), "S/1996/112" (Security Council documents since 1994).
std::optional<int> stated_year(const Resolution& res) {
  static const Regex kYearFirst("^((?:19|20)[0-9]{2})/");
  static const Regex kYearPart("(?:^|/)((?:19|20)[0-9]{2})/");
  auto year_in = [](const Regex& re, std::string_view s) -> std::optional<int> {
    auto m = re.search(s);
    if (!m) return std::nullopt;
    const int y = std::stoi(std::string(m->str(s, 1)));
    return y >= 1945 && y <= 2099 ? std::optional<int>(y) : std::nullopt;
  };
  if (res.number)
    if (auto y = year_in(kYearFirst, *res.number)) return y;
  if (res.meta.symbol)
    if (auto y = year_in(kYearPart, *res.meta.symbol)) return y;
  return std::nullopt;
}
}  // namespace

std::optional<WorkDate> work_date(const Resolution& res) {
  if (res.adoption_date) return WorkDate{*res.adoption_date, "adoption"};
  if (res.document_date)
    return WorkDate{*res.document_date, res.type == DocumentType::meeting_record ? "meeting" : "letter"};
  // A draft, a report, or a text whose adoption date is not printed: the
  // masthead's date of issue.
  if (res.meta.issue_date) return WorkDate{*res.meta.issue_date, "issue"};
  if (auto y = stated_year(res)) {
    Date d;
    d.year = *y;
    d.month = 1;
    d.day = 1;
    d.printed = std::to_string(*y);
    return WorkDate{d, "year"};
  }
  return std::nullopt;
}

std::size_t preambular_count(const Resolution& res) {
  std::size_t n = res.preamble.size();
  for (const Section& s : res.sections) n += s.preamble.size();
  return n;
}

std::size_t operative_count(const Resolution& res) {
  auto paragraphs = [](const std::vector<OperativeParagraph>& ps) {
    return static_cast<std::size_t>(std::count_if(ps.begin(), ps.end(), [](const OperativeParagraph& p) { return !p.holds_only_tables(); }));
  };
  std::size_t n = paragraphs(res.operative);
  for (const Section& s : res.sections) n += paragraphs(s.operative);
  return n;
}

}  // namespace akn
