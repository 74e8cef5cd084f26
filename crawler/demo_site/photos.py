"""Real, small JPEG photos for the demo site's image URLs, the same bytes for the same path.

Each picture is drawn with Pillow from the path's hash (a sky-to-ground gradient and a few
blocks), so every image URL has its own bytes and the archive can be checked byte for byte.
"""

from __future__ import annotations

import hashlib
import io
from functools import lru_cache

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 480, 320


@lru_cache(maxsize=512)
def photo_jpeg(path: str) -> bytes:
    """The JPEG bytes the demo site serves at an image ``path`` (deterministic)."""
    seed = hashlib.sha256(path.encode("utf-8")).digest()
    top = (seed[0], seed[1], seed[2])
    bottom = (seed[3] // 2, seed[4] // 2, seed[5] // 2)
    picture = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(picture)
    for y in range(HEIGHT):
        share = y / (HEIGHT - 1)
        colour = tuple(round(a + (b - a) * share) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (WIDTH, y)], fill=colour)
    for k in range(4):
        x, y = seed[6 + k] * WIDTH // 256, HEIGHT // 2 + seed[10 + k] * HEIGHT // 512
        size = 20 + seed[14 + k] // 4
        draw.rectangle([x, y - size, x + size, y], fill=(seed[18 + k], seed[22 + k], 90))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=80)
    return out.getvalue()
