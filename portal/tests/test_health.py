import pytest

from portal.celery import app as celery_app


@pytest.fixture(autouse=True)
def _fresh_broker_answer(monkeypatch):
    from portal import health

    monkeypatch.setattr(health, "_last_unreachable", float("-inf"))


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
def test_a_missing_broker_is_asked_about_once_in_five_seconds_however_often_healthz_is_polled(
    client, monkeypatch, settings
):
    from portal import health

    settings.HEALTHCHECK_BROKER_TIMEOUT = 0.5
    monkeypatch.setattr(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")
    asked = []
    real_connection = celery_app.connection_for_write
    monkeypatch.setattr(celery_app, "connection_for_write", lambda: asked.append(1) or real_connection())
    for _ in range(5):
        assert client.get("/healthz").status_code == 503
    assert len(asked) == 1
    monkeypatch.setattr(health, "_last_unreachable", float("-inf"))  # five seconds later
    client.get("/healthz")
    assert len(asked) == 2
