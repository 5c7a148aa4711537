from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class ClipEmailKind(models.TextChoices):
    """This app's kind of email in the outbox (``OutboundEmail.kind``), registered in ``ClipTrackerConfig.ready``."""

    CLIP = "clip", _("CLIP action")


class Status(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    ON_TRACK = "on_track", _("On track")
    AT_RISK = "at_risk", _("At risk or delayed: timescale under review")
    PAUSED = "paused", _("Paused: not being progressed")
    COMPLETED = "completed", _("Completed")
    CLOSED = "closed", _("Closed: now business as usual")
    MERGED = "merged", _("Merged into another action")


# An action that needs no more updates: done, now business as usual, or merged into another.
FINISHED_STATUSES = (Status.COMPLETED, Status.CLOSED, Status.MERGED)


class Plan(models.Model):
    title = models.CharField(_("title (English)"), max_length=200)
    title_cy = models.CharField(_("title (Welsh)"), max_length=200, blank=True)
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))
    is_published = models.BooleanField(_("published"), default=False)

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("plan")
        verbose_name_plural = _("plans")

    def __str__(self):
        return self.title


class ReportingPeriod(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="periods")
    label = models.CharField(_("label (English)"), max_length=100)
    label_cy = models.CharField(_("label (Welsh)"), max_length=100, blank=True)
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))
    update_deadline = models.DateField(_("updates due by"))
    published_at = models.DateTimeField(_("report published"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("published by"),
    )

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")

    def __str__(self):
        return self.label

    def get_absolute_url(self):
        return reverse("clip:report", args=[self.pk])


class Theme(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="themes")
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title (English)"), max_length=200)
    title_cy = models.CharField(_("title (Welsh)"), max_length=200, blank=True)
    introduction = models.TextField(_("introduction (English)"), blank=True)
    introduction_cy = models.TextField(_("introduction (Welsh)"), blank=True)

    class Meta:
        ordering = ["plan", "number"]
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="one_theme_number_per_plan")]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return f"{self.number}. {self.title}"


class ThemePeriodNote(models.Model):
    """What a theme's people are learning, and what helps, in one reporting period."""

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="period_notes")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="theme_notes")
    learning = models.TextField(_("what we are learning (English)"), blank=True)
    learning_cy = models.TextField(_("what we are learning (Welsh)"), blank=True)
    helps = models.TextField(_("what helps (English)"), blank=True)
    helps_cy = models.TextField(_("what helps (Welsh)"), blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["theme", "period"], name="one_note_per_theme_and_period")]

    def __str__(self):
        return f"{self.theme} – {self.period}"


class Action(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="actions")
    theme = models.ForeignKey(Theme, on_delete=models.PROTECT, related_name="actions")
    number = models.CharField(_("number"), max_length=10)
    # "1.10" sorts after "1.9": numbers are ordered by their parts, kept as integers.
    number_major = models.PositiveSmallIntegerField(editable=False, default=0)
    number_minor = models.PositiveSmallIntegerField(editable=False, default=0)
    title = models.CharField(_("title (English)"), max_length=200)
    title_cy = models.CharField(_("title (Welsh)"), max_length=200, blank=True)
    commitment = models.TextField(_("commitment (English)"), blank=True)
    commitment_cy = models.TextField(_("commitment (Welsh)"), blank=True)
    holders = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="clip_actions", verbose_name=_("action holders")
    )
    holder_team = models.CharField(_("holding team or division"), max_length=200, blank=True)
    lead_coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lead coordinator"),
    )
    target_date = models.DateField(_("target date"), null=True, blank=True)
    topics = models.ManyToManyField("communities.Topic", blank=True, related_name="+", verbose_name=_("topics"))
    communities = models.ManyToManyField(
        "communities.Community", blank=True, related_name="clip_actions", verbose_name=_("related communities")
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.NOT_STARTED)
    reported_with = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reported together with"),
    )
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("merged into")
    )
    # Raised on every change; a form sends back the version it showed, so two saves never silently overwrite.
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["plan", "number_major", "number_minor"]
        constraints = [models.UniqueConstraint(fields=["plan", "number"], name="one_action_number_per_plan")]
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def __str__(self):
        return f"{self.number} {self.title}"

    def save(self, *args, **kwargs):
        major, _dot, minor = self.number.partition(".")
        self.number_major, self.number_minor = int(major or 0), int(minor or 0)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("clip:action", args=[self.number])


class ProgressUpdate(models.Model):
    """Append-only: a correction is a new update that names the one it corrects."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT, related_name="updates")
    status = models.CharField(_("status at the time"), max_length=12, choices=Status.choices)
    proposed_status = models.CharField(
        _("status proposed by the holder"), max_length=12, choices=Status.choices, blank=True
    )
    narrative = models.TextField(_("progress (English)"))
    narrative_cy = models.TextField(_("progress (Welsh)"), blank=True)
    corrects = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="corrections")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")

    def __str__(self):
        return f"{self.action} – {self.created_at:%Y-%m-%d}"


class StatusChange(models.Model):
    """The audit trail of an action's status: who, when and why."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=12, choices=Status.choices)
    to_status = models.CharField(max_length=12, choices=Status.choices)
    reason = models.TextField(_("why"))
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.action}: {self.from_status} → {self.to_status}"


class PublishedReport(models.Model):
    """A period's report as published, in one language and format; later edits never change it."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="snapshots")
    language = models.CharField(max_length=2)
    format = models.CharField(max_length=4)  # html, csv, json
    content = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["period", "language", "format"], name="one_snapshot_each")]

    def __str__(self):
        return f"{self.period} ({self.language}, {self.format})"


class ActionFollower(models.Model):
    """Someone who wants an email when the action's status changes."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="followers")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["action", "user"], name="follow_once")]

    def __str__(self):
        return f"{self.user} follows {self.action}"
