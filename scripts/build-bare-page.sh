#!/usr/bin/env bash
# Builds the benchmark's floor: a bare Dear ImGui + SDL2 page (tests/bench/bare/) from the same
# cached ImGui and SDL2 sources with the same compile and link flags as the module (the
# bare-page target of cmake/web.cmake), into build/bench-bare/. Prints that folder.
# Used by scripts/bench-web.mjs; needs what ./build-wasm.sh needs (it installs nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=lib.sh
. scripts/lib.sh
ensure_emscripten
LEREN_DEPS_SRC=$(scripts/fetch-deps.sh)
LEREN_SDL2_WASM=$(scripts/build-sdl2-wasm.sh)
export LEREN_DEPS_SRC LEREN_SDL2_WASM
emcmake cmake --preset wasm >/dev/null
cmake --build --preset wasm -j"$(nproc)" --target bare-page >&2
out=build/bench-bare
rm -rf "$out" && mkdir -p "$out"
cp build/wasm/bare-page.js build/wasm/bare-page.wasm tests/bench/bare/index.html "$out/"
echo "$PWD/$out"
