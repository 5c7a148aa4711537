from celery import shared_task

from . import services


@shared_task
def extend_occurrences() -> int:
    """Keeps every recurring series' occurrences a year ahead. Running it twice at once, or after a crash, is
    harmless: each series is extended in one locked transaction, and a slot can hold only one occurrence."""
    return services.occurrences_extend_all()
