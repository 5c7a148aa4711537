from pathlib import Path

from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"

    def ready(self):
        from django.conf import settings

        from . import checks  # noqa: F401  (registers system checks)
        from .celery import ensure_filesystem_broker_folders

        Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)
        ensure_filesystem_broker_folders()
