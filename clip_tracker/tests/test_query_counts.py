""" "My actions" costs the same queries for 2 actions as for 20."""

from tests.factories import make_actions


def test_my_actions_cost_five_queries_however_many_are_held(
    client, plan, period, member, django_assert_max_num_queries
):
    client.force_login(member)
    for numbers in (["1.1", "1.2"], [f"2.{n}" for n in range(1, 19)]):
        make_actions(plan, numbers, holders=[member])
        # The session, the person, the published plan, the current period, the person's actions with their
        # themes and whether this period's update is in (one query with a subquery).
        with django_assert_max_num_queries(5):
            page = client.get("/clip/mine/").content.decode()
        for number in numbers:
            assert number in page
