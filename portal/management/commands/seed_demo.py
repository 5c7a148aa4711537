from django.core.management.base import BaseCommand

from accounts.demo import DEMO_AUTHENTICATOR_KEY, demo_people_create
from clip_tracker.demo import demo_clip_create
from coaching.demo import demo_coaching_pool_create
from communities.demo import demo_communities_create
from sessions.demo import demo_sessions_create


class Command(BaseCommand):
    help = "Loads demo data; safe to run again (it updates rather than duplicates)."

    def handle(self, *args, **options):
        people, password = demo_people_create()
        by_role = {role: user for user, role in people}
        communities = demo_communities_create(people=by_role)
        series_count = demo_sessions_create(host=by_role["host"])
        pool_size = demo_coaching_pool_create()
        action_count = demo_clip_create(people=by_role)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {len(people)} people, {len(communities)} communities, {series_count} session series, "
                f"{pool_size} people in the co-coaching pool, {action_count} CLIP actions."
            )
        )
        if password:
            self.stdout.write("Demo sign-ins (DEBUG only), all with the password " + self.style.WARNING(password) + ":")
            for user, role in people:
                self.stdout.write(f"  {role:<12} {user.email:<28} {user.display_name}")
            self.stdout.write(
                "The superuser and the coordinator are then asked for a code from an authenticator app: add the key "
                + self.style.WARNING(DEMO_AUTHENTICATOR_KEY)
                + " to one, or run `python manage.py demo_code` for the code of the moment."
            )
