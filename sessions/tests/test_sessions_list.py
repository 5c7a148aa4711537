"""The sessions list people read: grouped by day, counted, numbered pages, a repeating series shown once, names
not repeated, filter errors beside the field; and it costs the same queries however many sessions there are."""

import re
from datetime import datetime, time

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from communities import services as community_services
from sessions import selectors
from sessions.models import LONDON
from sessions.recurrence import Recurrence
from sessions.views import page_items
from tests.factories import london, make_community, make_series


@pytest.fixture
def clock():
    # Wednesday 2 December 2026, before the lunchtime sessions.
    with time_machine.travel(datetime(2026, 12, 2, 9, 0, tzinfo=LONDON), tick=False) as traveller:
        yield traveller


@pytest.fixture
def breathing_space(clock, host):
    """A community whose daily series has the community's own name (the demo's "Breathing Space")."""
    community = make_community(name="Breathing Space", slug="breathing-space", hosts=[host], acting_user=host)
    make_series(
        community,
        first_start=london(2026, 12, 2, 12, 30),
        end_time=time(13, 0),
        host=host,
        title="Breathing Space",
        recurrence=Recurrence(kind="weekdays", end="after_count", count=30),
    )
    return community


@pytest.fixture
def one_off(clock, host, community):
    return make_series(
        community, first_start=london(2026, 12, 3, 16, 0), host=host, title="Book club"
    ).occurrences.get()


def text_of(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_grouped_list_shows_a_series_once_with_its_next_dates(client, breathing_space, one_off):
    response = client.get("/sessions/")
    page = text_of(response)
    # 30 weekday sessions and the book club, counted whether or not the series is grouped.
    assert "31 sessions from today" in page
    assert page.count("Every weekday, Monday to Friday, 12:30–13:00") == 1
    assert "next: Wed 2 Dec , Thu 3 Dec , Fri 4 Dec" in page
    # Day headings, in date order: the series sits under its first day, the one-off under its own.
    headings = re.findall(r'<h2 class="govuk-heading-m cylch-day-heading">([^<]+)</h2>', response.content.decode())
    assert headings == ["Wednesday 2 December", "Thursday 3 December"]
    # The community's name is not repeated after a title that is the same.
    assert "Breathing Space · Breathing Space" not in page
    assert "Book club · Shambolic Warriors" in page


def test_ungrouped_list_shows_every_session_under_its_day_with_numbered_pages(client, breathing_space, one_off):
    response = client.get("/sessions/", {"group": "0"})
    page = text_of(response)
    assert "31 sessions from today" in page
    assert "Every weekday, Monday to Friday" not in page
    body = response.content.decode()
    assert body.count('class="cylch-session') == selectors.PAGE_SIZE
    assert "Monday 7 December" in page and "Tuesday 8 December" in page
    # Page numbers, with the grouping kept in their links.
    assert 'aria-current="page">1</a>' in body
    assert 'href="?group=0&amp;page=2" aria-label="Page 2">2</a>' in body
    assert "Page 1 of 2" in page
    second = client.get("/sessions/", {"group": "0", "page": "2"})
    assert second.content.decode().count('class="cylch-session') == 31 - selectors.PAGE_SIZE
    assert 'rel="prev"' in second.content.decode()


def test_unticking_group_series_sends_group_0_and_a_ticked_box_wins(rf):
    from django.http import QueryDict

    assert selectors.SessionFilters.from_query(QueryDict(""), community_slugs=set()).grouped
    assert not selectors.SessionFilters.from_query(QueryDict("group=0"), community_slugs=set()).grouped
    assert selectors.SessionFilters.from_query(QueryDict("group=0&group=1"), community_slugs=set()).grouped


@pytest.mark.parametrize(
    ("total", "expected"),
    [(0, "0 sessions from today"), (1, "1 session from today"), (2, "2 sessions from today")],
)
def test_the_count_says_session_or_sessions(client, clock, host, community, total, expected):
    for day in range(total):
        make_series(community, first_start=london(2026, 12, 10 + day, 12, 0), host=host)
    assert expected in text_of(client.get("/sessions/"))


def test_page_numbers_leave_out_the_middle_of_a_long_list():
    class Page:
        def __init__(self, number, last):
            self.number = number
            self.paginator = type("P", (), {"num_pages": last})()

    assert page_items(Page(1, 1)) == []
    assert page_items(Page(1, 3)) == [1, 2, 3]
    assert page_items(Page(5, 10)) == [1, None, 4, 5, 6, None, 10]
    assert page_items(Page(2, 10)) == [1, 2, 3, None, 10]


def test_a_date_filter_that_is_no_date_is_an_error_beside_the_field_not_a_banner(client, breathing_space):
    response = client.get("/sessions/", {"date_from": "31/12/2026"})
    body = response.content.decode()
    assert "govuk-error-summary" in body and 'href="#id_date_from"' in body
    assert "govuk-form-group--error" in body
    assert "govuk-notification-banner" not in body
    assert "Breathing Space" in body  # the list is still shown


def test_a_to_date_before_the_from_date_is_an_error_beside_to_and_is_ignored(client, breathing_space):
    response = client.get("/sessions/", {"date_from": "2027-03-01", "date_to": "2027-01-01"})
    body = response.content.decode()
    assert 'href="#id_date_to"' in body
    assert "it must be the same as or after the “From” date, 2027-03-01" in body
    assert "govuk-notification-banner" not in body
    # The list runs on from the "From" date rather than showing nothing.
    assert "Breathing Space" in body


def test_filters_are_a_disclosure_that_opens_when_a_filter_is_set(client, breathing_space):
    plain = client.get("/sessions/").content.decode()
    assert '<details class="govuk-details cylch-filters">' in plain
    filtered = client.get("/sessions/", {"format": "online"}).content.decode()
    assert '<details class="govuk-details cylch-filters" open>' in filtered


def _queries_for(client, url, params) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


@pytest.mark.parametrize("params", [{}, {"group": "0"}], ids=["grouped", "every session"])
def test_the_list_costs_the_same_queries_for_10_and_200_sessions(
    client, clock, host, community, member, params, django_assert_max_num_queries
):
    community_services.community_join(community=community, user=member)
    client.force_login(member)
    other = make_community(name="Other circle", slug="other", hosts=[host], acting_user=host)
    for size_community, title in ((community, "Daily"), (other, "Weekly")):
        make_series(
            size_community,
            first_start=london(2026, 12, 2, 12, 30),
            host=host,
            title=title,
            recurrence=Recurrence(kind="weekdays", end="after_count", count=4),
        )
    make_series(community, first_start=london(2026, 12, 9, 10, 0), host=host, title="One-off")
    make_series(other, first_start=london(2026, 12, 10, 10, 0), host=host, title="Another one-off")
    assert "10 sessions from today" in text_of(client.get("/sessions/", params))
    small = _queries_for(client, "/sessions/", params)
    # The session and the person; the total; the page's count and rows (grouped: the first session of each series
    # on the page, then those sessions); for a grouped list, the series' counts and next dates, and those dates.
    # The communities for the filter come from the cache.
    assert small <= (8 if not params else 5)
    make_series(
        community,
        first_start=london(2026, 12, 2, 8, 0),
        host=host,
        title="Many",
        recurrence=Recurrence(kind="weekdays", end="after_count", count=183),
    )
    for day in range(1, 8):
        make_series(other, first_start=london(2027, 1, day, 9, 0), host=host, title=f"One-off {day}")
    with django_assert_max_num_queries(small):
        response = client.get("/sessions/", params)
    assert "200 sessions from today" in text_of(response)
