"""The demo CLIP, as pure data: the 2023–2025 plan, its six themes and 51 actions, the February 2023 – February 2024
progress report (its introduction, theme sections, key terms and each action’s narrative of record) and the first
holders’ updates of the next period.

The facts (names, dates, numbers, what was done) come from the Welsh Government’s published progress update of
23 May 2024; every sentence here is our own, in English and in Welsh. Themes are numbered as in that update’s
“Our progress” section. Actions 4.2 and 4.5 were reported under one heading: the narrative sits with 4.2.
"""

from datetime import date

PLAN = {
    "title": "Well-being of Future Generations Continuous Learning and Improvement Plan 2023 to 2025",
    "title_cy": "Cynllun Dysgu a Gwella Parhaus Llesiant Cenedlaethau’r Dyfodol 2023 i 2025",
    "starts_on": date(2023, 2, 1),
    "ends_on": date(2025, 2, 28),
}

FIRST_PERIOD = {
    "label": "February 2023 – February 2024",
    "label_cy": "Chwefror 2023 – Chwefror 2024",
    "starts_on": date(2023, 2, 1),
    "ends_on": date(2024, 2, 29),
    "update_deadline": date(2024, 2, 9),
}
# The day the first report went out; publishing is recorded as of this day.
FIRST_PUBLISHED_ON = date(2024, 5, 23)

SECOND_PERIOD = {
    "label": "February 2024 – February 2025",
    "label_cy": "Chwefror 2024 – Chwefror 2025",
    "starts_on": date(2024, 3, 1),
    "ends_on": date(2025, 2, 28),
    "update_deadline": date(2025, 3, 14),
}

CONTACT_EMAIL = "[Sustainable.Futures@gov.wales](mailto:Sustainable.Futures@gov.wales)"
CLIP_URL = "https://www.gov.wales/continuous-learning-and-improvement-plan-for-2023-to-2025-html"
FORUM_URL = "https://www.gov.wales/well-being-of-future-generations-national-stakeholder-forum"
COMMISSIONER_URL = "https://www.futuregenerations.wales/"
CYMRU_CAN_URL = "https://www.futuregenerations.wales/work/implementation-and-impact/"

REPORT = {
    "report_title": (
        "Well-being of Future Generations: Continuous Learning and Improvement Plan progress update, February 2024"
    ),
    "report_title_cy": (
        "Llesiant Cenedlaethau’r Dyfodol: diweddariad ar gynnydd y Cynllun Dysgu a Gwella Parhaus, Chwefror 2024"
    ),
    "publication_date": FIRST_PUBLISHED_ON,
    "introduction": f"""
The Well-being of Future Generations (Wales) Act 2015 asks us to test what we do against one question: will it \
help the people of Wales today without taking away the chances of those who come after us? The Act makes \
sustainable development the central organising principle of the Welsh Government, so that our cultural, economic, \
social and environmental ambitions are weighed together rather than traded against each other.

**Learning and improving as we go**

In February 2023 we published the [Well-being of Future Generations Continuous Learning and Improvement \
Plan]({CLIP_URL}), the WFG CLIP for short. It lists the changes we promised to make between 2023 and 2025 so that \
the sustainable development principle is better understood and more consistently applied across the \
organisation. In practice that means giving integration, collaboration and involvement the same weight as \
long-term thinking and prevention.

We have particular reasons to get this right. Welsh Ministers are legally bound to pursue sustainable \
development in line with the principle, and the Welsh Government is expected to lead, encourage and guide the rest \
of Wales in applying the Act.

Yet looking after future generations is not a job for the Welsh Government alone. More than 100 public bodies in \
Wales have duties under the Act, and many organisations, businesses and community groups with no such duty have \
chosen to work in its spirit, often around principles and practices that the Act created or that have grown up \
because of it. So we keep developing, checking and adapting the systems and habits that help the public, private \
and third sectors deliver the Wales that people asked for in *The Wales We Want*, the national conversation that \
came before the Act.

**The plan in numbers**

- more than 50 actions
- around 40 action holders
- one organisation of roughly 5,250 people
- progress on every action followed by the Sustainable Futures Division

A number of actions are already finished; others reach further and will take longer. Many cut across themes, \
involve several parts of the Welsh Government and depend on partners outside it, above all the [Future \
Generations Commissioner for Wales]({COMMISSIONER_URL}), whose section 20 review shaped much of the plan and with \
whom we work closely on several actions. We aim to have completed every action by the end of 2025.

**How this update is organised**

Like the plan itself, this update follows the Welsh Government’s Sustainable Governance Framework. The five ways \
of working (long term, integration, involvement, collaboration and prevention) sit at its centre, and our work \
falls into six themes:

1. **Welsh Ministers**: setting and delivering well-being objectives that make the most of the government’s \
contribution to the goals
2. **The civil service**: better advice and support for ministers, with the five ways of working built in
3. **Enabling others**: leading and influencing partners in the public, private and third sectors
4. **Understanding Wales**: sharper evidence on Wales now and in future, from the national indicators to the \
Future Trends Report
5. **Culture change**: making sustainable working a visible, everyday part of how we behave
6. **Making it happen**: oversight and learning, and telling the story of our improvement honestly

More about the Act is on the [Welsh Government’s well-being of future generations \
pages](https://www.gov.wales/well-being-of-future-generations-wales).
""",
    "introduction_cy": f"""
Mae Deddf Llesiant Cenedlaethau’r Dyfodol (Cymru) 2015 yn gofyn i ni brofi’r hyn a wnawn yn erbyn un cwestiwn: a \
fydd yn helpu pobl Cymru heddiw heb gymryd cyfleoedd y rhai a ddaw ar ein hôl? Mae’r Ddeddf yn gwneud datblygu \
cynaliadwy yn brif egwyddor drefniadol Llywodraeth Cymru, fel bod ein huchelgeisiau diwylliannol, economaidd, \
cymdeithasol ac amgylcheddol yn cael eu pwyso gyda’i gilydd yn hytrach na’u cyfnewid y naill am y llall.

**Dysgu a gwella wrth fynd**

Ym mis Chwefror 2023 cyhoeddwyd [Cynllun Dysgu a Gwella Parhaus Llesiant Cenedlaethau’r Dyfodol]({CLIP_URL}), neu’r \
CLIP yn fyr. Mae’n rhestru’r newidiadau a addawyd gennym rhwng 2023 a 2025 er mwyn i’r egwyddor datblygu \
cynaliadwy gael ei deall yn well a’i chymhwyso’n fwy cyson ar draws y sefydliad. Yn ymarferol, mae hynny’n golygu \
rhoi’r un pwys ar integreiddio, cydweithio a chynnwys pobl ag ar feddwl yn yr hirdymor ac atal.

Mae gennym resymau penodol dros wneud hyn yn iawn. Mae dyletswydd gyfreithiol ar Weinidogion Cymru i gyflawni \
datblygu cynaliadwy yn unol â’r egwyddor, a disgwylir i Lywodraeth Cymru arwain, annog a thywys gweddill Cymru wrth \
gymhwyso’r Ddeddf.

Ond nid gwaith i Lywodraeth Cymru yn unig yw gofalu am genedlaethau’r dyfodol. Mae gan fwy na 100 o gyrff \
cyhoeddus yng Nghymru ddyletswyddau o dan y Ddeddf, ac mae llawer o sefydliadau, busnesau a grwpiau cymunedol heb \
ddyletswydd o’r fath wedi dewis gweithio yn ei hysbryd, yn aml o gwmpas egwyddorion ac arferion a grëwyd gan y \
Ddeddf neu a dyfodd o’i herwydd. Felly rydym yn parhau i ddatblygu, gwirio ac addasu’r systemau a’r arferion sy’n \
helpu’r sectorau cyhoeddus, preifat a gwirfoddol i gyflawni’r Gymru y gofynnodd pobl amdani yn *Y Gymru a \
Garem*, y sgwrs genedlaethol a ddaeth cyn y Ddeddf.

**Y cynllun mewn ffigurau**

- mwy na 50 o gamau gweithredu
- tua 40 o ddeiliaid camau gweithredu
- un sefydliad o tua 5,250 o bobl
- yr Is-adran Dyfodol Cynaliadwy yn dilyn cynnydd pob cam gweithredu

Mae nifer o gamau gweithredu wedi’u cwblhau eisoes; mae eraill yn cyrraedd ymhellach a byddant yn cymryd mwy o \
amser. Mae llawer ohonynt yn croesi themâu, yn cynnwys sawl rhan o Lywodraeth Cymru ac yn dibynnu ar bartneriaid y \
tu allan iddi, yn enwedig [Comisiynydd Cenedlaethau’r Dyfodol Cymru]({COMMISSIONER_URL}), y bu ei adolygiad adran 20 \
yn sail i lawer o’r cynllun ac rydym yn cydweithio’n agos ag ef ar sawl cam gweithredu. Ein nod yw cwblhau pob cam \
gweithredu erbyn diwedd 2025.

**Sut mae’r diweddariad hwn wedi’i drefnu**

Fel y cynllun ei hun, mae’r diweddariad hwn yn dilyn Fframwaith Llywodraethu Cynaliadwy Llywodraeth Cymru. Mae’r \
pum ffordd o weithio (hirdymor, integreiddio, cynnwys, cydweithio ac atal) wrth ei galon, ac mae ein gwaith yn \
perthyn i chwe thema:

1. **Gweinidogion Cymru**: gosod a chyflawni amcanion llesiant sy’n gwneud y gorau o gyfraniad y llywodraeth at y \
nodau
2. **Y gwasanaeth sifil**: cyngor a chymorth gwell i Weinidogion, gyda’r pum ffordd o weithio wedi’u gwreiddio
3. **Galluogi eraill**: arwain partneriaid yn y sectorau cyhoeddus, preifat a gwirfoddol a dylanwadu arnynt
4. **Deall Cymru**: tystiolaeth gliriach am Gymru heddiw ac yn y dyfodol, o’r dangosyddion cenedlaethol i \
Adroddiad Tueddiadau’r Dyfodol
5. **Newid diwylliant**: gwneud gweithio’n gynaliadwy yn rhan weladwy o’n hymddygiad bob dydd
6. **Gwireddu’r cyfan**: goruchwylio a dysgu, ac adrodd stori ein gwelliant yn onest

Mae rhagor am y Ddeddf ar [dudalennau llesiant cenedlaethau’r dyfodol Llywodraeth \
Cymru](https://www.gov.wales/well-being-of-future-generations-wales).
""",
    "progress_preamble": f"""
This part of the update reports on every action in the plan, one theme at a time, following the six themes of \
the Sustainable Governance Framework described above.

Each theme opens with a short introduction. Then come what the work is teaching us and the resources we have found \
most useful, which we call our top tips; we would be glad to hear yours at {CONTACT_EMAIL}. Last comes the \
progress on each action from the original plan.

None of this is meant to be the final word. It is one step in a continuing conversation with everyone who has a \
stake in the Act, and we hope you will feel free to join in.

Two things stand out from the year:

- **Spaces for thinking together matter.** Bringing people together (online, in person or both) in ways that let \
them think differently, be creative and build solutions with each other has been central to whatever we have \
achieved.
- **The learning never stops.** Each time we apply the sustainable development principle we find out how to \
involve, collaborate, integrate, prevent and look ahead a little more deeply next time. That shared, continuing \
learning is how the Welsh Government, the public bodies named in the Act and everyone else taking this approach \
are moving Wales towards the seven well-being goals.
""",
    "progress_preamble_cy": f"""
Mae’r rhan hon o’r diweddariad yn adrodd ar bob cam gweithredu yn y cynllun, fesul thema, gan ddilyn chwe thema’r \
Fframwaith Llywodraethu Cynaliadwy a ddisgrifir uchod.

Mae pob thema’n agor gyda chyflwyniad byr. Wedyn daw’r hyn y mae’r gwaith yn ei ddysgu i ni a’r adnoddau sydd wedi \
bod fwyaf defnyddiol, sef ein hawgrymiadau gorau; byddem yn falch o glywed eich rhai chi yn {CONTACT_EMAIL}. Yn \
olaf daw’r cynnydd ar bob cam gweithredu o’r cynllun gwreiddiol.

Nid y gair olaf yw dim o hyn. Un cam ydyw mewn sgwrs barhaus â phawb sydd â rhan yn y Ddeddf, a gobeithio y \
byddwch yn teimlo’n rhydd i ymuno.

Mae dau beth yn sefyll allan o’r flwyddyn:

- **Mae mannau i feddwl gyda’n gilydd yn bwysig.** Mae dod â phobl ynghyd (ar-lein, wyneb yn wyneb neu’r ddau) \
mewn ffyrdd sy’n gadael iddynt feddwl yn wahanol, bod yn greadigol ac adeiladu atebion gyda’i gilydd wedi bod yn \
ganolog i beth bynnag a gyflawnwyd gennym.
- **Nid yw’r dysgu byth yn dod i ben.** Bob tro y byddwn yn cymhwyso’r egwyddor datblygu cynaliadwy rydym yn \
darganfod sut i gynnwys, cydweithio, integreiddio, atal ac edrych ymlaen ychydig yn ddyfnach y tro nesaf. Drwy’r \
dysgu parhaus, cyffredin hwnnw y mae Llywodraeth Cymru, y cyrff cyhoeddus a enwir yn y Ddeddf a phawb arall sy’n \
dilyn y dull hwn yn symud Cymru tuag at y saith nod llesiant.
""",
    "conclusion": """
**What we need to do next**

The predicament we face, a knot of overlapping crises in hard times, is complex. Meeting it means finding and \
practising new ways to **plan**, to **deliver** and to **build consistency**, and reshaping the processes and tools \
we already have so that they support those new ways.

The Welsh Government, like any large organisation, is a web of teams, individuals and cross-cutting groups, and \
learning does not spread evenly through it. Some groups are already putting some or all of the lessons in this \
update into practice. Our next task is to carry that learning further and deeper across the whole organisation.

Involvement is one of the five ways of working, so we want to hear from you: about this update, about the \
original plan, or about any part of our work. Putting the Act into practice is a task for the whole of Wales, not \
for the Welsh Government on its own.

We are still learning how to do this work well. You will have noticed the top tips we are trying out; tell us \
about yours, or send us any other thoughts.

We are also looking at ways of reporting progress that go beyond a yearly document and show more of what we are \
learning along the way. Above all, we would welcome a conversation about how we can learn together.
""",
    "conclusion_cy": """
**Beth sydd angen i ni ei wneud nesaf**

Mae’r sefyllfa anodd sy’n ein hwynebu, cwlwm o argyfyngau sy’n gorgyffwrdd mewn cyfnod caled, yn gymhleth. Mae \
ymateb iddi’n golygu canfod ac ymarfer ffyrdd newydd o **gynllunio**, **cyflawni** a **meithrin cysondeb**, ac \
ail-lunio’r prosesau a’r offer sydd gennym eisoes fel eu bod yn cefnogi’r ffyrdd newydd hynny.

Fel unrhyw sefydliad mawr, mae Llywodraeth Cymru yn rhwydwaith o dimau, unigolion a grwpiau trawsbynciol, ac nid \
yw dysgu’n lledaenu’n gyfartal drwyddo. Mae rhai grwpiau eisoes yn rhoi rhai o wersi’r diweddariad hwn, neu’r \
cyfan ohonynt, ar waith. Ein tasg nesaf yw mynd â’r dysgu hwnnw’n bellach ac yn ddyfnach ar draws y sefydliad \
cyfan.

Mae cynnwys pobl yn un o’r pum ffordd o weithio, felly rydym am glywed gennych: am y diweddariad hwn, am y cynllun \
gwreiddiol, neu am unrhyw ran o’n gwaith. Tasg i Gymru gyfan yw rhoi’r Ddeddf ar waith, nid i Lywodraeth Cymru ar \
ei phen ei hun.

Rydym yn dal i ddysgu sut i wneud y gwaith hwn yn dda. Byddwch wedi sylwi ar yr awgrymiadau gorau rydym yn rhoi \
cynnig arnynt; dywedwch wrthym am eich rhai chi, neu anfonwch unrhyw sylwadau eraill.

Rydym hefyd yn ystyried ffyrdd o adrodd ar gynnydd sy’n mynd y tu hwnt i ddogfen flynyddol ac yn dangos mwy o’r \
hyn rydym yn ei ddysgu ar hyd y ffordd. Yn fwy na dim, byddem yn croesawu sgwrs am sut y gallwn ddysgu gyda’n \
gilydd.
""",
    "contact": f"""
**Get in touch however suits you**: a conversation, an email, or even a picture.

If you have an insight, an idea, a top tip or any feedback on this update, email the Sustainable Futures Division \
at {CONTACT_EMAIL}.
""",
    "contact_cy": f"""
**Cysylltwch â ni sut bynnag sy’n gyfleus i chi**: sgwrs, e-bost, neu hyd yn oed llun.

Os oes gennych safbwynt, syniad, awgrym da neu unrhyw adborth ar y diweddariad hwn, anfonwch e-bost at yr Is-adran \
Dyfodol Cynaliadwy yn {CONTACT_EMAIL}.
""",
}

# The second period's report as a coordinator has begun it: a title and a first draft of the introduction.
NEXT_REPORT = {
    "report_title": (
        "Well-being of Future Generations: Continuous Learning and Improvement Plan progress update, February 2025"
    ),
    "report_title_cy": (
        "Llesiant Cenedlaethau’r Dyfodol: diweddariad ar gynnydd y Cynllun Dysgu a Gwella Parhaus, Chwefror 2025"
    ),
    "introduction": """
*Draft: to be finished once the holders’ updates are in.*

This second update covers March 2024 to February 2025, the last year of the plan. It will report on each of the \
51 actions, say which are finished and which carry on as business as usual, and set out what we have learnt about \
applying the five ways of working when budgets are tight.

Points to cover:

- the first stage of the evaluation of the Act (action 1.7)
- what the seminar series for directorates has taught us (action 2.9)
- how we will report once the plan ends in 2025
""",
    "introduction_cy": """
*Drafft: i’w orffen pan fydd diweddariadau’r deiliaid wedi dod i law.*

Mae’r ail ddiweddariad hwn yn ymdrin â mis Mawrth 2024 hyd fis Chwefror 2025, blwyddyn olaf y cynllun. Bydd yn \
adrodd ar bob un o’r 51 cam gweithredu, yn nodi pa rai sydd wedi’u cwblhau a pha rai sy’n parhau fel gwaith \
arferol, ac yn disgrifio’r hyn a ddysgwyd am gymhwyso’r pum ffordd o weithio pan fo cyllidebau’n dynn.

Pwyntiau i’w cynnwys:

- cam cyntaf y gwerthusiad o’r Ddeddf (cam gweithredu 1.7)
- yr hyn a ddysgwyd o’r gyfres o seminarau i gyfarwyddiaethau (cam gweithredu 2.9)
- sut y byddwn yn adrodd ar ôl i’r cynllun ddod i ben yn 2025
""",
}

# The managed list of the parts of the Welsh Government that hold actions: key -> (English, Welsh). No more than
# eight: tests/test_user_text_is_safe.py gives each row of a unique name one of eight distinct payloads.
DEPARTMENTS = {
    "sfd": ("Sustainable Futures Division", "Is-adran Dyfodol Cynaliadwy"),
    "kas": ("Knowledge and Analytical Services", "Gwasanaethau Gwybodaeth a Dadansoddi"),
    "cabinet": ("Cabinet Office", "Swyddfa’r Cabinet"),
    "treasury": ("Welsh Treasury", "Trysorlys Cymru"),
    "people": ("People Directorate", "Cyfarwyddiaeth Pobl"),
    "communities": ("Communities and Local Government Division", "Is-adran Cymunedau a Llywodraeth Leol"),
    "business": ("Business and Regions Division", "Is-adran Busnes a Rhanbarthau"),
    "governance": ("Corporate Governance and Assurance", "Llywodraethu Corfforaethol a Sicrwydd"),
}

# Fictional civil servants who hold actions: key -> (name, job title, department key, preferred language).
# Actions may also name the demo sign-ins "host", "staff" and "member" as holders.
HOLDER_PEOPLE = {
    "elen": ("Elen Prydderch", "Deputy Director, Sustainable Futures", "sfd", "cy"),
    "marc": ("Marc Pritchard", "Future generations policy lead", "sfd", "en"),
    "nerys": ("Nerys Bevan", "Senior policy officer, culture change", "sfd", "cy"),
    "joe": ("Joe Kowalski", "Knowledge Exchange programme manager", "sfd", "en"),
    "mererid": ("Mererid Tudur", "Communities of practice lead", "sfd", "cy"),
    "sam": ("Sam Okafor", "Policy officer", "sfd", "en"),
    "gwenllian": ("Gwenllian Rhys", "Head of futures and foresight", "kas", "cy"),
    "priya": ("Priya Shah", "Statistician, national indicators", "kas", "en"),
    "iwan": ("Iwan Llywelyn", "Senior research officer, Equality Evidence Unit", "kas", "cy"),
    "helen": ("Helen Marsh", "National Survey for Wales project manager", "kas", "en"),
    "dewi": ("Dewi Caradog", "Research officer, Disability Evidence Unit", "kas", "cy"),
    "rachel": ("Rachel Fenwick", "Head of Programme for Government reporting", "cabinet", "en"),
    "llio": ("Llio Gruffydd", "Integrated impact assessment lead", "cabinet", "cy"),
    "martin": ("Martin Doyle", "Consultation policy adviser", "cabinet", "en"),
    "angharad": ("Angharad Wynne", "Head of policy capability", "cabinet", "cy"),
    "chris": ("Chris Mahoney", "Policy learning lead", "cabinet", "en"),
    "owain": ("Owain Gethin", "Budget improvement lead", "treasury", "cy"),
    "laura": ("Laura Beckett", "Infrastructure investment strategy manager", "treasury", "en"),
    "tomos": ("Tomos Vaughan", "Head of financial reporting", "treasury", "cy"),
    "fiona": ("Fiona McAllister", "WG2025 programme manager", "people", "en"),
    "sioned": ("Sioned Glyn", "Learning and development lead", "people", "cy"),
    "daniel": ("Daniel Ashworth", "People insight analyst", "people", "en"),
    "lleucu": ("Lleucu Haf", "Internal communications manager", "people", "cy"),
    "bryn": ("Bryn Penri", "Third sector partnership manager", "communities", "cy"),
    "karen": ("Karen Whitfield", "Volunteering policy officer", "communities", "en"),
    "rhys": ("Rhys Cadwaladr", "Economic Contract lead", "business", "cy"),
    "emma": ("Emma Thornton", "Relationship manager", "business", "en"),
    "ceri": ("Ceri Anwyl", "Public Services Boards policy lead", "communities", "cy"),
    "paul": ("Paul Devereux", "Regional partnerships review manager", "communities", "en"),
    "non": ("Non Llwyd", "Head of corporate governance", "governance", "cy"),
    "ian": ("Ian Garside", "Assurance manager", "governance", "en"),
    "lisa": ("Lisa Morgan-Jones", "BIRT business lead", "governance", "en"),
    "gethin": ("Gethin Morys", "International policy manager", "cabinet", "cy"),
    "hannah": ("Hannah Kerr", "Head of international networks", "cabinet", "en"),
}


# Each theme: its standing description (on the theme) and its section of the first report (``note``).
THEMES = [
    {
        "number": 1,
        "title": "Ministers choosing and meeting well-being objectives",
        "title_cy": "Gweinidogion yn dewis ac yn cyflawni amcanion llesiant",
        "introduction": (
            "This theme is about how Welsh Ministers use their well-being objectives so that government adds as "
            "much as it can towards the national well-being goals. Its seven actions range from yearly reporting "
            "and international links to promoting future trends evidence and planning an evaluation of the Act."
        ),
        "introduction_cy": (
            "Mae’r thema hon yn ymwneud â’r ffordd y mae Gweinidogion Cymru yn defnyddio eu hamcanion llesiant fel "
            "bod y llywodraeth yn cyfrannu cymaint â phosibl at y nodau llesiant cenedlaethol. Mae’n cynnwys saith "
            "cam gweithredu sy’n amrywio o adrodd blynyddol a chysylltiadau rhyngwladol i hyrwyddo tystiolaeth am "
            "dueddiadau’r dyfodol a chynllunio gwerthusiad o’r Ddeddf."
        ),
        "note": {
            "introduction": """
The Act gives Welsh Ministers a particular job: to set well-being objectives, and deliver them, in a way that \
makes the government’s contribution to the seven well-being goals as large as it can be. The plan has seven \
actions under this theme:

- reporting every year on the Programme for Government
- helping the executive committee apply the sustainable development principle
- working with our international networks
- convening the Well-being of Future Generations National Stakeholder Forum
- making the well-being goals and public bodies’ objectives better known across Wales
- making ministers and senior leaders more aware of the Future Trends Report
- scoping an evaluation of the Act

What we are learning and what has helped come first; progress on actions 1.1 to 1.7 between February 2023 and \
February 2024 follows.
""",
            "introduction_cy": """
Mae’r Ddeddf yn rhoi gwaith penodol i Weinidogion Cymru: gosod amcanion llesiant, a’u cyflawni, mewn ffordd sy’n \
gwneud cyfraniad y llywodraeth at y saith nod llesiant mor fawr ag y gall fod. Mae gan y cynllun saith cam \
gweithredu o dan y thema hon:

- adrodd bob blwyddyn ar y Rhaglen Lywodraethu
- helpu’r pwyllgor gweithredol i gymhwyso’r egwyddor datblygu cynaliadwy
- gweithio gyda’n rhwydweithiau rhyngwladol
- cynnull Fforwm Rhanddeiliaid Cenedlaethol Llesiant Cenedlaethau’r Dyfodol
- gwneud y nodau llesiant ac amcanion cyrff cyhoeddus yn fwy adnabyddus ledled Cymru
- codi ymwybyddiaeth Gweinidogion ac uwch arweinwyr o Adroddiad Tueddiadau’r Dyfodol
- cwmpasu gwerthusiad o’r Ddeddf

Daw’r hyn rydym yn ei ddysgu a’r hyn sydd wedi helpu yn gyntaf; wedyn daw’r cynnydd ar gamau gweithredu 1.1 i 1.7 \
rhwng Chwefror 2023 a Chwefror 2024.
""",
            "learning": f"""
The Act is the most practical and ethical lens we have for looking at a decision. It sits alongside, and adds to, \
the other legal duties that shape how the Welsh Government decides things. However urgent or difficult a choice \
feels, stopping to apply the five ways of working leads to a better one.

The [Programme for Government](https://www.gov.wales/our-priorities), as updated in December 2021, contains our \
10 well-being objectives: the areas where we believe we can add most to the seven well-being goals. True to the \
sustainable development principle, they concentrate on what enables people and communities to flourish now and \
later, and on protecting and restoring Wales’ natural environment and resources for those who come after us. Our \
[annual reports](https://www.gov.wales/welsh-government-annual-report-2023-html) show how we are doing against them.

Members of the [Well-being of Future Generations National Stakeholder Forum]({FORUM_URL}) helped us shape the \
[Continuous Learning and Improvement Plan]({CLIP_URL}). Our thanks go to them, and to the many civil servants who \
took part.
""",
            "learning_cy": f"""
Y Ddeddf yw’r lens fwyaf ymarferol a moesegol sydd gennym ar gyfer edrych ar benderfyniad. Mae’n eistedd ochr yn \
ochr â’r dyletswyddau cyfreithiol eraill sy’n llywio sut mae Llywodraeth Cymru yn penderfynu, ac yn ychwanegu \
atynt. Ni waeth pa mor daer neu anodd yw dewis, mae oedi i gymhwyso’r pum ffordd o weithio yn arwain at un gwell.

Mae’r [Rhaglen Lywodraethu](https://www.gov.wales/our-priorities), fel y’i diweddarwyd ym mis Rhagfyr 2021, yn \
cynnwys ein 10 amcan llesiant: y meysydd lle credwn y gallwn ychwanegu fwyaf at y saith nod llesiant. Yn driw i’r \
egwyddor datblygu cynaliadwy, maent yn canolbwyntio ar yr hyn sy’n galluogi pobl a chymunedau i ffynnu nawr ac yn \
nes ymlaen, ac ar ddiogelu ac adfer amgylchedd naturiol ac adnoddau Cymru er lles y rhai a ddaw ar ein hôl. Mae ein \
[hadroddiadau blynyddol](https://www.gov.wales/welsh-government-annual-report-2023-html) yn dangos sut rydym yn \
dod yn ein blaenau yn eu herbyn.

Bu aelodau [Fforwm Rhanddeiliaid Cenedlaethol Llesiant Cenedlaethau’r Dyfodol]({FORUM_URL}) yn ein helpu i lunio’r \
[Cynllun Dysgu a Gwella Parhaus]({CLIP_URL}). Diolch iddynt hwy, ac i’r gweision sifil niferus a gymerodd ran.
""",
            "top_tips": f"""
- The [Ways of Working Progress Checker]({COMMISSIONER_URL}) from the Future Generations Commissioner for Wales, \
for taking stock of how well an organisation applies each way of working
- Our **Knowledge Exchange** events, which bring bodies that have long had the well-being duty together with those \
newly joining, so that lessons about meeting the duty are passed on
""",
            "top_tips_cy": f"""
- [Gwiriwr Cynnydd y Ffyrdd o Weithio]({COMMISSIONER_URL}) gan Gomisiynydd Cenedlaethau’r Dyfodol Cymru, i bwyso \
a mesur pa mor dda y mae sefydliad yn cymhwyso pob ffordd o weithio
- Ein digwyddiadau **Cyfnewid Gwybodaeth**, sy’n dod â chyrff sydd wedi bod o dan y ddyletswydd llesiant ers tro \
ynghyd â’r rhai sy’n ymuno o’r newydd, fel bod gwersi am gyflawni’r ddyletswydd yn cael eu rhannu
""",
        },
    },
    {
        "number": 2,
        "title": "Civil service support and advice to Ministers",
        "title_cy": "Cymorth a chyngor y gwasanaeth sifil i Weinidogion",
        "introduction": (
            "This theme looks at how the civil service can strengthen the help it offers Welsh Ministers by making "
            "the five ways of working part of everyday practice. It contains eleven actions dealing with policy "
            "skills, impact assessment, training, internal assurance, budget planning and infrastructure investment."
        ),
        "introduction_cy": (
            "Mae’r thema hon yn edrych ar sut y gall y gwasanaeth sifil gryfhau’r cymorth y mae’n ei gynnig i "
            "Weinidogion Cymru drwy wneud y pum ffordd o weithio yn rhan o’i arferion bob dydd. Mae’n cynnwys un "
            "cam gweithredu ar ddeg sy’n ymdrin â sgiliau polisi, asesu effaith, hyfforddiant, sicrwydd mewnol, "
            "cynllunio’r gyllideb a buddsoddi mewn seilwaith."
        ),
        "note": {
            "introduction": """
The plan describes a number of ways in which the civil service can give Welsh Ministers better support and advice \
by building the five ways of working into how it operates. There are 11 actions under this theme, covering:

- development pathways for policy makers
- formal and informal support for policy makers
- reviewing how we assess the impact of policy
- updating internal resources for policy teams
- building sustainability into our internal capability plan
- a staff network to help civil servants live more sustainably
- training, seminars and tailored awareness sessions on the Act
- internal assurance
- a yearly Budget Improvement Plan
- the Wales Infrastructure Investment Strategy

What we are learning and what is helping come first; progress on actions 2.1 to 2.11 between February 2023 and \
February 2024 follows.
""",
            "introduction_cy": """
Mae’r cynllun yn disgrifio sawl ffordd y gall y gwasanaeth sifil roi gwell cymorth a chyngor i Weinidogion Cymru \
drwy wreiddio’r pum ffordd o weithio yn y modd y mae’n gweithredu. Mae 11 cam gweithredu o dan y thema hon, sy’n \
ymdrin â:

- llwybrau datblygu i lunwyr polisi
- cymorth ffurfiol ac anffurfiol i lunwyr polisi
- adolygu sut rydym yn asesu effaith polisi
- diweddaru adnoddau mewnol i dimau polisi
- gwreiddio cynaliadwyedd yn ein cynllun gallu mewnol
- rhwydwaith staff i helpu gweision sifil i fyw’n fwy cynaliadwy
- hyfforddiant, seminarau a sesiynau ymwybyddiaeth pwrpasol ar y Ddeddf
- sicrwydd mewnol
- Cynllun Gwella’r Gyllideb bob blwyddyn
- Strategaeth Buddsoddi yn Seilwaith Cymru

Daw’r hyn rydym yn ei ddysgu a’r hyn sy’n helpu yn gyntaf; wedyn daw’r cynnydd ar gamau gweithredu 2.1 i 2.11 \
rhwng Chwefror 2023 a Chwefror 2024.
""",
            "learning": """
We find it more useful to treat what we face not as a problem to be solved once and for all, but as a \
predicament: something with many dimensions and many possible outcomes, some of which our own actions can shape. \
That framing captures better how several crises are bound up together and have to be understood together. It \
also reminds us that we will be living and working with the situation, and its consequences, for a long time.

In such turbulent, uncertain and ambiguous conditions it helps to see ourselves as parts of wider systems, to \
notice how fragile those systems can be and to look for the causes that lie underneath. Taking time to consider \
how activities and parts of a system affect one another leads to better advice for ministers and better decisions \
by all of us.

The Permanent Secretary has raised our sights: the Welsh Government should be seen as an exemplar for Wales and \
for the wider public service, as the Welsh Government consolidated accounts set out.

Applying the Act well can feel slower at the outset, but we keep finding that it pays off within the medium term. \
It stops us acting in ways that undercut work already under way, and it produces joined-up solutions that serve \
several well-being goals and several organisations at once: one genuinely useful piece of work instead of several \
separate or competing ones. It has also shown us how different pieces of Welsh legislation connect with each other.

After a period of wide engagement with staff, the Permanent Secretary launched **Welsh Government 2025 (WG2025)**, \
our three-year plan to make the organisation fit for a world changed by the pandemic and by leaving the EU. An \
early piece of WG2025 work was a new **Values and Behaviours framework**, co-produced with staff and the trade \
unions. It underpins the whole programme, sits comfortably with the **Civil Service Code** and the Act, and makes \
clear what we expect of ourselves and of each other.

Alongside it we are strengthening strategic workforce planning, with clear accountability and delegation, and \
putting money into the skills and capabilities we most need, the Welsh language among them.
""",
            "learning_cy": """
Rydym yn ei chael yn fwy defnyddiol trin yr hyn sy’n ein hwynebu nid fel problem i’w datrys unwaith ac am byth, \
ond fel sefyllfa anodd: rhywbeth â sawl dimensiwn a sawl canlyniad posibl, a gall ein gweithredoedd ni lywio rhai \
ohonynt. Mae’r ffordd honno o edrych arni’n dal yn well sut mae sawl argyfwng wedi’u clymu ynghyd a bod yn rhaid eu \
deall gyda’i gilydd. Mae hefyd yn ein hatgoffa y byddwn yn byw ac yn gweithio gyda’r sefyllfa, a’i chanlyniadau, \
am amser hir.

Mewn amgylchiadau mor gythryblus, ansicr ac amwys mae’n help i ni weld ein hunain yn rhan o systemau ehangach, \
sylwi pa mor fregus y gall y systemau hynny fod a chwilio am yr achosion sy’n gorwedd oddi tanynt. Mae cymryd \
amser i ystyried sut mae gweithgareddau a rhannau o system yn effeithio ar ei gilydd yn arwain at well cyngor i \
Weinidogion a gwell penderfyniadau gan bob un ohonom.

Mae’r Ysgrifennydd Parhaol wedi codi ein golygon: dylid gweld Llywodraeth Cymru yn esiampl i Gymru ac i’r \
gwasanaeth cyhoeddus ehangach, fel y mae cyfrifon cyfunol Llywodraeth Cymru yn ei nodi.

Gall cymhwyso’r Ddeddf yn dda deimlo’n arafach ar y dechrau, ond rydym yn canfod dro ar ôl tro ei fod yn talu ar \
ei ganfed yn y tymor canolig. Mae’n ein hatal rhag gweithredu mewn ffyrdd sy’n tanseilio gwaith sydd eisoes ar y \
gweill, ac mae’n arwain at atebion cydgysylltiedig sy’n gwasanaethu sawl nod llesiant a sawl sefydliad ar yr un \
pryd: un darn o waith gwirioneddol ddefnyddiol yn lle sawl un ar wahân neu sy’n cystadlu. Mae hefyd wedi dangos i \
ni sut mae gwahanol ddarnau o ddeddfwriaeth Cymru yn cysylltu â’i gilydd.

Ar ôl cyfnod o ymgysylltu eang â staff, lansiodd yr Ysgrifennydd Parhaol **Llywodraeth Cymru 2025 (WG2025)**, ein \
cynllun tair blynedd i wneud y sefydliad yn addas ar gyfer byd sydd wedi’i newid gan y pandemig a chan adael yr UE. \
Un o’r darnau cyntaf o waith WG2025 oedd **fframwaith Gwerthoedd ac Ymddygiadau** newydd, a gydgynhyrchwyd gyda \
staff a’r undebau llafur. Mae’n sail i’r rhaglen gyfan, yn gydnaws â **Chod y Gwasanaeth Sifil** a’r Ddeddf, ac \
yn ei gwneud yn glir beth rydym yn ei ddisgwyl gennym ni ein hunain a chan ein gilydd.

Ochr yn ochr â hynny rydym yn cryfhau cynllunio strategol y gweithlu, gydag atebolrwydd a dirprwyo clir, ac yn \
buddsoddi mewn sgiliau a galluoedd allweddol, gan gynnwys y Gymraeg.
""",
            "top_tips": """
- A ten-minute **online course on the systems approach**
- The [guide to applying the equality and well-being duties together](https://www.gov.wales/more-equal-wales-mapping-guide-html), \
written to help public bodies line up the socio-economic duty, the public sector equality duty and the well-being \
duty. People at our stakeholder forum and Knowledge Exchange sessions told us they wanted to understand how the \
Act fits with duties such as those in the Equality Act 2010.
- A poem on the **complex relationship between race and the environment**. In our stakeholder forum some of us \
knew the painful history and present crisis of the natural world, others knew the history and continuing \
discrimination people have suffered, and few understood both; the poem helped us explore how the two connect.
""",
            "top_tips_cy": """
- **Cwrs ar-lein deng munud ar y dull systemau**
- Y [canllaw ar gymhwyso’r dyletswyddau cydraddoldeb a llesiant gyda’i gilydd](https://www.gov.wales/more-equal-wales-mapping-guide-html), \
a ysgrifennwyd i helpu cyrff cyhoeddus i alinio’r ddyletswydd economaidd-gymdeithasol, dyletswydd cydraddoldeb y \
sector cyhoeddus a’r ddyletswydd llesiant. Dywedodd pobl yn ein fforwm rhanddeiliaid ac yn y sesiynau Cyfnewid \
Gwybodaeth eu bod am ddeall sut mae’r Ddeddf yn cyd-fynd â dyletswyddau megis y rhai yn Neddf Cydraddoldeb 2010.
- Cerdd am y **berthynas gymhleth rhwng hil a’r amgylchedd**. Yn ein fforwm rhanddeiliaid roedd rhai ohonom yn \
gyfarwydd â hanes poenus ac argyfwng presennol y byd naturiol, eraill yn gyfarwydd â’r hanes a’r gwahaniaethu \
parhaus a ddioddefodd pobl, ac ychydig yn deall y ddau; helpodd y gerdd ni i archwilio sut mae’r ddau’n cysylltu.
""",
        },
    },
    {
        "number": 3,
        "title": "Enabling and influencing partners across Wales",
        "title_cy": "Galluogi partneriaid ledled Cymru a dylanwadu arnynt",
        "introduction": (
            "This theme reflects the Welsh Government’s unusual position at the centre of links with public, private "
            "and voluntary organisations, and how it can lead and influence them towards the well-being goals. Its "
            "eleven actions include Knowledge Exchange events, support for Public Services Boards, third sector "
            "funding practice, tools for businesses and staff exchanges."
        ),
        "introduction_cy": (
            "Mae’r thema hon yn adlewyrchu safle arbennig Llywodraeth Cymru yng nghanol cysylltiadau â sefydliadau "
            "cyhoeddus, preifat a gwirfoddol, a sut y gall arwain y sefydliadau hynny a dylanwadu arnynt i gyfrannu "
            "at y nodau llesiant. Mae’n cwmpasu un cam gweithredu ar ddeg, yn eu plith digwyddiadau Cyfnewid "
            "Gwybodaeth, cymorth i Fyrddau Gwasanaethau Cyhoeddus, arferion cyllido’r trydydd sector, adnoddau i "
            "fusnesau a chyfnewid staff."
        ),
        "note": {
            "introduction": """
Through this theme the plan recognises the distinctive web of relationships the Welsh Government holds with \
public, private and third sector organisations, and our part in enabling, leading and influencing them to \
contribute to the well-being goals. The plan sets out 11 actions here, which involve:

- keeping a strong partnership with voluntary organisations
- developing Knowledge Exchange events with stakeholders
- spreading good practice between public bodies
- helping Public Services Boards reach their full potential
- reviewing our funding code of practice and our volunteering policy
- strengthening delivery of the Economic Contract
- an online future-proofing toolkit for small and medium-sized enterprises (SMEs)
- prototyping staff exchanges between organisations
- looking again at how regional partnerships are arranged
- mapping where expertise on the well-being goals lies

What we are learning and finding helpful comes first, then progress on actions 3.1 to 3.11 between February 2023 \
and February 2024.
""",
            "introduction_cy": """
Drwy’r thema hon mae’r cynllun yn cydnabod y rhwydwaith arbennig o gydberthnasau sydd gan Lywodraeth Cymru â \
sefydliadau yn y sectorau cyhoeddus, preifat a gwirfoddol, a’n rhan ni yn eu galluogi, eu harwain a dylanwadu \
arnynt i gyfrannu at y nodau llesiant. Mae’r cynllun yn nodi 11 cam gweithredu yma, sy’n ymwneud â:

- cynnal partneriaeth gref â sefydliadau gwirfoddol
- datblygu digwyddiadau Cyfnewid Gwybodaeth gyda rhanddeiliaid
- lledaenu arfer da rhwng cyrff cyhoeddus
- helpu Byrddau Gwasanaethau Cyhoeddus i wireddu eu potensial llawn
- adolygu ein cod ymarfer ar gyllido a’n polisi gwirfoddoli
- cryfhau’r gwaith o gyflawni’r Contract Economaidd
- pecyn cymorth ar-lein i helpu mentrau bach a chanolig i baratoi at y dyfodol
- treialu cyfnewid staff rhwng sefydliadau
- adolygu trefniadau partneriaeth rhanbarthol
- mapio arbenigedd ar y nodau llesiant

Daw’r hyn rydym yn ei ddysgu a’r hyn sy’n ddefnyddiol yn gyntaf, ac wedyn y cynnydd ar gamau gweithredu 3.1 i 3.11 \
rhwng Chwefror 2023 a Chwefror 2024.
""",
            "learning": """
The way we convene people and hold spaces for new thinking matters. Some of our oldest habits need replacing with \
new ways of working. There is growing evidence that emergent meetings (simpler agendas, **interactive \
elements** and a more **compassionate approach**) work better and waste less time. We are still finding out how \
to combine these approaches with the ways we have always worked.

Putting a colleague in touch with the person they need, when they need them, can be worth more than any map of \
who knows what. Both mapping and signposting rest on far more than knowing where expertise lies: who we should \
talk and listen to depends on the question in hand, on who knows whom, and on what those relationships are like.
""",
            "learning_cy": """
Mae’r ffordd rydym yn dod â phobl ynghyd ac yn dal mannau ar gyfer syniadau newydd yn bwysig. Mae angen disodli \
rhai o’n harferion hynaf â ffyrdd newydd o weithio. Mae tystiolaeth gynyddol fod cyfarfodydd esblygol (agendâu \
symlach, **elfennau rhyngweithiol** a **dull mwy tosturiol**) yn gweithio’n well ac yn gwastraffu llai o amser. \
Rydym yn dal i ddysgu sut i gyfuno’r dulliau hyn â’r ffyrdd rydym wedi gweithio erioed.

Gall rhoi cydweithiwr mewn cysylltiad â’r person sydd ei angen arno, pan fo’i angen, fod yn werth mwy nag unrhyw \
fap o bwy sy’n gwybod beth. Mae mapio a chyfeirio ill dau’n dibynnu ar lawer mwy na gwybod ble mae arbenigedd: mae \
pwy y dylem siarad â nhw a gwrando arnynt yn dibynnu ar y cwestiwn dan sylw, ar bwy sy’n adnabod pwy, ac ar natur \
y cydberthnasau hynny.
""",
            "top_tips": """
- Trying out parts of guidance on holding better spaces and meetings
- **Emergent planning**: resisting the urge to over-plan, so that we can stay agile
- **Prototyping**: experimenting so that our mistakes stay small and we learn faster together
""",
            "top_tips_cy": """
- Rhoi cynnig ar rannau o ganllawiau ar gynnal mannau a chyfarfodydd gwell
- **Cynllunio esblygol**: peidio â gorgynllunio, fel y gallwn aros yn ystwyth
- **Prototeipio**: arbrofi fel bod ein camgymeriadau’n aros yn fach a’n bod yn dysgu’n gyflymach gyda’n gilydd
""",
        },
    },
    {
        "number": 4,
        "title": "Evidence on Wales today and in future",
        "title_cy": "Tystiolaeth am Gymru heddiw ac yn y dyfodol",
        "introduction": (
            "This theme gathers the evidence and analysis that help government understand how Wales is doing now and "
            "what lies ahead, so that decisions and policies become more sustainable. Its nine actions cover "
            "national indicators and milestones, futures and foresight, well-being reporting, the National Survey, "
            "co-produced research and research quality."
        ),
        "introduction_cy": (
            "Mae’r thema hon yn casglu’r dystiolaeth a’r dadansoddiadau sy’n helpu’r llywodraeth i ddeall sut mae "
            "Cymru’n dod yn ei blaen ar hyn o bryd a beth sydd o’n blaenau, er mwyn i benderfyniadau a pholisïau fod "
            "yn fwy cynaliadwy. Mae’n cynnwys naw cam gweithredu sy’n ymdrin â’r dangosyddion a’r cerrig milltir "
            "cenedlaethol, dyfodolau a rhagwelediad, adrodd ar lesiant, yr Arolwg Cenedlaethol, ymchwil wedi’i "
            "chydgynhyrchu ac ansawdd ymchwil."
        ),
        "note": {
            "introduction": """
This theme draws together the many sources that help us understand Wales today and where it may be heading, \
giving better insight for more sustainable decisions and policies. The plan identifies 9 actions, which concern:

- using co-production in research and evidence gathering
- research on **the social model of disability**
- the national indicators, the milestones and the **Future Trends Report**
- building futures and foresight networks and capability
- the **Well-being of Wales** report
- long-term thinking in a crisis
- the National Survey for Wales
- updating how we assure the quality of research

After what we are learning and finding helpful comes progress on actions 4.1 to 4.9 between February 2023 and \
February 2024.
""",
            "introduction_cy": """
Mae’r thema hon yn dod â’r ffynonellau niferus sy’n ein helpu i ddeall Cymru heddiw, a’r cyfeiriad y gallai fod yn \
mynd iddo, at ei gilydd, gan roi gwell dealltwriaeth ar gyfer penderfyniadau a pholisïau mwy cynaliadwy. Mae’r \
cynllun yn nodi 9 cam gweithredu, sy’n ymwneud â:

- defnyddio cydgynhyrchu mewn ymchwil a chasglu tystiolaeth
- ymchwil ar **fodel cymdeithasol anabledd**
- y dangosyddion cenedlaethol, y cerrig milltir ac **Adroddiad Tueddiadau’r Dyfodol**
- datblygu rhwydweithiau a gallu ym maes dyfodolau a rhagwelediad
- adroddiad **Llesiant Cymru**
- meddwl yn yr hirdymor mewn argyfwng
- Arolwg Cenedlaethol Cymru
- y fframwaith sicrhau ansawdd ymchwil

Ar ôl yr hyn rydym yn ei ddysgu a’r hyn sy’n ddefnyddiol daw’r cynnydd ar gamau gweithredu 4.1 i 4.9 rhwng \
Chwefror 2023 a Chwefror 2024.
""",
            "learning": """
We know that people with lived experience need to be part of the research behind our policies, and of how those \
policies are developed and delivered. Doing that openly and fairly within the UK context is not easy, but we can \
develop Welsh ways of doing it and test them.

Welsh data tells us more when we also find out what we can about the international and global picture, and see \
where Wales sits within it.

Whenever we look at possible futures, we need a systems approach that takes account of complexity, \
interdependence and relationships.
""",
            "learning_cy": """
Rydym yn gwybod bod angen i bobl sydd â phrofiad bywyd fod yn rhan o’r ymchwil sy’n sail i’n polisïau, ac o’r \
ffordd y caiff y polisïau hynny eu datblygu a’u cyflawni. Nid yw gwneud hynny’n agored ac yn deg yng nghyd-destun \
y DU yn hawdd, ond gallwn ddatblygu ffyrdd Cymreig o’i wneud a’u profi.

Mae data am Gymru yn dweud mwy wrthym pan fyddwn hefyd yn dysgu’r hyn a allwn am y darlun rhyngwladol a byd-eang, \
ac yn gweld lle mae Cymru yn y darlun hwnnw.

Pryd bynnag y byddwn yn edrych ar ddyfodolau posibl, mae arnom angen dull systemau sy’n ystyried cymhlethdod, \
cyd-ddibyniaeth a chydberthnasau.
""",
            "top_tips": """
- Bring the [Well-being of Wales report](https://www.gov.wales/wellbeing-wales) and the [Future Trends \
Report](https://www.gov.wales/future-trends-report-wales-2021) into conversations with stakeholders early and \
specifically, so that key data shapes better-informed solutions.
- When many complex futures are possible, look across all of them for the **‘do anyway’ actions**: steps that \
would probably help whichever scenario comes about.
- Let nature teach us: **think about knowledge** differently and **find fairer routes to consistency**.
""",
            "top_tips_cy": """
- Dewch ag [adroddiad Llesiant Cymru](https://www.gov.wales/wellbeing-wales) ac [Adroddiad Tueddiadau’r \
Dyfodol](https://www.gov.wales/future-trends-report-wales-2021) i sgyrsiau â rhanddeiliaid yn gynnar ac yn benodol, \
fel bod data allweddol yn llywio atebion sydd wedi’u seilio ar well gwybodaeth.
- Pan fo llawer o ddyfodolau cymhleth yn bosibl, edrychwch ar draws pob un ohonynt am y **camau ‘gwneud beth \
bynnag’**: camau a fyddai’n debygol o helpu pa senario bynnag a ddaw.
- Dysgwch gan natur, gan gynnwys **meddwl am wybodaeth** mewn ffyrdd newydd a **chanfod llwybrau tecach at \
gysondeb**.
""",
        },
    },
    {
        "number": 5,
        "title": "Building a sustainable organisational culture",
        "title_cy": "Meithrin diwylliant sefydliadol cynaliadwy",
        "introduction": (
            "This theme aims to make sustainable working a natural, everyday part of how staff behave rather than a "
            "separate duty to tick off. Its five actions cover the WG2025 change programme, a starter pack for the "
            "culture change manual, staff surveys, communities of practice and internal communications."
        ),
        "introduction_cy": (
            "Nod y thema hon yw gwneud gweithio’n gynaliadwy yn rhan naturiol o ymddygiad staff bob dydd, yn hytrach "
            "na dyletswydd ar wahân i’w chyflawni. Mae’n cynnwys pum cam gweithredu sy’n ymdrin â rhaglen newid "
            "WG2025, pecyn cychwynnol ar gyfer y llawlyfr newid diwylliant, arolygon staff, cymunedau ymarfer a "
            "chyfathrebu mewnol."
        ),
        "note": {
            "introduction": """
This theme is about making sustainable working a habit that is simply part of us and shows in how we behave, \
rather than something separate we pick up to satisfy a requirement or a duty. Think of the difference between \
using our own hands without a second thought and having to master a strange tool in a hurry for a job we did not \
expect. The plan has 5 actions under this theme:

- delivering Welsh Government 2025, our three-year organisational development programme
- a starter pack to make our behaviour change manual easier to use
- learning from staff surveys
- communities of practice where officials and others support each other
- using our Internal Communications Strategy to deepen understanding of the Act

Read on for what we are learning and what is helping, followed by progress on actions 5.1 to 5.5 between \
February 2023 and February 2024.
""",
            "introduction_cy": """
Mae’r thema hon yn ymwneud â gwneud gweithio’n gynaliadwy yn arfer sy’n rhan ohonom ac sy’n amlwg yn ein \
hymddygiad, yn hytrach na rhywbeth ar wahân rydym yn ei godi i fodloni gofyniad neu ddyletswydd. Meddyliwch am y \
gwahaniaeth rhwng defnyddio ein dwylo ein hunain heb feddwl ddwywaith a gorfod meistroli offeryn dieithr ar frys \
ar gyfer gwaith nad oeddem yn ei ddisgwyl. Mae gan y cynllun 5 cam gweithredu o dan y thema hon:

- cyflawni Llywodraeth Cymru 2025, ein rhaglen tair blynedd i ddatblygu’r sefydliad
- pecyn cychwynnol ar gyfer ein llawlyfr newid ymddygiad
- dysgu o arolygon staff
- cymunedau ymarfer i gefnogi swyddogion ac eraill
- meithrin dealltwriaeth o’r Ddeddf drwy ein Strategaeth Cyfathrebu Mewnol

Darllenwch ymlaen am yr hyn rydym yn ei ddysgu a’r hyn sy’n helpu, ac wedyn y cynnydd ar gamau gweithredu 5.1 i \
5.5 rhwng Chwefror 2023 a Chwefror 2024.
""",
            "learning": """
Our culture is the sum of what we do, on our own and together. Some of those behaviours have deep roots in \
long-standing social norms and in tangled, sometimes hidden, histories. Understanding where a habit comes from can \
give us the motivation to change it for the better, and the new behaviours we take up become our new culture.

Changing behaviour is hard, and stopping doing something is hardest of all. The approach that has worked best for \
us so far has three steps:

- name the behaviour we want to change
- design, creatively, a new behaviour to take its place
- practise the new habit

This is one element of **practice-based change**: trying new practices and steadily building our capacity to \
practise. It is the foundation of the shared, continuous learning we need if we are to live up to the Act.

Change can happen where and when it is needed if we invite groups to organise themselves around topics that \
matter to them. We are testing this with **compassionate resource management** (leading with care \
when money and time are short) and **real-time positivity** (helping people work with their emotions in the moment, so \
that more positive action can follow). If your organisation would like to explore either, please get in touch; \
our contact details are at the end of this update.
""",
            "learning_cy": """
Ein diwylliant yw swm yr hyn a wnawn, ar ein pen ein hunain a gyda’n gilydd. Mae gwreiddiau dwfn gan rai o’r \
ymddygiadau hynny mewn normau cymdeithasol hirsefydlog ac mewn hanesion cymhleth, sydd weithiau’n guddiedig. Gall \
deall o ble mae arfer yn dod roi’r cymhelliant i ni ei newid er gwell, a’r ymddygiadau newydd a fabwysiadwn yw ein \
diwylliant newydd.

Mae newid ymddygiad yn anodd, a rhoi’r gorau i wneud rhywbeth yw’r anoddaf oll. Mae tri cham i’r dull sydd wedi \
gweithio orau i ni hyd yma:

- enwi’r ymddygiad rydym am ei newid
- dylunio, yn greadigol, ymddygiad newydd i gymryd ei le
- ymarfer yr arfer newydd

Dyma un elfen o **newid sy’n seiliedig ar ymarfer**: rhoi cynnig ar arferion newydd a meithrin ein gallu i ymarfer \
yn raddol. Dyma sylfaen y dysgu parhaus, cyffredin sydd ei angen arnom os ydym am wireddu’r Ddeddf.

Gall newid ddigwydd lle a phryd y mae ei angen os byddwn yn gwahodd grwpiau i drefnu eu hunain o gwmpas pynciau sy’n \
bwysig iddynt. Rydym yn profi hyn gyda **rheoli adnoddau’n dosturiol** (rheoli gyda thosturi hyd yn oed pan fo \
adnoddau’n brin) a **phositifrwydd amser real** (helpu pobl i weithio gyda’u hemosiynau yn y foment, fel y gall \
gweithredu mwy cadarnhaol ddilyn). Os hoffai eich sefydliad archwilio’r naill neu’r llall, cysylltwch â ni; mae ein \
manylion cyswllt ar ddiwedd y diweddariad hwn.
""",
            "top_tips": """
- Spot an old habit, then use a line from our change architecture, the **Sustainable Futures Architecture**, to \
start a conversation about the new habit or practice that should replace it
- Instead of sending detailed notes to everyone, agree **three key messages** in each meeting: the messages are \
clearer and the feedback is better
- The quick-tip guide from the Well-being of Future Generations National Stakeholder Forum, **How can we \
strengthen our use of the Well-being of Future Generations Act?**
- The [Well-being of Future Generations culture change manual](https://academiwales.gov.wales/) from Academi Wales
- Looking after ourselves, each other and the world around us, so that together we are at our best for Wales: \
**The Five Ways to Wellbeing, a three-point plan**
""",
            "top_tips_cy": """
- Sylwch ar hen arfer, yna defnyddiwch linell o’n pensaernïaeth newid, **Pensaernïaeth Dyfodol Cynaliadwy**, i \
ddechrau sgwrs am yr arfer neu’r ymarfer newydd a ddylai gymryd ei le
- Yn lle anfon nodiadau manwl at bawb, cytunwch ar **dair neges allweddol** ym mhob cyfarfod: mae’r negeseuon yn \
gliriach a’r adborth yn well
- Y canllaw awgrymiadau cyflym gan Fforwm Rhanddeiliaid Cenedlaethol Llesiant Cenedlaethau’r Dyfodol, **Sut y \
gallwn gryfhau’r defnydd a wnawn o Ddeddf Llesiant Cenedlaethau’r Dyfodol?**
- [Llawlyfr newid diwylliant Llesiant Cenedlaethau’r Dyfodol](https://academiwales.gov.wales/) gan Academi Wales
- Gofalu amdanom ni ein hunain, am ein gilydd ac am y byd o’n cwmpas, fel ein bod gyda’n gilydd ar ein gorau i \
Gymru: **Y Pum Ffordd at Lesiant, cynllun tri phwynt**
""",
        },
    },
    {
        "number": 6,
        "title": "Oversight, accountability and progress reporting",
        "title_cy": "Goruchwylio, atebolrwydd ac adrodd ar gynnydd",
        "introduction": (
            "This theme deals with the governance, oversight and reporting arrangements that hold the organisation "
            "to account and help it keep improving how it applies the sustainable development principle. Its eight "
            "actions cover yearly reporting on the plan, board and executive scrutiny, performance and accounts "
            "reporting, Board Champions, internal control and the business reporting tool."
        ),
        "introduction_cy": (
            "Mae’r thema hon yn ymwneud â’r trefniadau llywodraethu, goruchwylio ac adrodd sy’n dwyn y sefydliad i "
            "gyfrif ac yn ei helpu i barhau i wella’r ffordd y mae’n cymhwyso’r egwyddor datblygu cynaliadwy. Mae’n "
            "cynnwys wyth cam gweithredu sy’n ymdrin ag adrodd blynyddol ar y cynllun, craffu gan y bwrdd a’r "
            "pwyllgor gweithredol, adrodd ar berfformiad ac yn y cyfrifon, Hyrwyddwyr y Bwrdd, rheolaeth fewnol a’r "
            "offeryn adrodd ar wybodaeth busnes."
        ),
        "note": {
            "introduction": """
The Welsh Government answers to many stakeholders outside the organisation, but as civil servants we also answer \
to each other. That shared accountability runs through our oversight and governance arrangements. Part of our \
collective job is to keep accountability strong at the top while spotting and enabling improvements in line with \
the sustainable development principle. The plan identifies 8 actions under this theme, concerning:

- reporting each year on how the plan is being implemented
- governance and accountability
- the Welsh Government Performance Framework
- the annual financial accounts
- choosing Champions for the **Welsh Government Board**
- the internal control questionnaire
- making the most of BIRT, our business information reporting tool

What we are learning comes first, then progress on actions 6.1 to 6.8 between February 2023 and February 2024.
""",
            "introduction_cy": """
Mae Llywodraeth Cymru yn atebol i lawer o randdeiliaid y tu allan i’r sefydliad, ond fel gweision sifil rydym \
hefyd yn atebol i’n gilydd. Mae’r atebolrwydd cyffredin hwnnw’n rhedeg drwy ein trefniadau goruchwylio a \
llywodraethu. Rhan o’n gwaith ar y cyd yw cadw atebolrwydd yn gryf ar y brig gan sylwi ar welliannau yn unol â’r \
egwyddor datblygu cynaliadwy a’u galluogi. Mae’r cynllun yn nodi 8 cam gweithredu o dan y thema hon, sy’n ymwneud â:

- adrodd bob blwyddyn ar sut mae’r cynllun yn cael ei roi ar waith
- llywodraethu ac atebolrwydd
- Fframwaith Perfformiad Llywodraeth Cymru
- y cyfrifon ariannol blynyddol
- penodi Hyrwyddwyr **Bwrdd Llywodraeth Cymru**
- yr holiadur rheolaeth fewnol
- gwneud y gorau o BIRT, ein hofferyn adrodd ar wybodaeth busnes

Daw’r hyn rydym yn ei ddysgu yn gyntaf, ac wedyn y cynnydd ar gamau gweithredu 6.1 i 6.8 rhwng Chwefror 2023 a \
Chwefror 2024.
""",
            "learning": """
Leadership works best when it is shared. The five ways of working guided how our Board Champions were chosen: \
staff who had been through the Future Generations Leadership Academy were invited to apply, and all three who came \
forward were appointed. The Champions take turns to sit as observers on the board and its shadow board, help each \
other think through the advice they give there, and are growing a wider network of alumni and champions across \
the organisation.

Joining things up early is far better than doing it late, yet people find it hard, for many social and \
psychological reasons, and we have not cracked it yet. Take internal assurance, such as the \
internal control questionnaire: we want to improve it, but assurance becomes stronger above all when the \
policies and processes being assured get better. That means finding the root cause of any weakness, which for us means \
considering likely impacts at the earliest point of a process, whether it is an internal or external policy, an \
assessment or a decision.
""",
            "learning_cy": """
Mae arweinyddiaeth yn gweithio orau pan gaiff ei rhannu. Defnyddiwyd y pum ffordd o weithio i benderfynu sut i \
benodi Hyrwyddwyr Bwrdd Llywodraeth Cymru: gwahoddwyd cyn-aelodau Academi Arweinyddiaeth Cenedlaethau’r Dyfodol o \
blith staff Llywodraeth Cymru i wneud cais, a phenodwyd y tri a ddaeth ymlaen. Rhyngddynt mae’r Hyrwyddwyr yn \
darparu arsylwr ar fwrdd Llywodraeth Cymru ac ar ei fwrdd cysgodol, yn helpu ei gilydd i feddwl am eu cyngor i’r \
ddau, ac yn tyfu rhwydwaith ehangach o gyn-aelodau a hyrwyddwyr ar draws y sefydliad.

Mae cydgysylltu pethau’n gynnar yn llawer gwell na’i wneud yn hwyr, ond mae pobl yn ei chael yn anodd, am lawer o \
resymau cymdeithasol a seicolegol, ac rydym yn dal i weithio allan sut i’w wneud yn well. Ystyriwch sicrwydd \
mewnol, megis yr holiadur rheolaeth fewnol: rydym am ei wella, ond y ffordd sicraf o gryfhau sicrwydd yw gwella’r \
polisïau a’r prosesau sy’n cael eu sicrhau. Mae hynny’n golygu dod o hyd i wraidd unrhyw wendid, sydd i ni’n \
golygu ystyried effeithiau tebygol ar y cam cynharaf un mewn proses, boed yn bolisi mewnol neu allanol, yn asesiad \
neu’n benderfyniad.
""",
            "top_tips": """
- Weigh up likely impacts at the very first step of a policy, an assessment or a decision, rather than adding \
checks at the end
- Open roles such as Board Champion to everyone with the right experience, and consider appointing all who come \
forward so that they can support one another
""",
            "top_tips_cy": """
- Pwyswch a mesurwch effeithiau tebygol ar gam cyntaf un polisi, asesiad neu benderfyniad, yn hytrach nag \
ychwanegu gwiriadau ar y diwedd
- Agorwch rolau fel Hyrwyddwr y Bwrdd i bawb sydd â’r profiad iawn, ac ystyriwch benodi pawb sy’n dod ymlaen fel \
y gallant gefnogi ei gilydd
""",
        },
    },
]


def _term(term, term_cy, definition, definition_cy):
    return {"term": term, "term_cy": term_cy, "definition": definition, "definition_cy": definition_cy}


# The 22 terms the report explains at its end, in its order.
KEY_TERMS = [
    _term(
        "Well-being of Future Generations (Wales) Act 2015",
        "Deddf Llesiant Cenedlaethau’r Dyfodol (Cymru) 2015",
        "The law, often shortened to the WFG Act, whose aim is better social, economic, environmental and cultural "
        "well-being for Wales. [Read the Act](https://www.legislation.gov.uk/anaw/2015/2/contents).",
        "Y gyfraith, a elwir yn aml yn Ddeddf LlCD, sy’n anelu at wella llesiant cymdeithasol, economaidd, "
        "amgylcheddol a diwylliannol Cymru. [Darllen y Ddeddf](https://www.legislation.gov.uk/anaw/2015/2/contents/welsh).",
    ),
    _term(
        "Sustainable development",
        "Datblygu cynaliadwy",
        "In the Act’s sense, the work of making Wales better off economically, socially, environmentally and "
        "culturally by acting in line with the sustainable development principle to reach the well-being goals.",
        "Yn ystyr y Ddeddf, y gwaith o wella sefyllfa Cymru yn economaidd, yn gymdeithasol, yn amgylcheddol ac yn "
        "ddiwylliannol drwy weithredu yn unol â’r egwyddor datblygu cynaliadwy i gyrraedd y nodau llesiant.",
    ),
    _term(
        "Well-being goals",
        "Nodau llesiant",
        "Seven goals that together paint the Wales we want: a shared vision of the economic, social, environmental "
        "and cultural outcomes that would make Wales a more sustainable nation. They are:\n\n"
        "- A prosperous Wales\n- A resilient Wales\n- A healthier Wales\n- A more equal Wales\n"
        "- A Wales of cohesive communities\n- A Wales of vibrant culture and thriving Welsh language\n"
        "- A globally responsible Wales",
        "Saith nod sydd gyda’i gilydd yn disgrifio’r Gymru a fynnwn: gweledigaeth gyffredin o’r canlyniadau "
        "economaidd, cymdeithasol, amgylcheddol a diwylliannol a fyddai’n gwneud Cymru’n genedl fwy cynaliadwy. Dyma "
        "nhw:\n\n- Cymru lewyrchus\n- Cymru gydnerth\n- Cymru iachach\n- Cymru sy’n fwy cyfartal\n"
        "- Cymru o gymunedau cydlynus\n- Cymru â diwylliant bywiog lle mae’r Gymraeg yn ffynnu\n"
        "- Cymru sy’n gyfrifol ar lefel fyd-eang",
    ),
    _term(
        "Sustainable development principle",
        "Yr egwyddor datblygu cynaliadwy",
        "Acting so that today’s needs are met without harming the ability of future generations to meet theirs; in "
        "short, keeping the future in mind in what we do now. It comes with five ways of working that public bodies "
        "are required to consider:\n\n"
        "- **long term**: weighing short-term needs against the need to protect what future generations will need\n"
        "- **integration**: considering every well-being goal when choosing well-being objectives\n"
        "- **involvement**: bringing people who reflect the diversity of the population into decisions that affect "
        "them\n"
        "- **collaboration**: working with others to find shared, sustainable answers\n"
        "- **prevention**: understanding what lies at the root of a problem so that it can be stopped before it starts",
        "Gweithredu fel bod anghenion heddiw yn cael eu diwallu heb niweidio gallu cenedlaethau’r dyfodol i ddiwallu "
        "eu hanghenion hwythau; yn fyr, cadw’r dyfodol mewn cof yn yr hyn a wnawn nawr. Daw gyda phum ffordd o "
        "weithio y mae’n rhaid i gyrff cyhoeddus eu hystyried:\n\n"
        "- **hirdymor**: pwyso anghenion tymor byr yn erbyn yr angen i ddiogelu’r hyn fydd ei angen ar "
        "genedlaethau’r dyfodol\n"
        "- **integreiddio**: ystyried pob nod llesiant wrth ddewis amcanion llesiant\n"
        "- **cynnwys**: dod â phobl sy’n adlewyrchu amrywiaeth y boblogaeth i mewn i benderfyniadau sy’n effeithio "
        "arnynt\n"
        "- **cydweithio**: gweithio gydag eraill i ganfod atebion cyffredin, cynaliadwy\n"
        "- **atal**: deall beth sydd wrth wraidd problem er mwyn ei hatal cyn iddi ddechrau",
    ),
    _term(
        "Individual well-being duty on public bodies",
        "Dyletswydd llesiant unigol ar gyrff cyhoeddus",
        "The legal duty on specified public bodies in Wales to carry out sustainable development. Each must set and "
        "publish well-being objectives designed to contribute as much as possible to every well-being goal, and take "
        "all reasonable steps to meet them.",
        "Y ddyletswydd gyfreithiol ar gyrff cyhoeddus penodedig yng Nghymru i gyflawni datblygu cynaliadwy. Rhaid i "
        "bob un osod a chyhoeddi amcanion llesiant sydd wedi’u llunio i gyfrannu cymaint â phosibl at bob nod "
        "llesiant, a chymryd pob cam rhesymol i’w cyflawni.",
    ),
    _term(
        "Welsh Ministers’ duties under the WFG Act",
        "Dyletswyddau Gweinidogion Cymru o dan Ddeddf LlCD",
        "The Welsh Ministers are among the public bodies named in the Act, so the same well-being duty applies to "
        "them. They have further responsibilities too: publishing **statutory guidance** on the Act, setting "
        "**national indicators** and **milestones**, producing a **Future Trends Report** that sets out progress and "
        "coming pressures for decision makers, and publishing each year a **Well-being of Wales** report on progress "
        "towards the goals, measured against the indicators and milestones.",
        "Mae Gweinidogion Cymru ymhlith y cyrff cyhoeddus a enwir yn y Ddeddf, felly mae’r un ddyletswydd llesiant "
        "yn berthnasol iddynt. Mae ganddynt gyfrifoldebau pellach hefyd: cyhoeddi **canllawiau statudol** ar y "
        "Ddeddf, gosod **dangosyddion cenedlaethol** a **cherrig milltir**, llunio **Adroddiad Tueddiadau’r "
        "Dyfodol** sy’n disgrifio cynnydd a’r pwysau sydd i ddod i’r rhai sy’n gwneud penderfyniadau, a chyhoeddi "
        "adroddiad **Llesiant Cymru** bob blwyddyn ar y cynnydd tuag at y nodau, wedi’i fesur yn erbyn y "
        "dangosyddion a’r cerrig milltir.",
    ),
    _term(
        "Business Information Reporting Tool (BIRT)",
        "Offeryn Adrodd ar Wybodaeth Busnes (BIRT)",
        "Our internal system for recording, tracking and reporting on commitments and priorities in one simple, "
        "consistent way. Progress on the plan’s actions is brought up to date in BIRT every quarter.",
        "Ein system fewnol ar gyfer cofnodi, olrhain ac adrodd ar ymrwymiadau a blaenoriaethau mewn un ffordd syml a "
        "chyson. Caiff cynnydd camau gweithredu’r cynllun ei ddiweddaru yn BIRT bob chwarter.",
    ),
    _term(
        "Compassionate approaches, including compassionate resource management",
        "Dulliau tosturiol, gan gynnwys rheoli adnoddau’n dosturiol",
        "Compassionate leadership puts empathy, understanding and support for staff first. Studies in the NHS and "
        "beyond show that it lifts morale, engagement and performance, above all during change and difficulty. "
        "Compassionate resource management carries the same approach into times when resources are scarce.",
        "Mae arweinyddiaeth dosturiol yn rhoi empathi, dealltwriaeth a chymorth i staff yn gyntaf. Yn y GIG ac mewn "
        "mannau eraill canfuwyd ei bod yn codi morâl, ymgysylltiad a pherfformiad, yn enwedig yn ystod newid ac "
        "anawsterau. Mae rheoli adnoddau’n dosturiol yn mynd â’r un dull i gyfnodau pan fo adnoddau’n brin.",
    ),
    _term(
        "Co-production",
        "Cydgynhyrchu",
        "A way of reaching better outcomes by:\n\n- working as equal partners\n- sharing power and responsibility\n"
        "- recognising people’s strengths and their right to run their own lives\n"
        "- letting a set of core principles reshape how work is done",
        "Ffordd o sicrhau canlyniadau gwell drwy:\n\n- weithio fel partneriaid cyfartal\n- rannu pŵer a "
        "chyfrifoldeb\n- gydnabod cryfderau pobl a’u hawl i reoli eu bywydau eu hunain\n- adael i gyfres o "
        "egwyddorion craidd ail-lunio’r ffordd y caiff gwaith ei wneud",
    ),
    _term(
        "Communities of practice",
        "Cymunedau ymarfer",
        "Groups of people who share a concern, a challenge, a set of problems or an interest, and who meet to listen, "
        "notice and reflect together in ways that serve both each person’s aims and the group’s.",
        "Grwpiau o bobl sy’n rhannu pryder, her, cyfres o broblemau neu ddiddordeb, ac sy’n cyfarfod i wrando, sylwi "
        "a myfyrio gyda’i gilydd mewn ffyrdd sy’n gwasanaethu nodau pob unigolyn a nodau’r grŵp.",
    ),
    _term(
        "Continuous learning",
        "Dysgu parhaus",
        "The never-finished gathering of new skills, knowledge and habits, whether by one person, a team or a whole "
        "organisation.",
        "Y gwaith di-ben-draw o gasglu sgiliau, gwybodaeth ac arferion newydd, boed gan un person, tîm neu sefydliad "
        "cyfan.",
    ),
    _term(
        "Economic Contract",
        "Y Contract Economaidd",
        "A deal struck between the Welsh Government and each business it backs, about working in partnership to "
        "build resilient firms that are good places to work. In return, public investment is steered towards "
        "meeting Wales’ social and environmental needs while building a stronger, more prosperous well-being economy.",
        "Cytundeb rhwng Llywodraeth Cymru a’r busnesau y mae’n eu cefnogi ynghylch gweithio mewn partneriaeth i "
        "adeiladu cwmnïau cydnerth sy’n lleoedd da i weithio. Yn gyfnewid, caiff buddsoddiad cyhoeddus ei gyfeirio "
        "at ddiwallu anghenion cymdeithasol ac amgylcheddol Cymru gan adeiladu economi llesiant gryfach a mwy "
        "llewyrchus.",
    ),
    _term(
        "Emergent meetings and planning",
        "Cyfarfodydd a chynllunio esblygol",
        "An emergent meeting has a light structure, loosely held, so that new ideas, insights and suggestions can "
        "surface as it goes. Emergent planning asks us to settle only the next few steps and let the later ones take "
        "shape as the work unfolds.",
        "Mae gan gyfarfod esblygol strwythur ysgafn, wedi’i ddal yn llac, fel y gall syniadau, safbwyntiau ac "
        "awgrymiadau newydd godi wrth iddo fynd yn ei flaen. Mae cynllunio esblygol yn gofyn i ni benderfynu ar yr "
        "ychydig gamau nesaf yn unig a gadael i’r camau diweddarach ffurfio wrth i’r gwaith ddatblygu.",
    ),
    _term(
        "Foresight",
        "Rhagwelediad",
        "Building a fuller picture of the forces that will shape the long-term future, so that they can be weighed "
        "when policy is made, plans are drawn up and decisions are taken.",
        "Meithrin darlun llawnach o’r grymoedd a fydd yn llunio’r dyfodol hirdymor, fel y gellir eu hystyried wrth "
        "lunio polisi, paratoi cynlluniau a gwneud penderfyniadau.",
    ),
    _term(
        "Integrated Impact Assessment",
        "Asesiad Effaith Integredig",
        "The Welsh Government’s process for working out what major areas of action are likely to "
        "change, before strategic or higher-level decisions or recommendations are reached (often shortened to IIA).",
        "Proses Llywodraeth Cymru ar gyfer canfod effeithiau tebygol meysydd gweithredu allweddol cyn gwneud "
        "unrhyw benderfyniad neu argymhelliad strategol neu lefel uwch (AEI yn aml).",
    ),
    _term(
        "National well-being indicators and milestones",
        "Dangosyddion a cherrig milltir llesiant cenedlaethol",
        "The Act requires the Welsh Ministers to set national indicators that measure progress towards the seven "
        "well-being goals; a technical document describes each one, where its data comes from and how often it is "
        "updated. Section 10(3) of the Act also requires them to set milestones for the indicators, to help judge "
        "whether progress towards the goals is being made.",
        "Mae’r Ddeddf yn ei gwneud yn ofynnol i Weinidogion Cymru osod dangosyddion cenedlaethol sy’n mesur cynnydd "
        "tuag at y saith nod llesiant; mae dogfen dechnegol yn disgrifio pob un, o ble y daw ei ddata a pha mor aml y "
        "caiff ei ddiweddaru. Mae adran 10(3) o’r Ddeddf hefyd yn ei gwneud yn ofynnol iddynt osod cerrig milltir ar "
        "gyfer y dangosyddion, i helpu i farnu a oes cynnydd yn cael ei wneud tuag at y nodau.",
    ),
    _term(
        "Mapping",
        "Mapio",
        "Drawing a picture of how the parts of a system connect. Mapping a complex system that we belong to can help "
        "us understand it better.",
        "Llunio darlun o sut mae rhannau system yn cysylltu. Gall mapio system gymhleth yr ydym yn rhan ohoni ein "
        "helpu i’w deall yn well.",
    ),
    _term(
        "Practice-based change",
        "Newid sy’n seiliedig ar ymarfer",
        "A reflective, strategic way of changing that joins theory to experience. Rather than learning the theory "
        "first and applying it later, you put it to work while you learn, try out new practices, pick the ones you "
        "want to go deeper with, and so build up your own capacity to grow practices over time.",
        "Ffordd fyfyriol, strategol o newid sy’n cysylltu theori â phrofiad. Yn hytrach na dysgu’r theori yn gyntaf a’i "
        "chymhwyso wedyn, rydych yn ei rhoi ar waith wrth ddysgu, yn rhoi cynnig ar arferion newydd, yn dewis y rhai "
        "rydych am fynd yn ddyfnach iddynt, ac felly’n meithrin eich gallu eich hun i dyfu arferion dros amser.",
    ),
    _term(
        "Programme for Government",
        "Rhaglen Lywodraethu",
        "The commitments the Welsh Government will deliver during this Senedd term to meet the challenges we face and "
        "improve lives across Wales. [See the programme](https://www.gov.wales/our-priorities).",
        "Yr ymrwymiadau y bydd Llywodraeth Cymru yn eu cyflawni yn ystod tymor y Senedd hon i ymateb i’r heriau sy’n "
        "ein hwynebu a gwella bywydau ledled Cymru. [Gweld y rhaglen](https://www.gov.wales/our-priorities).",
    ),
    _term(
        "Prototyping",
        "Prototeipio",
        "A prototype is a practical step that can be tested, taken in order to learn: it turns an idea into "
        "something concrete. It is an experiment rather than a finished product, and the feedback it brings helps us "
        "sharpen our thinking and build a second and third version.",
        "Cam ymarferol y gellir ei brofi, a gymerir er mwyn dysgu, yw prototeip: mae’n troi syniad yn rhywbeth "
        "diriaethol. Arbrawf ydyw yn hytrach na chynnyrch gorffenedig, ac mae’r adborth a ddaw ohono’n ein helpu i "
        "fireinio ein syniadau a datblygu ail a thrydedd fersiwn.",
    ),
    _term(
        "Real-time positivity",
        "Positifrwydd amser real",
        "A way of building resilience that can stop a low mood from sliding into poor mental health. Instead of "
        "pushing away feelings such as self-doubt, negativity or tiredness, we meet them with self-awareness and "
        "kindness, let them come up and accept them. Accepting and learning from hard feelings as well as good ones "
        "helps us keep a healthier, more positive outlook. It is called real-time because it can be used whenever we "
        "need it.",
        "Ffordd o feithrin cydnerthedd a all atal hwyliau isel rhag llithro’n iechyd meddwl gwael. Yn hytrach na "
        "gwthio teimladau fel hunanamheuaeth, negyddiaeth neu flinder i ffwrdd, rydym yn eu hwynebu gyda "
        "hunanymwybyddiaeth a charedigrwydd, yn gadael iddynt godi ac yn eu derbyn. Mae derbyn a dysgu o "
        "deimladau anodd yn ogystal â rhai da yn ein helpu i gadw agwedd iachach a mwy cadarnhaol. Fe’i gelwir yn "
        "amser real am y gellir ei ddefnyddio pryd bynnag y mae ei angen arnom.",
    ),
    _term(
        "Socio-economic duty",
        "Y ddyletswydd economaidd-gymdeithasol",
        "A duty whose overall aim is better outcomes for people living with socio-economic disadvantage. The "
        "[Socio-economic Duty](https://www.gov.wales/socio-economic-duty-overview) asks those who take strategic "
        "decisions to:\n\n"
        "- weigh the evidence and the likely impact, drawing on consultation and engagement\n"
        "- listen to the people a decision affects, above all those facing socio-economic disadvantage, and "
        "understand their needs\n"
        "- be open to challenge and scrutiny\n"
        "- bring about change in how decisions are taken and how decision makers go about their work",
        "Dyletswydd a’i nod cyffredinol yw canlyniadau gwell i bobl sy’n byw gydag anfantais economaidd-gymdeithasol. "
        "Mae’r [Ddyletswydd Economaidd-gymdeithasol](https://www.gov.wales/socio-economic-duty-overview) yn gofyn i’r "
        "rhai sy’n gwneud penderfyniadau strategol:\n\n"
        "- bwyso a mesur y dystiolaeth a’r effaith debygol, gan dynnu ar ymgynghori ac ymgysylltu\n"
        "- wrando ar y bobl y mae penderfyniad yn effeithio arnynt, yn enwedig y rhai sy’n wynebu anfantais "
        "economaidd-gymdeithasol, a deall eu hanghenion\n"
        "- fod yn agored i her a chraffu\n"
        "- sicrhau newid yn y ffordd y caiff penderfyniadau eu gwneud ac yn y ffordd y mae’r rhai sy’n eu gwneud yn "
        "gweithio",
    ),
]


def _a(
    number,
    *,
    title,
    title_cy,
    commitment,
    commitment_cy,
    status,
    narrative,
    narrative_cy,
    department,
    holders,
    topics,
    target_date,
    reported_with=None,
):
    """One action: ``holders`` are keys of HOLDER_PEOPLE (or a demo sign-in's role), the first of them the lead;
    ``topics`` are slugs of ways of working and well-being goals; the narrative is the first report’s."""
    return {
        "number": number,
        "theme": int(number.split(".")[0]),
        "title": title,
        "title_cy": title_cy,
        "commitment": commitment,
        "commitment_cy": commitment_cy,
        "status": status,
        "narrative": narrative.strip(),
        "narrative_cy": narrative_cy.strip(),
        "department": department,
        "holders": holders,
        "topics": topics,
        "target_date": target_date,
        "reported_with": reported_with,
    }


ACTIONS = [
    # ---------------- Theme 1 ----------------
    _a(
        "1.1",
        title="Reporting well-being objectives through Programme for Government updates",
        title_cy="Adrodd ar amcanion llesiant drwy ddiweddariadau’r Rhaglen Lywodraethu",
        commitment="Keep building the well-being objectives into the yearly report on progress against the "
        "Programme for Government.",
        commitment_cy="Parhau i wreiddio’r amcanion llesiant yn yr adroddiad blynyddol ar gynnydd yn erbyn y Rhaglen "
        "Lywodraethu.",
        status="on_track",
        narrative="""
Our [annual report](https://www.gov.wales/welsh-government-annual-report-2023-html), which shows how far we have \
come in delivering the well-being objectives, came out on 4 July 2023. It is this year’s main evidence for the \
action, and the next annual report will follow the same pattern.
""",
        narrative_cy="""
Cyhoeddwyd ein [hadroddiad blynyddol](https://www.gov.wales/welsh-government-annual-report-2023-html), sy’n dangos \
pa mor bell rydym wedi dod wrth gyflawni’r amcanion llesiant, ar 4 Gorffennaf 2023. Dyma brif dystiolaeth y cam \
gweithredu eleni, a bydd yr adroddiad blynyddol nesaf yn dilyn yr un patrwm.
""",
        department="cabinet",
        holders=["rachel", "marc"],
        topics=["long-term", "integration"],
        target_date=date(2025, 7, 31),
    ),
    _a(
        "1.2",
        title="Helping the executive committee apply sustainable development",
        title_cy="Helpu’r pwyllgor gweithredol i gymhwyso’r egwyddor datblygu cynaliadwy",
        commitment="Continue supporting the executive committee to use the sustainable development principle as it "
        "backs the Permanent Secretary in advising the First Minister on policy.",
        commitment_cy="Parhau i gefnogi’r pwyllgor gweithredol i ddefnyddio’r egwyddor datblygu cynaliadwy wrth iddo "
        "gynorthwyo’r Ysgrifennydd Parhaol yn ei rôl fel prif gynghorydd polisi’r Prif Weinidog.",
        status="in_progress",
        narrative="""
Members of the executive committee took part in shaping the Continuous Learning and Improvement Plan. During 2024 \
they will hear how delivery of the plan is going.
""",
        narrative_cy="""
Bu aelodau’r pwyllgor gweithredol yn rhan o’r gwaith o lunio’r Cynllun Dysgu a Gwella Parhaus. Yn ystod 2024 \
byddant yn clywed sut mae’r gwaith o gyflawni’r cynllun yn mynd rhagddo.
""",
        department="sfd",
        holders=["elen", "non"],
        topics=["integration", "long-term"],
        target_date=date(2024, 7, 31),
    ),
    _a(
        "1.3",
        title="Learning from international partner governments and networks",
        title_cy="Dysgu oddi wrth lywodraethau a rhwydweithiau rhyngwladol",
        commitment="Share experience with, and learn from, governments around the world, chiefly through Regions4 "
        "and the Wellbeing Economy Governments (WEGo) partnership.",
        commitment_cy="Rhannu profiad â llywodraethau ledled y byd a dysgu ganddynt, yn bennaf drwy Regions4 a "
        "phartneriaeth y Llywodraethau Economi Llesiant (WEGo).",
        status="on_track",
        narrative="""
We renewed our memorandum of understanding with the Government of Flanders so that we can swap practice and \
lessons on foresight, and we worked alongside counterparts in Catalonia, the Basque Country and Brittany.

The year also included:

- a keynote by the First Minister at the International Seminar on the Metropolis of the Future, in Bilbao
- the Minister for Health and Social Services at the World Health Organization’s regional forum on health in the \
well-being economy, in Copenhagen
- officials at the Wellbeing Economy Forum in Reykjavik, WEGo partnership labs, the Wellbeing Economy Policy Makers \
Network, European Policy Centre activities, OECD events and meetings of [Regions4](https://www.regions4.org/)
""",
        narrative_cy="""
Rydym wedi adnewyddu ein memorandwm cyd-ddealltwriaeth â Llywodraeth Fflandrys er mwyn cyfnewid arferion a gwersi \
am ragwelediad, a buom yn gweithio ochr yn ochr â swyddogion cyfatebol yng Nghatalwnia, Gwlad y Basg a Llydaw.

Uchafbwyntiau eraill y flwyddyn:

- prif araith gan y Prif Weinidog yn y Seminar Rhyngwladol ar Fetropolis y Dyfodol, yn ninas Bilbao
- y Gweinidog Iechyd a Gwasanaethau Cymdeithasol yn fforwm rhanbarthol Sefydliad Iechyd y Byd ar iechyd yn yr \
economi llesiant, yn ninas Copenhagen
- swyddogion yn Fforwm yr Economi Llesiant yn Reykjavik, labordai partneriaeth WEGo, Rhwydwaith Llunwyr Polisi’r \
Economi Llesiant, gweithgareddau’r European Policy Centre, digwyddiadau’r OECD a chyfarfodydd \
[Regions4](https://www.regions4.org/)
""",
        department="cabinet",
        holders=["hannah", "gethin"],
        topics=["collaboration", "globally-responsible"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "1.4",
        title="Refreshing the National Stakeholder Forum",
        title_cy="Adnewyddu’r Fforwm Rhanddeiliaid Cenedlaethol",
        commitment="Use the Well-being of Future Generations National Stakeholder Forum to push forward the next "
        "stage of embedding the Act’s approach throughout Wales.",
        commitment_cy="Defnyddio Fforwm Rhanddeiliaid Cenedlaethol Llesiant Cenedlaethau’r Dyfodol i yrru’r cam nesaf "
        "o wreiddio dull y Ddeddf ledled Cymru.",
        status="on_track",
        narrative=f"""
To open up the **Well-being of Future Generations National Stakeholder Forum**, and to reflect how wide the \
sustainable development agenda in Wales has become, we have changed several things. The forum has refreshed \
[terms of reference]({FORUM_URL}/terms-of-reference) and new members who bring extra expertise, and the notes and \
resources from its meetings are now on our website.

Over the year the forum heard from:

- the Future Generations Commissioner for Wales
- the Minister for Social Justice and Chief Whip
- the Chief Statistician, with officials from our Cabinet Office
- the Climate Change Commission
- the Just Transition team working on climate change in the Welsh Government
- the UN System Team in the UK government, on the UN’s 2024 Summit of the Future
""",
        narrative_cy=f"""
Er mwyn agor **Fforwm Rhanddeiliaid Cenedlaethol Llesiant Cenedlaethau’r Dyfodol**, ac adlewyrchu mor eang yw’r \
agenda datblygu cynaliadwy yng Nghymru erbyn hyn, rydym wedi newid sawl peth. Mae gan y fforwm [gylch \
gorchwyl]({FORUM_URL}/terms-of-reference) newydd ac aelodau newydd sy’n dod ag arbenigedd ychwanegol, ac mae’r \
nodiadau a’r adnoddau o’i gyfarfodydd bellach ar ein gwefan.

Yn ystod y flwyddyn clywodd y fforwm gan:

- Comisiynydd Cenedlaethau’r Dyfodol Cymru
- y Gweinidog Cyfiawnder Cymdeithasol a’r Prif Chwip
- y Prif Ystadegydd, gyda swyddogion o’n Swyddfa’r Cabinet
- y Comisiwn Newid Hinsawdd
- y tîm Pontio Teg sy’n gweithio ar newid hinsawdd yn Llywodraeth Cymru
- Tîm System y Cenhedloedd Unedig yn Llywodraeth y DU, am Uwchgynhadledd y Dyfodol y Cenhedloedd Unedig yn 2024
""",
        department="sfd",
        holders=["marc", "elen"],
        topics=["involvement", "collaboration"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "1.5",
        title="Bringing public bodies’ well-being objectives together",
        title_cy="Dod ag amcanion llesiant cyrff cyhoeddus ynghyd",
        commitment="Look for ways to make the well-being objectives set by public bodies in Wales better known, using "
        "the Commissioner’s monitoring work.",
        commitment_cy="Chwilio am ffyrdd o wneud amcanion llesiant cyrff cyhoeddus Cymru yn fwy adnabyddus, gan "
        "ddefnyddio gwaith monitro’r Comisiynydd.",
        status="in_progress",
        narrative="""
Together with the Future Generations Commissioner for Wales we are gathering, in a single place, the well-being \
objectives of all 48 public bodies covered by the well-being duty and those of the Public Services Boards. Seeing \
the objectives side by side should help organisations understand each other’s priorities and join up their work.
""",
        narrative_cy="""
Ar y cyd â Chomisiynydd Cenedlaethau’r Dyfodol Cymru, rydym yn casglu, mewn un man, amcanion llesiant y 48 corff \
cyhoeddus sy’n ddarostyngedig i’r ddyletswydd llesiant ac amcanion y Byrddau Gwasanaethau Cyhoeddus. Dylai gweld \
yr amcanion ochr yn ochr helpu sefydliadau i ddeall blaenoriaethau ei gilydd a chydgysylltu eu gwaith.
""",
        department="sfd",
        holders=["sam", "marc"],
        topics=["integration", "collaboration"],
        target_date=date(2024, 12, 31),
    ),
    _a(
        "1.6",
        title="Helping senior leaders use the Future Trends Report",
        title_cy="Helpu uwch arweinwyr i ddefnyddio Adroddiad Tueddiadau’r Dyfodol",
        commitment="Make ministers and senior leaders more familiar with the Future Trends Report.",
        commitment_cy="Gwneud Gweinidogion ac uwch arweinwyr yn fwy cyfarwydd ag Adroddiad Tueddiadau’r Dyfodol.",
        status="on_track",
        narrative="""
An ESRC-funded research project on foresight and sustainable development in the Welsh Government gave us two \
workshops: one for foresight leads in Welsh public bodies, and one for our own senior leaders on where the \
futures agenda goes next. The project’s report, **Foresight for sustainable development and well-being governance \
in Wales**, came out in November 2023.

To spread awareness of the **Future Trends Report 2021** and of foresight tools, officials have also presented at \
a string of events, among them:

- Policy Capability seminars
- the Knowledge Exchange programme (see action 3.1)
- the Analysis in Government seminar
- the Government Futures Network run by the UK government (previously Heads of Horizon Scanning)
- the Research and Innovation Strategic Engagement (RISE) group

In addition we helped teams run a futures session for Senior Civil Servants and one for the policy team working on \
Senedd reform. Training on Futures Thinking for Policy Practitioners and on the Futures Toolkit is still being \
rolled out.
""",
        narrative_cy="""
Drwy brosiect ymchwil a ariannwyd gan yr ESRC ar ragwelediad a datblygu cynaliadwy yn Llywodraeth Cymru, \
cynhaliwyd dau weithdy: un i arweinwyr rhagwelediad mewn cyrff cyhoeddus yng Nghymru, ac un i’n huwch arweinwyr \
ni ein hunain ar gyfeiriad nesaf yr agenda dyfodolau. Cyhoeddwyd adroddiad y prosiect, **Foresight for sustainable \
development and well-being governance in Wales**, ym mis Tachwedd 2023.

Er mwyn codi ymwybyddiaeth o **Adroddiad Tueddiadau’r Dyfodol 2021** ac o offer rhagwelediad, mae swyddogion hefyd \
wedi cyflwyno mewn cyfres o ddigwyddiadau, gan gynnwys:

- seminarau Gallu Polisi
- y rhaglen Cyfnewid Gwybodaeth (gweler cam gweithredu 3.1)
- seminar Dadansoddi yn y Llywodraeth
- Rhwydwaith Dyfodolau’r Llywodraeth a gynhelir gan Lywodraeth y DU (Heads of Horizon Scanning gynt)
- y grŵp Ymgysylltu Strategol ar Ymchwil ac Arloesi (RISE)

Yn ogystal, buom yn helpu timau i gynnal sesiwn ar ddyfodolau i Uwch Weision Sifil ac un i’r tîm polisi sy’n \
gweithio ar ddiwygio’r Senedd. Mae hyfforddiant ar Feddwl am y Dyfodol i Ymarferwyr Polisi ac ar y Pecyn Cymorth \
Dyfodolau yn dal i gael ei gyflwyno.
""",
        department="kas",
        holders=["gwenllian", "priya"],
        topics=["long-term", "prevention"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "1.7",
        title="Scoping an evaluation of the Act",
        title_cy="Cwmpasu gwerthusiad o’r Ddeddf",
        commitment="Work out what an evaluation of the Well-being of Future Generations Act should cover and how it "
        "ought to be carried out.",
        commitment_cy="Penderfynu beth y dylai gwerthusiad o Ddeddf Llesiant Cenedlaethau’r Dyfodol ei gwmpasu a sut y "
        "dylid ei gynnal.",
        status="in_progress",
        narrative="""
The Sustainable Futures Division has won a UK Research and Innovation Policy Fellowship, funded through the \
Economic and Social Research Council (ESRC). The fellow will design how the Act is to be evaluated and carry out \
the first stage of that evaluation. The fellowship is an **18-month project** that began in January 2024.
""",
        narrative_cy="""
Mae’r Is-adran Dyfodol Cynaliadwy wedi ennill Cymrodoriaeth Polisi gan Ymchwil ac Arloesedd y DU, a ariennir drwy’r \
Cyngor Ymchwil Economaidd a Chymdeithasol (ESRC). Bydd y cymrawd yn cynllunio sut y caiff y Ddeddf ei gwerthuso ac \
yn cynnal cam cyntaf y gwerthusiad hwnnw. Mae’r gymrodoriaeth yn **brosiect 18 mis** a ddechreuodd ym mis Ionawr \
2024.
""",
        department="sfd",
        holders=["host", "elen"],
        topics=["long-term", "integration"],
        target_date=date(2025, 6, 30),
    ),
    # ---------------- Theme 2 ----------------
    _a(
        "2.1",
        title="Development pathways for policy makers’ sustainability skills",
        title_cy="Llwybrau datblygu ar gyfer sgiliau cynaliadwyedd llunwyr polisi",
        commitment="Create development routes that help policy officials grow the skills, knowledge and behaviours "
        "needed to apply the sustainable development principle.",
        commitment_cy="Creu llwybrau datblygu sy’n helpu swyddogion polisi i feithrin y sgiliau, y wybodaeth a’r "
        "ymddygiadau sydd eu hangen i gymhwyso’r egwyddor datblygu cynaliadwy.",
        status="in_progress",
        narrative="""
Making policy is one of the Welsh Government’s core jobs: helping ministers shape policies that work, can be \
delivered and bring benefits for people now and later. We have written a **Policy Capability Strategy** aimed at a \
high-performing policy system that supports good decisions and adapts as needs and expectations shift.

Alongside the strategy sits a **Policy Capability Framework**. It sets out the skills, ways of working and \
knowledge that policy professionals across the organisation need, and describes development pathways so that \
officials can plan their learning and keep building those skills.

The Act runs through the framework in several ways:

- understanding the Act is listed as a policy essential
- the five ways of working are named as core ways of working for policy makers
- skills in integration and in involving citizens are picked out

It went live inside the organisation in July 2023, and putting it into practice has only just begun.
""",
        narrative_cy="""
Mae llunio polisi yn un o brif swyddogaethau Llywodraeth Cymru: helpu Gweinidogion i ddatblygu polisïau sy’n \
gweithio, y gellir eu cyflawni ac sy’n dod â manteision i bobl nawr ac yn nes ymlaen. Rydym wedi ysgrifennu \
**Strategaeth Gallu Polisi** sy’n anelu at system bolisi perfformiad uchel sy’n cefnogi penderfyniadau da ac yn \
addasu wrth i anghenion a disgwyliadau newid.

Ochr yn ochr â’r strategaeth mae **Fframwaith Gallu Polisi**. Mae’n nodi’r sgiliau, y ffyrdd o weithio a’r \
wybodaeth sydd eu hangen ar weithwyr polisi proffesiynol ar draws y sefydliad, ac yn disgrifio llwybrau datblygu \
fel y gall swyddogion gynllunio eu dysgu a pharhau i ddatblygu’r sgiliau hynny.

Mae’r Ddeddf yn rhedeg drwy’r fframwaith mewn sawl ffordd:

- mae deall y Ddeddf wedi’i restru fel un o hanfodion polisi
- mae’r pum ffordd o weithio wedi’u henwi fel ffyrdd craidd o weithio i lunwyr polisi
- mae sgiliau integreiddio a chynnwys dinasyddion wedi’u nodi

Lansiwyd y strategaeth yn fewnol ym mis Gorffennaf 2023 ac mae yng nghamau cynnar ei rhoi ar waith.
""",
        department="cabinet",
        holders=["angharad", "chris"],
        topics=["long-term", "integration", "involvement"],
        target_date=date(2025, 3, 31),
    ),
    _a(
        "2.2",
        title="Focused support on each of the five ways",
        title_cy="Cymorth penodol ar bob un o’r pum ffordd o weithio",
        commitment="Refresh formal and informal support for policy makers, including a run of exercises that each "
        "examine a single way of working in depth.",
        commitment_cy="Adnewyddu’r cymorth ffurfiol ac anffurfiol i lunwyr polisi, gan gynnwys cyfres o ymarferion sydd "
        "bob un yn edrych yn fanwl ar un ffordd o weithio.",
        status="in_progress",
        narrative="""
The first focused exercise, on involvement in Welsh Government policy making, is finished.

Formal training has been given through the **Policy Essentials Programme**, which equips officials with the \
knowledge, tools and networks to understand how policy gets made in the Welsh Government. Policy seminars on a \
wide range of subjects are still running for policy makers.
""",
        narrative_cy="""
Mae’r ymarfer penodol cyntaf, ar gynnwys pobl wrth lunio polisi yn Llywodraeth Cymru, wedi’i orffen.

Rhoddwyd hyfforddiant ffurfiol drwy’r **Rhaglen Hanfodion Polisi**, sy’n rhoi i swyddogion y wybodaeth, yr offer \
a’r rhwydweithiau i ddeall sut y caiff polisi ei lunio yn Llywodraeth Cymru. Mae seminarau polisi ar amrywiaeth \
eang o bynciau yn dal i gael eu cynnal i lunwyr polisi.
""",
        department="cabinet",
        holders=["chris", "angharad"],
        topics=["involvement", "long-term"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "2.3",
        title="Improving integrated assessment of policy impacts",
        title_cy="Gwella asesiadau integredig o effaith polisïau",
        commitment="Keep reviewing and improving how policy impacts are assessed in a joined-up way, building on the "
        "Integrated Impact Assessment.",
        commitment_cy="Parhau i adolygu a gwella’r ffordd y caiff effaith polisïau ei hasesu mewn modd cydgysylltiedig, "
        "gan adeiladu ar yr Asesiad Effaith Integredig.",
        status="at_risk",
        narrative="""
We keep supporting colleagues across the organisation who carry out impact assessments, and development work \
continues, including an updated template and a new list of people able to help anyone filling in an \
assessment.

In December 2023 the executive committee discussed a paper, **Understanding and delivering better impact**. \
Members broadly backed the improvement proposals but wanted to weigh them against other proposals and the budget \
work still under way, so the proposals go back to the committee early in 2024. The timetable is being reviewed: \
launch now looks likely in 2025 rather than 2024.
""",
        narrative_cy="""
Rydym yn parhau i gefnogi cydweithwyr ar draws y sefydliad sy’n cynnal asesiadau effaith, ac mae’r gwaith datblygu \
yn parhau, gan gynnwys newidiadau i’r templed a chyfeiriadur newydd o bobl sy’n gallu helpu unrhyw un sy’n llenwi \
asesiad.

Ym mis Rhagfyr 2023 bu’r pwyllgor gweithredol yn trafod papur, **Deall a sicrhau gwell effaith**. Roedd yr aelodau’n \
gefnogol ar y cyfan i’r cynigion gwella ond roeddent am eu pwyso a’u mesur yn erbyn cynigion eraill a’r gwaith ar y \
gyllideb sy’n dal ar y gweill, felly bydd y cynigion yn mynd yn ôl i’r pwyllgor yn gynnar yn 2024. Mae’r amserlen \
yn cael ei hadolygu: mae’n edrych yn debygol erbyn hyn mai yn 2025 yn hytrach nag yn 2024 y bydd y lansiad.
""",
        department="cabinet",
        holders=["llio", "martin"],
        topics=["integration", "prevention", "more-equal-wales"],
        target_date=date(2025, 12, 31),
    ),
    _a(
        "2.4",
        title="Updating guidance on involving and consulting citizens",
        title_cy="Diweddaru canllawiau ar gynnwys dinasyddion ac ymgynghori â hwy",
        commitment="Keep reviewing the internal resources that help policy teams involve, engage and consult people "
        "when shaping and delivering policy.",
        commitment_cy="Parhau i adolygu’r adnoddau mewnol sy’n helpu timau polisi i gynnwys pobl, ymgysylltu â hwy ac "
        "ymgynghori â hwy wrth lunio a chyflawni polisi.",
        status="in_progress",
        narrative="""
Day-to-day help with consultations carries on, from sorting out problems to answering questions. There is little \
room for new development for now, because the people available are concentrating on the impact assessment work \
under action 2.3.

Even so, we have written new background material for the Welsh Government website that explains how our \
consultations work, filling a gap in what the public could find. It is due to go live early in 2024.
""",
        narrative_cy="""
Mae’r cymorth o ddydd i ddydd gydag ymgyngoriadau yn parhau, o ddatrys problemau i ateb cwestiynau. Ychydig o le \
sydd i waith datblygu newydd am y tro, gan fod y bobl sydd ar gael yn canolbwyntio ar y gwaith asesu effaith o dan \
gam gweithredu 2.3.

Serch hynny, rydym wedi ysgrifennu deunydd cefndir newydd ar gyfer gwefan Llywodraeth Cymru sy’n egluro sut mae ein \
hymgyngoriadau’n gweithio, gan lenwi bwlch yn yr hyn y gallai’r cyhoedd ddod o hyd iddo. Disgwylir iddo fynd yn fyw \
yn gynnar yn 2024.
""",
        department="cabinet",
        holders=["martin", "llio"],
        topics=["involvement", "cohesive-communities"],
        target_date=date(2024, 3, 31),
    ),
    _a(
        "2.5",
        title="Building the Act into staff learning and development",
        title_cy="Gwreiddio’r Ddeddf mewn dysgu a datblygu staff",
        commitment="Continue to include the Act in the organisation-wide capability plan and its learning and "
        "development offer.",
        commitment_cy="Parhau i gynnwys y Ddeddf yng nghynllun gallu’r sefydliad cyfan a’i gynnig dysgu a datblygu.",
        status="in_progress",
        narrative="""
Learning about the Act and the five ways of working is still a compulsory part of corporate induction for new \
staff. That course is being refreshed and will be offered again once the update is done; meanwhile our new \
learning programme includes several self-paced resources on future generations principles that staff can use \
whenever suits them.

Under the Capability Plan we have also committed to a new skills strategy, which will look at how future \
generations behaviours can become part of every role. Separately, the Sustainable Futures Division is reviewing \
the original induction offer on the Act and running a new ‘top-up’ course (see action 5.2).
""",
        narrative_cy="""
Mae dysgu am y Ddeddf a’r pum ffordd o weithio yn dal yn rhan orfodol o’r cyfnod sefydlu corfforaethol i staff \
newydd. Mae’r cwrs hwnnw’n cael ei adnewyddu a bydd ar gael eto pan fydd y gwaith diweddaru wedi’i wneud; yn y \
cyfamser mae ein rhaglen ddysgu newydd yn cynnwys sawl adnodd hunan-gyflym ar egwyddorion cenedlaethau’r dyfodol y \
gall staff eu defnyddio pryd bynnag sy’n gyfleus iddynt.

O dan y Cynllun Gallu rydym hefyd wedi ymrwymo i strategaeth sgiliau newydd, a fydd yn ystyried sut y gall \
ymddygiadau cenedlaethau’r dyfodol ddod yn rhan o bob rôl. Ar wahân i hynny, mae’r Is-adran Dyfodol Cynaliadwy yn \
adolygu’r cynnig sefydlu gwreiddiol ar y Ddeddf ac yn cynnal cwrs ‘atodol’ newydd (gweler cam gweithredu 5.2).
""",
        department="people",
        holders=["sioned", "nerys"],
        topics=["long-term", "prevention"],
        target_date=date(2025, 3, 31),
    ),
    _a(
        "2.6",
        title="Tailored awareness sessions for corporate teams",
        title_cy="Sesiynau ymwybyddiaeth wedi’u teilwra ar gyfer timau corfforaethol",
        commitment="Raise understanding of the Act among corporate service teams using an approach suited to each "
        "team’s role.",
        commitment_cy="Codi dealltwriaeth o’r Ddeddf ymhlith timau gwasanaethau corfforaethol, gan ddefnyddio dull sy’n "
        "gweddu i rôl pob tîm.",
        status="on_track",
        narrative="""
The Sustainable Futures Division continues to speak to internal groups across the Welsh Government about the Act \
and how it is being put into practice. Recent audiences include Knowledge and Analytical Services, the Digital \
team, the Project Delivery team and the Chief Operating Officers group.

A number of corporate service leaders also joined Policy Capability sessions, which gave them room to think about \
how the Act bears on the way internal Welsh Government policies are developed and delivered.
""",
        narrative_cy="""
Mae’r Is-adran Dyfodol Cynaliadwy yn parhau i siarad â grwpiau mewnol ar draws Llywodraeth Cymru am y Ddeddf a sut \
mae’n cael ei rhoi ar waith. Ymhlith y rhai a glywodd gyflwyniad yn ddiweddar mae grŵp y Prif Swyddogion \
Gweithredu, y tîm Cyflawni Prosiectau, y tîm Digidol a’r Gwasanaethau Gwybodaeth a Dadansoddi.

Ymunodd nifer o arweinwyr gwasanaethau corfforaethol hefyd â sesiynau Gallu Polisi, a roddodd le iddynt ystyried \
sut mae’r Ddeddf yn berthnasol i’r ffordd y caiff polisïau mewnol Llywodraeth Cymru eu datblygu a’u cyflawni.
""",
        department="sfd",
        holders=["host", "sam"],
        topics=["integration", "collaboration"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "2.7",
        title="Using internal control information for annual assurance",
        title_cy="Defnyddio gwybodaeth rheolaeth fewnol ar gyfer sicrwydd blynyddol",
        commitment="Draw on evidence from the internal control system to give the Permanent Secretary assurance, "
        "refreshing the questions every year.",
        commitment_cy="Defnyddio tystiolaeth o’r system rheolaeth fewnol i roi sicrwydd i’r Ysgrifennydd Parhaol, gan "
        "adnewyddu’r cwestiynau bob blwyddyn.",
        status="in_progress",
        narrative="""
With the approach agreed, a first draft of the assurance report has been written. We are going through it with \
colleagues so that one report, written once, can serve several purposes.
""",
        narrative_cy="""
Gan fod y dull wedi’i gytuno, mae drafft cyntaf o’r adroddiad sicrwydd wedi’i ysgrifennu. Rydym yn mynd drwyddo \
gyda chydweithwyr er mwyn i un adroddiad, wedi’i ysgrifennu unwaith, allu gwasanaethu sawl diben.
""",
        department="governance",
        holders=["ian", "non"],
        topics=["prevention", "integration"],
        target_date=date(2024, 9, 30),
    ),
    _a(
        "2.8",
        title="Staff network on sustainable living",
        title_cy="Rhwydwaith staff ar fyw’n gynaliadwy",
        commitment="Set up a staff network on living sustainably so colleagues can learn to make greener choices and "
        "cut their carbon footprint at home and at work.",
        commitment_cy="Sefydlu rhwydwaith staff ar fyw’n gynaliadwy er mwyn i gydweithwyr ddysgu sut i wneud dewisiadau "
        "gwyrddach a lleihau eu hôl troed carbon gartref ac yn y gwaith.",
        status="completed",
        narrative="""
The **Living Sustainably Network** started in November 2022 and now has about 150 members. It runs ‘lunch and \
learn’ sessions on sustainability for everyone working for the Welsh Government and the Welsh Revenue Authority, \
tied to corporate objectives such as delivering the Welsh Government Net Zero Strategic Plan.

The network wants to see staff-led sustainability groups that build engagement from the ground up and give \
colleagues a voice in sustainable decisions. It has held four sessions so far:

- energy at home: how we use it and what it costs
- re-wearing and repairing clothes, from fast fashion to repair cafés
- growing food at home, and veganism
- the Welsh Government Net Zero Strategic Plan and the Just Transition Framework

Every event combines expert speakers with contributions from staff. Between sessions, members swap tips on a Teams \
channel that has a pledge board and a subgroup for people who drive electric vehicles.
""",
        narrative_cy="""
Dechreuodd y **Rhwydwaith Byw’n Gynaliadwy** ym mis Tachwedd 2022 ac mae ganddo tua 150 o aelodau erbyn hyn. Mae’n \
cynnal sesiynau ‘cinio a dysgu’ ar gynaliadwyedd i bawb sy’n gweithio i Lywodraeth Cymru ac Awdurdod Cyllid Cymru, \
sy’n gysylltiedig ag amcanion corfforaethol megis cyflawni Cynllun Strategol Sero Net Llywodraeth Cymru.

Mae’r rhwydwaith am weld grwpiau cynaliadwyedd dan arweiniad staff a fydd yn meithrin ymgysylltiad o’r gwaelod i \
fyny ac yn rhoi llais i gydweithwyr mewn penderfyniadau cynaliadwy. Mae wedi cynnal pedair sesiwn hyd yma:

- ynni yn y cartref: sut rydym yn ei ddefnyddio a faint mae’n ei gostio
- ailwisgo a thrwsio dillad, o ffasiwn gyflym i gaffis trwsio
- tyfu bwyd gartref, a feganiaeth
- Cynllun Strategol Sero Net Llywodraeth Cymru a’r Fframwaith Pontio Teg

Mae pob digwyddiad yn cyfuno siaradwyr arbenigol â chyfraniadau gan staff. Rhwng sesiynau, mae aelodau’n rhannu \
awgrymiadau ar sianel Teams sydd â bwrdd addewidion ac is-grŵp i bobl sy’n gyrru cerbydau trydan.
""",
        department="sfd",
        holders=["joe", "sam"],
        topics=["prevention", "globally-responsible", "resilient-wales"],
        target_date=date(2023, 3, 31),
    ),
    _a(
        "2.9",
        title="Refresher seminars on the Act for directorates",
        title_cy="Seminarau gloywi ar y Ddeddf ar gyfer cyfarwyddiaethau",
        commitment="Hold a set of seminars and bespoke sessions for directorates to renew their engagement with the "
        "Act.",
        commitment_cy="Cynnal cyfres o seminarau a sesiynau pwrpasol i gyfarwyddiaethau er mwyn adnewyddu eu hymwneud "
        "â’r Ddeddf a’u hail-ysgogi.",
        status="not_started",
        narrative="""
Nothing to report for this period: the seminar series is due to begin in 2024.
""",
        narrative_cy="""
Dim i’w adrodd ar gyfer y cyfnod hwn: disgwylir i’r gyfres o seminarau ddechrau yn 2024.
""",
        department="sfd",
        holders=["nerys", "joe"],
        topics=["long-term", "integration"],
        target_date=date(2024, 12, 31),
    ),
    _a(
        "2.10",
        title="Publishing the Budget Improvement Plan each year",
        title_cy="Cyhoeddi Cynllun Gwella’r Gyllideb bob blwyddyn",
        commitment="Publish a Budget Improvement Plan every year, reviewing the past twelve months and setting short "
        "and medium-term aims over a rolling five years.",
        commitment_cy="Cyhoeddi Cynllun Gwella’r Gyllideb bob blwyddyn, gan adolygu’r deuddeg mis blaenorol a gosod nodau "
        "tymor byr a chanolig dros gyfnod treigl o bum mlynedd.",
        status="on_track",
        narrative="""
An updated **Budget Improvement Plan** came out with the 2023-2024 Draft Budget, looking back over the previous \
twelve months and proposing next steps. A new plan has since been prepared and published with the 2024-2025 Draft \
Budget, describing what we will take forward over the coming year and beyond.

The Budget Improvement Team also worked with [Children in \
Wales](https://www.childreninwales.org.uk/news/young-wales-budget-improvement-plan-group/) to co-produce a **Young \
Person’s Budget Improvement Plan**: a \
[leaflet](https://www.gov.wales/sites/default/files/publications/2024-02/budget-improvement-plan-2024-2025-community-version.pdf) \
and an animation on YouTube, launched in February 2024.
""",
        narrative_cy="""
Cyhoeddwyd **Cynllun Gwella’r Gyllideb** wedi’i ddiweddaru gyda Chyllideb Ddrafft 2023-2024, yn edrych yn ôl dros y \
deuddeg mis blaenorol ac yn cynnig y camau nesaf. Ers hynny mae cynllun newydd wedi’i baratoi a’i gyhoeddi gyda \
Chyllideb Ddrafft 2024-2025, yn disgrifio’r hyn y byddwn yn ei ddatblygu dros y flwyddyn i ddod a thu hwnt.

Bu Tîm Gwella’r Gyllideb hefyd yn gweithio gyda [Plant yng \
Nghymru](https://www.childreninwales.org.uk/news/young-wales-budget-improvement-plan-group/) i gydgynhyrchu \
**Cynllun Gwella’r Gyllideb i Bobl Ifanc**: \
[taflen](https://www.gov.wales/sites/default/files/publications/2024-02/budget-improvement-plan-2024-2025-community-version.pdf) \
ac animeiddiad ar YouTube, a lansiwyd ym mis Chwefror 2024.
""",
        department="treasury",
        holders=["staff", "owain"],
        topics=["long-term", "involvement", "prosperous-wales"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "2.11",
        title="Infrastructure investment strategy supporting a zero-carbon economy",
        title_cy="Strategaeth buddsoddi mewn seilwaith i gefnogi economi ddi-garbon",
        commitment="Use the Wales Infrastructure Investment Strategy to back a zero-carbon economy rooted in the Act "
        "and to improve all four strands of well-being.",
        commitment_cy="Defnyddio Strategaeth Buddsoddi yn Seilwaith Cymru i gefnogi economi ddi-garbon sydd wedi’i "
        "gwreiddio yn y Ddeddf ac i wella pob un o bedair agwedd llesiant.",
        # Closed, not completed: the strategy (2021) is the standing ten-year framework for investment decisions,
        # and the report gives nothing further to deliver under this action.
        status="closed",
        narrative="""
The **Wales Infrastructure Investment Strategy**, published in 2021, underpins the move to a zero-carbon economy. \
It is the framework for the Welsh Government’s investment in infrastructure across a ten-year horizon, and its \
overriding commitment is to tackle the climate and nature emergencies. With the strategy in place and guiding \
investment decisions as a matter of course, there was no separate progress to report this period.
""",
        narrative_cy="""
Mae **Strategaeth Buddsoddi yn Seilwaith Cymru**, a gyhoeddwyd yn 2021, yn sail i’r symud tuag at economi \
ddi-garbon. Dyma’r fframwaith ar gyfer buddsoddiad Llywodraeth Cymru mewn seilwaith dros gyfnod o ddeng mlynedd, a’i \
hymrwymiad pennaf yw mynd i’r afael ag argyfyngau’r hinsawdd a natur. Gan fod y strategaeth ar waith ac yn llywio \
penderfyniadau buddsoddi fel mater o drefn, nid oedd cynnydd ar wahân i’w adrodd yn y cyfnod hwn.
""",
        department="treasury",
        holders=["laura", "owain"],
        topics=["long-term", "prevention", "resilient-wales", "prosperous-wales"],
        target_date=date(2024, 2, 29),
    ),
    # ---------------- Theme 3 ----------------
    _a(
        "3.1",
        title="Co-designing the next Knowledge Exchange series",
        title_cy="Cyd-ddylunio’r gyfres nesaf o ddigwyddiadau Cyfnewid Gwybodaeth",
        commitment="Co-design, together with the National Stakeholder Forum, the next round of Future Generations "
        "Knowledge Exchange events.",
        commitment_cy="Cyd-ddylunio, gyda’r Fforwm Rhanddeiliaid Cenedlaethol, y gyfres nesaf o ddigwyddiadau Cyfnewid "
        "Gwybodaeth Cenedlaethau’r Dyfodol.",
        status="on_track",
        narrative="""
To prepare for extending the Act’s well-being duty to more bodies, we have run a series of **Knowledge Exchange** \
events. Public bodies from every part of Wales send representatives, about 100 people come to each session, and a \
range of speakers on different topics helps our external partners grow their knowledge, skills and networks.

With Audit Wales, Academi Wales and the Future Generations Commissioner for Wales we have started an infographic \
of the main kinds of support open to public bodies. It will go to the Commissioner’s Supporting Organisations \
Network, so that gaps and overlaps can be spotted, and it will draw on what we hear at the \
Well-being of Future Generations National Stakeholder Forum.
""",
        narrative_cy="""
Er mwyn paratoi i ymestyn dyletswydd llesiant y Ddeddf i ragor o gyrff, rydym wedi cynnal cyfres o ddigwyddiadau \
**Cyfnewid Gwybodaeth**. Mae cyrff cyhoeddus o bob rhan o Gymru yn anfon cynrychiolwyr, daw tua 100 o bobl i bob \
sesiwn, ac mae amrywiaeth o siaradwyr ar wahanol bynciau yn helpu ein partneriaid allanol i ddatblygu eu \
gwybodaeth, eu sgiliau a’u rhwydweithiau.

Gydag Archwilio Cymru, Academi Wales a Chomisiynydd Cenedlaethau’r Dyfodol Cymru rydym wedi dechrau ffeithlun o’r \
prif fathau o gymorth sydd ar gael i gyrff cyhoeddus. Bydd yn cael ei rannu â’r Rhwydwaith Sefydliadau Cefnogi a \
sefydlwyd gan y Comisiynydd, fel y gellir gweld bylchau a gorgyffwrdd, a bydd yn tynnu ar yr hyn a glywn yn \
Fforwm Rhanddeiliaid Cenedlaethol Llesiant Cenedlaethau’r Dyfodol.
""",
        department="sfd",
        holders=["joe", "marc"],
        topics=["collaboration", "involvement"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "3.2",
        title="Promoting the National Principles for Public Participation",
        title_cy="Hyrwyddo’r Egwyddorion Cenedlaethol ar gyfer Cyfranogiad y Cyhoedd",
        commitment="Partner with the Commissioner, WCVA and Co-production Wales to take forward the National "
        "Principles for Public Participation.",
        commitment_cy="Gweithio gyda’r Comisiynydd, CGGC a Chydgynhyrchu Cymru i ddatblygu’r Egwyddorion Cenedlaethol ar "
        "gyfer Cyfranogiad y Cyhoedd.",
        status="in_progress",
        narrative="""
Wales Council for Voluntary Action ([WCVA](https://wcva.cymru/)) and its partners have updated the **National \
Principles for Public Participation**, and we keep looking for chances to make them better known among policy \
colleagues in the Welsh Government. Wider work on a communities policy is using Public Services Board partnerships \
across Wales as its test bed.
""",
        narrative_cy="""
Mae Cyngor Gweithredu Gwirfoddol Cymru ([CGGC](https://wcva.cymru/)) a’i bartneriaid wedi diweddaru’r \
**Egwyddorion Cenedlaethol ar gyfer Cyfranogiad y Cyhoedd**, ac rydym yn parhau i chwilio am gyfleoedd i’w gwneud \
yn fwy adnabyddus ymhlith cydweithwyr polisi yn Llywodraeth Cymru. Mae gwaith ehangach ar bolisi cymunedau yn \
defnyddio partneriaethau’r Byrddau Gwasanaethau Cyhoeddus ledled Cymru fel ei faes prawf.
""",
        department="communities",
        holders=["bryn", "karen"],
        topics=["involvement", "cohesive-communities"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "3.3",
        title="Spreading good practice across public bodies",
        title_cy="Lledaenu arfer da ymhlith cyrff cyhoeddus",
        commitment="Work alongside the Commissioner and the Auditor General to spread good practice among public "
        "bodies.",
        commitment_cy="Gweithio ochr yn ochr â’r Comisiynydd a’r Archwilydd Cyffredinol i ledaenu arfer da ymhlith cyrff "
        "cyhoeddus.",
        status="on_track",
        narrative="""
The Welsh Government paid for 6 people to join the **Future Generations Leadership Academy**, and 12 people in all \
have now taken part with our backing. The programme helps them learn more about the Act and build links with peers in the \
public, private and third sectors.

As described under action 3.1, we have also started work with Audit Wales, Academi Wales and the Commissioner on \
an infographic of the key support on offer to public bodies.
""",
        narrative_cy="""
Talodd Llywodraeth Cymru i 6 o bobl ymuno ag **Academi Arweinyddiaeth Cenedlaethau’r Dyfodol**, ac mae 12 o bobl \
i gyd bellach wedi cymryd rhan gyda’n cefnogaeth. Mae’r rhaglen yn eu helpu i ddysgu mwy am y Ddeddf ac i feithrin \
cysylltiadau â chymheiriaid yn y sectorau cyhoeddus, preifat a gwirfoddol.

Fel y disgrifir o dan gam gweithredu 3.1, rydym hefyd wedi dechrau gweithio gydag Archwilio Cymru, Academi Wales a’r \
Comisiynydd ar ffeithlun o’r prif gymorth sydd ar gael i gyrff cyhoeddus.
""",
        department="sfd",
        holders=["mererid", "joe"],
        topics=["collaboration", "integration"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "3.4",
        title="Clarifying what Public Services Board representatives do",
        title_cy="Egluro gwaith cynrychiolwyr Byrddau Gwasanaethau Cyhoeddus",
        commitment="Make clearer what is expected of Public Services Board representatives, by revisiting the "
        "representatives’ terms of reference and holding regular briefings.",
        commitment_cy="Egluro’n well yr hyn a ddisgwylir gan gynrychiolwyr Byrddau Gwasanaethau Cyhoeddus, drwy ailedrych "
        "ar gylch gorchwyl y cynrychiolwyr a chynnal sesiynau briffio rheolaidd.",
        status="on_track",
        narrative="""
New terms of reference were agreed after a consultation that involved the minister, the Future Generations \
Commissioner for Wales, the Public Services Boards and Welsh Government representatives; they have been updated and sent \
out. A rolling programme of briefings has begun.
""",
        narrative_cy="""
Cytunwyd ar gylch gorchwyl newydd ar ôl ymgynghoriad a oedd yn cynnwys y Byrddau Gwasanaethau Cyhoeddus, \
cynrychiolwyr Llywodraeth Cymru, Comisiynydd Cenedlaethau’r Dyfodol Cymru a’r Gweinidog; mae wedi’i ddiweddaru a’i \
anfon allan. Mae rhaglen dreigl o sesiynau briffio wedi dechrau.
""",
        department="communities",
        holders=["ceri", "paul"],
        topics=["collaboration", "cohesive-communities"],
        target_date=date(2024, 12, 31),
    ),
    _a(
        "3.5",
        title="Funding and support package for Public Services Boards",
        title_cy="Pecyn cyllid a chymorth ar gyfer Byrddau Gwasanaethau Cyhoeddus",
        commitment="Help Public Services Boards fulfil their potential by reviewing how they use funding, offering a "
        "support package led by the Welsh Government and later revising statutory guidance.",
        commitment_cy="Helpu Byrddau Gwasanaethau Cyhoeddus i wireddu eu potensial drwy adolygu sut maent yn defnyddio "
        "cyllid, cynnig pecyn cymorth dan arweiniad Llywodraeth Cymru ac, maes o law, diwygio’r canllawiau statudol.",
        status="at_risk",
        narrative="""
This action will be revisited once the position in the draft budget is known. No new date has yet been set for \
publishing the revised statutory guidance.
""",
        narrative_cy="""
Bydd y cam gweithredu hwn yn cael ei ailystyried pan fydd y sefyllfa yn y gyllideb ddrafft yn hysbys. Nid oes \
dyddiad newydd wedi’i bennu eto ar gyfer cyhoeddi’r canllawiau statudol diwygiedig.
""",
        department="communities",
        holders=["paul", "ceri"],
        topics=["collaboration", "prevention", "cohesive-communities"],
        target_date=date(2025, 12, 31),
    ),
    _a(
        "3.6",
        title="Third sector recovery, funding code and volunteering policy",
        title_cy="Adferiad y trydydd sector, y cod cyllido a’r polisi gwirfoddoli",
        commitment="Act on the recommendations in the Covid Recovery Plan from the Third Sector Partnership Council, "
        "and review both the government’s code of practice on funding and its volunteering policy.",
        commitment_cy="Gweithredu ar argymhellion Cynllun Adfer Covid Cyngor Partneriaeth y Trydydd Sector, ac adolygu "
        "cod ymarfer y llywodraeth ar gyllido a’i pholisi gwirfoddoli.",
        # In progress, not closed: only the Covid Recovery Plan part has become business as usual; the funding
        # principles are still being promoted and the volunteering policy review has not been reported.
        status="in_progress",
        narrative="""
The **Covid Recovery Plan** has become part of the Third Sector Team’s everyday work, so from now on it will not be \
reported here.

Together with the Funding & Compliance sub-committee we looked again at the existing code of practice on funding. \
The review produced five principles:

- equity of access
- early and continuous engagement
- value and outcomes
- a funding mechanism that fits
- flexibility

Engagement exercises continue, and we are promoting the principles across the public and third sectors.
""",
        narrative_cy="""
Mae’r **Cynllun Adfer Covid** wedi dod yn rhan o waith bob dydd Tîm y Trydydd Sector, felly o hyn ymlaen ni fydd \
yn cael ei adrodd yma.

Gan weithio gydag is-bwyllgor Cyllid a Chydymffurfio, rydym wedi adolygu’r cod ymarfer presennol ar gyllido. \
Arweiniodd yr adolygiad at bum egwyddor:

- mynediad teg
- ymgysylltu’n gynnar ac yn barhaus
- gwerth a chanlyniadau
- dull cyllido sy’n addas
- hyblygrwydd

Mae’r ymarferion ymgysylltu yn parhau, ac rydym yn hyrwyddo’r egwyddorion ar draws y sectorau cyhoeddus a \
gwirfoddol.
""",
        department="communities",
        holders=["karen", "bryn"],
        topics=["collaboration", "involvement", "cohesive-communities"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "3.7",
        title="Training for Relationship Managers on the Economic Contract",
        title_cy="Hyfforddiant i Reolwyr Cydberthnasau ar y Contract Economaidd",
        commitment="Look into training and support that would help Relationship Managers deliver the Economic "
        "Contract more effectively.",
        commitment_cy="Archwilio hyfforddiant a chymorth a fyddai’n helpu Rheolwyr Cydberthnasau i gyflawni’r Contract "
        "Economaidd yn fwy effeithiol.",
        status="in_progress",
        narrative="""
We are working out our priorities for social value so that they line up with **Priorities for a Stronger \
Economy**, announced in November 2023.

Training needs will be assessed once the policy development planned for spring 2024 is done. Feedback and interim \
findings from an independent evaluation of the Economic Contract will guide that assessment.
""",
        narrative_cy="""
Rydym yn pennu ein blaenoriaethau ar gyfer gwerth cymdeithasol fel eu bod yn cyd-fynd â **Blaenoriaethau ar gyfer \
Economi Gryfach**, a gyhoeddwyd ym mis Tachwedd 2023.

Bydd anghenion hyfforddi’n cael eu hasesu pan fydd y gwaith datblygu polisi a gynlluniwyd ar gyfer gwanwyn 2024 \
wedi’i wneud. Bydd adborth a chanfyddiadau interim gwerthusiad annibynnol o’r Contract Economaidd yn llywio’r \
asesiad hwnnw.
""",
        department="business",
        holders=["rhys", "emma"],
        topics=["prosperous-wales", "collaboration", "long-term"],
        target_date=date(2024, 9, 30),
    ),
    _a(
        "3.8",
        title="Online future-proofing toolkit for small businesses",
        title_cy="Pecyn cymorth ar-lein i helpu busnesau bach i baratoi at y dyfodol",
        commitment="Develop with the Commissioner an online toolkit that shows SMEs the business case for the Act and "
        "supports sustainable decisions.",
        commitment_cy="Datblygu, gyda’r Comisiynydd, becyn cymorth ar-lein sy’n dangos i fusnesau bach a chanolig fanteision "
        "busnes y Ddeddf ac yn cefnogi penderfyniadau cynaliadwy.",
        status="in_progress",
        narrative="""
The Future Generations Commissioner for Wales has sent us a report with ideas for updating the **toolkit**, and \
the work goes on. The Business and Regions team has been talking with the team behind the new Economic Contract \
about pooling their efforts. When it is ready, the toolkit will sit on a refreshed website.
""",
        narrative_cy="""
Mae Comisiynydd Cenedlaethau’r Dyfodol Cymru wedi anfon adroddiad atom gyda syniadau ar gyfer diweddaru’r **pecyn \
cymorth**, ac mae’r gwaith yn parhau. Mae’r tîm Busnes a Rhanbarthau wedi bod yn trafod â’r tîm sy’n gyfrifol am y \
Contract Economaidd newydd ynghylch cyfuno eu hymdrechion. Pan fydd yn barod, bydd y pecyn cymorth ar wefan wedi’i \
hadnewyddu.
""",
        department="business",
        holders=["host", "emma"],
        topics=["prosperous-wales", "long-term", "collaboration"],
        target_date=date(2024, 12, 31),
    ),
    _a(
        "3.9",
        title="Prototyping staff exchanges between organisations",
        title_cy="Treialu dulliau cyfnewid staff rhwng sefydliadau",
        commitment="Design and test ways of swapping staff between organisations to support joint policy work and "
        "strengthen staff understanding of the five ways.",
        commitment_cy="Dylunio a threialu ffyrdd o gyfnewid staff rhwng sefydliadau er mwyn cefnogi gwaith polisi ar y "
        "cyd a chryfhau dealltwriaeth staff o’r pum ffordd o weithio.",
        status="paused",
        narrative="""
The One Welsh Public Service (OWPS) group set up under WG2025 has finished its work. Its momentum is being kept up \
in practical ways, including Academi Wales’ leadership development work and the completion of an OWPS leadership \
behaviour framework.

Because budgets have been reprioritised, designing and prototyping staff exchanges between organisations is not \
being taken forward at present.
""",
        narrative_cy="""
Mae grŵp Un Gwasanaeth Cyhoeddus Cymreig (OWPS) a sefydlwyd o dan WG2025 wedi cwblhau ei waith. Mae ei fomentwm yn \
cael ei gynnal mewn ffyrdd ymarferol, gan gynnwys gwaith datblygu arweinyddiaeth Academi Wales a chwblhau \
fframwaith ymddygiad arweinyddiaeth OWPS.

Gan fod cyllidebau wedi cael eu hailflaenoriaethu, nid yw’r gwaith o ddylunio a threialu cyfnewid staff rhwng \
sefydliadau yn cael ei ddatblygu ar hyn o bryd.
""",
        department="people",
        holders=["fiona", "sioned"],
        topics=["collaboration", "integration"],
        target_date=date(2025, 12, 31),
    ),
    _a(
        "3.10",
        title="Simplifying regional partnership arrangements",
        title_cy="Symleiddio trefniadau partneriaeth rhanbarthol",
        commitment="Review regional partnership arrangements and identify steps to make them simpler.",
        commitment_cy="Adolygu trefniadau partneriaeth rhanbarthol a nodi camau i’w symleiddio.",
        status="completed",
        narrative="""
The final report of the review of regional partnership arrangements has been published (25 January). A working \
group on regional partnership working will now be formed, reporting to the Partnership Council for Wales, to \
keep regional working in focus.
""",
        narrative_cy="""
Mae adroddiad terfynol yr adolygiad o drefniadau partneriaeth rhanbarthol wedi’i gyhoeddi (25 Ionawr). Bydd \
gweithgor ar weithio mewn partneriaeth ranbarthol nawr yn cael ei sefydlu fel is-grŵp i Gyngor Partneriaeth \
Cymru, er mwyn cadw’r sylw ar weithio rhanbarthol.
""",
        department="communities",
        holders=["paul", "ceri"],
        topics=["collaboration", "integration"],
        target_date=date(2024, 1, 31),
    ),
    _a(
        "3.11",
        title="Mapping sources of know-how on the well-being goals",
        title_cy="Mapio ffynonellau arbenigedd ar y nodau llesiant",
        commitment="Chart where knowledge about the well-being goals already sits in Wales, to help people understand "
        "the goals.",
        commitment_cy="Mapio ble mae gwybodaeth am y nodau llesiant eisoes i’w chael yng Nghymru, er mwyn helpu pobl i "
        "ddeall y nodau.",
        status="in_progress",
        narrative="""
The well-being goals, with their national indicators and milestones, are so broad that expertise is spread across \
many bodies and many parts of the Welsh Government. The **Tapestry** team (Academi Wales, the Audit Wales Good \
Practice Exchange and the Future Generations Commissioner for Wales) has settled on a shared description of the \
role each partner plays in helping the Act to be implemented.

Alongside the Supporting Organisations Network (SON), the team is now charting the core learning and development \
on the Act that members offer in common. The next step will be for Tapestry and SON members to chart, goal by goal, \
the main organisations that support each well-being goal.
""",
        narrative_cy="""
Mae’r nodau llesiant, gyda’u dangosyddion a’u cerrig milltir cenedlaethol, mor eang nes bod arbenigedd wedi’i \
wasgaru ar draws llawer o gyrff a llawer o rannau o Lywodraeth Cymru. Mae tîm **Tapestry** (Academi Wales, \
Cyfnewidfa Arfer Da Archwilio Cymru a Chomisiynydd Cenedlaethau’r Dyfodol Cymru) wedi cytuno sut i ddisgrifio rhan \
pob sefydliad wrth gefnogi’r gwaith o roi’r Ddeddf ar waith.

Maent bellach yn gweithio gydag aelodau’r Rhwydwaith Sefydliadau Cefnogi (SON) ar fap o gyfleoedd dysgu a \
datblygu craidd a rennir sy’n gysylltiedig â’r Ddeddf. Gan adeiladu ar hynny, bydd Tapestry yn gweithio gydag \
aelodau’r SON i fapio’r prif sefydliadau sy’n cefnogi pob nod llesiant.
""",
        department="sfd",
        holders=["mererid", "sam"],
        topics=["collaboration", "integration"],
        target_date=date(2025, 2, 28),
    ),
    # ---------------- Theme 4 ----------------
    _a(
        "4.1",
        title="Raising awareness of indicators, milestones and future trends",
        title_cy="Codi ymwybyddiaeth o’r dangosyddion, y cerrig milltir a thueddiadau’r dyfodol",
        commitment="Boost how well the national indicators, the milestones and the Future Trends Report are known and "
        "understood.",
        commitment_cy="Cynyddu pa mor dda y mae’r dangosyddion cenedlaethol, y cerrig milltir ac Adroddiad Tueddiadau’r "
        "Dyfodol yn hysbys ac yn cael eu deall.",
        status="in_progress",
        narrative="""
We have started reviewing how the national milestones and indicators are used inside the organisation. More work \
is needed before the animation and accessible formats of the Shaping Wales’ Future material can be published. \
Officials keep the [Shaping Wales’ Future blog](https://shapingwalesfuture.blog.gov.wales/) up to date.

Officials also presented the national milestones and indicators, along with future trends, to the Well-being of \
Future Generations National Stakeholder Forum and at a Knowledge Exchange session.
""",
        narrative_cy="""
Rydym wedi dechrau adolygu sut y caiff y cerrig milltir a’r dangosyddion cenedlaethol eu defnyddio o fewn y \
sefydliad. Mae angen rhagor o waith cyn y gellir cyhoeddi’r animeiddiad a fersiynau hygyrch o gynhyrchion Llunio \
Dyfodol Cymru. Mae swyddogion yn cadw [blog Llunio Dyfodol Cymru](https://shapingwalesfuture.blog.gov.wales/) yn \
gyfredol.

Cyflwynodd swyddogion hefyd y cerrig milltir a’r dangosyddion cenedlaethol, ynghyd â thueddiadau’r dyfodol, i \
Fforwm Rhanddeiliaid Cenedlaethol Llesiant Cenedlaethau’r Dyfodol ac mewn sesiwn Cyfnewid Gwybodaeth.
""",
        department="kas",
        holders=["priya", "gwenllian"],
        topics=["long-term", "integration"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "4.2",
        title="Building a futures and foresight network",
        title_cy="Datblygu rhwydwaith dyfodolau a rhagwelediad",
        commitment="Give officials in futures and foresight roles more chances to meet and form a network inside the "
        "Welsh Government and across Wales.",
        commitment_cy="Rhoi mwy o gyfleoedd i swyddogion sy’n gweithio ar ddyfodolau a rhagwelediad gyfarfod a ffurfio "
        "rhwydwaith o fewn Llywodraeth Cymru a ledled Cymru.",
        status="on_track",
        narrative=f"""
Officials are still active members of the Wales Futures Network, whose members include Public Health Wales, \
Natural Resources Wales and the Future Generations Commissioner for Wales, and of the **UK government’s Government \
Futures Network** (formerly the Heads of Horizon Scanning network).

Under the first mission of its strategy, [Cymru Can]({CYMRU_CAN_URL}), the Commissioner’s office commits to being a \
hub for long-term thinking and expertise. We will keep working with the Commissioner and other bodies to \
build futures capability.

As part of developing our Communities of Practice we have also set up a **predicament-crisis-collapse awareness** \
support group. It will work with colleagues across the organisation so that we all understand better \
how to keep thinking long term during a crisis, drawing on research that Audit Wales and others carried out in the first months of \
the COVID-19 pandemic.
""",
        narrative_cy=f"""
Mae swyddogion yn dal yn aelodau gweithgar o Rwydwaith Dyfodol Cymru, y mae ei aelodau’n cynnwys Iechyd Cyhoeddus \
Cymru, Cyfoeth Naturiol Cymru a Chomisiynydd Cenedlaethau’r Dyfodol Cymru, ac o **Rwydwaith Dyfodolau’r Llywodraeth \
yn Llywodraeth y DU** (rhwydwaith Heads of Horizon Scanning gynt).

O dan genhadaeth gyntaf ei strategaeth, [Cymru Can]({CYMRU_CAN_URL}), mae swyddfa’r Comisiynydd yn ymrwymo i fod yn \
ganolbwynt ar gyfer meddwl hirdymor ac arbenigedd. Byddwn yn parhau i weithio gyda’r Comisiynydd a chyrff eraill i \
feithrin gallu ym maes dyfodolau.

Fel rhan o ddatblygu ein Cymunedau Ymarfer, rydym hefyd wedi sefydlu grŵp cymorth **ymwybyddiaeth o gyfyng-gyngor, \
argyfwng a chwymp**. Bydd yn gweithio gyda chydweithwyr ar draws y sefydliad i ddyfnhau ein dealltwriaeth gyffredin \
o feddwl hirdymor mewn argyfwng, gan dynnu ar ymchwil a wnaed gan Archwilio Cymru ac eraill ym misoedd cyntaf \
pandemig COVID-19.
""",
        department="kas",
        holders=["gwenllian", "dewi"],
        topics=["long-term", "collaboration"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "4.3",
        title="Themed Well-being of Wales reports",
        title_cy="Adroddiadau Llesiant Cymru ar themâu penodol",
        commitment="Offer deeper insight into well-being by publishing Well-being of Wales reports on particular "
        "themes, following the 2022 focus on children and young people.",
        commitment_cy="Cynnig dealltwriaeth ddyfnach o lesiant drwy gyhoeddi adroddiadau Llesiant Cymru ar themâu "
        "penodol, gan ddilyn ffocws 2022 ar blant a phobl ifanc.",
        status="on_track",
        narrative="""
On 28 September we published the 2023 **Well-being of Wales** report together with a supplementary report on \
**ethnicity and well-being**. We shared an update through the Anti-racist Wales Stakeholder Bulletin and presented \
the findings to stakeholder groups, among them the Well-being of Future Generations National Stakeholder Forum and \
the Knowledge Exchange programme.

The supplementary report gathers the evidence already available to look at how different ethnic groups are faring \
against the well-being goals. Read alongside other kinds of evidence, it can help inform decisions that make Wales \
more equal.
""",
        narrative_cy="""
Ar 28 Medi cyhoeddwyd adroddiad **Llesiant Cymru** 2023 ynghyd ag adroddiad atodol ar **ethnigrwydd a llesiant**. \
Rhannwyd diweddariad drwy Fwletin Rhanddeiliaid Cymru Wrth-hiliol a chyflwynwyd y canfyddiadau i grwpiau \
rhanddeiliaid, yn eu plith Fforwm Rhanddeiliaid Cenedlaethol Llesiant Cenedlaethau’r Dyfodol a’r rhaglen Cyfnewid \
Gwybodaeth.

Mae’r adroddiad atodol yn casglu’r dystiolaeth sydd eisoes ar gael i edrych ar gynnydd tuag at y nodau llesiant ar \
gyfer gwahanol grwpiau ethnig. O’i ddarllen ochr yn ochr â mathau eraill o dystiolaeth, gall helpu i lywio \
penderfyniadau sy’n gwneud Cymru’n fwy cyfartal.
""",
        department="kas",
        holders=["priya", "iwan"],
        topics=["integration", "more-equal-wales", "cohesive-communities"],
        target_date=date(2024, 9, 30),
    ),
    _a(
        "4.4",
        title="Research on long-term thinking during crises",
        title_cy="Ymchwil ar feddwl yn yr hirdymor yn ystod argyfwng",
        commitment="Commission research into how the Welsh Government can keep a long-term view during a crisis.",
        commitment_cy="Comisiynu ymchwil i sut y gall Llywodraeth Cymru gadw golwg hirdymor yn ystod argyfwng.",
        status="completed",
        narrative="""
In 2022 we secured Economic and Social Research Council (ESRC) funding for a research project led by Dr Laura De \
Vito. Running from February 2022 to August 2023, it examined the obstacles to, and the openings for, bringing \
long-term thinking into the Welsh Government through foresight. The final report, **Foresight for Sustainable \
Development and Well-being Governance in Wales**, was published in November 2023.

Dr De Vito also ran pilots with 3 Welsh Government teams, which deepened their understanding and appreciation of \
foresight and how they use it.

The report ends with recommendations for building foresight capacity in the Welsh Government, which we will weigh \
as we implement the plan.
""",
        narrative_cy="""
Yn 2022 sicrhawyd cyllid gan y Cyngor Ymchwil Economaidd a Chymdeithasol (ESRC) ar gyfer prosiect ymchwil dan \
arweiniad Dr Laura De Vito. Rhwng mis Chwefror 2022 a mis Awst 2023, bu’r prosiect yn archwilio’r rhwystrau a’r \
cyfleoedd wrth ddod â meddwl hirdymor i mewn i Lywodraeth Cymru drwy ragwelediad. Cyhoeddwyd yr adroddiad terfynol, \
**Foresight for Sustainable Development and Well-being Governance in Wales**, ym mis Tachwedd 2023.

Bu Dr De Vito hefyd yn cynnal cynlluniau peilot gyda 3 o dimau Llywodraeth Cymru, a ddyfnhaodd eu dealltwriaeth o \
ragwelediad, eu gwerthfawrogiad ohono a’r ffordd y maent yn ei ddefnyddio.

Daw’r adroddiad i ben gydag argymhellion ar gyfer meithrin gallu rhagwelediad yn Llywodraeth Cymru, a byddwn yn eu \
hystyried wrth i ni roi’r cynllun ar waith.
""",
        department="kas",
        holders=["gwenllian", "marc"],
        topics=["long-term", "prevention"],
        target_date=date(2023, 11, 30),
    ),
    _a(
        "4.5",
        title="Working with the Commissioner on futures capability",
        title_cy="Gweithio gyda’r Comisiynydd i feithrin gallu ym maes dyfodolau",
        commitment="Keep working with the Commissioner’s office, which leads on futures and foresight in Wales, to "
        "build the skills and capacity to use futures thinking in decisions.",
        commitment_cy="Parhau i weithio gyda swyddfa’r Comisiynydd, sy’n arwain ar ddyfodolau a rhagwelediad yng "
        "Nghymru, i feithrin y sgiliau a’r gallu i ddefnyddio meddwl am y dyfodol wrth wneud penderfyniadau.",
        status="on_track",
        # Reported with 4.2: the report prints its progress under that heading.
        narrative="",
        narrative_cy="",
        department="kas",
        holders=["dewi", "gwenllian"],
        topics=["long-term", "collaboration"],
        target_date=date(2025, 2, 28),
        reported_with="4.2",
    ),
    _a(
        "4.6",
        title="National Survey data for well-being indicators",
        title_cy="Data’r Arolwg Cenedlaethol ar gyfer dangosyddion llesiant",
        commitment="Keep using the National Survey for Wales to measure 15 national indicators and develop questions "
        "for the new indicators 47 and 50.",
        commitment_cy="Parhau i ddefnyddio Arolwg Cenedlaethol Cymru i fesur 15 o’r dangosyddion cenedlaethol a "
        "datblygu cwestiynau ar gyfer y dangosyddion newydd 47 a 50.",
        status="in_progress",
        narrative="""
Results from the [National Survey for Wales](https://www.gov.wales/national-survey-wales) interviews held in \
2022-2023 were published in July 2023, and we carried out further analysis for the latest Well-being of Wales \
report.

An external contractor looked at possible questions on confidence in the justice system and found it hard to \
design suitable ones. So instead of adding them to the survey, we now plan to fill the gap with Welsh data from \
other sources, such as the Crime Survey for England and Wales, and possibly with qualitative research.

Questions on digital inclusion are being developed. If cognitive testing goes well, they will join the 2025-2026 \
survey as part of a new set of questions on material deprivation.
""",
        narrative_cy="""
Cyhoeddwyd canlyniadau cyfweliadau [Arolwg Cenedlaethol Cymru](https://www.gov.wales/national-survey-wales) a \
gynhaliwyd yn 2022-2023 ym mis Gorffennaf 2023, a gwnaethom ddadansoddiad pellach ar gyfer adroddiad diweddaraf \
Llesiant Cymru.

Bu contractwr allanol yn edrych ar gwestiynau posibl ar hyder yn y system gyfiawnder, a chanfu ei bod yn anodd \
llunio rhai addas. Felly yn hytrach na’u hychwanegu at yr arolwg, rydym bellach yn bwriadu llenwi’r bwlch â data am \
Gymru o ffynonellau eraill, megis Arolwg Troseddu Cymru a Lloegr, ac o bosibl ag ymchwil ansoddol.

Mae cwestiynau ar gynhwysiant digidol yn cael eu datblygu. Os bydd y profion gwybyddol yn mynd yn dda, byddant yn \
ymuno ag arolwg 2025-2026 fel rhan o gyfres newydd o gwestiynau ar amddifadedd materol.
""",
        department="kas",
        holders=["helen", "priya"],
        topics=["long-term", "more-equal-wales"],
        target_date=date(2025, 4, 1),
    ),
    _a(
        "4.7",
        title="Guidelines on co-production in research",
        title_cy="Canllawiau ar gydgynhyrchu mewn ymchwil",
        commitment="Produce guidelines on when and how to use co-production in research and evidence gathering, so "
        "that people with protected and related characteristics are involved and policy improves.",
        commitment_cy="Llunio canllawiau ar pryd a sut i ddefnyddio cydgynhyrchu mewn ymchwil a chasglu tystiolaeth, fel "
        "bod pobl â nodweddion gwarchodedig a nodweddion cysylltiedig yn cael eu cynnwys a bod polisi’n gwella.",
        status="in_progress",
        narrative="""
In September the Equality Evidence Unit put forward ideas for co-produced research to the Disability Rights Taskforce \
and the chairs of its working groups. In light of that discussion we are working closely with the chairs to \
co-design research projects that can be done within limited time and resources. The aim is to make the \
recommendations for the **Disability Rights Action Plan** more feasible.

What we learn from evaluating this work will shape how the Equality, Race and Disability Evidence Units, and \
Government Social Research across the Welsh Government, approach co-production in future.
""",
        narrative_cy="""
Ym mis Medi cyflwynodd yr Uned Tystiolaeth Cydraddoldeb gynigion ar gyfer ymchwil wedi’i chydgynhyrchu i’r Tasglu \
Hawliau Pobl Anabl ac i gadeiryddion ei weithgorau. Yng ngoleuni’r drafodaeth honno rydym yn gweithio’n agos gyda’r \
cadeiryddion i gyd-ddylunio prosiectau ymchwil y gellir eu cyflawni o fewn amser ac adnoddau cyfyngedig. Y nod yw \
gwneud argymhellion **Cynllun Gweithredu Hawliau Pobl Anabl** yn fwy ymarferol.

Bydd yr hyn a ddysgwn o werthuso’r gwaith hwn yn llywio sut y bydd yr Unedau Tystiolaeth Cydraddoldeb, Hil ac \
Anabledd, ac Ymchwil Gymdeithasol y Llywodraeth ar draws Llywodraeth Cymru, yn mynd ati i gydgynhyrchu yn y dyfodol.
""",
        department="kas",
        holders=["member", "iwan"],
        topics=["involvement", "more-equal-wales"],
        target_date=date(2025, 3, 31),
    ),
    _a(
        "4.8",
        title="Co-produced research on the social model of disability",
        title_cy="Ymchwil wedi’i chydgynhyrchu ar fodel cymdeithasol anabledd",
        commitment="Test co-producing research on gathering information in a way that reflects the social model of "
        "disability.",
        commitment_cy="Treialu cydgynhyrchu ymchwil ar gasglu gwybodaeth mewn ffordd sy’n adlewyrchu model cymdeithasol "
        "anabledd.",
        status="in_progress",
        narrative="""
We drew up a research specification and asked stakeholders to comment on it. After refining it in light of their \
feedback we put it out to tender on [Sell2Wales](https://www.sell2wales.gov.wales/), with bids closing on \
15 January 2024, and the contract is due to start by spring 2024.

The co-produced research is being refocused on the Disability Rights Taskforce’s main recommendations. Research \
on collecting information in a way that reflects **the social model of disability** will go ahead as a separate \
project.
""",
        narrative_cy="""
Lluniwyd manyleb ymchwil a gofynnwyd i randdeiliaid roi sylwadau arni. Ar ôl ei mireinio yng ngoleuni eu hadborth \
fe’i rhoddwyd allan i dendr ar [GwerthwchiGymru](https://www.sell2wales.gov.wales/), gyda’r cyfnod cynnig yn cau ar \
15 Ionawr 2024, a disgwylir i’r contract ddechrau erbyn gwanwyn 2024.

Mae’r ymchwil wedi’i chydgynhyrchu yn cael ei hailffocysu ar argymhellion allweddol y Tasglu Hawliau Pobl Anabl. \
Bydd ymchwil ar gasglu gwybodaeth mewn ffordd sy’n adlewyrchu **model cymdeithasol anabledd** yn mynd rhagddi fel \
prosiect ar wahân.
""",
        department="kas",
        holders=["dewi", "iwan"],
        topics=["involvement", "more-equal-wales"],
        target_date=date(2024, 5, 31),
    ),
    _a(
        "4.9",
        title="Research guidance and an updated quality assurance framework",
        title_cy="Canllawiau ymchwil a fframwaith sicrhau ansawdd wedi’i ddiweddaru",
        commitment="Produce guidance specific to the research profession and refresh the research quality assurance "
        "framework so that Government Social Research obligations are clearly understood.",
        commitment_cy="Llunio canllawiau sy’n benodol i’r proffesiwn ymchwil ac adnewyddu fframwaith sicrhau ansawdd "
        "ymchwil Llywodraeth Cymru, fel bod rhwymedigaethau Ymchwil Gymdeithasol y Llywodraeth yn cael eu deall yn glir.",
        status="in_progress",
        narrative="""
We are piloting a training course for Government Social Research. The update of the social research quality \
assurance framework, due during 2024, will bring in the main guidance.
""",
        narrative_cy="""
Rydym yn treialu cwrs hyfforddi ar gyfer Ymchwil Gymdeithasol y Llywodraeth. Bydd y diweddariad i’r fframwaith \
sicrhau ansawdd ymchwil gymdeithasol, sydd i ddod yn ystod 2024, yn cynnwys y prif ganllawiau.
""",
        department="kas",
        holders=["iwan", "helen"],
        topics=["long-term", "prevention"],
        target_date=date(2024, 12, 31),
    ),
    # ---------------- Theme 5 ----------------
    _a(
        "5.1",
        title="WG2025 organisational development programme",
        title_cy="Rhaglen WG2025 ar gyfer datblygu’r sefydliad",
        commitment="Use WG2025, a three-year organisational development programme, as the basis for a conversation "
        "with all staff about the changes that are needed.",
        commitment_cy="Defnyddio WG2025, rhaglen tair blynedd i ddatblygu’r sefydliad, fel sail i sgwrs â phawb sy’n "
        "gweithio i Lywodraeth Cymru am y newidiadau sydd eu hangen.",
        status="on_track",
        narrative="""
**Welsh Government 2025 (WG2025)** was launched in January 2023 as our three-year programme for changing and \
improving the organisation. It is meant to help us support ministers better and serve people and \
communities across Wales at a time of growing financial and global pressure.

The programme puts a strong emphasis on working together, both across government and with the wider Welsh public \
sector, and on being efficient and effective now and over the longer term, building on recent progress and \
lessons.

Through WG2025 we are placing the sustainable development principle at the centre of how we behave and of \
everything we do. More detail is in the Welsh Government Consolidated Accounts 2022 to 2023.
""",
        narrative_cy="""
Lansiwyd **Llywodraeth Cymru 2025 (WG2025)** ym mis Ionawr 2023 fel ein rhaglen tair blynedd ar gyfer newid a \
gwella’r sefydliad. Ei nod yw ein helpu i gefnogi Gweinidogion yn well a chyflawni dros bobl a chymunedau Cymru ar \
adeg o bwysau ariannol a byd-eang cynyddol.

Mae’r rhaglen yn rhoi pwyslais cryf ar gydweithio, ar draws y llywodraeth a chyda’r sector cyhoeddus ehangach yng \
Nghymru, ac ar fod yn effeithlon ac yn effeithiol nawr ac yn y tymor hwy, gan adeiladu ar gynnydd a gwersi diweddar.

Drwy WG2025 rydym yn rhoi’r egwyddor datblygu cynaliadwy wrth galon ein hymddygiad a phopeth a wnawn. Ceir rhagor o \
fanylion yng Nghyfrifon Cyfunol Llywodraeth Cymru 2022 i 2023.
""",
        department="people",
        holders=["fiona", "sioned"],
        topics=["collaboration", "long-term"],
        target_date=date(2025, 12, 31),
    ),
    _a(
        "5.2",
        title="Starter pack for the culture change manual",
        title_cy="Pecyn cychwynnol ar gyfer y llawlyfr newid diwylliant",
        commitment="Make the behaviour change manual easier to use by creating a starter pack and gathering internal "
        "and external feedback.",
        commitment_cy="Gwneud y llawlyfr newid ymddygiad yn haws i’w ddefnyddio drwy greu pecyn cychwynnol a chasglu "
        "adborth o’r tu mewn a’r tu allan i’r sefydliad.",
        status="completed",
        narrative="""
We made a prototype **starter pack** and tested it. Acting on the feedback, a small team from the Welsh \
Government, local government, the NHS and citizen groups gave **the culture change \
manual** a new landing page that is more appealing, more specific and easier to get into.

We also piloted a ‘Top Up’ training session through the Knowledge Exchange programme. The feedback was positive and \
suggested the course is heading the right way. Six more prototype sessions are planned for 2024, open \
to Welsh Government officials and other participants.
""",
        narrative_cy="""
Buom yn creu prototeip o **becyn cychwynnol** a’i brofi. Gan weithredu ar yr adborth, aeth tîm bach o Lywodraeth \
Cymru, llywodraeth leol, y GIG a grwpiau dinasyddion ati i ailddylunio tudalen lanio **y llawlyfr newid \
diwylliant** i’w gwneud yn fwy deniadol, yn fwy penodol ac yn haws mynd iddi.

Buom hefyd yn treialu sesiwn hyfforddi ‘Atodol’ drwy’r rhaglen Cyfnewid Gwybodaeth. Roedd yr adborth yn gadarnhaol \
ac yn awgrymu bod y cwrs yn datblygu i’r cyfeiriad iawn. Mae chwe sesiwn brototeip arall wedi’u cynllunio ar gyfer \
2024, yn agored i swyddogion Llywodraeth Cymru a chyfranogwyr eraill.
""",
        department="sfd",
        holders=["nerys", "mererid"],
        topics=["involvement", "collaboration"],
        target_date=date(2024, 2, 29),
    ),
    _a(
        "5.3",
        title="Using staff surveys to track the five ways",
        title_cy="Defnyddio arolygon staff i olrhain y pum ffordd o weithio",
        commitment="Keep using the People Survey and other staff surveys to understand how far the five ways of "
        "working are embedded in the culture.",
        commitment_cy="Parhau i ddefnyddio Arolwg y Bobl ac arolygon staff eraill i ddeall i ba raddau y mae’r pum "
        "ffordd o weithio wedi’u gwreiddio yn ein diwylliant.",
        status="on_track",
        narrative="""
Our Hybrid Working Survey in September 2023 asked staff how well they felt the five ways of working were being \
applied in their own work. With it, we have comparable staff survey results for 2021, 2022 and 2023.

Responses stay positive on the whole: between 68% and 82% of staff agreed or strongly agreed with the questions. \
In 2023 we added a question on whether staff felt equipped, in knowledge and skills, to use the five ways of \
working day to day, and 61% agreed or strongly agreed.

Views on how some of these behaviours are applied have slipped slightly. Experience tells us that the Act matters \
most when circumstances are hard, so we are working to make sure staff throughout the organisation, whatever \
their role, get the support to understand and apply it more deeply.
""",
        narrative_cy="""
Yn ein Harolwg Gweithio Hybrid ym mis Medi 2023 gofynnwyd i staff pa mor dda yr oeddent yn teimlo bod y pum ffordd \
o weithio yn cael eu cymhwyso yn eu gwaith. Erbyn hyn mae gennym ddata arolygon staff ar hyn ar gyfer 2021, 2022 a \
2023.

Mae’r ymatebion yn dal yn gadarnhaol ar y cyfan: roedd rhwng 68% ac 82% o’r staff yn cytuno neu’n cytuno’n gryf â’r \
cwestiynau. Yn 2023 ychwanegwyd cwestiwn ynghylch a oedd staff yn teimlo bod ganddynt y wybodaeth a’r sgiliau i roi’r \
pum ffordd o weithio ar waith, ac roedd 61% yn cytuno neu’n cytuno’n gryf.

Mae’r farn am y ffordd y caiff rhai o’r ymddygiadau hyn eu cymhwyso wedi gostwng ychydig. Mae profiad yn dangos mai \
pan fo amgylchiadau’n anodd y mae’r Ddeddf yn bwysicaf, felly rydym yn gweithio i sicrhau bod staff ym mhob rhan o’r \
sefydliad, beth bynnag fo’u rôl, yn cael y cymorth i’w deall a’i chymhwyso’n ddyfnach.
""",
        department="people",
        holders=["daniel", "fiona"],
        topics=["involvement", "long-term"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "5.4",
        title="New communities of practice for applying the Act",
        title_cy="Cymunedau ymarfer newydd ar gyfer cymhwyso’r Ddeddf",
        commitment="Develop a new set of communities of practice that help officials and others put the Act into "
        "practice.",
        commitment_cy="Datblygu cyfres newydd o gymunedau ymarfer sy’n helpu swyddogion ac eraill i roi’r Ddeddf ar "
        "waith.",
        status="in_progress",
        narrative="""
Many of the Communities of Practice are still growing. New guidance to support them is being translated and will \
be published through the culture change manual on the [Academi Wales](https://academiwales.gov.wales/) website. \
Communities continue to develop around:

- decarbonisation
- food
- responding to the climate and biodiversity emergency

We are also designing a new ‘Top Up’ course for community hosts, to be tried out with hosts and senior managers \
in 2024.
""",
        narrative_cy="""
Mae llawer o’r Cymunedau Ymarfer yn dal i dyfu. Mae canllawiau newydd i’w cefnogi yn cael eu cyfieithu a byddant \
yn cael eu cyhoeddi drwy’r llawlyfr newid diwylliant ar wefan [Academi Wales](https://academiwales.gov.wales/). Mae \
cymunedau’n parhau i ddatblygu ym meysydd:

- datgarboneiddio
- bwyd
- ymateb i argyfwng yr hinsawdd a bioamrywiaeth

Rydym hefyd yn dylunio cwrs ‘Atodol’ newydd i westeiwyr cymunedau, i roi cynnig arno gyda gwesteiwyr ac uwch \
reolwyr yn 2024.
""",
        department="sfd",
        holders=["mererid", "nerys"],
        topics=["collaboration", "involvement", "resilient-wales"],
        target_date=date(2024, 12, 31),
    ),
    _a(
        "5.5",
        title="Promoting the Act through internal communications",
        title_cy="Hyrwyddo’r Ddeddf drwy gyfathrebu mewnol",
        commitment="Keep raising awareness of the Act through internal communications, using case studies, the staff "
        "awards and events to showcase good practice.",
        commitment_cy="Parhau i godi ymwybyddiaeth o’r Ddeddf drwy gyfathrebu mewnol, gan ddefnyddio astudiaethau "
        "achos, gwobrau staff a digwyddiadau i arddangos arfer da.",
        status="on_track",
        narrative=f"""
In November 2023 we hosted a **Let’s Learn** event at which the new Future Generations Commissioner for Wales and \
the Permanent Secretary talked together. Almost 1,000 staff came to hear about the Commissioner’s new strategy, \
[Cymru Can]({CYMRU_CAN_URL}), to follow an in-depth conversation between the two and to put their own questions \
directly.

The same month we published case study films on internal channels about the three teams shortlisted in the \
Well-being of Future Generations category of the Welsh Government Awards, and showed them at the awards ceremony. \
The award went to the **Homelessness Prevention Team**.
""",
        narrative_cy=f"""
Ym mis Tachwedd 2023 cynhaliwyd digwyddiad **Dewch i Ddysgu** lle bu Comisiynydd newydd Cenedlaethau’r Dyfodol \
Cymru a’r Ysgrifennydd Parhaol yn sgwrsio â’i gilydd. Daeth bron i 1,000 o staff i glywed am strategaeth newydd y \
Comisiynydd, [Cymru Can]({CYMRU_CAN_URL}), i ddilyn sgwrs fanwl rhwng y ddau ac i ofyn eu cwestiynau eu hunain yn \
uniongyrchol.

Yr un mis cyhoeddwyd ffilmiau astudiaeth achos ar sianeli mewnol am y tri thîm a gyrhaeddodd y rhestr fer yng \
nghategori Llesiant Cenedlaethau’r Dyfodol Gwobrau Llywodraeth Cymru, a’u dangos yn y seremoni wobrwyo. Aeth y \
wobr i’r **Tîm Atal Digartrefedd**.
""",
        department="people",
        holders=["lleucu", "daniel"],
        topics=["involvement", "long-term"],
        target_date=date(2025, 2, 28),
    ),
    # ---------------- Theme 6 ----------------
    _a(
        "6.1",
        title="Annual reporting on plan delivery",
        title_cy="Adrodd bob blwyddyn ar gyflawni’r cynllun",
        commitment="Publish a yearly report on how the plan is being implemented.",
        commitment_cy="Cyhoeddi adroddiad blynyddol ar sut mae’r cynllun yn cael ei roi ar waith.",
        status="on_track",
        narrative="""
You are reading the plan’s first published progress update. We are exploring other ways to share progress, for \
example blog posts or a web page kept up to date as things happen, and ideas from readers are very welcome.
""",
        narrative_cy="""
Dyma’r diweddariad cynnydd cyntaf ar y cynllun i’w gyhoeddi. Rydym yn ystyried ffyrdd eraill o rannu cynnydd, er \
enghraifft postiadau blog neu dudalen we a gaiff ei diweddaru wrth i bethau ddigwydd, ac mae croeso mawr i syniadau \
gan ddarllenwyr.
""",
        department="sfd",
        holders=["elen", "sam"],
        topics=["involvement", "long-term"],
        target_date=date(2025, 5, 31),
    ),
    _a(
        "6.2",
        title="Annual board and executive committee item on the plan",
        title_cy="Eitem flynyddol ar y cynllun i’r bwrdd a’r pwyllgor gweithredol",
        commitment="Put a yearly item on board and executive committee agendas about delivery of the plan and the "
        "wider future generations agenda.",
        commitment_cy="Rhoi eitem flynyddol ar agendâu’r bwrdd a’r pwyllgor gweithredol am gyflawni’r cynllun ac agenda "
        "ehangach cenedlaethau’r dyfodol.",
        status="in_progress",
        narrative="""
In August we drew on BIRT outputs to produce our second internal update on progress with the plan. We are now \
developing an assurance report that will also be the basis of our reporting to the executive committee and the \
board.
""",
        narrative_cy="""
Ym mis Awst defnyddiwyd allbynnau BIRT i lunio ein hail ddiweddariad mewnol ar gynnydd y cynllun. Rydym bellach yn \
datblygu adroddiad sicrwydd a fydd hefyd yn sail i’n hadroddiadau i’r pwyllgor gweithredol a’r bwrdd.
""",
        department="governance",
        holders=["member", "non"],
        topics=["integration", "long-term"],
        target_date=date(2024, 12, 31),
    ),
    _a(
        "6.3",
        title="Future generations in the Performance Framework",
        title_cy="Cenedlaethau’r dyfodol yn y Fframwaith Perfformiad",
        commitment="Keep embedding future generations thinking in the Welsh Government Performance Framework.",
        commitment_cy="Parhau i wreiddio meddwl am genedlaethau’r dyfodol yn Fframwaith Perfformiad Llywodraeth Cymru.",
        status="on_track",
        narrative="""
In 2023 we revised the **Welsh Government Performance Framework** so that it recognises the part played by the \
five ways of working, linked to performance data on the sustainable development principle. Pages 56 to 65 of the \
Welsh Government Consolidated Accounts 2022-2023 explain the framework and how it is used.
""",
        narrative_cy="""
Yn 2023 diwygiwyd **Fframwaith Perfformiad Llywodraeth Cymru** fel ei fod yn cydnabod rhan y pum ffordd o weithio, \
gan gysylltu â data perfformiad ar yr egwyddor datblygu cynaliadwy. Mae tudalennau 56 i 65 o Gyfrifon Cyfunol \
Llywodraeth Cymru 2022-2023 yn egluro’r fframwaith a sut y caiff ei ddefnyddio.
""",
        department="governance",
        holders=["ian", "tomos"],
        topics=["long-term", "integration"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "6.4",
        title="Future generations reporting in the annual accounts",
        title_cy="Adrodd ar genedlaethau’r dyfodol yn y cyfrifon blynyddol",
        commitment="Explain in the annual accounts and governance statement how the Welsh Government is meeting its "
        "duties under the Act.",
        commitment_cy="Egluro yn y cyfrifon blynyddol a’r datganiad llywodraethu sut mae Llywodraeth Cymru yn cyflawni "
        "ei dyletswyddau o dan y Ddeddf.",
        status="on_track",
        narrative="""
We signed the Welsh Government Consolidated Accounts 2022-2023 and laid them on 30 November 2023. They report in \
detail on how we are keeping our commitment to future generations, and our Well-being of Future Generations work is also \
covered in paragraph 3.5 of the Welsh Government **Accounting Officer System Statement**.
""",
        narrative_cy="""
Llofnodwyd Cyfrifon Cyfunol Llywodraeth Cymru 2022-2023 a’u gosod ar 30 Tachwedd 2023. Maent yn adrodd yn fanwl ar \
sut rydym yn cadw ein hymrwymiad i genedlaethau’r dyfodol, ac mae paragraff 3.5 o **Ddatganiad System y Swyddog \
Cyfrifyddu** Llywodraeth Cymru hefyd yn disgrifio ein gwaith ar Lesiant Cenedlaethau’r Dyfodol.
""",
        department="treasury",
        holders=["tomos", "ian"],
        topics=["long-term", "integration"],
        target_date=date(2024, 11, 30),
    ),
    _a(
        "6.5",
        title="Reviewing the Oversight and Enabling Group’s arrangements",
        title_cy="Adolygu trefniadau’r Grŵp Goruchwylio a Galluogi",
        commitment="Revisit how the Well-being of Future Generations Oversight and Enabling Group is set up and run, "
        "including its terms of reference.",
        commitment_cy="Ailedrych ar sut mae Grŵp Goruchwylio a Galluogi Llesiant Cenedlaethau’r Dyfodol wedi’i sefydlu "
        "ac yn gweithredu, gan gynnwys ei gylch gorchwyl.",
        status="completed",
        narrative="""
The group’s terms of reference were reviewed, and it met in its new format in June, July and September 2023. \
Members fed into the wider WG2025 programme and into the design of the new policy capability framework for Welsh \
Government officials.

The group also oversaw how we approached the plan, including interim progress reports (April and August 2023), \
and gave valuable feedback on how the Act interacts with other legislation.
""",
        narrative_cy="""
Adolygwyd cylch gorchwyl y grŵp, a chyfarfu yn ei fformat newydd ym mis Mehefin, mis Gorffennaf a mis Medi 2023. \
Cyfrannodd yr aelodau at raglen ehangach WG2025 ac at ddylunio’r fframwaith gallu polisi newydd i swyddogion \
Llywodraeth Cymru.

Bu’r grŵp hefyd yn goruchwylio ein dull o ymdrin â’r cynllun, gan gynnwys adroddiadau cynnydd interim ym mis \
Ebrill a mis Awst 2023, a rhoddodd adborth gwerthfawr ar y ffordd y mae’r Ddeddf yn rhyngweithio â deddfwriaeth \
arall.
""",
        department="sfd",
        holders=["elen", "non"],
        topics=["integration", "collaboration"],
        target_date=date(2023, 9, 30),
    ),
    _a(
        "6.6",
        title="Piloting a new Board Champion role",
        title_cy="Treialu model newydd ar gyfer rôl Hyrwyddwr y Bwrdd",
        commitment="Develop and test a new model for the Board Champion role.",
        commitment_cy="Datblygu a phrofi model newydd ar gyfer rôl Hyrwyddwr y Bwrdd.",
        # In progress, not completed: the champions have been appointed, but the prototype runs on a rotation of
        # three six-month spells and the alumni network is still to be built.
        status="in_progress",
        narrative="""
Three **Board Champions** have been welcomed by the Permanent Secretary. Each spends six months in the champion \
role, six months backing the shadow board, then six months more in a network supporting the others, so the prototype runs \
over eighteen months. The three have been asked to advise on future generations principles and experience while \
supporting one another.

They will also help build a wider Future Generations alumni network to support the organisation, linked to \
WG2025. Like the co-chairs of the shadow board, they attend board as participant observers.
""",
        narrative_cy="""
Mae’r Ysgrifennydd Parhaol wedi croesawu 3 o **Hyrwyddwyr y Bwrdd**. Mae pob un yn treulio chwe mis fel Hyrwyddwr \
y Bwrdd, chwe mis yn cefnogi’r bwrdd cysgodol a chwe mis arall mewn rhwydwaith cymorth i’r lleill, felly mae’r \
prototeip yn rhedeg dros ddeunaw mis. Gofynnwyd i’r tri roi cyngor ar egwyddorion a phrofiad cenedlaethau’r \
dyfodol gan gefnogi ei gilydd.

Byddant hefyd yn helpu i adeiladu rhwydwaith ehangach o gyn-aelodau Cenedlaethau’r Dyfodol i gefnogi’r sefydliad, \
yn gysylltiedig â WG2025. Fel cyd-gadeiryddion y bwrdd cysgodol, maent yn mynychu’r bwrdd fel arsylwyr sy’n \
cyfranogi.
""",
        department="governance",
        holders=["non", "ian"],
        topics=["collaboration", "long-term"],
        target_date=date(2025, 8, 31),
    ),
    _a(
        "6.7",
        title="Supporting directors with the Internal Control Questionnaire",
        title_cy="Cefnogi cyfarwyddwyr gyda’r Holiadur Rheolaeth Fewnol",
        commitment="Work with every director on the future generations questions in the Internal Control "
        "Questionnaire and find ways to analyse the returns for a high-level assurance statement.",
        commitment_cy="Gweithio gyda phob cyfarwyddwr ar gwestiynau cenedlaethau’r dyfodol yn yr Holiadur Rheolaeth "
        "Fewnol a chanfod ffyrdd o ddadansoddi’r ymatebion er mwyn llunio datganiad sicrwydd lefel uchel.",
        status="in_progress",
        narrative="""
A project plan for working with directors has been agreed. It will help them find and make improvements in how \
they act in line with the sustainable development principle, and give us assurance on this action.
""",
        narrative_cy="""
Cytunwyd ar gynllun prosiect ar gyfer gweithio gyda chyfarwyddwyr. Bydd yn eu helpu i ganfod a gwneud gwelliannau \
yn y ffordd y maent yn gweithredu yn unol â’r egwyddor datblygu cynaliadwy, ac yn rhoi sicrwydd i ni ar y cam \
gweithredu hwn.
""",
        department="governance",
        holders=["ian", "non"],
        topics=["prevention", "integration"],
        target_date=date(2025, 2, 28),
    ),
    _a(
        "6.8",
        title="Evaluating BIRT, the business reporting tool",
        title_cy="Gwerthuso BIRT, yr offeryn adrodd busnes",
        commitment="Carry out a formative evaluation of how well BIRT has worked for users since it was introduced.",
        commitment_cy="Cynnal gwerthusiad ffurfiannol o ba mor dda y mae BIRT wedi gweithio i ddefnyddwyr ers ei "
        "gyflwyno.",
        status="completed",
        narrative="""
The BIRT evaluation survey opened to all Welsh Government staff on 26 January 2023 and closed on 10 February 2023. \
The User Experience (UX) team gathered and reviewed the responses and shared what they found with the BIRT team, \
and the report, with a recommendation for each finding, went to the BIRT Governance Group.

The recommendations that were accepted have been talked through with the BIRT Development Team and turned into \
change requests. The changes are expected in January 2024.
""",
        narrative_cy="""
Agorodd arolwg gwerthuso BIRT i holl staff Llywodraeth Cymru ar 26 Ionawr 2023 a chaeodd ar 10 Chwefror 2023. Bu’r \
tîm Profiad Defnyddwyr (UX) yn casglu ac yn adolygu’r ymatebion ac yn rhannu eu canfyddiadau â thîm BIRT, ac aeth \
yr adroddiad, gydag argymhelliad ar gyfer pob canfyddiad, i Grŵp Llywodraethu BIRT.

Mae’r argymhellion a dderbyniwyd wedi’u trafod â Thîm Datblygu BIRT a’u troi’n geisiadau am newid. Disgwylir y \
newidiadau ym mis Ionawr 2024.
""",
        department="governance",
        holders=["lisa", "ian"],
        topics=["prevention", "involvement"],
        target_date=date(2024, 1, 31),
    ),
]


def _update(number, narrative, narrative_cy, proposed_status=""):
    return {
        "number": number,
        "narrative": narrative.strip(),
        "narrative_cy": narrative_cy.strip(),
        "proposed_status": proposed_status,
    }


# Holders’ updates already in for the open second period (by each action’s lead holder). Two propose a new status,
# so a coordinator has proposals to answer; none has a narrative of record yet.
NEXT_UPDATES = [
    _update(
        "1.7",
        f"""
The policy fellow started in January and has set up a small steering group with the Commissioner’s office and \
Audit Wales. So far:

- a review of published evidence on how the Act has been put into practice
- a draft evaluation framework, shared with the [National Stakeholder Forum]({FORUM_URL}) for comment
- interviews with public bodies planned for the autumn
""",
        f"""
Dechreuodd y cymrawd polisi ym mis Ionawr ac mae wedi sefydlu grŵp llywio bach gyda swyddfa’r Comisiynydd ac \
Archwilio Cymru. Hyd yma:

- adolygiad o’r dystiolaeth gyhoeddedig ar sut mae’r Ddeddf wedi’i rhoi ar waith
- fframwaith gwerthuso drafft, wedi’i rannu â’r [Fforwm Rhanddeiliaid Cenedlaethol]({FORUM_URL}) am sylwadau
- cyfweliadau â chyrff cyhoeddus wedi’u cynllunio ar gyfer yr hydref
""",
    ),
    _update(
        "2.9",
        """
The seminar series has begun. The first two sessions, for the Climate Change and Rural Affairs group and for \
Education, Social Justice and Welsh Language, each drew around 60 people, and the slides and recordings are on the \
intranet. Four more are booked before the end of March, so I propose moving this action to **in progress**.
""",
        """
Mae’r gyfres o seminarau wedi dechrau. Denodd y ddwy sesiwn gyntaf, i’r grŵp Newid Hinsawdd a Materion Gwledig ac \
i Addysg, Cyfiawnder Cymdeithasol a’r Gymraeg, tua 60 o bobl yr un, ac mae’r sleidiau a’r recordiadau ar y \
fewnrwyd. Mae pedair arall wedi’u trefnu cyn diwedd mis Mawrth, felly rwy’n cynnig symud y cam gweithredu hwn i \
**ar waith**.
""",
        proposed_status="in_progress",
    ),
    _update(
        "3.4",
        """
Every Public Services Board has now had a briefing under the rolling programme, and the revised terms of \
reference are in use. New representatives will be briefed as part of normal induction from now on, so I propose \
marking this action **completed**.
""",
        """
Mae pob Bwrdd Gwasanaethau Cyhoeddus bellach wedi cael sesiwn friffio o dan y rhaglen dreigl, ac mae’r cylch \
gorchwyl diwygiedig yn cael ei ddefnyddio. O hyn ymlaen bydd cynrychiolwyr newydd yn cael eu briffio fel rhan o’r \
cyfnod sefydlu arferol, felly rwy’n cynnig nodi bod y cam gweithredu hwn wedi’i **gwblhau**.
""",
        proposed_status="completed",
    ),
    _update(
        "4.3",
        """
Work on the 2024 **Well-being of Wales** report is under way, and we are scoping a themed supplement with \
colleagues in the Equality Evidence Unit. Emerging findings went to the Knowledge Exchange programme in the summer.
""",
        """
Mae’r gwaith ar adroddiad **Llesiant Cymru** 2024 ar y gweill, ac rydym yn cwmpasu atodiad ar thema benodol gyda \
chydweithwyr yn yr Uned Tystiolaeth Cydraddoldeb. Aeth y canfyddiadau cynnar i’r rhaglen Cyfnewid Gwybodaeth yn ystod \
yr haf.
""",
    ),
    _update(
        "4.7",
        """
Two co-designed research projects have been agreed with the Disability Rights Taskforce chairs:

- **access to public transport**, with disabled people’s organisations helping to design the fieldwork
- **independent living**, using peer researchers

Draft guidelines on when to use co-production are being tested with both project teams.
""",
        """
Mae dau brosiect ymchwil wedi’u cyd-ddylunio wedi’u cytuno gyda chadeiryddion y Tasglu Hawliau Pobl Anabl:

- **mynediad at drafnidiaeth gyhoeddus**, gyda sefydliadau pobl anabl yn helpu i ddylunio’r gwaith maes
- **byw’n annibynnol**, gan ddefnyddio ymchwilwyr cymheiriaid

Mae canllawiau drafft ar bryd i ddefnyddio cydgynhyrchu yn cael eu profi gyda’r ddau dîm prosiect.
""",
    ),
    _update(
        "5.4",
        """
The new guidance for community hosts is now in the culture change manual on the \
[Academi Wales](https://academiwales.gov.wales/) website, in English and Welsh. Two new communities started this \
year, on **nature recovery** and **compassionate resource management**, and the ‘Top Up’ course for hosts ran \
twice.
""",
        """
Mae’r canllawiau newydd i westeiwyr cymunedau bellach yn y llawlyfr newid diwylliant ar wefan \
[Academi Wales](https://academiwales.gov.wales/), yn Gymraeg ac yn Saesneg. Dechreuodd dwy gymuned newydd eleni, ar \
**adfer natur** a **rheoli adnoddau’n dosturiol**, a chynhaliwyd y cwrs ‘Atodol’ i westeiwyr ddwywaith.
""",
    ),
    _update(
        "6.1",
        """
Drafting of the second progress update has started. Between reports we tried sharing progress in posts on the \
[Shaping Wales’ Future blog](https://shapingwalesfuture.blog.gov.wales/), which readers told us they found easier \
to follow than one long document.
""",
        """
Mae’r gwaith o ddrafftio’r ail ddiweddariad cynnydd wedi dechrau. Rhwng adroddiadau buom yn rhoi cynnig ar rannu \
cynnydd mewn postiadau ar [flog Llunio Dyfodol Cymru](https://shapingwalesfuture.blog.gov.wales/), a dywedodd \
darllenwyr wrthym eu bod yn haws eu dilyn nag un ddogfen hir.
""",
    ),
    _update(
        "2.3",
        """
The improvement proposals went back to the executive committee in spring 2024 and were agreed in principle. We \
are now testing a shorter impact assessment template with three policy teams; launch is still planned for 2025.
""",
        """
Aeth y cynigion gwella yn ôl i’r pwyllgor gweithredol yng ngwanwyn 2024 a chawsant eu cytuno mewn egwyddor. Rydym \
bellach yn profi templed asesu effaith byrrach gyda thri thîm polisi; mae’r lansiad yn dal wedi’i gynllunio ar gyfer \
2025.
""",
    ),
]
