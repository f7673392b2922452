// RAII owners for the libxml2 handles export uses. Internal to export/.
#pragma once

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>

#include <memory>

namespace akn::xml {

struct BufferDeleter { void operator()(xmlBufferPtr p) const { xmlBufferFree(p); } };
struct WriterDeleter { void operator()(xmlTextWriterPtr p) const { xmlFreeTextWriter(p); } };
struct DocDeleter { void operator()(xmlDocPtr p) const { xmlFreeDoc(p); } };
struct SchemaParserDeleter { void operator()(xmlSchemaParserCtxtPtr p) const { xmlSchemaFreeParserCtxt(p); } };
struct SchemaDeleter { void operator()(xmlSchemaPtr p) const { xmlSchemaFree(p); } };
struct ValidDeleter { void operator()(xmlSchemaValidCtxtPtr p) const { xmlSchemaFreeValidCtxt(p); } };

using Buffer = std::unique_ptr<xmlBuffer, BufferDeleter>;
using Writer = std::unique_ptr<xmlTextWriter, WriterDeleter>;
using Doc = std::unique_ptr<xmlDoc, DocDeleter>;
using SchemaParser = std::unique_ptr<xmlSchemaParserCtxt, SchemaParserDeleter>;
using Schema = std::unique_ptr<xmlSchema, SchemaDeleter>;
using ValidCtxt = std::unique_ptr<xmlSchemaValidCtxt, ValidDeleter>;

}  // namespace akn::xml
