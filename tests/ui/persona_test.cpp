// A case's personas are drawn, not only named: an avatar beside each persona on the intro and
// beside the speaker's name in a scene; decorative, since the name is written next to it.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>

#include "flows.hpp"
#include "ui/views/persona.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

TEST(Persona, TheIntroShowsAnAvatarBesideEveryPersona) {
  for (const float width : {1366.0f, 360.0f}) {
    UiHarness h({.width = width, .height = 800});
    const core::Case& c = h.course().cases[0];
    ASSERT_FALSE(c.personas.empty());
    h.go("home.case." + c.id, "case." + c.id + ".intro");
    for (const core::Persona& p : c.personas) {
      const SemanticElement avatar = h.element("case.persona." + p.id + ".avatar");
      const SemanticElement note = h.element("case.persona." + p.id);
      EXPECT_EQ(avatar.role, Role::img);
      EXPECT_EQ(avatar.label, "") << "decorative: the note beside it names " << p.name;
      EXPECT_NE(note.label.find(p.name), std::string::npos) << note.label;
      EXPECT_NEAR(avatar.rect.w, 56, 1);
      EXPECT_NEAR(avatar.rect.h, 56, 1);
      EXPECT_LE(avatar.rect.x + avatar.rect.w, note.rect.x) << "beside the note, at " << width;
      EXPECT_NEAR(avatar.rect.y, note.rect.y, 1) << "on the note's first line";
      EXPECT_LE(note.rect.x + note.rect.w, width) << "the note still fits the screen";
    }
  }
}

TEST(Persona, TheSpeakerOfASceneHasTheirAvatarBesideTheirName) {
  UiHarness h;
  // The first case whose first scene has a speaker.
  for (size_t i = 0; i < h.course().cases.size(); ++i) {
    startCase(h, i);
    if (h.learner().activeRun()->currentNode()->speaker.empty()) continue;
    const SemanticElement avatar = h.element("case.node.speaker.avatar");
    const SemanticElement name = h.element("case.node.speaker");
    EXPECT_EQ(avatar.role, Role::img);
    EXPECT_LE(avatar.rect.x + avatar.rect.w, name.rect.x);
    // The name is centred on the avatar.
    EXPECT_NEAR(avatar.rect.y + avatar.rect.h / 2, name.rect.y + name.rect.h / 2, 3);
    return;
  }
  GTEST_SKIP() << "no case opens with a speaker";
}

// The colour is the persona's own: the same id gets the same colour wherever it is drawn, and
// the personas of the course do not all share one.
TEST(Persona, TheColourFollowsThePersonaId) {
  UiHarness h;
  std::set<unsigned> colours;
  for (const core::Case& c : h.course().cases)
    for (const core::Persona& p : c.personas) {
      core::Persona copy;
      copy.id = p.id;
      copy.name = "Iemand anders";
      EXPECT_EQ(personaColour(copy), personaColour(p)) << "the id decides, not the name";
      EXPECT_LT(personaColour(p), 8u);
      colours.insert(personaColour(p));
    }
  EXPECT_GE(colours.size(), 3u);
}

// Within one case no two people share a colour (the intro shows them side by side).
TEST(Persona, ThePeopleOfOneCaseHaveColoursOfTheirOwn) {
  UiHarness h;
  for (const core::Case& c : h.course().cases) {
    std::set<unsigned> colours;
    for (const core::Persona& p : c.personas) {
      EXPECT_LT(personaColour(c, p), 8u);
      colours.insert(personaColour(c, p));
    }
    EXPECT_EQ(colours.size(), std::min<size_t>(c.personas.size(), 8)) << c.id;
    if (!c.personas.empty()) {
      EXPECT_EQ(personaColour(c, c.personas.front()), personaColour(c.personas.front())) << "the first keeps its own";
    }
  }
}

}  // namespace
}  // namespace leren::ui::test
