from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User


class SignupDetailsForm(forms.Form):
    """Extra fields on allauth's sign-up form."""

    display_name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        help_text=_("How other people in Cylch will see you."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    job_title = forms.CharField(
        label=_("Job title or role"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    team = forms.CharField(label=_("Team"), max_length=200, required=False)

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


class AccountDeleteForm(forms.Form):
    """Deleting an account cannot be undone, so the person types their own email address to confirm."""

    email = forms.CharField(
        label=_("To confirm, type your email address"),
        max_length=254,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, *args, user: User, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_email(self):
        typed = self.cleaned_data["email"].strip()
        if typed.casefold() != self.user.email.casefold():
            raise forms.ValidationError(_("Type the email address you sign in with, exactly as shown above."))
        return typed
