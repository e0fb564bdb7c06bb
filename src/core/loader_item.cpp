#include "core/loader_item.hpp"

#include "core/content_limits.hpp"
#include "core/full_checks.hpp"
#include "core/image_checks.hpp"
#include "core/loader_parts.hpp"

namespace leren::core::loading {
namespace {

// "modules/03-wmo-route.json" -> "wmo-route": a stand-in id for a file that could not be read.
std::string idFromFileName(const std::string& path) {
  std::string name = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  if (name.size() > 5 && name.substr(name.size() - 5) == ".json") name.resize(name.size() - 5);
  size_t digits = 0;
  while (digits < name.size() && name[digits] >= '0' && name[digits] <= '9') ++digits;
  if (digits > 0 && digits < name.size() && name[digits] == '-') name = name.substr(digits + 1);
  return name;
}

Diagnostic caseTooLarge(const FileContext& ctx, size_t nodes) {
  TextPosition at = ctx.positionOf("/nodes");
  return Diagnostic{Severity::error,
                    "limit.case-nodes",
                    ctx.file(),
                    "/nodes",
                    at.line,
                    at.column,
                    Text{"Deze casus heeft " + std::to_string(nodes) + " knopen; de grens is " +
                             std::to_string(limits::kMaxNodesPerCase) + ". Verdeel hem over meer casussen.",
                         "This case has " + std::to_string(nodes) + " nodes; the limit is " +
                             std::to_string(limits::kMaxNodesPerCase) + ". Split it into more cases."}};
}

// scan (the bytes), parse (the tree), read (the model) and release (freeing the tree: a quarter
// of reading a big file) are steps of their own, so a slice of a frame never has to hold two of
// them (docs/performance.md, long tasks).
enum class Step { scan, parse, read, release, links, checks, finish, done };

// A case's nodes are read this many per step: under 2 ms natively for the generated 2,000-node
// case, a few in the wasm (docs/performance.md, third session).
constexpr size_t kNodesPerStep = 50;

}  // namespace

void checkGlossaryLinks(FileContext& ctx, const Glossary& glossary) {
  for (const GlossaryUse& use : ctx.glossaryUses()) {
    if (glossary.find(use.termId)) continue;
    ctx.error("ref.unresolved", use.pointer,
              Text{"De tekst linkt naar het begrip \"" + use.termId + "\" (glossary:" + use.termId +
                       "), maar dat staat niet in de woordenlijst.",
                   "The text links to the term \"" + use.termId + "\" (glossary:" + use.termId +
                       "), but the glossary has no such term."});
  }
}

template <typename Item>
struct ItemLoad<Item>::State {
  State(std::string d, std::string p, LimitedReader::Result f, std::optional<Diagnostic> pr, ItemChecks c)
      : dir(d), path(std::move(p)), file(std::move(f)), problem(std::move(pr)), checks(std::move(c)), ctx(d + path) {
    if (checks.options) ctx.compareMarkdownWith(checks.options->markdownReference);
    item.file = d + path;
    scanned = !(checks.trusted && checks.trustedIdAt && scanFoundNothing(checks.trustedDiagnostics));
  }
  std::string dir;
  std::string path;
  LimitedReader::Result file;
  std::optional<Diagnostic> problem;
  ItemChecks checks;
  FileContext ctx;
  Item item;
  Step next = Step::scan;
  std::optional<json> root;                  // between parse and read
  std::unique_ptr<CaseReading> caseReading;  // while a case is being read
  TextPosition idAt;
  bool scanned = true;    // false: the build scanned these very bytes (ItemChecks::trustedIdAt)
  std::string checkText;  // the file, kept for the full checks (a file the build did not check)
  bool waiting = false;   // the full checks' findings come later (deliverFindings)

  bool clean() { return !hasErrors(ctx.diagnostics()); }
  void add(std::vector<Diagnostic>& found) {
    ctx.locate(found);
    ctx.diagnostics().insert(ctx.diagnostics().end(), found.begin(), found.end());
  }
};

template <typename Item>
ItemLoad<Item>::ItemLoad(std::string dir, std::string path, LimitedReader::Result file,
                         std::optional<Diagnostic> problem, ItemChecks checks)
    : s_(std::make_unique<State>(std::move(dir), std::move(path), std::move(file), std::move(problem),
                                 std::move(checks))) {}

template <typename Item>
ItemLoad<Item>::~ItemLoad() = default;
template <typename Item>
ItemLoad<Item>::ItemLoad(ItemLoad&&) noexcept = default;
template <typename Item>
ItemLoad<Item>& ItemLoad<Item>::operator=(ItemLoad&&) noexcept = default;

template <typename Item>
bool ItemLoad<Item>::done() const {
  return s_->next == Step::done;
}

template <typename Item>
const char* ItemLoad<Item>::nextStep() const {
  static const char* const kNames[] = {"scan", "parse", "read", "release", "links", "checks", "finish", "done"};
  // A file not scanned again goes from its hash straight on to its tree: that slice parses.
  const Step next = s_->next == Step::scan && !s_->scanned ? Step::parse : s_->next;
  return kNames[static_cast<int>(next)];
}

template <typename Item>
Item& ItemLoad<Item>::item() {
  return s_->item;
}

template <typename Item>
TextPosition ItemLoad<Item>::idPosition() const {
  return s_->idAt;
}

template <typename Item>
bool ItemLoad<Item>::step() {
  State& s = *s_;
  const LoadOptions& options = *s.checks.options;
  const bool trusted = s.checks.trusted;
  const bool scanned = s.scanned;
  while (true) {
    switch (s.next) {
      case Step::scan:
        s.next = Step::parse;
        if (s.problem) {
          s.item.id = idFromFileName(s.path);
          s.item.diagnostics.push_back(std::move(*s.problem));
          s.next = Step::done;
          return false;
        }
        s.item.contentHash = contentHash(s.file.text);
        if (!scanned) continue;          // the build scanned these very bytes: on to the tree at once
        if (!s.ctx.scan(s.file.text)) {  // reported; no tree, so the model stays empty
          s.next = Step::read;
          s.file.text = std::string();
        }
        return true;
      case Step::parse:
        s.next = Step::read;
        // The tree has what it needs; the context keeps the positions (or the text they come from).
        s.root = scanned ? s.ctx.buildTree(s.file.text) : s.ctx.parseChecked(std::move(s.file.text));
        if (!trusted && options.fullChecks) s.checkText = std::move(s.file.text);
        s.file.text = std::string();
        return true;
      case Step::read:
        if (s.root) {
          if constexpr (std::is_same_v<Item, Case>) {
            if (!s.caseReading)
              s.caseReading = std::make_unique<CaseReading>(s.ctx, *s.root, s.item,
                                                            CourseModules{*s.checks.modules, s.checks.modulesComplete});
            if (s.caseReading->readSome(kNodesPerStep)) return true;
            s.caseReading.reset();
          } else {
            readModule(s.ctx, *s.root, s.item);
          }
        }
        s.next = Step::release;
        if (s.item.id.empty()) s.item.id = idFromFileName(s.path);
        if constexpr (std::is_same_v<Item, Case>) {
          if (s.item.nodes.size() > limits::kMaxNodesPerCase)
            s.ctx.diagnostics().push_back(caseTooLarge(s.ctx, s.item.nodes.size()));
        }
        return true;
      case Step::release:
        s.next = Step::links;
        if (!s.root) continue;
        s.root.reset();  // the model has what it needs
        return true;
      case Step::links:
        s.next = Step::checks;
        // Without a usable glossary the links cannot be checked; its own errors say why.
        // Image files where they are at hand (the build); a trusted file has the build's verdict.
        if (trusted || (!options.imageFiles && !s.checks.glossary)) continue;
        if (options.imageFiles) options.imageFiles->check(s.item, s.dir, s.ctx);
        if (s.checks.glossary) checkGlossaryLinks(s.ctx, *s.checks.glossary);
        return true;  // a step of its own, so the time a slice took is named for what ran
      case Step::checks: {
        if (s.waiting) return true;  // ContentLoader does not step a load that waits
        s.next = Step::finish;
        // The graph checks need well-formed content: only when loading found no errors.
        const bool any = options.analyzeCases || options.lint;
        if (trusted || !any || !options.fullChecks || !s.clean()) continue;
        std::optional<std::vector<Diagnostic>> found =
            options.fullChecks->check(s.item, s.item.file, s.checkText, options);
        s.checkText = std::string();
        if (found) {
          s.add(*found);
        } else {
          s.next = Step::checks;
          s.waiting = true;
        }
        return true;
      }
      case Step::finish:
        s.next = Step::done;
        s.item.diagnostics = s.ctx.takeDiagnostics();
        if (trusted && !hasErrors(s.item.diagnostics)) s.item.diagnostics = s.checks.trustedDiagnostics;
        s.item.available = !hasErrors(s.item.diagnostics);
        s.idAt = scanned ? s.ctx.positionOf("/id") : *s.checks.trustedIdAt;
        return false;
      case Step::done:
        return false;
    }
  }
}

template <typename Item>
bool ItemLoad<Item>::waiting() const {
  return s_->waiting;
}

template <typename Item>
void ItemLoad<Item>::deliverFindings(std::vector<Diagnostic> findings) {
  if (!s_->waiting) return;
  s_->waiting = false;
  s_->next = Step::finish;
  s_->add(findings);
}

template class ItemLoad<Module>;
template class ItemLoad<Case>;

}  // namespace leren::core::loading
