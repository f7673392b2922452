// The language a document is written in, found from its text: the script
// first (Latin, Cyrillic, Arabic, Han), then, for Latin text, the commonest
// words of English, French and Spanish. Cleanup asks it before correcting
// words with a dictionary (a French document is not corrected with an
// English one); structure records it.
//
// One code system in each place: the pipeline, the report and the corpus
// speak BCP 47 ("en", "fr", "es", "ru", "ar", "zh"); the AKN writes ISO
// 639-2/T ("eng", "fra", "spa", "rus", "ara", "zho"), as the UN's own AKN
// does (FRBRlanguage language="fra", IRIs ".../fra@/"). language_tag()
// reads any of the codes the outside world uses (639-2/B "fre", Hunspell
// "fr_FR", Tesseract "chi_sim") into BCP 47.
#pragma once

#include <string>
#include <string_view>

#include "core/document.hpp"

namespace akn {

enum class Script { none, latin, cyrillic, arabic, han, other };

// The script of a code point (Common and Inherited marks are `none`).
Script script_of(char32_t cp);
// The script most of the letters of `text` are written in, when it holds at
// least kScriptShare of them (see language.cpp); `none` for no letters,
// `other` for a mix.
Script dominant_script(std::string_view text);

// A character of a script written without spaces between words (Han) or
// its punctuation (CJK symbols and punctuation, full-width forms): where
// lines of such text join, no space goes between them, and a change of
// type is the only word boundary the page shows.
bool is_unspaced_script(char32_t cp);

// Whether two lines of text join without a space: a line that ends in a
// Han character or full-width punctuation joins the next without one when
// that starts so too (or with a figure: "2023年" / "12月"), and the other
// way round.
bool joins_unspaced(std::string_view before, std::string_view after);

// Whether `word`, as written (lower case: "AU" is no "au", "Sur" no "sur"),
// is one of the commonest words of `language` (BCP 47: "en", "fr", "es")
// that language detection counts ("the", "of", "des", "los"): articles,
// prepositions and conjunctions, on which no title ends. False for other
// languages.
bool is_stop_word(std::string_view word, std::string_view language);

// BCP 47 tag of the language of `text`: the script decides Russian, Arabic
// and Chinese; Latin text is English, French or Spanish by its commonest
// words. Empty when unsure (too little text, or no clear majority).
std::string detect_text_language(std::string_view text);
// The same over a document: its blocks when a pass has built them, else
// its body lines.
std::string detect_language(const Document& doc);
// The document's language as the pipeline decided it: Document::language
// when set, else detect_language(doc), recorded there so that no later
// stage reads the whole text again for it.
const std::string& language_of(Document& doc);

// BCP 47 tag ("fr") of a language code in any form the pipeline meets:
// BCP 47 itself, ISO 639-2/B or /T ("fre", "fra"), Hunspell or locale names
// ("fr_FR", "fr-CA"), Tesseract names ("chi_sim"). Empty for a language
// outside the six official ones and German.
std::string language_tag(std::string_view code);
// ISO 639-2/T code ("fra") of a language code in any of those forms; the
// code unchanged when it is none of them.
std::string terminology_code(std::string_view code);

// The six official languages of the United Nations, as mastheads name them
// in any of the six languages and in any case ("Original: English",
// "ORIGINAL : FRANÇAIS", "Original: inglés", "Подлинный текст: английский",
// "الأصل: بالإنكليزية", "原件：英文"): the BCP 47 tag of such a name; empty
// for any other.
std::string official_language_code(std::string_view name);
// The English name of a language code in any form ("fr" -> "French").
std::string official_language_name(std::string_view code);

}  // namespace akn
