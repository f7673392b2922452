// Two columns side by side in pdftotext -layout dumps (a record's pages):
// the dump gives each row across both columns. Ingest reads them column by
// column (ingest/dump_columns.cpp) where the page's own gutter of spaces runs
// down the lines and both sides read as prose; lines across the width stay
// where they are; a table's rows side by side stay as given, with a warning.
//
// The fixtures are made here: numbered paragraphs in English, French and
// Spanish flowed into two columns of a width and gutter that vary, one and
// two pages, with a heading across the width above the columns, rows where
// the columns' baselines differ (a line of one column alone), a running
// head and a page number; and the dumps of the corpus record S/PV.4507, of
// its PDF and of that PDF re-made by pdftocairo, against the PDF path.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <tuple>
#include <vector>

#include "core/text.hpp"
#include "tests/dump_text.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

std::size_t warnings_with(const Conversion& c, std::string_view what) {
  return static_cast<std::size_t>(std::count_if(c.document.log.warnings().begin(), c.document.log.warnings().end(),
                                                [&](const Diagnostic& d) { return d.message.find(what) != std::string::npos; }));
}

// Words flowed into lines of at most `width` characters; each paragraph's
// first line indented by 5 spaces.
std::vector<std::string> flow(const std::vector<std::string>& paragraphs, std::size_t width) {
  std::vector<std::string> lines;
  for (const std::string& p : paragraphs) {
    std::string line = "     ";
    std::size_t i = 0;
    while (i < p.size()) {
      std::size_t j = p.find(' ', i);
      if (j == std::string::npos) j = p.size();
      const std::string word = p.substr(i, j - i);
      const bool fresh = line.find_first_not_of(' ') == std::string::npos;
      if (!fresh && line.size() + 1 + word.size() > width) {
        lines.push_back(line);
        line.clear();
      }
      line += (line.empty() || line.find_first_not_of(' ') == std::string::npos ? "" : " ") + word;
      i = j + 1;
    }
    lines.push_back(line);
  }
  return lines;
}

// The page text of two columns side by side, as pdftotext -layout prints
// them: the left column's line, spaces to the gutter, the right column's
// line. Every `offset_every` rows the columns' baselines differ: the left
// line alone, then the right one alone.
std::string side_by_side(const std::vector<std::string>& left, const std::vector<std::string>& right, std::size_t right_at,
                         std::size_t offset_every) {
  std::string out;
  for (std::size_t r = 0; r < std::max(left.size(), right.size()); ++r) {
    const std::string l = r < left.size() ? left[r] : "";
    const std::string rt = r < right.size() ? right[r] : "";
    if (offset_every > 0 && r % offset_every == offset_every - 1 && !l.empty() && !rt.empty()) {
      out += l + "\n" + std::string(right_at, ' ') + rt + "\n";
      continue;
    }
    const std::size_t width = code_point_count(l);  // columns are counted in characters
    out += l + std::string(right_at - std::min(right_at, width), ' ') + rt + "\n";
  }
  return out;
}

struct Lang {
  const char* name;
  std::vector<std::string> words;
};

const std::vector<Lang>& languages() {
  static const std::vector<Lang> langs = {
      {"English",
       {"the", "Council", "heard", "a", "briefing", "on", "food", "aid", "in", "the", "context", "of", "conflict",
        "settlement", "and", "the", "members", "of", "the", "delegation", "expressed", "their", "support", "for",
        "the", "humanitarian", "programme"}},
      {"French",
       {"le", "Conseil", "a", "entendu", "un", "exposé", "sur", "l’aide", "alimentaire", "dans", "le", "contexte",
        "du", "règlement", "des", "conflits", "et", "les", "membres", "de", "la", "délégation", "ont", "exprimé",
        "leur", "appui", "au", "programme", "humanitaire"}},
      {"Spanish",
       {"el", "Consejo", "escuchó", "una", "exposición", "sobre", "la", "ayuda", "alimentaria", "en", "el",
        "contexto", "de", "la", "solución", "de", "conflictos", "y", "los", "miembros", "de", "la", "delegación",
        "expresaron", "su", "apoyo", "al", "programa", "humanitario"}},
  };
  return langs;
}

// Paragraph `n` of a language: its number, then words of the list.
std::string paragraph(const Lang& lang, int n, std::size_t words) {
  std::string p = std::to_string(n) + ".";
  for (std::size_t k = 0; k < words; ++k) p += " " + lang.words[(k * 7 + static_cast<std::size_t>(n) * 3) % lang.words.size()];
  return p + ".";
}

// A record of `pages` pages: a heading across the width on page 1, then
// paragraphs numbered from 1 flowing down the left column, then the right
// one, page after page; a running head and a page number on each page.
struct Record {
  std::string layout;  // two columns side by side
  std::string plain;   // the same text in one column
};

Record record(const Lang& lang, int pages, std::size_t column, std::size_t gutter, std::size_t offset_every) {
  constexpr std::size_t kColumnLines = 40;
  std::vector<std::string> paragraphs;
  for (int n = 1; n <= 12 * pages; ++n) paragraphs.push_back(paragraph(lang, n, 30 + static_cast<std::size_t>(n % 4) * 9));
  const std::vector<std::string> lines = flow(paragraphs, column);
  Record out;
  const std::string heading = "Agenda item 7: " + lang.words[1] + " " + lang.words[3] + " " + lang.words[5] + " " +
                              lang.words[7] + " " + lang.words[9] + " " + lang.words[11] + " " + lang.words[13] + " " +
                              lang.words[15] + " " + lang.words[17];
  std::size_t at = 0;
  for (int p = 1; p <= pages; ++p) {
    std::string page = "S/PV.9999\n\n\n";
    std::string plain = "S/PV.9999\n\n\n";
    if (p == 1) page += heading + "\n\n", plain += heading + "\n\n";
    std::vector<std::string> left, right;
    for (std::size_t k = 0; k < kColumnLines && at < lines.size(); ++k) left.push_back(lines[at++]);
    for (std::size_t k = 0; k < kColumnLines && at < lines.size(); ++k) right.push_back(lines[at++]);
    page += side_by_side(left, right, column + gutter, offset_every);
    for (const std::string& l : left) plain += l + "\n";
    for (const std::string& l : right) plain += l + "\n";
    page += "\n\n\n" + std::to_string(p) + "\n\f";
    plain += "\n\n\n" + std::to_string(p) + "\n\f";
    out.layout += page;
    out.plain += plain;
  }
  // The rest of the text, if any, in one column on a last page.
  if (at < lines.size()) {
    for (; at < lines.size(); ++at) out.layout += lines[at] + "\n", out.plain += lines[at] + "\n";
    out.layout += "\f", out.plain += "\f";
  }
  return out;
}

}  // namespace

TEST_CASE("two columns side by side in a -layout dump are read column by column", "[ingest][dumps]") {
  int ran = 0;
  for (const Lang& lang : languages())
    for (int pages : {1, 2})
      for (const auto& [column, gutter, offset] : {std::tuple<std::size_t, std::size_t, std::size_t>{48, 6, 4},
                                                   {52, 4, 0}, {44, 9, 3}}) {
        CAPTURE(lang.name, pages, column, gutter, offset);
        const Record r = record(lang, pages, column, gutter, offset);
        const Conversion two = convert(r.layout, "record_layout.txt");
        const Conversion one = convert(r.plain, "record_plain.txt");
        CHECK(warnings_with(two, "two columns side by side") == 0);
        CHECK(two.quality.reading_order == 1);
        CHECK(edits_of(two.document, "read_columns").size() == static_cast<std::size_t>(pages));
        // The same paragraphs as the text in one column, in the same order.
        CHECK(block_texts(two.document) == block_texts(one.document));
        CHECK(two.quality.unaccounted == 0);
        ++ran;
      }
  CHECK(ran == 18);
}

TEST_CASE("a table's rows side by side in a -layout dump stay rows, with a warning", "[ingest][dumps]") {
  // Two short columns of names and figures, aligned over many lines, under
  // a paragraph: no prose on either side.
  std::string text = "     1. The Council reviewed the figures below, which the secretariat compiled for the year.\n\n";
  const std::vector<std::string> names = {"Bulgaria", "Cameroon", "China", "Colombia", "France", "Guinea", "Ireland",
                                          "Mauritius", "Mexico", "Norway", "Singapore", "Syrian Arab Republic",
                                          "United States of America", "Viet Nam"};
  for (std::size_t k = 0; k < names.size(); ++k) {
    std::string row = names[k] + " . . . . . . . . . . . . . . .";
    row = row.substr(0, 30);
    row += std::string(40 - row.size(), ' ') + std::to_string(1000 + 37 * k) + "   " + std::to_string(20 + k);
    text += row + "\n";
  }
  const Conversion c = convert(text, "table_layout.txt");
  CHECK(edits_of(c.document, "read_columns").empty());
  const std::string all = [&] {
    std::string s;
    for (const std::string& b : block_texts(c.document)) s += b + "\n";
    return s;
  }();
  // Each name stays before its own figures.
  CHECK(all.find("Bulgaria") < all.find("1000"));
  CHECK(all.find("1000") < all.find("Cameroon"));
  // Each row is a paragraph of its own, and the table is warned of.
  for (const std::string& b : block_texts(c.document))
    if (b.find("Bulgaria") != std::string::npos) CHECK(b.find("Cameroon") == std::string::npos);
  CHECK(warnings_with(c, "a table's rows") == 1);
}

namespace {
// The PDF re-made by pdftocairo (another producer's text layer).
std::string remade(const std::string& pdf) {
  const std::filesystem::path out =
      std::filesystem::temp_directory_path() / ("akn-cols-" + std::to_string(::getpid()) + "-cairo.pdf");
  const std::string command = "pdftocairo -pdf '" + pdf + "' '" + out.string() + "' 2>/dev/null";
  REQUIRE(std::system(command.c_str()) == 0);  // needs pdftocairo
  return out.string();
}
}  // namespace

TEST_CASE("a record's -layout dump reads its columns in order, as the PDF path does", "[ingest][dumps][slow]") {
  if (!require_pdftotext()) return;
  if (!have_program("pdftocairo")) {
    WARN("pdftocairo not found: skipped");
    return;
  }
  const std::string pdf = shared_dir() + "/corpus/born_digital/S_PV.4507-EN.pdf";
  const Conversion from_pdf = pipeline().convert("S_PV.4507-EN.pdf", read_file(pdf));
  const std::vector<std::string> want = block_texts(from_pdf.document);
  const std::string cairo = remade(pdf);
  int ran = 0;
  for (const std::string& source : {pdf, cairo}) {
    CAPTURE(source);
    const Conversion c = convert(pdftotext(source, "-layout "), "S_PV.4507_layout.txt");
    CHECK(warnings_with(c, "two columns side by side") == 0);
    CHECK(c.quality.reading_order > 0.9);
    CHECK(!edits_of(c.document, "read_columns").empty());
    // Most of the PDF path's blocks come out whole (87 of its 128): the rest are
    // its page-1 list of members, a table in the PDF, and paragraphs whose ends
    // the dump does not show (the PDF path reads them from the vertical space).
    const std::vector<std::string> got = block_texts(c.document);
    std::size_t same = 0;
    for (const std::string& b : got) same += std::find(want.begin(), want.end(), b) != want.end();
    CHECK(static_cast<double>(same) >= 0.6 * static_cast<double>(want.size()));
    ++ran;
  }
  std::error_code ignored;
  std::filesystem::remove(cairo, ignored);
  CHECK(ran == 2);
}

TEST_CASE("a -raw dump's job number and barcode under the date leave the session in the masthead", "[cleanup][dumps]") {
  if (!require_pdftotext()) return;
  // pdftotext -raw prints page 1's job-number footer and barcode right
  // under the date of issue, above the session and agenda item; main left
  // those in the body, read after the title with no edit (unaccounted).
  int ran = 0;
  for (const char* pdf : {"A_RES_73_3-EN.pdf", "A_C.3_80_L.30.pdf", "A_RES_73_7-EN.pdf"}) {
    CAPTURE(pdf);
    const std::string raw = pdftotext(shared_dir() + "/corpus/born_digital/" + pdf, "-raw ");
    const Conversion c = convert(raw, "raw.txt");
    CHECK(c.quality.unaccounted == 0);
    CHECK(c.document.meta.session.has_value());
    ++ran;
  }
  CHECK(ran == 3);
}
