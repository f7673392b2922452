#include "runner/plan.hpp"

#include <filesystem>
#include <map>
#include <set>

namespace akn {

namespace fs = std::filesystem;

namespace {

bool same_run(const StateRecord& r, const PlanSettings& s, const std::string& sha256) {
  return r.sha256 == sha256 && r.config_hash == s.config_hash && r.version == s.version;
}

// Outputs in place from this content, configuration and version.
bool up_to_date(const std::optional<StateRecord>& r, const PlanSettings& s, const std::string& sha256,
                const Prior& prior) {
  return r && same_run(*r, s, sha256) && r->status == "ok" && prior.outputs_present(r->stem);
}

// Decisions that need no state: what is not read, and what could not be.
std::optional<Decision> decide_unread(const PlannedInput& in, const PlanSettings& s) {
  const InputFile& f = in.file;
  if (!f.skip.empty()) return Decision{f.failed ? Action::fail : Action::skip, f.skip, 0, std::nullopt};
  if (f.size > s.read_limit) return Decision{Action::fail, too_large(f.size, s.read_limit), 0, std::nullopt};
  // Not a duplicate of every other empty file.
  if (f.size == 0) return Decision{Action::fail, "empty file (0 bytes)", 0, std::nullopt};
  if (!in.hash_error.empty()) return Decision{Action::fail, in.hash_error, 0, std::nullopt};
  if (in.sha256.empty()) return Decision{Action::pending, "not converted: the run was interrupted", 0, std::nullopt};
  return std::nullopt;
}

// Of identical inputs, the one converted is the one whose outputs are up
// to date already, else the first: a copy appearing does not move them.
std::map<std::string, std::size_t> primaries(const std::vector<PlannedInput>& inputs,
                                             const std::vector<std::optional<Decision>>& unread,
                                             const PlanSettings& s, const Prior& prior) {
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (unread[i]) continue;
    const PlannedInput& in = inputs[i];
    auto [it, fresh] = first.emplace(in.sha256, i);
    if (fresh || s.force) continue;
    if (up_to_date(prior.at(in.file.stem), s, in.sha256, prior)) {
      const auto held = prior.at(inputs[it->second].file.stem);
      if (!held || held->sha256 != in.sha256) it->second = i;
    }
  }
  return first;
}

struct Claims {
  std::set<std::string> stems;                  // this run's output stems
  std::map<std::string, std::string> stem_of;   // this run's sources -> their stems
  std::set<std::string> moved;                  // stems whose outputs this run moves elsewhere
};

// Whether an earlier record's input is gone: its source no longer exists,
// or it is an input of this run under another stem.
bool input_gone(const std::string& stem, const std::string& source, const Claims& claims, const Prior& prior) {
  if (source.empty()) return false;  // not known: never assumed gone
  if (const auto it = claims.stem_of.find(source); it != claims.stem_of.end()) return it->second != stem;
  return !prior.exists(source);
}

// The same content converted before under an input that is gone: its
// outputs move to this input's stem instead of being made again.
std::optional<StateRecord> renamed_from(const PlannedInput& in, const PlanSettings& s, const Prior& prior,
                                        Claims& claims) {
  for (StateRecord& r : prior.with_content(in.sha256, s.config_hash, s.version)) {
    if (r.status != "ok" || claims.stems.count(r.stem) || claims.moved.count(r.stem)) continue;
    if (!input_gone(r.stem, r.source, claims, prior) || !prior.outputs_present(r.stem)) continue;
    claims.moved.insert(r.stem);
    return std::move(r);
  }
  return std::nullopt;
}

Decision decide(const PlannedInput& in, const PlanSettings& s, const Prior& prior, Claims& claims) {
  if (s.force) return {};
  const auto record = prior.at(in.file.stem);
  if (record && same_run(*record, s, in.sha256)) {
    if (record->status == "ok" && prior.outputs_present(in.file.stem)) return {Action::unchanged, "", 0, record};
    // Failures of the run (environment, limits) are never recorded: only
    // the input's own are, and repeated.
    if (record->status == "failed") return {Action::not_retried, "", 0, record};
  }
  if (auto from = renamed_from(in, s, prior, claims)) return {Action::rename, "", 0, std::move(from)};
  return {};
}

}  // namespace

std::string too_large(std::uint64_t size, std::uint64_t limit) {
  return "file of " + std::to_string(size) + " bytes exceeds the input limit of " + std::to_string(limit) +
         " bytes (ingest.max_pdf_bytes, ingest.max_text_bytes)";
}

namespace {

// Whether `path` is absolute and lexically normal already: no empty, "."
// or ".." component and no trailing separator (lexically_normal() would
// give it back unchanged).
bool absolute_and_normal(std::string_view path) {
  if (path.size() < 2 || path.front() != '/' || path.back() == '/') return false;
  for (std::size_t at = 1; at <= path.size();) {
    const std::size_t end = std::min(path.find('/', at), path.size());
    const std::string_view part = path.substr(at, end - at);
    if (part.empty() || part == "." || part == "..") return false;
    at = end + 1;
  }
  return true;
}

}  // namespace

std::string source_path(const std::string& path) {
  std::error_code ec;
  // The usual path (a relative one with plain names) without parsing it
  // into components twice: that was a sixth of an unchanged rerun's plan.
  if (!path.empty()) {
    std::string joined = path.front() == '/' ? path : fs::current_path(ec).native();
    if (path.front() != '/' && !ec) {
      if (joined != "/") joined += '/';
      joined += path;
    }
    if (!ec && absolute_and_normal(joined)) return joined;
    ec.clear();
  }
  const fs::path p = fs::absolute(path, ec);
  return (ec ? fs::path(path) : p).lexically_normal().string();
}

bool under_root(const std::string& source, const std::string& root) {
  const fs::path s(source), r(root);
  auto a = s.begin();
  for (auto b = r.begin(); b != r.end(); ++b, ++a) {
    if (b->empty()) continue;  // a root's trailing separator
    if (a == s.end() || *a != *b) return false;
  }
  return true;
}

Plan plan_batch(const std::vector<PlannedInput>& inputs, const PlanSettings& settings, const Prior& prior) {
  const std::size_t n = inputs.size();
  std::vector<std::optional<Decision>> unread(n);
  Claims claims;
  for (std::size_t i = 0; i < n; ++i) {
    unread[i] = decide_unread(inputs[i], settings);
    if (!inputs[i].file.stem.empty()) claims.stems.insert(inputs[i].file.stem);
    if (!inputs[i].file.stem.empty()) claims.stem_of[inputs[i].file.source.empty() ? source_path(inputs[i].file.path) : inputs[i].file.source] = inputs[i].file.stem;
  }
  const auto first = primaries(inputs, unread, settings, prior);

  Plan plan;
  plan.decisions.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (unread[i]) {
      plan.decisions[i] = std::move(*unread[i]);
    } else if (const std::size_t p = first.at(inputs[i].sha256); p != i) {
      plan.decisions[i] = {Action::duplicate, "", p, std::nullopt};
    } else {
      plan.decisions[i] = decide(inputs[i], settings, prior, claims);
    }
  }

  for (const auto& [stem, source] : prior.sources()) {
    if (claims.stems.count(stem) || claims.moved.count(stem)) continue;
    bool in_roots = false;
    for (const std::string& root : settings.roots) in_roots = in_roots || under_root(source, root);
    const bool gone = input_gone(stem, source, claims, prior) && (in_roots || claims.stem_of.count(source));
    (gone ? plan.stale : plan.kept).push_back(stem);
  }
  return plan;
}

}  // namespace akn
