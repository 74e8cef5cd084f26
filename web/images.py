"""Archived photos on the web: the image and thumbnail routes, and a photographer's grid.

Every picture a page shows comes from the archive's own WARC files through ``/images/<sha256>``,
so the Content-Security-Policy keeps ``img-src 'self'`` and a photo INA took down still shows.
Templates reach the photos through two globals: ``release_photos(release)`` for a release page
and ``lead_thumbnails(hits)`` for a list of results (one database read per page).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, render_template, request, url_for

from crawler.urls import normalize
from web.archive import current_archive
from web.errors import WebError
from web.imagefiles import SHA256, ArchivedImages, ImageRecord
from web.limits import MAX_VALUE_LENGTH
from web.thumbnails import DEFAULT_BOX, THUMBNAIL_DIRNAME, ThumbnailCache

bp = Blueprint("images", __name__)

EXTENSION_KEY = "ina_images"
# The bytes behind a sha256 never change: caches may keep them for a year without asking.
IMMUTABLE = "public, max-age=31536000, immutable"
GRID_PAGE_SIZE = 48


class ImageNotFound(WebError):
    """No archived image answers to this address."""

    status = 404


@dataclass(frozen=True, slots=True)
class Photo:
    """One picture of a release: INA's URL and caption, and the archived copy when there is one."""

    url: str
    caption: str | None
    archived: ImageRecord | None

    @property
    def src(self) -> str | None:
        return url_for("images.image", sha256=self.archived.sha256) if self.archived else None

    @property
    def thumb(self) -> str | None:
        return url_for("images.thumbnail", sha256=self.archived.sha256) if self.archived else None

    @property
    def thumb_size(self) -> tuple[int, int]:
        """The thumbnail's width and height (as Pillow's ``thumbnail`` makes them), for layout."""
        if self.archived is None or not self.archived.width or not self.archived.height:
            return (DEFAULT_BOX, DEFAULT_BOX)
        width, height = self.archived.width, self.archived.height
        scale = min(DEFAULT_BOX / width, DEFAULT_BOX / height, 1.0)
        return (max(1, round(width * scale)), max(1, round(height * scale)))


@dataclass(frozen=True, slots=True)
class _Parts:
    """The app's image reader and thumbnail cache."""

    files: ArchivedImages
    thumbnails: ThumbnailCache


@bp.record_once
def _setup(state: Any) -> None:
    app = state.app
    data_dir = app.config["INA"]["DATA_DIR"]
    app.extensions[EXTENSION_KEY] = _Parts(
        ArchivedImages(data_dir), ThumbnailCache(data_dir / THUMBNAIL_DIRNAME)
    )
    app.add_template_global(release_photos)
    app.add_template_global(lead_thumbnails)


def _parts() -> _Parts:
    return current_app.extensions[EXTENSION_KEY]


def _key(url: str) -> str:
    """The URL as the crawler recorded it (normalised: host case, default port, fragment)."""
    return normalize(url) or url


def release_photos(release: Any) -> list[Photo]:
    """Every picture of a release in page order, each with its archived copy (or None)."""
    images = list(getattr(release, "images", ()) or ())
    found = _parts().files.for_urls(_key(image.url) for image in images)
    return [Photo(image.url, image.caption, found.get(_key(image.url))) for image in images]


def lead_thumbnails(hits: Any) -> dict[str, Photo]:
    """Release key -> its first archived picture, for a page of results."""
    files = _parts().files
    if not files.db_path.is_file():
        return {}  # no image archived (images off, or imported releases): nothing to normalise
    firsts: dict[str, list[tuple[str, str | None]]] = {}
    for hit in hits:
        release = getattr(hit, "release", hit)
        # hit.key: a Hit's key is stored; Release.key would parse the URL again.
        firsts[hit.key] = [(_key(image.url), image.caption) for image in release.images]
    found = files.for_urls(url for pairs in firsts.values() for url, _ in pairs)
    thumbs = {}
    for key, pairs in firsts.items():
        for url, caption in pairs:
            if url in found:
                thumbs[key] = Photo(url, caption, found[url])
                break
    return thumbs


def _record(sha256: str) -> ImageRecord:
    if not SHA256.match(sha256):
        raise ImageNotFound(
            "An image address is a 64-character sha256 in lower-case hex.",
            hint="Follow the photo links of a release page.",
        )
    record = _parts().files.by_sha256(sha256)
    if record is None:
        raise ImageNotFound(f"The archive has no image {sha256[:12]}….")
    return record


def _image_response(data: bytes, mimetype: str, etag: str) -> Response:
    response = Response(data, mimetype=mimetype)
    response.headers["Cache-Control"] = IMMUTABLE
    response.set_etag(etag)
    return response.make_conditional(request)


@bp.get("/images/<sha256>")
def image(sha256: str) -> Response:
    """An archived image, as INA served it, from the WARC files (checked against its sha256)."""
    record = _record(sha256)
    data = _parts().files.read(record)
    if data is None:
        raise ImageNotFound("The archived copy of this image cannot be read.", status=410)
    return _image_response(data, record.content_type, sha256)


@bp.get("/images/<sha256>/thumb")
def thumbnail(sha256: str) -> Response:
    """A thumbnail of an archived image, made once and cached in the data directory."""
    record = _record(sha256)
    parts = _parts()
    data = parts.thumbnails.get(sha256, lambda: parts.files.read(record))
    if data is None:
        raise ImageNotFound("The archived copy of this image cannot be read.", status=410)
    return _image_response(data, "image/jpeg", f"{sha256}-thumb{parts.thumbnails.box}")


@bp.get("/photographers/<path:name>")
def photographer(name: str) -> str:
    """A grid of one photographer's archived pictures, newest releases first."""
    name = name.strip()
    if not name or len(name) > MAX_VALUE_LENGTH:
        raise ImageNotFound("Give a photographer's name as it appears in the filters.")
    try:
        page = max(1, int(request.args.get("page", "1")))
    except ValueError:
        page = 1
    result = current_archive().search(
        photographer=name, sort="newest", page=page, per_page=GRID_PAGE_SIZE, facet_limit=0
    )
    tiles = []
    for hit in result.hits:
        for photo in release_photos(hit.release):
            if photo.archived is not None:
                tiles.append((hit.release, photo))
    return render_template(
        "photographer.html",
        name=name,
        result=result,
        tiles=tiles,
        page=page,
        search_query="?" + urlencode({"photographer": name}),
    )
