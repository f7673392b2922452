// Lines that mix bold and regular words, as an old OCR text layer sets
// them (each word in the font its engine guessed: A/45/189, A/45/155), are
// no change of type: a paragraph whose lines mix the weights differently
// goes on where the margin, the indent, the space and the punctuation say
// so, and a centred title whose last line is wholly bold stays one title.
// The fixtures are PDFs written here, each line a run of words in regular
// and bold type: typeset (Times) and typed (Courier, whose fixed pitch
// places the right edges and the centring exactly), English and French,
// one page and two.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "runner/runner.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

constexpr double kPageHeight = 792;
constexpr double kSize = 10;
constexpr double kLeading = 12;
constexpr double kLeft = 72;
constexpr double kCourierAdvance = 6;  // Courier's advance at 10 points
constexpr double kCentre = 306;

// A piece of a line in one weight (Latin-1 bytes).
struct Piece {
  std::string text;
  bool bold = false;
};

// A printed line: its pieces run on from (x, y), y the baseline from the top.
struct MixedRow {
  double x = 0, y = 0;
  std::vector<Piece> pieces;
};

std::string content_of(const std::vector<MixedRow>& rows) {
  std::string out = "BT\n";
  char buf[120];
  for (const MixedRow& r : rows) {
    std::snprintf(buf, sizeof buf, "1 0 0 1 %.2f %.2f Tm\n", r.x, kPageHeight - r.y);
    out += buf;
    for (const Piece& p : r.pieces) {
      std::snprintf(buf, sizeof buf, "/F%d %.2f Tf (", p.bold ? 2 : 1, kSize);
      out += buf + p.text + ") Tj\n";
    }
  }
  return out + "ET\n";
}

std::string pdf_of(const std::vector<std::vector<MixedRow>>& pages, bool typed) {
  std::vector<std::string> contents;
  for (const auto& page : pages) contents.push_back(content_of(page));
  return pdf_of_text_pages(contents, typed ? std::vector<std::string>{"Courier", "Courier-Bold"}
                                           : std::vector<std::string>{"Times-Roman", "Times-Bold"});
}

// A paragraph in regular type, its first line indented, then a paragraph's space.
void add_paragraph(std::vector<MixedRow>& page, double& y, const std::vector<std::string>& lines) {
  for (std::size_t k = 0; k < lines.size(); ++k) {
    page.push_back({k == 0 ? kLeft + 24 : kLeft, y, {{lines[k], false}}});
    y += kLeading;
  }
  y += kLeading;
}

// A paragraph of lines each given as pieces, the first indented.
void add_mixed_paragraph(std::vector<MixedRow>& page, double& y, const std::vector<std::vector<Piece>>& lines) {
  for (std::size_t k = 0; k < lines.size(); ++k) {
    page.push_back({k == 0 ? kLeft + 24 : kLeft, y, lines[k]});
    y += kLeading;
  }
  y += kLeading;
}

std::size_t chars_of(const std::vector<Piece>& pieces) {
  std::size_t n = 0;
  for (const Piece& p : pieces) n += p.text.size();
  return n;
}

// A title in Courier, each line centred on the page, then a paragraph's space.
void add_centred_title(std::vector<MixedRow>& page, double& y, const std::vector<std::vector<Piece>>& lines) {
  for (const auto& pieces : lines) {
    page.push_back({kCentre - kCourierAdvance * static_cast<double>(chars_of(pieces)) / 2, y, pieces});
    y += kLeading;
  }
  y += 2 * kLeading;
}

bool contains(std::string_view text, std::string_view what) { return text.find(what) != std::string_view::npos; }

// Full lines of regular text (78 characters: they set the right margin in Courier).
const std::vector<std::string> kEnglishBefore = {
    "In this campaign of intimidation, attempts were made on the lives of hundreds",
    "of other persons, resulting in many seriously wounded victims, some of whom were",
    "maimed for life, as the reports of the period show in some detail."};
const std::vector<std::string> kEnglishAfter = {
    "I should be grateful if you would bring this letter to the attention of the",
    "members of the Council and of the Assembly at the earliest opportunity, as the",
    "matter is of the utmost urgency to my Government."};
const std::vector<std::string> kFrenchBefore = {
    "Au cours de cette campagne d'intimidation, des centaines d'autres personnes ont",
    "\xe9t\xe9 vis\xe9" "es, et de nombreuses victimes ont \xe9t\xe9 gri\xe8vement bless\xe9" "es, certaines",
    "d'entre elles pour la vie, comme le montrent les rapports de la p\xe9riode."};
const std::vector<std::string> kFrenchAfter = {
    "Je vous serais reconnaissant de bien vouloir porter la pr\xe9sente lettre \xe0 la",
    "connaissance des membres du Conseil et de l'Assembl\xe9" "e dans les meilleurs",
    "d\xe9lais, la question rev\xeatant une extr\xeame urgence pour mon gouvernement."};

}  // namespace

TEST_CASE("a typeset paragraph whose lines mix bold and regular words stays one paragraph", "[unwrap][pdf]") {
  std::vector<MixedRow> page;
  double y = 90;
  add_paragraph(page, y, kEnglishBefore);
  // The first line wholly bold, the second bold but for a word, the third bold:
  // each line ends with a word that ends no sentence, or with the sentence.
  add_mixed_paragraph(page, y,
                      {{{"I have the honour to request that this letter and its annex be circulated and", true}},
                       {{"an official document of the General Assembly, under items 35 and 112 of", true},
                        {" the", false}},
                       {{"preliminary list, and of the Security Council.", true}}});
  add_paragraph(page, y, kEnglishAfter);
  const Conversion c = pipeline().convert("A_45_9189.pdf", pdf_of({page}, false));
  CHECK(contains(c.text, "be circulated and an official document of the General Assembly, under items 35 and 112 of the "
                         "preliminary list, and of the Security Council.\n"));
  CHECK_FALSE(contains(c.text, "circulated and\n"));
  CHECK_FALSE(contains(c.text, "112 of the\n"));
  CHECK(c.conservation.unaccounted.empty());
}

TEST_CASE("a typed French paragraph on a second page whose lines mix bold and regular words stays one paragraph",
          "[unwrap][pdf][languages]") {
  std::vector<MixedRow> first, second;
  double y = 90;
  add_paragraph(first, y, kFrenchBefore);
  y = 90;
  // At the head of the second page: a full first line in bold that stops
  // mid-sentence at the margin (76 characters after the indent end with the
  // longest lines of the page), a full second line in bold with a word in
  // regular type, a short last line.
  add_mixed_paragraph(second, y,
                      {{{"J'ai l'honneur de vous prier de bien vouloir faire distribuer le texte joint", true}},
                       {{"comme document officiel de l'Assembl\xe9" "e g\xe9n\xe9rale, au titre des points", true},
                        {" 35", false},
                        {" et 112", true}},
                       {{"de la liste pr\xe9liminaire, et du Conseil de s\xe9" "curit\xe9.", true}}});
  add_paragraph(second, y, kFrenchAfter);
  const Conversion c = pipeline().convert("A_45_9190.fr.pdf", pdf_of({first, second}, true));
  CHECK(contains(c.text, "faire distribuer le texte joint comme document officiel de l'Assembl\u00e9" "e g\u00e9n\u00e9rale, "
                         "au titre des points 35 et 112 de la liste pr\u00e9liminaire, et du Conseil de "
                         "s\u00e9" "curit\u00e9.\n"));
  CHECK_FALSE(contains(c.text, "texte joint\n"));
  // The paragraphs around it stay apart.
  CHECK(contains(c.text, "p\u00e9riode.\n"));
  CHECK(contains(c.text, "curit\u00e9.\n"));
  CHECK(c.conservation.unaccounted.empty());
}

TEST_CASE("a centred typed title whose last line alone is bold stays one title", "[unwrap][pdf]") {
  std::vector<MixedRow> page;
  double y = 120;
  add_centred_title(page, y,
                    {{{"Letter", true}, {" dated 2 March 1990 from the", false}, {" Permanent Observer", true}},
                     {{"of Palestine", true}, {" to the United Nations", false}, {" addressed", true}},
                     {{"to the Secretary-General", true}}});
  add_paragraph(page, y, kEnglishBefore);
  add_paragraph(page, y, kEnglishAfter);
  const Conversion c = pipeline().convert("A_45_9155.pdf", pdf_of({page}, true));
  CHECK(contains(c.text, "Letter dated 2 March 1990 from the Permanent Observer of Palestine to the United Nations "
                         "addressed to the Secretary-General\n"));
  CHECK_FALSE(contains(c.text, "addressed\n"));
  CHECK(contains(c.text, "\nIn this campaign of intimidation"));
  CHECK(c.conservation.unaccounted.empty());
}

TEST_CASE("a centred typed French title over two pages of text whose last line alone is bold stays one title",
          "[unwrap][pdf][languages]") {
  std::vector<MixedRow> first, second;
  double y = 120;
  add_centred_title(first, y,
                    {{{"Lettre", true}, {" dat\xe9" "e du 2 mars 1990, adress\xe9" "e au", false}},
                     {{"Secr\xe9taire g\xe9n\xe9ral", true}, {" par l'Observateur", false}, {" permanent", true}},
                     {{"de la Palestine", true}}});
  add_paragraph(first, y, kFrenchBefore);
  y = 90;
  add_paragraph(second, y, kFrenchAfter);
  const Conversion c = pipeline().convert("A_45_9156.fr.pdf", pdf_of({first, second}, true));
  CHECK(contains(c.text, "Lettre dat\u00e9" "e du 2 mars 1990, adress\u00e9" "e au Secr\u00e9taire g\u00e9n\u00e9ral par "
                         "l'Observateur permanent de la Palestine\n"));
  CHECK_FALSE(contains(c.text, "permanent\n"));
  CHECK(c.conservation.unaccounted.empty());
}
