"""Markup pieces for the joomla-2010 family (synthetic Joomla 1.5/2.5 pages, not INA content)."""

from __future__ import annotations

import random
from datetime import datetime

from famd_content import AR_PHOTOGRAPHERS, EN_PHOTOGRAPHERS
from famd_kit import AR_DAYS, AR_MONTHS_IRAQI, EN_DAYS, EN_MONTHS, MARK, attr, esc, is_sub, plain

LABELS = {
    "en": {
        "cat": "Category: ",
        "pub": "Published: ",
        "by": "Written by ",
        "hits": "Hits: ",
        "latest": "Latest News",
        "popular": "Most Read",
        "home": "Home",
        "prev": "&lt; Prev",
        "next": "Next &gt;",
        "site": "Iraqi News Agency",
        "upd": "Last Updated",
    },
    "ar": {
        "cat": "القسم: ",
        "pub": "نشر بتاريخ: ",
        "by": "كتب بواسطة ",
        "hits": "الزيارات: ",
        "latest": "آخر الأخبار",
        "popular": "الأكثر قراءة",
        "home": "الرئيسية",
        "prev": "&lt; السابق",
        "next": "التالي &gt;",
        "site": "وكالة الأنباء العراقية",
        "upd": "آخر تحديث",
    },
}


def jdate(dt: datetime, lang: str) -> str:
    """Joomla's 'Monday, 05 April 2010 14:22' (Arabic: weekday, Iraqi month names)."""
    if lang == "en":
        return f"{EN_DAYS[dt.weekday()]}, {dt:%d} {EN_MONTHS[dt.month - 1]} {dt:%Y %H:%M}"
    return f"{AR_DAYS[dt.weekday()]}، {dt:%d} {AR_MONTHS_IRAQI[dt.month - 1]} {dt:%Y %H:%M}"


def head(title: str, lang: str, charset: str, og_image: str | None, desc: str) -> str:
    """The <head> of a Joomla page, with the site name after the title."""
    site = LABELS[lang]["site"]
    og = f'<meta property="og:image" content="{attr(og_image)}" />\n' if og_image else ""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}" '
        f'dir="{"rtl" if lang == "ar" else "ltr"}">\n{MARK}\n<head>\n'
        f'<meta http-equiv="content-type" content="text/html; charset={charset}" />\n'
        f'<meta name="description" content="{attr(desc)}" />\n'
        '<meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />\n'
        f"{og}<title>{esc(title)} - {esc(site)}</title>\n"
        '<link rel="stylesheet" href="/templates/ina_2010/css/template.css" type="text/css" />\n'
        '<script type="text/javascript" src="/media/system/js/mootools.js"></script>\n'
        "</head>\n"
    )


def top(rng: random.Random, lang: str, cats: list[str], ticker: list[str]) -> str:
    """Logo, top menu and an optional news ticker."""
    lab = LABELS[lang]
    menu = "".join(
        f'<li><a href="/{"eng/" if lang == "en" else ""}{i}">{esc(c)}</a></li>'
        for i, c in enumerate([lab["home"], *cats])
    )
    out = (
        '<body id="page_bg">\n<div id="header"><a href="/"><img src="/templates/ina_2010/images/'
        f'logo.png" alt="{attr(lab["site"])}" /></a></div>\n'
        f'<div id="topmenu"><ul class="menu">{menu}</ul></div>\n'
    )
    if rng.random() < 0.5:
        items = " &nbsp;|&nbsp; ".join(esc(t) for t in ticker)
        out += f'<div class="newsflash"><marquee scrollamount="3">{items}</marquee></div>\n'
    return out


def crumbs(lang: str, category: str | None, title: str) -> str:
    """A Joomla pathway starting with the site name."""
    lab = LABELS[lang]
    sep = ' <img src="/templates/ina_2010/images/arrow.png" alt="" /> '
    parts = [f'<a href="/" class="pathway">{esc(lab["site"])}</a>']
    if category:
        parts.append(f'<a href="/cat" class="pathway">{esc(category)}</a>')
    parts.append(esc(title))
    return f'<div id="pathway"><span class="breadcrumbs pathway">{sep.join(parts)}</span></div>\n'


def modules(rng: random.Random, lang: str, others: list[tuple[str, datetime]]) -> str:
    """Latest News / Most Read side modules with later dates, and a banner."""
    lab = LABELS[lang]
    items = "".join(
        f'<li class="latestnews"><a href="/{n}" class="latestnews">{esc(t)}</a> '
        f'<span class="small">{jdate(d, lang)}</span></li>\n'
        for n, (t, d) in enumerate(others)
    )
    out = (
        f'<div class="moduletable"><h3>{lab["latest"]}</h3>\n<ul class="latestnews">\n'
        f"{items}</ul></div>\n"
    )
    if rng.random() < 0.5:
        pop = "".join(
            f'<li class="mostread"><a href="/p{n}">{esc(t)}</a></li>'
            for n, (t, _) in enumerate(reversed(others))
        )
        out += f'<div class="moduletable_popular"><h3>{lab["popular"]}</h3><ul>{pop}</ul></div>\n'
    if rng.random() < 0.6:
        out += (
            '<div class="bannergroup"><div class="banneritem"><a href="/banners/click/3">'
            '<img src="/images/banners/zain_2010.gif" alt="Advertisement" /></a></div></div>\n'
        )
    return f'<div id="rightcol">\n{out}</div>\n'


def icons(lang: str, tag: str = "p") -> str:
    """Print / e-mail icons."""
    return (
        f'<{tag} class="buttonheading"><a href="#" onclick="window.print();return false;">'
        '<img src="/images/M_images/printButton.png" alt="Print" /></a> '
        '<a href="/component/mailto/"><img src="/images/M_images/emailButton.png" alt="E-mail" />'
        f"</a></{tag}>\n"
    )


def para_html(p: str, bold: str) -> str:
    """One story paragraph; subheadings in bold."""
    if is_sub(p):
        return f"<p><{bold}>{esc(plain(p))}</{bold}></p>\n"
    return f"<p>{esc(p)}</p>\n"


def pagenav(lang: str, prev_t: str, next_t: str) -> str:
    """Previous / next article links."""
    lab = LABELS[lang]
    return (
        '<div class="pagenav"><ul>'
        f'<li class="pagenav-prev"><a href="/prev" title="{attr(prev_t)}">{lab["prev"]}</a></li>'
        f'<li class="pagenav-next"><a href="/next" title="{attr(next_t)}">{lab["next"]}</a></li>'
        "</ul></div>\n"
    )


def footer(lang: str) -> str:
    """Footer with the copyright line."""
    site = LABELS[lang]["site"]
    return (
        f'<div id="footer"><p>Copyright &copy; 2010 {esc(site)}. All rights reserved.</p>'
        "<p>Powered by Joomla!</p></div>\n</body>\n</html>\n"
    )


def credit(rng: random.Random, lang: str) -> tuple[str, str]:
    """A photo credit line and the photographer names."""
    if lang == "en":
        a, b = rng.sample(EN_PHOTOGRAPHERS, 2)
        return rng.choice(
            [(f"Photo by {a}", a), (f"Photo: {a}", a), (f"Photos by {a} and {b}", f"{a}, {b}")]
        )
    a = rng.choice(AR_PHOTOGRAPHERS)
    return rng.choice([(f"تصوير: {a}", a), (f"تصوير/ {a}/", a)])


def image(rng: random.Random, lang: str, dt: datetime, name: str, alt: str) -> tuple[str, dict]:
    """An <img> (maybe linked to its full size) and its label."""
    path = f"/images/stories/{dt:%Y}/{dt:%m}/{name}"
    base = rng.choice(["", "https://ina.iq"])
    mode = rng.choice(["title", "alt", "none", "link"])
    tattr = f' title="{attr(alt)}"' if mode in ("title", "link") else ""
    aattr = f' alt="{attr(alt)}"' if mode != "none" else ""
    img = f'<img src="{base}{path}"{aattr}{tattr} width="300" height="200" border="0" />'
    url = f"https://ina.iq{path}"
    if mode == "link":
        full = path.replace(".jpg", "_big.jpg")
        img = f'<a href="{full}" class="modal">{img}</a>'
        url = f"https://ina.iq{full}"
    return img, {"url": url, "caption": None if mode == "none" else alt}
