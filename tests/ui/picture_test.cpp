// Pictures in pages and persona portraits, headless: fetched when first drawn, a placeholder
// meanwhile, then scaled to the column keeping the aspect ratio (never blown up past their own
// pixels, never wider than the screen), described by their alt text; a located message when
// one fails while the page goes on.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/file_source.hpp"
#include "fake_pictures.hpp"
#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

std::string fixture(const std::string& name) {
  return *core::DirectoryFileSource(std::string(LEREN_SOURCE_DIR) + "/tests/data/images").read(name);
}

core::ImageRef ref(const std::string& src, bool decorative = false) {
  core::ImageRef image;
  image.src = src;
  image.decorative = decorative;
  if (!decorative) image.alt = {"Vier gekleurde banen", "Four coloured bands"};
  image.caption = {"Een testbeeld", "A test picture"};
  image.pointer = "/pages/0/blocks/1";
  return image;
}

// The shipped course without the modules' covers (home fetches them first), so a test sees
// only the pictures it adds.
core::Course withoutCovers() {
  core::Course course = shippedCourse();
  for (core::Module& m : course.modules) m.cover = {};
  return course;
}

// The shipped course with `image` as the second block of the first page of the first module.
core::Course withPicture(const core::ImageRef& image) {
  core::Course course = withoutCovers();
  auto& blocks = course.modules[0].pages[0].blocks;
  blocks.insert(blocks.begin() + 1, core::ImageBlock{image});
  return course;
}

TEST(Picture, APlaceholderWhileLoadingThenScaledToTheColumnKeepingItsShape) {
  for (const float width : {1280.0f, 360.0f}) {
    SCOPED_TRACE(width);
    const core::Course course = withPicture(ref("images/wide.png"));
    FakePictures pictures;
    UiHarness h(course, {.width = width, .height = 800, .pictures = &pictures});
    openPage(h, 0, 0);
    EXPECT_EQ(pictures.fetched, std::vector<std::string>{"images/wide.png"}) << "fetched once, when first drawn";
    SemanticElement e = h.element("block.1");
    EXPECT_EQ(e.role, Role::img);
    EXPECT_EQ(e.label, "Vier gekleurde banen") << "described before it is there";
    const float column = e.rect.w;
    EXPECT_NEAR(e.rect.h, column * 2 / 3, 1) << "an unknown size holds a 3:2 place";
    EXPECT_EQ(h.element("block.1.caption").label, "Een testbeeld");

    ASSERT_TRUE(pictures.deliver("images/wide.png", fixture("stripes-800x400.png")));
    h.settle();
    ASSERT_EQ(pictures.textures.size(), 1u);
    EXPECT_EQ(pictures.textures[0].width, 800);
    EXPECT_EQ(pictures.textures[0].height, 400);
    EXPECT_EQ(pictures.textures[0].rgba[0], 0x1D) << "the decoded pixels, first band";
    e = h.element("block.1");
    EXPECT_NEAR(e.rect.w, column, 1) << "800 px wide: scaled down to the column";
    EXPECT_LT(e.rect.w, 800);
    EXPECT_NEAR(e.rect.h, e.rect.w / 2, 1) << "2:1 kept";
    EXPECT_GE(e.rect.x, 0);
    EXPECT_LE(e.rect.x + e.rect.w, width) << "never wider than the screen";
    EXPECT_EQ(pictures.fetched.size(), 1u) << "not fetched again";
  }
}

// On the web the browser may take the WebGL context away and give it back empty: the pictures
// that had arrived are fetched again and drawn with their new textures; one still under way is
// not asked for twice.
TEST(Picture, AfterTheGpuLostItsTexturesThePicturesAreMadeAgain) {
  core::Course course = withPicture(ref("images/wide.png"));
  auto& blocks = course.modules[0].pages[0].blocks;
  blocks.insert(blocks.begin() + 2, core::ImageBlock{ref("images/small.png")});
  FakePictures pictures;
  UiHarness h(course, {.pictures = &pictures});
  openPage(h, 0, 0);
  ASSERT_TRUE(pictures.deliver("images/wide.png", fixture("stripes-800x400.png")));
  h.settle();
  ASSERT_GT(commandsWith(1), 0);
  ASSERT_EQ(pictures.fetched, (std::vector<std::string>{"images/wide.png", "images/small.png"}));

  h.app().forgetTextures();  // images/small.png is still under way
  h.settle();
  EXPECT_EQ(commandsWith(1), 0) << "the lost texture is not drawn";
  EXPECT_EQ(pictures.fetched, (std::vector<std::string>{"images/wide.png", "images/small.png", "images/wide.png"}));
  EXPECT_EQ(h.element("block.1").label, "Vier gekleurde banen") << "a placeholder meanwhile, still described";
  ASSERT_TRUE(pictures.deliver("images/small.png", fixture("stripes-40x30.png")));
  ASSERT_TRUE(pictures.deliver("images/wide.png", fixture("stripes-800x400.png")));
  h.settle();
  EXPECT_GT(commandsWith(2), 0) << "the picture under way arrived on the new context";
  EXPECT_GT(commandsWith(3), 0) << "the other made again";
  EXPECT_EQ(pictures.fetched.size(), 3u);
}

TEST(Picture, ASmallPictureKeepsItsOwnSize) {
  const core::Course course = withPicture(ref("images/small.png"));
  FakePictures pictures;
  UiHarness h(course, {.pictures = &pictures});
  openPage(h, 0, 0);
  pictures.deliver("images/small.png", fixture("stripes-40x30.png"));
  h.settle();
  const SemanticElement e = h.element("block.1");
  EXPECT_NEAR(e.rect.w, 40, 0.5);
  EXPECT_NEAR(e.rect.h, 30, 0.5);
}

TEST(Picture, TheBuildsSizeHoldsTheRightPlaceWhileLoading) {
  core::ImageRef image = ref("images/wide.png");
  image.width = 800;
  image.height = 400;
  const core::Course course = withPicture(image);
  FakePictures pictures;
  UiHarness h(course, {.pictures = &pictures});
  openPage(h, 0, 0);
  const SemanticElement before = h.element("block.1");
  EXPECT_NEAR(before.rect.h, before.rect.w / 2, 1);
  pictures.deliver("images/wide.png", fixture("stripes-800x400.png"));
  h.settle();
  const SemanticElement after = h.element("block.1");
  EXPECT_NEAR(after.rect.h, before.rect.h, 0.5) << "nothing below it moves when it arrives";
}

TEST(Picture, ADecorativePictureIsSkippedByAssistiveTechnology) {
  const core::Course course = withPicture(ref("images/small.png", true));
  FakePictures pictures;
  UiHarness h(course, {.pictures = &pictures});
  openPage(h, 0, 0);
  EXPECT_EQ(h.element("block.1").role, Role::img);
  EXPECT_EQ(h.element("block.1").label, "");
}

TEST(Picture, OneThatFailsSaysWhereAndThePageGoesOn) {
  for (const bool fetched : {false, true}) {
    const core::Course course = withPicture(ref("images/broken.png"));
    FakePictures pictures;
    UiHarness h(course, {.pictures = &pictures});
    openPage(h, 0, 0);
    pictures.deliver("images/broken.png",
                     fetched ? std::optional<std::string>(fixture("truncated.png")) : std::nullopt);
    h.settle();
    const SemanticElement e = h.element("block.1");
    EXPECT_EQ(e.role, Role::note);
    for (const std::string& part : std::vector<std::string>{"images/broken.png", course.modules[0].file,
                                                            "/pages/0/blocks/1/src", "Vier gekleurde banen"})
      EXPECT_NE(e.label.find(part), std::string::npos) << part << " in " << e.label;
    EXPECT_TRUE(pictures.textures.empty());
    // The rest of the page: its text and the way on.
    const SemanticElement copy = h.element("page.copy");
    EXPECT_GT(copy.rect.y, e.rect.y + e.rect.h) << "what follows the picture is drawn";
    h.go("page.next", "page." + course.modules[0].id + "." + course.modules[0].pages[1].id);
  }
}

// The message says why, with the limit a file went over (the build's codes, as the page gives
// them): a trainer who edited a picture knows what to change.
TEST(Picture, AFailedPictureSaysWhyWithTheLimitItWentOver) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {fixture("not-png.png"), "geen leesbare PNG of JPEG"},
      {fixture("truncated.png"), "geen leesbare PNG of JPEG"},
      {fixture("too-wide-3000x2.png"), "breder of hoger dan 2048 pixels"},
      {fixture("stripes-800x400.png") + std::string(600 * 1024, '\0'), "groter dan 512 KB"},
      {std::string(), "kwam niet binnen"},
  };
  for (const auto& [bytes, why] : cases) {
    SCOPED_TRACE(why);
    const core::Course course = withPicture(ref("images/x.png"));
    FakePictures pictures;
    UiHarness h(course, {.pictures = &pictures});
    openPage(h, 0, 0);
    pictures.deliver("images/x.png", bytes.empty() ? std::nullopt : std::optional<std::string>(bytes));
    h.settle();
    const SemanticElement e = h.element("block.1");
    EXPECT_EQ(e.role, Role::note);
    EXPECT_NE(e.label.find(why), std::string::npos) << e.label;
  }
}

TEST(Picture, APersonasPortraitIsFetchedAndReplacesTheInitials) {
  core::Course course = withoutCovers();
  core::Persona& p = course.cases[0].personas[0];
  p.portrait = ref("images/portrait.jpg");
  FakePictures pictures;
  UiHarness h(course, {.pictures = &pictures});
  h.go("home.case." + course.cases[0].id, "case." + course.cases[0].id + ".intro");
  ASSERT_FALSE(pictures.fetched.empty());
  EXPECT_EQ(pictures.fetched[0], "images/portrait.jpg");
  EXPECT_TRUE(h.has("case.persona." + p.id + ".avatar")) << "the initials meanwhile";
  pictures.deliver("images/portrait.jpg", fixture("stripes-32x24.jpg"));
  h.settle();
  ASSERT_EQ(pictures.textures.size(), 1u);
  EXPECT_EQ(pictures.textures[0].width, 32);
  const SemanticElement avatar = h.element("case.persona." + p.id + ".avatar");
  EXPECT_NEAR(avatar.rect.w, 56, 1) << "the portrait takes the avatar's place";
}

// A module's cover stands across the top of its card on home: the strip is there from the first
// frame (no jump), the picture fills it once fetched, and the card's name says what it shows.
// A phone's compact list has no strip.
TEST(Picture, AModulesCoverTopsItsCardOnHome) {
  core::Course course = withoutCovers();
  const core::Course bare = course;
  course.modules[0].cover = ref("images/omslag.png");
  const std::string id = "home.module." + course.modules[0].id;
  UiHarness plain(bare, {});
  FakePictures pictures;
  UiHarness h(course, {.pictures = &pictures});
  EXPECT_TRUE(pictures.fetched.empty()) << "a cover is not asked for before the first screen is up";
  h.frame();
  ASSERT_FALSE(pictures.fetched.empty()) << "...but right after it";
  EXPECT_EQ(pictures.fetched[0], "images/omslag.png");
  const float without = plain.element(id).rect.h, withStrip = h.element(id).rect.h;
  EXPECT_GE(withStrip, without + 100) << "the strip is kept while the picture loads";
  EXPECT_NE(h.element(id).label.find("Vier gekleurde banen"), std::string::npos) << h.element(id).label;
  pictures.deliver("images/omslag.png", fixture("stripes-800x400.png"));
  h.settle();
  ASSERT_EQ(pictures.textures.size(), 1u);
  EXPECT_FLOAT_EQ(h.element(id).rect.h, withStrip) << "the picture fills the strip, nothing moves";

  FakePictures phonePictures;
  UiHarness phone(course, {.width = 360, .height = 640, .pictures = &phonePictures});
  UiHarness phonePlain(bare, {.width = 360, .height = 640});
  EXPECT_FLOAT_EQ(phone.element(id).rect.h, phonePlain.element(id).rect.h) << "no strip on a phone";
}

}  // namespace
}  // namespace leren::ui::test
