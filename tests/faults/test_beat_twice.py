"""Two beat processes by mistake: every scheduled task runs twice at the same moment, and still each person gets
one email for each thing (there must be exactly one beat, but nothing may double if there are two)."""

import threading
from collections import Counter
from datetime import UTC, date, datetime

import pytest
import time_machine
from django.core import mail
from django.db import connection

from clip_tracker.models import Action, ClipEmailKind, Plan, ReportingPeriod, Theme
from clip_tracker.tasks import remind_holders
from coaching import services as coaching_services
from coaching.models import CoachingEmailKind, CoachingProfile, MatchingRound, Pair
from coaching.tasks import run_queued_rounds
from communities import services as community_services
from notifications.models import EmailKind, OutboundEmail
from notifications.tasks import prepare_digests, send_due_emails
from sessions.models import LONDON
from tests.factories import make_community, make_person, make_series

from .conftest import require_postgresql

# 09:00 UTC on Tuesday 1 December 2026: the monthly digest is due (08:00 in Wales), the CLIP reporting period
# opening today has its first reminders due, and a co-coaching round is waiting.
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
BEAT_TASKS = [prepare_digests, remind_holders, run_queued_rounds, send_due_emails]


def opt_in(person, **changes):
    values = dict(
        grade=4,
        field="policy",
        modes=["video"],
        region="south_east",
        language="either",
        availability=["TU-am"],
        frequency="fortnightly",
    )
    return coaching_services.profile_save(profile=CoachingProfile(user=person, **values | changes), topics=[])


@pytest.mark.services
@pytest.mark.django_db(transaction=True)
def test_two_beats_running_every_task_at_the_same_moment_send_one_email_per_person_and_purpose():
    require_postgresql()
    with time_machine.travel(NOW, tick=False):
        host = make_person("host@example.org", name="Host")
        people = [
            make_person(f"person{n}@example.org", name=f"Person {n}", organisation=f"Org {n % 3}", team=f"Team {n}")
            for n in range(30)
        ]
        community = make_community(name="Circle", slug="circle", hosts=[host])
        for person in people:
            community_services.community_join(community=community, user=person)
        make_series(community, first_start=datetime(2026, 12, 8, 12, 0, tzinfo=LONDON), host=host)
        plan = Plan.objects.create(
            title="CLIP", starts_on=date(2026, 4, 1), ends_on=date(2027, 3, 31), is_published=True
        )
        period = ReportingPeriod.objects.create(
            plan=plan,
            is_current=True,
            label="Winter",
            starts_on=date(2026, 12, 1),
            ends_on=date(2027, 2, 28),
            update_deadline=date(2027, 1, 15),
        )
        theme = Theme.objects.create(plan=plan, number=1, title="Theme 1")
        for n in range(1, 6):
            action = Action.objects.create(plan=plan, theme=theme, number=f"1.{n}", title=f"Action 1.{n}")
            action.holders.set(people[n * 2 : n * 2 + 3])
        for person in people[:10]:
            opt_in(person)
        coaching_services.round_request(acting_user=None)

        barrier = threading.Barrier(2)
        errors, results = [], {task.name: [] for task in BEAT_TASKS}

        def beat():
            try:
                for task in BEAT_TASKS:
                    barrier.wait(timeout=30)
                    results[task.name].append(task())
            except Exception as error:  # a deadlock or an integrity error would show here
                errors.append(error)
                barrier.abort()
            finally:
                connection.close()

        beats = [threading.Thread(target=beat) for _ in range(2)]
        for thread in beats:
            thread.start()
        for thread in beats:
            thread.join()
        assert errors == []
        assert sum(results[run_queued_rounds.name]) == 1  # one beat's worker ran the round, the other found it taken
        assert send_due_emails()["sent"] == 0  # a minute later: the race left nothing behind

    assert sum(sweep["sent"] for sweep in results[send_due_emails.name]) == len(mail.outbox)
    sent = Counter((message.to[0], message.subject) for message in mail.outbox)
    assert max(sent.values()) == 1, [key for key, count in sent.items() if count > 1]
    emails = OutboundEmail.objects.all()
    assert len(mail.outbox) == emails.count() - emails.filter(due_at__gt=NOW).count()  # all due were sent, once
    assert not emails.filter(due_at__lte=NOW, sent_at=None).exists()
    digests = Counter(emails.filter(kind=EmailKind.DIGEST).values_list("recipient__email", flat=True))
    assert digests == {person.email: 1 for person in [host, *people]}
    clip = emails.filter(kind=ClipEmailKind.CLIP, dedupe_key__startswith=f"period:{period.pk}:opens:")
    assert clip.count() == 15 and clip.filter(sent_at__isnull=False).count() == 15
    assert MatchingRound.objects.get().status == "done" and Pair.objects.count() == 5
    proposals = emails.filter(kind=CoachingEmailKind.COACHING, dedupe_key__endswith=":proposed", sent_at__isnull=False)
    assert sorted(proposals.values_list("recipient__email", flat=True)) == sorted(p.email for p in people[:10])
