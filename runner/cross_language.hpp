// Cross-language consistency: the language versions of one document in a
// batch must have the same structure.
//
// Every UN document is issued in the six official languages with the same
// structure: the same number of preambular and operative paragraphs,
// sub-points, notes and annexes. When a batch holds the same symbol in
// several languages and their counts disagree, one of them was read wrongly
// (a paragraph merged into another, a note missed), and nothing in either
// document alone shows it. This module compares the versions and says so on
// both documents; it also lists each document's other language versions, so
// the report and the corpus can link them.
//
// Documents are versions of each other when they have the same symbol and
// different languages. A document whose language is unknown ("") is taken
// for another language than every other (it cannot be shown to be a copy).
// Two documents with the same symbol and the same known language are copies
// of one version (a PDF and its text dump): they are neither compared nor
// linked. Documents with no symbol are left alone.
//
// Thread safety: pure functions over values.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace akn {

struct DocumentReport;

namespace cross_language {

// What the check needs of one converted document.
struct Summary {
  std::string name;      // how warnings name it (the input's relative path)
  std::string symbol;    // "A/RES/78/214"; empty: not compared
  std::string language;  // as the report writes it; empty when unknown
  std::map<std::string, std::size_t> counts;  // report.json's counts (preamble, operative, points, footnotes, annexes)
};

// The counts compared, as report.json names them, with what they count.
struct CountedPart {
  const char* key;
  const char* what;  // "preambular paragraphs"
};
const std::vector<CountedPart>& counted_parts();

// Another language version of a document.
struct Version {
  std::size_t index = 0;  // into the summaries
  std::string language;
  std::string name;
};

struct Findings {
  // Per summary, in the order given: its other language versions (in input
  // order) and one warning per count that disagrees with some version.
  std::vector<std::vector<Version>> versions;
  std::vector<std::vector<std::string>> warnings;
};

// Compares every group of language versions. A count that a document does
// not have (a failed part of the report) is not compared.
Findings compare(const std::vector<Summary>& documents);

// The batch's use of it: compares the documents of a run that were converted
// (ok, unchanged, renamed), adds each disagreement to both documents'
// warnings (pass "cross_language") and records their language versions.
void check_versions(std::vector<DocumentReport>& documents);

// The corpus record's link to the document's other language versions:
// `"languageVersions":[{"language":"fre","path":"fr/X.pdf"},...],` (their
// paths as the corpus gives them), or "" when it has none.
std::string corpus_links(const DocumentReport& document);

}  // namespace cross_language
}  // namespace akn
