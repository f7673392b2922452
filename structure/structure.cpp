#include "structure/structure.hpp"

#include <algorithm>
#include <map>

#include "core/un_patterns.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kStage = "structure";

struct Actor {
  std::string_view body, actor;
};
constexpr Actor kActors[] = {
    {"General Assembly", "un-ga"},
    {"Security Council", "un-sc"},
    {"Economic and Social Council", "un-ecosoc"},
    {"Trusteeship Council", "un-tc"},
    {"Human Rights Council", "un-ga-hrc"},
    {"Commission on Human Rights", "un-ecosoc-chr"},
    {"Commission on the Status of Women", "un-ecosoc-csw"},
};

// Lead words of preambular paragraphs that take a second word.
const std::map<std::string, std::vector<std::string>, std::less<>>& two_word_leads() {
  static const std::map<std::string, std::vector<std::string>, std::less<>> m = {
      {"Bearing", {"in mind"}}, {"Taking", {"note", "into account"}}, {"Deeply", {"concerned", "alarmed", "disturbed", "convinced"}},
      {"Gravely", {"concerned", "alarmed"}}, {"Having", {"considered", "examined", "heard", "received", "adopted", "regard"}},
      {"Keeping", {"in mind"}}, {"Expressing", {"concern", "appreciation", "its"}}, {"Further", {"recalling", "recognizing", "noting"}},
  };
  return m;
}

struct Ctx {
  const Document& doc;
  Resolution& res;
  std::map<std::string, std::size_t> note_index;
};

RichText rich(const Ctx& ctx, const Block& block, std::size_t from = 0) {
  RichText t;
  const std::string_view text = block.text;
  // Trim the part taken, keeping marks in step.
  std::size_t b = from, e = text.size();
  while (b < e && (text[b] == ' ')) ++b;
  while (e > b && text[e - 1] == ' ') --e;
  t.text = std::string(text.substr(b, e - b));
  for (const NoteMark& m : block.marks) {
    if (m.offset < from) continue;
    auto it = ctx.note_index.find(m.marker);
    if (it == ctx.note_index.end()) continue;
    t.notes.push_back(NoteRef{std::clamp(m.offset, b, e) - b, it->second});
  }
  return t;
}

void warn(Resolution& res, const Document& doc, std::size_t block, std::string message) {
  if (block >= doc.blocks.size()) {
    res.warnings.push_back({std::string(kStage), {}, std::move(message)});
    return;
  }
  const Origin o = doc.blocks[block].origin_at(0);
  Position pos{o.page, 0, 0};
  if (o.page >= 1 && static_cast<std::size_t>(o.page) <= doc.pages.size()) {
    const auto& lines = doc.pages[static_cast<std::size_t>(o.page - 1)].lines;
    if (static_cast<std::size_t>(o.line) < lines.size())
      pos.line = lines[static_cast<std::size_t>(o.line)].source_line > 0 ? lines[static_cast<std::size_t>(o.line)].source_line : o.line + 1;
  }
  res.warnings.push_back(Diagnostic{std::string(kStage), pos, std::move(message)});
}

std::string lead_of(std::string_view text) {
  static const Regex kFirst("^(\\p{Lu}\\p{Ll}+)(?:\\s+(\\p{Ll}+(?:\\s+\\p{Ll}+)?))?");
  auto m = kFirst.search(text);
  if (!m) return {};
  std::string lead(m->str(text, 1));
  const auto& two = two_word_leads();
  auto it = two.find(lead);
  const std::string_view rest = text.substr(m->groups[1].second);
  if (it != two.end()) {
    for (const std::string& w : it->second)
      if (rest.starts_with(" " + w)) return lead + " " + w;
  }
  for (std::string_view w : {"also", "further", "moreover", "again", "with appreciation", "with concern", "with satisfaction"})
    if (rest.starts_with(" " + std::string(w) + " ") || rest == " " + std::string(w)) return lead + " " + std::string(w);
  return lead;
}

bool is_roman(std::string_view s) {
  for (char c : s)
    if (c != 'i' && c != 'v' && c != 'x' && c != 'l') return false;
  return !s.empty();
}

// Adds a point "(x) text" under the last operative paragraph.
void add_point(Ctx& ctx, std::size_t b, std::string_view label, std::size_t text_from) {
  Resolution& res = ctx.res;
  OperativeParagraph& para = res.operative.back();
  Point p{"(" + std::string(label) + ")", rich(ctx, ctx.doc.blocks[b], text_from), {}};
  // A roman numeral nests under the last lettered point, unless it is the
  // letter that follows that point ("(h)" then "(i)").
  const bool roman = is_roman(label);
  if (roman && !para.points.empty()) {
    const std::string& prev = para.points.back().num;
    const bool next_letter = prev.size() == 3 && label.size() == 1 && prev[1] + 1 == label[0];
    const bool nested_already = !para.points.back().points.empty();
    if (!next_letter || nested_already) {
      para.points.back().points.push_back(std::move(p));
      return;
    }
  }
  para.points.push_back(std::move(p));
}
}  // namespace

std::string actor_for_body(std::string_view body) {
  for (const Actor& a : kActors)
    if (body == a.body) return std::string(a.actor);
  return "un";
}

std::string detect_language(const Document& doc) {
  static const std::map<std::string, std::string, std::less<>> kWords = {
      {"the", "eng"}, {"of", "eng"}, {"and", "eng"}, {"to", "eng"},
      {"le", "fre"},  {"les", "fre"}, {"des", "fre"}, {"et", "fre"},
      {"el", "spa"},  {"los", "spa"}, {"las", "spa"}, {"y", "spa"},
      {"и", "rus"},   {"в", "rus"},   {"на", "rus"},  {"по", "rus"}};
  std::map<std::string, int> votes;
  int total = 0;
  for (const Block& block : doc.blocks) {
    std::size_t i = 0;
    const std::string& t = block.text;
    while (i < t.size()) {
      std::size_t j = t.find(' ', i);
      if (j == std::string::npos) j = t.size();
      auto it = kWords.find(std::string_view(t).substr(i, j - i));
      if (it != kWords.end()) {
        ++votes[it->second];
        ++total;
      }
      i = j + 1;
    }
  }
  for (const auto& [lang, n] : votes)
    if (total >= 10 && n * 10 >= total * 7) return lang;
  return {};
}

Resolution recover_structure(const Document& doc) {
  static const std::string kBodies = masthead::kBodyPattern;
  static const Regex kAdopted("^Resolution\\s+adopted\\s+by\\s+the\\s+(" + kBodies + ")(?:\\s+on\\s+(" + kDatePattern + "))?\\s*$");
  static const Regex kReport("^\\[\\s*(?:on\\s+the\\s+report\\s+of\\s+the\\s+([A-Z][\\w ]*?(?:Committee|Commission|Council))|without\\s+reference\\s+to\\s+a\\s+Main\\s+Committee)[^\\]]*\\]$");
  static const Regex kNumberTitle("^([0-9]{1,4}/(?:[0-9]{1,4}(?:\\s*[A-Z])?|\u2026|\\.\\.\\.))(\\.?\\s+)(\\S.*)$");
  static const Regex kFormula("^The\\s+(" + kBodies + "|[A-Z][\\w ]{2,60}?(?:Council|Assembly|Commission|Conference|Committee|Board)),$");
  static const Regex kOperative("^([0-9]{1,3})\\.\\s+(\\S.*)$");
  static const Regex kPoint("^\\(([a-z]{1,4})\\)\\s+(\\S.*)$");
  static const Regex kMeeting("^([0-9]{1,4}(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting)(?:\\s+(" + std::string(kDatePattern) + "))?$");
  static const Regex kDateOnly(std::string("^(") + kDatePattern + ")$");

  Resolution res;
  res.source = doc.source;
  res.meta = doc.meta;
  res.footnotes = doc.footnotes;
  Ctx ctx{doc, res, {}};
  for (std::size_t i = 0; i < doc.footnotes.size(); ++i) ctx.note_index.emplace(doc.footnotes[i].marker, i);
  if (!res.meta.language) {
    const std::string lang = detect_language(doc);
    if (!lang.empty()) res.meta.language = lang;
  }

  // When no pass built blocks, every body line is a block.
  std::vector<Block> line_blocks;
  const std::vector<Block>* blocks = &doc.blocks;
  if (doc.blocks.empty()) {
    for (std::size_t p = 0; p < doc.pages.size(); ++p)
      for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l)
        if (doc.pages[p].lines[l].role == LineRole::body)
          line_blocks.push_back(Block{collapse_spaces(doc.pages[p].lines[l].text), {Origin{0, static_cast<int>(p) + 1, static_cast<int>(l)}}, {}});
    blocks = &line_blocks;
  }

  std::vector<std::size_t> preface_blocks;  // blocks kept in the preface beyond the title
  enum class Zone { preface, preamble, operative, conclusions } zone = Zone::preface;
  for (std::size_t b = 0; b < blocks->size(); ++b) {
    const Block& block = (*blocks)[b];
    const std::string_view t = block.text;
    if (is_blank(t)) continue;
    if (auto m = kMeeting.search(t); m && zone != Zone::preface) {
      zone = Zone::conclusions;
      if (!res.conclusion) res.conclusion.emplace();
      res.conclusion->meeting = std::string(m->str(t, 1));
      if (m->has(2)) res.conclusion->date = parse_date(m->str(t, 2));
      continue;
    }
    if (auto m = kDateOnly.search(t); m && zone == Zone::conclusions && res.conclusion && !res.conclusion->date) {
      res.conclusion->date = parse_date(m->str(t, 1));
      continue;
    }
    if (zone == Zone::preface) {
      if (auto m = kAdopted.search(t)) {
        res.adoption_line = std::string(t);
        if (res.body.empty()) res.body = std::string(m->str(t, 1));
        if (m->has(2)) res.adoption_date = parse_date(m->str(t, 2));
        continue;
      }
      if (auto m = kReport.search(t)) {
        res.report_line = std::string(t);
        if (m->has(1)) res.committee = std::string(m->str(t, 1));
        continue;
      }
      if (auto m = kFormula.search(t)) {
        res.formula = std::string(t);
        res.body = std::string(m->str(t, 1));
        zone = Zone::preamble;
        continue;
      }
      if (!res.number && !res.title) {
        if (auto m = kNumberTitle.search(t)) {
          res.number = std::string(m->str(t, 1));
          res.number_separator = m->str(t, 2).starts_with(".") ? ". " : " ";
          res.title = rich(ctx, block, m->groups[3].first);
          continue;
        }
        res.title = rich(ctx, block);
        continue;
      }
      res.other_preface.push_back(rich(ctx, block));
      preface_blocks.push_back(b);
      continue;
    }
    if (auto m = kOperative.search(t)) {
      if (zone == Zone::conclusions) warn(res, doc, b, "numbered paragraph after the conclusions");
      zone = Zone::operative;
      res.operative.push_back(OperativeParagraph{std::string(m->str(t, 1)) + ".", rich(ctx, block, m->groups[2].first), {}, std::nullopt});
      continue;
    }
    if (auto m = kPoint.search(t); m && zone == Zone::operative && !res.operative.empty()) {
      add_point(ctx, b, m->str(t, 1), m->groups[2].first);
      continue;
    }
    if (zone == Zone::preamble) {
      const char last = t.back();
      // A lone unnumbered operative paragraph ends with a full stop.
      const bool operative_like = last == '.' && (b + 1 == blocks->size() ||
                                                  kMeeting.search((*blocks)[b + 1].text).has_value());
      if (operative_like) {
        zone = Zone::operative;
        res.operative.push_back(OperativeParagraph{"", rich(ctx, block), {}, std::nullopt});
        continue;
      }
      res.preamble.push_back(PreambularParagraph{lead_of(t), rich(ctx, block)});
      continue;
    }
    if (zone == Zone::operative && !res.operative.empty()) {
      OperativeParagraph& para = res.operative.back();
      if (!para.points.empty() && !para.wrap_up) {
        para.wrap_up = rich(ctx, block);
        continue;
      }
      warn(res, doc, b, "unnumbered text after operative paragraph " + para.num + " appended to it");
      RichText more = rich(ctx, block);
      const std::size_t base = para.text.text.size() + 1;
      para.text.text += " " + more.text;
      for (NoteRef n : more.notes) para.text.notes.push_back({n.offset + base, n.footnote});
      continue;
    }
    warn(res, doc, b, "text after the conclusions not placed in the body: \"" + std::string(t.substr(0, 60)) + "\"");
    res.other_preface.push_back(rich(ctx, block));
  }
  if (!res.formula && res.preamble.empty() && res.operative.empty() && !preface_blocks.empty() &&
      blocks == &doc.blocks) {
    // No enacting formula: a report, a letter, a meeting record. Its text
    // is a sequence of paragraphs (numbered where it numbers them), not
    // preface matter.
    res.other_preface.clear();
    for (std::size_t b : preface_blocks) {
      const std::string_view t = (*blocks)[b].text;
      if (auto m = kOperative.search(t)) {
        res.operative.push_back(OperativeParagraph{std::string(m->str(t, 1)) + ".", rich(ctx, (*blocks)[b], m->groups[2].first), {}, std::nullopt});
      } else if (auto p = kPoint.search(t); p && !res.operative.empty() && !res.operative.back().num.empty()) {
        add_point(ctx, b, p->str(t, 1), p->groups[2].first);
      } else {
        res.operative.push_back(OperativeParagraph{"", rich(ctx, (*blocks)[b]), {}, std::nullopt});
      }
    }
    res.warnings.push_back({std::string(kStage), {}, "no enacting formula: the text is read as a sequence of " + std::to_string(res.operative.size()) + " paragraphs (a report, letter or record)"});
  } else {
    for (std::size_t b : preface_blocks)
      warn(res, doc, b, "text before the enacting formula kept in the preface: \"" + std::string((*blocks)[b].text.substr(0, 60)) + "\"");
  }
  if (res.body.empty() && res.meta.body) res.body = *res.meta.body;
  res.actor = actor_for_body(res.body);
  if (!res.formula) res.warnings.push_back({std::string(kStage), {}, "no enacting formula (\"The General Assembly,\") found"});
  if (res.operative.empty()) res.warnings.push_back({std::string(kStage), {}, "no operative paragraphs found"});
  if (!res.adoption_date && res.conclusion && res.conclusion->date) res.adoption_date = res.conclusion->date;
  return res;
}

}  // namespace akn
