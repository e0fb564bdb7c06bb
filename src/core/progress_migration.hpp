#pragma once
// Connects stored progress to the loaded course: the id catalog the encoding resolves against,
// and the replay of saved case logs against the current case graph.
#include <vector>

#include "core/content_model.hpp"
#include "core/progress.hpp"

namespace leren::core {

// Every id progress can refer to, from the loaded course (unavailable modules and cases too:
// a module with a temporary content error must not lose the learner's progress).
ProgressCatalog catalogFor(const Course& course);

// Whether a run with these results passes case `c` (overall percentage and every dimension).
bool runPassed(const Case& c, double percent, const std::map<std::string, double>& scores);

// Replays each saved case log against the current case. A log that no longer replays (a node or
// choice vanished or changed) restarts that case only, with a notice; earlier results (endings,
// best scores) are kept. New variables simply take their initial values during the replay.
// Afterwards every contentHash is the current case's. Unavailable cases and stand-ins from the
// course index (not loaded yet) are left untouched; migrateCaseLog() does one case when it loads.
void migrateCaseLogs(Progress& progress, const Course& course, std::vector<ProgressNotice>& notices);
void migrateCaseLog(Progress& progress, const Case& c, std::vector<ProgressNotice>& notices);

}  // namespace leren::core
