from celery import shared_task

from . import services
from .models import MatchingRound, RoundStatus


@shared_task
def run_queued_rounds() -> int:
    """Beat runs this every minute: each queued round runs once, in a worker, never in a web request."""
    ran = 0
    for round_id in MatchingRound.objects.filter(status=RoundStatus.QUEUED).values_list("pk", flat=True):
        if services.round_run(round_id=round_id):
            ran += 1
    return ran


@shared_task
def request_monthly_round() -> bool:
    """Beat runs this daily; early each month it queues a round if no one has run one yet."""
    return services.round_request_monthly() is not None


@shared_task
def purge_old_private_notes() -> int:
    """Beat runs this daily: private notes go a year after their pair ended. Running it twice deletes nothing more,
    because the second run finds only notes that are not yet old enough."""
    return services.private_notes_purge()
