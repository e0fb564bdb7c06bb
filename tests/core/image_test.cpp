// Pictures in content: the reader (PNG and JPEG through stb_image, within the limits) and the
// loader's image blocks and portraits, each problem a located error (file, line:column, JSON
// Pointer) the build reports. Fixtures: tests/data/images (scripts/make-test-images.py).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <array>

#include "core/content_limits.hpp"
#include "core/course_index.hpp"
#include "core/image_checks.hpp"
#include "core/image_decode.hpp"
#include "core/loader.hpp"
#include "valid_course.hpp"

namespace leren::core {
namespace {

const std::string kData = LEREN_TEST_DATA_DIR;

std::string fixture(const std::string& name) { return *DirectoryFileSource(kData + "/images").read(name); }

// The RGBA of pixel (x, y).
std::array<int, 4> pixel(const DecodedImage& image, int x, int y) {
  const size_t at = (static_cast<size_t>(y) * static_cast<size_t>(image.width) + static_cast<size_t>(x)) * 4;
  return {image.rgba[at], image.rgba[at + 1], image.rgba[at + 2], image.rgba[at + 3]};
}

TEST(ImageDecode, ReadsAPngToRgba) {
  const DecodedImage image = decodeImage(fixture("stripes-40x30.png"));
  ASSERT_TRUE(image.ok());
  EXPECT_EQ(image.width, 40);
  EXPECT_EQ(image.height, 30);
  ASSERT_EQ(image.rgba.size(), 40u * 30u * 4u);
  EXPECT_EQ(pixel(image, 0, 0), (std::array<int, 4>{0x1D, 0x5F, 0xD1, 255})) << "the first band";
  EXPECT_EQ(pixel(image, 39, 29), (std::array<int, 4>{255, 255, 255, 255})) << "the last band";
}

TEST(ImageDecode, ReadsAJpegCloseToItsColours) {
  const DecodedImage image = decodeImage(fixture("stripes-32x24.jpg"));
  ASSERT_TRUE(image.ok());
  EXPECT_EQ(image.width, 32);
  EXPECT_EQ(image.height, 24);
  const auto white = pixel(image, 30, 12);
  for (int c = 0; c < 3; ++c) EXPECT_GT(white[c], 230) << "JPEG is lossy, but white stays near white";
  EXPECT_EQ(white[3], 255);
}

TEST(ImageDecode, RefusesWhatIsOverTheLimitsOrNotAPicture) {
  const DecodedImage wide = decodeImage(fixture("too-wide-3000x2.png"));
  EXPECT_EQ(wide.problem, DecodedImage::Problem::tooManyPixels);
  EXPECT_EQ(wide.width, 3000) << "the header's size, for the message";
  EXPECT_TRUE(wide.rgba.empty()) << "not a pixel decoded";
  EXPECT_EQ(decodeImage(fixture("truncated.png")).problem, DecodedImage::Problem::unreadable);
  EXPECT_EQ(decodeImage(fixture("not-png.png")).problem, DecodedImage::Problem::unreadable) << "GIF is not compiled in";
  EXPECT_EQ(decodeImage("").problem, DecodedImage::Problem::unreadable);
  std::string big = fixture("stripes-40x30.png");
  big.resize(limits::kMaxImageBytes + 1, '\0');
  EXPECT_EQ(decodeImage(big).problem, DecodedImage::Problem::tooLarge);
}

// The valid fixture course with a picture added to a page and a portrait to a persona.
class Images : public test::ValidCourse {
 protected:
  Course course;
  std::vector<Diagnostic> all;

  // Module 1 with `image` as a block after the first block of its first page.
  void withBlock(const nlohmann::json& image) {
    nlohmann::json m = json("modules/01-wmo-basis.json");
    auto& blocks = m["pages"][0]["blocks"];
    blocks.insert(blocks.begin() + 1, image);
    put("modules/01-wmo-basis.json", m);
  }
  void load(bool checkFiles = true) {
    LoadOptions options;
    const ImageFileChecks images(files);
    if (checkFiles) options.imageFiles = &images;
    course = loadCourse(files, "course.json", options);
    all = allDiagnostics(course);
  }
  std::vector<Diagnostic> errors() const {
    std::vector<Diagnostic> out;
    for (const Diagnostic& d : all)
      if (d.severity == Severity::error) out.push_back(d);
    return out;
  }
  Diagnostic onlyError() {
    auto e = errors();
    EXPECT_EQ(e.size(), 1u);
    if (e.size() != 1)
      for (const Diagnostic& d : e) ADD_FAILURE() << formatDiagnostic(d, Lang::en);
    return e.empty() ? Diagnostic{} : e[0];
  }
  static nlohmann::json block(const std::string& src) {
    return {{"type", "image"},
            {"src", src},
            {"alt", {{"nl", "Vier gekleurde banen"}, {"en", "Four coloured bands"}}},
            {"caption",
             {{
                  "nl",
                  "Een testbeeld",
              },
              {"en", "A test picture"}}}};
  }
};

TEST_F(Images, AnImageBlockLoadsWithItsTextsAndSize) {
  overlay.set("images/stripes.png", fixture("stripes-40x30.png"));
  withBlock(block("images/stripes.png"));
  load();
  ASSERT_TRUE(errors().empty()) << formatDiagnostic(errors()[0], Lang::en);
  const auto* image = std::get_if<ImageBlock>(&course.modules[0].pages[0].blocks[1]);
  ASSERT_NE(image, nullptr);
  EXPECT_EQ(image->image.src, "images/stripes.png");
  EXPECT_EQ(image->image.alt.en, "Four coloured bands");
  EXPECT_EQ(image->image.caption.nl, "Een testbeeld");
  EXPECT_FALSE(image->image.decorative);
  EXPECT_EQ(image->image.pointer, "/pages/0/blocks/1");
  EXPECT_EQ(image->image.width, 40) << "the build read its size";
  EXPECT_EQ(image->image.height, 30);
  EXPECT_FALSE(isFigure(course.modules[0].pages[0].blocks[1]));
}

TEST_F(Images, EachProblemWithTheFileIsALocatedErrorAtItsSrc) {
  struct Want {
    std::string fixture, code;
  };
  for (const Want& c : {Want{"", "image.missing"}, Want{"too-wide-3000x2.png", "limit.image-pixels"},
                        Want{"truncated.png", "image.unreadable"}, Want{"not-png.png", "image.unreadable"},
                        Want{"big", "limit.image-size"}}) {
    SCOPED_TRACE(c.code + " " + c.fixture);
    overlay = MemoryFileSource();
    if (c.fixture == "big")
      overlay.set("images/x.png", std::string(limits::kMaxImageBytes + 1, 'x'));
    else if (!c.fixture.empty())
      overlay.set("images/x.png", fixture(c.fixture));
    withBlock(block("images/x.png"));
    load();
    const Diagnostic d = onlyError();
    EXPECT_EQ(d.code, c.code);
    EXPECT_EQ(d.file, "modules/01-wmo-basis.json");
    EXPECT_EQ(d.pointer, "/pages/0/blocks/1/src");
    EXPECT_GT(d.line, 0);
    EXPECT_GT(d.column, 0);
    EXPECT_NE(d.message.en.find("images/x.png"), std::string::npos) << d.message.en;
    EXPECT_FALSE(course.modules[0].available);
    EXPECT_TRUE(course.modules[1].available) << "the rest of the course works";
  }
}

TEST_F(Images, WithoutTheFilesAtHandOnlyTheJsonIsChecked) {
  withBlock(block("images/not-here.png"));
  load(false);
  EXPECT_TRUE(errors().empty()) << "the page fetches the file when it draws it";
}

TEST_F(Images, AltTextIsRequiredInBothLanguagesUnlessDecorative) {
  nlohmann::json noAlt = block("images/x.png");
  noAlt.erase("alt");
  withBlock(noAlt);
  load(false);
  Diagnostic d = onlyError();
  EXPECT_EQ(d.code, "image.alt-missing");
  EXPECT_EQ(d.pointer, "/pages/0/blocks/1");

  nlohmann::json noEnglish = block("images/x.png");
  noEnglish["alt"]["en"] = "";
  withBlock(noEnglish);
  load(false);
  d = onlyError();
  EXPECT_EQ(d.pointer.rfind("/pages/0/blocks/1/alt", 0), 0u) << d.pointer;

  nlohmann::json decorative = noAlt;
  decorative["decorative"] = true;
  withBlock(decorative);
  load(false);
  EXPECT_TRUE(errors().empty());
  const auto* image = std::get_if<ImageBlock>(&course.modules[0].pages[0].blocks[1]);
  ASSERT_NE(image, nullptr);
  EXPECT_TRUE(image->image.decorative);
  EXPECT_TRUE(image->image.alt.empty());
}

TEST_F(Images, TheSrcStaysInTheImagesFolderAndIsAPngOrJpeg) {
  for (const std::string src : {"../secret.png", "images/../course.json", "images/x.gif", "https://x.nl/a.png",
                                "/images/x.png", "modules/x.png", "images/X.PNG"}) {
    SCOPED_TRACE(src);
    withBlock(block(src));
    load(false);
    const Diagnostic d = onlyError();
    EXPECT_EQ(d.pointer, "/pages/0/blocks/1/src");
  }
  for (const std::string src : {"images/a.png", "images/sub/b-2.jpg", "images/c_d.jpeg"}) {
    withBlock(block(src));
    load(false);
    EXPECT_TRUE(errors().empty()) << src;
  }
}

TEST_F(Images, APersonaMayHaveAPortraitCheckedLikeAnyPicture) {
  nlohmann::json c = json("cases/01-mantelzorg.json");
  c["personas"][0]["portrait"] = {
      {"src", "images/de-vries.jpg"},
      {"alt", {{"nl", "Portret van mevrouw De Vries"}, {"en", "Portrait of Mrs De Vries"}}}};
  put("cases/01-mantelzorg.json", c);
  overlay.set("images/de-vries.jpg", fixture("stripes-32x24.jpg"));
  load();
  ASSERT_TRUE(errors().empty()) << formatDiagnostic(errors()[0], Lang::en);
  const Persona& p = course.cases[0].personas[0];
  EXPECT_EQ(p.portrait.src, "images/de-vries.jpg");
  EXPECT_EQ(p.portrait.width, 32);
  EXPECT_FALSE(course.cases[0].personas[1].portrait.present());

  overlay.remove("images/de-vries.jpg");
  load();
  const Diagnostic d = onlyError();
  EXPECT_EQ(d.code, "image.missing");
  EXPECT_EQ(d.file, "cases/01-mantelzorg.json");
  EXPECT_EQ(d.pointer, "/personas/0/portrait/src");
}

TEST_F(Images, AModuleMayHaveACoverCheckedLikeAnyPictureAndCarriedByTheIndex) {
  nlohmann::json m = json("modules/01-wmo-basis.json");
  m["cover"] = {{"src", "images/omslag.png"}, {"alt", {{"nl", "Vier gekleurde banen"}, {"en", "Four coloured bands"}}}};
  put("modules/01-wmo-basis.json", m);
  overlay.set("images/omslag.png", fixture("stripes-800x400.png"));
  load();
  ASSERT_TRUE(errors().empty()) << formatDiagnostic(errors()[0], Lang::en);
  const Module& module = course.modules[0];
  EXPECT_EQ(module.cover.src, "images/omslag.png");
  EXPECT_EQ(module.cover.width, 800);
  EXPECT_FALSE(course.modules[1].cover.present());

  // Home reads the index only: the cover's file and alt text are in it, and its size.
  const std::optional<CourseIndex> index = readCourseIndex(writeCourseIndex(course, {}, {}, {}, {}));
  ASSERT_TRUE(index.has_value());
  const Module& standIn = index->modules[0];
  EXPECT_EQ(standIn.cover.src, "images/omslag.png");
  EXPECT_EQ(standIn.cover.alt.en, "Four coloured bands");
  EXPECT_FALSE(index->modules[1].cover.present());
  EXPECT_EQ(index->imageSizes.at("images/omslag.png"), std::make_pair(800, 400));

  overlay.remove("images/omslag.png");
  load();
  const Diagnostic d = onlyError();
  EXPECT_EQ(d.code, "image.missing");
  EXPECT_EQ(d.pointer, "/cover/src");

  m["cover"].erase("alt");
  put("modules/01-wmo-basis.json", m);
  load(false);
  EXPECT_EQ(onlyError().code, "image.alt-missing");
}

// The build writes every picture's size into the course index, so the page holds its place
// at the right size before the module's file (or the picture) has arrived.
TEST_F(Images, TheIndexCarriesThePictureSizesTheBuildRead) {
  overlay.set("images/stripes.png", fixture("stripes-800x400.png"));
  withBlock(block("images/stripes.png"));
  load();
  ASSERT_TRUE(errors().empty());
  const std::string text = writeCourseIndex(course, {}, {}, {}, {});
  const std::optional<CourseIndex> index = readCourseIndex(text);
  ASSERT_TRUE(index.has_value());
  EXPECT_EQ(index->imageSizes, (std::map<std::string, std::pair<int, int>>{{"images/stripes.png", {800, 400}}}));

  // An index without pictures, or with a malformed entry, still reads; the entry is left out.
  nlohmann::json j = nlohmann::json::parse(text);
  j["images"] = {{"images/a.png", "800x400"}, {"images/b.png", {10, 20}}};
  const std::optional<CourseIndex> odd = readCourseIndex(j.dump());
  ASSERT_TRUE(odd.has_value());
  EXPECT_EQ(odd->imageSizes, (std::map<std::string, std::pair<int, int>>{{"images/b.png", {10, 20}}}));
  j.erase("images");
  ASSERT_TRUE(readCourseIndex(j.dump()).has_value());
}

}  // namespace
}  // namespace leren::core
