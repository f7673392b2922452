// Pages out of the order their printed numbers give, pages missing, and a
// document whose masthead page is missing (verify/quality.hpp
// page_sequence_faults; parse_masthead's symbol from the running heads).
// On main none of this was checked: a PDF with two pages swapped scored
// 0.9956 with no warning, and one cut from its masthead page took no
// symbol although every page's head printed it.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <tuple>
#include <unistd.h>
#include <string>
#include <vector>

#include "cleanup/page_numbers.hpp"
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
  // The bare number beside the job number, set apart by a wide gap, as
  // S/2012/197 prints it: left of it ("2      12-27711"), right of it
  // ("12-27711      3"), or left on even pages and right on odd ones.
  bare_job_left,
  bare_job_right,
  bare_job_sides,
};

// A footer line of parts (text, x) set apart by wide gaps, at height y0.
Line parts_line(const std::vector<std::pair<std::string, double>>& parts, double y0, double size) {
  Line line = laid_line(parts.front().first, y0, parts.front().second, size);
  for (std::size_t k = 1; k < parts.size(); ++k) {
    const Line part = laid_line(parts[k].first, y0, parts[k].second, size);
    const std::size_t shift = line.text.size() + 1;
    line.text += " " + part.text;
    for (Word w : part.words) {
      w.begin += shift;
      w.end += shift;
      line.words.push_back(w);
    }
    line.box = line.box->united(*part.box);
  }
  return line;
}

// The footer of a page printing `printed` (none when 0) in one of the
// forms beside the job number.
Line job_footer(int printed, Form form) {
  const std::string job = "23-25924";
  if (printed <= 0) return laid_line(job, 750, 500, 8);
  const bool left = form == Form::bare_job_left || (form == Form::bare_job_sides && printed % 2 == 0);
  const std::string number = std::to_string(printed);
  return left ? parts_line({{number, 60}, {job, 500}}, 750, 8) : parts_line({{job, 60}, {number, 540}}, 750, 8);
}

// How a head names a page: "Page " 3 "", "Página " 3 "", "第" 3 "页".
struct PageWord {
  std::string before = "Page ", after;
};

// A continuation page printing `printed` (its number; none when 0) under
// form `form`, of a document of `total` pages, in `language`'s words.
Page printed_page(int physical, int printed, int total, Form form, const std::vector<std::string>& body,
                  const PageWord& word = {}) {
  Page page;
  page.number = physical;
  page.width = 612;
  page.height = 792;
  const std::string symbol = "A/RES/78/144";
  if (form == Form::page_head) {
    page.lines.push_back(laid_line(symbol, 40, 460));
    page.lines.push_back(laid_line("English", 52, 460));
    if (printed > 0) page.lines.push_back(laid_line(word.before + std::to_string(printed) + word.after, 64, 460));
  } else {
    page.lines.push_back(laid_line(symbol, 50, 72, 9));
  }
  for (std::size_t i = 0; i < body.size(); ++i) page.lines.push_back(laid_line(body[i], 110 + 12.0 * static_cast<double>(i)));
  if (form == Form::bare_job_left || form == Form::bare_job_right || form == Form::bare_job_sides) {
    page.lines.push_back(job_footer(printed, form));
  } else if (printed <= 0) {
    // No number (a masthead page).
  } else if (form == Form::of_total) {
    const std::string of_total = std::to_string(printed) + "/" + std::to_string(total);
    page.lines.push_back(parts_line({{of_total, 60}, {"23-25924", 500}}, 750, 8));
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
                          bool ocr = false, const PageWord& word = {}) {
  Document doc;
  doc.source.kind = "pdf";
  doc.meta.symbol.emplace("A/RES/78/144");
  for (std::size_t k = 0; k < printed.size(); ++k) {
    doc.pages.push_back(printed_page(static_cast<int>(k + 1), printed[k], total, form, body, word));
    doc.pages.back().ocr = ocr;
  }
  run_passes(doc, {"remove_furniture"});
  return doc;
}

// The physical page numbers of `doc` in the order it reads them.
std::vector<int> reading_order(const Document& doc) {
  std::vector<int> out;
  for (const Page& p : doc.pages) out.push_back(p.number);
  return out;
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

TEST_CASE("pages swapped are found from page numbers printed in the six UN languages", "[quality][page-order]") {
  // A 1990s head: symbol, language, the page in the language's words.
  const std::vector<std::pair<PageWord, const std::vector<std::string>*>> words = {
      {{"Page ", ""}, &kFrench},           {{"P\u00E1gina ", ""}, &kEnglish},
      {{"\u0421\u0442\u0440\u0430\u043D\u0438\u0446\u0430 ", ""}, &kRussian}, {{"\u0421\u0442\u0440. ", ""}, &kRussian},
      {{"\u0627\u0644\u0635\u0641\u062D\u0629 ", ""}, &kEnglish}, {{"\u7B2C", "\u9875"}, &kEnglish}};
  std::size_t ran = 0;
  for (const auto& [word, body] : words) {
    INFO(word.before << word.after);
    Document doc = printed_document({1, 3, 2, 4}, 4, Form::page_head, *body, false, word);
    const auto faults = page_sequence_faults(doc);
    REQUIRE(faults.size() == 1);
    CHECK(any_message_has(faults, "page 3 prints page number 2 after page 2 prints page number 3: pages out of order"));
    // Certain: read in the printed order.
    run_passes(doc, {"order_pages"});
    CHECK(edits_of(doc, "reorder_pages").size() == 1);
    ++ran;
  }
  CHECK(ran == 6);
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

TEST_CASE("pages swapped are found from a bare number beside the job number", "[quality][page-order]") {
  // On main a bare number in a footer of parts ("2      12-27711",
  // "12-27711      3", as S/2012/197 prints them) was taken off as
  // furniture but not read as the page's number: pages swapped passed.
  std::size_t ran = 0;
  for (const Form form : {Form::bare_job_left, Form::bare_job_right, Form::bare_job_sides, Form::bare, Form::page_head,
                          Form::of_total}) {
    INFO(static_cast<int>(form));
    // Page 1 prints none (a masthead page); in order, each later page's number is read.
    const Document in_order = printed_document({0, 2, 3}, 3, form, kEnglish);
    const auto numbers = printed_page_numbers(in_order);
    REQUIRE(numbers.size() == 3);
    CHECK_FALSE(numbers[0]);
    REQUIRE(numbers[1]);
    CHECK(numbers[1]->number == 2);
    REQUIRE(numbers[2]);
    CHECK(numbers[2]->number == 3);
    CHECK(page_sequence_faults(in_order).empty());
    // Three pages, the last two swapped.
    Document swapped = printed_document({0, 3, 2}, 3, form, kEnglish);
    const auto faults = page_sequence_faults(swapped);
    REQUIRE(faults.size() == 1);
    CHECK(faults[0].where.page == 3);
    CHECK(any_message_has(faults, "page 3 prints page number 2 after page 2 prints page number 3: pages out of order"));
    run_passes(swapped, {"order_pages"});
    CHECK(reading_order(swapped) == std::vector<int>{1, 3, 2});
    // Two pages, both numbered, the second bound first.
    Document two = printed_document({2, 1}, 2, form, kRussian);
    CHECK(any_message_has(page_sequence_faults(two), "pages out of order"));
    run_passes(two, {"order_pages"});
    CHECK(reading_order(two) == std::vector<int>{2, 1});
    ++ran;
  }
  CHECK(ran == 6);
}

TEST_CASE("a missing page 2 is found after a first page printing no number", "[quality][page-order]") {
  // On main the gap check needed a number on the page before, and page 1
  // (a masthead page) prints none: a document whose second page prints 3
  // passed with no fault.
  std::size_t ran = 0;
  for (const Form form : {Form::bare, Form::bare_job_left, Form::bare_job_right, Form::bare_job_sides, Form::page_head}) {
    INFO(static_cast<int>(form));
    for (const std::vector<int>& printed : {std::vector<int>{0, 3}, std::vector<int>{0, 3, 4}}) {
      const auto faults = page_sequence_faults(printed_document(printed, 0, form, kEnglish));
      REQUIRE(faults.size() == 1);
      CHECK(faults[0].where.page == 2);
      CHECK(any_message_has(faults, "page 2 prints page number 3 after page 1, which prints none (page 1): 1 page missing "
                                    "between them (page numbers no page prints: 2)"));
      ++ran;
    }
    // Pages 2 and 3 lost of a longer document.
    CHECK(any_message_has(page_sequence_faults(printed_document({0, 4, 5, 6}, 0, form, kEnglish)),
                          "2 pages missing between them (page numbers no page prints: 2-3)"));
    // In order: no fault.
    CHECK(page_sequence_faults(printed_document({0, 2}, 0, form, kEnglish)).empty());
    CHECK(page_sequence_faults(printed_document({0, 2, 3}, 0, form, kEnglish)).empty());
    // A volume's numbers (a record's pages print 653, 654) are no gap.
    CHECK(page_sequence_faults(printed_document({0, 653, 654}, 0, form, kEnglish)).empty());
  }
  CHECK(ran == 10);
  // With a total, "3/3" after a page printing none tells it already: one fault.
  const auto total = page_sequence_faults(printed_document({0, 3}, 3, Form::of_total, kEnglish));
  REQUIRE(total.size() == 1);
  CHECK(any_message_has(total, "1 page missing (page numbers no page prints: 2)"));
}

TEST_CASE("a last page ending with the continuation mark warns of the pages after it missing", "[quality][page-order]") {
  // On main a document cut after a page printing "/..." passed with no fault.
  auto with_mark = [](const std::vector<int>& printed, Form form, std::size_t marked, bool beside_job) {
    Document doc;
    doc.source.kind = "pdf";
    doc.meta.symbol.emplace("A/RES/78/144");
    for (std::size_t k = 0; k < printed.size(); ++k)
      doc.pages.push_back(printed_page(static_cast<int>(k + 1), printed[k], 0, form, kEnglish));
    doc.pages[marked].lines.push_back(beside_job ? parts_line({{"23-25924 (E)", 60}, {"/...", 540}}, 765, 8)
                                                 : laid_line("/...", 765, 540, 8));
    run_passes(doc, {"remove_furniture"});
    return page_sequence_faults(doc);
  };
  std::size_t ran = 0;
  for (const Form form : {Form::bare, Form::bare_job_sides, Form::page_head}) {
    for (const bool beside_job : {false, true}) {
      for (const std::vector<int>& printed : {std::vector<int>{0, 2}, std::vector<int>{0, 2, 3}}) {
        const std::size_t last = printed.size() - 1;
        const auto cut = with_mark(printed, form, last, beside_job);
        REQUIRE(cut.size() == 1);
        CHECK(cut[0].where.page == static_cast<int>(last + 1));
        CHECK(any_message_has(cut, "ends with the continuation mark \"/...\": the pages after it are missing"));
        // The mark on a page before the last: the text goes on, as it should.
        CHECK(with_mark(printed, form, last - 1, beside_job).empty());
        ++ran;
      }
    }
  }
  CHECK(ran == 12);
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
  // Every page prints its number and every head the symbol: read in the
  // printed order, with an edit and a warning (order_pages).
  CHECK(warnings_with(swapped.document, "pages out of the order their printed numbers give (page 3 prints 2, page 2 prints 3)").size() == 1);
  const auto reorders = edits_of(swapped.document, "reorder_pages");
  REQUIRE(reorders.size() == 1);
  CHECK(reorders[0].before == "1, 2, 3, 4");
  CHECK(reorders[0].after == "1, 3, 2, 4");
  CHECK(swapped.text == in_order.text);
  CHECK(swapped.akn.substr(swapped.akn.find("<preface")) == in_order.akn.substr(in_order.akn.find("<preface")));
  CHECK(swapped.quality.unaccounted == 0);
}

TEST_CASE("a generated PDF of two pages of four warns of pages missing", "[quality][page-order][pdf]") {
  const Conversion first2 = convert_pages({1, 2}, "first2.pdf");
  CHECK(first2.quality.page_faults == 1);
  // Page 1 prints no number (the masthead's): it is not one of those missing.
  CHECK(warnings_with(first2.document, "2 pages missing (page numbers no page prints: 3-4)").size() == 1);
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

// ---- order_pages: the printed order, when certain -----------------------------

namespace {

void set_confidence(Document& doc, double confidence) {
  for (Page& p : doc.pages)
    for (Line& l : p.lines)
      for (Word& w : l.words) w.confidence = confidence;
}

}  // namespace

TEST_CASE("pages out of their printed order are read in it when every page prints one number", "[cleanup][page-order]") {
  std::size_t ran = 0;
  for (const Form form : {Form::of_total, Form::page_head, Form::bare}) {
    for (const auto* body : {&kEnglish, &kRussian, &kFrench}) {
      const bool ocr = body == &kFrench;
      Document doc = printed_document({1, 3, 2, 4}, 4, form, *body, ocr);
      if (ocr) set_confidence(doc, 95);
      run_passes(doc, {"order_pages"});
      CHECK(reading_order(doc) == std::vector<int>{1, 3, 2, 4});
      // Positions keep naming the source's pages; the pages print in order.
      const auto faults = page_sequence_faults(doc);
      REQUIRE(faults.size() == 1);
      CHECK(faults[0].logged);
      CHECK(faults[0].where.page == 3);
      CHECK(any_message_has(faults, "read in the printed order, pages 1, 3, 2, 4 of the source"));
      ++ran;
    }
  }
  CHECK(ran == 9);
  // Two pages, both numbered, bound the other way round.
  Document two = printed_document({2, 1}, 2, Form::of_total, kRussian);
  run_passes(two, {"order_pages"});
  CHECK(reading_order(two) == std::vector<int>{2, 1});
}

TEST_CASE("pages out of their printed order are kept as given when the order is not certain", "[cleanup][page-order]") {
  auto kept = [](Document doc) {
    run_passes(doc, {"order_pages"});
    CHECK(edits_of(doc, "reorder_pages").empty());
    CHECK(reading_order(doc) == std::vector<int>{1, 2, 3, 4});
    // The quality check still warns of the pages out of order.
    CHECK(any_message_has(page_sequence_faults(doc), "pages out of order; kept in the order given"));
  };
  // A page that prints no number (not the first).
  Document unnumbered;
  unnumbered.source.kind = "pdf";
  unnumbered.meta.symbol.emplace("A/RES/78/144");
  for (const int n : {1, 3, 2, 4}) unnumbered.pages.push_back(printed_page(static_cast<int>(unnumbered.pages.size() + 1), n, 4, Form::bare, kEnglish));
  unnumbered.pages[3].lines.pop_back();
  run_passes(unnumbered, {"remove_furniture"});
  kept(unnumbered);
  // Numbers that leave one out: the total says 5.
  kept(printed_document({1, 3, 2, 4}, 5, Form::of_total, kFrench));
  // Numbers with a gap and no total.
  kept(printed_document({1, 3, 2, 5}, 0, Form::bare, kRussian));
  // Heads that do not print the document's symbol (another document's).
  Document other = printed_document({1, 3, 2, 4}, 4, Form::of_total, kEnglish);
  other.meta.symbol.emplace("A/RES/78/145");
  kept(other);
  // No symbol known.
  Document unknown = printed_document({1, 3, 2, 4}, 4, Form::of_total, kEnglish);
  unknown.meta.symbol.reset();
  kept(unknown);
  // A scan whose numbers OCR read without confidence.
  Document doubtful = printed_document({1, 3, 2, 4}, 4, Form::of_total, kRussian, true);
  set_confidence(doubtful, 60);
  kept(doubtful);
}

TEST_CASE("a text dump with pages out of order is read in their printed order", "[cleanup][page-order][text]") {
  auto dump = [](const std::vector<int>& printed, int total) {
    std::string text;
    for (const int n : printed)
      text += std::string(text.empty() ? "" : "\f") + "A/RES/78/144\n\n" + std::to_string(n) +
              ". Requests the Secretary-General to report on the question numbered " + std::to_string(n) +
              ".\n\nDecides to consider question " + std::to_string(n) + " at its next session.\n\n" + std::to_string(n) + "/" + std::to_string(total) + "\n";
    return text;
  };
  const Conversion in_order = convert(dump({1, 2, 3}, 3), "in-order.txt");
  const Conversion swapped = convert(dump({1, 3, 2}, 3), "swapped.txt");
  CHECK(edits_of(in_order.document, "reorder_pages").empty());
  REQUIRE(edits_of(swapped.document, "reorder_pages").size() == 1);
  CHECK(edits_of(swapped.document, "reorder_pages")[0].after == "1, 3, 2");
  CHECK(swapped.text == in_order.text);
  CHECK(swapped.quality.unaccounted == 0);
  // Two pages, the second bound first.
  const Conversion two = convert(dump({2, 1}, 2), "two.txt");
  REQUIRE(edits_of(two.document, "reorder_pages").size() == 1);
  CHECK(two.text.find("numbered 1") < two.text.find("numbered 2"));
}

// ---- order_pages: a page printed twice --------------------------------------------

namespace {

const std::vector<std::string> kLongOperative = {
    "Reaffirms its commitment to the full implementation of the outcome of the conference and its programme",
    "of action, and calls upon all States to take the measures needed to attain the goals set out therein;",
    "Emphasizes the importance of international cooperation and of the transfer of technology on mutually",
    "agreed terms for the developing countries, in particular the least developed among them;",
    "Invites the regional commissions to contribute to the review within their respective mandates;"};

// Page k of a long 4-page resolution: the head, five lines of its own, "k/4".
std::vector<Run> long_page(int k) {
  if (k == 1) return resolution_page(1);
  std::vector<Run> runs = {{72, 40, 9, "A/RES/78/144"}, {350, 40, 9, "Agricultural technology for sustainable development"}};
  for (std::size_t i = 0; i < kLongOperative.size(); ++i)
    runs.push_back({90, 100 + 14.0 * static_cast<double>(i), 10,
                    (i == 0 ? std::to_string(k) + ". " : std::string()) + kLongOperative[(i + static_cast<std::size_t>(k)) % kLongOperative.size()]});
  runs.push_back({60, 750, 9, std::to_string(k) + "/4"});
  runs.push_back({500, 750, 9, "23-25924"});
  return runs;
}

std::string long_pdf(const std::vector<int>& order) {
  std::vector<std::string> contents;
  for (const int k : order) contents.push_back(content_of(long_page(k)));
  return pdf_of_text_pages(contents, {"Times-Roman"});
}

}  // namespace

TEST_CASE("a page printed twice is read once, with a warning naming both pages", "[cleanup][page-order][pdf]") {
  const Conversion once = pipeline().convert("once.pdf", long_pdf({1, 2, 3, 4}));
  CHECK(once.quality.page_faults == 0);
  std::size_t ran = 0;
  // Page 3 twice; page 1 (the masthead) twice; a 2-page document's page 2 twice.
  for (const auto& [order, repeated, first] : std::vector<std::tuple<std::vector<int>, int, int>>{
           {{1, 2, 3, 3, 4}, 4, 3}, {{1, 1, 2, 3, 4}, 2, 1}, {{1, 2, 2}, 3, 2}}) {
    const Conversion twice = pipeline().convert("twice.pdf", long_pdf(order));
    INFO(twice.text);
    const std::string message = "page " + std::to_string(repeated) + " repeats page " + std::to_string(first) + " letter for letter";
    CHECK(warnings_with(twice.document, message).size() == 1);
    CHECK(twice.quality.page_faults == 1);
    CHECK(twice.quality.pages == Approx(kPageFaultFactor));
    // Each line of its text leaves with an edit; nothing else is lost.
    CHECK_FALSE(edits_of(twice.document, "drop_repeated_page").empty());
    for (const Edit& e : edits_of(twice.document, "drop_repeated_page")) CHECK(e.where.page == repeated);
    CHECK(twice.quality.unaccounted == 0);
    CHECK(edits_of(twice.document, "reorder_pages").empty());
    if (order.size() == 5) CHECK(twice.text == once.text);
    ++ran;
  }
  CHECK(ran == 3);
}

TEST_CASE("a scanned page read twice nearly alike is warned of and kept", "[cleanup][page-order]") {
  auto page_of = [](int number, const std::vector<std::string>& body) {
    Page page = printed_page(number, number, 3, Form::of_total, body);
    page.ocr = true;
    return page;
  };
  std::vector<std::string> russian;
  for (int i = 0; i < 4; ++i)
    for (const std::string& l : kRussian) russian.push_back(l + " " + std::to_string(i));
  std::vector<std::string> again = russian;
  again[2] = "Генеральная Ассамблея, ссьлаясь на свои предыдущие резолюции, 1";  // one word misread
  Document doc;
  doc.source.kind = "pdf";
  doc.meta.symbol.emplace("A/RES/78/144");
  std::vector<std::string> other = russian;
  for (std::string& l : other) l = "Совет Безопасности " + l;
  doc.pages = {page_of(1, other), page_of(2, russian), page_of(3, again)};
  // Page 3 prints the number of page 2, as a page scanned twice does.
  doc.pages[2].lines.back() = laid_line("2/3 23-25924", 750, 60, 8);
  run_passes(doc, {"remove_furniture", "order_pages"});
  const auto faults = page_sequence_faults(doc);
  REQUIRE(faults.size() == 1);
  CHECK(faults[0].message.starts_with("page 3 nearly repeats page 2"));
  CHECK(edits_of(doc, "drop_repeated_page").empty());
  CHECK(edits_of(doc, "reorder_pages").empty());
  // Born-digital pages alike but for a word are two pages.
  for (Page& p : doc.pages) p.ocr = false;
  doc.log = {};
  run_passes(doc, {"remove_furniture", "order_pages"});
  CHECK(page_sequence_faults(doc).empty());
}

TEST_CASE("a scan with pages out of their printed order is read in it", "[cleanup][page-order][ocr][slow]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("akn-test-page-order-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path pdf = dir / "swapped.pdf", scan = dir / "swapped-scan.pdf";
  {
    std::vector<std::string> contents;
    for (const int k : {1, 3, 2, 4}) contents.push_back(content_of(resolution_page(k)));
    std::ofstream(pdf, std::ios::binary) << pdf_of_text_pages(contents, {"Times-Roman"});
  }
  const std::string command = std::string("'") + AKN_MAKE_SCAN + "' '" + pdf.string() + "' '" + scan.string() + "' > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  const Conversion c = pipeline().convert("swapped-scan.pdf", read_file(scan.string()));
  fs::remove_all(dir);
  INFO(c.text);
  REQUIRE(c.quality.ocr_pages == 4);
  REQUIRE(edits_of(c.document, "reorder_pages").size() == 1);
  CHECK(edits_of(c.document, "reorder_pages")[0].after == "1, 3, 2, 4");
  CHECK(c.text.find("1. Welcomes") < c.text.find("3. Calls"));
  CHECK(c.text.find("3. Calls") < c.text.find("5. Decides"));
}
