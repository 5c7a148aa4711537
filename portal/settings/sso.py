"""Single sign-on providers, read from the environment (README, "Signing in with an organisation's account").

``SSO_PROVIDERS`` names each OpenID Connect provider (one per public body, say ``SSO_PROVIDERS=gov,nrw``); each
name has its own ``OIDC_<NAME>_ISSUER``, ``_CLIENT_ID``, ``_CLIENT_SECRET``, ``_LABEL``, ``_LABEL_CY`` and
``_DOMAINS`` (required: the email domains that body vouches for, so one body's provider cannot sign in another's
people; "*" for any).
``MICROSOFT_CLIENT_ID`` adds allauth's Microsoft provider, multi-tenant (``MICROSOFT_TENANT``, "organizations"
by default: any Entra ID work account, no personal accounts).
"""

import re
from urllib.parse import urlsplit

PROVIDER_NAME = re.compile(r"^[a-z][a-z0-9-]{0,29}$")


def _provider_id_checked(name: str) -> str:
    if not PROVIDER_NAME.match(name):
        raise ValueError(
            f"SSO_PROVIDERS: {name!r} is not a provider name (lower-case letters, digits and hyphens, "
            "starting with a letter, at most 30)."
        )
    return name


def _issuer_checked(name: str, issuer: str) -> str:
    """https only (loopback excepted, for the test suite's provider): allauth trusts an ID token it fetched itself
    without checking its signature, which is safe only over TLS."""
    parts = urlsplit(issuer)
    loopback = parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1")
    if not parts.netloc or not (parts.scheme == "https" or loopback):
        raise ValueError(f"OIDC_{name.upper()}_ISSUER must be an https:// address, not {issuer!r}.")
    return issuer.rstrip("/")


def _vouched_for(name: str, domains: list[str]) -> list[str]:
    """OIDC_<NAME>_DOMAINS, required: each domain as written ("gov.wales"; "*.gov.wales" for its subdomains too),
    or "*" for any (a provider serving many bodies). Without it a provider could link itself to any account."""
    domains = [d.strip().lower().lstrip("@") for d in domains if d.strip()]
    if not domains:
        raise ValueError(
            f"OIDC_{name.upper()}_DOMAINS must name the email domains this provider vouches for "
            '(e.g. "gov.wales,llyw.cymru"), or be "*" for any.'
        )
    return [] if "*" in domains else domains


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def sign_in_providers(env) -> tuple[dict, list[dict], list[str]]:
    """allauth's SOCIALACCOUNT_PROVIDERS, the sign-in page's buttons (provider, id, labels), and the providers'
    origins, which the sign-in form is redirected to (the content security policy's form-action)."""
    providers: dict = {}
    buttons: list[dict] = []
    origins: list[str] = []
    oidc_apps = []
    for name in env.list("SSO_PROVIDERS", default=[]):
        provider_id = _provider_id_checked(name.strip().lower())
        prefix = "OIDC_" + provider_id.upper().replace("-", "_") + "_"
        label = env.str(prefix + "LABEL", default=provider_id)
        issuer = _issuer_checked(provider_id, env.str(prefix + "ISSUER"))
        origins.append(_origin(issuer))
        oidc_apps.append(
            {
                "provider_id": provider_id,
                "name": label,
                "client_id": env.str(prefix + "CLIENT_ID"),
                "secret": env.str(prefix + "CLIENT_SECRET"),
                "settings": {
                    "server_url": issuer,
                    "oauth_pkce_enabled": True,
                    # The addresses this body vouches for; others it may not sign in or link.
                    "domains": _vouched_for(provider_id, env.list(prefix + "DOMAINS", default=[])),
                },
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
        origins.append("https://login.microsoftonline.com")
        providers["microsoft"] = {
            "APPS": [
                {
                    "client_id": microsoft_client_id,
                    "secret": env.str("MICROSOFT_CLIENT_SECRET"),
                    "settings": {
                        "tenant": env.str("MICROSOFT_TENANT", default="organizations"),
                        "domains": [d.lower().lstrip("@") for d in env.list("MICROSOFT_DOMAINS", default=[])],
                    },
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
    return providers, buttons, sorted(set(origins))
