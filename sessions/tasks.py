from celery import shared_task

from . import services


@shared_task
def extend_occurrences() -> int:
    """Keeps every recurring series' occurrences a year ahead; safe to run any number of times."""
    return services.occurrences_extend_all()
