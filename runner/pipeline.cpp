#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <map>
#include <set>

#include "core/error.hpp"
#include "core/language.hpp"
#include "core/page_index.hpp"
#include "core/text.hpp"
#include "cleanup/cleanup.hpp"
#include "cleanup/dictionary.hpp"
#include "cleanup/script_doubts.hpp"
#include "ingest/ingest.hpp"
#include "ingest/layout.hpp"
#include "runner/runner.hpp"
#include "structure/structure.hpp"
#include "verify/conservation.hpp"
#include "verify/quality.hpp"

namespace akn {

namespace {

// What the quality score holds against a conversion besides its reading
// figures, found once: each is also a warning of the document.
struct Findings {
  std::vector<Residue> residue;
  std::vector<Position> order_breaks;
  std::vector<NumberingBreak> numbering_breaks;
  std::vector<DoubtfulWord> title_words;
  std::vector<PageFault> page_faults;
  std::vector<NumberingGap> numbering_gaps;
  std::vector<Position> interleaved_pages;
};

std::string numbers_as_read(const std::vector<long>& seen) {
  std::string out;
  for (long n : seen) out += (out.empty() ? "" : " ") + std::to_string(n);
  return out;
}

// `known`: the dictionary of the document's language (empty when none).
Findings find_and_warn(Document& doc, const Resolution& res, const std::function<bool(std::string_view)>& known) {
  Findings f{furniture_in_text(doc, res), reading_order_breaks(doc), numbering_breaks(doc, res),
             doubtful_title_words(doc, res, known), page_sequence_faults(doc), numbering_gaps(doc, res),
             interleaved_column_pages(doc)};
  for (const Position& p : f.interleaved_pages)
    doc.log.warn("quality", p,
                 "page " + std::to_string(p.page) + " is set in two columns side by side (a gutter of spaces at column " +
                     std::to_string(p.column) +
                     " in nearly every line): the text dump gives them line by line across both, so the text of the "
                     "columns is interleaved; compare it with the page image");
  for (const NumberingGap& g : f.numbering_gaps) doc.log.warn("quality", g.where, g.message);
  for (const PageFault& p : f.page_faults)
    if (!p.logged) doc.log.warn("quality", p.where, p.message);
  if (!f.title_words.empty()) {
    std::string list;
    for (const DoubtfulWord& w : f.title_words)
      list += (list.empty() ? "\"" : ", \"") + w.text + "\" (" +
              (w.text_layer ? std::string("OCR text layer")
                            : w.confidence < 0 ? std::string("no confidence")
                                               : std::to_string(std::lround(w.confidence))) +
              ")";
    doc.log.warn("quality", f.title_words.front().where,
                 "the title was read by OCR with " + std::to_string(f.title_words.size()) +
                     (f.title_words.size() == 1 ? " word" : " words") +
                     " that neither the dictionary nor the rest of the document knows (OCR confidence): " + list +
                     "; it may be misread: compare it with the page image");
  }
  for (const Residue& r : f.residue)
    doc.log.warn("quality", r.where, "furniture-like text left in the output: " + r.kind + " \"" + r.text + "\"");
  for (const Position& p : f.order_breaks)
    doc.log.warn("quality", p, "line read out of order: it stands on the baseline of the line before it, to its left");
  for (const NumberingBreak& b : f.numbering_breaks)
    doc.log.warn("quality", b.where,
                 "numbered paragraphs read out of their rising order" +
                     (b.where.page > 0 ? " on page " + std::to_string(b.where.page) : std::string()) + ": " +
                     numbers_as_read(b.seen) + " (" + std::to_string(b.seen.back()) + " read after " +
                     std::to_string(b.seen[b.seen.size() - 2]) + "); the page's columns or blocks may be read in the wrong order");
  return f;
}

// The test of whether `dictionary` spells a word; empty when there is none.
std::function<bool(std::string_view)> spelling_test(const Dictionary* dictionary) {
  if (dictionary == nullptr) return {};
  return [dictionary](std::string_view word) { return dictionary->accepts(word); };
}

// The right-to-left lines of text-layer pages whose reading order failed
// ingest's check (a mark with no letter, figures out of order, brackets
// that do not pair up): each is read as the bidirectional algorithm orders
// it, with a warning, and counts as a break of the reading order. (OCR
// pages are judged by their confidence.)
std::size_t doubtful_right_to_left_lines(const Document& doc) {
  return static_cast<std::size_t>(std::count_if(doc.log.warnings().begin(), doc.log.warnings().end(), [&](const Diagnostic& d) {
    const auto page = page_index_of(doc, d.where.page);
    return d.pass == "ingest" && d.message.find(kUnreliableRightToLeftLine) != std::string::npos && page &&
           !doc.pages[*page].ocr;
  }));
}

// A word kept as read in a script it may not be printed in
// (cleanup/script_doubts.hpp) costs what a dictionary word that may be
// another misread does: the reader must compare both with the page.
constexpr double kScriptDoubtFactor = kDoubtfulWordFactor;

double power(double factor, std::size_t n) {
  double v = 1;
  for (std::size_t i = 0; i < n; ++i) v *= factor;
  return v;
}

// How the words of a clean text were checked: the dictionary share, or,
// when no dictionary of the language is at hand, the script's plausibility
// and why the words were not checked.
struct WordCheck {
  double dictionary = -1;
  double script = -1;
  std::string unchecked;
};

// `measuring`: the dictionary that measures the document's language
// (`language`; null when none); `not_installed`: a measuring dictionary
// named for it but not installed.
WordCheck check_words(const std::string& text, const std::string& language, const Dictionary* measuring,
                      const std::string& not_installed) {
  WordCheck w;
  if (measuring) {
    w.dictionary = dictionary_count(text, measuring->language(), spelling_test(measuring)).share();
    if (w.dictionary < 0) w.unchecked = "the text has no word for the dictionary to check";
    return w;
  }
  w.script = script_count(text, language).share();
  const std::string name = language.empty() ? std::string("its language") : official_language_name(language) + " (" + language + ")";
  w.unchecked = "no dictionary of " + name +
                (not_installed.empty() ? std::string(" is configured") : " is installed (" + hunspell_package(not_installed) + ")") +
                ": its words were not checked" +
                (w.script >= 0 ? std::string("; the plausibility of its script was measured instead") : std::string());
  return w;
}

// The notes no mark of the text refers to (link_footnotes warned of each):
// a note cut off from its place, and its bare number left in the text. Its
// text is whole and kept, so an unreferenced note costs half a note: one
// note of one whose mark OCR lost (a scan's only note) halves the score,
// never makes it 0; 9 of 17 (a dump whose marks stand after bare words)
// still takes the document under the corpus threshold.
constexpr double kUnreferencedNoteWeight = 0.5;
// The notes a pass saw but left in the body as printed, or did not find
// (Doubt::notes_in_text): the body then carries a note's text as its own,
// which a corpus reader cannot tell from the resolution's words. Each costs
// three quarters of a note: a document whose only note stayed in its body
// scores 0.25 for its notes, under the corpus threshold; one of 15 left,
// 0.95.
constexpr double kNoteInTextWeight = 0.75;
// Unreferenced notes are collected ones: the notes part is then at least
// 1 - kNoteInTextWeight.
static_assert(kUnreferencedNoteWeight <= kNoteInTextWeight && kNoteInTextWeight <= 1);

// The notes warnings say stay in the text: those they name, less any a
// later pass collected after all, and one for each warning that names none.
std::size_t notes_in_text(const Document& doc) {
  std::set<std::string> named;
  std::size_t unnamed = 0;
  for (const Diagnostic& d : doc.log.warnings()) {
    if (d.doubt != Doubt::notes_in_text) continue;
    if (d.notes.empty()) ++unnamed;
    named.insert(d.notes.begin(), d.notes.end());
  }
  for (const Footnote& f : doc.footnotes) named.erase(f.marker);
  return named.size() + unnamed;
}

void measure_notes(const Document& doc, Quality& q) {
  q.unreferenced_notes = static_cast<std::size_t>(
      std::count_if(doc.footnotes.begin(), doc.footnotes.end(), [](const Footnote& f) { return !f.referenced; }));
  q.notes_in_text = notes_in_text(doc);
  const std::size_t notes = doc.footnotes.size() + q.notes_in_text;
  if (notes > 0)
    q.notes = 1 - (kUnreferencedNoteWeight * static_cast<double>(q.unreferenced_notes) +
                   kNoteInTextWeight * static_cast<double>(q.notes_in_text)) /
                      static_cast<double>(notes);
}

Quality measure(const Conversion& c, const Findings& findings, const WordCheck& words) {
  Quality q;
  double confidence = 0;
  std::size_t measured = 0;  // a page where OCR found no word has no confidence
  for (const Page& p : c.document.pages) {
    if (!p.ocr) continue;
    ++q.ocr_pages;
    if (p.ocr_confidence < 0) continue;
    ++measured;
    confidence += p.ocr_confidence;
  }
  if (measured > 0) q.ocr_confidence = confidence / static_cast<double>(measured) / 100.0;
  else if (q.ocr_pages > 0) q.ocr_confidence = 0;  // OCR read every page and found no word: nothing to trust
  q.dictionary = words.dictionary;
  q.script = words.script;
  q.unchecked = words.unchecked;
  q.unaccounted = c.conservation.unaccounted.size();
  q.conservation = power(kUnaccountedFactor, q.unaccounted);
  q.furniture_in_text = findings.residue.size();
  q.furniture = power(kFurnitureFactor, q.furniture_in_text);
  q.order_breaks = findings.order_breaks.size() + findings.numbering_breaks.size() + findings.interleaved_pages.size() +
                   doubtful_right_to_left_lines(c.document);
  q.title_doubtful_words = findings.title_words.size();
  q.title = power(kDoubtfulTitleWordFactor, q.title_doubtful_words);
  q.doubtful_words = static_cast<std::size_t>(
      std::count_if(c.document.log.warnings().begin(), c.document.log.warnings().end(), [](const Diagnostic& d) {
        return (d.pass == "correct_ocr_words" && d.message.starts_with(kRealWordWarningOpening)) ||
               (d.pass == "fix_typos" && d.message.starts_with(kSymbolWarningOpening)) ||
               (d.pass == "fix_typos" && d.message.starts_with(kSplitWordWarningOpening));
      }));
  // Words kept as read in a script they may not be printed in (a Russian
  // word read in Latin look-alikes, Latin letters inside an Arabic word):
  // OCR doubts like the dictionary words above, counted with them.
  const auto script_doubts = static_cast<std::size_t>(
      std::count_if(c.document.log.warnings().begin(), c.document.log.warnings().end(), script_doubt));
  q.doubtful = power(kDoubtfulWordFactor, q.doubtful_words) * power(kScriptDoubtFactor, script_doubts);
  q.doubtful_words += script_doubts;
  measure_notes(c.document, q);
  q.page_faults = findings.page_faults.size();
  q.pages = power(kPageFaultFactor, q.page_faults);
  if (!c.document.pages.empty())
    q.reading_order = 1 / (1 + kOrderBreakWeight * static_cast<double>(q.order_breaks) / static_cast<double>(c.document.pages.size()));
  const Resolution& r = c.resolution;
  const bool dated = work_date(r).has_value();
  const bool typed = r.type != DocumentType::other;
  q.metadata = 1 - (r.meta.symbol ? 0 : kMissingMetadata) - (dated ? 0 : kMissingMetadata) - (typed ? 0 : kMissingMetadata);
  if (looks_like_resolution(r))
    q.structure = ((r.formula ? 1 : 0) + (operative_count(r) > 0 ? 1 : 0) + (r.number || r.title ? 1 : 0)) / 3.0;
  q.structure *= power(kNumberingGapFactor, findings.numbering_gaps.size());
  // Structure's warnings are the Resolution's (and those of the resolutions
  // printed after it), not the document's log.
  const auto doubts = [](const std::vector<Diagnostic>& warnings) {
    return static_cast<std::size_t>(std::count_if(warnings.begin(), warnings.end(), [](const Diagnostic& d) {
      return d.message.find(kStructureDoubtWarning) != std::string::npos;
    }));
  };
  q.structure_doubts = doubts(c.document.log.warnings()) + doubts(r.warnings);
  for (const Resolution& next : r.following) q.structure_doubts += doubts(next.warnings);
  q.structure *= power(kStructureDoubtFactor, q.structure_doubts);
  q.schema_valid = c.validated ? (c.validation_errors.empty() ? 1 : 0) : -1;
  q.score = quality_score(q);
  return q;
}

}  // namespace

Pipeline::Pipeline(const PipelineConfig& config) : config_(config) {
  try {
    cleaner_ = std::make_unique<Cleaner>(config_.cleanup);
    if (config_.validate) validator_ = std::make_unique<SchemaValidator>(config_.schema_path());
  } catch (const ConfigError&) {
    throw;
  } catch (const EnvironmentError&) {
    throw;  // the machine lacks a dictionary or the schema: exit 3, not a configuration error
  } catch (const std::exception& e) {
    throw ConfigError(std::string(e.what()) +
                      (config_.source.empty() ? "" : " (configuration: " + config_.source + ")"));
  }
}

Pipeline::~Pipeline() = default;

Conversion Pipeline::convert(const std::string& name, std::string_view bytes,
                             const std::function<void(int, int)>& on_page, const std::string& sha256,
                             int page_threads) const {
  return finish(read(name, bytes, on_page, sha256, page_threads));
}

Document Pipeline::read(const std::string& name, std::string_view bytes,
                        const std::function<void(int, int)>& on_page, const std::string& sha256,
                        int page_threads) const {
  IngestOptions options = config_.ingest;
  if (page_threads > 0) options.ocr.page_threads = page_threads;
  options.on_page = on_page;
  options.sha256 = sha256;
  if (const Dictionary* d = cleaner_->dictionary()) options.known_word = spelling_test(d);
  options.known_word_in = [this](std::string_view language) { return spelling_test(cleaner_->dictionary_in(language)); };
  return ingest(name, bytes, options);
}

Conversion Pipeline::finish(Document document) const {
  Conversion c;
  c.document = std::move(document);
  const SourceText source = record_source(c.document);
  cleaner_->run(c.document);
  c.resolution = recover_structure(c.document);
  c.akn = write_akn(c.resolution, &c.akn_parts);
  c.text = write_text(c.resolution, config_.text);
  c.conservation = check_conservation(source, c.document, c.resolution,
                                      config_.text.notes == TextNotes::omit ? c.text : write_text(c.resolution, {TextNotes::omit}));
  warn_discrepancies(c.conservation, c.document.log);
  const auto& lang = c.resolution.meta.language;
  const Dictionary* dictionary = lang ? cleaner_->dictionary_in(*lang) : cleaner_->dictionary();
  const Findings findings = find_and_warn(c.document, c.resolution, spelling_test(dictionary));
  const std::string language = lang ? *lang : dictionary ? dictionary->language() : std::string();
  const Dictionary* measuring = lang ? cleaner_->measuring_dictionary(*lang) : dictionary;
  const WordCheck words =
      check_words(c.text, language, measuring, lang ? cleaner_->missing_measuring_dictionary(*lang) : std::string());
  if (!words.unchecked.empty())
    c.document.log.warn("quality", Position{}, "the words were not checked against a dictionary: " + words.unchecked +
                                                   "; the quality score is at most " + format_fixed(kUncheckedCap, 2));
  c.edits_json = write_edits_json(c.document, c.resolution);
  if (validator_) {
    c.validation_errors = validator_->validate(c.akn);
    c.validated = true;
  }
  c.quality = measure(c, findings, words);
  c.corpus = write_corpus_record(c.resolution, c.text, c.quality);
  return c;
}

}  // namespace akn
