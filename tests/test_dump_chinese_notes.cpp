// Notes of Chinese resolutions in text dumps. A Chinese line sets no space
// between words, and pdftotext prints a note's raised number in the line's
// figures: after full-width punctuation with or without a space ("号、 1
// 2012 年", "号、2 2013 年"), after a closing title mark and a space ("《公
// 约》 3 除"), glued to a Han character ("号4 和") or set apart after one
// ("四公约 5 及其"). Main read none of these: the notes at the page's foot
// stayed in the body ("the body above does not mark notes 2, 3, ..."), and
// where they were collected, their marks were not linked, or were linked to
// a symbol's figures before "号" ("GC(69)/RES/9 A.2 号决议").

#include <catch2/catch.hpp>

#include <string>

#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

// A Chinese resolution as pdftotext -layout writes it, one page: its body
// marks five notes in the five ways above, and prints figures that are no
// mark: a count before a measure word ("2 名") and a symbol's before "号"
// ahead of note 2's mark, an agenda item's number ("项目 8 的"), an
// ordinal ("第 3 段"). Its notes
// stand at the page's foot under a blank line (no separator printed),
// each numbered before its text. `mark2` is how the body prints note 2's
// mark ("" leaves it out).
std::string chinese_notes_dump(const std::string& mark2 = "2") {
  const std::string in(19, ' ');
  std::string s = "联合国" + std::string(60, ' ') + "A/RES/80/7\n大会" + std::string(50, ' ') + "Distr.: General\n";
  s += std::string(64, ' ') + "18 November 2025\n\n第八十届会议\n议程项目 89\n\n";
  s += in + "2025 年 11 月 14 日大会决议\n\n";
  s += "80/7.     国际原子能机构的报告\n\n";
  s += in + "   大会，\n";
  // Before note 2's mark: a count and a symbol's figures "2" (no mark).
  s += in + "  欢迎 2 名代表和人权理事会 2011 年 3 月 24 日第 16/18 号、 1 题为“核安保”的\n";
  s += in + "GC(69)/RES/9 A.2 号决议、 2012 年 3 月 23 日第 19/25 号、" + mark2 + " 2013 年 3 月 22 日第\n";
  s += in + "22/31 号决议，\n";
  s += in + "  还重申《公民及政治权利国际公约》 3 除其他外规定人人有权享受\n";
  s += in + "思想、良心和宗教或信仰自由，\n";
  s += in + "  回顾 2022 年 4 月 1 日第 49/31 号4 和大会议程项目 8 的说明和第 3 段，\n";
  s += in + "  强调所有各方严格遵守 1949 年日内瓦四公约 5 及其附加议定书，\n";
  s += in + "  1. 表示注意到国际原子能机构的报告；\n\n";
  s += "               1  见《大会正式记录，第六十六届会议，补编第 53 号》(A/66/53)，第二章。\n";
  s += "               2 同上，《第六十七届会议，补编第 53 号》(A/67/53)，第三章。\n";
  s += "               3 见第 2200 A (XXI)号决议，附件。\n";
  s += "               4 同上，《第七十七届会议，补编第 53 号》(A/77/53)，第六章。\n";
  s += "               5 联合国，《条约汇编》，第 75 卷，第 970-973 号。\n\n";
  s += "25-18769 (C)\n\f";
  return s;
}

bool warned_with(const Conversion& c, const std::string& words) {
  for (const Diagnostic& d : c.document.log.warnings())
    if (d.message.find(words) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("Chinese text dumps: notes marked in the line's figures are collected and linked where printed",
          "[dumps][footnotes][dump-ar-zh]") {
  const Conversion c = convert(chinese_notes_dump(), "A_RES_80_7.zh.txt");
  REQUIRE(c.document.language == "zh");
  REQUIRE(c.document.footnotes.size() == 5);
  for (const Footnote& f : c.document.footnotes) CHECK(f.referenced);
  CHECK(c.document.footnotes[2].text.rfind("见第2200 A (XXI)号决议", 0) == 0);
  // The notes' texts closed as the body's ("补编第 53 号" -> "补编第53号").
  CHECK(c.document.footnotes[0].text == "见《大会正式记录，第六十六届会议，补编第53号》(A/66/53)，第二章。");
  // Each mark where the note's number is printed, the spaces of the dump
  // closed as the UN's text prints them.
  CHECK(c.akn.find("第16/18号、<sup class=\"footnote\"><authorialNote marker=\"1\"") != std::string::npos);
  CHECK(c.akn.find("第19/25号、<sup class=\"footnote\"><authorialNote marker=\"2\"") != std::string::npos);
  CHECK(c.akn.find("公约》<sup class=\"footnote\"><authorialNote marker=\"3\"") != std::string::npos);
  CHECK(c.akn.find("第49/31号<sup class=\"footnote\"><authorialNote marker=\"4\"") != std::string::npos);
  CHECK(c.akn.find("四公约<sup class=\"footnote\"><authorialNote marker=\"5\"") != std::string::npos);
  CHECK(c.text.find("决议、 2012年3月23日") != std::string::npos);
  CHECK(c.text.find("号、 2013年3月22日") != std::string::npos);
  // Figures that count, cite or number stay text.
  CHECK(c.text.find("欢迎2名代表") != std::string::npos);
  CHECK(c.text.find("GC(69)/RES/9 A.2号决议") != std::string::npos);
  CHECK(c.text.find("议程项目8的说明和第3段") != std::string::npos);
  // The notes are out of the body: the last paragraph ends before them.
  CHECK(c.text.find("1. 表示注意到国际原子能机构的报告；\n\nNotes\n[1] 见《") != std::string::npos);
}

TEST_CASE("Chinese text dumps: figures before a unit are no note's mark, and an unmarked note stays with a warning",
          "[dumps][footnotes][dump-ar-zh]") {
  SECTION("note 2's mark left out: the only \"2\"s the body prints are a count's and a symbol's before 号") {
    const Conversion c = convert(chinese_notes_dump(""), "A_RES_80_7.zh.txt");
    CHECK(c.document.footnotes.empty());
    CHECK(warned_with(c, "does not mark note 2"));
    CHECK(c.text.find("GC(69)/RES/9 A.2号决议") != std::string::npos);
    CHECK(c.akn.find("authorialNote") == std::string::npos);
  }
  SECTION("note 2's mark before a date's month is a date's figures") {
    const Conversion c = convert(chinese_notes_dump("2 月"), "A_RES_80_7.zh.txt");
    CHECK(c.document.footnotes.empty());
    CHECK(warned_with(c, "does not mark note 2"));
  }
}

namespace {

// The same resolution as plain pdftotext writes it: no indents, the notes
// right under the body, and the first note's raised number printed alone
// after the notes' texts, the others before theirs ("见《……》" "2 同上，……"
// "3 ……" "1"). `first_number` false leaves that lone number out (the dump
// lost it); `wrapped_count` wraps the last recital before a count
// ("1 个月内提交报告；"), a line that opens with figures.
std::string chinese_plain_dump(bool first_number, bool wrapped_count = false) {
  std::string s = "联合国\n\nA/RES/80/7\n\n大会\n\nDistr.: General\n18 November 2025\n\n第八十届会议\n议程项目 89\n\n";
  s += "2025 年 11 月 14 日大会决议\n\n国际原子能机构的报告\n80/7.\n\n大会，\n";
  s += "欢迎人权理事会 2011 年 3 月 24 日第 16/18 号、 1 2012 年 3 月 23 日第\n";
  s += "19/25 号、2 2013 年 3 月 22 日第 22/31 号决议，\n";
  s += "还重申《公民及政治权利国际公约》 3 除其他外规定人人有权享受思想、\n";
  s += "良心和宗教或信仰自由，\n";
  s += wrapped_count ? "请秘书长在下届会议之前的\n1 个月内提交报告；\n" : "请秘书长在下届会议之前提交报告；\n";
  s += "见《大会正式记录，第六十六届会议，补编第 53 号》(A/66/53)，第二章。\n";
  s += "2 同上，《第六十七届会议，补编第 53 号》(A/67/53)，第三章。\n";
  s += "3 见第 2200 A (XXI)号决议，附件。\n";
  if (first_number) s += "1\n";
  s += "\n25-18769 (C)\n\f";
  return s;
}

}  // namespace

TEST_CASE("Chinese plain dumps: the first note's number printed alone after the notes' texts opens the first of them",
          "[dumps][footnotes][dump-ar-zh]") {
  const Conversion c = convert(chinese_plain_dump(true), "A_RES_80_7.zh.txt");
  REQUIRE(c.document.footnotes.size() == 3);
  for (const Footnote& f : c.document.footnotes) CHECK(f.referenced);
  CHECK(c.document.footnotes[0].text == "见《大会正式记录，第六十六届会议，补编第53号》(A/66/53)，第二章。");
  CHECK(c.document.footnotes[1].text.rfind("同上，", 0) == 0);
  CHECK(c.text.find("请秘书长在下届会议之前提交报告；\n\nNotes\n") != std::string::npos);
  CHECK(c.akn.find("第16/18号、<sup class=\"footnote\"><authorialNote marker=\"1\"") != std::string::npos);
}

TEST_CASE("Chinese plain dumps: a note whose number the dump lost stays as printed with a warning, and a count is no note",
          "[dumps][footnotes][dump-ar-zh]") {
  for (const bool wrapped_count : {false, true}) {
    CAPTURE(wrapped_count);
    const Conversion c = convert(chinese_plain_dump(false, wrapped_count), "A_RES_80_7.zh.txt");
    CHECK(c.document.footnotes.empty());
    CHECK(warned_with(c, "but note 1 is not found over them"));
    // The body keeps its lines: the count a dump wrapped to a line's start
    // opens no note ("1 个月内").
    if (wrapped_count) CHECK(c.text.find("请秘书长在下届会议之前的1个月内提交报告；") != std::string::npos);
  }
}

TEST_CASE("Chinese text dumps: a count, an amount, a range or a list in the body is no note's mark",
          "[dumps][footnotes][dump-ar-zh]") {
  // Note 2's mark left out, and the body printing "2" where a dump prints
  // a mark's figures (after a Han character or full-width punctuation):
  // each is a number of the text, and the notes stay as printed. Figures
  // glued to Han and run on into Han are a number typed so ("目标2的").
  const std::vector<std::string> numbers = {"在 2 天内", "捐款 2 万美元", "在 2 至 3 年内", "有 2 人死亡",
                                            "每 2 小时", "以 120 票赞成、2 票反对", "第 1、2 和 3 段",
                                            "结果：2 比 1", "可持续发展目标2的重要性", "下午2时"};
  int ran = 0;
  for (const std::string& number : numbers) {
    CAPTURE(number);
    // Between the marks of notes 1 and 3, where note 2's would stand.
    std::string dump = chinese_notes_dump("");
    const std::string at = "第 19/25 号、";
    const std::size_t where = dump.find(at);
    REQUIRE(where != std::string::npos);
    dump.replace(where, at.size(), at + "注意到" + number + "，");
    const Conversion c = convert(dump, "A_RES_80_7.zh.txt");
    CHECK(c.document.footnotes.empty());
    CHECK(c.akn.find("authorialNote") == std::string::npos);
    ++ran;
  }
  CHECK(ran == 10);
}

TEST_CASE("Chinese text dumps: a mark set apart after a Han character is linked with a warning, a mark alone on its line too",
          "[dumps][footnotes][dump-ar-zh]") {
  SECTION("set apart after a word: a dump prints the text's own numbers so") {
    const Conversion c = convert(chinese_notes_dump(), "A_RES_80_7.zh.txt");
    CHECK(warned_with(c, "\"5\" set apart after a Chinese word (\"日内瓦四公约 5\") read as the reference to note 5"));
  }
  SECTION("alone on its line after the clause it marks") {
    std::string dump = chinese_notes_dump();
    const std::string mark = "号、2 2013 年";
    const std::size_t at = dump.find(mark);
    REQUIRE(at != std::string::npos);
    dump.replace(at, mark.size(), "号、\n2\n" + std::string(19, ' ') + "2013 年");
    const Conversion c = convert(dump, "A_RES_80_7.zh.txt");
    REQUIRE(c.document.footnotes.size() == 5);
    CHECK(c.document.footnotes[1].referenced);
  }
}

namespace {

// An English resolution as plain pdftotext writes it: three recitals marking
// notes 1 to 3, the notes right under them (`note1`, the first note's
// lines as the dump prints them, then "2 Ibid. ..." and "3 Resolution
// ..."), and a lone "1" after them, over the job number.
std::string english_plain_dump(const std::string& note1) {
  std::string s = "United Nations A/RES/80/7\n\nGeneral Assembly\n\nDistr.: General\n18 November 2025\n\n";
  s += "Resolution adopted by the General Assembly on 14 November 2025\n\n80/7. Report of the Agency\n\n";
  s += "The General Assembly,\n";
  s += "Welcoming the resolutions of the Human Rights Council,1 and its previous resolutions,2\n";
  s += "Recalling the International Covenant on Civil and Political Rights,3\n";
  s += note1;
  s += "2 Ibid., Supplement No. 53 (A/79/53).\n";
  s += "3 Resolution 2200 A (XXI), annex.\n";
  s += "1\n\n25-18769 (E)\n\f";
  return s;
}

}  // namespace

TEST_CASE("plain dumps: a first note that may run over two lines is not cut to its last line", "[dumps][footnotes]") {
  // The form above in English, note 1's text wrapped at a comma: its last
  // line alone reads as a note, the line over it as the body's last
  // (ending a clause). That line is as long as a full line of the notes,
  // so it may be the note's own: the page stays as printed, with a
  // warning, and no line of the note is left in the body as a paragraph.
  const std::string s = english_plain_dump(
      "See Official Records of the General Assembly, Seventy-eighth Session,\nSupplement No. 53 (A/78/53).\n");
  const Conversion c = convert(s, "A_RES_80_7.txt");
  CHECK(c.document.footnotes.empty());
  CHECK(warned_with(c, "but note 1 is not found over them"));
  CHECK(c.text.find("Seventy-eighth Session, Supplement No. 53 (A/78/53).") != std::string::npos);
}

TEST_CASE("plain dumps: notes numbered before their texts over a lone number are read, with no warning of unread notes",
          "[dumps][footnotes]") {
  // The lone "1" under numbered notes is no note's number printed apart:
  // the notes are read as printed (collect_footnotes' run reading), and
  // no warning says they were not.
  const std::string s =
      english_plain_dump("1 See Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 53 (A/78/53).\n");
  const Conversion c = convert(s, "A_RES_80_7.txt");
  REQUIRE(c.document.footnotes.size() == 3);
  for (const Footnote& f : c.document.footnotes) CHECK(f.referenced);
  CHECK_FALSE(warned_with(c, "a line at its foot opens with"));
  CHECK_FALSE(warned_with(c, "is not found over them"));
}

namespace {

// A two-page resolution as pdftotext -layout writes it, its note 2 cut at
// page 1's end inside a symbol ("(GC(69)/RES/") and run on at page 2's
// foot over note 3 ("DEC(2025))."), in Chinese or English.
std::string run_on_dump(bool chinese, const std::string& over_note3 = "   DEC(2025))") {
  const std::string in(19, ' '), note_in(15, ' ');
  std::string s = chinese ? "联合国" + std::string(60, ' ') + "A/RES/80/7\n大会\n\n" : "United Nations" + std::string(50, ' ') + "A/RES/80/7\nGeneral Assembly\n\n";
  s += chinese ? "80/7.     国际原子能机构的报告\n\n" + in + "   大会，\n" : "80/7.     Report of the International Atomic Energy Agency\n\n" + in + "The General Assembly,\n";
  s += chinese ? in + "  收到国际原子能机构 2024 年的报告，1\n" + in + "  注意到原子能机构大会通过的各项决议，2\n\n"
               : in + "  Having received the report of the Agency for 2024,1\n" + in + "  Taking note of the resolutions of the General Conference,2\n\n";
  s += note_in + (chinese ? "1  见 A/80/348。\n" : "1  See A/80/348.\n");
  s += note_in + (chinese ? "2  见《国际原子能机构大会第六十九届常会通过的决议》(GC(69)/RES/\n"
                          : "2  See Resolutions Adopted by the General Conference at its Sixty-ninth Regular Session (GC(69)/RES/\n");
  s += "\n25-18769 (C)\n\f";
  s += "A/RES/80/7\n\n";
  s += chinese ? in + "  1. 表示赞赏地注意到国际原子能机构的报告；3\n\n" : in + "  1. Takes note with appreciation of the report of the Agency;3\n\n";
  s += note_in + over_note3 + (chinese ? "。" : ".") + "\n";
  s += note_in + (chinese ? "3  见第 GC(67)/RES/15 号决议。\n" : "3  See resolution GC(67)/RES/15.\n");
  s += "\n2/2" + std::string(60, ' ') + "25-18769\n\f";
  return s;
}

}  // namespace

TEST_CASE("text dumps: a note cut inside a symbol at a page's end takes its rest from the next page's foot",
          "[dumps][footnotes][dump-ar-zh]") {
  int ran = 0;
  for (const bool chinese : {true, false}) {
    CAPTURE(chinese);
    const Conversion c = convert(run_on_dump(chinese), chinese ? "A_RES_80_7.zh.txt" : "A_RES_80_7.txt");
    INFO(c.text);
    REQUIRE(c.document.footnotes.size() == 3);
    CHECK(c.document.footnotes[1].text.ends_with(std::string("(GC(69)/RES/DEC(2025))") + (chinese ? "。" : ".")));
    CHECK(c.text.find("\nDEC(2025))") == std::string::npos);  // no paragraph of its own
    CHECK(c.akn.find("<attachments>") == std::string::npos);
    ++ran;
  }
  CHECK(ran == 2);
}

TEST_CASE("text dumps: a body line over the next page's notes is no rest of a note cut inside a symbol",
          "[dumps][footnotes][dump-ar-zh]") {
  // Found by review: "Decides to remain seized of the matter." set apart
  // over page 2's note 3 became the rest of note 2 ("GC(69)/RES/Decides
  // ..."), as Han text did ("GC(69)/RES/决定 ..."). A symbol's rest opens
  // with a capital or a figure and its first word holds no lower case.
  int ran = 0;
  for (const bool chinese : {true, false}) {
    CAPTURE(chinese);
    const std::string body = chinese ? "决定继续处理此案" : "Decides to remain seized of the matter";
    const Conversion c = convert(run_on_dump(chinese, body), chinese ? "A_RES_80_7.zh.txt" : "A_RES_80_7.txt");
    INFO(c.text);
    for (const Footnote& f : c.document.footnotes) CHECK(f.text.find(body) == std::string::npos);
    bool cut = false;
    for (const Diagnostic& d : c.document.log.warnings()) cut = cut || d.message.find("note 2") != std::string::npos;
    CHECK(cut);
    ++ran;
  }
  CHECK(ran == 2);
}

TEST_CASE("Chinese text dumps: a number cut from its unit by a page break goes on in its paragraph", "[dumps][structure]") {
  // "… 7 月 20 日和 21" at page 1's foot, over its note, "日主办的 …" at
  // page 2's head: the 21st, one paragraph (A/RES/78/214's Chinese dump
  // made it two).
  const std::string in(19, ' ');
  std::string s = "联合国" + std::string(60, ' ') + "A/RES/80/7\n大会\n\n80/7.     国际原子能机构的报告\n\n" + in + "   大会，\n";
  s += in + "  回顾人权理事会关于打击全球暴力、宗教歧视和不容忍行为的第 16/18 号决议，1 特别是由\n";
  s += in + "新加坡和其他国家的政府于 2016 年 7 月 20 日和 21\n\n";
  s += std::string(11, ' ') + "1 A/HRC/22/17/Add.4，附录。\n\n25-18769 (C)\n\f";
  s += "A/RES/80/7\n\n" + in + "日主办的该进程第六次执行会议，\n" + in + "  1. 表示注意到秘书长的报告；\n\n2/2\n\f";
  for (const bool layout : {true, false}) {
    CAPTURE(layout);
    std::string dump = s;
    if (!layout)
      for (std::size_t at = dump.find(in); at != std::string::npos; at = dump.find(in)) dump.erase(at, in.size());
    const Conversion c = convert(dump, "A_RES_80_7.zh.txt");
    INFO(c.text);
    REQUIRE(c.resolution.preamble.size() == 1);
    CHECK(c.resolution.preamble[0].text.text.find("20日和21日主办的该进程第六次执行会议") != std::string::npos);
  }
}

TEST_CASE("Chinese text dumps: a note's mark ending a page is no number cut from a unit the next page opens with",
          "[dumps][structure]") {
  // Found by review: "… 行动计划》，1" at page 1's foot (note 1's mark)
  // and "日本等会员国 …" opening page 2's recital: read as "1日" (the 1st),
  // the recitals merged and the mark lost. Figures after punctuation are a
  // mark, not a number of the text.
  const std::string in(19, ' ');
  std::string s = "联合国" + std::string(60, ' ') + "A/RES/80/7\n大会\n\n80/7.     国际原子能机构的报告\n\n" + in + "   大会，\n";
  s += in + "  回顾关于禁止鼓吹构成煽动歧视、敌意或暴力的民族、种族或宗教仇恨的拉巴特行动计划》，1\n\n";
  s += std::string(11, ' ') + "1 A/HRC/22/17/Add.4，附录。\n\n25-18769 (C)\n\f";
  s += "A/RES/80/7\n\n" + in + "  日本等会员国为此开展了工作，\n" + in + "  1. 表示注意到秘书长的报告；\n\n2/2\n\f";
  const Conversion c = convert(s, "A_RES_80_7.zh.txt");
  INFO(c.text);
  CHECK(c.resolution.preamble.size() == 2);
  REQUIRE(c.document.footnotes.size() == 1);
  CHECK(c.document.footnotes[0].referenced);
}

TEST_CASE("Chinese text dumps: a symbol a line break cut joins with no space, Latin words keep theirs", "[dumps][structure]") {
  // Chinese lines break anywhere, also inside a symbol and with no hyphen
  // ("…的 GC(69)/RE" | "S/10 号决议"): the join had a space in it,
  // "GC(69)/RE S/10" (A/RES/80/7's Chinese dumps). Latin words a line
  // break parts keep their space ("Green" | "Climate Fund"), and so do
  // whole symbols and numbers ("A/78/1" | "A/78/2", "2021/22" | "2022/23").
  const std::string in(19, ' ');
  std::string s = "联合国" + std::string(60, ' ') + "A/RES/80/7\n大会\n\n80/7.     国际原子能机构的报告\n\n" + in + "   大会，\n";
  s += in + "  注意到题为“将巴勒斯坦国技术合作方案扩大到加沙地带”的 GC(69)/RE\n";
  s += in + "S/10 号决议以及绿色气候基金 (Green\n";
  s += in + "Climate Fund) 的报告以及两份报告 A/78/1\n" + in + "A/78/2 和 2021/22\n" + in + "2022/23 财政年度的报告，\n";
  s += in + "  1. 表示注意到秘书长的报告；\n\f";
  const Conversion c = convert(s, "A_RES_80_7.zh.txt");
  INFO(c.text);
  CHECK(c.text.find("GC(69)/RES/10") != std::string::npos);
  CHECK(c.text.find("(Green Climate Fund)") != std::string::npos);
  // Whole symbols and numbers a break parts keep their space (review).
  CHECK(c.text.find("A/78/1 A/78/2") != std::string::npos);
  CHECK(c.text.find("2021/22 2022/23") != std::string::npos);
}

TEST_CASE("Chinese plain dumps: a paragraph's last line set apart by a blank line joins it with no space", "[dumps][structure]") {
  // pdftotext sets a paragraph's short last line apart ("…所载的原" / "" /
  // "则；"); the structure appends it to the paragraph, which put a space
  // in the word ("原 则", A/RES/ES-11/1's plain dump).
  std::string s = "联合国\n\nA/RES/80/7\n\n大会\n\n80/7. 国际原子能机构的报告\n\n大会，\n";
  s += "注意到原子能机构的报告，\n1. 促请俄罗斯联邦遵守《宪章》和《友好关系宣言》所载的原\n\n则；\n";
  s += "2. 决定继续处理此案。\n\f";
  const Conversion c = convert(s, "A_RES_80_7.zh.txt");
  INFO(c.text);
  REQUIRE(c.resolution.operative.size() == 2);
  CHECK(c.resolution.operative[0].text.text.ends_with("所载的原则；"));
}

TEST_CASE("Chinese text dumps: the resolution's number printed after its title is accounted for by a move",
          "[dumps][structure][conservation]") {
  // The plain dump prints the title, then "80/7." alone, then the formula;
  // a -layout dump may print the number between the title's two lines. The
  // output reads "80/7. <title>", and the conservation check called the
  // number moved or added with no edit (quality capped at 0.5).
  int ran = 0;
  for (const bool between_lines : {false, true}) {
    CAPTURE(between_lines);
    std::string s = "联合国\n\nA/RES/80/7\n\n大会\n\nDistr.: General\n18 November 2025\n\n第八十届会议\n议程项目 89\n\n";
    s += between_lines ? "     打击基于宗教或信仰原因而针对他人实施的不容忍、丑化、\n80/7.\n污蔑、歧视、煽动暴力和暴力侵害行为\n\n"
                       : "国际原子能机构的报告\n\n80/7.\n\n";
    s += "大会，\n收到国际原子能机构 2024 年的报告，\n1. 表示赞赏地注意到国际原子能机构的报告；\n\f";
    const Conversion c = convert(s, "A_RES_80_7.zh.txt");
    INFO(c.text);
    CHECK(c.resolution.number == std::optional<std::string>("80/7"));
    CHECK(c.conservation.unaccounted.empty());
    ++ran;
  }
  CHECK(ran == 2);
}
