#include "structure/numbering.hpp"

#include <iterator>

#include "core/digits.hpp"
#include "core/language.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn::structure {

namespace {
// The Cyrillic letters that print as Latin ones: OCR in Russian reads the
// Latin labels of a list ("a)", "c)", "e)") as them.
char32_t latin_look_alike(char32_t c) {
  switch (c) {
    case U'\u0430': return U'a';
    case U'\u0441': return U'c';
    case U'\u0435': return U'e';
    case U'\u043E': return U'o';
    case U'\u0440': return U'p';
    case U'\u0445': return U'x';
    default: return c;
  }
}

// The one letter of a point's label ("e)", "(e)", "е)" read in Cyrillic),
// its Latin look-alike; 0 when the label is not one letter.
char32_t label_letter(std::string_view label) {
  while (!label.empty() && label.front() == '(') label.remove_prefix(1);
  while (!label.empty() && label.back() == ')') label.remove_suffix(1);
  std::size_t i = 0;
  if (label.empty()) return 0;
  const char32_t c = latin_look_alike(next_code_point(label, i));
  if (i != label.size() || !is_letter(c)) return 0;
  return c;
}

// The value of a lower-case roman number of up to 39 ("xiv" -> 14); 0
// when `s` is none.
int roman_value(std::string_view s) {
  static constexpr std::string_view kRoman[] = {"",   "i",   "ii",   "iii", "iv", "v",   "vi",   "vii",   "viii", "ix",
                                                "x",  "xi",  "xii",  "xiii", "xiv", "xv",  "xvi",  "xvii",  "xviii", "xix",
                                                "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii", "xxix",
                                                "xxx", "xxxi", "xxxii", "xxxiii", "xxxiv", "xxxv", "xxxvi", "xxxvii", "xxxviii", "xxxix"};
  for (std::size_t v = 1; v < std::size(kRoman); ++v)
    if (kRoman[v] == s) return static_cast<int>(v);
  return 0;
}

// The label ("(x)", "x)") a block's text opens with, without its brackets; empty when none.
std::string_view opening_label(std::string_view text) {
  const bool open = text.starts_with('(');
  const std::size_t close = text.find(')');
  if (close == std::string_view::npos || close > 8) return {};
  const std::string_view label = text.substr(open ? 1 : 0, close - (open ? 1 : 0));
  return label;
}

std::string utf8(char32_t c) {
  std::string out;
  append_utf8(out, c);
  return out;
}

// A point's label before Han text as OCR reads it where the list prints
// "(a)": its bracket lost or read as part of a Han character ("人)" for
// "(b)"), its closing bracket read as other marks ("(cj]" for "(c)"), its
// letter and closing bracket lost ("(采取" for "(f) 采取"). A stray quote
// OCR may read between the label and the text is not part of the label.
struct HanLabel {
  std::string printed;  // the label as printed: "人)", "(cj]", "("
  char32_t letter = 0;  // its letter (Latin look-alike); 0 when lost
  bool whole = false;   // opens with "(" and has a closing mark
};
std::optional<HanLabel> han_label(std::string_view text) {
  static const Regex kMisread("^(\\(?)(\\p{L})(\\)|[\\]}|jl]{1,2}\\]?)(?=\\s*[\u201C\u201D\"]?\\s*\\p{Han})");
  // "(" and then Han, no closing bracket in the next few characters ("(一)",
  // "(或)" are a bracketed word or another list's label).
  static const Regex kLost("^\\((?=\\p{Han})(?![^)\uFF09]{0,3}[)\uFF09])");
  if (const auto m = kMisread.search(text)) {
    std::size_t i = 0;
    const std::string letter(m->str(text, 2));
    const char32_t c = latin_look_alike(next_code_point(letter, i));
    const bool han = script_of(c) == Script::han;
    const bool whole = !m->str(text, 1).empty();
    // "(一)", "(或)": a Han label of another list, or a bracketed word.
    if ((!han && !is_letter(c)) || (han && whole && m->str(text, 3) == ")")) return std::nullopt;
    return HanLabel{std::string(m->str(text, 0)), han ? 0 : c, whole};
  }
  if (kLost.search(text)) return HanLabel{"(", 0, false};
  return std::nullopt;
}
}  // namespace

namespace {
// A number misread before Han text, which follows a label without a space
// or after one: its full stop read as a mark of either width ("10，呼吁",
// "10,呼吁") or lost ("5 确认": the space stays). Group 1 the number, 2
// the mark (empty when lost), 3 the white space after it.
std::optional<LabelReading> misread_before_han(std::string_view text, std::size_t expected) {
  static const Regex kHan("^([0-9]{1,3})(?|([,:;\uFF0C\uFF1A\uFF1B\u3001])(\\s*)|()(\\s+))(?=\\p{Han})");
  const auto m = kHan.search(text);
  if (!m || m->str(text, 1) != std::to_string(expected)) return std::nullopt;
  LabelReading r;
  const std::string mark(m->str(text, 2));
  r.printed = std::string(m->str(text, 1)) + mark;
  r.read = std::string(m->str(text, 1)) + ".";
  // The number read with its full stop, padded with spaces to the bytes of
  // the label and space as printed (offsets into the block stay valid).
  const std::size_t span = r.printed.size() + m->str(text, 3).size();
  r.text = r.read + std::string(span - r.read.size(), ' ') + std::string(text.substr(span));
  r.reason = "paragraph number " + r.read + (mark.empty() ? " read without its full stop" : " read with \"" + mark + "\" for its full stop") +
             " (OCR): it opens a paragraph of Han text where the numbering puts paragraph " + r.read + " (after " +
             (expected > 1 ? "paragraph " + std::to_string(expected - 1) + "." : std::string("the preamble")) + ")";
  return r;
}
}  // namespace

std::optional<LabelReading> misread_paragraph_number(std::string_view text, std::size_t expected) {
  static const Regex kMisread("^([0-9]{1,3})([,:;])\\s+\\p{L}");
  const auto m = kMisread.search(text);
  if (!m) return misread_before_han(text, expected);
  if (m->str(text, 1) != std::to_string(expected)) return std::nullopt;
  LabelReading r;
  r.printed = std::string(m->str(text, 1)) + std::string(m->str(text, 2));
  r.read = std::string(m->str(text, 1)) + ".";
  r.text = r.read + std::string(text.substr(r.printed.size()));
  r.reason = "paragraph number " + r.read + " read with \"" + std::string(m->str(text, 2)) +
             "\" for its full stop (OCR): it opens a paragraph where the numbering puts paragraph " + r.read +
             " (after " + (expected > 1 ? "paragraph " + std::to_string(expected - 1) + "." : std::string("the preamble")) +
             "), and a word follows it";
  return r;
}

namespace {
// The figure a character of a paragraph number may be read as: itself, or
// the figure it looks like in print ("$", "S" for 5; "l", "I", "|", "!"
// for 1; "O" for 0; "B" for 8; "Z" for 2); -1 when none.
int figure_read_as(char c) {
  if (is_ascii_digit(c)) return c - '0';
  switch (c) {
    case '$': case 'S': case 's': return 5;
    case 'l': case 'I': case '|': case '!': return 1;
    case 'O': case 'o': return 0;
    case 'B': return 8;
    case 'Z': return 2;
    default: return -1;
  }
}

// `core` read figure by figure as the number it stands for (figure_read_as);
// nullopt when a character is no figure or look-alike, or when `core` holds
// letters and no figure (a part's "I", "B") unless `letters` allows it.
std::optional<std::size_t> number_read_as(std::string_view core, bool letters) {
  if (core.empty() || core.size() > 3) return std::nullopt;
  std::size_t value = 0;
  bool figure = false, letter = false;
  for (char c : core) {
    const int f = figure_read_as(c);
    if (f < 0) return std::nullopt;
    figure = figure || is_ascii_digit(c);
    letter = letter || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    value = value * 10 + static_cast<std::size_t>(f);
  }
  if (letter && !figure && !letters) return std::nullopt;
  return value;
}
}  // namespace

std::optional<LabelReading> noisy_paragraph_number(std::string_view text, std::size_t expected, std::size_t next) {
  // The label as printed: up to the first space, ending in a full stop or
  // a mark OCR reads for it, a letter after the spaces.
  static const Regex kLabel("^(\\S{1,8}?)([.,:;])(\\s+)\\p{L}");
  const auto m = kLabel.search(text);
  if (!m || (next != 0 && next != expected + 1)) return std::nullopt;
  const std::string_view core = m->str(text, 1);
  const std::string read = std::to_string(expected);
  std::string stray;
  // A label of letters alone ("S." for "5.") only between its neighbours.
  const bool letters = next == expected + 1;
  std::optional<std::size_t> value = number_read_as(core, letters);
  if (value != expected) {
    // A stray sign before the number: one code point that is no letter or figure.
    std::size_t i = 0;
    const char32_t first = next_code_point(core, i);
    if (is_letter(first) || (first >= U'0' && first <= U'9') || i >= core.size()) return std::nullopt;
    stray = std::string(core.substr(0, i));
    value = number_read_as(core.substr(i), letters);
  }
  if (value != expected || (core == read && m->str(text, 2) == ".")) return std::nullopt;
  LabelReading r;
  r.printed = std::string(core) + std::string(m->str(text, 2));
  r.read = read + ".";
  const std::size_t span = r.printed.size() + m->str(text, 3).size();
  r.text = r.read + std::string(span - r.read.size(), ' ') + std::string(text.substr(span));
  const std::string where = expected > 1 ? "paragraph " + std::to_string(expected - 1) + "." : std::string("the preamble");
  r.reason = "paragraph number " + r.read + " read \"" + r.printed + "\" (OCR" +
             (stray.empty() ? std::string(": figures read as their look-alikes") : ": a stray \"" + stray + "\" before it") +
             "): it opens a paragraph where the numbering puts paragraph " + r.read + " (after " + where + ", " +
             (next != 0 ? "before paragraph " + std::to_string(next) + ".)" : std::string("and none follows)"));
  return r;
}

namespace {
// misread_point_label for a list labelled "(a)" before Han text (han_label):
// confirmed when the next point's label, read so too, has the letter after
// the expected one and the label read takes no more bytes than printed (the
// text is padded with spaces to its length); otherwise the list's next
// point, kept as printed.
std::optional<PointReading> misread_han_point_label(std::string_view text, char32_t before, std::string_view next) {
  const auto label = han_label(text);
  const char32_t expected = before + 1;
  // A Latin letter out of the sequence is no evidence of which point it is.
  if (!label || (label->letter != 0 && label->letter != expected)) return std::nullopt;
  PointReading out;
  out.printed = label->printed;
  out.expected = "(" + utf8(expected) + ")";
  const auto after = han_label(next);
  const bool confirmed = expected != U'z' && after && after->whole && after->letter == expected + 1;
  if (confirmed && out.expected.size() <= out.printed.size()) {
    LabelReading r;
    r.printed = out.printed;
    r.read = out.expected;
    r.text = r.read + std::string(r.printed.size() - r.read.size(), ' ') + std::string(text.substr(r.printed.size()));
    r.reason = "a point's label before Han text read \"" + r.printed + "\" (OCR) between points (" + utf8(before) +
               ") and (" + utf8(expected + 1) + "): the sequence of the list's letters puts " + r.read + " there";
    out.confirmed = std::move(r);
  }
  return out;
}
}  // namespace

std::optional<PointReading> misread_point_label(std::string_view text, std::string_view previous, std::string_view next) {
  static const Regex kLabel("^(\\(?)([0-9]|\\p{L})\\)\\s+\\p{L}");
  const auto m = kLabel.search(text);
  const char32_t before = label_letter(previous);
  if (!m && before != 0 && before != U'z' && previous.starts_with("(")) return misread_han_point_label(text, before, next);
  if (!m || before == 0 || before == U'z' || (m->str(text, 1) == "(") != previous.starts_with("(")) return std::nullopt;
  const std::string open(m->str(text, 1));
  const std::string printed_char(m->str(text, 2));
  std::size_t i = 0;
  const char32_t printed = latin_look_alike(next_code_point(printed_char, i));
  const char32_t expected = before + 1;
  if (printed == expected) return std::nullopt;  // the label the sequence puts there: a point already
  PointReading out;
  out.printed = open + printed_char + ")";
  out.expected = open + utf8(expected) + ")";
  // The point after it is labelled with the letter after the expected one.
  if (const auto n = kLabel.search(next); n && expected != U'z') {
    std::size_t k = 0;
    const std::string next_char(n->str(next, 2));
    if (latin_look_alike(next_code_point(next_char, k)) == expected + 1 && (n->str(next, 1) == "(") == (open == "(")) {
      LabelReading r;
      r.printed = out.printed;
      r.read = out.expected;
      r.text = r.read + std::string(text.substr(r.printed.size()));
      r.reason = "a point's label read \"" + r.printed + "\" (OCR) between points " + open + utf8(before) + ") and " +
                 open + utf8(expected + 1) + "): the sequence of the list's letters puts " + r.read + " there";
      if (r.text.size() == text.size()) out.confirmed = std::move(r);
    }
  }
  // A "1)" the sequence does not confirm may open a list of its own (items
  // numbered under a point): no point of this list.
  if (!out.confirmed && printed == U'1') return std::nullopt;
  return out;
}

std::optional<LabelReading> stray_quote_after_label(std::string_view text, std::size_t label_end, bool ocr) {
  static const std::string_view kOpen = "\u201C", kClose = "\u201D";
  std::size_t at = label_end;
  while (at < text.size() && text[at] == ' ') ++at;
  const std::string_view rest = text.substr(at);
  const bool closing = rest.starts_with(kClose);
  if (!closing && !rest.starts_with(kOpen)) return std::nullopt;
  const std::size_t quote = kOpen.size();  // both are three bytes in UTF-8
  std::size_t after = at + quote;
  while (after < text.size() && text[after] == ' ') ++after;
  std::size_t i = after;
  if (after >= text.size() || script_of(next_code_point(text, i)) != Script::han) return std::nullopt;
  if (!closing && (!ocr || text.find(kClose, after) != std::string_view::npos)) return std::nullopt;  // a quotation
  LabelReading r;
  r.printed = std::string(rest.substr(0, quote));
  r.text = std::string(text.substr(0, at)) + std::string(quote, ' ') + std::string(text.substr(at + quote));
  r.reason = std::string(closing ? "a closing quote" : "an opening quote that nothing in the paragraph closes") +
             " between the label and the Han text: a mark OCR read beside the label, no quotation (removed)";
  return r;
}

bool opens_no_list(std::string_view label, std::string_view next) {
  while (!label.empty() && label.front() == '(') label.remove_prefix(1);
  while (!label.empty() && label.back() == ')') label.remove_suffix(1);
  const char32_t letter = label_letter(label);
  const int roman = roman_value(label);
  const bool latin = letter >= U'a' && letter <= U'z';
  if (!latin && roman == 0) return false;        // another script's label, or none
  if (letter == U'a' || roman == 1) return false;  // a list's first label
  const std::string_view after = opening_label(next);
  if (latin && label_letter(after) == letter + 1U) return false;
  if (roman > 0 && roman_value(after) == roman + 1) return false;
  return true;
}

}  // namespace akn::structure
