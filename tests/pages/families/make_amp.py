"""Family `amp`: AMP versions of INA-like release pages, at `<release url>?amp=1` (synthetic pages).

Run: .venv/bin/python tests/pages/families/make_amp.py [OUT_DIR]
"""

from __future__ import annotations

import json
import random

from _common import (
    SYNTHETIC,
    TELEGRAM_AR,
    Rel,
    byline,
    day_only,
    esc,
    fetched_for,
    fmt_date,
    image_url,
    new_release,
    photo_credit,
    story_html,
    thumb_of,
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
from _stories import ABOUT_AR, AR_CAPTIONS, AR_SECTIONS, AR_STORIES, EN_CAPTIONS, EN_SECTIONS

FAMILY = "amp"
SEED = 7331
BOILER = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><noscript><style amp-boilerplate>"
    "body{-webkit-animation:none;animation:none}</style></noscript>"
)


def head(rel_or_title: Rel | str, canonical: str, extra: str = "") -> str:
    title = rel_or_title.title if isinstance(rel_or_title, Rel) else rel_or_title
    return (
        f'<meta charset="utf-8">\n{SYNTHETIC}\n<script async src="https://cdn.ampproject.org/v0.js">'
        '</script>\n<script async custom-element="amp-social-share" '
        'src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>\n'
        f'<title>{esc(title)}</title>\n<link rel="canonical" href="{canonical}">\n'
        '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n'
        f"{extra}{BOILER}\n<style amp-custom>.amp-title{{font-size:22px}}.c9x{{color:#666}}</style>"
    )


def sidebar(en: bool) -> str:
    items = "".join(
        f"<li><a href='#'>{esc(s)}</a></li>" for s in (EN_SECTIONS if en else AR_SECTIONS)
    )
    return (
        '<header class="hdr"><button on="tap:sb.toggle" aria-label="menu">☰</button>'
        '<a href="/"><amp-img src="/templates/amp/logo.png" width="120" height="40" alt="INA">'
        f'</amp-img></a></header>\n<amp-sidebar id="sb" layout="nodisplay" side="right"><ul>{items}'
        "</ul></amp-sidebar>"
    )


def share() -> str:
    kinds = ["facebook", "twitter", "whatsapp", "email"]
    return (
        '<div class="shr">'
        + "".join(
            f'<amp-social-share type="{k}" width="40" height="40"></amp-social-share>'
            for k in kinds
        )
        + "</div>"
    )


def render_release(rng: random.Random, rel: Rel, fetched) -> tuple[str, object]:
    en = rel.en
    canonical = rel.url
    rel.url = canonical + "?amp=1"
    style = rng.choice(
        ["dle", "weekday12", "today", "dle", "day"] if en else ["dle", "today", "yesterday", "12"]
    )
    if style in {"today", "yesterday"}:
        fetched = fetched_for(rel, style)
    if style == "day":
        day_only(rel)
    shown = fmt_date(rel.date, style, rel.lang, views=rng.randrange(50, 5000))
    cat_mode = rng.choice(["label", "label", "crumbs", "none"])
    if cat_mode == "none":
        rel.category = None
    by_form = rng.choice(
        ["dash", "spaced", "endash", "emdash", "reversed", "first"] if en else ["dash", "endash"]
    )
    if by_form in {"reversed", "first"}:
        rel.author = None
    if rel.location is None:
        rel.author = None if rng.random() < 0.5 else rel.author
    author_ld = rng.choice(["org", "person"]) if rel.author else rng.choice(["org", "none"])
    if rel.location is None and rel.author:
        author_ld = "person"  # no visible byline: the name is the JSON-LD Person's
    bold = rng.random() < 0.5
    credit = photo_credit(rel, rng.randrange(2))
    img_mode = rng.choice(["figure", "figure", "thumb_link", "inline_alt", "none"])
    caps = EN_CAPTIONS if en else AR_CAPTIONS
    lead = image_url(rng, rel)
    lead_html = ""
    if img_mode == "figure":
        cap = rng.choice(caps)
        lead_html = (
            f'<figure class="lead"><amp-img src="{lead}" width="800" height="450" layout="responsive"'
            f' alt="{esc(rng.choice(caps))}"></amp-img><figcaption>\n  {esc(cap)}\n</figcaption></figure>'
        )
        rel.images = [{"url": lead, "caption": cap}]
    elif img_mode == "thumb_link":
        lead_html = (
            f'<a href="{lead}" class="lb"><amp-img src="{thumb_of(lead)}" width="400" height="225"'
            ' layout="responsive"></amp-img></a>'
        )
        rel.images = [{"url": lead, "caption": None}]
    elif img_mode == "none":
        rel.images = [{"url": lead, "caption": None}]  # only og:image
    parts = []
    line = byline(rel, by_form)
    if rel.location:
        parts.append(f"<p><strong>{esc(line)}</strong></p>" if bold else f"<p>{esc(line)}</p>")
    if credit and rng.random() < 0.5:
        parts.append(f"<p>{esc(credit)}</p>")
        credit = None
    body = story_html(rel.paras, rng.choice(["p", "h3"]))
    if img_mode == "inline_alt":
        alt = rng.choice(caps)
        first, _, rest = body.partition("\n")
        body = (
            f'{first}\n<amp-img src="{lead}" width="800" height="450" layout="responsive" '
            f'alt="{esc(alt)}"></amp-img>\n{rest}'
        )
        rel.images = [{"url": lead, "caption": alt}]
    parts.append(body)
    if credit:
        parts.append(f"<p>{esc(credit)}</p>")
    tline = translator_line(rel)
    if tline:
        parts.append(f"<p>{esc(tline)}</p>")
    if not en and rng.random() < 0.6:
        parts.append(f"<p>{TELEGRAM_AR}</p>")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": rel.title,
        "datePublished": utc_z(rel.date) if rng.random() < 0.5 else rel.date.isoformat(),
        "image": {"@type": "ImageObject", "url": lead},
        "publisher": {"@type": "Organization", "name": "Iraqi News Agency"},
    }
    if author_ld == "org":
        ld["author"] = {"@type": "Organization", "name": "INA"}
    elif author_ld == "person":
        ld["author"] = [{"@type": "Person", "name": rel.author}]
    extra = (
        f'<meta property="og:image" content="{lead}">\n<script type="application/ld+json">'
        f"{json.dumps(ld, ensure_ascii=False)}</script>\n"
    )
    home = "INA" if en else "واع"
    cat = ""
    if cat_mode == "label":
        cat = f'<div class="c9x"><a href="#">{esc(rel.category)}</a></div>'
    elif cat_mode == "crumbs":
        cat = f'<div class="bc"><a href="/">{home}</a> / <a href="#">{esc(rel.category)}</a></div>'
    amp_attr = "⚡" if rng.random() < 0.5 else "amp"
    ad = '<amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-0"></amp-ad>'
    page = f"""<!doctype html>
<html {amp_attr} lang="{rel.lang}" dir="{"ltr" if en else "rtl"}">
<head>
{head(rel, canonical, extra)}
</head>
<body>
{sidebar(en)}
<article class="amp-wp-article">
{cat}
<h1 class="amp-title">{esc(rel.title)}</h1>
<div class="amp-meta"><span class="c9x">• {esc(shown)}</span> <span>• +A -A</span></div>
{lead_html}
<div class="amp-content">
{chr(10).join(parts)}
</div>
{share()}
</article>
{ad}
<footer><p>© Iraqi News Agency</p></footer>
</body>
</html>
"""
    return page, fetched


def non_releases(out) -> None:
    teasers = "".join(
        f'<div class="card"><amp-img src="/uploads/posts/2024-06/thumbs/t{i}.jpg" width="120"'
        f' height="80"></amp-img><h2><a href="/{219400 + i}--.html?amp=1">{esc(t)}</a></h2>'
        f"<span>{10 + i}-6-2024, 1{i}:20</span></div>"
        for i, (t, _, _) in enumerate(AR_STORIES)
    )
    url = "https://ina.iq/lastnews/?amp=1"
    page = f'<!doctype html>\n<html amp lang="ar" dir="rtl"><head>{head("آخر الأخبار", "https://ina.iq/lastnews/")}</head><body>{sidebar(False)}<main><h1>آخر الأخبار</h1>{teasers}</main></body></html>\n'
    write_pair(
        out,
        "ar-listing-lastnews",
        page,
        other_label(
            url, "AMP latest-news listing with 7 teasers", "listing", content_type("utf-8")
        ),
    )
    url = "https://ina.iq/eng/37999-x.html?amp=1"
    box = '<main><div class="err"><h1>Error</h1><p>The requested news was not found on the server.</p><a href="/eng/">Back to home</a></div></main>'
    page = f'<!doctype html>\n<html ⚡ lang="en"><head>{head("Error - INA", "https://ina.iq/eng/37999-x.html")}</head><body>{sidebar(True)}{box}</body></html>\n'
    write_pair(
        out,
        "en-error-not-found",
        page,
        other_label(url, "AMP 'news not found' box", "error", content_type("utf-8")),
    )
    url = "https://ina.iq/about.html?amp=1"
    about = "".join(f"<p>{esc(p)}</p>" for p in ABOUT_AR)
    page = f'<!doctype html>\n<html amp lang="ar" dir="rtl"><head>{head("من نحن", "https://ina.iq/about.html")}</head><body>{sidebar(False)}<main><h1>من نحن</h1>{about}</main></body></html>\n'
    write_pair(
        out,
        "ar-static-about",
        page,
        other_label(url, "AMP about page", "static", content_type("utf-8")),
    )


def main() -> None:
    rng = random.Random(SEED)
    out = prepare_out_dir(FAMILY)
    plan = [("en", i) for i in range(3, 12)] + [("ar", i) for i in range(4)]
    for lang, idx in plan:
        rel = new_release(rng, lang, idx)
        page, fetched = render_release(rng, rel, None)
        note = f"AMP release ({lang}) at the ?amp=1 URL: amp-img, amp-social-share, JSON-LD, canonical link"
        label = release_label(rel, note, content_type("utf-8"), fetched)
        write_pair(out, f"{lang}-{rel.rid}", page, label)
    non_releases(out)
    write_readme(
        out,
        FAMILY,
        "Imitates AMP versions of INA pages (`<html amp>` / `<html ⚡>`), served at the release URL "
        "plus `?amp=1` (release_id from the id in the path) with `<link rel=canonical>` to the normal "
        "page: `<amp-img>` lead pictures (in a figure, behind a full-size link, or inline with alt "
        "text), `<amp-social-share>`, `<amp-sidebar>`, `<amp-ad>`, JSON-LD NewsArticle, DLE dates "
        "including Today/Yesterday (resolved against the label's fetched_at) and day-only dates.",
    )


if __name__ == "__main__":
    main()
