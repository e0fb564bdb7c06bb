#!/usr/bin/env bash
# Builds the native tests with gcov instrumentation (the `native` CMake preset, in
# build/native), runs the GoogleTest suite of src/core and prints its line coverage with gcovr.
# Extra arguments go to the test binary (e.g. --gtest_filter=...).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

build="$root/build/native"
command -v gcovr >/dev/null || die "gcovr is needed (apt install gcovr)"
(cd "$root" && cmake --preset native >/dev/null)
cmake --build "$build" -j"$(nproc)" --target core_tests >/dev/null
find "$build" -name '*.gcda' -delete
(cd "$root" && "$build/core_tests" --gtest_brief=1 "$@")
log "line coverage of src/core"
gcovr --root "$root" --filter "$root/src/core/" --object-directory "$build" --print-summary \
  --exclude-unreachable-branches --txt - | tail -n +1
