// The command-line contract: output layout, report.json, exit codes.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "process.hpp"
#include "support.hpp"

using namespace akn::test;
namespace fs = std::filesystem;

namespace {

int run(const std::string& args) {
  const std::string cmd = std::string("'") + AKN_BINARY + "' --config '" + source_dir() + "/pipeline.toml' " + args +
                          " > /dev/null 2>&1";
  const int rc = std::system(cmd.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

nlohmann::json report(const fs::path& out) { return nlohmann::json::parse(read_file((out / "report.json").string())); }
}  // namespace

TEST_CASE("a directory converts into the mirrored layout, bad files fail alone", "[cli]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  write(in / "a/b/X.txt", read_file(shared_dir() + "/seeds/000_66e8b75daa607f5e.txt"));
  write(in / "a/Y.md", read_file(source_dir() + "/fixtures/markdown/human_rights_education.md"));
  write(in / "a/Y.txt", read_file(shared_dir() + "/seeds/004_acb2b404cac51b83.txt"));
  write(in / "bad.txt", std::string("abc\0\0def", 8));
  write(in / "scan.tiff", std::string("II*\0", 4));  // a TIFF cut after its header
  write(in / "notes.docx", "PK\x03\x04");
  REQUIRE(run("--out '" + out.string() + "' '" + in.string() + "'") == 1);
  // Y.md and Y.txt would share a/Y.*: both are named after their full file name.
  for (const char* f : {"a/b/X.akn.xml", "a/b/X.txt", "a/b/X.edits.json", "a/Y.md.akn.xml", "a/Y.txt.akn.xml"}) {
    INFO(f);
    CHECK(fs::exists(out / f));
  }
  CHECK_FALSE(fs::exists(out / "bad.akn.xml"));
  const auto r = report(out);
  CHECK(r["summary"]["ok"] == 3);
  CHECK(r["summary"]["failed"] == 2);
  CHECK(r["summary"]["skipped"] == 1);
  bool saw_bad = false;
  for (const auto& d : r["documents"]) {
    if (d["input"].get<std::string>().ends_with("bad.txt")) {
      saw_bad = true;
      CHECK(d["status"] == "failed");
      CHECK(d["reason"].get<std::string>().find("NUL") != std::string::npos);
    }
    if (d["input"].get<std::string>().ends_with("scan.tiff")) {
      CHECK(d["status"] == "failed");
      CHECK(d["reason"].get<std::string>().find("damaged") != std::string::npos);
    }
    if (d["status"] == "ok") {
      CHECK(d["counts"]["edits"].get<int>() > 0);
      CHECK(d["editsByKind"].is_object());
      // Every XML the CLI writes is schema-valid.
      CHECK(validator().validate(read_file(d["outputs"]["akn"].get<std::string>())).empty());
    }
  }
  CHECK(saw_bad);
  // No temporary files are left behind.
  for (const auto& e : fs::recursive_directory_iterator(out)) CHECK(e.path().string().find(".tmp") == std::string::npos);
}

TEST_CASE("a file given directly is written at the top of --out, exit 0 when all convert", "[cli]") {
  TempDir t;
  write(t.path / "deep/dir/R.txt", read_file(shared_dir() + "/seeds/003_24bcb0a4a35d199b.txt"));
  REQUIRE(run("--out '" + (t.path / "out").string() + "' '" + (t.path / "deep/dir/R.txt").string() + "'") == 0);
  CHECK(fs::exists(t.path / "out/R.akn.xml"));
  CHECK(fs::exists(t.path / "out/R.txt"));
  CHECK(report(t.path / "out")["summary"]["ok"] == 1);
}

TEST_CASE("usage and configuration errors exit with 2", "[cli]") {
  TempDir t;
  CHECK(run("") == 2);
  CHECK(run("--no-such-option x") == 2);
  write(t.path / "bad.toml", "[cleanup]\npasses = [\"no_such_pass\"]\n");
  const std::string cmd = std::string("'") + AKN_BINARY + "' --config '" + (t.path / "bad.toml").string() + "' x > /dev/null 2>&1";
  const int rc = std::system(cmd.c_str());
  CHECK(WEXITSTATUS(rc) == 2);
  CHECK(run("--out '" + (t.path / "o").string() + "' '" + (t.path / "missing.txt").string() + "'") == 1);
}

TEST_CASE("outputs are identical from one run to the next", "[cli]") {
  TempDir t;
  REQUIRE(run("--out '" + (t.path / "o1").string() + "' '" + shared_dir() + "/seeds'") == 0);
  REQUIRE(run("--out '" + (t.path / "o2").string() + "' '" + shared_dir() + "/seeds'") == 0);
  for (const auto& e : fs::directory_iterator(t.path / "o1")) {
    // report.json names its own output paths; the state is the run's bookkeeping.
    if (e.path().filename() == "report.json" || e.path().filename().string().rfind(".akn-state", 0) == 0) continue;
    INFO(e.path().filename().string());
    CHECK(read_file(e.path().string()) == read_file((t.path / "o2" / e.path().filename()).string()));
  }
}

// akn-ingest loads its PDF and image readers (Poppler, Tesseract) as a
// module when a document needs one (ingest/media.hpp): a copy of the
// program without the module beside it still converts text, and each PDF
// fails naming the module, to be retried by the next run.
TEST_CASE("without its PDF and image module the program converts text and says why PDFs fail", "[cli]") {
  TempDir t;
  const fs::path bin = t.path / "bin/akn-ingest", in = t.path / "in", out = t.path / "out";
  fs::create_directories(bin.parent_path());
  fs::copy_file(AKN_BINARY, bin);
  fs::permissions(bin, fs::perms::owner_all);
  write(in / "X.txt", read_file(shared_dir() + "/seeds/000_66e8b75daa607f5e.txt"));
  write(in / "P.pdf", read_file(source_dir() + "/fixtures/pdf/ga_two_pages.pdf"));
  const std::string cmd = "'" + bin.string() + "' --config '" + source_dir() + "/pipeline.toml' --out '" + out.string() +
                          "' '" + in.string() + "' > /dev/null 2>&1";
  const int rc = std::system(cmd.c_str());
  REQUIRE(WIFEXITED(rc));
  CHECK(WEXITSTATUS(rc) == 1);
  CHECK(fs::exists(out / "X.akn.xml"));
  CHECK_FALSE(fs::exists(out / "P.akn.xml"));
  const auto r = report(out);
  CHECK(r["summary"]["ok"] == 1);
  CHECK(r["summary"]["failed"] == 1);
  int pdfs = 0;
  for (const auto& d : r["documents"]) {
    if (!d["input"].get<std::string>().ends_with("P.pdf")) continue;
    ++pdfs;
    const std::string reason = d["reason"].get<std::string>();
    INFO(reason);
    CHECK(reason.find("libakn-ingest-media.so cannot be loaded") != std::string::npos);
    CHECK(reason.starts_with("environment: "));  // the machine's fault: retried next run
  }
  CHECK(pdfs == 1);
}

namespace {
// A one-page PDF whose text is set in fonts it does not embed (Arial, Times
// New Roman, Courier New, by the names Word gives them), as the old UN PDFs
// and Acrobat Capture's layers are: Poppler draws them with whatever fonts
// fontconfig offers as substitutes.
std::string pdf_with_fonts_not_embedded() {
  const std::vector<std::pair<std::string, std::string>> lines = {
      {"F1", "The General Assembly,"},
      {"F2", "Recalling its resolution 44/2 of 6 October 1989 on the situation in the"},
      {"F2", "occupied territories, and the reports of the Secretary-General,"},
      {"F1", "1. Requests the Secretary-General to report to it at its next session;"},
      {"F3", "A/45/999  English  Page 1"},
  };
  std::string content = "BT\n";
  double y = 720;
  for (const auto& [font, text] : lines) {
    content += "/" + font + " 12 Tf 1 0 0 1 72 " + std::to_string(static_cast<int>(y)) + " Tm (" + text + ") Tj\n";
    y -= 28;
  }
  content += "ET\n";
  const auto font = [](const char* name) {
    return std::string("<< /Type /Font /Subtype /TrueType /BaseFont /") + name + " /Encoding /WinAnsiEncoding >>";
  };
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream",
      font("Arial"),
      font("TimesNewRoman"),
      font("CourierNew"),
  };
  return pdf_of_objects(objects);
}

std::string shell_output(const std::string& command) {
  std::string out;
  if (FILE* p = ::popen(command.c_str(), "r")) {
    char buf[256];
    while (std::fgets(buf, sizeof buf, p) != nullptr) out += buf;
    ::pclose(p);
  }
  return out;
}
}  // namespace

// The fonts Poppler draws non-embedded fonts with are pinned
// (pin_substitute_fonts): a machine whose fontconfig offers others (here one
// that knows the DejaVu fonts alone, as installing fonts-urw-base35 made
// Nimbus Sans stand for Arial) renders such a page, and so OCRs it, as the
// set-up's machine does.
TEST_CASE("a page in fonts it does not embed reads the same whatever fonts the machine offers", "[cli][fonts]") {
  TempDir t;
  write(t.path / "in/fonts.pdf", pdf_with_fonts_not_embedded());
  write(t.path / "other/fonts.conf", "<?xml version=\"1.0\"?>\n<fontconfig>\n  <dir>/usr/share/fonts/truetype/dejavu</dir>\n"
                                     "  <cachedir>" + (t.path / "other/cache").string() + "</cachedir>\n</fontconfig>\n");
  const std::string other = "FONTCONFIG_FILE='" + (t.path / "other/fonts.conf").string() + "' ";
  // The other machine is another: it offers no Liberation Sans for Arial.
  const std::string here = shell_output("fc-match -f '%{family}' Arial 2>/dev/null");
  const std::string there = shell_output(other + "fc-match -f '%{family}' Arial 2>/dev/null");
  INFO("Arial here: " << here << ", there: " << there);
  REQUIRE(here.find("Liberation Sans") != std::string::npos);
  REQUIRE(there.find("Liberation Sans") == std::string::npos);
  const auto convert = [&](const std::string& env, const char* out) {
    const std::string cmd = env + "'" + AKN_BINARY + "' --config '" + source_dir() + "/pipeline.toml' --ocr always " +
                            "--format txt,hocr,layout --out '" + (t.path / out).string() + "' '" +
                            (t.path / "in/fonts.pdf").string() + "' > /dev/null 2>&1";
    const int rc = std::system(cmd.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  };
  REQUIRE(convert("", "here") == 0);
  REQUIRE(convert(other, "there") == 0);
  const std::string text = read_file((t.path / "here/fonts.txt").string());
  CHECK(text.find("Secretary-General") != std::string::npos);
  CHECK(text == read_file((t.path / "there/fonts.txt").string()));
  // Tesseract's words and their boxes on the rendered page: the glyphs drawn.
  CHECK(read_file((t.path / "here/fonts.hocr").string()) == read_file((t.path / "there/fonts.hocr").string()));
  CHECK(read_file((t.path / "here/fonts.layout.json").string()) == read_file((t.path / "there/fonts.layout.json").string()));
}
