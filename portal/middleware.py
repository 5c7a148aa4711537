import time
from datetime import timedelta

from django.contrib.auth import logout
from django.utils.cache import add_never_cache_headers


def private_pages_not_stored(get_response):
    """Every page served to someone signed in may show their private data (their profile, private calendar
    address, pairs and notes, attendee lists): no browser or shared cache keeps it (``Cache-Control: no-store``).
    Responses that set their own caching (files, feeds) are left as they are."""

    def middleware(request):
        response = get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        return response

    return middleware


# How long a signed-in session lasts without use (issue 19): two weeks, and 12 hours for superusers, who can change
# everyone's data. When the person was last seen is kept in the session, set when they sign in (no extra write)
# and moved on at most every few minutes for superusers and once a day for everyone else, not on every request;
# so a session ends between ``SESSION_IDLE - SESSION_SEEN_EVERY`` and ``SESSION_IDLE`` after its last use. The
# cookie's own lifetime (allauth's "Remember me", or until the browser closes) is left as it was chosen.
SESSION_IDLE = {"superuser": timedelta(hours=12), "everyone": timedelta(days=14)}
SESSION_SEEN_EVERY = {"superuser": timedelta(minutes=10), "everyone": timedelta(days=1)}


def _kind(user) -> str:
    return "superuser" if user.is_superuser else "everyone"


def session_seen_at_sign_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session["seen_at"] = int(time.time())


def session_expires_when_idle(get_response):
    def middleware(request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            kind, now = _kind(user), int(time.time())
            seen_at = request.session.get("seen_at", now)
            if now - seen_at > SESSION_IDLE[kind].total_seconds():
                logout(request)  # the session is flushed: this request goes on signed out
            elif "seen_at" not in request.session or now - seen_at >= SESSION_SEEN_EVERY[kind].total_seconds():
                request.session["seen_at"] = now
        return get_response(request)

    return middleware
