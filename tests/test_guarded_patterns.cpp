// The pre-checks that guard the cleanup passes' line patterns
// (cleanup/guarded_pattern.hpp) against the patterns themselves: a line
// that fails a pre-check must not match its pattern. The lines vary every
// alternative of every pattern (numbers, labels, meetings in six
// languages, enacting formulas, page furniture, masthead fields, note marks
// glued to words, years and quotes, printing imprints, notes, signatures and
// emphasis opening a line, behind white space of any script), so that a pattern given an alternative its pre-check does not
// know fails here.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "cleanup/guarded_pattern.hpp"
#include "cleanup/note_mark_patterns.hpp"
#include "cleanup/unwrap_patterns.hpp"

using namespace akn;

namespace {

const std::vector<std::string>& varied_lines() {
  static const std::vector<std::string> lines = {
      // paragraph numbers and point labels
      "12.", "1.", "(a)", "(iv)", "iv)", "b)", "\u0430)", "(\u0623)", "73/6.", "(12)", "1234/1234.", "12 -",
      "12 - \u064A\u0642\u0631\u0631", "1. Decides to remain seized of the matter;", "(a) The report of the Secretary-General;",
      "a) Que le presente un informe;", "iv) the third", "IV. Reports", "\u0431) \u043E \u0434\u043E\u043A\u043B\u0430\u0434\u0435",
      "(\u0628) \u0627\u0644\u062A\u0642\u0631\u064A\u0631", "(3) the list",
      // part and annex labels
      "II", "XIV.", "C", "Part II", "PART IV.", "Section III", "SECTION I", "Annex", "Annex II", "Annexes", "ANNEX",
      "Appendix 3", "APPENDIX A", "Enclosure", "Annexe I", "ANNEXE", "Anexo", "ANEXO II",
      "\u041F\u0440\u0438\u043B\u043E\u0436\u0435\u043D\u0438\u0435", "\u041F\u0420\u0418\u041B\u041E\u0416\u0415\u041D\u0418\u0415 II",
      "\u0627\u0644\u0645\u0631\u0641\u0642 \u0627\u0644\u0623\u0648\u0644", "\u0627\u0644\u0645\u0631\u0641\u0642\u0627\u062A",
      "\u9644\u4EF6\u4E00", "\u9644\u4EF6",
      // meetings
      "77th plenary meeting", "50th (resumed) plenary meeting", "8151st meeting", "3rd meeting", "50e s\u00E9ance pl\u00E9ni\u00E8re",
      "1re s\u00E9ance pl\u00E9ni\u00E8re (reprise)", "50a sesi\u00F3n plenaria", "50\u00AA. sesi\u00F3n plenaria (continuaci\u00F3n)",
      "50-\u0435 \u043F\u043B\u0435\u043D\u0430\u0440\u043D\u043E\u0435 \u0437\u0430\u0441\u0435\u0434\u0430\u043D\u0438\u0435",
      "8151 \u2013 \u0435 \u0437\u0430\u0441\u0435\u0434\u0430\u043D\u0438\u0435",
      "\u0627\u0644\u062C\u0644\u0633\u0629 \u0627\u0644\u0639\u0627\u0645\u0629 50", "\u0627\u0644\u062C\u0644\u0633\u0629 \u0665\u0660",
      "\u7B2C50\u6B21\u5168\u4F53\u4F1A\u8BAE", "\u7B2C 8151 \u6B21\u4F1A\u8BAE",
      // enacting formulas and lines of their own
      "[Original: English]", "[on the report of the Third Committee (A/78/481)]", "The General Assembly,",
      "The Security Council,", "Resolution adopted by the General Assembly on 5 December 2023",
      "L\u2019Assembl\u00E9e g\u00E9n\u00E9rale,", "L'Assembl\u00E9e g\u00E9n\u00E9rale,", "Le Conseil de s\u00E9curit\u00E9,",
      "El Consejo de Seguridad,", "La Asamblea General,", "Asamblea General,", "Conseil \u00E9conomique et social,",
      "Commission des droits de l\u2019homme ,", "Consejo de Derechos Humanos\uFF0C",
      "\u0413\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u0430\u044F \u0410\u0441\u0441\u0430\u043C\u0431\u043B\u0435\u044F,",
      "\u0625\u0646 \u0627\u0644\u062C\u0645\u0639\u064A\u0629 \u0627\u0644\u0639\u0627\u0645\u0629\u060C", "\u5927\u4F1A\uFF0C",
      // note marks glued to the text
      "human rights,1", "the Council.12", "of 2015;3", "resolution 1,2\n", "the rights1 of", "in 20151 the", "in 1999",
      "of):* draft resolution", "Bolivia (Plurinational State of):*", "the \u201CAgenda\u201D2 and", "the States\u20193 own",
      "\u043F\u043E\u0434\u0434\u0435\u0440\u0436\u043A\u04383 \u0438", "(see annex)4 and", "\"Agenda\".5", "by 1999 and 2001.",
      "on 24 October 1945, 19452", "article 3 **", "see ***",
      "\u53F7\u30017 2019\u5E74", "\u51B3\u8BAE\uFF0C12", "\u62A5\u544A\u300B3", "\u3002 5",
      // page furniture
      "---", "  ___  ", "=====", "~~~", "...", "\u2014\u2014\u2014", "\u2022\u2022\u2022", "\u00B7\u00B7\u00B7", "2", " 12 ", "- 2 -",
      "-3", "2/10", "2 / 10", "Page 2", "page 3 of 10", "PAGE 4", "18-16895", "A18-16895 (E)", "a18-16895", "1816895",
      "18 16895* (E) 180293", "*1816895*", "Please recycle", "PLEASE RECYCLE", "/...", "/. . .", "/\u2026",
      "\u00A02", "\t7\t", "\u20032/10", "  The General Assembly, ", "The Economic and Social Council,", "The Council,",
      "1.\u00A0", " (b) ",
      // Markdown (strip_markdown)
      "# Resolution 78/1", "### Annex", "   ## Title", "* * *", "- - -", "___", "text<sup>12</sup> more",
      "<sup> a </sup>", "**77th plenary meeting**", "__Decides__ to act", "the *Agenda* and", "*see*",
      "the _Agenda_ and", "[the report](https://undocs.org/A/78/1)", "[A/78/1](a.pdf) and", "end of line<br>",
      "end<br />  ", "\\*not emphasis\\*", "1\\. First", "AT&amp;T", "&nbsp;&lt;&gt;&quot;&#39;",
      // masthead fields
      "Distr.: General", "Distr. LIMITED", "Distr.", "GENERAL", "LIMITED", "United Nations", "Nations Unies", "UNITED",
      "NATIONS AS", "الأمـم المتحـدة", "联合国",
      "General Assembly", "Security Council", "Consejo de Seguridad", "Provisional", "Official Records",
      "Agenda item 71 (b)", "Agenda items 23 and 35", "Point 71 b) de l’ordre du jour", "Tema 71 del programa",
      "Пункт 71 повестки дня",
      "البند 71 من جدول الأعمال",
      "البنود 71 و 72 من جدول الأعمال",
      "议程项目71 (b)", "临时议程项目 12",
      "Thursday, 4 April 2002, 11.50 a.m.", "4 April 2002, 10 a.m. New York", "4 April 2002", "~9 September 1971",
      "2 Aprii 1990", "Fifty-eighth session", "Eleventh emergency special session", "Soixante-dix-huitième session",
      "Septuagésimo octavo período de sesiones",
      "Семьдесят восьмая сессия",
      "الدورة الثامنة والسبعون",
      "第七十八届会议", "rrwenty-sixth session", "82nd plenary meeting", "4507 th meeting",
      "A/47/60-S/23329", "S/RES/2397 (2017)", "s/14938**", "Original: English", "ORIGINAL: FRENCH", "Original: English/French",
      "Подлинный текст: английский",
      "الأصل: بالإنكليزية", "原件：英文",
      "Third Committee", "Special Political and Decolonization Committee (Fourth Committee)", "Forty-ninth year",
      "Forty--fifth year", "GENERAL ASSEMBLY", "SECURITY COUNCIL", "Items 23, 35 and 78 of the preliminary list",
      "Item 12 of the provisional agenda",
      "FOURTH COMMITTEE, 985th MEETING", "QUATRIEME COMMISSION, 9g5e", "CUARTA COMISIÓN, 985a SESIÓN", "850th PLENARY MEETING",
      "QUATORZIEME SESSION", "FOURTEENTH SESSION", "DECIMOCUARTO PERIODO DE SESIONES", "SEANCE", "MEETING",
      "à 10 h 50", "at 10.30 a.m.", "Documents officiels", "ASSEMBLEE GENERALE", "Vendredi 4 décembre 1959, à 10 h 50",
      // printing imprints (1950s and 1960s)
      "Litho in U.N.", "Printed in United Nations", "  Lithographed in the United Nations", "77402-July 1960-950",
      "77402 \u2013 Sept. 1961 \u2013 1,250", "Imprim\u00E9 aux Nations Unies", "Impreso en las Naciones Unidas",
      "Litho in U.N.      77402-July 1960-950", "Printed matter",
      // notes, signatures and emphasis opening a line
      "1 See resolution 55/2.", "  12 Official Records of the General Assembly", "* Any changes to the list of sponsors",
      "** Second reissue for technical reasons.", "\u2020 Deceased.", "\u2021\u00A0Ibid.", "\u00A01 See the note",
      "\u30002 See the note", "\u00A0* Reissued", "(Signed) Kofi A. Annan", "  (Sign\u00E9) Jean Dupont",
      "(Firmado) Juan P\u00E9rez", "(\u041F\u043E\u0434\u043F\u0438\u0441\u044C) \u0418. \u0418\u0432\u0430\u043D\u043E\u0432",
      "\u00A0(Signed) A. B.", "*77th plenary meeting", "__Decides__ to act", "  _Recalling_", "\u2003*Noting*",
      "The General Assembly,\n", "The General Assembly,\u00A0",
      // ordinary lines
      "", " ", "Recalling its resolution 60/1 of 16 September 2005,", "Decides to continue its consideration;",
      "requests the Secretary-General to report", "* * *", "\u2013", "Mr. Ren\u00E9 Pr\u00E9val,", "2030 Agenda", "\u00A012.",
      "Economic and Social Council,", "Theme of the meeting", "1. The meeting was called to order.", "A/RES/78/1",
      "Tuesday, 5 December 2023", "Nuclear Weapons, 1 in particular", "issued on 8 July 1996, 13",
      "See *Official Records of the Economic and Social Council, 2003,", "\u5927\u4F1A\u7B2C78/1\u53F7\u51B3\u8BAE"};
  return lines;
}

bool matches(const detail::GuardedPattern& g, const std::string& line) {
  return g.whole ? g.pattern.full_match(line) : g.pattern.search(line).has_value();
}

void check_agreement(const std::vector<detail::GuardedPattern>& patterns, std::size_t expected_patterns) {
  REQUIRE(patterns.size() == expected_patterns);
  std::size_t tried = 0;
  for (const detail::GuardedPattern& g : patterns) {
    std::size_t matched = 0;
    for (const std::string& line : varied_lines()) {
      ++tried;
      const bool match = matches(g, line);
      if (match) ++matched;
      if (!g.may_match(line)) {
        INFO(g.name << " matches \"" << line << "\" although its pre-check says it cannot");
        CHECK_FALSE(match);
      }
    }
    INFO(g.name << ": no line of the set matches it, so the set says nothing of its pre-check");
    CHECK(matched > 0);
  }
  CHECK(tried == expected_patterns * varied_lines().size());
}

}  // namespace

TEST_CASE("unwrap pre-checks never hide a match of their patterns", "[cleanup][unwrap_lines]") {
  check_agreement(detail::unwrap_guarded_patterns(), 5);
}

TEST_CASE("remove_furniture pre-checks never hide a match of their patterns", "[cleanup][remove_furniture]") {
  check_agreement(detail::furniture_guarded_patterns(), 5);
}

TEST_CASE("parse_masthead cue words never hide a field", "[cleanup][parse_masthead]") {
  check_agreement(detail::masthead_guarded_patterns(), 26);
}

TEST_CASE("strip_markdown pre-checks never hide a match of their patterns", "[cleanup][strip_markdown]") {
  check_agreement(detail::markdown_guarded_patterns(), 12);
}

TEST_CASE("link_footnotes pre-checks never hide a glued note mark", "[cleanup][link_footnotes]") {
  check_agreement(detail::note_mark_guarded_patterns(), 5);
}

TEST_CASE("footnote openings' pre-checks never hide a match", "[cleanup][collect_footnotes]") {
  check_agreement(detail::footnote_guarded_patterns(), 3);
}

TEST_CASE("the signature mark's pre-check never hides a match", "[cleanup][signature]") {
  check_agreement(detail::signature_guarded_patterns(), 1);
}

TEST_CASE("the enacting formula's pre-check never hides a match", "[cleanup][unwrap_lines]") {
  check_agreement(detail::enacting_formula_guarded_patterns(), 1);
}
