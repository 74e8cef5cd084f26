"""Write the `dle-default` family: synthetic pages in DataLife Engine's default skin, with labels.

Run: .venv/bin/python tests/pages/families/make_dle_default.py [OUT_DIR]
Deterministic (fixed seed, no network). Labels come from the records, not from the HTML.
"""

from __future__ import annotations

import json
import random
from datetime import timedelta
from pathlib import Path

import famcontent as fc
import famkit as fk
import fampick as fp

FAMILY = "dle-default"
HERE = Path(__file__).resolve().parent / FAMILY
README = f"""# {FAMILY}: DataLife Engine default skin (SYNTHETIC)

Every page here is SYNTHETIC test data written by `../make_dle_default.py` (seeded, no network);
none of it is INA content. The pages imitate DLE's default template as INA's sites used it:
`div.speedbar` breadcrumbs, `div.base > div.dpad > h2.title`, the story in `div.text` or
`div.maincont`, `<time datetime="Y-m-d">`, `ul.story_icons`, DLE dates `j-m-Y, H:i` and
`Today, 13:12` / `اليوم, 15:43` (resolved against the label's `fetched_at`), some Arabic pages in
windows-1256 (one with a lying HTTP charset), a listing with `div.navigation`, an error box and a
static page. Labels (`<name>.json`) follow `../../README.md` and were set from the generator's
content records.
"""

EN_WORDS = {
    "home": "INA",
    "today": "Today",
    "yday": "Yesterday",
    "views": "views",
    "latest": "Latest news",
    "related": "Related news",
    "tags": "Tags:",
    "comments": "Comments",
    "share": "Share:",
    "more": "Read more",
}
AR_WORDS = {
    "home": "وكالة الأنباء العراقية",
    "today": "اليوم",
    "yday": "أمس",
    "views": "مشاهدة",
    "latest": "آخر الأخبار",
    "related": "أخبار ذات صلة",
    "tags": "الوسوم:",
    "comments": "التعليقات",
    "share": "شارك:",
    "more": "اقرأ المزيد",
}


def dle_date(d) -> str:
    """DLE's j-m-Y, H:i."""
    return f"{d.day}-{d:%m-%Y, %H:%M}"


def head(rng: random.Random, lang: str, title: str, charset: str, extra: str = "") -> str:
    """Document start through the header chrome."""
    meta = rng.choice(
        [
            f'<meta charset="{charset}">',
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
        ]
    )
    suffix = " &raquo; INA" if lang == "en" else " &raquo; وكالة الأنباء العراقية"
    d = ' dir="rtl"' if lang == "ar" else ""
    root = "/eng/" if lang == "en" else "/"
    cookie = ""
    if rng.random() < 0.4:
        cookie = (
            '<div id="cookie-notice" class="cookie">This site uses cookies. '
            "<button>OK</button></div>"
        )
    ticker = ""
    if rng.random() < 0.5:
        items = rng.sample(fc.EN_TEASERS if lang == "en" else fc.AR_TEASERS, 3)
        ticker = (
            '<div class="ticker"><ul>'
            + "".join(
                f'<li><a href="{root}{rng.randrange(1000, 40000)}--.html">{fk.esc(t)}</a></li>'
                for t in items
            )
            + "</ul></div>"
        )
    return f"""<!DOCTYPE html>
<html lang="{lang}"{d}>
<head>
{meta}
<title>{fk.esc(title)}{suffix}</title>
<link rel="stylesheet" href="/templates/Default/style/styles.css">
{extra}
</head>
<body>
{fk.MARK}
{cookie}
<div class="wrapper">
<div class="header"><a class="logo" href="{root}"><img src="/templates/Default/images/logo.png" alt="INA"></a>
<ul class="topmenu"><li><a href="{root}">Home</a></li><li><a href="{root}lastnews/">News</a></li></ul>
</div>
{ticker}
"""


def sidebar(rng: random.Random, lang: str, after) -> str:
    """A 'Latest news' block with times later than the release."""
    w = EN_WORDS if lang == "en" else AR_WORDS
    root = "/eng/" if lang == "en" else "/"
    teas = rng.sample(fc.EN_TEASERS if lang == "en" else fc.AR_TEASERS, 4)
    items = []
    for i, t in enumerate(teas):
        d = after + timedelta(hours=2 + 3 * i, minutes=rng.randrange(60))
        items.append(
            f'<li><a href="{root}{rng.randrange(1000, 40000)}--.html">{fk.esc(t)}</a>'
            f' <span class="date">{dle_date(d)}</span></li>'
        )
    return (
        f'<div class="sidebar"><div class="block"><h4 class="btitle">{w["latest"]}</h4>'
        f'<ul class="lastnews">{"".join(items)}</ul></div></div>'
    )


def footer() -> str:
    """Closing chrome."""
    return (
        '<div class="footer">&copy; INA 2025. <a href="/eng/about.html">About</a></div>\n'
        "</div>\n</body>\n</html>\n"
    )


def release_page(
    rng: random.Random, rel: fk.Rel, date_mode: str, charset: str
) -> tuple[str, str | None]:
    """The full page for a release; returns (html, fetched_at)."""
    w = EN_WORDS if rel.lang == "en" else AR_WORDS
    root = "/eng/" if rel.lang == "en" else "/"
    d = rel.date
    fetched = None
    if date_mode == "today":
        shown = f"{w['today']}, {d:%H:%M}"
        left = (23 - d.hour) * 60 + (59 - d.minute)
        fetched = d + timedelta(minutes=rng.randrange(0, left + 1))
    elif date_mode == "yday":
        shown = f"{w['yday']}, {d:%H:%M}"
        fetched = (d + timedelta(days=1)).replace(
            hour=rng.randrange(0, 24), minute=rng.randrange(60)
        )
    else:
        shown = dle_date(d)
        if rng.random() < 0.5:
            fetched = d + timedelta(days=rng.randrange(1, 400), hours=rng.randrange(24))
    fetched_at = fetched.replace(second=0).isoformat() if fetched else None

    extra = []
    ld_author = None
    if rng.random() < 0.7:
        extra.append(f'<meta property="og:title" content="{fk.esc(rel.title)}">')
        extra.append(f'<meta property="og:url" content="{rel.url}">')
        extra.append('<meta property="og:type" content="article">')
        if rel.og_image:
            extra.append(f'<meta property="og:image" content="{rel.og_image}">')
        extra.append(f'<meta property="og:description" content="{fk.esc(rel.paras[0][1][:120])}">')
        extra.append(f'<link rel="canonical" href="{rel.url}">')
    elif rel.og_image and not rel.images:
        rel.og_image = None
    show_cat = rng.choice(["speedbar", "info", "none"]) if rel.category else "none"
    if rng.random() < 0.45:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": rel.title}
        if rng.random() < 0.5:
            ld["datePublished"] = d.astimezone(fk.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        else:
            ld["datePublished"] = d.isoformat()
        if rel.author and rng.random() < 0.5:
            ld["author"] = {"@type": "Person", "name": f'<a href="{root}user/x/">{rel.author}</a>'}
        elif rel.byline is None and rel.share_prefix is None and rng.random() < 0.6:
            ld_author = rng.choice(fp.EN_AUTHORS if rel.lang == "en" else fp.AR_AUTHORS)
            ld["author"] = {"@type": "Person", "name": ld_author}
        else:
            ld["author"] = {"@type": "Organization", "name": "Iraqi News Agency"}
        if show_cat == "none" and rel.category and rng.random() < 0.6:
            ld["articleSection"] = rel.category
        extra.append(
            '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
        )
        rel.notes.append(f"JSON-LD (date {ld['datePublished']}, author {ld['author']['@type']})")
    if show_cat == "none" and not any("articleSection" in e for e in extra):
        rel.category = None
    if ld_author:
        rel.author = ld_author
    extra.append(
        "<script>var dle_root = '/'; var dle_news = "
        + json.dumps({"id": rel.rid, "views": rng.randrange(100, 9000), "skin": "Default"})
        + ";</script>"
    )

    cat_link = (
        f'<a href="{root}{fk.slugify(rel.category or "x") or "section"}/">'
        f"{fk.esc(rel.category or '')}</a>"
    )
    crumbs = ""
    if show_cat == "speedbar":
        crumbs = (
            f'<div class="speedbar"><span id="dle-speedbar"><a href="{root}">{w["home"]}</a>'
            f" &raquo; {cat_link} &raquo; {fk.esc(rel.title)}</span></div>"
        )
    elif rng.random() < 0.5:
        crumbs = (
            f'<div class="speedbar"><a href="{root}">{w["home"]}</a> &raquo; '
            f"{fk.esc(rel.title)}</div>"
        )
    icons = [
        f'<li class="date"><img src="/templates/Default/dleimages/date.png" alt=""> '
        f'<time datetime="{d:%Y-%m-%d}">{shown}</time></li>'
    ]
    if show_cat == "info":
        icons.append(f'<li class="cat">{cat_link}</li>')
    icons.append(
        f'<li class="views">{rng.randrange(1, 9):d},{rng.randrange(1000):03d} {w["views"]}</li>'
    )
    credit_pos = rng.choice(["line", "meta", "fig"]) if rel.credit else None
    if credit_pos == "fig" and not rel.images:
        credit_pos = "line"
    if credit_pos == "meta":
        icons.append(f'<li class="photo">{fk.esc(rel.credit)}</li>')
    icons.append(
        '<li class="fsize"><a href="#" class="plus">+A</a> <a href="#" class="minus">-A</a></li>'
    )
    info = '<ul class="story_icons">' + "".join(icons) + "</ul>"

    by_pos = rng.choice(["own", "bold", "br", "before"]) if rel.byline else None
    if by_pos:
        rel.notes.append(f"byline {rel.byline!r} ({by_pos})")
    if credit_pos:
        rel.notes.append(f"credit {rel.credit!r} ({credit_pos})")
    if rel.trans_line:
        rel.notes.append("translator line")
    if ld_author:
        rel.notes.append("author only in JSON-LD")
    rel.notes.append(f"category shown: {show_cat}")
    story = []
    before = ""
    first, rest = fk.first_para_html(rel)
    if by_pos == "before":
        before = f'<div class="author"><strong>{fk.esc(rel.byline)}</strong></div>'
    elif by_pos == "own":
        story.append(f"<p>{fk.esc(rel.byline)}</p>")
    elif by_pos == "bold":
        story.append(f"<p><b>{fk.esc(rel.byline)}</b></p>")
    elif by_pos == "br":
        story.append(f"<p>{fk.esc(rel.byline)}<br>\n{fk.esc(rest[0][1])}</p>")
        rest = rest[1:]
    if credit_pos == "line":
        story.insert(1 if by_pos in ("own", "bold") else 0, f"<p>{fk.esc(rel.credit)}</p>")
    pics = []
    for i, img in enumerate(rel.images):
        if credit_pos == "fig" and i == 0:
            img["caption"] = rel.credit
            pics.append(fk.render_img(img, "figure"))
        else:
            pics.append(
                fk.render_img(
                    img,
                    rng.choice(
                        ["figure", "title", "alt:link", "bare:link:rel", "figure:lazy", "alt:rel"]
                    ),
                )
            )
    lead = pics[0] if pics else ""
    inner = pics[1:]
    if rel.lang == "ar" and rel.images and rng.random() < 0.5:
        lead, inner = "", pics  # all pictures inside the text
    body_html = (first + "\n" if first else "") + fk.paras_html(rest, rng)
    if inner:
        cut = body_html.find("</p>")
        body_html = body_html[: cut + 4] + "\n" + "\n".join(inner) + body_html[cut + 4 :]
    story.append(body_html)
    if rel.trans_line:
        story.append(
            rng.choice(
                [f"<p>{fk.esc(rel.trans_line)}</p>", f"<p><i>{fk.esc(rel.trans_line)}</i></p>"]
            )
        )
    cls = rng.choice(["text", "maincont"])
    tags = "".join(f'<a href="{root}tags/{t}/">{t}</a> ' for t in ("iraq", "news"))
    related = "".join(
        f'<li><a href="{root}{rel.rid - 40 - i}--.html">{fk.esc(t)}</a> '
        f"<span>{dle_date(d - timedelta(days=3 + i, hours=i))}</span></li>"
        for i, t in enumerate(
            rng.sample(
                [
                    t
                    for t in (fc.EN_TEASERS if rel.lang == "en" else fc.AR_TEASERS)
                    if t != rel.title
                ],
                3,
            )
        )
    )
    comments = ""
    if rng.random() < 0.5:
        cd = d + timedelta(hours=5, minutes=17)
        comments = (
            f'<div class="comments"><h4>{w["comments"]}</h4><div class="comment">'
            f'<b>guest_71</b> <time datetime="{cd.isoformat()}">{dle_date(cd)}</time>'
            "<p>Good news, thank you.</p></div></div>"
        )
    tweet = ""
    if rng.random() < 0.3:
        tweet = (
            '<blockquote class="twitter-tweet"><p lang="en">Statement issued today.</p>'
            f'&mdash; Ministry (@ministry) <a href="https://twitter.com/x/status/1">'
            f"{(d + timedelta(days=1)):%B %d, %Y}</a></blockquote>"
        )
    page = (
        head(rng, rel.lang, rel.title, charset, "\n".join(extra))
        + f"""{crumbs}
<div class="base fullstory">
<div class="dpad">
<h2 class="title">
  {fk.esc(rel.title)}
</h2>
{info}
{lead}
{before}
<div class="{cls}">
{chr(10).join(story)}
</div>
{tweet}
<div class="share">{w["share"]} <a href="#" class="fb">f</a> <a href="#" class="tw">t</a></div>
<div class="tags">{w["tags"]} {tags}</div>
<div class="related"><h4>{w["related"]}</h4><ul>{related}</ul></div>
{comments}
</div>
</div>
{sidebar(rng, rel.lang, d)}
"""
        + footer()
    )
    return page, fetched_at


def listing_page(rng: random.Random) -> str:
    """An English home/category listing: short stories with dates and a pager."""
    items = []
    d = fk.rand_date(rng, 2024, 2024)
    for i, (t, cat, paras) in enumerate(rng.sample(fc.EN, 6)):
        rid = 36000 + rng.randrange(900)
        url = f"/eng/{rid}-{fk.slugify(t)}.html"
        dd = d - timedelta(hours=3 * i)
        items.append(f"""<div class="base shortstory"><div class="dpad">
<h3 class="btl"><a href="{url}">{fk.esc(t)}</a></h3>
<ul class="story_icons"><li><time datetime="{dd:%Y-%m-%d}">{dle_date(dd)}</time></li><li><a href="/eng/{cat.lower()}/">{cat}</a></li></ul>
<div class="maincont">{fk.esc(paras[0][1])}</div>
<div class="mlink"><a href="{url}">{EN_WORDS["more"]}</a></div>
</div></div>""")
    pager = (
        '<div class="navigation"><span>1</span> <a href="/eng/page/2/">2</a> '
        '<a href="/eng/page/3/">3</a> ... <a href="/eng/page/412/">412</a> '
        '<a href="/eng/page/2/">Next</a></div>'
    )
    return (
        head(rng, "en", "Iraqi News Agency", "utf-8")
        + '<div class="speedbar"><a href="/eng/">INA</a> &raquo; Latest news</div>\n'
        + "\n".join(items)
        + "\n"
        + pager
        + "\n"
        + sidebar(rng, "en", d)
        + footer()
    )


def error_page(rng: random.Random) -> str:
    """DLE's 'news not found' information box (Arabic)."""
    return (
        head(rng, "ar", "معلومات", "utf-8")
        + '<div class="base"><div class="dpad"><div class="berrors"><b>معلومات</b><br>'
        "عذراً، الخبر المطلوب غير موجود أو تم حذفه. "
        '<a href="javascript:history.go(-1)">العودة</a></div></div></div>\n'
        + sidebar(rng, "ar", fk.rand_date(rng, 2024, 2024))
        + footer()
    )


def static_page(rng: random.Random) -> str:
    """An English 'About INA' static page."""
    text = [
        "The Iraqi News Agency is the official news agency of the Republic of Iraq. It provides "
        "news services in Arabic, English, Kurdish and Turkmen.",
        "The agency covers political, economic, security, cultural and sports events inside Iraq "
        "and abroad through a network of correspondents in all governorates.",
        "Its services include news, photos, video reports and infographics, distributed to "
        "subscribers and published on its website and social media channels.",
        "For enquiries, please use the contact form or write to the editorial department.",
    ]
    paras = "\n".join(f"<p>{fk.esc(t)}</p>" for t in text)
    return (
        head(rng, "en", "About INA", "utf-8")
        + '<div class="speedbar"><a href="/eng/">INA</a> &raquo; About INA</div>\n'
        + '<div class="base"><div class="dpad"><h2 class="title">About INA</h2>'
        + f'<div class="static">{paras}</div></div></div>\n'
        + footer()
    )


def main() -> None:
    """Write the family's pages, labels and README."""
    rng = random.Random(20240501)
    out = fk.out_dir(HERE)
    en = rng.sample(fc.EN, 8)
    ar = rng.sample(fc.AR, 6)
    modes = ["abs", "abs", "abs", "abs", "abs", "today", "yday", "abs"]
    ar_modes = ["abs", "today", "abs", "yday", "abs", "abs"]
    ar_enc = [
        ("utf-8", "text/html; charset=utf-8"),
        ("windows-1256", "text/html; charset=windows-1256"),
        ("windows-1256", None),
        ("utf-8", None),
        ("windows-1256", "text/html; charset=utf-8"),  # HTTP lies, meta is right
        ("utf-8", "text/html"),
    ]
    for i, story in enumerate(en):
        rid = rng.randrange(9000, 37000)
        slug = rng.choice([fk.slugify(story[0]), "-"])
        url = f"{fk.SITE}/eng/{rid}-{slug}.html"
        date = fk.rand_date(rng)
        rel = fp.build_release(rng, "en", story, rid, url, date)
        page, fetched = release_page(rng, rel, modes[i], "utf-8")
        ct = rng.choice(["text/html; charset=utf-8", None])
        note = f"DLE default skin, English, date {modes[i]}; " + "; ".join(rel.notes)
        fk.write_pair(out, f"en-{i + 1:02d}-{rid}", page, fk.release_label(rel, note, ct, fetched))
    for i, story in enumerate(ar):
        rid = rng.randrange(150000, 225000)
        url = f"{fk.SITE}/{rid}--.html"
        date = fk.rand_date(rng)
        rel = fp.build_release(rng, "ar", story, rid, url, date)
        enc, ct = ar_enc[i]
        page, fetched = release_page(rng, rel, ar_modes[i], enc)
        note = (
            f"DLE default skin, Arabic in {enc} (HTTP charset {ct!r}), date {ar_modes[i]}; "
            + "; ".join(rel.notes)
        )
        fk.write_pair(
            out,
            f"ar-{i + 1:02d}-{rid}",
            page,
            fk.release_label(rel, note, ct, fetched),
            encoding=enc,
        )
    fk.write_pair(
        out,
        "listing-home",
        listing_page(rng),
        fk.other_label(
            f"{fk.SITE}/eng/",
            "listing",
            "DLE home: short stories, pager",
            "text/html; charset=utf-8",
        ),
    )
    fk.write_pair(
        out,
        "error-not-found",
        error_page(rng),
        fk.other_label(
            f"{fk.SITE}/999999--.html",
            "error",
            "DLE information box: news not found",
            "text/html; charset=utf-8",
        ),
    )
    fk.write_pair(
        out,
        "static-about",
        static_page(rng),
        fk.other_label(
            f"{fk.SITE}/eng/about.html",
            "static",
            "DLE static page: about",
            "text/html; charset=utf-8",
        ),
    )
    (out / "README.md").write_text(README, encoding="utf-8")


if __name__ == "__main__":
    main()
