"""A worker is killed (SIGKILL: the OOM killer, a node lost) in the middle of preparing a digest for a few hundred
people, and the next one in the middle of sending them: the next worker finishes, and nobody gets none or two.

The outbox's lease (``CLAIM_LEASE``, ten minutes) keeps an email claimed by a worker that died from going out until
the lease has run out. Rather than shorten it for the test, each worker is started with its own clock
(``tests/faults/clocked.py``): the last one eleven minutes after the killed one, as beat's sweep would be then.
"""

from datetime import UTC, datetime, timedelta

import psycopg2
import pytest
from django.conf import settings
from django.db import connection

from accounts.models import User
from communities.models import Community
from notifications.models import EmailKind, NotificationSettings, OutboundEmail
from notifications.services import CLAIM_LEASE
from tests.factories import make_community, make_person

from .conftest import Beat, require_postgresql, service_env, start_worker, wait_until

READERS = 520  # more than one batch of digests_prepare (500)
HELD = 150  # the message being sent when the second worker is killed
WORKER = "cylch-faults-worker"
DUE = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # the monthly digest falls due at 08:00 in Wales


def worker_backends(*, waiting_for_a_lock=False) -> int:
    query = "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND application_name = %s"
    if waiting_for_a_lock:
        query += " AND wait_event_type = 'Lock'"
    with connection.cursor() as cursor:
        cursor.execute(query, [settings.DATABASES["default"]["NAME"], WORKER])
        return cursor.fetchone()[0]


def lock_settings_row(user) -> "psycopg2.extensions.connection":
    """Another transaction holds this person's notification settings, so a digest batch with them in it waits."""
    db = settings.DATABASES["default"]
    locker = psycopg2.connect(
        dbname=db["NAME"], user=db["USER"], password=db["PASSWORD"], host=db["HOST"], port=db["PORT"] or 5432
    )
    locker.cursor().execute(
        f"SELECT 1 FROM {NotificationSettings._meta.db_table} WHERE user_id = %s FOR UPDATE", [user.pk]
    )
    return locker


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_workers_killed_mid_digest_and_mid_sweep_leave_everyone_exactly_one_digest(
    processes, disposable_redis, smtp_server, tmp_path
):
    require_postgresql()
    smtp, smtp_port = smtp_server
    host = make_person("host@example.org", name="Host")
    User.objects.bulk_create(
        User(
            email=f"reader{n:03}@example.org",
            display_name=f"Reader {n}",
            password="!",
            preferred_language="cy" if n % 4 == 0 else "en",
        )
        for n in range(READERS)
    )
    readers = list(User.objects.exclude(pk=host.pk).order_by("pk"))
    # What is in everyone's digest: a community new since their last one.
    make_community(name="Circle", slug="circle", hosts=[host])
    Community.objects.update(created_at=DUE - timedelta(days=1))
    NotificationSettings.objects.create(user=host, digest="never")  # batches of readers only
    NotificationSettings.objects.create(user=readers[-1])
    env = service_env(redis_url=disposable_redis.url, var_dir=tmp_path, smtp_port=smtp_port, application_name=WORKER)
    digests = OutboundEmail.objects.filter(kind=EmailKind.DIGEST)
    beat = Beat(disposable_redis.url)
    locker = lock_settings_row(readers[-1])
    try:
        # 1. Killed in the second batch of digests_prepare, inside its transaction.
        first = start_worker(processes, env=env, clock=DUE)
        beat.send("notifications.tasks.prepare_digests")
        wait_until(lambda: worker_backends(waiting_for_a_lock=True), timeout=30, what="the second batch to wait")
        first.kill()
        locker.rollback()
        wait_until(lambda: not worker_backends(), timeout=10, what="PostgreSQL to roll back the killed batch")
        assert digests.count() == 500 and not digests.filter(sent_at__isnull=False).exists()

        # 2. The next worker prepares the rest, and is killed while sending the 150th.
        second_clock = DUE + timedelta(minutes=1)
        second = start_worker(processes, env=env, clock=second_clock)
        assert beat.run("notifications.tasks.prepare_digests") == READERS - 500
        smtp.hold_at = HELD
        beat.send("notifications.tasks.send_due_emails")
        assert smtp.holding.wait(timeout=60), "the second worker never reached the 150th email"
        second.kill()
        wait_until(lambda: not worker_backends(), timeout=10, what="the killed worker's connection to close")
        assert len(smtp.delivered) == HELD - 1
        assert digests.filter(sent_at__isnull=False).count() == HELD - 1
        assert digests.filter(sent_at=None, claimed_until__isnull=False).count() == 1  # the one in flight

        # 3. The next worker sends the rest, as beat's next sweeps would (each sends at most 200), but not the one
        # in flight: for all it knows, the worker sending it is only slow.
        third = start_worker(processes, env=env, clock=second_clock + timedelta(minutes=2))
        sweeps = [beat.run("notifications.tasks.send_due_emails", timeout=60) for _ in range(3)]
        assert [sweep["sent"] for sweep in sweeps] == [200, READERS - HELD - 200, 0]
        third.kill()

        # 4. Once the lease has run out, the one in flight goes too.
        start_worker(processes, env=env, clock=second_clock + CLAIM_LEASE + timedelta(minutes=1))
        assert beat.run("notifications.tasks.send_due_emails")["sent"] == 1
    finally:
        locker.close()
        beat.close()

    assert smtp.per_recipient() == {reader.email: 1 for reader in readers}
    assert digests.count() == READERS and not digests.filter(sent_at=None).exists()
    welsh = [subject for recipient, subject in smtp.delivered if recipient == "reader000@example.org"]
    english = [subject for recipient, subject in smtp.delivered if recipient == "reader001@example.org"]
    assert welsh != english  # each rendered in its reader's language
