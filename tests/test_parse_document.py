"""Decoding page bytes (HTTP charset > BOM > meta > UTF-8 > windows-1256, lying charsets caught)
and the not-a-release checks."""

from __future__ import annotations

import codecs
from dataclasses import replace

import pytest
from parse_labeled import PAGES_DIR

from crawler.parse import NotARelease, ParseError, parse_release
from crawler.parse.document import check_html, decode_html, is_truncated
from crawler.source import load_source

ARABIC = "بغداد - واع - وزارة الزراعة تعلن خطة الموسم"


def page(charset_meta: str = "") -> str:
    return f"<html><head>{charset_meta}<title>t</title></head><body><p>{ARABIC}</p></body></html>"


@pytest.mark.parametrize(
    ("data", "content_type", "codec"),
    [
        (page().encode("utf-8"), "text/html; charset=utf-8", "utf-8"),
        (page().encode("cp1256"), "text/html; charset=windows-1256", "cp1256"),
        (page('<meta charset="windows-1256">').encode("cp1256"), None, "cp1256"),
        (
            page(
                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            ).encode("cp1256"),
            None,
            "cp1256",
        ),
        (page().encode("cp1256"), None, "cp1256"),  # no declaration at all: UTF-8 fails, 1256 fits
        (codecs.BOM_UTF8 + page().encode("utf-8"), None, "utf-8"),
        # lies: the declared charset decodes but gives mojibake, or does not decode at all
        (
            page('<meta charset="windows-1256">').encode("utf-8"),
            "text/html; charset=windows-1256",
            "utf-8",
        ),
        (page().encode("cp1256"), "text/html; charset=utf-8", "cp1256"),
        (page().encode("cp1256"), "text/html; charset=iso-8859-1", "cp1256"),
        (
            page('<meta charset="no-such-charset">').encode("utf-8"),
            "text/html; charset=bogus",
            "utf-8",
        ),
    ],
)
def test_decoding_finds_the_real_charset(data, content_type, codec):
    text, used = decode_html(data, content_type)
    assert used == codec
    assert ARABIC in text
    assert not text.startswith("\ufeff")


def test_plain_ascii_and_western_pages_stay_as_they_are():
    assert decode_html(b"<p>Baghdad</p>", "text/html; charset=windows-1256") == (
        "<p>Baghdad</p>",
        "ascii",
    )
    text, used = decode_html(
        "<p>Café in Erbil</p>".encode("cp1252"), "text/html; charset=windows-1252"
    )
    assert (text, used) == ("<p>Café in Erbil</p>", "cp1252")


@pytest.mark.parametrize(
    ("data", "content_type", "reason"),
    [
        (b"", None, "empty"),
        (b"  \n\t ", None, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), None, "binary"),
        (b"%PDF-1.4 ...", "application/pdf", "application/pdf"),
        (b"just some words, no markup at all", None, "not an HTML page"),
    ],
)
def test_non_html_input_is_refused_before_parsing(data, content_type, reason):
    with pytest.raises(NotARelease) as caught:
        check_html(data, content_type, "https://ina.iq/eng/1-.html")
    assert reason in caught.value.reason


def test_truncation_is_an_unclosed_document():
    assert is_truncated("<html><body><div class='news-text'><p>half")
    assert not is_truncated("<html><body><p>whole</p></body></html>\n")
    assert not is_truncated("<p>a fragment without html or body tags</p>")


def test_wrong_argument_types_and_bad_selectors_are_parse_errors():
    with pytest.raises(ParseError, match="must be bytes"):
        parse_release("<html></html>", "https://ina.iq/eng/1-.html")  # type: ignore[arg-type]
    broken = replace(load_source(), selectors={"title": ("h1[",)})
    with pytest.raises(ParseError, match="invalid CSS selector"):
        parse_release(
            b"<html><body><h1>x</h1></body></html>", "https://ina.iq/eng/1-.html", source=broken
        )


def test_body_text_rules():
    """Blocks and <br> split paragraphs; whitespace runs collapse; noise, captions and scripts go."""
    html = (
        "<html><head><title>t</title><meta property='og:type' content='article'></head>"
        "<body><h1 class='main-title'>Title</h1><div class='news-details'><div class='news-text'>"
        "<p>First   line\n of text</p>line two<br>line  three<br><br>"
        "<p><b>Sub</b>heading&nbsp;kept</p><figure><img src='/a.jpg'><figcaption>Caption</figcaption></figure>"
        "<div class='share'>Share on Facebook</div><script>var x = 1;</script>"
        "<p>&nbsp;Inner\u00a0space stays</p><div class='ads'><ins>ad</ins></div>tail text"
        "</div></div></body></html>"
    ).encode()
    release = parse_release(html, "https://ina.iq/eng/5-.html")
    assert release.body.split("\n\n") == [
        "First line of text",
        "line two",
        "line three",
        "Subheading\u00a0kept",
        "Inner\u00a0space stays",
        "tail text",
    ]
    assert [(i.url, i.caption) for i in release.images] == [("https://ina.iq/a.jpg", "Caption")]


def test_utf16_with_a_bom_is_text_not_binary():
    html = f"<html><body><h1>Title</h1><div class='text'><p>{ARABIC}</p></div></body></html>"
    release = parse_release(html.encode("utf-16"), "https://ina.iq/1234--.html")
    assert release.title == "Title" and release.location == "بغداد"
    assert release.author is None and release.body == "وزارة الزراعة تعلن خطة الموسم"


def test_a_source_served_from_another_host_gives_the_same_fields():
    seed = (PAGES_DIR.parent.parent / "seeds" / "ina-eng-9948.html").read_bytes()
    local = load_source().with_hosts(("127.0.0.1",))
    release = parse_release(seed, "http://127.0.0.1:8001/eng/9948--.html", source=local)
    assert (release.release_id, release.language, release.key) == (9948, "en", "en/9948")
    assert (
        release.images[0].url
        == "http://127.0.0.1:8001/eng/uploads/posts/2020-11/1605435120_icf-spokesman.jpg"
    )
