// See dump_bare_refs.hpp.
#include "cleanup/dump_bare_refs.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <set>

#include "core/dates.hpp"
#include "core/text.hpp"

namespace akn::detail {

namespace {
// What identifies a number in running text rather than a note mark set
// apart, in any UN document. Lists hold lower-case words; a word is looked
// up lower-cased.
//
// kNumberingWords: nouns a number follows as a name or a place in a
// document ("resolution 1514", "Article 2", "paragraph 5", "annex 3",
// "Goal 14", "target 3.4", "agenda item 58", "rule 129", "page 7",
// "Agenda 21" and its French "Action 21" and Spanish "Programa 21"), in
// English, French and Spanish, singular and plural, with their
// abbreviations ("No", "para", "art": "No. 23" never passes anyway, a
// mark is never taken after a full stop).
const std::set<std::string, std::less<>> kNumberingWords = {
    // English
    "resolution", "resolutions", "paragraph", "paragraphs", "subparagraph", "subparagraphs", "article", "articles",
    "annex", "annexes", "appendix", "chapter", "chapters", "section", "sections", "part", "parts", "page", "pages",
    "rule", "rules", "principle", "principles", "goal", "goals", "target", "targets", "indicator", "indicators",
    "item", "items", "decision", "decisions", "recommendation", "recommendations", "table", "tables", "figure",
    "figures", "box", "volume", "volumes", "vol", "no", "nos", "number", "numbers", "para", "paras", "art", "arts",
    "chap", "sect", "p", "pp", "agenda", "protocol", "schedule", "clause", "step", "phase", "level", "option",
    "stage", "pillar", "tier", "cluster", "module", "unit", "grade", "round", "cycle", "window", "covid",
    // French
    "résolution", "résolutions", "paragraphe", "paragraphes", "alinéa", "alinéas", "annexe",
    "chapitre", "chapitres", "partie", "parties", "règle", "règles", "principe", "principes", "objectif",
    "objectifs", "cible", "cibles", "indicateur", "indicateurs", "point", "points", "décision", "décisions",
    "recommandation", "recommandations", "tableau", "tableaux", "encadré", "numéro", "numéros", "action",
    "protocole", "étape", "niveau",
    // Spanish
    "resolución", "resoluciones", "párrafo", "párrafos", "apartado", "apartados", "artículo", "artículos",
    "anexo", "anexos", "capítulo", "capítulos", "sección", "secciones", "parte", "página", "páginas", "regla",
    "reglas", "principio", "principios", "objetivo", "objetivos", "meta", "metas", "indicador", "indicadores",
    "tema", "temas", "decisión", "decisiones", "recomendación", "recomendaciones", "cuadro", "cuadros", "figura",
    "figuras", "recuadro", "núm", "número", "números", "programa", "protocolo", "etapa", "nivel"};

// Russian declines these nouns: they are known by their stems
// ("резолюции 1514", "пункта 2", "статьи 2", "приложения 3", "главы 17",
// "Группы 77", "цели 14").
constexpr std::array<std::string_view, 17> kNumberingStems = {
    "резолюц", "пункт", "подпункт", "стать", "приложен", "глав", "раздел", "част", "страниц",
    "правил", "принцип", "цел", "задач", "решени", "рекомендац", "групп", "повестк"};

// kCountingWords: words after which a figure counts or dates something: an
// article, a preposition or a conjunction ("a minimum of 20", "Group of 77",
// "Groupe des 77", "Grupo de los 77", "between 2 and", "and 3", "at 5"). A
// note mark follows the name it annotates, never such a word.
const std::set<std::string, std::less<>> kCountingWords = {
    // English
    "the", "a", "an", "of", "and", "or", "to", "by", "for", "in", "at", "on", "from", "with", "than", "between",
    "some", "all", "only", "about", "over", "under", "least", "most", "nearly", "almost", "per", "its", "their",
    "his", "her", "these", "those", "every", "each", "first", "last", "next", "top", "group",
    // French
    "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "à", "au", "aux", "en", "sur", "par",
    "pour", "dans", "avec", "entre", "sous", "ses", "leurs", "groupe", "moins", "plus",
    // Spanish
    "el", "los", "las", "uno", "unos", "unas", "del", "y", "o", "al", "con", "por", "para", "sobre",
    "sus", "grupo", "menos", "más",
    // Russian
    "и", "в", "во", "на", "с", "со", "по", "от", "до", "к", "из", "для", "или", "около", "более", "менее"};

// Months (core/dates' month_number_in_any_case, six languages): a figure
// after one is a day ("December 10"), one before one is a day too ("10
// December"); a four-figure year after one is a date's, which a note mark
// may follow ("7 October 2022 1 and").

// kCountedWords: words that a figure before them counts ("5 per cent",
// "2 million", "25 Member States", "10 years"): the figure is a quantity.
const std::set<std::string, std::less<>> kCountedWords = {
    "per", "percent", "million", "millions", "billion", "billions", "thousand", "hundred", "years", "year",
    "months", "weeks", "days", "hours", "times", "states", "member", "members", "countries",
    "pour", "cent", "milliards", "ans", "mois", "jours", "fois", "états", "pays", "por", "ciento", "millones",
    "años", "meses", "días", "veces", "estados", "países", "%"};
// Words that join a figure to the next in a list or a range ("2 and 3",
// "1 to 5", "2 et 3", "1 a 5", "2 y 3", "1 – 5").
const std::set<std::string, std::less<>> kListJoiners = {"and", "or", "to", "et", "ou", "à", "au", "y",  "e",
                                                         "o",   "u",  "a",  "и",  "или", "-",  "\u2013", "\u2014"};
// A note mark has at most this many figures (notes "1" to "999").
constexpr std::size_t kMaxMarkFigures = 3;
// A parenthesis closing a list item's letter or numeral ("(a)", "(iv)")
// holds at most this many letters; "(XV)" and longer are a session's or a
// name's, which a note mark may follow.
constexpr std::size_t kMaxListItemLetters = 4;
// Nor "(1)" to "(99)"; "(1961)" is a year a name carries ("Convention on
// Diplomatic Relations (1961) 1 and").
constexpr std::size_t kMaxListItemFigures = 2;

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

bool starts_with_any(std::string_view word, auto const& stems) {
  return std::any_of(stems.begin(), stems.end(), [&](std::string_view s) { return word.substr(0, s.size()) == s; });
}

// A month's name, or two names of one month with a slash between, as
// Arabic prints them ("نيسان/أبريل": "1 نيسان/أبريل" is a date's day).
bool is_month(std::string_view lower) {
  if (month_number_in_any_case(lower) != 0) return true;
  const std::size_t slash = lower.find('/');
  return slash != std::string_view::npos && (month_number_in_any_case(lower.substr(0, slash)) != 0 ||
                                             month_number_in_any_case(lower.substr(slash + 1)) != 0);
}

// The word that ends at `end`: its letters only, so that after a hyphen or
// an apostrophe it is the last part ("sub-paragraph" gives "paragraph",
// "l'article" gives "article"), the word the lists above name.
std::string_view word_ending_at(std::string_view text, std::size_t end) {
  std::size_t b = end;
  while (b > 0) {
    const std::size_t start = previous_code_point_start(text, b);
    std::size_t k = start;
    const char32_t cp = next_code_point(text, k);
    if (!is_letter(cp)) break;
    b = start;
  }
  return text.substr(b, end - b);
}

// The token (up to a space) that starts at `at`.
std::string_view token_at(std::string_view text, std::size_t at) {
  const std::size_t e = std::min(text.find(' ', at), text.size());
  return text.substr(at, e - at);
}

// A token's letters without the punctuation around it, lower-cased.
std::string bare_lower(std::string_view token) {
  while (!token.empty() && std::string_view(",;:.()\"'").find(token.back()) != std::string_view::npos)
    token.remove_suffix(1);
  return to_lower(token);
}

bool roman_numeral(std::string_view word) {
  return !word.empty() && word.find_first_not_of("IVXLC") == std::string_view::npos;
}

// Whether the word before the figures lets them be a note mark.
bool word_allows_mark(std::string_view word) {
  if (code_point_count(word) < 2 || roman_numeral(word)) return false;  // "217 A", "annex II"
  const std::string lower = to_lower(word);
  return !takes_number(lower) && !kCountingWords.count(lower) && !is_month(lower);
}

// Whether a ")" at `close` ends a list item's letter or numeral ("(a)").
bool closes_list_item(std::string_view text, std::size_t close) {
  const std::size_t open = text.rfind('(', close);
  if (open == std::string_view::npos) return true;
  const std::string_view inside = text.substr(open + 1, close - open - 1);
  if (inside.empty()) return true;
  const bool letters = std::all_of(inside.begin(), inside.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  const bool figures = std::all_of(inside.begin(), inside.end(), [](char c) { return ascii_digit(c); });
  return (letters && inside.size() <= kMaxListItemLetters) || (figures && inside.size() <= kMaxListItemFigures);
}

// The word before a four-figure year set apart that ends at `end` ("" when
// no such year ends there).
std::string_view word_before_year(std::string_view text, std::size_t end) {
  if (end < 6) return {};
  const std::size_t b = end - 4;
  for (std::size_t k = b; k < end; ++k)
    if (!ascii_digit(text[k])) return {};
  if (text[b - 1] != ' ') return {};
  return word_ending_at(text, b - 1);
}

// Whether a four-figure year ends at `end` after a month ("October 2022").
bool date_year_ends_at(std::string_view text, std::size_t end) {
  const std::string_view word = word_before_year(text, end);
  return !word.empty() && is_month(to_lower(word));
}

// Whether a four-figure year ends at `end` after a word that names a year
// ("Conventions of 1949", "Convenios de Ginebra de 1949", "Conventions de
// Genève de 1949"): a treaty's or a conference's year, which a note mark
// may follow (the year of a date is date_year_ends_at's).
bool named_year_ends_at(std::string_view text, std::size_t end) {
  static constexpr std::string_view kYearWords[] = {"of", "de", "du", "del"};
  const std::string_view word = word_before_year(text, end);
  return !word.empty() && (text[end - 4] == '1' || text[end - 4] == '2') &&
         std::find(std::begin(kYearWords), std::end(kYearWords), word) != std::end(kYearWords);
}

// Whether what follows the figures ending at `end` closes a clause or
// joins a list: the end, ",;:." or a list's joining word ("1949 2 and",
// "de 1949 2 y"), where a mark after a named year may stand; a mark before
// another word is a count ("of 2022 2 meetings").
bool closes_or_joins(std::string_view text, std::size_t end) {
  if (end == text.size() || std::string_view(",;:.").find(text[end]) != std::string_view::npos) return true;
  return text[end] == ' ' && kListJoiners.count(bare_lower(token_at(text, end + 1))) > 0;
}

enum class Before : std::uint8_t { nothing, word, year, named_year };

// What stands before the space at `space`: a word that lets a mark follow,
// a closing ")" or quote after a word, or a date's year.
Before what_stands_before(std::string_view text, std::size_t space) {
  if (space == 0) return Before::nothing;
  const std::size_t prev = previous_code_point_start(text, space);
  std::size_t k = prev;
  const char32_t cp = next_code_point(text, k);
  if (is_letter(cp)) return word_allows_mark(word_ending_at(text, space)) ? Before::word : Before::nothing;
  if (cp == U')') return closes_list_item(text, prev) ? Before::nothing : Before::word;
  if (cp == U'\u201D' || cp == U'\u2019' || cp == U'"') {
    if (prev == 0) return Before::nothing;
    std::size_t j = previous_code_point_start(text, prev);
    return is_letter(next_code_point(text, j)) ? Before::word : Before::nothing;
  }
  if (ascii_digit(text[space - 1]) && date_year_ends_at(text, space)) return Before::year;
  if (ascii_digit(text[space - 1]) && named_year_ends_at(text, space)) return Before::named_year;
  return Before::nothing;
}

// Whether what follows the figures ending at `end` lets them be a mark:
// the end, or ",;:." then a space or the end, or a space and a word that
// neither is counted by them nor carries on a list of figures.
bool follows_as_mark(std::string_view text, std::size_t end) {
  if (end == text.size()) return true;
  const char c = text[end];
  if (std::string_view(",;:.").find(c) != std::string_view::npos) return end + 1 == text.size() || text[end + 1] == ' ';
  if (c != ' ' || end + 1 >= text.size()) return c == ' ';
  const std::string_view next = token_at(text, end + 1);
  if (next.empty() || ascii_digit(next.front())) return false;
  const std::string lower = bare_lower(next);
  if (kCountedWords.count(lower) || is_month(lower)) return false;
  if (kListJoiners.count(lower)) {
    const std::size_t after = end + 1 + next.size() + 1;
    if (after < text.size() && ascii_digit(text[after])) return false;
  }
  return true;
}
}  // namespace

bool takes_number(std::string_view word) {
  const std::string lower = to_lower(word);
  return kNumberingWords.count(lower) > 0 || starts_with_any(lower, kNumberingStems);
}

std::vector<BareMark> bare_note_marks(std::string_view text) {
  std::vector<BareMark> out;
  for (std::size_t i = text.find(' '); i != std::string_view::npos && i + 1 < text.size(); i = text.find(' ', i + 1)) {
    const std::size_t first = i + 1;
    if (!ascii_digit(text[first]) || text[first] == '0') continue;
    std::size_t end = first;
    while (end < text.size() && ascii_digit(text[end])) ++end;
    if (end - first > kMaxMarkFigures || !follows_as_mark(text, end)) continue;
    const Before before = what_stands_before(text, i);
    if (before == Before::nothing || (before == Before::named_year && !closes_or_joins(text, end))) continue;
    out.push_back({i, end, std::string(text.substr(first, end - first)), before != Before::word});
  }
  return out;
}

BareMarkVerdict judge_bare_mark(const BareMarkFacts& f) {
  const std::string marker(f.marker);
  if (f.note_referenced || (f.n > 0 && f.n <= f.last_linked)) {
    if (f.taken_before && f.n == f.last_linked)
      return {false, "\"" + marker + "\" after a word may be the reference to note " + marker +
                         ", linked to figures set apart before it: check which is the note's mark"};
    return {};
  }
  if (f.note_page > 0 && f.mark_page > 0 && f.note_page != f.mark_page) return {};
  if (f.n != f.last_linked + 1) {
    if (f.n > f.last_linked + 1 && f.n <= f.last_linked + 1 + f.most_skipped_notes)
      return {false, "\"" + marker + "\" after a word may be a reference to note " + marker +
                         " (a plain dump sets a raised mark apart), but the next note referred to is " +
                         std::to_string(f.last_linked + 1) + ": left as text"};
    return {};
  }
  return {!f.named_later_otherwise(), ""};
}

}  // namespace akn::detail
