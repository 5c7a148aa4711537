"""Issue 13: CLIP reminders are queued once however often the job runs, including after a crash halfway."""

from collections import Counter
from datetime import date
from unittest import mock

import pytest

from clip_tracker import services
from notifications.models import OutboundEmail
from notifications.services import email_enqueue
from tests.factories import make_actions, make_person


def test_a_reminder_run_that_dies_halfway_is_finished_by_the_next_and_nobody_is_reminded_twice(plan, period):
    holders = [make_person(f"holder{n}@example.org", name=f"Holder {n}") for n in range(2)]
    actions = make_actions(plan, ["1.1", "1.2", "2.1"], holders=holders)
    calls = []

    def dies_on_the_third_email(**options):
        calls.append(options["dedupe_key"])
        if len(calls) == 3:
            raise RuntimeError("worker killed")
        return email_enqueue(**options)

    with (
        mock.patch("clip_tracker.services.email_enqueue", side_effect=dies_on_the_third_email),
        pytest.raises(RuntimeError),
    ):
        services.holder_reminders_queue(today=date(2023, 2, 2))
    assert OutboundEmail.objects.count() == 2
    services.holder_reminders_queue(today=date(2023, 2, 2))
    services.holder_reminders_queue(today=date(2023, 2, 3))
    reminded = Counter(OutboundEmail.objects.values_list("recipient_id", "dedupe_key"))
    assert reminded == {
        (holder.pk, f"period:{period.pk}:opens:{action.pk}"): 1 for holder in holders for action in actions
    }
