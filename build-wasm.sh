#!/usr/bin/env bash
# Builds Sociaal Domein Leren for the web into dist/ (a plain static folder).
#
#   ./build-wasm.sh                 build only
#   ./build-wasm.sh --serve         build, then serve dist/ on http://127.0.0.1:8000/
#   ./build-wasm.sh --serve --port 9000
#   ./build-wasm.sh --package       build, then write LMS packages into dist/packages/: SCORM 1.2,
#                                   SCORM 2004 and cmi5 for the course and for each case alone
#
# On a fresh Debian 12 / Ubuntu 24.04 machine (as root or with sudo) it installs what is
# missing, fetches the pinned dependencies into a cache outside the work tree
# ($LEREN_CACHE, default ~/.cache/sociaal-domein-leren) and builds SDL2 for wasm once.
set -euo pipefail
cd "$(dirname "$0")"
# shellcheck source=scripts/lib.sh
. scripts/lib.sh

serve=0; port=8000; package=0
while [ $# -gt 0 ]; do
  case "$1" in
    --serve) serve=1 ;;
    --package) package=1 ;;
    --port) port="$2"; shift ;;
    --port=*) port="${1#--port=}" ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) die "unknown option: $1 (try --help)" ;;
  esac
  shift
done

apt_install_missing cmake make g++ xz-utils ca-certificates nlohmann-json3-dev fonts-noto-core fonts-dejavu-core python3-fonttools chromium
ensure_node
ensure_emscripten

LEREN_DEPS_SRC=$(scripts/fetch-deps.sh)
LEREN_SDL2_WASM=$(scripts/build-sdl2-wasm.sh)
export LEREN_DEPS_SRC LEREN_SDL2_WASM
fonts_dir=$(scripts/build-fonts.sh)

# The pinned npm tools: Closure Compiler for the link, the cmi5 client for dist/lms/,
# playwright-core, which drives Chromium to the first screen to split the wasm, and esbuild.
[ -f node_modules/@xapi/cmi5/package.json ] && [ -x node_modules/.bin/google-closure-compiler ] \
  && [ -f node_modules/playwright-core/package.json ] && [ -f node_modules/esbuild/package.json ] \
  || npm ci --no-audit --no-fund --loglevel=error >/dev/null

build_dir=build/wasm  # the `wasm` preset of CMakePresets.json
log "configuring $build_dir"
emcmake cmake --preset wasm >/dev/null
log "compiling"
cmake --build --preset wasm -j"$(nproc)"
# coursetool, natively: it writes the course index the module's first screen reads.
log "building coursetool"
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" --target coursetool >/dev/null

log "assembling dist/"
rm -rf dist && mkdir -p dist/fonts
cp "$build_dir/sociaal-domein-leren.js" "$build_dir/sociaal-domein-leren.wasm" dist/
cp web/index.html web/*.css dist/
# The page's checker, fetched only for a file a trainer edited (src/platform/web/library_checker.js).
mkdir -p dist/checker
cp "$build_dir/course-checker.js" "$build_dir/course-checker.wasm" web/checker/worker.js dist/checker/
cp -r content dist/content
# The course index and search texts (docs/architecture.md, "Content that loads when needed"):
# the first screen needs only these, course.json and the UI strings.
build/release/coursetool index dist/content >/dev/null
cp "$fonts_dir"/*.ttf dist/fonts/
# The LMS bridge (web/lms) and the pinned cmi5 client it loads for cmi5 launches.
node scripts/assemble-lms.mjs dist >/dev/null
# The page's scripts, bundled and minified (scripts/bundle-web.mjs; web/ is the source).
node scripts/bundle-web.mjs dist >/dev/null
# The wasm in two: what the first screen runs, and the rest (scripts/split-wasm.mjs).
log "splitting the wasm by what the first screen runs (headless Chromium)"
node scripts/split-wasm.mjs dist "$build_dir"
node scripts/write-manifest.mjs dist
# .gz and .br beside the large files, for servers that send precompressed files (README).
node scripts/precompress.mjs dist >/dev/null
log "dist/ is ready ($(du -sh dist | cut -f1))"

if [ "$package" = 1 ]; then
  log "writing LMS packages into dist/packages/"
  node scripts/package.mjs dist --format all
  node scripts/package.mjs dist --all-cases --format all
fi

if [ "$serve" = 1 ]; then
  exec node scripts/serve.mjs dist "$port" --csp  # the strict policy it is tested under
fi
