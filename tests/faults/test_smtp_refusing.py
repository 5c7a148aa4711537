"""The mail server refuses an address for a while (greylisting, a full mailbox, a policy block), then accepts it:
the outbox keeps trying with back-off, the other recipients are not held up, and each email arrives once."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from notifications import services
from notifications.models import NotificationSettings, OutboundEmail
from sessions import services as session_services
from sessions.models import LONDON, SessionEmailKind
from tests.factories import make_community, make_person, make_series

START = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def smtp_backend(settings, smtp_server):
    smtp, port = smtp_server
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    return smtp


@pytest.mark.django_db
def test_an_address_refused_then_accepted_is_retried_with_back_off_and_delivered_once(smtp_backend):
    smtp = smtp_backend
    smtp.refuse["refused@example.org"] = [
        "451 4.7.1 Greylisted, try again later",
        "451 4.3.0 Mailbox busy",
        "550 5.7.1 Blocked by policy",
    ]
    with time_machine.travel(START, tick=False) as clock:
        host = make_person("host@example.org", name="Host")
        community = make_community(name="Circle", slug="circle", hosts=[host])
        occurrence = make_series(
            community, first_start=(START + timedelta(minutes=30)).astimezone(LONDON), host=host
        ).occurrences.get()
        for address in ("refused@example.org", "fine@example.org"):
            person = make_person(address, name=address)
            # Only the reminder, so each sweep sends one email per address (invitations have their own tests).
            NotificationSettings.objects.create(user=person, calendar_invitations=False)
            session_services.rsvp_set(occurrence=occurrence, user=person, going=True)
        refused = OutboundEmail.objects.get(recipient__email="refused@example.org", kind=SessionEmailKind.REMINDER)

        def sweep_at(minutes: int) -> dict:
            clock.move_to(START + timedelta(minutes=minutes))
            return services.outbox_send_due()

        assert sweep_at(0) == {"sent": 1, "retrying": 1, "failed": 0, "skipped": 0}  # the other address goes at once
        refused.refresh_from_db()
        assert (refused.attempts, refused.next_attempt_at, refused.sent_at) == (1, START + timedelta(minutes=2), None)
        assert "451" in refused.last_error and "Greylisted" in refused.last_error
        assert sweep_at(1) == {"sent": 0, "retrying": 0, "failed": 0, "skipped": 0}  # not before its back-off
        assert sweep_at(2)["retrying"] == 1  # 2nd try; the next after 4 more minutes
        assert sweep_at(5)["retrying"] == 0
        assert sweep_at(6)["retrying"] == 1  # 3rd try refused with 550; the next after 8 more minutes
        refused.refresh_from_db()
        assert refused.attempts == 3 and "550" in refused.last_error and refused.failed_at is None
        assert sweep_at(13)["sent"] == 0
        assert sweep_at(14)["sent"] == 1  # 4th try: accepted
        assert sweep_at(60) == sweep_at(24 * 60) == {"sent": 0, "retrying": 0, "failed": 0, "skipped": 0}

    assert smtp.tries["refused@example.org"] == 4
    assert smtp.per_recipient() == {"refused@example.org": 1, "fine@example.org": 1}
    refused.refresh_from_db()
    assert refused.sent_at == START + timedelta(minutes=14) and refused.status == "sent"
