// Corrections only on evidence (fix_typos, correct_ocr_words): every word the
// cleanup changes must be shown to be an error. Each case here is a right
// word that an earlier version made wrong, on the document named, as a short
// text and on the real file; then the reviewed lists of every correction
// that the corpus, the seeds and the fixtures trigger (tests/golden/corrections/).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <unistd.h>

#include "cleanup/cleanup.hpp"
#include "cleanup/confusions.hpp"
#include "cleanup/dictionary.hpp"
#include "cleanup/typing_errors.hpp"
#include "core/language.hpp"
#include "support.hpp"

using namespace akn;
using namespace akn::test;
namespace fs = std::filesystem;

namespace {
bool contains(const std::string& text, std::string_view what) { return text.find(what) != std::string::npos; }

std::vector<Edit> corrections(const Document& doc) {
  std::vector<Edit> out;
  for (const Edit& e : doc.log.edits())
    if (e.pass == "fix_typos" || e.pass == "correct_ocr_words") out.push_back(e);
  return out;
}

// An English paragraph around `sentence`, long enough for detect_language to
// call it English, so that the dictionary applies; `extra` adds paragraphs
// (the words the document prints elsewhere).
std::string english(std::string_view sentence, std::string_view extra = "") {
  return "The General Assembly,\n\nRecalling the report of the Secretary-General on the work of the Organization and "
         "the views of the Member States to the Committee,\n\n" +
         std::string(sentence) + "\n\n" + std::string(extra) + "\n";
}

// The text after unwrap_lines and fix_typos, blocks joined by newlines.
std::string after_fix_typos(const std::string& text, Document* out = nullptr) {
  Document doc = doc_from_text(text);
  run_passes(doc, {"unwrap_lines", "fix_typos"});
  std::string joined;
  for (const Block& b : doc.blocks) joined += b.text + "\n";
  if (out) *out = std::move(doc);
  return joined;
}

// A real file converted with the repository's configuration (no schema
// validation: only the text and the edits matter here).
Conversion convert_shared(const std::string& relative, OcrMode mode = OcrMode::automatic) {
  static std::map<int, std::unique_ptr<Pipeline>> pipelines;
  auto& p = pipelines[static_cast<int>(mode)];
  if (!p) {
    PipelineConfig c = config();
    c.validate = false;
    c.ingest.ocr.mode = mode;
    p = std::make_unique<Pipeline>(c);
  }
  const std::string path = shared_dir() + "/" + relative;
  return p->convert(fs::path(path).filename().string(), read_file(path));
}
}  // namespace

// ---------------------------------------------------------------------------
// fix_typos: forms the document or the dictionary accepts stay as printed.

TEST_CASE("A/RES/73/3: \"each Member State is on track\" keeps its singular", "[corrections][fix_typos]") {
  const std::string text = after_fix_typos(english(
      "Welcomes the progress made, and notes that each Member State is on track to report its efforts;",
      "Member States are invited to report.\n\nMember States agree."));
  CHECK(contains(text, "each Member State is on track"));
}

TEST_CASE("A/RES/73/3: \"Member States’ efforts\" keeps its apostrophe", "[corrections][fix_typos]") {
  const std::string text =
      after_fix_typos(english("Supports Member States\u2019 efforts to address antimicrobial resistance;",
                              "Member States are invited.\n\nMember States agree."));
  CHECK(contains(text, "Member States\u2019 efforts"));
}

TEST_CASE("S/2012/197, S/2015/246: \"a Spanish non-governmental organization\" stays singular",
          "[corrections][fix_typos]") {
  const std::string text = after_fix_typos(english("The report was prepared by a Spanish non-governmental organization.",
                                                   "non-governmental organizations took part and the "
                                                   "non-governmental organizations agreed."));
  CHECK(contains(text, "a Spanish non-governmental organization."));
}

TEST_CASE("A/RES/79/249: the table header \"Member State\" stays singular", "[corrections][fix_typos]") {
  const std::string text = after_fix_typos(english("Member State\n\nScale of assessments for 2025",
                                                   "Member States are assessed.\n\nMember States pay."));
  CHECK(contains(text, "\nMember State\n"));
}

TEST_CASE("S/1996/112, S/2012/197, S/PV.4507: \"Children’s\" keeps its typographic apostrophe",
          "[corrections][fix_typos]") {
  Document doc;
  const std::string text = after_fix_typos(
      english("The United Nations Children\u2019s Fund and the Children\u2019s Commissioner reported."), &doc);
  CHECK(contains(text, "United Nations Children\u2019s Fund and the Children\u2019s Commissioner"));
  CHECK(corrections(doc).empty());
}

TEST_CASE("plurals the dictionary lacks are not singularised: antimicrobials, ordnances, renewables, replenishments",
          "[corrections][fix_typos]") {
  // Each plural printed once, its singular twice (A/RES/73/3, S/2012/197,
  // A/RES/79/211, A/RES/80/122; "knowledges" in A/RES/80/145).
  Document doc;
  const std::string text = after_fix_typos(
      english("Notes the use of antimicrobials, unexploded ordnances, renewables, replenishments and traditional "
              "knowledges;",
              "antimicrobial resistance and antimicrobial use; ordnance disposal and ordnance clearance; renewable "
              "energy and renewable sources; replenishment of the fund and replenishment rounds; knowledge and "
              "knowledge sharing."),
      &doc);
  CHECK(contains(text, "antimicrobials, unexploded ordnances, renewables, replenishments and traditional knowledges;"));
  CHECK(corrections(doc).empty());
}

TEST_CASE("British spellings and inflections the dictionary lacks stay: analyse, disaggregate, organisation",
          "[corrections][fix_typos]") {
  // A/RES/78/229 "analyse" became "analyses"; A/RES/79/149 "disaggregate"
  // became "disaggregated".
  Document doc;
  const std::string text = after_fix_typos(
      english("Requests the Secretariat to analyse and disaggregate the data of each organisation;",
              "the analyses and the analyses; data disaggregated and disaggregated; the organization and the "
              "organization."),
      &doc);
  CHECK(contains(text, "to analyse and disaggregate the data of each organisation;"));
  CHECK(corrections(doc).empty());
}

TEST_CASE("A/RES/78/157 and others: \"Sustainable Development Goal 14\" is not made \"Goals 14\"",
          "[corrections][fix_typos]") {
  const std::string text = after_fix_typos(
      english("Recalling Sustainable Development Goal 14 and the Sustainable Development Goals,"));
  CHECK(contains(text, "Sustainable Development Goal 14 and the Sustainable Development Goals,"));
}

TEST_CASE("A/RES/79/71: \"plenary meetings\" stays plural", "[corrections][fix_typos]") {
  const std::string text =
      after_fix_typos(english("Decides that the Conference shall hold its plenary meetings in New York,",
                              "at its 50th plenary meeting\n\nat its 51st plenary meeting"));
  CHECK(contains(text, "its plenary meetings in New York"));
}

TEST_CASE("A/RES/78/198: \"de facto\" is not made \"de fact\"", "[corrections][fix_typos]") {
  Document doc;
  const std::string text = after_fix_typos(
      english("Urges action to address de jure and de facto gender inequality,",
              "the fact that it is a fact, and in fact"),
      &doc);
  CHECK(contains(text, "de jure and de facto gender inequality"));
  CHECK(corrections(doc).empty());
}

TEST_CASE("A/RES/78/146, 79/85, 79/227: \"Organisation for Economic Co-operation\" keeps its name",
          "[corrections][fix_typos]") {
  const std::string text = after_fix_typos(
      english("Noting the work of the Organisation for Economic Co-operation and Development,",
              "the Organization and the Organization"));
  CHECK(contains(text, "the Organisation for Economic Co-operation and Development"));
}

TEST_CASE("A/RES/79/130: \"a Member State expressing\" stays singular", "[corrections][fix_typos]") {
  const std::string text = after_fix_typos(
      english("The Committee notes the serious concerns raised by a Member State expressing its views,",
              "Member States and Member States"));
  CHECK(contains(text, "raised by a Member State expressing its views"));
}

TEST_CASE("known confusions are still corrected: \"Untied Nations\" -> \"United Nations\"", "[corrections][fix_typos]") {
  Document doc;
  const std::string text = after_fix_typos(english("Guided by the Charter of the Untied Nations,"), &doc);
  CHECK(contains(text, "Charter of the United Nations,"));
  const auto fixes = corrections(doc);
  REQUIRE(fixes.size() == 1);
  CHECK(fixes[0].kind == "correct_confusion");
}

TEST_CASE("a typing slip in a lowercase word is corrected, a capitalised unknown word left",
          "[corrections][fix_typos]") {
  Document doc;
  const std::string text = after_fix_typos(
      english("Requests the Secretary-General to submit a reprot, and thanks Mr. Jabbar and Mr. Muhammas,",
              "the report and the report; Mr. Jabber and Mr. Jabber; Muhammad and Muhammad"),
      &doc);
  CHECK(contains(text, "to submit a report, and thanks Mr. Jabbar and Mr. Muhammas,"));
  const auto fixes = corrections(doc);
  REQUIRE(fixes.size() == 1);
  CHECK(fixes[0].before == "reprot");
  CHECK(contains(fixes[0].reason, "(o and r swapped)"));
}

TEST_CASE("a word glued to a symbol, a quote or a bracket, or two printed words run together, is left",
          "[corrections][fix_typos]") {
  // A/C.4/SR.985's old OCR layer: "de ~emander" (the d read as ~) and
  // "n'afait" ("n'a fait" with a lost space) were made "~demander" and
  // "n'avait". The same in English: the letter went to the symbol, or the
  // space was lost.
  Document doc;
  const std::string text = after_fix_typos(
      english("Requests the ~reprot, the \u201Cdocment\u201D and the (regsiter) of the Committee, and anumber of "
              "States,",
              "the report and the report; the document and the document; the register and the register; a number "
              "and a number"),
      &doc);
  CHECK(contains(text, "the ~reprot, the \u201Cdocment\u201D and the (regsiter) of the Committee, and anumber of"));
  CHECK(corrections(doc).empty());
}

namespace {
// The cleanup passes named, with the repository's dictionaries but only
// those of `languages` besides the English one.
void run_with_dictionaries(Document& doc, std::vector<std::string> passes, std::vector<std::string> languages) {
  CleanupOptions options = config().cleanup;
  options.passes = std::move(passes);
  options.language_dictionaries = std::move(languages);
  Cleaner(options).run(doc);
}

const char* const kFrench =
    "Le Pr\u00e9sident dit que les droits de la s\u00e9curit\u00e9 sociale et le droit des peuples sont vis\u00e9 "
    "par le texte, et que les membres de la Commission et les repr\u00e9sentants des territoires et le droit social "
    "des peuples vise les questions des territoires et les droit et les social et les vise, et les membres.\n";
}  // namespace

TEST_CASE("a document in a language with no dictionary gets no dictionary correction", "[corrections][fix_typos]") {
  // A/C.4/SR.985 (French): "droits" became "droit", "sociale" "social",
  // "vis\u00e9" "vise" with the English dictionary.
  Document doc = doc_from_text(kFrench);
  CHECK(detect_language(doc) == "fr");
  run_with_dictionaries(doc, {"unwrap_lines", "fix_typos"}, {});
  CHECK(contains(doc.blocks[0].text, "les droits de la s\u00e9curit\u00e9 sociale et le droit des peuples sont vis\u00e9"));
  CHECK(corrections(doc).empty());
}

TEST_CASE("a French document is judged by the French dictionary and an AZERTY keyboard", "[corrections][fix_typos]") {
  // "droits", "sociale", "vis\u00e9" are French words; "mzmbres" is a slip
  // on AZERTY (z beside e); "membrws" would be one on QWERTY only.
  Document doc = doc_from_text(std::string(kFrench) + "\nLes mzmbres de la Commission et les membrws des territoires.\n");
  run_with_dictionaries(doc, {"unwrap_lines", "fix_typos"}, {"fr_FR"});
  CHECK(contains(doc.blocks[0].text, "les droits de la s\u00e9curit\u00e9 sociale et le droit des peuples sont vis\u00e9"));
  CHECK(doc.blocks[1].text == "Les membres de la Commission et les membrws des territoires.");
  const auto fixes = corrections(doc);
  REQUIRE(fixes.size() == 1);
  CHECK(fixes[0].before == "mzmbres");
}

TEST_CASE("a French OCR page is read again with the French dictionary only", "[corrections][ocr]") {
  // "cornmission" (rn read for m) is corrected once the French dictionary
  // knows "commission"; "soient" and "cas", which the document's words
  // "saient" and "ces" are one round-letter confusion from (A/C.4/SR.985
  // read by Tesseract), are French words and stay. ("done" for "donc"
  // stays too: "clone", with d read for cl, is as good a reading.)
  auto page = [] {
    Document doc;
    Page p;
    p.ocr = true;
    p.lines.push_back(ocr_line({{"Il", 95},   {"est", 95},   {"done", 70},  {"clair", 95},  {"que", 95},
                                {"la", 95},   {"cornmission", 60},
                                {"les", 95},  {"cas", 80},   {"des", 95},   {"ces", 95},    {"ces", 95},
                                {"ces", 95},  {"et", 95},    {"les", 95},   {"soient", 80}, {"saient", 95},
                                {"et", 95},   {"les", 95},   {"des", 95},   {"et", 95},     {"donc", 95},
                                {"le", 95},   {"et", 95},    {"les", 95},   {"des", 95}}));
    doc.pages.push_back(p);
    return doc;
  };
  Document without = page();
  REQUIRE(detect_language(without) == "fr");
  run_with_dictionaries(without, {"correct_ocr_words"}, {});
  CHECK(corrections(without).empty());
  Document with = page();
  run_with_dictionaries(with, {"correct_ocr_words"}, {"fr_FR"});
  INFO(with.pages[0].lines[0].text);
  CHECK(with.pages[0].lines[0].text.starts_with(
      "Il est done clair que la commission les cas des ces ces ces et les soient saient"));
  const auto fixes = corrections(with);
  REQUIRE(fixes.size() == 1);
  CHECK(fixes[0].before == "cornmission");
}

TEST_CASE("typing slips: swapped, left out, doubled, neighbouring keys, never an inflection", "[corrections][typos]") {
  struct Case {
    const char* printed;
    const char* meant;
    bool slip;
  };
  const Case cases[] = {
      {"Assmebly", "Assembly", true},       // letters swapped
      {"goverment", "government", true},    // a letter left out
      {"committtee", "committee", true},    // a letter typed twice
      {"villaye", "village", true},         // y beside g
      {"informaiton", "information", true}, // swapped
      {"facto", "fact", false},             // o is not beside t: Latin, not a slip
      {"renewables", "renewable", false},   // a plural
      {"knowledges", "knowledge", false},
      {"analyse", "analyses", false},
      {"disaggregate", "disaggregated", false},  // a participle
      {"States'", "States", false},         // a possessive
      {"organisation", "organization", false},  // a spelling
      {"State", "state", false},            // case alone
      {"Jabbar", "Jabber", false},          // a and e are not neighbours
      {"visé", "vise", false},              // not ASCII: not judged
  };
  std::size_t ran = 0;
  for (const Case& c : cases) {
    INFO(c.printed << " / " << c.meant);
    CHECK(typing_slip(c.printed, c.meant).has_value() == c.slip);
    ++ran;
  }
  CHECK(ran == 15);
  CHECK(typing_slip("mzmbres", "membres", "fr").has_value());   // AZERTY: z beside e
  CHECK_FALSE(typing_slip("mzmbres", "membres", "en").has_value());
  CHECK_FALSE(typing_slip("sociale", "social", "fr").has_value());  // a feminine
  CHECK_FALSE(typing_slip("reprot", "report", "ru").has_value());   // no keyboard known
  CHECK(neighbouring_keys('g', 'y'));
  CHECK(neighbouring_keys('a', 'z'));
  CHECK_FALSE(neighbouring_keys('a', 'x'));
  CHECK_FALSE(neighbouring_keys('t', 'o'));
}

// ---------------------------------------------------------------------------
// The confusion list.

TEST_CASE("the built-in confusion list holds only real-word errors, each with a right phrase of words",
          "[corrections][confusions]") {
  // A wrong phrase with a word the dictionary rejects is no real-word error:
  // the vocabulary correction is for those.
  const ConfusionList list;
  const Dictionary dictionary(config().cleanup.dictionary_dir, config().cleanup.dictionary_language);
  REQUIRE(list.entries().size() >= 10);
  for (const auto& e : list.entries()) {
    CHECK(e.source == "built-in list");
    for (const std::string& w : e.wrong) {
      INFO("wrong phrase word " << w);
      CHECK(dictionary.accepts(w));
    }
    for (const std::string& w : e.right) {
      INFO("right phrase word " << w);
      CHECK(dictionary.accepts(w));
    }
  }
}

TEST_CASE("confusion_files add the user's own confusions, and a malformed one is refused with its line",
          "[corrections][confusions]") {
  const fs::path dir = fs::temp_directory_path() / ("akn-confusions-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "mine.txt") << "# ours\nBeijing Platform for Acton => Beijing Platform for Action\n";
  std::ofstream(dir / "bad.txt") << "Untied Nations -> United Nations\n";
  CleanupOptions options = config().cleanup;
  options.passes = {"unwrap_lines", "fix_typos"};
  options.confusion_files = {(dir / "mine.txt").string()};
  Document doc = doc_from_text("Recalling the Beijing Declaration and Beijing Platform for Acton,\n");
  Cleaner(options).run(doc);
  CHECK(doc.blocks[0].text == "Recalling the Beijing Declaration and Beijing Platform for Action,");
  const auto fixes = edits_of(doc, "correct_confusion");
  REQUIRE(fixes.size() == 1);
  CHECK(contains(fixes[0].reason, (dir / "mine.txt").string()));

  options.confusion_files = {(dir / "bad.txt").string()};
  CHECK_THROWS_AS(Cleaner(options), ConfusionListError);
  try {
    Cleaner bad(options);
  } catch (const ConfusionListError& e) {
    CHECK(contains(e.what(), "bad.txt:1: no \"=>\""));
  }
  fs::remove_all(dir);
}

TEST_CASE("a configuration naming the replaced phrase_files is refused, not ignored", "[corrections][confusions]") {
  const fs::path file = fs::temp_directory_path() / ("akn-phrase-files-" + std::to_string(::getpid()) + ".toml");
  std::ofstream(file) << "[cleanup]\nphrase_files = [\"mine.txt\"]\n";
  CHECK_THROWS_AS(load_config(file.string()), ConfigError);
  try {
    (void)load_config(file.string());
  } catch (const ConfigError& e) {
    CHECK(contains(e.what(), "cleanup.phrase_files was replaced by cleanup.confusion_files"));
  }
  fs::remove(file);
}

// ---------------------------------------------------------------------------
// correct_ocr_words: a correction is a misreading of glyph shapes.

namespace {
// One OCR page: an English line of confident words (so that the dictionary
// applies), then `words`.
Document ocr_page(const std::vector<std::pair<std::string, double>>& words, bool english_page = true) {
  Document doc;
  Page page;
  page.ocr = true;
  if (english_page)
    page.lines.push_back(ocr_line({{"the", 95}, {"report", 95}, {"of", 95}, {"the", 95}, {"Committee", 95},
                                   {"and", 95}, {"of", 95}, {"the", 95}, {"Council", 95}, {"to", 95}, {"the", 95},
                                   {"Assembly", 95}, {"and", 95}, {"the", 95}, {"views", 95}, {"of", 95}}));
  page.lines.push_back(ocr_line(words));
  doc.pages.push_back(page);
  return doc;
}

// One OCR page of Russian prose, two lines read confidently, then the line
// of `words`: the page's letters are Cyrillic enough to be a Russian
// document's.
Document russian_ocr_page(const std::vector<std::pair<std::string, double>>& words) {
  const std::string prose =
      "Генеральная Ассамблея, ссылаясь на свою резолюцию о восстановлении законных прав Организации Объединенных Наций, "
      "постановляет";
  std::vector<std::pair<std::string, double>> line;
  for (std::size_t at = 0; at < prose.size();) {
    const std::size_t end = std::min(prose.find(' ', at), prose.size());
    line.emplace_back(prose.substr(at, end - at), 95);
    at = end + 1;
  }
  Document doc;
  Page page;
  page.ocr = true;
  page.lines.push_back(ocr_line(line));
  page.lines.push_back(ocr_line(line));
  page.lines.push_back(ocr_line(words));
  doc.pages.push_back(page);
  return doc;
}

void correct_ocr(Document& doc) {
  static const Cleaner cleaner = [] {
    CleanupOptions options = config().cleanup;
    options.passes = {"correct_ocr_words"};
    return Cleaner(options);
  }();
  cleaner.run(doc);
}
}  // namespace

TEST_CASE("A/45/189: a doubted name is not made another name the document prints (Jabbar, Salam, Al-Hadi)",
          "[corrections][ocr]") {
  Document doc = ocr_page({{"Abdul", 95}, {"Jabbar", 60}, {"and", 95}, {"Salam", 55}, {"and", 95}, {"Al-Hadi", 50},
                           {"met", 95}, {"Jabber", 95}, {"Jabber", 95}, {"Jabber", 95}, {"Salem", 95}, {"Salem", 95},
                           {"Al-Kadi", 95}, {"Al-Kadi", 95}});
  correct_ocr(doc);
  CHECK(doc.pages[0].lines[1].text.starts_with("Abdul Jabbar and Salam and Al-Hadi met"));
  CHECK(corrections(doc).empty());
}

TEST_CASE("A/45/984: \"Abu Jabal\" is not made \"Abu Jamal\"", "[corrections][ocr]") {
  Document doc = ocr_page({{"Abu", 95}, {"Jabal", 48}, {"and", 95}, {"Abu", 95}, {"Jamal", 95}, {"Abu", 95},
                           {"Jamal", 95}});
  correct_ocr(doc);
  CHECK(doc.pages[0].lines[1].text == "Abu Jabal and Abu Jamal Abu Jamal");
  CHECK(corrections(doc).empty());
}

TEST_CASE("a doubted name the dictionary knows another name for is left: Al-Hainah is not Al-Hamah",
          "[corrections][ocr]") {
  // A/45/189 read by Tesseract: "in" read for "m" gives the town Hamah,
  // which the dictionary knows and the document never prints.
  Document doc = ocr_page({{"Suleyman", 95}, {"Al-Hainah,", 88}, {"Gaza", 95}});
  correct_ocr(doc);
  CHECK(doc.pages[0].lines[1].text == "Suleyman Al-Hainah, Gaza");
}

TEST_CASE("a French scan is not corrected into English, nor into other French words it prints",
          "[corrections][ocr]") {
  // A/C.4/SR.985: "droits" -> "droit", "sociale" -> "social", "visé" ->
  // "vise" (English dictionary); "soient" -> "saient", "cas" -> "ces" (round
  // letters, from words the document prints).
  // Each right word is printed confidently twice, as the old rule wanted.
  Document doc = ocr_page({{"les", 95},     {"droits", 60}, {"de", 95},     {"la", 95},      {"sécurité", 95},
                           {"sociale", 55}, {"et", 95},     {"le", 95},     {"droit", 95},   {"social", 95},
                           {"visé", 50},    {"vise", 95},   {"les", 95},    {"soient", 80},  {"saient", 95},
                           {"et", 95},      {"des", 95},    {"cas", 80},    {"ces", 95},     {"ces", 95},
                           {"ces", 95},     {"et", 95},     {"les", 95},    {"des", 95},     {"et", 95},
                           {"droit", 95},   {"social", 95}, {"vise", 95},   {"les", 95},
                           {"1'Assemblée", 70}, {"l'Assemblée", 95}, {"l'Assemblée", 95}},
                          false);
  REQUIRE(detect_language(doc) == "fr");
  correct_ocr(doc);
  const std::string& text = doc.pages[0].lines[0].text;
  CHECK(text.starts_with("les droits de la sécurité sociale et le droit social visé vise les soient saient et des cas"));
  // A stroke read as a digit, to a word the page prints confidently twice, is still read again.
  const auto fixes = corrections(doc);
  REQUIRE(fixes.size() == 1);
  CHECK(fixes[0].before == "1'Assemblée");
  CHECK(fixes[0].after == "l'Assemblée");
}

TEST_CASE("a name read in lowercase is not made a word: \"Ahmed ali\" is not \"Ahmed all\"", "[corrections][ocr]") {
  // A/45/189 read by Tesseract: the printed "Ali" (a bold bitmap in the
  // page) was read "ali", and "i read for l" made it "all", which the
  // document prints.
  Document doc = ocr_page({{"Amana", 95}, {"Ahmed", 95}, {"ali", 68}, {"Aramat,", 95}, {"Jenin", 95}, {"all", 95},
                           {"all", 95}, {"all", 95}});
  correct_ocr(doc);
  CHECK(doc.pages[0].lines[1].text.starts_with("Amana Ahmed ali Aramat,"));
  CHECK(corrections(doc).empty());
}

TEST_CASE("a speck alone on its line is not a part number", "[corrections][ocr]") {
  // A/L.632 read by Tesseract: a speck 1.7 pt high beside the emblem was
  // read "i" and made the part number "I".
  Document doc = ocr_page({{"the", 95}});
  Page& page = doc.pages[0];
  for (std::size_t i = 0; i < page.lines[0].words.size(); ++i)
    page.lines[0].words[i].box = Box{10.0 * static_cast<double>(i), 100, 10.0 * static_cast<double>(i) + 8, 110};
  Line speck = ocr_line({{"i", 54}}), label = ocr_line({{"lI", 56}});
  speck.words[0].box = Box{422.2, 85.2, 423.4, 86.9};
  label.words[0].box = Box{300, 200, 306, 208};
  page.lines.push_back(speck);
  page.lines.push_back(label);
  correct_ocr(doc);
  CHECK(page.lines[2].text == "i");
  CHECK(page.lines[3].text == "II");
  REQUIRE(corrections(doc).size() == 1);
}

TEST_CASE("half a word hyphenated across OCR lines is not read as a word", "[corrections][ocr]") {
  // A/C.4/SR.985 read by Tesseract with the French dictionary: "diffi-" /
  // "cult\u00e9s" became "cuit\u00e9s" (l read for i).
  Document doc;
  Page page;
  page.ocr = true;
  page.lines.push_back(ocr_line({{"et", 95}, {"les", 95}, {"des", 95}, {"et", 95}, {"le", 95}, {"les", 95},
                                 {"des", 95}, {"et", 95}, {"les", 95}, {"de", 95}, {"s\u00e9rieuses", 95},
                                 {"diffi-", 95}}));
  page.lines.push_back(ocr_line({{"cult\u00e9s", 85}, {"pour", 95}, {"les", 95}, {"territoires", 95}}));
  doc.pages.push_back(page);
  REQUIRE(detect_language(doc) == "fr");
  run_with_dictionaries(doc, {"correct_ocr_words"}, {"fr_FR"});
  CHECK(doc.pages[0].lines[1].text == "cult\u00e9s pour les territoires");
  CHECK(corrections(doc).empty());
}

// ---------------------------------------------------------------------------
// The real files.

TEST_CASE("the born-digital corpus keeps the words it prints", "[corrections][corpus]") {
  struct Case {
    const char* file;
    std::vector<std::string> printed;
  };
  const Case cases[] = {
      {"A_RES_73_3-EN.pdf", {"each Member State is on track", "Member States\u2019 efforts", "antimicrobials"}},
      {"A_RES_79_249.pdf", {"Member State"}},
      {"S_1996_112-EN.pdf", {"Children\u2019s"}},
      {"S_2012_197-EN.pdf", {"a Spanish non-governmental organization,", "Children\u2019s", "ordnances"}},
      {"S_2015_246-EN.pdf", {"the local non-governmental organization Sahrawi"}},
      {"S_PV.4507-EN.pdf", {"Children\u2019s"}},
  };
  std::size_t ran = 0;
  for (const Case& c : cases) {
    INFO(c.file);
    const Conversion conv = convert_shared(std::string("corpus/born_digital/") + c.file);
    for (const std::string& p : c.printed) CHECK(contains(conv.text, p));
    CHECK(corrections(conv.document).empty());
    ++ran;
  }
  CHECK(ran == 6);
}

TEST_CASE("the old OCR text layers of A/45/189 and A/C.4/SR.985 keep their names and French words",
          "[corrections][corpus]") {
  const Conversion names = convert_shared("corpus/scan_ocr/A_45_189-EN.pdf");
  for (const char* name : {"Jabbar", "Al-Hadi", "Salam", "Sleiman", "Hamda"}) CHECK(contains(names.text, name));
  // One correction only: the title's "Secretar: -General" (read by OCR
  // from a picture the layer left unread) is the UN's Secretary-General.
  const auto fixes = corrections(names.document);
  REQUIRE(fixes.size() == 1);
  CHECK(fixes[0].kind == "correct_ocr_compound");
  CHECK(fixes[0].before == "Secretar: -General");
  CHECK(fixes[0].after == "Secretary-General");
  CHECK(contains(names.text, "addressed to the Secretary-General"));
  const Conversion french = convert_shared("corpus/scan_ocr/A_C.4_SR.985-FR.pdf");
  for (const char* word : {"droits", "sociale", "visé"}) CHECK(contains(french.text, word));
  for (const Edit& e : corrections(french.document)) CHECK(e.pass != "fix_typos");
}

TEST_CASE("A/C.4/SR.985's two-column pages are read column by column and hyphens join within a column",
          "[layout][corpus]") {
  // Pages 3 and 5: Poppler gives the OCR layer's left column, then its
  // right one; the running head across the gutter marks the columns. A
  // column's last line continues at the top of the next column, a line-end
  // hyphen joins the line below it in its own column.
  const Conversion c = convert_shared("corpus/scan_ocr/A_C.4_SR.985-FR.pdf", OcrMode::never);
  for (const char* read : {"la liberté, qui est un bien essentiel.", "Pris dans son sens véritable",
                           "a soif de liberté et jamais les mots", "de nombreuses délégations dans une position",
                           "comme viennent de le rappeler plusieurs délégations"})
    CHECK(contains(c.text, read));
  CHECK_FALSE(contains(c.text, "déléga-rappeler"));
  std::set<int> pages;
  for (const Edit& e : edits_of(c.document, "read_columns")) pages.insert(e.where.page);
  CHECK(pages.count(3) == 1);
  CHECK(pages.count(5) == 1);
  for (const Diagnostic& w : c.document.log.warnings()) CHECK(w.message.find("out of their rising order") == std::string::npos);
}

TEST_CASE("../shared/unakn: resolutions keep Goal 14, plenary meetings, de facto, Organisation, replenishments",
          "[corrections][corpus]") {
  struct Case {
    const char* file;
    const char* printed;
  };
  const Case cases[] = {
      {"A_RES_78_146.pdf", "Sustainable Development Goal 14"},
      {"A_RES_78_157.pdf", "Sustainable Development Goal 7"},
      {"A_RES_79_71.pdf", "plenary meetings"},
      {"A_RES_78_198.pdf", "de facto"},
      {"A_RES_79_85.pdf", "Organisation for Economic Co-operation"},
      {"A_RES_80_122.pdf", "replenishments"},
      {"A_RES_79_130.pdf", "a Member State expressing"},
  };
  std::size_t ran = 0;
  for (const Case& c : cases) {
    INFO(c.file);
    const Conversion conv = convert_shared(std::string("unakn/pdf/") + c.file);
    CHECK(contains(conv.text, c.printed));
    CHECK(corrections(conv.document).empty());
    ++ran;
  }
  CHECK(ran == 7);
}

// ---------------------------------------------------------------------------
// The reviewed lists: every correction, with its context and reason. A new
// correction shows up as a diff of tests/golden/corrections/ in review
// (AKN_UPDATE_GOLDEN=1 rewrites them; read every new line).

namespace {
// The printed line an edit is on, around the word: "…each Member [State] is on…".
std::string context_of(const Document& doc, const Edit& e) {
  if (e.where.page < 1 || static_cast<std::size_t>(e.where.page) > doc.pages.size()) return "";
  const Page& page = doc.pages[static_cast<std::size_t>(e.where.page - 1)];
  const Line* line = nullptr;
  for (std::size_t i = 0; i < page.lines.size() && !line; ++i)
    if (page.lines[i].source_line > 0 ? page.lines[i].source_line == e.where.line
                                      : static_cast<int>(i) + 1 == e.where.line)
      line = &page.lines[i];
  if (!line) return "";
  // The word as printed or as corrected (correct_ocr_words changes lines),
  // nearest to the edit's column; shown as printed.
  const std::string& t = line->text;
  const std::size_t column = e.where.column > 0 ? static_cast<std::size_t>(e.where.column - 1) : 0;
  std::size_t at = std::string::npos, size = 0;
  for (const std::string* w : {&e.before, &e.after})
    for (std::size_t i = t.find(*w); i != std::string::npos; i = t.find(*w, i + 1)) {
      const auto distance = [&](std::size_t x) { return x > column ? x - column : column - x; };
      if (at == std::string::npos || distance(i) < distance(at)) {
        at = i;
        size = w->size();
      }
    }
  if (at == std::string::npos) return t.substr(0, 100);
  auto boundary = [&](std::size_t i) {
    while (i > 0 && i < t.size() && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) --i;
    return i;
  };
  const std::size_t from = boundary(at > 50 ? at - 50 : 0), to = boundary(std::min(t.size(), at + size + 50));
  return (from > 0 ? "\u2026" : "") + t.substr(from, at - from) + "[" + e.before + "]" +
         t.substr(at + size, to - at - size) + (to < t.size() ? "\u2026" : "");
}

struct Listing {
  std::string text;
  std::size_t documents = 0, corrections = 0;
};

void list_corrections(Listing& out, const std::string& name, const Conversion& c) {
  ++out.documents;
  for (const Edit& e : corrections(c.document)) {
    ++out.corrections;
    out.text += name + " p." + std::to_string(e.where.page) + " l." + std::to_string(e.where.line) + ": \"" +
                e.before + "\" -> \"" + e.after + "\" (" + e.pass + ", " + e.kind + ")\n    read: " +
                context_of(c.document, e) + "\n    reason: " + e.reason + "\n";
  }
}

std::vector<fs::path> files_in(const fs::path& dir, bool recursive = false) {
  std::vector<fs::path> out;
  if (recursive) {
    for (const auto& e : fs::recursive_directory_iterator(dir))
      if (e.is_regular_file()) out.push_back(e.path());
  } else {
    for (const auto& e : fs::directory_iterator(dir))
      if (e.is_regular_file()) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

void list_dir(Listing& out, const Pipeline& p, const fs::path& dir, const std::string& label, bool recursive = false,
              const std::string& skip = "") {
  for (const fs::path& f : files_in(dir, recursive)) {
    const std::string rel = f.lexically_relative(dir).string();
    if (!skip.empty() && rel.starts_with(skip)) continue;
    list_corrections(out, label + "/" + rel, p.convert(rel, read_file(f.string())));
  }
}

const Pipeline& listing_pipeline(OcrMode mode) {
  static std::map<int, std::unique_ptr<Pipeline>> pipelines;
  auto& p = pipelines[static_cast<int>(mode)];
  if (!p) {
    PipelineConfig c = config();
    c.validate = false;
    c.ingest.ocr.mode = mode;
    p = std::make_unique<Pipeline>(c);
  }
  return *p;
}

void check_listing(const std::string& golden, const std::string& what, const Listing& l) {
  const std::string actual = "# Every correction (fix_typos, correct_ocr_words) of " + what + ": " +
                             std::to_string(l.corrections) + " in " + std::to_string(l.documents) +
                             " documents. Each is reviewed: a real error, really printed or misread.\n" + l.text;
  const fs::path expected = fs::path(source_dir()) / "tests/golden/corrections" / golden;
  if (std::getenv("AKN_UPDATE_GOLDEN")) {
    fs::create_directories(expected.parent_path());
    std::ofstream(expected, std::ios::binary) << actual;
  }
  INFO("golden file " << expected.string());
  REQUIRE(fs::exists(expected));
  CHECK(read_file(expected.string()) == actual);
}
}  // namespace

TEST_CASE("every correction of the corpus text layers, the seeds and the text and PDF fixtures is reviewed",
          "[golden][corrections]") {
  Listing l;
  const Pipeline& layers = listing_pipeline(OcrMode::never);
  list_dir(l, layers, shared_dir() + "/corpus/born_digital", "corpus/born_digital");
  list_dir(l, layers, shared_dir() + "/corpus/scan_ocr", "corpus/scan_ocr");
  list_dir(l, layers, shared_dir() + "/seeds", "seeds");
  list_dir(l, layers, source_dir() + "/fixtures", "fixtures", true, "scan/");
  CHECK(l.documents == 15 + 7 + 5 + 19);  // fixtures: 10 PDFs, 4 PDFs of notes (fixtures/notes), four text dumps and a Markdown file
  check_listing("text_layers.txt",
                "../shared/corpus/born_digital and scan_ocr (text layers, --ocr never), ../shared/seeds and "
                "fixtures/ but fixtures/scan",
                l);
}

TEST_CASE("every correction of the scans read by OCR is reviewed", "[golden][corrections][ocr][slow]") {
  // fixtures/scan, and the scans of ../shared/corpus/scan_ocr whose text
  // layer is implausible (read again by OCR as the default --ocr auto does).
  Listing l;
  const Pipeline& ocr = listing_pipeline(OcrMode::automatic);
  list_dir(l, ocr, source_dir() + "/fixtures/scan", "fixtures/scan");
  list_dir(l, ocr, shared_dir() + "/corpus/scan_ocr", "corpus/scan_ocr");
  CHECK(l.documents == 2 + 7);
  check_listing("scans.txt", "fixtures/scan and ../shared/corpus/scan_ocr (--ocr auto)", l);
}

TEST_CASE("every correction of the 123 resolutions of ../shared/unakn is reviewed", "[golden][corrections][slow][sweep]") {
  Listing l;
  list_dir(l, listing_pipeline(OcrMode::automatic), shared_dir() + "/unakn/pdf", "unakn/pdf");
  CHECK(l.documents == 123);
  check_listing("unakn.txt", "../shared/unakn/pdf", l);
}

TEST_CASE("A/47/892: doubted words no dictionary or document knows are kept as read and warned", "[corrections][ocr]") {
  // Tesseract read "Permanent Observer" as "Perman 0 rver" with low
  // confidence; nothing explains the misreading, so the words stay, but the
  // reader is told where to look. Known words and specks ("0") are not
  // listed; an unknown word read confidently is listed apart.
  Document doc = ocr_page({{"from", 95}, {"the", 95}, {"Perman", 62}, {"0", 30}, {"rver", 41}, {"of", 95},
                           {"Palestine", 70}, {"Observer", 97}, {"Qwzrtk", 96}});
  correct_ocr(doc);
  CHECK(doc.pages[0].lines[1].text == "from the Perman 0 rver of Palestine Observer Qwzrtk");
  CHECK(corrections(doc).empty());
  const auto& warnings = doc.log.warnings();
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].pass == "correct_ocr_words");
  CHECK(warnings[0].message.starts_with("2 words OCR doubted"));
  CHECK(warnings[0].message.find("\"Perman\" (62), \"rver\" (41)") != std::string::npos);
  CHECK(warnings[0].message.find("Palestine") == std::string::npos);
  CHECK(warnings[0].message.find("Qwzrtk") == std::string::npos);
  CHECK(warnings[1].message.find("OCR read confidently") != std::string::npos);
  CHECK(warnings[1].message.find("\"Qwzrtk\"") != std::string::npos);
  CHECK(warnings[1].message.find("Observer") == std::string::npos);
}

TEST_CASE("confident unknown words the document vouches for are not listed, its misreadings are", "[corrections][ocr]") {
  // A/47/892 listed 13 names read confidently ("Mustafa", "Abu",
  // "Barghouti"), 2758 (XXVI) "Chiang" "Kai-shek": the real doubts drowned.
  // A run of capitalised names, a capitalised word the document prints
  // twice, a symbol and a word with figures are the document's own; a
  // lowercase unknown word and a capitalised word one confusion from a
  // word the document prints ("Netions" of "United Nations") stay listed.
  Document doc = ocr_page({{"youths", 95}, {"Ghassan", 96}, {"Abdel", 96}, {"Barghouti,", 96}, {"from", 95},
                           {"Tulkarem;", 95}, {"see", 95}, {"A/47/892", 95}, {"and", 95}, {"3116th", 95},
                           {"goverment", 96}});
  doc.pages[0].lines.push_back(
      ocr_line({{"the", 95}, {"United", 95}, {"Netions", 93}, {"near", 95}, {"Tulkarem", 95}, {"and", 95},
                {"the", 95}, {"United", 95}, {"Nations", 95}, {"Chiang", 97}, {"Kai-shek", 97}}));
  correct_ocr(doc);
  const auto& warnings = doc.log.warnings();
  const auto listed = std::find_if(warnings.begin(), warnings.end(), [](const Diagnostic& w) {
    return w.message.find("OCR read confidently") != std::string::npos;
  });
  REQUIRE(listed != warnings.end());
  CHECK(listed->message.starts_with("2 words OCR read confidently"));
  CHECK(listed->message.find("\"goverment\" (96), \"Netions\" (93)") != std::string::npos);
  for (const std::string name : {"Ghassan", "Abdel", "Barghouti", "Tulkarem", "A/47/892", "3116th", "Chiang", "Kai-shek"})
    CHECK(listed->message.find(name) == std::string::npos);
}

TEST_CASE("a Russian sentence's first word is a common word, not a name that vouches for its neighbour",
          "[corrections][ocr][languages]") {
  // Code review: common_word lowercased ASCII only, so every capitalised
  // Cyrillic word counted as a name, and a misreading beside a sentence's
  // first word ("Совет Безопаснасти") was taken for a run of names and
  // dropped from the doubts. A real run of names stays unlisted.
  Document doc = russian_ocr_page({{"Совет", 95}, {"Безопаснасти", 95}, {"заслушал", 95}, {"Василия", 96},
                                    {"Небензю", 96}, {"и", 95}, {"постановляет", 95}});
  correct_ocr(doc);
  const auto& warnings = doc.log.warnings();
  const auto listed = std::find_if(warnings.begin(), warnings.end(), [](const Diagnostic& w) {
    return w.message.find("OCR read confidently") != std::string::npos;
  });
  REQUIRE(listed != warnings.end());
  INFO(listed->message);
  CHECK(listed->message.find("\"Безопаснасти\" (95)") != std::string::npos);
  CHECK(listed->message.find("Небензю") == std::string::npos);
  CHECK(doc.pages[0].lines[2].text.find("Совет Безопаснасти") != std::string::npos);  // listed, not changed
}

TEST_CASE("confident misreadings with figures inside a word stay listed, numbers and codes do not", "[corrections][ocr]") {
  // Review of the merged langwords: any figure vouched for a word, so
  // "Assemb1y" and "5ecurity" read confidently dropped out of the doubts.
  Document doc = ocr_page({{"the", 95}, {"General", 95}, {"Assemb1y", 95}, {"and", 95}, {"5ecurity", 95},
                           {"Council", 95}, {"met", 95}, {"24th", 95}, {"on", 95}, {"COVID-19", 95}});
  correct_ocr(doc);
  const auto& warnings = doc.log.warnings();
  const auto listed = std::find_if(warnings.begin(), warnings.end(), [](const Diagnostic& w) {
    return w.message.find("OCR read confidently") != std::string::npos;
  });
  REQUIRE(listed != warnings.end());
  CHECK(listed->message.find("Assemb1y") != std::string::npos);
  CHECK(listed->message.find("5ecurity") != std::string::npos);
  CHECK(listed->message.find("24th") == std::string::npos);
  CHECK(listed->message.find("COVID-19") == std::string::npos);
}

TEST_CASE("a doubted unknown word on a page in a language with no dictionary is not warned", "[corrections][ocr]") {
  // Without a dictionary of the page's language, an unknown word is no
  // evidence of a misreading.
  Document doc = ocr_page({{"les", 95}, {"droits", 95}, {"de", 95}, {"la", 95}, {"Qwzrtk", 40}, {"et", 95},
                           {"les", 95}, {"des", 95}, {"et", 95}, {"le", 95}},
                          false);
  doc.language = "de";  // no German dictionary is installed by the set-up
  correct_ocr(doc);
  // One warning says no word was judged; none lists the word.
  REQUIRE(doc.log.warnings().size() == 1);
  CHECK(doc.log.warnings()[0].message.find("Qwzrtk") == std::string::npos);
}

TEST_CASE("an OCR misreading inside a hyphenated UN term is mended from the term and nothing else is touched",
          "[corrections][ocr]") {
  // A/45/189's title, read by OCR from a picture its text layer left
  // unread: "addressed to the Secretar: -General" (main kept it).
  struct Case {
    std::vector<std::pair<std::string, double>> words;
    std::string read, meant;  // `meant` empty: kept as read
  };
  const std::vector<Case> cases = {
      {{{"Secretar:", 61}, {"-General", 88}}, "Secretar: -General", "Secretary-General"},
      {{{"Under-Secretar;-General", 70}}, "Under-Secretar;-General", "Under-Secretary-General"},
      {{{"Commander-in-Chlef", 66}}, "Commander-in-Chlef", "Commander-in-Chief"},
      {{{"SECRETAR:", 58}, {"-GENERAL", 80}}, "SECRETAR: -GENERAL", "SECRETARY-GENERAL"},
      // A compound the document prints confidently, of dictionary words.
      {{{"peace-keepiug", 62}, {"peace-keeping", 95}, {"peace-keeping", 95}}, "peace-keepiug", "peace-keeping"},
      // Kept: correct words, a name, another term.
      {{{"Secretaries-General", 70}}, "Secretaries-General", ""},
      {{{"Vice-Chairmen", 70}}, "Vice-Chairmen", ""},
      {{{"Director-General", 70}}, "Director-General", ""},
      {{{"Al-Hadi", 50}, {"Al-Kadi", 95}, {"Al-Kadi", 95}}, "Al-Hadi", ""},
      {{{"Secretar:", 61}, {"-Genera", 88}}, "Secretar: -Genera", ""},  // two parts misread
  };
  int ran = 0;
  for (const Case& c : cases) {
    CAPTURE(c.read);
    Document doc = ocr_page(c.words);
    correct_ocr(doc);
    const std::string& text = doc.pages[0].lines[1].text;
    const auto mended = edits_of(doc, "correct_ocr_compound");
    if (c.meant.empty()) {
      CHECK(text.starts_with(c.read));
      CHECK(mended.empty());
    } else {
      CHECK(text.starts_with(c.meant));
      REQUIRE(mended.size() == 1);
      CHECK(mended[0].before == c.read);
      CHECK(mended[0].after == c.meant);
    }
    ++ran;
  }
  CHECK(ran == 10);
  SECTION("only on OCR text: an OCR text layer's page, not a born-digital one") {
    for (const bool layer : {true, false}) {
      CAPTURE(layer);
      Document doc = ocr_page({{"Secretar:", -1}, {"-General", -1}});
      doc.pages[0].ocr = false;
      doc.pages[0].ocr_layer = layer;
      for (Line& line : doc.pages[0].lines)
        for (Word& w : line.words) w.confidence = -1;
      correct_ocr(doc);
      CHECK(doc.pages[0].lines[1].text == (layer ? "Secretary-General" : "Secretar: -General"));
    }
  }
}

// Rule 5b of correct_ocr_words: a symbol's series letter OCR read as a
// figure ("S" as "5") is read as the letter when the document prints the
// same symbol with it elsewhere (here on the other page); kept with a
// warning when it does not and the token follows a symbol and a hyphen;
// left alone otherwise (a fraction, a date). Generated two-page letters
// in English and French.
TEST_CASE("a symbol's series letter read as a figure is mended from the document's own print", "[ocr]") {
  struct Case {
    const char* text;
    const char* lang;
  };
  const Case cases[] = {
      {"Further to my letter of 17 March 1982 (A/37/118-5/14910), I wish to draw your attention to the events.\n"
       "\fsee the letter dated 17 March 1982 (A/37/118-S/14910).\n",
       "en"},
      {"Comme suite à ma lettre du 12 mai 1984 (A/39/270-5/16570), j'ai l'honneur de vous informer.\n"
       "\fvoir la lettre (A/39/270-S/16570) et le document 4/10 du comité.\n",
       "fr"},
  };
  std::size_t ran = 0;
  for (const Case& k : cases) {
    Document doc = ocr_document(k.text, k.lang);
    REQUIRE(doc.pages.size() == 2);
    run_passes(doc, {"correct_ocr_words"});
    std::size_t mended = 0;
    for (const Edit& e : doc.log.edits()) mended += e.kind == "correct_ocr_symbol" && e.before.starts_with("5/") ? 1U : 0U;
    CHECK(mended == 1);
    CHECK(doc.pages[0].lines[0].text.find("-S/1") != std::string::npos);
    if (std::string(k.lang) == "fr") CHECK(doc.pages[1].lines[0].text.find("document 4/10") != std::string::npos);
    ++ran;
  }
  CHECK(ran == 2);
  // Not printed elsewhere: kept, with a warning.
  Document alone = ocr_document("Further to the letter (A/37/118-5/14910), I wish to inform you.\n", "en");
  run_passes(alone, {"correct_ocr_words"});
  CHECK(alone.pages[0].lines[0].text.find("-5/14910") != std::string::npos);
  bool warned = false;
  for (const Diagnostic& d : alone.log.warnings()) warned |= d.message.find("series letter") != std::string::npos;
  CHECK(warned);
}

// No UN document prints a word mixing Latin and Cyrillic letters: Tesseract
// run with several languages' models reads a Spanish point label "c)" as
// Cyrillic "с)" (U+0441), a Russian "о" as Latin "o". On main both were
// kept as read, with no warning.
TEST_CASE("an OCR word of mixed scripts, or a look-alike letter of another script, is written in its script",
          "[corrections][ocr]") {
  const std::vector<std::pair<std::string, double>> spanish = {
      {"\u0441)", 96}, {"Pide", 95}, {"al", 95}, {"Secretario", 95}, {"General", 95}, {"que", 95}, {"presente", 95},
      {"un", 95}, {"inf\u043Erme", 95}, {"sobre", 95}, {"la", 95}, {"situaci\u00F3n", 95}, {"\u0434e", 95}};
  Document es = ocr_page(spanish, false);
  correct_ocr(es);
  CHECK(es.pages[0].lines[0].text.rfind("c) Pide", 0) == 0);
  CHECK(es.pages[0].lines[0].text.find("informe sobre") != std::string::npos);
  // "дe": Cyrillic "д" has no Latin look-alike: kept, and warned of.
  CHECK(es.pages[0].lines[0].text.find("\u0434e") != std::string::npos);
  std::size_t mended = 0;
  for (const Edit& e : es.log.edits()) mended += e.kind == "mend_mixed_script";
  CHECK(mended == 2);
  std::size_t warned = 0;
  for (const Diagnostic& d : es.log.warnings()) warned += d.message.find("\u0434e") != std::string::npos;
  CHECK(warned == 1);

  // Russian with Latin look-alikes inside its words; a Latin symbol stays.
  const std::vector<std::pair<std::string, double>> russian = {
      {"\u043F\u0440\u0438\u0437\u044B\u0432\u0430\u0435\u0442", 95}, {"\u0432", 95},
      {"c\u043E\u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0438\u0438", 95}, {"\u0441", 95},
      {"\u0440e\u0437\u043E\u043B\u044E\u0446\u0438\u0435\u0439", 95}, {"A/RES/78/214", 95},
      {"\u0413\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u0439", 95},
      {"\u0410\u0441\u0441\u0430\u043C\u0431\u043B\u0435\u0438", 95}};
  Document ru = ocr_page(russian, false);
  correct_ocr(ru);
  const std::string& t = ru.pages[0].lines[0].text;
  CHECK(t.find("\u0441\u043E\u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0438\u0438") != std::string::npos);
  CHECK(t.find("\u0440\u0435\u0437\u043E\u043B\u044E\u0446\u0438\u0435\u0439") != std::string::npos);
  CHECK(t.find("A/RES/78/214") != std::string::npos);

  // Russian UN documents label their points with Latin letters: "g)" and
  // "h)" stay as printed, with no warning ("h" was written as the Bashkir
  // letter "һ", and the scanned fixture lost its point h).
  const std::vector<std::pair<std::string, double>> labels = {
      {"h)", 96}, {"призывает", 95}, {"g)", 95}, {"V", 95},
      {"Генеральной", 95},
      {"Ассамблеи", 95}};
  Document ru_labels = ocr_page(labels, false);
  correct_ocr(ru_labels);
  CHECK(ru_labels.pages[0].lines[0].text.rfind("h) ", 0) == 0);
  CHECK(ru_labels.pages[0].lines[0].text.find(" g) V ") != std::string::npos);
  CHECK(edits_of(ru_labels, "mend_mixed_script").empty());
  std::size_t script_warnings = 0;
  for (const Diagnostic& d : ru_labels.log.warnings()) script_warnings += d.message.find("script") != std::string::npos;
  CHECK(script_warnings == 0);
}

// A Russian word Tesseract read in its Latin look-alikes ("poe" for "рое",
// "APB") is no word a Russian UN document prints in Latin: on main every
// word all in Latin letters in a Russian document was kept with no warning.
// What such a document does print in Latin stays unwarned: point labels,
// roman numerals, symbols and names with a letter that has no Cyrillic
// look-alike.
TEST_CASE("a Latin word of look-alike letters in a Russian OCR document is warned of, printed Latin is not",
          "[corrections][ocr]") {
  const auto script_warnings = [](const Document& doc, std::string_view word) {
    std::size_t n = 0;
    for (const Diagnostic& d : doc.log.warnings())
      n += d.message.find("\"" + std::string(word) + "\"") != std::string::npos &&
           d.message.find("another script") != std::string::npos;
    return n;
  };
  const std::vector<std::pair<std::string, double>> misread = {
      {"\u043F\u0440\u0438\u0437\u044B\u0432\u0430\u0435\u0442", 95}, {"poe", 93}, {"APB", 92},
      {"\u0413\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u0439", 95},
      {"\u0410\u0441\u0441\u0430\u043C\u0431\u043B\u0435\u0438", 95}};
  Document ru = russian_ocr_page(misread);
  correct_ocr(ru);
  CHECK(ru.pages[0].lines[2].text.find(" poe APB ") != std::string::npos);  // kept as read
  CHECK(script_warnings(ru, "poe") == 1);
  CHECK(script_warnings(ru, "APB") == 1);

  const std::vector<std::pair<std::string, double>> printed = {
      {"a)", 96}, {"\u043F\u0440\u0438\u0437\u044B\u0432\u0430\u0435\u0442", 95}, {"XXVI", 95}, {"XX", 95},
      {"UNESCO", 95}, {"A/RES/2758", 95}, {"\u0413\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u0439", 95},
      {"\u0410\u0441\u0441\u0430\u043C\u0431\u043B\u0435\u0438", 95}, {"\u0441\u0435\u0441\u0441\u0438\u0438", 95}};
  Document kept = russian_ocr_page(printed);
  correct_ocr(kept);
  CHECK(kept.pages[0].lines[2].text.find("a) ") == 0);
  CHECK(kept.pages[0].lines[2].text.find(" XXVI XX UNESCO A/RES/2758 ") != std::string::npos);
  std::size_t warned = 0;
  for (const std::string_view w : {"a", "XXVI", "XX", "UNESCO", "A", "RES"}) warned += script_warnings(kept, w);
  CHECK(warned == 0);
  CHECK(edits_of(kept, "mend_mixed_script").empty());
}

// Tesseract reads a word it sees badly confidently wrong ("atin" for
// "Latin", "Israél" for "Israël", at 90 and more). On main only words read
// under ocr_correct_below were listed as unknown: these were kept with no
// warning. They are judged by the dictionary of the document's language
// only: a French word is no unknown word in a French document.
TEST_CASE("a word OCR read confidently that the document's language does not know is listed", "[corrections][ocr]") {
  const auto listed = [](const Document& doc, std::string_view word) {
    std::size_t n = 0;
    for (const Diagnostic& d : doc.log.warnings())
      n += d.message.find("OCR read confidently") != std::string::npos &&
           d.message.find("\"" + std::string(word) + "\" (") != std::string::npos;
    return n;
  };
  Document en = ocr_page({{"the", 95}, {"atin", 94}, {"text", 95}, {"of", 95}, {"the", 95}, {"report", 95}, {"UNCTAD", 96}});
  correct_ocr(en);
  CHECK(listed(en, "atin") == 1);
  CHECK(listed(en, "UNCTAD") == 0);  // an initialism in capitals
  CHECK(listed(en, "report") == 0);

  std::string text;
  for (int i = 0; i < 3; ++i)
    text += "L'Assemblée de l'Organisation des Nations Unies demande au Secrétaire général de présenter un rapport "
            "sur la situation dans les territoires occupés\n";
  // Each word of this line printed once: judged by the dictionary alone.
  text += "la délégation de Israél a déclaré que la question générale est importante\n";
  Document fr = ocr_document(text, "fr");
  for (Line& line : fr.pages[0].lines) {
    line.words = words_at_spaces(line.text);
    for (Word& w : line.words) w.confidence = 95;
  }
  correct_ocr(fr);
  CHECK(listed(fr, "Israél") == 1);
  CHECK(listed(fr, "générale") == 0);
  CHECK(listed(fr, "délégation") == 0);

  // No dictionary of the language: no word judged, and a warning says so.
  Document zh = ocr_page({{"大会", 95}, {"请秘书长", 95}, {"向大会", 95}, {"报告", 95}}, false);
  zh.language = "zh";
  correct_ocr(zh);
  std::size_t unjudged = 0, any_listed = 0;
  for (const Diagnostic& d : zh.log.warnings()) {
    unjudged += d.message.find("judged by no dictionary") != std::string::npos;
    any_listed += d.message.find("known to neither the dictionary") != std::string::npos;
  }
  CHECK(unjudged == 1);
  CHECK(any_listed == 0);
}
