from django import forms
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from portal.rich_text import RICH_TEXT_HELP

from . import importing
from .models import Status


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
    """A CSV of actions; ``cleaned_data["file"]`` is its text. Too big a file is refused before it is read."""

    file = forms.FileField(
        label=_("CSV file"),
        error_messages={"required": _("Choose a CSV file to import.")},
        help_text=_("Saved as UTF-8, up to 1 MB and 1,000 actions."),
        widget=forms.FileInput(attrs={"accept": ".csv,text/csv"}),
    )
    # Sent back by the page of a dry run: the version of each action it saw, so a save can tell who changed one since.
    checked = forms.CharField(required=False, widget=forms.HiddenInput, max_length=100_000)

    def clean_checked(self) -> dict[str, int] | None:
        return importing.versions_unsigned(self.cleaned_data["checked"]) if self.cleaned_data["checked"] else None

    def clean_file(self):
        upload = self.cleaned_data["file"]
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
