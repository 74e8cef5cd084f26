"""Write the Kurdish and Turkmen labeled page families (SYNTHETIC) into tests/pages/languages/.

Run: .venv/bin/python tests/pages/languages/make_languages.py [OUT_DIR]
Deterministic (fixed seed, no network). Labels come from the content records, never from the
HTML, and nothing here reads or runs the parser. See README.md for the families and conventions.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from lang_forms import (
    SECTION,
    SITE,
    Rel,
    esc,
    fetched_for,
    legacy_kurdish,
    other_label,
    plain,
    rand_date,
    release_label,
    write_pair,
)
from lang_layout_dle import dle_page, print_page
from lang_layout_more import redesign_page, table_page
from lang_other import error_page, listing_page, static_page
from lang_stories_ku import KU_PHOTOGRAPHERS, KU_REPORTERS, KU_STORIES, KU_TRANSLATORS
from lang_stories_tk import TK_PHOTOGRAPHERS, TK_REPORTERS, TK_STORIES, TK_TRANSLATORS

HERE = Path(__file__).resolve().parent
SEED = 16_2026
# family -> (years, [(date style, digits)] per release, legacy-orthography release indexes)
PLAN: dict[str, tuple[tuple[int, int], list[tuple[str, str]], set[int]]] = {
    "ku-dle": ((2020, 2024), [("dle", "w"), ("today", "w"), ("dle", "e"), ("yesterday", "e"), ("dle", "p"), ("today", "p")], set()),
    "ku-print": ((2020, 2025), [("dle", "w"), ("syriac", "e"), ("solar", "w"), ("dle", "e"), ("syriac_weekday", "w"), ("solar_both", "p")], {3}),
    "ku-table": ((2017, 2019), [("syriac", "e"), ("solar", "e"), ("wp_day", "w"), ("syriac", "w"), ("solar_both", "e"), ("syriac_weekday", "p")], {1}),
    "ku-redesign": ((2022, 2025), [("syriac_weekday", "w"), ("syriac", "e"), ("solar_both", "w"), ("syriac_weekday", "w"), ("syriac", "p"), ("solar", "w")], set()),
    "tk-dle": ((2020, 2024), [("dle", "w"), ("today", "w"), ("dle", "w"), ("yesterday", "w"), ("dle", "w"), ("today", "w")], set()),
    "tk-print": ((2020, 2025), [("dle", "w"), ("long", "w"), ("weekday", "w"), ("dotted", "w"), ("dle", "w"), ("long", "w")], set()),
    "tk-table": ((2017, 2019), [("weekday", "w"), ("dotted", "w"), ("day", "w"), ("long", "w"), ("weekday", "w"), ("dotted", "w")], set()),
    "tk-redesign": ((2022, 2025), [("long", "w"), ("weekday", "w"), ("dotted", "w"), ("long", "w"), ("weekday", "w"), ("long", "w")], set()),
}  # fmt: skip
RENDER: dict[str, Callable[..., str]] = {
    "dle": dle_page,
    "print": print_page,
    "table": table_page,
    "redesign": redesign_page,
}
DESCRIBE = {
    "dle": "DataLife Engine's default skin (speedbar, h2.title, ul.story_icons with <time>, "
    "div.text/div.maincont, share bar, related list, comments with <time>, sidebar boxes with "
    "later dates; DLE relative dates resolved against the label's fetched_at)",
    "print": "DLE print views (/<section>/print:page,1,<id>--.html): bare table markup, the "
    "story as paragraphs or one <br>-separated block, a 'category: ...' line on some pages",
    "table": "a pre-2020 table layout (<font>, <center>, spacer gifs, category label or path above "
    "the headline, print/email icons, a 'most read' column with later dates)",
    "redesign": "a 2022 redesign with utility classes, JSON-LD NewsArticle (agency or person as "
    "author, datePublished sometimes in UTC), article:published_time, chip/breadcrumb/"
    "article:section categories, figure captions, related cards with later times",
}
TURKISH_ASCII = str.maketrans("çğıöşüÇĞİÖŞÜâîû", "cgiosuCGIOSUaiu")


def slug(title: str) -> str:
    """A DLE Latin slug from a Turkish title."""
    return "-".join(re.findall(r"[a-z0-9]+", title.translate(TURKISH_ASCII).lower())[:7])


def new_release(
    rng: random.Random, lang: str, story: tuple, family: str, years: tuple[int, int], style: str
) -> Rel:
    """A release record: id, URL, date, byline people and credits drawn at random."""
    title, category, place, paras = story
    solar = style.startswith("solar")
    when = rand_date(rng, years[0], years[1], solar=solar)
    days = (when.date() - date(2017, 1, 1)).days
    rid = (
        20000 + days * 12 + rng.randrange(12)
        if lang == "ku"
        else 8000 + days * 6 + rng.randrange(6)
    )
    root = f"{SITE}/{SECTION[lang]}/"
    tail = f"{rid}-{slug(title)}.html" if lang == "tk" and rng.random() < 0.5 else f"{rid}--.html"
    url = root + ("print:page,1," + tail if family.endswith("print") else tail)
    rel = Rel(lang, rid, url, title, category, place, list(paras), when)
    reporters, photographers, translators = (
        (KU_REPORTERS, KU_PHOTOGRAPHERS, KU_TRANSLATORS)
        if lang == "ku"
        else (TK_REPORTERS, TK_PHOTOGRAPHERS, TK_TRANSLATORS)
    )
    rel.place = place if rng.random() < 0.88 else None
    rel.author = rng.choice(reporters) if rel.place and rng.random() < 0.6 else None
    roll = rng.random()
    rel.photographers = [] if roll < 0.4 else rng.sample(photographers, 2 if roll > 0.9 else 1)
    rel.translator = rng.choice(translators) if rng.random() < 0.2 else None
    return rel


def to_legacy(rel: Rel) -> None:
    """Rewrite the record's Kurdish text in the older ه + ZWNJ typing (labels follow)."""
    rel.title = legacy_kurdish(rel.title)
    rel.paras = [legacy_kurdish(p) for p in rel.paras]
    rel.place = legacy_kurdish(rel.place) if rel.place else None
    rel.author = legacy_kurdish(rel.author) if rel.author else None
    rel.photographers = [legacy_kurdish(name) for name in rel.photographers]
    rel.translator = legacy_kurdish(rel.translator) if rel.translator else None
    rel.notes.append("older typing: ە as ه + ZWNJ")


def check(page: str, rel: Rel) -> None:
    """The label's text must be on the page as written (a generator bug otherwise)."""
    for text in [rel.title, *(plain(p) for p in rel.paras), rel.author, rel.place, rel.translator]:
        assert text is None or esc(text) in page, (rel.url, text)
    for name in rel.photographers:
        assert esc(name) in page, (rel.url, name)
    assert str(rel.rid) in rel.url


def write_family(
    rng: random.Random, out: Path, family: str, stories: list[tuple]
) -> dict[str, int]:
    """Write one family's releases and non-releases; returns its page counts."""
    lang, layout = family.split("-")
    years, styles, legacy = PLAN[family]
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.html"), *out.glob("*.json")]:
        old.unlink()
    for i, (style, digit_kind) in enumerate(styles):
        rel = new_release(rng, lang, stories[i], family, years, style)
        if i in legacy:
            to_legacy(rel)
        fetched = fetched_for(rel, style, rng)
        kwargs: dict = {}
        if layout == "dle":
            kwargs["lang_attr"] = rng.choice(["ckb", "ku", "ar"] if lang == "ku" else ["tr", "tk"])
            rel.notes.append(f"html lang={kwargs['lang_attr']!r}")
        if layout == "redesign" and i == 4:  # one reporter named only in JSON-LD
            kwargs["person_only"] = True
            rel.author = (KU_REPORTERS if lang == "ku" else TK_REPORTERS)[1]
        page = RENDER[layout](rng, rel, style, digit_kind, **kwargs)
        check(page, rel)
        ctype = rng.choice(["text/html; charset=utf-8", None])
        write_pair(out, f"{lang}-{i + 1:02d}-{rel.rid}", page, release_label(rel, ctype, fetched))
    others = [("error", *error_page(lang, layout, 99990 + len(layout)))]
    others.append(("static", *static_page(lang, layout)))
    if layout != "print":
        others.append(("listing", *listing_page(lang, layout)))
    for kind, url, page in others:
        note = f"{family}: {kind} page"
        write_pair(out, f"{lang}-{kind}", page, other_label(url, note, kind))
    (out / "README.md").write_text(
        f"# {family} (SYNTHETIC)\n\nEvery page here is SYNTHETIC, written by "
        "`../make_languages.py` (seeded, no network); none of it is INA content. Layout: "
        f"{DESCRIBE[layout]}. Labels follow `../README.md` and come from the generator's "
        "records, not from any parser.\n",
        encoding="utf-8",
    )
    return {"releases": len(styles), "non_releases": len(others)}


def main() -> None:
    """Write every family; print the page counts."""
    rng = random.Random(SEED)
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    pools = {"ku": list(KU_STORIES), "tk": list(TK_STORIES)}
    for pool in pools.values():
        rng.shuffle(pool)
    used = {"ku": 0, "tk": 0}
    for family in PLAN:
        lang = family.split("-")[0]
        n = len(PLAN[family][1])
        pool = pools[lang]
        stories = [pool[(used[lang] + k) % len(pool)] for k in range(n)]
        used[lang] += n
        counts = write_family(rng, base / family, family, stories)
        print(
            f"{family:<12} releases {counts['releases']:>2}  non-releases {counts['non_releases']}"
        )


if __name__ == "__main__":
    main()
