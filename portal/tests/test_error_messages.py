"""Every form field's error names the field and says what to enter (GOV.UK's error message guidance).

Django's own messages ("This field is required.", "Enter a valid date.", "Ensure this value has at most 200
characters…") name nothing, so an error summary repeats them word for word. This walks every form Cylch defines
and lists each field that would still show one of them.
"""

import importlib
import inspect
import pkgutil

import pytest
from django import forms
from django.utils import translation

APPS = ["accounts", "notifications", "communities", "sessions", "coaching", "clip_tracker", "portal"]

# The messages a person can meet by typing or leaving something out. Others ("Select a valid choice…") need a
# tampered request, so they stay Django's.
CHECKED_CODES = ["required", "invalid", "max_length", "min_length", "min_value", "max_value"]
# Fields whose "invalid" message can be reached by typing (a choice field's cannot).
TYPED_FIELDS = (
    forms.EmailField,
    forms.URLField,
    forms.DateField,
    forms.TimeField,
    forms.DateTimeField,
    forms.IntegerField,
    forms.DecimalField,
    forms.FloatField,
)


def _form_classes():
    found = {}
    for app in APPS:
        package = importlib.import_module(app)
        for module_info in pkgutil.walk_packages(package.__path__, prefix=f"{app}."):
            name = module_info.name
            if any(part in {"tests", "migrations", "management", "soak", "settings"} for part in name.split(".")):
                continue
            module = importlib.import_module(name)
            for _, cls in inspect.getmembers(module, inspect.isclass):
                if cls.__module__ == name and issubclass(cls, forms.BaseForm) and not inspect.isabstract(cls):
                    found[f"{name}.{cls.__name__}"] = cls
    return found


def _sign_in_form_classes():
    """The forms allauth's pages use (ours where ACCOUNT_FORMS names one): people meet these on every visit."""
    from allauth.account import app_settings
    from allauth.account import forms as allauth_forms
    from allauth.utils import get_form_class

    pages = {
        "login": allauth_forms.LoginForm,
        "signup": allauth_forms.SignupForm,
        "add_email": allauth_forms.AddEmailForm,
        "change_password": allauth_forms.ChangePasswordForm,
        "reset_password": allauth_forms.ResetPasswordForm,
        "reset_password_from_key": allauth_forms.ResetPasswordKeyForm,
    }
    return {f"allauth {page}": get_form_class(app_settings.FORMS, page, default) for page, default in pages.items()}


FORM_CLASSES = {**_form_classes(), **_sign_in_form_classes()}


def _fields(form_class) -> dict:
    """The form's fields as a person meets them: an instance where it can be made without arguments."""
    try:
        return form_class().fields
    except Exception:  # noqa: BLE001 - a form that needs its request or instance: the declared fields will do
        return form_class.base_fields


def _default_messages(field) -> dict[str, str]:
    """What Django would say for this kind of field, before any form or model changed it."""
    defaults = {}
    for klass in reversed(type(field).__mro__):
        defaults.update(getattr(klass, "default_error_messages", {}))
    defaults.update(
        {
            "max_length": "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
            "min_length": "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).",
            "min_value": "Ensure this value is greater than or equal to %(limit_value)s.",
            "max_value": "Ensure this value is less than or equal to %(limit_value)s.",
        }
    )
    return {code: str(message) for code, message in defaults.items()}


def _reachable_codes(field) -> list[str]:
    codes = []
    if field.required:
        codes.append("required")
    if isinstance(field, TYPED_FIELDS):
        codes.append("invalid")
    if getattr(field, "max_length", None):
        codes.append("max_length")
    if getattr(field, "min_length", None):
        codes.append("min_length")
    if getattr(field, "min_value", None) is not None:
        codes.append("min_value")
    if getattr(field, "max_value", None) is not None:
        codes.append("max_value")
    return codes


def test_every_app_has_forms_to_check():
    apps_with_forms = {name.split(".")[0] for name in FORM_CLASSES}
    assert {"accounts", "communities", "sessions", "coaching", "clip_tracker", "notifications"} <= apps_with_forms


@pytest.mark.django_db
@pytest.mark.parametrize("form_name", sorted(FORM_CLASSES))
def test_field_errors_say_which_field_and_what_to_enter(form_name):
    form_class = FORM_CLASSES[form_name]
    with translation.override("en"):
        fields = _fields(form_class)
        generic = {}
        for field_name, field in fields.items():
            defaults = _default_messages(field)
            for code in _reachable_codes(field):
                message = str(field.error_messages.get(code, defaults.get(code, "")))
                if not message or message == defaults.get(code):
                    generic[f"{field_name}.{code}"] = message or "(Django's validator message)"
    assert generic == {}, f"{form_name} fields still show Django's generic messages"


@pytest.mark.django_db
@pytest.mark.parametrize("form_name", sorted(FORM_CLASSES))
def test_no_two_fields_in_a_form_share_a_required_message(form_name):
    """An error summary of identical lines does not say which answers are missing."""
    with translation.override("en"):
        fields = _fields(FORM_CLASSES[form_name])
        seen = {}
        for field_name, field in fields.items():
            if field.required:
                seen.setdefault(str(field.error_messages["required"]), []).append(field_name)
    assert {message: names for message, names in seen.items() if len(names) > 1} == {}
