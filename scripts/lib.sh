# Shared helpers for the build and test scripts. Source it; do not run it.
# shellcheck shell=bash

# Where fetched and prebuilt dependencies live: outside the work tree, keyed by version,
# so a second build (or a second clone) reuses them.
LEREN_CACHE="${LEREN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/sociaal-domein-leren}"

log() { printf '\033[1m==>\033[0m %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# step NAME COMMAND...: runs one step of a test run and goes on when it fails. A failure is
# added to the array `failures`, the step's time to `timings` ("  12 s  name"); the caller
# declares both and reports them. The command runs in the background and is waited for:
# there `set -e` holds inside it. Run as `if "$@"` or `"$@" || ...`, bash ignores `set -e` in
# the whole function, and a failing command other than the last (ctest before gcovr,
# clang-format before ESLint) went unseen. tests/scripts/step.test.mjs checks this.
step() {
  local name=$1 started=$SECONDS status=0
  shift
  log "$name"
  "$@" &
  wait $! || status=$?
  timings+=("$(printf '%5d s  %s' $((SECONDS - started)) "$name")")
  if [ "$status" -ne 0 ]; then failures+=("$name"); fi
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "need root (or sudo) to run: $*"; fi
}

APT_UPDATED=0
apt_update_once() {
  [ "$APT_UPDATED" = 1 ] && return 0
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || die "apt-get update failed"
  APT_UPDATED=1
}

# The patches for a dependency's unpacked directory (scripts/patches/<dir>/, in name order), and
# one short hash over them ("none" without patches): part of the cache stamps of what is built
# from that source, so a changed patch unpacks and builds again.
patches_of() { find "$(dirname "${BASH_SOURCE[0]}")/patches/$1" -name '*.patch' 2>/dev/null | LC_ALL=C sort; }
patches_hash() {
  local list
  list=$(patches_of "$1")
  if [ -z "$list" ]; then echo none; else echo "$list" | tr '\n' '\0' | xargs -0 cat | sha256sum | cut -c1-12; fi
}

# Installs the Debian/Ubuntu packages given that are not installed yet.
apt_install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} = 0 ] && return 0
  log "installing system packages: ${missing[*]}"
  apt_update_once
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 \
    || die "could not install: ${missing[*]}"
}

# Node.js + npm: the machine's own if present, else the distribution's.
ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null && return 0
  apt_install_missing nodejs npm
}

# Emscripten: an emcc on PATH (e.g. an emsdk) wins; otherwise the distribution's package.
ensure_emscripten() {
  if ! command -v emcc >/dev/null; then apt_install_missing emscripten; fi
  # Debian's emcc runs its JS tools with the machine's node; they need Debian's acorn etc.
  if [ -d /usr/share/nodejs ]; then export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"; fi
}
