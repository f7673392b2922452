// Patterns for the values a UN masthead and preface print, shared by the
// masthead, furniture and structure code.
#pragma once

namespace akn::masthead {

// A UN document symbol: A/RES/57/224, S/2001/1189, A/C.3/80/L.49,
// E/CN.4/2001/2, A/57/556/Add.2, S/RES/2397 (2017), a meeting record's
// S/PV.4507 or A/61/PV.82 (a meeting number of up to five digits), a
// special or emergency special session's A/RES/S-27/2, A/RES/ES-11/1,
// A/ES-10/L.22. Stops before glued capitalised words ("A/RES/57/224General").
inline constexpr const char* kSymbolPattern =
    "(?<![A-Za-z/])[A-Z]{1,2}(?:/(?:E?S-[0-9]{1,2}|[A-Z]{1,6}(?:\\.[0-9]{1,5})?|[0-9]{1,5}(?:\\.[0-9]+)?|"
    "(?:Add|Rev|Corr|Amend)\\.[0-9]{1,3}))+(?:\\s\\((?:19|20)[0-9]{2}\\))?";

// The issuing organs whose documents the pipeline knows.
inline constexpr const char* kBodyPattern =
    "General Assembly|Security Council|Economic and Social Council|Trusteeship Council|"
    "Human Rights Council|Commission on Human Rights|Commission on the Status of Women";

// The bodies as the French, Spanish, Russian, Arabic and Chinese versions
// print them (vocabulary::kBodyNames, which gives their English names).
inline constexpr const char* kLocalizedBodyPattern =
    "Assemblée\\s+générale|Conseil\\s+de\\s+sécurité|Conseil\\s+économique\\s+et\\s+social|"
    "Conseil\\s+de\\s+tutelle|(?:Conseil|Commission)\\s+des\\s+droits\\s+de\\s+l[’']homme|"
    "Asamblea\\s+General|Consejo\\s+de\\s+Seguridad|Consejo\\s+Económico\\s+y\\s+Social|"
    "Consejo\\s+de\\s+Administración\\s+Fiduciaria|Consejo\\s+de\\s+Derechos\\s+Humanos|Comisión\\s+de\\s+Derechos\\s+Humanos|"
    "Генеральн(?:ая|ой)\\s+Ассамбле(?:я|ей)|Совет(?:ом)?\\s+Безопасности|"
    "Экономический\\s+и\\s+Социальный\\s+Совет|Совет(?:ом)?\\s+по\\s+правам\\s+человека|"
    "الجمعية\\s+العامة|مجلس\\s+الأمن|المجلس\\s+الاقتصادي\\s+والاجتماعي|مجلس\\s+حقوق\\s+الإنسان|"
    "大会|安全理事会|经济及社会理事会|人权理事会";

// A paragraph's number: "12." in five languages, "12 -" in Arabic (before
// Arabic text only), in Western digits or in either set of Arabic-Indic
// digits ("١٢ -", "۱۲ -": older Arabic documents and some producers), one
// set to a number. The structure reads its value with leading_number
// (core/digits.hpp) and keeps the digits as printed. The Arabic dash may
// touch the text after it when the tab after a wide number leaves less
// than a space ("١٠ -تدعو"): spaced from the number, it is still the
// number's.
inline constexpr const char* kParagraphNumberPattern =
    "(?:[0-9]{1,3}|[\u0660-\u0669]{1,3}|[\u06F0-\u06F9]{1,3})"
    "(?:\\.|\\s?[-–](?=\\s+\\p{Arabic})|\\s[-–](?=\\p{Arabic}))";

// A sub-point's label: "(a)", "(iv)", and "a)", "iv)", "а)" (French,
// Spanish, Russian: one letter or a roman number, so that a word closing a
// bracket at a line's start, "law) and", is no label), "(أ)" (Arabic),
// "（a）" (Chinese set in full-width brackets).
inline constexpr const char* kPointLabelPattern =
    "\\((?:[a-z]{1,4}|[ء-ي]{1,2})\\)|\uFF08[a-z]{1,4}\uFF09|(?:[a-z]|[ivx]{2,4}|[а-яё])\\)";

// The Main Committees of the General Assembly, as a draft's masthead names
// the one it is before.
inline constexpr const char* kCommitteePattern =
    "(?:First|Second|Third|Fourth|Fifth|Sixth)\\s+Committee|"
    "Special\\s+Political\\s+and\\s+Decolonization\\s+Committee(?:\\s+\\(Fourth\\s+Committee\\))?";

// The label of an annex on a line of its own: "Annex", "Annex II", "ANNEX",
// "Appendix 3"; group 1 is its number.
// In the other languages: "Annexe", "Anexo", "Приложение", "المرفق" (with
// an ordinal word: "المرفق الأول"), "附件" (with a Chinese numeral: "附件一").
inline constexpr const char* kAnnexLabelPattern =
    "(?:(?:Annexes|Annex|ANNEX|Appendix|APPENDIX|Enclosure|Annexe|ANNEXE|Anexo|ANEXO|Приложение|ПРИЛОЖЕНИЕ)"
    "(?:\\s+([IVXLC]{1,7}|[0-9]{1,3}|[A-Z]))?\\.?|"
    "(?:المرفقات|المرفق)(?:\\s+[ء-ي]{2,12})?|附件[一二三四五六七八九十]{0,3})";

// What may precede the number of a part on its own line ("Part II").
inline constexpr const char* kPartPrefixPattern = "(?:(?:PART|Part|SECTION|Section)\\s+)?";

// A conclusion's meeting: "77th plenary meeting", "50th (resumed) plenary
// meeting", "8151st meeting".
// In the other languages: "50e séance plénière", "1re séance plénière", "50a sesión
// plenaria", "50-е пленарное заседание", "الجلسة العامة 50", "第50次全体会议".
inline constexpr const char* kMeetingPattern =
    "(?:[0-9]{1,4}(?:st|nd|rd|th)\\s+(?:\\(resumed\\)\\s+)?(?:plenary\\s+)?meeting|"
    "[0-9]{1,4}(?:e|re|er)\\s+séance(?:\\s+plénière)?(?:\\s+\\(reprise\\))?|"
    "[0-9]{1,4}(?:a|ª)\\.?\\s+sesión(?:\\s+plenaria)?(?:\\s+\\(continuación\\))?|"
    "[0-9]{1,4}\\s?[-‐‑–]\\s?[eе]\\s+(?:пленарное\\s+)?заседание|"
    "الجلسة\\s+(?:العامة\\s+)?[0-9٠-٩]{1,4}|"
    "第\\s?[0-9]{1,4}\\s?次(?:全体)?会议)";

}  // namespace akn::masthead
