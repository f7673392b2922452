// Cleanup: the passes that turn an ingested Document into clean text.
//
// Each pass is a named function over the Document. A pass may change text
// (only through Line::replace / Block::replace), set line roles, fill
// Metadata and Footnotes, and build Blocks; it records every change as an
// Edit and every doubt as a warning in Document::log. Passes run in the order
// pipeline.toml lists them; a pass left out of the list does not run.
//
// Thread safety: a Cleaner is immutable after construction and may be shared;
// Hunspell lookups are serialised inside Dictionary.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"

namespace akn {

class Dictionary;
class DictionarySet;
class ConfusionList;

struct CleanupOptions {
  // Pass names, in the order they run (see all_passes()).
  std::vector<std::string> passes;
  // Hunspell dictionary: DIR/LANG.aff and DIR/LANG.dic. An empty dir turns
  // dictionary checks off (hyphenation then keeps hyphens, spelling is left).
  std::string dictionary_dir = "/usr/share/hunspell";
  std::string dictionary_language = "en_US";
  // Hunspell dictionaries of other languages (in dictionary_dir), with which
  // fix_typos and correct_ocr_words correct documents written in them
  // (detect_language); a document in a language with no dictionary gets no
  // dictionary corrections.
  std::vector<std::string> language_dictionaries = {"fr_FR", "es_ES", "ru_RU"};
  // Hunspell dictionaries (in dictionary_dir) that only measure the quality
  // score's dictionary share of documents in their language (no pass
  // corrects with them), each used when installed (Debian hunspell-ar).
  std::vector<std::string> measure_dictionaries = {"ar"};
  // Extra confusion lists for fix_typos ("wrong phrase => right phrase" a
  // line, '#' comments), added to the built-in cleanup/confusions.txt.
  std::vector<std::string> confusion_files;
  // fix_typos: typing slips corrected from the document's own vocabulary.
  bool correct_spelling = true;
  // correct_ocr_words: OCR words read with a confidence below this (0..100)
  // may be corrected; 0 turns the correction off.
  double ocr_correct_below = 90;

  static CleanupOptions defaults();
};

// What a pass can read besides the document.
struct PassContext {
  const CleanupOptions& options;
  // The dictionary of the document's language (the configuration's when the
  // text does not tell its language); null when no configured dictionary
  // spells it.
  const Dictionary* dictionary;
  const ConfusionList& confusions;
  const DictionarySet& dictionaries;  // by language, for the correcting passes
};

using PassFunction = void (*)(Document&, const PassContext&);

struct PassInfo {
  std::string_view name;
  std::string_view summary;
  PassFunction run;
  // The passes whose work this one reads, when they are listed: each must
  // run before it (a configuration that orders them otherwise is refused).
  std::vector<std::string_view> needs = {};
};

// Every pass, in the default order.
const std::vector<PassInfo>& all_passes();
const PassInfo* find_pass(std::string_view name);

// Owns what the passes share (dictionary, confusion list), loaded once per worker.
class Cleaner {
 public:
  // Throws std::runtime_error when a configured dictionary, confusion file or
  // pass name cannot be used (a configuration error).
  explicit Cleaner(CleanupOptions options);
  ~Cleaner();
  Cleaner(const Cleaner&) = delete;
  Cleaner& operator=(const Cleaner&) = delete;

  void run(Document& doc) const;
  [[nodiscard]] const CleanupOptions& options() const { return options_; }
  // Null when no dictionary is configured.
  [[nodiscard]] const Dictionary* dictionary() const;
  // The dictionary of `language` (BCP 47; loaded on first use); null when
  // none is configured for it.
  [[nodiscard]] const Dictionary* dictionary_in(std::string_view language) const;
  // The dictionary that measures `language` (dictionary_in's, else one of
  // measure_dictionaries installed); null when none.
  [[nodiscard]] const Dictionary* measuring_dictionary(std::string_view language) const;
  // A measure dictionary named for `language` but not installed ("ar");
  // empty when none.
  [[nodiscard]] std::string missing_measuring_dictionary(std::string_view language) const;

 private:
  [[nodiscard]] const Dictionary* dictionary_for(const Document& doc) const;
  CleanupOptions options_;
  std::vector<const PassInfo*> passes_;
  std::unique_ptr<DictionarySet> dictionaries_;
  std::unique_ptr<ConfusionList> confusions_;
};

// The passes, callable one by one (tests, tools).
void normalize_text(Document& doc, const PassContext& ctx);
void correct_ocr_words(Document& doc, const PassContext& ctx);
// How each warning of correct_ocr_words about a dictionary word that may be
// another misread ("tights" for "rights") opens: the quality score counts
// them (export.hpp, kDoubtfulWordFactor).
inline constexpr std::string_view kRealWordWarningOpening = "a dictionary word OCR may have misread: ";
// How each warning of fix_typos about two words of a text dump that may be
// one split by pdftotext ("inter nationally") opens: counted like the
// above.
inline constexpr std::string_view kSplitWordWarningOpening = "a word a text dump may have split: ";
// How each warning of fix_typos about a document symbol OCR read that names
// a session or year later than the document's own opens: counted like the
// above.
inline constexpr std::string_view kSymbolWarningOpening = "a document symbol OCR may have misread: ";
void strip_ods_markers(Document& doc, const PassContext& ctx);
void strip_markdown(Document& doc, const PassContext& ctx);
void read_superscripts(Document& doc, const PassContext& ctx);
void repair_split_words(Document& doc, const PassContext& ctx);
void join_letter_spaced_words(Document& doc, const PassContext& ctx);
void parse_masthead(Document& doc, const PassContext& ctx);
void remove_furniture(Document& doc, const PassContext& ctx);
void order_pages(Document& doc, const PassContext& ctx);
void find_tables(Document& doc, const PassContext& ctx);
void collect_footnotes(Document& doc, const PassContext& ctx);
void rejoin_hyphenated_lines(Document& doc, const PassContext& ctx);
void unwrap_lines(Document& doc, const PassContext& ctx);
void link_footnotes(Document& doc, const PassContext& ctx);
void close_han_spacing(Document& doc, const PassContext& ctx);
void fix_typos(Document& doc, const PassContext& ctx);
void trace_empty_pages(Document& doc, const PassContext& ctx);

}  // namespace akn
