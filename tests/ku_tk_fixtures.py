"""Kurdish and Turkmen releases (synthetic) with English and Arabic neighbours, for the search,
web and browser tests of Kurdish and Turkmen."""

from __future__ import annotations

from pathlib import Path

from index_fixtures import BASE, _when, ar, en, make_store

from crawler.release import Release
from indexer import update_index


def ku(rid: int, title: str, body: str, **extra) -> Release:
    return Release(
        url=f"{BASE}/kurd/{rid}--.html",
        title=title,
        body=body,
        release_id=rid,
        date=_when("2024-03-10"),
        language="ku",
        **extra,
    )


def tk(rid: int, title: str, body: str, **extra) -> Release:
    return Release(
        url=f"{BASE}/turkmen/{rid}--.html",
        title=title,
        body=body,
        release_id=rid,
        date=_when("2024-03-11"),
        language="tk",
        **extra,
    )


KU_BAGHDAD = ku(
    101,
    "سەرۆک وەزیران لە بەغدا پێشوازی لە شاندێک کرد",  # synthetic
    "بەغدا-INA\n\nسەرۆک وەزیران لە پارێزگاکانی هەولێر و سلێمانی کۆبوونەوەیەکی ئەنجامدا.",
    location="بەغدا",
)
KU_DONKEY = ku(
    102, "کەرێک لە گوند", "جووتیارێک کەر و مەڕەکانی فرۆشت.", author="ئاسۆ ڕەشید"
)  # کەر, donkey
KU_DEAF = ku(103, "قوتابخانەی کەڕەکان", "مامۆستایان بۆ منداڵانی کەڕ زمانی ئاماژە دەڵێنەوە.")
KU_ZWNJ = ku(104, "هه\u200cولێر", "شاندێکی حکومه\u200cت گه\u200cیشته\u200c هه\u200cولێر.")
TK_ISTANBUL = tk(
    201,
    "İSTANBUL'DA TÜRKMEN HEYETİ",  # synthetic, an all-caps headline as INA prints some
    "Bağdat -INA\n\nIrak Türkmen heyeti İstanbul'da Diyarbakır ve Kerkük temsilcileriyle görüştü.",
)
TK_CAPS = tk(202, "Kerkük'te ılık hava", "KERKÜK VE DİYARBAKIR İÇİN ILIK BİR HAFTA BEKLENİYOR.")
EN_IRAQ = en(
    301, "IRAQ AND IRAN SIGN AN ACCORD", "Iraq signed an accord in Istanbul.", "2024-03-12"
)
AR_BAGHDAD = ar(401, "وزير النفط في بغداد", "استقبل وزير النفط في بغداد وفدا.", "2024-03-12")
RELEASES = [KU_BAGHDAD, KU_DONKEY, KU_DEAF, KU_ZWNJ, TK_ISTANBUL, TK_CAPS, EN_IRAQ, AR_BAGHDAD]


def build_archive(data_dir: Path) -> Path:
    """A release store of :data:`RELEASES` at ``data_dir``, indexed."""
    make_store(data_dir, RELEASES)
    update_index(data_dir)
    return data_dir
