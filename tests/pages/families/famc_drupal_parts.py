"""Page parts of the drupal-2012 family (Drupal 7 chrome, dates, non-releases).

Every page built here is SYNTHETIC.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

import famc_content as C
import famc_kit as K
from famc_kit import esc

SITE = {"en": "Iraqi News Agency", "ar": "وكالة الأنباء العراقية"}
EN_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DOCTYPE = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"\n'
    '  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">\n'
)


def others(rng: random.Random, lang: str, title: str, n: int) -> list[str]:
    """n headlines of other releases (never the page's own)."""
    pool = [t for t in (C.AR_TEASERS if lang == "ar" else C.EN_TEASERS) if t != title]
    return rng.sample(pool, n)


def medium(d: datetime) -> str:
    """Drupal's medium date: Sun, 03/04/2012 - 14:22."""
    return f"{EN_ABBR[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def head(title: str, lang: str, url: str, charset: str, extra: str = "") -> str:
    """Doctype, synthetic mark and head."""
    d = "rtl" if lang == "ar" else "ltr"
    settings = {"basePath": "/", "pathPrefix": "eng/" if lang == "en" else "", "ajaxPageState": {
        "theme": "ina7", "css": {"modules/system/system.base.css": 1}}}  # fmt: skip
    return (
        f'{DOCTYPE}{K.SYNTH}\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{lang}" '
        f'version="XHTML+RDFa 1.0" dir="{d}">\n<head profile="http://www.w3.org/1999/xhtml/vocab">\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n'
        f'<meta name="Generator" content="Drupal 7 (http://drupal.org)" />\n'
        f'<link rel="canonical" href="{url}" />\n{extra}'
        f"<title>{esc(title)} | {SITE[lang]}</title>\n"
        f"<script>jQuery.extend(Drupal.settings, {json.dumps(settings)});</script>\n</head>\n"
    )


def header(rng: random.Random, lang: str, title: str, crumbs: list[str] | None) -> str:
    """Logo, site name, menu, optional breadcrumb."""
    home = "الرئيسية" if lang == "ar" else "Home"
    out = (
        '<div id="page-wrapper"><div id="page">\n<div id="header"><div class="section clearfix">'
        f'<a href="/" title="{home}" rel="home" id="logo"><img src="/sites/all/themes/ina7/logo.png"'
        f' alt="{home}" /></a><div id="site-name"><strong><a href="/">{SITE[lang]}</a></strong></div>'
        f'\n<div id="navigation"><ul class="menu"><li class="first leaf"><a href="/">{home}</a></li>'
        '<li class="leaf"><a href="/taxonomy/term/3">Politics</a></li><li class="last leaf">'
        '<a href="/contact">Contact</a></li></ul></div></div></div>\n'
    )
    if crumbs is not None:
        links = [f'<a href="/">{home}</a>'] + [
            f'<a href="/taxonomy/term/7">{esc(c)}</a>' for c in crumbs
        ]
        out += (
            '<div id="breadcrumb"><h2 class="element-invisible">You are here</h2><div class="breadcrumb">'
            + " &raquo; ".join(links)
            + "</div></div>\n"
        )
    return out


def sidebar(rng: random.Random, lang: str, date: datetime, title: str) -> str:
    """region-sidebar-second: the Latest block with later dates, and a search form."""
    rows = ""
    for k, t in enumerate(others(rng, lang, title, 5)):
        d = date + timedelta(hours=k + 1, minutes=rng.randrange(60))
        rows += (
            f'<div class="views-row views-row-{k + 1}"><span class="views-field-title"><a href="/node/'
            f'{rng.randrange(1000, 9999)}">{esc(t)}</a></span> <span class="views-field-created">'
            f"{medium(d)}</span></div>\n"
        )
    latest = "آخر الأخبار" if lang == "ar" else "Latest news"
    return (
        '<div id="sidebar-second" class="column sidebar"><div class="section">'
        '<div class="region region-sidebar-second">\n<div id="block-views-latest" class="block '
        f'block-views"><h2>{latest}</h2><div class="content"><div class="view view-latest">\n{rows}'
        '</div></div></div>\n<div id="block-search-form" class="block block-search"><form action="/"'
        ' method="post"><input type="text" name="search_block_form" /></form></div>\n'
        "</div></div></div>\n"
    )


def footer(year: int, lang: str) -> str:
    """Footer region and closing tags."""
    return (
        f'<div id="footer"><div class="region region-footer">&copy; {year} {SITE[lang]}</div></div>\n'
        "</div></div>\n</body>\n</html>\n"
    )


def non_releases(rng: random.Random) -> list[K.Page]:
    """An Arabic taxonomy listing (windows-1256), a 404 page and an About node."""
    out = []
    url = "https://ina.iq/taxonomy/term/7"
    rows = ""
    for k, t in enumerate(C.AR_TEASERS[:5]):
        d = K.rand_date(rng, 2012, 2012)
        rows += (
            f'<div class="node node-article node-teaser"><h2><a href="/{100000 + k}--.html">{esc(t)}'
            f'</a></h2><div class="meta submitted">{medium(d)}</div><div class="content">'
            f"<p>{esc(C.AR_STORIES[k][2][0])}</p></div></div>\n"
        )
    page = (
        head("محليات", "ar", url, "windows-1256")
        + '<body class="html not-front page-taxonomy">\n'
        + header(rng, "ar", "", None)
        + f'<div id="content"><h1 class="title" id="page-title">محليات</h1>\n{rows}'
        + '<ul class="pager"><li class="pager-next"><a href="?page=1">&rsaquo;</a></li></ul></div>\n'
        + footer(2012, "ar")
    )
    ct = "text/html; charset=windows-1256"
    out.append(K.Page("drupal-listing-ar", page, "cp1256", K.other_label(
        "taxonomy term page with teasers, windows-1256", url, ct, "listing")))  # fmt: skip
    url = "https://ina.iq/eng/node/99999"
    page = (
        head("Page not found", "en", url, "utf-8")
        + '<body class="html not-front page-node">\n'
        + header(rng, "en", "", None)
        + '<div id="content"><h1 class="title" id="page-title">Page not found</h1>\n'
        + '<div class="region region-content"><div id="block-system-main" class="block"><div '
        + 'class="content">The requested page "/eng/node/99999" could not be found.</div></div>'
        + "</div></div>\n"
        + footer(2012, "en")
    )
    out.append(K.Page("drupal-404", page, "utf-8", K.other_label(
        "Drupal page not found", url, "text/html; charset=utf-8", "error")))  # fmt: skip
    url = "https://ina.iq/eng/about"
    body = "".join(f"<p>{esc(p)}</p>\n" for p in C.EN_ABOUT)
    page = (
        head("About INA", "en", url, "utf-8")
        + '<body class="html not-front page-node node-type-page">\n'
        + header(rng, "en", "", ["About INA"])
        + '<div id="content"><h1 class="title" id="page-title">About INA</h1>\n'
        + '<div id="node-2" class="node node-page clearfix"><div class="content"><div class="field '
        + 'field-name-body"><div class="field-items"><div class="field-item even">'
        + f"{body}</div></div></div></div></div></div>\n"
        + footer(2012, "en")
    )
    out.append(K.Page("drupal-static-about", page, "utf-8", K.other_label(
        "Drupal basic page (About)", url, None, "static")))  # fmt: skip
    return out
