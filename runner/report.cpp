#include "runner/report.hpp"
#include "runner/report_entry.hpp"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <iterator>
#include <limits>
#include <string_view>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <map>
#include <random>

#include <nlohmann/json.hpp>

#include "export/quality_json.hpp"
#include "runner/cross_language.hpp"
#include "runner/json_events.hpp"
#include "runner/pool.hpp"

namespace akn {

using Json = nlohmann::ordered_json;

namespace {

Quality quality_from(const Json& j) {
  Quality q;
  auto fig = [&](const char* k, double otherwise) { return j.contains(k) && j[k].is_number() ? j[k].get<double>() : otherwise; };
  auto count = [&](const char* k) { return j.contains(k) && j[k].is_number_unsigned() ? j[k].get<std::size_t>() : 0; };
  q.score = std::max(0.0, fig("score", 0));
  q.ocr_confidence = fig("ocrConfidence", -1);
  q.dictionary = fig("dictionary", -1);
  q.script = fig("script", -1);
  if (j.contains("unchecked") && j["unchecked"].is_string()) q.unchecked = j["unchecked"].get<std::string>();
  q.conservation = fig("conservation", 1);
  q.unaccounted = count("unaccounted");
  q.furniture = fig("furniture", 1);
  q.furniture_in_text = count("furnitureInText");
  q.reading_order = fig("readingOrder", 1);
  q.order_breaks = count("orderBreaks");
  q.title = fig("title", 1);
  q.title_doubtful_words = count("titleDoubtfulWords");
  q.pages = fig("pages", 1);
  q.page_faults = count("pageFaults");
  q.notes = fig("notes", 1);
  q.unreferenced_notes = count("unreferencedNotes");
  q.notes_in_text = count("notesInText");
  q.doubtful = fig("doubtful", 1);
  q.doubtful_words = count("doubtfulWords");
  q.metadata = fig("metadata", 1);
  q.structure = fig("structure", 1);
  q.structure_doubts = count("structureDoubts");
  q.schema_valid = j.contains("schemaValid") && j["schemaValid"].is_boolean() ? (j["schemaValid"].get<bool>() ? 1 : 0) : -1;
  q.ocr_pages = count("ocrPages");
  return q;
}

Status status_from(const std::string& s) {
  for (Status x : kStatuses)
    if (s == status_name(x)) return x;
  return Status::failed;
}

double rounded(double seconds) { return std::round(seconds * 1000) / 1000; }

Json document_object(const DocumentReport& d) {
  Json x = {{"input", d.input}, {"relative", d.relative}, {"status", status_name(d.status)}};
  if (!d.reason.empty()) x["reason"] = d.reason;
  if (d.page > 0) x["page"] = d.page;
  if (d.retry) x["retry"] = true;
  if (!d.duplicate_of.empty()) x["duplicateOf"] = d.duplicate_of;
  if (!d.sha256.empty()) x["sha256"] = d.sha256;
  if (!d.symbol.empty()) x["symbol"] = d.symbol;
  if (!d.language.empty()) x["language"] = d.language;
  for (const LanguageVersion& v : d.language_versions)
    x["languageVersions"].push_back({{"language", v.language}, {"input", v.relative}});
  if (!d.type.empty()) x["type"] = d.type;
  if (!d.outputs.empty()) x["outputs"] = d.outputs;
  if (!d.counts.empty()) x["counts"] = d.counts;
  if (d.quality) x["quality"] = quality_object(*d.quality);
  if (!d.corpus.empty()) x["corpus"] = d.corpus;
  if (!d.edits_by_kind.empty()) x["editsByKind"] = d.edits_by_kind;
  if (!d.warnings.empty()) x["warnings"] = d.warnings;
  if (!d.note.empty()) x["note"] = d.note;
  if (!d.messages.empty()) x["messages"] = d.messages;
  x["seconds"] = rounded(d.seconds);
  if (!d.converted.empty()) x["converted"] = d.converted;
  if (!d.run_id.empty()) x["runId"] = d.run_id;
  return x;
}

DocumentReport document_from(const Json& x) {
  DocumentReport d;
  d.input = x.value("input", "");
  d.relative = x.value("relative", "");
  d.status = status_from(x.value("status", "failed"));
  d.reason = x.value("reason", "");
  d.page = x.value("page", 0);
  d.retry = x.value("retry", false);
  d.duplicate_of = x.value("duplicateOf", "");
  d.sha256 = x.value("sha256", "");
  d.symbol = x.value("symbol", "");
  d.language = x.value("language", "");
  d.type = x.value("type", "");
  if (x.contains("outputs")) d.outputs = x["outputs"].get<std::map<std::string, std::string>>();
  if (x.contains("counts")) d.counts = x["counts"].get<std::map<std::string, std::size_t>>();
  if (x.contains("quality")) d.quality = quality_from(x["quality"]);
  d.corpus = x.value("corpus", "");
  if (x.contains("editsByKind")) d.edits_by_kind = x["editsByKind"].get<std::map<std::string, std::size_t>>();
  if (x.contains("warnings")) d.warnings = x["warnings"].get<std::vector<std::string>>();
  d.note = x.value("note", "");
  d.messages = x.value("messages", "");
  d.seconds = x.value("seconds", 0.0);
  d.converted = x.value("converted", "");
  d.run_id = x.value("runId", "");
  return d;
}

Json summary_json(const RunReport& report) {
  std::size_t pages = 0, ocr = 0;
  for (const DocumentReport& d : report.documents)
    if (d.status == Status::ok) pages += count_of(d, "pages"), ocr += count_of(d, "pagesOcr");
  Json summary = {{"inputs", report.documents.size()}};
  for (Status s : kStatuses) summary[status_name(s)] = report.count(s);
  summary["excluded"] = report.excluded;
  summary["otherShards"] = report.other_shards;
  summary["kept"] = report.kept;
  summary["pagesConverted"] = pages;
  summary["pagesOcr"] = ocr;
  summary["jobs"] = report.jobs;
  summary["seconds"] = rounded(report.seconds);
  if (report.interrupted) summary["interrupted"] = signal_description(report.interrupted);
  summary["exitStatus"] = report.exit_code();
  return summary;
}

}  // namespace

std::size_t count_of(const DocumentReport& d, const char* key) {
  const auto it = d.counts.find(key);
  return it == d.counts.end() ? 0 : it->second;
}

const char* status_name(Status s) {
  switch (s) {
    case Status::ok: return "ok";
    case Status::unchanged: return "unchanged";
    case Status::renamed: return "renamed";
    case Status::duplicate: return "duplicate";
    case Status::failed: return "failed";
    case Status::skipped: return "skipped";
    case Status::pending: return "pending";
  }
  return "failed";
}

std::size_t RunReport::count(Status s) const {
  return static_cast<std::size_t>(std::count_if(documents.begin(), documents.end(),
                                                [s](const DocumentReport& d) { return d.status == s; }));
}

int RunReport::exit_code() const {
  if (interrupted) return 128 + interrupted;
  return count(Status::failed) > 0 ? 1 : 0;
}

std::string document_json(const DocumentReport& d) {
  return document_object(d).dump(-1, ' ', false, Json::error_handler_t::replace);
}

namespace {

// document_from on the events of a SAX parser (read_json_events), without the tree:
// an unchanged rerun reads every document's stored entry, and building
// and reading a tree per entry was a third of its instructions. The same
// defaults and types as document_from and quality_from; keys it does not
// read (languageVersions, unknown ones) are skipped whole.
// The members of a report entry, in the order document_object writes them.
constexpr std::string_view kEntryMembers[] = {
    "input",  "relative", "status",      "reason",   "page",     "retry",    "duplicateOf", "sha256",
    "symbol", "language", "languageVersions", "type", "outputs", "counts",  "quality",     "corpus",
    "editsByKind", "warnings", "note",   "messages", "seconds",  "converted", "runId"};
constexpr std::size_t kMemberCount = std::size(kEntryMembers);

// A member's index in kEntryMembers; kMemberCount for a key not among them.
constexpr std::size_t member_index(std::string_view key) {
  std::size_t k = 0;
  while (k < kMemberCount && kEntryMembers[k] != key) ++k;
  return k;
}

class EntryReader : public nlohmann::json_sax<Json> {
 public:
  // `light`: outputs, editsByKind and the counts cross_language does not
  // compare are checked but not filled (document_from_stored).
  EntryReader(DocumentReport& d, bool light) : d_(d), light_(light) {}

  bool null() override { return scalar(Value{}); }
  bool boolean(bool v) override { return scalar(Value{Value::Kind::boolean, v}); }
  bool number_integer(number_integer_t v) override { return scalar(Value{Value::Kind::integer, false, v}); }
  bool number_unsigned(number_unsigned_t v) override { return scalar(Value{Value::Kind::unsigned_number, false, 0, v}); }
  bool number_float(number_float_t v, const string_t&) override { return scalar(Value{Value::Kind::floating, false, 0, 0, v}); }
  bool string(string_t& v) override {
    Value x{Value::Kind::string};
    x.text = &v;
    return scalar(x);
  }
  bool binary(binary_t&) override { return scalar(Value{}); }
  bool start_object(std::size_t) override { return open(); }
  bool start_array(std::size_t) override { return depth_ == 0 ? not_an_object() : open(); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool key(string_t& k) override {
    if (depth_ == 1) member_ = member_index(k);
    else if (!light_ || (member_ != kOutputs && member_ != kEditsByKind)) inner_ = k;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    throw ReportError(std::string("a report entry is not JSON: ") + e.what());
  }

 private:
  struct Value {
    // A scoped enum: plain names would shadow the SAX members null(), boolean(), string().
    enum class Kind { null, boolean, integer, unsigned_number, floating, string } kind = Kind::null;
    bool flag = false;
    std::int64_t integer_value = 0;
    std::uint64_t unsigned_value = 0;
    double floating_value = 0;
    const std::string* text = nullptr;
    [[nodiscard]] bool number() const { return kind == Kind::integer || kind == Kind::unsigned_number || kind == Kind::floating; }
    [[nodiscard]] double as_double() const {
      return kind == Kind::floating ? floating_value
                              : kind == Kind::integer ? static_cast<double>(integer_value) : static_cast<double>(unsigned_value);
    }
  };

  [[noreturn]] void wrong_type() const {
    throw ReportError("a report entry's \"" + std::string(member_ < kMemberCount ? kEntryMembers[member_] : "?") + "\" has the wrong type");
  }
  [[nodiscard]] const std::string& text_of(const Value& v) const {
    if (v.kind != Value::Kind::string) wrong_type();
    return *v.text;
  }
  // A count is a whole number from 0 up; a negative one, a fraction or one
  // too large for size_t is a damaged entry, not a count (converting such a
  // double was undefined behaviour: fuzz input count-out-of-range).
  [[nodiscard]] std::size_t count_of_value(const Value& v) const {
    if (v.kind == Value::Kind::unsigned_number) return static_cast<std::size_t>(v.unsigned_value);
    if (v.kind == Value::Kind::integer && v.integer_value >= 0) return static_cast<std::size_t>(v.integer_value);
    if (v.kind == Value::Kind::floating && v.floating_value >= 0 && v.floating_value < kSizeLimit &&
        v.floating_value == std::floor(v.floating_value))
      return static_cast<std::size_t>(v.floating_value);
    wrong_type();
  }
  // The page a failure names: a number within int's range (a fraction is
  // cut, as before), else the entry is damaged.
  [[nodiscard]] int page_of_value(const Value& v) const {
    if (!v.number()) wrong_type();
    const double page = v.as_double();
    if (!(page > kIntBelow && page < kIntAbove)) wrong_type();
    return static_cast<int>(page);
  }
  static constexpr double kSizeLimit = 18446744073709551616.0;  // 2^64
  static constexpr double kIntBelow = static_cast<double>(std::numeric_limits<int>::min()) - 1.0;
  static constexpr double kIntAbove = static_cast<double>(std::numeric_limits<int>::max()) + 1.0;

  bool open() {
    ++depth_;
    if (depth_ == 2 && member_ == kQuality) d_.quality = Quality{};
    return true;
  }
  bool close() {
    --depth_;
    if (depth_ == 1 && member_ == kQuality && d_.quality) d_.quality->score = std::max(0.0, d_.quality->score);
    return true;
  }

  [[noreturn]] static bool not_an_object() { throw ReportError("a report entry is not a JSON object"); }

  bool scalar(const Value& v) {
    if (depth_ == 0) not_an_object();
    if (depth_ == 1) top_level(v);
    else if (depth_ == 2) nested(v);
    return true;
  }

  // The members read, by their index in kEntryMembers.
  static constexpr std::size_t kStatus = member_index("status"), kPage = member_index("page"),
                               kRetry = member_index("retry"), kSeconds = member_index("seconds"),
                               kOutputs = member_index("outputs"), kCountMap = member_index("counts"),
                               kQuality = member_index("quality"), kEditsByKind = member_index("editsByKind"),
                               kWarningList = member_index("warnings");

  // The text member at index `k` of kEntryMembers; nullptr when it is not one.
  std::string* text_member(std::size_t k) const {
    static constexpr std::pair<std::string_view, std::string DocumentReport::*> kTexts[] = {
        {"input", &DocumentReport::input},     {"relative", &DocumentReport::relative},
        {"reason", &DocumentReport::reason},   {"duplicateOf", &DocumentReport::duplicate_of},
        {"sha256", &DocumentReport::sha256},   {"symbol", &DocumentReport::symbol},
        {"language", &DocumentReport::language}, {"type", &DocumentReport::type},
        {"corpus", &DocumentReport::corpus},   {"note", &DocumentReport::note},
        {"messages", &DocumentReport::messages}, {"converted", &DocumentReport::converted},
        {"runId", &DocumentReport::run_id}};
    static const auto kByMember = [] {
      std::array<std::string DocumentReport::*, kMemberCount + 1> by{};
      for (const auto& [name, field] : kTexts) by[member_index(name)] = field;
      return by;
    }();
    const auto field = kByMember[k];
    return field ? &(d_.*field) : nullptr;
  }

  void top_level(const Value& v) {
    if (std::string* text = text_member(member_)) *text = text_of(v);
    else if (member_ == kStatus) d_.status = status_from(text_of(v));
    else if (member_ == kPage) d_.page = page_of_value(v);
    else if (member_ == kRetry) d_.retry = v.kind == Value::Kind::boolean ? v.flag : (wrong_type(), false);
    else if (member_ == kSeconds) d_.seconds = v.number() ? v.as_double() : (wrong_type(), 0.0);
    else if (member_ == kQuality) d_.quality = Quality{};  // not an object: every figure its default
  }

  void nested(const Value& v) {
    if (member_ == kOutputs) {
      const std::string& path = text_of(v);
      if (!light_) d_.outputs[inner_] = path;
    } else if (member_ == kCountMap) {
      const std::size_t count = count_of_value(v);
      if (!light_ || compared(inner_)) d_.counts[inner_] = count;
    } else if (member_ == kEditsByKind) {
      const std::size_t count = count_of_value(v);
      if (!light_) d_.edits_by_kind[inner_] = count;
    } else if (member_ == kWarningList) {
      d_.warnings.push_back(text_of(v));
    } else if (member_ == kQuality && d_.quality) {
      quality(*d_.quality, v);
    }
  }

  // quality_from's figures (a number, else the default) and counts (an
  // unsigned number, else 0).
  void quality(Quality& q, const Value& v) const {
    static constexpr std::pair<std::string_view, double Quality::*> kFigures[] = {
        {"score", &Quality::score},         {"ocrConfidence", &Quality::ocr_confidence},
        {"dictionary", &Quality::dictionary}, {"script", &Quality::script}, {"conservation", &Quality::conservation},
        {"furniture", &Quality::furniture}, {"readingOrder", &Quality::reading_order},
        {"title", &Quality::title},         {"doubtful", &Quality::doubtful}, {"pages", &Quality::pages}, {"metadata", &Quality::metadata},
        {"structure", &Quality::structure}, {"notes", &Quality::notes}};
    static constexpr std::pair<std::string_view, std::size_t Quality::*> kCounts[] = {
        {"unaccounted", &Quality::unaccounted},   {"furnitureInText", &Quality::furniture_in_text},
        {"orderBreaks", &Quality::order_breaks},  {"titleDoubtfulWords", &Quality::title_doubtful_words},
        {"doubtfulWords", &Quality::doubtful_words}, {"pageFaults", &Quality::page_faults}, {"ocrPages", &Quality::ocr_pages},
        {"unreferencedNotes", &Quality::unreferenced_notes}, {"notesInText", &Quality::notes_in_text},
        {"structureDoubts", &Quality::structure_doubts}};
    const std::string_view key = inner_;
    for (const auto& [name, figure] : kFigures)
      if (name == key) {
        q.*figure = v.number() ? v.as_double() : kQualityDefaults.*figure;
        return;
      }
    for (const auto& [name, count] : kCounts)
      if (name == key) {
        q.*count = v.kind == Value::Kind::unsigned_number ? static_cast<std::size_t>(v.unsigned_value) : 0;
        return;
      }
    if (key == "unchecked") q.unchecked = v.kind == Value::Kind::string ? text_of(v) : std::string();
    if (key == "schemaValid") q.schema_valid = v.kind == Value::Kind::boolean ? (v.flag ? 1 : 0) : -1;
  }

  // The figures quality_from takes when one is missing or not a number.
  static inline const Quality kQualityDefaults{};

  // A count cross_language compares.
  static bool compared(std::string_view key) {
    const auto& parts = cross_language::counted_parts();
    return std::any_of(parts.begin(), parts.end(), [&](const cross_language::CountedPart& p) { return key == p.key; });
  }

  DocumentReport& d_;
  bool light_ = false;
  int depth_ = 0;
  std::size_t member_ = kMemberCount;  // the top-level member being read (kEntryMembers)
  std::string inner_;                  // the key inside it
};

}  // namespace

DocumentReport document_from_json(const std::string& json) {
  DocumentReport d;
  EntryReader reader(d, false);
  read_json_events(json, reader);
  return d;
}

namespace {

// `json`, dumped with an indent of 2, appended with every line after its
// first moved right by `by` spaces: as it reads nested in a larger dump.
// (A JSON text holds no raw newline but those of its indentation.)
void append_nested(std::string& out, const std::string& json, std::size_t by) {
  std::size_t from = 0;
  for (std::size_t nl; (nl = json.find('\n', from)) != std::string::npos; from = nl + 1) {
    out.append(json, from, nl + 1 - from);
    out.append(by, ' ');
  }
  out.append(json, from, std::string::npos);
}

// The index of the closing quote of the JSON string whose opening quote
// is at `open` (json.size() when it is not closed): a quote preceded by an
// odd number of backslashes is escaped.
std::size_t string_end(std::string_view json, std::size_t open) {
  for (std::size_t at = open + 1;; ++at) {
    at = json.find('"', at);
    if (at == std::string_view::npos) return json.size();
    std::size_t backslashes = 0;
    while (json[at - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return at;
  }
}

// The characters that end a number or literal in a compact JSON text, and
// JSON's white space: one look-up a character (find_first_of and a chain
// of tests per character were most of cutting and re-indenting the stored
// entries).
constexpr std::array<bool, 256> byte_set(std::string_view chars) {
  std::array<bool, 256> set{};
  for (const char c : chars) set[static_cast<unsigned char>(c)] = true;
  return set;
}
constexpr std::array<bool, 256> kStructural = byte_set("\"{}[],:");
constexpr std::array<bool, 256> kSpace = byte_set(" \t\n\r");

// `json`, a JSON text with no space between its tokens (as dump(-1)
// writes it), appended as dump(2) writes it when it starts on a line
// indented by `indent` spaces. Strings, numbers and literals are copied
// whole: character by character, this was most of writing report.json on
// an unchanged rerun (1.7 MB of stored entries).
void append_indented(std::string& out, std::string_view json, std::size_t indent) {
  // A line end and the indentation of the next line, appended at once.
  static constexpr std::string_view kNewLine = "\n                                                                ";
  std::size_t depth = indent;
  const auto new_line = [&] {
    if (depth < kNewLine.size()) {
      out.append(kNewLine.data(), depth + 1);
    } else {
      out += '\n';
      out.append(depth, ' ');
    }
  };
  for (std::size_t i = 0; i < json.size();) {
    const char c = json[i];
    if (c == '"') {  // a string, to its closing quote, as it is
      const std::size_t end = std::min(string_end(json, i) + 1, json.size());
      out.append(json, i, end - i);
      i = end;
      continue;
    }
    if (c == '{' || c == '[') {
      out += c;
      if (i + 1 < json.size() && json[i + 1] == (c == '{' ? '}' : ']')) {
        out += json[++i];  // empty: "{}", "[]"
      } else {
        depth += 2;
        new_line();
      }
    } else if (c == '}' || c == ']') {
      depth -= 2;
      new_line();
      out += c;
    } else if (c == ',') {
      out += c;
      new_line();
    } else if (c == ':') {
      out += ": ";
    } else {  // a number or literal, to the next token
      std::size_t end = i + 1;
      while (end < json.size() && !kStructural[static_cast<unsigned char>(json[end])]) ++end;
      out.append(json, i, end - i);
      i = end;
      continue;
    }
    ++i;
  }
}

// A stored entry cut into its members' values (compact JSON text), by
// their index in kEntryMembers.
struct StoredMembers {
  std::array<std::string_view, kMemberCount> value{};
  std::size_t warnings = 0;  // elements of its "warnings"
};

// The end of the JSON value starting at `i` of a well-formed text: the
// index after it; npos when a space stands between its tokens (a text not
// as dump(-1) writes it). Counts the elements of an array in `elements`.
std::size_t value_end(std::string_view json, std::size_t i, std::size_t* elements) {
  int depth = 0;
  for (; i < json.size(); ++i) {
    const char c = json[i];
    if (!kStructural[static_cast<unsigned char>(c)] && !kSpace[static_cast<unsigned char>(c)]) continue;  // in a number or literal
    if (c == '"') {
      i = string_end(json, i);
      if (depth == 0) return i + 1;
    } else if (c == '{' || c == '[') {
      if (depth == 0 && elements) *elements = i + 1 < json.size() && json[i + 1] == ']' ? 0 : 1;
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) return i;  // a number or literal ends at its object's end
      if (--depth == 0) return i + 1;
    } else if (c == ',') {
      if (depth == 0) return i;
      if (depth == 1 && elements) ++*elements;
    } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      return std::string_view::npos;
    }
  }
  return i;
}

constexpr std::size_t kWarnings = member_index("warnings");

// The stored entry's members, when it is as document_object writes them:
// one object with no space between tokens, its keys known and in their
// order. Otherwise nullopt, and the entry is written from the fields.
// The entry is one well-formed JSON object already (document_from_json
// read it).
std::optional<StoredMembers> stored_members(std::string_view json) {
  if (json.size() < 2 || json.front() != '{' || json.back() != '}') return std::nullopt;
  StoredMembers m;
  std::size_t next = 0;  // the index in kEntryMembers a key must come at or after
  for (std::size_t i = 1; i + 1 < json.size();) {
    if (json[i] != '"') return std::nullopt;
    const std::size_t key_end = json.find('"', i + 1);
    if (key_end == std::string_view::npos || key_end + 1 >= json.size() || json[key_end + 1] != ':') return std::nullopt;
    const std::string_view key = json.substr(i + 1, key_end - i - 1);
    const auto* found = std::find(std::begin(kEntryMembers) + next, std::end(kEntryMembers), key);
    if (found == std::end(kEntryMembers)) return std::nullopt;  // unknown, repeated or out of order
    const auto k = static_cast<std::size_t>(found - std::begin(kEntryMembers));
    const std::size_t from = key_end + 2;
    const std::size_t to = value_end(json, from, k == kWarnings ? &m.warnings : nullptr);
    if (to == std::string_view::npos || to == from || to >= json.size()) return std::nullopt;
    m.value[k] = json.substr(from, to - from);
    next = k + 1;
    i = to + (json[to] == ',' ? 1 : 0);
    if (json[to] == '}' && to + 1 != json.size()) return std::nullopt;
  }
  // The members document_object always writes.
  for (const char* always : {"input", "relative", "status", "seconds"})
    if (m.value[member_index(always)].empty()) return std::nullopt;
  return m;
}

std::string compact(const Json& x) { return x.dump(-1, ' ', false, Json::error_handler_t::replace); }

// A JSON string as compact(Json(text)) writes it: as it is, in quotes,
// when it holds only printable ASCII but quotes and backslashes (nlohmann
// writes those characters as they are); else written by nlohmann. Three
// such dumps per document were a tenth of an unchanged rerun's report.json.
std::string& quoted(std::string& buffer, const std::string& text) {
  const bool plain = std::all_of(text.begin(), text.end(), [](char c) { return c >= ' ' && c <= '~' && c != '"' && c != '\\'; });
  if (!plain) return buffer = compact(Json(text));
  buffer.clear();
  buffer.reserve(text.size() + 2);
  buffer += '"';
  buffer += text;
  buffer += '"';
  return buffer;
}

// The members a run sets afresh on a document read from its stored entry,
// written from the fields (into `buffer`) when they are to be written at
// all ("" when not).
std::string_view fresh_member(const DocumentReport& d, std::string_view key, const StoredMembers& stored,
                              std::string& buffer) {
  if (key == "input") return quoted(buffer, d.input);
  if (key == "relative") return quoted(buffer, d.relative);
  if (key == "status") return quoted(buffer, status_name(d.status));
  if (key == "note") return d.note.empty() ? std::string_view() : quoted(buffer, d.note);
  if (key == "corpus") return d.corpus.empty() ? std::string_view() : quoted(buffer, d.corpus);
  if (key == "languageVersions") {
    if (d.language_versions.empty()) return {};
    Json x = Json::array();
    for (const LanguageVersion& v : d.language_versions) x.push_back({{"language", v.language}, {"input", v.relative}});
    return buffer = compact(x);
  }
  // warnings: as stored unless this run added some (cross_language)
  if (d.warnings.size() == stored.warnings) return stored.value[kWarnings];
  return buffer = compact(Json(d.warnings));
}

bool set_afresh(std::string_view key) {
  return key == "input" || key == "relative" || key == "status" || key == "note" || key == "corpus" ||
         key == "languageVersions" || key == "warnings";
}

// The entry of a document read from its stored entry, as
// append_nested(dump(document_object(d))) writes it, from the stored text.
// False when the stored text is not in the form document_object writes.
bool append_stored_entry(std::string& out, const DocumentReport& d) {
  const std::optional<StoredMembers> stored = stored_members(d.stored_entry);
  if (!stored) return false;
  constexpr std::size_t kIndent = 6;  // a member of a document in "documents"
  bool first = true;
  std::string fresh;
  for (std::size_t k = 0; k < kMemberCount; ++k) {
    const std::string_view key = kEntryMembers[k];
    std::string_view value = stored->value[k];
    if (set_afresh(key)) value = fresh_member(d, key, *stored, fresh);
    if (value.empty()) continue;
    out += first ? "{\n" : ",\n";
    first = false;
    out.append(kIndent, ' ');
    out += '"';
    out += key;
    out += "\": ";
    append_indented(out, value, kIndent);
  }
  out += "\n    }";
  return true;
}

}  // namespace

DocumentReport document_from_stored(const std::string& json) {
  DocumentReport d;
  EntryReader reader(d, stored_members(json).has_value());
  read_json_events(json, reader);
  d.stored_entry = json;
  return d;
}

namespace {

// The members entry_with_run_fields writes from the fields: none of them is
// set before a worker's result reaches the coordinator.
std::string_view run_member(const DocumentReport& d, std::string_view key, std::string_view stored,
                            std::string& buffer) {
  if (key == "note") return d.note.empty() ? std::string_view() : quoted(buffer, d.note);
  if (key == "seconds") return buffer = compact(Json(rounded(d.seconds)));
  if (key == "converted") return d.converted.empty() ? std::string_view() : quoted(buffer, d.converted);
  if (key == "runId") return d.run_id.empty() ? std::string_view() : quoted(buffer, d.run_id);
  return stored;
}

}  // namespace

std::string entry_with_run_fields(std::string_view entry, const DocumentReport& d) {
  const std::optional<StoredMembers> stored = stored_members(entry);
  if (!stored) {
    DocumentReport r = document_from_json(std::string(entry));
    r.note = d.note;
    r.seconds = d.seconds;
    r.converted = d.converted;
    r.run_id = d.run_id;
    return document_json(r);
  }
  std::string out;
  out.reserve(entry.size() + 96);
  out += '{';
  std::string fresh;
  for (std::size_t k = 0; k < kMemberCount; ++k) {
    const std::string_view key = kEntryMembers[k];
    const std::string_view value = run_member(d, key, stored->value[k], fresh);
    if (value.empty()) continue;
    if (out.size() > 1) out += ',';
    out += '"';
    out += key;
    out += "\":";
    out += value;
  }
  out += '}';
  return out;
}

// Written as nlohmann's dump(2) of the whole report would write it, but one
// document at a time: a tree of every document's entry held at once was a
// third of an unchanged rerun of 1,000 documents (its allocations most).
std::string report_json(const RunReport& report) {
  Json j;
  j["tool"] = "akn-ingest";
  j["version"] = report.version;
  j["configHash"] = report.config_hash;
  if (!report.run_id.empty()) j["runId"] = report.run_id;
  if (!report.started.empty()) j["started"] = report.started;
  if (!report.finished.empty()) j["finished"] = report.finished;
  // Where the paths below are relative to: `review` finds the outputs and
  // the inputs again from another directory.
  j["out"] = report.out_dir;
  j["workingDirectory"] = report.working_directory;
  if (report.shards > 1) j["shard"] = {{"index", report.shard}, {"count", report.shards}};
  j["summary"] = summary_json(report);
  Json after = Json::object();  // the keys after "documents"
  if (!report.stale.empty()) {
    after["stale"] = report.stale;
    after["staleDeleted"] = report.pruned;
  }
  if (!report.corpus_path.empty()) after["corpus"] = report.corpus_path;
  const auto dump = [](const Json& x) { return x.dump(2, ' ', false, Json::error_handler_t::replace); };
  std::string out = dump(j);
  out.resize(out.size() - 2);  // the closing "\n}"
  out += ",\n  \"documents\": ";
  // Room for the stored entries once indented (about twice their compact
  // size), so that the text is not moved as it grows.
  std::size_t stored = 0;
  for (const DocumentReport& d : report.documents) stored += d.stored_entry.size();
  out.reserve(out.size() + 2 * stored + 64 * report.documents.size());
  if (report.documents.empty()) out += "[]";
  for (std::size_t i = 0; i < report.documents.size(); ++i) {
    out += i == 0 ? "[\n    " : ",\n    ";
    const DocumentReport& d = report.documents[i];
    if (d.stored_entry.empty() || !append_stored_entry(out, d)) append_nested(out, dump(document_object(d)), 4);
    if (i + 1 == report.documents.size()) out += "\n  ]";
  }
  if (after.empty()) out += "\n}";
  else out += "," + dump(after).substr(1);  // its keys, then its closing "\n}"
  return out + "\n";
}

RunReport read_report(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ReportError("cannot read " + path);
  Json j;
  try {
    j = Json::parse(in);
  } catch (const Json::exception& e) {
    throw ReportError(path + " is not JSON: " + e.what());
  }
  if (!j.is_object() || !j.contains("documents") || !j["documents"].is_array())
    throw ReportError(path + " is not an akn-ingest report (no documents)");
  RunReport r;
  try {
    r.version = j.value("version", "");
    r.config_hash = j.value("configHash", "");
    r.run_id = j.value("runId", "");
    r.started = j.value("started", "");
    r.finished = j.value("finished", "");
    r.out_dir = j.value("out", "");
    r.working_directory = j.value("workingDirectory", "");
    if (j.contains("shard")) r.shard = j["shard"].value("index", 0u), r.shards = j["shard"].value("count", 1u);
    const Json summary = j.value("summary", Json::object());
    r.excluded = summary.value("excluded", std::size_t{0});
    r.other_shards = summary.value("otherShards", std::size_t{0});
    r.kept = summary.value("kept", std::size_t{0});
    r.jobs = summary.value("jobs", 1u);
    r.seconds = summary.value("seconds", 0.0);
    r.interrupted = summary.contains("interrupted") ? 1 : 0;
    for (const Json& d : j["documents"]) r.documents.push_back(document_from(d));
    if (j.contains("stale")) r.stale = j["stale"].get<std::vector<std::string>>();
    r.pruned = j.value("staleDeleted", false);
    r.corpus_path = j.value("corpus", "");
  } catch (const Json::exception& e) {
    throw ReportError(path + ": " + e.what());
  }
  r.report_path = path;
  return r;
}

std::vector<std::size_t> choose_corpus(const std::vector<CorpusCandidate>& c) {
  std::map<std::string, std::size_t> best;
  for (std::size_t i = 0; i < c.size(); ++i) {
    auto [it, fresh] = best.emplace(c[i].key, i);
    if (fresh) continue;
    const CorpusCandidate& held = c[it->second];
    if (c[i].score > held.score || (c[i].score == held.score && c[i].path < held.path)) it->second = i;
  }
  std::vector<std::size_t> chosen(c.size());
  for (std::size_t i = 0; i < c.size(); ++i) chosen[i] = best.at(c[i].key);
  return chosen;
}

std::string corpus_lines(const std::vector<CorpusCandidate>& c, const std::vector<std::size_t>& chosen) {
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < c.size(); ++i)
    if (chosen[i] == i && c[i].record.size() >= 2) kept.push_back(i);
  std::sort(kept.begin(), kept.end(), [&](std::size_t a, std::size_t b) { return c[a].path < c[b].path; });
  std::string lines;
  for (std::size_t i : kept)
    lines += "{\"path\":" + Json(c[i].path).dump(-1, ' ', false, Json::error_handler_t::replace) + "," +
             c[i].record.substr(1) + "\n";
  return lines;
}

std::string iso8601_now() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  char out[48];
  std::snprintf(out, sizeof out, "%s.%03dZ", buf, static_cast<int>(ms));
  return out;
}

std::string new_run_id() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char stamp[24];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
  std::random_device rd;
  char id[48];
  std::snprintf(id, sizeof id, "%s-%08x", stamp, static_cast<unsigned>(rd()));
  return id;
}

bool deterministic_run() {
  const char* e = std::getenv("SOURCE_DATE_EPOCH");
  return e && *e;
}

}  // namespace akn
