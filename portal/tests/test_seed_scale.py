from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction

from accounts.models import User
from clip_tracker.models import Action, ProgressUpdate
from coaching.models import CoachingProfile
from communities.demo import COMMUNITIES as DEMO_COMMUNITIES
from communities.models import Community, Membership, MembershipEvent, MembershipState
from portal import scale_data
from sessions import bank_holidays
from sessions import recurrence as rec
from sessions.models import Occurrence, Rsvp, RsvpStatus, SessionSeries

SCALE = 0.01
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
DEMO_SLUGS = [community["slug"] for community in DEMO_COMMUNITIES]


def _scale_communities():
    return Community.objects.exclude(slug__in=DEMO_SLUGS)


def _fingerprint(*, updates_after: int) -> tuple:
    communities = _scale_communities()
    return (
        list(
            User.objects.filter(scale_data.scale_email_q())
            .order_by("email")
            .values_list("email", "display_name", "organisation", "preferred_language")
        ),
        list(communities.order_by("slug").values_list("slug", "name_cy", "join_policy", "cadence_cy")),
        sorted(
            Membership.objects.filter(community__in=communities).values_list(
                "community__slug", "user__email", "state", "role"
            )
        ),
        sorted(Occurrence.objects.filter(series__community__in=communities).values_list("series__title", "start")),
        sorted(
            Rsvp.objects.filter(occurrence__series__community__in=communities).values_list(
                "occurrence__start", "user__email", "status"
            )
        ),
        sorted(
            ProgressUpdate.objects.filter(pk__gt=updates_after).values_list(
                "action__number", "created_at", "narrative_cy"
            )
        ),
    )


def _load_and_forget(seed: int) -> tuple:
    """Loads demo and scale data, reads them, then rolls back, so the next load starts from an empty database."""
    with transaction.atomic():
        scale_data.demo_data_load()
        updates_after = ProgressUpdate.objects.order_by("-pk").values_list("pk", flat=True).first()
        scale_data.scale_data_load(seed=seed, scale=SCALE, now=NOW)
        fingerprint = _fingerprint(updates_after=updates_after)
        transaction.set_rollback(True)
    return fingerprint


@pytest.mark.django_db
def test_seed_scale_gives_a_government_in_proportion_and_refuses_a_second_run(settings, capsys):
    settings.DEBUG = True
    call_command("seed_scale", "--scale", str(SCALE))
    counts = scale_data.ScaleCounts.at(SCALE)
    communities = _scale_communities()
    assert "Scale data loaded" in capsys.readouterr().out
    assert User.objects.filter(scale_data.scale_email_q()).count() == counts.people == 200
    assert communities.count() == counts.communities == 5
    memberships = Membership.objects.filter(community__in=communities)
    assert abs(memberships.count() - counts.memberships) <= 40
    # Every membership has its history, and the biggest community dwarfs the smallest.
    assert MembershipEvent.objects.filter(membership__in=memberships).values("membership").distinct().count() == (
        memberships.count()
    )
    sizes = sorted(c.memberships.count() for c in communities)
    assert sizes[-1] >= 3 * sizes[0]
    occurrences = Occurrence.objects.filter(series__community__in=communities)
    assert counts.occurrences <= occurrences.count() <= counts.occurrences * 1.5
    answers = Rsvp.objects.filter(occurrence__series__community__in=communities)
    assert abs(answers.count() - counts.answers) <= counts.answers * 0.1
    assert CoachingProfile.objects.filter(user__in=User.objects.filter(scale_data.scale_email_q())).count() == 20
    assert Action.objects.count() == 60
    assert ProgressUpdate.objects.filter(period__plan__isnull=False).count() >= counts.clip_updates

    with pytest.raises(CommandError, match="already loaded"):
        call_command("seed_scale", "--scale", str(SCALE))


@pytest.mark.django_db
def test_scale_data_keeps_the_rules_the_services_keep(settings):
    settings.DEBUG = True
    scale_data.demo_data_load()
    scale_data.scale_data_load(seed=18, scale=SCALE, now=NOW)
    communities = _scale_communities()

    # Occurrences are exactly their series' rule, from its first start to generated_until (a year ahead).
    for series in SessionSeries.objects.filter(community__in=communities):
        assert series.generated_until == max(NOW, series.first_start) + timedelta(days=365)
        expected = rec.starts(
            first_start=series.first_start,
            rrule=series.rrule,
            between=(series.first_start - timedelta(seconds=1), series.generated_until),
        )
        if series.skip_bank_holidays:
            expected = [s for s in expected if not bank_holidays.is_bank_holiday(s.astimezone(rec.LONDON).date())]
        assert sorted(series.occurrences.values_list("start", flat=True)) == expected
    assert Occurrence.objects.filter(series__community__in=communities, start__lt=NOW).exists()
    assert Occurrence.objects.filter(series__community__in=communities, start__gt=NOW + timedelta(days=300)).exists()

    # Answers only from active members of the session's community, and never more going than there are places.
    for rsvp in Rsvp.objects.filter(occurrence__series__community__in=communities).select_related("occurrence__series"):
        assert Membership.objects.filter(
            community_id=rsvp.occurrence.series.community_id, user_id=rsvp.user_id, state=MembershipState.ACTIVE
        ).exists()
    for series in SessionSeries.objects.filter(community__in=communities, capacity__isnull=False):
        for occurrence in series.occurrences.all():
            assert occurrence.rsvps.filter(status=RsvpStatus.GOING).count() <= series.capacity

    # Both languages everywhere there is a pair, and Welsh that is not the English.
    for community in communities:
        for field in ("name", "summary", "description", "purpose", "cadence"):
            welsh = getattr(community, f"{field}_cy")
            assert welsh and welsh != getattr(community, field)
    assert not SessionSeries.objects.filter(community__in=communities, title_cy="").exists()
    assert not ProgressUpdate.objects.filter(narrative_cy="").exists()
    assert User.objects.filter(scale_data.scale_email_q(), preferred_language="cy").exists()

    # The demo member is in about twenty communities; the demo host hosts two of the biggest.
    member = User.objects.get(email="member@cylch.example")
    joined = Membership.objects.filter(user=member, community__in=communities, state=MembershipState.ACTIVE).count()
    assert min(15, communities.count() - 2) <= joined <= 17
    host = User.objects.get(email="host@cylch.example")
    assert Membership.objects.filter(user=host, community__in=communities, role="host").count() == 2


@pytest.mark.django_db
def test_the_same_seed_gives_the_same_data(settings):
    settings.DEBUG = True
    first = _load_and_forget(18)
    assert _load_and_forget(18) == first
    assert _load_and_forget(19) != first
