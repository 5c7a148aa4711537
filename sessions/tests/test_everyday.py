"""Everyday pages (issue 17): the month as a list of days on a phone with named months, cancelling a series after
a page that says what will happen, the private calendar address's first creation, and the digest's sessions in
date order with a series on one line."""

import re
from datetime import UTC, datetime, time

import pytest
import time_machine
from django.core import mail

from communities import services as community_services
from notifications import digest
from notifications import services as notification_services
from sessions import services
from sessions.models import LONDON, Occurrence
from sessions.recurrence import Recurrence
from tests.factories import london, make_series


@pytest.fixture
def clock():
    with time_machine.travel(datetime(2026, 12, 1, 8, 5, tzinfo=UTC), tick=False) as traveller:
        yield traveller


@pytest.fixture
def weekdays(clock, host, community):
    return make_series(
        community,
        first_start=london(2026, 12, 2, 12, 30),
        end_time=time(13, 0),
        host=host,
        title="Breathing Space",
        recurrence=Recurrence(kind="weekdays", end="after_count", count=10),
    )


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_the_month_lists_only_days_with_sessions_with_their_names_and_names_the_months(client, weekdays):
    response = client.get("/sessions/calendar/2026/12/")
    body = response.content.decode()
    days = re.findall(r'<time datetime="(2026-12-\d\d)">([^<]+)</time>', body.split('class="cylch-month"')[0])
    assert days[0] == ("2026-12-02", "Wednesday 2 December")
    assert len(days) == 10 and ("2026-12-05", "Saturday 5 December") not in days
    page = text_of(response)
    assert "Previous month : November 2026" in page
    assert "Next month : January 2027" in page


def test_the_month_in_welsh_names_the_days_and_months(client, weekdays):
    page = text_of(client.get("/cy/sessions/calendar/2026/12/"))
    assert "Dydd Mercher 2 Rhagfyr" in page
    assert "Tachwedd 2026" in page and "Ionawr 2027" in page


def test_cancelling_the_rest_of_a_series_asks_first_and_says_what_will_happen(
    client, host, member, community, weekdays
):
    community_services.community_join(community=community, user=member)
    first, second = weekdays.occurrences.order_by("start")[:2]
    services.rsvp_set(occurrence=second, user=member, going=True)
    client.force_login(host)
    asked = client.post(f"/sessions/{first.pk}/cancel/", {"reason": "Host away", "scope": "following"})
    assert asked.status_code == 200
    page = text_of(asked)
    assert "10 coming sessions will be cancelled, from Wednesday 2 December 2026 to Tuesday 15 December 2026." in page
    assert "1 person said they were going or is on a waiting list" in page
    assert "calendar invitations we sent them are cancelled" in page
    assert not Occurrence.objects.filter(cancelled_at__isnull=False).exists()  # nothing yet
    done = client.post(f"/sessions/{first.pk}/cancel/", {"reason": "Host away", "scope": "following", "confirm": "yes"})
    assert done.status_code == 302
    assert Occurrence.objects.filter(series=weekdays, cancelled_at__isnull=False).count() == 10
    assert "10 sessions cancelled." in text_of(client.get(done.url))


def test_cancelling_one_session_says_who_is_told_and_does_it_in_one_step(client, host, member, community, weekdays):
    community_services.community_join(community=community, user=member)
    first = weekdays.occurrences.order_by("start").first()
    services.rsvp_set(occurrence=first, user=member, going=True)
    client.force_login(host)
    page = text_of(client.get(f"/sessions/{first.pk}/cancel/"))
    assert "the 1 person who said they were going, or is on the waiting list, is emailed the reason" in page
    missing = client.post(f"/sessions/{first.pk}/cancel/", {"reason": "", "scope": "this"})
    assert "Enter the reason for cancelling" in missing.content.decode()
    client.post(f"/sessions/{first.pk}/cancel/", {"reason": "Host away", "scope": "this"})
    assert list(Occurrence.objects.filter(cancelled_at__isnull=False)) == [first]


def test_cancelling_is_refused_to_members_who_do_not_host(client, member, community, weekdays):
    community_services.community_join(community=community, user=member)
    first = weekdays.occurrences.order_by("start").first()
    client.force_login(member)
    response = client.post(f"/sessions/{first.pk}/cancel/", {"reason": "x", "scope": "following", "confirm": "yes"})
    assert response.status_code == 403
    assert not Occurrence.objects.filter(cancelled_at__isnull=False).exists()


def test_the_first_private_address_is_created_and_only_a_new_one_says_the_old_one_stopped(client, member):
    client.force_login(member)
    first = text_of(client.post("/sessions/my-calendar/", {"action": "rotate"}, follow=True))
    assert "Your private calendar address has been created. To subscribe" in first
    assert "no longer works" not in first
    again = text_of(client.post("/sessions/my-calendar/", {"action": "rotate"}, follow=True))
    assert "You have a new private calendar address. The old one no longer works." in again


def test_the_digest_lists_sessions_in_date_order_with_a_series_on_one_line(clock, host, member, community):
    member.preferred_language = "en"
    member.save(update_fields=["preferred_language"])
    community_services.community_join(community=community, user=member)
    # Scheduled out of date order, so ids and dates disagree.
    make_series(community, first_start=london(2026, 12, 30, 10, 0), host=host, title="Year end review")
    make_series(
        community,
        first_start=london(2026, 12, 2, 12, 30),
        end_time=time(13, 0),
        host=host,
        title="Breathing Space",
        recurrence=Recurrence(kind="weekdays"),
    )
    make_series(community, first_start=london(2026, 12, 1, 16, 0), host=host, title="Welcome call")
    period = digest.current_periods(now=datetime.now(tz=UTC))[0]
    digest.digests_prepare(period=period)
    notification_services.outbox_send_due()
    message = next(m for m in mail.outbox if m.to == [member.email])
    lines = [line for line in message.body.splitlines() if line.startswith("- ")]
    assert lines[0].startswith("- Tue 1 Dec, 16:00: Welcome call")
    assert lines[1].startswith("- Breathing Space (Shambolic Warriors) – Every weekday, Monday to Friday, 12:30–13:00.")
    assert "sessions in the next five weeks, next on Wednesday 2 December, 12:30." in lines[1]
    assert lines[2].startswith("- Wed 30 Dec, 10:00: Year end review")
    assert len(lines) == 3
    html = message.alternatives[0][0]
    assert html.count("Breathing Space") == 1
    assert html.index("Welcome call") < html.index("Breathing Space") < html.index("Year end review")


def test_the_digest_collects_ids_in_date_order(clock, host, member, community):
    from sessions.emails import sessions_for_digest

    community_services.community_join(community=community, user=member)
    later = make_series(community, first_start=london(2026, 12, 20, 10, 0), host=host).occurrences.get()
    sooner = make_series(community, first_start=london(2026, 12, 3, 10, 0), host=host).occurrences.get()
    found = sessions_for_digest(people=[member], since={}, now=datetime.now(tz=LONDON))
    assert found[member.pk] == [sooner.pk, later.pk]
