import time
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import User
from communities.models import Community, Membership, MembershipState
from communities.services import community_create
from portal.dates import LONDON
from sessions import services
from sessions.models import SessionSeries
from sessions.recurrence import Recurrence


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Times a private calendar feed over COMMUNITIES communities with weekly sessions for a year; changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--communities", type=int, default=20)
        parser.add_argument("--repeats", type=int, default=5)

    def handle(self, *args, communities, repeats, **options):
        try:
            with transaction.atomic():
                self._run(communities, repeats)
                raise Rollback
        except Rollback:
            pass

    def _run(self, community_count, repeats):
        person = User.objects.create_user("benchmark@cylch.invalid", None, display_name="Benchmark")
        start = timezone.now().astimezone(LONDON).replace(hour=10, minute=0, second=0, microsecond=0)
        for n in range(community_count):
            community = community_create(
                community=Community(name=f"Benchmark {n}", slug=f"benchmark-{n}", summary="Benchmark."),
                hosts=[],
                acting_user=None,
            )
            Membership.objects.create(community=community, user=person, state=MembershipState.ACTIVE)
            series = SessionSeries(
                community=community,
                title=f"Weekly {n}",
                first_start=start + timedelta(days=n % 7),
                duration=timedelta(hours=1),
                join_url="https://example.org/j",
            )
            services.series_create(series=series, recurrence=Recurrence(kind="weekly"), acting_user=None)
        token = services.feed_token_rotate(user=person).token
        client = Client()
        timings = []
        for _ in range(repeats):
            with CaptureQueriesContext(connection) as queries:
                began = time.perf_counter()
                response = client.get(f"/calendar/{token}.ics")
                timings.append(time.perf_counter() - began)
        events = response.content.count(b"BEGIN:VEVENT")
        self.stdout.write(
            f"{community_count} communities, {events} events, {len(response.content) // 1024} KiB: "
            f"first request (renders) {timings[0] * 1000:.0f} ms; unchanged feed re-fetched "
            f"{min(timings[1:] or timings) * 1000:.0f} ms; {len(queries)} queries per request"
        )
