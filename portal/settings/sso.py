"""Single sign-on providers, read from the environment (README, "Signing in with an organisation's account").

``SSO_PROVIDERS`` names each OpenID Connect provider (one per public body, say ``SSO_PROVIDERS=gov,nrw``); each
name has its own ``OIDC_<NAME>_ISSUER``, ``_CLIENT_ID``, ``_CLIENT_SECRET``, ``_LABEL`` and ``_LABEL_CY``.
``MICROSOFT_CLIENT_ID`` adds allauth's Microsoft provider, multi-tenant (``MICROSOFT_TENANT``, "organizations"
by default: any Entra ID work account, no personal accounts).
"""

import re

PROVIDER_NAME = re.compile(r"^[a-z][a-z0-9-]{0,29}$")


def _provider_id_checked(name: str) -> str:
    if not PROVIDER_NAME.match(name):
        raise ValueError(
            f"SSO_PROVIDERS: {name!r} is not a provider name (lower-case letters, digits and hyphens, "
            "starting with a letter, at most 30)."
        )
    return name


def sign_in_providers(env) -> tuple[dict, list[dict]]:
    """allauth's SOCIALACCOUNT_PROVIDERS, and the sign-in page's buttons (id, login URL name, labels)."""
    providers: dict = {}
    buttons: list[dict] = []
    oidc_apps = []
    for name in env.list("SSO_PROVIDERS", default=[]):
        provider_id = _provider_id_checked(name.strip().lower())
        prefix = "OIDC_" + provider_id.upper().replace("-", "_") + "_"
        label = env.str(prefix + "LABEL", default=provider_id)
        oidc_apps.append(
            {
                "provider_id": provider_id,
                "name": label,
                "client_id": env.str(prefix + "CLIENT_ID"),
                "secret": env.str(prefix + "CLIENT_SECRET"),
                "settings": {"server_url": env.str(prefix + "ISSUER").rstrip("/"), "oauth_pkce_enabled": True},
            }
        )
        buttons.append(
            {
                "provider": "openid_connect",
                "provider_id": provider_id,
                "label": label,
                "label_cy": env.str(prefix + "LABEL_CY", default=label),
            }
        )
    if oidc_apps:
        providers["openid_connect"] = {"APPS": oidc_apps, "OAUTH_PKCE_ENABLED": True}
    if microsoft_client_id := env.str("MICROSOFT_CLIENT_ID", default=""):
        label = env.str("MICROSOFT_LABEL", default="Microsoft work account")
        providers["microsoft"] = {
            "APPS": [
                {
                    "client_id": microsoft_client_id,
                    "secret": env.str("MICROSOFT_CLIENT_SECRET"),
                    "settings": {"tenant": env.str("MICROSOFT_TENANT", default="organizations")},
                }
            ],
            "OAUTH_PKCE_ENABLED": True,
        }
        buttons.append(
            {
                "provider": "microsoft",
                "provider_id": "microsoft",
                "label": label,
                "label_cy": env.str("MICROSOFT_LABEL_CY", default="Cyfrif gwaith Microsoft"),
            }
        )
    return providers, buttons
