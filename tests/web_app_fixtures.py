"""The archive the web-app tests run against: synthetic releases in both languages (hostile
content among them) in a real store and index, and the small helpers the tests share."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from crawler.release import Image, Release
from crawler.store import ReleaseStore
from indexer import update_index

BAGHDAD = ZoneInfo("Asia/Baghdad")
HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
AUTHORS_EN = ["Amna Al-Salami", "Noor Al-Zaidi", "Emad Atta"]
AUTHORS_AR = ["آمنة السلامي", "فاطمة رحمة"]
TOPICS_EN = ["oil exports", "electricity grid", "wheat harvest", "border crossing"]
TOPICS_AR = ["صادرات النفط", "شبكة الكهرباء", "حصاد القمح"]


def synthetic_releases() -> list[Release]:
    """Forty English and twenty Arabic releases over two years, plus one hostile release."""
    releases = []
    start = datetime(2020, 1, 5, 10, 30, tzinfo=BAGHDAD)
    for i in range(40):
        topic = TOPICS_EN[i % len(TOPICS_EN)]
        releases.append(
            Release(
                url=f"https://ina.iq/eng/{1000 + i}--.html",
                release_id=1000 + i,
                title=f"Minister discusses {topic} in Baghdad ({i})",
                body=(
                    f"Baghdad - INA\n\nThe minister discussed {topic} with a delegation on day {i}."
                    f"\n\nNext steps\n\nThe ministry said the {topic} plan continues."
                ),
                date=start + timedelta(days=17 * i),
                author=AUTHORS_EN[i % 3],
                photographer="Safaa Alwan" if i % 2 else None,
                location="Baghdad" if i % 4 else "Basra",
                language="en",
                category="Economy" if i % 2 else "Politics",
                images=(Image(f"https://ina.iq/eng/uploads/posts/2020-01/{i}.jpg", "The meeting"),),
            )
        )
    for i in range(20):
        topic = TOPICS_AR[i % len(TOPICS_AR)]
        releases.append(
            Release(
                url=f"https://ina.iq/{5000 + i}--.html",
                release_id=5000 + i,
                title=f"الوزير يبحث {topic} في بغداد",
                body=f"بغداد - واع\n\nبحث الوزير {topic} مع وفد رسمي.\n\nوأكد استمرار العمل.",
                date=start + timedelta(days=31 * i, hours=3),
                author=AUTHORS_AR[i % 2],
                photographer="كرم الأعسم",
                location="بغداد",
                language="ar",
                category="اقتصاد",
            )
        )
    releases.append(
        Release(
            url="https://ina.iq/eng/9999--.html",
            release_id=9999,
            title=f"Hostile title {HOSTILE}",
            body=f'=HYPERLINK("http://evil") hostile body {HOSTILE}\n\nSecond paragraph.',
            date=datetime(2021, 6, 1, 9, 0, tzinfo=BAGHDAD),
            author=f"Evil {HOSTILE}",
            language="en",
            category="Politics",
        )
    )
    return releases


def build_archive(data_dir: Path, releases: list[Release]) -> None:
    with ReleaseStore(data_dir) as store:
        for release in releases:
            store.put(release)
    update_index(data_dir)


def tree_digest(path: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(str(file.relative_to(path)).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def make_archive(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("archive")
    build_archive(path, synthetic_releases())
    return path


def api(client, query: str) -> dict:
    response = client.get("/api/search" + query)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()
