// The review pages as an archivist uses them: opened in a browser (Debian's
// Chromium, headless), every paragraph and every removed furniture line of a
// document has its box on the page image; text dumps are listed line by
// line; the index lists every input; `review` on an existing directory.
#include <catch2/catch.hpp>

#include <leptonica/allheaders.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "process.hpp"
#include "support.hpp"

using namespace akn::test;
namespace fs = std::filesystem;
using Json = nlohmann::json;

namespace {

// Runs a command, returning its standard output and exit status.
int capture(std::vector<std::string> argv, std::string& out) {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  std::vector<char*> raw;
  for (std::string& a : argv) raw.push_back(a.data());
  raw.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, raw[0], &actions, nullptr, raw.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[1]);
  out.clear();
  char buf[65536];
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;) out.append(buf, static_cast<std::size_t>(n));
  ::close(fds[0]);
  if (spawned != 0) return 127;
  int st = 0;
  ::waitpid(pid, &st, 0);
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

// Headless Chromium as the issue starts it; `what` is --dump-dom or
// --screenshot=FILE.
// `fragment` ("#page-40") opens the page scrolled there; `settle` gives the
// page's scripts that much virtual time (ms) to fetch what they fetch after
// the load event (the page images that come into view).
std::string chromium(const fs::path& page, const std::string& what, const std::string& fragment = "", int settle = 0) {
  std::string out;
  std::vector<std::string> argv = {"chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                   "--disable-background-networking", "--hide-scrollbars", "--window-size=1400,1000",
                                   "--user-data-dir=" + (page.parent_path() / ".chromium").string()};
  if (settle > 0) argv.push_back("--virtual-time-budget=" + std::to_string(settle));
  argv.push_back(what);
  argv.push_back("file://" + fs::absolute(page).string() + fragment);
  const int rc = capture(argv, out);
  INFO("chromium " << what << " exited " << rc << " (install Debian's chromium: scripts/install-deps.sh)");
  REQUIRE(rc == 0);
  return out;
}

struct Html {
  htmlDocPtr doc = nullptr;
  explicit Html(const std::string& text) {
    doc = htmlReadMemory(text.data(), static_cast<int>(text.size()), "review.html", "UTF-8",
                         HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    REQUIRE(doc != nullptr);
  }
  ~Html() { xmlFreeDoc(doc); }
  Html(const Html&) = delete;
  Html& operator=(const Html&) = delete;

  // Each element matching `xpath`, as its attributes.
  std::vector<std::map<std::string, std::string>> select(const std::string& xpath) const {
    std::vector<std::map<std::string, std::string>> found;
    xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
    xmlXPathObjectPtr r = xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), ctx);
    if (r && r->nodesetval)
      for (int i = 0; i < r->nodesetval->nodeNr; ++i) {
        std::map<std::string, std::string> attrs;
        for (xmlAttrPtr a = r->nodesetval->nodeTab[i]->properties; a; a = a->next) {
          xmlChar* v = xmlNodeListGetString(doc, a->children, 1);
          attrs[reinterpret_cast<const char*>(a->name)] = v ? reinterpret_cast<const char*>(v) : "";
          xmlFree(v);
        }
        found.push_back(std::move(attrs));
      }
    xmlXPathFreeObject(r);
    xmlXPathFreeContext(ctx);
    return found;
  }
};

std::string has_class(const std::string& c) { return "contains(concat(' ', @class, ' '), ' " + c + " ')"; }

// The eIds of the AKN elements that carry text of the page: paragraphs,
// points and preambular paragraphs (a placeholder paragraph has none).
std::vector<std::string> text_eids(const fs::path& akn) {
  const std::string xml = read_file(akn.string());
  std::vector<std::string> eids;
  static const std::regex kElement(R"re(<(paragraph|point|container) [^>]*eId="([^"]+)")re");
  for (std::sregex_iterator it(xml.begin(), xml.end(), kElement), end; it != end; ++it) {
    const std::string eid = (*it)[2];
    if ((*it)[1] == "container" && !eid.starts_with("preamble__container")) continue;
    eids.push_back(eid);
  }
  return eids;
}

// A box's style as numbers (percentages of its page).
std::map<std::string, double> geometry(const std::string& style) {
  std::map<std::string, double> g;
  static const std::regex kProp(R"re((left|top|width|height):([0-9.]+)%)re");
  for (std::sregex_iterator it(style.begin(), style.end(), kProp), end; it != end; ++it)
    g[(*it)[1]] = std::stod((*it)[2]);
  return g;
}

}  // namespace

TEST_CASE("review: in a browser, a PDF's pages show a box for every paragraph and every removed furniture line",
          "[review][browser]") {
  TempDir t;
  const fs::path out = t.path / "out";
  const std::vector<std::string> pdfs = {"ga_parts", "sc_resolution"};
  std::vector<std::string> args = {"--review", "--out", out.string(), "-j", "2", "--log-format", "json"};
  for (const auto& name : pdfs) args.push_back(source_dir() + "/fixtures/pdf/" + name + ".pdf");
  Run run(args);
  REQUIRE(run.wait() == 0);

  for (const std::string& name : pdfs) {
    DYNAMIC_SECTION(name) {
      const fs::path page = out / "review" / (name + ".html");
      REQUIRE(fs::is_regular_file(page));
      const Json edits = Json::parse(read_file((out / (name + ".edits.json")).string()));
      const Html dom(chromium(page, "--dump-dom"));

      // The script ran (the unticked legend entry hides its boxes), and the
      // page images the first pages show were found and decoded.
      auto body = dom.select("//body");
      REQUIRE(body.size() == 1);
      CHECK(body[0]["class"].find("hide-edit") != std::string::npos);
      auto images = dom.select("//div[" + has_class("sheet") + "]/img");
      std::size_t pages = 0;
      const Json report = Json::parse(read_file((out / "report.json").string()));
      for (const Json& d : report["documents"])
        if (d["relative"] == name + ".pdf") pages = d["counts"]["pages"].get<std::size_t>();
      CHECK(pages >= 2);
      CHECK(images.size() == pages);
      for (std::size_t i = 0; i < 2 && i < images.size(); ++i) CHECK(images[i]["data-state"] == "loaded");

      // Every paragraph, point and preambular paragraph of the AKN output
      // has a box, inside its page and not empty.
      const auto eids = text_eids(out / (name + ".akn.xml"));
      REQUIRE(eids.size() >= 5);
      for (const std::string& eid : eids) {
        const auto boxes = dom.select("//div[" + has_class("para") + " and @data-eid='" + eid + "']");
        INFO(eid);
        REQUIRE(!boxes.empty());
        for (const auto& b : boxes) {
          const auto g = geometry(b.at("style"));
          CHECK(g.at("width") > 0);
          CHECK(g.at("height") > 0);
          CHECK(g.at("left") + g.at("width") <= 100.01);
          CHECK(g.at("top") + g.at("height") <= 100.01);
        }
        // ... and the structure list links to it.
        CHECK(dom.select("//a[" + has_class("part") + " and @data-eid='" + eid + "']").size() == 1);
      }

      // Every line the furniture pass removed has a box carrying its edit,
      // at the top or bottom of its page where furniture is printed.
      std::size_t furniture = 0;
      for (std::size_t i = 0; i < edits["edits"].size(); ++i) {
        const Json& e = edits["edits"][i];
        if (e["pass"] != "remove_furniture") continue;
        ++furniture;
        const auto boxes = dom.select("//div[" + has_class("furniture") + " and contains(concat(' ', @data-edits, ' '), ' " +
                                      std::to_string(i) + " ')]");
        INFO("edit " << i << ": " << e.dump());
        REQUIRE(boxes.size() == 1);
        const auto g = geometry(boxes[0].at("style"));
        CHECK((g.at("top") < 20 || g.at("top") + g.at("height") > 80));
      }
      CHECK(furniture >= 2);
    }
  }

  // A screenshot: what the README shows.
  const fs::path shot = t.path / "review.png";
  chromium(out / "review" / "sc_resolution.html", "--screenshot=" + shot.string());
  const std::string png = read_file(shot.string());
  CHECK(png.substr(0, 8) == "\x89PNG\r\n\x1a\n");
  CHECK(png.size() > 50'000);
}

TEST_CASE("review: a 50-page document opens with its first page images, and the others load as they come into view",
          "[review][browser]") {
  // Two real resolutions of 25 pages each, joined: what an archivist opens.
  TempDir t;
  const fs::path pdf = t.path / "long.pdf", out = t.path / "out";
  const std::string dir = shared_dir() + "/corpus/born_digital/";
  std::string ignored;
  REQUIRE(capture({"pdfunite", dir + "A_RES_78_253.pdf", dir + "S_2012_197-EN.pdf", pdf.string()}, ignored) == 0);
  Run run({"--review", "--out", out.string(), "--log-format", "json", pdf.string()});
  REQUIRE(run.wait() == 0);
  const fs::path page = out / "review" / "long.html";
  REQUIRE(fs::is_regular_file(page));

  // The state of each page's image, by page number.
  const auto states = [&](const std::string& fragment) {
    const Html dom(chromium(page, "--dump-dom", fragment, 10000));
    std::map<int, std::string> by_page;
    static const std::regex kPage(R"re(/([0-9]+)\.jpg$)re");
    for (const auto& img : dom.select("//div[" + has_class("sheet") + "]/img")) {
      const std::string src = img.count("src") ? img.at("src") : img.at("data-src");
      std::smatch m;
      REQUIRE(std::regex_search(src, m, kPage));
      by_page[std::stoi(m[1])] = img.count("data-state") ? img.at("data-state") : "";
    }
    return by_page;
  };
  const auto count = [](const std::map<int, std::string>& m, const std::string& state) {
    return std::count_if(m.begin(), m.end(), [&](const auto& kv) { return kv.second == state; });
  };

  // Opened at the top: the first pages are shown, the rest wait; none is
  // reported missing.
  const auto top = states("");
  REQUIRE(top.size() == 50);
  CHECK(top.at(1) == "loaded");
  CHECK(top.at(2) == "loaded");
  CHECK(count(top, "loaded") <= 5);
  CHECK(count(top, "waiting") >= 45);
  CHECK(count(top, "missing") == 0);
  CHECK(top.at(40) == "waiting");

  // Scrolled to page 40 (a link from the structure list does this): its
  // image is requested (and loaded, unless the machine is too busy for
  // Chromium to finish decoding it in the time given), and those far from
  // it still wait.
  // (The page follows the link itself before it chooses the images to
  // fetch: left to headless Chromium, the scroll came after the dump in one
  // run of four.)
  const auto there = states("#page-40");
  std::string fetched;
  for (const auto& [n, state] : there)
    if (state != "waiting") fetched += " " + std::to_string(n) + ":" + state;
  INFO("pages not waiting:" << fetched);
  CHECK((there.at(40) == "loaded" || there.at(40) == "loading"));
  CHECK(there.at(20) == "waiting");
  CHECK(there.at(50) == "waiting");
  CHECK(count(there, "loaded") <= 12);
  CHECK(count(there, "missing") == 0);
}

TEST_CASE("review: a text dump's lines are listed with their role, and the index lists every input", "[review]") {
  TempDir t;
  const fs::path in = t.path / "in", out = t.path / "out";
  fs::create_directories(in);
  fs::copy_file(source_dir() + "/fixtures/text/archives_wrapped_cp1252.txt", in / "wrapped.txt");
  std::ofstream(in / "broken.pdf") << "%PDF-1.4 not really";
  Run run({"--review", "--out", out.string(), "--log-format", "json", in.string()});
  REQUIRE(run.wait() == 1);

  const std::string html = read_file((out / "review" / "wrapped.html").string());
  const Html page(html);
  auto rows = page.select("//div[" + has_class("listing") + "]/div");
  const Json layout = Json::parse(read_file((out / "wrapped.layout.json").string()));
  REQUIRE(rows.size() == layout["lines"].size());
  // Each line of the file is there with its role: the paragraphs with their
  // eIds, the ODS markers and page furniture with the edit that removed them.
  std::size_t paragraphs = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string role = layout["lines"][i]["role"];
    const std::string cls = rows[i].count("class") ? rows[i].at("class") : "";
    INFO("line " << i + 1 << " (" << role << "): class " << cls);
    if (role == "furniture" || role == "marker" || role == "masthead") {
      CHECK(cls.find(role) != std::string::npos);
      CHECK(!rows[i]["data-edits"].empty());
    }
    if (cls.find("para") != std::string::npos) ++paragraphs;
  }
  CHECK(paragraphs > 0);
  for (const std::string& eid : text_eids(out / "wrapped.akn.xml"))
    CHECK(!page.select("//div[" + has_class("para") + " and @data-eid='" + eid + "']").empty());

  // The index: both inputs, the failure with its reason, links only to
  // documents that have a page.
  const Html index(read_file((out / "review" / "index.html").string()));
  auto listed = index.select("//tbody/tr");
  REQUIRE(listed.size() == 2);
  std::map<std::string, std::map<std::string, std::string>> by_name;
  for (const auto& r : listed) by_name[r.at("data-name")] = r;
  CHECK(by_name["broken.pdf"]["data-status"] == "failed");
  CHECK(by_name["broken.pdf"]["data-reason"].find("damaged PDF") != std::string::npos);
  CHECK(by_name["wrapped.txt"]["data-status"] == "ok");
  CHECK(index.select("//a[@href='wrapped.html']").size() == 1);
  CHECK(index.select("//a[@href='broken.html']").empty());
}

TEST_CASE("review: the subcommand reviews an existing directory, reuses page images and says what it lacks", "[review]") {
  TempDir t;
  const fs::path out = t.path / "out";
  const std::string pdf = source_dir() + "/fixtures/pdf/sc_resolution.pdf";
  // Converted without the layout: the index lists it, with the reason it
  // has no page.
  REQUIRE(Run({"--out", out.string(), "--log-format", "json", pdf}).wait() == 0);
  {
    Run review({"review", out.string()}, false);
    REQUIRE(review.wait() == 0);
    CHECK(review.log().find("no layout recorded: convert with --review") != std::string::npos);
    CHECK(!fs::exists(out / "review" / "sc_resolution.html"));
    CHECK(read_file((out / "review" / "index.html").string()).find("no layout recorded") != std::string::npos);
  }
  // With --review the unchanged document is converted again for its layout.
  {
    Run again({"--review", "--out", out.string(), "--log-format", "json", pdf});
    REQUIRE(again.wait() == 0);
    CHECK(again.log().find("\"status\":\"ok\"") != std::string::npos);
    CHECK(again.log().find("3 page images rendered") != std::string::npos);
  }
  // From another directory, after the output moved: the images are reused.
  const fs::path moved = t.path / "moved";
  fs::rename(out, moved);
  {
    Run review({"review", moved.string()}, false);
    REQUIRE(review.wait() == 0);
    CHECK(review.log().find("0 page images rendered") != std::string::npos);
    CHECK(fs::is_regular_file(moved / "review" / "sc_resolution.pages" / "3.jpg"));
  }
  // A changed width renders them again.
  {
    Run review({"review", "--width", "600", moved.string()}, false);
    REQUIRE(review.wait() == 0);
    CHECK(review.log().find("3 page images rendered") != std::string::npos);
    CHECK(read_file((moved / "review" / "sc_resolution.html").string()).find("width=\"600\"") != std::string::npos);
  }
  // Nothing to review: exit 2, naming what is missing.
  Run none({"review", (t.path / "nothing").string()}, false);
  CHECK(none.wait() == 2);
  CHECK(none.log().find("report.json") != std::string::npos);
}

TEST_CASE("review: a scan's page images are turned as OCR turned them, so its text lies under its boxes", "[review]") {
  // The G4 fixture has page 2 upside down and page 3 sideways: OCR turned
  // them, and the boxes are on the turned pages.
  TempDir t;
  const fs::path out = t.path / "out";
  Run run({"--review", "--out", out.string(), "--log-format", "json", source_dir() + "/fixtures/scan/sc_resolution_g4.tif"});
  REQUIRE(run.wait() == 0);
  const Json layout = Json::parse(read_file((out / "sc_resolution_g4.layout.json").string()));
  std::size_t turned = 0;
  for (const Json& page : layout["pages"]) {
    const int n = page["number"];
    INFO("page " << n);
    turned += (page["quarterTurns"].get<int>() + page["quarterTurnsAfter"].get<int>()) % 4 != 0;
    const fs::path jpg = out / "review" / "sc_resolution_g4.pages" / (std::to_string(n) + ".jpg");
    PIX* raw = pixRead(jpg.string().c_str());
    REQUIRE(raw != nullptr);
    PIX* grey = pixConvertTo8(raw, 0);
    pixDestroy(&raw);
    REQUIRE(grey != nullptr);
    const int w = pixGetWidth(grey), h = pixGetHeight(grey);
    const double pw = page["width"], ph = page["height"];
    // The image has the shape of the page the boxes are on.
    CHECK(std::abs(static_cast<double>(w) / h - pw / ph) < 0.01);
    // Ink (pixels darker than mid-grey) under the body lines' boxes against
    // ink over the whole page: text lies under its boxes.
    auto ink = [&](int x0, int y0, int x1, int y1) {
      std::size_t dark = 0, all = 0;
      for (int y = std::max(0, y0); y < std::min(h, y1); ++y)
        for (int x = std::max(0, x0); x < std::min(w, x1); ++x) {
          l_uint32 v = 0;
          pixGetPixel(grey, x, y, &v);
          dark += v < 128;
          ++all;
        }
      return std::pair<std::size_t, std::size_t>{dark, all};
    };
    std::size_t dark = 0, all = 0;
    for (const Json& line : layout["lines"]) {
      if (line["page"] != n || line["role"] != "body" || !line.contains("box")) continue;
      const Json& b = line["box"];
      const auto [d, a] = ink(static_cast<int>(b[0].get<double>() / pw * w), static_cast<int>(b[1].get<double>() / ph * h),
                              static_cast<int>(b[2].get<double>() / pw * w), static_cast<int>(b[3].get<double>() / ph * h));
      dark += d;
      all += a;
    }
    const auto [page_dark, page_all] = ink(0, 0, w, h);
    pixDestroy(&grey);
    REQUIRE(all > 0);
    const double inside = static_cast<double>(dark) / static_cast<double>(all);
    const double overall = static_cast<double>(page_dark) / static_cast<double>(page_all);
    INFO("ink under the boxes " << inside << ", over the page " << overall);
    CHECK(inside > 3 * overall);
  }
  CHECK(turned >= 2);
}
