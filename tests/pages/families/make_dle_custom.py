"""Write the `dle-custom` family: synthetic pages of a customised DLE skin, with labels.

Run: .venv/bin/python tests/pages/families/make_dle_custom.py [OUT_DIR]
Deterministic (fixed seed, no network). Labels come from the records, not from the HTML.
"""

from __future__ import annotations

import json
import random
from datetime import timedelta
from pathlib import Path

import famcontent as fc
import famdates as fd
import famkit as fk
import fampick as fp

FAMILY = "dle-custom"
HERE = Path(__file__).resolve().parent / FAMILY
README = f"""# {FAMILY}: a customised DataLife Engine skin (SYNTHETIC)

Every page here is SYNTHETIC test data written by `../make_dle_custom.py` (seeded, no network);
none of it is INA content. The pages imitate a DLE site whose template was rewritten with class
names unrelated to the default skin (`.fullnews`, `#news-id-<id>`, `.meta-bar`, `.post-content`,
`.entry`, hashed names such as `css-1x9k2a`), story containers that are `<section>`, `<article>`,
`<main>` or plain `<div>`, a lead picture (a thumbnail linking to the full-size .jpg), date lines
with weekday, 12-hour clock, icons and a view counter, related-news cards and a "Latest news"
sidebar with their own (later) dates, OpenGraph, sometimes JSON-LD, a category label above the
headline or in the breadcrumbs. Non-releases: a category listing with a pager, a 404 box, a
static contact page. Labels (`<name>.json`) follow `../../README.md`, set from the records.
"""

W = {
    "en": {"home": "INA", "latest": "Latest news", "related": "Related news", "views": "views",
           "share": "Share", "tags": "Tags", "site": "Iraqi News Agency"},
    "ar": {"home": "واع", "latest": "آخر الأخبار", "related": "أخبار ذات صلة", "views": "مشاهدة",
           "share": "مشاركة", "tags": "كلمات مفتاحية", "site": "وكالة الأنباء العراقية"},
}  # fmt: skip
CONTAINERS = [
    ("section", "post-content"),
    ("div", "entry"),
    ("article", "prose"),
    ("div", "css-1x9k2a"),
    ("section", ""),
    ("main", "x7f3"),
    ("div", "post-content entry"),
]


def root(lang: str) -> str:
    """The language section's root path."""
    return "/eng/" if lang == "en" else "/"


def teasers(lang: str, skip: str = "") -> list[str]:
    """Other headlines for cards and sidebars."""
    return [t for t in (fc.EN_TEASERS if lang == "en" else fc.AR_TEASERS) if t != skip]


def date_line(rng: random.Random, d, lang: str) -> tuple[str, str]:
    """A visible date line in one of the skin's forms; returns (html, form name)."""
    views = f"{rng.randrange(1, 30)},{rng.randrange(1000):03d}"
    eye = f'<i class="icon-eye"></i> {views} {W[lang]["views"]}'
    form = rng.choice(
        ["week12", "long24", "iso", "indic"] if lang == "ar" else ["week12", "long24", "iso"]
    )
    if form == "week12":
        txt = f"{fd.weekday(d, lang)}, {d:%d-%m-%Y} | {fd.clock12(d, lang)}"
        if lang == "ar":
            txt = txt.replace(", ", "، ", 1)
    elif form == "long24":
        txt = f"{fd.long_date(d, lang)} - {d:%H:%M}"
    elif form == "iso":
        txt = f"{d:%Y/%m/%d %H:%M}"
    else:
        txt = fd.indic(f"{d:%d-%m-%Y} | {fd.clock12(d, lang)}")
    return f'<i class="icon-clock"></i> <span class="date">{txt}</span> | {eye}', form


def cards(rng: random.Random, lang: str, d, skip: str, later: bool) -> str:
    """Related-news cards (earlier dates) or sidebar items (later dates) with thumbnails."""
    out = []
    for i, t in enumerate(rng.sample(teasers(lang, skip), 4)):
        dd = d + timedelta(hours=1 + 2 * i) if later else d - timedelta(days=1 + i, hours=3)
        rid = rng.randrange(1000, 220000)
        thumb = f"{root(lang)}uploads/posts/{dd:%Y-%m}/thumbs/{rid}.jpg"
        out.append(
            f'<div class="card"><a href="{root(lang)}{rid}--.html"><img src="{thumb}" alt=""></a>'
            f'<h4><a href="{root(lang)}{rid}--.html">{fk.esc(t)}</a></h4>'
            f'<time datetime="{dd.isoformat()}">{dd:%d-%m-%Y %H:%M}</time></div>'
        )
    return "\n".join(out)


def page_start(rng: random.Random, lang: str, title: str, head_extra: str, enc: str) -> str:
    """Head and site header."""
    d = ' dir="rtl"' if lang == "ar" else ""
    sep = rng.choice([" - ", " | "])
    cookie = ""
    if rng.random() < 0.4:
        cookie = (
            '<div class="gdpr-bar" role="dialog">We use cookies to improve your '
            'experience. <a href="#" class="accept">Accept</a></div>'
        )
    return f"""<!DOCTYPE html>
<html lang="{lang}"{d}>
<head>
<meta charset="{enc}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{fk.esc(title)}{sep}{W[lang]["site"]}</title>
{head_extra}
</head>
<body class="news-page">
{fk.MARK}
<header class="site-head"><a href="{root(lang)}" class="brand"><img src="/templates/ina2/img/logo.svg" alt="{W[lang]["site"]}"></a>
<nav class="menu"><a href="{root(lang)}politics/">Politics</a> <a href="{root(lang)}economy/">Economy</a> <a href="{root(lang)}security/">Security</a></nav>
<form class="search" action="{root(lang)}index.php?do=search"><input name="story"></form></header>
{cookie}
"""


def page_end(rng: random.Random, lang: str, d, skip: str) -> str:
    """Sidebar with later news, footer."""
    return f"""<aside class="sidebar"><h3>{W[lang]["latest"]}</h3>
{cards(rng, lang, d, skip, later=True)}
</aside>
<footer class="foot">&copy; {W[lang]["site"]} <a href="{root(lang)}contact.html">Contact</a></footer>
</body>
</html>
"""


def release_page(rng: random.Random, rel: fk.Rel, enc: str) -> str:
    """The full page for one release."""
    lang, d = rel.lang, rel.date
    head = [
        f'<meta property="og:title" content="{fk.esc(rel.title)}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{rel.url}">',
    ]
    if rel.og_image:
        head.append(f'<meta property="og:image" content="{rel.og_image}">')
    cat_pos = rng.choice(["label", "crumbs", "section-meta", "none"]) if rel.category else "none"
    rel.notes.append(f"category: {cat_pos}")
    if cat_pos == "section-meta":
        head.append(f'<meta property="article:section" content="{fk.esc(rel.category)}">')
    elif cat_pos == "none":
        rel.category = None
    if rng.random() < 0.4:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": rel.title,
            "datePublished": d.astimezone(fk.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "author": {"@type": "Organization", "name": W[lang]["site"]},
            "publisher": {
                "@type": "Organization",
                "name": W[lang]["site"],
                "logo": {"@type": "ImageObject", "url": fk.SITE + "/logo.png"},
            },
        }
        head.append(
            '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
        )
        rel.notes.append("JSON-LD with UTC date, Organization author")
    head.append(
        "<script>window.__NEWS__ = "
        + json.dumps({"newsId": rel.rid, "lang": lang, "comments": rng.randrange(0, 9)})
        + ";</script>"
    )

    crumbs = f'<a href="{root(lang)}">{W[lang]["home"]}</a>'
    if cat_pos == "crumbs":
        crumbs += f' <span>›</span> <a href="{root(lang)}section/">{fk.esc(rel.category)}</a>'
    if cat_pos == "crumbs" or rng.random() < 0.5:
        crumbs += f" <span>›</span> <span>{fk.esc(rel.title)}</span>"
    label = ""
    if cat_pos == "label":
        label = f'<a class="cat-label" href="{root(lang)}section/">{fk.esc(rel.category)}</a>'
    dline, dform = date_line(rng, d, lang)
    rel.notes.append(f"date form {dform}")
    credit_pos = rng.choice(["meta", "fig", "content"]) if rel.credit else None
    if credit_pos == "fig" and not rel.images:
        credit_pos = "content"
    if credit_pos:
        rel.notes.append(f"credit {rel.credit!r} ({credit_pos})")
    if credit_pos == "meta":
        dline += f' | <i class="icon-camera"></i> {fk.esc(rel.credit)}'
    lead = ""
    pics = []
    for i, img in enumerate(rel.images):
        if i == 0:
            if credit_pos == "fig":
                img["caption"] = rel.credit
                style = "figure:link"
            else:
                style = rng.choice(["alt:link", "figure:link", "bare:link:rel", "title:link"])
            lead = f'<div class="lead-pic">{fk.render_img(img, style)}</div>'
        else:
            style = rng.choice(["figure", "alt:lazy", "title:rel"])
            pics.append(fk.render_img(img, style))
        rel.notes.append(f"image {style}")
    by_pos = rng.choice(["top-bold", "br", "before", "strong-span"]) if rel.byline else None
    if by_pos:
        rel.notes.append(f"byline {rel.byline!r} ({by_pos})")
    first, rest = fk.first_para_html(rel)
    parts: list[str] = []
    before = ""
    if by_pos == "top-bold":
        parts.append(f"<p><b>{fk.esc(rel.byline)}</b></p>")
    elif by_pos == "strong-span":
        parts.append(f'<div><strong class="byline">{fk.esc(rel.byline)}</strong></div>')
    elif by_pos == "before":
        before = f'<p class="news-author">{fk.esc(rel.byline)}</p>'
    elif by_pos == "br":
        parts.append(f"<p><strong>{fk.esc(rel.byline)}</strong><br>{fk.esc(rest[0][1])}</p>")
        rest = rest[1:]
    if credit_pos == "content":
        parts.append(f'<p class="credit">{fk.esc(rel.credit)}</p>')
    if first:
        parts.append(first)
    body = fk.paras_html(rest, rng)
    if pics:
        cut = body.rfind("<p>")
        body = body[:cut] + "\n".join(pics) + "\n" + body[cut:]
    parts.append(body)
    if rel.trans_line:
        parts.append(f"<p><em>{fk.esc(rel.trans_line)}</em></p>")
    if lang == "en" and rng.random() < 0.3:
        parts.append(f'<p class="tg-promo"><a href="https://t.me/inaiq">{fk.TELEGRAM_EN}</a></p>')
        rel.notes.append("Telegram promo line")
    tag, cls = rng.choice(CONTAINERS)
    rel.notes.append(f"container <{tag} class={cls!r}>")
    cattr = f' class="{cls}"' if cls else ""
    story = "\n".join(parts)
    return (
        page_start(rng, lang, rel.title, "\n".join(head), enc)
        + f"""<nav class="crumbs">{crumbs}</nav>
<div class="layout">
<article class="fullnews" id="news-id-{rel.rid}">
{label}
<h1 class="entry-title">{fk.esc(rel.title)}</h1>
<div class="meta-bar">{dline} <span class="font-tools"><a href="#">+A</a> <a href="#">-A</a></span></div>
{lead}
{before}
<{tag}{cattr}>
{story}
</{tag}>
<div class="share-bar"><span>{W[lang]["share"]}</span> <a href="#"><img src="/templates/ina2/img/fb.svg" alt="facebook"></a> <a href="#"><img src="/templates/ina2/img/x.svg" alt="x"></a></div>
<div class="tags-line">{W[lang]["tags"]}: <a href="{root(lang)}tags/iraq/">Iraq</a></div>
</article>
<section class="related"><h3>{W[lang]["related"]}</h3>
{cards(rng, lang, d, rel.title, later=False)}
</section>
</div>
"""
        + page_end(rng, lang, d, rel.title)
    )


def listing_page(rng: random.Random) -> str:
    """An Arabic category page: cards with dates and a pager."""
    d = fk.rand_date(rng, 2024, 2025)
    items = []
    for i, (t, _, paras) in enumerate(rng.sample(fc.AR, 8)):
        rid = rng.randrange(200000, 225000)
        dd = d - timedelta(hours=2 * i)
        items.append(
            f'<div class="news-card"><a href="/{rid}--.html"><img src="/uploads/posts/{dd:%Y-%m}/thumbs/{rid}.jpg" alt=""></a>'
            f'<h2><a href="/{rid}--.html">{fk.esc(t)}</a></h2><div class="meta-bar">'
            f'<span class="date">{fd.weekday(dd, "ar")}، {dd:%d-%m-%Y} | {fd.clock12(dd, "ar")}</span></div>'
            f"<p>{fk.esc(paras[0][1])}</p></div>"
        )
    pager = (
        '<div class="pagination"><span class="current">1</span> <a href="/economy/page/2/">2</a>'
        ' <a href="/economy/page/3/">3</a> <a href="/economy/page/2/">التالي</a></div>'
    )
    return (
        page_start(rng, "ar", "اقتصادية", "", "utf-8")
        + '<nav class="crumbs"><a href="/">واع</a> <span>›</span> <span>اقتصادية</span></nav>\n'
        + '<main class="css-1x9k2a"><h1 class="cat-title">اقتصادية</h1>\n'
        + "\n".join(items)
        + "\n"
        + pager
        + "</main>\n"
        + page_end(rng, "ar", d, "")
    )


def error_page(rng: random.Random) -> str:
    """An English 404 box."""
    return (
        page_start(rng, "en", "Page not found", "", "utf-8")
        + '<main class="x7f3"><div class="error-box"><h1>404</h1><p>Sorry, the page you '
        "requested does not exist or has been removed.</p>"
        '<a href="/eng/">Back to the home page</a></div></main>\n'
        + page_end(rng, "en", fk.rand_date(rng, 2025, 2025), "")
    )


def static_page(rng: random.Random) -> str:
    """An Arabic 'contact us' static page."""
    text = [
        "يسعدنا تواصلكم مع وكالة الأنباء العراقية عبر البريد الإلكتروني أو الهاتف أو استمارة "
        "التواصل أدناه، وسيرد عليكم فريق التحرير في أقرب وقت.",
        "العنوان: بغداد، شارع الإعلام. ساعات الدوام من الأحد إلى الخميس.",
        "للإعلانات والاشتراكات في الخدمة الإخبارية يرجى مراسلة قسم التسويق.",
        "لا تنشر الوكالة أي مواد ترد عبر هذه الاستمارة دون التحقق منها.",
    ]
    paras = "\n".join(f"<p>{fk.esc(t)}</p>" for t in text)
    return (
        page_start(rng, "ar", "اتصل بنا", "", "utf-8")
        + '<nav class="crumbs"><a href="/">واع</a> <span>›</span> <span>اتصل بنا</span></nav>\n'
        + f'<main><article class="static-page"><h1>اتصل بنا</h1>{paras}'
        + '<form class="contact"><input name="name"><textarea name="msg"></textarea>'
        + "<button>إرسال</button></form></article></main>\n"
        + '<footer class="foot">&copy; وكالة الأنباء العراقية</footer>\n</body>\n</html>\n'
    )


def main() -> None:
    """Write the family's pages, labels and README."""
    rng = random.Random(31234)
    out = fk.out_dir(HERE)
    en = rng.sample(fc.EN, 7)
    ar = rng.sample(fc.AR, 6)
    for i, story in enumerate(en):
        rid = rng.randrange(9000, 37500)
        slug = rng.choice([fk.slugify(story[0]), "-", fk.slugify(story[0])])
        rel = fp.build_release(
            rng,
            "en",
            story,
            rid,
            f"{fk.SITE}/eng/{rid}-{slug}.html",
            fk.rand_date(rng),
            n_images=rng.choice([0, 1, 1, 2]),
        )
        page = release_page(rng, rel, "utf-8")
        ct = rng.choice(["text/html; charset=utf-8", "text/html; charset=UTF-8", None])
        fetched = (rel.date + timedelta(days=rng.randrange(1, 90))).isoformat()
        note = "custom DLE skin, English; " + "; ".join(rel.notes)
        fk.write_pair(out, f"en-{i + 1:02d}-{rid}", page, fk.release_label(rel, note, ct, fetched))
    for i, story in enumerate(ar):
        rid = rng.randrange(150000, 225000)
        rel = fp.build_release(
            rng,
            "ar",
            story,
            rid,
            f"{fk.SITE}/{rid}--.html",
            fk.rand_date(rng),
            n_images=rng.choice([0, 1, 1, 2]),
        )
        enc = "windows-1256" if i in (2, 4) else "utf-8"
        page = release_page(rng, rel, enc)
        ct = f"text/html; charset={enc}" if i != 4 else None
        note = f"custom DLE skin, Arabic in {enc}; " + "; ".join(rel.notes)
        fk.write_pair(
            out, f"ar-{i + 1:02d}-{rid}", page, fk.release_label(rel, note, ct, None), encoding=enc
        )
    fk.write_pair(
        out,
        "listing-category-ar",
        listing_page(rng),
        fk.other_label(
            f"{fk.SITE}/economy/",
            "listing",
            "custom skin category page: cards with dates, pager",
            "text/html; charset=utf-8",
        ),
    )
    fk.write_pair(
        out,
        "error-404-en",
        error_page(rng),
        fk.other_label(
            f"{fk.SITE}/eng/99999-missing.html",
            "error",
            "custom skin 404 box",
            "text/html; charset=utf-8",
        ),
    )
    fk.write_pair(
        out,
        "static-contact-ar",
        static_page(rng),
        fk.other_label(
            f"{fk.SITE}/contact.html",
            "static",
            "custom skin static page: contact us",
            "text/html; charset=utf-8",
        ),
    )
    (out / "README.md").write_text(README, encoding="utf-8")


if __name__ == "__main__":
    main()
