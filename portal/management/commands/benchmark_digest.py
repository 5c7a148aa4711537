import random
import time
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from accounts.models import User
from communities.models import Community, Membership, MembershipState
from communities.services import community_create
from notifications import digest, services
from sessions import services as session_services
from sessions.models import LONDON, SessionSeries
from sessions.recurrence import Recurrence


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Times one monthly digest run (prepare and send) for PEOPLE people in 20 communities; changes nothing."

    def add_arguments(self, parser):
        parser.add_argument("--people", type=int, default=5000)

    def handle(self, *args, people, **options):
        try:
            with transaction.atomic(), override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
                self._run(people)
                raise Rollback
        except Rollback:
            pass

    def _run(self, people_count):
        rng = random.Random(5000)
        now = timezone.now()
        communities = []
        for n in range(20):
            community = community_create(
                community=Community(name=f"Digest benchmark {n}", slug=f"digest-benchmark-{n}", summary="Benchmark."),
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
                email=f"digest{n}@cylch.invalid",
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
        began = time.perf_counter()
        sent = 0
        while True:
            batch = services.outbox_send_due(now=now, batch_size=1000)["sent"]
            sent += batch
            if not batch:
                break
        sending = time.perf_counter() - began
        self.stdout.write(
            f"{people_count} people: {queued} digests prepared in {prepared:.1f} s with {len(prepare_queries)} queries "
            f"(batches of {digest.BATCH_SIZE}); {sent} rendered and sent in {sending:.1f} s"
        )
