#include "cleanup/line_end.hpp"

#include <set>

#include "cleanup/dictionary.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn::detail {

namespace {
// Words of the body and the notes, lowercased, for the hyphenation decisions.
std::unordered_set<std::string> read_vocabulary(const Document& doc) {
  static const Regex kWord("[\\p{L}][\\p{L}'\u2019-]*[\\p{L}]|\\p{L}");
  std::unordered_set<std::string> vocab;
  for (const Page& page : doc.pages)
    for (const Line& line : page.lines) {
      if (line.role != LineRole::body && line.role != LineRole::footnote) continue;
      for (const auto& m : kWord.find_all(line.text)) vocab.insert(to_lower(m.str(line.text)));
    }
  return vocab;
}
// Words after which a line-end hyphen is suspended: "low- / and
// middle-income", "court- / et moyen terme".
bool suspends_hyphen(std::string_view word) {
  static const std::set<std::string, std::less<>> kConjunctions = {"and", "or", "nor", "to", "et", "ou", "y", "o"};
  return kConjunctions.count(word) > 0;
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

// A line-end hyphen between letters, decided by the document's spelling and
// the dictionary.
std::optional<LineEnd> decide_by_spelling(const std::string& left, const std::string& right, const PassContext& ctx,
                                          Vocabulary& vocabulary) {
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

}  // namespace

const std::unordered_set<std::string>& Vocabulary::words() {
  if (!words_) words_ = read_vocabulary(doc_);
  return *words_;
}

Vocabulary::Vocabulary(const Document& doc, const PassContext& ctx) : doc_(doc) {
  if (!ctx.dictionary) return;
  for (const Page& page : doc_.pages)
    for (std::size_t i = 0; i + 1 < page.lines.size(); ++i) {
      const Line &line = page.lines[i], &next = page.lines[i + 1];
      if (!is_text_line(line) || next.role != line.role) continue;
      const auto halves = hyphen_halves(line.text, next.text);
      if (halves && certain_syllable_break(halves->first, halves->second, ctx)) ++syllable_breaks_;
    }
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
  // A dash alone at the line end (spaced) or a double hyphen is no join.
  if (!tail || tail->groups[1].second == tail->groups[1].first || trimmed.ends_with("--")) return std::nullopt;
  const bool en_dash = tail->str(line, 2) != "-";
  std::optional<LineEnd> end = decide_by_next_word(en_dash, next);
  std::string left(tail->str(line, 1)), right;
  if (auto head = kHead.search(next)) right = head->str(next, 1);
  if (!end) {
    auto letters = kLetters.search(left);
    auto head_letters = kHeadLetters.search(right);
    if (!letters || !head_letters) return std::nullopt;
    left = letters->str(left, 1);
    right = head_letters->str(right);
    end = decide_by_spelling(left, right, ctx, vocab);
  }
  LineEndJoin j{*end, tail->groups[2].first, std::string(tail->str(line, 2)), {}, {}};
  j.before = left + j.dash + "\n" + right;
  j.after = left + (end->keep ? j.dash : "") + (end->space ? " " : "") + right;
  return j;
}

}  // namespace akn::detail
