#include "runner/config.hpp"

#include <toml++/toml.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cleanup/dictionary.hpp"
#include "core/sha256.hpp"

namespace akn {

namespace fs = std::filesystem;

namespace {

using Type = SettingType;
using Range = SettingRange;
constexpr std::string_view kFormats[] = {"akn", "txt", "edits", "jsonl", "layout", "pages", "hocr"};

std::string resolve(const std::string& base, const std::string& p) {
  if (p.empty() || fs::path(p).is_absolute()) return p;
  return (fs::path(base) / p).lexically_normal().string();
}

// A field of PipelineConfig as a SettingValue and back. `ref` is a generic
// lambda giving the field of a (const or not) configuration.
template <typename T>
SettingValue to_value(const T& v) {
  if constexpr (std::is_same_v<T, bool>) return v;
  else if constexpr (std::is_integral_v<T>) return static_cast<std::int64_t>(v);
  else return v;
}

template <typename T>
void from_value(T& field, const SettingValue& v) {
  if constexpr (std::is_same_v<T, bool>) field = std::get<bool>(v);
  else if constexpr (std::is_integral_v<T>) field = static_cast<T>(std::get<std::int64_t>(v));
  else field = std::get<T>(v);
}

Setting described(std::string_view table, std::string_view key, Type type, std::string_view help) {
  Setting s;
  s.table = table;
  s.key = key;
  s.type = type;
  s.help = help;
  return s;
}

template <typename Ref>
Setting field(std::string_view table, std::string_view key, Type type, std::string_view help, Ref ref) {
  Setting s = described(table, key, type, help);
  s.get = [ref](const PipelineConfig& c) { return to_value(ref(c)); };
  s.set = [ref](PipelineConfig& c, const SettingValue& v) { from_value(ref(c), v); };
  return s;
}

Setting with_range(Setting s, Range r) {
  s.range = r;
  return s;
}

Setting with_choices(Setting s, std::vector<std::string_view> choices) {
  s.choices = std::move(choices);
  return s;
}

Setting non_empty(Setting s) {
  s.non_empty = true;
  return s;
}

Setting batch(Setting s) {
  s.conversion = false;
  return s;
}

// A setting held as an enum, named by `name` and read back by `parse`.
template <typename Ref, typename Name, typename Parse>
Setting named(std::string_view table, std::string_view key, std::vector<std::string_view> choices, std::string_view help,
              Ref ref, Name name, Parse parse) {
  Setting s = described(table, key, Type::choice, help);
  s.choices = std::move(choices);
  s.get = [ref, name](const PipelineConfig& c) { return SettingValue(name(ref(c))); };
  s.set = [ref, parse](PipelineConfig& c, const SettingValue& v) {
    if (auto m = parse(std::get<std::string>(v))) ref(c) = *m;
  };
  return s;
}

constexpr double kMaxBytes = 9.0e15;  // any size a file system holds

std::vector<Setting> make_settings() {
  const auto mode = [](auto& c) -> auto& { return c.ingest.ocr.mode; };
  const auto binarize = [](auto& c) -> auto& { return c.ingest.ocr.binarize; };
  const auto pdf_reader = [](auto& c) -> auto& { return c.ingest.pdf_reader; };
  const auto notes = [](auto& c) -> auto& { return c.text.notes; };
  const auto parse_notes = [](std::string_view n) -> std::optional<TextNotes> {
    if (n == "end") return TextNotes::end;
    if (n == "omit") return TextNotes::omit;
    return std::nullopt;
  };
  std::vector<std::string_view> passes;
  for (const PassInfo& p : all_passes()) passes.push_back(p.name);
  return {
      with_range(field("ingest", "max_text_bytes", Type::integer, "text inputs (and PDF text layers) larger than this are refused",
                       [](auto& c) -> auto& { return c.ingest.max_text_bytes; }), {Range::Kind::between, 1, kMaxBytes}),
      with_range(field("ingest", "max_pdf_bytes", Type::integer, "PDF files larger than this are refused",
                       [](auto& c) -> auto& { return c.ingest.max_pdf_bytes; }), {Range::Kind::between, 1, kMaxBytes}),
      with_range(field("ingest", "max_pages", Type::integer, "PDFs with more pages are refused",
                       [](auto& c) -> auto& { return c.ingest.max_pages; }), {Range::Kind::between, 1, 1e9}),
      named("ingest", "pdf_reader", {"core", "cpp"},
            "how a PDF's words are read: core (Poppler's core, fonts looked up once) or cpp (poppler-cpp's text_list)",
            pdf_reader, pdf_reader_name, parse_pdf_reader),
      named("ocr", "mode", {"auto", "always", "never"}, "which pages OCR reads (--ocr)", mode, ocr_mode_name, parse_ocr_mode),
      non_empty(field("ocr", "languages", Type::text, "Tesseract languages joined with '+', each from its tesseract-ocr-* package (--lang)",
                      [](auto& c) -> auto& { return c.ingest.ocr.languages; })),
      with_range(field("ocr", "dpi", Type::integer, "resolution of PDF pages rendered for OCR",
                       [](auto& c) -> auto& { return c.ingest.ocr.dpi; }), {Range::Kind::between, 70, 1200}),
      with_range(field("ocr", "max_pixels", Type::integer, "larger page images are refused before OCR",
                       [](auto& c) -> auto& { return c.ingest.ocr.max_pixels; }), {Range::Kind::between, 1, kMaxBytes}),
      field("ocr", "orientation", Type::boolean, "turn pages scanned sideways or upside down upright",
            [](auto& c) -> auto& { return c.ingest.ocr.orientation; }),
      field("ocr", "deskew", Type::boolean, "straighten a skew of 0.1 to 7 degrees",
            [](auto& c) -> auto& { return c.ingest.ocr.deskew; }),
      named("ocr", "binarize", {"auto", "always", "never"}, "binarise page images (auto: uneven backgrounds only)", binarize,
            binarize_name, parse_binarize),
      field("ocr", "remove_borders", Type::boolean, "remove dark scanner borders",
            [](auto& c) -> auto& { return c.ingest.ocr.remove_borders; }),
      field("ocr", "despeckle", Type::boolean, "remove specks of at most 0.2 mm",
            [](auto& c) -> auto& { return c.ingest.ocr.despeckle; }),
      field("ocr", "remove_underlines", Type::boolean, "erase underlines under lines of text (typewritten titles)",
            [](auto& c) -> auto& { return c.ingest.ocr.remove_underlines; }),
      field("ocr", "recheck_ocr_layers", Type::boolean,
            "read a doubtful old OCR text layer (invisible text over the page image) again, keeping the better reading",
            [](auto& c) -> auto& { return c.ingest.ocr.recheck_ocr_layers; }),
      with_range(field("ocr", "page_threads", Type::integer,
                       "most threads reading one PDF's page images when workers are idle; 0: as many as the batch's jobs",
                       [](auto& c) -> auto& { return c.ingest.ocr.page_threads; }), {Range::Kind::between, 0, 1024}),
      with_choices(field("cleanup", "passes", Type::list, "the cleanup passes, in the order they run",
                         [](auto& c) -> auto& { return c.cleanup.passes; }), passes),
      field("cleanup", "dictionary_dir", Type::path, "Hunspell dictionaries' directory; \"\": no dictionary",
            [](auto& c) -> auto& { return c.cleanup.dictionary_dir; }),
      field("cleanup", "dictionary_language", Type::text, "the main dictionary (DIR/LANG.aff and .dic)",
            [](auto& c) -> auto& { return c.cleanup.dictionary_language; }),
      field("cleanup", "language_dictionaries", Type::list, "dictionaries of other languages, for documents written in them",
            [](auto& c) -> auto& { return c.cleanup.language_dictionaries; }),
      field("cleanup", "measure_dictionaries", Type::list,
            "dictionaries that only measure the quality score's dictionary share, used when installed",
            [](auto& c) -> auto& { return c.cleanup.measure_dictionaries; }),
      field("cleanup", "confusion_files", Type::paths, "extra lists of known real-word errors for fix_typos",
            [](auto& c) -> auto& { return c.cleanup.confusion_files; }),
      field("cleanup", "correct_spelling", Type::boolean, "fix_typos corrects typing slips from the document's own words",
            [](auto& c) -> auto& { return c.cleanup.correct_spelling; }),
      with_range(field("cleanup", "ocr_correct_below", Type::number, "OCR words read with a confidence under this may be corrected",
                       [](auto& c) -> auto& { return c.cleanup.ocr_correct_below; }), {Range::Kind::between, 0, 100}),
      named("export", "text_notes", {"end", "omit"}, "footnotes in the clean text: after the body, or left out", notes,
            [](TextNotes n) { return std::string(n == TextNotes::end ? "end" : "omit"); }, parse_notes),
      field("export", "validate", Type::boolean, "validate every AKN output against the schema (--validate, --no-validate)",
            [](auto& c) -> auto& { return c.validate; }),
      field("export", "schema_dir", Type::path, "the Akoma Ntoso schema's directory (akomantoso30.xsd)",
            [](auto& c) -> auto& { return c.schema_dir; }),
      batch(with_range(field("batch", "jobs", Type::integer, "worker processes; 0: one per core (--jobs)",
                             [](auto& c) -> auto& { return c.batch.jobs; }), {Range::Kind::between, 0, 1024})),
      batch(with_range(field("batch", "timeout", Type::number, "seconds one document may take (--timeout)",
                             [](auto& c) -> auto& { return c.batch.timeout; }), {Range::Kind::above, 0, 0})),
      batch(with_range(field("batch", "page_timeout", Type::number, "seconds a document may go without starting a page",
                             [](auto& c) -> auto& { return c.batch.page_timeout; }), {Range::Kind::above, 0, 0})),
      batch(with_range(field("batch", "memory_limit_mb", Type::integer, "address space of a worker in MB; 0: none (--memory-limit)",
                             [](auto& c) -> auto& { return c.batch.memory_limit_mb; }), {Range::Kind::zero_or_at_least, 128, 0})),
      batch(non_empty(with_choices(field("batch", "formats", Type::list, "outputs (--format)",
                                         [](auto& c) -> auto& { return c.batch.formats; }),
                                   {std::begin(kFormats), std::end(kFormats)}))),
      batch(with_range(field("batch", "min_quality", Type::number, "documents scoring under this stay out of the corpus (--min-quality)",
                             [](auto& c) -> auto& { return c.batch.min_quality; }), {Range::Kind::between, 0, 1})),
      batch(field("batch", "durable", Type::boolean, "fsync every output before recording it as done",
                  [](auto& c) -> auto& { return c.batch.durable; })),
      batch(field("batch", "include", Type::list, "globs selecting the files of input directories; empty: all (--include)",
                  [](auto& c) -> auto& { return c.batch.include; })),
      batch(field("batch", "exclude", Type::list, "globs leaving files of input directories out (--exclude)",
                  [](auto& c) -> auto& { return c.batch.exclude; })),
  };
}

// Keys of earlier versions, refused with what replaced them rather than ignored.
struct Removed {
  std::string_view name, message;
};
constexpr Removed kRemoved[] = {
    {"cleanup.phrase_files",
     "cleanup.phrase_files was replaced by cleanup.confusion_files: files of known errors, one \"wrong phrase => right "
     "phrase\" a line (see cleanup/confusions.txt)"},
};

std::vector<std::string_view> table_names() {
  std::vector<std::string_view> tables;
  for (const Setting& s : all_settings())
    if (std::find(tables.begin(), tables.end(), s.table) == tables.end()) tables.push_back(s.table);
  return tables;
}

// The known name nearest `wrong` (a typing slip or two), "" when none is near.
std::string nearest(std::string_view wrong, const std::vector<std::string>& known) {
  std::string best;
  int best_distance = std::max(2, static_cast<int>(wrong.size()) / 3) + 1;
  for (const std::string& k : known) {
    const int d = edit_distance(wrong, k, best_distance);
    if (d < best_distance) {
      best_distance = d;
      best = k;
    }
  }
  return best;
}

std::string at_line(const std::string& file, const toml::node& node) {
  return file + ":" + std::to_string(node.source().begin.line);
}

[[noreturn]] void refuse_unknown_key(const std::string& file, std::string_view table, std::string_view key, const toml::node& node) {
  const std::string name = std::string(table) + "." + std::string(key);
  for (const Removed& r : kRemoved)
    if (r.name == name) throw ConfigError(at_line(file, node) + ": " + std::string(r.message));
  // The same table's keys first (a slip), then every key (a key in the wrong table).
  std::vector<std::string> same, all;
  for (const Setting& s : all_settings()) {
    if (s.table == table) same.emplace_back(s.key);
    all.push_back(s.name());
  }
  std::string hint = nearest(key, same);
  if (!hint.empty()) hint = std::string(table) + "." + hint;
  for (const Setting& s : all_settings())
    if (hint.empty() && s.key == key) hint = s.name();
  if (hint.empty()) hint = nearest(name, all);
  std::string known;
  for (const std::string& k : same) known += (known.empty() ? "" : ", ") + k;
  throw ConfigError(at_line(file, node) + ": unknown key " + name +
                    (hint.empty() ? " (known in [" + std::string(table) + "]: " + known + ")" : "; did you mean " + hint + "?"));
}

[[noreturn]] void refuse_unknown_table(const std::string& file, std::string_view table, const toml::node& node) {
  std::vector<std::string> tables;
  for (std::string_view t : table_names()) tables.emplace_back(t);
  const std::string hint = nearest(table, tables);
  std::string known;
  for (const std::string& t : tables) known += (known.empty() ? "" : ", ") + ("[" + t + "]");
  throw ConfigError(at_line(file, node) + ": unknown table [" + std::string(table) + "]" +
                    (hint.empty() ? " (known: " + known + ")" : "; did you mean [" + hint + "]?"));
}

const char* type_words(Type t) {
  switch (t) {
    case Type::integer: return "a whole number";
    case Type::number: return "a number";
    case Type::boolean: return "true or false";
    case Type::text: case Type::choice: case Type::path: return "a string";
    case Type::list: case Type::paths: return "an array of strings";
  }
  return "";
}

// The value of `node` for setting `s`, or nullopt when it is of another type.
std::optional<SettingValue> value_of(const Setting& s, const toml::node& node, const std::string& base) {
  switch (s.type) {
    case Type::integer:
      if (auto v = node.as_integer()) return SettingValue(v->get());
      return std::nullopt;
    case Type::number:
      if (auto v = node.as_integer()) return SettingValue(static_cast<double>(v->get()));
      if (auto v = node.as_floating_point()) return SettingValue(v->get());
      return std::nullopt;
    case Type::boolean:
      if (auto v = node.as_boolean()) return SettingValue(v->get());
      return std::nullopt;
    case Type::text: case Type::choice: case Type::path:
      if (auto v = node.as_string()) return SettingValue(s.type == Type::path ? resolve(base, v->get()) : v->get());
      return std::nullopt;
    case Type::list: case Type::paths: {
      const toml::array* arr = node.as_array();
      if (!arr) return std::nullopt;
      std::vector<std::string> out;
      for (const toml::node& n : *arr) {
        auto v = n.as_string();
        if (!v) return std::nullopt;
        out.push_back(s.type == Type::paths ? resolve(base, v->get()) : v->get());
      }
      return SettingValue(out);
    }
  }
  return std::nullopt;
}

std::string format_number(double v) {
  std::ostringstream s;
  s << v;
  return s.str();
}

// What is wrong with the value of `s` in `c`; "" when nothing.
std::string problem(const Setting& s, const PipelineConfig& c) {
  const SettingValue v = s.get(c);
  if (s.range) {
    const double x = std::holds_alternative<double>(v) ? std::get<double>(v) : static_cast<double>(std::get<std::int64_t>(v));
    const Range& r = *s.range;
    switch (r.kind) {
      case Range::Kind::between:
        if (!(x >= r.min && x <= r.max))
          return "must be between " + format_number(r.min) + " and " + format_number(r.max);
        break;
      case Range::Kind::above:
        if (!(x > r.min) || !std::isfinite(x)) return "must be a number greater than " + format_number(r.min);
        break;
      case Range::Kind::zero_or_at_least:
        if (!(x == 0 || x >= r.min)) return "must be 0 or at least " + format_number(r.min);
        break;
    }
  }
  std::string known;
  for (std::string_view k : s.choices) known += (known.empty() ? "" : ", ") + std::string(k);
  const auto allowed = [&](const std::string& x) {
    return s.choices.empty() || std::find(s.choices.begin(), s.choices.end(), x) != s.choices.end();
  };
  if (const auto* text = std::get_if<std::string>(&v)) {
    if (!allowed(*text)) return "must be one of " + known + " (not \"" + *text + "\")";
    if (s.non_empty && text->empty()) return "must not be empty";
  }
  if (const auto* list = std::get_if<std::vector<std::string>>(&v)) {
    for (const std::string& x : *list)
      if (!allowed(x)) {
        const std::string hint = nearest(x, {s.choices.begin(), s.choices.end()});
        return "has an unknown value \"" + x + "\"" + (hint.empty() ? "" : " (did you mean " + hint + "?)") + "; known: " + known;
      }
    if (s.non_empty && list->empty()) return "must name at least one value";
  }
  return {};
}

// A cleanup pass listed before a pass it needs.
std::string pass_order_problem(const std::vector<std::string>& passes) {
  for (std::size_t i = 0; i < passes.size(); ++i) {
    const PassInfo* p = find_pass(passes[i]);
    if (!p) continue;
    for (std::string_view need : p->needs) {
      const auto at = std::find(passes.begin(), passes.end(), need);
      if (at != passes.end() && static_cast<std::size_t>(at - passes.begin()) > i)
        return passes[i] + " needs " + std::string(need) + " to run before it, but " + std::string(need) + " is listed after it";
    }
  }
  return {};
}

// Sets `s` to `v`, given at `origin`. A value no field can hold (a name
// that is not a choice, a negative count) is refused here; ranges are
// checked by check_config.
void assign(PipelineConfig& c, const Setting& s, const SettingValue& v, const std::string& origin) {
  if (s.type == Type::choice) {
    const std::string& name = std::get<std::string>(v);
    if (std::find(s.choices.begin(), s.choices.end(), name) == s.choices.end()) {
      std::string known;
      for (std::string_view k : s.choices) known += (known.empty() ? "\"" : "\", \"") + std::string(k);
      throw ConfigError(origin + ": " + s.name() + " must be one of " + known + "\" (not \"" + name + "\")");
    }
  }
  if (s.type == Type::integer && std::get<std::int64_t>(v) < 0)
    throw ConfigError(origin + ": " + s.name() + " must not be negative");
  s.set(c, v);
  c.origin[s.name()] = origin;
}

std::string origin_of(const PipelineConfig& c, const std::string& name) {
  if (auto it = c.origin.find(name); it != c.origin.end()) return it->second;
  return c.source.empty() ? "built-in default" : c.source;
}

// Path of the running binary's directory ("" when unknown).
fs::path binary_dir() {
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

}  // namespace

const std::vector<Setting>& all_settings() {
  static const std::vector<Setting> settings = make_settings();
  return settings;
}

const Setting* find_setting(std::string_view name) {
  for (const Setting& s : all_settings())
    if (s.name() == name) return &s;
  return nullptr;
}

PipelineConfig default_config(const std::string& base_dir) {
  PipelineConfig c;
  c.schema_dir = resolve(base_dir, "../shared/akn");
  return c;
}

PipelineConfig read_config(const std::string& path) {
  toml::table t;
  try {
    t = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    std::ostringstream msg;
    msg << path << ":" << e.source().begin.line << ": " << e.description();
    throw ConfigError(msg.str());
  }
  const std::string base = fs::absolute(path).parent_path().string();
  PipelineConfig c = default_config(base);
  c.source = path;
  const std::vector<std::string_view> tables = table_names();
  for (auto&& [table_key, table_node] : t) {
    const std::string_view table = table_key.str();
    const toml::table* entries = table_node.as_table();
    if (!entries) {
      std::string hint;
      for (const Setting& s : all_settings())
        if (s.key == table) hint = "; it belongs under [" + std::string(s.table) + "]";
      throw ConfigError(at_line(path, table_node) + ": " + std::string(table) + " is outside any table" + hint);
    }
    if (std::find(tables.begin(), tables.end(), table) == tables.end()) refuse_unknown_table(path, table, table_node);
    for (auto&& [key, node] : *entries) {
      const std::string name = std::string(table) + "." + std::string(key.str());
      const Setting* s = find_setting(name);
      if (!s) refuse_unknown_key(path, table, key.str(), node);
      const auto value = value_of(*s, node, base);
      if (!value) throw ConfigError(at_line(path, node) + ": " + name + " must be " + type_words(s->type));
      assign(c, *s, *value, at_line(path, node));
    }
  }
  return c;
}

void set_setting(PipelineConfig& c, std::string_view name, std::string_view text, const std::string& origin) {
  const Setting* s = find_setting(name);
  if (!s) throw ConfigError(origin + ": no setting " + std::string(name));
  const std::string t(text);
  const auto fail = [&] { return ConfigError(origin + " needs " + type_words(s->type) + " (" + s->name() + "), not \"" + t + "\""); };
  SettingValue v;
  switch (s->type) {
    case Type::integer: case Type::number: {
      char* end = nullptr;
      const double x = std::strtod(t.c_str(), &end);
      if (t.empty() || !end || *end != '\0' || !std::isfinite(x)) throw fail();
      if (s->type == Type::number) v = x;
      else if (x != std::floor(x) || std::fabs(x) > 9.0e15) throw fail();
      else v = static_cast<std::int64_t>(x);
      break;
    }
    case Type::boolean:
      if (t != "true" && t != "false") throw fail();
      v = t == "true";
      break;
    case Type::text: case Type::choice: case Type::path:
      v = t;
      break;
    case Type::list: case Type::paths: {
      std::vector<std::string> items;
      for (std::size_t at = 0; at <= t.size();) {
        const std::size_t comma = std::min(t.find(',', at), t.size());
        items.push_back(t.substr(at, comma - at));
        at = comma + 1;
      }
      v = items;
      break;
    }
  }
  assign(c, *s, v, origin);
}

void check_config(const PipelineConfig& c) {
  for (const Setting& s : all_settings())
    if (const std::string p = problem(s, c); !p.empty()) throw ConfigError(origin_of(c, s.name()) + ": " + s.name() + " " + p);
  if (const std::string p = pass_order_problem(c.cleanup.passes); !p.empty())
    throw ConfigError(origin_of(c, "cleanup.passes") + ": cleanup.passes: " + p);
}

PipelineConfig load_config(const std::string& path) {
  PipelineConfig c = read_config(path);
  check_config(c);
  return c;
}

std::vector<std::string> config_search_path() {
  std::vector<std::string> paths = {"pipeline.toml"};
  const fs::path bin = binary_dir();
  if (!bin.empty()) paths.push_back((bin.parent_path() / "etc/akn-ingest/pipeline.toml").string());
#if defined(AKN_SOURCE_DIR) && defined(AKN_BUILD_DIR)
  std::error_code ec;
  if (!bin.empty() && fs::equivalent(bin, AKN_BUILD_DIR, ec)) paths.push_back(std::string(AKN_SOURCE_DIR) + "/pipeline.toml");
#endif
  paths.emplace_back("/etc/akn-ingest/pipeline.toml");
  return paths;
}

bool is_output_format(const std::string& name) {
  return std::find(std::begin(kFormats), std::end(kFormats), name) != std::end(kFormats);
}

namespace {
toml::array to_array(const std::vector<std::string>& items) {
  toml::array a;
  for (const std::string& i : items) a.push_back(i);
  return a;
}

void insert(toml::table& t, const Setting& s, const SettingValue& v) {
  const std::string key(s.key);
  std::visit([&](const auto& x) {
    using T = std::decay_t<decltype(x)>;
    if constexpr (std::is_same_v<T, std::vector<std::string>>) t.insert_or_assign(key, to_array(x));
    else t.insert_or_assign(key, x);
  }, v);
}

// The settings `pick` selects, table by table, as a TOML table (sorted by key).
toml::table settings_table(const PipelineConfig& c, bool conversion_only) {
  toml::table all;
  for (const Setting& s : all_settings()) {
    if (conversion_only && !s.conversion) continue;
    const std::string table(s.table);
    if (!all.contains(table)) all.insert(table, toml::table{});
    insert(*all[table].as_table(), s, s.get(c));
  }
  return all;
}

// The bytes of a file the configuration names ("" when unreadable: the
// pipeline reports that itself).
std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

std::string to_toml(const PipelineConfig& c) {
  std::ostringstream out;
  std::string_view table;
  for (const Setting& s : all_settings()) {
    if (s.table != table) {
      out << (table.empty() ? "" : "\n") << "[" << s.table << "]\n";
      table = s.table;
    }
    toml::table one;
    insert(one, s, s.get(c));
    out << "# " << s.help << "\n" << one << "\n";
  }
  return out.str();
}

std::string config_hash(const PipelineConfig& c, const std::function<std::string(const std::string&)>& file_hash) {
  std::ostringstream all;
  all << settings_table(c, true) << "\n";
  std::vector<std::string> files = c.cleanup.confusion_files;
  if (!c.cleanup.dictionary_dir.empty()) {
    std::vector<std::string> names = {c.cleanup.dictionary_language};
    names.insert(names.end(), c.cleanup.language_dictionaries.begin(), c.cleanup.language_dictionaries.end());
    for (const std::string& name : names)
      for (const char* ext : {".aff", ".dic"}) files.push_back(c.cleanup.dictionary_dir + "/" + name + ext);
    // A measuring dictionary counts when installed (its absence is a setting too).
    for (const std::string& name : c.cleanup.measure_dictionaries) {
      const std::string base = c.cleanup.dictionary_dir + "/" + name;
      const bool installed = std::filesystem::is_regular_file(base + ".aff") && std::filesystem::is_regular_file(base + ".dic");
      if (!installed) all << "not installed: " << base << "\n";
      for (const char* ext : {".aff", ".dic"})
        if (installed) files.push_back(base + ext);
    }
  }
  for (const std::string& f : files) all << f << "\n" << (file_hash ? file_hash(f) : sha256_hex(file_bytes(f))) << "\n";
  return sha256_hex(all.str());
}

}  // namespace akn
