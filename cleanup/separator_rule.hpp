// A separator rule printed as text on a line of its own, as remove_furniture
// takes it for page furniture: three or more of "_", "-", "=", "*", "~",
// ".", em or en dashes, middle dots or bullets, and nothing else but white
// space ("__________________", "---------------", "***"). Shared with the
// quality check (verify/quality.cpp), which looks for note text left under
// a page's separator: the two read one separator.
#pragma once

#include <string_view>

namespace akn {

bool is_separator_rule(std::string_view line);

}  // namespace akn
