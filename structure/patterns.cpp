#include "structure/patterns.hpp"

#include "core/dates.hpp"
#include "core/un_patterns.hpp"

namespace akn::structure {

namespace {
Patterns compile() {
  const std::string bodies = masthead::kBodyPattern;
  const std::string local = masthead::kLocalizedBodyPattern;
  const std::string date = kDatePattern;
  // "Resolution adopted by the General Assembly on 19 December 2023" in
  // the six languages (group 1 the body, group 2 the date; the Chinese
  // form prints the date first, read ahead so the groups keep their order).
  const std::string adopted =
      "^(?|(?:Resolution|Decision)\\s+adopted\\s+by\\s+the\\s+(" + bodies + ")(?:\\s+on\\s+(" + date + "))?" +
      "|(?:Résolution|Décision)\\s+adoptée\\s+par\\s+(?:l[’']\\s?|le\\s+|la\\s+)(" + local + ")(?:\\s+le\\s+(" + date + "))?" +
      "|(?:Resolución|Decisión)\\s+aprobada\\s+por\\s+(?:la|el)\\s+(" + local + ")(?:\\s+el\\s+(" + date + "))?" +
      "|(?:Резолюция|Решение),?\\s+принят(?:ая|ое)\\s+(" + local + ")(?:\\s+(" + date + "))?" +
      "|(?:قرار|مقرر)\\s+(?:اتخذته|اتخذه)\\s+(" + local + ")(?:\\s+في\\s+(" + date + "))?" +
      "|(?=(?:" + date + ")\\s*(" + local + ")\\s*(?:决议|决定)\\s*$)(" + date + ")\\s*(?:" + local + ")\\s*(?:决议|决定))\\s*$";
  // "[on the report of the Third Committee (A/78/481/Add.2, para. 139)]"
  // or "[without reference to a Main Committee (A/80/L.7)]" in the six
  // languages, as the UN's AKN of each prints them (group 1: the committee
  // as printed, the first name of the Fourth: "Comisión Política Especial y
  // de Descolonización (Cuarta Comisión)").
  const std::string report =
      "^\\[\\s*(?|on\\s+the\\s+report\\s+of\\s+the\\s+([A-Z][\\w ]*?(?:Committee|Commission|Council))|without\\s+"
      "reference\\s+to\\s+a\\s+Main\\s+Committee"
      "|sur\\s+la\\s+base\\s+du\\s+rapport\\s+de\\s+la\\s+(\\p{Lu}\\p{Ll}+\\s+Commission|Commission\\s+[^()\\[\\]]+?)(?=\\s*\\()"
      "|sans\\s+renvoi\\s+à\\s+une\\s+grande\\s+commission"
      "|sobre\\s+la\\s+base\\s+del\\s+informe\\s+de\\s+la\\s+(\\p{Lu}\\p{Ll}+\\s+Comisión|Comisión\\s+[^()\\[\\]]+?)(?=\\s*\\()"
      "|sin\\s+remisión\\s+previa\\s+a\\s+una\\s+Comisión\\s+Principal"
      "|по\\s+докладу\\s+(\\p{Lu}\\p{Ll}+\\s+комитета|Комитета\\s+[^()\\[\\]]+?)(?=\\s*\\()"
      "|без\\s+передачи\\s+в\\s+главн(?:ый|ые)\\s+комитеты?"
      "|بناء\\s+على\\s+تقرير\\s+(اللجنة\\s+\\p{Arabic}+|لجنة\\s+[^()\\[\\]]+?)(?=\\s*\\()"
      "|دون\\s+الإحالة\\s+إلى\\s+لجنة\\s+رئيسية"
      "|根据([^()（）\\[\\]]+?委员会)(?:\\s*[(（][^()（）]+[)）])?的报告"
      "|未经发交主要委员会)[^\\]]*\\]$";
  // The Security Council's adoption line in the six languages, as the UN
  // prints it (group 1 the body, group 2 the meeting, group 3 the date; the
  // Chinese form prints the date first, read ahead so the groups keep their
  // order): "Adopted by the Security Council at its 9650th meeting, on 10
  // June 2024", "Adoptée par le Conseil de sécurité à sa 9650e séance, le
  // 10 juin 2024", "Aprobada por el Consejo de Seguridad en su 9650a
  // sesión, celebrada el 10 de junio de 2024", "Принята Советом
  // Безопасности на его 9650-м заседании 10 июня 2024 года", "اتخذه مجلس
  // الأمن في جلسته 9650، المعقودة في 10 حزيران/يونيه 2024",
  // "2024年6月10日安全理事会第9650次会议通过", which the UN's Chinese AKN
  // gives without the body ("2024年6月10日 9650次会议通过": group 1 unset,
  // the body is the formula's).
  const std::string meeting_number = "[0-9\u0660-\u0669\u06F0-\u06F9]{1,5}";
  // An Arabic date whose month name OCR misread ("10 حزيران /بونيه 2024"):
  // a day, the Levantine name and "/" or not, one Arabic word and a year;
  // the builder reads its month within an edit (parse_date_misread_month)
  // or leaves the line undated.
  const std::string arabic_misread_date =
      "[0-9\u0660-\u0669]{1,2}\\s+(?:\\p{Arabic}+(?:\\s\\p{Arabic}+)?\\s*/\\s*)?\\p{Arabic}{3,}\\s+(?:[0-9]{4}|[\u0660-\u0669]{4})";
  const std::string adopted_at =
      "^(?|Adopted\\s+by\\s+the\\s+(" + bodies + ")\\s+at\\s+its\\s+([0-9]{1,5}(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting),?\\s+"
      "(?:held\\s+)?on\\s+(" + date + ")" +
      "|Adopt[ée]e\\s+par\\s+le\\s+(" + local + ")\\s+[àa]\\s+sa\\s+([0-9]{1,5}(?:e|[èe]me|re)\\s+s[ée]ance),?\\s+(?:tenue\\s+)?le\\s+(" +
      date + ")" +
      "|Aprobada\\s+por\\s+el\\s+(" + local + ")\\s+en\\s+su\\s+([0-9]{1,5}(?:a|\u00AA)\\s+sesi[óo]n),?\\s+(?:celebrada\\s+)?el\\s+(" + date +
      ")" +
      "|[Пп]ринят(?:а|ая)\\s+(" + local + ")\\s+на\\s+(?:его|е[ёе])\\s+([0-9]{1,5}[-\u2010\u2011]?м\\s+заседании),?\\s+(" + date + ")" +
      "|(?:الذي\\s+)?اتخذه\\s+(" + local + ")\\s+في\\s+(جلسته\\s+" + meeting_number + ")\\s*[،,]?\\s+(?:المعقودة\\s+)?في\\s+((?:" + date + ")|" + arabic_misread_date + ")" +
      "|(?=(?:" + date + ")\\s*(" + local + ")?\\s*(第?[0-9]{1,5}次会议)通过)(" + date + ")\\s*(?:" + local + ")?\\s*第?[0-9]{1,5}次会议通过" +
      ")[.\u3002]?$";
  // What separates a resolution's number from its title: a full stop
  // ("78/214. Title", in every language the UN prints so), or a dash, en or
  // em dash with spaces about it, or an en or em dash, as the Arabic version
  // prints it ("79/100 – مسألة أنغويلا"): the dash goes with the number,
  // never into the title. A bare space last ("26 (XXVI) Title").
  // A resolution's number: "57/224", "58/170 A", "2002/…", an emergency
  // special or special session's "ES-11/1", "S-27/2", and the numbering of
  // the first sessions: "2758 (XXVI)", "1514 (XV)", also with the session's
  // numeral as OCR misreads it ("2751 (ХХУГ)", "2752 (XXV1)": Cyrillic
  // look-alikes, 1, l, | or ! for I).
  const std::string resolution_number =
      "(?:E?S-[0-9]{1,2}|[0-9]{1,4})/(?:[0-9]{1,4}(?:\\s*[A-Z])?|\u2026|\\.\\.\\.)|[0-9]{1,4}(?:\\s+[A-Z])?\\s+\\((?:ES-|S-)?(?=[^)]*[IVXLХУ])[IVXLХУГ1l|!]{1,7}\\)";
  const std::string number_separator = "\\s*[\u2013\u2014]\\s*|\\s+-\\s+|\\.?\\s+";
  return Patterns{
      Regex(adopted),
      Regex(adopted_at),
      Regex(report),
      Regex("^(" + resolution_number + ")(" + number_separator + ")(\\S.*)$"),
      Regex("^(" + resolution_number + ")\\.?$"),
      Regex("^(?|((?:Resolution|Résolution|Resolución|Резолюция|القرار)\\s+)([0-9]{1,5}\\s*\\((?:19|20)[0-9]{2}\\))()"
            "|(第\\s*)([0-9]{1,5}\\s*[(\uFF08]\\s*(?:19|20)[0-9]{2}\\s*[)\uFF09])(\\s*号\\s*决议))$"),
      Regex("^The\\s+(" + bodies + "|[A-Z][\\w ]{2,60}?(?:Council|Assembly|Commission|Conference|Committee|Board)),$|^The\\s+(" +
            bodies + ")$|^(?:L[’']\\s?|Le\\s+|La\\s+|El\\s+|إن\\s+)?(" + local + ")\\s*[,،，]$"),
      Regex("^(?:Adopts|Approves|Endorses|Proclaims)\\b.*\\b(?:following|as\\s+follows)\\b.*:$"),
      Regex("^(.+?):\\s*\\**\\s*((?:[Rr]evised\\s+)?draft\\s+(?:resolution|decision))$"),
      Regex(std::string("^(") + masthead::kParagraphNumberPattern + ")(?:\\s+|(?=\\p{Han})|(?<=[-–])(?=\\p{Arabic}))(\\S.*)$"),
      Regex(std::string("^(") + masthead::kPointLabelPattern + ")(?:\\s+|(?=\\p{Han}))(\\S.*)$"),
      // Old volumes punctuate them: "1976th plenary meeting," then "25 October 1971.".
      Regex(std::string("^(") + masthead::kMeetingPattern + ")[,.]?(?:\\s+(" + date + ")\\.?)?$"),
      Regex("^(" + date + ")\\.?$"),
      Regex(std::string("^") + masthead::kPartPrefixPattern + "([IVXLC]{1,7}|[A-Z])\\.?$"),
      Regex("^([IVXLC]{1,7}|[A-H])\\.\\s+(\\p{Lu}.{0,200})$"),
      Regex(std::string("^") + masthead::kAnnexLabelPattern + "$"),
      Regex("^((?:Annex|ANNEX|Appendix|APPENDIX)(?:\\s+(?:[IVXLC]{1,7}|[0-9]{1,3}|[A-Z]))?)\\s*[-\u2013\u2014:]\\s+(\\p{Lu}.{0,300})$"),
      Regex("(?:^|\\s)[0-9][0-9,.]*\\s+[0-9][0-9,.]*(?:\\s|$)"),
      Regex("^(\\p{Lu}\\p{Ll}+)(?:\\s+(\\p{Ll}+(?:\\s+\\p{Ll}+)?))?"),
      Regex("^(?:identical\\s+)?(?:letters?|note\\s+verbale)\\s+dated\\s+(" + date + ")", "i"),
      Regex("^(?:(?:annual|progress|special|final|interim)\\s+)?report\\s+(?:of|on)\\s+the\\s", "i"),
      Regex("^note\\s+by\\s+the\\s", "i"),
      Regex("^(?:provisional\\s+)?(?:verbatim|summary)\\s+record\\b", "i"),
      Regex("^([0-9]{1,5}(?:st|nd|rd|th|-?е|-?я|e|ª|a|°)?\\s+\\p{L}+\\s+\\p{L}+)[,.]?$"),
  };
}
}  // namespace

const Patterns& patterns() {
  static const Patterns p = compile();
  return p;
}

}  // namespace akn::structure
