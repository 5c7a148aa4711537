"""What every calendar file Cylch serves has in common (see shared/ICAL.md): the preamble, Europe/London as a
VTIMEZONE every client reads the same way, UIDs on the site's own host name, and the HTTP response.

The sessions feeds and a co-coaching pair's slot both build on this; what goes in their events is theirs.
"""

import hashlib
from datetime import datetime, timedelta

from django.conf import settings
from django.http import HttpResponse
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.utils.cache import patch_vary_headers
from django.utils.decorators import decorator_from_middleware
from icalendar import Calendar, Timezone, TimezoneDaylight, TimezoneStandard, vDuration, vText

from .rich_text import plain_text

PRODID = "-//Cylch//Communities of practice//EN"
REFRESH = timedelta(hours=1)


def site_host() -> str:
    """The host name in SITE_URL, without scheme, port or path: "cylch.example"."""
    return settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "cylch"


def event_uid(local_part: str) -> str:
    """A UID built from our own keys and host name, so the same record is the same event in every client."""
    return f"{local_part}@{site_host()}"


def london_vtimezone() -> Timezone:
    """Europe/London as yearly rules (last Sunday of March and of October, 01:00 UTC).

    icalendar's generated VTIMEZONE lists every change as one comma-separated RDATE; Mozilla's ical.js (and so
    Thunderbird) reads only the first date of such a list and puts summer sessions an hour out. Yearly RRULEs,
    as Outlook and Google write them, read the same everywhere; a test checks them against the tz database.
    """
    timezone = Timezone()
    timezone.add("tzid", "Europe/London")
    daylight = TimezoneDaylight()
    daylight.add("tzname", "BST")
    daylight.add("dtstart", datetime(1970, 3, 29, 1, 0))
    daylight.add("tzoffsetfrom", timedelta(hours=0))
    daylight.add("tzoffsetto", timedelta(hours=1))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1SU"})
    standard = TimezoneStandard()
    standard.add("tzname", "GMT")
    standard.add("dtstart", datetime(1970, 10, 25, 2, 0))
    standard.add("tzoffsetfrom", timedelta(hours=1))
    standard.add("tzoffsetto", timedelta(hours=0))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1SU"})
    timezone.add_component(daylight)
    timezone.add_component(standard)
    return timezone


def calendar_new(*, name: str = "", feed: bool = False, method: str | None = None) -> Calendar:
    """An empty calendar with PRODID, VERSION and the Europe/London VTIMEZONE (ICAL.md rules 2 and 3).

    A subscribed feed (``feed=True``) also says ``METHOD:PUBLISH`` and carries the feed properties: its ``name``
    as NAME and X-WR-CALNAME, and an hourly refresh (Outlook refreshes rarely without it). A one-off file (a
    download, an attachment) carries none of them, so a client imports it once rather than treating it as a
    calendar to subscribe to, and no METHOD unless ``method`` is given (an invitation's REQUEST or CANCEL).
    """
    if feed and method not in (None, "PUBLISH"):
        raise ValueError("A feed is always METHOD:PUBLISH")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if feed:
        calendar.add("method", "PUBLISH")
        name = plain_text(name)
        calendar.add("name", vText(name))
        calendar.add("x-wr-calname", vText(name))
        calendar.add("refresh-interval", vDuration(REFRESH), parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", vDuration(REFRESH))
    elif method:
        calendar.add("method", method)
    calendar.add_component(london_vtimezone())
    return calendar


def body_digest(body: bytes) -> str:
    """The SHA-256 of a calendar's bytes, hex; its first 32 characters are the ETag."""
    return hashlib.sha256(body).hexdigest()


class CalendarResponse(HttpResponse):
    """An .ics body with a strong ETag, so an unchanged feed costs a client a 304."""

    def __init__(self, body: bytes, *, filename: str, disposition: str = "inline"):
        super().__init__(body, content_type="text/calendar; charset=utf-8")
        self["Content-Disposition"] = f'{disposition}; filename="{filename}"'
        self["ETag"] = '"' + body_digest(body)[:32] + '"'
        self["Cache-Control"] = "private, max-age=0, must-revalidate"


class _FeedGZipMiddleware(GZipMiddleware):
    """Django's GZip, which also marks a 304 the way it marks the 200 it stands for: ``Vary: Accept-Encoding``
    and, for a client that accepts gzip, the weak ETag that the compressed 200 carried."""

    def process_response(self, request, response):
        if response.status_code != 304:
            return super().process_response(request, response)
        patch_vary_headers(response, ("Accept-Encoding",))
        etag = response.get("ETag", "")
        if etag.startswith('"') and re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            response.headers["ETag"] = "W/" + etag
        return response


# Feeds are compressed when the client accepts gzip (a year of sessions is 150 KB of text). Conditional requests
# still answer 304: If-None-Match compares ETags weakly, so the weakened ETag of a compressed 200 still matches.
feed_gzip = decorator_from_middleware(_FeedGZipMiddleware)
