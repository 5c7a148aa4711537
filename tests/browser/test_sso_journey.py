"""Signing in with an organisation's account in Chromium, against a real OpenID Connect provider (tests/oidc.py)."""

from allauth.socialaccount.models import SocialAccount

from accounts.models import User
from tests.oidc import LABEL, LABEL_CY, account, callback_url, client, cylch_settings, running_provider

from .conftest import axe_violations


def test_a_newcomer_signs_in_with_their_organisations_account(page, demo, settings):
    accounts = {"eleri": account("eleri.jones@gov.wales", name="Eleri Jones")}
    # The live server's address is known only now, and the provider sends people back to one registered address.
    with running_provider(clients=[client(callback_url(demo))], accounts=accounts) as issuer:
        # As the environment would set them, the policy letting the sign-in form go on to the provider included.
        cylch_settings(settings, issuer)

        page.goto(demo + "/cy/accounts/login/")
        page.get_by_role("button", name=LABEL_CY).wait_for()
        assert axe_violations(page) == []

        page.goto(demo + "/accounts/login/")
        assert axe_violations(page) == []
        page.get_by_role("button", name=LABEL).click()

        page.wait_for_url(issuer + "/interaction/**")
        page.get_by_label("Account").fill("eleri")
        page.get_by_label("Password").fill("any password")
        page.get_by_role("button", name="Sign in").click()
        page.get_by_role("button", name="Allow").click()

        page.wait_for_url(demo + "/accounts/profile/")
        assert "Eleri Jones" in page.locator("header").inner_text()
    eleri = User.objects.get(email="eleri.jones@gov.wales")
    assert eleri.display_name == "Eleri Jones"
    assert SocialAccount.objects.filter(user=eleri, uid="eleri").exists()


def test_the_organisation_sign_in_pages_are_accessible_in_both_languages(page, demo, settings):
    from .conftest import sign_in

    with running_provider(clients=[client(callback_url(demo))], accounts={}) as issuer:
        cylch_settings(settings, issuer)
        found = {}
        for prefix in ("", "/cy"):
            for name, path in {
                "confirm": "/accounts/oidc/testidp/login/",
                "error": prefix + "/accounts/3rdparty/login/error/",
                "cancelled": prefix + "/accounts/3rdparty/login/cancelled/",
            }.items():
                page.goto(demo + path)
                found[f"{prefix or '/en'} {name}"] = axe_violations(page)
        assert page.locator("h1").count() == 1
        sign_in(page, demo, "member@cylch.example", language="cy")
        for prefix in ("", "/cy"):
            page.goto(demo + prefix + "/accounts/3rdparty/")
            found[f"{prefix or '/en'} linked sign-ins"] = axe_violations(page)
            page.goto(demo + prefix + "/accounts/profile/security/")
            found[f"{prefix or '/en'} security"] = axe_violations(page)
    assert found == {name: [] for name in found}
