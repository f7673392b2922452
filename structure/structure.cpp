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
  // The source lines of [b, e), for readers that show the text on the page.
  for (std::size_t i = 0; i < block.origins.size(); ++i) {
    const Origin& o = block.origins[i];
    const std::size_t end = i + 1 < block.origins.size() ? block.origins[i + 1].offset : text.size();
    if (end <= b || o.offset >= e) continue;
    t.source.push_back(Origin{std::max(o.offset, b) - b, o.page, o.line});
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

// Records that structure placed `before`, printed at the start of `block`,
// as `after` (a label without the words or punctuation around it).
void record_label(Resolution& res, const Document& doc, const Block& block, std::string before, std::string after,
                  std::string reason) {
  if (before == after) return;
  const Origin o = block.origin_at(0);
  Position pos = o.page >= 1 ? doc.position_of(static_cast<std::size_t>(o.page - 1), static_cast<std::size_t>(o.line)) : Position{};
  pos.column = 1;
  res.edits.push_back(Edit{std::string(kStage), "label_kept_bare", pos, std::move(before), std::move(after), std::move(reason), 1.0, std::nullopt});
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

bool is_upper_roman(std::string_view s) {
  for (char c : s)
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C') return false;
  return !s.empty();
}

// The operative paragraphs that new blocks go to: the last section's, or the
// document's before any section.
std::vector<OperativeParagraph>& current_operative(Resolution& res) {
  return res.sections.empty() ? res.operative : res.sections.back().operative;
}

// Sponsor names in "A, B, Bosnia and Herzegovina and C": split at commas
// and at the last " and " that is not inside a State's own name.
std::vector<std::pair<std::size_t, std::size_t>> sponsor_names(std::string_view list) {
  static constexpr std::string_view kWithAnd[] = {
      "Antigua and Barbuda", "Bosnia and Herzegovina", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines",
      "Sao Tome and Principe", "Trinidad and Tobago", "United Kingdom of Great Britain and Northern Ireland",
      "Heard Island and McDonald Islands", "Wallis and Futuna", "Turks and Caicos Islands"};
  std::vector<std::pair<std::size_t, std::size_t>> out;
  auto push = [&](std::size_t b, std::size_t e) {
    while (b < e && list[b] == ' ') ++b;
    while (e > b && list[e - 1] == ' ') --e;
    if (e > b) out.emplace_back(b, e - b);
  };
  std::size_t start = 0;
  int depth = 0;
  for (std::size_t i = 0; i <= list.size(); ++i) {
    if (i < list.size() && list[i] == '(') ++depth;
    if (i < list.size() && list[i] == ')' && depth > 0) --depth;
    if (i < list.size() && (list[i] != ',' || depth > 0)) continue;
    // The item [start, i): an " and " outside a known name separates two.
    std::string_view item = list.substr(start, i - start);
    std::size_t split = std::string_view::npos;
    for (std::size_t k = item.find(" and "); k != std::string_view::npos; k = item.find(" and ", k + 1)) {
      bool inside = false;
      for (std::string_view name : kWithAnd) {
        const std::size_t at = item.find(name);
        if (at != std::string_view::npos && at < k && k < at + name.size()) inside = true;
      }
      if (!inside) split = k;
    }
    if (split != std::string_view::npos) {
      push(start, start + split);
      push(start + split + 5, i);
    } else {
      push(start, i);
    }
    start = i + 1;
  }
  return out;
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
  // Security Council: "Adopted by the Security Council at its 8151st meeting, on 22 December 2017".
  static const Regex kAdoptedAt("^Adopted\\s+by\\s+the\\s+(" + kBodies + ")\\s+at\\s+its\\s+([0-9]{1,5}(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting),?\\s+(?:held\\s+)?on\\s+(" + kDatePattern + ")\\.?$");
  static const Regex kReport("^\\[\\s*(?:on\\s+the\\s+report\\s+of\\s+the\\s+([A-Z][\\w ]*?(?:Committee|Commission|Council))|without\\s+reference\\s+to\\s+a\\s+Main\\s+Committee)[^\\]]*\\]$");
  static const Regex kNumberTitle("^([0-9]{1,4}/(?:[0-9]{1,4}(?:\\s*[A-Z])?|\u2026|\\.\\.\\.))(\\.?\\s+)(\\S.*)$");
  static const Regex kScNumber("^(Resolution\\s+)([0-9]{1,5}\\s*\\((?:19|20)[0-9]{2}\\))$");
  static const Regex kFormula("^The\\s+(" + kBodies + "|[A-Z][\\w ]{2,60}?(?:Council|Assembly|Commission|Conference|Committee|Board)),$|^The\\s+(" + kBodies + ")$");
  static const Regex kAdopts("^(?:Adopts|Approves|Endorses|Proclaims)\\b.*\\b(?:following|as\\s+follows)\\b.*:$");
  static const Regex kSponsors("^(.+?):\\s*\\**\\s*((?:[Rr]evised\\s+)?draft\\s+(?:resolution|decision))$");
  static const Regex kOperative("^([0-9]{1,3})\\.\\s+(\\S.*)$");
  static const Regex kPoint("^\\(([a-z]{1,4})\\)\\s+(\\S.*)$");
  static const Regex kMeeting(std::string("^(") + masthead::kMeetingPattern + ")(?:\\s+(" + kDatePattern + "))?$");
  static const Regex kDateOnly(std::string("^(") + kDatePattern + ")$");
  // A part's number on its own ("II", "Part II", "B"), or with its heading
  // on the same line ("II. Financial performance report").
  static const Regex kSectionAlone(std::string("^") + masthead::kPartPrefixPattern + "([IVXLC]{1,7}|[A-Z])\\.?$");
  static const Regex kSectionInline("^([IVXLC]{1,7}|[A-H])\\.\\s+(\\p{Lu}.{0,200})$");
  static const Regex kAnnex(std::string("^") + masthead::kAnnexLabelPattern + "$");

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
  auto text_at = [&](std::size_t b) -> std::string_view { return b < blocks->size() ? std::string_view((*blocks)[b].text) : std::string_view(); };
  // A heading line: short, not a paragraph of its own, no closing comma or semicolon.
  auto heading_like = [&](std::string_view t) {
    if (t.empty() || t.size() > 300 || kOperative.search(t) || kPoint.search(t) || kSectionAlone.search(t) ||
        kAnnex.search(t) || kMeeting.search(t))
      return false;
    const char last = t.back();
    return last != ',' && last != ';' && last != ':';
  };
  // A title line: a heading line that is not a closed sentence either.
  auto title_like = [&](std::string_view t) { return heading_like(t) && !t.ends_with("."); };
  // The title lines after block b, at most `most` (an annex's, or those of a
  // text a resolution adopts); a table's rows ("Argentina 3 0 0 3") are not
  // titles. Advances b past them.
  static const Regex kFigures("(?:^|\\s)[0-9][0-9,.]*\\s+[0-9][0-9,.]*(?:\\s|$)");
  auto title_lines = [&](std::size_t& b, std::size_t most) {
    std::vector<RichText> lines;
    while (lines.size() < most && title_like(text_at(b + 1)) && !kFigures.search(text_at(b + 1))) {
      lines.push_back(rich(ctx, (*blocks)[b + 1]));
      ++b;
    }
    return lines;
  };
  // A section starting at block b: its level, number and heading; the
  // number of blocks it takes (0 when b does not start one).
  std::string section_label;  // the number of the last section found, as printed ("Part II.", "B.")
  auto section_at = [&](std::size_t b, Section& sec) -> std::size_t {
    const std::string_view t = text_at(b);
    std::string num;
    std::optional<RichText> heading;
    std::size_t taken = 1;
    if (auto m = kSectionAlone.search(t)) {
      num = std::string(m->str(t, 1));
      section_label = std::string(t);
      if (title_like(text_at(b + 1))) {
        heading = rich(ctx, (*blocks)[b + 1]);
        taken = 2;
      }
    } else if (auto m2 = kSectionInline.search(t)) {
      const char last = t.back();
      if (last == '.' || last == ',' || last == ';' || last == ':') return 0;
      num = std::string(m2->str(t, 1));
      section_label = std::string(trim(t.substr(0, m2->groups[2].first)));
      heading = rich(ctx, (*blocks)[b], m2->groups[2].first);
    } else {
      return 0;
    }
    // Level: roman numerals are parts, letters their subdivisions; a letter
    // that follows the previous letter ("H" then "I") stays a letter.
    int level = is_upper_roman(num) ? 1 : 2;
    if (level == 1 && num.size() == 1 && !res.sections.empty() && res.sections.back().level == 2 &&
        res.sections.back().num.size() == 1 && res.sections.back().num[0] + 1 == num[0])
      level = 2;
    if (level == 2 && (res.sections.empty() || std::none_of(res.sections.begin(), res.sections.end(), [](const Section& s) { return s.level == 1; })))
      level = 1;
    sec = Section{level, num, std::move(heading), {}, {}};
    return taken;
  };
  // A block in the operative part or an annex: a numbered paragraph, a
  // point of the last numbered one, or an unnumbered paragraph.
  // Lines of a table that a paragraph announces ("as follows:") are kept in
  // it as text: one warning per table, not one per row.
  struct TableRun {
    std::size_t first_block = 0, rows = 0;
    std::string para;
  };
  std::vector<TableRun> tables;
  bool announced = false;  // the last operative paragraph ends with ":" and no point followed
  auto push_section = [&](std::size_t b, Section sec) {
    record_label(res, doc, (*blocks)[b], section_label, sec.num,
                 "a part's number is kept as its number alone, without \"Part\" or the full stop printed with it");
    res.sections.push_back(std::move(sec));
  };
  auto place_paragraph = [&](std::vector<OperativeParagraph>& target, std::size_t b, bool append_unnumbered) {
    const std::string_view t = text_at(b);
    if (auto m = kOperative.search(t)) {
      target.push_back(OperativeParagraph{std::string(m->str(t, 1)) + ".", rich(ctx, (*blocks)[b], m->groups[2].first), {}, std::nullopt});
      return;
    }
    if (auto m = kPoint.search(t); m && !target.empty()) {
      OperativeParagraph& para = target.back();
      Point p{"(" + std::string(m->str(t, 1)) + ")", rich(ctx, (*blocks)[b], m->groups[2].first), {}};
      const bool roman = is_roman(m->str(t, 1));
      if (roman && !para.points.empty()) {
        const std::string& prev = para.points.back().num;
        const std::string_view label = m->str(t, 1);
        const bool next_letter = prev.size() == 3 && label.size() == 1 && prev[1] + 1 == label[0];
        if (!next_letter || !para.points.back().points.empty()) {
          para.points.back().points.push_back(std::move(p));
          return;
        }
      }
      para.points.push_back(std::move(p));
      return;
    }
    if (append_unnumbered && !target.empty()) {
      OperativeParagraph& para = target.back();
      if (!para.points.empty() && !para.wrap_up) {
        para.wrap_up = rich(ctx, (*blocks)[b]);
        return;
      }
      if (announced) {
        if (tables.empty() || tables.back().para != para.num || tables.back().first_block + tables.back().rows != b)
          tables.push_back(TableRun{b, 0, para.num});
        ++tables.back().rows;
      } else {
        warn(res, doc, b, para.num.empty() ? std::string("unnumbered text after an unnumbered operative paragraph appended to it")
                                            : "unnumbered text after operative paragraph " + para.num + " appended to it");
      }
      RichText more = rich(ctx, (*blocks)[b]);
      const std::size_t base = para.text.text.size() + 1;
      para.text.text += " " + more.text;
      for (NoteRef n : more.notes) para.text.notes.push_back({n.offset + base, n.footnote});
      return;
    }
    target.push_back(OperativeParagraph{"", rich(ctx, (*blocks)[b]), {}, std::nullopt});
  };

  std::vector<std::size_t> preface_blocks;  // blocks kept in the preface beyond the title
  bool read_as_record = false;              // no formula: the text was read as plain paragraphs
  enum class Zone { preface, preamble, operative, conclusions, annex } zone = Zone::preface;
  for (std::size_t b = 0; b < blocks->size(); ++b) {
    const Block& block = (*blocks)[b];
    const std::string_view t = block.text;
    if (is_blank(t)) continue;
    if (kAnnex.search(t)) {
      zone = Zone::annex;
      Annex annex;
      annex.label = std::string(t);
      if (annex.label.back() == '.') {
        annex.label.pop_back();
        record_label(res, doc, block, std::string(t), annex.label, "an annex's label is kept without its closing full stop");
      }
      annex.heading = title_lines(b, 4);
      res.annexes.push_back(std::move(annex));
      continue;
    }
    // The conclusions; they also close a text the resolution adopted (but
    // not an annex printed after them).
    if (auto m = kMeeting.search(t); m && zone != Zone::preface && !(zone == Zone::annex && res.conclusion)) {
      zone = Zone::conclusions;
      if (!res.conclusion) res.conclusion.emplace();
      res.conclusion->meeting = std::string(m->str(t, 1));
      if (m->has(2)) res.conclusion->date = parse_date(m->str(t, 2));
      continue;
    }
    if (zone == Zone::annex) {
      place_paragraph(res.annexes.back().paragraphs, b, false);
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
      if (auto m = kAdoptedAt.search(t)) {
        res.adoption_line = std::string(t);
        if (res.body.empty()) res.body = std::string(m->str(t, 1));
        res.adoption_meeting = std::string(m->str(t, 2));
        res.adoption_date = parse_date(m->str(t, 3));
        continue;
      }
      if (auto m = kReport.search(t)) {
        res.report_line = std::string(t);
        if (m->has(1)) res.committee = std::string(m->str(t, 1));
        continue;
      }
      if (auto m = kFormula.search(t)) {
        res.formula = std::string(t);
        res.body = std::string(m->has(1) ? m->str(t, 1) : m->str(t, 2));
        zone = Zone::preamble;
        continue;
      }
      if (auto m = kSponsors.search(t); m && !res.sponsors && !res.number) {
        Sponsors sp;
        sp.line = rich(ctx, block);
        sp.kind = std::string(m->str(t, 2));
        const std::string_view list = std::string_view(sp.line.text).substr(0, sp.line.text.rfind(':'));
        sp.names = sponsor_names(list);
        res.sponsors = std::move(sp);
        // The title follows the sponsors; what came before was preface.
        if (res.title) {
          res.other_preface.insert(res.other_preface.begin(), std::move(*res.title));
          res.title.reset();
        }
        continue;
      }
      if (!res.number && !res.title) {
        if (auto m = kNumberTitle.search(t)) {
          res.number = std::string(m->str(t, 1));
          res.number_separator = m->str(t, 2).starts_with(".") ? ". " : " ";
          res.title = rich(ctx, block, m->groups[3].first);
          continue;
        }
        if (auto m = kScNumber.search(t)) {
          res.number_prefix = std::string(m->str(t, 1));
          res.number = std::string(m->str(t, 2));
          continue;
        }
        res.title = rich(ctx, block);
        continue;
      }
      res.other_preface.push_back(rich(ctx, block));
      preface_blocks.push_back(b);
      continue;
    }
    if (Section sec; zone != Zone::conclusions && !kOperative.search(t)) {
      // A lettered heading under a paragraph that announces a table or list
      // ("as set out in the table below:") heads part of that table, not a
      // part of the resolution.
      const bool in_table = announced && zone == Zone::operative;
      const std::size_t taken = section_at(b, sec);
      if (taken > 0 && !(in_table && sec.level == 2)) {
        push_section(b, std::move(sec));
        b += taken - 1;
        zone = Zone::preamble;  // a part may open with preambular paragraphs of its own
        continue;
      }
    }
    std::vector<OperativeParagraph>& operative = current_operative(res);
    if ((zone == Zone::preamble || zone == Zone::operative) && kAdopts.search(t) && title_like(text_at(b + 1))) {
      // "Adopts the following political declaration ...:" and the text it
      // adopts, under its own title, up to the conclusions.
      place_paragraph(operative, b, false);
      Annex adopted;
      adopted.name = "adoptedText";
      adopted.heading = title_lines(b, 3);
      res.annexes.push_back(std::move(adopted));
      zone = Zone::annex;
      continue;
    }
    if (auto m = kOperative.search(t)) {
      if (zone == Zone::conclusions) warn(res, doc, b, "numbered paragraph after the conclusions");
      zone = Zone::operative;
      place_paragraph(operative, b, false);
      announced = t.ends_with(":");
      continue;
    }
    if (auto m = kPoint.search(t); m && zone == Zone::operative && !operative.empty()) {
      place_paragraph(operative, b, false);
      announced = false;
      continue;
    }
    if (zone == Zone::preamble) {
      const char last = t.back();
      bool operative_like;
      if (!res.sections.empty()) {
        // Inside a part, preambular paragraphs end with a comma; anything
        // else is the part's (unnumbered) operative text.
        operative_like = last != ',';
      } else {
        // A lone unnumbered operative paragraph ends with a full stop.
        operative_like = last == '.' && (b + 1 == blocks->size() || kMeeting.search(text_at(b + 1)).has_value() ||
                                         kAnnex.search(text_at(b + 1)).has_value());
      }
      if (operative_like) {
        zone = Zone::operative;
        operative.push_back(OperativeParagraph{"", rich(ctx, block), {}, std::nullopt});
        continue;
      }
      auto& preamble = res.sections.empty() ? res.preamble : res.sections.back().preamble;
      preamble.push_back(PreambularParagraph{lead_of(t), rich(ctx, block)});
      continue;
    }
    if (zone == Zone::operative && !operative.empty()) {
      place_paragraph(operative, b, true);
      continue;
    }
    warn(res, doc, b, "text after the conclusions not placed in the body: \"" + std::string(t.substr(0, 60)) + "\"");
    res.other_preface.push_back(rich(ctx, block));
  }
  if (!res.formula && res.preamble.empty() && res.operative.empty() && res.sections.empty() &&
      !preface_blocks.empty() && blocks == &doc.blocks) {
    // No enacting formula: a report, a letter, a meeting record. Its text
    // is a sequence of paragraphs (numbered where it numbers them) under
    // its headings, not preface matter.
    res.other_preface.clear();
    read_as_record = true;
    for (std::size_t k = 0; k < preface_blocks.size(); ++k) {
      const std::size_t b = preface_blocks[k];
      Section sec;
      if (const std::size_t taken = section_at(b, sec)) {
        push_section(b, std::move(sec));
        if (taken == 2 && k + 1 < preface_blocks.size() && preface_blocks[k + 1] == b + 1) ++k;
        continue;
      }
      place_paragraph(current_operative(res), b, false);
    }
    res.warnings.push_back({std::string(kStage), {}, "no enacting formula: the text is read as a sequence of " + std::to_string(operative_count(res)) + " paragraphs (a report, letter or record)"});
  } else {
    for (std::size_t b : preface_blocks)
      warn(res, doc, b, "text before the enacting formula kept in the preface: \"" + std::string((*blocks)[b].text.substr(0, 60)) + "\"");
  }
  for (const TableRun& t : tables)
    warn(res, doc, t.first_block,
         std::to_string(t.rows) + " lines of what paragraph " + (t.para.empty() ? std::string("(unnumbered)") : t.para) +
             " announces (a table or list) kept in it as text; tables are not marked up as tables");
  for (std::size_t k = 0; k < res.sections.size(); ++k) {
    const Section& s = res.sections[k];
    const bool has_subdivisions = k + 1 < res.sections.size() && res.sections[k + 1].level > s.level;
    if (s.preamble.empty() && s.operative.empty() && !has_subdivisions)
      res.warnings.push_back({std::string(kStage), {}, "part " + s.num + " has no paragraphs"});
  }
  if (res.body.empty() && res.meta.body) res.body = *res.meta.body;
  res.actor = actor_for_body(res.body);
  if (!res.formula && !read_as_record)
    res.warnings.push_back({std::string(kStage), {}, "no enacting formula (\"The General Assembly,\") found"});
  if (operative_count(res) == 0) res.warnings.push_back({std::string(kStage), {}, "no operative paragraphs found"});
  if (!res.adoption_date && res.conclusion && res.conclusion->date) res.adoption_date = res.conclusion->date;
  return res;
}

std::string document_name(const Resolution& res) {
  if (res.sponsors && res.sponsors->kind.find("decision") != std::string::npos) return "decisionDraft";
  if (res.sponsors) return "resolutionDraft";
  return "resolution";
}

std::size_t preambular_count(const Resolution& res) {
  std::size_t n = res.preamble.size();
  for (const Section& s : res.sections) n += s.preamble.size();
  return n;
}

std::size_t operative_count(const Resolution& res) {
  std::size_t n = res.operative.size();
  for (const Section& s : res.sections) n += s.operative.size();
  return n;
}

}  // namespace akn
