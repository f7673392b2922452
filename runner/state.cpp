#include "runner/state.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <map>

namespace akn {

namespace fs = std::filesystem;

namespace {

struct DbClose {
  void operator()(sqlite3* db) const { sqlite3_close(db); }
};
struct StmtFinalize {
  void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
};
using DbPtr = std::unique_ptr<sqlite3, DbClose>;
using StmtPtr = std::unique_ptr<sqlite3_stmt, StmtFinalize>;

// One process uses the database at a time (the run holds a lock on the
// output directory): exclusive locking lets WAL keep its index in memory,
// which also works on network file systems (a Slurm cluster's /scratch).
constexpr const char* kSchema = R"(
PRAGMA locking_mode = EXCLUSIVE;
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS hashes(
  path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, sha256 TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS outputs(
  stem TEXT PRIMARY KEY, sha256 TEXT NOT NULL, config_hash TEXT NOT NULL, version TEXT NOT NULL,
  input TEXT NOT NULL, status TEXT NOT NULL, report TEXT NOT NULL, corpus TEXT NOT NULL,
  corpus_key TEXT NOT NULL, source TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS outputs_by_content ON outputs(sha256, config_hash, version);
INSERT OR IGNORE INTO meta VALUES('schema', '1');
)";

std::string column(sqlite3_stmt* s, int i) {
  const unsigned char* t = sqlite3_column_text(s, i);
  return t ? std::string(reinterpret_cast<const char*>(t), static_cast<std::size_t>(sqlite3_column_bytes(s, i)))
           : std::string();
}

StateRecord record_from(sqlite3_stmt* s) {
  return {column(s, 0), column(s, 1), column(s, 2), column(s, 3), column(s, 4),
          column(s, 5), column(s, 6), column(s, 7), column(s, 8), column(s, 9)};
}

constexpr const char* kColumns = "stem, sha256, config_hash, version, input, status, report, corpus, corpus_key, source";
// The same without the corpus record (the whole clean text), for runs that
// write no corpus.
constexpr const char* kColumnsNoCorpus = "stem, sha256, config_hash, version, input, status, report, '', corpus_key, source";

// Whether a table has a column (a database of an older program lacks the newer ones).
bool has_column(sqlite3* db, const char* table, const char* name) {
  sqlite3_stmt* s = nullptr;
  if (sqlite3_prepare_v2(db, (std::string("PRAGMA table_info(") + table + ")").c_str(), -1, &s, nullptr) != SQLITE_OK)
    return false;
  bool found = false;
  while (!found && sqlite3_step(s) == SQLITE_ROW)
    found = std::string(reinterpret_cast<const char*>(sqlite3_column_text(s, 1))) == name;
  sqlite3_finalize(s);
  return found;
}

}  // namespace

struct StateStore::Impl {
  std::string path;
  DbPtr db;
  mutable std::map<std::string, StmtPtr> statements;  // finalised before db closes (declared after it)

  [[noreturn]] void fail(const std::string& what) const {
    throw StateError("state database " + path + ": " + what + ": " + (db ? sqlite3_errmsg(db.get()) : "cannot open"));
  }
  void exec(const char* sql) const {
    char* message = nullptr;
    if (sqlite3_exec(db.get(), sql, nullptr, nullptr, &message) != SQLITE_OK) {
      const std::string m = message ? message : "error";
      sqlite3_free(message);
      throw StateError("state database " + path + ": " + m);
    }
  }
  // A statement prepared once and reused (a rerun asks thousands of the
  // same questions); reset when the caller is done with it.
  struct Statement {
    sqlite3_stmt* stmt;
    explicit Statement(sqlite3_stmt* s) : stmt(s) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() {
      sqlite3_reset(stmt);
      sqlite3_clear_bindings(stmt);
    }
    [[nodiscard]] sqlite3_stmt* get() const { return stmt; }
  };
  Statement prepare(const std::string& sql) const {
    StmtPtr& cached = statements[sql];
    if (!cached) {
      sqlite3_stmt* s = nullptr;
      if (sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &s, nullptr) != SQLITE_OK) fail("cannot prepare a query");
      cached.reset(s);
    }
    return Statement(cached.get());
  }
  // Bound without a copy (SQLITE_STATIC): every caller binds strings that
  // live until its Statement is destroyed, which clears the bindings. A
  // record's corpus text (about 12 KB for a page of text) copied once more
  // per put was part of the coordinator's per-document work.
  void bind(sqlite3_stmt* s, int i, const std::string& v) const {
    if (sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC) != SQLITE_OK) fail("bind");
  }
  // A temporary would be gone before the statement runs: never bound.
  void bind(sqlite3_stmt* s, int i, std::string&& v) const = delete;
  void bind(sqlite3_stmt* s, int i, std::int64_t v) const {
    if (sqlite3_bind_int64(s, i, v) != SQLITE_OK) fail("bind");
  }
  void run(sqlite3_stmt* s) const {
    const int rc = sqlite3_step(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) fail("cannot write");
  }
  bool open() {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    db.reset(raw);
    if (rc != SQLITE_OK) return false;
    sqlite3_busy_timeout(db.get(), 5000);
    char* message = nullptr;
    if (sqlite3_exec(db.get(), kSchema, nullptr, nullptr, &message) != SQLITE_OK) {
      sqlite3_free(message);
      return false;
    }
    // The inputs' sources came with schema 2; records of older runs have none.
    if (!has_column(db.get(), "outputs", "source") &&
        sqlite3_exec(db.get(), "ALTER TABLE outputs ADD COLUMN source TEXT NOT NULL DEFAULT ''", nullptr, nullptr,
                     nullptr) != SQLITE_OK)
      return false;
    // A quick check that the tables read: a damaged file fails here.
    return sqlite3_exec(db.get(), "SELECT count(*) FROM outputs", nullptr, nullptr, nullptr) == SQLITE_OK;
  }
};

StateStore::StateStore(const std::string& path, std::string& warning) : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  if (impl_->open()) return;
  const std::string why = impl_->db ? sqlite3_errmsg(impl_->db.get()) : "cannot open";
  impl_->db.reset();
  if (!fs::exists(path)) throw StateError("state database " + path + ": " + why);
  std::error_code ec;
  std::string aside;
  for (int n = 1; aside.empty() || fs::exists(aside, ec); ++n) aside = path + ".corrupt-" + std::to_string(n);
  fs::rename(path, aside, ec);
  if (ec) throw StateError("state database " + path + " is unreadable (" + why + ") and cannot be moved aside: " + ec.message());
  for (const char* side : {"-wal", "-shm"}) fs::remove(path + side, ec);
  warning = "state database " + path + " was unreadable (" + why + "); moved to " + aside +
            " and started afresh: every input is converted again";
  if (!impl_->open()) impl_->fail("cannot create");
}

StateStore::~StateStore() = default;

std::optional<std::string> StateStore::cached_hash(const std::string& path, std::uint64_t size,
                                                   std::int64_t mtime_ns) const {
  auto s = impl_->prepare("SELECT sha256 FROM hashes WHERE path = ?1 AND size = ?2 AND mtime_ns = ?3");
  impl_->bind(s.get(), 1, path);
  impl_->bind(s.get(), 2, static_cast<std::int64_t>(size));
  impl_->bind(s.get(), 3, mtime_ns);
  if (sqlite3_step(s.get()) == SQLITE_ROW) return column(s.get(), 0);
  return std::nullopt;
}

void StateStore::remember_hash(const std::string& path, std::uint64_t size, std::int64_t mtime_ns,
                               const std::string& sha256) {
  auto s = impl_->prepare("INSERT OR REPLACE INTO hashes VALUES(?1, ?2, ?3, ?4)");
  impl_->bind(s.get(), 1, path);
  impl_->bind(s.get(), 2, static_cast<std::int64_t>(size));
  impl_->bind(s.get(), 3, mtime_ns);
  impl_->bind(s.get(), 4, sha256);
  impl_->run(s.get());
}

std::optional<StateRecord> StateStore::at(const std::string& stem, bool with_corpus) const {
  auto s = impl_->prepare(std::string("SELECT ") + (with_corpus ? kColumns : kColumnsNoCorpus) + " FROM outputs WHERE stem = ?1");
  impl_->bind(s.get(), 1, stem);
  if (sqlite3_step(s.get()) == SQLITE_ROW) return record_from(s.get());
  return std::nullopt;
}

std::vector<StateRecord> StateStore::with_content(const std::string& sha256, const std::string& config_hash,
                                                  const std::string& version, bool with_corpus) const {
  auto s = impl_->prepare(std::string("SELECT ") + (with_corpus ? kColumns : kColumnsNoCorpus) +
                          " FROM outputs WHERE sha256 = ?1 AND config_hash = ?2 AND version = ?3 ORDER BY stem");
  impl_->bind(s.get(), 1, sha256);
  impl_->bind(s.get(), 2, config_hash);
  impl_->bind(s.get(), 3, version);
  std::vector<StateRecord> out;
  while (sqlite3_step(s.get()) == SQLITE_ROW) out.push_back(record_from(s.get()));
  return out;
}

std::vector<StateRecord> StateStore::records() const {
  auto s = impl_->prepare(std::string("SELECT ") + kColumnsNoCorpus + " FROM outputs ORDER BY stem");
  std::vector<StateRecord> out;
  while (sqlite3_step(s.get()) == SQLITE_ROW) out.push_back(record_from(s.get()));
  return out;
}

std::vector<std::pair<std::string, std::string>> StateStore::sources() const {
  auto s = impl_->prepare("SELECT stem, source FROM outputs ORDER BY stem");
  std::vector<std::pair<std::string, std::string>> out;
  while (sqlite3_step(s.get()) == SQLITE_ROW) out.emplace_back(column(s.get(), 0), column(s.get(), 1));
  return out;
}

void StateStore::put(const StateRecord& r) {
  auto s = impl_->prepare(std::string("INSERT OR REPLACE INTO outputs(") + kColumns +
                          ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  const std::string* values[] = {&r.stem, &r.sha256, &r.config_hash, &r.version, &r.input,
                                 &r.status, &r.report, &r.corpus, &r.corpus_key, &r.source};
  for (int i = 0; i < 10; ++i) impl_->bind(s.get(), i + 1, *values[i]);
  impl_->run(s.get());
}

void StateStore::erase(const std::string& stem) {
  auto s = impl_->prepare("DELETE FROM outputs WHERE stem = ?1");
  impl_->bind(s.get(), 1, stem);
  impl_->run(s.get());
}

void StateStore::begin() { impl_->exec("BEGIN"); }
void StateStore::commit() { impl_->exec("COMMIT"); }

}  // namespace akn
