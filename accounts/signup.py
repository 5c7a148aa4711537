"""allauth's sign-up form, kept apart from forms.py because allauth builds it on top of SignupDetailsForm."""

from allauth.account import forms as allauth_forms
from django.utils.translation import gettext_lazy as _


class SignupForm(allauth_forms.SignupForm):
    """allauth's sign-up form with a plain-language password hint."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password1"].help_text = _(
            "Use at least 10 characters. Avoid common passwords, passwords made only of numbers "
            "and anything close to your name or email address."
        )
