from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.http import Http404
from django.utils import timezone

from communities.models import MeetingLanguage, Membership, MembershipState, Role
from communities.selectors import access_community_management
from portal.dates import LONDON, london_midnight, london_month
from portal.tokens import token_hash

from . import bounds
from .models import CalendarFeedToken, Occurrence, Rsvp, RsvpStatus, SessionChange, SessionFormat, SessionSeries

FEED_HISTORY = timedelta(days=30)
PAGE_SIZE = 25


def _active_member_of(user):
    return Membership.objects.filter(user=user, state=MembershipState.ACTIVE)


def occurrences_visible_to(user) -> QuerySet:
    """Public sessions, plus members-only sessions of the person's own communities."""
    queryset = Occurrence.objects.select_related("series", "series__community")
    if not user.is_authenticated:
        return queryset.filter(series__is_public=True)
    mine = _active_member_of(user).filter(community_id=OuterRef("series__community_id"))
    return queryset.filter(Q(series__is_public=True) | Exists(mine))


@dataclass(frozen=True)
class SessionFilters:
    community: str = ""
    format: str = ""
    language: str = ""
    date_from: date | None = None
    date_to: date | None = None
    mine: bool = False
    # What was typed for a date that is no date, or too far out to list: the page says it was ignored.
    ignored_dates: tuple[str, ...] = ()

    @classmethod
    def from_query(cls, data, *, community_slugs: set[str]) -> "SessionFilters":
        ignored = []

        def parse_date(value):
            if not value:
                return None
            try:
                day = date.fromisoformat(str(value))
            except ValueError:
                day = None
            if day is None or not bounds.is_listable(day):
                ignored.append(str(value)[:40])
                return None
            return day

        return cls(
            community=data.get("community", "") if data.get("community", "") in community_slugs else "",
            format=data.get("format", "") if data.get("format", "") in SessionFormat.values else "",
            language=data.get("language", "") if data.get("language", "") in MeetingLanguage.values else "",
            date_from=parse_date(data.get("date_from")),
            date_to=parse_date(data.get("date_to")),
            mine=data.get("mine") == "1",
            ignored_dates=tuple(ignored),
        )

    def as_query(self) -> dict:
        query = {}
        for field in fields(self):
            value = getattr(self, field.name)
            if value and field.name != "ignored_dates":
                query[field.name] = "1" if value is True else str(value)
        return query


def occurrences_upcoming(*, user, filters: SessionFilters, now: datetime | None = None) -> QuerySet:
    now = now or timezone.now()
    queryset = occurrences_visible_to(user).filter(end__gte=now)
    if filters.date_from:
        queryset = queryset.filter(start__gte=london_midnight(filters.date_from))
    if filters.date_to:
        queryset = queryset.filter(start__lt=london_midnight(filters.date_to + timedelta(days=1)))
    if filters.community:
        queryset = queryset.filter(series__community__slug=filters.community)
    if filters.format:
        queryset = queryset.filter(series__format=filters.format)
    if filters.language:
        queryset = queryset.filter(series__language=filters.language)
    if filters.mine and user.is_authenticated:
        going = Rsvp.objects.filter(
            occurrence=OuterRef("pk"), user=user, status__in=[RsvpStatus.GOING, RsvpStatus.WAITING]
        )
        mine = _active_member_of(user).filter(community_id=OuterRef("series__community_id"))
        queryset = queryset.filter(Exists(going) | Exists(mine))
    return queryset.order_by("start", "pk")


def occurrences_in_month(*, user, year: int, month: int) -> list[Occurrence]:
    month_start, month_end = london_month(year, month)
    return list(
        occurrences_visible_to(user).filter(start__gte=month_start, start__lt=month_end).order_by("start", "pk")
    )


def occurrence_for_viewer(*, pk: int, user) -> Occurrence:
    """The occurrence if the person may see it; 404 otherwise (members-only sessions are not revealed)."""
    occurrence = occurrences_visible_to(user).filter(pk=pk).first()
    if occurrence is None:
        raise Http404
    return occurrence


def rsvp_of(*, occurrence: Occurrence, user) -> Rsvp | None:
    if not user.is_authenticated:
        return None
    return Rsvp.objects.filter(occurrence=occurrence, user=user).first()


def rsvp_counts(*, occurrence: Occurrence) -> dict[str, int]:
    rows = occurrence.rsvps.values("status").annotate(n=Count("pk"))
    counts = {row["status"]: row["n"] for row in rows}
    return {status: counts.get(status, 0) for status in RsvpStatus.values}


@dataclass(frozen=True)
class ReaderView:
    """What one person may see of some sessions: joining links by occurrence id, and their waiting-list places."""

    join_links: dict[int, str]
    waiting_ids: frozenset[int]


def reader_view_of(*, user, occurrences) -> ReaderView:
    """The only place that decides who sees a session's online joining link, asked by every channel (the page,
    the private feed, the one-session .ics, reminders, change and promotion emails).

    A link goes to current members and hosts of the session's community (coordinators only where they are
    members too). Where places are limited, only to hosts (who run the session) and to members who have a
    place: someone on the waiting list, or a member who has not said they are going, could otherwise take a
    place that is not theirs. Two queries for any number of occurrences.
    """
    occurrences = list(occurrences)
    if not occurrences or user is None or not user.is_authenticated or not user.is_active:
        return ReaderView({}, frozenset())
    roles = dict(
        _active_member_of(user)
        .filter(community_id__in={occurrence.series.community_id for occurrence in occurrences})
        .values_list("community_id", "role")
    )
    statuses = dict(
        Rsvp.objects.filter(
            occurrence__in=occurrences, user=user, status__in=[RsvpStatus.GOING, RsvpStatus.WAITING]
        ).values_list("occurrence_id", "status")
    )
    join_links = {
        occurrence.pk: occurrence.series.join_url
        for occurrence in occurrences
        if occurrence.series.join_url
        and occurrence.series.community_id in roles
        and (
            occurrence.series.capacity is None
            or roles[occurrence.series.community_id] == Role.HOST
            or statuses.get(occurrence.pk) == RsvpStatus.GOING
        )
    }
    waiting = frozenset(pk for pk, status in statuses.items() if status == RsvpStatus.WAITING)
    return ReaderView(join_links, waiting)


def join_link_for(*, occurrence: Occurrence, user) -> str:
    """The joining link this person may see for this session, or "" (see ``reader_view_of``)."""
    return reader_view_of(user=user, occurrences=[occurrence]).join_links.get(occurrence.pk, "")


def access_occurrence_for_management(*, pk: int, user) -> Occurrence:
    """The occurrence if the person hosts its community (or coordinates); 404 if unseen, 403 if seen but not theirs."""
    occurrence = occurrence_for_viewer(pk=pk, user=user)
    access_community_management(community=occurrence.series.community, user=user)
    return occurrence


def attendees_of(*, occurrence: Occurrence) -> list[Rsvp]:
    return list(
        occurrence.rsvps.filter(status__in=[RsvpStatus.GOING, RsvpStatus.WAITING])
        .select_related("user")
        .order_by("status", "waiting_since", "user__display_name")
    )


def series_most_going(*, series: SessionSeries) -> int:
    """The most people going to any one coming session of the series (its places may not drop below this)."""
    counts = (
        Rsvp.objects.filter(occurrence__series=series, occurrence__end__gte=timezone.now(), status=RsvpStatus.GOING)
        .values("occurrence")
        .annotate(n=Count("pk"))
        .values_list("n", flat=True)
    )
    return max(counts, default=0)


def occurrence_first_of(*, series: SessionSeries) -> Occurrence | None:
    return series.occurrences.order_by("start", "pk").first()


CHANGES_SHOWN = 50


def session_changes_of(*, occurrence: Occurrence) -> list[SessionChange]:
    """The session's history for its hosts, newest first: its own moves and cancellation, and the changes to its
    whole series (scheduled, details changed), each with who made it."""
    return list(
        SessionChange.objects.filter(Q(occurrence=occurrence) | Q(series_id=occurrence.series_id, occurrence=None))
        .select_related("acting_user")
        .order_by("-created_at", "-pk")[:CHANGES_SHOWN]
    )


def feed_change_marks(*, occurrences: QuerySet) -> list[tuple]:
    """Each occurrence's id and last change: what decides whether a public feed must be rendered again."""
    return list(occurrences.values_list("pk", "updated_at"))


def occurrences_for_one_session_feed(*, occurrence: Occurrence) -> QuerySet:
    return Occurrence.objects.filter(pk=occurrence.pk).select_related("series", "series__community")


def _public_sessions_of_outer_community() -> QuerySet:
    return Occurrence.objects.filter(series__community=OuterRef("pk"), series__is_public=True, cancelled_at=None)


def community_next_public_session() -> Subquery:
    """For communities' cards and pages (registered in ``communities.session_facts``): the start of the community
    row's (``OuterRef("pk")``) next public session, or NULL."""
    upcoming = _public_sessions_of_outer_community().filter(start__gte=timezone.now())
    return Subquery(upcoming.order_by("start").values("start")[:1])


def community_meets_this_month() -> Exists:
    """For the directory's "has sessions this month" (registered in ``communities.session_facts``): whether the
    community row (``OuterRef("pk")``) has a public session still to come this month, in Wales time."""
    now = timezone.now()
    local = now.astimezone(LONDON)
    _month_start, month_end = london_month(local.year, local.month)
    return Exists(_public_sessions_of_outer_community().filter(start__gte=now, start__lt=month_end))


def occurrences_upcoming_for_community(*, community, user, limit: int = 5) -> list[Occurrence]:
    return list(
        occurrences_visible_to(user)
        .filter(series__community=community, end__gte=timezone.now())
        .order_by("start", "pk")[:limit]
    )


def _feed_window(queryset: QuerySet, now: datetime) -> QuerySet:
    # Recent past stays so calendars keep history; a cancelled session drops out once its date has passed.
    return queryset.filter(start__gte=now - FEED_HISTORY).exclude(cancelled_at__isnull=False, end__lt=now)


def occurrences_for_community_feed(*, community, now: datetime | None = None) -> QuerySet:
    now = now or timezone.now()
    queryset = Occurrence.objects.filter(series__community=community, series__is_public=True)
    return _feed_window(queryset, now).select_related("series", "series__community").order_by("start", "pk")


def occurrences_for_public_feed(*, now: datetime | None = None) -> QuerySet:
    now = now or timezone.now()
    queryset = Occurrence.objects.filter(series__is_public=True)
    return _feed_window(queryset, now).select_related("series", "series__community").order_by("start", "pk")


def occurrences_for_person_feed(*, user, now: datetime | None = None) -> QuerySet:
    """Sessions of every community the person belongs to, plus every session they still may see and said they
    would attend (or are waiting for)."""
    now = now or timezone.now()
    member_of = _active_member_of(user).values("community_id")
    answered = Rsvp.objects.filter(user=user, status__in=[RsvpStatus.GOING, RsvpStatus.WAITING]).values("occurrence_id")
    queryset = Occurrence.objects.filter(
        Q(series__community_id__in=member_of) | (Q(pk__in=answered) & Q(series__is_public=True))
    )
    return _feed_window(queryset, now).select_related("series", "series__community").order_by("start", "pk")


def feed_token_owner(*, token: str):
    """The person a private feed token belongs to, or None for a wrong, rotated or revoked token."""
    row = CalendarFeedToken.objects.filter(token_hash=token_hash(token), revoked_at=None).select_related("user").first()
    return row.user if row and row.user.is_active else None


def feed_token_live(*, user) -> CalendarFeedToken | None:
    return CalendarFeedToken.objects.filter(user=user, revoked_at=None).first()


def session_data_for(*, user) -> dict:
    """A person's answers and private feed addresses (when made and switched off only), for their own download."""
    answers = (
        Rsvp.objects.filter(user=user)
        .select_related("occurrence__series__community")
        .order_by("occurrence__start", "pk")
    )
    return {
        "answers": [
            {
                "session": answer.occurrence.series.title,
                "community": answer.occurrence.series.community.name,
                "starts_at": answer.occurrence.start,
                "answer": answer.status,
                "waiting_since": answer.waiting_since,
                "answered_at": answer.created_at,
                "changed_at": answer.updated_at,
            }
            for answer in answers
        ],
        # Only when each private feed address was made and switched off: the address itself is a secret.
        "calendar_feed_addresses": [
            {"created_at": token.created_at, "revoked_at": token.revoked_at}
            for token in CalendarFeedToken.objects.filter(user=user).order_by("created_at", "pk")
        ],
        # As a host: the sessions they scheduled, moved, cancelled or changed (kept, without their name, if they go).
        "session_changes_made": [
            {
                "session": change.series.title,
                "community": change.series.community.name,
                "starts_at": change.occurrence.start if change.occurrence else None,
                "change": change.kind,
                "at": change.created_at,
            }
            for change in SessionChange.objects.filter(acting_user=user)
            .select_related("series__community", "occurrence")
            .order_by("created_at", "pk")
        ],
    }
