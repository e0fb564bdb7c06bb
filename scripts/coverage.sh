#!/usr/bin/env bash
# Builds the core with gcov instrumentation (-DSDL_COVERAGE=ON), runs the GoogleTest suite and
# prints the line coverage of src/core with gcovr. BUILD_DIR: build root (default /work/build);
# the coverage build goes to $BUILD_DIR/coverage. Extra arguments go to the test binary
# (e.g. --gtest_filter=...).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

build="${BUILD_DIR:-/work/build}/coverage"
command -v gcovr >/dev/null || die "gcovr is needed (apt install gcovr)"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DSDL_COVERAGE=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target core_tests >/dev/null
find "$build" -name '*.gcda' -delete
(cd "$root" && "$build/core_tests" --gtest_brief=1 "$@")
log "line coverage of src/core"
gcovr --root "$root" --filter "$root/src/core/" --object-directory "$build" --print-summary \
  --exclude-unreachable-branches --txt - | tail -n +1
