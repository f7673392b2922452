// Micro-benchmarks (Google Benchmark): each cleanup pass alone, all of
// them together, structure, and the writers, over the five seed
// resolutions, reported in MB/s of source text. Run by bench/run.sh:
//
//   build/bench/akn_micro --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// Each pass is timed on the document as the passes before it left it (the
// copy made for each iteration is not timed).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <poppler/GlobalParams.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>

#include "cleanup/cleanup.hpp"
#include "cleanup/note_mark_patterns.hpp"
#include "core/text.hpp"
#include "core/language.hpp"
#include "export/export.hpp"
#include "ingest/drawn_rules.hpp"
#include "ingest/ingest.hpp"
#include "ingest/pdf_core.hpp"
#include "runner/config.hpp"
#include "runner/report.hpp"
#include "structure/structure.hpp"
#include "verify/conservation.hpp"

namespace {

namespace fs = std::filesystem;

struct Seed {
  std::string name, bytes;
};

const akn::PipelineConfig& config() {
  static const akn::PipelineConfig c = akn::default_config(AKN_SOURCE_DIR);
  return c;
}

const std::vector<Seed>& seeds() {
  static const std::vector<Seed> s = [] {
    std::vector<Seed> out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(AKN_SHARED_DIR) / "seeds"))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::ostringstream b;
      b << in.rdbuf();
      out.push_back({f.filename().string(), b.str()});
    }
    if (out.empty()) throw std::runtime_error("no seeds in " AKN_SHARED_DIR "/seeds");
    return out;
  }();
  return s;
}

std::size_t seed_bytes() {
  std::size_t n = 0;
  for (const Seed& s : seeds()) n += s.bytes.size();
  return n;
}

void processed(benchmark::State& state, std::size_t bytes_per_iteration) {
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(bytes_per_iteration));
}

std::vector<akn::Document> ingested() {
  std::vector<akn::Document> docs;
  for (const Seed& s : seeds()) docs.push_back(akn::ingest(s.name, s.bytes, config().ingest));
  return docs;
}

// A cleaner running `passes` (names), built once per list.
const akn::Cleaner& cleaner(const std::vector<std::string>& passes) {
  static std::map<std::vector<std::string>, std::unique_ptr<akn::Cleaner>> cache;
  auto& c = cache[passes];
  if (!c) {
    akn::CleanupOptions o = config().cleanup;
    o.passes = passes;
    c = std::make_unique<akn::Cleaner>(o);
  }
  return *c;
}

void Ingest(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ingested());
  processed(state, seed_bytes());
}
BENCHMARK(Ingest)->Unit(benchmark::kMicrosecond);

// Runs `cleaner` on fresh copies of `before`, timing only the cleaning;
// MB/s of `bytes` (by default, all the seeds' text).
void clean_copies(benchmark::State& state, const std::vector<akn::Document>& before, const akn::Cleaner& cleaner,
                  std::size_t bytes = seed_bytes()) {
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<akn::Document> docs = before;
    state.ResumeTiming();
    for (akn::Document& d : docs) cleaner.run(d);
    benchmark::DoNotOptimize(docs.data());
    state.PauseTiming();
    docs.clear();
    state.ResumeTiming();
  }
  processed(state, bytes);
}

// One pass, on what the passes before it left.
void Pass(benchmark::State& state, std::size_t index) {
  const std::vector<std::string>& order = config().cleanup.passes;
  std::vector<akn::Document> before = ingested();
  const akn::Cleaner& prefix = cleaner({order.begin(), order.begin() + static_cast<std::ptrdiff_t>(index)});
  for (akn::Document& d : before) prefix.run(d);
  clean_copies(state, before, cleaner({order[index]}));
}

// parse_masthead alone, on the seeds that print no "Distr." (text dumps of
// a resolution's body, as the passes before it leave them): its anchor is
// looked for among page 1's first lines by symbol, then by meeting, the
// case issue 22's profile found costliest. MB/s of those seeds' text.
void MastheadWithoutDistr(benchmark::State& state) {
  const std::vector<std::string>& order = config().cleanup.passes;
  const auto masthead = std::find(order.begin(), order.end(), "parse_masthead");
  const std::vector<akn::Document> all = ingested();
  std::vector<akn::Document> before;
  std::size_t bytes = 0;
  for (std::size_t k = 0; k < all.size(); ++k)
    if (seeds()[k].bytes.find("Distr") == std::string::npos) {
      before.push_back(all[k]);
      bytes += seeds()[k].bytes.size();
    }
  const akn::Cleaner& prefix = cleaner({order.begin(), masthead});
  for (akn::Document& d : before) prefix.run(d);
  clean_copies(state, before, cleaner({"parse_masthead"}), bytes);
}
BENCHMARK(MastheadWithoutDistr)->Unit(benchmark::kMicrosecond);

// The document's language, as Cleaner::run detects it once a document
// (the passes and structure read Document::language after it).
void DetectLanguage(benchmark::State& state) {
  const std::vector<akn::Document> docs = ingested();
  for (auto _ : state)
    for (const akn::Document& d : docs) benchmark::DoNotOptimize(akn::detect_language(d));
  processed(state, seed_bytes());
}
BENCHMARK(DetectLanguage)->Unit(benchmark::kMicrosecond);

// The scans the passes run over every line or paragraph (issue 22): the
// note-mark cues link_footnotes and collect_footnotes read before their
// patterns, and collapse_spaces (shapes of lines, masthead values, notes).
// Over the seeds' body lines, as ingest gives them.
std::vector<std::string> seed_lines() {
  std::vector<std::string> lines;
  for (const akn::Document& d : ingested())
    for (const akn::Page& p : d.pages)
      for (const akn::Line& l : p.lines) lines.push_back(l.text);
  return lines;
}
void NoteMarkCues(benchmark::State& state) {
  const std::vector<std::string> lines = seed_lines();
  for (auto _ : state)
    for (const std::string& l : lines) benchmark::DoNotOptimize(akn::detail::note_mark_cues(l));
  processed(state, seed_bytes());
}
BENCHMARK(NoteMarkCues)->Unit(benchmark::kMicrosecond);
void CollapseSpaces(benchmark::State& state) {
  const std::vector<std::string> lines = seed_lines();
  for (auto _ : state)
    for (const std::string& l : lines) benchmark::DoNotOptimize(akn::collapse_spaces(l));
  processed(state, seed_bytes());
}
BENCHMARK(CollapseSpaces)->Unit(benchmark::kMicrosecond);

// Every pass, as the pipeline runs them.
void AllPasses(benchmark::State& state) { clean_copies(state, ingested(), cleaner(config().cleanup.passes)); }
BENCHMARK(AllPasses)->Unit(benchmark::kMicrosecond);

std::vector<akn::Document> cleaned() {
  std::vector<akn::Document> docs = ingested();
  for (akn::Document& d : docs) cleaner(config().cleanup.passes).run(d);
  return docs;
}

void Structure(benchmark::State& state) {
  const std::vector<akn::Document> docs = cleaned();
  for (auto _ : state)
    for (const akn::Document& d : docs) benchmark::DoNotOptimize(akn::recover_structure(d));
  processed(state, seed_bytes());
}
BENCHMARK(Structure)->Unit(benchmark::kMicrosecond);

std::vector<akn::Resolution> resolutions() {
  std::vector<akn::Resolution> out;
  for (const akn::Document& d : cleaned()) out.push_back(akn::recover_structure(d));
  return out;
}

// The AKN writer, in MB/s of XML written.
void AknWriter(benchmark::State& state) {
  const std::vector<akn::Resolution> res = resolutions();
  std::size_t bytes = 0;
  for (const akn::Resolution& r : res) bytes += akn::write_akn(r).size();
  for (auto _ : state)
    for (const akn::Resolution& r : res) benchmark::DoNotOptimize(akn::write_akn(r));
  processed(state, bytes);
}
BENCHMARK(AknWriter)->Unit(benchmark::kMicrosecond);

// Schema validation of the AKN written, in MB/s of XML.
void SchemaValidation(benchmark::State& state) {
  const akn::SchemaValidator validator(config().schema_path());
  std::vector<std::string> xml;
  std::size_t bytes = 0;
  for (const akn::Resolution& r : resolutions()) {
    xml.push_back(akn::write_akn(r));
    bytes += xml.back().size();
  }
  for (auto _ : state)
    for (const std::string& x : xml) benchmark::DoNotOptimize(validator.validate(x));
  processed(state, bytes);
}
BENCHMARK(SchemaValidation)->Unit(benchmark::kMicrosecond);

void TextWriter(benchmark::State& state) {
  const std::vector<akn::Resolution> res = resolutions();
  std::size_t bytes = 0;
  for (const akn::Resolution& r : res) bytes += akn::write_text(r, config().text).size();
  for (auto _ : state)
    for (const akn::Resolution& r : res) benchmark::DoNotOptimize(akn::write_text(r, config().text));
  processed(state, bytes);
}
BENCHMARK(TextWriter)->Unit(benchmark::kMicrosecond);

// The conservation check (replay of the edit log on the ingested text, diff
// with the clean text and notes), in MB/s of source text.
void Conservation(benchmark::State& state) {
  struct Checked {
    akn::SourceText source;
    akn::Document doc;
    akn::Resolution res;
    std::string body;
  };
  std::vector<Checked> docs;
  for (akn::Document& d : ingested()) {
    akn::SourceText source = akn::record_source(d);
    cleaner(config().cleanup.passes).run(d);
    akn::Resolution res = akn::recover_structure(d);
    std::string body = akn::write_text(res, {akn::TextNotes::omit});
    docs.push_back({std::move(source), std::move(d), std::move(res), std::move(body)});
  }
  for (auto _ : state)
    for (const Checked& c : docs) benchmark::DoNotOptimize(akn::check_conservation(c.source, c.doc, c.res, c.body));
  processed(state, seed_bytes());
}
BENCHMARK(Conservation)->Unit(benchmark::kMicrosecond);

// --- born-digital PDFs ---------------------------------------------------
// The 15 born-digital UN PDFs of ../shared/corpus (165 pages), in pages/s:
// ingest with each PDF reader (ingest.pdf_reader), against what pdftotext
// does with each page in the same process (Poppler's display into a
// TextOutputDev, reading order, text written out): the reference the
// targets are stated against, measured in the same run on the same pages.

struct Pdf {
  std::string name, bytes;
  int pages = 0;
};

const std::vector<Pdf>& pdfs() {
  static const std::vector<Pdf> p = [] {
    std::vector<Pdf> out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(fs::path(AKN_SHARED_DIR) / "corpus" / "born_digital"))
      if (e.path().extension() == ".pdf") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::ostringstream b;
      b << in.rdbuf();
      out.push_back({f.filename().string(), b.str(), 0});
    }
    if (out.empty()) throw std::runtime_error("no PDFs in " AKN_SHARED_DIR "/corpus/born_digital");
    return out;
  }();
  return p;
}

void pages_per_second(benchmark::State& state, int pages) {
  state.counters["pages/s"] = benchmark::Counter(static_cast<double>(pages), benchmark::Counter::kIsIterationInvariantRate);
}

// akn::ingest of every PDF with `reader` (layout, drawn rules; no cleanup).
void IngestPdf(benchmark::State& state, akn::PdfReader reader) {
  akn::IngestOptions o = config().ingest;
  o.pdf_reader = reader;
  int pages = 0;
  for (const Pdf& p : pdfs()) pages += static_cast<int>(akn::ingest(p.name, p.bytes, o).pages.size());
  for (auto _ : state)
    for (const Pdf& p : pdfs()) benchmark::DoNotOptimize(akn::ingest(p.name, p.bytes, o));
  pages_per_second(state, pages);
}
BENCHMARK_CAPTURE(IngestPdf, core, akn::PdfReader::core)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(IngestPdf, cpp, akn::PdfReader::cpp)->Unit(benchmark::kMillisecond);

// The born-digital PDFs ingested (core reader), and their text's bytes.
const std::vector<akn::Document>& ingested_pdfs() {
  static const std::vector<akn::Document> docs = [] {
    std::vector<akn::Document> out;
    for (const Pdf& p : pdfs()) out.push_back(akn::ingest(p.name, p.bytes, config().ingest));
    return out;
  }();
  return docs;
}
std::size_t text_bytes(const std::vector<akn::Document>& docs) {
  std::size_t n = 0;
  for (const akn::Document& d : docs)
    for (const akn::Page& page : d.pages)
      for (const akn::Line& l : page.lines) n += l.text.size();
  return n;
}

// order_pages alone on the born-digital PDFs (several pages each, where the
// seeds print one), as the passes before it leave them; MB/s of their text.
void PdfOrderPages(benchmark::State& state) {
  const std::vector<std::string>& order = config().cleanup.passes;
  const auto at = std::find(order.begin(), order.end(), "order_pages");
  if (at == order.end()) {
    state.SkipWithError("no order_pages pass");
    return;
  }
  std::vector<akn::Document> before = ingested_pdfs();
  const akn::Cleaner& prefix = cleaner({order.begin(), at});
  for (akn::Document& d : before) prefix.run(d);
  clean_copies(state, before, cleaner({"order_pages"}), text_bytes(ingested_pdfs()));
}
BENCHMARK(PdfOrderPages)->Unit(benchmark::kMicrosecond);

// Structure on the born-digital PDFs, cleaned; MB/s of their text.
void PdfStructure(benchmark::State& state) {
  std::vector<akn::Document> docs = ingested_pdfs();
  for (akn::Document& d : docs) cleaner(config().cleanup.passes).run(d);
  for (auto _ : state)
    for (const akn::Document& d : docs) benchmark::DoNotOptimize(akn::recover_structure(d));
  processed(state, text_bytes(ingested_pdfs()));
}
BENCHMARK(PdfStructure)->Unit(benchmark::kMicrosecond);

// The render the drawn rules are looked for in (ingest/drawn_rules.hpp):
// every page at kRuleDpi without its glyphs, through the core reader
// (ingest renders only the pages that may hold notes).
void RenderWithoutText(benchmark::State& state) {
  int pages = 0;
  for (auto _ : state) {
    pages = 0;
    for (const Pdf& p : pdfs()) {
      akn::detail::CoreWordReader reader(p.bytes);
      for (int n = 1; reader.render_without_text(n, 72, [](const akn::detail::GreyImage& image) {
             benchmark::DoNotOptimize(image.pixels);
           });
           ++n)
        ++pages;
    }
  }
  pages_per_second(state, pages);
}
BENCHMARK(RenderWithoutText)->Unit(benchmark::kMillisecond);

// The drawn rules of every page as ingest finds them (pdf_ingest.cpp's
// drawn_rules): from the marks the words' display recorded, else from a
// render without text or pictures. The words' display is not timed. Every
// page (ingest looks only on pages that may hold notes).
void DrawnRules(benchmark::State& state) {
  int pages = 0;
  for (auto _ : state) {
    pages = 0;
    for (const Pdf& p : pdfs()) {
      akn::detail::CoreWordReader reader(p.bytes);
      for (int n = 1; n <= reader.pages(); ++n, ++pages) {
        state.PauseTiming();
        bool repaired = false;
        std::vector<akn::Box> boxes;
        for (const akn::PlacedWord& w : reader.words(n, repaired)) boxes.push_back(w.box);
        state.ResumeTiming();
        if (auto rules = reader.rules_from_marks(n, boxes)) {
          benchmark::DoNotOptimize(rules);
          continue;
        }
        reader.render_without_text(n, akn::detail::kRuleDpi, [&](const akn::detail::GreyImage& image) {
          benchmark::DoNotOptimize(akn::detail::find_drawn_rules(image, akn::detail::kRuleDpi, boxes));
        });
      }
    }
  }
  pages_per_second(state, pages);
}
BENCHMARK(DrawnRules)->Unit(benchmark::kMillisecond);

// The fills of a page composited over white (composite_over_white): a
// letter page at 72 dpi with a rule's three rows of alpha, in MB/s of pixels.
void CompositeOverWhite(benchmark::State& state) {
  const int w = 612, h = 792;
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(w * h), 255), alpha(pixels.size(), 0);
  std::fill_n(alpha.begin() + 700 * w + 100, 200, std::uint8_t{128});
  std::fill_n(alpha.begin() + 701 * w + 100, 200, std::uint8_t{255});
  std::fill_n(alpha.begin() + 702 * w + 100, 200, std::uint8_t{64});
  for (auto _ : state) {
    akn::detail::composite_over_white(pixels.data(), w, alpha.data(), w, h);
    benchmark::DoNotOptimize(pixels.data());
  }
  processed(state, pixels.size());
}
BENCHMARK(CompositeOverWhite)->Unit(benchmark::kMicrosecond);

// The corpus record (JSONL) of each real PDF, cleaned and structured (not
// timed), in MB/s of clean text: its pages' offsets were counted from the
// text's start for every page.
void CorpusRecord(benchmark::State& state) {
  struct Converted {
    akn::Resolution res;
    std::string text;
  };
  std::vector<Converted> docs;
  std::size_t bytes = 0;
  for (const Pdf& p : pdfs()) {
    akn::Document d = akn::ingest(p.name, p.bytes, config().ingest);
    cleaner(config().cleanup.passes).run(d);
    akn::Resolution res = akn::recover_structure(d);
    std::string text = akn::write_text(res, config().text);
    bytes += text.size();
    docs.push_back({std::move(res), std::move(text)});
  }
  const akn::Quality quality;
  for (auto _ : state)
    for (const Converted& c : docs) benchmark::DoNotOptimize(akn::write_corpus_record(c.res, c.text, quality));
  processed(state, bytes);
}
BENCHMARK(CorpusRecord)->Unit(benchmark::kMicrosecond);

// report.json of a run of 1,000 text dumps (the entry of a seed's
// conversion, 1,000 times under other names), in MB/s of JSON written: the
// end of every run, and a third of an unchanged rerun before the entries
// were written one at a time.
constexpr const char* kReportEntry =
    R"({"input":"text/0/doc11.txt","relative":"0/doc11.txt","status":"ok","sha256":"ec0e46fedeea8e575df9eb57de0f198f74a0620d5d9e7b890277733849f3b549",)"
    R"("language":"en","type":"resolution","outputs":{"akn":"out/0/doc11.akn.xml","edits":"out/0/doc11.edits.json","txt":"out/0/doc11.txt"},)"
    R"("counts":{"annexes":0,"edits":55,"footnotes":0,"operative":8,"pages":1,"pagesOcr":0,"points":0,"preamble":12,"sections":0,"warnings":1},)"
    R"("quality":{"score":0.9431,"ocrConfidence":null,"dictionary":0.9927,"conservation":1,"unaccounted":0,"furniture":1,"furnitureInText":0,)"
    R"("readingOrder":1,"orderBreaks":0,"title":1,"titleDoubtfulWords":0,"metadata":0.95,"structure":1,"schemaValid":true,"ocrPages":0},)"
    R"("editsByKind":{"join_lines":55},"warnings":["structure: unnumbered text after operative paragraph 8. appended to it"],)"
    R"("seconds":0.057,"converted":"2026-12-03T09:54:37.661Z","runId":"20261203T095432Z-17f6e9f0"})";
constexpr int kReportDocuments = 1000;

akn::RunReport thousand_documents() {
  akn::RunReport r;
  r.version = "bench";
  r.config_hash = std::string(64, 'c');
  for (int i = 0; i < kReportDocuments; ++i) {
    akn::DocumentReport d = akn::document_from_json(kReportEntry);
    d.input = "text/" + std::to_string(i / 100) + "/doc" + std::to_string(i) + ".txt";
    d.relative = std::to_string(i / 100) + "/doc" + std::to_string(i) + ".txt";
    r.documents.push_back(std::move(d));
  }
  return r;
}

void ReportJson(benchmark::State& state) {
  const akn::RunReport r = thousand_documents();
  const std::size_t bytes = akn::report_json(r).size();
  for (auto _ : state) benchmark::DoNotOptimize(akn::report_json(r));
  processed(state, bytes);
}
BENCHMARK(ReportJson)->Unit(benchmark::kMicrosecond);

// report.json of an unchanged rerun of the same 1,000 documents: each entry
// copied from the stored one (DocumentReport::stored_entry) but for its
// names and status, in MB/s of JSON written.
void ReportJsonStored(benchmark::State& state) {
  akn::RunReport r = thousand_documents();
  for (akn::DocumentReport& d : r.documents) {
    akn::DocumentReport read = akn::document_from_stored(akn::document_json(d));  // as the rerun reads it
    read.input = d.input;
    read.relative = d.relative;
    read.status = akn::Status::unchanged;
    d = std::move(read);
  }
  const std::size_t bytes = akn::report_json(r).size();
  for (auto _ : state) benchmark::DoNotOptimize(akn::report_json(r));
  processed(state, bytes);
}
BENCHMARK(ReportJsonStored)->Unit(benchmark::kMicrosecond);

// An unchanged rerun reads each document's stored entry back (from_record),
// in MB/s of JSON read.
void ReportEntryRead(benchmark::State& state) {
  const std::string entry(kReportEntry);
  for (auto _ : state)
    for (int i = 0; i < kReportDocuments; ++i) benchmark::DoNotOptimize(akn::document_from_json(entry));
  processed(state, entry.size() * kReportDocuments);
}
BENCHMARK(ReportEntryRead)->Unit(benchmark::kMicrosecond);

// The same entries as an unchanged rerun reads them since they are copied
// into report.json (document_from_stored): outputs, editsByKind and the
// counts cross_language does not compare are checked, not filled.
void ReportEntryReadStored(benchmark::State& state) {
  const std::string entry(kReportEntry);
  for (auto _ : state)
    for (int i = 0; i < kReportDocuments; ++i) benchmark::DoNotOptimize(akn::document_from_stored(entry));
  processed(state, entry.size() * kReportDocuments);
}
BENCHMARK(ReportEntryReadStored)->Unit(benchmark::kMicrosecond);

// pdftotext's work, in process: every page displayed into a TextOutputDev
// that writes its text (in reading order) into a string.
void PdfToTextInProcess(benchmark::State& state) {
  static const GlobalParamsIniter params(nullptr);
  int pages = 0;
  for (auto _ : state) {
    pages = 0;
    for (const Pdf& p : pdfs()) {
      std::string text;
      auto* stream = new MemStream(p.bytes.data(), 0, static_cast<Goffset>(p.bytes.size()), Object(objNull));
      PDFDoc doc(stream);
      TextOutputDev dev([](void* out, const char* t, int n) { static_cast<std::string*>(out)->append(t, static_cast<std::size_t>(n)); },
                        &text, false, 0, false);
      doc.displayPages(&dev, 1, doc.getNumPages(), 72, 72, 0, true, false, false);
      pages += doc.getNumPages();
      benchmark::DoNotOptimize(text.data());
    }
  }
  pages_per_second(state, pages);
}
BENCHMARK(PdfToTextInProcess)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  // One benchmark per configured pass, named after it.
  const auto& order = config().cleanup.passes;
  for (std::size_t i = 0; i < order.size(); ++i)
    benchmark::RegisterBenchmark(("Pass/" + order[i]).c_str(), Pass, i)->Unit(benchmark::kMicrosecond);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
