#include "tools/agreement.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

namespace akn::agreement {

namespace {

struct DocDeleter {
  void operator()(xmlDocPtr p) const { xmlFreeDoc(p); }
};
using XmlDoc = std::unique_ptr<xmlDoc, DocDeleter>;

// How many words before a note's reference identify where it hangs.
constexpr std::size_t kWordsBeforeNote = 3;
// How much of two differing texts a difference line shows around the first
// differing character.
constexpr std::size_t kContext = 70;

std::string_view local_name(const xmlNode* n) {
  return n && n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

std::string attribute(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return {};
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

std::vector<const xmlNode*> children(const xmlNode* n, std::string_view name = {}) {
  std::vector<const xmlNode*> out;
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && (name.empty() || local_name(c) == name)) out.push_back(c);
  return out;
}

const xmlNode* child(const xmlNode* n, std::string_view name) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && local_name(c) == name) return c;
  return nullptr;
}

const xmlNode* descendant(const xmlNode* n, std::string_view name) {
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (local_name(c) == name) return c;
    if (const xmlNode* d = descendant(c, name)) return d;
  }
  return nullptr;
}

// The last `n` words of a normalised text.
std::string last_words(const std::string& normalised, std::size_t n) {
  std::size_t at = normalised.size();
  for (std::size_t k = 0; k < n && at != std::string::npos && at > 0; ++k) at = normalised.rfind(' ', at - 1);
  return at == std::string::npos ? normalised : normalised.substr(at + 1);
}

// The text of an element with its notes taken out (and recorded, with the
// words before them), skipping the children named in `skip`.
std::string_view strip_spaces(std::string_view t) {
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
  return t;
}

// Whether element `n` holds nothing but one bracket, "(" or ")".
bool is_lone_bracket(const xmlNode* n) {
  std::string text;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE) return false;
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      text += reinterpret_cast<const char*>(c->content);
  }
  const std::string_view t = strip_spaces(text);
  return t == "(" || t == ")";
}

class TextCollector {
 public:
  TextCollector(std::vector<Note>& notes, std::set<std::string_view> skip) : notes_(notes), skip_(std::move(skip)) {}

  std::string operator()(const xmlNode* n) {
    raw_.clear();
    walk(n, true);
    return normalise(raw_);
  }

 private:
  void walk(const xmlNode* n, bool top) {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
        if (c->content) raw_ += reinterpret_cast<const char*>(c->content);
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string_view name = local_name(c);
      if (name == "authorialNote" || name == "noteRef") {
        std::vector<Note> inner;
        TextCollector text(inner, {});
        std::string body = text(c);
        // The UN's Arabic notes keep "()" where their printed number "(1)" stands.
        if (body.starts_with("()")) body = std::string(strip_spaces(std::string_view(body).substr(2)));
        notes_.push_back(Note{attribute(c, "marker"), body, last_words(normalise(raw_), kWordsBeforeNote)});
        continue;
      }
      // A superscript holding a bracket alone is half of a note mark printed
      // "(1)": the UN's Arabic files write <sup>(</sup><authorialNote/><sup>)</sup>.
      if (name == "sup" && is_lone_bracket(c)) continue;
      if (top && skip_.count(name)) continue;
      if (name == "eol" || name == "br") raw_ += ' ';
      walk(c, false);
    }
  }

  std::vector<Note>& notes_;
  std::set<std::string_view> skip_;
  std::string raw_;
};

class Reader {
 public:
  explicit Reader(Summary& s) : s_(s) {}

  void preamble(const xmlNode* pre) {
    for (const xmlNode* c : children(pre)) {
      const std::string_view name = local_name(c);
      if (name == "container" || name == "blockContainer") {
        container(c);
      } else if (name == "p") {
        add(Kind::preamble, "", c);
      }
    }
  }

  void body(const xmlNode* b) {
    for (const xmlNode* c : children(b)) {
      const std::string_view name = local_name(c);
      if (name == "paragraph") {
        paragraph(c);
      } else if (name == "section" || name == "subsection" || name == "part" || name == "chapter" ||
                 name == "title" || name == "hcontainer" || name == "division") {
        part(c);
      } else if (name == "crossHeading") {
        add(attribute(c, "refersTo") == "#preamble" ? Kind::preamble : Kind::heading, "", c);
      } else if (name == "p") {
        add(Kind::operative, "", c);
      }
    }
  }

 private:
  void container(const xmlNode* c) {
    // A preambular paragraph with points of its own (blockList).
    if (const xmlNode* list = child(c, "blockList")) {
      if (const xmlNode* intro = child(list, "listIntroduction")) add(Kind::preamble, "", intro);
      for (const xmlNode* item : children(list, "item")) add(Kind::point, num_of(item), item, {"num"});
      return;
    }
    add(Kind::preamble, "", c);
  }

  void part(const xmlNode* sec) {
    std::string heading;
    for (const char* name : {"heading", "subheading"})
      if (const xmlNode* h = child(sec, name)) heading += (heading.empty() ? "" : " ") + TextCollector(s_.notes, {})(h);
    s_.paragraphs.push_back(Paragraph{Kind::heading, num_of(sec), normalise(heading)});
    body(sec);
  }

  // Whether `content` holds one paragraph whose text is all in one bold or
  // italic span: the UN marks some headings between operative paragraphs so
  // (A/RES/78/298) and others as subheadings (A/RES/78/297).
  static bool styled_only(const xmlNode* content) {
    const std::vector<const xmlNode*> ps = children(content);
    if (ps.size() != 1 || local_name(ps[0]) != "p") return false;
    const xmlNode* span = nullptr;
    for (const xmlNode* c = ps[0]->children; c; c = c->next) {
      if (c->type == XML_TEXT_NODE) {
        for (const xmlChar* t = c->content; t && *t; ++t)
          if (!std::isspace(*t)) return false;
      } else if (c->type == XML_ELEMENT_NODE) {
        if (span || local_name(c) != "span") return false;
        span = c;
      }
    }
    const std::string cls = span ? attribute(span, "class") : std::string();
    return cls == "bold" || cls == "italic";
  }

  void paragraph(const xmlNode* p) {
    const std::string num = num_of(p);
    for (const char* name : {"heading", "subheading"})
      if (const xmlNode* h = child(p, name)) add(Kind::heading, "", h);
    if (const xmlNode* content = child(p, "content"); content && num.empty() && styled_only(content)) {
      add(Kind::heading, "", content);
    } else if (content) {
      add(Kind::operative, num, content);
    } else if (const xmlNode* list = child(p, "list")) {
      list_of(list, Kind::operative, num);
    } else if (child(p, "intro") || child(p, "paragraph") || child(p, "subparagraph")) {
      if (const xmlNode* intro = child(p, "intro")) add(Kind::operative, num, intro);
      for (const xmlNode* c : children(p))
        if (local_name(c) == "paragraph" || local_name(c) == "subparagraph") paragraph(c);
      if (const xmlNode* w = child(p, "wrapUp")) add(Kind::wrap_up, "", w);
    }
  }

  // A list: its intro as a paragraph of `intro_kind` numbered `num`, then its
  // points (and their own lists) as points.
  void list_of(const xmlNode* list, Kind intro_kind, const std::string& num) {
    if (const xmlNode* intro = child(list, "intro")) add(intro_kind, num, intro);
    else if (intro_kind == Kind::operative) s_.paragraphs.push_back(Paragraph{intro_kind, num, ""});
    for (const xmlNode* c : children(list)) {
      const std::string_view name = local_name(c);
      if (name == "point" || name == "indent" || name == "alinea") point(c);
      // A sublist beside the point it continues (the UN's form): its points,
      // with no intro of its own.
      else if (name == "sublist" || name == "list") list_of(c, Kind::point, "");
    }
    if (const xmlNode* w = child(list, "wrapUp")) add(Kind::wrap_up, "", w);
  }

  void point(const xmlNode* pt) {
    const std::string num = num_of(pt);
    if (const xmlNode* content = child(pt, "content")) {
      add(Kind::point, num, content);
    } else if (const xmlNode* list = child(pt, "list")) {
      list_of(list, Kind::point, num);
    } else if (const xmlNode* intro = child(pt, "intro")) {
      add(Kind::point, num, intro);
      for (const xmlNode* c : children(pt))
        if (local_name(c) == "point") point(c);
      if (const xmlNode* w = child(pt, "wrapUp")) add(Kind::wrap_up, "", w);
    }
  }

  std::string num_of(const xmlNode* n) {
    const xmlNode* num = child(n, "num");
    if (!num) return {};
    std::vector<Note> ignored;
    return TextCollector(ignored, {})(num);
  }

  void add(Kind kind, std::string num, const xmlNode* n, std::set<std::string_view> skip = {}) {
    TextCollector text(s_.notes, std::move(skip));
    s_.paragraphs.push_back(Paragraph{kind, std::move(num), text(n)});
  }

  Summary& s_;
};

void read_identification(const xmlNode* doc, Summary& s) {
  const xmlNode* id = descendant(child(doc, "meta"), "identification");
  if (!id) return;
  if (const xmlNode* work = child(id, "FRBRWork")) {
    if (const xmlNode* uri = child(work, "FRBRuri")) s.work_uri = attribute(uri, "value");
    if (const xmlNode* date = child(work, "FRBRdate")) s.work_date = attribute(date, "date");
  }
  if (const xmlNode* expr = child(id, "FRBRExpression")) {
    if (const xmlNode* uri = child(expr, "FRBRuri")) s.expression_uri = attribute(uri, "value");
    if (const xmlNode* date = child(expr, "FRBRdate")) s.expression_date = attribute(date, "date");
    if (const xmlNode* lang = child(expr, "FRBRlanguage")) s.language = attribute(lang, "language");
  }
}

void read_conclusions(const xmlNode* doc, Summary& s) {
  const xmlNode* con = child(doc, "conclusions");
  if (!con) return;
  std::vector<Note> ignored;
  if (const xmlNode* loc = descendant(con, "location")) s.meeting = TextCollector(ignored, {})(loc);
  else if (const xmlNode* ev = descendant(con, "event")) s.meeting = TextCollector(ignored, {})(ev);
  if (const xmlNode* date = descendant(con, "docDate")) s.meeting_date = attribute(date, "date");
  else if (const xmlNode* d2 = descendant(con, "date")) s.meeting_date = attribute(d2, "date");
}

// A part's number marked as a heading of its own ("I"), followed by the
// part's heading ("General guidelines"), as the UN marks parts in some
// files (A/RES/79/226): one heading numbered "I", as a section reads.
void merge_part_numbers(std::vector<Paragraph>& paras) {
  auto is_part_number = [](const std::string& t) {
    if (t.empty() || t.size() > 7) return false;
    return std::all_of(t.begin(), t.end(), [](char c) { return std::string_view("IVXLC").find(c) != std::string_view::npos; }) ||
           (t.size() == 1 && t[0] >= 'A' && t[0] <= 'Z');
  };
  for (std::size_t i = 0; i + 1 < paras.size(); ++i) {
    if (paras[i].kind != Kind::heading || !paras[i].num.empty() || !is_part_number(paras[i].text) ||
        paras[i + 1].kind != Kind::heading)
      continue;
    paras[i + 1].num = paras[i].text;
    paras.erase(paras.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

Summary summarise(const xmlDoc* xml, const std::string& name) {
  const xmlNode* root = xmlDocGetRootElement(xml);
  if (!root || local_name(root) != "akomaNtoso") throw ReadError(name + ": not an Akoma Ntoso document");
  const xmlNode* doc = nullptr;
  for (const xmlNode* c : children(root))
    if (local_name(c) != "components") {
      doc = c;
      break;
    }
  if (!doc) throw ReadError(name + ": akomaNtoso holds no document");
  Summary s;
  read_identification(doc, s);
  Reader reader(s);
  for (const xmlNode* c : children(doc)) {
    const std::string_view n = local_name(c);
    if (n == "preamble") reader.preamble(c);
    else if (n == "mainBody" || n == "body") reader.body(c);
    else if (n == "attachments") s.attachments += children(c).size();
  }
  read_conclusions(doc, s);
  merge_part_numbers(s.paragraphs);
  return s;
}

// The first at most `max` bytes of `s`, cut before a character (a UTF-8
// lead byte, never inside a Cyrillic or Arabic letter: the report is JSON
// and must stay valid UTF-8), "…" after them when cut.
std::string excerpt(const std::string& s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t e = max;
  while (e > 0 && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) --e;
  return s.substr(0, e) + "…";
}

// Where two strings first differ, shown with some context on each side.
std::string show_difference(const std::string& ours, const std::string& ref) {
  std::size_t i = 0;
  while (i < ours.size() && i < ref.size() && ours[i] == ref[i]) ++i;
  while (i > 0 && (static_cast<unsigned char>(ours.size() > i ? ours[i] : ref[i]) & 0xC0) == 0x80) --i;  // a character's start
  const std::size_t from = i > kContext ? i - kContext : 0;
  auto cut = [&](const std::string& s) {
    std::size_t b = from, e = std::min(s.size(), i + kContext);
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    while (e < s.size() && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) ++e;
    return (b > 0 ? "…" : "") + s.substr(b, e - b) + (e < s.size() ? "…" : "");
  };
  return "\n      ours: " + cut(ours) + "\n      UN:   " + cut(ref);
}

std::string describe(const Paragraph& p) {
  switch (p.kind) {
    case Kind::preamble: return "preambular paragraph";
    case Kind::heading: return "heading" + (p.num.empty() ? std::string() : " " + p.num);
    case Kind::operative: return "operative paragraph" + (p.num.empty() ? std::string(" (unnumbered)") : " " + p.num);
    case Kind::point: return "point " + p.num;
    case Kind::wrap_up: return "wrap-up";
  }
  return "paragraph";
}

std::string without_slash(std::string s) {
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s;
}

bool same(const Paragraph& a, const Paragraph& b) { return a.kind == b.kind && a.text == b.text; }

// The longest order-preserving matching of equal paragraphs: for each
// reference paragraph, the index of its match in ours (or npos).
std::vector<std::size_t> align(const std::vector<Paragraph>& ref, const std::vector<Paragraph>& ours) {
  const std::size_t n = ref.size(), m = ours.size();
  std::vector<std::vector<std::uint32_t>> lcs(n + 1, std::vector<std::uint32_t>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;)
      lcs[i][j] = same(ref[i], ours[j]) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
  std::vector<std::size_t> match(n, std::string::npos);
  std::size_t i = 0, j = 0;
  while (i < n && j < m) {
    if (same(ref[i], ours[j])) {
      match[i++] = j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  return match;
}

}  // namespace

std::string normalise(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_SUCCESS(status)) {
    icu::UnicodeString n = nfkc->normalize(u, status);
    if (U_SUCCESS(status)) u = n;
  }
  icu::UnicodeString out;
  bool space = true;  // drops leading white space
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    // Invisible format characters (soft hyphen, zero-width space, the
    // left-to-right mark the UN's files carry in places).
    if (c == 0x00AD || u_charType(c) == U_FORMAT_CHAR) continue;
    if (c == 0x2010 || c == 0x2011) c = '-';
    if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2032) c = '\'';
    if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x2033) c = '"';
    if (u_isUWhiteSpace(c) || c == 0x00A0 || c == 0x202F || c == 0x2007) {
      if (!space) out.append(static_cast<UChar>(' '));
      space = true;
      continue;
    }
    out.append(c);
    space = false;
  }
  std::string s;
  out.toUTF8String(s);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

std::size_t Summary::count(Kind kind) const {
  return static_cast<std::size_t>(
      std::count_if(paragraphs.begin(), paragraphs.end(), [&](const Paragraph& p) { return p.kind == kind; }));
}

std::size_t Summary::distinct_notes() const {
  std::set<std::string> seen;
  for (const Note& n : notes) seen.insert(n.marker.empty() ? n.text : n.marker);
  return seen.size();
}

Summary summary_of_xml(std::string_view xml, const std::string& name) {
  XmlDoc doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), name.c_str(), nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc) throw ReadError(name + ": not well-formed XML");
  return summarise(doc.get(), name);
}

Summary read_summary(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ReadError(path + ": cannot be read");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return summary_of_xml(bytes.str(), path);
}

Comparison compare(const Summary& reference, const Summary& ours) {
  Comparison c;
  auto differ = [&](std::string what) { c.differences.push_back(std::move(what)); };
  // Counts.
  struct Count {
    const char* what;
    std::size_t ref, our;
  };
  const Count counts[] = {
      {"preambular paragraphs", reference.count(Kind::preamble), ours.count(Kind::preamble)},
      {"operative paragraphs", reference.count(Kind::operative), ours.count(Kind::operative)},
      {"points", reference.count(Kind::point), ours.count(Kind::point)},
      {"distinct notes", reference.distinct_notes(), ours.distinct_notes()},
  };
  c.counts_agree = true;
  std::string count_line;
  for (const Count& k : counts)
    if (k.ref != k.our) {
      c.counts_agree = false;
      count_line += (count_line.empty() ? "" : ", ") + std::string(k.what) + " " + std::to_string(k.our) +
                    " (UN " + std::to_string(k.ref) + ")";
    }
  if (!count_line.empty()) differ("counts: " + count_line);

  // Paragraph texts.
  const std::vector<std::size_t> match = align(reference.paragraphs, ours.paragraphs);
  c.reference_paragraphs = reference.paragraphs.size();
  std::vector<bool> used(ours.paragraphs.size(), false);
  for (std::size_t i = 0; i < match.size(); ++i)
    if (match[i] != std::string::npos) {
      ++c.same_paragraphs;
      used[match[i]] = true;
    }
  c.extra_paragraphs = static_cast<std::size_t>(std::count(used.begin(), used.end(), false));
  // The first reference paragraph without a match, shown against our
  // paragraph in its place (the first unmatched one after the previous match).
  for (std::size_t i = 0; i < match.size(); ++i) {
    if (match[i] != std::string::npos) continue;
    std::size_t j = 0;
    for (std::size_t k = i; k-- > 0;)
      if (match[k] != std::string::npos) {
        j = match[k] + 1;
        break;
      }
    const Paragraph& r = reference.paragraphs[i];
    if (j < ours.paragraphs.size() && !used[j]) {
      const Paragraph& o = ours.paragraphs[j];
      differ("text of UN " + describe(r) + " (#" + std::to_string(i + 1) + "), ours " + describe(o) +
             show_difference(o.text, r.text));
    } else {
      differ("UN " + describe(r) + " (#" + std::to_string(i + 1) + ") has no counterpart: " + excerpt(r.text, 2 * kContext));
    }
    break;
  }
  if (c.extra_paragraphs > 0) {
    for (std::size_t j = 0; j < used.size(); ++j)
      if (!used[j]) {
        differ(std::to_string(c.extra_paragraphs) + " paragraph(s) of ours match none of the UN's; the first, " +
               describe(ours.paragraphs[j]) + ": " + excerpt(ours.paragraphs[j].text, 2 * kContext));
        break;
      }
  }

  // Notes: text and where each hangs.
  c.notes_agree = reference.notes.size() == ours.notes.size();
  for (std::size_t i = 0; i < std::min(reference.notes.size(), ours.notes.size()); ++i) {
    const Note& r = reference.notes[i];
    const Note& o = ours.notes[i];
    if (r.text == o.text && r.before == o.before) continue;
    c.notes_agree = false;
    differ("note " + r.marker + (r.text != o.text ? ": text" + show_difference(o.text, r.text)
                                                  : ": placed after \"" + o.before + "\" (UN: after \"" + r.before + "\")"));
    break;
  }
  if (reference.notes.size() != ours.notes.size())
    differ("note references: " + std::to_string(ours.notes.size()) + " (UN " + std::to_string(reference.notes.size()) + ")");

  c.conclusions_agree = reference.meeting == ours.meeting && reference.meeting_date == ours.meeting_date;
  if (!c.conclusions_agree)
    differ("conclusions: \"" + ours.meeting.value_or("-") + "\" " + ours.meeting_date.value_or("-") + " (UN \"" +
           reference.meeting.value_or("-") + "\" " + reference.meeting_date.value_or("-") + ")");

  c.identification_agrees = without_slash(reference.work_uri) == without_slash(ours.work_uri) &&
                            without_slash(reference.expression_uri) == without_slash(ours.expression_uri) &&
                            reference.work_date == ours.work_date && reference.expression_date == ours.expression_date;
  if (!c.identification_agrees)
    differ("identification: " + ours.work_uri + " " + ours.work_date + ", " + ours.expression_uri + " " +
           ours.expression_date + " (UN " + reference.work_uri + " " + reference.work_date + ", " +
           reference.expression_uri + " " + reference.expression_date + ")");
  return c;
}

}  // namespace akn::agreement

namespace akn::agreement {

double Totals::full_share() const {
  return documents == 0 ? 0 : static_cast<double>(full) / static_cast<double>(documents);
}

double Totals::paragraph_share() const {
  return reference_paragraphs == 0 ? 0 : static_cast<double>(same_paragraphs) / static_cast<double>(reference_paragraphs);
}

KnownFlaws read_known_flaws(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ReadError(path + ": cannot be read");
  KnownFlaws out;
  std::string line;
  while (std::getline(in, line)) {
    if (const auto hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    const auto b = line.find_first_not_of(" \t");
    if (b == std::string::npos) continue;
    const auto e = line.find_first_of(" \t", b);
    const std::string stem = line.substr(b, e == std::string::npos ? std::string::npos : e - b);
    const std::string reason = e == std::string::npos ? std::string() : normalise(line.substr(e));
    out[stem] = reason;
  }
  return out;
}

Report compare_directories(const std::string& reference_dir, const std::string& our_dir, const KnownFlaws& known) {
  namespace fs = std::filesystem;
  constexpr std::string_view kSuffix = ".akn.xml";
  std::vector<std::string> stems;
  for (const auto& entry : fs::directory_iterator(reference_dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.size() > kSuffix.size() && name.ends_with(kSuffix))
      stems.push_back(name.substr(0, name.size() - kSuffix.size()));
  }
  std::sort(stems.begin(), stems.end());
  Report report;
  for (const std::string& stem : stems) {
    DocumentResult r;
    r.stem = stem;
    const Summary ref = read_summary((fs::path(reference_dir) / (stem + std::string(kSuffix))).string());
    const fs::path ours = fs::path(our_dir) / (stem + std::string(kSuffix));
    Summary our;
    try {
      our = read_summary(ours.string());
    } catch (const ReadError& e) {
      r.error = e.what();
    }
    r.comparison = compare(ref, our);
    if (auto k = known.find(stem); k != known.end()) r.known_flaw = k->second;
    Totals& t = report.totals;
    if (r.known_flaw) {
      ++t.known_flaws;
    } else {
      ++t.documents;
      if (r.error) ++t.missing;
      const Comparison& c = r.comparison;
      if (!r.error && c.full()) ++t.full;
      if (!r.error && c.identification_agrees) ++t.identification;
      t.reference_paragraphs += c.reference_paragraphs;
      t.same_paragraphs += c.same_paragraphs;
      t.extra_paragraphs += c.extra_paragraphs;
    }
    report.documents.push_back(std::move(r));
  }
  return report;
}

namespace {
std::string percent(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * share);
  return buf;
}
std::string percent2(double share) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f%%", 100.0 * share);
  return buf;
}
}  // namespace

std::string format_report(const Report& report) {
  std::string out;
  for (const DocumentResult& r : report.documents) {
    const bool agrees = !r.error && r.comparison.full() && r.comparison.identification_agrees;
    if (agrees) continue;
    out += r.stem + (r.known_flaw ? " [known flaw of the UN's file: " + *r.known_flaw + "]" : "") + "\n";
    if (r.error) out += "    " + *r.error + "\n";
    for (const std::string& d : r.comparison.differences) out += "    " + d + "\n";
  }
  const Totals& t = report.totals;
  out += "agreement: " + std::to_string(t.full) + " of " + std::to_string(t.documents) + " documents in full (" +
         percent(t.full_share()) + "), " + std::to_string(t.same_paragraphs) + " of " +
         std::to_string(t.reference_paragraphs) + " paragraphs the same (" + percent2(t.paragraph_share()) + "), " +
         std::to_string(t.extra_paragraphs) + " paragraphs of ours beyond the UN's, identification the same in " +
         std::to_string(t.identification) + " of " + std::to_string(t.documents) +
         (t.missing ? ", " + std::to_string(t.missing) + " without an output" : std::string()) +
         (t.known_flaws ? "; " + std::to_string(t.known_flaws) + " known flaws of the UN's files not counted" : std::string()) +
         "\n";
  return out;
}

std::string report_json(const Report& report) {
  auto esc = [](const std::string& s) {
    std::string o;
    for (char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      if (c == '"' || c == '\\') {
        o += '\\';
        o += ch;
      } else if (c < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        o += buf;
      } else {
        o += ch;
      }
    }
    return "\"" + o + "\"";
  };
  const Totals& t = report.totals;
  std::string out = "{\"totals\":{\"documents\":" + std::to_string(t.documents) + ",\"full\":" + std::to_string(t.full) +
                    ",\"identification\":" + std::to_string(t.identification) +
                    ",\"referenceParagraphs\":" + std::to_string(t.reference_paragraphs) +
                    ",\"sameParagraphs\":" + std::to_string(t.same_paragraphs) +
                    ",\"extraParagraphs\":" + std::to_string(t.extra_paragraphs) +
                    ",\"knownFlaws\":" + std::to_string(t.known_flaws) + ",\"missing\":" + std::to_string(t.missing) +
                    "},\"documents\":[";
  bool first = true;
  for (const DocumentResult& r : report.documents) {
    const Comparison& c = r.comparison;
    out += std::string(first ? "" : ",") + "{\"stem\":" + esc(r.stem) + ",\"full\":" + (c.full() && !r.error ? "true" : "false") +
           ",\"identification\":" + (c.identification_agrees ? "true" : "false") +
           ",\"referenceParagraphs\":" + std::to_string(c.reference_paragraphs) +
           ",\"sameParagraphs\":" + std::to_string(c.same_paragraphs) + ",\"extraParagraphs\":" + std::to_string(c.extra_paragraphs) +
           (r.known_flaw ? ",\"knownFlaw\":" + esc(*r.known_flaw) : std::string()) +
           (r.error ? ",\"error\":" + esc(*r.error) : std::string()) + ",\"differences\":[";
    for (std::size_t i = 0; i < c.differences.size(); ++i) out += (i ? "," : "") + esc(c.differences[i]);
    out += "]}";
    first = false;
  }
  return out + "]}\n";
}

}  // namespace akn::agreement
