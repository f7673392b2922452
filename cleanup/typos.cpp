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
#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

#include "cleanup/cleanup.hpp"
#include "cleanup/dictionary.hpp"
#include "cleanup/lexicon.hpp"
#include "cleanup/pass_util.hpp"
#include "core/regex.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
constexpr std::string_view kPass = "fix_typos";

// A word of a block: its byte range, and a view of it that is valid until
// the block changes (after that, take the word again with word_at).
struct Token {
  std::size_t begin, end;
  std::string_view text;
};

std::string_view word_at(const Block& block, const Token& tok) {
  return std::string_view(block.text).substr(tok.begin, tok.end - tok.begin);
}

std::vector<Token> tokens_of(const std::string& text) {
  static const Regex kWord("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019-]*");
  std::vector<Token> out;
  for (const auto& m : kWord.find_all(text)) out.push_back({m.begin, m.end, m.str(text)});
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
  std::string before(word_at(block, tok));
  block.replace(tok.begin, tok.end - tok.begin, to);
  doc.log.add(Edit{std::string(kPass), std::string(kind), where, std::move(before), to, reason, confidence, box});
}

// Phrase corrections in one block, all found on one tokenisation and applied
// from the last to the first so that earlier offsets stay valid. (Applying
// one and tokenising again made a long block quadratic.)
// Returns whether it changed the block.
bool fix_phrases(Document& doc, std::size_t b, const PhraseLexicon& lexicon, const std::vector<Token>& toks) {
  struct Fix {
    std::size_t token;
    const std::string* want;
    const std::vector<std::string>* phrase;
  };
  std::map<std::size_t, Fix> fixes;  // by token index; one fix a token
  // Where each phrase could start: one of its first two words is right.
  // Tried in lexicon order, so that a token takes the first phrase's fix.
  std::vector<std::pair<std::size_t, std::size_t>> starts;  // (phrase, token index)
  for (std::size_t j = 0; j < toks.size(); ++j)
    for (const auto& [p, k] : lexicon.leading(toks[j].text))
      if (j >= k) starts.emplace_back(p, j - k);
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  for (const auto& [p, i] : starts) {
    const std::vector<std::string>& phrase = lexicon.phrases()[p];
    const std::size_t n = phrase.size();
    if (i + n > toks.size()) continue;
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
  std::vector<Edit> edits;  // logged in reading order once all are applied
  for (auto it = fixes.rbegin(); it != fixes.rend(); ++it) {
    const Fix& f = it->second;
    const Token& tok = toks[f.token];
    std::string whole;
    for (const auto& w : *f.phrase) whole += (whole.empty() ? "" : " ") + w;
    const Position where = doc.position_in_block(b, tok.begin);
    const std::optional<Box> box = doc.box_in_block(b, tok.begin);
    std::string before(word_at(doc.blocks[b], tok));
    std::string reason = "\"" + before + "\" is one edit from \"" + *f.want + "\" in the known phrase \"" + whole + "\"";
    doc.blocks[b].replace(tok.begin, tok.end - tok.begin, *f.want);
    edits.push_back(Edit{std::string(kPass), "correct_phrase", where, std::move(before), *f.want, std::move(reason), 0.95, box});
  }
  for (auto it = edits.rbegin(); it != edits.rend(); ++it) doc.log.add(std::move(*it));
  return !fixes.empty();
}
}  // namespace

void fix_typos(Document& doc, const PassContext& ctx) {
  // Each block tokenised once (again only where a phrase fix changed it).
  std::vector<std::vector<Token>> tokens(doc.blocks.size());
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    tokens[b] = tokens_of(doc.blocks[b].text);
    if (fix_phrases(doc, b, ctx.lexicon, tokens[b])) tokens[b] = tokens_of(doc.blocks[b].text);
  }

  if (!ctx.dictionary || !ctx.options.correct_spelling) return;
  std::unordered_map<std::string, int> vocab;
  for (const auto& toks : tokens)
    for (const Token& t : toks) ++vocab[std::string(t.text)];
  auto accepts = [&](std::string_view w) { return ctx.dictionary->accepts(w); };
  auto count_of = [&](std::string_view w) {
    auto it = vocab.find(std::string(w));
    return it == vocab.end() ? 0 : it->second;
  };
  // The words used at least twice, by length (a word one edit away is at
  // most one byte longer or shorter), in vocabulary order.
  std::map<std::size_t, std::vector<const std::string*>> recurring;
  for (const auto& [word, count] : vocab)
    if (count >= 2) recurring[word.size()].push_back(&word);
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    // From the last word back: a correction leaves the offsets (and views)
    // of the words before it valid.
    const auto& toks = tokens[b];
    for (auto it = toks.rbegin(); it != toks.rend(); ++it) {
      Token tok = *it;
      tok.text = word_at(doc.blocks[b], tok);
      if (tok.text.size() < 5 || has_digit(tok.text) || count_of(tok.text) > 1 || accepts(tok.text)) continue;
      std::vector<const std::string*> near;
      for (std::size_t len = tok.text.size() - 1; len <= tok.text.size() + 1; ++len)
        if (auto r = recurring.find(len); r != recurring.end())
          for (const std::string* w : r->second)
            if (same_case_shape(*w, tok.text) && edit_distance(*w, tok.text, 1) == 1) near.push_back(w);
      // In vocabulary order, as a reader of the reason would list them.
      std::sort(near.begin(), near.end(), [](const std::string* a, const std::string* c) { return *a < *c; });
      std::string best;
      int candidates = 0;
      for (const std::string* w : near) {
        if (!accepts(*w)) continue;
        best = *w;
        ++candidates;
      }
      if (candidates == 1)
        correct(doc, b, tok, best, "correct_spelling",
                "the dictionary rejects \"" + std::string(tok.text) + "\"; \"" + best + "\" is one edit away and the document uses it " +
                    std::to_string(count_of(best)) + " times",
                0.85);
    }
  }
}

}  // namespace akn
