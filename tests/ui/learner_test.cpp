// The module as a learner uses it, headless: knowledge checks, cases (endings, back, "wat
// als?", resuming), search and "continue", the trainer view and progress export/import/reset.
// Moved here from the browser suite: none of it is about the browser.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "flows.hpp"
#include "ui_harness.hpp"

namespace leren::ui::test {
namespace {

const core::Question* firstOfType(const core::Module& m, core::QuestionType type) {
  for (const auto& q : m.quiz.questions)
    if (q.type == type) return &q;
  return nullptr;
}

TEST(Learner, AKnowledgeCheckAnsweredWrongRetriedAndAnsweredRight) {
  UiHarness h;
  const core::Module& m = h.course().modules[0];
  const core::Question* q = firstOfType(m, core::QuestionType::single);
  ASSERT_TRUE(q);
  openQuiz(h, 0);
  for (const auto& x : m.quiz.questions) {
    if (x.id == q->id) break;
    answerQuestion(h, x, true);
    h.go("quiz.next", "quiz." + m.id + "." + m.quiz.questions[&x - &m.quiz.questions[0] + 1].id);
  }
  ASSERT_EQ(h.screen(), "quiz." + m.id + "." + q->id);
  answerQuestion(h, *q, false);
  EXPECT_EQ(h.element("quiz.result").label.rfind("Nog niet goed", 0), 0u) << h.element("quiz.result").label;
  EXPECT_EQ(h.element("quiz.result").live, Live::polite);
  // One pick earns all or nothing: no "0%" under "Nog niet goed".
  EXPECT_EQ(h.element("quiz.result").label.find('%'), std::string::npos) << h.element("quiz.result").label;
  EXPECT_TRUE(h.has("quiz.explanation.text.b0")) << "the explanation is shown";
  h.press("quiz.retry");
  answerQuestion(h, *q, true);
  EXPECT_EQ(h.element("quiz.result").label.rfind("Goed", 0), 0u) << h.element("quiz.result").label;
  EXPECT_NE(h.element("quiz.result").label.find("oefenen"), std::string::npos) << h.element("quiz.result").label;
  EXPECT_EQ(h.element("quiz.result").label.find('%'), std::string::npos) << h.element("quiz.result").label;
  const core::QuestionProgress* qp = h.learner().questionProgress(0, q->id);
  ASSERT_TRUE(qp);
  EXPECT_EQ(qp->attempts, 2);
  EXPECT_EQ(qp->bestScore, 1);
}

TEST(Learner, QuizOptionsAreARadioGroupNamedByTheQuestion) {
  UiHarness h;
  const core::Module& m = h.course().modules[0];
  openQuiz(h, 0);
  for (const auto& x : m.quiz.questions) {
    if (x.type == core::QuestionType::single) break;
    answerQuestion(h, x, true);
    h.press("quiz.next");
  }
  const SemanticElement& group = h.element("quiz.options");
  EXPECT_EQ(group.role, Role::radiogroup);
  EXPECT_FALSE(group.label.empty());
  size_t radios = 0;
  for (const auto& e : h.elements())
    if (e.role == Role::radio) {
      ++radios;
      EXPECT_EQ(h.parentOf(e), "quiz.options") << e.id;
    }
  EXPECT_GE(radios, 2u);
}

TEST(Learner, ACaseReachesAGoodAndAPoorEndingWithScoresDebriefAndMap) {
  UiHarness h;
  const core::Case& c = h.course().cases[0];
  std::set<core::Rating> ratings;
  for (const std::string strategy : {"best", "worst", "mix", "mixed"}) {
    startCase(h, 0);
    const std::string ending = playCase(h, strategy);
    ASSERT_EQ(h.screen(), "case." + c.id + ".ending");
    ratings.insert(c.endings[*c.endingIndex(ending)].rating);
    EXPECT_NE(h.element("case.ending").label.find("Afloop"), std::string::npos);
    EXPECT_TRUE(h.has("case.overall"));
    for (const auto& d : c.scoring.dimensions) EXPECT_TRUE(h.has("case.score." + d.id)) << d.id;
    EXPECT_TRUE(h.has("case.debrief.laws.text.b0"));
    EXPECT_EQ(h.element("case.map.graph").role, Role::list);
  }
  EXPECT_TRUE(ratings.count(core::Rating::good) && ratings.count(core::Rating::poor));
}

TEST(Learner, BackAndWhatIfInACase) {
  UiHarness h;
  startCase(h, 0);
  const core::CaseState start = h.learner().activeRun()->state();
  const size_t startNode = h.learner().activeRun()->position();
  for (int i = 0; i < 2; ++i) {
    const auto offered = h.withPrefix("case.choice.");
    ASSERT_FALSE(offered.empty());
    choose(h, offered.front()->id.substr(std::string("case.choice.").size()));
  }
  h.press("case.back");
  EXPECT_EQ(h.learner().activeRun()->log().size(), 1u);
  h.press("case.history");
  EXPECT_EQ(h.element("case.history").expanded, std::optional<bool>(true));
  h.press("case.whatif.0");
  EXPECT_TRUE(h.learner().activeRun()->log().empty());
  EXPECT_EQ(h.learner().activeRun()->position(), startNode);
  EXPECT_EQ(h.learner().activeRun()->state(), start);
}

// The state panel gives a score its scale ("6 van 10") and says which way is good: more
// trust is better, more risk is worse; a change shows its sign.
TEST(Learner, TheCaseStateSaysItsScaleAndWhichWayIsBetter) {
  UiHarness h;
  size_t index = 0;
  while (h.course().cases[index].id != "gezin-schulden") ++index;
  startCase(h, index);
  EXPECT_EQ(h.element("case.state.risico").label, "Risico op escalatie: 6 van 10");
  EXPECT_EQ(h.element("case.state.risico.better").label, "lager is beter");
  EXPECT_EQ(h.element("case.state.vertrouwen").label, "Vertrouwen: 4 van 10");
  EXPECT_EQ(h.element("case.state.vertrouwen.better").label, "hoger is beter");
  EXPECT_EQ(h.element("case.state.weken").label, "Weken verstreken: 0 wk") << "no scale for a count";
  EXPECT_FALSE(h.has("case.state.weken.better"));
  choose(h, "standaardbrief");  // risico += 2
  EXPECT_EQ(h.element("case.state.risico").label, "Risico op escalatie: 8 van 10 (+2)");
  EXPECT_EQ(h.element("case.state.risico").value, std::optional<double>(8));
}

// "Opnieuw beginnen" does not throw away choices on one press: the learner confirms first; an
// ended run starts again at once (its ending is kept in progress).
TEST(Learner, StartingACaseAgainAsksFirstWhenChoicesWouldBeLost) {
  UiHarness h;
  startCase(h, 0);
  const auto offered = h.withPrefix("case.choice.");
  ASSERT_FALSE(offered.empty());
  choose(h, offered.front()->id.substr(std::string("case.choice.").size()));
  h.press("case.restart");
  EXPECT_EQ(h.learner().activeRun()->log().size(), 1u) << "nothing lost yet";
  EXPECT_EQ(h.element("case.restart.dialog").role, Role::alertdialog);
  EXPECT_NE(h.element("case.restart.text").label.find("1"), std::string::npos);
  h.press("case.restart.no");
  EXPECT_FALSE(h.has("case.restart.dialog"));
  EXPECT_EQ(h.learner().activeRun()->log().size(), 1u);
  // From the intro ("Ga verder" or "Opnieuw beginnen") the same question.
  h.go("nav.home", "home");
  const std::string intro = "case." + h.course().cases[0].id + ".intro";
  h.go("home.case." + h.course().cases[0].id, intro);
  h.press("case.restart");
  ASSERT_TRUE(h.has("case.restart.yes"));
  h.press("case.restart.yes");
  EXPECT_TRUE(h.learner().activeRun()->log().empty());
  EXPECT_EQ(h.screen(), "case." + h.course().cases[0].id + ".node");
  // An ended run: no question.
  playCase(h, "best");
  h.press("case.restart");
  EXPECT_FALSE(h.has("case.restart.dialog"));
  EXPECT_TRUE(h.learner().activeRun()->log().empty());
}

TEST(Learner, ANewSessionResumesACaseWhereItWasAndTheLanguageSwitchKeepsIt) {
  UiHarness h;
  startCase(h, 0);
  for (int i = 0; i < 3; ++i) choose(h, h.withPrefix("case.choice.").front()->id.substr(12));
  const core::CaseState before = h.learner().activeRun()->state();
  const std::vector<std::string> log = h.learner().activeRun()->log();
  UiHarness again({.storage = &h.storage()});
  const core::Case& c = again.course().cases[0];
  again.go("home.continue", "case." + c.id + ".node");
  EXPECT_EQ(again.learner().activeRun()->log(), log);
  EXPECT_EQ(again.learner().activeRun()->state(), before);
  again.press("nav.lang.en");
  EXPECT_EQ(again.learner().activeRun()->log(), log);
  EXPECT_EQ(again.element("case.choices").label, "What do you do?");
}

TEST(Learner, SearchFindsPagesCasesAndTermsAndContinueReturns) {
  UiHarness h;
  ASSERT_TRUE(h.setText("home.search", "keukentafelgesprek"));
  h.settle();
  std::vector<const SemanticElement*> hits;
  for (const auto* e : h.withPrefix("home.search.hit"))
    if (e->id.find(".snippet") == std::string::npos) hits.push_back(e);
  ASSERT_FALSE(hits.empty());
  const SemanticElement* pageHit = nullptr;
  bool term = false;
  for (const auto* e : hits) {
    if (e->label.rfind("Pagina:", 0) == 0 && !pageHit) pageHit = e;
    term |= e->label.rfind("Begrip:", 0) == 0;
  }
  ASSERT_TRUE(pageHit);
  EXPECT_TRUE(term);
  h.press(pageHit->id);
  const std::string opened = h.screen();
  EXPECT_EQ(opened.rfind("page.", 0), 0u);
  h.go("nav.home", "home");
  h.go("home.continue", opened);
  h.go("nav.home", "home");
  ASSERT_TRUE(h.setText("home.search", "mantelzorger"));
  h.settle();
  bool caseHit = false;
  for (const auto* e : h.withPrefix("home.search.hit")) caseHit |= e->label.rfind("Casus:", 0) == 0;
  EXPECT_TRUE(caseHit);
}

TEST(Learner, TheTrainerViewShowsEveryNodeEndingAndDiscussionQuestion) {
  UiHarness h({.trainerMode = true});
  const core::Case& c = h.course().cases[1];
  h.go("home.trainer", "trainer");
  h.go("trainer.case." + c.id, "trainer." + c.id);
  for (const auto& e : c.endings) EXPECT_TRUE(h.has("trainer." + c.id + ".ending." + e.id)) << e.id;
  for (size_t i = 0; i < c.discussion.size(); ++i)
    EXPECT_EQ(h.element("trainer." + c.id + ".discussion." + std::to_string(i)).label, c.discussion[i].nl);
  EXPECT_TRUE(h.has("trainer." + c.id + ".map.graph"));
  const core::Node* node = nullptr;
  for (const auto& n : c.nodes)
    if (!n.choices.empty()) {
      node = &n;
      break;
    }
  ASSERT_TRUE(node);
  h.press("trainer." + c.id + ".node." + node->id);
  for (const auto& ch : node->choices)
    EXPECT_TRUE(h.has("trainer." + c.id + ".node." + node->id + ".choice." + ch.id)) << ch.id;
}

TEST(Learner, ProgressExportResetWithConfirmationAndImport) {
  UiHarness h;
  const core::Module& m = h.course().modules[0];
  openPage(h, 0, 1);
  h.go("nav.progress", "progress");
  EXPECT_EQ(h.element("progress.module." + m.id + ".summary").label.rfind("2 van", 0), 0u);
  h.press("progress.export.json");
  ASSERT_TRUE(h.host().last("download"));
  const std::string file = h.host().last("download")->b;
  const nlohmann::json exported = nlohmann::json::parse(file, nullptr, false);
  EXPECT_EQ(exported["course"], h.course().id);
  EXPECT_EQ(exported["modules"][m.id]["visitedPages"].size(), 2u);
  // Reset asks first, in an alert dialog; "no" keeps everything.
  h.press("progress.reset");
  EXPECT_EQ(h.element("progress.reset.dialog").role, Role::alertdialog);
  EXPECT_EQ(h.parentOf(h.element("progress.reset.yes")), "progress.reset.dialog");
  h.press("progress.reset.no");
  EXPECT_EQ(h.learner().pagesRead(0), 2u);
  h.press("progress.reset");
  h.press("progress.reset.yes");
  EXPECT_EQ(h.learner().pagesRead(0), 0u);
  // Import the exported file.
  h.press("progress.import");
  h.host().pick(file);
  h.settle();
  EXPECT_EQ(h.learner().pagesRead(0), 2u);
  // A file that is not progress is refused with a notice, and nothing changes.
  h.press("progress.import");
  h.host().pick("{\"hello\": 1}");
  h.settle();
  EXPECT_EQ(h.learner().pagesRead(0), 2u);
  bool told = false;
  for (const auto* e : h.withPrefix("progress.notice")) told |= e->label.find("geen voortgang") != std::string::npos;
  EXPECT_TRUE(told);
}

// Storage that refuses every write (private mode, quota exceeded, blocked in an iframe).
class FullStorage : public core::MemoryStorage {
 public:
  bool save(const std::string&, const std::string&) override { return false; }
};

TEST(Learner, StorageThatRefusesProgressIsToldOnceWithTheExportRightThere) {
  FullStorage storage;
  UiHarness h({.storage = &storage});
  const core::Module& m = h.course().modules[0];
  openPage(h, 0, 0);
  h.go("nav.home", "home");
  ASSERT_TRUE(h.has("home.notice0.export")) << "the notice offers the export";
  EXPECT_FALSE(h.has("home.notice1")) << "told once";
  EXPECT_NE(h.element("home.notice0").label.find("Exporteer"), std::string::npos);
  h.press("home.notice0.export");
  ASSERT_TRUE(h.host().last("download"));
  const auto exported = nlohmann::json::parse(h.host().last("download")->b);
  EXPECT_EQ(exported["modules"][m.id]["visitedPages"].size(), 1u) << "the progress kept in memory";
  h.press("home.notice0.close");
  openPage(h, 0, 0);
  h.press("page.next");
  h.go("nav.home", "home");
  EXPECT_FALSE(h.has("home.notice0")) << "not told again";
  EXPECT_EQ(h.learner().pagesRead(0), 2u);
}

TEST(Learner, ANoticeIsShownAndAnnouncedOnTheScreenWhereItComes) {
  FullStorage storage;
  UiHarness h({.storage = &storage});
  openPage(h, 0, 0);
  ASSERT_TRUE(h.has("notice0")) << "told on the page being read, not only back on home";
  EXPECT_EQ(h.element("notice0").live, Live::polite);
  ASSERT_TRUE(h.has("notice0.export"));
  h.press("notice0.close");
  h.go("nav.home", "home");
  EXPECT_FALSE(h.has("home.notice0")) << "closed is closed";

  // A notice from the page (the LMS bridge: web/lms) while a case is open.
  const core::Case& c = h.course().cases[0];
  h.go("home.case." + c.id, "case." + c.id + ".intro");
  h.app().addNotice(core::Text{"Het LMS antwoordt niet.", "The LMS does not answer."});
  h.settle();
  ASSERT_TRUE(h.has("notice0"));
  EXPECT_NE(h.element("notice0").label.find("LMS antwoordt niet"), std::string::npos);
  EXPECT_EQ(h.element("notice0").live, Live::polite);
}

TEST(Learner, CopyAndPrintGoThroughTheHost) {
  UiHarness h;
  h.go("nav.progress", "progress");
  EXPECT_FALSE(h.has("progress.copy.done"));
  h.press("progress.copy");
  ASSERT_TRUE(h.host().last("copyText"));
  EXPECT_NE(h.host().last("copyText")->a.find(h.course().title.nl), std::string::npos);
  // The learner is told it worked, once, politely; elsewhere the note is gone.
  EXPECT_EQ(h.element("progress.copy.done").label, "Gekopieerd");
  EXPECT_EQ(h.element("progress.copy.done").live, Live::polite);
  openPage(h, 0, 0);
  h.press("page.copy");
  EXPECT_TRUE(h.has("page.copy.done"));
  h.go("page.next", "page." + h.course().modules[0].id + "." + h.course().modules[0].pages[1].id);
  EXPECT_FALSE(h.has("page.copy.done"));
  h.go("nav.progress", "progress");
  h.press("progress.export.print");
  ASSERT_TRUE(h.host().last("openHtml"));
  EXPECT_EQ(h.host().last("openHtml")->a.rfind("<!doctype html>", 0), 0u);
}

// A page with sections opens with its contents: links that bring a section's heading into view
// and move focus there; previous and next stand at the top of a page as well as at its end.
TEST(Learner, APageHasContentsAndNavigationAtTheTop) {
  UiHarness h({.width = 1366, .height = 768});
  const core::Module& m = h.course().modules[0];
  openPage(h, 0, 0);
  ASSERT_TRUE(h.has("page.toc"));
  EXPECT_EQ(h.element("page.toc").expanded, std::optional<bool>(true)) << "open on a laptop";
  const auto links = h.withPrefix("page.toc.");
  std::vector<const SemanticElement*> entries;
  for (const SemanticElement* e : links)
    if (e->role == Role::link) entries.push_back(e);
  ASSERT_GE(entries.size(), 3u);
  const std::string last = entries.back()->label;
  const SemanticElement* target = nullptr;
  for (const SemanticElement& e : h.elements())
    if (e.role == Role::heading && e.label == last && e.id.rfind("block.", 0) == 0) target = &e;
  ASSERT_TRUE(target) << last;
  const std::string targetId = target->id;
  EXPECT_FALSE(target->visible) << "the last section starts below the fold";
  h.press(entries.back()->id);
  EXPECT_TRUE(h.element(targetId).visible);
  EXPECT_EQ(h.app().semantics().focusTarget(), targetId);
  // Next and previous at the top.
  EXPECT_FALSE(h.has("page.prev.top"));
  h.go("page.next.top", "page." + m.id + "." + m.pages[1].id);
  h.go("page.prev.top", "page." + m.id + "." + m.pages[0].id);
  // A phone shows the contents closed.
  UiHarness phone({.width = 360, .height = 640});
  openPage(phone, 0, 0);
  EXPECT_EQ(phone.element("page.toc").expanded, std::optional<bool>(false));
}

// The module's moment of completion: what was right the first time, what to revisit, and a
// title that does not call a module "afgerond" whose check was not passed.
TEST(Learner, TheModuleEndsWithWhatWentRightAndWhatToRevisit) {
  for (const bool correctly : {true, false}) {
    UiHarness h;
    const core::Module& m = h.course().modules[0];
    openQuiz(h, 0);
    for (size_t q = 0; q < m.quiz.questions.size(); ++q) {
      answerQuestion(h, m.quiz.questions[q], correctly);
      h.press(q + 1 < m.quiz.questions.size() ? "quiz.next" : "quiz.to_results");
    }
    h.go("quiz.finish", "done." + m.id);
    EXPECT_EQ(h.element("done.title").label, correctly ? "Module afgerond" : "Module doorgewerkt");
    EXPECT_NE(h.element("done.tile.score.detail").label.find(correctly ? "Gehaald" : "Nog niet gehaald"),
              std::string::npos)
        << h.element("done.tile.score.detail").label;
    // (An ordering question is checked as presented, so even the right run may revisit one.)
    EXPECT_TRUE(h.has(correctly ? "done.right.list" : "done.revisit.list"));
  }
}

// A case ends with a moment of completion: how many decisions matched an expert's, and a link
// to the decisive moments that brings them into view.
TEST(Learner, ACaseEndsWithItsMomentOfCompletion) {
  UiHarness h({.width = 360, .height = 640});
  // Mixed play until a run has a decisive moment (most mixed runs do).
  core::CaseDebrief d;
  for (size_t i = 0; i < h.course().cases.size() && d.decisive.empty(); ++i)
    for (const std::string strategy : {"mix", "mixed", "worst"}) {
      startCase(h, i);
      playCase(h, strategy);
      d = h.learner().debrief();
      if (!d.decisive.empty()) break;
    }
  size_t expert = 0;
  for (const auto& dec : d.decisions) expert += dec.tookExpert();
  // The header comes first, before the last consequence, and is what is announced and focused.
  EXPECT_EQ(h.app().semantics().focusTarget(), "case.done");
  EXPECT_EQ(h.element("case.done").live, Live::polite);
  EXPECT_EQ(h.element("case.consequence").live, Live::off) << "announced once, with the header";
  for (const char* id : {"case.done.badge", "case.done.title", "case.done.summary", "case.overall", "case.ending"})
    EXPECT_EQ(h.parentOf(h.element(id)), "case.done") << id;
  EXPECT_LT(h.element("case.ending").rect.y, h.element("case.last").rect.y);
  EXPECT_LT(h.element("case.last").rect.y, h.element("case.consequence").rect.y);
  EXPECT_TRUE(h.has("case.done.badge"));
  EXPECT_EQ(h.element("case.done.title").label, "Casus afgerond");
  EXPECT_EQ(
      h.element("case.done.summary")
          .label.rfind(
              "Bij " + std::to_string(expert) + " van de " + std::to_string(d.decisions.size()) + " beslismomenten", 0),
      0u)
      << h.element("case.done.summary").label;
  ASSERT_FALSE(d.decisive.empty()) << "no run with a decisive moment";
  EXPECT_FALSE(h.element("case.decisive").visible);
  h.press("case.done.revisit");
  EXPECT_TRUE(h.element("case.decisive").visible);
  EXPECT_EQ(h.app().semantics().focusTarget(), "case.decisive");
}

// On a phone the ending opens on its moment of completion: the badge, "Casus afgerond", the
// summary, the score and the start of the ending are on the first screen (the last
// consequence used to fill it, with "Casus afgerond" at y = 875).
TEST(Learner, ACaseEndingStartsWithItsHeaderInViewOnAPhone) {
  UiHarness h({.width = 360, .height = 640});
  startCase(h, 0);
  playCase(h, "mix");
  ASSERT_TRUE(h.learner().activeRun()->finished());
  for (const char* id : {"case.done.badge", "case.done.title", "case.done.summary", "case.overall"}) {
    const SemanticElement& e = h.element(id);
    EXPECT_TRUE(e.visible) << id;
    EXPECT_LE(e.rect.y + e.rect.h, 640.0f) << id << " ends at " << e.rect.y + e.rect.h;
  }
  EXPECT_LT(h.element("case.ending").rect.y, 640.0f - 40.0f) << "the ending's notice starts on the first screen";
  EXPECT_LT(h.element("case.done.title").rect.y, h.element("case.consequence").rect.y);
}

// The module's end shows three tiles (pages read, the score against the pass mark, right the
// first time), side by side on a laptop and stacked on a phone, and each "Lees meer" link
// stands under its question's text, not at the column's edge.
TEST(Learner, TheModuleEndShowsThreeTilesAndLinksUnderTheirQuestion) {
  for (const float width : {1280.0f, 360.0f}) {
    UiHarness h({.width = width, .height = width > 1000 ? 800.0f : 640.0f});
    const core::Module& m = h.course().modules[0];
    openQuiz(h, 0);
    for (size_t q = 0; q < m.quiz.questions.size(); ++q) {
      answerQuestion(h, m.quiz.questions[q], false);
      h.press(q + 1 < m.quiz.questions.size() ? "quiz.next" : "quiz.to_results");
    }
    h.go("quiz.finish", "done." + m.id);
    const SemanticElement &pages = h.element("done.tile.pages"), &score = h.element("done.tile.score"),
                          &right = h.element("done.tile.right");
    for (const SemanticElement* t : {&pages, &score, &right}) {
      EXPECT_EQ(t->role, Role::group) << t->id;
      EXPECT_EQ(h.parentOf(*t), "done.tiles") << t->id;
    }
    EXPECT_EQ(h.element("done.tile.pages.value").label,
              std::to_string(m.pages.size()) + " / " + std::to_string(m.pages.size()));
    EXPECT_NE(h.element("done.tile.score.detail").label.find("nodig: " + std::to_string(m.quiz.passPercent) + "%"),
              std::string::npos)
        << h.element("done.tile.score.detail").label;
    EXPECT_EQ(h.element("done.tile.right.value").label.rfind("0 / ", 0), 0u)
        << h.element("done.tile.right.value").label;
    if (width > 1000) {
      EXPECT_FLOAT_EQ(score.rect.y, pages.rect.y);
      EXPECT_FLOAT_EQ(right.rect.y, pages.rect.y);
      EXPECT_GT(score.rect.x, pages.rect.x + pages.rect.w);
      EXPECT_FLOAT_EQ(score.rect.h, pages.rect.h) << "one height in a row";
    } else {
      EXPECT_GT(score.rect.y, pages.rect.y + pages.rect.h);
      EXPECT_GT(right.rect.y, score.rect.y + score.rect.h);
    }
    ASSERT_TRUE(h.has("done.revisit.0.page")) << "a question to revisit with its page";
    EXPECT_NEAR(h.element("done.revisit.0.page").rect.x, h.element("done.revisit.0").rect.x, 1.0f)
        << "the link starts where its question's text does";
  }
}

}  // namespace
}  // namespace leren::ui::test
