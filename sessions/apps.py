from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchedulingConfig(AppConfig):
    name = "sessions"
    # Not "sessions": that label belongs to django.contrib.sessions, and migrations carry it forever.
    label = "scheduling"
    verbose_name = _("Sessions")

    def ready(self):
        from communities.session_facts import session_facts_register

        from . import emails, receivers, selectors

        emails.register()
        receivers.connect()
        # Communities' cards show the next session and filter by "this month" without importing sessions.
        session_facts_register(
            next_session=selectors.community_next_public_session, meets_this_month=selectors.community_meets_this_month
        )
