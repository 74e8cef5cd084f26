"""Thumbnails of archived photos, made once with Pillow and cached in the data directory.

``<data_dir>/thumbnails/<sha256[:2]>/<sha256>-<box>.jpg``: the name is the original's sha256, so
a cached thumbnail never goes stale. A thumbnail is written to a temporary file in the same
directory and renamed into place, so a reader (or a kill) never sees half a file. A data
directory the web process may not write to still gets thumbnails, made for each request.
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageOps

log = logging.getLogger(__name__)

THUMBNAIL_DIRNAME = "thumbnails"
DEFAULT_BOX = 320  # pixels, the longer side
QUALITY = 82


def make_thumbnail(data: bytes, box: int = DEFAULT_BOX) -> bytes:
    """A JPEG no larger than ``box`` x ``box`` of an image's bytes (turned upright by EXIF).

    Raises:
        OSError: the bytes are not a picture Pillow can decode.
    """
    with Image.open(io.BytesIO(data)) as picture:
        picture.draft("RGB", (box, box))  # JPEG: decode at a reduced scale, much faster
        upright = ImageOps.exif_transpose(picture)
        upright.thumbnail((box, box))
        if upright.mode != "RGB":
            upright = upright.convert("RGB")
        out = io.BytesIO()
        upright.save(out, "JPEG", quality=QUALITY, optimize=True)
        return out.getvalue()


class ThumbnailCache:
    """Thumbnails by the sha256 of their original, made at most once per data directory.

    Args:
        directory: ``<data_dir>/thumbnails``.
        box: the longer side of a thumbnail in pixels.
    """

    def __init__(self, directory: Path | str, box: int = DEFAULT_BOX) -> None:
        self.directory = Path(directory)
        self.box = box
        self.made = 0  # thumbnails made by this process (the tests count them)
        self._lock = threading.Lock()

    def path_for(self, sha256: str) -> Path:
        return self.directory / sha256[:2] / f"{sha256}-{self.box}.jpg"

    def get(self, sha256: str, original: Callable[[], bytes | None]) -> bytes | None:
        """The thumbnail of the image with this sha256; ``original`` gives its bytes if needed.

        Returns:
            JPEG bytes, or None when the original cannot be read.
        """
        path = self.path_for(sha256)
        cached = _read(path)
        if cached is not None:
            return cached
        with self._lock:  # two requests for one new thumbnail: the second reads the first's
            cached = _read(path)
            if cached is not None:
                return cached
            data = original()
            if data is None:
                return None
            thumbnail = make_thumbnail(data, self.box)
            self.made += 1
            self._store(path, thumbnail)
            return thumbnail

    def _store(self, path: Path, data: bytes) -> None:
        """Write atomically: a temporary file in the same directory, fsynced, then renamed."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temporary, path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError as error:  # a read-only data directory: serve it uncached
            log.info("could not cache the thumbnail %s: %s", path, error)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None
