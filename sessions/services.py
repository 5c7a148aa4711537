import dataclasses
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from notifications import services as outbox
from portal.dates import LONDON, date_on_weekday, london_midnight, weekday_of
from portal.tokens import token_hash

from . import bank_holidays, bounds, feed_versions, invitations, reminders
from . import recurrence as rec
from .models import (
    CalendarFeedToken,
    FeedState,
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
    if series.skip_bank_holidays and series.rrule:
        starts = _starts_without_bank_holidays(series=series, start_after=start_after, until=until)
    else:
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
    if created:
        feed_versions.sessions_changed()  # bulk_create sends no signal
    SessionSeries.objects.filter(pk=series.pk).update(generated_until=until)
    series.generated_until = until
    return len(created)


def _starts_without_bank_holidays(*, series: SessionSeries, start_after: datetime, until: datetime) -> list[datetime]:
    """The rule's starts up to ``until`` with bank holidays left out. A series of N sessions still holds N: the
    days it skips do not count towards the number, so the rule is read without its COUNT and the first N kept."""
    count = rec.rule_count(series.rrule)
    if count is None:
        starts = rec.starts(first_start=series.first_start, rrule=series.rrule, between=(start_after, until))
        return [moment for moment in starts if not bank_holidays.is_bank_holiday(moment.astimezone(LONDON).date())]
    everything = rec.starts(
        first_start=series.first_start,
        rrule=rec.rule_without_count(series.rrule),
        between=(series.first_start - timedelta(seconds=1), until),
    )
    kept = [moment for moment in everything if not bank_holidays.is_bank_holiday(moment.astimezone(LONDON).date())]
    return [moment for moment in kept[:count] if moment > start_after]


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


# What a calendar invitation shows of the series: a change sends everyone holding one an update.
INVITATION_FIELDS = {"format", "join_url", "location", "title", "title_cy"}


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
    if INVITATION_FIELDS & set(changed_fields):
        for occurrence in coming.filter(invitations__cancelled_at=None).distinct().select_related("series"):
            invitations.invitations_update(occurrence=occurrence)
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
    """Moves one occurrence, or this and every later one in the series to the same UK time of day, and records
    who moved each one from where. "This and following" splits the series there: the old one ends the day
    before, a new series with the new rule carries on (so the horizon job extends the new day and time), and the
    later occurrences, with their answers, belong to it. Nothing changes (no SEQUENCE, no email) when nothing
    differs."""
    problem = bounds.session_date_problem(
        day=start.astimezone(LONDON).date(), today=timezone.now().astimezone(LONDON).date()
    )
    if problem:
        raise SessionError(problem)
    if following:
        # The series first, as occurrence_cancel does: the horizon job cannot add rows behind our back.
        SessionSeries.objects.select_for_update().filter(pk=occurrence.series_id).first()
    occurrence = Occurrence.objects.select_for_update().select_related("series").get(pk=occurrence.pk)
    if occurrence.is_cancelled:
        raise SessionError(_("A cancelled session cannot be moved."))
    targets = [occurrence]
    later_cancelled = []
    if following:
        later = list(
            Occurrence.objects.select_for_update()
            .filter(series=occurrence.series, original_start__gt=occurrence.original_start)
            .order_by("start")
        )
        targets += [target for target in later if not target.is_cancelled]
        later_cancelled = [target for target in later if target.is_cancelled]
    new_start_local, duration = start.astimezone(LONDON), end - start
    day_shift = new_start_local.date() - occurrence.start_local.date()
    if following and day_shift and _meets_on_several_days(occurrence.series):
        raise SessionError(
            _(
                "This series meets on more than one day a week, so a change to this and all later sessions can change "
                "their time and place but not their day. Move this one session, or schedule a new series."
            )
        )
    changed, records = [], []
    series_place = occurrence.series.location
    old_series = occurrence.series
    new_series = (
        _series_split(
            occurrence=occurrence, start=start, duration=duration, day_shift=day_shift, acting_user=acting_user
        )
        if following
        else None
    )

    def shifted(moment: datetime) -> datetime:
        local_day = moment.astimezone(LONDON).date() + day_shift
        return datetime.combine(local_day, new_start_local.time(), tzinfo=LONDON)

    slot_of = _slots_after_split(series=new_series, occurrences=targets + later_cancelled, shifted=shifted)
    everything = sorted(targets + later_cancelled, key=lambda o: o.original_start, reverse=day_shift.days > 0)
    for target in everything:
        if target.is_cancelled:
            # Cancelled sessions follow to the new day too, so the new rule does not bring them back.
            target.series, target.original_start = new_series, slot_of(target)
            target.start, target.end = target.original_start, target.original_start + duration
            _bump(target, ["series", "original_start", "start", "end"])
            continue
        before = (target.start, target.end, target.location or series_place)
        fields = ["start", "end", "location"]
        if new_series is not None:
            # The split session is the new rule's first date, wherever it had been moved to before.
            target.series = new_series
            target.original_start = start if target is occurrence else slot_of(target)
            target.start = target.original_start
            fields += ["series", "original_start"]
        else:
            target.start = shifted(target.start)
        target.end = target.start + duration
        if location or target is occurrence:
            target.location = location
        if before == (target.start, target.end, target.location or series_place):
            if new_series is not None:
                target.save(update_fields=[*fields, "updated_at"])
            continue
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
        _bump(target, fields)
        reminders.reminders_follow_move(occurrence=target)
        # Whoever holds an invitation gets the update in it, as one email.
        invited = invitations.invitations_update(occurrence=target)
        _tell(target, SessionEmailKind.CHANGE, "changed", only_if_they_want_changes=True, except_user_ids=invited)
        changed.append(target)
    changed.sort(key=lambda o: o.start)
    SessionChange.objects.bulk_create(records)
    if new_series is not None:
        moved_ids = [target.pk for target in targets + later_cancelled]
        # Each session's history goes with it to the new series.
        SessionChange.objects.filter(occurrence_id__in=moved_ids).update(series=new_series)
        dropped = _drop_bank_holidays_after_split(series=new_series, occurrences=targets)
        changed = [target for target in changed if target.pk not in dropped]
        _series_fill_after_split(series=new_series, generated_until=old_series.generated_until)
    return changed


def _meets_on_several_days(series: SessionSeries) -> bool:
    rule = rec.Recurrence.from_dict(series.recurrence)
    return rule.kind == "weekdays" or (rule.kind == "weekly" and len(rule.weekdays) > 1)


def _series_split(*, occurrence: Occurrence, start: datetime, duration, day_shift, acting_user) -> SessionSeries:
    """Ends the occurrence's series the day before it and starts a new series there with the rule moved to the new
    day and time; a series with nothing earlier is changed in place instead. Returns the series that carries on."""
    series = occurrence.series
    old = rec.Recurrence.from_dict(series.recurrence)
    split_day = occurrence.original_start.astimezone(LONDON).date()
    weekdays = tuple(weekday_of(date_on_weekday(code) + day_shift) for code in old.weekdays)
    count = old.count
    if old.end == "after_count" and old.count and series.rrule:
        held = rec.starts(
            first_start=series.first_start,
            rrule=series.rrule,
            between=(series.first_start, occurrence.original_start - timedelta(seconds=1)),
        )
        count = max(old.count - len(held), 1)
    nth = old.nth
    if old.kind == "monthly_nth":
        # The new date's place in its month: "the last Friday" stays the last if the new date is a last one.
        day = start.astimezone(LONDON).date()
        is_last = (day + timedelta(days=7)).month != day.month
        nth = -1 if (is_last and (old.nth == -1 or day.day > 28)) else (day.day - 1) // 7 + 1
    recurrence = dataclasses.replace(old, weekdays=weekdays, count=count, nth=nth)
    has_earlier = Occurrence.objects.filter(series=series, original_start__lt=occurrence.original_start).exists()
    if not has_earlier:
        series.first_start, series.duration = start, duration
        series.recurrence = recurrence.to_dict()
        series.rrule = rec.rrule_for(recurrence, first_start=start)
        series.save(update_fields=["first_start", "duration", "recurrence", "rrule", "updated_at"])
        SessionChange.objects.create(
            series=series,
            kind=SessionChangeKind.DETAILS_CHANGED,
            acting_user=acting_user,
            fields_changed=["first_start", "rrule"],
        )
        return series
    ended = dataclasses.replace(old, end="on_date", until=split_day - timedelta(days=1), count=None)
    series.recurrence = ended.to_dict()
    series.rrule = rec.rrule_for(ended, first_start=series.first_start)
    series.save(update_fields=["recurrence", "rrule", "updated_at"])
    SessionChange.objects.create(
        series=series, kind=SessionChangeKind.DETAILS_CHANGED, acting_user=acting_user, fields_changed=["rrule"]
    )
    new_series = SessionSeries.objects.get(pk=series.pk)
    new_series.pk = None
    new_series.first_start, new_series.duration = start, duration
    new_series.recurrence = recurrence.to_dict()
    new_series.rrule = rec.rrule_for(recurrence, first_start=start)
    new_series.generated_until = None
    new_series.created_by = acting_user
    new_series.save()
    SessionChange.objects.create(series=new_series, kind=SessionChangeKind.SCHEDULED, acting_user=acting_user)
    return new_series


def _slots_after_split(*, series: SessionSeries | None, occurrences: list[Occurrence], shifted):
    """Where each occurrence goes in the series that carries on: the same shift of day and time for weekly rules;
    for monthly rules the new rule's date in the same month (the day before the last Tuesday is not always the
    last Monday)."""
    if series is None or not series.rrule or "FREQ=MONTHLY" not in series.rrule or not occurrences:
        return lambda target: shifted(target.original_start)
    last = max(o.original_start for o in occurrences) + timedelta(days=62)
    by_month = {}
    for moment in rec.starts(first_start=series.first_start, rrule=series.rrule, between=(series.first_start, last)):
        local = moment.astimezone(LONDON)
        by_month.setdefault((local.year, local.month), moment)

    def slot_of(target: Occurrence) -> datetime:
        local = target.original_start.astimezone(LONDON)
        return by_month.get((local.year, local.month)) or shifted(target.original_start)

    return slot_of


def _drop_bank_holidays_after_split(*, series: SessionSeries, occurrences: list[Occurrence]) -> set[int]:
    """Removes the moved sessions that now fall on a bank holiday the series skips (a Tuesday after Easter moved to
    Easter Monday), as the new rule would never have made them; one that someone has answered stays, for the host
    to keep or cancel."""
    if not series.skip_bank_holidays:
        return set()
    on_holidays = [
        target.pk
        for target in occurrences
        if not target.is_cancelled and bank_holidays.is_bank_holiday(target.start_local.date())
    ]
    answered = set(
        Rsvp.objects.filter(
            occurrence_id__in=on_holidays, status__in=[RsvpStatus.GOING, RsvpStatus.WAITING]
        ).values_list("occurrence_id", flat=True)
    )
    dropped = set(on_holidays) - answered
    if dropped:
        # Their change rows go with them; nobody was told of the move (nobody had answered).
        Occurrence.objects.filter(pk__in=dropped).delete()
    return dropped


def _series_fill_after_split(*, series: SessionSeries, generated_until: datetime | None) -> None:
    """Adds the new rule's dates that no moved session covers (a Monday whose Tuesday was a bank holiday), up to
    where the old series was generated; the moved sessions keep their slots."""
    if not series.rrule or generated_until is None:
        return
    series.generated_until = None
    occurrences_generate(series=series, until=generated_until, not_before=series.first_start)


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
        invited = invitations.invitations_cancel(occurrence=target, why=invitations.Why.CANCELLED)
        _tell(target, SessionEmailKind.CANCELLATION, "cancelled", except_user_ids=invited)
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
            invitations.invitation_request(occurrence=occurrence, user=user)
        else:
            rsvp.status, rsvp.waiting_since = RsvpStatus.WAITING, timezone.now()
        rsvp.save(update_fields=["status", "waiting_since", "updated_at"])
        return rsvp
    was_going = rsvp.status == RsvpStatus.GOING
    rsvp.status, rsvp.waiting_since = RsvpStatus.NOT_GOING, None
    rsvp.save(update_fields=["status", "waiting_since", "updated_at"])
    reminders.reminders_drop(occurrence=occurrence, user=user)
    invitations.invitations_cancel(occurrence=occurrence, user=user, why=invitations.Why.WITHDRAWN)
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
        invitations.invitations_cancel(occurrence=occurrence, user=user, why=invitations.Why.LEFT)
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
    # An invitation says the place is theirs and puts it in their calendar, as one email; without one, a notice.
    if invitations.invitation_request(occurrence=occurrence, user=first.user, why=invitations.Why.PROMOTED) is None:
        outbox.email_enqueue(
            recipient=first.user,
            kind=SessionEmailKind.PROMOTION,
            dedupe_key=f"occurrence:{occurrence.pk}:promoted:{first.pk}:{first.updated_at.timestamp()}",
            template_prefix="scheduling/email/promoted",
            context={"occurrence": outbox.model_ref(occurrence), "series": outbox.model_ref(occurrence.series)},
        )
    reminders.reminders_schedule(occurrence=occurrence, user=first.user)


def _tell(
    occurrence: Occurrence,
    kind: str,
    template: str,
    *,
    only_if_they_want_changes: bool = False,
    except_user_ids: set[int] = frozenset(),
) -> None:
    """Queues an email about this session to everyone going or waiting (in the same transaction), except those
    already told in their calendar invitation."""
    answers = (
        occurrence.rsvps.filter(status__in=[RsvpStatus.GOING, RsvpStatus.WAITING])
        .exclude(user_id__in=except_user_ids)
        .select_related("user")
    )
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


FEED_STATE_CACHE_SECONDS = 24 * 60 * 60


def feed_state_record(*, key: str, digest: str, now: datetime | None = None) -> datetime:
    """When the feed ``key`` last changed, given the ``digest`` of the bytes about to be served (its Last-Modified).

    The newest ``updated_at`` of a feed's events does not move when an event leaves it, so each feed keeps one
    ``FeedState`` row: the digest last served and when it last differed, read through the cache (an unchanged
    feed costs no query).

    The first time a digest is seen, that is now, and at least a second after the previous change, since
    HTTP dates count whole seconds: two changes within one second must still give two Last-Modified dates.
    A change is one read and one conditional UPDATE (over the state read), so two workers cannot both move it.
    """
    cache_key = "feed-state:" + key
    cached = cache.get(cache_key)
    if cached is not None and cached[0] == digest:
        return cached[1]
    now = (now or timezone.now()).replace(microsecond=0)
    stored = FeedState.objects.filter(key=key).values_list("digest", "changed_at").first()
    if stored is None:  # the feed's first request (two at once: one row, whichever came first)
        FeedState.objects.bulk_create([FeedState(key=key, digest=digest, changed_at=now)], ignore_conflicts=True)
        changed_at = now
    elif stored[0] == digest:
        changed_at = stored[1]
    else:
        changed_at = max(now, stored[1] + timedelta(seconds=1))
        # Only over the state just read: if another worker recorded a change meanwhile, theirs stands.
        FeedState.objects.filter(key=key, digest=stored[0]).update(digest=digest, changed_at=changed_at)
    cache.set(cache_key, (digest, changed_at), FEED_STATE_CACHE_SECONDS)
    return changed_at
