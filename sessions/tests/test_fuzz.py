"""Every sessions form and filter, driven through the real views with hostile input (issue 12): never a 500, and a
refused submission saves nothing."""

from datetime import datetime, timedelta

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from sessions.forms import CancelForm, MoveForm, SeriesDetailsForm, SeriesForm
from sessions.models import LONDON, Occurrence, SessionSeries
from sessions.recurrence import Recurrence
from tests.factories import make_series
from tests.hostile import (
    FUZZ,
    SPECIAL_DATES,
    SPECIAL_NUMBERS,
    SPECIAL_TIMES,
    dates,
    each_field_in_turn,
    every_special_value,
    form_data,
    many,
    numbers,
    query,
    rows,
    text,
    times,
)

# One year of every day is the most a single request may create (the rolling horizon).
MOST_ROWS_PER_REQUEST = 367


def _next_week():
    return (datetime.now(LONDON) + timedelta(days=7)).date()


def choice(*good):
    return st.one_of(st.sampled_from(good), text)


SERIES_FIELDS = {
    "title": text,
    "title_cy": text,
    "description": text,
    "description_cy": text,
    "format": choice("online", "in_person", "hybrid"),
    "join_url": st.one_of(st.just("https://x.example/a"), text),
    "location": text,
    "capacity": numbers,
    "language": choice("en", "cy", "bilingual"),
    "is_public": text,
    "date": dates,
    "start_time": times,
    "end_time": times,
    "repeat": choice("once", "weekdays", "weekly", "monthly_nth", "monthly_date", "every_n_months"),
    "interval": numbers,
    "weekdays": st.one_of(many, st.lists(st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]))),
    "nth": st.one_of(st.sampled_from(["1", "2", "3", "4", "-1"]), numbers),
    "end": choice("never", "on_date", "after_count"),
    "until": dates,
    "count": numbers,
}


def series_form():
    return {
        "title": "Lunch",
        "title_cy": "",
        "description": "",
        "description_cy": "",
        "format": "online",
        "join_url": "https://teams.example/lunch",
        "location": "",
        "capacity": "",
        "language": "en",
        "is_public": "on",
        "date": _next_week().isoformat(),
        "start_time": "12:00",
        "end_time": "13:00",
        "repeat": "once",
        "interval": "1",
        "weekdays": [],
        "nth": "-1",
        "end": "never",
        "until": "",
        "count": "",
    }


@pytest.fixture
def occurrence(host, community):
    start = datetime.combine(_next_week(), datetime.min.time(), tzinfo=LONDON).replace(hour=12)
    series = make_series(
        community, first_start=start, host=host, recurrence=Recurrence(kind="weekly", end="after_count", count=3)
    )
    return series.occurrences.order_by("start")[0]


@FUZZ
@given(data=form_data(series_form(), SERIES_FIELDS))
def test_creating_a_series_never_fails_and_a_refusal_saves_nothing(client, host, community, data):
    client.force_login(host)
    series_before, occurrences_before = SessionSeries.objects.count(), Occurrence.objects.count()
    response = client.post(f"/sessions/new/{community.slug}/", data)
    event(f"status {response.status_code}")
    assert response.status_code < 500
    created = Occurrence.objects.count() - occurrences_before
    if response.status_code == 200 or not SeriesForm(data).is_valid():
        assert (SessionSeries.objects.count(), created) == (series_before, 0)
    assert created <= MOST_ROWS_PER_REQUEST


def test_every_known_troublemaker_in_each_series_field_on_a_weekday_series(client, host, community):
    client.force_login(host)
    weekdays = {**series_form(), "repeat": "weekdays"}
    specials = {
        "date": SPECIAL_DATES,
        "until": SPECIAL_DATES,
        "start_time": SPECIAL_TIMES,
        "end_time": SPECIAL_TIMES,
        "capacity": SPECIAL_NUMBERS,
        "interval": SPECIAL_NUMBERS,
        "count": SPECIAL_NUMBERS,
        "nth": SPECIAL_NUMBERS,
    }
    for data in each_field_in_turn(weekdays, specials):
        for end in ("never", "on_date", "after_count"):
            occurrences_before = Occurrence.objects.count()
            response = client.post(f"/sessions/new/{community.slug}/", {**data, "end": end})
            assert response.status_code < 500, data
            assert Occurrence.objects.count() - occurrences_before <= MOST_ROWS_PER_REQUEST, data


def test_every_known_troublemaker_in_each_move_field_for_the_whole_series(client, host, occurrence):
    client.force_login(host)
    valid = {
        "date": _next_week().isoformat(),
        "start_time": "12:00",
        "end_time": "13:00",
        "location": "",
        "scope": "following",
    }
    for data in each_field_in_turn(
        valid, {"date": SPECIAL_DATES, "start_time": SPECIAL_TIMES, "end_time": SPECIAL_TIMES}
    ):
        before = rows(Occurrence.objects.all())
        response = client.post(f"/sessions/{occurrence.pk}/change/", data)
        assert response.status_code < 500, data
        if response.status_code == 200:
            assert rows(Occurrence.objects.all()) == before, data


@FUZZ
@given(
    data=form_data(
        {"date": _next_week().isoformat(), "start_time": "12:00", "end_time": "13:00", "location": "", "scope": "this"},
        {"date": dates, "start_time": times, "end_time": times, "location": text, "scope": choice("this", "following")},
    )
)
def test_moving_a_session_never_fails_and_a_refusal_changes_nothing(client, host, occurrence, data):
    client.force_login(host)
    before = rows(Occurrence.objects.all())
    response = client.post(f"/sessions/{occurrence.pk}/change/", data)
    event(f"status {response.status_code}")
    assert response.status_code < 500
    if response.status_code == 200 or not MoveForm(data).is_valid():
        assert rows(Occurrence.objects.all()) == before


@FUZZ
@given(
    data=form_data({"reason": "Storm warning", "scope": "this"}, {"reason": text, "scope": choice("this", "following")})
)
def test_cancelling_never_fails_and_a_refusal_changes_nothing(client, host, occurrence, data):
    client.force_login(host)
    before = rows(Occurrence.objects.all())
    response = client.post(f"/sessions/{occurrence.pk}/cancel/", data)
    assert response.status_code < 500
    if not CancelForm(data).is_valid():
        assert rows(Occurrence.objects.all()) == before


@FUZZ
@given(
    data=form_data(
        {key: value for key, value in series_form().items() if key in SeriesDetailsForm.Meta.fields},
        {key: strategy for key, strategy in SERIES_FIELDS.items() if key in SeriesDetailsForm.Meta.fields},
    )
)
def test_changing_series_details_never_fails_and_a_refusal_changes_nothing(client, host, occurrence, data):
    client.force_login(host)
    before = rows(SessionSeries.objects.all()), rows(Occurrence.objects.all())
    response = client.post(f"/sessions/{occurrence.pk}/series/", data)
    event(f"status {response.status_code}")
    assert response.status_code < 500
    form = SeriesDetailsForm(data, instance=SessionSeries.objects.get(pk=occurrence.series_id))
    if response.status_code == 200 or not form.is_valid():
        assert (rows(SessionSeries.objects.all()), rows(Occurrence.objects.all())) == before


@FUZZ
@given(
    params=query(
        {
            "community": ["shambolic"],
            "format": ["online", "in_person"],
            "language": ["en", "cy"],
            "date_from": ["2026-12-01"],
            "date_to": ["2027-01-31"],
            "mine": ["1"],
            "page": ["1", "2"],
        }
    ),
    signed_in=st.booleans(),
    welsh=st.booleans(),
)
def test_the_session_list_filters_never_fail(client, member_of_community, occurrence, params, signed_in, welsh):
    if signed_in:
        client.force_login(member_of_community)
    response = client.get(("/cy" if welsh else "") + "/sessions/", params)
    assert response.status_code == 200


def test_every_known_troublemaker_in_every_session_filter(client, member_of_community, occurrence):
    client.force_login(member_of_community)
    for params in every_special_value(["community", "format", "language", "date_from", "date_to", "mine", "page"]):
        assert client.get("/sessions/", params).status_code == 200, params


@FUZZ
@given(year=st.integers(0, 10**25), month=st.integers(0, 10**25))
def test_month_pages_answer_200_or_404_for_any_numbers(client, occurrence, year, month):
    response = client.get(f"/sessions/calendar/{year}/{month}/")
    assert response.status_code in (200, 404)
    assert response.status_code == 200 or not (2000 <= year <= 2100 and 1 <= month <= 12)


@FUZZ
@given(pk=st.integers(0, 10**25), suffix=st.sampled_from(["/", ".ics", "/attendees/?format=csv", "/change/"]))
def test_session_addresses_with_any_number_never_fail(client, host, occurrence, pk, suffix):
    client.force_login(host)
    assert client.get(f"/sessions/{pk}{suffix}").status_code in (200, 302, 403, 404)
