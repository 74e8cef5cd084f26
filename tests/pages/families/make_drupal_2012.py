"""Write the drupal-2012 family: Drupal 7 node pages carrying INA releases (SYNTHETIC pages).

Run: .venv/bin/python tests/pages/families/make_drupal_2012.py [--out DIR]
"""

from __future__ import annotations

import random
from datetime import timedelta

import famc_content as C
import famc_kit as K
from famc_drupal_parts import footer, head, header, medium, non_releases, sidebar
from famc_kit import esc

LANGS = ["ar", "en", "en", "ar", "en", "en", "ar", "en", "en", "ar", "en", "en", "ar"]
# how each Arabic page is encoded: (bytes codec, meta charset, HTTP content type)
AR_ENCODINGS = [
    ("cp1256", "windows-1256", "text/html; charset=windows-1256"),
    ("cp1256", "windows-1256", None),
    ("utf-8", "utf-8", "text/html; charset=utf-8"),
    ("cp1256", "windows-1256", "text/html; charset=utf-8"),  # the HTTP header lies
    ("utf-8", "utf-8", None),
]


def date_line(rng: random.Random, lang: str, date):
    """The submitted line; returns (html, label date)."""
    roll = rng.random()
    if roll < 0.15:
        day = date.replace(hour=0, minute=0)
        vis = K.ar_long(date) if lang == "ar" else f"{K.EN_DAYS[date.weekday()]}, {K.en_long(date)}"
        rdfa = f' content="{date:%Y-%m-%d}" datatype="xsd:date"'
        return f'<span property="dc:date dc:created"{rdfa}>{vis}</span>', day
    if lang == "ar":
        vis = rng.choice(
            [
                f"{K.AR_DAYS[date.weekday()]} {K.ar_long(date)} - {date:%H:%M}",
                f"{K.ar_long(date)} - {K.clock12(date, 'ar')}",
            ]
        )
        vis = rng.choice(["أرسلت في ", ""]) + vis
    else:
        vis = rng.choice(
            [
                f"Submitted on {medium(date)}",
                f"Submitted by INA on {medium(date)}",
                f"{K.EN_DAYS[date.weekday()]}, {K.en_long(date)} - {date:%H:%M}",
            ]
        )
    rdfa = f' content="{K.iso(date)}" datatype="xsd:dateTime"'
    if rng.random() < 0.3:
        rdfa = ""
    return f'<span property="dc:date dc:created"{rdfa}>{vis}</span>', date


def release(rng: random.Random, i: int, lang: str, story: tuple, enc: tuple) -> K.Page:
    """One release page and its label."""
    title, category, _ = story
    body = K.paragraphs(story)
    rid = rng.randrange(1000, 5000) if lang == "en" else rng.randrange(10000, 60000)
    url = K.release_url(rng, lang, rid, title)
    date = K.rand_date(rng, 2011, 2013)
    ppl = K.pick_people(rng, lang)
    notes = [f"charset {enc[1]}, HTTP {enc[2]}"] if lang == "ar" else []
    date_html, date = date_line(rng, lang, date)
    notes.append("date " + ("with RDFa" if "content=" in date_html else "text only"))
    if not ppl.byline:
        notes.append("no dateline")
    cat = category if rng.random() < 0.85 else None
    crumbs = None
    if rng.random() < 0.5:
        crumbs = [cat] if cat else []
        if rng.random() < 0.5:
            crumbs.append(title)
    images: list[tuple[str, str | None]] = []
    image_field = inline = ""
    credit_field = ppl.credit is not None and rng.random() < 0.4
    if rng.random() < 0.65:
        src = f"/sites/default/files/styles/medium/public/field/image/{rid}.jpg"
        full = f"/sites/default/files/field/image/{rid}.jpg"
        cap = rng.choice(
            ["A meeting at the ministry", None] if lang == "en" else ["من الاجتماع", None]
        )
        attr = (
            f' title="{esc(cap)}"'
            if cap and rng.random() < 0.5
            else (f' alt="{esc(cap)}"' if cap else "")
        )
        img = f'<img typeof="foaf:Image" src="{src}" width="220" height="147"{attr} />'
        if rng.random() < 0.6:
            img, pic = f'<a href="{full}">{img}</a>', full
            notes.append("image field links to full size")
        else:
            pic = src
        images.append((K.image_url(url, pic), cap))
        image_field = (
            '<div class="field field-name-field-image field-type-image field-label-hidden">'
            f'<div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso">{img}'
            "</div></div></div>\n"
        )
    if rng.random() < 0.25:
        src = f"../sites/default/files/inline/{rid}_b.jpg"
        inline = f'<p><img src="{src}" width="400" /></p>'
        images.append((K.image_url(url, src), None))
        notes.append("relative inline picture")
    og = ""
    if images:
        og = f'<meta property="og:image" content="{images[0][0]}" />\n'
    elif rng.random() < 0.5:
        og_url = f"https://ina.iq/sites/default/files/og/{rid}.jpg"
        og = f'<meta property="og:image" content="{og_url}" />\n'
        images.append((og_url, None))
        notes.append("og:image only")
    extra = f'<meta property="og:title" content="{esc(title)}" />\n{og}'
    parts = []
    for k, para in enumerate(story[2]):
        if para.startswith("## "):
            t = esc(para[3:])
            parts.append(f"<p><b>{t}</b></p>" if rng.random() < 0.5 else f"<h3>{t}</h3>")
        else:
            parts.append(f"<p>\n  {esc(para)}\n</p>")
        if k == 0 and inline:
            parts.append(inline)
    dateline_field = ""
    where = None
    if ppl.byline:
        where = rng.choice(["own", "field", "br"] + (["shared"] if not ppl.author else []))
        bl = esc(ppl.byline)
        if where == "own":
            parts.insert(0, f"<p><strong>{bl}</strong></p>")
        elif where == "field":
            dateline_field = (
                '<div class="field field-name-field-dateline field-label-hidden"><div class="field-items">'
                f'<div class="field-item even">{bl}</div></div></div>\n'
            )
        elif where == "br":
            parts[0] = f"<p><strong>{bl}</strong><br />{esc(story[2][0])}</p>"
        else:
            parts[0] = f"<p>{esc(K.shared(ppl.byline, story[2][0]))}</p>"
        notes.append(f"byline {where}")
    credit_html = ""
    if ppl.credit and credit_field:
        credit_html = (
            '<div class="field field-name-field-photo-credit field-label-inline clearfix">'
            f'<div class="field-items"><div class="field-item even">{esc(ppl.credit)}</div></div></div>\n'
        )
        notes.append("credit in a meta field")
    elif ppl.credit:
        parts.insert(1 if where == "own" else len(parts), f"<p>{esc(ppl.credit)}</p>")
    if ppl.translator_line:
        parts.append(f"<p>{esc(ppl.translator_line)}</p>")
    cat_html = ""
    if cat:
        lab = "التصنيف" if lang == "ar" else "Category"
        cat_html = (
            '<div class="field field-name-field-category field-type-taxonomy-term-reference '
            f'field-label-inline clearfix"><div class="field-label">{lab}:&nbsp;</div><div '
            f'class="field-items"><div class="field-item even"><a href="/taxonomy/term/{len(cat)}" '
            f'typeof="skos:Concept" property="rdfs:label skos:prefLabel">{esc(cat)}</a></div></div></div>\n'
        )
    reads = (
        f"{rng.randrange(100, 9000)} reads" if lang == "en" else f"{rng.randrange(100, 9000)} قراءة"
    )
    cd = date + timedelta(days=1, hours=3)
    tags = " ".join(f'<a href="/tags/{k}">{esc(t)}</a>' for k, t in enumerate(["Iraq", "INA"]))
    page = (
        head(title, lang, url, enc[1], extra)
        + f'<body class="html not-front one-sidebar sidebar-second page-node page-node-{rid} '
        + 'node-type-article">\n<div id="skip-link"><a href="#main-content">Skip to main content</a></div>\n'
        + header(rng, lang, title, crumbs)
        + '<div id="main-wrapper"><div id="main" class="clearfix">\n<div id="content" class="column">'
        + f'<div class="section"><a id="main-content"></a>\n<h1 class="title" id="page-title">{esc(title)}</h1>\n'
        + '<div class="tabs"><ul class="tabs primary"><li class="active"><a href="#">View</a></li>'
        + f'<li><a href="/print/{rid}">Print</a></li></ul></div>\n'
        + '<div class="region region-content"><div id="block-system-main" class="block block-system">'
        + f'<div class="content">\n<div id="node-{rid}" class="node node-article clearfix" '
        + f'about="/node/{rid}" typeof="sioc:Item foaf:Document">\n'
        + f'<div class="meta submitted">{date_html}</div>\n<div class="content clearfix">\n'
        + cat_html
        + image_field
        + credit_html
        + dateline_field
        + '<div class="field field-name-body field-type-text-with-summary field-label-hidden">'
        + '<div class="field-items"><div class="field-item even" property="content:encoded">\n'
        + "\n".join(parts)
        + "\n</div></div></div>\n"
        + f'<div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div>{tags}</div>\n'
        + '</div>\n<ul class="links inline"><li class="comment-add"><a href="#">Add new comment</a></li>'
        + f'<li class="statistics_counter"><span>{reads}</span></li></ul>\n'
        + '<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2><div class="comment">'
        + f'<div class="submitted"><span class="username">Ali</span> {medium(cd)}</div>'
        + '<div class="content"><p>Thanks.</p></div></div></div>\n'
        + "</div></div></div></div></div></div>\n"
        + sidebar(rng, lang, date, title)
        + "</div></div>\n"
        + footer(date.year, lang)
    )
    label = K.release_label(
        "drupal-2012 release: " + ", ".join(notes),
        url,
        content_type=enc[2],
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
    return K.Page(f"drupal-{i:02d}-{lang}-{rid}", page, enc[0], label)


def build(rng: random.Random) -> list[K.Page]:
    """All pages of the family."""
    en = rng.sample(C.EN_STORIES, len(C.EN_STORIES))
    ar = rng.sample(C.AR_STORIES, len(C.AR_STORIES))
    encs = list(AR_ENCODINGS)
    pages = []
    for i, lang in enumerate(LANGS):
        if lang == "ar":
            pages.append(release(rng, i, lang, ar.pop(), encs.pop(0)))
        else:
            enc = ("utf-8", "utf-8", rng.choice(["text/html; charset=utf-8", None]))
            pages.append(release(rng, i, lang, en.pop(), enc))
    return pages + non_releases(rng)


if __name__ == "__main__":
    K.main("drupal-2012", build, seed=20120304)
