from .models import NotificationSettings, OutboundEmail


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
            "last_digest_at": chosen.last_digest_at,
            "updated_at": chosen.updated_at,
        } if chosen else None,
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
