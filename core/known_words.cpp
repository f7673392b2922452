#include "core/known_words.hpp"

#include <string>

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

}  // namespace akn
