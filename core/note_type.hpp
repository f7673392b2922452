// The type footnotes are set in, shared by every stage that looks for them
// (ingest's search for drawn separators, find_tables, collect_footnotes).
#pragma once

namespace akn {

// Notes are set in type of at most this share of the body's size (UN
// documents: 8.5 or 9 pt under 10 pt; LaTeX: 8 pt under 10 pt).
inline constexpr double kNoteTypeShare = 0.92;

}  // namespace akn
