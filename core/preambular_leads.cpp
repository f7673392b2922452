#include "core/preambular_leads.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "core/text.hpp"

namespace akn {

namespace {
// The first words of the preambular paragraphs of the UN's own AKN of 121
// General Assembly resolutions (../shared/unakn/akn: "Recalling" 512 times,
// "Recognizing" 360, ... "Regretting" once), and the same leads in the
// French and Spanish versions. A lead of two words is listed by its first
// ("Bearing in mind": "Bearing"; "Se félicitant": "Se félicitant", whose
// first word alone is no lead).
constexpr std::string_view kEnglish[] = {
    "Acknowledging", "Affirming", "Alarmed", "Appreciating", "Aware", "Bearing", "Believing", "Calling", "Cognizant",
    "Commending", "Committed", "Concerned", "Condemning", "Confirming", "Conscious", "Considering", "Convinced",
    "Deeply", "Deploring", "Desirous", "Determined", "Emphasizing", "Emphasising", "Encouraging", "Endorsing",
    "Expressing", "Firmly", "Gravely", "Guided", "Having", "Highlighting", "Keeping", "Looking", "Mindful", "Noting",
    "Observing", "Reaffirming", "Realizing", "Recalling", "Recognizing", "Recognising", "Recommitting", "Reconfirming",
    "Regretting", "Reiterating", "Rejecting", "Remaining", "Resolved", "Seriously", "Sharing", "Stressing", "Striving",
    "Strongly", "Supporting", "Taking", "Underlining", "Underscoring", "Welcoming", "Wishing"};
// An adjective lead agrees with the body that speaks: feminine after
// "L'Assemblée générale," / "La Asamblea General," ("Consciente",
// "Preocupada"), masculine after "Le Conseil de sécurité," / "El Consejo de
// Seguridad," ("Conscient", "Preocupado"): both forms are listed.
constexpr std::string_view kFrench[] = {
    "Affirmant", "Alarmé", "Alarmée", "Appréciant", "Ayant", "Condamnant", "Conscient", "Consciente", "Considérant",
    "Constatant", "Convaincu", "Convaincue", "Déplorant", "Déterminé", "Déterminée", "Encourageant", "Exprimant",
    "Gardant", "Gravement", "Guidé", "Guidée", "Insistant", "Inquiet", "Inquiète", "Mettant", "Notant", "Persuadé",
    "Persuadée", "Préoccupé", "Préoccupée", "Prenant", "Profondément", "Rappelant", "Réaffirmant", "Reconnaissant",
    "Réitérant", "Résolu", "Résolue", "Sachant", "Saluant", "Se déclarant", "Se félicitant", "Soucieux", "Soucieuse",
    "Soulignant", "Tenant", "Vivement"};
constexpr std::string_view kSpanish[] = {
    "Acogiendo", "Afirmando", "Alarmada", "Alarmado", "Alentando", "Celebrando", "Condenando", "Consciente",
    "Considerando", "Convencida", "Convencido", "Decidida", "Decidido", "Deplorando", "Destacando", "Expresando",
    "Gravemente", "Guiada", "Guiado", "Haciendo", "Observando", "Poniendo", "Preocupada", "Preocupado",
    "Profundamente", "Reafirmando", "Reconociendo", "Recordando", "Reiterando", "Resuelta", "Resuelto", "Señalando",
    "Subrayando", "Teniendo", "Tomando"};
// The Russian version opens its preambular paragraphs with a gerund printed
// lowercase after the formula ("Генеральная Ассамблея," / "подтверждая
// ..."): the leads of the UN's Russian AKN of the six resolutions of
// ../shared/unakn/languages. An adverb or a preposition is listed with the
// gerund or the word it opens the lead with ("вновь подтверждая", "с
// удовлетворением"), as alone it opens many a line of a sentence.
constexpr std::string_view kRussian[] = {
    "будучи", "вновь заявляя", "вновь подтверждая", "вновь призывая", "выражая", "высоко оценивая", "заявляя",
    "напоминая", "одобряя", "осуждая", "особо отмечая", "отмечая", "памятуя", "подтверждая", "подчеркивая",
    "получив", "приветствуя", "призывая", "признавая", "принимая", "рассмотрев", "решительно заявляя",
    "решительно осуждая", "с беспокойством", "с глубокой озабоченностью", "с озабоченностью", "с признательностью",
    "с удовлетворением", "сознавая", "ссылаясь", "учитывая"};
// The Chinese version's leads: the verbs the preambular paragraphs of the
// UN's Chinese AKN of the six resolutions of ../shared/unakn/languages
// open with ("重申", "回顾", "表示注意到", ...), with the adverbs the UN
// sets before a lead that repeats ("又", "还": "又回顾", "还回顾"). Chinese
// sets no space after a word: the lead is followed by any character. Words
// as common inside a sentence as at a recital's start ("认为", "希望") are
// not listed.
// The bytes of a Chinese line's head read for a lead: the longest lead
// ("表示深为关切", 6 characters of 3 bytes) and the character after it.
constexpr std::size_t kChineseLeadBytes = 21;
constexpr std::string_view kChinese[] = {
    "重申", "又重申", "还重申", "再次重申", "回顾", "又回顾", "还回顾", "表示注意到", "又表示注意到", "注意到", "又注意到",
    "还注意到", "赞赏地注意到", "满意地注意到", "关切地注意到", "关切地回顾", "表示关切", "又表示关切", "还表示关切",
    "表示深为关切", "表示严重关切", "深为关切", "又深为关切", "严重关切", "谴责", "又谴责", "强烈谴责", "又强烈谴责",
    "收到", "确认", "又确认", "还确认", "欢迎", "又欢迎", "还欢迎", "在这方面欢迎", "欣见", "着重指出", "又着重指出",
    "还着重指出", "强调指出", "又强调", "还强调", "强调", "认识到", "又认识到", "还认识到", "铭记", "又铭记", "赞同",
    "审议了", "意识到", "又意识到", "深信", "又深信", "坚信", "念及", "又念及", "表示赞赏", "考虑到", "又考虑到", "申明",
    "深感震惊", "痛惜", "关切", "再次呼吁"};
// The Arabic version opens a preambular paragraph with "إذ" or "وإذ" and a
// verb ("وإذ تشير", "إذ يؤكد"), with "وقد" and a verb in the past ("وقد
// نظرت"), or with a verbal noun in the accusative and "منها" or "منه" (of
// the Assembly, of the Council: "واقتناعا منها", "وإدراكا منها"): the
// forms of the UN's Arabic AKN of the six resolutions of
// ../shared/unakn/languages. Arabic has no capitals, so a line of a
// sentence may open so too ("…، وإذ تضع في اعتبارها" inside a recital):
// unwrap_lines takes the lead only after a line that ends a clause, in a
// preamble whose paragraphs open so. A lead is read with its vowel marks
// dropped ("وإذْ"), and "إذ" also without its hamza ("واذ"), as producers
// other than the UN write it; the verbal noun ends in alif or ta marbuta
// ("ورغبة منها", "وثقة منها").
constexpr std::string_view kArabic[] = {"إذ", "وإذ", "اذ", "واذ", "وقد"};
constexpr std::string_view kArabicOfTheBody[] = {"منها", "منه"};
// The bytes of an Arabic line's head read for a lead: a verbal noun and
// "منها" with room to spare.
constexpr std::size_t kArabicLeadBytes = 64;

// Whether `text` opens with a verbal noun in the accusative after "و",
// then "منها" or "منه" ("واقتناعا منها", "وإدراكاً منه").
bool opens_with_arabic_noun_lead(std::string_view text) {
  const auto [word, rest] = std::pair{text.substr(0, std::min(text.find(' '), text.size())),
                                      text.substr(std::min(text.find(' '), text.size()))};
  std::string_view w = word;
  if (!w.starts_with("\u0648") || !(w.ends_with("\u0627") || w.ends_with("\u0629")) || code_point_count(w) < 4)
    return false;
  // "Especially those of them" opens no recital.
  if (w == "وخاصة" || w == "وبخاصة") return false;
  std::string_view after = rest;
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  return std::any_of(std::begin(kArabicOfTheBody), std::end(kArabicOfTheBody), [&](std::string_view o) {
    return after.starts_with(o) && (after.size() == o.size() || after[o.size()] == ' ' || after[o.size()] == ',' ||
                                    after.substr(o.size()).starts_with("\u060C"));
  });
}

// A lead the tables do not list ("Mesurant", "Demandant", "S’inquiétant",
// "Encomiando", "Measuring": the tables hold the leads of a few hundred
// resolutions, the UN writes others) is read by its form. In English,
// French and Spanish the UN opens a preambular paragraph with a participle
// or a gerund, capitalised: a word of kMinLeadFormLetters letters or more
// ending as the language's present participles and gerunds end, alone or
// after a reflexive pronoun ("Se", "S’"), and followed by nothing or by
// words that are no name's: the next word not capitalised ("l’importance",
// "que"), nor the one after a short word ("Production, / Stockpiling and Use
// of Chemical Weapons" is the name of a convention; a word of
// kMaxLinkWordLetters letters or fewer, "and", "de", "y", links words of a
// name). The words of that form that are prepositions or conjunctions
// ("Pendant", "During", "Cuando"), which open a sentence too, are no leads.
// Russian gerunds are lowercase like every other line's first word there,
// and Chinese sets no space after a word: their tables alone decide.
constexpr std::size_t kMinLeadFormLetters = 6;
constexpr std::size_t kMaxLinkWordLetters = 3;
struct LeadForm {
  std::span<const std::string_view> endings;
  std::span<const std::string_view> reflexives;  // each with what follows it: "Se ", "S’"
  std::span<const std::string_view> not_leads;
};
constexpr std::string_view kEnglishEndings[] = {"ing"};
constexpr std::string_view kEnglishNotLeads[] = {
    "According", "Anything", "Concerning", "During", "Everything", "Excluding", "Following",
    "Including", "Nothing", "Notwithstanding", "Pending", "Regarding", "Something", "Beijing", "Kunming", "Nanjing"};
constexpr std::string_view kFrenchEndings[] = {"ant"};
constexpr std::string_view kFrenchReflexives[] = {"Se ", "S\u2019", "S'"};
constexpr std::string_view kFrenchNotLeads[] = {"Avant", "Cependant", "Concernant", "Devant", "Durant", "Maintenant",
                                                "Moyennant", "Nonobstant", "Pendant", "Suivant"};
constexpr std::string_view kSpanishEndings[] = {"ando", "iendo", "yendo", "ándose", "iéndose"};
constexpr std::string_view kSpanishNotLeads[] = {"Cuando", "Armando", "Fernando", "Orlando", "Rolando"};

std::optional<LeadForm> lead_form(std::string_view language) {
  if (language == "en") return LeadForm{kEnglishEndings, {}, kEnglishNotLeads};
  if (language == "fr") return LeadForm{kFrenchEndings, kFrenchReflexives, kFrenchNotLeads};
  if (language == "es") return LeadForm{kSpanishEndings, {}, kSpanishNotLeads};
  return std::nullopt;
}

// The first word of `text` and the text after it (a comma ends the word too).
std::pair<std::string_view, std::string_view> first_word(std::string_view text) {
  const std::size_t end = std::min(text.find_first_of(" ,"), text.size());
  std::string_view rest = text.substr(end);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == ',')) rest.remove_prefix(1);
  return {text.substr(0, end), rest};
}

bool opens_with_lead_form(std::string_view text, const LeadForm& form) {
  bool reflexive = false;
  for (const std::string_view r : form.reflexives)
    if (text.starts_with(r)) {
      text.remove_prefix(r.size());
      reflexive = true;
      break;
    }
  const auto [word, rest] = first_word(text);
  if ((!reflexive && !starts_uppercase(word)) || code_point_count(word) < kMinLeadFormLetters) return false;
  if (std::none_of(form.endings.begin(), form.endings.end(), [&](std::string_view e) { return word.ends_with(e); }))
    return false;
  if (std::find(form.not_leads.begin(), form.not_leads.end(), word) != form.not_leads.end()) return false;
  if (rest.empty()) return true;
  if (starts_uppercase(rest)) return false;
  const auto [next, after] = first_word(rest);
  return code_point_count(next) > kMaxLinkWordLetters || after.empty() || !starts_uppercase(after);
}
}  // namespace

bool opens_with_preambular_lead(std::string_view text, std::string_view language) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  auto opens = [&](std::string_view lead) {
    return text.starts_with(lead) &&
           (text.size() == lead.size() || text[lead.size()] == ' ' || text[lead.size()] == ',');
  };
  const std::optional<LeadForm> form = lead_form(language);
  if (form && opens_with_lead_form(text, *form)) return true;
  if (language == "en") return std::any_of(std::begin(kEnglish), std::end(kEnglish), opens);
  if (language == "fr") return std::any_of(std::begin(kFrench), std::end(kFrench), opens);
  if (language == "es") return std::any_of(std::begin(kSpanish), std::end(kSpanish), opens);
  if (language == "ru") return std::any_of(std::begin(kRussian), std::end(kRussian), opens);
  if (language == "ar") {
    // Vowel marks (U+064B..U+0652, the dagger alif U+0670) dropped, in the
    // line's first few words.
    std::string bare;
    for (std::size_t i = 0; i < text.size() && bare.size() < kArabicLeadBytes;) {
      const std::size_t at = i;
      const char32_t cp = next_code_point(text, i);
      if (!((cp >= 0x064B && cp <= 0x0652) || cp == 0x0670)) bare.append(text.substr(at, i - at));
    }
    const std::string_view b = bare;
    return std::any_of(std::begin(kArabic), std::end(kArabic), [&](std::string_view lead) {
             return b.starts_with(lead) && (b.size() == lead.size() || b[lead.size()] == ' ' || b[lead.size()] == ',');
           }) ||
           opens_with_arabic_noun_lead(b);
  }
  if (language == "zh") {
    // A justified line pdftotext letter-spaced ("回 顾 大 会 1950 年"):
    // the lead is read with its spaces dropped.
    std::string head;
    for (std::size_t i = 0; i < text.size() && head.size() < kChineseLeadBytes; ++i)
      if (text[i] != ' ') head += text[i];
    return std::any_of(std::begin(kChinese), std::end(kChinese),
                       [&](std::string_view lead) { return head.starts_with(lead) && head.size() > lead.size(); });
  }
  return false;
}

}  // namespace akn
