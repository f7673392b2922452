// The plan of a batch: what to do with each input, decided from the
// listing, the inputs' content hashes, the records of earlier runs, the
// configuration hash and the program version. Pure: it reads and writes
// nothing itself; what it must know about the disk (whether an earlier
// input still exists, whether a record's outputs are in place) it asks of
// `Prior`, which the batch answers from the state database and the file
// system and a test answers from memory. Internal to the runner.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "runner/inputs.hpp"
#include "runner/state.hpp"

namespace akn {

// One listed input, with what hashing found.
struct PlannedInput {
  InputFile file;
  std::string sha256;      // "" when not hashed (unreadable, or the run was interrupted)
  std::string hash_error;  // why it could not be read to be hashed
};

// Earlier runs, as the plan asks about them.
class Prior {
 public:
  virtual ~Prior() = default;
  // The record of an output stem (its corpus record need not be filled in).
  [[nodiscard]] virtual std::optional<StateRecord> at(const std::string& stem) const = 0;
  // Every record made from this content, configuration and version.
  [[nodiscard]] virtual std::vector<StateRecord> with_content(const std::string& sha256, const std::string& config_hash,
                                                              const std::string& version) const = 0;
  // Every record's stem and source (the absolute path of its input; "" in
  // records made before sources were kept), by stem.
  [[nodiscard]] virtual std::vector<std::pair<std::string, std::string>> sources() const = 0;
  [[nodiscard]] virtual bool outputs_present(const std::string& stem) const = 0;
  [[nodiscard]] virtual bool exists(const std::string& source) const = 0;
};

// What becomes of an input.
//   skip, fail     not converted: the reason says why
//   pending        not hashed: the run was interrupted
//   duplicate      the same content as input `primary`, which is converted
//   unchanged      the record's outputs are those this run would make
//   not_retried    the record says it failed with this content, configuration
//                  and version, for a reason of the input
//   rename         the record's outputs, made from this content under an
//                  input that is gone, are moved to this input's stem
//   convert        everything else
enum class Action { skip, fail, pending, duplicate, unchanged, not_retried, rename, convert };

struct Decision {
  Action action = Action::convert;
  std::string reason;                 // skip, fail, pending
  std::size_t primary = 0;            // duplicate
  std::optional<StateRecord> record;  // unchanged, not_retried, rename: the earlier record
};

struct PlanSettings {
  std::string config_hash;
  std::string version;
  bool force = false;              // convert everything again
  std::uint64_t read_limit = 0;    // the largest input read (ingest.max_pdf_bytes, max_text_bytes)
  std::vector<std::string> roots;  // the run's input roots, as source_path() gives them
};

struct Plan {
  std::vector<Decision> decisions;  // one per input, in input order
  // Stems of earlier inputs that are gone: their source was under one of
  // this run's roots and no longer exists, or it is an input of this run
  // under another stem now. Only these may be pruned.
  std::vector<std::string> stale;
  // Stems of earlier inputs this run did not list (a run on a subset, other
  // globs): their outputs and corpus records stay as they are.
  std::vector<std::string> kept;
};

[[nodiscard]] Plan plan_batch(const std::vector<PlannedInput>& inputs, const PlanSettings& settings, const Prior& prior);

// An input's identity across runs: its absolute path, lexically normal
// (symbolic links are not resolved: a link is an input of its own name).
[[nodiscard]] std::string source_path(const std::string& path);

// Whether `source` is `root` or lies under it (both as source_path gives them).
[[nodiscard]] bool under_root(const std::string& source, const std::string& root);

// Why a file of `size` bytes is not read (over the input limit).
[[nodiscard]] std::string too_large(std::uint64_t size, std::uint64_t limit);

}  // namespace akn
