"""Family `portal-chrome`: a news portal heavy with chrome around a modest story (synthetic pages).

Run: .venv/bin/python tests/pages/families/make_portal_chrome.py [OUT_DIR]
"""

from __future__ import annotations

import json
import random
from datetime import timedelta

from _common import (
    SYNTHETIC,
    TELEGRAM_AR,
    Rel,
    byline,
    esc,
    fetched_for,
    fmt_date,
    image_url,
    new_release,
    photo_credit,
    story_html,
    thumb_of,
    translator_line,
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

FAMILY = "portal-chrome"
SEED = 99


def others(rel_title: str, en: bool) -> list[str]:
    return [s[0] for s in (EN_STORIES if en else AR_STORIES) if s[0] != rel_title]


def chrome_top(rng: random.Random, en: bool, when) -> str:
    """Cookie banner, ticker with later times, mega-menu."""
    titles = others("", en)
    ticks = "".join(
        f"<li><span class='t'>{(when + timedelta(minutes=25 * (i + 1))):%H:%M}</span> {esc(t)}</li>"
        for i, t in enumerate(rng.sample(titles, 3))
    )
    cookie = (
        "We use cookies to improve your experience. By continuing you accept our cookie policy."
        if en
        else "نستخدم ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك فإنك توافق على سياسة الخصوصية."
    )
    secs = EN_SECTIONS if en else AR_SECTIONS
    mega = "".join(
        f"<li class='mm-col'><a href='#'>{esc(s)}</a><ul><li><a href='#'>{esc(t[:30])}</a></li></ul></li>"
        for s, t in zip(secs, titles, strict=False)
    )
    urgent = "Urgent" if en else "عاجل"
    return (
        f'<div id="cookie-consent" class="cc-banner"><p>{cookie}</p><button>OK</button></div>\n'
        f'<div class="breaking-ticker"><b>{urgent}</b><ul>{ticks}</ul></div>\n'
        f'<nav class="mega-menu"><ul>{mega}</ul></nav>'
    )


def sidebars(rng: random.Random, rel: Rel) -> str:
    en = rel.en
    titles = others(rel.title, en)
    latest = "".join(
        f"<li><img src='{thumb_of(image_url(rng, rel))}' alt=''><a href='#'>{esc(t)}</a>"
        f"<span class='d'>{esc(fmt_date(rel.date + timedelta(hours=i + 2), 'dle', rel.lang))}</span></li>"
        for i, t in enumerate(titles[:4])
    )
    most = "".join(
        f"<li><a href='#'>{esc(t)}</a> <em>{rng.randrange(2000, 90000):,}</em></li>"
        for t in titles[4:7]
    )
    nl = (
        "Subscribe to our newsletter" if en else "اشترك في النشرة البريدية"
    ) + "<input type='email' placeholder='email'><button>OK</button>"
    return (
        f'<aside class="sidebar"><div class="box latest"><h3>{"Latest news" if en else "آخر الأخبار"}</h3>'
        f'<ul>{latest}</ul></div><div class="box most-read"><h3>{"Most read" if en else "الأكثر قراءة"}'
        f'</h3><ol>{most}</ol></div><form class="newsletter">{nl}</form></aside>'
    )


def tail_chrome(rng: random.Random, rel: Rel) -> str:
    """Embedded tweet, related cards, comments with <time>."""
    en = rel.en
    later = rel.date + timedelta(hours=3)
    tweet = (
        '<blockquote class="twitter-tweet"><p lang="en">Iraq: new measures announced today, details '
        f'soon.</p>&mdash; Some Account (@account) <a href="https://twitter.com/account/status/1">'
        f"{later:%B} {later.day}, {later.year}</a></blockquote>"
    )
    cards = "".join(
        f"<div class='card'><a href='#'><img src='{thumb_of(image_url(rng, rel))}' alt=''></a>"
        f"<h4>{esc(t)}</h4><small>{esc(fmt_date(rel.date - timedelta(days=i + 1), 'dle', rel.lang))}</small></div>"
        for i, t in enumerate(others(rel.title, en)[2:5])
    )
    names = ["Ali", "Huda", "Karim"]
    texts = ["Good news, thank you.", "When will this start in Basra?", "Finally!"]
    if not en:
        texts = ["خبر جيد، شكرا لكم.", "متى يبدأ التنفيذ في البصرة؟", "أخيرا!"]
    comments = "".join(
        f"<li class='comment'><b>{n}</b> <time datetime='{(rel.date + timedelta(hours=5 + i)).isoformat()}'>"
        f"{fmt_date(rel.date + timedelta(hours=5 + i), 'dle', rel.lang)}</time><p>{esc(c)}</p></li>"
        for i, (n, c) in enumerate(zip(names, texts, strict=True))
    )
    return (
        f'<div class="embed">{tweet}</div>\n<div class="related-cards"><h3>'
        f"{'Related' if en else 'ذات صلة'}</h3>{cards}</div>\n"
        f'<section id="comments"><h3>{"Comments" if en else "التعليقات"} (3)</h3><ol>{comments}</ol></section>'
    )


def render(rng: random.Random, rel: Rel, enc: str) -> tuple[str, object]:
    en = rel.en
    fetched = None
    style = rng.choice(
        ["dle", "weekday12", "today", "yesterday"] if en else ["dle", "today", "yesterday", "long"]
    )
    if style in {"today", "yesterday"}:
        fetched = fetched_for(rel, style)
    shown = fmt_date(rel.date, style, rel.lang, views=rng.randrange(300, 20000))
    site = "Iraqi News Agency" if en else "وكالة الأنباء العراقية"
    crumbs = (
        f'<ol class="crumbs"><li><a href="/">{site}</a></li><li><a href="#">{esc(rel.category)}</a></li>'
        f"<li>{esc(rel.title)}</li></ol>"
    )
    info_cat = ""
    if rng.random() < 0.4:
        crumbs, info_cat = "", f'<li class="cat"><a href="#">{esc(rel.category)}</a></li>'
    form = rng.choice(["dash", "spaced", "endash", "reversed"] if en else ["dash", "endash"])
    if form == "reversed" or rel.location is None:
        rel.author = None
    pos = rng.choice(["bold", "plain", "br_first", "before"])
    line = byline(rel, form)
    credit = photo_credit(rel, rng.randrange(2))
    caps = EN_CAPTIONS if en else AR_CAPTIONS
    lead = image_url(rng, rel, root=rng.random() < 0.5)
    full = lead if lead.startswith("http") else "https://ina.iq" + lead
    img_mode = rng.choice(["figure", "thumb_title", "figure"])
    if img_mode == "figure":
        cap = rng.choice(caps)
        lead_html = f'<figure class="ph"><img src="{lead}" alt="x"><figcaption>{esc(cap)}</figcaption></figure>'
    else:
        cap = rng.choice(caps)
        lead_html = (
            f'<a href="{lead}" class="zoom"><img src="{thumb_of(lead)}" title="{esc(cap)}"></a>'
        )
    rel.images = [{"url": full, "caption": cap}]
    paras = story_html(rel.paras, rng.choice(["p", "h3", "br"]))
    story: list[str] = []
    if rel.location and pos in {"bold", "plain"}:
        story.append(f"<p><b>{esc(line)}</b></p>" if pos == "bold" else f"<p>{esc(line)}</p>")
    elif rel.location and pos == "br_first":
        story.append(f"{esc(line)}<br>")
    if credit and rng.random() < 0.5:
        story.append(f"<p>{esc(credit)}</p>")
        credit = None
    story.append(paras)
    if credit:
        story.append(f"<p>{esc(credit)}</p>")
    tline = translator_line(rel)
    if tline:
        story.append(f"<p><i>{esc(tline)}</i></p>")
    if not en and rng.random() < 0.5:
        story.append(f"<p>{TELEGRAM_AR}</p>")
    before = f'<div class="writer">{esc(line)}</div>' if rel.location and pos == "before" else ""
    kind = rng.choice(["td", "div.x7f3", "section", "div"])
    text = "\n".join(story)
    if kind == "td":
        container = f'<table class="nt"><tr><td>\n{text}\n</td></tr></table>'
    elif kind == "div.x7f3":
        container = f'<div class="x7f3">\n{text}\n</div>'
    else:
        container = f"<{kind}>\n{text}\n</{kind}>"
    state = {
        "route": "news",
        "article": {"id": rel.rid, "views": rng.randrange(300, 20000)},
        "trending": [
            {"id": rel.rid + i + 1, "t": (rel.date + timedelta(hours=i + 1)).isoformat()}
            for i in range(3)
        ],
    }
    page = f"""<!DOCTYPE html>
<html lang="{rel.lang}" dir="{"ltr" if en else "rtl"}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={enc}">
{SYNTHETIC}
<title>{esc(rel.title)} | {site}</title>
<meta property="og:title" content="{esc(rel.title)}">
<meta property="og:image" content="{full}">
<script>window.__APP_STATE__ = {json.dumps(state, ensure_ascii=False)};</script>
</head>
<body>
{chrome_top(rng, en, rel.date)}
<div class="wrap">
<div class="content">
{crumbs}
<div class="post">
<h1 class="post-title">{esc(rel.title)}</h1>
<ul class="post-info">{info_cat}<li><i class="icon-clock"></i> {esc(shown)}</li><li><i class="icon-font"></i> +A -A</li></ul>
{lead_html}
{before}
{container}
<div class="share-bar"><a href="#">f</a><a href="#">t</a><a href="#">w</a><a href="#">Print</a></div>
</div>
{tail_chrome(rng, rel)}
</div>
{sidebars(rng, rel)}
</div>
<footer>© {site}</footer>
</body>
</html>
"""
    return page, fetched


def non_releases(rng: random.Random, out) -> None:
    rel = new_release(rng, "en", 0)
    teasers = "".join(
        f"<div class='teaser'><img src='/eng/uploads/posts/2024-02/thumbs/{i}.jpg'><h2><a href='/eng/{31000 + i}-x.html'>"
        f"{esc(t)}</a></h2><span>{12 + i}-2-2024, 10:0{i}</span><p>{esc(p[0])}</p></div>"
        for i, (t, _, p) in enumerate(EN_STORIES[:6])
    )
    page = f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>\n{SYNTHETIC}\n<title>Search results - INA</title></head><body>{chrome_top(rng, True, rel.date)}<div class='wrap'><h1>Search results for: ministry</h1>{teasers}{sidebars(rng, rel)}</div></body></html>\n"
    url = "https://ina.iq/eng/index.php?do=search&subaction=search&story=ministry"
    write_pair(
        out,
        "en-search-results",
        page,
        other_label(
            url, "search results with 6 teasers, full chrome", "listing", content_type("utf-8")
        ),
    )
    about = "".join(f"<p>{esc(p)}</p>" for p in ABOUT_EN * 2)
    page = f"<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>\n{SYNTHETIC}\n<title>Privacy policy - INA</title></head><body>{chrome_top(rng, True, rel.date)}<div class='wrap'><h1>Privacy policy</h1><div class='static'>{about}</div></div></body></html>\n"
    url = "https://ina.iq/eng/privacy.html"
    write_pair(
        out,
        "en-static-privacy",
        page,
        other_label(url, "privacy page with portal chrome", "static", content_type("utf-8")),
    )
    page = f"<!DOCTYPE html>\n<html lang='ar' dir='rtl'><head><meta charset='utf-8'>\n{SYNTHETIC}\n<title>خطأ في الخادم</title></head><body>{chrome_top(rng, False, rel.date)}<div class='wrap'><div class='error-box'><h1>500</h1><p>حدث خطأ في الخادم، يرجى المحاولة لاحقا.</p></div></div></body></html>\n"
    url = "https://ina.iq/215500--.html"
    write_pair(
        out,
        "ar-server-error",
        page,
        other_label(url, "server error box with portal chrome", "error", content_type("utf-8")),
    )


def main() -> None:
    rng = random.Random(SEED)
    out = prepare_out_dir(FAMILY)
    plan = [("en", i) for i in (1, 2, 4, 5, 6, 7, 8, 10, 11)] + [("ar", i) for i in range(2, 7)]
    for n, (lang, idx) in enumerate(plan):
        rel = new_release(rng, lang, idx)
        enc = "windows-1256" if lang == "ar" and n % 2 else "utf-8"
        page, fetched = render(rng, rel, enc)
        ctype = content_type(enc)
        note = f"portal-chrome release ({lang}, {enc}): ticker, cookie banner, sidebars, comments, tweet, app state"
        if n == len(plan) - 1:
            ctype = content_type("utf-8")  # the HTTP charset lies; the meta tag is right
            note += "; HTTP header says utf-8, the bytes and the meta tag are windows-1256"
        write_pair(out, f"{lang}-{rel.rid}", page, release_label(rel, note, ctype, fetched), enc)
    non_releases(rng, out)
    write_readme(
        out,
        FAMILY,
        "Imitates a busy news portal: cookie banner, breaking-news ticker with later times, "
        "mega-menu, breadcrumbs starting with the site name, 'Latest news' and 'Most read' sidebars "
        "with later dates, comments with `<time datetime>`, an embedded tweet blockquote, inline "
        "app-state JSON in a `<script>`, a newsletter box and related cards, around a modest story "
        "container (`<td>`, `<section>`, `div.x7f3` or a bare `<div>`).",
    )


if __name__ == "__main__":
    main()
