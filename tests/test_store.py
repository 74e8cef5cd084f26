"""The release record and the versioned release store."""

from datetime import datetime
from zoneinfo import ZoneInfo

from crawler.release import Image, Release, release_id_from_url, section_of
from crawler.store import ReleaseStore

BAGHDAD = ZoneInfo("Asia/Baghdad")


def make_release(**overrides) -> Release:
    values = dict(
        url="https://ina.iq/eng/9948--.html",
        release_id=9948,
        title="ICF: ISIS is dying",
        body="The International Coalition forces in Iraq confirmed ...",
        date=datetime(2020, 11, 15, 13, 12, tzinfo=BAGHDAD),
        author="Amna Al-Salami",
        photographer="Safaa Alwan",
        location="Baghdad",
        language="en",
        images=(Image("https://ina.iq/eng/uploads/posts/2020-11/a.jpg", "Col. Wayne Marotto"),),
    )
    values.update(overrides)
    return Release(**values)


def test_record_round_trips_through_dict():
    release = make_release()
    data = release.to_dict()
    assert data["date"] == "2020-11-15T13:12:00+03:00"
    assert data["images"] == [
        {"url": "https://ina.iq/eng/uploads/posts/2020-11/a.jpg", "caption": "Col. Wayne Marotto"}
    ]
    assert Release.from_dict(data) == release


def test_keys_and_ids_from_ina_urls():
    assert release_id_from_url("https://ina.iq/eng/9948--.html") == 9948
    assert release_id_from_url("https://ina.iq/eng/37380-parliament-speaker-denies.html") == 37380
    assert release_id_from_url("https://ina.iq/209815--.html") == 209815
    assert release_id_from_url("https://ina.iq/print:page,1,220736--65-.html") == 220736
    assert release_id_from_url("https://www.ina.iq/eng/5055") == 5055
    assert release_id_from_url("https://ina.iq/eng/page/2/") is None
    assert section_of("https://ina.iq/eng/9948--.html") == "en"
    assert section_of("https://ina.iq/209815--.html") == "ar"
    assert make_release().key == "en/9948"


def test_store_versions_changes_and_gone(tmp_path):
    store = ReleaseStore(tmp_path)
    first = make_release()
    assert store.put(first) == "new"
    assert store.put(first) == "unchanged"
    edited = make_release(title="ICF: ISIS is dying (updated)")
    assert store.put(edited) == "changed"
    assert [v for v, _, _ in store.versions("en/9948")] == [1, 2]
    assert store.get("en/9948").release == edited
    seq_before_gone = store.last_seq()
    assert store.mark_gone("en/9948") is True
    assert store.mark_gone("en/9948") is False
    changes = list(store.changes_since(seq_before_gone))
    assert [(c.key, c.status) for c in changes] == [("en/9948", "gone")]
    assert store.count() == 0 and store.count(include_gone=True) == 1
    # Coming back with the same content revives it without a new version.
    assert store.put(edited) == "changed"
    assert store.get("en/9948").status == "live"
    assert len(store.versions("en/9948")) == 2
    store.close()
    with ReleaseStore(tmp_path) as reopened:
        assert reopened.get("en/9948").release == edited


def test_source_definition_classifies_ina_urls():
    from crawler.source import load_source

    source = load_source()
    assert source.classify("https://ina.iq/eng/9948--.html") == "release"
    assert source.classify("https://ina.iq/209815--.html") == "release"
    assert source.classify("https://ina.iq/eng/5055") == "release"
    assert source.classify("https://ina.iq/eng/page/3/") == "listing"
    assert source.classify("https://ina.iq/eng/rss.xml") == "feed"
    assert source.classify("https://ina.iq/eng/sitemap.xml") == "sitemap"
    assert source.classify("https://ina.iq/eng/2020/11/15/") is None
    assert source.classify("https://ina.iq/index.php?do=search&q=x") is None
    assert source.release_id("https://ina.iq/print:page,1,220736--65-.html") == 220736
    assert source.language_of("https://ina.iq/eng/9948--.html") == "en"
    assert source.language_of("https://ina.iq/209815--.html") == "ar"
