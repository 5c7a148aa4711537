from dataclasses import dataclass, fields

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.http import Http404
from django.utils import translation

from accounts.selectors import user_is_coordinator
from portal.bilingual import localised
from portal.cache import version_of
from portal.dates import Weekday

from .models import (
    Community,
    CommunityStatus,
    CommunitySuggestion,
    JoinPolicy,
    MeetingLanguage,
    Membership,
    MembershipState,
    Platform,
    Role,
    SuggestionStatus,
    Topic,
    Visibility,
)
from .receivers import COMMUNITY_NAMES
from .search import search_terms
from .session_facts import meets_this_month_expression, next_session_expression

SORTS = ("name", "members", "next", "relevance")
PAGE_SIZE = 20


@dataclass(frozen=True)
class DirectoryFilters:
    """What a directory search asks for; unknown values are dropped rather than failing."""

    q: str = ""
    topic: str = ""
    platform: str = ""
    language: str = ""
    day: str = ""
    join_policy: str = ""
    this_month: str = ""
    sort: str = ""

    @classmethod
    def from_query(cls, data, *, topic_slugs: set[str]) -> "DirectoryFilters":
        allowed = {
            "topic": topic_slugs,
            "platform": set(Platform.values),
            "language": set(MeetingLanguage.values),
            "day": set(Weekday.values),
            "join_policy": set(JoinPolicy.values),
            "this_month": {"1"},
            "sort": set(SORTS),
        }
        values = {}
        for field in fields(cls):
            value = str(data.get(field.name, "")).strip()
            if field.name == "q":
                values["q"] = value[:200]
            elif value in allowed[field.name]:
                values[field.name] = value
        return cls(**values)

    def as_query(self) -> dict[str, str]:
        return {field.name: getattr(self, field.name) for field in fields(self) if getattr(self, field.name)}

    @property
    def is_filtered(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "sort")

    @property
    def applied_count(self) -> int:
        """How many filters are chosen, for "Filter (2 applied)" (the search words and the order are not filters)."""
        return sum(1 for f in fields(self) if f.name not in ("q", "sort") and getattr(self, f.name))


def topics_for_filters() -> list[Topic]:
    return list(Topic.objects.all())


def community_choices() -> list[tuple[str, str]]:
    """Every listed, not archived community as (slug, name in the page's language), in that language's
    alphabetical order, for a filter's list of choices (an unlisted community is known only to those given its
    link): shared by everyone and changed rarely, so kept in the cache until a community changes
    (``receivers.COMMUNITY_NAMES``)."""
    language = translation.get_language()
    key = f"community-choices:{language}:{version_of(COMMUNITY_NAMES)}"
    choices = cache.get(key)
    if choices is None:
        rows = (
            Community.objects.filter(visibility=Visibility.LISTED)
            .exclude(status=CommunityStatus.ARCHIVED)
            .order_by(localised_name_expression(), "pk")
            .only("slug", "name", "name_cy")
        )
        choices = [(row.slug, localised(row, "name").text) for row in rows]
        cache.set(key, choices, 24 * 60 * 60)
    return choices


def _with_member_count(queryset: QuerySet) -> QuerySet:
    # A count per community row (an index lookup each), not a GROUP BY over every membership joined to every
    # community: PostgreSQL then counts only the rows a page shows, unless the list is sorted by the count.
    active = (
        Membership.objects.filter(community=OuterRef("pk"), state=MembershipState.ACTIVE)
        .order_by()
        .values("community")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return queryset.annotate(member_count=Coalesce(Subquery(active), 0))


def _with_next_session(queryset: QuerySet) -> QuerySet:
    # Sessions depend on communities, not the other way round: the sessions app provides the expression.
    return queryset.annotate(next_session=next_session_expression())


def _meeting_this_month(queryset: QuerySet) -> QuerySet:
    return queryset.filter(meets_this_month_expression())


def _search(queryset: QuerySet, query: str) -> QuerySet:
    terms = search_terms(query)
    if not terms:
        # Only punctuation or symbols: nothing can match.
        return queryset.annotate(rank=Value(0.0)).none()
    if connection.vendor == "postgresql":
        # Every term must match, each as a prefix, over both languages and the topics.
        tsquery = SearchQuery(" & ".join(f"{term}:*" for term in terms), search_type="raw", config="simple")
        return queryset.filter(search_vector=tsquery).annotate(rank=SearchRank(F("search_vector"), tsquery))
    for term in terms:
        queryset = queryset.filter(search_text__contains=term)
    return queryset.annotate(rank=Value(0.0))


def localised_name_expression():
    if translation.get_language() == "cy":
        return Lower(Coalesce(NullIf("name_cy", Value("")), "name"))
    return Lower("name")


def communities_directory(*, filters: DirectoryFilters) -> QuerySet:
    """Listed, not archived communities matching the filters, with member counts and topics."""
    queryset = Community.objects.filter(visibility=Visibility.LISTED).exclude(status=CommunityStatus.ARCHIVED)
    if filters.topic:
        queryset = queryset.filter(topics__slug=filters.topic)
    if filters.platform:
        queryset = queryset.filter(platform=filters.platform)
    if filters.language == MeetingLanguage.BILINGUAL:
        queryset = queryset.filter(meeting_language=MeetingLanguage.BILINGUAL)
    elif filters.language:
        # Someone looking for Welsh (or English) meetings wants bilingual ones too.
        queryset = queryset.filter(meeting_language__in=[filters.language, MeetingLanguage.BILINGUAL])
    if filters.day:
        queryset = queryset.filter(meeting_days__contains=filters.day)
    if filters.join_policy:
        queryset = queryset.filter(join_policy=filters.join_policy)
    if filters.this_month:
        queryset = _meeting_this_month(queryset)
    if filters.q:
        queryset = _search(queryset, filters.q)
    queryset = _with_next_session(_with_member_count(queryset)).prefetch_related("topics")
    sort = filters.sort or ("relevance" if filters.q else "name")
    if sort == "next":
        return queryset.order_by(F("next_session").asc(nulls_last=True), localised_name_expression(), "pk")
    if sort == "members":
        return queryset.order_by("-member_count", localised_name_expression(), "pk")
    if sort == "relevance" and filters.q:
        return queryset.order_by("-rank", localised_name_expression(), "pk")
    return queryset.order_by(localised_name_expression(), "pk")


def memberships_by_community(*, user, communities) -> dict[int, Membership]:
    if not user.is_authenticated:
        return {}
    ids = [community.pk for community in communities]
    return {m.community_id: m for m in Membership.objects.filter(user=user, community_id__in=ids)}


def community_for_page(*, slug: str) -> Community:
    """Any community by its link, listed or not (an unlisted community is shared by link)."""
    queryset = _with_next_session(_with_member_count(Community.objects.filter(slug=slug))).prefetch_related("topics")
    community = queryset.first()
    if community is None:
        raise Http404
    return community


def community_hosts(*, community: Community) -> list[Membership]:
    return list(
        Membership.objects.filter(community=community, state=MembershipState.ACTIVE, role=Role.HOST)
        .select_related("user")
        .order_by("user__display_name")
    )


def membership_of(*, community: Community, user) -> Membership | None:
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(community=community, user=user).first()


def user_can_manage_community(*, community: Community, user, membership: Membership | None) -> bool:
    """Hosts look after their community; CLIP coordinators may step in for any community."""
    if not user.is_authenticated:
        return False
    return bool(membership and membership.is_host) or user_is_coordinator(user=user)


def access_community_for_management(*, slug: str, user) -> tuple[Community, Membership | None]:
    """The community if ``user`` may manage it; 403 for anyone else."""
    community = community_for_page(slug=slug)
    return community, access_community_management(community=community, user=user)


def access_community_management(*, community: Community, user) -> Membership | None:
    """``user``'s membership of a community they may manage (hosts; coordinators, who may have none); 403 for
    anyone else. Apps above communities (sessions) ask this for what hosts do there."""
    membership = membership_of(community=community, user=user)
    if not user_can_manage_community(community=community, user=user, membership=membership):
        raise PermissionDenied
    return membership


def access_member_list(*, slug: str, user) -> tuple[Community, Membership | None, bool]:
    """The community if ``user`` may see who belongs to it (active members, hosts, coordinators); 403 otherwise."""
    community = community_for_page(slug=slug)
    membership = membership_of(community=community, user=user)
    can_manage = user_can_manage_community(community=community, user=user, membership=membership)
    if not (can_manage or (membership and membership.is_active)):
        raise PermissionDenied
    return community, membership, can_manage


MEMBERS_PAGE_SIZE = 100


def community_members(*, community: Community, name: str = "") -> QuerySet:
    """Current members, hosts first, by name; ``name`` narrows to names containing it. A query to page through:
    the biggest communities have thousands of members."""
    members = Membership.objects.filter(community=community, state=MembershipState.ACTIVE)
    if name:
        members = members.filter(user__display_name__icontains=name)
    return members.select_related("user").order_by("role", "user__display_name", "pk")  # "host" before "member"


def membership_for_management(*, community: Community, pk: int) -> Membership:
    """A membership of this community, with its person, for a host to act on; 404 for one of another community."""
    membership = Membership.objects.select_related("user").filter(pk=pk, community=community).first()
    if membership is None:
        raise Http404
    return membership


def suggestions_waiting() -> QuerySet:
    return CommunitySuggestion.objects.filter(status=SuggestionStatus.NEW).select_related("suggested_by")


def suggestion_for(*, pk: int) -> CommunitySuggestion:
    suggestion = CommunitySuggestion.objects.filter(pk=pk).first()
    if suggestion is None:
        raise Http404
    return suggestion


def community_join_requests(*, community: Community) -> list[Membership]:
    return list(
        Membership.objects.filter(community=community, state=MembershipState.PENDING)
        .select_related("user")
        .order_by("updated_at")
    )


def communities_of(*, user) -> list[Membership]:
    """A person's communities and open requests, newest first."""
    return list(
        Membership.objects.filter(user=user, state__in=[MembershipState.ACTIVE, MembershipState.PENDING])
        .select_related("community")
        .prefetch_related(Prefetch("community__topics"))
        .order_by("state", "community__name")
    )


def communities_only_hosted_by(*, user) -> list[Community]:
    """Communities (not archived) where ``user`` is the one active host: they would be left with nobody to run them."""
    other_hosts = Membership.objects.filter(
        community=OuterRef("community"), state=MembershipState.ACTIVE, role=Role.HOST
    ).exclude(user=user)
    return [
        membership.community
        for membership in Membership.objects.filter(user=user, state=MembershipState.ACTIVE, role=Role.HOST)
        .exclude(community__status=CommunityStatus.ARCHIVED)
        .exclude(Exists(other_hosts))
        .select_related("community")
        .order_by("community__name")
    ]


def community_data_for(*, user) -> dict:
    """A person's memberships with their history, and their suggestions, for their own download.

    Other people appear in neither: an event says only whether the person did it themselves."""
    memberships = (
        Membership.objects.filter(user=user)
        .select_related("community")
        .prefetch_related("events")
        .order_by("community__name")
    )
    return {
        "memberships": [
            {
                "community": membership.community.name,
                "role": membership.role,
                "state": membership.state,
                "joined_at": membership.joined_at,
                "updated_at": membership.updated_at,
                "history": [
                    {"event": event.kind, "at": event.created_at, "by_you": event.acting_user_id == user.pk}
                    for event in membership.events.all()
                ],
            }
            for membership in memberships
        ],
        "suggestions": [
            {
                "name": suggestion.name,
                "description": suggestion.description,
                "preferred_cadence": suggestion.preferred_cadence,
                "willing_to_host": suggestion.willing_to_host,
                "status": suggestion.status,
                "created_at": suggestion.created_at,
            }
            for suggestion in CommunitySuggestion.objects.filter(suggested_by=user).order_by("created_at")
        ],
    }


# The personal home (issue 17)
def join_requests_waiting_for_host(*, user) -> list[Community]:
    """The communities ``user`` hosts that have requests to join waiting, each with ``requests_waiting`` (a count),
    oldest name first: one query however many communities."""
    hosted = Membership.objects.filter(user=user, state=MembershipState.ACTIVE, role=Role.HOST).values("community_id")
    return list(
        Community.objects.filter(pk__in=hosted)
        .exclude(status=CommunityStatus.ARCHIVED)
        .annotate(requests_waiting=Count("memberships", filter=Q(memberships__state=MembershipState.PENDING)))
        .filter(requests_waiting__gt=0)
        .order_by("name")
    )


def communities_home_for(*, user) -> dict:
    """What the home page says about a person's communities: how many they belong to, and their requests to join
    still waiting for a host (one query)."""
    counts = Membership.objects.filter(user=user).aggregate(
        active=Count("pk", filter=Q(state=MembershipState.ACTIVE)),
        pending=Count("pk", filter=Q(state=MembershipState.PENDING)),
    )
    return {"member_of": counts["active"], "requests_pending": counts["pending"]}


def suggestions_waiting_count() -> int:
    """How many community suggestions wait for a coordinator's decision."""
    return suggestions_waiting().count()
