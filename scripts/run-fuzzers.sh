#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/fuzz_*.cpp) with clang-14 under ASan + UBSan (the
# `fuzz` CMake preset, in build/fuzz) and runs each for ${FUZZ_SECONDS:-60} seconds on a copy of
# its committed seed corpus (tests/fuzz/corpus/<name>/). Fails on any crash, leak, timeout or
# undefined behaviour.
#   FUZZERS    space-separated subset to run (default: all)
#   LEREN_DEPS_SRC  fetched third-party sources (scripts/fetch-deps.sh; default: the cache)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

build="$root/build/fuzz"
seconds="${FUZZ_SECONDS:-60}"
command -v clang++-14 >/dev/null || die "clang++-14 is needed for libFuzzer"

# The core is instrumented for coverage feedback (fuzzer-no-link); the targets link libFuzzer.
(cd "$root" && cmake --preset fuzz >/dev/null)

all=()
for src in "$root"/tests/fuzz/fuzz_*.cpp; do all+=("$(basename "$src" .cpp)"); done
read -r -a targets <<<"${FUZZERS:-${all[*]}}"
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}" >/dev/null

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:symbolize=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
failed=()
for name in "${targets[@]}"; do
  seeds="$root/tests/fuzz/corpus/$name"
  work="$build/corpus/$name"
  artifacts="$build/artifacts/$name/"
  mkdir -p "$work" "$artifacts"
  log "fuzzing $name for ${seconds}s"
  # New inputs go to the work corpus; the committed seeds stay as they are.
  # The content targets get a dictionary of the format's keys and values.
  dict=()
  case "$name" in fuzz_loader | fuzz_course) dict=(-dict="$root/tests/fuzz/content.dict") ;; esac
  if "$build/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 "${dict[@]}" \
       -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "$seeds" 2>"$build/$name.log"; then
    grep -E '^stat::number_of_executed_units' "$build/$name.log" | sed "s/^/  $name: /" >&2 || true
  else
    failed+=("$name")
    tail -n 40 "$build/$name.log" >&2
    log "$name FAILED: reproducer in $artifacts"
  fi
done
[ ${#failed[@]} = 0 ] || die "fuzzers failed: ${failed[*]}"
log "all fuzzers clean: ${targets[*]}"
