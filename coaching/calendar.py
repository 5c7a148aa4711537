"""A pair's agreed slot as a repeating calendar event, in London time."""

from datetime import UTC, datetime, timedelta

from dateutil import rrule as du
from django.utils import translation
from django.utils.translation import gettext as _
from icalendar import Event

from portal.dates import DATEUTIL_DAYS, LONDON
from portal.ical import calendar_new, event_uid
from portal.rich_text import plain_text

MEETING_LENGTH = timedelta(minutes=90)


def _first_start(pair) -> datetime:
    # Fixed when the slot was agreed (pair.slot_starts_on), so both partners get the same first date and rule
    # whenever they download; a slot saved before that was stored starts from its last change, also the same.
    anchor = pair.slot_starts_on or pair.updated_at.astimezone(LONDON).date()
    rule = du.rrule(
        du.WEEKLY, byweekday=[DATEUTIL_DAYS[pair.slot_day]], dtstart=datetime.combine(anchor, pair.slot_time)
    )
    return rule[0].replace(tzinfo=LONDON)


def _rrule(pair, first: datetime) -> dict:
    if pair.slot_every == "weekly":
        return {"freq": "weekly", "byday": pair.slot_day}
    if pair.slot_every == "fortnightly":
        return {"freq": "weekly", "interval": 2, "byday": pair.slot_day}
    nth = (first.day - 1) // 7 + 1
    return {"freq": "monthly", "byday": f"{-1 if nth == 5 else nth}{pair.slot_day}"}


def slot_calendar(*, pair, user) -> bytes:
    partner = pair.partner_of(user)
    first = _first_start(pair)
    with translation.override(user.preferred_language):
        title = _("Co-coaching with %(name)s") % {"name": plain_text(partner.display_name)}
        calendar = calendar_new(name=title)
        event = Event()
        event.add("uid", event_uid(f"pair-{pair.pk}-{user.pk}"))
        event.add("dtstamp", pair.updated_at.astimezone(UTC))
        event.add("last-modified", pair.updated_at.astimezone(UTC))
        event.add("sequence", pair.slot_sequence)
        event.add("dtstart", first)
        event.add("dtend", first + MEETING_LENGTH)
        event.add("rrule", _rrule(pair, first))
        event.add("summary", title)
        event.add("description", plain_text(pair.rhythm))
        calendar.add_component(event)
    return calendar.to_ical()
