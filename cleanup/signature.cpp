// The signature of a UN letter: its "(Signed)" mark mended where OCR
// damaged it, and the signature block it opens (signature.hpp).
#include "cleanup/signature.hpp"

#include <optional>
#include <string>

#include "cleanup/dictionary.hpp"
#include "cleanup/guarded_pattern.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn::detail {

namespace {

// ---- Thresholds ------------------------------------------------------------
// The damaged mark: a bracketed token of at most kMaxDamagedMarkChars
// characters ("(w)", "(U)", "(S1)"); "(Signed)" itself has 6 letters, and
// OCR that reads it at all reads more of it.
constexpr std::size_t kMaxDamagedMarkChars = 3;
// The closing formula is looked for in the kClosingLines body lines before
// the mark (a closing paragraph runs over two or three lines).
constexpr std::size_t kClosingLines = 4;
// A title line is looked for in the kTitleLines body lines after the mark
// on its page ("Ambassador", "Permanent Representative").
constexpr std::size_t kTitleLines = 3;
// A list goes on when one of the kListLines body lines before or after the
// mark opens with a bracketed label too: then the token is a list's label.
constexpr std::size_t kListLines = 4;
// A signature block: the mark's line and up to kSignatureBlockLines body
// lines after it on its page (the name and title lines).
constexpr std::size_t kSignatureBlockLines = 4;
// How sure the mending is (Edit::confidence).
constexpr double kMendConfidence = 0.8;
// ----------------------------------------------------------------------------

// The signature's mark as the UN prints it in each language.
const Regex& signature_mark() {
  static const Regex re("^\\s*\\((?:Signed|Sign\u00E9e?|Firmad[oa]|\u041F\u043E\u0434\u043F\u0438\u0441\u044C)\\)");
  return re;
}
// Its pre-check: the bracket it opens with, after white space.
bool may_open_signature_mark(std::string_view t) {
  return may_open_with(t, [](char c) { return c == '('; });
}

// A short bracketed token opening a line, and the rest of the line.
const Regex& bracketed_token() {
  static const Regex re("^\\s*\\(([^()\\s]{1,3})\\)\\s+(\\S.*)$");
  return re;
}

// The closing formulas of UN letters (English, French, Spanish, Russian).
const Regex& closing_formula() {
  static const Regex re(
      "I have the honour|highest consideration|assurances? of my|be circulated as|Yours (?:sincerely|faithfully)|"
      "J.ai l.honneur|haute consid\u00E9ration|Veuillez agr\u00E9er|faire distribuer|distribuer (?:la pr\u00E9sente|le texte)|"
      "Tengo el honor|m\u00E1s alta consideraci\u00F3n|hacer distribuir|"
      "\u0418\u043C\u0435\u044E \u0447\u0435\u0441\u0442\u044C|\u0440\u0430\u0441\u043F\u0440\u043E\u0441\u0442\u0440\u0430\u043D\u0438\u0442\u044C",
      "i");
  return re;
}

// A signatory's title line.
const Regex& title_line() {
  static const Regex re(
      "^\\s*(?:Acting\\s+|Deputy\\s+)?(?:Ambassador|Permanent Representative|Charg\\S+ d.[Aa]ffaires|Secretary-General|"
      "Minister|President|Chairman|Chair|Ambassadeur|Repr\u00E9sentant(?:e)? permanent|Pr\u00E9sident|Ministre|"
      "Embajador|Representante Permanente|Presidente|\u041F\u043E\u0441\u043E\u043B|"
      "\u041F\u043E\u0441\u0442\u043E\u044F\u043D\u043D\u044B\u0439 \u043F\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043B\u044C)");
  return re;
}

// A word of at least two capitals and no small letter: a surname as the UN
// prints it in a signature ("LEVIN", "AL-KIDWA").
bool holds_name_in_capitals(std::string_view text) {
  static const Regex re("(?:^|\\s)[\\p{Lu}][\\p{Lu}'\\-]*[\\p{Lu}](?=\\s|$|[.,])");
  return re.search(text).has_value();
}

// The mark the document's language prints, or empty.
std::string mark_of_language(const std::optional<std::string>& language) {
  if (!language) return {};
  if (*language == "en") return "(Signed)";
  if (*language == "fr") return "(Sign\u00E9)";
  if (*language == "es") return "(Firmado)";
  if (*language == "ru") return "(\u041F\u043E\u0434\u043F\u0438\u0441\u044C)";
  return {};
}

bool read_by_ocr(const Document& doc, const LineRef& r) { return doc.pages[r.page].ocr || doc.pages[r.page].ocr_layer; }

// Whether `token` (the bracket's inside) is a word: a dictionary word of at
// least two letters.
bool is_word(std::string_view token, const Dictionary* dictionary) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < token.size();)
    if (is_letter(next_code_point(token, i))) ++letters;
  return letters >= 2 && dictionary && dictionary->accepts(token);
}

// What the position of line `i` of `lines` tells of a signature there.
struct SignaturePlace {
  bool closing = false;  // the closing formula before it
  bool signatory = false;  // a name in capitals on it or a title line after it
  bool list = false;     // a bracketed label opens a line after it
};

SignaturePlace place_of(const Document& doc, const std::vector<LineRef>& lines, std::size_t i, std::string_view rest) {
  SignaturePlace p;
  std::string before;
  for (std::size_t k = i; k > 0 && i - k < kClosingLines; --k) before = at(doc, lines[k - 1]).text + " " + before;
  p.closing = closing_formula().search(collapse_spaces(before)).has_value();
  p.signatory = holds_name_in_capitals(rest);
  for (std::size_t k = i + 1; k < lines.size() && k <= i + kListLines; ++k) {
    const std::string_view t = at(doc, lines[k]).text;
    if (k <= i + kTitleLines && lines[k].page == lines[i].page && title_line().search(t)) p.signatory = true;
    if (bracketed_token().search(t) || signature_mark().search(t)) p.list = true;
  }
  for (std::size_t k = i; k > 0 && i - k < kListLines; --k)
    if (bracketed_token().search(at(doc, lines[k - 1]).text)) p.list = true;
  return p;
}

}  // namespace

void mend_signature_marks(Document& doc, const std::vector<LineRef>& lines, std::string_view pass,
                          const Dictionary* dictionary) {
  const std::string mark = mark_of_language(doc.language);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!read_by_ocr(doc, lines[i])) continue;
    const std::string text = at(doc, lines[i]).text;
    const auto m = bracketed_token().search(text);
    if (!m || is_word(m->str(text, 1), dictionary)) continue;
    const std::string token = "(" + std::string(m->str(text, 1)) + ")";
    const SignaturePlace p = place_of(doc, lines, i, m->str(text, 2));
    if (p.list || (!p.closing && !p.signatory)) continue;
    if (p.closing && p.signatory && !mark.empty()) {
      const std::size_t from = m->groups[1].first - 1;
      at(doc, lines[i]).replace(from, token.size(), mark);
      record_line_edit(doc, pass, "mend_signature_mark", lines[i], from, token, mark,
                       "the signature's mark " + mark + " as OCR misread it (" + quoted(token) +
                           "): the line follows the letter's closing formula and opens the signature (a name in capitals "
                           "or a title line follows), where UN letters print " + mark + " before the signatory's name",
                       kMendConfidence);
      continue;
    }
    doc.log.warn(std::string(pass), doc.position_of(lines[i].page, lines[i].line),
                 "a line opens with " + quoted(token) + " where a letter's signature may stand (" +
                     (p.closing ? "after the closing formula" : "before a name in capitals or a title line") +
                     "): a signature's \"(Signed)\" misread? Kept as printed; compare it with the page image");
  }
}

std::vector<bool> signature_blocks(const Document& doc, const std::vector<LineRef>& lines) {
  std::vector<bool> out(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view t = at(doc, lines[i]).text;
    if (!may_open_signature_mark(t) || !signature_mark().search(t)) continue;
    for (std::size_t k = i; k < lines.size() && k <= i + kSignatureBlockLines && lines[k].page == lines[i].page; ++k)
      out[k] = true;
  }
  return out;
}

const std::vector<GuardedPattern>& signature_guarded_patterns() {
  static const std::vector<GuardedPattern> patterns = {
      {"signature mark", signature_mark(), false, may_open_signature_mark},
  };
  return patterns;
}

}  // namespace akn::detail
