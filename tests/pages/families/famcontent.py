"""Synthetic story records shared by the page-family generators (invented text, not INA content).

Each story is a block: `# title`, `@ category`, then one paragraph a line: plain text is a
paragraph, `## ` a subheading, `- ` a list item. First paragraphs start like a sentence, never
like a name. `EN` and `AR` hold (title, category, [(kind, text)]) with kind p, h or li.
"""

from __future__ import annotations

EN_TEXT = """
# Oil Ministry announces record exports from southern ports in March
@ Economy
The Ministry of Oil announced on Sunday that crude exports from the southern ports reached 3.4 million barrels per day in March, the highest monthly average in two years.
The ministry said in a statement that the exports were loaded onto 112 tankers bound for refineries in Asia, Europe and the Americas.
## Revenues and prices
According to the statement, revenues for the month exceeded 8.9 billion dollars, with an average price of 82 dollars per barrel.
The ministry added that work on expanding the storage capacity of the Fao tank farm is expected to be completed before the end of the year.

# Security forces arrest five suspects in Diyala operation
@ Security
The Security Media Cell said on Tuesday that joint forces arrested five suspects during a search operation in the orchards north of Baquba.
The cell explained that the operation was carried out on the basis of accurate intelligence information, and that weapons and explosive materials were seized.
The suspects were handed over to the competent authorities to complete the legal procedures against them.

# Health Ministry launches national measles vaccination campaign
@ Health
The Ministry of Health launched on Monday a national campaign to vaccinate children against measles in all governorates.
The ministry's spokesman said that the campaign targets more than four million children aged between nine months and five years.
## Mobile teams
He added that 2,300 mobile teams will visit homes, schools and displacement camps over a period of twelve days.
- Vaccination centres will open from 8 am to 2 pm.
- Parents are asked to bring the child's vaccination card.
The ministry called on families to cooperate with the teams to protect their children from the disease.

# Education Ministry sets date for ministerial exams of sixth preparatory grade
@ Education
The Ministry of Education set on Wednesday the date of the ministerial exams for the sixth preparatory grade, which will start on the tenth of June.
The ministry said in a statement that the exam schedules have been sent to the general directorates of education in Baghdad and the governorates.
It stressed that strict measures will be taken against anyone who tries to leak the questions or cheat during the exams.
The ministry also announced that results will be published on its official website.

# Electoral Commission completes preparations for provincial council elections
@ Politics
The Independent High Electoral Commission announced on Thursday the completion of its technical and logistical preparations for the provincial council elections.
## Polling stations
The commission's spokeswoman said that 7,766 polling centres and 37,000 stations will open in fifteen governorates.
She added that the electronic counting devices were tested in a simulation exercise that achieved full accuracy.
## Observers
More than 1,200 local and international observers have been accredited to monitor the voting process, she said.

# Meteorology expects dust storms and rising temperatures this week
@ Local
The General Authority for Meteorology and Seismic Monitoring expected on Saturday dusty weather and a gradual rise in temperatures across the country.
The authority said in its weekly forecast that horizontal visibility will drop to less than one kilometre in the western and southern regions.
Temperatures are expected to reach 46 degrees Celsius in Baghdad and 49 degrees in Basra by Wednesday.

# Prime Minister receives the UN envoy in Baghdad
@ Politics
The Prime Minister received on Sunday the Special Representative of the United Nations Secretary-General for Iraq and discussed with her the political situation.
A statement by the Prime Minister's media office said that the meeting reviewed the preparations for the elections and the support of the international organisation.
The statement added that the envoy affirmed the United Nations' commitment to supporting Iraq's stability and development.
Both sides also discussed the file of the displaced and the reconstruction of liberated areas.

# Agriculture Ministry bans import of several vegetables to protect local product
@ Economy
The Ministry of Agriculture decided on Tuesday to ban the import of tomatoes, cucumbers and potatoes for the coming three months.
The ministry's spokesman told the Iraqi News Agency (INA) that the decision aims to protect local farmers during the harvest season.
He pointed out that the local production covers the needs of the market and that prices will be monitored weekly.
The ministry urged the border crossings authority to implement the decision strictly.

# Transport Ministry opens new cargo terminal at Umm Qasr port
@ Economy
The Ministry of Transport opened on Thursday a new container terminal at the northern Umm Qasr port with a capacity of one million containers a year.
## Capacity and jobs
The minister said during the opening ceremony that the terminal will reduce waiting times for ships and provide 600 job opportunities.
He explained that the project was implemented in partnership with a specialised international company under a 25-year contract.
The ministry said that the terminal is linked to the national railway network.

# Iraq and Jordan sign memorandum on electricity interconnection
@ Politics
The Iraqi and Jordanian governments signed on Monday a memorandum of understanding for the electrical interconnection project between the two countries.
The Minister of Electricity said that the first phase will supply western Iraq with 150 megawatts by the summer.
He added that the line extends 300 kilometres from the Risha station to the Qaim station.

# Civil Defence puts out large fire in central Baghdad market
@ Security
The Civil Defence Directorate announced on Friday that its teams managed to put out a large fire that broke out in a commercial market in central Baghdad.
The directorate said in a statement that 14 firefighting teams took part in the operation, which lasted four hours.
The statement confirmed that there were no human casualties, and that an investigation has been opened into the cause of the fire.
The directorate renewed its call to shop owners to follow safety instructions and install fire extinguishers.

# Central Bank launches electronic payment initiative for government salaries
@ Economy
The Central Bank of Iraq launched on Wednesday an initiative to pay the salaries of state employees through electronic cards.
## Timeline
The Governor said that the initiative will be applied in stages, starting with the ministries of education and health.
- The first stage covers 1.2 million employees.
- Banks will not charge fees on salary withdrawals.
He stressed that electronic payment reduces the circulation of cash and increases financial transparency.

# Culture Ministry announces Baghdad International Book Fair programme
@ Culture
The Ministry of Culture announced on Saturday the programme of the Baghdad International Book Fair, which will open next week with the participation of 350 publishing houses.
The ministry said that the fair will host seminars, poetry evenings and book signings over ten days.
Egypt will be the guest of honour of this year's edition, the ministry added.
"""

AR_TEXT = """
# النفط تعلن ارتفاع صادرات الموانئ الجنوبية خلال شهر آذار
@ اقتصادية
أعلنت وزارة النفط، اليوم الأحد، ارتفاع صادرات النفط الخام من الموانئ الجنوبية خلال شهر آذار الماضي.
وقالت الوزارة في بيان تلقته وكالة الأنباء العراقية (واع)، إن معدل الصادرات بلغ 3.4 مليون برميل يومياً.
وأضاف البيان أن الإيرادات المتحققة تجاوزت 8.9 مليار دولار بمعدل سعر بلغ 82 دولاراً للبرميل.

# خلية الإعلام الأمني: القبض على خمسة متهمين في ديالى
@ أمنية
أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، القبض على خمسة متهمين خلال عملية تفتيش في بساتين شمال بعقوبة.
وذكرت الخلية في بيان أن العملية جاءت بناءً على معلومات استخبارية دقيقة، وأسفرت عن ضبط أسلحة ومواد متفجرة.
وأشارت إلى أن المتهمين سُلموا إلى الجهات المختصة لاستكمال الإجراءات القانونية بحقهم.

# الصحة تطلق حملة وطنية للتلقيح ضد الحصبة
@ صحة
أطلقت وزارة الصحة، اليوم الاثنين، حملة وطنية لتلقيح الأطفال ضد مرض الحصبة في جميع المحافظات.
وقال المتحدث باسم الوزارة إن الحملة تستهدف أكثر من أربعة ملايين طفل بعمر تسعة أشهر إلى خمس سنوات.
## الفرق الجوالة
وأضاف أن 2300 فريق جوال سيزور المنازل والمدارس ومخيمات النازحين على مدى اثني عشر يوماً.
ودعت الوزارة الأسر إلى التعاون مع الفرق الصحية لحماية أطفالهم من المرض.

# التربية تحدد موعد الامتحانات الوزارية للسادس الإعدادي
@ تربية
حددت وزارة التربية، اليوم الأربعاء، موعد الامتحانات الوزارية للصف السادس الإعدادي، والتي ستنطلق في العاشر من حزيران المقبل.
وذكرت الوزارة في بيان أن جداول الامتحانات أرسلت إلى المديريات العامة للتربية في بغداد والمحافظات.
وشددت على اتخاذ إجراءات صارمة بحق كل من يحاول تسريب الأسئلة أو الغش أثناء الامتحانات.
وأعلنت الوزارة أن النتائج ستنشر على موقعها الرسمي.

# المفوضية تكمل استعداداتها لانتخابات مجالس المحافظات
@ سياسية
أعلنت المفوضية العليا المستقلة للانتخابات، اليوم الخميس، إكمال استعداداتها الفنية واللوجستية لانتخابات مجالس المحافظات.
## مراكز الاقتراع
وقالت المتحدثة باسم المفوضية إن 7766 مركز اقتراع ستفتح أبوابها في خمس عشرة محافظة.
وأضافت أن أجهزة العد والفرز الإلكتروني اختبرت في تمرين محاكاة حقق دقة كاملة.

# الأنواء الجوية تتوقع عواصف ترابية وارتفاعاً في درجات الحرارة
@ محليات
توقعت الهيئة العامة للأنواء الجوية والرصد الزلزالي، اليوم السبت، طقساً مغبراً وارتفاعاً تدريجياً في درجات الحرارة.
وقالت الهيئة في نشرتها الأسبوعية إن مدى الرؤية الأفقية سينخفض إلى أقل من كيلومتر واحد في المنطقتين الغربية والجنوبية.
ومن المتوقع أن تصل درجات الحرارة إلى 46 درجة مئوية في بغداد و49 درجة في البصرة.

# رئيس الوزراء يستقبل الممثلة الخاصة للأمين العام للأمم المتحدة
@ سياسية
استقبل رئيس مجلس الوزراء، اليوم الأحد، الممثلة الخاصة للأمين العام للأمم المتحدة في العراق.
وذكر بيان للمكتب الإعلامي لرئيس الوزراء أن اللقاء بحث الاستعدادات للانتخابات ودعم المنظمة الدولية.
## ملف النازحين
وتناول الجانبان ملف النازحين وإعادة إعمار المناطق المحررة.
وأكدت الممثلة الأممية التزام الأمم المتحدة بدعم استقرار العراق وتنميته.

# الزراعة تمنع استيراد عدد من المحاصيل لحماية المنتج المحلي
@ اقتصادية
قررت وزارة الزراعة، اليوم الثلاثاء، منع استيراد الطماطم والخيار والبطاطا للأشهر الثلاثة المقبلة.
وقال المتحدث باسم الوزارة لوكالة الأنباء العراقية (واع)، إن القرار يهدف إلى حماية الفلاحين خلال موسم الحصاد.
وأشار إلى أن الإنتاج المحلي يغطي حاجة السوق وأن الأسعار ستخضع لمراقبة أسبوعية.

# الدفاع المدني يخمد حريقاً كبيراً في سوق وسط بغداد
@ محليات
أعلنت مديرية الدفاع المدني، اليوم الجمعة، أن فرقها تمكنت من إخماد حريق كبير اندلع في سوق تجاري وسط بغداد.
وذكرت المديرية في بيان أن 14 فريق إطفاء شاركت في العملية التي استمرت أربع ساعات.
وأكد البيان عدم تسجيل إصابات بشرية، وأن تحقيقاً فتح لمعرفة أسباب الحريق.
وجددت المديرية دعوتها أصحاب المحال إلى الالتزام بتعليمات السلامة.

# البنك المركزي يطلق مبادرة لتوطين رواتب الموظفين إلكترونياً
@ اقتصادية
أطلق البنك المركزي العراقي، اليوم الأربعاء، مبادرة لدفع رواتب موظفي الدولة عبر البطاقات الإلكترونية.
## مراحل التطبيق
وقال المحافظ إن المبادرة ستطبق على مراحل تبدأ بوزارتي التربية والصحة.
- تشمل المرحلة الأولى 1.2 مليون موظف.
- لن تستوفي المصارف أي عمولة على سحب الرواتب.
وشدد على أن الدفع الإلكتروني يقلل تداول النقد ويعزز الشفافية المالية.
"""


def parse(text: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Story blocks to (title, category, paragraphs)."""
    stories = []
    for block in text.strip().split("\n\n"):
        lines = block.split("\n")
        title, category = lines[0].removeprefix("# "), lines[1].removeprefix("@ ")
        paras = []
        for line in lines[2:]:
            if line.startswith("## "):
                paras.append(("h", line[3:]))
            elif line.startswith("- "):
                paras.append(("li", line[2:]))
            else:
                paras.append(("p", line))
        stories.append((title, category, paras))
    return stories


EN = parse(EN_TEXT)
AR = parse(AR_TEXT)
EN_TEASERS = [t for t, _, _ in EN]
AR_TEASERS = [t for t, _, _ in AR]
