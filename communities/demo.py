"""Demo communities: the communities of practice named in the culture-change guide, described in our own words."""

import random

from django.db import transaction
from django.utils import timezone

from accounts.models import User

from . import services
from .models import Community, Membership, MembershipEvent, MembershipEventKind, MembershipState, Role, Topic, TopicKind

TOPICS = [
    # (slug, kind, English, Welsh)
    ("long-term", TopicKind.WAY_OF_WORKING, "Long term", "Hirdymor"),
    ("prevention", TopicKind.WAY_OF_WORKING, "Prevention", "Atal"),
    ("integration", TopicKind.WAY_OF_WORKING, "Integration", "Integreiddio"),
    ("collaboration", TopicKind.WAY_OF_WORKING, "Collaboration", "Cydweithio"),
    ("involvement", TopicKind.WAY_OF_WORKING, "Involvement", "Cynnwys"),
    ("prosperous-wales", TopicKind.WELLBEING_GOAL, "A prosperous Wales", "Cymru lewyrchus"),
    ("resilient-wales", TopicKind.WELLBEING_GOAL, "A resilient Wales", "Cymru gydnerth"),
    ("healthier-wales", TopicKind.WELLBEING_GOAL, "A healthier Wales", "Cymru iachach"),
    ("more-equal-wales", TopicKind.WELLBEING_GOAL, "A more equal Wales", "Cymru sy’n fwy cyfartal"),
    ("cohesive-communities", TopicKind.WELLBEING_GOAL, "A Wales of cohesive communities", "Cymru o gymunedau cydlynus"),
    (
        "vibrant-culture",
        TopicKind.WELLBEING_GOAL,
        "A Wales of vibrant culture and thriving Welsh language",
        "Cymru â diwylliant bywiog lle mae’r Gymraeg yn ffynnu",
    ),
    (
        "globally-responsible",
        TopicKind.WELLBEING_GOAL,
        "A globally responsible Wales",
        "Cymru sy’n gyfrifol ar lefel fyd-eang",
    ),
    ("climate", TopicKind.THEME, "Climate", "Hinsawdd"),
    ("biodiversity", TopicKind.THEME, "Biodiversity", "Bioamrywiaeth"),
    ("compassion", TopicKind.THEME, "Compassion", "Tosturi"),
    ("governance", TopicKind.THEME, "Governance", "Llywodraethu"),
    ("wellbeing", TopicKind.THEME, "Personal well-being", "Llesiant personol"),
    ("continuous-improvement", TopicKind.THEME, "Continuous improvement", "Gwelliant parhaus"),
    ("anti-racism", TopicKind.THEME, "Anti-racism and inclusion", "Gwrth-hiliaeth a chynhwysiant"),
    ("net-zero", TopicKind.THEME, "Net zero", "Sero net"),
    ("housing", TopicKind.THEME, "Housing", "Tai"),
    ("creativity", TopicKind.THEME, "Creativity", "Creadigrwydd"),
    ("impact-assessment", TopicKind.THEME, "Impact assessment", "Asesu effaith"),
    ("local-action", TopicKind.THEME, "Local action", "Gweithredu lleol"),
]

COMMUNITIES = [
    {
        "slug": "breathing-space",
        "name": "Breathing Space",
        "name_cy": "Lle i Anadlu",
        "summary": "Half an hour of guided quiet before the working day starts, every weekday morning.",
        "summary_cy": "Hanner awr o dawelwch dan arweiniad cyn i’r diwrnod gwaith ddechrau, bob bore yn ystod yr wythnos.",
        "description": "A short, free practice session online for anyone who wants to build basic skills in looking after "
        "themselves at work. Come every day, once a week or once a month: there is no sign-up and no expectation "
        "to speak.\n\nCameras are optional.",
        "description_cy": "Sesiwn ymarfer fer, am ddim, ar-lein i unrhyw un sydd am feithrin sgiliau sylfaenol i ofalu "
        "amdanynt eu hunain yn y gwaith. Dewch bob dydd, unwaith yr wythnos neu unwaith y mis: nid oes angen "
        "cofrestru a does dim disgwyl i chi siarad.\n\nMae camerâu yn ddewisol.",
        "cadence": "Weekdays, 8–8:30am on Zoom",
        "cadence_cy": "Yn ystod yr wythnos, 8–8:30yb ar Zoom",
        "meeting_days": "MO,TU,WE,TH,FR",
        "platform": "zoom",
        "meeting_language": "en",
        "join_policy": "open",
        "topics": ["wellbeing", "healthier-wales", "prevention"],
    },
    {
        "slug": "supporting-organisations-network",
        "name": "Supporting Organisations Network",
        "name_cy": "Rhwydwaith Sefydliadau Cefnogi",
        "summary": "For organisations that give public bodies and Public Services Boards the training, resources and "
        "expertise to put the Well-being of Future Generations Act into practice.",
        "summary_cy": "Ar gyfer sefydliadau sy’n rhoi’r hyfforddiant, yr adnoddau a’r arbenigedd i gyrff cyhoeddus a "
        "Byrddau Gwasanaethau Cyhoeddus roi Deddf Llesiant Cenedlaethau’r Dyfodol ar waith.",
        "description": "Convened twice a year by the Office of the Future Generations Commissioner, with news shared "
        "by email in between. Members share what they are doing and planning, spot chances to work together and "
        "avoid duplicating each other's work.",
        "description_cy": "",
        "purpose": "Share plans early. Connect people and projects. Apply systems thinking so that support for public "
        "bodies is joined up rather than duplicated.",
        "cadence": "Every six months, with email updates between meetings",
        "cadence_cy": "Bob chwe mis, gyda diweddariadau e-bost rhwng cyfarfodydd",
        "meeting_days": "",
        "platform": "email_list",
        "meeting_language": "bilingual",
        "join_policy": "request",
        "contact_email": "contactus@futuregenerations.example",
        "topics": ["integration", "collaboration", "long-term"],
    },
    {
        "slug": "sdcc-plus",
        "name": "SDCC+ (Sustainable Development Coordinators Cymru Plus)",
        "name_cy": "SDCC+ (Cydgysylltwyr Datblygu Cynaliadwy Cymru a Mwy)",
        "summary": "An independent, friendly network for people helping public bodies in Wales with sustainable "
        "development and the Future Generations Act.",
        "summary_cy": "",
        "description": "A safe place to try out new ideas about sustainable development, with a programme of learning "
        "that includes Future Generations Knowledge Exchange sessions. The network advises, challenges and works "
        "with national bodies.\n\nMembers:\n\n- meet **online and in person**,\n- talk between meetings in a Teams "
        "channel,\n- read the [Well-being of Future Generations Act](https://www.futuregenerations.wales/) "
        "guidance together.",
        "cadence": "Workshops and seminars through the year, online and in person",
        "cadence_cy": "Gweithdai a seminarau drwy’r flwyddyn, ar-lein ac wyneb yn wyneb",
        "meeting_days": "",
        "platform": "hybrid",
        "location": "Venues across Wales",
        "meeting_language": "en",
        "join_policy": "open",
        "topics": ["long-term", "collaboration", "globally-responsible"],
    },
    {
        "slug": "all-wales-continuous-improvement-community",
        "name": "All Wales Continuous Improvement Community (AWCIC)",
        "name_cy": "Cymuned Gwelliant Parhaus Cymru Gyfan (AWCIC)",
        "summary": "Practitioners of continuous improvement in Welsh public services, learning from each other's "
        "tools, case studies and events.",
        "summary_cy": "Ymarferwyr gwelliant parhaus yng ngwasanaethau cyhoeddus Cymru, yn dysgu o offer, astudiaethau "
        "achos a digwyddiadau ei gilydd.",
        "description": "Meet people doing the same kind of improvement work in other organisations, facing the same "
        "problems and celebrating the same wins. Members collaborate on projects and use what the community "
        "learns to influence policy and decisions.",
        "cadence": "Events and case-study sessions; a weekly bulletin",
        "cadence_cy": "Digwyddiadau a sesiynau astudiaethau achos; bwletin wythnosol",
        "meeting_days": "",
        "platform": "online",
        "meeting_language": "bilingual",
        "join_policy": "open",
        "topics": ["continuous-improvement", "collaboration", "prosperous-wales"],
    },
    {
        "slug": "compassion-practices",
        "name": "Compassion practices",
        "name_cy": "Arferion tosturi",
        "summary": "What holds compassion back at work, and what lets it grow? Free training and practical support.",
        "summary_cy": "Beth sy’n dal tosturi yn ôl yn y gwaith, a beth sy’n gadael iddo dyfu? Hyfforddiant am ddim a "
        "chymorth ymarferol.",
        "description": "Run with a collaborative of compassion practitioners, this group explores the practical steps "
        "that help compassionate practice spread through teams and services. Sessions run at different times, "
        "online and face to face.",
        "cadence": "Various times, online and in person",
        "cadence_cy": "Amseroedd amrywiol, ar-lein ac wyneb yn wyneb",
        "meeting_days": "",
        "platform": "hybrid",
        "location": "Cardiff and online",
        "meeting_language": "en",
        "join_policy": "open",
        "topics": ["compassion", "healthier-wales", "cohesive-communities"],
    },
    {
        "slug": "creativity-biodiversity-behaviour-change",
        "name": "Creativity, biodiversity and behaviour change",
        "name_cy": "Creadigrwydd, bioamrywiaeth a newid ymddygiad",
        "summary": "Artists, ecologists, policy people and anyone curious about how creativity and nature can shift "
        "culture.",
        "summary_cy": "Artistiaid, ecolegwyr, pobl polisi ac unrhyw un sy’n chwilfrydig am sut y gall creadigrwydd a "
        "natur newid diwylliant.",
        "description": "One of the longest-running circles, first known as Biodiversity4Cymru. We explore the links "
        "between creative practice, the natural world and the way people change how they live and work.",
        "description_cy": "Un o’r cylchoedd hynaf, a elwid yn Biodiversity4Cymru i ddechrau. Rydym yn archwilio’r "
        "cysylltiadau rhwng ymarfer creadigol, byd natur a’r ffordd y mae pobl yn newid sut maent yn byw ac yn gweithio.",
        "cadence": "Monthly on Teams, Wednesdays 4–5pm",
        "cadence_cy": "Yn fisol ar Teams, dydd Mercher 4–5yp",
        "meeting_days": "WE",
        "platform": "teams",
        "meeting_language": "en",
        "join_policy": "open",
        "topics": ["biodiversity", "creativity", "resilient-wales", "vibrant-culture"],
    },
    {
        "slug": "cynghrair-egino",
        "name": "The Edgy Alliance",
        "name_cy": "Cynghrair Egino",
        "summary": "Support for the people who support others through the emotional weight of the climate and "
        "nature emergencies.",
        "summary_cy": "Cymorth i’r bobl sy’n cefnogi eraill drwy bwysau emosiynol yr argyfyngau hinsawdd a natur.",
        "description": "The Welsh heart of the Climate Psychology Alliance: psychologists, therapists, facilitators, "
        "end-of-life doulas, people of faith and others who help people and organisations through hard times. "
        "You can belong to either network without joining the other.",
        "description_cy": "Calon Gymreig y Gynghrair Seicoleg Hinsawdd: seicolegwyr, therapyddion, hwyluswyr, doulas "
        "diwedd oes, pobl ffydd ac eraill sy’n helpu pobl a sefydliadau drwy gyfnodau anodd. Gallwch berthyn i’r "
        "naill rwydwaith heb ymuno â’r llall.",
        "cadence": "Monthly on Zoom",
        "cadence_cy": "Yn fisol ar Zoom",
        "meeting_days": "",
        "platform": "zoom",
        "meeting_language": "cy",
        "join_policy": "request",
        "topics": ["climate", "wellbeing", "compassion"],
    },
    {
        "slug": "decolonisation-support-group",
        "name": "Decolonisation support group",
        "name_cy": "Grŵp cymorth dad-drefedigaethu",
        "summary": "Understanding how to decolonise Wales' collections, habits and ways of working, in support of "
        "the Anti-racist Wales Action Plan.",
        "summary_cy": "Deall sut i ddad-drefedigaethu casgliadau, arferion a ffyrdd o weithio Cymru, i gefnogi "
        "Cynllun Gweithredu Cymru Wrth-hiliol.",
        "description": "Bring a question or simply come and listen. The National Library helps members who want to "
        "record and share stories through the People's Collection Wales.",
        "cadence": "Monthly: Thursdays 3–4pm or Fridays 10–11am, or both",
        "cadence_cy": "Yn fisol: dydd Iau 3–4yp neu ddydd Gwener 10–11yb, neu’r ddau",
        "meeting_days": "TH,FR",
        "platform": "teams",
        "meeting_language": "bilingual",
        "join_policy": "open",
        "topics": ["anti-racism", "more-equal-wales", "vibrant-culture"],
    },
    {
        "slug": "delivering-net-zero",
        "name": "Delivering Net Zero",
        "name_cy": "Cyflawni Sero Net",
        "summary": "A growing family of peer groups, from chief executives to local partnerships, working out how to "
        "reach net zero together.",
        "summary_cy": "",
        "description": "Grown from the community that supports people decarbonising Welsh homes. Peer facilitators help "
        "each new group get going.",
        "cadence": "Groups set their own rhythm",
        "cadence_cy": "Mae pob grŵp yn pennu ei rythm ei hun",
        "meeting_days": "",
        "platform": "teams",
        "meeting_language": "en",
        "join_policy": "request",
        "topics": ["net-zero", "climate", "collaboration", "long-term"],
    },
    {
        "slug": "governance-and-scrutiny",
        "name": "Governance and scrutiny",
        "name_cy": "Llywodraethu a chraffu",
        "summary": "For board members and trustees who want to make action learning work for good governance.",
        "summary_cy": "Ar gyfer aelodau byrddau ac ymddiriedolwyr sydd am wneud i ddysgu gweithredol weithio er lles "
        "llywodraethu da.",
        "description": "Non-executive board members shape an organisation's culture and how far it improves "
        "well-being. Each of us is on our own journey in understanding the role; this group travels it together.",
        "cadence": "Monthly on Teams",
        "cadence_cy": "Yn fisol ar Teams",
        "meeting_days": "TU",
        "platform": "teams",
        "meeting_language": "en",
        "join_policy": "request",
        "topics": ["governance", "long-term", "involvement"],
    },
    {
        "slug": "housing-decarbonisation",
        "name": "Housing decarbonisation",
        "name_cy": "Datgarboneiddio tai",
        "summary": "Seven facilitated groups of citizens, chief executives and technical experts, decarbonising Welsh "
        "homes and learning as they go.",
        "summary_cy": "Saith grŵp wedi’u hwyluso o ddinasyddion, prif weithredwyr ac arbenigwyr technegol, yn "
        "datgarboneiddio cartrefi Cymru ac yn dysgu wrth fynd.",
        "description": "Each group meets regularly. There is also a circle for the facilitators who support them.",
        "cadence": "Regular facilitated group meetings",
        "cadence_cy": "Cyfarfodydd grŵp rheolaidd wedi’u hwyluso",
        "meeting_days": "",
        "platform": "hybrid",
        "location": "Across Wales",
        "meeting_language": "bilingual",
        "join_policy": "invite",
        "topics": ["housing", "net-zero", "climate", "prevention"],
    },
    {
        "slug": "impact-assessments",
        "name": "Impact assessments",
        "name_cy": "Asesiadau effaith",
        "summary": "Sharing how organisations bring their impact assessments together in one integrated approach.",
        "summary_cy": "Rhannu sut mae sefydliadau’n dod â’u hasesiadau effaith at ei gilydd mewn un dull integredig.",
        "description": "What does impact assessment look like where you work? How can integrated impact assessment help "
        "apply the Future Generations Act, and how can we help shape shared guidance on it?",
        "cadence": "Every other month on Teams",
        "cadence_cy": "Bob yn ail fis ar Teams",
        "meeting_days": "",
        "platform": "teams",
        "meeting_language": "en",
        "join_policy": "open",
        "topics": ["impact-assessment", "integration"],
    },
    {
        "slug": "peoples-practice",
        "name": "People's practice",
        "name_cy": "Ymarfer y bobl",
        "summary": "For anyone bringing neighbours together to act locally on the climate and nature emergencies.",
        "summary_cy": "Ar gyfer unrhyw un sy’n dod â chymdogion at ei gilydd i weithredu’n lleol ar yr argyfyngau "
        "hinsawdd a natur.",
        "description": "Meetings have no agenda and are reflective: you can stay quiet and notice how you feel. Repair "
        "cafés, community energy, food resilience groups and transition towns all find common ground here, and a "
        "reminder that they are not alone.",
        "description_cy": "",
        "cadence": "Monthly via Zoom, Wednesdays 4–5pm",
        "cadence_cy": "Yn fisol ar Zoom, dydd Mercher 4–5yp",
        "meeting_days": "WE",
        "platform": "zoom",
        "meeting_language": "en",
        "join_policy": "open",
        "topics": ["local-action", "climate", "cohesive-communities", "involvement"],
    },
    {
        "slug": "shambolic-warriors",
        "name": "Shambolic Warriors",
        "name_cy": "Rhyfelwyr Blêr",
        "summary": "Working differently, in the spirit of the Future Generations Act, to meet complex challenges. "
        "All welcome.",
        "summary_cy": "Gweithio’n wahanol, yn ysbryd Deddf Cenedlaethau’r Dyfodol, i wynebu heriau cymhleth. Croeso "
        "i bawb.",
        "description": "Named after the Shambhala warrior prophecy, this group gathers people who want their work to "
        "line up better with the well-being goals, as public servants and as citizens.",
        "cadence": "Last Friday of the month, 12–1pm on Teams",
        "cadence_cy": "Dydd Gwener olaf y mis, 12–1yp ar Teams",
        "meeting_days": "FR",
        "platform": "teams",
        "meeting_language": "en",
        "join_policy": "open",
        "topics": ["long-term", "involvement", "wellbeing"],
    },
]

EXTRA_MEMBERS = [
    "Aled Jenkins",
    "Bethan Lloyd",
    "Carys Williams",
    "Dylan Price",
    "Efa Roberts",
    "Ffion Thomas",
    "Geraint Davies",
    "Heledd Morgan",
    "Ioan Phillips",
    "Lowri James",
    "Megan Powell",
    "Nia Griffiths",
    "Osian Edwards",
    "Rhian Lewis",
    "Rhodri Bowen",
    "Seren Hopkins",
    "Steffan Rees",
    "Tegan Watkins",
    "Wyn Harries",
    "Alys Pugh",
    "Hywel Richards",
    "Elin Matthews",
    "Gareth Prosser",
    "Mari Howells",
]
ORGANISATIONS = [
    "Welsh Government",
    "Natural Resources Wales",
    "Public Health Wales",
    "Cardiff Council",
    "Gwynedd Council",
    "Betsi Cadwaladr University Health Board",
    "Audit Wales",
    "Sport Wales",
]


@transaction.atomic
def demo_communities_create(*, people: dict[str, User]) -> list[Community]:
    """Creates or refreshes the demo topics, communities and memberships. ``people`` maps demo roles to users."""
    topics = {}
    for position, (slug, kind, name, name_cy) in enumerate(TOPICS):
        topics[slug], _ = Topic.objects.update_or_create(
            slug=slug, defaults={"kind": kind, "name": name, "name_cy": name_cy, "position": position}
        )
    extra_people = _demo_extra_members()
    host = people["host"]
    rng = random.Random(2026)
    communities = []
    for details in COMMUNITIES:
        details = dict(details)
        topic_slugs = details.pop("topics")
        community = Community.objects.filter(slug=details["slug"]).first()
        if community is None:
            community = services.community_create(
                community=Community(**details), hosts=[host], topics=[topics[s] for s in topic_slugs], acting_user=host
            )
            for person in rng.sample(extra_people, rng.randint(3, 14)):
                _demo_member(community, person)
        else:
            for field, value in details.items():
                setattr(community, field, value)
            services.community_save(community=community, topics=[topics[s] for s in topic_slugs])
        communities.append(community)

    by_slug = {community.slug: community for community in communities}
    for slug in ["breathing-space", "decolonisation-support-group", "peoples-practice"]:
        _demo_member(by_slug[slug], people["member"])
    for slug in ["creativity-biodiversity-behaviour-change", "shambolic-warriors"]:
        _demo_member(by_slug[slug], people["staff"])
    # A request waiting for the host, so approving one can be tried at once.
    pending, created = Membership.objects.get_or_create(
        community=by_slug["governance-and-scrutiny"], user=people["staff"], defaults={"state": MembershipState.PENDING}
    )
    if created:
        MembershipEvent.objects.create(
            membership=pending, kind=MembershipEventKind.REQUESTED, acting_user=people["staff"]
        )
    return communities


def _demo_extra_members() -> list[User]:
    people = []
    for index, name in enumerate(EXTRA_MEMBERS):
        email = name.lower().replace(" ", ".") + "@cylch.example"
        user, created = User.objects.get_or_create(
            email=email,
            defaults={
                "display_name": name,
                "organisation": ORGANISATIONS[index % len(ORGANISATIONS)],
                "job_title": ["Policy officer", "Team leader", "Programme manager", "Analyst"][index % 4],
                "preferred_language": "cy" if index % 3 == 0 else "en",
            },
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        people.append(user)
    return people


def _demo_member(community: Community, user: User) -> None:
    membership, created = Membership.objects.get_or_create(
        community=community,
        user=user,
        defaults={"state": MembershipState.ACTIVE, "role": Role.MEMBER, "joined_at": timezone.now()},
    )
    if created:
        MembershipEvent.objects.create(membership=membership, kind=MembershipEventKind.JOINED, acting_user=user)
