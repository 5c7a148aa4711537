"""allauth's forms as Cylch shows them; apart from forms.py because allauth builds its sign-up form on SignupDetailsForm.

Every field's errors name the field and say what to enter (GOV.UK's error message guidance): allauth and Django
say "This field is required." whichever box is empty, so an error summary would repeat one line."""

from allauth.account import forms as allauth_forms
from allauth.mfa.base import forms as mfa_base_forms
from allauth.mfa.totp import forms as mfa_totp_forms
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from . import services

EMAIL_ERRORS = {
    "required": _("Enter your email address"),
    "invalid": _("Enter an email address in the correct format, like name@example.gov.wales"),
    "max_length": _("Email address must be %(limit_value)d characters or fewer (you have written %(show_value)d)"),
}
NEW_PASSWORD_ERRORS = {"required": _("Enter a new password")}
NEW_PASSWORD_AGAIN_ERRORS = {"required": _("Enter the new password again, to check it")}
PASSWORDS_DIFFER = _("The passwords do not match: enter the same password in both boxes")
ALLAUTH_PASSWORDS_DIFFER = "You must type the same password each time."


def _say(form, messages: dict[str, dict]) -> None:
    """Gives each named field its own messages (fields the form does not have are skipped)."""
    for name, field_messages in messages.items():
        if name in form.fields:
            form.fields[name].error_messages.update(field_messages)


def _name_the_mismatch(form) -> None:
    """allauth's "You must type the same password each time." on password2, said in our words."""
    errors = form.errors.get("password2")
    if errors:
        form.errors["password2"] = form.error_class(
            [PASSWORDS_DIFFER if str(error) == str(_(ALLAUTH_PASSWORDS_DIFFER)) else error for error in errors]
        )


class SignupForm(allauth_forms.SignupForm):
    """allauth's sign-up form with a plain-language password hint."""

    def validate_unique_email(self, value):
        # Another account's unconfirmed extra address must not stop its real owner signing up (nor silently send
        # them an "already exists" email instead of an account).
        services.unconfirmed_email_claims_release(email=value)
        return super().validate_unique_email(value)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password1"].help_text = _(
            "Use at least 10 characters. Avoid common passwords, passwords made only of numbers "
            "and anything close to your name or email address."
        )
        _say(
            self,
            {
                "email": EMAIL_ERRORS,
                "password1": {"required": _("Enter a password")},
                "password2": {"required": _("Enter the password again, to check it")},
            },
        )

    def clean(self):
        cleaned_data = super().clean()
        _name_the_mismatch(self)
        return cleaned_data


class LoginForm(allauth_forms.LoginForm):
    """allauth's login form without the reset link inside the password hint (the page has its own)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].help_text = ""
        _say(self, {"login": EMAIL_ERRORS, "password": {"required": _("Enter your password")}})

    def clean(self):
        if not settings.PASSWORD_SIGN_IN:
            # Checked before the password, so a guess learns nothing and costs no hashing.
            raise forms.ValidationError(
                _("Sign in with your organisation’s account: signing in with a password is switched off."),
                code="password_sign_in_off",
            )
        return super().clean()


class ChangePasswordForm(allauth_forms.ChangePasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(
            self,
            {
                "oldpassword": {"required": _("Enter your current password")},
                "password1": NEW_PASSWORD_ERRORS,
                "password2": NEW_PASSWORD_AGAIN_ERRORS,
            },
        )

    def clean_oldpassword(self):
        try:
            return super().clean_oldpassword()
        except forms.ValidationError:
            raise forms.ValidationError(
                _("Your current password is not right: enter the password you sign in with now"), code="wrong"
            ) from None

    def clean(self):
        cleaned_data = super().clean()
        _name_the_mismatch(self)
        return cleaned_data


class SetPasswordForm(allauth_forms.SetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, {"password1": {"required": _("Enter a password")}, "password2": NEW_PASSWORD_AGAIN_ERRORS})

    def clean(self):
        cleaned_data = super().clean()
        _name_the_mismatch(self)
        return cleaned_data


class ResetPasswordForm(allauth_forms.ResetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, {"email": EMAIL_ERRORS})


class ResetPasswordKeyForm(allauth_forms.ResetPasswordKeyForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _say(self, {"password1": NEW_PASSWORD_ERRORS, "password2": NEW_PASSWORD_AGAIN_ERRORS})

    def clean(self):
        cleaned_data = super().clean()
        _name_the_mismatch(self)
        return cleaned_data


class AddEmailForm(allauth_forms.AddEmailForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = _("Email address")
        _say(
            self,
            {
                "email": {
                    **EMAIL_ERRORS,
                    "required": _("Enter the email address you want to add"),
                }
            },
        )


class ReauthenticateForm(allauth_forms.ReauthenticateForm):
    password = allauth_forms.PasswordField(
        label=_("Password"), autocomplete="current-password", error_messages={"required": _("Enter your password")}
    )


def _code_field(label, required_message, *, numeric=False) -> forms.CharField:
    """allauth's code box, labelled and with its "required" message said in our words (set on the class: allauth
    builds these forms with the person as an argument)."""
    attrs = {"autocomplete": "one-time-code", "spellcheck": "false", "autocapitalize": "off"}
    if numeric:
        attrs["inputmode"] = "numeric"
    return forms.CharField(
        label=label, widget=forms.TextInput(attrs=attrs), error_messages={"required": required_message}
    )


APP_OR_RECOVERY_CODE = _("Code from your authenticator app, or a recovery code")
ENTER_APP_OR_RECOVERY_CODE = _("Enter the code from your authenticator app, or a recovery code")


class AuthenticateForm(mfa_base_forms.AuthenticateForm):
    """The second step of signing in: a code from the app, or one of the recovery codes."""

    code = _code_field(APP_OR_RECOVERY_CODE, ENTER_APP_OR_RECOVERY_CODE)


class SecondFactorReauthenticateForm(mfa_base_forms.ReauthenticateForm):
    code = _code_field(APP_OR_RECOVERY_CODE, ENTER_APP_OR_RECOVERY_CODE)


class ActivateTOTPForm(mfa_totp_forms.ActivateTOTPForm):
    code = _code_field(
        _("Code from your authenticator app"), _("Enter the 6-digit code from your authenticator app"), numeric=True
    )
