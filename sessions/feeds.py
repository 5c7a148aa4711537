"""iCalendar feeds that Outlook, Google, Apple and Thunderbird read the same way (see shared/ICAL.md).

Each occurrence is its own VEVENT with a stable UID, so moves and cancellations are plain updates of one event.
"""

import hashlib
import logging
from datetime import datetime, timedelta
from datetime import timezone as dt_timezone

from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vDuration, vText, vUri

from portal.bilingual import localised
from portal.rich_text import plain_text, rich_text_as_plain

from .models import LONDON, Occurrence

logger = logging.getLogger(__name__)


def _clean(text: str) -> str:
    return plain_text(text)


def _host() -> str:
    return settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0] or "cylch"


def occurrence_event(occurrence: Occurrence, *, join_url: str = "", waiting: bool = False,
                     description: str | None = None) -> Event:
    """One session as a VEVENT. ``join_url`` is what ``selectors.reader_view_of`` allowed this reader ("" for none);
    ``waiting`` marks a waiting-list place, shown as tentative."""
    series = occurrence.series
    title = _clean(localised(series, "title").text)
    if occurrence.is_cancelled:
        title = _("Cancelled: %(title)s") % {"title": title}
    page_url = settings.SITE_URL + occurrence.get_absolute_url()
    if description is None:
        description = rich_text_as_plain(localised(series, "description").text)
    description = [description]
    if occurrence.is_cancelled and occurrence.cancel_reason:
        description.append(_("Cancelled because: %(reason)s") % {"reason": _clean(occurrence.cancel_reason)})
    if waiting and not occurrence.is_cancelled:
        description.append(_("You are on the waiting list. We will email you if a place comes up."))
    if join_url:
        description.append(_("Join online: %(url)s") % {"url": join_url})
    description.append(_("Details: %(url)s") % {"url": page_url})
    last_change = occurrence.updated_at.astimezone(dt_timezone.utc)

    event = Event()
    event.add("uid", f"occurrence-{occurrence.pk}@{_host()}")
    event.add("dtstamp", last_change)
    event.add("last-modified", last_change)
    event.add("dtstart", occurrence.start.astimezone(LONDON))
    event.add("dtend", occurrence.end.astimezone(LONDON))
    event.add("summary", title)
    event.add("description", "\n\n".join(part for part in description if part))
    if occurrence.place:
        event.add("location", _clean(occurrence.place))
    event.add("url", vUri(join_url or page_url))
    if join_url:
        event.add("conference", vUri(join_url), parameters={"VALUE": "URI", "FEATURE": "VIDEO"})
    event.add("sequence", occurrence.sequence)
    event.add("status", "CANCELLED" if occurrence.is_cancelled else "TENTATIVE" if waiting else "CONFIRMED")
    return event


def calendar_bytes(*, name: str, occurrences, join_links: dict[int, str] | None = None,
                   waiting_ids: frozenset[int] | set[int] = frozenset()) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Cylch//Communities of practice//EN")
    calendar.add("version", "2.0")
    name = plain_text(name)
    calendar.add("name", vText(name))
    calendar.add("x-wr-calname", vText(name))
    calendar.add("refresh-interval", vDuration(timedelta(hours=1)), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(timedelta(hours=1)))
    calendar.add_component(london_vtimezone())
    # Each series' description is turned into plain text once, however many of its sessions the feed holds.
    descriptions: dict[int, str] = {}
    for occurrence in occurrences:
        try:
            if occurrence.series_id not in descriptions:
                descriptions[occurrence.series_id] = rich_text_as_plain(localised(occurrence.series, "description").text)
            calendar.add_component(occurrence_event(
                occurrence, join_url=(join_links or {}).get(occurrence.pk, ""), waiting=occurrence.pk in waiting_ids,
                description=descriptions[occurrence.series_id],
            ))
        except Exception:  # one bad record must not break everyone's calendar
            logger.exception("Skipped occurrence %s in feed %r", occurrence.pk, name)
    return calendar.to_ical()


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


def occurrence_ics_bytes(occurrence: Occurrence, *, join_url: str) -> bytes:
    """One session as a calendar file, e.g. to attach to a reminder; ``join_url`` as ``selectors.reader_view_of`` decided."""
    return calendar_bytes(
        name=localised(occurrence.series, "title").text, occurrences=[occurrence],
        join_links={occurrence.pk: join_url} if join_url else {},
    )


class CalendarResponse(HttpResponse):
    """An .ics body with a strong ETag, so an unchanged feed costs a client a 304."""

    def __init__(self, body: bytes, *, filename: str):
        super().__init__(body, content_type="text/calendar; charset=utf-8")
        self["Content-Disposition"] = f'inline; filename="{filename}"'
        self["ETag"] = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        self["Cache-Control"] = "private, max-age=0, must-revalidate"
