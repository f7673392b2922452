// Finding a batch's inputs: walking the input roots, filtering by globs and
// shard, refusing what must not be read (symbolic links out of the tree,
// FIFOs and devices, the output directory itself), and giving each input an
// output location inside --out that no other input shares.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace akn {

// A file's modification time in nanoseconds: what InputFile::mtime_ns and
// the state's hash cache compare.
inline std::int64_t mtime_ns_of(const struct stat& st) {
  return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
}

struct InputFile {
  std::string path;      // as found: the root as given joined with the path under it
  std::string relative;  // the name reports use; decides the output location and the shard
  std::string stem;      // output location relative to --out, without extension ("" when none)
  std::string note;      // how an output-name collision was resolved
  std::string skip;      // why it is not converted (not a document, a link out of the tree, ...)
  std::string source;    // its absolute path, lexically normal (source_path): its identity across runs
  bool failed = false;   // `skip` is an error (an unreadable directory), not a choice
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
};

struct InputFilter {
  std::vector<std::string> include;  // globs; empty: everything
  std::vector<std::string> exclude;
  unsigned shard = 0, shards = 1;    // take the inputs whose relative path hashes to `shard`
};

struct InputListing {
  std::vector<InputFile> files;   // in a stable order: roots as given, then by path
  std::size_t excluded = 0;       // left out by include/exclude globs
  std::size_t other_shards = 0;   // left to the other shards
  std::string out_skipped;        // the output directory, when it lies inside an input root
  std::size_t repeated = 0;       // files reached more than once (named, and inside a directory named): listed once
};

// Lists the inputs. A root that is a file is an input named by its file
// name; a root that is a directory is walked (symbolic links to files inside
// it are followed, others are not; the output directory is left out). With
// several directory roots, each root's inputs are named ROOTNAME/... (the
// root's last component, with ~2, ~3 when two roots share it). Output stems
// drop the extension (a/x.pdf -> a/x) unless two inputs would share one:
// then each of them keeps its extension (a/x.pdf, a/x.tif), and "~2", "~3"
// are added, in input order, should that still collide. Stems are assigned
// before the shard filter, so they do not depend on the shard count.
// A file reached twice (named directly and inside a directory also named)
// is listed once, where it is first reached.
// Throws std::invalid_argument when the output directory is an input root.
InputListing list_inputs(const std::vector<std::string>& roots, const std::string& out_dir,
                         const InputFilter& filter);

// The inputs named in a list (--files-from): separated by NUL characters
// when the list holds any (find -print0), else by line ends; empty entries
// are left out.
std::vector<std::string> parse_file_list(std::string_view list);

// Whether a path matches a glob: a pattern without '/' is matched against
// the file name, one with '/' against the whole relative path ('*' then
// also crosses '/').
bool glob_matches(const std::string& pattern, const std::string& relative);

// The shard (0..shards-1) an input belongs to: a hash of its relative path
// (FNV-1a, 64 bits), not of its content, so it never moves between runs.
unsigned shard_of(const std::string& relative, unsigned shards);

}  // namespace akn
