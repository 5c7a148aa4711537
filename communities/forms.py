from django import forms
from django.utils.translation import gettext_lazy as _

from portal.dates import Weekday
from portal.rich_text import RICH_TEXT_HELP, limit_rich_text

from .models import Community, Topic


class CommunityForm(forms.ModelForm):
    """What hosts (and coordinators) edit about a community."""

    meeting_days = forms.MultipleChoiceField(
        label=_("Days it usually meets"), choices=Weekday.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"), queryset=Topic.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Community
        fields = [
            "name",
            "name_cy",
            "summary",
            "summary_cy",
            "description",
            "description_cy",
            "purpose",
            "purpose_cy",
            "cadence",
            "cadence_cy",
            "meeting_days",
            "platform",
            "location",
            "meeting_language",
            "contact_email",
            "topics",
            "join_policy",
            "visibility",
            "status",
        ]
        widgets = {
            "platform": forms.RadioSelect,
            "meeting_language": forms.RadioSelect,
            "join_policy": forms.RadioSelect,
            "visibility": forms.RadioSelect,
            "status": forms.RadioSelect,
        }
        help_texts = {
            "name_cy": _("Leave blank if there is no Welsh version yet; the English text will be shown with a note."),
            "cadence": _("In plain words, e.g. “Monthly on Teams, Wednesdays 4–5pm”."),
            "description": RICH_TEXT_HELP,
            "description_cy": RICH_TEXT_HELP,
            "purpose": RICH_TEXT_HELP,
            "purpose_cy": RICH_TEXT_HELP,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("description", "description_cy", "purpose", "purpose_cy"):
            limit_rich_text(self.fields[name])
        if self.instance.pk:
            self.initial["meeting_days"] = self.instance.meeting_day_codes

    def clean_meeting_days(self):
        chosen = self.cleaned_data["meeting_days"]
        return ",".join(code for code in Weekday.values if code in chosen)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("platform") in ("in_person", "hybrid") and not cleaned.get("location", "").strip():
            self.add_error("location", _("Say where the community meets in person."))
        return cleaned


class SuggestionForm(forms.Form):
    name = forms.CharField(label=_("Name for the community"), max_length=150)
    description = forms.CharField(
        label=_("What would it be for?"),
        help_text=_("Who it is for, and what people would learn or do together."),
        widget=forms.Textarea,
        max_length=4000,
    )
    preferred_cadence = forms.CharField(
        label=_("When could it meet? (optional)"),
        max_length=200,
        required=False,
        help_text=_("For example “monthly, Tuesday lunchtimes”."),
    )
    willing_to_host = forms.BooleanField(label=_("I would be willing to host it"), required=False)
