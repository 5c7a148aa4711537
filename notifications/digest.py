"""Digests of what is on: when each period's digest falls due (in Wales time), and what goes in one person's
(each app's registered section: ``notifications.registry.digest_section_register``)."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from portal.dates import LONDON

from . import registry
from .models import DigestFrequency, EmailKind, NotificationSettings, OutboundEmail
from .services import email_enqueue

DIGEST_HOUR = time(8, 0)
# A digest is still prepared if the workers were down at 08:00, but not weeks later to people who joined since.
CATCH_UP = {DigestFrequency.MONTHLY: timedelta(days=3), DigestFrequency.WEEKLY: timedelta(days=1)}
# What is "new" in someone's first digest: the last month.
FIRST_DIGEST_LOOKS_BACK = timedelta(days=31)
BATCH_SIZE = 500
TEMPLATE_PREFIX = "notifications/email/digest"


@dataclass(frozen=True)
class DigestPeriod:
    frequency: str
    key: str  # "2026-12" or "2026-W49"
    starts_at: datetime  # when it falls due: 08:00 Wales time on the 1st (or on Monday)

    @property
    def dedupe_key(self) -> str:
        return f"{self.frequency}:{self.key}"


def monthly_period(*, now: datetime) -> DigestPeriod:
    """The month ``now`` falls in, in Wales: 23:30 UTC on 31 August is already September there."""
    local = now.astimezone(LONDON)
    starts_at = datetime.combine(date(local.year, local.month, 1), DIGEST_HOUR, tzinfo=LONDON)
    return DigestPeriod(DigestFrequency.MONTHLY, f"{local:%Y-%m}", starts_at)


def weekly_period(*, now: datetime) -> DigestPeriod:
    """The ISO week ``now`` falls in, in Wales."""
    local = now.astimezone(LONDON)
    monday = local.date() - timedelta(days=local.weekday())
    iso_year, iso_week, _ = monday.isocalendar()
    starts_at = datetime.combine(monday, DIGEST_HOUR, tzinfo=LONDON)
    return DigestPeriod(DigestFrequency.WEEKLY, f"{iso_year}-W{iso_week:02}", starts_at)


def current_periods(*, now: datetime) -> list[DigestPeriod]:
    """The monthly and weekly digests due now: from 08:00 Wales time on the 1st (or the Monday), for a few days.

    Celery beat runs in UTC; the wall-clock moment is worked out here, so the clock changes never skip or
    double a digest."""
    candidates = [monthly_period(now=now), weekly_period(now=now)]
    return [p for p in candidates if p.starts_at <= now < p.starts_at + CATCH_UP[p.frequency]]


def digest_contents(*, people, now: datetime) -> dict[int, dict[str, list[int]]]:
    """For a batch of people (annotated with ``notification_settings_last``): {person id: {section key: [ids]}},
    from every section the apps registered.

    Each section makes a fixed number of queries per batch, whatever its size."""
    since = {person.pk: person.notification_settings_last or now - FIRST_DIGEST_LOOKS_BACK for person in people}
    contents: dict[int, dict[str, list[int]]] = {person.pk: {} for person in people}
    for section in registry.digest_sections():
        found = section.collect(people=people, since=since, now=now)
        for person in people:
            contents[person.pk][section.key] = found.get(person.pk, [])
    return contents


def digest_context(contents: dict[str, list[int]]) -> dict:
    """What a digest row stores: references to resolve when it is sent."""
    return {
        section.key: {"model": section.model, "ids": contents.get(section.key, [])}
        for section in registry.digest_sections()
    }


def has_content(contents: dict[str, list[int]]) -> bool:
    return any(contents.values())


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
    already = OutboundEmail.objects.filter(kind=EmailKind.DIGEST, dedupe_key=period.dedupe_key)
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
                recipient_id=person.pk,
                kind=EmailKind.DIGEST,
                dedupe_key=period.dedupe_key,
                template_prefix=TEMPLATE_PREFIX,
                due_at=now,
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


def digest_send_now(*, user, now: datetime | None = None) -> bool:
    """Queues this month's digest (Wales' month) to the person at once; False when there is nothing to put in it.
    The monthly run uses the same dedupe key, so the person still gets one digest for the month."""
    now = now or timezone.now()
    user.notification_settings_last = (
        NotificationSettings.objects.filter(user=user).values_list("last_digest_at", flat=True).first()
    )
    contents = digest_contents(people=[user], now=now)[user.pk]
    if not has_content(contents):
        return False
    period = monthly_period(now=now)
    email_enqueue(
        recipient=user,
        kind=EmailKind.DIGEST,
        dedupe_key=period.dedupe_key,
        template_prefix=TEMPLATE_PREFIX,
        context={**digest_context(contents), "period": period.key},
    )
    return True
