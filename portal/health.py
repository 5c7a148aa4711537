"""Reachability of the parts the portal depends on, for the health probes."""

import threading
import time

from django.conf import settings
from django.db import connection

from .celery import app as celery_app


def database_is_reachable() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        return False


# While the broker is unreachable a check can wait for its timeout: that answer is kept for a few seconds, one check
# at a time, so a client polling /healthz cannot hold every web worker waiting on a broker that is not there. A
# reachable broker answers at once, so that answer is never kept (an outage shows on the next request).
UNREACHABLE_KEPT_SECONDS = 5.0
_last_unreachable: float = float("-inf")
_broker_check = threading.Lock()


def broker_is_reachable() -> bool:
    global _last_unreachable
    if time.monotonic() - _last_unreachable < UNREACHABLE_KEPT_SECONDS:
        return False
    if not _broker_check.acquire(blocking=False):
        return False  # another thread of this process is asking now
    try:
        with celery_app.connection_for_write() as conn:
            # No retries: a refused connection answers at once, and only an unanswering host waits the timeout.
            conn.ensure_connection(max_retries=0, timeout=settings.HEALTHCHECK_BROKER_TIMEOUT)
        return True
    except Exception:
        _last_unreachable = time.monotonic()
        return False
    finally:
        _broker_check.release()
