"""What the CLIP app tells the outbox: its email kind and its part of the digest (the actions the person holds
that are waiting for this reporting period's update)."""

from notifications.registry import digest_section_register, email_kinds_register

from .models import FINISHED_STATUSES, Action, ClipEmailKind
from .selectors import period_current, plan_current

DIGEST_MOST_ACTIONS = 20


def actions_waiting_for_digest(*, people, since, now) -> dict[int, list[int]]:
    """The unfinished actions each person holds in the current plan with no update yet for the current period, in
    the plan's order; three queries (one when no plan is published)."""
    plan = plan_current()
    period = period_current(plan=plan) if plan else None
    if period is None or period.is_closed:
        return {}
    waiting: dict[int, list[int]] = {}
    for action_id, holder_id in (
        Action.objects.filter(plan=plan, holders__in=[person.pk for person in people])
        .exclude(updates__period=period)
        .exclude(status__in=FINISHED_STATUSES)
        .order_by("number_major", "number_minor")
        .values_list("pk", "holders")
    ):
        waiting.setdefault(holder_id, []).append(action_id)
    return {holder_id: ids[:DIGEST_MOST_ACTIONS] for holder_id, ids in waiting.items()}


def register() -> None:
    email_kinds_register(kinds=ClipEmailKind.choices)
    digest_section_register(
        key="actions",
        model="clip_tracker.Action",
        collect=actions_waiting_for_digest,
        position=40,
        html_template="clip_tracker/digest/section.html",
        text_template="clip_tracker/digest/section.txt",
    )
