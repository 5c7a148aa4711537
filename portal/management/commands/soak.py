from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal import soak
from portal.soak.clients import DEMO_PASSWORD, DEMO_PEOPLE


class Command(BaseCommand):
    help = (
        "A bounded soak on loopback: starts gunicorn (2 workers), a Celery worker and beat (with --instances N, N "
        "gunicorns and N workers, one beat) on this environment's "
        "PostgreSQL and Redis (or uses --url), drives them with concurrent browsers signed in as the demo people "
        "for --minutes, and reports requests, errors, latency, memory and the outbox. Needs a migrated database "
        "seeded with `DEBUG=true python manage.py seed_demo`. Exits non-zero on any error. Not part of the tests."
    )

    def add_arguments(self, parser):
        parser.add_argument("--minutes", type=float, default=5.0, help="How long the load runs (default 5).")
        parser.add_argument(
            "--url",
            default="",
            help="Soak a portal already running here instead of starting one; it must use this environment's database.",
        )
        parser.add_argument("--warmup", type=float, default=30.0, help="Seconds before the memory baseline.")
        parser.add_argument("--visitors", type=int, default=1, help="Signed-out clients besides the 5 demo people.")
        parser.add_argument("--think", type=float, default=0.25, help="Mean pause between a client's steps, s.")
        parser.add_argument(
            "--drain",
            type=float,
            default=90.0,
            help="Seconds to wait after the load for due emails to be sent (beat sweeps every 60 s).",
        )
        parser.add_argument("--keep-logs", action="store_true", help="Keep the processes' logs even on success.")
        parser.add_argument(
            "--instances",
            type=int,
            default=1,
            help="Web instances (gunicorn on their own ports, clients spread round-robin) and Celery workers to "
            "start, as machines behind a load balancer would run them; always one beat (default 1).",
        )

    def handle(self, *args, minutes, url, warmup, visitors, think, drain, keep_logs, instances, **options):
        if instances < 1 or (url and instances != 1):
            raise CommandError("--instances takes a number from 1, and cannot go with --url.")
        if not url:
            if not settings.DATABASES["default"]["ENGINE"].endswith("postgresql") or not settings.REDIS_URL:
                raise CommandError(
                    "The soak runs on PostgreSQL and Redis: set DATABASE_URL (postgres://…) and "
                    "REDIS_URL (e.g. redis://127.0.0.1:6379/11), or point it at a portal with --url."
                )
            if settings.DEBUG:
                self.stderr.write("DEBUG is on: the processes keep every query in memory, which skews memory figures.")
        self._check_migrated()
        self._check_demo_people()
        try:
            report, problems = soak.run(
                url=url,
                minutes=minutes,
                warmup_seconds=warmup,
                visitors=visitors,
                think_seconds=think,
                drain_seconds=drain,
                keep_logs=keep_logs,
                say=self.stdout.write,
                instances=instances,
            )
        except RuntimeError as error:  # the processes did not start
            raise CommandError(str(error)) from error
        self.stdout.write("\n" + report + "\n")
        if problems:
            shown = list(dict.fromkeys(problems))  # the same problem many times is listed once, with its count
            for problem in shown[:30]:
                self.stderr.write(f"  {problems.count(problem)} × {problem}")
            raise CommandError(f"{len(problems)} problems ({len(shown)} distinct).")
        self.stdout.write(self.style.SUCCESS("No errors."))

    def _check_migrated(self):
        from django.db import connection
        from django.db.migrations.executor import MigrationExecutor

        executor = MigrationExecutor(connection)
        unapplied = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if unapplied:
            names = ", ".join(f"{migration.app_label}.{migration.name}" for migration, _backwards in unapplied)
            raise CommandError(f"The database is not migrated ({names}): run `python manage.py migrate` first.")

    def _check_demo_people(self):
        from accounts.models import User

        people = {user.email: user for user in User.objects.filter(email__in=[p[0] for p in DEMO_PEOPLE])}
        unready = [
            email for email, *_ in DEMO_PEOPLE if email not in people or not people[email].check_password(DEMO_PASSWORD)
        ]
        if unready:
            raise CommandError(
                f"{', '.join(unready)} cannot sign in with the demo password: seed the database "
                "with `DEBUG=true python manage.py seed_demo` first."
            )
