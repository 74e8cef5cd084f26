"""The story block shared by every layout: byline, credits, pictures and paragraphs in place.

Each choice is written into rel.notes, so a label says which forms its page shows.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from lang_forms import Rel, byline, esc, image_url, paras_html, photo_credit, translator_line
from lang_stories_ku import KU_CAPTIONS
from lang_stories_tk import TK_CAPTIONS


@dataclass
class Story:
    """The pieces a layout places: the story's inner HTML and what goes around it."""

    inner: str  # the paragraphs (with any byline/credit lines inside the story)
    byline_before: str | None  # a byline shown just before the story container
    credit_meta: str | None  # a credit shown in the info/meta line
    lead_figure: str  # a picture shown above the story ("" when none)


def choose_byline(rng: random.Random, rel: Rel, positions: list[str]) -> str:
    """Where the byline goes (none when the release has no dateline)."""
    return rng.choice(positions) if rel.place else "none"


def build_story(
    rng: random.Random,
    rel: Rel,
    by_pos: str,
    by_form: str,
    credit_pos: str,
    n_images: int,
    subhead: str = "strong",
) -> Story:
    """Render the story of rel; fixes rel.images (and notes) as the label must have them.

    by_pos: none | before | own | bold | br (first line of the first paragraph, cut by <br>).
    credit_pos: none | top | tail | meta | fig (the first picture's caption).
    """
    if by_pos == "none":
        rel.place = None
        rel.author = None if "jsonld-person" not in rel.notes else rel.author
    line = byline(rel, by_form) if by_pos != "none" else None
    credit = photo_credit(rel, rng.randrange(3))
    if credit_pos == "fig" and n_images == 0:
        n_images = 1
    if credit is None:
        credit_pos = "none"
    captions = KU_CAPTIONS if rel.lang == "ku" else TK_CAPTIONS
    paras = paras_html(rel.paras, subhead)
    if line:
        rel.notes.append(f"byline {line!r} ({by_pos})")
    if credit:
        rel.notes.append(f"credit {credit!r} ({credit_pos})")
    head: list[str] = []
    if by_pos == "own":
        head.append(f"<p>{esc(line)}</p>")
    elif by_pos == "bold":
        head.append(
            rng.choice([f"<p><b>{esc(line)}</b></p>", f"<p><strong>{esc(line)}</strong></p>"])
        )
    elif by_pos == "br":
        paras[0] = f"<p>{esc(line)}<br>\n" + paras[0][3:]
    if credit_pos == "top":
        head.append(f"<p>{esc(credit)}</p>")
    rel.images = []
    lead = ""
    for i in range(n_images):
        url = image_url(rng, rel)
        if i == 0:
            cap = credit if credit_pos == "fig" else rng.choice([None, *captions])
            shown = f"<figcaption>{esc(cap)}</figcaption>" if cap else ""
            lead = f'<figure class="story-image"><img src="{url}" alt="">{shown}</figure>'
        else:
            cap = rng.choice(captions)
            inline = f'<p><img src="{url}" alt="{esc(cap)}"></p>'
            paras.insert(1, inline)
        rel.images.append({"url": url, "caption": cap})
    tail: list[str] = []
    if credit_pos == "tail":
        tail.append(f"<p>{esc(credit)}</p>")
    tline = translator_line(rel, rng.randrange(2))
    if tline:
        rel.notes.append(f"translator {tline!r}")
        tail.append(rng.choice([f"<p><i>{esc(tline)}</i></p>", f"<p>{esc(tline)}</p>"]))
    return Story(
        inner="\n".join(head + paras + tail),
        byline_before=line if by_pos == "before" else None,
        credit_meta=credit if credit_pos == "meta" else None,
        lead_figure=lead,
    )
