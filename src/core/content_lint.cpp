#include "core/content_lint.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "core/cue_words.hpp"

namespace leren::core {
namespace {

struct Reporter {
  const std::string& file;
  std::vector<Diagnostic>& out;
  void warn(const char* code, std::string pointer, std::string nl, std::string en) {
    Diagnostic d;
    d.severity = Severity::warning;
    d.code = code;
    d.file = file;
    d.pointer = std::move(pointer);
    d.message = {std::move(nl), std::move(en)};
    out.push_back(std::move(d));
  }
};

std::string q(const std::string& id) { return "'" + id + "'"; }

std::string decimal(double v, Lang lang) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  if (lang == Lang::nl)
    for (char& c : s)
      if (c == '.') c = ',';
  return s;
}

std::string join(const std::vector<std::string_view>& words) {
  std::string s;
  for (std::string_view w : words) s += (s.empty() ? "\"" : ", \"") + std::string(w) + "\"";
  return s;
}

double mean(const std::vector<size_t>& v) {
  if (v.empty()) return 0;
  double sum = 0;
  for (size_t x : v) sum += static_cast<double>(x);
  return sum / static_cast<double>(v.size());
}

// One language's lengths: the measured text and the average of the others.
struct LengthFinding {
  Lang lang;
  size_t length;
  double othersAverage;
};

std::string lengthsText(const std::vector<LengthFinding>& found, Lang in) {
  std::string s;
  for (const LengthFinding& f : found) {
    if (!s.empty()) s += "; ";
    s +=
        (f.lang == Lang::nl ? (in == Lang::nl ? "Nederlands " : "Dutch ") : (in == Lang::nl ? "Engels " : "English ")) +
        std::to_string(f.length) +
        (in == Lang::nl ? " tekens tegen gemiddeld " : " characters against an average of ") +
        decimal(f.othersAverage, in) + " (" + decimal(static_cast<double>(f.length) / f.othersAverage, in) + "×)";
  }
  return s;
}

// ---- Cases --------------------------------------------------------------------------------

void lintDecisionCues(const Case& c, size_t n, size_t best, Reporter& report) {
  const Node& node = c.nodes[n];
  const std::string ptr = "/nodes/" + std::to_string(n) + "/choices/" + std::to_string(best) + "/text";
  const Choice& b = node.choices[best];

  // Length: the best option must not stand out by being longer.
  std::vector<LengthFinding> tooLong;
  for (Lang lang : {Lang::nl, Lang::en}) {
    std::vector<size_t> others;
    for (size_t k = 0; k < node.choices.size(); ++k)
      if (k != best) others.push_back(cues::visibleLength(node.choices[k].text.get(lang)));
    const double avg = mean(others);
    const size_t len = cues::visibleLength(b.text.get(lang));
    if (avg > 0 && static_cast<double>(len) > kMaxLengthRatio * avg) tooLong.push_back({lang, len, avg});
  }
  if (!tooLong.empty()) {
    report.warn("lint.option-length", ptr,
                "De beste keuze " + q(b.id) + " in knoop " + q(node.id) +
                    " is langer dan de andere keuzes: " + lengthsText(tooLong, Lang::nl) +
                    ". Wie de langste optie kiest, wint dan zonder na te denken. Maak de opties ongeveer even lang "
                    "(de beste hoogstens 1,25× het gemiddelde van de andere), bijvoorbeeld door de beste in te korten "
                    "of de andere even concreet te maken.",
                "The best choice " + q(b.id) + " in node " + q(node.id) +
                    " is longer than the other choices: " + lengthsText(tooLong, Lang::en) +
                    ". Picking the longest option then wins without thinking. Make the options about equally long "
                    "(the best at most 1.25× the average of the others), e.g. by shortening the best or making the "
                    "others as concrete.");
  }

  // Cue words that only the best option has.
  for (Lang lang : {Lang::nl, Lang::en}) {
    std::set<std::string_view> elsewhere;
    for (size_t k = 0; k < node.choices.size(); ++k)
      if (k != best)
        for (std::string_view w : cues::cueWordsIn(node.choices[k].text.get(lang))) elsewhere.insert(w);
    std::vector<std::string_view> only;
    for (std::string_view w : cues::cueWordsIn(b.text.get(lang)))
      if (!elsewhere.count(w)) only.push_back(w);
    if (only.empty()) continue;
    const std::string where = lang == Lang::nl ? "Nederlandse" : "Engelse";
    const std::string whereEn = lang == Lang::nl ? "Dutch" : "English";
    report.warn("lint.cue-word", ptr,
                "Alleen de beste keuze " + q(b.id) + " in knoop " + q(node.id) + " bevat " + join(only) + " (" + where +
                    " tekst). Zulke woorden klinken zorgvuldig en verraden het antwoord. Laat ze weg, of geef ook "
                    "andere keuzes een verdedigbare variant ermee.",
                "Only the best choice " + q(b.id) + " in node " + q(node.id) + " contains " + join(only) + " (" +
                    whereEn +
                    " text). Such words sound careful and give the answer away. Drop them, or let other choices "
                    "use them too in a defensible way.");
  }
}

void lintVerdicts(const Case& c, size_t n, Reporter& report) {
  const Node& node = c.nodes[n];
  for (size_t k = 0; k < node.choices.size(); ++k) {
    const Choice& ch = node.choices[k];
    const std::string base = "/nodes/" + std::to_string(n) + "/choices/" + std::to_string(k) + "/";
    // A choice without a consequence was read from the legacy `feedback` (loader_case.cpp).
    const bool legacy = ch.consequence.empty();
    const std::vector<std::pair<const char*, const Text*>> fields =
        legacy ? std::vector<std::pair<const char*, const Text*>>{{"feedback", &ch.coaching}}
               : std::vector<std::pair<const char*, const Text*>>{{"consequence", &ch.consequence},
                                                                  {"coaching", &ch.coaching}};
    for (const auto& [field, text] : fields)
      for (Lang lang : {Lang::nl, Lang::en}) {
        const std::string_view verdict = cues::openingVerdict(text->get(lang));
        if (verdict.empty()) continue;
        const std::string f = field;
        report.warn("lint.verdict-opening", base + f + "/" + langCode(lang),
                    "\"" + f + "\" van keuze " + q(ch.id) + " in knoop " + q(node.id) + " begint met het oordeel \"" +
                        std::string(verdict) +
                        "\". Laat de lerende zelf oordelen: begin met wat er gebeurt (wat de cliënt zegt of doet, wat "
                        "de gemeente doet) of met de regel, niet met een oordeel.",
                    "\"" + f + "\" of choice " + q(ch.id) + " in node " + q(node.id) + " opens with the verdict \"" +
                        std::string(verdict) +
                        "\". Let the learner judge: open with what happens (what the client says or does, what the "
                        "gemeente does) or with the rule, not with a verdict.");
      }
  }
}

// The names a condition reads.
void namesRead(const Condition& condition, std::set<std::string>& out) {
  if (!condition.expr) return;
  std::vector<expr::NameUse> uses;
  expr::collectNames(*condition.expr, uses);
  for (const expr::NameUse& u : uses) out.insert(u.name);
}

void lintStoryIgnoresLearner(const Case& c, size_t n, Reporter& report) {
  const Node& node = c.nodes[n];
  const Target& first = node.choices.front().target;
  if (first.kind != Target::Kind::node) return;
  for (const Choice& ch : node.choices)
    if (ch.target.kind != first.kind || ch.target.index != first.index) return;
  std::set<std::string> set;  // what the choices change: variables and score.<dimension>
  for (const Choice& ch : node.choices) {
    for (const expr::Effect& e : ch.effects) set.insert(e.target);
    for (const ScoreDelta& d : ch.score) set.insert("score." + d.dimension);
  }
  const Node& next = c.nodes[first.index];
  std::set<std::string> read;
  for (const TextVariant& v : next.variants) namesRead(v.condition, read);
  for (const BranchEntry& b : next.branch) namesRead(b.condition, read);
  for (const std::string& name : read)
    if (set.count(name)) return;
  report.warn("lint.story-ignores-learner", "/nodes/" + std::to_string(n) + "/choices",
              "Elke keuze in knoop " + q(node.id) + " leidt naar " + q(next.id) + ", en " + q(next.id) +
                  " heeft geen tekstvariant of vertakking die leest wat deze keuzes veranderen: het verhaal negeert "
                  "de keuze van de lerende. Laat een keuze naar een andere scène gaan, of geef " +
                  q(next.id) +
                  " een \"variants\"-tekst (of \"branch\") met een \"if\" op een variabele die de keuzes zetten.",
              "Every choice in node " + q(node.id) + " leads to " + q(next.id) + ", and " + q(next.id) +
                  " has no text variant or branch that reads what these choices change: the story ignores the "
                  "learner's choice. Let a choice lead to another scene, or give " +
                  q(next.id) + " a \"variants\" text (or a \"branch\") with an \"if\" on a variable the choices set.");
}

// ---- Questions ----------------------------------------------------------------------------

void lintQuestion(const Question& question, const std::string& pointer, Reporter& report) {
  if (question.type != QuestionType::single && question.type != QuestionType::multiple) return;
  std::vector<LengthFinding> tooLong;
  size_t longestCorrect = question.options.size();
  for (Lang lang : {Lang::nl, Lang::en}) {
    std::vector<size_t> right, wrong;
    for (size_t k = 0; k < question.options.size(); ++k) {
      const size_t len = cues::visibleLength(question.options[k].text.get(lang));
      (question.options[k].correct ? right : wrong).push_back(len);
      if (question.options[k].correct && lang == Lang::nl &&
          (longestCorrect == question.options.size() ||
           len > cues::visibleLength(question.options[longestCorrect].text.nl)))
        longestCorrect = k;
    }
    if (right.empty() || wrong.empty()) continue;
    const double r = mean(right), w = mean(wrong);
    if (w > 0 && r > kMaxLengthRatio * w) tooLong.push_back({lang, static_cast<size_t>(std::lround(r)), w});
  }
  if (tooLong.empty()) return;
  const bool single = question.type == QuestionType::single;
  report.warn("lint.quiz-key-length", pointer + "/options/" + std::to_string(longestCorrect) + "/text",
              std::string(single ? "Het goede antwoord" : "De goede antwoorden") + " van vraag " + q(question.id) +
                  (single ? " is" : " zijn gemiddeld") + " langer dan de foute: " + lengthsText(tooLong, Lang::nl) +
                  ". Wie het langste antwoord kiest, scoort dan zonder kennis. Maak de antwoorden ongeveer even lang "
                  "(hoogstens 1,25×).",
              std::string(single ? "The correct option" : "The correct options") + " of question " + q(question.id) +
                  (single ? " is" : " are on average") +
                  " longer than the wrong ones: " + lengthsText(tooLong, Lang::en) +
                  ". Picking the longest answer then scores without knowledge. Make the options about equally long "
                  "(at most 1.25×).");
}

}  // namespace

double totalPoints(const Choice& choice) {
  double sum = 0;
  for (const ScoreDelta& d : choice.score) sum += d.points;
  return sum;
}

std::vector<Diagnostic> lintCase(const Case& c, const std::string& file) {
  std::vector<Diagnostic> out;
  Reporter report{file, out};
  for (size_t n = 0; n < c.nodes.size(); ++n) {
    const Node& node = c.nodes[n];
    lintVerdicts(c, n, report);
    if (node.choices.size() < 2) continue;
    // The best choice: the highest total points; it must be one choice.
    size_t best = 0, ties = 0;
    for (size_t k = 1; k < node.choices.size(); ++k) {
      const double p = totalPoints(node.choices[k]), top = totalPoints(node.choices[best]);
      if (p > top + 1e-9) {
        best = k;
        ties = 0;
      } else if (std::fabs(p - top) <= 1e-9) {
        ++ties;
      }
    }
    if (ties > 0) {
      report.warn("lint.best-not-unique", "/nodes/" + std::to_string(n) + "/choices",
                  "In knoop " + q(node.id) + " hebben " + std::to_string(ties + 1) +
                      " keuzes samen het hoogste aantal punten (" + decimal(totalPoints(node.choices[best]), Lang::nl) +
                      "). De keuze van een expert moet één keuze zijn: geef één keuze de meeste punten.",
                  "In node " + q(node.id) + ", " + std::to_string(ties + 1) +
                      " choices share the highest total points (" + decimal(totalPoints(node.choices[best]), Lang::en) +
                      "). The expert choice must be a single choice: give one choice the most points.");
    } else {
      lintDecisionCues(c, n, best, report);
    }
    lintStoryIgnoresLearner(c, n, report);
  }
  return out;
}

std::vector<Diagnostic> lintModule(const Module& m, const std::string& file) {
  std::vector<Diagnostic> out;
  Reporter report{file, out};
  for (size_t p = 0; p < m.pages.size(); ++p)
    for (size_t b = 0; b < m.pages[p].blocks.size(); ++b)
      if (const auto* check = std::get_if<CheckBlock>(&m.pages[p].blocks[b]))
        lintQuestion(check->question, "/pages/" + std::to_string(p) + "/blocks/" + std::to_string(b) + "/question",
                     report);
  for (size_t k = 0; k < m.quiz.questions.size(); ++k)
    lintQuestion(m.quiz.questions[k], "/quiz/questions/" + std::to_string(k), report);
  return out;
}

}  // namespace leren::core
