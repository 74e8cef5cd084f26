"""Non-release pages of the joomla-2010 family: a category blog, a 404 and a static page."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from famd_content import AR_STORIES, EN_STORIES
from famd_joomla_parts import LABELS, crumbs, footer, head, jdate, modules, top
from famd_kit import BAGHDAD, esc, iso, other_label, plain

ABOUT_AR = [
    "وكالة الأنباء العراقية (واع) هي الوكالة الرسمية للأخبار في جمهورية العراق، تأسست عام 1959.",
    "تعمل الوكالة على تزويد وسائل الإعلام المحلية والعربية والدولية بالأخبار والصور والتقارير عن الشأن العراقي.",
    "تصدر الوكالة نشراتها باللغات العربية والإنكليزية والكردية والتركمانية، ولها مكاتب في جميع المحافظات.",
    "للتواصل مع إدارة الوكالة يمكن مراسلتها عبر البريد الإلكتروني أو الحضور إلى مقرها في بغداد.",
]


def blog(rng: random.Random) -> tuple[str, str, str, dict]:
    """An English category blog listing with several teasers."""
    lab = LABELS["en"]
    start = datetime(2011, 5, 2, 9, 15, tzinfo=BAGHDAD)
    rows = []
    for i, rec in enumerate(EN_STORIES[:6]):
        d = start - timedelta(hours=5 * i + rng.randint(0, 4))
        rows.append(
            f'<div class="items-row cols-1 row-{i}"><div class="item column-1">\n'
            f'<h2><a href="/eng/{2300 - i}-{i}.html">{esc(rec["title"])}</a></h2>\n'
            f'<dl class="article-info"><dd class="published">{lab["pub"]}{jdate(d, "en")}</dd>'
            f'<dd class="hits">{lab["hits"]}{rng.randint(5, 900)}</dd></dl>\n'
            f"<p>{esc(plain(rec['paras'][0]))}</p>\n"
            f'<p class="readmore"><a href="/eng/{2300 - i}-{i}.html">Read more...</a></p>\n'
            "</div></div>\n"
        )
    others = [
        (s["title"], start + timedelta(hours=h))
        for h, s in zip((1, 2, 3), EN_STORIES[6:9], strict=True)
    ]
    page = (
        head("Economy", "en", "utf-8", None, "Economy news")
        + top(rng, "en", ["Politics", "Economy", "Security"], [o[0] for o in others])
        + crumbs("en", None, "Economy")
        + '<div id="maincolumn"><div class="blog">\n<h2 class="componentheading">Economy</h2>\n'
        + "".join(rows)
        + '<div class="pagination"><ul><li><a href="/eng/economy?start=10">Next</a></li></ul>'
        '<p class="counter">Page 1 of 37</p></div>\n</div></div>\n'
        + modules(rng, "en", others)
        + footer("en")
    )
    url = "https://ina.iq/eng/economy/"
    return (
        "listing-en-economy",
        page,
        "utf-8",
        other_label(
            "Joomla 2.5 category blog: six teasers with dates and Read more links",
            url,
            "text/html; charset=utf-8",
            iso(start + timedelta(hours=4)),
            "listing",
        ),
    )


def error404(rng: random.Random) -> tuple[str, str, str, dict]:
    """Joomla's 404 error page for a missing article."""
    page = (
        head("404 - Error: 404", "en", "utf-8", None, "Error")
        + '<body><div align="center"><div id="outline"><div id="errorboxoutline">\n'
        '<div id="errorboxheader">404 - Article #4521 not found</div>\n<div id="errorboxbody">'
        "<p><strong>You may not be able to visit this page because of:</strong></p><ol>\n"
        "<li>an <strong>out-of-date bookmark/favourite</strong></li>\n"
        "<li>a search engine that has an <strong>out-of-date listing for this site</strong></li>\n"
        "<li>a <strong>mistyped address</strong></li></ol>\n"
        '<p>Please try the <a href="/eng/">Home Page</a>.</p>\n'
        "<p>If difficulties persist, please contact the system administrator of this site.</p>\n"
        '<div id="techinfo"><p>Article #4521 not found</p></div>\n'
        "</div></div></div></div>\n</body>\n</html>\n"
    )
    url = "https://ina.iq/eng/4521-hospital-opening.html"
    return (
        "error-en-4521",
        page,
        "utf-8",
        other_label(
            "Joomla 1.5 error page (404 article not found)",
            url,
            "text/html; charset=utf-8",
            "2011-08-09T12:00:00+03:00",
            "error",
        ),
    )


def about_ar(rng: random.Random) -> tuple[str, str, str, dict]:
    """An Arabic static 'about' article in windows-1256: long text, no date, no byline."""
    others = [
        (s["title"], datetime(2012, 1, 3, 10 + i, tzinfo=BAGHDAD))
        for i, s in enumerate(AR_STORIES[:3])
    ]
    title = "من نحن"
    text = "".join(f"<p>{esc(p)}</p>\n" for p in ABOUT_AR)
    page = (
        head(title, "ar", "windows-1256", None, title)
        + top(rng, "ar", ["سياسية", "اقتصادية", "أمنية"], [o[0] for o in others])
        + crumbs("ar", None, title)
        + f'<div id="maincolumn"><div class="item-page">\n<h2>{esc(title)}</h2>\n{text}</div></div>\n'
        + modules(rng, "ar", others)
        + footer("ar")
    )
    url = "https://ina.iq/about-us.html"
    return (
        "static-ar-about",
        page,
        "windows-1256",
        other_label(
            "Joomla static article (about us), Arabic, windows-1256, no date or byline",
            url,
            "text/html; charset=windows-1256",
            "2012-01-04T09:00:00+03:00",
            "static",
        ),
    )


def other_pages(rng: random.Random) -> list[tuple[str, str, str, dict]]:
    """Every non-release page of the family."""
    return [blog(rng), error404(rng), about_ar(rng)]
