"""Write the `dle-default` family: synthetic pages in DataLife Engine's default skin, with labels.

Run: .venv/bin/python tests/pages/families/make_dle_default.py [OUT_DIR]
Deterministic (fixed seed, no network). Labels come from the records, not from the HTML.
"""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import famcontent as fc
import famkit as fk
import fampick as fp
from fam_dle_default import (
    AR_WORDS,
    EN_WORDS,
    dle_date,
    error_page,
    footer,
    head,
    head_meta,
    listing_page,
    shown_date,
    sidebar,
    static_page,
)

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


def release_page(
    rng: random.Random, rel: fk.Rel, date_mode: str, charset: str
) -> tuple[str, str | None]:
    """The full page for a release; returns (html, fetched_at)."""
    w = EN_WORDS if rel.lang == "en" else AR_WORDS
    root = "/eng/" if rel.lang == "en" else "/"
    d = rel.date
    shown, fetched_at = shown_date(rng, d, date_mode, w)

    extra, show_cat, ld_author = head_meta(rng, rel, root)

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
