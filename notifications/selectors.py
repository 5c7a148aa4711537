from datetime import date, datetime
from enum import StrEnum

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from portal.dates import LONDON

from .models import DigestFrequency, EmailKind, NotificationSettings, OutboundEmail


def notification_settings_for(*, user) -> NotificationSettings:
    """The person's email settings; the defaults (not saved) if they never changed them."""
    return NotificationSettings.objects.filter(user=user).first() or NotificationSettings(user=user)


def email_sent_before(*, recipient, kind: str, dedupe_key_prefix: str) -> bool:
    """Whether an email of this kind whose ``dedupe_key`` starts with the prefix has gone to the person."""
    return OutboundEmail.objects.filter(
        recipient=recipient, kind=kind, dedupe_key__startswith=dedupe_key_prefix, sent_at__isnull=False
    ).exists()


class UnsubscribeState(StrEnum):
    ASK = "ask"  # a good link, not yet used: the page asks what to do
    STOPPED = "stopped"
    LESS = "less"  # weekly digests became monthly
    USED = "used"  # used before: nothing changed
    UNKNOWN = "unknown"  # no digest was sent with this link: nothing changed


def digest_email_by_unsubscribe_token(*, token: str) -> OutboundEmail | None:
    return (
        OutboundEmail.objects.filter(unsubscribe_token_hash=OutboundEmail.hash_token(token), kind=EmailKind.DIGEST)
        .select_related("recipient")
        .first()
    )


def digest_unsubscribe_link(*, token: str) -> tuple[UnsubscribeState, NotificationSettings | None]:
    """What a digest's unsubscribe link offers now, changing nothing (mail scanners follow links)."""
    email = digest_email_by_unsubscribe_token(token=token)
    if email is None:
        return UnsubscribeState.UNKNOWN, None
    if email.unsubscribe_used_at:
        return UnsubscribeState.USED, None
    return UnsubscribeState.ASK, notification_settings_for(user=email.recipient)


def notification_data_for(*, user) -> dict:
    """A person's email settings and the emails sent or waiting for them, for their own download.

    Only what the email was and when: never its unsubscribe token or the stored context."""
    chosen = NotificationSettings.objects.filter(user=user).first()
    return {
        # No row means the person never changed the defaults.
        "settings": {
            "reminders": chosen.reminders,
            "digest": chosen.digest,
            "session_changes": chosen.session_changes,
            "calendar_invitations": chosen.calendar_invitations,
            "last_digest_at": chosen.last_digest_at,
            "updated_at": chosen.updated_at,
        }
        if chosen
        else None,
        "emails": [
            {
                "kind": email.kind,
                "subject": email.subject,
                "status": email.status,
                "queued_at": email.created_at,
                "due_at": email.due_at,
                "sent_at": email.sent_at,
                "failed_at": email.failed_at,
            }
            for email in OutboundEmail.objects.filter(recipient=user).order_by("created_at", "pk")
        ],
    }


def digest_sent_for_month(*, user, dedupe_key: str) -> OutboundEmail | None:
    """This month's digest to the person, if it has been queued or sent."""
    return OutboundEmail.objects.filter(recipient=user, kind=EmailKind.DIGEST, dedupe_key=dedupe_key).first()


def digest_next_monthly_on(*, now: datetime) -> date:
    """The 1st of the month after ``now``'s month in the UK, when the next monthly digest goes."""
    local = now.astimezone(LONDON).date()
    return date(local.year + 1, 1, 1) if local.month == 12 else date(local.year, local.month + 1, 1)


def digest_sent_now_message(*, frequency: str, now: datetime) -> str:
    """What "Send it to me now" tells the person, for how often they get digests: sending now uses this month's
    digest (one a month), and a weekly reader's Monday digests carry on as before."""
    if frequency == DigestFrequency.WEEKLY:
        return _(
            "Your digest is on its way. Your weekly digest still comes every Monday morning; you can send "
            "yourself one like this once a month."
        )
    if frequency == DigestFrequency.NEVER:
        return _(
            "Your digest is on its way. You have chosen not to get digests, so you will get no others unless "
            "you send one to yourself (once a month at most)."
        )
    return _("Your digest is on its way. It is this month’s digest, so your next one comes on %(day)s.") % {
        "day": date_format(digest_next_monthly_on(now=now), "j F Y")
    }
