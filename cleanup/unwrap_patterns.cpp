#include "cleanup/unwrap_patterns.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

#include "core/dates.hpp"
#include "core/un_patterns.hpp"

namespace akn::detail {

namespace {

// The pre-checks. Each names what every match must start or end with; a
// byte outside ASCII (another script, a non-breaking space) or a trailing
// newline (which `$` lets through) always passes to the pattern.
bool non_ascii(char c) { return (static_cast<unsigned char>(c) & 0x80) != 0; }
bool first_byte_in(std::string_view t, std::string_view set) {
  return !t.empty() && (non_ascii(t.front()) || set.find(t.front()) != std::string_view::npos);
}
bool last_byte_in(std::string_view t, std::string_view set) {
  return !t.empty() && (t.back() == '\n' || set.find(t.back()) != std::string_view::npos);
}
constexpr std::string_view kDigits = "0123456789";

// Number-only: every alternative ends with '.' or ')' (the Arabic "12 -"
// needs Arabic text after it, which the line's end forbids) and is at most
// ten bytes long ("1234/1234."); kNumberOnlyMaxBytes leaves room for wide
// spaces.
constexpr std::size_t kNumberOnlyMaxBytes = 16;
bool may_be_number_only(std::string_view t) { return t.size() <= kNumberOnlyMaxBytes && last_byte_in(t, ".)"); }
// A section label opens with "PART"/"Part"/"SECTION"/"Section", a roman
// numeral [IVXLC], or an annex word (Annex, Appendix, Enclosure, Anexo,
// and words in other scripts).
bool may_be_section_label(std::string_view t) { return first_byte_in(t, "PSIVXLCAE"); }
// A numbered start opens with a digit, '(', a roman numeral [IVXL], or a
// lowercase label ("a) ", "iv) ") whose ')' is within its first five bytes.
bool may_start_numbered(std::string_view t) {
  if (first_byte_in(t, "0123456789(IVXL")) return true;
  return !t.empty() && t.front() >= 'a' && t.front() <= 'z' && t.substr(0, 5).find(')') != std::string_view::npos;
}
// A meeting line opens with a word of another script ("الجلسة", "第"), or
// with its number and then names the meeting in English, French, Spanish
// or Russian.
bool may_be_meeting_line(std::string_view t) {
  static constexpr std::string_view kMeetingWords[] = {"meeting", "s\u00E9ance", "sesi\u00F3n",
                                                       "\u0437\u0430\u0441\u0435\u0434\u0430\u043D\u0438\u0435"};
  if (t.empty() || non_ascii(t.front())) return !t.empty();
  return kDigits.find(t.front()) != std::string_view::npos &&
         std::any_of(std::begin(kMeetingWords), std::end(kMeetingWords),
                     [&](std::string_view w) { return t.find(w) != std::string_view::npos; });
}
// An own start opens with '[', "The", "Resolution", an article (L', Le,
// La, El) or a body's name in French or Spanish (Assemblée, Asamblea,
// Conseil, Consejo, Commission, Comisión), or a word of another script.
bool may_open_own_line(std::string_view t) { return first_byte_in(t, "[TRLEAC"); }

const Regex& number_only_pattern() {
  static const Regex r(std::string("^(?:") + masthead::kParagraphNumberPattern + "|" + masthead::kPointLabelPattern +
                       "|\\([0-9]{1,3}\\)|[0-9]{1,4}/[0-9]{1,4}\\.)$");
  return r;
}
const Regex& section_label_pattern() {
  static const Regex r(std::string("^") + masthead::kPartPrefixPattern + "[IVXLC]{1,7}\\.?$|^" +
                       masthead::kAnnexLabelPattern + "$");
  return r;
}
const Regex& numbered_start_pattern() {
  static const Regex r(std::string("^(?:(?:") + masthead::kParagraphNumberPattern + "|" + masthead::kPointLabelPattern +
                       ")\\s|\\([0-9]{1,3}\\)\\s|[IVXL]{1,6}\\.\\s)");
  return r;
}
const Regex& meeting_pattern() {
  // The date may stand on the meeting's line ("50e séance plénière 19
  // décembre 2023": a dump that joins the conclusions' lines).
  static const Regex r(std::string("^") + masthead::kMeetingPattern + "(?:,?\\s+" + kDatePattern + ")?$");
  return r;
}
const Regex& own_start_pattern() {
  static const Regex r(std::string("^(?:\\[|The\\s.*,$|Resolution\\s+adopted\\s|(?:L[\u2019']\\s?|Le\\s+|La\\s+|El\\s+|"
                                   "\u0625\u0646\\s+)?(?:") +
                       masthead::kLocalizedBodyPattern + ")\\s*[,\u060C\uFF0C]$)");
  return r;
}

// "The General Assembly,", "L'Assemblée générale,", "El Consejo de Seguridad,",
// "إن الجمعية العامة،", "大会，" (each script's comma).
const Regex& enacting_formula() {
  static const Regex re(std::string("^(?:The\\s+|L[\u2019']\\s?|Le\\s+|La\\s+|El\\s+|إن\\s+)?(?:") +
                        masthead::kBodyPattern + "|" + masthead::kLocalizedBodyPattern + ")\\s*[,\uFF0C\u060C]$");
  return re;
}
// The formula ends with a comma (ASCII, or the fullwidth or Arabic one,
// whose last bytes lie outside ASCII) before white space at most: any
// other last byte cannot end a match, and the search is skipped.
bool may_end_formula(std::string_view t) {
  std::size_t n = t.size();
  while (n > 0 && static_cast<unsigned char>(t[n - 1]) <= ' ') --n;
  return n > 0 && (t[n - 1] == ',' || static_cast<unsigned char>(t[n - 1]) >= 0x80);
}
}  // namespace

const std::vector<GuardedPattern>& unwrap_guarded_patterns() {
  static const std::vector<GuardedPattern> patterns = {
      {"number only", number_only_pattern(), true, may_be_number_only},
      {"section label", section_label_pattern(), true, may_be_section_label},
      {"numbered start", numbered_start_pattern(), false, may_start_numbered},
      {"meeting line", meeting_pattern(), true, may_be_meeting_line},
      {"own start", own_start_pattern(), false, may_open_own_line},
  };
  return patterns;
}

bool is_number_only(const Subject& t) {
  return may_be_number_only(t.text()) && number_only_pattern().full_match(t);
}
bool is_section_label(const Subject& t) {
  return may_be_section_label(t.text()) && section_label_pattern().full_match(t);
}
bool starts_numbered(const Subject& t) {
  return may_start_numbered(t.text()) && numbered_start_pattern().search(t).has_value();
}
bool is_enacting_formula(std::string_view t) { return may_end_formula(t) && enacting_formula().search(t).has_value(); }
const std::vector<GuardedPattern>& enacting_formula_guarded_patterns() {
  static const std::vector<GuardedPattern> patterns = {
      {"enacting formula", enacting_formula(), false, may_end_formula},
  };
  return patterns;
}
bool is_meeting_line(const Subject& t) { return may_be_meeting_line(t.text()) && meeting_pattern().full_match(t); }
bool ends_with_note_after_punctuation(const Subject& t) {
  const std::optional<ClauseEnd> end = dump_terminated(t.text());
  if (!end || end->spaced) return false;
  // A clause's punctuation in Latin, full-width (Chinese) and Arabic type.
  static constexpr std::string_view kMarks[] = {".", ",", ";", ":", "\u3002", "\uFF0C", "\uFF1B", "\uFF1A", "\u060C", "\u061B"};
  return std::any_of(std::begin(kMarks), std::end(kMarks), [&](std::string_view m) { return end->clause.ends_with(m); });
}

namespace {

// The abbreviations of words that number what follows them: "No. 12".
bool numbering_abbreviation(std::string_view clause) {
  static constexpr std::string_view kWords[] = {"No", "Nos", "no", "nos", "vol", "Vol", "para", "paras",
                                                "p",  "pp",  "art", "Art", "arts", "chap", "sect", "Suppl"};
  if (clause.empty() || clause.back() != '.') return false;
  std::size_t b = clause.size() - 1;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(clause[b - 1]))) --b;
  if (b > 0 && std::isalnum(static_cast<unsigned char>(clause[b - 1]))) return false;
  const std::string_view word = clause.substr(b, clause.size() - 1 - b);
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

}  // namespace

std::optional<ClauseEnd> dump_terminated(std::string_view t) {
  std::size_t figures = 0;
  while (figures < t.size() && std::isdigit(static_cast<unsigned char>(t[t.size() - 1 - figures]))) ++figures;
  if (figures == 0 || figures > kMaxNoteNumberFigures) return std::nullopt;
  std::string_view clause = t.substr(0, t.size() - figures);
  std::size_t spaces = 0;
  while (!clause.empty() && clause.back() == ' ' && spaces < kMaxSpacesBeforeNoteNumber) {
    clause.remove_suffix(1);
    ++spaces;
  }
  if (clause.empty()) return std::nullopt;
  const unsigned char mark = static_cast<unsigned char>(clause.back());
  if (std::isalnum(mark) || mark == ' ' || numbering_abbreviation(clause)) return std::nullopt;
  return ClauseEnd{clause, spaces > 0};
}

bool ends_clause_and_note_number(std::string_view t, std::string_view marks) {
  const std::optional<ClauseEnd> end = dump_terminated(t);
  return end && marks.find(end->clause.back()) != std::string_view::npos;
}
bool opens_own_line(const Subject& t) { return may_open_own_line(t.text()) && own_start_pattern().search(t).has_value(); }

}  // namespace akn::detail
