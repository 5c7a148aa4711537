from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ClipTrackerConfig(AppConfig):
    name = "clip_tracker"
    verbose_name = _("Continuous Learning and Improvement Plan")

    def ready(self):
        from . import emails

        emails.register()
