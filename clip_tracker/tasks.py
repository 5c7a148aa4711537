from celery import shared_task

from . import services


@shared_task
def remind_holders() -> int:
    """Beat runs this daily. Running it twice at once, or again after a worker died halfway, is harmless: each
    reminder has a dedupe key (period, moment, action) under the outbox's unique constraint, so it is queued once."""
    return services.holder_reminders_queue()
