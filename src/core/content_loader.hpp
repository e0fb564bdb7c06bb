#pragma once
// Loads a course for a page that shows its first screen before the content is there.
//
// At start it needs three small files: course.json, the UI strings and the course index
// (course_index.hpp). With a current index every module and case is a stand-in at once (home,
// search, progress and the LMS report work from it); a module or case file is fetched when a
// learner opens it (request) or in idle time (prefetchNext), and loaded in steps of bounded
// time (work), one step per slice of a frame, so the page stays responsive:
//  - a file whose hash is the index's is trusted: read (parse, structure, references) without
//    repeating the analysis, lint and link checks the build ran; its diagnostics are the
//    build's;
//  - a file a trainer edited after the build (another hash) gets every check, as coursetool
//    gives it, and shows its diagnostics; the full checks (full_checks.hpp) run where
//    LoadOptions::fullChecks says, and the file waits for their findings before it is loaded.
// Without a current index (none, unreadable, or course.json changed after the build) every
// file is fetched and checked in full, in the same steps; home waits until all are in.
//
// Nothing here knows the browser: the page fetches (ContentFetcher) and delivers the bytes.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/content_model.hpp"
#include "core/loader.hpp"
#include "core/search.hpp"

namespace leren::core {

// What the page does for the loader: fetch a file of the course folder (a path relative to
// it). The bytes come back through ContentLoader::deliver(), later.
class ContentFetcher {
 public:
  virtual ~ContentFetcher() = default;
  // urgent: a learner waits for it; otherwise idle-time prefetch (low priority).
  virtual void fetch(const std::string& path, bool urgent) = 0;
};

enum class ItemKind { module, caseFile };
struct ItemRef {
  ItemKind kind = ItemKind::module;
  size_t index = 0;
  bool operator==(const ItemRef&) const = default;
  auto operator<=>(const ItemRef&) const = default;
};

enum class LoadState {
  standIn,   // from the index; nobody asked for the file yet
  fetching,  // asked for; the bytes are not there yet
  checking,  // the bytes are there; being read (and checked) step by step
  loaded,    // the real module or case (available or not: its diagnostics say)
};

class ContentLoader {
 public:
  struct StartFiles {
    std::optional<std::string> course, strings, index;  // nullopt: could not be fetched
  };

  // `course` is filled by start() and updated as files load; it and `fetcher` must outlive
  // the loader. `options` as for loadCourse (the module: no play-through).
  ContentLoader(Course& course, ContentFetcher& fetcher, LoadOptions options = {});
  ~ContentLoader();

  void start(StartFiles files);
  // Whether home can be drawn: every module and case is known (stand-in or loaded).
  bool ready() const;
  // Whether the index was current (false: every file is loaded at start).
  bool usingIndex() const { return usingIndex_; }
  // Files of the course loaded / in all (the loading screen without an index).
  size_t filesLoaded() const;
  size_t filesTotal() const;

  // Asks for a module or case (urgent: a learner waits for it). No-op once it is loaded.
  void request(ItemRef item, bool urgent = true);
  LoadState state(ItemRef item) const;
  bool loaded(ItemRef item) const { return state(item) == LoadState::loaded; }
  // The last fetch of this item failed (request() tries again).
  bool fetchFailed(ItemRef item) const;
  // Its bytes are in and are not the file the index describes: it gets every check.
  bool checkingInFull(ItemRef item) const;
  // The glossary (texts link to its terms) and search.json (search before content is loaded).
  void requestGlossary(bool urgent = true);
  bool glossaryLoaded() const { return glossaryDone_; }
  void requestSearch(bool urgent = true);
  bool searchLoaded() const { return searchDone_; }
  const SearchTexts* searchTexts() const { return searchTexts_ ? &*searchTexts_ : nullptr; }

  // A fetched file's bytes (path as asked for); nullopt: it could not be fetched.
  void deliver(const std::string& path, std::optional<std::string> bytes);
  // The findings of full checks that answer later (LoadOptions::fullChecks: the page's worker)
  // for the file `path` (as they were given it: Module/Case::file), whose load waits for them;
  // located by pointer, placed here.
  void deliverFindings(const std::string& path, std::vector<Diagnostic> findings);
  // Runs loading steps while `budgetMs` (measured by `clock`, in milliseconds) lasts; at least
  // one step when there is work. Returns true when the screen may show something new: a file
  // a screen waited for finished or failed, or a file that is not the index's loaded (its
  // findings); not for a trusted file that was only prefetched.
  bool work(double budgetMs, const std::function<double()>& clock);
  bool busy() const;
  // Idle time: asks for the next file nobody asked for yet (the glossary, the modules and cases
  // in course order, search.json). False when everything was asked for.
  bool prefetchNext();

  // Told once per module or case when it has loaded; changed: its file is not the one the
  // index describes (a trainer edited it after the build), so what progress knows of its ids
  // may be out of date.
  void onLoaded(std::function<void(ItemRef item, bool changed)> listener) { onLoaded_ = std::move(listener); }

  // For measurements: the longest step so far (milliseconds) and what it was.
  double longestStepMs() const { return longestStepMs_; }
  const std::string& longestStep() const { return longestStep_; }

 private:
  struct Item;
  struct Job;
  Item& item(ItemRef ref);
  const Item& item(ItemRef ref) const;
  void fetch(Item& it, bool urgent);
  Item* nextToLoad(bool urgentOnly);  // the next file that is in (content_loader.cpp)
  // Not inlined into work(): reading a module, a case or the glossary is code the first screen
  // never runs, and the wasm is split by function (scripts/split-wasm.mjs); inlined, all of it
  // would sit in the first part with work(), which the first screen calls.
  [[gnu::noinline]] void startJob(Item& it);
  [[gnu::noinline]] bool finishJob();
  [[gnu::noinline]] void loadGlossary();
  void rebuildDiagnostics();
  bool glossaryFinal() const;

  Course& course_;
  ContentFetcher& fetcher_;
  LoadOptions options_;
  struct Shared;
  std::unique_ptr<Shared> shared_;
  std::vector<Item> items_;  // modules, then cases
  std::unique_ptr<Job> job_;
  std::map<std::string, std::string> arrived_;  // bytes delivered, not yet used
  bool usingIndex_ = false;
  bool glossaryAsked_ = false, glossaryDone_ = false, glossaryUsable_ = false;
  bool searchAsked_ = false, searchDone_ = false;
  bool delivered_ = false;                              // something a screen waits for arrived since the last work()
  bool glossaryWaited_ = false, searchWaited_ = false;  // asked for by a screen that waits
  std::optional<SearchTexts> searchTexts_;
  std::function<void(ItemRef, bool)> onLoaded_;
  double longestStepMs_ = 0;
  std::string longestStep_;
};

}  // namespace leren::core
