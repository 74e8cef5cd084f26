"""Arabic versions of the server's error sentences, for the error page of the Arabic interface.

The sentences are written in English where the error is raised (``web.limits``, ``web.params``,
``web.views``, ...) and the JSON API keeps them as they are: its clients read the documented
English. The error *page* of the Arabic interface shows the Arabic sentence found here instead;
each entry reads the English sentence's variable parts (a value, a range, a key) with a pattern
and puts them into the Arabic one. A sentence with no entry stays English, marked as such, and
``tests/test_web_arabic_errors.py`` raises every error the site has so none is missed.

Values the user typed are wrapped in Unicode isolates (FSI … PDI) so that a Latin value or a
date keeps its own direction inside the right-to-left sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable

ISOLATE = "\u2068{}\u2069"

# Facet labels as the English sentences write them (lower case) -> the Arabic label.
FACET_LABELS = {
    "author": "الكاتب",
    "photographer": "المصوّر",
    "category": "القسم",
    "place": "المكان",
    "language": "اللغة",
    "year": "السنة",
}
# Whole-number parameters, named in brackets in the English sentence.
NUMBER_LABELS = {
    "page": "رقم الصفحة (page)",
    "per_page": "عدد النتائج في الصفحة (per_page)",
    "limit": "حدّ التصدير (limit)",
}
DATE_LABELS = {"from": "تاريخ البداية (from)", "to": "تاريخ النهاية (to)"}
SORT_NAMES = "الأنسب (relevance)، الأحدث (newest)، الأقدم (oldest)"


def _value(text: str) -> str:
    """A value from the request, quoted and isolated."""
    return "«" + ISOLATE.format(text) + "»"


def _code(text: str) -> str:
    """A key, path or command: isolated, not quoted."""
    return ISOLATE.format(text)


def _number_label(label: str) -> str:
    name = re.search(r"\((\w+)\)$", label)
    return NUMBER_LABELS.get(name.group(1), label) if name else label


Render = Callable[[re.Match], str]

# (English sentence pattern, its Arabic rendering). Patterns match the whole sentence.
SENTENCES: list[tuple[re.Pattern, Render]] = [
    (
        re.compile(r"Give (?P<name>\w+) only once; it was given (?P<n>\d+) times\."),
        lambda m: f"أرسل المعامل {_code(m['name'])} مرة واحدة فقط؛ عدد مرات إرساله: {m['n']}.",
    ),
    (
        re.compile(r"Too many (?P<facet>\w+) values \((?P<n>\d+)\); select at most (?P<max>\d+)\."),
        lambda m: (
            f"قيم مرشح {FACET_LABELS.get(m['facet'], m['facet'])} كثيرة ({m['n']})؛ "
            f"اختر {m['max']} قيمة على الأكثر."
        ),
    ),
    (
        re.compile(
            r"The (?P<facet>\w+) value is too long; keep it under (?P<max>\d+) characters\."
        ),
        lambda m: (
            f"قيمة مرشح {FACET_LABELS.get(m['facet'], m['facet'])} طويلة جداً؛ "
            f"اجعلها أقصر من {m['max']} حرف."
        ),
    ),
    (
        re.compile(r"The year '(?P<value>.*)' is not a four-digit year such as 2020\."),
        lambda m: f"السنة {_value(m['value'])} ليست سنة من أربعة أرقام، مثل 2020.",
    ),
    (
        re.compile(
            r"The language '(?P<value>.*)' is not a language code of the archive; "
            r"use one of (?P<codes>.+) \(lower case\)\."
        ),
        lambda m: (
            f"{_value(m['value'])} ليس رمز لغة في الأرشيف؛ استعمل أحد الرموز "
            f"{_code(m['codes'])} (بحروف صغيرة)."
        ),
    ),
    (
        re.compile(
            r"The '(?P<name>\w+)' date '(?P<value>.*)' is not a date; "
            r"write it as YYYY-MM-DD, e\.g\. 2020-11-15\."
        ),
        lambda m: (
            f"{DATE_LABELS.get(m['name'], m['name'])} {_value(m['value'])} ليس تاريخاً صحيحاً؛ "
            "اكتبه بالشكل YYYY-MM-DD، مثلاً 2020-11-15."
        ),
    ),
    (
        re.compile(
            r"(?P<label>.+) must be a whole number between (?P<low>\d+) and (?P<high>\d+), "
            r"not '(?P<value>.*)'\."
        ),
        lambda m: (
            f"{_number_label(m['label'])} يجب أن يكون عدداً صحيحاً من {m['low']} إلى "
            f"{m['high']}، لا {_value(m['value'])}."
        ),
    ),
    (
        re.compile(
            r"(?P<label>.+) must be between (?P<low>\d+) and (?P<high>\d+); "
            r"(?P<value>\d+) is out of range\."
        ),
        lambda m: (
            f"{_number_label(m['label'])} يجب أن يكون من {m['low']} إلى {m['high']}؛ "
            f"والرقم {m['value']} خارج هذا المدى."
        ),
    ),
    (
        re.compile(
            r"The query is (?P<n>\d+) characters long; please keep it under (?P<max>\d+) "
            r"characters\."
        ),
        lambda m: f"طول البحث: {m['n']} حرف؛ يُرجى أن يبقى دون {m['max']} حرف.",
    ),
    (
        re.compile(r"Unknown sort '(?P<value>.*)'; use one of:? .+\."),
        lambda m: f"الترتيب {_value(m['value'])} غير معروف؛ استعمل واحداً من: {SORT_NAMES}.",
    ),
    (
        re.compile(r"There is no section '(?P<value>.*)'; releases live under (?P<where>.+)\."),
        lambda m: (
            f"لا يوجد قسم باسم {_value(m['value'])}؛ البيانات موجودة تحت {_code(m['where'])}."
        ),
    ),
    (
        re.compile(r"The archive has no release (?P<key>\S+)\."),
        lambda m: f"لا يوجد في الأرشيف بيان بالمفتاح {_code(m['key'])}.",
    ),
    (
        re.compile(r"The archive has no raw copy of (?P<key>\S+)\."),
        lambda m: f"لا توجد في الأرشيف نسخة خام من البيان {_code(m['key'])}.",
    ),
    (
        re.compile(r"There is no filter called '(?P<value>.*)'; the filters are (?P<names>.+)\."),
        lambda m: f"لا يوجد مرشح باسم {_value(m['value'])}؛ المرشحات هي: {_code(m['names'])}.",
    ),
    (
        re.compile(
            r"The start date (?P<start>\S+) is after the end date (?P<end>\S+); swap them\."
        ),
        lambda m: (
            f"تاريخ البداية {_code(m['start'])} بعد تاريخ النهاية {_code(m['end'])}؛ بدّل بينهما."
        ),
    ),
    (
        re.compile(r"Build it with: (?P<command>.+)"),
        lambda m: f"ابنِه بالأمر: {_code(m['command'])}",
    ),
    (
        re.compile(r"Use (?P<url>\S+) instead\."),
        lambda m: f"استعمل {_code(m['url'])} بدلاً منه.",
    ),
]

# Sentences with nothing variable in them.
FIXED: dict[str, str] = {
    "There is no page at this address. Try the search page.": (
        "لا توجد صفحة بهذا العنوان. جرّب صفحة البحث."
    ),
    "This address only answers GET requests; the archive is read-only.": (
        "هذا العنوان لا يستجيب إلا لطلبات GET؛ فالأرشيف للقراءة فقط."
    ),
    "Something went wrong on our side. Please try again in a moment.": (
        "حدث خطأ من جهتنا. يُرجى المحاولة مجدداً بعد قليل."
    ),
    "The archive has no search index yet.": "ليس للأرشيف فهرس بحث بعد.",
    "The search could not be understood.": "تعذّر فهم هذا البحث.",
    "This site does not answer to that host name.": "هذا الموقع لا يستجيب لاسم المضيف هذا.",
    "The archived copies of this older data directory are still being scanned; "
    "please try again in a minute.": (
        "ما زال فحص النسخ المؤرشفة لمجلد البيانات القديم هذا جارياً؛ يُرجى المحاولة مجدداً بعد دقيقة."
    ),
    "It may not have been crawled yet; try searching for its title.": (
        "ربما لم يُجلب بعد؛ جرّب البحث عن عنوانه."
    ),
    "Releases imported without crawling have no WARC record.": (
        "البيانات المستوردة من دون زحف ليس لها سجل WARC."
    ),
}


def arabic(sentence: str | None) -> str | None:
    """The Arabic version of one of the server's English error sentences, or None if unknown."""
    if not sentence:
        return None
    fixed = FIXED.get(sentence)
    if fixed is not None:
        return fixed
    for pattern, render in SENTENCES:
        match = pattern.fullmatch(sentence)
        if match:
            return render(match)
    return None
