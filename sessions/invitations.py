"""Calendar invitations by email (iMIP, RFC 6047; iTIP, RFC 5546; shared/ICAL.md rules 13–18).

Someone who says they are going gets a ``METHOD:REQUEST`` for that session, which puts it in their own calendar;
a move or a change of place or link sends the same UID again with a higher SEQUENCE, and a cancellation, their
withdrawing or their leaving the community sends ``METHOD:CANCEL``. Each person's SEQUENCE is an ``Invitation``
row, raised in the transaction that queues the email. Called inside the transaction of the change
(``services.rsvp_set``, ``occurrence_move``, ``series_update``, ``occurrence_cancel``,
``rsvps_end_for_former_member``); the calendar itself is drawn when the email is sent (``invitation_email_extras``),
so it shows the session as it is then and the joining link only if ``selectors.reader_view_of`` allows it then.
"""

from datetime import UTC, datetime
from email.utils import parseaddr

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vText, vUri

from notifications import selectors as notification_selectors
from notifications import services as outbox
from notifications.registry import AlternativePart
from portal.bilingual import localised
from portal.dates import LONDON
from portal.ical import PRODID, event_uid, london_vtimezone
from portal.rich_text import plain_text, rich_text_as_plain

from . import selectors
from .models import Invitation, Occurrence, SessionEmailKind

REQUEST = "REQUEST"
CANCEL = "CANCEL"
TEMPLATE_PREFIX = {REQUEST: "scheduling/email/invitation", CANCEL: "scheduling/email/invitation_cancel"}


class Why:
    """Why an invitation email goes, for its text (the calendar part is the same whatever the reason)."""

    GOING = "going"
    PROMOTED = "promoted"
    CHANGED = "changed"
    CANCELLED = "cancelled"  # the session was cancelled
    WITHDRAWN = "withdrawn"  # the person said they are not going
    LEFT = "left"  # the person left the community or was removed


def _wanted(user) -> bool:
    return notification_selectors.notification_settings_for(user=user).calendar_invitations


def _dedupe_key_prefix(occurrence: Occurrence) -> str:
    return f"invitation:{occurrence.pk}:"


def _queue(invitation: Invitation, occurrence: Occurrence, *, method: str, why: str) -> None:
    outbox.email_enqueue(
        recipient_id=invitation.user_id,
        kind=SessionEmailKind.INVITATION,
        # SEQUENCE rises with every email for this person and session, so each is its own purpose.
        dedupe_key=f"{_dedupe_key_prefix(occurrence)}{invitation.sequence}",
        template_prefix=TEMPLATE_PREFIX[method],
        context={
            "occurrence": outbox.model_ref(occurrence),
            "series": outbox.model_ref(occurrence.series),
            "attendee": [settings.AUTH_USER_MODEL, invitation.user_id],
            "method": method,
            "sequence": invitation.sequence,
            "why": why,
        },
    )


def invitation_request(*, occurrence: Occurrence, user, why: str = Why.GOING) -> Invitation | None:
    """Queues a REQUEST for a person who now has a place (if they want invitations); a later one raises SEQUENCE."""
    if occurrence.is_cancelled or occurrence.end <= timezone.now() or not _wanted(user):
        return None
    invitation, created = Invitation.objects.select_for_update().get_or_create(occurrence=occurrence, user=user)
    if not created:
        invitation.sequence += 1
    invitation.cancelled_at = None
    invitation.save()
    _queue(invitation, occurrence, method=REQUEST, why=why)
    return invitation


def _live(occurrence: Occurrence) -> QuerySet:
    return (
        Invitation.objects.select_for_update(of=("self",))
        .filter(occurrence=occurrence, cancelled_at=None)
        .order_by("pk")
    )


def invitations_update(*, occurrence: Occurrence) -> set[int]:
    """Sends everyone holding a live invitation to this session a REQUEST with a higher SEQUENCE (it moved, or its
    place or link changed). Returns the ids of the people who get one, who need no other email about the change."""
    told = set()
    if occurrence.is_cancelled:
        return told
    # Whatever their setting now: an entry already in someone's calendar is kept right until it is taken out.
    for invitation in _live(occurrence):
        invitation.sequence += 1
        invitation.save(update_fields=["sequence", "updated_at"])
        _queue(invitation, occurrence, method=REQUEST, why=Why.CHANGED)
        told.add(invitation.user_id)
    return told


def invitations_cancel(*, occurrence: Occurrence, user=None, why: str) -> set[int]:
    """Sends a CANCEL with a higher SEQUENCE to each person (or only ``user``) holding a live invitation to this
    session who was sent one (whatever their setting now); their invitation is closed either way, and any of
    its emails not yet sent are dropped. Returns who gets a CANCEL."""
    told = set()
    live = _live(occurrence)
    if user is not None:
        live = live.filter(user=user)
    now = timezone.now()
    for invitation in live.select_related("user"):
        invitation.cancelled_at = now
        # Invitations still waiting in the outbox are not sent at all; a CANCEL goes only where one went.
        prefix = _dedupe_key_prefix(occurrence)
        outbox.emails_unsent_drop(kind=SessionEmailKind.INVITATION, dedupe_key_prefix=prefix, recipient=invitation.user)
        # Whatever their setting now: switching invitations off stops new ones, never leaves a stale entry behind.
        wanted = notification_selectors.email_sent_before(
            recipient=invitation.user, kind=SessionEmailKind.INVITATION, dedupe_key_prefix=prefix
        )
        if wanted:
            invitation.sequence += 1
        invitation.save(update_fields=["cancelled_at", "sequence", "updated_at"])
        if wanted:
            _queue(invitation, occurrence, method=CANCEL, why=why)
            told.add(invitation.user_id)
    return told


def invitation_held(*, occurrence: Occurrence, user) -> bool:
    """Whether the person's calendar holds this session through a live invitation (a reminder then says so)."""
    return Invitation.objects.filter(occurrence=occurrence, user=user, cancelled_at=None).exists()


def _mailto(address: str) -> vCalAddress:
    return vCalAddress(f"mailto:{address}")


def invitation_calendar(
    *, occurrence: Occurrence, recipient, method: str, sequence: int, join_url: str, now: datetime
) -> bytes:
    """One session as an iTIP message for one attendee: METHOD, one VEVENT with the invitation's own UID, its
    SEQUENCE, DTSTAMP = now, the Europe/London VTIMEZONE, ORGANIZER (the community, at the portal's sending
    address) and the ATTENDEE, who has already accepted and is asked not to reply. No feed properties."""
    series = occurrence.series
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    calendar.add_component(london_vtimezone())

    title = plain_text(localised(series, "title").text)
    page_url = settings.SITE_URL + occurrence.get_absolute_url()
    description = [rich_text_as_plain(localised(series, "description").text)]
    if method == CANCEL:
        title = _("Cancelled: %(title)s") % {"title": title}
        if occurrence.is_cancelled and occurrence.cancel_reason:
            description.append(_("Cancelled because: %(reason)s") % {"reason": plain_text(occurrence.cancel_reason)})
    if join_url:
        description.append(_("Join online: %(url)s") % {"url": join_url})
    description.append(_("Details: %(url)s") % {"url": page_url})

    event = Event()
    event.add("uid", event_uid(f"invitation-{occurrence.pk}-{recipient.pk}"))
    event.add("sequence", sequence)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", occurrence.start.astimezone(LONDON))
    event.add("dtend", occurrence.end.astimezone(LONDON))
    event.add("summary", title)
    event.add("description", "\n\n".join(part for part in description if part))
    location = plain_text(occurrence.place) if occurrence.place else join_url
    if location:
        event.add("location", location)
    event.add("url", vUri(join_url or page_url))
    if join_url:
        event.add("conference", vUri(join_url), parameters={"VALUE": "URI", "FEATURE": "VIDEO"})
    event.add("status", "CANCELLED" if method == CANCEL else "CONFIRMED")
    event.add("transp", "OPAQUE")

    organizer = _mailto(parseaddr(settings.DEFAULT_FROM_EMAIL)[1])
    organizer.params["CN"] = vText(plain_text(localised(series.community, "name").text))
    event.add("organizer", organizer)
    attendee = _mailto(recipient.email)
    attendee.params["CN"] = vText(plain_text(recipient.display_name))
    attendee.params["CUTYPE"] = vText("INDIVIDUAL")
    attendee.params["ROLE"] = vText("REQ-PARTICIPANT")
    attendee.params["PARTSTAT"] = vText("ACCEPTED")
    attendee.params["RSVP"] = vText("FALSE")
    event.add("attendee", attendee)
    calendar.add_component(event)
    return calendar.to_ical()


def invitation_email_extras(*, context: dict, recipient) -> tuple[dict, list]:
    """The invitation's calendar, drawn for the recipient as they send: the session's time and place now, the
    joining link only if they may see it now, and the SEQUENCE the email was queued with."""
    occurrence, method = context["occurrence"], context["method"]
    join_url = selectors.join_link_for(occurrence=occurrence, user=recipient) if method == REQUEST else ""
    body = invitation_calendar(
        occurrence=occurrence,
        recipient=recipient,
        method=method,
        sequence=context["sequence"],
        join_url=join_url,
        now=timezone.now(),
    )
    part = AlternativePart(content=body.decode(), mimetype=f"text/calendar; method={method}; charset=UTF-8")
    return {"join_url": join_url}, [part]


def invitation_still_wanted(context: dict) -> bool:
    """A REQUEST for a session since cancelled, or whose invitation has since been cancelled, is not sent (its
    CANCEL, queued after it, still goes)."""
    if context["method"] != REQUEST:
        return True
    occurrence = context["occurrence"]
    return not occurrence.is_cancelled and invitation_held(occurrence=occurrence, user=context["attendee"])
