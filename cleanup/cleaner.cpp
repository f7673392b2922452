#include "core/error.hpp"

#include "cleanup/cleanup.hpp"
#include "cleanup/dictionary.hpp"
#include "core/language.hpp"
#include "cleanup/confusions.hpp"

namespace akn {

const std::vector<PassInfo>& all_passes() {
  static const std::vector<PassInfo> passes = {
      {"normalize_text", "Unicode spaces, invisible and control characters, ligatures, doubled quotes", normalize_text},
      {"correct_ocr_words", "low-confidence OCR words corrected (glyph confusions, figures)", correct_ocr_words},
      {"strip_ods_markers", "ODS <<...>> markers and comment anchors; values kept as metadata", strip_ods_markers},
      {"strip_markdown", "Markdown headings, emphasis, <sup> marks, rules, hard breaks", strip_markdown},
      {"read_superscripts", "superscript numbers (geometry) become footnote marks", read_superscripts},
      // Before repair_split_words, which would join some letters of a run
      // by their gaps and leave pieces no pass reads ("att ac ks").
      {"join_letter_spaced_words", "letters set apart one by one (\"N a s s e r\") read as words, from the dictionary and capitals",
       join_letter_spaced_words},
      {"repair_split_words", "words split by justified text rejoined, from glyph gaps and the dictionary", repair_split_words},
      {"parse_masthead", "the page-1 masthead parsed into metadata", parse_masthead},
      // Running heads are recognised by the symbol and title the masthead gives.
      {"remove_furniture", "separators, page numbers, job numbers, barcodes, running heads", remove_furniture,
       {"parse_masthead"}},
      // The furniture gives each page's printed number; every pass after
      // reads the pages in the order this one leaves them.
      {"order_pages", "a page printed twice left out; pages put in the order their printed numbers give, when certain",
       order_pages, {"remove_furniture"}},
      {"find_tables", "tables read from the page's geometry: rows, cells in columns, headers", find_tables},
      // A note opens where its number is raised in the body; the notes zone
      // starts under the rule that remove_furniture gives its role.
      {"collect_footnotes", "footnote texts moved out of the body into the notes", collect_footnotes,
       {"read_superscripts", "remove_furniture"}},
      // Works on the body's lines: notes, furniture and table cells have their roles.
      {"rejoin_hyphenated_lines", "line-end hyphens kept or dropped, from the dictionary and the document", rejoin_hyphenated_lines,
       {"remove_furniture", "find_tables", "collect_footnotes"}},
      // Blocks are made from the lines as the passes before left them: a
      // change to a line after it would never reach the text.
      {"unwrap_lines", "lines joined into paragraphs", unwrap_lines,
       {"parse_masthead", "remove_furniture", "find_tables", "collect_footnotes", "rejoin_hyphenated_lines"}},
      // Links marks in the blocks to the notes collected.
      {"link_footnotes", "footnote references found and linked to their notes", link_footnotes,
       {"collect_footnotes", "unwrap_lines"}},
      // After link_footnotes, which reads a Chinese mark by the spaces about
      // it ("号、 4 2016"); blocks only.
      {"close_han_spacing", "spaces a dump puts between Han characters, and between Han and figures, closed (Chinese)",
       close_han_spacing, {"unwrap_lines", "link_footnotes"}},
      {"fix_typos", "known confusions (\"Untied Nations\") and typing slips from the document's own words", fix_typos,
       {"unwrap_lines"}},
      // Reads the roles the passes before gave the lines; changes nothing.
      {"trace_empty_pages", "a warning for each page whose text is all page furniture (a picture, a map)", trace_empty_pages,
       {"remove_furniture", "collect_footnotes"}},
  };
  return passes;
}

const PassInfo* find_pass(std::string_view name) {
  for (const PassInfo& p : all_passes())
    if (p.name == name) return &p;
  return nullptr;
}

CleanupOptions CleanupOptions::defaults() {
  CleanupOptions o;
  for (const PassInfo& p : all_passes()) o.passes.emplace_back(p.name);
  return o;
}

Cleaner::Cleaner(CleanupOptions options) : options_(std::move(options)), confusions_(std::make_unique<ConfusionList>()) {
  for (const std::string& name : options_.passes) {
    const PassInfo* p = find_pass(name);
    if (!p) throw ConfigError("unknown cleanup pass \"" + name + "\"");
    passes_.push_back(p);
  }
  dictionaries_ = std::make_unique<DictionarySet>(options_.dictionary_dir, options_.dictionary_language,
                                                  options_.language_dictionaries, options_.measure_dictionaries);
  for (const std::string& f : options_.confusion_files) confusions_->load_file(f);
}

Cleaner::~Cleaner() = default;

const Dictionary* Cleaner::dictionary() const { return dictionaries_->primary(); }
const Dictionary* Cleaner::dictionary_in(std::string_view language) const {
  return dictionaries_->for_language(language);
}
const Dictionary* Cleaner::measuring_dictionary(std::string_view language) const {
  return dictionaries_->for_measuring(language);
}
std::string Cleaner::missing_measuring_dictionary(std::string_view language) const {
  return dictionaries_->missing_for_measuring(language);
}

// The dictionary the passes spell with: the one of the document's language
// (a French record's line-end hyphens are decided by the French dictionary,
// never by the English one); none for a language no configured dictionary
// spells (Chinese); the configuration's own when the text is too short to
// tell its language.
const Dictionary* Cleaner::dictionary_for(const Document& doc) const {
  const std::string& language = doc.language ? *doc.language : detect_language(doc);
  if (language.empty()) return dictionaries_->primary();
  return dictionaries_->for_language(language);
}

void Cleaner::run(Document& doc) const {
  language_of(doc);  // once, on the text as ingest gave it; every pass reads it
  const PassContext ctx{options_, dictionary_for(doc), *confusions_, *dictionaries_};
  for (const PassInfo* p : passes_) p->run(doc, ctx);
}

}  // namespace akn
