"""The 2024+ redesign: utility and hashed class names, ``<main>``/``<article>``, JSON-LD
NewsArticle (``datePublished``, author Person), 12-hour times, the byline before the story."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from functools import cache

from crawler.demo_site.content import Story
from crawler.demo_site.layouts.common import (
    HOME,
    PRINT,
    ROOT,
    SITE_NAME,
    SYNTHETIC_NOTE,
    category_href,
    category_names,
    clock12,
    direction,
    e,
    head_meta,
    long_date,
    story_parts,
)

_LATEST = {"en": "Latest", "ar": "آخر الأخبار", "ku": "دوایین هەواڵەکان", "tk": "Son haberler"}
_AD = {"en": "Advertisement", "ar": "إعلان", "ku": "ڕیکلام", "tk": "Reklam"}
_RELATIVE = ("Today", "Yesterday", "اليوم", "أمس", "ئەمڕۆ", "دوێنێ", "Bugün", "Dün")


def _date_line(story: Story) -> str:
    """ "Today, 09:40 PM" for the newest releases, else "December 31, 2025, 09:40 PM"."""
    word = story.date_text.split(",", 1)[0]
    day = word if word in _RELATIVE else long_date(story.date, story.lang)
    sep = "، " if story.lang in ("ar", "ku") else ", "
    return f"{day}{sep}{clock12(story.date, story.lang)}"


def _json_ld(story: Story, base_url: str) -> str:
    """The NewsArticle JSON-LD block (author: the byline's person, else the agency)."""
    site = SITE_NAME[story.lang]
    if story.author:
        author = {"@type": "Person", "name": story.author}
    else:
        author = {"@type": "Organization", "name": site}
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": story.date.isoformat(),
        "dateModified": (story.date + timedelta(hours=story.revision)).isoformat(),
        "author": author,
        "publisher": {"@type": "Organization", "name": site},
        "articleSection": story.category,
        "inLanguage": story.lang,
        "mainEntityOfPage": base_url + story.path,
    }
    if story.images:
        data["image"] = [base_url + path for path, _ in story.images]
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script type="application/ld+json">{text}</script>\n'


def _figure(src: str, caption: str | None) -> str:
    caption_html = (
        f'<figcaption class="mt-2 text-sm text-gray-500">{e(caption)}</figcaption>'
        if caption
        else ""
    )
    return (
        f'<figure class="my-6 overflow-hidden rounded-xl"><img class="w-full object-cover" '
        f'src="{e(src)}" alt="{e(caption or "")}" loading="lazy">{caption_html}</figure>'
    )


def _article(story: Story, base_url: str) -> tuple[str, str]:
    """(what comes before the story container, the container) of the article."""
    before: list[str] = []
    inside: list[str] = []
    hero = False
    for kind, text, extra in story_parts(story, base_url):
        if kind == "byline":
            before.append(
                f'<p class="mt-4 text-sm font-semibold text-gray-700 _b7x1q">{e(text)}</p>'
            )
        elif kind == "image":  # the first image is the hero above the story
            (inside if hero else before).append(_figure(text, extra))
            hero = True
        elif kind == "credit":
            inside.append(f'<p class="text-xs uppercase tracking-wide text-gray-500">{e(text)}</p>')
        elif kind == "h":
            inside.append(f'<h3 class="mt-8 text-xl font-bold">{e(text)}</h3>')
        elif kind == "ad":
            inside.append(
                '<div class="my-8 rounded bg-gray-50 p-4 text-center text-xs text-gray-400 '
                f'ad-slot" aria-hidden="true">{_AD[story.lang]}</div>'
            )
        elif kind == "translator":
            inside.append(f'<p class="mt-6 text-sm italic text-gray-500">{e(text)}</p>')
        elif kind == "telegram":
            inside.append(
                f'<p class="mt-6 text-sm"><a class="text-sky-600" href="https://t.me/inaiq">'
                f"{e(text)}</a></p>"
            )
        else:
            inside.append(f"<p>{e(text)}</p>")
    container = (
        '<div class="max-w-3xl prose prose-lg prose-neutral _c9k2m1" data-article-body="">\n'
        + "\n".join(inside)
        + "\n</div>\n"
    )
    return "\n".join(before) + "\n", container


@cache
def _menu(lang: str) -> str:
    """The header's category links of a section."""
    root = ROOT[lang]
    return "".join(
        f'<a class="hover:text-sky-600" href="{root}{slug}/">{e(name)}</a>'
        for slug, name in category_names(lang)[:6]
    )


def release_page(story: Story, base_url: str, related: Sequence[Story] = ()) -> str:
    """The release page in the 2024+ redesign (always UTF-8).

    Args:
        story: what the page shows.
        base_url: scheme and host the page is served from.
        related: other stories (the "Latest" sidebar).

    Returns:
        The HTML document.
    """
    lang, root = story.lang, ROOT[story.lang]
    url = base_url + story.path
    latest = "".join(
        f'<li class="border-b pb-3"><a class="font-medium hover:underline" href="{r.path}">'
        f'{e(r.title)}</a><div class="mt-1 text-xs text-gray-400">'
        f"{e(long_date(r.date, lang))} {clock12(r.date, lang)}</div></li>"
        for r in related
    )
    before, container = _article(story, base_url)
    return (
        f'<!doctype html>\n<html lang="{lang}" dir="{direction(lang)}" class="scroll-smooth">\n'
        '<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(story.title)} | INA</title>\n"
        + head_meta(story, base_url)
        + '<meta name="twitter:card" content="summary_large_image">\n'
        + _json_ld(story, base_url)
        + '<link rel="stylesheet" href="/_next/static/css/4f1c2a9e0b.css">\n</head>\n'
        '<body class="bg-white text-gray-900 antialiased">\n'
        '<header class="sticky top-0 z-40 border-b bg-white/90 backdrop-blur">'
        '<div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3">'
        f'<a class="text-xl font-black tracking-tight" href="{root}">INA</a>'
        f'<nav class="hidden gap-6 text-sm md:flex">{_menu(lang)}</nav></div></header>\n'
        '<main class="mx-auto grid max-w-7xl grid-cols-1 gap-10 px-4 py-8 lg:grid-cols-12">\n'
        '<article class="lg:col-span-8">\n'
        '<nav aria-label="Breadcrumb" class="mb-4 text-sm text-gray-500"><ol class="flex gap-2">'
        f'<li><a href="{root}">{HOME[lang]}</a></li><li aria-hidden="true">/</li>'
        f'<li><a href="{category_href(story)}">{e(story.category)}</a></li></ol></nav>\n'
        f'<h1 class="text-3xl font-extrabold leading-tight md:text-4xl">{e(story.title)}</h1>\n'
        '<div class="mt-3 flex flex-wrap items-center gap-3 text-sm text-gray-500">'
        f'<span class="_d3v8p">{e(_date_line(story))}</span><span aria-hidden="true">·</span>'
        f'<a class="inline-flex items-center gap-1 hover:underline" href="{e(story.print_path)}" '
        f'rel="nofollow">{PRINT[lang]}</a></div>\n'
        + before
        + container
        + '<div class="mt-8 flex gap-3 border-t pt-4 text-sm">'
        f'<a href="https://www.facebook.com/sharer.php?u={e(url)}">Facebook</a>'
        f'<a href="https://x.com/intent/post?url={e(url)}">X</a></div>\n'
        "</article>\n"
        f'<aside class="lg:col-span-4"><h2 class="mb-4 text-lg font-bold">{_LATEST[lang]}</h2>'
        f'<ul class="space-y-3">{latest}</ul></aside>\n</main>\n'
        '<footer class="border-t py-8 text-center text-sm text-gray-500">'
        f"© {e(SITE_NAME[lang])}. {e(SYNTHETIC_NOTE)}.</footer>\n"
        '<script src="/_next/static/chunks/main-3b8e21.js" defer></script>\n'
        "</body>\n</html>\n"
    )
