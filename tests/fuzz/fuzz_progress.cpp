// libFuzzer target: decoding stored progress never crashes, and whatever decodes re-encodes to
// the same progress (so saving what we loaded never changes it).
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/progress.hpp"

using namespace leren::core;

namespace {

ProgressCatalog catalog() {
  ProgressCatalog c;
  c.courseId = "fuzz-cursus";
  c.modules.push_back({"wmo",
                       {"melding", "onderzoek", "besluit"},
                       {"q1", "q2"},
                       {{"radar", {"lichaam", "mentaal", "zingeving"}}, {"calc", {"aantal", "inkomen"}}}});
  c.modules.push_back({"jeugd", {"intro"}, {"j1"}, {}});
  c.cases.push_back(
      {"dementie", 0x1234, {"bellen", "wachten", "doorverwijzen"}, {"goed", "slecht"}, {"vraag", "recht"}});
  return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const ProgressCatalog cat = catalog();
  const std::string text(reinterpret_cast<const char*>(data), size);
  // Raw input, and the input behind a valid prefix (so the fuzzer reaches the binary decoder).
  for (const std::string& candidate : {text, "P1;" + text}) {
    const DecodedProgress d = decodeProgress(candidate, cat);
    if (d.status != DecodedProgress::Status::ok) {
      if (!(d.progress == Progress{})) __builtin_trap();  // failures never return half data
      continue;
    }
    const DecodedProgress again = decodeProgress(encodeProgress(d.progress, cat), cat);
    if (again.status != DecodedProgress::Status::ok || !(again.progress == d.progress)) __builtin_trap();
  }
  return 0;
}
