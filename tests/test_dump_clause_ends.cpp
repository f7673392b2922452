// A text dump prints a note's raised number as figures after the clause it
// marks ("... resolution 58/21; 8"): unwrap_lines reads such a line as one
// that ends its clause. A number after a numbering word's abbreviation
// ("Supplement No. 12", "vol. 2", "para. 3") is what the word numbers, not
// a note's: the line stops mid-sentence and goes on on the next.
#include <catch2/catch.hpp>

#include <string>

#include "cleanup/unwrap_patterns.hpp"
#include "tests/dump_text.hpp"
#include "tests/support.hpp"

using namespace akn;
using namespace akn::test;

namespace {

std::string dump_with(const std::string& paragraph_lines) {
  return "A/RES/78/152\n\nUnited Nations\n\nDistr.: General\n21 December 2023\n\n78/152.\n\nDisaster risk "
         "reduction\nThe General Assembly,\nRecalling its resolution 77/164,\n" +
         paragraph_lines + "2. Decides to continue its consideration of the question.\n";
}

}  // namespace

TEST_CASE("a dump's line that ends with a numbering word's number goes on, as a line mid-sentence does",
          "[dumps][unwrap]") {
  struct Case {
    const char* end;   // the first line's end
    const char* next;  // the second line
  };
  constexpr Case kCases[] = {
      {"Official Records of the General Assembly, Seventy-eighth Session, Supplement No. 12", "(A/78/12), and welcomes it;"},
      {"the United Nations, Treaty Series, vol. 2", "and the report of the Secretary-General;"},
      {"the report of the Secretary-General (A/78/461), para. 3", "and the recommendations therein;"},
  };
  std::size_t ran = 0;
  for (const Case& k : kCases) {
    INFO(k.end);
    const Conversion c = convert(dump_with("1. Takes note of " + std::string(k.end) + "\n" + k.next + "\n"));
    CHECK(block_holds(c, std::string(k.end) + " " + k.next));
    ++ran;
  }
  CHECK(ran == 3);
  CHECK_FALSE(detail::dump_terminated("Supplement No. 12"));
  CHECK(detail::dump_terminated("Human Rights; 3"));
}

TEST_CASE("a dump's heading kept apart from the number under it is an edit of the log", "[dumps][unwrap]") {
  // A heading line ends with no punctuation, so the line under it would go
  // on it; the number that opens that line keeps it apart, and the log says so.
  struct Case {
    const char* heading;
    const char* next;  // a section's letter and its heading
  };
  constexpr Case kCases[] = {{"IV. Activities on the ground", "A. Military activity"},
                             {"B. Regional cooperation", "C. Follow-up"}};
  std::size_t ran = 0;
  for (const Case& k : kCases) {
    INFO(k.heading);
    const Conversion c = convert("A/78/12\n\nUnited Nations\n\nReport of the Committee\n\n" + std::string(k.heading) +
                                 "\n" + k.next + "\n1. The Committee met twice in 2023.\n");
    CHECK(edits_of(c.document, "split_at_dump_number").size() == 1);
    CHECK_FALSE(block_holds(c, std::string(k.heading) + " " + k.next));
    ++ran;
  }
  CHECK(ran == 2);
}
