import logging
from datetime import date, datetime, timedelta

from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from notifications.services import email_enqueue, model_ref
from portal.dates import LONDON, Weekday

from . import invitations
from .matching import Candidate, propose_pairs
from .models import (
    CURRENT_PAIR_STATES,
    DO_NOT_PAIR_LIMIT,
    CoachingEmailKind,
    CoachingProfile,
    MatchingRound,
    Pair,
    PairMeeting,
    PairState,
    PrivateNote,
    RoundStatus,
    do_not_pair_fingerprint,
)

ACCEPT_NUDGE = timedelta(days=4)
logger = logging.getLogger(__name__)
FIRST_MEETING_NUDGE = timedelta(days=14)


class CoachingError(Exception):
    """A step that cannot happen now; ``str()`` is a message for the person who asked."""


@transaction.atomic
def profile_save(
    *, profile: CoachingProfile, topics, do_not_pair_emails: list[str] | None = None, clear_do_not_pair: bool = False
) -> CoachingProfile:
    """Opts a person in (or keeps them in) with these preferences. A new do-not-pair list replaces the old one;
    none given keeps it. Only fingerprints of the addresses are stored (see ``do_not_pair_fingerprint``)."""
    if clear_do_not_pair:
        profile.do_not_pair_fingerprints = []
    elif do_not_pair_emails:
        own = do_not_pair_fingerprint(profile.user.email)
        fingerprints = {do_not_pair_fingerprint(email) for email in do_not_pair_emails[:DO_NOT_PAIR_LIMIT]}
        profile.do_not_pair_fingerprints = sorted(fingerprints - {own})
    profile.is_active = True
    profile.save()
    profile.topics.set(topics)
    return profile


@transaction.atomic
def profile_opt_out(*, user) -> None:
    """Stops being matched; history stays. A proposal waiting for them is declined so their partner goes back first.
    The do-not-pair list is cleared: it exists only for matching, so it is not kept once they have left."""
    CoachingProfile.objects.filter(user=user).update(is_active=False, do_not_pair_fingerprints=[])
    for pair in Pair.objects.select_for_update().filter(Q(person_a=user) | Q(person_b=user), state=PairState.PROPOSED):
        _decline(pair, user)


def _pool_candidates(today: date) -> list[Candidate]:
    busy = Pair.objects.filter(state__in=CURRENT_PAIR_STATES)
    busy_ids = set(busy.values_list("person_a_id", flat=True)) | set(busy.values_list("person_b_id", flat=True))
    met: dict[int, set[int]] = {}
    for a_id, b_id in Pair.objects.values_list("person_a_id", "person_b_id"):
        met.setdefault(a_id, set()).add(b_id)
        met.setdefault(b_id, set()).add(a_id)
    profiles = (
        CoachingProfile.objects.filter(is_active=True, user__is_active=True)
        .filter(Q(paused_until=None) | Q(paused_until__lt=today))
        .exclude(user_id__in=busy_ids)
        .select_related("user")
        .prefetch_related("topics")
        .order_by("user_id")
    )
    person_by_fingerprint = {do_not_pair_fingerprint(profile.user.email): profile.user_id for profile in profiles}
    return [
        Candidate(
            id=profile.user_id,
            organisation=profile.user.organisation,
            team=profile.user.team,
            grade=profile.grade,
            field=profile.field,
            job_title=profile.user.job_title,
            modes=frozenset(profile.modes),
            region=profile.region,
            language=profile.language,
            slots=frozenset(profile.availability),
            topics=frozenset(topic.pk for topic in profile.topics.all()),
            rounds_waited=profile.rounds_waited,
            blocked=frozenset(
                person_by_fingerprint[fingerprint]
                for fingerprint in profile.do_not_pair_fingerprints
                if fingerprint in person_by_fingerprint
            ),
            past_partners=frozenset(met.get(profile.user_id, ())),
        )
        for profile in profiles
    ]


def round_request_monthly(*, now=None) -> MatchingRound | None:
    """The scheduled round: one in the first days of each month unless a coordinator has already run one."""
    now = now or timezone.now()
    month_start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    if now.day > 3 or MatchingRound.objects.filter(created_at__gte=month_start).exists():
        return None
    return round_request(acting_user=None)


ROUND_LEASE = timedelta(minutes=10)  # a round of 2,000 people takes about ten seconds
ROUND_MAX_ATTEMPTS = 3


def _round_abandoned(now: datetime) -> Q:
    """A round RUNNING whose worker's lease has run out (or that never had one: rounds from before leases)."""
    return Q(status=RoundStatus.RUNNING) & (Q(claimed_until=None) | Q(claimed_until__lt=now))


def _rounds_give_up(now: datetime) -> int:
    """Marks failed every abandoned round whose workers have died ROUND_MAX_ATTEMPTS times, for a person to look at."""
    return MatchingRound.objects.filter(_round_abandoned(now), attempts__gte=ROUND_MAX_ATTEMPTS).update(
        status=RoundStatus.FAILED,
        claimed_until=None,
        finished_at=now,
        error=f"The worker stopped during the round {ROUND_MAX_ATTEMPTS} times.",
    )


@transaction.atomic
def round_request(*, acting_user) -> MatchingRound:
    """Queues a round, or returns the one already waiting; a Celery worker runs it (never the web request), within
    a minute. A round whose workers kept dying is marked failed here rather than returned, so it never blocks the
    next one."""
    _rounds_give_up(timezone.now())
    waiting = MatchingRound.objects.filter(status__in=[RoundStatus.QUEUED, RoundStatus.RUNNING]).order_by("created_at")
    return waiting.first() or MatchingRound.objects.create(started_by=acting_user)


def rounds_run_queued(*, now: datetime | None = None) -> int:
    """Runs every queued round and takes over every round whose worker died (its lease ran out), or marks it failed
    once its workers have died ROUND_MAX_ATTEMPTS times; returns how many rounds ran. Safe to run twice at once:
    each round is claimed before it runs (``round_run``). A round that raises is marked failed and the rest go on."""
    now = now or timezone.now()
    _rounds_give_up(now)
    due = MatchingRound.objects.filter(Q(status=RoundStatus.QUEUED) | _round_abandoned(now))
    due = due.order_by("created_at", "pk")
    ran = 0
    for round_id in list(due.values_list("pk", flat=True)):
        try:
            if round_run(round_id=round_id):
                ran += 1
        except Exception:
            logger.exception("Matching round %s failed", round_id)
    return ran


def _round_claim(*, round_id: int, now: datetime) -> datetime | None:
    """Takes a queued or abandoned round for this worker with a conditional UPDATE; returns the lease's end (which
    identifies this claim) or None if another worker has it, it has run, or its attempts are used up."""
    lease = now + ROUND_LEASE
    claimable = Q(status=RoundStatus.QUEUED) | (_round_abandoned(now) & Q(attempts__lt=ROUND_MAX_ATTEMPTS))
    claimed = MatchingRound.objects.filter(claimable, pk=round_id).update(
        status=RoundStatus.RUNNING,
        claimed_until=lease,
        started_at=now,
        attempts=F("attempts") + 1,
    )
    return lease if claimed else None


def round_run(*, round_id: int) -> MatchingRound | None:
    """Runs a round exactly once, even when two workers try at the same moment or the last one died halfway through:
    proposes pairs, tells everyone, and puts the odd one out first in line.

    The claim (a lease, committed at once) shows the round as running. All of the work (pairs, waiting counts,
    every email, DONE) is then one transaction that locks the round and first checks the lease is still this
    worker's: a worker that dies leaves nothing behind for the one that takes over, and a worker that was merely
    slow finds the round taken over, or waits for it, and proposes nothing."""
    lease = _round_claim(round_id=round_id, now=timezone.now())
    if lease is None:
        return None  # someone else has it, or it has run
    try:
        with transaction.atomic():
            matching_round = MatchingRound.objects.select_for_update().get(pk=round_id)
            if matching_round.status != RoundStatus.RUNNING or matching_round.claimed_until != lease:
                return None  # taken over after this worker's lease ran out
            pool = _pool_candidates(timezone.localdate())
            result = propose_pairs(pool, seed=matching_round.pk)
            pairs = Pair.objects.bulk_create(
                Pair(round=matching_round, person_a_id=a, person_b_id=b, score=score, score_parts=parts)
                for a, b, score, parts in result.pairs
            )
            paired_ids = [person for pair in result.pairs for person in pair[:2]]
            CoachingProfile.objects.filter(user_id__in=paired_ids).update(rounds_waited=0)
            CoachingProfile.objects.filter(user_id__in=result.waiting).update(rounds_waited=F("rounds_waited") + 1)
            for pair in pairs:
                _email_both(pair, "proposed")
                # A nudge if the proposal is still unanswered after a few days (dropped if answered by then).
                _email_both(pair, "remind_accept", due_at=timezone.now() + ACCEPT_NUDGE)
            for person_id in result.waiting:
                email_enqueue(
                    recipient_id=person_id,
                    kind=CoachingEmailKind.COACHING,
                    dedupe_key=f"round:{matching_round.pk}:waiting",
                    template_prefix="coaching/email/waiting",
                    context={"round": model_ref(matching_round)},
                )
            matching_round.pool_size = len(pool)
            matching_round.pairs_proposed = len(pairs)
            matching_round.waiting = result.waiting
            matching_round.status = RoundStatus.DONE
            matching_round.claimed_until = None
            matching_round.finished_at = timezone.now()
            matching_round.error = ""
            matching_round.save()
    except Exception as error:
        MatchingRound.objects.filter(pk=round_id, status=RoundStatus.RUNNING, claimed_until=lease).update(
            status=RoundStatus.FAILED,
            claimed_until=None,
            finished_at=timezone.now(),
            error=f"{type(error).__name__}: {error}"[:2000],
        )
        raise
    return matching_round


@transaction.atomic
def round_rerun(*, round: MatchingRound, acting_user) -> MatchingRound:
    """Puts a failed round, or one whose worker died (its lease has run out), back in the queue with fresh attempts,
    for the next sweep to run; a round already queued is left as it is. A failed run left nothing behind (a round's
    work is one transaction), so the re-run proposes each pair once. Raises CoachingError for a round that has run
    or is running under a live lease."""
    matching_round = MatchingRound.objects.select_for_update().get(pk=round.pk)
    if matching_round.status == RoundStatus.QUEUED:
        return matching_round
    now = timezone.now()
    stuck = matching_round.status == RoundStatus.RUNNING and (
        matching_round.claimed_until is None or matching_round.claimed_until < now
    )
    if matching_round.status != RoundStatus.FAILED and not stuck:
        raise CoachingError(_("Only a failed round, or one whose worker stopped, can be run again."))
    matching_round.status = RoundStatus.QUEUED
    matching_round.claimed_until = matching_round.finished_at = None
    matching_round.attempts = 0
    matching_round.save(update_fields=["status", "claimed_until", "finished_at", "attempts"])
    logger.info("Matching round %s queued again by user %s", matching_round.pk, getattr(acting_user, "pk", None))
    return matching_round


def _email_both(pair: Pair, template: str, *, due_at=None) -> None:
    """Queues ``coaching/email/<template>`` to both people of the pair (once each: the dedupe key names both)."""
    for person_id in (pair.person_a_id, pair.person_b_id):
        email_enqueue(
            recipient_id=person_id,
            kind=CoachingEmailKind.COACHING,
            dedupe_key=f"pair:{pair.pk}:{template.replace('_', '-')}",
            template_prefix=f"coaching/email/{template}",
            due_at=due_at,
            context={"pair": model_ref(pair)},
        )


def _locked_pair_of(pair: Pair, user) -> Pair:
    pair = Pair.objects.select_for_update().get(pk=pair.pk)
    if user.pk not in (pair.person_a_id, pair.person_b_id):
        raise CoachingError(_("This pair is not yours."))
    return pair


@transaction.atomic
def pair_accept(*, pair: Pair, user) -> Pair:
    """One person says yes; when both have, the pair moves on to a first meeting to try it."""
    pair = _locked_pair_of(pair, user)
    if pair.state == PairState.DECLINED:
        raise CoachingError(_("This proposal was declined, so it can no longer be accepted."))
    if pair.state != PairState.PROPOSED:
        raise CoachingError(_("You have both already accepted."))
    side = pair.side_of(user)
    if getattr(pair, f"{side}_accepted_at"):
        raise CoachingError(_("You have already accepted. We are waiting for your partner."))
    setattr(pair, f"{side}_accepted_at", timezone.now())
    if pair.a_accepted_at and pair.b_accepted_at:
        pair.state = PairState.TRYING
        _email_both(pair, "accepted")
        _email_both(pair, "remind_first_meeting", due_at=timezone.now() + FIRST_MEETING_NUDGE)
    pair.save()
    return pair


def _decline(pair: Pair, user) -> None:
    pair.state, pair.ended_at = PairState.DECLINED, timezone.now()
    pair.declined_by = user
    pair.save(update_fields=["state", "declined_by", "ended_at", "updated_at"])
    partner = pair.partner_of(user)
    # The partner did nothing wrong: first in line next round.
    CoachingProfile.objects.filter(user=partner).update(rounds_waited=F("rounds_waited") + 1)
    email_enqueue(
        recipient=partner,
        kind=CoachingEmailKind.COACHING,
        dedupe_key=f"pair:{pair.pk}:declined",
        template_prefix="coaching/email/declined",
        context={"pair": model_ref(pair)},
    )


@transaction.atomic
def pair_decline(*, pair: Pair, user) -> Pair:
    """Either person may say no, with no reason needed; both go back to the pool."""
    pair = _locked_pair_of(pair, user)
    if pair.state == PairState.DECLINED:
        raise CoachingError(_("This proposal has already been declined."))
    if pair.state != PairState.PROPOSED:
        raise CoachingError(_("You have both accepted already. You can end the pair from its page instead."))
    _decline(pair, user)
    return pair


@transaction.atomic
def meeting_record(*, pair: Pair, user, held_on: date) -> PairMeeting:
    pair = _locked_pair_of(pair, user)
    if pair.state not in (PairState.TRYING, PairState.ACTIVE):
        raise CoachingError(_("Meetings can be recorded once you have both accepted."))
    if held_on > timezone.localdate():
        raise CoachingError(_("The date of a meeting cannot be in the future."))
    if held_on < timezone.localtime(pair.created_at).date():
        raise CoachingError(_("The date of a meeting cannot be before you were paired."))
    meeting, created = PairMeeting.objects.get_or_create(pair=pair, held_on=held_on, defaults={"recorded_by": user})
    if not created:
        raise CoachingError(_("A meeting on that date is already recorded."))
    return meeting


@transaction.atomic
def carry_on_answer(*, pair: Pair, user, carry_on: bool) -> Pair:
    """After the first meeting each says privately whether to carry on; two yeses make a regular pair."""
    pair = _locked_pair_of(pair, user)
    if pair.state != PairState.TRYING:
        raise CoachingError(_("This question is only asked after your first meeting."))
    if not pair.meetings.exists():
        raise CoachingError(_("Record your first meeting before deciding whether to carry on."))
    setattr(pair, f"{pair.side_of(user)}_carry_on", carry_on)
    if pair.a_carry_on is False or pair.b_carry_on is False:
        pair.state, pair.ended_at = PairState.ENDED, timezone.now()
    elif pair.a_carry_on and pair.b_carry_on:
        pair.state = PairState.ACTIVE
    pair.save()
    return pair


@transaction.atomic
def pair_rhythm_set(*, pair: Pair, user, rhythm: str, slot_day: str = "", slot_time=None, slot_every: str = "") -> Pair:
    """Saves the pair's rhythm; a new or changed slot gets its first date fixed now (the same for both partners)
    and a higher SEQUENCE, so calendars replace the old entry."""
    pair = _locked_pair_of(pair, user)
    pair.rhythm = rhythm.strip()[:200]
    slot = (slot_day, slot_time, slot_every)
    fields = ["rhythm", "updated_at"]
    if slot != (pair.slot_day, pair.slot_time, pair.slot_every):
        pair.slot_day, pair.slot_time, pair.slot_every = slot
        pair.slot_starts_on = (
            slot_first_day(day=slot_day, today=timezone.now().astimezone(LONDON).date()) if all(slot) else None
        )
        pair.slot_sequence += 1
        fields += ["slot_day", "slot_time", "slot_every", "slot_starts_on", "slot_sequence"]
        pair.save(update_fields=fields)
        if invitations.slot_has_all(pair):
            invitations.slot_invitations_send(pair=pair, method=invitations.REQUEST)
        return pair
    pair.save(update_fields=fields)
    return pair


def slot_first_day(*, day: str, today):
    """The first ``day`` (a weekday code) on or after ``today``."""
    return today + timedelta(days=(Weekday.values.index(day) - today.weekday()) % 7)


@transaction.atomic
def pair_end(*, pair: Pair, user) -> Pair:
    pair = _locked_pair_of(pair, user)
    if pair.state in (PairState.ENDED, PairState.DECLINED):
        return pair
    if pair.state == PairState.PROPOSED:
        _decline(pair, user)
        return pair
    pair.state, pair.ended_at = PairState.ENDED, timezone.now()
    pair.save(update_fields=["state", "ended_at", "updated_at"])
    if invitations.slot_has_all(pair):
        invitations.slot_invitations_send(pair=pair, method=invitations.CANCEL)
    return pair


@transaction.atomic
def note_add(*, pair: Pair, user, text: str) -> PrivateNote:
    pair = _locked_pair_of(pair, user)
    if not text.strip():
        raise CoachingError(_("Write something in the note first."))
    return PrivateNote.objects.create(pair=pair, author=user, text=text.strip())


NOTES_KEPT_AFTER_PAIR_ENDS = timedelta(days=365)


@transaction.atomic
def coaching_forget_person(*, user) -> None:
    """Removes everything co-coaching holds about a person who is deleting their account.

    A partner in a current pair gets one kind email and goes first in the next round; the pair's record goes
    with the person (both sides of it: a pair cannot outlive one of its two people)."""
    current = Pair.objects.select_for_update().filter(
        Q(person_a=user) | Q(person_b=user), state__in=CURRENT_PAIR_STATES
    )
    for pair in current:
        partner_id = pair.person_b_id if pair.person_a_id == user.pk else pair.person_a_id
        CoachingProfile.objects.filter(user_id=partner_id).update(rounds_waited=F("rounds_waited") + 1)
        # Plain context only: the pair and the person are gone by the time it is sent.
        email_enqueue(
            recipient_id=partner_id,
            kind=CoachingEmailKind.COACHING,
            dedupe_key=f"pair:{pair.pk}:partner-left",
            template_prefix="coaching/email/partner_left",
            context={},
        )
    # About one round a month, so reading them all is cheap (and works where JSON "contains" does not: SQLite).
    for matching_round in MatchingRound.objects.only("pk", "waiting"):
        if user.pk in matching_round.waiting:
            matching_round.waiting = [person_id for person_id in matching_round.waiting if person_id != user.pk]
            matching_round.save(update_fields=["waiting"])
    PrivateNote.objects.filter(author=user).delete()
    Pair.objects.filter(Q(person_a=user) | Q(person_b=user)).delete()
    CoachingProfile.objects.filter(user=user).delete()


def private_notes_purge(*, now=None) -> int:
    """Deletes private notes a year after their pair ended or was declined; returns how many went."""
    cutoff = (now or timezone.now()) - NOTES_KEPT_AFTER_PAIR_ENDS
    # Pairs declined before ended_at was set for declines have only updated_at to go by.
    ended = (
        Pair.objects.filter(state__in=[PairState.ENDED, PairState.DECLINED])
        .annotate(ended=Coalesce("ended_at", "updated_at"))
        .filter(ended__lt=cutoff)
    )
    return PrivateNote.objects.filter(pair__in=ended).delete()[0]
