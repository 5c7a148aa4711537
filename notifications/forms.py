from django import forms
from django.utils.translation import gettext_lazy as _

from .models import NotificationSettings


class NotificationSettingsForm(forms.ModelForm):
    class Meta:
        model = NotificationSettings
        fields = ["reminders", "digest", "session_changes", "calendar_invitations"]
        labels = {
            "reminders": _("Reminders of sessions you are going to"),
            "digest": _("Email digest of what is on in your communities"),
            "session_changes": _("Email me when a session I am going to changes (cancellations are always sent)"),
            "calendar_invitations": _("Send calendar invitations for sessions I’m going to"),
        }
        help_texts = {
            "calendar_invitations": _(
                "An invitation puts the session in your own calendar, and moves or removes it there when the "
                "session changes or you stop going."
            ),
        }
        widgets = {"reminders": forms.RadioSelect, "digest": forms.RadioSelect}
        error_messages = {
            "reminders": {
                "required": _("Select when you want reminders of sessions you are going to"),
                "invalid_choice": _("Select one of the reminder options"),
            },
            "digest": {
                "required": _("Select how often you want the email digest"),
                "invalid_choice": _("Select monthly, weekly or never for the email digest"),
            },
        }
