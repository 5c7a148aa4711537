"""Joining links reach current members with a place, and nobody else, on every channel: the session's page, the
private feed, the one-session .ics and the emails (reminder, change, promotion)."""

from datetime import datetime

import pytest
import time_machine
from django.core import mail

from communities import services as community_services
from notifications.models import OutboundEmail
from notifications.services import outbox_send_due
from sessions import services
from sessions.models import LONDON, Rsvp, RsvpStatus
from tests.factories import london, make_person, make_series

SECRET = "https://teams.example/secret-room"


@pytest.fixture
def clock():
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=LONDON), tick=False) as traveller:
        yield traveller


@pytest.fixture
def occurrence(community, host, clock):
    return make_series(community, first_start=london(2026, 11, 23, 12, 0), host=host).occurrences.get()


@pytest.fixture
def full_occurrence(community, host, clock):
    return make_series(
        community, first_start=london(2026, 11, 24, 12, 0), host=host, capacity=1, title="Small room"
    ).occurrences.get()


def _channels(client, user, occurrence) -> dict[str, str]:
    """Everything this person can get about the session, with the emails sent to them so far."""
    client.force_login(user)
    token = services.feed_token_rotate(user=user).token
    texts = {
        "page": client.get(f"/sessions/{occurrence.pk}/").content.decode(),
        "ics": client.get(f"/sessions/{occurrence.pk}.ics").content.decode(),
        "feed": client.get(f"/calendar/{token}.ics").content.decode(),
    }
    for index, message in enumerate(m for m in mail.outbox if m.to == [user.email]):
        texts[f"email {index}: {message.subject}"] = message.body + "".join(
            (content.decode() if isinstance(content, bytes) else content)
            for _name, content, _type in message.attachments
        )
    return texts


def _send_reminders(clock, occurrence):
    clock.move_to(occurrence.start.astimezone(LONDON).replace(hour=11, minute=0))
    outbox_send_due()


def test_a_member_going_sees_the_link_everywhere(client, member_of_community, occurrence, clock):
    services.rsvp_set(occurrence=occurrence, user=member_of_community, going=True)
    _send_reminders(clock, occurrence)
    texts = _channels(client, member_of_community, occurrence)
    assert any(name.startswith("email") for name in texts), "the reminder was sent"
    for channel, text in texts.items():
        assert SECRET in text, channel


def test_a_non_member_going_to_a_public_session_never_gets_the_link(client, outsider, occurrence, clock):
    services.rsvp_set(occurrence=occurrence, user=outsider, going=True)
    _send_reminders(clock, occurrence)
    texts = _channels(client, outsider, occurrence)
    assert any(name.startswith("email") for name in texts), "the reminder was sent"
    assert "BEGIN:VEVENT" in texts["feed"], "the session is still in their feed, without the link"
    for channel, text in texts.items():
        assert SECRET not in text, channel


def test_a_member_on_the_waiting_list_gets_a_tentative_event_without_the_link(
    client, community, member_of_community, full_occurrence
):
    first = make_person("first@example.org", name="First In")
    community_services.community_join(community=community, user=first)
    services.rsvp_set(occurrence=full_occurrence, user=first, going=True)
    waiting = services.rsvp_set(occurrence=full_occurrence, user=member_of_community, going=True)
    assert waiting.status == RsvpStatus.WAITING
    texts = _channels(client, member_of_community, full_occurrence)
    for channel, text in texts.items():
        assert SECRET not in text, channel
    assert "STATUS:TENTATIVE" in texts["feed"] and "STATUS:TENTATIVE" in texts["ics"]
    assert "You will see the joining link here once you have a place." in texts["page"]


def test_a_promoted_member_gets_the_link_in_the_promotion_email_and_the_feed(
    client, community, member_of_community, full_occurrence
):
    first = make_person("first@example.org", name="First In")
    community_services.community_join(community=community, user=first)
    services.rsvp_set(occurrence=full_occurrence, user=first, going=True)
    services.rsvp_set(occurrence=full_occurrence, user=member_of_community, going=True)
    services.rsvp_set(occurrence=full_occurrence, user=first, going=False)
    outbox_send_due()
    texts = _channels(client, member_of_community, full_occurrence)
    promotion = [text for name, text in texts.items() if name.startswith("email")]
    assert promotion and SECRET in promotion[0]
    assert SECRET in texts["feed"] and "STATUS:TENTATIVE" not in texts["feed"]


@pytest.mark.parametrize("how", ["leaves", "is removed"])
def test_a_former_member_loses_their_answers_and_never_gets_the_new_link(
    client, community, host, member_of_community, occurrence, full_occurrence, clock, how
):
    waiting_person = make_person("waiting@example.org", name="Wyn Waiting")
    community_services.community_join(community=community, user=waiting_person)
    services.rsvp_set(occurrence=occurrence, user=member_of_community, going=True)
    services.rsvp_set(occurrence=full_occurrence, user=member_of_community, going=True)
    services.rsvp_set(occurrence=full_occurrence, user=waiting_person, going=True)
    if how == "leaves":
        community_services.community_leave(community=community, user=member_of_community)
    else:
        membership = community.memberships.get(user=member_of_community)
        community_services.membership_remove(membership=membership, acting_user=host)
    assert not Rsvp.objects.filter(user=member_of_community, status__in=[RsvpStatus.GOING, RsvpStatus.WAITING]).exists()
    assert Rsvp.objects.get(user=waiting_person, occurrence=full_occurrence).status == RsvpStatus.GOING
    # The host changes the link to lock them out: the change email and reminders go to those still going.
    series = occurrence.series
    series.join_url = "https://teams.example/new-room"
    services.series_update(series=series, changed_fields=["join_url"], acting_user=host)
    _send_reminders(clock, occurrence)
    # About their sessions (a person removed by a host also gets the community's own "removed" notice).
    about_sessions = set(
        OutboundEmail.objects.filter(recipient=member_of_community)
        .exclude(template_prefix__startswith="communities/")
        .values_list("subject", flat=True)
    )
    told = [m for m in mail.outbox if m.to == [member_of_community.email] and m.subject in about_sessions]
    assert len(told) == 1 and "lleoedd mewn 2 sesiwn" in told[0].body  # told once, in Welsh, in one email
    texts = _channels(client, member_of_community, occurrence)
    for channel, text in texts.items():
        assert SECRET not in text and "new-room" not in text, channel
    assert "BEGIN:VEVENT" not in texts["feed"]


def test_leaving_twice_tells_the_person_once(community, member_of_community, occurrence):
    services.rsvp_set(occurrence=occurrence, user=member_of_community, going=True)
    community_services.community_leave(community=community, user=member_of_community)
    community_services.community_leave(community=community, user=member_of_community)
    outbox_send_due()
    assert len([m for m in mail.outbox if m.to == [member_of_community.email]]) == 1


def test_a_coordinator_who_is_not_a_member_sees_no_link(client, coordinator, occurrence):
    client.force_login(coordinator)
    page = client.get(f"/sessions/{occurrence.pk}/").content.decode()
    assert SECRET not in page
    assert SECRET not in client.get(f"/sessions/{occurrence.pk}.ics").content.decode()


def test_the_public_feeds_never_carry_links(client, community, occurrence):
    for url in ("/sessions/calendar.ics", f"/communities/{community.slug}/calendar.ics"):
        body = client.get(url).content.decode()
        assert "BEGIN:VEVENT" in body and SECRET not in body, url


def test_a_host_sees_the_link_of_a_session_with_limited_places_without_taking_one(client, host, full_occurrence):
    client.force_login(host)
    assert SECRET in client.get(f"/sessions/{full_occurrence.pk}/").content.decode()
    assert SECRET in client.get(f"/sessions/{full_occurrence.pk}.ics").content.decode()
