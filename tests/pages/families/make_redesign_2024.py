"""Family `redesign-2024`: a 2024+ redesign with utility and hashed class names (synthetic pages).

Run: .venv/bin/python tests/pages/families/make_redesign_2024.py [OUT_DIR]
"""

from __future__ import annotations

import json
import random
from datetime import timedelta

from _common import (
    SYNTHETIC,
    Rel,
    byline,
    esc,
    fmt_date,
    image_url,
    new_release,
    photo_credit,
    story_html,
    translator_line,
    utc_z,
)
from _output import (
    content_type,
    other_label,
    prepare_out_dir,
    release_label,
    write_pair,
    write_readme,
)
from _stories import (
    ABOUT_EN,
    AR_CAPTIONS,
    AR_SECTIONS,
    AR_STORIES,
    EN_CAPTIONS,
    EN_SECTIONS,
    EN_STORIES,
)

FAMILY = "redesign-2024"
SEED = 2024


def nav(en: bool) -> str:
    items = EN_SECTIONS if en else AR_SECTIONS
    home = "Home" if en else "الرئيسية"
    links = "".join(f'<a class="px-3 py-2 hover:underline" href="#">{esc(i)}</a>' for i in items)
    return (
        '<header class="sticky top-0 z-50 border-b bg-white"><div class="max-w-6xl mx-auto flex">'
        f'<a class="Logo_root__9aa1" href="/"><img src="/templates/ina2024/logo.svg" alt="INA"></a>'
        f'<nav class="flex gap-2 text-sm"><a href="/">{home}</a>{links}</nav></div></header>'
    )


def jsonld(rel: Rel, author_kind: str, lead: str | None) -> str:
    data: dict = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": rel.title,
        "datePublished": utc_z(rel.date) if rel.rid % 2 else rel.date.isoformat(),
        "mainEntityOfPage": rel.url,
        "publisher": {"@type": "Organization", "name": "Iraqi News Agency"},
    }
    if author_kind == "org":
        data["author"] = {"@type": "Organization", "name": "Iraqi News Agency"}
    elif author_kind == "person":
        data["author"] = {"@type": "Person", "name": rel.author}
    elif author_kind == "markup":
        data["author"] = {
            "@type": "Person",
            "name": f'<a href="/eng/author/{rel.rid}">{rel.author}</a>',
        }
    if lead:
        data["image"] = [lead]
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def related(rng: random.Random, rel: Rel) -> str:
    cards = []
    for i in range(3):
        later = rel.date + timedelta(hours=i + 1, minutes=7 * i)
        pool = [s[0] for s in (EN_STORIES if rel.en else AR_STORIES) if s[0] != rel.title]
        title = pool[(rel.rid + i) % len(pool)]
        thumb = image_url(rng, rel)
        cards.append(
            f'<a class="css-q81k3 group" href="#"><img class="rounded-md" src="{thumb}" alt="">'
            f'<h3 class="text-sm">{esc(title)}</h3><span class="text-xs">'
            f"{esc(fmt_date(later, 'long12' if rel.en else 'long', rel.lang))}</span></a>"
        )
    head = "Related news" if rel.en else "أخبار ذات صلة"
    return f'<aside class="Related_root__77ab mt-8"><h2>{head}</h2>{"".join(cards)}</aside>'


def render_release(rng: random.Random, rel: Rel, enc: str, markup: bool = False) -> str:
    en = rel.en
    cat_mode = rng.choice(["chip", "chip", "breadcrumb", "meta"])
    author_kind = rng.choice(["org", "person", "none"])
    if not rel.author and author_kind == "person":
        author_kind = "org"
    if markup:
        rel.author = rel.author or "Zainab Kareem"
        author_kind, rel.location = "markup", None  # no visible byline: the name comes from JSON-LD
    byline_pos = rng.choice(["before", "first_p", "bold_first", "br_first"])
    if author_kind == "markup" or (author_kind == "person" and rng.random() < 0.3):
        rel.location, byline_pos = None, "none"
    if byline_pos != "none" and rel.location is None:
        byline_pos = "none"
    if byline_pos == "none" and author_kind not in {"person", "markup"}:
        rel.author = None
    credit = photo_credit(rel, rng.randrange(2))
    credit_pos = rng.choice(["figcaption", "tail", "meta"])
    img_mode = rng.choice(["lead", "lead", "lead_inline", "og_only", "none"])
    caps = EN_CAPTIONS if en else AR_CAPTIONS
    lead = image_url(rng, rel) if img_mode != "none" else None
    if img_mode == "og_only" or img_mode == "none":
        credit_pos = "tail" if credit_pos == "figcaption" else credit_pos
    figure = ""
    if img_mode in {"lead", "lead_inline"}:
        cap = credit if (credit and credit_pos == "figcaption") else rng.choice(caps)
        figure = (
            f'<figure class="css-8hd2a my-6"><img class="w-full" src="/static/blank.gif" '
            f'data-src="{lead}" alt="{esc(rng.choice(caps))}" loading="lazy">'
            f'<figcaption class="text-xs text-gray-500">{esc(cap)}</figcaption></figure>'
        )
        rel.images = [{"url": lead, "caption": cap}]
    elif img_mode == "og_only":
        rel.images = [{"url": lead, "caption": None}]
    if cat_mode == "meta" and rng.random() < 0.3:
        rel.category = None  # neither chip, breadcrumb nor section metadata
    date_style = "long12" if en else rng.choice(["long", "12"])
    views = rng.randrange(120, 9000)
    shown = fmt_date(rel.date, date_style, rel.lang)
    meta_credit = (
        f' <span class="css-7t2">· {esc(credit)}</span>' if credit and credit_pos == "meta" else ""
    )
    lines = []
    line = byline(rel, rng.choice(["dash", "spaced", "endash"] if en else ["dash", "endash"]))
    paras = story_html(rel.paras, rng.choice(["p", "h3"]))
    first, _, rest = paras.partition("\n")
    if byline_pos == "first_p":
        lines.append(f"<p>{esc(line)}</p>")
    elif byline_pos == "bold_first":
        lines.append(f"<p><b>{esc(line)}</b></p>")
    elif byline_pos == "br_first" and first.startswith("<p>"):
        first = f"<p>{esc(line)}<br>" + first[3:]
    elif byline_pos == "br_first":
        lines.append(f"<p><strong>{esc(line)}</strong></p>")
    lines.append(first)
    if img_mode == "lead_inline" and "\n" in rest:
        second = image_url(rng, rel)
        title = rng.choice(caps)
        rest = rest.replace("\n", f'\n<img class="my-4" src="{second}" title="{esc(title)}">\n', 1)
        rel.images.append({"url": second, "caption": title})
    lines.append(rest)
    if credit and credit_pos == "tail":
        lines.append(f'<p class="text-sm">{esc(credit)}</p>')
    tline = translator_line(rel)
    if tline:
        lines.append(f"<p><em>{esc(tline)}</em></p>")
    story_tag = rng.choice(["section", "div", "article"])
    story_cls = rng.choice(["prose lg:prose-xl", "Article_body__x7f3", "css-1x9k2a", ""])
    cls_attr = f' class="{story_cls}"' if story_cls else ""
    before = (
        f'<p class="Byline_root__q1w2 font-semibold">{esc(line)}</p>'
        if byline_pos == "before"
        else ""
    )
    home = "Iraqi News Agency" if en else "وكالة الأنباء العراقية"
    crumbs = ""
    if cat_mode == "breadcrumb":
        crumbs = (
            f'<nav aria-label="breadcrumb" class="text-sm"><a href="/">{home}</a> › '
            f'<a href="#">{esc(rel.category)}</a> › <span>{esc(rel.title)}</span></nav>'
        )
    chip = (
        f'<a class="css-1x9k2a rounded-full px-2 text-xs" href="#">{esc(rel.category)}</a>'
        if cat_mode == "chip"
        else ""
    )
    section = ""
    if cat_mode == "meta" and rel.category:
        section = f'<meta property="article:section" content="{esc(rel.category)}">'
    og_image = f'<meta property="og:image" content="{lead}">' if lead else ""
    size = '<div class="flex gap-1" aria-label="text size"><button>+A</button><button>-A</button></div>'
    size = size if rng.random() < 0.5 else ""
    share = "Share" if en else "مشاركة"
    suffix = " - INA" if en else " | وكالة الأنباء العراقية"
    return f"""<!DOCTYPE html>
<html lang="{rel.lang}" dir="{"ltr" if en else "rtl"}">
<head>
<meta charset="{enc}">
{SYNTHETIC}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(rel.title)}{suffix}</title>
<meta property="og:title" content="{esc(rel.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{rel.url}">
{og_image}
<meta property="article:published_time" content="{rel.date.isoformat()}">
{section}
<link rel="canonical" href="{rel.url}">
{jsonld(rel, author_kind, lead)}
<link rel="stylesheet" href="/_next/static/css/a81f2c.css">
</head>
<body class="bg-white text-gray-900 antialiased">
{nav(en)}
<main class="max-w-3xl mx-auto px-4 py-6">
{crumbs}
<article class="Article_root__k2x9">
{chip}
<h1 class="text-3xl font-bold leading-tight">
  {esc(rel.title)}
</h1>
<div class="flex items-center gap-2 text-sm text-gray-500"><svg class="h-4 w-4" aria-hidden="true"></svg>
<time datetime="{rel.date.isoformat()}">{esc(shown)}</time><span>· {views:,}</span>{meta_credit}</div>
{size}
{figure}
{before}
<{story_tag}{cls_attr}>
{chr(10).join(x for x in lines if x)}
</{story_tag}>
<div class="flex gap-3 border-t pt-4"><span>{share}:</span><a href="#">Facebook</a><a href="#">X</a><a href="#">Telegram</a></div>
</article>
{related(rng, rel)}
</main>
<footer class="border-t text-xs">© 2024 {home}</footer>
</body>
</html>
"""


def shell(lang: str, title: str, inner: str, enc: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="{enc}">\n{SYNTHETIC}\n'
        f"<title>{esc(title)}</title></head><body>{nav(lang == 'en')}"
        f'<main class="max-w-5xl mx-auto">{inner}</main></body></html>\n'
    )


def non_releases(rng: random.Random, out) -> None:
    cards = []
    for i, (title, _, paras) in enumerate(EN_STORIES[:8]):
        cards.append(
            f'<article class="css-3kq1 border-b"><a class="css-1x9k2a" href="#">Economy</a>'
            f'<h2><a href="/eng/{30100 + i}-x.html">{esc(title)}</a></h2>'
            f"<time>March {3 + i}, 2024, 0{i + 1}:15 PM</time><p>{esc(paras[0])}</p></article>"
        )
    about = "".join(f"<p>{esc(p)}</p>" for p in ABOUT_EN)
    box = (
        '<section class="css-err1 text-center py-24"><h1>404</h1><p>عذرا، الخبر المطلوب غير موجود'
        ' أو تم حذفه.</p><a href="/">العودة إلى الرئيسية</a></section>'
    )
    pages = [
        ("en-listing-economy", "en", "Economy - INA", "<h1>Economy</h1>" + "".join(cards),
         "https://ina.iq/eng/economy/", "section page with 8 teasers", "listing"),
        ("ar-error-404", "ar", "الخبر غير موجود", box,
         "https://ina.iq/219873--.html", "not-found box", "error"),
        ("en-static-about", "en", "About us - INA", f'<article class="prose"><h1>About INA</h1>{about}</article>',
         "https://ina.iq/eng/about.html", "about page: long text, no date", "static"),
    ]  # fmt: skip
    for name, lang, title, inner, url, note, kind in pages:
        label = other_label(url, note, kind, content_type("utf-8"))
        write_pair(out, name, shell(lang, title, inner), label)


def main() -> None:
    rng = random.Random(SEED)
    out = prepare_out_dir(FAMILY)
    plan = [("en", i) for i in range(9)] + [("ar", i) for i in range(4)]
    for n, (lang, idx) in enumerate(plan):
        rel = new_release(rng, lang, idx + SEED % 3)
        enc = "windows-1256" if lang == "ar" and n % 2 == 0 else "utf-8"
        page = render_release(rng, rel, enc, markup=n == 2)
        note = f"redesign-2024 release ({lang}, {enc}): utility/hashed classes, chip, JSON-LD, 12-hour time"
        label = release_label(rel, note, content_type(enc), None)
        write_pair(out, f"{lang}-{rel.rid}", page, label, enc)
    non_releases(rng, out)
    write_readme(
        out,
        FAMILY,
        "Imitates a 2024+ INA redesign built with Tailwind-like utility classes and CSS-modules / "
        "CSS-in-JS hashed class names: `<main>`/`<article>`/`<section>` containers, a category chip "
        "above the headline, 12-hour times (PM / م), `article:published_time`, JSON-LD NewsArticle "
        "with the agency, a person or HTML markup as author, lazy images, related cards.",
    )


if __name__ == "__main__":
    main()
