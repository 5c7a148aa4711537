from celery import shared_task
from django.utils import timezone

from . import digest, services


@shared_task
def send_due_emails() -> dict:
    """Beat runs this every minute; safe to run twice at once (each email is claimed with a lease before it is
    sent) and after a crash: an email whose sweep died goes with a later sweep once its lease has run out (only a
    death between the SMTP hand-over and recording it can send one twice; SMTP cannot tell us which happened)."""
    return services.outbox_send_due()


@shared_task
def prepare_digests() -> int:
    """Beat runs this every ten minutes; it queues each period's digests once, after 08:00 Wales time. Running it
    twice, or again after a worker died halfway, is harmless: the outbox holds one digest per person and period."""
    now = timezone.now()
    return sum(digest.digests_prepare(period=period, now=now) for period in digest.current_periods(now=now))


@shared_task
def purge_sent_mail_log() -> int:
    """Beat runs this daily: the sent-mail log keeps 90 days. Running it twice is harmless: the second run finds
    nothing old enough that the first did not already delete."""
    return services.sent_mail_log_purge()
