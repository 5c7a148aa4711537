from celery import shared_task

from . import services


@shared_task
def remind_holders() -> int:
    """Beat runs this daily; each reminder is queued once (the outbox's unique key)."""
    return services.holder_reminders_queue()
