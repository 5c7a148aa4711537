from django import forms
from django.core.validators import validate_email
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from communities.models import Topic
from portal.bilingual import localised
from portal.dates import Weekday, date_input, time_input
from portal.field_errors import text_limit

from .models import DAYS, DO_NOT_PAIR_LIMIT, SLOTS, CoachingProfile, Frequency, Mode
from .phrases import slot_words


class CoachingProfileForm(forms.ModelForm):
    modes = forms.MultipleChoiceField(
        label=_("Ways you could meet"),
        choices=Mode.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Select at least one way you could meet")},
    )
    availability = forms.MultipleChoiceField(
        label=_("When you are usually free"),
        choices=[(slot, slot) for slot in SLOTS],
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose every time that could work; you will agree one later."),
        error_messages={"required": _("Select at least one time when you are usually free")},
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics you would like to think about"),
        queryset=Topic.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    do_not_pair_emails = forms.CharField(
        label=_("People you would rather not be paired with (optional)"),
        required=False,
        widget=forms.Textarea,
        max_length=DO_NOT_PAIR_LIMIT * 256,
        help_text=_(
            "Up to 20 email addresses, one per line. Nobody is told, and we keep them only in a scrambled "
            "form, so we cannot show them back to you: leave this empty to keep your list as it is, or "
            "enter the whole list again to replace it."
        ),
    )
    clear_do_not_pair = forms.BooleanField(label=_("Empty my list"), required=False)

    class Meta:
        model = CoachingProfile
        fields = [
            "grade",
            "field",
            "reflect_on",
            "modes",
            "region",
            "language",
            "availability",
            "frequency",
            "topics",
            "paused_until",
        ]
        labels = {
            "grade": _("Your grade or level"),
            "field": _("Your profession or field"),
            "reflect_on": _("What would you like to reflect on? (optional)"),
            "region": _("Where you are based"),
            "language": _("Language for your conversations"),
            "frequency": _("How often you would like to meet"),
            "paused_until": _("Pause matching until (optional)"),
        }
        widgets = {
            "region": forms.RadioSelect,
            "language": forms.RadioSelect,
            "frequency": forms.RadioSelect,
            "paused_until": date_input(),
        }
        error_messages = {
            "grade": {"required": _("Select your grade or level")},
            "field": {"required": _("Select your profession or field")},
            "region": {"required": _("Select where you are based")},
            "language": {"required": _("Select the language for your conversations")},
            "frequency": {"required": _("Select how often you would like to meet")},
            "paused_until": {
                "invalid": _("Enter the date to pause matching until as a real date, for example 2027-03-27")
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        text_limit(self.fields["do_not_pair_emails"], name=_("The list of people not to be paired with"))
        if self.fields["reflect_on"].max_length:
            text_limit(self.fields["reflect_on"], name=_("What you would like to reflect on"))
        self.fields["availability"].choices = [(slot, slot_words(slot)) for slot in SLOTS]
        # Each topic by its name in the page's language.
        self.fields["topics"].label_from_instance = lambda topic: localised(topic, "name").text
        kept = len(self.instance.do_not_pair_fingerprints)
        if kept:
            # Said beside the box that changes it: the only thing we can show of a list we keep scrambled.
            self.fields["clear_do_not_pair"].help_text = ngettext(
                "Your list holds %(count)s address.", "Your list holds %(count)s addresses.", kept
            ) % {"count": kept}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("clear_do_not_pair") and cleaned.get("do_not_pair_emails"):
            self.add_error(
                "clear_do_not_pair",
                _("Either empty your list or give the addresses of a new one, not both."),
            )
        return cleaned

    def clean_do_not_pair_emails(self):
        """The addresses as typed, checked only for shape: whether anyone uses them is never looked up here."""
        lines = [line.strip() for line in self.cleaned_data["do_not_pair_emails"].splitlines() if line.strip()]
        if len(lines) > DO_NOT_PAIR_LIMIT:
            raise forms.ValidationError(
                _("Give at most %(limit)s addresses; you gave %(count)s.")
                % {"limit": DO_NOT_PAIR_LIMIT, "count": len(lines)}
            )
        not_addresses = []
        for line in lines:
            try:
                validate_email(line)
            except forms.ValidationError:
                not_addresses.append(line)
        if not_addresses:
            raise forms.ValidationError(
                _("These are not email addresses: %(lines)s") % {"lines": ", ".join(not_addresses[:5])}
            )
        if self.instance.user_id and self.instance.user.email.lower() in {line.lower() for line in lines}:
            raise forms.ValidationError(_("Your own address cannot be on your list: we never pair you with yourself."))
        return [line.lower() for line in lines]

    def clean_paused_until(self):
        paused_until = self.cleaned_data["paused_until"]
        if paused_until and paused_until < timezone.localdate():
            raise forms.ValidationError(_("The pause must end today or later."))
        return paused_until


class MeetingForm(forms.Form):
    """The date of a meeting that has happened: not before the pair was made, and not in the future."""

    held_on = forms.DateField(
        label=_("Date of the meeting"),
        widget=date_input(),
        error_messages={
            "required": _("Enter the date of the meeting, for example 2027-03-27"),
            "invalid": _("Enter the date of the meeting as a real date, for example 2027-03-27"),
        },
    )

    def __init__(self, *args, pair=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.pair = pair

    def clean_held_on(self):
        held_on = self.cleaned_data["held_on"]
        if held_on > timezone.localdate():
            raise forms.ValidationError(
                _("The meeting date must be today or earlier: record a meeting once it has happened")
            )
        if self.pair is not None:
            paired_on = timezone.localtime(self.pair.created_at).date()
            if held_on < paired_on:
                raise forms.ValidationError(
                    _("The meeting date must be on or after %(date)s, the day you were paired")
                    % {"date": formats.date_format(paired_on, "j F Y")}
                )
        return held_on


class RhythmForm(forms.Form):
    rhythm = forms.CharField(
        label=_("Your agreed rhythm"),
        max_length=200,
        help_text=_("For example “every other Tuesday, 9:30 to 11:00, by video”."),
        error_messages={"required": _("Enter your agreed rhythm in a few words, for example “every other Tuesday”")},
    )
    slot_day = forms.ChoiceField(
        label=_("Day, for your calendar (optional)"),
        required=False,
        choices=[("", _("No fixed day"))] + [(d, Weekday(d).label) for d in DAYS],
    )
    slot_time = forms.TimeField(
        label=_("Start time, UK time (optional)"),
        required=False,
        widget=time_input(),
        error_messages={"invalid": _("Enter the start time as a time of day, for example 09:30")},
    )
    slot_every = forms.ChoiceField(
        label=_("How often (optional)"), required=False, choices=[("", _("Not fixed"))] + list(Frequency.choices)
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        text_limit(self.fields["rhythm"], name=_("Your agreed rhythm"))

    def clean(self):
        cleaned = super().clean()
        given = {name: bool(cleaned.get(name)) for name in ("slot_day", "slot_time", "slot_every")}
        if any(given.values()) and not all(given.values()):
            # Said beside each part still missing, so the person sees which one to fill in.
            missing = {
                "slot_day": _("Select the day as well, for a calendar file (or clear the time and how often)"),
                "slot_time": _("Enter the start time as well, for a calendar file (or clear the day and how often)"),
                "slot_every": _("Select how often as well, for a calendar file (or clear the day and the time)"),
            }
            for name, is_given in given.items():
                if not is_given and name not in self.errors:
                    self.add_error(name, missing[name])
        return cleaned


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("A private note"),
        widget=forms.Textarea,
        max_length=4000,
        help_text=_("Only you will ever see this. Notes are kept, not edited."),
        error_messages={"required": _("Write your private note before saving it")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        text_limit(self.fields["text"], name=_("Your private note"))
