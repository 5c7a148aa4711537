from django import forms
from django.utils.translation import gettext_lazy as _

from portal.bilingual import localised
from portal.dates import Weekday
from portal.field_errors import text_limit
from portal.rich_text import RICH_TEXT_HELP, limit_rich_text

from .models import Community, Topic


class TopicChoiceField(forms.ModelMultipleChoiceField):
    """Topics labelled in the page's language (Welsh where the topic has a Welsh name)."""

    def label_from_instance(self, obj):
        return localised(obj, "name").text


# Each field's messages name the field and say what to enter (GOV.UK's error message guidance).
COMMUNITY_TOO_LONG = {
    "name": _("Name (English) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"),
    "name_cy": _("Name (Welsh) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"),
    "summary": _(
        "Short summary (English) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
    ),
    "summary_cy": _(
        "Short summary (Welsh) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
    ),
    "description": _(
        "Description (English) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
    ),
    "description_cy": _(
        "Description (Welsh) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
    ),
    "purpose": _(
        "Purpose and goals (English) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
    ),
    "purpose_cy": _(
        "Purpose and goals (Welsh) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
    ),
    "cadence": _(
        "When it meets (English) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
    ),
    "cadence_cy": _(
        "When it meets (Welsh) must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
    ),
    "location": _("Location must be %(limit_value)s characters or fewer (you have written %(show_value)s)"),
    "contact_email": _("Contact email must be %(limit_value)s characters or fewer (you have written %(show_value)s)"),
}
COMMUNITY_REQUIRED = {
    "name": _("Enter the community’s name in English"),
    "summary": _("Enter a short summary of the community in English"),
    "platform": _("Select the platform the community meets on"),
    "meeting_language": _("Select the language of the community’s meetings"),
    "join_policy": _("Select who can join the community"),
    "visibility": _("Select whether the community is listed in the directory"),
    "status": _("Select the community’s status"),
}
COMMUNITY_INVALID_CHOICE = {
    "meeting_days": _("Select the days the community usually meets from the list"),
    "topics": _("Select topics from the list"),
}


class CommunityForm(forms.ModelForm):
    """What hosts (and coordinators) edit about a community."""

    meeting_days = forms.MultipleChoiceField(
        label=_("Days it usually meets"), choices=Weekday.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    topics = TopicChoiceField(
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
        error_messages = {
            "contact_email": {
                "invalid": _("Enter the contact email address in the correct format, like name@example.org")
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("description", "description_cy", "purpose", "purpose_cy"):
            limit_rich_text(self.fields[name])
        for name, message in COMMUNITY_TOO_LONG.items():
            text_limit(self.fields[name], message=message)
        for name, message in COMMUNITY_REQUIRED.items():
            self.fields[name].error_messages["required"] = message
        for name, message in COMMUNITY_INVALID_CHOICE.items():
            self.fields[name].error_messages["invalid_choice"] = message
        if self.instance.pk:
            self.initial["meeting_days"] = self.instance.meeting_day_codes

    def clean_meeting_days(self):
        chosen = self.cleaned_data["meeting_days"]
        return ",".join(code for code in Weekday.values if code in chosen)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("platform") in ("in_person", "hybrid") and not cleaned.get("location", "").strip():
            self.add_error(
                "location", _("Enter where the community meets in person, for example the building and town")
            )
        return cleaned


class SuggestionForm(forms.Form):
    name = forms.CharField(
        label=_("Name for the community"),
        max_length=150,
        error_messages={"required": _("Enter a name for the community")},
    )
    description = forms.CharField(
        label=_("What would it be for?"),
        help_text=_("Who it is for, and what people would learn or do together."),
        widget=forms.Textarea,
        max_length=4000,
        error_messages={"required": _("Enter what the community would be for")},
    )
    preferred_cadence = forms.CharField(
        label=_("When could it meet? (optional)"),
        max_length=200,
        required=False,
        help_text=_("For example “monthly, Tuesday lunchtimes”."),
    )
    willing_to_host = forms.BooleanField(label=_("I would be willing to host it"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        text_limit(
            self.fields["name"],
            message=_(
                "Name for the community must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
            ),
        )
        text_limit(
            self.fields["description"],
            message=_(
                "What it would be for must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
            ),
        )
        text_limit(
            self.fields["preferred_cadence"],
            message=_(
                "When it could meet must be %(limit_value)s characters or fewer (you have written %(show_value)s)"
            ),
        )
