#include "runner/cross_language.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "runner/runner.hpp"

namespace akn::cross_language {

namespace {

// Documents are versions of each other: the same symbol, not the same known
// language.
bool versions_of_each_other(const Summary& a, const Summary& b) {
  return a.symbol == b.symbol && (a.language.empty() || b.language.empty() || a.language != b.language);
}

std::string language_label(const std::string& language) { return language.empty() ? "unknown language" : language; }

std::optional<std::size_t> count_of(const Summary& s, const std::string& key) {
  const auto it = s.counts.find(key);
  if (it == s.counts.end()) return std::nullopt;
  return it->second;
}

// The value more than half of the group has, if any.
std::optional<std::size_t> majority(const std::vector<std::size_t>& values) {
  std::map<std::size_t, std::size_t> tally;
  for (std::size_t v : values) ++tally[v];
  for (const auto& [value, n] : tally)
    if (2 * n > values.size()) return value;
  return std::nullopt;
}

// One document's warning about one count: its value, each version that has
// another, and which side most versions are on.
std::string disagreement(const CountedPart& part, std::size_t own, const std::vector<std::string>& others,
                         std::optional<std::size_t> most) {
  std::string w = "cross_language: " + std::to_string(own) + " " + part.what + ", but ";
  for (std::size_t k = 0; k < others.size(); ++k) w += (k ? ", " : "") + others[k];
  w += ": one of them was read wrongly";
  if (most && *most != own) w += " (most versions have " + std::to_string(*most) + ": probably this one)";
  else if (most) w += " (most versions agree with this one)";
  return w;
}

// Whether two documents of a group (of one symbol) are versions of each
// other: not when all print one known language (copies of one version, as
// a batch of a thousand copies is), which is decided without comparing
// every pair.
bool has_versions(const std::vector<Summary>& docs, const std::vector<std::size_t>& group) {
  const std::string& first = docs[group.front()].language;
  return std::any_of(group.begin(), group.end(),
                     [&](std::size_t i) { return docs[i].language.empty() || docs[i].language != first; });
}

// The counts of a group compared; each document only with its versions
// (out.versions, in input order).
void compare_group(const std::vector<Summary>& docs, const std::vector<std::size_t>& group, Findings& out) {
  for (const CountedPart& part : counted_parts()) {
    std::vector<std::size_t> values;
    for (std::size_t i : group)
      if (auto v = count_of(docs[i], part.key)) values.push_back(*v);
    const auto most = majority(values);
    for (std::size_t i : group) {
      const auto own = count_of(docs[i], part.key);
      if (!own) continue;
      std::vector<std::string> others;
      for (const Version& version : out.versions[i]) {
        const std::size_t j = version.index;
        const auto theirs = count_of(docs[j], part.key);
        if (!theirs || *theirs == *own) continue;
        others.push_back(std::to_string(*theirs) + " in the " + language_label(docs[j].language) + " version (" +
                         docs[j].name + ")");
      }
      if (!others.empty()) out.warnings[i].push_back(disagreement(part, *own, others, most));
    }
  }
}

}  // namespace

const std::vector<CountedPart>& counted_parts() {
  static const std::vector<CountedPart> parts = {{"preamble", "preambular paragraphs"},
                                                 {"operative", "operative paragraphs"},
                                                 {"paragraphs", "body paragraphs"},
                                                 {"points", "sub-points"},
                                                 {"footnotes", "notes"},
                                                 {"annexes", "annexes"}};
  return parts;
}

Findings compare(const std::vector<Summary>& documents) {
  Findings out;
  out.versions.resize(documents.size());
  out.warnings.resize(documents.size());
  std::map<std::string, std::vector<std::size_t>> by_symbol;  // in input order
  for (std::size_t i = 0; i < documents.size(); ++i)
    if (!documents[i].symbol.empty()) by_symbol[documents[i].symbol].push_back(i);
  for (const auto& [symbol, group] : by_symbol) {
    if (group.size() < 2 || !has_versions(documents, group)) continue;
    for (std::size_t i : group)
      for (std::size_t j : group)
        if (j != i && versions_of_each_other(documents[i], documents[j]))
          out.versions[i].push_back({j, documents[j].language, documents[j].name});
    compare_group(documents, group, out);
  }
  return out;
}

void check_versions(std::vector<DocumentReport>& documents) {
  // Only the groups compare() compares get summaries (two documents or more
  // of one symbol, not all of one known language): a summary of each of a
  // thousand copies of one version, its counts copied into a map, was a
  // thirtieth of an unchanged rerun. The others have no version and no warning.
  std::map<std::string_view, std::vector<std::size_t>> by_symbol;  // in input order
  for (std::size_t i = 0; i < documents.size(); ++i) {
    DocumentReport& d = documents[i];
    if (d.status != Status::ok && d.status != Status::unchanged && d.status != Status::renamed) continue;
    d.language_versions.clear();
    if (!d.symbol.empty()) by_symbol[d.symbol].push_back(i);
  }
  std::vector<Summary> summaries;
  std::vector<std::size_t> at;  // summaries[k] is documents[at[k]]
  for (const auto& [symbol, group] : by_symbol) {
    const std::string& first = documents[group.front()].language;
    if (group.size() < 2 || std::none_of(group.begin(), group.end(), [&](std::size_t i) {
          return documents[i].language.empty() || documents[i].language != first;
        }))
      continue;
    for (std::size_t i : group) {
      const DocumentReport& d = documents[i];
      Summary s{d.relative, d.symbol, d.language, {}};
      for (const CountedPart& part : counted_parts())
        if (auto it = d.counts.find(part.key); it != d.counts.end()) s.counts[part.key] = it->second;
      summaries.push_back(std::move(s));
      at.push_back(i);
    }
  }
  const Findings found = compare(summaries);
  for (std::size_t k = 0; k < summaries.size(); ++k) {
    DocumentReport& d = documents[at[k]];
    for (const Version& v : found.versions[k]) d.language_versions.push_back({v.language, v.name});
    d.warnings.insert(d.warnings.end(), found.warnings[k].begin(), found.warnings[k].end());
  }
}

std::string corpus_links(const DocumentReport& document) {
  if (document.language_versions.empty()) return "";
  nlohmann::ordered_json links = nlohmann::ordered_json::array();
  for (const LanguageVersion& v : document.language_versions) links.push_back({{"language", v.language}, {"path", v.relative}});
  return "\"languageVersions\":" + links.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + ",";
}

}  // namespace akn::cross_language
