from dataclasses import dataclass

from django.db.models import Avg, Count, Prefetch, Q
from django.http import Http404

from communities.models import Topic

from .models import (
    CURRENT_PAIR_STATES,
    CoachingProfile,
    Grade,
    MatchingRound,
    Mode,
    Pair,
    PairMeeting,
    PairState,
    PrivateNote,
    RoundStatus,
)


def profile_of(*, user) -> CoachingProfile | None:
    return CoachingProfile.objects.filter(user=user).prefetch_related("topics").first()


def pair_current_of(*, user) -> Pair | None:
    return (
        Pair.objects.filter(Q(person_a=user) | Q(person_b=user), state__in=CURRENT_PAIR_STATES)
        .select_related("person_a", "person_b")
        .first()
    )


def pairs_past_of(*, user) -> list[Pair]:
    return list(
        Pair.objects.filter(
            Q(person_a=user) | Q(person_b=user), state__in=[PairState.DECLINED, PairState.ENDED]
        ).select_related("person_a", "person_b")[:20]
    )


def access_pair(*, pk: int, user) -> Pair:
    """The pair if ``user`` is one of its two people; 404 for everyone else, coordinators and superusers included."""
    pair = (
        Pair.objects.filter(pk=pk)
        .filter(Q(person_a=user) | Q(person_b=user))
        .select_related("person_a", "person_b")
        .first()
        if user.is_authenticated
        else None
    )
    if pair is None:
        raise Http404
    return pair


@dataclass(frozen=True)
class PairCommonGround:
    """What two matched people have in common, from what both chose to share (never the private lists);
    ``phrases.pair_reasons`` says it in words."""

    same_field: str  # the ``Field`` both work in, or ""
    similar_level: bool  # grades at most one apart
    same_job_title: bool
    different_organisations: bool
    modes: tuple[str, ...]  # ``Mode`` values both can use
    slots: tuple[str, ...]  # free times both gave, e.g. "TU-am", in the first person's order
    topics: tuple[Topic, ...]  # topics both want to reflect on, in the first person's order


def pair_common_ground(*, pair: Pair) -> PairCommonGround | None:
    """What the pair's two people share, or None if either has left co-coaching. Two queries."""
    profiles = {
        p.user_id: p
        for p in CoachingProfile.objects.filter(user_id__in=[pair.person_a_id, pair.person_b_id])
        .select_related("user")
        .prefetch_related("topics")
    }
    a, b = profiles.get(pair.person_a_id), profiles.get(pair.person_b_id)
    if not (a and b):
        return None
    b_topic_ids = {topic.pk for topic in b.topics.all()}
    return PairCommonGround(
        same_field=a.field if a.field == b.field else "",
        similar_level=abs(a.grade - b.grade) <= 1,
        same_job_title=a.user.job_title.casefold() == b.user.job_title.casefold(),
        different_organisations=a.user.organisation.casefold() != b.user.organisation.casefold(),
        modes=tuple(value for value in Mode.values if value in a.modes and value in b.modes),
        slots=tuple(slot for slot in a.availability if slot in b.availability),
        topics=tuple(topic for topic in a.topics.all() if topic.pk in b_topic_ids),
    )


def pair_meetings(*, pair: Pair) -> list[PairMeeting]:
    return list(pair.meetings.all())


def private_notes_of(*, pair: Pair, author) -> list[PrivateNote]:
    """The notes this person wrote about the pair: a note is only ever shown to its author."""
    return list(pair.private_notes.filter(author=author))


def pool_figures() -> dict:
    """Aggregates of the pool and its pairs, for coordinators: no names, no notes."""
    profiles = CoachingProfile.objects.filter(is_active=True)
    pairs = Pair.objects.all()
    decided = pairs.exclude(state=PairState.PROPOSED)
    accepted = decided.exclude(state=PairState.DECLINED).count()
    after_trial = pairs.filter(state__in=[PairState.ACTIVE, PairState.ENDED]).exclude(a_carry_on=None, b_carry_on=None)
    carried_on = pairs.filter(a_carry_on=True, b_carry_on=True).count()
    return {
        "pool": profiles.count(),
        "waiting": profiles.filter(rounds_waited__gt=0).count(),
        "average_rounds_waited": profiles.aggregate(value=Avg("rounds_waited"))["value"] or 0,
        "proposals_outstanding": pairs.filter(state=PairState.PROPOSED).count(),
        "acceptance_rate": round(100 * accepted / decided.count()) if decided.count() else None,
        "carry_on_rate": round(100 * carried_on / after_trial.count()) if after_trial.count() else None,
        "trying": pairs.filter(state=PairState.TRYING).count(),
        "active": pairs.filter(state=PairState.ACTIVE).count(),
        "rounds": list(MatchingRound.objects.all()[:10]),
        "round_waiting": MatchingRound.objects.filter(status__in=[RoundStatus.QUEUED, RoundStatus.RUNNING]).exists(),
        "grades": Grade.choices,
        "by_state": dict(pairs.values_list("state").annotate(n=Count("pk"))),
    }


def _profile_data(profile: CoachingProfile) -> dict:
    return {
        "opted_in": profile.is_active,
        "opted_in_at": profile.opted_in_at,
        "updated_at": profile.updated_at,
        "grade": profile.grade,
        "field": profile.field,
        "reflect_on": profile.reflect_on,
        "topics": sorted(topic.name for topic in profile.topics.all()),
        "ways_of_meeting": profile.modes,
        "region": profile.region,
        "language": profile.language,
        "availability": profile.availability,
        "frequency": profile.frequency,
        "paused_until": profile.paused_until,
        "rounds_waited": profile.rounds_waited,
        # Only fingerprints are kept, so the download can say how many addresses, not which.
        "do_not_pair_addresses_kept": len(profile.do_not_pair_fingerprints),
    }


def coaching_data_for(*, user) -> dict:
    """A person's co-coaching profile, pairs, meetings and their own notes, for their own download.

    A partner appears by display name only; the partner's notes, acceptance and "carry on?" answer never do.
    The do-not-pair list is kept only as fingerprints, so it is given back as a count."""
    profile = profile_of(user=user)
    pairs = (
        Pair.objects.filter(Q(person_a=user) | Q(person_b=user))
        .select_related("person_a", "person_b")
        .prefetch_related(
            "meetings", Prefetch("private_notes", queryset=PrivateNote.objects.filter(author=user), to_attr="own_notes")
        )
        .order_by("created_at")
    )
    return {
        "profile": _profile_data(profile) if profile else None,
        "pairs": [
            {
                "partner": pair.partner_of(user).display_name,
                "state": pair.state,
                "proposed_at": pair.created_at,
                "you_accepted_at": getattr(pair, f"{pair.side_of(user)}_accepted_at"),
                "your_carry_on_answer": getattr(pair, f"{pair.side_of(user)}_carry_on"),
                "declined_by_you": pair.declined_by_id == user.pk,
                "rhythm": pair.rhythm,
                "slot": {"day": pair.slot_day, "time": pair.slot_time, "every": pair.slot_every},
                "ended_at": pair.ended_at,
                "meetings": [
                    {"held_on": meeting.held_on, "recorded_by_you": meeting.recorded_by_id == user.pk}
                    for meeting in pair.meetings.all()
                ],
                "your_private_notes": [{"written_at": note.created_at, "text": note.text} for note in pair.own_notes],
            }
            for pair in pairs
        ],
    }


# The personal home (issue 17)
def pair_to_do_for(*, user) -> tuple[Pair | None, str]:
    """The person's current pair and what it waits for from them, in one query: "answer" (a proposal they have
    not accepted), "meeting" (trying, and no meeting recorded yet: did you meet?), "carry_on" (met, and their
    answer on carrying on not given) or "" (nothing)."""
    from django.db.models import Exists, OuterRef

    pair = (
        Pair.objects.filter(Q(person_a=user) | Q(person_b=user), state__in=CURRENT_PAIR_STATES)
        .annotate(has_met=Exists(PairMeeting.objects.filter(pair=OuterRef("pk"))))
        .select_related("person_a", "person_b")
        .first()
    )
    if pair is None:
        return None, ""
    side = pair.side_of(user)
    if pair.state == PairState.PROPOSED and not getattr(pair, f"{side}_accepted_at"):
        return pair, "answer"
    if pair.state == PairState.TRYING and not pair.has_met:
        return pair, "meeting"
    if pair.state == PairState.TRYING and getattr(pair, f"{side}_carry_on") is None:
        return pair, "carry_on"
    return pair, ""


def pool_ready_to_match(*, today=None) -> int:
    """For coordinators: how many opted-in people wait without a pair when no round is queued or running; 0 when
    a round is on its way or fewer than two could be matched (two queries at most)."""
    from django.db.models import Exists, OuterRef
    from django.utils import timezone

    if MatchingRound.objects.filter(status__in=[RoundStatus.QUEUED, RoundStatus.RUNNING]).exists():
        return 0
    today = today or timezone.localdate()
    in_a_pair = Pair.objects.filter(state__in=CURRENT_PAIR_STATES).filter(
        Q(person_a=OuterRef("user_id")) | Q(person_b=OuterRef("user_id"))
    )
    waiting = (
        CoachingProfile.objects.filter(is_active=True, user__is_active=True)
        .filter(Q(paused_until=None) | Q(paused_until__lt=today))
        .exclude(Exists(in_a_pair))
        .count()
    )
    return waiting if waiting >= 2 else 0
