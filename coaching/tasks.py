from celery import shared_task

from . import services


@shared_task
def run_queued_rounds() -> int:
    """Beat runs this every minute: each queued round runs in a worker, never in a web request, and a round whose
    worker died is taken over once its lease runs out. Running it twice at once, or after a crash, is harmless: a
    round is claimed with a conditional UPDATE and its work is one transaction, so it proposes its pairs once."""
    return services.rounds_run_queued()


@shared_task
def request_monthly_round() -> bool:
    """Beat runs this daily; early each month it queues a round if no one has run one yet. Running it again is
    harmless: it finds this month's round and queues nothing (two at the very same moment could queue two, which
    run one after the other, the second finding everyone already paired)."""
    return services.round_request_monthly() is not None


@shared_task
def purge_old_private_notes() -> int:
    """Beat runs this daily: private notes go a year after their pair ended. Running it twice deletes nothing more,
    because the second run finds only notes that are not yet old enough."""
    return services.private_notes_purge()
