#include "core/progress.hpp"

#include <gtest/gtest.h>

#include <cstdio>

#include "core/compact_bytes.hpp"

using namespace leren::core;
using Status = DecodedProgress::Status;
using Kind = ProgressNotice::Kind;

namespace {

std::string num(const char* prefix, int i) { return prefix + std::to_string(i); }

// A course as large as the suspend_data requirement: 10 modules x 8 pages x 8 questions,
// 12 cases x 20 choices, with realistic (long) author ids.
ProgressCatalog bigCatalog() {
  ProgressCatalog c;
  c.courseId = "sociaal-domein-leren";
  for (int m = 0; m < 10; ++m) {
    ProgressCatalog::Module mod;
    mod.id = num("module-over-het-sociaal-domein-", m);
    for (int p = 0; p < 8; ++p) mod.pages.push_back(num("pagina-met-een-lange-naam-", p));
    for (int q = 0; q < 8; ++q) mod.questions.push_back(num("vraag-over-de-wet-", q));
    mod.figures.push_back(
        {"radar-positieve-gezondheid", {"lichaam", "mentaal", "zingeving", "kwaliteit", "meedoen", "dagelijks"}});
    mod.figures.push_back({"kostendelersnorm", {"aantal_kostendelers", "netto_inkomen"}});
    c.modules.push_back(mod);
  }
  for (int k = 0; k < 12; ++k) {
    ProgressCatalog::Case cs;
    cs.id = num("casus-mevrouw-de-vries-", k);
    cs.contentHash = 0x1234567890abcdefull + static_cast<unsigned>(k);
    for (int ch = 0; ch < 60; ++ch) cs.choices.push_back(num("keuze-melding-vastleggen-", ch));
    for (int e = 0; e < 4; ++e) cs.endings.push_back(num("einde-", e));
    for (int d = 0; d < 4; ++d) cs.dimensions.push_back(num("dimensie_", d));
    c.cases.push_back(cs);
  }
  return c;
}

// A learner who did everything, several times.
Progress everything(const ProgressCatalog& c) {
  Progress p;
  p.settings = {Lang::en, 150, Theme::highContrast, true};
  p.last = {Position::Kind::page, c.modules[9].id, c.modules[9].pages[7]};
  for (const auto& m : c.modules) {
    ModuleProgress& mp = p.modules[m.id];
    for (const auto& page : m.pages) mp.visitedPages.insert(page);
    int i = 0;
    for (const auto& q : m.questions) {
      mp.questions[q] = {0.25 * (i % 5), 0.125 * (i % 9), 1 + i % 4};
      ++i;
    }
    mp.figures["radar-positieve-gezondheid"] = {{"lichaam", 7.5}, {"mentaal", 3},    {"zingeving", 10},
                                                {"kwaliteit", 0}, {"meedoen", 6.25}, {"dagelijks", 9}};
    mp.figures["kostendelersnorm"] = {{"aantal_kostendelers", 3}, {"netto_inkomen", 1456.78}};
  }
  for (const auto& cs : c.cases) {
    CaseProgress& cp = p.cases[cs.id];
    cp.contentHash = cs.contentHash;
    for (int i = 0; i < 20; ++i) cp.choiceLog.push_back(cs.choices[static_cast<size_t>(i * 3)]);
    for (const auto& e : cs.endings) cp.endingsReached.insert(e);
    cp.run = 6;
    cp.runsCompleted = 7;
    cp.undos = 12;
    cp.practice = true;
    cp.practiceBest = 91.3;
    cp.scored = RunResult{cs.endings[0], 87.5, true, {}};
    for (const auto& d : cs.dimensions) cp.scored->scores[d] = -2.5 + static_cast<double>(d.size());
  }
  return p;
}

ProgressCatalog smallCatalog() {
  ProgressCatalog c;
  c.courseId = "cursus";
  c.modules.push_back({"wmo", {"melding", "onderzoek"}, {"q1", "q2"}, {{"radar", {"a", "b", "c"}}}});
  c.modules.push_back({"jeugd", {"intro"}, {"j1"}, {}});
  c.cases.push_back({"dementie", 42, {"bellen", "wachten", "doorverwijzen"}, {"goed", "slecht"}, {"juridisch"}});
  return c;
}

Progress smallProgress() {
  Progress p;
  p.last = {Position::Kind::caseRun, "dementie", ""};
  p.modules["wmo"].visitedPages = {"melding", "onderzoek"};
  p.seed = 0xdecaf;
  p.modules["wmo"].questions["q1"] = {0.0, 0.5, 2};
  p.modules["wmo"].figures["radar"] = {{"a", 1}, {"b", 2.5}};
  p.modules["jeugd"].visitedPages = {"intro"};
  CaseProgress& cp = p.cases["dementie"];
  cp.choiceLog = {"bellen", "wachten"};
  cp.contentHash = 42;
  cp.endingsReached = {"goed"};
  cp.runsCompleted = 1;
  cp.scored = RunResult{"goed", 66.7, false, {{"juridisch", 3}}};
  return p;
}

}  // namespace

TEST(Progress, EmptyProgressRoundTrips) {
  const ProgressCatalog c = smallCatalog();
  const std::string text = encodeProgress(Progress{}, c);
  EXPECT_EQ(text.substr(0, 3), "P2;");
  const DecodedProgress d = decodeProgress(text, c);
  EXPECT_EQ(d.status, Status::ok);
  EXPECT_EQ(d.progress, Progress{});
  EXPECT_TRUE(d.notices.empty());
}

TEST(Progress, EverythingRoundTripsExactly) {
  const ProgressCatalog c = smallCatalog();
  const Progress p = smallProgress();
  const DecodedProgress d = decodeProgress(encodeProgress(p, c), c);
  ASSERT_EQ(d.status, Status::ok);
  EXPECT_EQ(d.progress, p);
  EXPECT_TRUE(d.notices.empty());
}

TEST(Progress, FullCourseFitsScormSuspendData) {
  const ProgressCatalog c = bigCatalog();
  const Progress p = everything(c);
  const std::string text = encodeProgress(p, c);
  std::printf(
      "[ progress ] learner who completed everything (10 modules x 8 pages x 8 questions + 2 figures, "
      "12 cases x 20 choices): %zu characters of 4096\n",
      text.size());
  EXPECT_LE(text.size(), 4096u);
  const DecodedProgress d = decodeProgress(text, c);
  ASSERT_EQ(d.status, Status::ok);
  EXPECT_EQ(d.progress.settings, p.settings);
  EXPECT_EQ(d.progress.last, p.last);
  EXPECT_EQ(d.progress.modules, p.modules);
  EXPECT_EQ(d.progress.cases, p.cases);
  EXPECT_TRUE(d.notices.empty());
}

TEST(Progress, EmptyTextIsANewLearner) { EXPECT_EQ(decodeProgress("", smallCatalog()).status, Status::empty); }

TEST(Progress, ForeignOrDamagedTextIsCorrupt) {
  const ProgressCatalog c = smallCatalog();
  for (const char* bad : {"hello", "P1;", "P1;!!!!", "P2;AAAA", "P1;AAAAAAAAAAAAAAAA", "{\"json\":1}"})
    EXPECT_EQ(decodeProgress(bad, c).status, Status::corrupt) << bad;
}

TEST(Progress, EveryTruncationIsCorrupt) {
  const ProgressCatalog c = smallCatalog();
  const std::string text = encodeProgress(smallProgress(), c);
  for (size_t n = 1; n < text.size(); ++n) {
    const DecodedProgress d = decodeProgress(text.substr(0, n), c);
    EXPECT_EQ(d.status, Status::corrupt) << n;
    EXPECT_EQ(d.progress, Progress{});
  }
}

TEST(Progress, EverySingleCharacterChangeIsCorrupt) {
  const ProgressCatalog c = smallCatalog();
  const std::string text = encodeProgress(smallProgress(), c);
  for (size_t i = 3; i < text.size(); ++i) {
    std::string damaged = text;
    damaged[i] = damaged[i] == 'A' ? 'B' : 'A';
    // The last character may carry unused padding bits; changing only those is harmless.
    const DecodedProgress d = decodeProgress(damaged, c);
    if (d.status == Status::ok) {
      EXPECT_EQ(i, text.size() - 1);
      EXPECT_EQ(d.progress, smallProgress());
    } else {
      EXPECT_EQ(d.status, Status::corrupt) << i;
    }
  }
}

TEST(Progress, ValidChecksumButImpossibleContentIsCorrupt) {
  // Build payloads by hand with a correct checksum, so only the structure checks can catch them.
  auto wrap = [](const bytes::Writer& w) {
    std::vector<std::uint8_t> data = w.data();
    const std::uint32_t sum = bytes::fnv1a32(std::string_view(reinterpret_cast<const char*>(data.data()), data.size()));
    for (int i = 0; i < 4; ++i) data.push_back(static_cast<std::uint8_t>(sum >> (8 * i)));
    return "P1;" + bytes::base64urlEncode(data);
  };
  const ProgressCatalog c = smallCatalog();
  auto header = [&](int width, int lang, int theme) {
    bytes::Writer w;
    w.u8(static_cast<std::uint8_t>(width));
    w.fixed(bytes::fnv1a32(c.courseId), 4);
    w.u8(static_cast<std::uint8_t>(lang));
    w.varint(100);
    w.u8(static_cast<std::uint8_t>(theme));
    w.u8(0);
    return w;
  };
  auto finish = [](bytes::Writer w, int kind) {
    w.u8(static_cast<std::uint8_t>(kind));
    w.varint(0);
    w.varint(0);
    return w;
  };
  EXPECT_EQ(decodeProgress(wrap(finish(header(2, 0, 0), 0)), c).status, Status::ok);
  EXPECT_EQ(decodeProgress(wrap(finish(header(9, 0, 0), 0)), c).status, Status::corrupt);  // width
  EXPECT_EQ(decodeProgress(wrap(finish(header(2, 5, 0), 0)), c).status, Status::corrupt);  // language
  EXPECT_EQ(decodeProgress(wrap(finish(header(2, 0, 7), 0)), c).status, Status::corrupt);  // theme
  EXPECT_EQ(decodeProgress(wrap(finish(header(2, 0, 0), 9)), c).status, Status::corrupt);  // position kind
  bytes::Writer trailing = finish(header(2, 0, 0), 0);
  trailing.u8(0);
  EXPECT_EQ(decodeProgress(wrap(trailing), c).status, Status::corrupt);
  bytes::Writer hugeCount = header(2, 0, 0);
  hugeCount.u8(0);
  hugeCount.varint(1ull << 40);  // more modules than bytes left
  EXPECT_EQ(decodeProgress(wrap(hugeCount), c).status, Status::corrupt);
}

TEST(Progress, ProgressOfAnotherCourseIsRecognised) {
  ProgressCatalog other = smallCatalog();
  other.courseId = "andere-cursus";
  const std::string text = encodeProgress(smallProgress(), other);
  const DecodedProgress d = decodeProgress(text, smallCatalog());
  EXPECT_EQ(d.status, Status::otherCourse);
  EXPECT_EQ(d.progress, Progress{});
}

TEST(Progress, RemovedIdsAreDroppedWithNotices) {
  const ProgressCatalog before = smallCatalog();
  const std::string text = encodeProgress(smallProgress(), before);

  ProgressCatalog after = before;
  after.modules[0].pages = {"melding", "besluit"};  // "onderzoek" removed
  after.modules[0].questions = {"q2"};              // "q1" removed
  after.modules[0].figures[0].keys = {"a", "c"};    // radar axis "b" removed
  after.modules.pop_back();                         // module "jeugd" removed
  after.cases[0].endings = {"slecht"};              // ending "goed" removed

  const DecodedProgress d = decodeProgress(text, after);
  ASSERT_EQ(d.status, Status::ok);
  const ModuleProgress& wmo = d.progress.modules.at("wmo");
  EXPECT_EQ(wmo.visitedPages, (std::set<std::string>{"melding"}));
  EXPECT_TRUE(wmo.questions.empty());
  EXPECT_EQ(wmo.figures.at("radar"), (std::map<std::string, double>{{"a", 1}}));
  EXPECT_EQ(d.progress.modules.count("jeugd"), 0u);
  EXPECT_TRUE(d.progress.cases.at("dementie").endingsReached.empty());
  // The case log itself still resolves, so the case is not restarted.
  EXPECT_EQ(d.progress.cases.at("dementie").choiceLog, (std::vector<std::string>{"bellen", "wachten"}));

  std::set<Kind> kinds;
  for (const auto& n : d.notices) {
    kinds.insert(n.kind);
    EXPECT_FALSE(n.message.nl.empty());
    EXPECT_FALSE(n.message.en.empty());
  }
  EXPECT_EQ(kinds, (std::set<Kind>{Kind::pageRemoved, Kind::questionRemoved, Kind::figureRemoved, Kind::moduleRemoved,
                                   Kind::endingRemoved}));
}

TEST(Progress, CaseWithAVanishedChoiceRestartsOnlyThatCase) {
  const ProgressCatalog before = smallCatalog();
  Progress p = smallProgress();
  const std::string text = encodeProgress(p, before);
  ProgressCatalog after = before;
  after.cases[0].choices = {"bellen", "doorverwijzen"};  // "wachten" removed
  after.cases[0].contentHash = 43;

  const DecodedProgress d = decodeProgress(text, after);
  ASSERT_EQ(d.status, Status::ok);
  const CaseProgress& cp = d.progress.cases.at("dementie");
  EXPECT_TRUE(cp.choiceLog.empty());
  EXPECT_EQ(cp.contentHash, 43u);
  // Earlier results are kept.
  EXPECT_EQ(cp.endingsReached, (std::set<std::string>{"goed"}));
  EXPECT_EQ(cp.scored->percent, 66.7);
  ASSERT_EQ(d.notices.size(), 1u);
  EXPECT_EQ(d.notices[0].kind, Kind::caseRestarted);
  EXPECT_EQ(d.notices[0].id, "dementie");
  EXPECT_NE(d.notices[0].message.nl.find("dementie"), std::string::npos);
  EXPECT_EQ(d.progress.modules, p.modules);
}

TEST(Progress, ChangedCaseKeepsTheStoredHashSoMigrationCanReplay) {
  const ProgressCatalog before = smallCatalog();
  const std::string text = encodeProgress(smallProgress(), before);
  ProgressCatalog after = before;
  after.cases[0].contentHash = 0xabcdef0000000099ull;
  const DecodedProgress d = decodeProgress(text, after);
  ASSERT_EQ(d.status, Status::ok);
  EXPECT_EQ(d.progress.cases.at("dementie").contentHash, 42u);
  EXPECT_EQ(d.progress.cases.at("dementie").choiceLog.size(), 2u);
}

TEST(Progress, RemovedCaseAndLostPositionAreNoticed) {
  const ProgressCatalog before = smallCatalog();
  const std::string text = encodeProgress(smallProgress(), before);
  ProgressCatalog after = before;
  after.cases.clear();
  const DecodedProgress d = decodeProgress(text, after);
  ASSERT_EQ(d.status, Status::ok);
  EXPECT_TRUE(d.progress.cases.empty());
  EXPECT_EQ(d.progress.last, Position{});
  std::set<Kind> kinds;
  for (const auto& n : d.notices) kinds.insert(n.kind);
  EXPECT_EQ(kinds, (std::set<Kind>{Kind::caseRemoved, Kind::positionLost}));
}

TEST(Progress, PagePositionSurvivesWhenThePageExists) {
  const ProgressCatalog c = smallCatalog();
  Progress p;
  p.last = {Position::Kind::page, "wmo", "onderzoek"};
  EXPECT_EQ(decodeProgress(encodeProgress(p, c), c).progress.last, p.last);
  ProgressCatalog after = c;
  after.modules[0].pages = {"melding"};
  const DecodedProgress d = decodeProgress(encodeProgress(p, c), after);
  EXPECT_EQ(d.progress.last, Position{});
  ASSERT_EQ(d.notices.size(), 1u);
  EXPECT_EQ(d.notices[0].kind, Kind::positionLost);
}

TEST(Progress, HashWidthGrowsOnlyWhenIdsCollide) {
  ProgressCatalog c = smallCatalog();
  EXPECT_EQ(idHashWidth(c), 2);
  // Find two page ids whose 16-bit hashes collide (deterministic search).
  std::map<std::uint32_t, std::string> seen;
  std::string a, b;
  for (int i = 0; a.empty(); ++i) {
    const std::string id = "pagina-" + std::to_string(i);
    const std::uint32_t h = bytes::fnv1a32(id) & 0xffff;
    auto [it, inserted] = seen.emplace(h, id);
    if (!inserted) {
      a = it->second;
      b = id;
    }
  }
  c.modules[0].pages = {a, b};
  EXPECT_GE(idHashWidth(c), 3);
  Progress p;
  p.modules["wmo"].visitedPages = {a, b};
  p.last = {Position::Kind::page, "wmo", b};
  const DecodedProgress d = decodeProgress(encodeProgress(p, c), c);
  ASSERT_EQ(d.status, Status::ok);
  EXPECT_EQ(d.progress, p);
}

TEST(Progress, OutOfRangeValuesAreClampedNotCorrupting) {
  const ProgressCatalog c = smallCatalog();
  Progress p;
  p.settings.textSizePercent = 5000;
  p.modules["wmo"].questions["q1"] = {-1.0, 7.0, -3};
  p.modules["wmo"].figures["radar"] = {{"a", 1e300}, {"b", -0.004}};
  p.cases["dementie"].scored = RunResult{"goed", 250, true, {}};
  p.cases["dementie"].practiceBest = -4;
  const DecodedProgress d = decodeProgress(encodeProgress(p, c), c);
  ASSERT_EQ(d.status, Status::ok);
  EXPECT_EQ(d.progress.settings.textSizePercent, 300);
  EXPECT_EQ(d.progress.modules.at("wmo").questions.at("q1").bestScore, 1.0);
  EXPECT_EQ(d.progress.modules.at("wmo").questions.at("q1").attempts, 0);
  EXPECT_EQ(d.progress.modules.at("wmo").figures.at("radar").at("a"), 1e13);
  EXPECT_EQ(d.progress.modules.at("wmo").figures.at("radar").at("b"), 0.0);
  EXPECT_EQ(d.progress.cases.at("dementie").scored->percent, 100.0);
  EXPECT_EQ(d.progress.cases.at("dementie").practiceBest, 0.0);
  EXPECT_EQ(d.progress.modules.at("wmo").questions.at("q1").firstScore, 0.0);
}

// Progress saved in the format before first attempts and scored runs (P1, made by the
// encoder of that version from smallProgress() with English as the language) still reads:
// its best case result becomes the scored run, its best question score what counts.
TEST(Progress, TheFormerFormatIsReadWithoutLoss) {
  const ProgressCatalog c = smallCatalog();
  const std::string p1 =
      "P1;AoIWAOIBZAAAAyxUAozWAbGQAABqPAJJhcjnAZeR9AMCARuVAiwpyAHlLfQDASxUKgAAAAIr6n1JAQo9AZwFAbzW2ASV-KAg";
  const DecodedProgress d = decodeProgress(p1, c);
  ASSERT_EQ(d.status, Status::ok);
  EXPECT_EQ(d.progress.settings.language, Lang::en);
  EXPECT_EQ(d.progress.seed, 0u) << "a seed is drawn when the learner next starts";
  const QuestionProgress& q = d.progress.modules.at("wmo").questions.at("q1");
  EXPECT_FALSE(q.firstScore);
  EXPECT_EQ(q.bestScore, 0.5);
  EXPECT_EQ(q.countedScore(), 0.5);
  EXPECT_EQ(q.attempts, 2);
  EXPECT_EQ(d.progress.modules.at("wmo").figures.at("radar").at("b"), 2.5);
  const CaseProgress& cp = d.progress.cases.at("dementie");
  EXPECT_EQ(cp.choiceLog, (std::vector<std::string>{"bellen", "wachten"}));
  EXPECT_EQ(cp.endingsReached, (std::set<std::string>{"goed"}));
  ASSERT_TRUE(cp.scored);
  EXPECT_EQ(cp.scored->percent, 66.7);
  EXPECT_EQ(cp.scored->scores.at("juridisch"), 3);
  EXPECT_EQ(cp.scored->ending, "") << "P1 did not keep which ending the best run reached";
  EXPECT_EQ(d.progress.last.kind, Position::Kind::caseRun);
  // Written again, it is P2.
  EXPECT_EQ(encodeProgress(d.progress, c).substr(0, 3), "P2;");
}
