"""Small INA-like sites whose listings page in different pager markups, for backfill tests.

Each site is a :class:`MiniSite` on 127.0.0.1 with ``pages`` listing pages of ``per_page``
releases each, newest first. The pager markups are written from the common templates (DLE's
default ``div.navigation``, Bootstrap, an Arabic DLE pager on ``index.php?cstart=n``, ``rel=next``
in the head only, numbered links only, a "Load more" button), none of them with the class names
the source file lists as hints. Release pages are plain: an ``<h1>``, a ``15-11-2020, 13:12``
date and a ``<div>`` of paragraphs, inside an ``<article>`` (the parser of this commit needs a
body selector or ``<article>`` to find the story; a bare ``<div>`` is "not a release").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from crawl_fixtures import MiniSite


@dataclass(frozen=True)
class PagerSite:
    """How one site's listing is laid out."""

    name: str
    listing: str  # the first page's path, also the start URL
    page_path: Callable[[int], str]  # the path of page n (n >= 2)
    release_path: Callable[[int], str]
    pager: Callable[[PagerSite, int, int], tuple[str, str]]
    lang: str = "en"


def _numbers(site: PagerSite, page: int, pages: int, current: str = "<span>{n}</span>") -> str:
    return " ".join(
        current.format(n=n) if n == page else f'<a href="{_path(site, n)}">{n}</a>'
        for n in range(1, pages + 1)
    )


def _path(site: PagerSite, n: int) -> str:
    return site.listing if n == 1 else site.page_path(n)


def _dle(site: PagerSite, page: int, pages: int) -> tuple[str, str]:
    nxt = "&raquo;" if page % 2 else "Next"  # DLE's template: a symbol or a word, no class
    after = f' <a href="{_path(site, page + 1)}">{nxt}</a>' if page < pages else ""
    before = f'<a href="{_path(site, page - 1)}">&laquo;</a> ' if page > 1 else ""
    pages_html = _numbers(site, page, pages)
    return "", f'<div class="navigation">{before}<div class="pages">{pages_html}</div>{after}</div>'


def _bootstrap(site: PagerSite, page: int, pages: int) -> tuple[str, str]:
    items = []
    if page > 1:
        prev = _path(site, page - 1)
        items.append(f'<li class="page-item"><a class="page-link" href="{prev}" aria-label="Prev">')
        items.append("<span aria-hidden='true'>&lsaquo;</span></a></li>")
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="page-item active" aria-current="page"><span>{n}</span></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{_path(site, n)}">{n}')
            items.append("</a></li>")
    if page < pages:
        nxt = _path(site, page + 1)
        items.append(f'<li class="page-item"><a class="page-link" href="{nxt}" aria-label="Next">')
        items.append("<span aria-hidden='true'>&rsaquo;</span></a></li>")
    return "", f'<nav><ul class="pagination">{"".join(items)}</ul></nav>'


def _arabic(site: PagerSite, page: int, pages: int) -> tuple[str, str]:
    links = []
    if page > 1:
        links.append(f'<a href="{_path(site, page - 1)}">السابق</a>')
    links.append(f"<b>{page}</b>")
    if page < pages:
        links.append(f'<a href="{_path(site, page + 1)}">التالي</a>')
    return "", f'<div class="pager" dir="rtl">{" | ".join(links)}</div>'


def _head_rel_next(site: PagerSite, page: int, pages: int) -> tuple[str, str]:
    head = f'<link rel="next" href="{_path(site, page + 1)}">' if page < pages else ""
    return head, ""


def _numbers_only(site: PagerSite, page: int, pages: int) -> tuple[str, str]:
    return "", f'<p class="nums">{_numbers(site, page, pages, "<strong>{n}</strong>")}</p>'


def _load_more(site: PagerSite, page: int, pages: int) -> tuple[str, str]:
    if page == pages:
        return "", ""
    return "", f'<div class="more-wrap"><a class="btn" href="{_path(site, page + 1)}">Load more</a>'


SITES = (
    PagerSite(
        "dle-default",
        "/eng/",
        lambda n: f"/eng/page/{n}/",
        lambda i: f"/eng/{i}-story-{i}.html",
        _dle,
    ),
    PagerSite(
        "bootstrap",
        "/eng/lastnews/",
        lambda n: f"/eng/lastnews/page/{n}/",
        lambda i: f"/eng/{i}--.html",
        _bootstrap,
    ),
    PagerSite(
        "arabic-cstart",
        "/",
        lambda n: f"/index.php?cstart={n}",
        lambda i: f"/{i}--.html",
        _arabic,
        lang="ar",
    ),
    PagerSite(
        "head-rel-next",
        "/eng/",
        lambda n: f"/eng/page/{n}/",
        lambda i: f"/eng/{i}-minister-{i}.html",
        _head_rel_next,
    ),
    PagerSite(
        "numbers-only",
        "/eng/politics/",
        lambda n: f"/eng/politics/page/{n}/",
        lambda i: f"/eng/{i}-politics-{i}.html",
        _numbers_only,
    ),
    PagerSite(
        "load-more",
        "/eng/",
        lambda n: f"/eng/page/{n}/",
        lambda i: f"/eng/{i}-more-{i}.html",
        _load_more,
    ),
)


def plain_release(release_id: int, *, lang: str = "en") -> str:
    """A release page a parser can read without class names: h1, date, paragraphs in a div."""
    if lang == "ar":
        title = f"وزير الخارجية يستقبل السفير رقم {release_id}"
        paragraphs = [
            "بغداد - واع",
            f"استقبل وزير الخارجية السفير رقم {release_id} في مقر الوزارة في بغداد اليوم.",
            "وبحث الجانبان العلاقات الثنائية بين البلدين وسبل تطويرها في المجالات كافة.",
            "وأكد الوزير حرص العراق على تعزيز التعاون مع الدول الصديقة والشقيقة.",
        ]
    else:
        title = f"Foreign Minister receives ambassador number {release_id}"
        paragraphs = [
            "Baghdad-INA",
            f"The Foreign Minister received ambassador number {release_id} at the ministry in"
            " Baghdad on Sunday, and the two sides discussed bilateral relations.",
            "The minister stressed Iraq's keenness to strengthen cooperation with friendly"
            " countries in the fields of trade, energy and education.",
            "The ambassador expressed his country's support for Iraq and its stability.",
        ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f"<article><h1>{title}</h1><div>15-11-2020, 13:12</div><div>{body}</div></article>"
        "</body></html>"
    )


def build_pager_site(site: MiniSite, layout: PagerSite, *, pages: int = 4, per_page: int = 3):
    """Listing pages in the layout's pager markup and their releases; returns the release ids.

    Page n shows the date 1 December 2020 minus 30 days per page (``d-m-Y`` like DLE).
    """
    ids = list(range(pages * per_page + 100, 100, -1))  # newest (highest id) first
    for n in range(1, pages + 1):
        chunk = ids[(n - 1) * per_page : n * per_page]
        shown = (date(2020, 12, 1) - timedelta(days=30 * (n - 1))).strftime("%d-%m-%Y")
        items = "".join(
            f'<div class="item"><h3><a href="{layout.release_path(i)}">Story {i}</a></h3>'
            f"<span>{shown}</span></div>"
            for i in chunk
        )
        head, pager = layout.pager(layout, n, pages)
        html = (
            f'<html><head><meta charset="utf-8">{head}</head><body>'
            f'<div class="menu"><a href="/eng/">Home</a></div>{items}{pager}</body></html>'
        )
        site.set(_path(layout, n), html)
    for i in ids:
        site.set(layout.release_path(i), plain_release(i, lang=layout.lang))
    site.set("/robots.txt", "User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"})
    return ids
