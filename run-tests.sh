#!/usr/bin/env bash
# Runs every test of Sociaal Domein Leren, installing what is missing first:
#   1. style: clang-format (C++) and ESLint (JavaScript) find nothing to change
#   2. native tests (GoogleTest): src/core with line coverage, and the UI headless (tests/ui:
#      an ImGui context without a renderer, the drift guard on)
#   3. the same tests under AddressSanitizer + UndefinedBehaviorSanitizer
#   4. fuzzers (libFuzzer) for the loader, the expression parser and the progress decoder
#   5. content checks: coursetool check content/ (no errors, no warnings) and the schema/ajv
#      and coverage tests over every shipped JSON file
#   6. the web build: dist/ and its LMS packages (dist/packages/)
#   7. LMS packages and bridge: node tests of web/lms and scripts/package.mjs, manifests
#      validated with xmllint against the IMS/ADL schemas
#   8. browser tests (Playwright + Debian's Chromium) against a freshly built dist/: what is
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
failures=()
step() {  # step NAME COMMAND...: runs a step, records a failure instead of stopping
  local name=$1; shift
  log "$name"
  if "$@"; then return 0; fi
  failures+=("$name")
}

style_checks() {
  git ls-files '*.cpp' '*.hpp' | xargs clang-format --dry-run --Werror
  npx eslint .
}
native_tests() {
  cmake --preset native >/dev/null
  cmake --build --preset native -j"$(nproc)"
  find "$build/native" -name '*.gcda' -delete
  ctest --preset native -j"$(nproc)"
  gcovr --root . --filter 'src/core/' --object-directory "$build/native" --print-summary \
    --txt "$build/coverage-core.txt" | tail -3
}
sanitizer_tests() {
  cmake --preset asan >/dev/null
  cmake --build --preset asan -j"$(nproc)"
  ctest --preset asan -j"$(nproc)"
}
content_checks() {
  "$build/native/coursetool" check content/
  COURSETOOL="$build/native/coursetool" node --test tests/content/
}

step "style (clang-format, ESLint)" style_checks
step "native tests (core + headless UI) + coverage" native_tests
step "unit tests under ASan + UBSan" sanitizer_tests
step "content checks" content_checks
step "fuzzers (${FUZZ_SECONDS:-60} s each)" scripts/run-fuzzers.sh
# The LMS checks and the browser tests use the real packages and dist/, so build them first.
step "web build (wasm + LMS packages)" ./build-wasm.sh --package
step "LMS packages and bridge" node --test tests/lms/
step "browser tests" node --test --test-concurrency=1 tests/web/

if [ ${#failures[@]} -gt 0 ]; then
  printf '\nFAILED: %s\n' "${failures[@]}"
  exit 1
fi
printf '\nAll test steps passed.\n'
