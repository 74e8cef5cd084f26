"""The parser's written precedence, one piece of evidence at a time, on small hand-made pages.

Each page uses markup that no selector in seeds/ina-source.toml names, so what is tested is the
evidence (crawler/parse/fields.py documents the order), not a class name.
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from crawler.parse import NotARelease, parse_release
from crawler.parse.core import default_source

URL = "https://ina.iq/eng/31234-oil-exports.html"
PARAGRAPHS = (
    "<p>The Ministry of Oil announced on Tuesday that crude exports from the southern ports rose "
    "to 3.4 million barrels per day, the highest figure this year.</p>"
    "<p>The ministry said in a statement that the average price per barrel was higher than in "
    "February, and that revenues exceeded eight billion dollars.</p>"
    "<p>It added that new loading platforms would start work in the summer, raising capacity.</p>"
)
SIDEBAR = (
    "<aside class='x9'><h4>Latest news</h4><ul>"
    "<li><a href='/eng/31300-a.html'>Health Ministry launches a campaign</a> 06-03-2024, 23:55</li>"
    "<li><a href='/eng/31301-b.html'>Security forces arrest a cell in Kirkuk</a> 06-03-2024, 23:10</li>"
    "</ul></aside>"
)


def page(head: str = "", header: str = "", story: str = PARAGRAPHS, after: str = "") -> bytes:
    return (
        f"<html><head><title>Oil exports rise to their highest level - INA</title>{head}</head>"
        f"<body><div class='q1'><div class='q2'><h1 class='zz'>Oil exports rise to their highest"
        f" level</h1>{header}<section class='k7f'>{story}</section>{after}</div>{SIDEBAR}</div>"
        "</body></html>"
    ).encode()


def ld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def parse(html: bytes):
    return parse_release(html, URL)


def test_json_ld_time_wins_over_a_visible_twelve_hour_time():
    html = page(ld(datePublished="2024-03-05T18:40:00Z"), "<div>05-03-2024 | 09:40 PM</div>")
    assert parse(html).date.isoformat() == "2024-03-05T21:40:00+03:00"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tuesday, 05-03-2024 | 09:40 PM | 1,234 views", "2024-03-05T21:40:00+03:00"),
        ("05-03-2024 | 09:40 AM", "2024-03-05T09:40:00+03:00"),
        ("12:15 AM - March 5, 2024", "2024-03-05T00:15:00+03:00"),
        ("الثلاثاء ٥ آذار ٢٠٢٤ - ٠٩:٤٠ م", "2024-03-05T21:40:00+03:00"),
    ],
)
def test_a_date_line_in_the_article_header_is_read_with_its_clock(line, expected):
    assert parse(page(header=f"<div class='m'>{line}</div>")).date.isoformat() == expected


def test_sidebars_comments_related_items_and_embeds_never_give_the_date():
    after = (
        "<div class='comments'><time datetime='2024-03-09T10:00:00+03:00'>9 March</time></div>"
        "<blockquote class='twitter-tweet'><p>Iraq news</p>— x (@x) March 8, 2024</blockquote>"
    )
    html = page(header="<div>05-03-2024</div>", after=after)
    assert parse(html).date.isoformat() == "2024-03-05T00:00:00+03:00"
    undated = page(after=after, story="<p>Baghdad - INA</p>" + PARAGRAPHS)
    assert parse(undated).date is None  # no date in the article: empty, not wrong


def test_a_day_only_time_element_takes_the_time_of_the_same_day_date_line():
    header = "<time datetime='2021-12-07'>7 December</time><span>7-12-2021, 17:48</span>"
    assert parse(page(header=header)).date.isoformat() == "2021-12-07T17:48:00+03:00"


def test_a_visible_person_byline_wins_over_metadata_and_the_agency_is_no_author():
    person = ld(author={"@type": "Person", "name": "Someone Else"})
    story = "<p>Basra - INA - Ali Hussein</p>" + PARAGRAPHS
    release = parse(page(person, story=story))
    assert (release.author, release.location) == ("Ali Hussein", "Basra")
    agency = ld(author={"@type": "Organization", "name": "Iraqi News Agency"})
    assert parse(page(agency, "<div>05-03-2024</div>")).author is None
    agency_person = ld(author={"@type": "Person", "name": "INA"})
    assert parse(page(agency_person, "<div>05-03-2024</div>")).author is None


def test_a_metadata_author_holding_markup_is_stored_as_text():
    marked = ld(author={"@type": "Person", "name": "<a href='/u/9'>Noor Al-Zaidi</a>"})
    assert parse(page(marked, "<div>05-03-2024</div>")).author == "Noor Al-Zaidi"


@pytest.mark.parametrize(
    "story",
    [
        "<p><b>Baghdad-INA- Amna Al-Salami</b></p>" + PARAGRAPHS,
        "<p>Baghdad-INA- Amna Al-Salami<br>" + PARAGRAPHS[3:],
        "<p><strong>Baghdad – INA – Amna Al-Salami</strong></p><p>Photo by Safaa Alwan</p>"
        + PARAGRAPHS,
    ],
    ids=["bold", "first-line-cut-by-br", "bold-en-dash-with-credit"],
)
def test_the_byline_is_found_bold_or_cut_from_the_first_paragraph(story):
    release = parse(page(header="<div>05-03-2024</div>", story=story))
    assert (release.author, release.location) == ("Amna Al-Salami", "Baghdad")
    assert release.body.startswith("The Ministry of Oil announced")
    assert "INA" not in release.body.split("\n\n")[0][:20]


def test_chrome_around_and_before_the_story_is_read_for_fields_and_kept_out_of_the_body():
    header = (
        "<div class='crumbs'><a href='/eng/'>INA</a> › <a href='/eng/economy/'>Economy</a></div>"
        "<div>Tuesday, 05-03-2024 | 09:40 PM | 812 views</div><div>+A -A</div>"
        "<p>Baghdad - INA</p><div>Photo: Karam Hadi</div>"
    )
    after = "<div class='share-bar'>Share: Facebook Twitter</div><h3>Related news</h3>"
    release = parse(page(header=header, after=after))
    assert release.location == "Baghdad" and release.photographer == "Karam Hadi"
    assert release.category == "Economy" and release.date.hour == 21
    assert release.body.split("\n\n")[0].startswith("The Ministry of Oil")
    assert len(release.body.split("\n\n")) == 3


def test_category_precedence_info_line_then_breadcrumb_then_metadata():
    section = "<meta property='article:section' content='Business'>"
    crumbs = (
        "<nav aria-label='breadcrumb'><a href='/eng/'>Home</a> / <a href='/eng/oil/'>Oil</a></nav>"
    )
    info = "<div class='info'><a href='/eng/economy/'>Economy</a> | 05-03-2024</div>"
    assert parse(page(section, crumbs + info)).category == "Economy"
    assert parse(page(section, crumbs + "<div>05-03-2024</div>")).category == "Oil"
    assert parse(page(section, "<div>05-03-2024</div>")).category == "Business"


def test_a_page_of_long_text_with_no_date_and_no_byline_is_a_static_page():
    about = (
        "<html><head><title>About us - INA</title></head><body><h1>About us</h1><div>"
        + PARAGRAPHS
        + "</div></body></html>"
    ).encode()
    with pytest.raises(NotARelease, match="static page"):
        parse_release(about, "https://ina.iq/eng/about.html")


def test_several_teasers_are_a_listing_and_a_short_not_found_box_an_error():
    teasers = "".join(
        f"<div class='c'><h3><a href='/eng/{31000 + i}-x.html'>Headline number {i} of the day</a>"
        f"</h3><p>{'Summary text of the release, with a few words. ' * 2}</p></div>"
        for i in range(6)
    )
    listing = f"<html><body><h1>Economy</h1><div>{teasers}</div></body></html>".encode()
    with pytest.raises(NotARelease, match="listing"):
        parse_release(listing, "https://ina.iq/eng/economy/")
    box = (
        b"<html><head><title>INA</title></head><body><h1>Information</h1><div class='box'>"
        b"<p>Sorry, the requested news was not found on this site.</p></div></body></html>"
    )
    with pytest.raises(NotARelease, match="error page"):
        parse_release(box, "https://ina.iq/eng/99999-x.html")


def test_the_source_image_selector_is_a_fallback_hint_for_pictures_outside_the_article():
    """A picture away from the article is taken only when the source's selectors name it."""
    gallery = "<div class='news-image'><img src='/eng/uploads/posts/2024-03/lead.jpg'></div>"
    html = page(header="<div>05-03-2024</div>").replace(b"</body>", gallery.encode() + b"</body>")
    assert [i.url for i in parse(html).images] == [
        "https://ina.iq/eng/uploads/posts/2024-03/lead.jpg"
    ]
    empty = dataclasses.replace(default_source(), selectors={})
    assert parse_release(html, URL, source=empty).images == ()


def test_a_source_selector_runs_only_on_pages_that_carry_its_class_names():
    from crawler.parse.document import make_tree
    from crawler.parse.extract import compile_selectors, page_classes

    hints = compile_selectors("t", {"body": ["div.story p", "a:not(.skip)", "div"]}).fields["body"]
    assert [sorted(h.needs) for h in hints] == [["story"], [], []]
    root = make_tree(
        "<html><body><div class='x\tstory'><p>a</p><a class=skip>b</a></div></body></html>"
    )
    classes = page_classes(root)
    assert classes == {"x", "story", "skip"}
    assert [len(h(root, classes)) for h in hints] == [1, 0, 1]
    assert hints[0](root, frozenset({"x"})) == []  # a page without the class: not searched


def test_a_named_trail_inside_the_story_block_still_gives_the_category():
    # a light mobile layout: trail, headline and paragraphs share one <main>, and the trail is
    # cut from the story as chrome before the category is voted on
    html = (
        "<html><head><title>Oil exports rise to their highest level - INA</title></head><body>"
        "<div id='top'><a href='/eng/'>INA</a></div><main>"
        "<div id='bc'><a href='/'>INA</a> &gt; <a href='#'>Economy</a></div>"
        "<h1>Oil exports rise to their highest level</h1><small>05-03-2024, 17:06</small>"
        f"{PARAGRAPHS}</main></body></html>"
    ).encode()
    release = parse(html)
    assert release.category == "Economy"
    assert "Economy" not in release.body
