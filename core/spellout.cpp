#include "core/spellout.hpp"

#include <map>
#include <memory>
#include <string>

#include <unicode/normalizer2.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace akn {

namespace {

bool spelled_language(std::string_view language) {
  return language == "fr" || language == "es" || language == "ru" || language == "ar";
}

// The words as ICU's rules spell them: compatibility forms folded (Arabic
// presentation forms), lower case, tatweel (Arabic stretching) dropped, the
// hyphens of Unicode as '-', white space runs as one space. French writes
// compounds with hyphens since 1990 ("soixante-et-onzième", as ICU does)
// and with spaces before ("soixante et onzième", as the UN does): spaces
// are hyphens there. Arabic writes a hundred "مئة" or "مائة" (ICU), Russian
// "четвертая" (the UN) or "четвёртая" (ICU): one form each.
icu::UnicodeString normalised(std::string_view words, std::string_view language) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece(words.data(), static_cast<int32_t>(words.size())));
  if (U_SUCCESS(status)) in = nfkc->normalize(in, status);
  if (U_FAILURE(status)) return {};
  in.toLower(icu::Locale(std::string(language).c_str()));
  icu::UnicodeString out;
  bool space = false;
  for (int32_t i = 0; i < in.length(); ++i) {
    char16_t c = in.charAt(i);
    if (c == u'\u0640') continue;
    if (c == u'\u2010' || c == u'\u2011' || c == u'\u2012' || c == u'\u00AD') c = u'-';
    if (u_isUWhiteSpace(c)) {
      space = !out.isEmpty();
      continue;
    }
    if (space) out.append(language == "fr" ? u'-' : u' ');
    space = false;
    out.append(c);
  }
  if (language == "ar") out.findAndReplace(u"مئة", u"مائة");
  if (language == "ru") out.findAndReplace(u"ё", u"е");
  return out;
}

// A spell-out formatter of `language`, one per thread.
icu::RuleBasedNumberFormat* formatter(std::string_view language) {
  thread_local std::map<std::string, std::unique_ptr<icu::RuleBasedNumberFormat>, std::less<>> cache;
  auto it = cache.find(language);
  if (it == cache.end()) {
    UErrorCode status = U_ZERO_ERROR;
    auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale(std::string(language).c_str()), status);
    it = cache.emplace(std::string(language), U_SUCCESS(status) ? std::move(f) : nullptr).first;
  }
  return it->second.get();
}

// Every ordinal ICU spells from 1 to kLargestSpelledOrdinal in `language`,
// in each gender and case, with white space collapsed: ICU 72 spells the
// Arabic ordinals 21 to 99 with two spaces ("الحادية  والعشرون"), which its
// own parser then requires.
std::map<icu::UnicodeString, int> spelled_ordinals(std::string_view language) {
  std::map<icu::UnicodeString, int> out;
  icu::RuleBasedNumberFormat* f = formatter(language);
  if (!f) return out;
  for (int32_t r = 0; r < f->getNumberOfRuleSetNames(); ++r) {
    const icu::UnicodeString rules = f->getRuleSetName(r);
    if (rules.indexOf(u"ordinal") < 0) continue;
    for (int32_t n = 1; n <= kLargestSpelledOrdinal; ++n) {
      icu::UnicodeString spelled;
      icu::FieldPosition pos;
      UErrorCode status = U_ZERO_ERROR;
      f->format(n, rules, spelled, pos, status);
      std::string utf8;
      if (U_SUCCESS(status)) out.emplace(normalised(spelled.toUTF8String(utf8), language), n);
    }
  }
  return out;
}

bool in_range(double v) { return v >= 1 && v <= kLargestSpelledOrdinal && v == static_cast<int>(v); }

}  // namespace

std::optional<int> parse_spelled_ordinal(std::string_view words, std::string_view language) {
  if (!spelled_language(language)) return std::nullopt;
  const icu::UnicodeString text = normalised(words, language);
  if (text.isEmpty()) return std::nullopt;
  thread_local std::map<std::string, std::map<icu::UnicodeString, int>, std::less<>> tables;
  auto table = tables.find(language);
  if (table == tables.end()) table = tables.emplace(std::string(language), spelled_ordinals(language)).first;
  if (const auto known = table->second.find(text); known != table->second.end()) return known->second;
  // Other spellings the rules read but do not write ("quatre-vingt-unième",
  // "decimoprimer"): all of the words must be read.
  icu::RuleBasedNumberFormat* f = formatter(language);
  if (!f) return std::nullopt;
  icu::Formattable result;
  icu::ParsePosition pos(0);
  f->parse(text, result, pos);
  UErrorCode status = U_ZERO_ERROR;
  const double v = result.getDouble(status);
  if (U_FAILURE(status) || pos.getIndex() != text.length() || !in_range(v)) return std::nullopt;
  return static_cast<int>(v);
}

}  // namespace akn
