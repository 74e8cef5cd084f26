"""Synthetic story records shared by the page-family generators (invented text, not INA content).

Each story: (title, category, paragraphs); a paragraph is (kind, text) with kind p (paragraph),
h (subheading) or li (list item). First paragraphs start like a sentence, never like a name.
"""

from __future__ import annotations

EN: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "Oil Ministry announces record exports from southern ports in March",
        "Economy",
        [
            (
                "p",
                "The Ministry of Oil announced on Sunday that crude exports from the southern ports reached 3.4 million barrels per day in March, the highest monthly average in two years.",
            ),
            (
                "p",
                "The ministry said in a statement that the exports were loaded onto 112 tankers bound for refineries in Asia, Europe and the Americas.",
            ),
            ("h", "Revenues and prices"),
            (
                "p",
                "According to the statement, revenues for the month exceeded 8.9 billion dollars, with an average price of 82 dollars per barrel.",
            ),
            (
                "p",
                "The ministry added that work on expanding the storage capacity of the Fao tank farm is expected to be completed before the end of the year.",
            ),
        ],
    ),
    (
        "Security forces arrest five suspects in Diyala operation",
        "Security",
        [
            (
                "p",
                "The Security Media Cell said on Tuesday that joint forces arrested five suspects during a search operation in the orchards north of Baquba.",
            ),
            (
                "p",
                "The cell explained that the operation was carried out on the basis of accurate intelligence information, and that weapons and explosive materials were seized.",
            ),
            (
                "p",
                "The suspects were handed over to the competent authorities to complete the legal procedures against them.",
            ),
        ],
    ),
    (
        "Health Ministry launches national measles vaccination campaign",
        "Health",
        [
            (
                "p",
                "The Ministry of Health launched on Monday a national campaign to vaccinate children against measles in all governorates.",
            ),
            (
                "p",
                "The ministry's spokesman said that the campaign targets more than four million children aged between nine months and five years.",
            ),
            ("h", "Mobile teams"),
            (
                "p",
                "He added that 2,300 mobile teams will visit homes, schools and displacement camps over a period of twelve days.",
            ),
            ("li", "Vaccination centres will open from 8 am to 2 pm."),
            ("li", "Parents are asked to bring the child's vaccination card."),
            (
                "p",
                "The ministry called on families to cooperate with the teams to protect their children from the disease.",
            ),
        ],
    ),
    (
        "Education Ministry sets date for ministerial exams of sixth preparatory grade",
        "Education",
        [
            (
                "p",
                "The Ministry of Education set on Wednesday the date of the ministerial exams for the sixth preparatory grade, which will start on the tenth of June.",
            ),
            (
                "p",
                "The ministry said in a statement that the exam schedules have been sent to the general directorates of education in Baghdad and the governorates.",
            ),
            (
                "p",
                "It stressed that strict measures will be taken against anyone who tries to leak the questions or cheat during the exams.",
            ),
            (
                "p",
                "The ministry also announced that results will be published on its official website.",
            ),
        ],
    ),
    (
        "Electoral Commission completes preparations for provincial council elections",
        "Politics",
        [
            (
                "p",
                "The Independent High Electoral Commission announced on Thursday the completion of its technical and logistical preparations for the provincial council elections.",
            ),
            ("h", "Polling stations"),
            (
                "p",
                "The commission's spokeswoman said that 7,766 polling centres and 37,000 stations will open in fifteen governorates.",
            ),
            (
                "p",
                "She added that the electronic counting devices were tested in a simulation exercise that achieved full accuracy.",
            ),
            ("h", "Observers"),
            (
                "p",
                "More than 1,200 local and international observers have been accredited to monitor the voting process, she said.",
            ),
        ],
    ),
    (
        "Meteorology expects dust storms and rising temperatures this week",
        "Local",
        [
            (
                "p",
                "The General Authority for Meteorology and Seismic Monitoring expected on Saturday dusty weather and a gradual rise in temperatures across the country.",
            ),
            (
                "p",
                "The authority said in its weekly forecast that horizontal visibility will drop to less than one kilometre in the western and southern regions.",
            ),
            (
                "p",
                "Temperatures are expected to reach 46 degrees Celsius in Baghdad and 49 degrees in Basra by Wednesday.",
            ),
        ],
    ),
    (
        "Prime Minister receives the UN envoy in Baghdad",
        "Politics",
        [
            (
                "p",
                "The Prime Minister received on Sunday the Special Representative of the United Nations Secretary-General for Iraq and discussed with her the political situation.",
            ),
            (
                "p",
                "A statement by the Prime Minister's media office said that the meeting reviewed the preparations for the elections and the support of the international organisation.",
            ),
            (
                "p",
                "The statement added that the envoy affirmed the United Nations' commitment to supporting Iraq's stability and development.",
            ),
            (
                "p",
                "Both sides also discussed the file of the displaced and the reconstruction of liberated areas.",
            ),
        ],
    ),
    (
        "Agriculture Ministry bans import of several vegetables to protect local product",
        "Economy",
        [
            (
                "p",
                "The Ministry of Agriculture decided on Tuesday to ban the import of tomatoes, cucumbers and potatoes for the coming three months.",
            ),
            (
                "p",
                "The ministry's spokesman told the Iraqi News Agency (INA) that the decision aims to protect local farmers during the harvest season.",
            ),
            (
                "p",
                "He pointed out that the local production covers the needs of the market and that prices will be monitored weekly.",
            ),
            (
                "p",
                "The ministry urged the border crossings authority to implement the decision strictly.",
            ),
        ],
    ),
    (
        "Transport Ministry opens new cargo terminal at Umm Qasr port",
        "Economy",
        [
            (
                "p",
                "The Ministry of Transport opened on Thursday a new container terminal at the northern Umm Qasr port with a capacity of one million containers a year.",
            ),
            ("h", "Capacity and jobs"),
            (
                "p",
                "The minister said during the opening ceremony that the terminal will reduce waiting times for ships and provide 600 job opportunities.",
            ),
            (
                "p",
                "He explained that the project was implemented in partnership with a specialised international company under a 25-year contract.",
            ),
            ("p", "The ministry said that the terminal is linked to the national railway network."),
        ],
    ),
    (
        "Iraq and Jordan sign memorandum on electricity interconnection",
        "Politics",
        [
            (
                "p",
                "The Iraqi and Jordanian governments signed on Monday a memorandum of understanding for the electrical interconnection project between the two countries.",
            ),
            (
                "p",
                "The Minister of Electricity said that the first phase will supply western Iraq with 150 megawatts by the summer.",
            ),
            (
                "p",
                "He added that the line extends 300 kilometres from the Risha station to the Qaim station.",
            ),
        ],
    ),
    (
        "Civil Defence puts out large fire in central Baghdad market",
        "Security",
        [
            (
                "p",
                "The Civil Defence Directorate announced on Friday that its teams managed to put out a large fire that broke out in a commercial market in central Baghdad.",
            ),
            (
                "p",
                "The directorate said in a statement that 14 firefighting teams took part in the operation, which lasted four hours.",
            ),
            (
                "p",
                "The statement confirmed that there were no human casualties, and that an investigation has been opened into the cause of the fire.",
            ),
            (
                "p",
                "The directorate renewed its call to shop owners to follow safety instructions and install fire extinguishers.",
            ),
        ],
    ),
    (
        "Central Bank launches electronic payment initiative for government salaries",
        "Economy",
        [
            (
                "p",
                "The Central Bank of Iraq launched on Wednesday an initiative to pay the salaries of state employees through electronic cards.",
            ),
            ("h", "Timeline"),
            (
                "p",
                "The Governor said that the initiative will be applied in stages, starting with the ministries of education and health.",
            ),
            ("li", "The first stage covers 1.2 million employees."),
            ("li", "Banks will not charge fees on salary withdrawals."),
            (
                "p",
                "He stressed that electronic payment reduces the circulation of cash and increases financial transparency.",
            ),
        ],
    ),
    (
        "Culture Ministry announces Baghdad International Book Fair programme",
        "Culture",
        [
            (
                "p",
                "The Ministry of Culture announced on Saturday the programme of the Baghdad International Book Fair, which will open next week with the participation of 350 publishing houses.",
            ),
            (
                "p",
                "The ministry said that the fair will host seminars, poetry evenings and book signings over ten days.",
            ),
            ("p", "Egypt will be the guest of honour of this year's edition, the ministry added."),
        ],
    ),
]

AR: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "النفط تعلن ارتفاع صادرات الموانئ الجنوبية خلال شهر آذار",
        "اقتصادية",
        [
            (
                "p",
                "أعلنت وزارة النفط، اليوم الأحد، ارتفاع صادرات النفط الخام من الموانئ الجنوبية خلال شهر آذار الماضي.",
            ),
            (
                "p",
                "وقالت الوزارة في بيان تلقته وكالة الأنباء العراقية (واع)، إن معدل الصادرات بلغ 3.4 مليون برميل يومياً.",
            ),
            (
                "p",
                "وأضاف البيان أن الإيرادات المتحققة تجاوزت 8.9 مليار دولار بمعدل سعر بلغ 82 دولاراً للبرميل.",
            ),
        ],
    ),
    (
        "خلية الإعلام الأمني: القبض على خمسة متهمين في ديالى",
        "أمنية",
        [
            (
                "p",
                "أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، القبض على خمسة متهمين خلال عملية تفتيش في بساتين شمال بعقوبة.",
            ),
            (
                "p",
                "وذكرت الخلية في بيان أن العملية جاءت بناءً على معلومات استخبارية دقيقة، وأسفرت عن ضبط أسلحة ومواد متفجرة.",
            ),
            (
                "p",
                "وأشارت إلى أن المتهمين سُلموا إلى الجهات المختصة لاستكمال الإجراءات القانونية بحقهم.",
            ),
        ],
    ),
    (
        "الصحة تطلق حملة وطنية للتلقيح ضد الحصبة",
        "صحة",
        [
            (
                "p",
                "أطلقت وزارة الصحة، اليوم الاثنين، حملة وطنية لتلقيح الأطفال ضد مرض الحصبة في جميع المحافظات.",
            ),
            (
                "p",
                "وقال المتحدث باسم الوزارة إن الحملة تستهدف أكثر من أربعة ملايين طفل بعمر تسعة أشهر إلى خمس سنوات.",
            ),
            ("h", "الفرق الجوالة"),
            (
                "p",
                "وأضاف أن 2300 فريق جوال سيزور المنازل والمدارس ومخيمات النازحين على مدى اثني عشر يوماً.",
            ),
            ("p", "ودعت الوزارة الأسر إلى التعاون مع الفرق الصحية لحماية أطفالهم من المرض."),
        ],
    ),
    (
        "التربية تحدد موعد الامتحانات الوزارية للسادس الإعدادي",
        "تربية",
        [
            (
                "p",
                "حددت وزارة التربية، اليوم الأربعاء، موعد الامتحانات الوزارية للصف السادس الإعدادي، والتي ستنطلق في العاشر من حزيران المقبل.",
            ),
            (
                "p",
                "وذكرت الوزارة في بيان أن جداول الامتحانات أرسلت إلى المديريات العامة للتربية في بغداد والمحافظات.",
            ),
            (
                "p",
                "وشددت على اتخاذ إجراءات صارمة بحق كل من يحاول تسريب الأسئلة أو الغش أثناء الامتحانات.",
            ),
            ("p", "وأعلنت الوزارة أن النتائج ستنشر على موقعها الرسمي."),
        ],
    ),
    (
        "المفوضية تكمل استعداداتها لانتخابات مجالس المحافظات",
        "سياسية",
        [
            (
                "p",
                "أعلنت المفوضية العليا المستقلة للانتخابات، اليوم الخميس، إكمال استعداداتها الفنية واللوجستية لانتخابات مجالس المحافظات.",
            ),
            ("h", "مراكز الاقتراع"),
            (
                "p",
                "وقالت المتحدثة باسم المفوضية إن 7766 مركز اقتراع ستفتح أبوابها في خمس عشرة محافظة.",
            ),
            ("p", "وأضافت أن أجهزة العد والفرز الإلكتروني اختبرت في تمرين محاكاة حقق دقة كاملة."),
        ],
    ),
    (
        "الأنواء الجوية تتوقع عواصف ترابية وارتفاعاً في درجات الحرارة",
        "محليات",
        [
            (
                "p",
                "توقعت الهيئة العامة للأنواء الجوية والرصد الزلزالي، اليوم السبت، طقساً مغبراً وارتفاعاً تدريجياً في درجات الحرارة.",
            ),
            (
                "p",
                "وقالت الهيئة في نشرتها الأسبوعية إن مدى الرؤية الأفقية سينخفض إلى أقل من كيلومتر واحد في المنطقتين الغربية والجنوبية.",
            ),
            (
                "p",
                "ومن المتوقع أن تصل درجات الحرارة إلى 46 درجة مئوية في بغداد و49 درجة في البصرة.",
            ),
        ],
    ),
    (
        "رئيس الوزراء يستقبل الممثلة الخاصة للأمين العام للأمم المتحدة",
        "سياسية",
        [
            (
                "p",
                "استقبل رئيس مجلس الوزراء، اليوم الأحد، الممثلة الخاصة للأمين العام للأمم المتحدة في العراق.",
            ),
            (
                "p",
                "وذكر بيان للمكتب الإعلامي لرئيس الوزراء أن اللقاء بحث الاستعدادات للانتخابات ودعم المنظمة الدولية.",
            ),
            ("h", "ملف النازحين"),
            ("p", "وتناول الجانبان ملف النازحين وإعادة إعمار المناطق المحررة."),
            ("p", "وأكدت الممثلة الأممية التزام الأمم المتحدة بدعم استقرار العراق وتنميته."),
        ],
    ),
    (
        "الزراعة تمنع استيراد عدد من المحاصيل لحماية المنتج المحلي",
        "اقتصادية",
        [
            (
                "p",
                "قررت وزارة الزراعة، اليوم الثلاثاء، منع استيراد الطماطم والخيار والبطاطا للأشهر الثلاثة المقبلة.",
            ),
            (
                "p",
                "وقال المتحدث باسم الوزارة لوكالة الأنباء العراقية (واع)، إن القرار يهدف إلى حماية الفلاحين خلال موسم الحصاد.",
            ),
            ("p", "وأشار إلى أن الإنتاج المحلي يغطي حاجة السوق وأن الأسعار ستخضع لمراقبة أسبوعية."),
        ],
    ),
    (
        "الدفاع المدني يخمد حريقاً كبيراً في سوق وسط بغداد",
        "محليات",
        [
            (
                "p",
                "أعلنت مديرية الدفاع المدني، اليوم الجمعة، أن فرقها تمكنت من إخماد حريق كبير اندلع في سوق تجاري وسط بغداد.",
            ),
            (
                "p",
                "وذكرت المديرية في بيان أن 14 فريق إطفاء شاركت في العملية التي استمرت أربع ساعات.",
            ),
            ("p", "وأكد البيان عدم تسجيل إصابات بشرية، وأن تحقيقاً فتح لمعرفة أسباب الحريق."),
            ("p", "وجددت المديرية دعوتها أصحاب المحال إلى الالتزام بتعليمات السلامة."),
        ],
    ),
    (
        "البنك المركزي يطلق مبادرة لتوطين رواتب الموظفين إلكترونياً",
        "اقتصادية",
        [
            (
                "p",
                "أطلق البنك المركزي العراقي، اليوم الأربعاء، مبادرة لدفع رواتب موظفي الدولة عبر البطاقات الإلكترونية.",
            ),
            ("h", "مراحل التطبيق"),
            ("p", "وقال المحافظ إن المبادرة ستطبق على مراحل تبدأ بوزارتي التربية والصحة."),
            ("li", "تشمل المرحلة الأولى 1.2 مليون موظف."),
            ("li", "لن تستوفي المصارف أي عمولة على سحب الرواتب."),
            ("p", "وشدد على أن الدفع الإلكتروني يقلل تداول النقد ويعزز الشفافية المالية."),
        ],
    ),
]

EN_TEASERS = [t for t, _, _ in EN]
AR_TEASERS = [t for t, _, _ in AR]
