"""The profile's pages cost the same queries for a newcomer as for someone in a dozen communities (issue 18: every
page the benchmark measures has a query-count test; docs/BENCHMARKS.md)."""

from communities import services as community_services
from tests.factories import make_community, make_person


def test_the_profile_pages_cost_the_same_for_a_newcomer_and_a_busy_member(
    client, member, django_assert_max_num_queries
):
    host = make_person("host@example.org", name="Host")
    client.force_login(member)
    for size in (0, 12):
        for n in range(member.memberships.count(), size):
            community = make_community(name=f"Circle {n}", slug=f"circle-{n}", hosts=[host], acting_user=host)
            community_services.community_join(community=community, user=member)
        for url in ("/accounts/profile/", "/accounts/profile/calendar/", "/accounts/profile/security/"):
            with django_assert_max_num_queries(10):
                assert client.get(url).status_code == 200
