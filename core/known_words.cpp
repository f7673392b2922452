#include "core/known_words.hpp"

#include <string>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "core/text.hpp"

namespace akn {

namespace {
bool has_letter(std::string_view w) {
  for (std::size_t i = 0; i < w.size();)
    if (is_letter(next_code_point(w, i))) return true;
  return false;
}

bool name_in_lowercase(std::string_view word, const WordTest& dictionary) {
  if (word.empty() || word[0] < 'a' || word[0] > 'z') return false;
  std::string capital(word);
  capital[0] = static_cast<char>(capital[0] - 'a' + 'A');
  return dictionary(capital);
}
}  // namespace

bool unknown_to_dictionary_and_document(std::string_view word, const WordTest& dictionary, const WordTest& document) {
  if (!dictionary || !has_letter(word)) return false;
  if (dictionary(word) || (document && document(word))) return false;
  return !name_in_lowercase(word, dictionary);
}

namespace {
std::string folded(std::string_view word, bool fold_case) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  if (fold_case) in.foldCase();
  if (U_SUCCESS(status)) in = nfd->normalize(in, status);
  if (U_FAILURE(status)) return fold_case ? to_lower(word) : std::string(word);
  icu::UnicodeString bare;
  for (int32_t i = 0; i < in.length();) {
    const UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) bare.append(c);
  }
  bare = nfc->normalize(bare, status);  // what has no accent to take off composed again (Hangul)
  if (U_FAILURE(status)) return fold_case ? to_lower(word) : std::string(word);
  std::string out;
  bare.toUTF8String(out);
  return out;
}
}  // namespace

std::string without_accents(std::string_view word) { return folded(word, false); }
std::string without_case_and_accents(std::string_view word) { return folded(word, true); }

}  // namespace akn
