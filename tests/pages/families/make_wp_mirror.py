"""Write the wp-mirror family: a WordPress news theme mirroring INA releases (SYNTHETIC pages).

Run: .venv/bin/python tests/pages/families/make_wp_mirror.py [--out DIR]
"""

from __future__ import annotations

import json
import random
from datetime import timedelta

import famc_content as C
import famc_kit as K
from famc_kit import esc
from famc_wp_parts import SITE, chrome_top, date_html, figure, head, non_releases, others, sidebar

LANGS = ["en", "ar", "en", "en", "ar", "en", "en", "ar", "en", "en", "ar", "en", "ar"]


def release(rng: random.Random, i: int, lang: str, story: tuple) -> K.Page:
    """One release page and its label."""
    title, category, _ = story
    body = K.paragraphs(story)
    rid = rng.randrange(20000, 37000) if lang == "en" else rng.randrange(150000, 220000)
    url = K.release_url(rng, lang, rid, title)
    date = K.rand_date(rng, 2021, 2024)
    ppl = K.pick_people(rng, lang)
    notes = []
    # author box: the agency, or a person (the dateline's person, or the only byline)
    agency = "واع" if lang == "ar" else rng.choice(["INA", "Iraqi News Agency"])
    shown = agency
    if ppl.author and rng.random() < 0.5:
        shown = ppl.author
    elif ppl.byline is None and rng.random() < 0.6:
        ppl.author = shown = rng.choice(C.AR_AUTHORS if lang == "ar" else C.EN_AUTHORS)
        notes.append("author only in span.author")
    if not ppl.author:
        notes.append(f"span.author holds the agency ({agency})")
    cat = category if rng.random() < 0.8 else None
    folder = f"{'eng/' if lang == 'en' else ''}uploads/posts/{date:%Y-%m}"
    src_kind = rng.random()
    base = "/" if src_kind < 0.5 else "https://ina.iq/"
    images: list[tuple[str, str | None]] = []
    lead = inline = ""
    credit_in_fig = bool(ppl.credit) and rng.random() < 0.4
    has_lead = rng.random() < 0.7
    credit_in_fig = credit_in_fig and has_lead
    if has_lead:
        src = f"{base}{folder}/{rid}_lead.jpg"
        cap = rng.choice(["The meeting in Baghdad", "A general view", "From the event"])
        if lang == "ar":
            cap = rng.choice(["جانب من الاجتماع", "صورة أرشيفية"])
        lead, u, c = figure(rng, url, src, cap, ppl.credit if credit_in_fig else None)
        images.append((u, c))
        notes.append("lead picture before the content")
    if rng.random() < 0.3:
        src = f"{base}{folder}/{rid}_2.jpg"
        inline, u, c = figure(
            rng, url, src, "Second picture" if lang == "en" else "صورة ثانية", None
        )
        images.append((u, c))
    og = K.image_url(url, f"/{folder}/{rid}_og.jpg")
    og_meta = ""
    if images:
        og_meta = f'<meta property="og:image" content="{images[0][0]}">\n'
    elif rng.random() < 0.5:
        og_meta = f'<meta property="og:image" content="{og}">\n'
        images.append((og, None))
        notes.append("no picture in the article: og:image")
    extra = (
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(title)}">\n'
        f'<meta property="og:url" content="{url}">\n{og_meta}'
    )
    if cat and rng.random() < 0.4:
        extra += f'<meta property="article:section" content="{esc(cat)}">\n'
    time_html, day_only = date_html(rng, lang, date)
    if day_only:
        date = date.replace(hour=0, minute=0)
        notes.append("day-only date")
    if rng.random() < 0.5:
        if ppl.author and rng.random() < 0.6:
            who = {"@type": "Person", "name": f'<a href="/author/{rid}/">{ppl.author}</a>'}
            notes.append("JSON-LD author as markup")
        else:
            who = {"@type": "Organization", "name": "Iraqi News Agency"}
        stamps = [K.iso_utc(date), K.iso(date)]
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": date.strftime("%Y-%m-%d") if day_only else rng.choice(stamps),
            "author": who,
        }
        extra += (
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        )
    extra += (
        f'<script>var wpData = {{"postId": {rid}, "nonce": "a1b2c3", '
        f'"serverTime": "{K.iso(date + timedelta(days=3))}"}};</script>\n'
    )
    # the story
    parts = []
    for k, para in enumerate(story[2]):
        if para.startswith("## "):
            t = esc(para[3:])
            parts.append(f"<h3>{t}</h3>" if rng.random() < 0.5 else f"<p><strong>{t}</strong></p>")
        else:
            parts.append(f"<p>{esc(para)}</p>")
        if k == 1 and inline:
            parts.append(inline)
    before = ""
    where = None
    if ppl.byline:
        where = rng.choice(["own", "before", "br"] + (["shared"] if not ppl.author else []))
        bl = esc(ppl.byline)
        if where == "own":
            parts.insert(0, f"<p><strong>{bl}</strong></p>")
        elif where == "before":
            before = f'<p class="ina-dateline"><b>{bl}</b></p>\n'
        elif where == "br":
            parts[0] = f"<p>{bl}<br>\n{esc(story[2][0])}</p>"
        else:
            parts[0] = f"<p>{esc(K.shared(ppl.byline, story[2][0]))}</p>"
        notes.append(f"byline {where}")
    if ppl.credit and not credit_in_fig:
        pos = 1 if where == "own" and rng.random() < 0.6 else len(parts)
        parts.insert(pos, f"<p>{esc(ppl.credit)}</p>")
    if ppl.translator_line:
        parts.append(f"<p><em>{esc(ppl.translator_line)}</em></p>")
    if lang == "ar" and rng.random() < 0.5:
        parts.append(f'<p><a href="https://t.me/inaiqnews">{K.TELEGRAM_AR}</a></p>')
    parts.append(
        '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>'
        '<li><a class="share-facebook">Facebook</a></li><li><a class="share-x">X</a></li></ul></div>'
    )
    if rng.random() < 0.5:
        rd = date + timedelta(days=1, hours=2)
        parts.append(
            f'<div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3><p><a href="/1--.html">'
            f"{esc(others(rng, lang, title, 1)[0])}</a> <span>{K.en_long(rd)}</span></p></div>"
        )
    cat_html = ""
    if cat:
        cat_html = (
            f'<span class="cat-links"><a href="/category/{K.slug(cat) or "cat"}/" rel="category tag">'
            f"{esc(cat)}</a></span>\n"
        )
    crumbs = ""
    if cat and rng.random() < 0.5:
        crumbs = (
            f'<nav class="breadcrumbs"><a href="/">{SITE[lang]}</a> &raquo; <a href="/category/x/">'
            f"{esc(cat)}</a> &raquo; <span>{esc(title)}</span></nav>\n"
        )
    posted = "نشر في" if lang == "ar" else "Posted on"
    by = "بواسطة" if lang == "ar" else "by"
    prev_t, next_t = others(rng, lang, title, 2)
    comment_d = date + timedelta(days=1, hours=5)
    page = (
        head(title, url, lang, extra)
        + f'<body class="post-template-default single single-post postid-{rid}">\n'
        + chrome_top(rng, lang, title)
        + '<div id="content" class="site-content"><div id="primary" class="content-area">'
        + f'<main id="main" class="site-main">\n{crumbs}'
        + f'<article id="post-{rid}" class="post-{rid} post type-post status-publish">\n'
        + f'<header class="entry-header">\n{cat_html}<h1 class="entry-title">{esc(title)}</h1>\n'
        + f'<div class="entry-meta"><span class="posted-on">{posted} <a href="{url}" rel="bookmark">'
        + f'{time_html}</a></span><span class="byline"> {by} <span class="author vcard">'
        + f'<a class="url fn n" href="/author/x/">{esc(shown)}</a></span></span></div>\n</header>\n'
        + (f'<div class="post-thumbnail">{lead}</div>\n' if lead else "")
        + before
        + '<div class="entry-content">\n'
        + "\n".join(parts)
        + "\n</div>\n"
        + '<footer class="entry-footer"><span class="tags-links">Tagged <a rel="tag">Iraq</a>, '
        + '<a rel="tag">Baghdad</a></span></footer>\n</article>\n'
        + '<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous">'
        + f'<a href="/{rid - 1}--.html" rel="prev">{esc(prev_t)}</a></div><div class="nav-next">'
        + f'<a href="/{rid + 1}--.html" rel="next">{esc(next_t)}</a></div></div></nav>\n'
        + '<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment">'
        + '<footer class="comment-meta"><b class="fn">Ahmed</b> <time datetime="'
        + f'{K.iso(comment_d)}">{K.en_long(comment_d)} at {K.clock12(comment_d)}</time></footer>'
        + '<div class="comment-content"><p>Thank you for the news.</p></div></li></ol></div>\n'
        + "</main></div>\n"
        + sidebar(rng, lang, date, title)
        + "</div>\n"
        + f'<footer id="colophon" class="site-footer">&copy; {date.year} {SITE[lang]}</footer>\n'
        + "</body>\n</html>\n"
    )
    label = K.release_label(
        "wp-mirror release: " + ", ".join(notes),
        url,
        content_type=rng.choice(["text/html; charset=UTF-8", None]),
        fetched_at=None,
        rid=rid,
        title=title,
        date=date,
        people=ppl,
        body=body,
        lang=lang,
        category=cat,
        images=images,
    )
    return K.Page(f"wp-{i:02d}-{lang}-{rid}", page, "utf-8", label)


def build(rng: random.Random) -> list[K.Page]:
    """All pages of the family."""
    en = rng.sample(C.EN_STORIES, len(C.EN_STORIES))
    ar = rng.sample(C.AR_STORIES, len(C.AR_STORIES))
    pages = []
    for i, lang in enumerate(LANGS):
        story = (ar if lang == "ar" else en).pop()
        pages.append(release(rng, i, lang, story))
    return pages + non_releases(rng)


if __name__ == "__main__":
    K.main("wp-mirror", build, seed=20260301)
