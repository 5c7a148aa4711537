from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Status


class UpdateForm(forms.Form):
    narrative = forms.CharField(label=_("Progress this period (English)"), widget=forms.Textarea, max_length=6000)
    narrative_cy = forms.CharField(label=_("Progress this period (Welsh, optional)"), widget=forms.Textarea,
                                   max_length=6000, required=False)
    proposed_status = forms.ChoiceField(label=_("Status you propose (optional)"), required=False,
                                        choices=[("", _("No change"))] + list(Status.choices))
    corrects = forms.TypedChoiceField(label=_("This corrects an earlier update (optional)"), required=False,
                                      coerce=int, empty_value=None, choices=[])

    def __init__(self, *args, earlier_updates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["corrects"].choices = [("", _("Not a correction"))] + [
            (update.pk, f"{update.created_at:%d/%m/%Y} – {update.narrative[:60]}") for update in earlier_updates
        ]


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=Status.choices)
    reason = forms.CharField(label=_("Why is it changing?"), widget=forms.Textarea, max_length=2000)
    merged_into = forms.CharField(label=_("Merged into action number (only for “merged”)"), max_length=10,
                                  required=False)
    version = forms.IntegerField(widget=forms.HiddenInput)
