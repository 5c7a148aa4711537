"""Signing in with an organisation's account, end to end: Cylch's real views (Django's test client) against a real
OpenID Connect provider (panva's oidc-provider, tests/js/oidc_provider.mjs), whose pages ``requests`` answers.

allauth fetches the provider's discovery document, exchanges the code at its token endpoint and reads its userinfo
endpoint over real HTTP on loopback; nothing of the protocol is mocked. The one substitution, in the audience test,
swaps in a genuine ID token the same provider issued to another client.
"""

import base64
import hashlib
import html
import re
import secrets
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import jwt
import pytest
import requests
from allauth.account.models import EmailAddress
from allauth.socialaccount.models import SocialAccount
from allauth.socialaccount.providers.oauth2.client import OAuth2Client
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from accounts.services import user_make_coordinator
from tests.factories import make_person, make_plan
from tests.oidc import LABEL, PROVIDER_ID, account, callback_url, provider_sign_in
from tests.oidc import client as provider_client

CALLBACK = callback_url("http://testserver")
User = get_user_model()


def sign_in_button_form(page_html: str, label: str) -> tuple[str, dict]:
    """The action and hidden fields of the form whose button carries ``label``, as the sign-in page shows it."""
    for form in re.findall(r"<form\b.*?</form>", page_html, flags=re.S):
        button = re.search(r"<button[^>]*>(.*?)</button>", form, flags=re.S)
        if button and html.unescape(button.group(1)).strip() == label:
            action = html.unescape(re.search(r'action="([^"]*)"', form).group(1))
            hidden = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form)
            return action, {name: html.unescape(value) for name, value in hidden}
    raise AssertionError(f"No sign-in button labelled {label!r}")


def start_at_cylch(django_client, issuer: str):
    """Presses the organisation's button on the sign-in page; returns Cylch's redirect to the provider."""
    page = django_client.get(reverse("account_login"))
    assert page.status_code == 200
    action, fields = sign_in_button_form(page.content.decode(), LABEL)
    assert action == f"/accounts/oidc/{PROVIDER_ID}/login/"
    assert "csrfmiddlewaretoken" in fields
    response = django_client.post(action, fields)
    assert response.status_code == 302
    assert response["Location"].startswith(f"{issuer}/auth?")
    return response


def sign_in_with_provider(django_client, issuer: str, login: str, *, browser=None):
    """The whole round trip: Cylch → the provider's sign-in and consent pages → Cylch's callback, followed."""
    to_provider = start_at_cylch(django_client, issuer)
    back = provider_sign_in(to_provider["Location"], redirect_uri=CALLBACK, login=login, browser=browser)
    return django_client.get(back, follow=True)


def signed_in_user(django_client):
    user_id = django_client.session.get("_auth_user_id")
    return User.objects.get(pk=user_id) if user_id else None


@pytest.fixture
def client(db):
    """Django's test client, checking CSRF tokens as the live site does."""
    from django.test import Client

    return Client(enforce_csrf_checks=True)


def test_the_sign_in_page_sends_the_person_to_the_provider_with_pkce(db, client, oidc_provider):
    issuer = oidc_provider(accounts={})
    query = parse_qs(urlsplit(start_at_cylch(client, issuer)["Location"]).query)
    assert query["client_id"] == ["cylch"]
    assert query["redirect_uri"] == [CALLBACK]
    assert query["response_type"] == ["code"]
    assert set(query["scope"][0].split()) == {"openid", "profile", "email"}
    assert query["code_challenge_method"] == ["S256"]
    assert query["state"][0]


def test_a_first_sign_in_makes_a_verified_account_named_by_the_provider(db, client, oidc_provider):
    issuer = oidc_provider(accounts={"rhian": account("rhian.morgan@gov.wales", name="Rhian Morgan")})

    response = sign_in_with_provider(client, issuer, "rhian")

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse("profile")
    user = signed_in_user(client)
    assert user is not None
    assert user.email == "rhian.morgan@gov.wales"
    assert user.display_name == "Rhian Morgan"
    assert not user.has_usable_password()
    assert EmailAddress.objects.get(user=user).verified
    social = SocialAccount.objects.get(user=user)
    assert (social.provider, social.uid) == (PROVIDER_ID, "rhian")
    assert social.extra_data["id_token"]["iss"] == issuer
    assert social.extra_data["id_token"]["aud"] == "cylch"


def test_a_second_sign_in_reaches_the_same_account(db, client, oidc_provider):
    issuer = oidc_provider(accounts={"rhian": account("rhian.morgan@gov.wales", name="Rhian Morgan")})
    at_the_provider = requests.Session()
    sign_in_with_provider(client, issuer, "rhian", browser=at_the_provider)
    first = signed_in_user(client)
    client.logout()
    assert signed_in_user(client) is None

    # The provider remembers the person and their consent: straight back, no pages of its own.
    response = sign_in_with_provider(client, issuer, "rhian", browser=at_the_provider)

    assert response.status_code == 200
    assert signed_in_user(client) == first
    assert User.objects.count() == 1
    assert SocialAccount.objects.count() == 1


def test_a_password_account_with_the_same_verified_address_is_linked_not_duplicated(db, client, oidc_provider):
    existing = make_person("rhian.morgan@gov.wales", name="Rhian M.")
    issuer = oidc_provider(accounts={"rhian": account("rhian.morgan@gov.wales", name="Rhian Morgan")})

    response = sign_in_with_provider(client, issuer, "rhian")

    assert response.status_code == 200
    assert signed_in_user(client) == existing
    assert User.objects.count() == 1
    assert SocialAccount.objects.get(provider=PROVIDER_ID, uid="rhian").user == existing
    existing.refresh_from_db()
    assert existing.display_name == "Rhian M."
    assert existing.has_usable_password()


def test_an_unverified_address_from_the_provider_does_not_reach_an_existing_account(db, client, oidc_provider):
    existing = make_person("rhian.morgan@gov.wales", name="Rhian M.")
    issuer = oidc_provider(
        accounts={"impostor": account("rhian.morgan@gov.wales", name="Not Rhian", verified=False, sub="impostor")}
    )

    response = sign_in_with_provider(client, issuer, "impostor")

    assert signed_in_user(client) is None
    assert not SocialAccount.objects.exists()
    assert User.objects.count() == 1
    existing.refresh_from_db()
    assert existing.has_usable_password()
    # allauth answers as it does to a sign-up with a taken address: "check your email", and the owner is told.
    assert response.redirect_chain[-1][0] == reverse("account_email_verification_sent")
    assert [(message.to, message.subject) for message in mail.outbox] == [
        (["rhian.morgan@gov.wales"], "[Cylch] You already have an account")
    ]


def refused_sign_in(django_client, oidc_provider, settings):
    settings.CYLCH_ALLOWED_EMAIL_DOMAINS = ["gov.wales"]
    issuer = oidc_provider(accounts={"sam": account("sam@example.com", name="Sam Jones")})
    response = sign_in_with_provider(django_client, issuer, "sam")
    assert response.redirect_chain[-1][0] == reverse("account_login")
    return html.unescape(response.content.decode())


def test_an_address_outside_the_allowed_domains_is_refused_on_the_sign_in_page(db, client, oidc_provider, settings):
    page = refused_sign_in(client, oidc_provider, settings)

    assert f"Signing in with “{LABEL}” gave Cylch the address" in page
    assert "which cannot be used here. Sign-up is open to email addresses at gov.wales." in page
    assert LABEL in page, "the sign-in page, with its buttons, is shown again"
    assert signed_in_user(client) is None
    assert not User.objects.exists()
    assert not SocialAccount.objects.exists()


def test_the_refusal_names_the_address_the_provider_gave(db, client, oidc_provider, settings):
    page = refused_sign_in(client, oidc_provider, settings)

    assert f"Signing in with “{LABEL}” gave Cylch the address sam@example.com, which cannot be used here." in page


def test_a_tampered_state_is_refused(db, client, oidc_provider):
    issuer = oidc_provider(accounts={"rhian": account("rhian.morgan@gov.wales", name="Rhian Morgan")})
    to_provider = start_at_cylch(client, issuer)
    genuine = provider_sign_in(to_provider["Location"], redirect_uri=CALLBACK, login="rhian")
    back = urlsplit(genuine)
    query = parse_qs(back.query)
    assert query["code"][0]
    query["state"] = [secrets.token_urlsafe(12)]

    response = client.get(urlunsplit(back._replace(query=urlencode(query, doseq=True))))

    assert response.status_code == 401
    assert "socialaccount/authentication_error.html" in [t.name for t in response.templates]
    assert signed_in_user(client) is None
    assert not User.objects.exists()
    # The state alone was wrong: the same code with the state Cylch gave still signs the person in.
    client.get(genuine)
    assert signed_in_user(client).email == "rhian.morgan@gov.wales"


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def id_token_for_another_client(issuer: str, other: dict, login: str) -> str:
    """A genuine ID token from the same provider, for the same person, issued to another client."""
    verifier, challenge = pkce_pair()
    redirect_uri = other["redirect_uris"][0]
    authorization = f"{issuer}/auth?" + urlencode(
        {
            "client_id": other["client_id"],
            "response_type": "code",
            "scope": "openid email profile",
            "redirect_uri": redirect_uri,
            "state": secrets.token_urlsafe(12),
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
    )
    back = provider_sign_in(authorization, redirect_uri=redirect_uri, login=login)
    tokens = requests.post(
        f"{issuer}/token",
        data={
            "grant_type": "authorization_code",
            "code": parse_qs(urlsplit(back).query)["code"][0],
            "redirect_uri": redirect_uri,
            "client_id": other["client_id"],
            "client_secret": other["client_secret"],
            "code_verifier": verifier,
        },
        timeout=10,
    )
    tokens.raise_for_status()
    return tokens.json()["id_token"]


def test_an_id_token_issued_to_another_client_is_refused(db, client, oidc_provider, monkeypatch):
    other = provider_client(
        "http://other-service.test/callback", client_id="other-service", client_secret="other-" + "s" * 40
    )
    issuer = oidc_provider(
        accounts={"rhian": account("rhian.morgan@gov.wales", name="Rhian Morgan")}, other_clients=(other,)
    )
    foreign_id_token = id_token_for_another_client(issuer, other, "rhian")
    assert jwt.decode(foreign_id_token, options={"verify_signature": False})["aud"] == "other-service"

    real_get_access_token = OAuth2Client.get_access_token
    swapped = []

    def token_response_with_the_other_clients_id_token(self, *args, **kwargs):
        response = real_get_access_token(self, *args, **kwargs)
        swapped.append(response["id_token"])
        return {**response, "id_token": foreign_id_token}

    monkeypatch.setattr(OAuth2Client, "get_access_token", token_response_with_the_other_clients_id_token)

    response = sign_in_with_provider(client, issuer, "rhian")

    assert swapped, "Cylch never reached the provider's token endpoint"
    assert "socialaccount/authentication_error.html" in [t.name for t in response.templates]
    assert response.status_code == 401
    assert isinstance(response.context["auth_error"]["exception"].__cause__, jwt.InvalidAudienceError)
    assert signed_in_user(client) is None
    assert not User.objects.exists()
    assert not SocialAccount.objects.exists()


@pytest.fixture
def coordinator_at_the_provider(db):
    make_plan()
    return user_make_coordinator(user=make_person("catrin.rowlands@gov.wales", name="Catrin Rowlands"))


def test_a_coordinator_whose_provider_asked_for_a_second_factor_reaches_coordinators_pages(
    client, oidc_provider, coordinator_at_the_provider
):
    issuer = oidc_provider(
        accounts={"catrin": account("catrin.rowlands@gov.wales", name="Catrin Rowlands", amr=["pwd", "mfa"])}
    )
    sign_in_with_provider(client, issuer, "catrin")
    assert signed_in_user(client) == coordinator_at_the_provider
    social = SocialAccount.objects.get(user=coordinator_at_the_provider)
    assert social.extra_data["id_token"]["amr"] == ["pwd", "mfa"]

    response = client.get(reverse("clip:periods"))

    assert response.status_code == 200


def test_a_coordinator_signed_in_with_a_password_only_is_sent_to_enrol_an_authenticator_app(
    client, oidc_provider, coordinator_at_the_provider
):
    issuer = oidc_provider(accounts={"catrin": account("catrin.rowlands@gov.wales", name="Catrin Rowlands")})
    sign_in_with_provider(client, issuer, "catrin")
    assert signed_in_user(client) == coordinator_at_the_provider
    assert "amr" not in SocialAccount.objects.get(user=coordinator_at_the_provider).extra_data["id_token"]

    response = client.get(reverse("clip:periods"))

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp") == "/accounts/2fa/totp/activate/"


def test_a_provider_signs_in_only_the_domains_it_vouches_for(db, client, oidc_provider, settings):
    """One public body's provider must not sign in, or link, an address at another body (OIDC_<NAME>_DOMAINS)."""
    coordinator_elsewhere = make_person("catrin@nrw.example", name="Catrin at NRW")
    issuer = oidc_provider(accounts={"catrin": account("catrin@nrw.example", name="Catrin")})
    settings.SOCIALACCOUNT_PROVIDERS["openid_connect"]["APPS"][0]["settings"]["domains"] = ["gov.wales"]

    page = html.unescape(sign_in_with_provider(client, issuer, "catrin").content.decode())

    assert f"“{LABEL}” can sign in addresses at gov.wales only, not catrin@nrw.example." in page
    assert signed_in_user(client) is None
    assert not SocialAccount.objects.filter(user=coordinator_elsewhere).exists()
    assert User.objects.count() == 1


def test_a_signed_in_person_links_their_organisations_sign_in_from_the_security_page(db, client, oidc_provider):
    person = make_person("rhys@gov.wales", name="Rhys")
    issuer = oidc_provider(accounts={"rhys": account("rhys@gov.wales", name="Rhys Jones", verified=False)})
    client.force_login(person)
    security = client.get(reverse("profile_security")).content.decode()
    action, fields = sign_in_button_form(security, f"Link “{LABEL}” to your Cylch account")
    assert fields["process"] == "connect"

    to_provider = client.post(action, fields)
    assert to_provider["Location"].startswith(f"{issuer}/auth?")
    back = provider_sign_in(to_provider["Location"], redirect_uri=CALLBACK, login="rhys")
    client.get(back, follow=True)

    assert SocialAccount.objects.get(user=person).provider == PROVIDER_ID
    assert mail.outbox[-1].subject == "[Cylch] Your organisation’s sign-in was linked to your Cylch account"
    security = html.unescape(client.get(reverse("profile_security")).content.decode())
    assert "You can sign in with your account at:" in security and f"Link “{LABEL}”" not in security
