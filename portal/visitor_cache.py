"""Pages that everyone who is not signed in sees alike, kept for a minute and dropped by any change to what they show.

A visitor's directory, sessions list, month and community or session page are the same bytes for every visitor
with the same address and language. ``cached_for_visitors`` keeps them under the site's content version
(``CONTENT``, moved by every save or delete in the apps whose rows these pages show: ``PortalConfig.ready``
connects them) for at most ``VISITOR_PAGE_SECONDS``, which also bounds how long a bulk write that sends no signal
can go unseen. Only addresses without a query are kept, so the keys are as many as the pages, not as many as
visitors can invent (searches, filters and later pages are made afresh).

Nothing personal is ever kept: the page is made afresh for anyone signed in, anyone with a session or messages
waiting, any form post and any htmx request, and a page that set a cookie or asked for a CSRF token is not kept.
"""

import hashlib
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import get_language

from .cache import version_of

CONTENT = "site-content"
VISITOR_PAGE_SECONDS = 60


def _is_anonymous_visit(request) -> bool:
    if request.method not in ("GET", "HEAD") or getattr(request, "htmx", False) or request.GET:
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return not request.user.is_authenticated


def cached_for_visitors(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _is_anonymous_visit(request):
            return view(request, *args, **kwargs)
        made_from = f"{request.get_full_path()}|{get_language()}|{version_of(CONTENT)}"
        key = "visitor-page:" + hashlib.sha256(made_from.encode()).hexdigest()
        kept = cache.get(key)
        if kept is not None:
            content_type, content = kept
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        keepable = (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        )
        if keepable:
            cache.set(key, (response["Content-Type"], response.content), VISITOR_PAGE_SECONDS)
        return response

    return wrapper
