"""Reachability of the parts the portal depends on, for /healthz."""

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


def broker_is_reachable() -> bool:
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=settings.HEALTHCHECK_BROKER_TIMEOUT)
            return True
    except Exception:
        return False
