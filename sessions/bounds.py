"""How far back and ahead dates may go, in one place so the forms, the services and the list's filters agree."""

from datetime import date

from dateutil.relativedelta import relativedelta
from django.utils import formats
from django.utils.translation import gettext as _

# A host may record a session just held (up to a week back) and plan up to two years ahead; further back is a
# typing slip ("2020"), not a session to schedule.
SESSION_PAST = relativedelta(days=7)
SESSION_AHEAD = relativedelta(years=2)

# Dates a list filter or a month page accepts; the same years as the month calendar's links.
FIRST_LISTED_YEAR = 2000
LAST_LISTED_YEAR = 2100


def session_date_range(*, today: date) -> tuple[date, date]:
    """The first and last date a session may be put on, as seen on ``today``."""
    return today - SESSION_PAST, today + SESSION_AHEAD


def session_date_problem(*, day: date, today: date) -> str | None:
    """A message for the person if ``day`` is too far back or ahead for a session; None if it is fine."""
    earliest, latest = session_date_range(today=today)
    if earliest <= day <= latest:
        return None
    return _(
        "The session’s date must be from %(earliest)s to %(latest)s: a session can be up to a week in the past (to record "
        "one just held) and up to two years ahead."
    ) % {
        "earliest": formats.date_format(earliest, "j F Y"),
        "latest": formats.date_format(latest, "j F Y"),
    }


def is_listable(day: date) -> bool:
    return FIRST_LISTED_YEAR <= day.year <= LAST_LISTED_YEAR
