import itertools

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coaching.matching import Candidate, candidate_edges, hard_rule_broken, propose_pairs, score_parts
from coaching.models import SLOTS

ORGS = ["Welsh Government", "Natural Resources Wales", "Public Health Wales", "Cardiff Council"]


@st.composite
def pools(draw, min_size=0, max_size=24):
    size = draw(st.integers(min_size, max_size))
    people = []
    for person_id in range(1, size + 1):
        people.append(
            Candidate(
                id=person_id,
                organisation=draw(st.sampled_from(ORGS)),
                team=draw(st.sampled_from(["Policy", "Data", "Climate"])),
                grade=draw(st.integers(1, 7)),
                field=draw(st.sampled_from(["policy", "digital", "finance"])),
                job_title=draw(st.sampled_from(["Policy officer", "Team leader", "Analyst"])),
                modes=frozenset(draw(st.sets(st.sampled_from(["in_person", "phone", "video"]), min_size=1))),
                region=draw(st.sampled_from(["north", "south_east"])),
                language=draw(st.sampled_from(["en", "cy", "either"])),
                slots=frozenset(draw(st.sets(st.sampled_from(SLOTS[:4]), min_size=1))),
                topics=frozenset(draw(st.sets(st.integers(1, 5), max_size=3))),
                rounds_waited=draw(st.integers(0, 2)),
                blocked=frozenset(draw(st.sets(st.integers(1, max(size, 1)), max_size=2))),
                past_partners=frozenset(draw(st.sets(st.integers(1, max(size, 1)), max_size=2))),
            )
        )
    return people


def full_graph(pool):
    graph = nx.Graph()
    graph.add_nodes_from(c.id for c in pool)
    for edge in candidate_edges(pool, keep=None):
        graph.add_edge(edge.a_id, edge.b_id, weight=edge.weight, score=edge.score)
    return graph


FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(pools())
def test_no_pair_ever_breaks_a_hard_rule(pool):
    by_id = {c.id: c for c in pool}
    for a_id, b_id, _score, _parts in propose_pairs(pool).pairs:
        a, b = by_id[a_id], by_id[b_id]
        assert hard_rule_broken(a, b) is None
        assert not (a.team == b.team and a.organisation == b.organisation)
        assert b_id not in a.blocked and a_id not in b.blocked
        assert b_id not in a.past_partners and a_id not in b.past_partners
        assert a.modes & b.modes and a.slots & b.slots
        assert "either" in (a.language, b.language) or a.language == b.language


@FAST
@given(pools())
def test_as_many_pairs_as_possible_and_the_exact_optimum_of_the_full_graph(pool):
    """Against networkx on the unpruned graph: keeping each person's best 30 candidates loses nothing here."""
    result = propose_pairs(pool)
    graph = full_graph(pool)
    optimum = nx.max_weight_matching(graph, maxcardinality=True, weight="weight")
    assert len(result.pairs) == len(optimum) == len(nx.max_weight_matching(graph, maxcardinality=True, weight=None))
    ours = sum(graph.edges[a, b]["weight"] for a, b, _score, _parts in result.pairs)
    assert ours == sum(graph.edges[a, b]["weight"] for a, b in optimum)
    assert len(result.waiting) == len(pool) - 2 * len(result.pairs)


@FAST
@given(pools(min_size=1, max_size=20), st.integers(0, 1000))
def test_the_same_pool_and_seed_give_the_same_pairs(pool, seed):
    assert propose_pairs(pool, seed=seed).pairs == propose_pairs(list(reversed(pool)), seed=seed).pairs


def person(person_id, **changes):
    values = dict(
        id=person_id,
        organisation=f"Org {person_id}",
        team="Team",
        grade=3,
        field="policy",
        job_title=f"Role {person_id}",
        modes=frozenset({"video"}),
        region="north",
        language="en",
        slots=frozenset({"TU-am"}),
    )
    values.update(changes)
    return Candidate(**values)


def test_a_pool_where_greedy_leaves_people_out_is_fully_paired():
    # 1–2 is the single best pair, so a greedy pass takes it first; but 3 can only meet 1 and 4 only 2.
    pool = [
        person(1, grade=3, field="policy", slots=frozenset({"TU-am", "WE-am"})),
        person(2, grade=4, field="policy", slots=frozenset({"TU-am", "TH-am"})),
        person(3, grade=6, field="finance", slots=frozenset({"WE-am"})),
        person(4, grade=7, field="digital", slots=frozenset({"TH-am"})),
    ]
    greedy_first = max(
        ((a, b) for a, b in itertools.combinations(pool, 2) if not hard_rule_broken(a, b)),
        key=lambda pair: sum(score_parts(*pair).values()),
    )
    assert {greedy_first[0].id, greedy_first[1].id} == {1, 2}
    result = propose_pairs(pool)
    assert [(a, b) for a, b, _s, _p in result.pairs] == [(1, 3), (2, 4)]
    assert result.waiting == []


def test_an_odd_pool_leaves_one_person_waiting_the_one_who_has_waited_least():
    pool = [person(n, rounds_waited=waited) for n, waited in [(1, 2), (2, 1), (3, 0), (4, 3), (5, 1)]]
    result = propose_pairs(pool)
    assert result.waiting == [3]
    assert len(result.pairs) == 2


def test_nobody_waits_two_rounds_in_a_row_when_a_partner_exists():
    # Last round 1 waited; this round 1 can meet only 2, and 2 could also meet 3.
    pool = [
        person(1, rounds_waited=1, slots=frozenset({"MO-am"})),
        person(2, slots=frozenset({"MO-am", "FR-pm"})),
        person(3, slots=frozenset({"FR-pm"})),
    ]
    result = propose_pairs(pool)
    assert 1 not in result.waiting and result.waiting == [3]


def test_hard_rules_by_name():
    a = person(1, organisation="Welsh Government", team="Climate")
    assert hard_rule_broken(a, person(2, organisation="welsh government", team="climate")) == "same team"
    assert hard_rule_broken(a, person(2, blocked=frozenset({1}))) == "do not pair"
    assert hard_rule_broken(a, person(2, past_partners=frozenset({1}))) == "met before"
    assert hard_rule_broken(person(1, language="cy"), person(2, language="en")) == "no shared language"
    assert hard_rule_broken(person(1, language="cy"), person(2, language="either")) is None
    assert hard_rule_broken(person(1, modes=frozenset({"phone"})), person(2)) == "no shared way of meeting"
    assert hard_rule_broken(person(1, slots=frozenset({"MO-pm"})), person(2)) == "no shared time"
    face_to_face = frozenset({"in_person"})
    assert (
        hard_rule_broken(
            person(1, modes=face_to_face, region="north"), person(2, modes=face_to_face, region="south_east")
        )
        == "face to face only, but far apart"
    )


def test_one_grade_apart_scores_highest_and_identical_roles_score_less():
    base = person(1, grade=3, job_title="Policy lead")
    assert (
        score_parts(base, person(2, grade=4))["similar_level"] > score_parts(base, person(2, grade=3))["similar_level"]
    )
    assert score_parts(base, person(2, grade=6))["similar_level"] == 0
    assert (
        score_parts(base, person(2, job_title="Policy lead"))["same_field_different_role"]
        < score_parts(base, person(2, job_title="Senior policy officer"))["same_field_different_role"]
    )
