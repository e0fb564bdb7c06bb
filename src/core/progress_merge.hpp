#pragma once
// Merging two copies of one learner's progress: two tabs (or windows) on the same course write
// to the same storage key, and neither may undo the other's work.
//
// A three-way merge, item by item. `base` is what this copy last read from or wrote to storage;
// `ours` is this copy now; `theirs` is what storage holds now. An item changed on one side only
// takes that side (so a reset or a "back" in one tab carries over, as the newest action);
// an item changed on both sides is combined:
//   - visited pages: the union of what either side added, minus what either side removed;
//   - a question: the record with more attempts (its first attempt is the one that counts),
//     the best score of both, and the attempts of both sides added up;
//   - a case: the newer run (a later run, else more "back"s taken, else the longer log) with
//     its practice flag; endings reached: the union; runs completed and undos: the base plus
//     both sides' increases; the scored run from whichever side had it first (storage's, since
//     it was written before this copy writes); best practice score: the higher (a scored run
//     that lost to the other side's counts as practice);
//   - figure values, settings, the resume position: the newer side (`newer`);
//   - the shuffle seed: storage's (so choice orders already shown elsewhere stay), unless it
//     has none;
//   - an item removed on one side and changed on the other: the changed one (work is kept).
// Progress has no clocks (its encoding must fit SCORM 1.2 suspend data), so "newest" is
// decided by the base: whatever differs from it is newer.
#include "core/progress.hpp"

namespace leren::core {

// Which side acted last when both changed the same item: the copy saving now (ours) or the
// write of another tab that just arrived (theirs).
enum class MergeNewer { ours, theirs };

Progress mergeProgress(const Progress& base, const Progress& ours, const Progress& theirs, MergeNewer newer);

}  // namespace leren::core
