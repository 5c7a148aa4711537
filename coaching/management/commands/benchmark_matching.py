import random
import resource
import time

from django.core.management.base import BaseCommand

from coaching.matching import Candidate, propose_pairs
from coaching.models import SLOTS

ORGANISATIONS = [f"Organisation {n}" for n in range(40)]
FIELDS = ["policy", "operations", "digital", "finance", "people", "analysis", "projects", "science"]
TITLES = ["Policy officer", "Senior policy officer", "Team leader", "Analyst", "Programme manager", "Head of team"]


def realistic_pool(size: int, seed: int = 1) -> list[Candidate]:
    """A pool shaped like the public sector: a few large organisations, teams, mostly English, some Welsh."""
    rng = random.Random(seed)
    pool = []
    for person_id in range(1, size + 1):
        pool.append(
            Candidate(
                id=person_id,
                organisation=ORGANISATIONS[min(int(rng.expovariate(0.15)), len(ORGANISATIONS) - 1)],
                team=f"Team {rng.randint(1, 12)}",
                grade=rng.choice([2, 3, 3, 4, 4, 4, 5, 5, 6, 7]),
                field=rng.choice(FIELDS),
                job_title=rng.choice(TITLES),
                modes=frozenset(rng.sample(["video", "phone", "in_person"], rng.choice([1, 2, 2, 3]))),
                region=rng.choice(["north", "mid", "south_west", "south_east", "south_east"]),
                language=rng.choice(["en"] * 6 + ["either"] * 3 + ["cy"]),
                slots=frozenset(rng.sample(SLOTS, rng.randint(2, 6))),
                topics=frozenset(rng.sample(range(1, 25), 3)),
                rounds_waited=rng.choice([0, 0, 0, 0, 1, 1, 2]),
                blocked=frozenset(rng.sample(range(1, size + 1), rng.choice([0, 0, 0, 1]))),
                past_partners=frozenset(rng.sample(range(1, size + 1), rng.choice([0, 0, 1, 2]))),
            )
        )
    return pool


class Command(BaseCommand):
    help = "Generates a realistic pool of each SIZE and times one matching round over it (no database needed)."

    def add_arguments(self, parser):
        parser.add_argument("sizes", nargs="*", type=int, default=[200, 1000, 2000])

    def handle(self, *args, sizes, **options):
        for size in sizes:
            pool = realistic_pool(size)
            began = time.perf_counter()
            result = propose_pairs(pool)
            elapsed = time.perf_counter() - began
            peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            self.stdout.write(
                f"{size} people: {len(result.pairs)} pairs, {len(result.waiting)} waiting, {elapsed:.1f} s, "
                f"peak memory {peak_mib:.0f} MiB"
            )
