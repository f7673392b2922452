#include <catch2/catch.hpp>

#include <algorithm>

#include "export/export.hpp"
#include "structure/structure.hpp"
#include "support.hpp"

using namespace akn;
using namespace akn::test;

TEST_CASE("operative paragraphs with lettered and roman sub-paragraphs nest", "[structure]") {
  const Conversion c = convert(
      "The General Assembly,\n\nRecalling its resolution 58/270,\n\n1. Requests the Secretary-General:\n\n"
      "(a) To prepare a plan;\n\n(b) To report on:\n\n(i) The conversion of records;\n\n(ii) The preservation of records;\n\n"
      "(c) To consult Member States;\n\n(d) To d;\n\n(e) To e;\n\n(f) To f;\n\n(g) To g;\n\n(h) To h;\n\n(i) To i;\n\n"
      "2. Decides to consider the question at its sixty-third session.\n");
  const Resolution& r = c.resolution;
  REQUIRE(r.operative.size() == 2);
  const auto& pts = r.operative[0].points;
  REQUIRE(pts.size() == 9);  // (a) to (i): "(i)" after "(h)" is a letter
  CHECK(pts[1].num == "(b)");
  REQUIRE(pts[1].points.size() == 2);
  CHECK(pts[1].points[1].num == "(ii)");
  CHECK(pts[8].num == "(i)");
  CHECK(r.operative[0].text.text == "Requests the Secretary-General:");
  CHECK(c.validation_errors.empty());
  CHECK(c.akn.find("eId=\"para_1__list_1__point_b__list_1__point_ii\"") != std::string::npos);
}

TEST_CASE("preface, formula, preamble leads and conclusions are recognised", "[structure]") {
  const Conversion c = convert(
      "Resolution adopted by the General Assembly on 22 December 2003\n\n"
      "[on the report of the Third Committee (A/58/508/Add.2)]\n\n"
      "58/170. Enhancement of international cooperation in the field of human rights\n\n"
      "The General Assembly,\n\nRecalling also the World Conference,\n\nBearing in mind the Charter,\n\n"
      "1. Decides to continue its consideration of this question.\n\n77th plenary meeting\n22 December 2003\n");
  const Resolution& r = c.resolution;
  CHECK(r.number == "58/170");
  CHECK(r.title->text == "Enhancement of international cooperation in the field of human rights");
  CHECK(r.committee == "Third Committee");
  CHECK(r.actor == "unga");
  REQUIRE(r.preamble.size() == 2);
  CHECK(r.preamble[0].lead == "Recalling also");
  CHECK(r.preamble[1].lead == "Bearing in mind");
  REQUIRE(r.conclusion);
  CHECK(r.conclusion->meeting == "77th plenary meeting");
  CHECK(r.conclusion->date->iso() == "2003-12-22");
  CHECK(work_iri(r) == "/akn/un/statement/deliberation/unga/2003-12-22/58-170/");
  // The container is named by its lead words as printed, as the UN names them.
  CHECK(c.akn.find("<container name=\"Recalling also\"") != std::string::npos);
  CHECK(c.validation_errors.empty());
}

TEST_CASE("a resolution with one unnumbered operative paragraph", "[structure]") {
  const Conversion c = convert(
      "The Security Council,\n\nRecalling its previous resolutions,\n\n"
      "Decides to remain actively seized of the matter.\n");
  REQUIRE(c.resolution.operative.size() == 1);
  CHECK(c.resolution.operative[0].num.empty());
  CHECK(c.resolution.actor == "unsc");
  CHECK(c.validation_errors.empty());
}

TEST_CASE("values the document does not state are left out", "[structure][export]") {
  const Conversion c = convert("Enhancement of cooperation\n\nThe General Assembly,\n\n1. Decides to continue.\n");
  CHECK_FALSE(c.resolution.number);
  CHECK_FALSE(c.resolution.adoption_date);
  // No placeholder date (issue 17): the Work is dated as not before the
  // founding of the United Nations, its IRI says "undated", and a warning
  // says why.
  CHECK(c.akn.find("0001-01-01") == std::string::npos);
  CHECK(c.akn.find("<FRBRdate date=\"1945-10-24\" name=\"notBefore\"/>") != std::string::npos);
  CHECK(c.akn.find("/unga/undated/nn-") != std::string::npos);
  bool warned = false;
  for (const Diagnostic& d : c.resolution.warnings) warned |= d.message.find("no date was read") != std::string::npos;
  CHECK(warned);
  CHECK_FALSE(work_date(c.resolution));
  CHECK(c.akn.find("FRBRnumber") == std::string::npos);
  CHECK(c.akn.find("coverPage") == std::string::npos);
  CHECK(c.validation_errors.empty());
}

TEST_CASE("text XML cannot carry never reaches the output", "[export]") {
  const Conversion c = convert("The General Assembly,\n\n1. Decides \x01\x02\x1B to continue \xEF\xBF\xBE.\n");
  CHECK(c.validation_errors.empty());
  CHECK(c.akn.find('\x01') == std::string::npos);
  CHECK(c.resolution.operative.at(0).text.text == "Decides to continue .");
}

TEST_CASE("duplicate paragraph numbers still give unique eIds", "[export]") {
  const Conversion c = convert("The General Assembly,\n\n1. Decides one;\n\n1. Decides again;\n\n2. Decides two.\n");
  CHECK(c.validation_errors.empty());
  CHECK(c.akn.find("eId=\"para_1_2\"") != std::string::npos);
}

TEST_CASE("an enacting formula misread by OCR still opens the preamble, with a warning", "[structure]") {
  // OCR garbles the short formula line; the text after it is a resolution's.
  // Near one known body's formula, it is taken for that one: printed text
  // kept, the body and a warning recorded, not a sequence of paragraphs.
  struct Case {
    const char* formula;
    const char* body;
  };
  int ran = 0;
  for (const Case& k : {Case{"The Securit: cil,", "Security Council"}, Case{"Tne General Assemb1y,", "General Assembly"},
                        Case{"The Commission on Human Rights.", "Commission on Human Rights"}}) {
    ++ran;
    const Conversion c = convert(std::string("Resolution 9999 (2026)\n\n") + k.formula +
                                 "\n\nRecalling its previous resolutions on the question,\n\n"
                                 "Noting the report of the Secretary-General,\n\n"
                                 "1. Decides to remain seized of the matter.\n");
    const Resolution& r = c.resolution;
    INFO(k.formula);
    CHECK(r.formula == k.formula);
    CHECK(r.body == k.body);
    CHECK(r.preamble.size() == 2);
    CHECK(r.operative.size() == 1);
    const auto& w = r.warnings;
    CHECK(std::any_of(w.begin(), w.end(), [](const Diagnostic& x) { return x.message.find("misread formula") != std::string::npos; }));
  }
  // In the other languages too: an Arabic scan lost a letter and the comma
  // ("إن المعية العامة" for "إن الجمعية العامة،"), a Russian one the comma.
  // An Arabic formula set with a space before its comma ("إن مجلس الأمن ،",
  // as the UN's Arabic S/RES/2735 prints it), its lām read as alif, a lām
  // doubled and the comma read "4" (Tesseract `ara`): 3 edits from the
  // spaced formula, 4 from the unspaced one (unread on main).
  for (const Case& k : {Case{"إن المعية العامة", "General Assembly"}, Case{"Генеральная Ассамблея", "General Assembly"},
                        Case{"La Asamblea Genera1", "General Assembly"}, Case{"إن مجاس اللأمن 4", "Security Council"}}) {
    ++ran;
    const Conversion c = convert(std::string("Resolution 9999 (2026)\n\n") + k.formula +
                                 "\n\nRecalling its previous resolutions on the question,\n\n"
                                 "1. Decides to remain seized of the matter.\n");
    INFO(k.formula);
    CHECK(c.resolution.formula == k.formula);
    CHECK(c.resolution.body == k.body);
    CHECK(c.resolution.preamble.size() == 1);
  }
  CHECK(ran == 7);
  // A line far from every formula, or a near one with no paragraph after
  // it, is not taken: the text stays a sequence of paragraphs.
  for (const char* text : {"The Secretariat,\n\nRecalling its previous resolutions on the question,\n\n1. Decides so.\n",
                           "Some text first.\n\nThe Securit: cil,\n"}) {
    const Conversion c = convert(text);
    CHECK_FALSE(c.resolution.formula);
  }
}

TEST_CASE("a page printing several resolutions keeps the text after the first conclusions, punctuated conclusions read",
          "[structure]") {
  // An Official Records volume prints resolutions one after another, each
  // closing with its meeting and date punctuated ("1976th plenary meeting,"
  // then "25 October 1971."). The conclusions are read; the text after them
  // (the next resolutions, their formulas and conclusions) is neither lost
  // nor moved before the text: it follows, in reading order, with a warning.
  struct Case {
    std::string text;
    std::string meeting, date;
    std::vector<std::string> after;  // printed after the first conclusions, in order
  };
  const std::vector<Case> cases = {
      {"2751 (XXVI). Admission of Bhutan to membership in the United Nations\n\n"
       "The General Assembly,\n\nHaving received the recommendation of the Security Council of 10 February 1971,\n\n"
       "Decides to admit Bhutan to membership in the United Nations.\n\n"
       "1934th plenary meeting,\n\n21 September 1971.\n\n"
       "2752 (XXVI). Admission of Bahrain to membership in the United Nations\n\n"
       "The General Assembly,\n\nHaving received the recommendation of the Security Council of 18 August 1971,\n\n"
       "Decides to admit Bahrain to membership in the United Nations.\n\n"
       "1934th plenary meeting,\n\n21 September 1971.\n\n"
       "2754 (XXVI). Admission of Oman to membership in the United Nations\n\n"
       "The General Assembly,\n\n1. Decides to admit Oman to membership in the United Nations.\n\n"
       "1957th plenary meeting,\n\n7 October 1971.\n",
       "1934th plenary meeting", "1971-09-21",
       {"2752 (XXVI). Admission of Bahrain", "Decides to admit Bahrain", "2754 (XXVI). Admission of Oman",
        "Decides to admit Oman", "1957th plenary meeting", "7 October 1971"}},
      {"2758 (XXVI). Restoration of the lawful rights of the People's Republic of China in the United Nations\n\n"
       "The General Assembly,\n\nRecalling the principles of the Charter of the United Nations,\n\n"
       "Decides to restore all its rights to the People's Republic of China.\n\n"
       "1976th plenary meeting,\n\n25 October 1971.\n",
       "1976th plenary meeting", "1971-10-25", {}},
      {"2753 (XXVI). Admission de Qatar\n\nL'Assemblée générale,\n\nAyant reçu la recommandation du Conseil,\n\n"
       "Décide d'admettre Qatar.\n\n1934e séance plénière,\n21 septembre 1971.\n\n"
       "2754 (XXVI). Admission d'Oman\n\nL'Assemblée générale,\n\nDécide d'admettre Oman.\n",
       "1934e séance plénière", "1971-09-21", {"2754 (XXVI). Admission d'Oman", "Décide d'admettre Oman"}},
  };
  int ran = 0;
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const Conversion conv = convert(c.text);
    const Resolution& r = conv.resolution;
    REQUIRE(r.conclusion);
    CHECK(r.conclusion->meeting == c.meeting);
    REQUIRE(r.conclusion->date);
    CHECK(r.conclusion->date->iso() == c.date);
    CHECK(r.operative.size() == 1);
    // Nothing printed is lost: the clean text and the AKN hold every
    // paragraph, those after the conclusions after them, in order.
    CHECK(conv.conservation.unaccounted.empty());
    std::size_t at = conv.text.find(c.meeting);
    CHECK(at != std::string::npos);
    for (const std::string& part : c.after) {
      CAPTURE(part);
      const std::size_t found = conv.text.find(part);
      CHECK(found != std::string::npos);
      CHECK(found > at);
      at = found;
      // The AKN writes a resolution's number and title as elements of their own.
      const std::size_t title = part.find("). ");
      CHECK(conv.akn.find(title == std::string::npos ? part : part.substr(title + 3)) != std::string::npos);
    }
    CHECK(r.other_preface.empty());
    const auto warned = std::any_of(r.warnings.begin(), r.warnings.end(), [](const Diagnostic& d) {
      return d.message.find("after the conclusions") != std::string::npos;
    });
    CHECK(warned == !c.after.empty());
    CHECK(conv.validation_errors.empty());
    ++ran;
  }
  CHECK(ran == 3);
}

// Text OCR left unlabelled between two points of a list (the Arabic
// six-language scan: points (c) to (h) of paragraph 7 read with no label
// the sequence could take) goes on the point before it, in reading order,
// with a warning: taken for the list's wrap-up, it was printed after the
// points that follow it (and the clean text read them out of order).
TEST_CASE("unlabelled text between two points stays between them", "[structure]") {
  const std::string preamble = "Reaffirming the obligation of States to prohibit discrimination and violence on the "
                               "basis of religion or belief and to implement measures,\n\n";
  const Conversion c = convert("78/214. Title\n\nThe General Assembly,\n\n" + preamble + preamble +
                               "1. Calls upon all States:\n\n(a) To take effective measures;\n\n"
                               "(b) To foster religious freedom and pluralism;\n\n"
                               "encouraging the representation and meaningful participation of individuals;\n\n"
                               "(d) To make a strong effort to counter religious profiling;\n\n"
                               "2. Requests the Secretary-General to submit a report.\n");
  const Resolution& r = c.resolution;
  REQUIRE(r.operative.size() == 2);
  CHECK_FALSE(r.operative[0].wrap_up);
  REQUIRE(r.operative[0].points.size() == 3);
  CHECK(r.operative[0].points[1].text.text.ends_with("pluralism; encouraging the representation and meaningful "
                                                     "participation of individuals;"));
  const std::size_t between = c.text.find("encouraging the representation");
  REQUIRE(between != std::string::npos);
  CHECK(between < c.text.find("(d) To make"));
  CHECK(std::any_of(r.warnings.begin(), r.warnings.end(), [](const Diagnostic& d) {
    return d.message.find("unlabelled text between points (b) and (d)") != std::string::npos;
  }));
}

// Numbers and labels OCR misread, read from the numbering they stand in
// (the Spanish six-language scan: "12, Solicita" after paragraph 11 was run
// into it, "1) Adoptar" between e) and g) was moved after h) as the list's
// closing text; the Russian one: "5)" between f) and h), "9)" after c)).
// In Spanish, Russian and French, and under a misread formula: the
// paragraph number read with its full stop and the label read as the
// sequence's letter, each an edit; a label the sequence confirms on one
// side only is the list's next point, kept as printed, with a warning.
TEST_CASE("paragraph numbers and point labels OCR misread are read from the numbering", "[structure]") {
  struct Case {
    std::string formula, preamble, para1, para2, a, b, misread, d, para3, meeting;
  };
  const std::vector<Case> cases = {
      {"La Asamblea General,", "Reafirmando la obligación de los Estados,", "1. Toma nota del informe;",
       "2. Exhorta a todos los Estados a que:", "a) Adopten medidas efectivas;", "b) Fomenten la libertad religiosa;",
       "1) Alienten la representación;", "d) Hagan el firme esfuerzo;", "3, Solicita al Secretario General un informe.",
       "50a sesión plenaria"},
      {"Генеральная Ассамблея,", "подтверждая обязательство государств,", "1. принимает к сведению доклад;",
       "2. призывает также все государства:", "a) принимать эффективные меры;", "b) поощрять религиозную свободу;",
       "5) поощрять представленность;", "d) активно противодействовать;", "3, просит Генерального секретаря представить доклад.",
       "50-е пленарное заседание"},
      {"L'Assemblée générale,", "Réaffirmant l'obligation des États,", "1. Prend note du rapport;",
       "2. Demande à tous les États:", "a) De prendre des mesures;", "b) De favoriser la liberté religieuse;",
       "9) D'encourager la représentation;", "d) De s'employer résolument;", "3: Prie le Secrétaire général de lui présenter un rapport.",
       "50e séance plénière"},
      // A formula OCR misread as well.
      {"La Asamblea Genera1,", "Reafirmando la obligación de los Estados,", "1. Toma nota del informe;",
       "2. Exhorta a todos los Estados a que:", "a) Adopten medidas efectivas;", "b) Fomenten la libertad religiosa;",
       "1) Alienten la representación;", "d) Hagan el firme esfuerzo;", "3; Solicita al Secretario General un informe.",
       "50a sesión plenaria"},
  };
  std::size_t ran = 0;
  for (const Case& k : cases) {
    INFO(k.formula);
    // Two long preambular paragraphs: the dump is not hard-wrapped.
    std::string preamble;
    for (int n = 0; n < 4; ++n) preamble += (n ? " " : "") + k.preamble;
    const Conversion c = convert("78/214. Title\n\n" + k.formula + "\n\n" + preamble + "\n\n" + preamble + "\n\n" + k.para1 + "\n\n" + k.para2 +
                                 "\n\n" + k.a + "\n\n" + k.b + "\n\n" + k.misread + "\n\n" + k.d + "\n\n" + k.para3 + "\n\n" +
                                 k.meeting + "\n");
    const Resolution& r = c.resolution;
    REQUIRE(r.operative.size() == 3);
    CHECK(r.operative[2].num == "3.");
    CHECK(r.operative[1].points.size() == 4);
    CHECK_FALSE(r.operative[1].wrap_up);
    REQUIRE(r.operative[1].points.size() == 4);
    CHECK(r.operative[1].points[2].text.text == k.misread.substr(3));
    std::size_t numbers = 0, labels = 0;
    for (const Edit& e : r.edits) {
      numbers += e.kind == "paragraph_number_read" && e.after == "3." ? 1U : 0U;
      labels += e.kind == "point_label_read" && e.after == "c)" ? 1U : 0U;
    }
    CHECK(numbers == 1);
    CHECK(labels == 1);
    CHECK(r.operative[1].points[2].num == "c)");
    CHECK(c.validation_errors.empty());
    ++ran;
  }
  CHECK(ran == 4);
  // The last point of its list: the sequence confirms it on one side only.
  // The block is the list's next point, its label kept as printed, warned.
  const std::string preamble = "Reafirmando la obligación de los Estados de prohibir la discriminación y la violencia por "
                               "motivos de religión o creencias y de adoptar medidas,\n\n";
  const Conversion last = convert("78/214. Title\n\nLa Asamblea General,\n\n" + preamble + preamble +
                                  "1. Exhorta a todos los Estados a que:\n\na) Adopten medidas;\n\nb) Fomenten la libertad;\n\n"
                                  "9) Hagan el firme esfuerzo;\n\n2. Pide que se intensifiquen las iniciativas.\n");
  REQUIRE(last.resolution.operative.size() == 2);
  REQUIRE(last.resolution.operative[0].points.size() == 3);
  CHECK(last.resolution.operative[0].points[2].num == "9)");
  const auto& w = last.resolution.warnings;
  CHECK(std::any_of(w.begin(), w.end(), [](const Diagnostic& d) { return d.message.find("kept as printed") != std::string::npos; }));
  // Not read so: a number out of the sequence, a "1)" the sequence does not
  // confirm (a list of its own), a figure with no word after it.
  const Conversion none = convert("78/214. Title\n\nLa Asamblea General,\n\n" + preamble + preamble +
                                  "1. Exhorta a todos los Estados a que:\n\na) Adopten medidas;\n\n"
                                  "1) primero;\n\n5, 6 y 7 de la resolución.\n\n2, 3 y 4 de la resolución.\n");
  REQUIRE(none.resolution.operative.size() == 1);
  CHECK(none.resolution.operative[0].points.size() == 1);
  for (const Edit& e : none.resolution.edits) CHECK(e.kind != "paragraph_number_read");
}

// Chinese: a paragraph's text follows its number without a space, and OCR
// reads the number's full stop as a full-width comma, colon or semicolon,
// as an ASCII mark with no space after it, or not at all (the Chinese
// six-language scan: "10，呼吁", "11，鼓励", "12，请" and "5 确认" were run
// into the paragraph before). Read from the numbering, each an edit; a
// number out of the sequence, or a figure before a date, is left as read.
TEST_CASE("Chinese paragraph numbers OCR misread before Han text are read from the numbering", "[structure][languages]") {
  const std::string preamble = "重申各国有义务禁止基于宗教或信仰原因的歧视和暴力，并执行措施，保障平等和有效的法律保护，";
  const std::string head = "78/214. 打击基于宗教或信仰原因的不容忍行为\n\n大会，\n\n" + preamble + "\n\n" + preamble +
                           "\n\n1. 表示注意到秘书长的报告；\n\n2. 呼吁国际社会加强努力，促进全球对话；\n\n";
  const std::vector<std::string> misread = {"3，请秘书长向大会第七十九届会议提交一份报告。", "3,请秘书长向大会第七十九届会议提交一份报告。",
                                            "3：请秘书长向大会第七十九届会议提交一份报告。", "3 请秘书长向大会第七十九届会议提交一份报告。",
                                            "3、 请秘书长向大会第七十九届会议提交一份报告。"};
  std::size_t ran = 0;
  for (const std::string& m : misread) {
    INFO(m);
    const Conversion c = convert(head + m + "\n\n第50次全体会议\n");
    const Resolution& r = c.resolution;
    REQUIRE(r.operative.size() == 3);
    CHECK(r.operative[2].num == "3.");
    CHECK(r.operative[2].text.text == "请秘书长向大会第七十九届会议提交一份报告。");
    CHECK(r.operative[1].text.text == "呼吁国际社会加强努力，促进全球对话；");
    std::size_t numbers = 0;
    for (const Edit& e : r.edits) numbers += e.kind == "paragraph_number_read" && e.after == "3." ? 1U : 0U;
    CHECK(numbers == 1);
    CHECK(c.validation_errors.empty());
    ++ran;
  }
  CHECK(ran == 5);
  // Not read so: a number out of the sequence, a date's figures.
  const Conversion none = convert(head + "7，请秘书长提交一份报告。\n\n12月19日通过的决议。\n\n第50次全体会议\n");
  CHECK(none.resolution.operative.size() == 2);
  for (const Edit& e : none.resolution.edits) CHECK(e.kind != "paragraph_number_read");
}

// Chinese points labelled "(a)": OCR reads a label before Han text with
// its bracket lost into a Han character ("人)" for "(b)"), its closing
// bracket as other marks ("(cj]" for "(c)"), a stray quote after it, or
// its letter and closing bracket lost ("(采取" for "(f) 采取"); the Chinese
// six-language scan ran such points into the list's closing text, out of
// their order (points 8 of 12). Read from the list's sequence where the
// next label confirms it, each an edit; otherwise (a lost letter) the
// list's next point, kept as printed, with a warning.
TEST_CASE("Chinese point labels OCR misread before Han text are read from the list's sequence", "[structure][languages]") {
  const std::string preamble = "重申各国有义务禁止基于宗教或信仰原因的歧视和暴力，并执行措施，保障平等和有效的法律保护，";
  const std::string head = "78/214. 打击基于宗教或信仰原因的不容忍行为\n\n大会，\n\n" + preamble + "\n\n" + preamble +
                           "\n\n1. 表示注意到秘书长的报告；\n\n2. 又促请所有国家：\n\n(a) 采取有效措施；\n\n";
  const std::string tail = "\n\n3. 请秘书长提交一份报告。\n\n第50次全体会议\n";
  const Conversion c = convert(head + "人) “扶持宗教自由和多元化；\n\n(cj] “不分宗教或信仰，鼓励个人参与；\n\n(d) 大力消除以宗教取人的行为；\n\n"
                               "(采取 措施，进行刑事处罚；" + tail);
  const Resolution& r = c.resolution;
  REQUIRE(r.operative.size() == 3);
  REQUIRE(r.operative[1].points.size() == 5);
  CHECK(r.operative[1].points[1].num == "(b)");
  CHECK(r.operative[1].points[2].num == "(c)");
  CHECK(r.operative[1].points[3].num == "(d)");
  CHECK(r.operative[1].points[4].num == "(");
  CHECK(r.operative[1].points[4].text.text == "采取 措施，进行刑事处罚；");
  CHECK_FALSE(r.operative[1].wrap_up);
  std::size_t labels = 0;
  for (const Edit& e : r.edits) labels += e.kind == "point_label_read" && (e.after == "(b)" || e.after == "(c)") ? 1U : 0U;
  CHECK(labels == 2);
  const auto& w = r.warnings;
  CHECK(std::any_of(w.begin(), w.end(), [](const Diagnostic& d) { return d.message.find("kept as printed") != std::string::npos; }));
  CHECK(c.validation_errors.empty());
  // Not read so: a bracketed word ("(或)"), a Latin letter out of the
  // sequence.
  const Conversion none = convert(head + "(或)暴力行为的伊斯坦布尔进程；\n\n(x] 采取措施；" + tail);
  REQUIRE(none.resolution.operative.size() == 3);
  CHECK(none.resolution.operative[1].points.size() == 1);
  for (const Edit& e : none.resolution.edits) CHECK(e.kind != "point_label_read");
}

// A quote mark OCR reads between a label and its Han text (the Chinese
// six-language scan: "2. ”表示", "(a) ”鼓励", "(e) “声讨", beside the
// label's bold type): a closing quote, which cannot open a text, is
// removed, an edit; an opening one is removed only on OCR pages and when
// nothing in the paragraph closes it (the scanned case of this is in
// test_language_fixtures.cpp), so a text dump keeps it, and a quotation
// is kept.
TEST_CASE("Chinese stray quotes between a label and its Han text are removed", "[structure][languages]") {
  const std::string preamble = "重申各国有义务禁止基于宗教或信仰原因的歧视和暴力，并执行措施，保障平等和有效的法律保护，";
  const Conversion c = convert("78/214. 打击基于宗教或信仰原因的不容忍行为\n\n大会，\n\n" + preamble + "\n\n" + preamble +
                               "\n\n1. ”表示注意到秘书长的报告；\n\n2. 又促请所有国家：\n\n(a) ”采取有效措施；\n\n"
                               "(b) “扶持宗教自由和多元化；\n\n3. “构建一个反对暴力的世界”的第72/241号决议。\n\n第50次全体会议\n");
  const Resolution& r = c.resolution;
  REQUIRE(r.operative.size() == 3);
  CHECK(r.operative[0].text.text == "表示注意到秘书长的报告；");
  REQUIRE(r.operative[1].points.size() == 2);
  CHECK(r.operative[1].points[0].text.text == "采取有效措施；");
  CHECK(r.operative[1].points[1].text.text == "“扶持宗教自由和多元化；");
  CHECK(r.operative[2].text.text == "“构建一个反对暴力的世界”的第72/241号决议。");
  std::size_t removed = 0;
  for (const Edit& e : r.edits) removed += e.kind == "stray_quote_removed" ? 1U : 0U;
  CHECK(removed == 2);
  CHECK(c.validation_errors.empty());
}

// The same quote OCR reads between the resolution's number and its Han
// title ("78/214. ”打击"): no title opens with a closing quote.
TEST_CASE("a Chinese stray closing quote between the number and the Han title is removed", "[structure][languages]") {
  const std::string preamble = "重申各国有义务禁止基于宗教或信仰原因的歧视和暴力，并执行措施，保障平等和有效的法律保护，";
  const Conversion c = convert("77/318. ”促进和平文化与宗教间和文化间对话\n\n大会，\n\n" + preamble + "\n\n" + preamble +
                               "\n\n1. 表示注意到秘书长的报告；\n\n第90次全体会议\n");
  const Resolution& r = c.resolution;
  REQUIRE(r.title.has_value());
  CHECK(r.title->text == "促进和平文化与宗教间和文化间对话");
  std::size_t removed = 0;
  for (const Edit& e : r.edits) removed += e.kind == "stray_quote_removed" ? 1U : 0U;
  CHECK(removed == 1);
  // A title that quotes ("“构建一个反对暴力的世界”") keeps its quotes.
  const Conversion quoted = convert("77/318. “构建一个反对暴力的世界”\n\n大会，\n\n" + preamble + "\n\n" + preamble +
                                    "\n\n1. 表示注意到秘书长的报告；\n\n第90次全体会议\n");
  REQUIRE(quoted.resolution.title.has_value());
  CHECK(quoted.resolution.title->text == "“构建一个反对暴力的世界”");
}

namespace {
// The text of a cut that opens with part `first` (its number on a line of
// its own, then its heading) and goes on with part `second`, or with none.
std::string text_opening_with_part(const std::string& first, const std::string& second) {
  std::string text = first +
                     "\n\nRequest for a subvention to the Residual Special Court for Sierra Leone\n\n"
                     "Recalling its resolution 58/284 of 8 April 2004,\n\n"
                     "1. Takes note of the report of the Secretary-General;\n\n"
                     "2. Endorses the conclusions and recommendations contained in the report of the Advisory Committee;\n";
  if (!second.empty())
    text += "\n" + second +
            "\n\nRequest for a subvention to the Extraordinary Chambers in the Courts of Cambodia\n\n"
            "Recalling section I of its resolution 68/247 B of 9 April 2014,\n\n"
            "1. Takes note of the report of the Secretary-General;\n";
  return text;
}
}  // namespace

TEST_CASE("a text that opens with a part number alone and its heading keeps the part when the next part follows",
          "[structure]") {
  // Pages cut from a longer resolution (A/RES/78/253 pages 3-4): once the
  // running heads are furniture the text opens with "III" and its heading.
  // On main the number stayed in the preface (a line of no word) and the
  // heading became the document's title.
  // Numbers of no word ("III", "B") and of a word's letters ("XVIII",
  // "Part II", which main took for the title itself).
  const auto [first, second] = GENERATE(std::pair<std::string, std::string>{"III", "IV"},
                                        std::pair<std::string, std::string>{"B", "C"},
                                        std::pair<std::string, std::string>{"IX", "X"},
                                        std::pair<std::string, std::string>{"XVIII", "XIX"},
                                        std::pair<std::string, std::string>{"Part II", "Part III"});
  CAPTURE(first, second);
  const auto number = [](const std::string& label) { return label.starts_with("Part ") ? label.substr(5) : label; };
  const Conversion c = convert(text_opening_with_part(first, second));
  const Resolution& r = c.resolution;
  CHECK_FALSE(r.title);
  CHECK(r.other_preface.empty());
  REQUIRE(r.sections.size() == 2);
  CHECK(r.sections[0].num == number(first));
  REQUIRE(r.sections[0].heading);
  CHECK(r.sections[0].heading->text == "Request for a subvention to the Residual Special Court for Sierra Leone");
  CHECK(r.sections[0].operative.size() + r.sections[0].preamble.size() == 3);
  CHECK(r.sections[1].num == number(second));
  CHECK(c.validation_errors.empty());
  CHECK(std::any_of(r.warnings.begin(), r.warnings.end(),
                    [&](const Diagnostic& d) { return d.message.find("opens with part " + number(first)) != std::string::npos; }));
}

TEST_CASE("a line of no word over the title with no next part after it is no part number", "[structure]") {
  // Specks read as "I" over a report's title, or a part the text does not
  // continue: the title is kept, the line stays in the preface.
  const std::string first = GENERATE(std::string("I"), std::string("III"));
  CAPTURE(first);
  const Conversion c = convert(text_opening_with_part(first, ""));
  const Resolution& r = c.resolution;
  REQUIRE(r.title);
  CHECK(r.title->text == "Request for a subvention to the Residual Special Court for Sierra Leone");
  CHECK(r.sections.empty());
  REQUIRE(r.other_preface.size() == 1);
  CHECK(r.other_preface[0].text == first);
}

TEST_CASE("a text that opens inside a paragraph ending in a comma or a semicolon has no title", "[structure]") {
  // Pages cut from a longer resolution open in a preambular paragraph or
  // with a numbered one (A/RES/79/161 pages 4-5, A/RES/78/249 pages 2-3):
  // on main that paragraph, once the running heads were furniture, became
  // the document's title (its number with it).
  const std::string opening = GENERATE(std::string("disparities in health outcomes among groups facing racial discrimination,"),
                                       std::string("4. Recalls paragraphs 17 and 23 of the report of the Advisory Committee;"));
  CAPTURE(opening);
  const Conversion c = convert(opening +
                               "\n\nRecalling also the three Decades for Action to Combat Racism and Racial Discrimination,\n\n"
                               "5. Requests the Secretary-General to report thereon at its eightieth session;\n\n"
                               "6. Decides to remain seized of the matter.\n");
  const Resolution& r = c.resolution;
  CHECK_FALSE(r.title);
  REQUIRE(r.operative.size() == 4);
  CHECK(r.operative[0].text.text == (opening.starts_with("4.") ? opening.substr(3) : opening));
  CHECK(r.operative[0].num == (opening.starts_with("4.") ? "4." : ""));
  CHECK(r.operative[2].num == "5.");
  CHECK(c.validation_errors.empty());
}

TEST_CASE("a title ending in a word or a full stop is still the title", "[structure]") {
  const Conversion c = convert("Request for a subvention to the Residual Special Court for Sierra Leone\n\n"
                               "Recalling its resolution 58/284 of 8 April 2004,\n\n"
                               "1. Takes note of the report of the Secretary-General;\n");
  REQUIRE(c.resolution.title);
  CHECK(c.resolution.title->text == "Request for a subvention to the Residual Special Court for Sierra Leone");
}

// A bracketed token no list opens with ("(w)": no "(v)" before it, and no
// "(x)" after it) is no point: at a letter's end it is an OCR misreading
// of a signature's "(Signed)". Generated letters in two languages, the
// token on the second page; a list that opens with "(a)", and one whose
// next point continues the token's sequence, stay lists.
TEST_CASE("a bracketed token that opens no list is not numbered", "[structure]") {
  struct Case {
    const char* text;
    const char* token;
    const char* name;
  };
  const Case cases[] = {
      {"Letter dated 2 April 1990 from the Permanent Representative addressed to the Secretary-General\n\n"
       "I have the honour to transmit the following information on the events.\n\n\f"
       "I have the honour to request that this letter be circulated as a document of the General Assembly.\n\n"
       "(w) Johanan BEIN\nAmbassador\nActing Permanent Representative\n",
       "(w)", "Johanan BEIN"},
      {"Lettre datée du 3 mai 1984, adressée au Secrétaire général par le Représentant permanent\n\n"
       "J'ai l'honneur de vous faire tenir ci-joint le texte de la déclaration.\n\n\f"
       "Je vous serais obligé de bien vouloir faire distribuer le texte de la présente lettre.\n\n"
       "(v) Jean-Pierre DUPONT\nAmbassadeur\nReprésentant permanent\n",
       "(v)", "Jean-Pierre DUPONT"},
  };
  std::size_t ran = 0;
  for (const Case& k : cases) {
    const Conversion c = convert(k.text);
    INFO(k.token);
    CHECK(c.akn.find(std::string("<num>") + k.token + "</num>") == std::string::npos);
    CHECK(c.akn.find(std::string(k.token) + " " + k.name) != std::string::npos);
    bool warned = false;
    for (const Diagnostic& d : c.resolution.warnings) warned |= d.message.find("opens no list") != std::string::npos;
    CHECK(warned);
    ++ran;
  }
  CHECK(ran == 2);
  // Real lists: one opening with (a); one whose token the next point continues.
  const Conversion lists = convert(
      "The General Assembly,\n\n1. Requests the Secretary-General:\n\n(a) To prepare a plan;\n\n(b) To report;\n\n"
      "2. Decides to add the following:\n\n(c) To consult Member States;\n\n(d) To report again.\n");
  REQUIRE(lists.resolution.operative.size() == 2);
  CHECK(lists.resolution.operative[0].points.size() == 2);
  CHECK(lists.resolution.operative[1].points.size() == 2);
}
