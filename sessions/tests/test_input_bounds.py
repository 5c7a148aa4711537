"""Issue 12, bounds on every input: the cases reproduced on main, each of which once gave a 500 or a huge request."""

from datetime import datetime, timedelta

import pytest
import time_machine

from sessions import services
from sessions.models import LONDON, Occurrence, SessionSeries
from sessions.recurrence import Recurrence
from tests.factories import london, make_series, series_form

FORM = series_form()
TOO_FAR = "The session’s date must be from 13 November 2026 to 20 November 2028"


@pytest.fixture
def clock():
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=LONDON), tick=False) as traveller:
        yield traveller


def _date_field_group(page: str) -> str:
    """The form group of the date field: the error must be beside the field, not only in the summary."""
    start = page.index('<div class="govuk-form-group govuk-form-group--error">')
    return page[start : page.index('id="id_date"', start)]


@pytest.mark.parametrize("first_date", ["1000-01-01", "2020-11-19", "2026-11-12", "2028-11-21", "9999-12-31"])
def test_a_series_starting_too_far_back_or_ahead_is_refused_beside_the_date(client, host, community, clock, first_date):
    client.force_login(host)
    response = client.post(f"/sessions/new/{community.slug}/", {**FORM, "date": first_date})
    assert response.status_code == 200
    assert TOO_FAR in _date_field_group(response.content.decode())
    assert not SessionSeries.objects.exists() and not Occurrence.objects.exists()


def test_the_date_error_is_shown_beside_the_field_on_welsh_pages_too(client, host, community, clock):
    client.force_login(host)
    response = client.post(f"/cy/sessions/new/{community.slug}/", {**FORM, "date": "1000-01-01"})
    assert response.status_code == 200
    # The Welsh wording comes from the catalogue; the dates are Welsh whether or not it is translated yet.
    assert "13 Tachwedd 2026" in _date_field_group(response.content.decode())
    assert not SessionSeries.objects.exists()


def test_a_weekday_series_a_week_back_creates_only_the_coming_years_sessions(client, host, community, clock):
    client.force_login(host)
    response = client.post(f"/sessions/new/{community.slug}/", {**FORM, "date": "2026-11-13"})
    assert response.status_code == 302
    series = SessionSeries.objects.get()
    starts = list(series.occurrences.values_list("start", flat=True))
    assert min(starts) >= london(2026, 11, 20, 0, 0)  # nothing from the week gone by
    assert max(starts) <= london(2027, 11, 20, 9, 0)
    assert 247 <= len(starts) <= 262  # one year of weekdays, the horizon, less the bank holidays
    assert series.first_start == london(2026, 11, 13, 8, 0)  # still the rule's anchor


def test_a_fortnightly_series_from_last_week_keeps_its_rhythm(host, community, clock):
    # 13 November 2026 was a Friday; fortnightly from then falls on 27 November, not on the 20th.
    series = make_series(
        community,
        first_start=london(2026, 11, 13, 12, 0),
        host=host,
        recurrence=Recurrence(kind="weekly", interval=2, weekdays=("FR",)),
    )
    first = series.occurrences.order_by("start").first()
    assert first.start == london(2026, 11, 27, 12, 0)
    assert series.occurrences.count() == 26


def test_a_session_in_2020_is_refused_not_scheduled(host, community, clock):
    with pytest.raises(services.SessionError, match="up to a week in the past"):
        make_series(community, first_start=london(2020, 11, 13, 12, 0), host=host)
    assert not SessionSeries.objects.exists()


def test_a_series_whose_dates_are_all_past_says_so(client, host, community, clock):
    client.force_login(host)
    response = client.post(
        f"/sessions/new/{community.slug}/",
        {
            **FORM,
            "date": "2026-11-13",
            "end": "after_count",
            "count": "5",
        },
    )
    assert "Every date these choices give is already in the past." in response.content.decode()
    assert not SessionSeries.objects.exists()


def test_a_one_off_session_last_week_can_still_be_recorded(host, community, clock):
    series = make_series(community, first_start=london(2026, 11, 13, 12, 0), host=host)
    assert series.occurrences.get().start == london(2026, 11, 13, 12, 0)


def test_the_service_refuses_a_start_in_year_9999_without_a_500(host, community, clock):
    with pytest.raises(services.SessionError, match="The session’s date must be from"):
        make_series(community, first_start=datetime(9999, 12, 30, 12, 0, tzinfo=LONDON), host=host)
    assert not SessionSeries.objects.exists()


def test_the_periodic_task_catches_up_from_today_not_through_a_gap(host, community, clock):
    series = make_series(
        community, first_start=london(2026, 11, 23, 8, 0), host=host, recurrence=Recurrence(kind="weekdays")
    )
    clock.move_to(datetime(2029, 6, 1, 9, 0, tzinfo=LONDON))  # beat stopped for a long time
    services.occurrences_extend_all()
    gap = series.occurrences.filter(start__gt=london(2027, 11, 24, 0, 0), start__lt=london(2029, 6, 1, 0, 0))
    assert not gap.exists()
    assert series.occurrences.filter(start__gte=london(2029, 6, 1, 0, 0)).count() >= 255


def test_a_date_to_in_year_9999_is_ignored_with_a_message(client, host, community, clock):
    make_series(community, first_start=london(2026, 11, 27, 12, 0), host=host)
    response = client.get("/sessions/", {"date_to": "9999-12-31", "date_from": "31/12/2026"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "We ignored the “To” date “9999-12-31”: enter a date between 2000 and 2100" in page
    assert "We ignored the “From” date “31/12/2026”" in page
    assert "govuk-error-summary" in page and 'id="id_date_to-error"' in page  # beside the field, not a banner
    assert "Lunchtime circle" in page  # the rest of the list is still there
    assert "9999-12-31" not in response.context["query_without_page"]


def test_a_good_date_filter_brings_no_message(client, host, community, clock):
    response = client.get("/sessions/", {"date_to": "2026-12-31"})
    assert response.status_code == 200 and "We ignored" not in response.content.decode()


def test_moving_a_session_to_9999_12_30_is_a_form_error(client, host, community, clock):
    occurrence = make_series(community, first_start=london(2026, 11, 27, 12, 0), host=host).occurrences.get()
    client.force_login(host)
    response = client.post(
        f"/sessions/{occurrence.pk}/change/",
        {
            "date": "9999-12-30",
            "start_time": "12:00",
            "end_time": "13:00",
            "location": "",
            "scope": "following",
        },
    )
    assert response.status_code == 200
    assert TOO_FAR in _date_field_group(response.content.decode())
    occurrence.refresh_from_db()
    assert occurrence.start == london(2026, 11, 27, 12, 0) and occurrence.sequence == 0


def test_moving_within_two_years_still_works(client, host, community, clock):
    occurrence = make_series(community, first_start=london(2026, 11, 27, 12, 0), host=host).occurrences.get()
    client.force_login(host)
    response = client.post(
        f"/sessions/{occurrence.pk}/change/",
        {
            "date": "2028-11-20",
            "start_time": "12:00",
            "end_time": "13:00",
            "location": "",
            "scope": "this",
        },
    )
    assert response.status_code == 302
    occurrence.refresh_from_db()
    assert occurrence.start == london(2028, 11, 20, 12, 0)


def test_the_service_refuses_a_move_beyond_the_bounds(host, community, clock):
    occurrence = make_series(community, first_start=london(2026, 11, 27, 12, 0), host=host).occurrences.get()
    start = london(2030, 1, 1, 12, 0)
    with pytest.raises(services.SessionError):
        services.occurrence_move(
            occurrence=occurrence, start=start, end=start + timedelta(hours=1), location="", acting_user=host
        )
