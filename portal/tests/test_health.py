import pytest

from portal.celery import app as celery_app


@pytest.fixture(autouse=True)
def _fresh_broker_answer(monkeypatch):
    from portal import health

    monkeypatch.setattr(health, "_last_slow_failure", float("-inf"))


@pytest.mark.django_db
def test_healthz_reports_database_and_broker(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": True, "broker": True}}


@pytest.mark.django_db
def test_healthz_is_503_when_the_broker_is_unreachable(client, monkeypatch, settings):
    settings.HEALTHCHECK_BROKER_TIMEOUT = 0.5
    # Nothing listens on port 1: the connection is refused at once.
    monkeypatch.setattr(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "checks": {"database": True, "broker": False}}


@pytest.mark.django_db
def test_livez_answers_whatever_the_services_do(client, monkeypatch):
    from portal import health

    monkeypatch.setattr(health, "database_is_reachable", lambda: False)
    assert client.get("/livez").json() == {"status": "ok"}


@pytest.mark.django_db
def test_readyz_needs_the_database_but_not_the_broker(client, monkeypatch, settings):
    from portal import health

    settings.HEALTHCHECK_BROKER_TIMEOUT = 0.5
    monkeypatch.setattr(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    assert client.get("/readyz").json() == {"status": "ok", "checks": {"database": True}}
    monkeypatch.setattr(health, "database_is_reachable", lambda: False)
    response = client.get("/readyz")
    assert response.status_code == 503 and response.json()["status"] == "unavailable"


@pytest.mark.django_db
def test_the_probes_are_answered_over_http_when_everything_else_is_redirected(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    for path in ("/healthz", "/livez", "/readyz"):
        assert client.get(path).status_code == 200
    assert client.get("/communities/").status_code == 301


@pytest.mark.django_db
def test_a_broker_that_does_not_answer_is_asked_once_in_five_seconds_however_often_healthz_is_polled(
    client, monkeypatch
):
    import time

    from portal import health

    asked = []

    def unanswering():
        asked.append(1)
        time.sleep(health.SLOW_CHECK_SECONDS)
        raise TimeoutError("no answer")

    monkeypatch.setattr(celery_app, "connection_for_write", unanswering)
    for _ in range(5):
        assert client.get("/healthz").status_code == 503
    assert len(asked) == 1
    monkeypatch.setattr(health, "_last_slow_failure", float("-inf"))  # five seconds later
    client.get("/healthz")
    assert len(asked) == 2


@pytest.mark.django_db
def test_a_refusing_broker_is_asked_each_time_so_its_return_shows_at_once(client, monkeypatch, settings):
    settings.HEALTHCHECK_BROKER_TIMEOUT = 0.5
    real_url = celery_app.conf.broker_url
    monkeypatch.setattr(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    assert client.get("/healthz").status_code == 503
    monkeypatch.setattr(celery_app.conf, "broker_url", real_url)
    assert client.get("/healthz").status_code == 200
