"""Write the `print-view` family: synthetic DLE print views (/print:page,1,<id>-<slug>.html).

Run: .venv/bin/python tests/pages/families/make_print_view.py [OUT_DIR]
Deterministic (fixed seed, no network). Labels come from the records, not from the HTML.
"""

from __future__ import annotations

import random
from pathlib import Path

import famcontent as fc
import famkit as fk
import fampick as fp
from fam_print_view import release_page

FAMILY = "print-view"
HERE = Path(__file__).resolve().parent / FAMILY
README = f"""# {FAMILY}: DataLife Engine print views (SYNTHETIC)

Every page here is SYNTHETIC test data written by `../make_print_view.py` (seeded, no network);
none of it is INA content. The pages imitate DLE print views (`/print:page,1,<id>-<slug>.html`,
English under `/eng/print:page,1,...`): near-bare markup with at most a `<title>` in the head, the
story in a `<td>` or a plain `<div>` without a class (often `<br>`-separated lines), the date as
plain text (DLE `j-m-Y, H:i`, `Today, 13:12`/`اليوم`, weekday with 12-hour clock, Iraqi month
names), a "Print" link and a "Source: ina.iq" line, and on Arabic pages the Telegram promotion
line inside the story. Some Arabic pages are windows-1256. Non-releases: a bare "news not found"
box and a printed static page. Labels (`<name>.json`) follow `../../README.md`, set from the
records.
"""


def error_page(enc: str) -> str:
    """A bare print view of a missing release (Arabic)."""
    return f"""<html dir="rtl">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={enc}">
<title>معلومات</title>
</head>
<body bgcolor="#FFFFFF">
{fk.MARK}
<table width="100%"><tr><td><b>معلومات</b></td></tr>
<tr><td>عذراً، الخبر المطلوب غير موجود. ربما تم حذفه أو نقله.</td></tr>
<tr><td><a href="/">العودة إلى الصفحة الرئيسية</a></td></tr></table>
</body>
</html>
"""


def static_page() -> str:
    """A print view of an English static page (terms of use)."""
    text = [
        "All material published on this website, including texts, photographs and videos, is "
        "the property of the Iraqi News Agency unless stated otherwise.",
        "Material may be quoted for non-commercial purposes provided that the agency is clearly "
        "credited as the source and a link to the original page is given.",
        "The agency is not responsible for the content of external websites linked from its "
        "pages, nor for comments posted by readers.",
        "These terms may be changed at any time; continued use of the website means acceptance "
        "of the current terms.",
    ]
    body = "<br><br>\n".join(fk.esc(t) for t in text)
    return f"""<html>
<head>
<title>Terms of use</title>
</head>
<body>
{fk.MARK}
<div><a href="javascript:window.print()">Print</a></div>
<h1>Terms of use</h1>
<div>
{body}
</div>
<div><hr>Source: https://ina.iq/eng/terms.html</div>
</body>
</html>
"""


def main() -> None:
    """Write the family's pages, labels and README."""
    rng = random.Random(220736)
    out = fk.out_dir(HERE)
    en = rng.sample(fc.EN, 6)
    ar = rng.sample(fc.AR, 8)
    for i, story in enumerate(en):
        rid = rng.randrange(9000, 37500)
        slug = rng.choice([fk.slugify(story[0]), "-"])
        url = f"{fk.SITE}/eng/print:page,1,{rid}-{slug}.html"
        rel = fp.build_release(rng, "en", story, rid, url, fk.rand_date(rng))
        page, fetched = release_page(rng, rel, "utf-8")
        ct = rng.choice(["text/html; charset=utf-8", None])
        note = "DLE print view, English; " + "; ".join(rel.notes)
        fk.write_pair(out, f"en-{i + 1:02d}-{rid}", page, fk.release_label(rel, note, ct, fetched))
    encs = [
        ("windows-1256", "text/html; charset=windows-1256"),
        ("utf-8", "text/html"),
        ("windows-1256", None),
        ("utf-8", "text/html; charset=utf-8"),
        ("windows-1256", "text/html; charset=windows-1256"),
        ("utf-8", None),
        ("windows-1256", "text/html; charset=windows-1256"),
        ("utf-8", "text/html"),
    ]
    for i, story in enumerate(ar):
        rid = rng.randrange(150000, 225000)
        slug = rng.choice(["-", "-", "-65-"])
        url = f"{fk.SITE}/print:page,1,{rid}-{slug}.html"
        rel = fp.build_release(rng, "ar", story, rid, url, fk.rand_date(rng))
        enc, ct = encs[i]
        page, fetched = release_page(rng, rel, enc)
        note = f"DLE print view, Arabic in {enc} (HTTP {ct!r}); " + "; ".join(rel.notes)
        fk.write_pair(
            out,
            f"ar-{i + 1:02d}-{rid}",
            page,
            fk.release_label(rel, note, ct, fetched),
            encoding=enc,
        )
    fk.write_pair(
        out,
        "error-not-found-ar",
        error_page("windows-1256"),
        fk.other_label(
            f"{fk.SITE}/print:page,1,229999--.html",
            "error",
            "print view of a missing release: bare information box",
            "text/html; charset=windows-1256",
        ),
        encoding="windows-1256",
    )
    fk.write_pair(
        out,
        "static-terms-en",
        static_page(),
        fk.other_label(
            f"{fk.SITE}/eng/index.php?do=static&page=terms&mode=print",
            "static",
            "printed static page: terms of use",
            None,
        ),
    )
    (out / "README.md").write_text(README, encoding="utf-8")


if __name__ == "__main__":
    main()
