"""UK bank holidays (England and Wales) that a series may skip, from the maintained ``holidays`` package.

The package has no Welsh names, so the names it gives are translated here; a name it adds later that is not in
this list is shown as the package gives it (in English).
"""

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

import holidays
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.dates import LONDON

from . import recurrence as rec

# The package's English names, as our catalogue's msgids. "(observed)" days are the weekday a holiday moves to.
NAMES = {
    "New Year's Day": _("New Year’s Day"),
    "New Year's Day (observed)": _("New Year’s Day (substitute day)"),
    "Good Friday": _("Good Friday"),
    "Easter Monday": _("Easter Monday"),
    "May Day": _("Early May bank holiday"),
    "Spring Bank Holiday": _("Spring bank holiday"),
    "Late Summer Bank Holiday": _("Summer bank holiday"),
    "Christmas Day": _("Christmas Day"),
    "Christmas Day (observed)": _("Christmas Day (substitute day)"),
    "Boxing Day": _("Boxing Day"),
    "Boxing Day (observed)": _("Boxing Day (substitute day)"),
}


@lru_cache(maxsize=64)
def _holidays_of(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("GB", subdiv="WLS", years=year).items())


def bank_holiday_name(day: date) -> str | None:
    """The holiday's English name as the package gives it (several on one day joined by "; "), or None."""
    return _holidays_of(day.year).get(day)


def is_bank_holiday(day: date) -> bool:
    return day in _holidays_of(day.year)


def name_in_words(english: str) -> str:
    """The holiday's name in the active language (several names on one day joined with "; ")."""
    return "; ".join(str(NAMES.get(part.strip(), part.strip())) for part in english.split(";"))


@dataclass(frozen=True)
class SkippedDay:
    day: date
    name: str  # in the active language


def skipped_days(*, series, between: tuple[datetime, datetime]) -> list[SkippedDay]:
    """The dates the series' rule gives within ``between`` that are not held because they are bank holidays."""
    if not (series.rrule and series.skip_bank_holidays):
        return []
    days = []
    for moment in rec.starts(first_start=series.first_start, rrule=series.rrule, between=between):
        if series.stopped_from is not None and moment >= series.stopped_from:
            break
        day = moment.astimezone(LONDON).date()
        english = bank_holiday_name(day)
        if english:
            days.append(SkippedDay(day=day, name=name_in_words(english)))
    return days


def skipped_days_message(skipped: SkippedDay) -> str:
    # Translators: shown on a session's page, e.g. "No session on 25 December: Christmas Day".
    return gettext("No session on %(date)s: %(holiday)s") % {
        "date": formats.date_format(skipped.day, "j F"),
        "holiday": skipped.name,
    }
