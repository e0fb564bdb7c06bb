#!/usr/bin/python3
"""Writes the tiny image fixtures of the loader, coursetool and UI tests into tests/data/images/.

Made with Pillow (Debian's python3-pil), not copied from anywhere; run again to remake them:
    /usr/bin/python3 scripts/make-test-images.py  (the system Python, which has python3-pil)
"""
import io
from pathlib import Path

from PIL import Image

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "images"


def save(name, image, **options):
    OUT.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    image.save(buffer, **options)
    (OUT / name).write_bytes(buffer.getvalue())
    return buffer.getvalue()


def stripes(width, height):
    """Four vertical colour bands: a decoder that gets the pixels wrong shows it."""
    image = Image.new("RGB", (width, height))
    colours = [(0x1D, 0x5F, 0xD1), (0x0F, 0x76, 0x6E), (0xB4, 0x3C, 0x12), (0xFF, 0xFF, 0xFF)]
    for x in range(width):
        for y in range(height):
            image.putpixel((x, y), colours[x * 4 // width])
    return image


# 40 x 30: a picture narrower than any column, drawn at its own size.
png = save("stripes-40x30.png", stripes(40, 30), format="PNG", optimize=True)
# 800 x 400: wider than the reading column, scaled down to it (2:1 kept).
save("stripes-800x400.png", stripes(800, 400), format="PNG", optimize=True)
save("stripes-32x24.jpg", stripes(32, 24), format="JPEG", quality=80)
# Over the pixel limit (kMaxImageSide 2048) yet a few hundred bytes.
save("too-wide-3000x2.png", Image.new("L", (3000, 2), 128), format="PNG", optimize=True)
# A PNG cut off after its header: the size is readable, the pixels are not.
(OUT / "truncated.png").write_bytes(png[: len(png) // 2])
# A GIF renamed .png: another format.
save("not-png.png", Image.new("P", (4, 4)), format="GIF")
