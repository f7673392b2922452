// Shared helpers for the tests.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/document.hpp"
#include "runner/config.hpp"
#include "runner/runner.hpp"

namespace akn::test {

std::string shared_dir();   // ../shared
std::string source_dir();   // the repository
std::string read_file(const std::string& path);
// Whether a program is on PATH: tests that need one (soffice, python3) skip
// with a message without it.
bool have_program(const std::string& name);

// The repository's pipeline.toml with the schema taken from shared_dir().
const PipelineConfig& config();
const Pipeline& pipeline();
const SchemaValidator& validator();

// A Document made of the given lines (one page), as ingest would make it.
Document doc_from_text(std::string_view text, std::string_view name = "test.txt");
// The same Document as OCR would read it: every page marked `ocr`, and the
// document's language set to `lang` when one is given ("" leaves it as
// ingest found it).
Document ocr_document(std::string_view text, std::string_view lang = "");
// A one-page Document of lines placed at their boxes, in the order given
// (the order a text layer would give them), with no words.
Document doc_of_placed_lines(const std::vector<std::pair<std::string, Box>>& lines);
// A line as OCR gives it: the words joined by spaces, each with its
// confidence (0-100).
Line ocr_line(const std::vector<std::pair<std::string, double>>& words);
// The words of `text` split at single spaces, as a line of `text` gives
// them: each with its byte range and nothing else (no box, no confidence).
std::vector<Word> words_at_spaces(std::string_view text);
// Runs the named passes, in order, with the default dictionary and lexicon.
void run_passes(Document& doc, std::initializer_list<const char*> passes);

// Converts text held in memory through the whole pipeline.
Conversion convert(std::string_view text, std::string_view name = "test.txt");

// A fixture's source (fixtures-src/pdf/NAME.txt, fixtures-src/notes/NAME.txt;
// scripts/make-pdf-fixtures.py, make-notes-fixtures.py): its head fields,
// its paragraphs (a code and the text with [[notes]] inline) and its notes.
struct FixtureSource {
  std::map<std::string, std::string> head;
  std::vector<std::pair<char, std::string>> body;
  std::vector<std::string> notes;
};
FixtureSource read_fixture_source(const std::string& path);
// A source paragraph's text without its [[notes]].
std::string without_notes(std::string s);

// A PDF of `objects` (object i + 1 is objects[i]; object 1 the catalog),
// with its cross-reference table and trailer.
std::string pdf_of_objects(const std::vector<std::string>& objects);

// A PDF of US-letter pages, page k drawn by the content stream contents[k],
// with the standard Type 1 fonts `base_fonts` (WinAnsi) as /F1, /F2, ...
std::string pdf_of_text_pages(const std::vector<std::string>& contents, const std::vector<std::string>& base_fonts);

// The text of each block of `doc`, in order.
std::vector<std::string> block_texts(const Document& doc);
// The first block of `doc` whose text holds `part`; nullptr when none does.
const Block* block_with(const Document& doc, std::string_view part);

// The edits of one kind.
std::vector<Edit> edits_of(const Document& doc, std::string_view kind);

}  // namespace akn::test
