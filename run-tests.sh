#!/usr/bin/env bash
# Runs every test of Sociaal Domein Leren, installing what is missing first:
#   1. style: clang-format (C++) and ESLint (JavaScript) find nothing to change
#   2. native tests (GoogleTest): src/core and the UI headless (tests/ui: an ImGui context
#      without a renderer, the drift guard on), in one build under AddressSanitizer +
#      UndefinedBehaviorSanitizer with asserts on, and the line coverage of src/core
#   3. fuzzers (libFuzzer) for the loader, the JSON and Markdown readers, the expression parser and the progress decoder
#   4. content checks: coursetool check content/ (no errors, no warnings) and the schema/ajv
#      and coverage tests over every shipped JSON file
#   5. the web build: dist/ and its LMS packages (dist/packages/)
#   6. LMS packages and bridge: node tests of web/lms and scripts/package.mjs, manifests
#      validated with xmllint against the IMS/ADL schemas
#   7. browser tests (Playwright + Debian's Chromium) against a freshly built dist/: what is
#      about the browser (boot, WebGL, touch, text fields, the mirror, keyboard, axe, screens),
#      robustness (the hostile content set, two tabs, refused storage, a killed tab, the strict
#      CSP, a monkey of 5,000 seeded random actions), and the LMS tests (scorm-again as the LMS,
#      a test LRS for cmi5) in tests/web/lms/, with the packages of dist/packages/
# Exit status 0 only when all of them pass. FUZZ_SECONDS (default 60) bounds each fuzzer.
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/lib.sh
. scripts/lib.sh

apt_install_missing cmake make g++ libgtest-dev nlohmann-json3-dev clang-14 libclang-rt-14-dev gcovr \
  clang-format chromium fonts-noto-core fonts-dejavu-core python3-fonttools xz-utils ca-certificates libxml2-utils
ensure_node
log "npm dependencies (pinned by package-lock.json)"
npm ci --no-audit --no-fund --loglevel=error >/dev/null

LEREN_DEPS_SRC=$(scripts/fetch-deps.sh)
LEREN_FONTS=$(scripts/build-fonts.sh)  # the UI tests lay text out with the shipped fonts
export LEREN_DEPS_SRC LEREN_FONTS
build=build  # one folder per CMake preset (CMakePresets.json)
failures=()  # filled by step (scripts/lib.sh)
timings=()

style_checks() {
  git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror
  npx eslint .
  node --test tests/scripts/  # the helpers this script relies on
}
# One build for all native tests (the `ci` preset): under ASan + UBSan, with asserts (ImGui's
# too) and line coverage of the core. A plain build beside it ran the same tests again and,
# with the sanitizers at -O2, took three quarters of the time spent compiling.
native_tests() {
  cmake --preset ci >/dev/null
  cmake --build --preset ci -j"$(nproc)"
  find "$build/ci" -name '*.gcda' -delete
  ctest --preset ci -j"$(nproc)"
  # The search path too: without it gcovr also reads the data other builds left under the root.
  gcovr --root . --filter 'src/core/' --object-directory "$build/ci" --print-summary \
    --txt "$build/coverage-core.txt" "$build/ci" | tail -3
}
content_checks() {
  "$build/ci/coursetool" check content/
  COURSETOOL="$build/ci/coursetool" node --test tests/content/
}

step "style (clang-format, ESLint) and the scripts' helpers" style_checks
step "native tests (core + headless UI) under ASan + UBSan, with coverage" native_tests
step "content checks" content_checks
step "fuzzers (${FUZZ_SECONDS:-60} s each)" scripts/run-fuzzers.sh
# The LMS checks and the browser tests use the real packages and dist/, so build them first.
step "web build (wasm + LMS packages)" ./build-wasm.sh --package
step "LMS packages and bridge" node --test tests/lms/
step "browser tests" node --test --test-concurrency=1 tests/web/

printf '\nTime per step:\n'
printf '  %s\n' "${timings[@]}"
printf '  %5d s  in all (with the set-up above)\n' "$SECONDS"
if [ ${#failures[@]} -gt 0 ]; then
  printf '\nFAILED: %s\n' "${failures[@]}"
  exit 1
fi
printf '\nAll test steps passed.\n'
