#include "platform/native/file_storage.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace fs = std::filesystem;
using leren::platform::FileStorage;

namespace {

class FileStorageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("sdl-file-storage-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(FileStorageTest, MissingKeyLoadsNothing) {
  FileStorage storage(dir_);
  EXPECT_FALSE(storage.load("progress").has_value());
}

TEST_F(FileStorageTest, SaveThenLoadReturnsTheSameBytes) {
  FileStorage storage(dir_ / "nested" / "dir");
  const std::string value("P1;abc\0def\n\xff", 12);
  ASSERT_TRUE(storage.save("progress", value));
  auto loaded = storage.load("progress");
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ(*loaded, value);
}

TEST_F(FileStorageTest, SaveReplacesAndLeavesNoTemporaryFile) {
  FileStorage storage(dir_);
  ASSERT_TRUE(storage.save("k", "a long first value"));
  ASSERT_TRUE(storage.save("k", "short"));
  EXPECT_EQ(storage.load("k").value_or(""), "short");
  int files = 0;
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_NE(entry.path().extension(), ".tmp");
    ++files;
  }
  EXPECT_EQ(files, 1);
}

TEST_F(FileStorageTest, RemoveDeletesAndIsIdempotent) {
  FileStorage storage(dir_);
  ASSERT_TRUE(storage.save("k", "v"));
  EXPECT_TRUE(storage.remove("k"));
  EXPECT_FALSE(storage.load("k").has_value());
  EXPECT_TRUE(storage.remove("k"));
}

TEST_F(FileStorageTest, KeysCannotEscapeTheDirectory) {
  FileStorage storage(dir_);
  for (const std::string key : {"../escape", "/etc/passwd", "..", ".", "", "a/b", "sp ace"}) {
    const fs::path p = storage.pathFor(key);
    EXPECT_EQ(p.parent_path(), dir_) << key;
    ASSERT_TRUE(storage.save(key, "v:" + key)) << key;
  }
  // Distinct keys stay distinct files.
  EXPECT_EQ(storage.load("../escape").value_or(""), "v:../escape");
  EXPECT_EQ(storage.load("").value_or("x"), "v:");
  EXPECT_EQ(storage.load(".").value_or(""), "v:.");
  EXPECT_FALSE(fs::exists(dir_.parent_path() / "escape.txt"));
}

TEST_F(FileStorageTest, SaveFailsWhenTheDirectoryCannotBeCreated) {
  // A regular file where the directory should be.
  fs::create_directories(dir_);
  std::ofstream(dir_ / "blocker") << "x";
  FileStorage storage(dir_ / "blocker" / "sub");
  EXPECT_FALSE(storage.save("k", "v"));
  EXPECT_FALSE(storage.load("k").has_value());
}

}  // namespace
