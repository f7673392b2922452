// Arabic words of text dumps that pdftotext splits: it sets a space after
// a letter that does not join the next (ا د ذ ر ز و) where the glyphs
// stand apart ("الجار ية"), and gives a vowel mark apart from its letter
// ("ه ُدن", "موزعة ً"). repair_split_words joins a part to the next when
// the whole is a word (the Arabic dictionary, or the document printing it
// whole) and the parts are not both words; a mark always goes back on its
// letter; two parts that are both words stay apart. Short texts of our
// own, plain and -layout, one and two pages.
#include <catch2/catch.hpp>

#include <string>

#include "tests/dump_text.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

// A recital of one line, ending with the Arabic comma, and the blank line
// after it.
std::string recital(const std::string& in, const std::string& text) { return in + rtl(text + ltr("،")) + "\n\n"; }

// A short Arabic resolution as pdftotext writes it, its recitals and
// paragraphs holding words split after non-joining letters and marks set
// apart; `pages` pages of two operative paragraphs each.
std::string split_words_dump(std::size_t pages, bool layout) {
  const std::string in = layout ? std::string(15, ' ') : "";
  std::string s = rtl(ltr("A/RES/80/9")) + (layout ? std::string(60, ' ') : "\n\n") + rtl("الأمم المتحدة") + "\n";
  s += in + rtl("الجمعية العامة") + "\n\n" + rtl(ltr("Distr.: General")) + "\n" + rtl(ltr("2 December 2025")) + "\n\n";
  s += rtl(ltr("80/9")) + "\n\n" + in + rtl("التعاون الدولي") + "\n\n";
  s += in + rtl("إن الجمعية العامة" + ltr("،")) + "\n";
  s += recital(in, "إذ تشير إلى الجهود الجار ية لتحقيق التنمية");
  s += recital(in, "وإذ تؤكد أهمية التوز يع العادل للمساعدات");
  for (std::size_t p = 0; p < pages; ++p) {
    if (p > 0) s += "\f" + rtl(ltr("A/RES/80/9")) + (layout ? std::string(40, ' ') : "\n") + rtl("التعاون الدولي") + "\n\n";
    s += in + rtl(ltr(" - " + std::to_string(p * 2 + 1)) + "تطلب إقامة ه ُدن إنسانية موزعة ً على مراحل" + ltr("،")) + "\n";
    s += in + rtl(ltr(" - " + std::to_string(p * 2 + 2)) + "تدعو الدول إلى التعاون، و يحث الأطراف على ذلك، وهو ٌ") + "\n";
    s += in + rtl("أمر مهم يتطلب عملا ً") + "\n" + in + rtl("دوليا" + ltr("؛")) + "\n";
  }
  return s + "\f";
}

bool contains(const std::string& text, std::string_view what) { return text.find(what) != std::string::npos; }

// The masthead of the short resolution 80/9 as pdftotext writes it, down
// to its formula (`in`: -layout's indent, empty for a plain dump).
std::string head_80_9(const std::string& in) {
  return rtl(ltr("A/RES/80/9")) + "\n\n" + rtl("الأمم المتحدة") + "\n" + in + rtl("الجمعية العامة") + "\n\n" +
         rtl(ltr("80/9")) + "\n\n" + in + rtl("التعاون الدولي") + "\n\n" + in + rtl("إن الجمعية العامة" + ltr("،")) + "\n";
}

// Its one operative paragraph, and the page's end.
std::string last_paragraph_80_9(const std::string& in) {
  return in + rtl(ltr(" - 1") + "تطلب إلى الأمين العام مواصلة العمل" + ltr("؛")) + "\n\f";
}

}  // namespace

TEST_CASE("Arabic dumps: words split after a non-joining letter and marks set apart are joined on evidence",
          "[dumps][dump-ar-words]") {
  std::size_t ran = 0;
  for (const bool layout : {false, true})
    for (const std::size_t pages : {1UL, 2UL}) {
      INFO("layout " << layout << " pages " << pages);
      const Conversion c = convert(split_words_dump(pages, layout), "A_RES_80_9.ar.txt");
      ++ran;
      INFO(c.text);
      REQUIRE(c.document.language == std::optional<std::string>("ar"));
      CHECK(contains(c.text, "الجهود الجارية لتحقيق"));
      CHECK(contains(c.text, "أهمية التوزيع العادل"));
      CHECK(contains(c.text, "إقامة هُدن إنسانية موزعةً على"));
      CHECK(contains(c.text, "التعاون، ويحث الأطراف"));
      // Words on both sides of a non-joining letter stay apart.
      CHECK(contains(c.text, "تدعو الدول إلى التعاون"));
      // A mark alone at a line's end may be the next line's: kept apart.
      CHECK(contains(c.text, "وهو ٌ أمر مهم"));
      // ... but tanwin al-fath after a final alif is that word's.
      CHECK(contains(c.text, "يتطلب عملاً دوليا"));
      REQUIRE(c.resolution.operative.size() == 2 * pages);
      std::size_t splits = 0, marks = 0;
      for (const Edit& e : c.document.log.edits()) {
        splits += e.kind == "arabic_split_word";
        marks += e.kind == "arabic_detached_mark";
      }
      CHECK(splits == 2 + pages * 1);
      CHECK(marks == 3 * pages);
    }
  CHECK(ran == 4);
}

// The Arabic dictionary accepts most short strings (two thirds of those of
// two letters, a third of those of three: "طر", "يق", "تسر", "يع"), so
// "both parts are words" kept words split before "ي" whole ("طر يق",
// "تسر يع", "مار يا": A/RES/78/214, 79/100, S/RES/2720). A part shorter
// than four letters counts as a word only where the document prints it
// apart where a dump sets no space inside a word; two short words the
// document does print apart stay apart ("أو سرا", "لا بد", whose wholes
// the dictionary accepts too).
TEST_CASE("Arabic dumps: short parts the dictionary accepts are words only where the document prints them apart",
          "[dumps][dump-ar-words]") {
  const std::string in(15, ' ');
  std::string s = head_80_9(in);
  s += recital(in, "إذ تشير إلى الجهود المبذولة عن طر يق الحوار");
  s += recital(in, "وإذ تؤكد ضرورة تسر يع العمل علنا أو سرا");
  s += recital(in, "وإذ تؤكد أنه لا بد من التعاون");
  // "أمر" (3 letters, not a short word of the list) is printed before two
  // different words: a word, so "أمر مرة" stays apart (hunspell-ar also
  // accepts "أمرمرة").
  s += recital(in, "وإذ تلاحظ أن ذلك أمر مهم يتكرر أمر مرة بعد مرة");
  // "سيما" has four letters: the dictionary's word for it says it is one
  // ("سيماحل" is accepted too).
  s += recital(in, "وإذ تدعو إلى التعاون ولا سيما حل النزاع");
  // "يد" is printed after a word ending in a joining letter ("على يد"),
  // "حد" before punctuation ("أقصى حد،"): words, so "مد يد" and "حد تم"
  // stay apart (the dictionary accepts "مديد" and "حدتم" too).
  s += in + rtl("وإذ ترحب بالجهود الرامية إلى مد يد العون" + ltr(" ،") + "وبما تحقق على يد الخبراء" + ltr("،")) + "\n\n";
  s += in + rtl("وإذ تؤكد ضرورة التعاون إلى أقصى حد" + ltr(" ،") + "ووضع حد تم الاتفاق عليه" + ltr("،")) + "\n\n";
  // A review's pairs of words whose wholes the dictionary accepts (a
  // prefix, a stem and a pronoun: "يضربهم" "beats them"); each second part
  // has three letters, too many for a dump's piece of a word.
  s += recital(in, "وإذ تؤكد أن الأمن يعد أحد أهم العناصر مما يضر بهم بما لهم من دور مما لهم من أثر في أبو ظبي");
  s += recital(in, "وإذ تقر بهم شركاء");
  s += in + rtl(ltr(" - 1") + "تطلب المضي عن طر يق التفاوض أو الوساطة أو التحكيم، لا التأخير ولا التراجع" + ltr("؛")) + "\n\f";
  const Conversion c = convert(s, "A_RES_80_9.ar.txt");
  INFO(c.text);
  REQUIRE(c.document.language == std::optional<std::string>("ar"));
  CHECK(contains(c.text, "عن طريق الحوار"));
  CHECK(contains(c.text, "عن طريق التفاوض"));
  CHECK(contains(c.text, "ضرورة تسريع العمل"));
  CHECK(contains(c.text, "علنا أو سرا"));
  CHECK(contains(c.text, "أنه لا بد من"));
  CHECK(contains(c.text, "يتكرر أمر مرة بعد"));
  CHECK(contains(c.text, "ولا سيما حل النزاع"));
  CHECK(contains(c.text, "إلى مد يد العون"));
  CHECK(contains(c.text, "ووضع حد تم الاتفاق عليه"));
  std::size_t short_parts = 0;
  for (const Edit& e : edits_of(c.document, "arabic_split_word"))
    short_parts += e.reason.find("it accepts most strings that short") != std::string::npos ||
                   e.reason.find("pdftotext splits a word before a medial") != std::string::npos;
  CHECK(short_parts == 3);
}

// pdftotext splits a word before a medial ي: the UN's own Arabic dumps
// print "مشار يع" (78/214), "تعاز يه" (S/RES/2720), "كور يا" (80/7), "مار يا"
// (79/100) and "نيسان/أبر يل" (78/214). The first parts are words of four
// letters, or a name the dictionary knows, and "يا" was a short word, so
// the rule for short parts kept them all split, silently; the month after
// a slash was no part at all. A second part of two letters opening with ي
// is now a piece of a word, unless Arabic writes it as a word ("يد", "يم")
// or the document prints it apart.
TEST_CASE("Arabic dumps: a second part of two letters opening with yeh is a piece of the word before it",
          "[dumps][dump-ar-words]") {
  std::size_t ran = 0;
  for (const bool layout : {false, true}) {
    INFO("layout " << layout);
    const std::string in = layout ? std::string(15, ' ') : "";
    std::string s = head_80_9(in);
    s += in + rtl("إذ تشير إلى قرارها المؤرخ " + ltr(" 5") + "نيسان" + ltr("/") + "أبر يل " + ltr("2024")) + "\n";
    s += recital(in, "بشأن تنفيذ مشار يع التنمية في جمهور ية كور يا وفي سور يا");
    s += recital(in, "وإذ تعرب عن تعاز يه لأسر الضحايا وتدعو إلى مد يد العون");
    s += last_paragraph_80_9(in);
    const Conversion c = convert(s, "A_RES_80_9.ar.txt");
    ++ran;
    INFO(c.text);
    REQUIRE(c.document.language == std::optional<std::string>("ar"));
    CHECK(contains(c.text, "نيسان/أبريل 2024"));
    CHECK(contains(c.text, "تنفيذ مشاريع التنمية"));
    CHECK(contains(c.text, "جمهورية كوريا وفي سوريا"));
    CHECK(contains(c.text, "عن تعازيه لأسر"));
    // "يد" (hand) is a word Arabic writes apart.
    CHECK(contains(c.text, "إلى مد يد العون"));
    std::size_t pieces = 0;
    for (const Edit& e : edits_of(c.document, "arabic_split_word"))
      pieces += e.reason.find("pdftotext splits a word before a medial") != std::string::npos;
    CHECK(pieces == 5);  // أبريل، مشاريع، كوريا، سوريا، تعازيه ("جمهور ية": "ية" is no word)
  }
  CHECK(ran == 2);
}

// A justified line whose spacing pdftotext set between the letters
// (A/RES/ES-11/1: "من الق انون ال دولي الإنس اني احترام ا ص ارما، بم ا في ذل ك
// اتفاقي ات ج نيف لع ام 1949"; 78/214: "الم ؤرخ 23 آذار/م ارس") kept every
// word split after a letter that joins the next, silently: the rule for
// spaces after non-joining letters does not apply there. A line with two
// spaces or more certainly inside words (one side no word: one letter,
// the article alone, a string the dictionary rejects) is letter-spaced,
// and its spaces inside words are closed. A line with one such space, or
// none, keeps its spaces after joining letters.
TEST_CASE("Arabic dumps: a letter-spaced line's words are joined, other lines keep their spaces",
          "[dumps][dump-ar-words]") {
  std::size_t ran = 0;
  for (const bool layout : {false, true}) {
    INFO("layout " << layout);
    const std::string in = layout ? std::string(15, ' ') : "";
    std::string s = head_80_9(in);
    s += in + rtl("إذ تشير إلى قرار مجلس حقوق الإنسان الم ؤرخ " + ltr(" 23") + "آذار" + ltr("/") + "م ارس " + ltr(" 2012") +
                  "والقرار الم ؤرخ " + ltr(" 22") + "آذار" + ltr("/") + "م ارس " + ltr(" 2013")) + "\n";
    s += recital(in, "والقانون الدولي");
    s += in + rtl("وإذ تطالب جميع الأطراف باحترام الق انون ال دولي الإنس اني احترام ا ص ارما" + ltr(" ،") +
                  "بم ا في ذل ك اتفاقي ات ج نيف لع ام " + ltr(" 1949")) + "\n";
    s += recital(in, "والقانون الدولي لحقوق الإنسان");
    // Words the letter-spaced line splits into two words of the dictionary
    // are joined where the document prints them whole.
    s += in + rtl("وإذ تؤكد أن القانون الإنساني واتفاقيات جنيف لعام " + ltr(" 1949") + "تحمي المدنيين" + ltr("،")) + "\n\n";
    // One space inside a word on its line ("ال" alone), and a pair of words
    // whose whole the dictionary accepts: not letter-spaced, kept.
    s += recital(in, "وإذ تؤكد أن الق انون ال دولي يسري على الجميع");
    // A letter alone between a word and a piece of a word (78/214's "تشكل ت
    // حر يضا ً"): two candidate spaces, one piece; the line is not
    // letter-spaced and "تشكل" keeps its space.
    s += recital(in, "وإذ تدين الدعوة التي تشكل ت حر يضا على التمييز");
    // On a letter-spaced line the letter goes with the piece.
    // The article alone goes on the word after it, never on the one before
    // (hunspell-ar accepts "فيال").
    // Two words of the dictionary the document never prints whole stay
    // apart ("بمن فيهم"); a part the line sets apart ("أوكران يا") is no
    // evidence that "يا" is printed apart ("كور يا" below).
    s += recital(in, "وإذ ترفض ال دعوة في ال دول بمن فيهم أوكران يا التي تشكل ت حر يضا على ال عنف");
    s += recital(in, "وإذ ترحب بجهود جمهورية كور يا");
    s += last_paragraph_80_9(in);
    const Conversion c = convert(s, "A_RES_80_9.ar.txt");
    ++ran;
    INFO(c.text);
    REQUIRE(c.document.language == std::optional<std::string>("ar"));
    CHECK(contains(c.text, "الإنسان المؤرخ 23 آذار/مارس 2012 والقرار المؤرخ 22 آذار/مارس 2013"));
    CHECK(contains(c.text, "باحترام القانون الدولي الإنساني احتراما صارما، بما في ذلك اتفاقيات جنيف لعام 1949"));
    CHECK(contains(c.text, "أن الق انون الدولي يسري"));  // the article alone is joined on any line
    CHECK(contains(c.text, "التي تشكل ت حر يضا على التمييز"));
    CHECK(contains(c.text, "الدعوة في الدول بمن فيهم أوكرانيا التي تشكل تحريضا على العنف"));
    CHECK(contains(c.text, "جمهورية كوريا"));
    std::size_t spaced = 0;
    for (const Edit& e : edits_of(c.document, "arabic_split_word"))
      spaced += e.reason.find("the line is letter-spaced") != std::string::npos;
    CHECK(spaced == 19);
  }
  CHECK(ran == 2);
}

// A review attacked the rules above with its own lines: letters a dump
// splits off ("في ز يادة", "وشيك ي ُرتكب") counted as letter-spacing and
// made "بمن فيهم" one word; on a letter-spaced line, two words of the
// dictionary were joined ("بمن فيهم", "تضع في"), a letter went to the wrong
// word ("احتراما ك املا"), "مليار ين" (a billion yen) became "مليارين" (two
// billion), the article that ends a split word went on the next ("أعم ال
// عنف"), and a name the dictionary does not know made a line letter-spaced
// ("سري لانكا"). Each stays as printed, or is read right, now.
TEST_CASE("Arabic dumps: a review's attacks on the word joins leave real words apart", "[dumps][dump-ar-words]") {
  std::size_t ran = 0;
  for (const bool layout : {false, true}) {
    INFO("layout " << layout);
    const std::string in = layout ? std::string(15, ' ') : "";
    std::string s = head_80_9(in);
    s += in + rtl("إذ تؤكد أهمية الحوار في ز يادة الوعي بمن فيهم الشباب في سري لانكا، وإنقاذ الأجيال من و يلات الحرب" +
                  ltr("،")) + "\n\n";
    s += recital(in, "وإذ تدين التحريض على عنف وشيك ي ُرتكب في ز يادة مطردة");
    s += recital(in, "وإذ تدعو جميع الأطراف إلى احترام الق انون ال دولي، وحماية المدنيين بمن فيهم الع املون");
    s += recital(in, "وإذ تدعو الأطراف إلى احترام الق انون احترام ا ك املا ودعم ا ت اما");
    s += in + rtl("وإذ ترحب بتبرع حكومة اليابان بمبلغ " + ltr(" 10") + "مليار ين ياباني للصندوق" + ltr("،")) + "\n\n";
    s += recital(in, "وإذ تدين أعم ال عنف المستوطنين");
    // A second review: a piece that makes a word with the next token and
    // with the word before it as well goes back whole ("الوزراء"); a tanwin
    // alone after the piece does not take the piece from its word
    // ("مؤخراً"); the article after a short word of a closed class goes on
    // (hunspell-ar accepts "فيال").
    s += recital(in, "وإذ ترحب بما قرره مجلس الوز ر اء مؤخر ا ً في ال دول الأعضاء");
    s += recital(in, "وإذ ترحب بالتزام حكومة سري لانكا بالمصالحة، وإذ تشير إلى أن شعب سري لانكا قد عانى");
    s += recital(in, "وإذ تشير إلى القانون الدولي والمعاملة الكاملة والدعم التام");
    s += last_paragraph_80_9(in);
    const Conversion c = convert(s, "A_RES_80_9.ar.txt");
    ++ran;
    INFO(c.text);
    REQUIRE(c.document.language == std::optional<std::string>("ar"));
    CHECK(contains(c.text, "في زيادة الوعي بمن فيهم الشباب في سري لانكا،"));
    CHECK(contains(c.text, "من ويلات الحرب"));
    CHECK(contains(c.text, "عنف وشيك يُرتكب في زيادة"));
    CHECK(contains(c.text, "المدنيين بمن فيهم"));
    CHECK(contains(c.text, "احتراما كاملا"));
    CHECK(contains(c.text, "مليار ين ياباني"));
    CHECK(contains(c.text, "أعم ال عنف"));
    CHECK(contains(c.text, "مجلس الوزراء مؤخراً في الدول الأعضاء"));
    CHECK(contains(c.text, "حكومة سري لانكا بالمصالحة"));
  }
  CHECK(ran == 2);
}

// pdftotext may print a right-to-left line's left end (its last words) on
// a line of its own right above it, where a vowel mark stands over the
// word cut there (A/RES/80/7: "ظ ِم للعلاقة بين" over "... وبالاتفاق المن ّ";
// 79/100: "طلع عن طر يق المملكة" over "... أن ت َ ّ"). Until this change the
// recital above ended with the left end's words and the line kept the cut
// word, with only a warning about the mark: words silently out of order.
TEST_CASE("Arabic dumps: a line's left end printed above it is read back after it", "[dumps][dump-ar-words]") {
  std::size_t ran = 0;
  for (const bool layout : {false, true})
    for (const std::size_t pages : {1UL, 2UL}) {
      INFO("layout " << layout << " pages " << pages);
      const std::string in = layout ? std::string(15, ' ') : "";
      std::string s = rtl(ltr("A/RES/80/7")) + "\n\n" + rtl("الأمم المتحدة") + "\n" + in + rtl("الجمعية العامة") + "\n\n";
      s += rtl(ltr("80/7")) + "\n\n" + in + rtl("تقرير الوكالة الدولية للطاقة الذرية") + "\n\n";
      s += in + rtl("إن الجمعية العامة" + ltr("،")) + "\n";
      for (std::size_t p = 0; p < pages; ++p) {
        if (p > 0) s += "\f" + rtl(ltr("A/RES/80/7")) + "\n\n";
        s += in + rtl("وإذ تشير إلى قراراتها السابقة المتعلقة بتقرير الوكالة الدولية للطاقة الذرية وإلى بيان") + "\n";
        s += in + rtl("المدير العام للوكالة الذي قدم فيه معلومات إضافية عن التطورات الرئيسية في أنشطة الوكالة" + ltr("،")) + "\n";
        s += in + rtl("وإذ تسلم بأهمية عمل الوكالة" + ltr("،")) + "\n";
        s += in + rtl("ظ ِم للعلاقة بين") + "\n";
        s += in + rtl("وإذ تسلم أيضا بالتعاون القائم بين الأمم المتحدة والوكالة وبالاتفاق المن ّ") + "\n";
        s += in + rtl("الأمم المتحدة والوكالة الذي أقره المؤتمر العام للوكالة في دورته العادية الأولى في فيينا" + ltr("،")) + "\n";
        s += in + rtl("طلع عن طر يق المملكة") + "\n";
        s += in + rtl("وإذ تضع في اعتبارها أن من المهم للجنة الخاصة كي تتمكن من أن ت َ ّ") + "\n";
        s += in + rtl("المتحدة بصفتها الدولة القائمة بالإدارة على رغبات شعب الإقليم وتطلعاته في المستقبل" + ltr("،")) + "\n";
      }
      s += in + rtl(ltr(" - 1") + "تحيط علما مع التقدير بتقرير الوكالة الدولية للطاقة الذرية" + ltr("؛")) + "\n\f";
      const Conversion c = convert(s, "A_RES_80_7.ar.txt");
      ++ran;
      INFO(c.text);
      REQUIRE(c.resolution.preamble.size() == 4 * pages);
      for (std::size_t p = 0; p < pages; ++p) {
        CHECK(c.resolution.preamble[4 * p + 1].text.text == "وإذ تسلم بأهمية عمل الوكالة،");
        CHECK(c.resolution.preamble[4 * p + 2].text.text ==
              "وإذ تسلم أيضا بالتعاون القائم بين الأمم المتحدة والوكالة وبالاتفاق المنظ\u0650\u0651م للعلاقة بين الأمم المتحدة "
              "والوكالة الذي أقره المؤتمر العام للوكالة في دورته العادية الأولى في فيينا،");
        CHECK(c.resolution.preamble[4 * p + 3].text.text ==
              "وإذ تضع في اعتبارها أن من المهم للجنة الخاصة كي تتمكن من أن تط\u064E\u0651لع عن طريق المملكة المتحدة بصفتها "
              "الدولة القائمة بالإدارة على رغبات شعب الإقليم وتطلعاته في المستقبل،");
      }
      CHECK(edits_of(c.document, "arabic_left_end").size() == 4 * pages);
      CHECK(c.conservation.unaccounted.empty());
    }
  CHECK(ran == 4);
  // Not the left end: a short recital above a line ending with a mark set
  // apart, whose first word does not complete the cut word ("وهو ٌ" and
  // "وإذ"); a line above that is shorter but would not fit on one line with
  // it; a line above that is the longer.
  std::string s = rtl(ltr("A/RES/80/7")) + "\n\n" + rtl("الجمعية العامة") + "\n\n" + rtl(ltr("80/7")) + "\n\n";
  s += rtl("إن الجمعية العامة" + ltr("،")) + "\n";
  s += rtl("وإذ تشير إلى قراراتها السابقة المتعلقة بتقرير الوكالة الدولية للطاقة الذرية وإلى بيان") + "\n";
  s += rtl("المدير العام للوكالة الذي قدم فيه معلومات إضافية عن التطورات الرئيسية في أنشطة الوكالة" + ltr("،")) + "\n";
  s += rtl("وإذ تسلم بأهمية عمل الوكالة" + ltr("،")) + "\n";
  s += rtl("وإذ تلاحظ أن التعاون بين الأمم المتحدة والوكالة مستمر وهو ٌ") + "\n";
  s += rtl("أمر مهم يتطلب دعم الدول الأعضاء في الوكالة الدولية للطاقة الذرية وفي الأمم المتحدة" + ltr("،")) + "\n";
  s += rtl("ظ ِم للعلاقة بين الأمم المتحدة والوكالة الدولية للطاقة الذرية") + "\n";
  s += rtl("وإذ تسلم أيضا بالتعاون القائم بين الأمم المتحدة والوكالة الدولية المن ّ") + "\n";
  s += rtl("الأمم المتحدة والوكالة الذي أقره المؤتمر العام للوكالة في دورته العادية الأولى" + ltr("،")) + "\n";
  s += rtl("ظ ِم للعلاقة بين الأمم المتحدة والوكالة") + "\n";
  s += rtl("وإذ تلاحظ أيضا الاتفاق المن ّ") + "\n";
  s += rtl("الأمم المتحدة والوكالة الذي أقره المؤتمر العام للوكالة في دورته العادية الثانية" + ltr("،")) + "\n";
  s += rtl(ltr(" - 1") + "تحيط علما مع التقدير بتقرير الوكالة الدولية للطاقة الذرية" + ltr("؛")) + "\n\f";
  const Conversion c = convert(s, "A_RES_80_7.ar.txt");
  INFO(c.text);
  CHECK(edits_of(c.document, "arabic_left_end").empty());
  CHECK(contains(c.text, "وإذ تسلم بأهمية عمل الوكالة،"));
  CHECK(contains(c.text, "ظِم للعلاقة بين الأمم المتحدة والوكالة الدولية للطاقة"));
}
