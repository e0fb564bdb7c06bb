#include "platform/tick_pacing.hpp"

#include <gtest/gtest.h>

namespace leren::platform {
namespace {

TEST(TickPacing, WorkLongerThanAFrameLeavesItsFrameToTheNextTickWhichDoesNoWork) {
  TickPacing pacing;
  // Short work: work and frame in one tick, tick after tick.
  ASSERT_TRUE(pacing.workThisTick());
  EXPECT_TRUE(pacing.drawAfter(5));
  ASSERT_TRUE(pacing.workThisTick());
  EXPECT_TRUE(pacing.drawAfter(TickPacing::kLongWorkMs));
  // Long work (a glossary read in one step): no frame in that tick; the next only draws.
  ASSERT_TRUE(pacing.workThisTick());
  EXPECT_FALSE(pacing.drawAfter(TickPacing::kLongWorkMs + 1));
  EXPECT_FALSE(pacing.workThisTick());
  EXPECT_TRUE(pacing.drawAfter(0));
  // Then work again.
  EXPECT_TRUE(pacing.workThisTick());
  EXPECT_TRUE(pacing.drawAfter(3));
}

TEST(TickPacing, TheFirstScreenIsDrawnAfterLongWorkAtOnce) {
  TickPacing pacing;
  ASSERT_TRUE(pacing.workThisTick());
  EXPECT_TRUE(pacing.drawAfter(60, /*urgent=*/true));
  EXPECT_TRUE(pacing.workThisTick());  // and the next tick works as usual
  EXPECT_FALSE(pacing.drawAfter(60));
}

TEST(TickPacing, LongWorkTickAfterTickStillDrawsEveryOtherTick) {
  TickPacing pacing;
  int frames = 0, works = 0;
  for (int tick = 0; tick < 10; ++tick) {
    const bool work = pacing.workThisTick();
    works += work;
    frames += pacing.drawAfter(work ? 40 : 0);
  }
  EXPECT_EQ(works, 5);
  EXPECT_EQ(frames, 5);
}

}  // namespace
}  // namespace leren::platform
