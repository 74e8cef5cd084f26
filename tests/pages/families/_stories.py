"""Synthetic story texts shared by the family generators (not INA content).

Each story is (title, category, paragraphs); a paragraph starting with "## " is a subheading,
one starting with "* " is a list item. The generators strip these markers for the labels.
"""

EN_STORIES: list[tuple[str, str, list[str]]] = [
    (
        "Oil Ministry announces rise in southern exports for March",
        "Economy",
        [
            "The Ministry of Oil announced on Tuesday that crude exports from the southern ports rose to 3.4 million barrels per day during March.",
            "Ministry spokesman Asim Jihad said the increase came after maintenance work on two offshore loading buoys was completed ahead of schedule.",
            "## Revenues",
            "He added that revenues for the month exceeded 8.1 billion dollars, according to preliminary figures from the State Oil Marketing Organization (SOMO).",
            "Jihad told the Iraqi News Agency (INA) that the ministry expects exports to remain stable during the second quarter.",
        ],
    ),
    (
        "Health Ministry launches national vaccination campaign against measles",
        "Health",
        [
            "The Ministry of Health launched on Sunday a national campaign to vaccinate children under five against measles and rubella.",
            "The director of public health said that more than 1,200 mobile teams will visit homes in all governorates for ten days.",
            "Parents are asked to keep vaccination cards and to report any missed child to the nearest health centre.",
            "## Targets",
            "The campaign aims to reach 4.5 million children, the ministry said, with special attention to remote districts.",
            "The World Health Organization and UNICEF provided vaccines and cold-chain equipment for the campaign.",
        ],
    ),
    (
        "Security forces arrest terrorist cell in Kirkuk desert",
        "Security",
        [
            "The Security Media Cell announced on Monday the arrest of a five-member terrorist cell in the desert south-west of Kirkuk.",
            "The cell said in a statement that the operation was carried out on accurate intelligence information and in coordination with the army aviation.",
            "The statement added that weapons, explosive belts and communication devices were seized in two hideouts.",
            "The detainees were handed over to the competent authorities to complete legal procedures.",
        ],
    ),
    (
        "Ministry of Education sets date for ministerial exams",
        "Education",
        [
            "The Ministry of Education set on Thursday the dates of the ministerial exams for the sixth preparatory grade.",
            "The ministry said in a statement that the exams will start on June 15 and last for three weeks.",
            "## Instructions",
            "* Students must arrive at exam halls thirty minutes early.",
            "* Mobile phones are not allowed inside the halls.",
            "* Results will be published on the ministry's electronic portal.",
            "The minister stressed that strict measures will be taken against cheating attempts.",
        ],
    ),
    (
        "Meteorology forecasts dust storms and rising temperatures",
        "Local",
        [
            "The General Authority for Meteorology forecast on Wednesday dusty weather and a gradual rise in temperatures in most regions of the country.",
            "The authority said that horizontal visibility will drop to less than one kilometre in the western and southern regions.",
            "Temperatures will reach 46 degrees Celsius in Baghdad and 48 degrees in Basra by the weekend.",
            "Citizens with respiratory diseases were advised to stay indoors during the storms.",
        ],
    ),
    (
        "Electoral Commission completes distribution of voter cards",
        "Politics",
        [
            "The Independent High Electoral Commission announced on Saturday the completion of the distribution of biometric voter cards in ten governorates.",
            "Commission spokeswoman Jumana Al-Ghalai said that the number of registered voters has exceeded 23 million.",
            "She told the Iraqi News Agency (INA) that the remaining governorates will be completed within two weeks.",
            "## Observers",
            "The commission also began accrediting local and international observers for the provincial council elections.",
            "Al-Ghalai called on citizens who have not received their cards to visit the registration centres before the deadline.",
        ],
    ),
    (
        "Prime Minister receives Jordanian Foreign Minister in Baghdad",
        "Politics",
        [
            "Prime Minister received on Monday the Jordanian Minister of Foreign Affairs and his accompanying delegation.",
            "During the meeting, the two sides discussed bilateral relations and ways to develop them in the fields of energy, trade and transport.",
            "The Prime Minister stressed the importance of completing the oil pipeline project between Basra and Aqaba.",
            "The Jordanian minister conveyed the greetings of King Abdullah II and an invitation to visit Amman.",
            "The meeting also discussed regional developments and the importance of de-escalation.",
        ],
    ),
    (
        "Central Bank sells over 200 million dollars in auction",
        "Economy",
        [
            "The Central Bank of Iraq sold on Tuesday 204 million dollars in its currency auction, with the participation of 26 banks.",
            "The bank said that the selling price for documentary credits and international settlements was 1,310 dinars per dollar.",
            "Sales in the form of transfers abroad amounted to 181 million dollars, while cash sales reached 23 million dollars.",
        ],
    ),
    (
        "Baghdad Municipality opens new bridge in Al-Sadr City",
        "Local",
        [
            "Baghdad Municipality opened on Sunday a new bridge linking Al-Sadr City with the Army Canal Road.",
            "The Mayor of Baghdad said that the bridge, 420 metres long, will reduce traffic congestion in the eastern parts of the capital.",
            "## Next projects",
            "He added that work is under way on seven other bridges and interchanges that will be completed before the end of the year.",
            "Local residents welcomed the project, which was delayed for years due to the financial crisis.",
        ],
    ),
    (
        "Iraqi team qualifies for the Asian Cup semi-final",
        "Sports",
        [
            "The Iraqi national youth team qualified on Friday for the semi-final of the Asian Cup after defeating Uzbekistan 2-1.",
            "The team's coach said that the players showed great determination despite the hot weather.",
            "Iraq will meet the winner of the match between Japan and Saudi Arabia on Tuesday.",
            "The Minister of Youth and Sports congratulated the players and the technical staff on the achievement.",
        ],
    ),
    (
        "Ministry of Agriculture bans import of tomatoes and potatoes",
        "Economy",
        [
            "The Ministry of Agriculture decided on Wednesday to ban the import of tomatoes, potatoes and onions to protect the local product.",
            "The ministry spokesman said that local production covers the needs of the market during the coming months.",
            "He pointed out that border crossings have been informed of the decision, which takes effect from the beginning of next month.",
            "Farmers' unions in Basra and Karbala praised the decision and demanded its continuation.",
        ],
    ),
    (
        "Ministry of Water Resources increases releases to the Euphrates",
        "Local",
        [
            "The Ministry of Water Resources announced on Thursday an increase in water releases from the Haditha Dam to the Euphrates River.",
            "The ministry said the step aims to secure water for the summer agricultural plan and for drinking water stations in the southern governorates.",
            "## Storage",
            "It added that the strategic storage of dams and reservoirs is better than last year thanks to the winter rains.",
            "The minister called on farmers to use modern irrigation techniques to reduce waste.",
        ],
    ),
]

AR_STORIES: list[tuple[str, str, list[str]]] = [
    (
        "وزارة النفط تعلن ارتفاع صادرات الموانئ الجنوبية",
        "اقتصادية",
        [
            "أعلنت وزارة النفط، اليوم الثلاثاء، ارتفاع صادرات النفط الخام من الموانئ الجنوبية خلال شهر آذار.",
            "وقال المتحدث باسم الوزارة في تصريح لوكالة الأنباء العراقية (واع)، إن الزيادة جاءت بعد إكمال أعمال الصيانة على العوامات.",
            "## الإيرادات",
            "وأضاف أن الإيرادات المتحققة تجاوزت ثمانية مليارات دولار بحسب الأرقام الأولية لشركة تسويق النفط.",
            "وأشار إلى أن الوزارة تتوقع استقرار الصادرات خلال الربع الثاني من العام.",
        ],
    ),
    (
        "الصحة تطلق حملة وطنية للتلقيح ضد الحصبة",
        "صحة",
        [
            "أطلقت وزارة الصحة، اليوم الأحد، حملة وطنية لتلقيح الأطفال دون سن الخامسة ضد الحصبة والحصبة الألمانية.",
            "وقال مدير عام الصحة العامة إن أكثر من ألف فريق جوال سيزور المنازل في جميع المحافظات لمدة عشرة أيام.",
            "ودعا الأهالي إلى الاحتفاظ ببطاقات التلقيح ومراجعة أقرب مركز صحي.",
            "وتهدف الحملة إلى الوصول إلى أربعة ملايين طفل، مع اهتمام خاص بالمناطق النائية.",
        ],
    ),
    (
        "القبض على خلية إرهابية في صحراء كركوك",
        "أمنية",
        [
            "أعلنت خلية الإعلام الأمني، اليوم الاثنين، القبض على خلية إرهابية مكونة من خمسة عناصر في صحراء كركوك.",
            "وذكرت الخلية في بيان أن العملية نفذت بناء على معلومات استخبارية دقيقة وبالتنسيق مع طيران الجيش.",
            "وأضاف البيان أنه تم ضبط أسلحة وأحزمة ناسفة وأجهزة اتصال في مضافتين.",
            "وجرى تسليم المتهمين إلى الجهات المختصة لاستكمال الإجراءات القانونية بحقهم.",
        ],
    ),
    (
        "التربية تحدد موعد الامتحانات الوزارية للسادس الإعدادي",
        "محليات",
        [
            "حددت وزارة التربية، اليوم الخميس، موعد الامتحانات الوزارية لطلبة السادس الإعدادي.",
            "وقالت الوزارة في بيان إن الامتحانات ستنطلق في الخامس عشر من حزيران وتستمر ثلاثة أسابيع.",
            "## التعليمات",
            "* الحضور إلى القاعات قبل نصف ساعة من موعد الامتحان.",
            "* يمنع إدخال الهواتف النقالة إلى القاعات.",
            "وشدد الوزير على اتخاذ إجراءات صارمة بحق محاولات الغش.",
        ],
    ),
    (
        "الأنواء الجوية: عواصف ترابية وارتفاع في درجات الحرارة",
        "محليات",
        [
            "توقعت الهيئة العامة للأنواء الجوية، اليوم الأربعاء، طقسا مغبرا وارتفاعا تدريجيا في درجات الحرارة في أغلب المناطق.",
            "وقالت الهيئة إن مدى الرؤية الأفقية سينخفض إلى أقل من كيلومتر واحد في المنطقتين الغربية والجنوبية.",
            "وستصل درجات الحرارة إلى 46 درجة مئوية في بغداد و48 درجة في البصرة نهاية الأسبوع.",
            "ونصحت الهيئة المصابين بأمراض الجهاز التنفسي بملازمة منازلهم أثناء العواصف.",
        ],
    ),
    (
        "مفوضية الانتخابات تكمل توزيع البطاقات البايومترية",
        "سياسية",
        [
            "أعلنت المفوضية العليا المستقلة للانتخابات، اليوم السبت، إكمال توزيع البطاقات البايومترية في عشر محافظات.",
            "وقالت المتحدثة باسم المفوضية لوكالة الأنباء العراقية (واع)، إن عدد الناخبين المسجلين تجاوز 23 مليون ناخب.",
            "## المراقبون",
            "وأضافت أن المفوضية باشرت اعتماد المراقبين المحليين والدوليين لانتخابات مجالس المحافظات.",
            "ودعت المواطنين الذين لم يتسلموا بطاقاتهم إلى مراجعة مراكز التسجيل قبل انتهاء المدة.",
        ],
    ),
    (
        "أمانة بغداد تفتتح مجسرا جديدا في مدينة الصدر",
        "محليات",
        [
            "افتتحت أمانة بغداد، اليوم الأحد، مجسرا جديدا يربط مدينة الصدر بطريق قناة الجيش.",
            "وقال أمين بغداد إن المجسر سيخفف الزخم المروري في الجانب الشرقي من العاصمة.",
            "وأضاف أن العمل جار على سبعة مجسرات أخرى ستنجز قبل نهاية العام الحالي.",
            "ورحب سكان المنطقة بالمشروع الذي تأخر لسنوات بسبب الأزمة المالية.",
        ],
    ),
]

EN_REPORTERS = [
    "Amna Al-Salami",
    "Noor Al-Zaidi",
    "Ahmed Al-Tamimi",
    "Zainab Kareem",
    "Haider Al-Rubaie",
    "Sara Jasim",
]
EN_PHOTOGRAPHERS = ["Safaa Alwan", "Ali Hashim", "Mustafa Jabbar", "Karam Al-Asam", "Hussein Talib"]
EN_TRANSLATORS = ["Emad Atta", "Lina Majid", "Omar Saadi"]
EN_PLACES = ["Baghdad", "Basra", "Erbil", "Najaf", "Mosul", "London", "Karbala"]
AR_REPORTERS = ["آمنة السلامي", "فاطمة رحمة", "علي الكعبي", "زينب الموسوي", "حيدر الربيعي"]
AR_PHOTOGRAPHERS = ["كرم الأعسم", "حسين طالب", "مصطفى جبار", "صفاء علوان"]
AR_TRANSLATORS = ["عماد عطا", "لينا ماجد"]
AR_PLACES = ["بغداد", "البصرة", "النجف", "الموصل", "كربلاء", "أربيل"]

ABOUT_EN = [
    "The Iraqi News Agency (INA) is the official news agency of the Republic of Iraq, founded in 1959.",
    "The agency covers political, economic, security, cultural and sports news in Iraq and the world, and publishes in Arabic, English, Kurdish and Turkmen.",
    "INA operates a network of correspondents in all Iraqi governorates and in several world capitals.",
    "The agency works according to the principles of accuracy, impartiality and speed, and adheres to the professional code of conduct of journalism.",
    "For inquiries and subscriptions, please use the contact form or write to the editorial department.",
]
ABOUT_AR = [
    "وكالة الأنباء العراقية هي الوكالة الرسمية لجمهورية العراق وتأسست عام 1959.",
    "تغطي الوكالة الأخبار السياسية والاقتصادية والأمنية والثقافية والرياضية في العراق والعالم، وتنشر باللغات العربية والإنكليزية والكردية والتركمانية.",
    "تمتلك الوكالة شبكة من المراسلين في جميع المحافظات العراقية وفي عدد من عواصم العالم.",
    "وتعمل الوكالة وفق مبادئ الدقة والحياد والسرعة وتلتزم بميثاق الشرف المهني للصحافة.",
]
EN_CAPTIONS = [
    "A general view of the event",
    "Officials during the meeting",
    "Part of the ceremony",
    "Workers at the site",
]
AR_CAPTIONS = ["جانب من الاجتماع", "جانب من الحدث", "مشهد عام للموقع", "جانب من الجولة الميدانية"]
EN_SECTIONS = ["Politics", "Economy", "Security", "Health", "Local", "Sports"]
AR_SECTIONS = ["سياسية", "اقتصادية", "أمنية", "صحة", "محليات", "رياضة"]
