"""Family `byline-forms`: one plain modern layout, every byline/credit form and position (synthetic).

Run: .venv/bin/python tests/pages/families/make_byline_forms.py [OUT_DIR]
"""

from __future__ import annotations

import random
from datetime import timedelta

from _common import (
    SYNTHETIC,
    TELEGRAM_AR,
    Rel,
    byline,
    esc,
    fmt_date,
    image_url,
    new_release,
    story_html,
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
from _stories import ABOUT_EN, AR_CAPTIONS, AR_STORIES, EN_CAPTIONS, EN_STORIES

FAMILY = "byline-forms"
SEED = 4242

# (name, lang, byline form, byline position, photo credit text template, credit position, note)
# positions: bold | before | after_cat | after_date | br_first | same_line | none
# credit positions: next | tail | figcaption | meta | none
# fmt: off
CASES = [
    ("bold", "en", "dash", "bold", "Photo by {0}", "next", "bold byline, credit on the next line"),
    ("before", "en", "spaced", "before", "Photo: {0}", "tail", "byline just before the story container"),
    ("after-cat", "en", "endash", "after_cat", None, "none", "en-dash byline after the category label"),
    ("after-date", "en", "dash", "after_date", "Photo by {0}", "meta", "byline after the date line, credit in the info line"),
    ("br-first", "en", "dash", "br_first", None, "none", "byline is the first line of the first paragraph, cut by <br>"),
    ("same-line", "en", "dash", "same_line", "Photo by {0}", "tail", "agency byline on the same line as the first sentence"),
    ("reversed", "en", "reversed", "bold", None, "none", "reversed 'INA - Baghdad' byline"),
    ("ina-london", "en", "first", "plain", "Photo by {0}", "figcaption", "'INA- London', credit inside the figcaption"),
    ("none", "en", None, "none", None, "none", "no byline at all; in-body mention of INA is not a byline"),
    ("two-photographers", "en", "spaced", "plain", "Photos by {0} and {1}", "tail", "two photographers and a translator tail line"),
    ("old-url", "en", "dash", "bold", "Photo by {0}", "next", "older /eng/<id> URL with 'Wednesday 26th June 2019 - 11:51' date"),
    ("emdash", "en", "emdash", "plain", "Photo: {0}", "figcaption", "em-dash byline without a name, credit in the figcaption"),
    ("ar-bold", "ar", "dash", "bold", "تصوير/ {0}/", "next", "Arabic bold byline with 'تصوير/ name/' credit"),
    ("ar-agency", "ar", "endash", "plain", "تصوير: {0}", "figcaption", "Arabic agency-only byline, credit in the figcaption"),
    ("ar-print-br", "ar", "dash", "br_first", "تصوير: {0}", "tail", "Arabic print view, byline cut by <br>, translator, Telegram line, windows-1256"),
    ("ar-none", "ar", None, "none", None, "none", "Arabic without dateline; in-body mention of واع"),
]
# fmt: on


def frame(rel: Rel, enc: str, inner: str, title_suffix: str, dated: bool = True) -> str:
    en = rel.en
    latest = "Latest news" if en else "آخر الأخبار"
    pool = [s[0] for s in (EN_STORIES if en else AR_STORIES) if s[0] != rel.title]
    items = "".join(
        f"<li><a href='#'>{esc(pool[i])}</a>"
        + (
            f" <span>{fmt_date(rel.date + timedelta(hours=i + 1), 'dle', rel.lang)}</span>"
            if dated
            else ""
        )
        + "</li>"
        for i in range(3)
    )
    return f"""<!DOCTYPE html>
<html lang="{rel.lang}" dir="{"ltr" if en else "rtl"}">
<head>
<meta charset="{enc}">
{SYNTHETIC}
<title>{esc(rel.title)}{title_suffix}</title>
<meta property="og:title" content="{esc(rel.title)}">
<link rel="canonical" href="{rel.url}">
</head>
<body>
<header class="site-header"><a class="brand" href="/">INA</a><nav><a href="#">{latest}</a></nav></header>
<div class="container"><div class="row">
<div class="col-md-8 main-col">
{inner}
</div>
<aside class="col-md-4"><h4>{latest}</h4><ul>{items}</ul></aside>
</div></div>
<footer class="site-footer">Iraqi News Agency</footer>
</body>
</html>
"""


def render(rng: random.Random, rel: Rel, case: tuple, enc: str) -> str:
    name, lang, form, pos, credit_t, credit_pos, _ = case
    en = rel.en
    if form is None:
        rel.location = rel.author = None
    elif form in {"reversed", "first", "emdash"} or name == "ar-agency" or name == "same-line":
        rel.author = None
        rel.location = (
            "London" if form == "first" else rel.location or ("Baghdad" if en else "بغداد")
        )
    else:
        rel.location = rel.location or ("Baghdad" if en else "بغداد")
        rel.author = rel.author or ("Noor Al-Zaidi" if en else "فاطمة رحمة")
    names = rng.sample(
        ["Safaa Alwan", "Ali Hashim", "Mustafa Jabbar"] if en else ["حسين طالب", "كرم الأعسم"], 2
    )
    credit = credit_t.format(*names) if credit_t else None
    rel.photographers = names[: credit_t.count("{")] if credit_t else []
    rel.translator = (
        ("Emad Atta" if en else "عماد عطا")
        if name in {"two-photographers", "ar-print-br"}
        else None
    )
    line = byline(rel, form) if form else ""
    date_style = (
        "old" if name == "old-url" else rng.choice(["dle", "weekday12"] if en else ["dle", "12"])
    )
    shown = fmt_date(rel.date, date_style, rel.lang, views=rng.randrange(100, 4000))
    meta_credit = f"<li class='credit'>{esc(credit)}</li>" if credit_pos == "meta" else ""
    cat = f'<span class="news-cat"><a href="#">{esc(rel.category)}</a></span>'
    info = f'<ul class="info"><li>• {esc(shown)}</li><li>• +A -A</li>{meta_credit}</ul>'
    lead = image_url(rng, rel, root=True)
    caps = EN_CAPTIONS if en else AR_CAPTIONS
    cap = credit if credit_pos == "figcaption" else rng.choice(caps)
    figure = f'<figure class="lead"><img src="{lead}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'
    rel.images = [{"url": "https://ina.iq" + lead, "caption": cap}]
    paras = story_html(rel.paras, "p")
    first, _, rest = paras.partition("\n")
    story: list[str] = []
    if pos == "bold":
        story.append(f"<p><strong>{esc(line)}</strong></p>")
    elif pos == "plain":
        story.append(f"<p>{esc(line)}</p>")
    elif pos == "br_first":
        first = f"<p>{esc(line)}<br>\n" + first[3:]
    elif pos == "same_line":
        first = f"<p>{esc(line)}- " + first[3:]  # 'Baghdad-INA- The ministry said ...'
    if credit and credit_pos == "next":
        story.append(f"<p>{esc(credit)}</p>")
    story += [first, rest]
    if credit and credit_pos == "tail":
        story.append(f"<p>{esc(credit)}</p>")
    if rel.translator:
        story.append(f"<p>{esc(translator_line(rel))}</p>")
    if name == "ar-print-br":
        story.append(f"<p>{TELEGRAM_AR}</p>")
    head_parts = [cat] if pos != "after_cat" else [cat, f'<p class="by">{esc(line)}</p>']
    head_parts.append(f'<h1 class="news-title">{esc(rel.title)}</h1>')
    head_parts.append(info)
    if pos == "after_date":
        head_parts.append(f"<p>{esc(line)}</p>")
    if name != "ar-none":
        head_parts.append(figure)
    else:
        rel.images = []
    if pos == "before":
        head_parts.append(f'<div class="byline"><b>{esc(line)}</b></div>')
    tags = f'<div class="tags">{"Tags" if en else "الكلمات المفتاحية"}: <a href="#">{"Iraq" if en else "العراق"}</a></div>'
    inner = (
        "\n".join(head_parts)
        + '\n<div class="news-text">\n'
        + "\n".join(story)
        + "\n</div>\n"
        + tags
    )
    return frame(rel, enc, inner, " - INA" if en else " - وكالة الأنباء العراقية")


def main() -> None:
    rng = random.Random(SEED)
    out = prepare_out_dir(FAMILY)
    mentions_en = [i for i, s in enumerate(EN_STORIES) if "(INA)" in " ".join(s[2])]
    mentions_ar = [i for i, s in enumerate(AR_STORIES) if "(واع)" in " ".join(s[2])]
    for n, case in enumerate(CASES):
        name, lang = case[0], case[1]
        idx = {"none": mentions_en[0], "ar-none": mentions_ar[-1], "ar-agency": mentions_ar[0]}.get(
            name, n
        )
        form = {"old-url": "old", "ar-print-br": "print"}.get(name, "normal")
        rel = new_release(rng, lang, idx, form)
        enc = "windows-1256" if name in {"ar-print-br", "ar-none"} else "utf-8"
        page = render(rng, rel, case, enc)
        write_pair(
            out,
            name if name.startswith("ar-") else f"{lang}-{name}",
            page,
            release_label(rel, case[6], content_type(enc), None),
            enc,
        )
    about = "".join(f"<p>{esc(p)}</p>" for p in ABOUT_EN)
    base = Rel(
        "en",
        0,
        "https://ina.iq/eng/contact.html",
        "Contact us",
        "",
        [],
        new_release(rng, "en", 0).date,
    )
    page = frame(
        base, "utf-8", f"<h1>Contact us</h1><div class='page-text'>{about}</div>", " - INA", False
    )
    write_pair(
        out,
        "en-static-contact",
        page,
        other_label(base.url, "contact/static page", "static", content_type("utf-8")),
    )
    box = (
        '<div class="alert alert-danger"><b>خطأ</b><br>عذرا، لم يتم العثور على الخبر المطلوب.</div>'
    )
    base = Rel("ar", 0, "https://ina.iq/210001--.html", "خطأ", "", [], base.date)
    page = frame(base, "utf-8", box, "", False)
    write_pair(
        out,
        "ar-error",
        page,
        other_label(base.url, "DLE-style error box", "error", content_type("utf-8")),
    )
    write_readme(
        out,
        FAMILY,
        "One plain modern (bootstrap-like) layout that exercises every byline, dateline and credit "
        "form and position listed in `/work/shared/INA-SITE.md`: bold bylines, bylines before the "
        "story container, after the category label or the date line, cut from the first paragraph "
        "by `<br>`, sharing the first sentence's line, reversed (`INA - Baghdad`), `INA- London`, "
        "none at all, two photographers, `Translated by`/`ترجمة:` tails, `تصوير/ name/`, credits in "
        "a `<figcaption>` or the info line, and in-body mentions of INA that are not bylines.",
    )


if __name__ == "__main__":
    main()
