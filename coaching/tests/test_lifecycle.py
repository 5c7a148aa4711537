import threading
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import connection
from django.utils import timezone

from coaching import selectors, services
from coaching.models import CoachingEmailKind, CoachingProfile, MatchingRound, Pair, PairState, PrivateNote
from coaching.tasks import run_queued_rounds
from notifications.models import OutboundEmail
from tests.factories import coaching_opt_in, coaching_round_run, make_person


def test_a_round_proposes_pairs_tells_both_and_explains_why(siân_and_tom, coordinator, client):
    sian, tom = siân_and_tom
    matching_round = coaching_round_run(coordinator)
    pair = Pair.objects.get()
    assert (pair.person_a, pair.person_b, pair.state) == (sian, tom, PairState.PROPOSED)
    assert matching_round.pool_size == 2 and matching_round.pairs_proposed == 1
    proposals = OutboundEmail.objects.filter(kind=CoachingEmailKind.COACHING, dedupe_key=f"pair:{pair.pk}:proposed")
    assert proposals.count() == 2
    client.force_login(sian)
    page = client.get(f"/cy/co-coaching/pairs/{pair.pk}/").content.decode()
    assert "Tom Hughes" in page
    client.force_login(tom)
    page = client.get(f"/co-coaching/pairs/{pair.pk}/").content.decode()
    assert "You both work in Policy at a similar level, in different roles." in page
    assert "You work for different organisations" in page
    assert "video call on Tuesday mornings" in page


def test_rounds_run_only_once_and_never_in_the_request(siân_and_tom, coordinator, client):
    client.force_login(coordinator)
    client.post("/co-coaching/coordinate/")
    client.post("/co-coaching/coordinate/")
    assert MatchingRound.objects.count() == 1 and not Pair.objects.exists()
    assert run_queued_rounds() == 1 and run_queued_rounds() == 0
    assert Pair.objects.count() == 1


def test_from_proposal_to_a_regular_pair(siân_and_tom, coordinator):
    sian, tom = siân_and_tom
    coaching_round_run(coordinator)
    pair = Pair.objects.get()
    services.pair_accept(pair=pair, user=sian)
    with pytest.raises(services.CoachingError, match="already accepted"):
        services.pair_accept(pair=pair, user=sian)
    pair = services.pair_accept(pair=pair, user=tom)
    assert pair.state == PairState.TRYING
    with pytest.raises(services.CoachingError, match="Record your first meeting"):
        services.carry_on_answer(pair=pair, user=sian, carry_on=True)
    services.meeting_record(pair=pair, user=tom, held_on=timezone.localdate())
    with pytest.raises(services.CoachingError, match="already recorded"):
        services.meeting_record(pair=pair, user=sian, held_on=timezone.localdate())
    with pytest.raises(services.CoachingError, match="future"):
        services.meeting_record(pair=pair, user=sian, held_on=timezone.localdate() + timedelta(days=1))
    services.carry_on_answer(pair=pair, user=sian, carry_on=True)
    assert services.carry_on_answer(pair=pair, user=tom, carry_on=True).state == PairState.ACTIVE
    assert services.pair_end(pair=pair, user=tom).state == PairState.ENDED


def test_a_decline_returns_both_and_the_partner_goes_first_next_time(siân_and_tom, coordinator):
    sian, tom = siân_and_tom
    coaching_round_run(coordinator)
    pair = Pair.objects.get()
    services.pair_decline(pair=pair, user=tom)
    with pytest.raises(services.CoachingError, match="declined"):
        services.pair_accept(pair=pair, user=sian)
    assert CoachingProfile.objects.get(user=sian).rounds_waited == 1
    assert OutboundEmail.objects.filter(recipient=sian, dedupe_key=f"pair:{pair.pk}:declined").exists()
    # They are never proposed to each other again.
    coaching_round_run(coordinator)
    assert Pair.objects.count() == 1


def test_opting_out_while_proposed_releases_the_partner_with_priority(siân_and_tom, coordinator, client):
    sian, tom = siân_and_tom
    coaching_round_run(coordinator)
    client.force_login(tom)
    client.post("/co-coaching/opt-out/")
    pair = Pair.objects.get()
    assert pair.state == PairState.DECLINED and pair.declined_by == tom
    assert CoachingProfile.objects.get(user=sian).rounds_waited == 1
    assert not CoachingProfile.objects.get(user=tom).is_active  # history kept


def test_the_odd_person_out_waits_and_is_told(siân_and_tom, coordinator):
    third = make_person("third@example.org", name="Third Person", organisation="Audit Wales", team="Audit")
    coaching_opt_in(third, grade=3)
    matching_round = coaching_round_run(coordinator)
    assert len(matching_round.waiting) == 1
    waiting = matching_round.waiting[0]
    assert CoachingProfile.objects.get(user_id=waiting).rounds_waited == 1
    assert OutboundEmail.objects.filter(recipient_id=waiting, template_prefix="coaching/email/waiting").exists()


def test_pair_pages_and_notes_are_for_the_two_people_only(siân_and_tom, coordinator, superuser, outsider, client):
    sian, tom = siân_and_tom
    coaching_round_run(coordinator)
    pair = Pair.objects.get()
    services.pair_accept(pair=pair, user=sian)
    services.pair_accept(pair=pair, user=tom)
    services.note_add(pair=pair, user=sian, text="Felt nervous, went well.")
    for person in (outsider, coordinator, superuser):
        client.force_login(person)
        assert client.get(f"/co-coaching/pairs/{pair.pk}/").status_code == 404
        assert client.post(f"/co-coaching/pairs/{pair.pk}/accept/").status_code == 404
    client.force_login(tom)
    assert "Felt nervous" not in client.get(f"/co-coaching/pairs/{pair.pk}/").content.decode()
    client.force_login(sian)
    assert "Felt nervous" in client.get(f"/co-coaching/pairs/{pair.pk}/").content.decode()
    assert PrivateNote.objects.count() == 1


def test_the_coordinator_view_shows_aggregates_only_and_is_for_coordinators(siân_and_tom, coordinator, client):
    sian, _tom = siân_and_tom
    client.force_login(sian)
    assert client.get("/co-coaching/coordinate/").status_code == 403
    assert client.post("/co-coaching/coordinate/").status_code == 403
    assert not MatchingRound.objects.exists()
    coaching_round_run(coordinator)
    client.force_login(coordinator)
    page = client.get("/co-coaching/coordinate/").content.decode()
    assert "People in the pool" in page and "Siân" not in page and "Tom" not in page
    figures = selectors.pool_figures()
    assert (figures["pool"], figures["proposals_outstanding"]) == (2, 1)


def test_bad_profile_input_is_refused_and_nothing_saved(client, member):
    client.force_login(member)
    response = client.post(
        "/co-coaching/profile/",
        {
            "grade": "9",
            "field": "astrology",
            "modes": [],
            "region": "mars",
            "language": "en",
            "availability": ["XX-am"],
            "frequency": "hourly",
            "do_not_pair_emails": "nobody@nowhere.example",
            "paused_until": "2001-01-01",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "The pause must end today or later." in page
    assert not CoachingProfile.objects.exists()


def test_do_not_pair_lists_are_private_and_respected(siân_and_tom, coordinator, client):
    sian, tom = siân_and_tom
    client.force_login(sian)
    client.post(
        "/co-coaching/profile/",
        {
            "grade": "4",
            "field": "policy",
            "modes": ["video"],
            "region": "south_east",
            "language": "either",
            "availability": ["TU-am"],
            "frequency": "fortnightly",
            "do_not_pair_emails": "tom@example.org",
        },
    )
    coaching_round_run(coordinator)
    assert not Pair.objects.exists()
    client.force_login(tom)
    assert "sian@example.org" not in client.get("/co-coaching/").content.decode()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_accepting_and_declining_at_the_same_moment_leaves_a_consistent_pair():
    sian = make_person("s@example.org", name="Siân", organisation="A", team="A")
    tom = make_person("t@example.org", name="Tom", organisation="B", team="B")
    coaching_opt_in(sian)
    coaching_opt_in(tom)
    services.round_request(acting_user=None)
    run_queued_rounds()
    pair = Pair.objects.get()
    barrier = threading.Barrier(2)
    outcomes = []

    def act(step):
        barrier.wait()
        try:
            step()
            outcomes.append("done")
        except services.CoachingError as error:
            outcomes.append(str(error))
        finally:
            connection.close()

    threads = [
        threading.Thread(target=act, args=(lambda: services.pair_accept(pair=pair, user=sian),)),
        threading.Thread(target=act, args=(lambda: services.pair_decline(pair=pair, user=tom),)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    pair.refresh_from_db()
    assert pair.state == PairState.DECLINED
    assert pair.a_accepted_at is None or outcomes.count("done") == 2


def test_a_nudge_to_answer_goes_only_if_the_proposal_is_still_waiting(siân_and_tom, coordinator, deliver):
    import time_machine

    from notifications.services import outbox_send_due

    sian, tom = siân_and_tom
    coaching_round_run(coordinator)
    deliver()
    pair = Pair.objects.get()
    services.pair_accept(pair=pair, user=sian)
    with time_machine.travel(timezone.now() + timedelta(days=5)):
        outbox_send_due()
    nudges = OutboundEmail.objects.filter(dedupe_key=f"pair:{pair.pk}:remind-accept")
    assert nudges.filter(sent_at__isnull=False).count() == 2  # still proposed: both are nudged
    services.pair_accept(pair=pair, user=tom)
    with time_machine.travel(timezone.now() + timedelta(days=15)):
        services.meeting_record(pair=pair, user=tom, held_on=timezone.localdate())
        outbox_send_due()
    first_meeting = OutboundEmail.objects.filter(dedupe_key=f"pair:{pair.pk}:remind-first-meeting")
    assert first_meeting.filter(sent_at__isnull=False).count() == 2


def test_the_scheduled_round_runs_early_in_the_month_unless_one_already_ran(db, coordinator):
    from datetime import datetime

    early = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    assert services.round_request_monthly(now=early) is not None
    assert services.round_request_monthly(now=datetime(2026, 12, 20, 9, 0, tzinfo=UTC)) is None


# Frozen: the slot's first date is worked out from today, and the window below is fixed (it broke in 2028).
@time_machine.travel(datetime(2026, 11, 20, 9, 0, tzinfo=UTC), tick=False)
def test_the_agreed_slot_is_a_repeating_event_for_the_two_people_only(siân_and_tom, coordinator, outsider, client):
    import recurring_ical_events
    from icalendar import Calendar

    from portal.dates import LONDON

    sian, tom = siân_and_tom
    coaching_round_run(coordinator)
    pair = Pair.objects.get()
    services.pair_accept(pair=pair, user=sian)
    services.pair_accept(pair=pair, user=tom)
    client.force_login(tom)
    assert client.get(f"/co-coaching/pairs/{pair.pk}/slot.ics").status_code == 404  # no slot agreed yet
    response = client.post(
        f"/co-coaching/pairs/{pair.pk}/rhythm/", {"rhythm": "Every other Tuesday", "slot_day": "TU"}, follow=True
    )
    assert "Enter the start time as well, for a calendar file" in response.content.decode()
    client.post(
        f"/co-coaching/pairs/{pair.pk}/rhythm/",
        {"rhythm": "Every other Tuesday", "slot_day": "TU", "slot_time": "09:30", "slot_every": "fortnightly"},
    )
    body = client.get(f"/co-coaching/pairs/{pair.pk}/slot.ics").content
    starts = [
        e["DTSTART"].dt.astimezone(LONDON)
        for e in recurring_ical_events.of(Calendar.from_ical(body)).between(datetime(2026, 1, 1), datetime(2028, 1, 1))
    ][:30]
    assert {(s.weekday(), s.hour, s.minute) for s in starts} == {(1, 9, 30)}  # Tuesdays 09:30 all year round
    assert {(b - a).days for a, b in zip(starts, starts[1:], strict=False)} == {14}
    assert b"Co-coaching with Si" in body
    client.force_login(outsider)
    assert client.get(f"/co-coaching/pairs/{pair.pk}/slot.ics").status_code == 404
