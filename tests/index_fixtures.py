"""Releases and stores for the indexer's tests: hand-made releases with known words, plus
releases of the synthetic INA-like site, in a real release store in a temporary directory."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from crawler.release import Release
from crawler.store import ReleaseStore
from indexer import update_index

BAGHDAD = ZoneInfo("Asia/Baghdad")
BASE = "http://127.0.0.1:8001"


def _when(day: str, hour: int = 12) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=BAGHDAD)


def en(rid: int, title: str, body: str, day: str, **extra) -> Release:
    return Release(
        url=f"{BASE}/eng/{rid}--.html",
        title=title,
        body=body,
        release_id=rid,
        date=_when(day),
        language="en",
        **extra,
    )


def ar(rid: int, title: str, body: str, day: str, **extra) -> Release:
    return Release(
        url=f"{BASE}/{rid}--.html",
        title=title,
        body=body,
        release_id=rid,
        date=_when(day),
        language="ar",
        **extra,
    )


def hand_releases() -> list[Release]:
    """Small releases whose words make precise assertions possible."""
    return [
        en(
            1,
            "Security forces arrest suspects in Basra",
            "Iraqi security forces arrested five suspects on Sunday.",
            "2020-11-15",
            author="Amna Al-Salami",
            photographer="Safaa Alwan",
            location="Basra",
            category="Security",
        ),
        en(
            2,
            "Ministry statement",
            "The statement read <script>alert('x')</script> & the oil ministry said exports rose.",
            "2021-03-02",
            author="Noor Al-Zaidi",
            location="Baghdad",
            category="Economy",
        ),
        en(
            3,
            "Oil ministry spokesman speaks",
            "The oil ministry spokesman said output is stable.",
            "2021-06-30",
            author="Amna Al-Salami",
            photographer="Safaa Alwan, Karam Al-Asam",
            location="Baghdad",
            category="Economy",
        ),
        en(
            4,
            "Spokesman on exports",
            "The ministry spokesman said oil exports fell.",
            "2022-01-01",
            author="Noor Al-Zaidi",
            location="Erbil",
            category="Economy",
        ),
        en(
            5,
            "Deployment",
            "A rapid reaction force was deployed near the border.",
            "2022-07-07",
            location="Anbar",
            category="Security",
        ),
        en(
            6,
            "Café opening in Erbil",
            "A new café opened downtown.",
            "2023-02-02",
            location="Erbil",
            category="Culture",
        ),
        ar(
            10,
            "افتتاح محطات كهرباء جديدة",
            "أعلنت الوزارة افتتاح محطات جديدة في البصرة.",
            "2020-05-05",
            author="آمنة السلامي",
            location="البصرة",
            category="اقتصاد",
        ),
        ar(
            11,
            "محطة تحلية",
            "بدأ العمل في محطة تحلية المياه.",
            "2021-05-05",
            location="البصرة",
            category="اقتصاد",
        ),
        ar(
            12,
            "وزارة الإسكان",
            "أعلنت وزارة الإسكان توزيع قطع أراض.",
            "2022-05-05",
            author="فاطمة رحمة",
            location="بغداد",
            category="خدمات",
        ),
        ar(
            13,
            "تصريح",
            "قال وزير النفط إن الصادرات ارتفعت.",
            "2023-05-05",
            author="فاطمة رحمة",
            location="بغداد",
            category="اقتصاد",
        ),
        ar(
            14,
            "لقاء",
            "استقبل الوزير وفدا من المحافظة.",
            "2024-05-05",
            location="بغداد",
            category="سياسة",
        ),
        ar(
            15,
            "العاصمة",
            "وصل الوفد إلى بغداد ثم غادر وبغداد تستعد للمؤتمر.",
            "2024-06-06",
            location="بغداد",
            category="سياسة",
        ),
        ar(
            16,
            "مدرسة",
            "افتتحت مدرسة في الموصل.",
            "2025-01-01",
            location="الموصل",
            category="خدمات",
        ),
    ]


def demo_releases(n: int, seed: int = 1) -> list[Release]:
    """The records of the first ``n`` releases of the synthetic INA-like site."""
    from crawler.demo_site import Site, SiteConfig

    site = Site(SiteConfig(n_releases=n, seed=seed))
    return [item.expected_for(BASE) for item in site.releases()]


def make_store(data_dir: Path, releases: list[Release], gone: tuple[str, ...] = ()) -> Path:
    """Put releases in a release store at ``data_dir``; mark the ``gone`` keys removed."""
    with ReleaseStore(data_dir) as store:
        for release in releases:
            store.put(release)
        for key in gone:
            store.mark_gone(key)
    return data_dir


GONE = en(
    7,
    "Removed release",
    "This zebra story was removed by the agency.",
    "2023-03-03",
    category="Security",
)


def search_corpus(data_dir: Path) -> tuple[Path, list[Release]]:
    """The hand releases, one removed release (``GONE``) and 400 demo releases, stored and
    indexed in ``data_dir``; returns the directory and the live releases."""
    releases = hand_releases() + [GONE] + demo_releases(400)
    keys = [r.key for r in releases]
    assert len(keys) == len(set(keys))
    make_store(data_dir, releases, gone=(GONE.key,))
    update_index(data_dir)
    return data_dir, [r for r in releases if r.key != GONE.key]
