"""Crawler building blocks without a network: delays, Retry-After, URLs, settings, frontier, WARC."""

from __future__ import annotations

import gzip
import os
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.addresses import address_refused
from crawler.errors import CrawlConfigError, PrivateAddressRefused
from crawler.exchange import Exchange
from crawler.fetch import Fetcher
from crawler.frontier import Frontier, Link
from crawler.settings import CrawlSettings, describe_settings
from crawler.throttle import HostGate, backoff, next_delay, parse_retry_after, with_jitter
from crawler.urls import normalize, shape_of
from crawler.warc import WarcArchive, iter_responses, repair, warc_files


def test_next_delay_follows_latency_within_floor_and_ceiling():
    assert next_delay(2.0, 4.0, 200, floor=1.0, ceiling=60.0) == 3.0
    assert next_delay(2.0, 0.0, 200, floor=1.5, ceiling=60.0) == 1.5  # never below the floor
    assert next_delay(50.0, 100.0, 200, floor=1.0, ceiling=60.0) == 60.0
    assert next_delay(4.0, 0.1, 500, floor=1.0, ceiling=60.0) == 4.0  # errors never speed up
    assert next_delay(4.0, 0.1, 429, floor=1.0, ceiling=60.0) == 8.0  # 429 doubles


def test_jitter_only_adds():
    assert with_jitter(2.0, 0.5, rand=lambda: 0.0) == 2.0
    assert with_jitter(2.0, 0.5, rand=lambda: 1.0) == 3.0


def test_retry_after_seconds_and_http_date():
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert parse_retry_after("7", now) == 7.0
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30.0
    assert parse_retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now) == 0.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_backoff_is_exponential_with_a_cap():
    assert [backoff(a, 1.0, 5.0) for a in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]


def test_gate_spaces_requests_and_honours_holds():
    clock = [0.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        clock[0] += seconds

    gate = HostGate(
        delay=2.0, ceiling=10.0, autothrottle=False, clock=lambda: clock[0], sleep=sleep
    )
    with gate.slot("www.ina.iq") as done:
        done(0.1, 200)
    with gate.slot("ina.iq") as done:  # same server, same gate
        done(0.1, 200)
    gate.hold("ina.iq", 5.0)
    with gate.slot("ina.iq"):
        pass
    assert slept == [2.0, 5.0]


def test_normalize_urls():
    assert (
        normalize("HTTPS://WWW.INA.IQ:443/eng/9948--.html?utm_source=x&b=2&a=1&fbclid=z#top")
        == "https://www.ina.iq/eng/9948--.html?a=1&b=2"
    )
    assert normalize("http://ina.iq:80") == "http://ina.iq/"
    assert (
        normalize("/eng/page/2/", "http://127.0.0.1:8000/eng/")
        == "http://127.0.0.1:8000/eng/page/2/"
    )
    assert normalize("mailto:a@b.c") is None
    assert normalize("javascript:void(0)") is None
    assert shape_of("https://ina.iq/eng/page/12/") == shape_of("https://ina.iq/eng/page/7/")


def test_settings_layers_defaults_file_env_flags(tmp_path):
    config = tmp_path / "crawl.toml"
    config.write_text("[crawl]\ndelay = 3.5\nmax-pages = 10\nuser_agent = 'x/1'\n")
    env = {"INA_ARCHIVE_DELAY": "4", "INA_ARCHIVE_BACKFILL": "yes"}
    settings = CrawlSettings.load(config, env=env, overrides={"max_pages": 20, "retries": None})
    assert settings.delay == 4.0  # env over file
    assert settings.max_pages == 20  # flag over file
    assert settings.backfill is True
    assert settings.user_agent == "x/1"
    assert settings.retries == 3  # default
    assert CrawlSettings.load(env={}).user_agent.startswith("ina-archive/")
    assert all(help_line for _, _, help_line in describe_settings())


@pytest.mark.parametrize(
    "env, message",
    [
        ({"INA_ARCHIVE_DELAY": "fast"}, "INA_ARCHIVE_DELAY delay must be a float"),
        ({"INA_ARCHIVE_DELAY": "-1"}, "delay must not be negative"),
        ({"INA_ARCHIVE_BACKFILL_UNTIL": "last year"}, "backfill_until must be a date"),
    ],
)
def test_bad_settings_are_sentences(env, message):
    with pytest.raises(CrawlConfigError, match=message):
        CrawlSettings.load(env=env)


def test_unknown_setting_and_missing_file(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("dealy = 3\n")
    with pytest.raises(CrawlConfigError, match="unknown crawl setting 'dealy'"):
        CrawlSettings.load(bad, env={})
    with pytest.raises(CrawlConfigError, match="config file not found"):
        CrawlSettings.load(tmp_path / "nope.toml", env={})


def test_private_addresses_refused_unless_allowed():
    assert address_refused("127.0.0.1", allow_private=False)
    assert address_refused("10.1.2.3", allow_private=False)
    assert not address_refused("127.0.0.1", allow_private=True)
    assert address_refused("169.254.169.254", allow_private=True)  # link-local: always
    assert not address_refused("93.184.216.34", allow_private=False)
    fetcher = Fetcher(
        CrawlSettings(),
        host_allowed=lambda url: True,
        gate=HostGate(delay=0, ceiling=1),
        resolver=lambda host, port: ["10.0.0.5"],
    )
    with pytest.raises(PrivateAddressRefused, match="pass --allow-private-addresses"):
        fetcher.check_address("https://mirror.example/eng/")


def test_frontier_dedupes_release_keys_and_orders_by_priority(tmp_path):
    frontier = Frontier(tmp_path, per_shape_cap=3)
    added = frontier.add(
        [
            Link("https://ina.iq/eng/5-a.html", "release", "en/5"),
            Link("https://ina.iq/eng/5-b.html", "release", "en/5"),  # same release, other slug
            Link("https://ina.iq/eng/9-a.html", "release", "en/9"),
            Link("https://ina.iq/eng/rss.xml", "feed"),
        ]
    )
    assert added == 3
    for n in range(2, 10):
        frontier.add([Link(f"https://ina.iq/eng/page/{n}/", "listing", page=n)])
    assert frontier.capped == 5  # a shape holds at most 3 URLs
    order = []
    while (entry := frontier.next_due(run_started=10**12)) is not None:
        order.append(entry.url)
        frontier.finish(entry.url, status="done", next_due=10**13)
    assert order[:3] == [
        "https://ina.iq/eng/rss.xml",
        "https://ina.iq/eng/9-a.html",
        "https://ina.iq/eng/5-a.html",
    ]
    assert frontier.integrity_ok()


def _exchange(url: str, body: bytes) -> Exchange:
    return Exchange(
        url=url,
        request_headers=(("User-Agent", "ina-archive/test"),),
        status=200,
        reason="OK",
        http_version="HTTP/1.1",
        headers=(("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")),
        body=body,
        started_at=datetime(2026, 1, 1, tzinfo=UTC),
        latency=0.01,
    )


def test_warc_torn_tail_is_truncated_and_files_read_to_the_end(tmp_path):
    archive = WarcArchive(tmp_path, max_bytes=2000)
    for n in range(5):
        archive.write(_exchange(f"http://h/eng/{n}-x.html", f"<p>{n}</p>".encode() * 100))
    archive.close()
    files = warc_files(tmp_path)
    assert len(files) > 1  # rotated by size
    last = files[-1]
    good_size = last.stat().st_size
    with open(last, "ab") as handle:  # a write cut by kill -9
        handle.write(b"\x1f\x8b\x08\x00partial-member")
    assert repair(last) > 0
    assert last.stat().st_size == good_size
    with open(last, "ab") as handle:
        handle.write(b"\x1f\x8b\x08\x00partial")
    WarcArchive(tmp_path).close()  # opening repairs the newest file
    for path in warc_files(tmp_path):
        with open(path, "rb") as handle:
            assert all(record.rec_type for record in ArchiveIterator(handle))
    bodies = [r.body for r in iter_responses(tmp_path)]
    assert bodies == [f"<p>{n}</p>".encode() * 100 for n in range(5)]
    assert os.path.getsize(last) == good_size


def test_seeds_of_the_ina_source_put_feeds_first_and_start_urls_rehost_them():
    from crawler.seeding import scoped_source, seed_links
    from crawler.source import load_source

    source = load_source()
    links = seed_links(source, ())
    assert [link.url for link in links][:2] == [
        "https://ina.iq/eng/rss.xml",
        "https://ina.iq/rss.xml",
    ]
    assert {link.kind for link in links} == {"feed", "sitemap", "listing"}
    mirror = scoped_source(source, ("http://127.0.0.1:8001/eng/",))
    assert mirror.hosts == ("127.0.0.1",)
    urls = [link.url for link in seed_links(mirror, ("http://127.0.0.1:8001/eng/",))]
    assert urls[0] == "http://127.0.0.1:8001/eng/"
    assert (
        "http://127.0.0.1:8001/eng/rss.xml" in urls and "http://127.0.0.1:8001/sitemap.xml" in urls
    )
    with pytest.raises(CrawlConfigError, match="not an http"):
        scoped_source(source, ("ftp://ina.iq/",))


def test_robots_cache_refreshes_after_its_ttl_and_treats_failures_as_disallow():
    from crawler.errors import FetchFailed
    from crawler.robots import RobotsCache

    clock = [0.0]
    answers = [(200, b"User-agent: *\nDisallow: /a\n"), (200, b"User-agent: *\nDisallow: /b\n")]
    fetched = []

    def fetch(origin):
        fetched.append(origin)
        return answers.pop(0)

    cache = RobotsCache(fetch, token="ina-archive", ttl=86400, clock=lambda: clock[0])
    assert not cache.allowed("https://ina.iq/a") and cache.allowed("https://ina.iq/b")
    clock[0] = 86399
    assert not cache.allowed("https://ina.iq/a")  # still cached
    clock[0] = 86401
    assert cache.allowed("https://ina.iq/a") and not cache.allowed("https://ina.iq/b")
    assert fetched == ["https://ina.iq", "https://ina.iq"]

    def unreachable(origin):
        raise FetchFailed("connection refused", url=origin)

    assert not RobotsCache(unreachable, token="ina-archive").allowed("https://ina.iq/eng/")


def test_warc_repair_keeps_every_complete_record_of_a_large_file(tmp_path):
    body = bytes(range(256)) * 2400 + os.urandom(400_000)  # ~1 MB, barely compressible
    archive = WarcArchive(tmp_path, max_bytes=10**9)
    for n in range(3):
        archive.write(_exchange(f"http://h/eng/{n}-x.html", body))
    archive.close()
    (path,) = warc_files(tmp_path)
    good_size = path.stat().st_size
    assert good_size > (1 << 20)  # more than one of repair's 1 MB read chunks
    with open(path, "ab") as handle:
        handle.write(gzip.compress(b"WARC/1.1\r\n" + os.urandom(300_000))[:-100])  # a torn member
    removed = repair(path)
    assert path.stat().st_size == good_size
    assert (tmp_path / "warc" / (path.name + ".torn")).stat().st_size == removed
    assert [r.body for r in iter_responses(tmp_path)] == [body] * 3
