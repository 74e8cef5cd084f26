"""News phrases of the synthetic INA-like site: sentence templates, quotes, subheadings, titles, captions.

Sample data only: the statements built from them are invented, and every page says so.
"""

from __future__ import annotations

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
