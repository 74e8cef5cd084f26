"""Word lists of the synthetic INA-like site: invented names, places, categories, months.

Every person named here is invented. Institutions are generic (ministries, provinces); the
statements built from these phrases are sample data, and every page says so.
"""

from __future__ import annotations

# (slug, English name, Arabic name), most frequent first: facets get a Zipf-like spread.
CATEGORIES = (
    ("iraq", "Iraq", "محليات"),
    ("politics", "Politics", "سياسية"),
    ("security", "Security", "أمنية"),
    ("economy", "Economy", "اقتصادية"),
    ("world", "World", "دولية"),
    ("sports", "Sports", "رياضية"),
    ("health", "Health", "صحة"),
    ("culture", "Culture", "ثقافية"),
)

# (English, Arabic); the first ones are Iraqi cities, the last few foreign datelines.
CITIES = (
    ("Baghdad", "بغداد"),
    ("Basra", "البصرة"),
    ("Nineveh", "نينوى"),
    ("Erbil", "أربيل"),
    ("Najaf", "النجف"),
    ("Karbala", "كربلاء"),
    ("Anbar", "الأنبار"),
    ("Diyala", "ديالى"),
    ("Kirkuk", "كركوك"),
    ("Babylon", "بابل"),
    ("Wasit", "واسط"),
    ("Dhi Qar", "ذي قار"),
    ("Maysan", "ميسان"),
    ("Muthanna", "المثنى"),
    ("Diwaniyah", "الديوانية"),
    ("Salahuddin", "صلاح الدين"),
    ("Sulaymaniyah", "السليمانية"),
    ("Duhok", "دهوك"),
)
FOREIGN_CITIES = (
    ("London", "لندن"),
    ("Cairo", "القاهرة"),
    ("Amman", "عمّان"),
    ("Paris", "باريس"),
    ("Geneva", "جنيف"),
)

# Invented staff names, most frequent first.
AUTHORS_EN = (
    "Huda Al-Karkhi",
    "Mustafa Jabbar",
    "Rusul Kadhim",
    "Haider Al-Nouri",
    "Zainab Fadhil",
    "Omar Al-Tamimi",
    "Sura Hameed",
    "Karrar Al-Obaidi",
    "Noor Al-Hashimi",
    "Yasser Abdul-Kareem",
    "Dalia Mahmoud",
    "Ahmed Sabah",
    "Maryam Al-Jubouri",
    "Ali Raad",
    "Hiba Salman",
    "Samer Al-Dulaimi",
    "Tiba Qasim",
    "Firas Al-Rubaie",
    "Lina Aziz",
    "Bashar Talib",
)
PHOTOGRAPHERS_EN = (
    "Karam Hadi",
    "Hussein Talib",
    "Ammar Yousif",
    "Mohammed Al-Saadi",
    "Ziad Fakhri",
    "Sajjad Hamza",
    "Raed Nasser",
    "Wissam Adel",
    "Bilal Jawad",
    "Hassan Mehdi",
)
TRANSLATORS_EN = ("Muntadher Saleh", "Rana Hikmat", "Ibrahim Fawzi", "Shahad Riyadh")

AUTHORS_AR = (
    "هدى الكرخي",
    "مصطفى جبار",
    "رسل كاظم",
    "حيدر النوري",
    "زينب فاضل",
    "عمر التميمي",
    "سرى حميد",
    "كرار العبيدي",
    "نور الهاشمي",
    "ياسر عبد الكريم",
    "داليا محمود",
    "أحمد صباح",
    "مريم الجبوري",
    "علي رعد",
    "هبة سلمان",
    "سامر الدليمي",
)
PHOTOGRAPHERS_AR = (
    "كرم هادي",
    "حسين طالب",
    "عمار يوسف",
    "محمد الساعدي",
    "زياد فخري",
    "سجاد حمزة",
    "رائد ناصر",
    "وسام عادل",
)

# Invented officials quoted in bodies: (English name, Arabic name).
OFFICIALS = (
    ("Saad Abdul-Wahid", "سعد عبد الواحد"),
    ("Qasim Al-Mansouri", "قاسم المنصوري"),
    ("Khalid Fathi", "خالد فتحي"),
    ("Adnan Shakir", "عدنان شاكر"),
    ("Layla Hamoudi", "ليلى حمودي"),
    ("Jassim Al-Badri", "جاسم البدري"),
    ("Nadia Sharif", "نادية شريف"),
    ("Hamid Al-Zubaidi", "حامد الزبيدي"),
)

# (English, Arabic, Arabic variant): the variant differs in hamza/alef spelling, as INA's does.
MINISTRIES = (
    ("the Ministry of Electricity", "وزارة الكهرباء", "وزارة الكهرباء"),
    ("the Ministry of Water Resources", "وزارة الموارد المائية", "وزارة الموارد المائية"),
    ("the Ministry of Health", "وزارة الصحة", "وزارة الصحة"),
    ("the Ministry of Planning", "وزارة التخطيط", "وزارة التخطيط"),
    ("the Ministry of Oil", "وزارة النفط", "وزارة النفط"),
    ("the Ministry of Education", "وزارة التربية", "وزارة التربية"),
    ("the Ministry of Agriculture", "وزارة الزراعة", "وزارة الزراعة"),
    ("the Ministry of Transport", "وزارة النقل", "وزارة النقل"),
    (
        "the Ministry of Construction and Housing",
        "وزارة الإعمار والإسكان",
        "وزارة الاعمار والاسكان",
    ),
    ("the Ministry of Trade", "وزارة التجارة", "وزارة التجارة"),
    ("the Ministry of Youth and Sports", "وزارة الشباب والرياضة", "وزارة الشباب والرياضة"),
    ("the Ministry of Culture", "وزارة الثقافة", "وزارة الثقافة"),
)

# (English singular, English plural, Arabic singular, Arabic plural).
PROJECTS = (
    ("power station", "power stations", "محطة كهرباء", "محطات كهرباء"),
    ("water treatment plant", "water treatment plants", "محطة تصفية", "محطات تصفية"),
    ("school", "schools", "مدرسة", "مدارس"),
    ("hospital", "hospitals", "مستشفى", "مستشفيات"),
    ("road", "roads", "طريق", "طرق"),
    ("bridge", "bridges", "جسر", "جسور"),
    ("housing complex", "housing complexes", "مجمع سكني", "مجمعات سكنية"),
    ("grain silo", "grain silos", "سايلو للحبوب", "سايلوات للحبوب"),
    ("health centre", "health centres", "مركز صحي", "مراكز صحية"),
    ("sports hall", "sports halls", "قاعة رياضية", "قاعات رياضية"),
    ("irrigation project", "irrigation projects", "مشروع إروائي", "مشاريع إروائية"),
)

COMMODITIES = (
    ("wheat", "الحنطة"),
    ("dates", "التمور"),
    ("crude oil", "النفط الخام"),
    ("natural gas", "الغاز الطبيعي"),
    ("electric power", "الطاقة الكهربائية"),
    ("drinking water", "مياه الشرب"),
)

BENEFICIARIES = (
    ("displaced families", "الأسر النازحة"),
    ("low-income families", "العوائل المتعففة"),
    ("graduates", "الخريجين"),
    ("farmers", "الفلاحين"),
    ("teachers", "المعلمين"),
    ("retirees", "المتقاعدين"),
)

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_AR_IRAQI = (
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
)
MONTHS_AR_EGYPTIAN = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
)

# Spelling variants INA mixes freely (hamza on alef, verbs with and without it).
ANNOUNCED_AR = ("أعلنت", "اعلنت")
REVEALED_AR = ("كشفت", "كشفت")
INDICATED_AR = ("أشارت", "اشارت")
WEEKDAYS_AR = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")

TELEGRAM_LINE_AR = "ليصلك المزيد من الأخبار اشترك بقناتنا على التليكرام"
MARKER_EN = "[Synthetic sample release: generated test data, not an INA release]"
MARKER_AR = "[خبر تجريبي مُولَّد لأغراض الاختبار وليس من أخبار الوكالة]"
