#include <filesystem>
#include <mutex>
#include <stdexcept>

#include "core/error.hpp"
#include "export/export.hpp"
#include "export/xml_handles.hpp"

namespace akn {

namespace {
void collect_error(void* user, xmlErrorPtr error) {
  auto* errors = static_cast<std::vector<std::string>*>(user);
  if (errors->size() >= 50) return;
  std::string message = error->message ? error->message : "unknown error";
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  errors->push_back("line " + std::to_string(error->line) + ": " + message);
}
void silence(void*, const char*, ...) {}
}  // namespace

struct SchemaValidator::Impl {
  xml::Schema schema;
};

SchemaValidator::SchemaValidator(const std::string& xsd_path) : impl_(std::make_unique<Impl>()) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  if (!std::filesystem::is_regular_file(xsd_path))
    throw EnvironmentError("Akoma Ntoso schema not found: " + xsd_path);
  xml::SchemaParser parser(xmlSchemaNewParserCtxt(xsd_path.c_str()));
  if (!parser) throw EnvironmentError("cannot open schema " + xsd_path);
  std::vector<std::string> errors;
  xmlSchemaSetParserStructuredErrors(parser.get(), collect_error, &errors);
  impl_->schema.reset(xmlSchemaParse(parser.get()));
  if (!impl_->schema)
    throw EnvironmentError("cannot parse schema " + xsd_path + (errors.empty() ? "" : ": " + errors.front()));
}

SchemaValidator::~SchemaValidator() = default;

std::vector<std::string> SchemaValidator::validate(std::string_view xml) const {
  std::vector<std::string> errors;
  xmlSetGenericErrorFunc(nullptr, silence);
  xml::Doc doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "akn.xml", "UTF-8",
                             XML_PARSE_NONET));
  if (!doc) {
    errors.push_back("not well-formed XML");
    return errors;
  }
  xml::ValidCtxt ctxt(xmlSchemaNewValidCtxt(impl_->schema.get()));
  if (!ctxt) throw ResourceError("libxml2: cannot create a validation context");
  xmlSchemaSetValidStructuredErrors(ctxt.get(), collect_error, &errors);
  const int rc = xmlSchemaValidateDoc(ctxt.get(), doc.get());
  if (rc != 0 && errors.empty()) errors.push_back("schema validation failed (code " + std::to_string(rc) + ")");
  return errors;
}

}  // namespace akn
