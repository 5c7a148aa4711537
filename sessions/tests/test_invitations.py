"""Calendar invitations by email (iMIP, RFC 6047; iTIP, RFC 5546; shared/ICAL.md rules 13–18): "I'm going" sends a
REQUEST, a move an updated REQUEST, a cancellation, withdrawing or leaving a CANCEL, all for the invitation's own
UID with a rising SEQUENCE, read back by icalendar and by Mozilla's ical.js."""

import json
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from django.core import mail
from icalendar import Calendar

from communities import services as community_services
from conftest import skip_or_fail
from notifications import services as notification_services
from notifications.selectors import notification_settings_for
from notifications.services import outbox_send_due
from sessions import services
from sessions.models import LONDON, Invitation
from tests.factories import london, make_person, make_series

JS_DIR = Path(__file__).resolve().parents[2] / "tests" / "js"
SECRET = "https://teams.example/secret-room"
# RFC 5546, 3.2.2 (REQUEST) and 3.2.5 (CANCEL): what each must carry.
REQUIRED = {"ORGANIZER", "ATTENDEE", "UID", "SEQUENCE", "DTSTAMP", "DTSTART", "SUMMARY"}


@pytest.fixture
def clock():
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=LONDON), tick=False) as traveller:
        yield traveller


@pytest.fixture
def occurrence(community, host, clock):
    return make_series(community, first_start=london(2026, 11, 23, 12, 0), host=host).occurrences.get()


@pytest.fixture
def english_member(community):
    person = make_person("rhys@example.org", name="Rhys Jones")
    community_services.community_join(community=community, user=person)
    return person


def _sent_to(person) -> list:
    outbox_send_due()
    return [message for message in mail.outbox if message.to == [person.email]]


def _parts(message) -> dict:
    """The MIME parts of an invitation email by content type, checking its shape on the way."""
    mime = message.message()
    assert mime.get_content_type() == "multipart/alternative"
    parts = mime.get_payload()
    assert [part.get_content_type() for part in parts] == ["text/plain", "text/html", "text/calendar"]
    return {part.get_content_type(): part for part in parts}


def _calendar_of(message) -> tuple[Calendar, bytes, object]:
    part = _parts(message)["text/calendar"]
    body = part.get_payload(decode=True)
    return Calendar.from_ical(body), body, part


def _read_with_ical_js(body: bytes, tmp_path) -> list[dict]:
    if not shutil.which("node") or not (JS_DIR / "node_modules" / "ical.js").exists():
        skip_or_fail("node and tests/js/node_modules/ical.js are needed (cd tests/js && npm ci)")
    path = tmp_path / "invitation.ics"
    path.write_bytes(body)
    result = subprocess.run(
        ["node", str(JS_DIR / "expand.mjs"), str(path), "2028-01-01T00:00:00"],
        capture_output=True,
        text=True,
        check=True,
        cwd=JS_DIR,
    )
    return json.loads(result.stdout)


def _check_itip(message, *, method: str, tmp_path) -> dict:
    """The calendar part as RFC 5546 and ICAL.md rule 13 want it; returns what both parsers read."""
    calendar, body, part = _calendar_of(message)
    assert part.get_param("method") == method == str(calendar["METHOD"])
    assert part["Content-Type"].lower().count("charset") == 1
    assert part.get_content_charset() == "utf-8"
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert REQUIRED <= set(event.keys())
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    for feed_only in ("NAME", "X-WR-CALNAME", "REFRESH-INTERVAL", "X-PUBLISHED-TTL"):
        assert feed_only not in calendar
    organizer, attendee = event["ORGANIZER"], event["ATTENDEE"]
    assert str(organizer).lower() == "mailto:cylch@localhost" and organizer.params["CN"] == "Shambolic Warriors"
    assert attendee.params["PARTSTAT"] == "ACCEPTED" and attendee.params["RSVP"] == "FALSE"
    if method == "CANCEL":
        assert str(event["STATUS"]) == "CANCELLED"
    (theirs,) = _read_with_ical_js(body, tmp_path)
    assert theirs["uid"] == str(event["UID"]) and theirs["sequence"] == int(event["SEQUENCE"])
    assert theirs["start_london"] == event["DTSTART"].dt.astimezone(LONDON).strftime("%Y-%m-%dT%H:%M:%S")
    return {
        "uid": str(event["UID"]),
        "sequence": int(event["SEQUENCE"]),
        "start": theirs["start_london"],
        "attendee": str(attendee).lower(),
        "text": body.decode(),
    }


def test_rsvp_move_cancel_sends_request_request_cancel_for_one_uid_with_rising_sequence(
    english_member, occurrence, host, clock, tmp_path
):
    services.rsvp_set(occurrence=occurrence, user=english_member, going=True)
    first = _sent_to(english_member)
    services.occurrence_move(
        occurrence=occurrence,
        start=london(2026, 11, 24, 14, 0),
        end=london(2026, 11, 24, 15, 0),
        location="",
        acting_user=host,
    )
    second = _sent_to(english_member)[len(first) :]
    services.occurrence_cancel(occurrence=occurrence, reason="Snow", acting_user=host)
    third = _sent_to(english_member)[len(first) + len(second) :]

    # One email per change: the invitation carries the news, with no separate "changed"/"cancelled" notice.
    assert (len(first), len(second), len(third)) == (1, 1, 1)
    request = _check_itip(first[0], method="REQUEST", tmp_path=tmp_path)
    update = _check_itip(second[0], method="REQUEST", tmp_path=tmp_path)
    cancel = _check_itip(third[0], method="CANCEL", tmp_path=tmp_path)
    assert (
        request["uid"] == update["uid"] == cancel["uid"] == f"invitation-{occurrence.pk}-{english_member.pk}@127.0.0.1"
    )
    assert request["sequence"] < update["sequence"] < cancel["sequence"]
    assert (request["start"], update["start"]) == ("2026-11-23T12:00:00", "2026-11-24T14:00:00")
    assert request["attendee"] == "mailto:rhys@example.org"
    assert first[0].subject.startswith("Invitation:") and second[0].subject.startswith("Changed:")
    assert third[0].subject.startswith("Cancelled:") and "Snow" in third[0].body


def test_the_invitation_uid_is_not_the_feeds(client, english_member, occurrence):
    services.rsvp_set(occurrence=occurrence, user=english_member, going=True)
    (message,) = _sent_to(english_member)
    calendar, _body, _part = _calendar_of(message)
    feed = Calendar.from_ical(client.get(f"/sessions/{occurrence.pk}.ics").content)
    assert {str(e["UID"]) for e in calendar.walk("VEVENT")}.isdisjoint(str(e["UID"]) for e in feed.walk("VEVENT"))


def test_withdrawing_sends_a_cancel(english_member, occurrence, tmp_path):
    services.rsvp_set(occurrence=occurrence, user=english_member, going=True)
    (request,) = _sent_to(english_member)
    services.rsvp_set(occurrence=occurrence, user=english_member, going=False)
    cancel = _sent_to(english_member)[-1]
    before = _check_itip(request, method="REQUEST", tmp_path=tmp_path)
    after = _check_itip(cancel, method="CANCEL", tmp_path=tmp_path)
    assert after["uid"] == before["uid"] and after["sequence"] > before["sequence"]
    assert "no longer going" in cancel.body
    assert Invitation.objects.get(occurrence=occurrence, user=english_member).cancelled_at is not None


def test_leaving_the_community_sends_a_cancel(english_member, community, occurrence, tmp_path):
    services.rsvp_set(occurrence=occurrence, user=english_member, going=True)
    _sent_to(english_member)
    community_services.community_leave(community=community, user=english_member)
    methods = [
        str(_calendar_of(message)[0]["METHOD"])
        for message in _sent_to(english_member)
        if message.alternatives and "text/calendar" in message.alternatives[-1][1]
    ]
    assert methods == ["REQUEST", "CANCEL"]


def test_with_invitations_switched_off_none_is_sent(english_member, occurrence, host):
    chosen = notification_settings_for(user=english_member)
    chosen.calendar_invitations = False
    notification_services.notification_settings_save(settings=chosen)
    services.rsvp_set(occurrence=occurrence, user=english_member, going=True)
    services.occurrence_cancel(occurrence=occurrence, reason="", acting_user=host)
    sent = _sent_to(english_member)
    assert not any("text/calendar" in mimetype for message in sent for _content, mimetype in message.alternatives)
    assert [message.subject.split(":")[0] for message in sent] == ["Cancelled"]  # the plain notice still goes
    assert not Invitation.objects.exists()


def test_a_member_going_gets_the_joining_link_and_a_non_member_never_does(
    english_member, outsider, occurrence, tmp_path
):
    services.rsvp_set(occurrence=occurrence, user=english_member, going=True)
    services.rsvp_set(occurrence=occurrence, user=outsider, going=True)
    (theirs,) = _sent_to(outsider)
    (ours,) = _sent_to(english_member)
    for part in _parts(theirs).values():
        assert SECRET not in part.get_payload(decode=True).decode()
    assert SECRET not in _check_itip(theirs, method="REQUEST", tmp_path=tmp_path)["text"]
    assert SECRET in _check_itip(ours, method="REQUEST", tmp_path=tmp_path)["text"]
    assert SECRET in ours.body


def test_welsh_recipients_get_welsh_text_and_html(member_of_community, occurrence, tmp_path):
    services.rsvp_set(occurrence=occurrence, user=member_of_community, going=True)
    (message,) = _sent_to(member_of_community)
    parts = _parts(message)
    for content_type in ("text/plain", "text/html"):
        text = parts[content_type].get_payload(decode=True).decode()
        assert "Helo Siân Evans," in text
        assert "Rydych yn mynd i sesiwn ar" in text
    assert 'lang="cy"' in parts["text/html"].get_payload(decode=True).decode()
    _check_itip(message, method="REQUEST", tmp_path=tmp_path)


def test_a_place_from_the_waiting_list_comes_as_an_invitation(community, host, english_member, clock, tmp_path):
    occurrence = make_series(
        community, first_start=london(2026, 11, 24, 12, 0), host=host, capacity=1, title="Small room"
    ).occurrences.get()
    first = make_person("first@example.org", name="First")
    community_services.community_join(community=community, user=first)
    services.rsvp_set(occurrence=occurrence, user=first, going=True)
    services.rsvp_set(occurrence=occurrence, user=english_member, going=True)  # waiting: no invitation
    assert _sent_to(english_member) == []
    services.rsvp_set(occurrence=occurrence, user=first, going=False)
    (message,) = _sent_to(english_member)
    assert message.subject.startswith("A place has come up:")
    _check_itip(message, method="REQUEST", tmp_path=tmp_path)


def test_a_changed_place_sends_an_update(english_member, occurrence, host, tmp_path):
    services.rsvp_set(occurrence=occurrence, user=english_member, going=True)
    (request,) = _sent_to(english_member)
    series = occurrence.series
    series.location = "Room 2, Cathays Park"
    services.series_update(series=series, changed_fields=["location"], acting_user=host)
    update = _sent_to(english_member)[-1]
    before = _check_itip(request, method="REQUEST", tmp_path=tmp_path)
    after = _check_itip(update, method="REQUEST", tmp_path=tmp_path)
    assert after["sequence"] > before["sequence"] and "LOCATION:Room 2\\, Cathays Park" in after["text"]


def test_reminders_carry_no_calendar_file(english_member, occurrence, clock):
    services.rsvp_set(occurrence=occurrence, user=english_member, going=True)
    clock.move_to(datetime(2026, 11, 22, 12, 0, tzinfo=LONDON))
    reminder = _sent_to(english_member)[-1]
    assert reminder.subject.startswith("Reminder:")
    assert reminder.attachments == [] and reminder.alternatives == []
    assert "calendar invitation we sent you" in reminder.body


def test_withdrawing_before_the_invitation_went_sends_nothing(english_member, occurrence):
    services.rsvp_set(occurrence=occurrence, user=english_member, going=True)
    services.rsvp_set(occurrence=occurrence, user=english_member, going=False)
    assert _sent_to(english_member) == []


def test_the_profile_page_offers_the_setting_and_saving_it_switches_invitations_off(client, english_member):
    client.force_login(english_member)
    page = client.get("/notifications/settings/").content.decode()
    assert "Send calendar invitations for sessions I’m going to" in page
    assert 'name="notify-calendar_invitations"' in page
    client.post("/notifications/settings/", {"notify-reminders": "day", "notify-digest": "monthly"})
    assert notification_settings_for(user=english_member).calendar_invitations is False


def test_switching_invitations_off_still_takes_a_sent_one_out_of_the_calendar(occurrence, member_of_community):
    """Switching them off stops new invitations; it never leaves an entry behind that will not be cancelled."""
    services.rsvp_set(occurrence=occurrence, user=member_of_community, going=True)
    outbox_send_due()
    settings = notification_settings_for(user=member_of_community)
    settings.calendar_invitations = False
    settings.save()
    mail.outbox.clear()
    services.rsvp_set(occurrence=occurrence, user=member_of_community, going=False)
    outbox_send_due()
    calendars = [
        part
        for message in mail.outbox
        for part in message.message().walk()
        if part.get_content_type() == "text/calendar"
    ]
    assert len(calendars) == 1 and b"METHOD:CANCEL" in calendars[0].get_payload(decode=True)


def test_switching_invitations_off_still_keeps_a_sent_one_up_to_date(occurrence, member_of_community, host):
    services.rsvp_set(occurrence=occurrence, user=member_of_community, going=True)
    outbox_send_due()
    settings = notification_settings_for(user=member_of_community)
    settings.calendar_invitations = False
    settings.save()
    mail.outbox.clear()
    services.occurrence_move(
        occurrence=occurrence,
        start=occurrence.start + timedelta(hours=1),
        end=occurrence.end + timedelta(hours=1),
        location=occurrence.location,
        acting_user=host,
    )
    outbox_send_due()
    calendars = [
        part.get_payload(decode=True)
        for message in mail.outbox
        for part in message.message().walk()
        if part.get_content_type() == "text/calendar"
    ]
    assert len(calendars) == 1 and b"METHOD:REQUEST" in calendars[0] and b"SEQUENCE:1" in calendars[0]
