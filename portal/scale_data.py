"""A whole government's worth of data on top of the demo, for profiling pages (``manage.py seed_scale``).

Everything is drawn from one seeded ``random.Random`` and dated from the start of the London day of ``now``, so the
same seed on the same day gives the same rows. Rows are bulk-inserted in batches; the services' side effects
(emails, reminders, calendar invitations) are left out on purpose: these people are not real and must not be
written to. Their addresses are on real public bodies' domains with ``.example`` added (RFC 2606), so nothing
can ever reach a real mailbox.
"""

import itertools
import random
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from allauth.account.models import EmailAddress
from dateutil import rrule as du
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import slugify

from accounts.demo import DEMO_PASSWORD, demo_people_create
from accounts.models import User
from clip_tracker import services as clip_services
from clip_tracker.demo import demo_clip_create
from clip_tracker.models import Action, Department, Plan, ProgressUpdate, ProposalOutcome, ReportingPeriod, Status
from coaching.demo import demo_coaching_pool_create
from coaching.models import SLOTS, CoachingProfile, Field, Frequency, Grade, Region
from communities.demo import demo_communities_create
from communities.models import (
    Community,
    CommunityStatus,
    JoinPolicy,
    MeetingLanguage,
    Membership,
    MembershipEvent,
    MembershipEventKind,
    MembershipState,
    Platform,
    Role,
    Topic,
    Visibility,
)
from communities.search import community_search_text
from notifications.models import DigestFrequency, NotificationSettings, ReminderTiming
from portal.dates import DATEUTIL_DAYS, LONDON, WORKING_DAYS
from sessions import bank_holidays
from sessions import recurrence as rec
from sessions.demo import demo_sessions_create
from sessions.models import Occurrence, Rsvp, RsvpStatus, SessionChange, SessionChangeKind, SessionFormat, SessionSeries
from sessions.services import HORIZON

BATCH = 2000

# What scale 1 means: a whole government.
PEOPLE = 20_000
COMMUNITIES = 500
MEMBERSHIPS = 60_000
OCCURRENCES = 40_000
ANSWERS = 100_000
COACHING_POOL = 2_000
CLIP_ACTIONS = 60
CLIP_UPDATES = 2_000
MOST_COMMUNITIES_A_PERSON_JOINS = 20


class ScaleDataError(Exception):
    """The scale data cannot be loaded here; ``str()`` says why."""

    ALREADY_LOADED = (
        "Scale data is already loaded: people with the scale data's addresses exist. seed_scale adds it once; "
        "to load it again, start from an empty database (drop it, migrate, then run seed_scale)."
    )


# (organisation, e-mail domain, share of people, share of them preferring Welsh)
ORGANISATIONS = [
    ("Welsh Government", "gov.wales", 30, 0.22),
    ("Natural Resources Wales", "naturalresourceswales.gov.uk", 8, 0.25),
    ("Public Health Wales", "wales.nhs.uk", 7, 0.12),
    ("Betsi Cadwaladr University Health Board", "wales.nhs.uk", 6, 0.3),
    ("Cardiff and Vale University Health Board", "wales.nhs.uk", 5, 0.08),
    ("Cardiff Council", "cardiff.gov.uk", 6, 0.1),
    ("Swansea Council", "swansea.gov.uk", 4, 0.1),
    ("Gwynedd Council", "gwynedd.llyw.cymru", 4, 0.7),
    ("Carmarthenshire County Council", "carmarthenshire.gov.uk", 3, 0.45),
    ("Powys County Council", "powys.gov.uk", 3, 0.2),
    ("Conwy County Borough Council", "conwy.gov.uk", 2, 0.35),
    ("Rhondda Cynon Taf Council", "rctcbc.gov.uk", 3, 0.1),
    ("Audit Wales", "audit.wales", 2, 0.2),
    ("Sport Wales", "sport.wales", 1, 0.25),
    ("Arts Council of Wales", "arts.wales", 1, 0.45),
    ("Transport for Wales", "tfw.wales", 3, 0.15),
    ("National Library of Wales", "library.wales", 1, 0.7),
    ("Amgueddfa Cymru – Museum Wales", "museum.wales", 1, 0.4),
    ("Office of the Future Generations Commissioner", "futuregenerations.wales", 1, 0.35),
    ("Welsh Revenue Authority", "wra.gov.wales", 1, 0.3),
    ("Qualifications Wales", "qualifications.wales", 1, 0.35),
    ("Welsh Ambulance Services University NHS Trust", "wales.nhs.uk", 3, 0.12),
    ("Cadw", "gov.wales", 1, 0.4),
    ("Care Inspectorate Wales", "gov.wales", 2, 0.25),
]
# Welsh Government staff who prefer Welsh often use the Welsh form of the address.
WELSH_DOMAIN = {"gov.wales": "llyw.cymru"}
SCALE_EMAIL_SUFFIX = ".example"
SCALE_DOMAINS = sorted({domain for _org, domain, _share, _welsh in ORGANISATIONS} | set(WELSH_DOMAIN.values()))

FIRST_NAMES = (
    "Aled Alun Aneurin Angharad Anwen Beca Bethan Bryn Carys Catrin Ceri Cerys Dafydd Delyth Dewi Dylan Efa Eirlys "
    "Elen Elin Emyr Ffion Gareth Geraint Glesni Gruffydd Gwen Gwenllian Gwilym Gwyn Hafwen Heledd Huw Hywel Ieuan "
    "Ifan Iolo Iwan Lowri Llinos Llŷr Mabli Mair Manon Mared Mari Meinir Meleri Mererid Morgan Nerys Nia Non Osian "
    "Owain Rhian Rhiannon Rhodri Rhys Sara Seren Siân Sioned Siôn Steffan Sioned Tegan Tomos Twm Wyn Alex Amy Chris "
    "Claire David Emma Hannah Helen James Jess John Kate Laura Liam Lucy Mark Matthew Michael Natalie Paul Rachel "
    "Rebecca Sam Sarah Sophie Stephen Tom Zoe Aisha Amir Fatima Hassan Kiran Mei Omar Priya Ravi Yusuf Agnieszka "
    "Piotr Tomasz"
).split()
LAST_NAMES = (
    "Jones Williams Davies Evans Thomas Roberts Lewis Hughes Morgan Griffiths Edwards Owen Price Jenkins Phillips "
    "Rees Lloyd Parry Powell Morris James Watkins Pritchard Howells Pugh Bowen Prosser Rowlands Vaughan Llywelyn "
    "Prydderch Tudur Caradog Bevan Harries Hopkins Richards Matthews Gwynne Meredith Probert Cadwaladr Pryce "
    "Gruffudd Elis Wyn Huws Smith Brown Taylor Wilson Walker Clarke Wright Green Hall Wood Khan Ahmed Patel Ali "
    "Begum Chen Nowak Kowalski Okafor Mensah O'Brien Murphy"
).split()
JOB_TITLES = [
    "Policy officer",
    "Senior policy officer",
    "Policy lead",
    "Team leader",
    "Programme manager",
    "Project officer",
    "Analyst",
    "Senior analyst",
    "Statistician",
    "Research officer",
    "Communications officer",
    "HR business partner",
    "Finance manager",
    "Head of service",
    "Deputy director",
    "Community engagement officer",
    "Sustainability officer",
    "Data engineer",
    "Service designer",
    "Nurse consultant",
    "Environmental scientist",
    "Procurement officer",
]
TEAMS = [
    "Climate Change",
    "Land Management",
    "Health Improvement",
    "Digital and Data",
    "Finance",
    "People and Culture",
    "Communications",
    "Equality and Inclusion",
    "Housing",
    "Education",
    "Economic Development",
    "Transport",
    "Planning",
    "Social Care",
    "Welsh Language",
    "Procurement",
    "Strategy and Performance",
    "Public Protection",
]

# (English, Welsh) as a name's subject; the Welsh follows a masculine noun (Rhwydwaith, Fforwm, Grŵp, Cylch
# Dysgu, Cymuned Ymarfer), so it is written as it stands, unmutated.
SUBJECTS = [
    ("Climate Action", "Gweithredu ar yr Hinsawdd"),
    ("Net Zero", "Sero Net"),
    ("Biodiversity", "Bioamrywiaeth"),
    ("Welsh Language", "y Gymraeg"),
    ("Data and Evidence", "Data a Thystiolaeth"),
    ("Digital Inclusion", "Cynhwysiant Digidol"),
    ("Procurement", "Caffael"),
    ("Social Value", "Gwerth Cymdeithasol"),
    ("Health Inequalities", "Anghydraddoldebau Iechyd"),
    ("Mental Health at Work", "Iechyd Meddwl yn y Gwaith"),
    ("Carers", "Gofalwyr"),
    ("Youth Work", "Gwaith Ieuenctid"),
    ("Housing", "Tai"),
    ("Active Travel", "Teithio Llesol"),
    ("Circular Economy", "Economi Gylchol"),
    ("Flood Risk", "Perygl Llifogydd"),
    ("Food Poverty", "Tlodi Bwyd"),
    ("Future Trends", "Tueddiadau’r Dyfodol"),
    ("Behavioural Science", "Gwyddor Ymddygiad"),
    ("Project Management", "Rheoli Prosiectau"),
    ("Policy Making", "Llunio Polisi"),
    ("Anti-racism", "Gwrth-hiliaeth"),
    ("Disability Equality", "Cydraddoldeb Anabledd"),
    ("Coaching and Mentoring", "Hyfforddi a Mentora"),
    ("Systems Thinking", "Meddwl Systemau"),
    ("Service Design", "Dylunio Gwasanaethau"),
    ("Open Government", "Llywodraeth Agored"),
    ("Heritage", "Treftadaeth"),
    ("Arts and Health", "Celfyddydau ac Iechyd"),
    ("Nature Recovery", "Adfer Natur"),
    ("Water Quality", "Ansawdd Dŵr"),
    ("Fair Work", "Gwaith Teg"),
    ("Early Years", "Blynyddoedd Cynnar"),
    ("Risk Management", "Rheoli Risg"),
    ("Plain Language", "Iaith Glir"),
    ("Community Energy", "Ynni Cymunedol"),
    ("Volunteering", "Gwirfoddoli"),
    ("Knowledge Exchange", "Cyfnewid Gwybodaeth"),
    ("Evaluation", "Gwerthuso"),
    ("Leadership", "Arweinyddiaeth"),
]
# (English pattern, Welsh pattern) for a community's name.
GROUP_KINDS = [
    ("{} Network", "Rhwydwaith {}"),
    ("{} Forum", "Fforwm {}"),
    ("{} Learning Circle", "Cylch Dysgu {}"),
    ("{} Practitioners’ Group", "Grŵp Ymarferwyr {}"),
    ("{} Community of Practice", "Cymuned Ymarfer {}"),
    ("{} Reading Group", "Grŵp Darllen {}"),
]
# After a dash, so no mutation either.
PLACES = [
    ("", ""),
    ("North Wales", "Gogledd Cymru"),
    ("Mid Wales", "Canolbarth Cymru"),
    ("West Wales", "Gorllewin Cymru"),
    ("Swansea Bay", "Bae Abertawe"),
    ("Cardiff and Vale", "Caerdydd a’r Fro"),
    ("Gwent", "Gwent"),
    ("Cwm Taf", "Cwm Taf"),
    ("Powys", "Powys"),
]
# The subject goes after "ynghylch" / "ym maes", which do not mutate, in lower case unless it starts with a name.
SUMMARIES = [
    (
        "A place for people across Welsh public services who work on {} to share practice, questions and what works.",
        "Lle i bobl ar draws gwasanaethau cyhoeddus Cymru sy’n gweithio ym maes {} i rannu arferion, cwestiynau a’r "
        "hyn sy’n gweithio.",
    ),
    (
        "Regular conversations about {} for anyone in the public sector in Wales, whatever their role.",
        "Sgyrsiau rheolaidd ynghylch {} i unrhyw un yn y sector cyhoeddus yng Nghymru, beth bynnag yw eu swydd.",
    ),
    (
        "Practitioners learning from each other about {}: case studies, tools and honest reflection.",
        "Ymarferwyr yn dysgu gan ei gilydd ynghylch {}: astudiaethau achos, offer a myfyrio gonest.",
    ),
]
DESCRIPTION = (
    "We meet online and sometimes in person. New members are welcome at any time, and there is no expectation to "
    "speak at your first session.\n\nWe keep notes of each meeting and share useful resources in between.",
    "Rydym yn cwrdd ar-lein ac weithiau wyneb yn wyneb. Mae croeso i aelodau newydd unrhyw bryd, a does dim disgwyl i "
    "chi siarad yn eich sesiwn gyntaf.\n\nRydym yn cadw nodiadau o bob cyfarfod ac yn rhannu adnoddau defnyddiol "
    "rhwng cyfarfodydd.",
)
PURPOSE = (
    "Improve how we work on {} by sharing what works, connecting people across organisations and thinking about "
    "the long term.",
    "Gwella’r ffordd rydym yn gweithio ym maes {} drwy rannu’r hyn sy’n gweithio, cysylltu pobl ar draws sefydliadau "
    "a meddwl am yr hirdymor.",
)
NO_SESSIONS_CADENCE = ("Occasional events, with news by email", "Digwyddiadau achlysurol, gyda newyddion drwy e-bost")

# (English, Welsh, after "ar" in Welsh) for the weekdays a weekly series meets on.
WEEKDAY_NAMES = {
    "MO": ("Mondays", "ddydd Llun"),
    "TU": ("Tuesdays", "ddydd Mawrth"),
    "WE": ("Wednesdays", "ddydd Mercher"),
    "TH": ("Thursdays", "ddydd Iau"),
    "FR": ("Fridays", "ddydd Gwener"),
}
# Series titles by kind of rule: (English, Welsh); "sesiwn" is feminine, so its adjective is mutated.
SERIES_TITLES = {
    "weekdays": [("Daily check-in", "Sesiwn ddyddiol"), ("Morning stand-up", "Cyfarfod byr y bore")],
    "weekly": [
        ("Weekly session", "Sesiwn wythnosol"),
        ("Lunchtime learning", "Dysgu amser cinio"),
        ("Weekly drop-in", "Sesiwn galw heibio wythnosol"),
    ],
    "monthly_nth": [
        ("Monthly meeting", "Cyfarfod misol"),
        ("Monthly circle", "Cylch misol"),
        ("Action learning set", "Set dysgu gweithredol"),
        ("Case study session", "Sesiwn astudiaeth achos"),
    ],
}
SERIES_DESCRIPTION = (
    "A regular session of {}. Bring a question or something you have learned; everyone is welcome.",
    "Un o sesiynau rheolaidd {}. Dewch â chwestiwn neu rywbeth rydych wedi’i ddysgu; mae croeso i bawb.",
)

REFLECTIONS = [
    ("Leading a team through change", "Arwain tîm drwy newid"),
    ("Saying no to good ideas", "Dweud na wrth syniadau da"),
    ("Working across organisational boundaries", "Gweithio ar draws ffiniau sefydliadol"),
    ("Finding time to think long term", "Dod o hyd i amser i feddwl yn yr hirdymor"),
    ("Involving people who use our services", "Cynnwys y bobl sy’n defnyddio ein gwasanaethau"),
    ("Coming back after leave", "Dychwelyd ar ôl cyfnod o absenoldeb"),
    ("Managing a heavy workload", "Rheoli llwyth gwaith trwm"),
    ("Managing a team for the first time", "Rheoli tîm am y tro cyntaf"),
    ("Building confidence in meetings", "Magu hyder mewn cyfarfodydd"),
    ("Using more Welsh at work", "Defnyddio mwy o Gymraeg yn y gwaith"),
]

# Sentences a holder's update is made of: (English, Welsh).
UPDATE_SENTENCES = [
    (
        "We met the team leads to agree next steps.",
        "Gwnaethom gyfarfod ag arweinwyr y timau i gytuno ar y camau nesaf.",
    ),
    (
        "A draft of the guidance is with colleagues for comment.",
        "Mae drafft o’r canllawiau gyda chydweithwyr i gael sylwadau.",
    ),
    (
        "Work slowed while the team was short of staff; we expect to catch up next quarter.",
        "Arafodd y gwaith tra oedd y tîm yn brin o staff; rydym yn disgwyl dal i fyny y chwarter nesaf.",
    ),
    (
        "We ran two workshops with partners from local government.",
        "Cynhaliwyd dau weithdy gyda phartneriaid o lywodraeth leol.",
    ),
    (
        "Feedback from the pilot has been positive and we are writing up what we learned.",
        "Mae’r adborth o’r cynllun peilot wedi bod yn gadarnhaol ac rydym yn ysgrifennu’r hyn a ddysgwyd.",
    ),
    ("The steering group approved the revised timetable.", "Cymeradwyodd y grŵp llywio’r amserlen ddiwygiedig."),
    (
        "We have shared the evidence review with the Future Generations Commissioner’s office.",
        "Rydym wedi rhannu’r adolygiad o’r dystiolaeth â swyddfa Comisiynydd Cenedlaethau’r Dyfodol.",
    ),
    (
        "Training for new staff now includes a session on the five ways of working.",
        "Mae hyfforddiant i staff newydd bellach yn cynnwys sesiwn ar y pum ffordd o weithio.",
    ),
    (
        "We are waiting for a decision on funding before the next phase can start.",
        "Rydym yn aros am benderfyniad ar gyllid cyn y gall y cam nesaf ddechrau.",
    ),
    (
        "Colleagues from three directorates joined the learning sessions this quarter.",
        "Ymunodd cydweithwyr o dair cyfarwyddiaeth â’r sesiynau dysgu y chwarter hwn.",
    ),
    ("No change since the last update.", "Dim newid ers y diweddariad diwethaf."),
    (
        "The project board reviewed the risks and agreed how to manage them.",
        "Adolygodd bwrdd y prosiect y risgiau a chytunodd sut i’w rheoli.",
    ),
    ("We published a short case study on the intranet.", "Cyhoeddwyd astudiaeth achos fer ar y fewnrwyd."),
    ("An evaluation plan has been agreed with analysts.", "Cytunwyd ar gynllun gwerthuso gyda dadansoddwyr."),
]

# The nine actions added to the demo plan's 51: (number, theme, title, Welsh title, commitment, Welsh commitment).
EXTRA_ACTIONS = [
    (
        "1.8",
        1,
        "Well-being objectives in corporate plans",
        "Amcanion llesiant mewn cynlluniau corfforaethol",
        "Show how each directorate’s corporate plan serves the well-being objectives.",
        "Dangos sut mae cynllun corfforaethol pob cyfarwyddiaeth yn gwasanaethu’r amcanion llesiant.",
    ),
    (
        "1.9",
        1,
        "Future generations test for budget bids",
        "Prawf cenedlaethau’r dyfodol ar gyfer ceisiadau am gyllideb",
        "Ask every budget bid how it takes account of the long term.",
        "Gofyn i bob cais am gyllideb sut mae’n ystyried yr hirdymor.",
    ),
    (
        "4.10",
        4,
        "Communities of practice across the public sector",
        "Cymunedau ymarfer ar draws y sector cyhoeddus",
        "Support staff to start and host communities of practice open to every public body.",
        "Cefnogi staff i ddechrau a chynnal cymunedau ymarfer sy’n agored i bob corff cyhoeddus.",
    ),
    (
        "4.11",
        4,
        "Co-coaching for all staff",
        "Cyd-hyfforddi i’r holl staff",
        "Offer every member of staff a co-coaching partner from another organisation.",
        "Cynnig partner cyd-hyfforddi o sefydliad arall i bob aelod o staff.",
    ),
    (
        "5.6",
        5,
        "Involving young people in policy",
        "Cynnwys pobl ifanc wrth lunio polisi",
        "Involve young people early in the policies that will shape their future.",
        "Cynnwys pobl ifanc yn gynnar yn y polisïau a fydd yn llunio eu dyfodol.",
    ),
    (
        "5.7",
        5,
        "Learning from citizens’ assemblies",
        "Dysgu o gynulliadau dinasyddion",
        "Gather what public bodies have learned from citizens’ assemblies and share it.",
        "Casglu’r hyn y mae cyrff cyhoeddus wedi’i ddysgu o gynulliadau dinasyddion a’i rannu.",
    ),
    (
        "5.8",
        5,
        "Bilingual engagement toolkit",
        "Pecyn cymorth ymgysylltu dwyieithog",
        "Publish a toolkit for engaging people in Welsh and English from the start.",
        "Cyhoeddi pecyn cymorth ar gyfer ymgysylltu â phobl yn Gymraeg ac yn Saesneg o’r dechrau.",
    ),
    (
        "6.9",
        6,
        "Carbon literacy training",
        "Hyfforddiant llythrennedd carbon",
        "Offer carbon literacy training to every directorate.",
        "Cynnig hyfforddiant llythrennedd carbon i bob cyfarwyddiaeth.",
    ),
    (
        "6.10",
        6,
        "Measuring the effect of culture change",
        "Mesur effaith newid diwylliant",
        "Agree measures that show whether the culture change programme is working.",
        "Cytuno ar fesurau sy’n dangos a yw’r rhaglen newid diwylliant yn gweithio.",
    ),
]


@dataclass
class ScaleCounts:
    people: int
    communities: int
    memberships: int
    occurrences: int
    answers: int
    coaching_pool: int
    clip_updates: int

    @classmethod
    def at(cls, scale: float) -> "ScaleCounts":
        def scaled(number: int, least: int) -> int:
            return max(least, round(number * scale))

        return cls(
            people=scaled(PEOPLE, 40),
            communities=scaled(COMMUNITIES, 5),
            memberships=scaled(MEMBERSHIPS, 120),
            occurrences=scaled(OCCURRENCES, 200),
            answers=scaled(ANSWERS, 400),
            coaching_pool=scaled(COACHING_POOL, 20),
            clip_updates=scaled(CLIP_UPDATES, 20),
        )


def scale_email_q() -> Q:
    """The people the scale data added: their addresses are on its domains (with ``.example``)."""
    query = Q()
    for domain in SCALE_DOMAINS:
        query |= Q(email__endswith="@" + domain + SCALE_EMAIL_SUFFIX)
    return query


def scale_data_present() -> bool:
    return User.objects.filter(scale_email_q()).exists()


def demo_data_load() -> tuple[list, str | None]:
    """What seed_demo loads, in the same order; returns the demo people with their roles and the DEBUG password."""
    people, password = demo_people_create()
    by_role = {role: user for user, role in people}
    demo_communities_create(people=by_role)
    demo_sessions_create(host=by_role["host"])
    demo_coaching_pool_create()
    demo_clip_create(people=by_role)
    return people, password


@contextmanager
def _times_as_given(*fields):
    """Lets bulk_create keep the dates we give to ``auto_now_add`` fields (history written as of when it
    happened); restored afterwards."""
    for field in fields:
        field.auto_now_add = False
    try:
        yield
    finally:
        for field in fields:
            field.auto_now_add = True


def _insert(model, rows: list) -> list:
    return model.objects.bulk_create(rows, batch_size=BATCH)


@transaction.atomic
def scale_data_load(*, seed: int = 18, scale: float = 1.0, now: datetime | None = None) -> dict[str, int]:
    """Adds the scale data to a database holding the demo data (refused if it is already there); returns counts."""
    if scale <= 0:
        raise ScaleDataError("The scale must be more than 0.")
    if scale_data_present():
        raise ScaleDataError(ScaleDataError.ALREADY_LOADED)
    now = now or timezone.now()
    today = now.astimezone(LONDON).date()
    rng = random.Random(seed)
    counts = ScaleCounts.at(scale)
    demo = {user.email.split("@")[0]: user for user in User.objects.filter(email__endswith="@cylch.example")}
    coordinator, host, member = demo["coordinator"], demo["host"], demo["member"]

    people = _people_create(rng=rng, how_many=counts.people, today=today)
    communities = _communities_create(rng=rng, how_many=counts.communities, host=host)
    active = _memberships_create(
        rng=rng, people=people, communities=communities, total=counts.memberships, now=now, host=host, member=member
    )
    occurrences = _sessions_create(rng=rng, communities=communities, active=active, target=counts.occurrences, now=now)
    answers = _answers_create(
        rng=rng, occurrences=occurrences, active=active, total=counts.answers, now=now, member=member
    )
    pool = _coaching_pool_create(rng=rng, people=people, how_many=counts.coaching_pool, today=today)
    actions, updates = _clip_extend(rng=rng, people=people, how_many=counts.clip_updates, coordinator=coordinator)
    return {
        "people": len(people),
        "communities": len(communities),
        "memberships": Membership.objects.filter(community__in=communities).count(),
        "series": SessionSeries.objects.filter(community__in=communities).count(),
        "occurrences": len(occurrences),
        "answers": answers,
        "coaching_pool": pool,
        "clip_actions": actions,
        "clip_updates": updates,
    }


# ---------------------------------------------------------------------------------------------------- people


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().replace("'", "")


def _people_create(*, rng: random.Random, how_many: int, today: date) -> list[User]:
    password = make_password(DEMO_PASSWORD if settings.DEBUG else None)  # hashed once: 20,000 hashes take minutes
    organisations = [row[:2] + (row[3],) for row in ORGANISATIONS]
    weights = [row[2] for row in ORGANISATIONS]
    taken: set[str] = set(User.objects.values_list("email", flat=True))
    users = []
    for _index in range(how_many):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        organisation, domain, welsh_share = rng.choices(organisations, weights)[0]
        language = "cy" if rng.random() < welsh_share else "en"
        if language == "cy":
            domain = WELSH_DOMAIN.get(domain, domain)
        local = f"{_ascii(first)}.{_ascii(last)}".lower()
        email, n = f"{local}@{domain}{SCALE_EMAIL_SUFFIX}", 2
        while email in taken:
            email, n = f"{local}{n}@{domain}{SCALE_EMAIL_SUFFIX}", n + 1
        taken.add(email)
        joined = datetime.combine(today - timedelta(days=rng.randint(1, 3 * 365)), time(9), tzinfo=LONDON)
        users.append(
            User(
                email=email,
                display_name=f"{first} {last}",
                organisation=organisation,
                job_title=rng.choice(JOB_TITLES),
                team=rng.choice(TEAMS),
                preferred_language=language,
                password=password,
                date_joined=joined + timedelta(minutes=rng.randint(0, 8 * 60)),
            )
        )
    users = _insert(User, users)
    _insert(EmailAddress, [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users])
    reminders = [ReminderTiming.DAY] * 6 + [ReminderTiming.HOUR, ReminderTiming.BOTH, ReminderTiming.NONE]
    digests = [DigestFrequency.MONTHLY] * 6 + [DigestFrequency.WEEKLY] * 3 + [DigestFrequency.NEVER]
    _insert(
        NotificationSettings,
        [
            NotificationSettings(
                user=user,
                reminders=rng.choice(reminders),
                digest=rng.choice(digests),
                session_changes=rng.random() < 0.9,
                calendar_invitations=rng.random() < 0.8,
            )
            for user in users
        ],
    )
    return users


# ----------------------------------------------------------------------------------------------- communities


def _lower_first(text: str) -> str:
    """The subject inside a sentence: "Net Zero" -> "net zero"; names ("y Gymraeg", "Welsh") keep their capitals."""
    keep = {"Welsh", "Gymraeg"}
    return " ".join(word if word in keep else word.lower() for word in text.split())


def _communities_create(*, rng: random.Random, how_many: int, host: User) -> list[Community]:
    names = list(itertools.product(SUBJECTS, GROUP_KINDS, PLACES))
    rng.shuffle(names)
    # Names without a place first: the big communities are the all-Wales ones.
    names.sort(key=lambda name: name[2][0] != "")
    taken = set(Community.objects.values_list("slug", flat=True))
    topics = list(Topic.objects.order_by("pk"))
    communities, chosen_topics = [], []
    for rank, ((subject, subject_cy), (pattern, pattern_cy), (place, place_cy)) in enumerate(names):
        if len(communities) == how_many:
            break
        name, name_cy = pattern.format(subject), pattern_cy.format(subject_cy)
        if place:
            name, name_cy = f"{name} – {place}", f"{name_cy} – {place_cy}"
        name_cy = name_cy[0].upper() + name_cy[1:]
        slug = slugify(name)[:80]
        if slug in taken:
            continue
        taken.add(slug)
        big = rank < max(3, how_many // 25)
        summary, summary_cy = rng.choice(SUMMARIES)
        platform = rng.choices(
            [
                Platform.TEAMS,
                Platform.ZOOM,
                Platform.HYBRID,
                Platform.IN_PERSON,
                Platform.OTHER_ONLINE,
                Platform.EMAIL_LIST,
            ],
            [40, 15, 15, 10, 10, 10],
        )[0]
        communities.append(
            Community(
                slug=slug,
                name=name,
                name_cy=name_cy,
                summary=summary.format(_lower_first(subject)),
                summary_cy=summary_cy.format(_lower_first(subject_cy)),
                description=DESCRIPTION[0],
                description_cy=DESCRIPTION[1],
                purpose=PURPOSE[0].format(_lower_first(subject)),
                purpose_cy=PURPOSE[1].format(_lower_first(subject_cy)),
                cadence=NO_SESSIONS_CADENCE[0],
                cadence_cy=NO_SESSIONS_CADENCE[1],
                platform=platform,
                location=(place or "Cardiff") if platform in (Platform.HYBRID, Platform.IN_PERSON) else "",
                meeting_language=rng.choices(MeetingLanguage.values, [60, 12, 28])[0],
                contact_email=f"{slug[:40]}@gov.wales{SCALE_EMAIL_SUFFIX}" if rng.random() < 0.3 else "",
                join_policy=JoinPolicy.OPEN if big else rng.choices(JoinPolicy.values, [75, 20, 5])[0],
                visibility=Visibility.LISTED if big else rng.choices(Visibility.values, [92, 8])[0],
                status=CommunityStatus.ACTIVE if big else rng.choices(CommunityStatus.values, [95, 3, 2])[0],
            )
        )
        chosen_topics.append(rng.sample(topics, rng.randint(1, 4)))
    communities = _insert(Community, communities)
    Through = Community.topics.through
    _insert(
        Through,
        [
            Through(community=c, topic=t)
            for c, topics_of in zip(communities, chosen_topics, strict=True)
            for t in topics_of
        ],
    )
    for community, topics_of in zip(communities, chosen_topics, strict=True):
        community.search_text = community_search_text(community, topics_of)
    Community.objects.bulk_update(communities, ["search_text"], batch_size=500)
    if connection.vendor == "postgresql":
        Community.objects.filter(pk__in=[c.pk for c in communities]).update(
            search_vector=SearchVector("search_text", config="simple")
        )
    return communities


def _communities_joined(rng: random.Random, *, most: int) -> int:
    """How many communities one person is in: a Pareto tail from 1, drawn again above the most anyone joins."""
    while True:
        joined = int(rng.paretovariate(1.5))
        if joined <= most:
            return joined


def _memberships_create(*, rng, people, communities, total, now, host, member) -> dict[int, list[int]]:
    """Zipf-sized communities and heavy-tailed people (1 to 20 communities each); returns each community's
    active members and hosts (user ids), the demo host and member included."""
    # How many communities each person is in: a Pareto tail, capped, then nudged to the total.
    most = min(MOST_COMMUNITIES_A_PERSON_JOINS, len(communities))
    degrees = [_communities_joined(rng, most=most) for _person in people]
    if sum(degrees) > total:
        raise ScaleDataError("Too few memberships for this many people: each person is in at least one community.")
    while sum(degrees) < total:
        index = rng.randrange(len(degrees))
        if degrees[index] < most:
            degrees[index] += 1
    # Community sizes: the i-th largest ~ 1/(i+1), at least 3 and at most everyone.
    zipf = [1 / (rank + 1) for rank in range(len(communities))]
    sizes = [max(3, min(len(people), round(total * weight / sum(zipf)))) for weight in zipf]
    # At a small scale the biggest would outgrow everyone: what it cannot hold goes to the next ones.
    for rank in range(1, len(sizes)):
        short = total - sum(sizes)
        if short <= 0:
            break
        sizes[rank] = min(len(people), sizes[rank] + short)
    remaining = degrees[:]
    member_ids = [person.pk for person in people]
    chosen: list[list[int]] = []
    for size in sizes:
        cumulative = list(itertools.accumulate(remaining))
        picked: dict[int, None] = {}
        for _attempt in range(6):
            if cumulative[-1] == 0:
                break
            for index in rng.choices(range(len(people)), cum_weights=cumulative, k=(size - len(picked)) * 2):
                if len(picked) == size:
                    break
                if remaining[index] and index not in picked:
                    picked[index] = None
            if len(picked) == size:
                break
        for index in picked:
            remaining[index] -= 1
        chosen.append([member_ids[index] for index in picked])

    memberships, events, active = [], [], {}
    three_years = 3 * 365
    today = now.astimezone(LONDON).date()

    def add(community, user_id, *, role, state, kinds, acting):
        joined = datetime.combine(today - timedelta(days=rng.randint(1, three_years)), time(10), tzinfo=LONDON)
        joined += timedelta(minutes=rng.randint(0, 7 * 60))
        memberships.append(
            Membership(
                community=community,
                user_id=user_id,
                role=role,
                state=state,
                joined_at=joined if state in (MembershipState.ACTIVE, MembershipState.LEFT) else None,
            )
        )
        events.append(
            [
                (kind, acting_id, min(now, joined + timedelta(days=step * rng.randint(1, 60))))
                for step, (kind, acting_id) in enumerate(zip(kinds, acting, strict=True))
            ]
        )

    for rank, (community, user_ids) in enumerate(zip(communities, chosen, strict=True)):
        host_count = 1 + (rank < len(communities) // 10) + (rng.random() < 0.3)
        hosts, rest = user_ids[:host_count], user_ids[host_count:]
        if rank in (0, 2):  # the demo host hosts two of the biggest communities
            hosts = [host.pk] + hosts[:1]
        active[community.pk] = list(hosts)
        for user_id in hosts:
            add(
                community,
                user_id,
                role=Role.HOST,
                state=MembershipState.ACTIVE,
                kinds=[MembershipEventKind.ADDED_AS_HOST],
                acting=[host.pk if user_id == host.pk else user_id],
            )
        approver = hosts[0]
        for user_id in rest:
            draw = rng.random()
            needs_request = community.join_policy != JoinPolicy.OPEN
            if draw < 0.04:
                kinds = (
                    [MembershipEventKind.REQUESTED, MembershipEventKind.APPROVED]
                    if needs_request
                    else [MembershipEventKind.JOINED]
                )
                acting = [user_id, approver] if needs_request else [user_id]
                add(
                    community,
                    user_id,
                    role=Role.MEMBER,
                    state=MembershipState.LEFT,
                    kinds=[*kinds, MembershipEventKind.LEFT],
                    acting=[*acting, user_id],
                )
            elif draw < 0.07 and community.join_policy == JoinPolicy.REQUEST:
                add(
                    community,
                    user_id,
                    role=Role.MEMBER,
                    state=MembershipState.PENDING,
                    kinds=[MembershipEventKind.REQUESTED],
                    acting=[user_id],
                )
            elif needs_request:
                add(
                    community,
                    user_id,
                    role=Role.MEMBER,
                    state=MembershipState.ACTIVE,
                    kinds=[MembershipEventKind.REQUESTED, MembershipEventKind.APPROVED],
                    acting=[user_id, approver],
                )
                active[community.pk].append(user_id)
            else:
                add(
                    community,
                    user_id,
                    role=Role.MEMBER,
                    state=MembershipState.ACTIVE,
                    kinds=[MembershipEventKind.JOINED],
                    acting=[user_id],
                )
                active[community.pk].append(user_id)
    # The demo member joins about twenty communities, the biggest (with daily and weekly sessions) among them.
    count = len(communities)
    # With the demo's three: the second biggest (sessions every weekday), four meeting weekly and twelve monthly,
    # about a thousand sessions a year in their private feed.
    ranks = {1} | {round(count * (0.2 + 0.1 * step)) for step in range(4)}
    ranks |= {round(count * (0.72 + 0.022 * step)) for step in range(12)}
    for rank in sorted(rank for rank in ranks if rank < count):
        community = communities[rank]
        add(
            community,
            member.pk,
            role=Role.MEMBER,
            state=MembershipState.ACTIVE,
            kinds=[MembershipEventKind.JOINED],
            acting=[member.pk],
        )
        active[community.pk].append(member.pk)

    memberships = _insert(Membership, memberships)
    created_at = MembershipEvent._meta.get_field("created_at")
    with _times_as_given(created_at):
        _insert(
            MembershipEvent,
            [
                MembershipEvent(membership=membership, kind=kind, acting_user_id=acting_id, created_at=when)
                for membership, history in zip(memberships, events, strict=True)
                for kind, acting_id, when in history
            ],
        )
    return active


# -------------------------------------------------------------------------------------------------- sessions


def _series_plan(rng: random.Random, kind: str, now: datetime):
    """A rule of ``kind`` (weekdays, weekly or monthly_nth) with its first start (often some weeks back, so the
    series has a past) and its length."""
    day = now.astimezone(LONDON).date() + timedelta(days=rng.randint(-100, 60 if kind == "monthly_nth" else 20))
    if kind == "weekdays":
        hour = rng.choice([time(8), time(8, 30), time(9), time(12, 30), time(16, 30)])
        while day.weekday() > 4:
            day += timedelta(days=1)
        return rec.Recurrence(kind="weekdays"), datetime.combine(day, hour, tzinfo=LONDON), timedelta(minutes=30)
    if kind == "weekly":
        days = tuple(sorted(rng.sample(WORKING_DAYS, 1 if rng.random() < 0.85 else 2), key=WORKING_DAYS.index))
        while day.weekday() > 4 or WORKING_DAYS[day.weekday()] != days[0]:
            day += timedelta(days=1)
        hour = rng.choice([time(10), time(12), time(12, 30), time(14), time(15, 30)])
        recurrence = rec.Recurrence(kind="weekly", weekdays=days, interval=rng.choice([1, 1, 1, 2]))
        return (
            recurrence,
            datetime.combine(day, hour, tzinfo=LONDON),
            rng.choice([timedelta(minutes=45), timedelta(hours=1)]),
        )
    nth = rng.choice([1, 2, 3, 4, -1])
    code = rng.choice(WORKING_DAYS)
    month_start = day.replace(day=1)
    first = du.rrule(du.MONTHLY, dtstart=month_start, byweekday=[DATEUTIL_DAYS[code](nth)], count=1)[0]
    hour = rng.choice([time(10), time(14), time(16), time(18)])
    start = datetime.combine(first.date(), hour, tzinfo=LONDON)
    return rec.Recurrence(kind="monthly_nth", nth=nth), start, rng.choice([timedelta(hours=1), timedelta(minutes=90)])


def _series_starts(*, first_start: datetime, rrule: str, until: datetime, skip_bank_holidays: bool) -> list[datetime]:
    starts = rec.starts(first_start=first_start, rrule=rrule, between=(first_start - timedelta(seconds=1), until))
    if skip_bank_holidays:
        starts = [moment for moment in starts if not bank_holidays.is_bank_holiday(moment.astimezone(LONDON).date())]
    return starts


def _sessions_create(*, rng, communities, active, target, now) -> list[Occurrence]:
    """Series on each community's rule until about ``target`` occurrences exist; the biggest communities meet
    every weekday, most weekly, the smallest monthly. Occurrences run from the series' start to its
    ``generated_until`` (a year ahead, as ``occurrences_extend_all`` keeps it)."""
    holding = [c for c in communities if c.status != CommunityStatus.ARCHIVED and c.platform != Platform.EMAIL_LIST]
    series_rows, starts_of, total = [], [], 0
    cadence_of: dict[int, tuple[str, str, set[str]]] = {}
    for turn in itertools.count():
        for rank, community in enumerate(holding):
            if total >= target:
                break
            share = rank / len(holding)
            kind = "weekdays" if share < 0.12 else "weekly" if share < 0.7 else "monthly_nth"
            if turn and kind == "monthly_nth":
                continue
            recurrence, first_start, duration = _series_plan(rng, kind, now)
            rrule = rec.rrule_for(recurrence, first_start=first_start)
            until = max(now, first_start) + HORIZON
            skip = kind != "monthly_nth" and rng.random() < 0.7
            starts = _series_starts(first_start=first_start, rrule=rrule, until=until, skip_bank_holidays=skip)
            in_person = community.platform in (Platform.IN_PERSON, Platform.HYBRID)
            title, title_cy = rng.choice(SERIES_TITLES[kind])
            series_rows.append(
                SessionSeries(
                    community=community,
                    title=title,
                    title_cy=title_cy,
                    description=SERIES_DESCRIPTION[0].format(community.name),
                    description_cy=SERIES_DESCRIPTION[1].format(community.name_cy),
                    format=SessionFormat.HYBRID
                    if community.platform == Platform.HYBRID
                    else SessionFormat.IN_PERSON
                    if in_person
                    else SessionFormat.ONLINE,
                    join_url=""
                    if community.platform == Platform.IN_PERSON
                    else f"https://teams.example/{community.slug}",
                    location=community.location if in_person else "",
                    capacity=rng.choice([8, 12, 20, 30]) if in_person or rng.random() < 0.1 else None,
                    language=community.meeting_language,
                    is_public=community.visibility == Visibility.LISTED,
                    first_start=first_start,
                    duration=duration,
                    recurrence=recurrence.to_dict(),
                    rrule=rrule,
                    skip_bank_holidays=skip,
                    generated_until=until,
                    created_by_id=active[community.pk][0],
                )
            )
            starts_of.append(starts)
            total += len(starts)
            if community.pk not in cadence_of:
                cadence_of[community.pk] = (kind, recurrence, first_start)
        if total >= target or not holding:
            break
    series_rows = _insert(SessionSeries, series_rows)
    created_at = SessionChange._meta.get_field("created_at")
    with _times_as_given(created_at):
        _insert(
            SessionChange,
            [
                SessionChange(
                    series=series,
                    kind=SessionChangeKind.SCHEDULED,
                    acting_user_id=series.created_by_id,
                    created_at=min(now, series.first_start) - timedelta(days=7),
                )
                for series in series_rows
            ],
        )
    occurrences = _insert(
        Occurrence,
        [
            Occurrence(series=series, original_start=start, start=start, end=start + series.duration)
            for series, starts in zip(series_rows, starts_of, strict=True)
            for start in starts
        ],
    )
    _communities_cadence_set(communities=communities, cadence_of=cadence_of)
    return occurrences


def _communities_cadence_set(*, communities, cadence_of) -> None:
    """The directory's "when it meets" in both languages, from each community's first series."""
    changed = []
    for community in communities:
        if community.pk not in cadence_of:
            continue
        kind, recurrence, first_start = cadence_of[community.pk]
        local = first_start.astimezone(LONDON)
        clock = f"{local:%H:%M}"
        if kind == "weekdays":
            community.cadence = f"Every weekday at {clock}"
            community.cadence_cy = f"Bob dydd yn ystod yr wythnos am {clock}"
            community.meeting_days = ",".join(WORKING_DAYS)
        elif kind == "weekly":
            english = " and ".join(WEEKDAY_NAMES[code][0] for code in recurrence.weekdays)
            welsh = " a ".join(WEEKDAY_NAMES[code][1] for code in recurrence.weekdays)
            # "a" before "dydd" gives no aspirate mutation; only the first day after "ar" is mutated.
            welsh = welsh.replace(" a ddydd", " a dydd")
            if recurrence.interval == 2:
                community.cadence = f"Every other week on {english} at {clock}"
                community.cadence_cy = f"Bob pythefnos ar {welsh} am {clock}"
            else:
                community.cadence = f"{english} at {clock}"
                community.cadence_cy = f"Bob wythnos ar {welsh} am {clock}"
            community.meeting_days = ",".join(recurrence.weekdays)
        else:
            community.cadence = f"Once a month at {clock}"
            community.cadence_cy = f"Unwaith y mis am {clock}"
            community.meeting_days = ""
        changed.append(community)
    Community.objects.bulk_update(changed, ["cadence", "cadence_cy", "meeting_days"], batch_size=500)


def _answers_create(*, rng, occurrences, active, total, now, member) -> int:
    """About ``total`` answers from the community's active members and hosts, most for the coming weeks, none
    beyond a session's places: the first ``capacity`` going, later ones on the waiting list."""

    def time_weight(occurrence) -> float:
        days = (occurrence.start - now).days
        if days < 0:
            return 0.8 if days > -60 else 0.3
        return 2.0 if days < 30 else 0.8 if days < 120 else 0.15

    series_of = {occurrence.series_id: occurrence.series for occurrence in occurrences}
    weights = [time_weight(o) * len(active[series_of[o.series_id].community_id]) ** 0.8 for o in occurrences]
    scale = total / sum(weights) if weights else 0
    rows = []
    for occurrence, weight in zip(occurrences, weights, strict=True):
        series = series_of[occurrence.series_id]
        members = active[series.community_id]
        wanted = min(len(members), int(weight * scale + rng.random()))
        if member.pk in members and occurrence.start > now and rng.random() < 0.15:
            people = [member.pk, *[p for p in rng.sample(members, wanted) if p != member.pk]][: max(wanted, 1)]
        else:
            people = rng.sample(members, wanted)
        going = 0
        for position, user_id in enumerate(people):
            if rng.random() < 0.18:
                status, since = RsvpStatus.NOT_GOING, None
            elif series.capacity is None or going < series.capacity:
                status, since = RsvpStatus.GOING, None
                going += 1
            else:
                status = RsvpStatus.WAITING
                since = min(now, occurrence.start) - timedelta(days=3) + timedelta(minutes=position)
            rows.append(Rsvp(occurrence=occurrence, user_id=user_id, status=status, waiting_since=since))
    _insert(Rsvp, rows)
    return len(rows)


# -------------------------------------------------------------------------------------------------- coaching


def _coaching_pool_create(*, rng, people, how_many, today) -> int:
    chosen = rng.sample(people, min(how_many, len(people)))
    regions = [Region.SOUTH_EAST, Region.SOUTH_WEST, Region.NORTH, Region.MID, Region.OUTSIDE]
    profiles, topics_of = [], []
    topics = list(Topic.objects.filter(kind__in=["way", "theme"]).order_by("pk"))
    for person in chosen:
        welsh = person.preferred_language == "cy"
        reflection, reflection_cy = rng.choice(REFLECTIONS)
        profiles.append(
            CoachingProfile(
                user=person,
                grade=rng.choices(Grade.values, [5, 20, 25, 20, 15, 10, 5])[0],
                field=rng.choice(Field.values),
                reflect_on=reflection_cy if welsh else reflection,
                modes=rng.sample(["video", "phone", "in_person"], rng.randint(1, 3)),
                region=rng.choices(regions, [40, 22, 20, 13, 5])[0],
                language=rng.choice(["cy", "either", "either"]) if welsh else rng.choice(["en", "en", "either"]),
                availability=sorted(rng.sample(SLOTS, rng.randint(2, 6)), key=SLOTS.index),
                frequency=rng.choices(Frequency.values, [20, 50, 30])[0],
                paused_until=today + timedelta(days=rng.randint(7, 90)) if rng.random() < 0.05 else None,
            )
        )
        topics_of.append(rng.sample(topics, rng.randint(0, 4)))
    profiles = _insert(CoachingProfile, profiles)
    Through = CoachingProfile.topics.through
    _insert(
        Through,
        [
            Through(coachingprofile=p, topic=t)
            for p, chosen_topics in zip(profiles, topics_of, strict=True)
            for t in chosen_topics
        ],
    )
    return len(profiles)


# ------------------------------------------------------------------------------------------------------ CLIP


def _clip_extend(*, rng, people, how_many, coordinator) -> tuple[int, int]:
    """Adds nine actions to the demo plan (60 in all) and ``how_many`` dated holders' updates spread over every
    action and both of its periods: the published one (written before its deadline) and the current one."""
    plan = Plan.objects.order_by("pk").first()
    if plan is None:
        return 0, 0
    themes = {theme.number: theme for theme in plan.themes.all()}
    departments = list(Department.objects.order_by("pk"))
    civil_servants = [p for p in people if p.organisation == "Welsh Government"] or people
    for number, theme, title, title_cy, commitment, commitment_cy in EXTRA_ACTIONS:
        if theme not in themes or plan.actions.filter(number=number).exists():
            continue
        action = clip_services.action_create(
            plan=plan,
            number=number,
            status=rng.choice([Status.NOT_STARTED, Status.IN_PROGRESS, Status.ON_TRACK]),
            theme=themes[theme],
            title=title,
            title_cy=title_cy,
            commitment=commitment,
            commitment_cy=commitment_cy,
            target_date=date(2025, rng.choice([3, 6, 9, 12]), 28),
            department=rng.choice(departments) if departments else None,
        )
        holders = rng.sample(civil_servants, rng.randint(1, 3))
        clip_services.action_holders_set(action=action, holders=holders, lead=holders[0], acting_user=coordinator)
    Action.objects.filter(plan=plan, lead_coordinator=None).update(lead_coordinator=coordinator)

    periods = list(ReportingPeriod.objects.filter(plan=plan).order_by("starts_on"))
    actions = list(plan.actions.prefetch_related("holders").order_by("number_major", "number_minor"))
    rows = []
    for _index in range(how_many):
        action = rng.choice(actions)
        period = rng.choice(periods) if rng.random() < 0.45 else periods[-1]
        holders = list(action.holders.all()) or [coordinator]
        first_day = period.starts_on + timedelta(days=14)
        last_day = period.update_deadline if period.update_deadline > first_day else period.ends_on
        written = datetime.combine(
            first_day + timedelta(days=rng.randint(0, (last_day - first_day).days)), time(9), tzinfo=LONDON
        ) + timedelta(minutes=rng.randint(0, 8 * 60))
        sentences = rng.sample(UPDATE_SENTENCES, rng.randint(1, 3))
        proposing = period.published_at is None and rng.random() < 0.03
        rows.append(
            ProgressUpdate(
                action=action,
                period=period,
                status=action.status,
                proposed_status=rng.choice([Status.ON_TRACK, Status.AT_RISK, Status.COMPLETED]) if proposing else "",
                proposal_outcome=ProposalOutcome.PENDING if proposing else "",
                narrative=" ".join(english for english, _welsh in sentences),
                narrative_cy=" ".join(welsh for _english, welsh in sentences),
                author=rng.choice(holders),
                created_at=written,
            )
        )
    with _times_as_given(ProgressUpdate._meta.get_field("created_at")):
        _insert(ProgressUpdate, rows)
    return plan.actions.count(), len(rows)
