#include "core/content_loader.hpp"

#include <algorithm>
#include <utility>

#include "core/content_limits.hpp"
#include "core/course_index.hpp"
#include "core/file_source.hpp"
#include "core/loader_course.hpp"
#include "core/loader_item.hpp"
#include "core/loader_parts.hpp"

namespace leren::core {

using loading::FileContext;
using loading::ItemLoad;
using loading::LimitedReader;

struct ContentLoader::Item {
  ItemRef ref;
  std::string path;     // relative to the course folder
  std::string pointer;  // where course.json lists it
  LoadState state = LoadState::standIn;
  bool urgent = false;
  bool failed = false;   // the last fetch failed (request() tries again)
  bool indexed = false;  // the index describes it (hash, diagnostics)
  uint64_t indexHash = 0;
  bool indexClean = false;  // the build found no errors in it
  std::vector<Diagnostic> indexDiagnostics;
  uint64_t arrivedHash = 0;               // of the bytes delivered
  TextPosition idAt;                      // where its "id" is, once loaded (for an id used twice)
  std::optional<TextPosition> indexIdAt;  // where the build found it
  // The bytes are the file the build checked: read without repeating its checks.
  bool trusted() const { return indexed && indexClean && arrivedHash == indexHash; }
};

struct ContentLoader::Job {
  ItemRef ref;
  bool trusted = false;
  bool changed = false;
  std::optional<ItemLoad<Module>> module;
  std::optional<ItemLoad<Case>> caseFile;
  [[gnu::noinline]] bool step() { return module ? module->step() : caseFile->step(); }  // see startJob
  const char* nextStep() const { return module ? module->nextStep() : caseFile->nextStep(); }
  bool waiting() const { return module ? module->waiting() : caseFile->waiting(); }
  void deliverFindings(std::vector<Diagnostic> findings) {
    module ? module->deliverFindings(std::move(findings)) : caseFile->deliverFindings(std::move(findings));
  }
};

struct ContentLoader::Shared {
  Shared() : courseCtx("course.json"), reader(files, "") {}
  std::string dir;
  FileContext courseCtx;
  loading::CourseFiles list;
  MemoryFileSource files;  // a delivered file, for the reader's limits, while it is read
  LimitedReader reader;
  std::optional<CourseIndex> index;
  std::vector<Diagnostic> courseDiagnostics, glossaryDiagnostics, stringsDiagnostics;
  size_t inFlight = 0;  // fetches asked for and not delivered
};

ContentLoader::ContentLoader(Course& course, ContentFetcher& fetcher, LoadOptions options)
    : course_(course), fetcher_(fetcher), options_(std::move(options)), shared_(std::make_unique<Shared>()) {}

ContentLoader::~ContentLoader() = default;

namespace {

// The index describes exactly the files course.json lists, in its order.
bool indexMatches(const CourseIndex& index, const loading::CourseFiles& list, const std::string& dir) {
  if (index.modules.size() != list.modules.size() || index.cases.size() != list.cases.size()) return false;
  for (size_t i = 0; i < list.modules.size(); ++i)
    if (index.modules[i].file != dir + list.modules[i].first) return false;
  for (size_t i = 0; i < list.cases.size(); ++i)
    if (index.cases[i].file != dir + list.cases[i].first) return false;
  return true;
}

// A placeholder for a listed file while there is no index: known by its file only.
template <typename Item>
Item placeholder(const std::string& dir, const std::string& path) {
  Item item;
  item.file = dir + path;
  item.loaded = false;
  item.available = false;
  return item;
}

}  // namespace

void ContentLoader::start(StartFiles files) {
  Shared& s = *shared_;
  course_ = Course{};
  course_.file = "course.json";
  s.dir = loading::directoryOf(course_.file);
  if (!files.course || files.course->size() > limits::kMaxFileBytes) {
    course_.diagnostics.push_back(loading::courseFileProblem(
        course_.file, files.course ? std::optional<size_t>(files.course->size()) : std::nullopt));
    glossaryDone_ = searchDone_ = true;
    return;
  }
  if (files.index) s.index = readCourseIndex(*files.index);
  const bool courseIndexed = s.index && s.index->course.hash == contentHash(*files.course);
  // course.json is read in full at every start; only bytes the build checked are not scanned again.
  const bool courseChecked = courseIndexed && loading::scanFoundNothing(s.index->course.diagnostics);
  if (std::optional<loading::json> root =
          courseChecked ? s.courseCtx.parseChecked(*files.course) : s.courseCtx.parse(*files.course))
    s.list = loading::readCourseFile(s.courseCtx, *root, course_);
  s.courseDiagnostics = s.courseCtx.diagnostics();
  s.reader.count(files.course->size());

  usingIndex_ = courseIndexed && indexMatches(*s.index, s.list, s.dir);
  if (!usingIndex_) s.index.reset();

  // The UI strings: always read (small, and every screen needs them); checked in full unless
  // they are the file the build checked, whose markup is then not parsed again (which keeps
  // md4c out of the first screen's code: docs/performance.md, "Sixth session").
  if (!s.list.strings.empty()) {
    const bool built = usingIndex_ && files.strings && s.index->strings.file == s.dir + s.list.strings &&
                       s.index->strings.hash == contentHash(*files.strings);
    if (files.strings) s.files.set(s.list.strings, std::move(*files.strings));
    LimitedReader::Result file = s.reader.read(s.list.strings);
    s.files.remove(s.list.strings);
    std::optional<Diagnostic> problem = loading::readProblem(file, s.dir, s.list.strings, s.courseCtx, "/strings");
    loading::readSharedFile(loading::SharedFile::strings, s.dir, s.list.strings, file, std::move(problem), course_,
                            options_, s.stringsDiagnostics, built ? &s.index->strings.diagnostics : nullptr);
  }
  if (s.list.glossary.empty()) glossaryDone_ = true;
  course_.glossary.file = s.dir + s.list.glossary;
  if (!s.index || s.index->search.file.empty()) searchDone_ = true;  // search from loaded content

  auto addItems = [&](ItemKind kind, const auto& listed) {
    for (size_t i = 0; i < listed.size(); ++i) {
      Item it;
      it.ref = ItemRef{kind, i};
      it.path = listed[i].first;
      it.pointer = listed[i].second;
      if (usingIndex_) {
        const std::vector<Diagnostic>& ds =
            kind == ItemKind::module ? s.index->modules[i].diagnostics : s.index->cases[i].diagnostics;
        it.indexed = true;
        it.indexHash = kind == ItemKind::module ? s.index->modules[i].contentHash : s.index->cases[i].contentHash;
        it.indexClean = !hasErrors(ds);
        it.indexDiagnostics = ds;
        if (auto at = s.index->idAt.find(s.dir + it.path); at != s.index->idAt.end()) it.indexIdAt = at->second;
      }
      items_.push_back(std::move(it));
    }
  };
  addItems(ItemKind::module, s.list.modules);
  addItems(ItemKind::caseFile, s.list.cases);
  if (usingIndex_) {
    // Moved, not copied: the index's entries are the stand-ins (the items above took what else
    // of them the loader needs).
    course_.modules = std::move(s.index->modules);
    course_.cases = std::move(s.index->cases);
    course_.imageSizes = std::move(s.index->imageSizes);
    course_.letters = std::move(s.index->letters);
    s.glossaryDiagnostics = s.index->glossary.diagnostics;  // until the glossary is read
    glossaryUsable_ = !loading::hasFileLevelError(s.glossaryDiagnostics, "glossary");
  } else {
    for (const auto& [path, pointer] : s.list.modules) course_.modules.push_back(placeholder<Module>(s.dir, path));
    for (const auto& [path, pointer] : s.list.cases) course_.cases.push_back(placeholder<Case>(s.dir, path));
    // Everything now, the glossary first (texts are checked against it).
    requestGlossary(true);
    for (Item& it : items_) fetch(it, true);
  }
  rebuildDiagnostics();
}

bool ContentLoader::ready() const {
  if (usingIndex_) return true;
  return std::all_of(items_.begin(), items_.end(), [](const Item& it) { return it.state == LoadState::loaded; }) &&
         glossaryDone_;
}

size_t ContentLoader::filesTotal() const { return items_.size() + (shared_->list.glossary.empty() ? 0 : 1); }

size_t ContentLoader::filesLoaded() const {
  size_t n = glossaryDone_ && !shared_->list.glossary.empty() ? 1 : 0;
  for (const Item& it : items_) n += it.state == LoadState::loaded ? 1 : 0;
  return n;
}

ContentLoader::Item& ContentLoader::item(ItemRef ref) {
  return items_[ref.kind == ItemKind::module ? ref.index : shared_->list.modules.size() + ref.index];
}
const ContentLoader::Item& ContentLoader::item(ItemRef ref) const {
  return items_[ref.kind == ItemKind::module ? ref.index : shared_->list.modules.size() + ref.index];
}

LoadState ContentLoader::state(ItemRef ref) const {
  const size_t n = ref.kind == ItemKind::module ? shared_->list.modules.size() : shared_->list.cases.size();
  if (ref.index >= n) return LoadState::loaded;  // nothing to wait for
  return item(ref).state;
}

bool ContentLoader::fetchFailed(ItemRef ref) const { return state(ref) == LoadState::fetching && item(ref).failed; }

bool ContentLoader::checkingInFull(ItemRef ref) const {
  return state(ref) == LoadState::checking && !item(ref).trusted();
}

void ContentLoader::fetch(Item& it, bool urgent) {
  it.state = LoadState::fetching;
  it.urgent = it.urgent || urgent;
  it.failed = false;
  ++shared_->inFlight;
  fetcher_.fetch(it.path, urgent);
}

void ContentLoader::request(ItemRef ref, bool urgent) {
  const size_t n = ref.kind == ItemKind::module ? shared_->list.modules.size() : shared_->list.cases.size();
  if (ref.index >= n) return;
  Item& it = item(ref);
  if (it.state == LoadState::standIn) {
    fetch(it, urgent);
  } else if (it.state == LoadState::fetching && it.failed) {
    fetch(it, urgent);  // asked again after a failed fetch: try again
  } else if (urgent) {
    it.urgent = true;  // checked before files that were only prefetched
  }
  // A file that may need the full check needs the glossary; asked for now, but waited for only
  // when the file turns out to need it (work): a trusted file opens without it.
  if (!glossaryAsked_) requestGlossary(false);
}

void ContentLoader::requestGlossary(bool urgent) {
  glossaryWaited_ = glossaryWaited_ || urgent;
  if (glossaryAsked_ || glossaryDone_) return;
  glossaryAsked_ = true;
  ++shared_->inFlight;
  fetcher_.fetch(shared_->list.glossary, urgent);
}

void ContentLoader::requestSearch(bool urgent) {
  searchWaited_ = searchWaited_ || urgent;
  if (searchAsked_ || searchDone_) return;
  searchAsked_ = true;
  ++shared_->inFlight;
  fetcher_.fetch(shared_->index->search.file, urgent);
  requestGlossary(urgent);  // terms are searched too
}

bool ContentLoader::prefetchNext() {
  if (!usingIndex_ || shared_->inFlight > 0) return false;
  if (!glossaryAsked_ && !glossaryDone_) {
    requestGlossary(false);
    return true;
  }
  for (Item& it : items_)
    if (it.state == LoadState::standIn) {
      fetch(it, false);
      return true;
    }
  if (!searchAsked_ && !searchDone_) {
    requestSearch(false);
    return true;
  }
  return false;
}

void ContentLoader::deliver(const std::string& path, std::optional<std::string> bytes) {
  Shared& s = *shared_;
  if (s.inFlight > 0) --s.inFlight;
  if (path == s.list.glossary && !glossaryDone_) {
    if (bytes) {
      arrived_[path] = std::move(*bytes);
    } else {
      arrived_.erase(path);
      loadGlossary();  // missing: reported, and links are not checked
    }
    return;
  }
  if (s.index && path == s.index->search.file && !searchDone_) {
    delivered_ = delivered_ || searchWaited_;  // the next work() tells a screen that waits
    if (bytes) searchTexts_ = readSearchTexts(*bytes);
    searchDone_ = true;  // without it, search uses what is loaded
    return;
  }
  // The first item waiting for this file (course.json may list one file twice, e.g. a case
  // under "modules" too: each listing was fetched and gets its own delivery).
  Item* it = nullptr;
  for (Item& x : items_)
    if (x.path == path && x.state == LoadState::fetching) {
      it = &x;
      break;
    }
  if (!it) return;
  if (!bytes && usingIndex_) {
    delivered_ = delivered_ || it->urgent;  // the next work() tells the screen that waits
    it->failed = true;                      // stays "fetching" for the screen, which offers to try again
    return;
  }
  it->state = LoadState::checking;
  if (bytes) {
    it->arrivedHash = contentHash(*bytes);
    arrived_[path] = std::move(*bytes);
  } else {
    arrived_.erase(path);  // read() reports it missing
  }
}

bool ContentLoader::glossaryFinal() const { return glossaryDone_; }

void ContentLoader::loadGlossary() {
  Shared& s = *shared_;
  const std::string& path = s.list.glossary;
  auto text = arrived_.find(path);
  const bool trusted = s.index && text != arrived_.end() && contentHash(text->second) == s.index->glossary.hash &&
                       !hasErrors(s.index->glossary.diagnostics);
  if (text != arrived_.end()) {
    s.files.set(path, std::move(text->second));
    arrived_.erase(text);
  }
  LimitedReader::Result file = s.reader.read(path);
  s.files.remove(path);
  std::optional<Diagnostic> problem = loading::readProblem(file, s.dir, path, s.courseCtx, "/glossary");
  std::vector<Diagnostic> found;
  glossaryUsable_ = loading::readSharedFile(loading::SharedFile::glossary, s.dir, path, file, std::move(problem),
                                            course_, options_, found);
  s.glossaryDiagnostics = trusted ? s.index->glossary.diagnostics : found;
  glossaryDone_ = true;
  rebuildDiagnostics();
}

void ContentLoader::rebuildDiagnostics() {
  const Shared& s = *shared_;
  // course.json's own findings first, then the shared files': a cause before what it affects.
  course_.diagnostics = s.courseDiagnostics;
  course_.diagnostics.insert(course_.diagnostics.end(), s.glossaryDiagnostics.begin(), s.glossaryDiagnostics.end());
  if (glossaryDone_ && !s.list.glossary.empty() && !glossaryUsable_)
    course_.diagnostics.push_back(loading::glossaryLinksUnchecked(s.courseCtx, s.list.glossary));
  course_.diagnostics.insert(course_.diagnostics.end(), s.stringsDiagnostics.begin(), s.stringsDiagnostics.end());
}

void ContentLoader::startJob(Item& it) {
  Shared& s = *shared_;
  auto text = arrived_.find(it.path);
  const bool trusted = text != arrived_.end() && it.trusted();
  if (text != arrived_.end()) {
    const bool alsoListedElsewhere = std::any_of(items_.begin(), items_.end(), [&](const Item& x) {
      return &x != &it && x.path == it.path && x.state == LoadState::checking;
    });
    if (alsoListedElsewhere) {
      s.files.set(it.path, text->second);  // the other listing reads it too
    } else {
      s.files.set(it.path, std::move(text->second));
      arrived_.erase(text);
    }
  }
  LimitedReader::Result file = s.reader.read(it.path);
  s.files.remove(it.path);
  std::optional<Diagnostic> problem = loading::readProblem(file, s.dir, it.path, s.courseCtx, it.pointer);

  loading::ItemChecks checks;
  checks.glossary = glossaryUsable_ ? &course_.glossary : nullptr;
  checks.modules = &course_.modules;
  checks.modulesComplete = !hasErrors(s.courseDiagnostics) &&
                           std::all_of(course_.modules.begin(), course_.modules.end(), [](const Module& m) {
                             return m.loaded ? !hasErrors(m.diagnostics) : m.available;
                           });
  checks.options = &options_;
  checks.trusted = trusted;
  checks.trustedDiagnostics = it.indexDiagnostics;
  if (trusted) checks.trustedIdAt = it.indexIdAt;
  job_ = std::make_unique<Job>();
  job_->ref = it.ref;
  job_->trusted = trusted;
  job_->changed = it.indexed && it.arrivedHash != it.indexHash;
  if (it.ref.kind == ItemKind::module) {
    job_->module.emplace(s.dir, it.path, std::move(file), std::move(problem), std::move(checks));
  } else {
    job_->caseFile.emplace(s.dir, it.path, std::move(file), std::move(problem), std::move(checks));
  }
}

namespace {

// An item loaded after the build (not the file the index describes) whose id another module
// or case already has: it becomes unavailable, located as coursetool locates it.
template <typename Item>
void checkUnique(std::vector<Item>& items, size_t self, const std::vector<TextPosition>& idAt, const Text& what) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (i == self || items[i].id.empty() || items[i].id != items[self].id) continue;
    Item& item = items[self];
    item.diagnostics.push_back(loading::idUsedTwice(item.id, item.file, idAt[self], items[i].file, idAt[i], what));
    item.available = false;
    return;
  }
}

}  // namespace

bool ContentLoader::finishJob() {
  Job& job = *job_;
  Item& it = item(job.ref);
  it.idAt = job.module ? job.module->idPosition() : job.caseFile->idPosition();
  if (job.ref.kind == ItemKind::module) {
    Module& m = job.module->item();
    m.loaded = true;
    course_.modules[job.ref.index] = std::move(m);
  } else {
    Case& c = job.caseFile->item();
    c.loaded = true;
    course_.cases[job.ref.index] = std::move(c);
  }
  it.state = LoadState::loaded;
  std::vector<TextPosition> moduleIdAt, caseIdAt;
  for (const Item& x : items_) (x.ref.kind == ItemKind::module ? moduleIdAt : caseIdAt).push_back(x.idAt);
  if (!usingIndex_) {
    // Without an index: once every file is in, the verdict loadCourse gives (the later of two
    // files with one id is blamed, whatever order they arrived in).
    if (std::all_of(items_.begin(), items_.end(), [](const Item& x) { return x.state == LoadState::loaded; })) {
      loading::checkUniqueIds(course_.modules, moduleIdAt, Text{"module", "module"});
      loading::checkUniqueIds(course_.cases, caseIdAt, Text{"casus", "case"});
      for (Module& m : course_.modules) m.available = !hasErrors(m.diagnostics);
      for (Case& c : course_.cases) c.available = !hasErrors(c.diagnostics);
    }
  } else if (!job.trusted) {
    // The build checked the others against each other; this file changed since.
    if (job.ref.kind == ItemKind::module) {
      checkUnique(course_.modules, job.ref.index, moduleIdAt, Text{"module", "module"});
    } else {
      checkUnique(course_.cases, job.ref.index, caseIdAt, Text{"casus", "case"});
    }
  }
  const ItemRef ref = job.ref;
  const bool changed = job.changed, trusted = job.trusted;
  job_.reset();
  if (onLoaded_) onLoaded_(ref, changed);
  // A trusted file nobody waited for shows what its stand-in showed: no need to redraw (an
  // idle page stays idle while the rest is prefetched).
  return it.urgent || !trusted || changed;
}

void ContentLoader::deliverFindings(const std::string& path, std::vector<Diagnostic> findings) {
  // `path` as the full checks were given it: the item's file (the course folder's path first).
  if (!job_ || !job_->waiting() || shared_->dir + item(job_->ref).path != path) return;  // not asked for
  job_->deliverFindings(std::move(findings));
  delivered_ = true;
}

bool ContentLoader::busy() const { return job_ || !arrived_.empty() || delivered_; }

// The next file that is in, in course order (`urgentOnly`: one a learner opened). A file that
// needs the full check waits for the glossary (its links are checked against it), which it
// then asks for as waited.
ContentLoader::Item* ContentLoader::nextToLoad(bool urgentOnly) {
  for (Item& it : items_) {
    if (it.state != LoadState::checking || (urgentOnly && !it.urgent)) continue;
    const bool trusted = arrived_.count(it.path) && it.trusted();
    if (!trusted && !glossaryFinal()) {
      requestGlossary(true);
      continue;
    }
    return &it;
  }
  return nullptr;
}

bool ContentLoader::work(double budgetMs, const std::function<double()>& clock) {
  const double start = clock();
  bool changed = std::exchange(delivered_, false);
  while (true) {
    const double stepStart = clock();
    std::string what;
    // What a learner waits for first: the glossary when a screen or a file to check needs it,
    // else a file they opened; then the glossary; then the other files in course order.
    const bool glossaryIn = !glossaryDone_ && arrived_.count(shared_->list.glossary);
    Item* const opened = job_ ? nullptr : nextToLoad(true);  // may ask for the glossary as waited
    if (glossaryIn && (glossaryWaited_ || (!job_ && !opened))) {
      const size_t findings = allDiagnostics(course_).size();
      loadGlossary();
      what = "glossary";
      changed = changed || glossaryWaited_ || allDiagnostics(course_).size() != findings;
    } else if (job_) {
      if (job_->waiting()) break;  // the full checks answer later (deliverFindings)
      what = job_->nextStep();
      if (!job_->step()) changed = finishJob() || changed;
    } else {
      Item* const next = opened ? opened : nextToLoad(false);
      if (!next) break;
      startJob(*next);
      what = "start";
    }
    const double took = clock() - stepStart;
    if (took > longestStepMs_) {
      longestStepMs_ = took;
      longestStep_ = what;
    }
    if (clock() - start >= budgetMs) break;
  }
  return changed;
}

}  // namespace leren::core
