#!/usr/bin/python3
"""Draws the course's own pictures into content/images/ (with Debian's python3-pil).

They are made here, from shapes only, so the course owns them and they hold no words (a word
in a picture is in one language; the alt text and caption carry it in both). Run again to
remake them:
    /usr/bin/python3 scripts/make-content-images.py
"""
import math
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "content" / "images"
SCALE = 2  # drawn at twice the size, then halved: smooth edges

BG = (0xF4, 0xF7, 0xFB)
INK = (0x1E, 0x29, 0x3B)
HOUSE = [(0x1D, 0x5F, 0xD1), (0x0F, 0x76, 0x6E), (0x7C, 0x3A, 0xED), (0xB4, 0x3C, 0x12), (0x9D, 0x17, 0x4D),
         (0x3F, 0x62, 0x12)]
CENTRE = (0xF5, 0x9E, 0x0B)


def house(d, cx, base, w, colour):
    """A house: a square body and a roof, its door in the ink colour."""
    h = w * 0.8
    d.rectangle([cx - w / 2, base - h, cx + w / 2, base], fill=colour)
    d.polygon([(cx - w * 0.62, base - h), (cx, base - h - w * 0.55), (cx + w * 0.62, base - h)], fill=colour)
    d.rectangle([cx - w * 0.12, base - h * 0.45, cx + w * 0.12, base], fill=BG)


def person(d, x, y, r, colour):
    d.ellipse([x - r, y - 2.6 * r, x + r, y - 0.6 * r], fill=colour)
    d.pieslice([x - 1.6 * r, y - 0.4 * r, x + 1.6 * r, y + 2.8 * r], 180, 360, fill=colour)


def omzien_naar_elkaar():
    """Six houses around a neighbourhood centre; dashed lines join each house to its neighbours
    and to the centre, where people meet."""
    w, h = 960 * SCALE, 480 * SCALE
    img = Image.new("RGB", (w, h), BG)
    d = ImageDraw.Draw(img)
    cx, cy = w / 2, h / 2 + 20 * SCALE
    rx, ry = 360 * SCALE, 150 * SCALE
    spots = [(cx + rx * math.cos(a), cy + ry * math.sin(a)) for a in [math.pi * (0.5 + i / 3) for i in range(6)]]

    def dashed(a, b, colour, width):
        n = int(math.dist(a, b) / (14 * SCALE))
        for i in range(0, n, 2):
            p = (a[0] + (b[0] - a[0]) * i / n, a[1] + (b[1] - a[1]) * i / n)
            q = (a[0] + (b[0] - a[0]) * (i + 1) / n, a[1] + (b[1] - a[1]) * (i + 1) / n)
            d.line([p, q], fill=colour, width=width)

    for i, s in enumerate(spots):
        dashed(s, spots[(i + 1) % 6], (0x94, 0xA3, 0xB8), 3 * SCALE)
        dashed(s, (cx, cy), INK, 3 * SCALE)
    # The centre: a wide building with people in front of it.
    d.rounded_rectangle([cx - 90 * SCALE, cy - 70 * SCALE, cx + 90 * SCALE, cy + 40 * SCALE], 14 * SCALE, fill=CENTRE)
    for k, x in enumerate([-50, 0, 50]):
        person(d, cx + x * SCALE, cy + 0 * SCALE, 11 * SCALE, INK if k != 1 else BG)
    for i, (x, y) in enumerate(spots):
        house(d, x, y + 30 * SCALE, 70 * SCALE, HOUSE[i])
    return img.resize((w // SCALE, h // SCALE), Image.LANCZOS)


def cover(index):
    """A module's cover (decorative): a street of houses and people on the module's own tint,
    the houses in the badge colour home gives the module's number, arranged differently per
    module. Wide and low (4:1): home crops it to a strip around the middle."""
    w, h = 1200 * SCALE, 300 * SCALE
    colour = HOUSE[index % len(HOUSE)] if index < len(HOUSE) else [(0x1E, 0x40, 0xAF), (0x86, 0x19, 0x8F)][index % 2]
    tint = tuple(int(c + (255 - c) * 0.86) for c in colour)
    img = Image.new("RGB", (w, h), tint)
    d = ImageDraw.Draw(img)
    ground = h * 0.78
    d.rectangle([0, ground, w, h], fill=tuple(int(c + (255 - c) * 0.7) for c in colour))
    step = w / 9
    for k in range(9):
        x = step * (k + 0.5)
        size = (60 + ((k * 37 + index * 53) % 40)) * SCALE
        if (k + index) % 3 == 1:  # now and then people instead of a house
            for j, dx in enumerate([-26, 10, 40][: 2 + (k + index) % 2]):
                person(d, x + dx * SCALE, ground - 10 * SCALE, (10 + 2 * j) * SCALE, INK if j % 2 == 0 else colour)
        else:
            house(d, x, ground, size, colour if (k + index) % 2 == 0 else INK)
    return img.resize((w // SCALE, h // SCALE), Image.LANCZOS)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    omzien_naar_elkaar().save(OUT / "omzien-naar-elkaar.png", optimize=True)
    for i in range(10):
        # 32 colours are plenty for flat shapes and make the file a quarter of the size: home
        # fetches every cover.
        cover(i).quantize(colors=32).save(OUT / f"cover-{i + 1:02d}.png", optimize=True)
