"""Reminders of a session someone is going to: outbox rows due at the lead times they chose in their email
settings, moved with the session and dropped when they stop going or it is cancelled. Called inside the
transaction of the change (``services.rsvp_set``, ``occurrence_move``, ``occurrence_cancel``)."""

from datetime import datetime, timedelta

from django.utils import timezone

from notifications import selectors as notification_selectors
from notifications import services as outbox

from .models import Occurrence, SessionEmailKind

TEMPLATE_PREFIX = "scheduling/email/reminder"


def _dedupe_key_prefix(occurrence: Occurrence) -> str:
    return f"occurrence:{occurrence.pk}:"


def reminders_schedule(*, occurrence: Occurrence, user, now: datetime | None = None) -> list:
    """Queues the person's reminders for a session they are going to, at their chosen lead times."""
    now = now or timezone.now()
    if occurrence.start <= now:
        return []
    leads = notification_selectors.notification_settings_for(user=user).lead_minutes
    overdue = [lead for lead in leads if occurrence.start - timedelta(minutes=lead) <= now]
    # Of the reminders already due, one is enough: the one nearest the start.
    leads = [lead for lead in leads if lead not in overdue or lead == min(overdue)]
    queued = []
    for lead in leads:
        due_at = max(occurrence.start - timedelta(minutes=lead), now)
        email = outbox.email_enqueue(
            recipient=user,
            kind=SessionEmailKind.REMINDER,
            dedupe_key=f"{_dedupe_key_prefix(occurrence)}{lead}",
            template_prefix=TEMPLATE_PREFIX,
            context={
                "occurrence": outbox.model_ref(occurrence),
                "series": outbox.model_ref(occurrence.series),
                "lead_minutes": lead,
            },
            due_at=due_at,
        )
        queued.append(email)
    return queued


def reminders_drop(*, occurrence: Occurrence, user=None) -> int:
    """Removes reminders not yet sent (someone is no longer going, or the session is cancelled)."""
    return outbox.emails_unsent_drop(
        kind=SessionEmailKind.REMINDER, dedupe_key_prefix=_dedupe_key_prefix(occurrence), recipient=user
    )


def reminders_follow_move(*, occurrence: Occurrence, now: datetime | None = None) -> int:
    """A moved session's unsent reminders move with it."""
    now = now or timezone.now()
    return outbox.emails_unsent_reschedule(
        kind=SessionEmailKind.REMINDER,
        dedupe_key_prefix=_dedupe_key_prefix(occurrence),
        due_at_for=lambda context: max(occurrence.start - timedelta(minutes=context["lead_minutes"]), now),
    )
