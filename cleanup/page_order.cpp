// order_pages: a page printed twice, and pages bound out of the order their
// printed numbers give.
//
// A page whose text (every line: body, heads, page number) is another
// page's, letter for letter, is a page printed twice: its lines leave the
// text (role marker, an edit each) and a warning names both pages. Two
// scanned pages whose words nearly agree are one page scanned twice, or
// two pages alike: both are kept, with a warning.
//
// The pages are put in the order their printed numbers give only when
// that is certain: no page printed twice; every page but a first page
// printing none (a UN masthead page) prints exactly one number, read from
// the furniture remove_furniture took at the page's head or foot (on a
// scan, read by OCR with confidence); the numbers are distinct and each of
// start..end once (1..N when the first page prints none), any total they
// print is the last; and every numbered page's running head prints the
// document's symbol (one document, not a compilation). Then the pages are
// read in that order (one edit: the order before and after, and a
// warning). Otherwise they stay as given and the quality check warns
// (verify/quality.hpp page_sequence_faults). A page keeps its number
// (Page::number: its place in the source), so every position still names
// the page of the source.
#include <algorithm>
#include <cstdint>
#include <map>
#include <numeric>
#include <string_view>

#include "cleanup/cleanup.hpp"
#include "cleanup/page_numbers.hpp"
#include "cleanup/pass_util.hpp"
#include "core/digits.hpp"
#include "core/text.hpp"

namespace akn {

namespace {

constexpr std::string_view kPass = "order_pages";

// ---- Thresholds ----------------------------------------------------------------
// A page with fewer letters and figures than this (a blank page, a map) is
// not compared with the others: two of them may well be alike.
constexpr std::size_t kMinComparedSigns = 200;
// Two pages, one of them read by OCR, whose pairs of consecutive words are
// this share of both pages' pairs (Jaccard) or more, and whose lengths are
// within this ratio, are taken for one page scanned twice.
constexpr double kNearSameWordPairs = 0.9;
constexpr double kNearSameLength = 0.9;
// An OCR page's printed number is trusted for reordering when every word
// of its line holding a figure was read with this confidence (0..100) or more.
constexpr double kConfidentNumber = 80;
// ----------------------------------------------------------------------------------

// A page's text as compared with the others.
struct PageText {
  std::u32string signs;              // its letters and figures, in order
  std::vector<std::uint64_t> pairs;  // hashes of its pairs of consecutive words, sorted, unique
  bool scanned = false;              // read by OCR (or an OCR text layer)
};

std::uint64_t pair_hash(const std::u32string& a, const std::u32string& b) {
  std::uint64_t h = 14695981039346656037ULL;  // FNV-1a
  auto add = [&h](char32_t c) {
    h ^= static_cast<std::uint64_t>(c);
    h *= 1099511628211ULL;
  };
  for (const char32_t c : a) add(c);
  add(U' ');
  for (const char32_t c : b) add(c);
  return h;
}

// A plain ASCII byte's sign: the letter lowered or the figure, 0 for
// anything else (is_letter, decimal_digit_value and to_lower agree on it).
char32_t ascii_sign(unsigned char c) {
  if (c >= '0' && c <= '9') return c;
  const unsigned char lower = c | 0x20u;
  return lower >= 'a' && lower <= 'z' ? lower : 0;
}

// `with_pairs`: the pairs of words too (only a scanned page is compared by them).
PageText page_text(const Page& page, bool with_pairs) {
  PageText t;
  t.scanned = page.ocr || page.ocr_layer;
  std::u32string word, last;
  auto close = [&] {
    if (word.empty()) return;
    if (!last.empty()) t.pairs.push_back(pair_hash(last, word));
    last = std::move(word);
    word.clear();
  };
  // Each sign is one code point, of one byte or more: the page's bytes bound
  // their count, so the signs are written into place, without a check of
  // the capacity at each one (a call per letter, most of the pass).
  std::size_t bytes = 0, n = 0;
  for (const Line& line : page.lines) bytes += line.text.size();
  t.signs.resize(bytes);
  auto sign = [&](char32_t c) {
    t.signs[n++] = c;
    if (with_pairs) word.push_back(c);
  };
  for (const Line& line : page.lines) {
    const std::string_view text = line.text;
    for (std::size_t i = 0; i < text.size();) {
      const auto byte = static_cast<unsigned char>(text[i]);
      if (byte < 0x80) {
        ++i;
        if (const char32_t c = ascii_sign(byte)) sign(c);
        else close();
        continue;
      }
      const char32_t c = next_code_point(text, i);
      if (is_letter(c) || decimal_digit_value(c) >= 0) sign(to_lower(c));
      else close();
    }
    close();
  }
  t.signs.resize(n);
  std::sort(t.pairs.begin(), t.pairs.end());
  t.pairs.erase(std::unique(t.pairs.begin(), t.pairs.end()), t.pairs.end());
  return t;
}

double shared_pairs(const PageText& a, const PageText& b) {
  std::size_t both = 0;
  for (std::size_t i = 0, j = 0; i < a.pairs.size() && j < b.pairs.size();) {
    if (a.pairs[i] == b.pairs[j]) {
      ++both;
      ++i;
      ++j;
    } else if (a.pairs[i] < b.pairs[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  const std::size_t either = a.pairs.size() + b.pairs.size() - both;
  return either == 0 ? 0 : static_cast<double>(both) / static_cast<double>(either);
}

bool nearly_same(const PageText& a, const PageText& b) {
  if (!a.scanned && !b.scanned) return false;
  // By value: std::minmax of two temporaries returns references to them.
  const std::size_t shorter = std::min(a.signs.size(), b.signs.size());
  const std::size_t longer = std::max(a.signs.size(), b.signs.size());
  return static_cast<double>(shorter) >= kNearSameLength * static_cast<double>(longer) &&
         shared_pairs(a, b) >= kNearSameWordPairs;
}

// A page that repeats an earlier one.
struct Repeat {
  std::size_t first = 0, again = 0;  // indices into doc.pages
  bool identical = false;
};

std::vector<Repeat> repeated_pages(const Document& doc) {
  std::vector<Repeat> out;
  if (doc.pages.size() < 2) return out;
  // Pairs of words compare two pages only when one of them is scanned.
  const bool with_pairs = std::any_of(doc.pages.begin(), doc.pages.end(), [](const Page& p) { return p.ocr || p.ocr_layer; });
  std::vector<PageText> texts;
  texts.reserve(doc.pages.size());
  for (const Page& page : doc.pages) texts.push_back(page_text(page, with_pairs));
  std::map<std::u32string_view, std::size_t> seen;  // views of texts' signs, which outlive it
  for (std::size_t k = 0; k < texts.size(); ++k) {
    if (texts[k].signs.size() < kMinComparedSigns) continue;
    if (const auto [at, fresh] = seen.emplace(texts[k].signs, k); !fresh) {
      out.push_back({at->second, k, true});
      continue;
    }
    for (std::size_t i = 0; i < k; ++i)
      if (texts[i].signs.size() >= kMinComparedSigns && nearly_same(texts[i], texts[k])) {
        out.push_back({i, k, false});
        break;
      }
  }
  return out;
}

std::string without_spaces(std::string_view s) {
  std::string out;
  for (const char c : s)
    if (c != ' ' && c != '\t') out += c;
  return out;
}

std::string page_name(const Document& doc, std::size_t k) { return "page " + std::to_string(doc.pages[k].number); }

void report_repeat(Document& doc, const Repeat& r) {
  const std::string again = page_name(doc, r.again), first = page_name(doc, r.first);
  if (!r.identical) {
    doc.log.warn(std::string(kPass), Position{doc.pages[r.again].number, 0, 0},
                 again + " nearly repeats " + first + " (OCR read the same words on both): a page scanned twice, or two pages alike; both are kept: check the source");
    return;
  }
  for (std::size_t l = 0; l < doc.pages[r.again].lines.size(); ++l) {
    const LineRole role = doc.pages[r.again].lines[l].role;
    if (role == LineRole::blank || role == LineRole::furniture || role == LineRole::marker) continue;
    detail::set_role(doc, kPass, "drop_repeated_page", {r.again, l}, LineRole::marker,
                     again + " repeats " + first + " letter for letter (a page printed twice): its text is read once, on " + first);
  }
  doc.log.warn(std::string(kPass), Position{doc.pages[r.again].number, 0, 0},
               again + " repeats " + first + " letter for letter: a page printed twice; it is left out of the text (" +
                   first + " holds it): check the source for a page missing in its place");
}

// ---- The printed order --------------------------------------------------------

// Whether an OCR page's number was read with confidence (a text layer's always is).
bool read_with_confidence(const Document& doc, std::size_t k, const PrintedNumber& p) {
  const Page& page = doc.pages[k];
  if (!page.ocr) return true;
  for (std::size_t l = 0; l < page.lines.size(); ++l) {
    if (doc.position_of(k, l).line != p.line) continue;
    const Line& line = page.lines[l];
    for (const Word& w : line.words) {
      const std::string_view text = std::string_view(line.text).substr(w.begin, w.end - w.begin);
      if (text.find_first_of("0123456789") != std::string_view::npos && w.confidence < kConfidentNumber) return false;
    }
    return true;
  }
  return false;
}

// Whether a running head of page k (its masthead, on the first page)
// prints the document's symbol.
bool head_prints_symbol(const Document& doc, std::size_t k, const std::string& symbol) {
  for (const Edit& e : doc.log.edits())
    if (((e.pass == "remove_furniture" && e.role == "furniture") || (k == 0 && e.role == "masthead")) &&
        e.where.page == doc.pages[k].number &&
        without_spaces(e.before).find(symbol) != std::string::npos)
      return true;
  return false;
}

// The pages' indices in the order their printed numbers give, when that is
// certain (see the file's comment); nullopt when not, or when the pages are
// in that order already.
std::optional<std::vector<std::size_t>> printed_order(const Document& doc) {
  if (doc.pages.size() < 2 || !doc.meta.symbol || doc.meta.symbol->empty()) return std::nullopt;
  const std::string symbol = without_spaces(*doc.meta.symbol);
  const auto numbers = printed_page_numbers(doc);
  const std::size_t from = numbers[0] ? 0 : 1;  // a first page printing none reads first
  std::vector<std::pair<long, std::size_t>> by_number;
  for (std::size_t k = from; k < numbers.size(); ++k) {
    if (!numbers[k] || !read_with_confidence(doc, k, *numbers[k]) || !head_prints_symbol(doc, k, symbol)) return std::nullopt;
    by_number.emplace_back(numbers[k]->number, k);
  }
  std::sort(by_number.begin(), by_number.end());
  const long start = from == 1 ? 2 : by_number.front().first;
  const long end = start + static_cast<long>(by_number.size()) - 1;
  for (std::size_t i = 0; i < by_number.size(); ++i)
    if (by_number[i].first != start + static_cast<long>(i)) return std::nullopt;
  for (std::size_t k = from; k < numbers.size(); ++k)
    if (numbers[k]->total != 0 && numbers[k]->total != end) return std::nullopt;
  std::vector<std::size_t> order(from, 0);
  for (const auto& nk : by_number) order.push_back(nk.second);
  std::vector<std::size_t> given(doc.pages.size());
  std::iota(given.begin(), given.end(), std::size_t{0});
  if (order == given) return std::nullopt;
  return order;
}

std::string page_numbers_in(const Document& doc, const std::vector<std::size_t>& order) {
  std::string out;
  for (const std::size_t k : order) out += (out.empty() ? "" : ", ") + std::to_string(doc.pages[k].number);
  return out;
}

// What moved, in words: "page 3 prints 2, page 2 prints 3".
std::string moved_pages(const Document& doc, const std::vector<std::size_t>& order) {
  const auto numbers = printed_page_numbers(doc);
  std::string moved;
  for (std::size_t i = 0; i < order.size(); ++i)
    if (order[i] != i)
      moved += (moved.empty() ? "" : ", ") + page_name(doc, order[i]) + " prints " + std::to_string(numbers[order[i]]->number);
  return moved;
}

void reorder(Document& doc, const std::vector<std::size_t>& order) {
  std::vector<std::size_t> given(doc.pages.size());
  std::iota(given.begin(), given.end(), std::size_t{0});
  const std::string moved = moved_pages(doc, order);
  std::size_t first_moved = 0;
  while (order[first_moved] == first_moved) ++first_moved;
  Edit e;
  e.pass = kPass;
  e.kind = "reorder_pages";
  e.before = page_numbers_in(doc, given);
  e.after = page_numbers_in(doc, order);
  e.reason = "the pages are read in the order their printed numbers give (" + moved +
             "): every page prints one number, the numbers run once each without a gap, and every running head prints " +
             *doc.meta.symbol;
  doc.log.warn(std::string(kPass), Position{doc.pages[order[first_moved]].number, 0, 0},
               "pages out of the order their printed numbers give (" + moved + "): read in the printed order, pages " + e.after +
                   " of the source; check the source");
  doc.log.add(std::move(e));
  std::vector<Page> pages;
  pages.reserve(order.size());
  for (const std::size_t k : order) pages.push_back(std::move(doc.pages[k]));
  doc.pages = std::move(pages);
}

}  // namespace

void order_pages(Document& doc, const PassContext&) {
  const std::vector<Repeat> repeats = repeated_pages(doc);
  for (const Repeat& r : repeats) report_repeat(doc, r);
  if (!repeats.empty()) return;  // a page printed twice leaves the order in doubt
  if (const auto order = printed_order(doc)) reorder(doc, *order);
}

}  // namespace akn
