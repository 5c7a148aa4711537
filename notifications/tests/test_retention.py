from datetime import timedelta

from django.utils import timezone

from notifications.models import EmailKind, OutboundEmail
from notifications.tasks import purge_sent_mail_log


def logged(person, key, **when):
    return OutboundEmail.objects.create(
        recipient=person,
        kind=EmailKind.DIGEST,
        dedupe_key=key,
        template_prefix="x",
        due_at=timezone.now() - timedelta(days=200),
        **when,
    )


def test_sent_mail_log_drops_rows_sent_or_failed_over_90_days_ago_and_keeps_the_rest(member):
    now = timezone.now()
    old_sent = logged(member, "old-sent", sent_at=now - timedelta(days=91))
    old_failed = logged(member, "old-failed", failed_at=now - timedelta(days=95))
    recent_sent = logged(member, "recent-sent", sent_at=now - timedelta(days=89))
    recent_failed = logged(member, "recent-failed", failed_at=now - timedelta(days=10))
    waiting = logged(member, "waiting")  # due long ago but not yet sent: never dropped by age

    assert purge_sent_mail_log() == 2
    assert purge_sent_mail_log() == 0  # running twice is harmless
    kept = set(OutboundEmail.objects.values_list("pk", flat=True))
    assert kept == {recent_sent.pk, recent_failed.pk, waiting.pk}
    assert not {old_sent.pk, old_failed.pk} & kept
