"""Issue 16: series that stay right a year out, descriptions that match the rule, forms that round-trip, bank
holidays and scheduling help."""

from datetime import date, datetime, timedelta

import pytest
import time_machine
from django.utils import translation

from sessions import services
from sessions.models import LONDON, Occurrence, Rsvp, RsvpStatus, SessionChange, SessionSeries
from sessions.recurrence import Recurrence, describe
from sessions.tests.test_feeds import expand_with_ical_js, expand_with_icalendar
from tests.factories import london, make_series, series_form

FORM = series_form(skip_bank_holidays="on")


@pytest.fixture
def clock():
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=LONDON), tick=False) as traveller:
        yield traveller


def _feed(client, community) -> bytes:
    return client.get(f"/communities/{community.slug}/calendar.ics").content


# 1. "This and following" to another weekday


def test_this_and_following_to_monday_stays_on_monday_after_the_horizon_in_both_parsers(
    client, host, community, member_of_community, clock, tmp_path
):
    series = make_series(
        community, first_start=london(2026, 11, 24, 12, 0), host=host, recurrence=Recurrence(kind="weekly")
    )
    fifth = series.occurrences.order_by("start")[4]  # Tuesday 22 December
    later = series.occurrences.order_by("start")[6]  # Tuesday 5 January
    services.rsvp_set(occurrence=later, user=member_of_community, going=True)
    services.occurrence_move(
        occurrence=fifth,
        start=london(2026, 12, 21, 12, 0),
        end=london(2026, 12, 21, 13, 0),
        location="",
        acting_user=host,
        following=True,
    )
    old, new = SessionSeries.objects.order_by("pk")
    assert "UNTIL=20261221T235959Z" in old.rrule  # the day before the Tuesday it replaces and "BYDAY=TU" in old.rrule
    assert "BYDAY=MO" in new.rrule and new.first_start == london(2026, 12, 21, 12, 0)
    assert [o.start_local.date() for o in old.occurrences.order_by("start")] == [
        date(2026, 11, 24),
        date(2026, 12, 1),
        date(2026, 12, 8),
        date(2026, 12, 15),
    ]
    # The answer stays with its session, now a Monday of the new series.
    later.refresh_from_db()
    assert later.series == new and later.start == london(2027, 1, 4, 12, 0)
    assert Rsvp.objects.get(occurrence=later, user=member_of_community).status == RsvpStatus.GOING
    assert SessionChange.objects.filter(series=new, kind="scheduled").exists()
    assert SessionChange.objects.filter(series=new, kind="moved", occurrence=later).exists()
    assert SessionChange.objects.filter(series=old, kind="details_changed", fields_changed=["rrule"]).exists()

    clock.move_to(datetime(2028, 1, 20, 9, 0, tzinfo=LONDON))  # 14 months on
    services.occurrences_extend_all()
    assert not old.occurrences.filter(start__gt=london(2026, 12, 16, 0, 0)).exists()
    assert new.occurrences.filter(start__gt=london(2028, 12, 1, 0, 0)).exists()

    body = _feed(client, community)
    ours = expand_with_icalendar(body, datetime(2028, 1, 19), datetime(2029, 1, 21))
    theirs = expand_with_ical_js(body, tmp_path, until="2029-01-21T00:00:00")
    assert len(ours) == len(theirs) >= 50
    assert [e["start_utc"] for e in ours] == [e["start_utc"] for e in theirs]
    for event in ours + theirs:
        day = datetime.fromisoformat(event["start_london"][:19])
        assert day.weekday() == 0 and event["start_london"][11:16] == "12:00", event


def test_sessions_moved_onto_bank_holidays_are_dropped_unless_someone_answered(
    host, community, member_of_community, clock
):
    series = make_series(
        community,
        first_start=london(2026, 11, 24, 12, 0),
        host=host,
        recurrence=Recurrence(kind="weekly"),
        skip_bank_holidays=True,
    )
    after_easter = series.occurrences.get(start=london(2027, 3, 30, 12, 0))
    services.rsvp_set(occurrence=after_easter, user=member_of_community, going=True)
    services.occurrence_move(
        occurrence=series.occurrences.order_by("start").first(),
        start=london(2026, 11, 23, 12, 0),
        end=london(2026, 11, 23, 13, 0),
        location="",
        acting_user=host,
        following=True,
    )
    days = {o.start_local.date() for o in Occurrence.objects.all()}
    assert {o.start_local.weekday() for o in Occurrence.objects.all()} == {0}
    assert date(2026, 12, 28) not in days and date(2027, 5, 3) not in days and date(2027, 5, 31) not in days
    assert date(2027, 3, 29) in days  # Easter Monday kept: Siân said she would come
    after_easter.refresh_from_db()
    assert after_easter.start == london(2027, 3, 29, 12, 0)


def test_a_move_of_this_and_following_from_the_first_session_changes_the_series_in_place(host, community, clock):
    series = make_series(
        community, first_start=london(2026, 11, 24, 12, 0), host=host, recurrence=Recurrence(kind="weekly")
    )
    first = series.occurrences.order_by("start").first()
    services.occurrence_move(
        occurrence=first,
        start=london(2026, 11, 25, 9, 0),
        end=london(2026, 11, 25, 10, 0),
        location="",
        acting_user=host,
        following=True,
    )
    series.refresh_from_db()
    assert SessionSeries.objects.count() == 1
    assert "BYDAY=WE" in series.rrule
    assert {o.start_local.weekday() for o in series.occurrences.all()} == {2}
    assert {o.start_local.hour for o in series.occurrences.all()} == {9}


# 2. Descriptions match the stored rule


def test_monthly_on_a_date_with_an_interval_says_the_interval_in_both_languages():
    recurrence = Recurrence(kind="monthly_date", interval=3)
    start = london(2026, 12, 14, 12, 0)
    with translation.override("en"):
        assert describe(recurrence, first_start=start, duration=timedelta(hours=1)).startswith(
            "Every 3 months on day 14"
        )
    with translation.override("cy"):
        text = describe(recurrence, first_start=start, duration=timedelta(hours=1))
    assert "3" in text and "14" in text
    with translation.override("en"):
        monthly = describe(Recurrence(kind="monthly_date"), first_start=start, duration=timedelta(hours=1))
    assert monthly.startswith("On day 14 of every month")


# 3. Forms that round-trip


def _move_form_as_shown(client, occurrence, prefix="") -> dict:
    """The values the change form shows, as a browser would send them back."""
    import re

    page = client.get(f"{prefix}/sessions/{occurrence.pk}/change/").content.decode()
    values = dict(re.findall(r'name="(date|start_time|end_time|location)"[^>]*value="([^"]*)"', page))
    return {**values, "scope": "this"}


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_the_change_form_saved_unchanged_changes_nothing(client, host, community, clock, prefix):
    series = make_series(community, first_start=london(2026, 11, 24, 8, 0), host=host, location="Room 1")
    occurrence = series.occurrences.get()
    client.force_login(host)
    shown = _move_form_as_shown(client, occurrence, prefix)
    assert shown["date"] == "2026-11-24" and shown["start_time"] == "08:00" and shown["end_time"] == "09:00"
    response = client.post(f"{prefix}/sessions/{occurrence.pk}/change/", shown)
    assert response.status_code == 302
    before = (occurrence.start, occurrence.end, occurrence.sequence)
    occurrence.refresh_from_db()
    assert (occurrence.start, occurrence.end, occurrence.sequence) == before
    assert not SessionChange.objects.filter(kind="moved").exists()


def test_a_place_only_change_saves(client, host, community, clock):
    series = make_series(community, first_start=london(2026, 11, 24, 8, 0), host=host)
    occurrence = series.occurrences.get()
    client.force_login(host)
    shown = _move_form_as_shown(client, occurrence, "/cy")
    response = client.post(f"/cy/sessions/{occurrence.pk}/change/", {**shown, "location": "Ystafell 2"})
    assert response.status_code == 302
    occurrence.refresh_from_db()
    assert occurrence.location == "Ystafell 2" and occurrence.start == london(2026, 11, 24, 8, 0)
    assert occurrence.sequence == 1


def test_the_series_form_shows_iso_dates_and_times_after_a_refusal(client, host, community, clock):
    client.force_login(host)
    page = client.post(
        f"/cy/sessions/new/{community.slug}/", {**FORM, "title": "", "until": "2027-01-31"}
    ).content.decode()
    assert 'value="2026-11-23"' in page and 'value="08:00"' in page and 'value="2027-01-31"' in page


# 4. Bank holidays


def test_a_weekday_series_skips_christmas_and_easter_in_the_feed_and_says_so(client, host, community, clock, tmp_path):
    client.force_login(host)
    response = client.post(f"/sessions/new/{community.slug}/", FORM)
    assert response.status_code == 302
    series = SessionSeries.objects.get()
    assert series.skip_bank_holidays
    days = {o.start_local.date() for o in series.occurrences.all()}
    skipped = {date(2026, 12, 25), date(2026, 12, 28), date(2027, 3, 26), date(2027, 3, 29), date(2027, 1, 1)}
    assert not days & skipped
    assert {date(2026, 12, 24), date(2026, 12, 29), date(2027, 3, 25), date(2027, 3, 30)} <= days
    body = _feed(client, community)
    for expanded in (
        expand_with_icalendar(body, datetime(2026, 11, 20), datetime(2027, 5, 1)),
        expand_with_ical_js(body, tmp_path, until="2027-05-01T00:00:00"),
    ):
        feed_days = {date.fromisoformat(event["start_london"][:10]) for event in expanded}
        assert not feed_days & skipped
        assert date(2026, 12, 24) in feed_days
    page = client.get(series.occurrences.order_by("start").first().get_absolute_url()).content.decode()
    assert "No session on 25 December: Christmas Day" in page
    assert "No session on 28 December: Boxing Day (substitute day)" in page


def test_a_monthly_series_keeps_bank_holidays_unless_asked(client, host, community, clock):
    client.force_login(host)
    response = client.post(
        f"/sessions/new/{community.slug}/", {**FORM, "repeat": "monthly_nth", "nth": "-1", "date": "2026-11-30"}
    )
    assert response.status_code == 302
    assert not SessionSeries.objects.get().skip_bank_holidays


# 5. Scheduling help


def test_check_the_dates_shows_the_next_five_in_words_and_saves_nothing(client, host, community, clock):
    client.force_login(host)
    response = client.post(f"/sessions/new/{community.slug}/", {**FORM, "date": "2026-12-22", "action": "check"})
    page = response.content.decode()
    assert response.status_code == 200 and not SessionSeries.objects.exists()
    assert "The next 5 dates these choices give" in page
    for expected in (
        "Tuesday 22 December 2026, 08:00",
        "Wednesday 23 December 2026, 08:00",
        "Thursday 24 December 2026, 08:00",
        "Tuesday 29 December 2026, 08:00",  # 25 and 28 December are bank holidays
        "Wednesday 30 December 2026, 08:00",
    ):
        assert expected in page
    assert "Monday 28 December 2026" not in page


def test_check_the_dates_in_welsh(client, host, community, clock):
    client.force_login(host)
    page = client.post(
        f"/cy/sessions/new/{community.slug}/", {**FORM, "date": "2026-12-22", "action": "check"}
    ).content.decode()
    assert "22 Rhagfyr 2026" in page


def test_a_first_date_that_is_not_a_last_tuesday_is_refused_with_the_right_date(client, host, community, clock):
    client.force_login(host)
    response = client.post(
        f"/sessions/new/{community.slug}/", {**FORM, "repeat": "monthly_nth", "nth": "-1", "date": "2026-12-22"}
    )
    page = response.content.decode()
    assert "The last Tuesday of December 2026 is 29 December." in page
    assert not SessionSeries.objects.exists() and not Occurrence.objects.exists()


def test_a_weekday_series_cannot_start_at_the_weekend(client, host, community, clock):
    client.force_login(host)
    page = client.post(f"/sessions/new/{community.slug}/", {**FORM, "date": "2026-11-28"}).content.decode()
    assert "Saturday 28 November 2026 is at the weekend" in page
    assert not SessionSeries.objects.exists()


def test_a_session_more_than_a_week_back_is_refused_but_one_just_held_is_recorded(client, host, community, clock):
    client.force_login(host)
    once = {**FORM, "repeat": "once"}
    page = client.post(f"/sessions/new/{community.slug}/", {**once, "date": "2020-11-19"}).content.decode()
    assert "up to a week in the past" in page and not SessionSeries.objects.exists()
    response = client.post(f"/sessions/new/{community.slug}/", {**once, "date": "2026-11-16"})
    assert response.status_code == 302
    assert SessionSeries.objects.get().occurrences.get().start == london(2026, 11, 16, 8, 0)


def test_a_weekday_series_keeps_its_days_when_this_and_following_would_move_one(host, community, clock):
    """Moving one day of a Monday-to-Friday series "this and all later" would shift every later session: Fridays
    onto Saturdays. It is refused with a clear message, and nothing changes."""
    series = make_series(
        community, first_start=london(2026, 11, 23, 8, 0), host=host, recurrence=Recurrence(kind="weekdays")
    )
    wednesday = series.occurrences.get(original_start=london(2026, 11, 25, 8, 0))
    before = list(Occurrence.objects.values_list("pk", "start"))
    with pytest.raises(services.SessionError, match="not their day"):
        services.occurrence_move(
            occurrence=wednesday,
            start=london(2026, 11, 26, 8, 0),
            end=london(2026, 11, 26, 9, 0),
            location="",
            acting_user=host,
            following=True,
        )
    assert list(Occurrence.objects.values_list("pk", "start")) == before
    # The time of them all may still change.
    services.occurrence_move(
        occurrence=wednesday,
        start=london(2026, 11, 25, 9, 0),
        end=london(2026, 11, 25, 9, 30),
        location="",
        acting_user=host,
        following=True,
    )
    later = Occurrence.objects.filter(start__gte=london(2026, 11, 25, 0, 0))
    assert {o.start.astimezone(LONDON).strftime("%a") for o in later} <= {"Mon", "Tue", "Wed", "Thu", "Fri"}
    assert {o.start.astimezone(LONDON).time().hour for o in later} == {9}


def test_a_series_of_ten_holds_ten_sessions_when_it_skips_bank_holidays(client, host, community, clock):
    client.force_login(host)
    client.post(
        f"/sessions/new/{community.slug}/",
        {**FORM, "date": "2026-12-21", "repeat": "weekdays", "end": "after_count", "count": "10"},
    )
    days = [o.start.astimezone(LONDON).date() for o in SessionSeries.objects.get().occurrences.order_by("start")]
    assert len(days) == 10
    assert date(2026, 12, 25) not in days and date(2026, 12, 28) not in days and date(2027, 1, 1) not in days
    assert days[-1] == date(2027, 1, 6)


def test_a_first_date_on_a_bank_holiday_is_refused_beside_the_date(client, host, community, clock):
    client.force_login(host)
    response = client.post(f"/sessions/new/{community.slug}/", {**FORM, "date": "2026-12-28", "repeat": "weekly"})
    assert response.status_code in (200, 400)
    assert "is a bank holiday (Boxing Day" in response.content.decode()
    assert response.context["form"].errors["date"]
    assert not SessionSeries.objects.exists()
