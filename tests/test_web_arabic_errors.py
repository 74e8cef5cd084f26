"""The Arabic interface's error pages and status page: the server's sentences in Arabic (chosen by
Accept-Language or by the visible switch), the search kept, the JSON API left in English."""

from __future__ import annotations

import re
from html import unescape

import pytest
from run_fixtures import record_run, release
from web_app_fixtures import build_archive, synthetic_releases

from crawler.crawl_summary import CrawlSummary
from crawler.runrecorder import CrawlRecorder
from web import error_text
from web.app import create_app
from web.status_text import WARNINGS, warning_arabic

AR = {"Accept-Language": "ar-IQ,ar;q=0.9,en;q=0.5"}
ARABIC = re.compile(r"[\u0621-\u064A]")


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("ar-errors")
    build_archive(data_dir, synthetic_releases())
    return create_app({"DATA_DIR": data_dir, "REFRESH_INTERVAL": 0})


@pytest.fixture()
def client(app):
    return app.test_client()


def error_page(client, path: str, status: int, **kwargs) -> tuple[str, str, str | None]:
    """(whole page, the error sentence, the hint) of an error page."""
    response = client.get(path, **kwargs)
    assert response.status_code == status, (path, response.status_code)
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    message = re.search(r'<p class="error-message" id="error-message"([^>]*)>([^<]*)</p>', page)
    assert message, page
    assert "lang=" not in message.group(1), f"{path}: the sentence was left in English"
    hint = re.search(r'<p class="hint"[^>]*>(.*?)</p>', page, re.S)
    return page, unescape(message.group(2)), unescape(hint.group(1)) if hint else None


def test_a_bad_date_in_arabic_keeps_the_search(client):
    page, message, _ = error_page(
        client, "/?q=oil&author=Emad+Atta&from=2020-13-45", 400, headers=AR
    )
    assert '<html lang="ar" dir="rtl">' in page and "تعذّر تنفيذ هذا البحث" in page
    assert message.startswith("تاريخ البداية (from)") and "ليس تاريخاً صحيحاً" in message
    assert "\u20682020-13-45\u2069" in message  # the value keeps its own direction
    assert "is not a date" not in page
    assert 'value="oil"' in page
    assert '<input type="checkbox" name="author" value="Emad Atta" checked>' in page
    assert re.search(r'name="from" value="2020-13-45"[^>]*aria-invalid="true"', page)


def test_page_9999_unknown_release_and_unknown_address_in_arabic(client):
    page, message, _ = error_page(client, "/?q=minister&page=9999", 400, headers=AR)
    assert message == "رقم الصفحة (page) يجب أن يكون من 1 إلى 500؛ والرقم 9999 خارج هذا المدى."
    assert 'value="minister"' in page
    page, message, hint = error_page(client, "/releases/en/999999", 404, headers=AR)
    assert "<h1>غير موجود</h1>" in page
    assert message == "لا يوجد في الأرشيف بيان بالمفتاح \u2068en/999999\u2069."
    assert hint == "ربما لم يُجلب بعد؛ جرّب البحث عن عنوانه."
    _, message, _ = error_page(client, "/no/such/page", 404, headers=AR)
    assert message == "لا توجد صفحة بهذا العنوان. جرّب صفحة البحث."
    # The same pages in English are unchanged, and the JSON API keeps its English sentences.
    _, message, _ = error_page(client, "/releases/en/999999", 404)
    assert message == "The archive has no release en/999999."
    data = client.get("/api/search?page=9999", headers=AR).get_json()
    assert data["error"].endswith("9999 is out of range.") and data["status"] == 400


def test_the_visible_switch_turns_errors_arabic(client):
    switched = client.get("/language/ar?next=/%3Fq%3Doil%26from%3D2020-13-45")
    assert switched.status_code == 303
    page, message, _ = error_page(client, switched.headers["Location"], 400)
    assert '<html lang="ar" dir="rtl">' in page and "ليس تاريخاً صحيحاً" in message
    assert 'value="oil"' in page
    client.get("/language/en?next=/")
    _, message, _ = error_page(client, "/?q=oil&from=2020-13-45", 400)
    assert "is not a date" in message


# Every error sentence the site's pages can show, with a request that shows it.
EVERY_ERROR = [
    ("/?q=a&q=b", 400),
    ("/?author=" + "&author=".join(map(str, range(21))), 400),
    ("/?category=" + "x" * 201, 400),
    ("/?year=20x0", 400),
    ("/?language=fr", 400),
    ("/?to=yesterday", 400),
    ("/?page=two", 400),
    ("/?per_page=1000", 400),
    ("/?q=" + "w" * 600, 400),
    ("/?sort=random", 400),
    ("/releases/xx/1", 404),
    ("/releases/en/1000/raw", 404),
    ("/facets/colour", 404),
    ("/nowhere", 404),
]


@pytest.mark.parametrize(("path", "status"), EVERY_ERROR)
def test_every_error_page_is_arabic_in_the_arabic_interface(client, path, status):
    _, message, hint = error_page(client, path, status, headers={**AR, "Accept": "text/html"})
    assert ARABIC.search(message), message
    assert hint is None or ARABIC.search(hint), hint


def test_sentences_without_a_request_and_unknown_ones():
    assert error_text.arabic("The archive has no search index yet.") == "ليس للأرشيف فهرس بحث بعد."
    assert error_text.arabic("Build it with: ina-archive index --data-dir /d") == (
        "ابنِه بالأمر: \u2068ina-archive index --data-dir /d\u2069"
    )
    for english, arabic in error_text.FIXED.items():
        assert ARABIC.search(arabic) and error_text.arabic(english) == arabic
    assert error_text.arabic("A sentence nobody wrote yet.") is None
    assert error_text.arabic(None) is None


def test_post_is_refused_in_arabic_with_allow(client):
    response = client.post("/", headers={**AR, "Accept": "text/html"})
    page = response.get_data(as_text=True)
    assert response.status_code == 405 and "GET" in response.headers["Allow"]
    assert "الطلب غير مسموح به" in page and "فالأرشيف للقراءة فقط" in page


# --- the status page ---------------------------------------------------------------------------


@pytest.fixture()
def status_dir(tmp_path):
    """Two good runs, then a layout drift, then a failed run (as tests/test_status_web.py)."""
    record_run(tmp_path, [release(i) for i in range(1, 41)])
    record_run(tmp_path, [release(i, dated=False) for i in range(41, 71)])
    recorder = CrawlRecorder(tmp_path, "ina-archive")
    recorder.error("127.0.0.1:9: ConnectionError: refused")
    recorder.finished(CrawlSummary(errors=1))
    return tmp_path


def test_status_page_in_arabic(status_dir):
    client = create_app({"DATA_DIR": status_dir}).test_client()
    page = client.get("/status", headers=AR).get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in page and "<h1>حالة الزحف والفهرسة</h1>" in page
    assert "انخفضت تغطية حقل التاريخ من \u2068100%\u2069 إلى \u20680%\u2069" in page
    assert "فشل آخر زحف: \u2068no page could be fetched" in page
    assert '<li class="warning" lang="en"' not in page  # every warning has its Arabic
    assert "<td>فشل</td>" in page and "<td>تمّ</td>" in page and "<td>زحف</td>" in page
    assert "لم يُسجَّل موعد" not in page and "التشغيل المجدول التالي" in page
    for english in ("Crawl and index status", "Last runs", "No warnings", "coverage fell"):
        assert english not in page
    english = client.get("/status").get_data(as_text=True)
    assert "<h1>Crawl and index status</h1>" in english and "coverage fell from 100%" in english
    assert "<td>failed</td>" in english


def test_status_page_of_a_new_data_dir_in_arabic(tmp_path):
    client = create_app({"DATA_DIR": tmp_path}).test_client()
    client.get("/language/ar?next=/status")
    page = client.get("/status").get_data(as_text=True)
    assert "لم يُسجَّل أي تشغيل بعد" in page and "لا توجد تنبيهات." in page


def test_every_status_warning_kind_has_arabic():
    samples = [
        "the last 3 crawls failed: the host may be down or blocking us; the last: timeout",
        "the last crawl failed: timeout",
        "12 of 40 pages in the last crawl were errors (first: 500 Server Error)",
        "author coverage fell from 90% to 10% in this run: INA may have changed its layout; "
        "run `ina-archive parse --explain` on a recent page",
        "the scheduler (pid 12) is not running; start `ina-archive schedule` again if runs "
        "should go on",
        "robots.txt of ina.iq changed (+Disallow: /ar/): it now disallows release URLs for us",
    ]
    assert len(samples) == len(WARNINGS)
    for sample in samples:
        arabic = warning_arabic(sample)
        assert arabic and ARABIC.search(arabic), sample
    assert "صار يمنعنا" in warning_arabic(samples[-1])
    assert warning_arabic("something new") is None
