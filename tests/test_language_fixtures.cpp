// The six official languages: one resolution laid out from the UN's own
// text in English, French, Spanish, Russian, Arabic and Chinese
// (scripts/make-language-fixtures.py, at test time, into AKN_TEST_CACHE_DIR,
// which the release and the sanitizer build of a checkout share),
// born-digital and scanned, converted and measured against its known text
// and the structure counts of the UN's AKN of each language.
//
// Tags:
//   [languages]            what holds today: every version converts to
//                          schema-valid AKN; the English one has the right
//                          language, the UN's counts and a small CER; the
//                          measurements (counts, CER) of every language are
//                          printed.
//                          all six born-digital in full (Arabic since its
//                          marks, paragraphs and notes are read right to
//                          left: core/bidi.hpp, unwrap_lines).
//   [target]               hidden: the "Done when" of issue 20 for all six
//                          languages (language codes, the same counts in
//                          all six, CER bounds), not met yet.
// All skip, with a message, when ../shared/unakn/languages, python3 or
// LibreOffice (soffice) is missing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <system_error>

#include <nlohmann/json.hpp>
#include <unistd.h>

#include "core/bidi.hpp"
#include "core/text.hpp"
#include "tests/support.hpp"
#include "tools/agreement.hpp"

using namespace akn;
using namespace akn::test;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kLanguages = {"en", "fr", "es", "ru", "ar", "zh"};
const std::string kStem = "A_RES_78_214";
// Tesseract's language of each version when it is scanned.
const std::map<std::string, std::string> kOcrLanguage = {{"en", "eng"}, {"fr", "fra"}, {"es", "spa"},
                                                         {"ru", "rus"}, {"ar", "ara"}, {"zh", "chi_sim"}};

// CER bounds of the clean text against the known text. Measured on
// 2026-12-02 (README, tests): English 0.0000 born-digital, 0.0007 scanned;
// French, Spanish and Russian born-digital 0.015 to 0.025 and French and
// Spanish scanned 0.017 to 0.027 before the pipeline knew those languages
// (their paragraphs are read as one sequence, their text nearly whole).
// With the six languages known to the pipeline, English, French, Spanish
// and Chinese born-digital meet the 1% bound (Chinese 0.91 before its text
// layer was kept, 0.0000 since); Arabic too (0.78 read as printed, 0.110
// in reading order with its marks detached and its paragraphs run
// together, 0.0000 since): the scanned bounds are the targets of [target].
constexpr double kBornDigitalCer = 0.01;
constexpr double kScannedCerEnglish = 0.005;
constexpr double kScannedCer = 0.03;
// Russian scanned, read upright in Cyrillic: since 2026-12-03 (second
// session) its lines with no tall letters stay in their paragraph and its
// misread point labels are read from their sequence, so it meets the
// scanned bound (0.0020 measured; 0.076 before, read as rus+eng; 0.126 as
// rus, 0.92 turned over).
constexpr double kRussianScannedCer = kScannedCer;

// Arabic scanned (Tesseract `ara` on the fixture's face drops letters
// and digits): the bound of what is measured today.
// Its notes, under the separator at the right end of the text, are
// collected since the separator's box is measured and a right-to-left note
// starts at its right (0.291, 12 of 15 notes; 0.367 and none before).
// Since 2026-12-03 its Arabic commas, which Tesseract reads as closing
// guillemets, are commas again (0.2865), and its blocks are read again as
// one block where Tesseract's layout analysis lost lines (0.2386;
// preambular paragraphs 57, from 65: lost lines split them), and numbers
// whose figures it dropped read again (0.2368).
// Since 2026-12-03 its first point's label, read "(1)" for "(أ)", is the
// letter again, and the text OCR left unlabelled after the points goes on
// their wrap-up in reading order, not on the paragraph's text before them
// (0.2225; points 4, from 3).
// Since 2026-12-03 (lang-ar) its lines are read in their page's steady
// type (Tesseract's size of an Arabic row changes with its dots and marks)
// and a short line ends its paragraph though OCR lost its comma, text left
// unlabelled between two points stays between them, and its point (h) is
// no longer taken for notes in small type at the end of the document
// (0.1975; preambular paragraphs 38, from 53; attachments 1, from 2),
// and a paragraph goes on over a line Tesseract lost, with a warning
// (preambular paragraphs 36).
// Since 2026-12-03 (lang-ar3) the lengths of running heads are counted in
// characters, not bytes, so that its head of the symbol and the title (118
// characters, 210 bytes) is tried as a Latin one: two of its five heads,
// read alike on their pages, recur and are furniture (0.1850; preambular
// paragraphs 34); and a head that long recurs as OCR read it when most
// pages hold it: four of its five heads go (0.1713; preambular paragraphs
// 32).
// Since 2026-12-04 (lang-ar-ocr) a paragraph's opening line whose number or
// label OCR lost, run into the line above, is read again alone in its
// baseline's band, and a number with figures dropped takes its place in the
// sequence: points 9, from 4; numbers opening their lines 11 of 12, from 9
// (akn-cer --body 17.14% to 16.76%).
// Since 2026-12-04 (lang-ar4) a fragment Tesseract split off a line of
// page 4 ("3", 3 pt) no longer cuts its paragraph (preambular paragraphs
// 31), and its date under the meeting line, read with its month misread
// ("9 كانون الأول/دسمبر 2023"), is the conclusions' date, not an
// attachment (attachments 0, from 1).
constexpr double kArabicScannedCer = 0.16;  // 0.1565 measured since its notes are set flush right, as the UN sets them, and collected (0.1675 before, left-aligned; 0.1713 before that (0.1850 before, 0.1975 before that, 0.2225 before that, 0.2368 before that, 0.291 before that, 0.367 before its notes were collected, 0.509 before its lines were kept whole))
constexpr std::size_t kArabicScannedPoints = 9;  // of the UN's 12 since its lost point labels are read again (lang-ar-ocr; 4 before, 3 before "(1)" was read "(أ)")
constexpr std::size_t kArabicScannedNotes = 13;  // collected, of 15 (13 measured since they are set flush right; notes 14 and 15, on page 4: not yet)
// Notes linked (of 15): 3 measured 2026-12-04 (lang-ar6), notes 6 and 8
// and one raised "5" OCR read on page 4. Its marks stand after years
// ("2023¹²"), left of them on the page; where OCR runs one into its year
// it puts the mark's figures ahead of the year's ("22023'»" for note 12),
// which the cleanup reads where the word's ink rises above its line's
// numbers, but on right-to-left OCR lines the words' boxes are the line's
// band (ingest/ocr.cpp, put_right_to_left_lines_as_printed), so no word
// rises and the figures stay as printed. Of the other eleven, Tesseract
// `ara` drops the mark (2011¹, 2012², 2015⁴) or reads the year and its
// mark at a line's right end as one figure ("6" for "2016⁵"). A speck read
// as "01" on page 5 no longer closes the span of open notes.
// Since 2026-12-04 (lang-ar7) each OCR word's own ink says what of it stands
// raised, which survives the band: "22023'»" is note 12's mark after 2023
// (4 linked; CER 0.1564, from 0.1565). Raised ink is a mark's size
// (lang-ar8): a "20" of the body's size OCR read in a line of specks on
// page 4, over a baseline it fitted askew, stood as a mark before (CER
// 0.1594: note 13's last line there was kept as text).
constexpr std::size_t kArabicScannedLinkedNotes = 4;
// Where its lines are lost (arabic-scan, 2026-12-05): not the furniture
// pass (its 9 edits are the five running heads and four foot lines "23-6
// 6/4"), nor the blocks read again (they gain lines: 17 to 19, 19 to 20 on
// page 3), but Tesseract's layout analysis, which sets two close Arabic rows
// in one line box (page 3: 693-855 px, two rows) and reads one of them; the
// `tesseract -l ara` command on the same image reads that paragraph whole
// and loses others, and so does the pipeline with deskew off (other lines
// lost, clean text CER 43.6% against 24.5%).
constexpr std::size_t kArabicScannedPreambleAtMost = 28;  // 28 measured (lang-ar6, 2026-12-04) since its notes, set flush right, are collected (31 before, since a fragment OCR split off a line ends no paragraph (UN: 27; 32 since its long heads recur as OCR read them; 34 before, since its heads' lengths are counted in characters; 36 before that, since its lines are read in one steady type and go on over lines OCR lost; 38 before the lost lines, 53 before, 57, 63 to 65 before that))
// Attachments: the UN's none, since the date OCR read with its month
// misread is the conclusions' (1 before, the text after the conclusions;
// 2 before its point (h) stayed a point).
constexpr std::size_t kArabicScannedAnnexesAtMost = 0;

// Chinese scanned, read as chi_sim+eng: the bound of what is measured
// today. Lines of Latin nonsense the English model made of Han lines
// ("To, BOL, Piola HARA RETA" for the title's second line) are read again
// in Chinese alone, and the running heads whose title OCR misread a
// character of are furniture.
// Since 2026-12-03 (lang-zh) its paragraph numbers whose full stop OCR read
// as a full-width comma or lost ("10，呼吁", "5 确认") are read from the
// numbering (operative paragraphs 12 of 12, from 8; 0.0727), its point
// labels misread before Han text ("人)", "(cj]", "(采取") from the list's
// sequence, which keeps those points in their place (points 12 of 12,
// from 8; 0.0330), and the quote marks OCR read after a label are removed
// (0.0311), and a one-line preambular paragraph is no longer run into the
// next (preambular paragraphs 27 of 27, from 26). What is left is mostly
// Han characters chi_sim misreads on this face ("谴" read "误", "歧" read
// "眩") and the first preambular paragraph's raised note marks (notes
// linked 6 of 15).
// Since 2026-12-03 (lang-zh3) its marks read as figures glued to Han, after
// a sign OCR added, after ASCII punctuation or run into the year after them
// are taken where the numbering expects them (notes linked 10 of 15; 0.0300),
// and the closing quote OCR read before the title is removed (0.0298). What
// is left of the notes is page 1's notes 9 to 12, whose marks read "°",
// "°", "4" and "2" (the "4" fits no note: the span is left as printed),
// and note 14's, lost.
// Since 2026-12-04 (zh-notes) its lines of dates the English model read as
// Latin ("6 A 22 A 43/34 5. °") are read again in Chinese alone with their
// raised marks (0.0245; notes linked 12).
constexpr double kChineseScannedCer = 0.026;  // 0.0241 measured (0.0245 before notes 12 and 14 were linked, 0.0298 before, 0.0311 before, 0.0735 on merged main 2026-12-03, 0.1046 before, 0.107 before its notes 10 to 15 were collected, 0.158 before)
// Its notes collected (of 15), linked or not: notes 10 to 15, whose
// numbers OCR glued to the Han they open with ("10同上"), ran into note 9
// before (9 collected).
constexpr std::size_t kChineseScannedNotes = 15;
// Its notes linked (of 15): marks OCR read after full-width punctuation
// ("号、7 2019年", "《公约》?”"), taken page by page where a span's marks
// and open notes are not as many (measured 2026-12-03: 6; 1 before), and
// marks read glued to Han, after a stray sign, after ASCII punctuation or
// run into a year (10 since lang-zh3), and notes 9 and 10, whose line of
// dates the English model had read as Latin ("6 A 22 A 43/34 5. °"), read
// again in Chinese alone with their raised marks (12 since zh-notes; notes
// 11 and 12, read "4" and "2" on the line after, stay as printed).
// Since 2026-12-05 (lang) 14: note 12's mark read "，2以及" is taken where it
// reads the figures of one open note of its page alone (note 11's, glued
// between Han and read "4", is still lost), and note 14's, read as a second
// closing title mark ("行动计划》》,"), is a candidate the numbering takes
// (CER 0.0241, from 0.0245).
constexpr std::size_t kChineseScannedLinkedNotes = 14;
constexpr std::size_t kChineseScannedLatinWords = 8;  // 4 measured (42 before)

// Notes the English, French, Spanish and Russian scans must link (of 15),
// the last three printing their marks before the comma (see
// check_scanned_valid). Measured 2026-12-03: English and French 15 since a
// raised mark run into the number before it ("2019⁸," read "20195,") or
// read as two signs ("2019,°®") is the note the numbering expects there
// (14 before: note 8 unlinked); Spanish 15 and Russian 15 since a raised
// figure misread out of the numbering and a raised 3 read "з" are taken as
// misread marks (before: Spanish 8, Russian 13).
constexpr std::size_t kScannedNotesBeforeComma = 15;
constexpr std::size_t kSpanishScannedNotes = 15;
constexpr std::size_t kRussianScannedNotes = 15;

// Runs of two or more Latin letters in `text` not part of a symbol (no
// slash or letter beside them: "A/RES/78/214", "Add.2" are not counted):
// on a Chinese page, English words the English model made of Han ones.
std::size_t latin_words(std::string_view text) {
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (!letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && letter(text[end])) ++end;
    const bool apart = (i == 0 || text[i - 1] != '/') && (end == text.size() || text[end] != '/');
    if (apart && end - i >= 2) ++n;
    i = end;
  }
  return n;
}

struct Fixtures {
  std::string dir;     // where the fixtures are; empty when they could not be made
  std::string reason;  // why not
};

// Makes the fixtures once per checkout (the script prints again only what
// changed since the last run, and lets one run at a time write).
const Fixtures& fixtures() {
  static const Fixtures f = [] {
    Fixtures out;
    const std::string sources = shared_dir() + "/unakn/languages";
    if (!fs::is_directory(sources)) return Fixtures{"", "no " + sources};
    if (!have_program("python3")) return Fixtures{"", "python3 is not installed"};
    if (!have_program("soffice")) return Fixtures{"", "LibreOffice (soffice) is not installed"};
    out.dir = std::string(AKN_TEST_CACHE_DIR) + "/language-fixtures";
    const std::string command = "python3 '" + source_dir() + "/scripts/make-language-fixtures.py' --out '" + out.dir +
                                "' --languages '" + sources + "' --stems " + kStem + " --make-scan '" +
                                AKN_MAKE_SCAN + "' > /dev/null";
    if (std::system(command.c_str()) != 0) return Fixtures{"", "scripts/make-language-fixtures.py failed"};
    return out;
  }();
  return f;
}

// Where a test writes what it derives from the fixtures (pages cut out,
// scans of some pages): a directory of this process's own, removed when it
// exits. ctest runs tests side by side, and two of them writing one name
// beside the fixtures read each other's half-written file (CI, 2026-12-06:
// "A_RES_78_214.ar.pages12.pdf: damaged PDF").
std::string derived_path(const std::string& name) {
  struct Directory {
    fs::path path = fs::temp_directory_path() / ("akn-language-derived-" + std::to_string(::getpid()));
    Directory() { fs::create_directories(path); }
    ~Directory() {
      std::error_code ignored;
      fs::remove_all(path, ignored);
    }
  };
  static const Directory directory;
  return (directory.path / name).string();
}

struct Expected {
  std::string symbol, language, akn_language;
  std::map<std::string, std::size_t> counts;
};

Expected expected_of(const std::string& lang) {
  const auto j = nlohmann::json::parse(read_file(fixtures().dir + "/" + kStem + "." + lang + ".expected.json"));
  return {j["symbol"], j["language"], j["akn_language"], j["counts"].get<std::map<std::string, std::size_t>>()};
}



// The clean text from the number and title on (the masthead and the preface
// lines before them are metadata, not body), normalised as the agreement
// harness compares texts (compatibility forms, hyphens, quotes, white
// space). Chinese has no spaces between words: white space is left out
// of both sides there.
std::string comparable(std::string_view text, const std::string& first_line, const std::string& lang) {
  std::string t = agreement::normalise(text);
  const std::string number = first_line.substr(0, first_line.find(' '));
  if (const auto at = t.find(number); at != std::string::npos) t.erase(0, at);
  if (lang == "zh") t.erase(std::remove(t.begin(), t.end(), ' '), t.end());
  return t;
}

// Character error rate of `clean` against the known text.
double cer(const std::string& clean, const std::string& known, const std::string& lang) {
  const std::string first = known.substr(0, known.find('\n'));
  const std::u32string truth = code_points(comparable(known, first, lang));
  const std::u32string got = code_points(comparable(clean, first, lang));
  return truth.empty() ? 1.0 : static_cast<double>(levenshtein(truth, got)) / static_cast<double>(truth.size());
}

struct Measured {
  std::string lang;
  bool valid = false;
  std::vector<std::string> validation_errors;
  std::string akn_language;  // FRBRlanguage
  std::string expression_uri;
  std::map<std::string, std::size_t> counts;
  double cer = 1;
  std::string text;  // the clean text
  std::string akn;
  std::size_t collected_notes = 0;  // notes collected, linked or not
  std::size_t same_paragraphs = 0, reference_paragraphs = 0;
  // Scanned: pages OCR turned over or sideways ("orient"), and pages whose
  // ascenders and descenders said upside down that OSD found upright.
  std::size_t turned_pages = 0, kept_upright = 0;
};

std::map<std::string, std::size_t> counts_of(const agreement::Summary& s) {
  return {{"preamble", s.count(agreement::Kind::preamble)},
          {"operative", s.count(agreement::Kind::operative)},
          {"points", s.count(agreement::Kind::point)},
          {"notes", s.distinct_notes()},
          {"annexes", s.attachments}};
}

// `version`: a language ("ar") or a born-digital variant of one
// ("ar-indic": the script's VARIANTS), measured against its language's AKN.
Measured measure(const std::string& version, bool scanned) {
  const std::string lang = version.substr(0, version.find('-'));
  const std::string base = fixtures().dir + "/" + kStem + "." + version;
  const std::string input = base + (scanned ? ".scan.tif" : ".pdf");
  PipelineConfig config = akn::test::config();
  if (scanned) config.ingest.ocr.languages = kOcrLanguage.at(lang);
  config.text.notes = TextNotes::omit;  // the known text is the body's, without the notes
  const Pipeline pipeline(config);
  const Conversion c = pipeline.convert(fs::path(input).filename().string(), read_file(input));
  Measured m;
  m.lang = lang;
  m.valid = c.validated && c.validation_errors.empty();
  m.validation_errors = c.validation_errors;
  const agreement::Summary ours = agreement::summary_of_xml(c.akn, input);
  m.akn_language = ours.language;
  m.expression_uri = ours.expression_uri;
  m.counts = counts_of(ours);
  m.cer = cer(c.text, read_file(base + ".known.txt"), lang);
  m.text = c.text;
  m.akn = c.akn;
  m.collected_notes = c.document.footnotes.size();
  for (const Edit& e : c.document.log.edits()) {
    if (e.pass == "ocr_preprocess" && e.kind == "orient") ++m.turned_pages;
    if (e.pass == "ocr_preprocess" && e.kind == "orient_kept") ++m.kept_upright;
  }
  const std::string un = shared_dir() + "/unakn/languages/" + lang + "/" + kStem + "." + lang + ".akn.xml";
  const agreement::Comparison cmp = agreement::compare(agreement::read_summary(un), ours);
  m.same_paragraphs = cmp.same_paragraphs;
  m.reference_paragraphs = cmp.reference_paragraphs;
  return m;
}

// The measurements of all six languages, made once per process and form:
// the cases that share them are sections of one test case, so that ctest
// (a process per test case) converts and OCRs each version once.
const std::vector<Measured>& measured(bool scanned) {
  static std::map<bool, std::vector<Measured>> cache;
  auto& m = cache[scanned];
  if (m.empty())
    for (const std::string& lang : kLanguages) m.push_back(measure(lang, scanned));
  return m;
}

std::string table(const std::vector<Measured>& born, const std::vector<Measured>* scanned) {
  std::ostringstream out;
  out << "lang  AKN  preamble operative points notes annexes  CER born-digital  same paragraphs"
      << (scanned ? "  CER scanned  counts scanned" : "") << "\n";
  for (std::size_t k = 0; k < born.size(); ++k) {
    const Measured& m = born[k];
    out << std::left << std::setw(6) << m.lang << std::setw(5) << (m.akn_language.empty() ? "-" : m.akn_language)
        << std::right << std::setw(8) << m.counts.at("preamble") << std::setw(10) << m.counts.at("operative")
        << std::setw(7) << m.counts.at("points") << std::setw(6) << m.counts.at("notes") << std::setw(8)
        << m.counts.at("annexes") << std::setw(17) << std::fixed << std::setprecision(4) << m.cer << std::setw(12)
        << m.same_paragraphs << "/" << m.reference_paragraphs;
    if (scanned) {
      const Measured& s = (*scanned)[k];
      out << std::setw(13) << s.cer << "  " << s.counts.at("preamble") << "/" << s.counts.at("operative") << "/"
          << s.counts.at("points") << "/" << s.counts.at("notes") << "/" << s.counts.at("annexes");
    }
    out << "\n";
  }
  return out.str();
}

#define SKIP_WITHOUT_FIXTURES()                                                   \
  if (fixtures().dir.empty()) {                                                   \
    WARN("skipped: the six-language fixtures cannot be made: " + fixtures().reason); \
    return;                                                                       \
  }

}  // namespace

TEST_CASE("The six-language fixture: what the generator writes", "[languages]") {
  SKIP_WITHOUT_FIXTURES();
  std::size_t checked = 0;
  for (const std::string& lang : kLanguages) {
    INFO(lang);
    const Expected e = expected_of(lang);
    CHECK(e.symbol == "A/RES/78/214");
    CHECK(e.language == lang);
    // The counts written beside the fixture are the UN's own, as the
    // agreement harness reads them off the UN's AKN of that language.
    const auto un = agreement::read_summary(shared_dir() + "/unakn/languages/" + lang + "/" + kStem + "." + lang + ".akn.xml");
    CHECK(e.counts == counts_of(un));
    CHECK(e.akn_language == un.language);
    // Two pages or more, and a scan of the same pages.
    const std::string base = fixtures().dir + "/" + kStem + "." + lang;
    CHECK(fs::file_size(base + ".pdf") > 0);
    CHECK(fs::file_size(base + ".scan.tif") > 0);
    CHECK(read_file(base + ".known.txt").find(e.symbol.substr(6)) == 0);  // starts with "78/214"
    ++checked;
  }
  CHECK(checked == 6);
  // The same structure in all six: the fixture can test cross-language checks.
  CHECK(expected_of("en").counts == expected_of("ar").counts);
  CHECK(expected_of("en").counts == expected_of("zh").counts);
  CHECK(expected_of("en").counts.at("points") == 12);
}

namespace {

void check_born_digital_valid() {
  const auto& born = measured(false);
  REQUIRE(born.size() == 6);
  std::cout << "Six languages, " << kStem << ", born-digital:\n" << table(born, nullptr);
  for (const Measured& m : born) {
    INFO(m.lang << (m.validation_errors.empty() ? "" : ": " + m.validation_errors.front()));
    CHECK(m.valid);
  }
  const Measured& en = born.front();
  const Expected e = expected_of("en");
  CHECK(en.akn_language == "eng");
  CHECK(en.counts == e.counts);
  CHECK(en.same_paragraphs == en.reference_paragraphs);
  CHECK(en.cer < kBornDigitalCer);
}

// One version scanned, read with its OCR language named (made once per
// process: the sections of its case share it).
const Measured& scanned_one(const std::string& lang) {
  static std::map<std::string, Measured> cache;
  auto it = cache.find(lang);
  if (it == cache.end()) it = cache.emplace(lang, measure(lang, true)).first;
  return it->second;
}

void check_scanned_valid(const std::string& lang) {
  const Measured& m = scanned_one(lang);
  const std::vector<Measured> born{measure(lang, false)}, scanned{m};
  std::cout << "The " << lang << " version of " << kStem << ", born-digital and scanned:\n" << table(born, &scanned);
  INFO(m.lang << (m.validation_errors.empty() ? "" : ": " + m.validation_errors.front()));
  CHECK(m.valid);
  // English: its language, its text, its preamble and its notes (all 15
  // linked since 2026-12-03; 14 before).
  if (lang == "en") {
    CHECK(m.akn_language == "eng");
    CHECK(m.counts.at("preamble") == expected_of("en").counts.at("preamble"));
    CHECK(m.cer < kScannedCerEnglish);
    CHECK(m.counts.at("notes") == expected_of("en").counts.at("notes"));
  }
  // French, Spanish and Russian: their notes' marks, printed before the
  // comma, are read (measured 2026-12-03: French 15, "2019⁸," read
  // "20195," taken as note 8's mark; Spanish 15, its marks run into the
  // years and misread as other figures taken by the numbering; Russian 15,
  // two marks read as the letter "з" taken back; before: French 9, then
  // 14; Spanish 8; Russian 2, then 13).
  if (lang == "fr") CHECK(m.counts.at("notes") == kScannedNotesBeforeComma);
  if (lang == "es") CHECK(m.counts.at("notes") >= kSpanishScannedNotes);
  if (lang == "ru") CHECK(m.counts.at("notes") >= kRussianScannedNotes);
  // Spanish and Russian: the UN's counts in full and their text within the
  // scanned bound, since misread paragraph numbers and point labels are
  // read from their sequence and OCR lines with no tall letters stay in
  // their paragraph (measured 2026-12-03: 27/12/12/15/0 both, CER 0.0004
  // and 0.0020; before: Spanish 27/11/11, CER 0.0136; Russian 31/12/10,
  // 0.076).
  if (lang == "es" || lang == "ru") {
    CHECK(m.counts == expected_of(lang).counts);
    CHECK(m.cer < kScannedCer);
  }
  // Chinese: no line of Latin nonsense, no running head in the text
  // (measured 2026-12-03: CER 0.107, 4 Latin words, all in lines of
  // figures or a point's label, and no symbol; before: CER 0.158, 42 and
  // the four running heads), and the UN's 27 preambular paragraphs, 12
  // operative paragraphs and 12 points (26, 8 and 8 before its misread
  // numbers and labels were read from the numbering and its one-line
  // paragraph ended at the next indent).
  if (lang == "zh") {
    CHECK(m.akn_language == "zho");
    CHECK(m.cer < kChineseScannedCer);
    CHECK(m.counts.at("operative") == expected_of("zh").counts.at("operative"));
    CHECK(m.counts.at("points") == expected_of("zh").counts.at("points"));
    CHECK(m.counts.at("preamble") == expected_of("zh").counts.at("preamble"));
    CHECK(latin_words(m.text) <= kChineseScannedLatinWords);
    CHECK(m.text.find(expected_of("zh").symbol) == std::string::npos);
    CHECK(m.collected_notes == kChineseScannedNotes);
    CHECK(m.counts.at("notes") >= kChineseScannedLinkedNotes);
  }
  // Arabic: its formula found though misread, and its lines whole (read
  // right to left by Tesseract, put back in printed order): measured
  // 2026-12-02 96/9/3/0 and CER 0.367 (before: 0/90/4/0, CER 0.509, no
  // formula and every line cut into words); 2026-12-03, its notes under
  // the separator collected (12 of 15), 63/9/3/1 and CER 0.291; then its
  // commas restored and its blocks read again where lines were lost,
  // 57/10/3/2 and CER 0.2386, its numbers read again 0.2368; then, its
  // lines read in one steady type, 38/10/4/2/1 and CER 0.1975 (from
  // 53/10/4/2/2, 0.2225), then 36 over the lines OCR lost; its running
  // heads' lengths counted in characters, 34/10/4/2/1 and CER 0.1850; its
  // long heads recurring as OCR read them, 32/10/4/2/1 and 0.1713; a fragment
  // OCR split off a line and its misread date, 31/10/4/2/0. Tesseract's `ara` still drops digits and
  // letters of this face, and whole lines, which splits paragraphs, and the raised marks.
  if (lang == "ar") {
    CHECK(m.akn_language == "ara");
    CHECK(m.counts.at("preamble") > 0);
    CHECK(m.counts.at("operative") <= expected_of("ar").counts.at("operative"));
    CHECK(m.cer < kArabicScannedCer);
    CHECK(m.collected_notes >= kArabicScannedNotes);
    CHECK(m.counts.at("notes") >= kArabicScannedLinkedNotes);
    CHECK(m.counts.at("preamble") <= kArabicScannedPreambleAtMost);
    CHECK(m.counts.at("points") >= kArabicScannedPoints);
    CHECK(m.counts.at("annexes") <= kArabicScannedAnnexesAtMost);
    // Its symbol, printed in Latin at the masthead's top and read by `ara`
    // alone as "2111114", read again in English (arabic-rows, 2026-12-05;
    // before, the document had no symbol: FRBRnumber "nn-67d317b8").
    CHECK(m.akn.find("showAs=\"" + expected_of("ar").symbol + "\"") != std::string::npos);
  }
}

// The scans are upright: none is turned. Leptonica's measure of ascenders
// against descenders reads Cyrillic (few ascenders, many descenders) as
// upside down; Tesseract's orientation detection keeps such a page upright
// (before, every Russian page was turned over and read as garbage: CER
// 0.92).
void check_scanned_upright(const std::string& lang) {
  const Measured& m = scanned_one(lang);
  INFO(m.lang << " scanned");
  CHECK(m.turned_pages == 0);
  if (m.lang == "ru") {
    CHECK(m.kept_upright > 0);
    CHECK(m.akn_language == "rus");
    CHECK(m.cer < kRussianScannedCer);
  }
}

// What holds today, born-digital: all six in full (their language codes,
// the UN's counts, a clean text within 1% of the known one, every paragraph
// equal to the UN's). Arabic measured 2026-12-02: 27/12/12/15, CER 0.0000,
// 51/51 (before its combining marks were put back on their letters, its
// right-side indents read and its "(1)" notes collected: 0/47/12/0, CER
// 0.110, 11/51). The scanned versions other than English are not there
// yet: the [target] case states issue 20's whole target.
void check_born_digital_in_full() {
  std::size_t checked = 0, in_full = 0;
  for (const Measured& m : measured(false)) {
    INFO(m.lang << " born-digital");
    const Expected e = expected_of(m.lang);
    CHECK(m.valid);
    CHECK(m.akn_language == e.akn_language);
    CHECK(m.expression_uri.find("/" + e.akn_language + "@") != std::string::npos);
    ++checked;
    CHECK(m.counts == e.counts);
    CHECK(m.counts == expected_of("en").counts);
    CHECK(m.cer < kBornDigitalCer);
    CHECK(m.same_paragraphs == m.reference_paragraphs);
    ++in_full;
  }
  CHECK(checked == 6);
  CHECK(in_full == 6);
}

}  // namespace

// Sections of one case each: the six versions are converted (and scanned
// ones OCRed) once for both.
TEST_CASE("The six-language fixture born-digital", "[languages][slow]") {
  SKIP_WITHOUT_FIXTURES();
  SECTION("schema-valid AKN in every language and English in full") { check_born_digital_valid(); }
  SECTION("all six languages in full") { check_born_digital_in_full(); }
}

// The scanned versions: a case per language, each OCRing its version once
// for both sections, so that ctest (a process per case) reads the six side
// by side; one case for all six made the longest test of the suite (over
// four minutes under the sanitizers) and the end of every parallel run.
#define AKN_SCANNED_CASE(lang)                                                                   \
  TEST_CASE("The six-language fixture scanned (" lang ")", "[languages][slow][ocr]") {          \
    SKIP_WITHOUT_FIXTURES();                                                                      \
    SECTION("schema-valid AKN, and English in full") { check_scanned_valid(lang); }              \
    SECTION("no page is turned over, Russian included") { check_scanned_upright(lang); }          \
  }
AKN_SCANNED_CASE("en")
AKN_SCANNED_CASE("fr")
AKN_SCANNED_CASE("es")
AKN_SCANNED_CASE("ru")
AKN_SCANNED_CASE("ar")
AKN_SCANNED_CASE("zh")
#undef AKN_SCANNED_CASE

// The cases above cover the six languages, each once: a language left out
// of them would otherwise go unnoticed.
TEST_CASE("The six-language fixture scanned: a case for each of the six languages", "[languages]") {
  std::map<std::string, std::size_t> cases;
  for (const Catch::TestCase& t : Catch::getRegistryHub().getTestCaseRegistry().getAllTests()) ++cases[t.name];
  std::size_t checked = 0;
  for (const std::string& lang : kLanguages) {
    INFO(lang);
    CHECK(cases["The six-language fixture scanned (" + lang + ")"] == 1);
    ++checked;
  }
  CHECK(checked == 6);
}

// A second resolution in Chinese, scanned: A/RES/79/100, whose notes cite
// symbols ("见A/AC.109/2021/2，第3段。", "第70/1号决议。"), a few Han
// characters on a line of Latin letters and figures. Read as chi_sim+eng,
// the English model wins those characters and the line comes out Latin
// fragments ("Ul A/AC.109/2021/2, 38 3 FR,", "8701 SAW."): 3 in its notes
// on main (2026-12-04: "Ul", "FR", "SAW"). Hidden ([.target]) until such a
// line is read again in Chinese alone without losing the raised marks of
// the lines of dates it shares the rule with (lang-zh6: reading them
// alone in chi_sim read "、⁶" as "、8" and "》¹³" as "》3", linked to the
// wrong notes on A/RES/78/214, so the change was left out).
namespace {
const std::string kCitingStem = "A_RES_79_100";

// The note texts' Latin runs of two or more letters that are not part of a
// symbol or address (a word with a slash) nor a Roman numeral ("(XV)").
std::size_t latin_fragments_in_notes(const Document& d) {
  std::size_t n = 0;
  for (const Footnote& f : d.footnotes) {
    std::istringstream words(f.text);
    for (std::string w; words >> w;) {
      if (w.find('/') != std::string::npos) continue;
      std::string letters;
      for (char c : w) letters += ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ? c : ' ';
      std::istringstream runs(letters);
      for (std::string r; runs >> r;)
        if (r.size() >= 2 && r.find_first_not_of("IVXLCDM") != std::string::npos) ++n;
    }
  }
  return n;
}
}  // namespace

TEST_CASE("A Chinese scan whose notes cite symbols reads its notes in Chinese", "[languages][slow][ocr][.target]") {
  SKIP_WITHOUT_FIXTURES();
  const std::string command = "python3 '" + source_dir() + "/scripts/make-language-fixtures.py' --out '" + fixtures().dir +
                              "' --languages '" + shared_dir() + "/unakn/languages' --stems " + kCitingStem +
                              " --langs zh --variants '' --make-scan '" + AKN_MAKE_SCAN + "' > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  const std::string input = fixtures().dir + "/" + kCitingStem + ".zh.scan.tif";
  PipelineConfig config = akn::test::config();
  config.ingest.ocr.languages = kOcrLanguage.at("zh");
  const Conversion c = Pipeline(config).convert(fs::path(input).filename().string(), read_file(input));
  std::size_t reread = 0;
  for (const Edit& e : c.document.log.edits()) reread += e.kind == "latin_read_again" ? 1U : 0U;
  INFO(c.text);
  CHECK(c.document.footnotes.size() >= 7);  // of its 8
  CHECK(latin_fragments_in_notes(c.document) == 0);
  CHECK(reread > 0);
}

// Chinese resolutions of our own text citing many dated resolutions, each
// citation followed by a raised note mark (scripts/make-zh-citation-fixtures.py:
// one page and two, the mark after "号", after "、" and after "，"), scanned.
// Read as chi_sim+eng, the English model won the few Han characters of
// lines of dates ("6 A 22 A 43/34 5. °" for "6月22日第43/34号、⁹") and the
// marks on them were lost; such a line is read again in Chinese alone with
// its raised marks (ingest/ocr.cpp, reread_han_lines_with_stray_latin).
// Each note linked must stand after the citation its mark follows: a mark
// misread is linked to another note, which is worse than none.
namespace {

// Notes linked after their own citation, of the 47 (13 and 34): measured
// 2026-12-04 (zh-notes) 14 (3 and 11), none linked elsewhere; 6 on main
// (3 and 3), no line read again. The one-page document's notes 6 to 13
// are not collected (the note pass leaves them in the body): not this.
constexpr std::size_t kZhCitationLinksRight = 14;

struct CitationLinks {
  std::size_t notes = 0, right = 0, wrong = 0, latin_edits = 0;
};

// The symbols ("43/34") of the citations in `text`.
std::vector<std::string> symbols_in(const std::string& text) {
  static const std::regex symbol(R"((\d+)/(\d+))");
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), symbol); it != std::sregex_iterator(); ++it)
    out.push_back(it->str());
  return out;
}

// The notes of `akn` against `cited` (note number -> the symbol cited
// before its mark): a note is linked right when the text between the note
// before it (or its paragraph's start) and its mark cites that symbol, and
// wrong when it cites another note's symbol only (a symbol OCR misread
// is neither).
CitationLinks citation_links(const std::string& akn, const nlohmann::json& cited) {
  CitationLinks out;
  static const std::regex note(R"re(<authorialNote marker="([0-9]+)")re");
  static const std::regex tag("<[^>]*>");
  std::size_t segment_start = 0;
  for (auto it = std::sregex_iterator(akn.begin(), akn.end(), note); it != std::sregex_iterator(); ++it) {
    ++out.notes;
    const auto at = static_cast<std::size_t>(it->position());
    std::size_t from = std::max(segment_start, akn.rfind("<p", at) == std::string::npos ? 0 : akn.rfind("<p", at));
    const std::string before = std::regex_replace(akn.substr(from, at - from), tag, "");
    const std::size_t close = akn.find("</authorialNote>", at);
    segment_start = close == std::string::npos ? akn.size() : close;
    const std::string marker = (*it)[1];
    if (!cited.contains(marker)) {
      ++out.wrong;
      continue;
    }
    const std::vector<std::string> found = symbols_in(before);
    auto cites = [&](const std::string& symbol) { return std::find(found.begin(), found.end(), symbol) != found.end(); };
    if (cites(cited[marker].get<std::string>())) ++out.right;
    else if (std::any_of(cited.begin(), cited.end(), [&](const nlohmann::json& other) { return cites(other.get<std::string>()); }))
      ++out.wrong;
  }
  return out;
}

}  // namespace

TEST_CASE("Chinese scans citing dated resolutions link each note after its citation", "[languages][slow][ocr]") {
  SKIP_WITHOUT_FIXTURES();
  const std::string dir = std::string(AKN_TEST_CACHE_DIR) + "/zh-citation-fixtures";
  const std::string command = "python3 '" + source_dir() + "/scripts/make-zh-citation-fixtures.py' --out '" + dir +
                              "' --make-scan '" + AKN_MAKE_SCAN + "' > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  PipelineConfig config = akn::test::config();
  config.ingest.ocr.languages = kOcrLanguage.at("zh");
  const Pipeline pipeline(config);
  std::size_t converted = 0, notes = 0, right = 0, wrong = 0, edits = 0;
  for (const char* document : {"ZH_CITE_1", "ZH_CITE_2"}) {
    const std::string name = document, base = dir + "/" + name + ".zh";
    const Conversion c = pipeline.convert(name + ".zh.scan.tif", read_file(base + ".scan.tif"));
    const auto cited = nlohmann::json::parse(read_file(base + ".citations.json"));
    const CitationLinks links = citation_links(c.akn, cited);
    std::size_t reread = 0;
    for (const Edit& e : c.document.log.edits()) reread += e.kind == "latin_read_again" ? 1U : 0U;
    std::cout << name << " scanned: " << links.notes << " notes in the AKN for " << cited.size() << ", " << links.right
              << " after their citation, " << links.wrong << " after another; " << reread << " lines read again\n";
    notes += cited.size();
    right += links.right;
    wrong += links.wrong;
    edits += reread;
    ++converted;
  }
  CHECK(converted == 2);
  CHECK(wrong == 0);
  CHECK(right >= kZhCitationLinksRight);
  CHECK(edits > 0);
  CHECK(notes == 47);
}

// The Chinese version as the UN prints it: lead words in bold (not italic),
// run into the text without a space, which Poppler gives as one word with
// the text after it; the formula "大会，"; dates "2023年12月19日" with no
// space between figures and Han; the running head that prints the title
// whole where page 1 breaks it over two lines.
TEST_CASE("The six-language fixture in Chinese: bold lead words, formula, date and running heads",
          "[languages][slow]") {
  SKIP_WITHOUT_FIXTURES();
  const std::string input = fixtures().dir + "/" + kStem + ".zh.pdf";
  const Conversion c = pipeline().convert(fs::path(input).filename().string(), read_file(input));
  const Resolution& r = c.resolution;
  CHECK(r.meta.language == std::optional<std::string>("zh"));
  for (const Page& p : c.document.pages) CHECK_FALSE(p.ocr);  // the text layer is kept
  REQUIRE(r.formula.has_value());
  CHECK(r.body == "General Assembly");
  REQUIRE(r.adoption_date.has_value());
  CHECK(r.adoption_date->iso() == "2023-12-19");
  CHECK(c.akn.find(">2023年12月19日</docDate>") != std::string::npos);
  REQUIRE(r.preamble.size() == 27);
  CHECK(r.preamble[0].lead == "重申");
  CHECK(r.preamble[1].lead == "欢迎");
  CHECK(r.preamble[3].lead == "又重申");
  CHECK(c.akn.find("<span class=\"bold\">表示注意到</span>秘书长的报告；") != std::string::npos);
  std::size_t bold = 0;
  for (std::size_t at = 0; (at = c.akn.find("<span class=\"bold\">", at)) != std::string::npos; ++at) ++bold;
  CHECK(bold == 38);  // 26 preambular leads that open their paragraph, 12 operative
  CHECK(c.akn.find("class=\"italic\"") == std::string::npos);
  // The running heads "A/RES/78/214 打击…行为" are furniture, not paragraphs.
  std::size_t heads = 0;
  for (const Edit& e : c.document.log.edits()) heads += e.kind == "remove_running_head" ? 1U : 0U;
  CHECK(heads == 4);
}

// The Arabic version with its paragraphs numbered in Arabic-Indic digits,
// "١ -" (U+0660 to U+0669) and "۱ -" (U+06F0 to U+06F9), as older Arabic
// documents and some producers print them (the script's variants
// ar-indic and ar-eastern): the same structure as the UN's AKN, the
// clean text its known text, and each <num> as printed. Before the
// paragraph number pattern knew these digits: no operative paragraph.
TEST_CASE("The six-language fixture in Arabic numbered in either set of Arabic-Indic digits",
          "[languages][slow]") {
  SKIP_WITHOUT_FIXTURES();
  std::size_t checked = 0;
  for (const auto& [variant, one] : {std::pair<std::string, std::string>{"ar-indic", "\u0661 -"},
                                     std::pair<std::string, std::string>{"ar-eastern", "\u06F1 -"}}) {
    INFO(variant);
    const Measured m = measure(variant, false);
    const Expected e = expected_of(variant);
    CHECK(m.valid);
    CHECK(m.akn_language == "ara");
    CHECK(m.counts == e.counts);
    CHECK(m.counts == expected_of("en").counts);
    CHECK(m.cer < kBornDigitalCer);
    CHECK(m.same_paragraphs == m.reference_paragraphs);
    CHECK(m.akn.find("<num>" + one + "</num>") != std::string::npos);
    CHECK(m.akn.find("eId=\"para_12\"") != std::string::npos);
    ++checked;
  }
  CHECK(checked == 2);
}

// Issue 20's "Done when" for the fixture, not met yet (issue 20 is open):
// hidden ([.target]), run it by its tag: build/tests/akn_tests "[target]".
// Each version must have its language code, the UN's counts (the same in
// all six), and a clean text close to the known one.
TEST_CASE("The six-language fixture in all six languages: language codes and the same counts and CER",
          "[languages][slow][.target]") {
  SKIP_WITHOUT_FIXTURES();
  std::size_t checked = 0;
  for (bool scanned : {false, true}) {
    for (const Measured& m : measured(scanned)) {
      INFO(m.lang << (scanned ? " scanned" : " born-digital"));
      const Expected e = expected_of(m.lang);
      CHECK(m.valid);
      CHECK(m.akn_language == e.akn_language);
      CHECK(m.expression_uri.find("/" + e.akn_language + "@") != std::string::npos);
      CHECK(m.counts == e.counts);
      CHECK(m.counts == expected_of("en").counts);
      CHECK(m.cer < (scanned ? kScannedCer : kBornDigitalCer));
      if (!scanned) CHECK(m.same_paragraphs == m.reference_paragraphs);
      ++checked;
    }
  }
  CHECK(checked == 12);
}
namespace {
// Notes whose marks page 1 of the French or Russian scan must link (of
// its 13): what the reading finds since their marks are read before the
// comma (see the test below). The rest: French "2019⁸," read "20195,"
// (kept, warned as a second reference to note 5). Russian marks read "з"
// are taken back when the word without the letter is known (11 before).
constexpr std::size_t kLinkedNotesOnPageOne = 12;  // measured: French 12, Russian 13

// Page 1 of the LANG version scanned on its own (akn-make-scan with
// `options`, seed 20) and converted with the version's OCR language named.
Conversion convert_first_page_scanned(const std::string& lang, const std::string& options) {
  const std::string base = fixtures().dir + "/" + kStem + "." + lang;
  const std::string page1 = derived_path(kStem + "." + lang + ".page1.tif");
  const std::string command = std::string("'") + AKN_MAKE_SCAN + "' " + options + " --pages 1 --seed 20 '" + base +
                              ".pdf' '" + page1 + "' > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  PipelineConfig config = akn::test::config();
  config.ingest.ocr.languages = kOcrLanguage.at(lang);
  return Pipeline(config).convert("page1.tif", read_file(page1));
}
}  // namespace

// The Latin a page in another script prints (the symbol "A/RES/78/214",
// the report "A/78/481/Add.2", "Distr.: General") is read as Latin when
// the language named is Russian or Chinese: the page is read with English
// beside it. Read in the one language, the symbol came out as look-alikes
// ("А/ВЕ5/78/214"). Page 1 of each version, scanned on its own.
TEST_CASE("The six-language fixture scanned: Latin symbols on Russian and Chinese pages stay Latin",
          "[languages][slow][ocr]") {
  SKIP_WITHOUT_FIXTURES();
  std::size_t checked = 0;
  for (const std::string lang : {"ru", "zh"}) {
    INFO(lang);
    const Conversion c = convert_first_page_scanned(lang, "--dpi 300 --binary");
    std::string text;
    for (const Page& p : c.document.pages)
      for (const Line& l : p.lines) text += l.text + "\n";
    CHECK(text.find("A/RES/78/214") != std::string::npos);
    CHECK(text.find("A/78/481/Add.2") != std::string::npos);
    ++checked;
  }
  CHECK(checked == 2);
}

// The note marks of the French and Spanish versions stand before the
// comma ("2011¹,"), where Tesseract runs them into the year ("20111,") or
// reads them as a quote or "!" before the comma ("2011!,"): the raised end
// of such a word is read again as a note number. A raised "0" is the sign
// of "n° 53", never a note. Page 1 scanned on its own, its notes 1 to 13.
TEST_CASE("The six-language fixture scanned: note marks run into years in French and Spanish",
          "[languages][slow][ocr]") {
  SKIP_WITHOUT_FIXTURES();
  std::size_t checked = 0;
  for (const std::string lang : {"fr", "es"}) {
    INFO(lang);
    const Conversion c = convert_first_page_scanned(lang, "--dpi 300 --binary --skew 0.4");
    std::size_t marks = 0, zero = 0;
    for (const Edit& e : c.document.log.edits()) {
      if (e.kind != "superscript_note_mark") continue;
      ++marks;
      if (e.after.find("[^0]") != std::string::npos) ++zero;
    }
    CHECK(zero == 0);
    CHECK(marks >= 6);  // French 1 (note 13) and 3 "n° 53" as note 0 before
    ++checked;
  }
  CHECK(checked == 2);
}


// The French and Russian versions print a note's mark before the comma
// ("2011¹,", "года¹,"), where Tesseract gives the pair's ink to the comma
// or to a quote it reads ("года\",", "года’,", "2011!,"), neither raised:
// the punctuation's height finds the mark, read again as a figure, and in
// a language that quotes with guillemets a double quote glued to a word is
// taken for a misread mark when the numbering says so. The "1er" of "1er
// avril", read "1°", is an ordinal, never a note (it took note 10, whose
// mark stands after "2021"). Page 1 scanned on its own, its notes 1 to 13:
// on main's code, French 8 linked (and "1°" as note 10), Russian 2.
TEST_CASE("The six-language fixture scanned: note marks run into the comma after them in French and Russian",
          "[languages][slow][ocr]") {
  SKIP_WITHOUT_FIXTURES();
  std::size_t checked = 0;
  for (const std::string lang : {"fr", "ru"}) {
    INFO(lang);
    const Conversion c = convert_first_page_scanned(lang, "--dpi 300 --binary --skew 0.4");
    const agreement::Summary s = agreement::summary_of_xml(c.akn, "page1.tif");
    std::cout << "The " << lang << " page 1 scanned on its own: " << s.distinct_notes() << " notes linked\n";
    CHECK(s.distinct_notes() >= kLinkedNotesOnPageOne);
    for (const Edit& e : c.document.log.edits())
      if (e.kind == "misread_note_mark") CHECK(e.before.find(" 1\u00B0") == std::string::npos);
    ++checked;
  }
  CHECK(checked == 2);
}


// The Arabic version as LibreOffice prints it right to left: harakat and
// tanwin whose glyphs the text layer gives apart from their letters, notes
// numbered "(1)" under the separator, paragraphs indented from the right.
TEST_CASE("The six-language fixture in Arabic: marks on their letters and notes and paragraphs found",
          "[languages][slow]") {
  SKIP_WITHOUT_FIXTURES();
  const std::string input = fixtures().dir + "/" + kStem + ".ar.pdf";
  const Conversion c = pipeline().convert(fs::path(input).filename().string(), read_file(input));
  const Resolution& r = c.resolution;
  CHECK(r.meta.language == std::optional<std::string>("ar"));
  CHECK(detached_mark(c.text) == std::string::npos);
  CHECK(c.text.find("علناً أو سراً،") != std::string::npos);
  CHECK(c.text.find("أمرٌ") != std::string::npos);
  CHECK(c.text.find("يُرتكب") != std::string::npos);
  CHECK(c.text.find("الأساسية كافة") != std::string::npos);
  REQUIRE(r.formula.has_value());
  CHECK(r.preamble.size() == 27);
  REQUIRE(c.document.footnotes.size() == 15);
  for (std::size_t k = 0; k < c.document.footnotes.size(); ++k)
    CHECK(c.document.footnotes[k].marker == std::to_string(k + 1));
  // The points' eIds carry their Arabic letters, as the UN's do
  // ("point_أ"); never an empty one ("point_", then "point__2").
  CHECK(c.akn.find("__point_\u0623\"") != std::string::npos);
  CHECK(c.akn.find("__point_\"") == std::string::npos);
  CHECK(c.akn.find("__point__") == std::string::npos);
  // Every line's reading order passed the check.
  for (const Diagnostic& d : c.document.log.warnings()) CHECK(d.pass != "ingest");
}

namespace {
// The notes of pages 1 and 2 of the Arabic version: 1 to 10 on page 1, 11
// to 13 on page 2 (the generator's layout; notes 14 and 15 stand on page 4).
constexpr std::size_t kArabicNotesOnPagesOneTwo = 13;
// Notes set flush right end at one edge: within kFlushRightSpread points
// (a scan's boxes, deskewed, within a point or two).
constexpr double kFlushRightSpread = 4;

// The Arabic version's pages 1 and 2, born-digital (pdfseparate and
// pdfunite) or scanned (akn-make-scan as the fixture's scan is made),
// converted; nullopt when poppler's tools are missing.
std::optional<Conversion> convert_arabic_pages_one_two(bool scanned) {
  const std::string base = fixtures().dir + "/" + kStem + ".ar";
  const std::string derived = derived_path(kStem + ".ar");
  const std::string out = derived + (scanned ? ".pages12.tif" : ".pages12.pdf");
  std::string command;
  if (scanned) {
    command = std::string("'") + AKN_MAKE_SCAN + "' --dpi 300 --skew 0.4 --specks 100 --binary --seed 20 --pages 1-2 '" +
              base + ".pdf' '" + out + "' > /dev/null";
  } else {
    if (!have_program("pdfseparate") || !have_program("pdfunite")) return std::nullopt;
    command = "pdfseparate -f 1 -l 2 '" + base + ".pdf' '" + derived + ".page%d.pdf' && pdfunite '" + derived +
              ".page1.pdf' '" + derived + ".page2.pdf' '" + out + "'";
  }
  REQUIRE(std::system(command.c_str()) == 0);
  PipelineConfig config = akn::test::config();
  if (scanned) config.ingest.ocr.languages = kOcrLanguage.at("ar");
  return Pipeline(config).convert(fs::path(out).filename().string(), read_file(out));
}

// The notes collected of pages 1 and 2, in order 1 to 13, each on its
// page.
void check_arabic_notes_one_to_thirteen(const Conversion& c) {
  REQUIRE(c.document.footnotes.size() == kArabicNotesOnPagesOneTwo);
  for (std::size_t k = 0; k < c.document.footnotes.size(); ++k) {
    CHECK(c.document.footnotes[k].marker == std::to_string(k + 1));
    CHECK(c.document.footnotes[k].page == (k < 10 ? 1 : 2));
  }
}
}  // namespace

namespace {
// Whether `text` holds a Latin letter between two Arabic letters (never printed).
bool latin_inside_arabic_word(const std::string& text) {
  const auto arabic = [](char32_t c) { return c >= 0x0620 && c <= 0x06FF; };
  const auto latin = [](char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F); };
  char32_t a = 0, b = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = next_code_point(text, i);
    if (arabic(a) && latin(b) && arabic(c)) return true;
    a = b;
    b = c;
  }
  return false;
}

// The Arabic version re-made by pdftocairo (all of it, or its pages 1 and
// 2), converted; nullopt when poppler's tools are missing.
std::optional<Conversion> convert_arabic_by_cairo(bool two_pages) {
  if (!have_program("pdftocairo") || !have_program("pdfseparate") || !have_program("pdfunite")) return std::nullopt;
  const std::string base = fixtures().dir + "/" + kStem + ".ar";
  const std::string derived = derived_path(kStem + ".ar");
  std::string source = base + ".pdf";
  std::string command;
  if (two_pages) {
    source = derived + ".cairo-pages12-source.pdf";
    command = "pdfseparate -f 1 -l 2 '" + base + ".pdf' '" + derived + ".cairo-page%d.pdf' && pdfunite '" + derived +
              ".cairo-page1.pdf' '" + derived + ".cairo-page2.pdf' '" + source + "' && ";
  }
  const std::string out = derived + (two_pages ? ".cairo-pages12.pdf" : ".cairo.pdf");
  command += "pdftocairo -pdf '" + source + "' '" + out + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  return pipeline().convert(fs::path(out).filename().string(), read_file(out));
}
}  // namespace

// pdftocairo re-embeds the fixture's Amiri with another ascent and descent
// (word boxes 1.5 em tall where LibreOffice gave 1.11 em) and part of it
// under WinAnsi, coding the lam-kaf ligature's glyph as U+00EF. On main:
// "الïكراهية" in the text, 33 preambular paragraphs for the UN's 27 (the
// lines of a paragraph overlapped, so no space set paragraphs apart), and
// the last word of point (c), "للتوعية؛", read at the end of point (b).
TEST_CASE("The six-language fixture in Arabic re-made by pdftocairo reads as the original", "[languages][slow]") {
  SKIP_WITHOUT_FIXTURES();
  const auto whole = convert_arabic_by_cairo(false);
  if (!whole) {
    WARN("skipped: poppler's pdftocairo, pdfseparate or pdfunite is missing");
    return;
  }
  CHECK_FALSE(latin_inside_arabic_word(whole->text));
  CHECK(whole->text.find("\u0627\u0644\u0643\u0631\u0627\u0647\u064A\u0629") != std::string::npos);  // الكراهية
  CHECK(whole->resolution.preamble.size() == 27);
  CHECK(whole->text.find("\u0641\u0639\u0627\u0644\u0629 \u0644\u0644\u062A\u0648\u0639\u064A\u0629\u061B") !=
        std::string::npos);  // فعالة للتوعية؛
  // Two pages: the same preambular paragraphs as the original's pages 1 and 2.
  const auto two = convert_arabic_by_cairo(true);
  const auto original = convert_arabic_pages_one_two(false);
  REQUIRE(two);
  REQUIRE(original);
  CHECK_FALSE(latin_inside_arabic_word(two->text));
  CHECK(two->resolution.preamble.size() == original->resolution.preamble.size());
}

// The UN sets an Arabic page's notes right to left and flush right, under
// a separator drawn at the right end of the text; the generator lays them
// out so. On the scan, Tesseract boxes page 1's separator 5 pixels under
// its ink with no width, and the measure of its ink (ingest/ocr.cpp) looked
// only a pixel around the box: no separator, and every note of the page
// stayed in the body (on main's code: 0 notes collected of pages 1 and 2
// scanned, since the generator sets the notes flush right). Born-digital,
// the text layer's notes are collected by their type and the drawn rule.
// A two-page document: pages 1 and 2 of the Arabic version.
TEST_CASE("The six-language fixture in Arabic: notes set flush right collected born-digital and scanned",
          "[languages][slow][ocr]") {
  SKIP_WITHOUT_FIXTURES();
  std::size_t checked = 0;
  for (const bool scanned : {false, true}) {
    INFO((scanned ? "scanned" : "born-digital"));
    const auto c = convert_arabic_pages_one_two(scanned);
    if (!c) {
      WARN("skipped: pdfseparate or pdfunite (poppler-utils) is not installed");
      continue;
    }
    CHECK(c->document.pages.size() == 2);
    check_arabic_notes_one_to_thirteen(*c);
    // Flush right: the notes' first lines end at one right edge (set
    // flush left, their ends spread over 54 pt on page 1).
    double right_min = 1e9, right_max = 0;
    for (const Footnote& f : c->document.footnotes) {
      const Line& first = c->document.pages[static_cast<std::size_t>(f.page - 1)].lines[static_cast<std::size_t>(f.line)];
      REQUIRE(first.box.has_value());
      right_min = std::min(right_min, first.box->x1);
      right_max = std::max(right_max, first.box->x1);
    }
    CHECK(right_max - right_min <= kFlushRightSpread);
    ++checked;
  }
  CHECK(checked == (have_program("pdfseparate") && have_program("pdfunite") ? 2u : 1u));
}

namespace {
// The text of the first element `open` ("<docStatus") in `xml`, after its
// start tag; empty when there is none.
std::string element_text(const std::string& xml, const std::string& open, std::size_t from = 0) {
  const std::size_t at = xml.find(open, from);
  if (at == std::string::npos) return {};
  const std::size_t begin = xml.find('>', at) + 1, end = xml.find('<', begin);
  // No-break spaces ("71\u00A0b)") as the clean text writes them: spaces.
  std::string text = xml.substr(begin, end - begin);
  for (std::size_t nbsp = text.find("\u00A0"); nbsp != std::string::npos; nbsp = text.find("\u00A0"))
    text.replace(nbsp, 2, " ");
  return collapse_spaces(text);
}
}  // namespace

// Each version's cover page says what its page prints, as the UN's own AKN
// of that version writes it: the Organization ("Nations Unies",
// "الأمــم المتحـدة" with its tatweel), the organ ("Assemblée générale"),
// the distribution ("Distr. générale"; the Russian, Arabic and Chinese
// pages print "Distr.: General"), the session and the agenda item
// ("Soixante-dix-huitième session", "Point 71 b) de l’ordre du jour"),
// none of them left in the preface; the organ stays English where it is an
// identifier (the IRIs' actor "unga"). Every warning and edit quotes whole
// characters.
TEST_CASE("The six-language fixture: the cover page of each version says what its page prints", "[languages][slow]") {
  SKIP_WITHOUT_FIXTURES();
  std::size_t checked = 0, titled = 0;
  for (const std::string& lang : kLanguages) {
    INFO(lang);
    const std::string un = read_file(shared_dir() + "/unakn/languages/" + lang + "/" + kStem + "." + lang + ".akn.xml");
    const std::string input = fixtures().dir + "/" + kStem + "." + lang + ".pdf";
    const Conversion c = pipeline().convert(fs::path(input).filename().string(), read_file(input));
    const std::size_t cover = c.akn.find("<coverPage>"), preface = c.akn.find("<preface>");
    REQUIRE(cover != std::string::npos);
    REQUIRE(preface != std::string::npos);
    const std::string ours = c.akn.substr(cover, c.akn.find("</coverPage>") - cover);
    const std::string organization = element_text(un, "<docAuthority refersTo=\"#publisher\"");
    const std::string organ = element_text(un, "<docAuthority refersTo=\"#issuingBody\"");
    const std::string status = element_text(un, "<docStatus");
    const std::string session = element_text(un, "<session");
    const std::string agenda = element_text(un, "name=\"agenda item\"");
    for (const std::string& value : {organization, organ, status, session, agenda}) {
      INFO(value);
      REQUIRE_FALSE(value.empty());
      CHECK(ours.find(">" + value + "</") != std::string::npos);
    }
    // Not (also) left as text of the preface.
    const std::string preface_text = c.akn.substr(preface, c.akn.find("</preface>") - preface);
    for (const std::string& value : {organization, session, agenda}) CHECK(preface_text.find(value) == std::string::npos);
    // The session's number as the UN's AKN records it (value="78"), read
    // from the ordinal words in every language.
    const std::size_t un_session = un.find("<session");
    const std::size_t un_value = un.find("value=\"", un_session);
    REQUIRE(un_value != std::string::npos);
    const std::string value = un.substr(un_value, un.find('"', un_value + 7) + 1 - un_value);
    CHECK(ours.find("<session " + value) != std::string::npos);
    // The agenda item's title is the cover page's (in Arabic too, whose
    // right-to-left lines the masthead measures from their start), not
    // lines of the preface out of order.
    // (The French version prints none.)
    if (const std::string agenda_title = element_text(un, "name=\"agenda item name\""); !agenda_title.empty()) {
      // Chinese has no spaces between words: compared without them.
      auto bare = [&](std::string t) {
        if (lang == "zh") t.erase(std::remove(t.begin(), t.end(), ' '), t.end());
        return t;
      };
      CHECK(bare(ours).find(">" + bare(agenda_title) + "</") != std::string::npos);
      CHECK(preface_text.find(agenda_title.substr(0, 30)) == std::string::npos);
      ++titled;
    }
    // The preface marks the kind, the body and the Main Committee in every
    // language, as in English.
    for (const char* tag : {"<docType refersTo=\"#resolution\">", "<docAuthority refersTo=\"#unga\">",
                            "<docProponent refersTo=\"#mainCommittee\">"})
      CHECK(preface_text.find(tag) != std::string::npos);
    if (lang != "en") CHECK(ours.find("General Assembly") == std::string::npos);
    CHECK(c.resolution.meta.body == std::optional<std::string>("General Assembly"));
    CHECK(c.akn.find("/akn/un/") != std::string::npos);
    CHECK(c.resolution.actor == "unga");
    for (const Diagnostic& d : c.document.log.warnings()) CHECK(is_valid_utf8(d.message));
    for (const Edit& e : c.document.log.edits()) {
      CHECK(is_valid_utf8(e.before));
      CHECK(is_valid_utf8(e.after));
    }
    ++checked;
  }
  CHECK(checked == 6);
  CHECK(titled == 5);
}

// Paragraph numbers and point labels of scans (issues 19 and 20): the
// numbers ("1 -", "1.") and labels ("(أ)", "a)") that open the lines of the
// clean text, counted against those of the known text (each as often as the
// known text has it). Tesseract's layout analysis runs an Arabic line into
// the one above, where the number or label standing alone at its right end
// is lost or misread ("(ج)" as "اج اتش 08", "(ه)" as "7", "10 -" as
// "0 -"); such lines are read again alone in their baseline's band, and a
// number with figures dropped takes its place in the sequence. Two other
// resolutions of ../shared/unakn/languages, in Arabic and in French (a
// Latin script, which the Arabic repairs must leave as it was).
namespace {

const std::vector<std::string> kOpeningStems = {"S_RES_2735", "A_RES_79_100"};

const Fixtures& opening_fixtures() {
  static const Fixtures f = [] {
    const std::string sources = shared_dir() + "/unakn/languages";
    if (!fs::is_directory(sources)) return Fixtures{"", "no " + sources};
    if (!have_program("python3")) return Fixtures{"", "python3 is not installed"};
    if (!have_program("soffice")) return Fixtures{"", "LibreOffice (soffice) is not installed"};
    const std::string dir = std::string(AKN_TEST_CACHE_DIR) + "/language-fixtures";
    const std::string command = "python3 '" + source_dir() + "/scripts/make-language-fixtures.py' --out '" + dir +
                                "' --languages '" + sources + "' --stems S_RES_2735,A_RES_79_100 --langs ar,fr --make-scan '" +
                                AKN_MAKE_SCAN + "' > /dev/null";
    if (std::system(command.c_str()) != 0) return Fixtures{"", "scripts/make-language-fixtures.py failed"};
    return Fixtures{dir, ""};
  }();
  return f;
}

// The numbers and labels opening the lines of `text`.
std::map<std::string, std::size_t> openings(const std::string& text) {
  static const std::regex number("^([0-9]{1,3})(?:\\.| ?-) ");
  static const std::regex label("^\\(?([^) ]{1,8})\\) ");
  std::map<std::string, std::size_t> found;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_search(line, m, number)) ++found["n" + m.str(1)];
    else if (std::regex_search(line, m, label)) ++found["p" + m.str(1)];
  }
  return found;
}

struct OpeningCount {
  std::size_t numbers = 0, labels = 0, known_numbers = 0, known_labels = 0;
};

OpeningCount count_openings(const std::string& clean, const std::string& known) {
  const auto ours = openings(clean), truth = openings(known);
  OpeningCount c;
  for (const auto& [key, n] : truth) {
    const auto it = ours.find(key);
    const std::size_t same = it == ours.end() ? 0 : std::min(n, it->second);
    (key[0] == 'n' ? c.numbers : c.labels) += same;
    (key[0] == 'n' ? c.known_numbers : c.known_labels) += n;
  }
  return c;
}

OpeningCount scanned_openings(const std::string& stem, const std::string& lang) {
  const std::string base = opening_fixtures().dir + "/" + stem + "." + lang;
  PipelineConfig config = akn::test::config();
  config.ingest.ocr.languages = kOcrLanguage.at(lang);
  config.text.notes = TextNotes::omit;
  const Conversion c = Pipeline(config).convert(stem + "." + lang + ".scan.tif", read_file(base + ".scan.tif"));
  return count_openings(c.text, read_file(base + ".known.txt"));
}

}  // namespace

// Measured 2026-12-04 (lang-ar-ocr), numbers and labels found of the known:
// S/RES/2735 Arabic 5 of 7 and 2 of 3 (main: 5 and 1); A/RES/79/100 Arabic
// 12 of 17 (main: 10); the French scans all of them, before and after.
// Since 2026-12-05 S/RES/2735 is laid out as the Council prints it (its
// number in bold, the adoption line under it): on that page the Arabic scan
// reads all 7 numbers and 1 of the 3 point labels (the same code read 5 and
// 2 on the old page).
TEST_CASE("paragraph numbers and point labels of Arabic and French scans open their lines", "[languages][slow]") {
  if (opening_fixtures().dir.empty()) {
    WARN("skipped: the fixtures cannot be made: " + opening_fixtures().reason);
    return;
  }
  std::size_t ran = 0;
  for (const std::string& stem : kOpeningStems)
    for (const std::string lang : {"ar", "fr"}) {
      const OpeningCount c = scanned_openings(stem, lang);
      std::cout << stem << " " << lang << " scanned: numbers " << c.numbers << " of " << c.known_numbers << ", labels "
                << c.labels << " of " << c.known_labels << "\n";
      if (lang == "fr") {
        CHECK(c.numbers == c.known_numbers);
        CHECK(c.labels == c.known_labels);
      } else if (stem == "S_RES_2735") {
        CHECK(c.labels >= 1);
        CHECK(c.numbers >= 7);
      } else {
        CHECK(c.numbers >= 12);
      }
      ++ran;
    }
  CHECK(ran == 4);
}

// A Security Council resolution in the six languages (S/RES/2735 (2024),
// laid out from the UN's AKN of each language: the number in bold, the
// adoption line under it as the UN prints it, which the UN's Chinese AKN
// gives without the body: "2024年6月10日 9650次会议通过"), born-digital.
// The adoption line dates the Work and names the meeting in each language,
// as written in the fixture's expected.json from the UN's own markup
// (measured 2026-12-05: all six; on main five, the Chinese line unread and
// the Work dated by the masthead's date of issue).
namespace {
const std::string kCouncilStem = "S_RES_2735";

// Lays out S/RES/2735 (2024) in the six languages, born-digital.
void make_council_fixtures() {
  const std::string command = "python3 '" + source_dir() + "/scripts/make-language-fixtures.py' --out '" + fixtures().dir +
                              "' --languages '" + shared_dir() + "/unakn/languages' --stems " + kCouncilStem +
                              " --variants '' > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
}
}  // namespace

TEST_CASE("The six-language Security Council fixture: the adoption line dates the Work in each language",
          "[languages][slow]") {
  SKIP_WITHOUT_FIXTURES();
  make_council_fixtures();
  std::size_t checked = 0;
  for (const std::string& lang : kLanguages) {
    INFO(lang);
    const std::string base = fixtures().dir + "/" + kCouncilStem + "." + lang;
    const auto expected = nlohmann::json::parse(read_file(base + ".expected.json"));
    REQUIRE(expected.contains("adoption"));
    const std::string date = expected["adoption"]["date"], meeting = expected["adoption"]["meeting"];
    REQUIRE(!meeting.empty());
    const Conversion c = Pipeline(akn::test::config()).convert(kCouncilStem + "." + lang + ".pdf", read_file(base + ".pdf"));
    CHECK(c.document.language.value_or("") == lang);
    REQUIRE(c.resolution.adoption_line);
    // Chinese has no spaces between words: compared without white space.
    auto printed = [&](std::string t) {
      if (lang == "zh") t.erase(std::remove(t.begin(), t.end(), ' '), t.end());
      return t;
    };
    CHECK(printed(*c.resolution.adoption_line) == printed(expected["adoption"]["line"].get<std::string>()));
    CHECK(c.resolution.adoption_meeting.value_or("").find(meeting) != std::string::npos);
    const auto work = work_date(c.resolution);
    REQUIRE(work);
    CHECK(work->name == "adoption");
    CHECK(work->date.iso() == date);
    CHECK(c.resolution.body == "Security Council");
    ++checked;
  }
  CHECK(checked == 6);
}

// The Work of S/RES/2735 (2024) is the same in the six languages: its
// FRBRnumber "2735-2024" (shown "2735 (2024)") and its IRIs, as the UN's
// AKN of each language writes them, whether the number line prints it
// ("Resolution 2735 (2024)", Chinese "第2735(2024)号决议") or not (the UN's
// Russian version prints none: the symbol numbers it). On main the Chinese
// and Russian Work were numbered "S-RES-2735-2024", from the symbol.
namespace {
std::size_t check_council_identification(const Conversion& c, const std::string& lang) {
  static const std::map<std::string, std::string> kIso = {{"en", "eng"}, {"fr", "fra"}, {"es", "spa"},
                                                          {"ru", "rus"}, {"ar", "ara"}, {"zh", "zho"}};
  const std::string work = "/akn/un/statement/deliberation/unsc/2024-06-10/2735-2024/";
  CHECK(c.akn.find("<FRBRnumber value=\"2735-2024\" showAs=\"2735 (2024)\"/>") != std::string::npos);
  CHECK(c.akn.find("<FRBRthis value=\"" + work + "!main/\"/>") != std::string::npos);
  CHECK(c.akn.find("<FRBRthis value=\"" + work + kIso.at(lang) + "@!main/\"/>") != std::string::npos);
  if (lang == "zh") {
    CHECK(c.resolution.number.value_or("") == "2735(2024)");
    CHECK(c.text.find("第2735(2024)号决议") != std::string::npos);
  }
  return 1;
}
}  // namespace

TEST_CASE("The six-language Security Council fixture: the Work's number and IRIs agree in the six languages",
          "[languages][slow]") {
  SKIP_WITHOUT_FIXTURES();
  make_council_fixtures();
  std::size_t checked = 0;
  for (const std::string& lang : kLanguages) {
    INFO(lang);
    const std::string base = fixtures().dir + "/" + kCouncilStem + "." + lang;
    checked += check_council_identification(
        Pipeline(akn::test::config()).convert(kCouncilStem + "." + lang + ".pdf", read_file(base + ".pdf")), lang);
  }
  CHECK(checked == 6);
}

// Scanned, the same (Tesseract in each language's model): the Chinese
// number line as OCR reads it, and the Arabic scan, whose formula set with a
// space before its comma OCR reads "إن مجاس اللأمن 4" and whose adoption
// line's month "حزيران/يونيه" it reads "حزيران /بونيه" (on main its Work
// was not identified: "a sequence of paragraphs", undated).
TEST_CASE("The six-language Security Council fixture scanned: the Work's number and IRIs agree",
          "[languages][slow][ocr]") {
  SKIP_WITHOUT_FIXTURES();
  const std::string command = "python3 '" + source_dir() + "/scripts/make-language-fixtures.py' --out '" + fixtures().dir +
                              "' --languages '" + shared_dir() + "/unakn/languages' --stems " + kCouncilStem +
                              " --langs en,fr,es,ru,ar,zh --variants '' --make-scan '" + AKN_MAKE_SCAN + "' > /dev/null";
  REQUIRE(std::system(command.c_str()) == 0);
  std::size_t checked = 0;
  for (const std::string& lang : kLanguages) {
    INFO(lang << " scanned");
    const std::string base = fixtures().dir + "/" + kCouncilStem + "." + lang;
    PipelineConfig config = akn::test::config();
    config.ingest.ocr.languages = kOcrLanguage.at(lang);
    checked += check_council_identification(
        Pipeline(config).convert(kCouncilStem + "." + lang + ".scan.tif", read_file(base + ".scan.tif")), lang);
  }
  CHECK(checked == 6);
}
