"""Dates as Cylch means them, shared by every app: Wales's wall-clock time, the days of the week, months.

Times are stored in UTC and shown, repeated and grouped in Europe/London time. Days of the week are RFC 5545's
two-letter codes, so a community's meeting days, a session's recurrence rule and a co-coaching slot use one
vocabulary.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil import rrule as dateutil_rrule
from django.db import models
from django.utils.translation import gettext_lazy as _

LONDON = ZoneInfo("Europe/London")


class Weekday(models.TextChoices):
    MONDAY = "MO", _("Monday")
    TUESDAY = "TU", _("Tuesday")
    WEDNESDAY = "WE", _("Wednesday")
    THURSDAY = "TH", _("Thursday")
    FRIDAY = "FR", _("Friday")
    SATURDAY = "SA", _("Saturday")
    SUNDAY = "SU", _("Sunday")


# Monday to Friday, as plain codes (``Weekday.values`` runs Monday first, like ``date.weekday()``).
WORKING_DAYS = tuple(Weekday.values[:5])

# Each code as python-dateutil's weekday, for building and expanding rules.
DATEUTIL_DAYS = dict(zip(Weekday.values, dateutil_rrule.weekdays, strict=True))


def weekday_of(day: date) -> str:
    """The day's code: ``"WE"`` for a Wednesday."""
    return Weekday.values[day.weekday()]


def date_on_weekday(code: str) -> date:
    """A date that falls on that weekday, for formatting the day's name in the active language."""
    return date(2024, 1, 1) + timedelta(days=Weekday.values.index(code))  # 1 January 2024 was a Monday


def london_midnight(day: date) -> datetime:
    """The start of ``day`` in Wales (midnight is never skipped or repeated by the clock changes there)."""
    return datetime.combine(day, time(0), tzinfo=LONDON)


def month_following(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def month_preceding(year: int, month: int) -> tuple[int, int]:
    return (year - 1, 12) if month == 1 else (year, month - 1)


def london_month(year: int, month: int) -> tuple[datetime, datetime]:
    """The month as a half-open span: midnight in Wales on its 1st, and on the 1st of the month after."""
    return london_midnight(date(year, month, 1)), london_midnight(date(*month_following(year, month), 1))


def date_input():
    """A native date input that renders and reads ISO dates (2026-11-24) in every language, so a form saved
    unchanged gives back what it was given (a localised "24 Tachwedd 2026" would not parse)."""
    from django import forms

    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def time_input():
    """A native time input in ISO form (08:00), for the same reason as ``date_input``."""
    from django import forms

    return forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
