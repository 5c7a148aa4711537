"""What the sessions app adds to its emails when they are sent: the joining link (only if the recipient may see
it at that moment) and, on reminders, the session as a calendar file."""

from notifications.services import email_extras_register

from . import selectors
from .feeds import occurrence_ics_bytes

REMINDER = "notifications/email/reminder"
WITH_JOIN_LINK = (REMINDER, "scheduling/email/changed", "scheduling/email/promoted")


def session_email_extras(*, context: dict, recipient) -> tuple[dict, list]:
    occurrence = context.get("occurrence")
    if occurrence is None:
        return {}, []
    join_url = selectors.join_link_for(occurrence=occurrence, user=recipient)
    attachments = []
    if context.get("lead_minutes") is not None:  # a reminder
        attachments.append((f"session-{occurrence.pk}.ics", occurrence_ics_bytes(occurrence, join_url=join_url),
                            "text/calendar; charset=utf-8; method=PUBLISH"))
    return {"join_url": join_url}, attachments


def register() -> None:
    for template_prefix in WITH_JOIN_LINK:
        email_extras_register(template_prefix=template_prefix, extras=session_email_extras)
