"""Content records for the famD page families (synthetic stories, not INA content).

A paragraph starting with "## " is a subheading: rendered bold, a paragraph of its own.
"""

from __future__ import annotations

EN_STORIES: list[dict] = [
    {
        "title": "Oil Ministry announces rise in southern exports for March",
        "category": "Economy",
        "paras": [
            "The Ministry of Oil announced on Sunday that crude exports from the southern ports rose by four percent in March compared with the previous month.",
            "Ministry spokesman Asim Jihad said in a statement that the average daily export reached three million and three hundred thousand barrels.",
            "## Revenues",
            "He added that the revenues of the month exceeded seven billion dollars, the highest monthly figure since the start of the year.",
            "The statement noted that the loading operations at the Basra Oil Terminal continued without interruption despite the bad weather.",
        ],
    },
    {
        "title": "Security forces seize weapons cache in Diyala orchards",
        "category": "Security",
        "paras": [
            "The Security Media Cell said on Monday that a joint force found a large weapons cache hidden in orchards north of Baquba.",
            "The cell explained in a statement that the cache contained rockets, mortar rounds and explosive belts left by terrorist remnants.",
            "It added that engineering teams destroyed the explosives in a controlled way without casualties.",
        ],
    },
    {
        "title": "Health Ministry opens new cancer treatment centre in Najaf",
        "category": "Health",
        "paras": [
            "The Minister of Health opened on Tuesday a specialised centre for the treatment of tumours in the holy city of Najaf.",
            "The minister said during the opening that the centre includes two linear accelerators and one hundred beds for patients from the middle Euphrates provinces.",
            "## Reducing travel abroad",
            "He stressed that the new centres aim to reduce the number of patients who travel abroad for treatment.",
            "The director of the Najaf health department said that the centre will receive patients starting next week.",
        ],
    },
    {
        "title": "Education Ministry sets dates for sixth preparatory exams",
        "category": "Education",
        "paras": [
            "The Ministry of Education set on Wednesday the dates of the ministerial exams for the sixth preparatory grade.",
            "The ministry said in a statement that the exams of the first round will start on the twelfth of June for all branches.",
            "It called on students to follow the official page of the ministry for the timetable and the instructions.",
            "The statement added that the results of the second intermediate grade will be announced later this month.",
        ],
    },
    {
        "title": "Electoral Commission completes distribution of voter cards",
        "category": "Politics",
        "paras": [
            "The Independent High Electoral Commission announced on Thursday the completion of the distribution of biometric voter cards in most provinces.",
            "The head of the commission media team said that more than eighteen million cards have been handed to voters so far.",
            "## Deadline extended",
            "He explained that the board of commissioners decided to extend the distribution period for two more weeks in Baghdad and Nineveh.",
            "The commission urged citizens who have not yet received their cards to visit the registration centres in their areas.",
        ],
    },
    {
        "title": "Meteorology expects rain and a drop in temperatures",
        "category": "Local",
        "paras": [
            "The Iraqi Meteorological Organization expected on Friday rain showers in the northern and central regions in the coming days.",
            "The organization said in its daily bulletin that temperatures will drop by four to six degrees compared with the previous day.",
            "It added that the winds will be north-westerly and moderate, and may become active at times in the western desert.",
        ],
    },
    {
        "title": "Foreign Minister receives the Japanese ambassador in Baghdad",
        "category": "Politics",
        "paras": [
            "The Minister of Foreign Affairs received on Saturday the ambassador of Japan to Iraq, and discussed with him the bilateral relations.",
            "A statement by the ministry said that the two sides discussed Japanese loans for water and electricity projects in several provinces.",
            "The ambassador affirmed the desire of his country to expand the work of its companies in Iraq during the coming period.",
            "## Reconstruction",
            "The minister praised the role of Japan in supporting the reconstruction of the liberated areas.",
        ],
    },
    {
        "title": "Trade Ministry receives first wheat shipments from Wasit farmers",
        "category": "Economy",
        "paras": [
            "The Ministry of Trade announced the start of receiving wheat crops from farmers in Wasit province at its silos.",
            "The general manager of the grain board said that the silos received more than ten thousand tons in the first three days.",
            "He explained that the dues of farmers will be paid within two weeks of the delivery through the banks.",
            "The board called on farmers to deliver clean crops free of impurities to get the full price.",
        ],
    },
    {
        "title": "Planning Ministry launches preparations for the population census",
        "category": "Local",
        "paras": [
            "The Ministry of Planning launched on Sunday the preparations for the general population census with a workshop for field teams.",
            "The ministry spokesman said that the census will use tablets for the first time to collect the data electronically.",
            "## Training the enumerators",
            "He added that more than one hundred thousand enumerators will be trained in the coming months in all provinces.",
            "The spokesman noted that the results will help the government to plan services and development projects.",
        ],
    },
    {
        "title": "Electricity Ministry adds new units to the national grid",
        "category": "Economy",
        "paras": [
            "The Ministry of Electricity announced on Monday the addition of two new gas units to the national grid at the Bismaya station.",
            "The ministry said in a statement that the two units provide five hundred megawatts to the southern districts of Baghdad.",
            "It added that the maintenance teams are working around the clock to prepare the stations for the summer peak.",
            "The statement stressed the importance of rationalising consumption during the hours of peak demand.",
        ],
    },
]

AR_STORIES: list[dict] = [
    {
        "title": "وزارة النفط تعلن ارتفاع صادرات الموانئ الجنوبية",
        "category": "اقتصادية",
        "paras": [
            "أعلنت وزارة النفط، اليوم الأحد، ارتفاع صادرات النفط الخام من الموانئ الجنوبية خلال الشهر الماضي.",
            "وقال المتحدث باسم الوزارة في بيان إن معدل التصدير اليومي بلغ ثلاثة ملايين وثلاثمئة ألف برميل.",
            "## الإيرادات المتحققة",
            "وأضاف أن الإيرادات المتحققة تجاوزت سبعة مليارات دولار، وهي الأعلى منذ بداية العام.",
            "وأشار البيان إلى أن عمليات التحميل في الموانئ استمرت من دون توقف رغم سوء الأحوال الجوية.",
        ],
    },
    {
        "title": "القوات الأمنية تضبط أكداس عتاد في بساتين ديالى",
        "category": "أمنية",
        "paras": [
            "أعلنت خلية الإعلام الأمني، اليوم الاثنين، العثور على أكداس من العتاد مخبأة في بساتين شمال بعقوبة.",
            "وذكرت الخلية في بيان أن الأكداس تضمنت صواريخ وقذائف هاون وأحزمة ناسفة من مخلفات الإرهابيين.",
            "وأضافت أن الفرق الهندسية فجرت المواد المتفجرة تفجيرا مسيطرا عليه من دون خسائر.",
        ],
    },
    {
        "title": "وزير الصحة يفتتح مركزا لعلاج الأورام في النجف الأشرف",
        "category": "صحة",
        "paras": [
            "افتتح وزير الصحة، اليوم الثلاثاء، مركزا تخصصيا لعلاج الأورام في محافظة النجف الأشرف.",
            "وقال الوزير خلال الافتتاح إن المركز يضم معجلين خطيين ومئة سرير للمرضى من محافظات الفرات الأوسط.",
            "## تقليل السفر للعلاج",
            "وأكد أن المراكز الجديدة تهدف إلى تقليل أعداد المرضى المسافرين إلى خارج البلاد للعلاج.",
        ],
    },
    {
        "title": "التربية تحدد موعد الامتحانات الوزارية للسادس الإعدادي",
        "category": "محليات",
        "paras": [
            "حددت وزارة التربية، اليوم الأربعاء، موعد الامتحانات الوزارية للصف السادس الإعدادي.",
            "وقالت الوزارة في بيان إن امتحانات الدور الأول ستنطلق في الثاني عشر من حزيران المقبل لجميع الفروع.",
            "ودعت الطلبة إلى متابعة الصفحة الرسمية للوزارة للاطلاع على الجدول والتعليمات.",
            "وأضاف البيان أن نتائج الثالث المتوسط ستعلن في وقت لاحق من الشهر الجاري.",
        ],
    },
    {
        "title": "الأنواء الجوية تتوقع أمطارا وانخفاضا في درجات الحرارة",
        "category": "محليات",
        "paras": [
            "توقعت هيئة الأنواء الجوية، اليوم الجمعة، تساقط أمطار في المناطق الشمالية والوسطى خلال الأيام المقبلة.",
            "وقالت الهيئة في نشرتها اليومية إن درجات الحرارة ستنخفض بمقدار أربع إلى ست درجات عن اليوم السابق.",
            "## رياح نشطة",
            "وأضافت أن الرياح ستكون شمالية غربية معتدلة تنشط أحيانا في المنطقة الغربية.",
            "وأوضحت أن الطقس سيعود إلى الاستقرار مطلع الأسبوع المقبل.",
        ],
    },
    {
        "title": "مفوضية الانتخابات تكمل توزيع البطاقات البايومترية",
        "category": "سياسية",
        "paras": [
            "أعلنت المفوضية العليا المستقلة للانتخابات، اليوم الخميس، إكمال توزيع البطاقات البايومترية في أغلب المحافظات.",
            "وقال رئيس الفريق الإعلامي للمفوضية إن أكثر من ثمانية عشر مليون بطاقة سلمت للناخبين حتى الآن.",
            "وأوضح أن مجلس المفوضين قرر تمديد مدة التوزيع أسبوعين في بغداد ونينوى.",
        ],
    },
]

EN_PEOPLE = [
    "Amna Al-Salami",
    "Noor Al-Zaidi",
    "Ali Hussein Jabbar",
    "Sarah Al-Obaidi",
    "Mustafa Kamel",
    "Zainab Raheem",
]
EN_PHOTOGRAPHERS = ["Safaa Alwan", "Ahmed Jalil", "Hussein Taleb", "Karim Alaasm"]
EN_TRANSLATORS = ["Emad Atta", "Muntadhar Hashem"]
EN_PLACES = ["Baghdad", "Baghdad", "Baghdad", "Basra", "Erbil", "London", "Najaf"]
AR_PEOPLE = ["آمنة السلامي", "فاطمة رحمة", "علي حسين جبار", "زينب رحيم", "مصطفى كامل"]
AR_PHOTOGRAPHERS = ["كرم الأعسم", "حسين طالب", "صفاء علوان"]
AR_PLACES = ["بغداد", "بغداد", "بغداد", "البصرة", "النجف", "أربيل"]
