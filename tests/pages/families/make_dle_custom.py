"""Write the `dle-custom` family: synthetic pages of a customised DLE skin, with labels.

Run: .venv/bin/python tests/pages/families/make_dle_custom.py [OUT_DIR]
Deterministic (fixed seed, no network). Labels come from the records, not from the HTML.
"""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import famcontent as fc
import famdates as fd
import famkit as fk
import fampick as fp
from fam_dle_custom import page_end, page_start, release_page

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
