// A frame that would show what the canvas shows already is told apart by its fingerprint
// (ui/frame_signature.hpp); the web runtime leaves such frames out of the GPU's work.
#include "ui/frame_signature.hpp"

#include <gtest/gtest.h>
#include <imgui.h>

#include <cstdint>

#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

std::uint64_t lastFrame() { return frameSignature(*ImGui::GetDrawData(), 0xffffffff); }

TEST(FrameSignature, ASettledScreenDrawsTheSameFrameAgain) {
  UiHarness h;
  h.settle();
  const std::uint64_t settled = lastFrame();
  h.frame();
  EXPECT_EQ(lastFrame(), settled);
  h.frame();
  EXPECT_EQ(lastFrame(), settled);
}

TEST(FrameSignature, WhatTheLearnerSeesChangeChangesIt) {
  UiHarness h;
  h.settle();
  const std::uint64_t home = lastFrame();

  // A card under the pointer is drawn highlighted.
  const SemanticElement& card = h.element("home.module." + h.course().modules.front().id);
  h.pointerMove(card.rect.x + card.rect.w / 2, card.rect.y + card.rect.h / 2);
  h.settle();
  const std::uint64_t hovered = lastFrame();
  EXPECT_NE(hovered, home);

  // Away again: the frame is home's as it was.
  h.pointerMove(1, 799);
  h.settle();
  EXPECT_EQ(lastFrame(), home);

  // Another size of the display.
  h.resize(1000, 800);
  h.settle();
  EXPECT_NE(lastFrame(), home);
}

// Draw data made by hand: each part of what a frame sends counts.
TEST(FrameSignature, EveryPartOfTheDrawDataCounts) {
  ImDrawList list(nullptr);
  for (const ImVec2 pos : {ImVec2(0, 0), ImVec2(10, 0), ImVec2(0, 10)})
    list.VtxBuffer.push_back(ImDrawVert{pos, ImVec2(0, 0), 0xff000000});
  for (const ImDrawIdx index : {0, 1, 2}) list.IdxBuffer.push_back(index);
  ImDrawCmd cmd;
  cmd.ClipRect = ImVec4(0, 0, 100, 100);
  cmd.ElemCount = 3;
  list.CmdBuffer.push_back(cmd);
  ImDrawData data;
  data.Valid = true;
  data.CmdLists.push_back(&list);
  data.CmdListsCount = 1;
  data.DisplaySize = ImVec2(100, 100);
  data.FramebufferScale = ImVec2(1, 1);
  const std::uint64_t base = frameSignature(data, 0xffffffff);
  EXPECT_EQ(frameSignature(data, 0xffffffff), base);

  list.VtxBuffer[1].col = 0xff0000ff;  // a colour
  EXPECT_NE(frameSignature(data, 0xffffffff), base);
  list.VtxBuffer[1].col = 0xff000000;
  ASSERT_EQ(frameSignature(data, 0xffffffff), base);

  list.IdxBuffer[2] = 1;  // an index
  EXPECT_NE(frameSignature(data, 0xffffffff), base);
  list.IdxBuffer[2] = 2;

  list.CmdBuffer[0].TextureId = reinterpret_cast<ImTextureID>(std::uintptr_t{7});  // the texture
  EXPECT_NE(frameSignature(data, 0xffffffff), base);
  list.CmdBuffer[0].TextureId = nullptr;

  list.CmdBuffer[0].ClipRect.w = 50;  // the clip rectangle
  EXPECT_NE(frameSignature(data, 0xffffffff), base);
  list.CmdBuffer[0].ClipRect.w = 100;

  data.FramebufferScale = ImVec2(2, 2);  // the device pixel ratio
  EXPECT_NE(frameSignature(data, 0xffffffff), base);
  data.FramebufferScale = ImVec2(1, 1);
  EXPECT_EQ(frameSignature(data, 0xffffffff), base);

  EXPECT_NE(frameSignature(data, 0xff202020), base);  // the colour the canvas is cleared to
}

}  // namespace
}  // namespace leren::ui::test
