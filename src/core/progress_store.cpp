#include "core/progress_store.hpp"

#include "core/progress_migration.hpp"

namespace leren::core {

std::string progressKey(const Course& course) { return "sdl-progress-" + course.id; }

ProgressStore::ProgressStore(Storage& storage, const Course& course)
    : storage_(storage), course_(course), catalog_(catalogFor(course)), key_(progressKey(course)) {}

ProgressLoad ProgressStore::load() {
  ProgressLoad result;
  const std::optional<std::string> stored = storage_.load(key_);
  if (!stored) return result;
  result.stored = stored;
  DecodedProgress decoded = decodeProgress(*stored, catalog_);
  switch (decoded.status) {
    case DecodedProgress::Status::empty:
      return result;
    case DecodedProgress::Status::ok:
      result.status = ProgressLoad::Status::restored;
      result.progress = std::move(decoded.progress);
      result.notices = std::move(decoded.notices);
      migrateCaseLogs(result.progress, course_, result.notices);
      return result;
    case DecodedProgress::Status::corrupt:
    case DecodedProgress::Status::otherCourse:
      break;
  }
  result.status = ProgressLoad::Status::reset;
  result.backupSaved = storage_.save(backupKey(), *stored);
  result.message = result.backupSaved
                         ? Text{"Je opgeslagen voortgang kon niet worden gelezen. Je begint opnieuw; een kopie van de oude gegevens is bewaard.",
                                "Your saved progress could not be read. You start afresh; a copy of the old data has been kept."}
                         : Text{"Je opgeslagen voortgang kon niet worden gelezen en er kon geen kopie worden bewaard. Je begint opnieuw.",
                                "Your saved progress could not be read and no copy could be kept. You start afresh."};
  return result;
}

void ProgressStore::refreshCatalog() { catalog_ = catalogFor(course_); }

std::optional<Progress> ProgressStore::decode(const std::optional<std::string>& stored) const {
  if (!stored) return Progress{};
  DecodedProgress decoded = decodeProgress(*stored, catalog_);
  if (decoded.status == DecodedProgress::Status::empty) return Progress{};
  if (decoded.status != DecodedProgress::Status::ok) return std::nullopt;
  std::vector<ProgressNotice> notices;  // told when this copy loaded; not again
  migrateCaseLogs(decoded.progress, course_, notices);
  return std::move(decoded.progress);
}

std::string ProgressStore::encode(const Progress& progress) const { return encodeProgress(progress, catalog_); }

bool ProgressStore::saveEncoded(const std::string& encoded) { return storage_.save(key_, encoded); }

}  // namespace leren::core
