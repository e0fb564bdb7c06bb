#!/usr/bin/env bash
# Subsets Noto Sans (Debian's fonts-noto-core) to the characters Dutch and English need,
# once per font package version, into $LEREN_CACHE/fonts/<version>. Prints that directory.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib.sh
. "$here/lib.sh"

ver=$(dpkg-query -W -f='${Version}' fonts-noto-core)-dejavu-$(dpkg-query -W -f='${Version}' fonts-dejavu-core)
subset=2  # bump when the subset's options change, so a cached older subset is not reused
out="$LEREN_CACHE/fonts/noto-$ver-subset$subset"
if [ -f "$out/.complete" ]; then echo "$out"; exit 0; fi
mkdir -p "$out"
# Latin-1, Latin Extended-A (ĳ, ő, ł ... in names), general punctuation (– — ‘ ’ “ ” • … ‰),
# € and ×. Noto Sans has no arrows, minus sign or check mark: those come from DejaVu Sans
# (Symbols.ttf), merged into every font at run time. tests/content/glyphs.test.mjs keeps
# content within these sets; keep src/ui/fonts.cpp in step.
unicodes="U+0020-007E,U+00A0-017F,U+2010-2027,U+2030,U+2039-203A,U+20AC,U+00D7"
# No layout tables (kerning, ligatures): Dear ImGui 1.90 draws glyph by glyph and reads neither,
# and they are 1.4 KB of each face's 14 KB brotli. Hinting is not read by stb_truetype either.
for style in Regular Bold Italic; do
  src="/usr/share/fonts/truetype/noto/NotoSans-$style.ttf"
  [ -f "$src" ] || die "$src missing (package fonts-noto-core)"
  /usr/bin/python3 -m fontTools.subset "$src" --unicodes="$unicodes" \
    --layout-features='' --no-hinting --desubroutinize \
    --output-file="$out/NotoSans-$style.ttf"
done
/usr/bin/python3 -m fontTools.subset /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
  --unicodes="U+2190-2199,U+21D2,U+21D4,U+2212,U+2264-2265,U+2713,U+2717" --layout-features='' --no-hinting \
  --output-file="$out/Symbols.ttf"
touch "$out/.complete"
echo "$out"
