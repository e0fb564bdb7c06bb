#pragma once
// Learner progress: what a learner did in one course, keyed by the content's stable ids, and its
// compact text encoding (fits SCORM 1.2 cmi.suspend_data, 4 096 characters, for a learner who
// did everything in a 10-module, 12-case course).
//
// Encoding "P2;" + base64url(bytes) (P1, the format before first attempts and scored runs, is
// still read). Ids are stored as short FNV-1a hashes (2, 3 or 4 bytes: the
// smallest width with no collision in any scope of the current course) and resolved against the
// course when decoding. The bytes end in a 4-byte checksum, so corrupt or truncated data is
// recognised instead of half-read.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"

namespace leren::core {

enum class Theme : std::uint8_t { light, dark, highContrast };

struct Settings {
  Lang language = Lang::nl;
  int textSizePercent = 100;  // 50..300
  Theme theme = Theme::light;
  bool reducedMotion = false;
  bool operator==(const Settings&) const = default;
};

// Where the learner was, for "continue where you were".
struct Position {
  enum class Kind : std::uint8_t { none, page, quiz, caseRun };
  Kind kind = Kind::none;
  std::string container;  // module id (page, quiz) or case id (caseRun)
  std::string page;       // page id (page only)
  bool operator==(const Position&) const = default;
};

struct QuestionProgress {
  // The first attempt counts; later ones are practice. Absent only in progress saved before
  // first attempts were kept (P1).
  std::optional<double> firstScore;  // 0..1, kept to 0.001
  double bestScore = 0;              // 0..1, kept to 0.001
  int attempts = 0;
  // What counts: the first attempt (the best one for progress from before P2).
  double countedScore() const { return firstScore.value_or(bestScore); }
  bool operator==(const QuestionProgress&) const = default;
};

struct ModuleProgress {
  std::set<std::string> visitedPages;
  std::map<std::string, QuestionProgress> questions;  // question id ->
  // Figure state the learner set: figure id -> (radar axis id | calculator input id) -> value,
  // kept to 0.01.
  std::map<std::string, std::map<std::string, double>> figures;
  bool operator==(const ModuleProgress&) const = default;
};

// The result of one completed run of a case.
struct RunResult {
  std::string ending;  // ending id ("" for a result kept from before P2)
  double percent = 0;  // 0..100, kept to 0.1
  bool passed = false;
  std::map<std::string, double> scores;  // dimension -> points (0.01)
  bool operator==(const RunResult&) const = default;
};

struct CaseProgress {
  // The current run (possibly unfinished, possibly at an ending): choice ids in order.
  std::vector<std::string> choiceLog;
  // Content hash of the case the log was made on (the encoding keeps the low 32 bits).
  std::uint64_t contentHash = 0;
  // Which run of this case the current one is (0 = the first); with Progress::seed it fixes
  // the order in which choices are shown, so back, reload and resume show the same order.
  int run = 0;
  std::set<std::string> endingsReached;
  int runsCompleted = 0;
  int undos = 0;  // "back" and "wat als?" taken, over all runs
  // The scored run: the first one completed. Later runs are practice with their own best.
  std::optional<RunResult> scored;
  // The current run is practice: the scored run is done and the learner went back, tried
  // "wat als?" or started again since.
  bool practice = false;
  std::optional<double> practiceBest;  // 0..100, kept to 0.1
  bool operator==(const CaseProgress&) const = default;
};

struct Progress {
  Settings settings;
  Position last;
  // The learner's own shuffle seed: every presentation order (case choices per run, options
  // per attempt) derives from it, so it is stable across reloads and devices. 0 = not set yet.
  std::uint32_t seed = 0;
  std::map<std::string, ModuleProgress> modules;  // module id ->
  std::map<std::string, CaseProgress> cases;      // case id ->
  bool operator==(const Progress&) const = default;
};

// The stable ids of the current course, by scope: what hashes are resolved against. Build it
// from the loaded course with catalogFor() (progress_migration.hpp).
struct ProgressCatalog {
  struct Figure {
    std::string id;
    std::vector<std::string> keys;  // radar axis ids / calculator input ids
  };
  struct Module {
    std::string id;
    std::vector<std::string> pages, questions;
    std::vector<Figure> figures;
  };
  struct Case {
    std::string id;
    std::uint64_t contentHash = 0;
    std::vector<std::string> choices;  // every choice id in the case (any node)
    std::vector<std::string> endings, dimensions;
  };
  std::string courseId;
  std::vector<Module> modules;
  std::vector<Case> cases;
};

// Something the learner should be told after loading progress (content changed meanwhile).
struct ProgressNotice {
  enum class Kind {
    moduleRemoved,
    pageRemoved,
    questionRemoved,
    figureRemoved,
    caseRemoved,
    caseRestarted,
    endingRemoved,
    positionLost,
  };
  Kind kind;
  std::string id;  // the module or case concerned ("" when even that is gone)
  Text message;
};

// Encodes against the catalog (which picks the hash width). Ids unknown to the catalog are
// encoded too (they are dropped on decoding, with a notice).
std::string encodeProgress(const Progress& progress, const ProgressCatalog& catalog);

struct DecodedProgress {
  enum class Status {
    ok,           // progress holds the learner's progress (notices may list what changed)
    empty,        // nothing stored: a new learner
    corrupt,      // not progress we wrote, or damaged / truncated
    otherCourse,  // valid progress of a different course
  };
  Status status = Status::empty;
  Progress progress;  // a fresh Progress unless status == ok
  std::vector<ProgressNotice> notices;
};

// Never crashes, whatever the input. Case logs are resolved to choice ids but not replayed: a
// log with a choice the case no longer has restarts that case (notice caseRestarted); replaying
// the rest against the case graph is migrateCaseLogs() in progress_migration.hpp.
DecodedProgress decodeProgress(std::string_view text, const ProgressCatalog& catalog);

// Smallest id hash width (2..4 bytes) without collisions in any catalog scope.
int idHashWidth(const ProgressCatalog& catalog);

}  // namespace leren::core
