import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from portal.scale_data import ScaleDataError, demo_data_load, scale_data_load, scale_data_present


class Command(BaseCommand):
    help = (
        "Loads the demo data, then a whole government's worth on top (20,000 people, 500 communities, 40,000 "
        "sessions, 100,000 answers at scale 1) for profiling pages. Refuses to run twice on one database."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=18, help="Seed of the random choices (default 18).")
        parser.add_argument("--scale", type=float, default=1.0, help="Fraction of the full size, e.g. 0.01.")

    def handle(self, *args, seed, scale, **options):
        if scale_data_present():  # said before the demo is refreshed, which takes a few seconds
            raise CommandError(ScaleDataError.ALREADY_LOADED)
        started = time.monotonic()
        demo_data_load()
        try:
            counts = scale_data_load(seed=seed, scale=scale)
        except ScaleDataError as error:
            raise CommandError(str(error)) from error
        # Bulk inserts leave the planner's statistics behind: without them PostgreSQL picks plans for a few
        # hundred rows, not tens of thousands, until autovacuum gets round to it.
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        summary = ", ".join(f"{value} {name.replace('_', ' ')}" for name, value in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Scale data loaded in {time.monotonic() - started:.0f}s: {summary}."))
