#include "cleanup/french_dump_signs.hpp"

#include <string>
#include <vector>

#include "cleanup/pass_util.hpp"
#include "core/language.hpp"
#include "core/regex.hpp"

namespace akn::detail {

namespace {
constexpr std::string_view kPass = "repair_split_words";
constexpr std::string_view kKind = "french_raised_letters_rejoined";

// Group 1: the figures, a Roman numeral or the "n" of "no"; group 2 the
// space after it; group 3 the raised letters. A number's own figures are
// the whole word (not "A/78/2 e"), and the letters end a word.
const Regex& raised_letters() {
  static const Regex re(
      "(?<![\\p{L}\\p{N}/.,\\-])([0-9]{1,5}|[IVXLC]{1,7}|[nN])( )"
      "((?<=[0-9] )(?:er|re|ers|res|es|e)|(?<=[IVXLC] )(?:e|er|es)|(?<=[nN] )(?:os|o)(?= [0-9]))"
      "(?=[\\s,;:.)\\]]|$)");
  return re;
}

void rejoin_in_line(Document& doc, LineRef where) {
  Line& line = doc.pages[where.page].lines[where.line];
  const std::vector<Regex::Match> found = raised_letters().find_all(line.text);
  // From the right: the offsets of the matches before stay valid.
  for (auto m = found.rbegin(); m != found.rend(); ++m) {
    const std::string before = std::string(m->str(line.text, 0));
    const std::string after = std::string(m->str(line.text, 1)) + std::string(m->str(line.text, 3));
    const bool numero = m->str(line.text, 1) == "n" || m->str(line.text, 1) == "N";
    line.replace(m->groups[2].first, 1, "");
    record_line_edit(doc, kPass, kKind, where, m->begin, before, after,
                     numero ? "the raised \"o\" of \"no\" (numéro), set apart from its \"n\" by the dump"
                            : "an ordinal's raised sign, set apart from its number by the dump (\"" + after + "\")");
  }
}
}  // namespace

void rejoin_french_raised_letters(Document& doc) {
  if (doc.source.kind != "text" || language_of(doc) != "fr") return;
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (std::size_t l = 0; l < doc.pages[p].lines.size(); ++l) {
      const Line& line = doc.pages[p].lines[l];
      if ((line.role == LineRole::body || line.role == LineRole::footnote) && !line.box) rejoin_in_line(doc, {p, l});
    }
}

}  // namespace akn::detail
