"""The pre-2020 English site: XHTML tables, ``/eng/<id>`` permalinks, ``div.newsTitle``,
"Wednesday 26th June 2019 - 11:51" date lines, the byline as the story's first line."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from crawler.demo_site import vocab
from crawler.demo_site.content import Story
from crawler.demo_site.layouts.common import (
    SITE_NAME,
    SYNTHETIC_NOTE,
    category_href,
    e,
    head_meta,
    story_parts,
    views,
    weekday_date,
)


def _body(story: Story, base_url: str) -> str:
    """The inside of ``div.newsBody``: plain lines, images centred, subheadings underlined."""
    pieces: list[str] = []
    for kind, text, extra in story_parts(story, base_url):
        if kind == "image":
            caption = f'<br /><span class="imgCaption">{e(extra)}</span>' if extra else ""
            pieces.append(
                f'<div align="center"><img src="{e(text)}" border="0" alt="" />{caption}</div>'
            )
        elif kind == "h":
            pieces.append(f"<p><u><b>{e(text)}</b></u></p>")
        elif kind == "ad":
            pieces.append('<div class="adBox"><script>show_ad("inside");</script></div>')
        else:
            pieces.append(f"<p>{e(text)}</p>")
    return "\n".join(pieces)


@cache
def _nav() -> str:
    """The category links of the old English site."""
    return " | ".join(f'<a href="/eng/{slug}/">{e(name)}</a>' for slug, name, _ in vocab.CATEGORIES)


def release_page(story: Story, base_url: str, related: Sequence[Story] = ()) -> str:
    """The release page as the pre-2020 English site drew it (UTF-8).

    Args:
        story: what the page shows (an English release).
        base_url: scheme and host the page is served from.
        related: other stories (the "Latest News" box).

    Returns:
        The HTML document.
    """
    latest = "".join(
        f'<li><a href="/eng/{r.release_id}">{e(r.title)}</a><br />'
        f'<span class="smallDate">{weekday_date(r.date)}</span></li>'
        for r in related
    )
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="en" dir="ltr">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f"<title>INA - {e(story.title)}</title>\n"
        + head_meta(story, base_url, og=False)
        + '<link href="/eng/css/main.css" rel="stylesheet" type="text/css" />\n</head>\n'
        '<body>\n<div id="wrapper"><div id="header">'
        f'<img src="/eng/images/banner.jpg" alt="{e(SITE_NAME["en"])}" /></div>\n'
        f'<div id="nav"><a href="/eng/">Home</a> | {_nav()}</div>\n'
        '<table id="layout" width="100%" cellpadding="0" cellspacing="0"><tr>'
        '<td id="mainCol" valign="top">\n'
        '<div class="path">You are here: <a href="/eng/">Home</a> &gt; '
        f'<a href="{category_href(story)}">{e(story.category)}</a></div>\n'
        f'<div class="newsTitle">{e(story.title)}</div>\n'
        f'<div class="newsDate">{weekday_date(story.date)}</div>\n'
        f'<div class="newsBody">\n{_body(story, base_url)}\n</div>\n'
        f'<div class="newsTools"><a href="/eng/{story.release_id}">Permalink</a> | '
        f'<a href="{e(story.print_path)}" target="_blank">Print</a> | '
        f"Read {views(story)} times</div>\n"
        '</td><td id="sideCol" valign="top" width="260"><div class="box">'
        f'<div class="boxTitle">Latest News</div><ul>{latest}</ul></div></td></tr></table>\n'
        f'<div id="footer">Copyright © {story.date.year} {e(SITE_NAME["en"])}. '
        f"{e(SYNTHETIC_NOTE)}.</div></div>\n</body>\n</html>\n"
    )
