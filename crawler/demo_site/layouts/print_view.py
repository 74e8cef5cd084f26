"""DLE's print view (``/print:page,1,<id>-<slug>.html``): no chrome, ``div.full-story`` of
``<br><br>`` lines; Arabic ones carry the Telegram promotion inside the story."""

from __future__ import annotations

from crawler.demo_site import vocab
from crawler.demo_site.content import Story
from crawler.demo_site.layouts.common import (
    HOME,
    PRINT,
    ROOT,
    SITE_NAME,
    SYNTHETIC_NOTE,
    category_href,
    charset_meta,
    direction,
    e,
    story_parts,
)

_SOURCE = {"en": "Source", "ar": "المصدر", "ku": "سەرچاوە", "tk": "Kaynak"}
_TELEGRAM = f'<a href="https://t.me/inaiq">{vocab.TELEGRAM_LINE_AR}</a>'


def _full_story(story: Story, base_url: str) -> str:
    """The story as ``<br><br>``-separated lines; Arabic: the Telegram line after the first
    paragraph and at the end."""
    lines: list[str] = []
    seen_paragraph = False
    for kind, text, extra in story_parts(story, base_url):
        if kind == "image":
            lines.append(f'<img src="{e(text)}" alt="{e(extra or "")}">')
            if extra:
                lines.append(f"<i>{e(extra)}</i>")
        elif kind == "ad":
            continue
        elif kind == "telegram":
            continue  # printed below for every Arabic release
        elif kind == "h":
            lines.append(f"<b>{e(text)}</b>")
        else:
            lines.append(e(text))
            if kind == "p" and not seen_paragraph and story.lang == "ar":
                lines.append(_TELEGRAM)
            seen_paragraph = seen_paragraph or kind == "p"
    if story.lang == "ar":
        lines.append(vocab.TELEGRAM_LINE_AR)
    return "<br><br>\n".join(lines)


def print_page(story: Story, base_url: str, encoding: str) -> str:
    """The print view of a release.

    Args:
        story: what the page shows.
        base_url: scheme and host the page is served from.
        encoding: the charset the page declares (the release page's).

    Returns:
        The HTML document.
    """
    lang = story.lang
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{direction(lang)}">\n<head>\n'
        f"{charset_meta(encoding)}\n<title>{e(story.title)} » {PRINT[lang]}</title>\n"
        '<meta name="robots" content="noindex,nofollow">\n'
        f'<meta name="x-sample-data" content="{e(SYNTHETIC_NOTE)}">\n'
        "<style>body{font:14px/1.6 serif;margin:2em}.full-story img{max-width:100%}</style>\n"
        '</head>\n<body onload="window.print()">\n'
        f'<div class="print-head"><b>{e(SITE_NAME[lang])}</b> » '
        f'<a href="{category_href(story)}">{e(story.category)}</a></div>\n'
        f"<h1>{e(story.title)}</h1>\n"
        f'<span class="date">{e(story.date_text)}</span>\n'
        f'<div class="full-story">\n{_full_story(story, base_url)}\n</div>\n'
        f'<hr><div class="print-foot">{_SOURCE[lang]}: {e(base_url + story.path)} | '
        f'<a href="{ROOT[lang]}">{HOME[lang]}</a> | {e(SYNTHETIC_NOTE)}</div>\n'
        "</body>\n</html>\n"
    )
