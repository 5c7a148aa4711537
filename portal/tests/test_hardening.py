"""Production details: browser features off, private pages never stored, secrets out of logs, and a language
switch that cannot lead off the site."""

import logging
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import time_machine
from django.conf import settings

from portal.log_redaction import redact_secrets

ROOT = Path(settings.BASE_DIR)


def test_every_page_switches_off_camera_microphone_geolocation_and_payment(client):
    policy = client.get("/").headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


@pytest.mark.parametrize(
    "path",
    ["/accounts/profile/", "/sessions/my-calendar/", "/co-coaching/", "/communities/mine/", "/notifications/digest/"],
)
def test_pages_for_a_signed_in_person_are_never_stored(client, member, path):
    client.force_login(member)
    response = client.get(path)
    assert response.status_code == 200
    assert "no-store" in response.headers["Cache-Control"]


def test_public_pages_signed_out_may_be_cached_and_feeds_keep_their_own_rules(client, db):
    assert "Cache-Control" not in client.get("/communities/").headers
    # A public feed is the same for everyone: shared caches may keep it for the hour clients refresh it in.
    assert client.get("/sessions/calendar.ics").headers["Cache-Control"] == "public, max-age=3600"


def test_an_unsubscribe_page_is_never_stored(client, db):
    assert "no-store" in client.get("/notifications/unsubscribe/not-a-token/").headers["Cache-Control"]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("GET /calendar/AbC-123_xyz.ics HTTP/1.1", "GET /calendar/….ics HTTP/1.1"),
        ("Not Found: /cy/notifications/unsubscribe/tok3n/", "Not Found: /cy/notifications/unsubscribe/…/"),
        ("GET /accounts/confirm-email/MQ:1v:abc/ HTTP/1.1", "GET /accounts/confirm-email/…/ HTTP/1.1"),
        ("GET /accounts/password/reset/key/1-set-password/ HTTP/1.1", "GET /accounts/password/reset/key/…/ HTTP/1.1"),
        ("GET /sessions/calendar.ics HTTP/1.1", "GET /sessions/calendar.ics HTTP/1.1"),
        (
            "GET /accounts/oidc/gov/login/callback/?code=Sw0rdF1sh&state=xYz-1 HTTP/1.1",
            "GET /accounts/oidc/gov/login/callback/?code=…&state=… HTTP/1.1",
        ),
    ],
)
def test_secrets_in_urls_are_redacted(line, expected):
    assert redact_secrets(line) == expected


def test_djangos_not_found_log_line_carries_no_feed_token(client, db, caplog):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        assert client.get("/calendar/SeCrEtToKeN123.ics").status_code == 404
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "/calendar/….ics" in logged and "SeCrEtToKeN123" not in logged


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_gunicorns_access_log_carries_no_token(tmp_path):
    """The real gunicorn, started with the production config file, writes its access log without the token."""
    port = _free_port()
    access_log = tmp_path / "access.log"
    environment = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "REDIS_URL": "",
        "CYLCH_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "portal.settings.base",
    }
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--config",
            "portal/gunicorn_conf.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--access-logfile",
            str(access_log),
        ],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/calendar/SeCrEtToKeN123.ics?x=1", timeout=5)
            except urllib.error.HTTPError:
                break  # any answer: the request was logged
            except OSError:
                time.sleep(0.1)
            else:
                break
        for _ in range(50):
            if access_log.exists() and access_log.read_text():
                break
            time.sleep(0.1)
    finally:
        server.terminate()
        server.wait(timeout=10)
    logged = access_log.read_text()
    assert "/calendar/….ics" in logged
    assert "SeCrEtToKeN123" not in logged


@pytest.mark.parametrize("hostile_path", ["//evil.example/x", "/\\evil.example/x", "//evil.example/cy/x"])
def test_the_language_switch_never_links_off_the_site(client, db, hostile_path):
    response = client.get("/x", PATH_INFO=hostile_path)
    links = re.findall(r'href="([^"]*)"[^>]*hreflang', response.content.decode())
    assert links
    for link in links:
        assert link.startswith("/") and not link.startswith(("//", "/\\")), link
        assert urlsplit(link).netloc == "", link


def test_the_language_switch_still_follows_the_page(client, db):
    page = client.get("/communities/?q=climate").content.decode()
    assert 'href="/cy/communities/?q=climate"' in page


@pytest.mark.parametrize(
    "line",
    [
        "GET /calendar%2FSeCrEt.ics HTTP/1.1",
        "GET /%63alendar/SeCrEt.ics HTTP/1.1",
        "GET /cy/notifications/unsubscribe%2FSeCrEt/ HTTP/1.1",
    ],
)
def test_percent_encoded_spellings_of_a_secret_path_are_redacted_too(line):
    assert "SeCrEt" not in redact_secrets(line)


def test_a_one_session_calendar_file_for_a_signed_in_person_is_never_stored(client, member):
    from tests.factories import london, make_community, make_series

    community = make_community(name="Circle", slug="circle", hosts=[member], acting_user=member)
    with time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=UTC), tick=False):
        occurrence = make_series(community, first_start=london(2026, 11, 27, 12, 0), host=member).occurrences.get()
        client.force_login(member)
        response = client.get(f"/sessions/{occurrence.pk}.ics")
    assert "teams.example/secret-room" in response.content.decode()
    assert "no-store" in response.headers["Cache-Control"]


def test_formatted_text_is_limited_beside_the_field_and_kept(client, member):
    from tests.factories import make_community

    community = make_community(name="Circle", slug="circle", hosts=[member], acting_user=member)
    client.force_login(member)
    page = client.get(f"/communities/{community.slug}/edit/").content.decode()
    form = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page))
    long_text = "Long words. " * 1000
    response = client.post(
        f"/communities/{community.slug}/edit/",
        {
            **form,
            "name": "Circle",
            "summary": "Short.",
            "description": long_text,
            "platform": "teams",
            "meeting_language": "en",
            "join_policy": "open",
            "visibility": "listed",
            "status": "active",
        },
    )
    text = response.content.decode()
    assert response.status_code == 200 and "must be 5,000 characters or fewer" in text
    assert long_text.strip() in text  # nothing they wrote is lost
    community.refresh_from_db()
    assert community.description != long_text
