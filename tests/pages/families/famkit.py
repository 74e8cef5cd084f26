"""Shared pieces of the synthetic page-family generators: content records, bylines, labels.

Every page these generators write is SYNTHETIC (not INA content). The labels are built from the
records below (the truth put into the page), never by parsing the written HTML.
"""

from __future__ import annotations

import html
import json
import random
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

BAGHDAD = timezone(timedelta(hours=3))
SITE = "https://ina.iq"
MARK = "<!-- synthetic test page, not INA content -->"
TELEGRAM_AR = "ليصلك المزيد من الأخبار اشترك بقناتنا على التليكرام"
TELEGRAM_EN = "Subscribe to our Telegram channel"


@dataclass
class Rel:
    """One synthetic release: everything a page shows and its label records."""

    lang: str
    rid: int
    url: str
    title: str
    category: str | None
    paras: list[tuple[str, str]]  # (kind, text), kind in p / h / li
    date: datetime
    location: str | None = None
    author: str | None = None
    byline: str | None = None  # the byline text as shown, None when there is none
    share_prefix: str | None = None  # byline written in front of the first paragraph
    photographers: list[str] = field(default_factory=list)
    credit: str | None = None
    translator: str | None = None
    trans_line: str | None = None
    images: list[dict] = field(default_factory=list)
    og_image: str | None = None
    notes: list[str] = field(default_factory=list)  # how the page shows it (for the label note)

    def body(self) -> str:
        """The label body: paragraph texts joined by a blank line."""
        return "\n\n".join(t for _, t in self.paras)

    def label_images(self) -> list[dict]:
        """The label images: article pictures, else the og:image, else none."""
        if self.images:
            return [{"url": i["url"], "caption": i["caption"]} for i in self.images]
        if self.og_image:
            return [{"url": self.og_image, "caption": None}]
        return []


def esc(text: str) -> str:
    """HTML-escape text content."""
    return html.escape(text, quote=True)


def slugify(title: str) -> str:
    """A DLE-like Latin slug from an English title."""
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words[:9])


def make_image(rng: random.Random, rel: Rel, n: int, caption: str | None) -> dict:
    """An article picture record: absolute full-size and thumbnail urls and a caption."""
    sec = "/eng" if rel.lang == "en" else ""
    name = f"{rng.randrange(16**8, 16**9):x}_{rel.rid}_{n}.jpg"
    origin = "/".join(rel.url.split("/")[:3])  # relative srcs resolve against the page's host
    path = f"{origin}{sec}/uploads/posts/{rel.date:%Y-%m}/"
    return {"full": path + name, "thumb": path + "thumbs/" + name, "caption": caption}


def render_img(img: dict, style: str) -> str:
    """Markup for one article picture; fixes img['url'] and img['caption'] as the label has them.

    style: figure | title | alt | bare, plus optional ':link' (a thumbnail wrapped in a link to
    the full picture), ':lazy' (placeholder src, real one in data-src), ':rel' (site-relative),
    ':page' (relative to the page's directory).
    """
    kind, *mods = style.split(":")
    cap = img["caption"]

    def loc(u: str) -> str:
        if "page" in mods:  # relative to the page's directory (/eng/ or the root)
            return u.removeprefix(SITE + ("/eng/" if u.startswith(SITE + "/eng/") else "/"))
        return u.removeprefix(SITE) if "rel" in mods else u

    shown = loc(img["thumb"] if "link" in mods else img["full"])
    if "lazy" in mods:
        attrs = f'src="/templates/img/blank.gif" data-src="{shown}"'
    else:
        attrs = f'src="{shown}"'
    if kind == "title" and cap:
        attrs += f' title="{esc(cap)}"'
    elif kind == "alt" and cap:
        attrs += f' alt="{esc(cap)}"'
    tag = f"<img {attrs}>"
    if "link" in mods:
        tag = f'<a href="{loc(img["full"])}" class="highslide">{tag}</a>'
    img["url"] = img["full"]
    if kind == "figure":
        if cap:
            return f"<figure>{tag}<figcaption>\n   {esc(cap)}\n</figcaption></figure>"
        img["caption"] = None
        return f"<figure>{tag}</figure>"
    if kind == "bare" or not cap:
        img["caption"] = None
    return tag


def release_label(rel: Rel, note: str, content_type: str | None, fetched_at: str | None) -> dict:
    """The label dict for a release page."""
    return {
        "note": note,
        "url": rel.url,
        "content_type": content_type,
        "fetched_at": fetched_at,
        "expected": {
            "url": rel.url,
            "release_id": rel.rid,
            "title": rel.title,
            "date": rel.date.isoformat(),
            "author": rel.author,
            "photographer": ", ".join(rel.photographers) or None,
            "body": rel.body(),
            "location": rel.location,
            "language": rel.lang,
            "category": rel.category,
            "images": rel.label_images(),
            "translator": rel.translator,
        },
    }


def other_label(url: str, word: str, note: str, content_type: str | None) -> dict:
    """The label dict for a non-release page."""
    assert word in ("listing", "error", "static")
    return {
        "note": note,
        "url": url,
        "content_type": content_type,
        "fetched_at": None,
        "not_a_release": word,
    }


def write_pair(out: Path, name: str, page: str, label: dict, encoding: str = "utf-8") -> None:
    """Write <name>.html in the given encoding and <name>.json as UTF-8."""
    out.mkdir(parents=True, exist_ok=True)
    assert MARK in page
    (out / f"{name}.html").write_bytes(page.encode(encoding))
    text = json.dumps(label, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    (out / f"{name}.json").write_text(text, encoding="utf-8")


def out_dir(default: Path) -> Path:
    """The output directory: argv[1] when given, else the family's own directory."""
    return Path(sys.argv[1]) if len(sys.argv) > 1 else default


def rand_date(rng: random.Random, year_lo: int = 2020, year_hi: int = 2025) -> datetime:
    """A Baghdad-time publication moment, to the minute."""
    start = datetime(year_lo, 1, 1, tzinfo=BAGHDAD)
    span = (datetime(year_hi, 12, 31, tzinfo=BAGHDAD) - start).days
    d = start + timedelta(days=rng.randrange(span), minutes=rng.randrange(24 * 60))
    return d


def first_para_html(rel: Rel, wrap: str = "p") -> tuple[str, list[tuple[str, str]]]:
    """The byline-sharing first paragraph (when the release has one) and the remaining paras."""
    if rel.share_prefix is None:
        return "", rel.paras
    kind, text = rel.paras[0]
    return f"<{wrap}>{esc(rel.share_prefix + text)}</{wrap}>", rel.paras[1:]


def paras_html(paras: list[tuple[str, str]], rng: random.Random, style: str = "p") -> str:
    """Story paragraphs as <p>/<h3>/<li> (style p) or <br>-separated lines (style br)."""
    out: list[str] = []
    if style == "br":
        for kind, text in paras:
            out.append(f"<b>{esc(text)}</b>" if kind == "h" else esc(text))
        return "<br><br>\n".join(out)
    i = 0
    while i < len(paras):
        kind, text = paras[i]
        if kind == "li":
            items = []
            while i < len(paras) and paras[i][0] == "li":
                items.append(f"<li>{esc(paras[i][1])}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if kind == "h":
            out.append(
                rng.choice(
                    [
                        f"<p><b>{esc(text)}</b></p>",
                        f"<h3>{esc(text)}</h3>",
                        f"<p><strong>{esc(text)}</strong></p>",
                    ]
                )
            )
        else:
            out.append(f"<p>\n  {esc(text)}\n</p>")
        i += 1
    return "\n".join(out)
