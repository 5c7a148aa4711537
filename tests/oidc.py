"""A real OpenID Connect provider for the sign-in tests: panva's certified oidc-provider (tests/js/oidc_provider.mjs)
run by node on loopback, and a person at its pages played by ``requests``.

``running_provider(clients=..., accounts=...)`` starts it and yields its issuer; ``provider_sign_in`` follows an
authorization URL through the provider's sign-in and consent pages to the redirect back to the client.
"""

import json
import re
import shutil
import subprocess
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urljoin

import requests

from conftest import skip_or_fail

JS_DIR = Path(__file__).resolve().parent / "js"
SCRIPT = JS_DIR / "oidc_provider.mjs"
CLIENT_ID = "cylch"
CLIENT_SECRET = "cylch-test-secret-long-enough-for-hs256-0123456789"
PROVIDER_ID = "testidp"
LABEL = "Test body account"
LABEL_CY = "Cyfrif y corff prawf"
STARTUP_SECONDS = 20


def callback_url(base_url: str, provider_id: str = PROVIDER_ID) -> str:
    """Where the provider sends the person back: outside the language prefix (portal/urls.py)."""
    return f"{base_url.rstrip('/')}/accounts/oidc/{provider_id}/login/callback/"


def client(redirect_uri: str, *, client_id: str = CLIENT_ID, client_secret: str = CLIENT_SECRET, **metadata) -> dict:
    return {"client_id": client_id, "client_secret": client_secret, "redirect_uris": [redirect_uri], **metadata}


def account(email: str, *, name: str, verified: bool = True, amr: list[str] | None = None, sub: str = "") -> dict:
    claims = {"sub": sub or email.partition("@")[0], "email": email, "email_verified": verified, "name": name}
    if amr is not None:
        claims["amr"] = amr
    return claims


def cylch_settings(settings, issuer: str, *, provider_id: str = PROVIDER_ID) -> None:
    """Points Cylch at the provider through portal/settings/sso.py, as SSO_PROVIDERS in the environment would:
    allauth's providers, the sign-in page's button and the content security policy's form-action."""
    import copy
    import os
    from unittest import mock

    import environ

    from portal.settings.sso import sign_in_providers

    prefix = "OIDC_" + provider_id.upper().replace("-", "_") + "_"
    variables = {
        "SSO_PROVIDERS": provider_id,
        prefix + "ISSUER": issuer,
        prefix + "CLIENT_ID": CLIENT_ID,
        prefix + "CLIENT_SECRET": CLIENT_SECRET,
        prefix + "LABEL": LABEL,
        prefix + "LABEL_CY": LABEL_CY,
        prefix + "DOMAINS": "*",  # the tests' people are at several domains; one test narrows it
    }
    with mock.patch.dict(os.environ, variables):
        providers, buttons, origins = sign_in_providers(environ.Env())
    settings.SOCIALACCOUNT_PROVIDERS = providers
    settings.CYLCH_SIGN_IN_PROVIDERS = buttons
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    policy["DIRECTIVES"]["form-action"] = ["'self'", *origins]
    settings.CONTENT_SECURITY_POLICY = policy


@contextmanager
def running_provider(*, clients: list[dict], accounts: dict[str, dict]):
    """Starts tests/js/oidc_provider.mjs on a free loopback port; yields its issuer, stops it after."""
    node = shutil.which("node")
    if not node or not (JS_DIR / "node_modules" / "oidc-provider").exists():
        skip_or_fail("node and tests/js/node_modules/oidc-provider are needed (cd tests/js && npm ci)")
    env = {
        "PATH": str(Path(node).parent),
        "OIDC_CLIENTS": json.dumps(clients),
        "OIDC_ACCOUNTS": json.dumps(accounts),
    }
    process = subprocess.Popen(
        [node, str(SCRIPT), "0"],
        cwd=JS_DIR,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # stderr is read in the background, so a chatty provider never blocks on a full pipe.
    errors: list[str] = []
    threading.Thread(target=lambda: errors.extend(process.stderr), daemon=True).start()
    first_line: list[str] = []
    reader = threading.Thread(target=lambda: first_line.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(STARTUP_SECONDS)
    try:
        line = first_line[0] if first_line else ""
        if not line.startswith("ready "):
            process.kill()
            process.wait(5)
            raise RuntimeError(f"oidc_provider.mjs did not start: {line!r} {''.join(errors)[-2000:]}")
        yield line.split()[1]
    finally:
        if process.poll() is None:
            process.stdin.close()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)


FORM_ACTION = re.compile(r'<form method="post" action="([^"]+)"')


def provider_sign_in(
    authorization_url: str,
    *,
    redirect_uri: str,
    login: str,
    browser: requests.Session | None = None,
    max_steps: int = 12,
) -> str:
    """Follows the provider's redirects as a browser would, signing in as ``login`` and allowing access when asked;
    returns the URL the provider finally sends the person to (the client's ``redirect_uri``, with code and state).
    Pass the same ``browser`` again to come back with the provider's session cookie."""
    browser = browser or requests.Session()
    response = browser.get(authorization_url, allow_redirects=False, timeout=10)
    for _ in range(max_steps):
        if response.is_redirect:
            location = urljoin(response.url, response.headers["Location"])
            if location.startswith(redirect_uri):
                return location
            response = browser.get(location, allow_redirects=False, timeout=10)
            continue
        response.raise_for_status()
        match = FORM_ACTION.search(response.text)
        if match is None:
            raise AssertionError(f"The provider showed no form: {response.text[:1000]}")
        action = urljoin(response.url, match.group(1))
        answer = {"login": login, "password": "any password"} if action.endswith("/login") else {}
        response = browser.post(action, data=answer, allow_redirects=False, timeout=10)
    raise AssertionError(f"The provider never sent the person back to {redirect_uri}")
