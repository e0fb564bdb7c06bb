#pragma once
// Transient view state: what the learner selected, expanded, zoomed or dragged on screen, kept
// between frames but never saved. One object owned by the App (no file-scope globals), so
// a second App (a test) starts clean.
#include <imgui.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/case_debrief.hpp"
#include "core/case_engine.hpp"
#include "core/markdown.hpp"

namespace leren::ui {

// Touch and mouse scrolling of the reading column (screen.cpp).
struct DragScroll {
  bool candidate = false;  // pressed inside the column, not yet decided
  bool dragging = false;   // decided: this press scrolls
  ImVec2 start;
  float velocity = 0.0f;                     // momentum after release, pixels per frame
  ImVector<ImGuiID> claimed, claimedBefore;  // items that handle drags (this / last frame)
  ImVector<ImGuiID> held, heldBefore;        // ...a finger's drag only after a press-and-hold
};

struct MapView {
  float zoom = 0;  // 0: not set yet (fit to the width)
  ImVec2 pan;
};

struct DecisionStep {  // an answer in a decision explorer: indices into its questions and their options
  size_t question = 0, option = 0;
};

struct ViewState {
  // Figure id (or map id) -> the selected item: an actor-map node/edge, a comparison cell, a
  // timeline event, a case-map dot.
  std::map<std::string, std::string> selection;
  std::set<std::string> foldedSections;                  // "<screen>#<heading id>": sections the learner folded
  std::map<std::string, std::vector<size_t>> flowPaths;  // process flow: steps taken
  std::map<std::string, std::vector<DecisionStep>> decisionAnswers;  // decision explorer
  std::map<std::string, MapView> maps;                               // case maps: zoom and pan
  // The case state panel eases towards new values: the values shown, for which case.
  std::vector<double> easedValues;
  const core::Case* easedCase = nullptr;
  // The debrief of the case run on screen, computed once per run (it replays the case).
  core::CaseDebrief debrief;
  std::vector<std::string> debriefLog;
  const core::Case* debriefCase = nullptr;
  // The trainer view: the case opened, and a fresh run per case for its map.
  std::string trainerCase;
  std::map<std::string, std::unique_ptr<core::CaseRun>> trainerRuns;
  // A typed amount (calculator input id -> the text as the learner types it).
  std::map<std::string, std::string> typed;
  DragScroll drag;
  // Screen id -> whether its content scrolled in the frame before (screen.cpp: the scrollbar's
  // grab is shown only then).
  std::map<std::string, bool> contentScrolls;
  std::optional<double> textSizeDrag;  // the text-size slider while its handle is held
  // Markdown parsed once per text (keyed by the text's address in the loaded course).
  std::map<const std::string*, std::pair<std::string, core::md::RichText>> markdown;
};

}  // namespace leren::ui
