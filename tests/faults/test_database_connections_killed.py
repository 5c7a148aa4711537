"""PostgreSQL drops the web server's connections (a failover, a restart, an idle-connection reaper): the next
requests still succeed, without restarting the server."""

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from communities import services as community_services
from sessions.models import LONDON
from tests.factories import make_community, make_person, make_series

from .conftest import Visitor, require_postgresql, service_env, start_gunicorn, wait_until

WEB = "cylch-faults-web"  # the application_name the web server's connections carry


def web_connections() -> set[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND application_name = %s",
            [settings.DATABASES["default"]["NAME"], WEB],
        )
        return {pid for (pid,) in cursor.fetchall()}


def terminate_other_connections() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            [settings.DATABASES["default"]["NAME"]],
        )
        return len(cursor.fetchall())


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_requests_succeed_after_the_web_servers_database_connections_are_killed(processes, disposable_redis, tmp_path):
    require_postgresql()
    host = make_person("host@example.org", name="Host")
    people = [make_person(f"person{n}@example.org", name=f"Person {n}") for n in range(4)]
    community = make_community(name="Circle", slug="circle", hosts=[host])
    for person in people:
        community_services.community_join(community=community, user=person)
    start = (timezone.now() + timedelta(days=3)).astimezone(LONDON).replace(hour=12, minute=0, second=0, microsecond=0)
    occurrence = make_series(community, first_start=start, host=host).occurrences.get()
    web, base = start_gunicorn(
        processes, env=service_env(redis_url=disposable_redis.url, var_dir=tmp_path, application_name=WEB)
    )
    visitors = [Visitor(base, user=person) for person in people]
    pages = ["/communities/circle/", "/sessions/", f"/sessions/{occurrence.pk}/", "/accounts/profile/"]

    def burst(requests=24) -> list[tuple[str, int]]:
        """Four people at once on pages that all read the database; two gunicorn workers share the load."""

        def visit(n):
            path = pages[n % len(pages)]
            return path, visitors[n % len(visitors)].get(path)[0]

        with ThreadPoolExecutor(max_workers=len(visitors)) as pool:
            return list(pool.map(visit, range(requests)))

    def both_workers_connected() -> bool:
        assert [status for _path, status in burst(8) if status != 200] == []
        return len(web_connections()) == 2

    wait_until(both_workers_connected, timeout=20, what="a kept-alive connection in each web worker")
    for _round in range(3):
        killed = web_connections()
        assert terminate_other_connections() >= len(killed) == 2
        wait_until(
            lambda killed=killed: not web_connections() & killed, timeout=10, what="PostgreSQL to end the connections"
        )
        # Not one request lost: each worker checks its kept-alive connection before a request uses it.
        assert [(path, status) for path, status in burst() if status != 200] == []
        wait_until(both_workers_connected, timeout=20, what="each web worker to connect again")
        assert not web_connections() & killed

    assert web.running and web.log().count("Booting worker") == 2  # the same two workers: nothing restarted
