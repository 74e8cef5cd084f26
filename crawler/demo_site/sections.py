"""The synthetic site's four sections: path prefixes, names, chrome labels and text direction.

Arabic is at the root, English under /eng/, Kurdish (Sorani, Arabic script) under /kurd/ and
Turkmen (Latin script) under /turkmen/, as on ina.iq.
"""

from __future__ import annotations

from crawler.demo_site import vocab, vocab_ku_tk

SITE_NAME = {
    "en": "Iraqi News Agency",
    "ar": "وكالة الأنباء العراقية",
    "ku": "ئاژانسی هەواڵی عێراقی",
    "tk": "Irak Haber Ajansı",
}
ROOT = {"en": "/eng/", "ar": "/", "ku": "/kurd/", "tk": "/turkmen/"}
SHARE = {"en": "Share", "ar": "مشاركة", "ku": "بڵاوکردنەوە", "tk": "Paylaş"}
PRINT = {"en": "Print", "ar": "طباعة", "ku": "چاپکردن", "tk": "Yazdır"}
RELATED = {
    "en": "Related news",
    "ar": "أخبار ذات صلة",
    "ku": "هەواڵی پەیوەندیدار",
    "tk": "İlgili Haberler",
}
NOT_FOUND = {
    "en": "The requested page was not found.",
    "ar": "عذراً، الصفحة المطلوبة غير موجودة.",
    "ku": "ببورە، پەڕەی داواکراو نەدۆزرایەوە.",
    "tk": "Üzgünüz, sayfa bulunamadı.",
}
# The other sections, as the language switch in the header names them.
SECTION_LINKS = (("ar", "عربي"), ("en", "English"), ("ku", "کوردی"), ("tk", "Türkmence"))


def direction(lang: str) -> str:
    """The text direction of a section: Arabic and Kurdish right to left."""
    return "ltr" if lang in ("en", "tk") else "rtl"


def category_names(lang: str) -> list[tuple[str, str]]:
    """(slug, name) of every category, named in the section's language."""
    if lang in vocab_ku_tk.CATEGORIES:
        return [
            (slug, name)
            for (slug, _, _), name in zip(
                vocab.CATEGORIES, vocab_ku_tk.CATEGORIES[lang], strict=True
            )
        ]
    return [(slug, en if lang == "en" else ar) for slug, en, ar in vocab.CATEGORIES]
