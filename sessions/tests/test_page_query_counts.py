"""A session's page costs the same queries for one answer as for forty (issue 18: every page the benchmark
measures has a query-count test; docs/BENCHMARKS.md)."""

from datetime import datetime

import time_machine

from communities import services as community_services
from portal.dates import LONDON
from sessions import services
from sessions.recurrence import Recurrence
from tests.factories import london, make_person, make_series


def test_a_session_page_costs_the_same_for_one_answer_as_for_forty(
    client, host, community, django_assert_max_num_queries
):
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=LONDON), tick=False):
        series = make_series(
            community,
            first_start=london(2026, 11, 27, 12, 0),
            host=host,
            recurrence=Recurrence(kind="weekly", end="after_count", count=30),
        )
        occurrence = series.occurrences.order_by("start").first()
        client.force_login(host)
        for size in (1, 40):
            for n in range(occurrence.rsvps.count(), size):
                person = make_person(f"goer{n}@example.org", name=f"Goer {n}")
                community_services.community_join(community=community, user=person)
                services.rsvp_set(occurrence=occurrence, user=person, going=True)
            with django_assert_max_num_queries(12):
                assert client.get(f"/sessions/{occurrence.pk}/").status_code == 200
