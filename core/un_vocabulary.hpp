// The UN's own vocabulary, in one place for every stage that needs it: the
// issuing bodies with the identifiers AKN uses for them.
//
// The actors and author codes follow what the UN writes in its own AKN of
// General Assembly and Security Council resolutions (../shared/unakn:
// actor "unga" in the IRI, FRBRauthor href="ga"). Bodies whose AKN the UN
// does not publish follow the same pattern: "un" + the body's usual
// abbreviation, lower case, no dash.
#pragma once

#include <string_view>

namespace akn::vocabulary {

struct Body {
  std::string_view name;    // as printed: "General Assembly"
  std::string_view actor;   // the IRI's actor: "unga"
  std::string_view author;  // FRBRauthor href: "ga"
};

inline constexpr Body kBodies[] = {
    {"General Assembly", "unga", "ga"},
    {"Security Council", "unsc", "sc"},
    {"Economic and Social Council", "unecosoc", "ecosoc"},
    {"Trusteeship Council", "untc", "tc"},
    {"Human Rights Council", "unhrc", "hrc"},
    {"Commission on Human Rights", "unchr", "chr"},
    {"Commission on the Status of Women", "uncsw", "csw"},
};

// The body printed as `name`, or null.
inline const Body* body_named(std::string_view name) {
  for (const Body& b : kBodies)
    if (b.name == name) return &b;
  return nullptr;
}

// The body whose actor is `actor`, or null.
inline const Body* body_with_actor(std::string_view actor) {
  for (const Body& b : kBodies)
    if (b.actor == actor) return &b;
  return nullptr;
}

}  // namespace akn::vocabulary
