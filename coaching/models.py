from django.conf import settings
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from portal.dates import WORKING_DAYS


class Field(models.TextChoices):
    POLICY = "policy", _("Policy")
    OPERATIONS = "operations", _("Operational delivery")
    DIGITAL = "digital", _("Digital and data")
    FINANCE = "finance", _("Finance")
    PEOPLE = "people", _("People and HR")
    COMMUNICATIONS = "communications", _("Communications")
    ANALYSIS = "analysis", _("Analysis and research")
    PROJECTS = "projects", _("Programmes and projects")
    SCIENCE = "science", _("Science and environment")
    CARE = "care", _("Health and care")
    OTHER = "other", _("Other")


class Grade(models.IntegerChoices):
    ENTRY = 1, _("Entry level")
    OFFICER = 2, _("Officer")
    SENIOR_OFFICER = 3, _("Senior officer")
    LEAD = 4, _("Team leader or lead")
    MANAGER = 5, _("Manager or head of team")
    SENIOR_MANAGER = 6, _("Senior manager")
    DIRECTOR = 7, _("Director or executive")


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("Face to face")
    PHONE = "phone", _("Phone")
    VIDEO = "video", _("Video call")


class CoachingLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    WELSH = "cy", _("Welsh")
    EITHER = "either", _("Either")


class Region(models.TextChoices):
    NORTH = "north", _("North Wales")
    MID = "mid", _("Mid Wales")
    SOUTH_WEST = "south_west", _("South West Wales")
    SOUTH_EAST = "south_east", _("South East Wales")
    OUTSIDE = "outside", _("Outside Wales")


class Frequency(models.TextChoices):
    WEEKLY = "weekly", _("Weekly")
    FORTNIGHTLY = "fortnightly", _("Every two weeks")
    MONTHLY = "monthly", _("Monthly")


DAYS = list(WORKING_DAYS)  # co-coaching slots are on working days
PARTS = ["am", "pm"]
SLOTS = [f"{day}-{part}" for day in DAYS for part in PARTS]


class CoachingProfile(models.Model):
    """A person's opt-in to co-coaching and what a good peer for them looks like."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coaching_profile")
    grade = models.PositiveSmallIntegerField(_("grade or level"), choices=Grade.choices)
    field = models.CharField(_("profession or field"), max_length=16, choices=Field.choices)
    reflect_on = models.TextField(_("what you would like to reflect on"), blank=True)
    topics = models.ManyToManyField("communities.Topic", blank=True, related_name="+", verbose_name=_("topics"))
    modes = models.JSONField(_("ways of meeting"), default=list)
    region = models.CharField(_("where you are based"), max_length=12, choices=Region.choices)
    language = models.CharField(
        _("language"), max_length=6, choices=CoachingLanguage.choices, default=CoachingLanguage.EITHER
    )
    availability = models.JSONField(_("usual availability"), default=list)
    frequency = models.CharField(
        _("how often"), max_length=12, choices=Frequency.choices, default=Frequency.FORTNIGHTLY
    )
    # One-way fingerprints (``do_not_pair_fingerprint``) of the addresses the person gave, whether or not they
    # belong to anyone yet: the list can block someone who joins later, and it never says who has an account.
    do_not_pair_fingerprints = models.JSONField(_("people not to be paired with"), default=list, blank=True)
    paused_until = models.DateField(_("paused until"), null=True, blank=True)
    is_active = models.BooleanField(_("opted in"), default=True)
    rounds_waited = models.PositiveSmallIntegerField(default=0)
    opted_in_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("co-coaching profile")
        verbose_name_plural = _("co-coaching profiles")

    def __str__(self):
        return str(self.user)


DO_NOT_PAIR_LIMIT = 20


def do_not_pair_fingerprint(email: str) -> str:
    """A keyed one-way fingerprint of an address (HMAC under SECRET_KEY), so the stored list cannot be read back
    or checked against a list of addresses without the key."""
    return salted_hmac("cylch.coaching.do-not-pair", email.strip().lower(), algorithm="sha256").hexdigest()


class RoundStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to run")
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class MatchingRound(models.Model):
    """One run of the matching over the whole pool, queued by a coordinator or the monthly schedule and run by a
    worker. A worker holds a lease (``claimed_until``) while it runs the round; a round still RUNNING after its
    lease ran out belongs to a worker that died, and the next sweep takes it over (see ``services.round_run``)."""

    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("requested by")
    )
    status = models.CharField(_("status"), max_length=8, choices=RoundStatus.choices, default=RoundStatus.QUEUED)
    seed = models.PositiveIntegerField(default=0)
    pool_size = models.PositiveIntegerField(_("people in the pool"), default=0)
    pairs_proposed = models.PositiveIntegerField(_("pairs proposed"), default=0)
    waiting = models.JSONField(default=list)  # user ids left without a partner
    created_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    # The lease: until then the round belongs to the worker running it; afterwards another may take it over.
    claimed_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("matching round")
        verbose_name_plural = _("matching rounds")

    def __str__(self):
        return _("Matching round %(number)s") % {"number": self.pk}


class CoachingEmailKind(models.TextChoices):
    """This app's kind of email in the outbox (``OutboundEmail.kind``), registered in ``CoachingConfig.ready``."""

    COACHING = "coaching", _("Co-coaching")


class PairState(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    DECLINED = "declined", _("Declined")
    TRYING = "trying", _("First meeting to try it")
    ACTIVE = "active", _("Meeting regularly")
    ENDED = "ended", _("Ended")


# A pair that still holds its two people: proposed, trying a first meeting, or meeting regularly.
CURRENT_PAIR_STATES = (PairState.PROPOSED, PairState.TRYING, PairState.ACTIVE)


class Pair(models.Model):
    """Two peers from one round, from proposal to a regular pair. ``person_a`` has the lower user id."""

    round = models.ForeignKey(MatchingRound, on_delete=models.CASCADE, related_name="pairs")
    person_a = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    person_b = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    score = models.IntegerField()
    score_parts = models.JSONField(default=dict)
    state = models.CharField(max_length=9, choices=PairState.choices, default=PairState.PROPOSED)
    a_accepted_at = models.DateTimeField(null=True, blank=True)
    b_accepted_at = models.DateTimeField(null=True, blank=True)
    a_carry_on = models.BooleanField(null=True)
    b_carry_on = models.BooleanField(null=True)
    rhythm = models.CharField(_("agreed rhythm"), max_length=200, blank=True)
    # The agreed slot, for a calendar file: a weekday, a London time and how often.
    slot_day = models.CharField(_("day"), max_length=2, blank=True, choices=[(d, d) for d in DAYS])
    slot_time = models.TimeField(_("time"), null=True, blank=True)
    slot_every = models.CharField(_("how often"), max_length=12, blank=True, choices=Frequency.choices)
    # The slot's first date, fixed when the pair agree it, so both partners' calendars repeat from the same day
    # (a monthly slot's "second Tuesday" comes from it); and its RFC 5545 SEQUENCE, raised on every change.
    slot_starts_on = models.DateField(_("slot starts on"), null=True, blank=True)
    slot_sequence = models.PositiveIntegerField(default=0)
    declined_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    ended_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("co-coaching pair")
        verbose_name_plural = _("co-coaching pairs")
        constraints = [
            models.CheckConstraint(condition=models.Q(person_a__lt=models.F("person_b")), name="pair_ordered")
        ]

    def __str__(self):
        return f"{self.person_a} & {self.person_b} ({self.state})"

    def side_of(self, user) -> str:
        return "a" if user.pk == self.person_a_id else "b"

    def partner_of(self, user):
        return self.person_b if user.pk == self.person_a_id else self.person_a


class PairMeeting(models.Model):
    """A meeting held, by date only: what was said stays between the two."""

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="meetings")
    held_on = models.DateField(_("date"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on"]
        constraints = [models.UniqueConstraint(fields=["pair", "held_on"], name="one_meeting_record_per_day")]

    def __str__(self):
        return f"{self.pair} met on {self.held_on:%Y-%m-%d}"


class PrivateNote(models.Model):
    """A note only its author ever sees; notes are added, never edited."""

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="private_notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("note"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Private note {self.pk}"  # never the text: only its author reads it
