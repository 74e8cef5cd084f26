"""The status page's sentences (the next scheduled run, the warnings) in Arabic.

``crawler.runstatus`` writes them in English for ``ina-archive status``, ``/api/status`` and the
English page; the Arabic page reads the schedule from its fields and each warning's variable
parts with a pattern. A warning with no entry stays English (the page marks it so). Messages
quoted from a run (an HTTP error, an exception) are technical text and stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from web.error_text import ISOLATE
from web.messages_status import AR_STATUS


def _code(text: str) -> str:
    return ISOLATE.format(text)


def _field(name: str) -> str:
    return AR_STATUS.get(f"field_{name}", name)


def schedule_arabic(schedule: dict[str, Any] | None) -> str:
    """The next scheduled run in Arabic (what ``crawler.runstatus.schedule_line`` says)."""
    if not schedule:
        return (
            "التشغيل المجدول التالي: لم يُسجَّل بعد (يسجّله الأمر "
            + _code("ina-archive schedule")
            + ")."
        )
    cron, pid = _code(str(schedule.get("cron"))), _code(str(schedule.get("pid")))
    if not schedule.get("running"):
        return f"لا تشغيل مجدولاً تالياً: المجدول (رقم العملية {pid}، وجدوله {cron}) متوقف عن العمل."
    when = schedule.get("next_run")
    when_text = _code(str(when)) if when else "لم يُحدَّد بعد"
    return f"التشغيل المجدول التالي: {when_text} (جدوله {cron}، ورقم عملية المجدول {pid})."


Render = Callable[[re.Match], str]

WARNINGS: list[tuple[re.Pattern, Render]] = [
    (
        re.compile(
            r"the last (?P<n>\d+) crawls failed: the host may be down or blocking us; "
            r"the last: (?P<message>.*)",
            re.S,
        ),
        lambda m: (
            f"فشلت آخر {m['n']} عمليات زحف: ربما الموقع متوقف أو يحجبنا؛ "
            f"سبب آخرها: {_code(m['message'])}"
        ),
    ),
    (
        re.compile(r"the last crawl failed: (?P<message>.*)", re.S),
        lambda m: f"فشل آخر زحف: {_code(m['message'])}",
    ),
    (
        re.compile(
            r"(?P<errors>\d+) of (?P<attempts>\d+) pages in the last crawl were errors "
            r"\(first: (?P<first>.*)\)",
            re.S,
        ),
        lambda m: (
            f"{m['errors']} من أصل {m['attempts']} صفحة في آخر زحف انتهت بخطأ "
            f"(أولها: {_code(m['first'])})"
        ),
    ),
    (
        re.compile(
            r"(?P<field>\w+) coverage fell from (?P<before>\S+) to (?P<after>\S+) in this run: "
            r"INA may have changed its layout; run `ina-archive parse --explain` on a recent page"
        ),
        lambda m: (
            f"انخفضت تغطية حقل {_field(m['field'])} من {_code(m['before'])} إلى "
            f"{_code(m['after'])} في هذا التشغيل: ربما غيّرت الوكالة تصميم صفحاتها؛ "
            f"شغّل {_code('ina-archive parse --explain')} على صفحة حديثة"
        ),
    ),
    (
        re.compile(
            r"the scheduler \(pid (?P<pid>[^)]*)\) is not running; start `ina-archive schedule` "
            r"again if runs should go on"
        ),
        lambda m: (
            f"المجدول (رقم العملية {_code(m['pid'])}) متوقف عن العمل؛ شغّل "
            f"{_code('ina-archive schedule')} من جديد إن كان ينبغي أن تستمر عمليات التشغيل"
        ),
    ),
    (
        re.compile(
            r"robots\.txt of (?P<host>\S+) (?P<what>\(first seen\)|changed)(?P<rest>.*)", re.S
        ),
        lambda m: (
            f"ملف robots.txt للموقع {_code(m['host'])} "
            + ("(أول مرة يُقرأ)" if m["what"] == "(first seen)" else "تغيّر")
            + _robots_rest(m["rest"])
        ),
    ),
]


def _robots_rest(rest: str) -> str:
    """The detail and verdict of a robots.txt change."""
    verdict = ": it now disallows release URLs for us"
    disallows = rest.endswith(verdict)
    detail = rest[: -len(verdict)] if disallows else rest
    out = f" {_code(detail.strip())}" if detail.strip() else ""
    return out + ("، وصار يمنعنا من جلب صفحات البيانات" if disallows else "")


def warning_arabic(sentence: str) -> str | None:
    """The Arabic version of one status warning, or None when it has no entry."""
    for pattern, render in WARNINGS:
        match = pattern.fullmatch(sentence)
        if match:
            return render(match)
    return None
