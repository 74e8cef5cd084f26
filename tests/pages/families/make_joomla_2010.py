"""Write the joomla-2010 page family: synthetic Joomla 1.5/2.5 article pages with labels.

Run: .venv/bin/python tests/pages/families/make_joomla_2010.py [outdir]
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from famd_content import (  # noqa: E402
    AR_PEOPLE,
    AR_PLACES,
    AR_STORIES,
    EN_PEOPLE,
    EN_PLACES,
    EN_STORIES,
    EN_TRANSLATORS,
)
from famd_joomla_other import other_pages  # noqa: E402
from famd_joomla_parts import (  # noqa: E402
    LABELS,
    credit,
    crumbs,
    footer,
    head,
    icons,
    image,
    jdate,
    modules,
    pagenav,
    para_html,
    top,
)
from famd_kit import (  # noqa: E402
    BAGHDAD,
    TELEGRAM_AR,
    body_of,
    byline,
    esc,
    iso,
    plain,
    release_label,
    slug,
    write_pair,
    write_readme,
)

SEED = 2010
FAMILY = "joomla-2010"
README = """# joomla-2010 (SYNTHETIC)

Every page here is SYNTHETIC test data, not INA content: made-up releases in the look of a
Joomla 1.5/2.5 news site of about 2010 (`div.item-page` with `dl.article-info`, or the older
`table.contentpaneopen`; `dd.published` "Published: Monday, 05 April 2010 14:22",
`dd.createdby` "Written by ...", hits, print/e-mail icons, `div.pagenav`, a "Latest News"
`moduletable`, banners and a marquee ticker). Some Arabic pages are windows-1256 bytes.
Written by `../make_joomla_2010.py` (seeded, no network); labels come from its content
records, never from parsing. Checked by `tests/test_page_families_famD.py`.
"""


def story(rng: random.Random, rec: dict, bl: dict, form: str, extra: dict) -> tuple[str, str]:
    """Story markup (lines as <p> or split by <br />) and the before-container byline."""
    bold = rng.choice(["strong", "b"])
    paras = rec["paras"]
    pre: list[str] = []
    first = 0
    if form in ("own", "bold"):
        pre.append(f"<strong>{esc(bl['text'])}</strong>" if form == "bold" else esc(bl["text"]))
    elif form == "shared":
        dash = " – " if "–" in bl["text"] else " - "
        pre.append(f"{esc(bl['text'])}{dash}{esc(paras[0])}")
        first = 1
    elif form == "br":
        pre.append(f"{esc(bl['text'])}<br />\n{esc(paras[0])}")
        first = 1
    if extra["credit_pos"] == "top":
        pre.append(esc(extra["credit"]))
    body = [para_html(p, bold)[3:-5] for p in paras[first:]]
    if extra["inline"]:
        body.insert(2, extra["inline"])
    post: list[str] = []
    if extra["credit_pos"] == "end":
        post.append(esc(extra["credit"]))
    if extra["translator"]:
        post.append(esc(f"Translated by {extra['translator']}"))
    if extra["telegram"]:
        post.append(esc(TELEGRAM_AR))
    lines = pre + body + post
    lead = extra["lead"]
    if extra["brall"]:
        text = (f"{lead}<br />\n" if lead else "") + "<br />\n".join(lines)
    else:
        text = (f"<p>{lead}</p>\n" if lead else "") + "".join(f"<p>{x}</p>\n" for x in lines)
    before = (
        f'<p class="byline"><strong>{esc(bl["text"])}</strong></p>\n' if form == "before" else ""
    )
    return text, before


def release(rng: random.Random, out: Path, n: int, lang: str, rec: dict, pool: list[dict]) -> None:
    """Build one release page and its label."""
    lab = LABELS[lang]
    rid = rng.randint(1200, 4800) if lang == "en" else rng.randint(12000, 38000)
    day = datetime(2010, 3, 1, tzinfo=BAGHDAD) + timedelta(days=rng.randint(0, 1400))
    dt = day.replace(hour=rng.randint(7, 23), minute=rng.randint(0, 59))
    if lang == "en":
        url = {2: f"https://ina.iq/eng/{rid}--.html", 5: f"https://ina.iq/eng/{rid}"}.get(
            n, f"https://ina.iq/eng/{rid}-{slug(rec['title'])}.html"
        )
    else:
        url = f"https://ina.iq/{'print:page,1,' if n == 11 else ''}{rid}--.html"
    printview = "print:" in url
    people, places = (EN_PEOPLE, EN_PLACES) if lang == "en" else (AR_PEOPLE, AR_PLACES)
    form = ["own", "bold", "br", "before", "none", "shared"][n % 6]
    bl = byline(rng, lang, people, places)
    while form == "shared" and (not bl["share"] or bl["text"].startswith("INA")):
        bl = byline(rng, lang, people, places)
    author, location = (bl["author"], bl["location"]) if form != "none" else (None, None)
    agency = "INA" if lang == "en" else "واع"
    if author:
        createdby = rng.choice([author, None])
    elif form == "none" and rng.random() < 0.5:
        author = createdby = rng.choice(people)
    else:
        createdby = rng.choice([agency, "Iraqi News Agency" if lang == "en" else agency, None])
    cr, photog = credit(rng, lang) if rng.random() < 0.6 else ("", None)
    cpos = rng.choice(["top", "end", "meta"]) if cr else None
    translator = rng.choice(EN_TRANSLATORS) if lang == "en" and rng.random() < 0.3 else None
    others = [
        (o["title"], dt + timedelta(hours=h)) for h, o in zip((3, 7, 20, 31), pool, strict=True)
    ]
    images = []
    lead = inline = ""
    if rng.random() < 0.7:
        lead, lab_img = image(rng, lang, dt, f"{rid}_1.jpg", rec["title"])
        images.append(lab_img)
    if rng.random() < 0.3 and len(rec["paras"]) > 3:
        inline, lab_img = image(
            rng, lang, dt, f"{rid}_2.jpg", "Part of the event" if lang == "en" else "جانب من الحدث"
        )
        images.append(lab_img)
    og = (
        f"https://ina.iq/images/stories/{dt:%Y}/{dt:%m}/{rid}_og.jpg"
        if rng.random() < 0.4
        else None
    )
    if not images and og:
        images = [{"url": og, "caption": None}]
    extra = {
        "credit": cr,
        "credit_pos": cpos,
        "translator": translator,
        "lead": lead,
        "inline": inline,
        "telegram": lang == "ar" and rng.random() < 0.5,
        "brall": rng.random() < 0.25,
    }
    text, before = story(rng, rec, bl, form, extra)
    old = rng.random() < 0.45
    show_cat = rng.random() < 0.8
    category = rec["category"] if show_cat else None
    charset = "utf-8"
    ctype: str | None = "text/html; charset=utf-8"
    if lang == "ar" and n % 2 == 0:
        charset = "windows-1256"
        ctype = rng.choice(["text/html; charset=windows-1256", None, "text/html; charset=utf-8"])
    elif rng.random() < 0.3:
        ctype = None
    lying = charset != "utf-8" and ctype == "text/html; charset=utf-8"
    meta_credit = esc(cr) if cpos == "meta" else ""
    dated = jdate(dt, lang)
    hits = rng.randint(12, 4000)
    if old:
        by = (
            f'<tr><td><span class="small">{lab["by"]}{esc(createdby)}</span></td></tr>\n'
            if createdby
            else ""
        )
        pc = f'<tr><td><span class="small">{meta_credit}</span></td></tr>\n' if meta_credit else ""
        upd = jdate(dt + timedelta(hours=26), lang)
        art = (
            f'<table class="contentpaneopen"><tr><td class="contentheading" width="100%">'
            f'{esc(rec["title"])}</td><td align="right" width="100%" class="buttonheading">'
            f"{icons(lang, 'span')}</td></tr></table>\n"
            f'<table class="contentpaneopen">\n{by}{pc}'
            f'<tr><td valign="top" class="createdate">{dated}</td></tr>\n'
            + (f"<tr><td>{before}</td></tr>\n" if before else "")
            + f'<tr><td valign="top">\n{text}</td></tr>\n'
            f'<tr><td colspan="2" align="left" class="modifydate">{lab["upd"]} ( {upd} )</td></tr>\n'
            '</table>\n<span class="article_separator">&nbsp;</span>\n'
        )
    else:
        h2 = rng.choice(
            [
                f'<h2><a href="{url}">{esc(rec["title"])}</a></h2>',
                f'<h2 class="contentheading">{esc(rec["title"])}</h2>',
            ]
        )
        dds = []
        if category:
            dds.append(
                f'<dd class="category-name">{lab["cat"]}<a href="/cat">{esc(category)}</a></dd>'
            )
        dds.append(f'<dd class="published">{lab["pub"]}{dated}</dd>')
        if createdby:
            dds.append(f'<dd class="createdby">{lab["by"]}{esc(createdby)}</dd>')
        if meta_credit:
            dds.append(f'<dd class="photo-credit">{meta_credit}</dd>')
        dds.append(f'<dd class="hits">{lab["hits"]}{hits}</dd>')
        box = rng.choice(['<div class="article-body">', "<section>", '<div class="x7f3">', "<div>"])
        end = "</section>" if box == "<section>" else "</div>"
        art = (
            f'<div class="item-page">\n{h2}\n{icons(lang)}'
            '<dl class="article-info"><dt class="article-info-term">Details</dt>\n'
            + "\n".join(dds)
            + f"\n</dl>\n{before}{box}\n{text}{end}\n"
            + pagenav(lang, pool[0]["title"], pool[1]["title"])
            + "</div>\n"
        )
    has_crumbs = not printview and rng.random() < 0.6
    crumb = crumbs(lang, category, rec["title"]) if has_crumbs else ""
    if old and not has_crumbs:
        category = None
    if printview:
        page = head(rec["title"], lang, charset, og, rec["title"]) + (
            '<body class="contentpane">\n' + art + "</body>\n</html>\n"
        )
    else:
        page = (
            head(rec["title"], lang, charset, og, plain(rec["paras"][0]))
            + top(rng, lang, sorted({s["category"] for s in pool}), [o[0] for o in others])
            + crumb
            + f'<div id="maincolumn">\n{art}</div>\n'
            + modules(rng, lang, others)
            + footer(lang)
        )
    fetched = iso(dt + timedelta(days=rng.randint(1, 400), hours=3))
    label = release_label(
        f"Joomla {'1.5 contentpaneopen' if old else '2.5 item-page'}, byline form {form}, "
        f"{charset}{', print view' if printview else ''}"
        f"{', HTTP charset wrong (utf-8), meta right' if lying else ''}",
        url,
        ctype,
        fetched,
        {
            "url": url,
            "release_id": rid,
            "title": rec["title"],
            "date": iso(dt),
            "author": author,
            "photographer": photog,
            "body": body_of(rec["paras"]),
            "location": location,
            "language": lang,
            "category": category,
            "images": images,
            "translator": translator,
        },
    )
    write_pair(out, f"{lang}-{n:02d}-{rid}", page, charset, label)


def main(out: Path) -> None:
    """Write every page of the family into out."""
    rng = random.Random(SEED)
    write_readme(out, README)
    n = 0
    for lang, stories in (("en", EN_STORIES[:9]), ("ar", AR_STORIES[:4])):
        for rec in stories:
            pool = [s for s in (EN_STORIES if lang == "en" else AR_STORIES) if s is not rec]
            release(rng, out, n, lang, rec, rng.sample(pool, 4))
            n += 1
    for name, page, charset, label in other_pages(rng):
        write_pair(out, name, page, charset, label)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent / FAMILY
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else here)
