"""Non-release pages of the Kurdish/Turkmen families: listings, error boxes and static pages."""

from __future__ import annotations

from datetime import datetime, timedelta

from lang_forms import BAGHDAD, MARK, SITE, Rel, esc, shown_date
from lang_stories_ku import KU_ABOUT, KU_NOT_FOUND, KU_STORIES, KU_WORDS
from lang_stories_tk import TK_ABOUT, TK_NOT_FOUND, TK_STORIES, TK_WORDS

SECTION = {"ku": "kurd", "tk": "turkmen"}
ABOUT_TITLE = {"ku": "دەربارەی ئاژانس", "tk": "Hakkımızda"}
ERROR_TITLE = {"ku": "زانیاری", "tk": "Bilgi"}


def _shell(lang: str, title: str, body: str, family: str) -> str:
    """A page of the family's chrome around body (kept simple: the verdict is about the body)."""
    direction = "rtl" if lang == "ku" else "ltr"
    w = KU_WORDS if lang == "ku" else TK_WORDS
    root = f"/{SECTION[lang]}/"
    if family == "print":
        return (
            f'<html dir="{direction}">\n<head>\n{MARK}\n<meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8">\n<title>{esc(title)}</title>\n</head>\n'
            f'<body bgcolor="#FFFFFF">\n<div><a href="javascript:window.print()">{w["print"]}</a></div>\n'
            f"{body}\n</body>\n</html>\n"
        )
    classes = {
        "dle": ("header", "base", "footer"),
        "table": ("top", "content", "bottom"),
        "redesign": (
            "sticky top-0 bg-white shadow",
            "mx-auto max-w-7xl px-4 py-6",
            "bg-gray-900 text-sm",
        ),
    }[family]
    return (
        f'<!DOCTYPE html>\n<html lang="{"ckb" if lang == "ku" else "tr"}" dir="{direction}">\n<head>\n'
        f'{MARK}\n<meta charset="utf-8">\n<title>{esc(title)} &raquo; {w["home"]}</title>\n</head>\n<body>\n'
        f'<div class="{classes[0]}"><a href="{root}">{w["home"]}</a> | <a href="{root}news/">{w["news"]}</a></div>\n'
        f'<div class="{classes[1]}">\n{body}\n</div>\n<div class="{classes[2]}">&copy; {w["home"]}</div>\n'
        "</body>\n</html>\n"
    )


def listing_page(lang: str, family: str) -> tuple[str, str]:
    """A section home with eight teasers, their dates and a pager; returns (url, html)."""
    stories = KU_STORIES if lang == "ku" else TK_STORIES
    root = f"/{SECTION[lang]}/"
    start = datetime(2023, 5, 14, 18, 40, tzinfo=BAGHDAD)
    items = []
    for i, (title, _, _, paras) in enumerate(stories[:8]):
        when = start - timedelta(hours=5 * i)
        rid = 31000 + 97 * (8 - i) if lang == "ku" else 17000 + 53 * (8 - i)
        shown = shown_date(Rel(lang, 0, "", "", None, None, [], when), "dle")
        link = f'<a href="{root}{rid}--.html">{esc(title)}</a>'
        if family == "redesign":
            items.append(
                f'<article class="border-b py-4"><h2 class="text-lg font-bold">{link}</h2>'
                f'<time datetime="{when.isoformat()}">{esc(shown)}</time><p>{esc(paras[0])}</p></article>'
            )
        elif family == "table":
            items.append(
                f'<tr><td><b>{link}</b><br><font size="1">{esc(shown)}</font><br>{esc(paras[0])}</td></tr>'
            )
        else:
            items.append(
                f'<div class="shortstory"><h3 class="btl">{link}</h3><div class="mlink">'
                f'<span class="date">{esc(shown)}</span></div><div class="maincont">{esc(paras[0])}</div></div>'
            )
    pager = (
        f'<div class="navigation"><span>1</span> <a href="{root}page/2/">2</a> '
        f'<a href="{root}page/3/">3</a> ... <a href="{root}page/2/">&raquo;</a></div>'
    )
    if family == "table":
        body = '<table width="100%">' + "".join(items) + f"</table>{pager}"
    else:
        body = "".join(items) + pager
    news = KU_WORDS["news"] if lang == "ku" else TK_WORDS["news"]
    url = f"{SITE}{root}" if family != "table" else f"{SITE}{root}page/2/"
    return url, _shell(lang, news, body, family)


def error_page(lang: str, family: str, rid: int) -> tuple[str, str]:
    """DLE's information box for a missing release, at a release-like URL; returns (url, html)."""
    text = KU_NOT_FOUND if lang == "ku" else TK_NOT_FOUND
    root = f"/{SECTION[lang]}/"
    home = KU_WORDS["home"] if lang == "ku" else TK_WORDS["home"]
    if family == "redesign":
        body = (
            f'<section class="py-24 text-center"><h1 class="text-6xl font-bold">404</h1>'
            f'<p class="mt-4">{esc(text)}</p><a class="mt-6 inline-block" href="{root}">{home}</a></section>'
        )
    else:
        body = (
            f'<div class="berrors"><b>{ERROR_TITLE[lang]}</b><br>{esc(text)}<br>'
            f'<a href="javascript:history.go(-1)">&laquo;</a></div>'
        )
    path = f"print:page,1,{rid}--.html" if family == "print" else f"{rid}--.html"
    return f"{SITE}{root}{path}", _shell(lang, ERROR_TITLE[lang], body, family)


def static_page(lang: str, family: str) -> tuple[str, str]:
    """The 'about the agency' page: long text, no date, no byline; returns (url, html)."""
    paras = KU_ABOUT if lang == "ku" else TK_ABOUT
    text = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    title = ABOUT_TITLE[lang]
    if family == "print":
        body = f"<h1>{esc(title)}</h1>\n<div>\n{text}\n</div>"
        url = f"{SITE}/{SECTION[lang]}/index.php?do=static&page=about&mode=print"
    else:
        body = f'<h1 class="title">{esc(title)}</h1>\n<div class="static-text">\n{text}\n</div>'
        url = f"{SITE}/{SECTION[lang]}/about.html"
    return url, _shell(lang, title, body, family)
