// Pages out of the order their printed numbers give, pages missing, and a
// document whose masthead page is missing (verify/quality.hpp
// page_sequence_faults; parse_masthead's symbol from the running heads).
// On main none of this was checked: a PDF with two pages swapped scored
// 0.9956 with no warning, and one cut from its masthead page took no
// symbol although every page's head printed it.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "export/export.hpp"
#include "support.hpp"
#include "verify/quality.hpp"

using namespace akn;
using namespace akn::test;

namespace {

// ---- Documents laid out in memory ------------------------------------------

// A line of `text` at height y0 from x0, one word per space, in `size` pt.
Line laid_line(const std::string& text, double y0, double x0 = 72, double size = 10) {
  Line line;
  line.font_size = size;
  line.text = text;
  const double per_char = 0.5 * size;
  double x = x0;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    Word w;
    w.begin = at;
    w.end = end;
    w.box = Box{x, y0, x + per_char * static_cast<double>(end - at), y0 + 1.1 * size};
    w.font_size = size;
    x = w.box->x1 + per_char;
    line.words.push_back(w);
    at = end + 1;
  }
  line.box = line.words.front().box;
  for (const Word& w : line.words) line.box = line.box->united(*w.box);
  return line;
}

// How a page prints its number.
enum class Form {
  of_total,  // "3/5" at the foot, beside the job number
  page_head, // "Page 3" in a 1990s head: symbol / language / Page 3
  bare,      // "3" alone at the foot
};

// A continuation page printing `printed` (its number) under form `form`,
// of a document of `total` pages, in `language`'s words.
Page printed_page(int physical, int printed, int total, Form form, const std::vector<std::string>& body) {
  Page page;
  page.number = physical;
  page.width = 612;
  page.height = 792;
  const std::string symbol = "A/RES/78/144";
  if (form == Form::page_head) {
    page.lines.push_back(laid_line(symbol, 40, 460));
    page.lines.push_back(laid_line("English", 52, 460));
    page.lines.push_back(laid_line("Page " + std::to_string(printed), 64, 460));
  } else {
    page.lines.push_back(laid_line(symbol, 50, 72, 9));
  }
  for (std::size_t i = 0; i < body.size(); ++i) page.lines.push_back(laid_line(body[i], 110 + 12.0 * static_cast<double>(i)));
  if (form == Form::of_total) {
    Line foot = laid_line(std::to_string(printed) + "/" + std::to_string(total), 750, 60, 8);
    Line job = laid_line("23-25924", 750, 500, 8);
    const std::size_t shift = foot.text.size() + 1;
    foot.text += " " + job.text;
    for (Word w : job.words) {
      w.begin += shift;
      w.end += shift;
      foot.words.push_back(w);
    }
    foot.box = foot.box->united(*job.box);
    page.lines.push_back(foot);
  } else if (form == Form::bare) {
    page.lines.push_back(laid_line(std::to_string(printed), 750, 300, 10));
  }
  return page;
}

const std::vector<std::string> kEnglish = {"Recalling its previous resolutions on the subject of this item,",
                                           "Requests the Secretary-General to report to it at its next session."};
const std::vector<std::string> kRussian = {"Генеральная Ассамблея, ссылаясь на свои предыдущие резолюции,",
                                           "просит Генерального секретаря представить доклад на следующей сессии."};
const std::vector<std::string> kFrench = {"L'Assemblée générale, rappelant ses résolutions antérieures sur la question,",
                                          "prie le Secrétaire général de lui présenter un rapport à sa prochaine session."};

// A document of continuation pages printing `printed` in that physical
// order (the symbol known, as the masthead of page 1 would give it).
Document printed_document(const std::vector<int>& printed, int total, Form form, const std::vector<std::string>& body,
                          bool ocr = false) {
  Document doc;
  doc.source.kind = "pdf";
  doc.meta.symbol.emplace("A/RES/78/144");
  for (std::size_t k = 0; k < printed.size(); ++k) {
    doc.pages.push_back(printed_page(static_cast<int>(k + 1), printed[k], total, form, body));
    doc.pages.back().ocr = ocr;
  }
  run_passes(doc, {"remove_furniture"});
  return doc;
}

bool any_message_has(const std::vector<PageFault>& faults, const std::string& what) {
  for (const PageFault& f : faults)
    if (f.message.find(what) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("page numbers in order give no page fault in any form or language", "[quality][page-order]") {
  struct Case {
    Form form;
    const std::vector<std::string>* body;
    bool ocr;
  };
  const std::vector<Case> cases = {{Form::of_total, &kEnglish, false}, {Form::page_head, &kEnglish, false},
                                   {Form::bare, &kEnglish, false},     {Form::of_total, &kRussian, false},
                                   {Form::of_total, &kFrench, true},   {Form::bare, &kRussian, true}};
  std::size_t ran = 0;
  for (const Case& c : cases) {
    for (const std::vector<int>& printed : {std::vector<int>{2, 3, 4}, std::vector<int>{2}}) {
      const Document doc = printed_document(printed, static_cast<int>(printed.size()) + 1, c.form, *c.body, c.ocr);
      // The page numbers were read from the furniture the pass logged.
      const bool logged = !edits_of(doc, "remove_page_number").empty() || !edits_of(doc, "remove_page_furniture").empty();
      CHECK(logged);
      // Page 1 (the masthead's) is not in these documents: page 1 here
      // prints 2. Printed with its total (2/4), one page is missing; a
      // number without its total may be a volume's (a record's 653).
      const auto faults = page_sequence_faults(doc);
      if (c.form == Form::of_total) {
        REQUIRE(faults.size() == 1);
        CHECK(faults[0].where.page == 1);
        CHECK(any_message_has(faults, "1 page missing (page numbers no page prints: 1)"));
      } else {
        CHECK(faults.empty());
      }
      ++ran;
    }
  }
  CHECK(ran == 12);
}

TEST_CASE("pages swapped are found from the numbers their furniture prints", "[quality][page-order]") {
  std::size_t ran = 0;
  for (const Form form : {Form::of_total, Form::page_head, Form::bare}) {
    for (const auto* body : {&kEnglish, &kRussian, &kFrench}) {
      // Page 1 prints 1 here (a bare or N/M number, or "Page 1").
      const Document doc = printed_document({1, 3, 2, 4}, 4, form, *body, body == &kFrench);
      const auto faults = page_sequence_faults(doc);
      REQUIRE(faults.size() == 1);
      CHECK(faults[0].where.page == 3);
      CHECK(any_message_has(faults, "page 3 prints page number 2 after page 2 prints page number 3: pages out of order"));
      ++ran;
    }
  }
  CHECK(ran == 9);
}

TEST_CASE("pages missing at the end between and at the start are found", "[quality][page-order]") {
  // A 2-page piece of a 13-page document: only N/M tells.
  const auto end = page_sequence_faults(printed_document({1, 2}, 13, Form::of_total, kEnglish));
  REQUIRE(end.size() == 1);
  CHECK(any_message_has(end, "11 pages missing (page numbers no page prints: 3-13)"));
  // Page 3 of 5 lost: every form tells.
  std::size_t ran = 0;
  for (const Form form : {Form::of_total, Form::page_head, Form::bare}) {
    const auto between = page_sequence_faults(printed_document({1, 2, 4, 5}, 5, form, kRussian));
    REQUIRE(between.size() == 1);
    if (form == Form::of_total) {
      CHECK(any_message_has(between, "1 page missing (page numbers no page prints: 3)"));
    } else {
      CHECK(between[0].where.page == 3);
      CHECK(any_message_has(between, "1 page missing between them"));
    }
    ++ran;
  }
  CHECK(ran == 3);
  // A number printed on two pages is no page's own (a printing error).
  CHECK(page_sequence_faults(printed_document({1, 2, 3, 2, 5, 2}, 6, Form::of_total, kEnglish)).empty());
  // A page printing two different numbers is not judged.
  Document doc = printed_document({1, 3, 2}, 3, Form::of_total, kEnglish);
  doc.pages[1].lines.push_back(laid_line("Page 7", 30, 300));
  run_passes(doc, {"remove_furniture"});
  CHECK(page_sequence_faults(doc).empty());
}

TEST_CASE("a text dump with form feeds is judged by the page numbers of its heads", "[quality][page-order]") {
  auto dump = [](const std::vector<int>& printed) {
    std::string text = "A/RES/78/144\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n1/3\n";
    for (const int n : printed)
      text += "\fA/RES/78/144\n\nRequests the Secretary-General to report on the question.\n\nDecides to remain seized.\n\n" +
              std::to_string(n) + "/3\n";
    return doc_from_text(text, "dump.txt");
  };
  Document in_order = dump({2, 3});
  run_passes(in_order, {"remove_furniture"});
  CHECK(page_sequence_faults(in_order).empty());
  Document swapped = dump({3, 2});
  run_passes(swapped, {"remove_furniture"});
  const auto faults = page_sequence_faults(swapped);
  REQUIRE(faults.size() == 1);
  CHECK(faults[0].where.page == 3);
}

// ---- The whole pipeline on generated PDFs -----------------------------------

namespace {

struct Run {
  double x = 0, y = 0, size = 10;
  std::string text;
};

std::string content_of(const std::vector<Run>& runs) {
  std::string out = "BT\n";
  char buf[160];
  for (const Run& r : runs) {
    std::snprintf(buf, sizeof buf, "/F1 %.2f Tf 1 0 0 1 %.2f %.2f Tm (", r.size, r.x, 792 - r.y);
    out += buf + r.text + ") Tj\n";
  }
  return out + "ET\n";
}

const std::vector<std::string> kOperative = {
    "1. Welcomes the report of the Secretary-General on agricultural technology;",
    "2. Encourages Member States to strengthen their national research systems;",
    "3. Calls upon the international community to support these efforts;",
    "4. Requests the Secretary-General to report to it at its next session;",
    "5. Decides to include in the provisional agenda of its next session the item;",
    "6. Invites the organizations of the United Nations system to contribute;",
    "7. Stresses the importance of cooperation among developing countries;",
    "8. Decides to remain seized of the matter."};

// Page k (1-based) of a 4-page resolution A/RES/78/144, as printed: page 1
// with its masthead, the later pages with the running head and "k/4".
std::vector<Run> resolution_page(int k) {
  std::vector<Run> runs;
  if (k == 1) {
    runs = {{72, 50, 14, "United Nations"}, {470, 50, 14, "A/RES/78/144"}, {72, 80, 14, "General Assembly"},
            {400, 80, 10, "Distr.: General"}, {400, 92, 10, "22 December 2023"}, {72, 130, 10, "Seventy-eighth session"},
            {72, 142, 10, "Agenda item 18"}, {72, 200, 12, "78/144. Agricultural technology for sustainable development"},
            {72, 230, 10, "The General Assembly,"}, {90, 244, 10, "Recalling its resolutions on the subject,"},
            {72, 740, 9, "23-25924 (E)"}};
    return runs;
  }
  runs.push_back({72, 40, 9, "A/RES/78/144"});
  runs.push_back({350, 40, 9, "Agricultural technology for sustainable development"});
  for (int i = 0; i < 2; ++i)
    runs.push_back({90, 100 + 14.0 * i, 10, kOperative[static_cast<std::size_t>(2 * (k - 2) + i)]});
  runs.push_back({60, 750, 9, std::to_string(k) + "/4"});
  runs.push_back({500, 750, 9, "23-25924"});
  return runs;
}

Conversion convert_pages(const std::vector<int>& order, const std::string& name) {
  std::vector<std::string> contents;
  for (const int k : order) contents.push_back(content_of(resolution_page(k)));
  return pipeline().convert(name, pdf_of_text_pages(contents, {"Times-Roman"}));
}

std::vector<std::string> warnings_with(const Document& doc, const std::string& what) {
  std::vector<std::string> out;
  for (const Diagnostic& d : doc.log.warnings())
    if (d.message.find(what) != std::string::npos) out.push_back(d.message);
  return out;
}

}  // namespace

TEST_CASE("a generated PDF with pages swapped warns and scores lower than in order", "[quality][page-order][pdf]") {
  const Conversion in_order = convert_pages({1, 2, 3, 4}, "in-order.pdf");
  CHECK(in_order.quality.page_faults == 0);
  CHECK(warnings_with(in_order.document, "out of order").empty());
  const Conversion swapped = convert_pages({1, 3, 2, 4}, "swapped.pdf");
  CHECK(swapped.quality.page_faults == 1);
  CHECK(swapped.quality.pages == Approx(kPageFaultFactor));
  CHECK(swapped.quality.score < in_order.quality.score * 0.6);
  CHECK(warnings_with(swapped.document, "page 3 prints page number 2 after page 2 prints page number 3").size() == 1);
  // Never reordered: the text keeps the order given.
  const std::string& text = swapped.text;
  CHECK(text.find("3. Calls") < text.find("1. Welcomes"));
}

TEST_CASE("a generated PDF of two pages of four warns of pages missing", "[quality][page-order][pdf]") {
  const Conversion first2 = convert_pages({1, 2}, "first2.pdf");
  CHECK(first2.quality.page_faults == 1);
  CHECK(warnings_with(first2.document, "2 pages missing (page numbers no page prints: 1, 3-4)").size() == 1);
}

TEST_CASE("a generated PDF without its masthead page takes the symbol its running heads print", "[masthead][page-order][pdf]") {
  const Conversion cut = convert_pages({2, 3, 4}, "nomast.pdf");
  REQUIRE(cut.resolution.meta.symbol);
  CHECK(*cut.resolution.meta.symbol == "A/RES/78/144");
  CHECK(warnings_with(cut.document, "is taken from the running heads of pages 1, 2, 3").size() == 1);
  CHECK(warnings_with(cut.document, "1 page missing (page numbers no page prints: 1)").size() == 1);
  // Heads that print two symbols give none.
  std::vector<std::string> contents;
  for (const int k : {2, 3}) {
    std::vector<Run> runs = resolution_page(k);
    if (k == 3) runs[0].text = "A/RES/78/145";
    contents.push_back(content_of(runs));
  }
  const Conversion mixed = pipeline().convert("mixed.pdf", pdf_of_text_pages(contents, {"Times-Roman"}));
  CHECK_FALSE(mixed.resolution.meta.symbol);
}
