from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation

register = template.Library()


@register.simple_tag
def organisation_sign_in_buttons() -> list[dict]:
    """The configured identity providers (portal/settings/sso.py): each button's label in the page's language and
    the address its form posts to."""
    welsh = translation.get_language() == "cy"
    buttons = []
    for provider in settings.CYLCH_SIGN_IN_PROVIDERS:
        if provider["provider"] == "openid_connect":
            url = reverse("openid_connect_login", kwargs={"provider_id": provider["provider_id"]})
        else:
            url = reverse(f"{provider['provider']}_login")
        buttons.append(
            {
                "provider_id": provider["provider_id"],
                "label": provider["label_cy"] if welsh else provider["label"],
                "login_url": url,
            }
        )
    return buttons


@register.simple_tag
def password_sign_in_on() -> bool:
    return settings.PASSWORD_SIGN_IN


@register.simple_tag(takes_context=True)
def sign_in_security(context) -> dict:
    from accounts.selectors import sign_in_security_for

    return sign_in_security_for(user=context["request"].user)


@register.filter
def in_groups_of_four(key: str) -> str:
    """An authenticator key as people copy it: "CYLC HDEM OAUT …" (apps ignore the spaces)."""
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))
