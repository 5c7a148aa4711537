"""What co-coaching tells the outbox (coaching/emails.py): a nudge queued days ahead goes only while the pair is
still where it was when the nudge was queued."""

from datetime import timedelta

import time_machine
from django.utils import timezone

from coaching import services
from coaching.models import Pair, PairState
from notifications.models import OutboundEmail
from notifications.services import outbox_send_due
from tests.factories import coaching_round_run


def test_a_nudge_to_answer_is_dropped_once_both_have_said_yes(siân_and_tom, coordinator, deliver):  # noqa: F811
    sian, tom = siân_and_tom
    coaching_round_run(coordinator)
    deliver()
    pair = Pair.objects.get()
    services.pair_accept(pair=pair, user=sian)
    services.pair_accept(pair=pair, user=tom)
    assert Pair.objects.get().state == PairState.TRYING
    with time_machine.travel(timezone.now() + timedelta(days=5)):
        outbox_send_due()
    nudges = OutboundEmail.objects.filter(dedupe_key=f"pair:{pair.pk}:remind-accept")
    assert nudges.count() == 2
    assert not nudges.filter(sent_at__isnull=False).exists()
    assert set(nudges.values_list("last_error", flat=True)) == {"Not sent: no longer needed."}
