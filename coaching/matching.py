"""Choosing co-coaching pairs: hard rules decide who may meet, small named scores say how well they would fit,
and a maximum-weight matching over the whole pool picks the pairs (Edmonds' blossom algorithm).

Pure functions over plain data, so the rules are tested without a database.
"""

import random
from dataclasses import dataclass, field

import rustworkx as rx

# Enough candidates per person that pruning loses nothing measurable on realistic pools, and few enough that
# a round for 2,000 people stays fast.
CANDIDATES_PER_PERSON = 30
MAX_WAIT_COUNTED = 4


@dataclass(frozen=True)
class Candidate:
    id: int
    organisation: str
    team: str
    grade: int
    field: str
    job_title: str
    modes: frozenset
    region: str
    language: str  # "en", "cy" or "either"
    slots: frozenset
    topics: frozenset = frozenset()
    rounds_waited: int = 0
    blocked: frozenset = frozenset()  # their own "do not pair me with" list
    past_partners: frozenset = frozenset()  # earlier pairs and declined proposals


def hard_rule_broken(a: Candidate, b: Candidate) -> str | None:
    """Why two people must never be proposed to each other, or None if they may be."""
    if a.id == b.id:
        return "same person"
    if a.team and a.team.casefold() == b.team.casefold() and a.organisation.casefold() == b.organisation.casefold():
        return "same team"
    if b.id in a.blocked or a.id in b.blocked:
        return "do not pair"
    if b.id in a.past_partners or a.id in b.past_partners:
        return "met before"
    if "either" not in (a.language, b.language) and a.language != b.language:
        return "no shared language"
    shared_modes = a.modes & b.modes
    if not shared_modes:
        return "no shared way of meeting"
    if not a.slots & b.slots:
        return "no shared time"
    if shared_modes == {"in_person"} and a.region != b.region:
        return "face to face only, but far apart"
    return None


def score_parts(a: Candidate, b: Candidate) -> dict[str, int]:
    """How well two compatible people fit, as small named parts (shown to coordinators, explained to the pair)."""
    grade_gap = abs(a.grade - b.grade)
    same_title = a.job_title.strip().casefold() == b.job_title.strip().casefold() and bool(a.job_title.strip())
    return {
        "similar_level": {0: 3, 1: 4, 2: 1}.get(grade_gap, 0),
        "same_field_different_role": (3 if not same_title else 1) if a.field == b.field else 0,
        "different_organisation": 2 if a.organisation.casefold() != b.organisation.casefold() else 0,
        "shared_times": min(len(a.slots & b.slots), 3),
        "shared_topics": min(len(a.topics & b.topics), 3),
        "rounds_waited": min(a.rounds_waited + b.rounds_waited, MAX_WAIT_COUNTED),
    }


@dataclass
class RoundResult:
    pairs: list[tuple[int, int, int, dict]] = field(default_factory=list)  # (a_id, b_id, score, parts), a_id < b_id
    waiting: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Edge:
    a_id: int
    b_id: int
    weight: int  # what the matching maximises: waiting time first, then fit
    score: int
    parts: dict


def candidate_edges(pool: list[Candidate], *, keep: int | None = CANDIDATES_PER_PERSON, seed: int = 0) -> list[Edge]:
    """Every compatible pair, each person keeping only their ``keep`` best-scoring candidates (None: all)."""
    people = sorted(pool, key=lambda c: c.id)
    random.Random(seed).shuffle(people)  # the seed varies tie-breaks between rounds, reproducibly
    position = {c.id: index for index, c in enumerate(people)}
    best: dict[int, list[tuple[int, int]]] = {c.id: [] for c in people}
    scored: dict[tuple[int, int], tuple[int, dict]] = {}
    for i, a in enumerate(people):
        for b in people[i + 1 :]:
            if hard_rule_broken(a, b):
                continue
            parts = score_parts(a, b)
            total = sum(parts.values())
            scored[(min(a.id, b.id), max(a.id, b.id))] = (total, parts)
            best[a.id].append((total, b.id))
            best[b.id].append((total, a.id))
    kept = set()
    for person_id, options in best.items():
        options.sort(key=lambda option: (-option[0], position[option[1]]))
        for _total, other in options if keep is None else options[:keep]:
            kept.add((min(person_id, other), max(person_id, other)))
    by_id = {c.id: c for c in people}
    # Waiting time dominates the weights: among the largest possible sets of pairs, the people left over are
    # always those who have waited least, and only then does fit decide.
    wait_weight = 1 + 2 * max((total for total, _parts in scored.values()), default=0) * (len(people) // 2 + 1)
    edges = []
    for a_id, b_id in sorted(kept, key=lambda pair: (position[pair[0]], position[pair[1]])):
        total, parts = scored[(a_id, b_id)]
        waited = min(by_id[a_id].rounds_waited, MAX_WAIT_COUNTED) + min(by_id[b_id].rounds_waited, MAX_WAIT_COUNTED)
        edges.append(Edge(a_id, b_id, total + wait_weight * waited, total, parts))
    return edges


def propose_pairs(pool: list[Candidate], *, seed: int = 0, keep: int | None = CANDIDATES_PER_PERSON) -> RoundResult:
    """The pairs that maximise total fit over the whole pool, with as many people paired as possible.

    Solved with rustworkx's blossom algorithm (the same as networkx's, 40–100 times faster); the tests check it
    against networkx on the unpruned graph."""
    edges = candidate_edges(pool, keep=keep, seed=seed)
    graph = rx.PyGraph()
    index_of = {c.id: graph.add_node(c.id) for c in sorted(pool, key=lambda c: c.id)}
    for edge in edges:
        graph.add_edge(index_of[edge.a_id], index_of[edge.b_id], edge)
    matching = rx.max_weight_matching(graph, max_cardinality=True, weight_fn=lambda edge: edge.weight)
    chosen = {}
    for left, right in matching:
        edge = graph.get_edge_data(left, right)
        chosen[(edge.a_id, edge.b_id)] = edge
    result = RoundResult()
    for (a_id, b_id), edge in sorted(chosen.items()):
        result.pairs.append((a_id, b_id, edge.score, edge.parts))
    paired = {person for pair in chosen for person in pair}
    result.waiting = sorted(c.id for c in pool if c.id not in paired)
    return result
