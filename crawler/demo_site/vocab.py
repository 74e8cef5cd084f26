"""Word lists of the synthetic INA-like site: invented names, places, categories and news phrases.

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

# Sentence templates. Slots: {ministry} {official} {city} {n} {m} {project} {projects}
# {commodity} {beneficiaries} {year}; "{q1}"/"{q2}" are quoted clauses from the lists below.
# The search page and the README suggest queries such as `oil exports`, `"prime minister"` and
# `الوزير`: the demo keeps them findable (tests/test_demo_serving.py). Arabic wording changes here
# also change the saved pages of tests/pages/generated-*; the Arabic subheadings are the safe place.
SENTENCES_EN = (
    "{Ministry} announced on {weekday} the completion of {n} percent of the {project} project in {city}.",
    'The spokesman for {ministry}, {official}, said in a statement received by the Iraqi News Agency (INA) that "{q1}".',
    '{official}, director general at {ministry}, told the Iraqi News Agency (INA) that "{q1}", noting that "{q2}".',
    'He added that "{q1}", stressing that "{q2}".',
    "The project includes {m} {projects} and is expected to be finished by the end of {year}.",
    "{Ministry} revealed a plan to increase the production and exports of {commodity} by {n} percent during the coming season.",
    "The work is being carried out on the directives of the Prime Minister, in coordination with the local government in {city} and the relevant departments.",
    "The teams distributed {m} residential plots to {beneficiaries} in {city}, according to the statement.",
    'She pointed out that "{q1}".',
    "The committee visited {m} {projects} in {city} and reviewed the progress of work and the obstacles facing it.",
    "According to the statement, the cost of the project amounted to {n} billion dinars, funded from the {year} budget.",
    "{Ministry} also indicated that the rehabilitation of {m} {projects} in the southern provinces had begun.",
    "The governor of {city} stressed the importance of completing the {project} on schedule to serve the citizens.",
    "Officials said the {projects} will provide {commodity} to more than {n} thousand residents.",
)
QUOTES_EN = (
    "the ministry is continuing to implement its service projects in all provinces",
    "work on the new {projects} is proceeding according to the set timetable",
    "the teams are working around the clock to finish the remaining stages",
    "the project will reduce the pressure on the existing {projects} in {city}",
    "the financial allocations for the project have been secured",
    "priority is given to the areas that suffer from a shortage of services",
    "the field teams have completed the survey of the affected areas",
    "the coming months will witness the opening of {m} new {projects}",
)
SUBHEADINGS_EN = (
    "Projects in the provinces",
    "Future plans",
    "Financial allocations",
    "Field visits",
    "Coordination with local governments",
    "Next stage",
    "Services for citizens",
    "Production figures",
)
TITLES_EN = (
    "{Ministry_short} announces completion of {n} percent of {project} project in {city}",
    "{Ministry_short} plans to raise {commodity} production by {n} percent",
    "{m} {projects} to open in {city} before the end of {year}",
    "Work begins on rehabilitating {m} {projects} in {city}",
    "{Ministry_short} distributes {m} residential plots to {beneficiaries} in {city}",
    "Committee reviews progress of {project} project in {city}",
    "{city} governor: {project} project to be completed on schedule",
)
CAPTIONS_EN = (
    "A view of the {project} project in {city}",
    "Workers at the site of the {project} in {city}",
    "Members of the committee during their visit to {city}",
)

SENTENCES_AR = (
    "{ministry_v} {announced} اليوم {weekday_ar} عن إنجاز {n} بالمئة من مشروع {project_ar} في {city_ar}.",
    'وقال المتحدث باسم {ministry_ar} {official_ar} في بيان تلقته وكالة الأنباء العراقية (واع) إن "{q1}".',
    'وذكر {official_ar} مدير عام في {ministry_ar} لوكالة الأنباء العراقية (واع) أن "{q1}"، مبيناً أن "{q2}".',
    'وأضاف أن "{q1}"، مؤكداً أن "{q2}".',
    "ويتضمن المشروع إنشاء {m} {projects_ar} ومن المؤمل إنجازه نهاية عام {year}.",
    "{ministry_v} {revealed} عن خطة لزيادة إنتاج {commodity_ar} بنسبة {n} بالمئة خلال الموسم المقبل.",
    "ويجري العمل بالتنسيق مع الحكومة المحلية في {city_ar} والدوائر ذات العلاقة.",
    "ووزعت الفرق {m} قطعة أرض سكنية على {beneficiaries_ar} في {city_ar} بحسب البيان.",
    'وأشار إلى أن "{q1}".',
    "واطلعت اللجنة على سير العمل في {m} {projects_ar} في {city_ar} والمعوقات التي تواجهها.",
    "وبلغت كلفة المشروع {n} مليار دينار بتمويل من موازنة عام {year} بحسب البيان.",
    "{ministry_v} {indicated} إلى المباشرة بتأهيل {m} {projects_ar} في المحافظات الجنوبية.",
    "وشدد محافظ {city_ar} على أهمية إنجاز {project_ar} وفق التوقيتات المحددة لخدمة المواطنين.",
    "وتوفر {projects_ar} الجديدة {commodity_ar} لأكثر من {n} ألف مواطن.",
)
QUOTES_AR = (
    "الوزارة مستمرة بتنفيذ مشاريعها الخدمية في جميع المحافظات",
    "العمل في {projects_ar} الجديدة يسير وفق الجداول الزمنية المحددة",
    "الفرق تعمل على مدار الساعة لإكمال المراحل المتبقية",
    "المشروع سيخفف الضغط عن {projects_ar} القائمة في {city_ar}",
    "التخصيصات المالية للمشروع تم تأمينها بالكامل",
    "الأولوية للمناطق التي تعاني من نقص في الخدمات والمشاريع",
    "الفرق الميدانية أكملت مسح المناطق المتضررة وللمواطنين الحق بالمتابعة",
    "الأشهر المقبلة ستشهد افتتاح {m} {projects_ar} جديدة",
)
SUBHEADINGS_AR = (
    "المشاريع في المحافظات",
    "الخطط المستقبلية",
    "التخصيصات المالية",
    "زيارات الوزير الميدانية",
    "التنسيق مع الحكومات المحلية",
    "المرحلة المقبلة",
    "الخدمات للمواطنين",
    "أرقام الإنتاج",
)
TITLES_AR = (
    "{ministry_v} تعلن إنجاز {n} بالمئة من مشروع {project_ar} في {city_ar}",
    "{ministry_v} تخطط لرفع إنتاج {commodity_ar} بنسبة {n} بالمئة",
    "افتتاح {m} {projects_ar} في {city_ar} قبل نهاية عام {year}",
    "المباشرة بتأهيل {m} {projects_ar} في {city_ar}",
    "{ministry_v} توزع {m} قطعة أرض سكنية على {beneficiaries_ar} في {city_ar}",
    "لجنة تطلع على سير العمل بمشروع {project_ar} في {city_ar}",
)
CAPTIONS_AR = (
    "جانب من مشروع {project_ar} في {city_ar}",
    "العمل في موقع {project_ar} في {city_ar}",
)
# Spelling variants INA mixes freely (hamza on alef, verbs with and without it).
ANNOUNCED_AR = ("أعلنت", "اعلنت")
REVEALED_AR = ("كشفت", "كشفت")
INDICATED_AR = ("أشارت", "اشارت")
WEEKDAYS_AR = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")

TELEGRAM_LINE_AR = "ليصلك المزيد من الأخبار اشترك بقناتنا على التليكرام"
MARKER_EN = "[Synthetic sample release: generated test data, not an INA release]"
MARKER_AR = "[خبر تجريبي مُولَّد لأغراض الاختبار وليس من أخبار الوكالة]"
