from celery import shared_task

from . import pdf, services


@shared_task
def remind_holders() -> int:
    """Beat runs this daily. Running it twice at once, or again after a worker died halfway, is harmless: each
    reminder has a dedupe key (period, moment, action) under the outbox's unique constraint, so it is queued once."""
    return services.holder_reminders_queue()


@shared_task
def prepare_report_pdfs() -> int:
    """Beat runs this every ten minutes, so a published report's PDF (and one with a new correction) is ready before
    anyone asks. Running it twice at once is harmless: a report is drawn by one run at a time (a lock in the cache)
    and kept under a hash of what it was made from, so the other run finds it kept or leaves it."""
    return pdf.published_pdfs_prepare()
