from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchedulingConfig(AppConfig):
    name = "sessions"
    # Not "sessions": that label belongs to django.contrib.sessions, and migrations carry it forever.
    label = "scheduling"
    verbose_name = _("Sessions")

    def ready(self):
        from . import emails, receivers

        emails.register()
        receivers.connect()
