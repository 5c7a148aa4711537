"""Co-coaching pages cost the same queries however many notes, meetings, pairs or rounds there are."""

from datetime import timedelta

from django.utils import timezone

from coaching import services
from coaching.models import MatchingRound, Pair
from tests.factories import coaching_opt_in, coaching_round_run


def _trying_pair(siân_and_tom, coordinator):
    sian, tom = siân_and_tom
    coaching_round_run(coordinator)
    pair = Pair.objects.get()
    services.pair_accept(pair=pair, user=sian)
    services.pair_accept(pair=pair, user=tom)
    return pair


def test_a_pair_page_costs_seven_queries_however_many_notes_and_meetings(
    client, siân_and_tom, coordinator, django_assert_max_num_queries
):
    sian, _tom = siân_and_tom
    pair = _trying_pair(siân_and_tom, coordinator)
    client.force_login(sian)
    for size in (1, 12):
        while pair.private_notes.count() < size:
            services.note_add(pair=pair, user=sian, text=f"Thought {pair.private_notes.count()}")
        # The session, the person, the pair with both people, their profile and its topics (prefetched), the
        # pair's meetings, the person's own notes.
        with django_assert_max_num_queries(7):
            page = client.get(f"/co-coaching/pairs/{pair.pk}/").content.decode()
        assert page.count("Thought ") == size


def test_the_co_coaching_home_and_profile_cost_fixed_queries(client, member, django_assert_max_num_queries):
    coaching_opt_in(member)
    client.force_login(member)
    # The session, the person, the coordinator check, the profile and its topics, the current pair, past pairs.
    with django_assert_max_num_queries(7):
        assert client.get("/co-coaching/").status_code == 200
    # The session, the person, the profile and its topics, the topics to choose from.
    with django_assert_max_num_queries(5):
        assert client.get("/co-coaching/profile/").status_code == 200


def test_the_coordinators_figures_cost_the_same_for_one_round_as_for_ten(
    client, coordinator, django_assert_max_num_queries
):
    client.force_login(coordinator)
    for size in (1, 10):
        while MatchingRound.objects.count() < size:
            MatchingRound.objects.create(status="done", finished_at=timezone.now() - timedelta(days=1))
        # The session, the person, the coordinator check, ten counts and an average over pairs and the pool,
        # the latest rounds, whether a round is waiting, and pairs by state (one GROUP BY): figures, never rows.
        with django_assert_max_num_queries(16):
            assert client.get("/co-coaching/coordinate/").status_code == 200
