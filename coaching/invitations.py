"""A pair's agreed slot as a calendar invitation by email (iMIP, RFC 6047; iTIP, RFC 5546; shared/ICAL.md rules
13–18), as sessions send theirs: when the pair agree or change the slot both partners get a ``METHOD:REQUEST`` for
the repeating event, and when the slot is removed or the pair ends a ``METHOD:CANCEL``, always with the same UID
(``pair-invitation-<pair>-<person>``, not the download's) and the slot's SEQUENCE (``Pair.slot_sequence``; a
CANCEL one higher). Only to people who want invitations (their email settings); a CANCEL only to someone who was
sent a REQUEST. The calendar is drawn when the email is sent."""

from datetime import UTC
from email.utils import parseaddr

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vText, vUri

from notifications import selectors as notification_selectors
from notifications import services as outbox
from notifications.registry import AlternativePart
from portal.ical import PRODID, event_uid, london_vtimezone
from portal.rich_text import plain_text

from .calendar import MEETING_LENGTH, _first_start, _rrule
from .models import CoachingEmailKind, Pair

REQUEST = "REQUEST"
CANCEL = "CANCEL"
TEMPLATE_PREFIX = {REQUEST: "coaching/email/slot_invitation", CANCEL: "coaching/email/slot_invitation_cancel"}


def _dedupe_key_prefix(pair: Pair) -> str:
    return f"pair:{pair.pk}:invitation:"


def slot_has_all(pair: Pair) -> bool:
    return bool(pair.slot_day and pair.slot_time and pair.slot_every)


def slot_invitations_send(*, pair: Pair, method: str) -> int:
    """Queues the slot's REQUEST (or CANCEL) to both partners who want invitations; inside the change's transaction.
    Returns how many were queued."""
    queued = 0
    sequence = pair.slot_sequence + (1 if method == CANCEL else 0)
    prefix = _dedupe_key_prefix(pair)
    for person in (pair.person_a, pair.person_b):
        if not notification_selectors.notification_settings_for(user=person).calendar_invitations:
            continue
        if method == CANCEL:
            # Nothing still waiting for this slot goes out; a CANCEL only where a REQUEST went.
            outbox.emails_unsent_drop(kind=CoachingEmailKind.COACHING, dedupe_key_prefix=prefix, recipient=person)
            if not notification_selectors.email_sent_before(
                recipient=person, kind=CoachingEmailKind.COACHING, dedupe_key_prefix=prefix
            ):
                continue
        outbox.email_enqueue(
            recipient=person,
            kind=CoachingEmailKind.COACHING,
            dedupe_key=f"{prefix}{sequence}:{method.lower()}",
            template_prefix=TEMPLATE_PREFIX[method],
            context={"pair": outbox.model_ref(pair), "method": method, "sequence": sequence},
        )
        queued += 1
    return queued


def _attendee(person) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    address.params["CN"] = vText(plain_text(person.display_name))
    address.params["CUTYPE"] = vText("INDIVIDUAL")
    address.params["ROLE"] = vText("REQ-PARTICIPANT")
    address.params["PARTSTAT"] = vText("ACCEPTED")
    address.params["RSVP"] = vText("FALSE")
    return address


def slot_invitation_calendar(*, pair: Pair, recipient, method: str, sequence: int, now) -> bytes:
    """The slot as an iTIP message for one partner: METHOD, one repeating VEVENT with the invitation's own UID,
    SEQUENCE, DTSTAMP = now, the Europe/London VTIMEZONE, ORGANIZER (the portal) and both partners as attendees."""
    partner = pair.partner_of(recipient)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    calendar.add_component(london_vtimezone())
    title = _("Co-coaching with %(name)s") % {"name": plain_text(partner.display_name)}
    first = _first_start(pair)
    event = Event()
    event.add("uid", event_uid(f"pair-invitation-{pair.pk}-{recipient.pk}"))
    event.add("sequence", sequence)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", first)
    event.add("dtend", first + MEETING_LENGTH)
    event.add("rrule", _rrule(pair, first))
    event.add("summary", title if method == REQUEST else _("Cancelled: %(title)s") % {"title": title})
    page_url = settings.SITE_URL + pair_url(pair)
    event.add("description", "\n\n".join(part for part in (plain_text(pair.rhythm), page_url) if part))
    event.add("url", vUri(page_url))
    event.add("status", "CANCELLED" if method == CANCEL else "CONFIRMED")
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    organizer = vCalAddress(f"mailto:{address}")
    organizer.params["CN"] = vText(name or "Cylch")
    event.add("organizer", organizer)
    event.add("attendee", _attendee(recipient))
    event.add("attendee", _attendee(partner))
    calendar.add_component(event)
    return calendar.to_ical()


def pair_url(pair: Pair) -> str:
    return reverse("coaching:pair", args=[pair.pk])


def slot_invitation_extras(*, context: dict, recipient) -> tuple[dict, list]:
    pair, method = context["pair"], context["method"]
    body = slot_invitation_calendar(
        pair=pair, recipient=recipient, method=method, sequence=context["sequence"], now=timezone.now()
    )
    part = AlternativePart(content=body.decode(), mimetype=f"text/calendar; method={method}; charset=UTF-8")
    return {"partner": pair.partner_of(recipient)}, [part]


def slot_invitation_still_wanted(context: dict) -> bool:
    """A REQUEST goes only while the slot it was queued for is still the pair's (an unchanged SEQUENCE) and the
    slot is whole; a later change has queued its own."""
    pair = context["pair"]
    if context["method"] != REQUEST:
        return slot_has_all(pair)
    return pair.slot_sequence == context["sequence"] and slot_has_all(pair)
