// The UN's own vocabulary, in one place for every stage that needs it: the
// issuing bodies with the identifiers AKN uses for them.
//
// The actors and author codes follow what the UN writes in its own AKN of
// General Assembly and Security Council resolutions (../shared/unakn:
// actor "unga" in the IRI, FRBRauthor href="ga"). Bodies whose AKN the UN
// does not publish follow the same pattern: "un" + the body's usual
// abbreviation, lower case, no dash.
#pragma once

#include <string>
#include <string_view>

namespace akn::vocabulary {

struct Body {
  std::string_view name;    // as printed: "General Assembly"
  std::string_view actor;   // the IRI's actor: "unga"
  std::string_view author;  // FRBRauthor href: "ga"
};

inline constexpr Body kBodies[] = {
    {"General Assembly", "unga", "ga"},
    {"Security Council", "unsc", "sc"},
    {"Economic and Social Council", "unecosoc", "ecosoc"},
    {"Trusteeship Council", "untc", "tc"},
    {"Human Rights Council", "unhrc", "hrc"},
    {"Commission on Human Rights", "unchr", "chr"},
    {"Commission on the Status of Women", "uncsw", "csw"},
};

// The body printed as `name`, or null.
inline const Body* body_named(std::string_view name) {
  for (const Body& b : kBodies)
    if (b.name == name) return &b;
  return nullptr;
}

// The issuing bodies as the other five language versions name them (the
// UN's AKN of each language: formula "L’Assemblée générale,", "Resolution adopted
// by" in Russian with the instrumental "Генеральной Ассамблеей"), with the
// English name that kBodies knows. Words are separated by one space.
struct BodyName {
  std::string_view printed;
  std::string_view english;
};

inline constexpr BodyName kBodyNames[] = {
    {"Assemblée générale", "General Assembly"},
    {"Conseil de sécurité", "Security Council"},
    {"Conseil économique et social", "Economic and Social Council"},
    {"Conseil de tutelle", "Trusteeship Council"},
    {"Conseil des droits de l’homme", "Human Rights Council"},
    {"Conseil des droits de l'homme", "Human Rights Council"},
    {"Commission des droits de l’homme", "Commission on Human Rights"},
    {"Commission des droits de l'homme", "Commission on Human Rights"},
    {"Asamblea General", "General Assembly"},
    {"Consejo de Seguridad", "Security Council"},
    {"Consejo Económico y Social", "Economic and Social Council"},
    {"Consejo de Administración Fiduciaria", "Trusteeship Council"},
    {"Consejo de Derechos Humanos", "Human Rights Council"},
    {"Comisión de Derechos Humanos", "Commission on Human Rights"},
    {"Генеральная Ассамблея", "General Assembly"},
    {"Генеральной Ассамблеей", "General Assembly"},
    {"Совет Безопасности", "Security Council"},
    {"Советом Безопасности", "Security Council"},
    {"Экономический и Социальный Совет", "Economic and Social Council"},
    {"Совет по правам человека", "Human Rights Council"},
    {"Советом по правам человека", "Human Rights Council"},
    {"الجمعية العامة", "General Assembly"},
    {"مجلس الأمن", "Security Council"},
    {"المجلس الاقتصادي والاجتماعي", "Economic and Social Council"},
    {"مجلس حقوق الإنسان", "Human Rights Council"},
    {"大会", "General Assembly"},
    {"安全理事会", "Security Council"},
    {"经济及社会理事会", "Economic and Social Council"},
    {"人权理事会", "Human Rights Council"},
};

// The English name of a body as printed in any of the six languages (white
// space runs, no-break spaces included, count as one space; a straight
// apostrophe as a typographic one); `printed` itself when it is no name
// kBodyNames knows.
inline std::string english_body_name(std::string_view printed) {
  std::string normal;
  bool space = false;
  for (std::size_t i = 0; i < printed.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(printed[i]);
    const bool nbsp = c == 0xC2 && i + 1 < printed.size() && static_cast<unsigned char>(printed[i + 1]) == 0xA0;
    if (c == ' ' || c == '\t' || c == '\n' || nbsp) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (space && !normal.empty()) normal += ' ';
    space = false;
    normal += static_cast<char>(c);
  }
  for (const BodyName& n : kBodyNames)
    if (n.printed == normal) return std::string(n.english);
  return std::string(printed);
}

// The word for a resolution that opens the line "Resolution adopted by the
// General Assembly on ..." in each language, or closes it in Chinese
// ("2023年12月19日大会决议"), as the UN's AKN of each language prints it; the
// AKN marks it as the docType. A decision ("Decision", "Décision", ...) is
// no resolution and is not marked.
inline constexpr std::string_view kResolutionWords[] = {"Resolution", "Résolution", "Resolución", "Резолюция", "قرار"};
inline constexpr std::string_view kResolutionWordAtEnd = "决议";

// The word for a resolution printed in `adoption_line` (see
// kResolutionWords), or empty.
inline std::string_view resolution_word(std::string_view adoption_line) {
  for (std::string_view w : kResolutionWords)
    if (adoption_line.starts_with(w) && adoption_line.size() > w.size() &&
        (adoption_line[w.size()] == ' ' || adoption_line[w.size()] == ','))
      return w;
  if (adoption_line.ends_with(kResolutionWordAtEnd)) return kResolutionWordAtEnd;
  return {};
}

// The body whose actor is `actor`, or null.
inline const Body* body_with_actor(std::string_view actor) {
  for (const Body& b : kBodies)
    if (b.actor == actor) return &b;
  return nullptr;
}

// The letter parts of UN document symbols (after the series letter: the
// "RES" of A/RES/57/224, "CN" of E/CN.4/2001/2, "PET" of a Trusteeship
// petition's T/PET.11/142, "SR" and "PV" of records), as the UN's
// documentation guide lists the symbol components in use. parse_masthead
// reads against them a symbol OCR misread in a page's footer.
inline constexpr std::string_view kSymbolLetterParts[] = {
    "AC", "ADM", "AGENDA", "AI", "BUR", "C", "CAT", "CCPR", "CEDAW", "CERD", "CN", "CONF", "CRC", "CRP", "DEC", "DP", "GC",
    "HRC", "INF", "L", "NGO", "PET", "PRST", "PV", "RES", "SG", "SGB", "SR", "ST", "SUB", "WG", "WP"};

// Titles and terms of the UN written as one word joined by hyphens, as
// the UN's editorial manual spells them. correct_ocr_words mends an OCR
// text's compound one part of which OCR misread ("Secretar: -General")
// against them and against the compounds the document itself prints.
inline constexpr std::string_view kHyphenatedTerms[] = {
    "Secretary-General", "Under-Secretary-General", "Director-General", "Commander-in-Chief", "Vice-President",
    "Vice-Chair", "Vice-Chairman", "Vice-Chairperson", "Non-Self-Governing", "Rapporteur-General", "Vice-Président",
    "Vice-Présidente"};

}  // namespace akn::vocabulary
