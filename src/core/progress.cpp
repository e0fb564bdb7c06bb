#include "core/progress.hpp"

#include <algorithm>
#include <cmath>

#include "core/compact_bytes.hpp"

namespace leren::core {

namespace {

// P2 added the learner's seed, first attempts, the run number, undos, the scored run and the
// practice best; P1 is still read (its best result becomes the scored run).
constexpr std::string_view kPrefix = "P2;", kPrefixP1 = "P1;";
constexpr int kChecksumBytes = 4;
constexpr int kTextSizeMin = 50, kTextSizeMax = 300;

// The checksum over the encoded bytes (written after them, checked before decoding).
std::uint32_t checksumOf(const std::vector<std::uint8_t>& data) {
  return bytes::fnv1a32(std::string_view(reinterpret_cast<const char*>(data.data()), data.size()));
}

std::uint32_t idHash(std::string_view id, int width) {
  const std::uint32_t h = bytes::fnv1a32(id);
  return width >= 4 ? h : h & ((1u << (8 * width)) - 1);
}

bool collisionFree(const std::vector<std::string>& ids, int width) {
  std::map<std::uint32_t, std::string_view> seen;
  for (const auto& id : ids) {
    auto [it, inserted] = seen.emplace(idHash(id, width), id);
    if (!inserted && it->second != id) return false;
  }
  return true;
}

// Fixed-point conversion that cannot overflow: values are clamped to a sane range first.
std::int64_t toFixed(double value, double scale) {
  if (!std::isfinite(value)) return 0;
  const double scaled = std::clamp(value * scale, -1e15, 1e15);
  return static_cast<std::int64_t>(std::llround(scaled));
}

std::uint64_t thousandths(double share) {
  return static_cast<std::uint64_t>(std::clamp<std::int64_t>(toFixed(share, 1000), 0, 1000));
}
std::uint64_t tenths(double percent) {
  return static_cast<std::uint64_t>(std::clamp<std::int64_t>(toFixed(percent, 10), 0, 1000));
}

// hash -> id for one scope; ids whose hash is shared by another id are left out (ambiguous).
class Scope {
 public:
  Scope(const std::vector<std::string>& ids, int width) : width_(width) {
    std::set<std::uint32_t> ambiguous;
    for (const auto& id : ids) {
      const std::uint32_t h = idHash(id, width);
      auto [it, inserted] = byHash_.emplace(h, id);
      if (!inserted && it->second != id) ambiguous.insert(h);
    }
    for (std::uint32_t h : ambiguous) byHash_.erase(h);
  }
  const std::string* find(std::uint32_t hash) const {
    auto it = byHash_.find(hash);
    return it == byHash_.end() ? nullptr : &it->second;
  }
  int width() const { return width_; }

 private:
  int width_;
  std::map<std::uint32_t, std::string> byHash_;
};

std::vector<std::string> idsOf(const auto& items) {
  std::vector<std::string> ids;
  for (const auto& item : items) ids.push_back(item.id);
  return ids;
}

Text noticeText(ProgressNotice::Kind kind, const std::string& id) {
  using K = ProgressNotice::Kind;
  switch (kind) {
    case K::moduleRemoved:
      return {"Een module waarin je voortgang had, bestaat niet meer. Die voortgang is weggehaald.",
              "A module you had progress in no longer exists. That progress was removed."};
    case K::pageRemoved:
      return {"Een pagina die je had gelezen in module '" + id + "' bestaat niet meer.",
              "A page you had read in module '" + id + "' no longer exists."};
    case K::questionRemoved:
      return {
          "Een vraag die je had beantwoord in module '" + id + "' bestaat niet meer; je score daarvoor is weggehaald.",
          "A question you had answered in module '" + id + "' no longer exists; its score was removed."};
    case K::figureRemoved:
      return {"Een figuur die je had ingesteld in module '" + id +
                  "' is veranderd; je instellingen daarvan zijn weggehaald.",
              "A figure you had set in module '" + id + "' has changed; your settings for it were removed."};
    case K::caseRemoved:
      return {"Een casus waarin je voortgang had, bestaat niet meer. Die voortgang is weggehaald.",
              "A case you had progress in no longer exists. That progress was removed."};
    case K::caseRestarted:
      return {"De casus '" + id +
                  "' is veranderd sinds je eraan werkte. Je begint deze casus opnieuw; je eerdere resultaten blijven "
                  "bewaard.",
              "The case '" + id +
                  "' has changed since you worked on it. You start this case again; your earlier results are kept."};
    case K::endingRemoved:
      return {"Een einde dat je had bereikt in casus '" + id + "' bestaat niet meer.",
              "An ending you had reached in case '" + id + "' no longer exists."};
    case K::positionLost:
      return {"De plek waar je was gebleven bestaat niet meer. Je begint bij het overzicht.",
              "The place where you left off no longer exists. You start at the overview."};
  }
  return {};
}

void notify(std::vector<ProgressNotice>& out, ProgressNotice::Kind kind, const std::string& id) {
  // One notice per kind and module/case is enough for the learner.
  for (const auto& n : out)
    if (n.kind == kind && n.id == id) return;
  out.push_back({kind, id, noticeText(kind, id)});
}

}  // namespace

int idHashWidth(const ProgressCatalog& catalog) {
  for (int width = 2; width < 4; ++width) {
    bool ok = collisionFree(idsOf(catalog.modules), width) && collisionFree(idsOf(catalog.cases), width);
    for (const auto& m : catalog.modules) {
      ok = ok && collisionFree(m.pages, width) && collisionFree(m.questions, width) &&
           collisionFree(idsOf(m.figures), width);
      for (const auto& f : m.figures) ok = ok && collisionFree(f.keys, width);
    }
    for (const auto& c : catalog.cases)
      ok = ok && collisionFree(c.choices, width) && collisionFree(c.endings, width) &&
           collisionFree(c.dimensions, width);
    if (ok) return width;
  }
  return 4;
}

std::string encodeProgress(const Progress& p, const ProgressCatalog& catalog) {
  const int width = idHashWidth(catalog);
  bytes::Writer w;
  auto id = [&](const std::string& s) { w.fixed(idHash(s, width), width); };

  w.u8(static_cast<std::uint8_t>(width));
  w.fixed(bytes::fnv1a32(catalog.courseId), 4);

  w.u8(static_cast<std::uint8_t>(p.settings.language));
  w.varint(static_cast<std::uint64_t>(std::clamp(p.settings.textSizePercent, kTextSizeMin, kTextSizeMax)));
  w.u8(static_cast<std::uint8_t>(p.settings.theme));
  w.u8(p.settings.reducedMotion ? 1 : 0);
  w.fixed(p.seed, 4);

  w.u8(static_cast<std::uint8_t>(p.last.kind));
  if (p.last.kind != Position::Kind::none) id(p.last.container);
  if (p.last.kind == Position::Kind::page) id(p.last.page);

  w.varint(p.modules.size());
  for (const auto& [moduleId, m] : p.modules) {
    id(moduleId);
    w.varint(m.visitedPages.size());
    for (const auto& page : m.visitedPages) id(page);
    w.varint(m.questions.size());
    for (const auto& [questionId, q] : m.questions) {
      id(questionId);
      w.varint(q.firstScore ? thousandths(*q.firstScore) + 1 : 0);
      w.varint(thousandths(q.bestScore));
      w.varint(static_cast<std::uint64_t>(std::max(q.attempts, 0)));
    }
    w.varint(m.figures.size());
    for (const auto& [figureId, values] : m.figures) {
      id(figureId);
      w.varint(values.size());
      for (const auto& [key, value] : values) {
        id(key);
        w.zigzag(toFixed(value, 100));
      }
    }
  }

  w.varint(p.cases.size());
  for (const auto& [caseId, c] : p.cases) {
    id(caseId);
    w.fixed(c.contentHash & 0xffffffffu, 4);
    w.varint(static_cast<std::uint64_t>(std::max(c.run, 0)));
    w.varint(c.choiceLog.size());
    for (const auto& choice : c.choiceLog) id(choice);
    w.varint(c.endingsReached.size());
    for (const auto& ending : c.endingsReached) id(ending);
    w.varint(static_cast<std::uint64_t>(std::max(c.runsCompleted, 0)));
    w.varint(static_cast<std::uint64_t>(std::max(c.undos, 0)));
    // 0 = none; otherwise tenths of a percent + 1.
    w.varint(c.practiceBest ? tenths(*c.practiceBest) + 1 : 0);
    // 0 = no scored run, 1 = failed, 2 = passed; + 4 when the current run is practice.
    w.u8(static_cast<std::uint8_t>((c.scored ? (c.scored->passed ? 2 : 1) : 0) + (c.practice ? 4 : 0)));
    if (c.scored) {
      w.u8(c.scored->ending.empty() ? 0 : 1);
      if (!c.scored->ending.empty()) id(c.scored->ending);
      w.varint(tenths(c.scored->percent));
      w.varint(c.scored->scores.size());
      for (const auto& [dimension, points] : c.scored->scores) {
        id(dimension);
        w.zigzag(toFixed(points, 100));
      }
    }
  }

  std::vector<std::uint8_t> data = w.data();
  const std::uint32_t checksum = checksumOf(data);
  for (int i = 0; i < kChecksumBytes; ++i) data.push_back(static_cast<std::uint8_t>(checksum >> (8 * i)));
  return std::string(kPrefix) + bytes::base64urlEncode(data);
}

DecodedProgress decodeProgress(std::string_view text, const ProgressCatalog& catalog) {
  DecodedProgress result;
  auto corrupt = [&] {
    DecodedProgress r;
    r.status = DecodedProgress::Status::corrupt;
    return r;
  };
  if (text.empty()) return result;  // status empty
  const bool p1 = text.substr(0, kPrefixP1.size()) == kPrefixP1;
  if (!p1 && text.substr(0, kPrefix.size()) != kPrefix) return corrupt();
  auto decoded = bytes::base64urlDecode(text.substr(kPrefix.size()));
  if (!decoded || decoded->size() < 1 + 4 + kChecksumBytes) return corrupt();
  std::vector<std::uint8_t> data = std::move(*decoded);
  std::uint32_t stored = 0;
  for (int i = 0; i < kChecksumBytes; ++i)
    stored |= static_cast<std::uint32_t>(data[data.size() - kChecksumBytes + i]) << (8 * i);
  data.resize(data.size() - kChecksumBytes);
  if (checksumOf(data) != stored) return corrupt();

  bytes::Reader r(data);
  const int width = r.u8();
  if (width < 2 || width > 4) return corrupt();
  if (r.fixed(4) != bytes::fnv1a32(catalog.courseId)) {
    if (r.failed()) return corrupt();
    DecodedProgress other;
    other.status = DecodedProgress::Status::otherCourse;
    return other;
  }
  auto readId = [&] { return static_cast<std::uint32_t>(r.fixed(width)); };

  Progress& p = result.progress;
  auto& notices = result.notices;
  using K = ProgressNotice::Kind;

  const std::uint8_t lang = r.u8();
  const std::uint64_t textSize = r.varint();
  const std::uint8_t theme = r.u8();
  const std::uint8_t motion = r.u8();
  if (lang > 1 || theme > 2 || motion > 1) return corrupt();
  p.settings.language = static_cast<Lang>(lang);
  p.settings.textSizePercent = static_cast<int>(std::clamp<std::uint64_t>(textSize, kTextSizeMin, kTextSizeMax));
  p.settings.theme = static_cast<Theme>(theme);
  p.settings.reducedMotion = motion == 1;
  if (!p1) p.seed = static_cast<std::uint32_t>(r.fixed(4));

  const std::uint8_t kind = r.u8();
  if (kind > 3) return corrupt();
  std::uint32_t positionContainer = 0, positionPage = 0;
  if (kind != 0) positionContainer = readId();
  if (kind == static_cast<std::uint8_t>(Position::Kind::page)) positionPage = readId();

  const Scope modules(idsOf(catalog.modules), width);
  std::map<std::string, const ProgressCatalog::Module*> moduleById;
  for (const auto& m : catalog.modules) moduleById[m.id] = &m;
  const std::size_t moduleCount = r.count(width);
  for (std::size_t i = 0; i < moduleCount && !r.failed(); ++i) {
    const std::string* moduleId = modules.find(readId());
    const ProgressCatalog::Module* cm = moduleId ? moduleById[*moduleId] : nullptr;
    const Scope pages(cm ? cm->pages : std::vector<std::string>{}, width);
    const Scope questions(cm ? cm->questions : std::vector<std::string>{}, width);
    const Scope figures(cm ? idsOf(cm->figures) : std::vector<std::string>{}, width);
    ModuleProgress mp;
    for (std::size_t n = r.count(width), k = 0; k < n; ++k) {
      const std::string* page = pages.find(readId());
      if (page)
        mp.visitedPages.insert(*page);
      else if (cm)
        notify(notices, K::pageRemoved, cm->id);
    }
    for (std::size_t n = r.count(width + 2), k = 0; k < n; ++k) {
      const std::string* question = questions.find(readId());
      QuestionProgress q;
      if (!p1)
        if (const std::uint64_t first = r.varint(); first > 0)
          q.firstScore = static_cast<double>(std::min<std::uint64_t>(first - 1, 1000)) / 1000.0;
      q.bestScore = static_cast<double>(std::min<std::uint64_t>(r.varint(), 1000)) / 1000.0;
      q.attempts = static_cast<int>(std::min<std::uint64_t>(r.varint(), 1000000));
      if (question)
        mp.questions[*question] = q;
      else if (cm)
        notify(notices, K::questionRemoved, cm->id);
    }
    for (std::size_t n = r.count(width + 1), k = 0; k < n; ++k) {
      const std::string* figure = figures.find(readId());
      const ProgressCatalog::Figure* cf = nullptr;
      if (figure && cm)
        for (const auto& f : cm->figures)
          if (f.id == *figure) cf = &f;
      const Scope keys(cf ? cf->keys : std::vector<std::string>{}, width);
      std::map<std::string, double> values;
      bool lost = !cf;
      for (std::size_t vn = r.count(width + 1), v = 0; v < vn; ++v) {
        const std::string* key = keys.find(readId());
        const double value = static_cast<double>(r.zigzag()) / 100.0;
        if (key)
          values[*key] = value;
        else
          lost = true;
      }
      if (cf && !values.empty()) mp.figures[cf->id] = std::move(values);
      if (lost && cm) notify(notices, K::figureRemoved, cm->id);
    }
    if (cm)
      p.modules[cm->id] = std::move(mp);
    else
      notify(notices, K::moduleRemoved, "");
  }

  const Scope cases(idsOf(catalog.cases), width);
  std::map<std::string, const ProgressCatalog::Case*> caseById;
  for (const auto& c : catalog.cases) caseById[c.id] = &c;
  const std::size_t caseCount = r.count(width + 4);
  for (std::size_t i = 0; i < caseCount && !r.failed(); ++i) {
    const std::string* caseId = cases.find(readId());
    const ProgressCatalog::Case* cc = caseId ? caseById[*caseId] : nullptr;
    const Scope choices(cc ? cc->choices : std::vector<std::string>{}, width);
    const Scope endings(cc ? cc->endings : std::vector<std::string>{}, width);
    const Scope dimensions(cc ? cc->dimensions : std::vector<std::string>{}, width);
    CaseProgress cp;
    const std::uint64_t hash = r.fixed(4);
    if (!p1) cp.run = static_cast<int>(std::min<std::uint64_t>(r.varint(), 1000000));
    bool logLost = false;
    for (std::size_t n = r.count(width), k = 0; k < n; ++k) {
      const std::string* choice = choices.find(readId());
      if (choice)
        cp.choiceLog.push_back(*choice);
      else
        logLost = true;
    }
    for (std::size_t n = r.count(width), k = 0; k < n; ++k) {
      const std::string* ending = endings.find(readId());
      if (ending)
        cp.endingsReached.insert(*ending);
      else if (cc)
        notify(notices, K::endingRemoved, cc->id);
    }
    cp.runsCompleted = static_cast<int>(std::min<std::uint64_t>(r.varint(), 1000000));
    auto percentOf = [](std::uint64_t v) { return static_cast<double>(std::min<std::uint64_t>(v, 1000)) / 10.0; };
    auto readScores = [&](RunResult& run) {
      for (std::size_t n = r.count(width + 1), k = 0; k < n; ++k) {
        const std::string* dimension = dimensions.find(readId());
        const double points = static_cast<double>(r.zigzag()) / 100.0;
        if (dimension) run.scores[*dimension] = points;
      }
    };
    if (p1) {
      // P1 kept the best run, not the first: it is all there is of the scored run.
      if (const std::uint64_t best = r.varint(); best > 0) {
        cp.scored = RunResult{};
        cp.scored->percent = percentOf(best - 1);
      }
      RunResult scores;
      readScores(scores);
      if (cp.scored) cp.scored->scores = std::move(scores.scores);
    } else {
      cp.undos = static_cast<int>(std::min<std::uint64_t>(r.varint(), 1000000));
      if (const std::uint64_t best = r.varint(); best > 0) cp.practiceBest = percentOf(best - 1);
      const std::uint8_t flags = r.u8();
      const std::uint8_t scored = flags & 3;
      if (scored > 2 || flags > 6) return corrupt();
      cp.practice = (flags & 4) != 0;
      if (scored > 0) {
        RunResult run;
        run.passed = scored == 2;
        if (r.u8() == 1) {
          const std::string* ending = endings.find(readId());
          if (ending) run.ending = *ending;
        }
        run.percent = percentOf(r.varint());
        readScores(run);
        cp.scored = std::move(run);
      }
    }
    if (!cc) {
      notify(notices, K::caseRemoved, "");
      continue;
    }
    // The full hash when the low bits still match: the log was made on this very case.
    cp.contentHash = (cc->contentHash & 0xffffffffu) == hash ? cc->contentHash : hash;
    if (logLost) {
      cp.choiceLog.clear();
      cp.contentHash = cc->contentHash;
      notify(notices, K::caseRestarted, cc->id);
    }
    p.cases[cc->id] = std::move(cp);
  }

  if (r.failed() || !r.atEnd()) return corrupt();

  // Resolve the position last: it may point at a module or case that is gone.
  if (kind != 0) {
    const bool isCase = kind == static_cast<std::uint8_t>(Position::Kind::caseRun);
    const std::string* container = (isCase ? cases : modules).find(positionContainer);
    std::optional<std::string> page;
    if (container && kind == static_cast<std::uint8_t>(Position::Kind::page)) {
      for (const auto& m : catalog.modules) {
        if (m.id != *container) continue;
        const Scope pages(m.pages, width);
        if (const std::string* found = pages.find(positionPage)) page = *found;
      }
    }
    if (!container || (kind == static_cast<std::uint8_t>(Position::Kind::page) && !page)) {
      notify(notices, K::positionLost, "");
    } else {
      p.last.kind = static_cast<Position::Kind>(kind);
      p.last.container = *container;
      if (page) p.last.page = *page;
    }
  }
  result.status = DecodedProgress::Status::ok;
  return result;
}

}  // namespace leren::core
