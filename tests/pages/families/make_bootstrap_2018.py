"""Write the bootstrap-2018 family: a Bootstrap 4 card layout carrying INA releases (SYNTHETIC).

Run: .venv/bin/python tests/pages/families/make_bootstrap_2018.py [--out DIR]
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

import famc_content as C
import famc_kit as K
from famc_bootstrap_parts import (
    AR_DIGITS,
    carousel,
    footer,
    head,
    most_read,
    navbar,
    non_releases,
    others,
)
from famc_kit import esc

LANGS = ["en", "en", "ar", "en", "ar", "en", "en", "ar", "en", "ar", "en", "en", "ar"]
CONTAINERS = [
    ('<div class="css-1x9k2a">', "</div>"),
    ('<section class="prose">', "</section>"),
    ("<article>", "</article>"),
    ('<div class="x7f3">', "</div>"),
    ("<table><tr><td>", "</td></tr></table>"),
    ("<div>", "</div>"),
]


EN_FORMS = ["long", "long", "weekday", "weekday", "today", "yesterday", "day", "weekday"]
AR_FORMS = ["indic", "long", "today", "yesterday", "indic"]


def date_text(rng: random.Random, form: str, lang: str, date: datetime, views: str):
    """The visible date in a form; returns (text, fetched_at or None, label date)."""
    if form == "today":
        left = (23 * 60 + 59) - (date.hour * 60 + date.minute)
        fetched = date + timedelta(minutes=rng.randrange(1, max(2, left)))
        if lang == "ar":
            return f"اليوم، {date:%H:%M}", fetched, date
        return f"Today, {date:%H:%M}", fetched, date
    if form == "yesterday":
        fetched = (date + timedelta(days=1)).replace(hour=rng.randrange(0, 23))
        if lang == "ar":
            return f"أمس، {date:%H:%M}", fetched, date
        return f"Yesterday at {K.clock12(date)}", fetched, date
    if form == "indic":
        return f"{date:%d-%m-%Y} | {K.clock12(date, 'ar')}".translate(AR_DIGITS), None, date
    if lang == "ar":
        return (
            f"{K.AR_DAYS[date.weekday()]} {K.ar_long(date)} - {K.clock12(date, 'ar')}",
            None,
            date,
        )
    if form == "long":
        return f"{K.en_long(date)} at {K.clock12(date)}", None, date
    if form == "weekday":
        day = K.EN_DAYS[date.weekday()]
        return f"{day}, {date:%d-%m-%Y} | {K.clock12(date, upper=True)} | {views} views", None, date
    return (
        f"{date.day} {K.EN_MONTHS[date.month - 1][:3]} {date.year}",
        None,
        date.replace(hour=0, minute=0),
    )


def release(rng: random.Random, i: int, lang: str, story: tuple, enc: tuple, form: str) -> K.Page:
    """One release page and its label."""
    title, category, _ = story
    body = K.paragraphs(story)
    rid = rng.randrange(5000, 9000) if lang == "en" else rng.randrange(60000, 90000)
    url = K.release_url(rng, lang, rid, title)
    date = K.rand_date(rng, 2017, 2019)
    ppl = K.pick_people(rng, lang)
    notes = [f"charset {enc[1]}"] if enc[0] != "utf-8" else []
    views = f"{rng.randrange(1000, 9999):,}"
    dtext, fetched, date = date_text(rng, form, lang, date, views)
    if enc[0] == "cp1256":
        dtext = dtext.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    notes.append(f"date '{dtext}'")
    cat = category if rng.random() < 0.8 else None
    folder = f"{'eng/' if lang == 'en' else ''}uploads/posts/{date:%Y-%m}"
    images: list[tuple[str, str | None]] = []
    lead = inline = ""
    credit_where = rng.choice(["line", "meta", "fig"]) if ppl.credit else None
    if rng.random() < 0.7:
        src = f"/{folder}/{rid}.jpg"
        if credit_where == "fig" or rng.random() < 0.3:
            cap = "Officials during the meeting" if lang == "en" else "جانب من اللقاء"
            if credit_where == "fig":
                cap = f"{cap} ({ppl.credit})"
            lead = (
                f'<figure class="figure"><img src="{src}" class="figure-img img-fluid rounded">'
                f'<figcaption class="figure-caption">{esc(cap)}</figcaption></figure>'
            )
            notes.append("lead figure with caption")
        else:
            cap = rng.choice([None, "Archive photo" if lang == "en" else "صورة أرشيفية"])
            alt = f' alt="{esc(cap)}"' if cap else ""
            lead = (
                f'<img class="card-img-top lazy" src="/img/placeholder.png" data-src="{src}"{alt}>'
            )
            notes.append("lazy card-img-top")
        images.append((K.image_url(url, src), cap))
    if credit_where == "fig" and not lead:
        credit_where = "line"
    if rng.random() < 0.3:
        thumb, full = f"/{folder}/thumbs/{rid}_2.jpg", f"/{folder}/{rid}_2.jpg"
        inline = (
            f'<p><a href="{full}" class="lightbox"><img src="{thumb}" class="img-fluid"></a></p>'
        )
        images.append((K.image_url(url, full), None))
        notes.append("inline thumbnail linked to full size")
    extra = (
        f'<meta property="og:title" content="{esc(title)}">\n<link rel="canonical" href="{url}">\n'
    )
    if images:
        extra += f'<meta property="og:image" content="{images[0][0]}">\n'
    elif rng.random() < 0.6:
        og = f"https://ina.iq/{folder}/og_{rid}.jpg"
        extra += f'<meta property="og:image" content="{og}">\n'
        images.append((og, None))
        notes.append("og:image only")
    if rng.random() < 0.5:
        who = {"@type": "Organization", "name": "INA"}
        if ppl.author and rng.random() < 0.5:
            who = {"@type": "Person", "name": ppl.author}
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": K.iso_utc(date), "author": who}  # fmt: skip
        if cat:
            ld["articleSection"] = cat
        extra += (
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        )
        notes.append("JSON-LD in UTC")
    state = {"page": "article", "id": rid, "trending": others(rng, lang, title, 2)}
    extra += f"<script>window.__STATE__ = {json.dumps(state, ensure_ascii=False)};</script>\n"
    parts = []
    for k, para in enumerate(story[2]):
        if para.startswith("## "):
            t = esc(para[3:])
            parts.append(
                f'<h3 class="h5 mt-3">{t}</h3>'
                if rng.random() < 0.5
                else f"<p><strong>{t}</strong></p>"
            )
        else:
            parts.append(f"<p>{esc(para)}</p>")
        if k == 1 and inline:
            parts.append(inline)
    lead_line = ""
    if ppl.byline:
        where = rng.choice(["lead", "own", "br"] + (["shared"] if not ppl.author else []))
        bl = esc(ppl.byline)
        if where == "lead":
            lead_line = f'<p class="lead font-weight-bold">{bl}</p>\n'
        elif where == "own":
            parts.insert(0, f"<p><b>{bl}</b></p>")
        elif where == "br":
            parts[0] = f"<p>{bl}<br>{esc(story[2][0])}</p>"
        else:
            parts[0] = f"<p>{esc(K.shared(ppl.byline, story[2][0]))}</p>"
        notes.append(f"byline {where}")
    meta_credit = ""
    if credit_where == "meta":
        meta_credit = f' <span class="mx-1">|</span> <i class="fa fa-camera"></i> {esc(ppl.credit)}'
        notes.append("credit in the date line")
    elif credit_where == "line":
        parts.append(f'<p class="text-muted">{esc(ppl.credit)}</p>')
    if ppl.translator_line:
        parts.append(f"<p><i>{esc(ppl.translator_line)}</i></p>")
    if lang == "ar" and rng.random() < 0.4:
        parts.append(f"<p>{K.TELEGRAM_AR}</p>")
    open_tag, close_tag = rng.choice(CONTAINERS)
    notes.append(f"story in {open_tag}")
    badge = f'<span class="badge badge-primary mb-2">{esc(cat)}</span>\n' if cat else ""
    crumbs = ""
    if rng.random() < 0.5:
        mid = f'<li class="breadcrumb-item"><a href="/c/">{esc(cat)}</a></li>' if cat else ""
        crumbs = (
            '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">'
            f"{'وكالة الأنباء العراقية' if lang == 'ar' else 'Iraqi News Agency'}</a></li>{mid}"
            f'<li class="breadcrumb-item active" aria-current="page">{esc(title)}</li></ol></nav>\n'
        )
    h = rng.choice(["h1", "h2"])
    tweet = ""
    if rng.random() < 0.4:
        td = date + timedelta(hours=1)
        tweet = (
            '<div class="card mb-4"><div class="card-body"><blockquote class="twitter-tweet"><p lang="en">'
            "Great work by the teams today.</p>&mdash; Ministry (@ministry) "
            f'<a href="https://twitter.com/ministry/status/1">{K.en_long(td)}</a></blockquote></div></div>\n'
        )
    page = (
        head(title, lang, enc[1], extra)
        + "<body>\n"
        + navbar(rng, lang, title)
        + f'<div class="container mt-3">\n{crumbs}<div class="row">\n<div class="col-lg-8">\n'
        + f'<div class="card mb-4">\n{lead}\n<div class="card-body">\n{badge}'
        + f'<{h} class="card-title">{esc(title)}</{h}>\n'
        + f'<p><small class="text-muted"><i class="fa fa-clock-o"></i> {esc(dtext)}</small>{meta_credit}</p>\n'
        + '<div class="font-tools"><a href="#" class="btn btn-sm">+A</a> <a href="#" class="btn btn-sm">-A</a></div>\n'
        + lead_line
        + f"{open_tag}\n"
        + "\n".join(parts)
        + f"\n{close_tag}\n"
        + '<div class="share-bar"><a class="btn btn-primary btn-sm">Facebook</a> <a class="btn btn-info '
        + 'btn-sm">Twitter</a> <a class="btn btn-success btn-sm">WhatsApp</a></div>\n'
        + '<div class="tags mt-2">Tags: <a class="badge badge-light" href="/tags/iraq/">Iraq</a></div>\n'
        + "</div>\n</div>\n"
        + tweet
        + "</div>\n"
        + most_read(rng, lang, date, title)
        + "</div>\n</div>\n"
        + carousel(rng, lang, date, title)
        + footer(lang)
    )
    label = K.release_label(
        "bootstrap-2018 release: " + ", ".join(notes),
        url,
        content_type=enc[2],
        fetched_at=fetched,
        rid=rid,
        title=title,
        date=date,
        people=ppl,
        body=body,
        lang=lang,
        category=cat,
        images=images,
    )
    return K.Page(f"bs-{i:02d}-{lang}-{rid}", page, enc[0], label)


def build(rng: random.Random) -> list[K.Page]:
    """All pages of the family."""
    en = rng.sample(C.EN_STORIES, len(C.EN_STORIES))
    ar = rng.sample(C.AR_STORIES, len(C.AR_STORIES))
    forms = {"en": rng.sample(EN_FORMS, len(EN_FORMS)), "ar": rng.sample(AR_FORMS, len(AR_FORMS))}
    pages = []
    for i, lang in enumerate(LANGS):
        if lang == "ar" and i == 7:
            enc = ("cp1256", "windows-1256", "text/html; charset=windows-1256")
        else:
            enc = ("utf-8", "utf-8", rng.choice(["text/html; charset=utf-8", None]))
        story = (ar if lang == "ar" else en).pop()
        pages.append(release(rng, i, lang, story, enc, forms[lang].pop()))
    return pages + non_releases(rng)


if __name__ == "__main__":
    K.main("bootstrap-2018", build, seed=20180305)
