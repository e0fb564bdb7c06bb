#pragma once
// Saves and restores learner progress through a platform Storage. Never loses data silently:
// progress that cannot be read is copied to "<key>.corrupt-backup" before the learner starts
// fresh, and the learner is told. Call save() right after every learner action.
#include <string>
#include <vector>

#include "core/content_model.hpp"
#include "core/progress.hpp"
#include "core/storage.hpp"

namespace leren::core {

// The storage key of a course's progress ("sdl-progress-<course id>").
std::string progressKey(const Course& course);

struct ProgressLoad {
  enum class Status {
    fresh,     // nothing stored yet
    restored,  // the stored progress, migrated to the current content (see notices)
    reset,     // stored data was unreadable: backed up, starting fresh (see message)
  };
  Status status = Status::fresh;
  Progress progress;
  std::vector<ProgressNotice> notices;  // what changed in the content since the last visit
  Text message;                         // for the learner when status == reset
  bool backupSaved = false;
  std::optional<std::string> stored;  // the text as it was stored (restored: to read again later)
};

class ProgressStore {
 public:
  // Both must outlive the store.
  ProgressStore(Storage& storage, const Course& course);

  ProgressLoad load();
  // What storage holds now, as stored (nothing when the key is absent or storage unreadable).
  std::optional<std::string> read() const { return storage_.load(key_); }
  // Stored text as progress of the current content (migrated); a fresh Progress for nothing
  // stored; nothing when the text is not progress of this course. No side effects (load()
  // backs unreadable data up; this is for re-reading what another tab wrote).
  std::optional<Progress> decode(const std::optional<std::string>& stored) const;
  bool save(const Progress& progress) { return saveEncoded(encode(progress)); }
  // The compact text of `progress` (what save() stores), and storing such a text.
  std::string encode(const Progress& progress) const;
  bool saveEncoded(const std::string& encoded);
  // Reads a stored text against the current catalog (after refreshCatalog()).
  DecodedProgress decodeAgain(std::string_view stored) const { return decodeProgress(stored, catalog_); }
  // The course's ids changed (a module or case loaded that differs from the course index).
  void refreshCatalog();
  const std::string& key() const { return key_; }
  std::string backupKey() const { return key_ + ".corrupt-backup"; }

 private:
  Storage& storage_;
  const Course& course_;
  ProgressCatalog catalog_;
  std::string key_;
};

}  // namespace leren::core
