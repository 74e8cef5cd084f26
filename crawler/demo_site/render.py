"""HTML pages of the INA-like site in INA's DataLife Engine skin (the 2020-2022 release layout,
see ``layouts``), listings with their two pager markups, and the 404 page."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from crawler.demo_site import vocab
from crawler.demo_site.content import Story
from crawler.demo_site.sections import (
    NOT_FOUND,
    PRINT,
    RELATED,
    ROOT,
    SECTION_LINKS,
    SHARE,
    SITE_NAME,
    category_names,
    direction,
)

SYNTHETIC_NOTE = "synthetic sample data generated for tests; not published by INA"


def _e(text: str) -> str:
    """Text escaped for an HTML text node or attribute."""
    return escape(text, quote=True)


def charset_meta(encoding: str) -> str:
    """The charset declaration DLE templates use (http-equiv for the legacy code page)."""
    if encoding == "utf-8":
        return '<meta charset="utf-8">'
    return f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}">'


def _menu(lang: str) -> str:
    """The site header with the category menu."""
    root = ROOT[lang]
    items = "".join(
        f'<li><a href="{root}{slug}/">{_e(name)}</a></li>' for slug, name in category_names(lang)
    )
    switch = " | ".join(
        f'<a href="{ROOT[code]}">{label}</a>' for code, label in SECTION_LINKS if code != lang
    )
    return (
        '<header class="site-header"><div class="top-bar"><span class="lang-switch">'
        f"{switch}</span>"
        '<form class="search" action="/index.php" method="get"><input type="hidden" name="do" '
        'value="search"><input name="story" placeholder="Search"></form></div>'
        f'<a class="logo" href="{root}"><img src="{root}templates/ina/images/logo.png" '
        f'alt="{_e(SITE_NAME[lang])}"></a>'
        f'<nav class="main-menu"><ul><li><a href="{root}">{_e(SITE_NAME[lang])}</a></li>'
        f"{items}</ul></nav></header>"
    )


def _footer(lang: str) -> str:
    """Footer, counters and the DLE scripts: chrome after the story."""
    return (
        '<footer class="site-footer"><p>© Iraqi News Agency (INA). '
        f"{_e(SYNTHETIC_NOTE)}.</p></footer>"
        f'<script src="{ROOT[lang]}engine/classes/js/jquery.js"></script>'
        "<script>var dle_root = '" + ROOT[lang] + "'; var dle_skin = 'ina'; "
        "var dle_wysiwyg = '0'; $(function(){ $('.font-plus').click(function(){ "
        "$('.news-text').css('font-size','+=1'); return false; }); });</script>"
        '<script async src="https://www.googletagmanager.com/gtag/js?id=UA-000000-1"></script>'
    )


def _head(lang: str, title: str, encoding: str, extra: str = "") -> str:
    """The document start through <body>."""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{direction(lang)}">\n<head>\n'
        f"{charset_meta(encoding)}\n<title>{_e(title)}</title>\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        f'<meta name="generator" content="DataLife Engine (http://dle-news.ru)">\n'
        f'<meta name="x-sample-data" content="{_e(SYNTHETIC_NOTE)}">\n'
        f"{extra}"
        f'<link rel="alternate" type="application/rss+xml" title="{_e(SITE_NAME[lang])}" '
        f'href="{ROOT[lang]}rss.xml">\n'
        f'<link href="{ROOT[lang]}templates/ina/css/style.css" rel="stylesheet">\n'
        "</head>\n<body>\n"
    )


def _image_html(src: str, caption: str | None) -> str:
    """An image of the story; a captioned one is a <figure>."""
    if caption is None:
        return f'<div style="text-align:center;"><img src="{src}" alt="" class="fr-dib"></div>'
    return (
        f'<figure class="image"><img src="{src}" alt="{_e(caption)}">'
        f"<figcaption>{_e(caption)}</figcaption></figure>"
    )


def _story_html(story: Story, image_base: str) -> str:
    """The inside of div.news-text: byline, credit, first image, paragraphs, marker, tails."""
    blocks: list[str] = []
    if story.byline:
        blocks.append(story.byline)
    if story.credit:
        blocks.append(story.credit)
    pieces: list[str] = []
    if story.markup == "p":
        pieces.extend(f"<p>{_e(line)}</p>" for line in blocks)
    else:
        pieces.append("<br>".join(_e(line) for line in blocks) + ("<br><br>" if blocks else ""))
    images = [_image_html(image_base + path, caption) for path, caption in story.images]
    if images:
        pieces.append(images[0])
    paragraphs = list(story.paragraphs) + ([("p", story.marker)] if story.synthetic else [])
    middle = len(paragraphs) // 2
    for k, (kind, text) in enumerate(paragraphs):
        if k == middle and len(images) > 1:
            pieces.append(images[1])
        if k == middle and story.ads_inside:
            pieces.append(
                '<div class="ads"><ins class="adsbygoogle" data-ad-slot="000000"></ins>'
                "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div>"
            )
        inner = f"<b>{_e(text)}</b>" if kind == "h" else _e(text)
        if story.markup == "p":
            pieces.append(f"<p>{inner}</p>")
        else:
            pieces.append(inner + "<br><br>")
    if story.translator_line:
        pieces.append(f"<p>{_e(story.translator_line)}</p>")
    if story.telegram:
        pieces.append(
            f'<p><a href="https://t.me/inaiq" target="_blank">{vocab.TELEGRAM_LINE_AR}</a></p>'
        )
    return "\n".join(pieces)


def release_page(story: Story, base_url: str, related: Sequence[Story] = ()) -> str:
    """The full page of one release, as text (encode it with ``story.encoding``).

    Args:
        story: what the page shows.
        base_url: scheme and host the page is served from, for canonical and og: links.
        related: other stories to list as related headlines (chrome).

    Returns:
        The HTML document.
    """
    lang = story.lang
    root = ROOT[lang]
    url = base_url + story.path
    description = story.summary
    keywords = ", ".join(dict.fromkeys(w for w in story.title.split() if len(w) > 4))
    extra = (
        f'<meta name="description" content="{_e(description)}">\n'
        f'<meta name="keywords" content="{_e(keywords)}">\n'
        f'<meta name="news_keywords" content="{_e(keywords)}">\n'
        f'<meta property="og:site_name" content="{_e(SITE_NAME[lang])}">\n'
        '<meta property="og:type" content="article">\n'
        f'<meta property="og:title" content="{_e(story.title)}">\n'
        f'<meta property="og:url" content="{_e(url)}">\n'
        + (
            f'<meta property="og:image" content="{_e(base_url + story.images[0][0])}">\n'
            if story.images
            else ""
        )
        + f'<meta property="og:description" content="{_e(description)}">\n'
        f'<link rel="canonical" href="{_e(url)}">\n'
    )
    info = [f'<li class="date"><i class="fa fa-clock-o"></i> {_e(story.date_text)}</li>']
    if story.category_in_info:
        info.append(
            f'<li class="category"><a href="{root}{story.category_slug}/">{_e(story.category)}</a></li>'
        )
    info.append(
        '<li class="font-size"><a href="#" class="font-plus">+A</a> '
        '<a href="#" class="font-minus">-A</a></li>'
    )
    related_items = "".join(
        f'<li><a href="{r.path}">{_e(r.title)}</a> <span class="date">{_e(r.date_text)}</span></li>'
        for r in related
    )
    return (
        _head(lang, f"{story.title} - {SITE_NAME[lang]}", story.encoding, extra)
        + _menu(lang)
        + '\n<div class="container"><div class="speedbar"><span id="dle-speedbar">'
        f'<a href="{root}">{_e(SITE_NAME[lang])}</a> » '
        f'<a href="{root}{story.category_slug}/">{_e(story.category)}</a> » {_e(story.title)}'
        "</span></div>\n"
        '<div class="news-wrapper">\n'
        f'<h1 class="main-title"><a href="{_e(url)}">{_e(story.title)}</a></h1>\n'
        '<div class="news-details">\n'
        f'<ul class="info">{"".join(info)}</ul>\n'
        f'<div class="news-text">\n{_story_html(story, base_url)}\n</div>\n'
        f'<div class="share"><span>{SHARE[lang]}:</span> '
        f'<a href="https://www.facebook.com/sharer.php?u={_e(url)}">Facebook</a> '
        f'<a href="https://twitter.com/intent/tweet?url={_e(url)}">Twitter</a> '
        f'<a href="https://t.me/share/url?url={_e(url)}">Telegram</a> '
        f'<a class="print-link" href="{_e(story.print_path)}" rel="nofollow">'
        f"{PRINT[lang]}</a></div>\n"
        "</div>\n"
        '<div class="related-news"><h3>' + RELATED[lang] + f"</h3><ul>{related_items}</ul></div>\n"
        '<div class="ads ads-bottom"><a href="/engine/go.php?url=aHR0cDovL2V4YW1wbGUuaW52YWxpZA">'
        f'<img src="{root}uploads/banners/banner.gif" alt=""></a></div>\n'
        "</div></div>\n" + _footer(lang) + "\n</body>\n</html>\n"
    )


def listing_page(
    lang: str,
    title: str,
    stories: Sequence[Story],
    page: int,
    pages: int,
    page_url: str,
    pager: str = "dle",
) -> str:
    """A DLE listing page: short stories newest first and page navigation.

    Args:
        lang: "en", "ar", "ku" or "tk".
        title: heading of the listing (site or category name).
        stories: the stories on this page.
        page: this page's number (1-based).
        pages: number of pages of the listing.
        page_url: the listing's first-page path ("/eng/", "/eng/security/"); page n is
            ``page_url + "page/n/"``.
        pager: "dle" (``div.navigation``, numbers, ``»`` with ``rel=next``), "bootstrap"
            (``ul.pagination``, ``aria-label="Next"``, no ``rel``) or "bootstrap-rel" (the
            same with ``rel=next``/``rel=prev``).

    Returns:
        The HTML document (UTF-8).
    """

    def href(n: int) -> str:
        return page_url if n == 1 else f"{page_url}page/{n}/"

    blocks = "".join(
        '<div class="inner-news-block">'
        f'<div class="para"><p><a href="{s.path}">{_e(s.title)}</a></p>'
        f'<span class="date">{_e(s.date_text)}</span>'
        f'<div class="short-story">{_e(s.summary)}</div></div></div>\n'
        for s in stories
    )
    numbers = sorted({1, page - 1, page, page + 1, pages} & set(range(1, pages + 1)))
    if pager == "dle":
        nav: list[str] = []
        if page > 1:
            nav.append(f'<a class="prev" rel="prev" href="{href(page - 1)}">«</a>')
        for n in numbers:
            nav.append(f"<span>{n}</span>" if n == page else f'<a href="{href(n)}">{n}</a>')
        if page < pages:
            nav.append(f'<a class="next" rel="next" href="{href(page + 1)}">»</a>')
        navigation = f'<div class="navigation">{" ".join(nav)}</div>\n'
    else:
        navigation = _bootstrap_pager(numbers, page, pages, href, pager == "bootstrap-rel")
    heading = title if page == 1 else f"{title} - {page}"
    return (
        _head(lang, heading, "utf-8")
        + _menu(lang)
        + f'\n<div class="container"><div class="news-wrapper"><h2 class="section-title">{_e(heading)}</h2>\n'
        + blocks
        + navigation
        + "</div></div>\n"
        + _footer(lang)
        + "\n</body>\n</html>\n"
    )


def _bootstrap_pager(numbers: list[int], page: int, pages: int, href, rel: bool) -> str:
    """A Bootstrap pager: ``ul.pagination`` of ``li.page-item``, arrows by ``aria-label``."""

    def item(n: int, label: str, aria: str = "", relation: str = "") -> str:
        attrs = f' aria-label="{aria}"' if aria else ""
        attrs += f' rel="{relation}"' if rel and relation else ""
        active = " active" if n == page and not aria else ""
        return (
            f'<li class="page-item{active}"><a class="page-link" href="{href(n)}"{attrs}>'
            f"{label}</a></li>"
        )

    items = [item(page - 1, "&laquo;", "Previous", "prev")] if page > 1 else []
    items += [item(n, str(n)) for n in numbers]
    if page < pages:
        items.append(item(page + 1, "&raquo;", "Next", "next"))
    return (
        '<nav aria-label="Page navigation"><ul class="pagination justify-content-center">'
        + "".join(items)
        + "</ul></nav>\n"
    )


def not_found_page(lang: str, path: str) -> str:
    """DLE's page for an unknown address (served with status 404)."""
    return (
        _head(lang, f"404 - {SITE_NAME[lang]}", "utf-8")
        + _menu(lang)
        + f'\n<div class="container"><div class="berrors"><b>{_e(NOT_FOUND[lang])}</b><br>'
        f"{_e(path)}</div></div>\n" + _footer(lang) + "\n</body>\n</html>\n"
    )
