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


# A broker that refuses the connection is known at once; one that does not answer costs the timeout. That slow
# answer is kept for a few seconds, one check at a time, so a client polling /healthz cannot hold every web worker
# waiting on a broker that is not there. A fast answer is never kept: an outage, or the end of one, shows on the
# next request.
SLOW_CHECK_SECONDS = 0.25
UNREACHABLE_KEPT_SECONDS = 5.0
_last_slow_failure: float = float("-inf")
_broker_check = threading.Lock()


def broker_is_reachable() -> bool:
    global _last_slow_failure
    if time.monotonic() - _last_slow_failure < UNREACHABLE_KEPT_SECONDS:
        return False
    if not _broker_check.acquire(blocking=False):
        return False  # another thread of this process is asking now
    started = time.monotonic()
    try:
        with celery_app.connection_for_write() as conn:
            # No retries: a refused connection answers at once, and only an unanswering host waits the timeout.
            conn.ensure_connection(max_retries=0, timeout=settings.HEALTHCHECK_BROKER_TIMEOUT)
        return True
    except Exception:
        if time.monotonic() - started >= SLOW_CHECK_SECONDS:
            _last_slow_failure = time.monotonic()
        return False
    finally:
        _broker_check.release()
