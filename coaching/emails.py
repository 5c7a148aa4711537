"""What the co-coaching app tells the outbox: its email kind, when a nudge queued days ahead is still wanted (only
while the pair is still in the state it was about), the slot's calendar invitation (``invitations.py``), and its
part of the digest (the person's current pair)."""

from django.db.models import Q

from notifications.registry import (
    digest_section_register,
    email_extras_register,
    email_kinds_register,
    send_condition_register,
)

from . import invitations
from .models import CURRENT_PAIR_STATES, CoachingEmailKind, Pair, PairState

# A nudge goes only if the pair is still where it was when the nudge was queued.
NUDGE_ONLY_WHILE = {
    "coaching/email/remind_accept": PairState.PROPOSED,
    "coaching/email/remind_first_meeting": PairState.TRYING,
}


def _pair_still(state: str):
    def still_wanted(context: dict) -> bool:
        pair = context.get("pair")
        return pair is not None and pair.state == state

    return still_wanted


def pairs_for_digest(*, people, since, now) -> dict[int, list[int]]:
    """Each person's current pair (proposed, trying or meeting regularly); one query."""
    person_ids = [person.pk for person in people]
    found: dict[int, list[int]] = {}
    for pair_id, person_a_id, person_b_id in Pair.objects.filter(
        Q(person_a_id__in=person_ids) | Q(person_b_id__in=person_ids), state__in=CURRENT_PAIR_STATES
    ).values_list("pk", "person_a_id", "person_b_id"):
        found[person_a_id] = found[person_b_id] = [pair_id]
    return found


def register() -> None:
    email_kinds_register(kinds=CoachingEmailKind.choices)
    for template_prefix, state in NUDGE_ONLY_WHILE.items():
        send_condition_register(template_prefix=template_prefix, still_wanted=_pair_still(state))
    for template_prefix in invitations.TEMPLATE_PREFIX.values():
        email_extras_register(template_prefix=template_prefix, extras=invitations.slot_invitation_extras)
        send_condition_register(template_prefix=template_prefix, still_wanted=invitations.slot_invitation_still_wanted)
    digest_section_register(
        key="pairs",
        model="coaching.Pair",
        collect=pairs_for_digest,
        position=30,
        html_template="coaching/digest/section.html",
        text_template="coaching/digest/section.txt",
    )
