"""The interface language: English or Arabic labels, chosen from a cookie or ``Accept-Language``.

``/language/<code>?next=<path>`` sets the ``ui`` cookie (a visible switch in the header links to
it) and goes back to the page it came from; without the cookie the browser's
``Accept-Language`` decides. Release text is never translated, only the interface around it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, Flask, Response, g, redirect, request

UI_LANGUAGES = ("en", "ar")
COOKIE = "ui"
COOKIE_AGE = 365 * 24 * 3600

MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    # The month names Iraqi media use (INA's own Arabic pages).
    "ar": [
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
    ],
}

_EN: dict[str, str] = {
    "tagline": "Iraqi News Agency press releases · English & Arabic",
    "switch": "العربية",
    "switch_title": "اعرض الواجهة بالعربية",
    "search": "Search",
    "search_words": "Search words",
    "placeholder": "Search releases — e.g. oil, minister, Baghdad, النفط",
    "from": "From",
    "to": "To",
    "apply_dates": "Apply dates",
    "tips": "Search tips",
    "tip_words": "releases with both words, in the title, text, names, place or category",
    "tip_names": "a name finds the releases credited to that person first",
    "tip_phrase": "the exact phrase",
    "tip_slop": "the words at most 3 apart",
    "tip_or": "either word",
    "tip_not": "without the second",
    "tip_group": "grouping",
    "tip_field": "search one field (author, photographer, translator, location or place, "
    "category, title, body, language, year); case and Arabic spelling do not matter",
    "tip_prefix": "words that start so (only at the end of a word; Arabic also after و ب ل ال)",
    "tip_fuzzy": "up to 1 typing error (~2: up to 2)",
    "tip_boost": "weigh a word more",
    "tip_range": "from–to, both ends included",
    "tip_range_excl": "both ends left out",
    "tip_limits": "Anything else (? or * before letters, ~3, ^word) is left out, and a notice "
    "says so. A prefix, fuzzy word or range searches at most its 50 most common words.",
    "tip_arabic": "Arabic works as typed",
    "tip_filters": "Several values of one filter mean any of them; different filters combine.",
    "active_filters": "Active filters",
    "remove_filter": "Remove this filter",
    "clear_all": "Clear all",
    "results": "Results",
    "release_one": "release",
    "release_many": "releases",
    "page_of": "page {page} of {pages}",
    "filters_n": "Filters ({n})",
    "sort": "Sort",
    "relevance": "relevance",
    "newest": "newest",
    "oldest": "oldest",
    "did_you_mean": "Did you mean",
    "no_page": "There is no page {page}",
    "no_page_text": "This search has {pages} pages.",
    "go_last": "Go to the last page ({pages})",
    "go_first": "Go to the first page",
    "no_match": "No releases match",
    "try": "Try",
    "drop_filters": "Remove a filter above, or keep only the words and drop all filters",
    "spelling": "Check the spelling, or use fewer or more general words.",
    "other_language": "Search in the other language: the archive holds English and Arabic releases.",
    "previous": "‹ Previous",
    "next": "Next ›",
    "pages": "Pages",
    "capped": "Only the first {n} pages can be browsed; narrow the search or use an export.",
    "this_search_as": "This search as",
    "feed": "Atom feed",
    "rows": "up to {n} rows",
    "filter_results": "Filter results",
    "apply_filters": "Apply filters",
    "show_results": "Show results",
    "close_filters": "Close",
    "show_all": "Show all {n}",
    "show_all_more": "Show all values",
    "all_values": "All values of {facet}",
    "find_value": "Find a value",
    "find": "Find",
    "values_found": "{n} values",
    "no_values": "No value contains “{text}”.",
    "back_to_results": "‹ Back to the results",
    "Author": "Author",
    "Photographer": "Photographer",
    "Category": "Category",
    "Place": "Place",
    "Language": "Language",
    "Year": "Year",
    "Query": "Query",
    "From": "From",
    "To": "To",
    "timeline": "Matches over time",
    "timeline_caption": "Matches per {unit}, {first} to {last}. Click a bar to zoom in.",
    "timeline_table": "Counts as a table",
    "zoom_out": "Zoom out to {label}",
    "all_dates": "All dates",
    "period": "Period",
    "count": "Releases",
    "per_year": "year",
    "per_month": "month",
    "per_day": "day",
    "peak": "peak",
    "search_archive": "‹ Search the archive",
    "translated_by": "Translated by",
    "image_on_ina": "Image {n} on INA ↗",
    "original_on_ina": "Original on INA ↗",
    "sources": "Sources and provenance",
    "details": "Details",
    "archive_key": "Archive key",
    "original": "Original",
    "raw_copy": "Archived raw copy",
    "raw_copy_note": "(the page as fetched, shown as text)",
    "raw_pending": "(this older data directory's WARC files are still being scanned)",
    "no_raw": "No archived raw copy of this page.",
    "as_json": "This release as JSON",
    "more_like": "More like this",
    "removed": "removed from INA",
    "untitled": "(untitled)",
    "raw_title": "Archived copy of {url}",
    "raw_fetched": "Fetched {date} · WARC record {record}",
    "back_to_release": "‹ Back to the release",
    "plain_text": "Plain text",
    "error_400": "We could not run that search",
    "error_404": "Not found",
    "error_503": "The archive is not ready",
    "error_500": "Something went wrong",
    "fix_and_search": "Change the highlighted field and search again",
    "new_search": "Start a new search",
    "footer_api": "API (OpenAPI)",
    "status": "Status",
    "footer_note": "Read-only archive. Texts © Iraqi News Agency (ina.iq).",
    "By": "By",
    "Photo": "Photo",
}

_AR: dict[str, str] = {
    "tagline": "بيانات وكالة الأنباء العراقية · بالعربية والإنجليزية",
    "switch": "English",
    "switch_title": "Show the interface in English",
    "search": "بحث",
    "search_words": "كلمات البحث",
    "placeholder": "ابحث في البيانات — مثلاً: النفط، وزارة، بغداد، oil",
    "from": "من",
    "to": "إلى",
    "apply_dates": "طبّق التاريخين",
    "tips": "نصائح البحث",
    "tip_words": "البيانات التي فيها الكلمتان، في العنوان أو النص أو الأسماء أو المكان أو الفئة",
    "tip_names": "الاسم يجد أولاً البيانات المنسوبة إلى صاحبه",
    "tip_phrase": "العبارة كما هي",
    "tip_slop": "الكلمتان وبينهما 3 كلمات على الأكثر",
    "tip_or": "إحدى الكلمتين",
    "tip_not": "من دون الثانية",
    "tip_group": "التجميع",
    "tip_field": "البحث في حقل واحد (author، photographer، translator، location أو place، "
    "category، title، body، language، year)؛ لا يهم حجم الحروف ولا الهمزات",
    "tip_prefix": "الكلمات التي تبدأ هكذا (في آخر الكلمة فقط؛ وفي العربية بعد و ب ل ال أيضاً)",
    "tip_fuzzy": "خطأ واحد في الكتابة على الأكثر (~2: خطآن)",
    "tip_boost": "وزن أكبر للكلمة",
    "tip_range": "من–إلى، مع الطرفين",
    "tip_range_excl": "من دون الطرفين",
    "tip_limits": "ما عدا ذلك (? أو * قبل الحروف، ~3، ^كلمة) يُترك ويظهر تنبيه بذلك. البادئة أو "
    "الكلمة التقريبية أو المدى يبحث في 50 كلمة هي الأكثر شيوعاً على الأكثر.",
    "tip_arabic": "العربية تعمل كما تكتبها",
    "tip_filters": "عدة قيم في مرشح واحد تعني أيّاً منها؛ والمرشحات المختلفة تجتمع.",
    "active_filters": "المرشحات المفعّلة",
    "remove_filter": "أزل هذا المرشح",
    "clear_all": "امسح الكل",
    "results": "النتائج",
    "release_one": "بيان",
    "release_many": "بيانات",
    "page_of": "الصفحة {page} من {pages}",
    "filters_n": "المرشحات ({n})",
    "sort": "الترتيب",
    "relevance": "الأنسب",
    "newest": "الأحدث",
    "oldest": "الأقدم",
    "did_you_mean": "هل تقصد",
    "no_page": "لا توجد صفحة {page}",
    "no_page_text": "لهذا البحث {pages} صفحات.",
    "go_last": "اذهب إلى الصفحة الأخيرة ({pages})",
    "go_first": "اذهب إلى الصفحة الأولى",
    "no_match": "لا توجد بيانات مطابقة",
    "try": "جرّب",
    "drop_filters": "أزل مرشحاً من الأعلى، أو أبقِ الكلمات وحدها واحذف كل المرشحات",
    "spelling": "تحقق من الإملاء، أو استعمل كلمات أقل أو أعم.",
    "other_language": "ابحث باللغة الأخرى: في الأرشيف بيانات بالعربية والإنجليزية.",
    "previous": "› السابقة",
    "next": "التالية ‹",
    "pages": "الصفحات",
    "capped": "يمكن تصفح أول {n} صفحة فقط؛ ضيّق البحث أو استعمل التصدير.",
    "this_search_as": "هذا البحث بصيغة",
    "feed": "خلاصة Atom",
    "rows": "حتى {n} صف",
    "filter_results": "تصفية النتائج",
    "apply_filters": "طبّق المرشحات",
    "show_results": "اعرض النتائج",
    "close_filters": "إغلاق",
    "show_all": "اعرض الكل ({n})",
    "show_all_more": "اعرض كل القيم",
    "all_values": "كل قيم {facet}",
    "find_value": "ابحث عن قيمة",
    "find": "ابحث",
    "values_found": "{n} قيمة",
    "no_values": "لا توجد قيمة فيها «{text}».",
    "back_to_results": "› العودة إلى النتائج",
    "Author": "الكاتب",
    "Photographer": "المصوّر",
    "Category": "القسم",
    "Place": "المكان",
    "Language": "اللغة",
    "Year": "السنة",
    "Query": "البحث",
    "From": "من",
    "To": "إلى",
    "timeline": "النتائج عبر الزمن",
    "timeline_caption": "النتائج لكل {unit}، من {first} إلى {last}. انقر عموداً للتكبير.",
    "timeline_table": "الأعداد في جدول",
    "zoom_out": "صغّر إلى {label}",
    "all_dates": "كل التواريخ",
    "period": "الفترة",
    "count": "البيانات",
    "per_year": "سنة",
    "per_month": "شهر",
    "per_day": "يوم",
    "peak": "الأعلى",
    "search_archive": "› ابحث في الأرشيف",
    "translated_by": "ترجمة",
    "image_on_ina": "الصورة {n} على موقع واع ↗",
    "original_on_ina": "الأصل على موقع واع ↗",
    "sources": "المصدر والأصل",
    "details": "التفاصيل",
    "archive_key": "مفتاح الأرشيف",
    "original": "الأصل",
    "raw_copy": "النسخة المؤرشفة الخام",
    "raw_copy_note": "(الصفحة كما جُلبت، معروضة نصاً)",
    "raw_pending": "(ما زال فحص ملفات WARC لهذا المجلد القديم جارياً)",
    "no_raw": "لا توجد نسخة خام مؤرشفة لهذه الصفحة.",
    "as_json": "هذا البيان بصيغة JSON",
    "more_like": "بيانات مشابهة",
    "removed": "حُذف من موقع واع",
    "untitled": "(بلا عنوان)",
    "raw_title": "النسخة المؤرشفة من {url}",
    "raw_fetched": "جُلبت في {date} · سجل WARC {record}",
    "back_to_release": "› العودة إلى البيان",
    "plain_text": "نص خام",
    "error_400": "تعذّر تنفيذ هذا البحث",
    "error_404": "غير موجود",
    "error_503": "الأرشيف غير جاهز",
    "error_500": "حدث خطأ",
    "fix_and_search": "غيّر الحقل المعلَّم وابحث مجدداً",
    "new_search": "ابدأ بحثاً جديداً",
    # What to change, by the parameter that was refused (the error itself is in English).
    "fix_q": "اختصر كلمات البحث.",
    "fix_from": "اكتب التاريخ بالشكل YYYY-MM-DD، مثلاً 2020-11-15، أو اتركه فارغاً.",
    "fix_to": "اكتب التاريخ بالشكل YYYY-MM-DD، مثلاً 2020-11-15، أو اتركه فارغاً.",
    "fix_page": "رقم الصفحة عدد صحيح من 1 إلى {max_page}.",
    "fix_per_page": "عدد النتائج في الصفحة من 1 إلى {max_per_page}.",
    "fix_sort": "الترتيب واحد من: الأنسب، الأحدث، الأقدم.",
    "fix_year": "السنة أربعة أرقام، مثلاً 2020.",
    "fix_language": "اللغة رمز مثل en أو ar.",
    "footer_api": "واجهة البرمجة (OpenAPI)",
    "status": "الحالة",
    "footer_note": "أرشيف للقراءة فقط. النصوص © وكالة الأنباء العراقية (ina.iq).",
    "By": "بقلم",
    "Photo": "تصوير",
}

MESSAGES: dict[str, dict[str, str]] = {"en": _EN, "ar": _AR}


def choose_language(cookie: str | None, accept: Any) -> str:
    """The interface language: the ``ui`` cookie if valid, else the best ``Accept-Language``."""
    if cookie in UI_LANGUAGES:
        return str(cookie)
    best = accept.best_match(UI_LANGUAGES) if accept is not None else None
    return best or "en"


def translate(lang: str, key: str, **values: Any) -> str:
    """One interface string in ``lang`` (English when missing), formatted with ``values``."""
    text = MESSAGES.get(lang, _EN).get(key) or _EN.get(key, key)
    return text.format(**values) if values else text


def date_text(value: datetime | None, lang: str, with_time: bool = True) -> str:
    """A date in ``lang``: ``5 Nov 2020, 13:12`` or ``5 تشرين الثاني 2020، 13:12``."""
    if value is None:
        return ""
    months = MONTHS.get(lang, MONTHS["en"])
    text = f"{value.day} {months[value.month - 1]} {value.year}"
    if not with_time:
        return text
    return f"{text}{'،' if lang == 'ar' else ','} {value:%H:%M}"


def safe_next(target: str | None) -> str:
    """A local path to go back to (never another site), ``/`` when missing or suspicious."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return "/"
    return target


bp = Blueprint("i18n", __name__)


@bp.get("/language/<code>")
def switch(code: str) -> Response:
    """Remember the chosen interface language and go back to the page the switch was on."""
    response = redirect(safe_next(request.args.get("next")), code=303)
    if code in UI_LANGUAGES:
        response.set_cookie(COOKIE, code, max_age=COOKIE_AGE, samesite="Lax", httponly=True)
    return response


def current_language() -> str:
    """The request's interface language (decided once per request)."""
    if "ui_lang" not in g:
        g.ui_lang = choose_language(request.cookies.get(COOKIE), request.accept_languages)
    return g.ui_lang


def install(app: Flask) -> None:
    """Register the switch route, ``t()``/``ui_lang`` in templates and the ``Vary`` header."""
    app.register_blueprint(bp)

    @app.context_processor
    def _language() -> Mapping[str, Any]:
        lang = current_language()
        return {
            "ui_lang": lang,
            "ui_dir": "rtl" if lang == "ar" else "ltr",
            "t": lambda key, **values: translate(lang, key, **values),
        }

    @app.after_request
    def _vary(response: Response) -> Response:
        if response.mimetype == "text/html":
            response.vary.add("Accept-Language")
            response.vary.add("Cookie")
        return response
