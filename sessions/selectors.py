from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta

from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, F, Max, OuterRef, Q, QuerySet, Subquery, Window, prefetch_related_objects
from django.db.models.functions import RowNumber, TruncDate
from django.http import Http404
from django.utils import timezone

from communities.models import MeetingLanguage, Membership, MembershipState, Role
from communities.selectors import access_community_management
from portal.bilingual import localised
from portal.dates import LONDON, london_midnight, london_month
from portal.tokens import token_hash

from . import bounds
from .models import CalendarFeedToken, Occurrence, Rsvp, RsvpStatus, SessionChange, SessionFormat, SessionSeries
from .recurrence import Recurrence, describe

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


def _grouping_asked(data) -> bool:
    # The form sends a hidden group=0 before the checkbox's group=1, so an unticked box still says "off"; with no
    # "group" at all (the list's own address) a series is shown once.
    values = data.getlist("group") if hasattr(data, "getlist") else [data.get("group")]
    return "1" in values or not [value for value in values if value]


@dataclass(frozen=True)
class SessionFilters:
    community: str = ""
    format: str = ""
    language: str = ""
    date_from: date | None = None
    date_to: date | None = None
    mine: bool = False
    # A repeating series shown once, with its next dates (the list's default); ``group=0`` shows every session.
    grouped: bool = True
    # What was typed for a date that is no date, or too far out to list, by field ("date_from", "date_to"): the
    # page says beside the field that it was ignored.
    ignored_dates: tuple[tuple[str, str], ...] = ()
    # A "To" date before the "From" date: ignored, and the page says so beside "To".
    ignored_date_to_before_from: str = ""

    @classmethod
    def from_query(cls, data, *, community_slugs: set[str]) -> "SessionFilters":
        ignored = []

        def parse_date(name):
            value = data.get(name)
            if not value:
                return None
            try:
                day = date.fromisoformat(str(value))
            except ValueError:
                day = None
            if day is None or not bounds.is_listable(day):
                ignored.append((name, str(value)[:40]))
                return None
            return day

        date_from, date_to = parse_date("date_from"), parse_date("date_to")
        to_before_from = ""
        if date_from and date_to and date_to < date_from:
            to_before_from, date_to = date_to.isoformat(), None
        return cls(
            community=data.get("community", "") if data.get("community", "") in community_slugs else "",
            format=data.get("format", "") if data.get("format", "") in SessionFormat.values else "",
            language=data.get("language", "") if data.get("language", "") in MeetingLanguage.values else "",
            date_from=date_from,
            date_to=date_to,
            ignored_date_to_before_from=to_before_from,
            mine=data.get("mine") == "1",
            grouped=_grouping_asked(data),
            ignored_dates=tuple(ignored),
        )

    def as_query(self) -> dict:
        query = {}
        for field in fields(self):
            value = getattr(self, field.name)
            if field.name == "grouped":
                if not value:
                    query["group"] = "0"
            elif value and field.name not in {"ignored_dates", "ignored_date_to_before_from"}:
                query[field.name] = "1" if value is True else str(value)
        return query

    @property
    def narrowed(self) -> bool:
        """Whether any filter other than grouping is set (the filter disclosure then starts open)."""
        return bool(self.community or self.format or self.language or self.date_from or self.date_to or self.mine)


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


def _series_first_in_list(matching: QuerySet) -> QuerySet:
    """The ids of each series' first session in a filtered list of sessions, in the list's order: one row per
    series (one index lookup each on the series and start), so grouping costs the number of series, not of
    sessions. A one-off session is the first and only one of its series."""
    first = matching.filter(series_id=OuterRef("pk")).order_by("start", "pk")
    return (
        SessionSeries.objects.annotate(
            first_id=Subquery(first.values("pk")[:1]), first_in_list_at=Subquery(first.values("start")[:1])
        )
        .filter(first_id__isnull=False)
        .order_by("first_in_list_at", "first_id")
        .values_list("first_id", flat=True)
    )


SERIES_NEXT_DATES = 3
COMMUNITY_LONG_FIELDS = ("description", "description_cy", "purpose", "purpose_cy", "search_text", "search_vector")


def _without_long_texts(queryset: QuerySet) -> QuerySet:
    """Lists show a session's title and its community's name, not their descriptions or the search index: leaving
    those out keeps each row small enough for PostgreSQL to sort a month of them in memory."""
    return queryset.defer(
        "series__description",
        "series__description_cy",
        *(f"series__community__{name}" for name in COMMUNITY_LONG_FIELDS),
    )


def series_next_dates(
    *, queryset: QuerySet, series_ids, most: int = SERIES_NEXT_DATES
) -> dict[int, tuple[int, list[Occurrence]]]:
    """For the repeating series shown once on a page: {series id: (how many sessions the filtered list holds,
    its first ``most`` sessions)}. Two queries for any number of series, each a few index lookups per series."""
    series_ids = list(series_ids)
    if not series_ids:
        return {}
    of_series = queryset.filter(series_id=OuterRef("pk")).order_by("start", "pk").values("pk")
    in_list = queryset.filter(series_id=OuterRef("pk")).order_by().values("series_id").annotate(n=Count("pk"))
    rows = SessionSeries.objects.filter(pk__in=series_ids).annotate(
        in_list=Subquery(in_list.values("n")),
        **{f"date_{place}": Subquery(of_series[place : place + 1]) for place in range(most)},
    )
    wanted = {row.pk: (row.in_list, [getattr(row, f"date_{place}") for place in range(most)]) for row in rows}
    # Shown as dated links only.
    by_id = Occurrence.objects.only("pk", "series_id", "start", "cancelled_at").in_bulk(
        [pk for _count, pks in wanted.values() for pk in pks if pk is not None]
    )
    return {series_id: (count, [by_id[pk] for pk in pks if pk in by_id]) for series_id, (count, pks) in wanted.items()}


@dataclass(frozen=True)
class ListEntry:
    """One line of the sessions list: a session, or (grouped) a repeating series with its next sessions."""

    occurrence: Occurrence
    show_community: bool
    # Set only for a repeating series shown once: how many sessions the list holds, and the first few.
    series_count: int = 0
    next_dates: tuple[Occurrence, ...] = ()
    repeats: str = ""


@dataclass(frozen=True)
class SessionsListPage:
    page: Page
    # How many sessions match the filters (every occurrence, whether or not series are grouped).
    total: int
    days: list[tuple[date, list[ListEntry]]]


def series_names_community(series: SessionSeries) -> bool:
    """Whether the community's name adds anything beside the series' title (often they are the same)."""

    def plain(text):
        return " ".join(text.split()).casefold()

    return plain(localised(series, "title").text) != plain(localised(series.community, "name").text)


def _repeats_in_words(series: SessionSeries) -> str:
    return describe(Recurrence.from_dict(series.recurrence), first_start=series.first_start, duration=series.duration)


def sessions_list_page(*, user, filters: SessionFilters, page_number, now: datetime | None = None) -> SessionsListPage:
    """The sessions list's page: its entries grouped by day (UK time). A fixed number of queries whatever the
    number of sessions: the total, the page's count and rows, and the grouped series' next dates."""
    matching = occurrences_upcoming(user=user, filters=filters, now=now)
    total = matching.count()
    matching = _without_long_texts(matching)
    if filters.grouped:
        page = Paginator(_series_first_in_list(matching), PAGE_SIZE).get_page(page_number)
        by_id = matching.in_bulk(list(page.object_list))
        rows = [by_id[pk] for pk in page.object_list if pk in by_id]
    else:
        page = Paginator(matching, PAGE_SIZE).get_page(page_number)
        rows = list(page.object_list)
    repeating = (
        series_next_dates(queryset=matching, series_ids={o.series_id for o in rows if o.series.rrule})
        if filters.grouped
        else {}
    )
    days: list[tuple[date, list[ListEntry]]] = []
    for occurrence in rows:
        count, dates = repeating.get(occurrence.series_id, (0, []))
        entry = ListEntry(
            occurrence=occurrence,
            show_community=series_names_community(occurrence.series),
            series_count=count,
            next_dates=tuple(dates),
            repeats=_repeats_in_words(occurrence.series) if dates else "",
        )
        day = occurrence.start_local.date()
        if days and days[-1][0] == day:
            days[-1][1].append(entry)
        else:
            days.append((day, [entry]))
    return SessionsListPage(page=page, total=total, days=days)


MONTH_DAY_SHOWN = 4


@dataclass(frozen=True)
class MonthDay:
    """A day of the month calendar that has sessions: the first few, and how many there are in all."""

    day: date
    shown: list[Occurrence]
    count: int

    @property
    def more(self) -> int:
        return self.count - len(self.shown)


def month_days(*, user, year: int, month: int, most_per_day: int = MONTH_DAY_SHOWN) -> list[MonthDay]:
    """The days of a month (UK time) that have sessions the person may see, each with its first ``most_per_day``
    sessions and its count: one query, and at most ``most_per_day`` rows a day however busy the month is."""
    month_start, month_end = london_month(year, month)
    local_day = TruncDate("start", tzinfo=LONDON)
    ranked = (
        _without_long_texts(occurrences_visible_to(user))
        .filter(start__gte=month_start, start__lt=month_end)
        .annotate(
            position_in_day=Window(RowNumber(), partition_by=[local_day], order_by=[F("start").asc(), F("pk").asc()]),
            sessions_that_day=Window(Count("pk"), partition_by=[local_day]),
        )
        .filter(position_in_day__lte=most_per_day)
        .order_by("start", "pk")
    )
    days: list[MonthDay] = []
    for occurrence in ranked:
        day = occurrence.start_local.date()
        if not days or days[-1].day != day:
            days.append(MonthDay(day=day, shown=[], count=occurrence.sessions_that_day))
        days[-1].shown.append(occurrence)
    return days


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


@dataclass(frozen=True)
class CancelPreview:
    """What cancelling would do, said on the page before a host confirms it."""

    sessions: int
    people: int
    first: Occurrence | None
    last: Occurrence | None


def cancel_preview(*, occurrence: Occurrence, following: bool) -> CancelPreview:
    """The sessions a cancellation would cancel (this one, or this and every later one of the series not already
    cancelled) and how many people said they were going or are waiting for a place. Two queries."""
    if following:
        targets = Occurrence.objects.filter(
            series_id=occurrence.series_id, original_start__gte=occurrence.original_start, cancelled_at=None
        )
    else:
        targets = Occurrence.objects.filter(pk=occurrence.pk, cancelled_at=None)
    rows = list(targets.order_by("start", "pk").only("pk", "start", "end"))
    people = (
        Rsvp.objects.filter(occurrence__in=[row.pk for row in rows], status__in=[RsvpStatus.GOING, RsvpStatus.WAITING])
        .values("user_id")
        .distinct()
        .count()
        if rows
        else 0
    )
    return CancelPreview(
        sessions=len(rows), people=people, first=rows[0] if rows else None, last=rows[-1] if rows else None
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
    community row (``OuterRef("pk")``) has a public session still to come this month, in UK time."""
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


# Every community's sessions together run to tens of thousands a year: the all-sessions feed holds the coming
# weeks (a community's own feed holds its year), so its size follows the number of sessions a week, not the horizon.
PUBLIC_FEED_AHEAD = timedelta(weeks=8)


def occurrences_for_public_feed(*, now: datetime | None = None) -> QuerySet:
    now = now or timezone.now()
    queryset = Occurrence.objects.filter(series__is_public=True, start__lt=now + PUBLIC_FEED_AHEAD)
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
    """The person a private feed token belongs to, or None for a wrong, rotated or revoked token.

    The person comes with ``feed_marks``: when their memberships and answers last changed and how many there are,
    read in the same query, so a remembered answer of their feed (``feed_versions``) is left behind by any change
    of theirs (leaving, being removed, a place from the waiting list) whatever the cache holds. The counts are of
    current memberships and of answers going or waiting, so a change within the same instant still shows."""

    def newest_and_count(model, counted: Q):
        mine = model.objects.filter(user=OuterRef("user")).order_by().values("user")
        return (
            Subquery(mine.annotate(newest=Max("updated_at")).values("newest")),
            Subquery(mine.annotate(count=Count("pk", filter=counted)).values("count")),
        )

    memberships_changed, memberships = newest_and_count(Membership, Q(state=MembershipState.ACTIVE))
    answers_changed, answers = newest_and_count(Rsvp, Q(status__in=[RsvpStatus.GOING, RsvpStatus.WAITING]))
    row = (
        CalendarFeedToken.objects.filter(token_hash=token_hash(token), revoked_at=None)
        .select_related("user")
        .annotate(
            memberships_changed=memberships_changed,
            memberships=memberships,
            answers_changed=answers_changed,
            answers=answers,
        )
        .first()
    )
    if row is None or not row.user.is_active:
        return None
    owner = row.user
    owner.feed_marks = repr((row.memberships_changed, row.memberships, row.answers_changed, row.answers))
    return owner


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


@dataclass(frozen=True)
class DigestLine:
    """One line of the digest's sessions: a one-off session, or a repeating series with how many of its sessions
    the period holds and the next one."""

    occurrence: Occurrence
    count: int = 1
    repeats: str = ""
    show_community: bool = True


def digest_lines_of(occurrences) -> list[DigestLine]:
    """The digest's sessions (in date order) as lines, each repeating series once, where its next session falls."""
    occurrences = [occurrence for occurrence in occurrences if occurrence is not None]
    prefetch_related_objects(occurrences, "series__community")
    by_series: dict[int, list[Occurrence]] = {}
    order: list[tuple[str, int]] = []
    for occurrence in sorted(occurrences, key=lambda o: (o.start, o.pk)):
        if occurrence.series.rrule:
            if occurrence.series_id not in by_series:
                order.append(("series", occurrence.series_id))
            by_series.setdefault(occurrence.series_id, []).append(occurrence)
        else:
            order.append(("session", occurrence))
    lines = []
    for kind, item in order:
        if kind == "session":
            lines.append(DigestLine(occurrence=item, show_community=series_names_community(item.series)))
            continue
        sessions = by_series[item]
        series = sessions[0].series
        lines.append(
            DigestLine(
                occurrence=sessions[0],
                count=len(sessions),
                repeats=describe(
                    Recurrence.from_dict(series.recurrence), first_start=series.first_start, duration=series.duration
                )
                if len(sessions) > 1
                else "",
                show_community=series_names_community(series),
            )
        )
    return lines


# The personal home (issue 17)
HOME_SESSIONS_SHOWN = 5
# How far ahead the home looks for sessions not yet answered, so its work follows the coming weeks, not the
# year of sessions already generated.
HOME_UNANSWERED_AHEAD = timedelta(weeks=8)


def occurrences_home_for(*, user, now: datetime | None = None, limit: int = HOME_SESSIONS_SHOWN) -> dict:
    """A signed-in person's next sessions for their home page, in two queries whatever the numbers:
    ``going`` (sessions they said they are going to or wait for a place at, each with ``my_status``) and
    ``unanswered`` (each series' next session in their communities over the coming weeks that they have not
    answered), each at most ``limit``."""
    now = now or timezone.now()
    coming = occurrences_visible_to(user).filter(end__gte=now).order_by("start", "pk")
    # Read from the person's own answers (one row per session and person), not from every coming session.
    going = list(
        coming.filter(rsvps__user=user, rsvps__status__in=[RsvpStatus.GOING, RsvpStatus.WAITING]).annotate(
            my_status=F("rsvps__status")
        )[:limit]
    )
    member_of = _active_member_of(user).values("community_id")
    my_answer = Rsvp.objects.filter(occurrence=OuterRef("pk"), user=user)
    open_to_answer = (
        coming.filter(
            cancelled_at__isnull=True, start__lt=now + HOME_UNANSWERED_AHEAD, series__community_id__in=member_of
        )
        .exclude(Exists(my_answer))
        .annotate(
            # Only each series' next session, so a daily series does not fill the list.
            position_in_series=Window(RowNumber(), partition_by=[F("series_id")], order_by=[F("start"), F("pk")])
        )
    )
    unanswered = list(open_to_answer.filter(position_in_series=1).order_by("start", "pk")[:limit])
    for occurrence in going + unanswered:
        occurrence.show_community = series_names_community(occurrence.series)
    return {"going": going, "unanswered": unanswered}
