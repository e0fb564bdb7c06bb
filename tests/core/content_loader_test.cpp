// The course index and loading content as it is needed: stand-ins from the index carry every id
// progress needs; a file the build checked is trusted, an edited one is checked in full and in
// steps; without a current index everything is loaded at start, with the same verdict as
// loadCourse(); a learner's progress survives a file the index did not describe.
#include "core/content_loader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/course_index.hpp"
#include "core/file_source.hpp"
#include "core/full_checks.hpp"
#include "core/learner.hpp"
#include "core/progress_migration.hpp"
#include "core/progress_store.hpp"
#include "core/search.hpp"
#include "core/storage.hpp"
#include "core/utf8.hpp"

using namespace leren::core;

namespace {

// A file of the course as the index describes it: its hash and size, and what the build found.
IndexedFile indexedFile(const FileSource& files, const std::string& path, std::vector<Diagnostic> found = {}) {
  IndexedFile x;
  x.file = path;
  x.hash = contentHash(*files.read(path));
  x.bytes = files.read(path)->size();
  x.diagnostics = std::move(found);
  return x;
}

// The test course (tests/data/valid), with its index and search texts as coursetool writes them.
struct Built {
  DirectoryFileSource dir{LEREN_TEST_DATA_DIR "/valid"};
  MemoryFileSource files;
  Course full;

  Built() {
    for (const char* p : {"course.json", "glossary.json", "ui/strings.json", "modules/01-wmo-basis.json",
                          "modules/02-figuren.json", "cases/01-mantelzorg.json", "cases/02-schulden.json"})
      files.set(p, *dir.read(p));
    reindex();
  }
  // What `coursetool index` does, on the current files.
  void reindex() {
    full = loadCourse(files, "course.json");
    files.set("search.json", writeSearchTexts(searchTextsOf(full)));
    files.set("index.json", index());
  }
  // The index of the current files as the build writes it; without where the ids are, as an
  // index written before it recorded them.
  std::string index(bool withIdPositions = true) const {
    std::vector<Diagnostic> inCourseFile;
    for (const Diagnostic& d : full.diagnostics)
      if (d.file == "course.json") inCourseFile.push_back(d);
    return writeCourseIndex(full, indexedFile(files, "course.json", inCourseFile),
                            indexedFile(files, "ui/strings.json"), indexedFile(files, "glossary.json"),
                            indexedFile(files, "search.json"), std::nullopt,
                            withIdPositions ? idPositions(files, full) : std::map<std::string, TextPosition>{});
  }
};

// Fetches from a MemoryFileSource when told to (deliverAll), as the page would, later.
class Fetcher : public ContentFetcher {
 public:
  explicit Fetcher(const FileSource& files) : files_(files) {}
  void fetch(const std::string& path, bool urgent) override { asked.push_back({path, urgent}); }
  void deliverAll(ContentLoader& loader) {
    std::vector<std::pair<std::string, bool>> now = std::move(asked);
    asked.clear();
    for (const auto& [path, urgent] : now) loader.deliver(path, files_.read(path));
  }
  std::vector<std::pair<std::string, bool>> asked;

 private:
  const FileSource& files_;
};

double noClock() { return 0; }  // every work() call: one step

// As coursetool checks: the full checks here (the page gives the loader its worker instead).
LoadOptions withFullChecks() {
  LoadOptions options;
  options.fullChecks = &fullChecksHere();
  return options;
}

ContentLoader::StartFiles startFiles(const FileSource& files, bool withIndex = true) {
  return {files.read("course.json"), files.read("ui/strings.json"),
          withIndex ? files.read("index.json") : std::nullopt};
}

// Runs work() until nothing is left; counts the steps.
int drain(ContentLoader& loader, Fetcher& fetcher) {
  int steps = 0;
  for (int i = 0; i < 1000; ++i) {
    fetcher.deliverAll(loader);
    loader.work(0, noClock);
    ++steps;
    if (!loader.busy() && fetcher.asked.empty()) break;
  }
  return steps;
}

}  // namespace

TEST(CourseIndex, StandInsCarryEveryIdProgressRefersTo) {
  Built b;
  std::optional<CourseIndex> index = readCourseIndex(*b.files.read("index.json"));
  ASSERT_TRUE(index);
  Course standIns = b.full;
  standIns.modules = index->modules;
  standIns.cases = index->cases;
  const ProgressCatalog fromIndex = catalogFor(standIns), fromContent = catalogFor(b.full);
  ASSERT_EQ(fromIndex.modules.size(), fromContent.modules.size());
  for (size_t i = 0; i < fromIndex.modules.size(); ++i) {
    EXPECT_EQ(fromIndex.modules[i].id, fromContent.modules[i].id);
    EXPECT_EQ(fromIndex.modules[i].pages, fromContent.modules[i].pages);
    EXPECT_EQ(fromIndex.modules[i].questions, fromContent.modules[i].questions);  // checks in pages too
    ASSERT_EQ(fromIndex.modules[i].figures.size(), fromContent.modules[i].figures.size());
    for (size_t f = 0; f < fromIndex.modules[i].figures.size(); ++f)
      EXPECT_EQ(fromIndex.modules[i].figures[f].keys, fromContent.modules[i].figures[f].keys);
  }
  ASSERT_EQ(fromIndex.cases.size(), fromContent.cases.size());
  for (size_t i = 0; i < fromIndex.cases.size(); ++i) {
    EXPECT_EQ(fromIndex.cases[i].contentHash, fromContent.cases[i].contentHash);
    std::vector<std::string> a = fromIndex.cases[i].choices, c = fromContent.cases[i].choices;
    std::sort(a.begin(), a.end());
    std::sort(c.begin(), c.end());
    c.erase(std::unique(c.begin(), c.end()), c.end());
    EXPECT_EQ(a, c);
    EXPECT_EQ(fromIndex.cases[i].endings, fromContent.cases[i].endings);
    EXPECT_EQ(fromIndex.cases[i].dimensions, fromContent.cases[i].dimensions);
  }
  // Home draws the first persona's avatar on a case's card, coloured among all its personas.
  for (size_t i = 0; i < index->cases.size(); ++i) {
    const std::vector<Persona>&stand = index->cases[i].personas, &full = b.full.cases[i].personas;
    ASSERT_EQ(stand.size(), full.size()) << index->cases[i].id;
    for (size_t p = 0; p < stand.size(); ++p) {
      EXPECT_EQ(stand[p].id, full[p].id);
      EXPECT_EQ(stand[p].name, full[p].name);
      EXPECT_EQ(stand[p].portrait.src, full[p].portrait.src);
    }
  }
  // What home and progress show.
  EXPECT_EQ(index->modules[0].title, b.full.modules[0].title);
  EXPECT_EQ(index->modules[0].pages.size(), b.full.modules[0].pages.size());
  EXPECT_EQ(index->cases[0].summary, b.full.cases[0].summary);
  EXPECT_EQ(index->cases[0].endings.size(), b.full.cases[0].endings.size());
  EXPECT_FALSE(index->cases[0].loaded);
  EXPECT_FALSE(readCourseIndex("{\"formatVersion\": 3, \"kind\": \"index\"}")) << "one without personas";
  EXPECT_FALSE(readCourseIndex("not json"));
}

// The letters beyond ASCII of every file the course reads go into the index and, from it, into
// the course (the fonts start with them); an index without them says nothing.
TEST(CourseIndex, TheLettersOfEveryFileReachTheCourse) {
  Built b;
  const std::string letters = courseLetters(b.files, b.full);
  std::set<char32_t> expected, got;
  for (const char* p : {"course.json", "glossary.json", "ui/strings.json", "modules/01-wmo-basis.json",
                        "modules/02-figuren.json", "cases/01-mantelzorg.json", "cases/02-schulden.json"})
    utf8::addNonAscii(*b.files.read(p), expected);
  utf8::addNonAscii(letters, got);
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(got, expected);

  auto f = [&](const std::string& path) { return IndexedFile{path, contentHash(*b.files.read(path)), 0, {}}; };
  b.files.set("index.json", writeCourseIndex(b.full, f("course.json"), f("ui/strings.json"), f("glossary.json"),
                                             f("search.json"), letters));
  Course course;
  Fetcher fetcher(b.files);
  ContentLoader loader(course, fetcher, withFullChecks());
  loader.start(startFiles(b.files));
  ASSERT_TRUE(loader.usingIndex());
  EXPECT_EQ(course.letters, letters);

  b.reindex();  // as before: no letters recorded
  Course without;
  ContentLoader plain(without, fetcher, withFullChecks());
  plain.start(startFiles(b.files));
  ASSERT_TRUE(plain.usingIndex());
  EXPECT_FALSE(without.letters);
}

TEST(ContentLoader, WithAnIndexHomeIsThereAtOnceAndFilesLoadWhenAskedFor) {
  Built b;
  Course course;
  Fetcher fetcher(b.files);
  ContentLoader loader(course, fetcher, withFullChecks());
  loader.start(startFiles(b.files));
  EXPECT_TRUE(loader.ready());
  EXPECT_TRUE(loader.usingIndex());
  EXPECT_TRUE(fetcher.asked.empty());  // nothing fetched before it is needed
  ASSERT_EQ(course.cases.size(), 2u);
  EXPECT_FALSE(course.cases[1].loaded);
  EXPECT_TRUE(course.cases[1].available);
  EXPECT_EQ(course.cases[1].title, b.full.cases[1].title);

  std::vector<std::pair<ItemRef, bool>> told;
  loader.onLoaded([&](ItemRef r, bool changed) { told.push_back({r, changed}); });
  loader.request(ItemRef{ItemKind::caseFile, 1});
  EXPECT_EQ(loader.state(ItemRef{ItemKind::caseFile, 1}), LoadState::fetching);
  ASSERT_FALSE(fetcher.asked.empty());
  EXPECT_EQ(fetcher.asked[0].first, "cases/02-schulden.json");
  EXPECT_TRUE(fetcher.asked[0].second);
  drain(loader, fetcher);
  EXPECT_TRUE(loader.loaded(ItemRef{ItemKind::caseFile, 1}));
  EXPECT_TRUE(course.cases[1].loaded);
  EXPECT_EQ(course.cases[1].nodes.size(), b.full.cases[1].nodes.size());
  EXPECT_EQ(course.cases[1].contentHash, b.full.cases[1].contentHash);
  EXPECT_TRUE(course.cases[1].available);
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].first, (ItemRef{ItemKind::caseFile, 1}));
  EXPECT_FALSE(told[0].second);
  EXPECT_FALSE(course.cases[0].loaded);           // only what was asked for
  EXPECT_TRUE(course.glossary.terms.size() > 0);  // asked for with it: texts link to terms
}

TEST(ContentLoader, ATrustedFileSkipsTheChecksTheBuildRan) {
  // The build found a warning in case 1 (as a lint finding would be); the index keeps it.
  Built b;
  Diagnostic lint{Severity::warning, "lint.example", "cases/01-mantelzorg.json", "/nodes/0", 3, 5, {"nl", "en"}};
  b.full.cases[0].diagnostics.push_back(lint);
  auto f = [&](const std::string& path) { return indexedFile(b.files, path); };
  b.files.set("index.json",
              writeCourseIndex(b.full, f("course.json"), f("ui/strings.json"), f("glossary.json"), f("search.json")));
  auto load = [&](const MemoryFileSource& files, Course& course) {
    Fetcher fetcher(files);
    ContentLoader loader(course, fetcher, withFullChecks());
    loader.start(startFiles(files));
    loader.requestGlossary();
    drain(loader, fetcher);  // the glossary first, so both count the same steps
    loader.request(ItemRef{ItemKind::caseFile, 0});
    int works = 0;
    for (; works < 50 && !loader.loaded(ItemRef{ItemKind::caseFile, 0}); ++works) {
      fetcher.deliverAll(loader);
      loader.work(0, noClock);
    }
    return works;
  };
  Course trusted, edited;
  const int trustedWorks = load(b.files, trusted);
  // The same case with one more space: not the file the build checked.
  MemoryFileSource changed = b.files;
  changed.set("cases/01-mantelzorg.json", *b.files.read("cases/01-mantelzorg.json") + " ");
  const int editedWorks = load(changed, edited);
  ASSERT_TRUE(trusted.cases[0].loaded && edited.cases[0].loaded);
  // Trusted: the build's findings, and no analysis or lint steps; edited: its own findings.
  ASSERT_EQ(trusted.cases[0].diagnostics.size(), 1u);
  EXPECT_EQ(trusted.cases[0].diagnostics[0].code, "lint.example");
  for (const Diagnostic& d : edited.cases[0].diagnostics) EXPECT_NE(d.code, "lint.example");
  EXPECT_LT(trustedWorks, editedWorks);
  EXPECT_TRUE(trusted.cases[0].available && edited.cases[0].available);
}

TEST(ContentLoader, TheStringsTheBuildCheckedKeepItsMarkupVerdictAndAnEditedCopyIsCheckedAgain) {
  // A UI text with markup the app does not show (a quote): the full check warns about it.
  Built b;
  std::string strings = *b.files.read("ui/strings.json");
  const std::string at = "\"strings\": {";
  ASSERT_NE(strings.find(at), std::string::npos);
  strings.insert(strings.find(at) + at.size(), R"("test.quote": {"nl": "> Een citaat.", "en": "> A quote."},)");
  b.files.set("ui/strings.json", strings);
  auto quoteWarnings = [](const Course& course) {
    return std::count_if(course.diagnostics.begin(), course.diagnostics.end(), [](const Diagnostic& d) {
      return d.code == "markdown.unsupported" && d.file == "ui/strings.json";
    });
  };
  b.reindex();
  ASSERT_EQ(quoteWarnings(b.full), 2);  // nl and en
  // The index as coursetool writes it: the strings' findings with their hash. Here it says
  // the build found nothing, which is how a trusted copy shows it was not parsed again.
  auto indexed = [&](const std::string& path, std::vector<Diagnostic> ds) { return indexedFile(b.files, path, ds); };
  auto load = [&](const std::vector<Diagnostic>& built, const std::string& text) {
    MemoryFileSource files = b.files;
    files.set("index.json", writeCourseIndex(b.full, indexed("course.json", {}), indexed("ui/strings.json", built),
                                             indexed("glossary.json", {}), indexed("search.json", {})));
    files.set("ui/strings.json", text);
    Course course;
    Fetcher fetcher(files);
    ContentLoader loader(course, fetcher, withFullChecks());
    loader.start(startFiles(files));
    EXPECT_TRUE(loader.ready());
    EXPECT_EQ(course.strings.strings.count("test.quote"), 1u);
    return course;
  };
  std::vector<Diagnostic> found;
  for (const Diagnostic& d : b.full.diagnostics)
    if (d.file == "ui/strings.json") found.push_back(d);
  EXPECT_EQ(quoteWarnings(load(found, strings)), 2);     // the build's verdict
  EXPECT_EQ(quoteWarnings(load({}, strings)), 0);        // not parsed again
  EXPECT_EQ(quoteWarnings(load({}, strings + " ")), 2);  // edited after the build: checked in full
}

TEST(ContentLoader, BytesTheBuildScannedAreNotScannedAgainYetEveryPositionStaysExact) {
  // course.json and the strings with what only the byte scan finds (a member named twice) and
  // what the reader finds in any case (an English text left empty).
  Built b;
  std::string course = *b.files.read("course.json"), strings = *b.files.read("ui/strings.json");
  course.insert(course.find('{') + 1, R"("subtitle": {"nl": "Eerst", "en": "First"},)");
  const std::string at = "\"strings\": {";
  ASSERT_NE(strings.find(at), std::string::npos);
  strings.insert(strings.find(at) + at.size(),
                 R"("test.twice": {"nl": "Een", "en": "One"}, "test.twice": {"nl": "Twee", "en": "Two"},)"
                 R"("test.empty": {"nl": "Leeg", "en": ""},)");
  b.files.set("course.json", course);
  b.files.set("ui/strings.json", strings);
  b.reindex();
  auto found = [&](const std::string& file) {
    std::vector<Diagnostic> out;
    for (const Diagnostic& d : b.full.diagnostics)
      if (d.file == file) out.push_back(d);
    return out;
  };
  auto load = [&](const std::vector<Diagnostic>& builtCourse, const std::vector<Diagnostic>& builtStrings,
                  const std::string& edit) {
    MemoryFileSource files = b.files;
    files.set("index.json", writeCourseIndex(b.full, indexedFile(files, "course.json", builtCourse),
                                             indexedFile(files, "ui/strings.json", builtStrings),
                                             indexedFile(files, "glossary.json"), indexedFile(files, "search.json")));
    files.set("ui/strings.json", strings + edit);
    Course loaded;
    Fetcher fetcher(files);
    ContentLoader loader(loaded, fetcher, withFullChecks());
    loader.start(startFiles(files));
    std::map<std::string, std::vector<std::pair<int, int>>> byCode;  // code -> positions
    for (const Diagnostic& d : loaded.diagnostics) byCode[d.code].push_back({d.line, d.column});
    return byCode;
  };
  const auto scanned = load(found("course.json"), found("ui/strings.json"), "");
  ASSERT_EQ(scanned.at("json.duplicate-key").size(), 2u);  // one per file
  ASSERT_EQ(scanned.count("text.missing-translation"), 1u);
  // The build said it found nothing only the scan finds: the same bytes are not scanned again
  // (nothing reports the names given twice), and the reader's finding is where it was.
  const auto trusted = load({}, {}, "");
  EXPECT_EQ(trusted.count("json.duplicate-key"), 0u);
  EXPECT_EQ(trusted.at("text.missing-translation"), scanned.at("text.missing-translation"));
  // Edited after the build: scanned as always.
  EXPECT_EQ(load({}, {}, " ").at("json.duplicate-key").size(), 1u);  // the strings'
}

TEST(ContentLoader, ATrustedFileIsNotScannedAgainYetWhatOnlyTheRunFindsInItIsLocated) {
  // Case 1's first choice points to page "melding" of module 1 (learnMore), which a trainer
  // renames after the build. The case is still the file the build checked.
  Built b;
  ASSERT_NE(
      b.files.read("cases/01-mantelzorg.json")->find(R"("learnMore": { "module": "wmo-basis", "page": "melding" })"),
      std::string::npos);
  ASSERT_TRUE(b.full.cases[0].available);
  std::string module = *b.files.read("modules/01-wmo-basis.json");
  const std::string page = "\"id\": \"melding\",";
  ASSERT_NE(module.find(page), std::string::npos);
  module.replace(module.find(page), page.size(), "\"id\": \"de-melding\",");
  struct Result {
    int works = 0;
    std::vector<Diagnostic> found;
  };
  auto load = [&](bool withIdAt) {
    MemoryFileSource files = b.files;
    files.set("modules/01-wmo-basis.json", module);
    if (!withIdAt) {  // an index without the ids' places: the case is scanned, as an edited file is
      const std::string index = b.index(false);
      files.set("index.json", index);
      EXPECT_TRUE(readCourseIndex(index).has_value());
      EXPECT_FALSE(readCourseIndex(*b.files.read("index.json"))->idAt.empty());
      EXPECT_TRUE(readCourseIndex(index)->idAt.empty());
    }
    Course course;
    Fetcher fetcher(files);
    ContentLoader loader(course, fetcher, withFullChecks());
    loader.start(startFiles(files));
    loader.request(ItemRef{ItemKind::module, 0});
    drain(loader, fetcher);
    loader.request(ItemRef{ItemKind::caseFile, 0});
    Result r;
    for (; r.works < 50 && !loader.loaded(ItemRef{ItemKind::caseFile, 0}); ++r.works) {
      fetcher.deliverAll(loader);
      loader.work(0, noClock);
    }
    EXPECT_TRUE(course.modules[0].loaded && course.cases[0].loaded);
    r.found = course.cases[0].diagnostics;
    return r;
  };
  const Result trusted = load(true), scanned = load(false);
  EXPECT_EQ(trusted.works + 1, scanned.works);  // the scan's step
  ASSERT_EQ(trusted.found.size(), 1u);
  ASSERT_EQ(scanned.found.size(), 1u);
  EXPECT_EQ(trusted.found[0].code, "ref.unresolved");
  EXPECT_EQ(trusted.found[0].pointer, "/nodes/0/choices/0/learnMore/page");
  EXPECT_GT(trusted.found[0].line, 0);
  EXPECT_EQ(trusted.found[0].line, scanned.found[0].line);
  EXPECT_EQ(trusted.found[0].column, scanned.found[0].column);
}

TEST(ContentLoader, AFileEditedAfterTheBuildGetsEveryCheckInSteps) {
  Built b;
  // A trainer edits a case in dist/content/ after the build: an ending nobody reaches.
  std::string k = *b.files.read("cases/01-mantelzorg.json");
  const std::string before = k;
  const size_t endings = k.find("\"endings\"");
  ASSERT_NE(endings, std::string::npos);
  const size_t open = k.find('[', endings);
  k.insert(open + 1,
           R"({"id": "einde-nergens", "title": {"nl": "Nergens", "en": "Nowhere"}, "rating": "poor",
               "text": {"nl": "Tekst.", "en": "Text."},
               "debrief": {"laws": {"nl": "W.", "en": "L."}, "wentWell": {"nl": "G.", "en": "W."},
                           "mistakes": {"nl": "F.", "en": "M."}}},)");
  b.files.set("cases/01-mantelzorg.json", k);

  Course course;
  Fetcher fetcher(b.files);
  ContentLoader loader(course, fetcher, withFullChecks());
  loader.start(startFiles(b.files));
  std::vector<std::pair<ItemRef, bool>> told;
  loader.onLoaded([&](ItemRef r, bool changed) { told.push_back({r, changed}); });
  loader.request(ItemRef{ItemKind::caseFile, 0});
  int works = 0;
  for (int i = 0; i < 50 && !loader.loaded(ItemRef{ItemKind::caseFile, 0}); ++i) {
    fetcher.deliverAll(loader);
    loader.work(0, noClock);
    ++works;
  }
  ASSERT_TRUE(loader.loaded(ItemRef{ItemKind::caseFile, 0}));
  EXPECT_GE(works, 5);  // glossary, start, read, analysis, lint, finish: one at a time
  EXPECT_FALSE(course.cases[0].available);
  bool unreachable = false;
  for (const Diagnostic& d : course.cases[0].diagnostics)
    if (d.code == "case.unreachable-ending") {
      unreachable = true;
      EXPECT_GT(d.line, 0);  // with its place in the file
      EXPECT_EQ(d.file, "cases/01-mantelzorg.json");
    }
  EXPECT_TRUE(unreachable);
  ASSERT_EQ(told.size(), 1u);
  EXPECT_TRUE(told[0].second);  // not the file the index describes
  (void)before;
}

TEST(ContentLoader, WithoutACurrentIndexEverythingLoadsWithLoadCoursesVerdict) {
  Built b;
  for (bool staleIndex : {false, true}) {
    MemoryFileSource files = b.files;
    if (staleIndex) {
      // course.json changed after the build: the index no longer describes the course.
      files.set("course.json", *files.read("course.json") + " ");
    }
    Course course;
    Fetcher fetcher(files);
    ContentLoader loader(course, fetcher, withFullChecks());
    loader.start(startFiles(files, staleIndex));
    EXPECT_FALSE(loader.usingIndex());
    EXPECT_FALSE(loader.ready());
    EXPECT_EQ(fetcher.asked.size(), 5u);  // the glossary, two modules, two cases
    drain(loader, fetcher);
    ASSERT_TRUE(loader.ready());
    const Course reference = loadCourse(files, "course.json");
    ASSERT_EQ(course.modules.size(), reference.modules.size());
    for (size_t i = 0; i < course.modules.size(); ++i) {
      EXPECT_TRUE(course.modules[i].loaded);
      EXPECT_EQ(course.modules[i].pages.size(), reference.modules[i].pages.size());
      EXPECT_EQ(course.modules[i].diagnostics.size(), reference.modules[i].diagnostics.size());
    }
    EXPECT_EQ(allDiagnostics(course).size(), allDiagnostics(reference).size());
  }
}

TEST(ContentLoader, AFailedFetchCanBeTriedAgain) {
  Built b;
  MemoryFileSource broken = b.files;
  broken.remove("modules/02-figuren.json");
  Course course;
  Fetcher fetcher(broken);
  ContentLoader loader(course, fetcher, withFullChecks());
  loader.start(startFiles(b.files));
  loader.request(ItemRef{ItemKind::module, 1});
  drain(loader, fetcher);
  EXPECT_EQ(loader.state(ItemRef{ItemKind::module, 1}), LoadState::fetching);
  loader.request(ItemRef{ItemKind::module, 1});
  ASSERT_FALSE(fetcher.asked.empty());
  EXPECT_EQ(fetcher.asked.back().first, "modules/02-figuren.json");
}

TEST(ContentLoader, PrefetchAsksForOneFileAtATimeInCourseOrder) {
  Built b;
  Course course;
  Fetcher fetcher(b.files);
  ContentLoader loader(course, fetcher, withFullChecks());
  loader.start(startFiles(b.files));
  std::vector<std::string> order;
  for (int i = 0; i < 20; ++i) {
    if (!loader.prefetchNext()) {
      if (fetcher.asked.empty() && !loader.busy()) break;
    }
    for (const auto& [path, urgent] : fetcher.asked) {
      order.push_back(path);
      EXPECT_FALSE(urgent);
    }
    EXPECT_LE(fetcher.asked.size(), 1u);
    fetcher.deliverAll(loader);
    while (loader.busy()) loader.work(0, noClock);
  }
  EXPECT_EQ(order, (std::vector<std::string>{"glossary.json", "modules/01-wmo-basis.json", "modules/02-figuren.json",
                                             "cases/01-mantelzorg.json", "cases/02-schulden.json", "search.json"}));
  EXPECT_TRUE(loader.searchLoaded());
  ASSERT_NE(loader.searchTexts(), nullptr);
}

// The first module a learner opens asks for the glossary too (an edited file's links are
// checked against it), but a trusted file does not wait for it: the module is read first, the
// glossary after. An edited file, checked against the glossary, waits for it.
TEST(ContentLoader, AnOpenedTrustedFileIsReadBeforeTheGlossaryNobodyWaitsFor) {
  Built b;
  Course course;
  Fetcher fetcher(b.files);
  ContentLoader loader(course, fetcher, withFullChecks());
  loader.start(startFiles(b.files));
  const ItemRef module{ItemKind::module, 0};
  loader.request(module);
  ASSERT_EQ(fetcher.asked.size(), 2u);
  EXPECT_EQ(fetcher.asked[0], (std::pair<std::string, bool>{"modules/01-wmo-basis.json", true}));
  EXPECT_EQ(fetcher.asked[1], (std::pair<std::string, bool>{"glossary.json", false}));  // not waited for
  fetcher.deliverAll(loader);  // both in at once; the glossary is the larger step
  std::vector<std::string> steps;
  while (loader.busy()) {
    loader.work(0, noClock);
    steps.push_back(loader.loaded(module) ? "module" : loader.glossaryLoaded() ? "glossary" : "");
  }
  ASSERT_FALSE(steps.empty());
  EXPECT_EQ(std::find(steps.begin(), steps.end(), "glossary"), steps.end()) << "glossary before the module";
  EXPECT_TRUE(loader.loaded(module));
  EXPECT_TRUE(loader.glossaryLoaded());

  // Edited after the build: checked in full, so it waits for the glossary, which goes first.
  MemoryFileSource edited = b.files;
  edited.set("modules/01-wmo-basis.json", *b.files.read("modules/01-wmo-basis.json") + "\n");
  Course again;
  Fetcher second(edited);
  ContentLoader checking(again, second, withFullChecks());
  checking.start(startFiles(b.files));
  checking.request(module);
  second.deliverAll(checking);
  checking.work(0, noClock);
  EXPECT_TRUE(checking.glossaryLoaded());
  EXPECT_FALSE(checking.loaded(module));
}

// The page redraws when work() says so: for what a screen waits for and for a file whose
// findings may differ from its stand-in's, not for every trusted file prefetched in idle time.
TEST(ContentLoader, OnlyWhatAScreenWaitsForOrAnEditedFileAsksForARedraw) {
  Built b;
  MemoryFileSource edited = b.files;
  edited.set("cases/02-schulden.json", *b.files.read("cases/02-schulden.json") + "\n");  // after the build
  Course course;
  Fetcher fetcher(edited);
  ContentLoader loader(course, fetcher, withFullChecks());
  loader.start(startFiles(b.files));
  auto drainReportsChange = [&] {
    fetcher.deliverAll(loader);
    bool changed = false;
    while (loader.busy()) changed = loader.work(0, noClock) || changed;
    return changed;
  };
  std::map<std::string, bool> redraw;
  for (int i = 0; i < 20 && loader.prefetchNext(); ++i) {
    const std::string path = fetcher.asked.at(0).first;
    redraw[path] = drainReportsChange();
  }
  EXPECT_FALSE(redraw.at("glossary.json"));
  EXPECT_FALSE(redraw.at("modules/01-wmo-basis.json"));
  EXPECT_FALSE(redraw.at("cases/01-mantelzorg.json"));
  EXPECT_TRUE(redraw.at("cases/02-schulden.json"));  // edited: checked in full, its findings shown
  EXPECT_FALSE(redraw.at("search.json"));

  // A module the learner opened (urgent) and a failed fetch the screen waits for do.
  Course again;
  Fetcher second(b.files);
  ContentLoader waited(again, second, withFullChecks());
  waited.start(startFiles(b.files));
  waited.request(ItemRef{ItemKind::module, 0});
  second.deliverAll(waited);
  bool changed = false;
  while (waited.busy()) changed = waited.work(0, noClock) || changed;
  EXPECT_TRUE(changed);
  waited.request(ItemRef{ItemKind::module, 1});
  second.asked.clear();
  waited.deliver("modules/02-figuren.json", std::nullopt);
  ASSERT_TRUE(waited.busy());
  EXPECT_TRUE(waited.work(0, noClock));
  EXPECT_TRUE(waited.fetchFailed(ItemRef{ItemKind::module, 1}));
}

// An id used twice gets coursetool's located verdict: without an index the later file in
// course order, whatever order the files arrive in; with one, the file edited after the build.
TEST(ContentLoader, AnIdUsedTwiceIsLocatedAsCoursetoolLocatesIt) {
  Built b;
  MemoryFileSource twice = b.files;
  const std::string first = b.full.modules[0].id, second = b.full.modules[1].id;
  std::string text = *b.files.read("modules/02-figuren.json");
  text.replace(text.find("\"" + second + "\""), second.size() + 2, "\"" + first + "\"");
  twice.set("modules/02-figuren.json", text);
  const Course reference = loadCourse(twice, "course.json");
  ASSERT_FALSE(reference.modules[1].available);
  const Diagnostic& expected = reference.modules[1].diagnostics.back();
  ASSERT_EQ(expected.code, "id.duplicate");
  ASSERT_GT(expected.line, 0);

  for (bool withIndex : {false, true}) {
    SCOPED_TRACE(withIndex ? "index of the build before the edit" : "no index");
    Course course;
    Fetcher fetcher(twice);
    ContentLoader loader(course, fetcher, withFullChecks());
    loader.start(startFiles(b.files, withIndex));
    if (withIndex) loader.request(ItemRef{ItemKind::module, 1});
    // The second module arrives first.
    std::vector<std::pair<std::string, bool>> asked = std::move(fetcher.asked);
    fetcher.asked.clear();
    std::stable_partition(asked.begin(), asked.end(),
                          [](const auto& a) { return a.first == "modules/02-figuren.json"; });
    for (const auto& [path, urgent] : asked) {
      loader.deliver(path, twice.read(path));
      loader.work(0, noClock);  // one step: the first file to arrive starts first
    }
    drain(loader, fetcher);
    ASSERT_TRUE(course.modules[1].loaded);
    EXPECT_TRUE(course.modules[0].available);
    EXPECT_FALSE(course.modules[1].available);
    ASSERT_FALSE(course.modules[1].diagnostics.empty());
    const Diagnostic& d = course.modules[1].diagnostics.back();
    EXPECT_EQ(d.code, "id.duplicate");
    EXPECT_EQ(d.line, expected.line);
    EXPECT_EQ(d.column, expected.column);
    if (!withIndex) {
      EXPECT_EQ(d.message.en, expected.message.en);
    }
  }
}

// course.json may list one file twice (a case under "modules" too): each listing gets the
// file and its own verdict, and the course still becomes ready.
TEST(ContentLoader, AFileListedTwiceIsReadForEachListing) {
  Built b;
  MemoryFileSource files = b.files;
  std::string course = *files.read("course.json");
  const std::string module = "\"modules/02-figuren.json\"";
  course.replace(course.find(module), module.size(), module + ", \"cases/01-mantelzorg.json\"");
  files.set("course.json", course);
  const Course reference = loadCourse(files, "course.json");
  ASSERT_EQ(reference.modules.size(), 3u);
  ASSERT_FALSE(reference.modules[2].available);

  Course loaded;
  Fetcher fetcher(files);
  ContentLoader loader(loaded, fetcher, withFullChecks());
  loader.start(startFiles(files, false));
  drain(loader, fetcher);
  ASSERT_TRUE(loader.ready());
  ASSERT_EQ(loaded.modules.size(), 3u);
  EXPECT_FALSE(loaded.modules[2].available);
  EXPECT_TRUE(loaded.cases[0].available);
  EXPECT_EQ(allDiagnostics(loaded).size(), allDiagnostics(reference).size());
}

TEST(ContentLoader, SearchFindsPagesBeforeTheirModuleIsLoaded) {
  Built b;
  Course course;
  Fetcher fetcher(b.files);
  ContentLoader loader(course, fetcher, withFullChecks());
  loader.start(startFiles(b.files));
  loader.requestSearch();
  drain(loader, fetcher);
  ASSERT_NE(loader.searchTexts(), nullptr);
  EXPECT_FALSE(course.modules[0].loaded);
  const SearchIndex withStandIns(course, *loader.searchTexts()), full(b.full);
  // Every word of the first page's text finds the same pages either way.
  const std::string word = b.full.modules[0].pages[0].title.nl.substr(0, 6);
  const auto a = withStandIns.find(word, Lang::nl), c = full.find(word, Lang::nl);
  ASSERT_EQ(a.size(), c.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].title, c[i].title);
    EXPECT_EQ(a[i].snippet, c[i].snippet);
  }
}

TEST(ContentLoader, ProgressOfIdsTheIndexDidNotKnowSurvivesTheEditedFile) {
  Built b;
  // Progress made with the real module: an answer to a question.
  const std::string questionId = b.full.modules[0].quiz.questions.at(0).id;
  MemoryStorage storage;
  {
    Progress p;
    p.seed = 7;
    p.modules[b.full.modules[0].id].questions[questionId].attempts = 1;
    ProgressStore(storage, b.full).save(p);
  }
  // The index was built before the trainer renamed that question in dist/content/... and the
  // learner's progress was saved by a version that knew the new id: the index does not.
  std::string m = *b.files.read("modules/01-wmo-basis.json");
  MemoryFileSource edited = b.files;
  const size_t at = m.find("\"" + questionId + "\"");
  ASSERT_NE(at, std::string::npos);
  m.replace(at, questionId.size() + 2, "\"" + questionId + "-nieuw\"");
  edited.set("modules/01-wmo-basis.json", m);
  {
    Course real = loadCourse(edited, "course.json");
    Progress p;
    p.seed = 7;
    p.modules[real.modules[0].id].questions[questionId + "-nieuw"].attempts = 2;
    ProgressStore(storage, real).save(p);
  }
  Course course;
  Fetcher fetcher(edited);
  ContentLoader loader(course, fetcher, withFullChecks());
  loader.start(startFiles(edited));  // the old index
  Learner learner(course, storage);
  loader.onLoaded(
      [&](ItemRef r, bool changed) { learner.contentLoaded(r.kind == ItemKind::caseFile, r.index, changed); });
  // At start the index does not know the new id: that answer is not in progress yet...
  EXPECT_EQ(learner.questionProgress(0, questionId + "-nieuw"), nullptr);
  loader.request(ItemRef{ItemKind::module, 0});
  drain(loader, fetcher);
  // ...and once the real file is loaded, it is back.
  const QuestionProgress* q = learner.questionProgress(0, questionId + "-nieuw");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->attempts, 2);
}
