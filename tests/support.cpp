#include "support.hpp"

#include "foot_pages.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "cleanup/cleanup.hpp"
#include "core/text.hpp"
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

bool have_program(const std::string& name) {
  return std::system(("command -v '" + name + "' > /dev/null 2>&1").c_str()) == 0;
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

Document ocr_document(std::string_view text, std::string_view lang) {
  Document doc = doc_from_text(text);
  for (Page& page : doc.pages) page.ocr = true;
  if (!lang.empty()) doc.language = std::string(lang);
  return doc;
}

Document ocr_foot_pages(const std::vector<std::vector<std::string>>& pages, std::optional<double> word_confidence) {
  std::string text;
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (std::size_t l = 0; l < pages[p].size(); ++l)
      text += pages[p][l] + (l + 1 < pages[p].size() ? "\n" : p + 1 < pages.size() ? "\f" : "\n");
  Document doc = doc_from_text(text);
  if (doc.pages.size() != pages.size()) throw std::logic_error("ocr_foot_pages: a page's lines hold a form feed");
  for (Page& page : doc.pages) {
    page.ocr = true;
    page.width = 595;
    page.height = 842;
    // A rule in the upper half of a page is a running head's, not a separator.
    double y = page.height - 72 - 12.0 * static_cast<double>(page.lines.size());
    for (Line& line : page.lines) {
      line.font_size = 10;
      line.box = is_blank(line.text) ? Box{102, y + 6, 262, y + 6.5} : Box{102, y, 498, y + 9};
      if (word_confidence) {
        line.words = words_at_spaces(line.text);
        for (Word& w : line.words) w.confidence = *word_confidence;
      }
      y += 12;
    }
  }
  return doc;
}

Document doc_of_placed_lines(const std::vector<std::pair<std::string, Box>>& lines) {
  Document doc;
  doc.pages.resize(1);
  for (const auto& [text, box] : lines) {
    Line l;
    l.text = text;
    l.box = box;
    doc.pages[0].lines.push_back(std::move(l));
  }
  return doc;
}

std::string pdf_of_objects(const std::vector<std::string>& objects) {
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t at : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", at);
    pdf += entry;
  }
  return pdf + "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
}

std::string pdf_of_text_pages(const std::vector<std::string>& contents, const std::vector<std::string>& base_fonts) {
  const std::size_t first_page = 3 + base_fonts.size();
  std::string kids, fonts;
  for (std::size_t k = 0; k < contents.size(); ++k) kids += std::to_string(first_page + 2 * k) + " 0 R ";
  for (std::size_t f = 0; f < base_fonts.size(); ++f)
    fonts += "/F" + std::to_string(f + 1) + " " + std::to_string(3 + f) + " 0 R ";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(contents.size()) + " >>"};
  for (const std::string& font : base_fonts)
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /" + font + " /Encoding /WinAnsiEncoding >>");
  for (std::size_t k = 0; k < contents.size(); ++k) {
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " +
                      std::to_string(first_page + 2 * k + 1) + " 0 R /Resources << /Font << " + fonts + ">> >> >>");
    objects.push_back("<< /Length " + std::to_string(contents[k].size()) + " >>\nstream\n" + contents[k] + "endstream");
  }
  return pdf_of_objects(objects);
}

std::vector<std::string> block_texts(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.push_back(b.text);
  return out;
}

const Block* block_with(const Document& doc, std::string_view part) {
  for (const Block& b : doc.blocks)
    if (b.text.find(part) != std::string::npos) return &b;
  return nullptr;
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

std::vector<Word> words_at_spaces(std::string_view text) {
  std::vector<Word> out;
  for (std::size_t b = 0; b < text.size();) {
    const std::size_t e = std::min(text.find(' ', b), text.size());
    Word w;
    w.begin = b;
    w.end = e;
    if (e > b) out.push_back(w);
    b = e + 1;
  }
  return out;
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

FixtureSource read_fixture_source(const std::string& path) {
  FixtureSource src;
  const std::string text = read_file(path);
  bool in_body = false;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t nl = text.find('\n', at);
    if (nl == std::string::npos) nl = text.size();
    const std::string line = text.substr(at, nl - at);
    at = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    if (line == "---") {
      in_body = true;
      continue;
    }
    if (!in_body) {
      const std::size_t colon = line.find(':');
      src.head[line.substr(0, colon)] = line.substr(colon + 2);
      continue;
    }
    src.body.emplace_back(line[0], line.substr(2));
    for (std::size_t b = line.find("[["); b != std::string::npos; b = line.find("[[", b + 2))
      src.notes.push_back(line.substr(b + 2, line.find("]]", b) - b - 2));
  }
  return src;
}

std::string without_notes(std::string s) {
  for (std::size_t b = s.find("[["); b != std::string::npos; b = s.find("[["))
    s.erase(b, s.find("]]", b) + 2 - b);
  return s;
}

}  // namespace akn::test
