#include "core/error.hpp"
#include "cleanup/dictionary.hpp"
#include "ingest/ingest.hpp"
#include "runner/runner.hpp"
#include "structure/structure.hpp"

namespace akn {

Pipeline::Pipeline(const PipelineConfig& config) : config_(config) {
  try {
    cleaner_ = std::make_unique<Cleaner>(config_.cleanup);
    if (config_.validate) validator_ = std::make_unique<SchemaValidator>(config_.schema_path());
  } catch (const ConfigError&) {
    throw;
  } catch (const std::exception& e) {
    throw ConfigError(std::string(e.what()) +
                      (config_.source.empty() ? "" : " (configuration: " + config_.source + ")"));
  }
}

Pipeline::~Pipeline() = default;

Conversion Pipeline::convert(const std::string& name, std::string_view bytes) const {
  return finish(read(name, bytes));
}

Document Pipeline::read(const std::string& name, std::string_view bytes) const {
  IngestOptions options = config_.ingest;
  if (const Dictionary* d = cleaner_->dictionary())
    options.known_word = [d](std::string_view word) { return d->accepts(word); };
  return ingest(name, bytes, options);
}

Conversion Pipeline::finish(Document document) const {
  Conversion c;
  c.document = std::move(document);
  cleaner_->run(c.document);
  c.resolution = recover_structure(c.document);
  c.akn = write_akn(c.resolution);
  c.text = write_text(c.resolution, config_.text);
  c.edits_json = write_edits_json(c.document, c.resolution);
  if (validator_) {
    c.validation_errors = validator_->validate(c.akn);
    c.validated = true;
  }
  return c;
}

}  // namespace akn
