import base64
import hashlib
import hmac
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from communities.models import MeetingLanguage
from portal.dates import LONDON


class SessionEmailKind(models.TextChoices):
    """This app's kinds of email in the outbox (``OutboundEmail.kind``), registered in ``SchedulingConfig.ready``."""

    REMINDER = "reminder", _("Session reminder")
    CANCELLATION = "cancelled", _("Session cancelled")
    CHANGE = "changed", _("Session changed")
    PROMOTION = "promoted", _("Place from the waiting list")
    INVITATION = "invitation", _("Calendar invitation")


class SessionFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    HYBRID = "hybrid", _("Hybrid (in person and online)")


class SessionSeries(models.Model):
    """What a host schedules: one session, or a rule (RFC 5545 RRULE) in London wall-clock time."""

    community = models.ForeignKey("communities.Community", on_delete=models.CASCADE, related_name="session_series")
    title = models.CharField(_("title (English)"), max_length=150)
    title_cy = models.CharField(_("title (Welsh)"), max_length=150, blank=True)
    description = models.TextField(_("description (English)"), blank=True)
    description_cy = models.TextField(_("description (Welsh)"), blank=True)
    format = models.CharField(_("format"), max_length=10, choices=SessionFormat.choices, default=SessionFormat.ONLINE)
    join_url = models.URLField(_("online joining link"), blank=True)
    location = models.CharField(_("place"), max_length=200, blank=True)
    capacity = models.PositiveIntegerField(_("places"), null=True, blank=True)
    language = models.CharField(
        _("language"), max_length=10, choices=MeetingLanguage.choices, default=MeetingLanguage.ENGLISH
    )
    is_public = models.BooleanField(_("listed publicly"), default=True)
    # Occurrences keep the first start's London wall-clock time across clock changes.
    first_start = models.DateTimeField(_("first start"))
    duration = models.DurationField(_("length"), default=timedelta(hours=1))
    # The host's plain choice (see recurrence.Recurrence) and the RFC 5545 rule built from it.
    recurrence = models.JSONField(default=dict, blank=True)
    rrule = models.CharField(_("recurrence rule"), max_length=300, blank=True)
    # No session on a UK bank holiday (England and Wales): the rule's date is simply not generated. The form
    # offers it, ticked, for weekday and weekly series.
    skip_bank_holidays = models.BooleanField(_("no sessions on bank holidays"), default=False)
    generated_until = models.DateTimeField(null=True, blank=True, editable=False)
    # Set when a host cancels "this and all following": nothing is generated from here on.
    stopped_from = models.DateTimeField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("session series")
        verbose_name_plural = _("session series")

    def __str__(self):
        return self.title


class Occurrence(models.Model):
    """One dated session of a series: what people RSVP to, and what a feed shows as one event."""

    series = models.ForeignKey(SessionSeries, on_delete=models.CASCADE, related_name="occurrences")
    # Where the rule put it (UTC); stays fixed when the occurrence is moved.
    original_start = models.DateTimeField()
    start = models.DateTimeField(db_index=True)
    end = models.DateTimeField()
    location = models.CharField(_("place"), max_length=200, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancel_reason = models.CharField(_("reason"), max_length=300, blank=True)
    # Raised on every change of time, place or status (RFC 5545 SEQUENCE).
    sequence = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["start", "pk"]
        verbose_name = _("occurrence")
        verbose_name_plural = _("occurrences")
        constraints = [models.UniqueConstraint(fields=["series", "original_start"], name="one_occurrence_per_slot")]
        # A series' next sessions, in order: the sessions list, the directory's "next session", the home.
        indexes = [models.Index(fields=["series", "start"], name="occurrence_series_start")]

    def __str__(self):
        return f"{self.series.title} {self.start:%Y-%m-%d %H:%M}"

    def get_absolute_url(self):
        return reverse("sessions:detail", args=[self.pk])

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    @property
    def place(self) -> str:
        return self.location or self.series.location

    @property
    def start_local(self):
        return self.start.astimezone(LONDON)

    @property
    def end_local(self):
        return self.end.astimezone(LONDON)


class RsvpStatus(models.TextChoices):
    GOING = "going", _("Going")
    WAITING = "waiting", _("On the waiting list")
    NOT_GOING = "not_going", _("Not going")


class Rsvp(models.Model):
    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="rsvps")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rsvps")
    status = models.CharField(max_length=10, choices=RsvpStatus.choices)
    # When the person joined the waiting list: first come, first served.
    waiting_since = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("RSVP")
        verbose_name_plural = _("RSVPs")
        constraints = [models.UniqueConstraint(fields=["occurrence", "user"], name="one_rsvp_per_person")]
        indexes = [models.Index(fields=["occurrence", "status"])]

    def __str__(self):
        return f"{self.user} – {self.occurrence}: {self.status}"


class Invitation(models.Model):
    """The calendar invitation (iMIP) a person going to a session was sent: its own UID (``invitation-<occurrence>-
    <person>``, never the feed's) and the SEQUENCE of the last email, raised by every later one, so calendar clients
    apply each update and cancellation to the same entry. ``cancelled_at`` is set when a CANCEL was queued."""

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="invitations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_invitations")
    sequence = models.PositiveIntegerField(default=0)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("calendar invitation")
        verbose_name_plural = _("calendar invitations")
        constraints = [models.UniqueConstraint(fields=["occurrence", "user"], name="one_invitation_per_person")]

    def __str__(self):
        return f"Invitation of {self.user} to {self.occurrence} ({self.sequence})"

    @property
    def uid_local_part(self) -> str:
        return f"invitation-{self.occurrence_id}-{self.user_id}"


class SessionChangeKind(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    MOVED = "moved", _("Moved")
    CANCELLED = "cancelled", _("Cancelled")
    DETAILS_CHANGED = "details_changed", _("Details changed")


class SessionChange(models.Model):
    """Who scheduled, moved, cancelled or changed a session, when, and what it was before: the history its hosts
    and coordinators see. Kept when the person's account goes, without their name."""

    series = models.ForeignKey(SessionSeries, on_delete=models.CASCADE, related_name="changes")
    # Empty when the change is to the whole series (scheduled, details changed); one row per session moved or
    # cancelled, so each session's page shows its own history.
    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, null=True, blank=True, related_name="changes")
    kind = models.CharField(max_length=20, choices=SessionChangeKind.choices)
    acting_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # What changed: the times and place before and after a move, the reason for a cancellation, the series' fields.
    from_start = models.DateTimeField(null=True, blank=True)
    from_end = models.DateTimeField(null=True, blank=True)
    to_start = models.DateTimeField(null=True, blank=True)
    to_end = models.DateTimeField(null=True, blank=True)
    from_place = models.CharField(max_length=200, blank=True)
    to_place = models.CharField(max_length=200, blank=True)
    reason = models.CharField(max_length=300, blank=True)
    fields_changed = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("session change")
        verbose_name_plural = _("session changes")

    def __str__(self):
        return f"{self.get_kind_display()} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def time_changed(self) -> bool:
        return bool(self.from_start and self.to_start) and (self.from_start, self.from_end) != (
            self.to_start,
            self.to_end,
        )

    @property
    def place_changed(self) -> bool:
        return self.from_place != self.to_place

    def _when(self, start, end) -> str:
        """ "12:00", or "12:00–13:30" when the length changed; with the date when the move changed the day."""
        same_day = self.from_start.astimezone(LONDON).date() == self.to_start.astimezone(LONDON).date()
        text = date_format(start.astimezone(LONDON), "H:i" if same_day else "j M Y, H:i")
        if self.from_end - self.from_start != self.to_end - self.to_start:
            text += "–" + date_format(end.astimezone(LONDON), "H:i")
        return text

    @property
    def moved_from(self) -> str:
        return self._when(self.from_start, self.from_end)

    @property
    def moved_to(self) -> str:
        return self._when(self.to_start, self.to_end)

    @property
    def fields_changed_labels(self) -> list[str]:
        """The series' changed fields by their names on the form, in the active language."""
        names = {field.name: field.verbose_name for field in SessionSeries._meta.get_fields() if field.concrete}
        return [str(names[name]) for name in self.fields_changed if name in names]


class CalendarFeedToken(models.Model):
    """A person's private feed address.

    The token is an HMAC of a random salt under SECRET_KEY, so the profile page can show it again while the
    database holds neither the token nor anything that yields it without the key. Lookups use its SHA-256.
    Rotating or revoking makes the old address a 404.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_tokens")
    salt = models.CharField(max_length=64)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("calendar feed token")
        verbose_name_plural = _("calendar feed tokens")
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=models.Q(revoked_at__isnull=True), name="one_live_feed_token_per_person"
            )
        ]

    def __str__(self):
        return f"Private feed of {self.user}"  # never the token

    @staticmethod
    def token_for(salt: str) -> str:
        digest = hmac.new(settings.SECRET_KEY.encode(), salt.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")  # 256 bits

    @staticmethod
    def new_salt() -> str:
        return secrets.token_hex(16)

    @property
    def token(self) -> str:
        return self.token_for(self.salt)


class FeedState(models.Model):
    """When a calendar feed's content last changed: one row per feed (kind, id and language, or a private feed's
    token hash), so Last-Modified moves on when an event leaves the feed, not only when one is edited."""

    key = models.CharField(max_length=100, unique=True)
    digest = models.CharField(max_length=64)  # SHA-256 of the feed's bytes
    changed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("calendar feed state")
        verbose_name_plural = _("calendar feed states")

    def __str__(self):
        return self.key.split(":", 1)[0] + " feed"  # never a private feed's token hash
