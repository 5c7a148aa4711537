"""Redis stops while the site is in use: pages still answer, /healthz says so, emails wait, and go once it is back."""

from datetime import timedelta

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.utils import timezone

from communities import services as community_services
from notifications.models import OutboundEmail
from sessions.models import LONDON, SessionEmailKind
from tests.factories import make_community, make_person, make_series

from .conftest import Beat, Visitor, require_postgresql, service_env, start_gunicorn, start_worker


def session_within_a_day(community, host):
    """A session less than a day away: its "a day before" reminder (the default) is due at once."""
    start = (timezone.now() + timedelta(hours=20)).astimezone(LONDON).replace(minute=0, second=0, microsecond=0)
    if start.hour >= 22:  # an hour long, ending the same day
        start -= timedelta(hours=3)
    return make_series(community, first_start=start, host=host).occurrences.get()


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_pages_answer_while_redis_is_down_and_queued_emails_go_once_when_it_is_back(
    processes, disposable_redis, smtp_server, tmp_path
):
    require_postgresql()
    smtp, smtp_port = smtp_server
    host = make_person("host@example.org", name="Host")
    people = [make_person(f"person{n}@example.org", name=f"Person {n}") for n in range(3)]
    returning = make_person("returning@example.org", name="Returning")
    # The test process hashes passwords with MD5 for speed; the web server knows only its default hashers.
    hasher = PBKDF2PasswordHasher()
    returning.password = hasher.encode("correct-horse-battery", hasher.salt())
    returning.save(update_fields=["password"])
    community = make_community(name="Circle", slug="circle", hosts=[host])
    for person in people:
        community_services.community_join(community=community, user=person)
    soon = session_within_a_day(community, host)
    env = service_env(redis_url=disposable_redis.url, var_dir=tmp_path, smtp_port=smtp_port)
    web, base = start_gunicorn(processes, env=env)
    worker = start_worker(processes, env=env)  # running all along, as in production
    anonymous, visitors = Visitor(base), [Visitor(base, user=person) for person in people]
    pages = [
        "/",
        "/communities/",
        "/communities/circle/",
        "/communities/circle/calendar.ics",
        "/sessions/",
        f"/sessions/{soon.pk}/",
        "/accounts/profile/",
    ]

    # Redis up: this is the Redis the site uses (the feed is cached in it).
    assert [visitors[0].get(path)[0] for path in pages] == [200] * len(pages)
    assert anonymous.get("/healthz")[0] == 200
    assert disposable_redis.client().keys("*feed:*")

    disposable_redis.stop()

    for visitor in (anonymous, visitors[0]):
        statuses = {path: visitor.get(path)[0] for path in pages}
        assert statuses == {path: 302 if visitor is anonymous and "profile" in path else 200 for path in pages}
    status, body, _headers = anonymous.get("/healthz")
    assert status == 503 and '"broker": false' in body and '"database": true' in body
    # Signing in goes through allauth's rate limits, which are kept in the cache.
    newcomer = Visitor(base)
    assert newcomer.get("/accounts/login/")[0] == 200
    status, _body, _headers = newcomer.post(
        "/accounts/login/", {"login": "returning@example.org", "password": "correct-horse-battery"}
    )
    assert status == 302 and newcomer.get("/accounts/profile/")[0] == 200
    for visitor in visitors:
        assert visitor.get(f"/sessions/{soon.pk}/")[0] == 200
        assert visitor.post(f"/sessions/{soon.pk}/rsvp/", {"going": "yes"})[0] == 302
    queued = OutboundEmail.objects.filter(kind=SessionEmailKind.REMINDER, sent_at=None)
    assert sorted(queued.values_list("recipient__email", flat=True)) == sorted(p.email for p in people)
    assert not smtp.delivered

    disposable_redis.start()  # the same address, empty: what was queued is in PostgreSQL, not in Redis

    beat = Beat(disposable_redis.url)
    try:
        # Each of the three: the reminder and the calendar invitation for saying they are going.
        assert beat.run("notifications.tasks.send_due_emails", timeout=60)["sent"] == 6
        assert beat.run("notifications.tasks.send_due_emails")["sent"] == 0
    finally:
        beat.close()
    assert smtp.per_recipient() == {person.email: 2 for person in people}
    assert not OutboundEmail.objects.filter(sent_at=None).exists()
    assert anonymous.get("/healthz")[0] == 200
    # The same worker and web server throughout: the worker lost the broker and found it again by itself.
    assert worker.running and web.running and "Connection to broker lost" in worker.log()
