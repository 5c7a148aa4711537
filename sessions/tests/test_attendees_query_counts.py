"""A session's attendee list, on screen and as CSV, costs the same queries for 1 person as for many."""

from datetime import datetime

import time_machine

from communities import services as community_services
from portal.dates import LONDON
from sessions import services
from tests.factories import london, make_person, make_series


def test_attendees_cost_five_queries_however_many_are_going(client, host, community, django_assert_max_num_queries):
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=LONDON), tick=False):
        occurrence = make_series(community, first_start=london(2026, 11, 27, 12, 0), host=host).occurrences.get()
        client.force_login(host)
        for size in (1, 15):
            for n in range(occurrence.rsvps.count(), size):
                person = make_person(f"goer{n}@example.org", name=f"Goer {n}")
                community_services.community_join(community=community, user=person)
                services.rsvp_set(occurrence=occurrence, user=person, going=True)
            for url in (f"/sessions/{occurrence.pk}/attendees/", f"/sessions/{occurrence.pk}/attendees/?format=csv"):
                # The session, the person, the occurrence with series and community, the host's membership (the
                # access check), the answers with their people (one join).
                with django_assert_max_num_queries(5):
                    body = client.get(url).content.decode()
                assert body.count("Goer ") == size
