// Text and Markdown dumps: decoding, line and page splitting.
#include <algorithm>
#include <array>

#include "core/error.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"
#include "ingest/ingest.hpp"
#include "ingest/ingest_detail.hpp"

namespace akn {

namespace {

// Windows-1252 0x80..0x9F; 0 marks the five bytes the code page leaves
// undefined, which are kept as the C1 control of the same value (Latin-1).
constexpr std::array<char32_t, 32> kCp1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string decode_utf16(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  // After the byte order mark; a last odd byte is dropped.
  append_utf16(out, (bytes.size() - 2) / 2, [&](std::size_t k) {
    const auto a = static_cast<unsigned char>(bytes[2 + 2 * k]), b = static_cast<unsigned char>(bytes[3 + 2 * k]);
    return little_endian ? (b << 8 | a) : (a << 8 | b);
  });
  return out;
}

}  // namespace

std::string decode_text(std::string_view bytes, std::string& encoding) {
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF &&
      static_cast<unsigned char>(bytes[1]) == 0xFE) {
    encoding = "utf-16le";
    return decode_utf16(bytes, true);
  }
  if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
      static_cast<unsigned char>(bytes[1]) == 0xFF) {
    encoding = "utf-16be";
    return decode_utf16(bytes, false);
  }
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF" && is_valid_utf8(bytes.substr(3))) {
    encoding = "utf-8 (with BOM)";
    return std::string(bytes.substr(3));
  }
  if (is_valid_utf8(bytes)) {
    encoding = "utf-8";
    return std::string(bytes);
  }
  encoding = "windows-1252";
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    char32_t cp = b;
    if (b >= 0x80 && b <= 0x9F && kCp1252[b - 0x80] != 0) cp = kCp1252[b - 0x80];
    append_utf8(out, cp);
  }
  return out;
}

namespace detail {

Document ingest_text(std::string_view name, std::string_view bytes, InputKind kind, const IngestOptions& options) {
  if (bytes.size() > options.max_text_bytes)
    throw DocumentError(std::string(name), "text input of " + std::to_string(bytes.size()) +
                                               " bytes exceeds the limit of " +
                                               std::to_string(options.max_text_bytes));
  Document doc;
  doc.source.name = std::string(name);
  doc.source.kind = kind == InputKind::markdown ? "markdown" : "text";
  doc.source.sha256 = source_sha256(bytes, options);
  doc.source.bytes = bytes.size();

  const bool utf16 = bytes.size() >= 2 && (static_cast<unsigned char>(bytes[0]) ^ static_cast<unsigned char>(bytes[1])) == 0x01 &&
                     (static_cast<unsigned char>(bytes[0]) & 0xFE) == 0xFE;
  if (!utf16 && bytes.find('\0') != std::string_view::npos)
    throw DocumentError(std::string(name), "not a text file: it contains NUL bytes");
  const std::string text = decode_text(bytes, doc.source.encoding);
  if (is_blank(text)) throw DocumentError(std::string(name), "empty input: no text to convert");

  doc.pages.emplace_back();
  int source_line = 1;
  std::size_t start = 0;
  while (start <= text.size()) {
    // (find_first_of would search its set once per byte of the text)
    std::size_t end = start;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r' && text[end] != '\f') ++end;
    Line line;
    line.text = text.substr(start, end - start);
    line.source_line = source_line;
    line.role = is_blank(line.text) ? LineRole::blank : LineRole::body;
    doc.pages.back().lines.push_back(std::move(line));
    if (end >= text.size()) break;
    const char sep = text[end];
    start = end + 1;
    if (sep == '\r' && start < text.size() && text[start] == '\n') ++start;
    if (sep == '\f') {  // a page break; the line continues on the new page
      Page next;
      next.number = doc.pages.back().number + 1;
      doc.pages.push_back(std::move(next));
    } else {
      ++source_line;
    }
  }
  // A final form feed followed by nothing or white space (pdftotext ends
  // every page with one) starts no page.
  if (doc.pages.size() > 1 && std::all_of(doc.pages.back().lines.begin(), doc.pages.back().lines.end(),
                                          [](const Line& l) { return l.role == LineRole::blank; }))
    doc.pages.pop_back();
  // A final newline does not make a last empty line.
  auto& last = doc.pages.back().lines;
  if (!last.empty() && last.back().text.empty() && text.size() > 0 && text.back() == '\n') last.pop_back();
  if (kind != InputKind::markdown) {
    read_dump_right_to_left_lines(doc);
    read_dump_columns(doc);
    keep_dump_table_rows(doc);
  }
  return doc;
}

}  // namespace detail

}  // namespace akn
