// fix_typos: conservative correction of typing errors in paragraphs.
//
// 1. Phrase lexicon: a word one edit away from a word of a known phrase,
//    where every other word of the phrase matches exactly, is corrected
//    ("Untied Nations" -> "United Nations"). This catches real-word errors
//    a spell-checker accepts.
// 2. Document vocabulary: a word the dictionary rejects, with exactly one
//    dictionary word one edit away that the document itself uses at least
//    twice, is corrected to it ("Assmebly" when "Assembly" recurs).
// Anything less certain is left alone.
#include <map>

#include "cleanup/cleanup.hpp"
#include "cleanup/dictionary.hpp"
#include "cleanup/lexicon.hpp"
#include "cleanup/pass_util.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "fix_typos";

struct Token {
  std::size_t begin, end;
  std::string text;
};

std::vector<Token> tokens_of(const std::string& text) {
  static const Regex kWord("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");
  std::vector<Token> out;
  for (const auto& m : kWord.find_all(text)) out.push_back({m.begin, m.end, std::string(m.str(text))});
  return out;
}

bool same_case_shape(std::string_view a, std::string_view b) {
  return starts_uppercase(a) == starts_uppercase(b);
}

bool has_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

void correct(Document& doc, std::size_t b, const Token& tok, const std::string& to, std::string_view kind,
             const std::string& reason, double confidence) {
  Block& block = doc.blocks[b];
  const Position where = doc.position_in_block(b, tok.begin);
  const std::optional<Box> box = doc.box_in_block(b, tok.begin);
  block.replace(tok.begin, tok.end - tok.begin, to);
  doc.log.add(Edit{std::string(kPass), std::string(kind), where, tok.text, to, reason, confidence, box});
}

// Phrase corrections in one block, all found on one tokenisation and applied
// from the last to the first so that earlier offsets stay valid. (Applying
// one and tokenising again made a long block quadratic.)
void fix_phrases(Document& doc, std::size_t b, const PhraseLexicon& lexicon) {
  const auto toks = tokens_of(doc.blocks[b].text);
  struct Fix {
    std::size_t token;
    const std::string* want;
    const std::vector<std::string>* phrase;
  };
  std::map<std::size_t, Fix> fixes;  // by token index; one fix a token
  for (const auto& phrase : lexicon.phrases()) {
    const std::size_t n = phrase.size();
    if (n < 2 || toks.size() < n) continue;
    for (std::size_t i = 0; i + n <= toks.size(); ++i) {
      std::size_t wrong = n;
      int misses = 0;
      for (std::size_t k = 0; k < n && misses <= 1; ++k)
        if (toks[i + k].text != phrase[k]) {
          ++misses;
          wrong = k;
        }
      if (misses != 1) continue;
      const Token& tok = toks[i + wrong];
      const std::string& want = phrase[wrong];
      if (want.size() < 5 || has_digit(tok.text) || !same_case_shape(tok.text, want)) continue;
      if (edit_distance(tok.text, want, 1) != 1) continue;
      fixes.emplace(i + wrong, Fix{i + wrong, &want, &phrase});
    }
  }
  std::vector<Edit> edits;  // logged in reading order once all are applied
  for (auto it = fixes.rbegin(); it != fixes.rend(); ++it) {
    const Fix& f = it->second;
    const Token& tok = toks[f.token];
    std::string whole;
    for (const auto& w : *f.phrase) whole += (whole.empty() ? "" : " ") + w;
    const Position where = doc.position_in_block(b, tok.begin);
    const std::optional<Box> box = doc.box_in_block(b, tok.begin);
    doc.blocks[b].replace(tok.begin, tok.end - tok.begin, *f.want);
    edits.push_back(Edit{std::string(kPass), "correct_phrase", where, tok.text, *f.want,
                         "\"" + tok.text + "\" is one edit from \"" + *f.want + "\" in the known phrase \"" + whole + "\"",
                         0.95, box});
  }
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) doc.log.add(std::move(*it));
}
}  // namespace

void fix_typos(Document& doc, const PassContext& ctx) {
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) fix_phrases(doc, b, ctx.lexicon);

  if (!ctx.dictionary || !ctx.options.correct_spelling) return;
  std::map<std::string, int> vocab;
  for (const Block& block : doc.blocks)
    for (const Token& t : tokens_of(block.text)) ++vocab[t.text];
  std::map<std::string, bool> accepted;
  auto accepts = [&](const std::string& w) {
    auto it = accepted.find(w);
    if (it != accepted.end()) return it->second;
    return accepted[w] = ctx.dictionary->accepts(w);
  };
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const auto toks = tokens_of(doc.blocks[b].text);
    for (auto it = toks.rbegin(); it != toks.rend(); ++it) {
      const Token& tok = *it;
      if (tok.text.size() < 5 || has_digit(tok.text) || vocab[tok.text] > 1 || accepts(tok.text)) continue;
      std::string best;
      int candidates = 0;
      for (const auto& [word, count] : vocab) {
        if (count < 2 || word.size() + 1 < tok.text.size() || word.size() > tok.text.size() + 1) continue;
        if (!same_case_shape(word, tok.text) || edit_distance(word, tok.text, 1) != 1 || !accepts(word)) continue;
        best = word;
        ++candidates;
      }
      if (candidates == 1)
        correct(doc, b, tok, best, "correct_spelling",
                "the dictionary rejects \"" + tok.text + "\"; \"" + best + "\" is one edit away and the document uses it " +
                    std::to_string(vocab[best]) + " times",
                0.85);
    }
  }
}

}  // namespace akn
