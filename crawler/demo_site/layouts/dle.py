"""DataLife Engine's default skin ("Default"): ``div.speedbar``, ``h2.title``, ``div.text``,
``<time datetime="Y-m-d">`` with a views counter, the byline bold on the story's first line."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from crawler.demo_site import vocab, vocab_ku_tk
from crawler.demo_site.content import Story
from crawler.demo_site.layouts.common import (
    HOME,
    PRINT,
    RELATED,
    ROOT,
    SITE_NAME,
    SYNTHETIC_NOTE,
    category_href,
    category_names,
    charset_meta,
    direction,
    e,
    head_meta,
    long_date,
    story_parts,
    views,
)

_VIEWS = {"en": "Views", "ar": "المشاهدات", "ku": "بینین", "tk": "Okunma"}
_POPULAR = {"en": "Popular", "ar": "الأكثر قراءة", "ku": "زۆرترین خوێندراو", "tk": "En çok okunan"}
_CALENDAR = {"en": "News archive", "ar": "أرشيف الأخبار", "ku": "ئەرشیف", "tk": "Haber arşivi"}
_MONTHS = {
    "en": vocab.MONTHS_EN,
    "ar": vocab.MONTHS_AR_IRAQI,
    "ku": vocab_ku_tk.MONTHS_KU,
    "tk": vocab_ku_tk.MONTHS_TK,
}


def _text(story: Story, base_url: str) -> str:
    """The inside of ``div.text``: bold byline, credit, then the story as DLE stores it."""
    pieces: list[str] = []
    br = story.markup == "br"
    for kind, text, extra in story_parts(story, base_url):
        if kind == "byline":
            pieces.append(f"<b>{e(text)}</b><br>" if br else f"<p><strong>{e(text)}</strong></p>")
        elif kind == "image":
            img = f'<img src="{e(text)}" alt="{e(extra or "")}" class="fr-fic fr-dib">'
            if extra:  # the Froala editor's caption markup, as DLE stores it
                img = (
                    '<span class="fr-img-caption fr-fic fr-dib"><span class="fr-img-wrap">'
                    f'{img}<span class="fr-inner">{e(extra)}</span></span></span>'
                )
            pieces.append(img if not br else img + "<br>")
        elif kind == "ad":
            pieces.append('<div class="banner-inside"><!-- banner_inside --></div>')
        elif kind == "telegram":
            pieces.append(f'<p><a href="https://t.me/inaiq" rel="nofollow">{e(text)}</a></p>')
        elif kind == "h":
            pieces.append(f"<b>{e(text)}</b><br><br>" if br else f"<p><b>{e(text)}</b></p>")
        else:  # credit, p, translator
            pieces.append(f"{e(text)}<br><br>" if br else f"<p>{e(text)}</p>")
    return "\n".join(pieces)


def _sidebar(story: Story, related: Sequence[Story]) -> str:
    """Popular headlines with written-out dates and an archive block with month names."""
    items = "".join(
        f'<li><a href="{r.path}">{e(r.title)}</a><span class="side-date">'
        f"{e(long_date(r.date, r.lang))}</span></li>"
        for r in reversed(related)
    )
    month = _MONTHS[story.lang]
    archive = (
        f'<li><a href="{ROOT[story.lang]}{story.date.year}/{story.date.month:02d}/">'
        f"{e(month[story.date.month - 1])} {story.date.year}</a></li>"
    )
    return (
        f'<aside class="sidebar"><div class="block"><h4 class="block-title">'
        f"{_POPULAR[story.lang]}</h4><ul>{items}</ul></div>"
        f'<div class="block"><h4 class="block-title">{_CALENDAR[story.lang]}</h4>'
        f"<ul>{archive}</ul></div></aside>\n"
    )


@cache
def _menu(lang: str) -> str:
    """The category menu of a section."""
    root = ROOT[lang]
    return "".join(
        f'<li><a href="{root}{slug}/">{e(name)}</a></li>' for slug, name in category_names(lang)
    )


def release_page(story: Story, base_url: str, related: Sequence[Story] = ()) -> str:
    """The release page in DLE's default skin.

    Args:
        story: what the page shows.
        base_url: scheme and host the page is served from.
        related: other stories (related headlines and the sidebar).

    Returns:
        The HTML document.
    """
    lang, root = story.lang, ROOT[story.lang]
    url = base_url + story.path
    related_items = "".join(
        f'<li><a href="{r.path}">{e(r.title)}</a> '
        f'<time datetime="{r.date:%Y-%m-%d}">{e(r.date_text)}</time></li>'
        for r in related
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{direction(lang)}">\n<head>\n'
        f"{charset_meta(story.encoding)}\n"
        f"<title>{e(story.title)} » {e(SITE_NAME[lang])}</title>\n"
        '<meta name="generator" content="DataLife Engine (http://dle-news.ru)">\n'
        + head_meta(story, base_url)
        + f'<link rel="alternate" type="application/rss+xml" href="{root}rss.xml">\n'
        f'<link href="{root}templates/Default/style/styles.css" rel="stylesheet">\n'
        "</head>\n<body>\n"
        '<div class="wrp"><header class="header"><div class="logo">'
        f'<a href="{root}">{e(SITE_NAME[lang])}</a></div>'
        f'<nav class="topmenu"><ul>{_menu(lang)}</ul></nav></header>\n'
        '<div class="speedbar"><span id="dle-speedbar">'
        f'<a href="{root}">{HOME[lang]}</a> » '
        f'<a href="{category_href(story)}">{e(story.category)}</a> » {e(story.title)}'
        "</span></div>\n"
        '<div class="cols"><div id="dle-content"><article class="story fullstory">\n'
        f'<h2 class="title">{e(story.title)}</h2>\n'
        f'<div class="story_info"><time datetime="{story.date:%Y-%m-%d}">'
        f"{e(story.date_text)}</time> | "
        f'<a href="{category_href(story)}" rel="category tag">{e(story.category)}</a> | '
        f'<span class="views" title="{_VIEWS[lang]}">{_VIEWS[lang]}: {views(story)}</span> | '
        f'<a class="print" href="{e(story.print_path)}" rel="nofollow">{PRINT[lang]}</a></div>\n'
        f'<div class="text">\n{_text(story, base_url)}\n</div>\n'
        f'<div class="story_tools"><a href="https://www.facebook.com/sharer.php?u={e(url)}">'
        "Facebook</a></div>\n"
        f'<div class="related"><h4>{RELATED[lang]}</h4><ul>{related_items}</ul></div>\n'
        "</article></div>\n" + _sidebar(story, related) + "</div>\n"
        f'<footer class="footer"><p>© {e(SITE_NAME[lang])}. {e(SYNTHETIC_NOTE)}.</p></footer>'
        f"</div>\n<script>var dle_root = '{root}'; var dle_skin = 'Default';</script>\n"
        "</body>\n</html>\n"
    )
