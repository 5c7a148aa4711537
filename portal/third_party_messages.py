"""Messages that Django and django-allauth show on Cylch's pages but do not translate into Welsh.

Listing them here puts them in our own catalogue, which takes precedence, so
forms and errors from those libraries appear in Welsh. Never imported at run time.
"""

from django.utils.translation import gettext_noop, ngettext

ALLAUTH_MESSAGES = [
    gettext_noop("The email address and/or password you specified are not correct."),
    gettext_noop("Please type your current password."),
    gettext_noop("Incorrect password."),
    gettext_noop("The password reset token was invalid."),
    gettext_noop("Too many failed login attempts. Try again later."),
    gettext_noop("Be patient, you are sending too many requests."),
    gettext_noop("You must type the same password each time."),
    gettext_noop("Remember Me"),
    gettext_noop("Email"),
    gettext_noop("Password"),
    gettext_noop("Password (again)"),
    gettext_noop("Current Password"),
    gettext_noop("New Password"),
    gettext_noop("New Password (again)"),
    gettext_noop("This account is currently inactive."),
    gettext_noop("Invalid or expired key."),
    gettext_noop("Forgot your password?"),
]

DJANGO_AUTH_MESSAGES = [
    gettext_noop("The password is too similar to the %(verbose_name)s."),
    gettext_noop("This password is too common."),
    gettext_noop("This password is entirely numeric."),
    # The hints Django lists under a new-password field.
    gettext_noop("Your password can’t be too similar to your other personal information."),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("Your password can’t be entirely numeric."),
]


def _plural_messages():
    ngettext(
        "This password is too short. It must contain at least %(min_length)d character.",
        "This password is too short. It must contain at least %(min_length)d characters.",
        0,
    )
    # Django's current wording of the short-password error, and its hint.
    ngettext(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        0,
    )
    ngettext(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        0,
    )
