// The batch state: one SQLite file that remembers, for every output stem,
// which input content (SHA-256), configuration hash and program version its
// outputs were made from, so a rerun skips what has not changed. Also a
// cache of input hashes by (path, size, modification time), so an
// unchanged input is not read again to be hashed.
//
// Only the coordinating process opens it; workers never touch it. Records
// are committed after a document's outputs are in place, so a record never
// names outputs that are not there.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace akn {

class StateError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct StateRecord {
  std::string stem;         // output path without extension, relative to --out
  std::string sha256;       // of the input's bytes
  std::string config_hash;  // config_hash() of the run that made it
  std::string version;      // program version
  std::string input;        // the input's relative path when converted
  std::string status;       // "ok" or "failed"
  std::string report;       // the document's report entry (JSON)
  std::string corpus;       // its corpus record (JSON, one line), "" when none
  std::string corpus_key;   // hash of its clean text, for de-duplication
  std::string source;       // the input's absolute path (source_path); "" in records of older runs
};

class StateStore {
 public:
  // Opens or creates the database. A file that is not a readable state
  // database is moved aside to PATH.corrupt-N and a new one is started;
  // `warning` says so. Throws StateError when neither is possible.
  StateStore(const std::string& path, std::string& warning);
  ~StateStore();
  StateStore(const StateStore&) = delete;
  StateStore& operator=(const StateStore&) = delete;

  // The cached hash of `path` when its size and modification time are
  // those recorded.
  [[nodiscard]] std::optional<std::string> cached_hash(const std::string& path, std::uint64_t size,
                                                       std::int64_t mtime_ns) const;
  void remember_hash(const std::string& path, std::uint64_t size, std::int64_t mtime_ns, const std::string& sha256);

  // `with_corpus`: whether to read the corpus record too (it holds the
  // whole clean text; left "" otherwise).
  [[nodiscard]] std::optional<StateRecord> at(const std::string& stem, bool with_corpus = true) const;
  // Every record made from this content, configuration and version.
  [[nodiscard]] std::vector<StateRecord> with_content(const std::string& sha256, const std::string& config_hash,
                                                      const std::string& version, bool with_corpus = true) const;
  // Every record, by stem, without the corpus records: read in one query
  // (a rerun's plan asks about each of thousands of inputs).
  [[nodiscard]] std::vector<StateRecord> records() const;
  // Every record's stem and source, by stem.
  [[nodiscard]] std::vector<std::pair<std::string, std::string>> sources() const;
  void put(const StateRecord& record);
  void erase(const std::string& stem);

  // Groups the writes until commit() (one fsync for many rows).
  void begin();
  void commit();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace akn
