"""What the sessions app tells the outbox: its email kinds; what it adds to its emails when they are sent (the
joining link, only if the recipient may see it at that moment; on invitations the session as an iMIP calendar,
see ``invitations.py``); and its part of the digest (the person's coming sessions)."""

from datetime import timedelta

from communities.models import MembershipState
from notifications.registry import (
    digest_section_register,
    email_extras_register,
    email_kinds_register,
    send_condition_register,
)

from . import invitations, selectors
from .models import Occurrence, SessionEmailKind
from .reminders import TEMPLATE_PREFIX as REMINDER

WITH_JOIN_LINK = (REMINDER, "scheduling/email/changed", "scheduling/email/promoted")
DIGEST_LOOKS_AHEAD = timedelta(weeks=5)
DIGEST_MOST_SESSIONS = 30


def session_email_extras(*, context: dict, recipient) -> tuple[dict, list]:
    occurrence = context.get("occurrence")
    if occurrence is None:
        return {}, []
    join_url = selectors.join_link_for(occurrence=occurrence, user=recipient)
    more = {"join_url": join_url}
    if context.get("lead_minutes") is not None:
        # A reminder carries no calendar file (a copy that could go stale): it says whether the person's calendar
        # holds the session through an invitation, which keeps itself up to date.
        more["invited"] = invitations.invitation_held(occurrence=occurrence, user=recipient)
    return more, []


def sessions_for_digest(*, people, since, now) -> dict[int, list[int]]:
    """Each person's sessions in the next five weeks in the communities they are a member of, in date order; one
    query. The digest shows a repeating series on one line (``templatetags.scheduling_tags.digest_lines``), so
    the limit is on lines: at most ``DIGEST_MOST_SESSIONS`` one-off sessions and series, each series with all its
    sessions in the period."""
    found: dict[int, list[int]] = {}
    lines: dict[int, set] = {}
    for occurrence_id, user_id, series_id, rrule in (
        Occurrence.objects.filter(
            # One filter() call, so the membership checked is the one whose user is returned.
            series__community__memberships__user_id__in=[person.pk for person in people],
            series__community__memberships__state=MembershipState.ACTIVE,
            start__gte=now,
            start__lt=now + DIGEST_LOOKS_AHEAD,
            cancelled_at=None,
        )
        .order_by("start", "pk")
        .values_list("pk", "series__community__memberships__user_id", "series_id", "series__rrule")
    ):
        line = ("series", series_id) if rrule else ("session", occurrence_id)
        seen = lines.setdefault(user_id, set())
        if line not in seen:
            if len(seen) >= DIGEST_MOST_SESSIONS:
                continue
            seen.add(line)
        found.setdefault(user_id, []).append(occurrence_id)
    return found


def register() -> None:
    email_kinds_register(kinds=SessionEmailKind.choices)
    for template_prefix in WITH_JOIN_LINK:
        email_extras_register(template_prefix=template_prefix, extras=session_email_extras)
    for template_prefix in invitations.TEMPLATE_PREFIX.values():
        email_extras_register(template_prefix=template_prefix, extras=invitations.invitation_email_extras)
        send_condition_register(template_prefix=template_prefix, still_wanted=invitations.invitation_still_wanted)
    digest_section_register(
        key="occurrences",
        model="scheduling.Occurrence",
        collect=sessions_for_digest,
        position=10,
        html_template="scheduling/digest/section.html",
        text_template="scheduling/digest/section.txt",
    )
