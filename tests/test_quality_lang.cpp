// The quality score in the languages with no dictionary or with words the
// English-made checks misjudged: words no dictionary checked are not words
// found good (Chinese, Arabic without hunspell-ar), a reading order a
// logged move repaired is no break, and the shared judgement of words
// (core/dictionary_words.hpp) reads a French elision as a word.
#include <catch2/catch.hpp>

#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "cleanup/cleanup.hpp"
#include "cleanup/dictionary.hpp"
#include "core/dictionary_words.hpp"
#include "export/export.hpp"
#include "support.hpp"
#include "verify/quality.hpp"

using namespace akn;
using namespace akn::test;

namespace {
// A Chinese resolution of our own words: its symbol, the adoption line,
// the number and title, the formula, a preambular paragraph and four
// operative ones (on main: every part 1, and a score of 1).
std::string chinese_resolution(const std::string& in_paragraph_2 = "") {
  std::string zh = "A/RES/78/999\n\n2023年12月19日大会决议\n\n78/999. 加强国际合作\n\n大会，\n\n"
                   "回顾其以往关于这一问题的各项决议，\n\n";
  for (int i = 1; i <= 4; ++i)
    zh += std::to_string(i) + ". 请秘书长向大会第七十九届会议报告本决议的执行情况" + (i == 2 ? in_paragraph_2 : "") +
          "，并决定继续审议这一问题；\n\n";
  return zh;
}

bool warned(const Conversion& c, const std::string& part) {
  for (const Diagnostic& d : c.document.log.warnings())
    if (d.pass == "quality" && d.message.find(part) != std::string::npos) return true;
  return false;
}

// The text of the UN's AKN of a resolution (../shared/unakn/languages),
// one paragraph (p element) a line; empty when the file is missing.
std::string akn_paragraphs(const std::string& path) {
  if (!std::filesystem::exists(path)) return {};
  const std::string xml = read_file(path);
  static const std::regex p("<p[ >][\\s\\S]*?</p>"), tag("<[^>]*>");
  std::string out;
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), p); it != std::sregex_iterator(); ++it)
    out += std::regex_replace(it->str(), tag, "") + "\n\n";
  return out;
}
}  // namespace

TEST_CASE("words no dictionary checked cap the score and the record says why", "[quality]") {
  const Conversion chinese = convert(chinese_resolution());
  REQUIRE(chinese.resolution.meta.language == "zh");
  CHECK(chinese.quality.dictionary == -1);
  // On main: 1, as if every word had been found good.
  CHECK(chinese.quality.score <= kUncheckedCap);
  CHECK(chinese.quality.score == Approx(kUncheckedCap));
  CHECK(chinese.quality.unchecked.find("Chinese (zh)") != std::string::npos);
  CHECK(warned(chinese, "the words were not checked against a dictionary"));
  const std::string json = write_quality_json(chinese.quality);
  CHECK(json.find("\"unchecked\":\"no dictionary of Chinese (zh)") != std::string::npos);
  // The script's plausibility stands in for the dictionary: clean Han text is plausible.
  CHECK(chinese.quality.script > 0.99);
  // The cap is a ceiling, not a part: findings still lower the score under it.
  Quality q;
  q.unchecked = "no dictionary";
  q.furniture = kFurnitureFactor;
  CHECK(quality_score(q) == Approx(kFurnitureFactor));
  q.furniture = 1;
  CHECK(quality_score(q) == Approx(kUncheckedCap));
}

TEST_CASE("the script plausibility of Chinese text counts stray Latin and replacement characters", "[quality]") {
  // Fragments a Chinese text prints: symbols, abbreviations, point labels, addresses.
  const ScriptCount clean = script_count("大会第A/RES/78/214号决议 (a) 联合国COVID-19 www.un.org 文件", "zh");
  CHECK(clean.unexpected == 0);
  CHECK(clean.expected == 11);
  // A Latin fragment glued to Han (an OCR misreading) and a glyph no character maps to.
  const ScriptCount stray = script_count("大会l决定 \xEF\xBF\xBD\xEF\xBF\xBD 继续Tenepanpyaa审议", "zh");
  CHECK(stray.unexpected == 1 + 2 + 11);
  CHECK(stray.expected == 8);
  CHECK(script_count("", "zh").share() == -1);
  // The same Chinese resolution with a stray fragment in each line scores lower.
  const Conversion chinese = convert(chinese_resolution());
  std::string damaged = chinese_resolution("sdfkj");
  for (std::size_t at = damaged.find("回顾"); at != std::string::npos; at = damaged.find("决议", at + 8))
    damaged.insert(at, "ilIl\xEF\xBF\xBD");
  const Conversion garbled = convert(damaged);
  REQUIRE(garbled.resolution.meta.language == "zh");
  CHECK(garbled.quality.script < chinese.quality.script - 0.05);
  CHECK(garbled.quality.score < chinese.quality.score - 0.05);
}

TEST_CASE("an Arabic document is measured with the Arabic dictionary when one is installed", "[quality]") {
  const std::string text = akn_paragraphs(shared_dir() + "/unakn/languages/ar/A_RES_78_214.ar.akn.xml");
  if (text.empty()) {
    WARN("skipped: ../shared/unakn/languages/ar is missing");
    return;
  }
  const Conversion arabic = convert(text);
  REQUIRE(arabic.resolution.meta.language == "ar");
  const bool installed = std::filesystem::exists(config().cleanup.dictionary_dir + "/ar.dic");
  if (installed) {
    // On main: null (no dictionary for Arabic) and a score of 1.
    CHECK(arabic.quality.dictionary > 0.9);
    CHECK(arabic.quality.unchecked.empty());
    CHECK(arabic.quality.script == -1);
  } else {
    CHECK(arabic.quality.dictionary == -1);
    CHECK(arabic.quality.unchecked.find("hunspell-ar") != std::string::npos);
    CHECK(arabic.quality.score <= kUncheckedCap);
  }
  // Not corrected with it: no pass changes a word of an Arabic document with the Arabic dictionary.
  for (const Edit& e : arabic.document.log.edits()) CHECK(e.pass != "fix_typos");
}

TEST_CASE("a line whose order a logged move repaired is no reading-order break", "[quality]") {
  // A table's row label the text layer gives after the row's figure, on its baseline, to its left.
  Document doc = doc_of_placed_lines({
      {"Total number of cases reported", {300, 100, 560, 110}},
      {"11", {520, 120, 540, 130}},
      {"Total", {137, 120, 157, 130}},
      {"The next paragraph of the report", {72, 140, 560, 150}},
  });
  REQUIRE(reading_order_breaks(doc).size() == 1);
  Edit move;
  move.pass = "find_tables";
  move.kind = "table_reading_order";
  move.where = doc.position_of(0, 2);
  move.where.column = 1;
  move.before = move.after = "Total";
  move.read_at = doc.position_of(0, 1);
  doc.log.add(std::move(move));
  CHECK(reading_order_breaks(doc).empty());
}

TEST_CASE("a French layer word is judged with its elision as the quality score judges it", "[quality]") {
  const std::string dir = config().cleanup.dictionary_dir;
  if (!std::filesystem::exists(dir + "/fr_FR.dic")) {
    WARN("skipped: no French dictionary installed (hunspell-fr)");
    return;
  }
  const Dictionary french(dir, "fr_FR");
  const auto known = [&french](std::string_view w) { return french.accepts(w); };
  // What core/dictionary_words.hpp answers for the quality score and, next,
  // for ingest: an elision is a word, garbage glued to one is not.
  const std::vector<std::string> words = {"l'Organisation", "d'une", "qu'il", "l'Assemblée", "générale,", "(Signé)",
                                          "aujourd'hui", "s'est", "n'a", "réunie."};
  for (const std::string& w : words) CHECK(dictionary_word(w, "fr", known) == DictionaryWord::known);
  for (const char* w : {"]'Article", "alinéa~", "!'Article"}) CHECK(dictionary_word(w, "fr", known) == DictionaryWord::unknown);
}

// A word kept as read in a script it may not be printed in is an OCR doubt
// like a dictionary word that may be another misread: the reader must look
// at the page. On main such warnings (a Russian word read in Latin
// look-alikes, Latin letters inside an Arabic word of a text layer) left
// the score as it was.
namespace {
// A Russian OCR page whose last line holds `latin`, every word read at 95.
Document russian_ocr_page(const std::string& latin) {
  std::string text;
  for (int i = 0; i < 4; ++i)
    text += "Генеральная Ассамблея, ссылаясь на свою резолюцию о восстановлении законных прав в Организации "
            "Объединенных Наций, постановляет\n";
  text += "призывает " + latin + " Генеральной Ассамблеи\n";
  Document doc = ocr_document(text, "ru");
  doc.pages[0].ocr_confidence = 95;
  for (Line& line : doc.pages[0].lines) {
    line.words = words_at_spaces(line.text);
    for (Word& w : line.words) w.confidence = 95;
  }
  return doc;
}
}  // namespace

TEST_CASE("words kept in a script they may not be printed in lower the quality score", "[quality]") {
  // "poe": a Russian word read in Latin look-alikes (warned of); "pqe": a
  // Latin word with a letter no Cyrillic one looks like (a name: not).
  const Conversion doubted = pipeline().finish(russian_ocr_page("poe"));
  const Conversion clean = pipeline().finish(russian_ocr_page("pqe"));
  REQUIRE(doubted.resolution.meta.language == "ru");
  CHECK(doubted.quality.doubtful_words == clean.quality.doubtful_words + 1);
  CHECK(doubted.quality.doubtful == Approx(clean.quality.doubtful * kDoubtfulWordFactor));
  CHECK(doubted.quality.score < clean.quality.score);

  // Latin letters inside an Arabic word of a text layer, kept as printed.
  const Conversion ligature = convert("تحabترم الجمعية العامة قرارها وتطلب إلى الأمين العام أن يقدم تقريرا\n");
  CHECK(ligature.quality.doubtful_words == 1);
  CHECK(ligature.quality.doubtful == Approx(kDoubtfulWordFactor));
}
