"""Demo sessions: the real cadences of the seeded communities, starting this month."""

from datetime import datetime, time, timedelta

from dateutil import rrule as du
from django.db import transaction
from django.utils import timezone

from communities.models import Community
from portal.dates import DATEUTIL_DAYS, LONDON

from . import services
from .models import SessionSeries
from .recurrence import Recurrence

# (community slug, title, Welsh title, weekday code, nth (0 = every weekday / date), start, end, recurrence, extra)
CADENCES = [
    (
        "breathing-space",
        "Breathing Space",
        "Lle i Anadlu",
        None,
        0,
        time(8),
        time(8, 30),
        Recurrence(kind="weekdays"),
        {"format": "online", "join_url": "https://zoom.example/j/breathing-space"},
    ),
    (
        "creativity-biodiversity-behaviour-change",
        "Monthly circle",
        "Cylch misol",
        "WE",
        2,
        time(16),
        time(17),
        Recurrence(kind="monthly_nth", nth=2),
        {"format": "online", "join_url": "https://teams.example/creativity"},
    ),
    (
        "peoples-practice",
        "People's practice circle",
        "Cylch ymarfer y bobl",
        "WE",
        3,
        time(16),
        time(17),
        Recurrence(kind="monthly_nth", nth=3),
        {"format": "online", "join_url": "https://zoom.example/j/peoples"},
    ),
    (
        "shambolic-warriors",
        "Shambolic Warriors lunchtime",
        "",
        "FR",
        -1,
        time(12),
        time(13),
        Recurrence(kind="monthly_nth", nth=-1),
        {"format": "online", "join_url": "https://teams.example/shambolic"},
    ),
    (
        "decolonisation-support-group",
        "Thursday afternoon session",
        "Sesiwn prynhawn dydd Iau",
        "TH",
        2,
        time(15),
        time(16),
        Recurrence(kind="monthly_nth", nth=2),
        {"format": "online", "join_url": "https://teams.example/decolonise", "language": "bilingual"},
    ),
    (
        "decolonisation-support-group",
        "Friday morning session",
        "Sesiwn bore dydd Gwener",
        "FR",
        2,
        time(10),
        time(11),
        Recurrence(kind="monthly_nth", nth=2),
        {"format": "online", "join_url": "https://teams.example/decolonise", "language": "bilingual"},
    ),
    (
        "governance-and-scrutiny",
        "Action learning set",
        "Set dysgu gweithredol",
        "TU",
        1,
        time(10),
        time(11, 30),
        Recurrence(kind="monthly_nth", nth=1),
        {"format": "online", "join_url": "https://teams.example/governance", "capacity": 8},
    ),
    (
        "cynghrair-egino",
        "Monthly gathering",
        "Cyfarfod misol",
        "TU",
        3,
        time(18),
        time(19, 30),
        Recurrence(kind="monthly_nth", nth=3),
        {"format": "online", "join_url": "https://zoom.example/j/egino", "language": "cy"},
    ),
    (
        "supporting-organisations-network",
        "Network meeting",
        "Cyfarfod y rhwydwaith",
        None,
        0,
        time(10),
        time(12),
        Recurrence(kind="every_n_months", interval=6),
        {"format": "hybrid", "join_url": "https://teams.example/son", "location": "Cardiff", "language": "bilingual"},
    ),
]


def _first_date(code, nth, month_start):
    if code is None:
        return month_start.date()
    rule = du.rrule(du.MONTHLY, byweekday=[DATEUTIL_DAYS[code](nth)], dtstart=month_start)
    return rule[0].date()


@transaction.atomic
def demo_sessions_create(*, host) -> int:
    """Creates each demo series once (matched by community and title); returns how many exist."""
    now = timezone.now().astimezone(LONDON)
    month_start = datetime(now.year, now.month, 1, tzinfo=LONDON).replace(tzinfo=None)
    for slug, title, title_cy, code, nth, start, end, recurrence, extra in CADENCES:
        community = Community.objects.filter(slug=slug).first()
        if community is None or SessionSeries.objects.filter(community=community, title=title).exists():
            continue
        day = _first_date(code, nth, month_start)
        if day < now.date() - timedelta(days=7):
            # Sessions start at most a week back (bounds.SESSION_PAST): this month's date has gone, take next month's.
            following = (month_start + timedelta(days=32)).replace(day=1)
            day = _first_date(code, nth, following) if code else now.date()
        first_start = datetime.combine(day, start, tzinfo=LONDON)
        series = SessionSeries(
            community=community,
            title=title,
            title_cy=title_cy,
            first_start=first_start,
            duration=datetime.combine(day, end) - datetime.combine(day, start),
            description=f"A regular session of {community.name}.",
            description_cy=f"Un o sesiynau rheolaidd {community.name_cy or community.name}.",
            **extra,
        )
        services.series_create(series=series, recurrence=recurrence, acting_user=host)
    _demo_session_starting_soon(host=host, now=timezone.now())
    return SessionSeries.objects.count()


def _demo_session_starting_soon(*, host, now) -> None:
    """A one-off session about half an hour away that the demo member is going to, so the worker sends a real
    reminder (with its .ics) to var/mail/ within a minute or two of `make run`."""
    from accounts.models import User
    from notifications.models import ReminderTiming
    from notifications.services import settings_for

    community = Community.objects.filter(slug="breathing-space").first()
    member = User.objects.filter(email="member@cylch.example").first()
    if community is None or member is None:
        return
    if SessionSeries.objects.filter(community=community, rrule="", first_start__gt=now).exists():
        return
    start = (now + timedelta(minutes=35)).astimezone(LONDON).replace(second=0, microsecond=0)
    start -= timedelta(minutes=start.minute % 5)
    series = services.series_create(
        series=SessionSeries(
            community=community,
            title="Welcome to Cylch: a short tour",
            title_cy="Croeso i Cylch: taith fer",
            description="Twenty minutes on how to find communities, join sessions and subscribe to your calendar.",
            description_cy="Ugain munud ar sut i ddod o hyd i gymunedau, ymuno â sesiynau a thanysgrifio i’ch calendr.",
            first_start=start,
            duration=timedelta(minutes=20),
            format="online",
            join_url="https://zoom.example/j/welcome",
            language="bilingual",
        ),
        recurrence=Recurrence(),
        acting_user=host,
    )
    preferences = settings_for(member)
    preferences.reminders = ReminderTiming.BOTH
    preferences.save(update_fields=["reminders", "updated_at"])
    services.rsvp_set(occurrence=series.occurrences.get(), user=member, going=True)
