import time
from datetime import timedelta

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
# everyone's data. It is set when someone signs in (no extra write) and moved on at most once an hour for
# superusers, once a day for everyone else, not on every request.
SESSION_IDLE = {"superuser": timedelta(hours=12), "everyone": timedelta(days=14)}
SESSION_MOVED_AT_MOST_EVERY = {"superuser": timedelta(hours=1), "everyone": timedelta(days=1)}


def session_expiry_move(session, user, *, always: bool = False) -> None:
    """Starts the idle time again for ``user``'s session, if it is due (or ``always``, at sign-in)."""
    kind = "superuser" if user.is_superuser else "everyone"
    now = int(time.time())
    due = now - session.get("expiry_moved_at", 0) >= SESSION_MOVED_AT_MOST_EVERY[kind].total_seconds()
    if always or due or session.get("expiry_kind") != kind:
        session.set_expiry(int(SESSION_IDLE[kind].total_seconds()))
        session["expiry_moved_at"] = now
        session["expiry_kind"] = kind


def session_expiry_at_sign_in(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        session_expiry_move(request.session, user, always=True)


def session_expires_when_idle(get_response):
    def middleware(request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            session_expiry_move(request.session, user)
        return get_response(request)

    return middleware
