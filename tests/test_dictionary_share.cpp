// The dictionary share of the quality score (verify/quality.hpp
// dictionary_word, dictionary_count): a word counts as known only when what
// remains of it, once the punctuation that legitimately surrounds words is
// taken off, is a word of the language. OCR garbage glued to a word
// ("]'Article", "alinéa~", "l&year-old") makes it unknown.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "core/known_words.hpp"
#include "export/export.hpp"
#include "support.hpp"
#include "verify/quality.hpp"

using namespace akn;
using namespace akn::test;

namespace {
// A dictionary of a few words, as Hunspell answers for them: the word as
// listed, capitalised or in capitals.
WordTest words_of_dictionary(const std::set<std::string>& words) {
  return [words](std::string_view w) {
    std::string lower;
    for (char c : w) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
    if (!words.contains(lower)) return false;
    const bool capitals = lower.size() > 1 && std::all_of(w.begin(), w.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
    return std::string(w) == lower || std::string(w).substr(1) == lower.substr(1) || capitals;
  };
}

const std::set<std::string> kWords = {"article", "palestine", "signed", "area", "closed", "ever", "growing", "year",
                                      "old",     "council",   "and",    "or",   "state",  "locations", "the",
                                      "organisation", "il", "alinéa", "charte", "de", "states"};
}  // namespace

TEST_CASE("what surrounds a word legitimately is taken off before the dictionary is asked", "[quality]") {
  const WordTest known = words_of_dictionary(kWords);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"(Signed)", "en"},     {"\"closed", "en"},         {"area\".", "en"}, {"Palestine,", "en"},
      {"«Charte»", "fr"},     {"ever-growing", "en"},     {"15-year-old", "en"}, {"Council's", "en"},
      {"Council’s", "en"},    {"and/or", "en"},           {"State(s)", "en"},    {"l'Article", "fr"},
      {"L’Organisation", "fr"}, {"qu'il", "fr"},          {"(the", "en"},        {"Article);", "en"},
      {"\u00BFArticle?", "es"}, {"ARTICLE", "en"},        {"States'", "en"},     {"'closed',", "en"}};
  for (const auto& [run, language] : cases) {
    INFO(run);
    CHECK(dictionary_word(run, language, known) == DictionaryWord::known);
  }
  CHECK(cases.size() == 20);
}

TEST_CASE("garbage glued to a word makes it unknown whatever the dictionary says of its letters", "[quality]") {
  // A/C.4/SR.985's OCR text layer: "de ]'Article 73", "l'alinéa~", "de
  // !'Article", "l 'Australie", "del' Article"; A/40/281's: "l&year-old",
  // "lOCatiOnS", "-~thF", "Aprl,'1".
  const WordTest known = words_of_dictionary(kWords);
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"]'Article", "fr"}, {"!'Article", "fr"},  {"alinéa~", "fr"},   {"~Article", "en"},
      {"l&year-old", "en"}, {"lOCatiOnS", "en"}, {"-~thF", "en"},     {"Article,'1", "en"},
      {"l9th", "en"},       {"Art1cle", "en"},   {"Article(", "en"},  {")Article", "en"},
      {"Ar]ticle", "en"},   {"qu'il", "en"},     {"x'Article", "fr"}, {"~Ar", "en"},
      {"'Article", "fr"},   {"'Article", "en"},  {"del'", "fr"},      {"qu'", "fr"}};
  for (const auto& [run, language] : cases) {
    INFO(run);
    CHECK(dictionary_word(run, language, known) == DictionaryWord::unknown);
  }
  CHECK(cases.size() == 20);
}

TEST_CASE("numbers symbols labels and abbreviations are not judged as words", "[quality]") {
  const WordTest known = words_of_dictionary(kWords);
  for (const std::string run : {"21st", "1990s", "984ème", "1re", "(A/C.4/L.628)", "A/RES/78/214,", "S/2001/1189", "e.g.",
                                "U.N.", "(a)", "b)", "1993,", "www.un.org", "info@un.org", "–", "A"}) {
    INFO(run);
    CHECK(dictionary_word(run, "en", known) == DictionaryWord::not_a_word);
  }
}

TEST_CASE("the dictionary count parts runs at spaces and dashes", "[quality]") {
  const WordTest known = words_of_dictionary(kWords);
  const DictionaryCount c = dictionary_count("The Council—the State\u00A0(and/or) ]'Article 1990s A/RES/1/2.\nArt1cle", "en", known);
  CHECK(c.words == 7);  // The Council the State and/or ]'Article Art1cle
  CHECK(c.known == 5);
  CHECK(c.share() == Approx(5.0 / 7.0));
  CHECK(dictionary_count("21st 1990s (a)", "en", known).share() == -1);
}

namespace {
// Letters of my own making, two pages each, in English and French: the
// legitimate punctuation of each language (quotes, brackets, elisions,
// possessives, compounds, ordinals, symbols) and no OCR garbage.
const std::vector<std::string> kEnglishPages = {
    "Letter dated 3 March 2021 from the Permanent Representative of Norway to the United Nations addressed to the "
    "Secretary-General\n\n"
    "I have the honour to refer to the Council's resolution 2532 (2020) and to the report of the Secretary-General "
    "(S/2021/120) on the protection of civilians in armed conflict. My Government wishes to draw your attention to the "
    "recent attacks on schools and hospitals, which have caused the death of many children and have forced thousands of "
    "families to leave their homes.\n\n"
    "The humanitarian situation has become more serious during the past weeks. Roads have been closed, markets have been "
    "destroyed and water supplies have been cut in several districts, leaving the population without food or medicine. "
    "Humanitarian workers report that their access to the affected areas remains limited and that convoys are often "
    "delayed at checkpoints.\n\n",
    "My Government therefore calls upon all parties to respect international humanitarian law, to protect civilians and "
    "to allow the safe passage of relief. It also supports the proposal of the Secretary-General to establish an "
    "independent mechanism that would monitor the situation and report regularly to the Security Council.\n\n"
    "In this regard, we recall the statement made on 21st January by the President of the Council, in which the members "
    "expressed their \"deep concern\" at the growing number of victims and stressed the need for a lasting political "
    "solution based on dialogue and mutual respect.\n\n"
    "I should be grateful if the present letter could be circulated as a document of the Security Council.\n\n"};
const std::vector<std::string> kFrenchPages = {
    "Lettre datée du 3 mars 2021, adressée au Secrétaire général par le Représentant permanent de la Norvège auprès de "
    "l'Organisation des Nations Unies\n\n"
    "J'ai l'honneur de me référer à la résolution 2532 (2020) du Conseil et au rapport du Secrétaire général "
    "(S/2021/120) sur la protection des civils en période de conflit armé. Mon gouvernement souhaite appeler votre "
    "attention sur les attaques récentes contre des écoles et des hôpitaux, qui ont causé la mort de nombreux enfants et "
    "ont obligé des milliers de familles à quitter leur foyer.\n\n"
    "La situation humanitaire s'est aggravée au cours des dernières semaines. Des routes ont été fermées, des marchés "
    "ont été détruits et l'approvisionnement en eau a été coupé dans plusieurs districts, ce qui prive la population de "
    "nourriture et de médicaments. Les agents humanitaires indiquent que leur accès aux zones touchées reste limité.\n\n",
    "Mon gouvernement demande donc à toutes les parties de respecter le droit international humanitaire, de protéger "
    "les civils et de permettre l'acheminement des secours. Il appuie également la proposition du Secrétaire général "
    "tendant à créer un mécanisme indépendant qui suivrait la situation et ferait rapport au Conseil de sécurité.\n\n"
    "À cet égard, nous rappelons la déclaration faite le 21 janvier par le Président du Conseil, dans laquelle les "
    "membres se sont dits « profondément préoccupés » par le nombre croissant de victimes et ont souligné qu'il fallait "
    "une solution politique durable, fondée sur le dialogue et le respect mutuel.\n\n"
    "Je vous serais reconnaissant de bien vouloir faire distribuer le texte de la présente lettre comme document du "
    "Conseil de sécurité.\n\n"};

// `text` with OCR garbage glued to `rate` of its words of three letters or
// more, spread evenly: the kinds an old OCR layer prints (a bracket or an
// exclamation mark read for an apostrophe's letter, a tilde, a figure, a
// stray quote and figure after the word).
std::string with_glued_garbage(const std::string& text, double rate) {
  static const std::vector<std::pair<std::string, std::string>> kGarbage = {
      {"]'", ""}, {"", "~"}, {"!'", ""}, {"1", ""}, {"", ",'1"}, {"~", ""}};
  std::string out;
  std::size_t words = 0, glued = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    // Letters: ASCII ones and any byte of a UTF-8 sequence ("é").
    while (j < text.size() && (std::isalpha(static_cast<unsigned char>(text[j])) || static_cast<unsigned char>(text[j]) >= 0x80))
      ++j;
    if (j - i >= 3) {
      ++words;
      const std::string word = text.substr(i, j - i);
      if (static_cast<double>(glued) < rate * static_cast<double>(words) - 0.5) {
        const auto& [before, after] = kGarbage[glued++ % kGarbage.size()];
        out += before + word + after;
      } else {
        out += word;
      }
      i = j;
    } else {
      out += text[i];
      ++i;
    }
  }
  return out;
}
}  // namespace

TEST_CASE("glued OCR garbage lowers the dictionary share and the score in step with its rate", "[quality]") {
  // On main the share took the letters out of "]'Article" and "word~" and
  // counted them as clean: A/C.4/SR.985 scored 0.97 on it with about 15% of
  // its words garbled.
  const std::vector<double> rates = {0.0, 0.05, 0.15, 0.30};
  int ran = 0;
  for (const auto* pages : {&kEnglishPages, &kFrenchPages}) {
    for (std::size_t count : {1u, 2u}) {
      std::string text = (*pages)[0];
      if (count == 2) text += "\f" + (*pages)[1];
      CAPTURE(text.substr(0, 40), count);
      std::vector<Quality> q;
      for (double rate : rates) {
        const Conversion c = convert(with_glued_garbage(text, rate));
        REQUIRE(c.resolution.meta.language == (pages == &kEnglishPages ? "en" : "fr"));
        REQUIRE(c.document.pages.size() == count);
        q.push_back(c.quality);
      }
      CHECK(q[0].dictionary >= 0.97);  // legitimate punctuation costs nothing
      for (std::size_t k = 1; k < rates.size(); ++k) {
        CAPTURE(rates[k]);
        CHECK(q[k].score < q[k - 1].score);
        CHECK(q[k].dictionary < q[k - 1].dictionary);
        // About the share of words left clean: the garbage goes to words of
        // three letters or more, about three quarters of the text's words.
        CHECK(q[k].dictionary < q[0].dictionary - 0.6 * rates[k]);
        CHECK(q[k].dictionary > q[0].dictionary - rates[k] - 0.02);
      }
      ++ran;
    }
  }
  CHECK(ran == 4);
}

