"""Digests of what is on: when each period's digest falls due (in Wales time), and what goes in one person's."""

from dataclasses import dataclass
from zoneinfo import ZoneInfo
from datetime import date, datetime, time, timedelta

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from .models import DigestFrequency, EmailKind, NotificationSettings, OutboundEmail

DIGEST_HOUR = time(8, 0)
LOOK_AHEAD = timedelta(weeks=5)
# A digest is still prepared if the workers were down at 08:00, but not weeks later to people who joined since.
CATCH_UP = {DigestFrequency.MONTHLY: timedelta(days=3), DigestFrequency.WEEKLY: timedelta(days=1)}
BATCH_SIZE = 500


def _wales():
    return ZoneInfo("Europe/London")


@dataclass(frozen=True)
class DigestPeriod:
    frequency: str
    key: str  # "2026-12" or "2026-W49"
    starts_at: datetime  # when it falls due: 08:00 Wales time on the 1st (or on Monday)


def current_periods(*, now: datetime) -> list[DigestPeriod]:
    """The monthly and weekly digests due now: from 08:00 Wales time on the 1st (or the Monday), for a few days.

    Celery beat runs in UTC; the wall-clock moment is worked out here, so the clock changes never skip or
    double a digest."""
    local = now.astimezone(_wales())
    month_start = datetime.combine(date(local.year, local.month, 1), DIGEST_HOUR, tzinfo=_wales())
    monday = local.date() - timedelta(days=local.weekday())
    week_start = datetime.combine(monday, DIGEST_HOUR, tzinfo=_wales())
    iso_year, iso_week, _ = monday.isocalendar()
    candidates = [
        DigestPeriod(DigestFrequency.MONTHLY, f"{local:%Y-%m}", month_start),
        DigestPeriod(DigestFrequency.WEEKLY, f"{iso_year}-W{iso_week:02}", week_start),
    ]
    return [p for p in candidates if p.starts_at <= local < p.starts_at + CATCH_UP[p.frequency]]


def digest_contents(*, people, now: datetime) -> dict[int, dict]:
    """For a batch of people: upcoming sessions of their communities and communities new since their last digest.

    A fixed number of queries per batch, whatever its size."""
    Membership = apps.get_model("communities", "Membership")
    Community = apps.get_model("communities", "Community")
    Occurrence = apps.get_model("scheduling", "Occurrence")
    person_ids = [person.pk for person in people]
    communities_of: dict[int, set[int]] = {pk: set() for pk in person_ids}
    for user_id, community_id in Membership.objects.filter(user_id__in=person_ids, state="active").values_list(
        "user_id", "community_id"
    ):
        communities_of[user_id].add(community_id)
    all_communities = set().union(*communities_of.values()) if communities_of else set()
    sessions_by_community: dict[int, list[int]] = {}
    for pk, community_id in (
        Occurrence.objects.filter(
            series__community_id__in=all_communities, start__gte=now, start__lt=now + LOOK_AHEAD, cancelled_at=None
        )
        .order_by("start", "pk")
        .values_list("pk", "series__community_id")
    ):
        sessions_by_community.setdefault(community_id, []).append(pk)
    earliest = min((p.notification_settings_last or now - timedelta(days=31) for p in people), default=now)
    new_communities = list(
        Community.objects.filter(created_at__gt=earliest, visibility="listed", status="active")
        .order_by("created_at")
        .values_list("pk", "created_at")
    )
    Pair = apps.get_model("coaching", "Pair")
    pair_of: dict[int, object] = {}
    for pair in Pair.objects.filter(
        Q(person_a_id__in=person_ids) | Q(person_b_id__in=person_ids), state__in=["proposed", "trying", "active"]
    ):
        pair_of[pair.person_a_id] = pair_of[pair.person_b_id] = pair
    actions_due = _clip_actions_due(person_ids)
    contents = {}
    for person in people:
        since = person.notification_settings_last or now - timedelta(days=31)
        session_ids = sorted(
            (pk for community_id in communities_of[person.pk] for pk in sessions_by_community.get(community_id, [])),
        )
        new_ids = [pk for pk, created in new_communities if created > since and pk not in communities_of[person.pk]]
        pair = pair_of.get(person.pk)
        contents[person.pk] = {
            "occurrences": session_ids[:30],
            "communities": new_ids[:10],
            "pair": pair.pk if pair else None,
            "actions": actions_due.get(person.pk, [])[:20],
        }
    return contents


def _clip_actions_due(person_ids) -> dict[int, list[int]]:
    """CLIP actions each person holds that have no update yet for the current reporting period."""
    from clip_tracker.selectors import current_period, current_plan  # the plan's own rules for "current"

    plan = current_plan()
    period = current_period(plan=plan) if plan else None
    if period is None:
        return {}
    Action = apps.get_model("clip_tracker", "Action")
    due: dict[int, list[int]] = {}
    for action_id, holder_id in (
        Action.objects.filter(plan=plan, holders__in=person_ids)
        .exclude(updates__period=period)
        .exclude(status__in=["completed", "closed", "merged"])
        .order_by("number_major", "number_minor")
        .values_list("pk", "holders")
    ):
        due.setdefault(holder_id, []).append(action_id)
    return due


def digest_context(contents: dict) -> dict:
    """What a digest row stores: references to resolve when it is sent."""
    return {
        "occurrences": {"model": "scheduling.Occurrence", "ids": contents["occurrences"]},
        "communities": {"model": "communities.Community", "ids": contents["communities"]},
        "pairs": {"model": "coaching.Pair", "ids": [contents["pair"]] if contents["pair"] else []},
        "actions": {"model": "clip_tracker.Action", "ids": contents["actions"]},
    }


def has_content(contents: dict) -> bool:
    return bool(contents["occurrences"] or contents["communities"] or contents["pair"] or contents["actions"])


def digests_prepare(*, period: DigestPeriod, now: datetime | None = None, batch_size: int = BATCH_SIZE) -> int:
    """Queues this period's digest for everyone who wants one at this frequency; empty ones are skipped.

    Safe to die halfway and to run twice at once: each batch (its emails and its people's ``last_digest_at``) is
    committed on its own, a re-run skips everyone already queued for the period, and the outbox's unique
    (recipient, kind, dedupe_key) leaves one digest per person and period even when two runs meet
    (``ignore_conflicts``). The count returned is of rows offered, so two runs at once may both count a person."""
    now = now or timezone.now()
    User = get_user_model()
    wants = Q(notification_settings__digest=period.frequency)
    if period.frequency == DigestFrequency.MONTHLY:
        wants |= Q(notification_settings__isnull=True)  # monthly is the default
    already = OutboundEmail.objects.filter(kind=EmailKind.DIGEST, dedupe_key=f"{period.frequency}:{period.key}")
    people = (
        User.objects.filter(wants, is_active=True)
        .exclude(pk__in=already.values("recipient_id"))
        .annotate(notification_settings_last=F("notification_settings__last_digest_at"))
        .order_by("pk")
    )
    queued = 0
    last_pk = 0
    while True:
        batch = list(people.filter(pk__gt=last_pk)[:batch_size])
        if not batch:
            return queued
        last_pk = batch[-1].pk
        contents = digest_contents(people=batch, now=now)
        rows = [
            OutboundEmail(
                recipient_id=person.pk, kind=EmailKind.DIGEST, dedupe_key=f"{period.frequency}:{period.key}",
                template_prefix="notifications/email/digest", due_at=now,
                context={**digest_context(contents[person.pk]), "period": period.key},
            )
            for person in batch
            if has_content(contents[person.pk])
        ]
        with transaction.atomic():
            OutboundEmail.objects.bulk_create(rows, ignore_conflicts=True)
            NotificationSettings.objects.bulk_create(
                [NotificationSettings(user_id=row.recipient_id) for row in rows], ignore_conflicts=True
            )
            NotificationSettings.objects.filter(user_id__in=[row.recipient_id for row in rows]).update(
                last_digest_at=now
            )
        queued += len(rows)
