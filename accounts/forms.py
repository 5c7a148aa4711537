from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User

# Each message names the field and says what to enter; an over-long answer is kept in the form, with its length.
NAME_ERRORS = {
    "required": _("Enter your name"),
    "max_length": _("Your name must be %(limit_value)d characters or fewer (you have written %(show_value)d)"),
}
ORGANISATION_ERRORS = {
    "max_length": _("Organisation must be %(limit_value)d characters or fewer (you have written %(show_value)d)"),
}
JOB_TITLE_ERRORS = {
    "max_length": _("Job title or role must be %(limit_value)d characters or fewer (you have written %(show_value)d)"),
}
TEAM_ERRORS = {
    "max_length": _("Team must be %(limit_value)d characters or fewer (you have written %(show_value)d)"),
}


class SignupDetailsForm(forms.Form):
    """Extra fields on allauth's sign-up form."""

    display_name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        help_text=_("How other people in Cylch will see you."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages=NAME_ERRORS,
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages=ORGANISATION_ERRORS,
    )
    job_title = forms.CharField(
        label=_("Job title or role"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
        error_messages=JOB_TITLE_ERRORS,
    )
    team = forms.CharField(label=_("Team"), max_length=200, required=False, error_messages=TEAM_ERRORS)

    def signup(self, request, user):
        from .services import user_signup_details_save

        user_signup_details_save(
            user=user,
            details=self.cleaned_data,
            language=getattr(request, "LANGUAGE_CODE", "en"),
        )


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "organisation", "job_title", "team", "preferred_language"]
        labels = {
            "display_name": _("Your name"),
            "organisation": _("Organisation"),
            "job_title": _("Job title or role"),
            "team": _("Team"),
            "preferred_language": _("Language for pages and emails"),
        }
        widgets = {"preferred_language": forms.RadioSelect}
        error_messages = {
            "display_name": NAME_ERRORS,
            "organisation": ORGANISATION_ERRORS,
            "job_title": JOB_TITLE_ERRORS,
            "team": TEAM_ERRORS,
            "preferred_language": {
                "required": _("Select the language for pages and emails"),
                "invalid_choice": _("Select English or Welsh as the language for pages and emails"),
            },
        }


class AccountDeleteForm(forms.Form):
    """Deleting an account cannot be undone, so the person types their own email address to confirm."""

    email = forms.CharField(
        label=_("To confirm, type your email address"),
        max_length=254,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        error_messages={
            "required": _("Enter your email address to confirm that you want to delete your account"),
            "max_length": _("Enter the email address you sign in with, exactly as shown above"),
        },
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_email(self):
        typed = self.cleaned_data["email"].strip()
        if typed.casefold() != self.user.email.casefold():
            raise forms.ValidationError(_("Type the email address you sign in with, exactly as shown above."))
        return typed
