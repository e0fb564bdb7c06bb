#!/usr/bin/env bash
# Builds SDL2 (static) for WebAssembly with SDL's own CMake, once per SDL version and emcc
# version, into $LEREN_CACHE/build. Emscripten's own SDL2 port cannot be used: Debian's
# emscripten has a frozen cache and ports would try to download. Prints the install prefix.
#
# Only what the module uses: video, events, timers and the joystick API (the ImGui backend
# calls the game controller functions; no device is ever opened). SDL_LEAN_AND_MEAN drops the
# optimised surface blitters and RLE code that the Emscripten video driver's framebuffer and
# cursor paths would otherwise pull in (about 215 KB of wasm); those paths fall back to SDL's
# generic blitter, and the module never uses them (it draws with WebGL2). Compiled with -Oz, as
# LLVM bitcode (-flto: the module's link optimises it with the rest) and with the WebAssembly
# features of cmake/web.cmake's WEB_OPT: 3.5 KB less wasm than -Os alone. The source carries the
# patches of scripts/patches/SDL2-*/ (no event logging, no gesture recognizer). Measured in
# docs/performance.md. The benchmark's bare page links the same library.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"
ensure_emscripten

sdl_dir=$(awk '$1 == "sdl2" {print $6}' "$here/deps.lock")
src="$LEREN_CACHE/src/$sdl_dir"
[ -d "$src" ] || die "SDL2 source missing: run scripts/fetch-deps.sh first"
compgen -G "$src/.verified-*-patches-$(patches_hash "$sdl_dir")" >/dev/null \
  || die "SDL2 source in $src is not the patched one of scripts/patches: run scripts/fetch-deps.sh first"
emver=$(emcc -dumpversion 2>/dev/null | head -1)
config=lean5-$(patches_hash "$sdl_dir")  # bump when the options below change: a new cache folder
prefix="$LEREN_CACHE/build/$sdl_dir-emcc-$emver-$config"
if [ -f "$prefix/.complete" ]; then echo "$prefix"; exit 0; fi

log "building $sdl_dir for WebAssembly with emcc $emver (once; cached in $prefix)"
rm -rf "$prefix" "$prefix.build"
emcmake cmake -S "$src" -B "$prefix.build" -DCMAKE_BUILD_TYPE=MinSizeRel -DCMAKE_C_FLAGS=-DSDL_LEAN_AND_MEAN=1 "-DCMAKE_C_FLAGS_MINSIZEREL=-Oz -DNDEBUG -flto -mnontrapping-fptoint -mbulk-memory -msign-ext" \
  -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF -DCMAKE_INSTALL_PREFIX="$prefix" \
  -DSDL_AUDIO=OFF -DSDL_RENDER=OFF -DSDL_HAPTIC=OFF -DSDL_HIDAPI=OFF -DSDL_POWER=OFF -DSDL_SENSOR=OFF \
  -DSDL_JOYSTICK=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF -DSDL_FILESYSTEM=OFF -DSDL_LOADSO=OFF -DSDL_FILE=OFF -DSDL_THREADS=OFF \
  -DSDL_OFFSCREEN=OFF -DSDL_DUMMYVIDEO=OFF -DSDL_DISKAUDIO=OFF -DSDL_DUMMYAUDIO=OFF >&2
cmake --build "$prefix.build" -j"$(nproc)" >&2
cmake --install "$prefix.build" >&2
rm -rf "$prefix.build"
touch "$prefix/.complete"
echo "$prefix"
