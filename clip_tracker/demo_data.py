"""Seed data: Welsh Government Well-being of Future Generations
Continuous Learning and Improvement Plan (CLIP) - progress update, February 2024.

All summaries below are paraphrased from the published update
(first published 23 May 2024).

Notes on structure:
- Theme numbering follows the "Our progress" section of the document. The
  Sustainable Governance Framework overview earlier in the document orders
  themes 2-4 differently (2 = enabling others, 3 = understanding Wales,
  4 = civil service); the actions are numbered according to the progress
  section, which is used here.
- Actions 4.2 and 4.5 are reported under one combined heading (4.5 appears
  in the document between 4.2 and 4.3). ACTIONS is sorted numerically.
"""

PLAN = {
    "title": "Well-being of Future Generations Continuous Learning and Improvement Plan: progress update, February 2024",
    "period_label": "February 2023 – February 2024",
}

THEMES = [
    {
        "number": 1,
        "title": "Ministers choosing and meeting well-being objectives",
        "title_cy": "Gweinidogion yn dewis ac yn cyflawni amcanion llesiant",
        "introduction": (
            "This theme is about how Welsh Ministers use their well-being objectives so that "
            "government adds as much as it can towards the national well-being goals. "
            "Its seven actions range from yearly reporting and international links to promoting "
            "future trends evidence and planning an evaluation of the Act."
        ),
        "introduction_cy": (
            "Mae'r thema hon yn ymwneud â'r ffordd y mae Gweinidogion Cymru yn defnyddio eu "
            "hamcanion llesiant fel bod y llywodraeth yn cyfrannu cymaint â phosibl at y nodau "
            "llesiant cenedlaethol. Mae'n cynnwys saith cam gweithredu sy'n amrywio o adrodd "
            "blynyddol a chysylltiadau rhyngwladol i hyrwyddo tystiolaeth am dueddiadau'r dyfodol "
            "a chynllunio gwerthusiad o'r Ddeddf."
        ),
        "learning": (
            "The Act gives a practical and ethical lens for decisions that works alongside other "
            "legal duties, and taking time to use the five ways of working improves outcomes even "
            "when choices are urgent. The ten well-being objectives in the Programme for Government "
            "show where ministers believe they can contribute most to the seven goals."
        ),
        "helps": (
            "The Commissioner's Ways of Working Progress Checker, together with Knowledge Exchange "
            "events where new and established bodies swap lessons about meeting their duties."
        ),
    },
    {
        "number": 2,
        "title": "Civil service support and advice to Ministers",
        "title_cy": "Cymorth a chyngor y gwasanaeth sifil i Weinidogion",
        "introduction": (
            "This theme looks at how the civil service can strengthen the help it offers Welsh "
            "Ministers by making the five ways of working part of everyday practice. "
            "It contains eleven actions dealing with policy skills, impact assessment, training, "
            "internal assurance, budget planning and infrastructure investment."
        ),
        "introduction_cy": (
            "Mae'r thema hon yn edrych ar sut y gall y gwasanaeth sifil gryfhau'r cymorth y mae'n "
            "ei gynnig i Weinidogion Cymru drwy wneud y pum ffordd o weithio yn rhan o'i arferion "
            "bob dydd. Mae'n cynnwys un cam gweithredu ar ddeg sy'n ymdrin â sgiliau polisi, asesu "
            "effaith, hyfforddiant, sicrwydd mewnol, cynllunio'r gyllideb a buddsoddi mewn seilwaith."
        ),
        "learning": (
            "Seeing today's overlapping crises as a many-sided predicament, and ourselves as parts "
            "of wider and fragile systems, leads to better advice for ministers. Applying the Act "
            "can feel slower at first but saves effort later by avoiding work that pulls in "
            "opposite directions."
        ),
        "helps": (
            "A short online course on systems thinking, guidance on how the Equality Act 2010 "
            "and the Act fit together, and a poem exploring links between race and the environment."
        ),
    },
    {
        "number": 3,
        "title": "Enabling and influencing partners across Wales",
        "title_cy": "Galluogi partneriaid ledled Cymru a dylanwadu arnynt",
        "introduction": (
            "This theme reflects the Welsh Government's unusual position at the centre of links with "
            "public, private and voluntary organisations, and how it can lead and influence them "
            "towards the well-being goals. Its eleven actions include Knowledge Exchange events, "
            "support for Public Services Boards, third sector funding practice, tools for "
            "businesses and staff exchanges."
        ),
        "introduction_cy": (
            "Mae'r thema hon yn adlewyrchu safle arbennig Llywodraeth Cymru yng nghanol cysylltiadau "
            "â sefydliadau cyhoeddus, preifat a gwirfoddol, a sut y gall arwain y sefydliadau hynny "
            "a dylanwadu arnynt i gyfrannu at y nodau llesiant. Mae'n cwmpasu un cam gweithredu ar "
            "ddeg, yn eu plith digwyddiadau Cyfnewid Gwybodaeth, cymorth i Fyrddau Gwasanaethau "
            "Cyhoeddus, arferion cyllido'r trydydd sector, adnoddau i fusnesau a chyfnewid staff."
        ),
        "learning": (
            "How meetings and shared spaces are hosted really matters: gatherings with lighter "
            "agendas, more interaction and a compassionate tone tend to work better than "
            "traditional formats. Pointing colleagues to whoever is best placed to help, when it "
            "matters, is often worth more than drawing up a map of expertise."
        ),
        "helps": (
            "Trying out guidance on better meetings, planning only the next few steps, and using "
            "small prototypes so that mistakes stay small and lessons come quickly."
        ),
    },
    {
        "number": 4,
        "title": "Evidence on Wales today and in future",
        "title_cy": "Tystiolaeth am Gymru heddiw ac yn y dyfodol",
        "introduction": (
            "This theme gathers the evidence and analysis that help government understand how Wales "
            "is doing now and what lies ahead, so that decisions and policies become more "
            "sustainable. Its nine actions cover national indicators and milestones, futures and "
            "foresight, well-being reporting, the National Survey, co-produced research and "
            "research quality."
        ),
        "introduction_cy": (
            "Mae'r thema hon yn casglu'r dystiolaeth a'r dadansoddiadau sy'n helpu'r llywodraeth i "
            "ddeall sut mae Cymru'n dod yn ei blaen ar hyn o bryd a beth sydd o'n blaenau, er mwyn "
            "i benderfyniadau a pholisïau fod yn fwy cynaliadwy. Mae'n cynnwys naw cam gweithredu "
            "sy'n ymdrin â'r dangosyddion a'r cerrig milltir cenedlaethol, dyfodolau a "
            "rhagwelediad, adrodd ar lesiant, yr Arolwg Cenedlaethol, ymchwil wedi'i chydgynhyrchu "
            "ac ansawdd ymchwil."
        ),
        "learning": (
            "People with lived experience should be involved fairly and openly in research and "
            "policy, and Welsh data means more when it is read against the global picture. "
            "Exploring possible futures calls for a systems view that accounts for complexity and "
            "interdependence."
        ),
        "helps": (
            "Using key findings from the Wellbeing of Wales and Future Trends reports early in "
            "conversations, and picking out 'do anyway' steps that would help whichever future "
            "scenario unfolds."
        ),
    },
    {
        "number": 5,
        "title": "Building a sustainable organisational culture",
        "title_cy": "Meithrin diwylliant sefydliadol cynaliadwy",
        "introduction": (
            "This theme aims to make sustainable working a natural, everyday part of how staff "
            "behave rather than a separate duty to tick off. Its five actions cover the WG2025 "
            "change programme, a starter pack for the culture change manual, staff surveys, "
            "communities of practice and internal communications."
        ),
        "introduction_cy": (
            "Nod y thema hon yw gwneud gweithio'n gynaliadwy yn rhan naturiol o ymddygiad staff "
            "bob dydd, yn hytrach na dyletswydd ar wahân i'w chyflawni. Mae'n cynnwys pum cam "
            "gweithredu sy'n ymdrin â rhaglen newid WG2025, pecyn cychwynnol ar gyfer y llawlyfr "
            "newid diwylliant, arolygon staff, cymunedau ymarfer a chyfathrebu mewnol."
        ),
        "learning": (
            "Culture is the sum of personal and shared habits, and the most effective route to "
            "change so far has been to name an old habit, design something to replace it and "
            "practise the new one. Inviting groups to organise themselves around topics they care "
            "about, such as compassionate resource management, lets change happen where it is needed."
        ),
        "helps": (
            "Agreeing three key messages at the end of each meeting instead of circulating long "
            "notes, alongside the Academi Wales culture change manual."
        ),
    },
    {
        "number": 6,
        "title": "Oversight, accountability and progress reporting",
        "title_cy": "Goruchwylio, atebolrwydd ac adrodd ar gynnydd",
        "introduction": (
            "This theme deals with the governance, oversight and reporting arrangements that hold "
            "the organisation to account and help it keep improving how it applies the sustainable "
            "development principle. Its eight actions cover yearly reporting on the plan, board and "
            "executive scrutiny, performance and accounts reporting, Board Champions, internal "
            "control and the business reporting tool."
        ),
        "introduction_cy": (
            "Mae'r thema hon yn ymwneud â'r trefniadau llywodraethu, goruchwylio ac adrodd sy'n "
            "dwyn y sefydliad i gyfrif ac yn ei helpu i barhau i wella'r ffordd y mae'n cymhwyso'r "
            "egwyddor datblygu cynaliadwy. Mae'n cynnwys wyth cam gweithredu sy'n ymdrin ag adrodd "
            "blynyddol ar y cynllun, craffu gan y bwrdd a'r pwyllgor gweithredol, adrodd ar "
            "berfformiad ac yn y cyfrifon, Hyrwyddwyr y Bwrdd, rheolaeth fewnol a'r offeryn adrodd "
            "ar wybodaeth busnes."
        ),
        "learning": (
            "Shared leadership is vital, shown by appointing every alumni applicant as a Board "
            "Champion so that they can support one another. Joining work up early is hard but "
            "worthwhile, and the strongest assurance comes from fixing root causes in policies and "
            "processes rather than adding more checks."
        ),
        "helps": (
            "Considering likely impacts at the very start of any process, whether it concerns "
            "internal or external policy, an assessment or a decision."
        ),
    },
]


def _a(number, title, title_cy, commitment, status, progress, reported_with=None, merged_into=None, holder=""):
    return {
        "number": number,
        "theme": int(number.split(".")[0]),
        "title": title,
        "title_cy": title_cy,
        "commitment": commitment,
        "status": status,
        "progress": progress,
        "reported_with": reported_with,
        "merged_into": merged_into,
        "holder": holder,
    }


ACTIONS = [
    # ---------------- Theme 1 ----------------
    _a(
        "1.1",
        "Reporting well-being objectives through Programme for Government updates",
        "Adrodd ar amcanion llesiant drwy ddiweddariadau'r Rhaglen Lywodraethu",
        "Keep building the well-being objectives into the yearly report on progress against the "
        "Programme for Government.",
        "on_track",
        "The yearly report describing progress on the well-being objectives came out on 4 July 2023. "
        "The update cites this publication as the year's evidence of delivery for the action.",
    ),
    _a(
        "1.2",
        "Helping the executive committee apply sustainable development",
        "Helpu'r pwyllgor gweithredol i gymhwyso'r egwyddor datblygu cynaliadwy",
        "Continue supporting the executive committee to use the sustainable development principle "
        "as it backs the Permanent Secretary in advising the First Minister on policy.",
        "in_progress",
        "Executive committee members helped shape the improvement plan itself. They are due to be "
        "briefed on how it is progressing during 2024.",
    ),
    _a(
        "1.3",
        "Learning from international partner governments and networks",
        "Dysgu oddi wrth lywodraethau a rhwydweithiau rhyngwladol",
        "Share experience with, and learn from, governments around the world, chiefly through "
        "Regions4 and the Wellbeing Economy Governments (WEGo) partnership.",
        "on_track",
        "An updated memorandum of understanding with Flanders now covers foresight, "
        "and joint work took place with Catalonia, the Basque Country and Brittany. Ministers and "
        "officials also took part in events in Bilbao, Copenhagen and Reykjavik as well as WEGo, OECD "
        "and Regions4 activity.",
    ),
    _a(
        "1.4",
        "Refreshing the National Stakeholder Forum",
        "Adnewyddu'r Fforwm Rhanddeiliaid Cenedlaethol",
        "Use the Well-being of Future Generations National Stakeholder Forum to push forward the next "
        "stage of embedding the Act's approach throughout Wales.",
        "on_track",
        "The forum has new terms of reference and a wider membership, and its notes and materials are "
        "now published online to make it more open. Guest speakers over the year included a minister, "
        "the Commissioner, the Climate Change Commission and the Chief Statistician.",
    ),
    _a(
        "1.5",
        "Bringing public bodies' well-being objectives together",
        "Dod ag amcanion llesiant cyrff cyhoeddus ynghyd",
        "Look for ways to make the well-being objectives set by public bodies in Wales better known, "
        "using the Commissioner's monitoring work.",
        "in_progress",
        "The Welsh Government and the Commissioner are collecting the objectives of the 48 bodies "
        "under the well-being duty, plus those of Public Services Boards, into a single place. "
        "The aim is to let organisations see each other's priorities and join up their work.",
    ),
    _a(
        "1.6",
        "Helping senior leaders use the Future Trends Report",
        "Helpu uwch arweinwyr i ddefnyddio Adroddiad Tueddiadau'r Dyfodol",
        "Make ministers and senior leaders more familiar with the Future Trends Report.",
        "on_track",
        "Two workshops were held through an ESRC-funded foresight project whose report appeared in "
        "November 2023, and officials presented the 2021 report and foresight tools at several internal "
        "and UK-wide forums. Futures sessions were also supported for senior civil servants and the "
        "Senedd reform team, and Futures Toolkit training continues.",
    ),
    _a(
        "1.7",
        "Scoping an evaluation of the Act",
        "Cwmpasu gwerthusiad o'r Ddeddf",
        "Work out what an evaluation of the Well-being of Future Generations Act should cover and how "
        "it ought to be carried out.",
        "in_progress",
        "A UKRI Policy Fellowship, funded through the ESRC, was won to design the method and carry out "
        "the first phase of an evaluation. The fellowship lasts 18 months and got under way in "
        "January 2024.",
        holder="Sustainable Futures Division",
    ),
    # ---------------- Theme 2 ----------------
    _a(
        "2.1",
        "Development pathways for policy makers' sustainability skills",
        "Llwybrau datblygu ar gyfer sgiliau cynaliadwyedd llunwyr polisi",
        "Create development routes that help policy officials grow the skills, knowledge and "
        "behaviours needed to apply the sustainable development principle.",
        "in_progress",
        "A Policy Capability Strategy and a matching Policy Capability Framework now set out the "
        "skills officials need and how to build them, with the Act and the five ways of working "
        "written in. It was launched inside the organisation in July 2023 and putting it into "
        "practice has only just begun.",
    ),
    _a(
        "2.2",
        "Focused support on each of the five ways",
        "Cymorth penodol ar bob un o'r pum ffordd o weithio",
        "Refresh formal and informal support for policy makers, including a run of exercises that "
        "each examine a single way of working in depth.",
        "in_progress",
        "An exercise on involvement in policy making has been finished, the first of the planned "
        "series. Training was also delivered through the Policy Essentials Programme, and policy "
        "seminars on a range of subjects are continuing.",
    ),
    _a(
        "2.3",
        "Improving integrated assessment of policy impacts",
        "Gwella asesiadau integredig o effaith polisïau",
        "Keep reviewing and improving how policy impacts are assessed in a joined-up way, building "
        "on the Integrated Impact Assessment.",
        "at_risk",
        "Users continue to receive help, backed by an updated template and a fresh list of "
        "colleagues who can advise. Improvement proposals went to the executive committee in December 2023 "
        "and will return in early 2024, but the launch is now expected in 2025 instead of 2024.",
    ),
    _a(
        "2.4",
        "Updating guidance on involving and consulting citizens",
        "Diweddaru canllawiau ar gynnwys dinasyddion ac ymgynghori â hwy",
        "Keep reviewing the internal resources that help policy teams involve, engage and consult "
        "people when shaping and delivering policy.",
        "in_progress",
        "Day-to-day help with consultations continues, but there is little room for new development "
        "because staff are concentrating on the impact assessment work under action 2.3. New web "
        "content explaining Welsh Government consultations to the public has been drafted and was "
        "expected online in early 2024.",
    ),
    _a(
        "2.5",
        "Building the Act into staff learning and development",
        "Gwreiddio'r Ddeddf mewn dysgu a datblygu staff",
        "Continue to include the Act in the organisation-wide capability plan and its learning and development offer.",
        "in_progress",
        "Learning about the Act remains compulsory during induction for new starters; that course is "
        "being refreshed and self-paced resources are available in the meantime. A new skills strategy "
        "under the Capability Plan will consider future generations behaviours, and a 'top-up' course "
        "is being developed (linked to action 5.2).",
    ),
    _a(
        "2.6",
        "Tailored awareness sessions for corporate teams",
        "Sesiynau ymwybyddiaeth wedi'u teilwra ar gyfer timau corfforaethol",
        "Raise understanding of the Act among corporate service teams using an approach suited to each team's role.",
        "on_track",
        "Presentations on the Act have been given to many internal groups, among them the Chief "
        "Operating Officers group and the project delivery, digital and analytical teams. Some "
        "corporate leaders also joined Policy Capability sessions to consider how the Act bears on "
        "internal policies.",
        holder="Sustainable Futures Division",
    ),
    _a(
        "2.7",
        "Using internal control information for annual assurance",
        "Defnyddio gwybodaeth rheolaeth fewnol ar gyfer sicrwydd blynyddol",
        "Draw on evidence from the internal control system to give the Permanent Secretary assurance, "
        "refreshing the questions every year.",
        "in_progress",
        "With the approach now agreed, a first draft assurance report has been written. Colleagues are "
        "reviewing it so that one report can serve several purposes.",
    ),
    _a(
        "2.8",
        "Staff network on sustainable living",
        "Rhwydwaith staff ar fyw'n gynaliadwy",
        "Set up a staff network on living sustainably so colleagues can learn to make greener choices "
        "and cut their carbon footprint at home and at work.",
        "completed",
        "The Living Sustainably Network began in November 2022, has about 150 members and has run four "
        "lunchtime sessions on subjects such as home energy, repair and the Net Zero Strategic Plan. "
        "It also hosts a Teams channel with a pledge board and a group for electric vehicle drivers.",
    ),
    _a(
        "2.9",
        "Refresher seminars on the Act for directorates",
        "Seminarau gloywi ar y Ddeddf ar gyfer cyfarwyddiaethau",
        "Hold a set of seminars and bespoke sessions for directorates to renew their engagement with the Act.",
        "not_started",
        "No activity was reported for this period. The work is planned to begin during 2024.",
    ),
    _a(
        "2.10",
        "Publishing the Budget Improvement Plan each year",
        "Cyhoeddi Cynllun Gwella'r Gyllideb bob blwyddyn",
        "Publish a Budget Improvement Plan every year, reviewing the past twelve months and setting "
        "short and medium-term aims over a rolling five years.",
        "on_track",
        "Plans were published with both the 2023-2024 and 2024-2025 draft budgets, looking back on "
        "progress and setting out next steps. A young person's version and animation were co-produced "
        "with Children in Wales and launched in February 2024.",
        holder="Budget Improvement Team",
    ),
    _a(
        "2.11",
        "Infrastructure investment strategy supporting a zero-carbon economy",
        "Strategaeth buddsoddi mewn seilwaith i gefnogi economi ddi-garbon",
        "Use the Wales Infrastructure Investment Strategy to back a zero-carbon economy rooted in the "
        "Act and to improve all four strands of well-being.",
        "completed",
        "The strategy, which came out in 2021, frames the Welsh Government's infrastructure spending "
        "for a decade. Its overarching priority is responding to the climate and nature emergencies.",
    ),
    # ---------------- Theme 3 ----------------
    _a(
        "3.1",
        "Co-designing the next Knowledge Exchange series",
        "Cyd-ddylunio'r gyfres nesaf o ddigwyddiadau Cyfnewid Gwybodaeth",
        "Co-design, together with the National Stakeholder Forum, the next round of Future Generations "
        "Knowledge Exchange events.",
        "on_track",
        "Knowledge Exchange sessions have been run in preparation for extending the well-being duty, "
        "each drawing around 100 people from public bodies. Work has also started with Audit Wales, "
        "Academi Wales and the Commissioner on an infographic of support for public bodies, to be "
        "passed to the Supporting Organisations Network.",
    ),
    _a(
        "3.2",
        "Promoting the National Principles for Public Participation",
        "Hyrwyddo'r Egwyddorion Cenedlaethol ar gyfer Cyfranogiad y Cyhoedd",
        "Partner with the Commissioner, WCVA and Co-production Wales to take forward the National "
        "Principles for Public Participation.",
        "in_progress",
        "WCVA and partners have refreshed the principles, and the Welsh Government keeps looking for "
        "chances to promote them among its policy staff. Wider communities policy work is using Public "
        "Services Board partnerships as a testing ground.",
    ),
    _a(
        "3.3",
        "Spreading good practice across public bodies",
        "Lledaenu arfer da ymhlith cyrff cyhoeddus",
        "Work alongside the Commissioner and the Auditor General to spread good practice among public bodies.",
        "on_track",
        "The Welsh Government paid for six places on the Future Generations Leadership Academy, "
        "taking its total number of participants to 12. The joint infographic on support for public "
        "bodies, described under action 3.1, also contributes here.",
    ),
    _a(
        "3.4",
        "Clarifying what Public Services Board representatives do",
        "Egluro gwaith cynrychiolwyr Byrddau Gwasanaethau Cyhoeddus",
        "Make clearer what is expected of Public Services Board representatives, by revisiting the "
        "representatives' terms of reference and holding regular briefings.",
        "on_track",
        "Revised terms of reference were agreed after consulting the boards, Welsh Government "
        "representatives, the Commissioner and the minister, and have been circulated. A rolling "
        "briefing programme has begun.",
    ),
    _a(
        "3.5",
        "Funding and support package for Public Services Boards",
        "Pecyn cyllid a chymorth ar gyfer Byrddau Gwasanaethau Cyhoeddus",
        "Help Public Services Boards fulfil their potential by reviewing how they use funding, offering "
        "a support package led by the Welsh Government and later revising statutory guidance.",
        "at_risk",
        "The action is to be revisited once the draft budget position is known. No new date has been "
        "set for publishing revised guidance.",
    ),
    _a(
        "3.6",
        "Third sector recovery, funding code and volunteering policy",
        "Adferiad y trydydd sector, y cod cyllido a'r polisi gwirfoddoli",
        "Act on the recommendations in the Covid Recovery Plan from the Third Sector Partnership Council, "
        "and review both the government's code of practice on funding and its volunteering policy.",
        "closed",
        "The Covid Recovery Plan has become part of the Third Sector Team's routine work and will no "
        "longer be tracked here. A review of the funding code with the Funding & Compliance "
        "sub-committee produced five principles, which are being promoted to both public and voluntary "
        "organisations.",
        holder="Third Sector Team",
    ),
    _a(
        "3.7",
        "Training for Relationship Managers on the Economic Contract",
        "Hyfforddiant i Reolwyr Cydberthnasau ar y Contract Economaidd",
        "Look into training and support that would help Relationship Managers deliver the Economic "
        "Contract more effectively.",
        "in_progress",
        "Social value priorities are being lined up with the Priorities for a Stronger Economy "
        "set out in November 2023. Training needs will be assessed after policy work in spring 2024, "
        "drawing on emerging findings from the Economic Contract's independent evaluation.",
    ),
    _a(
        "3.8",
        "Online future-proofing toolkit for small businesses",
        "Pecyn cymorth ar-lein i helpu busnesau bach i baratoi at y dyfodol",
        "Develop with the Commissioner an online toolkit that shows SMEs the business case for the Act "
        "and supports sustainable decisions.",
        "in_progress",
        "The Commissioner has supplied a report with ideas for updating the toolkit, and development "
        "continues. Options for joint work with the Economic Contract team are being explored, and the "
        "toolkit will move to a refreshed website.",
        holder="Business and Regions team",
    ),
    _a(
        "3.9",
        "Prototyping staff exchanges between organisations",
        "Treialu dulliau cyfnewid staff rhwng sefydliadau",
        "Design and test ways of swapping staff between organisations to support joint policy work "
        "and strengthen staff understanding of the five ways.",
        "paused",
        "The One Welsh Public Service group under WG2025 has finished, with follow-on work through "
        "Academi Wales leadership development and a leadership behaviour framework. The staff exchange "
        "prototypes have been put on hold because budgets were reprioritised.",
    ),
    _a(
        "3.10",
        "Simplifying regional partnership arrangements",
        "Symleiddio trefniadau partneriaeth rhanbarthol",
        "Review regional partnership arrangements and identify steps to make them simpler.",
        "completed",
        "A final report from the review of regional partnerships has been published. A working group "
        "reporting to the Partnership Council for Wales will be created to keep regional working in view.",
    ),
    _a(
        "3.11",
        "Mapping sources of know-how on the well-being goals",
        "Mapio ffynonellau arbenigedd ar y nodau llesiant",
        "Chart where knowledge about the well-being goals already sits in Wales, to help people understand the goals.",
        "in_progress",
        "The Tapestry partners (Academi Wales, Audit Wales and the Commissioner) have agreed how to "
        "describe their roles in supporting the Act and are charting shared learning opportunities "
        "with the Supporting Organisations Network. They next intend to map the main organisations "
        "that support each well-being goal.",
    ),
    # ---------------- Theme 4 ----------------
    _a(
        "4.1",
        "Raising awareness of indicators, milestones and future trends",
        "Codi ymwybyddiaeth o'r dangosyddion, y cerrig milltir a thueddiadau'r dyfodol",
        "Boost how well the national indicators, the milestones and the Future Trends Report are known and understood.",
        "in_progress",
        "A review of how the indicators and milestones are used internally has started, although an "
        "animated version and accessible formats of the Shaping Wales' Future material are still to be "
        "published. Officials keep the related blog updated and presented to the National Stakeholder "
        "Forum and a Knowledge Exchange session.",
    ),
    _a(
        "4.2",
        "Building a futures and foresight network",
        "Datblygu rhwydwaith dyfodolau a rhagwelediad",
        "Give officials in futures and foresight roles more chances to meet and form a "
        "network inside the Welsh Government and across Wales.",
        "on_track",
        "Reported jointly with action 4.5: officials stay active in the Wales Futures Network and the "
        "UK Government Futures Network, and will keep working with the Commissioner, whose Cymru Can "
        "strategy puts long-term thinking at its core. A support group on predicament, crisis and "
        "collapse awareness has also been formed as part of the Communities of Practice work.",
        reported_with="4.5",
    ),
    _a(
        "4.3",
        "Themed Wellbeing of Wales reports",
        "Adroddiadau Llesiant Cymru ar themâu penodol",
        "Offer deeper insight into well-being by publishing Wellbeing of Wales reports on particular "
        "themes, following the 2022 focus on children and young people.",
        "on_track",
        "The 2023 Well-being of Wales report and a companion report on ethnicity and well-being were "
        "published on 28 September and shared through the Anti-racist Wales Stakeholder Bulletin and "
        "stakeholder presentations. The ethnicity report pulls together evidence on progress towards "
        "the goals for different ethnic groups to guide fairer decisions.",
    ),
    _a(
        "4.4",
        "Research on long-term thinking during crises",
        "Ymchwil ar feddwl yn yr hirdymor yn ystod argyfwng",
        "Commission research into how the Welsh Government can keep a long-term view during a crisis.",
        "completed",
        "An ESRC-funded project led by Dr Laura De Vito ran from February 2022 to August 2023, "
        "including foresight pilots with three Welsh Government teams, and its final report appeared "
        "in November 2023. Its recommendations on building foresight capacity will be considered as "
        "the plan is delivered.",
    ),
    _a(
        "4.5",
        "Working with the Commissioner on futures capability",
        "Gweithio gyda'r Comisiynydd i feithrin gallu ym maes dyfodolau",
        "Keep working with the Commissioner's office, which leads on futures and foresight in Wales, "
        "to build the skills and capacity to use futures thinking in decisions.",
        "on_track",
        "Reported jointly with action 4.2: officials take part in the Wales Futures Network and the "
        "UK Government Futures Network, and the Commissioner's Cymru Can strategy makes long-term "
        "thinking a central mission. The Welsh Government intends to keep building futures capability "
        "with the Commissioner and other bodies.",
        reported_with="4.2",
    ),
    _a(
        "4.6",
        "National Survey data for well-being indicators",
        "Data'r Arolwg Cenedlaethol ar gyfer dangosyddion llesiant",
        "Keep using the National Survey for Wales to measure 15 national indicators and develop "
        "questions for the new indicators 47 and 50.",
        "in_progress",
        "Results from 2022-2023 interviews came out in July 2023 and fed into the Wellbeing of Wales "
        "report, but a review found suitable questions on confidence in the justice system hard to "
        "design, so other data sources will be used instead. Digital inclusion questions are being "
        "developed for the 2025-2026 survey, subject to cognitive testing.",
    ),
    _a(
        "4.7",
        "Guidelines on co-production in research",
        "Canllawiau ar gydgynhyrchu mewn ymchwil",
        "Produce guidelines on when and how to use co-production in research and evidence gathering, "
        "so that people with protected and related characteristics are involved and policy improves.",
        "in_progress",
        "Proposals for co-produced research went to the Disability Rights Taskforce in September, and "
        "feasible projects are now being co-designed with its working group chairs to support the "
        "Disability Rights Action Plan. Lessons from evaluating this work will shape future "
        "co-production practice in government social research.",
        holder="Equality Evidence Unit",
    ),
    _a(
        "4.8",
        "Co-produced research on the social model of disability",
        "Ymchwil wedi'i chydgynhyrchu ar y model cymdeithasol o anabledd",
        "Test co-producing research on gathering information in a way that reflects the social model of disability.",
        "in_progress",
        "A research specification was refined after stakeholder comments and tendered on Sell2Wales, "
        "closing in January 2024, with the contract due to begin by spring 2024. The co-produced "
        "research now centres on key taskforce recommendations, while the social model data work will "
        "become a separate project.",
    ),
    _a(
        "4.9",
        "Research guidance and an updated quality assurance framework",
        "Canllawiau ymchwil a fframwaith sicrhau ansawdd wedi'i ddiweddaru",
        "Produce guidance specific to the research profession and refresh the research quality "
        "assurance framework so that Government Social Research obligations are clearly understood.",
        "in_progress",
        "A training course for Government Social Research is being piloted. Key guidance will be added "
        "when the quality assurance framework is updated during 2024.",
    ),
    # ---------------- Theme 5 ----------------
    _a(
        "5.1",
        "WG2025 organisational development programme",
        "Rhaglen WG2025 ar gyfer datblygu'r sefydliad",
        "Use WG2025, a three-year organisational development programme, as the basis for a "
        "conversation with all staff about the changes that are needed.",
        "on_track",
        "WG2025 started in January 2023 to improve how the organisation supports ministers and serves "
        "communities amid tight finances, with a strong emphasis on collaboration and efficiency. It "
        "places the sustainable development principle at the centre of how staff behave and work.",
    ),
    _a(
        "5.2",
        "Starter pack for the culture change manual",
        "Pecyn cychwynnol ar gyfer y llawlyfr newid diwylliant",
        "Make the behaviour change manual easier to use by creating a starter pack and gathering "
        "internal and external feedback.",
        "completed",
        "A starter pack was prototyped and tested, and the feedback led a cross-sector team to "
        "redesign the manual's landing page. A pilot 'Top Up' session through Knowledge Exchange was "
        "well received, with six more planned for 2024.",
    ),
    _a(
        "5.3",
        "Using staff surveys to track the five ways",
        "Defnyddio arolygon staff i olrhain y pum ffordd o weithio",
        "Keep using the People Survey and other staff surveys to understand how far the five ways of "
        "working are embedded in the culture.",
        "on_track",
        "September 2023's Hybrid Working Survey asked about the five ways, with agreement of "
        "between 68% and 82% across questions and 61% feeling they had the skills and know-how to "
        "apply them. Views have dipped slightly on some behaviours, so work continues to help all staff "
        "deepen their use of the Act.",
    ),
    _a(
        "5.4",
        "New communities of practice for applying the Act",
        "Cymunedau ymarfer newydd ar gyfer cymhwyso'r Ddeddf",
        "Develop a new set of communities of practice that help officials and others put the Act into practice.",
        "in_progress",
        "Communities keep growing in areas such as decarbonisation, food and the climate and nature "
        "emergency, and new guidance is being translated for the Culture Change Manual. A 'Top Up' "
        "course for community hosts is being designed for testing in 2024.",
    ),
    _a(
        "5.5",
        "Promoting the Act through internal communications",
        "Hyrwyddo'r Ddeddf drwy gyfathrebu mewnol",
        "Keep raising awareness of the Act through internal communications, using case studies, the "
        "staff awards and events to showcase good practice.",
        "on_track",
        "In November 2023 nearly 1,000 staff joined a Let's Learn conversation between the new "
        "Commissioner and the Permanent Secretary about the Cymru Can strategy. Films on the three "
        "teams shortlisted for the future generations award were shared, and the Homelessness "
        "Prevention Team won.",
    ),
    # ---------------- Theme 6 ----------------
    _a(
        "6.1",
        "Annual reporting on plan delivery",
        "Adrodd bob blwyddyn ar gyflawni'r cynllun",
        "Publish a yearly report on how the plan is being implemented.",
        "on_track",
        "This document is the plan's first published progress report. Other reporting routes, such as "
        "blogs or live web updates, are being considered and ideas are welcomed.",
    ),
    _a(
        "6.2",
        "Annual board and executive committee item on the plan",
        "Eitem flynyddol ar y cynllun i'r bwrdd a'r pwyllgor gweithredol",
        "Put a yearly item on board and executive committee agendas about delivery of the plan and "
        "the wider future generations agenda.",
        "in_progress",
        "BIRT data was used to produce a second internal progress update in August. An assurance "
        "report is being prepared to underpin reporting to the executive committee and board.",
    ),
    _a(
        "6.3",
        "Future generations in the Performance Framework",
        "Cenedlaethau'r dyfodol yn y Fframwaith Perfformiad",
        "Keep embedding future generations thinking in the Welsh Government Performance Framework.",
        "on_track",
        "The framework was revised in 2023 to reflect the five ways of working, tied to performance "
        "measures for the sustainable development principle. Details appear on pages 56 to 65 of the "
        "2022-2023 Consolidated Accounts.",
    ),
    _a(
        "6.4",
        "Future generations reporting in the annual accounts",
        "Adrodd ar genedlaethau'r dyfodol yn y cyfrifon blynyddol",
        "Explain in the annual accounts and governance statement how the Welsh Government is meeting "
        "its duties under the Act.",
        "on_track",
        "The 2022-2023 Consolidated Accounts, laid on 30 November 2023, report in detail on the "
        "commitment to future generations. The Accounting Officer System Statement also covers this "
        "work in paragraph 3.5.",
    ),
    _a(
        "6.5",
        "Reviewing the Oversight and Enabling Group's arrangements",
        "Adolygu trefniadau'r Grŵp Goruchwylio a Galluogi",
        "Revisit how the Well-being of Future Generations Oversight and Enabling Group is set up and "
        "run, including its terms of reference.",
        "completed",
        "New terms of reference were agreed and meetings in the new format took place three times "
        "(June, July and September 2023). The group contributed to WG2025 and the policy capability framework, "
        "oversaw the plan with interim reports in April and August, and advised on how the Act "
        "interacts with other laws.",
    ),
    _a(
        "6.6",
        "Piloting a new Board Champion role",
        "Treialu model newydd ar gyfer rôl Hyrwyddwr y Bwrdd",
        "Develop and test a new model for the Board Champion role.",
        "completed",
        "Three Board Champions have been appointed, each rotating through six-month spells as "
        "champion, supporting the shadow board and mentoring the others, with observer status at "
        "board. They will also help build a wider future generations alumni network linked to WG2025.",
    ),
    _a(
        "6.7",
        "Supporting directors with the Internal Control Questionnaire",
        "Cefnogi cyfarwyddwyr gyda'r Holiadur Rheolaeth Fewnol",
        "Work with every director on the future generations questions in the Internal Control "
        "Questionnaire and find ways to analyse the returns for a high-level assurance statement.",
        "in_progress",
        "A project plan for engaging directors has been agreed. It is meant to help them spot and make "
        "improvements in how they apply the sustainable development principle and to provide assurance on "
        "the action.",
    ),
    _a(
        "6.8",
        "Evaluating BIRT, the business reporting tool",
        "Gwerthuso BIRT, yr offeryn adrodd busnes",
        "Carry out a formative evaluation of how well BIRT has worked for users since it was introduced.",
        "completed",
        "An evaluation survey open to all staff ran from 26 January to 10 February 2023, and the UX "
        "team's findings and recommendations went to the BIRT Governance Group. Accepted "
        "recommendations became change requests, with changes expected in January 2024.",
    ),
]
