import pytest
from celery.contrib.testing.worker import start_worker
from django.conf import settings

from conftest import skip_or_fail
from portal.celery import app as celery_app
from portal.tasks import ping


def round_trip_through_a_real_worker() -> str:
    with start_worker(celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        return ping.delay().get(timeout=30)


@pytest.mark.django_db(transaction=True)
def test_a_task_round_trips_through_a_real_worker_on_the_configured_broker():
    assert celery_app.conf.task_always_eager is False
    assert round_trip_through_a_real_worker() == "pong"


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_a_task_round_trips_through_a_real_worker_on_redis():
    if not settings.REDIS_URL:
        skip_or_fail("REDIS_URL is not set")
    assert celery_app.conf.broker_url.startswith("redis://")
    assert round_trip_through_a_real_worker() == "pong"
