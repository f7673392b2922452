#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "ingest/ingest.hpp"
#include "runner/runner.hpp"

namespace akn {

namespace fs = std::filesystem;

namespace {

struct Input {
  fs::path path;
  fs::path relative;  // decides the output location
  bool explicit_file = false;
};

std::vector<Input> find_inputs(const std::vector<std::string>& roots, std::vector<DocumentReport>& missing) {
  std::vector<Input> found;
  for (const std::string& root : roots) {
    std::error_code ec;
    const fs::path r(root);
    if (fs::is_directory(r, ec)) {
      std::vector<Input> here;
      for (auto it = fs::recursive_directory_iterator(r, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && !it->is_symlink(ec))
          here.push_back({it->path(), it->path().lexically_relative(r), false});
      }
      std::sort(here.begin(), here.end(), [](const Input& a, const Input& b) { return a.relative < b.relative; });
      found.insert(found.end(), here.begin(), here.end());
      if (ec) {
        DocumentReport d;
        d.input = root;
        d.relative = root;
        d.status = Status::failed;
        d.reason = "cannot list directory: " + ec.message();
        missing.push_back(d);
      }
    } else if (fs::is_regular_file(r, ec)) {
      found.push_back({r, r.filename(), true});
    } else {
      DocumentReport d;
      d.input = root;
      d.relative = root;
      d.status = Status::failed;
      d.reason = "no such file or directory";
      missing.push_back(d);
    }
  }
  return found;
}

std::string read_file(const fs::path& path, std::size_t limit) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DocumentError(path.string(), "cannot open the file for reading");
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (!ec && size > limit)
    throw DocumentError(path.string(), "file of " + std::to_string(size) + " bytes exceeds the input limit of " +
                                           std::to_string(limit) + " bytes (ingest.max_text_bytes)");
  std::string bytes;
  bytes.resize(ec ? 0 : static_cast<std::size_t>(size));
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

std::size_t count_points(const std::vector<Point>& pts) {
  std::size_t n = pts.size();
  for (const Point& p : pts) n += count_points(p.points);
  return n;
}

const char* status_name(Status s) {
  switch (s) {
    case Status::ok: return "ok";
    case Status::failed: return "failed";
    case Status::skipped: return "skipped";
  }
  return "failed";
}
}  // namespace

void write_file_atomically(const std::string& path, std::string_view bytes) {
  const fs::path target(path);
  if (target.has_parent_path()) fs::create_directories(target.parent_path());
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error("cannot write " + tmp);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      throw std::runtime_error("cannot write " + tmp + " (disk full?)");
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    std::remove(tmp.c_str());
    throw std::runtime_error("cannot move " + tmp + " into place: " + ec.message());
  }
}

std::size_t RunReport::count(Status s) const {
  return static_cast<std::size_t>(std::count_if(documents.begin(), documents.end(),
                                                [s](const DocumentReport& d) { return d.status == s; }));
}

int RunReport::exit_code() const { return count(Status::failed) > 0 ? 1 : 0; }

RunReport run_batch(const Pipeline& pipeline, const RunOptions& options, std::ostream& log) {
  RunReport report;
  const auto inputs = find_inputs(options.inputs, report.documents);
  for (const DocumentReport& d : report.documents) log << "FAILED " << d.input << ": " << d.reason << "\n";
  std::set<std::string> stems_taken;
  for (const Input& in : inputs) {
    DocumentReport d;
    d.input = in.path.string();
    d.relative = in.relative.string();
    const std::string name = in.relative.filename().string();
    if (!in.explicit_file && detect_kind(name, {}) == InputKind::unsupported) {
      d.status = Status::skipped;
      d.reason = "unsupported file kind (" + (in.path.extension().empty() ? std::string("no extension") : in.path.extension().string()) + ")";
      log << "skipped " << d.input << ": " << d.reason << "\n";
      report.documents.push_back(std::move(d));
      continue;
    }
    // Output stem: a/b/X for a/b/X.ext; X.ext when X is taken already.
    fs::path stem = in.relative.parent_path() / in.relative.stem();
    if (!stems_taken.insert(stem.string()).second) {
      stem = in.relative;
      stems_taken.insert(stem.string());
      d.note = "another input already writes " + (in.relative.parent_path() / in.relative.stem()).string() +
               ".*; outputs named after the full file name";
    }
    const fs::path base = fs::path(options.out_dir) / stem;
    try {
      const std::string bytes = read_file(in.path, pipeline.config().ingest.max_text_bytes);
      Conversion c = pipeline.convert(d.relative, bytes);
      if (!c.validation_errors.empty()) {
        std::string first = c.validation_errors.front();
        throw DocumentError(d.relative, "the AKN output is not schema-valid (" + std::to_string(c.validation_errors.size()) +
                                            " errors; first: " + first + ")");
      }
      const std::string akn = base.string() + ".akn.xml", txt = base.string() + ".txt",
                        edits = base.string() + ".edits.json";
      write_file_atomically(txt, c.text);
      write_file_atomically(edits, c.edits_json);
      write_file_atomically(akn, c.akn);
      d.outputs = {{"akn", akn}, {"txt", txt}, {"edits", edits}};
      const Resolution& r = c.resolution;
      std::size_t points = 0;
      for (const auto& p : r.operative) points += count_points(p.points);
      for (const Section& s : r.sections)
        for (const auto& p : s.operative) points += count_points(p.points);
      d.counts = {{"pages", c.document.pages.size()},
                  {"preamble", preambular_count(r)},
                  {"operative", operative_count(r)},
                  {"sections", r.sections.size()},
                  {"annexes", r.annexes.size()},
                  {"points", points},
                  {"footnotes", r.footnotes.size()},
                  {"edits", c.document.log.edits().size()},
                  {"warnings", c.document.log.warnings().size() + r.warnings.size()}};
      d.edits_by_kind = c.document.log.counts_by_kind();
      for (const Diagnostic& w : c.document.log.warnings()) d.warnings.push_back(w.pass + ": " + w.message);
      for (const Diagnostic& w : r.warnings) d.warnings.push_back(w.pass + ": " + w.message);
      if (r.meta.symbol) d.symbol = *r.meta.symbol;
      log << "ok     " << d.input << " (" << d.counts["operative"] << " operative paragraphs, "
          << d.counts["footnotes"] << " notes, " << d.counts["edits"] << " edits, " << d.counts["warnings"]
          << " warnings)\n";
    } catch (const DocumentError& e) {
      d.status = Status::failed;
      d.reason = e.reason();
      log << "FAILED " << d.input << ": " << e.reason() << "\n";
    } catch (const std::exception& e) {
      d.status = Status::failed;
      d.reason = std::string("internal error: ") + e.what();
      log << "FAILED " << d.input << ": " << d.reason << "\n";
    }
    report.documents.push_back(std::move(d));
  }
  write_file_atomically((fs::path(options.out_dir) / "report.json").string(), report_json(report, pipeline.config()));
  log << report.count(Status::ok) << " converted, " << report.count(Status::failed) << " failed, "
      << report.count(Status::skipped) << " skipped; report: " << (fs::path(options.out_dir) / "report.json").string()
      << "\n";
  return report;
}

std::string report_json(const RunReport& report, const PipelineConfig& config) {
  using Json = nlohmann::ordered_json;
  Json j;
  j["tool"] = "akn-ingest";
  j["version"] = AKN_VERSION;
  j["configHash"] = config_hash(config);
  j["summary"] = {{"inputs", report.documents.size()},
                  {"ok", report.count(Status::ok)},
                  {"failed", report.count(Status::failed)},
                  {"skipped", report.count(Status::skipped)}};
  Json docs = Json::array();
  for (const DocumentReport& d : report.documents) {
    Json x = {{"input", d.input}, {"status", status_name(d.status)}};
    if (!d.reason.empty()) x["reason"] = d.reason;
    if (!d.symbol.empty()) x["symbol"] = d.symbol;
    if (!d.outputs.empty()) x["outputs"] = d.outputs;
    if (!d.counts.empty()) x["counts"] = d.counts;
    if (!d.edits_by_kind.empty()) x["editsByKind"] = d.edits_by_kind;
    if (!d.warnings.empty()) x["warnings"] = d.warnings;
    if (!d.note.empty()) x["note"] = d.note;
    docs.push_back(std::move(x));
  }
  j["documents"] = std::move(docs);
  return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace akn
