"""The sign-in tests' identity provider: a real OpenID Connect provider on loopback (tests/oidc.py)."""

from contextlib import ExitStack

import pytest

from tests.oidc import callback_url, client, cylch_settings, running_provider

TEST_CLIENT_BASE_URL = "http://testserver"


@pytest.fixture
def oidc_provider(settings):
    """Starts the provider with Cylch's client (redirecting to the test client's callback) and the accounts given,
    points Cylch's settings at it and returns its issuer; ``other_clients`` registers more clients beside Cylch."""
    with ExitStack() as running:

        def start(*, accounts: dict[str, dict], other_clients: tuple[dict, ...] = ()) -> str:
            clients = [client(callback_url(TEST_CLIENT_BASE_URL)), *other_clients]
            issuer = running.enter_context(running_provider(clients=clients, accounts=accounts))
            cylch_settings(settings, issuer)
            return issuer

        yield start
