"""Issue 13: a matching round is safe to die (taken over after its lease) and safe to run twice at once."""

import threading
from collections import Counter
from datetime import timedelta
from unittest import mock

import pytest
import time_machine
from django.contrib.messages import get_messages
from django.core import mail
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from coaching import services
from coaching.models import CoachingEmailKind, CoachingProfile, MatchingRound, Pair, PairState, PrivateNote, RoundStatus
from coaching.tasks import run_queued_rounds
from notifications.models import OutboundEmail
from tests.factories import coaching_opt_in, make_person


def make_pool(size=3):
    """People who could each be paired with any other (different organisations and teams); an odd one waits."""
    people = [
        make_person(f"peer{n}@example.org", name=f"Peer {n}", organisation=f"Org {n}", team=f"Team {n}")
        for n in range(size)
    ]
    for person in people:
        coaching_opt_in(person)
    return people


@pytest.fixture
def pool(db):
    return make_pool()


class WorkerDied(BaseException):
    """What a killed worker looks like from inside: not an Exception, so nothing marks the round failed."""


def die_halfway_through_a_round():
    """Starts a round and dies after its pairs were written, before the emails: as a worker killed mid-round."""
    matching_round = services.round_request(acting_user=None)
    with mock.patch("coaching.services.email_enqueue", side_effect=WorkerDied), pytest.raises(WorkerDied):
        run_queued_rounds()
    matching_round.refresh_from_db()
    return matching_round


def emails_to_each(people):
    return Counter(message.to[0] for message in mail.outbox if message.to[0] in {p.email for p in people})


def test_a_round_whose_worker_died_leaves_nothing_and_is_not_run_while_its_lease_lasts(pool):
    matching_round = die_halfway_through_a_round()
    assert (matching_round.status, matching_round.attempts) == (RoundStatus.RUNNING, 1)
    assert matching_round.claimed_until > timezone.now()
    assert not Pair.objects.exists() and not OutboundEmail.objects.exists()  # the work was one transaction
    assert set(CoachingProfile.objects.values_list("rounds_waited", flat=True)) == {0}
    assert run_queued_rounds() == 0  # the lease is still live: it may be a slow worker, not a dead one
    assert not Pair.objects.exists()


def test_a_round_left_running_after_its_lease_is_taken_over_and_completes_once(pool, deliver):
    matching_round = die_halfway_through_a_round()
    with time_machine.travel(timezone.now() + services.ROUND_LEASE + timedelta(minutes=1), tick=False):
        assert run_queued_rounds() == 1
        assert run_queued_rounds() == 0
        sent = deliver()
    matching_round.refresh_from_db()
    assert (matching_round.status, matching_round.attempts, matching_round.claimed_until) == (RoundStatus.DONE, 2, None)
    pair = Pair.objects.get()
    assert matching_round.pairs_proposed == 1 and len(matching_round.waiting) == 1
    # Each person hears once: the two paired of their proposal, the odd one out that they wait.
    assert emails_to_each(pool) == {person.email: 1 for person in pool}
    assert len(sent) == 3
    assert OutboundEmail.objects.filter(dedupe_key=f"pair:{pair.pk}:proposed").count() == 2


def test_a_round_whose_workers_keep_dying_is_marked_failed_and_a_new_one_can_be_requested(pool):
    for attempt in range(services.ROUND_MAX_ATTEMPTS):
        with time_machine.travel(timezone.now() + attempt * (services.ROUND_LEASE + timedelta(minutes=1)), tick=False):
            if attempt == 0:
                stuck = die_halfway_through_a_round()
            else:
                with mock.patch("coaching.services.email_enqueue", side_effect=WorkerDied), pytest.raises(WorkerDied):
                    run_queued_rounds()
    stuck.refresh_from_db()
    assert (stuck.status, stuck.attempts) == (RoundStatus.RUNNING, services.ROUND_MAX_ATTEMPTS)
    later = timezone.now() + services.ROUND_MAX_ATTEMPTS * (services.ROUND_LEASE + timedelta(minutes=1))
    with time_machine.travel(later, tick=False):
        fresh = services.round_request(acting_user=None)
    stuck.refresh_from_db()
    assert stuck.status == RoundStatus.FAILED and "stopped during the round" in stuck.error
    assert fresh.pk != stuck.pk and fresh.status == RoundStatus.QUEUED
    assert not Pair.objects.exists()


def test_round_request_no_longer_returns_a_round_stuck_from_before_leases(pool):
    # What the old code left behind when a worker died: RUNNING, no lease, never to run again.
    stuck = MatchingRound.objects.create(status=RoundStatus.RUNNING)
    assert services.round_request(acting_user=None) == stuck  # it is about to be taken over, so not queued twice
    assert run_queued_rounds() == 1
    stuck.refresh_from_db()
    assert stuck.status == RoundStatus.DONE and Pair.objects.filter(round=stuck).count() == 1
    again = services.round_request(acting_user=None)
    assert again.pk != stuck.pk and again.status == RoundStatus.QUEUED


def test_only_one_round_waits_in_the_queue(pool):
    first = services.round_request(acting_user=None)
    assert services.round_request(acting_user=None) == first
    assert MatchingRound.objects.filter(status=RoundStatus.QUEUED).count() == 1


@pytest.fixture
def failed_round(pool):
    services.round_request(acting_user=None)
    with mock.patch("coaching.services.propose_pairs", side_effect=RuntimeError("the matching broke")):
        assert run_queued_rounds() == 0  # logged, marked failed; the sweep itself goes on
    matching_round = MatchingRound.objects.get()
    assert matching_round.status == RoundStatus.FAILED and matching_round.error == "RuntimeError: the matching broke"
    assert not Pair.objects.exists() and not OutboundEmail.objects.exists()
    return matching_round


def rerun_from_the_admin(client, *rounds):
    return client.post(
        reverse("admin:coaching_matchinground_changelist"),
        {"action": "rerun", "_selected_action": [r.pk for r in rounds]},
    )


def test_a_failed_round_is_re_run_from_the_admin_and_then_completes(failed_round, superuser, client, deliver, pool):
    client.force_login(superuser)
    response = rerun_from_the_admin(client, failed_round)
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["1 round will run again within a minute."]
    failed_round.refresh_from_db()
    assert (failed_round.status, failed_round.attempts, failed_round.finished_at) == (RoundStatus.QUEUED, 0, None)
    assert run_queued_rounds() == 1
    failed_round.refresh_from_db()
    assert failed_round.status == RoundStatus.DONE and failed_round.error == ""
    assert Pair.objects.filter(round=failed_round).count() == 1
    deliver()
    assert emails_to_each(pool) == {person.email: 1 for person in pool}
    history = client.get(reverse("admin:coaching_matchinground_history", args=[failed_round.pk])).content.decode()
    assert "Queued to run again." in history


def test_a_round_that_ran_or_is_running_is_not_re_run(failed_round, superuser, client):
    services.round_rerun(round=failed_round, acting_user=superuser)
    assert run_queued_rounds() == 1
    services.round_request(acting_user=None)
    running = MatchingRound.objects.get(status=RoundStatus.QUEUED)
    MatchingRound.objects.filter(pk=running.pk).update(
        status=RoundStatus.RUNNING, claimed_until=timezone.now() + timedelta(minutes=5)
    )
    client.force_login(superuser)
    response = rerun_from_the_admin(client, failed_round, running)
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Only a failed round, or one whose worker stopped, can be run again."
    ]
    assert dict(MatchingRound.objects.values_list("pk", "status")) == {
        failed_round.pk: RoundStatus.DONE,
        running.pk: RoundStatus.RUNNING,
    }
    assert Pair.objects.count() == 1


def test_the_rerun_action_is_for_superusers_only(failed_round, coordinator, client):
    coordinator.is_staff = True
    coordinator.save(update_fields=["is_staff"])
    client.force_login(coordinator)
    rerun_from_the_admin(client, failed_round)
    failed_round.refresh_from_db()
    assert failed_round.status == RoundStatus.FAILED


# --- two sweeps at once (PostgreSQL: row locks) ------------------------------------------------------------
def run_together(*steps):
    barrier = threading.Barrier(len(steps))
    results = [None] * len(steps)

    def run(index, step):
        barrier.wait()
        try:
            results[index] = step()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(index, step)) for index, step in enumerate(steps)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent sweeps need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_once_run_a_round_once_and_leave_a_live_lease_alone():
    people = make_pool(5)
    matching_round = services.round_request(acting_user=None)
    # Another worker holds a live lease: neither sweep touches the round.
    MatchingRound.objects.filter(pk=matching_round.pk).update(
        status=RoundStatus.RUNNING, claimed_until=timezone.now() + timedelta(minutes=5), attempts=1
    )
    assert run_together(run_queued_rounds, run_queued_rounds) == [0, 0]
    assert not Pair.objects.exists()
    # Queued again: the two sweeps race for it and exactly one runs it.
    MatchingRound.objects.filter(pk=matching_round.pk).update(status=RoundStatus.QUEUED, claimed_until=None)
    assert sorted(run_together(run_queued_rounds, run_queued_rounds)) == [0, 1]
    assert Pair.objects.count() == 2
    assert (
        OutboundEmail.objects.filter(kind=CoachingEmailKind.COACHING, template_prefix="coaching/email/proposed").count()
        == 4
    )
    waiting = OutboundEmail.objects.filter(template_prefix="coaching/email/waiting").values_list(
        "recipient_id", flat=True
    )
    assert sorted(waiting) == sorted(MatchingRound.objects.get().waiting) and len(waiting) == 1
    assert Counter(
        OutboundEmail.objects.exclude(template_prefix="coaching/email/remind_accept").values_list(
            "recipient_id", flat=True
        )
    ) == {person.pk: 1 for person in people}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_a_slow_worker_past_its_lease_is_not_doubled_by_the_sweep_that_would_take_over():
    make_pool(4)
    services.round_request(acting_user=None)
    inside, carry_on = threading.Event(), threading.Event()
    real_propose_pairs = services.propose_pairs

    def slow_propose_pairs(pool, seed):
        inside.set()  # the slow worker holds the round's row lock now
        assert carry_on.wait(timeout=10)
        return real_propose_pairs(pool, seed=seed)

    results = {}

    def slow_worker():
        try:
            results["slow"] = run_queued_rounds()
        finally:
            connection.close()

    def sweep():
        try:
            results["sweep"] = run_queued_rounds()
        finally:
            connection.close()

    # Patched once, around both threads. The lease is already over when it is taken, so the second sweep sees an
    # abandoned round and tries to take it over; it must wait for the slow worker and then find the round done.
    with (
        mock.patch("coaching.services.propose_pairs", side_effect=slow_propose_pairs),
        mock.patch("coaching.services.ROUND_LEASE", timedelta(seconds=-1)),
    ):
        slow = threading.Thread(target=slow_worker)
        slow.start()
        assert inside.wait(timeout=10)
        other = threading.Thread(target=sweep)
        other.start()
        other.join(timeout=0.5)  # blocked on the row lock while the slow worker works
        carry_on.set()
        slow.join()
        other.join()
    assert results == {"slow": 1, "sweep": 0}
    matching_round = MatchingRound.objects.get()
    assert (matching_round.status, matching_round.attempts) == (RoundStatus.DONE, 1)
    assert Pair.objects.count() == 2
    assert OutboundEmail.objects.filter(template_prefix="coaching/email/proposed").count() == 4


# --- the admin pages ---------------------------------------------------------------------------------------
def make_rounds_and_pairs(count):
    people = [make_person(f"admin-peer{n}@example.org", name=f"Admin Peer {n}") for n in range(2 * count)]
    for n in range(count):
        matching_round = MatchingRound.objects.create(
            status=RoundStatus.DONE, pairs_proposed=1, started_by=people[0], attempts=1
        )
        first, second = sorted(people[2 * n : 2 * n + 2], key=lambda person: person.pk)
        pair = Pair.objects.create(
            round=matching_round, person_a=first, person_b=second, score=3, state=PairState.TRYING
        )
        PrivateNote.objects.create(pair=pair, author=first, text=f"Secret thought number {n}")
        coaching_opt_in(first)
    return people


@pytest.mark.parametrize("rows", [1, 20])
def test_the_coaching_admin_lists_cost_a_fixed_number_of_queries(
    rows, superuser, client, django_assert_max_num_queries
):
    people = make_rounds_and_pairs(rows)
    client.force_login(superuser)
    # session, user, then per page: count, filtered count, rows (with their people/round/user joined)
    for name, expected in [("matchinground", 5), ("pair", 5), ("coachingprofile", 5)]:
        with django_assert_max_num_queries(expected):
            response = client.get(reverse(f"admin:coaching_{name}_changelist"))
        assert response.status_code == 200
    page = client.get(reverse("admin:coaching_pair_changelist")).content.decode()
    assert people[0].display_name in page and people[0].email not in page


def test_admins_never_see_private_notes_or_do_not_pair_fingerprints(superuser, client):
    make_rounds_and_pairs(1)
    pair = Pair.objects.get()
    profile = CoachingProfile.objects.get()
    services.profile_save(profile=profile, topics=[], do_not_pair_emails=["someone@example.org"])
    fingerprint = CoachingProfile.objects.get().do_not_pair_fingerprints[0]
    client.force_login(superuser)
    pages = [
        client.get(reverse("admin:coaching_pair_change", args=[pair.pk])),
        client.get(reverse("admin:coaching_pair_changelist")),
        client.get(reverse("admin:coaching_coachingprofile_change", args=[profile.pk])),
        client.get(reverse("admin:coaching_matchinground_change", args=[pair.round_id])),
    ]
    for response in pages:
        assert response.status_code == 200
        html = response.content.decode()
        assert "Secret thought" not in html and fingerprint not in html
    assert "Admin Peer" in pages[0].content.decode()
