from datetime import UTC, date, datetime, timedelta

import pytest
from django.utils import translation

from sessions import recurrence as rec
from sessions.models import LONDON


def london_starts(recurrence, first_start, until):
    rule = rec.rrule_for(recurrence, first_start=first_start)
    moments = rec.starts(first_start=first_start, rrule=rule, between=(first_start, until))
    return [m.astimezone(LONDON) for m in moments]


def test_last_friday_keeps_noon_in_london_across_both_clock_changes():
    first = datetime(2025, 1, 31, 12, 0, tzinfo=LONDON)
    starts = london_starts(rec.Recurrence(kind="monthly_nth", nth=-1), first, datetime(2025, 12, 31, tzinfo=LONDON))
    assert [s.date() for s in starts][2:4] == [date(2025, 3, 28), date(2025, 4, 25)]  # either side of 30 March
    assert [s.date() for s in starts][9:11] == [date(2025, 10, 31), date(2025, 11, 28)]  # after 26 October
    assert {(s.hour, s.minute) for s in starts} == {(12, 0)}
    assert {s.utcoffset() for s in starts} == {timedelta(0), timedelta(hours=1)}
    assert len(starts) == 12


def test_weekdays_at_eight_skip_weekends_and_keep_the_wall_clock():
    first = datetime(2025, 3, 27, 8, 0, tzinfo=LONDON)
    starts = london_starts(rec.Recurrence(kind="weekdays"), first, datetime(2025, 4, 2, 23, tzinfo=LONDON))
    assert [s.strftime("%a %d %H:%M") for s in starts] == [
        "Thu 27 08:00",
        "Fri 28 08:00",
        "Mon 31 08:00",
        "Tue 01 08:00",
        "Wed 02 08:00",
    ]
    assert starts[1].astimezone(UTC).hour == 8 and starts[2].astimezone(UTC).hour == 7


def test_every_six_months_and_counted_ends():
    first = datetime(2026, 1, 14, 10, 0, tzinfo=LONDON)
    starts = london_starts(
        rec.Recurrence(kind="every_n_months", interval=6, end="after_count", count=3),
        first,
        datetime(2030, 1, 1, tzinfo=LONDON),
    )
    assert [s.date() for s in starts] == [date(2026, 1, 14), date(2026, 7, 14), date(2027, 1, 14)]


def test_until_is_written_in_utc_and_includes_the_last_day():
    first = datetime(2026, 6, 3, 16, 0, tzinfo=LONDON)
    recurrence = rec.Recurrence(kind="weekly", weekdays=("WE",), end="on_date", until=date(2026, 6, 24))
    rule = rec.rrule_for(recurrence, first_start=first)
    assert "UNTIL=20260624T225959Z" in rule
    assert len(london_starts(recurrence, first, datetime(2027, 1, 1, tzinfo=LONDON))) == 4


@pytest.mark.parametrize(
    ("naive", "problem"),
    [
        (datetime(2026, 3, 29, 1, 30), "skipped"),
        (datetime(2026, 10, 25, 1, 30), "ambiguous"),
        (datetime(2026, 10, 25, 3, 0), None),
        (datetime(2026, 7, 1, 16, 0), None),
    ],
)
def test_wall_clock_problems_on_clock_change_days(naive, problem):
    assert rec.wall_clock_problem(naive) == problem


@pytest.mark.parametrize(
    ("recurrence", "english", "welsh"),
    [
        (
            rec.Recurrence(kind="monthly_nth", nth=-1),
            "Last Friday of every month, 12:00–13:00",
            "Dydd Gwener olaf bob mis, 12:00–13:00",
        ),
        (
            rec.Recurrence(kind="weekdays"),
            "Every weekday, Monday to Friday, 12:00–13:00",
            "Pob diwrnod gwaith, dydd Llun i ddydd Gwener, 12:00–13:00",
        ),
        (
            rec.Recurrence(kind="weekly", interval=2, weekdays=("TU", "TH")),
            "Every 2 weeks on Tuesday and Thursday, 12:00–13:00",
            "Bob 2 wythnos ar ddydd Mawrth a dydd Iau, 12:00–13:00",
        ),
        (
            rec.Recurrence(kind="every_n_months", interval=6, end="after_count", count=4),
            "Every 6 months on day 27, 12:00–13:00 (4 times)",
            "Bob 6 mis, ar ddiwrnod 27 o’r mis, 12:00–13:00 (4 gwaith)",
        ),
    ],
)
def test_rules_are_described_in_english_and_welsh(recurrence, english, welsh):
    first = datetime(2026, 3, 27, 12, 0, tzinfo=LONDON)
    with translation.override("en"):
        assert rec.describe(recurrence, first_start=first, duration=timedelta(hours=1)) == english
    with translation.override("cy"):
        assert rec.describe(recurrence, first_start=first, duration=timedelta(hours=1)) == welsh
