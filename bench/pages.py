"""What the benchmark loads: every page of issue 18, found in the seeded database, signed in and out.

Runs inside Django (bench.settings) against the database being measured. Signed-in pages carry a session made
directly with Django's SessionStore for a demo person (the same keys django.contrib.auth.login writes), so wrk and
the in-process client send the same cookie; allauth keeps nothing else in the session for a signed-in page."""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.db.models import Count, Q
from django.utils import timezone

from accounts.models import User
from bench.urls import CEILING_PATH
from clip_tracker.models import ReportingPeriod
from communities.models import Community, CommunityStatus, MembershipState, Topic, Visibility
from portal.dates import LONDON
from sessions import selectors as session_selectors
from sessions import services as session_services
from sessions.models import Occurrence, RsvpStatus

# production.py trusts this header from the proxy (SECURE_PROXY_SSL_HEADER); without it every request would be
# redirected to https. It is what the load balancer in front of gunicorn sends.
HTTPS_FROM_PROXY = {"X-Forwarded-Proto": "https"}

DEMO_EMAILS = {
    "member": "member@cylch.example",
    "host": "host@cylch.example",
    "coordinator": "coordinator@cylch.example",
}


@dataclass
class Page:
    key: str  # stable across runs: what compare matches on
    label: str
    path: str
    who: str = "anonymous"  # or a DEMO_EMAILS role
    headers: dict[str, str] = field(default_factory=dict)
    expected_status: int = 200
    kind: str = "page"  # page | ceiling | feed | unchanged_feed | private_feed


def session_cookie_for(role: str) -> str:
    """A signed-in session for a demo person, saved where the server reads sessions; returns the cookie value."""
    from importlib import import_module

    user = User.objects.get(email=DEMO_EMAILS[role])
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key


def _community_by_members(*, largest: bool) -> Community:
    active = Count("memberships", filter=Q(memberships__state=MembershipState.ACTIVE))
    order = "-active_count" if largest else "active_count"
    return (
        Community.objects.filter(status=CommunityStatus.ACTIVE, visibility=Visibility.LISTED)
        .annotate(active_count=active)
        .order_by(order, "pk")
        .first()
    )


def _busiest_public_occurrence(*, now: datetime) -> Occurrence:
    """The coming public session with most people going: the heaviest session page and attendee list."""
    going = Count("rsvps", filter=Q(rsvps__status=RsvpStatus.GOING))
    return (
        Occurrence.objects.filter(start__gte=now, cancelled_at__isnull=True, series__is_public=True)
        .annotate(going_count=going)
        .order_by("-going_count", "start", "pk")
        .first()
    )


def _private_feed_token(member: User):
    """The member's live feed token, renewed when it was made under another SECRET_KEY (the token is an HMAC under
    the key, so a database seeded in an earlier run holds a hash no token of this run matches)."""
    live = session_selectors.feed_token_live(user=member)
    if live is None or session_selectors.feed_token_owner(token=live.token) is None:
        live = session_services.feed_token_rotate(user=member)
    return live


def _search_word(community: Community) -> str:
    words = [word for word in community.name.split() if len(word) > 3]
    return (words[0] if words else community.name.split()[0]).lower()


def pages_build(*, sessions: dict[str, str]) -> tuple[list[Page], dict]:
    """The pages in the order they are loaded, and what was picked from the data (for the report)."""
    now = timezone.now()
    big = _community_by_members(largest=True)
    small = _community_by_members(largest=False)
    topic = Topic.objects.filter(communities=big).order_by("pk").first() or Topic.objects.order_by("pk").first()
    occurrence = _busiest_public_occurrence(now=now)
    report = ReportingPeriod.objects.filter(published_at__isnull=False).order_by("-published_at").first()
    member = User.objects.get(email=DEMO_EMAILS["member"])
    token = _private_feed_token(member)
    today = now.astimezone(LONDON)
    word = _search_word(big)
    search = f"/communities/?q={word}&topic={topic.slug}" if topic else f"/communities/?q={word}"

    def both(key, label, path, **extra):
        return [
            Page(f"{key}.out", f"{label} (signed out)", path, **extra),
            Page(f"{key}.in", f"{label} (signed in)", path, who="member", **extra),
        ]

    pages = [
        Page("ceiling.before", "Ceiling: HttpResponse('ok') (before)", CEILING_PATH, kind="ceiling"),
        Page("ceiling.in", "Ceiling, signed in", CEILING_PATH, who="member", kind="ceiling"),
        *both("home", "Home", "/"),
        *both("directory", "Directory", "/communities/"),
        *both("directory.search", "Directory, search and topic", search),
        *both("community.big", "Community, biggest", big.get_absolute_url()),
        *both("community.small", "Community, smallest", small.get_absolute_url()),
        *both("sessions", "Sessions", "/sessions/"),
        *both("month", "Month calendar", f"/sessions/calendar/{today.year}/{today.month}/"),
        *both("occurrence", "Session page", occurrence.get_absolute_url()),
        Page("attendees", "Attendee list (coordinator)", f"/sessions/{occurrence.pk}/attendees/", who="coordinator"),
        Page("feed.public", "All public sessions .ics", "/sessions/calendar.ics", kind="feed"),
        Page("feed.public.304", "Public feed, unchanged (304)", "/sessions/calendar.ics", kind="unchanged_feed"),
        Page("feed.private", "Private feed (full)", f"/calendar/{token.token}.ics", kind="private_feed"),
        Page(
            "feed.private.304", "Private feed, unchanged (304)", f"/calendar/{token.token}.ics", kind="unchanged_feed"
        ),
        Page("clip.dashboard", "CLIP dashboard (coordinator)", "/clip/", who="coordinator"),
        Page("coaching", "Co-coaching (signed in)", "/co-coaching/", who="member"),
        *([Page("clip.report", "CLIP report, published (signed out)", f"/clip/report/{report.pk}/")] if report else []),
        Page("mine", "My communities", "/communities/mine/", who="member"),
        Page("profile", "Profile", "/accounts/profile/", who="member"),
        Page("ceiling.after", "Ceiling: HttpResponse('ok') (after)", CEILING_PATH, kind="ceiling"),
    ]
    for page in pages:
        if page.kind == "unchanged_feed":
            page.expected_status = 304
    picked = {
        "community_big": {"slug": big.slug, "active_members": big.active_count},
        "community_small": {"slug": small.slug, "active_members": small.active_count},
        "topic": topic.slug if topic else None,
        "search": word,
        "occurrence": {"pk": occurrence.pk, "going": occurrence.going_count},
        "report_period": report.pk if report else None,
        "month": f"{today.year}-{today.month:02d}",
    }
    for page in pages:
        page.headers = {**HTTPS_FROM_PROXY, **page.headers}
        if page.who != "anonymous":
            page.headers["Cookie"] = f"{settings.SESSION_COOKIE_NAME}={sessions[page.who]}"
    return pages, picked
