"""After "Send it to me now", the person is told what happens next for how often they get digests (issue 17)."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from notifications import selectors
from portal.dates import LONDON


@pytest.fixture
def something_to_say(monkeypatch):
    monkeypatch.setattr("notifications.digest.digest_send_now", lambda *, user: True)


def _sent_message(client, person, frequency) -> str:
    client.force_login(person)
    client.post(reverse("notifications:settings"), {"notify-reminders": "day", "notify-digest": frequency})
    response = client.post(reverse("notifications:digest_send"), follow=True)
    return response.content.decode()


def test_a_weekly_reader_is_told_their_monday_digests_carry_on(client, member, something_to_say):
    page = _sent_message(client, member, "weekly")
    assert "Your weekly digest still comes every Monday morning" in page
    assert "once a month at most" not in page


def test_a_monthly_reader_is_told_when_the_next_one_comes(client, member, something_to_say):
    page = _sent_message(client, member, "monthly")
    assert "It is this month’s digest, so your next one comes on 1 " in page
    assert "Monday" not in page


def test_the_next_monthly_digest_is_the_first_of_next_month_in_the_uk():
    assert selectors.digest_next_monthly_on(now=datetime(2026, 12, 31, 23, 30, tzinfo=LONDON)).isoformat() == (
        "2027-01-01"
    )
    # 23:30 UTC on 31 August is 00:30 on 1 September in the UK: the next digest is in October.
    assert selectors.digest_next_monthly_on(now=datetime(2026, 8, 31, 23, 30, tzinfo=UTC)).isoformat() == "2026-10-01"


def test_the_message_names_the_day_in_welsh(member):
    from django.utils import translation

    with translation.override("cy"):
        message = selectors.digest_sent_now_message(frequency="monthly", now=datetime(2026, 12, 2, tzinfo=LONDON))
    assert "Ionawr 2027" in message
