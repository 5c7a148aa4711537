"""Recurrence descriptions in Welsh: whole sentences with the mutations a Welsh reader expects."""

from datetime import datetime, timedelta

import pytest
from django.utils import translation

from portal.dates import LONDON
from sessions.recurrence import Recurrence, describe, first_date_problem

FRIDAY = datetime(2026, 3, 27, 12, 0, tzinfo=LONDON)


def welsh_description(recurrence: Recurrence) -> str:
    with translation.override("cy"):
        return describe(recurrence, first_start=FRIDAY, duration=timedelta(hours=1))


@pytest.mark.parametrize(
    ("weekdays", "interval", "welsh"),
    [
        ((), 1, "Bob wythnos ar ddydd Gwener, 12:00–13:00"),
        (("WE",), 1, "Bob wythnos ar ddydd Mercher, 12:00–13:00"),
        (("TU", "TH"), 2, "Bob 2 wythnos ar ddydd Mawrth a dydd Iau, 12:00–13:00"),
        (("MO", "WE", "FR"), 1, "Bob wythnos ar ddydd Llun, dydd Mercher a dydd Gwener, 12:00–13:00"),
        (("SA", "SU"), 1, "Bob wythnos ar ddydd Sadwrn a dydd Sul, 12:00–13:00"),
    ],
)
def test_weekly_series_say_ar_ddydd_and_leave_later_days_unmutated(weekdays, interval, welsh):
    assert welsh_description(Recurrence(kind="weekly", weekdays=weekdays, interval=interval)) == welsh


def test_english_descriptions_are_unchanged():
    with translation.override("en"):
        text = describe(
            Recurrence(kind="weekly", weekdays=("MO", "WE", "FR")), first_start=FRIDAY, duration=timedelta(hours=1)
        )
    assert text == "Every week on Monday, Wednesday and Friday, 12:00–13:00"


def test_a_first_date_off_the_pattern_is_named_with_a_lower_case_dydd_in_welsh():
    saturday = FRIDAY + timedelta(days=1)
    with translation.override("cy"):
        weekly = first_date_problem(Recurrence(kind="weekly", weekdays=("FR",)), first_start=saturday)
        second = first_date_problem(Recurrence(kind="monthly_nth", nth=2), first_start=saturday)
        first = first_date_problem(Recurrence(kind="monthly_nth", nth=1), first_start=saturday)
    assert weekly.startswith("Nid yw dydd Sadwrn 28 Mawrth 2026 ar un o’r diwrnodau a ddewiswyd.")
    assert "Yr ail ddydd Sadwrn ym mis Mawrth 2026 yw 14 Mawrth." in second
    assert "Y dydd Sadwrn cyntaf ym mis Mawrth 2026 yw 7 Mawrth." in first
