"""Time to build the thumbnails of 2,000 releases' photos, the way the web builds them.

    python -m bench.thumbnail_bench [--releases 2000] [--profile ina|demo|both]

A data directory is filled with one lead photo per release, archived as the crawler archives it
(a response record in a WARC file, a row in ``images.sqlite``). Then every thumbnail is built
through the web's own code path: the record read back and checked against its sha256
(``web.imagefiles``), the picture decoded and shrunk to 320 px (``web.thumbnails``) and written
atomically (temporary file, fsync, rename) into ``thumbnails/``. A second pass reads them from
the cache. Profiles: ``ina`` photos at a common news-photo size (1280 x 853 JPEG of about
260 KB, generated), ``demo`` the demo site's 480 x 320 photos (about 6 KB).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import platform
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageDraw

from crawler.demo_site.photos import photo_jpeg
from crawler.exchange import Exchange
from crawler.imagestore import IMAGES_FILENAME, ImageStore
from crawler.warc import WarcArchive
from web.imagefiles import ArchivedImages
from web.thumbnails import ThumbnailCache, make_thumbnail

RESULTS = Path(__file__).resolve().parent / "results" / "thumbnail_bench.json"
INA_SIZE = (1280, 853)


def ina_photos(count: int):
    """``count`` distinct INA-sized JPEGs: 20 pictures, each file made unique by a JPEG comment.

    Decoding and shrinking cost the same for a copy, and encoding 2,000 large JPEGs would take
    longer than the benchmark itself; the comment gives every file its own sha256 (cache key).
    """
    # Coarse colour noise blown up (shapes and shading) plus fine grain: JPEG sizes like a photo's.
    coarse = [Image.effect_noise((160, 107), 60 + 20 * k) for k in range(3)]
    base = Image.merge("RGB", coarse).resize(INA_SIZE, Image.Resampling.BICUBIC)
    grain = Image.effect_noise(INA_SIZE, 12)
    base = Image.blend(base, Image.merge("RGB", [grain] * 3), 0.15)
    pictures = []
    for k in range(min(count, 20)):
        picture = base.copy()
        draw = ImageDraw.Draw(picture)
        x, y = (k * 137) % 1100, (k * 53) % 700
        draw.rectangle([x, y, x + 160, y + 120], fill=(k * 12, 255 - k * 12, 128))
        out = io.BytesIO()
        picture.save(out, "JPEG", quality=85)
        pictures.append(out.getvalue())
    for k in range(count):
        jpeg = pictures[k % len(pictures)]
        comment = f"bench photo {k}".encode()
        segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
        yield jpeg[:2] + segment + jpeg[2:]  # right after the start-of-image marker


def demo_photos(count: int):
    for k in range(count):
        yield photo_jpeg(f"/eng/uploads/posts/2024-01/{1700000000 + k}_{k}_0.jpg")


def archive(data_dir: Path, photos) -> tuple[list[str], int]:
    """Archive each photo as one release's lead image; returns the sha256s and the bytes.

    The WARC records are written by the crawler's ``WarcArchive``; the ``images.sqlite`` rows
    (the crawler's schema) in one transaction, to keep the preparation short.
    """
    warc = WarcArchive(data_dir)
    shas, total, rows = [], 0, []
    for k, body in enumerate(photos):
        url = f"https://ina.iq/eng/uploads/posts/2024-01/bench_{k}.jpg"
        exchange = Exchange(
            url=url,
            request_headers=(("User-Agent", "bench"),),
            status=200,
            reason="OK",
            http_version="HTTP/1.1",
            headers=(("Content-Type", "image/jpeg"),),
            body=body,
            started_at=datetime.now(UTC),
            latency=0.0,
        )
        location = warc.write(exchange)
        sha = hashlib.sha256(body).hexdigest()
        with Image.open(io.BytesIO(body)) as picture:
            width, height = picture.size
        rows.append(
            (url, sha, "image/jpeg", len(body), width, height, location.file, location.offset,
             location.length, "2024-01-01T00:00:00+00:00")
        )  # fmt: skip
        shas.append(sha)
        total += len(body)
    warc.close()
    ImageStore(data_dir).close()  # creates the crawler's schema
    with sqlite3.connect(data_dir / IMAGES_FILENAME) as db:
        db.executemany(
            "INSERT INTO images (url, sha256, content_type, size, width, height, warc_file,"
            " warc_offset, warc_length, fetched_at, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'archived')",
            rows,
        )
    db.close()
    return shas, total


def build(data_dir: Path, shas: list[str]) -> dict:
    """Build every thumbnail cold, then read them all from the cache; then the parts alone."""
    files = ArchivedImages(data_dir)
    cache = ThumbnailCache(data_dir / "thumbnails")
    started = time.perf_counter()
    thumb_bytes = 0
    for sha in shas:
        record = files.by_sha256(sha)
        data = cache.get(sha, lambda record=record: files.read(record))
        thumb_bytes += len(data or b"")
    cold = time.perf_counter() - started
    started = time.perf_counter()
    for sha in shas:
        cache.get(sha, lambda: None)
    warm = time.perf_counter() - started
    started = time.perf_counter()
    originals = [files.read(files.by_sha256(sha)) for sha in shas]  # the WARC reads alone
    read = time.perf_counter() - started
    started = time.perf_counter()
    for body in originals:
        make_thumbnail(body)  # decode + shrink + encode alone, no file written
    made = time.perf_counter() - started
    return {
        "made": cache.made,
        "cold_s": round(cold, 2),
        "cold_ms_per_photo": round(1000 * cold / len(shas), 2),
        "cached_ms_per_photo": round(1000 * warm / len(shas), 3),
        "warc_read_ms_per_photo": round(1000 * read / len(shas), 2),
        "pillow_ms_per_photo": round(1000 * made / len(shas), 2),
        "thumbnail_bytes_avg": thumb_bytes // len(shas),
    }


def run_profile(name: str, count: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        started = time.perf_counter()
        photos = ina_photos(count) if name == "ina" else demo_photos(count)
        shas, total = archive(data_dir, photos)
        prepared = time.perf_counter() - started
        result = build(data_dir, shas)
    return {
        "profile": name,
        "releases": count,
        "photo_bytes_avg": total // count,
        "prepare_s": round(prepared, 1),
        **result,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the profiles, print a table and write ``bench/results/thumbnail_bench.json``."""
    parser = argparse.ArgumentParser(prog="python -m bench.thumbnail_bench")
    parser.add_argument("--releases", type=int, default=2000)
    parser.add_argument("--profile", choices=("ina", "demo", "both"), default="both")
    args = parser.parse_args(argv)
    names = ("ina", "demo") if args.profile == "both" else (args.profile,)
    results = [run_profile(name, args.releases) for name in names]
    for result in results:
        print(
            f"{result['profile']:5s} {result['releases']} photos of {result['photo_bytes_avg']:,} B:"
            f" thumbnails built in {result['cold_s']} s ({result['cold_ms_per_photo']} ms each,"
            f" {result['made']} made; of which WARC read {result['warc_read_ms_per_photo']} ms,"
            f" Pillow {result['pillow_ms_per_photo']} ms), cached reads"
            f" {result['cached_ms_per_photo']} ms each,"
            f" thumbnails {result['thumbnail_bytes_avg']:,} B"
        )
    machine = {"python": platform.python_version(), "cpus": os.cpu_count()}
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps({"machine": machine, "results": results}, indent=2) + "\n", encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
