"""portal/settings/sso.py: several organisations' providers from the environment at once."""

import environ
import pytest

from portal.settings.sso import sign_in_providers


def read(monkeypatch, variables: dict):
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    return sign_in_providers(environ.Env())


def test_several_providers_each_with_its_button_and_origin(monkeypatch):
    providers, buttons, origins = read(
        monkeypatch,
        {
            "SSO_PROVIDERS": "gov,nrw",
            "OIDC_GOV_ISSUER": "https://login.microsoftonline.com/1111/v2.0/",
            "OIDC_GOV_CLIENT_ID": "gov-client",
            "OIDC_GOV_CLIENT_SECRET": "gov-secret",
            "OIDC_GOV_LABEL": "Welsh Government account",
            "OIDC_GOV_LABEL_CY": "Cyfrif Llywodraeth Cymru",
            "OIDC_GOV_DOMAINS": "gov.wales,@LLYW.CYMRU",
            "OIDC_NRW_ISSUER": "https://id.naturalresources.wales",
            "OIDC_NRW_CLIENT_ID": "nrw-client",
            "OIDC_NRW_CLIENT_SECRET": "nrw-secret",
            "OIDC_NRW_DOMAINS": "*",
            "MICROSOFT_CLIENT_ID": "ms-client",
            "MICROSOFT_CLIENT_SECRET": "ms-secret",
        },
    )
    gov, nrw = providers["openid_connect"]["APPS"]
    assert gov["provider_id"] == "gov" and gov["client_id"] == "gov-client" and gov["secret"] == "gov-secret"
    assert gov["settings"] == {
        "server_url": "https://login.microsoftonline.com/1111/v2.0",
        "oauth_pkce_enabled": True,
        "domains": ["gov.wales", "llyw.cymru"],
    }
    assert nrw["settings"]["domains"] == []
    assert providers["microsoft"]["APPS"][0]["settings"]["tenant"] == "organizations"
    assert [(b["provider_id"], b["label"], b["label_cy"]) for b in buttons] == [
        ("gov", "Welsh Government account", "Cyfrif Llywodraeth Cymru"),
        ("nrw", "nrw", "nrw"),
        ("microsoft", "Microsoft work account", "Cyfrif gwaith Microsoft"),
    ]
    assert origins == ["https://id.naturalresources.wales", "https://login.microsoftonline.com"]


def test_none_configured_means_password_sign_in_only(monkeypatch):
    monkeypatch.delenv("SSO_PROVIDERS", raising=False)
    monkeypatch.delenv("MICROSOFT_CLIENT_ID", raising=False)
    assert read(monkeypatch, {}) == ({}, [], [])


@pytest.mark.parametrize(
    ("name", "issuer", "domains"),
    [
        ("gov", "http://login.example.gov.wales", "gov.wales"),
        ("gov", "login.example", "gov.wales"),
        ("Gov!", "https://x", "gov.wales"),
        ("gov", "https://login.example.gov.wales", ""),  # no domains: it could link itself to anyone
    ],
)
def test_a_plain_http_issuer_a_bad_name_or_no_domains_stops_the_start(monkeypatch, name, issuer, domains):
    with pytest.raises(ValueError):
        read(
            monkeypatch,
            {
                "SSO_PROVIDERS": name,
                f"OIDC_{name.upper()}_ISSUER": issuer,
                f"OIDC_{name.upper()}_CLIENT_ID": "c",
                f"OIDC_{name.upper()}_CLIENT_SECRET": "s",
                f"OIDC_{name.upper()}_DOMAINS": domains,
            },
        )


@pytest.mark.parametrize(
    ("email", "vouched_for", "accepted"),
    [
        ("a@gov.wales", ["gov.wales"], True),
        ("a@GOV.WALES", ["gov.wales"], True),
        ("a@wra.gov.wales", ["gov.wales"], False),  # another body
        ("a@wra.gov.wales", ["*.gov.wales"], True),
        ("a@gov.wales", ["*.gov.wales"], True),
        ("a@evilgov.wales", ["*.gov.wales"], False),
        ("a@nrw.example", [], True),  # "*"
    ],
)
def test_a_provider_vouches_for_its_domains_exactly(email, vouched_for, accepted):
    from accounts.adapter import email_domain_vouched_for

    assert email_domain_vouched_for(email, vouched_for) is accepted
