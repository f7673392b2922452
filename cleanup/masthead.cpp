// parse_masthead: the page-1 masthead of a UN document (United Nations, the
// symbol, the organ, "Distr.: General", the issue date, the session, the
// agenda item) is metadata, not body text. Text exports print it on its own
// lines or glue it into one ("United NationsA/RES/57/224General Assembly
// Distr.: General"), sometimes at the end of the file. The lines around a
// "Distr.:" line whose whole text is explained by masthead fields are
// parsed into Metadata and given the masthead role.
#include <algorithm>

#include "cleanup/cleanup.hpp"
#include "core/un_patterns.hpp"
#include "cleanup/pass_util.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "parse_masthead";
constexpr int kReach = 6;  // non-blank lines looked at on each side of "Distr."

struct Field {
  const Regex* re;
  std::string_view name;
};

const std::vector<Field>& fields() {
  static const Regex kOrganization("United Nations");
  static const Regex kSymbol(masthead::kSymbolPattern);
  static const Regex kBody(masthead::kBodyPattern);
  static const Regex kDistribution("Distr\\.?\\s*:?\\s*(General|Limited|Restricted)");
  static const Regex kDate(std::string("(") + kDatePattern + ")");
  static const Regex kSession("([A-Z][a-z]+(?:-[a-z]+)?)\\s+(?:(?:emergency\\s+)?special\\s+)?session");
  static const Regex kAgenda(
      "Agenda items?\\s+[0-9]+(?:\\s*\\([a-z]\\))?(?:(?:\\s*,\\s*|\\s+and\\s+)[0-9]+(?:\\s*\\([a-z]\\))?)*");
  static const Regex kOriginal("Original:\\s*[A-Z][a-z]+");
  static const std::vector<Field> all = {
      {&kDistribution, "distribution"}, {&kOrganization, "organization"}, {&kBody, "body"},
      {&kAgenda, "agendaItem"},         {&kDate, "issueDate"},            {&kSession, "session"},
      {&kSymbol, "symbol"},             {&kOriginal, "original"}};
  return all;
}

// The fields found in `text`, and whether they explain all of it.
struct Parsed {
  std::vector<std::pair<std::string_view, std::string>> values;
  std::vector<std::pair<std::string_view, std::vector<std::string>>> groups;
  bool complete = false;
};

Parsed parse_line(std::string_view text) {
  Parsed parsed;
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
  parsed.complete = !parsed.values.empty() && !leftover;
  return parsed;
}

std::string store(Metadata& meta, std::string_view name, const std::string& value,
                  const std::vector<std::string>& groups, Document& doc) {
  if (name == "symbol") {
    if (!meta.symbol) meta.symbol = value;
    else if (*meta.symbol != value) {
      doc.log.warn(std::string(kPass), {}, "masthead symbol " + value + " differs from " + *meta.symbol);
      meta.other_symbols.push_back(value);
    }
  } else if (name == "organization") {
    meta.organization = value;
  } else if (name == "body") {
    if (!meta.body) meta.body = value;
  } else if (name == "distribution") {
    meta.distribution = groups.empty() ? value : groups[0];
  } else if (name == "issueDate") {
    if (auto d = parse_date(value)) meta.issue_date = *d;
  } else if (name == "session") {
    meta.session = value;
    if (!groups.empty()) meta.session_number = parse_ordinal_words(groups[0]);
  } else if (name == "agendaItem") {
    meta.agenda_item = value;
  }
  return std::string(name) + "=" + value;
}
}  // namespace

void parse_masthead(Document& doc, const PassContext&) {
  static const Regex kDistr("Distr\\.?\\s*:?\\s*(?:General|Limited|Restricted)");
  const auto refs = detail::line_refs(doc);
  std::size_t anchor = refs.size();
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const Line& line = detail::at(doc, refs[i]);
    if (line.role == LineRole::body && kDistr.search(line.text) && parse_line(line.text).complete) {
      anchor = i;
      break;
    }
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
      if (line.role != LineRole::body || !parse_line(line.text).complete) break;
      cluster.push_back(i);
      ++seen;
    }
  }
  std::sort(cluster.begin(), cluster.end());
  for (std::size_t i : cluster) {
    Line& line = detail::at(doc, refs[i]);
    const Parsed parsed = parse_line(line.text);
    std::string kept;
    for (std::size_t k = 0; k < parsed.values.size(); ++k) {
      if (!kept.empty()) kept += ", ";
      kept += store(doc.meta, parsed.values[k].first, parsed.values[k].second, parsed.groups[k].second, doc);
    }
    detail::set_role(doc, kPass, "masthead_to_metadata", refs[i], LineRole::masthead,
                     "masthead line; values kept as metadata: " + kept);
  }
}

}  // namespace akn
