from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext, gettext_noop
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


PERIOD_YEARS = (2000, 2100)


ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WELSH_MONTHS = (
    "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
    "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr",
)  # fmt: skip


def period_label_from_dates(starts_on, ends_on, *, language: str) -> str:
    """A period's name made from its dates, in English or Welsh ("April 2026 – March 2027", "Ebrill 2026 – Mawrth
    2027"): the dash needs no mutation in Welsh, as "i" would ("i Fawrth")."""
    months = WELSH_MONTHS if language == "cy" else ENGLISH_MONTHS
    return f"{months[starts_on.month - 1]} {starts_on.year} – {months[ends_on.month - 1]} {ends_on.year}"


class ReportingPeriod(models.Model):
    """A stretch of the plan that holders write updates for and that ends in one published progress report.

    Exactly one period of a plan is current, chosen by a coordinator; once its report is published the period is
    closed and nothing of the report changes (a correction is a dated ``ReportErratum``)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="periods")
    label = models.CharField(_("label (English)"), max_length=100)
    label_cy = models.CharField(_("label (Welsh)"), max_length=100, blank=True)
    starts_on = models.DateField(_("starts"))
    ends_on = models.DateField(_("ends"))
    update_deadline = models.DateField(_("updates due by"))
    is_current = models.BooleanField(_("current period"), default=False)
    # The report's own words, in both languages (formatted text: paragraphs, lists, emphasis, links).
    report_title = models.CharField(_("report title (English)"), max_length=200, blank=True)
    report_title_cy = models.CharField(_("report title (Welsh)"), max_length=200, blank=True)
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    introduction = models.TextField(_("introduction (English)"), blank=True)
    introduction_cy = models.TextField(_("introduction (Welsh)"), blank=True)
    progress_preamble = models.TextField(_("“our progress” introduction (English)"), blank=True)
    progress_preamble_cy = models.TextField(_("“our progress” introduction (Welsh)"), blank=True)
    conclusion = models.TextField(_("conclusion (English)"), blank=True)
    conclusion_cy = models.TextField(_("conclusion (Welsh)"), blank=True)
    contact = models.TextField(_("how to contact us (English)"), blank=True)
    contact_cy = models.TextField(_("how to contact us (Welsh)"), blank=True)
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
        constraints = [
            models.UniqueConstraint(
                fields=["plan"], condition=models.Q(is_current=True), name="one_current_period_per_plan"
            ),
            models.CheckConstraint(
                condition=models.Q(ends_on__gt=models.F("starts_on")), name="period_ends_after_start"
            ),
            models.CheckConstraint(
                condition=models.Q(update_deadline__gte=models.F("starts_on")), name="period_deadline_after_start"
            ),
        ]

    def __str__(self):
        return self.label

    def get_absolute_url(self):
        return reverse("clip:report", args=[self.pk])

    def clean(self):
        errors = {}
        for name in ("starts_on", "ends_on", "update_deadline"):
            day = getattr(self, name)
            if day and not PERIOD_YEARS[0] <= day.year <= PERIOD_YEARS[1]:
                errors[name] = _("Enter a date between %(first)s and %(last)s.") % {
                    "first": PERIOD_YEARS[0],
                    "last": PERIOD_YEARS[1],
                }
        if errors:
            raise ValidationError(errors)  # a typing slip, such as year 9999: nothing else can be said of it
        if self.starts_on and self.ends_on and self.ends_on <= self.starts_on:
            errors["ends_on"] = _("The period must end after it starts.")
        if self.starts_on and self.update_deadline and self.update_deadline < self.starts_on:
            errors["update_deadline"] = _("Updates cannot be due before the period starts.")
        elif self.ends_on and self.update_deadline and self.update_deadline - self.ends_on > timedelta(days=92):
            errors["update_deadline"] = _("Updates must be due within three months of the period’s end.")
        if self.ends_on and self.publication_date and self.publication_date < self.ends_on:
            # A report is published once its period has ended: an earlier date is a typing slip.
            errors["publication_date"] = _(
                "The publication date must be on or after the day the period ends, %(date)s."
            ) % {"date": formats.date_format(self.ends_on, "j F Y")}
        if not errors and self.plan_id and self.starts_on and self.ends_on:
            overlapping = (
                ReportingPeriod.objects.filter(
                    plan_id=self.plan_id, starts_on__lte=self.ends_on, ends_on__gte=self.starts_on
                )
                .exclude(pk=self.pk)
                .first()
            )
            if overlapping:
                errors["starts_on"] = _("These dates overlap the period %(label)s.") % {"label": overlapping.label}
        if errors:
            raise ValidationError(errors)

    @property
    def is_closed(self) -> bool:
        """Published: the report is on the record and no update, narrative or text of it changes."""
        return self.published_at is not None


class KeyTerm(models.Model):
    """A term the report explains at its end, with its definition."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="key_terms")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    term = models.CharField(_("term (English)"), max_length=200)
    term_cy = models.CharField(_("term (Welsh)"), max_length=200, blank=True)
    definition = models.TextField(_("definition (English)"))
    definition_cy = models.TextField(_("definition (Welsh)"), blank=True)

    class Meta:
        ordering = ["period", "position", "pk"]
        verbose_name = _("key term")
        verbose_name_plural = _("key terms")

    def __str__(self):
        return self.term


class ReportErratum(models.Model):
    """A dated correction shown with a published report, which itself never changes."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="errata")
    text = models.TextField(_("correction (English)"))
    text_cy = models.TextField(_("correction (Welsh)"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["period", "created_at", "pk"]
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")

    def __str__(self):
        return f"{self.period} – {self.created_at:%Y-%m-%d}"


class Department(models.Model):
    """A part of the organisation that holds actions (a managed list, so reports and filters agree)."""

    name = models.CharField(_("name (English)"), max_length=200, unique=True)
    name_cy = models.CharField(_("name (Welsh)"), max_length=200, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")

    def __str__(self):
        return self.name


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
    """A theme's section of one period's report: its introduction, what we are learning, and our top tips."""

    theme = models.ForeignKey(Theme, on_delete=models.CASCADE, related_name="period_notes")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="theme_notes")
    introduction = models.TextField(_("introduction (English)"), blank=True)
    introduction_cy = models.TextField(_("introduction (Welsh)"), blank=True)
    learning = models.TextField(_("what we are learning (English)"), blank=True)
    learning_cy = models.TextField(_("what we are learning (Welsh)"), blank=True)
    top_tips = models.TextField(_("top tips (English)"), blank=True)
    top_tips_cy = models.TextField(_("top tips (Welsh)"), blank=True)

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
    lead_holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("lead holder"),
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="actions",
        verbose_name=_("department"),
    )
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


class ProposalOutcome(models.TextChoices):
    PENDING = "pending", _("Waiting for a coordinator")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Not accepted")


class ProgressUpdate(models.Model):
    """What a holder wrote during a period; its text never changes (a correction is a new update that names the one
    it corrects). A proposed status waits for a coordinator to accept or reject it."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="updates")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT, related_name="updates")
    status = models.CharField(_("status at the time"), max_length=12, choices=Status.choices)
    proposed_status = models.CharField(
        _("status proposed by the holder"), max_length=12, choices=Status.choices, blank=True
    )
    narrative = models.TextField(_("progress (English)"))
    narrative_cy = models.TextField(_("progress (Welsh)"), blank=True)
    proposal_outcome = models.CharField(
        _("what became of the proposal"), max_length=8, choices=ProposalOutcome.choices, blank=True
    )
    proposal_decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    proposal_decided_at = models.DateTimeField(null=True, blank=True)
    proposal_reply = models.TextField(_("coordinator’s reply"), blank=True)
    corrects = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="corrections")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")

    def __str__(self):
        return f"{self.action} – {self.created_at:%Y-%m-%d}"


class ActionNarrative(models.Model):
    """The narrative of record: what the period's report says about an action, composed by a coordinator from the
    holders' updates. Fixed once the period's report is published."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="narratives")
    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT, related_name="narratives")
    narrative = models.TextField(_("progress (English)"))
    narrative_cy = models.TextField(_("progress (Welsh)"), blank=True)
    composed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    composed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["action", "period"], name="one_narrative_per_action_and_period")]
        verbose_name = _("narrative of record")
        verbose_name_plural = _("narratives of record")

    def __str__(self):
        return f"{self.action} – {self.period}"


# Reasons Cylch itself gives for a status change, stored in English (gettext_noop) and translated when shown.
IMPORTED_REASON = gettext_noop("Imported from a spreadsheet")
SYSTEM_REASONS = frozenset({IMPORTED_REASON})


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

    @property
    def reason_shown(self) -> str:
        """The reason in the reader's language when Cylch wrote it (an import): those are kept in English and
        translated as they are shown; a person's own words are shown as written."""
        for reason in SYSTEM_REASONS:
            # Also those saved in Welsh before they were kept in English (an import run from a Welsh page).
            with translation.override("cy"):
                welsh = gettext(reason)
            if self.reason in (reason, welsh):
                return gettext(reason)
        return self.reason


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


class ReportPdf(models.Model):
    """A published report laid out as a PDF, kept so that a download never waits for it to be drawn again. Made from
    the stored HTML and the corrections; ``source_digest`` names exactly what it was made from, so a new correction
    (or a new print stylesheet) makes a new one."""

    period = models.ForeignKey(ReportingPeriod, on_delete=models.CASCADE, related_name="pdfs")
    language = models.CharField(max_length=2)
    source_digest = models.CharField(max_length=64)
    content = models.BinaryField()
    made_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["period", "language"], name="one_pdf_per_report_language")]

    def __str__(self):
        return f"{self.period} ({self.language}, pdf)"


class ActionFollower(models.Model):
    """Someone who wants an email when the action's status changes."""

    action = models.ForeignKey(Action, on_delete=models.CASCADE, related_name="followers")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["action", "user"], name="follow_once")]

    def __str__(self):
        return f"{self.user} follows {self.action}"
