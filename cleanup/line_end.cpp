#include "cleanup/line_end.hpp"

#include <algorithm>
#include <set>

#include "cleanup/dictionary.hpp"
#include "core/language.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn::detail {

namespace {
// A word: letters, with apostrophes and hyphens inside.
const Regex& word_pattern() {
  static const Regex kWord("[\\p{L}][\\p{L}'\u2019-]*[\\p{L}]|\\p{L}");
  return kWord;
}

// Words of the body and the notes, lowercased, for the hyphenation decisions.
std::unordered_set<std::string> read_vocabulary(const Document& doc) {
  std::unordered_set<std::string> vocab;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines) {
      if (line.role != LineRole::body && line.role != LineRole::footnote) continue;
      for (const auto& m : word_pattern().find_all(line.text)) vocab.insert(to_lower(m.str(line.text)));
    }
  return vocab;
}
// A line ends in a hyphen set against its word ("Organiza-").
bool ends_in_glued_hyphen(std::string_view text) {
  const std::string_view t = trim_right(text);
  return t.size() >= 2 && t.back() == '-' && t[t.size() - 2] != ' ' && t[t.size() - 2] != '-';
}

// The words the document prints whole and the heads of its compounds
// (Vocabulary::whole_words, compound_heads). The last word of a line that
// ends in a hyphen and the first word of the line after it are left out.
void read_whole_words(const Document& doc, std::unordered_set<std::string>& words, std::unordered_set<std::string>& heads) {
  for (const Page& page : doc.pages) {
    bool after_hyphen = false;
    for (const Line& line : page.lines) {
      if (line.role != LineRole::body && line.role != LineRole::footnote) continue;
      auto found = word_pattern().find_all(line.text);
      const bool hyphen = ends_in_glued_hyphen(line.text);
      for (std::size_t k = 0; k < found.size(); ++k) {
        if ((k == 0 && after_hyphen) || (k + 1 == found.size() && hyphen)) continue;
        const std::string w = to_lower(found[k].str(line.text));
        for (std::size_t from = 0, dash; (dash = w.find('-', from)) != std::string::npos; from = dash + 1)
          heads.insert(w.substr(from, dash - from));
        words.insert(w);
      }
      after_hyphen = hyphen;
    }
  }
}

// A line-end dash that the next line's first word decides without the
// dictionary. Before a figure, a hyphen or dash glued to its word is part of
// a range or a compound ("2021– / 2030", "pre- / 2020"); an en dash glued to
// its word always is ("Asia– / Pacific": a spaced dash has a space before
// it); a hyphen before a lone conjunction is suspended.
std::optional<LineEnd> decide_by_next_word(bool en_dash, std::string_view next) {
  const std::size_t from = next.find_first_not_of(" \t");
  if (from == std::string_view::npos) return std::nullopt;
  const std::string_view rest = next.substr(from);
  const char32_t first = [&] {
    std::size_t i = 0;
    return next_code_point(rest, i);
  }();
  if (first >= '0' && first <= '9')
    return LineEnd{"keep_line_end_dash", true, false, "a line-end dash before a figure is part of a range or compound", 0.95};
  if (en_dash) return LineEnd{"keep_line_end_dash", true, false, "an en dash set against its word joins it to the next line's word", 0.9};
  const std::size_t end = rest.find_first_of(" \t");
  if (end != std::string_view::npos && suspends_hyphen(rest.substr(0, end)))
    return LineEnd{"keep_suspended_hyphen", true, true,
                   "a hyphen before \"" + std::string(rest.substr(0, end)) + "\" is suspended (\"low- and middle-income\")", 0.9};
  return std::nullopt;
}

// The document-level sign of hyphenation. A document whose printer breaks
// words at syllables shows it in line ends that can be nothing else (the
// dictionary has the joined word but not both halves: "Govern- / ment").
// Where it shows at least this many, a line-end hyphen between two words
// that the dictionary also has joined ("pro- / visions", "amende- / ment")
// is a syllable break too. Born-digital UN documents in English are not
// hyphenated: their line-end hyphens are compounds' ("cost- / recovery"),
// none of them a certain syllable break, so the sign stays off there.
constexpr std::size_t kMinSyllableBreaks = 2;

// A line-end hyphen certainly breaks a word at a syllable: the dictionary
// has the joined word and not both halves.
bool certain_syllable_break(const std::string& left, const std::string& right, const PassContext& ctx) {
  return ctx.dictionary && ctx.dictionary->accepts(left + right) &&
         (!ctx.dictionary->accepts(left) || !ctx.dictionary->accepts(right));
}

// A hyphen between two words joins them ("Secretary-General",
// "Генерал-губернатор"); a word broken at a syllable leaves a piece that is
// no word ("Organiza- / tion"). When the OCR misreads a letter of such a
// word ("Организа- / цин", "Ku- / тайской": Latin letters in a Russian
// word), neither the joined word nor its halves are in the dictionary, and
// the piece before the hyphen decides: in a document whose printer breaks
// words at syllables, a piece that is neither in the dictionary nor among
// the document's whole words, before a line that goes on in lower case,
// is a syllable break. The word is joined as printed, with a warning: a
// correcting pass or a reader may still mend it. Kept: a piece the
// dictionary or the document writes before a hyphen ("северо-западный",
// the document's "neo-colonialism"), and a short piece in the script of
// the word after it when that is a word ("proto- / typical": a prefix, not
// a syllable).
constexpr std::size_t kMaxPrefixLetters = 6;     // "pseudo", "contra"
constexpr double kFragmentJoinConfidence = 0.6;  // the joined word is unknown: a guess

// A hyphen-minus set apart at a line's end ("eighty -" / "fourth", pdftotext
// -layout) that the document never prints whole is a compound's when the
// document sets no hyphen-minus apart as a dash and the next line goes on
// in lower case: a decision by typography, not by a printed witness.
constexpr double kSpacedCompoundConfidence = 0.8;

// Whether the document's printer breaks words at syllables: it shows
// certain syllable breaks, or it is written in a language whose printers
// do (see decide_by_spelling).
bool breaks_words(const PassContext& ctx, const Vocabulary& vocabulary) {
  const std::string& language = ctx.dictionary->language();
  return vocabulary.syllable_breaks() >= kMinSyllableBreaks || (!language.empty() && language != "en");
}

// The script of the letters of `word` when they are all in one; `none` for a mix.
Script script_of_word(std::string_view word) {
  Script script = Script::none;
  for (std::size_t i = 0; i < word.size();) {
    const Script s = script_of(next_code_point(word, i));
    if (s == Script::none) continue;
    if (script != Script::none && s != script) return Script::none;
    script = s;
  }
  return script;
}

std::optional<LineEnd> decide_by_fragment(const std::string& left, const std::string& right, const PassContext& ctx,
                                          Vocabulary& vocabulary) {
  if (!ctx.dictionary || !starts_lowercase(right) || !breaks_words(ctx, vocabulary)) return std::nullopt;
  const std::string head = to_lower(left), tail = to_lower(right);
  if (ctx.dictionary->accepts(left) || vocabulary.whole_words().count(head)) return std::nullopt;  // "non-", "co-"
  if (ctx.dictionary->accepts(left + "-" + right) || vocabulary.compound_heads().count(head))
    return std::nullopt;  // "северо-западный", the document's own "neo-colonialism"
  const Script script = script_of_word(left);
  const bool one_script = script != Script::none && script == script_of_word(right);
  if (one_script && code_points(left).size() <= kMaxPrefixLetters &&
      (ctx.dictionary->accepts(right) || vocabulary.whole_words().count(tail)))
    return LineEnd{"keep_line_end_hyphen", true, false,
                   "\"" + left + "\" is no word but \"" + right + "\" is: a prefix's hyphen (\"neo-colonialism\")", 0.7};
  const std::string joined = left + right;
  const std::string piece = one_script ? "\"" + left + "\" is no word" : "\"" + left + "\" is in another script than \"" + right + "\"";
  return LineEnd{"drop_syllable_hyphen", false, false,
                 "the document breaks words at syllables and " + piece + ", before a line going on in lower case: a syllable break",
                 kFragmentJoinConfidence,
                 "a line-end hyphen dropped: \"" + joined + "\" is not in the " + ctx.dictionary->language() +
                     " dictionary (a word misread?)"};
}

// A line-end hyphen between letters, decided by the document's spelling and
// the dictionary.
std::optional<LineEnd> decide_by_spelling(const std::string& left, const std::string& right, bool goes_on,
                                          const PassContext& ctx, Vocabulary& vocabulary) {
  const std::unordered_set<std::string>& vocab = vocabulary.words();
  const std::string hyphenated = to_lower(left + "-" + right), joined = to_lower(left + right);
  std::size_t k = 0;
  if (is_upper_letter(next_code_point(right, k)))
    return LineEnd{"keep_line_end_hyphen", true, false,
                   "the next line starts with a capital (\"" + right + "\"): a compound such as \"Fact-Finding\"", 0.95};
  // Occurrences elsewhere: the split form itself counts once in each list.
  if (vocab.count(hyphenated))
    return LineEnd{"keep_line_end_hyphen", true, false, "the document writes \"" + left + "-" + right + "\" elsewhere", 0.95};
  if (vocab.count(joined))
    return LineEnd{"drop_syllable_hyphen", false, false, "the document writes \"" + left + right + "\" elsewhere", 0.95};
  if (certain_syllable_break(left, right, ctx))
    return LineEnd{"drop_syllable_hyphen", false, false,
                   "the dictionary has \"" + left + right + "\" but not both halves: a syllable break", 0.85};
  // Both halves are words (else the break is certain, above): a hyphen
  // after a word, when the next word goes on with one, starts a compound of
  // several words, whatever the dictionary joins ("non- / self-governing",
  // though it has "nonself").
  if (goes_on && ctx.dictionary && ctx.dictionary->accepts(left + right))
    return LineEnd{"keep_line_end_hyphen", true, false,
                   "\"" + right + "\" goes on with a hyphen: a compound of several words (\"non-self-governing\")", 0.85};
  // UN English hyphenates the compounds of "non" ("non-governmental",
  // "non-proliferation", "non-aligned": 5 of the 6 such words of the UN's
  // AKN of ../shared/unakn), which the American dictionary joins
  // ("nongovernmental"): with no print of either form in the document, the
  // printed hyphen stays.
  if (ctx.dictionary && ctx.dictionary->language() == "en" && to_lower(left) == "non" && ctx.dictionary->accepts(right))
    return LineEnd{"keep_line_end_hyphen", true, false,
                   "UN English hyphenates the compounds of \"non\" (\"non-governmental\"), and the document prints no "
                   "other form of \"" + left + "-" + right + "\"",
                   0.75};
  if (ctx.dictionary && ctx.dictionary->accepts(left + right)) {
    const std::size_t breaks = vocabulary.syllable_breaks();
    if (breaks >= kMinSyllableBreaks)
      return LineEnd{"drop_syllable_hyphen", false, false,
                     "the document breaks words at syllables (" + std::to_string(breaks) +
                         " line ends are certain syllable breaks) and the dictionary has \"" + left + right + "\"",
                     0.8};
  }
  // French, Spanish and Russian printers break words at syllables (the
  // English documents of the UN are not hyphenated, so there a line-end
  // hyphen whose halves are words is a compound's: "cost- / recovery").
  if (ctx.dictionary && ctx.dictionary->language() != "en" && !ctx.dictionary->language().empty() &&
      ctx.dictionary->accepts(left + right) && !ctx.dictionary->accepts(left + "-" + right))
    return LineEnd{"drop_syllable_hyphen", false, false,
                   "the " + ctx.dictionary->language() + " dictionary has \"" + left + right + "\" and not \"" + left + "-" +
                       right + "\": a syllable break",
                   0.85};
  if (auto end = decide_by_fragment(left, right, ctx, vocabulary)) return *end;
  return LineEnd{"keep_line_end_hyphen", true, false,
                 "a line-end hyphen is kept unless the dictionary or the document shows a syllable break", 0.7};
}

// The letters on either side of a hyphen glued to the last word of `line`
// and the first word of `next` ("...Govern-" / "ment, ..." -> "Govern",
// "ment"); nullopt when the line does not end so.
std::optional<std::pair<std::string, std::string>> hyphen_halves(std::string_view line, std::string_view next) {
  static const Regex kTail("(\\p{L}[\\p{L}-]*)-\\s*$");
  static const Regex kHead("^\\s*(\\p{L}+)");
  const std::size_t last = line.find_last_not_of(" \t");
  if (last == std::string_view::npos || line[last] != '-') return std::nullopt;  // most lines
  auto tail = kTail.search(line);
  auto head = kHead.search(next);
  if (!tail || !head) return std::nullopt;
  return std::make_pair(std::string(tail->str(line, 1)), std::string(head->str(next, 1)));
}

bool is_text_line(const Line& line) { return line.role == LineRole::body || line.role == LineRole::footnote; }

// A web or e-mail address: a scheme, "www." or an "@".
bool address_like(std::string_view token) {
  return token.find("://") != std::string_view::npos || token.find("www.") != std::string_view::npos ||
         token.find('@') != std::string_view::npos;
}

// Shaped as a document symbol: capitals, figures and dots in parts
// between slashes ("A/HRC/S-35/1", "E/CN.6/2024/L-").
bool symbol_like(std::string_view token) {
  static const Regex kSymbolShape("^[A-Z][A-Z0-9.]*(?:/[A-Z0-9.-]+)+[.,;:)]*$");
  return kSymbolShape.full_match(token);
}

// Whether the hyphen ending `line` after `left` (the run before it, from
// the last space) is inside an address or a symbol: the run it makes with
// the next line's first run is one, or the line's run before it is an
// address that ends with a slash, whose path a space in the printed text
// cut ("https://www.un.org/dppa/decolonization/fr/c24/ regional- /
// seminars/2024"). Such a hyphen is printed: deleting it breaks the
// address.
bool hyphen_in_address(std::string_view line, std::size_t left_at, const std::string& left, std::string_view next) {
  const std::size_t from = next.find_first_not_of(" \t");
  const std::string_view head = from == std::string_view::npos ? std::string_view() : next.substr(from);
  const std::string joined = left + "-" + std::string(head.substr(0, head.find_first_of(" \t")));
  if (address_like(joined) || symbol_like(joined)) return true;
  const std::string_view before = trim_right(line.substr(0, left_at));
  const std::size_t space = before.find_last_of(" \t");
  const std::string_view previous = space == std::string_view::npos ? before : before.substr(space + 1);
  return previous.ends_with('/') && address_like(previous);
}

// A hyphen set apart at a line's end, before a word in lower case, that
// breaks a word at a syllable, by the evidence a syllable break leaves: the
// document writes the joined word elsewhere ("доку -" / "мент" in a Russian
// scan that prints "документ"; not where it also prints the pieces on
// either side of a spaced dash), or the dictionary has it but not both
// halves, the piece before the hyphen being no prefix (a piece of at most
// kMaxPrefixLetters letters before a word: "pre -" / "existing", "socio -"
// / "economic", which UN style hyphenates). nullopt: no such evidence. The
// dictionary joining two words is none: a text dump sets compounds' hyphens
// apart so ("follow -" / "up", "cost -" / "recovery"), whatever the
// document's other line ends show.
std::optional<LineEnd> spaced_syllable_break(const std::string& left, const std::string& right, const PassContext& ctx,
                                             Vocabulary& vocab) {
  if (!starts_lowercase(right)) return std::nullopt;  // "Peace -" / "Keeping"
  const std::string joined = left + right;
  const std::string spaced = "a hyphen set apart after \"" + left + "\" at the line's end: ";
  // The two pieces that the document also prints on either side of a
  // spaced dash ("now - here" beside "nowhere") are a dash's; the joined
  // word printed elsewhere is no evidence then. (Pieces that are words
  // are not evidence enough: OCR sets a syllable break at a short
  // preposition apart so, "до -" / "клад", in a scan that prints "1990 -
  // 1991".)
  if (vocab.words().count(to_lower(joined)) && !vocab.prints_dash_between(left, right))
    return LineEnd{"drop_syllable_hyphen", false, false, spaced + "the document writes \"" + to_lower(joined) + "\" elsewhere",
                   0.95};
  const bool prefix = code_points(left).size() <= kMaxPrefixLetters && ctx.dictionary && ctx.dictionary->accepts(right);
  if (!prefix && certain_syllable_break(left, right, ctx))
    return LineEnd{"drop_syllable_hyphen", false, false,
                   spaced + "the dictionary has \"" + joined + "\" but not both halves, a syllable break", 0.85};
  return std::nullopt;
}

// A hyphen spaced off the line's last word, at `dash_at` ("Fact -" /
// "Finding"): a text dump's rendering of a compound's line-end hyphen. The
// space is closed up only when the document prints the compound whole
// elsewhere ("Fact-Finding"); else it is a dash (nullopt: no join). An
// OCR reading sets a syllable break's hyphen apart too ("доку -" /
// "мент"): where the document does not print the compound, the evidence of
// a syllable break (spaced_syllable_break) drops the hyphen.
// The words on either side of a hyphen set apart at the end of `line`
// ("Fact -" / "Finding"), and where the left one ends in `line`; nullopt
// when either side holds no word.
struct SpacedHalves {
  std::string left, right;
  std::size_t left_end = 0;
};

std::optional<SpacedHalves> spaced_hyphen_halves(std::string_view line, std::string_view next) {
  static const Regex kLastWord("(\\p{L}+)\\s+-\\s*$");
  static const Regex kFirstWord("^\\s*(\\p{L}+)(?![\\p{L}-])");
  auto last = kLastWord.search(line);
  auto first = kFirstWord.search(next);
  if (!last || !first) return std::nullopt;
  return SpacedHalves{std::string(last->str(line, 1)), std::string(first->str(next, 1)), last->groups[1].second};
}

std::optional<LineEndJoin> join_spaced_hyphen(std::string_view line, std::size_t dash_at, std::string_view next,
                                              const PassContext& ctx, Vocabulary& vocab) {
  const auto halves = spaced_hyphen_halves(line, next);
  if (!halves) return std::nullopt;
  const std::string &left = halves->left, &right = halves->right;
  const bool printed = vocab.words().count(to_lower(left + "-" + right)) > 0;
  if (!printed)
    if (auto end = spaced_syllable_break(left, right, ctx, vocab))
      return LineEndJoin{*end, dash_at, "-", left + " -\n" + right, left + right, halves->left_end, ""};
  // Else a compound by the document's typography: it sets no hyphen-minus
  // apart as a dash, and the next line goes on in lower case ("eighty -" /
  // "fourth", "gender -" / "responsive"), or in a capital where the
  // document prints its dashes as en dashes ("Secretary -" / "General").
  const bool lower = starts_lowercase(right);
  if (!printed && (vocab.prints_spaced_dashes() || (!lower && !vocab.prints_en_dashes()))) return std::nullopt;
  const std::string reason =
      printed ? "the document writes \"" + left + "-" + right + "\" elsewhere: the space before the line-end hyphen is the text dump's"
      : lower ? "a hyphen-minus set apart after the line's last word, before a word in lower case, in a document that sets no "
                "hyphen-minus apart as a dash (its dashes are en dashes): a compound's hyphen, the space the text dump's"
              : "a hyphen-minus set apart after the line's last word, before a capital, in a document that prints en dashes "
                "and sets no hyphen-minus apart as a dash: a compound's hyphen, the space the text dump's";
  LineEndJoin j{LineEnd{"keep_line_end_hyphen", true, false, reason, printed ? 0.9 : kSpacedCompoundConfidence},
                dash_at, "-", left + " -\n" + right, left + "-" + right, halves->left_end, "-"};
  return j;
}

}  // namespace

std::optional<std::string> undecided_spaced_hyphen(std::string_view line, std::string_view next) {
  const std::string_view trimmed = line.substr(0, line.find_last_not_of(" \t") + 1);
  if (!trimmed.ends_with(" -")) return std::nullopt;  // most lines
  const auto halves = spaced_hyphen_halves(line, next);
  if (!halves) return std::nullopt;
  const std::string &left = halves->left, &right = halves->right;
  return "a hyphen set apart after \"" + left + "\" at the line's end, before \"" + right +
         "\": a compound's line-end hyphen (\"" + left + "-" + right +
         "\", as a text dump gives one at a kerning gap) or a dash, which the document does not tell; kept as the dump "
         "gives it";
}

bool suspends_hyphen(std::string_view word) {
  static const std::set<std::string, std::less<>> kConjunctions = {"and", "or", "nor", "to", "et", "ou", "y", "o"};
  return kConjunctions.count(word) > 0;
}

bool Vocabulary::prints_spaced_dashes() {
  if (spaced_dashes_) return *spaced_dashes_;
  // A hyphen-minus between spaces with text after it on its line, not
  // before a word that completes a suspended compound.
  static const Regex kSpacedDash("\\S - (?!(?:and|or|to|et|ou|y|o|u|e|и|или)\\s)\\S");
  spaced_dashes_ = false;
  for (const Page& page : doc_.pages)
    for (const Line& line : page.lines)
      if (is_text_line(line) && line.text.find(" - ") != std::string::npos && kSpacedDash.search(line.text)) {
        spaced_dashes_ = true;
        return true;
      }
  return false;
}

bool Vocabulary::prints_en_dashes() {
  if (en_dashes_) return *en_dashes_;
  en_dashes_ = false;
  // A text dump's: OCR reads a printed dash as a hyphen-minus or an en
  // dash, whatever the other dashes of the page.
  if (doc_.source.kind != "text" ||
      std::any_of(doc_.pages.begin(), doc_.pages.end(), [](const Page& p) { return p.ocr || p.ocr_layer; }))
    return false;
  for (const Page& page : doc_.pages)
    for (const Line& line : page.lines)
      if (is_text_line(line) && line.text.find("\u2013") != std::string::npos) {
        en_dashes_ = true;
        return true;
      }
  return false;
}

bool Vocabulary::prints_dash_between(const std::string& left, const std::string& right) const {
  const std::string pair = to_lower(left + " - " + right);
  for (const Page& page : doc_.pages)
    for (const Line& line : page.lines)
      if (line.text.find(" - ") != std::string::npos && to_lower(line.text).find(pair) != std::string::npos) return true;
  return false;
}

const std::unordered_set<std::string>& Vocabulary::words() {
  if (!words_) words_ = read_vocabulary(doc_);
  return *words_;
}

const std::unordered_set<std::string>& Vocabulary::whole_words() {
  if (!whole_) {
    whole_.emplace();
    read_whole_words(doc_, whole_->words, whole_->heads);
  }
  return whole_->words;
}

const std::unordered_set<std::string>& Vocabulary::compound_heads() {
  whole_words();
  return whole_->heads;
}

Vocabulary::Vocabulary(const Document& doc, const PassContext& ctx) : doc_(doc) {
  if (!ctx.dictionary) return;
  bool hyphens = false;
  for (const Page& page : doc_.pages)
    for (std::size_t i = 0; i + 1 < page.lines.size(); ++i) {
      const Line &line = page.lines[i], &next = page.lines[i + 1];
      if (!is_text_line(line) || next.role != line.role) continue;
      const auto halves = hyphen_halves(line.text, next.text);
      if (!halves) continue;
      hyphens = true;
      if (certain_syllable_break(halves->first, halves->second, ctx)) ++syllable_breaks_;
    }
  // Read before a pass joins any line: a line joined loses its hyphen, and
  // its piece would read as a whole word.
  if (hyphens) whole_words();
}

std::optional<LineEndJoin> join_at_line_end(std::string_view line, std::string_view next, const PassContext& ctx,
                                           Vocabulary& vocab) {
  static const Regex kTail("(\\S*?)(-|\u2013)\\s*$");
  static const Regex kLetters("(\\p{L}[\\p{L}-]*)$");
  static const Regex kHead("^\\s*(\\S*)");
  static const Regex kHeadLetters("^\\p{L}+");
  const std::string_view trimmed = line.substr(0, line.find_last_not_of(" \t") + 1);
  if (!trimmed.ends_with('-') && !trimmed.ends_with("\u2013")) return std::nullopt;  // most lines
  auto tail = kTail.search(line);
  if (tail && tail->groups[1].second == tail->groups[1].first && tail->str(line, 2) == "-")
    return join_spaced_hyphen(line, tail->groups[2].first, next, ctx, vocab);
  // A dash alone at the line end (spaced) or a double hyphen is no join.
  if (!tail || tail->groups[1].second == tail->groups[1].first || trimmed.ends_with("--")) return std::nullopt;
  const bool en_dash = tail->str(line, 2) != "-";
  std::string left(tail->str(line, 1)), right;
  std::optional<LineEnd> end =
      !en_dash && hyphen_in_address(line, tail->groups[1].first, left, next)
          ? LineEnd{"keep_line_end_hyphen", true, false,
                    "a hyphen inside a web or e-mail address or a symbol is printed, never a syllable break", 0.9}
          : decide_by_next_word(en_dash, next);
  if (auto head = kHead.search(next)) right = head->str(next, 1);
  if (!end) {
    auto letters = kLetters.search(left);
    auto head_letters = kHeadLetters.search(right);
    if (!letters || !head_letters) return std::nullopt;
    left = letters->str(left, 1);
    // "non- / self-governing": the next line's word goes on with a hyphen.
    const bool goes_on = right.size() > head_letters->end && right[head_letters->end] == '-';
    right = head_letters->str(right);
    end = decide_by_spelling(left, right, goes_on, ctx, vocab);
  }
  LineEndJoin j{*end, tail->groups[2].first, std::string(tail->str(line, 2)), {}, {}, 0, {}};
  j.before = left + j.dash + "\n" + right;
  j.after = left + (end->keep ? j.dash : "") + (end->space ? " " : "") + right;
  j.cut_at = j.dash_at;
  j.kept = end->keep ? j.dash : "";
  return j;
}

}  // namespace akn::detail
