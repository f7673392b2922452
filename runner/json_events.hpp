// A strict JSON reader that reports what it reads to a SAX handler of
// nlohmann's interface (nlohmann::json_sax), as nlohmann's own sax_parse
// does, for the report entries an unchanged rerun reads back by the
// thousand: nlohmann's lexer, which reads through an input adapter one
// character at a time, was a fifth of such a rerun's instructions.
//
// The same grammar as nlohmann's strict parser (RFC 8259: one value, then
// only white space; strings of valid UTF-8 with no control characters,
// escapes \uXXXX in valid surrogate pairs), and the same events: an integer
// with no fraction or exponent is number_unsigned, or number_integer when
// negative, and number_float when it overflows; every other number is
// number_float. On the first error it calls parse_error and stops.
//
// Thread safety: a pure function of its input and handler.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

namespace akn {

// Reads `text` into `handler`. Returns false when the text is not JSON or
// the handler returned false (after parse_error in the first case).
bool read_json_events(std::string_view text, nlohmann::json_sax<nlohmann::ordered_json>& handler);

}  // namespace akn
