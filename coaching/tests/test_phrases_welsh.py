"""Co-coaching reasons in Welsh: free times mutate after "ar" and "neu", and stay as they are after a comma."""

from django.utils import translation

from coaching.phrases import pair_reasons, slot_words
from coaching.selectors import PairCommonGround


def welsh_meeting_reason(modes, slots) -> str:
    ground = PairCommonGround(
        same_field="",
        similar_level=False,
        same_job_title=False,
        different_organisations=False,
        modes=modes,
        slots=slots,
        topics=(),
    )
    with translation.override("cy"):
        return pair_reasons(ground)[0]


def test_one_free_time_takes_the_soft_mutation_after_ar():
    assert welsh_meeting_reason(("phone",), ("MO-pm",)) == (
        "Gall y ddau ohonoch gyfarfod dros y ffôn ar brynhawniau dydd Llun."
    )


def test_two_free_times_mutate_after_ar_and_after_neu():
    assert welsh_meeting_reason(("video",), ("TU-am", "TH-pm")) == (
        "Gall y ddau ohonoch gyfarfod drwy alwad fideo ar foreau dydd Mawrth neu brynhawniau dydd Iau."
    )


def test_three_free_times_leave_the_middle_one_as_it_is():
    assert welsh_meeting_reason(("in_person", "phone", "video"), ("WE-am", "FR-pm", "TU-pm", "MO-am")) == (
        "Gall y ddau ohonoch gyfarfod wyneb yn wyneb, dros y ffôn neu drwy alwad fideo ar foreau dydd Mercher, "
        "prynhawniau dydd Gwener neu brynhawniau dydd Mawrth."
    )


def test_a_free_time_on_its_own_is_a_label_with_a_capital():
    with translation.override("cy"):
        assert slot_words("TH-am") == "Boreau dydd Iau"
    with translation.override("en"):
        assert slot_words("TH-am") == "Thursday mornings"
