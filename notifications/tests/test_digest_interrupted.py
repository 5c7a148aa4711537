"""Issue 13: digest preparation is safe to die halfway through a batch run and safe to run twice at once."""

import threading
from collections import Counter
from datetime import UTC, datetime
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.db import connection

from communities import services as community_services
from notifications import digest, services
from notifications.models import EmailKind, OutboundEmail
from tests.factories import london, make_community, make_person, make_series

UTC = UTC
FIRST_OF_DECEMBER = datetime(2026, 12, 1, 8, 5, tzinfo=UTC)


def circle_of(size):
    """A community with a session coming up, so everyone in it has something in their digest."""
    host = make_person("host@example.org", name="Host")
    community = make_community(name="Circle", slug="circle", hosts=[host])
    make_series(community, first_start=london(2026, 12, 10, 12, 0), host=host)
    people = [make_person(f"reader{n}@example.org", name=f"Reader {n}") for n in range(size)]
    for person in people:
        community_services.community_join(community=community, user=person)
    return [host, *people]


def monthly():
    return digest.current_periods(now=datetime.now(tz=UTC))[0]


def digests_to_each(people):
    return Counter(
        OutboundEmail.objects.filter(kind=EmailKind.DIGEST, recipient__in=people).values_list("recipient_id", flat=True)
    )


def test_a_digest_run_that_dies_halfway_leaves_the_rest_for_the_next_run_and_nobody_gets_two(db):
    with time_machine.travel(FIRST_OF_DECEMBER, tick=False):
        people = circle_of(5)  # six with the host: three batches of two
        real_digest_contents = digest.digest_contents
        batches = []

        def dies_in_the_second_batch(*, people, now):
            batches.append([person.pk for person in people])
            if len(batches) == 2:
                raise RuntimeError("worker killed")
            return real_digest_contents(people=people, now=now)

        with (
            mock.patch("notifications.digest.digest_contents", side_effect=dies_in_the_second_batch),
            pytest.raises(RuntimeError),
        ):
            digest.digests_prepare(period=monthly(), batch_size=2)
        assert digests_to_each(people) == {pk: 1 for pk in batches[0]}  # the first batch is in; the rest is not
        assert digest.digests_prepare(period=monthly(), batch_size=2) == 4
        assert digest.digests_prepare(period=monthly(), batch_size=2) == 0
        services.outbox_send_due()
    assert digests_to_each(people) == {person.pk: 1 for person in people}
    assert Counter(message.to[0] for message in mail.outbox) == {person.email: 1 for person in people}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent runs need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_digest_runs_at_once_queue_one_digest_each():
    with time_machine.travel(FIRST_OF_DECEMBER, tick=False):
        people = circle_of(9)
        barrier = threading.Barrier(2)
        errors = []

        def run():
            barrier.wait()
            try:
                digest.digests_prepare(period=monthly(), batch_size=3)
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)
            finally:
                connection.close()

        threads = [threading.Thread(target=run) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert digests_to_each(people) == {person.pk: 1 for person in people}
