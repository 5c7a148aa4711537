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
from django.utils.translation import pgettext_lazy

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


# A day's name as it reads straight after "on" ("ar" in Welsh, which softens it: "ar ddydd Mercher"). One message
# per day, so each language can mutate it as its grammar needs; never built from the plain name.
WEEKDAY_AFTER_ON = {
    "MO": pgettext_lazy("weekday after 'on'", "Monday"),
    "TU": pgettext_lazy("weekday after 'on'", "Tuesday"),
    "WE": pgettext_lazy("weekday after 'on'", "Wednesday"),
    "TH": pgettext_lazy("weekday after 'on'", "Thursday"),
    "FR": pgettext_lazy("weekday after 'on'", "Friday"),
    "SA": pgettext_lazy("weekday after 'on'", "Saturday"),
    "SU": pgettext_lazy("weekday after 'on'", "Sunday"),
}

# A day's name anywhere else inside a sentence: later in a list after "on" ("on Monday, Wednesday and Friday",
# Welsh "ar ddydd Llun, dydd Mercher a dydd Gwener"), or after "The first" ("Y dydd Mercher cyntaf").
WEEKDAY_IN_SENTENCE = {
    "MO": pgettext_lazy("weekday inside a sentence, not after 'on'", "Monday"),
    "TU": pgettext_lazy("weekday inside a sentence, not after 'on'", "Tuesday"),
    "WE": pgettext_lazy("weekday inside a sentence, not after 'on'", "Wednesday"),
    "TH": pgettext_lazy("weekday inside a sentence, not after 'on'", "Thursday"),
    "FR": pgettext_lazy("weekday inside a sentence, not after 'on'", "Friday"),
    "SA": pgettext_lazy("weekday inside a sentence, not after 'on'", "Saturday"),
    "SU": pgettext_lazy("weekday inside a sentence, not after 'on'", "Sunday"),
}

# A day's name after "The second" (Welsh "ail" softens it: "Yr ail ddydd Mercher").
WEEKDAY_AFTER_SECOND = {
    "MO": pgettext_lazy("weekday after 'the second'", "Monday"),
    "TU": pgettext_lazy("weekday after 'the second'", "Tuesday"),
    "WE": pgettext_lazy("weekday after 'the second'", "Wednesday"),
    "TH": pgettext_lazy("weekday after 'the second'", "Thursday"),
    "FR": pgettext_lazy("weekday after 'the second'", "Friday"),
    "SA": pgettext_lazy("weekday after 'the second'", "Saturday"),
    "SU": pgettext_lazy("weekday after 'the second'", "Sunday"),
}


def on_date(value: date | datetime, date_format: str = "l j F Y") -> str:
    """The date as it reads after "on" in a sentence, in the active language: "Wednesday 3 December 2026" in
    English, "ddydd Mercher 3 Rhagfyr 2026" in Welsh (so "ar {{ when }}" reads "ar ddydd Mercher …").

    ``date_format`` is Django's date format; each ``l`` (the day's name) becomes ``WEEKDAY_AFTER_ON``'s phrase.
    An aware datetime is shown in the current time zone, as the ``date`` filter does.
    """
    return _date_with_weekday(value, date_format, WEEKDAY_AFTER_ON)


def date_in_sentence(value: date | datetime, date_format: str = "l j F Y") -> str:
    """The date as it reads inside a sentence but not after "on": "Nid yw dydd Mercher 3 Rhagfyr 2026 …" in
    Welsh, where the plain "l" format would give a capital "Dydd" mid-sentence."""
    return _date_with_weekday(value, date_format, WEEKDAY_IN_SENTENCE)


def _date_with_weekday(value, date_format: str, weekday_forms: dict) -> str:
    from django.utils import formats, timezone

    if isinstance(value, datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    escaped_weekday = "".join("\\" + char for char in str(weekday_forms[weekday_of(value)]))
    pieces, index = [], 0
    while index < len(date_format):
        char = date_format[index]
        if char == "\\":
            pieces.append(date_format[index : index + 2])
            index += 2
            continue
        pieces.append(escaped_weekday if char == "l" else char)
        index += 1
    return formats.date_format(value, "".join(pieces))


# Django's Welsh catalogue spells July "Gorffenaf"; naming its messages here puts them in our own catalogue, which
# takes precedence, with the right spelling, "Gorffennaf" (tests/test_welsh_proofing.py found it in a date).
# Never used at run time.
DJANGO_MESSAGES_SPELT_RIGHT = (_("July"), pgettext_lazy("alt. month", "July"))
