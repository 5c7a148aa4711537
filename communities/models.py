from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class TopicKind(models.TextChoices):
    WAY_OF_WORKING = "way", _("Five ways of working")
    WELLBEING_GOAL = "goal", _("Seven well-being goals")
    THEME = "theme", _("Themes")


class Topic(models.Model):
    """A tag shared by communities (and later CLIP actions): a way of working, a well-being goal or a free theme."""

    slug = models.SlugField(unique=True)
    kind = models.CharField(_("kind"), max_length=5, choices=TopicKind.choices, default=TopicKind.THEME)
    name = models.CharField(_("name (English)"), max_length=100)
    name_cy = models.CharField(_("name (Welsh)"), max_length=100, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["kind", "position", "name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


class Platform(models.TextChoices):
    TEAMS = "teams", _("Microsoft Teams")
    ZOOM = "zoom", _("Zoom")
    IN_PERSON = "in_person", _("In person")
    HYBRID = "hybrid", _("Hybrid (in person and online)")
    EMAIL_LIST = "email_list", _("Email list")
    OTHER_ONLINE = "online", _("Online (other)")


class MeetingLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    WELSH = "cy", _("Welsh")
    BILINGUAL = "bilingual", _("Bilingual (Welsh and English)")


class JoinPolicy(models.TextChoices):
    OPEN = "open", _("Open: anyone can join")
    REQUEST = "request", _("Request to join: a host approves")
    INVITE = "invite", _("Invite only")


class Visibility(models.TextChoices):
    LISTED = "listed", _("Listed in the directory")
    UNLISTED = "unlisted", _("Unlisted: only people with the link can find it")


class CommunityStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    ARCHIVED = "archived", _("Archived")


class Community(models.Model):
    """A community of practice. Fields ending in ``_cy`` are the Welsh versions; blank means "not yet translated"."""

    slug = models.SlugField(unique=True, max_length=80)
    name = models.CharField(_("name (English)"), max_length=150)
    name_cy = models.CharField(_("name (Welsh)"), max_length=150, blank=True)
    summary = models.CharField(_("short summary (English)"), max_length=280)
    summary_cy = models.CharField(_("short summary (Welsh)"), max_length=280, blank=True)
    description = models.TextField(_("description (English)"), blank=True)
    description_cy = models.TextField(_("description (Welsh)"), blank=True)
    purpose = models.TextField(_("purpose and goals (English)"), blank=True)
    purpose_cy = models.TextField(_("purpose and goals (Welsh)"), blank=True)
    cadence = models.CharField(_("when it meets (English)"), max_length=200, blank=True)
    cadence_cy = models.CharField(_("when it meets (Welsh)"), max_length=200, blank=True)
    meeting_days = models.CharField(
        _("meeting days"), max_length=20, blank=True, help_text=_("Day codes separated by commas, e.g. WE or TH,FR")
    )
    platform = models.CharField(_("platform"), max_length=12, choices=Platform.choices, default=Platform.TEAMS)
    location = models.CharField(_("location"), max_length=200, blank=True)
    meeting_language = models.CharField(
        _("language of meetings"), max_length=10, choices=MeetingLanguage.choices, default=MeetingLanguage.ENGLISH
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    topics = models.ManyToManyField(Topic, related_name="communities", blank=True, verbose_name=_("topics"))
    join_policy = models.CharField(_("who can join"), max_length=8, choices=JoinPolicy.choices, default=JoinPolicy.OPEN)
    visibility = models.CharField(_("visibility"), max_length=8, choices=Visibility.choices, default=Visibility.LISTED)
    status = models.CharField(
        _("status"), max_length=8, choices=CommunityStatus.choices, default=CommunityStatus.ACTIVE
    )
    # Lower-cased, accent-free text of both languages and the topics, kept by services.community_search_text_refresh.
    search_text = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("community")
        verbose_name_plural = _("communities")
        # The GIN index on search_vector is PostgreSQL-only: see migration 0002.

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("communities:detail", args=[self.slug])

    @property
    def meeting_day_codes(self) -> list[str]:
        return [code for code in self.meeting_days.split(",") if code]

    @property
    def is_joinable(self) -> bool:
        return self.status == CommunityStatus.ACTIVE and self.join_policy != JoinPolicy.INVITE


class Role(models.TextChoices):
    MEMBER = "member", _("Member")
    HOST = "host", _("Host")


class CommunityEmailKind(models.TextChoices):
    """This app's kinds of email in the outbox (``OutboundEmail.kind``), registered in ``CommunitiesConfig.ready``."""

    JOIN_REQUEST = "join_request", _("Request to join (to hosts)")
    JOIN_DECISION = "join_decision", _("Decision on a request to join")
    SUGGESTION = "suggestion", _("Community suggestion")
    MEMBER_REMOVED = "member_removed", _("Removed from a community (to the person removed)")


class MembershipState(models.TextChoices):
    ACTIVE = "active", _("Member")
    PENDING = "pending", _("Request waiting for a host")
    DECLINED = "declined", _("Request declined")
    LEFT = "left", _("Left")
    REMOVED = "removed", _("Removed by a host")


class Membership(models.Model):
    """A person's current standing in one community; MembershipEvent keeps how it got there."""

    community = models.ForeignKey(Community, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=6, choices=Role.choices, default=Role.MEMBER)
    state = models.CharField(_("state"), max_length=8, choices=MembershipState.choices)
    joined_at = models.DateTimeField(_("joined"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [models.UniqueConstraint(fields=["community", "user"], name="one_membership_per_person")]
        indexes = [models.Index(fields=["community", "state", "role"]), models.Index(fields=["user", "state"])]

    def __str__(self):
        return f"{self.user} – {self.community} ({self.state})"

    @property
    def is_active(self) -> bool:
        return self.state == MembershipState.ACTIVE

    @property
    def is_host(self) -> bool:
        return self.is_active and self.role == Role.HOST


class MembershipEventKind(models.TextChoices):
    JOINED = "joined", _("Joined")
    REQUESTED = "requested", _("Asked to join")
    APPROVED = "approved", _("Request approved")
    DECLINED = "declined", _("Request declined")
    LEFT = "left", _("Left")
    REMOVED = "removed", _("Removed")
    PROMOTED = "promoted", _("Made a host")
    ADDED_AS_HOST = "host_added", _("Added as a host")


class MembershipEvent(models.Model):
    """Append-only history of a membership: who did what, when."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=10, choices=MembershipEventKind.choices)
    acting_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("membership event")
        verbose_name_plural = _("membership events")

    def __str__(self):
        return f"{self.membership}: {self.kind}"


class SuggestionStatus(models.TextChoices):
    NEW = "new", _("New")
    CREATED = "created", _("Community created")
    DECLINED = "declined", _("Not taken forward")


class CommunitySuggestion(models.Model):
    """A staff member's idea for a community that does not exist yet; coordinators act on it."""

    suggested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("name for the community"), max_length=150)
    description = models.TextField(_("what it would be for"))
    preferred_cadence = models.CharField(_("when it could meet"), max_length=200, blank=True)
    willing_to_host = models.BooleanField(_("I would be willing to host it"), default=False)
    status = models.CharField(max_length=8, choices=SuggestionStatus.choices, default=SuggestionStatus.NEW)
    community = models.ForeignKey(Community, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("community suggestion")
        verbose_name_plural = _("community suggestions")

    def __str__(self):
        return self.name
