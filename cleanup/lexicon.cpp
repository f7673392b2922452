#include "cleanup/lexicon.hpp"

#include <fstream>
#include <stdexcept>

#include "core/text.hpp"

namespace akn {

namespace {
// Bodies, organs, instruments and set phrases of UN resolutions. Only
// multi-word phrases: a correction needs the rest of the phrase as context.
constexpr std::string_view kBuiltin[] = {
    "United Nations",
    "General Assembly",
    "Security Council",
    "Economic and Social Council",
    "Trusteeship Council",
    "International Court of Justice",
    "Human Rights Council",
    "Commission on Human Rights",
    "Commission on the Status of Women",
    "Commission for Social Development",
    "Sub-Commission on the Promotion and Protection of Human Rights",
    "Subcommission on the Promotion and Protection of Human Rights",
    "Office of the United Nations High Commissioner for Human Rights",
    "United Nations High Commissioner for Human Rights",
    "United Nations High Commissioner for Refugees",
    "United Nations Children's Fund",
    "United Nations Development Programme",
    "United Nations Environment Programme",
    "United Nations Population Fund",
    "United Nations Educational, Scientific and Cultural Organization",
    "World Health Organization",
    "International Labour Organization",
    "Food and Agriculture Organization",
    "World Food Programme",
    "International Atomic Energy Agency",
    "Charter of the United Nations",
    "Universal Declaration of Human Rights",
    "International Covenant on Civil and Political Rights",
    "International Covenant on Economic, Social and Cultural Rights",
    "Convention on the Rights of the Child",
    "Convention on the Elimination of All Forms of Discrimination against Women",
    "International Convention on the Elimination of All Forms of Racial Discrimination",
    "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
    "Convention on the Rights of Persons with Disabilities",
    "Vienna Declaration and Programme of Action",
    "Beijing Declaration and Platform for Action",
    "United Nations Millennium Declaration",
    "Durban Declaration and Programme of Action",
    "Global Agenda for Dialogue among Civilizations",
    "United Nations Year of Dialogue among Civilizations",
    "World Conference on Human Rights",
    "World Conference against Racism, Racial Discrimination, Xenophobia and Related Intolerance",
    "Member States",
    "Secretary-General",
    "Official Records of the General Assembly",
    "Official Records of the Economic and Social Council",
    "Official Records of the Security Council",
    "human rights and fundamental freedoms",
    "non-governmental organizations",
    "specialized agencies",
    "intergovernmental organizations",
    "international cooperation",
    "plenary meeting",
    "Sustainable Development Goals",
    "2030 Agenda for Sustainable Development",
    "Peacebuilding Commission",
    "International Law Commission",
    "Advisory Committee on Administrative and Budgetary Questions",
    "Committee on Contributions",
    "Fifth Committee",
    "Sixth Committee",
    "Third Committee",
    "Second Committee",
    "First Committee",
    "Fourth Committee",
    "Special Political and Decolonization Committee",
    "Rules of Procedure",
};

std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> words;
  std::string current;
  for (char c : phrase) {
    if (c == ',' || c == ';' || c == ':' || c == '.') continue;  // matched on words only
    if (c == ' ' || c == '\t') {
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

PhraseLexicon::PhraseLexicon() {
  for (std::string_view p : kBuiltin) add(p);
}

void PhraseLexicon::add(std::string_view phrase) {
  auto words = split_words(trim(phrase));
  if (words.size() >= 2 || (words.size() == 1 && words[0].find('-') != std::string::npos)) {
    if (words.size() >= 2)
      for (std::size_t k = 0; k < 2; ++k) leading_[words[k]].emplace_back(phrases_.size(), k);
    phrases_.push_back(std::move(words));
  }
}

const std::vector<std::pair<std::size_t, std::size_t>>& PhraseLexicon::leading(std::string_view word) const {
  static const std::vector<std::pair<std::size_t, std::size_t>> none;
  auto it = leading_.find(std::string(word));
  return it == leading_.end() ? none : it->second;
}

void PhraseLexicon::load_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read phrase lexicon " + path);
  std::string line;
  while (std::getline(in, line)) {
    const auto hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    if (!is_blank(line)) add(line);
  }
}

}  // namespace akn
