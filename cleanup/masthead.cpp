// parse_masthead: the page-1 masthead of a UN document (United Nations, the
// symbol, the organ, "Distr.: General", the issue date, the session, the
// agenda item) is metadata, not body text. Text exports print it on its own
// lines or glue it into one ("United NationsA/RES/57/224General Assembly
// Distr.: General"), sometimes at the end of the file. The lines around a
// "Distr.:" line whose whole text is explained by masthead fields are
// parsed into Metadata and given the masthead role.
#include <algorithm>
#include <cmath>

#include "cleanup/cleanup.hpp"
#include "core/un_patterns.hpp"
#include "cleanup/pass_util.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "parse_masthead";
constexpr int kReach = 9;  // non-blank lines looked at on each side of "Distr."

struct Field {
  const Regex* re;
  std::string_view name;
};

const std::vector<Field>& fields() {
  // 1990s mastheads print "UNITED" and "NATIONS" on two lines, beside the
  // series letters of the logo ("S", "AS"), "Distr." above "GENERAL", and
  // the organ in capitals.
  static const Regex kOrganization("United Nations|UNITED\\s+NATIONS(?:\\s+[AES]{1,2}\\b)?|^\\s*UNITED\\s*$|^\\s*NATIONS(?:\\s+[AES]{1,2})?\\s*$");
  static const Regex kYear("(?:^|\\s)[A-Z][a-z]+(?:-[a-z]+)?\\s+year(?:\\s|$)");  // "Forty-ninth year" of the Security Council
  static const Regex kBodyCapitals("GENERAL ASSEMBLY|SECURITY COUNCIL|ECONOMIC AND SOCIAL COUNCIL|TRUSTEESHIP COUNCIL");
  static const Regex kDistributionParts("^\\s*Distr\\.?:?\\s*$|^\\s*(GENERAL|LIMITED|RESTRICTED)\\s*$");
  static const Regex kPreliminaryItem("Items?\\s+[0-9]+(?:\\s*\\([a-z]\\))?\\s+of\\s+the\\s+(?:preliminary\\s+|provisional\\s+)?(?:list|agenda)");
  static const Regex kSymbol(masthead::kSymbolPattern);
  static const Regex kBody(masthead::kBodyPattern);
  static const Regex kDistribution("Distr\\.?\\s*:?\\s*(General|Limited|Restricted)");
  static const Regex kDate(std::string("(") + kDatePattern + ")");
  static const Regex kSession("([A-Z][a-z]+(?:-[a-z]+)?)\\s+(?:(?:emergency\\s+)?special\\s+)?session");
  static const Regex kAgenda(
      "Agenda items?\\s+[0-9]+(?:\\s*\\([a-z]{1,2}\\))?(?:(?:\\s*,\\s*|\\s+and\\s+)[0-9]+(?:\\s*\\([a-z]{1,2}\\))?)*");
  static const Regex kOriginal("(?:Original|ORIGINAL):(?:\\s*[A-Z][A-Za-z]+)?|^\\s*(?:ENGLISH|FRENCH|SPANISH|RUSSIAN|ARABIC|CHINESE)\\s*$");
  static const Regex kCommittee(masthead::kCommitteePattern);
  static const std::vector<Field> all = {
      {&kDistribution, "distribution"}, {&kOrganization, "organization"}, {&kBody, "body"},
      {&kAgenda, "agendaItem"},         {&kDate, "issueDate"},            {&kSession, "session"},
      {&kSymbol, "symbol"},             {&kOriginal, "original"},         {&kCommittee, "committee"},
      {&kYear, "securityCouncilYear"}, {&kBodyCapitals, "body"},         {&kDistributionParts, "distribution"}, {&kPreliminaryItem, "agendaItem"}};
  return all;
}

// The fields found in `text`, and whether they explain all of it.
struct Parsed {
  std::vector<std::pair<std::string_view, std::string>> values;
  std::vector<std::pair<std::string_view, std::vector<std::string>>> groups;
  bool complete = false;
};

// `ocr`: the page was read by OCR, where a logo or a stamp leaves short
// garbage beside the masthead's values ("Py General Assembly ... Nhe. Ad");
// up to three leftover pieces of at most four characters are tolerated.
Parsed parse_line(std::string_view text, bool ocr = false) {
  Parsed parsed;
  // A masthead line holds a few values (at most about 200 bytes). A longer
  // line is body text, and searching it field by field, each match cut out
  // and the rest searched again, is quadratic in its length.
  constexpr std::size_t kLongestMastheadLine = 500;
  if (text.size() > kLongestMastheadLine) return parsed;
  std::string rest(text);
  for (const Field& f : fields()) {
    while (auto m = f.re->search(rest)) {
      if (f.name == "session" && !parse_ordinal_words(m->str(rest, 1))) break;
      std::vector<std::string> groups;
      for (std::size_t g = 1; g < m->groups.size(); ++g) groups.emplace_back(m->str(rest, g));
      parsed.values.emplace_back(f.name, collapse_spaces(m->str(rest)));
      parsed.groups.emplace_back(f.name, std::move(groups));
      rest = rest.substr(0, m->begin) + " " + rest.substr(m->end);
    }
  }
  bool leftover = false;
  for (char c : rest)
    if (!(c == ' ' || c == '\t' || c == ',' || c == '.' || c == ';' || c == ':' || c == '*')) leftover = true;
  if (leftover && ocr) {
    int pieces = 0;
    bool small = true;
    std::size_t i = 0;
    while (i < rest.size()) {
      while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
      std::size_t j = i;
      while (j < rest.size() && rest[j] != ' ' && rest[j] != '\t') ++j;
      const std::string_view piece = std::string_view(rest).substr(i, j - i);
      i = j;
      if (piece.empty() || piece.find_first_not_of(",.;:*") == std::string_view::npos) continue;
      ++pieces;
      small = small && piece.size() <= 4;
    }
    leftover = !(small && pieces <= 3);
  }
  parsed.complete = !parsed.values.empty() && !leftover;
  return parsed;
}

std::string store(Metadata& meta, std::string_view name, const std::string& value,
                  const std::vector<std::string>& groups, Document& doc, std::string_view line_text) {
  if (name == "symbol") {
    if (!meta.symbol) meta.symbol = value;
    // "S/2012/197***": the stars refer to a note ("Third reissue ...").
    if (const std::size_t at = line_text.find(value); at != std::string::npos && *meta.symbol == value) {
      std::size_t e = at + value.size();
      while (e < line_text.size() && line_text[e] == '*') ++e;
      if (e > at + value.size()) meta.symbol_note = line_text.substr(at + value.size(), e - at - value.size());
    }
    else if (*meta.symbol != value) {
      // A joint document of two organs carries a symbol of each series
      // (A/49/230 and S/1994/822); two symbols of one series are suspect.
      if (value.substr(0, value.find('/')) == meta.symbol->substr(0, meta.symbol->find('/')))
        doc.log.warn(std::string(kPass), {}, "masthead symbol " + value + " differs from " + *meta.symbol);
      meta.other_symbols.push_back(value);
    }
  } else if (name == "organization") {
    meta.organization = "United Nations";
  } else if (name == "body") {
    // "SECURITY COUNCIL" is the Security Council.
    std::string body;
    bool start = true;
    for (char c : value) {
      body += start || c == ' ' ? c : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      start = c == ' ';
    }
    for (const char* small : {" And ", " Of ", " The "})
      for (std::size_t at = body.find(small); at != std::string::npos; at = body.find(small))
        body[at + 1] = static_cast<char>(body[at + 1] - 'A' + 'a');
    if (!meta.body) meta.body = body;
  } else if (name == "distribution") {
    // "GENERAL" under a "Distr." line: the value in the current spelling.
    std::string v = groups.empty() ? std::string() : groups[0];
    for (std::size_t k = 1; k < v.size(); ++k)
      if (v[k] >= 'A' && v[k] <= 'Z') v[k] = static_cast<char>(v[k] - 'A' + 'a');
    if (!v.empty()) meta.distribution = v;
  } else if (name == "issueDate") {
    if (auto d = parse_date(value)) meta.issue_date = *d;
  } else if (name == "session") {
    meta.session = value;
    if (!groups.empty()) meta.session_number = parse_ordinal_words(groups[0]);
  } else if (name == "committee") {
    if (!meta.committee) meta.committee = collapse_spaces(value);
  } else if (name == "agendaItem") {
    meta.agenda_item = value;
  }
  return std::string(name) + "=" + value;
}
}  // namespace

void parse_masthead(Document& doc, const PassContext&) {
  static const Regex kAgendaLine("^\\s*Agenda items?\\s");
  static const Regex kNotTitle("^\\s*(?:Resolution\\s+adopted|\\[|[0-9]+/[0-9]+\\.|The\\s+General\\s+Assembly|Draft\\s|Letter\\s|Note\\s+by|Report\\s+of)");
  static const Regex kDistr("Distr\\.?\\s*:?\\s*(?:General|Limited|Restricted)");
  const auto refs = detail::line_refs(doc);
  const bool ocr = !doc.pages.empty() && doc.pages.front().ocr;
  std::size_t anchor = refs.size();
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const Line& line = detail::at(doc, refs[i]);
    static const Regex kDistrLabel("^\\s*Distr\\.?:?\\s*$");
    static const Regex kDistrValue("^\\s*(?:GENERAL|LIMITED|RESTRICTED|General|Limited|Restricted)\\s*$");
    const bool split = kDistrLabel.full_match(line.text) && i + 1 < refs.size() &&
                       kDistrValue.full_match(detail::at(doc, refs[i + 1]).text);
    if (line.role == LineRole::body && (kDistr.search(line.text) || split) && parse_line(line.text, ocr).complete) {
      anchor = i;
      break;
    }
  }
  // OCR may lose "Distr." under a stamp: on a scanned first page, the
  // symbol line among the first lines anchors the masthead instead.
  static const Regex kSymbolOnly(masthead::kSymbolPattern);
  for (std::size_t i = 0; ocr && anchor == refs.size() && i < refs.size() && refs[i].page == 0 && i < 12; ++i) {
    const Line& line = detail::at(doc, refs[i]);
    if (line.role == LineRole::body && kSymbolOnly.search(line.text) && parse_line(line.text, ocr).complete) anchor = i;
  }
  if (anchor == refs.size()) return;

  std::vector<std::size_t> cluster = {anchor};
  for (int dir : {-1, +1}) {
    int seen = 0;
    for (std::size_t i = anchor; seen < kReach;) {
      if (dir < 0 && i == 0) break;
      i = dir < 0 ? i - 1 : i + 1;
      if (i >= refs.size()) break;
      const Line& line = detail::at(doc, refs[i]);
      if (line.role == LineRole::blank || line.role == LineRole::marker) continue;
      if (line.role != LineRole::body || !parse_line(line.text, ocr).complete) break;
      cluster.push_back(i);
      ++seen;
    }
  }
  std::sort(cluster.begin(), cluster.end());
  // The title of the agenda item follows its line, before the "Resolution
  // adopted" line or the title of the document: with geometry, the lines set
  // flush with the agenda line in its type with no space between; in text,
  // the lines up to a blank line.
  std::size_t agenda = refs.size();
  for (std::size_t i : cluster)
    if (kAgendaLine.search(detail::at(doc, refs[i]).text)) agenda = i;
  std::vector<std::size_t> title_lines;
  if (agenda < refs.size()) {
    const Line* prev = &detail::at(doc, refs[agenda]);
    for (std::size_t i = agenda + 1; i < refs.size() && title_lines.size() < 6; ++i) {
      const Line& line = detail::at(doc, refs[i]);
      if (line.role != LineRole::body || std::find(cluster.begin(), cluster.end(), i) != cluster.end()) break;
      if (kNotTitle.search(line.text)) break;
      if (prev->box && line.box) {
        const double size = std::max(prev->font_size, 1.0);
        if (refs[i].page != refs[agenda].page || std::abs(line.box->x0 - prev->box->x0) > 2 ||
            std::abs(line.font_size - prev->font_size) > 0.5 || line.box->y0 - prev->box->y1 > 0.6 * size)
          break;
      } else if (prev->box || line.box) {
        break;
      }
      title_lines.push_back(i);
      prev = &line;
    }
    if (!title_lines.empty() && !detail::at(doc, refs[agenda]).box) {
      // Without geometry only a short run closed by a blank line is a title.
      const std::size_t next = title_lines.back() + 1;
      if (title_lines.size() > 4 || (next < refs.size() && detail::at(doc, refs[next]).role != LineRole::blank))
        title_lines.clear();
    }
  }
  for (std::size_t i : cluster) {
    Line& line = detail::at(doc, refs[i]);
    const Parsed parsed = parse_line(line.text, ocr);
    std::string kept;
    for (std::size_t k = 0; k < parsed.values.size(); ++k) {
      if (!kept.empty()) kept += ", ";
      kept += store(doc.meta, parsed.values[k].first, parsed.values[k].second, parsed.groups[k].second, doc, line.text);
    }
    detail::set_role(doc, kPass, "masthead_to_metadata", refs[i], LineRole::masthead,
                     "masthead line; values kept as metadata: " + kept);
  }
  std::string title;
  for (std::size_t i : title_lines) {
    const std::string text = collapse_spaces(detail::at(doc, refs[i]).text);
    if (!title.empty()) title += title.ends_with("-") ? "" : " ";
    title += text;
  }
  if (!title.empty()) {
    doc.meta.agenda_title = title;
    for (std::size_t i : title_lines)
      detail::set_role(doc, kPass, "masthead_to_metadata", refs[i], LineRole::masthead,
                       "title of the agenda item, kept as metadata: agendaItemTitle=" + title);
  }
}

}  // namespace akn
