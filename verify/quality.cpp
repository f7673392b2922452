#include "verify/quality.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "core/known_words.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
// Two lines stand on one baseline when their heights overlap by more than
// this share of the smaller one.
constexpr double kSameBaseline = 0.5;
// A line is wholly to the left of another when it ends at most this many
// points (or pixels) into it.
constexpr double kLeftTolerance = 1.0;

// Every text of `res` that export writes as body text, with what it is.
void for_each_text(const Resolution& res, const std::function<void(const RichText&)>& f) {
  std::function<void(const std::vector<Point>&)> points = [&](const std::vector<Point>& pts) {
    for (const Point& p : pts) {
      f(p.text);
      points(p.points);
    }
  };
  auto operative = [&](const std::vector<OperativeParagraph>& ops) {
    for (const OperativeParagraph& op : ops) {
      f(op.text);
      points(op.points);
      if (op.wrap_up) f(*op.wrap_up);
      for (const Table& t : op.tables)
        for (const TableRow& row : t.rows)
          for (const TableCell& c : row.cells) f(c.text);
    }
  };
  if (res.title) f(*res.title);
  for (const RichText& t : res.other_preface) f(t);
  for (const PreambularParagraph& p : res.preamble) f(p.text);
  operative(res.operative);
  for (const Section& s : res.sections) {
    if (s.heading) f(*s.heading);
    for (const PreambularParagraph& p : s.preamble) f(p.text);
    operative(s.operative);
  }
  for (const Annex& a : res.annexes) {
    for (const RichText& h : a.heading) f(h);
    operative(a.paragraphs);
  }
  for (const Resolution& next : res.following) for_each_text(next, f);
}

Position position_at(const Document& doc, const RichText& t, std::size_t offset) {
  if (t.source.empty()) return {};
  Origin o = t.source.front();
  for (const Origin& x : t.source)
    if (x.offset <= offset) o = x;
  if (o.page < 1) return {};
  return doc.position_of(static_cast<std::size_t>(o.page - 1), static_cast<std::size_t>(o.line));
}

bool word_char(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '/'; }

// The document's own symbols standing alone in a text (not a reference in
// brackets or after "document").
void own_symbols(const Document& doc, const Resolution& res, const RichText& t, std::vector<Residue>& out) {
  std::vector<std::string> symbols = res.meta.other_symbols;
  if (res.meta.symbol) symbols.push_back(*res.meta.symbol);
  for (const std::string& symbol : symbols) {
    if (symbol.size() < 5) continue;
    for (std::size_t at = t.text.find(symbol); at != std::string::npos; at = t.text.find(symbol, at + 1)) {
      const std::size_t end = at + symbol.size();
      if ((at > 0 && word_char(t.text[at - 1])) || (end < t.text.size() && word_char(t.text[end]))) continue;
      const std::string_view before = std::string_view(t.text).substr(0, at);
      if (before.ends_with("(") || before.ends_with("document ") || before.ends_with("documents ")) continue;
      out.push_back({"symbol", symbol, position_at(doc, t, at)});
    }
  }
}
}  // namespace

std::vector<Residue> furniture_in_text(const Document& doc, const Resolution& res) {
  // A job number as the footer prints it: "23-25993", "23-25993 (E) 100124".
  static const Regex kJob("(?<![\\w/.-])[0-9]{2}-[0-9]{5}(?:\\s*\\([A-Z]\\))?(?:\\s+[0-9]{6})?(?![\\w-])");
  static const Regex kPageOf("(?<![\\w/.-])([0-9]{1,3})/([0-9]{1,3})(?![\\w/-])");
  static const Regex kContinued("/\\s?\\.\\s?\\.\\s?\\.");
  static const Regex kCites("(?:resolutions?|decisions?|and|or|to|,)\\s*$");
  // Masthead values no body text prints: the distribution, the language of
  // the original, an organ in capitals with its year or session ("SECURITY
  // COUNCIL Forty-ninth year"), "UNITED NATIONS" with the series letters of
  // the logo, or "United Nations" and a symbol, as a whole text.
  static const Regex kMasthead(
      "\\bDistr\\.\\s*:?\\s*(?:General|GENERAL|Limited|LIMITED|Restricted|RESTRICTED)\\b|"
      "\\b(?:ORIGINAL|Original)\\s*:\\s*(?:ENGLISH|FRENCH|SPANISH|RUSSIAN|ARABIC|CHINESE|English|French|Spanish|Russian|"
      "Arabic|Chinese)\\b|"
      "\\b(?:GENERAL ASSEMBLY|SECURITY COUNCIL|ECONOMIC AND SOCIAL COUNCIL)\\s+[A-Z][a-z]+(?:-[a-z]+)?\\s+(?:year|session)\\b|"
      "^\\s*UNITED\\s+NATIONS(?:\\s+[AES]{1,2})?\\s*$|^\\s*United\\s+Nations\\s+[A-Z]{1,2}/[A-Z0-9./-]+\\s*$");
  const std::size_t pages = doc.pages.size();
  std::vector<Residue> out;
  for_each_text(res, [&](const RichText& t) {
    own_symbols(doc, res, t, out);
    for (const auto& m : kJob.find_all(t.text)) out.push_back({"job number", std::string(m.str(t.text)), position_at(doc, t, m.begin)});
    for (const auto& m : kPageOf.find_all(t.text)) {
      const int n = std::stoi(std::string(m.str(t.text, 1))), of = std::stoi(std::string(m.str(t.text, 2)));
      if (pages < 2 || of != static_cast<int>(pages) || n < 1 || n > of) continue;
      const std::string_view before = std::string_view(t.text).substr(0, m.begin);
      if (kCites.search(tail_bytes(before, 20))) continue;
      out.push_back({"page number", std::string(m.str(t.text)), position_at(doc, t, m.begin)});
    }
    for (const auto& m : kMasthead.find_all(t.text))
      out.push_back({"masthead", std::string(m.str(t.text)), position_at(doc, t, m.begin)});
    for (const auto& m : kContinued.find_all(t.text))
      out.push_back({"continuation mark", std::string(m.str(t.text)), position_at(doc, t, m.begin)});
  });
  return out;
}

std::vector<Position> reading_order_breaks(const Document& doc) {
  std::vector<Position> out;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const auto& lines = doc.pages[p].lines;
    const Line* prev = nullptr;
    for (std::size_t l = 0; l < lines.size(); ++l) {
      const Line& line = lines[l];
      if ((line.role != LineRole::body && line.role != LineRole::footnote) || !line.box) continue;
      if (prev) {
        const Box &a = *prev->box, &b = *line.box;
        const double overlap = std::min(a.y1, b.y1) - std::max(a.y0, b.y0);
        const double smaller = std::min(a.height(), b.height());
        if (smaller > 0 && overlap > kSameBaseline * smaller && b.x1 <= a.x0 + kLeftTolerance)
          out.push_back(doc.position_of(p, l));
      }
      prev = &line;
    }
  }
  return out;
}

namespace {
// The words of `text`: runs between spaces, without the punctuation around
// them ("(Signed)", "Palestine,"); each with its byte offset.
std::vector<std::pair<std::string, std::size_t>> words_of(std::string_view text) {
  static const Regex kWord("[^\\s]+");
  static const Regex kTrim("^[\\p{P}\\p{S}]*(.*?)[\\p{P}\\p{S}]*$");
  std::vector<std::pair<std::string, std::size_t>> out;
  for (const auto& m : kWord.find_all(text)) {
    const std::string_view run = m.str(text);
    const auto t = kTrim.search(run);
    const std::string_view word = t ? t->str(run, 1) : run;
    if (!word.empty()) out.emplace_back(std::string(word), m.begin + static_cast<std::size_t>(word.data() - run.data()));
  }
  return out;
}

}  // namespace

std::vector<DoubtfulWord> doubtful_title_words(const Document& doc, const Resolution& res,
                                               const std::function<bool(std::string_view)>& known) {
  if (!res.title || !known) return {};
  const RichText& title = *res.title;
  // The confidence of each word OCR read on the title's lines.
  std::map<std::string, double, std::less<>> read;
  for (const Origin& o : title.source) {
    if (o.page < 1 || static_cast<std::size_t>(o.page) > doc.pages.size()) continue;
    const Page& page = doc.pages[static_cast<std::size_t>(o.page - 1)];
    if (!(page.ocr || page.ocr_layer) || static_cast<std::size_t>(o.line) >= page.lines.size()) continue;
    const Line& line = page.lines[static_cast<std::size_t>(o.line)];
    for (const Word& w : line.words) {
      // A word of an OCR text layer kept has no confidence (-1): a layer's
      // title is what some OCR read too (A/45/155's "Pgrmanr~nt.").
      if ((w.confidence < 0 && !page.ocr_layer) || w.end > line.text.size() || w.begin >= w.end) continue;
      for (const auto& [word, at] : words_of(std::string_view(line.text).substr(w.begin, w.end - w.begin))) {
        const auto [it, fresh] = read.emplace(word, w.confidence);
        if (!fresh) it->second = std::min(it->second, w.confidence);
      }
    }
  }
  if (read.empty()) return {};
  std::set<std::string, std::less<>> elsewhere;
  for_each_text(res, [&](const RichText& t) {
    if (&t == &title) return;
    for (auto& [word, at] : words_of(t.text)) elsewhere.insert(std::move(word));
  });
  const WordTest in_document = [&](std::string_view w) { return elsewhere.contains(w); };
  std::vector<DoubtfulWord> out;
  for (const auto& [word, at] : words_of(title.text)) {
    const auto r = read.find(word);
    if (r == read.end() || !unknown_to_dictionary_and_document(word, known, in_document)) continue;
    out.push_back({word, r->second, position_at(doc, title, at)});
  }
  return out;
}

bool looks_like_resolution(const Resolution& res) {
  return (res.meta.symbol && res.meta.symbol->find("/RES/") != std::string::npos) || res.adoption_line || res.number ||
         res.sponsors;
}

}  // namespace akn
