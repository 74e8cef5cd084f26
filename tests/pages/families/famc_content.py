"""Content records for the famC families (wp-mirror, drupal-2012, bootstrap-2018): all SYNTHETIC.

A story is (title, category, paragraphs); a paragraph starting with "## " is a subheading.
"""

from __future__ import annotations

EN_STORIES: list[tuple[str, str, list[str]]] = [
    (
        "Oil Ministry announces rise in southern exports for May",
        "Economy",
        [
            "The Ministry of Oil announced on Monday that crude exports from the southern ports "
            "rose to an average of 3.3 million barrels per day during May.",
            "Ministry spokesman Asim Jihad said that the revenues for the month exceeded "
            "eight billion dollars, according to preliminary figures.",
            "## New loading berths",
            "He added that two new single point moorings at the Basra terminal entered service "
            "last week, raising the capacity of the port.",
            "Jihad told the Iraqi News Agency (INA) that the ministry plans further maintenance "
            "work on the pipelines before the summer peak.",
        ],
    ),
    (
        "Security forces arrest terrorist cell in Kirkuk",
        "Security",
        [
            "The Security Media Cell announced the arrest of a five-member terrorist cell in the "
            "outskirts of Kirkuk province.",
            "The cell said in a statement that the operation was carried out on precise "
            "intelligence information, and that weapons and explosive belts were seized.",
            "The suspects were handed over to the competent authorities to complete the legal "
            "procedures against them.",
        ],
    ),
    (
        "Health Ministry launches national polio vaccination campaign",
        "Health",
        [
            "The Ministry of Health launched on Sunday a national vaccination campaign against "
            "polio targeting more than five million children under the age of five.",
            "## Door to door teams",
            "The director of public health said that eleven thousand mobile teams will visit "
            "homes in all provinces over five days.",
            "He called on families to cooperate with the teams and to keep the vaccination cards "
            "of their children.",
            "The campaign is supported by the World Health Organization and UNICEF.",
        ],
    ),
    (
        "Education Ministry sets date for ministerial exams of the sixth preparatory grade",
        "Education",
        [
            "The Ministry of Education set the tenth of June as the date for the start of the "
            "ministerial exams for the sixth preparatory grade.",
            "The ministry said in a statement that the exam schedules will be published on its "
            "official website within days.",
            "It stressed that mobile phones are strictly forbidden inside the exam halls.",
            "## Results within a month",
            "The general director of exams expected that the results would be announced about "
            "one month after the last exam.",
        ],
    ),
    (
        "Meteorology forecasts dusty weather and rising temperatures",
        "Local",
        [
            "The Meteorological Authority forecast on Tuesday dusty weather with a rise in "
            "temperatures in most parts of the country during the coming days.",
            "The authority said in its daily bulletin that temperatures will reach 47 degrees "
            "Celsius in Basra and 45 degrees in Baghdad.",
            "It added that horizontal visibility will drop to less than one thousand meters in "
            "the western and southern regions.",
        ],
    ),
    (
        "Electoral Commission completes distribution of biometric cards",
        "Politics",
        [
            "The Independent High Electoral Commission announced the completion of the "
            "distribution of more than two million biometric cards in the provinces.",
            "Commission spokeswoman Jumana Al-Ghalai said that the registration centers will "
            "remain open until the end of the month.",
            "## Observers invited",
            "She noted that the commission has invited local and international observers to "
            "follow all stages of the electoral process.",
            "The commission urged voters who have not yet received their cards to visit the "
            "nearest registration center.",
        ],
    ),
    (
        "Prime Minister receives Japanese ambassador in Baghdad",
        "Politics",
        [
            "The Prime Minister received on Wednesday the ambassador of Japan to Iraq, and "
            "discussed bilateral relations between the two countries.",
            "A statement from his media office said that the meeting touched on Japanese "
            "investments in the energy and water sectors.",
            "The ambassador affirmed the desire of his country to expand cooperation and to "
            "support reconstruction projects.",
        ],
    ),
    (
        "Trade Ministry distributes wheat receipts to farmers in Diwaniyah",
        "Economy",
        [
            "The Ministry of Trade announced on Thursday that it had paid the dues of farmers who "
            "delivered their wheat crop to the silos of Diwaniyah.",
            "The general director of the grain company said that the silos received more than "
            "four hundred thousand tons since the start of the marketing season.",
            "## Quality checks",
            "He explained that specialized committees examine every load before it is "
            "accepted, to guarantee the quality of the national flour.",
            "The ministry expects the total marketed quantity to exceed five million tons this "
            "year.",
        ],
    ),
    (
        "Iraqi national team begins training camp ahead of Gulf Cup",
        "Sports",
        [
            "The Iraqi national football team began its training camp in Basra on Saturday in "
            "preparation for the Gulf Cup.",
            "The coach called up twenty-six players, including five professionals playing abroad.",
            "The team will play two friendly matches before the start of the tournament.",
        ],
    ),
    (
        "Water Resources Ministry warns of falling Tigris levels",
        "Local",
        [
            "The Ministry of Water Resources warned on Friday of a significant drop in the "
            "levels of the Tigris river as a result of low rainfall.",
            "## Summer plan",
            "The ministry said that it has prepared a plan to distribute water shares fairly "
            "between the provinces during the summer season.",
            "A ministry official told the Iraqi News Agency (INA) that negotiations with "
            "neighbouring countries over water releases are continuing.",
            "He called on farmers to use modern irrigation methods to reduce waste.",
        ],
    ),
]

AR_STORIES: list[tuple[str, str, list[str]]] = [
    (
        "وزارة النفط تعلن ارتفاع صادرات الموانئ الجنوبية",
        "اقتصادية",
        [
            "أعلنت وزارة النفط، اليوم الاثنين، ارتفاع معدلات تصدير النفط الخام من الموانئ "
            "الجنوبية خلال الشهر الماضي.",
            "وقال المتحدث باسم الوزارة في بيان إن الإيرادات المتحققة تجاوزت ثمانية مليارات "
            "دولار بحسب الإحصائية الأولية.",
            "## منصات تحميل جديدة",
            "وأضاف أن منصتين جديدتين لتحميل النفط دخلتا الخدمة في ميناء البصرة النفطي خلال "
            "الأسبوع الماضي.",
        ],
    ),
    (
        "القبض على خلية إرهابية في كركوك",
        "أمنية",
        [
            "أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، القبض على خلية إرهابية مكونة من خمسة "
            "عناصر في أطراف محافظة كركوك.",
            "وذكرت الخلية في بيان أن العملية نفذت بناء على معلومات استخبارية دقيقة، وتم ضبط "
            "أسلحة وأحزمة ناسفة بحوزتهم.",
            "وأشارت إلى أن المتهمين سلموا إلى الجهات المختصة لاستكمال الإجراءات القانونية بحقهم.",
        ],
    ),
    (
        "الصحة تطلق حملة وطنية للتلقيح ضد شلل الأطفال",
        "صحة",
        [
            "أطلقت وزارة الصحة، اليوم الأحد، حملة وطنية للتلقيح ضد شلل الأطفال تستهدف أكثر من "
            "خمسة ملايين طفل.",
            "## فرق جوالة",
            "وقال مدير الصحة العامة لوكالة الأنباء العراقية (واع) إن أحد عشر ألف فريق جوال "
            "سيزورون المنازل في جميع المحافظات.",
            "ودعا الأسر إلى التعاون مع الفرق الصحية والاحتفاظ ببطاقات التلقيح الخاصة بأطفالهم.",
            "وتحظى الحملة بدعم منظمة الصحة العالمية ومنظمة اليونيسف.",
        ],
    ),
    (
        "التربية تحدد موعد الامتحانات الوزارية للسادس الإعدادي",
        "محليات",
        [
            "حددت وزارة التربية العاشر من حزيران المقبل موعدا لانطلاق الامتحانات الوزارية "
            "للصف السادس الإعدادي.",
            "وذكرت الوزارة في بيان أن جداول الامتحانات ستنشر على موقعها الرسمي خلال أيام.",
            "وشددت على منع إدخال الهواتف النقالة إلى القاعات الامتحانية منعا باتا.",
        ],
    ),
    (
        "الأنواء الجوية: طقس مغبر وارتفاع في درجات الحرارة",
        "محليات",
        [
            "توقعت هيئة الأنواء الجوية، اليوم الثلاثاء، أن يكون الطقس مغبرا مع ارتفاع في درجات "
            "الحرارة في أغلب مناطق البلاد.",
            "وقالت الهيئة في نشرتها اليومية إن درجات الحرارة ستبلغ 47 درجة مئوية في البصرة "
            "و45 درجة في بغداد.",
            "## انخفاض مدى الرؤية",
            "وأضافت أن مدى الرؤية الأفقية سينخفض إلى أقل من ألف متر في المنطقتين الغربية "
            "والجنوبية.",
        ],
    ),
    (
        "مفوضية الانتخابات تنجز توزيع البطاقات البايومترية",
        "سياسية",
        [
            "أعلنت المفوضية العليا المستقلة للانتخابات إنجاز توزيع أكثر من مليوني بطاقة "
            "بايومترية في المحافظات.",
            "وقالت المتحدثة باسم المفوضية إن مراكز التسجيل ستبقى مفتوحة حتى نهاية الشهر الحالي.",
            "ودعت المفوضية الناخبين الذين لم يتسلموا بطاقاتهم إلى مراجعة أقرب مركز تسجيل.",
            "وأكدت أنها وجهت الدعوة إلى المراقبين المحليين والدوليين لمتابعة مراحل العملية "
            "الانتخابية.",
        ],
    ),
    (
        "الموارد المائية تحذر من انخفاض مناسيب نهر دجلة",
        "اقتصادية",
        [
            "حذرت وزارة الموارد المائية، اليوم الجمعة، من انخفاض كبير في مناسيب نهر دجلة نتيجة "
            "قلة الأمطار.",
            "وقالت الوزارة إنها أعدت خطة لتوزيع الحصص المائية بشكل عادل بين المحافظات خلال "
            "الموسم الصيفي.",
            "## مفاوضات مستمرة",
            "وأوضح مسؤول في الوزارة أن المفاوضات مع دول الجوار بشأن الإطلاقات المائية مستمرة.",
            "ودعا الفلاحين إلى اعتماد أساليب الري الحديثة للحد من الهدر.",
        ],
    ),
]

EN_AUTHORS = ["Amna Al-Salami", "Noor Al-Zaidi", "Haider Al-Musawi", "Sara Kadhim", "Ali Jabbar"]
AR_AUTHORS = ["آمنة السلامي", "فاطمة رحمة", "حيدر الموسوي", "زينب فاضل", "مصطفى حميد"]
EN_PHOTOGRAPHERS = ["Safaa Alwan", "Ahmed Saad", "Karrar Mohammed", "Hussein Ali"]
AR_PHOTOGRAPHERS = ["كرم الأعسم", "حسين طالب", "صفاء علوان"]
EN_TRANSLATORS = ["Emad Atta", "Rusul Sabah", "Mohammed Talib"]
EN_PLACES = ["Baghdad", "Baghdad", "Baghdad", "Basra", "Erbil", "London", "Najaf"]
AR_PLACES = ["بغداد", "بغداد", "بغداد", "البصرة", "النجف", "أربيل", "ذي قار"]

EN_TEASERS = [s[0] for s in EN_STORIES]
AR_TEASERS = [s[0] for s in AR_STORIES]

EN_ABOUT = [
    "The Iraqi News Agency is the official news agency of the Republic of Iraq, founded in "
    "1959 and based in Baghdad.",
    "The agency publishes news in Arabic, English, Kurdish and Turkmen, and provides photo and "
    "video services to media outlets inside and outside the country.",
    "Its correspondents cover all the provinces of Iraq, and its editorial policy is based on "
    "accuracy, balance and speed.",
    "For subscriptions and cooperation, please use the contact form or write to the editorial "
    "department.",
]
AR_ABOUT = [
    "وكالة الأنباء العراقية هي الوكالة الرسمية لجمهورية العراق، تأسست عام 1959 ومقرها بغداد.",
    "تنشر الوكالة الأخبار باللغات العربية والإنكليزية والكردية والتركمانية، وتقدم خدمات "
    "الصور والفيديو لوسائل الإعلام.",
    "ويغطي مراسلوها جميع المحافظات العراقية وتعتمد سياستها التحريرية على الدقة والتوازن.",
]
