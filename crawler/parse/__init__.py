"""The release parser: INA page bytes to a Release record.

``parse_release(html, url, content_type=..., fetched_at=..., source=...)`` layers the source
definition's selectors, structured metadata and text patterns; see ``core.py``.
"""

from crawler.parse.core import parse_release
from crawler.parse.errors import NotARelease, ParseError

__all__ = ["NotARelease", "ParseError", "parse_release"]
