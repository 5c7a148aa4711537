"""Plain recurrence choices, the RFC 5545 rules built from them, their expansion and their description in words.

Expansion is python-dateutil's: the rule runs over London wall-clock times, so a 16:00 session stays at 16:00
in London across the clock changes; UNTIL is written in UTC as RFC 5545 requires.
"""

import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from dateutil import rrule as du
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.dates import (
    DATEUTIL_DAYS,
    LONDON,
    WEEKDAY_AFTER_ON,
    WEEKDAY_AFTER_SECOND,
    WEEKDAY_IN_SENTENCE,
    WORKING_DAYS,
    date_in_sentence,
    weekday_of,
)

KINDS = ("once", "weekdays", "weekly", "monthly_nth", "monthly_date", "every_n_months")
ENDS = ("never", "on_date", "after_count")


@dataclass(frozen=True)
class Recurrence:
    kind: str = "once"
    interval: int = 1
    weekdays: tuple[str, ...] = field(default_factory=tuple)  # for "weekly"
    nth: int = 1  # for "monthly_nth": 1..4, or -1 for the last
    end: str = "never"
    until: date | None = None
    count: int | None = None

    @classmethod
    def from_dict(cls, data: dict) -> "Recurrence":
        data = dict(data or {})
        if data.get("until"):
            data["until"] = date.fromisoformat(data["until"])
        data["weekdays"] = tuple(data.get("weekdays", ()))
        return cls(**data)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["weekdays"] = list(self.weekdays)
        data["until"] = self.until.isoformat() if self.until else None
        return data


def rrule_for(recurrence: Recurrence, *, first_start: datetime) -> str:
    """The RRULE line (without "RRULE:") for a recurrence starting at ``first_start``; empty for a one-off."""
    if recurrence.kind == "once":
        return ""
    start_local = first_start.astimezone(LONDON)
    options: dict = {"interval": max(recurrence.interval, 1)}
    if recurrence.kind == "weekdays":
        freq, options["byweekday"] = du.WEEKLY, [DATEUTIL_DAYS[d] for d in WORKING_DAYS]
        options["interval"] = 1
    elif recurrence.kind == "weekly":
        days = recurrence.weekdays or (weekday_of(start_local),)
        freq, options["byweekday"] = du.WEEKLY, [DATEUTIL_DAYS[d] for d in days]
    elif recurrence.kind == "monthly_nth":
        weekday = DATEUTIL_DAYS[weekday_of(start_local)]
        freq, options["byweekday"] = du.MONTHLY, [weekday(recurrence.nth)]
    elif recurrence.kind == "monthly_date":
        freq, options["bymonthday"] = du.MONTHLY, [start_local.day]
    else:  # every_n_months: same date, every N months
        freq, options["bymonthday"] = du.MONTHLY, [start_local.day]
    if recurrence.end == "on_date" and recurrence.until:
        options["until"] = datetime.combine(recurrence.until, time(23, 59, 59), tzinfo=LONDON)
    elif recurrence.end == "after_count" and recurrence.count:
        options["count"] = recurrence.count
    rule = du.rrule(freq, dtstart=start_local, **options)
    line = next(part for part in str(rule).splitlines() if part.startswith("RRULE:")).removeprefix("RRULE:")
    if "until" in options:
        # dateutil writes UNTIL in the start's zone; RFC 5545 wants UTC when DTSTART has a TZID.
        until_utc = options["until"].astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        line = ";".join(f"UNTIL={until_utc}" if part.startswith("UNTIL=") else part for part in line.split(";"))
    return line


def starts(*, first_start: datetime, rrule: str, between: tuple[datetime, datetime]) -> list[datetime]:
    """Every start (UTC-aware) the rule gives from ``between[0]`` to ``between[1]`` inclusive."""
    start_local = first_start.astimezone(LONDON)
    if not rrule:
        return [first_start] if between[0] <= first_start <= between[1] else []
    rule = du.rrulestr(rrule, dtstart=start_local)
    after, before = between[0].astimezone(LONDON), between[1].astimezone(LONDON)
    return [_wall_clock_to_utc(moment) for moment in rule.between(after, before, inc=True)]


def _wall_clock_to_utc(moment: datetime) -> datetime:
    # dateutil steps the wall clock and attaches the zone, so 16:00 stays 16:00 in London; fold=0 resolves
    # the repeated hour in October to its first (summer-time) instance.
    return moment.replace(fold=0).astimezone(UTC)


def wall_clock_problem(moment_naive: datetime) -> str | None:
    """ "skipped" for a London time that does not exist (March), "ambiguous" for one that happens twice (October)."""
    first = moment_naive.replace(tzinfo=LONDON, fold=0)
    second = moment_naive.replace(tzinfo=LONDON, fold=1)
    if first.utcoffset() == second.utcoffset():
        return None
    round_trip = first.astimezone(UTC).astimezone(LONDON).replace(tzinfo=None)
    return "skipped" if round_trip != moment_naive else "ambiguous"


# One message per ordinal, so each language can put the ordinal and the weekday in its own order.
MONTHLY_NTH = {
    1: (lambda: _("First %(weekday)s of every month"), lambda: _("First %(weekday)s of every %(n)s months")),
    2: (lambda: _("Second %(weekday)s of every month"), lambda: _("Second %(weekday)s of every %(n)s months")),
    3: (lambda: _("Third %(weekday)s of every month"), lambda: _("Third %(weekday)s of every %(n)s months")),
    4: (lambda: _("Fourth %(weekday)s of every month"), lambda: _("Fourth %(weekday)s of every %(n)s months")),
    -1: (lambda: _("Last %(weekday)s of every month"), lambda: _("Last %(weekday)s of every %(n)s months")),
}


def describe(recurrence: Recurrence, *, first_start: datetime, duration: timedelta) -> str:
    """The rule in words, in the active language: "Last Friday of every month, 12:00–13:00"."""
    start_local = first_start.astimezone(LONDON)
    end_local = (first_start + duration).astimezone(LONDON)
    times = f"{start_local:%H:%M}–{end_local:%H:%M}"
    weekday_name = formats.date_format(start_local, "l")
    if recurrence.kind == "once":
        return _("%(date)s, %(times)s") % {"date": formats.date_format(start_local, "l j F Y"), "times": times}
    if recurrence.kind == "weekdays":
        pattern = _("Every weekday, Monday to Friday")
    elif recurrence.kind == "weekly":
        days = recurrence.weekdays or (weekday_of(start_local),)
        day_list = _days_after_on(days)
        if recurrence.interval > 1:
            # Translators: %(days)s is one or more days as they read after "on" (e.g. "ddydd Llun a dydd Iau").
            pattern = _("Every %(n)s weeks on %(days)s") % {"n": recurrence.interval, "days": day_list}
        else:
            # Translators: %(days)s is one or more days as they read after "on" (e.g. "ddydd Llun a dydd Iau").
            pattern = _("Every week on %(days)s") % {"days": day_list}
    elif recurrence.kind == "monthly_nth":
        every_month, every_n_months = MONTHLY_NTH[recurrence.nth]
        template = every_n_months() if recurrence.interval > 1 else every_month()
        pattern = template % {"weekday": weekday_name, "n": recurrence.interval}
    elif recurrence.kind == "monthly_date" and recurrence.interval <= 1:
        pattern = _("On day %(day)s of every month") % {"day": start_local.day}
    else:  # every_n_months, or monthly_date with an interval: the rule says INTERVAL, so the words do too
        pattern = ngettext("Every month on day %(day)s", "Every %(n)s months on day %(day)s", recurrence.interval) % {
            "n": recurrence.interval,
            "day": start_local.day,
        }
    text = _("%(pattern)s, %(times)s") % {"pattern": pattern, "times": times}
    if recurrence.end == "on_date" and recurrence.until:
        text += " " + _("(until %(date)s)") % {"date": formats.date_format(recurrence.until, "j F Y")}
    elif recurrence.end == "after_count" and recurrence.count:
        text += " " + ngettext("(%(count)s time)", "(%(count)s times)", recurrence.count) % {"count": recurrence.count}
    return text


def _days_after_on(days: tuple[str, ...]) -> str:
    """The days as they read after "on": the first in its own form (Welsh "ar ddydd Llun"), the rest as they read
    later in the list ("ar ddydd Llun, dydd Mercher a dydd Gwener"), each a whole message of its own."""
    names = [str(WEEKDAY_AFTER_ON[days[0]])] + [str(WEEKDAY_IN_SENTENCE[code]) for code in days[1:]]
    if len(names) == 1:
        return names[0]
    # Translators: the last two of the days a series meets on, e.g. "Monday, Wednesday and Friday".
    return _("%(first)s and %(last)s") % {"first": ", ".join(names[:-1]), "last": names[-1]}


# One message per ordinal, as above: "The last Tuesday of December 2026 is 29 December."
NTH_IN_MONTH = {
    1: lambda: _("The first %(weekday)s of %(month)s is %(date)s."),
    2: lambda: _("The second %(weekday)s of %(month)s is %(date)s."),
    3: lambda: _("The third %(weekday)s of %(month)s is %(date)s."),
    4: lambda: _("The fourth %(weekday)s of %(month)s is %(date)s."),
    -1: lambda: _("The last %(weekday)s of %(month)s is %(date)s."),
}


def first_date_problem(recurrence: Recurrence, *, first_start: datetime) -> str | None:
    """Why the chosen first date is not one the rule gives (so the series would silently start later), or None."""
    if recurrence.kind == "once":
        return None
    rule = rrule_for(recurrence, first_start=first_start)
    if starts(first_start=first_start, rrule=rule, between=(first_start, first_start)):
        return None
    local = first_start.astimezone(LONDON)
    # Inside a sentence the day's name has its own form ("Nid yw dydd Mercher …", "Yr ail ddydd Mercher …").
    weekday_forms = WEEKDAY_AFTER_SECOND if recurrence.nth == 2 else WEEKDAY_IN_SENTENCE
    weekday_name = str(weekday_forms[weekday_of(local)])
    chosen = date_in_sentence(local, "l j F Y")
    if recurrence.kind == "monthly_nth":
        rule_in_month = du.rrule(
            du.MONTHLY,
            dtstart=local.replace(day=1),
            byweekday=[DATEUTIL_DAYS[weekday_of(local)](recurrence.nth)],
            count=1,
        )[0]
        return (
            _("%(chosen)s does not fit the pattern.") % {"chosen": chosen}
            + " "
            + NTH_IN_MONTH[recurrence.nth]()
            % {
                "weekday": weekday_name,
                "month": formats.date_format(local, "F Y"),
                "date": formats.date_format(rule_in_month, "j F"),
            }
            + " "
            + _("Choose that date, or another pattern.")
        )
    if recurrence.kind == "weekdays":
        return _("%(chosen)s is at the weekend: a weekday series starts on a day from Monday to Friday.") % {
            "chosen": chosen
        }
    if recurrence.kind == "weekly":
        return _("%(chosen)s is not on one of the chosen days. Choose a first date on one of them.") % {
            "chosen": chosen
        }
    return _("%(chosen)s does not fit the pattern. Choose another first date.") % {"chosen": chosen}


def dates_preview(
    recurrence: Recurrence, *, first_start: datetime, after: datetime, how_many: int = 5, skip=lambda day: False
) -> list[datetime]:
    """The next ``how_many`` starts the rule gives from ``after`` (the first start itself for a one-off), leaving
    out the days ``skip`` says are not held."""
    rule = rrule_for(recurrence, first_start=first_start)
    if not rule:
        return [first_start]
    found: list[datetime] = []
    window_start = max(after, first_start)
    for _years in range(3):
        window_end = window_start + timedelta(days=366)
        for moment in starts(first_start=first_start, rrule=rule, between=(window_start, window_end)):
            if not skip(moment.astimezone(LONDON).date()):
                found.append(moment)
            if len(found) == how_many:
                return found
        window_start = window_end + timedelta(seconds=1)
    return found


COUNT_PART = re.compile(r";?COUNT=(\d+)")


def rule_count(rrule: str) -> int | None:
    """The rule's COUNT (how many sessions it gives), or None if it has none."""
    match = COUNT_PART.search(rrule or "")
    return int(match.group(1)) if match else None


def rule_without_count(rrule: str) -> str:
    return COUNT_PART.sub("", rrule).lstrip(";")
