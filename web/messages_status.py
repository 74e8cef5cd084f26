"""The status page's and error pages' interface strings in English and Arabic.

They join :data:`web.messages.EN` / :data:`web.messages.AR` (kept apart so that each module stays
small). Run kinds, outcomes and coverage fields are keyed by their value in the run log
(``kind_crawl``, ``outcome_failed``, ``field_date``); the English strings are those values.
"""

from __future__ import annotations

EN_STATUS: dict[str, str] = {
    "error_405": "Not allowed",
    "st_title": "Crawl and index status",
    "st_warnings": "Warnings",
    "st_no_warnings": "No warnings.",
    "st_coverage": "Field coverage of the archive ({n} releases)",
    "st_last_runs": "Last runs",
    "st_started": "Started (UTC)",
    "st_kind": "Kind",
    "st_outcome": "Outcome",
    "st_pages": "Pages",
    "st_new": "New",
    "st_changed": "Changed",
    "st_gone": "Gone",
    "st_errors": "Errors",
    "st_note": "Note",
    "st_no_runs": "No runs recorded yet: run",
    "st_or": "or",
    "st_as_json": "As JSON:",
    "st_command_line": "on the command line:",
    "kind_crawl": "crawl",
    "kind_index": "index",
    "outcome_ok": "ok",
    "outcome_failed": "failed",
    "outcome_interrupted": "interrupted",
    "field_date": "date",
    "field_author": "author",
    "field_photographer": "photographer",
    "field_location": "location",
    "field_category": "category",
}

AR_STATUS: dict[str, str] = {
    "error_405": "الطلب غير مسموح به",
    "st_title": "حالة الزحف والفهرسة",
    "st_warnings": "تنبيهات",
    "st_no_warnings": "لا توجد تنبيهات.",
    "st_coverage": "تغطية الحقول في الأرشيف (عدد البيانات: {n})",
    "st_last_runs": "آخر عمليات التشغيل",
    "st_started": "البدء (UTC)",
    "st_kind": "النوع",
    "st_outcome": "النتيجة",
    "st_pages": "الصفحات",
    "st_new": "الجديدة",
    "st_changed": "المعدَّلة",
    "st_gone": "المحذوفة",
    "st_errors": "الأخطاء",
    "st_note": "ملاحظة",
    "st_no_runs": "لم يُسجَّل أي تشغيل بعد: شغّل الأمر",
    "st_or": "أو",
    "st_as_json": "بصيغة JSON:",
    "st_command_line": "ومن سطر الأوامر:",
    "kind_crawl": "زحف",
    "kind_index": "فهرسة",
    "outcome_ok": "تمّ",
    "outcome_failed": "فشل",
    "outcome_interrupted": "قُطع",
    "field_date": "التاريخ",
    "field_author": "الكاتب",
    "field_photographer": "المصوّر",
    "field_location": "المكان",
    "field_category": "القسم",
}
