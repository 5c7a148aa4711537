import importlib
import threading
from datetime import UTC, datetime, timedelta
from unittest import mock

import pytest
import time_machine
from django.apps import apps
from django.core import mail
from django.db import connection

from communities import services as community_services
from communities.models import CommunityEmailKind
from conftest import skip_or_fail
from notifications import services
from notifications.models import OutboundEmail, ReminderTiming
from sessions import services as session_services
from sessions.models import LONDON, SessionEmailKind
from tests.factories import london, make_community, make_person, make_series

UTC = UTC


@pytest.fixture
def session_day_after_spring_forward(db):
    host = make_person("host@example.org", name="Host")
    community = make_community(name="Circle", slug="circle", hosts=[host])
    with time_machine.travel(datetime(2026, 3, 20, 9, 0, tzinfo=UTC), tick=False):
        series = make_series(community, first_start=london(2026, 3, 30, 16, 0), host=host)
    return series.occurrences.get()


def going(person, occurrence, timing=ReminderTiming.BOTH):
    """Going, with these reminders and no calendar invitation (sessions/tests/test_invitations.py has those)."""
    settings = services.settings_for(person)
    settings.reminders = timing
    settings.calendar_invitations = False
    settings.save()
    return session_services.rsvp_set(occurrence=occurrence, user=person, going=True)


def test_reminders_fall_due_at_the_right_utc_instant_after_the_clocks_go_forward(
    session_day_after_spring_forward, member
):
    occurrence = session_day_after_spring_forward
    assert occurrence.start == datetime(2026, 3, 30, 15, 0, tzinfo=UTC)  # 16:00 BST
    with time_machine.travel(datetime(2026, 3, 21, 9, 0, tzinfo=UTC), tick=False) as clock:
        going(member, occurrence)
        clock.move_to(datetime(2026, 3, 29, 14, 59, tzinfo=UTC))
        assert services.outbox_send_due()["sent"] == 0
        clock.move_to(datetime(2026, 3, 29, 15, 0, tzinfo=UTC))  # a day before: 16:00 BST on the 29th
        assert services.outbox_send_due()["sent"] == 1
        clock.move_to(datetime(2026, 3, 30, 13, 59, tzinfo=UTC))
        assert services.outbox_send_due()["sent"] == 0
        clock.move_to(datetime(2026, 3, 30, 14, 0, tzinfo=UTC))  # an hour before: 15:00 BST
        assert services.outbox_send_due()["sent"] == 1
        assert services.outbox_send_due()["sent"] == 0
    assert len(mail.outbox) == 2
    reminder = mail.outbox[-1]
    assert (
        reminder.subject.startswith("Nodyn atgoffa:") and "Llu 30 Maw, 16:00" in reminder.subject
    )  # Welsh, London time
    # No calendar file that could go stale: invitations keep the person's calendar up to date.
    assert reminder.attachments == []


def test_reminders_fall_due_at_the_right_utc_instant_after_the_clocks_go_back(db, member):
    host = make_person("host@example.org", name="Host")
    community = make_community(name="Circle", slug="circle", hosts=[host])
    with time_machine.travel(datetime(2026, 10, 20, 9, 0, tzinfo=UTC), tick=False) as clock:
        occurrence = make_series(community, first_start=london(2026, 10, 26, 16, 0), host=host).occurrences.get()
        assert occurrence.start == datetime(2026, 10, 26, 16, 0, tzinfo=UTC)  # 16:00 GMT, the day after
        going(member, occurrence)
        clock.move_to(datetime(2026, 10, 25, 15, 59, tzinfo=UTC))
        assert services.outbox_send_due()["sent"] == 0
        clock.move_to(datetime(2026, 10, 25, 16, 0, tzinfo=UTC))
        assert services.outbox_send_due()["sent"] == 1
        clock.move_to(datetime(2026, 10, 26, 15, 0, tzinfo=UTC))
        assert services.outbox_send_due()["sent"] == 1


def test_reminders_follow_a_moved_session_and_vanish_with_a_cancelled_one(
    session_day_after_spring_forward, member, outsider
):
    occurrence = session_day_after_spring_forward
    host = occurrence.series.community.memberships.get(role="host").user
    with time_machine.travel(datetime(2026, 3, 21, 9, 0, tzinfo=UTC), tick=False):
        going(member, occurrence, ReminderTiming.HOUR)
        going(outsider, occurrence, ReminderTiming.HOUR)
        session_services.occurrence_move(
            occurrence=occurrence,
            start=london(2026, 3, 31, 10, 0),
            end=london(2026, 3, 31, 11, 0),
            location="",
            acting_user=host,
        )
        assert set(OutboundEmail.objects.filter(kind=SessionEmailKind.REMINDER).values_list("due_at", flat=True)) == {
            datetime(2026, 3, 31, 8, 0, tzinfo=UTC)
        }
        assert OutboundEmail.objects.filter(kind=SessionEmailKind.CHANGE).count() == 2
        session_services.occurrence_cancel(occurrence=occurrence, reason="Ill", acting_user=host)
        assert not OutboundEmail.objects.filter(kind=SessionEmailKind.REMINDER).exists()
        services.outbox_send_due()
    cancellations = [m for m in mail.outbox if "Ill" in m.body]
    assert sorted(m.to[0] for m in cancellations) == sorted([member.email, outsider.email])


def test_a_reminder_queued_before_its_templates_moved_to_the_sessions_app_still_goes(
    session_day_after_spring_forward, member
):
    occurrence = session_day_after_spring_forward
    with time_machine.travel(datetime(2026, 3, 21, 9, 0, tzinfo=UTC), tick=False):
        going(member, occurrence, ReminderTiming.HOUR)
    OutboundEmail.objects.update(template_prefix="notifications/email/reminder")  # as queued by the old code
    moved = importlib.import_module("notifications.migrations.0005_reminder_templates_moved_to_sessions")
    moved.point_unsent_reminders(moved.OLD, moved.NEW)(apps, None)
    with time_machine.travel(datetime(2026, 3, 30, 14, 0, tzinfo=UTC), tick=False):
        assert services.outbox_send_due()["sent"] == 1
    assert mail.outbox[0].subject.startswith("Nodyn atgoffa:")


def test_saying_not_going_drops_the_reminders(session_day_after_spring_forward, member):
    with time_machine.travel(datetime(2026, 3, 21, 9, 0, tzinfo=UTC), tick=False):
        going(member, session_day_after_spring_forward)
        assert OutboundEmail.objects.filter(kind=SessionEmailKind.REMINDER).count() == 2
        session_services.rsvp_set(occurrence=session_day_after_spring_forward, user=member, going=False)
    assert not OutboundEmail.objects.filter(kind=SessionEmailKind.REMINDER).exists()


def test_a_session_starting_soon_gets_its_reminder_at_once(db, member):
    host = make_person("host@example.org", name="Host")
    community = make_community(name="Circle", slug="circle", hosts=[host])
    occurrence = make_series(
        community, first_start=datetime.now(LONDON).replace(microsecond=0) + timedelta(minutes=30), host=host
    ).occurrences.get()
    going(member, occurrence, ReminderTiming.HOUR)
    assert services.outbox_send_due()["sent"] == 1


def test_a_failing_address_is_retried_with_back_off_then_marked_failed_and_the_rest_still_go(db):
    people = [make_person(f"p{n}@example.org", name=f"P{n}") for n in range(3)]
    for person in people:
        services.email_enqueue(
            recipient=person,
            kind=CommunityEmailKind.SUGGESTION,
            dedupe_key="x",
            template_prefix="notifications/email/test",
            context={"period": "x"},
        )
    real_send = mail.EmailMessage.send

    def send(message, *args, **kwargs):
        if message.to == ["p1@example.org"]:
            raise ConnectionRefusedError("SMTP server refused the recipient")
        return real_send(message, *args, **kwargs)

    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    with (
        mock.patch.object(mail.EmailMessage, "send", send),
        mock.patch("notifications.services.render_to_string", side_effect=lambda name, context: f"{name}"),
        time_machine.travel(start, tick=False) as clock,
    ):
        OutboundEmail.objects.update(due_at=start)
        first = services.outbox_send_due()
        assert first == {"sent": 2, "retrying": 1, "failed": 0, "skipped": 0}
        failing = OutboundEmail.objects.get(recipient__email="p1@example.org")
        assert failing.sent_at is None and failing.attempts == 1 and "refused" in failing.last_error
        assert failing.next_attempt_at == start + timedelta(minutes=2)
        assert services.outbox_send_due()["retrying"] == 0  # not before its back-off
        for _ in range(4):
            clock.shift(timedelta(hours=1))
            services.outbox_send_due()
    failing.refresh_from_db()
    assert failing.failed_at and failing.sent_at is None and failing.attempts == services.MAX_ATTEMPTS
    assert [m.to for m in mail.outbox] == [["p0@example.org"], ["p2@example.org"]]
    assert services.outbox_retry_failed(emails=OutboundEmail.objects.all()) == 1
    failing.refresh_from_db()
    assert failing.failed_at is None and failing.attempts == 0


def test_the_same_email_cannot_be_queued_twice(member):
    for _ in range(2):
        services.email_enqueue(
            recipient=member,
            kind=CommunityEmailKind.SUGGESTION,
            dedupe_key="suggestion:1:created",
            template_prefix="x",
            context={},
        )
    assert OutboundEmail.objects.count() == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent sweeps need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_once_send_each_email_exactly_once():
    people = [make_person(f"race{n}@example.org", name=f"Race {n}") for n in range(40)]
    for person in people:
        services.email_enqueue(
            recipient=person,
            kind=CommunityEmailKind.SUGGESTION,
            dedupe_key="race",
            template_prefix="communities/email/suggestion_received",
            context={"suggestion": None},
        )
    OutboundEmail.objects.update(context={})
    barrier = threading.Barrier(2)
    results = []

    def sweep():
        barrier.wait()
        try:
            results.append(services.outbox_send_due())
        finally:
            connection.close()

    # Patched once, around both threads: two threads patching the same name in turn can restore each other's
    # mock and leave it in place for every later test.
    with mock.patch("notifications.services.render_to_string", side_effect=lambda name, context: name):
        threads = [threading.Thread(target=sweep) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sum(r["sent"] for r in results) == 40
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in people)
    assert OutboundEmail.objects.filter(sent_at=None).count() == 0


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_on_redis_delivers_a_reminder_end_to_end(settings):
    if not settings.REDIS_URL:
        skip_or_fail("REDIS_URL is not set")
    from celery.contrib.testing.worker import start_worker

    from notifications.tasks import send_due_emails
    from portal.celery import app as celery_app

    host = make_person("host@example.org", name="Host")
    person = make_person("goer@example.org", name="Goer")
    community = make_community(name="Circle", slug="circle", hosts=[host])
    community_services.community_join(community=community, user=person)
    occurrence = make_series(
        community, first_start=datetime.now(LONDON).replace(microsecond=0) + timedelta(minutes=20), host=host
    ).occurrences.get()
    going(person, occurrence, ReminderTiming.HOUR)
    with start_worker(celery_app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        result = send_due_emails.delay().get(timeout=30)
    assert result["sent"] == 1
    assert [m.to for m in mail.outbox] == [["goer@example.org"]]
    assert mail.outbox[0].subject.startswith("Reminder: Lunchtime circle")
    assert OutboundEmail.objects.get().sent_at is not None
