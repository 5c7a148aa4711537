from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from notifications import services as outbox
from portal.dates import LONDON, london_midnight
from portal.tokens import token_hash

from . import bounds, reminders
from . import recurrence as rec
from .models import (
    CalendarFeedToken,
    Occurrence,
    Rsvp,
    RsvpStatus,
    SessionChange,
    SessionChangeKind,
    SessionEmailKind,
    SessionSeries,
)

HORIZON = timedelta(days=365)


class SessionError(Exception):
    """A change that cannot happen; ``str()`` is a message for the person who asked."""


def _start_of_day(moment: datetime) -> datetime:
    return london_midnight(moment.astimezone(LONDON).date())


@transaction.atomic
def occurrences_generate(*, series: SessionSeries, until: datetime, not_before: datetime | None = None) -> int:
    """Creates the series' occurrences from ``not_before`` (or its start) up to ``until``, and moves its
    ``generated_until`` on in the same transaction; safe to run again (existing slots are kept as they are)."""
    start_after = series.generated_until or (series.first_start - timedelta(seconds=1))
    if not_before is not None:
        start_after = max(start_after, not_before - timedelta(seconds=1))
    if start_after >= until:
        return 0
    starts = rec.starts(first_start=series.first_start, rrule=series.rrule, between=(start_after, until))
    starts = [
        moment
        for moment in starts
        if moment > start_after and (series.stopped_from is None or moment < series.stopped_from)
    ]
    created = Occurrence.objects.bulk_create(
        [Occurrence(series=series, original_start=s, start=s, end=s + series.duration) for s in starts],
        ignore_conflicts=True,
    )
    SessionSeries.objects.filter(pk=series.pk).update(generated_until=until)
    series.generated_until = until
    return len(created)


def occurrences_extend_all(*, now: datetime | None = None) -> int:
    """Keeps every recurring series generated a year ahead (run by Celery beat).

    Each series is extended in its own transaction with its row locked: its new occurrences and its
    ``generated_until`` are committed together, so a worker that dies leaves each series either extended or
    untouched for the next run; a second run at the same moment waits for the lock and finds that series done
    (``one_occurrence_per_slot`` would refuse a second copy anyway)."""
    now = now or timezone.now()
    until = now + HORIZON
    total = 0
    due = (
        SessionSeries.objects.exclude(rrule="")
        .filter(stopped_from=None)
        .filter(Q(generated_until__lt=until) | Q(generated_until=None))
    )
    for series_id in list(due.order_by("pk").values_list("pk", flat=True)):
        with transaction.atomic():
            # Read again under the lock: another run, or a host cancelling the rest of the series, may have been first.
            series = due.select_for_update().filter(pk=series_id).first()
            if series is not None:
                # A series left behind (beat stopped for a while) catches up from today, not through the gap.
                total += occurrences_generate(series=series, until=until, not_before=_start_of_day(now))
    return total


@transaction.atomic
def series_create(*, series: SessionSeries, recurrence: rec.Recurrence, acting_user) -> SessionSeries:
    """Saves a new series with its rule and the occurrences of the coming year: at most one horizon's worth of
    rows, never the sessions of a start date in the past (a one-off keeps its single date)."""
    now = timezone.now()
    problem = bounds.session_date_problem(
        day=series.first_start.astimezone(LONDON).date(), today=now.astimezone(LONDON).date()
    )
    if problem:
        raise SessionError(problem)
    series.recurrence = recurrence.to_dict()
    series.rrule = rec.rrule_for(recurrence, first_start=series.first_start)
    series.created_by = acting_user
    series.save()
    # first_start stays the rule's anchor (so "every 2 weeks" keeps its rhythm); generation starts today.
    not_before = _start_of_day(now) if series.rrule else None
    occurrences_generate(series=series, until=max(now, series.first_start) + HORIZON, not_before=not_before)
    if not series.occurrences.exists():
        if not_before and rec.starts(
            first_start=series.first_start, rrule=series.rrule, between=(series.first_start, not_before)
        ):
            raise SessionError(
                _(
                    "Every date these choices give is already in the past. Check the start date and "
                    "the end of the repeat."
                )
            )
        raise SessionError(_("These choices give no dates at all. Check the start date and the end of the repeat."))
    SessionChange.objects.create(series=series, kind=SessionChangeKind.SCHEDULED, acting_user=acting_user)
    return series


@transaction.atomic
def series_update(*, series: SessionSeries, changed_fields: list[str], acting_user) -> SessionSeries:
    """Saves a series' details and who changed which; coming sessions show the change in every feed (a changed
    place raises SEQUENCE)."""
    series.save()
    coming = Occurrence.objects.filter(series=series, end__gte=timezone.now(), cancelled_at=None)
    if {"format", "join_url", "location"} & set(changed_fields):
        coming.update(sequence=F("sequence") + 1, updated_at=timezone.now())
    elif changed_fields:
        coming.update(updated_at=timezone.now())
    if changed_fields:
        SessionChange.objects.create(
            series=series,
            kind=SessionChangeKind.DETAILS_CHANGED,
            acting_user=acting_user,
            fields_changed=list(changed_fields),
        )
    return series


def _bump(occurrence: Occurrence, fields: list[str]) -> None:
    occurrence.sequence += 1
    occurrence.save(update_fields=[*fields, "sequence", "updated_at"])


@transaction.atomic
def occurrence_move(
    *, occurrence: Occurrence, start: datetime, end: datetime, location: str, acting_user, following: bool = False
) -> list[Occurrence]:
    """Moves one occurrence, or this and every later one in the series to the same London time of day, and records
    who moved each one from where."""
    problem = bounds.session_date_problem(
        day=start.astimezone(LONDON).date(), today=timezone.now().astimezone(LONDON).date()
    )
    if problem:
        raise SessionError(problem)
    occurrence = Occurrence.objects.select_for_update().select_related("series").get(pk=occurrence.pk)
    if occurrence.is_cancelled:
        raise SessionError(_("A cancelled session cannot be moved."))
    targets = [occurrence]
    if following:
        targets += list(
            Occurrence.objects.select_for_update()
            .filter(series=occurrence.series, original_start__gt=occurrence.original_start, cancelled_at=None)
            .order_by("start")
        )
    new_start_local, duration = start.astimezone(LONDON), end - start
    day_shift = new_start_local.date() - occurrence.start_local.date()
    changed, records = [], []
    series_place = occurrence.series.location
    for target in targets:
        before = (target.start, target.end, target.location or series_place)
        local_day = target.start_local.date() + day_shift
        target_start = datetime.combine(local_day, new_start_local.time(), tzinfo=LONDON)
        target.start, target.end = target_start, target_start + duration
        if location or target is occurrence:
            target.location = location
        if before != (target.start, target.end, target.location or series_place):
            records.append(
                SessionChange(
                    series_id=target.series_id,
                    occurrence=target,
                    kind=SessionChangeKind.MOVED,
                    acting_user=acting_user,
                    from_start=before[0],
                    from_end=before[1],
                    from_place=before[2],
                    to_start=target.start,
                    to_end=target.end,
                    to_place=target.location or series_place,
                )
            )
        _bump(target, ["start", "end", "location"])
        reminders.reminders_follow_move(occurrence=target)
        _tell(target, SessionEmailKind.CHANGE, "changed", only_if_they_want_changes=True)
        changed.append(target)
    if following:
        series = occurrence.series
        series.duration = duration
        series.first_start = datetime.combine(
            series.first_start.astimezone(LONDON).date(), new_start_local.time(), tzinfo=LONDON
        )
        series.save(update_fields=["duration", "first_start", "updated_at"])
    SessionChange.objects.bulk_create(records)
    return changed


@transaction.atomic
def occurrence_cancel(*, occurrence: Occurrence, reason: str, acting_user, following: bool = False) -> list[Occurrence]:
    """Cancels one occurrence, or the rest of the series; cancelled sessions stay visible, with the reason and who
    cancelled them."""
    queryset = Occurrence.objects.select_for_update().filter(pk=occurrence.pk)
    if following:
        # The series first, in a statement of its own: the query below then also sees any occurrences the horizon
        # job committed while we waited, and the job cannot add more until stopped_from is set.
        SessionSeries.objects.select_for_update().filter(pk=occurrence.series_id).first()
        queryset = Occurrence.objects.select_for_update().filter(
            series_id=occurrence.series_id, original_start__gte=occurrence.original_start
        )
    now = timezone.now()
    cancelled = []
    for target in queryset.filter(cancelled_at=None).select_related("series"):
        target.cancelled_at, target.cancel_reason = now, reason.strip()
        _bump(target, ["cancelled_at", "cancel_reason"])
        reminders.reminders_drop(occurrence=target)
        _tell(target, SessionEmailKind.CANCELLATION, "cancelled")
        cancelled.append(target)
    if following:
        SessionSeries.objects.filter(pk=occurrence.series_id).update(stopped_from=occurrence.original_start)
    SessionChange.objects.bulk_create(
        [
            SessionChange(
                series_id=target.series_id,
                occurrence=target,
                kind=SessionChangeKind.CANCELLED,
                acting_user=acting_user,
                reason=target.cancel_reason,
            )
            for target in cancelled
        ]
    )
    return cancelled


@transaction.atomic
def rsvp_set(*, occurrence: Occurrence, user, going: bool) -> Rsvp:
    """Records going / not going. With a capacity, the last seat goes to one person and later ones wait in line;
    a freed seat goes to whoever has waited longest, who is told by email."""
    # Locking the occurrence row serialises everyone answering for it at the same moment.
    occurrence = Occurrence.objects.select_for_update().select_related("series").get(pk=occurrence.pk)
    if occurrence.is_cancelled:
        raise SessionError(_("This session has been cancelled."))
    if occurrence.end <= timezone.now():
        raise SessionError(_("This session has already taken place."))
    rsvp, _created = Rsvp.objects.get_or_create(
        occurrence=occurrence, user=user, defaults={"status": RsvpStatus.NOT_GOING}
    )
    capacity = occurrence.series.capacity
    if going:
        if rsvp.status in (RsvpStatus.GOING, RsvpStatus.WAITING):
            return rsvp
        seats_taken = occurrence.rsvps.filter(status=RsvpStatus.GOING).count()
        if capacity is None or seats_taken < capacity:
            rsvp.status, rsvp.waiting_since = RsvpStatus.GOING, None
            reminders.reminders_schedule(occurrence=occurrence, user=user)
        else:
            rsvp.status, rsvp.waiting_since = RsvpStatus.WAITING, timezone.now()
        rsvp.save(update_fields=["status", "waiting_since", "updated_at"])
        return rsvp
    was_going = rsvp.status == RsvpStatus.GOING
    rsvp.status, rsvp.waiting_since = RsvpStatus.NOT_GOING, None
    rsvp.save(update_fields=["status", "waiting_since", "updated_at"])
    reminders.reminders_drop(occurrence=occurrence, user=user)
    if was_going:
        _promote_from_waiting_list(occurrence)
    return rsvp


@transaction.atomic
def rsvps_end_for_former_member(*, community, user, because_of) -> int:
    """Someone who left or was removed loses their places and waiting-list places at the community's coming
    sessions (freed places go to the waiting list), so no joining link keeps reaching them; they are told once."""
    now = timezone.now()
    answered = list(
        Rsvp.objects.filter(
            user=user,
            occurrence__series__community=community,
            occurrence__end__gte=now,
            status__in=[RsvpStatus.GOING, RsvpStatus.WAITING],
        ).values_list("occurrence_id", flat=True)
    )
    if not answered:
        return 0
    # Locked in one order, as rsvp_set locks them, so two changes to the same sessions wait rather than deadlock.
    occurrences = list(
        Occurrence.objects.select_for_update().filter(pk__in=answered).select_related("series").order_by("pk")
    )
    ended = 0
    for occurrence in occurrences:
        rsvp = Rsvp.objects.get(occurrence=occurrence, user=user)
        if rsvp.status not in (RsvpStatus.GOING, RsvpStatus.WAITING):
            continue
        was_going = rsvp.status == RsvpStatus.GOING
        rsvp.status, rsvp.waiting_since = RsvpStatus.NOT_GOING, None
        rsvp.save(update_fields=["status", "waiting_since", "updated_at"])
        reminders.reminders_drop(occurrence=occurrence, user=user)
        if was_going and not occurrence.is_cancelled:
            _promote_from_waiting_list(occurrence)
        ended += 1
    if ended:
        outbox.email_enqueue(
            recipient=user,
            kind=SessionEmailKind.CANCELLATION,
            dedupe_key=f"membership-event:{because_of.pk}:answers-ended",
            template_prefix="scheduling/email/answers_ended",
            context={"community": outbox.model_ref(community), "count": ended},
        )
    return ended


def rsvps_give_up_coming(*, user) -> int:
    """Frees the person's places at coming sessions (their account is going), so whoever waited longest gets
    each one and is told."""
    coming = Occurrence.objects.filter(
        rsvps__user=user, rsvps__status=RsvpStatus.GOING, cancelled_at=None, end__gt=timezone.now()
    )
    for occurrence in coming:
        rsvp_set(occurrence=occurrence, user=user, going=False)
    return len(coming)


def _promote_from_waiting_list(occurrence: Occurrence) -> None:
    capacity = occurrence.series.capacity
    seats_taken = occurrence.rsvps.filter(status=RsvpStatus.GOING).count()
    if capacity is not None and seats_taken >= capacity:
        return
    first = (
        occurrence.rsvps.select_for_update()
        .filter(status=RsvpStatus.WAITING)
        .select_related("user")
        .order_by("waiting_since", "pk")
        .first()
    )
    if first is None:
        return
    first.status, first.waiting_since = RsvpStatus.GOING, None
    first.save(update_fields=["status", "waiting_since", "updated_at"])
    outbox.email_enqueue(
        recipient=first.user,
        kind=SessionEmailKind.PROMOTION,
        dedupe_key=f"occurrence:{occurrence.pk}:promoted:{first.pk}:{first.updated_at.timestamp()}",
        template_prefix="scheduling/email/promoted",
        context={"occurrence": outbox.model_ref(occurrence), "series": outbox.model_ref(occurrence.series)},
    )
    reminders.reminders_schedule(occurrence=occurrence, user=first.user)


def _tell(occurrence: Occurrence, kind: str, template: str, *, only_if_they_want_changes: bool = False) -> None:
    """Queues an email about this session to everyone going or waiting (in the same transaction)."""
    answers = occurrence.rsvps.filter(status__in=[RsvpStatus.GOING, RsvpStatus.WAITING]).select_related("user")
    if only_if_they_want_changes:
        answers = answers.exclude(user__notification_settings__session_changes=False)
    for answer in answers:
        outbox.email_enqueue(
            recipient=answer.user,
            kind=kind,
            dedupe_key=f"occurrence:{occurrence.pk}:{template}:{occurrence.sequence}",
            template_prefix=f"scheduling/email/{template}",
            context={"occurrence": outbox.model_ref(occurrence), "series": outbox.model_ref(occurrence.series)},
        )


@transaction.atomic
def feed_token_rotate(*, user) -> CalendarFeedToken:
    """Gives a person a new private feed address; the old one stops working at once."""
    feed_token_revoke(user=user)
    salt = CalendarFeedToken.new_salt()
    return CalendarFeedToken.objects.create(
        user=user, salt=salt, token_hash=token_hash(CalendarFeedToken.token_for(salt))
    )


@transaction.atomic
def feed_token_revoke(*, user) -> None:
    CalendarFeedToken.objects.filter(user=user, revoked_at=None).update(revoked_at=timezone.now())
