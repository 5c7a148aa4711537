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
        _visitor_pages_follow_content()
        _sessions_expire_when_idle()


def _sessions_expire_when_idle() -> None:
    from django.contrib.auth.signals import user_logged_in

    from .middleware import session_seen_at_sign_in

    user_logged_in.connect(session_seen_at_sign_in, dispatch_uid="portal.session-seen-at-sign-in")


def _content_changed(sender, **kwargs):
    from .cache import version_move
    from .visitor_cache import CONTENT

    version_move(CONTENT)


def _visitor_pages_follow_content() -> None:
    """Every save or delete of what visitors' pages show (communities and sessions; the CLIP's public report is
    stored already) moves the version those pages are kept under. People's names (a host's) follow within the
    minute a page is kept."""
    from django.apps import apps
    from django.db.models.signals import post_delete, post_save

    for label in ("communities", "scheduling"):
        for model in apps.get_app_config(label).get_models():
            uid = f"visitor-pages-{label}-{model.__name__}"
            post_save.connect(_content_changed, sender=model, dispatch_uid=uid + "-save")
            post_delete.connect(_content_changed, sender=model, dispatch_uid=uid + "-delete")
