"""Where a run starts: the source's hosts (or the start URLs' hosts) and its seed URLs."""

from __future__ import annotations

import re
from dataclasses import replace

from crawler.errors import CrawlConfigError
from crawler.frontier import PRIORITY, Link
from crawler.source import Source
from crawler.urls import Scope, host_of, normalize, origin_of, rehost


def scoped_source(source: Source, start_urls: tuple[str, ...]) -> Source:
    """The source with the hosts of the start URLs as its only hosts (when there are any)."""
    if not start_urls:
        return source
    hosts = []
    for url in start_urls:
        normal = normalize(url)
        if normal is None:
            raise CrawlConfigError(f"start URL {url!r} is not an http(s) URL; give a full URL")
        if host_of(normal) not in hosts:
            hosts.append(host_of(normal))
    return source.with_hosts(tuple(hosts))


def seed_links(source: Source, start_urls: tuple[str, ...]) -> list[Link]:
    """The URLs a run starts from: feeds, sitemaps and start URLs (moved onto the start hosts)."""
    scope = Scope(source)
    if start_urls:
        origins = list(dict.fromkeys(origin_of(normalize(u) or u) for u in start_urls))
        urls = [normalize(u) for u in start_urls]
        urls += [rehost(u, o) for o in origins for u in (*source.feeds, *source.sitemaps)]
    else:
        urls = [normalize(u) for u in (*source.feeds, *source.sitemaps, *source.start_urls)]
    links = []
    for url in dict.fromkeys(u for u in urls if u):
        kind = scope.classify(url)
        if kind is None:
            if url in [normalize(u) for u in start_urls]:
                raise CrawlConfigError(
                    f"start URL {url} matches none of the source's release, listing, feed or"
                    " sitemap patterns; start from a listing page, a feed or a sitemap"
                )
            continue
        priority = PRIORITY["seed-listing"] if kind == "listing" else None
        links.append(Link(url, kind, scope.release_key(url), priority=priority))
    return links


def only_sections(source: Source, languages: tuple[str, ...]) -> Source:
    """The source without the sections whose language is not in ``languages`` (the
    ``languages`` setting): their start URLs, feeds and sitemaps dropped, their paths excluded.

    Raises:
        CrawlConfigError: a language the source has no section for, or none at all.
    """
    known = sorted(set(source.sections.values()))
    unknown = [code for code in languages if code not in known]
    if unknown or not languages:
        raise CrawlConfigError(
            f"setting languages names {', '.join(unknown) or 'no section'}; name one or more of"
            f" the source's sections: {', '.join(known)}"
        )
    kept = [prefix for prefix, code in source.sections.items() if code in languages]
    excluded = []
    for prefix, code in source.sections.items():
        if code in languages:
            continue
        # A kept section inside a dropped one (/eng/ inside the Arabic root) stays in.
        inner = [k[len(prefix) :] for k in kept if k.startswith(prefix) and k != prefix]
        guard = f"(?!{'|'.join(re.escape(i) for i in inner)})" if inner else ""
        excluded.append(re.compile("^" + re.escape(prefix) + guard))
    if not excluded:
        return source

    def keep(urls: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(url for url in urls if source.language_of(url) in languages)

    return replace(
        source,
        start_urls=keep(source.start_urls),
        feeds=keep(source.feeds),
        sitemaps=keep(source.sitemaps),
        exclude_patterns=source.exclude_patterns + tuple(excluded),
    )
