#include "core/preambular_leads.hpp"

#include <algorithm>
#include <iterator>

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
constexpr std::string_view kFrench[] = {
    "Affirmant", "Alarmée", "Appréciant", "Ayant", "Condamnant", "Consciente", "Considérant", "Constatant", "Convaincue",
    "Déplorant", "Déterminée", "Encourageant", "Exprimant", "Gardant", "Gravement", "Guidée", "Insistant", "Inquiète",
    "Mettant", "Notant", "Persuadée", "Préoccupée", "Prenant", "Profondément", "Rappelant", "Réaffirmant",
    "Reconnaissant", "Réitérant", "Résolue", "Sachant", "Saluant", "Se déclarant", "Se félicitant", "Soucieuse",
    "Soulignant", "Tenant", "Vivement"};
constexpr std::string_view kSpanish[] = {
    "Acogiendo", "Afirmando", "Alarmada", "Alentando", "Celebrando", "Condenando", "Consciente", "Considerando",
    "Convencida", "Decidida", "Deplorando", "Destacando", "Expresando", "Gravemente", "Guiada", "Haciendo",
    "Observando", "Poniendo", "Preocupada", "Profundamente", "Reafirmando", "Reconociendo", "Recordando",
    "Reiterando", "Resuelta", "Señalando", "Subrayando", "Teniendo", "Tomando"};
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
}  // namespace

bool opens_with_preambular_lead(std::string_view text, std::string_view language) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  auto opens = [&](std::string_view lead) {
    return text.starts_with(lead) &&
           (text.size() == lead.size() || text[lead.size()] == ' ' || text[lead.size()] == ',');
  };
  if (language == "en") return std::any_of(std::begin(kEnglish), std::end(kEnglish), opens);
  if (language == "fr") return std::any_of(std::begin(kFrench), std::end(kFrench), opens);
  if (language == "es") return std::any_of(std::begin(kSpanish), std::end(kSpanish), opens);
  if (language == "ru") return std::any_of(std::begin(kRussian), std::end(kRussian), opens);
  return false;
}

}  // namespace akn
