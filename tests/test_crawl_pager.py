"""The pager finder on pager markups written from the common templates, and where it must say no."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from crawler.pager import find_next_pages, listing_base, page_number, same_listing
from crawler.source import load_source
from crawler.urls import Scope

SCOPE = Scope(load_source())
SITE = "https://ina.iq"


def _next(html: str, url: str, selectors=()) -> tuple[str | None, tuple[str, ...]]:
    result = find_next_pages(
        BeautifulSoup(html, "lxml"),
        url,
        lambda u: SCOPE.classify(u) == "listing",
        selectors,
    )
    best = result.candidates[0] if result.candidates else None
    return (best.url if best else None), (best.reasons if best else ())


def _page(body: str, head: str = "") -> str:
    stories = "".join(f'<h2><a href="/eng/{i}-story-{i}.html">Story {i}</a></h2>' for i in (7, 8))
    return f"<html><head>{head}</head><body>{stories}{body}</body></html>"


DLE_DEFAULT = """<div class="navigation"><div class="pages">
<a href="/eng/page/{prev}/">{prev}</a> <span>{cur}</span> <a href="/eng/page/{nxt}/">{nxt}</a>
<a href="/eng/page/9/">9</a></div> <a href="/eng/page/{nxt}/">Next</a></div>"""

BOOTSTRAP = """<nav aria-label="pages"><ul class="pagination">
<li class="page-item"><a class="page-link" href="/eng/lastnews/page/1/" aria-label="Previous">
<span aria-hidden="true">&laquo;</span></a></li>
<li class="page-item"><a class="page-link" href="/eng/lastnews/page/1/">1</a></li>
<li class="page-item active" aria-current="page"><span class="page-link">2</span></li>
<li class="page-item"><a class="page-link" href="/eng/lastnews/page/3/">3</a></li>
<li class="page-item"><a class="page-link" href="/eng/lastnews/page/3/" aria-label="Next">
<span aria-hidden="true">&raquo;</span></a></li></ul></nav>"""

WORDPRESS = """<nav class="navigation pagination"><div class="nav-links">
<span aria-current="page" class="page-numbers current">1</span>
<a class="page-numbers" href="https://ina.iq/eng/politics/page/2/">2</a>
<a class="page-numbers" href="https://ina.iq/eng/politics/page/3/">3</a>
<a class="next page-numbers" href="https://ina.iq/eng/politics/page/2/">Next &raquo;</a>
</div></nav>"""

ARABIC = """<div class="pager" dir="rtl"><a href="/?cstart=2">&laquo; السابق</a>
<b>٣</b> <a href="/?cstart=4">التالي</a></div>"""


def test_dle_default_navigation_numbers_and_a_next_link_without_class():
    url, reasons = _next(_page(DLE_DEFAULT.format(prev=2, cur=3, nxt=4)), f"{SITE}/eng/page/3/")
    assert url == f"{SITE}/eng/page/4/"
    assert any(r.startswith("text means next") for r in reasons)
    assert any(r.startswith("numbered pager link") for r in reasons)
    # The same pager with a » instead of "Next", on the first page (no number in the URL).
    html = _page(DLE_DEFAULT.format(prev=1, cur=1, nxt=2).replace(">Next<", ">&raquo;<"))
    assert _next(html, f"{SITE}/eng/")[0] == f"{SITE}/eng/page/2/"


def test_bootstrap_pagination_with_aria_label_next():
    url, reasons = _next(_page(BOOTSTRAP), f"{SITE}/eng/lastnews/page/2/")
    assert url == f"{SITE}/eng/lastnews/page/3/"
    assert any("next" in r for r in reasons)


def test_bootstrap_current_page_from_aria_current_when_the_url_has_none():
    html = _page(BOOTSTRAP)
    result = find_next_pages(BeautifulSoup(html, "lxml"), f"{SITE}/eng/lastnews/", lambda u: True)
    assert (result.current, result.current_why) == (2, "aria-current item")
    assert result.next_url == f"{SITE}/eng/lastnews/page/3/"


def test_an_active_number_outside_the_pager_is_not_the_current_page():
    menu = '<ul class="years"><li class="active"><a href="/eng/politics/">2024</a></li></ul>'
    html = _page(menu + WORDPRESS.replace('aria-current="page" ', ""))
    result = find_next_pages(BeautifulSoup(html, "lxml"), f"{SITE}/eng/politics/", lambda u: True)
    assert result.current == 1 and result.next_url == f"{SITE}/eng/politics/page/2/"


def test_wordpress_next_page_numbers():
    url, reasons = _next(_page(WORDPRESS), f"{SITE}/eng/politics/")
    assert url == f"{SITE}/eng/politics/page/2/"
    assert "class says next" in reasons


def test_arabic_pager_with_query_page_numbers():
    url, reasons = _next(_page(ARABIC), f"{SITE}/?cstart=3")
    assert url == f"{SITE}/?cstart=4"
    assert any(r.startswith("text means next") for r in reasons)


@pytest.mark.parametrize("words", ["Load more", "Older posts", "الصفحة التالية", "next ›"])
def test_load_more_and_older_posts_links(words):
    html = _page(f'<p class="more"><a href="/eng/page/2/">{words}</a></p>')
    assert _next(html, f"{SITE}/eng/")[0] == f"{SITE}/eng/page/2/"


def test_rel_next_only_in_the_head():
    html = _page("", head='<link rel="next" href="https://www.ina.iq/eng/page/5/">')
    url, reasons = _next(html, "https://www.ina.iq/eng/page/4/")
    assert url == "https://www.ina.iq/eng/page/5/"
    assert reasons[0] == "rel=next: <link>"


def test_only_numbered_links_pick_current_plus_one():
    numbers = "".join(f'<a href="/eng/index.php?cstart={n}">{n}</a> ' for n in (1, 2, 4, 5, 6))
    html = _page(f"<div>{numbers}<span>3</span></div>")
    assert _next(html, f"{SITE}/eng/index.php?cstart=3")[0] == f"{SITE}/eng/index.php?cstart=4"
    # A numbered pager that skips: the nearest later page is still the way on.
    skipping = _page(
        '<div><span>1</span> <a href="/eng/page/3/">3</a> <a href="/eng/page/9/">9</a>'
    )
    url, reasons = _next(skipping, f"{SITE}/eng/")
    assert url == f"{SITE}/eng/page/3/" and "lowest later page" in reasons


def test_source_selectors_add_evidence_but_are_not_needed():
    html = _page('<div class="odd-pager"><a class="go" href="/eng/page/2/">go on</a></div>')
    url, reasons = _next(html, f"{SITE}/eng/")  # its URL is evidence enough
    assert url == f"{SITE}/eng/page/2/" and reasons == ("url page = current + 1: 2",)
    url, reasons = _next(html, f"{SITE}/eng/", selectors=["div.odd-pager a.go", "a[broken"])
    assert url == f"{SITE}/eng/page/2/" and reasons[0].startswith("selector")


def test_the_last_page_has_no_next():
    html = _page(DLE_DEFAULT.format(prev=8, cur=9, nxt=8).replace('page/9/">9', 'page/7/">7'))
    assert _next(html, f"{SITE}/eng/page/9/")[0] is None
    # A "Next" link back to the first page (a wrapping pager) is not a next page either.
    assert _next(_page('<a href="/eng/">Next</a>'), f"{SITE}/eng/page/9/")[0] is None


def test_a_next_article_link_on_a_release_page_is_not_a_pager():
    html = _page(
        '<div class="related"><a rel="next" href="/eng/9949-next-story.html">Next article »</a>'
        '<a href="/eng/9947-older.html">»</a></div>'
    )
    assert _next(html, f"{SITE}/eng/9948-a-story.html")[0] is None


def test_off_site_and_other_section_links_are_ignored():
    html = _page(
        '<a href="https://other.example/eng/page/2/">Next</a>'
        '<a rel="next" href="/kurd/page/2/">»</a>'
        '<a href="/eng/sport/page/2/">2</a>'
        '<a href="/eng/tags/iraq/page/2/">التالي</a>'
    )
    assert _next(html, f"{SITE}/eng/")[0] is None


def test_page_numbers_and_listing_bases():
    assert page_number(f"{SITE}/eng/lastnews/page/12/") == 12
    assert page_number(f"{SITE}/index.php?cstart=7&foo=1") == 7
    assert page_number(f"{SITE}/eng/") is None
    assert listing_base(f"{SITE}/eng/politics/page/4/") == f"{SITE}/eng/politics/"
    assert same_listing(f"{SITE}/eng/index.php?cstart=2", f"{SITE}/eng/")
    assert not same_listing(f"{SITE}/eng/sport/page/2/", f"{SITE}/eng/page/2/")
