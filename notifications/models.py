import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.tokens import token_hash

from .registry import email_kind_choices


class ReminderTiming(models.TextChoices):
    DAY = "day", _("A day before")
    HOUR = "hour", _("An hour before")
    BOTH = "both", _("Both a day and an hour before")
    NONE = "none", _("No reminders")


class DigestFrequency(models.TextChoices):
    MONTHLY = "monthly", _("Monthly")
    WEEKLY = "weekly", _("Weekly")
    NEVER = "never", _("Never")


LEAD_MINUTES = {
    ReminderTiming.DAY: [24 * 60],
    ReminderTiming.HOUR: [60],
    ReminderTiming.BOTH: [24 * 60, 60],
    ReminderTiming.NONE: [],
}


class NotificationSettings(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_settings"
    )
    reminders = models.CharField(
        _("session reminders"), max_length=5, choices=ReminderTiming.choices, default=ReminderTiming.DAY
    )
    digest = models.CharField(
        _("email digest of what is on"), max_length=8, choices=DigestFrequency.choices, default=DigestFrequency.MONTHLY
    )
    session_changes = models.BooleanField(
        _("email me when a session I am going to moves (cancellations are always sent)"), default=True
    )
    # An iMIP invitation (RFC 6047) that puts the session in the person's own calendar and keeps it up to date.
    calendar_invitations = models.BooleanField(_("send calendar invitations for sessions I am going to"), default=True)
    last_digest_at = models.DateTimeField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notification settings")
        verbose_name_plural = _("notification settings")

    def __str__(self):
        return f"Email settings of {self.user}"

    @property
    def lead_minutes(self) -> list[int]:
        return LEAD_MINUTES[self.reminders]


class EmailKind(models.TextChoices):
    """The outbox's own kinds. Every other app registers its kinds from its ``ready()`` (``notifications.registry``)."""

    DIGEST = "digest", _("Digest")


class OutboundEmail(models.Model):
    """One email that must go out exactly once: written in the same transaction as the change that causes it,
    sent by the sweep when due. ``dedupe_key`` makes a second copy impossible even by mistake."""

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="outbound_emails")
    # The choices are read from the registry when used, so the apps' kinds need no migration here.
    kind = models.CharField(max_length=16, choices=email_kind_choices)
    dedupe_key = models.CharField(max_length=120)
    template_prefix = models.CharField(max_length=120)
    # Model references ({"name": ["app_label.Model", pk]}) and plain values, resolved when the email is sent,
    # so it shows the latest time and place, in the recipient's language at that moment.
    context = models.JSONField(default=dict)
    due_at = models.DateTimeField(db_index=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    subject = models.CharField(max_length=300, blank=True)
    unsubscribe_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    unsubscribe_used_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("email")
        verbose_name_plural = _("sent-mail log")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["recipient", "kind", "dedupe_key"], name="one_email_per_purpose")
        ]
        indexes = [models.Index(fields=["sent_at", "failed_at", "due_at"])]

    def __str__(self):
        return f"{self.get_kind_display()} to {self.recipient} ({self.status})"

    @property
    def status(self) -> str:
        if self.sent_at:
            return "sent"
        if self.failed_at:
            return "failed"
        return "waiting"

    @staticmethod
    def new_unsubscribe_token() -> tuple[str, str]:
        token = secrets.token_urlsafe(32)
        return token, token_hash(token)

    @staticmethod
    def hash_token(token: str) -> str:
        return token_hash(token)
