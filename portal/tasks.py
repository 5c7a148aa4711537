from celery import shared_task


@shared_task
def ping() -> str:
    """Answers "pong": lets health checks and tests prove a worker is consuming."""
    return "pong"
