import threading
from datetime import datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.db import connection

from sessions import selectors, services
from sessions.models import LONDON, Occurrence, Rsvp, RsvpStatus, SessionChange, SessionSeries
from sessions.recurrence import Recurrence
from tests.factories import london, make_person, make_series, series_form

FORM = series_form(
    title="Last Friday lunch",
    join_url="https://teams.example/lunch",
    date="2026-11-27",
    start_time="12:00",
    end_time="13:00",
    repeat="monthly_nth",
)


@pytest.fixture
def clock():
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=LONDON), tick=False) as traveller:
        yield traveller


def test_a_host_schedules_last_friday_of_the_month(client, host, community, clock):
    client.force_login(host)
    response = client.post(f"/sessions/new/{community.slug}/", FORM)
    assert response.status_code == 302
    series = SessionSeries.objects.get()
    assert series.rrule == "FREQ=MONTHLY;BYDAY=-1FR"
    starts = [o.start.astimezone(LONDON) for o in series.occurrences.order_by("start")]
    assert len(starts) == 13  # a year ahead
    assert {(s.weekday(), s.hour) for s in starts} == {(4, 12)}
    page = client.get(response.url).content.decode()
    assert "Last Friday of every month, 12:00–13:00" in page
    assert "Dydd Gwener olaf bob mis, 12:00–13:00" in client.get("/cy" + response.url).content.decode()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"end_time": "11:00"}, "end_time", "The end time must be after the start time."),
        ({"end_time": "12:00"}, "end_time", "A session must last some time"),
        ({"join_url": "http://teams.example/lunch"}, "join_url", "Online joining link must start with https://"),
        (
            {"date": "2027-03-28", "start_time": "01:30", "end_time": "02:30", "repeat": "once"},
            "start_time",
            "That time does not exist in the UK on that day",
        ),
        (
            {"date": "2027-10-31", "start_time": "01:15", "end_time": "03:00", "repeat": "once"},
            "start_time",
            "That time happens twice in the UK on that day",
        ),
        ({"end": "on_date", "until": "2026-11-01"}, "until", "The last date must be on or after the first session."),
        ({"format": "in_person", "join_url": ""}, "location", "Enter the place where the session takes place"),
        ({"repeat": "fortnightly-ish"}, "repeat", "Select a valid choice."),
    ],
)
def test_bad_session_details_are_refused_and_nothing_is_saved(client, host, community, clock, changes, field, message):
    client.force_login(host)
    response = client.post(f"/sessions/new/{community.slug}/", {**FORM, **changes})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SessionSeries.objects.exists() and not Occurrence.objects.exists()


def test_a_rule_with_no_dates_is_refused(client, host, community, clock):
    client.force_login(host)
    # Weekdays from Christmas Day, ending that same day, without bank holidays: no date at all. The first date
    # being the holiday is what the host is told, beside the date.
    response = client.post(
        f"/sessions/new/{community.slug}/",
        {
            **FORM,
            "date": "2026-12-25",
            "repeat": "weekdays",
            "skip_bank_holidays": "on",
            "end": "on_date",
            "until": "2026-12-25",
        },
    )
    assert "25 December 2026 is a bank holiday (Christmas Day)" in response.content.decode()
    assert not SessionSeries.objects.exists()


def test_a_first_date_off_the_chosen_days_is_refused_not_started_later(client, host, community, clock):
    client.force_login(host)
    # Weekly on Mondays, starting on a Friday: the series would silently start on the Monday after (issue 16).
    response = client.post(
        f"/sessions/new/{community.slug}/", {**FORM, "repeat": "weekly", "weekdays": ["MO"], "date": "2026-11-27"}
    )
    assert "Friday 27 November 2026 is not on one of the chosen days." in response.content.decode()
    assert not SessionSeries.objects.exists()


def test_form_errors_are_in_welsh_on_welsh_pages(client, host, community, clock):
    client.force_login(host)
    response = client.post(f"/cy/sessions/new/{community.slug}/", {**FORM, "end_time": "11:00"})
    assert "Rhaid i’r amser gorffen fod ar ôl yr amser dechrau." in response.content.decode()


def test_only_hosts_create_move_and_cancel(client, member_of_community, community, host, clock):
    series = make_series(community, first_start=london(2026, 11, 27, 12, 0), host=host)
    occurrence = series.occurrences.get()
    client.force_login(member_of_community)
    assert client.get(f"/sessions/new/{community.slug}/").status_code == 403
    assert client.post(f"/sessions/new/{community.slug}/", FORM).status_code == 403
    assert client.post(f"/sessions/{occurrence.pk}/cancel/", {"reason": "x", "scope": "this"}).status_code == 403
    assert client.post(f"/sessions/{occurrence.pk}/change/", {}).status_code == 403
    assert client.get(f"/sessions/{occurrence.pk}/attendees/").status_code == 403
    occurrence.refresh_from_db()
    assert not occurrence.is_cancelled and SessionSeries.objects.count() == 1


def test_members_only_sessions_are_hidden_from_others(client, outsider, member_of_community, community, host, clock):
    series = make_series(community, first_start=london(2026, 11, 27, 12, 0), host=host, is_public=False)
    occurrence = series.occurrences.get()
    assert client.get(f"/sessions/{occurrence.pk}/").status_code == 404
    client.force_login(outsider)
    assert client.get(f"/sessions/{occurrence.pk}/").status_code == 404
    assert client.get(f"/sessions/{occurrence.pk}.ics").status_code == 404
    client.force_login(member_of_community)
    assert client.get(f"/sessions/{occurrence.pk}/").status_code == 200


def test_join_link_shows_for_members_only(client, outsider, member_of_community, community, host, clock):
    occurrence = make_series(community, first_start=london(2026, 11, 27, 12, 0), host=host).occurrences.get()
    client.force_login(outsider)
    assert "secret-room" not in client.get(f"/sessions/{occurrence.pk}/").content.decode()
    assert b"secret-room" not in client.get(f"/sessions/{occurrence.pk}.ics").content
    client.force_login(member_of_community)
    assert "https://teams.example/secret-room" in client.get(f"/sessions/{occurrence.pk}/").content.decode()
    assert b"secret-room" in client.get(f"/sessions/{occurrence.pk}.ics").content


def test_cancelling_one_occurrence_keeps_it_visible_and_tells_people(
    client, host, community, member_of_community, clock, deliver
):
    series = make_series(
        community, first_start=london(2026, 11, 27, 12, 0), host=host, recurrence=Recurrence(kind="monthly_nth", nth=-1)
    )
    first = series.occurrences.order_by("start").first()
    services.rsvp_set(occurrence=first, user=member_of_community, going=True)
    client.force_login(host)
    client.post(f"/sessions/{first.pk}/cancel/", {"reason": "Storm warning", "scope": "this"})
    deliver()
    first.refresh_from_db()
    assert first.is_cancelled and first.cancel_reason == "Storm warning" and first.sequence == 1
    assert series.occurrences.filter(cancelled_at=None).count() == 12
    page = client.get(f"/sessions/{first.pk}/").content.decode()
    assert "This session has been cancelled." in page and "Storm warning" in page
    assert mail.outbox[-1].to == [member_of_community.email]
    assert mail.outbox[-1].subject.startswith("Wedi’i ganslo:")  # Siân reads Welsh


def test_cancelling_the_rest_of_a_series_stops_it(client, host, community, clock):
    series = make_series(
        community, first_start=london(2026, 11, 27, 12, 0), host=host, recurrence=Recurrence(kind="monthly_nth", nth=-1)
    )
    fourth = series.occurrences.order_by("start")[3]
    client.force_login(host)
    asked = client.post(f"/sessions/{fourth.pk}/cancel/", {"reason": "Group closing", "scope": "following"})
    assert asked.status_code == 200 and not series.occurrences.filter(cancelled_at__isnull=False).exists()
    client.post(f"/sessions/{fourth.pk}/cancel/", {"reason": "Group closing", "scope": "following", "confirm": "yes"})
    assert series.occurrences.filter(cancelled_at=None).count() == 3
    clock.move_to(datetime(2028, 1, 1, tzinfo=LONDON))
    services.occurrences_extend_all()
    assert series.occurrences.filter(cancelled_at=None).count() == 3


def test_moving_this_and_following_keeps_the_new_time_across_clock_changes(client, host, community, clock):
    series = make_series(
        community, first_start=london(2026, 11, 27, 12, 0), host=host, recurrence=Recurrence(kind="monthly_nth", nth=-1)
    )
    second = series.occurrences.order_by("start")[1]
    client.force_login(host)
    response = client.post(
        f"/sessions/{second.pk}/change/",
        {
            "date": "2026-12-18",
            "start_time": "13:00",
            "end_time": "14:30",
            "location": "",
            "scope": "following",
        },
    )
    assert response.status_code == 302
    # The series splits there: the old one keeps 27 November, a new one carries on (issue 16).
    occurrences = Occurrence.objects.filter(series__community=community).order_by("start")
    starts = [o.start.astimezone(LONDON) for o in occurrences]
    assert (starts[0].hour, starts[1].day, starts[1].hour) == (12, 18, 13)
    assert {s.hour for s in starts[1:]} == {13}  # April to October included
    assert {o.end - o.start for o in occurrences[1:]} == {timedelta(minutes=90)}
    assert occurrences[1].sequence == 1


def test_occurrences_are_extended_by_the_periodic_task(community, host, clock):
    series = make_series(
        community, first_start=london(2026, 11, 23, 8, 0), host=host, recurrence=Recurrence(kind="weekdays")
    )
    before = series.occurrences.count()
    clock.move_to(datetime(2027, 2, 1, tzinfo=LONDON))
    from sessions.tasks import extend_occurrences

    assert extend_occurrences() > 0
    assert extend_occurrences() == 0
    assert series.occurrences.count() > before
    assert series.occurrences.values("original_start").distinct().count() == series.occurrences.count()


def test_capacity_and_a_first_come_first_served_waiting_list(community, host, clock, deliver):
    occurrence = make_series(
        community, first_start=london(2026, 11, 27, 12, 0), host=host, capacity=1
    ).occurrences.get()
    first, second, third = (make_person(f"p{n}@example.org", name=f"Person {n}") for n in range(3))
    assert services.rsvp_set(occurrence=occurrence, user=first, going=True).status == RsvpStatus.GOING
    assert services.rsvp_set(occurrence=occurrence, user=second, going=True).status == RsvpStatus.WAITING
    assert services.rsvp_set(occurrence=occurrence, user=third, going=True).status == RsvpStatus.WAITING
    assert services.rsvp_set(occurrence=occurrence, user=second, going=True).status == RsvpStatus.WAITING
    services.rsvp_set(occurrence=occurrence, user=first, going=False)
    deliver()
    assert Rsvp.objects.get(user=second).status == RsvpStatus.GOING
    assert Rsvp.objects.get(user=third).status == RsvpStatus.WAITING
    promoted = [m for m in mail.outbox if "A place has come up" in m.subject]
    assert [m.to for m in promoted] == [[second.email]]


def test_no_rsvp_for_cancelled_or_past_sessions(client, community, host, member, clock):
    occurrence = make_series(community, first_start=london(2026, 11, 27, 12, 0), host=host).occurrences.get()
    services.occurrence_cancel(occurrence=occurrence, reason="", acting_user=host)
    client.force_login(member)
    response = client.post(f"/sessions/{occurrence.pk}/rsvp/", {"going": "yes"}, follow=True)
    assert "This session has been cancelled." in response.content.decode()
    assert not Rsvp.objects.filter(status=RsvpStatus.GOING).exists()


def test_rsvp_is_post_only(client, community, host, member, clock):
    occurrence = make_series(community, first_start=london(2026, 11, 27, 12, 0), host=host).occurrences.get()
    client.force_login(member)
    assert client.get(f"/sessions/{occurrence.pk}/rsvp/").status_code == 405


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_people_taking_the_last_seat_at_once_one_gets_it_one_waits():
    from tests.factories import make_community

    host = make_person("h@example.org", name="Host")
    community = make_community(name="Busy", slug="busy", hosts=[host])
    occurrence = make_series(
        community, first_start=datetime.now(LONDON).replace(microsecond=0) + timedelta(days=3), host=host, capacity=1
    ).occurrences.get()
    people = [make_person(f"racer{n}@example.org", name=f"Racer {n}") for n in range(2)]
    barrier = threading.Barrier(2)

    def take_seat(person):
        barrier.wait()
        try:
            services.rsvp_set(occurrence=occurrence, user=person, going=True)
        finally:
            connection.close()

    threads = [threading.Thread(target=take_seat, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(Rsvp.objects.values_list("status", flat=True))
    assert statuses == [RsvpStatus.GOING, RsvpStatus.WAITING]


def test_attendees_csv_for_hosts(client, community, host, member_of_community, clock):
    occurrence = make_series(community, first_start=london(2026, 11, 27, 12, 0), host=host).occurrences.get()
    services.rsvp_set(occurrence=occurrence, user=member_of_community, going=True)
    client.force_login(host)
    response = client.get(f"/sessions/{occurrence.pk}/attendees/?format=csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "Siân Evans,sian@example.org,,Going" in response.content.decode()


def test_sessions_list_month_and_community_page_cost_fixed_queries(
    client, community, host, member_of_community, clock, django_assert_max_num_queries
):
    make_series(
        community,
        first_start=london(2026, 11, 23, 8, 0),
        host=host,
        recurrence=Recurrence(kind="weekdays", end="after_count", count=5),
    )
    client.force_login(member_of_community)
    counts = {}
    for size in ("small", "large"):
        if size == "large":
            for hour in (9, 10, 11):
                make_series(
                    community,
                    first_start=london(2026, 11, 23, hour, 0),
                    host=host,
                    title=f"At {hour}",
                    recurrence=Recurrence(kind="weekdays", end="after_count", count=165),
                )
        with django_assert_max_num_queries(10):
            client.get("/sessions/?mine=1")
        with django_assert_max_num_queries(8):
            client.get("/sessions/calendar/2026/12/")
        with django_assert_max_num_queries(10):
            page = client.get(f"/communities/{community.slug}/")
        counts[size] = page.content.decode().count('class="cylch-session')
    assert counts == {"small": 5, "large": 5}
    assert Occurrence.objects.count() == 500


def test_private_calendar_page_shows_rotates_and_revokes(client, member):
    client.force_login(member)
    client.post("/sessions/my-calendar/", {"action": "rotate"})
    first = client.get("/sessions/my-calendar/").content.decode()
    token = selectors.feed_token_live(user=member).token
    assert f"/calendar/{token}.ics" in first
    assert "webcal://" in first and "cid=webcal%3A%2F%2F" in first
    client.post("/sessions/my-calendar/", {"action": "rotate"})
    assert client.get(f"/calendar/{token}.ics").status_code == 404
    client.post("/sessions/my-calendar/", {"action": "revoke"})
    assert selectors.feed_token_live(user=member) is None


def test_places_cannot_drop_below_the_people_already_going(
    client, community, host, member_of_community, outsider, clock
):
    series = make_series(community, first_start=london(2026, 11, 27, 12, 0), host=host, capacity=5)
    occurrence = series.occurrences.get()
    services.rsvp_set(occurrence=occurrence, user=member_of_community, going=True)
    services.rsvp_set(occurrence=occurrence, user=outsider, going=True)
    client.force_login(host)
    details = {
        "title": "Lunchtime circle",
        "title_cy": "",
        "description": "",
        "description_cy": "",
        "format": "online",
        "join_url": "https://teams.example/secret-room",
        "location": "",
        "language": "en",
        "is_public": "on",
    }
    response = client.post(f"/sessions/{occurrence.pk}/series/", {**details, "capacity": "1"})
    assert "2 people are already going to one of the coming sessions" in response.content.decode()
    series.refresh_from_db()
    assert series.capacity == 5
    client.post(
        f"/sessions/{occurrence.pk}/series/", {**details, "capacity": "2", "join_url": "https://teams.example/new"}
    )
    series.refresh_from_db()
    occurrence.refresh_from_db()
    assert (series.capacity, series.join_url, occurrence.sequence) == (2, "https://teams.example/new", 1)


def test_hosts_and_coordinators_see_who_changed_a_session_and_others_do_not(
    client, host, community, member_of_community, coordinator, outsider, clock
):
    series = make_series(
        community, first_start=london(2026, 11, 27, 12, 0), host=host, recurrence=Recurrence(kind="monthly_nth", nth=-1)
    )
    first, second = series.occurrences.order_by("start")[:2]
    client.force_login(host)
    client.post(
        f"/sessions/{first.pk}/change/",
        {
            "date": "2026-11-27",
            "start_time": "13:00",
            "end_time": "14:00",
            "location": "Room 4",
            "scope": "this",
        },
    )
    client.force_login(coordinator)
    client.post(f"/sessions/{second.pk}/cancel/", {"reason": "Storm warning", "scope": "this"})
    scheduled = "Scheduled by Dafydd Owen, 20 Nov 2026"
    moved = "Moved from 12:00 to 13:00 by Dafydd Owen, 20 Nov 2026"
    place = "Place changed from “no place given” to “Room 4” by Dafydd Owen, 20 Nov 2026"
    cancelled = "Cancelled by Catrin Rowlands, 20 Nov 2026. Reason: Storm warning"
    for person in (host, coordinator):
        client.force_login(person)
        page = client.get(f"/sessions/{first.pk}/").content.decode()
        assert "Changes to this session" in page
        assert scheduled in page and moved in page and place in page and "Cancelled by" not in page
        page = client.get(f"/sessions/{second.pk}/").content.decode()
        assert scheduled in page and cancelled in page and "Moved from" not in page
    for person in (member_of_community, outsider, None):
        if person:
            client.force_login(person)
        else:
            client.logout()
        for occurrence in (first, second):
            page = client.get(f"/sessions/{occurrence.pk}/").content.decode()
            assert "Changes to this session" not in page and "Dafydd Owen" not in page
            assert "Catrin Rowlands" not in page and "Moved from" not in page and "Cancelled by" not in page
    assert [(change.kind, change.acting_user) for change in SessionChange.objects.order_by("pk")] == [
        ("scheduled", host),
        ("moved", host),
        ("cancelled", coordinator),
    ]


def test_a_move_of_this_and_later_sessions_and_a_details_change_are_recorded_for_each(client, host, community, clock):
    series = make_series(
        community, first_start=london(2026, 11, 27, 12, 0), host=host, recurrence=Recurrence(kind="monthly_nth", nth=-1)
    )
    second, last = series.occurrences.order_by("start")[1], series.occurrences.order_by("start").last()
    client.force_login(host)
    client.post(
        f"/sessions/{second.pk}/change/",
        {
            "date": "2026-12-18",
            "start_time": "13:00",
            "end_time": "14:30",
            "location": "",
            "scope": "following",
        },
    )
    client.post(
        f"/sessions/{second.pk}/series/",
        {
            "title": "Lunchtime circle",
            "title_cy": "",
            "description": "",
            "description_cy": "",
            "format": "online",
            "join_url": "https://teams.example/new-room",
            "location": "",
            "capacity": "",
            "language": "en",
            "is_public": "on",
        },
    )
    assert SessionChange.objects.filter(kind="moved").count() == 12  # every session from the second on
    page = client.get(f"/sessions/{last.pk}/").content.decode()
    assert "Moved from 26 Nov 2027, 12:00–13:00 to 19 Nov 2027, 13:00–14:30 by Dafydd Owen, 20 Nov 2026" in page
    assert "Details changed (online joining link) by Dafydd Owen, 20 Nov 2026" in page
    first = series.occurrences.order_by("start").first()
    page = client.get(f"/sessions/{first.pk}/").content.decode()
    # The series split at the second session: the first keeps its own history, with the end of its rule, and
    # the new series' link change is not its own.
    assert "Moved from" not in page and "Details changed (recurrence rule) by Dafydd Owen" in page
    assert "Details changed (online joining link)" not in page
