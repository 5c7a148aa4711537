from django import forms
from django.core.validators import validate_email
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from accounts.selectors import users_by_email
from portal.bilingual import localised
from portal.field_errors import text_limit
from portal.rich_text import RICH_TEXT_HELP, limit_rich_text

from . import importing
from .models import Department, ReportingPeriod, Status, ThemePeriodNote
from .services import MAX_HOLDERS, REPORT_TEXT_FIELDS, THEME_NOTE_FIELDS

# Hidden fields only a stale or altered page gets wrong: one message that says what to do.
STALE_PAGE = _("This page is out of date. Open it again and repeat your change.")
HIDDEN_FIELD_ERRORS = {
    "required": STALE_PAGE,
    "invalid": STALE_PAGE,
    "min_value": STALE_PAGE,
    "max_value": STALE_PAGE,
    "max_length": STALE_PAGE,
}


def _hidden_field_errors(form) -> None:
    for field in form.fields.values():
        if isinstance(field.widget, forms.HiddenInput):
            field.error_messages.update(HIDDEN_FIELD_ERRORS)


class UpdateForm(forms.Form):
    narrative = forms.CharField(
        label=_("Progress this period (English)"),
        widget=forms.Textarea,
        max_length=6000,
        help_text=RICH_TEXT_HELP,
        error_messages={"required": _("Enter the progress this period in English: what has happened")},
    )
    narrative_cy = forms.CharField(
        label=_("Progress this period (Welsh, optional)"),
        widget=forms.Textarea,
        max_length=6000,
        required=False,
        help_text=RICH_TEXT_HELP,
    )
    proposed_status = forms.ChoiceField(
        label=_("Status you propose (optional)"), required=False, choices=[("", _("No change"))] + list(Status.choices)
    )
    corrects = forms.TypedChoiceField(
        label=_("This corrects an earlier update (optional)"), required=False, coerce=int, empty_value=None, choices=[]
    )
    # The period the page offered the update for: if its report is published before the update is sent, the update
    # is refused rather than quietly filed elsewhere.
    period = forms.IntegerField(widget=forms.HiddenInput, min_value=1, max_value=2**63 - 1)

    def __init__(self, *args, earlier_updates=(), **kwargs):
        super().__init__(*args, **kwargs)
        text_limit(self.fields["narrative"], name=_("Progress this period (English)"))
        text_limit(self.fields["narrative_cy"], name=_("Progress this period (Welsh)"))
        _hidden_field_errors(self)
        self.fields["corrects"].choices = [("", _("Not a correction"))] + [
            (update.pk, f"{update.created_at:%d/%m/%Y} – {update.narrative[:60]}") for update in earlier_updates
        ]


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("New status"),
        choices=Status.choices,
        error_messages={
            "required": _("Select the new status"),
            "invalid_choice": _("Select the new status from the list"),
        },
    )
    reason = forms.CharField(
        label=_("Why is it changing?"),
        widget=forms.Textarea,
        max_length=2000,
        error_messages={"required": _("Enter why the status is changing")},
    )
    merged_into = forms.CharField(
        label=_("Merged into action number (only for “merged”)"), max_length=10, required=False
    )
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        text_limit(self.fields["reason"], name=_("Why the status is changing"))
        self.fields["merged_into"].error_messages["max_length"] = _(
            "Enter the number of the action it was merged into, for example 2.3"
        )
        _hidden_field_errors(self)


class ImportForm(forms.Form):
    """A CSV of actions, chosen now or kept from the dry run that checked it (``kept_file``, a signed token only the
    coordinator who checked it can use); ``cleaned_data["file"]`` is its text. Too big a file is refused before it
    is read."""

    file = forms.FileField(
        label=_("CSV file"),
        required=False,  # not when the page sends back a checked file's token instead: see clean()
        help_text=_("Saved as UTF-8, up to 1 MB and 1,000 actions."),
        widget=forms.FileInput(attrs={"accept": ".csv,text/csv"}),
    )
    # Sent back by the page of a dry run: the version of each action it saw, so a save can tell who changed one since.
    checked = forms.CharField(
        required=False, widget=forms.HiddenInput, max_length=100_000, error_messages=HIDDEN_FIELD_ERRORS
    )
    # Sent back by the page of a dry run: where the checked file is kept, so saving it needs no second upload.
    kept_file = forms.CharField(
        required=False, widget=forms.HiddenInput, max_length=1000, error_messages=HIDDEN_FIELD_ERRORS
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        _hidden_field_errors(self)

    def clean_checked(self) -> dict[str, int] | None:
        return importing.versions_unsigned(self.cleaned_data["checked"]) if self.cleaned_data["checked"] else None

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload:
            return None
        if upload.size > importing.MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than 1 MB. Import the actions in smaller files of up to %(count)s rows.")
                % {"count": formats.number_format(importing.MAX_ROWS, force_grouping=True)}
            )
        try:
            text = upload.read().decode("utf-8")
        except UnicodeDecodeError:
            raise forms.ValidationError(_("The file must be a CSV saved as UTF-8.")) from None
        if importing.rows_in(text) > importing.MAX_ROWS:
            raise forms.ValidationError(
                _("The file has more than %(count)s actions. Import at most %(count)s at a time.")
                % {"count": formats.number_format(importing.MAX_ROWS, force_grouping=True)}
            )
        return text

    def clean(self):
        """A file chosen now wins; otherwise the kept one, which must still be there and be this person's."""
        cleaned = super().clean()
        cleaned["from_kept_file"] = False
        if "file" in self.errors or cleaned.get("file"):
            return cleaned
        if not cleaned.get("kept_file"):
            self.add_error("file", _("Choose a CSV file to import."))
            return cleaned
        text = importing.checked_file_text(token=cleaned["kept_file"], user=self.user)
        if text is None:
            self.add_error("file", _("The checked file has expired: choose it again and check it."))
            return cleaned
        cleaned["file"], cleaned["from_kept_file"] = text, True
        return cleaned


def _date_input():
    # An HTML date input reads and writes ISO dates, whatever the page's language.
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


PERIOD_FIELD_ERRORS = {
    "label": {"required": _("Enter the period’s name in English, for example “April 2026 to March 2027”")},
    "starts_on": {
        "required": _("Enter the date the period starts, for example 1 4 2026"),
        "invalid": _("Enter the date the period starts as a real date, for example 1 4 2026"),
    },
    "ends_on": {
        "required": _("Enter the date the period ends, for example 31 3 2027"),
        "invalid": _("Enter the date the period ends as a real date, for example 31 3 2027"),
    },
    "update_deadline": {
        "required": _("Enter the date updates are due by, for example 14 3 2027"),
        "invalid": _("Enter the date updates are due by as a real date, for example 14 3 2027"),
    },
    "publication_date": {
        "invalid": _("Enter the publication date as a real date, for example 23 5 2027"),
    },
}
PERIOD_LABEL_TOO_LONG = {
    "label": _(
        "The period’s name in English must be %(limit_value)s characters or fewer (you have written %(show_value)s)."
    ),
    "label_cy": _(
        "The period’s name in Welsh must be %(limit_value)s characters or fewer (you have written %(show_value)s)."
    ),
}


def _period_field_errors(form) -> None:
    """What each of a period's fields says when it is missing, not a date, or too long."""
    for name, field in form.fields.items():
        field.error_messages.update(PERIOD_FIELD_ERRORS.get(name, {}))
        if isinstance(field, forms.CharField) and field.max_length:
            text_limit(field, name=_capitalised(field.label))
            if name in PERIOD_LABEL_TOO_LONG:
                field.error_messages["max_length"] = PERIOD_LABEL_TOO_LONG[name]


class PeriodOpenForm(forms.ModelForm):
    """A coordinator opens the next reporting period (``ReportingPeriod.clean`` checks the dates)."""

    make_current = forms.BooleanField(
        label=_("Make this the current period now"),
        required=False,
        help_text=_("Holders’ updates go to the current period. You can also do this later from the list of periods."),
    )

    class Meta:
        model = ReportingPeriod
        fields = ["label", "label_cy", "starts_on", "ends_on", "update_deadline"]
        widgets = {"starts_on": _date_input(), "ends_on": _date_input(), "update_deadline": _date_input()}
        error_messages = {
            name: {
                **PERIOD_FIELD_ERRORS.get(name, {}),
                **({"max_length": PERIOD_LABEL_TOO_LONG[name]} if name in PERIOD_LABEL_TOO_LONG else {}),
            }
            for name in fields
        }
        help_texts = {
            "label": _(
                "How the report names the period, for example “February 2024 – February 2025”. Leave it empty to "
                "name the period by its first and last months."
            ),
            "label_cy": _(
                "For example “Chwefror 2024 – Chwefror 2025”. Leave it empty to name the period by its first and "
                "last months in Welsh."
            ),
        }

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.plan = plan
        _period_field_errors(self)
        self.fields["label"].required = False  # made from the dates when left empty


class PeriodDetailsForm(forms.ModelForm):
    """An open period's dates and the report's own text."""

    class Meta:
        model = ReportingPeriod
        fields = ["label", "label_cy", "starts_on", "ends_on", "update_deadline", *REPORT_TEXT_FIELDS]
        widgets = {
            "starts_on": _date_input(),
            "ends_on": _date_input(),
            "update_deadline": _date_input(),
            "publication_date": _date_input(),
        }
        help_texts = {
            "publication_date": _("Leave blank to use the day the report is published."),
            **{
                name: RICH_TEXT_HELP
                for name in REPORT_TEXT_FIELDS
                if name not in ("report_title", "report_title_cy", "publication_date")
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.CharField) and isinstance(field.widget, forms.Textarea):
                limit_rich_text(field)
        _period_field_errors(self)
        self.fields["label"].required = False  # made from the dates when left empty


class ThemeNoteForm(forms.ModelForm):
    class Meta:
        model = ThemePeriodNote
        fields = list(THEME_NOTE_FIELDS)
        help_texts = {name: RICH_TEXT_HELP for name in THEME_NOTE_FIELDS}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            limit_rich_text(field)
            text_limit(field, name=_capitalised(field.label))


class KeyTermForm(forms.Form):
    term = forms.CharField(
        label=_("Term (English)"),
        max_length=200,
        error_messages={"required": _("Enter the term in English, or leave the whole row empty")},
    )
    term_cy = forms.CharField(label=_("Term (Welsh)"), max_length=200, required=False)
    definition = forms.CharField(
        label=_("Definition (English)"),
        widget=forms.Textarea,
        help_text=RICH_TEXT_HELP,
        error_messages={"required": _("Enter what the term means in English")},
    )
    definition_cy = forms.CharField(
        label=_("Definition (Welsh)"), widget=forms.Textarea, required=False, help_text=RICH_TEXT_HELP
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_rich_text(self.fields["definition"])
        limit_rich_text(self.fields["definition_cy"])
        for field in self.fields.values():
            if isinstance(field, forms.CharField):
                text_limit(field)


class BaseKeyTermFormSet(forms.BaseFormSet):
    def terms(self) -> list[dict]:
        return [form.cleaned_data for form in self.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")]


KeyTermFormSet = forms.formset_factory(
    KeyTermForm, formset=BaseKeyTermFormSet, extra=2, can_delete=True, max_num=60, absolute_max=60, validate_max=True
)


class NarrativeForm(forms.Form):
    narrative = forms.CharField(
        label=_("Progress (English)"),
        widget=forms.Textarea,
        help_text=RICH_TEXT_HELP,
        error_messages={"required": _("Enter what the report says about the action’s progress, in English")},
    )
    narrative_cy = forms.CharField(
        label=_("Progress (Welsh)"), widget=forms.Textarea, required=False, help_text=RICH_TEXT_HELP
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            text_limit(field, limit=12000)


class ProposalAnswerForm(forms.Form):
    reply = forms.CharField(label=_("Reply to the holder"), widget=forms.Textarea, max_length=2000, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        text_limit(self.fields["reply"])


class PublishForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I have checked this list and want to publish the report as it stands"),
        error_messages={"required": _("Tick the box to confirm that you want to publish the report.")},
    )


class ErratumForm(forms.Form):
    text = forms.CharField(
        label=_("Correction (English)"),
        widget=forms.Textarea,
        max_length=2000,
        error_messages={"required": _("Enter the correction in English")},
    )
    text_cy = forms.CharField(label=_("Correction (Welsh)"), widget=forms.Textarea, max_length=2000, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            text_limit(field)


class HoldersForm(forms.Form):
    """Who holds an action, who leads, and which department: reminders and "my actions" follow the holders."""

    holders = forms.CharField(
        label=_("Holders’ email addresses"),
        help_text=_("One address per line. Each person needs a Cylch account."),
        widget=forms.Textarea,
        required=False,
        max_length=3000,
    )
    lead = forms.EmailField(
        label=_("Lead holder’s email address (optional)"),
        required=False,
        error_messages={
            "invalid": _("Enter the lead holder’s email address in the correct format, like name@example.org"),
        },
    )
    department = forms.ModelChoiceField(
        label=_("Department"), queryset=Department.objects.all(), required=False, empty_label=_("No department")
    )
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Each department by its name in the page's language.
        self.fields["department"].label_from_instance = lambda department: localised(department, "name").text
        text_limit(self.fields["holders"], name=_("The list of holders’ email addresses"))
        text_limit(self.fields["lead"], name=_("The lead holder’s email address"))
        _hidden_field_errors(self)

    def clean_holders(self):
        addresses = list(
            dict.fromkeys(line.strip() for line in self.cleaned_data["holders"].splitlines() if line.strip())
        )
        if len(addresses) > MAX_HOLDERS:
            raise forms.ValidationError(_("Name at most %(count)s holders.") % {"count": MAX_HOLDERS})
        not_addresses = [address for address in addresses if not _is_email(address)]
        if not_addresses:
            raise forms.ValidationError(
                _("These are not email addresses: %(addresses)s") % {"addresses": ", ".join(not_addresses)}
            )
        found = users_by_email(emails=addresses)
        unknown = [address for address in addresses if address not in found]
        if unknown:
            raise forms.ValidationError(
                _("No one with these addresses has a Cylch account: %(addresses)s") % {"addresses": ", ".join(unknown)}
            )
        return [found[address] for address in addresses]

    def clean(self):
        cleaned = super().clean()
        lead, holders = cleaned.get("lead"), cleaned.get("holders")
        if lead and holders is not None:
            match = [holder for holder in holders if holder.email.lower() == lead.lower()]
            if not match:
                self.add_error("lead", _("The lead must be one of the holders listed above."))
            else:
                cleaned["lead"] = match[0]
        elif not lead:
            cleaned["lead"] = None
        return cleaned


def _capitalised(label) -> str:
    text = str(label)
    return text[:1].upper() + text[1:]


def _is_email(value: str) -> bool:
    try:
        validate_email(value)
    except forms.ValidationError:
        return False
    return True
