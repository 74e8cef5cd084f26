"""A small archive built the real way (crawl of a loopback site, index) with hostile content.

One English release carries script tags, event handlers and ``javascript:`` URLs in its title,
body, byline and images; the others are plain English and Arabic releases. The raw WARC copies
exist, so the raw-copy route is exercised too.
"""

from __future__ import annotations

import re
from pathlib import Path

from crawl_fixtures import MiniSite, listing_html, release_html, settings_for
from lxml import etree
from lxml import html as lxml_html

from crawler.crawl import run_crawl
from crawler.source import load_source
from indexer import update_index

PAYLOADS = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(2)</script>",
)
HOSTILE_ID = 7
HOSTILE_PAGE = f"""<html><head><meta charset="utf-8"><title>x</title>
<link rel="canonical" href="javascript:alert(3)"></head><body>
<div class="news-wrapper"><h1 class="main-title"><a href="#">Minister &lt;script&gt;alert(1)&lt;/script&gt; "&gt;&lt;img src=x onerror=alert(1)&gt; meets&#x1b; envoy&#xfffe;</a></h1></div>
<div class="news-details"><ul class="info"><li class="date">15-11-2020, 13:12</li></ul>
<div class="news-text"><p>Baghdad-INA- Amna &lt;b onmouseover=alert(1)&gt;Al-Salami</p>
<p><img src="javascript:alert(1)" alt="&lt;script&gt;alert(5)&lt;/script&gt;"><img src="/eng/uploads/posts/2020-11/a.jpg" alt="ok"></p>
<p>The envoy said &lt;script&gt;alert(1)&lt;/script&gt; and "&gt;&lt;img src=x onerror=alert(1)&gt; and javascript:alert(1) in the text.</p>
<p><script>alert(4)</script><a href="javascript:alert(6)">a link</a> =HYPERLINK("http://evil") +cmd -2+3 @SUM(A1)</p>
<p>Control characters: escape &#27; verticaltab bell nonchar &#xffff; end.</p>
<p>Release number {HOSTILE_ID} for the tests.</p></div></div></body></html>"""

_EVENT = re.compile(r"^on", re.I)
_BAD_SCHEME = re.compile(r"^\s*(javascript|vbscript|data)\s*:", re.I)
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "poster", "data")


def build(tmp: Path) -> Path:
    """Crawl the hostile loopback site into ``tmp/data`` and index it; returns the data dir."""
    site = MiniSite().start()
    try:
        paths = []
        for i in range(1, 6):
            path = f"/eng/{i}-release-{i}.html"
            site.set(path, release_html(i, f"Oil minister meets envoy {i}", f"Oil exports {i}."))
            paths.append(path)
        for i in range(11, 14):
            path = f"/{i}--.html"
            site.set(
                path,
                release_html(i, f"وزير النفط يلتقي {i}", "صادرات النفط العراقية", lang="ar"),
            )
            paths.append(path)
        hostile = f"/eng/{HOSTILE_ID}-hostile.html"
        site.set(hostile, HOSTILE_PAGE)
        paths.append(hostile)
        site.set("/eng/", listing_html(paths))
        site.set("/robots.txt", "User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"})
        data_dir = tmp / "data"
        run_crawl(settings_for(data_dir, site), load_source(), progress=False)
    finally:
        site.stop()
    update_index(data_dir)
    return data_dir


def unsafe_html(body: str) -> list[str]:
    """What in an HTML page could run script: script/iframe/object elements, on* attributes,
    javascript:/data: URLs in link attributes. Empty when the page is safe."""
    if not body.strip():
        return []
    root = lxml_html.document_fromstring(body)
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag in ("script", "iframe", "object", "embed", "frame", "base"):
            found.append(f"<{tag}> element")
        for name, value in element.attrib.items():
            if _EVENT.match(name):
                found.append(f"{name}= on <{tag}>")
            if name.lower() in URL_ATTRIBUTES and _BAD_SCHEME.match(value or ""):
                if not (tag == "img" and value.startswith("data:image/")):
                    found.append(f'{name}="{value}" on <{tag}>')
    return found


def unsafe_xml(body: bytes) -> list[str]:
    """A feed or description must be well-formed XML with no script-like URLs or elements."""
    try:
        root = etree.fromstring(body)
    except etree.XMLSyntaxError as error:
        return [f"not well-formed XML: {error}"]
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if etree.QName(element).localname.lower() == "script":
            found.append("script element")
        for name, value in element.attrib.items():
            if _BAD_SCHEME.match(value or ""):
                found.append(f'{name}="{value}"')
    return found
