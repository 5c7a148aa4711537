""" "My communities" and the coordinators' suggestions cost the same queries for 1 row as for many."""

from communities import services
from communities.models import CommunitySuggestion
from tests.factories import make_community, make_person


def test_my_communities_costs_four_queries_however_many_communities(client, member, django_assert_max_num_queries):
    host = make_person("host@example.org", name="Host")
    client.force_login(member)
    for size in (1, 12):
        while member.memberships.count() < size:
            n = member.memberships.count()
            community = make_community(name=f"Circle {n}", slug=f"circle-{n}", hosts=[host], acting_user=host)
            services.community_join(community=community, user=member)
        # The session, the person, their memberships with communities, the communities' topics (prefetched).
        with django_assert_max_num_queries(4):
            page = client.get("/communities/mine/").content.decode()
        assert page.count("Circle ") >= size


def test_suggestions_cost_four_queries_however_many_are_waiting(client, coordinator, django_assert_max_num_queries):
    people = [make_person(f"p{n}@example.org", name=f"Person {n}") for n in range(12)]
    client.force_login(coordinator)
    for size in (1, 12):
        for person in people[CommunitySuggestion.objects.count() : size]:
            services.suggestion_submit(
                suggested_by=person,
                name=f"Idea of {person.display_name}",
                description="Why.",
                preferred_cadence="",
                willing_to_host=False,
            )
        # The session, the person, the coordinator check, the suggestions with who suggested them (one join).
        with django_assert_max_num_queries(4):
            page = client.get("/communities/suggestions/").content.decode()
        assert all(f"Idea of Person {n}" in page for n in range(size))
