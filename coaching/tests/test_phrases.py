from itertools import combinations
from types import SimpleNamespace

from django.utils import translation

from coaching.models import Mode
from coaching.phrases import MEET_BY, pair_reasons
from coaching.selectors import PairCommonGround


def topic(name):
    return SimpleNamespace(name=name, name_cy="")


def ground(**changes):
    values = dict(
        same_field="policy",
        similar_level=True,
        same_job_title=False,
        different_organisations=True,
        modes=("video",),
        slots=("TU-am",),
        topics=(),
    )
    values.update(changes)
    return PairCommonGround(**values)


def test_every_set_of_shared_ways_of_meeting_has_its_own_sentence():
    every_set = {frozenset(chosen) for size in (1, 2, 3) for chosen in combinations(Mode.values, size)}
    assert set(MEET_BY) == every_set


def test_reasons_are_whole_sentences_with_names_as_written():
    with translation.override("en"):
        reasons = pair_reasons(
            ground(
                modes=("in_person", "video"),
                slots=("MO-am", "TU-pm", "TH-am", "FR-pm"),
                topics=(topic("A prosperous Wales"), topic("Net zero")),
            )
        )
    assert reasons == [
        "You both work in Policy at a similar level, in different roles.",
        "You work for different organisations, so you can speak freely.",
        "You can both meet face to face or by video call on Monday mornings, Tuesday afternoons or Thursday mornings.",
        "You both want to reflect on “A prosperous Wales” and “Net zero”.",
    ]


def test_reasons_for_other_fields_and_levels():
    with translation.override("en"):
        assert pair_reasons(ground(same_field="", different_organisations=False, modes=())) == [
            "You work at a similar level in different fields, which can bring a fresh view."
        ]
        assert pair_reasons(ground(similar_level=False, different_organisations=False, slots=("WE-pm", "FR-am"))) == [
            "You both work in Policy.",
            "You can both meet by video call on Wednesday afternoons or Friday mornings.",
        ]
        assert pair_reasons(ground(same_job_title=True, different_organisations=False, modes=())) == [
            "You both work in Policy at a similar level."
        ]
    assert pair_reasons(None) == []
