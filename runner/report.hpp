// The run's report, typed: what became of each input (DocumentReport), the
// run as a whole (RunReport), report.json written from them and read back
// into them, and the choice of one corpus record per clean text. The batch
// writes report.json through this module only; `merge` and `review` read
// it through it too.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "export/export.hpp"

namespace akn {

// What became of an input in a run.
//   ok         converted in this run
//   unchanged  converted before from the same content, configuration and
//              program version; its outputs are in place, nothing was done
//   renamed    its content was converted before under another name that is
//              gone now: the outputs were moved, not made again
//   duplicate  the same content as another input of this run, which was
//              converted; no outputs of its own
//   failed     could not be converted (the reason says why, and where)
//   skipped    not a document (unsupported kind, a link out of the tree)
//   pending    not reached: the run was interrupted
enum class Status { ok, unchanged, renamed, duplicate, failed, skipped, pending };
const char* status_name(Status s);
inline constexpr Status kStatuses[] = {Status::ok,     Status::unchanged, Status::renamed, Status::duplicate,
                                       Status::failed, Status::skipped,   Status::pending};

// Another language version of a document in the same run (cross_language.hpp).
struct LanguageVersion {
  std::string language;  // as DocumentReport::language; empty when unknown
  std::string relative;  // its input, as DocumentReport::relative
};

struct DocumentReport {
  std::string input;     // as found (path)
  std::string relative;  // relative to its input root, or the file name
  std::string stem;      // outputs: OUT/stem.akn.xml, ...
  Status status = Status::ok;
  std::string reason;    // why it failed or was skipped
  int page = 0;          // the page a failure happened on; 0 when not known or not page-specific
  std::map<std::string, std::string> outputs;  // "akn" -> path, ...
  std::map<std::string, std::size_t> counts;   // pages, pagesOcr, paragraphs, notes, edits, ...
  std::map<std::string, std::size_t> edits_by_kind;
  std::vector<std::string> warnings;
  std::string symbol;
  std::string language;  // BCP 47 tag of the language its text is in ("fr"); empty when not told
  std::vector<LanguageVersion> language_versions;  // the same symbol in other languages in this run
  std::string type;  // what the document is: "resolution", "letter", ... (structure/resolution.hpp type_name)
  std::string sha256;
  std::string note;          // e.g. how an output-name collision was resolved
  std::string duplicate_of;  // duplicate: the input that was converted
  std::string corpus;        // whether it is in corpus.jsonl and why not
  std::string messages;      // what a crashed or killed worker last wrote on stderr
  // The time the conversion that made the outputs took: this run's for ok
  // and failed, the original conversion's for unchanged and renamed.
  double seconds = 0;
  std::string converted;     // when that conversion finished (ISO 8601 UTC; "" in deterministic runs)
  std::string run_id;        // the run that made the outputs
  std::optional<Quality> quality;
  bool retry = false;        // a failure of the run, not of the input (environment, crash, limits): retried next run
  // The stored entry that the fields were read from (document_from_json):
  // an earlier run's, for an unchanged or not-retried document, or the one
  // this run stored for a document it converted; "" for one written from
  // its fields. report.json copies its members as they are
  // stored instead of writing the fields again (parsing and writing a
  // thousand unchanged entries was half of a rerun), but for the members a
  // run sets afresh: input, relative, status, note, corpus,
  // languageVersions, and warnings when some were added. Code that changes
  // any other field of such a document clears it, and reads the entry with
  // document_from_json first: document_from_stored leaves the fields only
  // report.json reads unfilled.
  std::string stored_entry;
};

// A count of the document's (pages, pagesOcr, edits, ...), 0 when not counted.
std::size_t count_of(const DocumentReport& d, const char* key);

struct RunReport {
  std::vector<DocumentReport> documents;
  std::vector<std::string> stale;  // outputs (stems) of earlier inputs that are gone
  bool pruned = false;             // ... and were deleted
  std::size_t kept = 0;            // outputs of earlier inputs not listed in this run, left in place
  std::size_t excluded = 0;        // left out by include/exclude globs
  std::size_t other_shards = 0;    // left to the other shards
  unsigned jobs = 1;
  double seconds = 0;
  int interrupted = 0;             // the signal that stopped the run, 0 when none
  std::string config_hash;  // config_hash() of the run's configuration
  std::string version;      // the program's
  std::string run_id;       // unique per run ("" in deterministic runs)
  std::string started, finished;  // ISO 8601 UTC ("" in deterministic runs)
  std::string out_dir;             // where the paths are relative to
  std::string working_directory;   // ... and from where
  unsigned shard = 0, shards = 1;
  std::string report_path;
  std::string corpus_path;
  [[nodiscard]] std::size_t count(Status s) const;
  // 0 when nothing failed, 1 when some input failed, 128+signal when interrupted.
  [[nodiscard]] int exit_code() const;
};

// report.json: cannot be read or is not a report.
class ReportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One document's entry in report.json (and in the state database), and back.
// document_from_json throws ReportError when `json` is not one JSON object
// or a field has the wrong type.
std::string document_json(const DocumentReport& d);
DocumentReport document_from_json(const std::string& json);
// A stored entry read for a document that report.json copies it for
// (stored_entry is set to it): an unchanged one. When the entry is in the
// form document_json writes, the fields only report.json reads are left
// in the entry, not filled: outputs, editsByKind, and the counts other
// than those cross_language compares (filling their map nodes was a third
// of an unchanged rerun); the rest as document_from_json, with the same
// checks of every member (ReportError). Otherwise (an entry of an older
// form), every field as document_from_json. A caller that clears
// stored_entry reads the entry with document_from_json instead.
DocumentReport document_from_stored(const std::string& json);

// report.json for a run.
std::string report_json(const RunReport& report);
// report.json read back (documents, summary figures, stale, corpus).
// Throws ReportError.
RunReport read_report(const std::string& path);

// A corpus record competing for its clean text.
struct CorpusCandidate {
  std::string path;   // the input's relative name: the record's "path"
  std::string key;    // hash of the clean text (collapsed spaces)
  double score = 0;   // quality score
  std::string record; // the record, one JSON line without its "path"
};
// Of the candidates sharing a clean text, the one kept: the highest score,
// then the smallest path. Returns, for each candidate, the index of the one
// kept for its text (itself when kept).
std::vector<std::size_t> choose_corpus(const std::vector<CorpusCandidate>& candidates);
// The corpus lines of the kept candidates, by path: {"path": ..., the record}.
std::string corpus_lines(const std::vector<CorpusCandidate>& candidates, const std::vector<std::size_t>& chosen);

// The current time as ISO 8601 UTC with milliseconds ("2026-12-02T03:04:05.678Z").
std::string iso8601_now();
// A new run id: the start time and random bits ("20261202T030405Z-1a2b3c4d").
std::string new_run_id();
// Whether runs are deterministic (no run id, no wall-clock times in
// report.json and the logs): SOURCE_DATE_EPOCH is set, as reproducible
// builds and the golden tests set it.
bool deterministic_run();

}  // namespace akn
