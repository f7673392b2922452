#include "cleanup/confusions.hpp"

#include <fstream>
#include <sstream>

#include "cleanup/confusions_builtin.hpp"
#include "core/text.hpp"

namespace akn {

namespace {
std::vector<std::string> words_of(std::string_view phrase) {
  std::vector<std::string> words;
  std::string current;
  for (char c : phrase) {
    if (c == ' ' || c == '\t' || c == '\r') {
      if (!current.empty()) words.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}
}  // namespace

ConfusionList::ConfusionList() { add_text(kBuiltinConfusions, "built-in list"); }

void ConfusionList::add_text(std::string_view text, const std::string& source) {
  std::size_t number = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++number;
    if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    if (is_blank(line)) continue;
    auto fail = [&](const std::string& why) {
      return ConfusionListError(source + ":" + std::to_string(number) + ": " + why +
                                " (an entry is \"wrong phrase => right phrase\")");
    };
    const auto arrow = line.find("=>");
    if (arrow == std::string_view::npos) throw fail("no \"=>\"");
    Entry e{words_of(line.substr(0, arrow)), words_of(line.substr(arrow + 2)), source};
    if (e.wrong.empty() || e.right.empty()) throw fail("a side is empty");
    if (e.wrong.size() != e.right.size()) throw fail("the two phrases have different numbers of words");
    if (e.wrong == e.right) throw fail("the two phrases are the same");
    first_word_[e.wrong.front()].push_back(entries_.size());
    first_word_shapes_[static_cast<unsigned char>(e.wrong.front().front())] |= std::uint64_t{1} << (e.wrong.front().size() % 64);
    entries_.push_back(std::move(e));
  }
}

void ConfusionList::load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ConfusionListError("cannot read confusion list " + path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  add_text(bytes.str(), path);
}

const std::vector<std::size_t>& ConfusionList::starting_with(std::string_view word) const {
  static const std::vector<std::size_t> none;
  if (word.empty() || (first_word_shapes_[static_cast<unsigned char>(word.front())] >> (word.size() % 64) & 1) == 0) return none;
  auto it = first_word_.find(word);
  return it == first_word_.end() ? none : it->second;
}

}  // namespace akn
