// The policy bots on small hand-made cases: what each policy picks, and when a bot wins.
#include "core/case_policy.hpp"

#include <gtest/gtest.h>

#include "case_builder.hpp"

using namespace leren::core;
using leren::core::test::CaseBuilder;

namespace {

// One decision; texts set per choice (Dutch decides length and cues).
Case oneDecision() {
  Case c = CaseBuilder("bots")
               .dimension("vraag", 2)
               .passPercent(60)
               .node("n1")
               .choice("kort", "slecht", "", {}, {{"vraag", 0}})
               .choice("lang", "goed", "", {}, {{"vraag", 2}})
               .choice("cue", "matig", "", {}, {{"vraag", 1}})
               .choice("midden", "slecht")
               .ending("goed", Rating::good)
               .ending("matig", Rating::mixed)
               .ending("slecht", Rating::poor)
               .build();
  c.nodes[0].choices[0].text = {"Wacht af.", "Wait."};
  c.nodes[0].choices[1].text = {"Bel de huisarts en de wijkverpleging op.", "x"};
  c.nodes[0].choices[2].text = {"Plan samen in overleg.", "x"};
  c.nodes[0].choices[3].text = {"Stuur een brief.", "x"};
  return c;
}

std::string pick(const Case& c, Policy p, std::vector<size_t> available = {0, 1, 2, 3}) {
  SeededRandom rng(1);
  return c.nodes[0].choices[pickChoice(c.nodes[0], available, p, rng)].id;
}

TEST(CasePolicy, EachPolicyPicksByItsRule) {
  const Case c = oneDecision();
  EXPECT_EQ(pick(c, Policy::first), "kort");
  EXPECT_EQ(pick(c, Policy::last), "midden");
  EXPECT_EQ(pick(c, Policy::longest), "lang");
  EXPECT_EQ(pick(c, Policy::shortest), "kort");
  EXPECT_EQ(pick(c, Policy::cues), "cue");  // "samen" and "in overleg"
  // Only among what is available.
  EXPECT_EQ(pick(c, Policy::first, {2, 3}), "cue");
  EXPECT_EQ(pick(c, Policy::longest, {0, 3}), "midden");
}

TEST(CasePolicy, CueTiesGoToTheLongerText) {
  Case c = oneDecision();
  c.nodes[0].choices[2].text = {"Plan iets.", "x"};  // no cue words anywhere now
  EXPECT_EQ(pick(c, Policy::cues), "lang");
}

TEST(CasePolicy, NamesRoundTrip) {
  for (Policy p : {Policy::first, Policy::last, Policy::longest, Policy::shortest, Policy::cues, Policy::random})
    EXPECT_EQ(parsePolicy(policyName(p)), p);
  EXPECT_FALSE(parsePolicy("best"));
}

TEST(CasePolicy, ABotWinsByAGoodEndingOrThePassMark) {
  const Case c = oneDecision();
  const PolicyGame longest = playPolicy(c, Policy::longest);
  EXPECT_TRUE(longest.finished);
  EXPECT_EQ(c.endings[longest.ending].id, "goed");
  EXPECT_TRUE(longest.result.passed);
  EXPECT_TRUE(longest.wins());
  const PolicyGame first = playPolicy(c, Policy::first);
  EXPECT_EQ(first.rating, Rating::poor);
  EXPECT_FALSE(first.wins());
  // A mixed ending with the pass mark still counts as a win for the bot.
  Case passAtMixed = oneDecision();
  passAtMixed.scoring.dimensions[0].pass = 1;
  passAtMixed.scoring.passPercent = 50;
  const PolicyGame cues = playPolicy(passAtMixed, Policy::cues);
  EXPECT_EQ(cues.rating, Rating::mixed);
  EXPECT_TRUE(cues.result.passed);
  EXPECT_TRUE(cues.wins());
}

TEST(CasePolicy, ConditionsAreRespected) {
  Case c = CaseBuilder("voorwaarde")
               .flag("mag", false)
               .dimension("vraag", 1)
               .node("n1")
               .choice("verboden", "goed", "mag", {}, {{"vraag", 1}})
               .choice("toegestaan", "slecht")
               .ending("goed")
               .ending("slecht", Rating::poor)
               .build();
  EXPECT_EQ(playPolicy(c, Policy::first).log, (std::vector<std::string>{"toegestaan"}));
}

TEST(CasePolicy, RandomPlayIsSeededAndCountsEveryGame) {
  const Case c = oneDecision();
  const RandomPlay a = playRandom(c, 400, 7), b = playRandom(c, 400, 7), other = playRandom(c, 400, 8);
  EXPECT_EQ(a.endings, b.endings);
  EXPECT_NE(a.endings, other.endings);
  EXPECT_EQ(a.endings[0] + a.endings[1] + a.endings[2] + a.unfinished, 400u);
  // One in four choices leads to the good ending.
  EXPECT_NEAR(a.goodShare(), 0.25, 0.06);
  EXPECT_EQ(a.goodEndings, a.endings[0]);
}

TEST(CasePolicy, BotsLoseOnlyWhenEveryBotLoses) {
  // The good ending needs the middle-length, cue-free option in the middle of the file.
  Case c = CaseBuilder("eerlijk")
               .dimension("vraag", 2)
               .node("n1")
               .choice("a", "slecht")
               .choice("b", "n2", "", {}, {{"vraag", 1}})
               .choice("c", "slecht")
               .node("n2")
               .choice("d", "slecht")
               .choice("e", "goed", "", {}, {{"vraag", 1}})
               .choice("f", "slecht")
               .ending("goed")
               .ending("slecht", Rating::poor)
               .build();
  // Neither first nor last, neither longest nor shortest, no cue words.
  const char* texts[] = {"Stuur een korte brief.", "Bel haar vandaag op.", "Wacht een week."};
  for (size_t n = 0; n < 2; ++n)
    for (size_t k = 0; k < 3; ++k) c.nodes[n].choices[k].text = {texts[k], "x"};
  // Random: 1/9 good, just over the 10 % limit, so random wins ...
  BotReport report = runBots(c, 2000, 1);
  for (const auto& [policy, game] : report.deterministic) EXPECT_FALSE(game.wins()) << policyName(policy);
  EXPECT_NEAR(report.random.goodShare(), 1.0 / 9, 0.025);
  EXPECT_FALSE(report.botsLose());
  // ... and with a third decision it is 1/27 and every bot loses.
  Case three = CaseBuilder("drie")
                   .dimension("vraag", 3)
                   .node("n1")
                   .choice("a", "slecht")
                   .choice("b", "n2", "", {}, {{"vraag", 1}})
                   .choice("c", "slecht")
                   .node("n2")
                   .choice("d", "slecht")
                   .choice("e", "n3", "", {}, {{"vraag", 1}})
                   .choice("f", "slecht")
                   .node("n3")
                   .choice("g", "slecht")
                   .choice("h", "goed", "", {}, {{"vraag", 1}})
                   .choice("i", "slecht")
                   .ending("goed")
                   .ending("slecht", Rating::poor)
                   .build();
  for (size_t n = 0; n < 3; ++n)
    for (size_t k = 0; k < 3; ++k) three.nodes[n].choices[k].text = {texts[k], "x"};
  report = runBots(three, 2000, 1);
  EXPECT_LT(report.random.goodShare(), kMaxRandomGoodShare);
  EXPECT_TRUE(report.botsLose());
}

}  // namespace
