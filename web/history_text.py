"""The words of the history pages (the release page's History, the diff, the removal banner).

Kept apart from ``web.messages`` so the history views carry their own strings; ``ht()`` in the
templates reads them in the interface language, falling back to English.
"""

from __future__ import annotations

from typing import Any

from web.i18n import current_language

EN: dict[str, str] = {
    "history": "History",
    "version_n": "Version {n}",
    "fetched": "fetched {date} UTC",
    "first_version": "first archived",
    "changed": "changed: {fields}",
    "no_visible_change": "no change in the fields shown",
    "as_fetched": "as fetched",
    "compare_previous": "compare with version {n}",
    "edited_badge": "edited after publication ({n} versions)",
    "edited_short": "edited after publication",
    "changes_feed": "Atom feed of changes (new, edited, removed)",
    "removed_banner": "INA has removed this release. It was last seen on {date} UTC.",
    "removed_banner_undated": "INA has removed this release.",
    "diff_title": "Changes to {key}",
    "diff_between": "Version {a} (fetched {date_a} UTC) → version {b} (fetched {date_b} UTC)",
    "compare": "Compare",
    "from_version": "From version",
    "to_version": "to version",
    "no_changes": "These two versions do not differ.",
    "removed_text": "removed",
    "added_text": "added",
    "back_to_release": "‹ Back to the release",
    "title": "Title",
    "date": "Date",
    "author": "Author",
    "location": "Place",
    "translator": "Translator",
    "photographer": "Photographer",
    "category": "Category",
    "body": "Text",
    "images": "Images",
}

AR: dict[str, str] = {
    "history": "السجلّ",
    "version_n": "النسخة {n}",
    "fetched": "جُلبت في {date} بتوقيت UTC",
    "first_version": "أول أرشفة",
    "changed": "تغيّر: {fields}",
    "no_visible_change": "لا تغيير في الحقول المعروضة",
    "as_fetched": "كما جُلبت",
    "compare_previous": "قارن بالنسخة {n}",
    "edited_badge": "عُدّل بعد النشر ({n} نسخ)",
    "edited_short": "عُدّل بعد النشر",
    "changes_feed": "خلاصة Atom للتغييرات (جديد، معدّل، محذوف)",
    "removed_banner": "حذفت وكالة الأنباء العراقية هذا البيان. شوهد آخر مرة في {date} بتوقيت UTC.",
    "removed_banner_undated": "حذفت وكالة الأنباء العراقية هذا البيان.",
    "diff_title": "التغييرات في {key}",
    "diff_between": "النسخة {a} (جُلبت في {date_a} بتوقيت UTC) ← النسخة {b} (جُلبت في {date_b} بتوقيت UTC)",
    "compare": "قارن",
    "from_version": "من النسخة",
    "to_version": "إلى النسخة",
    "no_changes": "لا فرق بين هاتين النسختين.",
    "removed_text": "محذوف",
    "added_text": "مضاف",
    "back_to_release": "› العودة إلى البيان",
    "title": "العنوان",
    "date": "التاريخ",
    "author": "الكاتب",
    "location": "المكان",
    "translator": "المترجم",
    "photographer": "المصوّر",
    "category": "القسم",
    "body": "النص",
    "images": "الصور",
}

_MESSAGES = {"en": EN, "ar": AR}


def history_text(name: str, /, **values: Any) -> str:
    """One history string in the request's interface language, with ``{name}`` filled in."""
    text = _MESSAGES.get(current_language(), EN).get(name) or EN.get(name, name)
    return text.format(**values) if values else text
