"""Write the nextjs-2022 page family: synthetic server-rendered Next.js news pages with labels.

Run: .venv/bin/python tests/pages/families/make_nextjs_2022.py [outdir]
"""

from __future__ import annotations

import random
import sys
from datetime import timedelta
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
from famd_kit import (  # noqa: E402
    TELEGRAM_AR,
    body_of,
    byline,
    esc,
    is_sub,
    iso,
    plain,
    release_label,
    slug,
    utc_z,
    write_pair,
    write_readme,
)
from famd_next_other import other_pages  # noqa: E402
from famd_next_parts import (  # noqa: E402
    chrome_top,
    cls,
    comments,
    footer,
    head,
    newsletter,
    next_data,
    related,
    trending,
    tweet,
)
from famd_next_story import AGENCY_ORG, figure, news_jsonld, pick_credit, share_bar, top_bits, when  # noqa: E402

SEED = 2022
FAMILY = "nextjs-2022"
README = """# nextjs-2022 (SYNTHETIC)

Every page here is SYNTHETIC test data, not INA content: made-up releases in the look of a
server-rendered Next.js news app of about 2022: a `__NEXT_DATA__` JSON blob holding the
article and other articles, `div`s with `data-testid` attributes and generated class names
(`sc-1x7zq2-0 hGfTqk`), `span[data-testid="timestamp"]` dates (`Mar 5, 2022, 9:40 PM`, Arabic
with Arabic-Indic digits, Today/Yesterday), OpenGraph, sometimes JSON-LD in UTC, a Trending
rail, a newsletter box, related stories, cookie banner, ticker, comments and tweet embeds.
Written by `../make_nextjs_2022.py` (seeded, no network); labels come from its content
records, never from parsing. Checked by `tests/test_page_families_famD.py`.
"""


def release(rng: random.Random, out: Path, n: int, lang: str, rec: dict, pool: list[dict]) -> None:
    """Build one release page and its label."""
    en = lang == "en"
    rid = rng.randint(17000, 20500) if en else rng.randint(150000, 175000)
    dt, stamp, fetched, exact = when(rng, n, lang)
    if en:
        url = {2: f"https://ina.iq/eng/{rid}--.html", 8: f"https://ina.iq/eng/{rid}"}.get(
            n, f"https://ina.iq/eng/{rid}-{slug(rec['title'])}.html"
        )
    else:
        url = f"https://ina.iq/{'print:page,1,' if n == 12 else ''}{rid}--.html"
    people, places = (EN_PEOPLE, EN_PLACES) if en else (AR_PEOPLE, AR_PLACES)
    form = ["meta", "first", "shared", "br", "after-date", "none"][n % 6]
    bl = byline(rng, lang, people, places)
    while form == "shared" and (not bl["share"] or bl["text"].startswith("INA")):
        bl = byline(rng, lang, people, places)
    author, location = (bl["author"], bl["location"]) if form != "none" else (None, None)
    ld_author: object = None
    if form == "none":
        pick = rng.choice(["person", "markup", "org", "absent"])
        name = rng.choice(people)
        if pick in ("person", "markup"):
            author = name
            shown = (
                f'<a href="/author/{slug(name) or rid}">{name}</a>' if pick == "markup" else name
            )
            ld_author = {"@type": "Person", "name": shown}
        elif pick == "org":
            ld_author = AGENCY_ORG
        use_ld = pick != "absent"
    else:
        use_ld = rng.random() < 0.6
        ld_author = {"@type": "Person", "name": author} if author else AGENCY_ORG
    cat_mode = rng.choice(["label", "crumbs", "meta", "ld", "none"])
    if cat_mode == "ld" and not use_ld:
        cat_mode = "meta"
    category = None if cat_mode == "none" else rec["category"]
    month = f"{dt:%Y-%m}"
    base = f"https://ina.iq/{'eng/' if en else ''}uploads/posts/{month}"
    images: list[dict] = []
    lead = inline = ""
    if rng.random() < 0.75:
        lead, cap = figure(rng, f"{base}/{rid}-main.jpg", rec["title"], rng.random() < 0.4)
        images.append({"url": f"{base}/{rid}-main.jpg", "caption": cap})
    if rng.random() < 0.3:
        extra_cap = "Part of the meeting" if en else "جانب من الاجتماع"
        inline, cap = figure(rng, f"{base}/{rid}-2.jpg", extra_cap, False)
        images.append({"url": f"{base}/{rid}-2.jpg", "caption": cap})
    og = images[0]["url"] if images else f"{base}/{rid}-og.jpg"
    if not images:
        images = [{"url": og, "caption": None}]
    credit_line, photog = pick_credit(rng, en)
    cpos = rng.choice(["figure", "meta", "end"] if lead else ["meta", "end"])
    translator = rng.choice(EN_TRANSLATORS) if en and rng.random() < 0.35 else None
    tpos = rng.choice(["meta", "end"])
    paras = rec["paras"]
    sub = rng.choice(["h2", "h3", "strong"])

    def ptag(text: str) -> str:
        return f'<p class="{cls(rng)}">{text}</p>'

    lines: list[str] = []
    first = 0
    if form == "first":
        lines.append(ptag(esc(bl["text"])))
    elif form == "shared":
        dash = " – " if "–" in bl["text"] else " - "
        lines.append(ptag(f"{esc(bl['text'])}{dash}{esc(paras[0])}"))
        first = 1
    elif form == "br":
        lines.append(ptag(f"<strong>{esc(bl['text'])}</strong><br/>{esc(paras[0])}"))
        first = 1
    for i, p in enumerate(paras[first:]):
        if is_sub(p):
            lines.append(
                f"<p><strong>{esc(plain(p))}</strong></p>"
                if sub == "strong"
                else f"<{sub}>{esc(plain(p))}</{sub}>"
            )
        else:
            lines.append(ptag(esc(p)))
        if i == 1 and inline:
            lines.append(inline)
    if credit_line and cpos == "end":
        lines.append(ptag(esc(credit_line)))
    if translator and tpos == "end":
        lines.append(ptag(esc(f"Translated by {translator}")))
    if not en and rng.random() < 0.5:
        lines.append(ptag(f'<a href="https://t.me/ina_iq">{esc(TELEGRAM_AR)}</a>'))
    box = rng.choice(
        [
            ("div", 'data-testid="article-body"'),
            ("section", 'data-testid="story-body"'),
            ("article", 'class="prose"'),
            ("div", 'class="css-1x9k2a"'),
            ("main", ""),
        ]
    )
    story = f"<{box[0]} {box[1]}>\n" + "\n".join(lines) + f"\n</{box[0]}>\n"
    if form == "meta":
        avatar = '<img src="/_next/static/media/avatar.png" alt="" width="32"/>' if author else ""
        story = (
            f'<div data-testid="byline" class="{cls(rng)}">{avatar}{esc(bl["text"])}</div>\n'
            + story
        )
    meta = [
        '<span data-testid="timestamp">'
        + (f'<time dateTime="{utc_z(dt)}">{esc(stamp)}</time>' if exact else esc(stamp))
        + "</span>"
    ]
    if form == "after-date":
        meta.append(f'<span data-testid="dateline"><b>{esc(bl["text"])}</b></span>')
    if credit_line and cpos == "meta":
        meta.append(f'<span data-testid="photo-credit">{esc(credit_line)}</span>')
    if translator and tpos == "meta":
        meta.append(f'<span data-testid="translator">Translated by {esc(translator)}</span>')
    if rng.random() < 0.5:
        meta.append(
            f'<span data-testid="views">{rng.randint(50, 9000):,} '
            + ("views" if en else "مشاهدة")
            + "</span>"
        )
    fig = lead
    if credit_line and cpos == "figure":
        fig += f'<span data-testid="photo-credit" class="{cls(rng)}">{esc(credit_line)}</span>'
    top = top_bits(rng, cat_mode, rec["category"])
    share = share_bar(rng)
    others = [
        (o["title"], dt + timedelta(hours=h)) for h, o in zip((2, 5, 9, 30), pool, strict=True)
    ]
    article = (
        f'<main class="{cls(rng)}"><div data-testid="article-page" class="{cls(rng)}">{top}'
        f'<h1 data-testid="headline" class="{cls(rng)}">{esc(rec["title"])}</h1>'
        f'<div data-testid="article-meta" class="{cls(rng)}">{" ".join(meta)}</div>{share}\n'
        f"{fig}\n{story}"
        + (tweet(lang, dt) if rng.random() < 0.3 else "")
        + (
            f'<div data-testid="tags">{"Tags" if en else "الوسوم"}: <a href="/tags/iraq">Iraq</a>'
            f' <a href="/tags/{slug(rec["category"]) or "x"}">{esc(rec["category"])}</a></div>\n'
            if category and rng.random() < 0.5
            else ""
        )
        + (newsletter(rng, lang) if rng.random() < 0.6 else "")
        + related(rng, lang, others[:2], n)
        + "</div>"
        + trending(rng, lang, others[1:])
        + "</main>\n"
        + (comments(rng, lang, dt) if rng.random() < 0.4 else "")
    )
    jsonld = news_jsonld(rec["title"], dt, og, ld_author, url, category) if use_ld else None
    props = {
        "article": {
            "id": rid,
            "title": rec["title"],
            "publishedAt": utc_z(dt),
            "section": {"name": category} if category else None,
            "author": {"name": author} if author else None,
            "image": og,
            "content": [{"type": "paragraph", "text": plain(p)} for p in paras],
        },
        "trending": [{"title": t, "publishedAt": utc_z(d)} for t, d in others],
    }
    page = (
        head(
            rng,
            lang,
            rec["title"],
            url,
            og,
            plain(paras[0]),
            category if cat_mode == "meta" else None,
            jsonld,
        )
        + chrome_top(rng, lang, others)
        + article
        + footer(rng, lang)
        + next_data(
            "/eng/[...slug]" if en else "/[...slug]",
            {"slug": [url.rsplit("/", 1)[1]]},
            props,
            "k3Xq9vTz1Lw",
            lang,
        )
    )
    label = release_label(
        f"Next.js app, byline {form}, category via {cat_mode}, JSON-LD {'yes' if use_ld else 'no'}",
        url,
        "text/html; charset=utf-8" if rng.random() < 0.8 else None,
        iso(fetched),
        {
            "url": url,
            "release_id": rid,
            "title": rec["title"],
            "date": iso(dt),
            "author": author,
            "photographer": photog,
            "body": body_of(paras),
            "location": location,
            "language": lang,
            "category": category,
            "images": images,
            "translator": translator,
        },
    )
    write_pair(out, f"{lang}-{n:02d}-{rid}", page, "utf-8", label)


def main(out: Path) -> None:
    """Write every page of the family into out."""
    rng = random.Random(SEED)
    write_readme(out, README)
    n = 0
    for lang, stories in (("en", EN_STORIES[1:10]), ("ar", AR_STORIES[1:6])):
        for rec in stories:
            pool = [s for s in (EN_STORIES if lang == "en" else AR_STORIES) if s is not rec]
            release(rng, out, n, lang, rec, rng.sample(pool, 4))
            n += 1
    for name, page, label in other_pages(rng):
        write_pair(out, name, page, "utf-8", label)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent / FAMILY
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else here)
