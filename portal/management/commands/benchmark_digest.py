import random
import resource
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Q
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from accounts.models import User
from communities.models import Community, Membership, MembershipState
from communities.services import community_create
from notifications import digest, services
from notifications.models import OutboundEmail
from notifications.tasks import send_due_emails
from sessions import services as session_services
from sessions.models import LONDON, SessionSeries
from sessions.recurrence import Recurrence

EMAIL_DOMAIN = "digest-benchmark.invalid"
SLUG_PREFIX = "digest-benchmark-"


class _QueryCounter:
    """Counts queries without keeping them (a sweep of thousands of emails overflows Django's query log)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


class Command(BaseCommand):
    help = (
        "Times one monthly digest run for PEOPLE people in 20 communities end to end: prepared, then sent by the "
        "real sweep (beat's send_due_emails, each claim and mark committed) to memory or, with --smtp, to a local "
        "SMTP server in another process. It commits what it makes and deletes it afterwards; it refuses to run "
        "while the outbox holds other emails waiting, which its sweep would send."
    )

    def add_arguments(self, parser):
        parser.add_argument("--people", type=int, default=5000)
        parser.add_argument("--smtp", action="store_true", help="send over SMTP to a local sink (aiosmtpd)")
        parser.add_argument(
            "--worker",
            action="store_true",
            help="have a Celery worker already running on this environment's database and broker send them, "
            "through beat's task send_due_emails, with its own email settings",
        )

    def handle(self, *args, people, smtp, worker, **options):
        if smtp and worker:
            raise CommandError("--smtp applies to this process; a worker sends with its own email settings.")
        self._remove_leftovers()
        if OutboundEmail.objects.filter(sent_at=None, failed_at=None).exists():
            raise CommandError("The outbox holds emails waiting to be sent: run this on a database of its own.")
        try:
            with self._email_backend(smtp):
                self._run(people, worker=worker)
        finally:
            self._remove_leftovers()

    @contextmanager
    def _email_backend(self, smtp: bool):
        if not smtp:
            with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
                yield
            return
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        sink = subprocess.Popen(
            [sys.executable, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink", "-l", f"127.0.0.1:{port}"]
        )
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                    break
                except OSError:
                    time.sleep(0.1)
            with override_settings(
                EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
                EMAIL_HOST="127.0.0.1",
                EMAIL_PORT=port,
                EMAIL_USE_TLS=False,
                EMAIL_USE_SSL=False,
                EMAIL_HOST_USER="",
                EMAIL_HOST_PASSWORD="",
            ):
                yield
        finally:
            sink.terminate()
            sink.wait(timeout=10)

    def _remove_leftovers(self):
        User.objects.filter(email__endswith=f"@{EMAIL_DOMAIN}").delete()
        Community.objects.filter(slug__startswith=SLUG_PREFIX).delete()

    def _run(self, people_count, *, worker: bool):
        rng = random.Random(5000)
        now = timezone.now()
        communities = []
        for n in range(20):
            community = community_create(
                community=Community(name=f"Digest benchmark {n}", slug=f"{SLUG_PREFIX}{n}", summary="Benchmark."),
                hosts=[],
                acting_user=None,
            )
            start = now.astimezone(LONDON).replace(hour=12, minute=0, second=0, microsecond=0) + timedelta(
                days=n % 7 + 1
            )
            session_services.series_create(
                series=SessionSeries(
                    community=community, title=f"Weekly {n}", first_start=start, duration=timedelta(hours=1)
                ),
                recurrence=Recurrence(kind="weekly"),
                acting_user=None,
            )
            communities.append(community)
        people = User.objects.bulk_create(
            User(
                email=f"digest{n}@{EMAIL_DOMAIN}",
                display_name=f"Person {n}",
                preferred_language=rng.choice(["en", "cy"]),
            )
            for n in range(people_count)
        )
        Membership.objects.bulk_create(
            Membership(community=community, user=person, state=MembershipState.ACTIVE)
            for person in people
            for community in rng.sample(communities, rng.randint(1, 4))
        )
        period = digest.DigestPeriod("monthly", "benchmark", now)
        with CaptureQueriesContext(connection) as prepare_queries:
            began = time.perf_counter()
            queued = digest.digests_prepare(period=period, now=now)
            prepared = time.perf_counter() - began
        totals = {"sent": 0, "retrying": 0, "failed": 0, "skipped": 0}
        sweeps = 0
        send_queries = _QueryCounter()
        with connection.execute_wrapper(send_queries):
            began, cpu_began = time.perf_counter(), time.process_time()
            while True:  # as beat's sweeps would, one after another, each committing as it goes
                if worker:
                    result = send_due_emails.delay().get(timeout=600)
                else:
                    result = services.outbox_send_due(now=timezone.now())
                sweeps += 1
                for key, value in result.items():
                    totals[key] += value
                if not any(result.values()):
                    break
            sending, sending_cpu = time.perf_counter() - began, time.process_time() - cpu_began
        unsent = OutboundEmail.objects.filter(recipient__email__endswith=f"@{EMAIL_DOMAIN}").filter(Q(sent_at=None))
        self.stdout.write(
            f"{people_count} people: {queued} digests prepared in {prepared:.1f} s with {len(prepare_queries)} queries "
            f"(batches of {digest.BATCH_SIZE}); {totals['sent']} rendered and sent in {sending:.1f} s "
            f"({sending / max(totals['sent'], 1) * 1000:.1f} ms each; this process's CPU {sending_cpu:.1f} s) by {sweeps} sweeps with "
            f"{send_queries.count} queries; {totals['retrying'] + totals['failed']} failed, {unsent.count()} unsent; "
            f"end to end {prepared + sending:.1f} s; this process's peak memory "
            f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
        )
