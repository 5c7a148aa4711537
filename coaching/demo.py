"""A demo co-coaching pool: the demo people and the communities' extra members, with varied but realistic answers."""

import random

from django.db import transaction

from accounts.models import User
from communities.models import Topic

from .models import SLOTS, CoachingProfile, Field, Region

FIELDS = [Field.POLICY, Field.POLICY, Field.OPERATIONS, Field.DIGITAL, Field.ANALYSIS, Field.PROJECTS, Field.PEOPLE]
REFLECTIONS = [
    "Leading a team through change",
    "Saying no to good ideas",
    "Working across organisational boundaries",
    "Finding time to think long term",
    "Involving people who use our services",
    "Coming back after leave",
]


@transaction.atomic
def demo_coaching_pool_create() -> int:
    """Opts the demo people (not the coordinator or the administrator) and the extra members into co-coaching."""
    rng = random.Random(7)
    topics = list(Topic.objects.filter(kind__in=["way", "theme"]))
    people = (
        User.objects.filter(email__endswith="@cylch.example")
        .exclude(email__in=["coordinator@cylch.example", "admin@cylch.example"])
        .order_by("pk")
    )
    for person in people:
        if CoachingProfile.objects.filter(user=person).exists():
            continue
        demo_pair = person.email in ("member@cylch.example", "staff@cylch.example")
        profile = CoachingProfile.objects.create(
            user=person,
            grade=4 if demo_pair else rng.randint(2, 6),
            field=Field.POLICY if demo_pair else rng.choice(FIELDS),
            reflect_on=rng.choice(REFLECTIONS),
            modes=["video", "phone"] if demo_pair else rng.sample(["video", "phone", "in_person"], rng.randint(1, 3)),
            region=Region.SOUTH_EAST if demo_pair else rng.choice([r for r, _label in Region.choices][:4]),
            language="either" if demo_pair else rng.choice(["en", "en", "either", "either", "cy"]),
            availability=["TU-am", "TH-pm"] if demo_pair else rng.sample(SLOTS, rng.randint(3, 6)),
            frequency=rng.choice(["weekly", "fortnightly", "monthly"]),
        )
        profile.topics.set(rng.sample(topics, min(3, len(topics))))
    return CoachingProfile.objects.count()
