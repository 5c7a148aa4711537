from django import forms
from django.core.validators import MaxLengthValidator, validate_email
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from accounts.selectors import users_by_email
from portal.rich_text import RICH_TEXT_HELP, limit_rich_text

from . import importing
from .models import Department, ReportingPeriod, Status, ThemePeriodNote
from .services import MAX_HOLDERS, REPORT_TEXT_FIELDS, THEME_NOTE_FIELDS


class UpdateForm(forms.Form):
    narrative = forms.CharField(
        label=_("Progress this period (English)"), widget=forms.Textarea, max_length=6000, help_text=RICH_TEXT_HELP
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
        self.fields["corrects"].choices = [("", _("Not a correction"))] + [
            (update.pk, f"{update.created_at:%d/%m/%Y} – {update.narrative[:60]}") for update in earlier_updates
        ]


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=Status.choices)
    reason = forms.CharField(label=_("Why is it changing?"), widget=forms.Textarea, max_length=2000)
    merged_into = forms.CharField(
        label=_("Merged into action number (only for “merged”)"), max_length=10, required=False
    )
    version = forms.IntegerField(widget=forms.HiddenInput)


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
    checked = forms.CharField(required=False, widget=forms.HiddenInput, max_length=100_000)
    # Sent back by the page of a dry run: where the checked file is kept, so saving it needs no second upload.
    kept_file = forms.CharField(required=False, widget=forms.HiddenInput, max_length=1000)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

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
        help_texts = {
            "label": _("How the report names the period, for example “February 2024 – February 2025”."),
            "label_cy": _("For example “Chwefror 2024 – Chwefror 2025”."),
        }

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.plan = plan


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


class ThemeNoteForm(forms.ModelForm):
    class Meta:
        model = ThemePeriodNote
        fields = list(THEME_NOTE_FIELDS)
        help_texts = {name: RICH_TEXT_HELP for name in THEME_NOTE_FIELDS}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            limit_rich_text(field)


class KeyTermForm(forms.Form):
    term = forms.CharField(label=_("Term (English)"), max_length=200)
    term_cy = forms.CharField(label=_("Term (Welsh)"), max_length=200, required=False)
    definition = forms.CharField(label=_("Definition (English)"), widget=forms.Textarea, help_text=RICH_TEXT_HELP)
    definition_cy = forms.CharField(
        label=_("Definition (Welsh)"), widget=forms.Textarea, required=False, help_text=RICH_TEXT_HELP
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_rich_text(self.fields["definition"])
        limit_rich_text(self.fields["definition_cy"])


class BaseKeyTermFormSet(forms.BaseFormSet):
    def terms(self) -> list[dict]:
        return [form.cleaned_data for form in self.forms if form.cleaned_data and not form.cleaned_data.get("DELETE")]


KeyTermFormSet = forms.formset_factory(
    KeyTermForm, formset=BaseKeyTermFormSet, extra=2, can_delete=True, max_num=60, absolute_max=60, validate_max=True
)


class NarrativeForm(forms.Form):
    narrative = forms.CharField(label=_("Progress (English)"), widget=forms.Textarea, help_text=RICH_TEXT_HELP)
    narrative_cy = forms.CharField(
        label=_("Progress (Welsh)"), widget=forms.Textarea, required=False, help_text=RICH_TEXT_HELP
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.max_length = 12000
            field.validators.append(MaxLengthValidator(12000))


class ProposalAnswerForm(forms.Form):
    reply = forms.CharField(label=_("Reply to the holder"), widget=forms.Textarea, max_length=2000, required=False)


class PublishForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I have checked this list and want to publish the report as it stands"),
        error_messages={"required": _("Tick the box to confirm that you want to publish the report.")},
    )


class ErratumForm(forms.Form):
    text = forms.CharField(label=_("Correction (English)"), widget=forms.Textarea, max_length=2000)
    text_cy = forms.CharField(label=_("Correction (Welsh)"), widget=forms.Textarea, max_length=2000, required=False)


class HoldersForm(forms.Form):
    """Who holds an action, who leads, and which department: reminders and "my actions" follow the holders."""

    holders = forms.CharField(
        label=_("Holders’ email addresses"),
        help_text=_("One address per line. Each person needs a Cylch account."),
        widget=forms.Textarea,
        required=False,
        max_length=3000,
    )
    lead = forms.EmailField(label=_("Lead holder’s email address (optional)"), required=False)
    department = forms.ModelChoiceField(
        label=_("Department"), queryset=Department.objects.all(), required=False, empty_label=_("No department")
    )
    version = forms.IntegerField(widget=forms.HiddenInput)

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


def _is_email(value: str) -> bool:
    try:
        validate_email(value)
    except forms.ValidationError:
        return False
    return True
