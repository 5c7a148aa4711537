"""iCalendar feeds that Outlook, Google, Apple and Thunderbird read the same way (see shared/ICAL.md).

Each occurrence is its own VEVENT with a stable UID, so moves and cancellations are plain updates of one event.
"""

import hashlib
import logging
from datetime import UTC

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Event, vUri

from portal.bilingual import localised
from portal.dates import LONDON
from portal.ical import calendar_new, event_uid
from portal.rich_text import plain_text, rich_text_as_plain

from .models import Occurrence

logger = logging.getLogger(__name__)


def _clean(text: str) -> str:
    return plain_text(text)


def occurrence_event(
    occurrence: Occurrence, *, join_url: str = "", waiting: bool = False, description: str | None = None
) -> Event:
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
    last_change = occurrence.updated_at.astimezone(UTC)

    event = Event()
    event.add("uid", event_uid(f"occurrence-{occurrence.pk}"))
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


# A session's event is the same in every feed that shows it to readers with the same link and place (most of a
# community's members): its bytes are kept under what they are made from, so a feed is mostly joined, not built.
EVENT_CACHE_SECONDS = 24 * 60 * 60
END_OF_CALENDAR = b"END:VCALENDAR\r\n"


def _event_cache_key(occurrence: Occurrence, *, join_url: str, waiting: bool) -> str:
    made_from = (
        occurrence.pk,
        occurrence.updated_at.isoformat(),
        occurrence.sequence,
        occurrence.series.updated_at.isoformat(),
        get_language(),
        settings.SITE_URL,
        join_url,
        waiting,
    )
    return "feed-event:" + hashlib.sha256(repr(made_from).encode()).hexdigest()


def calendar_bytes(
    *,
    name: str,
    occurrences,
    join_links: dict[int, str] | None = None,
    waiting_ids: frozenset[int] | set[int] = frozenset(),
    feed: bool = True,
) -> bytes:
    """A calendar of ``occurrences``: a subscribed feed named ``name`` (METHOD:PUBLISH and the feed properties),
    or with ``feed=False`` a one-off file that carries neither.

    Each VEVENT is built by icalendar on its own and its bytes kept (``EVENT_CACHE_SECONDS``); the calendar's own
    lines are icalendar's too, and the events go where ``Calendar.to_ical`` would put them, before its end, so
    the bytes are the same as serialising the whole calendar at once."""
    occurrences = list(occurrences)
    keys = {
        occurrence.pk: _event_cache_key(
            occurrence,
            join_url=(join_links or {}).get(occurrence.pk, ""),
            waiting=occurrence.pk in waiting_ids,
        )
        for occurrence in occurrences
    }
    kept = cache.get_many(list(keys.values())) if keys else {}
    made: dict[str, bytes] = {}
    # Each series' description is turned into plain text once, however many of its sessions the feed holds.
    descriptions: dict[int, str] = {}
    events = []
    for occurrence in occurrences:
        key = keys[occurrence.pk]
        if key in kept:
            events.append(kept[key])
            continue
        try:
            if occurrence.series_id not in descriptions:
                descriptions[occurrence.series_id] = rich_text_as_plain(
                    localised(occurrence.series, "description").text
                )
            event = occurrence_event(
                occurrence,
                join_url=(join_links or {}).get(occurrence.pk, ""),
                waiting=occurrence.pk in waiting_ids,
                description=descriptions[occurrence.series_id],
            ).to_ical()
        except Exception:  # one bad record must not break everyone's calendar
            logger.exception("Skipped occurrence %s in feed %r", occurrence.pk, name)
            continue
        made[key] = event
        events.append(event)
    if made:
        cache.set_many(made, EVENT_CACHE_SECONDS)
    calendar = calendar_new(name=name, feed=feed).to_ical()
    return calendar[: -len(END_OF_CALENDAR)] + b"".join(events) + END_OF_CALENDAR


def occurrence_ics_bytes(occurrence: Occurrence, *, join_url: str) -> bytes:
    """One session as a calendar file, e.g. to attach to a reminder; ``join_url`` as ``selectors.reader_view_of`` decided."""
    return calendar_bytes(
        name=localised(occurrence.series, "title").text,
        occurrences=[occurrence],
        join_links={occurrence.pk: join_url} if join_url else {},
        feed=False,
    )


def feed_key(kind: str, *parts) -> str:
    """``public:cy``, ``community:12:en``, ``person:<token hash>``: one row per feed and language."""
    return ":".join([kind, *(str(part) for part in parts)])
