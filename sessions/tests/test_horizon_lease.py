"""Issue 13: the occurrence horizon is safe to die halfway and safe to run twice at once; the admin lists."""

import threading
from datetime import datetime, timedelta
from unittest import mock

import pytest
import time_machine
from django.db import connection
from django.urls import reverse

from sessions import recurrence as rec
from sessions import services
from sessions.models import LONDON, Occurrence, SessionSeries
from sessions.recurrence import Recurrence
from tests.factories import london, make_community, make_person, make_series

CREATED = datetime(2026, 11, 20, 9, 0, tzinfo=LONDON)
TWO_MONTHS_LATER = datetime(2027, 1, 20, 9, 0, tzinfo=LONDON)


def weekly_series(community, host, title):
    with time_machine.travel(CREATED, tick=False):
        return make_series(
            community,
            first_start=london(2026, 11, 24, 12, 0),
            host=host,
            title=title,
            recurrence=Recurrence(kind="weekly"),
        )


def expected_starts(series, until):
    return rec.starts(
        first_start=series.first_start, rrule=series.rrule, between=(series.first_start - timedelta(seconds=1), until)
    )


@pytest.fixture
def two_series(host, community):
    return weekly_series(community, host, "Monday circle"), weekly_series(community, host, "Lunch and learn")


def test_a_horizon_run_that_dies_halfway_leaves_each_series_whole_and_the_next_run_finishes(two_series):
    first, second = two_series
    before = {series.pk: (series.occurrences.count(), series.generated_until) for series in two_series}
    real_bulk_create = Occurrence.objects.bulk_create
    calls = []

    def dies_on_the_second_series(objs, **options):
        created = real_bulk_create(objs, **options)
        calls.append(len(created))
        if len(calls) == 2:
            raise RuntimeError("worker killed after writing the rows, before moving generated_until on")
        return created

    with time_machine.travel(TWO_MONTHS_LATER, tick=False):
        until = TWO_MONTHS_LATER + services.HORIZON
        with (
            mock.patch.object(Occurrence.objects, "bulk_create", side_effect=dies_on_the_second_series),
            pytest.raises(RuntimeError),
        ):
            services.occurrences_extend_all()
        first.refresh_from_db()
        second.refresh_from_db()
        # The first series was extended, rows and generated_until together; the second not at all.
        assert first.generated_until == until
        assert first.occurrences.count() == len(expected_starts(first, until)) > before[first.pk][0]
        assert (second.occurrences.count(), second.generated_until) == before[second.pk]
        assert services.occurrences_extend_all() > 0
        assert services.occurrences_extend_all() == 0
    for series in (first, second):
        series.refresh_from_db()
        assert series.generated_until == until
        starts = list(series.occurrences.values_list("original_start", flat=True))
        assert sorted(starts) == expected_starts(series, until)


def test_a_series_stopped_while_the_horizon_ran_is_not_extended(two_series, host):
    first, second = two_series
    real_generate = services.occurrences_generate

    def host_cancels_the_rest_of_the_second_meanwhile(*, series, **options):
        if series.pk == first.pk:
            SessionSeries.objects.filter(pk=second.pk).update(stopped_from=second.first_start)
        return real_generate(series=series, **options)

    count_before = second.occurrences.count()
    meanwhile = host_cancels_the_rest_of_the_second_meanwhile
    with (
        time_machine.travel(TWO_MONTHS_LATER, tick=False),
        mock.patch("sessions.services.occurrences_generate", side_effect=meanwhile),
    ):
        services.occurrences_extend_all()
    assert second.occurrences.count() == count_before  # read again under its lock: stopped, so left alone


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent runs need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_horizon_runs_at_once_create_each_occurrence_once():
    host = make_person("dafydd@example.org", name="Dafydd Owen")
    community = make_community(name="Shambolic Warriors", slug="shambolic", hosts=[host], acting_user=host)
    series = [weekly_series(community, host, f"Circle {n}") for n in range(4)]
    barrier = threading.Barrier(2)
    errors = []

    def run():
        barrier.wait()
        try:
            services.occurrences_extend_all()
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    with time_machine.travel(TWO_MONTHS_LATER, tick=False):
        threads = [threading.Thread(target=run) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        until = TWO_MONTHS_LATER + services.HORIZON
    assert errors == []
    for one in series:
        one.refresh_from_db()
        assert one.generated_until >= until
        starts = list(one.occurrences.values_list("original_start", flat=True))
        assert sorted(starts) == expected_starts(one, one.generated_until)


# --- the admin pages ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("rows", [1, 20])
def test_the_sessions_admin_lists_cost_a_fixed_number_of_queries(
    rows, superuser, host, client, django_assert_max_num_queries
):
    with time_machine.travel(CREATED, tick=False):
        for n in range(rows):
            community = make_community(name=f"Community {n}", slug=f"community-{n}", hosts=[host], acting_user=host)
            make_series(community, first_start=london(2026, 12, 1 + n, 12, 0), host=host, title=f"Session {n}")
    client.force_login(superuser)
    # session, user, the community filter's choices, count, filtered count, rows (with series and community joined)
    for name in ("sessionseries", "occurrence"):
        with django_assert_max_num_queries(6):
            response = client.get(reverse(f"admin:scheduling_{name}_changelist"))
        assert response.status_code == 200
        assert f"Session {rows - 1}" in response.content.decode()
    found = client.get(reverse("admin:scheduling_occurrence_changelist"), {"q": "Session 0"}).content.decode()
    assert "Community 0" in found
    cancelled = client.get(reverse("admin:scheduling_occurrence_changelist"), {"cancelled_at__isempty": "0"})
    assert cancelled.status_code == 200 and "Session 0" not in cancelled.content.decode()


def test_the_sessions_admin_changes_nothing_by_hand(superuser, host, community, client):
    with time_machine.travel(CREATED, tick=False):
        series = make_series(community, first_start=london(2026, 12, 1, 12, 0), host=host)
    occurrence = series.occurrences.get()
    client.force_login(superuser)
    assert client.get(reverse("admin:scheduling_occurrence_change", args=[occurrence.pk])).status_code == 200
    page = client.get(reverse("admin:scheduling_sessionseries_change", args=[series.pk])).content.decode()
    assert "secret-room" not in page  # the joining link is for reader_view_of to give out, not the admin
    assert client.post(reverse("admin:scheduling_occurrence_change", args=[occurrence.pk]), {}).status_code == 403
    assert client.get(reverse("admin:scheduling_sessionseries_add")).status_code == 403
    assert (
        client.post(reverse("admin:scheduling_sessionseries_delete", args=[series.pk]), {"post": "yes"}).status_code
        == 403
    )
    assert SessionSeries.objects.filter(pk=series.pk).exists()
