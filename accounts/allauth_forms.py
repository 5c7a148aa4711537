"""allauth's forms as Cylch shows them; apart from forms.py because allauth builds its sign-up form on SignupDetailsForm."""

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


class LoginForm(allauth_forms.LoginForm):
    """allauth's login form without the reset link inside the password hint (the page has its own)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].help_text = ""
