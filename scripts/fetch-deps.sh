#!/usr/bin/env bash
# Fetches the pinned third-party sources listed in scripts/deps.lock into $LEREN_CACHE/src,
# verifying each archive's SHA-256. Prints the source directory on stdout.
#
# The archives are Debian source packages' .orig tarballs, fetched through apt (so the
# mirror is whatever this machine's apt is configured for: no host name lives here).
# Without a matching deb-src entry, one is derived from the system's own Debian sources.
# Offline or on a distribution without these exact versions: put the .orig files named in
# deps.lock into $LEREN_CACHE/downloads yourself; they are verified the same way.
#
# After unpacking, the patches in scripts/patches/<unpacked-dir>/ are applied in name order, as
# Debian applies its own: small changes that keep code the module never runs out of the wasm
# (scripts/patches/README.md). A changed patch set unpacks the source again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

downloads="$LEREN_CACHE/downloads"
srcroot="$LEREN_CACHE/src"
mkdir -p "$downloads" "$srcroot"

SRC_LIST=/etc/apt/sources.list.d/sociaal-domein-leren-src.sources

# Adds deb-src entries for the system's Debian archive (bookworm and trixie suites), derived
# from the system's own sources file, so `apt-get source` can find the pinned versions.
ensure_deb_src() {
  [ -f "$SRC_LIST" ] && return 0
  local sys=/etc/apt/sources.list.d/debian.sources uri key
  [ -f "$sys" ] || return 1
  uri=$(awk '/^URIs:/{print $2; exit}' "$sys")
  key=$(awk '/^Signed-By:/{print $2; exit}' "$sys")
  [ -n "$uri" ] || return 1
  log "adding deb-src entries derived from $sys"
  printf 'Types: deb-src\nURIs: %s\nSuites: bookworm trixie\nComponents: main\nSigned-By: %s\n' "$uri" "$key" \
    | as_root tee "$SRC_LIST" >/dev/null
  APT_UPDATED=0
}

verify() { echo "$2  $1" | sha256sum --check --status; }

fetch_one() {
  local name=$1 pkg=$2 ver=$3 orig=$4 sha=$5 dir=$6
  local dest="$srcroot/$dir" stamp
  stamp=".verified-$sha-patches-$(patches_hash "$dir")"
  [ -f "$dest/$stamp" ] && return 0
  if ! { [ -f "$downloads/$orig" ] && verify "$downloads/$orig" "$sha"; }; then
    rm -f "$downloads/$orig"
    ensure_deb_src || true
    apt_update_once
    local uri
    uri=$(cd "$downloads" && apt-get source --print-uris "$pkg=$ver" 2>/dev/null \
          | awk -v f="$orig" '$2 == f { gsub("\x27", "", $1); print $1 }') || true
    [ -n "$uri" ] || die "$pkg $ver is not in this machine's apt sources. Put $orig (sha256 $sha) into $downloads and run again."
    log "downloading $orig"
    /usr/lib/apt/apt-helper download-file "$uri" "$downloads/$orig" "SHA256:$sha" >&2 \
      || die "download of $orig failed or its checksum did not match"
  fi
  verify "$downloads/$orig" "$sha" || die "$orig: checksum mismatch"
  rm -rf "$dest"
  tar -xf "$downloads/$orig" -C "$srcroot"
  [ -d "$dest" ] || die "$orig did not unpack to $dir"
  local p
  while read -r p; do
    [ -n "$p" ] || continue
    patch -d "$dest" -p1 --forward --quiet < "$p" >&2 || die "$(basename "$p") does not apply to $dir"
  done <<< "$(patches_of "$dir")"
  touch "$dest/$stamp"
  log "$name $ver ready in $dest"
}

apt_install_missing patch
while read -r name pkg ver orig sha dir; do
  case "$name" in ''|'#'*) continue ;; esac
  fetch_one "$name" "$pkg" "$ver" "$orig" "$sha" "$dir"
done < "$here/deps.lock"
echo "$srcroot"
