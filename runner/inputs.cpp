#include "runner/inputs.hpp"

#include <dirent.h>
#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>

#include "ingest/ingest.hpp"
#include "runner/plan.hpp"

namespace akn {

namespace fs = std::filesystem;

namespace {


std::string kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISDIR(mode)) return "a directory";
  return "not a regular file";
}

bool inside(const fs::path& path, const fs::path& root) {
  auto p = path.begin(), r = root.begin();
  for (; r != root.end(); ++r, ++p)
    if (p == path.end() || *p != *r) return false;
  return true;
}

// `dir` / `name` as std::filesystem::path's operator/ joins a directory
// and a file name (a name never starts with a separator).
std::string join(const std::string& dir, std::string_view name) {
  std::string joined;
  joined.reserve(dir.size() + 1 + name.size());
  joined = dir;
  if (!joined.empty() && joined.back() != '/') joined += '/';
  joined += name;
  return joined;
}

// One entry of a directory, by name, and whether it is a directory itself
// (not a symbolic link to one).
struct DirEntry {
  std::string name;
  bool directory = false;
};

// Closes a directory stream.
struct DirClose {
  void operator()(DIR* d) const { ::closedir(d); }
};

// The entries of `dir` but "." and "..", in name order; an error code when
// it cannot be read. Read with readdir and its entry types (lstat only where
// the file system gives none): the walk through std::filesystem's paths and
// directory entries was an eighth of an unchanged rerun of 1,000 documents.
std::error_code read_directory(const std::string& dir, std::vector<DirEntry>& entries) {
  const std::unique_ptr<DIR, DirClose> stream(::opendir(dir.c_str()));
  if (!stream) return {errno, std::generic_category()};
  for (;;) {
    errno = 0;  // readdir's end and its error differ only by errno (an lstat below may set it)
    const dirent* e = ::readdir(stream.get());
    if (!e) break;
    const std::string_view name(e->d_name);
    if (name == "." || name == "..") continue;
    DirEntry entry{std::string(name), e->d_type == DT_DIR};
    if (e->d_type == DT_UNKNOWN) {
      struct stat st {};
      entry.directory = ::lstat(join(dir, name).c_str(), &st) == 0 && S_ISDIR(st.st_mode);
    }
    entries.push_back(std::move(entry));
  }
  if (errno != 0) return {errno, std::generic_category()};
  std::sort(entries.begin(), entries.end(), [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
  return {};
}

struct Walker {
  fs::path root;        // as given
  fs::path real_root;   // canonical
  fs::path real_out;    // canonical output directory ("" when it does not exist)
  std::string label;    // prefix of relative names ("" for a single root)
  std::vector<InputFile>& files;
  std::string& out_skipped;

  // The name of a file `rel` below the root (generic form: '/' between names).
  std::string name_of(const std::string& rel) const { return label.empty() ? rel : join(label, rel); }

  void add(const std::string& path, const std::string& rel) {
    InputFile f;
    f.path = path;
    f.relative = name_of(rel);
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
      f.skip = "cannot read its file status";
      f.failed = true;
      files.push_back(std::move(f));
      return;
    }
    if (S_ISLNK(st.st_mode)) {
      std::error_code ec;
      const fs::path target = fs::canonical(path, ec);
      struct stat tst {};
      if (ec || ::stat(path.c_str(), &tst) != 0) {
        f.skip = "broken symbolic link";
      } else if (!inside(target, real_root)) {
        f.skip = "symbolic link to " + target.string() + ", outside the input tree: not followed";
      } else if (!S_ISREG(tst.st_mode)) {
        f.skip = "symbolic link to " + kind_of(tst.st_mode) + ": not followed";
      } else {
        f.size = static_cast<std::uint64_t>(tst.st_size);
        f.mtime_ns = mtime_ns_of(tst);
      }
    } else if (!S_ISREG(st.st_mode)) {
      f.skip = kind_of(st.st_mode) + ", not a document";
    } else {
      f.size = static_cast<std::uint64_t>(st.st_size);
      f.mtime_ns = mtime_ns_of(st);
    }
    files.push_back(std::move(f));
  }

  void walk(const std::string& dir, const std::string& rel) {
    std::vector<DirEntry> entries;
    if (const std::error_code ec = read_directory(dir, entries)) {
      InputFile f;
      f.path = dir;
      f.relative = name_of(rel.empty() ? std::string(".") : rel);
      f.skip = "cannot read the directory: " + ec.message();
      f.failed = true;
      files.push_back(std::move(f));
      return;
    }
    for (const DirEntry& e : entries) {
      const std::string path = join(dir, e.name);
      const std::string child_rel = join(rel, e.name);
      if (e.directory) {
        std::error_code dec;
        if (!real_out.empty() && fs::equivalent(path, real_out, dec)) {
          out_skipped = path;
          continue;
        }
        walk(path, child_rel);
      } else {
        add(path, child_rel);
      }
    }
  }
};

std::string stem_without_extension(const std::string& relative) {
  const fs::path p(relative);
  return (p.parent_path() / p.stem()).generic_string();
}

}  // namespace

std::vector<std::string> parse_file_list(std::string_view list) {
  const char separator = list.find('\0') != std::string_view::npos ? '\0' : '\n';
  std::vector<std::string> names;
  for (std::size_t at = 0; at < list.size();) {
    const std::size_t end = std::min(list.find(separator, at), list.size());
    std::string name(list.substr(at, end - at));
    if (separator == '\n' && !name.empty() && name.back() == '\r') name.pop_back();
    if (!name.empty()) names.push_back(std::move(name));
    at = end + 1;
  }
  return names;
}

bool glob_matches(const std::string& pattern, const std::string& relative) {
  if (pattern.find('/') == std::string::npos)
    return ::fnmatch(pattern.c_str(), fs::path(relative).filename().c_str(), 0) == 0;
  return ::fnmatch(pattern.c_str(), relative.c_str(), 0) == 0;
}

unsigned shard_of(const std::string& relative, unsigned shards) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : relative) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return shards == 0 ? 0 : static_cast<unsigned>(h % shards);
}

InputListing list_inputs(const std::vector<std::string>& roots, const std::string& out_dir, const InputFilter& filter) {
  InputListing listing;
  std::error_code ec;
  const fs::path real_out = fs::exists(out_dir, ec) ? fs::canonical(out_dir, ec) : fs::path();
  std::size_t dir_roots = 0;
  for (const std::string& r : roots) dir_roots += fs::is_directory(r, ec) ? 1u : 0u;
  std::map<std::string, int> labels;
  std::vector<InputFile> all;
  for (const std::string& root : roots) {
    const fs::path r(root);
    if (fs::is_directory(r, ec)) {
      const fs::path real_root = fs::canonical(r, ec);
      if (!real_out.empty() && real_root == real_out)
        throw std::invalid_argument("the output directory " + out_dir + " is also an input directory");
      std::string label;
      if (dir_roots > 1) {
        label = real_root.filename().string();
        if (label.empty()) label = "root";
        if (const int n = ++labels[label]; n > 1) label += "~" + std::to_string(n);
      }
      Walker w{r, real_root, real_out, label, all, listing.out_skipped};
      w.walk(root, {});
    } else {
      InputFile f;
      f.path = root;
      f.relative = r.filename().string();
      struct stat st {};
      if (::stat(root.c_str(), &st) != 0) {
        f.skip = "no such file or directory";
        f.failed = true;
      } else if (!S_ISREG(st.st_mode)) {
        f.skip = kind_of(st.st_mode) + ", not a document";
        f.failed = true;
      } else {
        f.size = static_cast<std::uint64_t>(st.st_size);
        f.mtime_ns = mtime_ns_of(st);
      }
      all.push_back(std::move(f));
    }
  }

  // A file reached twice is listed once, where it was first reached.
  std::set<std::string> seen;
  std::vector<InputFile> once;
  for (InputFile& f : all) {
    f.source = source_path(f.path);
    if (!seen.insert(f.source).second) {
      ++listing.repeated;
      continue;
    }
    once.push_back(std::move(f));
  }

  // Globs, then kinds: only documents get an output stem.
  std::vector<InputFile> kept;
  for (InputFile& f : once) {
    if (f.skip.empty() || !f.failed) {
      const bool included = filter.include.empty() ||
                            std::any_of(filter.include.begin(), filter.include.end(),
                                        [&](const std::string& g) { return glob_matches(g, f.relative); });
      const bool excluded = std::any_of(filter.exclude.begin(), filter.exclude.end(),
                                        [&](const std::string& g) { return glob_matches(g, f.relative); });
      if (!included || excluded) {
        if (filter.shards <= 1 || shard_of(f.relative, filter.shards) == filter.shard) ++listing.excluded;
        continue;
      }
    }
    if (f.skip.empty() && detect_kind(fs::path(f.relative).filename().string(), {}) == InputKind::unsupported) {
      // A file given by name is tried whatever its name: ingest recognises
      // PDFs and images by their header.
      const bool named = std::find(roots.begin(), roots.end(), f.path) != roots.end();
      if (!named) {
        const std::string ext = fs::path(f.relative).extension().string();
        f.skip = "unsupported file kind (" + (ext.empty() ? std::string("no extension") : ext) + ")";
      }
    }
    kept.push_back(std::move(f));
  }

  // Output stems, over every input of every shard.
  std::map<std::string, std::vector<std::size_t>> by_stem;
  for (std::size_t i = 0; i < kept.size(); ++i)
    if (kept[i].skip.empty()) by_stem[stem_without_extension(kept[i].relative)].push_back(i);
  std::map<std::string, std::size_t> taken;
  for (auto& [stem, users] : by_stem)
    if (users.size() == 1) taken[stem] = users.front();
  for (auto& [stem, users] : by_stem) {
    if (users.size() == 1) {
      kept[users.front()].stem = stem;
      continue;
    }
    for (std::size_t i : users) {
      std::string s = kept[i].relative;
      for (int n = 2; taken.count(s); ++n) s = kept[i].relative + "~" + std::to_string(n);
      taken[s] = i;
      kept[i].stem = s;
      kept[i].note = std::to_string(users.size()) + " inputs would write " + stem + ".*; each is named after its full file name" +
                     (s == kept[i].relative ? "" : " and numbered") + ": " + s + ".*";
    }
  }
  for (InputFile& f : kept) {
    // Our own files at the top of --out are never an input's outputs.
    if (f.stem.rfind(".akn-", 0) == 0) f.stem = "_" + f.stem;
    if (filter.shards > 1 && shard_of(f.relative, filter.shards) != filter.shard) {
      ++listing.other_shards;
      continue;
    }
    listing.files.push_back(std::move(f));
  }
  return listing;
}

}  // namespace akn
