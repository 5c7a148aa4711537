"""The sweep sends a batch over one mail-server connection, reads what the batch needs with a fixed number of
queries, and still claims each email so that two sweeps never send it twice."""

import threading
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend as MemoryBackend
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from communities.models import CommunityEmailKind, Membership, MembershipState
from notifications import digest, services
from notifications.models import EmailKind, OutboundEmail
from sessions.recurrence import Recurrence
from tests.factories import london, make_community, make_person, make_series

START = datetime(2026, 12, 1, 8, 5, tzinfo=UTC)
REFUSED = "refused@example.org"


class RefusingBackend(MemoryBackend):
    """Delivers to memory, refuses one address (as an SMTP server refuses a recipient), counts the connections."""

    opened = 0

    def open(self):
        RefusingBackend.opened += 1
        return True

    def send_messages(self, messages):
        if any(REFUSED in message.to for message in messages):
            raise ConnectionRefusedError(f"550 5.1.1 <{REFUSED}>: Recipient address rejected")
        return super().send_messages(messages)


def queue_one_each(people, dedupe_key="batch"):
    for person in people:
        services.email_enqueue(
            recipient=person,
            kind=CommunityEmailKind.SUGGESTION,
            dedupe_key=dedupe_key,
            template_prefix="notifications/email/test",
            context={"period": "x"},
        )


@pytest.fixture
def fake_templates(monkeypatch):
    monkeypatch.setattr("notifications.services.render_to_string", lambda name, context: name)


@pytest.mark.django_db
def test_one_refused_address_leaves_the_rest_of_the_batch_sent_over_one_connection_and_is_retried(
    settings, fake_templates
):
    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    RefusingBackend.opened = 0
    people = [make_person(f"p{n}@example.org", name=f"P{n}") for n in range(3)]
    people.insert(1, make_person(REFUSED, name="Refused"))
    queue_one_each(people)
    with time_machine.travel(START, tick=False) as clock:
        OutboundEmail.objects.update(due_at=START)
        assert services.outbox_send_due() == {"sent": 3, "retrying": 1, "failed": 0, "skipped": 0}
        # One connection for the batch, and one more after the refusal (the conversation may be broken).
        assert RefusingBackend.opened == 2
        assert sorted(m.to[0] for m in mail.outbox) == ["p0@example.org", "p1@example.org", "p2@example.org"]
        refused = OutboundEmail.objects.get(recipient__email=REFUSED)
        assert refused.sent_at is None and refused.claimed_until is None and refused.attempts == 1
        assert refused.next_attempt_at == START + timedelta(minutes=2) and "550" in refused.last_error
        assert OutboundEmail.objects.filter(sent_at__isnull=False, claimed_until=None).count() == 3
        assert services.outbox_send_due()["retrying"] == 0  # not before its back-off
        settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # the server takes it now
        clock.shift(timedelta(minutes=2))
        assert services.outbox_send_due() == {"sent": 1, "retrying": 0, "failed": 0, "skipped": 0}
    assert Counter(m.to[0] for m in mail.outbox) == {person.email: 1 for person in people}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent sweeps need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_sweeps_in_small_batches_at_once_send_every_email_exactly_once(fake_templates):
    people = User.objects.bulk_create(
        User(email=f"many{n}@example.org", display_name=f"Many {n}", password="!") for n in range(150)
    )
    queue_one_each(people)
    barrier = threading.Barrier(2)
    results = []

    def sweeps():
        barrier.wait()
        try:
            while True:
                result = services.outbox_send_due(batch_size=25)
                results.append(result)
                if not any(result.values()):
                    return
        finally:
            connection.close()

    threads = [threading.Thread(target=sweeps) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(result["sent"] for result in results) == 150
    assert Counter(m.to[0] for m in mail.outbox) == {person.email: 1 for person in people}
    assert not OutboundEmail.objects.filter(sent_at=None).exists()
    assert not OutboundEmail.objects.exclude(claimed_until=None).exists()


def digests_for(count: int, community) -> None:
    """Queues this month's digest to ``count`` more members of ``community``, half of them in Welsh."""
    start = User.objects.count()
    people = User.objects.bulk_create(
        User(
            email=f"reader{start + n}@example.org",
            display_name=f"Reader {n}",
            password="!",
            preferred_language="cy" if n % 2 else "en",
        )
        for n in range(count)
    )
    Membership.objects.bulk_create(
        Membership(community=community, user=person, state=MembershipState.ACTIVE) for person in people
    )
    digest.digests_prepare(period=digest.current_periods(now=START)[0], now=START)


@pytest.mark.django_db
def test_sending_digests_costs_the_same_queries_for_ten_as_for_a_hundred(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(START, tick=False):
        host = make_person("host@example.org", name="Dafydd Owen")
        community = make_community(name="Circle", name_cy="Cylch", slug="circle", hosts=[host])
        for title, day in (("Lunch", 10), ("Walk", 14)):
            make_series(
                community,
                first_start=london(2026, 12, day, 12, 0),
                host=host,
                title=title,
                recurrence=Recurrence(kind="weekly"),
            )
        OutboundEmail.objects.all().delete()
        counts = {}
        for count in (10, 100):
            digests_for(count, community)
            due = OutboundEmail.objects.filter(kind=EmailKind.DIGEST, sent_at=None).count()
            with CaptureQueriesContext(connection) as queries:
                assert services.outbox_send_due()["sent"] == due
            counts[due] = len(queries)
    ten, hundred = sorted(counts)
    assert ten >= 10 and hundred >= 100
    # Beyond one claim per email (which also records the one before it as sent), a fixed number of queries.
    assert counts[ten] - ten == counts[hundred] - hundred, counts
    language = dict(User.objects.values_list("email", "preferred_language"))
    welsh = next(m for m in mail.outbox if language[m.to[0]] == "cy")
    english = next(m for m in mail.outbox if language[m.to[0]] == "en")
    assert welsh.subject != english.subject and "Cylch" in welsh.body and "Lunch" in english.body
