"""The one place tests build data: people, communities, sessions, co-coaching profiles and rounds, CLIP actions.

Every app's tests import from here (never from another app's ``conftest``), and each builder goes through the
app's own services where one exists, so test data is made the way the portal makes it.
"""

from datetime import date, datetime, time

from portal.dates import LONDON


def make_person(
    email, *, name, language="en", team="", organisation="", job_title="", password="correct-horse-battery"
):
    """A signed-up person with a confirmed email address."""
    from allauth.account.models import EmailAddress

    from accounts.models import User

    user = User.objects.create_user(
        email,
        password,
        display_name=name,
        preferred_language=language,
        team=team,
        organisation=organisation,
        job_title=job_title,
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def second_factor_enrol(user, *, secret: str | None = None) -> str:
    """Sets up an authenticator app and recovery codes for the person, as the set-up page does; returns the
    app's key (base32), from which ``authenticator_code(key)`` is the code it shows."""
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = secret or generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return secret


def authenticator_code(key: str) -> str:
    """The code an authenticator app with this key shows now, never one about to expire: with allauth accepting
    only the current 30 seconds, a code read in the last moments of its window could reach the server too late."""
    import time

    import pyotp

    totp = pyotp.TOTP(key)
    left = totp.interval - time.time() % totp.interval
    if left < 3:
        time.sleep(left + 0.1)
    return totp.now()


def make_topic(slug="climate", name="Climate", name_cy="Hinsawdd", kind="theme"):
    from communities.models import Topic

    return Topic.objects.get_or_create(slug=slug, defaults={"name": name, "name_cy": name_cy, "kind": kind})[0]


def make_community(*, hosts=(), topics=(), acting_user=None, **fields):
    from communities import services
    from communities.models import Community

    defaults = {
        "name": "Creativity and biodiversity",
        "summary": "Artists and ecologists learning together.",
        "cadence": "Monthly on Teams, Wednesdays 4–5pm",
        "meeting_days": "WE",
        "platform": "teams",
        "meeting_language": "en",
        "join_policy": "open",
    }
    defaults.update(fields)
    return services.community_create(
        community=Community(**defaults), hosts=list(hosts), topics=list(topics), acting_user=acting_user
    )


def london(*args):
    """A moment in UK time: ``london(2026, 11, 27, 12, 0)``."""
    return datetime(*args, tzinfo=LONDON)


def make_series(community, *, first_start, end_time=None, recurrence=None, host=None, **fields):
    """A session series scheduled by ``host`` through the service, with its occurrences."""
    from sessions import services
    from sessions.models import SessionSeries
    from sessions.recurrence import Recurrence

    end_time = end_time or time(first_start.hour + 1, first_start.minute)
    defaults = {"title": "Lunchtime circle", "format": "online", "join_url": "https://teams.example/secret-room"}
    defaults.update(fields)
    series = SessionSeries(
        community=community,
        first_start=first_start,
        duration=datetime.combine(first_start.date(), end_time)
        - datetime.combine(first_start.date(), first_start.time()),
        **defaults,
    )
    return services.series_create(series=series, recurrence=recurrence or Recurrence(), acting_user=host)


COACHING_PROFILE = {
    "grade": 4,
    "field": "policy",
    "modes": ["video"],
    "region": "south_east",
    "language": "either",
    "availability": ["TU-am"],
    "frequency": "fortnightly",
}


def coaching_opt_in(person, *, do_not_pair=(), **changes):
    """Opts a person into co-coaching through the service; ``do_not_pair`` takes people."""
    from coaching import services
    from coaching.models import CoachingProfile

    return services.profile_save(
        profile=CoachingProfile(user=person, **{**COACHING_PROFILE, **changes}),
        topics=[],
        do_not_pair_emails=[other.email for other in do_not_pair],
    )


def coaching_round_run(coordinator):
    """A coordinator asks for a round and a worker runs it, as beat would; returns the round."""
    from coaching import services
    from coaching.models import MatchingRound
    from coaching.tasks import run_queued_rounds

    services.round_request(acting_user=coordinator)
    assert run_queued_rounds() == 1
    return MatchingRound.objects.latest("created_at")


def make_plan(**fields):
    from clip_tracker.models import Plan

    defaults = {
        "title": "Continuous Learning and Improvement Plan 2023–2025",
        "starts_on": date(2023, 2, 1),
        "ends_on": date(2025, 2, 28),
        "is_published": True,
    }
    return Plan.objects.create(**{**defaults, **fields})


def make_period(plan, **fields):
    from clip_tracker.models import ReportingPeriod

    defaults = {
        "label": "February 2023 – February 2024",
        "label_cy": "Chwefror 2023 – Chwefror 2024",
        "starts_on": date(2023, 2, 1),
        "ends_on": date(2024, 2, 29),
        "update_deadline": date(2024, 2, 15),
        # The plan's first period is its current one unless said otherwise.
        "is_current": not plan.periods.filter(is_current=True).exists(),
    }
    return ReportingPeriod.objects.create(plan=plan, **{**defaults, **fields})


def make_actions(plan, numbers, holders=()):
    """CLIP actions by number ("1.2"), each theme made once."""
    from clip_tracker.models import Action, Theme

    themes = {}
    actions = []
    for number in numbers:
        major = int(number.split(".")[0])
        if major not in themes:
            themes[major] = Theme.objects.get_or_create(plan=plan, number=major, defaults={"title": f"Theme {major}"})[
                0
            ]
        action = Action.objects.create(
            plan=plan, theme=themes[major], number=number, title=f"Action {number}", commitment=f"We will do {number}."
        )
        action.holders.set(holders)
        actions.append(action)
    return actions


def series_form(**changes) -> dict:
    """What the "schedule a session" form posts for a weekday online series, with ``changes`` applied."""
    return {
        "title": "Breathing space",
        "title_cy": "",
        "description": "",
        "description_cy": "",
        "format": "online",
        "join_url": "https://teams.example/breathe",
        "location": "",
        "capacity": "",
        "language": "en",
        "is_public": "on",
        "date": "2026-11-23",
        "start_time": "08:00",
        "end_time": "08:30",
        "repeat": "weekdays",
        "interval": "1",
        "nth": "-1",
        "end": "never",
        "until": "",
        "count": "",
        **changes,
    }
