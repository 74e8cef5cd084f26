"""Word lists of the synthetic site's Kurdish (Sorani, /kurd/) and Turkmen (/turkmen/) sections.

Every person named here is invented; the sentences are sample data and every page says so. The
place, ministry, project and official tables follow the order of the English ones in ``vocab``,
so one random draw picks the same item in every language.
"""

from __future__ import annotations

# Category names in the order of vocab.CATEGORIES.
CATEGORIES = {
    "ku": ("عێراق", "سیاسی", "ئاسایش", "ئابووری", "جیهان", "وەرزش", "تەندروستی", "ڕۆشنبیری"),
    "tk": ("Irak", "Siyaset", "Güvenlik", "Ekonomi", "Dünya", "Spor", "Sağlık", "Kültür"),
}
# City names in the order of vocab.CITIES.
CITIES = {
    "ku": (
        "بەغدا", "بەسرە", "نەینەوا", "هەولێر", "نەجەف", "کەربەلا", "ئەنبار", "دیالە", "کەرکووک",
        "بابل", "واست", "زیقار", "مەیسان", "موسەننا", "دیوانیە", "سەڵاحەددین", "سلێمانی", "دهۆک",
    ),
    "tk": (
        "Bağdat", "Basra", "Ninova", "Erbil", "Necef", "Kerbela", "Anbar", "Diyala", "Kerkük",
        "Babil", "Vasıt", "Zikar", "Meysan", "Müsenna", "Divaniye", "Selahaddin", "Süleymaniye",
        "Duhok",
    ),
}  # fmt: skip
MINISTRIES = {
    "ku": (
        "وەزارەتی کارەبا", "وەزارەتی سەرچاوەکانی ئاو", "وەزارەتی تەندروستی",
        "وەزارەتی پلاندانان", "وەزارەتی نەوت", "وەزارەتی پەروەردە", "وەزارەتی کشتوکاڵ",
        "وەزارەتی گواستنەوە", "وەزارەتی ئاوەدانکردنەوە و نیشتەجێکردن", "وەزارەتی بازرگانی",
        "وەزارەتی لاوان و وەرزش", "وەزارەتی ڕۆشنبیری",
    ),
    "tk": (
        "Elektrik Bakanlığı", "Su Kaynakları Bakanlığı", "Sağlık Bakanlığı", "Planlama Bakanlığı",
        "Petrol Bakanlığı", "Eğitim Bakanlığı", "Tarım Bakanlığı", "Ulaştırma Bakanlığı",
        "İmar ve İskân Bakanlığı", "Ticaret Bakanlığı", "Gençlik ve Spor Bakanlığı",
        "Kültür Bakanlığı",
    ),
}  # fmt: skip
PROJECTS = {
    "ku": (
        "وێستگەی کارەبا", "وێستگەی پاڵاوتنی ئاو", "قوتابخانە", "نەخۆشخانە", "ڕێگا", "پرد",
        "کۆمەڵگەی نیشتەجێبوون", "سایلۆی دانەوێڵە", "بنکەی تەندروستی", "هۆڵی وەرزشی",
        "پرۆژەی ئاودێری",
    ),
    "tk": (
        "elektrik santrali", "su arıtma tesisi", "okul", "hastane", "yol", "köprü",
        "konut kompleksi", "tahıl silosu", "sağlık merkezi", "spor salonu", "sulama projesi",
    ),
}  # fmt: skip
OFFICIALS = {
    "ku": (
        "سەعد عەبدولواحید", "قاسم مەنسووری", "خالید فەتحی", "عەدنان شاکر", "لەیلا حەموودی",
        "جاسم بەدری", "نادیە شەریف", "حامید زوبەیدی",
    ),
    "tk": (
        "Saad Abdulvahid", "Kasım Mansuri", "Halid Fethi", "Adnan Şakir", "Leyla Hamudi",
        "Casim Bedri", "Nadiye Şerif", "Hamid Zübeydi",
    ),
}  # fmt: skip
AUTHORS = {
    "ku": (
        "ئاسۆ کەریم", "شیلان ڕەشید", "هێمن عومەر", "ڕێباز ئەحمەد", "نەسرین جەلال", "دانا مەحموود",
        "ژیان عەلی", "کاروان سەعید",
    ),
    "tk": (
        "Ayşe Yılmaz", "Mehmet Demir", "Zeynep Kaya", "Hasan Bayatlı", "Emel Salihi",
        "Murat Tuzlu", "Leyla Neftçi", "Yavuz Erbil",
    ),
}  # fmt: skip
PHOTOGRAPHERS = {
    "ku": ("کاروان ئەحمەد", "سۆران عەلی", "ئارام حەسەن", "هەڵۆ کەمال"),
    "tk": ("Ali Kaya", "Ahmet Demirci", "Sinan Terzi", "Orhan Bayraktar"),
}
TRANSLATORS = {"ku": ("ڤیان مستەفا", "بەختیار ئەمین"), "tk": ("Nermin Tuzlu", "Kemal Aydın")}
# Datelines with the agency as the Kurdish and Turkmen pages write it (INA in Latin letters).
AGENCY = "INA"
PHOTO_LABELS = {"ku": ("وێنە", "فۆتۆ"), "tk": ("Fotoğraf", "Foto")}
TRANSLATOR_LABEL = {"ku": "وەرگێڕان", "tk": "Çeviri"}
AND = {"ku": "و", "tk": "ve"}

# Gregorian months: Kurdish spellings of the Syriac-derived names, and Turkish names.
MONTHS_KU = (
    "کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەمموز", "ئاب", "ئەیلوول",
    "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم",
)  # fmt: skip
MONTHS_KU_SOLAR = (
    "خاکەلێوە", "گوڵان", "جۆزەردان", "پووشپەڕ", "گەلاوێژ", "خەرمانان", "ڕەزبەر", "گەڵاڕێزان",
    "سەرماوەز", "بەفرانبار", "ڕێبەندان", "ڕەشەمە",
)  # fmt: skip
MONTHS_TK = (
    "Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
    "Kasım", "Aralık",
)  # fmt: skip
WEEKDAYS = {
    "ku": ("دووشەممە", "سێشەممە", "چوارشەممە", "پێنجشەممە", "هەینی", "شەممە", "یەکشەممە"),
    "tk": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
}
TODAY = {"ku": "ئەمڕۆ", "tk": "Bugün"}
YESTERDAY = {"ku": "دوێنێ", "tk": "Dün"}

# Sentence templates; slots: {ministry} {official} {city} {project} {weekday} {n} {m} {year}
# {q1} {q2}. The first is always the story's first sentence.
SENTENCES = {
    "ku": (
        "{ministry} ئەمڕۆ {weekday} ڕایگەیاند کە {n} لە سەدی پرۆژەی {project} لە {city} تەواو بووە.",
        'گوتەبێژی {ministry}، {official}، لە ڕاگەیەندراوێکدا ڕایگەیاند کە "{q1}".',
        'ئەو گوتی کە "{q1}"، و جەختی کردەوە کە "{q2}".',
        "پرۆژەکە {m} {project} لەخۆ دەگرێت و چاوەڕوان دەکرێت تا کۆتایی ساڵی {year} تەواو بێت.",
        "تیمەکان بە هەماهەنگی لەگەڵ حکومەتی خۆجێیی {city} و فەرمانگە پەیوەندیدارەکان کار دەکەن.",
        "بەپێی ڕاگەیەندراوەکە، تێچووی پرۆژەکە {n} ملیار دینار بووە لە بودجەی ساڵی {year}.",
        "لیژنەکە سەردانی {m} پرۆژەی لە {city} کرد و بەرەوپێشچوونی کارەکانی هەڵسەنگاند.",
        "پارێزگاری {city} جەختی لە گرنگی تەواوکردنی {project} لە کاتی خۆیدا کردەوە.",
    ),
    "tk": (
        "{ministry}, {weekday} günü {city} ilindeki {project} projesinin yüzde {n} oranında tamamlandığını açıkladı.",
        '{ministry} sözcüsü {official}, yaptığı yazılı açıklamada "{q1}" dedi.',
        '{official}, "{q1}" diyerek "{q2}" vurgusunu yaptı.',
        "Proje {m} adet {project} inşasını kapsıyor ve {year} yılı sonuna kadar bitirilmesi bekleniyor.",
        "Çalışmalar {city} yerel yönetimi ve ilgili kurumlarla koordineli olarak yürütülüyor.",
        "Açıklamaya göre projenin maliyeti {year} bütçesinden karşılanan {n} milyar dinar oldu.",
        "Komite {city} ilindeki {m} projeyi ziyaret ederek çalışmaların ilerleyişini inceledi.",
        "{city} valisi, {project} projesinin zamanında tamamlanmasının önemine dikkat çekti.",
    ),
}
QUOTES = {
    "ku": (
        "وەزارەت بەردەوامە لە جێبەجێکردنی پرۆژە خزمەتگوزارییەکانی لە هەموو پارێزگاکان",
        "کارەکان بەپێی خشتەی کاتی دیاریکراو بەڕێوە دەچن",
        "تیمەکان شەو و ڕۆژ کار دەکەن بۆ تەواوکردنی قۆناغەکانی ماوە",
        "بودجەی پێویست بۆ پرۆژەکە دابین کراوە",
    ),
    "tk": (
        "bakanlık tüm illerde hizmet projelerini uygulamaya devam ediyor",
        "çalışmalar belirlenen takvime göre ilerliyor",
        "ekipler kalan aşamaları bitirmek için gece gündüz çalışıyor",
        "projenin mali ödenekleri sağlandı",
    ),
}
SUBHEADINGS = {
    "ku": ("پرۆژەکان لە پارێزگاکان", "پلانەکانی داهاتوو", "بودجەی دارایی", "قۆناغی داهاتوو"),
    "tk": ("İllerdeki projeler", "Gelecek planları", "Mali ödenekler", "Sonraki aşama"),
}
TITLES = {
    "ku": (
        "{ministry}: {n} لە سەدی پرۆژەی {project} لە {city} تەواو بوو",
        "دەستپێکردنی نۆژەنکردنەوەی {m} {project} لە {city}",
        "لیژنەیەک بەرەوپێشچوونی پرۆژەی {project} لە {city} هەڵدەسەنگێنێت",
        "کردنەوەی {m} {project} لە {city} پێش کۆتایی ساڵی {year}",
    ),
    "tk": (
        "{ministry}: {city} ilindeki {project} projesinin yüzde {n} oranı tamamlandı",
        "{city} ilinde {m} {project} için yenileme çalışmaları başladı",
        "Komite {city} ilindeki {project} projesinin ilerleyişini inceledi",
        "{city} ilinde {year} sonundan önce {m} yeni {project} açılacak",
    ),
}
CAPTIONS = {
    "ku": ("دیمەنێک لە پرۆژەی {project} لە {city}", "کارکردن لە شوێنی {project} لە {city}"),
    "tk": ("{city} ilindeki {project} projesinden bir görünüm", "{city} şantiyesinde çalışmalar"),
}
MARKER = {
    "ku": "[هەواڵی تاقیکاری: داتای دروستکراو بۆ تاقیکردنەوە، هەواڵی INA نییە]",
    "tk": "[Sentetik örnek haber: test için üretilmiş veri, INA haberi değildir]",
}
