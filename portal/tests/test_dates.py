from datetime import UTC, date, datetime, timedelta

from portal.dates import (
    DATEUTIL_DAYS,
    LONDON,
    WORKING_DAYS,
    Weekday,
    date_on_weekday,
    london_month,
    month_following,
    month_preceding,
    weekday_of,
)


def test_months_roll_over_at_the_ends_of_the_year():
    assert month_following(2026, 12) == (2027, 1)
    assert month_following(2026, 3) == (2026, 4)
    assert month_preceding(2027, 1) == (2026, 12)
    assert month_preceding(2026, 4) == (2026, 3)


def test_a_month_in_wales_starts_and_ends_at_local_midnight_across_the_clock_changes():
    start, end = london_month(2026, 3)  # the clocks go forward on 29 March
    assert start == datetime(2026, 3, 1, 0, 0, tzinfo=UTC)
    assert end == datetime(2026, 3, 31, 23, 0, tzinfo=UTC)
    start, end = london_month(2026, 12)
    assert (start.astimezone(LONDON).date(), end.astimezone(LONDON).date()) == (date(2026, 12, 1), date(2027, 1, 1))


def test_the_weekday_vocabulary_lines_up_with_python_and_dateutil():
    monday = date(2026, 11, 23)
    for offset, code in enumerate(Weekday.values):
        day = monday + timedelta(days=offset)
        assert weekday_of(day) == code
        assert date_on_weekday(code).weekday() == day.weekday()
        assert DATEUTIL_DAYS[code].weekday == day.weekday()
    assert WORKING_DAYS == ("MO", "TU", "WE", "TH", "FR")
