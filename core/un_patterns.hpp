// Patterns for the values a UN masthead and preface print, shared by the
// masthead, furniture and structure code.
#pragma once

namespace akn::masthead {

// A UN document symbol: A/RES/57/224, S/2001/1189, A/C.3/80/L.49,
// E/CN.4/2001/2, A/57/556/Add.2, S/RES/2397 (2017), a meeting record's
// S/PV.4507 or A/61/PV.82 (a meeting number of up to five digits). Stops
// before glued capitalised words ("A/RES/57/224General").
inline constexpr const char* kSymbolPattern =
    "(?<![A-Za-z/])[A-Z]{1,2}(?:/(?:[A-Z]{1,6}(?:\\.[0-9]{1,5})?|[0-9]{1,5}(?:\\.[0-9]+)?|"
    "(?:Add|Rev|Corr|Amend)\\.[0-9]{1,3}))+(?:\\s\\((?:19|20)[0-9]{2}\\))?";

// The issuing organs whose documents the pipeline knows.
inline constexpr const char* kBodyPattern =
    "General Assembly|Security Council|Economic and Social Council|Trusteeship Council|"
    "Human Rights Council|Commission on Human Rights|Commission on the Status of Women";

// The Main Committees of the General Assembly, as a draft's masthead names
// the one it is before.
inline constexpr const char* kCommitteePattern =
    "(?:First|Second|Third|Fourth|Fifth|Sixth)\\s+Committee|"
    "Special\\s+Political\\s+and\\s+Decolonization\\s+Committee(?:\\s+\\(Fourth\\s+Committee\\))?";

// The label of an annex on a line of its own: "Annex", "Annex II", "ANNEX",
// "Appendix 3"; group 1 is its number.
inline constexpr const char* kAnnexLabelPattern =
    "(?:Annexes|Annex|ANNEX|Appendix|APPENDIX|Enclosure)(?:\\s+([IVXLC]{1,7}|[0-9]{1,3}|[A-Z]))?\\.?";

// What may precede the number of a part on its own line ("Part II").
inline constexpr const char* kPartPrefixPattern = "(?:(?:PART|Part|SECTION|Section)\\s+)?";

// A conclusion's meeting: "77th plenary meeting", "50th (resumed) plenary
// meeting", "8151st meeting".
inline constexpr const char* kMeetingPattern =
    "[0-9]{1,4}(?:st|nd|rd|th)\\s+(?:\\(resumed\\)\\s+)?(?:plenary\\s+)?meeting";

}  // namespace akn::masthead
