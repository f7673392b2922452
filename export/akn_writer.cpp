// Akoma Ntoso 3.0 writer, following AKN4UN for resolutions (see
// ../shared/akn/AKN4UN.md) as the UN writes it in its own AKN: statement
// name="resolution" (decision, resolutionDraft, decisionDraft), FRBR IRIs
// under /akn/un/statement/deliberation/; other documents as doc
// name="letter" (report, note, meetingRecord, document) under
// /akn/un/doc/{name}/; masthead in coverPage, adoption line,
// committee line, number and title in preface, formula and one container
// per preambular paragraph in preamble, numbered paragraphs with points in
// mainBody, authorialNote at the point of reference, conclusions.
#include <algorithm>
#include <functional>
#include <set>
#include <stdexcept>

#include "core/digits.hpp"
#include "core/error.hpp"
#include "core/language.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"
#include "export/export.hpp"
#include "structure/structure.hpp"
#include "export/xml_handles.hpp"
#include "core/un_vocabulary.hpp"

namespace akn {

namespace {
constexpr const char* kNs = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
constexpr const char* kOwnNs = "urn:akn-ingest:metadata";

// Keeps only what XML 1.0 can carry.
std::string xml_safe(std::string_view text) {
  // Bytes that are not UTF-8 become U+FFFD first (ingest hands on valid
  // UTF-8; a Resolution built otherwise must still give well-formed XML).
  const std::string repaired = is_valid_utf8(text) ? std::string() : to_valid_utf8(text);
  const std::string_view s = repaired.empty() ? text : std::string_view(repaired);
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(s, i);
    if (is_xml_char(cp) && cp != '\r') out.append(s.substr(start, i - start));
  }
  return out;
}

class Writer {
 public:
  Writer() : buffer_(xmlBufferCreate()), writer_(xmlNewTextWriterMemory(buffer_.get(), 0)) {
    if (!buffer_ || !writer_) throw ResourceError("libxml2: cannot create an XML writer");
    check(xmlTextWriterSetIndent(writer_.get(), 1));
    check(xmlTextWriterSetIndentString(writer_.get(), reinterpret_cast<const xmlChar*>("  ")));
    check(xmlTextWriterStartDocument(writer_.get(), "1.0", "UTF-8", nullptr));
  }
  // Elements with mixed content are written without indentation inside:
  // the writer's pretty-printing would otherwise add white space to the
  // text ("1993,\n          <sup>").
  void start(const char* name) {
    check(xmlTextWriterStartElement(writer_.get(), x(name)));
    after_mixed_ = false;
    ++depth_;
    if (mixed_at_ == 0 && is_mixed(name)) {
      mixed_at_ = depth_;
      check(xmlTextWriterSetIndent(writer_.get(), 0));
    }
  }
  void attr(const char* name, std::string_view value) {
    const std::string v = xml_safe(value);
    check(xmlTextWriterWriteAttribute(writer_.get(), x(name), x(v.c_str())));
  }
  void text(std::string_view s) {
    if (s.empty()) return;
    const std::string v = xml_safe(s);
    check(xmlTextWriterWriteString(writer_.get(), x(v.c_str())));
  }
  void end() {
    if (after_mixed_) {
      // The writer does not indent an end tag that follows a mixed element.
      check(xmlTextWriterWriteRaw(writer_.get(), x(std::string(2 * static_cast<std::size_t>(depth_ - 1), ' ').c_str())));
      after_mixed_ = false;
    }
    check(xmlTextWriterEndElement(writer_.get()));
    if (mixed_at_ == depth_) {
      mixed_at_ = 0;
      check(xmlTextWriterSetIndent(writer_.get(), 1));
      check(xmlTextWriterWriteRaw(writer_.get(), x("\n")));
      after_mixed_ = true;
    }
    --depth_;
  }
  void element(const char* name, std::initializer_list<std::pair<const char*, std::string>> attrs,
               std::string_view body = {}) {
    start(name);
    for (const auto& [k, v] : attrs) attr(k, v);
    text(body);
    end();
  }
  std::string finish() {
    check(xmlTextWriterEndDocument(writer_.get()));
    writer_.reset();
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_.get())),
                       static_cast<std::size_t>(xmlBufferLength(buffer_.get())));
  }

 private:
  static const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
  static bool is_mixed(std::string_view name) {
    return name == "p" || name == "heading" || name == "subheading" || name == "crossHeading" || name == "num" ||
           name == "docTitle" || name == "listIntroduction";
  }
  int depth_ = 0;
  int mixed_at_ = 0;  // depth of the mixed-content element being written; 0 when none
  bool after_mixed_ = false;  // a mixed element has just been closed
  static void check(int rc) {
    if (rc < 0) throw ResourceError("libxml2: writing the AKN document failed");
  }
  xml::Buffer buffer_;
  xml::Writer writer_;
};

// The number as the IRI writes it: "/" becomes "-", a Security Council
// number's year in brackets becomes "-YYYY" ("2720 (2023)" -> "2720-2023"),
// other spaces "-". A resolution is numbered by its number (a statement's
// as statement_number gives it, which a Council resolution's symbol gives
// when it prints none); another
// document by its symbol ("S/2012/197" -> "S-2012-197"); a document with
// neither by "nn-" and the first 8 hex digits of its content hash.
// A statement's number as its Work names it, the same in every language:
// full-width brackets read as ASCII ones and one space before the year's
// bracket ("2735（2024）", "2735(2024)" as Chinese prints them, "2735
// (2024)"). A Security Council resolution that prints no number line (the
// UN's Russian S/RES/2735 (2024) has none) is numbered by its symbol's
// number ("S/RES/2735 (2024)" -> "2735 (2024)"). Nullopt for a document
// that is no statement, or that prints neither.
std::optional<std::string> statement_number(const Resolution& res) {
  static const Regex kCouncil("^([0-9]{1,5})\\s*[(\uFF08]\\s*((?:19|20)[0-9]{2})\\s*[)\uFF09]$");
  static const Regex kCouncilSymbol("^S/RES/([0-9]{1,5})\\s*\\(((?:19|20)[0-9]{2})\\)$");
  if (!is_statement(res)) return std::nullopt;
  if (res.number) {
    const auto m = kCouncil.search(*res.number);
    return m ? std::string(m->str(*res.number, 1)) + " (" + std::string(m->str(*res.number, 2)) + ")" : *res.number;
  }
  if (!res.meta.symbol) return std::nullopt;
  const auto m = kCouncilSymbol.search(*res.meta.symbol);
  if (!m) return std::nullopt;
  return std::string(m->str(*res.meta.symbol, 1)) + " (" + std::string(m->str(*res.meta.symbol, 2)) + ")";
}

std::string iri_number(const Resolution& res) {
  auto form = [](const std::string& printed) {
    std::string n;
    for (char c : printed) {
      if (c == '(' || c == ')') continue;
      if (c == ' ') {
        if (!n.empty() && n.back() != '-') n += '-';
        continue;
      }
      n += c == '/' ? '-' : c;
    }
    return n;
  };
  const bool numbered = res.number && res.number->find("\u2026") == std::string::npos && res.number->find("...") == std::string::npos;
  const auto statement = statement_number(res);
  if (statement && (numbered || !res.number)) return form(*statement);
  if (res.meta.symbol) return form(*res.meta.symbol);
  if (numbered) return form(*res.number);
  return "nn-" + res.source.sha256.substr(0, 8);
}

struct FrbrDate {
  std::string date, name;
  std::string iri;  // the IRI's date component
};

// A document that prints no date is dated in FRBR by what is certain of it:
// not before the founding of the United Nations. Its IRI says "undated".
constexpr const char* kNotBefore = "1945-10-24";

// The Work date (structure's work_date), or the honest form above.
FrbrDate work_frbr_date(const Resolution& res) {
  if (auto d = work_date(res)) return {d->date.iso(), d->name, d->name == "year" ? std::to_string(d->date.year) : d->date.iso()};
  return {kNotBefore, "notBefore", "undated"};
}

// The Expression date: the publication (the masthead's date of issue), else
// the Work's.
FrbrDate expression_date(const Resolution& res) {
  if (res.meta.issue_date) return {res.meta.issue_date->iso(), "publication", res.meta.issue_date->iso()};
  return work_frbr_date(res);
}

// The letters and figures of a number, of any script, for an eId: "(b)"
// -> "b", "(أ)" -> "أ" (as the UN's Arabic AKN writes "point_أ"), "а)" ->
// "а". Before, only ASCII was kept, so every Arabic point had the empty
// eId "point_" and its copies "point__2", "point__3". Figures by their
// value, of any script: a paragraph numbered "١٢ -" in Arabic-Indic digits
// is "para_12", as the same paragraph of every language version is.
std::string num_id(std::string_view num) {
  std::string out;
  for (std::size_t i = 0; i < num.size();) {
    const std::size_t from = i;
    const char32_t c = next_code_point(num, i);
    // A figure by its value: "١٢ -" is para_12 as "12." is (the <num> keeps the printed digits).
    if (const int d = decimal_digit_value(c); d >= 0) out.push_back(static_cast<char>('0' + d));
    else if (is_letter(c)) out.append(num.substr(from, i - from));
  }
  return out;
}

class AknWriter {
 public:
  AknWriter(const Resolution& res, std::vector<AknPart>* parts) : res_(&res), top_(&res), parts_(parts) {}

  std::string write() {
    w_.start("akomaNtoso");
    w_.attr("xmlns", kNs);
    w_.start(is_statement(res()) ? "statement" : "doc");
    w_.attr("name", document_name(res()));
    w_.attr("contains", "originalVersion");
    meta();
    cover_page();
    parts();
    w_.end();
    w_.end();
    return w_.finish();
  }

 private:
  std::string unique_eid(std::string id) {
    if (!eid_prefix_.empty() && !id.starts_with(eid_prefix_)) id = eid_prefix_ + id;
    std::string candidate = id;
    for (int k = 2; !eids_.insert(candidate).second; ++k) candidate = id + "_" + std::to_string(k);
    return candidate;
  }

  // The issuing body's code as the UN's AKN writes it in FRBRauthor ("ga"),
  // or "un" when the body is unknown.
  std::string author_code() const {
    const vocabulary::Body* b = vocabulary::body_with_actor(res().actor);
    return b ? std::string(b->author) : std::string("un");
  }

  // FRBR identification of the main document ("main") or an attachment
  // ("annex_1"), which is a component of the same Work. The IRIs are written
  // as the UN writes them: a trailing slash, the component after the
  // language in the Expression ("eng@!main/").
  void identification(const std::string& component, const std::string& name) {
    const std::string work = work_iri(res());
    const FrbrDate date = work_frbr_date(res());
    const FrbrDate published = expression_date(res());
    const std::string lang = terminology_code(res().meta.language.value_or("en"));
    const std::string author = author_code();
    w_.start("identification");
    w_.attr("source", "#akn-ingest");
    w_.start("FRBRWork");
    w_.element("FRBRthis", {{"value", work + "!" + component + "/"}});
    w_.element("FRBRuri", {{"value", work}});
    if (res().meta.symbol) w_.element("FRBRalias", {{"value", *res().meta.symbol}, {"name", "symbol"}});
    w_.element("FRBRdate", {{"date", date.date}, {"name", date.name}});
    w_.element("FRBRauthor", {{"href", author}, {"as", "author"}});
    w_.element("FRBRcountry", {{"value", "un"}});
    w_.element("FRBRsubtype", {{"value", is_statement(res()) ? std::string("deliberation") : document_name(res())}});
    if (const auto number = statement_number(res())) w_.element("FRBRnumber", {{"value", iri_number(res())}, {"showAs", *number}});
    else if (res().meta.symbol) w_.element("FRBRnumber", {{"value", iri_number(res())}, {"showAs", *res().meta.symbol}});
    w_.element("FRBRname", {{"value", name}});
    w_.end();
    w_.start("FRBRExpression");
    w_.element("FRBRthis", {{"value", work + lang + "@!" + component + "/"}});
    w_.element("FRBRuri", {{"value", work + lang + "@/"}});
    w_.element("FRBRdate", {{"date", published.date}, {"name", published.name}});
    w_.element("FRBRauthor", {{"href", author}, {"as", "issuer"}});
    w_.element("FRBRlanguage", {{"language", lang}});
    w_.end();
    w_.start("FRBRManifestation");
    w_.element("FRBRthis", {{"value", work + lang + "@/!" + component + ".xml"}});
    w_.element("FRBRuri", {{"value", work + lang + "@.xml"}});
    // An undated document's manifestation is not claimed to be made in 1945.
    const bool undated = published.name == "notBefore";
    w_.element("FRBRdate", {{"date", published.date}, {"name", undated ? published.name : std::string("transformation")}});
    w_.element("FRBRauthor", {{"href", "#akn-ingest"}, {"as", "editor"}});
    w_.end();
    w_.end();  // identification
  }

  void meta() {
    w_.start("meta");
    identification("main", document_name(res()));
    w_.start("references");
    w_.attr("source", "#akn-ingest");
    w_.element("TLCOrganization", {{"eId", "akn-ingest"}, {"href", "/ontology/organization/akn-ingest"}, {"showAs", "akn-ingest"}});
    w_.element("TLCOrganization", {{"eId", "un"}, {"href", "/ontology/organization/un"}, {"showAs", "United Nations"}});
    if (res().actor != "un")
      w_.element("TLCOrganization", {{"eId", res().actor}, {"href", "/ontology/organization/un/" + res().actor}, {"showAs", res().body}});
    if (const std::string code = author_code(); code != "un" && code != res().actor)
      w_.element("TLCOrganization", {{"eId", code}, {"href", "/ontology/organization/un/" + code}, {"showAs", res().body}});
    if (res().conclusion) {
      w_.element("TLCEvent", {{"eId", "adoption"}, {"href", "/ontology/event/un/adoption"}, {"showAs", "Adoption"}});
      w_.element("TLCLocation", {{"eId", "adoptionMeeting"}, {"href", "/ontology/location/un/meeting"}, {"showAs", "Meeting of adoption"}});
    }
    for (const auto& [id, show] : std::initializer_list<std::pair<const char*, const char*>>{
             {"symbol", "Document symbol"}, {"issueDate", "Date of issue"}, {"adoptionDate", "Date of adoption"},
             {"session", "Session"}, {"agendaItem", "Agenda item"}, {"agendaItemTitle", "Title of the agenda item"}, {"distribution", "Distribution"},
             {"publicationJobNumber", "Job number"}, {"plenaryMeeting", "Plenary meeting"},
             {"resolution", "Resolution"}, {"mainCommittee", "Main Committee"}, {"meeting", "Meeting"},
             {"sponsor", "Sponsor"}, {"preamble", "Preambular paragraph"}})
      w_.element("TLCConcept", {{"eId", id}, {"href", std::string("/ontology/concept/un/") + id}, {"showAs", show}});
    masthead_concepts();
    w_.end();
    w_.start("proprietary");
    w_.attr("source", "#akn-ingest");
    w_.start("akni:source");
    w_.attr("xmlns:akni", kOwnNs);
    w_.attr("kind", res().source.kind);
    w_.attr("encoding", res().source.encoding);
    w_.attr("sha256", res().source.sha256);
    w_.end();
    if (res().meta.ods_job_number) {
      w_.start("akni:odsJobNumber");
      w_.attr("xmlns:akni", kOwnNs);
      w_.text(*res().meta.ods_job_number);
      w_.end();
    }
    for (const std::string& s : res().meta.other_symbols) {
      w_.start("akni:otherSymbol");
      w_.attr("xmlns:akni", kOwnNs);
      w_.text(s);
      w_.end();
    }
    w_.end();  // proprietary
    w_.end();  // meta
  }

  // The concepts of the masthead values only some documents print (a joint
  // document's further symbols, a meeting record's meeting), when printed.
  void masthead_concepts() {
    const Metadata& m = res().meta;
    const std::pair<bool, std::pair<const char*, const char*>> concepts[] = {
        {!m.other_symbols.empty(), {"otherSymbol", "Further symbol of the document"}},
        {m.status.has_value(), {"recordStatus", "Status of the record"}},
        {!m.original_languages.empty(), {"originalLanguage", "Language of the original"}},
        {m.year.has_value(), {"councilYear", "Year of the Security Council"}},
        {m.meeting_date.has_value(), {"meetingDate", "Date of the meeting"}},
        {m.meeting_time.has_value(), {"meetingTime", "Time of the meeting"}},
        {m.meeting_place.has_value(), {"meetingPlace", "Place of the meeting"}}};
    for (const auto& [printed, tlc] : concepts)
      if (printed)
        w_.element("TLCConcept", {{"eId", tlc.first}, {"href", std::string("/ontology/concept/un/") + tlc.first},
                                  {"showAs", tlc.second}});
  }

  void p_with(const char* inner, std::initializer_list<std::pair<const char*, std::string>> attrs, std::string_view text) {
    w_.start("p");
    w_.element(inner, attrs, text);
    w_.end();
  }

  // The masthead as the page prints it, in the document's language (the
  // printed forms of Metadata; the English ones where the page's form is
  // not known): the organization, the symbol(s),
  // the organ(s), a record's status, the distribution and date of issue,
  // the language of the original, the session or the Security Council's
  // year, a record's meeting (number, day and hour, place), the Main
  // Committee, the agenda item and its title, and the job number.
  void cover_page() {
    const Metadata& m = res().meta;
    const bool printed_symbol = m.symbol && !m.symbol_derivation;  // the cover page shows what is printed
    if (!(m.organization || printed_symbol || m.distribution || m.issue_date || m.session || m.committee || m.agenda_item ||
          !m.agenda_titles.empty() || m.job_number || m.meeting || m.meeting_date || m.year || m.status))
      return;
    w_.start("coverPage");
    w_.start("container");
    w_.attr("name", "masthead");
    w_.attr("eId", unique_eid("masthead"));
    if (m.organization) p_with("docAuthority", {{"refersTo", "#un"}}, m.organization_printed.value_or(*m.organization));
    if (printed_symbol) {
      w_.start("p");
      w_.element("docNumber", {{"refersTo", "#symbol"}}, *m.symbol);
      if (const Footnote* f = masthead_note(m.symbol_note)) note(*f, "masthead");
      w_.end();
    }
    for (const std::string& s : m.other_symbols) p_with("docNumber", {{"refersTo", "#otherSymbol"}}, s);
    if (m.body) p_with("docAuthority", {{"refersTo", "#" + actor_ref()}}, m.body_printed.value_or(*m.body));
    for (std::size_t k = 0; k < m.other_bodies.size(); ++k)
      p_with("docAuthority", {}, k < m.other_bodies_printed.size() ? m.other_bodies_printed[k] : m.other_bodies[k]);
    if (m.status) p_with("docStatus", {{"refersTo", "#recordStatus"}}, *m.status);
    if (m.distribution) p_with("inline", {{"name", "distribution"}, {"refersTo", "#distribution"}}, m.distribution_printed.value_or("Distr.: " + *m.distribution));
    if (m.issue_date) p_with("docDate", {{"date", m.issue_date->iso()}, {"refersTo", "#issueDate"}}, m.issue_date->printed);
    original_languages();
    if (m.session) {
      if (m.session_number) p_with("session", {{"value", std::to_string(*m.session_number)}, {"refersTo", "#session"}}, *m.session);
      else p_with("inline", {{"name", "session"}, {"refersTo", "#session"}}, *m.session);
    }
    if (m.year) {
      if (m.year_number) p_with("session", {{"value", std::to_string(*m.year_number)}, {"refersTo", "#councilYear"}}, *m.year);
      else p_with("inline", {{"name", "councilYear"}, {"refersTo", "#councilYear"}}, *m.year);
    }
    meeting();
    if (m.committee) p_with("inline", {{"name", "committee"}, {"refersTo", "#mainCommittee"}}, *m.committee);
    if (m.agenda_item) {
      w_.start("p");
      w_.element("inline", {{"name", "agendaItem"}, {"refersTo", "#agendaItem"}}, *m.agenda_item);
      if (const Footnote* f = masthead_note(m.agenda_item_note)) note(*f, "masthead");
      w_.end();
    }
    // One paragraph for each item's title, as the UN's AKN marks them.
    for (const std::string& t : m.agenda_titles) p_with("inline", {{"name", "agendaItemTitle"}, {"refersTo", "#agendaItemTitle"}}, t);
    if (m.job_number) p_with("docketNumber", {{"refersTo", "#publicationJobNumber"}}, *m.job_number);
    w_.end();
    w_.end();
  }

  // "Original: English" (the names of the languages the masthead gave).
  void original_languages() {
    std::string names;
    for (const std::string& code : res().meta.original_languages) {
      const std::string name = official_language_name(code);
      if (!name.empty()) names += (names.empty() ? "" : "/") + name;
    }
    if (!names.empty()) p_with("inline", {{"name", "originalLanguage"}, {"refersTo", "#originalLanguage"}}, "Original: " + names);
  }

  // A meeting record's meeting, its day and hour, and its place.
  void meeting() {
    const Metadata& m = res().meta;
    if (m.meeting) p_with("event", {{"refersTo", "#meeting"}}, *m.meeting);
    if (m.meeting_date || m.meeting_time) {
      w_.start("p");
      if (m.meeting_date) w_.element("docDate", {{"date", m.meeting_date->iso()}, {"refersTo", "#meetingDate"}}, m.meeting_date->printed);
      if (m.meeting_date && m.meeting_time) w_.text(", ");
      if (m.meeting_time) w_.element("time", {{"time", m.meeting_time->iso()}, {"refersTo", "#meetingTime"}}, m.meeting_time->printed);
      w_.end();
    }
    if (m.meeting_place) p_with("location", {{"refersTo", "#meetingPlace"}}, *m.meeting_place);
  }

  // The note whose mark is printed on a masthead value (the symbol, the
  // agenda item), if any.
  const Footnote* masthead_note(const std::optional<std::string>& mark) const {
    if (!mark) return nullptr;
    for (const Footnote& f : res().footnotes)
      if (f.marker == *mark) return &f;
    return nullptr;
  }

  std::string actor_ref() const { return res().actor == "un" ? "un" : res().actor; }

  // A run of text written as an element of its own (a sponsor's name, the
  // date in the adoption line).
  struct Span {
    std::size_t begin = 0, size = 0;
    const char* element = "";
    std::vector<std::pair<const char*, std::string>> attrs;
  };

  // Text with authorialNotes at their offsets and `spans` (in order, not
  // overlapping) written as their elements.
  void rich(const RichText& t, const std::string& parent, std::vector<Span> spans = {}) {
    if (parts_) parts_->push_back(AknPart{parent, t.text, t.source});
    if (!t.italic.empty()) {
      // The runs printed in italics (lead words), as the UN marks them.
      for (const StyledRun& r : t.italic)
        if (r.size > 0 && r.begin + r.size <= t.text.size())
          spans.push_back({r.begin, r.size, "span", {{"class", r.bold ? "bold" : "italic"}}});
      std::stable_sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    }
    const std::string_view text = t.text;
    std::size_t at = 0, n = 0;
    auto notes_until = [&](std::size_t off) {
      for (; n < t.notes.size() && std::min(t.notes[n].offset, text.size()) <= off; ++n) {
        const std::size_t o = std::max(at, std::min(t.notes[n].offset, text.size()));
        w_.text(text.substr(at, o - at));
        at = o;
        note(res().footnotes[t.notes[n].footnote], parent);
      }
    };
    for (const Span& s : spans) {
      if (s.begin < at) continue;
      notes_until(s.begin);
      w_.text(text.substr(at, s.begin - at));
      w_.start(s.element);
      for (const auto& [k, v] : s.attrs) w_.attr(k, v);
      w_.text(text.substr(s.begin, s.size));
      w_.end();
      at = s.begin + s.size;
    }
    notes_until(text.size());
    w_.text(text.substr(at));
  }

  void note(const Footnote& f, const std::string& parent) {
    w_.start("sup");
    w_.attr("class", "footnote");
    w_.start("authorialNote");
    w_.attr("marker", f.marker);
    w_.attr("placement", "bottom");
    w_.attr("eId", unique_eid(parent + "__authorialNote_" + std::to_string(++notes_)));
    w_.start("p");
    w_.text(f.text);
    w_.end();
    w_.end();
    w_.end();
  }

  // `line` as a paragraph, with the first occurrence of each of `parts`
  // (searched in order) written as its element; a part not found is skipped.
  // `parts` in the order the line prints them (Chinese prints the date,
  // the body, then the kind: "2023年12月19日大会决议").
  void marked_line(const std::string& line, std::vector<std::pair<std::string, Span>> parts) {
    std::stable_sort(parts.begin(), parts.end(), [&](const auto& a, const auto& b) { return line.find(a.first) < line.find(b.first); });
    std::vector<Span> spans;
    std::size_t at = 0;
    for (auto& [text, span] : parts) {
      const std::size_t found = line.find(text, at);
      if (text.empty() || found == std::string::npos) continue;
      span.begin = found;
      span.size = text.size();
      at = found + text.size();
      spans.push_back(std::move(span));
    }
    w_.start("p");
    rich(RichText{line, {}}, "preface", spans);
    w_.end();
  }

  // "Andorra, ... and Ukraine: draft resolution": each sponsor's name, then
  // the kind of document.
  void sponsors() {
    const Sponsors& sp = *res().sponsors;
    std::vector<Span> spans;
    for (const auto& [off, len] : sp.names) spans.push_back({off, len, "docProponent", {{"refersTo", "#sponsor"}}});
    if (const std::size_t kind = sp.line.text.rfind(sp.kind); kind != std::string::npos)
      spans.push_back({kind, sp.kind.size(), "docType", {{"refersTo", "#resolution"}}});
    w_.start("p");
    rich(sp.line, "preface", spans);
    w_.end();
  }

  // A resolution's parts after its meta (and cover page), in the order the
  // schema requires: the main one's and each following one's alike.
  void parts() {
    preface();
    preamble();
    main_body();
    conclusions();
    attachments();
  }

  void preface() {
    const bool any = res().adoption_line || res().report_line || res().number || res().title || res().sponsors ||
                     !res().other_preface.empty();
    if (!any) return;
    w_.start("preface");
    // The Security Council prints its resolution's number before the
    // adoption line; the General Assembly prints it after.
    if (!res().number_prefix.empty()) number_and_title();
    if (res().adoption_line) {
      std::vector<std::pair<std::string, Span>> parts;
      if (const std::string_view kind = vocabulary::resolution_word(*res().adoption_line); !kind.empty())
        parts.push_back({std::string(kind), {0, 0, "docType", {{"refersTo", "#resolution"}}}});
      // The body as printed ("Assemblée générale"); the English name where
      // the line has none.
      const std::string body = res().adoption_body.value_or(res().body);
      if (!body.empty()) parts.push_back({body, {0, 0, "docAuthority", {{"refersTo", "#" + actor_ref()}}}});
      if (res().adoption_meeting) parts.push_back({*res().adoption_meeting, {0, 0, "event", {{"refersTo", "#meeting"}}}});
      if (res().adoption_date)
        parts.push_back({res().adoption_date->printed,
                         {0, 0, "docDate", {{"date", res().adoption_date->iso()}, {"refersTo", "#adoptionDate"}}}});
      marked_line(*res().adoption_line, std::move(parts));
    }
    if (res().report_line) {
      std::vector<std::pair<std::string, Span>> parts;
      if (res().committee) parts.push_back({*res().committee, {0, 0, "docProponent", {{"refersTo", "#mainCommittee"}}}});
      marked_line(*res().report_line, std::move(parts));
    }
    for (const RichText& t : res().other_preface) {
      w_.start("p");
      rich(t, "preface");
      w_.end();
    }
    if (res().number_prefix.empty() && res().title_before_sponsors) number_and_title();
    if (res().sponsors) sponsors();
    if (res().number_prefix.empty() && !res().title_before_sponsors) number_and_title();
    w_.end();
  }

  void number_and_title() {
    if (res().number || res().title) {
      w_.start("p");
      if (res().number) {
        w_.text(res().number_prefix);
        w_.element("docNumber", {}, *res().number);
        w_.text(res().number_suffix);
        if (res().title) w_.text(res().number_separator);
      }
      if (res().title) {
        w_.start("docTitle");
        rich(*res().title, "preface");
        w_.end();
      }
      w_.end();
    }
  }

  void preamble() {
    if (!res().formula && res().preamble.empty()) return;
    w_.start("preamble");
    if (res().formula) {
      w_.start("formula");
      w_.attr("name", "enactingFormula");
      w_.attr("eId", unique_eid("preamble__formula_1"));
      w_.element("p", {}, *res().formula);
      w_.end();
    }
    std::size_t n = 0;
    for (const PreambularParagraph& p : res().preamble) {
      const std::string eid = unique_eid("preamble__container_" + std::to_string(++n));
      w_.start("container");
      w_.attr("name", p.lead.empty() ? "preambularParagraph" : p.lead);
      w_.attr("eId", eid);
      if (p.points.empty()) {
        w_.start("p");
        rich(p.text, eid);
        w_.end();
      } else {
        preambular_points(p, eid);
      }
      w_.end();
    }
    w_.end();
  }

  // A preambular paragraph with points of its own: its text introduces a
  // list, each point an item.
  void preambular_points(const PreambularParagraph& p, const std::string& eid) {
    const std::string list = unique_eid(eid + "__blockList_1");
    w_.start("blockList");
    w_.attr("eId", list);
    w_.start("listIntroduction");
    rich(p.text, eid);
    w_.end();
    for (const Point& pt : p.points) {
      const std::string item = unique_eid(list + "__item_" + num_id(pt.num));
      w_.start("item");
      w_.attr("eId", item);
      w_.element("num", {}, pt.num);
      w_.start("p");
      rich(pt.text, item);
      w_.end();
      w_.end();
    }
    w_.end();
  }

  // content, or intro + list (+ wrapUp), for a paragraph or point.
  void body_of(const RichText& text, const std::vector<Point>& pts, const RichText* wrap_up, const std::string& eid) {
    if (pts.empty()) {
      w_.start("content");
      w_.attr("eId", unique_eid(eid + "__content"));
      w_.start("p");
      rich(text, eid);
      w_.end();
      w_.end();
      return;
    }
    points_with_intro(text, pts, wrap_up, eid);
  }

  void points_with_intro(const RichText& intro, const std::vector<Point>& pts, const RichText* wrap_up, const std::string& eid) {
    const std::string list = unique_eid(eid + "__list_1");
    w_.start("list");
    w_.attr("eId", list);
    w_.start("intro");
    w_.attr("eId", unique_eid(list + "__intro"));
    w_.start("p");
    rich(intro, eid);
    w_.end();
    w_.end();
    for (const Point& pt : pts) {
      const std::string peid = unique_eid(list + "__point_" + num_id(pt.num));
      w_.start("point");
      w_.attr("eId", peid);
      w_.element("num", {}, pt.num);
      body_of(pt.text, pt.points, nullptr, peid);
      w_.end();
    }
    if (wrap_up) {
      w_.start("wrapUp");
      w_.attr("eId", unique_eid(list + "__wrapup"));
      w_.start("p");
      rich(*wrap_up, eid);
      w_.end();
      w_.end();
    }
    w_.end();
  }

  // A table: a row per tr, header cells as th, a cell spanning columns with
  // its colspan, an empty td for a column without text, as the UN marks its
  // tables (A/RES/79/249).
  void table(const Table& t, const std::string& eid) {
    w_.start("table");
    w_.attr("eId", eid);
    for (const TableRow& row : t.rows) {
      w_.start("tr");
      std::size_t column = 0;
      auto cell = [&](const TableCell* c) {
        w_.start(row.header ? "th" : "td");
        if (c && c->span > 1) w_.attr("colspan", std::to_string(c->span));
        if (c) {
          w_.start("p");
          rich(c->text, eid);
          w_.end();
        }
        w_.end();
      };
      for (const TableCell& c : row.cells) {
        for (; column < c.column; ++column) cell(nullptr);
        cell(&c);
        column = c.column + c.span;
      }
      for (; column < t.columns; ++column) cell(nullptr);
      w_.end();
    }
    w_.end();
  }

  // The tables printed after a paragraph: in a mainBody a container of
  // their own beside it, as the UN writes them; inside a part (whose
  // hierarchy holds no containers) an unnumbered paragraph holding the table.
  void tables_after(const OperativeParagraph& p, const std::string& prefix, bool in_part) {
    for (const Table& t : p.tables) {
      const std::string eid = unique_eid(prefix + "container_table_" + std::to_string(++tables_));
      if (in_part) {
        w_.start("paragraph");
        w_.attr("eId", eid);
        w_.start("content");
        w_.attr("eId", unique_eid(eid + "__content"));
        table(t, unique_eid(eid + "__table_1"));
        w_.end();
        w_.end();
        continue;
      }
      w_.start("container");
      w_.attr("name", "table");
      w_.attr("eId", eid);
      table(t, unique_eid(eid + "__table_1"));
      w_.end();
    }
  }

  void paragraphs(const std::vector<OperativeParagraph>& paras, const std::string& prefix, bool in_part = false) {
    std::size_t unnumbered = 0;
    for (const OperativeParagraph& p : paras) {
      if (p.holds_only_tables()) {
        tables_after(p, prefix, in_part);
        continue;
      }
      const std::string id = p.num.empty() ? "para_nn" + std::to_string(++unnumbered) : "para_" + num_id(p.num);
      const std::string eid = unique_eid(prefix + id);
      w_.start("paragraph");
      w_.attr("eId", eid);
      if (!p.num.empty()) w_.element("num", {}, p.num);
      if (p.heading) {
        w_.start("subheading");
        rich(*p.heading, eid);
        w_.end();
      }
      body_of(p.text, p.points, p.wrap_up ? &*p.wrap_up : nullptr, eid);
      w_.end();
      tables_after(p, prefix, in_part);
    }
  }

  // Sections in order; a level-2 section nests in the level-1 section
  // before it.
  void sections() {
    bool open1 = false, open2 = false;
    std::string prefix1;
    for (const Section& s : res().sections) {
      if (open2) { w_.end(); open2 = false; }
      if (s.level == 1 && open1) { w_.end(); open1 = false; }
      const bool nested = s.level == 2 && open1;
      const std::string eid = unique_eid((nested ? prefix1 + "__" : std::string()) + (nested ? "subsec_" : "sec_") + num_id(s.num));
      w_.start(nested ? "subsection" : "section");
      w_.attr("eId", eid);
      w_.element("num", {}, s.num);
      if (s.heading) {
        w_.start("heading");
        rich(*s.heading, eid);
        w_.end();
      }
      std::size_t k = 0;
      auto cross_heading = [&](const RichText& text) {
        const std::string ch = unique_eid(eid + "__crossHeading_" + std::to_string(++k));
        w_.start("crossHeading");
        w_.attr("eId", ch);
        w_.attr("refersTo", "#preamble");
        rich(text, ch);
        w_.end();
      };
      for (const PreambularParagraph& p : s.preamble) {
        cross_heading(p.text);
        // A part's preambular points: one crossHeading each, with its number.
        for (const Point& pt : p.points) {
          RichText t = pt.text;
          const std::size_t shift = pt.num.size() + 1;
          t.text = pt.num + " " + t.text;
          for (NoteRef& n : t.notes) n.offset += shift;
          for (StyledRun& r : t.italic) r.begin += shift;
          for (Origin& o : t.source) o.offset += shift;
          cross_heading(t);
        }
      }
      paragraphs(s.operative, eid + "__", true);
      if (nested) {
        open2 = true;
      } else {
        open1 = true;
        prefix1 = eid;
      }
    }
    if (open2) w_.end();
    if (open1) w_.end();
  }

  void main_body() {
    w_.start("mainBody");
    paragraphs(res().operative, "");
    sections();
    if (res().operative.empty() && res().sections.empty()) {
      // mainBody may not be empty: say that nothing operative was found.
      w_.start("paragraph");
      w_.attr("eId", unique_eid("para_nn1"));
      w_.start("content");
      w_.start("p");
      w_.end();
      w_.end();
      w_.end();
    }
    w_.end();
  }

  // An attachment's label and title; none (no preface: it may not be
  // empty) for text printed after the conclusions.
  void preface_of(const Annex& a, const std::string& att) {
    if (a.label.empty() && a.heading.empty()) return;
    w_.start("preface");
    if (!a.label.empty()) {
      w_.start("p");
      w_.element("docNumber", {}, a.label);
      w_.end();
    }
    for (const RichText& h : a.heading) {
      w_.start("p");
      w_.start("docTitle");
      rich(h, att + "__preface");
      w_.end();
      w_.end();
    }
    w_.end();
  }

  // Each annex as an attachment: a doc of its own, a component of the Work.
  void attachments() {
    if (res().annexes.empty() && res().following.empty()) return;
    w_.start("attachments");
    std::size_t n = 0;
    for (const Annex& a : res().annexes) {
      const std::string att = unique_eid("att_" + std::to_string(++n));
      w_.start("attachment");
      w_.attr("eId", att);
      w_.start("doc");
      w_.attr("name", a.name);
      w_.start("meta");
      identification("annex_" + std::to_string(n), a.name);
      w_.end();
      preface_of(a, att);
      w_.start("mainBody");
      paragraphs(a.paragraphs, att + "__");
      if (a.paragraphs.empty()) {
        w_.start("paragraph");
        w_.attr("eId", unique_eid(att + "__para_nn1"));
        w_.start("content");
        w_.element("p", {});
        w_.end();
        w_.end();
      }
      w_.end();
      w_.end();  // doc
      w_.end();  // attachment
    }
    for (const Resolution& next : res().following) following(next, unique_eid("att_" + std::to_string(++n)));
    w_.end();
  }

  // A resolution printed after this one on the same pages: an attachment
  // holding it as a statement of its own, identified as its own Work (its
  // number, its date), with its preface, preamble, body and conclusions.
  void following(const Resolution& next, const std::string& att) {
    w_.start("attachment");
    w_.attr("eId", att);
    const Resolution* outer = res_;
    const std::string outer_prefix = eid_prefix_;
    res_ = &next;
    eid_prefix_ = att + "__";
    w_.start(is_statement(next) ? "statement" : "doc");
    w_.attr("name", document_name(next));
    w_.attr("contains", "originalVersion");
    w_.start("meta");
    identification("main", document_name(next));
    w_.end();
    parts();
    w_.end();
    res_ = outer;
    eid_prefix_ = outer_prefix;
    w_.end();  // attachment
  }

  // Marks the notes `r` references (its text, its annexes, the resolutions
  // printed after it).
  void mark_linked(const Resolution& r, std::vector<bool>& linked) const {
    auto mark = [&](const RichText& t) {
      for (const NoteRef& n : t.notes)
        if (n.footnote < linked.size()) linked[n.footnote] = true;
    };
    if (r.title) mark(*r.title);
    for (const auto* on : {&r.meta.symbol_note, &r.meta.agenda_item_note})
      for (std::size_t i = 0; *on && i < r.footnotes.size() && i < linked.size(); ++i)
        if (r.footnotes[i].marker == **on) {
          linked[i] = true;
          break;
        }
    for (const auto& t : r.other_preface) mark(t);
    std::function<void(const std::vector<Point>&)> mark_points = [&](const std::vector<Point>& pts) {
      for (const Point& pt : pts) { mark(pt.text); mark_points(pt.points); }
    };
    for (const auto& p : r.preamble) {
      mark(p.text);
      mark_points(p.points);
    }
    auto mark_paras = [&](const std::vector<OperativeParagraph>& paras) {
      for (const auto& p : paras) {
        if (p.heading) mark(*p.heading);
        mark(p.text);
        mark_points(p.points);
        if (p.wrap_up) mark(*p.wrap_up);
        for (const Table& t : p.tables)
          for (const TableRow& row : t.rows)
            for (const TableCell& c : row.cells) mark(c.text);
      }
    };
    mark_paras(r.operative);
    if (r.sponsors) mark(r.sponsors->line);
    for (const Section& sec : r.sections) {
      if (sec.heading) mark(*sec.heading);
      for (const auto& p : sec.preamble) {
        mark(p.text);
        mark_points(p.points);
      }
      mark_paras(sec.operative);
    }
    for (const Annex& a : r.annexes) {
      for (const auto& h : a.heading) mark(h);
      mark_paras(a.paragraphs);
    }
    for (const Resolution& next : r.following) mark_linked(next, linked);
  }

  void conclusions() {
    std::vector<std::size_t> unlinked;
    std::vector<bool> linked(res().footnotes.size(), false);
    mark_linked(res(), linked);
    // The notes no text references are kept once: in the conclusions of
    // the resolution structure placed them with (a page that prints several,
    // structure/note_homes.hpp), else in the document's own.
    if (res_ != top_) {
      linked.assign(top_->footnotes.size(), false);
      mark_linked(*top_, linked);
    }
    const std::size_t here = res_ == top_ ? 0 : static_cast<std::size_t>(res_ - top_->following.data()) + 1;
    for (std::size_t i = 0; i < linked.size(); ++i) {
      const auto home = top_->note_home.find(i);
      if (!linked[i] && (home == top_->note_home.end() ? 0 : home->second) == here) unlinked.push_back(i);
    }
    if (!res().conclusion && unlinked.empty()) return;
    w_.start("conclusions");
    if (res().conclusion) {
      // As the UN writes it: the adoption as an event, with the meeting as
      // its location and the date, on two lines.
      w_.start("p");
      w_.start("event");
      w_.attr("refersTo", "#adoption");
      if (res().conclusion->meeting) w_.element("location", {{"refersTo", "#adoptionMeeting"}}, *res().conclusion->meeting);
      if (res().conclusion->meeting && res().conclusion->date) w_.element("eol", {});
      if (res().conclusion->date)
        w_.element("docDate", {{"date", res().conclusion->date->iso()}, {"refersTo", "#adoptionDate"}}, res().conclusion->date->printed);
      w_.end();
      w_.end();
    }
    if (!unlinked.empty()) {
      // Notes whose reference was not found in the text: kept, not placed.
      const std::string eid = unique_eid("conclusions__container_2");
      w_.start("container");
      w_.attr("name", "unlinkedNotes");
      w_.attr("eId", eid);
      for (std::size_t i : unlinked) {
        w_.start("p");
        note(res().footnotes[i], eid);
        w_.end();
      }
      w_.end();
    }
    w_.end();
  }

  // The resolution being written: the document's, or one printed after it
  // (written as an attachment of its own with the same methods).
  const Resolution& res() const { return *res_; }
  const Resolution* res_;
  const Resolution* top_;  // the document's own resolution
  std::string eid_prefix_;  // "att_3__" inside such an attachment
  std::vector<AknPart>* parts_;
  std::size_t tables_ = 0;  // tables written so far (their eIds)
  Writer w_;
  std::set<std::string> eids_;
  std::size_t notes_ = 0;
};
}  // namespace

std::string work_iri(const Resolution& res) {
  const std::string type = is_statement(res) ? "statement/deliberation/" : "doc/" + document_name(res) + "/";
  return "/akn/un/" + type + res.actor + "/" + work_frbr_date(res).iri + "/" + iri_number(res) + "/";
}

std::string write_akn(const Resolution& res, std::vector<AknPart>* parts) { return AknWriter(res, parts).write(); }

}  // namespace akn
