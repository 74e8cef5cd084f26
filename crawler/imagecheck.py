"""Is a fetched image response really a whole picture we can keep? Checked before it is recorded.

The server's Content-Type is one piece of evidence; the bytes decide: Pillow must recognise one
of the web formats and decode every pixel (a cut JPEG fails here), within a pixel budget so a
decompression bomb is refused before it is expanded.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from crawler.errors import BodyTooLarge, CrawlerError, UnsupportedContentType
from crawler.exchange import Exchange

# What the web may serve back: the type comes from the decoded bytes, never from the server.
FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}
MAX_PIXELS = 40_000_000  # INA's largest photos are a few megapixels


class ImageUnreadable(CrawlerError):
    """The bytes are not a complete picture in a web format (cut, damaged or something else)."""


@dataclass(frozen=True, slots=True)
class CheckedImage:
    """What the bytes turned out to be."""

    content_type: str
    width: int
    height: int


def check_image(
    response: Exchange, *, max_bytes: int, max_pixels: int = MAX_PIXELS
) -> CheckedImage:
    """Accept a 200 response as an image, or say why not.

    Args:
        response: the final response of the image URL.
        max_bytes: the size cap the body was read with (for the message).
        max_pixels: the largest picture (width x height) decoded.

    Returns:
        The content type from the bytes, and the picture's size.

    Raises:
        BodyTooLarge: the body was cut at the size or time cap.
        UnsupportedContentType: the server said it is not an image (an HTML error page, say).
        ImageUnreadable: the bytes do not decode as a whole JPEG, PNG, GIF or WebP picture.
    """
    url = response.url
    if response.truncated == "length":
        raise BodyTooLarge(
            f"the image is larger than max_body_bytes={max_bytes} bytes, so it was not kept;"
            " raise max_body_bytes to archive it",
            url=url,
        )
    if response.truncated:
        raise BodyTooLarge("the image took longer than fetch_deadline and was cut", url=url)
    claimed = response.content_type
    if claimed and not claimed.startswith("image/") and claimed != "application/octet-stream":
        raise UnsupportedContentType(
            f"the server sent {claimed}, not an image, so nothing was kept", url=url
        )
    return decode(response.body, url=url, max_pixels=max_pixels)


def decode(body: bytes, *, url: str | None = None, max_pixels: int = MAX_PIXELS) -> CheckedImage:
    """Decode every pixel of ``body``; the picture's real type and size, or ImageUnreadable."""
    if not body:
        raise ImageUnreadable("the image response was empty", url=url)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(body)) as picture:
                kind = FORMATS.get(picture.format or "")
                if kind is None:
                    raise ImageUnreadable(
                        f"the bytes are a {picture.format or 'unknown'} file, not a JPEG, PNG,"
                        " GIF or WebP picture",
                        url=url,
                    )
                width, height = picture.size
                if width * height > max_pixels:
                    raise ImageUnreadable(
                        f"the picture is {width}x{height} pixels, more than {max_pixels}", url=url
                    )
                picture.load()  # a cut file fails here ("image file is truncated")
    except ImageUnreadable:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Warning) as error:
        raise ImageUnreadable(
            f"the bytes are not a complete picture ({error}), so nothing was kept", url=url
        ) from error
    except Image.DecompressionBombError as error:
        raise ImageUnreadable(f"the picture is too large to decode ({error})", url=url) from error
    return CheckedImage(kind, width, height)
