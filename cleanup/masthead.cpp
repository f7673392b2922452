// parse_masthead: the page-1 masthead of a UN document is metadata, not body
// text. A masthead is the region at the top of page 1, above the first line
// of text, that prints the organization, the organ(s), the symbol(s), the
// distribution, the date, the language of the version and of the original,
// the session or the Security Council's year, and the agenda item(s) with
// their titles. A meeting record prints, instead of a date of issue, the
// meeting (its number, day, hour and place) and its status ("Provisional").
//
// Text exports print it on its own lines or glue it into one ("United
// NationsA/RES/57/224General Assembly Distr.: General"), sometimes at the end
// of the file; 1990s documents print it in two columns in capitals
// ("UNITED" / "NATIONS AS", "Distr." over "GENERAL", "ORIGINAL: ENGLISH").
//
// The masthead is found from an anchor: a "Distr.:" line, or else (a meeting
// record, a scan whose "Distr." OCR lost) a line among the first of page 1
// that holds a symbol, each wholly explained by masthead fields. From the
// anchor the lines above and below are taken while masthead fields explain
// their whole text; below an agenda line, its title (free text: the lines
// set under it in its type); below a meeting's date and hour, the place. Each
// taken line gets the masthead role and its values go to Metadata. A line
// the fields cannot explain stops the masthead and stays in the text; with
// geometry, a line printed inside the masthead's region that was not taken
// is warned about. On a scanned page, a 1970s masthead prints the organ in
// spaced capitals over two lines ("GENERAL" / "ASSEMBLY"); OCR may misread
// the session's ordinal ("rrwenty-sixth session": taken for the nearest,
// with a warning) or the day of the date ("~9 September 1971": no date is
// guessed, a warning says the day is unreadable); above the masthead,
// what no field explains is a stamp ("UN LIBRARY"), kept out of the text
// with a warning. On a scanned page (or an old OCR text layer) the walks
// pass over a speck read as a sign ("/"); a letter glued after the symbol
// ("A/45/155J") is read as a speck; a line the fields do not explain as
// printed is read again with its misread label words ("ORIGHAL:",
// "ORIGINAL8", "Councll") taken for the nearest of the masthead's
// vocabulary; a value wrapped over two lines is read from both. Each such
// reading is warned about, quoting the print. Last, the symbol that the
// running heads of the later pages print (every UN document prints its
// symbol there) is taken when the masthead gave none, or replaces one OCR
// misread by an edit, with a warning that says where it came from; when
// neither gives one, the symbol its footers print, OCR's misreadings of
// figures and of the known symbol parts mended ("T/PEE.1L/142").
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <optional>
#include <set>
#include <stdexcept>

#include "cleanup/cleanup.hpp"
#include "cleanup/guarded_pattern.hpp"
#include "core/un_patterns.hpp"
#include "core/un_vocabulary.hpp"
#include "cleanup/pass_util.hpp"
#include "core/bidi.hpp"
#include "core/dates.hpp"
#include "core/known_words.hpp"
#include "core/language.hpp"
#include "core/regex.hpp"
#include "core/spellout.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "parse_masthead";

// Thresholds of parse_masthead.
// Lines of masthead values taken on each side of the anchor (a 1990s joint
// GA/SC masthead has a dozen below its "Distr.").
constexpr int kReach = 16;
// Without "Distr.", a symbol anchors the masthead only among the first
// non-blank lines of page 1.
constexpr std::size_t kSymbolAnchorLines = 12;
// A masthead line holds a few values (at most about 200 bytes). A longer line
// is body text, and searching it field by field, each match cut out and the
// rest searched again, is quadratic in its length.
constexpr std::size_t kLongestMastheadLine = 500;
// OCR leaves short garbage beside the values (a logo, a stamp): up to this
// many leftover pieces of at most kOcrGarbageBytes each are tolerated.
constexpr int kOcrGarbagePieces = 3;
constexpr std::size_t kOcrGarbageBytes = 4;
// The title of an agenda item: with geometry, lines set under the agenda
// line in its type (within kTitleSizeTolerance pt), no further below the line
// above than kTitleGapEm of the type size, the first flush with the agenda
// line (within kTitleFlushPt), turnover lines flush or indented by at most
// kTitleTurnoverEm (1990s titles hang their turnovers); at most
// kTitleLinesGeometry lines (a 1990s letter may list four items). Without
// geometry, a run of at most kTitleLinesText lines closed by a blank line.
constexpr double kTitleSizeTolerance = 0.5;
// OCR estimates a line's type size from its letters' height, which differs
// between a line in capitals and one in mixed case of the same type: on an
// OCR page the sizes may differ by this share of the agenda line's.
constexpr double kTitleSizeToleranceOcr = 0.3;
constexpr double kTitleGapEm = 0.6;
// Under an agenda line that lists several items, each item's title is its
// own paragraph, and some mastheads (A/RES/80/237) set a half line of space
// before each: a title line may then follow the line above after a gap of
// up to kTitleParagraphGapEm of the type size (the adoption line below is
// further, and in another type), while fewer titles than items were begun.
// The titles are told apart by that space, or, where turnover lines hang
// (1990s capitals), by each line set flush again; they are kept apart only
// when as many titles as items are found.
constexpr double kTitleParagraphGapEm = 1.0;
constexpr double kTitleFlushPt = 2;
constexpr double kTitleTurnoverEm = 2;
// The widest word space of a line-end (a third of the type size).
constexpr double kTitleEndSpaceEm = 0.35;
constexpr std::size_t kTitleLinesGeometry = 12;
constexpr std::size_t kTitleLinesText = 4;
// A draft's list of sponsors runs over at most this many lines, each of
// which ends in a comma or holds at least kListCommas commas (a full line
// names eight States or more; an agenda item's title line holds three
// commas at most: "Social development, including questions relating to
// the world social situation, youth, ageing and disabled persons").
constexpr std::size_t kMostSponsorLines = 12;
constexpr std::size_t kListCommas = 4;
// On an OCR page, a session whose ordinal is no word ("rrwenty-sixth
// session") is taken for the ordinal nearest it when that is within
// kMisreadOrdinalEdits edits and nearer than any other, the word at least
// kMisreadOrdinalBytes long (no number is read into a scrap).
constexpr std::size_t kMisreadOrdinalEdits = 2;
constexpr std::size_t kMisreadOrdinalBytes = 5;
// On an OCR page, a leftover piece of at most kOcrSpeckPieceBytes with at
// most one letter or figure ("%C.**,") is a speck, like short garbage.
constexpr std::size_t kOcrSpeckPieceBytes = 8;
// On an OCR page, a line the fields do not explain as printed is read again
// with its misread label words ("ORIGHAL", "ORIGINAL8", "Councll") taken for
// the masthead vocabulary's nearest word: words of at least kLabelMinBytes
// letters, within one edit per kLabelBytesPerEdit letters (of the longer of
// the word and the label), nearer than any other label word.
constexpr std::size_t kLabelMinBytes = 5;
constexpr std::size_t kLabelBytesPerEdit = 4;
// The running head of a later page: among its first kHeadLines lines, in
// the top kHeadShare of the page. A masthead symbol OCR read otherwise than
// the heads of at least kHeadVotesToOverrule later pages (a majority of
// those that print one), within kHeadSymbolEdits edits, is taken as they
// print it.
constexpr std::size_t kHeadLines = 4;
constexpr double kHeadShare = 0.2;
constexpr int kHeadVotesToOverrule = 2;
constexpr std::size_t kHeadSymbolEdits = 1;
// The footer of a page: among its last kFootLines lines, in the bottom
// kFootShare of the page. When neither the masthead nor the running heads
// give a symbol, a symbol printed there (alone or beside the page number:
// "651 A/C,4/SR.985") is taken.
constexpr std::size_t kFootLines = 4;
constexpr double kFootShare = 0.15;
// A document with a text layer whose masthead gave no symbol (its first
// page lost: pages cut from a longer document) takes the symbol its running
// heads print at the start or end of a head line (kHeadLines, kHeadShare)
// when at least kTextHeadPages pages print one and every one prints the
// same: a text layer prints the symbol as it is, so one that differs is
// another document's, and the symbol is left unknown.
constexpr std::size_t kTextHeadPages = 2;
// A footer's symbol OCR misread ("T/PEE.1L/142" for T/PET.11/142) is read
// with a letter read for a figure among figures taken for that figure and a
// letter part no UN symbol uses taken for the one known part
// (vocabulary::kSymbolLetterParts) within kMisreadSymbolPartEdits edits of
// it, when at most kMisreadSymbolEdits characters change in all.
constexpr std::size_t kMisreadSymbolPartEdits = 1;
constexpr std::size_t kMisreadSymbolEdits = 2;
// On an OCR page, a masthead date whose month name OCR misread ("2 Aprii
// 1990") is explained as the date (no date of issue is taken from it) when
// the word is within kMisreadMonthEdits edits of a month name.
constexpr std::size_t kMisreadMonthEdits = 1;
// Letters from the first CJK block on write words of one character: a
// line of them alone is text, never specks.
constexpr char32_t kFirstCjkCodePoint = 0x2E80;

// A masthead field: its pattern and name, and the cues that let a line be
// passed over without searching it. Every match of the pattern holds one of
// the cue words (exact bytes, no case folded), so a line that holds none of
// them cannot match; the field is searched on every line when it has no
// cues. A field read only on OCR pages is not searched on other pages.
struct Field {
  const Regex* re;
  std::string_view name;
  std::vector<std::string_view> cues = {};
  bool ocr_only = false;
};

// Whether field `f` may match `text` on a page (OCR or not): false only
// when a search could not find it, so that skipping it changes nothing.
// The bytes a text holds, for may_match to pass over a cue whose first
// byte the line does not print without searching for it (most cues of the
// other five languages on any line).
using ByteSet = std::array<bool, 256>;
ByteSet bytes_of(std::string_view text) {
  ByteSet present{};
  for (const char c : text) present[static_cast<unsigned char>(c)] = true;
  return present;
}

// `present` holds every byte of `text` (it may hold more: a line's bytes
// still cover the line once parse_line has cut fields out of it, leaving
// spaces).
bool may_match(const Field& f, std::string_view text, bool ocr, const ByteSet& present) {
  if (f.ocr_only && !ocr) return false;
  if (f.cues.empty()) return true;
  return std::any_of(f.cues.begin(), f.cues.end(), [&](std::string_view cue) {
    return present[static_cast<unsigned char>(cue.front())] && text.find(cue) != std::string_view::npos;
  });
}
bool may_match(const Field& f, std::string_view text, bool ocr) { return may_match(f, text, ocr, bytes_of(text)); }

// The six languages as the mastheads of the six versions name them
// ("Original : anglais", "Original: inglés", "Подлинный текст: английский",
// "الأصل: بالإنكليزية", "原件：英文"); official_language_code reads them.
#define AKN_LANGUAGES                                                                                              \
  "English|French|Spanish|Russian|Arabic|Chinese|ENGLISH|FRENCH|SPANISH|RUSSIAN|ARABIC|CHINESE|"                   \
  "[Aa]nglais|[Ff]rançais|[Ee]spagnol|[Rr]usse|[Aa]rabe|[Cc]hinois|ANGLAIS|FRANÇAIS|ESPAGNOL|RUSSE|ARABE|CHINOIS|" \
  "[Ii]nglés|[Ff]rancés|[Ee]spañol|[Rr]uso|[Áá]rabe|[Cc]hino|"                                                     \
  "[Аа]нглийский|[Фф]ранцузский|[Ии]спанский|[Рр]усский|[Аа]рабский|[Кк]итайский|"                                 \
  "ب?الإنكليزية|ب?الإنجليزية|ب?الفرنسية|ب?الإسبانية|ب?الروسية|ب?العربية|ب?الصينية|"                                 \
  "英文|法文|西班牙文|俄文|阿拉伯文|中文"
// "Distr. générale", "Distr. limitada": the distribution in French and Spanish.
#define AKN_LOCAL_DISTRIBUTIONS "générale|limitée|restreinte|general|limitada|reservada"
// The weekday before a meeting's date, in English, French and Spanish
// ("Thursday, 4 April 2002", "Vendredi 4 décembre 1959", "Lunes 2 de
// noviembre de 1959").
#define AKN_WEEKDAYS                                                                           \
  "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"                                  \
  "Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|"                                       \
  "Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo"
// The hour of a meeting as a French or Spanish record prints it ("10 h 50",
// "10h50", "15 heures", "10.30 horas"); no capture group.
#define AKN_LOCAL_TIME "(?:[01]?[0-9]|2[0-3])\\s?h(?:eures)?(?:\\s?[0-5][0-9])?(?![\\p{L}0-9])|(?:[01]?[0-9]|2[0-3])[.:][0-5][0-9]\\s+horas"
// What leads into the hour: "at 10.30 a.m.", "à 10 h 50", "a las 10.30 horas".
#define AKN_TIME_LEAD "(?:at\\s+|à\\s+|a\\s+las\\s+)?"
// The Main Committees by their ordinal, in capitals or title case, in
// English, French and Spanish (a 1950s record's masthead: "FOURTH
// COMMITTEE, 985th MEETING", "QUATRIEME COMMISSION, 985e SEANCE", "CUARTA
// COMISION, 985a SESION"). Groups 1 to 3: the ordinal in each language,
// in the order of kCommitteeOrdinals.
#define AKN_RECORD_COMMITTEE                                                                                        \
  "(FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|First|Second|Third|Fourth|Fifth|Sixth)\\s+(?:COMMITTEE|Committee)|"      \
  "(PREMI[EÈ]RE|DEUXI[EÈ]ME|TROISI[EÈ]ME|QUATRI[EÈ]ME|CINQUI[EÈ]ME|SIXI[EÈ]ME|Première|Deuxième|Troisième|"        \
  "Quatrième|Cinquième|Sixième)\\s+(?:COMMISSION|Commission)|"                                                      \
  "(PRIMERA|SEGUNDA|TERCERA|CUARTA|QUINTA|SEXTA|Primera|Segunda|Tercera|Cuarta|Quinta|Sexta)\\s+(?:COMISI[OÓ]N|Comisión)"
// The word for a meeting, plenary or not, in the three languages.
#define AKN_RECORD_MEETING_WORD                                                                         \
  "(?:PLENARY\\s+)?MEETING|(?:plenary\\s+)?meeting|S[EÉ]ANCE(?:\\s+PL[EÉ]NI[EÈ]RE)?|séance(?:\\s+plénière)?|" \
  "SESI[OÓ]N(?:\\s+PLENARIA)?|sesión(?:\\s+plenaria)?"
// The suffix of a meeting's number: "985th", "985e", "1re", "985a", "985ª".
// The organs in capitals, as 1950s to 1990s mastheads print them, in
// English, French and Spanish, accents often left off ("ASSEMBLEE
// GENERALE"); english_body_of_capitals names them.
#define AKN_BODY_CAPITALS                                                                                            \
  "GENERAL\\s+ASSEMBLY|SECURITY\\s+COUNCIL|ECONOMIC\\s+AND\\s+SOCIAL\\s+COUNCIL|TRUSTEESHIP\\s+COUNCIL|"                    \
  "ASSEMBL[EÉ]E\\s+G[EÉ]N[EÉ]RALE|CONSEIL\\s+DE\\s+S[EÉ]CURIT[EÉ]|CONSEIL\\s+[EÉ]CONOMIQUE\\s+ET\\s+SOCIAL|"                 \
  "CONSEIL\\s+DE\\s+TUTELLE|ASAMBLEA\\s+GENERAL|CONSEJO\\s+DE\\s+SEGURIDAD|CONSEJO\\s+ECON[OÓ]MICO\\s+Y\\s+SOCIAL|"        \
  "CONSEJO\\s+DE\\s+ADMINISTRACI[OÓ]N\\s+FIDUCIARIA"
#define AKN_RECORD_SUFFIX "(?:st|nd|rd|th|ST|ND|RD|TH|er|re|e|E|a|ª|o|º)\\.?"
// The session as the other five versions print it ("Soixante-dix-huitième
// session", "Septuagésimo octavo período de sesiones", "Семьдесят восьмая
// сессия", "الدورة الثامنة والسبعون", "第七十八届会议"), emergency special
// sessions included ("Dixième session extraordinaire d’urgence",
// "الدورة الاستثنائية الطارئة الحادية عشرة"). Groups 1 to 4: the ordinal
// words in French, Spanish, Russian, Arabic (kSessionLanguages).
#define AKN_LOCAL_SESSIONS                                                                                      \
  "(\\p{Lu}[\\p{L}-]*ième)\\s+session(?:\\s+extraordinaire(?:\\s+d[’']urgence)?)?|"                                 \
  "(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+)?)\\s+período\\s+(?:extraordinario\\s+)?de\\s+sesiones(?:\\s+de\\s+emergencia)?|"   \
  "([А-ЯЁ][а-яё]+(?:\\s+(?!чрезвычайная|специальная)[а-яё]+)?)\\s+(?:(?:чрезвычайная\\s+)?специальная\\s+)?сессия|"  \
  "الدورة(?:\\s+(?:الاستثنائية|الطارئة|الخاصة))*((?:\\s+و?ال\\p{Arabic}+){1,4}(?:\\s+عشرة?)?)|"                     \
  "第[〇零一二三四五六七八九十百]+届(?:紧急特别|特别)?会议"
constexpr std::string_view kSessionLanguages[] = {"fr", "es", "ru", "ar"};
// The agenda item as the other five versions print it ("Point 71 b) de
// l’ordre du jour", "Tema 71 b) del programa", "Пункт 71 b) повестки дня",
// "البند 71 (ب) من جدول الأعمال", "议程项目71 (b)").
#define AKN_LOCAL_ITEM(letter) "[0-9٠-٩]+(?:\\s*" letter ")?"
#define AKN_LOCAL_AGENDA                                                                                                  \
  "Points?\\s+" AKN_LOCAL_ITEM("[a-z]\\)") "(?:(?:\\s*,\\s*|\\s+et\\s+)" AKN_LOCAL_ITEM("[a-z]\\)")                                \
  ")*\\s+de\\s+l[’']ordre\\s+du\\s+jour(?:\\s+provisoire)?|"                                                                \
  "Temas?\\s+" AKN_LOCAL_ITEM("[a-z]\\)") "(?:(?:\\s*,\\s*|\\s+y\\s+)" AKN_LOCAL_ITEM("[a-z]\\)") ")*\\s+del\\s+programa(?:\\s+provisional)?|" \
  "Пункты?\\s+" AKN_LOCAL_ITEM("[a-zа-я]\\)") "(?:(?:\\s*,\\s*|\\s+и\\s+)" AKN_LOCAL_ITEM("[a-zа-я]\\)")                        \
  ")*\\s+(?:предварительной\\s+)?повестки\\s+дня|"                                                                     \
  "(?:البند|البنود)\\s+" AKN_LOCAL_ITEM("\\(\\p{Arabic}{1,2}\\)") "(?:(?:\\s*[،,]\\s*|\\s+و\\s*)" AKN_LOCAL_ITEM("\\(\\p{Arabic}{1,2}\\)")      \
  ")*\\s+من\\s+جدول\\s+الأعمال(?:\\s+المؤقت)?|"                                                                        \
  "(?:临时)?议程项目\\s*" AKN_LOCAL_ITEM("\\([a-z]{1,2}\\)") "(?:\\s*[、和]\\s*" AKN_LOCAL_ITEM("\\([a-z]{1,2}\\)") ")*"

// The numbers of the items of a preliminary list ("Items 23, 35 and 78
// of the preliminary list").
#define AKN_ITEM_NUMBERS "[0-9]+(?:\\s*\\([a-z]\\))?(?:(?:\\s*,\\s*|\\s+and\\s+)[0-9]+(?:\\s*\\([a-z]\\))?)*"

// The fields, searched in this order; each match is cut out of the line
// before the next field is searched.
const std::vector<Field>& fields() {
  // 1990s mastheads print "UNITED" and "NATIONS" on two lines, beside the
  // series letters of the logo ("S", "AS"), "Distr." above "GENERAL", and
  // the organ in capitals.
  // Arabic mastheads stretch their words with tatweel ("الأمــم المتحـدة").
  static const Regex kOrganization("United Nations|Nations\\s+Unies|Naciones\\s+Unidas|Организация\\s+Объединенных\\s+Наций|"
                                   "ـ*اـ*لـ*أـ*مـ*مـ*\\s+اـ*لـ*مـ*تـ*حـ*دـ*ةـ*|联合国|UNITED\\s+NATIONS(?:\\s+[AES]{1,2}\\b)?|^\\s*UNITED\\s*$|^\\s*NATIONS(?:\\s+[AES]{1,2})?\\s*$");
  // "Forty-ninth year" of the Security Council (OCR may double its hyphen:
  // "Forty--fifth year").
  static const Regex kYear("(?:^|\\s)([A-Z][a-z]+(?:-{1,2}[a-z]+)?)\\s+year(?:\\s|$)");
  static const Regex kBodyCapitals(AKN_BODY_CAPITALS);
  // "Distr." ending its line (alone, or after the organ on its baseline:
  // "Security Council Distr."), and the distribution in capitals under it
  // or, where OCR lost the label, beside other values.
  static const Regex kDistributionParts("(?:^|\\s)Distr\\.?:?\\s*$|(?:^|\\s)(GENERAL|LIMITED|RESTRICTED)(?=\\s|$)");
  static const Regex kPreliminaryItem("Items?\\s+" AKN_ITEM_NUMBERS "\\s+of\\s+the\\s+(?:preliminary\\s+|provisional\\s+)?(?:list|agenda)");
  // Two symbols joined by a hyphen or, as the UN prints them now, an en
  // dash: a joint document ("A/47/60-S/23329", "A/80/123–S/2025/456").
  static const Regex kJointSymbols(std::string("(") + masthead::kSymbolPattern + ")(?:\\s*(?:-|\u2013|\u2014)\\s*(" +
                                   masthead::kSymbolPattern + "))+");
  static const Regex kSymbol(masthead::kSymbolPattern);
  // A symbol whose series letter OCR read in lower case ("s/14938**" on
  // S/14938's masthead): only the letters whose lower case has their
  // capital's shape, before a number or a capital.
  static const Regex kLowerCaseSymbol("(?<![A-Za-z/])[cosvwxz](?:/(?:[A-Z]{1,6}(?:\\.[0-9]{1,5})?|[0-9]{1,5}(?:\\.[0-9]+)?))+(?![A-Za-z])");
  static const Regex kBody(std::string(masthead::kBodyPattern) + "|" + masthead::kLocalizedBodyPattern);
  static const Regex kDistribution("Distr\\.?\\s*:?\\s*(General|Limited|Restricted|" AKN_LOCAL_DISTRIBUTIONS ")");
  // A meeting record's status (a 1950s record's: "Documents officiels",
  // "OFFICIAL RECORDS", "Documentos Oficiales").
  static const Regex kStatus(
      "(?:^|\\s)(Provisional|Official\\s+Records|OFFICIAL\\s+RECORDS|Documents\\s+officiels|DOCUMENTS\\s+OFFICIELS|"
      "Documentos\\s+[Oo]ficiales|DOCUMENTOS\\s+OFICIALES)(?![a-z])");
  // A 1950s record's meeting, which its masthead prints instead of a
  // symbol: the Main Committee and the meeting's number ("FOURTH
  // COMMITTEE, 985th MEETING", "QUATRIEME COMMISSION, 985e SEANCE"), or a
  // plenary meeting's number in capitals ("850th PLENARY MEETING"); the
  // meeting word may be printed on the next line of its column (group 5).
  // Groups 1 to 3: the committee's ordinal (AKN_RECORD_COMMITTEE); 4 and 6:
  // the number as printed, which on an OCR page may be misread ("9g5e":
  // parse_line lets only figures through elsewhere).
  static const Regex kRecordMeeting(
      "(?:^|\\s)(?:(?:" AKN_RECORD_COMMITTEE ")\\s*,?\\s+([0-9][0-9A-Za-z]{0,4}?)\\s?" AKN_RECORD_SUFFIX
      "(?:\\s+(" AKN_RECORD_MEETING_WORD "))?|([0-9][0-9A-Za-z]{0,4}?)\\s?" AKN_RECORD_SUFFIX
      "\\s+(?:PLENARY\\s+MEETING|S[EÉ]ANCE\\s+PL[EÉ]NI[EÈ]RE|SESI[OÓ]N\\s+PLENARIA))(?=[\\s,;]|$)");
  // The meeting word alone, printed under the committee and number in its
  // column ("QUATRIEME COMMISSION, 985e" over "SEANCE").
  static const Regex kMeetingWord("^\\s*(?:" AKN_RECORD_MEETING_WORD ")\\s*$");
  // The hour alone, printed under the meeting's day in its column
  // ("Vendredi 4 décembre 1959," over "à 10 h 50").
  static const Regex kMeetingTime(std::string("^\\s*" AKN_TIME_LEAD "(") + kTimePattern + "|" AKN_LOCAL_TIME ")\\s*[.,]?\\s*$");
  // The meeting: "4507th meeting", "82nd plenary meeting", "50th (resumed)
  // plenary meeting"; a raised ordinal suffix may be read apart ("4507 th").
  static const Regex kMeeting(
      "(?<![0-9])([0-9]{1,5})\\s?(?:st|nd|rd|th)\\s+(?:\\(resumed\\)\\s+)?(?:plenary\\s+)?meeting"
      "(?:\\s*\\((?:resumed|Resumption\\s+[0-9]+)\\))?");
  // When it was held: a date after a weekday or before an hour
  // ("Thursday, 4 April 2002, 11.50 a.m."), the place after it on the same
  // line in text exports ("... 11.50 a.m. New York").
  static const Regex kMeetingDate(std::string("(?:(" AKN_WEEKDAYS "),?\\s+(") + kDatePattern + ")(?:,?\\s+" AKN_TIME_LEAD "(" +
                                  kTimePattern + "|" AKN_LOCAL_TIME "))?|(" + kDatePattern + "),?\\s+" AKN_TIME_LEAD "(" +
                                  kTimePattern + "|" AKN_LOCAL_TIME "))(?:,?\\s*([A-Z][a-z]+(?:\\s+[A-Z][a-z]+){0,2})\\s*$)?");
  static const Regex kDate(std::string("(") + kDatePattern + ")");
  // On an OCR page: a date whose day is unreadable ("~9 September 1971").
  static const Regex kUnreadableDayDate(
      "(?<!\\S)(?=\\S{0,1}[0-9~#¥?*'!|])\\S{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|"
      "October|November|December)\\s+(?:1[89][0-9]{2}|20[0-9]{2})(?!\\S)");
  // On an OCR page: a date whose month name OCR misread ("2 Aprii 1990";
  // parse_line checks the word against the month names, kMisreadMonthEdits).
  static const Regex kMisreadMonthDate("(?<!\\S)[0-9]{1,2}\\s+(\\p{L}{3,12})\\s+(?:1[89][0-9]{2}|20[0-9]{2})(?!\\S)");
  static const Regex kSession("([A-Z][a-z]+(?:-[a-z]+)?)\\s+(?:(?:emergency\\s+)?special\\s+)?session");
  // On an OCR page: a session whose ordinal OCR misread (nearest_ordinal).
  static const Regex kMisreadSession("(?:^|\\s)(\\S{5,})\\s+session(?=\\s|$)");
  static const Regex kAgenda(
      "Agenda items?\\s+[0-9]+(?:\\s*\\([a-z]{1,2}\\))?(?:(?:\\s*,\\s*|\\s+and\\s+)[0-9]+(?:\\s*\\([a-z]{1,2}\\))?)*|" AKN_LOCAL_AGENDA);
  static const Regex kLocalSession(AKN_LOCAL_SESSIONS);
  // The session in capitals, as a 1950s record prints it ("QUATORZIEME
  // SESSION", "DECIMOCUARTO PERIODO DE SESIONES", "FOURTEENTH SESSION"),
  // accents often left off. Groups: the ordinal in French, Spanish,
  // English.
  static const Regex kSessionCapitals(
      "(?:^|\\s)(?:(\\p{Lu}+(?:-\\p{Lu}+)*I[EÈ](?:ME|RE))\\s+SESSION|(\\p{Lu}+(?:\\s+\\p{Lu}+)?)\\s+PER[IÍ]ODO\\s+DE\\s+"
      "SESIONES|([A-Z]+(?:-[A-Z]+)?)\\s+SESSION)(?=\\s|$)");
  // The language of the original ("Original: English", "ORIGINAL: ENGLISH",
  // "Original: English/French"), and, on a line of its own, the language of
  // this version (1990s: "ENGLISH" above "ORIGINAL: FRENCH").
  static const Regex kOriginal("(?:Original|ORIGINAL|Подлинный\\s+текст|الأصل|原件)\\s*[:：](?:\\s*((?:" AKN_LANGUAGES ")(?:\\s*(?:/|,|and|AND)\\s*(?:" AKN_LANGUAGES "))*))?");
  static const Regex kVersionLanguage("^\\s*(" AKN_LANGUAGES ")\\s*$");
  static const Regex kCommittee(masthead::kCommitteePattern);
  // The cues of each field: a word that every alternative of its pattern
  // prints literally (a field's search was most of the pass's work, and most
  // lines hold none of these words). A symbol holds its slash. The test
  // "parse_masthead cue words never hide a field" checks them against the
  // patterns. A date holds its year (AKN_YEAR: 18..,
  // 19.., 20.., or in Arabic-Indic figures ١... or ٢...).
  static const std::vector<std::string_view> kYearCues = {"18", "19", "20", "\u0661", "\u0662"};
  static const std::vector<Field> all = {
      {&kDistribution, "distribution", {"Distr"}},
      {&kOrganization, "organization", {"Nations", "Naciones", "Организация", "أ", "联合国", "UNITED", "NATIONS"}},
      {&kBody, "body",
       {"Assembl", "Council", "Commission", "Conseil", "Asamblea", "Consejo", "Comisión", "Генеральн", "Совет",
        "الجمعية", "مجلس", "大会", "理事会"}},
      {&kRecordMeeting, "recordMeeting", {"COMMITTEE", "Committee", "COMMISSION", "Commission", "COMISI", "Comisi", "PL"}},
      {&kStatus, "status", {"Provisional", "Official", "OFFICIAL", "Documents", "DOCUMENTS", "Documentos", "DOCUMENTOS"}},
      {&kAgenda, "agendaItem", {"Agenda", "Point", "Tema", "Пункт", "البند", "البنود", "议程项目"}},
      {&kMeetingDate, "meetingDate", kYearCues},
      {&kDate, "issueDate", kYearCues},
      {&kUnreadableDayDate, "unreadableDate",
       {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"},
       true},
      {&kMisreadMonthDate, "misreadMonthDate", kYearCues, true},
      {&kSession, "session", {"session"}},
      {&kLocalSession, "localSession", {"session", "período", "сессия", "الدورة", "会议"}},
      {&kSessionCapitals, "sessionCapitals", {"SESSION", "SESIONES"}},
      {&kMisreadSession, "misreadSession", {"session"}, true},
      {&kMeeting, "meeting", {"meeting"}},
      {&kJointSymbols, "symbols", {"/"}},
      {&kSymbol, "symbol", {"/"}},
      {&kLowerCaseSymbol, "lowerCaseSymbol", {"/"}},
      {&kOriginal, "original", {"Original", "ORIGINAL", "Подлинный", "الأصل", "原件"}},
      {&kVersionLanguage, "language"},
      {&kCommittee, "committee", {"Committee"}},
      {&kYear, "year", {"year"}},
      {&kBodyCapitals, "body", {"ASSEMBL", "COUNCIL", "ASAMBLEA", "CONSEIL", "CONSEJO"}},
      {&kDistributionParts, "distribution", {"Distr", "GENERAL", "LIMITED", "RESTRICTED"}},
      {&kPreliminaryItem, "agendaItem", {"Item"}},
      {&kMeetingWord, "meetingWord", {"MEETING", "meeting", "ANCE", "ance", "SESI", "sesi"}},
      {&kMeetingTime, "meetingTime", {"m.", "h", "noon", "midnight"}}};
  return all;
}

// The field of fields() named `name` (the first, where two share it).
// Throws std::logic_error for a name no field has.
const Field& field_named(std::string_view name) {
  for (const Field& f : fields())
    if (f.name == name) return f;
  throw std::logic_error("parse_masthead has no field \"" + std::string(name) + "\"");
}

// The session number whose English ordinal is nearest a word OCR misread
// ("rrwenty-sixth": 26), by the thresholds above; nothing when none is
// near enough or two are as near.
std::optional<int> nearest_ordinal(std::string_view printed) {
  if (printed.size() < kMisreadOrdinalBytes) return std::nullopt;
  const std::string word = to_lower_ascii(printed);
  std::optional<int> best;
  std::size_t best_edits = kMisreadOrdinalEdits + 1;
  bool tie = false;
  for (int n = 1; n <= 99; ++n) {
    const std::size_t edits = levenshtein(word, ordinal_words(n));
    if (edits < best_edits) best_edits = edits, best = n, tie = false;
    else if (edits == best_edits) tie = true;
  }
  return tie ? std::nullopt : best;
}

// Whether a date may follow this byte on an OCR page: white space or an
// opening bracket (a misread day's first half is neither).
bool glued_ok(char before) { return before == ' ' || before == '\t' || before == '(' || before == ','; }

bool all_figures(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The number of a record's meeting as kRecordMeeting's match prints it.
std::string_view record_meeting_number(const Regex::Match& m, std::string_view text) {
  return m.has(4) ? m.str(text, 4) : m.str(text, 6);
}

// The Main Committee's number (1 to 6) from the ordinal printed in
// kRecordMeeting's groups 1 to 3 (English, French, Spanish), or 0.
int committee_number(const std::vector<std::string>& groups) {
  static constexpr std::array<std::array<std::string_view, 6>, 3> kOrdinals = {{
      {"first", "second", "third", "fourth", "fifth", "sixth"},
      {"premiere", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme"},
      {"primera", "segunda", "tercera", "cuarta", "quinta", "sexta"},
  }};
  for (std::size_t g = 0; g < kOrdinals.size() && g < groups.size(); ++g) {
    if (groups[g].empty()) continue;
    const std::string word = without_case_and_accents(groups[g]);
    for (std::size_t n = 0; n < kOrdinals[g].size(); ++n)
      if (word == kOrdinals[g][n]) return static_cast<int>(n) + 1;
  }
  return 0;
}

// The hour of a meeting as an English, French or Spanish record prints it
// ("10.30 a.m.", "10 h 50", "10h50", "15 heures", "10.30 horas"), what
// leads into it ("at", "à", "a las") left off; nothing when it is none.
std::optional<ClockTime> parse_meeting_time(std::string_view text) {
  static const Regex kLead("^\\s*" AKN_TIME_LEAD);
  static const Regex kLocal("^\\s*([01]?[0-9]|2[0-3])(?:\\s?h(?:eures)?(?:\\s?([0-5][0-9]))?|[.:]([0-5][0-9])\\s+horas)\\s*$");
  std::string_view rest = text;
  if (const auto m = kLead.search(rest)) rest.remove_prefix(m->end);
  if (auto t = parse_time(rest)) return t;
  const auto m = kLocal.search(rest);
  if (!m) return std::nullopt;
  ClockTime t;
  t.hour = std::stoi(std::string(m->str(rest, 1)));
  t.minute = m->has(2) ? std::stoi(std::string(m->str(rest, 2))) : m->has(3) ? std::stoi(std::string(m->str(rest, 3))) : 0;
  t.printed = collapse_spaces(rest);
  return t;
}

// The English name of an organ printed in capitals in English, French or
// Spanish ("ASSEMBLEE GENERALE": General Assembly), accents or none; empty
// when it is no organ vocabulary::kBodies or kBodyNames know.
std::string english_body_of_capitals(std::string_view printed) {
  const std::string words = without_case_and_accents(collapse_spaces(printed));
  for (const vocabulary::Body& b : vocabulary::kBodies)
    if (without_case_and_accents(b.name) == words) return std::string(b.name);
  for (const vocabulary::BodyName& n : vocabulary::kBodyNames)
    if (without_case_and_accents(n.printed) == words) return std::string(n.english);
  return {};
}

// The fields found in `text`, and whether they explain all of it.
struct Parsed {
  std::vector<std::pair<std::string_view, std::string>> values;
  std::vector<std::pair<std::string_view, std::vector<std::string>>> groups;
  bool complete = false;
  // Read with misread label words taken for the vocabulary's (read_labels):
  // the text as read, and each word's reading ("ORIGHAL" as ORIGINAL).
  std::optional<std::string> read_as;
  std::vector<std::string> readings;

  [[nodiscard]] bool has(std::string_view name) const {
    return std::any_of(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
  }
};

// Whether what the fields left of a line is nothing but punctuation, note
// marks or, on an OCR page, a little garbage.
bool explained_rest(std::string_view rest, bool ocr) {
  bool leftover = false;
  for (char c : rest)
    if (!(c == ' ' || c == '\t' || c == ',' || c == '.' || c == ';' || c == ':' || c == '*')) leftover = true;
  if (!leftover || !ocr) return !leftover;
  int pieces = 0;
  bool small = true;
  std::size_t i = 0;
  while (i < rest.size()) {
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
    std::size_t j = i;
    while (j < rest.size() && rest[j] != ' ' && rest[j] != '\t') ++j;
    const std::string_view piece = rest.substr(i, j - i);
    i = j;
    if (piece.empty() || piece.find_first_not_of(",.;:*") == std::string_view::npos) continue;
    ++pieces;
    const auto alnum = std::count_if(piece.begin(), piece.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
    small = small && (piece.size() <= kOcrGarbageBytes || (piece.size() <= kOcrSpeckPieceBytes && alnum <= 1));
  }
  return small && pieces <= kOcrGarbagePieces;
}

// The Security Council's year as an ordinal ("Forty-fifth"), its hyphen
// doubled by OCR or not ("Forty--fifth").
std::optional<int> year_ordinal(std::string_view words) {
  std::string single(words);
  for (std::size_t at; (at = single.find("--")) != std::string::npos;) single.erase(at, 1);
  return parse_ordinal_words(single);
}

// `ocr`: the page was read by OCR, where a logo or a stamp leaves short
// garbage beside the masthead's values ("Py General Assembly ... Nhe. Ad").
Parsed parse_line(std::string_view text, bool ocr = false) {
  Parsed parsed;
  if (text.size() > kLongestMastheadLine) return parsed;
  std::string rest(text);
  Subject subject(rest);  // checked again only when a cut changes it
  ByteSet present = bytes_of(text);
  present[' '] = true;  // what a cut leaves in the line
  for (const Field& f : fields()) {
    if (!may_match(f, rest, ocr, present)) continue;
    while (auto m = f.re->search(subject)) {
      if (f.name == "session" && !parse_ordinal_words(m->str(rest, 1))) break;
      if (f.name == "year" && !year_ordinal(m->str(rest, 1))) break;
      if (f.name == "misreadMonthDate" &&
          (!ocr || parse_date(m->str(rest)) || month_number_within_edits(m->str(rest, 1), kMisreadMonthEdits) == 0))
        break;
      if (f.name == "misreadSession" && (!ocr || !nearest_ordinal(m->str(rest, 1)))) break;
      // A record's meeting number that is no number ("9g5e") only where OCR
      // may have misread it; an English session's ordinal must be one.
      if (f.name == "recordMeeting" && !ocr && !all_figures(record_meeting_number(*m, rest))) break;
      if (f.name == "sessionCapitals" && m->has(3) && !parse_ordinal_words(m->str(rest, 3))) break;
      if (f.name == "unreadableDate" && (!ocr || parse_date(m->str(rest)))) break;
      // On an OCR page a date's day glued to a sign or letter ("~9 September
      // 1971", "l9 ...") is part of a misread day, not a day of its own.
      if (f.name == "issueDate" && ocr && m->begin > 0 && !glued_ok(rest[m->begin - 1])) break;
      std::vector<std::string> groups;
      for (std::size_t g = 1; g < m->groups.size(); ++g) groups.emplace_back(m->str(rest, g));
      parsed.values.emplace_back(f.name, collapse_spaces(m->str(rest)));
      parsed.groups.emplace_back(f.name, std::move(groups));
      rest = rest.substr(0, m->begin) + " " + rest.substr(m->end);
      subject = Subject(rest);
    }
  }
  parsed.complete = !parsed.values.empty() && explained_rest(rest, ocr);
  return parsed;
}

// The words of a masthead's labels and organs in any UN document, in
// capitals, against which read_labels reads a misread word.
constexpr std::string_view kLabelWords[] = {
    "ORIGINAL", "ENGLISH",  "FRENCH",  "SPANISH", "RUSSIAN",   "ARABIC",     "CHINESE",  "GENERAL", "LIMITED",
    "RESTRICTED", "ASSEMBLY", "SECURITY", "COUNCIL", "TRUSTEESHIP", "ECONOMIC", "SOCIAL", "UNITED",  "NATIONS"};

// The label word nearest `letters` (kLabelMinBytes, kLabelBytesPerEdit),
// or empty when none is near enough or two are as near.
std::string_view nearest_label(std::string_view letters) {
  if (letters.size() < kLabelMinBytes) return {};
  std::string upper(letters);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string_view best;
  std::size_t best_edits = std::string::npos;
  bool tie = false;
  for (std::string_view label : kLabelWords) {
    const std::size_t edits = levenshtein(upper, std::string(label));
    if (edits > std::max(upper.size(), label.size()) / kLabelBytesPerEdit) continue;
    if (edits < best_edits) best_edits = edits, best = label, tie = false;
    else if (edits == best_edits) tie = true;
  }
  return tie ? std::string_view() : best;
}

// One word of a line as read_labels reads it: the label word nearest its
// letters, in the case it is printed in, and after "ORIGINAL" a colon for
// the sign OCR read in its place ("ORIGINAL8", "ORIGINAL;"). `why` is set
// when the reading differs from the print.
std::string read_label_word(const std::string& word, std::string& why) {
  std::size_t n = 0;
  while (n < word.size() && std::isalpha(static_cast<unsigned char>(word[n]))) ++n;
  const std::string letters = word.substr(0, n), tail = word.substr(n);
  const std::string_view label = nearest_label(letters);
  if (label.empty()) return word;
  const bool capitals = std::none_of(letters.begin(), letters.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  std::string read = capitals ? std::string(label) : std::string(1, label[0]) + to_lower_ascii(label.substr(1));
  std::string read_tail = tail;
  if (label == "ORIGINAL" && tail.size() == 1 && tail != ":") read_tail = ":";
  if (read == letters && read_tail == tail) return word;
  why = detail::quoted(word) + " as " + read + read_tail;
  return read + read_tail;
}

// `text` with its misread label words read as the vocabulary's
// (read_label_word); the readings are added to `readings`.
std::string read_labels(std::string_view text, std::vector<std::string>& readings) {
  std::string out;
  for (std::size_t at = 0; at <= text.size();) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    std::string why;
    out += (at > 0 ? " " : "") + read_label_word(std::string(text.substr(at, end - at)), why);
    if (!why.empty()) readings.push_back(why);
    at = end + 1;
  }
  return out;
}

// On an OCR page, a line the fields do not explain as printed, read again
// with its misread label words read as the vocabulary's: the reading is
// taken when the fields explain it whole.
Parsed parse_line_tolerantly(std::string_view text, bool ocr) {
  Parsed printed = parse_line(text, ocr);
  if (printed.complete || !ocr || text.size() > kLongestMastheadLine) return printed;
  std::vector<std::string> readings;
  std::string read = read_labels(text, readings);
  if (readings.empty()) return printed;
  Parsed p = parse_line(read, ocr);
  if (!p.complete) return printed;
  p.read_as = std::move(read);
  p.readings = std::move(readings);
  return p;
}

// "SECURITY COUNCIL" as the Security Council.
std::string title_case_body(std::string_view value) {
  std::string body;
  bool start = true;
  for (char c : value) {
    body += start || c == ' ' ? c : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    start = c == ' ';
  }
  for (const char* small : {" And ", " Of ", " The "})
    for (std::size_t at = body.find(small); at != std::string::npos; at = body.find(small))
      body[at + 1] = static_cast<char>(body[at + 1] - 'A' + 'a');
  return body;
}

// The note mark printed right after `value` in `line_text` ("S/2012/197***",
// "Item 38 of the preliminary list*"), or empty.
std::string note_mark_after(std::string_view line_text, std::string_view value) {
  const std::size_t at = line_text.find(value);
  if (at == std::string_view::npos) return {};
  std::size_t e = at + value.size();
  while (e < line_text.size() && line_text[e] == '*') ++e;
  return std::string(line_text.substr(at + value.size(), e - at - value.size()));
}

// The number of a session printed in Chinese numerals ("第七十八届会议":
// 78), or nothing.
std::optional<int> chinese_session_number(std::string_view printed) {
  static const std::u32string kDigits = U"〇一二三四五六七八九";
  const std::u32string cps = code_points(printed);
  if (cps.size() < 2 || cps[0] != U'第') return std::nullopt;
  int total = 0, digit = -1;
  bool any = false;
  for (std::size_t i = 1; i < cps.size() && cps[i] != U'届'; ++i) {
    const char32_t c = cps[i] == U'零' ? U'〇' : cps[i];
    if (const auto d = kDigits.find(c); d != std::u32string::npos) {
      digit = static_cast<int>(d);
    } else if (c == U'十' || c == U'百') {
      total += (digit < 0 ? 1 : digit) * (c == U'十' ? 10 : 100);
      digit = -1;
    } else {
      return std::nullopt;
    }
    any = true;
  }
  if (digit > 0) total += digit;
  return any && total > 0 ? std::optional<int>(total) : std::nullopt;
}

// Puts the values of masthead lines into Metadata, line by line, and says
// what it kept for each line's edit.
class Store {
 public:
  Store(Document& doc, bool ocr) : doc_(doc), meta_(doc.meta), ocr_(ocr) {}

  std::string put(std::string_view name, const std::string& value, const std::vector<std::string>& groups,
                  std::string_view line_text) {
    if (name == "symbol" || name == "symbols") return symbols(name, value, line_text);
    if (name == "lowerCaseSymbol") return lower_case_symbol(value, line_text);
    if (name == "organization") organization(value);
    else if (name == "body") {
      const std::string english = english_body_of_capitals(value);
      body(english.empty() ? title_case_body(value) : english, value);
    }
    else if (name == "distribution") distribution(value, groups);
    else if (name == "issueDate") {
      if (auto d = parse_date(value)) meta_.issue_date = *d;
    } else if (name == "session") {
      meta_.session = value;
      if (!groups.empty()) meta_.session_number = parse_ordinal_words(groups[0]);
    } else if (name == "localSession") {
      return local_session(value, groups);
    } else if (name == "unreadableDate") {
      doc_.log.warn(std::string(kPass), where_,
                    "the masthead's date \"" + value + "\" has an unreadable day (misread on the scan?): no date of issue is "
                    "taken from it");
      return "unreadableDate=" + value;
    } else if (name == "misreadMonthDate") {
      doc_.log.warn(std::string(kPass), where_,
                    "the masthead's date \"" + value + "\" prints a month name OCR misread (misread on the scan?): no date "
                    "of issue is taken from it");
      return "misreadMonthDate=" + value;
    } else if (name == "misreadSession") {
      return misread_session(value, groups);
    } else if (name == "year") {
      meta_.year = value;
      if (!groups.empty()) meta_.year_number = year_ordinal(groups[0]);
    } else if (name == "committee") {
      if (!meta_.committee) meta_.committee = collapse_spaces(value);
    } else if (name == "agendaItem") {
      meta_.agenda_item = value;
      if (const std::string mark = note_mark_after(line_text, value); !mark.empty()) meta_.agenda_item_note = mark;
    } else if (name == "status") {
      meta_.status = collapse_spaces(groups.empty() ? value : groups[0]);
    } else if (name == "meeting") {
      meta_.meeting = value;
      if (!groups.empty()) meta_.meeting_number = std::stoi(groups[0]);
    } else if (name == "meetingDate") {
      return meeting_date(value, groups);
    } else if (name == "recordMeeting") {
      return record_meeting(value, groups);
    } else if (name == "meetingWord") {
      // The meeting word under the committee and number in their column.
      if (meta_.meeting && !meta_.meeting->ends_with(value)) *meta_.meeting += " " + collapse_spaces(value);
      return "meeting=" + value;
    } else if (name == "meetingTime") {
      if (auto t = parse_meeting_time(groups.empty() ? value : groups[0])) meta_.meeting_time = *t;
      return "meetingTime=" + value;
    } else if (name == "sessionCapitals") {
      return session_capitals(value, groups);
    } else if (name == "original") {
      return original(value, groups);
    } else if (name == "language") {
      return version_language(value, groups);
    }
    return std::string(name) + "=" + value;
  }

  // Where the line being put is, for warnings.
  void at(Position where) { where_ = where; }

  std::string place(std::string_view text) {
    meta_.meeting_place = collapse_spaces(text);
    return "meetingPlace=" + *meta_.meeting_place;
  }

 private:
  // A symbol whose series letter OCR read in lower case: the symbol with
  // its capital, with a warning that gives the printed form.
  std::string lower_case_symbol(const std::string& value, std::string_view line_text) {
    std::string read = value;
    read[0] = static_cast<char>(read[0] - 'a' + 'A');
    doc_.log.warn(std::string(kPass), {}, "masthead symbol read as \"" + value +
                                              "\", its series letter in lower case (misread?): taken for " + read);
    const bool first = !meta_.symbol;
    std::string kept = symbols("symbol", read, line_text);
    if (first && !meta_.symbol_note)
      if (const std::string mark = note_mark_after(line_text, value); !mark.empty()) meta_.symbol_note = mark;
    return kept;
  }

  std::string symbols(std::string_view name, const std::string& value, std::string_view line_text) {
    if (name == "symbols") {
      // "A/47/60-S/23329": each symbol in turn.
      static const Regex kOne(masthead::kSymbolPattern);
      std::string kept;
      for (const auto& m : kOne.find_all(value)) kept += (kept.empty() ? "" : ", ") + symbols("symbol", std::string(m.str(value)), line_text);
      return kept;
    }
    warn_glued_letter(value, line_text);
    if (!meta_.symbol) {
      meta_.symbol = value;
      // "S/2012/197***": the stars refer to a note ("Third reissue ...").
      if (const std::string mark = note_mark_after(line_text, value); !mark.empty()) meta_.symbol_note = mark;
    } else if (*meta_.symbol != value &&
               std::find(meta_.other_symbols.begin(), meta_.other_symbols.end(), value) == meta_.other_symbols.end()) {
      // A joint document of two organs carries a symbol of each series
      // (A/49/230 and S/1994/822); two symbols of one series are suspect.
      if (value.substr(0, value.find('/')) == meta_.symbol->substr(0, meta_.symbol->find('/')))
        doc_.log.warn(std::string(kPass), {}, "masthead symbol " + value + " differs from " + *meta_.symbol);
      meta_.other_symbols.push_back(value);
    }
    return "symbol=" + value;
  }

  // On an OCR page, a letter glued after the symbol ("A/45/155J") is no
  // part of it (the symbol's pattern ends there): a speck or a mark OCR read
  // as a letter. The symbol is taken without it, with a warning.
  void warn_glued_letter(const std::string& value, std::string_view line_text) {
    const std::size_t at = line_text.find(value);
    if (!ocr_ || at == std::string_view::npos) return;
    std::size_t e = at + value.size();
    while (e < line_text.size() && std::isalnum(static_cast<unsigned char>(line_text[e]))) ++e;
    if (e == at + value.size()) return;
    doc_.log.warn(std::string(kPass), where_,
                  "masthead symbol printed as \"" + std::string(line_text.substr(at, e - at)) + "\": taken for " + value +
                      ", what is glued after it read as a speck (misread on the scan?)");
  }

  // "United Nations" as the identifier; as printed only when the page
  // prints the name whole on one line (the 1990s print "UNITED" over
  // "NATIONS", beside the series letters of the logo).
  void organization(const std::string& value) {
    static const Regex kLogoLetters("\\s+[AES]{1,2}$");
    meta_.organization = "United Nations";
    std::string printed = collapse_spaces(value);
    if (const auto m = kLogoLetters.search(printed)) printed.erase(m->begin);
    if (printed != "UNITED" && printed != "NATIONS" && !meta_.organization_printed) meta_.organization_printed = printed;
  }

  // `name`: the organ in English, title case; `printed`: as the page prints it.
  void body(const std::string& name, const std::string& printed) {
    const std::string body = vocabulary::english_body_name(name);
    if (!meta_.body) {
      meta_.body = body;
      meta_.body_printed = collapse_spaces(printed);
    } else if (*meta_.body != body &&
               std::find(meta_.other_bodies.begin(), meta_.other_bodies.end(), body) == meta_.other_bodies.end()) {
      meta_.other_bodies.push_back(body);  // a joint document's second organ
      meta_.other_bodies_printed.push_back(collapse_spaces(printed));
    }
  }

  void distribution(const std::string& value, const std::vector<std::string>& groups) {
    // "Distr.: General", "Distr. générale" printed whole: the cover page
    // shows it as printed.
    if (value.starts_with("Distr") && !groups.empty() && !groups[0].empty()) meta_.distribution_printed = collapse_spaces(value);
    // "GENERAL" under a "Distr." line: the value in the current spelling.
    std::string v = groups.empty() ? std::string() : groups[0];
    for (std::size_t k = 1; k < v.size(); ++k)
      if (v[k] >= 'A' && v[k] <= 'Z') v[k] = static_cast<char>(v[k] - 'A' + 'a');
    // The French and Spanish names of the three distributions, in English.
    static const std::pair<std::string_view, std::string_view> kLocal[] = {
        {"générale", "General"}, {"limitée", "Limited"}, {"restreinte", "Restricted"},
        {"general", "General"},  {"limitada", "Limited"}, {"reservada", "Restricted"}};
    for (const auto& [local, english] : kLocal)
      if (v == local) v = english;
    if (!v.empty()) meta_.distribution = v;
  }

  // A 1950s record's meeting ("QUATRIEME COMMISSION, 985e SEANCE"): the
  // meeting as printed, the Main Committee by its English name, the
  // number; a number OCR misread ("9g5e") gives none, with a warning.
  std::string record_meeting(const std::string& value, const std::vector<std::string>& groups) {
    static constexpr std::array<std::string_view, 6> kCommittees = {"First Committee", "Second Committee", "Third Committee",
                                                                    "Fourth Committee", "Fifth Committee", "Sixth Committee"};
    meta_.meeting = collapse_spaces(trim(value));
    if (const int n = committee_number(groups); n > 0 && !meta_.committee) meta_.committee = std::string(kCommittees[static_cast<std::size_t>(n - 1)]);
    const std::string number = groups.size() > 3 && !groups[3].empty() ? groups[3] : (groups.size() > 5 ? groups[5] : "");
    if (all_figures(number)) {
      meta_.meeting_number = std::stoi(number);
    } else {
      doc_.log.warn(std::string(kPass), where_,
                    "the meeting's number \"" + number + "\" in the masthead's \"" + *meta_.meeting +
                        "\" is no number (misread on the scan?): no meeting number is taken from it");
    }
    return "meeting=" + *meta_.meeting;
  }

  // The session in capitals: its number from the French, Spanish or
  // English ordinal, accents restored where French capitals leave them off
  // ("QUATORZIEME": quatorzième); kept as printed, with a warning, when it
  // cannot be read.
  std::string session_capitals(const std::string& value, const std::vector<std::string>& groups) {
    meta_.session = collapse_spaces(trim(value));
    std::optional<int> n;
    if (groups.size() > 2 && !groups[2].empty()) n = parse_ordinal_words(groups[2]);
    if (!groups.empty() && !groups[0].empty()) {
      std::string word = without_case_and_accents(groups[0]);
      for (const auto& [plain, accented] : {std::pair<std::string_view, std::string_view>{"ieme", "ième"}, {"iere", "ière"}})
        if (word.ends_with(plain)) word.replace(word.size() - plain.size(), plain.size(), accented);
      n = parse_spelled_ordinal(word, "fr");
    }
    if (groups.size() > 1 && !groups[1].empty()) {
      n = parse_spelled_ordinal(groups[1], "es");
      if (!n) n = parse_spelled_ordinal(without_case_and_accents(groups[1]), "es");
    }
    if (n) meta_.session_number = n;
    else doc_.log.warn(std::string(kPass), where_, "the number of the session \"" + *meta_.session + "\" could not be read: kept as printed");
    return "session=" + *meta_.session + (n ? " (" + std::to_string(*n) + ")" : "");
  }

  // Groups: weekday, date, time | date, time; then the place.
  std::string meeting_date(const std::string& value, const std::vector<std::string>& groups) {
    const bool weekday = groups.size() > 1 && !groups[1].empty();  // the first form, which has one
    const std::string date = weekday ? groups[1] : (groups.size() > 3 ? groups[3] : "");
    const std::string time = weekday ? (groups.size() > 2 ? groups[2] : "") : (groups.size() > 4 ? groups[4] : "");
    std::string kept = "meetingDate=" + value;
    if (auto d = parse_date(date)) {
      meta_.meeting_date = *d;
      // The weekday as printed before the date: with a comma in English
      // ("Thursday, 4 April 2002"), without in French ("Vendredi 4 décembre").
      const bool comma = value.size() > groups[0].size() && value[groups[0].size()] == ',';
      if (weekday) meta_.meeting_date->printed = groups[0] + (comma ? ", " : " ") + d->printed;
    }
    if (auto t = parse_meeting_time(time)) meta_.meeting_time = *t;
    if (groups.size() > 5 && !groups[5].empty()) meta_.meeting_place = groups[5];
    return kept;
  }

  std::string original(const std::string& value, const std::vector<std::string>& groups) {
    static const Regex kName("\\p{L}+");
    if (groups.empty() || groups[0].empty()) {
      // "Original:" with its language on the next line.
      original_open_ = true;
      return "original=" + value;
    }
    for (const auto& m : kName.find_all(groups[0]))
      if (const std::string code = official_language_code(m.str(groups[0])); !code.empty()) add_original(code);
    return "original=" + value;
  }

  std::string version_language(const std::string& value, const std::vector<std::string>& groups) {
    const std::string code = official_language_code(groups.empty() ? value : groups[0]);
    if (original_open_) {
      original_open_ = false;
      add_original(code);
      return "original=" + value;
    }
    if (!meta_.language) meta_.language = code;
    return "language=" + value;
  }

  // The session in another language: its number from the ordinal words
  // (ICU's spell-out rules of the language) or the Chinese numerals. When
  // they cannot be read the session is kept as printed, with a warning.
  std::string local_session(const std::string& value, const std::vector<std::string>& groups) {
    meta_.session = value;
    std::optional<int> n = chinese_session_number(value);
    for (std::size_t g = 0; !n && g < groups.size() && g < std::size(kSessionLanguages); ++g)
      if (!groups[g].empty()) n = parse_spelled_ordinal(groups[g], kSessionLanguages[g]);
    if (n) meta_.session_number = n;
    else doc_.log.warn(std::string(kPass), where_, "the number of the session \"" + value + "\" could not be read: kept as printed");
    return "session=" + value + (n ? " (" + std::to_string(*n) + ")" : "");
  }

  // A session whose ordinal OCR misread: kept as printed, its number the
  // nearest ordinal's, with a warning that says so.
  std::string misread_session(const std::string& value, const std::vector<std::string>& groups) {
    meta_.session = value;
    const std::optional<int> n = groups.empty() ? std::nullopt : nearest_ordinal(groups[0]);
    if (!n) return "session=" + value;
    meta_.session_number = n;
    doc_.log.warn(std::string(kPass), where_,
                  "the session's ordinal \"" + groups[0] + "\" is no word (misread on the scan?): taken for the nearest, " +
                      ordinal_words(*n) + " (" + std::to_string(*n) + "); kept as printed");
    return "session=" + value + " (" + std::to_string(*n) + ")";
  }

  void add_original(const std::string& code) {
    if (std::find(meta_.original_languages.begin(), meta_.original_languages.end(), code) == meta_.original_languages.end())
      meta_.original_languages.push_back(code);
  }

  Document& doc_;
  Metadata& meta_;
  Position where_;
  bool ocr_ = false;            // page 1 was read by OCR
  bool original_open_ = false;  // "Original:" printed without its language
};

// What a taken line is.
enum class Part { values, agenda_title, place, logo, organ_top, organ_bottom, speck, wrapped_first, wrapped_second };

struct Taken {
  std::size_t index;  // into the line refs
  Part part;
};

// Whether `text` prints an ASCII letter right before a "/", as every symbol
// field's match does ("A/RES/78/1", OCR's "s/14938"): a line without one
// holds no symbol, however parse_line_tolerantly reads it (a field cut out
// leaves a space; reading a misread label keeps the letters before a "/",
// or drops the "/").
bool letter_before_slash(std::string_view text) {
  for (std::size_t at = text.find('/'); at != std::string_view::npos; at = text.find('/', at + 1))
    if (at > 0 && std::isalpha(static_cast<unsigned char>(text[at - 1])) != 0) return true;
  return false;
}

// Whether the document is a scan: page 1 read by OCR or carrying an old OCR
// layer, or, where ingest could not tell page 1's layer from a born-digital
// one (A/45/189's), a later page so read.
bool scanned(const Document& doc) {
  return std::any_of(doc.pages.begin(), doc.pages.end(), [](const Page& p) { return p.ocr || p.ocr_layer; });
}

class MastheadReader {
 public:
  explicit MastheadReader(Document& doc)
      : doc_(doc), refs_(detail::line_refs(doc)), ocr_(scanned(doc)) {}

  void run() {
    read_masthead();
    check_symbol_against_heads();
  }

 private:
  void read_masthead() {
    const std::size_t anchor = find_anchor();
    if (anchor == refs_.size()) return;
    taken_.push_back({anchor, Part::values});
    walk_up(anchor);
    walk_down(anchor);
    take_above_masthead();
    take_band_out_of_order();
    std::sort(taken_.begin(), taken_.end(), [](const Taken& a, const Taken& b) { return a.index < b.index; });
    apply();
    mark_stamps();
    warn_unexplained();
  }

  const Line& line(std::size_t i) const { return detail::at(doc_, refs_[i]); }
  bool skipped(std::size_t i) const { return line(i).role == LineRole::blank || line(i).role == LineRole::marker; }
  bool values(std::size_t i) const { return line(i).role == LineRole::body && parsed(i).complete; }
  // parse_line of line i, parsed once: the walks and apply() ask again of
  // the same lines, whose text this pass does not change.
  const Parsed& parsed(std::size_t i) const {
    if (parsed_.empty()) parsed_.resize(refs_.size());
    if (!parsed_[i]) parsed_[i] = parse_line_tolerantly(line(i).text, ocr_);
    return *parsed_[i];
  }

  // A "Distr.:" line, or one ending in "Distr." above the distribution;
  // else a symbol among the first lines of page 1.
  std::size_t find_anchor() const {
    static const Regex kDistr("Distr\\.?\\s*:?\\s*(?:General|Limited|Restricted|" AKN_LOCAL_DISTRIBUTIONS ")");
    static const Regex kDistrLabel("(?:^|\\s)Distr\\.?:?\\s*$");
    static const Regex kDistrValue("^\\s*(?:GENERAL|LIMITED|RESTRICTED|General|Limited|Restricted)\\s*$");
    for (std::size_t i = 0; i < refs_.size(); ++i) {
      // Both patterns print "Distr": a line without it is passed over unsearched.
      if (line(i).text.find("Distr") == std::string::npos) continue;
      const bool split = kDistrLabel.search(line(i).text) && i + 1 < refs_.size() && kDistrValue.full_match(line(i + 1).text);
      if ((kDistr.search(line(i).text) || split) && values(i)) return i;
    }
    // The symbol as a field of the line, so that one glued to the
    // organization ("United NationsS/PV.9931") counts. A line that could
    // hold no symbol field (letter_before_slash) is passed over unparsed
    // (the walks parse it if they reach it).
    std::size_t seen = 0;
    for (std::size_t i = 0; i < refs_.size() && refs_[i].page == 0 && seen < kSymbolAnchorLines; ++i) {
      if (skipped(i)) continue;
      ++seen;
      if (line(i).role != LineRole::body || !letter_before_slash(line(i).text)) continue;
      const Parsed& p = parsed(i);
      if (p.complete && (p.has("symbol") || p.has("symbols") || (ocr_ && p.has("lowerCaseSymbol")))) return i;
    }
    return record_meeting_anchor();
  }

  // A 1950s record's masthead prints neither "Distr." nor a symbol: its
  // meeting line ("FOURTH COMMITTEE, 985th MEETING", "QUATRIEME
  // COMMISSION, 985e") among the first lines of page 1 anchors it.
  // A line that holds none of the meeting field's cues (reading OCR's
  // misread labels adds none) is passed over unparsed.
  std::size_t record_meeting_anchor() const {
    static const Field& kRecordMeeting = field_named("recordMeeting");
    std::size_t seen = 0;
    for (std::size_t i = 0; i < refs_.size() && refs_[i].page == 0 && seen < kSymbolAnchorLines; ++i) {
      if (skipped(i)) continue;
      ++seen;
      if (line(i).role == LineRole::body && may_match(kRecordMeeting, line(i).text, ocr_) && parsed(i).complete &&
          parsed(i).has("recordMeeting"))
        return i;
    }
    return refs_.size();
  }

  // A record's meeting is printed under its symbol and organ, never above
  // them: a meeting line above the anchor is a resolution's conclusion
  // ("77th plenary meeting") before a masthead printed at the end of a text
  // export, and stops the walk up.
  void walk_up(std::size_t anchor) {
    int seen = 0;
    for (std::size_t i = anchor; i > 0 && seen < kReach;) {
      --i;
      if (skipped(i)) continue;
      std::size_t upper = 0;
      // The organ first: its second line alone may read as a value
      // ("GENERALE" as the distribution GENERAL).
      if (organ_over_two_lines(i, upper)) {
        taken_.push_back({upper, Part::organ_top});
        taken_.push_back({i, Part::organ_bottom});
        i = upper;
      } else if (values(i) && !names_meeting(i)) {
        taken_.push_back({i, Part::values});
      } else if (logo_letters(i)) {
        taken_.push_back({i, Part::logo});
      } else if (speck(i)) {
        taken_.push_back({i, Part::speck});
      } else {
        break;
      }
      ++seen;
    }
  }

  void walk_down(std::size_t anchor) {
    static const Regex kAgendaLine(
        "^\\s*(?:Agenda\\s+items?\\s|Items?\\s+" AKN_ITEM_NUMBERS "\\s+of\\s+the\\s+(?:preliminary|provisional)\\s+(?:list|agenda)|"
        AKN_LOCAL_AGENDA ")");
    int seen = 0;
    std::size_t agenda = kAgendaLine.search(line(anchor).text) ? anchor : refs_.size();
    if (agenda < refs_.size()) items_ = items_listed(parsed(anchor));
    std::size_t title_lines = 0;
    bool open_time = meeting_time_without_place(anchor);
    std::size_t time_line = anchor;
    for (std::size_t i = anchor + 1, last = anchor; i < refs_.size() && seen < kReach; ++i) {
      if (skipped(i)) continue;
      if (line(i).role != LineRole::body) break;
      // A text dump in the content's order (pdftotext -raw) prints page 1's
      // job-number footer and barcode right under the date of issue, above
      // the session: passed over (remove_furniture takes them).
      if (!line(i).box && detail::is_job_number_or_barcode_line(line(i).text)) continue;
      if (const std::size_t lower = organ_below(i); lower < refs_.size()) {
        // The organ over two lines in the left column, read under a meeting
        // line of the right ("GENERAL" / "ASSEMBLY" beside "FOURTH
        // COMMITTEE, 985th").
        taken_.push_back({i, Part::organ_top});
        taken_.push_back({lower, Part::organ_bottom});
        ++seen;
        last = i = lower;
        continue;
      }
      if (values(i)) {
        taken_.push_back({i, Part::values});
        ++seen;
        agenda = kAgendaLine.search(line(i).text) ? i : refs_.size();
        if (agenda < refs_.size()) items_ = items_listed(parsed(i));
        title_lines = 0;
        titles_begun_ = 0;
        // The place is printed under the hour in its column: values of the
        // other column read between them leave it awaited.
        open_time = open_time && other_column(i, time_line);
        if (meeting_time_without_place(i)) open_time = true, time_line = i;
      } else if (agenda < refs_.size() && continues_title(agenda, last, title_lines, i)) {
        taken_.push_back({i, Part::agenda_title});
        if (title_lines == 0 || after_paragraph_space(last, i, agenda)) ++titles_begun_;
        ++title_lines;
        open_time = false;
      } else if (open_time && is_place(i)) {
        taken_.push_back({i, Part::place});
        open_time = false;
      } else if (speck(i)) {
        taken_.push_back({i, Part::speck});
        continue;
      } else if (const std::size_t next = wrapped_value(i); next < refs_.size()) {
        taken_.push_back({i, Part::wrapped_first});
        taken_.push_back({next, Part::wrapped_second});
        ++seen;
        agenda = kAgendaLine.search(joined_text(i, next)) ? i : refs_.size();
        if (agenda < refs_.size()) items_ = items_listed(parse_line_tolerantly(joined_text(i, next), true));
        title_lines = 0;
        titles_begun_ = 0;
        open_time = false;
        last = i = next;
        continue;
      } else {
        break;
      }
      last = i;
    }
    drop_unclosed_text_title();
  }

  // The series letters of the 1990s logo ("AS"), which OCR may read on a
  // line of their own, next to the "UNITED" / "NATIONS" lines.
  bool logo_letters(std::size_t i) const {
    static const Regex kLetters("^\\s*[AES]{1,2}\\s*$");
    static const Regex kUnited("^\\s*(?:UNITED|NATIONS)\\b");
    if (line(i).role != LineRole::body || !kLetters.full_match(line(i).text)) return false;
    for (std::size_t k = i + 1; k < refs_.size(); ++k)
      if (!skipped(k) && !speck(k)) return kUnited.search(line(k).text).has_value();
    return false;
  }

  // The organ in capitals over two lines, as a 1970s masthead prints it
  // ("GENERAL" over "ASSEMBLY"): line i is the second; `upper` is set to
  // the first.
  bool organ_over_two_lines(std::size_t i, std::size_t& upper) const {
    std::size_t k = i;
    while (k > 0 && skipped(k - 1)) --k;
    if (k == 0 || !organ_pair(k - 1, i)) return false;
    upper = k - 1;
    return true;
  }

  // The line under line i that ends the organ's name begun on line i
  // ("ASSEMBLEE" over "GENERALE"), or refs_.size().
  std::size_t organ_below(std::size_t i) const {
    std::size_t k = i + 1;
    while (k < refs_.size() && skipped(k)) ++k;
    return k < refs_.size() && refs_[k].page == refs_[i].page && organ_pair(i, k) ? k : refs_.size();
  }

  // Whether lines `top` and `bottom`, each a word or more in capitals,
  // print an organ's name in capitals between them (AKN_BODY_CAPITALS: in
  // English, French or Spanish), neither line the whole name.
  bool organ_pair(std::size_t top, std::size_t bottom) const {
    static const Regex kCapitals("^\\s*\\p{Lu}+(?:\\s+\\p{Lu}+)*\\s*$");
    static const Regex kWhole("^\\s*(?:" AKN_BODY_CAPITALS ")\\s*$");
    const Line& a = line(top);
    const Line& b = line(bottom);
    return a.role == LineRole::body && b.role == LineRole::body && kCapitals.full_match(a.text) &&
           kCapitals.full_match(b.text) && !kWhole.full_match(a.text) && kWhole.full_match(a.text + " " + b.text);
  }

  // On an OCR page, a value wrapped over two lines ("Items 23, 35 and 78 of
  // the preliminary" / "list*"): line i, which the fields do not explain,
  // and the next, which they explain joined to it, with a value that
  // neither prints whole. The next line's index, or refs_.size().
  std::size_t wrapped_value(std::size_t i) const {
    std::size_t k = i + 1;
    while (k < refs_.size() && skipped(k)) ++k;
    if (!ocr_ || k == refs_.size() || refs_[k].page != refs_[i].page || line(i).role != LineRole::body ||
        line(k).role != LineRole::body)
      return refs_.size();
    const Parsed joined = parse_line_tolerantly(joined_text(i, k), true);
    const bool across = std::any_of(joined.values.begin(), joined.values.end(), [&](const auto& v) {
      return collapse_spaces(line(i).text).find(v.second) == std::string::npos &&
             collapse_spaces(line(k).text).find(v.second) == std::string::npos;
    });
    return joined.complete && across ? k : refs_.size();
  }

  std::string joined_text(std::size_t i, std::size_t k) const { return line(i).text + " " + line(k).text; }

  // On an OCR page, a line that prints no figure and no word, only signs
  // and letters standing alone ("/", ".--- ---~ ____", "I I'", "\\ ,I\\'
  // ..:"): specks of the scan, a rule or a stamp's marks, inside the
  // masthead, which OCR read as signs and one-letter scraps. The walks
  // pass over it.
  bool speck(std::size_t i) const {
    const std::string& t = line(i).text;
    if (!ocr_ || line(i).role != LineRole::body || is_blank(t)) return false;
    // One letter as a list or part label prints it ("I.", "(a)") is text.
    static const Regex kLabel("^\\s*\\(?\\p{L}[.)]?\\s*$");
    return signs_and_lone_letters(t) && !kLabel.full_match(t);
  }

  // Whether `t` prints no figure, no letter of a script written in words
  // of one character (CJK), and no two letters side by side.
  static bool signs_and_lone_letters(std::string_view t) {
    bool after_letter = false;
    for (std::size_t i = 0; i < t.size();) {
      const char32_t c = next_code_point(t, i);
      if ((c >= U'0' && c <= U'9') || (c >= kFirstCjkCodePoint && is_letter(c))) return false;
      const bool letter = is_letter(c);
      if (letter && after_letter) return false;
      after_letter = letter;
    }
    return true;
  }

  bool names_meeting(std::size_t i) const {
    const Parsed& p = parsed(i);
    return p.has("meeting") || p.has("meetingDate") || p.has("recordMeeting");
  }

  // Whether lines i and k, both with geometry, are set in two columns of
  // the page: side by side, neither reaching over the other.
  bool other_column(std::size_t i, std::size_t k) const {
    const Line& a = line(i);
    const Line& b = line(k);
    return a.box && b.box && refs_[i].page == refs_[k].page && (a.box->x1 < b.box->x0 || b.box->x1 < a.box->x0);
  }

  // A meeting's hour was just printed with no place after it (or alone,
  // under its day in a masthead's column).
  bool meeting_time_without_place(std::size_t i) const {
    const Parsed& p = parsed(i);
    if (p.has("meetingTime")) return true;
    for (std::size_t k = 0; k < p.values.size(); ++k)
      if (p.values[k].first == "meetingDate") {
        const auto& g = p.groups[k].second;
        const bool time = (g.size() > 2 && !g[2].empty()) || (g.size() > 4 && !g[4].empty());
        return time && (g.size() < 6 || g[5].empty());
      }
    return false;
  }

  // The place of a meeting under its date and hour: a name of one to three
  // capitalised words ("New York", "Addis Ababa"), or in capitals ("NEW
  // YORK", a 1950s record).
  bool is_place(std::size_t i) const {
    static const Regex kPlace("^\\s*(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}|[A-Z]{2,}(?:[ -][A-Z]{2,}){0,2})\\s*$");
    return kPlace.full_match(line(i).text);
  }

  // A draft's sponsor line ("Bolivia (Plurinational State of):* draft
  // resolution", "...: projet de résolution"): the text's, never an agenda
  // title's; it ends the title above it as a blank line does.
  static bool sponsor_line(std::string_view text) {
    static const Regex kSponsorLine(
        "(?i):\\s*\\**\\s*(?:draft\\s+(?:resolution|decision)|projet\\s+de\\s+(?:résolution|décision)|"
        "proyecto\\s+de\\s+(?:resolución|decisión)|проект\\s+(?:резолюции|решения))\\s*$");
    return kSponsorLine.search(text).has_value();
  }

  // Whether line i opens a draft's list of sponsors wrapped over lines:
  // lines of the list ("Argentina, Austria, ..., Luxembourg,", or wrapped
  // inside a name: "Andorra, Argentina, ..., Romania, Sierra") up to the
  // sponsor line that closes it ("Mexico, ... and Uruguay: draft
  // resolution"). A line of the list ends in a comma or names several
  // States (kListCommas commas); a title's line that ends in a comma is
  // followed by more of the title, not by the sponsor line.
  bool opens_sponsor_list(std::size_t i) const {
    const auto list_line = [](std::string_view t) {
      return !t.empty() && (t.back() == ',' || static_cast<std::size_t>(std::count(t.begin(), t.end(), ',')) >= kListCommas);
    };
    for (std::size_t k = i; k < refs_.size() && k < i + kMostSponsorLines; ++k) {
      if (line(k).role == LineRole::marker) continue;
      const std::string_view t = trim(line(k).text);
      if (k > i && sponsor_line(t)) return true;
      if (!list_line(t)) return false;
    }
    return false;
  }

  // Whether line i continues the title of the agenda item at line `agenda`,
  // of which `so_far` lines are taken, the last at `last`.
  bool continues_title(std::size_t agenda, std::size_t last, std::size_t so_far, std::size_t i) const {
    // What opens the document's own text, never an agenda title. Without
    // geometry also the title of a draft, letter, note or report: with
    // geometry the type, the gap and the indent tell, and agenda items are
    // often titled "Report of the Human Rights Council".
    static const Regex kNotTitle(
        "^\\s*(?:Resolution\\s+adopted|\\[|[0-9]+/[0-9]+\\.|The\\s+General\\s+Assembly|"
        "Résolution\\s+adoptée|Resolución\\s+aprobada|Резолюция,?\\s+принятая|قرار\\s+اتخذته|[0-9]{4}年)");
    static const Regex kNotTitleText("^\\s*(?:Draft\\s|Letter\\s|Note\\s+by|Report\\s+of)");
    const Line& l = line(i);
    const Line& a = line(agenda);
    if (kNotTitle.search(l.text) || sponsor_line(l.text) || opens_sponsor_list(i)) return false;
    // A resolution's symbol says the document is no letter, note or report:
    // the line right under its agenda line is the item's title, whatever it
    // opens with (A/RES/ES-11/1's item 5, "Letter dated 28 February 2014
    // from the Permanent Representative of Ukraine ...").
    if ((!a.box || !l.box) && kNotTitleText.search(l.text) && !(so_far == 0 && resolution_symbol_taken())) return false;
    if (!a.box || !l.box) {
      // Without geometry: lines of text up to a blank line (checked at the end).
      return !a.box && !l.box && so_far < kTitleLinesText && i == last + 1;
    }
    const Line& prev = line(last);
    const double size = std::max(a.font_size, 1.0);
    if (so_far >= kTitleLinesGeometry || refs_[i].page != refs_[agenda].page) return false;
    const double tolerance = ocr_ ? kTitleSizeToleranceOcr * size : kTitleSizeTolerance;
    if (std::abs(l.font_size - a.font_size) > tolerance) return false;
    // After a paragraph's space, only the title of an item not yet titled.
    const double gap = (items_ > 1 && (so_far == 0 || titles_begun_ < items_) ? kTitleParagraphGapEm : kTitleGapEm) * size;
    if (l.box->y0 <= prev.box->y0 || l.box->y0 - prev.box->y1 > gap) return false;
    // A right-to-left line (Arabic) starts at its right edge: its indent is
    // measured from there. Set flush left, the lines of a right-to-left
    // title are flush at their left edge but for the space at the end of
    // each full line, which the words' boxes leave out (kTitleEndSpaceEm).
    const bool rtl = reads_right_to_left(l.text) && reads_right_to_left(a.text);
    const double indent = rtl ? a.box->x1 - l.box->x1 : l.box->x0 - a.box->x0;
    const double left = l.box->x0 - a.box->x0;
    if (so_far == 0)
      return std::abs(indent) <= kTitleFlushPt || (rtl && left >= -kTitleFlushPt && left <= kTitleEndSpaceEm * size);
    return (indent >= -kTitleFlushPt && indent <= kTitleTurnoverEm * size) ||
           (rtl && left >= -kTitleFlushPt && left <= kTitleEndSpaceEm * size);
  }

  // Whether a line of the masthead taken so far gives a resolution's
  // symbol ("A/RES/ES-11/1", "S/RES/2720 (2024)").
  bool resolution_symbol_taken() const {
    for (const Taken& t : taken_)
      if (t.part == Part::values)
        for (const auto& [name, value] : parsed(t.index).values)
          if (name == "symbol" && value.find("/RES/") != std::string::npos) return true;
    return false;
  }

  // Whether line i, with geometry, is set below the title line `last` with
  // more space than the turnover lines of a title leave (a paragraph's).
  bool after_paragraph_space(std::size_t last, std::size_t i, std::size_t agenda) const {
    const Line& l = line(i);
    const Line& prev = line(last);
    if (!l.box || !prev.box) return false;
    return l.box->y0 - prev.box->y1 > kTitleGapEm * std::max(line(agenda).font_size, 1.0);
  }

  // How many items an agenda item value lists: its numbers ("Agenda items
  // 39, 40 and 84": 3; "Agenda item 71 (c)": 1; Arabic-Indic figures too).
  static std::size_t items_listed(std::string_view value) {
    std::size_t numbers = 0;
    bool in_number = false;
    for (std::size_t k = 0; k < value.size();) {
      const char32_t c = next_code_point(value, k);
      const bool digit = (c >= U'0' && c <= U'9') || (c >= U'\u0660' && c <= U'\u0669');
      if (digit && !in_number) ++numbers;
      in_number = digit;
    }
    return numbers;
  }
  static std::size_t items_listed(const Parsed& p) {
    for (const auto& [name, value] : p.values)
      if (name == "agendaItem") return items_listed(value);
    return 0;
  }

  // Without geometry only a short run closed by a blank line is a title.
  void drop_unclosed_text_title() {
    if (taken_.empty() || taken_.back().part != Part::agenda_title || line(taken_.back().index).box) return;
    const std::size_t next = taken_.back().index + 1;
    if (next >= refs_.size() || line(next).role == LineRole::blank || sponsor_line(line(next).text) ||
        opens_sponsor_list(next))
      return;
    while (!taken_.empty() && taken_.back().part == Part::agenda_title) taken_.pop_back();
  }

  void apply() {
    Store store(doc_, ocr_);
    std::vector<std::size_t> title_at;
    for (const Taken& t : taken_) {
      const Line& l = line(t.index);
      if (t.part == Part::agenda_title) {
        title_at.push_back(t.index);
        continue;
      }
      if (t.part == Part::speck) {
        detail::set_role(doc_, kPass, "remove_ocr_noise", refs_[t.index], LineRole::furniture,
                         "a speck inside the masthead of a scanned page, read as a sign: not the document's text");
        continue;
      }
      std::string kept;
      if (t.part == Part::logo) {
        kept = "series letters printed beside the logo";
      } else if (t.part == Part::organ_top) {
        store.at(doc_.position_of(refs_[t.index].page, refs_[t.index].line));
        kept = "values kept as metadata: " + store.put("body", collapse_spaces(l.text + " " + organ_second_line(t.index)), {}, l.text) +
               " (the organ printed over two lines)";
      } else if (t.part == Part::organ_bottom) {
        kept = "the second line of the organ's name, kept as metadata with the first";
      } else if (t.part == Part::wrapped_first) {
        kept = "values kept as metadata: " + put_wrapped(store, t.index) + " (a value wrapped over two lines)";
      } else if (t.part == Part::wrapped_second) {
        kept = "the rest of a value wrapped from the line above, kept as metadata with it";
      } else if (t.part == Part::place) {
        kept = "values kept as metadata: " + store.place(l.text);
      } else {
        const Parsed& p = parsed(t.index);
        store.at(doc_.position_of(refs_[t.index].page, refs_[t.index].line));
        warn_readings(t.index, p);
        for (std::size_t k = 0; k < p.values.size(); ++k) {
          if (!kept.empty()) kept += ", ";
          kept += store.put(p.values[k].first, p.values[k].second, p.groups[k].second, p.read_as ? *p.read_as : l.text);
        }
        kept = "values kept as metadata: " + kept;
      }
      detail::set_role(doc_, kPass, "masthead_to_metadata", refs_[t.index], LineRole::masthead, "masthead line; " + kept);
    }
    apply_titles(title_at);
  }

  // The agenda titles' lines `at` become the title of each item listed,
  // when they tell as many titles as items (title_starts); else one title,
  // with a warning when several items are listed.
  void apply_titles(const std::vector<std::size_t>& at) {
    if (at.empty()) return;
    const std::size_t items = doc_.meta.agenda_item ? items_listed(*doc_.meta.agenda_item) : 0;
    std::vector<bool> starts = title_starts(at);
    const auto begun = static_cast<std::size_t>(std::count(starts.begin(), starts.end(), true));
    if (items > 1 && begun != items) {
      const std::string first = collapse_spaces(line(at.front()).text);
      doc_.log.warn(std::string(kPass), doc_.position_of(refs_[at.front()].page, refs_[at.front()].line),
                    "the agenda line lists " + std::to_string(items) + " items, but the lines under it (from \"" + first +
                        "\") could not be told apart into as many titles: kept as one title");
    }
    if (items < 2 || begun != items) std::fill(starts.begin() + 1, starts.end(), false);
    std::vector<std::string>& titles = doc_.meta.agenda_titles;
    titles.clear();
    std::vector<std::size_t> title_of(at.size());
    for (std::size_t k = 0; k < at.size(); ++k) {
      if (starts[k]) titles.emplace_back();
      std::string& title = titles.back();
      const std::string text = collapse_spaces(line(at[k]).text);
      // Lines join with a space, but not after a hyphen nor within
      // Chinese text, which has no spaces between words.
      if (!title.empty() && !title.ends_with("-") && !joins_unspaced(title, text)) title += " ";
      title += text;
      title_of[k] = titles.size() - 1;
    }
    for (std::size_t k = 0; k < at.size(); ++k) {
      const std::string which = titles.size() > 1 ? "title of agenda item " + std::to_string(title_of[k] + 1) + " of " +
                                                        std::to_string(titles.size())
                                                  : std::string("title of the agenda item");
      detail::set_role(doc_, kPass, "masthead_to_metadata", refs_[at[k]], LineRole::masthead,
                       which + ", kept as metadata: agendaItemTitle=" + titles[title_of[k]]);
    }
  }

  // Which of the title lines `at` (with geometry) begin a title: the
  // first; one set below the line above with a paragraph's space; and,
  // where turnover lines hang (indented from the first line), one set
  // flush again. A right-to-left title's indent is measured from the right.
  std::vector<bool> title_starts(const std::vector<std::size_t>& at) const {
    std::vector<bool> starts(at.size(), false);
    starts[0] = true;
    const Line& first = line(at.front());
    if (!first.box) return starts;
    const bool rtl = reads_right_to_left(first.text);
    auto indent = [&](const Line& l) { return rtl ? first.box->x1 - l.box->x1 : l.box->x0 - first.box->x0; };
    bool hanging = false;
    for (std::size_t i : at) {
      if (!line(i).box) return starts;
      hanging = hanging || indent(line(i)) > kTitleFlushPt;
    }
    const double space = kTitleGapEm * std::max(first.font_size, 1.0);
    for (std::size_t k = 1; k < at.size(); ++k) {
      const Line& l = line(at[k]);
      const bool spaced = l.box->y0 - line(at[k - 1]).box->y1 > space;
      starts[k] = spaced || (hanging && std::abs(indent(l)) <= kTitleFlushPt);
    }
    return starts;
  }

  // A UN document prints its symbol in the running head of every later
  // page. On a scanned document, the symbol a majority of the later pages'
  // heads print (head_symbol) is taken when the masthead gave none, and
  // replaces the masthead's when OCR read that one otherwise by a few
  // edits (kHeadSymbolEdits) and at least kHeadVotesToOverrule heads
  // agree; each time with a warning that says where the symbol came from.
  void check_symbol_against_heads() {
    if (!ocr_) return take_text_head_symbol();
    if (doc_.pages.size() < 2) return take_footer_symbol();
    std::vector<std::pair<std::string, int>> votes;  // in order of first appearance
    int pages = 0;
    for (std::size_t k = 1; k < doc_.pages.size(); ++k) {
      const std::optional<std::string> s = head_symbol(doc_.pages[k]);
      if (!s) continue;
      ++pages;
      auto it = std::find_if(votes.begin(), votes.end(), [&](const auto& v) { return v.first == *s; });
      if (it == votes.end()) votes.emplace_back(*s, 1);
      else ++it->second;
    }
    if (votes.empty()) return take_footer_symbol();
    const auto best = std::max_element(votes.begin(), votes.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    if (2 * best->second <= pages) return;  // no majority: unsure
    Metadata& m = doc_.meta;
    const std::string heads = " (the running head of " + std::to_string(best->second) + " of the " + std::to_string(pages) +
                              " later pages that print a symbol)";
    if (!m.symbol) {
      m.symbol = best->first;
      doc_.log.warn(std::string(kPass), {}, "no symbol was read from the masthead: the symbol " + best->first +
                                                " is taken from the pages' running heads" + heads);
      return;
    }
    if (*m.symbol == best->first ||
        std::find(m.other_symbols.begin(), m.other_symbols.end(), best->first) != m.other_symbols.end())
      return;
    if (best->second < kHeadVotesToOverrule || levenshtein(*m.symbol, best->first) > kHeadSymbolEdits) {
      doc_.log.warn(std::string(kPass), {}, "masthead symbol " + *m.symbol + " differs from the symbol " + best->first +
                                                " the pages' running heads print" + heads + ": the masthead's is kept");
      return;
    }
    doc_.log.warn(std::string(kPass), {}, "masthead symbol read as " + *m.symbol + ", but the pages' running heads print " +
                                              best->first + heads + ": taken for " + best->first + " (misread on the scan?)");
    m.symbol = best->first;
  }

  // A text layer's document whose masthead gave no symbol: the symbol
  // every running head that prints one prints (text_head_symbol), from at
  // least kTextHeadPages pages, with a warning naming them.
  void take_text_head_symbol() {
    if (doc_.meta.symbol) return;
    std::optional<std::string> found;
    std::string pages;
    std::size_t count = 0;
    for (std::size_t k = 0; k < doc_.pages.size(); ++k) {
      const std::optional<std::string> s = text_head_symbol(doc_.pages[k]);
      if (!s) continue;
      if (found && *found != *s) return;  // heads disagree: unsure
      found = s;
      ++count;
      pages += (pages.empty() ? "" : ", ") + std::to_string(k + 1);
    }
    if (!found || count < kTextHeadPages) return;
    doc_.meta.symbol = *found;
    doc_.log.warn(std::string(kPass), {}, "no symbol was read from the masthead (page 1 prints none: its first page missing?): the symbol " +
                                              *found + " is taken from the running heads of pages " + pages +
                                              ", which all print it");
  }

  // The symbol a text layer's running head prints at the start or end of
  // one of its body lines (kHeadLines, kHeadShare): "A/RES/78/144   Title",
  // "Title   A/RES/78/144", or alone.
  static std::optional<std::string> text_head_symbol(const Page& page) {
    static const Regex kShape(std::string("^(?:") + masthead::kSymbolPattern + ")$");
    std::size_t seen = 0;
    for (const Line& l : page.lines) {
      if (is_blank(l.text)) continue;
      if (++seen > kHeadLines || !l.box || l.box->y1 > kHeadShare * page.height) break;
      if (l.role != LineRole::body) continue;
      const std::string text = collapse_spaces(l.text);
      const std::size_t first = text.find(' ');
      const std::size_t last = text.rfind(' ');
      for (const std::string& part : {text.substr(0, first), last == std::string::npos ? std::string() : text.substr(last + 1)})
        if (part.find('/') != std::string::npos && kShape.full_match(part)) return part;
    }
    return std::nullopt;
  }

  // The symbol printed on a line of its own in a page's running head
  // (kHeadLines, kHeadShare), its series letter upper-cased ("s/21225":
  // OCR reads the capital S in lower case), or nothing.
  static std::optional<std::string> head_symbol(const Page& page) {
    static const Regex kShape(std::string("^(?:") + masthead::kSymbolPattern + ")$");
    std::size_t seen = 0;
    for (const Line& l : page.lines) {
      if (is_blank(l.text)) continue;
      if (++seen > kHeadLines || !l.box || l.box->y1 > kHeadShare * page.height) break;
      std::string text = collapse_spaces(l.text);
      while (text.ends_with('*')) text.pop_back();
      if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
      if (text.find('/') != std::string::npos && kShape.full_match(text)) return text;
    }
    return std::nullopt;
  }

  // A scanned document whose masthead and running heads gave no symbol
  // (an old record's masthead prints none): the symbol its pages' footers
  // print, alone or beside the page number, is taken when every footer
  // that prints one prints the same, with a warning that quotes the print.
  void take_footer_symbol() {
    if (doc_.meta.symbol) return;
    std::optional<std::pair<std::string, std::string>> found;  // (symbol, as printed)
    std::size_t page = 0;
    for (std::size_t k = 0; k < doc_.pages.size(); ++k) {
      const auto s = footer_symbol(doc_.pages[k]);
      if (!s) continue;
      if (found && found->first != s->first) return;  // footers disagree: unsure
      if (!found) page = k + 1;
      found = s;
    }
    if (!found) return;
    doc_.meta.symbol = found->first;
    doc_.log.warn(std::string(kPass), {}, "no symbol was read from the masthead nor the running heads: the symbol " +
                                              found->first + " is taken from the footer of page " + std::to_string(page) +
                                              ", printed " + detail::quoted(found->second) +
                                              footer_reading(found->first, found->second));
  }

  // How the footer line `printed` was read as `symbol`, for a warning.
  static std::string footer_reading(const std::string& symbol, const std::string& printed) {
    const std::string part = symbol_part(printed);
    if (symbol == part) return "";
    if (symbol == comma_read_as_dot(part)) return " (a comma read as a dot)";
    return " (read with its parts OCR misread taken for the figures and the known parts of UN symbols nearest them: "
           "misread on the scan?)";
  }

  // The symbol printed in a page's footer (kFootLines, kFootShare), on a
  // line of its own or beside the page number, with a comma OCR read for
  // the dot between a part's letters and its number ("A/C,4/SR.985"); and
  // the line as printed; a symbol OCR misread otherwise is read mended
  // (mend_misread_symbol). Nothing when no footer line is so read.
  static std::optional<std::pair<std::string, std::string>> footer_symbol(const Page& page) {
    static const Regex kShape(std::string("^(?:") + masthead::kSymbolPattern + ")$");
    std::size_t seen = 0;
    for (auto it = page.lines.rbegin(); it != page.lines.rend(); ++it) {
      const Line& l = *it;
      if (is_blank(l.text)) continue;
      if (++seen > kFootLines || !l.box || l.box->y0 < (1 - kFootShare) * page.height) break;
      const std::string printed = collapse_spaces(l.text);
      const std::string text = comma_read_as_dot(symbol_part(printed));
      if (text.find('/') == std::string::npos) continue;
      if (kShape.full_match(text)) return std::make_pair(text, printed);
      if (const std::string mended = mend_misread_symbol(text); !mended.empty() && kShape.full_match(mended))
        return std::make_pair(mended, printed);
    }
    return std::nullopt;
  }

  // `text`, a symbol OCR misread, read with its misread parts mended
  // (kMisreadSymbolEdits): in each part after the series, separated by "/"
  // or ".", the letters OCR reads for figures (l, I, L, |, O, o, S) in a
  // part that holds a figure read as those figures ("1L" as 11); a part of
  // capitals that no UN symbol uses taken for the one known part within
  // kMisreadSymbolPartEdits edits ("PEE" as PET; none when two are as
  // near). Empty when nothing was mended or too much would be.
  static std::string mend_misread_symbol(const std::string& text) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t part = 0; from <= text.size(); ++part) {
      std::size_t end = text.find_first_of("/.", from);
      if (end == std::string::npos) end = text.size();
      std::string run = text.substr(from, end - from);
      if (part > 0) run = figures_misread(nearest_symbol_part(run));
      out += run;
      if (end < text.size()) out += text[end];
      from = end + 1;
    }
    const std::size_t changed = levenshtein(text, out);
    return changed > 0 && changed <= kMisreadSymbolEdits ? out : std::string();
  }

  // A part that holds a figure, with the letters OCR reads for figures
  // among them read as those figures; any other part as it is.
  static std::string figures_misread(std::string run) {
    static constexpr std::string_view kLetters = "lIL|OoS", kFigures = "1111005";
    const auto figure = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    if (run.empty() || std::none_of(run.begin(), run.end(), figure)) return run;
    for (char c : run)
      if (!figure(c) && kLetters.find(c) == std::string_view::npos) return run;
    for (char& c : run)
      if (const std::size_t k = kLetters.find(c); k != std::string_view::npos) c = kFigures[k];
    return run;
  }

  // A part of capitals that no UN symbol uses, taken for the one known
  // part within kMisreadSymbolPartEdits edits; any other part as it is.
  static std::string nearest_symbol_part(const std::string& run) {
    const auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
    if (run.empty() || !std::all_of(run.begin(), run.end(), capital)) return run;
    std::string nearest;
    std::size_t found = 0;
    for (std::string_view known : vocabulary::kSymbolLetterParts) {
      if (known == run) return run;
      if (levenshtein(std::string(known), run) <= kMisreadSymbolPartEdits) nearest = known, ++found;
    }
    return found == 1 ? nearest : run;
  }

  // A footer line without the page number printed before or after the
  // symbol ("651 A/C,4/SR.985"): a run of at most four figures at an end.
  static std::string symbol_part(const std::string& line) {
    static const Regex kLeading("^[0-9]{1,4}\\s+");
    static const Regex kTrailing("\\s+[0-9]{1,4}$");
    std::string out = line;
    if (auto m = kLeading.search(out)) out.erase(0, m->end);
    else if (auto t = kTrailing.search(out)) out.erase(t->begin);
    return out;
  }

  // `text` with each comma that stands where a symbol's part prints a dot
  // between its letters and its number ("C,4" of "A/C,4/SR.985": the
  // symbol's grammar allows only a dot there) read as that dot.
  static std::string comma_read_as_dot(std::string text) {
    const auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; };
    const auto figure = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
      if (text[i] != ',') continue;
      std::size_t a = i;
      while (a > 0 && letter(text[a - 1])) --a;
      std::size_t z = i + 1;
      while (z < text.size() && figure(text[z])) ++z;
      const bool part_start = a > 0 && text[a - 1] == '/';
      const bool part_end = z == text.size() || text[z] == '/' || text[z] == '.';
      if (part_start && part_end && a < i && z > i + 1) text[i] = '.';
    }
    return text;
  }

  // The values of a value wrapped over two lines (wrapped_value), the
  // first at line `first`, read from the two lines joined.
  std::string put_wrapped(Store& store, std::size_t first) {
    std::size_t second = refs_.size();
    for (const Taken& t : taken_)
      if (t.part == Part::wrapped_second && t.index > first) second = std::min(second, t.index);
    const std::string text = joined_text(first, second);
    const Parsed p = parse_line_tolerantly(text, true);
    store.at(doc_.position_of(refs_[first].page, refs_[first].line));
    warn_readings(first, p);
    std::string kept;
    for (std::size_t k = 0; k < p.values.size(); ++k)
      kept += (kept.empty() ? "" : ", ") + store.put(p.values[k].first, p.values[k].second, p.groups[k].second, p.read_as ? *p.read_as : text);
    return kept;
  }

  // A masthead line read with misread label words taken for the
  // vocabulary's: a warning quotes the line and each reading.
  void warn_readings(std::size_t i, const Parsed& p) {
    if (p.readings.empty()) return;
    std::string list;
    for (const std::string& r : p.readings) list += (list.empty() ? "" : ", ") + r;
    doc_.log.warn(std::string(kPass), doc_.position_of(refs_[i].page, refs_[i].line),
                  "masthead line " + detail::quoted(collapse_spaces(line(i).text)) + " read with misread words taken for the "
                  "masthead's: " + list + " (misread on the scan?)");
  }

  // The text of the line taken as the second of the organ's name after
  // the first at `top`.
  std::string organ_second_line(std::size_t top) const {
    for (const Taken& t : taken_)
      if (t.part == Part::organ_bottom && t.index > top) return line(t.index).text;
    return {};
  }

  // On a scanned page 1, the lines printed wholly above the masthead's
  // values that the walk up did not reach (a stamp's garbage stopped it): masthead values
  // ("UNITED" / "NATIONS") and the logo's series letters ("AS") are taken;
  // anything else is a stamp or a mark (a library's stamp, a date stamped
  // or written by hand: "UN LIBRARY", "OCT 1 - 1971"), no part of the
  // document: kept for mark_stamps.
  void take_above_masthead() {
    static const Regex kLetters("^\\s*[AES]{1,2}\\s*$");
    if (!ocr_) return;
    std::optional<double> top;
    std::size_t first = refs_.size();
    for (const Taken& t : taken_) {
      // A speck the walk passed over may lie above the masthead's values.
      if (refs_[t.index].page != 0 || !line(t.index).box || t.part == Part::speck) continue;
      top = top ? std::min(*top, line(t.index).box->y0) : line(t.index).box->y0;
      first = std::min(first, t.index);
    }
    if (!top) return;
    for (std::size_t i = 0; i < first; ++i) {
      const Line& l = line(i);
      if (refs_[i].page != 0 || l.role != LineRole::body || !l.box || is_blank(l.text) || l.box->y1 > *top || taken(i)) continue;
      if (values(i) && !names_meeting(i)) taken_.push_back({i, Part::values});
      else if (kLetters.full_match(l.text)) taken_.push_back({i, Part::logo});
      else stamps_.push_back(i);
    }
  }

  // With geometry, a line of page 1 printed within the masthead's height
  // and made of masthead values is the masthead's, wherever the PDF's
  // content order put it: a producer may write the left column
  // ("United Nations" / "Security Council") and the title under the rule
  // before the right one (the symbol, "Distr.: General"), so that the
  // walks from the anchor never reach it. Only fields the walks did not
  // read are taken so.
  void take_band_out_of_order() {
    std::optional<double> top, bottom;
    for (const Taken& t : taken_) {
      const Line& l = line(t.index);
      if (refs_[t.index].page != 0 || !l.box || t.part == Part::speck) continue;
      top = top ? std::min(*top, l.box->y0) : l.box->y0;
      bottom = bottom ? std::max(*bottom, l.box->y1) : l.box->y1;
    }
    if (!top) return;
    // The fields the walks read on page 1: a line that would give one
    // again (a second date, the date of the conclusions of page 2 printed
    // beside page 1 on a sheet scanned two pages up) is no part of this
    // masthead. (Fields read past page 1, from a page 1 printed twice, do
    // not count.)
    std::set<std::string_view> read;
    for (const Taken& t : taken_)
      if (t.part == Part::values && refs_[t.index].page == 0)
        for (const auto& v : parsed(t.index).values) read.insert(v.first);
    for (std::size_t i = 0; i < refs_.size() && refs_[i].page == 0; ++i) {
      const Line& l = line(i);
      if (l.role != LineRole::body || !l.box || is_blank(l.text) || taken(i)) continue;
      const double middle = (l.box->y0 + l.box->y1) / 2;
      if (middle <= *top || middle >= *bottom || !values(i) || names_meeting(i)) continue;
      const auto& fields = parsed(i).values;
      if (std::any_of(fields.begin(), fields.end(), [&](const auto& v) { return read.count(v.first) > 0; })) continue;
      taken_.push_back({i, Part::values});
    }
  }

  bool taken(std::size_t i) const {
    return std::any_of(taken_.begin(), taken_.end(), [&](const Taken& t) { return t.index == i; });
  }

  // The stamps take_above_masthead found: furniture, each line an edit,
  // with a warning that quotes it.
  void mark_stamps() {
    for (std::size_t i : stamps_) {
      const std::string quoted = detail::quoted(collapse_spaces(line(i).text));
      detail::set_role(doc_, kPass, "remove_stamp", refs_[i], LineRole::furniture,
                       "printed above the masthead of a scanned page: a stamp or a mark, not the document's text");
      doc_.log.warn(std::string(kPass), doc_.position_of(refs_[i].page, refs_[i].line),
                    "a line printed above the masthead (a stamp?) is kept out of the text: " + quoted);
    }
  }

  // With geometry, a line of page 1 printed within the masthead's height
  // that no field explains stays in the text, with a warning.
  void warn_unexplained() {
    double top = 0, bottom = 0;
    bool any = false;
    for (const Taken& t : taken_) {
      const Line& l = line(t.index);
      if (refs_[t.index].page != 0 || !l.box) continue;
      top = any ? std::min(top, l.box->y0) : l.box->y0;
      bottom = any ? std::max(bottom, l.box->y1) : l.box->y1;
      any = true;
    }
    if (!any) return;
    for (std::size_t i = 0; i < refs_.size() && refs_[i].page == 0; ++i) {
      const Line& l = line(i);
      if (l.role != LineRole::body || !l.box || is_blank(l.text)) continue;
      const double middle = (l.box->y0 + l.box->y1) / 2;
      if (middle > top && middle < bottom)
        doc_.log.warn(std::string(kPass), doc_.position_of(refs_[i].page, refs_[i].line),
                      "a line inside the masthead is not explained by masthead fields; kept in the text: " +
                          detail::quoted(collapse_spaces(l.text)));
    }
  }

  Document& doc_;
  const std::vector<detail::LineRef> refs_;
  const bool ocr_;
  std::vector<Taken> taken_;
  std::size_t items_ = 0;         // items listed by the agenda line being walked
  std::size_t titles_begun_ = 0;  // titles begun under it, each after a paragraph's space
  std::vector<std::size_t> stamps_;  // lines above the masthead (take_above_masthead)
  mutable std::vector<std::optional<Parsed>> parsed_;  // by line ref, filled as asked
};
}  // namespace

namespace detail {
const std::vector<GuardedPattern>& masthead_guarded_patterns() {
  static const std::vector<GuardedPattern> patterns = [] {
    std::vector<GuardedPattern> out;
    for (const Field& f : fields())
      if (!f.cues.empty())
        out.push_back({f.name, *f.re, false, [&f](std::string_view t) { return may_match(f, t, true); }});
    return out;
  }();
  return patterns;
}
}  // namespace detail

void parse_masthead(Document& doc, const PassContext&) { MastheadReader(doc).run(); }

}  // namespace akn
