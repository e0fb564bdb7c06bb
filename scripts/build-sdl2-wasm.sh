#!/usr/bin/env bash
# Builds SDL2 (static) for WebAssembly with SDL's own CMake, once per SDL version and emcc
# version, into $LEREN_CACHE/build. Emscripten's own SDL2 port cannot be used: Debian's
# emscripten has a frozen cache and ports would try to download. Prints the install prefix.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"
ensure_emscripten

sdl_dir=$(awk '$1 == "sdl2" {print $6}' "$here/deps.lock")
src="$LEREN_CACHE/src/$sdl_dir"
[ -d "$src" ] || die "SDL2 source missing: run scripts/fetch-deps.sh first"
emver=$(emcc -dumpversion 2>/dev/null | head -1)
prefix="$LEREN_CACHE/build/$sdl_dir-emcc-$emver"
if [ -f "$prefix/.complete" ]; then echo "$prefix"; exit 0; fi

log "building $sdl_dir for WebAssembly with emcc $emver (once; cached in $prefix)"
rm -rf "$prefix" "$prefix.build"
emcmake cmake -S "$src" -B "$prefix.build" -DCMAKE_BUILD_TYPE=Release \
  -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$prefix" >&2
cmake --build "$prefix.build" -j"$(nproc)" >&2
cmake --install "$prefix.build" >&2
rm -rf "$prefix.build"
touch "$prefix/.complete"
echo "$prefix"
