"""Structured metadata of a page: JSON-LD NewsArticle, OpenGraph and article:* meta, canonical link.

The parser's second layer, read in one compiled XPath pass over ``meta``, ``link``, ``script`` and
``title`` elements.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any

import lxml.html

log = logging.getLogger(__name__)

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "blogposting",
    "analysisnewsarticle",
}


@dataclass(slots=True)
class Metadata:
    """What a page's head says about it; every field may be None."""

    headline: str | None = None  # JSON-LD headline
    og_title: str | None = None
    html_title: str | None = None
    published: str | None = None  # ISO 8601 text, JSON-LD first
    authors: list[str] = field(default_factory=list)  # JSON-LD Person names, article:author
    section: str | None = None
    images: list[str] = field(default_factory=list)
    canonical: str | None = None
    lang: str | None = None
    article_body: str | None = None
    og_type: str | None = None
    is_article: bool = False


def _as_list(value: Any) -> list[Any]:
    """A JSON value as a list (None becomes empty)."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _types(item: dict[str, Any]) -> set[str]:
    """The lower-cased @type names of a JSON-LD item."""
    return {str(t).lower() for t in _as_list(item.get("@type"))}


def _articles(data: Any) -> list[dict[str, Any]]:
    """The article items of a JSON-LD document (top level, lists and @graph)."""
    found = []
    for item in _as_list(data):
        if not isinstance(item, dict):
            continue
        if _types(item) & _ARTICLE_TYPES:
            found.append(item)
        found += _articles(item.get("@graph"))
    return found


def _text(value: Any) -> str | None:
    """A JSON-LD text value (a string, or the first of a list), stripped, or None."""
    for item in _as_list(value):
        if isinstance(item, str) and item.strip():
            return " ".join(item.split())
    return None


def _read_json_ld(raw: str, meta: Metadata) -> None:
    """Fill ``meta`` from one JSON-LD script, first article wins; bad JSON is skipped."""
    try:
        data = json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        log.debug("skipping a JSON-LD script that is not valid JSON")
        return
    for article in _articles(data):
        meta.is_article = True
        meta.headline = meta.headline or _text(article.get("headline") or article.get("name"))
        meta.published = meta.published or _text(
            article.get("datePublished") or article.get("dateCreated")
        )
        meta.section = meta.section or _text(article.get("articleSection"))
        if meta.article_body is None and isinstance(article.get("articleBody"), str):
            meta.article_body = article["articleBody"]
        for author in _as_list(article.get("author")):
            if isinstance(author, dict) and "person" in _types(author):
                name = _text(author.get("name"))
                if name and name not in meta.authors:
                    meta.authors.append(name)
        for image in _as_list(article.get("image")):
            url = image.get("url") if isinstance(image, dict) else image
            if isinstance(url, str) and url.strip() and url.strip() not in meta.images:
                meta.images.append(url.strip())


def read_metadata(root: lxml.html.HtmlElement) -> Metadata:
    """Collect JSON-LD, OpenGraph, article:* meta, the canonical link, <title> and <html lang>."""
    meta = Metadata()
    meta.lang = (root.get("lang") or "").strip().lower() or None
    og_images: list[str] = []
    meta_published: str | None = None
    for element in root.iter("meta", "link", "script", "title"):  # document order, one C walk
        name = element.tag
        if name == "meta":
            key = element.get("property") or element.get("name") or element.get("itemprop") or ""
            key = key.strip().lower()
            content = " ".join((element.get("content") or "").split())
            if not key or not content:
                continue
            if key == "og:title":
                meta.og_title = meta.og_title or content
            elif key == "og:type":
                meta.og_type = content.lower()
            elif key in ("article:published_time", "datepublished", "og:published_time"):
                meta_published = meta_published or content
            elif key == "article:section":
                meta.section = meta.section or content
            elif key == "article:author" and not content.startswith("http"):
                meta.authors.append(content)
            elif key in ("og:image", "og:image:url"):
                og_images.append(content)
        elif name == "link":
            if "canonical" in (element.get("rel") or "").lower().split() and element.get("href"):
                meta.canonical = meta.canonical or element.get("href").strip()
        elif name == "script":
            if (element.get("type") or "").strip().lower() == "application/ld+json":
                _read_json_ld(element.text or "", meta)
        elif meta.html_title is None:
            meta.html_title = " ".join(element.text_content().split()) or None
    meta.published = meta.published or meta_published
    meta.is_article = meta.is_article or meta.og_type == "article"
    meta.images += [url for url in og_images if url not in meta.images]
    return meta
