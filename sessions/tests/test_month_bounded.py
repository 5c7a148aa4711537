"""The month calendar shows at most four sessions a day and links to the rest (issue 18: at scale a month held
3,000 sessions and took ten seconds)."""

from datetime import datetime

import pytest
import time_machine

from sessions.models import LONDON
from sessions.recurrence import Recurrence
from tests.factories import london, make_series


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(datetime(2026, 12, 1, 9, 0, tzinfo=LONDON), tick=False):
        yield


def test_a_busy_day_shows_four_sessions_and_links_to_the_rest(client, community, host):
    for hour in range(9, 15):
        make_series(community, first_start=london(2026, 12, 9, hour, 0), host=host, title=f"At {hour}")
    page = client.get("/sessions/calendar/2026/12/").content.decode()
    assert page.count("At 9<") == 2 and page.count("At 12<") == 2  # the phone list and the grid
    assert "At 13<" not in page and "At 14<" not in page
    link = '/sessions/?date_from=2026-12-09&amp;date_to=2026-12-09&amp;group=0">2 more sessions on Wednesday 9 December</a>'
    assert page.count(link) == 2
    day = client.get("/sessions/?date_from=2026-12-09&date_to=2026-12-09&group=0").content.decode()
    assert all(f"At {hour}" in day for hour in range(9, 15))


def test_the_welsh_link_takes_the_mutation_after_ar(client, community, host):
    for hour in range(9, 15):
        make_series(community, first_start=london(2026, 12, 9, hour, 0), host=host, title=f"At {hour}")
    page = client.get("/cy/sessions/calendar/2026/12/").content.decode()
    assert "ar ddydd Mercher 9 Rhagfyr</a>" in page


def test_the_month_costs_the_same_queries_for_a_quiet_and_a_crowded_month(
    client, community, host, django_assert_max_num_queries
):
    make_series(community, first_start=london(2026, 12, 9, 9, 0), host=host)
    with django_assert_max_num_queries(3):
        quiet = client.get("/sessions/calendar/2026/12/").content.decode()
    for hour in range(9, 17):
        make_series(
            community,
            first_start=london(2026, 12, 1, hour, 0),
            host=host,
            title=f"Daily {hour}",
            recurrence=Recurrence(kind="weekdays", end="after_count", count=23),
        )
    with django_assert_max_num_queries(3):
        crowded = client.get("/sessions/calendar/2026/12/").content.decode()
    assert "Lunchtime circle" in quiet
    # Eight a weekday (nine on the 9th): four shown and the rest linked, in the phone list and the grid.
    assert crowded.count("4 more sessions on") == 2 * 22 and crowded.count("5 more sessions on") == 2
