#include "core/edit_log.hpp"

namespace akn {

std::map<std::string, std::size_t> EditLog::counts_by_kind() const {
  std::map<std::string, std::size_t> counts;
  for (const Edit& e : edits_) ++counts[e.kind];
  return counts;
}

}  // namespace akn
