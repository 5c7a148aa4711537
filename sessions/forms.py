from datetime import datetime, time

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from portal.dates import LONDON, Weekday, date_input, time_input, weekday_of
from portal.rich_text import RICH_TEXT_HELP, limit_rich_text

from . import bank_holidays, bounds
from . import recurrence as rec
from .models import SessionFormat, SessionSeries

REPEAT_CHOICES = [
    ("once", _("Once only")),
    ("weekdays", _("Every weekday (Monday to Friday)")),
    ("weekly", _("Every week, or every few weeks, on chosen days")),
    ("monthly_nth", _("Monthly on a weekday, e.g. the last Friday")),
    ("monthly_date", _("Monthly on the same date")),
    ("every_n_months", _("Every few months on the same date")),
]
NTH_CHOICES = [(1, _("First")), (2, _("Second")), (3, _("Third")), (4, _("Fourth")), (-1, _("Last"))]
END_CHOICES = [
    ("never", _("No end date")),
    ("on_date", _("On a date")),
    ("after_count", _("After a number of sessions")),
]
SCOPE_CHOICES = [("this", _("This session only")), ("following", _("This and all later sessions in the series"))]


def _start_of_today(now: datetime) -> datetime:
    return datetime.combine(now.astimezone(LONDON).date(), time(0), tzinfo=LONDON)


def _say(form, messages: dict[str, dict[str, str]]) -> None:
    """Gives each field errors that name it and say what to enter (GOV.UK's error message guidance), instead of
    Django's "This field is required."."""
    for name, by_code in messages.items():
        if name in form.fields:
            form.fields[name].error_messages.update(by_code)


def _series_detail_messages() -> dict[str, dict[str, str]]:
    """The fields the schedule form and the series details form share."""
    return {
        "title": {
            "required": _("Enter the title of the session in English"),
            "max_length": _(
                "Title (English) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
            ),
        },
        "title_cy": {
            "max_length": _(
                "Title (Welsh) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
            ),
        },
        "description": {
            "max_length": _(
                "Description (English) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
            ),
        },
        "description_cy": {
            "max_length": _(
                "Description (Welsh) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
            ),
        },
        "format": {"required": _("Select the format of the session: online, in person or hybrid")},
        "join_url": {
            "invalid": _("Enter the online joining link as a full address, like https://teams.example/meeting"),
            "max_length": _(
                "Online joining link must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
            ),
        },
        "location": {
            "max_length": _("Place must be %(limit_value)s characters or fewer (you have written %(show_value)s)"),
        },
        "capacity": {
            "invalid": _("Number of places must be a whole number, like 20, or leave it blank for no limit"),
            "min_value": _("Number of places must be 0 or more, or leave it blank for no limit"),
            "max_value": _("Number of places must be %(limit_value)s or fewer, or leave it blank for no limit"),
        },
        "language": {"required": _("Select the language the session is held in")},
    }


def _time_messages(*, first: bool) -> dict[str, dict[str, str]]:
    return {
        "date": {
            "required": _("Enter the date of the first session") if first else _("Enter the date of the session"),
            "invalid": _("Date of the first session must be a real date, like 2027-03-27")
            if first
            else _("Date must be a real date, like 2027-03-27"),
        },
        "start_time": {
            "required": _("Enter the time the session starts, like 12:30"),
            "invalid": _("Start time must be a real time, like 12:30"),
        },
        "end_time": {
            "required": _("Enter the time the session ends, like 13:30"),
            "invalid": _("End time must be a real time, like 13:30"),
        },
    }


class WallClockMixin:
    """Turns a date and London times into aware datetimes, refusing times the clocks skip or repeat."""

    def london_datetime(self, day, clock, field):
        naive = datetime.combine(day, clock)
        problem = rec.wall_clock_problem(naive)
        if problem == "skipped":
            self.add_error(field, _("That time does not exist in the UK on that day: the clocks go forward an hour."))
            return None
        if problem == "ambiguous":
            self.add_error(
                field, _("That time happens twice in the UK on that day, as the clocks go back. Choose another time.")
            )
            return None
        return naive.replace(tzinfo=LONDON)

    def clean_times(self, cleaned):
        day, start, end = cleaned.get("date"), cleaned.get("start_time"), cleaned.get("end_time")
        if not (day and start and end):
            return None, None
        if end == start:
            self.add_error("end_time", _("A session must last some time: the end must be after the start."))
            return None, None
        if end < start:
            self.add_error("end_time", _("The end time must be after the start time."))
            return None, None
        starts_at = self.london_datetime(day, start, "start_time")
        ends_at = self.london_datetime(day, end, "end_time")
        return starts_at, ends_at


class SessionDateMixin:
    """A session's date within a week back and two years ahead; further out is a typing slip (or a 500 at 9999)."""

    def clean_date(self):
        day = self.cleaned_data["date"]
        problem = bounds.session_date_problem(day=day, today=timezone.now().astimezone(LONDON).date())
        if problem:
            raise forms.ValidationError(problem)
        return day


class PlaceAndLinkMixin:
    """In-person sessions need a place; online ones a joining link (https only)."""

    def clean_join_url(self):
        url = self.cleaned_data["join_url"].strip()
        if url and not url.lower().startswith("https://"):
            raise forms.ValidationError(_("Online joining link must start with https://"))
        return url

    def check_place_and_link(self, cleaned):
        fmt = cleaned.get("format")
        if fmt in (SessionFormat.IN_PERSON, SessionFormat.HYBRID) and not cleaned.get("location", "").strip():
            self.add_error("location", _("Enter the place where the session takes place"))
        if fmt in (SessionFormat.ONLINE, SessionFormat.HYBRID) and not cleaned.get("join_url"):
            self.add_error("join_url", _("Enter the online joining link, starting with https://"))


class SeriesForm(SessionDateMixin, PlaceAndLinkMixin, WallClockMixin, forms.ModelForm):
    date = forms.DateField(label=_("Date of the first session"), widget=date_input())
    start_time = forms.TimeField(label=_("Starts (UK time)"), widget=time_input())
    end_time = forms.TimeField(label=_("Ends (UK time)"), widget=time_input())
    repeat = forms.ChoiceField(label=_("Repeats"), choices=REPEAT_CHOICES, widget=forms.RadioSelect, initial="once")
    interval = forms.IntegerField(
        label=_("Every how many weeks or months"),
        min_value=1,
        max_value=12,
        initial=1,
        help_text=_("1 means every week or every month; 6 with “every few months” means twice a year."),
    )
    weekdays = forms.MultipleChoiceField(
        label=_("On these days (weekly)"), choices=Weekday.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    nth = forms.TypedChoiceField(
        label=_("Which one in the month (monthly on a weekday)"), choices=NTH_CHOICES, coerce=int, initial=-1
    )
    end = forms.ChoiceField(label=_("Stops"), choices=END_CHOICES, widget=forms.RadioSelect, initial="never")
    until = forms.DateField(label=_("Last date"), required=False, widget=date_input())
    count = forms.IntegerField(label=_("Number of sessions"), min_value=1, max_value=500, required=False)
    skip_bank_holidays = forms.BooleanField(
        label=_("No sessions on UK bank holidays (England and Wales)"),
        required=False,
        initial=True,
        help_text=_("For weekday and weekly sessions. The session page lists the dates left out."),
    )

    class Meta:
        model = SessionSeries
        fields = [
            "title",
            "title_cy",
            "description",
            "description_cy",
            "format",
            "join_url",
            "location",
            "capacity",
            "language",
            "is_public",
        ]
        labels = {
            "title": _("Title (English)"),
            "title_cy": _("Title (Welsh)"),
            "description": _("Description (English)"),
            "description_cy": _("Description (Welsh)"),
            "join_url": _("Online joining link"),
            "capacity": _("Number of places (optional)"),
            "is_public": _("Show in public listings and calendar feeds"),
        }
        help_texts = {
            "description": RICH_TEXT_HELP,
            "description_cy": RICH_TEXT_HELP,
            "join_url": _("Only members of the community see it. It must start with https://."),
            "capacity": _("Leave blank for no limit. When full, people join a waiting list."),
            "title_cy": _("Leave blank if there is no Welsh version yet."),
        }
        widgets = {"format": forms.RadioSelect, "language": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_rich_text(self.fields["description"])
        limit_rich_text(self.fields["description_cy"])
        _say(self, _series_detail_messages())
        _say(self, _time_messages(first=True))
        _say(
            self,
            {
                "repeat": {"required": _("Select how often the session repeats")},
                "interval": {
                    "required": _("Enter every how many weeks or months the session repeats, like 1"),
                    "invalid": _("Every how many weeks or months must be a whole number, like 2"),
                    "min_value": _("Every how many weeks or months must be %(limit_value)s or more"),
                    "max_value": _("Every how many weeks or months must be %(limit_value)s or fewer"),
                },
                "nth": {"required": _("Select which one in the month the session is on, like Last")},
                "end": {"required": _("Select when the sessions stop")},
                "until": {"invalid": _("Last date must be a real date, like 2027-03-27")},
                "count": {
                    "invalid": _("Number of sessions must be a whole number, like 10"),
                    "min_value": _("Number of sessions must be %(limit_value)s or more"),
                    "max_value": _("Number of sessions must be %(limit_value)s or fewer"),
                },
            },
        )

    def clean(self):
        cleaned = super().clean()
        starts_at, ends_at = self.clean_times(cleaned)
        self.check_place_and_link(cleaned)
        if cleaned.get("end") == "on_date":
            if not cleaned.get("until"):
                self.add_error("until", _("Enter the date of the last session"))
            elif cleaned.get("date") and cleaned["until"] < cleaned["date"]:
                self.add_error("until", _("The last date must be on or after the first session."))
        if cleaned.get("end") == "after_count" and not cleaned.get("count"):
            self.add_error("count", _("Enter the number of sessions"))
        if cleaned.get("repeat") == "weekly" and not cleaned.get("weekdays") and cleaned.get("date"):
            cleaned["weekdays"] = [weekday_of(cleaned["date"])]
        self.instance.skip_bank_holidays = bool(cleaned.get("skip_bank_holidays")) and cleaned.get("repeat") in (
            "weekdays",
            "weekly",
        )
        if starts_at and ends_at:
            self.instance.first_start = starts_at
            self.instance.duration = ends_at - starts_at
            if not self.errors:
                # A first date the rule does not give would make the series start weeks later, silently.
                problem = rec.first_date_problem(self.recurrence(), first_start=starts_at)
                if problem:
                    self.add_error("date", problem)
                elif self.instance.skip_bank_holidays and bank_holidays.is_bank_holiday(cleaned["date"]):
                    # Skipped, the series would start a week or more later without a word.
                    holiday = bank_holidays.name_in_words(bank_holidays.bank_holiday_name(cleaned["date"]))
                    self.add_error(
                        "date",
                        _(
                            "%(date)s is a bank holiday (%(holiday)s), which this series skips. Choose another "
                            "first date, or untick “No sessions on UK bank holidays”."
                        )
                        % {"date": formats.date_format(cleaned["date"], "j F Y"), "holiday": holiday},
                    )
        return cleaned

    def dates_preview(self, *, now) -> list[str]:
        """The next five dates the valid form's rule gives from today, in words in the active language."""
        skip = bank_holidays.is_bank_holiday if self.instance.skip_bank_holidays else (lambda day: False)
        moments = rec.dates_preview(
            self.recurrence(), first_start=self.instance.first_start, after=_start_of_today(now), skip=skip
        )
        return [formats.date_format(moment.astimezone(LONDON), "l j F Y, H:i") for moment in moments]

    def recurrence(self) -> rec.Recurrence:
        data = self.cleaned_data
        return rec.Recurrence(
            kind=data["repeat"],
            interval=data.get("interval") or 1,
            weekdays=tuple(data.get("weekdays") or ()),
            nth=data.get("nth") or -1,
            end=data["end"],
            until=data.get("until") if data["end"] == "on_date" else None,
            count=data.get("count") if data["end"] == "after_count" else None,
        )


class MoveForm(SessionDateMixin, WallClockMixin, forms.Form):
    date = forms.DateField(label=_("Date"), widget=date_input())
    start_time = forms.TimeField(label=_("Starts (UK time)"), widget=time_input())
    end_time = forms.TimeField(label=_("Ends (UK time)"), widget=time_input())
    location = forms.CharField(label=_("Place (optional)"), max_length=200, required=False)
    scope = forms.ChoiceField(label=_("Change"), choices=SCOPE_CHOICES, widget=forms.RadioSelect, initial="this")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, _time_messages(first=False))
        _say(
            self,
            {
                "location": {
                    "max_length": _(
                        "Place must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
                    )
                },
                "scope": {"required": _("Select whether to change this session only, or this and all later ones")},
            },
        )

    def clean(self):
        cleaned = super().clean()
        cleaned["starts_at"], cleaned["ends_at"] = self.clean_times(cleaned)
        return cleaned


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), max_length=300, help_text=_("People who said they would come are told this by email.")
    )
    scope = forms.ChoiceField(label=_("Cancel"), choices=SCOPE_CHOICES, widget=forms.RadioSelect, initial="this")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(
            self,
            {
                "reason": {
                    "required": _("Enter the reason for cancelling, like “The speaker is ill”"),
                    "max_length": _(
                        "Reason must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
                    ),
                },
                "scope": {"required": _("Select whether to cancel this session only, or this and all later ones")},
            },
        )


class SeriesDetailsForm(PlaceAndLinkMixin, forms.ModelForm):
    """What a host changes for a whole series at once (times and places per session are changed separately)."""

    class Meta:
        model = SessionSeries
        fields = SeriesForm.Meta.fields
        labels = SeriesForm.Meta.labels
        help_texts = SeriesForm.Meta.help_texts
        widgets = SeriesForm.Meta.widgets

    def __init__(self, *args, most_going: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        limit_rich_text(self.fields["description"])
        limit_rich_text(self.fields["description_cy"])
        _say(self, _series_detail_messages())
        self.most_going = most_going

    def clean_capacity(self):
        capacity = self.cleaned_data["capacity"]
        if capacity is not None and capacity < self.most_going:
            raise forms.ValidationError(
                _(
                    "%(n)s people are already going to one of the coming sessions, so there must be at least "
                    "%(n)s places."
                )
                % {"n": self.most_going}
            )
        return capacity

    def clean(self):
        cleaned = super().clean()
        self.check_place_and_link(cleaned)
        return cleaned
