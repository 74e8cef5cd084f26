"""The INA-like site's machine-readable files: DLE RSS, sitemaps, robots.txt and image bytes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape

from crawler.demo_site.content import Story
from crawler.demo_site.render import ROOT, SITE_NAME, SYNTHETIC_NOTE

# DLE's default robots.txt; "{base_url}" is replaced by the serving scheme and host.
DEFAULT_ROBOTS = """User-agent: *
Disallow: /engine/go.php
Disallow: /engine/download.php
Disallow: /user/
Disallow: /newposts/
Disallow: /statistics.html
Disallow: /*subaction=userinfo
Disallow: /*subaction=newposts
Disallow: /*do=lastcomments
Disallow: /*do=feedback
Disallow: /*do=register
Disallow: /*do=lostpassword
Disallow: /*do=addnews
Disallow: /*do=stats
Disallow: /*do=pm
Disallow: /*do=search
Disallow: /eng/engine/go.php
Disallow: /eng/user/
Disallow: /eng/*do=search
Host: {host}
Sitemap: {base_url}/sitemap.xml
Sitemap: {base_url}/eng/sitemap.xml
"""

# robots.txt variants for politeness tests (use as SiteConfig(robots_txt=...) or a FaultRule body).
ROBOTS_VARIANTS = {
    "dle": DEFAULT_ROBOTS,
    # a group for our product token that differs from the "*" group
    "product_group": (
        "User-agent: *\nDisallow: /\n\n"
        "User-agent: ina-archive\nDisallow: /eng/page/\nAllow: /\n"
        "Sitemap: {base_url}/eng/sitemap.xml\n"
    ),
    "crawl_delay": "User-agent: *\nCrawl-delay: 2\nDisallow: /engine/\nSitemap: {base_url}/sitemap.xml\n",
    "disallow_all": "User-agent: *\nDisallow: /\n",
    "empty": "",
}


# A 1x1 grey baseline JPEG: SOI, JFIF, DQT, SOF0, one-code DC and AC Huffman tables, SOS, one
# 8x8 block coded as "DC difference 0, end of block" (bits 00, padded with ones), EOI.
_ONE_CODE_TABLE = bytes([1] + [0] * 15) + b"\x00"
TINY_JPEG = (
    b"\xff\xd8"
    + b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    + b"\xff\xdb\x00\x43\x00"
    + b"\x01" * 64
    + b"\xff\xc0\x00\x0b\x08\x00\x01\x00\x01\x01\x01\x11\x00"
    + b"\xff\xc4\x00\x14\x00"
    + _ONE_CODE_TABLE
    + b"\xff\xc4\x00\x14\x10"
    + _ONE_CODE_TABLE
    + b"\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00"
    + b"\x3f"
    + b"\xff\xd9"
)


def _x(text: str) -> str:
    """Text escaped for XML."""
    return escape(text, quote=True)


def _rfc2822(date: datetime) -> str:
    """An RFC 2822 date as DLE writes it in RSS (with the site's +0300 offset)."""
    return format_datetime(date)


def rss(lang: str, stories: Sequence[Story], base_url: str, now: datetime) -> str:
    """A DLE RSS 2.0 feed of the given stories (newest first).

    Args:
        lang: "en" or "ar".
        stories: the feed's items.
        base_url: scheme and host for the links.
        now: the site's clock, for lastBuildDate.

    Returns:
        The feed as XML text (UTF-8).
    """
    items = "".join(
        "<item>\n"
        f"<title>{_x(s.title)}</title>\n"
        f'<guid isPermaLink="true">{_x(base_url + s.path)}</guid>\n'
        f"<link>{_x(base_url + s.path)}</link>\n"
        f"<description><![CDATA[{s.summary}]]></description>\n"
        f"<category><![CDATA[{s.category}]]></category>\n"
        f"<dc:creator>{_x(s.author or 'INA')}</dc:creator>\n"
        f"<pubDate>{_rfc2822(s.date)}</pubDate>\n"
        "</item>\n"
        for s in stories
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
        f"<title>{_x(SITE_NAME[lang])}</title>\n"
        f"<link>{_x(base_url + ROOT[lang])}</link>\n"
        f"<language>{lang}</language>\n"
        f"<description>{_x(SITE_NAME[lang])} ({_x(SYNTHETIC_NOTE)})</description>\n"
        f"<lastBuildDate>{_rfc2822(now)}</lastBuildDate>\n"
        "<generator>DataLife Engine</generator>\n" + items + "</channel>\n</rss>\n"
    )


def sitemap_index(urls: Sequence[str], lastmod: datetime) -> str:
    """A sitemap index pointing at the given sitemap URLs."""
    stamp = lastmod.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    entries = "".join(
        f"<sitemap><loc>{_x(u)}</loc><lastmod>{stamp}</lastmod></sitemap>\n" for u in urls
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + entries
        + "</sitemapindex>\n"
    )


def sitemap_urls(entries: Sequence[tuple[str, datetime]]) -> str:
    """A sitemap of (URL, last modified) entries."""
    body = "".join(
        f"<url><loc>{_x(u)}</loc><lastmod>{m.astimezone(UTC).strftime('%Y-%m-%dT%H:%M:%S+00:00')}"
        "</lastmod><changefreq>weekly</changefreq><priority>0.6</priority></url>\n"
        for u, m in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + body + "</urlset>\n"
    )


def robots(template: str, base_url: str) -> str:
    """robots.txt text from a template with ``{base_url}`` and ``{host}`` placeholders."""
    host = base_url.split("://", 1)[-1]
    return template.replace("{base_url}", base_url).replace("{host}", host)
