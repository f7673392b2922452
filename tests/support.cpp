#include "support.hpp"

#include <fstream>
#include <sstream>

#include "cleanup/cleanup.hpp"
#include "ingest/ingest.hpp"

namespace akn::test {

std::string shared_dir() { return AKN_SHARED_DIR; }
std::string source_dir() { return AKN_SOURCE_DIR; }

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("test: cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const PipelineConfig& config() {
  static const PipelineConfig c = [] {
    PipelineConfig cfg = load_config(source_dir() + "/pipeline.toml");
    cfg.schema_dir = shared_dir() + "/akn";
    cfg.validate = true;
    return cfg;
  }();
  return c;
}

const Pipeline& pipeline() {
  static const Pipeline p(config());
  return p;
}

const SchemaValidator& validator() {
  static const SchemaValidator v(config().schema_path());
  return v;
}

Document doc_from_text(std::string_view text, std::string_view name) {
  return ingest(name, text, IngestOptions{});
}

Line ocr_line(const std::vector<std::pair<std::string, double>>& words) {
  Line line;
  for (const auto& [text, confidence] : words) {
    if (!line.text.empty()) line.text += ' ';
    Word w;
    w.begin = line.text.size();
    line.text += text;
    w.end = line.text.size();
    w.confidence = confidence;
    line.words.push_back(w);
  }
  return line;
}

void run_passes(Document& doc, std::initializer_list<const char*> passes) {
  CleanupOptions options = config().cleanup;
  options.passes.assign(passes.begin(), passes.end());
  static std::map<std::string, std::unique_ptr<Cleaner>> cache;
  std::string key;
  for (const auto& p : options.passes) key += p + ",";
  auto& cleaner = cache[key];
  if (!cleaner) cleaner = std::make_unique<Cleaner>(options);
  cleaner->run(doc);
}

Conversion convert(std::string_view text, std::string_view name) {
  return pipeline().convert(std::string(name), text);
}

std::vector<Edit> edits_of(const Document& doc, std::string_view kind) {
  std::vector<Edit> out;
  for (const Edit& e : doc.log.edits())
    if (e.kind == kind) out.push_back(e);
  return out;
}

}  // namespace akn::test
